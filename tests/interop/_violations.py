"""Schema-invalid calls, one per rule of the OCPP-J error table, and the codes each side answers.

The same payloads go both ways: a foreign peer sends them as raw frames to ocpkit, and ocpkit
sends them to the peer with its outgoing validation switched off. ocpkit must answer with the
code the specification prescribes, spelt as the version spells it; what the peers answer is
pinned below (``PEER_CODES``), deviations from the specification marked.
"""

import json
from typing import Any, Final

import attrs

from ocpkit._base import OcppRequest
from ocpkit.ocpp import ErrorKind, OcppVersion, actions_of

from ._scenarios import T0, Wire

CASES: Final = ("missing", "type", "unknown", "length", "enum")

# The verdict per case of the OCPP-J error-code tables (1.6, 2.0.1 and 2.1).
SPEC_KIND: Final = {
    "missing": ErrorKind.OCCURRENCE,  # a required property is absent
    "type": ErrorKind.TYPE,  # a property of the wrong JSON type
    "unknown": ErrorKind.FORMAT,  # a property the schema does not know (additionalProperties)
    "length": ErrorKind.PROPERTY,  # a string over its maxLength
    "enum": ErrorKind.PROPERTY,  # a value outside its enumeration
}

# The exact spelling of each code per version (what ocpkit must send).
SPELLING: Final = {
    OcppVersion.V16: {
        ErrorKind.OCCURRENCE: "OccurenceConstraintViolation",
        ErrorKind.TYPE: "TypeConstraintViolation",
        ErrorKind.FORMAT: "FormationViolation",
        ErrorKind.PROPERTY: "PropertyConstraintViolation",
    },
    OcppVersion.V201: {
        ErrorKind.OCCURRENCE: "OccurrenceConstraintViolation",
        ErrorKind.TYPE: "TypeConstraintViolation",
        ErrorKind.FORMAT: "FormatViolation",
        ErrorKind.PROPERTY: "PropertyConstraintViolation",
    },
}
SPELLING[OcppVersion.V21] = SPELLING[OcppVersion.V201]

# Any spelling a receiver must read, and the kind it means.
KIND_OF_CODE: Final = {
    "OccurrenceConstraintViolation": ErrorKind.OCCURRENCE,
    "OccurenceConstraintViolation": ErrorKind.OCCURRENCE,
    "TypeConstraintViolation": ErrorKind.TYPE,
    "FormatViolation": ErrorKind.FORMAT,
    "FormationViolation": ErrorKind.FORMAT,
    "PropertyConstraintViolation": ErrorKind.PROPERTY,
    "ProtocolError": ErrorKind.PROTOCOL,
}


@attrs.frozen
class Invalid:
    """One schema-invalid call."""

    case: str
    action: str
    payload: Wire

    def frame(self, message_id: str) -> str:
        return json.dumps([2, message_id, self.action, self.payload])

    def unchecked_request(self, version: OcppVersion) -> OcppRequest[Any]:
        """The payload as a request object that skips validation (``model_construct`` takes the
        wire names and nested JSON as it is), for a connection that does not validate."""
        request = actions_of(version)[self.action].request.model_construct(**self.payload)
        assert isinstance(request, OcppRequest)
        return request


_PROFILE_16: Final = {
    "chargingProfileId": 1,
    "stackLevel": 0,
    "chargingProfilePurpose": "TxProfile",
    "chargingProfileKind": "Relative",
    "chargingSchedule": {
        "chargingRateUnit": "A",
        "chargingSchedulePeriod": [{"startPeriod": 0, "limit": 16.0}],
    },
}

_STATION_16: Final = (
    Invalid("missing", "BootNotification", {"chargePointModel": "X1"}),
    Invalid("type", "BootNotification", {"chargePointVendor": 42, "chargePointModel": "X1"}),
    Invalid(
        "unknown",
        "MeterValues",
        {
            "connectorId": 1,
            "meterValue": [{"timestamp": T0, "sampledValue": [{"value": "1", "colour": "red"}]}],
        },
    ),
    Invalid(
        "length", "BootNotification", {"chargePointVendor": "V" * 21, "chargePointModel": "X1"}
    ),
    Invalid(
        "enum",
        "StatusNotification",
        {"connectorId": 1, "errorCode": "NoError", "status": "Sleeping"},
    ),
)
_CSMS_16: Final = (
    Invalid("missing", "ChangeAvailability", {"connectorId": 0}),
    Invalid("type", "ChangeAvailability", {"connectorId": "0", "type": "Inoperative"}),
    Invalid(
        "unknown",
        "RemoteStartTransaction",
        {"idTag": "TAG-0002", "chargingProfile": {**_PROFILE_16, "colour": "red"}},
    ),
    Invalid("length", "RemoteStartTransaction", {"idTag": "T" * 21}),
    Invalid("enum", "ChangeAvailability", {"connectorId": 0, "type": "Sleeping"}),
)


