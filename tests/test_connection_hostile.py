"""Hostile input: the connection never raises, answers each frame as its version prescribes (or
not at all), never quotes the input back at length, and keeps working afterwards."""

import json
from collections import Counter
from collections.abc import Callable
from typing import Any, Final

import orjson
import pytest
from hypothesis import event as hypothesis_event
from hypothesis import given, note, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    rule,
)
from hypothesis.strategies import SearchStrategy

from ocpkit._base import OcppRequest
from ocpkit.ocpp import ErrorKind, OcppError, ValidationMode
from ocpkit.ocpp.connection import Connection, LocalProtocolError
from ocpkit.ocpp.events import (
    CallReceived,
    CallTimedOut,
    ErrorReceived,
    Event,
    LateReply,
    ProtocolViolation,
    ResultInvalid,
    ResultReceived,
    ResultRejected,
    SendReceived,
    UnexpectedReply,
)
from ocpkit.ocpp.frames import MAX_MESSAGE_ID_LENGTH
from ocpkit.ocpp.registry import Side
from ocpkit.ocpp.version import OcppVersion
from tests._connection_support import (
    ALL_VERSIONS,
    BOOT_PAYLOAD,
    HEARTBEAT_RESULT,
    MARKER,
    MAX_REPLY_BYTES,
    V16,
    V21,
    V201,
    boot_request,
    call_frame,
    check_quiet_reply,
    clear_cache_request,
    clear_cache_response,
    connection,
    data_transfer_request,
    decode_frame,
    framing_code,
    heartbeat_request,
    only,
    response_for,
    result_frame,
    spelling,
)

versions = pytest.mark.parametrize("version", ALL_VERSIONS)

MIB: Final = 1 << 20

# What a version answers: (message id, code) or None for no answer at all.
Expected = Callable[[OcppVersion], tuple[str, str] | None]


def unreadable(version: OcppVersion) -> tuple[str, str] | None:
    return ("-1", framing_code(version))


def silent(version: OcppVersion) -> tuple[str, str] | None:
    return None


def answered(message_id: str, v16_code: str, v2_code: str | None = None) -> Expected:
    def expected(version: OcppVersion) -> tuple[str, str] | None:
        return (message_id, v16_code if version is V16 or v2_code is None else v2_code)

    return expected


def format_violation(message_id: str) -> Expected:
    return answered(message_id, "FormationViolation", "FormatViolation")


def only_on_2_0_1(message_id: str, code: str) -> Expected:
    def expected(version: OcppVersion) -> tuple[str, str] | None:
        return (message_id, code) if version is V201 else None

    return expected


def _big_number() -> str:
    return "9" * 5000


