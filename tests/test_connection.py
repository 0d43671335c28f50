"""The sans-IO connection, driven with bytes in and events and bytes out: every rule of OCPP-J
it keeps, per version where the versions differ."""

import uuid
from collections.abc import Callable
from typing import Any, cast

import orjson
import pytest

from ocpkit._json_value import JsonValue
from ocpkit.ocpp import ErrorKind, OcppError, PayloadValidationError, ValidationMode, v21, v201
from ocpkit.ocpp import connection as connection_module
from ocpkit.ocpp.connection import Connection, LocalProtocolError
from ocpkit.ocpp.events import (
    CallReceived,
    CallTimedOut,
    ErrorReceived,
    LateReply,
    ProtocolViolation,
    ResultInvalid,
    ResultReceived,
    ResultRejected,
    SendReceived,
    UnexpectedReply,
)
from ocpkit.ocpp.frames import MAX_DESCRIPTION_LENGTH, FrameError
from ocpkit.ocpp.validation import decode_strict
from ocpkit.ocpp.version import OcppVersion
from tests._connection_support import (
    ALL_VERSIONS,
    BOOT_PAYLOAD,
    HEARTBEAT_RESULT,
    NOW,
    V2X,
    V16,
    V21,
    V201,
    boot_request,
    boot_response,
    call_frame,
    check_error_reply,
    clear_cache_request,
    clear_cache_response,
    connection,
    data_transfer_request,
    decode_frame,
    deliver,
    error_frame,
    framing_code,
    heartbeat_request,
    heartbeat_response,
    only,
    pair,
    result_frame,
    sent_frames,
    spelling,
)

versions = pytest.mark.parametrize("version", ALL_VERSIONS)


def charger_with_call_in_flight(version: OcppVersion, **options: Any) -> tuple[Connection, str]:
    """A charging station whose Heartbeat is in flight (its frame already taken)."""
    charger = connection(version, "ChargingStation", **options)
    message_id = charger.call(heartbeat_request(version), 0.0)
    assert len(charger.data_to_send()) == 1
    return charger, message_id


def stream_message() -> v21.NotifyPeriodicEventStream:
    return v21.NotifyPeriodicEventStream(
        data=[v21.StreamDataElement(t=1.5, v="230.1")], id=1, pending=0, basetime=NOW
    )


# -- a full exchange ---------------------------------------------------------------------------


@versions
def test_full_exchange_with_calls_crossing_in_both_directions(version: OcppVersion) -> None:
    csms, charger = pair(version)
    boot_id = charger.call(boot_request(version), 0.0)
    clear_id = csms.call(clear_cache_request(version), 0.0)

    # Both CALLs are on the wire before either side has read anything: they cross.
    [boot_frame] = charger.data_to_send()
    [clear_frame] = csms.data_to_send()
    assert decode_frame(boot_frame) == [2, boot_id, "BootNotification", BOOT_PAYLOAD[version]]
    assert decode_frame(clear_frame) == [2, clear_id, "ClearCache", {}]

    at_csms = only(csms.receive(boot_frame, 1.0))
    at_charger = only(charger.receive(clear_frame, 1.0))
    assert isinstance(at_csms, CallReceived)
    assert (at_csms.message_id, at_csms.action) == (boot_id, "BootNotification")
    assert at_csms.request == boot_request(version)
    assert at_csms.forgiven == ()
    assert isinstance(at_charger, CallReceived)
    assert (at_charger.message_id, at_charger.action) == (clear_id, "ClearCache")
    assert csms.unanswered == {boot_id}
    assert charger.unanswered == {clear_id}

    csms.reply(boot_id, boot_response(version))
    charger.reply(clear_id, clear_cache_response(version))
    assert csms.unanswered == frozenset()
    assert charger.unanswered == frozenset()

    result_at_charger = only(deliver(csms, charger, 2.0))
    result_at_csms = only(deliver(charger, csms, 2.0))
    assert isinstance(result_at_charger, ResultReceived)
    assert result_at_charger.message_id == boot_id
    assert result_at_charger.action == "BootNotification"
    assert result_at_charger.request == boot_request(version)
    assert result_at_charger.response == boot_response(version)
    assert isinstance(result_at_csms, ResultReceived)
    assert result_at_csms.message_id == clear_id
    assert result_at_csms.response == clear_cache_response(version)
    for side in (csms, charger):
        assert side.in_flight is None
        assert side.next_deadline() is None
        assert side.data_to_send() == []


@versions
def test_callresult_on_the_wire_is_the_response_payload(version: OcppVersion) -> None:
    csms, charger = pair(version)
    message_id = charger.call(heartbeat_request(version), 0.0)
    deliver(charger, csms)
    csms.reply(message_id, heartbeat_response(version))
    assert sent_frames(csms) == [[3, message_id, HEARTBEAT_RESULT]]


@versions
def test_data_transfer_may_be_called_by_either_side(version: OcppVersion) -> None:
    csms, charger = pair(version)
    from_charger = charger.call(data_transfer_request(version), 0.0)
    from_csms = csms.call(data_transfer_request(version), 0.0)
    assert isinstance(only(deliver(charger, csms)), CallReceived)
    assert isinstance(only(deliver(csms, charger)), CallReceived)
    assert csms.unanswered == {from_charger}
    assert charger.unanswered == {from_csms}


def test_send_on_2_1_is_received_and_never_answered() -> None:
    csms, charger = pair(V21)
    message_id = charger.send(stream_message())
    [data] = charger.data_to_send()
    frame = decode_frame(data)
    assert frame[:3] == [6, message_id, "NotifyPeriodicEventStream"]
    event = only(csms.receive(data, 0.0))
    assert isinstance(event, SendReceived)
    assert event.message_id == message_id
    assert event.message == stream_message()
    assert csms.data_to_send() == []
    assert csms.unanswered == frozenset()


def test_send_is_not_held_back_by_a_call_in_flight() -> None:
    charger = connection(V21, "ChargingStation")
    call_id = charger.call(heartbeat_request(V21), 0.0)
    queued_id = charger.call(heartbeat_request(V21), 0.0)
    send_id = charger.send(stream_message())
    frames = sent_frames(charger)
    assert [frame[:2] for frame in frames] == [[2, call_id], [6, send_id]]
    assert charger.in_flight == call_id
    assert charger.queued == 1
    assert queued_id != send_id


@pytest.mark.parametrize("version", [V16, V201])
def test_send_does_not_exist_before_2_1(version: OcppVersion) -> None:
    charger = connection(version, "ChargingStation")
    with pytest.raises(LocalProtocolError):
        charger.send(stream_message())
    assert charger.data_to_send() == []


def test_send_refuses_a_call_action_and_call_refuses_a_send_action() -> None:
    charger = connection(V21, "ChargingStation")
    with pytest.raises(LocalProtocolError):
        charger.send(cast(Any, heartbeat_request(V21)))
    with pytest.raises(LocalProtocolError):
        charger.call(cast(Any, stream_message()), 0.0)
    assert charger.data_to_send() == []


def test_send_of_a_message_only_the_peer_sends_is_refused() -> None:
    csms = connection(V21, "CSMS")
    with pytest.raises(LocalProtocolError):
        csms.send(stream_message())
    assert csms.data_to_send() == []


