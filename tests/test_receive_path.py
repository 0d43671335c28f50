"""One receive path, one verdict: ``frames.read_frame`` and its envelope, the number policy on
every path that reads a payload, and the one builder of error frames."""

import json
from typing import Final, Literal

import orjson
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from ocpkit._base import INTEGER_RANGE
from ocpkit._json_value import JsonValue
from ocpkit.ocpp import ErrorKind, OcppError, ValidationMode, v21, v201
from ocpkit.ocpp.connection import Connection
from ocpkit.ocpp.errors import PayloadValidationError, wire_details
from ocpkit.ocpp.events import CallReceived, ProtocolViolation, ResultInvalid
from ocpkit.ocpp.frames import (
    CallError,
    CallResultError,
    Envelope,
    FrameError,
    FrameProblem,
    MessageType,
    call_error_for,
    parse_frame,
    read_frame,
    result_error_for,
    serialize,
)
from ocpkit.ocpp.logcheck import LogChecker, Severity
from ocpkit.ocpp.validation import decode_strict, decode_tolerant
from ocpkit.ocpp.version import OcppVersion
from tests._connection_support import V21, V201, connection, heartbeat_request, only

LOW, HIGH = INTEGER_RANGE
PROPERTY: Final = "PropertyConstraintViolation"

# -- read_frame --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "message_type", "action", "payload", "fast"),
    [
        ('[2,"a","Heartbeat",{}]', MessageType.CALL, "Heartbeat", "{}", True),
        (b'[2,"a","Heartbeat",{"x":1}]', MessageType.CALL, "Heartbeat", b'{"x":1}', True),
        (' [ 3 , "a" , {"k" : [1, 2]} ] ', MessageType.CALLRESULT, None, '{"k" : [1, 2]}', True),
        ('[2,"\\u0061","Heartbeat",{}]', MessageType.CALL, "Heartbeat", "{}", False),
        (
            b'[2,"a","Heart\\u0062eat",{"a":"]"}]',
            MessageType.CALL,
            "Heartbeat",
            b'{"a":"]"}',
            False,
        ),
        ('[3,"a\\"b",\n{"q":"\\\\"}\n]', MessageType.CALLRESULT, None, '{"q":"\\\\"}', False),
        (bytearray(b'[6,"a","X",{}]'), MessageType.SEND, "X", b"{}", True),
    ],
)
def test_read_frame_hands_on_the_payload_text_as_received(
    data: str | bytes | bytearray,
    message_type: MessageType,
    action: str | None,
    payload: str | bytes,
    fast: bool,
) -> None:
    read = read_frame(data, V21)
    assert isinstance(read, Envelope)
    assert read.message_type_id is message_type
    assert read.action == action
    assert read.payload == payload
    assert (read.unverified is not None) is fast
    assert read.diagnose() is None


def test_read_frame_gives_error_frames_parsed() -> None:
    assert read_frame('[4,"a","GenericError","",{"n":1}]', V201) == CallError(
        message_id="a", error_code="GenericError", error_details={"n": 1}
    )
    assert isinstance(read_frame('[5,"a","GenericError","",{}]', V21), CallResultError)


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        ("[2,1,2]", FrameProblem.BAD_MESSAGE_ID),
        ('[2,"\\u0061","Heartbeat",NaN]', FrameProblem.NOT_JSON),
        ('[2,"\\u0061","Heartbeat",[]]', FrameProblem.BAD_PAYLOAD),
        ("not json", FrameProblem.NOT_JSON),
    ],
)
def test_read_frame_raises_for_a_frame_broken_before_its_payload(
    data: str, problem: FrameProblem
) -> None:
    with pytest.raises(FrameError) as caught:
        read_frame(data, V201)
    assert caught.value.problem is problem


def test_diagnosis_of_a_fast_read_frame_is_made_only_when_asked() -> None:
    # The head is plain and the payload text looks like an object: the frame is read by its
    # head; that it is not JSON shows only when diagnosed.
    read = read_frame('[2,"a","DataTransfer",{"data":NaN}]', V201)
    assert isinstance(read, Envelope)
    error = read.diagnose()
    assert isinstance(error, FrameError)
    assert error.problem is FrameProblem.NOT_JSON


