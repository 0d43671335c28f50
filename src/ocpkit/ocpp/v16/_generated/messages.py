"""Messages of OCPP 1.6, generated from the official JSON schemas.

Do not edit: written by ``python -m codegen generate`` from ``schemas/ocpp/1.6*/``
(combined sha256 of the original files: ``b9cdc26b37fa103c31dbd252ad66c9e3c8b5af4ed3a1611edf4d035a92ae5486``).
"""

from typing import Annotated, ClassVar, TypeVar

from pydantic import Field

from ocpkit._base import DateTime, OcppRequest, OcppResponse, Omittable

from .datatypes import (
    AuthorizationData,
    CertificateHashData,
    ChargingProfile,
    ChargingSchedule,
    Firmware,
    IdTagInfo,
    KeyValue,
    LogParameters,
    MeterValue,
)
from .enums import (
    AvailabilityStatus,
    AvailabilityType,
    CancelReservationStatus,
    CertificateSignedStatusEnum,
    CertificateUseEnum,
    ChargePointErrorCode,
    ChargePointStatus,
    ChargingProfilePurpose,
    ChargingProfileStatus,
    ChargingRateUnit,
    ClearCacheStatus,
    ClearChargingProfileStatus,
    ConfigurationStatus,
    DataTransferStatus,
    DeleteCertificateStatusEnum,
    DiagnosticsStatus,
    FirmwareStatus,
    FirmwareStatusEnum,
    GenericStatusEnum,
    GetCompositeScheduleStatus,
    GetInstalledCertificateStatusEnum,
    InstallCertificateStatusEnum,
    LogEnum,
    LogStatusEnum,
    MessageTrigger,
    MessageTriggerEnum,
    Reason,
    RegistrationStatus,
    RemoteStartStopStatus,
    ReservationStatus,
    ResetStatus,
    ResetType,
    TriggerMessageStatus,
    TriggerMessageStatusEnum,
    UnlockStatus,
    UpdateFirmwareStatusEnum,
    UpdateStatus,
    UpdateType,
    UploadLogStatusEnum,
)

__all__ = [
    "V16Request",
    "AuthorizeResponse",
    "AuthorizeRequest",
    "BootNotificationResponse",
    "BootNotificationRequest",
    "CancelReservationResponse",
    "CancelReservationRequest",
    "CertificateSignedResponse",
    "CertificateSignedRequest",
    "ChangeAvailabilityResponse",
    "ChangeAvailabilityRequest",
    "ChangeConfigurationResponse",
    "ChangeConfigurationRequest",
    "ClearCacheResponse",
    "ClearCacheRequest",
    "ClearChargingProfileResponse",
    "ClearChargingProfileRequest",
    "DataTransferResponse",
    "DataTransferRequest",
    "DeleteCertificateResponse",
    "DeleteCertificateRequest",
    "DiagnosticsStatusNotificationResponse",
    "DiagnosticsStatusNotificationRequest",
    "ExtendedTriggerMessageResponse",
    "ExtendedTriggerMessageRequest",
    "FirmwareStatusNotificationResponse",
    "FirmwareStatusNotificationRequest",
    "GetCompositeScheduleResponse",
    "GetCompositeScheduleRequest",
    "GetConfigurationResponse",
    "GetConfigurationRequest",
    "GetDiagnosticsResponse",
    "GetDiagnosticsRequest",
    "GetInstalledCertificateIdsResponse",
    "GetInstalledCertificateIdsRequest",
    "GetLocalListVersionResponse",
    "GetLocalListVersionRequest",
    "GetLogResponse",
    "GetLogRequest",
    "HeartbeatResponse",
    "HeartbeatRequest",
    "InstallCertificateResponse",
    "InstallCertificateRequest",
    "LogStatusNotificationResponse",
    "LogStatusNotificationRequest",
    "MeterValuesResponse",
    "MeterValuesRequest",
    "RemoteStartTransactionResponse",
    "RemoteStartTransactionRequest",
    "RemoteStopTransactionResponse",
    "RemoteStopTransactionRequest",
    "ReserveNowResponse",
    "ReserveNowRequest",
    "ResetResponse",
    "ResetRequest",
    "SecurityEventNotificationResponse",
    "SecurityEventNotificationRequest",
    "SendLocalListResponse",
    "SendLocalListRequest",
    "SetChargingProfileResponse",
    "SetChargingProfileRequest",
    "SignCertificateResponse",
    "SignCertificateRequest",
    "SignedFirmwareStatusNotificationResponse",
    "SignedFirmwareStatusNotificationRequest",
    "SignedUpdateFirmwareResponse",
    "SignedUpdateFirmwareRequest",
    "StartTransactionResponse",
    "StartTransactionRequest",
    "StatusNotificationResponse",
    "StatusNotificationRequest",
    "StopTransactionResponse",
    "StopTransactionRequest",
    "TriggerMessageResponse",
    "TriggerMessageRequest",
    "UnlockConnectorResponse",
    "UnlockConnectorRequest",
    "UpdateFirmwareResponse",
    "UpdateFirmwareRequest",
]


_ResponseT = TypeVar("_ResponseT", bound=OcppResponse, covariant=True)


class V16Request(OcppRequest[_ResponseT]):
    """Base of the OCPP 1.6 requests (what a router or session of this version takes)."""


class AuthorizeResponse(OcppResponse):
    """Response of ``Authorize`` (OCPP 1.6), sent by the CSMS.

    Schema: ``1.6/AuthorizeResponse.json`` (sha256 of the original ``62776ce32379a5915e81e13dafbd604600b19c08cbb4858db777c5c9c7439315``).
    """

    ocpp_action: ClassVar[str] = "Authorize"

    id_tag_info: IdTagInfo = Field(validation_alias="idTagInfo", serialization_alias="idTagInfo")


class AuthorizeRequest(V16Request[AuthorizeResponse]):
    """Request of ``Authorize`` (OCPP 1.6), sent by the charging station.

    Schema: ``1.6/Authorize.json`` (sha256 of the original ``3e99b39091f7328f0e233e136123e77a33524bf8f37619445d6a685e04ba253f``).
    """

    ocpp_action: ClassVar[str] = "Authorize"
    response_type: ClassVar[type[AuthorizeResponse]] = AuthorizeResponse

    id_tag: str = Field(validation_alias="idTag", serialization_alias="idTag", max_length=20)


class BootNotificationResponse(OcppResponse):
    """Response of ``BootNotification`` (OCPP 1.6), sent by the CSMS.

    Schema: ``1.6/BootNotificationResponse.json`` (sha256 of the original ``8b3e57245ce87d173c3eb007e8dc0edde17efa1a20ab47e46e566cf1bb1fcd15``).
    """

    ocpp_action: ClassVar[str] = "BootNotification"

    status: RegistrationStatus
    current_time: DateTime = Field(
        validation_alias="currentTime", serialization_alias="currentTime"
    )
    interval: int