def test_invalid_send_message_is_refused_before_sending() -> None:
    charger = connection(V21, "ChargingStation")
    message = stream_message().model_copy(update={"data": []})  # minItems 1
    with pytest.raises(PayloadValidationError):
        charger.send(message)
    assert charger.data_to_send() == []


# -- one call in flight per direction ----------------------------------------------------------


@versions
def test_second_call_waits_until_the_first_is_answered(version: OcppVersion) -> None:
    csms, charger = pair(version)
    first = charger.call(heartbeat_request(version), 0.0)
    second = charger.call(heartbeat_request(version), 0.0)
    assert [frame[1] for frame in sent_frames(charger)] == [first]
    assert charger.in_flight == first
    assert charger.queued == 1

    charger.receive(result_frame(first, HEARTBEAT_RESULT), 1.0)
    assert [frame[1] for frame in sent_frames(charger)] == [second]
    assert charger.in_flight == second
    assert charger.queued == 0
    assert csms.data_to_send() == []


@versions
def test_queued_call_is_sent_after_the_first_gets_a_callerror(version: OcppVersion) -> None:
    charger, first = charger_with_call_in_flight(version)
    second = charger.call(heartbeat_request(version), 0.0)
    assert charger.data_to_send() == []
    event = only(charger.receive(error_frame(first, "InternalError"), 1.0))
    assert isinstance(event, ErrorReceived)
    assert [frame[1] for frame in sent_frames(charger)] == [second]


@versions
def test_queued_call_is_sent_after_the_first_times_out(version: OcppVersion) -> None:
    charger = connection(version, "ChargingStation", call_timeout=10.0)
    first = charger.call(heartbeat_request(version), 0.0)
    second = charger.call(heartbeat_request(version), 3.0)
    assert [frame[1] for frame in sent_frames(charger)] == [first]
    event = only(charger.check_timeouts(10.0))
    assert isinstance(event, CallTimedOut)
    assert event.message_id == first
    assert [frame[1] for frame in sent_frames(charger)] == [second]
    # The next call's deadline runs from when it was sent, not from when it was queued.
    assert charger.next_deadline() == 20.0


@versions
def test_queued_call_is_sent_after_the_first_gets_an_invalid_result(version: OcppVersion) -> None:
    charger, first = charger_with_call_in_flight(version)
    second = charger.call(heartbeat_request(version), 0.0)
    event = only(charger.receive(result_frame(first, {"currentTime": 5}), 1.0))
    assert isinstance(event, ResultInvalid)
    calls = [frame for frame in sent_frames(charger) if frame[0] == 2]
    assert [frame[:3] for frame in calls] == [[2, second, "Heartbeat"]]


@versions
def test_queued_calls_are_sent_in_fifo_order(version: OcppVersion) -> None:
    csms, charger = pair(version)
    requests = [data_transfer_request(version, vendor_id=f"vendor{n}") for n in range(5)]
    ids = [charger.call(request, 0.0) for request in requests]
    sent: list[str] = []
    for step in range(5):
        [frame] = sent_frames(charger)
        assert frame[3] == {"vendorId": f"vendor{step}"}
        sent.append(frame[1])
        charger.receive(result_frame(frame[1], {"status": "Accepted"}), float(step))
    assert sent == ids
    assert charger.in_flight is None
    assert csms.data_to_send() == []


@versions
def test_max_queued_is_enforced_with_local_protocol_error(version: OcppVersion) -> None:
    charger = connection(version, "ChargingStation", max_queued=2)
    first = charger.call(heartbeat_request(version), 0.0)  # in flight, not queued
    charger.call(heartbeat_request(version), 0.0)
    charger.call(heartbeat_request(version), 0.0)
    assert charger.queued == 2
    with pytest.raises(LocalProtocolError):
        charger.call(heartbeat_request(version), 0.0)
    assert charger.queued == 2
    assert [frame[1] for frame in sent_frames(charger)] == [first]
    # Room again once the first is answered.
    charger.receive(result_frame(first, HEARTBEAT_RESULT), 1.0)
    charger.call(heartbeat_request(version), 1.0)
    assert charger.queued == 2


@versions
def test_both_directions_have_their_own_slot(version: OcppVersion) -> None:
    csms, charger = pair(version)
    charger.call(heartbeat_request(version), 0.0)
    clear_id = csms.call(clear_cache_request(version), 0.0)
    # The charger's own call in flight does not keep it from answering the CSMS.
    assert isinstance(only(deliver(csms, charger)), CallReceived)
    charger.reply(clear_id, clear_cache_response(version))
    frames = sent_frames(charger)
    assert [frame[0] for frame in frames] == [2, 3]


# -- message ids -------------------------------------------------------------------------------


@versions
def test_message_ids_are_unique_uuid4_of_at_most_36_characters(version: OcppVersion) -> None:
    charger = connection(version, "ChargingStation")
    ids = [charger.call(heartbeat_request(version), 0.0) for _ in range(200)]
    assert len(set(ids)) == len(ids)
    for message_id in ids:
        assert len(message_id) <= 36
        assert uuid.UUID(message_id).version == 4


@versions
def test_id_factory_makes_the_ids(version: OcppVersion) -> None:
    counter = iter(range(1, 1000))
    charger = connection(version, "ChargingStation", id_factory=lambda: f"cs-{next(counter)}")
    assert charger.call(heartbeat_request(version), 0.0) == "cs-1"
    assert charger.call(heartbeat_request(version), 0.0) == "cs-2"
    assert sent_frames(charger) == [[2, "cs-1", "Heartbeat", {}]]


@versions
def test_id_of_exactly_36_characters_is_accepted(version: OcppVersion) -> None:
    charger = connection(version, "ChargingStation", id_factory=lambda: "x" * 36)
    assert charger.call(heartbeat_request(version), 0.0) == "x" * 36


@pytest.mark.parametrize(
    "bad_id",
    ["", "x" * 37, cast(str, 17), cast(str, None), cast(str, b"bytes-id")],
    ids=["empty", "37-chars", "int", "none", "bytes"],
)
@versions
def test_id_factory_bad_ids_are_refused(version: OcppVersion, bad_id: str) -> None:
    charger = connection(version, "ChargingStation", id_factory=lambda: bad_id)
    with pytest.raises(LocalProtocolError):
        charger.call(heartbeat_request(version), 0.0)
    assert charger.data_to_send() == []
    assert charger.in_flight is None
    assert charger.queued == 0


@versions
def test_id_factory_repeating_a_pending_id_is_refused(version: OcppVersion) -> None:
    charger = connection(version, "ChargingStation", id_factory=lambda: "same")
    charger.call(heartbeat_request(version), 0.0)
    with pytest.raises(LocalProtocolError):
        charger.call(heartbeat_request(version), 0.0)
    assert charger.queued == 0
    assert len(charger.data_to_send()) == 1


# -- deadlines ---------------------------------------------------------------------------------


@versions
def test_deadline_is_send_time_plus_timeout(version: OcppVersion) -> None:
    charger = connection(version, "ChargingStation", call_timeout=30.0)
    assert charger.next_deadline() is None
    charger.call(heartbeat_request(version), 100.0)
    assert charger.next_deadline() == 130.0


@versions
def test_per_call_timeout_overrides_the_default(version: OcppVersion) -> None:
    charger = connection(version, "ChargingStation", call_timeout=30.0)
    charger.call(heartbeat_request(version), 100.0, timeout=5.0)
    assert charger.next_deadline() == 105.0