@given(
    st.dictionaries(st.text(max_size=5), st.integers() | st.text(max_size=5), max_size=4),
    st.sampled_from([",", " , ", "\n,\t"]),
)
def test_payload_text_of_the_slow_path_reads_back_to_the_payload(
    payload: dict[str, object], comma: str
) -> None:
    text = f'[2{comma}"\\u0031"{comma}"A"{comma}{json.dumps(payload)} ]'
    read = read_frame(text, V201)
    assert isinstance(read, Envelope)
    assert read.unverified is None
    assert json.loads(read.payload) == payload


# -- one number policy on every path -----------------------------------------------------------

Place = Literal["typed int", "typed number", "free-form data", "custom data"]
PLACES: Final[tuple[Place, ...]] = ("typed int", "typed number", "free-form data", "custom data")


def _call(place: Place, number: str) -> tuple[str, str]:
    """A CALL whose payload holds ``number`` at ``place``: (action, payload text)."""
    if place == "free-form data":
        return "DataTransfer", '{"vendorId":"v","data":' + number + "}"
    evse = number if place == "typed int" else "1"
    value = number if place == "typed number" else "1"
    custom = ',"customData":{"vendorId":"v","n":' + number + "}" if place == "custom data" else ""
    meter = '[{"timestamp":"2026-01-31T12:00:00Z","sampledValue":[{"value":' + value + "}]}]"
    return "MeterValues", '{"evseId":' + evse + ',"meterValue":' + meter + custom + "}"


def _connection_verdict(frame: str | bytes, version: OcppVersion) -> tuple[str, list[bytes]]:
    csms = Connection(version, "CSMS")
    event = only(csms.receive(frame, 0.0))
    sent = csms.data_to_send()
    if isinstance(event, CallReceived):
        return "accepted", sent
    assert isinstance(event, ProtocolViolation)
    return str(event.error.code(version)), sent


def _decode_verdict(action: str, payload: str, tolerant: bool) -> str:
    model = v201.DataTransferRequest if action == "DataTransfer" else v201.MeterValuesRequest
    try:
        if tolerant:
            decode_tolerant(model, payload)
        else:
            decode_strict(model, payload)
    except PayloadValidationError as error:
        return str(error.code(V201))
    return "accepted"


def _log_verdict(frame: str) -> str:
    findings = LogChecker(V201).feed(frame)
    errors = [f for f in findings if f.severity is Severity.ERROR]
    return "accepted" if not errors else str(errors[0].code)


def _expected(place: Place, number: int) -> str:
    typed = place in ("typed int", "typed number")
    return PROPERTY if typed and not LOW <= number <= HIGH else "accepted"


@given(st.sampled_from(PLACES), st.integers() | st.integers(-(10**40), 10**40))
@example("typed int", HIGH)
@example("typed int", HIGH + 1)
@example("typed int", LOW)
@example("typed int", LOW - 1)
@example("typed number", HIGH + 1)
@example("typed number", LOW - 1)
@example("typed number", 10**400)
@example("free-form data", 10**400)
@example("custom data", -(10**30))
@example("custom data", HIGH + 1)
def test_fast_and_slow_paths_give_one_verdict_for_a_big_integer(place: Place, number: int) -> None:
    action, payload = _call(place, str(number))
    plain = f'[2,"m1","{action}",{payload}]'
    escaped = f'[2,"m\\u0031","{action}",{payload}]'  # the same frame, read by the slow path
    expected = _expected(place, number)
    verdict, replies = _connection_verdict(plain, V201)
    assert verdict == expected
    assert _connection_verdict(escaped, V201) == (verdict, replies)
    assert _connection_verdict(plain.encode(), V201) == (verdict, replies)
    assert _decode_verdict(action, payload, tolerant=False) == expected
    assert _decode_verdict(action, payload, tolerant=True) == expected
    assert _log_verdict(plain) == expected
    assert _log_verdict(escaped) == expected


@pytest.mark.parametrize("number", ["1e27", "-1e27", "1.7976931348623157e308", "9.3e18"])
def test_a_large_double_written_as_a_float_is_kept_in_a_typed_number(number: str) -> None:
    action, payload = _call("typed number", number)
    assert _connection_verdict(f'[2,"m1","{action}",{payload}]', V201)[0] == "accepted"
    message = decode_strict(v201.MeterValuesRequest, payload)
    assert message.meter_value[0].sampled_value[0].value == float(number)


def test_a_big_integer_in_free_form_data_keeps_its_exact_value() -> None:
    payload = f'{{"vendorId":"v","data":{{"n":{10**30 + 1}}}}}'
    model = v201.DataTransferRequest
    for message in (decode_strict(model, payload), decode_tolerant(model, payload).message):
        assert message.data == {"n": 10**30 + 1}