class BootNotificationRequest(V16Request[BootNotificationResponse]):
    """Request of ``BootNotification`` (OCPP 1.6), sent by the charging station.

    Schema: ``1.6/BootNotification.json`` (sha256 of the original ``e8c5719888c26d87ef0803bce8f459f46e5f1e7749589d132fa6f3d541172ead``).
    """

    ocpp_action: ClassVar[str] = "BootNotification"
    response_type: ClassVar[type[BootNotificationResponse]] = BootNotificationResponse

    charge_point_vendor: str = Field(
        validation_alias="chargePointVendor", serialization_alias="chargePointVendor", max_length=20
    )
    charge_point_model: str = Field(
        validation_alias="chargePointModel", serialization_alias="chargePointModel", max_length=20
    )
    charge_point_serial_number: Omittable[str] = Field(
        default=None,
        validation_alias="chargePointSerialNumber",
        serialization_alias="chargePointSerialNumber",
        max_length=25,
    )
    charge_box_serial_number: Omittable[str] = Field(
        default=None,
        validation_alias="chargeBoxSerialNumber",
        serialization_alias="chargeBoxSerialNumber",
        max_length=25,
    )
    firmware_version: Omittable[str] = Field(
        default=None,
        validation_alias="firmwareVersion",
        serialization_alias="firmwareVersion",
        max_length=50,
    )
    iccid: Omittable[str] = Field(default=None, max_length=20)
    imsi: Omittable[str] = Field(default=None, max_length=20)
    meter_type: Omittable[str] = Field(
        default=None, validation_alias="meterType", serialization_alias="meterType", max_length=25
    )
    meter_serial_number: Omittable[str] = Field(
        default=None,
        validation_alias="meterSerialNumber",
        serialization_alias="meterSerialNumber",
        max_length=25,
    )


class CancelReservationResponse(OcppResponse):
    """Response of ``CancelReservation`` (OCPP 1.6), sent by the charging station.

    Schema: ``1.6/CancelReservationResponse.json`` (sha256 of the original ``490b43f08fec4b5a84a858dd1d0b08409773531f4d88b6d319cd4d18657e1700``).
    """

    ocpp_action: ClassVar[str] = "CancelReservation"

    status: CancelReservationStatus


class CancelReservationRequest(V16Request[CancelReservationResponse]):
    """Request of ``CancelReservation`` (OCPP 1.6), sent by the CSMS.

    Schema: ``1.6/CancelReservation.json`` (sha256 of the original ``8a0271fa1018a49b149d68175ff6b2be4bed1f26c70d29381ab5b6ae2b087228``).
    """

    ocpp_action: ClassVar[str] = "CancelReservation"
    response_type: ClassVar[type[CancelReservationResponse]] = CancelReservationResponse

    reservation_id: int = Field(
        validation_alias="reservationId", serialization_alias="reservationId"
    )


class CertificateSignedResponse(OcppResponse):
    """Response of ``CertificateSigned`` (OCPP 1.6), sent by the charging station.

    Schema: ``1.6-security/CertificateSignedResponse.json`` (sha256 of the original ``0f178d973d929d8464ece855b01b219f7bca55787585a77f19f914c4e34d2464``).
    """

    ocpp_action: ClassVar[str] = "CertificateSigned"

    status: CertificateSignedStatusEnum


class CertificateSignedRequest(V16Request[CertificateSignedResponse]):
    """Request of ``CertificateSigned`` (OCPP 1.6), sent by the CSMS.

    Schema: ``1.6-security/CertificateSigned.json`` (sha256 of the original ``babc9e94c96a34f0be4e17e18907c80a1ad4cc416985323350245ad1f575335a``).
    """

    ocpp_action: ClassVar[str] = "CertificateSigned"
    response_type: ClassVar[type[CertificateSignedResponse]] = CertificateSignedResponse

    certificate_chain: str = Field(
        validation_alias="certificateChain",
        serialization_alias="certificateChain",
        max_length=10000,
    )


class ChangeAvailabilityResponse(OcppResponse):
    """Response of ``ChangeAvailability`` (OCPP 1.6), sent by the charging station.

    Schema: ``1.6/ChangeAvailabilityResponse.json`` (sha256 of the original ``3607fc9396d53039d4a2169df21d41716207670e2b4f215b63c3f233bac17cf3``).
    """

    ocpp_action: ClassVar[str] = "ChangeAvailability"

    status: AvailabilityStatus


class ChangeAvailabilityRequest(V16Request[ChangeAvailabilityResponse]):
    """Request of ``ChangeAvailability`` (OCPP 1.6), sent by the CSMS.

    Schema: ``1.6/ChangeAvailability.json`` (sha256 of the original ``18dbf3620b5e9325410d7c7be7b706e43e91de44d6ec4e863bca828c26d6b0f7``).
    """

    ocpp_action: ClassVar[str] = "ChangeAvailability"
    response_type: ClassVar[type[ChangeAvailabilityResponse]] = ChangeAvailabilityResponse

    connector_id: int = Field(validation_alias="connectorId", serialization_alias="connectorId")
    type: AvailabilityType


class ChangeConfigurationResponse(OcppResponse):
    """Response of ``ChangeConfiguration`` (OCPP 1.6), sent by the charging station.

    Schema: ``1.6/ChangeConfigurationResponse.json`` (sha256 of the original ``cf3f3770eae607cf5c22473c3de41aed9d83ebf5eeaa8d61b84b290234ebea62``).
    """

    ocpp_action: ClassVar[str] = "ChangeConfiguration"

    status: ConfigurationStatus


class ChangeConfigurationRequest(V16Request[ChangeConfigurationResponse]):
    """Request of ``ChangeConfiguration`` (OCPP 1.6), sent by the CSMS.

    Schema: ``1.6/ChangeConfiguration.json`` (sha256 of the original ``59509bc4e1dbde648d91d1e90dd0a02269cd1e72ae7039869de2323f7d1da417``).
    """

    ocpp_action: ClassVar[str] = "ChangeConfiguration"
    response_type: ClassVar[type[ChangeConfigurationResponse]] = ChangeConfigurationResponse

    key: str = Field(max_length=50)
    value: str = Field(max_length=500)


class ClearCacheResponse(OcppResponse):
    """Response of ``ClearCache`` (OCPP 1.6), sent by the charging station.

    Schema: ``1.6/ClearCacheResponse.json`` (sha256 of the original ``d062864211581c89f707434bc4574a1cc3a922f7a2a47dcfd522a91f23a637a5``).
    """

    ocpp_action: ClassVar[str] = "ClearCache"

    status: ClearCacheStatus


class ClearCacheRequest(V16Request[ClearCacheResponse]):
    """Request of ``ClearCache`` (OCPP 1.6), sent by the CSMS.

    Schema: ``1.6/ClearCache.json`` (sha256 of the original ``0ff38ac915aa8875cc5fdcf172264f78cdd17ba918d9da31058fb35d87fa875d``).
    """

    ocpp_action: ClassVar[str] = "ClearCache"
    response_type: ClassVar[type[ClearCacheResponse]] = ClearCacheResponse