HOSTILE: Final[list[tuple[str, bytes, Expected]]] = [
    ("not_json", f"<html>{MARKER * 100}</html>".encode(), unreadable),
    ("control_bytes", b"\x00\x01\x02\x1b[31m" + MARKER.encode(), unreadable),
    ("whitespace_only", b" \t\r\n ", unreadable),
    ("byte_order_mark", b'\xef\xbb\xbf[2,"h1","Heartbeat",{}]', unreadable),
    (
        "truncated_call",
        f'[2,"t1","DataTransfer",{{"vendorId":"x","data":"{MARKER * 500}'.encode(),
        unreadable,
    ),
    ("truncated_after_id", b'[2,"t1",', unreadable),
    ("trailing_garbage", f'[2,"t1","Heartbeat",{{}}] {MARKER}'.encode(), unreadable),
    ("deep_nesting_open", b"[" * 100_000, unreadable),
    ("deep_nesting_balanced", b"[" * 100_000 + b"]" * 100_000, unreadable),
    ("deep_object_nesting", b'{"a":' * 100_000 + b"1" + b"}" * 100_000, unreadable),
    (
        "deep_nesting_in_payload",
        b'[2,"n1","DataTransfer",{"vendorId":"x","data":' + b"[" * 100_000 + b"]" * 100_000 + b"}]",
        unreadable,
    ),
    (
        "one_mib_string_in_call",
        f'[2,"big1","DataTransfer",{{"vendorId":"x","data":"{"A" * MIB}{MARKER}"}}]'.encode(),
        format_violation("big1"),
    ),
    (
        "one_mib_string_in_result",
        f'[3,"ghost",{{"currentTime":"{"A" * MIB}{MARKER}"}}]'.encode(),
        silent,
    ),
    ("one_mib_not_json", ("x" * MIB + MARKER).encode(), silent),
    (
        "one_mib_action",
        f'[2,"a1","{"A" * MIB}{MARKER}",{{}}]'.encode(),
        silent,  # the head is not plain (action longer than 64): nothing to answer with
    ),
    (
        "invalid_utf8_in_payload",
        b'[2,"u1","DataTransfer",{"vendorId":"\xff\xfe' + MARKER.encode() + b'"}]',
        unreadable,
    ),
    ("invalid_utf8_in_id", b'[2,"\xc3\x28","Heartbeat",{}]', unreadable),
    ("escaped_lone_high_surrogate", b'[2,"u1","DataTransfer",{"vendorId":"\\ud800"}]', unreadable),
    ("escaped_lone_low_surrogate_in_id", b'[2,"\\udc00","Heartbeat",{}]', unreadable),
    ("invalid_utf8_in_action", b'[2,"u1","Heart\x80beat",{}]', unreadable),
    ("invalid_utf8_after_frame", b'[2,"u1","Heartbeat",{}]\x80', unreadable),
    ("overlong_utf8_encoding", b'[2,"u1","DataTransfer",{"vendorId":"\xc0\xaf"}]', unreadable),
    (
        "huge_number_in_payload",
        f'[2,"d1","DataTransfer",{{"vendorId":"x","data":{_big_number()}}}]'.encode(),
        unreadable,
    ),
    (
        "huge_number_as_unknown_property",
        f'[2,"d1","Heartbeat",{{"n":{_big_number()}}}]'.encode(),
        unreadable,
    ),
    ("huge_number_as_type_id", f'[{_big_number()},"d1","Heartbeat",{{}}]'.encode(), unreadable),
    ("huge_number_as_id", f'[2,{_big_number()},"Heartbeat",{{}}]'.encode(), unreadable),
    ("nan_in_payload", b'[2,"n1","DataTransfer",{"vendorId":"x","data":NaN}]', unreadable),
    (
        "infinity_in_payload",
        b'[2,"n1","DataTransfer",{"vendorId":"x","data":Infinity}]',
        unreadable,
    ),
    (
        "minus_infinity_in_payload",
        b'[2,"n1","DataTransfer",{"vendorId":"x","data":-Infinity}]',
        unreadable,
    ),
    ("nan_as_payload", b'[2,"n1","Heartbeat",NaN]', unreadable),
    ("nan_as_type_id", b'[NaN,"n1","Heartbeat",{}]', unreadable),
    ("result_for_unknown_id", f'[3,"ghost",{{"x":"{MARKER}"}}]'.encode(), silent),
    (
        "error_for_unknown_id",
        f'[4,"ghost","GenericError","{MARKER}",{{"m":"{MARKER}"}}]'.encode(),
        silent,
    ),
    (
        "error_with_huge_description",
        f'[4,"ghost","GenericError","{MARKER * 5000}",{{}}]'.encode(),
        silent,
    ),
    (
        "over_long_string_value",
        call_frame(
            "b1",
            "DataTransfer",
            {"vendorId": "v" * 10_000 + MARKER},
        ),
        answered("b1", "PropertyConstraintViolation"),
    ),
    (
        "wrong_type_value",
        call_frame("b1", "DataTransfer", {"vendorId": [MARKER] * 1000}),
        answered("b1", "TypeConstraintViolation"),
    ),
    (
        "unknown_action_with_marker",
        call_frame("a1", "A" * 50 + MARKER, {}),
        answered("a1", "NotImplemented"),
    ),
    (
        "long_unknown_action_in_plain_head",
        call_frame("a1", "A" * 64, {"x": MARKER}),
        answered("a1", "NotImplemented"),
    ),
    (
        "unicode_action",
        call_frame("a1", "\U0001f600" * 1000 + MARKER, {}),
        answered("a1", "NotImplemented"),
    ),
    (
        "id_too_long",
        call_frame(MARKER * 3, "Heartbeat", {}),
        unreadable,
    ),
    (
        "many_elements",
        b'[2,"e1","Heartbeat",{},"' + MARKER.encode() + b'"' + b",1" * 100_000 + b"]",
        format_violation("e1"),
    ),
    (
        "many_unknown_properties",
        b'[2,"k1","Heartbeat",{'
        + b",".join(b'"k%d":"' % n + MARKER.encode() + b'"' for n in range(20_000))
        + b"}]",
        format_violation("k1"),
    ),
    (
        "payload_is_a_huge_array",
        b'[2,"p1","Heartbeat",[' + b",".join([b'"' + MARKER.encode() + b'"'] * 10_000) + b"]]",
        format_violation("p1"),
    ),
    (
        "unknown_type_7",
        f'[7,"m7","{MARKER * 100}",{{}}]'.encode(),
        only_on_2_0_1("m7", "MessageTypeNotSupported"),
    ),
    (
        "type_6_send",
        f'[6,"m6","NotifyPeriodicEventStream",{{"data":"{MARKER * 100}"}}]'.encode(),
        only_on_2_0_1("m6", "MessageTypeNotSupported"),
    ),
    (
        "type_5_result_error",
        f'[5,"m5","FormatViolation","{MARKER * 100}",{{}}]'.encode(),
        only_on_2_0_1("m5", "MessageTypeNotSupported"),
    ),
    ("negative_type", b'[-2,"m","Heartbeat",{}]', only_on_2_0_1("m", "MessageTypeNotSupported")),
    (
        "bool_type",
        b'[true,"b","Heartbeat",{}]',
        answered("b", "ProtocolError", "RpcFrameworkError"),
    ),
]


