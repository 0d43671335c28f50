"""Messages of OCPP 2.1, generated from the official JSON schemas.

Do not edit: written by ``python -m codegen generate`` from ``schemas/ocpp/2.1*/``
(combined sha256 of the original files: ``7bf66191afef2a4b90ad674cf9cf4098de2185c0739c5ddc9f0b93827264216b``).
"""

from typing import Annotated, ClassVar, TypeVar

from pydantic import Field

from ocpkit._base import (
    DateTime,
    JsonData,
    OcppNullKeepingModel,
    OcppRequest,
    OcppResponse,
    OcppSend,
    Omittable,
)

from .datatypes import (
    EVSE,
    Address,
    AuthorizationData,
    BatteryData,
    CertificateHashData,
    CertificateHashDataChain,
    CertificateStatus,
    CertificateStatusRequestInfo,
    ChargingLimit,
    ChargingNeeds,
    ChargingProfile,
    ChargingProfileCriterion,
    ChargingSchedule,
    ChargingScheduleUpdate,
    ChargingStation,
    ClearChargingProfile,
    ClearMonitoringResult,
    ClearTariffsResult,
    ComponentVariable,
    CompositeSchedule,
    ConstantStreamData,
    CostDetails,
    CustomData,
    DERCurve,
    DERCurveGet,
    EnterService,
    EnterServiceGet,
    EventData,
    Firmware,
    FixedPF,
    FixedPFGet,
    FixedVar,
    FixedVarGet,
    FreqDroop,
    FreqDroopGet,
    GetVariableData,
    GetVariableResult,
    Gradient,
    GradientGet,
    IdToken,
    IdTokenInfo,
    LimitMaxDischarge,
    LimitMaxDischargeGet,
    LogParameters,
    MessageContent,
    MessageInfo,
    MeterValue,
    MonitoringData,
    NetworkConnectionProfile,
    OCSPRequestData,
    PeriodicEventStreamParams,
    ReportData,
    SetMonitoringData,
    SetMonitoringResult,
    SetVariableData,
    SetVariableResult,
    StatusInfo,
    StreamDataElement,
    Tariff,
    TariffAssignment,
    Transaction,
    TransactionLimit,
)
from .enums import (
    AuthorizeCertificateStatusEnum,
    BatterySwapEventEnum,
    BootReasonEnum,
    CancelReservationStatusEnum,
    CertificateActionEnum,
    CertificateSignedStatusEnum,
    CertificateSigningUseEnum,
    ChangeAvailabilityStatusEnum,
    ChargingProfileStatusEnum,
    ChargingRateUnitEnum,
    ClearCacheStatusEnum,
    ClearChargingProfileStatusEnum,
    ClearMessageStatusEnum,
    ComponentCriterionEnum,
    ConnectorStatusEnum,
    CustomerInformationStatusEnum,
    DataTransferStatusEnum,
    DeleteCertificateStatusEnum,
    DERControlEnum,
    DERControlStatusEnum,
    DisplayMessageStatusEnum,
    EnergyTransferModeEnum,
    FirmwareStatusEnum,
    GenericDeviceModelStatusEnum,
    GenericStatusEnum,
    GetCertificateIdUseEnum,
    GetCertificateStatusEnum,
    GetChargingProfileStatusEnum,
    GetDisplayMessagesStatusEnum,
    GetInstalledCertificateStatusEnum,
    GridEventFaultEnum,
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
    NotifyAllowedEnergyTransferStatusEnum,
    NotifyEVChargingNeedsStatusEnum,
    OperationalStatusEnum,
    PaymentStatusEnum,
    PreconditioningStatusEnum,
    PriorityChargingStatusEnum,
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
    TariffChangeStatusEnum,
    TariffGetStatusEnum,
    TariffSetStatusEnum,
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
    "V21Request",
    "V21Send",
    "AFRRSignalResponse",
    "AFRRSignalRequest",
    "AdjustPeriodicEventStreamResponse",
    "AdjustPeriodicEventStreamRequest",
    "AuthorizeResponse",
    "AuthorizeRequest",
    "BatterySwapResponse",
    "BatterySwapRequest",
    "BootNotificationResponse",
    "BootNotificationRequest",
    "CancelReservationResponse",
    "CancelReservationRequest",
    "CertificateSignedResponse",
    "CertificateSignedRequest",
    "ChangeAvailabilityResponse",
    "ChangeAvailabilityRequest",
    "ChangeTransactionTariffResponse",
    "ChangeTransactionTariffRequest",
    "ClearCacheResponse",
    "ClearCacheRequest",
    "ClearChargingProfileResponse",
    "ClearChargingProfileRequest",
    "ClearDERControlResponse",
    "ClearDERControlRequest",
    "ClearDisplayMessageResponse",
    "ClearDisplayMessageRequest",
    "ClearTariffsResponse",
    "ClearTariffsRequest",
    "ClearVariableMonitoringResponse",
    "ClearVariableMonitoringRequest",
    "ClearedChargingLimitResponse",
    "ClearedChargingLimitRequest",
    "ClosePeriodicEventStreamResponse",
    "ClosePeriodicEventStreamRequest",
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
    "GetCertificateChainStatusResponse",
    "GetCertificateChainStatusRequest",
    "GetCertificateStatusResponse",
    "GetCertificateStatusRequest",
    "GetChargingProfilesResponse",
    "GetChargingProfilesRequest",
    "GetCompositeScheduleResponse",
    "GetCompositeScheduleRequest",
    "GetDERControlResponse",
    "GetDERControlRequest",
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
    "GetPeriodicEventStreamResponse",
    "GetPeriodicEventStreamRequest",
    "GetReportResponse",
    "GetReportRequest",
    "GetTariffsResponse",
    "GetTariffsRequest",
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
    "NotifyAllowedEnergyTransferResponse",
    "NotifyAllowedEnergyTransferRequest",
    "NotifyChargingLimitResponse",
    "NotifyChargingLimitRequest",
    "NotifyCustomerInformationResponse",
    "NotifyCustomerInformationRequest",
    "NotifyDERAlarmResponse",
    "NotifyDERAlarmRequest",
    "NotifyDERStartStopResponse",
    "NotifyDERStartStopRequest",
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
    "NotifyPeriodicEventStream",
    "NotifyPriorityChargingResponse",
    "NotifyPriorityChargingRequest",
    "NotifyReportResponse",
    "NotifyReportRequest",
    "NotifySettlementResponse",
    "NotifySettlementRequest",
    "NotifyWebPaymentStartedResponse",
    "NotifyWebPaymentStartedRequest",
    "OpenPeriodicEventStreamResponse",
    "OpenPeriodicEventStreamRequest",
    "PublishFirmwareResponse",
    "PublishFirmwareRequest",
    "PublishFirmwareStatusNotificationResponse",
    "PublishFirmwareStatusNotificationRequest",
    "PullDynamicScheduleUpdateResponse",
    "PullDynamicScheduleUpdateRequest",
    "ReportChargingProfilesResponse",
    "ReportChargingProfilesRequest",
    "ReportDERControlResponse",
    "ReportDERControlRequest",
    "RequestBatterySwapResponse",
    "RequestBatterySwapRequest",
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
    "SetDERControlResponse",
    "SetDERControlRequest",
    "SetDefaultTariffResponse",
    "SetDefaultTariffRequest",
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
    "UpdateDynamicScheduleResponse",
    "UpdateDynamicScheduleRequest",
    "UpdateFirmwareResponse",
    "UpdateFirmwareRequest",
    "UsePriorityChargingResponse",
    "UsePriorityChargingRequest",
    "VatNumberValidationResponse",
    "VatNumberValidationRequest",
]


_ResponseT = TypeVar("_ResponseT", bound=OcppResponse, covariant=True)


class V21Request(OcppRequest[_ResponseT]):
    """Base of the OCPP 2.1 requests (what a router or session of this version takes)."""


class V21Send(OcppSend):
    """Base of every OCPP 2.1 SEND message."""


