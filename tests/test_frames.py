"""OCPP-J frames: parsing, serialising, and the reply every malformed input gets."""

from typing import Any

import attrs
import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

from ocpkit.ocpp.errors import ErrorKind, OcppError, PayloadValidationError, Violation
from ocpkit.ocpp.frames import (
    MAX_DESCRIPTION_LENGTH,
    MAX_MESSAGE_ID_LENGTH,
    UNKNOWN_MESSAGE_ID,
    Call,
    CallError,
    CallResult,
    CallResultError,
    Frame,
    FrameError,
    FrameProblem,
    MessageType,
    Send,
    call_error_for,
    message_types,
    parse_frame,
    serialize,
)
from ocpkit.ocpp.version import OcppVersion

V16, V201, V21 = OcppVersion.V16, OcppVersion.V201, OcppVersion.V21
ALL = (V16, V201, V21)


def frame_error(data: str | bytes, version: OcppVersion) -> FrameError:
    with pytest.raises(FrameError) as caught:
        parse_frame(data, version)
    return caught.value


def reply_bytes(error: FrameError) -> bytes | None:
    reply = error.reply()
    return None if reply is None else serialize(reply)


# -- well-formed frames --------------------------------------------------------------------


WELL_FORMED: list[tuple[str, Frame]] = [
    ('[2,"19223201","BootNotification",{"a":1}]', Call("19223201", "BootNotification", {"a": 1})),
    ('[3,"19223201",{"status":"Accepted"}]', CallResult("19223201", {"status": "Accepted"})),
    (
        '[4,"162376037","NotSupported","SetDisplayMessageRequest not implemented",{}]',
        CallError(
            message_id="162376037",
            error_code="NotSupported",
            error_description="SetDisplayMessageRequest not implemented",
        ),
    ),
]


@pytest.mark.parametrize("version", ALL)
@pytest.mark.parametrize(("text", "expected"), WELL_FORMED)
def test_well_formed_frames_parse_in_every_version(
    version: OcppVersion, text: str, expected: Frame
) -> None:
    assert parse_frame(text, version) == expected
    assert parse_frame(text.encode(), version) == expected
    assert parse_frame(bytearray(text.encode()), version) == expected
    assert serialize(expected) == text.encode()


def test_frames_of_2_1_parse_on_2_1() -> None:
    assert parse_frame('[5,"1","FormatViolation","",{"x":1}]', V21) == CallResultError(
        message_id="1", error_code="FormatViolation", error_details={"x": 1}
    )
    assert parse_frame('[6,"2","NotifyPeriodicEventStream",{}]', V21) == Send(
        "2", "NotifyPeriodicEventStream", {}
    )


@pytest.mark.parametrize(
    "frame",
    [
        Call("a", "Heartbeat", {}),
        CallResult("a", {}),
        CallError(message_id="a", error_code="GenericError"),
        CallResultError(message_id="a", error_code="GenericError", error_description="x"),
        Send("a", "NotifyPeriodicEventStream", {"data": [1]}),
    ],
)
def test_serialize_round_trips_on_2_1(frame: Frame) -> None:
    assert parse_frame(serialize(frame), V21) == frame


def test_serialize_is_compact_json() -> None:
    assert serialize(Call("1", "Heartbeat", {})) == b'[2,"1","Heartbeat",{}]'
    assert serialize(CallError(message_id="1", error_code="X")) == b'[4,"1","X","",{}]'


def test_empty_payload_is_an_empty_object() -> None:
    assert parse_frame('[2,"1","Heartbeat",{}]', V16) == Call("1", "Heartbeat", {})
    assert parse_frame('[3,"1",{}]', V16) == CallResult("1", {})


def test_spaced_and_tab_indented_frames_parse() -> None:
    text = '\t[2, "7053156", "Heartbeat",\n {\n    }\r\n]\n'
    assert parse_frame(text, V16) == Call("7053156", "Heartbeat", {})


def test_message_id_of_36_characters_is_accepted() -> None:
    message_id = "x" * MAX_MESSAGE_ID_LENGTH
    assert parse_frame(f'[2,"{message_id}","Heartbeat",{{}}]', V201).message_id == message_id