def hostile_ids() -> list[str]:
    return [row[0] for row in HOSTILE]


def keep_working(csms: Connection, clear_id: str, version: OcppVersion) -> None:
    """A CSMS whose ClearCache is in flight still completes it and still takes a new call."""
    result = only(csms.receive(result_frame(clear_id, {"status": "Accepted"}), 2.0))
    assert isinstance(result, ResultReceived)
    assert result.response == clear_cache_response(version)
    event = only(csms.receive(call_frame("after", "BootNotification", BOOT_PAYLOAD[version]), 2.0))
    assert isinstance(event, CallReceived)
    assert event.request == boot_request(version)
    csms.reply("after", response_for(event.request, version))
    assert decode_frame(only(csms.data_to_send()))[:2] == [3, "after"]


@pytest.mark.parametrize(("name", "data", "expected"), HOSTILE, ids=hostile_ids())
@versions
def test_hostile_frame_gets_the_prescribed_reply_and_the_connection_keeps_working(
    version: OcppVersion, name: str, data: bytes, expected: Expected
) -> None:
    csms = connection(version, "CSMS")
    clear_id = csms.call(clear_cache_request(version), 0.0)
    csms.data_to_send()

    event = only(csms.receive(data, 1.0))

    replies = csms.data_to_send()
    want = expected(version)
    if want is None:
        assert replies == [], name
        if isinstance(event, ProtocolViolation):
            assert event.reply is None
    else:
        [reply] = replies
        frame = check_quiet_reply(reply, version)
        assert frame[:3] == [4, *want], name
        assert isinstance(event, ProtocolViolation)
        assert event.reply == reply
    assert csms.in_flight == clear_id
    assert csms.unanswered == frozenset()
    keep_working(csms, clear_id, version)


@versions
def test_every_truncation_of_a_valid_frame_is_unreadable(version: OcppVersion) -> None:
    data = call_frame("t1", "BootNotification", BOOT_PAYLOAD[version])
    csms = connection(version, "CSMS")
    for end in range(len(data)):
        only(csms.receive(data[:end], 0.0))
        frame = check_quiet_reply(only(csms.data_to_send()), version)
        assert frame[:3] == [4, "-1", framing_code(version)]
    assert isinstance(only(csms.receive(data, 0.0)), CallReceived)


# -- the message size limit --------------------------------------------------------------------


def _call_of_size(size: int, message_id: str = "s1") -> bytes:
    head = b'[2,"' + message_id.encode() + b'","DataTransfer",{"vendorId":"x","data":"'
    tail = b'"}]'
    return head + b"d" * (size - len(head) - len(tail)) + tail


@versions
def test_frame_of_exactly_the_default_limit_is_read(version: OcppVersion) -> None:
    csms = connection(version, "CSMS")
    data = _call_of_size(MIB)
    assert len(data) == MIB
    assert isinstance(only(csms.receive(data, 0.0)), CallReceived)
    assert csms.data_to_send() == []


