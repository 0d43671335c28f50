"""The action table of OCPP 1.6, generated from the official JSON schemas.

Do not edit: written by ``python -m codegen generate`` from ``schemas/ocpp/1.6*/``
(combined sha256 of the original files: ``b9cdc26b37fa103c31dbd252ad66c9e3c8b5af4ed3a1611edf4d035a92ae5486``).
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
    "ChangeConfiguration": ("ChangeConfigurationRequest", "ChangeConfigurationResponse", "CSMS"),
    "ClearCache": ("ClearCacheRequest", "ClearCacheResponse", "CSMS"),
    "ClearChargingProfile": ("ClearChargingProfileRequest", "ClearChargingProfileResponse", "CSMS"),
    "DataTransfer": ("DataTransferRequest", "DataTransferResponse", "Both"),
    "DeleteCertificate": ("DeleteCertificateRequest", "DeleteCertificateResponse", "CSMS"),
    "DiagnosticsStatusNotification": (
        "DiagnosticsStatusNotificationRequest",
        "DiagnosticsStatusNotificationResponse",
        "ChargingStation",
    ),
    "ExtendedTriggerMessage": (
        "ExtendedTriggerMessageRequest",
        "ExtendedTriggerMessageResponse",
        "CSMS",
    ),
    "FirmwareStatusNotification": (
        "FirmwareStatusNotificationRequest",
        "FirmwareStatusNotificationResponse",
        "ChargingStation",
    ),
    "GetCompositeSchedule": ("GetCompositeScheduleRequest", "GetCompositeScheduleResponse", "CSMS"),
    "GetConfiguration": ("GetConfigurationRequest", "GetConfigurationResponse", "CSMS"),
    "GetDiagnostics": ("GetDiagnosticsRequest", "GetDiagnosticsResponse", "CSMS"),
    "GetInstalledCertificateIds": (
        "GetInstalledCertificateIdsRequest",
        "GetInstalledCertificateIdsResponse",
        "CSMS",
    ),
    "GetLocalListVersion": ("GetLocalListVersionRequest", "GetLocalListVersionResponse", "CSMS"),
    "GetLog": ("GetLogRequest", "GetLogResponse", "CSMS"),
    "Heartbeat": ("HeartbeatRequest", "HeartbeatResponse", "ChargingStation"),
    "InstallCertificate": ("InstallCertificateRequest", "InstallCertificateResponse", "CSMS"),
    "LogStatusNotification": (
        "LogStatusNotificationRequest",
        "LogStatusNotificationResponse",
        "ChargingStation",
    ),
    "MeterValues": ("MeterValuesRequest", "MeterValuesResponse", "ChargingStation"),
    "RemoteStartTransaction": (
        "RemoteStartTransactionRequest",
        "RemoteStartTransactionResponse",
        "CSMS",
    ),
    "RemoteStopTransaction": (
        "RemoteStopTransactionRequest",
        "RemoteStopTransactionResponse",
        "CSMS",
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
    "SignCertificate": ("SignCertificateRequest", "SignCertificateResponse", "ChargingStation"),
    "SignedFirmwareStatusNotification": (
        "SignedFirmwareStatusNotificationRequest",
        "SignedFirmwareStatusNotificationResponse",
        "ChargingStation",
    ),
    "SignedUpdateFirmware": ("SignedUpdateFirmwareRequest", "SignedUpdateFirmwareResponse", "CSMS"),
    "StartTransaction": ("StartTransactionRequest", "StartTransactionResponse", "ChargingStation"),
    "StatusNotification": (
        "StatusNotificationRequest",
        "StatusNotificationResponse",
        "ChargingStation",
    ),
    "StopTransaction": ("StopTransactionRequest", "StopTransactionResponse", "ChargingStation"),
    "TriggerMessage": ("TriggerMessageRequest", "TriggerMessageResponse", "CSMS"),
    "UnlockConnector": ("UnlockConnectorRequest", "UnlockConnectorResponse", "CSMS"),
    "UpdateFirmware": ("UpdateFirmwareRequest", "UpdateFirmwareResponse", "CSMS"),
}
