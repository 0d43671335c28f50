"""Focused conformance examples, each naming the rule it checks.

The systematic checks (every message, every rule site) are in ``test_conformance_roundtrip.py``
and ``test_conformance_broken.py``; these are the protocol facts worth reading one by one.
"""

import json
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest
from pydantic import ValidationError

from ocpkit.ocpp import v16, v21, v201
from ocpkit.ocpp.errors import PayloadValidationError
from ocpkit.ocpp.validation import decode_strict, decode_tolerant
from ocpkit.ocpp.version import OcppVersion
from tests import reference
from tests._conformance_support import Message, Number, canonical, schema_valid
from tests.reference import Kind

V16, V201, V21 = OcppVersion.V16, OcppVersion.V201, OcppVersion.V21


def _rejection(model: type[Any], text: str) -> PayloadValidationError:
    with pytest.raises(PayloadValidationError) as caught:
        decode_strict(model, text)
    return caught.value


def _violations(error: PayloadValidationError) -> set[tuple[str, str]]:
    return {(violation.path, violation.reason) for violation in error.violations}


def _same_json(message: Message, sent: str, received: bytes) -> bool:
    return bool(canonical(*message, sent) == canonical(*message, received))


# --- 1.6 multipleOf 0.1, judged on the decimal value as written ---------------------------------


def _charging_profile_16(limit: str) -> str:
    return (
        '{"connectorId":1,"csChargingProfiles":{"chargingProfileId":1,"stackLevel":0,'
        '"chargingProfilePurpose":"TxProfile","chargingProfileKind":"Absolute",'
        '"chargingSchedule":{"chargingRateUnit":"A","chargingSchedulePeriod":'
        f'[{{"startPeriod":0,"limit":{limit}}}]}}}}}}'
    )


LIMIT_PATH = "$.csChargingProfiles.chargingSchedule.chargingSchedulePeriod[0].limit"


@pytest.mark.parametrize(
    "limit",
    [
        "16.1",
        "0.3",
        "0.7",
        "16",
        "16.0",
        "161e-1",
        "-0.1",
        "1e27",
        "1.7976931348623157e308",
    ],
)
def test_multiple_of_point_one_holds_for_decimal_multiples(limit: str) -> None:
    """16.1 / 0.1 is not an integer in binary floating point; 16.1 is valid all the same."""
    text = _charging_profile_16(limit)
    assert schema_valid(V16, "SetChargingProfile", "request", text)
    encoded = decode_strict(v16.SetChargingProfileRequest, text).to_json()
    assert _same_json((V16, "SetChargingProfile", "request"), text, encoded)


@pytest.mark.parametrize("limit", ["16.15", "0.05", "16.11", "-0.15"])
def test_multiple_of_point_one_fails_for_16_15_as_property_constraint_violation(
    limit: str,
) -> None:
    text = _charging_profile_16(limit)
    assert not schema_valid(V16, "SetChargingProfile", "request", text)
    error = _rejection(v16.SetChargingProfileRequest, text)
    assert error.code(V16) == "PropertyConstraintViolation"
    assert _violations(error) == {(LIMIT_PATH, "multiple_of")}


# --- optional fields: omitted, never null -------------------------------------------------------


def test_absent_optional_fields_are_omitted_on_output_never_null() -> None:
    boot16 = v16.BootNotificationRequest(charge_point_vendor="v", charge_point_model="m")
    assert json.loads(boot16.to_json()) == {"chargePointVendor": "v", "chargePointModel": "m"}
    station = v201.ChargingStation(model="m", vendor_name="v")
    boot201 = v201.BootNotificationRequest(
        charging_station=station, reason=v201.BootReasonEnum.POWER_UP
    )
    assert json.loads(boot201.to_json()) == {
        "chargingStation": {"model": "m", "vendorName": "v"},
        "reason": "PowerUp",
    }
    boot21 = v21.BootNotificationRequest(
        charging_station=v21.ChargingStation(model="m", vendor_name="v"),
        reason=v21.BootReasonEnum.POWER_UP,
    )
    assert b"null" not in boot21.to_json()
    assert boot21.to_wire() == {
        "chargingStation": {"model": "m", "vendorName": "v"},
        "reason": "PowerUp",
    }