@versions
def test_check_timeouts_before_the_deadline_does_nothing(version: OcppVersion) -> None:
    charger = connection(version, "ChargingStation", call_timeout=30.0)
    message_id = charger.call(heartbeat_request(version), 0.0)
    charger.data_to_send()
    assert charger.check_timeouts(29.999) == []
    assert charger.in_flight == message_id
    assert charger.data_to_send() == []


@versions
def test_timeout_reports_call_timed_out_once(version: OcppVersion) -> None:
    charger = connection(version, "ChargingStation", call_timeout=30.0)
    request = heartbeat_request(version)
    message_id = charger.call(request, 0.0)
    event = only(charger.check_timeouts(30.0))
    assert event == CallTimedOut(message_id, "Heartbeat", request)
    assert charger.in_flight is None
    assert charger.next_deadline() is None
    assert charger.check_timeouts(1000.0) == []


@versions
def test_each_queued_call_gets_its_full_timeout_from_when_it_is_sent(version: OcppVersion) -> None:
    charger = connection(version, "ChargingStation", call_timeout=10.0)
    ids = [charger.call(heartbeat_request(version), 0.0) for _ in range(3)]
    timed_out: list[str] = []
    for step, message_id in enumerate(ids):
        deadline = 10.0 * (step + 1)
        assert charger.in_flight == message_id
        assert charger.next_deadline() == deadline
        events = charger.check_timeouts(deadline)
        assert len(events) == 1
        timed_out += [event.message_id for event in events if isinstance(event, CallTimedOut)]
    assert timed_out == ids
    assert [frame[1] for frame in sent_frames(charger)] == ids


@versions
def test_check_timeouts_long_after_fails_only_the_call_in_flight(version: OcppVersion) -> None:
    charger = connection(version, "ChargingStation", call_timeout=10.0)
    first = charger.call(heartbeat_request(version), 0.0)
    second = charger.call(heartbeat_request(version), 0.0)
    events = charger.check_timeouts(1000.0)
    assert [event.message_id for event in events if isinstance(event, CallTimedOut)] == [first]
    assert charger.in_flight == second
    assert charger.next_deadline() == 1010.0


@versions
def test_late_result_is_late_reply_not_result(version: OcppVersion) -> None:
    charger, message_id = charger_with_call_in_flight(version, call_timeout=10.0)
    charger.check_timeouts(10.0)
    event = only(charger.receive(result_frame(message_id, HEARTBEAT_RESULT), 11.0))
    assert event == LateReply(message_id, "Heartbeat", is_error=False)
    assert charger.data_to_send() == []


@versions
def test_late_callerror_is_late_reply(version: OcppVersion) -> None:
    charger, message_id = charger_with_call_in_flight(version, call_timeout=10.0)
    charger.check_timeouts(10.0)
    event = only(charger.receive(error_frame(message_id, "InternalError"), 11.0))
    assert event == LateReply(message_id, "Heartbeat", is_error=True)
    assert charger.data_to_send() == []


@versions
def test_late_reply_is_reported_once_then_unexpected(version: OcppVersion) -> None:
    charger, message_id = charger_with_call_in_flight(version, call_timeout=10.0)
    charger.check_timeouts(10.0)
    charger.receive(result_frame(message_id, HEARTBEAT_RESULT), 11.0)
    event = only(charger.receive(result_frame(message_id, HEARTBEAT_RESULT), 12.0))
    assert event == UnexpectedReply(message_id, is_error=False)


@versions
def test_late_result_does_not_complete_the_next_call(version: OcppVersion) -> None:
    charger = connection(version, "ChargingStation", call_timeout=10.0)
    first = charger.call(heartbeat_request(version), 0.0)
    second = charger.call(heartbeat_request(version), 0.0)
    charger.check_timeouts(10.0)
    assert isinstance(only(charger.receive(result_frame(first, HEARTBEAT_RESULT), 11.0)), LateReply)
    assert charger.in_flight == second


# -- cancelling our own calls ------------------------------------------------------------------


@versions
def test_cancelled_queued_call_is_never_sent(version: OcppVersion) -> None:
    charger, first = charger_with_call_in_flight(version)
    second = charger.call(heartbeat_request(version), 0.0)
    third = charger.call(heartbeat_request(version), 0.0)
    assert charger.cancel(second, 1.0) is True
    assert charger.queued == 1
    assert charger.in_flight == first
    assert charger.data_to_send() == []
    charger.receive(result_frame(first, HEARTBEAT_RESULT), 2.0)
    assert [frame[1] for frame in sent_frames(charger)] == [third]


@versions
def test_cancelled_call_in_flight_frees_the_slot_for_the_next(version: OcppVersion) -> None:
    charger, first = charger_with_call_in_flight(version, call_timeout=10.0)
    second = charger.call(heartbeat_request(version), 0.0)
    assert charger.cancel(first, 4.0) is True
    assert charger.in_flight == second
    assert [frame[1] for frame in sent_frames(charger)] == [second]
    assert charger.next_deadline() == 14.0  # the next call's timeout runs from its sending


@versions
def test_cancelled_call_in_flight_leaves_no_deadline(version: OcppVersion) -> None:
    charger, first = charger_with_call_in_flight(version)
    assert charger.cancel(first, 1.0) is True
    assert charger.in_flight is None
    assert charger.next_deadline() is None
    assert charger.check_timeouts(1e9) == []


@versions
@pytest.mark.parametrize("is_error", [False, True])
def test_answer_to_a_cancelled_call_is_a_late_reply(version: OcppVersion, is_error: bool) -> None:
    charger, first = charger_with_call_in_flight(version)
    second = charger.call(heartbeat_request(version), 0.0)
    charger.cancel(first, 1.0)
    charger.data_to_send()
    answer = (
        error_frame(first, "InternalError") if is_error else result_frame(first, HEARTBEAT_RESULT)
    )
    event = only(charger.receive(answer, 2.0))
    assert event == LateReply(first, "Heartbeat", is_error=is_error)
    assert charger.in_flight == second  # the late answer does not complete the next call
    assert charger.data_to_send() == []


@versions
def test_cancel_of_an_unknown_or_finished_call_returns_false(version: OcppVersion) -> None:
    charger, first = charger_with_call_in_flight(version)
    assert charger.cancel("no-such-call", 1.0) is False
    charger.receive(result_frame(first, HEARTBEAT_RESULT), 1.0)
    assert charger.cancel(first, 2.0) is False
    assert charger.cancel(first, 2.0) is False  # idempotent: a second cancel finds nothing


@versions
def test_cancel_does_not_touch_calls_received_from_the_peer(version: OcppVersion) -> None:
    csms, charger = pair(version)
    clear_id = csms.call(clear_cache_request(version), 0.0)
    deliver(csms, charger)
    assert charger.cancel(clear_id, 1.0) is False
    assert charger.unanswered == frozenset({clear_id})


@versions
def test_result_for_unknown_id_is_unexpected_reply_and_nothing_sent(version: OcppVersion) -> None:
    charger, message_id = charger_with_call_in_flight(version)
    event = only(charger.receive(result_frame("no-such-call", HEARTBEAT_RESULT), 1.0))
    assert event == UnexpectedReply("no-such-call", is_error=False)
    assert charger.data_to_send() == []
    assert charger.in_flight == message_id