@versions
def test_frame_one_byte_over_the_default_limit_is_refused_with_its_id(
    version: OcppVersion,
) -> None:
    csms = connection(version, "CSMS")
    event = only(csms.receive(_call_of_size(MIB + 1), 0.0))
    assert isinstance(event, ProtocolViolation)
    assert event.message_id == "s1"
    frame = check_quiet_reply(only(csms.data_to_send()), version)
    assert frame[:3] == [4, "s1", spelling(version, "FormationViolation", "FormatViolation")]
    assert csms.unanswered == frozenset()


@pytest.mark.parametrize("as_text", [False, True], ids=["bytes", "str"])
@versions
def test_smaller_max_message_size_refuses_an_oversized_call_with_its_id(
    version: OcppVersion, as_text: bool
) -> None:
    csms = connection(version, "CSMS", max_message_size=1000)
    data = _call_of_size(1001, "small1")
    assert isinstance(only(csms.receive(_call_of_size(1000, "fits"), 0.0)), CallReceived)
    event = only(csms.receive(data.decode() if as_text else data, 0.0))
    assert isinstance(event, ProtocolViolation)
    frame = check_quiet_reply(only(csms.data_to_send()), version)
    assert frame[:3] == [4, "small1", spelling(version, "FormationViolation", "FormatViolation")]
    assert csms.unanswered == {"fits"}


@versions
def test_oversized_frame_whose_head_cannot_be_read_is_not_answered(version: OcppVersion) -> None:
    csms = connection(version, "CSMS", max_message_size=1000)
    escaped_id = b'[2,"s\\u0031","DataTransfer",{"vendorId":"' + b"x" * 2000 + b'"}]'
    event = only(csms.receive(escaped_id, 0.0))
    assert isinstance(event, ProtocolViolation)
    assert event.message_id is None
    assert csms.data_to_send() == []


@versions
def test_oversized_result_for_the_call_in_flight_still_completes_it_once(
    version: OcppVersion,
) -> None:
    charger = connection(version, "ChargingStation", max_message_size=1000, call_timeout=5.0)
    message_id = charger.call(heartbeat_request(version), 0.0)
    charger.data_to_send()
    payload = {**HEARTBEAT_RESULT, "pad": "p" * 2000}
    events = charger.receive(result_frame(message_id, payload), 1.0)
    for reply in charger.data_to_send():
        check_quiet_reply(reply, version)
    events += charger.check_timeouts(5.0) + charger.check_timeouts(50.0)
    completions = [e for e in events if isinstance(e, ResultInvalid | CallTimedOut)]
    assert [e.message_id for e in completions] == [message_id]
    assert not any(isinstance(e, ResultReceived) for e in events)
    assert charger.in_flight is None


# -- numbers and odd text ----------------------------------------------------------------------


@pytest.mark.parametrize("number", ["NaN", "Infinity", "-Infinity"])
@versions
def test_tolerant_mode_survives_non_json_numbers(version: OcppVersion, number: str) -> None:
    csms = connection(version, "CSMS", mode=ValidationMode.TOLERANT)
    data = f'[2,"n1","Heartbeat",{{"vendorExtra":{number}}}]'
    only(csms.receive(data, 0.0))
    frame = check_quiet_reply(only(csms.data_to_send()), version)
    assert frame[:3] == [4, "-1", framing_code(version)]


@pytest.mark.parametrize("version", [V201, V21])
def test_number_beyond_a_double_is_json_and_out_of_range(version: OcppVersion) -> None:
    # 1e400 is a JSON number; free-form data holds numbers as doubles, so it is out of range.
    csms = connection(version, "CSMS")
    only(csms.receive('[2,"n1","DataTransfer",{"vendorId":"x","data":1e400}]', 0.0))
    frame = check_quiet_reply(only(csms.data_to_send()), version)
    assert frame[:3] == [4, "n1", "PropertyConstraintViolation"]


@versions
def test_number_beyond_a_double_as_unknown_property_is_dropped_by_tolerant_mode(
    version: OcppVersion,
) -> None:
    tolerant = connection(version, "CSMS", mode=ValidationMode.TOLERANT)
    event = only(tolerant.receive('[2,"n2","Heartbeat",{"vendorExtra":1e400}]', 0.0))
    assert isinstance(event, CallReceived)
    assert [v.reason for v in event.forgiven] == ["extra_forbidden"]