def test_empty_message_id_is_accepted() -> None:
    assert parse_frame('[3,"",{}]', V201) == CallResult("", {})


def test_description_of_255_characters_is_accepted_on_2x() -> None:
    text = orjson.dumps([4, "1", "GenericError", "d" * MAX_DESCRIPTION_LENGTH, {}])
    frame = parse_frame(text, V201)
    assert isinstance(frame, CallError)
    assert len(frame.error_description) == MAX_DESCRIPTION_LENGTH


def test_long_description_is_accepted_on_1_6() -> None:
    text = orjson.dumps([4, "1", "GenericError", "d" * 1000, {}])
    assert isinstance(parse_frame(text, V16), CallError)


def test_fast_path_builds_the_same_objects_as_the_constructors() -> None:
    call = parse_frame('[2,"1","A",{"k":[1]}]', V16)
    assert call == Call("1", "A", {"k": [1]})
    assert type(call) is Call
    assert hash(parse_frame('[3,"1",{}]', V16).message_id) == hash("1")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        call.message_id = "2"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        ("FormationViolation", ErrorKind.FORMAT),
        ("FormatViolation", ErrorKind.FORMAT),
        ("OccurenceConstraintViolation", ErrorKind.OCCURRENCE),
        ("OccurrenceConstraintViolation", ErrorKind.OCCURRENCE),
        ("RpcFrameworkError", ErrorKind.RPC_FRAMEWORK),
        ("NoSuchCode", None),
    ],
)
def test_call_error_reads_both_spellings(code: str, kind: ErrorKind | None) -> None:
    frame = parse_frame(orjson.dumps([4, "1", code, "", {}]), V16)
    assert isinstance(frame, CallError)
    assert frame.error_code == code  # kept as received
    assert frame.kind is kind


def test_message_types_per_version() -> None:
    assert message_types(V16) == message_types(V201) == {2, 3, 4}
    assert message_types(V21) == {2, 3, 4, 5, 6}


# -- constructing frames by hand -------------------------------------------------------------


def test_constructors_refuse_what_the_wire_forbids() -> None:
    with pytest.raises(ValueError, match="36"):
        Call("x" * 37, "Heartbeat", {})
    with pytest.raises(ValueError, match="36"):
        CallResult(1, {})  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="payload"):
        Call("1", "Heartbeat", [])  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="error_details"):
        CallError(message_id="1", error_code="X", error_details=[])  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="action"):
        Send("1", 6, {})  # type: ignore[arg-type]


# -- malformed frames: the rules -------------------------------------------------------------

# (input, version) -> (problem, reply frame or None); the reply is compared as wire JSON.
FRAMING_16 = "ProtocolError"
FRAMING_2X = "RpcFrameworkError"


@pytest.mark.parametrize(
    ("text", "problem", "description"),
    [
        ("not json", FrameProblem.NOT_JSON, "frame is not valid JSON"),
        ('{"a":1}', FrameProblem.NOT_ARRAY, "frame must be a JSON array, not object"),
        ('"[2]"', FrameProblem.NOT_ARRAY, "frame must be a JSON array, not string"),
        ("[]", FrameProblem.BAD_MESSAGE_TYPE, "message type id must be an integer"),
        ("[null]", FrameProblem.BAD_MESSAGE_TYPE, "message type id must be an integer"),
        ('[2,1,"Heartbeat",{}]', FrameProblem.BAD_MESSAGE_ID, "message id must be a string"),
        ('[2,null,"Heartbeat",{}]', FrameProblem.BAD_MESSAGE_ID, "message id must be a string"),
        ("[2]", FrameProblem.BAD_MESSAGE_ID, "it is missing"),
        (f'[2,"{"x" * 37}","Heartbeat",{{}}]', FrameProblem.BAD_MESSAGE_ID, "it is longer"),
    ],
)
@pytest.mark.parametrize(
    ("version", "code"), [(V16, FRAMING_16), (V201, FRAMING_2X), (V21, FRAMING_2X)]
)
def test_unreadable_id_is_answered_with_minus_one(
    text: str, problem: FrameProblem, description: str, version: OcppVersion, code: str
) -> None:
    error = frame_error(text, version)
    assert error.problem is problem
    assert description in error.description
    assert error.message_id == UNKNOWN_MESSAGE_ID
    assert not error.id_read
    assert error.reply_due
    assert error.reply() == CallError(
        message_id="-1", error_code=code, error_description=error.description
    )