@versions
def test_result_with_no_call_in_flight_is_unexpected_reply(version: OcppVersion) -> None:
    csms = connection(version, "CSMS")
    event = only(csms.receive(result_frame("x", {"anything": [1, 2]}), 0.0))
    assert event == UnexpectedReply("x", is_error=False)
    assert csms.data_to_send() == []


@versions
def test_callerror_for_unknown_id_is_unexpected_reply_and_nothing_sent(
    version: OcppVersion,
) -> None:
    charger, message_id = charger_with_call_in_flight(version)
    event = only(charger.receive(error_frame("no-such-call", "GenericError"), 1.0))
    assert event == UnexpectedReply("no-such-call", is_error=True)
    assert charger.data_to_send() == []
    assert charger.in_flight == message_id


# -- CALLERROR received ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        ("FormationViolation", ErrorKind.FORMAT),
        ("FormatViolation", ErrorKind.FORMAT),
        ("OccurenceConstraintViolation", ErrorKind.OCCURRENCE),
        ("OccurrenceConstraintViolation", ErrorKind.OCCURRENCE),
        ("TypeConstraintViolation", ErrorKind.TYPE),
        ("PropertyConstraintViolation", ErrorKind.PROPERTY),
        ("NotImplemented", ErrorKind.NOT_IMPLEMENTED),
        ("NotSupported", ErrorKind.NOT_SUPPORTED),
        ("InternalError", ErrorKind.INTERNAL),
        ("ProtocolError", ErrorKind.PROTOCOL),
        ("SecurityError", ErrorKind.SECURITY),
        ("GenericError", ErrorKind.GENERIC),
        ("RpcFrameworkError", ErrorKind.RPC_FRAMEWORK),
        ("MessageTypeNotSupported", ErrorKind.MESSAGE_TYPE_NOT_SUPPORTED),
        ("VendorSpecificOops", None),
    ],
)
@versions
def test_callerror_is_error_received_with_kind_read_from_either_spelling(
    version: OcppVersion, code: str, kind: ErrorKind | None
) -> None:
    charger, message_id = charger_with_call_in_flight(version)
    data = error_frame(message_id, code, "it failed", {"hint": "x", "n": 1})
    event = only(charger.receive(data, 1.0))
    assert isinstance(event, ErrorReceived)
    assert event.message_id == message_id
    assert event.action == "Heartbeat"
    assert event.request == heartbeat_request(version)
    assert event.error_code == code  # kept as received
    assert event.kind is kind
    assert event.description == "it failed"
    assert event.details == {"hint": "x", "n": 1}
    assert charger.in_flight is None
    assert charger.data_to_send() == []


@pytest.mark.parametrize("version", V2X)
def test_callerror_with_description_over_255_is_refused_on_2x(version: OcppVersion) -> None:
    charger, message_id = charger_with_call_in_flight(version)
    data = error_frame(message_id, "GenericError", "d" * (MAX_DESCRIPTION_LENGTH + 1))
    event = only(charger.receive(data, 1.0))
    # a malformed answer to the call in flight still ends that call
    assert isinstance(event, ResultInvalid)
    assert event.message_id == message_id
    assert not event.replied  # an error is never answered
    assert charger.data_to_send() == []
    assert charger.in_flight is None


def test_callerror_with_long_description_is_accepted_on_1_6() -> None:
    charger, message_id = charger_with_call_in_flight(V16)
    data = error_frame(message_id, "GenericError", "d" * 1000)
    event = only(charger.receive(data, 1.0))
    assert isinstance(event, ErrorReceived)
    assert event.description == "d" * 1000


@versions
def test_callerror_whose_details_are_not_an_object_is_not_answered(version: OcppVersion) -> None:
    charger, message_id = charger_with_call_in_flight(version)
    event = only(charger.receive(orjson.dumps([4, message_id, "GenericError", "", []]), 1.0))
    assert isinstance(event, ResultInvalid)
    assert not event.replied
    assert charger.data_to_send() == []
    assert charger.in_flight is None


@versions
def test_malformed_callerror_for_an_unknown_id_is_reported_only(version: OcppVersion) -> None:
    charger, _message_id = charger_with_call_in_flight(version)
    event = only(charger.receive(orjson.dumps([4, "nobody", "GenericError", "", []]), 1.0))
    assert isinstance(event, ProtocolViolation)
    assert event.reply is None
    assert charger.data_to_send() == []
    assert charger.in_flight is not None


# -- outgoing validation -----------------------------------------------------------------------


def _over_long_boot(version: OcppVersion) -> Any:
    """A BootNotification changed after it was built (copied with an update: not validated)."""
    request: Any = boot_request(version)
    if version is V16:
        return request.model_copy(update={"charge_point_model": "m" * 21})  # maxLength 20
    station = request.charging_station.model_copy(update={"model": "m" * 21})
    return request.model_copy(update={"charging_station": station})


def _built_around_unchecked_station(version: OcppVersion) -> Any:
    """A 2.x BootNotification built by its constructor around a station built unvalidated."""
    module = v21 if version is V21 else v201
    station = module.ChargingStation.model_construct(model="m" * 21, vendor_name="v")
    return module.BootNotificationRequest(
        charging_station=station, reason=module.BootReasonEnum.POWER_UP
    )


@versions
def test_request_mutated_into_an_invalid_state_is_refused_and_nothing_sent(
    version: OcppVersion,
) -> None:
    charger = connection(version, "ChargingStation")
    with pytest.raises(PayloadValidationError) as caught:
        charger.call(_over_long_boot(version), 0.0)
    assert caught.value.kind is ErrorKind.PROPERTY
    assert charger.data_to_send() == []
    assert charger.in_flight is None
    assert charger.queued == 0
    # The connection is unharmed.
    charger.call(boot_request(version), 0.0)
    assert len(charger.data_to_send()) == 1


@versions
def test_request_with_wrong_python_type_assigned_is_refused(version: OcppVersion) -> None:
    charger = connection(version, "ChargingStation")
    request = data_transfer_request(version).model_copy(update={"vendor_id": 42})
    with pytest.raises(PayloadValidationError):
        charger.call(request, 0.0)
    assert charger.data_to_send() == []


@versions
def test_invalid_response_is_refused_and_the_call_stays_unanswered(version: OcppVersion) -> None:
    csms, charger = pair(version)
    message_id = charger.call(heartbeat_request(version), 0.0)
    deliver(charger, csms)
    bad = heartbeat_response(version).model_copy(update={"current_time": "yesterday"})
    with pytest.raises(PayloadValidationError):
        csms.reply(message_id, bad)
    assert csms.data_to_send() == []
    assert csms.unanswered == {message_id}
    csms.reply(message_id, heartbeat_response(version))
    assert sent_frames(csms) == [[3, message_id, HEARTBEAT_RESULT]]


@versions
def test_outgoing_validation_is_off_by_default(version: OcppVersion) -> None:
    assert connection(version, "ChargingStation").validate_outgoing is None


@versions
@pytest.mark.parametrize("validate_outgoing", [None, True])
def test_model_built_unvalidated_is_refused_before_sending(
    version: OcppVersion, validate_outgoing: bool | None
) -> None:
    charger = connection(version, "ChargingStation", validate_outgoing=validate_outgoing)
    request = data_transfer_request(version)
    bad = type(request).model_construct(vendor_id="v" * 300)  # maxLength 255
    with pytest.raises(PayloadValidationError) as caught:
        charger.call(bad, 0.0)
    assert caught.value.kind is ErrorKind.PROPERTY
    assert charger.data_to_send() == []


