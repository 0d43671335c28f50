"""OCPP 1.6 → 2.0.1: where each 1.6 action went, and how 1.6 values map to 2.0.1 ones.

A hand-written table (the facts of both versions' message sets, in our own words), rendered into
``docs/reference/generated/mapping-1.6-2.0.1.md`` by :mod:`reference`. ``tests/test_docs.py``
checks it against the registries: every 1.6 action is mapped, every name on either side exists,
and every mapped enum value is a value of its enum.
"""

from typing import Final

__all__ = ["ACTIONS", "CONNECTOR_STATUS", "ERROR_CODES", "page"]

# 1.6 action -> (2.0.1 actions, how it changed)
ACTIONS: Final[dict[str, tuple[tuple[str, ...], str]]] = {
    "Authorize": (("Authorize",), "idTag becomes idToken (a value and a type)"),
    "BootNotification": (
        ("BootNotification",),
        "the station's fields move into chargingStation; a reason is required",
    ),
    "CancelReservation": (("CancelReservation",), "same purpose"),
    "CertificateSigned": (("CertificateSigned",), "same purpose"),
    "ChangeAvailability": (
        ("ChangeAvailability",),
        "connectorId becomes an optional evse (id and connectorId); type becomes operationalStatus",
    ),
    "ChangeConfiguration": (("SetVariables",), "keys become component/variable pairs"),
    "ClearCache": (("ClearCache",), "same purpose"),
    "ClearChargingProfile": (("ClearChargingProfile",), "criteria move into an object"),
    "DataTransfer": (("DataTransfer",), "data may be any JSON value"),
    "DeleteCertificate": (("DeleteCertificate",), "same purpose"),
    "DiagnosticsStatusNotification": (("LogStatusNotification",), "diagnostics become logs"),
    "ExtendedTriggerMessage": (("TriggerMessage",), "one TriggerMessage for every message"),
    "FirmwareStatusNotification": (("FirmwareStatusNotification",), "more states"),
    "GetCompositeSchedule": (("GetCompositeSchedule",), "connectorId becomes evseId"),
    "GetConfiguration": (
        ("GetVariables", "GetBaseReport"),
        "single values through GetVariables, whole configurations through reports",
    ),
    "GetDiagnostics": (("GetLog",), "diagnostics become logs"),
    "GetInstalledCertificateIds": (("GetInstalledCertificateIds",), "same purpose"),
    "GetLocalListVersion": (("GetLocalListVersion",), "same purpose"),
    "GetLog": (("GetLog",), "same purpose"),
    "Heartbeat": (("Heartbeat",), "same purpose"),
    "InstallCertificate": (("InstallCertificate",), "same purpose"),
    "LogStatusNotification": (("LogStatusNotification",), "same purpose"),
    "MeterValues": (
        ("MeterValues", "TransactionEvent"),
        "values during a transaction travel in TransactionEvent",
    ),
    "RemoteStartTransaction": (("RequestStartTransaction",), "a remoteStartId is required"),
    "RemoteStopTransaction": (("RequestStopTransaction",), "the transaction id is a string"),
    "ReserveNow": (("ReserveNow",), "connectorId becomes an optional evseId"),
    "Reset": (("Reset",), "Hard/Soft become Immediate/OnIdle, optionally per EVSE"),
    "SecurityEventNotification": (("SecurityEventNotification",), "same purpose"),
    "SendLocalList": (("SendLocalList",), "idTag entries become idToken entries"),
    "SetChargingProfile": (("SetChargingProfile",), "connectorId becomes evseId"),
    "SignCertificate": (("SignCertificate",), "same purpose"),
    "SignedFirmwareStatusNotification": (("FirmwareStatusNotification",), "one for both"),
    "SignedUpdateFirmware": (("UpdateFirmware",), "one UpdateFirmware, always signed"),
    "StartTransaction": (
        ("TransactionEvent",),
        "a TransactionEvent of eventType Started; the station names the transaction",
    ),
    "StatusNotification": (
        ("StatusNotification", "NotifyEvent"),
        "connector status per EVSE and connector; errors are reported as events",
    ),
    "StopTransaction": (("TransactionEvent",), "a TransactionEvent of eventType Ended"),
    "TriggerMessage": (("TriggerMessage",), "connectorId becomes an optional evse"),
    "UnlockConnector": (("UnlockConnector",), "evseId and connectorId are both required"),
    "UpdateFirmware": (("UpdateFirmware",), "firmware details move into an object"),
}

# 1.6 ChargePointStatus -> 2.0.1 ConnectorStatusEnum (2.0.1 reports the charging states in
# TransactionEvent's chargingState instead)
CONNECTOR_STATUS: Final[dict[str, str]] = {
    "Available": "Available",
    "Preparing": "Occupied",
    "Charging": "Occupied",
    "SuspendedEVSE": "Occupied",
    "SuspendedEV": "Occupied",
    "Finishing": "Occupied",
    "Reserved": "Reserved",
    "Unavailable": "Unavailable",
    "Faulted": "Faulted",
}

# 1.6 CALLERROR code -> 2.0.1 code (the two spelt differently, and the rest unchanged)
ERROR_CODES: Final[dict[str, str]] = {
    "NotImplemented": "NotImplemented",
    "NotSupported": "NotSupported",
    "InternalError": "InternalError",
    "ProtocolError": "ProtocolError",
    "SecurityError": "SecurityError",
    "FormationViolation": "FormatViolation",
    "PropertyConstraintViolation": "PropertyConstraintViolation",
    "OccurenceConstraintViolation": "OccurrenceConstraintViolation",
    "TypeConstraintViolation": "TypeConstraintViolation",
    "GenericError": "GenericError",
}


def page() -> str:
    """The mapping as a Markdown page."""
    lines = [
        "# OCPP 1.6 → 2.0.1",
        "",
        "Where each 1.6 action went. Transactions change most: StartTransaction, "
        "StopTransaction and the MeterValues of a transaction become one TransactionEvent "
        "message with eventType Started, Updated or Ended, and the station names the "
        "transaction instead of the CSMS.",
        "",
        "| OCPP 1.6 | OCPP 2.0.1 | what changed |",
        "| --- | --- | --- |",
    ]
    for old, (new, change) in ACTIONS.items():
        lines.append(f"| {old} | {', '.join(new)} | {change} |")
    lines += [
        "",
        "## Connector status",
        "",
        "| 1.6 ChargePointStatus | 2.0.1 ConnectorStatusEnum |",
        "| --- | --- |",
    ]
    lines += [f"| `{old}` | `{new}` |" for old, new in CONNECTOR_STATUS.items()]
    lines += ["", "## Error codes", "", "| 1.6 | 2.0.1 |", "| --- | --- |"]
    lines += [f"| `{old}` | `{new}` |" for old, new in ERROR_CODES.items()]
    return "\n".join(lines) + "\n"
