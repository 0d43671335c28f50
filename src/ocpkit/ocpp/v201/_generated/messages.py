"""Messages of OCPP 2.0.1, generated from the official JSON schemas.

Do not edit: written by ``python -m codegen generate`` from ``schemas/ocpp/2.0.1*/``
(combined sha256 of the original files: ``cb814eaeb2e4c36625a798c26edb66c007f533709a5971fd76e297ffc8a23a6a``).
"""

from typing import Annotated, ClassVar, TypeVar

from pydantic import Field

from ocpkit._base import (
    DateTime,
    JsonData,
    OcppNullKeepingModel,
    OcppRequest,
    OcppResponse,
    Omittable,
)

from .datatypes import (
    EVSE,
    AuthorizationData,
    CertificateHashData,
    CertificateHashDataChain,
    ChargingLimit,
    ChargingNeeds,
    ChargingProfile,
    ChargingProfileCriterion,
    ChargingSchedule,
    ChargingStation,
    ClearChargingProfile,
    ClearMonitoringResult,
    ComponentVariable,
    CompositeSchedule,
    CustomData,
    EventData,
    Firmware,
    GetVariableData,
    GetVariableResult,
    IdToken,
    IdTokenInfo,
    LogParameters,
    MessageContent,
    MessageInfo,
    MeterValue,
    MonitoringData,
    NetworkConnectionProfile,
    OCSPRequestData,
    ReportData,
    SetMonitoringData,
    SetMonitoringResult,
    SetVariableData,
    SetVariableResult,
    StatusInfo,
    Transaction,
)
from .enums import (
    AuthorizeCertificateStatusEnum,
    BootReasonEnum,
    CancelReservationStatusEnum,
    CertificateActionEnum,
    CertificateSignedStatusEnum,
    CertificateSigningUseEnum,
    ChangeAvailabilityStatusEnum,
    ChargingLimitSourceEnum,
    ChargingProfileStatusEnum,
    ChargingRateUnitEnum,
    ClearCacheStatusEnum,
    ClearChargingProfileStatusEnum,
    ClearMessageStatusEnum,
    ComponentCriterionEnum,
    ConnectorEnum,
    ConnectorStatusEnum,
    CustomerInformationStatusEnum,
    DataTransferStatusEnum,
    DeleteCertificateStatusEnum,
    DisplayMessageStatusEnum,
    FirmwareStatusEnum,
    GenericDeviceModelStatusEnum,
    GenericStatusEnum,
    GetCertificateIdUseEnum,
    GetCertificateStatusEnum,
    GetChargingProfileStatusEnum,
    GetDisplayMessagesStatusEnum,
    GetInstalledCertificateStatusEnum,
    InstallCertificateStatusEnum,
    InstallCertificateUseEnum,
    Iso15118EVCertificateStatusEnum,
    LogEnum,
    LogStatusEnum,
    MessagePriorityEnum,
    MessageStateEnum,
    MessageTriggerEnum,
    MonitoringBaseEnum,
    MonitoringCriterionEnum,
    NotifyEVChargingNeedsStatusEnum,
    OperationalStatusEnum,
    PublishFirmwareStatusEnum,
    RegistrationStatusEnum,
    ReportBaseEnum,
    RequestStartStopStatusEnum,
    ReservationUpdateStatusEnum,
    ReserveNowStatusEnum,
    ResetEnum,
    ResetStatusEnum,
    SendLocalListStatusEnum,
    SetNetworkProfileStatusEnum,
    TransactionEventEnum,
    TriggerMessageStatusEnum,
    TriggerReasonEnum,
    UnlockStatusEnum,
    UnpublishFirmwareStatusEnum,
    UpdateEnum,
    UpdateFirmwareStatusEnum,
    UploadLogStatusEnum,
)

__all__ = [
    "V201Request",
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
    "ClearCacheResponse",
    "ClearCacheRequest",
    "ClearChargingProfileResponse",
    "ClearChargingProfileRequest",
    "ClearDisplayMessageResponse",
    "ClearDisplayMessageRequest",
    "ClearVariableMonitoringResponse",
    "ClearVariableMonitoringRequest",
    "ClearedChargingLimitResponse",
    "ClearedChargingLimitRequest",
    "CostUpdatedResponse",
    "CostUpdatedRequest",
    "CustomerInformationResponse",
    "CustomerInformationRequest",
    "DataTransferResponse",
    "DataTransferRequest",
    "DeleteCertificateResponse",
    "DeleteCertificateRequest",
    "FirmwareStatusNotificationResponse",
    "FirmwareStatusNotificationRequest",
    "Get15118EVCertificateResponse",
    "Get15118EVCertificateRequest",
    "GetBaseReportResponse",
    "GetBaseReportRequest",
    "GetCertificateStatusResponse",
    "GetCertificateStatusRequest",
    "GetChargingProfilesResponse",
    "GetChargingProfilesRequest",
    "GetCompositeScheduleResponse",
    "GetCompositeScheduleRequest",
    "GetDisplayMessagesResponse",
    "GetDisplayMessagesRequest",
    "GetInstalledCertificateIdsResponse",
    "GetInstalledCertificateIdsRequest",
    "GetLocalListVersionResponse",
    "GetLocalListVersionRequest",
    "GetLogResponse",
    "GetLogRequest",
    "GetMonitoringReportResponse",
    "GetMonitoringReportRequest",
    "GetReportResponse",
    "GetReportRequest",
    "GetTransactionStatusResponse",
    "GetTransactionStatusRequest",
    "GetVariablesResponse",
    "GetVariablesRequest",
    "HeartbeatResponse",
    "HeartbeatRequest",
    "InstallCertificateResponse",
    "InstallCertificateRequest",
    "LogStatusNotificationResponse",
    "LogStatusNotificationRequest",
    "MeterValuesResponse",
    "MeterValuesRequest",
    "NotifyChargingLimitResponse",
    "NotifyChargingLimitRequest",
    "NotifyCustomerInformationResponse",
    "NotifyCustomerInformationRequest",
    "NotifyDisplayMessagesResponse",
    "NotifyDisplayMessagesRequest",
    "NotifyEVChargingNeedsResponse",
    "NotifyEVChargingNeedsRequest",
    "NotifyEVChargingScheduleResponse",
    "NotifyEVChargingScheduleRequest",
    "NotifyEventResponse",
    "NotifyEventRequest",
    "NotifyMonitoringReportResponse",
    "NotifyMonitoringReportRequest",
    "NotifyReportResponse",
    "NotifyReportRequest",
    "PublishFirmwareResponse",
    "PublishFirmwareRequest",
    "PublishFirmwareStatusNotificationResponse",
    "PublishFirmwareStatusNotificationRequest",
    "ReportChargingProfilesResponse",
    "ReportChargingProfilesRequest",
    "RequestStartTransactionResponse",
    "RequestStartTransactionRequest",
    "RequestStopTransactionResponse",
    "RequestStopTransactionRequest",
    "ReservationStatusUpdateResponse",
    "ReservationStatusUpdateRequest",
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
    "SetDisplayMessageResponse",
    "SetDisplayMessageRequest",
    "SetMonitoringBaseResponse",
    "SetMonitoringBaseRequest",
    "SetMonitoringLevelResponse",
    "SetMonitoringLevelRequest",
    "SetNetworkProfileResponse",
    "SetNetworkProfileRequest",
    "SetVariableMonitoringResponse",
    "SetVariableMonitoringRequest",
    "SetVariablesResponse",
    "SetVariablesRequest",
    "SignCertificateResponse",
    "SignCertificateRequest",
    "StatusNotificationResponse",
    "StatusNotificationRequest",
    "TransactionEventResponse",
    "TransactionEventRequest",
    "TriggerMessageResponse",
    "TriggerMessageRequest",
    "UnlockConnectorResponse",
    "UnlockConnectorRequest",
    "UnpublishFirmwareResponse",
    "UnpublishFirmwareRequest",
    "UpdateFirmwareResponse",
    "UpdateFirmwareRequest",
]


_ResponseT = TypeVar("_ResponseT", bound=OcppResponse, covariant=True)


class V201Request(OcppRequest[_ResponseT]):
    """Base of the OCPP 2.0.1 requests (what a router or session of this version takes)."""


class AuthorizeResponse(OcppResponse):
    """Response of ``Authorize`` (OCPP 2.0.1), sent by the CSMS.

    Schema: ``2.0.1/AuthorizeResponse.json`` (sha256 of the original ``71d49a93d797502c5a6d8c65b9fccd4a64722be8b575159fb38a2886ee4dc104``).
    """

    ocpp_action: ClassVar[str] = "Authorize"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    id_token_info: IdTokenInfo = Field(
        validation_alias="idTokenInfo", serialization_alias="idTokenInfo"
    )
    certificate_status: Omittable[AuthorizeCertificateStatusEnum] = Field(
        default=None, validation_alias="certificateStatus", serialization_alias="certificateStatus"
    )


class AuthorizeRequest(V201Request[AuthorizeResponse]):
    """Request of ``Authorize`` (OCPP 2.0.1), sent by the charging station.

    Schema: ``2.0.1/AuthorizeRequest.json`` (sha256 of the original ``efb21c974640b3dd4f2ffcf2db64c49eba5312d25dd1e44c921f766d63f5fb89``).
    """

    ocpp_action: ClassVar[str] = "Authorize"
    response_type: ClassVar[type[AuthorizeResponse]] = AuthorizeResponse

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    id_token: IdToken = Field(validation_alias="idToken", serialization_alias="idToken")
    certificate: Omittable[str] = Field(default=None, max_length=5500)
    iso15118_certificate_hash_data: Omittable[list[OCSPRequestData]] = Field(
        default=None,
        validation_alias="iso15118CertificateHashData",
        serialization_alias="iso15118CertificateHashData",
        min_length=1,
        max_length=4,
    )


class BootNotificationResponse(OcppResponse):
    """Response of ``BootNotification`` (OCPP 2.0.1), sent by the CSMS.

    Schema: ``2.0.1/BootNotificationResponse.json`` (sha256 of the original ``b7e29ca71b3afcc1b88e9b928eb40b3faa7d40399e05df6128faa83e42f39aad``).
    """

    ocpp_action: ClassVar[str] = "BootNotification"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    current_time: DateTime = Field(
        validation_alias="currentTime", serialization_alias="currentTime"
    )
    interval: int
    status: RegistrationStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )


class BootNotificationRequest(V201Request[BootNotificationResponse]):
    """Request of ``BootNotification`` (OCPP 2.0.1), sent by the charging station.

    Schema: ``2.0.1/BootNotificationRequest.json`` (sha256 of the original ``ebdfc73f9621ebe96380ce370d523e9ef7100072f017ef6a40f73bf034556b89``).
    """

    ocpp_action: ClassVar[str] = "BootNotification"
    response_type: ClassVar[type[BootNotificationResponse]] = BootNotificationResponse

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    charging_station: ChargingStation = Field(
        validation_alias="chargingStation", serialization_alias="chargingStation"
    )
    reason: BootReasonEnum


class CancelReservationResponse(OcppResponse):
    """Response of ``CancelReservation`` (OCPP 2.0.1), sent by the charging station.

    Schema: ``2.0.1/CancelReservationResponse.json`` (sha256 of the original ``48c75ad6db59447c25f8a59ed760085731f312492aaca4637383c8f49a545056``).
    """

    ocpp_action: ClassVar[str] = "CancelReservation"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    status: CancelReservationStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )


class CancelReservationRequest(V201Request[CancelReservationResponse]):
    """Request of ``CancelReservation`` (OCPP 2.0.1), sent by the CSMS.

    Schema: ``2.0.1/CancelReservationRequest.json`` (sha256 of the original ``eefac31d4f736e80c116bf70008f68113749824e2dc12ce74ffcf35933830f48``).
    """

    ocpp_action: ClassVar[str] = "CancelReservation"
    response_type: ClassVar[type[CancelReservationResponse]] = CancelReservationResponse

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    reservation_id: int = Field(
        validation_alias="reservationId", serialization_alias="reservationId"
    )


class CertificateSignedResponse(OcppResponse):
    """Response of ``CertificateSigned`` (OCPP 2.0.1), sent by the charging station.

    Schema: ``2.0.1/CertificateSignedResponse.json`` (sha256 of the original ``89a2178e027f063e3ac244a721cb362ceae9ef16044065cdfee6f0d9f06c7beb``).
    """

    ocpp_action: ClassVar[str] = "CertificateSigned"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    status: CertificateSignedStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )


class CertificateSignedRequest(V201Request[CertificateSignedResponse]):
    """Request of ``CertificateSigned`` (OCPP 2.0.1), sent by the CSMS.

    Schema: ``2.0.1/CertificateSignedRequest.json`` (sha256 of the original ``fca5b5803e9092cad3657604c07bafb64ed64e41e6ff4a1d43899b70bcc19f38``).
    """

    ocpp_action: ClassVar[str] = "CertificateSigned"
    response_type: ClassVar[type[CertificateSignedResponse]] = CertificateSignedResponse

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    certificate_chain: str = Field(
        validation_alias="certificateChain",
        serialization_alias="certificateChain",
        max_length=10000,
    )
    certificate_type: Omittable[CertificateSigningUseEnum] = Field(
        default=None, validation_alias="certificateType", serialization_alias="certificateType"
    )


class ChangeAvailabilityResponse(OcppResponse):
    """Response of ``ChangeAvailability`` (OCPP 2.0.1), sent by the charging station.

    Schema: ``2.0.1/ChangeAvailabilityResponse.json`` (sha256 of the original ``c35aa803be49bfc1d8a0c8d99d5a411e55f3f80b13a3cb7f1c748cc5fe1a0e14``).
    """

    ocpp_action: ClassVar[str] = "ChangeAvailability"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    status: ChangeAvailabilityStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )


class ChangeAvailabilityRequest(V201Request[ChangeAvailabilityResponse]):
    """Request of ``ChangeAvailability`` (OCPP 2.0.1), sent by the CSMS.

    Schema: ``2.0.1/ChangeAvailabilityRequest.json`` (sha256 of the original ``e67c922ea5ed3d52b3a9209a43eee569d33169dcaa3157d03f3b955934843ca5``).
    """

    ocpp_action: ClassVar[str] = "ChangeAvailability"
    response_type: ClassVar[type[ChangeAvailabilityResponse]] = ChangeAvailabilityResponse

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    evse: Omittable[EVSE] = None
    operational_status: OperationalStatusEnum = Field(
        validation_alias="operationalStatus", serialization_alias="operationalStatus"
    )


class ClearCacheResponse(OcppResponse):
    """Response of ``ClearCache`` (OCPP 2.0.1), sent by the charging station.

    Schema: ``2.0.1/ClearCacheResponse.json`` (sha256 of the original ``95bd1e54c8179e719fcf77957c476e166a75a5a7f22f49aae8fe338a51cafe5e``).
    """

    ocpp_action: ClassVar[str] = "ClearCache"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    status: ClearCacheStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )


class ClearCacheRequest(V201Request[ClearCacheResponse]):
    """Request of ``ClearCache`` (OCPP 2.0.1), sent by the CSMS.

    Schema: ``2.0.1/ClearCacheRequest.json`` (sha256 of the original ``b624c54d12eb05f2c3c8815c5764b0c746989f3628c4b6564fcd673f219c0a1e``).
    """

    ocpp_action: ClassVar[str] = "ClearCache"
    response_type: ClassVar[type[ClearCacheResponse]] = ClearCacheResponse

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class ClearChargingProfileResponse(OcppResponse):
    """Response of ``ClearChargingProfile`` (OCPP 2.0.1), sent by the charging station.

    Schema: ``2.0.1/ClearChargingProfileResponse.json`` (sha256 of the original ``db7d11e02cb27c634b665f0b9995f10416a2ff420495f07a82a4b0b03c4a36c2``).
    """

    ocpp_action: ClassVar[str] = "ClearChargingProfile"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    status: ClearChargingProfileStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )


class ClearChargingProfileRequest(V201Request[ClearChargingProfileResponse]):
    """Request of ``ClearChargingProfile`` (OCPP 2.0.1), sent by the CSMS.

    Schema: ``2.0.1/ClearChargingProfileRequest.json`` (sha256 of the original ``9a9866944e376a7d04ef9340432a3bd9772f7d25ea7de936ab5f764ef4ec9bc6``).
    """

    ocpp_action: ClassVar[str] = "ClearChargingProfile"
    response_type: ClassVar[type[ClearChargingProfileResponse]] = ClearChargingProfileResponse

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    charging_profile_id: Omittable[int] = Field(
        default=None, validation_alias="chargingProfileId", serialization_alias="chargingProfileId"
    )
    charging_profile_criteria: Omittable[ClearChargingProfile] = Field(
        default=None,
        validation_alias="chargingProfileCriteria",
        serialization_alias="chargingProfileCriteria",
    )


class ClearDisplayMessageResponse(OcppResponse):
    """Response of ``ClearDisplayMessage`` (OCPP 2.0.1), sent by the charging station.

    Schema: ``2.0.1/ClearDisplayMessageResponse.json`` (sha256 of the original ``c7245905734a7512cfee70a43054a1630c4da12acdce66310242d949d1a594ee``).
    """

    ocpp_action: ClassVar[str] = "ClearDisplayMessage"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    status: ClearMessageStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )


class ClearDisplayMessageRequest(V201Request[ClearDisplayMessageResponse]):
    """Request of ``ClearDisplayMessage`` (OCPP 2.0.1), sent by the CSMS.

    Schema: ``2.0.1/ClearDisplayMessageRequest.json`` (sha256 of the original ``988dad3cf31dce9b2835a711cb679832c5630d62fe4ae02230f1210df8cf86c9``).
    """

    ocpp_action: ClassVar[str] = "ClearDisplayMessage"
    response_type: ClassVar[type[ClearDisplayMessageResponse]] = ClearDisplayMessageResponse

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    id: int


class ClearVariableMonitoringResponse(OcppResponse):
    """Response of ``ClearVariableMonitoring`` (OCPP 2.0.1), sent by the charging station.

    Schema: ``2.0.1/ClearVariableMonitoringResponse.json`` (sha256 of the original ``cf064a831b127134a1f8a0b6bf55ffbf8e747b04651022e62036d2fa13072e60``).
    """

    ocpp_action: ClassVar[str] = "ClearVariableMonitoring"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    clear_monitoring_result: list[ClearMonitoringResult] = Field(
        validation_alias="clearMonitoringResult",
        serialization_alias="clearMonitoringResult",
        min_length=1,
    )


class ClearVariableMonitoringRequest(V201Request[ClearVariableMonitoringResponse]):
    """Request of ``ClearVariableMonitoring`` (OCPP 2.0.1), sent by the CSMS.

    Schema: ``2.0.1/ClearVariableMonitoringRequest.json`` (sha256 of the original ``32485b0b0d399066bb116d8d377bdbe0275e2055cb52f275e3be0bbdc24f047d``).
    """

    ocpp_action: ClassVar[str] = "ClearVariableMonitoring"
    response_type: ClassVar[type[ClearVariableMonitoringResponse]] = ClearVariableMonitoringResponse

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    id: list[int] = Field(min_length=1)


class ClearedChargingLimitResponse(OcppResponse):
    """Response of ``ClearedChargingLimit`` (OCPP 2.0.1), sent by the CSMS.

    Schema: ``2.0.1/ClearedChargingLimitResponse.json`` (sha256 of the original ``6ed44859833ecf021146ffee90400e8d3ee28d2b5868233c5242474e5334dccf``).
    """

    ocpp_action: ClassVar[str] = "ClearedChargingLimit"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class ClearedChargingLimitRequest(V201Request[ClearedChargingLimitResponse]):
    """Request of ``ClearedChargingLimit`` (OCPP 2.0.1), sent by the charging station.

    Schema: ``2.0.1/ClearedChargingLimitRequest.json`` (sha256 of the original ``88ebc9a55eb308de3cf1dd2c664faecaca8fa24737a9c18765d20da5f4d42738``).
    """

    ocpp_action: ClassVar[str] = "ClearedChargingLimit"
    response_type: ClassVar[type[ClearedChargingLimitResponse]] = ClearedChargingLimitResponse

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    charging_limit_source: ChargingLimitSourceEnum = Field(
        validation_alias="chargingLimitSource", serialization_alias="chargingLimitSource"
    )
    evse_id: Omittable[int] = Field(
        default=None, validation_alias="evseId", serialization_alias="evseId"
    )


class CostUpdatedResponse(OcppResponse):
    """Response of ``CostUpdated`` (OCPP 2.0.1), sent by the charging station.

    Schema: ``2.0.1/CostUpdatedResponse.json`` (sha256 of the original ``a45f4d09f4ece5cc0d76aeeb1ce9130d592cb85c75cb598e39b52576a68b43a9``).
    """

    ocpp_action: ClassVar[str] = "CostUpdated"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class CostUpdatedRequest(V201Request[CostUpdatedResponse]):
    """Request of ``CostUpdated`` (OCPP 2.0.1), sent by the CSMS.

    Schema: ``2.0.1/CostUpdatedRequest.json`` (sha256 of the original ``c266a1d44eccdc9fb27b00f783f83c7fce6fd83f1233d85c9a206f437cde4824``).
    """

    ocpp_action: ClassVar[str] = "CostUpdated"
    response_type: ClassVar[type[CostUpdatedResponse]] = CostUpdatedResponse

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    total_cost: float = Field(validation_alias="totalCost", serialization_alias="totalCost")
    transaction_id: str = Field(
        validation_alias="transactionId", serialization_alias="transactionId", max_length=36
    )


class CustomerInformationResponse(OcppResponse):
    """Response of ``CustomerInformation`` (OCPP 2.0.1), sent by the charging station.

    Schema: ``2.0.1/CustomerInformationResponse.json`` (sha256 of the original ``c8403807f5d0bdd39a7e06d0886d54226f1f081f228f908ac8a7b173d6b503fd``).
    """

    ocpp_action: ClassVar[str] = "CustomerInformation"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    status: CustomerInformationStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )


class CustomerInformationRequest(V201Request[CustomerInformationResponse]):
    """Request of ``CustomerInformation`` (OCPP 2.0.1), sent by the CSMS.

    Schema: ``2.0.1/CustomerInformationRequest.json`` (sha256 of the original ``c7b90737b3639f3d824147268ca3a0b19836c878b0df604a0f17973ae0cdd288``).
    """

    ocpp_action: ClassVar[str] = "CustomerInformation"
    response_type: ClassVar[type[CustomerInformationResponse]] = CustomerInformationResponse

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    customer_certificate: Omittable[CertificateHashData] = Field(
        default=None,
        validation_alias="customerCertificate",
        serialization_alias="customerCertificate",
    )
    id_token: Omittable[IdToken] = Field(
        default=None, validation_alias="idToken", serialization_alias="idToken"
    )
    request_id: int = Field(validation_alias="requestId", serialization_alias="requestId")
    report: bool
    clear: bool
    customer_identifier: Omittable[str] = Field(
        default=None,
        validation_alias="customerIdentifier",
        serialization_alias="customerIdentifier",
        max_length=64,
    )