class ClearChargingProfileResponse(OcppResponse):
    """Response of ``ClearChargingProfile`` (OCPP 1.6), sent by the charging station.

    Schema: ``1.6/ClearChargingProfileResponse.json`` (sha256 of the original ``4a576de2a37614998624984a86dcd9a42a6e6ecc51849b017e3a203dc1cce945``).
    """

    ocpp_action: ClassVar[str] = "ClearChargingProfile"

    status: ClearChargingProfileStatus


class ClearChargingProfileRequest(V16Request[ClearChargingProfileResponse]):
    """Request of ``ClearChargingProfile`` (OCPP 1.6), sent by the CSMS.

    Schema: ``1.6/ClearChargingProfile.json`` (sha256 of the original ``22a84d99ab47e242c817a1cc3f34c07396a91d63b0987455a2202cd446b9485d``).
    """

    ocpp_action: ClassVar[str] = "ClearChargingProfile"
    response_type: ClassVar[type[ClearChargingProfileResponse]] = ClearChargingProfileResponse

    id: Omittable[int] = None
    connector_id: Omittable[int] = Field(
        default=None, validation_alias="connectorId", serialization_alias="connectorId"
    )
    charging_profile_purpose: Omittable[ChargingProfilePurpose] = Field(
        default=None,
        validation_alias="chargingProfilePurpose",
        serialization_alias="chargingProfilePurpose",
    )
    stack_level: Omittable[int] = Field(
        default=None, validation_alias="stackLevel", serialization_alias="stackLevel"
    )


class DataTransferResponse(OcppResponse):
    """Response of ``DataTransfer`` (OCPP 1.6), sent by either side.

    Schema: ``1.6/DataTransferResponse.json`` (sha256 of the original ``0767e3577cee5005aba57eb73e1a79241c12c97c252f078745105ffcd494ee52``).
    """

    ocpp_action: ClassVar[str] = "DataTransfer"

    status: DataTransferStatus
    data: Omittable[str] = None


class DataTransferRequest(V16Request[DataTransferResponse]):
    """Request of ``DataTransfer`` (OCPP 1.6), sent by either side.

    Schema: ``1.6/DataTransfer.json`` (sha256 of the original ``b6c4155c59cac83e03c2dbd2fbd46d64ee8ee61cd586d4f3d4821b976cd2b0c4``).
    """

    ocpp_action: ClassVar[str] = "DataTransfer"
    response_type: ClassVar[type[DataTransferResponse]] = DataTransferResponse

    vendor_id: str = Field(
        validation_alias="vendorId", serialization_alias="vendorId", max_length=255
    )
    message_id: Omittable[str] = Field(
        default=None, validation_alias="messageId", serialization_alias="messageId", max_length=50
    )
    data: Omittable[str] = None


class DeleteCertificateResponse(OcppResponse):
    """Response of ``DeleteCertificate`` (OCPP 1.6), sent by the charging station.

    Schema: ``1.6-security/DeleteCertificateResponse.json`` (sha256 of the original ``bc8e36b392fd609ee8205d0ad8b1357337bf9bfb087617abea577761f8fd6e8a``).
    """

    ocpp_action: ClassVar[str] = "DeleteCertificate"

    status: DeleteCertificateStatusEnum


class DeleteCertificateRequest(V16Request[DeleteCertificateResponse]):
    """Request of ``DeleteCertificate`` (OCPP 1.6), sent by the CSMS.

    Schema: ``1.6-security/DeleteCertificate.json`` (sha256 of the original ``9cd2a28f53128b5287384de6b8d0b991d57be608449b52920b837a842f75b50c``).
    """

    ocpp_action: ClassVar[str] = "DeleteCertificate"
    response_type: ClassVar[type[DeleteCertificateResponse]] = DeleteCertificateResponse

    certificate_hash_data: CertificateHashData = Field(
        validation_alias="certificateHashData", serialization_alias="certificateHashData"
    )


class DiagnosticsStatusNotificationResponse(OcppResponse):
    """Response of ``DiagnosticsStatusNotification`` (OCPP 1.6), sent by the CSMS.

    Schema: ``1.6/DiagnosticsStatusNotificationResponse.json`` (sha256 of the original ``a980307d6d63be283cba2a50c0224f2ba8d4fec1388f1c30bc7633ab98f7eff8``).
    """

    ocpp_action: ClassVar[str] = "DiagnosticsStatusNotification"


class DiagnosticsStatusNotificationRequest(V16Request[DiagnosticsStatusNotificationResponse]):
    """Request of ``DiagnosticsStatusNotification`` (OCPP 1.6), sent by the charging station.

    Schema: ``1.6/DiagnosticsStatusNotification.json`` (sha256 of the original ``090454914eb82ae715b6db266d4e84026facca8cf5e76a5659ae93dedb77776b``).
    """

    ocpp_action: ClassVar[str] = "DiagnosticsStatusNotification"
    response_type: ClassVar[type[DiagnosticsStatusNotificationResponse]] = (
        DiagnosticsStatusNotificationResponse
    )

    status: DiagnosticsStatus


class ExtendedTriggerMessageResponse(OcppResponse):
    """Response of ``ExtendedTriggerMessage`` (OCPP 1.6), sent by the charging station.

    Schema: ``1.6-security/ExtendedTriggerMessageResponse.json`` (sha256 of the original ``03b9cad040a27720f56ee9299fb063c28f6515352d5c0ea1554dce4e4b9d0855``).
    """

    ocpp_action: ClassVar[str] = "ExtendedTriggerMessage"

    status: TriggerMessageStatusEnum


class ExtendedTriggerMessageRequest(V16Request[ExtendedTriggerMessageResponse]):
    """Request of ``ExtendedTriggerMessage`` (OCPP 1.6), sent by the CSMS.

    Schema: ``1.6-security/ExtendedTriggerMessage.json`` (sha256 of the original ``393678c69de9ff8c581e8e5520278e5a8877f9c47e3e72d6fb15f7e23e0c7471``).
    """

    ocpp_action: ClassVar[str] = "ExtendedTriggerMessage"
    response_type: ClassVar[type[ExtendedTriggerMessageResponse]] = ExtendedTriggerMessageResponse

    requested_message: MessageTriggerEnum = Field(
        validation_alias="requestedMessage", serialization_alias="requestedMessage"
    )
    connector_id: Omittable[int] = Field(
        default=None, validation_alias="connectorId", serialization_alias="connectorId"
    )


class FirmwareStatusNotificationResponse(OcppResponse):
    """Response of ``FirmwareStatusNotification`` (OCPP 1.6), sent by the CSMS.

    Schema: ``1.6/FirmwareStatusNotificationResponse.json`` (sha256 of the original ``9fa52fc47344c5f7582c030e58d33696c9dfc883c6580f381d23e6b6b1e33ce6``).
    """

    ocpp_action: ClassVar[str] = "FirmwareStatusNotification"


