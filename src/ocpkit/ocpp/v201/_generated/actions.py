"""The action table of OCPP 2.0.1, generated from the official JSON schemas.

Do not edit: written by ``python -m codegen generate`` from ``schemas/ocpp/2.0.1*/``
(combined sha256 of the original files: ``cb814eaeb2e4c36625a798c26edb66c007f533709a5971fd76e297ffc8a23a6a``).
"""

from typing import Final, Literal

Initiator = Literal["ChargingStation", "CSMS", "Both"]

# action -> (request class, response class or None for a SEND message, initiator)
ACTIONS: Final[dict[str, tuple[str, str | None, Initiator]]] = {
    "Authorize": ("AuthorizeRequest", "AuthorizeResponse", "ChargingStation"),
    "BootNotification": ("BootNotificationRequest", "BootNotificationResponse", "ChargingStation"),
    "CancelReservation": ("CancelReservationRequest", "CancelReservationResponse", "CSMS"),
    "CertificateSigned": ("CertificateSignedRequest", "CertificateSignedResponse", "CSMS"),
    "ChangeAvailability": ("ChangeAvailabilityRequest", "ChangeAvailabilityResponse", "CSMS"),
    "ClearCache": ("ClearCacheRequest", "ClearCacheResponse", "CSMS"),
    "ClearChargingProfile": ("ClearChargingProfileRequest", "ClearChargingProfileResponse", "CSMS"),
    "ClearDisplayMessage": ("ClearDisplayMessageRequest", "ClearDisplayMessageResponse", "CSMS"),
    "ClearVariableMonitoring": (
        "ClearVariableMonitoringRequest",
        "ClearVariableMonitoringResponse",
        "CSMS",
    ),
    "ClearedChargingLimit": (
        "ClearedChargingLimitRequest",
        "ClearedChargingLimitResponse",
        "ChargingStation",
    ),
    "CostUpdated": ("CostUpdatedRequest", "CostUpdatedResponse", "CSMS"),
    "CustomerInformation": ("CustomerInformationRequest", "CustomerInformationResponse", "CSMS"),
    "DataTransfer": ("DataTransferRequest", "DataTransferResponse", "Both"),
    "DeleteCertificate": ("DeleteCertificateRequest", "DeleteCertificateResponse", "CSMS"),
    "FirmwareStatusNotification": (
        "FirmwareStatusNotificationRequest",
        "FirmwareStatusNotificationResponse",
        "ChargingStation",
    ),
    "Get15118EVCertificate": (
        "Get15118EVCertificateRequest",
        "Get15118EVCertificateResponse",
        "ChargingStation",
    ),
    "GetBaseReport": ("GetBaseReportRequest", "GetBaseReportResponse", "CSMS"),
    "GetCertificateStatus": (
        "GetCertificateStatusRequest",
        "GetCertificateStatusResponse",
        "ChargingStation",
    ),
    "GetChargingProfiles": ("GetChargingProfilesRequest", "GetChargingProfilesResponse", "CSMS"),
    "GetCompositeSchedule": ("GetCompositeScheduleRequest", "GetCompositeScheduleResponse", "CSMS"),
    "GetDisplayMessages": ("GetDisplayMessagesRequest", "GetDisplayMessagesResponse", "CSMS"),
    "GetInstalledCertificateIds": (
        "GetInstalledCertificateIdsRequest",
        "GetInstalledCertificateIdsResponse",
        "CSMS",
    ),
    "GetLocalListVersion": ("GetLocalListVersionRequest", "GetLocalListVersionResponse", "CSMS"),
    "GetLog": ("GetLogRequest", "GetLogResponse", "CSMS"),
    "GetMonitoringReport": ("GetMonitoringReportRequest", "GetMonitoringReportResponse", "CSMS"),
    "GetReport": ("GetReportRequest", "GetReportResponse", "CSMS"),
    "GetTransactionStatus": ("GetTransactionStatusRequest", "GetTransactionStatusResponse", "CSMS"),
    "GetVariables": ("GetVariablesRequest", "GetVariablesResponse", "CSMS"),
    "Heartbeat": ("HeartbeatRequest", "HeartbeatResponse", "ChargingStation"),
    "InstallCertificate": ("InstallCertificateRequest", "InstallCertificateResponse", "CSMS"),
    "LogStatusNotification": (
        "LogStatusNotificationRequest",
        "LogStatusNotificationResponse",
        "ChargingStation",
    ),
    "MeterValues": ("MeterValuesRequest", "MeterValuesResponse", "ChargingStation"),
    "NotifyChargingLimit": (
        "NotifyChargingLimitRequest",
        "NotifyChargingLimitResponse",
        "ChargingStation",
    ),
    "NotifyCustomerInformation": (
        "NotifyCustomerInformationRequest",
        "NotifyCustomerInformationResponse",
        "ChargingStation",
    ),
    "NotifyDisplayMessages": (
        "NotifyDisplayMessagesRequest",
        "NotifyDisplayMessagesResponse",
        "ChargingStation",
    ),
    "NotifyEVChargingNeeds": (
        "NotifyEVChargingNeedsRequest",
        "NotifyEVChargingNeedsResponse",
        "ChargingStation",
    ),
    "NotifyEVChargingSchedule": (
        "NotifyEVChargingScheduleRequest",
        "NotifyEVChargingScheduleResponse",
        "ChargingStation",
    ),
    "NotifyEvent": ("NotifyEventRequest", "NotifyEventResponse", "ChargingStation"),
    "NotifyMonitoringReport": (
        "NotifyMonitoringReportRequest",
        "NotifyMonitoringReportResponse",
        "ChargingStation",
    ),
    "NotifyReport": ("NotifyReportRequest", "NotifyReportResponse", "ChargingStation"),
    "PublishFirmware": ("PublishFirmwareRequest", "PublishFirmwareResponse", "CSMS"),
    "PublishFirmwareStatusNotification": (
        "PublishFirmwareStatusNotificationRequest",
        "PublishFirmwareStatusNotificationResponse",
        "ChargingStation",
    ),
    "ReportChargingProfiles": (
        "ReportChargingProfilesRequest",
        "ReportChargingProfilesResponse",
        "ChargingStation",
    ),
    "RequestStartTransaction": (
        "RequestStartTransactionRequest",
        "RequestStartTransactionResponse",
        "CSMS",
    ),
    "RequestStopTransaction": (
        "RequestStopTransactionRequest",
        "RequestStopTransactionResponse",
        "CSMS",
    ),
    "ReservationStatusUpdate": (
        "ReservationStatusUpdateRequest",
        "ReservationStatusUpdateResponse",
        "ChargingStation",
    ),
    "ReserveNow": ("ReserveNowRequest", "ReserveNowResponse", "CSMS"),
    "Reset": ("ResetRequest", "ResetResponse", "CSMS"),
    "SecurityEventNotification": (
        "SecurityEventNotificationRequest",
        "SecurityEventNotificationResponse",
        "ChargingStation",
    ),
    "SendLocalList": ("SendLocalListRequest", "SendLocalListResponse", "CSMS"),
    "SetChargingProfile": ("SetChargingProfileRequest", "SetChargingProfileResponse", "CSMS"),
    "SetDisplayMessage": ("SetDisplayMessageRequest", "SetDisplayMessageResponse", "CSMS"),
    "SetMonitoringBase": ("SetMonitoringBaseRequest", "SetMonitoringBaseResponse", "CSMS"),
    "SetMonitoringLevel": ("SetMonitoringLevelRequest", "SetMonitoringLevelResponse", "CSMS"),
    "SetNetworkProfile": ("SetNetworkProfileRequest", "SetNetworkProfileResponse", "CSMS"),
    "SetVariableMonitoring": (
        "SetVariableMonitoringRequest",
        "SetVariableMonitoringResponse",
        "CSMS",
    ),
    "SetVariables": ("SetVariablesRequest", "SetVariablesResponse", "CSMS"),
    "SignCertificate": ("SignCertificateRequest", "SignCertificateResponse", "ChargingStation"),
    "StatusNotification": (
        "StatusNotificationRequest",
        "StatusNotificationResponse",
        "ChargingStation",
    ),
    "TransactionEvent": ("TransactionEventRequest", "TransactionEventResponse", "ChargingStation"),
    "TriggerMessage": ("TriggerMessageRequest", "TriggerMessageResponse", "CSMS"),
    "UnlockConnector": ("UnlockConnectorRequest", "UnlockConnectorResponse", "CSMS"),
    "UnpublishFirmware": ("UnpublishFirmwareRequest", "UnpublishFirmwareResponse", "CSMS"),
    "UpdateFirmware": ("UpdateFirmwareRequest", "UpdateFirmwareResponse", "CSMS"),
}