class DataTransferResponse(OcppNullKeepingModel, OcppResponse):
    """Response of ``DataTransfer`` (OCPP 2.0.1), sent by either side.

    Schema: ``2.0.1/DataTransferResponse.json`` (sha256 of the original ``f46816e0d3224884cbd88ead1220b367e925de5270c90f08704ea4645b341fad``).
    """

    null_fields: ClassVar[tuple[str, ...]] = ("data",)
    ocpp_action: ClassVar[str] = "DataTransfer"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    status: DataTransferStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )
    data: JsonData = None


class DataTransferRequest(OcppNullKeepingModel, V201Request[DataTransferResponse]):
    """Request of ``DataTransfer`` (OCPP 2.0.1), sent by either side.

    Schema: ``2.0.1/DataTransferRequest.json`` (sha256 of the original ``53ca1c866078198083ba1689c44fd58e6973833f47d84387d7b19cb46e848856``).
    """

    null_fields: ClassVar[tuple[str, ...]] = ("data",)
    ocpp_action: ClassVar[str] = "DataTransfer"
    response_type: ClassVar[type[DataTransferResponse]] = DataTransferResponse

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    message_id: Omittable[str] = Field(
        default=None, validation_alias="messageId", serialization_alias="messageId", max_length=50
    )
    data: JsonData = None
    vendor_id: str = Field(
        validation_alias="vendorId", serialization_alias="vendorId", max_length=255
    )


class DeleteCertificateResponse(OcppResponse):
    """Response of ``DeleteCertificate`` (OCPP 2.0.1), sent by the charging station.

    Schema: ``2.0.1/DeleteCertificateResponse.json`` (sha256 of the original ``4fc65b28ba67cdfa985bbcbcce0b02a2dea35c39fd5f9dfbf2c436bad22a6977``).
    """

    ocpp_action: ClassVar[str] = "DeleteCertificate"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    status: DeleteCertificateStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )


class DeleteCertificateRequest(V201Request[DeleteCertificateResponse]):
    """Request of ``DeleteCertificate`` (OCPP 2.0.1), sent by the CSMS.

    Schema: ``2.0.1/DeleteCertificateRequest.json`` (sha256 of the original ``d7f871ff013cd24d761db97439ac460157eae61c066e7963cb2332f5d468f7c1``).
    """

    ocpp_action: ClassVar[str] = "DeleteCertificate"
    response_type: ClassVar[type[DeleteCertificateResponse]] = DeleteCertificateResponse

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    certificate_hash_data: CertificateHashData = Field(
        validation_alias="certificateHashData", serialization_alias="certificateHashData"
    )


class FirmwareStatusNotificationResponse(OcppResponse):
    """Response of ``FirmwareStatusNotification`` (OCPP 2.0.1), sent by the CSMS.

    Schema: ``2.0.1/FirmwareStatusNotificationResponse.json`` (sha256 of the original ``b5308440a33ed30bc16da9eb58f79b6cb7feaa9f502bf7b943f3125f56bec0cb``).
    """

    ocpp_action: ClassVar[str] = "FirmwareStatusNotification"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class FirmwareStatusNotificationRequest(V201Request[FirmwareStatusNotificationResponse]):
    """Request of ``FirmwareStatusNotification`` (OCPP 2.0.1), sent by the charging station.

    Schema: ``2.0.1/FirmwareStatusNotificationRequest.json`` (sha256 of the original ``9b29438c08c1fc7f7f41f7ef6dae890f845efb0aa6763506c2a76ba1c379a0ec``).
    """

    ocpp_action: ClassVar[str] = "FirmwareStatusNotification"
    response_type: ClassVar[type[FirmwareStatusNotificationResponse]] = (
        FirmwareStatusNotificationResponse
    )

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    status: FirmwareStatusEnum
    request_id: Omittable[int] = Field(
        default=None, validation_alias="requestId", serialization_alias="requestId"
    )


class Get15118EVCertificateResponse(OcppResponse):
    """Response of ``Get15118EVCertificate`` (OCPP 2.0.1), sent by the CSMS.

    Schema: ``2.0.1/Get15118EVCertificateResponse.json`` (sha256 of the original ``0cca792769975120ed999b1643c2ff22e13e75d571a8fcb9b594b8bf06c278a5``).
    """

    ocpp_action: ClassVar[str] = "Get15118EVCertificate"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    status: Iso15118EVCertificateStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )
    exi_response: str = Field(
        validation_alias="exiResponse", serialization_alias="exiResponse", max_length=5600
    )


class Get15118EVCertificateRequest(V201Request[Get15118EVCertificateResponse]):
    """Request of ``Get15118EVCertificate`` (OCPP 2.0.1), sent by the charging station.

    Schema: ``2.0.1/Get15118EVCertificateRequest.json`` (sha256 of the original ``c10df11633777b016d6e21588520045874bb96b78e961c7554fd5f805c363ba1``).
    """

    ocpp_action: ClassVar[str] = "Get15118EVCertificate"
    response_type: ClassVar[type[Get15118EVCertificateResponse]] = Get15118EVCertificateResponse

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    iso15118_schema_version: str = Field(
        validation_alias="iso15118SchemaVersion",
        serialization_alias="iso15118SchemaVersion",
        max_length=50,
    )
    action: CertificateActionEnum
    exi_request: str = Field(
        validation_alias="exiRequest", serialization_alias="exiRequest", max_length=5600
    )


class GetBaseReportResponse(OcppResponse):
    """Response of ``GetBaseReport`` (OCPP 2.0.1), sent by the charging station.

    Schema: ``2.0.1/GetBaseReportResponse.json`` (sha256 of the original ``5533e9ee071dcafb7f250bd939a48e6bd9a18de9311b16205f424f1c7d47381a``).
    """

    ocpp_action: ClassVar[str] = "GetBaseReport"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    status: GenericDeviceModelStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )


class GetBaseReportRequest(V201Request[GetBaseReportResponse]):
    """Request of ``GetBaseReport`` (OCPP 2.0.1), sent by the CSMS.

    Schema: ``2.0.1/GetBaseReportRequest.json`` (sha256 of the original ``0ab398672b69b79d82ed2aa6314a008614618500abcefbae2d8dd708b1597ab1``).
    """

    ocpp_action: ClassVar[str] = "GetBaseReport"
    response_type: ClassVar[type[GetBaseReportResponse]] = GetBaseReportResponse

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    request_id: int = Field(validation_alias="requestId", serialization_alias="requestId")
    report_base: ReportBaseEnum = Field(
        validation_alias="reportBase", serialization_alias="reportBase"
    )


class GetCertificateStatusResponse(OcppResponse):
    """Response of ``GetCertificateStatus`` (OCPP 2.0.1), sent by the CSMS.

    Schema: ``2.0.1/GetCertificateStatusResponse.json`` (sha256 of the original ``fc430997bedaf4fd1cb7e3d7e8851b3e015c6ece9bff014c786ed7be8250fdde``).
    """

    ocpp_action: ClassVar[str] = "GetCertificateStatus"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    status: GetCertificateStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )
    ocsp_result: Omittable[str] = Field(
        default=None,
        validation_alias="ocspResult",
        serialization_alias="ocspResult",
        max_length=5500,
    )


class GetCertificateStatusRequest(V201Request[GetCertificateStatusResponse]):
    """Request of ``GetCertificateStatus`` (OCPP 2.0.1), sent by the charging station.

    Schema: ``2.0.1/GetCertificateStatusRequest.json`` (sha256 of the original ``9113a3faebd7d734db41edfd9e849d759c1829af165f194a75f4b35d5760088e``).
    """

    ocpp_action: ClassVar[str] = "GetCertificateStatus"
    response_type: ClassVar[type[GetCertificateStatusResponse]] = GetCertificateStatusResponse

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    ocsp_request_data: OCSPRequestData = Field(
        validation_alias="ocspRequestData", serialization_alias="ocspRequestData"
    )


class GetChargingProfilesResponse(OcppResponse):
    """Response of ``GetChargingProfiles`` (OCPP 2.0.1), sent by the charging station.

    Schema: ``2.0.1/GetChargingProfilesResponse.json`` (sha256 of the original ``2ccb8d6f82f99a7885982cb3609abb8050c021d2713fd62ce9045e758a2506a2``).
    """

    ocpp_action: ClassVar[str] = "GetChargingProfiles"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    status: GetChargingProfileStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )


class GetChargingProfilesRequest(V201Request[GetChargingProfilesResponse]):
    """Request of ``GetChargingProfiles`` (OCPP 2.0.1), sent by the CSMS.

    Schema: ``2.0.1/GetChargingProfilesRequest.json`` (sha256 of the original ``a08efa0af98bd85b7b172295d79d59d3a7b19c3e258b04c00985c0ce5d899921``).
    """

    ocpp_action: ClassVar[str] = "GetChargingProfiles"
    response_type: ClassVar[type[GetChargingProfilesResponse]] = GetChargingProfilesResponse

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    request_id: int = Field(validation_alias="requestId", serialization_alias="requestId")
    evse_id: Omittable[int] = Field(
        default=None, validation_alias="evseId", serialization_alias="evseId"
    )
    charging_profile: ChargingProfileCriterion = Field(
        validation_alias="chargingProfile", serialization_alias="chargingProfile"
    )


class GetCompositeScheduleResponse(OcppResponse):
    """Response of ``GetCompositeSchedule`` (OCPP 2.0.1), sent by the charging station.

    Schema: ``2.0.1/GetCompositeScheduleResponse.json`` (sha256 of the original ``1167b0875328eef0b02567c86c51778992acf698b4f6669e5d07a3b26b1961c2``).
    """

    ocpp_action: ClassVar[str] = "GetCompositeSchedule"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    status: GenericStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )
    schedule: Omittable[CompositeSchedule] = None


class GetCompositeScheduleRequest(V201Request[GetCompositeScheduleResponse]):
    """Request of ``GetCompositeSchedule`` (OCPP 2.0.1), sent by the CSMS.

    Schema: ``2.0.1/GetCompositeScheduleRequest.json`` (sha256 of the original ``1b8343197505b1ae3d78b2006d709d5784840ccaa39cb1e5ebcd26a37afaad4c``).
    """

    ocpp_action: ClassVar[str] = "GetCompositeSchedule"
    response_type: ClassVar[type[GetCompositeScheduleResponse]] = GetCompositeScheduleResponse

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    duration: int
    charging_rate_unit: Omittable[ChargingRateUnitEnum] = Field(
        default=None, validation_alias="chargingRateUnit", serialization_alias="chargingRateUnit"
    )
    evse_id: int = Field(validation_alias="evseId", serialization_alias="evseId")


class GetDisplayMessagesResponse(OcppResponse):
    """Response of ``GetDisplayMessages`` (OCPP 2.0.1), sent by the charging station.

    Schema: ``2.0.1/GetDisplayMessagesResponse.json`` (sha256 of the original ``57245cf0be54fc3e7d547aa634866135b805f0c7622da23d0334d43418ac5a3e``).
    """

    ocpp_action: ClassVar[str] = "GetDisplayMessages"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    status: GetDisplayMessagesStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )


class GetDisplayMessagesRequest(V201Request[GetDisplayMessagesResponse]):
    """Request of ``GetDisplayMessages`` (OCPP 2.0.1), sent by the CSMS.

    Schema: ``2.0.1/GetDisplayMessagesRequest.json`` (sha256 of the original ``3cc92638bd84ac3316fec3c77bba78ba6f74ee4e464d4e3c3d0df17a6e80df8f``).
    """

    ocpp_action: ClassVar[str] = "GetDisplayMessages"
    response_type: ClassVar[type[GetDisplayMessagesResponse]] = GetDisplayMessagesResponse

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    id: Omittable[list[int]] = Field(default=None, min_length=1)
    request_id: int = Field(validation_alias="requestId", serialization_alias="requestId")
    priority: Omittable[MessagePriorityEnum] = None
    state: Omittable[MessageStateEnum] = None