class FirmwareStatusNotificationRequest(V16Request[FirmwareStatusNotificationResponse]):
    """Request of ``FirmwareStatusNotification`` (OCPP 1.6), sent by the charging station.

    Schema: ``1.6/FirmwareStatusNotification.json`` (sha256 of the original ``38f2dd638037d992d3177fccff834054d42d7f3b8ef8cd683e3ff27f9e2ef5fd``).
    """

    ocpp_action: ClassVar[str] = "FirmwareStatusNotification"
    response_type: ClassVar[type[FirmwareStatusNotificationResponse]] = (
        FirmwareStatusNotificationResponse
    )

    status: FirmwareStatus


class GetCompositeScheduleResponse(OcppResponse):
    """Response of ``GetCompositeSchedule`` (OCPP 1.6), sent by the charging station.

    Schema: ``1.6/GetCompositeScheduleResponse.json`` (sha256 of the original ``19e44ab05ce67421fa4f0017f97f7e5bc926f530c7af169131531a78fd1d12c3``).
    """

    ocpp_action: ClassVar[str] = "GetCompositeSchedule"

    status: GetCompositeScheduleStatus
    connector_id: Omittable[int] = Field(
        default=None, validation_alias="connectorId", serialization_alias="connectorId"
    )
    schedule_start: Omittable[DateTime] = Field(
        default=None, validation_alias="scheduleStart", serialization_alias="scheduleStart"
    )
    charging_schedule: Omittable[ChargingSchedule] = Field(
        default=None, validation_alias="chargingSchedule", serialization_alias="chargingSchedule"
    )


class GetCompositeScheduleRequest(V16Request[GetCompositeScheduleResponse]):
    """Request of ``GetCompositeSchedule`` (OCPP 1.6), sent by the CSMS.

    Schema: ``1.6/GetCompositeSchedule.json`` (sha256 of the original ``e48c40527d9222d2c76ef83d6c6b9d2c1dcf34a98d722f2392353950d84e296a``).
    """

    ocpp_action: ClassVar[str] = "GetCompositeSchedule"
    response_type: ClassVar[type[GetCompositeScheduleResponse]] = GetCompositeScheduleResponse

    connector_id: int = Field(validation_alias="connectorId", serialization_alias="connectorId")
    duration: int
    charging_rate_unit: Omittable[ChargingRateUnit] = Field(
        default=None, validation_alias="chargingRateUnit", serialization_alias="chargingRateUnit"
    )


class GetConfigurationResponse(OcppResponse):
    """Response of ``GetConfiguration`` (OCPP 1.6), sent by the charging station.

    Schema: ``1.6/GetConfigurationResponse.json`` (sha256 of the original ``a2f2afa8672ea7c4c79ba4f4e011c6a2057472e8ad9c30e0451bcbf056119bc8``).
    """

    ocpp_action: ClassVar[str] = "GetConfiguration"

    configuration_key: Omittable[list[KeyValue]] = Field(
        default=None, validation_alias="configurationKey", serialization_alias="configurationKey"
    )
    unknown_key: Omittable[list[Annotated[str, Field(max_length=50)]]] = Field(
        default=None, validation_alias="unknownKey", serialization_alias="unknownKey"
    )


class GetConfigurationRequest(V16Request[GetConfigurationResponse]):
    """Request of ``GetConfiguration`` (OCPP 1.6), sent by the CSMS.

    Schema: ``1.6/GetConfiguration.json`` (sha256 of the original ``f76e0d73cd156328c2e97e34eba2ebb3fcd1afda2976f476c9841bfa0449839f``).
    """

    ocpp_action: ClassVar[str] = "GetConfiguration"
    response_type: ClassVar[type[GetConfigurationResponse]] = GetConfigurationResponse

    key: Omittable[list[Annotated[str, Field(max_length=50)]]] = None


class GetDiagnosticsResponse(OcppResponse):
    """Response of ``GetDiagnostics`` (OCPP 1.6), sent by the charging station.

    Schema: ``1.6/GetDiagnosticsResponse.json`` (sha256 of the original ``aeecf591fb90d7d7d6bdc0a9defb08d1ccd0db7146f7308572a6ee9d9c63c21f``).
    """

    ocpp_action: ClassVar[str] = "GetDiagnostics"

    file_name: Omittable[str] = Field(
        default=None, validation_alias="fileName", serialization_alias="fileName", max_length=255
    )


class GetDiagnosticsRequest(V16Request[GetDiagnosticsResponse]):
    """Request of ``GetDiagnostics`` (OCPP 1.6), sent by the CSMS.

    Schema: ``1.6/GetDiagnostics.json`` (sha256 of the original ``9f1bb93b859a1c28d3115a6d8ea18bfde08c6ab69204a0902f0ec18131237692``).
    """

    ocpp_action: ClassVar[str] = "GetDiagnostics"
    response_type: ClassVar[type[GetDiagnosticsResponse]] = GetDiagnosticsResponse

    location: str
    retries: Omittable[int] = None
    retry_interval: Omittable[int] = Field(
        default=None, validation_alias="retryInterval", serialization_alias="retryInterval"
    )
    start_time: Omittable[DateTime] = Field(
        default=None, validation_alias="startTime", serialization_alias="startTime"
    )
    stop_time: Omittable[DateTime] = Field(
        default=None, validation_alias="stopTime", serialization_alias="stopTime"
    )


class GetInstalledCertificateIdsResponse(OcppResponse):
    """Response of ``GetInstalledCertificateIds`` (OCPP 1.6), sent by the charging station.

    Schema: ``1.6-security/GetInstalledCertificateIdsResponse.json`` (sha256 of the original ``99bd32daa583e493b96cc32c1d3573d6668decdb66d2193c0fd92569edac0179``).
    """

    ocpp_action: ClassVar[str] = "GetInstalledCertificateIds"

    certificate_hash_data: Omittable[list[CertificateHashData]] = Field(
        default=None,
        validation_alias="certificateHashData",
        serialization_alias="certificateHashData",
        min_length=1,
    )
    status: GetInstalledCertificateStatusEnum


class GetInstalledCertificateIdsRequest(V16Request[GetInstalledCertificateIdsResponse]):
    """Request of ``GetInstalledCertificateIds`` (OCPP 1.6), sent by the CSMS.

    Schema: ``1.6-security/GetInstalledCertificateIds.json`` (sha256 of the original ``0d10b125c265fb024b1f75ad09b7206b60ae2d7e075b4a6104fa34e1c21ebe5b``).
    """

    ocpp_action: ClassVar[str] = "GetInstalledCertificateIds"
    response_type: ClassVar[type[GetInstalledCertificateIdsResponse]] = (
        GetInstalledCertificateIdsResponse
    )

    certificate_type: CertificateUseEnum = Field(
        validation_alias="certificateType", serialization_alias="certificateType"
    )