def test_schema_default_is_not_sent_for_an_absent_field() -> None:
    """2.0.1 UnitOfMeasure.unit has ``"default": "Wh"``: a default describes, it is not sent."""
    text = (
        '{"evseId":1,"meterValue":[{"timestamp":"2024-01-07T08:52:48Z",'
        '"sampledValue":[{"value":1,"unitOfMeasure":{}}]}]}'
    )
    encoded = decode_strict(v201.MeterValuesRequest, text).to_json()
    assert json.loads(encoded)["meterValue"][0]["sampledValue"][0]["unitOfMeasure"] == {}


@pytest.mark.parametrize(
    ("model", "version", "text", "path"),
    [
        (
            v16.BootNotificationRequest,
            V16,
            '{"chargePointVendor":"v","chargePointModel":"m","chargePointSerialNumber":null}',
            "$.chargePointSerialNumber",
        ),
        (
            v201.BootNotificationRequest,
            V201,
            '{"reason":"PowerUp","chargingStation":{"model":"m","vendorName":"v","modem":null}}',
            "$.chargingStation.modem",
        ),
        (
            v21.BootNotificationRequest,
            V21,
            '{"reason":"PowerUp","chargingStation":{"model":"m","vendorName":"v"},"customData":null}',
            "$.customData",
        ),
    ],
    ids=["1.6-string", "2.0.1-nested-object", "2.1-customData"],
)
def test_null_for_optional_field_is_type_constraint_violation(
    model: type[Any], version: OcppVersion, text: str, path: str
) -> None:
    error = _rejection(model, text)
    assert error.code(version) == "TypeConstraintViolation"
    assert [violation.path for violation in error.violations] == [path]


# --- customData and DataTransfer.data: carried untouched ----------------------------------------

VENDOR_KEYS = {
    "vendorId": "com.example",
    "plain": "text",
    "count": 12345678901234567890123,
    "ratio": 0.25,
    "flag": False,
    "nothing": None,
    "nested": {"a": None, "b": [1, None, {"c": None}], "d": {}},
    "list": [],
    "vendor_id": "a key that is the Python name of vendorId",
    "customData": {"vendorId": 7},
}


@pytest.mark.parametrize(
    ("model", "version"),
    [(v201.BootNotificationRequest, V201), (v21.BootNotificationRequest, V21)],
    ids=["2.0.1", "2.1"],
)
def test_custom_data_vendor_keys_are_carried_untouched_top_level_and_nested(
    model: type[Any], version: OcppVersion
) -> None:
    payload = {
        "customData": VENDOR_KEYS,
        "reason": "PowerUp",
        "chargingStation": {"model": "m", "vendorName": "v", "customData": VENDOR_KEYS},
    }
    text = json.dumps(payload)
    assert schema_valid(version, "BootNotification", "request", text)
    decoded = decode_strict(model, text)
    assert decoded.custom_data.vendor_id == "com.example"
    assert decoded.custom_data.model_extra["nested"] == VENDOR_KEYS["nested"]
    encoded = decoded.to_json()
    assert _same_json((version, "BootNotification", "request"), text, encoded)
    assert json.loads(encoded)["chargingStation"]["customData"] == VENDOR_KEYS


ANY_JSON = [
    {"a": 1, "b": [True, None], "c": {"d": None}},
    [1, "two", None, {"three": 3.5}],
    [],
    {},
    42,
    -0.5,
    12345678901234567890123,
    "text",
    "",
    True,
    None,
]


@pytest.mark.parametrize("version", [V201, V21], ids=str)
@pytest.mark.parametrize("kind", ["request", "response"])
@pytest.mark.parametrize("data", ANY_JSON, ids=lambda d: json.dumps(d)[:20])
def test_data_transfer_data_carries_any_json_untouched(
    version: OcppVersion, kind: Kind, data: Any
) -> None:
    payload: dict[str, Any] = (
        {"vendorId": "com.example", "data": data}
        if kind == "request"
        else {"status": "Accepted", "data": data}
    )
    text = json.dumps(payload)
    message: Message = (version, "DataTransfer", kind)
    assert schema_valid(*message, text)
    decoded = decode_strict(reference.model_for(*message), text)
    assert decoded.data == data
    encoded = decoded.to_json()
    assert _same_json(message, text, encoded)
    assert "data" in json.loads(encoded)


@pytest.mark.parametrize("version", [V201, V21], ids=str)
def test_data_transfer_without_data_stays_without_data(version: OcppVersion) -> None:
    text = '{"vendorId":"com.example"}'
    decoded = decode_strict(reference.model_for(version, "DataTransfer", "request"), text)
    assert json.loads(decoded.to_json()) == {"vendorId": "com.example"}