@pytest.mark.parametrize("version", [V201, V21])
def test_not_json_on_2x_answers_rpc_framework_error(version: OcppVersion) -> None:
    reply = reply_bytes(frame_error("[2,", version))
    assert reply is not None
    assert reply.startswith(b'[4,"-1","RpcFrameworkError","frame is not valid JSON')


@pytest.mark.parametrize(
    ("text", "version", "code"),
    [
        ('["2","abc","Heartbeat",{}]', V16, FRAMING_16),
        ('[2.0,"abc","Heartbeat",{}]', V201, FRAMING_2X),
        ('[true,"abc","Heartbeat",{}]', V21, FRAMING_2X),
    ],
)
def test_bad_message_type_with_readable_id_is_answered_with_that_id(
    text: str, version: OcppVersion, code: str
) -> None:
    error = frame_error(text, version)
    assert error.problem is FrameProblem.BAD_MESSAGE_TYPE
    assert error.index == 0
    assert error.id_read
    assert reply_bytes(error) == (
        f'[4,"abc","{code}","message type id must be an integer",{{}}]'.encode()
    )


def test_unknown_message_type_on_2_0_1_answers_message_type_not_supported() -> None:
    error = frame_error('[7,"abc",{}]', V201)
    assert error.problem is FrameProblem.UNKNOWN_MESSAGE_TYPE
    assert error.kind is ErrorKind.MESSAGE_TYPE_NOT_SUPPORTED
    assert error.message_type_id == 7
    assert reply_bytes(error) == (
        b'[4,"abc","MessageTypeNotSupported",'
        b'"message type 7 is not one of OCPP 2.0.1\'s (2, 3, 4)",{}]'
    )


@pytest.mark.parametrize("version", [V16, V21])
@pytest.mark.parametrize("text", ['[7,"abc",{}]', '[0,"abc"]', "[-3]", '[99999,"abc",1,2,3]'])
def test_unknown_message_type_on_1_6_and_2_1_is_ignored(text: str, version: OcppVersion) -> None:
    error = frame_error(text, version)
    assert error.problem is FrameProblem.UNKNOWN_MESSAGE_TYPE
    assert not error.reply_due
    assert error.reply() is None


@pytest.mark.parametrize(
    "text", ['[5,"1","GenericError","",{}]', '[6,"1","NotifyPeriodicEventStream",{}]']
)
def test_call_result_error_and_send_exist_only_in_2_1(text: str) -> None:
    assert not frame_error(text, V16).reply_due
    assert frame_error(text, V16).problem is FrameProblem.UNKNOWN_MESSAGE_TYPE
    error = frame_error(text, V201)
    assert error.problem is FrameProblem.UNKNOWN_MESSAGE_TYPE
    assert error.reply() == CallError(
        message_id="1", error_code="MessageTypeNotSupported", error_description=error.description
    )
    assert isinstance(parse_frame(text, V21), CallResultError | Send)


def test_huge_message_type_numbers() -> None:
    error = frame_error(b'[18446744073709551615,"a"]', V201)
    assert error.problem is FrameProblem.UNKNOWN_MESSAGE_TYPE
    assert "out of range" in error.description
    # Beyond 64 bits the JSON reader gives a float: not an integer message type id at all; past
    # Python's 4,300 digits the number is not read at all.
    assert frame_error(b"[" + b"9" * 300 + b',"a"]', V201).problem is FrameProblem.BAD_MESSAGE_TYPE
    assert frame_error(b"[" + b"9" * 5000 + b',"a"]', V201).problem is FrameProblem.NOT_JSON


def test_error_details_keep_integers_past_64_bits_exactly() -> None:
    text = f'[4,"a","GenericError","",{{"n":{10**30},"l":[{-(10**25)}]}}]'
    frame = parse_frame(text, V201)
    assert isinstance(frame, CallError)
    assert frame.error_details == {"n": 10**30, "l": [-(10**25)]}


