"""OCPP 1.6 → 2.0.1: where each 1.6 action went, and how 1.6 values map to 2.0.1 ones.

A hand-written table (the facts of both versions' message sets, in our own words), rendered into
``docs/reference/generated/mapping-1.6-2.0.1.md`` by :mod:`reference`. ``tests/test_docs.py``
checks it against the registries: every 1.6 action is mapped, every name on either side exists,
every mapped enum value is a value of its enum, and every field path names a field of its
message.
"""

from typing import Final

__all__ = [
    "ACTIONS",
    "CHARGING_STATE",
    "CONNECTOR_STATUS",
    "ERROR_CODES",
    "STOP_REASONS",
    "TRANSACTION_FIELDS",
    "TRANSACTION_NEW",
    "page",
]

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

# How the fields of 1.6's transaction messages carry over into 2.0.1's TransactionEvent:
# (1.6 message, 1.6 field, 2.0.1 message, 2.0.1 field, what to know). Paths use wire names;
# "[]" steps into a list.
TRANSACTION_FIELDS: Final[tuple[tuple[str, str, str, str, str], ...]] = (
    (
        "StartTransactionRequest",
        "connectorId",
        "TransactionEventRequest",
        "evse.connectorId",
        "with evse.id, the EVSE the connector belongs to; eventType Started",
    ),
    (
        "StartTransactionRequest",
        "idTag",
        "TransactionEventRequest",
        "idToken.idToken",
        "idToken.type names the kind of token (ISO14443, eMAID, ...)",
    ),
    (
        "StartTransactionRequest",
        "meterStart",
        "TransactionEventRequest",
        "meterValue[].sampledValue[].value",
        "an Energy.Active.Import.Register sample with context Transaction.Begin",
    ),
    ("StartTransactionRequest", "reservationId", "TransactionEventRequest", "reservationId", ""),
    ("StartTransactionRequest", "timestamp", "TransactionEventRequest", "timestamp", ""),
    (
        "StartTransactionResponse",
        "transactionId",
        "TransactionEventRequest",
        "transactionInfo.transactionId",
        "the station names the transaction (a string of up to 36 characters), the CSMS no longer",
    ),
    ("StartTransactionResponse", "idTagInfo", "TransactionEventResponse", "idTokenInfo", ""),
    (
        "StopTransactionRequest",
        "transactionId",
        "TransactionEventRequest",
        "transactionInfo.transactionId",
        "eventType Ended",
    ),
    ("StopTransactionRequest", "idTag", "TransactionEventRequest", "idToken.idToken", ""),
    (
        "StopTransactionRequest",
        "meterStop",
        "TransactionEventRequest",
        "meterValue[].sampledValue[].value",
        "an Energy.Active.Import.Register sample with context Transaction.End",
    ),
    ("StopTransactionRequest", "timestamp", "TransactionEventRequest", "timestamp", ""),
    (
        "StopTransactionRequest",
        "reason",
        "TransactionEventRequest",
        "transactionInfo.stoppedReason",
        "see the stop reasons below",
    ),
    ("StopTransactionRequest", "transactionData", "TransactionEventRequest", "meterValue", ""),
    ("StopTransactionResponse", "idTagInfo", "TransactionEventResponse", "idTokenInfo", ""),
    (
        "MeterValuesRequest",
        "transactionId",
        "TransactionEventRequest",
        "transactionInfo.transactionId",
        "values of a transaction: eventType Updated, triggerReason MeterValuePeriodic",
    ),
    ("MeterValuesRequest", "connectorId", "TransactionEventRequest", "evse.connectorId", ""),
    ("MeterValuesRequest", "meterValue", "TransactionEventRequest", "meterValue", ""),
)

# TransactionEvent fields 1.6 has no counterpart for.
TRANSACTION_NEW: Final[tuple[str, ...]] = (
    "eventType",
    "triggerReason",
    "seqNo",
    "offline",
    "numberOfPhasesUsed",
    "cableMaxCurrent",
    "transactionInfo.chargingState",
    "transactionInfo.timeSpentCharging",
    "transactionInfo.remoteStartId",
)

# 1.6 Reason (StopTransaction) -> (2.0.1 ReasonEnum of transactionInfo.stoppedReason, note)
STOP_REASONS: Final[dict[str, tuple[str, str]]] = {
    "EmergencyStop": ("EmergencyStop", ""),
    "EVDisconnected": ("EVDisconnected", ""),
    "HardReset": ("ImmediateReset", "2.0.1's Reset is Immediate or OnIdle"),
    "Local": ("Local", ""),
    "Other": ("Other", ""),
    "PowerLoss": ("PowerLoss", ""),
    "Reboot": ("Reboot", ""),
    "Remote": ("Remote", ""),
    "SoftReset": ("Reboot", "an OnIdle reset waits for the transaction to end instead"),
    "UnlockCommand": ("Other", "2.0.1 has no reason of its own for it"),
    "DeAuthorized": ("DeAuthorized", ""),
}

# 1.6 ChargePointStatus during a transaction -> (2.0.1 ChargingStateEnum of
# transactionInfo.chargingState, note)
CHARGING_STATE: Final[dict[str, tuple[str, str]]] = {
    "Preparing": ("EVConnected", "Idle while no EV is connected yet"),
    "Charging": ("Charging", ""),
    "SuspendedEVSE": ("SuspendedEVSE", ""),
    "SuspendedEV": ("SuspendedEV", ""),
    "Finishing": ("EVConnected", "Idle once the EV is gone"),
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
    lines += [
        "",
        "## Transactions",
        "",
        "Where each field of StartTransaction, StopTransaction and a transaction's MeterValues "
        "goes in TransactionEvent (wire names; `[]` steps into a list):",
        "",
        "| OCPP 1.6 | field | OCPP 2.0.1 | field | note |",
        "| --- | --- | --- | --- | --- |",
    ]
    lines += [
        f"| {old} | `{old_field}` | {new} | `{new_field}` | {note} |"
        for old, old_field, new, new_field, note in TRANSACTION_FIELDS
    ]
    lines += [
        "",
        "TransactionEvent fields without a 1.6 counterpart: "
        + ", ".join(f"`{field}`" for field in TRANSACTION_NEW)
        + ".",
        "",
        "### Stop reasons",
        "",
        "| 1.6 Reason | 2.0.1 ReasonEnum | note |",
        "| --- | --- | --- |",
    ]
    lines += [f"| `{old}` | `{new}` | {note} |" for old, (new, note) in STOP_REASONS.items()]
    lines += [
        "",
        "### Charging states",
        "",
        "1.6 reports a transaction's phases as connector statuses; 2.0.1 as the "
        "`transactionInfo.chargingState` of TransactionEvent:",
        "",
        "| 1.6 ChargePointStatus | 2.0.1 ChargingStateEnum | note |",
        "| --- | --- | --- |",
    ]
    lines += [f"| `{old}` | `{new}` | {note} |" for old, (new, note) in CHARGING_STATE.items()]
    lines += ["", "## Error codes", "", "| 1.6 | 2.0.1 |", "| --- | --- |"]
    lines += [f"| `{old}` | `{new}` |" for old, new in ERROR_CODES.items()]
    return "\n".join(lines) + "\n"