def test_data_transfer_data_in_16_is_a_string_only() -> None:
    error = _rejection(v16.DataTransferRequest, '{"vendorId":"v","data":{"a":1}}')
    assert error.code(V16) == "TypeConstraintViolation"
    assert [violation.path for violation in error.violations] == ["$.data"]


# --- wire names only on the wire, snake_case in Python ------------------------------------------


def test_wire_parsing_refuses_snake_case_names_as_format_violation() -> None:
    text = '{"charging_station":{"model":"m","vendorName":"v"},"reason":"PowerUp"}'
    error = _rejection(v201.BootNotificationRequest, text)
    assert error.code(V201) == "FormatViolation"
    assert _violations(error) == {
        ("$.charging_station", "extra_forbidden"),
        ("$.chargingStation", "missing"),
    }


@pytest.mark.parametrize(
    ("model", "version", "text", "path"),
    [
        (
            v16.BootNotificationRequest,
            V16,
            '{"chargePointVendor":"v","chargePointModel":"m","charge_point_serial_number":"s"}',
            "$.charge_point_serial_number",
        ),
        (
            v201.BootNotificationRequest,
            V201,
            '{"reason":"PowerUp","chargingStation":{"model":"m","vendorName":"v",'
            '"firmware_version":"1"}}',
            "$.chargingStation.firmware_version",
        ),
        (
            v21.TransactionEventRequest,
            V21,
            '{"eventType":"Started","timestamp":"2024-01-07T08:52:48Z","triggerReason":"Authorized",'
            '"seqNo":0,"transactionInfo":{"transactionId":"t","charging_state":"Charging"}}',
            "$.transactionInfo.charging_state",
        ),
    ],
    ids=["1.6", "2.0.1-nested", "2.1-nested"],
)
def test_snake_case_name_of_an_optional_field_is_an_unknown_property(
    model: type[Any], version: OcppVersion, text: str, path: str
) -> None:
    error = _rejection(model, text)
    assert error.code(version) == ("FormationViolation" if version is V16 else "FormatViolation")
    assert [violation.path for violation in error.violations] == [path]


def test_constructors_take_snake_case_and_encode_wire_names() -> None:
    request = v21.TransactionEventRequest(
        event_type=v21.TransactionEventEnum.STARTED,
        timestamp=datetime(2024, 1, 7, 8, 52, 48, tzinfo=UTC),
        trigger_reason=v21.TriggerReasonEnum.AUTHORIZED,
        seq_no=0,
        transaction_info=v21.Transaction(
            transaction_id="t", charging_state=v21.ChargingStateEnum.CHARGING
        ),
    )
    assert json.loads(request.to_json()) == {
        "eventType": "Started",
        "timestamp": "2024-01-07T08:52:48Z",
        "triggerReason": "Authorized",
        "seqNo": 0,
        "transactionInfo": {"transactionId": "t", "chargingState": "Charging"},
    }


# --- date-times ---------------------------------------------------------------------------------


@pytest.mark.parametrize("version", list(OcppVersion), ids=str)
def test_date_time_without_offset_is_property_constraint_violation_in_strict_mode(
    version: OcppVersion,
) -> None:
    model = reference.model_for(version, "Heartbeat", "response")
    text = '{"currentTime":"2024-01-07T08:52:48"}'
    assert not schema_valid(version, "Heartbeat", "response", text)
    error = _rejection(model, text)
    assert error.code(version) == "PropertyConstraintViolation"
    assert [violation.path for violation in error.violations] == ["$.currentTime"]


def test_constructor_refuses_a_naive_datetime() -> None:
    with pytest.raises(ValidationError):
        v201.HeartbeatResponse(current_time=datetime(2024, 1, 7, 8, 52, 48))


@pytest.mark.parametrize(
    "text",
    [
        "2024-01-07T08:52:48Z",
        "2024-01-07t08:52:48z",
        "2024-01-07T10:52:48+02:00",
        "2024-01-07T03:52:48.000-05:00",
        "2024-01-07T08:52:48-00:00",
        "2024-01-07T08:52:48.5Z",
    ],
)
def test_rfc_3339_date_time_forms_round_trip_to_the_same_instant(text: str) -> None:
    payload = f'{{"currentTime":"{text}"}}'
    message: Message = (V201, "Heartbeat", "response")
    assert schema_valid(*message, payload)
    encoded = decode_strict(v201.HeartbeatResponse, payload).to_json()
    assert _same_json(message, payload, encoded)
    assert schema_valid(*message, encoded)