@pytest.mark.parametrize(
    ("text", "version", "reply"),
    [
        (
            '[2,"a","Heartbeat"]',
            V16,
            b'[4,"a","FormationViolation","a CALL frame has 4 elements, not 3",{}]',
        ),
        (
            '[2,"a","Heartbeat",{},{}]',
            V201,
            b'[4,"a","FormatViolation","a CALL frame has 4 elements, not 5",{}]',
        ),
        (
            '[3,"a"]',
            V21,
            b'[5,"a","FormatViolation","a CALLRESULT frame has 3 elements, not 2",{}]',
        ),
        ('[3,"a"]', V201, None),
        ('[3,"a",{},1]', V16, None),
        ('[4,"a","GenericError",""]', V201, None),
        ('[5,"a","GenericError","",{},1]', V21, None),
        ('[6,"a","NotifyPeriodicEventStream"]', V21, None),
    ],
)
def test_wrong_array_length_is_a_format_violation(
    text: str, version: OcppVersion, reply: bytes | None
) -> None:
    error = frame_error(text, version)
    assert error.problem is FrameProblem.BAD_LENGTH
    assert error.kind is ErrorKind.FORMAT
    assert error.message_id == "a"
    assert reply_bytes(error) == reply


@pytest.mark.parametrize("payload", ["[]", "null", "1", '"x"', "true"])
@pytest.mark.parametrize(
    ("version", "code"),
    [(V16, "FormationViolation"), (V201, "FormatViolation"), (V21, "FormatViolation")],
)
def test_call_payload_not_an_object_is_a_format_violation(
    payload: str, version: OcppVersion, code: str
) -> None:
    error = frame_error(f'[2,"a","Heartbeat",{payload}]', version)
    assert error.problem is FrameProblem.BAD_PAYLOAD
    assert error.index == 3
    assert error.action == "Heartbeat"
    reply = error.reply()
    assert isinstance(reply, CallError)
    assert (reply.message_id, reply.error_code) == ("a", code)


def test_call_result_payload_not_an_object_is_answered_only_on_2_1() -> None:
    assert frame_error('[3,"a",null]', V16).reply() is None
    assert frame_error('[3,"a",null]', V201).reply() is None
    assert frame_error('[3,"a",null]', V21).reply() == CallResultError(
        message_id="a",
        error_code="FormatViolation",
        error_description="payload must be a JSON object, not null",
    )


@pytest.mark.parametrize(("version", "code"), [(V16, FRAMING_16), (V201, FRAMING_2X)])
def test_action_not_a_string_is_an_rpc_framework_error(version: OcppVersion, code: str) -> None:
    error = frame_error('[2,"a",7,{}]', version)
    assert error.problem is FrameProblem.BAD_ACTION
    assert (
        reply_bytes(error)
        == f'[4,"a","{code}","action must be a string, not number",{{}}]'.encode()
    )


def test_send_is_never_answered_however_broken() -> None:
    for text in ['[6,1,"A",{}]', '[6,"a",1,{}]', '[6,"a","A",[]]', '[6,"a"]']:
        assert not frame_error(text, V21).reply_due, text


@pytest.mark.parametrize(
    ("text", "problem", "index"),
    [
        ('[4,"a",1,"",{}]', FrameProblem.BAD_ERROR_CODE, 2),
        ('[4,"a","GenericError",null,{}]', FrameProblem.BAD_ERROR_DESCRIPTION, 3),
        ('[4,"a","GenericError","",[]]', FrameProblem.BAD_ERROR_DETAILS, 4),
        ('[4,"a","GenericError","","details"]', FrameProblem.BAD_ERROR_DETAILS, 4),
        ('[5,"a","GenericError","",null]', FrameProblem.BAD_ERROR_DETAILS, 4),
    ],
)
def test_malformed_errors_are_reported_never_answered(
    text: str, problem: FrameProblem, index: int
) -> None:
    error = frame_error(text, V21)
    assert (error.problem, error.index, error.kind) == (problem, index, ErrorKind.FORMAT)
    assert error.reply() is None