def _station(**changes: Any) -> Wire:
    return {"model": "X1", "vendorName": "ACME", **changes}


_STATION_2: Final = (
    Invalid("missing", "BootNotification", {"reason": "PowerUp"}),
    Invalid(
        "type", "BootNotification", {"reason": "PowerUp", "chargingStation": _station(model=42)}
    ),
    Invalid(
        "unknown",
        "BootNotification",
        {"reason": "PowerUp", "chargingStation": _station(colour="red")},
    ),
    Invalid(
        "length",
        "BootNotification",
        {"reason": "PowerUp", "chargingStation": _station(model="M" * 21)},
    ),
    Invalid("enum", "BootNotification", {"reason": "Sleepy", "chargingStation": _station()}),
)
_CSMS_2: Final = (
    Invalid("missing", "ChangeAvailability", {}),
    Invalid(
        "type", "ChangeAvailability", {"operationalStatus": "Inoperative", "evse": {"id": "1"}}
    ),
    Invalid(
        "unknown",
        "ChangeAvailability",
        {"operationalStatus": "Inoperative", "evse": {"id": 1, "colour": "red"}},
    ),
    Invalid(
        "length",  # 256 characters: over 2.0.1's 36 and 2.1's 255
        "RequestStartTransaction",
        {"idToken": {"idToken": "T" * 256, "type": "ISO14443"}, "remoteStartId": 1},
    ),
    Invalid("enum", "ChangeAvailability", {"operationalStatus": "Sleeping"}),
)

STATION_SENDS: Final = {
    OcppVersion.V16: _STATION_16,
    OcppVersion.V201: _STATION_2,
    OcppVersion.V21: _STATION_2,
}
CSMS_SENDS: Final = {OcppVersion.V16: _CSMS_16, OcppVersion.V201: _CSMS_2, OcppVersion.V21: _CSMS_2}


def _same(code: str) -> dict[OcppVersion, str]:
    return dict.fromkeys((OcppVersion.V16, OcppVersion.V201, OcppVersion.V21), code)


# What each peer answers ocpkit's invalid calls with (the same for both directions). "!" marks a
# deviation from SPEC_KIND or from the version's spelling.
PEER_CODES: Final[dict[str, dict[str, dict[OcppVersion, str]]]] = {
    # ocpp-rpc 2.2.1 strict mode (1.6 and 2.0.1 only): its table maps ajv keywords to codes
    # (lib/validator.js) and spells Occurrence the other way round from each specification.
    "ocpp-rpc": {
        "missing": {
            OcppVersion.V16: "OccurrenceConstraintViolation",  # ! 1.6 spells OccurenceConstraint...
            OcppVersion.V201: "OccurenceConstraintViolation",  # ! 2.0.1 spells OccurrenceConstr...
        },
        "type": _same("TypeConstraintViolation"),
        "unknown": _same("PropertyConstraintViolation"),  # ! spec: Formation/FormatViolation
        "length": {  # ! spec: PropertyConstraintViolation
            OcppVersion.V16: "FormationViolation",
            OcppVersion.V201: "FormatViolation",
        },
        "enum": {  # ! spec: PropertyConstraintViolation
            OcppVersion.V16: "FormationViolation",
            OcppVersion.V201: "FormatViolation",
        },
    },
    # PyPI ocpp 2.1.0 (ocpp/messages.py _validate_payload): the same codes for every version.
    "ocpp-py": {
        "missing": _same("ProtocolError"),  # ! spec: Occurrence/OccurenceConstraintViolation
        "type": _same("TypeConstraintViolation"),
        "unknown": _same("FormatViolation"),  # ! on 1.6: the 2.x spelling (1.6: FormationViolation)
        "length": _same("TypeConstraintViolation"),  # ! spec: PropertyConstraintViolation
        "enum": _same("FormatViolation"),  # ! spec: PropertyConstraintViolation
    },
}


# The names ``ocpkit probe`` gives the checks of these cases.
PROBE_SCHEMA_CHECK: Final = {
    "missing": "schema.missing",
    "type": "schema.type",
    "unknown": "schema.unknown-property",
    "length": "schema.length",
    "enum": "schema.enum",
}


def probe_schema_breaks(peer: str, version: OcppVersion) -> set[str]:
    """The schema checks ``ocpkit probe`` must fail a peer on, from the codes pinned above (the
    same in both directions)."""
    if peer == "ocpp-rpc" and version is OcppVersion.V21:
        return set(PROBE_SCHEMA_CHECK.values())  # no strict mode on 2.1: nothing is refused
    return {
        PROBE_SCHEMA_CHECK[case]
        for case in CASES
        if PEER_CODES[peer][case][version] != SPELLING[version][SPEC_KIND[case]]
    }