class GetInstalledCertificateIdsResponse(OcppResponse):
    """Response of ``GetInstalledCertificateIds`` (OCPP 2.0.1), sent by the charging station.

    Schema: ``2.0.1/GetInstalledCertificateIdsResponse.json`` (sha256 of the original ``84ad04538e6d7129d33eabb81c28a86a12fac096b5abf223e5291df9e177f750``).
    """

    ocpp_action: ClassVar[str] = "GetInstalledCertificateIds"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    status: GetInstalledCertificateStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )
    certificate_hash_data_chain: Omittable[list[CertificateHashDataChain]] = Field(
        default=None,
        validation_alias="certificateHashDataChain",
        serialization_alias="certificateHashDataChain",
        min_length=1,
    )


class GetInstalledCertificateIdsRequest(V201Request[GetInstalledCertificateIdsResponse]):
    """Request of ``GetInstalledCertificateIds`` (OCPP 2.0.1), sent by the CSMS.

    Schema: ``2.0.1/GetInstalledCertificateIdsRequest.json`` (sha256 of the original ``2b5bfcd132aa3ce576989cb7b5a61f021d250eb55ffefc0d9dc8b15fddeb2a20``).
    """

    ocpp_action: ClassVar[str] = "GetInstalledCertificateIds"
    response_type: ClassVar[type[GetInstalledCertificateIdsResponse]] = (
        GetInstalledCertificateIdsResponse
    )

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    certificate_type: Omittable[list[GetCertificateIdUseEnum]] = Field(
        default=None,
        validation_alias="certificateType",
        serialization_alias="certificateType",
        min_length=1,
    )


class GetLocalListVersionResponse(OcppResponse):
    """Response of ``GetLocalListVersion`` (OCPP 2.0.1), sent by the charging station.

    Schema: ``2.0.1/GetLocalListVersionResponse.json`` (sha256 of the original ``cbccf23e212b61cf6eb3d47d31f703a2f3d29f25fb7d496966425335758165b3``).
    """

    ocpp_action: ClassVar[str] = "GetLocalListVersion"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    version_number: int = Field(
        validation_alias="versionNumber", serialization_alias="versionNumber"
    )


class GetLocalListVersionRequest(V201Request[GetLocalListVersionResponse]):
    """Request of ``GetLocalListVersion`` (OCPP 2.0.1), sent by the CSMS.

    Schema: ``2.0.1/GetLocalListVersionRequest.json`` (sha256 of the original ``41450957444da1834e200762b54557a1caba3b9ec8483b2f001aa0dc5e69ea67``).
    """

    ocpp_action: ClassVar[str] = "GetLocalListVersion"
    response_type: ClassVar[type[GetLocalListVersionResponse]] = GetLocalListVersionResponse

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class GetLogResponse(OcppResponse):
    """Response of ``GetLog`` (OCPP 2.0.1), sent by the charging station.

    Schema: ``2.0.1/GetLogResponse.json`` (sha256 of the original ``29f3ffd4c80873f7eaf1b4ab18f2aa3b99dec30b1a3f8992d5fa15fd28fc76f0``).
    """

    ocpp_action: ClassVar[str] = "GetLog"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    status: LogStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )
    filename: Omittable[str] = Field(default=None, max_length=255)


class GetLogRequest(V201Request[GetLogResponse]):
    """Request of ``GetLog`` (OCPP 2.0.1), sent by the CSMS.

    Schema: ``2.0.1/GetLogRequest.json`` (sha256 of the original ``fb9ba50c82f1d541f4902eaad93f0b06fa3d074f65b8788473ac3bdfeda18b39``).
    """

    ocpp_action: ClassVar[str] = "GetLog"
    response_type: ClassVar[type[GetLogResponse]] = GetLogResponse

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    log: LogParameters
    log_type: LogEnum = Field(validation_alias="logType", serialization_alias="logType")
    request_id: int = Field(validation_alias="requestId", serialization_alias="requestId")
    retries: Omittable[int] = None
    retry_interval: Omittable[int] = Field(
        default=None, validation_alias="retryInterval", serialization_alias="retryInterval"
    )


class GetMonitoringReportResponse(OcppResponse):
    """Response of ``GetMonitoringReport`` (OCPP 2.0.1), sent by the charging station.

    Schema: ``2.0.1/GetMonitoringReportResponse.json`` (sha256 of the original ``c6add8441b70b41d1d5fadcb7fe6132f238a1de883cd1706cd64cbe296045dd6``).
    """

    ocpp_action: ClassVar[str] = "GetMonitoringReport"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    status: GenericDeviceModelStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )


class GetMonitoringReportRequest(V201Request[GetMonitoringReportResponse]):
    """Request of ``GetMonitoringReport`` (OCPP 2.0.1), sent by the CSMS.

    Schema: ``2.0.1/GetMonitoringReportRequest.json`` (sha256 of the original ``4767867ec5eb9f5ffd9c3d1e4ed5e38f3891b04d49f27c9b19dcab0630f6cc0b``).
    """

    ocpp_action: ClassVar[str] = "GetMonitoringReport"
    response_type: ClassVar[type[GetMonitoringReportResponse]] = GetMonitoringReportResponse

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    component_variable: Omittable[list[ComponentVariable]] = Field(
        default=None,
        validation_alias="componentVariable",
        serialization_alias="componentVariable",
        min_length=1,
    )
    request_id: int = Field(validation_alias="requestId", serialization_alias="requestId")
    monitoring_criteria: Omittable[list[MonitoringCriterionEnum]] = Field(
        default=None,
        validation_alias="monitoringCriteria",
        serialization_alias="monitoringCriteria",
        min_length=1,
        max_length=3,
    )


class GetReportResponse(OcppResponse):
    """Response of ``GetReport`` (OCPP 2.0.1), sent by the charging station.

    Schema: ``2.0.1/GetReportResponse.json`` (sha256 of the original ``fb5dd7ec507a503a78df9b3128a4cdac180b4ef0d49e151c17932d2d0c0d086b``).
    """

    ocpp_action: ClassVar[str] = "GetReport"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    status: GenericDeviceModelStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )


class GetReportRequest(V201Request[GetReportResponse]):
    """Request of ``GetReport`` (OCPP 2.0.1), sent by the CSMS.

    Schema: ``2.0.1/GetReportRequest.json`` (sha256 of the original ``2ba1b0b6965ef964eee13ac6e712dab91424d3eb1af1f68b852847bd8a35a6f4``).
    """

    ocpp_action: ClassVar[str] = "GetReport"
    response_type: ClassVar[type[GetReportResponse]] = GetReportResponse

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    component_variable: Omittable[list[ComponentVariable]] = Field(
        default=None,
        validation_alias="componentVariable",
        serialization_alias="componentVariable",
        min_length=1,
    )
    request_id: int = Field(validation_alias="requestId", serialization_alias="requestId")
    component_criteria: Omittable[list[ComponentCriterionEnum]] = Field(
        default=None,
        validation_alias="componentCriteria",
        serialization_alias="componentCriteria",
        min_length=1,
        max_length=4,
    )


class GetTransactionStatusResponse(OcppResponse):
    """Response of ``GetTransactionStatus`` (OCPP 2.0.1), sent by the charging station.

    Schema: ``2.0.1/GetTransactionStatusResponse.json`` (sha256 of the original ``6a37f795f3150409c5663b934e4fee7e868d1477847f1469fa8ef232a72c0d36``).
    """

    ocpp_action: ClassVar[str] = "GetTransactionStatus"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    ongoing_indicator: Omittable[bool] = Field(
        default=None, validation_alias="ongoingIndicator", serialization_alias="ongoingIndicator"
    )
    messages_in_queue: bool = Field(
        validation_alias="messagesInQueue", serialization_alias="messagesInQueue"
    )


class GetTransactionStatusRequest(V201Request[GetTransactionStatusResponse]):
    """Request of ``GetTransactionStatus`` (OCPP 2.0.1), sent by the CSMS.

    Schema: ``2.0.1/GetTransactionStatusRequest.json`` (sha256 of the original ``144833020046005c45e5cec601b222fbdce10db1fa2c9735bb2395e9096af636``).
    """

    ocpp_action: ClassVar[str] = "GetTransactionStatus"
    response_type: ClassVar[type[GetTransactionStatusResponse]] = GetTransactionStatusResponse

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    transaction_id: Omittable[str] = Field(
        default=None,
        validation_alias="transactionId",
        serialization_alias="transactionId",
        max_length=36,
    )


class GetVariablesResponse(OcppResponse):
    """Response of ``GetVariables`` (OCPP 2.0.1), sent by the charging station.

    Schema: ``2.0.1/GetVariablesResponse.json`` (sha256 of the original ``b8a9041c2f2cc9ae204c30ce607af010bdfffb5a71df77fc2297eb8d5ac6e0d2``).
    """

    ocpp_action: ClassVar[str] = "GetVariables"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    get_variable_result: list[GetVariableResult] = Field(
        validation_alias="getVariableResult", serialization_alias="getVariableResult", min_length=1
    )


class GetVariablesRequest(V201Request[GetVariablesResponse]):
    """Request of ``GetVariables`` (OCPP 2.0.1), sent by the CSMS.

    Schema: ``2.0.1/GetVariablesRequest.json`` (sha256 of the original ``cca5be632833ea3830b6ebb998e1f17680166c4223782934724ccc2ddfcfbb50``).
    """

    ocpp_action: ClassVar[str] = "GetVariables"
    response_type: ClassVar[type[GetVariablesResponse]] = GetVariablesResponse

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    get_variable_data: list[GetVariableData] = Field(
        validation_alias="getVariableData", serialization_alias="getVariableData", min_length=1
    )


class HeartbeatResponse(OcppResponse):
    """Response of ``Heartbeat`` (OCPP 2.0.1), sent by the CSMS.

    Schema: ``2.0.1/HeartbeatResponse.json`` (sha256 of the original ``77957bfad5a7adec2bbc8071b9813cb918888c3ad12b7d1e9741ba9bf49d764d``).
    """

    ocpp_action: ClassVar[str] = "Heartbeat"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    current_time: DateTime = Field(
        validation_alias="currentTime", serialization_alias="currentTime"
    )


class HeartbeatRequest(V201Request[HeartbeatResponse]):
    """Request of ``Heartbeat`` (OCPP 2.0.1), sent by the charging station.

    Schema: ``2.0.1/HeartbeatRequest.json`` (sha256 of the original ``c36a20fb3e26e6eea624838336fc6325ceff1ab83d1ea17d69d32724bea48ea6``).
    """

    ocpp_action: ClassVar[str] = "Heartbeat"
    response_type: ClassVar[type[HeartbeatResponse]] = HeartbeatResponse

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class InstallCertificateResponse(OcppResponse):
    """Response of ``InstallCertificate`` (OCPP 2.0.1), sent by the charging station.

    Schema: ``2.0.1/InstallCertificateResponse.json`` (sha256 of the original ``568f0118341ed82ca8bd6756437ca3ac2bf57bc8e6bf205664bd96f9c2af89ec``).
    """

    ocpp_action: ClassVar[str] = "InstallCertificate"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    status: InstallCertificateStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )


class InstallCertificateRequest(V201Request[InstallCertificateResponse]):
    """Request of ``InstallCertificate`` (OCPP 2.0.1), sent by the CSMS.

    Schema: ``2.0.1/InstallCertificateRequest.json`` (sha256 of the original ``bbd67e49e6eae6871daf389fb6272ffe80a1b45bd12ee2335c4fb60f90ac1f3c``).
    """

    ocpp_action: ClassVar[str] = "InstallCertificate"
    response_type: ClassVar[type[InstallCertificateResponse]] = InstallCertificateResponse

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    certificate_type: InstallCertificateUseEnum = Field(
        validation_alias="certificateType", serialization_alias="certificateType"
    )
    certificate: str = Field(max_length=5500)


class LogStatusNotificationResponse(OcppResponse):
    """Response of ``LogStatusNotification`` (OCPP 2.0.1), sent by the CSMS.

    Schema: ``2.0.1/LogStatusNotificationResponse.json`` (sha256 of the original ``4a1a8850d260197fa10626a458d363a87270f7b5a43319374a7e0721fde09074``).
    """

    ocpp_action: ClassVar[str] = "LogStatusNotification"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class LogStatusNotificationRequest(V201Request[LogStatusNotificationResponse]):
    """Request of ``LogStatusNotification`` (OCPP 2.0.1), sent by the charging station.

    Schema: ``2.0.1/LogStatusNotificationRequest.json`` (sha256 of the original ``59e53cd94febda6d91076fce1d2729ed4c11c21963c71b97ae9d7b3aa5103709``).
    """

    ocpp_action: ClassVar[str] = "LogStatusNotification"
    response_type: ClassVar[type[LogStatusNotificationResponse]] = LogStatusNotificationResponse

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    status: UploadLogStatusEnum
    request_id: Omittable[int] = Field(
        default=None, validation_alias="requestId", serialization_alias="requestId"
    )


class MeterValuesResponse(OcppResponse):
    """Response of ``MeterValues`` (OCPP 2.0.1), sent by the CSMS.

    Schema: ``2.0.1/MeterValuesResponse.json`` (sha256 of the original ``a5ab9826310a69aa569a1591de351c441b9a7f49d3e85eee7a437c859a87d716``).
    """

    ocpp_action: ClassVar[str] = "MeterValues"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class MeterValuesRequest(V201Request[MeterValuesResponse]):
    """Request of ``MeterValues`` (OCPP 2.0.1), sent by the charging station.

    Schema: ``2.0.1/MeterValuesRequest.json`` (sha256 of the original ``bf6deb85700716e8a9363048468ea35433034432d7046a23d356466f75c5db41``).
    """

    ocpp_action: ClassVar[str] = "MeterValues"
    response_type: ClassVar[type[MeterValuesResponse]] = MeterValuesResponse

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    evse_id: int = Field(validation_alias="evseId", serialization_alias="evseId")
    meter_value: list[MeterValue] = Field(
        validation_alias="meterValue", serialization_alias="meterValue", min_length=1
    )


class NotifyChargingLimitResponse(OcppResponse):
    """Response of ``NotifyChargingLimit`` (OCPP 2.0.1), sent by the CSMS.

    Schema: ``2.0.1/NotifyChargingLimitResponse.json`` (sha256 of the original ``617c45cdf576e0aab55d9cb7631862b5367e41139718d71faaa5a41748364b9c``).
    """

    ocpp_action: ClassVar[str] = "NotifyChargingLimit"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class NotifyChargingLimitRequest(V201Request[NotifyChargingLimitResponse]):
    """Request of ``NotifyChargingLimit`` (OCPP 2.0.1), sent by the charging station.

    Schema: ``2.0.1/NotifyChargingLimitRequest.json`` (sha256 of the original ``577073990a9d07051df73c473671428ed6f4a1ff300b93af2b9d2a46d01115cb``).
    """

    ocpp_action: ClassVar[str] = "NotifyChargingLimit"
    response_type: ClassVar[type[NotifyChargingLimitResponse]] = NotifyChargingLimitResponse

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    charging_schedule: Omittable[list[ChargingSchedule]] = Field(
        default=None,
        validation_alias="chargingSchedule",
        serialization_alias="chargingSchedule",
        min_length=1,
    )
    evse_id: Omittable[int] = Field(
        default=None, validation_alias="evseId", serialization_alias="evseId"
    )
    charging_limit: ChargingLimit = Field(
        validation_alias="chargingLimit", serialization_alias="chargingLimit"
    )


class NotifyCustomerInformationResponse(OcppResponse):
    """Response of ``NotifyCustomerInformation`` (OCPP 2.0.1), sent by the CSMS.

    Schema: ``2.0.1/NotifyCustomerInformationResponse.json`` (sha256 of the original ``81b38d925903425e62b5141fced80405698dce2596cb88d43d6ac5d1f2568bd3``).
    """

    ocpp_action: ClassVar[str] = "NotifyCustomerInformation"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class NotifyCustomerInformationRequest(V201Request[NotifyCustomerInformationResponse]):
    """Request of ``NotifyCustomerInformation`` (OCPP 2.0.1), sent by the charging station.

    Schema: ``2.0.1/NotifyCustomerInformationRequest.json`` (sha256 of the original ``cd036b2828af2a2028ee675955a84828ea3f629b31a30e19cfe525e7e897a1a9``).
    """

    ocpp_action: ClassVar[str] = "NotifyCustomerInformation"
    response_type: ClassVar[type[NotifyCustomerInformationResponse]] = (
        NotifyCustomerInformationResponse
    )

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    data: str = Field(max_length=512)
    tbc: Omittable[bool] = None
    seq_no: int = Field(validation_alias="seqNo", serialization_alias="seqNo")
    generated_at: DateTime = Field(
        validation_alias="generatedAt", serialization_alias="generatedAt"
    )
    request_id: int = Field(validation_alias="requestId", serialization_alias="requestId")


class NotifyDisplayMessagesResponse(OcppResponse):
    """Response of ``NotifyDisplayMessages`` (OCPP 2.0.1), sent by the CSMS.

    Schema: ``2.0.1/NotifyDisplayMessagesResponse.json`` (sha256 of the original ``adc67b3e31212397bfdc7216d83aaa49db2c56c041d37d04f38286fa0767bb34``).
    """

    ocpp_action: ClassVar[str] = "NotifyDisplayMessages"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class NotifyDisplayMessagesRequest(V201Request[NotifyDisplayMessagesResponse]):
    """Request of ``NotifyDisplayMessages`` (OCPP 2.0.1), sent by the charging station.

    Schema: ``2.0.1/NotifyDisplayMessagesRequest.json`` (sha256 of the original ``f72cc007ec35a8b7dad619829b05ef574c9e358aa11364c9b84320eecb7b1e2d``).
    """

    ocpp_action: ClassVar[str] = "NotifyDisplayMessages"
    response_type: ClassVar[type[NotifyDisplayMessagesResponse]] = NotifyDisplayMessagesResponse

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    message_info: Omittable[list[MessageInfo]] = Field(
        default=None,
        validation_alias="messageInfo",
        serialization_alias="messageInfo",
        min_length=1,
    )
    request_id: int = Field(validation_alias="requestId", serialization_alias="requestId")
    tbc: Omittable[bool] = None


class NotifyEVChargingNeedsResponse(OcppResponse):
    """Response of ``NotifyEVChargingNeeds`` (OCPP 2.0.1), sent by the CSMS.

    Schema: ``2.0.1/NotifyEVChargingNeedsResponse.json`` (sha256 of the original ``835923db28d011b189e0a4b28bbfeb142f81bd09e712646dc9de9f133283fafa``).
    """

    ocpp_action: ClassVar[str] = "NotifyEVChargingNeeds"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    status: NotifyEVChargingNeedsStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )


class NotifyEVChargingNeedsRequest(V201Request[NotifyEVChargingNeedsResponse]):
    """Request of ``NotifyEVChargingNeeds`` (OCPP 2.0.1), sent by the charging station.

    Schema: ``2.0.1/NotifyEVChargingNeedsRequest.json`` (sha256 of the original ``9084c8d497ce67d7b23d929a5656810e0e6c7ecde61414ba4c3ee1def02bf5e6``).
    """

    ocpp_action: ClassVar[str] = "NotifyEVChargingNeeds"
    response_type: ClassVar[type[NotifyEVChargingNeedsResponse]] = NotifyEVChargingNeedsResponse

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    max_schedule_tuples: Omittable[int] = Field(
        default=None, validation_alias="maxScheduleTuples", serialization_alias="maxScheduleTuples"
    )
    charging_needs: ChargingNeeds = Field(
        validation_alias="chargingNeeds", serialization_alias="chargingNeeds"
    )
    evse_id: int = Field(validation_alias="evseId", serialization_alias="evseId")


class NotifyEVChargingScheduleResponse(OcppResponse):
    """Response of ``NotifyEVChargingSchedule`` (OCPP 2.0.1), sent by the CSMS.

    Schema: ``2.0.1/NotifyEVChargingScheduleResponse.json`` (sha256 of the original ``864a530bc32e7c695773f854c832a5ec5ce688a5f277afba1d6463cf9088eb15``).
    """

    ocpp_action: ClassVar[str] = "NotifyEVChargingSchedule"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    status: GenericStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )


class NotifyEVChargingScheduleRequest(V201Request[NotifyEVChargingScheduleResponse]):
    """Request of ``NotifyEVChargingSchedule`` (OCPP 2.0.1), sent by the charging station.

    Schema: ``2.0.1/NotifyEVChargingScheduleRequest.json`` (sha256 of the original ``29f99ee6b94da9137c3af11d2dae9dd2b80b158d0fa7b682eef74af6299bf885``).
    """

    ocpp_action: ClassVar[str] = "NotifyEVChargingSchedule"
    response_type: ClassVar[type[NotifyEVChargingScheduleResponse]] = (
        NotifyEVChargingScheduleResponse
    )

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    time_base: DateTime = Field(validation_alias="timeBase", serialization_alias="timeBase")
    charging_schedule: ChargingSchedule = Field(
        validation_alias="chargingSchedule", serialization_alias="chargingSchedule"
    )
    evse_id: int = Field(validation_alias="evseId", serialization_alias="evseId")


class NotifyEventResponse(OcppResponse):
    """Response of ``NotifyEvent`` (OCPP 2.0.1), sent by the CSMS.

    Schema: ``2.0.1/NotifyEventResponse.json`` (sha256 of the original ``c7b841b82dc440cfd3076c842b0138bf068eaca26a5792ead8f4f7bcdc5ea7fc``).
    """

    ocpp_action: ClassVar[str] = "NotifyEvent"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class NotifyEventRequest(V201Request[NotifyEventResponse]):
    """Request of ``NotifyEvent`` (OCPP 2.0.1), sent by the charging station.

    Schema: ``2.0.1/NotifyEventRequest.json`` (sha256 of the original ``b5402ef299bd662cbb4b6f516c744be5f2dbf6d5029860aa802891b61607b337``).
    """

    ocpp_action: ClassVar[str] = "NotifyEvent"
    response_type: ClassVar[type[NotifyEventResponse]] = NotifyEventResponse

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    generated_at: DateTime = Field(
        validation_alias="generatedAt", serialization_alias="generatedAt"
    )
    tbc: Omittable[bool] = None
    seq_no: int = Field(validation_alias="seqNo", serialization_alias="seqNo")
    event_data: list[EventData] = Field(
        validation_alias="eventData", serialization_alias="eventData", min_length=1
    )