@versions
def test_unknown_property_name_is_not_quoted_at_length(version: OcppVersion) -> None:
    csms = connection(version, "CSMS")
    key = "k" * 500_000 + MARKER
    only(csms.receive(call_frame("k1", "Heartbeat", {key: 1}), 0.0))
    frame = check_quiet_reply(only(csms.data_to_send()), version)
    assert frame[:2] == [4, "k1"]


@versions
def test_lone_surrogate_in_a_text_frame_id_does_not_crash(version: OcppVersion) -> None:
    csms = connection(version, "CSMS")
    only(csms.receive('[2,"\ud800","NoSuchAction",{}]', 0.0))
    check_quiet_reply(only(csms.data_to_send()), version)


@pytest.mark.parametrize("version", [V201, V21])
def test_verdict_does_not_depend_on_how_the_id_is_written(version: OcppVersion) -> None:
    payload = '{"vendorId":"x","data":' + "9" * 400 + "}"
    plain = connection(version, "CSMS")
    escaped = connection(version, "CSMS")
    first = only(plain.receive(f'[2,"d1","DataTransfer",{payload}]', 0.0))
    second = only(escaped.receive(f'[2,"d\\u0031","DataTransfer",{payload}]', 0.0))
    assert type(first) is type(second)
    assert plain.data_to_send() == escaped.data_to_send()


@versions
def test_lone_surrogate_in_a_text_frame_payload_is_unreadable(version: OcppVersion) -> None:
    csms = connection(version, "CSMS")
    only(csms.receive('[2,"s1","DataTransfer",{"vendorId":"\ud800"}]', 0.0))
    frame = check_quiet_reply(only(csms.data_to_send()), version)
    assert frame[:3] == [4, "-1", framing_code(version)]


# -- random input ------------------------------------------------------------------------------

ROLES: Final[tuple[Side, Side]] = ("CSMS", "ChargingStation")
ACTIONS: Final = sorted(
    {
        "BootNotification",
        "Heartbeat",
        "DataTransfer",
        "ClearCache",
        "Reset",
        "GetVariables",
        "StatusNotification",
        "NotifyPeriodicEventStream",
        "TransactionEvent",
        "StartTransaction",
    }
)


def json_values(max_leaves: int = 12) -> SearchStrategy[Any]:
    scalars = (
        st.none()
        | st.booleans()
        | st.integers(min_value=-(2**80), max_value=2**80)
        | st.floats(allow_nan=False, allow_infinity=False)
        | st.text(max_size=12)
    )
    return st.recursive(
        scalars,
        lambda inner: (
            st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
        ),
        max_leaves=max_leaves,
    )


def payloads() -> SearchStrategy[Any]:
    keys = st.sampled_from(["vendorId", "data", "reason", "type", "currentTime", "status"])
    return st.dictionaries(keys | st.text(max_size=8), json_values(6), max_size=4) | json_values(4)


def random_frames() -> SearchStrategy[list[Any]]:
    """JSON arrays shaped more or less like frames."""
    parts = st.tuples(
        st.integers(min_value=-1, max_value=8) | json_values(2),
        st.text(max_size=40) | json_values(2),
        st.sampled_from(ACTIONS) | st.text(max_size=20) | json_values(2),
        payloads(),
        json_values(3),
        json_values(2),
    )
    return st.builds(lambda items, size: list(items[:size]), parts, st.integers(0, 6))


def encode(frame: Any) -> bytes:
    # json, not orjson: integers past 64 bits must be written too.
    return json.dumps(frame, allow_nan=False).encode()


def is_well_formed_call(data: str | bytes) -> str | None:
    """The message id of ``data`` if it is a well-formed CALL frame (any version), else None."""
    try:
        frame = orjson.loads(data)
    except orjson.JSONDecodeError:
        return None
    if (
        type(frame) is list
        and len(frame) == 4
        and type(frame[0]) is int
        and frame[0] == 2
        and type(frame[1]) is str
        and len(frame[1]) <= MAX_MESSAGE_ID_LENGTH
        and type(frame[2]) is str
        and type(frame[3]) is dict
    ):
        return frame[1]
    return None