@pytest.mark.parametrize("version", V2X)
def test_model_built_around_an_unvalidated_one_is_refused_before_sending(
    version: OcppVersion,
) -> None:
    charger = connection(version, "ChargingStation")
    with pytest.raises(PayloadValidationError) as caught:
        charger.call(_built_around_unchecked_station(version), 0.0)
    assert caught.value.kind is ErrorKind.PROPERTY
    assert charger.data_to_send() == []


@versions
def test_validated_model_is_not_judged_again_before_sending(
    version: OcppVersion, monkeypatch: pytest.MonkeyPatch
) -> None:
    judged: list[type[Any]] = []
    real = decode_strict

    def counting(model: type[Any], data: bytes) -> Any:
        judged.append(model)
        return real(model, data)

    monkeypatch.setattr(connection_module, "decode_strict", counting)
    charger = connection(version, "ChargingStation")
    charger.call(boot_request(version), 0.0)
    assert judged == []
    checking = connection(version, "ChargingStation", validate_outgoing=True)
    checking.call(boot_request(version), 0.0)
    assert judged == [type(boot_request(version))]


def test_list_mutated_in_place_is_judged_only_with_validate_outgoing() -> None:
    message = stream_message()
    message.data.clear()  # minItems 1; the model cannot see a list changed in place
    trusting = connection(V21, "ChargingStation")
    trusting.send(message)
    assert len(trusting.data_to_send()) == 1
    checking = connection(V21, "ChargingStation", validate_outgoing=True)
    with pytest.raises(PayloadValidationError):
        checking.send(message)


# -- what the application may not do -----------------------------------------------------------


@versions
def test_calling_an_action_only_the_peer_initiates_is_local_protocol_error(
    version: OcppVersion,
) -> None:
    csms, charger = pair(version)
    with pytest.raises(LocalProtocolError):
        csms.call(heartbeat_request(version), 0.0)
    with pytest.raises(LocalProtocolError):
        csms.call(boot_request(version), 0.0)
    with pytest.raises(LocalProtocolError):
        charger.call(clear_cache_request(version), 0.0)
    assert csms.data_to_send() == []
    assert charger.data_to_send() == []


@versions
def test_calling_with_a_request_of_another_version_is_local_protocol_error(
    version: OcppVersion,
) -> None:
    other = V21 if version is V16 else V16
    charger = connection(version, "ChargingStation")
    with pytest.raises(LocalProtocolError):
        charger.call(heartbeat_request(other), 0.0)
    assert charger.data_to_send() == []


@versions
def test_replying_with_the_wrong_response_type_is_local_protocol_error(
    version: OcppVersion,
) -> None:
    csms = connection(version, "CSMS")
    csms.receive(call_frame("h1", "Heartbeat", {}), 0.0)
    with pytest.raises(LocalProtocolError):
        csms.reply("h1", boot_response(version))
    other = V21 if version is V16 else V16
    with pytest.raises(LocalProtocolError):
        csms.reply("h1", heartbeat_response(other))
    assert csms.data_to_send() == []
    assert csms.unanswered == {"h1"}


@versions
def test_replying_to_an_unknown_id_is_local_protocol_error(version: OcppVersion) -> None:
    csms = connection(version, "CSMS")
    with pytest.raises(LocalProtocolError):
        csms.reply("never-received", heartbeat_response(version))
    with pytest.raises(LocalProtocolError):
        csms.reply_error("never-received", OcppError("no", kind=ErrorKind.GENERIC))
    assert csms.data_to_send() == []


@versions
def test_a_call_is_answered_at_most_once(version: OcppVersion) -> None:
    csms = connection(version, "CSMS")
    csms.receive(call_frame("h1", "Heartbeat", {}), 0.0)
    csms.reply("h1", heartbeat_response(version))
    with pytest.raises(LocalProtocolError):
        csms.reply("h1", heartbeat_response(version))
    with pytest.raises(LocalProtocolError):
        csms.reply_error("h1", OcppError("late", kind=ErrorKind.INTERNAL))
    assert len(csms.data_to_send()) == 1


@versions
def test_a_refused_call_cannot_be_answered(version: OcppVersion) -> None:
    csms = connection(version, "CSMS")
    csms.receive(call_frame("u1", "NoSuchAction", {}), 0.0)
    with pytest.raises(LocalProtocolError):
        csms.reply_error("u1", OcppError("again", kind=ErrorKind.INTERNAL))
    assert len(csms.data_to_send()) == 1


def test_role_must_be_csms_or_charging_station() -> None:
    with pytest.raises(ValueError, match="role"):
        Connection(V201, cast(Any, "Backend"))


# -- reply_error -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "v16_code", "v2_code"),
    [
        (ErrorKind.FORMAT, "FormationViolation", "FormatViolation"),
        (ErrorKind.OCCURRENCE, "OccurenceConstraintViolation", "OccurrenceConstraintViolation"),
        (ErrorKind.SECURITY, "SecurityError", "SecurityError"),
        (ErrorKind.RPC_FRAMEWORK, "GenericError", "RpcFrameworkError"),
        (ErrorKind.MESSAGE_TYPE_NOT_SUPPORTED, "GenericError", "MessageTypeNotSupported"),
    ],
)
@versions
def test_reply_error_spells_the_code_for_the_version(
    version: OcppVersion, kind: ErrorKind, v16_code: str, v2_code: str
) -> None:
    csms = connection(version, "CSMS")
    csms.receive(call_frame("h1", "Heartbeat", {}), 0.0)
    csms.reply_error("h1", OcppError("refused", kind=kind, details={"why": "test"}))
    [data] = csms.data_to_send()
    frame = check_error_reply(data, version)
    assert frame == [4, "h1", spelling(version, v16_code, v2_code), "refused", {"why": "test"}]


@versions
def test_reply_error_description_is_cut_to_255_and_details_stay_an_object(
    version: OcppVersion,
) -> None:
    csms = connection(version, "CSMS")
    csms.receive(call_frame("h1", "Heartbeat", {}), 0.0)
    details: dict[str, JsonValue] = {"ok": "text", "nested": {"a": [1]}, "n": 3, "ids": [1, 2]}
    csms.reply_error("h1", OcppError("e" * 1000, kind=ErrorKind.INTERNAL, details=details))
    [data] = csms.data_to_send()
    frame = check_error_reply(data, version)
    assert frame[3] == "e" * MAX_DESCRIPTION_LENGTH
    assert frame[4] == details


# -- tolerant mode -----------------------------------------------------------------------------


def _sloppy_boot(version: OcppVersion) -> dict[str, Any]:
    payload: dict[str, Any] = orjson.loads(orjson.dumps(BOOT_PAYLOAD[version]))
    if version is V16:
        payload["chargePointModel"] = "m" * 30
    else:
        payload["chargingStation"]["model"] = "m" * 30
    payload["vendorExtra"] = 1
    return payload


@versions
def test_tolerant_mode_gives_call_received_with_forgiven(version: OcppVersion) -> None:
    csms = connection(version, "CSMS", mode=ValidationMode.TOLERANT)
    event = only(csms.receive(call_frame("b1", "BootNotification", _sloppy_boot(version)), 0.0))
    assert isinstance(event, CallReceived)
    assert {violation.reason for violation in event.forgiven} == {
        "string_too_long",
        "extra_forbidden",
    }
    request: Any = event.request
    model = request.charge_point_model if version is V16 else request.charging_station.model
    assert model == "m" * 30  # kept whole
    assert csms.data_to_send() == []
    csms.reply("b1", boot_response(version))
    assert sent_frames(csms)[0][:2] == [3, "b1"]


