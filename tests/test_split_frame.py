"""The fast path: ``split_frame`` agrees with ``parse_frame`` on every frame it accepts."""

import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

from ocpkit.ocpp.frames import (
    Call,
    CallResult,
    FrameError,
    MessageType,
    Send,
    encode_call,
    encode_result,
    encode_send,
    parse_frame,
    split_frame,
)
from ocpkit.ocpp.version import OcppVersion

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
    max_leaves=8,
)  # fmt: skip
payloads = st.dictionaries(st.text(max_size=8), json_values, max_size=4)
spaces = st.sampled_from(["", " ", "\n", "\t ", "\r\n"])


@st.composite
def frames(draw: st.DrawFn) -> str:
    """Frame-like texts: real frames with random spacing, and near misses."""
    type_id = draw(st.sampled_from([2, 3, 4, 5, 6, 7]))
    message_id = draw(st.text(max_size=40) | st.integers(0, 99))
    action = draw(st.sampled_from(["Heartbeat", "Boot Notification", "", "X1"]) | st.integers(0, 9))
    payload = draw(payloads | json_values)
    parts = [type_id, message_id] + ([action] if type_id in (2, 6) else []) + [payload]
    if draw(st.booleans()):
        parts = parts[: draw(st.integers(0, len(parts)))]
    sep = draw(spaces)
    body = f",{sep}".join(orjson.dumps(p).decode() for p in parts)
    return f"{draw(spaces)}[{sep}{body}{sep}]{draw(spaces)}" + draw(st.sampled_from(["", "]", "x"]))


@given(frames(), st.sampled_from(list(OcppVersion)), st.booleans())
def test_split_frame_agrees_with_parse_frame(
    text: str, version: OcppVersion, as_bytes: bool
) -> None:
    data: str | bytes = text.encode() if as_bytes else text
    sliced = split_frame(data, version)
    if sliced is None:
        return
    frame = parse_frame(data, version)  # a frame split_frame accepts is a well-formed frame
    assert int(frame.message_type_id) == sliced.message_type_id
    assert frame.message_id == sliced.message_id
    assert isinstance(frame, Call | CallResult | Send)
    assert frame.payload == orjson.loads(sliced.payload)
    if isinstance(frame, Call | Send):
        assert frame.action == sliced.action
    else:
        assert sliced.action is None


@given(st.binary(max_size=200) | st.text(max_size=200), st.sampled_from(list(OcppVersion)))
def test_split_frame_never_raises(data: str | bytes, version: OcppVersion) -> None:
    sliced = split_frame(data, version)
    if sliced is not None and sliced.payload:
        try:
            orjson.loads(sliced.payload)
        except orjson.JSONDecodeError:
            with pytest.raises(FrameError):  # the caller's fallback finds the frame broken
                parse_frame(data, version)


@pytest.mark.parametrize(
    "text",
    [
        '[2,"id\\"quoted","Heartbeat",{}]',  # escapes in the id: the slow path reads them
        '[2,"1","Heartbeat",[]]',  # not an object
        '[6,"1","NotifyPeriodicEventStream",{}]',  # SEND outside 2.1
        '[3,"1","Heartbeat",{}]',  # a result has no action
        '[2,"1",{}]',  # a call has one
        '[2,"' + "x" * 37 + '","Heartbeat",{}]',  # id too long
        '[4,"1","GenericError","",{}]',  # errors go through parse_frame
    ],
)
def test_split_frame_leaves_the_rest_to_parse_frame(text: str) -> None:
    assert split_frame(text, OcppVersion.V201) is None


def test_split_frame_reads_a_send_on_21() -> None:
    sliced = split_frame(b' [6, "a", "NotifyPeriodicEventStream", {"id": 1}] \n', OcppVersion.V21)
    assert sliced is not None
    assert sliced.message_type_id is MessageType.SEND
    assert sliced.payload == b'{"id": 1}'


def test_encoders_build_the_frames_serialize_would() -> None:
    payload = {"a": [1, 2.5, "x"], "b": None}
    encoded = orjson.dumps(payload)
    assert orjson.loads(encode_call("m-1", "Heartbeat", encoded)) == [
        2,
        "m-1",
        "Heartbeat",
        payload,
    ]
    assert orjson.loads(encode_result('quo"te', encoded)) == [3, 'quo"te', payload]
    assert orjson.loads(encode_send("s", "NotifyPeriodicEventStream", encoded)) == [
        6,
        "s",
        "NotifyPeriodicEventStream",
        payload,
    ]


@given(
    st.text(st.characters(exclude_characters='"\\', exclude_categories=["Cc", "Cs"]), max_size=36),
    st.text("abcXYZ019", min_size=1, max_size=20),
    payloads,
    spaces,
    st.sampled_from(list(OcppVersion)),
)
def test_plain_calls_and_results_take_the_fast_path(
    message_id: str, action: str, payload: dict[str, object], sep: str, version: OcppVersion
) -> None:
    encoded = orjson.dumps(payload)
    parts = [b"2", orjson.dumps(message_id), orjson.dumps(action), encoded]
    spaced = b"[" + ("," + sep).encode().join(parts) + b"]"
    call = split_frame(spaced, version)
    assert call is not None
    assert (call.message_id, call.action, orjson.loads(call.payload)) == (
        message_id,
        action,
        payload,
    )
    result = split_frame(encode_result(message_id, encoded).decode(), version)
    assert result is not None
    assert (result.message_id, result.action, orjson.loads(result.payload)) == (
        message_id,
        None,
        payload,
    )


@pytest.mark.parametrize("word", ["NaN", "Infinity", "-Infinity"])
def test_non_json_numbers_in_a_sliced_payload_fail_validation_then_the_frame(word: str) -> None:
    from ocpkit.ocpp import v201
    from ocpkit.ocpp.errors import PayloadValidationError
    from ocpkit.ocpp.validation import decode_strict

    text = f'[2,"1","DataTransfer",{{"vendorId":"v","data":[{word}]}}]'
    sliced = split_frame(text, OcppVersion.V201)
    assert sliced is not None
    with pytest.raises(PayloadValidationError):
        decode_strict(v201.DataTransferRequest, sliced.payload)
    with pytest.raises(FrameError) as caught:
        parse_frame(text, OcppVersion.V201)
    assert caught.value.code(OcppVersion.V201) == "RpcFrameworkError"