class AFRRSignalResponse(OcppResponse):
    """Response of ``AFRRSignal`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/AFRRSignalResponse.json`` (sha256 of the original ``b562383c41fecd9986d0953b3d79db2c25947cd0a387d98371f46c2add3a4bc4``).
    """

    ocpp_action: ClassVar[str] = "AFRRSignal"

    status: GenericStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class AFRRSignalRequest(V21Request[AFRRSignalResponse]):
    """Request of ``AFRRSignal`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/AFRRSignalRequest.json`` (sha256 of the original ``50388c1a643b1811ed9b5d2a5f9198355759ad1e2460b30c6a50c4c5d7efde0f``).
    """

    ocpp_action: ClassVar[str] = "AFRRSignal"
    response_type: ClassVar[type[AFRRSignalResponse]] = AFRRSignalResponse

    timestamp: DateTime
    signal: int
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class AdjustPeriodicEventStreamResponse(OcppResponse):
    """Response of ``AdjustPeriodicEventStream`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/AdjustPeriodicEventStreamResponse.json`` (sha256 of the original ``3c2f2049b331ebe5560f11320a9e648d4c79f2cdbcd54cff6f5ac87530f9c898``).
    """

    ocpp_action: ClassVar[str] = "AdjustPeriodicEventStream"

    status: GenericStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class AdjustPeriodicEventStreamRequest(V21Request[AdjustPeriodicEventStreamResponse]):
    """Request of ``AdjustPeriodicEventStream`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/AdjustPeriodicEventStreamRequest.json`` (sha256 of the original ``1278010d7bdf01433f4e1ae8e285edb7c8ea7839aad1e4d3eef537baa8c3a72e``).
    """

    ocpp_action: ClassVar[str] = "AdjustPeriodicEventStream"
    response_type: ClassVar[type[AdjustPeriodicEventStreamResponse]] = (
        AdjustPeriodicEventStreamResponse
    )

    id: int = Field(ge=0.0)
    params: PeriodicEventStreamParams
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class AuthorizeResponse(OcppResponse):
    """Response of ``Authorize`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/AuthorizeResponse.json`` (sha256 of the original ``eb219d830e693df7f6ad6f1697ededf2c48e69e7cc26b54aca9d583344c6d3e9``).
    """

    ocpp_action: ClassVar[str] = "Authorize"

    id_token_info: IdTokenInfo = Field(
        validation_alias="idTokenInfo", serialization_alias="idTokenInfo"
    )
    certificate_status: Omittable[AuthorizeCertificateStatusEnum] = Field(
        default=None, validation_alias="certificateStatus", serialization_alias="certificateStatus"
    )
    allowed_energy_transfer: Omittable[list[EnergyTransferModeEnum]] = Field(
        default=None,
        validation_alias="allowedEnergyTransfer",
        serialization_alias="allowedEnergyTransfer",
        min_length=1,
    )
    tariff: Omittable[Tariff] = None
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class AuthorizeRequest(V21Request[AuthorizeResponse]):
    """Request of ``Authorize`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/AuthorizeRequest.json`` (sha256 of the original ``a47a06d2cc1d344886b1fdcb8f33c3789270ddfe847bb06721365d3ee840e7cc``).
    """

    ocpp_action: ClassVar[str] = "Authorize"
    response_type: ClassVar[type[AuthorizeResponse]] = AuthorizeResponse

    id_token: IdToken = Field(validation_alias="idToken", serialization_alias="idToken")
    certificate: Omittable[str] = Field(default=None, max_length=10000)
    iso15118_certificate_hash_data: Omittable[list[OCSPRequestData]] = Field(
        default=None,
        validation_alias="iso15118CertificateHashData",
        serialization_alias="iso15118CertificateHashData",
        min_length=1,
        max_length=4,
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class BatterySwapResponse(OcppResponse):
    """Response of ``BatterySwap`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/BatterySwapResponse.json`` (sha256 of the original ``bd8466f4869d8c236f7a0979c66a71dd4cf81685950694e5d178e2cf6b006e23``).
    """

    ocpp_action: ClassVar[str] = "BatterySwap"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class BatterySwapRequest(V21Request[BatterySwapResponse]):
    """Request of ``BatterySwap`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/BatterySwapRequest.json`` (sha256 of the original ``01026d033354bb4c73c9a1461016f860258b5b74e07b63eef1bb10bf97692f16``).
    """

    ocpp_action: ClassVar[str] = "BatterySwap"
    response_type: ClassVar[type[BatterySwapResponse]] = BatterySwapResponse

    battery_data: list[BatteryData] = Field(
        validation_alias="batteryData", serialization_alias="batteryData", min_length=1
    )
    event_type: BatterySwapEventEnum = Field(
        validation_alias="eventType", serialization_alias="eventType"
    )
    id_token: IdToken = Field(validation_alias="idToken", serialization_alias="idToken")
    request_id: int = Field(validation_alias="requestId", serialization_alias="requestId")
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class BootNotificationResponse(OcppResponse):
    """Response of ``BootNotification`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/BootNotificationResponse.json`` (sha256 of the original ``2e0466b3d5609f7ea73643897ecbaadeeb03befb0f70e1e7f9e26fb56280f228``).
    """

    ocpp_action: ClassVar[str] = "BootNotification"

    current_time: DateTime = Field(
        validation_alias="currentTime", serialization_alias="currentTime"
    )
    interval: int
    status: RegistrationStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class BootNotificationRequest(V21Request[BootNotificationResponse]):
    """Request of ``BootNotification`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/BootNotificationRequest.json`` (sha256 of the original ``60b8733e17abb5f3f9b09c1f52dfed84d95f7a43d7ba5d0f131604847f62296b``).
    """

    ocpp_action: ClassVar[str] = "BootNotification"
    response_type: ClassVar[type[BootNotificationResponse]] = BootNotificationResponse

    charging_station: ChargingStation = Field(
        validation_alias="chargingStation", serialization_alias="chargingStation"
    )
    reason: BootReasonEnum
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class CancelReservationResponse(OcppResponse):
    """Response of ``CancelReservation`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/CancelReservationResponse.json`` (sha256 of the original ``886efbde30d8451db68acb5fd65533eb44fbc0b4594984f9e08bdccdc227c840``).
    """

    ocpp_action: ClassVar[str] = "CancelReservation"

    status: CancelReservationStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class CancelReservationRequest(V21Request[CancelReservationResponse]):
    """Request of ``CancelReservation`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/CancelReservationRequest.json`` (sha256 of the original ``3d8c1e885e53226435b89c9c8efded5dca0de5c33a1b7f01032109c668d0955a``).
    """

    ocpp_action: ClassVar[str] = "CancelReservation"
    response_type: ClassVar[type[CancelReservationResponse]] = CancelReservationResponse

    reservation_id: int = Field(
        validation_alias="reservationId", serialization_alias="reservationId", ge=0.0
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class CertificateSignedResponse(OcppResponse):
    """Response of ``CertificateSigned`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/CertificateSignedResponse.json`` (sha256 of the original ``2bec6003087e9d8e78440ed606fad166d3427656df3a2a30476ce85960207460``).
    """

    ocpp_action: ClassVar[str] = "CertificateSigned"

    status: CertificateSignedStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class CertificateSignedRequest(V21Request[CertificateSignedResponse]):
    """Request of ``CertificateSigned`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/CertificateSignedRequest.json`` (sha256 of the original ``3f1df3305e9afb5d4770c7d29b65db21f28562e00a35448e3f4bc76276443f82``).
    """

    ocpp_action: ClassVar[str] = "CertificateSigned"
    response_type: ClassVar[type[CertificateSignedResponse]] = CertificateSignedResponse

    certificate_chain: str = Field(
        validation_alias="certificateChain",
        serialization_alias="certificateChain",
        max_length=10000,
    )
    certificate_type: Omittable[CertificateSigningUseEnum] = Field(
        default=None, validation_alias="certificateType", serialization_alias="certificateType"
    )
    request_id: Omittable[int] = Field(
        default=None, validation_alias="requestId", serialization_alias="requestId"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class ChangeAvailabilityResponse(OcppResponse):
    """Response of ``ChangeAvailability`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/ChangeAvailabilityResponse.json`` (sha256 of the original ``072d2e5f06663447a8d4eafc1b3e4b03b082f76e9040bef8ef5178d35fcf1ece``).
    """

    ocpp_action: ClassVar[str] = "ChangeAvailability"

    status: ChangeAvailabilityStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class ChangeAvailabilityRequest(V21Request[ChangeAvailabilityResponse]):
    """Request of ``ChangeAvailability`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/ChangeAvailabilityRequest.json`` (sha256 of the original ``555c48346efcda6764d692621aba8e20d27440a10391bcd0e448b09d02805240``).
    """

    ocpp_action: ClassVar[str] = "ChangeAvailability"
    response_type: ClassVar[type[ChangeAvailabilityResponse]] = ChangeAvailabilityResponse

    evse: Omittable[EVSE] = None
    operational_status: OperationalStatusEnum = Field(
        validation_alias="operationalStatus", serialization_alias="operationalStatus"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class ChangeTransactionTariffResponse(OcppResponse):
    """Response of ``ChangeTransactionTariff`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/ChangeTransactionTariffResponse.json`` (sha256 of the original ``e7e3dae3dd082871c760889468628d6daa8ec95cb0f6716e495dac1ee2acf38b``).
    """

    ocpp_action: ClassVar[str] = "ChangeTransactionTariff"

    status: TariffChangeStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class ChangeTransactionTariffRequest(V21Request[ChangeTransactionTariffResponse]):
    """Request of ``ChangeTransactionTariff`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/ChangeTransactionTariffRequest.json`` (sha256 of the original ``cfe54855f31894728a35625f7af8b6d819449cd0b7d0405b8f39f101a275ade8``).
    """

    ocpp_action: ClassVar[str] = "ChangeTransactionTariff"
    response_type: ClassVar[type[ChangeTransactionTariffResponse]] = ChangeTransactionTariffResponse

    tariff: Tariff
    transaction_id: str = Field(
        validation_alias="transactionId", serialization_alias="transactionId", max_length=36
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class ClearCacheResponse(OcppResponse):
    """Response of ``ClearCache`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/ClearCacheResponse.json`` (sha256 of the original ``a4fc6f2d7c6b7823a5b77ec17253a70e1ac2b1cbafec1531e1d05f07d1170d4e``).
    """

    ocpp_action: ClassVar[str] = "ClearCache"

    status: ClearCacheStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class ClearCacheRequest(V21Request[ClearCacheResponse]):
    """Request of ``ClearCache`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/ClearCacheRequest.json`` (sha256 of the original ``c3dc0ee07805c2c1ea857bfdb4563cce7aaf0f96de4de0d55f99b073571c27d8``).
    """

    ocpp_action: ClassVar[str] = "ClearCache"
    response_type: ClassVar[type[ClearCacheResponse]] = ClearCacheResponse

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class ClearChargingProfileResponse(OcppResponse):
    """Response of ``ClearChargingProfile`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/ClearChargingProfileResponse.json`` (sha256 of the original ``bf54749ee65f8d30ded9cb7367869f3a5c5b0f2689dd2f40cca6274ee5c86f92``).
    """

    ocpp_action: ClassVar[str] = "ClearChargingProfile"

    status: ClearChargingProfileStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class ClearChargingProfileRequest(V21Request[ClearChargingProfileResponse]):
    """Request of ``ClearChargingProfile`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/ClearChargingProfileRequest.json`` (sha256 of the original ``5735558fd8fa79d25ee68c07c7ce0895d7e2af86d80d38be4de5a1f5fd480ed7``).
    """

    ocpp_action: ClassVar[str] = "ClearChargingProfile"
    response_type: ClassVar[type[ClearChargingProfileResponse]] = ClearChargingProfileResponse

    charging_profile_id: Omittable[int] = Field(
        default=None, validation_alias="chargingProfileId", serialization_alias="chargingProfileId"
    )
    charging_profile_criteria: Omittable[ClearChargingProfile] = Field(
        default=None,
        validation_alias="chargingProfileCriteria",
        serialization_alias="chargingProfileCriteria",
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class ClearDERControlResponse(OcppResponse):
    """Response of ``ClearDERControl`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/ClearDERControlResponse.json`` (sha256 of the original ``4dc1aaef15d86921e3ef505a2fde8e8cdaf028b6c9d876cb4f398681fc245046``).
    """

    ocpp_action: ClassVar[str] = "ClearDERControl"

    status: DERControlStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class ClearDERControlRequest(V21Request[ClearDERControlResponse]):
    """Request of ``ClearDERControl`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/ClearDERControlRequest.json`` (sha256 of the original ``af586d773cfea48985843726c98a13701e5f5697b7b700b0114ef5d92b8a3fc3``).
    """

    ocpp_action: ClassVar[str] = "ClearDERControl"
    response_type: ClassVar[type[ClearDERControlResponse]] = ClearDERControlResponse

    is_default: bool = Field(validation_alias="isDefault", serialization_alias="isDefault")
    control_type: Omittable[DERControlEnum] = Field(
        default=None, validation_alias="controlType", serialization_alias="controlType"
    )
    control_id: Omittable[str] = Field(
        default=None, validation_alias="controlId", serialization_alias="controlId", max_length=36
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class ClearDisplayMessageResponse(OcppResponse):
    """Response of ``ClearDisplayMessage`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/ClearDisplayMessageResponse.json`` (sha256 of the original ``253024ffc604b959bbb6cdf21f01632e3f9248f4634919b4759f6d8b2b88246e``).
    """

    ocpp_action: ClassVar[str] = "ClearDisplayMessage"

    status: ClearMessageStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class ClearDisplayMessageRequest(V21Request[ClearDisplayMessageResponse]):
    """Request of ``ClearDisplayMessage`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/ClearDisplayMessageRequest.json`` (sha256 of the original ``24be7db4dc060da1e9b73d383e914945a325fb776a15dcef875a4452f10fd4de``).
    """

    ocpp_action: ClassVar[str] = "ClearDisplayMessage"
    response_type: ClassVar[type[ClearDisplayMessageResponse]] = ClearDisplayMessageResponse

    id: int = Field(ge=0.0)
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class ClearTariffsResponse(OcppResponse):
    """Response of ``ClearTariffs`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/ClearTariffsResponse.json`` (sha256 of the original ``edab6d8e20f0bd2a16c9c2c4650e0c1fb6cf4d4a4b3718cbafdd110656a9ae7f``).
    """

    ocpp_action: ClassVar[str] = "ClearTariffs"

    clear_tariffs_result: list[ClearTariffsResult] = Field(
        validation_alias="clearTariffsResult",
        serialization_alias="clearTariffsResult",
        min_length=1,
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class ClearTariffsRequest(V21Request[ClearTariffsResponse]):
    """Request of ``ClearTariffs`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/ClearTariffsRequest.json`` (sha256 of the original ``1157af9d4dfe60baab7d40a4302a5c69dabbbfa0e1157121b078742d7249c369``).
    """

    ocpp_action: ClassVar[str] = "ClearTariffs"
    response_type: ClassVar[type[ClearTariffsResponse]] = ClearTariffsResponse

    tariff_ids: Omittable[list[Annotated[str, Field(max_length=60)]]] = Field(
        default=None, validation_alias="tariffIds", serialization_alias="tariffIds", min_length=1
    )
    evse_id: Omittable[int] = Field(
        default=None, validation_alias="evseId", serialization_alias="evseId", ge=0.0
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class ClearVariableMonitoringResponse(OcppResponse):
    """Response of ``ClearVariableMonitoring`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/ClearVariableMonitoringResponse.json`` (sha256 of the original ``c6896db4ec76b68009abcd836dfca8ddaf598835005376c64ebaa7abe2f7c78c``).
    """

    ocpp_action: ClassVar[str] = "ClearVariableMonitoring"

    clear_monitoring_result: list[ClearMonitoringResult] = Field(
        validation_alias="clearMonitoringResult",
        serialization_alias="clearMonitoringResult",
        min_length=1,
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class ClearVariableMonitoringRequest(V21Request[ClearVariableMonitoringResponse]):
    """Request of ``ClearVariableMonitoring`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/ClearVariableMonitoringRequest.json`` (sha256 of the original ``37ee17f41d47b1c005663c186c2a2b656d7ec4ad4baf3d32a06ab042947b330a``).
    """

    ocpp_action: ClassVar[str] = "ClearVariableMonitoring"
    response_type: ClassVar[type[ClearVariableMonitoringResponse]] = ClearVariableMonitoringResponse

    id: list[Annotated[int, Field(ge=0.0)]] = Field(min_length=1)
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class ClearedChargingLimitResponse(OcppResponse):
    """Response of ``ClearedChargingLimit`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/ClearedChargingLimitResponse.json`` (sha256 of the original ``5d70d65ed5797dbac643c2c35246adc65df906b5820359ca4591e3d5f7ce179f``).
    """

    ocpp_action: ClassVar[str] = "ClearedChargingLimit"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class ClearedChargingLimitRequest(V21Request[ClearedChargingLimitResponse]):
    """Request of ``ClearedChargingLimit`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/ClearedChargingLimitRequest.json`` (sha256 of the original ``ac064562bcd03df21f973cd2289c0a50c5f6d06cd1d9f131f91fce15ae67e0db``).
    """

    ocpp_action: ClassVar[str] = "ClearedChargingLimit"
    response_type: ClassVar[type[ClearedChargingLimitResponse]] = ClearedChargingLimitResponse

    charging_limit_source: str = Field(
        validation_alias="chargingLimitSource",
        serialization_alias="chargingLimitSource",
        max_length=20,
    )
    evse_id: Omittable[int] = Field(
        default=None, validation_alias="evseId", serialization_alias="evseId", ge=0.0
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class ClosePeriodicEventStreamResponse(OcppResponse):
    """Response of ``ClosePeriodicEventStream`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/ClosePeriodicEventStreamResponse.json`` (sha256 of the original ``72585af6a5e69d2cb630f3dac5cbe5854a0785539730db464a643e399b0c4eee``).
    """

    ocpp_action: ClassVar[str] = "ClosePeriodicEventStream"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class ClosePeriodicEventStreamRequest(V21Request[ClosePeriodicEventStreamResponse]):
    """Request of ``ClosePeriodicEventStream`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/ClosePeriodicEventStreamRequest.json`` (sha256 of the original ``f546b84904f8292f3965a249a22d1274c84ffaec418d716d58efa9715fca8508``).
    """

    ocpp_action: ClassVar[str] = "ClosePeriodicEventStream"
    response_type: ClassVar[type[ClosePeriodicEventStreamResponse]] = (
        ClosePeriodicEventStreamResponse
    )

    id: int = Field(ge=0.0)
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class CostUpdatedResponse(OcppResponse):
    """Response of ``CostUpdated`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/CostUpdatedResponse.json`` (sha256 of the original ``e4784473690532eb5bcf9214d41b1a126cd725eb934f6db36c44b397a2a875b9``).
    """

    ocpp_action: ClassVar[str] = "CostUpdated"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class CostUpdatedRequest(V21Request[CostUpdatedResponse]):
    """Request of ``CostUpdated`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/CostUpdatedRequest.json`` (sha256 of the original ``3af3153366280e5c416af1ade8bcc6de85e92775c2d394a211885c5c3158ff26``).
    """

    ocpp_action: ClassVar[str] = "CostUpdated"
    response_type: ClassVar[type[CostUpdatedResponse]] = CostUpdatedResponse

    total_cost: float = Field(validation_alias="totalCost", serialization_alias="totalCost")
    transaction_id: str = Field(
        validation_alias="transactionId", serialization_alias="transactionId", max_length=36
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class CustomerInformationResponse(OcppResponse):
    """Response of ``CustomerInformation`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/CustomerInformationResponse.json`` (sha256 of the original ``9b76ecd021c83d9766d2ab73d28f386e8428f674e7b9c738de4ebc89c4f3ecad``).
    """

    ocpp_action: ClassVar[str] = "CustomerInformation"

    status: CustomerInformationStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class CustomerInformationRequest(V21Request[CustomerInformationResponse]):
    """Request of ``CustomerInformation`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/CustomerInformationRequest.json`` (sha256 of the original ``9fb109de5ac51fb68b7a79cea15664c836ba05f801907f169772789720b994d4``).
    """

    ocpp_action: ClassVar[str] = "CustomerInformation"
    response_type: ClassVar[type[CustomerInformationResponse]] = CustomerInformationResponse

    customer_certificate: Omittable[CertificateHashData] = Field(
        default=None,
        validation_alias="customerCertificate",
        serialization_alias="customerCertificate",
    )
    id_token: Omittable[IdToken] = Field(
        default=None, validation_alias="idToken", serialization_alias="idToken"
    )
    request_id: int = Field(validation_alias="requestId", serialization_alias="requestId", ge=0.0)
    report: bool
    clear: bool
    customer_identifier: Omittable[str] = Field(
        default=None,
        validation_alias="customerIdentifier",
        serialization_alias="customerIdentifier",
        max_length=64,
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class DataTransferResponse(OcppNullKeepingModel, OcppResponse):
    """Response of ``DataTransfer`` (OCPP 2.1), sent by either side.

    Schema: ``2.1/DataTransferResponse.json`` (sha256 of the original ``b4018bae359dca7e2ce75584ce7f2ef41e3d2492c891c2a03e7481d8ceebdd5d``).
    """

    null_fields: ClassVar[tuple[str, ...]] = ("data",)
    ocpp_action: ClassVar[str] = "DataTransfer"

    status: DataTransferStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )
    data: JsonData = None
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class DataTransferRequest(OcppNullKeepingModel, V21Request[DataTransferResponse]):
    """Request of ``DataTransfer`` (OCPP 2.1), sent by either side.

    Schema: ``2.1/DataTransferRequest.json`` (sha256 of the original ``1bf45e8fb71c64b3a2cb0b0447b3e32f80eb276e8b3163d38a1fd1ac5bf899c6``).
    """

    null_fields: ClassVar[tuple[str, ...]] = ("data",)
    ocpp_action: ClassVar[str] = "DataTransfer"
    response_type: ClassVar[type[DataTransferResponse]] = DataTransferResponse

    message_id: Omittable[str] = Field(
        default=None, validation_alias="messageId", serialization_alias="messageId", max_length=50
    )
    data: JsonData = None
    vendor_id: str = Field(
        validation_alias="vendorId", serialization_alias="vendorId", max_length=255
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class DeleteCertificateResponse(OcppResponse):
    """Response of ``DeleteCertificate`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/DeleteCertificateResponse.json`` (sha256 of the original ``2b86b31e5158cb860703bd74eb248884e08ce3dc90acf415daa2b6372919ba86``).
    """

    ocpp_action: ClassVar[str] = "DeleteCertificate"

    status: DeleteCertificateStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class DeleteCertificateRequest(V21Request[DeleteCertificateResponse]):
    """Request of ``DeleteCertificate`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/DeleteCertificateRequest.json`` (sha256 of the original ``37fedfd47e1b435901febda15df0e6e1c9e7e74278451f7d93349a92fa08c7f4``).
    """

    ocpp_action: ClassVar[str] = "DeleteCertificate"
    response_type: ClassVar[type[DeleteCertificateResponse]] = DeleteCertificateResponse

    certificate_hash_data: CertificateHashData = Field(
        validation_alias="certificateHashData", serialization_alias="certificateHashData"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class FirmwareStatusNotificationResponse(OcppResponse):
    """Response of ``FirmwareStatusNotification`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/FirmwareStatusNotificationResponse.json`` (sha256 of the original ``513424bdc83d961d73d511e27e2ca7a772f6293039a002f8259ed6371b6189d8``).
    """

    ocpp_action: ClassVar[str] = "FirmwareStatusNotification"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class FirmwareStatusNotificationRequest(V21Request[FirmwareStatusNotificationResponse]):
    """Request of ``FirmwareStatusNotification`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/FirmwareStatusNotificationRequest.json`` (sha256 of the original ``7e66bc39908ca645c5b1aec48284cdf64274ac480a432277216212f59bec74db``).
    """

    ocpp_action: ClassVar[str] = "FirmwareStatusNotification"
    response_type: ClassVar[type[FirmwareStatusNotificationResponse]] = (
        FirmwareStatusNotificationResponse
    )

    status: FirmwareStatusEnum
    request_id: Omittable[int] = Field(
        default=None, validation_alias="requestId", serialization_alias="requestId"
    )
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class Get15118EVCertificateResponse(OcppResponse):
    """Response of ``Get15118EVCertificate`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/Get15118EVCertificateResponse.json`` (sha256 of the original ``5d4c50f65c45b6ac013c4180a974ec4c8fac76e4483c6ab414fbc0c16b24db98``).
    """

    ocpp_action: ClassVar[str] = "Get15118EVCertificate"

    status: Iso15118EVCertificateStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )
    exi_response: str = Field(
        validation_alias="exiResponse", serialization_alias="exiResponse", max_length=17000
    )
    remaining_contracts: Omittable[int] = Field(
        default=None,
        validation_alias="remainingContracts",
        serialization_alias="remainingContracts",
        ge=0.0,
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class Get15118EVCertificateRequest(V21Request[Get15118EVCertificateResponse]):
    """Request of ``Get15118EVCertificate`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/Get15118EVCertificateRequest.json`` (sha256 of the original ``a437d2e0b44ee36583aec0d654df20f1c69fcf19df64c2cf313210583eccd62e``).
    """

    ocpp_action: ClassVar[str] = "Get15118EVCertificate"
    response_type: ClassVar[type[Get15118EVCertificateResponse]] = Get15118EVCertificateResponse

    iso15118_schema_version: str = Field(
        validation_alias="iso15118SchemaVersion",
        serialization_alias="iso15118SchemaVersion",
        max_length=50,
    )
    action: CertificateActionEnum
    exi_request: str = Field(
        validation_alias="exiRequest", serialization_alias="exiRequest", max_length=11000
    )
    maximum_contract_certificate_chains: Omittable[int] = Field(
        default=None,
        validation_alias="maximumContractCertificateChains",
        serialization_alias="maximumContractCertificateChains",
        ge=0.0,
    )
    prioritized_emai_ds: Omittable[list[Annotated[str, Field(max_length=255)]]] = Field(
        default=None,
        validation_alias="prioritizedEMAIDs",
        serialization_alias="prioritizedEMAIDs",
        min_length=1,
        max_length=8,
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class GetBaseReportResponse(OcppResponse):
    """Response of ``GetBaseReport`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/GetBaseReportResponse.json`` (sha256 of the original ``84de350df767c9443c6fa19819a90530c36b1c0b9a92b9e8740f07dfeba82657``).
    """

    ocpp_action: ClassVar[str] = "GetBaseReport"

    status: GenericDeviceModelStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class GetBaseReportRequest(V21Request[GetBaseReportResponse]):
    """Request of ``GetBaseReport`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/GetBaseReportRequest.json`` (sha256 of the original ``4e5becb55c8e6c941bb86950909b7be8079716864496dead0c571ed15d6360c1``).
    """

    ocpp_action: ClassVar[str] = "GetBaseReport"
    response_type: ClassVar[type[GetBaseReportResponse]] = GetBaseReportResponse

    request_id: int = Field(validation_alias="requestId", serialization_alias="requestId")
    report_base: ReportBaseEnum = Field(
        validation_alias="reportBase", serialization_alias="reportBase"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class GetCertificateChainStatusResponse(OcppResponse):
    """Response of ``GetCertificateChainStatus`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/GetCertificateChainStatusResponse.json`` (sha256 of the original ``b125b534c77fcd56ac62d197d637cd6239321c162c2be22cab55c4c254a8c658``).
    """

    ocpp_action: ClassVar[str] = "GetCertificateChainStatus"

    certificate_status: list[CertificateStatus] = Field(
        validation_alias="certificateStatus",
        serialization_alias="certificateStatus",
        min_length=1,
        max_length=4,
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class GetCertificateChainStatusRequest(V21Request[GetCertificateChainStatusResponse]):
    """Request of ``GetCertificateChainStatus`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/GetCertificateChainStatusRequest.json`` (sha256 of the original ``31d3f78e711fb409eb5f60c2646eadc38e375f51756eb9032faabdebe03492f9``).
    """

    ocpp_action: ClassVar[str] = "GetCertificateChainStatus"
    response_type: ClassVar[type[GetCertificateChainStatusResponse]] = (
        GetCertificateChainStatusResponse
    )

    certificate_status_requests: list[CertificateStatusRequestInfo] = Field(
        validation_alias="certificateStatusRequests",
        serialization_alias="certificateStatusRequests",
        min_length=1,
        max_length=4,
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class GetCertificateStatusResponse(OcppResponse):
    """Response of ``GetCertificateStatus`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/GetCertificateStatusResponse.json`` (sha256 of the original ``50b3854abe5f5e6a3a48668dfd372ab2c423f5e17024e27297ce1c073aba45d6``).
    """

    ocpp_action: ClassVar[str] = "GetCertificateStatus"

    status: GetCertificateStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )
    ocsp_result: Omittable[str] = Field(
        default=None,
        validation_alias="ocspResult",
        serialization_alias="ocspResult",
        max_length=18000,
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class GetCertificateStatusRequest(V21Request[GetCertificateStatusResponse]):
    """Request of ``GetCertificateStatus`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/GetCertificateStatusRequest.json`` (sha256 of the original ``e9c55343a1c99226ccc31241e5a7bf05fd79bfa4bcb9e3aea3c23a5da02850a0``).
    """

    ocpp_action: ClassVar[str] = "GetCertificateStatus"
    response_type: ClassVar[type[GetCertificateStatusResponse]] = GetCertificateStatusResponse

    ocsp_request_data: OCSPRequestData = Field(
        validation_alias="ocspRequestData", serialization_alias="ocspRequestData"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class GetChargingProfilesResponse(OcppResponse):
    """Response of ``GetChargingProfiles`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/GetChargingProfilesResponse.json`` (sha256 of the original ``4a0cef5ab6e1e63ee61f2d31441bc96d667f10cdd356ec918cbbeeb7b9af2c30``).
    """

    ocpp_action: ClassVar[str] = "GetChargingProfiles"

    status: GetChargingProfileStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class GetChargingProfilesRequest(V21Request[GetChargingProfilesResponse]):
    """Request of ``GetChargingProfiles`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/GetChargingProfilesRequest.json`` (sha256 of the original ``b41f8bb66b60e6363b0567cb2b5f0d668d3f5168d8969e2d35163b373f88ac7c``).
    """

    ocpp_action: ClassVar[str] = "GetChargingProfiles"
    response_type: ClassVar[type[GetChargingProfilesResponse]] = GetChargingProfilesResponse

    request_id: int = Field(validation_alias="requestId", serialization_alias="requestId")
    evse_id: Omittable[int] = Field(
        default=None, validation_alias="evseId", serialization_alias="evseId", ge=0.0
    )
    charging_profile: ChargingProfileCriterion = Field(
        validation_alias="chargingProfile", serialization_alias="chargingProfile"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class GetCompositeScheduleResponse(OcppResponse):
    """Response of ``GetCompositeSchedule`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/GetCompositeScheduleResponse.json`` (sha256 of the original ``a60f76324be2838ac5b07212df17c8cb2fdae9a14d44a1b815155f5695b43c9f``).
    """

    ocpp_action: ClassVar[str] = "GetCompositeSchedule"

    status: GenericStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )
    schedule: Omittable[CompositeSchedule] = None
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class GetCompositeScheduleRequest(V21Request[GetCompositeScheduleResponse]):
    """Request of ``GetCompositeSchedule`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/GetCompositeScheduleRequest.json`` (sha256 of the original ``4e0700021ac5494eb705764cfb54ba38fa674ebeeadb424fc6570f1e5878ba1f``).
    """

    ocpp_action: ClassVar[str] = "GetCompositeSchedule"
    response_type: ClassVar[type[GetCompositeScheduleResponse]] = GetCompositeScheduleResponse

    duration: int
    charging_rate_unit: Omittable[ChargingRateUnitEnum] = Field(
        default=None, validation_alias="chargingRateUnit", serialization_alias="chargingRateUnit"
    )
    evse_id: int = Field(validation_alias="evseId", serialization_alias="evseId", ge=0.0)
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class GetDERControlResponse(OcppResponse):
    """Response of ``GetDERControl`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/GetDERControlResponse.json`` (sha256 of the original ``5b6872cdbe5e2a924e588a516ac4aca15dc5b68e01655f4125c657d33c1d2912``).
    """

    ocpp_action: ClassVar[str] = "GetDERControl"

    status: DERControlStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class GetDERControlRequest(V21Request[GetDERControlResponse]):
    """Request of ``GetDERControl`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/GetDERControlRequest.json`` (sha256 of the original ``b3949915bf770aa2b4f0ae576245f46e04306a60c2e3ff69871f2be515461718``).
    """

    ocpp_action: ClassVar[str] = "GetDERControl"
    response_type: ClassVar[type[GetDERControlResponse]] = GetDERControlResponse

    request_id: int = Field(validation_alias="requestId", serialization_alias="requestId")
    is_default: Omittable[bool] = Field(
        default=None, validation_alias="isDefault", serialization_alias="isDefault"
    )
    control_type: Omittable[DERControlEnum] = Field(
        default=None, validation_alias="controlType", serialization_alias="controlType"
    )
    control_id: Omittable[str] = Field(
        default=None, validation_alias="controlId", serialization_alias="controlId", max_length=36
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class GetDisplayMessagesResponse(OcppResponse):
    """Response of ``GetDisplayMessages`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/GetDisplayMessagesResponse.json`` (sha256 of the original ``af9f7ed327f057c7808d62b9820f875b65e90425162c6e832bae334b96c02f85``).
    """

    ocpp_action: ClassVar[str] = "GetDisplayMessages"

    status: GetDisplayMessagesStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class GetDisplayMessagesRequest(V21Request[GetDisplayMessagesResponse]):
    """Request of ``GetDisplayMessages`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/GetDisplayMessagesRequest.json`` (sha256 of the original ``53acd53ac3b7dfc348cb722129b4d8c1116e23262ff63b57d6fe2ae5e5803f7d``).
    """

    ocpp_action: ClassVar[str] = "GetDisplayMessages"
    response_type: ClassVar[type[GetDisplayMessagesResponse]] = GetDisplayMessagesResponse

    id: Omittable[list[Annotated[int, Field(ge=0.0)]]] = Field(default=None, min_length=1)
    request_id: int = Field(validation_alias="requestId", serialization_alias="requestId")
    priority: Omittable[MessagePriorityEnum] = None
    state: Omittable[MessageStateEnum] = None
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class GetInstalledCertificateIdsResponse(OcppResponse):
    """Response of ``GetInstalledCertificateIds`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/GetInstalledCertificateIdsResponse.json`` (sha256 of the original ``105e7f4af0e2bbd063624d77718fb5a6af7bbc9537773f0656033f04fee8555e``).
    """

    ocpp_action: ClassVar[str] = "GetInstalledCertificateIds"

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
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class GetInstalledCertificateIdsRequest(V21Request[GetInstalledCertificateIdsResponse]):
    """Request of ``GetInstalledCertificateIds`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/GetInstalledCertificateIdsRequest.json`` (sha256 of the original ``242ca0520e427037f0674a2b226b875e24c923d343f23092e7b8ce2232c1ca6b``).
    """

    ocpp_action: ClassVar[str] = "GetInstalledCertificateIds"
    response_type: ClassVar[type[GetInstalledCertificateIdsResponse]] = (
        GetInstalledCertificateIdsResponse
    )

    certificate_type: Omittable[list[GetCertificateIdUseEnum]] = Field(
        default=None,
        validation_alias="certificateType",
        serialization_alias="certificateType",
        min_length=1,
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class GetLocalListVersionResponse(OcppResponse):
    """Response of ``GetLocalListVersion`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/GetLocalListVersionResponse.json`` (sha256 of the original ``a35ebb25eec7a8cf1f2bf854c9d237c33b907bc38393abb8aeeae8da5d26ea37``).
    """

    ocpp_action: ClassVar[str] = "GetLocalListVersion"

    version_number: int = Field(
        validation_alias="versionNumber", serialization_alias="versionNumber"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class GetLocalListVersionRequest(V21Request[GetLocalListVersionResponse]):
    """Request of ``GetLocalListVersion`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/GetLocalListVersionRequest.json`` (sha256 of the original ``a1456c72e732ec8fe5435acb4cfb781a20b70c9b4e2cb90677119dffd467dfbf``).
    """

    ocpp_action: ClassVar[str] = "GetLocalListVersion"
    response_type: ClassVar[type[GetLocalListVersionResponse]] = GetLocalListVersionResponse

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class GetLogResponse(OcppResponse):
    """Response of ``GetLog`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/GetLogResponse.json`` (sha256 of the original ``4422dc939bed457ddd5d24069dbcaa83705abcf0273f1d8cec494cd78aab138c``).
    """

    ocpp_action: ClassVar[str] = "GetLog"

    status: LogStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )
    filename: Omittable[str] = Field(default=None, max_length=255)
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class GetLogRequest(V21Request[GetLogResponse]):
    """Request of ``GetLog`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/GetLogRequest.json`` (sha256 of the original ``a6b0fe1e8884d7eb2b547bd698b2bad771efeff3bcc7122f6d60844c1d436faf``).
    """

    ocpp_action: ClassVar[str] = "GetLog"
    response_type: ClassVar[type[GetLogResponse]] = GetLogResponse

    log: LogParameters
    log_type: LogEnum = Field(validation_alias="logType", serialization_alias="logType")
    request_id: int = Field(validation_alias="requestId", serialization_alias="requestId")
    retries: Omittable[int] = Field(default=None, ge=0.0)
    retry_interval: Omittable[int] = Field(
        default=None, validation_alias="retryInterval", serialization_alias="retryInterval"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class GetMonitoringReportResponse(OcppResponse):
    """Response of ``GetMonitoringReport`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/GetMonitoringReportResponse.json`` (sha256 of the original ``22df5cb8ec6f9eb4ed403e416493ea6accfc06ab3d468d62adf48d3621da61bb``).
    """

    ocpp_action: ClassVar[str] = "GetMonitoringReport"

    status: GenericDeviceModelStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class GetMonitoringReportRequest(V21Request[GetMonitoringReportResponse]):
    """Request of ``GetMonitoringReport`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/GetMonitoringReportRequest.json`` (sha256 of the original ``b72b44243fb8ce4affb4d2effa061888e9de77cba0a6f72a035a07ebeab32043``).
    """

    ocpp_action: ClassVar[str] = "GetMonitoringReport"
    response_type: ClassVar[type[GetMonitoringReportResponse]] = GetMonitoringReportResponse

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
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class GetPeriodicEventStreamResponse(OcppResponse):
    """Response of ``GetPeriodicEventStream`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/GetPeriodicEventStreamResponse.json`` (sha256 of the original ``491880a7eabf1b92b19d06346eff5e839d32d573c2800af60c8116c268a905c8``).
    """

    ocpp_action: ClassVar[str] = "GetPeriodicEventStream"

    constant_stream_data: Omittable[list[ConstantStreamData]] = Field(
        default=None,
        validation_alias="constantStreamData",
        serialization_alias="constantStreamData",
        min_length=1,
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class GetPeriodicEventStreamRequest(V21Request[GetPeriodicEventStreamResponse]):
    """Request of ``GetPeriodicEventStream`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/GetPeriodicEventStreamRequest.json`` (sha256 of the original ``63f0e28564126e7d82c933994564114442243537123bd8392c7dec949a16dcdf``).
    """

    ocpp_action: ClassVar[str] = "GetPeriodicEventStream"
    response_type: ClassVar[type[GetPeriodicEventStreamResponse]] = GetPeriodicEventStreamResponse

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class GetReportResponse(OcppResponse):
    """Response of ``GetReport`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/GetReportResponse.json`` (sha256 of the original ``a0c1764827e10081a16f54b65dd40f932cb63645f5fdaf3ac34cf12f30a2eba5``).
    """

    ocpp_action: ClassVar[str] = "GetReport"

    status: GenericDeviceModelStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class GetReportRequest(V21Request[GetReportResponse]):
    """Request of ``GetReport`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/GetReportRequest.json`` (sha256 of the original ``c2de3bf092228c485f63c559e12f22ca03fd5e70f104f5597ad3ad25436c443d``).
    """

    ocpp_action: ClassVar[str] = "GetReport"
    response_type: ClassVar[type[GetReportResponse]] = GetReportResponse

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
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class GetTariffsResponse(OcppResponse):
    """Response of ``GetTariffs`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/GetTariffsResponse.json`` (sha256 of the original ``438093a82189e9d68cbffabdb65f304de4adc3322bc6dda3d06317a45dde231e``).
    """

    ocpp_action: ClassVar[str] = "GetTariffs"

    status: TariffGetStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )
    tariff_assignments: Omittable[list[TariffAssignment]] = Field(
        default=None,
        validation_alias="tariffAssignments",
        serialization_alias="tariffAssignments",
        min_length=1,
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class GetTariffsRequest(V21Request[GetTariffsResponse]):
    """Request of ``GetTariffs`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/GetTariffsRequest.json`` (sha256 of the original ``c7c1a07fe75fffb4a9abbaae860a23b558acc577dd1b38ce883f7ff13a91067f``).
    """

    ocpp_action: ClassVar[str] = "GetTariffs"
    response_type: ClassVar[type[GetTariffsResponse]] = GetTariffsResponse

    evse_id: int = Field(validation_alias="evseId", serialization_alias="evseId", ge=0.0)
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class GetTransactionStatusResponse(OcppResponse):
    """Response of ``GetTransactionStatus`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/GetTransactionStatusResponse.json`` (sha256 of the original ``a24f60d762be7f27311142688cbd4c0c453a579439543bfa706e1b1f102f2f00``).
    """

    ocpp_action: ClassVar[str] = "GetTransactionStatus"

    ongoing_indicator: Omittable[bool] = Field(
        default=None, validation_alias="ongoingIndicator", serialization_alias="ongoingIndicator"
    )
    messages_in_queue: bool = Field(
        validation_alias="messagesInQueue", serialization_alias="messagesInQueue"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class GetTransactionStatusRequest(V21Request[GetTransactionStatusResponse]):
    """Request of ``GetTransactionStatus`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/GetTransactionStatusRequest.json`` (sha256 of the original ``2f67e5a10366875575e95fdf88d3cc4123bb40d6a8934586197765ec3e5390c6``).
    """

    ocpp_action: ClassVar[str] = "GetTransactionStatus"
    response_type: ClassVar[type[GetTransactionStatusResponse]] = GetTransactionStatusResponse

    transaction_id: Omittable[str] = Field(
        default=None,
        validation_alias="transactionId",
        serialization_alias="transactionId",
        max_length=36,
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class GetVariablesResponse(OcppResponse):
    """Response of ``GetVariables`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/GetVariablesResponse.json`` (sha256 of the original ``62cc3d9f35e82794770e5bf44b69ea9ecc3ca7c9a6ce6925a8fe051f98615c27``).
    """

    ocpp_action: ClassVar[str] = "GetVariables"

    get_variable_result: list[GetVariableResult] = Field(
        validation_alias="getVariableResult", serialization_alias="getVariableResult", min_length=1
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class GetVariablesRequest(V21Request[GetVariablesResponse]):
    """Request of ``GetVariables`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/GetVariablesRequest.json`` (sha256 of the original ``1356faf853b3d28b4ab4543dabd9bafbf65b3062d16d844806992ff75cb96fbc``).
    """

    ocpp_action: ClassVar[str] = "GetVariables"
    response_type: ClassVar[type[GetVariablesResponse]] = GetVariablesResponse

    get_variable_data: list[GetVariableData] = Field(
        validation_alias="getVariableData", serialization_alias="getVariableData", min_length=1
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class HeartbeatResponse(OcppResponse):
    """Response of ``Heartbeat`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/HeartbeatResponse.json`` (sha256 of the original ``1252c8a69ad065aae6609d9c723e88842e7b235bac089245571ebaec735462c9``).
    """

    ocpp_action: ClassVar[str] = "Heartbeat"

    current_time: DateTime = Field(
        validation_alias="currentTime", serialization_alias="currentTime"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class HeartbeatRequest(V21Request[HeartbeatResponse]):
    """Request of ``Heartbeat`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/HeartbeatRequest.json`` (sha256 of the original ``6eeaed6f20f52c599909a3933383c6baeeb88f5fea57f6d0417799b4c9b3fd81``).
    """

    ocpp_action: ClassVar[str] = "Heartbeat"
    response_type: ClassVar[type[HeartbeatResponse]] = HeartbeatResponse

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class InstallCertificateResponse(OcppResponse):
    """Response of ``InstallCertificate`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/InstallCertificateResponse.json`` (sha256 of the original ``c96c018bf31ac658c8a27bc873385bce8fe444370769688f0a66a65398912940``).
    """

    ocpp_action: ClassVar[str] = "InstallCertificate"

    status: InstallCertificateStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class InstallCertificateRequest(V21Request[InstallCertificateResponse]):
    """Request of ``InstallCertificate`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/InstallCertificateRequest.json`` (sha256 of the original ``0bfccbc3fedcf76694fff4c057872b205c2d1832f1b578877c3ef80f58cb2736``).
    """

    ocpp_action: ClassVar[str] = "InstallCertificate"
    response_type: ClassVar[type[InstallCertificateResponse]] = InstallCertificateResponse

    certificate_type: InstallCertificateUseEnum = Field(
        validation_alias="certificateType", serialization_alias="certificateType"
    )
    certificate: str = Field(max_length=10000)
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class LogStatusNotificationResponse(OcppResponse):
    """Response of ``LogStatusNotification`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/LogStatusNotificationResponse.json`` (sha256 of the original ``2f458d02d5333c675a759ba555aafa6af02faaaa6f5031679b9811eae19fb919``).
    """

    ocpp_action: ClassVar[str] = "LogStatusNotification"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class LogStatusNotificationRequest(V21Request[LogStatusNotificationResponse]):
    """Request of ``LogStatusNotification`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/LogStatusNotificationRequest.json`` (sha256 of the original ``cfbe863e1296bb1dcc48a188af51421d0bac75b26be909f0ec6f0d879977dc57``).
    """

    ocpp_action: ClassVar[str] = "LogStatusNotification"
    response_type: ClassVar[type[LogStatusNotificationResponse]] = LogStatusNotificationResponse

    status: UploadLogStatusEnum
    request_id: Omittable[int] = Field(
        default=None, validation_alias="requestId", serialization_alias="requestId"
    )
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class MeterValuesResponse(OcppResponse):
    """Response of ``MeterValues`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/MeterValuesResponse.json`` (sha256 of the original ``04b5dd52901d70ca3bf50ea877b8a0603d90dba36665821d541e30897aff2add``).
    """

    ocpp_action: ClassVar[str] = "MeterValues"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class MeterValuesRequest(V21Request[MeterValuesResponse]):
    """Request of ``MeterValues`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/MeterValuesRequest.json`` (sha256 of the original ``d87c009ab6fb767fc98b7d6f24ede62a3f3774002bfae99928e292b42a3619a7``).
    """

    ocpp_action: ClassVar[str] = "MeterValues"
    response_type: ClassVar[type[MeterValuesResponse]] = MeterValuesResponse

    evse_id: int = Field(validation_alias="evseId", serialization_alias="evseId", ge=0.0)
    meter_value: list[MeterValue] = Field(
        validation_alias="meterValue", serialization_alias="meterValue", min_length=1
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class NotifyAllowedEnergyTransferResponse(OcppResponse):
    """Response of ``NotifyAllowedEnergyTransfer`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/NotifyAllowedEnergyTransferResponse.json`` (sha256 of the original ``04504ad87439641fd87b18dd12e071fb5bab6dc5498891bcd6d365e1239bc271``).
    """

    ocpp_action: ClassVar[str] = "NotifyAllowedEnergyTransfer"

    status: NotifyAllowedEnergyTransferStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class NotifyAllowedEnergyTransferRequest(V21Request[NotifyAllowedEnergyTransferResponse]):
    """Request of ``NotifyAllowedEnergyTransfer`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/NotifyAllowedEnergyTransferRequest.json`` (sha256 of the original ``6fab848644bf460e5b96c2b9f3b7efcca2d2f4e0048f38d672d851d876752042``).
    """

    ocpp_action: ClassVar[str] = "NotifyAllowedEnergyTransfer"
    response_type: ClassVar[type[NotifyAllowedEnergyTransferResponse]] = (
        NotifyAllowedEnergyTransferResponse
    )

    transaction_id: str = Field(
        validation_alias="transactionId", serialization_alias="transactionId", max_length=36
    )
    allowed_energy_transfer: list[EnergyTransferModeEnum] = Field(
        validation_alias="allowedEnergyTransfer",
        serialization_alias="allowedEnergyTransfer",
        min_length=1,
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class NotifyChargingLimitResponse(OcppResponse):
    """Response of ``NotifyChargingLimit`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/NotifyChargingLimitResponse.json`` (sha256 of the original ``0e61aeb648cdd4a8250293cf293381ec00c9c3ad48c474948616abcbecce0005``).
    """

    ocpp_action: ClassVar[str] = "NotifyChargingLimit"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class NotifyChargingLimitRequest(V21Request[NotifyChargingLimitResponse]):
    """Request of ``NotifyChargingLimit`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/NotifyChargingLimitRequest.json`` (sha256 of the original ``c06fef347bf11fbd96c0d5598905458e87424c9172739a1689dcca44ef28708c``).
    """

    ocpp_action: ClassVar[str] = "NotifyChargingLimit"
    response_type: ClassVar[type[NotifyChargingLimitResponse]] = NotifyChargingLimitResponse

    charging_schedule: Omittable[list[ChargingSchedule]] = Field(
        default=None,
        validation_alias="chargingSchedule",
        serialization_alias="chargingSchedule",
        min_length=1,
    )
    evse_id: Omittable[int] = Field(
        default=None, validation_alias="evseId", serialization_alias="evseId", ge=0.0
    )
    charging_limit: ChargingLimit = Field(
        validation_alias="chargingLimit", serialization_alias="chargingLimit"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class NotifyCustomerInformationResponse(OcppResponse):
    """Response of ``NotifyCustomerInformation`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/NotifyCustomerInformationResponse.json`` (sha256 of the original ``61a4bcf20d5d2517de27569709fd00aa7780253d98529b397e56a5308a9d1e44``).
    """

    ocpp_action: ClassVar[str] = "NotifyCustomerInformation"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class NotifyCustomerInformationRequest(V21Request[NotifyCustomerInformationResponse]):
    """Request of ``NotifyCustomerInformation`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/NotifyCustomerInformationRequest.json`` (sha256 of the original ``6ade1755fc8110d9acd7b5bcbc0e270715c07b07df2028309c54eef435a8a77d``).
    """

    ocpp_action: ClassVar[str] = "NotifyCustomerInformation"
    response_type: ClassVar[type[NotifyCustomerInformationResponse]] = (
        NotifyCustomerInformationResponse
    )

    data: str = Field(max_length=512)
    tbc: Omittable[bool] = None
    seq_no: int = Field(validation_alias="seqNo", serialization_alias="seqNo", ge=0.0)
    generated_at: DateTime = Field(
        validation_alias="generatedAt", serialization_alias="generatedAt"
    )
    request_id: int = Field(validation_alias="requestId", serialization_alias="requestId", ge=0.0)
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class NotifyDERAlarmResponse(OcppResponse):
    """Response of ``NotifyDERAlarm`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/NotifyDERAlarmResponse.json`` (sha256 of the original ``98c763349af12a96dd4f18aa4303eda66e98553160a874e47d7d71ad38020788``).
    """

    ocpp_action: ClassVar[str] = "NotifyDERAlarm"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class NotifyDERAlarmRequest(V21Request[NotifyDERAlarmResponse]):
    """Request of ``NotifyDERAlarm`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/NotifyDERAlarmRequest.json`` (sha256 of the original ``543ae8af7c493c72da8f752fcff41a5551dfe40f24fba0ec4e0dab853f214f78``).
    """

    ocpp_action: ClassVar[str] = "NotifyDERAlarm"
    response_type: ClassVar[type[NotifyDERAlarmResponse]] = NotifyDERAlarmResponse

    control_type: DERControlEnum = Field(
        validation_alias="controlType", serialization_alias="controlType"
    )
    grid_event_fault: Omittable[GridEventFaultEnum] = Field(
        default=None, validation_alias="gridEventFault", serialization_alias="gridEventFault"
    )
    alarm_ended: Omittable[bool] = Field(
        default=None, validation_alias="alarmEnded", serialization_alias="alarmEnded"
    )
    timestamp: DateTime
    extra_info: Omittable[str] = Field(
        default=None, validation_alias="extraInfo", serialization_alias="extraInfo", max_length=200
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class NotifyDERStartStopResponse(OcppResponse):
    """Response of ``NotifyDERStartStop`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/NotifyDERStartStopResponse.json`` (sha256 of the original ``0c9bba46be723a35b98efb1eded027eb236ea241d2866e2f112749f69dc80bdd``).
    """

    ocpp_action: ClassVar[str] = "NotifyDERStartStop"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class NotifyDERStartStopRequest(V21Request[NotifyDERStartStopResponse]):
    """Request of ``NotifyDERStartStop`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/NotifyDERStartStopRequest.json`` (sha256 of the original ``01f8ea2220cba6e1e277c5a655fc2d965568d584b1c51e1e13740224613190ee``).
    """

    ocpp_action: ClassVar[str] = "NotifyDERStartStop"
    response_type: ClassVar[type[NotifyDERStartStopResponse]] = NotifyDERStartStopResponse

    control_id: str = Field(
        validation_alias="controlId", serialization_alias="controlId", max_length=36
    )
    started: bool
    timestamp: DateTime
    superseded_ids: Omittable[list[Annotated[str, Field(max_length=36)]]] = Field(
        default=None,
        validation_alias="supersededIds",
        serialization_alias="supersededIds",
        min_length=1,
        max_length=24,
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class NotifyDisplayMessagesResponse(OcppResponse):
    """Response of ``NotifyDisplayMessages`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/NotifyDisplayMessagesResponse.json`` (sha256 of the original ``8057ae1aad49d554dced02370cedc72340df2599e0061c33606ae85fa853fcc9``).
    """

    ocpp_action: ClassVar[str] = "NotifyDisplayMessages"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class NotifyDisplayMessagesRequest(V21Request[NotifyDisplayMessagesResponse]):
    """Request of ``NotifyDisplayMessages`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/NotifyDisplayMessagesRequest.json`` (sha256 of the original ``6e338891d30da7f0c63886be5a6668b18b2617a42d1d2a3b6299905371b95a3b``).
    """

    ocpp_action: ClassVar[str] = "NotifyDisplayMessages"
    response_type: ClassVar[type[NotifyDisplayMessagesResponse]] = NotifyDisplayMessagesResponse

    message_info: Omittable[list[MessageInfo]] = Field(
        default=None,
        validation_alias="messageInfo",
        serialization_alias="messageInfo",
        min_length=1,
    )
    request_id: int = Field(validation_alias="requestId", serialization_alias="requestId")
    tbc: Omittable[bool] = None
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class NotifyEVChargingNeedsResponse(OcppResponse):
    """Response of ``NotifyEVChargingNeeds`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/NotifyEVChargingNeedsResponse.json`` (sha256 of the original ``a9f156b5857c3b719bafa74909c8f1a7f4e85c633bb255471f1a0fee4962e9da``).
    """

    ocpp_action: ClassVar[str] = "NotifyEVChargingNeeds"

    status: NotifyEVChargingNeedsStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class NotifyEVChargingNeedsRequest(V21Request[NotifyEVChargingNeedsResponse]):
    """Request of ``NotifyEVChargingNeeds`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/NotifyEVChargingNeedsRequest.json`` (sha256 of the original ``cf65c5d2a667397a76221ede880e3f62ca2572f8e6364c7fdb5337c7546a9bf6``).
    """

    ocpp_action: ClassVar[str] = "NotifyEVChargingNeeds"
    response_type: ClassVar[type[NotifyEVChargingNeedsResponse]] = NotifyEVChargingNeedsResponse

    evse_id: int = Field(validation_alias="evseId", serialization_alias="evseId", ge=1.0)
    max_schedule_tuples: Omittable[int] = Field(
        default=None,
        validation_alias="maxScheduleTuples",
        serialization_alias="maxScheduleTuples",
        ge=0.0,
    )
    charging_needs: ChargingNeeds = Field(
        validation_alias="chargingNeeds", serialization_alias="chargingNeeds"
    )
    timestamp: Omittable[DateTime] = None
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class NotifyEVChargingScheduleResponse(OcppResponse):
    """Response of ``NotifyEVChargingSchedule`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/NotifyEVChargingScheduleResponse.json`` (sha256 of the original ``e2c2525be88cc703171cf8efe4f782c3816ae7f039db2e0bb3f80992d7b439f4``).
    """

    ocpp_action: ClassVar[str] = "NotifyEVChargingSchedule"

    status: GenericStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class NotifyEVChargingScheduleRequest(V21Request[NotifyEVChargingScheduleResponse]):
    """Request of ``NotifyEVChargingSchedule`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/NotifyEVChargingScheduleRequest.json`` (sha256 of the original ``c62dc7487d60fd47257e07656b10668592dcf3aefe26cbdf33fb3219a602fdeb``).
    """

    ocpp_action: ClassVar[str] = "NotifyEVChargingSchedule"
    response_type: ClassVar[type[NotifyEVChargingScheduleResponse]] = (
        NotifyEVChargingScheduleResponse
    )

    time_base: DateTime = Field(validation_alias="timeBase", serialization_alias="timeBase")
    charging_schedule: ChargingSchedule = Field(
        validation_alias="chargingSchedule", serialization_alias="chargingSchedule"
    )
    evse_id: int = Field(validation_alias="evseId", serialization_alias="evseId", ge=1.0)
    selected_charging_schedule_id: Omittable[int] = Field(
        default=None,
        validation_alias="selectedChargingScheduleId",
        serialization_alias="selectedChargingScheduleId",
        ge=0.0,
    )
    power_tolerance_acceptance: Omittable[bool] = Field(
        default=None,
        validation_alias="powerToleranceAcceptance",
        serialization_alias="powerToleranceAcceptance",
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class NotifyEventResponse(OcppResponse):
    """Response of ``NotifyEvent`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/NotifyEventResponse.json`` (sha256 of the original ``b51c933a5b304e883bf868e934e98b9cca08514c018114a3e6d9d25d15f7800c``).
    """

    ocpp_action: ClassVar[str] = "NotifyEvent"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class NotifyEventRequest(V21Request[NotifyEventResponse]):
    """Request of ``NotifyEvent`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/NotifyEventRequest.json`` (sha256 of the original ``dfd63085be0894c7529f994071db94576347688b00beba3f792df6adb9778851``).
    """

    ocpp_action: ClassVar[str] = "NotifyEvent"
    response_type: ClassVar[type[NotifyEventResponse]] = NotifyEventResponse

    generated_at: DateTime = Field(
        validation_alias="generatedAt", serialization_alias="generatedAt"
    )
    tbc: Omittable[bool] = None
    seq_no: int = Field(validation_alias="seqNo", serialization_alias="seqNo", ge=0.0)
    event_data: list[EventData] = Field(
        validation_alias="eventData", serialization_alias="eventData", min_length=1
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class NotifyMonitoringReportResponse(OcppResponse):
    """Response of ``NotifyMonitoringReport`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/NotifyMonitoringReportResponse.json`` (sha256 of the original ``9e4ba8f3751b3aa1d681d698dd3d1b4935c25f8bed3c479cdbd1660fdc50574f``).
    """

    ocpp_action: ClassVar[str] = "NotifyMonitoringReport"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class NotifyMonitoringReportRequest(V21Request[NotifyMonitoringReportResponse]):
    """Request of ``NotifyMonitoringReport`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/NotifyMonitoringReportRequest.json`` (sha256 of the original ``a60197455dfa98532a8eaf22ffaa2826bf1ea3e7074a620c347ace3413dd62d4``).
    """

    ocpp_action: ClassVar[str] = "NotifyMonitoringReport"
    response_type: ClassVar[type[NotifyMonitoringReportResponse]] = NotifyMonitoringReportResponse

    monitor: Omittable[list[MonitoringData]] = Field(default=None, min_length=1)
    request_id: int = Field(validation_alias="requestId", serialization_alias="requestId")
    tbc: Omittable[bool] = None
    seq_no: int = Field(validation_alias="seqNo", serialization_alias="seqNo", ge=0.0)
    generated_at: DateTime = Field(
        validation_alias="generatedAt", serialization_alias="generatedAt"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class NotifyPeriodicEventStream(V21Send):
    """SEND message of ``NotifyPeriodicEventStream`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/NotifyPeriodicEventStream.json`` (sha256 of the original ``ed5183206b5c2bf26d43ff06280464592253fb02ede1a58fc6b3c51765b98c01``).
    """

    ocpp_action: ClassVar[str] = "NotifyPeriodicEventStream"

    data: list[StreamDataElement] = Field(min_length=1)
    id: int = Field(ge=0.0)
    pending: int = Field(ge=0.0)
    basetime: DateTime
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class NotifyPriorityChargingResponse(OcppResponse):
    """Response of ``NotifyPriorityCharging`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/NotifyPriorityChargingResponse.json`` (sha256 of the original ``0524ac6c927a5f9682fc4a11a11c85209b07076f4f9f1cb184343421d2be7e96``).
    """

    ocpp_action: ClassVar[str] = "NotifyPriorityCharging"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class NotifyPriorityChargingRequest(V21Request[NotifyPriorityChargingResponse]):
    """Request of ``NotifyPriorityCharging`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/NotifyPriorityChargingRequest.json`` (sha256 of the original ``f44634d00806576bd9ef1535a8605facc12cb5c6d15f8a8e26c2785d8c63b21b``).
    """

    ocpp_action: ClassVar[str] = "NotifyPriorityCharging"
    response_type: ClassVar[type[NotifyPriorityChargingResponse]] = NotifyPriorityChargingResponse

    transaction_id: str = Field(
        validation_alias="transactionId", serialization_alias="transactionId", max_length=36
    )
    activated: bool
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class NotifyReportResponse(OcppResponse):
    """Response of ``NotifyReport`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/NotifyReportResponse.json`` (sha256 of the original ``256aaee42877dee50d68483c9b5cc0c45df2f46e7efa8e93bb0e43f55ed8f1ef``).
    """

    ocpp_action: ClassVar[str] = "NotifyReport"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class NotifyReportRequest(V21Request[NotifyReportResponse]):
    """Request of ``NotifyReport`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/NotifyReportRequest.json`` (sha256 of the original ``4489a9be3446da533dfa7796cff59440c586610fedc4ef4aeedfbe2919443645``).
    """

    ocpp_action: ClassVar[str] = "NotifyReport"
    response_type: ClassVar[type[NotifyReportResponse]] = NotifyReportResponse

    request_id: int = Field(validation_alias="requestId", serialization_alias="requestId")
    generated_at: DateTime = Field(
        validation_alias="generatedAt", serialization_alias="generatedAt"
    )
    report_data: Omittable[list[ReportData]] = Field(
        default=None, validation_alias="reportData", serialization_alias="reportData", min_length=1
    )
    tbc: Omittable[bool] = None
    seq_no: int = Field(validation_alias="seqNo", serialization_alias="seqNo", ge=0.0)
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class NotifySettlementResponse(OcppResponse):
    """Response of ``NotifySettlement`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/NotifySettlementResponse.json`` (sha256 of the original ``4e83f4ee56182c39199f8cb2025519fafaf368b5798e881531cb9a07eb838afd``).
    """

    ocpp_action: ClassVar[str] = "NotifySettlement"

    receipt_url: Omittable[str] = Field(
        default=None,
        validation_alias="receiptUrl",
        serialization_alias="receiptUrl",
        max_length=2000,
    )
    receipt_id: Omittable[str] = Field(
        default=None, validation_alias="receiptId", serialization_alias="receiptId", max_length=50
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class NotifySettlementRequest(V21Request[NotifySettlementResponse]):
    """Request of ``NotifySettlement`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/NotifySettlementRequest.json`` (sha256 of the original ``69505a70ea64de62fa58d90f72b18875e11d154c5f703dcf5aa8a778ea0a3121``).
    """

    ocpp_action: ClassVar[str] = "NotifySettlement"
    response_type: ClassVar[type[NotifySettlementResponse]] = NotifySettlementResponse

    transaction_id: Omittable[str] = Field(
        default=None,
        validation_alias="transactionId",
        serialization_alias="transactionId",
        max_length=36,
    )
    psp_ref: str = Field(validation_alias="pspRef", serialization_alias="pspRef", max_length=255)
    status: PaymentStatusEnum
    status_info: Omittable[str] = Field(
        default=None,
        validation_alias="statusInfo",
        serialization_alias="statusInfo",
        max_length=500,
    )
    settlement_amount: float = Field(
        validation_alias="settlementAmount", serialization_alias="settlementAmount"
    )
    settlement_time: DateTime = Field(
        validation_alias="settlementTime", serialization_alias="settlementTime"
    )
    receipt_id: Omittable[str] = Field(
        default=None, validation_alias="receiptId", serialization_alias="receiptId", max_length=50
    )
    receipt_url: Omittable[str] = Field(
        default=None,
        validation_alias="receiptUrl",
        serialization_alias="receiptUrl",
        max_length=2000,
    )
    vat_company: Omittable[Address] = Field(
        default=None, validation_alias="vatCompany", serialization_alias="vatCompany"
    )
    vat_number: Omittable[str] = Field(
        default=None, validation_alias="vatNumber", serialization_alias="vatNumber", max_length=20
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class NotifyWebPaymentStartedResponse(OcppResponse):
    """Response of ``NotifyWebPaymentStarted`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/NotifyWebPaymentStartedResponse.json`` (sha256 of the original ``65bf37edd4437b4217a2cc8f16ed545d8ab37dec356bb4fc966b7d99599fbd0e``).
    """

    ocpp_action: ClassVar[str] = "NotifyWebPaymentStarted"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class NotifyWebPaymentStartedRequest(V21Request[NotifyWebPaymentStartedResponse]):
    """Request of ``NotifyWebPaymentStarted`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/NotifyWebPaymentStartedRequest.json`` (sha256 of the original ``9788a76bed6f9be8dc7986c6dd468a339758bef92598989d47e142e6758aedce``).
    """

    ocpp_action: ClassVar[str] = "NotifyWebPaymentStarted"
    response_type: ClassVar[type[NotifyWebPaymentStartedResponse]] = NotifyWebPaymentStartedResponse

    evse_id: int = Field(validation_alias="evseId", serialization_alias="evseId", ge=0.0)
    timeout: int
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class OpenPeriodicEventStreamResponse(OcppResponse):
    """Response of ``OpenPeriodicEventStream`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/OpenPeriodicEventStreamResponse.json`` (sha256 of the original ``6d55eb95a59f01865e1ea73a80ab6e63e260b56d705ee32ba6ac85b32d58abd4``).
    """

    ocpp_action: ClassVar[str] = "OpenPeriodicEventStream"

    status: GenericStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class OpenPeriodicEventStreamRequest(V21Request[OpenPeriodicEventStreamResponse]):
    """Request of ``OpenPeriodicEventStream`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/OpenPeriodicEventStreamRequest.json`` (sha256 of the original ``d35d9bcdfa1be4b63460bfb4e7291381bba3d9c19f3b404d92d9d8ed347cbddb``).
    """

    ocpp_action: ClassVar[str] = "OpenPeriodicEventStream"
    response_type: ClassVar[type[OpenPeriodicEventStreamResponse]] = OpenPeriodicEventStreamResponse

    constant_stream_data: ConstantStreamData = Field(
        validation_alias="constantStreamData", serialization_alias="constantStreamData"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class PublishFirmwareResponse(OcppResponse):
    """Response of ``PublishFirmware`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/PublishFirmwareResponse.json`` (sha256 of the original ``7940f817a66350887f37eeb18422a22114cf7c499401fa2ad2985638ad803807``).
    """

    ocpp_action: ClassVar[str] = "PublishFirmware"

    status: GenericStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class PublishFirmwareRequest(V21Request[PublishFirmwareResponse]):
    """Request of ``PublishFirmware`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/PublishFirmwareRequest.json`` (sha256 of the original ``10544768fcb0143d3dbd45f69b503cc9c9bd8af0b9feaadbb0679a2cd273a0bd``).
    """

    ocpp_action: ClassVar[str] = "PublishFirmware"
    response_type: ClassVar[type[PublishFirmwareResponse]] = PublishFirmwareResponse

    location: str = Field(max_length=2000)
    retries: Omittable[int] = Field(default=None, ge=0.0)
    checksum: str = Field(max_length=32)
    request_id: int = Field(validation_alias="requestId", serialization_alias="requestId", ge=0.0)
    retry_interval: Omittable[int] = Field(
        default=None, validation_alias="retryInterval", serialization_alias="retryInterval", ge=0.0
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class PublishFirmwareStatusNotificationResponse(OcppResponse):
    """Response of ``PublishFirmwareStatusNotification`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/PublishFirmwareStatusNotificationResponse.json`` (sha256 of the original ``dfdb4decbcb7f0778eda21d95d430219c017093f77d0661ce5610e636576548e``).
    """

    ocpp_action: ClassVar[str] = "PublishFirmwareStatusNotification"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class PublishFirmwareStatusNotificationRequest(
    V21Request[PublishFirmwareStatusNotificationResponse]
):
    """Request of ``PublishFirmwareStatusNotification`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/PublishFirmwareStatusNotificationRequest.json`` (sha256 of the original ``eac7284b5313f8e46deb5379dd1e485e4e890b38492e73c2553e69bf9ae7f3fd``).
    """

    ocpp_action: ClassVar[str] = "PublishFirmwareStatusNotification"
    response_type: ClassVar[type[PublishFirmwareStatusNotificationResponse]] = (
        PublishFirmwareStatusNotificationResponse
    )

    status: PublishFirmwareStatusEnum
    location: Omittable[list[Annotated[str, Field(max_length=2000)]]] = Field(
        default=None, min_length=1
    )
    request_id: Omittable[int] = Field(
        default=None, validation_alias="requestId", serialization_alias="requestId", ge=0.0
    )
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class PullDynamicScheduleUpdateResponse(OcppResponse):
    """Response of ``PullDynamicScheduleUpdate`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/PullDynamicScheduleUpdateResponse.json`` (sha256 of the original ``2b8f81713af34383702cb83758e49228530db5f16e8ead4575337e054f6dbdd3``).
    """

    ocpp_action: ClassVar[str] = "PullDynamicScheduleUpdate"

    schedule_update: Omittable[ChargingScheduleUpdate] = Field(
        default=None, validation_alias="scheduleUpdate", serialization_alias="scheduleUpdate"
    )
    status: ChargingProfileStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class PullDynamicScheduleUpdateRequest(V21Request[PullDynamicScheduleUpdateResponse]):
    """Request of ``PullDynamicScheduleUpdate`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/PullDynamicScheduleUpdateRequest.json`` (sha256 of the original ``8ff9fbb18882ffb9d1322b9764a1bb05932bf97357a069a0c271c76deed32d4e``).
    """

    ocpp_action: ClassVar[str] = "PullDynamicScheduleUpdate"
    response_type: ClassVar[type[PullDynamicScheduleUpdateResponse]] = (
        PullDynamicScheduleUpdateResponse
    )

    charging_profile_id: int = Field(
        validation_alias="chargingProfileId", serialization_alias="chargingProfileId"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class ReportChargingProfilesResponse(OcppResponse):
    """Response of ``ReportChargingProfiles`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/ReportChargingProfilesResponse.json`` (sha256 of the original ``78c7c633ffee7820c99a620d9b3a5481826cbaf7832451584fa2b06e5bac81c5``).
    """

    ocpp_action: ClassVar[str] = "ReportChargingProfiles"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class ReportChargingProfilesRequest(V21Request[ReportChargingProfilesResponse]):
    """Request of ``ReportChargingProfiles`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/ReportChargingProfilesRequest.json`` (sha256 of the original ``270e8691accbf8c8fa76bfb48326e733edaa0a65421a593f8530669b3c2ead40``).
    """

    ocpp_action: ClassVar[str] = "ReportChargingProfiles"
    response_type: ClassVar[type[ReportChargingProfilesResponse]] = ReportChargingProfilesResponse

    request_id: int = Field(validation_alias="requestId", serialization_alias="requestId")
    charging_limit_source: str = Field(
        validation_alias="chargingLimitSource",
        serialization_alias="chargingLimitSource",
        max_length=20,
    )
    charging_profile: list[ChargingProfile] = Field(
        validation_alias="chargingProfile", serialization_alias="chargingProfile", min_length=1
    )
    tbc: Omittable[bool] = None
    evse_id: int = Field(validation_alias="evseId", serialization_alias="evseId", ge=0.0)
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class ReportDERControlResponse(OcppResponse):
    """Response of ``ReportDERControl`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/ReportDERControlResponse.json`` (sha256 of the original ``c5864f656fe517cee77e9a22e71d7987423b158eab3f5e8a0014b6b8b764d419``).
    """

    ocpp_action: ClassVar[str] = "ReportDERControl"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class ReportDERControlRequest(V21Request[ReportDERControlResponse]):
    """Request of ``ReportDERControl`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/ReportDERControlRequest.json`` (sha256 of the original ``6f573f6727560476c04c0bdd104b81a4cd8576c6c7862c51c839ccef30bb62f0``).
    """

    ocpp_action: ClassVar[str] = "ReportDERControl"
    response_type: ClassVar[type[ReportDERControlResponse]] = ReportDERControlResponse

    curve: Omittable[list[DERCurveGet]] = Field(default=None, min_length=1, max_length=24)
    enter_service: Omittable[list[EnterServiceGet]] = Field(
        default=None,
        validation_alias="enterService",
        serialization_alias="enterService",
        min_length=1,
        max_length=24,
    )
    fixed_pf_absorb: Omittable[list[FixedPFGet]] = Field(
        default=None,
        validation_alias="fixedPFAbsorb",
        serialization_alias="fixedPFAbsorb",
        min_length=1,
        max_length=24,
    )
    fixed_pf_inject: Omittable[list[FixedPFGet]] = Field(
        default=None,
        validation_alias="fixedPFInject",
        serialization_alias="fixedPFInject",
        min_length=1,
        max_length=24,
    )
    fixed_var: Omittable[list[FixedVarGet]] = Field(
        default=None,
        validation_alias="fixedVar",
        serialization_alias="fixedVar",
        min_length=1,
        max_length=24,
    )
    freq_droop: Omittable[list[FreqDroopGet]] = Field(
        default=None,
        validation_alias="freqDroop",
        serialization_alias="freqDroop",
        min_length=1,
        max_length=24,
    )
    gradient: Omittable[list[GradientGet]] = Field(default=None, min_length=1, max_length=24)
    limit_max_discharge: Omittable[list[LimitMaxDischargeGet]] = Field(
        default=None,
        validation_alias="limitMaxDischarge",
        serialization_alias="limitMaxDischarge",
        min_length=1,
        max_length=24,
    )
    request_id: int = Field(validation_alias="requestId", serialization_alias="requestId")
    tbc: Omittable[bool] = None
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class RequestBatterySwapResponse(OcppResponse):
    """Response of ``RequestBatterySwap`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/RequestBatterySwapResponse.json`` (sha256 of the original ``235b856cb0102f52b57a54fb6b4d97d9e4403547404e644048e5d7fc0fd26976``).
    """

    ocpp_action: ClassVar[str] = "RequestBatterySwap"

    status: GenericStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class RequestBatterySwapRequest(V21Request[RequestBatterySwapResponse]):
    """Request of ``RequestBatterySwap`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/RequestBatterySwapRequest.json`` (sha256 of the original ``25e22264ef6c3071dd21dabf3b985587fa3ad1caf8ff4aaac12de19da2877b35``).
    """

    ocpp_action: ClassVar[str] = "RequestBatterySwap"
    response_type: ClassVar[type[RequestBatterySwapResponse]] = RequestBatterySwapResponse

    id_token: IdToken = Field(validation_alias="idToken", serialization_alias="idToken")
    request_id: int = Field(validation_alias="requestId", serialization_alias="requestId")
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class RequestStartTransactionResponse(OcppResponse):
    """Response of ``RequestStartTransaction`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/RequestStartTransactionResponse.json`` (sha256 of the original ``d95dcbd6fe55ed51666523d9424c441518fe3311ff5d59c9f30ffd3d99001090``).
    """

    ocpp_action: ClassVar[str] = "RequestStartTransaction"

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
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class RequestStartTransactionRequest(V21Request[RequestStartTransactionResponse]):
    """Request of ``RequestStartTransaction`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/RequestStartTransactionRequest.json`` (sha256 of the original ``d22ced7ca2cfc6c69835ed86b7ab50b4e2631b86ae63998ca01896f63e6817c1``).
    """

    ocpp_action: ClassVar[str] = "RequestStartTransaction"
    response_type: ClassVar[type[RequestStartTransactionResponse]] = RequestStartTransactionResponse

    evse_id: Omittable[int] = Field(
        default=None, validation_alias="evseId", serialization_alias="evseId", ge=1.0
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
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class RequestStopTransactionResponse(OcppResponse):
    """Response of ``RequestStopTransaction`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/RequestStopTransactionResponse.json`` (sha256 of the original ``1bddd2df0c366566b39ac985a5c0ca3296fff84350d689cb48d40698ff351b48``).
    """

    ocpp_action: ClassVar[str] = "RequestStopTransaction"

    status: RequestStartStopStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class RequestStopTransactionRequest(V21Request[RequestStopTransactionResponse]):
    """Request of ``RequestStopTransaction`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/RequestStopTransactionRequest.json`` (sha256 of the original ``f92aa34ef0cbcf22b4b12e41a7def3720ca0203934f80f1c0ddf32e55b2f37b9``).
    """

    ocpp_action: ClassVar[str] = "RequestStopTransaction"
    response_type: ClassVar[type[RequestStopTransactionResponse]] = RequestStopTransactionResponse

    transaction_id: str = Field(
        validation_alias="transactionId", serialization_alias="transactionId", max_length=36
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class ReservationStatusUpdateResponse(OcppResponse):
    """Response of ``ReservationStatusUpdate`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/ReservationStatusUpdateResponse.json`` (sha256 of the original ``f1219dca63cea2a1680211a5f4421980d025313b16cc2d9a5deca9063a3ddc84``).
    """

    ocpp_action: ClassVar[str] = "ReservationStatusUpdate"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class ReservationStatusUpdateRequest(V21Request[ReservationStatusUpdateResponse]):
    """Request of ``ReservationStatusUpdate`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/ReservationStatusUpdateRequest.json`` (sha256 of the original ``afde754f7c479a464d6314ae4ee24834f322061f493bfb88308309be079bd98d``).
    """

    ocpp_action: ClassVar[str] = "ReservationStatusUpdate"
    response_type: ClassVar[type[ReservationStatusUpdateResponse]] = ReservationStatusUpdateResponse

    reservation_id: int = Field(
        validation_alias="reservationId", serialization_alias="reservationId", ge=0.0
    )
    reservation_update_status: ReservationUpdateStatusEnum = Field(
        validation_alias="reservationUpdateStatus", serialization_alias="reservationUpdateStatus"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class ReserveNowResponse(OcppResponse):
    """Response of ``ReserveNow`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/ReserveNowResponse.json`` (sha256 of the original ``17c0cfc7745bd07f96ce8850e495c86aa8a32d548061728003652d2d0270bfe8``).
    """

    ocpp_action: ClassVar[str] = "ReserveNow"

    status: ReserveNowStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class ReserveNowRequest(V21Request[ReserveNowResponse]):
    """Request of ``ReserveNow`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/ReserveNowRequest.json`` (sha256 of the original ``a49b3f7eee1bcab95dfa668964eb1bf186c405d7fb64f5661a93dcc512cf7df7``).
    """

    ocpp_action: ClassVar[str] = "ReserveNow"
    response_type: ClassVar[type[ReserveNowResponse]] = ReserveNowResponse

    id: int = Field(ge=0.0)
    expiry_date_time: DateTime = Field(
        validation_alias="expiryDateTime", serialization_alias="expiryDateTime"
    )
    connector_type: Omittable[str] = Field(
        default=None,
        validation_alias="connectorType",
        serialization_alias="connectorType",
        max_length=20,
    )
    id_token: IdToken = Field(validation_alias="idToken", serialization_alias="idToken")
    evse_id: Omittable[int] = Field(
        default=None, validation_alias="evseId", serialization_alias="evseId", ge=0.0
    )
    group_id_token: Omittable[IdToken] = Field(
        default=None, validation_alias="groupIdToken", serialization_alias="groupIdToken"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class ResetResponse(OcppResponse):
    """Response of ``Reset`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/ResetResponse.json`` (sha256 of the original ``4dad1768990b28ca1d29ff2f9cc70f99a13a91fc8a5fe75e884ce937b6c0872a``).
    """

    ocpp_action: ClassVar[str] = "Reset"

    status: ResetStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class ResetRequest(V21Request[ResetResponse]):
    """Request of ``Reset`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/ResetRequest.json`` (sha256 of the original ``9cf26139a062d9e0c2c33ac4a060f3d45cac88208660034bfd283b3d3a54d93a``).
    """

    ocpp_action: ClassVar[str] = "Reset"
    response_type: ClassVar[type[ResetResponse]] = ResetResponse

    type: ResetEnum
    evse_id: Omittable[int] = Field(
        default=None, validation_alias="evseId", serialization_alias="evseId", ge=0.0
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class SecurityEventNotificationResponse(OcppResponse):
    """Response of ``SecurityEventNotification`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/SecurityEventNotificationResponse.json`` (sha256 of the original ``e9854ad94f87db3376fd259ade54dbc3d4ee5676850c75992bf44b78a489643e``).
    """

    ocpp_action: ClassVar[str] = "SecurityEventNotification"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class SecurityEventNotificationRequest(V21Request[SecurityEventNotificationResponse]):
    """Request of ``SecurityEventNotification`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/SecurityEventNotificationRequest.json`` (sha256 of the original ``56ba356fca0944031f657ebc2384a5e72699d78a82ffd1861c50b5f4ec1973c4``).
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
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class SendLocalListResponse(OcppResponse):
    """Response of ``SendLocalList`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/SendLocalListResponse.json`` (sha256 of the original ``692f0bac64aa1dcb351638e5fcd5f48d37971f1f7774694b103af9782185b19f``).
    """

    ocpp_action: ClassVar[str] = "SendLocalList"

    status: SendLocalListStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class SendLocalListRequest(V21Request[SendLocalListResponse]):
    """Request of ``SendLocalList`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/SendLocalListRequest.json`` (sha256 of the original ``0dc1f28ed561703fddc73ac6122206c1f464d6a28e996528d4d52bb2ef4e9cf0``).
    """

    ocpp_action: ClassVar[str] = "SendLocalList"
    response_type: ClassVar[type[SendLocalListResponse]] = SendLocalListResponse

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
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class SetChargingProfileResponse(OcppResponse):
    """Response of ``SetChargingProfile`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/SetChargingProfileResponse.json`` (sha256 of the original ``1674dfaba9fca1ce8e72785e5f9299e6d0c51266ee11ac19fc1a66d36c71b700``).
    """

    ocpp_action: ClassVar[str] = "SetChargingProfile"

    status: ChargingProfileStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class SetChargingProfileRequest(V21Request[SetChargingProfileResponse]):
    """Request of ``SetChargingProfile`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/SetChargingProfileRequest.json`` (sha256 of the original ``97cb5cc4f7597da183e29c661f722aa96a7121b53aaecf1508c8935ea70214f6``).
    """

    ocpp_action: ClassVar[str] = "SetChargingProfile"
    response_type: ClassVar[type[SetChargingProfileResponse]] = SetChargingProfileResponse

    evse_id: int = Field(validation_alias="evseId", serialization_alias="evseId", ge=0.0)
    charging_profile: ChargingProfile = Field(
        validation_alias="chargingProfile", serialization_alias="chargingProfile"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class SetDERControlResponse(OcppResponse):
    """Response of ``SetDERControl`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/SetDERControlResponse.json`` (sha256 of the original ``220851ca5b1d2b0c075b8d0ac8160870a18168065eb0f088640d3312e0e247a2``).
    """

    ocpp_action: ClassVar[str] = "SetDERControl"

    status: DERControlStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )
    superseded_ids: Omittable[list[Annotated[str, Field(max_length=36)]]] = Field(
        default=None,
        validation_alias="supersededIds",
        serialization_alias="supersededIds",
        min_length=1,
        max_length=24,
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class SetDERControlRequest(V21Request[SetDERControlResponse]):
    """Request of ``SetDERControl`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/SetDERControlRequest.json`` (sha256 of the original ``69c2e9610a2ab1102d3577966d24b7603aeda7472683c52f0f648eba93fcccbe``).
    """

    ocpp_action: ClassVar[str] = "SetDERControl"
    response_type: ClassVar[type[SetDERControlResponse]] = SetDERControlResponse

    is_default: bool = Field(validation_alias="isDefault", serialization_alias="isDefault")
    control_id: str = Field(
        validation_alias="controlId", serialization_alias="controlId", max_length=36
    )
    control_type: DERControlEnum = Field(
        validation_alias="controlType", serialization_alias="controlType"
    )
    curve: Omittable[DERCurve] = None
    enter_service: Omittable[EnterService] = Field(
        default=None, validation_alias="enterService", serialization_alias="enterService"
    )
    fixed_pf_absorb: Omittable[FixedPF] = Field(
        default=None, validation_alias="fixedPFAbsorb", serialization_alias="fixedPFAbsorb"
    )
    fixed_pf_inject: Omittable[FixedPF] = Field(
        default=None, validation_alias="fixedPFInject", serialization_alias="fixedPFInject"
    )
    fixed_var: Omittable[FixedVar] = Field(
        default=None, validation_alias="fixedVar", serialization_alias="fixedVar"
    )
    freq_droop: Omittable[FreqDroop] = Field(
        default=None, validation_alias="freqDroop", serialization_alias="freqDroop"
    )
    gradient: Omittable[Gradient] = None
    limit_max_discharge: Omittable[LimitMaxDischarge] = Field(
        default=None, validation_alias="limitMaxDischarge", serialization_alias="limitMaxDischarge"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class SetDefaultTariffResponse(OcppResponse):
    """Response of ``SetDefaultTariff`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/SetDefaultTariffResponse.json`` (sha256 of the original ``f739c10e2277222f53be7bec5186eaae7e3d6b7ecd4a747c6de7efaa66a9479f``).
    """

    ocpp_action: ClassVar[str] = "SetDefaultTariff"

    status: TariffSetStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class SetDefaultTariffRequest(V21Request[SetDefaultTariffResponse]):
    """Request of ``SetDefaultTariff`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/SetDefaultTariffRequest.json`` (sha256 of the original ``bd6146aca40b669a3ebf6ca3532e90f6345534833cfc0caa2c93475d2ef0db3f``).
    """

    ocpp_action: ClassVar[str] = "SetDefaultTariff"
    response_type: ClassVar[type[SetDefaultTariffResponse]] = SetDefaultTariffResponse

    evse_id: int = Field(validation_alias="evseId", serialization_alias="evseId", ge=0.0)
    tariff: Tariff
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class SetDisplayMessageResponse(OcppResponse):
    """Response of ``SetDisplayMessage`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/SetDisplayMessageResponse.json`` (sha256 of the original ``6d4f18a1b58a665968e2ff077003ea6514fae9b2a55366961c08245e9b689566``).
    """

    ocpp_action: ClassVar[str] = "SetDisplayMessage"

    status: DisplayMessageStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class SetDisplayMessageRequest(V21Request[SetDisplayMessageResponse]):
    """Request of ``SetDisplayMessage`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/SetDisplayMessageRequest.json`` (sha256 of the original ``09957764462b418986a193329fb0fd521db0165c5bd79b7e8d267c3735a88758``).
    """

    ocpp_action: ClassVar[str] = "SetDisplayMessage"
    response_type: ClassVar[type[SetDisplayMessageResponse]] = SetDisplayMessageResponse

    message: MessageInfo
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class SetMonitoringBaseResponse(OcppResponse):
    """Response of ``SetMonitoringBase`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/SetMonitoringBaseResponse.json`` (sha256 of the original ``af6ece18e0eaa22e6ee42883df17754831cc5b2d43ddad8e85be40ecd01be044``).
    """

    ocpp_action: ClassVar[str] = "SetMonitoringBase"

    status: GenericDeviceModelStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class SetMonitoringBaseRequest(V21Request[SetMonitoringBaseResponse]):
    """Request of ``SetMonitoringBase`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/SetMonitoringBaseRequest.json`` (sha256 of the original ``382fd7ecf73a684a2d1eb6e9f6d183546d7d610f548b21d442109800067d5b34``).
    """

    ocpp_action: ClassVar[str] = "SetMonitoringBase"
    response_type: ClassVar[type[SetMonitoringBaseResponse]] = SetMonitoringBaseResponse

    monitoring_base: MonitoringBaseEnum = Field(
        validation_alias="monitoringBase", serialization_alias="monitoringBase"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class SetMonitoringLevelResponse(OcppResponse):
    """Response of ``SetMonitoringLevel`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/SetMonitoringLevelResponse.json`` (sha256 of the original ``8bb6069a7807822e9c7bad43917a9b67be062d571c11c7b4b7f4cc112fa3f952``).
    """

    ocpp_action: ClassVar[str] = "SetMonitoringLevel"

    status: GenericStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class SetMonitoringLevelRequest(V21Request[SetMonitoringLevelResponse]):
    """Request of ``SetMonitoringLevel`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/SetMonitoringLevelRequest.json`` (sha256 of the original ``c901e56b4467185bdaa6fa6b7904d610991a2eb9d98bb0686a6a786179417538``).
    """

    ocpp_action: ClassVar[str] = "SetMonitoringLevel"
    response_type: ClassVar[type[SetMonitoringLevelResponse]] = SetMonitoringLevelResponse

    severity: int = Field(ge=0.0)
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class SetNetworkProfileResponse(OcppResponse):
    """Response of ``SetNetworkProfile`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/SetNetworkProfileResponse.json`` (sha256 of the original ``231c026fd790158e1e2ca34afec88146d59dba1b4a580addece2dd6f7101573b``).
    """

    ocpp_action: ClassVar[str] = "SetNetworkProfile"

    status: SetNetworkProfileStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class SetNetworkProfileRequest(V21Request[SetNetworkProfileResponse]):
    """Request of ``SetNetworkProfile`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/SetNetworkProfileRequest.json`` (sha256 of the original ``129416a0b589d0450123d2ffeaedc64e815f7f8f377239cdd1c238ae61213593``).
    """

    ocpp_action: ClassVar[str] = "SetNetworkProfile"
    response_type: ClassVar[type[SetNetworkProfileResponse]] = SetNetworkProfileResponse

    configuration_slot: int = Field(
        validation_alias="configurationSlot", serialization_alias="configurationSlot"
    )
    connection_data: NetworkConnectionProfile = Field(
        validation_alias="connectionData", serialization_alias="connectionData"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class SetVariableMonitoringResponse(OcppResponse):
    """Response of ``SetVariableMonitoring`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/SetVariableMonitoringResponse.json`` (sha256 of the original ``440696c9c15acddc50263fec4ba50ed276e0d0af88c8091b307fd1a6a2bc711f``).
    """

    ocpp_action: ClassVar[str] = "SetVariableMonitoring"

    set_monitoring_result: list[SetMonitoringResult] = Field(
        validation_alias="setMonitoringResult",
        serialization_alias="setMonitoringResult",
        min_length=1,
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class SetVariableMonitoringRequest(V21Request[SetVariableMonitoringResponse]):
    """Request of ``SetVariableMonitoring`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/SetVariableMonitoringRequest.json`` (sha256 of the original ``ed1888399f048e070fba70857f8895a0ba2b8cdca0cfaa63ae7a95b98ad5b958``).
    """

    ocpp_action: ClassVar[str] = "SetVariableMonitoring"
    response_type: ClassVar[type[SetVariableMonitoringResponse]] = SetVariableMonitoringResponse

    set_monitoring_data: list[SetMonitoringData] = Field(
        validation_alias="setMonitoringData", serialization_alias="setMonitoringData", min_length=1
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class SetVariablesResponse(OcppResponse):
    """Response of ``SetVariables`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/SetVariablesResponse.json`` (sha256 of the original ``def0c49cdb697f495471f9cd1a18d92214522ef20f089440238c6c3a52b49038``).
    """

    ocpp_action: ClassVar[str] = "SetVariables"

    set_variable_result: list[SetVariableResult] = Field(
        validation_alias="setVariableResult", serialization_alias="setVariableResult", min_length=1
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class SetVariablesRequest(V21Request[SetVariablesResponse]):
    """Request of ``SetVariables`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/SetVariablesRequest.json`` (sha256 of the original ``6468991bfc462cf7f93d110097e63bf4782941c0285c29a240d62e1f6c91f47c``).
    """

    ocpp_action: ClassVar[str] = "SetVariables"
    response_type: ClassVar[type[SetVariablesResponse]] = SetVariablesResponse

    set_variable_data: list[SetVariableData] = Field(
        validation_alias="setVariableData", serialization_alias="setVariableData", min_length=1
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class SignCertificateResponse(OcppResponse):
    """Response of ``SignCertificate`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/SignCertificateResponse.json`` (sha256 of the original ``5c384caa1a2e00e85d3b64878994fc85a6a578a4b26cd034cad6ad17b9f22eaf``).
    """

    ocpp_action: ClassVar[str] = "SignCertificate"

    status: GenericStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class SignCertificateRequest(V21Request[SignCertificateResponse]):
    """Request of ``SignCertificate`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/SignCertificateRequest.json`` (sha256 of the original ``5e0019cc672ac187bbe66ffd05fba36c79d0ad3b5000007eb7583e0d9c473bd5``).
    """

    ocpp_action: ClassVar[str] = "SignCertificate"
    response_type: ClassVar[type[SignCertificateResponse]] = SignCertificateResponse

    csr: str = Field(max_length=5500)
    certificate_type: Omittable[CertificateSigningUseEnum] = Field(
        default=None, validation_alias="certificateType", serialization_alias="certificateType"
    )
    hash_root_certificate: Omittable[CertificateHashData] = Field(
        default=None,
        validation_alias="hashRootCertificate",
        serialization_alias="hashRootCertificate",
    )
    request_id: Omittable[int] = Field(
        default=None, validation_alias="requestId", serialization_alias="requestId"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class StatusNotificationResponse(OcppResponse):
    """Response of ``StatusNotification`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/StatusNotificationResponse.json`` (sha256 of the original ``863d571a9331d5cb70aac89c8946fa12a2e67aa8106e8ae51e483f4dddd2f1ab``).
    """

    ocpp_action: ClassVar[str] = "StatusNotification"

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class StatusNotificationRequest(V21Request[StatusNotificationResponse]):
    """Request of ``StatusNotification`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/StatusNotificationRequest.json`` (sha256 of the original ``77ebc39f989624c026a9bc8d110cc361219e34feefb1261febba7e8b38029be5``).
    """

    ocpp_action: ClassVar[str] = "StatusNotification"
    response_type: ClassVar[type[StatusNotificationResponse]] = StatusNotificationResponse

    timestamp: DateTime
    connector_status: ConnectorStatusEnum = Field(
        validation_alias="connectorStatus", serialization_alias="connectorStatus"
    )
    evse_id: int = Field(validation_alias="evseId", serialization_alias="evseId", ge=0.0)
    connector_id: int = Field(
        validation_alias="connectorId", serialization_alias="connectorId", ge=0.0
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class TransactionEventResponse(OcppResponse):
    """Response of ``TransactionEvent`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/TransactionEventResponse.json`` (sha256 of the original ``ac19d4a6a89d9f51ea326a9261ba2a846fedc94c072f9b4f7a77cb1d8b3853b6``).
    """

    ocpp_action: ClassVar[str] = "TransactionEvent"

    total_cost: Omittable[float] = Field(
        default=None, validation_alias="totalCost", serialization_alias="totalCost"
    )
    charging_priority: Omittable[int] = Field(
        default=None, validation_alias="chargingPriority", serialization_alias="chargingPriority"
    )
    id_token_info: Omittable[IdTokenInfo] = Field(
        default=None, validation_alias="idTokenInfo", serialization_alias="idTokenInfo"
    )
    transaction_limit: Omittable[TransactionLimit] = Field(
        default=None, validation_alias="transactionLimit", serialization_alias="transactionLimit"
    )
    updated_personal_message: Omittable[MessageContent] = Field(
        default=None,
        validation_alias="updatedPersonalMessage",
        serialization_alias="updatedPersonalMessage",
    )
    updated_personal_message_extra: Omittable[list[MessageContent]] = Field(
        default=None,
        validation_alias="updatedPersonalMessageExtra",
        serialization_alias="updatedPersonalMessageExtra",
        min_length=1,
        max_length=4,
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class TransactionEventRequest(V21Request[TransactionEventResponse]):
    """Request of ``TransactionEvent`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/TransactionEventRequest.json`` (sha256 of the original ``78403270a6d62af32eac760e7b1ad0a5839f0eb5880470aa725b2975740cbd75``).
    """

    ocpp_action: ClassVar[str] = "TransactionEvent"
    response_type: ClassVar[type[TransactionEventResponse]] = TransactionEventResponse

    cost_details: Omittable[CostDetails] = Field(
        default=None, validation_alias="costDetails", serialization_alias="costDetails"
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
    seq_no: int = Field(validation_alias="seqNo", serialization_alias="seqNo", ge=0.0)
    offline: Omittable[bool] = None
    number_of_phases_used: Omittable[int] = Field(
        default=None,
        validation_alias="numberOfPhasesUsed",
        serialization_alias="numberOfPhasesUsed",
        ge=0.0,
        le=3.0,
    )
    cable_max_current: Omittable[int] = Field(
        default=None, validation_alias="cableMaxCurrent", serialization_alias="cableMaxCurrent"
    )
    reservation_id: Omittable[int] = Field(
        default=None, validation_alias="reservationId", serialization_alias="reservationId", ge=0.0
    )
    preconditioning_status: Omittable[PreconditioningStatusEnum] = Field(
        default=None,
        validation_alias="preconditioningStatus",
        serialization_alias="preconditioningStatus",
    )
    evse_sleep: Omittable[bool] = Field(
        default=None, validation_alias="evseSleep", serialization_alias="evseSleep"
    )
    transaction_info: Transaction = Field(
        validation_alias="transactionInfo", serialization_alias="transactionInfo"
    )
    evse: Omittable[EVSE] = None
    id_token: Omittable[IdToken] = Field(
        default=None, validation_alias="idToken", serialization_alias="idToken"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class TriggerMessageResponse(OcppResponse):
    """Response of ``TriggerMessage`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/TriggerMessageResponse.json`` (sha256 of the original ``7f86c8f28ed62353ed9efa08cdf82d8711ee30cfcbe51bad2a88d315ce7f876f``).
    """

    ocpp_action: ClassVar[str] = "TriggerMessage"

    status: TriggerMessageStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class TriggerMessageRequest(V21Request[TriggerMessageResponse]):
    """Request of ``TriggerMessage`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/TriggerMessageRequest.json`` (sha256 of the original ``61fdf326e93d64325806cdb6af73e955264b61b20344a8effef6a981e1b0e3a4``).
    """

    ocpp_action: ClassVar[str] = "TriggerMessage"
    response_type: ClassVar[type[TriggerMessageResponse]] = TriggerMessageResponse

    evse: Omittable[EVSE] = None
    requested_message: MessageTriggerEnum = Field(
        validation_alias="requestedMessage", serialization_alias="requestedMessage"
    )
    custom_trigger: Omittable[str] = Field(
        default=None,
        validation_alias="customTrigger",
        serialization_alias="customTrigger",
        max_length=50,
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class UnlockConnectorResponse(OcppResponse):
    """Response of ``UnlockConnector`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/UnlockConnectorResponse.json`` (sha256 of the original ``74208699c22ca94ec8bf7c0967f10b37b1427ba350984390f575d40533480371``).
    """

    ocpp_action: ClassVar[str] = "UnlockConnector"

    status: UnlockStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class UnlockConnectorRequest(V21Request[UnlockConnectorResponse]):
    """Request of ``UnlockConnector`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/UnlockConnectorRequest.json`` (sha256 of the original ``6efa77e8f875c802d75829486d5e1d1612d9d55caa445f23f29da6543e41b43c``).
    """

    ocpp_action: ClassVar[str] = "UnlockConnector"
    response_type: ClassVar[type[UnlockConnectorResponse]] = UnlockConnectorResponse

    evse_id: int = Field(validation_alias="evseId", serialization_alias="evseId", ge=0.0)
    connector_id: int = Field(
        validation_alias="connectorId", serialization_alias="connectorId", ge=0.0
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class UnpublishFirmwareResponse(OcppResponse):
    """Response of ``UnpublishFirmware`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/UnpublishFirmwareResponse.json`` (sha256 of the original ``106a418782048773ed521506f9967c9a6d44e2c8bb09c114142c8611b324e5e7``).
    """

    ocpp_action: ClassVar[str] = "UnpublishFirmware"

    status: UnpublishFirmwareStatusEnum
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class UnpublishFirmwareRequest(V21Request[UnpublishFirmwareResponse]):
    """Request of ``UnpublishFirmware`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/UnpublishFirmwareRequest.json`` (sha256 of the original ``13705b194c048d91114dd940d1ef0b3543b4ca53e1c03f639e96b57c86384e56``).
    """

    ocpp_action: ClassVar[str] = "UnpublishFirmware"
    response_type: ClassVar[type[UnpublishFirmwareResponse]] = UnpublishFirmwareResponse

    checksum: str = Field(max_length=32)
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class UpdateDynamicScheduleResponse(OcppResponse):
    """Response of ``UpdateDynamicSchedule`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/UpdateDynamicScheduleResponse.json`` (sha256 of the original ``bb299865c6e1d2a85aeadf30958e73808d38f1af4f306c398495baf0dfe7b433``).
    """

    ocpp_action: ClassVar[str] = "UpdateDynamicSchedule"

    status: ChargingProfileStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class UpdateDynamicScheduleRequest(V21Request[UpdateDynamicScheduleResponse]):
    """Request of ``UpdateDynamicSchedule`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/UpdateDynamicScheduleRequest.json`` (sha256 of the original ``081ffb0f47bf460cce469223dc3ba118423bca264889ff937f61ff80cf15ddb6``).
    """

    ocpp_action: ClassVar[str] = "UpdateDynamicSchedule"
    response_type: ClassVar[type[UpdateDynamicScheduleResponse]] = UpdateDynamicScheduleResponse

    charging_profile_id: int = Field(
        validation_alias="chargingProfileId", serialization_alias="chargingProfileId"
    )
    schedule_update: ChargingScheduleUpdate = Field(
        validation_alias="scheduleUpdate", serialization_alias="scheduleUpdate"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class UpdateFirmwareResponse(OcppResponse):
    """Response of ``UpdateFirmware`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/UpdateFirmwareResponse.json`` (sha256 of the original ``0cb785b5c617302f2801b5a24cffd168e9e83c53e283f54eceb9f6c047d45711``).
    """

    ocpp_action: ClassVar[str] = "UpdateFirmware"

    status: UpdateFirmwareStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class UpdateFirmwareRequest(V21Request[UpdateFirmwareResponse]):
    """Request of ``UpdateFirmware`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/UpdateFirmwareRequest.json`` (sha256 of the original ``1690d374ba4acb3549185def97122ccb4b6090250b5d399cab246d2ebb1c6493``).
    """

    ocpp_action: ClassVar[str] = "UpdateFirmware"
    response_type: ClassVar[type[UpdateFirmwareResponse]] = UpdateFirmwareResponse

    retries: Omittable[int] = Field(default=None, ge=0.0)
    retry_interval: Omittable[int] = Field(
        default=None, validation_alias="retryInterval", serialization_alias="retryInterval"
    )
    request_id: int = Field(validation_alias="requestId", serialization_alias="requestId")
    firmware: Firmware
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class UsePriorityChargingResponse(OcppResponse):
    """Response of ``UsePriorityCharging`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/UsePriorityChargingResponse.json`` (sha256 of the original ``3dfb5f09ac714c2cd21533d7cf5e4779d73bd04abd86781cc70d54940abea474``).
    """

    ocpp_action: ClassVar[str] = "UsePriorityCharging"

    status: PriorityChargingStatusEnum
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class UsePriorityChargingRequest(V21Request[UsePriorityChargingResponse]):
    """Request of ``UsePriorityCharging`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/UsePriorityChargingRequest.json`` (sha256 of the original ``3f2e5019e73d7b0e7b16e241475c90f558d322b70082314f6111cc4319db7168``).
    """

    ocpp_action: ClassVar[str] = "UsePriorityCharging"
    response_type: ClassVar[type[UsePriorityChargingResponse]] = UsePriorityChargingResponse

    transaction_id: str = Field(
        validation_alias="transactionId", serialization_alias="transactionId", max_length=36
    )
    activate: bool
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class VatNumberValidationResponse(OcppResponse):
    """Response of ``VatNumberValidation`` (OCPP 2.1), sent by the CSMS.

    Schema: ``2.1/VatNumberValidationResponse.json`` (sha256 of the original ``6ca894b4653254264dc9fa2b18a6cfa0e7da2b597837c693b180ffb64aebab68``).
    """

    ocpp_action: ClassVar[str] = "VatNumberValidation"

    company: Omittable[Address] = None
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )
    vat_number: str = Field(
        validation_alias="vatNumber", serialization_alias="vatNumber", max_length=20
    )
    evse_id: Omittable[int] = Field(
        default=None, validation_alias="evseId", serialization_alias="evseId", ge=0.0
    )
    status: GenericStatusEnum
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class VatNumberValidationRequest(V21Request[VatNumberValidationResponse]):
    """Request of ``VatNumberValidation`` (OCPP 2.1), sent by the charging station.

    Schema: ``2.1/VatNumberValidationRequest.json`` (sha256 of the original ``7eedc205abff0fc35caef3fe0fa315d2268e18094cf86433fddd298d22d394cc``).
    """

    ocpp_action: ClassVar[str] = "VatNumberValidation"
    response_type: ClassVar[type[VatNumberValidationResponse]] = VatNumberValidationResponse

    vat_number: str = Field(
        validation_alias="vatNumber", serialization_alias="vatNumber", max_length=20
    )
    evse_id: Omittable[int] = Field(
        default=None, validation_alias="evseId", serialization_alias="evseId", ge=0.0
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