def test_an_out_of_range_integer_is_reported_without_its_digits() -> None:
    _, payload = _call("typed int", "9" * 300)
    with pytest.raises(PayloadValidationError) as caught:
        decode_strict(v201.MeterValuesRequest, payload)
    assert caught.value.kind is ErrorKind.PROPERTY
    assert "99999" not in str(caught.value)
    assert "64-bit" in caught.value.violations[0].message


# -- one builder of error frames ---------------------------------------------------------------


@pytest.mark.parametrize("version", [V201, V21])
def test_a_callerror_sent_is_exactly_what_the_error_says(version: OcppVersion) -> None:
    csms = connection(version, "CSMS")
    csms.receive('[2,"h1","Heartbeat",{}]', 0.0)
    details: dict[str, JsonValue] = {"ids": [1, 2], "note": "n" * 500, "big": 10**30}
    error = OcppError("refused", kind=ErrorKind.INTERNAL, details=details)
    csms.reply_error("h1", error)
    [sent] = csms.data_to_send()
    assert orjson.loads(sent)[4] == error.details
    assert error.details["ids"] == [1, 2]
    assert sent == serialize(call_error_for(error, "h1", version))


@pytest.mark.parametrize("version", [V201, V21])
def test_a_refusal_event_carries_the_bytes_sent_and_their_details(version: OcppVersion) -> None:
    csms = connection(version, "CSMS")
    key = "k" * 300
    event = only(csms.receive(f'[2,"h1","Heartbeat",{{"{key}":1}}]', 0.0))
    assert isinstance(event, ProtocolViolation)
    [sent] = csms.data_to_send()
    assert event.reply == sent
    assert orjson.loads(sent)[4] == event.error.details
    assert len(str(event.error.details["path"])) <= 120


def test_a_callresulterror_is_built_by_the_same_builder() -> None:
    charger = connection(V21, "ChargingStation")
    message_id = charger.call(heartbeat_request(V21), 0.0)
    charger.data_to_send()
    event = only(charger.receive(f'[3,"{message_id}",{{"currentTime":5}}]', 1.0))
    assert isinstance(event, ResultInvalid)
    [sent] = charger.data_to_send()
    assert sent == serialize(result_error_for(event.error, message_id, V21))
    assert orjson.loads(sent)[4] == event.error.details != {}


def test_a_frame_error_reply_is_built_by_the_same_builder() -> None:
    with pytest.raises(FrameError) as caught:
        parse_frame('[2,"a","Heartbeat",[]]', V201)
    assert caught.value.reply() == call_error_for(caught.value, "a", V201)


def test_details_of_a_received_error_can_be_sent_on_unchanged() -> None:
    frame = parse_frame('[4,"a","GenericError","",{"ids":[1,2],"n":{"m":null}}]', V201)
    assert isinstance(frame, CallError)
    assert wire_details(frame.error_details) == frame.error_details
    assert OcppError(details=frame.error_details).details == frame.error_details


def test_a_send_message_is_not_sent_by_the_default_connection_unless_valid() -> None:
    # Guard for the SEND path too: a model built unvalidated is judged before it goes out.
    charger = connection(V21, "ChargingStation")
    bad = v21.NotifyPeriodicEventStream.model_construct(data=[], id=1, pending=0, basetime=None)
    with pytest.raises(PayloadValidationError):
        charger.send(bad)
    assert charger.data_to_send() == []


def test_tolerant_and_strict_agree_on_a_large_double_next_to_a_slip() -> None:
    payload = (
        '{"evseId":1,"meterValue":[{"timestamp":"2026-01-31T12:00:00Z",'
        '"sampledValue":[{"value":1e27}]}],"vendorExtra":true}'
    )
    decoded = decode_tolerant(v201.MeterValuesRequest, payload)
    assert [v.reason for v in decoded.forgiven] == ["extra_forbidden"]
    assert decoded.message.meter_value[0].sampled_value[0].value == 1e27
    with pytest.raises(PayloadValidationError) as caught:
        decode_strict(v201.MeterValuesRequest, payload)
    assert [v.reason for v in caught.value.violations] == ["extra_forbidden"]
    tolerant = Connection(V201, "CSMS", mode=ValidationMode.TOLERANT)
    event = only(tolerant.receive(f'[2,"t1","MeterValues",{payload}]', 0.0))
    assert isinstance(event, CallReceived)
    assert event.forgiven == decoded.forgiven