@versions
def test_strict_mode_refuses_what_tolerant_mode_forgives(version: OcppVersion) -> None:
    csms = connection(version, "CSMS")
    event = only(csms.receive(call_frame("b1", "BootNotification", _sloppy_boot(version)), 0.0))
    assert isinstance(event, ProtocolViolation)
    [data] = csms.data_to_send()
    # Unknown property outranks the over-long string.
    assert check_error_reply(data, version)[2] == spelling(
        version, "FormationViolation", "FormatViolation"
    )


@versions
def test_tolerant_mode_still_refuses_a_missing_required_field(version: OcppVersion) -> None:
    csms = connection(version, "CSMS", mode=ValidationMode.TOLERANT)
    event = only(csms.receive(call_frame("b1", "BootNotification", {}), 0.0))
    assert isinstance(event, ProtocolViolation)
    [data] = csms.data_to_send()
    assert check_error_reply(data, version)[2] == spelling(
        version, "OccurenceConstraintViolation", "OccurrenceConstraintViolation"
    )


@versions
def test_tolerant_mode_forgives_a_sloppy_result(version: OcppVersion) -> None:
    charger, message_id = charger_with_call_in_flight(version, mode=ValidationMode.TOLERANT)
    payload = {**HEARTBEAT_RESULT, "vendorExtra": True}
    event = only(charger.receive(result_frame(message_id, payload), 1.0))
    assert isinstance(event, ResultReceived)
    assert [violation.reason for violation in event.forgiven] == ["extra_forbidden"]


# -- replies by version: actions ---------------------------------------------------------------


@versions
def test_unknown_action_is_answered_not_implemented(version: OcppVersion) -> None:
    csms = connection(version, "CSMS")
    event = only(csms.receive(call_frame("u1", "FlyToTheMoon", {}), 0.0))
    assert isinstance(event, ProtocolViolation)
    assert event.error.kind is ErrorKind.NOT_IMPLEMENTED
    assert (event.message_id, event.action) == ("u1", "FlyToTheMoon")
    [data] = csms.data_to_send()
    assert event.reply == data
    assert check_error_reply(data, version)[:3] == [4, "u1", "NotImplemented"]
    assert csms.unanswered == frozenset()


@versions
def test_action_of_another_version_is_answered_not_implemented(version: OcppVersion) -> None:
    # 2.x TransactionEvent does not exist in 1.6; 1.6 StartTransaction does not exist in 2.x.
    action = "TransactionEvent" if version is V16 else "StartTransaction"
    csms = connection(version, "CSMS")
    csms.receive(call_frame("u1", action, {}), 0.0)
    [data] = csms.data_to_send()
    assert check_error_reply(data, version)[2] == "NotImplemented"


@versions
def test_action_only_our_side_initiates_is_answered_not_supported(version: OcppVersion) -> None:
    csms, charger = pair(version)
    csms.receive(call_frame("c1", "ClearCache", {}), 0.0)
    charger.receive(call_frame("h1", "Heartbeat", {}), 0.0)
    [at_csms] = csms.data_to_send()
    [at_charger] = charger.data_to_send()
    assert check_error_reply(at_csms, version)[:3] == [4, "c1", "NotSupported"]
    assert check_error_reply(at_charger, version)[:3] == [4, "h1", "NotSupported"]


def test_send_action_received_as_a_call_is_answered_not_supported() -> None:
    csms = connection(V21, "CSMS")
    payload = stream_message().to_wire()
    csms.receive(call_frame("s1", "NotifyPeriodicEventStream", payload), 0.0)
    [data] = csms.data_to_send()
    assert check_error_reply(data, V21)[:3] == [4, "s1", "NotSupported"]


@versions
def test_call_reusing_the_id_of_an_unanswered_call_is_refused(version: OcppVersion) -> None:
    csms = connection(version, "CSMS")
    assert isinstance(only(csms.receive(call_frame("dup", "Heartbeat", {}), 0.0)), CallReceived)
    event = only(csms.receive(call_frame("dup", "Heartbeat", {}), 0.0))
    assert isinstance(event, ProtocolViolation)
    [data] = csms.data_to_send()
    assert check_error_reply(data, version)[1] == "dup"
    assert csms.unanswered == {"dup"}


# -- replies by version: payload schema violations ---------------------------------------------