@pytest.mark.parametrize("version", [V201, V21])
def test_error_description_longer_than_255_is_refused_on_2x(version: OcppVersion) -> None:
    error = frame_error(orjson.dumps([4, "a", "GenericError", "d" * 256, {}]), version)
    assert error.problem is FrameProblem.BAD_ERROR_DESCRIPTION
    assert "d" * 20 not in str(error)


# -- hostile input ---------------------------------------------------------------------------


@pytest.mark.parametrize("version", ALL)
def test_100000_deep_nesting_is_a_frame_error(version: OcppVersion) -> None:
    error = frame_error("[" * 100_000, version)
    assert error.problem is FrameProblem.NOT_JSON
    deep = b'[2,"a","Heartbeat",{"x":' + b"[" * 100_000 + b"]" * 100_000 + b"}]"
    assert frame_error(deep, version).problem is FrameProblem.NOT_JSON


@pytest.mark.parametrize("version", ALL)
@pytest.mark.parametrize(
    "data",
    [
        b'[2,"a","Heartbeat",{"x":"\xff\xfe"}]',
        b'[2,"\xc3\x28","Heartbeat",{}]',
        b'[2,"\xed\xa0\x80","Heartbeat",{}]',  # an encoded surrogate
        b"\xef\xbb\xbf[2]",  # byte order mark
        '[2,"\ud800","Heartbeat",{}]',  # a lone surrogate in a str
        b"",
        b"   ",
        b"\x00",
    ],
)
def test_invalid_text_is_not_json(data: bytes | str, version: OcppVersion) -> None:
    error = frame_error(data, version)
    assert error.problem is FrameProblem.NOT_JSON
    assert error.reply_due


@pytest.mark.parametrize("version", ALL)
def test_5000_digit_numbers_are_frame_errors(version: OcppVersion) -> None:
    digits = "9" * 5000
    for text in (
        f"[{digits}]",
        f'[2,"a","A",{{"n":{digits}}}]',
        f'[2,"a","A",{{"n":-{digits}.5}}]',
    ):
        error = frame_error(text, version)
        assert digits[:50] not in str(error)


@pytest.mark.parametrize("version", ALL)
def test_one_megabyte_strings(version: OcppVersion) -> None:
    huge = "s" * 1_000_000
    error = frame_error(f'[2,"{huge}","Heartbeat",{{}}]', version)
    assert error.problem is FrameProblem.BAD_MESSAGE_ID
    assert len(str(error)) < 200
    assert len(reply_bytes(error) or b"") < 200
    call = parse_frame(f'[2,"a","{huge}",{{"v":"{huge}"}}]', version)
    assert isinstance(call, Call)
    assert len(call.action) == 1_000_000
    broken = frame_error(f'[2,"a","{huge}",["{huge}"]]', version)
    assert len(str(broken)) < 200
    assert broken.action is not None  # carried for the caller, never put into the text


SECRET = "s3cr3t-TOKEN"


@pytest.mark.parametrize("version", ALL)
@pytest.mark.parametrize(
    "text",
    [
        f"{SECRET}",
        f'"{SECRET}"',
        f'{{"{SECRET}":1}}',
        f'["{SECRET}","a"]',
        f'[2,"a","Heartbeat",["{SECRET}"]]',
        f'[2,"a",["{SECRET}"],{{}}]',
        f'[2,"a","Heartbeat",{{}},"{SECRET}"]',
        f'[2,"{SECRET * 4}","Heartbeat",{{}}]',
        f'[3,"a","{SECRET}"]',
        f'[4,"a","GenericError","{SECRET}",["{SECRET}"]]',
        f'[4,"a","GenericError","{SECRET * 30}",[]]',
        f'[7,"a","{SECRET}"]',
        f'[2,"a","Heartbeat",{{"x":"{SECRET}"}}',
    ],
)
def test_offending_input_is_never_echoed(text: str, version: OcppVersion) -> None:
    error = frame_error(text, version)
    assert SECRET not in str(error)
    assert SECRET.encode() not in (reply_bytes(error) or b"")


# -- replies for any OcppError ---------------------------------------------------------------