def check_receive(
    conn: Connection, data: str | bytes, now: float = 0.0
) -> tuple[Event, list[bytes]]:
    """Feed ``data`` and check the outcome: exactly one event; at most one reply, well-formed,
    short and quiet; a well-formed CALL is taken or refused under its own id. Returns the event
    and every frame ``conn`` has to send (a reply, and our next queued CALL if one was started).
    """
    event = only(conn.receive(data, now))
    out = conn.data_to_send()
    replies = [frame for frame in out if decode_frame(frame)[0] in (4, 5)]
    assert all(decode_frame(frame)[0] == 2 for frame in out if frame not in replies)
    assert len(replies) <= 1
    for reply in replies:
        check_quiet_reply(reply, conn.version)
    if isinstance(event, ProtocolViolation):
        assert event.reply == (replies[0] if replies else None)
    elif isinstance(event, ResultInvalid):
        assert len(replies) == int(event.replied)
    else:
        assert replies == [], event
    if len(data) <= conn.max_message_size:
        message_id = is_well_formed_call(data)
        if message_id is not None:
            if isinstance(event, CallReceived):
                assert event.message_id == message_id
            else:
                assert decode_frame(only(replies))[:2] == [4, message_id]
    return event, out


@given(
    version=st.sampled_from(ALL_VERSIONS),
    role=st.sampled_from(ROLES),
    data=st.binary(max_size=300),
)
def test_random_bytes_never_raise(version: OcppVersion, role: Side, data: bytes) -> None:
    check_receive(connection(version, role), data)


@given(
    version=st.sampled_from(ALL_VERSIONS),
    role=st.sampled_from(ROLES),
    data=st.text(max_size=300),
)
def test_random_text_never_raises(version: OcppVersion, role: Side, data: str) -> None:
    check_receive(connection(version, role), data)


@given(
    version=st.sampled_from(ALL_VERSIONS),
    role=st.sampled_from(ROLES),
    frame=random_frames(),
    as_text=st.booleans(),
)
def test_random_json_arrays_never_raise(
    version: OcppVersion, role: Side, frame: list[Any], as_text: bool
) -> None:
    data = encode(frame)
    note(repr(data))
    check_receive(connection(version, role), data.decode() if as_text else data)


@given(version=st.sampled_from(ALL_VERSIONS), data=st.data())
def test_random_frames_after_a_call_in_flight_never_raise(
    version: OcppVersion, data: st.DataObject
) -> None:
    charger = connection(version, "ChargingStation")
    message_id = charger.call(heartbeat_request(version), 0.0)
    charger.data_to_send()
    frame = data.draw(random_frames())
    if len(frame) > 1 and data.draw(st.booleans()):
        frame[1] = message_id  # aimed at the call in flight
    check_receive(charger, encode(frame))
    assert charger.in_flight in (None, message_id)


# -- the state machine -------------------------------------------------------------------------

EXTRA_SAMPLES: Final = {
    "nan_in_unknown_property": b'[2,"h-nan","Heartbeat",{"x":NaN}]',
    "broken_result_for_unknown_id": b'[3,"h-ghost",[]]',
    "short_result_for_unknown_id": b'[3,"h-ghost"]',
    "error_for_unknown_id_1_6_spelling": b'[4,"h-ghost","OccurenceConstraintViolation","",{}]',
    "heartbeat_with_fixed_id": b'[2,"h-dup","Heartbeat",{}]',
    "empty_send": b'[6,"h-send","NotifyPeriodicEventStream",{}]',
}
# By name: Hypothesis prints a rule's arguments, and some samples are a megabyte long.
SAMPLES: Final = {name: data for name, data, _ in HOSTILE} | EXTRA_SAMPLES
STATE_MACHINE_MAX_MESSAGE_SIZE: Final = 4096
HOSTILE_IDS = st.text(alphabet="abcdef0123456789-", max_size=30).map(lambda s: "h-" + s)


def generated_hostile_input() -> SearchStrategy[str | bytes]:
    calls = st.builds(
        lambda message_id, action, payload: encode([2, message_id, action, payload]),
        HOSTILE_IDS,
        st.sampled_from(ACTIONS),
        payloads(),
    )
    results = st.builds(
        lambda message_id, payload: encode([3, message_id, payload]), HOSTILE_IDS, payloads()
    )
    return st.one_of(
        st.binary(max_size=64),
        st.text(max_size=64),
        random_frames().map(encode),
        calls,
        results,
    )