def _boot_with(version: OcppVersion, change: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    payload: dict[str, Any] = orjson.loads(orjson.dumps(BOOT_PAYLOAD[version]))
    change(payload)
    return payload


def _station(payload: dict[str, Any]) -> dict[str, Any]:
    station: dict[str, Any] = payload["chargingStation"]
    return station


def _missing_required(payload: dict[str, Any], version: OcppVersion) -> None:
    del payload["chargePointModel" if version is V16 else "reason"]


def _unknown_property(payload: dict[str, Any], version: OcppVersion) -> None:
    payload["colour"] = "red"


def _wrong_type(payload: dict[str, Any], version: OcppVersion) -> None:
    if version is V16:
        payload["chargePointModel"] = 5
    else:
        _station(payload)["model"] = 5


def _too_long(payload: dict[str, Any], version: OcppVersion) -> None:
    if version is V16:
        payload["chargePointModel"] = "m" * 21
    else:
        _station(payload)["model"] = "m" * 21


def _null_for_optional(payload: dict[str, Any], version: OcppVersion) -> None:
    if version is V16:
        payload["firmwareVersion"] = None
    else:
        _station(payload)["firmwareVersion"] = None


def _nested_not_object(payload: dict[str, Any], version: OcppVersion) -> None:
    if version is V16:
        payload["chargePointVendor"] = {"name": "v"}
    else:
        payload["chargingStation"] = "Model"


_OCCURRENCE = ("OccurenceConstraintViolation", "OccurrenceConstraintViolation")
_FORMAT = ("FormationViolation", "FormatViolation")
_TYPE = ("TypeConstraintViolation", "TypeConstraintViolation")
_PROPERTY = ("PropertyConstraintViolation", "PropertyConstraintViolation")
SCHEMA_VIOLATIONS = [
    ("missing_required", _missing_required, *_OCCURRENCE),
    ("unknown_property", _unknown_property, *_FORMAT),
    ("wrong_type", _wrong_type, *_TYPE),
    ("too_long", _too_long, *_PROPERTY),
    ("null_for_optional", _null_for_optional, *_TYPE),
    ("nested_wrong_type", _nested_not_object, *_TYPE),
]


@pytest.mark.parametrize(
    ("change", "v16_code", "v2_code"),
    [row[1:] for row in SCHEMA_VIOLATIONS],
    ids=[row[0] for row in SCHEMA_VIOLATIONS],
)
@versions
def test_payload_schema_violation_is_answered_with_the_mapped_code(
    version: OcppVersion,
    change: Callable[[dict[str, Any], OcppVersion], None],
    v16_code: str,
    v2_code: str,
) -> None:
    csms = connection(version, "CSMS")
    payload = _boot_with(version, lambda p: change(p, version))
    event = only(csms.receive(call_frame("b1", "BootNotification", payload), 0.0))
    assert isinstance(event, ProtocolViolation)
    assert isinstance(event.error, PayloadValidationError)
    [data] = csms.data_to_send()
    frame = check_error_reply(data, version)
    assert frame[:3] == [4, "b1", spelling(version, v16_code, v2_code)]
    assert set(frame[4]) <= {"path", "reason"}
    assert csms.unanswered == frozenset()


@versions
def test_value_not_in_the_enum_is_a_property_violation(version: OcppVersion) -> None:
    charger = connection(version, "ChargingStation")
    charger.receive(call_frame("r1", "Reset", {"type": "Sideways"}), 0.0)
    [data] = charger.data_to_send()
    assert check_error_reply(data, version)[:3] == [4, "r1", "PropertyConstraintViolation"]


@versions
def test_number_where_an_enum_is_due_is_a_type_violation(version: OcppVersion) -> None:
    charger = connection(version, "ChargingStation")
    charger.receive(call_frame("r1", "Reset", {"type": 1}), 0.0)
    [data] = charger.data_to_send()
    assert check_error_reply(data, version)[:3] == [4, "r1", "TypeConstraintViolation"]


@pytest.mark.parametrize("version", V2X)
def test_too_few_array_items_is_an_occurrence_violation(version: OcppVersion) -> None:
    charger = connection(version, "ChargingStation")
    charger.receive(call_frame("g1", "GetVariables", {"getVariableData": []}), 0.0)
    [data] = charger.data_to_send()
    assert check_error_reply(data, version)[:3] == [4, "g1", "OccurrenceConstraintViolation"]


@versions
def test_payload_that_is_not_an_object_is_a_format_violation(version: OcppVersion) -> None:
    csms = connection(version, "CSMS")
    csms.receive(orjson.dumps([2, "h1", "Heartbeat", [1, 2]]), 0.0)
    [data] = csms.data_to_send()
    code = spelling(version, "FormationViolation", "FormatViolation")
    assert check_error_reply(data, version)[:3] == [4, "h1", code]


@versions
def test_call_with_wrong_number_of_elements_is_a_format_violation(version: OcppVersion) -> None:
    csms = connection(version, "CSMS")
    csms.receive(b'[2,"h1","Heartbeat",{},{}]', 0.0)
    [data] = csms.data_to_send()
    code = spelling(version, "FormationViolation", "FormatViolation")
    assert check_error_reply(data, version)[:3] == [4, "h1", code]


# -- replies by version: broken frames ---------------------------------------------------------


UNREADABLE_FRAMES = [
    ("not_json", b"this is not json"),
    ("empty", b""),
    ("truncated", b'[2,"h1","Heartbeat",{'),
    ("not_an_array", b'{"messageTypeId":2}'),
    ("string", b'"[2,\\"h1\\",\\"Heartbeat\\",{}]"'),
    ("empty_array", b"[]"),
    ("type_id_not_integer_id_unreadable", b'["2",5,"Heartbeat",{}]'),
    ("id_not_a_string", b'[2,17,"Heartbeat",{}]'),
    ("id_null", b'[2,null,"Heartbeat",{}]'),
    ("id_too_long", b'[2,"' + b"i" * 37 + b'","Heartbeat",{}]'),
    ("id_missing", b"[2]"),
]


@pytest.mark.parametrize(
    "data", [row[1] for row in UNREADABLE_FRAMES], ids=[r[0] for r in UNREADABLE_FRAMES]
)
@versions
def test_frame_whose_id_cannot_be_read_is_answered_with_minus_one(
    version: OcppVersion, data: bytes
) -> None:
    csms = connection(version, "CSMS")
    event = only(csms.receive(data, 0.0))
    assert isinstance(event, ProtocolViolation)
    assert isinstance(event.error, FrameError)
    assert event.message_id is None
    [reply] = csms.data_to_send()
    assert event.reply == reply
    assert check_error_reply(reply, version)[:3] == [4, "-1", framing_code(version)]


@pytest.mark.parametrize(
    "data", [b'["2","h1","Heartbeat",{}]', b'[2.0,"h1","Heartbeat",{}]', b'[null,"h1"]']
)
@versions
def test_bad_type_id_with_a_readable_id_is_answered_with_that_id(
    version: OcppVersion, data: bytes
) -> None:
    csms = connection(version, "CSMS")
    csms.receive(data, 0.0)
    [reply] = csms.data_to_send()
    assert check_error_reply(reply, version)[:3] == [4, "h1", framing_code(version)]


@versions
def test_call_whose_action_is_not_a_string_is_answered_with_its_id(version: OcppVersion) -> None:
    csms = connection(version, "CSMS")
    csms.receive(b'[2,"h1",7,{}]', 0.0)
    [reply] = csms.data_to_send()
    assert check_error_reply(reply, version)[:3] == [4, "h1", framing_code(version)]


@versions
def test_unknown_message_type_7(version: OcppVersion) -> None:
    csms = connection(version, "CSMS")
    event = only(csms.receive(b'[7,"m7","Heartbeat",{}]', 0.0))
    assert isinstance(event, ProtocolViolation)
    if version is V201:
        [reply] = csms.data_to_send()
        assert check_error_reply(reply, version)[:3] == [4, "m7", "MessageTypeNotSupported"]
    else:
        assert event.reply is None
        assert csms.data_to_send() == []


@pytest.mark.parametrize(
    "data", [b'[5,"m5","FormatViolation","",{}]', b'[6,"m6","NotifyPeriodicEventStream",{}]']
)
def test_2_1_message_types_on_2_0_1_are_message_type_not_supported(data: bytes) -> None:
    csms = connection(V201, "CSMS")
    event = only(csms.receive(data, 0.0))
    assert isinstance(event, ProtocolViolation)
    [reply] = csms.data_to_send()
    message_id = decode_frame(data)[1]
    assert check_error_reply(reply, V201)[:3] == [4, message_id, "MessageTypeNotSupported"]


@pytest.mark.parametrize(
    "data", [b'[5,"m5","FormatViolation","",{}]', b'[6,"m6","NotifyPeriodicEventStream",{}]']
)
def test_2_1_message_types_on_1_6_are_ignored(data: bytes) -> None:
    csms = connection(V16, "CSMS")
    event = only(csms.receive(data, 0.0))
    assert isinstance(event, ProtocolViolation)
    assert event.reply is None
    assert csms.data_to_send() == []


@pytest.mark.parametrize("type_id", [0, 1, 8, 99, -2, 10**6])
@versions
def test_other_unknown_message_types_follow_the_type_7_rule(
    version: OcppVersion, type_id: int
) -> None:
    csms = connection(version, "CSMS")
    csms.receive(orjson.dumps([type_id, "m", "Heartbeat", {}]), 0.0)
    replies = csms.data_to_send()
    if version is V201:
        assert check_error_reply(only(replies), version)[2] == "MessageTypeNotSupported"
    else:
        assert replies == []


# -- invalid results ---------------------------------------------------------------------------


@versions
def test_invalid_callresult_is_result_invalid_and_answered_only_on_2_1(
    version: OcppVersion,
) -> None:
    charger, message_id = charger_with_call_in_flight(version)
    event = only(charger.receive(result_frame(message_id, {"currentTime": "noon"}), 1.0))
    assert isinstance(event, ResultInvalid)
    assert event.message_id == message_id
    assert event.action == "Heartbeat"
    assert event.request == heartbeat_request(version)
    assert event.error.kind is ErrorKind.PROPERTY
    assert charger.in_flight is None
    replies = charger.data_to_send()
    if version is V21:
        assert event.replied
        frame = check_error_reply(only(replies), version, type_id=5)
        assert frame[:3] == [5, message_id, "PropertyConstraintViolation"]
    else:
        assert not event.replied
        assert replies == []


@versions
def test_callresult_missing_a_required_field_is_result_invalid(version: OcppVersion) -> None:
    charger, message_id = charger_with_call_in_flight(version)
    event = only(charger.receive(result_frame(message_id, {}), 1.0))
    assert isinstance(event, ResultInvalid)
    assert event.error.kind is ErrorKind.OCCURRENCE
    replies = charger.data_to_send()
    if version is V21:
        frame = check_error_reply(only(replies), version, type_id=5)
        assert frame[2] == "OccurrenceConstraintViolation"
    else:
        assert replies == []


def test_callresulterror_received_on_2_1_is_result_rejected() -> None:
    csms = connection(V21, "CSMS")
    data = orjson.dumps([5, "r1", "OccurenceConstraintViolation", "bad result", {"p": "$.x"}])
    event = only(csms.receive(data, 0.0))
    assert event == ResultRejected(
        "r1", "OccurenceConstraintViolation", ErrorKind.OCCURRENCE, "bad result", {"p": "$.x"}
    )
    assert csms.data_to_send() == []


# -- SEND on 2.1 -------------------------------------------------------------------------------


SEND_PAYLOAD = {
    "data": [{"t": 1.5, "v": "1"}],
    "id": 1,
    "pending": 0,
    "basetime": "2026-01-31T12:00:00Z",
}


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("invalid_payload", orjson.dumps([6, "s1", "NotifyPeriodicEventStream", {"id": -1}])),
        ("unknown_action", orjson.dumps([6, "s1", "NoSuchStream", SEND_PAYLOAD])),
        ("call_action", orjson.dumps([6, "s1", "Heartbeat", {}])),
        ("payload_not_object", orjson.dumps([6, "s1", "NotifyPeriodicEventStream", []])),
        ("wrong_length", orjson.dumps([6, "s1", "NotifyPeriodicEventStream"])),
        ("action_not_string", orjson.dumps([6, "s1", 6, SEND_PAYLOAD])),
        ("id_not_string", orjson.dumps([6, 1, "NotifyPeriodicEventStream", SEND_PAYLOAD])),
    ],
)
def test_send_on_2_1_is_never_answered_even_when_invalid(name: str, data: bytes) -> None:
    csms = connection(V21, "CSMS")
    event = only(csms.receive(data, 0.0))
    assert isinstance(event, ProtocolViolation), name
    assert event.reply is None
    assert csms.data_to_send() == []