def test_numbers_are_compared_by_value_in_the_round_trip() -> None:
    """The normalisation the round trip relies on: 7 and 7.0 are one number, true is not 1."""
    message: Message = (V201, "DataTransfer", "request")
    assert canonical(*message, '{"data":[7,1e1]}') == canonical(*message, '{"data":[7.0,10]}')
    assert canonical(*message, '{"data":1}') != canonical(*message, '{"data":true}')
    assert canonical(*message, '{"data":0.1}') == {"data": Number(Decimal("0.1"))}


# --- tolerant mode ------------------------------------------------------------------------------

SLIPS_201 = (
    '{"eventType":"Started","timestamp":"2024-01-07T08:52:48","triggerReason":"Bogus",'
    '"seqNo":0,"transactionInfo":{"transactionId":"' + "t" * 37 + '","vendorFlag":1},'
    '"meterValue":[{"timestamp":"2024-01-07T08:52:48Z","sampledValue":[{"value":1},'
    '{"value":2,"unitOfMeasure":{"unit":"' + "u" * 21 + '"}}]}],"unknown":{"a":1}}'
)


def test_tolerant_mode_accepts_and_reports_each_real_world_slip_at_its_path() -> None:
    decoded = decode_tolerant(v201.TransactionEventRequest, SLIPS_201)
    assert {(v.path, v.reason) for v in decoded.forgiven} == {
        ("$.timestamp", "string_pattern_mismatch"),
        ("$.triggerReason", "enum"),
        ("$.transactionInfo.transactionId", "string_too_long"),
        ("$.transactionInfo.vendorFlag", "extra_forbidden"),
        ("$.meterValue[0].sampledValue[1].unitOfMeasure.unit", "string_too_long"),
        ("$.unknown", "extra_forbidden"),
    }
    message = decoded.message
    assert message.timestamp == datetime(2024, 1, 7, 8, 52, 48, tzinfo=UTC)
    assert message.trigger_reason == "Bogus"
    assert message.transaction_info.transaction_id == "t" * 37
    wire: Any = message.to_wire()
    assert "unknown" not in wire
    assert "vendorFlag" not in wire["transactionInfo"]
    assert wire["meterValue"][0]["sampledValue"][1]["unitOfMeasure"]["unit"] == "u" * 21


def test_tolerant_mode_forgives_nothing_in_a_valid_payload() -> None:
    text = SLIPS_201.replace('T08:52:48"', 'T08:52:48Z"').replace("Bogus", "Authorized")
    text = text.replace("t" * 37, "t").replace("u" * 21, "kWh")
    text = text.replace(',"vendorFlag":1', "").replace(',"unknown":{"a":1}', "")
    assert schema_valid(V201, "TransactionEvent", "request", text)
    decoded = decode_tolerant(v201.TransactionEventRequest, text)
    assert decoded.forgiven == ()
    assert _same_json((V201, "TransactionEvent", "request"), text, decoded.message.to_json())


@pytest.mark.parametrize(
    ("broken", "code", "path"),
    [
        ("", "OccurrenceConstraintViolation", "$.seqNo"),
        ('"seqNo":"0",', "TypeConstraintViolation", "$.seqNo"),
    ],
    ids=["missing-required", "wrong-type"],
)
def test_tolerant_mode_still_refuses_missing_required_or_wrong_type_among_slips(
    broken: str, code: str, path: str
) -> None:
    text = SLIPS_201.replace('"seqNo":0,', broken)
    with pytest.raises(PayloadValidationError) as caught:
        decode_tolerant(v201.TransactionEventRequest, text)
    refused = [v for v in caught.value.violations if v.path == path]
    assert [v.code(V201) for v in refused] == [code]


def test_tolerant_mode_in_16_uses_16_spelling_when_refusing() -> None:
    text = '{"chargePointVendor":"' + "v" * 21 + '","unknown":1}'
    with pytest.raises(PayloadValidationError) as caught:
        decode_tolerant(v16.BootNotificationRequest, text)
    refused = [v for v in caught.value.violations if v.path == "$.chargePointModel"]
    assert [v.code(V16) for v in refused] == ["OccurenceConstraintViolation"]