class GetLocalListVersionResponse(OcppResponse):
    """Response of ``GetLocalListVersion`` (OCPP 1.6), sent by the charging station.

    Schema: ``1.6/GetLocalListVersionResponse.json`` (sha256 of the original ``ccdb9b915f909c56245eb7f5e3e0b3010b064003710db8a49ade3b3ff00f3014``).
    """

    ocpp_action: ClassVar[str] = "GetLocalListVersion"

    list_version: int = Field(validation_alias="listVersion", serialization_alias="listVersion")


class GetLocalListVersionRequest(V16Request[GetLocalListVersionResponse]):
    """Request of ``GetLocalListVersion`` (OCPP 1.6), sent by the CSMS.

    Schema: ``1.6/GetLocalListVersion.json`` (sha256 of the original ``965b209848f6ef5655dd45d954b96e540dfe9ebd7a3a0815b89bc717fb6453cc``).
    """

    ocpp_action: ClassVar[str] = "GetLocalListVersion"
    response_type: ClassVar[type[GetLocalListVersionResponse]] = GetLocalListVersionResponse


class GetLogResponse(OcppResponse):
    """Response of ``GetLog`` (OCPP 1.6), sent by the charging station.

    Schema: ``1.6-security/GetLogResponse.json`` (sha256 of the original ``ace407772bd4c3e51ca3237c430a9eca1b5652e9470c651dbbd4249e530025bc``).
    """

    ocpp_action: ClassVar[str] = "GetLog"

    status: LogStatusEnum
    filename: Omittable[str] = Field(default=None, max_length=255)


class GetLogRequest(V16Request[GetLogResponse]):
    """Request of ``GetLog`` (OCPP 1.6), sent by the CSMS.

    Schema: ``1.6-security/GetLog.json`` (sha256 of the original ``709054ca2df0d0feda05780b358d5f9322c4f676a63287dcec54484ca38e80d3``).
    """

    ocpp_action: ClassVar[str] = "GetLog"
    response_type: ClassVar[type[GetLogResponse]] = GetLogResponse

    log: LogParameters
    log_type: LogEnum = Field(validation_alias="logType", serialization_alias="logType")
    request_id: int = Field(validation_alias="requestId", serialization_alias="requestId")
    retries: Omittable[int] = None
    retry_interval: Omittable[int] = Field(
        default=None, validation_alias="retryInterval", serialization_alias="retryInterval"
    )


class HeartbeatResponse(OcppResponse):
    """Response of ``Heartbeat`` (OCPP 1.6), sent by the CSMS.

    Schema: ``1.6/HeartbeatResponse.json`` (sha256 of the original ``e1dabaca3319feb082f0f75314b33c6c5da5250a0b9c3eb569a1c8a7ded868e9``).
    """

    ocpp_action: ClassVar[str] = "Heartbeat"

    current_time: DateTime = Field(
        validation_alias="currentTime", serialization_alias="currentTime"
    )


class HeartbeatRequest(V16Request[HeartbeatResponse]):
    """Request of ``Heartbeat`` (OCPP 1.6), sent by the charging station.

    Schema: ``1.6/Heartbeat.json`` (sha256 of the original ``4b1caeadfbedccc3a993fba53249a0b45e500b3cd333b6bdb43366106dbf52d4``).
    """

    ocpp_action: ClassVar[str] = "Heartbeat"
    response_type: ClassVar[type[HeartbeatResponse]] = HeartbeatResponse


class InstallCertificateResponse(OcppResponse):
    """Response of ``InstallCertificate`` (OCPP 1.6), sent by the charging station.

    Schema: ``1.6-security/InstallCertificateResponse.json`` (sha256 of the original ``ba9ac6117e482f0d5d39d0d6aef8155e50748a00f862ce2064595eae2d71995b``).
    """

    ocpp_action: ClassVar[str] = "InstallCertificate"

    status: InstallCertificateStatusEnum


class InstallCertificateRequest(V16Request[InstallCertificateResponse]):
    """Request of ``InstallCertificate`` (OCPP 1.6), sent by the CSMS.

    Schema: ``1.6-security/InstallCertificate.json`` (sha256 of the original ``8ddf57d3fb25d12c4bcea905f87d932ec5e8f78d686c4ca9135cc8c57d1b2636``).
    """

    ocpp_action: ClassVar[str] = "InstallCertificate"
    response_type: ClassVar[type[InstallCertificateResponse]] = InstallCertificateResponse

    certificate_type: CertificateUseEnum = Field(
        validation_alias="certificateType", serialization_alias="certificateType"
    )
    certificate: str = Field(max_length=5500)


class LogStatusNotificationResponse(OcppResponse):
    """Response of ``LogStatusNotification`` (OCPP 1.6), sent by the CSMS.

    Schema: ``1.6-security/LogStatusNotificationResponse.json`` (sha256 of the original ``9be082a8decaceb75649fcb99d55cbfabf843ac72d8f7016d6b6828448d24df4``).
    """

    ocpp_action: ClassVar[str] = "LogStatusNotification"


class LogStatusNotificationRequest(V16Request[LogStatusNotificationResponse]):
    """Request of ``LogStatusNotification`` (OCPP 1.6), sent by the charging station.

    Schema: ``1.6-security/LogStatusNotification.json`` (sha256 of the original ``6e03c6287792afe3d1c039f48b0a8b2de4ce44d5ceb32c2a38fbda589e27faaf``).
    """

    ocpp_action: ClassVar[str] = "LogStatusNotification"
    response_type: ClassVar[type[LogStatusNotificationResponse]] = LogStatusNotificationResponse

    status: UploadLogStatusEnum
    request_id: Omittable[int] = Field(
        default=None, validation_alias="requestId", serialization_alias="requestId"
    )


class MeterValuesResponse(OcppResponse):
    """Response of ``MeterValues`` (OCPP 1.6), sent by the CSMS.

    Schema: ``1.6/MeterValuesResponse.json`` (sha256 of the original ``24c7bdb0efc0dd8990455529a38954df64c9c9bdc596487df309ecc15225246f``).
    """

    ocpp_action: ClassVar[str] = "MeterValues"


class MeterValuesRequest(V16Request[MeterValuesResponse]):
    """Request of ``MeterValues`` (OCPP 1.6), sent by the charging station.

    Schema: ``1.6/MeterValues.json`` (sha256 of the original ``e46b84fc31e52f6963777f30651f71bf62ec46d5ace191e3e33044f96a092d14``).
    """

    ocpp_action: ClassVar[str] = "MeterValues"
    response_type: ClassVar[type[MeterValuesResponse]] = MeterValuesResponse

    connector_id: int = Field(validation_alias="connectorId", serialization_alias="connectorId")
    transaction_id: Omittable[int] = Field(
        default=None, validation_alias="transactionId", serialization_alias="transactionId"
    )
    meter_value: list[MeterValue] = Field(
        validation_alias="meterValue", serialization_alias="meterValue"
    )