def test_send_from_the_wrong_side_is_never_answered() -> None:
    charger = connection(V21, "ChargingStation")
    event = only(
        charger.receive(orjson.dumps([6, "s1", "NotifyPeriodicEventStream", SEND_PAYLOAD]), 0.0)
    )
    assert isinstance(event, ProtocolViolation)
    assert charger.data_to_send() == []


def test_valid_send_received_with_tolerant_mode_reports_forgiven() -> None:
    csms = connection(V21, "CSMS", mode=ValidationMode.TOLERANT)
    payload = {**SEND_PAYLOAD, "extra": 1}
    event = only(csms.receive(orjson.dumps([6, "s1", "NotifyPeriodicEventStream", payload]), 0.0))
    assert isinstance(event, SendReceived)
    assert [violation.reason for violation in event.forgiven] == ["extra_forbidden"]
    assert csms.data_to_send() == []


# -- description and details of every reply ----------------------------------------------------


@versions
def test_reply_description_is_at_most_255_characters(version: OcppVersion) -> None:
    # The path of an unknown property names it: a 300-character name makes a long description.
    csms = connection(version, "CSMS")
    event = only(csms.receive(call_frame("k1", "Heartbeat", {"k" * 300: 1}), 0.0))
    assert isinstance(event, ProtocolViolation)
    assert len(event.error.description) > MAX_DESCRIPTION_LENGTH
    frame = check_error_reply(only(csms.data_to_send()), version)
    assert frame[:2] == [4, "k1"]
    assert frame[3] == event.error.description[:MAX_DESCRIPTION_LENGTH]


@versions
def test_details_are_always_a_json_object(version: OcppVersion) -> None:
    csms = connection(version, "CSMS")
    inputs = [
        b"junk",
        b'[7,"m","Heartbeat",{}]',
        call_frame("u", "NoSuchAction", {}),
        call_frame("c", "ClearCache", {}),
        call_frame("b", "BootNotification", {}),
        b'[2,"l","Heartbeat"]',
    ]
    for data in inputs:
        csms.receive(data, 0.0)
    replies = csms.data_to_send()
    assert len(replies) >= 5
    for data in replies:
        assert isinstance(check_error_reply(data, version)[4], dict)


# -- a valid frame written in an unusual way is still read -------------------------------------


@versions
def test_frames_with_whitespace_and_escapes_are_read(version: OcppVersion) -> None:
    csms = connection(version, "CSMS")
    spaced = b' [ 2 ,\n "h1" ,\t"Heartbeat" , { } ] '
    escaped = b'[2,"h\\u0032","Heart\\u0062eat",{}]'
    first = only(csms.receive(spaced, 0.0))
    second = only(csms.receive(escaped.decode(), 0.0))
    assert isinstance(first, CallReceived)
    assert isinstance(second, CallReceived)
    assert (first.message_id, second.message_id) == ("h1", "h2")
    assert second.action == "Heartbeat"


@versions
def test_str_bytes_and_bytearray_are_all_accepted(version: OcppVersion) -> None:
    csms = connection(version, "CSMS")
    text = '[2,"h1","Heartbeat",{}]'
    data: list[str | bytes | bytearray] = [
        text,
        text.replace("h1", "h2").encode(),
        bytearray(text.replace("h1", "h3").encode()),
    ]
    ids = [only(csms.receive(item, 0.0)).message_id for item in data]
    assert ids == ["h1", "h2", "h3"]


# -- known bugs (see the report) ---------------------------------------------------------------


@pytest.mark.parametrize("data", [b'[3,"nobody",[]]', b'[3,"nobody"]', b'[3,"nobody",{},{}]'])
def test_broken_result_for_unknown_id_is_not_answered_on_2_1(data: bytes) -> None:
    csms = connection(V21, "CSMS")
    only(csms.receive(data, 0.0))
    assert csms.data_to_send() == []


@versions
def test_broken_result_for_the_call_in_flight_is_result_invalid(version: OcppVersion) -> None:
    charger, message_id = charger_with_call_in_flight(version)
    event = only(charger.receive(orjson.dumps([3, message_id, []]), 1.0))
    assert isinstance(event, ResultInvalid)
    assert charger.in_flight is None


@versions
def test_validate_outgoing_false_sends_an_invalid_model_as_given(version: OcppVersion) -> None:
    # For test tools that must put an invalid payload on the wire on purpose.
    charger = connection(version, "ChargingStation", validate_outgoing=False)
    request = data_transfer_request(version)
    bad = type(request).model_construct(vendor_id="v" * 300)
    charger.call(bad, 0.0)
    (frame,) = charger.data_to_send()
    assert b"v" * 300 in frame