def test_call_error_for_spells_the_code_per_version() -> None:
    missing = PayloadValidationError(
        "BootNotificationRequest",
        [Violation(ErrorKind.OCCURRENCE, "$.chargePointVendor", "missing", "Field required")],
    )
    assert call_error_for(missing, "7", V16).error_code == "OccurenceConstraintViolation"
    assert call_error_for(missing, "7", V201).error_code == "OccurrenceConstraintViolation"
    reply = call_error_for(missing, "7", V21)
    assert reply.message_id == "7"
    assert reply.error_details == {"path": "$.chargePointVendor", "reason": "missing"}


def test_call_error_for_falls_back_to_generic_error_on_1_6() -> None:
    error = OcppError("no", kind=ErrorKind.RPC_FRAMEWORK)
    assert call_error_for(error, "1", V16).error_code == "GenericError"
    assert call_error_for(error, "1", V201).error_code == "RpcFrameworkError"


def test_call_error_for_cuts_the_description_to_255() -> None:
    reply = call_error_for(OcppError("x" * 1000), "1", V201)
    assert len(reply.error_description) == MAX_DESCRIPTION_LENGTH
    assert parse_frame(serialize(reply), V201) == reply


# -- properties: anything in, FrameError or a frame out --------------------------------------

json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**64 - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=40)
)
json_values = st.recursive(
    json_scalars,
    lambda inner: (
        st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=10), inner, max_size=5)
    ),
    max_leaves=20,
)
frame_like = st.tuples(
    st.integers(min_value=2, max_value=6) | json_scalars,
    st.lists(json_values, max_size=5),
).map(lambda parts: [parts[0], *parts[1]])
shaped = st.builds(
    lambda type_id, message_id, middle, last: [type_id, message_id, *middle, last],
    st.integers(min_value=1, max_value=7),
    st.text(max_size=40) | json_scalars,
    st.lists(st.text(max_size=30) | json_scalars, max_size=3),
    st.dictionaries(st.text(max_size=10), json_values, max_size=4) | json_values,
)
versions = st.sampled_from(ALL)


def check_any(data: str | bytes, version: OcppVersion) -> None:
    """The contract of parse_frame on arbitrary input."""
    try:
        frame = parse_frame(data, version)
    except FrameError as caught:
        error = caught
    else:
        assert frame.message_type_id in message_types(version)
        assert parse_frame(serialize(frame), version) == frame
        return
    assert error.version is version
    assert len(error.description) <= MAX_DESCRIPTION_LENGTH
    reply = error.reply()
    assert error.reply_due == (reply is not None)
    if reply is not None:
        # The reply is itself a well-formed frame of the version.
        assert parse_frame(serialize(reply), version) == reply
        assert reply.message_id == (error.message_id if error.id_read else "-1")
        assert reply.error_code == str(error.code(version))


@given(st.binary(max_size=300), versions)
def test_arbitrary_bytes_parse_or_raise_frame_error(data: bytes, version: OcppVersion) -> None:
    check_any(data, version)


@given(st.text(max_size=300), versions)
def test_arbitrary_text_parses_or_raises_frame_error(data: str, version: OcppVersion) -> None:
    check_any(data, version)


@given(json_values, versions)
def test_arbitrary_json_parses_or_raises_frame_error(value: Any, version: OcppVersion) -> None:
    check_any(orjson.dumps(value), version)


@given(frame_like | shaped, versions)
def test_frame_like_arrays_parse_or_raise_frame_error(
    value: list[Any], version: OcppVersion
) -> None:
    check_any(orjson.dumps(value), version)


@given(
    st.sampled_from(ALL),
    st.text(max_size=MAX_MESSAGE_ID_LENGTH),
    st.text(max_size=40),
    st.dictionaries(st.text(max_size=10), json_values, max_size=4),
)
def test_valid_calls_round_trip(
    version: OcppVersion, message_id: str, action: str, payload: dict[str, Any]
) -> None:
    call = Call(message_id, action, payload)
    assert parse_frame(serialize(call), version) == call
    assert parse_frame(serialize(call).decode(), version) == call


def test_each_class_knows_its_message_type_id() -> None:
    assert [
        cls.message_type_id for cls in (Call, CallResult, CallError, CallResultError, Send)
    ] == [
        MessageType.CALL,
        MessageType.CALLRESULT,
        MessageType.CALLERROR,
        MessageType.CALLRESULTERROR,
        MessageType.SEND,
    ]