class NotifyMonitoringReportResponse(OcppResponse):
    """Response of ``NotifyMonitoringReport`` (OCPP 2.0.1), sent by the CSMS.

    Schema: ``2.0.1/NotifyMonitoringReportResponse.json`` (sha256 of the original ``a94de81027217ed6eb6df4c39c2f14f8cfae51ed281146fce13517a0cdddc7fc``).
    """

    ocpp_action: ClassVar[str] = "NotifyMonitoringReport"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class NotifyMonitoringReportRequest(V201Request[NotifyMonitoringReportResponse]):
    """Request of ``NotifyMonitoringReport`` (OCPP 2.0.1), sent by the charging station.

    Schema: ``2.0.1/NotifyMonitoringReportRequest.json`` (sha256 of the original ``36b4d15e95cfc72d598c10e12557470d17ecf3aa0997a6699c457c54d793da78``).
    """

    ocpp_action: ClassVar[str] = "NotifyMonitoringReport"
    response_type: ClassVar[type[NotifyMonitoringReportResponse]] = NotifyMonitoringReportResponse

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    monitor: Omittable[list[MonitoringData]] = Field(default=None, min_length=1)
    request_id: int = Field(validation_alias="requestId", serialization_alias="requestId")
    tbc: Omittable[bool] = None
    seq_no: int = Field(validation_alias="seqNo", serialization_alias="seqNo")
    generated_at: DateTime = Field(
        validation_alias="generatedAt", serialization_alias="generatedAt"
    )


class NotifyReportResponse(OcppResponse):
    """Response of ``NotifyReport`` (OCPP 2.0.1), sent by the CSMS.

    Schema: ``2.0.1/NotifyReportResponse.json`` (sha256 of the original ``415649cf2369ff8cd394744fc8567186c4a4788e55196ce6300b4d378bda5bb1``).
    """

    ocpp_action: ClassVar[str] = "NotifyReport"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class NotifyReportRequest(V201Request[NotifyReportResponse]):
    """Request of ``NotifyReport`` (OCPP 2.0.1), sent by the charging station.

    Schema: ``2.0.1/NotifyReportRequest.json`` (sha256 of the original ``8cde1d03bd2c5a03e5415ca4496b999b5dd75ed80a22f1cf619e6359a05e556b``).
    """

    ocpp_action: ClassVar[str] = "NotifyReport"
    response_type: ClassVar[type[NotifyReportResponse]] = NotifyReportResponse

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    request_id: int = Field(validation_alias="requestId", serialization_alias="requestId")
    generated_at: DateTime = Field(
        validation_alias="generatedAt", serialization_alias="generatedAt"
    )
    report_data: Omittable[list[ReportData]] = Field(
        default=None, validation_alias="reportData", serialization_alias="reportData", min_length=1
    )
    tbc: Omittable[bool] = None
    seq_no: int = Field(validation_alias="seqNo", serialization_alias="seqNo")


class PublishFirmwareResponse(OcppResponse):
    """Response of ``PublishFirmware`` (OCPP 2.0.1), sent by the charging station.

    Schema: ``2.0.1/PublishFirmwareResponse.json`` (sha256 of the original ``7cecd77587b637ede7263c7bfd1cb4a448be224ab9cbc9d8e75cdd27d7af7b1d``).
    """

    ocpp_action: ClassVar[str] = "PublishFirmware"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    status: GenericStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )


class PublishFirmwareRequest(V201Request[PublishFirmwareResponse]):
    """Request of ``PublishFirmware`` (OCPP 2.0.1), sent by the CSMS.

    Schema: ``2.0.1/PublishFirmwareRequest.json`` (sha256 of the original ``85f4a541f03e10fbe42f70f4c8ab2f90390e68da79a40e39028b230f12c802c3``).
    """

    ocpp_action: ClassVar[str] = "PublishFirmware"
    response_type: ClassVar[type[PublishFirmwareResponse]] = PublishFirmwareResponse

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    location: str = Field(max_length=512)
    retries: Omittable[int] = None
    checksum: str = Field(max_length=32)
    request_id: int = Field(validation_alias="requestId", serialization_alias="requestId")
    retry_interval: Omittable[int] = Field(
        default=None, validation_alias="retryInterval", serialization_alias="retryInterval"
    )


class PublishFirmwareStatusNotificationResponse(OcppResponse):
    """Response of ``PublishFirmwareStatusNotification`` (OCPP 2.0.1), sent by the CSMS.

    Schema: ``2.0.1/PublishFirmwareStatusNotificationResponse.json`` (sha256 of the original ``279b9c3fff50212fd00d3644fbcba41746086a6e3da8b9357e358c4bd48eef62``).
    """

    ocpp_action: ClassVar[str] = "PublishFirmwareStatusNotification"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class PublishFirmwareStatusNotificationRequest(
    V201Request[PublishFirmwareStatusNotificationResponse]
):
    """Request of ``PublishFirmwareStatusNotification`` (OCPP 2.0.1), sent by the charging station.

    Schema: ``2.0.1/PublishFirmwareStatusNotificationRequest.json`` (sha256 of the original ``f54b66aeee6a1b8f0aa9060c90af16e5bcb4778836a91f645fe723f29dcef1fd``).
    """

    ocpp_action: ClassVar[str] = "PublishFirmwareStatusNotification"
    response_type: ClassVar[type[PublishFirmwareStatusNotificationResponse]] = (
        PublishFirmwareStatusNotificationResponse
    )

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    status: PublishFirmwareStatusEnum
    location: Omittable[list[Annotated[str, Field(max_length=512)]]] = Field(
        default=None, min_length=1
    )
    request_id: Omittable[int] = Field(
        default=None, validation_alias="requestId", serialization_alias="requestId"
    )


class ReportChargingProfilesResponse(OcppResponse):
    """Response of ``ReportChargingProfiles`` (OCPP 2.0.1), sent by the CSMS.

    Schema: ``2.0.1/ReportChargingProfilesResponse.json`` (sha256 of the original ``f2b14ea0ccce131f0aef3e53cd3a2996b68494cf7cade5c1d83564d5ad66ded6``).
    """

    ocpp_action: ClassVar[str] = "ReportChargingProfiles"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class ReportChargingProfilesRequest(V201Request[ReportChargingProfilesResponse]):
    """Request of ``ReportChargingProfiles`` (OCPP 2.0.1), sent by the charging station.

    Schema: ``2.0.1/ReportChargingProfilesRequest.json`` (sha256 of the original ``4b0e2cb832c04e1e293a1d5fe979c968c2f00298f0675868795da3cbe678d110``).
    """

    ocpp_action: ClassVar[str] = "ReportChargingProfiles"
    response_type: ClassVar[type[ReportChargingProfilesResponse]] = ReportChargingProfilesResponse

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    request_id: int = Field(validation_alias="requestId", serialization_alias="requestId")
    charging_limit_source: ChargingLimitSourceEnum = Field(
        validation_alias="chargingLimitSource", serialization_alias="chargingLimitSource"
    )
    charging_profile: list[ChargingProfile] = Field(
        validation_alias="chargingProfile", serialization_alias="chargingProfile", min_length=1
    )
    tbc: Omittable[bool] = None
    evse_id: int = Field(validation_alias="evseId", serialization_alias="evseId")


class RequestStartTransactionResponse(OcppResponse):
    """Response of ``RequestStartTransaction`` (OCPP 2.0.1), sent by the charging station.

    Schema: ``2.0.1/RequestStartTransactionResponse.json`` (sha256 of the original ``8e8eaa1c99e0ce8961dafacee0bf07eb148727c7f2a303ce13f1e4e203d4d30b``).
    """

    ocpp_action: ClassVar[str] = "RequestStartTransaction"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    status: RequestStartStopStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )
    transaction_id: Omittable[str] = Field(
        default=None,
        validation_alias="transactionId",
        serialization_alias="transactionId",
        max_length=36,
    )


class RequestStartTransactionRequest(V201Request[RequestStartTransactionResponse]):
    """Request of ``RequestStartTransaction`` (OCPP 2.0.1), sent by the CSMS.

    Schema: ``2.0.1/RequestStartTransactionRequest.json`` (sha256 of the original ``ca2cf23d52914048f245ef161af25bc6b11e8ac6aa008c69c68323477301737a``).
    """

    ocpp_action: ClassVar[str] = "RequestStartTransaction"
    response_type: ClassVar[type[RequestStartTransactionResponse]] = RequestStartTransactionResponse

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    evse_id: Omittable[int] = Field(
        default=None, validation_alias="evseId", serialization_alias="evseId"
    )
    group_id_token: Omittable[IdToken] = Field(
        default=None, validation_alias="groupIdToken", serialization_alias="groupIdToken"
    )
    id_token: IdToken = Field(validation_alias="idToken", serialization_alias="idToken")
    remote_start_id: int = Field(
        validation_alias="remoteStartId", serialization_alias="remoteStartId"
    )
    charging_profile: Omittable[ChargingProfile] = Field(
        default=None, validation_alias="chargingProfile", serialization_alias="chargingProfile"
    )


class RequestStopTransactionResponse(OcppResponse):
    """Response of ``RequestStopTransaction`` (OCPP 2.0.1), sent by the charging station.

    Schema: ``2.0.1/RequestStopTransactionResponse.json`` (sha256 of the original ``c7ee602fd1487b641bacf50e71222f2c5797fea34c7fff71bff563b423a8d5e8``).
    """

    ocpp_action: ClassVar[str] = "RequestStopTransaction"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    status: RequestStartStopStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )


class RequestStopTransactionRequest(V201Request[RequestStopTransactionResponse]):
    """Request of ``RequestStopTransaction`` (OCPP 2.0.1), sent by the CSMS.

    Schema: ``2.0.1/RequestStopTransactionRequest.json`` (sha256 of the original ``a0ed57f8c0c833b63612acdec7835a358a6d76ddf0bc1ce39c6119d92be46e5a``).
    """

    ocpp_action: ClassVar[str] = "RequestStopTransaction"
    response_type: ClassVar[type[RequestStopTransactionResponse]] = RequestStopTransactionResponse

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    transaction_id: str = Field(
        validation_alias="transactionId", serialization_alias="transactionId", max_length=36
    )


class ReservationStatusUpdateResponse(OcppResponse):
    """Response of ``ReservationStatusUpdate`` (OCPP 2.0.1), sent by the CSMS.

    Schema: ``2.0.1/ReservationStatusUpdateResponse.json`` (sha256 of the original ``c6edded43dc0b11d6cc2095a3394ae46a56fa8937f92aa2fbf72e0eb59ef0e65``).
    """

    ocpp_action: ClassVar[str] = "ReservationStatusUpdate"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class ReservationStatusUpdateRequest(V201Request[ReservationStatusUpdateResponse]):
    """Request of ``ReservationStatusUpdate`` (OCPP 2.0.1), sent by the charging station.

    Schema: ``2.0.1/ReservationStatusUpdateRequest.json`` (sha256 of the original ``617c60371eead8665305b40a73383ef826bc839fc4965f0ad167683f8ddb08ac``).
    """

    ocpp_action: ClassVar[str] = "ReservationStatusUpdate"
    response_type: ClassVar[type[ReservationStatusUpdateResponse]] = ReservationStatusUpdateResponse

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    reservation_id: int = Field(
        validation_alias="reservationId", serialization_alias="reservationId"
    )
    reservation_update_status: ReservationUpdateStatusEnum = Field(
        validation_alias="reservationUpdateStatus", serialization_alias="reservationUpdateStatus"
    )


class ReserveNowResponse(OcppResponse):
    """Response of ``ReserveNow`` (OCPP 2.0.1), sent by the charging station.

    Schema: ``2.0.1/ReserveNowResponse.json`` (sha256 of the original ``ff93a16dafb7009c3b89d4142555958611adb47b8683b55da4d885d490006d68``).
    """

    ocpp_action: ClassVar[str] = "ReserveNow"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    status: ReserveNowStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )


class ReserveNowRequest(V201Request[ReserveNowResponse]):
    """Request of ``ReserveNow`` (OCPP 2.0.1), sent by the CSMS.

    Schema: ``2.0.1/ReserveNowRequest.json`` (sha256 of the original ``7edde9070945c425b3f9659081e2c53f678d11e7ff61afd259d22d03446ac2df``).
    """

    ocpp_action: ClassVar[str] = "ReserveNow"
    response_type: ClassVar[type[ReserveNowResponse]] = ReserveNowResponse

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    id: int
    expiry_date_time: DateTime = Field(
        validation_alias="expiryDateTime", serialization_alias="expiryDateTime"
    )
    connector_type: Omittable[ConnectorEnum] = Field(
        default=None, validation_alias="connectorType", serialization_alias="connectorType"
    )
    id_token: IdToken = Field(validation_alias="idToken", serialization_alias="idToken")
    evse_id: Omittable[int] = Field(
        default=None, validation_alias="evseId", serialization_alias="evseId"
    )
    group_id_token: Omittable[IdToken] = Field(
        default=None, validation_alias="groupIdToken", serialization_alias="groupIdToken"
    )


class ResetResponse(OcppResponse):
    """Response of ``Reset`` (OCPP 2.0.1), sent by the charging station.

    Schema: ``2.0.1/ResetResponse.json`` (sha256 of the original ``38d510735ede3306499ed369afdc1a151194ba8ae28638808fbbb621b165ac24``).
    """

    ocpp_action: ClassVar[str] = "Reset"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    status: ResetStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )


class ResetRequest(V201Request[ResetResponse]):
    """Request of ``Reset`` (OCPP 2.0.1), sent by the CSMS.

    Schema: ``2.0.1/ResetRequest.json`` (sha256 of the original ``ed44890a5386fef946cd8682e09c5524adb64cb55aaa22d30a37e267a554267d``).
    """

    ocpp_action: ClassVar[str] = "Reset"
    response_type: ClassVar[type[ResetResponse]] = ResetResponse

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    type: ResetEnum
    evse_id: Omittable[int] = Field(
        default=None, validation_alias="evseId", serialization_alias="evseId"
    )


class SecurityEventNotificationResponse(OcppResponse):
    """Response of ``SecurityEventNotification`` (OCPP 2.0.1), sent by the CSMS.

    Schema: ``2.0.1/SecurityEventNotificationResponse.json`` (sha256 of the original ``66af7b0df04ea82cb14759211da3aacde46dbfbbf169f8b6d637abe653f418ea``).
    """

    ocpp_action: ClassVar[str] = "SecurityEventNotification"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class SecurityEventNotificationRequest(V201Request[SecurityEventNotificationResponse]):
    """Request of ``SecurityEventNotification`` (OCPP 2.0.1), sent by the charging station.

    Schema: ``2.0.1/SecurityEventNotificationRequest.json`` (sha256 of the original ``3972035967992ddbc14d8ad57fdec3bfcb0c8233cf3c8ae1b143e60158aa7c7f``).
    """

    ocpp_action: ClassVar[str] = "SecurityEventNotification"
    response_type: ClassVar[type[SecurityEventNotificationResponse]] = (
        SecurityEventNotificationResponse
    )

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    type: str = Field(max_length=50)
    timestamp: DateTime
    tech_info: Omittable[str] = Field(
        default=None, validation_alias="techInfo", serialization_alias="techInfo", max_length=255
    )


class SendLocalListResponse(OcppResponse):
    """Response of ``SendLocalList`` (OCPP 2.0.1), sent by the charging station.

    Schema: ``2.0.1/SendLocalListResponse.json`` (sha256 of the original ``45ef6455c6bfd1d6041062323ac10b33b3c439fe4815bc7f311f2c98b55dff48``).
    """

    ocpp_action: ClassVar[str] = "SendLocalList"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    status: SendLocalListStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )


class SendLocalListRequest(V201Request[SendLocalListResponse]):
    """Request of ``SendLocalList`` (OCPP 2.0.1), sent by the CSMS.

    Schema: ``2.0.1/SendLocalListRequest.json`` (sha256 of the original ``4e596d153c83ba8e92ddeb31343b21c54f7c70bc4372930b1c9adbd3cd83ff4f``).
    """

    ocpp_action: ClassVar[str] = "SendLocalList"
    response_type: ClassVar[type[SendLocalListResponse]] = SendLocalListResponse

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    local_authorization_list: Omittable[list[AuthorizationData]] = Field(
        default=None,
        validation_alias="localAuthorizationList",
        serialization_alias="localAuthorizationList",
        min_length=1,
    )
    version_number: int = Field(
        validation_alias="versionNumber", serialization_alias="versionNumber"
    )
    update_type: UpdateEnum = Field(validation_alias="updateType", serialization_alias="updateType")


class SetChargingProfileResponse(OcppResponse):
    """Response of ``SetChargingProfile`` (OCPP 2.0.1), sent by the charging station.

    Schema: ``2.0.1/SetChargingProfileResponse.json`` (sha256 of the original ``3b8db1dad2ec907c1aa8a5550b8e2c35a130a27ef58774c8c7d334056f24b175``).
    """

    ocpp_action: ClassVar[str] = "SetChargingProfile"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    status: ChargingProfileStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )


class SetChargingProfileRequest(V201Request[SetChargingProfileResponse]):
    """Request of ``SetChargingProfile`` (OCPP 2.0.1), sent by the CSMS.

    Schema: ``2.0.1/SetChargingProfileRequest.json`` (sha256 of the original ``fd905c14648a36fec256da24e4f2befd75f20051bbb2c9bf4985ebbe96f3c497``).
    """

    ocpp_action: ClassVar[str] = "SetChargingProfile"
    response_type: ClassVar[type[SetChargingProfileResponse]] = SetChargingProfileResponse

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    evse_id: int = Field(validation_alias="evseId", serialization_alias="evseId")
    charging_profile: ChargingProfile = Field(
        validation_alias="chargingProfile", serialization_alias="chargingProfile"
    )


class SetDisplayMessageResponse(OcppResponse):
    """Response of ``SetDisplayMessage`` (OCPP 2.0.1), sent by the charging station.

    Schema: ``2.0.1/SetDisplayMessageResponse.json`` (sha256 of the original ``37a9a8a0c4df260a24ad6e6602a02a3ec461be1403584dad508c22688513f32b``).
    """

    ocpp_action: ClassVar[str] = "SetDisplayMessage"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    status: DisplayMessageStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )


class SetDisplayMessageRequest(V201Request[SetDisplayMessageResponse]):
    """Request of ``SetDisplayMessage`` (OCPP 2.0.1), sent by the CSMS.

    Schema: ``2.0.1/SetDisplayMessageRequest.json`` (sha256 of the original ``20caa838082b000d8f0fc254af8fc64495b18690cc52f1d5f82704d48ea64e94``).
    """

    ocpp_action: ClassVar[str] = "SetDisplayMessage"
    response_type: ClassVar[type[SetDisplayMessageResponse]] = SetDisplayMessageResponse

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    message: MessageInfo


class SetMonitoringBaseResponse(OcppResponse):
    """Response of ``SetMonitoringBase`` (OCPP 2.0.1), sent by the charging station.

    Schema: ``2.0.1/SetMonitoringBaseResponse.json`` (sha256 of the original ``c622f04171475c554bbe330f058199a79f5506610b2429cfb4285f26219fffba``).
    """

    ocpp_action: ClassVar[str] = "SetMonitoringBase"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    status: GenericDeviceModelStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )


class SetMonitoringBaseRequest(V201Request[SetMonitoringBaseResponse]):
    """Request of ``SetMonitoringBase`` (OCPP 2.0.1), sent by the CSMS.

    Schema: ``2.0.1/SetMonitoringBaseRequest.json`` (sha256 of the original ``d8384983f111476523ee835e3deff5e9e36ddf10c6f4dba05b71b8180ed7df97``).
    """

    ocpp_action: ClassVar[str] = "SetMonitoringBase"
    response_type: ClassVar[type[SetMonitoringBaseResponse]] = SetMonitoringBaseResponse

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    monitoring_base: MonitoringBaseEnum = Field(
        validation_alias="monitoringBase", serialization_alias="monitoringBase"
    )


class SetMonitoringLevelResponse(OcppResponse):
    """Response of ``SetMonitoringLevel`` (OCPP 2.0.1), sent by the charging station.

    Schema: ``2.0.1/SetMonitoringLevelResponse.json`` (sha256 of the original ``a302f1a0b758a6ed5e82688e90f59dabc56a91acc4d0ad2884f5fb0dd0622a72``).
    """

    ocpp_action: ClassVar[str] = "SetMonitoringLevel"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    status: GenericStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )


class SetMonitoringLevelRequest(V201Request[SetMonitoringLevelResponse]):
    """Request of ``SetMonitoringLevel`` (OCPP 2.0.1), sent by the CSMS.

    Schema: ``2.0.1/SetMonitoringLevelRequest.json`` (sha256 of the original ``524fa008c40d69692336d6e132257992c7e1be71236c5a9f10fca46a5bcb6d8d``).
    """

    ocpp_action: ClassVar[str] = "SetMonitoringLevel"
    response_type: ClassVar[type[SetMonitoringLevelResponse]] = SetMonitoringLevelResponse

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    severity: int


class SetNetworkProfileResponse(OcppResponse):
    """Response of ``SetNetworkProfile`` (OCPP 2.0.1), sent by the charging station.

    Schema: ``2.0.1/SetNetworkProfileResponse.json`` (sha256 of the original ``d49c6c220663830940f851e3765f95097d32abe13cec620fa39520c2571d2f73``).
    """

    ocpp_action: ClassVar[str] = "SetNetworkProfile"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    status: SetNetworkProfileStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )


class SetNetworkProfileRequest(V201Request[SetNetworkProfileResponse]):
    """Request of ``SetNetworkProfile`` (OCPP 2.0.1), sent by the CSMS.

    Schema: ``2.0.1/SetNetworkProfileRequest.json`` (sha256 of the original ``f474528d2be9891e87473ea1f21db1b82a38186b62c4b07735af0a5e75a7c694``).
    """

    ocpp_action: ClassVar[str] = "SetNetworkProfile"
    response_type: ClassVar[type[SetNetworkProfileResponse]] = SetNetworkProfileResponse

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    configuration_slot: int = Field(
        validation_alias="configurationSlot", serialization_alias="configurationSlot"
    )
    connection_data: NetworkConnectionProfile = Field(
        validation_alias="connectionData", serialization_alias="connectionData"
    )


class SetVariableMonitoringResponse(OcppResponse):
    """Response of ``SetVariableMonitoring`` (OCPP 2.0.1), sent by the charging station.

    Schema: ``2.0.1/SetVariableMonitoringResponse.json`` (sha256 of the original ``6d3b394cec6cb9aa64fabf08521bf6be3266d40cc2c0f1d50740ece1b1bb8f3a``).
    """

    ocpp_action: ClassVar[str] = "SetVariableMonitoring"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    set_monitoring_result: list[SetMonitoringResult] = Field(
        validation_alias="setMonitoringResult",
        serialization_alias="setMonitoringResult",
        min_length=1,
    )