class RemoteStartTransactionResponse(OcppResponse):
    """Response of ``RemoteStartTransaction`` (OCPP 1.6), sent by the charging station.

    Schema: ``1.6/RemoteStartTransactionResponse.json`` (sha256 of the original ``51dbdd14279cd0874b9b4d4c5d9bc2ec65cbed853a230ea72934c1ec26c8d691``).
    """

    ocpp_action: ClassVar[str] = "RemoteStartTransaction"

    status: RemoteStartStopStatus


class RemoteStartTransactionRequest(V16Request[RemoteStartTransactionResponse]):
    """Request of ``RemoteStartTransaction`` (OCPP 1.6), sent by the CSMS.

    Schema: ``1.6/RemoteStartTransaction.json`` (sha256 of the original ``d4a609f698ca2ce9e2eeccc67f50a2e793083fa93a5eeedf6dd8288a600158ba``).
    """

    ocpp_action: ClassVar[str] = "RemoteStartTransaction"
    response_type: ClassVar[type[RemoteStartTransactionResponse]] = RemoteStartTransactionResponse

    connector_id: Omittable[int] = Field(
        default=None, validation_alias="connectorId", serialization_alias="connectorId"
    )
    id_tag: str = Field(validation_alias="idTag", serialization_alias="idTag", max_length=20)
    charging_profile: Omittable[ChargingProfile] = Field(
        default=None, validation_alias="chargingProfile", serialization_alias="chargingProfile"
    )


class RemoteStopTransactionResponse(OcppResponse):
    """Response of ``RemoteStopTransaction`` (OCPP 1.6), sent by the charging station.

    Schema: ``1.6/RemoteStopTransactionResponse.json`` (sha256 of the original ``af2a4ea273b0ced2f1ac8d2fedbbe5f0e49192fe60ba017eaffe0faf87effa74``).
    """

    ocpp_action: ClassVar[str] = "RemoteStopTransaction"

    status: RemoteStartStopStatus


class RemoteStopTransactionRequest(V16Request[RemoteStopTransactionResponse]):
    """Request of ``RemoteStopTransaction`` (OCPP 1.6), sent by the CSMS.

    Schema: ``1.6/RemoteStopTransaction.json`` (sha256 of the original ``38dbf60d56dcc71a1b250b5bb6c9c5367412a864865b5471843abd17754ea7e3``).
    """

    ocpp_action: ClassVar[str] = "RemoteStopTransaction"
    response_type: ClassVar[type[RemoteStopTransactionResponse]] = RemoteStopTransactionResponse

    transaction_id: int = Field(
        validation_alias="transactionId", serialization_alias="transactionId"
    )


class ReserveNowResponse(OcppResponse):
    """Response of ``ReserveNow`` (OCPP 1.6), sent by the charging station.

    Schema: ``1.6/ReserveNowResponse.json`` (sha256 of the original ``268259b9162138a975f78a746952b8aa0f57eedfe98294111ce0b2941ac6bb58``).
    """

    ocpp_action: ClassVar[str] = "ReserveNow"

    status: ReservationStatus


class ReserveNowRequest(V16Request[ReserveNowResponse]):
    """Request of ``ReserveNow`` (OCPP 1.6), sent by the CSMS.

    Schema: ``1.6/ReserveNow.json`` (sha256 of the original ``1e18f6ab1233858d90b33715b10778e32b70c15b295b2b2d6e4f9744e8bbf173``).
    """

    ocpp_action: ClassVar[str] = "ReserveNow"
    response_type: ClassVar[type[ReserveNowResponse]] = ReserveNowResponse

    connector_id: int = Field(validation_alias="connectorId", serialization_alias="connectorId")
    expiry_date: DateTime = Field(validation_alias="expiryDate", serialization_alias="expiryDate")
    id_tag: str = Field(validation_alias="idTag", serialization_alias="idTag", max_length=20)
    parent_id_tag: Omittable[str] = Field(
        default=None,
        validation_alias="parentIdTag",
        serialization_alias="parentIdTag",
        max_length=20,
    )
    reservation_id: int = Field(
        validation_alias="reservationId", serialization_alias="reservationId"
    )


class ResetResponse(OcppResponse):
    """Response of ``Reset`` (OCPP 1.6), sent by the charging station.

    Schema: ``1.6/ResetResponse.json`` (sha256 of the original ``42144331fe8e8e330087c7752f26569f0649d8ade6f544cb57bdbfb9d06c2b37``).
    """

    ocpp_action: ClassVar[str] = "Reset"

    status: ResetStatus


class ResetRequest(V16Request[ResetResponse]):
    """Request of ``Reset`` (OCPP 1.6), sent by the CSMS.

    Schema: ``1.6/Reset.json`` (sha256 of the original ``1e3cb9c696e31b91d2ba0918c0beb4096323f8022566acf05b0353eef33532b1``).
    """

    ocpp_action: ClassVar[str] = "Reset"
    response_type: ClassVar[type[ResetResponse]] = ResetResponse

    type: ResetType


class SecurityEventNotificationResponse(OcppResponse):
    """Response of ``SecurityEventNotification`` (OCPP 1.6), sent by the CSMS.

    Schema: ``1.6-security/SecurityEventNotificationResponse.json`` (sha256 of the original ``27f2320c03deaf541d19e78df8bac0f463da3033eca69d86b0b994ed5a1ff296``).
    """

    ocpp_action: ClassVar[str] = "SecurityEventNotification"


class SecurityEventNotificationRequest(V16Request[SecurityEventNotificationResponse]):
    """Request of ``SecurityEventNotification`` (OCPP 1.6), sent by the charging station.

    Schema: ``1.6-security/SecurityEventNotification.json`` (sha256 of the original ``7143a20d4fcb7529f76f5a1001bbe97152fa573ef381e14fcdd32924ac697e2a``).
    """

    ocpp_action: ClassVar[str] = "SecurityEventNotification"
    response_type: ClassVar[type[SecurityEventNotificationResponse]] = (
        SecurityEventNotificationResponse
    )

    type: str = Field(max_length=50)
    timestamp: DateTime
    tech_info: Omittable[str] = Field(
        default=None, validation_alias="techInfo", serialization_alias="techInfo", max_length=255
    )


class SendLocalListResponse(OcppResponse):
    """Response of ``SendLocalList`` (OCPP 1.6), sent by the charging station.

    Schema: ``1.6/SendLocalListResponse.json`` (sha256 of the original ``bba9f3b688d0374bac1c0df9e2325c46ce7bf14f167ef59ffbb7f1fb70157318``).
    """

    ocpp_action: ClassVar[str] = "SendLocalList"

    status: UpdateStatus