_COMPLETIONS: Final = (ResultReceived, ErrorReceived, ResultInvalid, CallTimedOut)
_FORGED: Final = ["valid", "invalid", "callerror", "broken", "late_copy"]


class HostileTraffic(RuleBasedStateMachine):
    """A CSMS and a charging station on a wire that a hostile party also writes to.

    Both sides call each other (requests answered by the test), frames may be lost, time passes,
    and hostile frames (garbage, broken frames, forged answers) are injected into either side.
    """

    def __init__(self) -> None:
        super().__init__()
        self.now = 0.0
        self.version = V201
        self.conns: dict[Side, Connection] = {}
        self.wire: dict[Side, list[bytes]] = {side: [] for side in ROLES}  # inbound frames
        self.issued: dict[Side, dict[str, OcppRequest[Any]]] = {side: {} for side in ROLES}
        self.completed: dict[Side, Counter[str]] = {side: Counter() for side in ROLES}
        self.timed_out: dict[Side, set[str]] = {side: set() for side in ROLES}
        self.awaiting: dict[Side, dict[str, OcppRequest[Any]]] = {side: {} for side in ROLES}
        self.calls_received: Counter[Side] = Counter()
        self.calls_answered: Counter[Side] = Counter()

    @initialize(version=st.sampled_from(ALL_VERSIONS))
    def start(self, version: OcppVersion) -> None:
        self.version = version
        for side in ROLES:
            self.conns[side] = Connection(
                version,
                side,
                call_timeout=10.0,
                max_message_size=STATE_MACHINE_MAX_MESSAGE_SIZE,
            )

    # -- helpers ---------------------------------------------------------------------------

    def _requests(self, side: Side) -> list[OcppRequest[Any]]:
        if side == "CSMS":
            return [clear_cache_request(self.version), data_transfer_request(self.version)]
        return [
            heartbeat_request(self.version),
            boot_request(self.version),
            data_transfer_request(self.version),
        ]

    def _take(self, side: Side, events: list[Event]) -> None:
        for event in events:
            hypothesis_event(type(event).__name__)
            if isinstance(event, _COMPLETIONS):
                assert event.message_id in self.issued[side]
                assert event.request == self.issued[side][event.message_id]
                self.completed[side][event.message_id] += 1
                assert self.completed[side][event.message_id] == 1, event
                if isinstance(event, CallTimedOut):
                    self.timed_out[side].add(event.message_id)
            elif isinstance(event, CallReceived):
                assert event.message_id not in self.awaiting[side]
                assert event.message_id in self.conns[side].unanswered
                self.awaiting[side][event.message_id] = event.request
                self.calls_received[side] += 1
            elif isinstance(event, LateReply):
                assert event.message_id in self.timed_out[side]
            else:
                assert isinstance(
                    event, UnexpectedReply | ProtocolViolation | SendReceived | ResultRejected
                )

    def _receive(self, side: Side, data: str | bytes) -> None:
        conn = self.conns[side]
        self._post(side, conn.data_to_send())
        event, out = check_receive(conn, data, self.now)
        self._take(side, [event])
        self._post(side, out)

    def _post(self, side: Side, frames: list[bytes]) -> None:
        """Check what ``side`` sends and put it on the wire to its peer."""
        for data in frames:
            frame = decode_frame(data)
            assert MARKER.encode() not in data
            if frame[0] in (4, 5):
                check_quiet_reply(data, self.version)
            else:
                assert frame[0] in (2, 3)
                assert len(data) < MAX_REPLY_BYTES
        peer: Side = "ChargingStation" if side == "CSMS" else "CSMS"
        self.wire[peer].extend(frames)

    # -- rules -----------------------------------------------------------------------------

    @rule(side=st.sampled_from(ROLES), index=st.integers(0, 2))
    def call(self, side: Side, index: int) -> None:
        requests = self._requests(side)
        request = requests[index % len(requests)]
        message_id = self.conns[side].call(request, self.now)
        assert message_id not in self.issued[side]
        self.issued[side][message_id] = request
        self._post(side, self.conns[side].data_to_send())

    @rule(side=st.sampled_from(ROLES), count=st.integers(1, 5))
    def deliver(self, side: Side, count: int) -> None:
        inbound, self.wire[side] = self.wire[side][:count], self.wire[side][count:]
        for data in inbound:
            self._receive(side, data)

    @rule(side=st.sampled_from(ROLES))
    def lose_frames(self, side: Side) -> None:
        self.wire[side].clear()

    @rule(
        side=st.sampled_from(ROLES),
        hostile=st.tuples(st.just("sample"), st.sampled_from(sorted(SAMPLES)))
        | st.tuples(st.just("generated"), generated_hostile_input()),
    )
    def inject(self, side: Side, hostile: tuple[str, str | bytes]) -> None:
        how, data = hostile
        self._receive(side, SAMPLES[str(data)] if how == "sample" else data)

    @rule(side=st.sampled_from(ROLES), kind=st.sampled_from(_FORGED))
    def forge_answer(self, side: Side, kind: str) -> None:
        conn = self.conns[side]
        target = conn.in_flight
        if kind == "late_copy" and self.timed_out[side]:
            target = sorted(self.timed_out[side])[0]
        if target is None:
            return
        request = self.issued[side][target]
        valid = response_for(request, self.version).to_wire()
        forged = {
            "valid": result_frame(target, valid),
            "invalid": result_frame(target, {"currentTime": MARKER}),
            "callerror": orjson.dumps([4, target, "FormationViolation", MARKER, {}]),
            "broken": orjson.dumps([3, target, [MARKER]]),
            "late_copy": result_frame(target, valid),
        }[kind]
        self._receive(side, forged)

    @rule(side=st.sampled_from(ROLES), pick=st.integers(0, 10), as_error=st.booleans())
    def answer(self, side: Side, pick: int, as_error: bool) -> None:
        waiting = self.awaiting[side]
        if not waiting:
            return
        message_id = sorted(waiting)[pick % len(waiting)]
        request = waiting.pop(message_id)
        conn = self.conns[side]
        if as_error:
            conn.reply_error(message_id, OcppError("refused by test", kind=ErrorKind.SECURITY))
        else:
            conn.reply(message_id, response_for(request, self.version))
        self.calls_answered[side] += 1
        assert message_id not in conn.unanswered
        with pytest.raises(LocalProtocolError):
            conn.reply_error(message_id, OcppError("twice", kind=ErrorKind.GENERIC))
        self._post(side, conn.data_to_send())

    @rule(seconds=st.sampled_from([0.5, 3.0, 9.99, 10.0, 25.0]))
    def tick(self, seconds: float) -> None:
        self.now += seconds
        for side in ROLES:
            self._take(side, self.conns[side].check_timeouts(self.now))

    # -- invariants ------------------------------------------------------------------------

    @invariant()
    def one_call_in_flight_per_direction_in_fifo_order(self) -> None:
        for side, conn in self.conns.items():
            pending = [i for i in self.issued[side] if not self.completed[side][i]]
            if conn.in_flight is None:
                assert pending == []
                assert conn.next_deadline() is None
            else:
                assert pending[0] == conn.in_flight
                assert conn.next_deadline() is not None
            assert conn.queued == max(0, len(pending) - 1)

    @invariant()
    def calls_received_are_unanswered_until_the_test_answers(self) -> None:
        for side, conn in self.conns.items():
            assert conn.unanswered == frozenset(self.awaiting[side])
            assert self.calls_received[side] == self.calls_answered[side] + len(self.awaiting[side])

    def teardown(self) -> None:
        if not self.conns:
            return
        # Every call completes exactly once: time out whatever is left.
        for _ in range(sum(len(calls) for calls in self.issued.values()) + 1):
            self.now += 11.0
            for side in ROLES:
                self._take(side, self.conns[side].check_timeouts(self.now))
        for side in ROLES:
            conn = self.conns[side]
            assert conn.in_flight is None
            assert conn.queued == 0
            assert all(self.completed[side][i] == 1 for i in self.issued[side])
            # Every call received and taken can still be answered, once.
            for message_id, request in sorted(self.awaiting[side].items()):
                conn.reply(message_id, response_for(request, self.version))
            assert conn.unanswered == frozenset()


TestHostileTraffic = HostileTraffic.TestCase
# A run is cheap (~25 ms) and a short one rarely gets through a whole exchange: at least 100 runs,
# whatever the profile (more with the thorough profile).
TestHostileTraffic.settings = settings(max_examples=max(100, settings().max_examples))