class SetVariableMonitoringRequest(V201Request[SetVariableMonitoringResponse]):
    """Request of ``SetVariableMonitoring`` (OCPP 2.0.1), sent by the CSMS.

    Schema: ``2.0.1/SetVariableMonitoringRequest.json`` (sha256 of the original ``291ecf421d627b10afba723dc7af3068e5570f706d8de6f1ab6e8b22502a7962``).
    """

    ocpp_action: ClassVar[str] = "SetVariableMonitoring"
    response_type: ClassVar[type[SetVariableMonitoringResponse]] = SetVariableMonitoringResponse

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    set_monitoring_data: list[SetMonitoringData] = Field(
        validation_alias="setMonitoringData", serialization_alias="setMonitoringData", min_length=1
    )


class SetVariablesResponse(OcppResponse):
    """Response of ``SetVariables`` (OCPP 2.0.1), sent by the charging station.

    Schema: ``2.0.1/SetVariablesResponse.json`` (sha256 of the original ``453cbbee9c6903ace91afd4688672aec5944c8b6924800994fe9a772f1b1705e``).
    """

    ocpp_action: ClassVar[str] = "SetVariables"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    set_variable_result: list[SetVariableResult] = Field(
        validation_alias="setVariableResult", serialization_alias="setVariableResult", min_length=1
    )


class SetVariablesRequest(V201Request[SetVariablesResponse]):
    """Request of ``SetVariables`` (OCPP 2.0.1), sent by the CSMS.

    Schema: ``2.0.1/SetVariablesRequest.json`` (sha256 of the original ``c7bf61b7778eb8421791561e770a208239fcdde9571f3cc89a20b05b72b2ab57``).
    """

    ocpp_action: ClassVar[str] = "SetVariables"
    response_type: ClassVar[type[SetVariablesResponse]] = SetVariablesResponse

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    set_variable_data: list[SetVariableData] = Field(
        validation_alias="setVariableData", serialization_alias="setVariableData", min_length=1
    )


class SignCertificateResponse(OcppResponse):
    """Response of ``SignCertificate`` (OCPP 2.0.1), sent by the CSMS.

    Schema: ``2.0.1/SignCertificateResponse.json`` (sha256 of the original ``c18872f98401840959a9988428178968d4ead8e7fc339dc0d9a2f56dce0642dc``).
    """

    ocpp_action: ClassVar[str] = "SignCertificate"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    status: GenericStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )


class SignCertificateRequest(V201Request[SignCertificateResponse]):
    """Request of ``SignCertificate`` (OCPP 2.0.1), sent by the charging station.

    Schema: ``2.0.1/SignCertificateRequest.json`` (sha256 of the original ``921b4b08e33bafae059349b433ce21249c92fdd186a699e2cf636b00a40e85d2``).
    """

    ocpp_action: ClassVar[str] = "SignCertificate"
    response_type: ClassVar[type[SignCertificateResponse]] = SignCertificateResponse

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    csr: str = Field(max_length=5500)
    certificate_type: Omittable[CertificateSigningUseEnum] = Field(
        default=None, validation_alias="certificateType", serialization_alias="certificateType"
    )


class StatusNotificationResponse(OcppResponse):
    """Response of ``StatusNotification`` (OCPP 2.0.1), sent by the CSMS.

    Schema: ``2.0.1/StatusNotificationResponse.json`` (sha256 of the original ``0ab85d9ab9ea4665fb6ce38b23cd4b52aba78f011bf341075476a793b66f0d75``).
    """

    ocpp_action: ClassVar[str] = "StatusNotification"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class StatusNotificationRequest(V201Request[StatusNotificationResponse]):
    """Request of ``StatusNotification`` (OCPP 2.0.1), sent by the charging station.

    Schema: ``2.0.1/StatusNotificationRequest.json`` (sha256 of the original ``a68770c6ed899ec589ed0ca2fa349ea9ffd95fd4f67dccbb666095ecea277033``).
    """

    ocpp_action: ClassVar[str] = "StatusNotification"
    response_type: ClassVar[type[StatusNotificationResponse]] = StatusNotificationResponse

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    timestamp: DateTime
    connector_status: ConnectorStatusEnum = Field(
        validation_alias="connectorStatus", serialization_alias="connectorStatus"
    )
    evse_id: int = Field(validation_alias="evseId", serialization_alias="evseId")
    connector_id: int = Field(validation_alias="connectorId", serialization_alias="connectorId")


class TransactionEventResponse(OcppResponse):
    """Response of ``TransactionEvent`` (OCPP 2.0.1), sent by the CSMS.

    Schema: ``2.0.1/TransactionEventResponse.json`` (sha256 of the original ``94f71c40e4959dc8b3f78f1544deff149c405749ebc83572c5ac2722230014b8``).
    """

    ocpp_action: ClassVar[str] = "TransactionEvent"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    total_cost: Omittable[float] = Field(
        default=None, validation_alias="totalCost", serialization_alias="totalCost"
    )
    charging_priority: Omittable[int] = Field(
        default=None, validation_alias="chargingPriority", serialization_alias="chargingPriority"
    )
    id_token_info: Omittable[IdTokenInfo] = Field(
        default=None, validation_alias="idTokenInfo", serialization_alias="idTokenInfo"
    )
    updated_personal_message: Omittable[MessageContent] = Field(
        default=None,
        validation_alias="updatedPersonalMessage",
        serialization_alias="updatedPersonalMessage",
    )


class TransactionEventRequest(V201Request[TransactionEventResponse]):
    """Request of ``TransactionEvent`` (OCPP 2.0.1), sent by the charging station.

    Schema: ``2.0.1/TransactionEventRequest.json`` (sha256 of the original ``a427597761d49f5b43520abd6140e158edd8caee72e174d68214ce745b63c415``).
    """

    ocpp_action: ClassVar[str] = "TransactionEvent"
    response_type: ClassVar[type[TransactionEventResponse]] = TransactionEventResponse

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    event_type: TransactionEventEnum = Field(
        validation_alias="eventType", serialization_alias="eventType"
    )
    meter_value: Omittable[list[MeterValue]] = Field(
        default=None, validation_alias="meterValue", serialization_alias="meterValue", min_length=1
    )
    timestamp: DateTime
    trigger_reason: TriggerReasonEnum = Field(
        validation_alias="triggerReason", serialization_alias="triggerReason"
    )
    seq_no: int = Field(validation_alias="seqNo", serialization_alias="seqNo")
    offline: Omittable[bool] = None
    number_of_phases_used: Omittable[int] = Field(
        default=None,
        validation_alias="numberOfPhasesUsed",
        serialization_alias="numberOfPhasesUsed",
    )
    cable_max_current: Omittable[int] = Field(
        default=None, validation_alias="cableMaxCurrent", serialization_alias="cableMaxCurrent"
    )
    reservation_id: Omittable[int] = Field(
        default=None, validation_alias="reservationId", serialization_alias="reservationId"
    )
    transaction_info: Transaction = Field(
        validation_alias="transactionInfo", serialization_alias="transactionInfo"
    )
    evse: Omittable[EVSE] = None
    id_token: Omittable[IdToken] = Field(
        default=None, validation_alias="idToken", serialization_alias="idToken"
    )


class TriggerMessageResponse(OcppResponse):
    """Response of ``TriggerMessage`` (OCPP 2.0.1), sent by the charging station.

    Schema: ``2.0.1/TriggerMessageResponse.json`` (sha256 of the original ``a31d32001796373dab186347388a6903631d8b22746b1f0f5ec1b9366d09adad``).
    """

    ocpp_action: ClassVar[str] = "TriggerMessage"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    status: TriggerMessageStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )


class TriggerMessageRequest(V201Request[TriggerMessageResponse]):
    """Request of ``TriggerMessage`` (OCPP 2.0.1), sent by the CSMS.

    Schema: ``2.0.1/TriggerMessageRequest.json`` (sha256 of the original ``ed009b3e1321cbfae0ab45470b6d904d1633afb0b7156ad3d47ac2c592394c53``).
    """

    ocpp_action: ClassVar[str] = "TriggerMessage"
    response_type: ClassVar[type[TriggerMessageResponse]] = TriggerMessageResponse

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    evse: Omittable[EVSE] = None
    requested_message: MessageTriggerEnum = Field(
        validation_alias="requestedMessage", serialization_alias="requestedMessage"
    )


class UnlockConnectorResponse(OcppResponse):
    """Response of ``UnlockConnector`` (OCPP 2.0.1), sent by the charging station.

    Schema: ``2.0.1/UnlockConnectorResponse.json`` (sha256 of the original ``ae221f3089fdcc747d7cf5cd535bf83cb954e3ec5214b1ca24e26399ee640c7f``).
    """

    ocpp_action: ClassVar[str] = "UnlockConnector"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    status: UnlockStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )


class UnlockConnectorRequest(V201Request[UnlockConnectorResponse]):
    """Request of ``UnlockConnector`` (OCPP 2.0.1), sent by the CSMS.

    Schema: ``2.0.1/UnlockConnectorRequest.json`` (sha256 of the original ``b4dce0f42ed64c655b319ece129a97721564603c24ec4e739a9b39c0f1941bcd``).
    """

    ocpp_action: ClassVar[str] = "UnlockConnector"
    response_type: ClassVar[type[UnlockConnectorResponse]] = UnlockConnectorResponse

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    evse_id: int = Field(validation_alias="evseId", serialization_alias="evseId")
    connector_id: int = Field(validation_alias="connectorId", serialization_alias="connectorId")


class UnpublishFirmwareResponse(OcppResponse):
    """Response of ``UnpublishFirmware`` (OCPP 2.0.1), sent by the charging station.

    Schema: ``2.0.1/UnpublishFirmwareResponse.json`` (sha256 of the original ``2f14277dd2b2e4b29ee3aff0b3a5f471283b20f3ca9488878f446ee18d1938b5``).
    """

    ocpp_action: ClassVar[str] = "UnpublishFirmware"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    status: UnpublishFirmwareStatusEnum


class UnpublishFirmwareRequest(V201Request[UnpublishFirmwareResponse]):
    """Request of ``UnpublishFirmware`` (OCPP 2.0.1), sent by the CSMS.

    Schema: ``2.0.1/UnpublishFirmwareRequest.json`` (sha256 of the original ``3d2a8d7c0756d2291f01dce9e3d6de38bb1ba573d418cd82497c3561b8b30db0``).
    """

    ocpp_action: ClassVar[str] = "UnpublishFirmware"
    response_type: ClassVar[type[UnpublishFirmwareResponse]] = UnpublishFirmwareResponse

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    checksum: str = Field(max_length=32)


class UpdateFirmwareResponse(OcppResponse):
    """Response of ``UpdateFirmware`` (OCPP 2.0.1), sent by the charging station.

    Schema: ``2.0.1/UpdateFirmwareResponse.json`` (sha256 of the original ``3ef476e28304298fdd983725da04ca8475866b2e5c05b8839b4ddd80ae162809``).
    """

    ocpp_action: ClassVar[str] = "UpdateFirmware"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    status: UpdateFirmwareStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )


class UpdateFirmwareRequest(V201Request[UpdateFirmwareResponse]):
    """Request of ``UpdateFirmware`` (OCPP 2.0.1), sent by the CSMS.

    Schema: ``2.0.1/UpdateFirmwareRequest.json`` (sha256 of the original ``550ea8ab8c7723bbb3d3113229764aaafb4998e2002ef8b0dd1f721588f0a894``).
    """

    ocpp_action: ClassVar[str] = "UpdateFirmware"
    response_type: ClassVar[type[UpdateFirmwareResponse]] = UpdateFirmwareResponse

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    retries: Omittable[int] = None
    retry_interval: Omittable[int] = Field(
        default=None, validation_alias="retryInterval", serialization_alias="retryInterval"
    )
    request_id: int = Field(validation_alias="requestId", serialization_alias="requestId")
    firmware: Firmware