class SendLocalListRequest(V16Request[SendLocalListResponse]):
    """Request of ``SendLocalList`` (OCPP 1.6), sent by the CSMS.

    Schema: ``1.6/SendLocalList.json`` (sha256 of the original ``9a1dd6b04dba643cc38b394706d76398a72f86573cc03946cd7a290302906327``).
    """

    ocpp_action: ClassVar[str] = "SendLocalList"
    response_type: ClassVar[type[SendLocalListResponse]] = SendLocalListResponse

    list_version: int = Field(validation_alias="listVersion", serialization_alias="listVersion")
    local_authorization_list: Omittable[list[AuthorizationData]] = Field(
        default=None,
        validation_alias="localAuthorizationList",
        serialization_alias="localAuthorizationList",
    )
    update_type: UpdateType = Field(validation_alias="updateType", serialization_alias="updateType")


class SetChargingProfileResponse(OcppResponse):
    """Response of ``SetChargingProfile`` (OCPP 1.6), sent by the charging station.

    Schema: ``1.6/SetChargingProfileResponse.json`` (sha256 of the original ``92c93950e87fa3a97684989656f9523c42805d3929c37dd033233dc0c0ba18c5``).
    """

    ocpp_action: ClassVar[str] = "SetChargingProfile"

    status: ChargingProfileStatus


class SetChargingProfileRequest(V16Request[SetChargingProfileResponse]):
    """Request of ``SetChargingProfile`` (OCPP 1.6), sent by the CSMS.

    Schema: ``1.6/SetChargingProfile.json`` (sha256 of the original ``fdd29c5d36a8118e462e7cf984c83ac7da8fb2b10ff285d923c016c47845df16``).
    """

    ocpp_action: ClassVar[str] = "SetChargingProfile"
    response_type: ClassVar[type[SetChargingProfileResponse]] = SetChargingProfileResponse

    connector_id: int = Field(validation_alias="connectorId", serialization_alias="connectorId")
    cs_charging_profiles: ChargingProfile = Field(
        validation_alias="csChargingProfiles", serialization_alias="csChargingProfiles"
    )


class SignCertificateResponse(OcppResponse):
    """Response of ``SignCertificate`` (OCPP 1.6), sent by the CSMS.

    Schema: ``1.6-security/SignCertificateResponse.json`` (sha256 of the original ``f3f5aa2e4fdda31ed34dd9261bc4438f63fcb129b4a4a3f0e35df61b6bfb608f``).
    """

    ocpp_action: ClassVar[str] = "SignCertificate"

    status: GenericStatusEnum


class SignCertificateRequest(V16Request[SignCertificateResponse]):
    """Request of ``SignCertificate`` (OCPP 1.6), sent by the charging station.

    Schema: ``1.6-security/SignCertificate.json`` (sha256 of the original ``92d028628d23246bff2b85cf91c07692bc15289083396d65912ce297fb74f616``).
    """

    ocpp_action: ClassVar[str] = "SignCertificate"
    response_type: ClassVar[type[SignCertificateResponse]] = SignCertificateResponse

    csr: str = Field(max_length=5500)


class SignedFirmwareStatusNotificationResponse(OcppResponse):
    """Response of ``SignedFirmwareStatusNotification`` (OCPP 1.6), sent by the CSMS.

    Schema: ``1.6-security/SignedFirmwareStatusNotificationResponse.json`` (sha256 of the original ``7da2f56bdd0a78d6733002e243f9602617e2e0bb145b1f25012c27fb7feacea7``).
    """

    ocpp_action: ClassVar[str] = "SignedFirmwareStatusNotification"


class SignedFirmwareStatusNotificationRequest(V16Request[SignedFirmwareStatusNotificationResponse]):
    """Request of ``SignedFirmwareStatusNotification`` (OCPP 1.6), sent by the charging station.

    Schema: ``1.6-security/SignedFirmwareStatusNotification.json`` (sha256 of the original ``0ec490f0deaf44134974f2b42726cea4b0238c5142da31d6fb3ed95389578a71``).
    """

    ocpp_action: ClassVar[str] = "SignedFirmwareStatusNotification"
    response_type: ClassVar[type[SignedFirmwareStatusNotificationResponse]] = (
        SignedFirmwareStatusNotificationResponse
    )

    status: FirmwareStatusEnum
    request_id: Omittable[int] = Field(
        default=None, validation_alias="requestId", serialization_alias="requestId"
    )


class SignedUpdateFirmwareResponse(OcppResponse):
    """Response of ``SignedUpdateFirmware`` (OCPP 1.6), sent by the charging station.

    Schema: ``1.6-security/SignedUpdateFirmwareResponse.json`` (sha256 of the original ``35d52c6d34a32a683cdd593afc91bd4defdc108e5c5dda0e3eaa80e525c6858b``).
    """

    ocpp_action: ClassVar[str] = "SignedUpdateFirmware"

    status: UpdateFirmwareStatusEnum


class SignedUpdateFirmwareRequest(V16Request[SignedUpdateFirmwareResponse]):
    """Request of ``SignedUpdateFirmware`` (OCPP 1.6), sent by the CSMS.

    Schema: ``1.6-security/SignedUpdateFirmware.json`` (sha256 of the original ``20423fbdf27e02fa44c705d2355f40426bb409664652a67dccb0950531c9542b``).
    """

    ocpp_action: ClassVar[str] = "SignedUpdateFirmware"
    response_type: ClassVar[type[SignedUpdateFirmwareResponse]] = SignedUpdateFirmwareResponse

    retries: Omittable[int] = None
    retry_interval: Omittable[int] = Field(
        default=None, validation_alias="retryInterval", serialization_alias="retryInterval"
    )
    request_id: int = Field(validation_alias="requestId", serialization_alias="requestId")
    firmware: Firmware


class StartTransactionResponse(OcppResponse):
    """Response of ``StartTransaction`` (OCPP 1.6), sent by the CSMS.

    Schema: ``1.6/StartTransactionResponse.json`` (sha256 of the original ``5ed5c91a7fe1a5687ec7c5352b15a73a503a35a73c591964f69a061ae7b28fe0``).
    """

    ocpp_action: ClassVar[str] = "StartTransaction"

    id_tag_info: IdTagInfo = Field(validation_alias="idTagInfo", serialization_alias="idTagInfo")
    transaction_id: int = Field(
        validation_alias="transactionId", serialization_alias="transactionId"
    )


class StartTransactionRequest(V16Request[StartTransactionResponse]):
    """Request of ``StartTransaction`` (OCPP 1.6), sent by the charging station.

    Schema: ``1.6/StartTransaction.json`` (sha256 of the original ``1cf77410bbaca77e3dbd7a5301b4a7406e9b34c6ced05dc4350cd8552c12ade0``).
    """

    ocpp_action: ClassVar[str] = "StartTransaction"
    response_type: ClassVar[type[StartTransactionResponse]] = StartTransactionResponse

    connector_id: int = Field(validation_alias="connectorId", serialization_alias="connectorId")
    id_tag: str = Field(validation_alias="idTag", serialization_alias="idTag", max_length=20)
    meter_start: int = Field(validation_alias="meterStart", serialization_alias="meterStart")
    reservation_id: Omittable[int] = Field(
        default=None, validation_alias="reservationId", serialization_alias="reservationId"
    )
    timestamp: DateTime


class StatusNotificationResponse(OcppResponse):
    """Response of ``StatusNotification`` (OCPP 1.6), sent by the CSMS.

    Schema: ``1.6/StatusNotificationResponse.json`` (sha256 of the original ``8710aa699c5cc566c02d0e434aa7e238ce2c752c7c871ceaa1686d4965b5a46e``).
    """

    ocpp_action: ClassVar[str] = "StatusNotification"


class StatusNotificationRequest(V16Request[StatusNotificationResponse]):
    """Request of ``StatusNotification`` (OCPP 1.6), sent by the charging station.

    Schema: ``1.6/StatusNotification.json`` (sha256 of the original ``dde56c170757a9efbadbf8c54c9ab2fd896acffad9ed908cfa84aa9ad466adc9``).
    """

    ocpp_action: ClassVar[str] = "StatusNotification"
    response_type: ClassVar[type[StatusNotificationResponse]] = StatusNotificationResponse

    connector_id: int = Field(validation_alias="connectorId", serialization_alias="connectorId")
    error_code: ChargePointErrorCode = Field(
        validation_alias="errorCode", serialization_alias="errorCode"
    )
    info: Omittable[str] = Field(default=None, max_length=50)
    status: ChargePointStatus
    timestamp: Omittable[DateTime] = None
    vendor_id: Omittable[str] = Field(
        default=None, validation_alias="vendorId", serialization_alias="vendorId", max_length=255
    )
    vendor_error_code: Omittable[str] = Field(
        default=None,
        validation_alias="vendorErrorCode",
        serialization_alias="vendorErrorCode",
        max_length=50,
    )


class StopTransactionResponse(OcppResponse):
    """Response of ``StopTransaction`` (OCPP 1.6), sent by the CSMS.

    Schema: ``1.6/StopTransactionResponse.json`` (sha256 of the original ``574cfd9b5cca07f7c19c80fc553eca291a2c39bf3ad8cdddbd11f50b366d3896``).
    """

    ocpp_action: ClassVar[str] = "StopTransaction"

    id_tag_info: Omittable[IdTagInfo] = Field(
        default=None, validation_alias="idTagInfo", serialization_alias="idTagInfo"
    )


class StopTransactionRequest(V16Request[StopTransactionResponse]):
    """Request of ``StopTransaction`` (OCPP 1.6), sent by the charging station.

    Schema: ``1.6/StopTransaction.json`` (sha256 of the original ``438aa43249c83ac761ad563bc20e84726f057bc43dd9a454859abaffe923c09c``).
    """

    ocpp_action: ClassVar[str] = "StopTransaction"
    response_type: ClassVar[type[StopTransactionResponse]] = StopTransactionResponse

    id_tag: Omittable[str] = Field(
        default=None, validation_alias="idTag", serialization_alias="idTag", max_length=20
    )
    meter_stop: int = Field(validation_alias="meterStop", serialization_alias="meterStop")
    timestamp: DateTime
    transaction_id: int = Field(
        validation_alias="transactionId", serialization_alias="transactionId"
    )
    reason: Omittable[Reason] = None
    transaction_data: Omittable[list[MeterValue]] = Field(
        default=None, validation_alias="transactionData", serialization_alias="transactionData"
    )


class TriggerMessageResponse(OcppResponse):
    """Response of ``TriggerMessage`` (OCPP 1.6), sent by the charging station.

    Schema: ``1.6/TriggerMessageResponse.json`` (sha256 of the original ``2bd99a632539e7699f1c9fe4eab6d2e7d2bc5f5c7ce99a5924908b29b8ac3622``).
    """

    ocpp_action: ClassVar[str] = "TriggerMessage"

    status: TriggerMessageStatus


class TriggerMessageRequest(V16Request[TriggerMessageResponse]):
    """Request of ``TriggerMessage`` (OCPP 1.6), sent by the CSMS.

    Schema: ``1.6/TriggerMessage.json`` (sha256 of the original ``35ede975c80a16c81843ba3579250116af703dfa0492bbd09cff4f66808538cf``).
    """

    ocpp_action: ClassVar[str] = "TriggerMessage"
    response_type: ClassVar[type[TriggerMessageResponse]] = TriggerMessageResponse

    requested_message: MessageTrigger = Field(
        validation_alias="requestedMessage", serialization_alias="requestedMessage"
    )
    connector_id: Omittable[int] = Field(
        default=None, validation_alias="connectorId", serialization_alias="connectorId"
    )


class UnlockConnectorResponse(OcppResponse):
    """Response of ``UnlockConnector`` (OCPP 1.6), sent by the charging station.

    Schema: ``1.6/UnlockConnectorResponse.json`` (sha256 of the original ``193f962511bd4c2f763168e8d4ad09ffe6f45fea96f130dcc7c54651d84d2359``).
    """

    ocpp_action: ClassVar[str] = "UnlockConnector"

    status: UnlockStatus


class UnlockConnectorRequest(V16Request[UnlockConnectorResponse]):
    """Request of ``UnlockConnector`` (OCPP 1.6), sent by the CSMS.

    Schema: ``1.6/UnlockConnector.json`` (sha256 of the original ``8f432dc4fb0d879858aa1ca7afc9348179497855e54b5cc39303541228ca735f``).
    """

    ocpp_action: ClassVar[str] = "UnlockConnector"
    response_type: ClassVar[type[UnlockConnectorResponse]] = UnlockConnectorResponse

    connector_id: int = Field(validation_alias="connectorId", serialization_alias="connectorId")


class UpdateFirmwareResponse(OcppResponse):
    """Response of ``UpdateFirmware`` (OCPP 1.6), sent by the charging station.

    Schema: ``1.6/UpdateFirmwareResponse.json`` (sha256 of the original ``44dadf0fabf8286525b0f8cc0d2486dea513093baec10d3c68222844c7861954``).
    """

    ocpp_action: ClassVar[str] = "UpdateFirmware"


class UpdateFirmwareRequest(V16Request[UpdateFirmwareResponse]):
    """Request of ``UpdateFirmware`` (OCPP 1.6), sent by the CSMS.

    Schema: ``1.6/UpdateFirmware.json`` (sha256 of the original ``8803a23504a06d6523448563c0aebb56be42d467311ef81560f3dafcde43ae78``).
    """

    ocpp_action: ClassVar[str] = "UpdateFirmware"
    response_type: ClassVar[type[UpdateFirmwareResponse]] = UpdateFirmwareResponse

    location: str
    retries: Omittable[int] = None
    retrieve_date: DateTime = Field(
        validation_alias="retrieveDate", serialization_alias="retrieveDate"
    )
    retry_interval: Omittable[int] = Field(
        default=None, validation_alias="retryInterval", serialization_alias="retryInterval"
    )
