"""OCPI commands and charging profiles, the sender's side: trackers matching the results
POSTed to each response_url to their requests, with deadlines, retention and the full round
through both sides."""

from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from typing import Any, cast
from urllib.parse import parse_qsl, urlsplit

import orjson
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from ocpkit._ocpi_base import OcpiModel
from ocpkit.ocpi import v211, v221, v230
from ocpkit.ocpi.commands import (
    COMMAND_FLOWS,
    COMMAND_REQUESTS,
    PROFILE_OPERATIONS,
    PROFILE_VERSIONS,
    ChargingProfileTracker,
    ClearProfileRequest,
    CommandTracker,
    CommandUsageError,
    DuplicateResult,
    GetActiveProfileRequest,
    InvalidPayload,
    PayloadNotJson,
    ProfileOperation,
    ProfileRequest,
    ReservationCanceled,
    ResultMatched,
    SetProfileRequest,
    TrackedCommand,
    TrackState,
    UnexpectedResult,
    UnknownResult,
    charging_profile_response,
    command_request_type,
    command_response,
    command_result,
    command_result_post,
    parse_command_request,
    profile_result_post,
)
from ocpkit.ocpi.envelope import parse_response, success
from ocpkit.ocpi.status import NotFound
from ocpkit.ocpi.version import OcpiVersion
from tests._ocpi_commands_support import (
    BASE,
    T0,
    V211,
    V221,
    V230,
    VERSIONS,
    profile_request,
    request_wire,
)


def _at(seconds: float) -> datetime:
    return T0 + timedelta(seconds=seconds)


def _ids() -> Callable[[], str]:
    counter = iter(range(1, 1_000_000))
    return lambda: f"id{next(counter)}"


def _request(
    tracker: CommandTracker, command: str, *, expiry: str = "2024-05-01T13:00:00Z"
) -> OcpiModel:
    model = command_request_type(tracker.version, command)
    assert model is not None
    url = tracker.new_response_url()
    return model.from_wire(request_wire(tracker.version, command, url, expiry=expiry))


def _sent(
    tracker: CommandTracker, command: str = "STOP_SESSION", *, at: datetime = T0
) -> OcpiModel:
    request = _request(tracker, command)
    tracker.register(command, request, sent_at=at)
    return request


def _url(request: OcpiModel) -> str:
    url = getattr(request, "response_url", None)
    assert isinstance(url, str)
    return url


def _held(tracker: CommandTracker, url: str) -> TrackedCommand:
    record = tracker.get(url)
    assert record is not None
    return record


def _tracker(version: OcpiVersion = V221, **settings: Any) -> CommandTracker:
    return CommandTracker(version, base_url=BASE, id_factory=_ids(), **settings)


def _accept(
    tracker: CommandTracker, request: OcpiModel, *, timeout: int = 30, at: float = 0
) -> None:
    tracker.response_received(
        _url(request), command_response(tracker.version, "ACCEPTED", timeout=timeout), _at(at)
    )


def _result(version: OcpiVersion, value: str = "ACCEPTED") -> bytes:
    return command_result(version, value).to_json()


# -- the full round, per version and command ---------------------------------------------------


@pytest.mark.parametrize(("version", "command", "name"), COMMAND_REQUESTS)
def test_a_command_goes_the_full_round(version: OcpiVersion, command: str, name: str) -> None:
    tracker = _tracker(version)
    request = _request(tracker, command)  # eMSP: a command with a response_url of its own
    tracked = tracker.register(command, request, sent_at=T0)
    assert tracked.state is TrackState.AWAITING_RESPONSE
    assert tracker.pending() == (tracked,)

    received = parse_command_request(version, command, request.to_json())  # CPO reads it
    assert received.request == request
    assert type(received.request).__name__ == name
    reply = success(command_response(version, "ACCEPTED", timeout=30), now=_at(1)).to_json()

    data = parse_response(reply).data  # eMSP reads the envelope, then its data
    waiting = tracker.response_received(tracked.response_url, orjson.dumps(data), _at(1))
    assert waiting.state is TrackState.AWAITING_RESULT
    timeout = 30 if version is not V211 else 120  # 2.1.1 names none: the tracker's default
    assert waiting.deadline == _at(1 + timeout)

    assert received.request is not None
    post = command_result_post(version, received.request, "ACCEPTED")  # CPO, later
    assert post.url == tracked.response_url
    assert "status_code" not in orjson.loads(post.body)

    outcome = tracker.result_posted(post.url, post.body, _at(10))
    assert isinstance(outcome, ResultMatched)
    assert outcome.late is False
    assert outcome.tracked.id == tracked.id
    assert outcome.tracked.request is request
    assert outcome.tracked.state is TrackState.DONE
    assert outcome.result == post.result
    assert type(outcome.result).__name__ == COMMAND_FLOWS[version].result
    assert outcome.reply_error is None
    assert tracker.pending() == ()


# -- sender side: what a POSTed result turns out to be, row by row -----------------------------


# every row accepts with a 30 s timeout (2.1.1: the tracker's default, set to 30 s too)


def _awaiting_response(t: CommandTracker, r: OcpiModel) -> None:
    pass


def _accepted(t: CommandTracker, r: OcpiModel) -> None:
    _accept(t, r, timeout=30)


def _timed_out(t: CommandTracker, r: OcpiModel) -> None:
    _accepted(t, r)
    assert [x.response_url for x in t.expired(_at(31))] == [_url(r)]


def _refused(t: CommandTracker, r: OcpiModel) -> None:
    t.response_received(_url(r), command_response(t.version, "REJECTED", timeout=0), _at(1))


def _failed(t: CommandTracker, r: OcpiModel) -> None:
    t.request_failed(_url(r), _at(1))


def _done(t: CommandTracker, r: OcpiModel) -> None:
    _accepted(t, r)
    t.result_posted(_url(r), _result(t.version), _at(2))


def _forgotten(t: CommandTracker, r: OcpiModel) -> None:
    _done(t, r)
    t.expired(_at(2 + 3600))


_Setup = Callable[[CommandTracker, OcpiModel], None]

# (state the command is brought to, when the result comes, outcome, late)
RESULT_ROWS: list[tuple[_Setup, float, type, bool | None]] = [
    (_awaiting_response, 50, ResultMatched, False),  # crossed the answer on the wire
    (_accepted, 29.9, ResultMatched, False),
    (_accepted, 30, ResultMatched, True),  # at the deadline, expired() not called yet
    (_timed_out, 50, ResultMatched, True),
    (_refused, 50, UnexpectedResult, None),
    (_failed, 50, UnexpectedResult, None),
    (_done, 50, DuplicateResult, None),
    (_forgotten, 4000, UnknownResult, None),
]


@pytest.mark.parametrize(("setup", "at", "outcome_type", "late"), RESULT_ROWS)
@pytest.mark.parametrize("version", VERSIONS)
def test_a_posted_result_is_classified_by_the_state_of_its_command(
    version: OcpiVersion, setup: _Setup, at: float, outcome_type: type, late: bool | None
) -> None:
    tracker = _tracker(version, default_timeout=timedelta(seconds=30))
    request = _sent(tracker)
    setup(tracker, request)
    outcome = tracker.result_posted(_url(request), _result(version, "REJECTED"), _at(at))
    assert type(outcome) is outcome_type
    if isinstance(outcome, ResultMatched):
        assert outcome.late is late
        assert outcome.tracked.state is TrackState.DONE
        assert outcome.tracked.result == outcome.result
    if isinstance(outcome, DuplicateResult):
        assert outcome.tracked.result is not None
        assert outcome.tracked.result.result == "ACCEPTED"  # the first is kept
        assert outcome.result.result == "REJECTED"
    if isinstance(outcome, UnexpectedResult):
        assert outcome.tracked.state in (TrackState.REFUSED, TrackState.FAILED)
        assert outcome.tracked.result is None


@pytest.mark.parametrize("answer", ["REJECTED", "NOT_SUPPORTED", "UNKNOWN_SESSION"])
def test_after_any_answer_but_accepted_no_result_is_awaited(answer: str) -> None:
    tracker = _tracker()
    request = _sent(tracker)
    refused = tracker.response_received(
        _url(request), command_response(V221, answer, timeout=30), _at(1)
    )
    assert refused.state is TrackState.REFUSED
    assert refused.deadline is None
    assert not refused.expects_result
    assert tracker.expired(_at(600)) == ()  # nothing to time out
    outcome = tracker.result_posted(_url(request), _result(V221), _at(2))
    assert isinstance(outcome, UnexpectedResult)


def test_a_2_1_1_timeout_answer_means_no_result_will_come() -> None:
    tracker = _tracker(V211)
    request = _sent(tracker)
    answer = command_response(V211, "TIMEOUT", timeout=0)
    assert tracker.response_received(_url(request), answer, _at(1)).state is TrackState.REFUSED


def test_a_result_that_crossed_the_answer_is_matched_and_the_answer_still_recorded() -> None:
    tracker = _tracker()
    request = _sent(tracker)
    outcome = tracker.result_posted(_url(request), _result(V221), _at(1))
    assert isinstance(outcome, ResultMatched)
    assert outcome.late is False
    after = tracker.response_received(
        _url(request), command_response(V221, "ACCEPTED", timeout=30), _at(2)
    )
    assert after.state is TrackState.DONE
    assert after.response is not None
    assert after.responded_at == _at(2)
    assert tracker.expired(_at(1000)) == ()


def test_a_result_at_the_deadline_is_late_and_one_just_before_is_not() -> None:
    tracker = _tracker()
    early, on_time = _sent(tracker), _sent(tracker)
    _accept(tracker, early, timeout=10)
    _accept(tracker, on_time, timeout=10)
    first = tracker.result_posted(_url(early), _result(V221), _at(9.999))
    second = tracker.result_posted(_url(on_time), _result(V221), _at(10))
    assert isinstance(first, ResultMatched)
    assert isinstance(second, ResultMatched)
    assert (first.late, second.late) == (False, True)


def test_an_unknown_url_is_reported_and_answered_with_not_found() -> None:
    tracker = _tracker()
    outcome = tracker.result_posted(BASE + "/never", b"{broken", _at(1))  # the body is not read
    assert outcome == UnknownResult(ref=BASE + "/never")
    assert isinstance(outcome.reply_error, NotFound)
    assert outcome.reply_error.http_status == 404
    assert "never" not in str(outcome.reply_error)


def test_a_broken_result_is_a_2001_and_the_command_keeps_waiting() -> None:
    tracker = _tracker()
    request = _sent(tracker)
    _accept(tracker, request)
    with pytest.raises(InvalidPayload) as caught:
        tracker.result_posted(_url(request), b'{"result": "MAYBE"}', _at(2))
    assert caught.value.status_code == 2001
    assert "MAYBE" not in str(caught.value)
    with pytest.raises(PayloadNotJson):
        tracker.result_posted(_url(request), b"<html>", _at(2))
    assert _held(tracker, _url(request)).state is TrackState.AWAITING_RESULT
    assert isinstance(tracker.result_posted(_url(request), _result(V221), _at(3)), ResultMatched)


def test_a_2_1_1_result_is_a_command_response_body() -> None:
    tracker = _tracker(V211)
    request = _sent(tracker)
    _accept(tracker, request)
    outcome = tracker.result_posted(_url(request), b'{"result": "TIMEOUT"}', _at(2))
    assert isinstance(outcome, ResultMatched)
    assert type(outcome.result) is v211.CommandResponse
    other = _sent(tracker)
    with pytest.raises(InvalidPayload):  # a 2.2.1 result value is not a 2.1.1 one
        tracker.result_posted(_url(other), b'{"result": "EVSE_OCCUPIED"}', _at(2))


def test_a_result_given_as_an_object_is_taken_as_it_is() -> None:
    tracker = _tracker()
    request = _sent(tracker)
    result = command_result(V221, "FAILED")
    outcome = tracker.result_posted(_url(request), result, _at(1))
    assert isinstance(outcome, ResultMatched)
    assert outcome.result is result


# -- sender side: references, registration, answers --------------------------------------------


def test_a_result_is_found_by_id_url_path_or_through_a_proxy() -> None:
    tracker = _tracker()
    request = _sent(tracker)
    url = _url(request)
    record_id = url.rsplit("/", 1)[1]
    path = urlsplit(url).path
    for ref in (
        record_id,
        url,
        path,
        url + "/",
        url + "?attempt=2",
        "http://10.0.0.7:8080" + path,
    ):
        record = tracker.get(ref)
        assert record is not None, ref
        assert record.id == record_id


@pytest.mark.parametrize(
    "ref",
    [
        "https://emsp.example.com/ocpi/emsp/other/id1",
        "https://emsp.example.com/ocpi/emsp/results/sub/id1",
        "https://emsp.example.com/id1",
        "id 1",
        "",
        "../id1",
    ],
)
def test_a_reference_outside_the_base_path_names_no_request(ref: str) -> None:
    tracker = _tracker()
    _sent(tracker)
    assert tracker.get(ref) is None
    assert isinstance(tracker.result_posted(ref, _result(V221), _at(1)), UnknownResult)


def test_response_urls_are_base_slash_a_fresh_id() -> None:
    tracker = CommandTracker(V221, base_url=BASE + "/")
    first, second = tracker.new_response_url(), tracker.new_response_url()
    assert first != second
    assert first.startswith(BASE + "/")
    assert "/" not in first[len(BASE) + 1 :]
    assert tracker.base_url == BASE


@pytest.mark.parametrize("bad_id", ["", "a/b", "a b", "x" * 65, "é"])
def test_an_id_factory_must_give_url_safe_ids(bad_id: str) -> None:
    tracker = CommandTracker(V221, base_url=BASE, id_factory=lambda: bad_id)
    with pytest.raises(CommandUsageError):
        tracker.new_response_url()


def test_an_id_still_in_use_is_refused() -> None:
    tracker = CommandTracker(V221, base_url=BASE, id_factory=lambda: "same")
    _sent(tracker)
    with pytest.raises(CommandUsageError):
        tracker.new_response_url()


@pytest.mark.parametrize(
    "base",
    ["ftp://emsp.example.com/r", "/relative/r", "https://emsp.example.com/r?x=1", "https://"],
)
def test_the_base_url_must_be_absolute_http_without_query(base: str) -> None:
    with pytest.raises(CommandUsageError):
        CommandTracker(V221, base_url=base)


def test_a_base_url_must_leave_room_for_an_id() -> None:
    with pytest.raises(CommandUsageError):
        CommandTracker(V221, base_url="https://e.com/" + "p" * 250)
    tracker = CommandTracker(V221, base_url="https://e.com/" + "p" * 220)
    with pytest.raises(CommandUsageError):  # the uuid id would pass 255 characters
        tracker.new_response_url()


def test_registration_takes_only_urls_this_tracker_made() -> None:
    tracker = _tracker()
    foreign = v221.StopSession(response_url="https://elsewhere.example.com/r/1", session_id="S")
    with pytest.raises(CommandUsageError):
        tracker.register("STOP_SESSION", foreign, sent_at=T0)
    request = _sent(tracker)
    with pytest.raises(CommandUsageError):  # the same URL twice
        tracker.register("STOP_SESSION", request, sent_at=T0)


def test_registration_takes_the_commands_object_of_this_version() -> None:
    tracker = _tracker()
    url = tracker.new_response_url()
    with pytest.raises(CommandUsageError):
        tracker.register(
            "START_SESSION", v221.StopSession(response_url=url, session_id="S"), sent_at=T0
        )
    with pytest.raises(CommandUsageError):
        tracker.register(
            "STOP_SESSION", v230.StopSession(response_url=url, session_id="S"), sent_at=T0
        )
    with pytest.raises(CommandUsageError):
        tracker.register("REBOOT", v221.StopSession(response_url=url, session_id="S"), sent_at=T0)
    with pytest.raises(CommandUsageError):
        tracker.register(
            "STOP_SESSION",
            v221.StopSession(response_url=url, session_id="S"),
            sent_at=datetime(2024, 1, 1),  # naive on purpose
        )


def test_a_custom_2_3_0_command_is_tracked_with_any_object_that_has_a_response_url() -> None:
    tracker = _tracker(V230)
    request = v230.CancelReservation(response_url=tracker.new_response_url(), reservation_id="R")
    tracked = tracker.register("VENDOR_REBOOT", request, sent_at=T0)
    assert tracked.kind == "VENDOR_REBOOT"
    _accept(tracker, request)
    outcome = tracker.result_posted(_url(request), _result(V230), _at(2))
    assert isinstance(outcome, ResultMatched)


def test_an_answer_is_recorded_once_and_only_for_a_known_request() -> None:
    tracker = _tracker()
    request = _sent(tracker)
    _accept(tracker, request)
    with pytest.raises(CommandUsageError):
        _accept(tracker, request)
    with pytest.raises(CommandUsageError):
        tracker.request_failed(_url(request), _at(2))
    with pytest.raises(CommandUsageError):
        tracker.response_received(
            BASE + "/nobody", command_response(V221, "ACCEPTED", timeout=1), T0
        )


def test_a_broken_answer_is_a_2001_and_changes_nothing() -> None:
    tracker = _tracker()
    request = _sent(tracker)
    with pytest.raises(InvalidPayload):
        tracker.response_received(_url(request), b'{"result": "ACCEPTED"}', _at(1))  # no timeout
    assert _held(tracker, _url(request)).state is TrackState.AWAITING_RESPONSE


def test_a_failed_request_whose_result_came_first_stays_done() -> None:
    tracker = _tracker()
    request = _sent(tracker)
    tracker.result_posted(_url(request), _result(V221), _at(1))
    assert tracker.request_failed(_url(request), _at(2)).state is TrackState.DONE


# -- sender side: deadlines, timeouts, retention -----------------------------------------------


def test_expired_reports_each_timed_out_command_once_earliest_deadline_first() -> None:
    tracker = _tracker()
    slow, fast, answered, unanswered = (_sent(tracker) for _ in range(4))
    _accept(tracker, slow, timeout=20)
    _accept(tracker, fast, timeout=10)
    _accept(tracker, answered, timeout=10)
    tracker.result_posted(_url(answered), _result(V221), _at(5))
    assert tracker.next_deadline() == _at(10)
    assert tracker.expired(_at(9)) == ()
    assert [r.response_url for r in tracker.expired(_at(30))] == [_url(fast), _url(slow)]
    assert all(
        r.state is TrackState.TIMED_OUT
        for r in (tracker.get(_url(fast)), tracker.get(_url(slow)))
        if r
    )
    assert tracker.expired(_at(31)) == ()
    assert _held(tracker, _url(unanswered)).state is TrackState.AWAITING_RESPONSE


def test_the_deadline_is_the_answer_time_plus_the_timeout() -> None:
    tracker = _tracker()
    request = _sent(tracker)
    record = tracker.response_received(
        _url(request), command_response(V221, "ACCEPTED", timeout=45), _at(3)
    )
    assert record.deadline == _at(48)
    assert tracker.expired(_at(47.999)) == ()
    assert len(tracker.expired(_at(48))) == 1


def test_a_2_1_1_answer_waits_the_default_timeout() -> None:
    tracker = _tracker(V211, default_timeout=timedelta(seconds=90))
    request = _sent(tracker)
    record = tracker.response_received(
        _url(request), command_response(V211, "ACCEPTED", timeout=5), _at(1)
    )
    assert record.deadline == _at(91)  # the 5 is not on the 2.1.1 wire


def test_a_huge_timeout_is_capped_and_a_negative_one_counts_as_zero() -> None:
    tracker = _tracker(max_timeout=timedelta(hours=2))
    huge, negative = _sent(tracker), _sent(tracker)
    tracker.response_received(
        _url(huge), b'{"result":"ACCEPTED","timeout":9223372036854775807}', T0
    )
    tracker.response_received(_url(negative), b'{"result":"ACCEPTED","timeout":-5}', T0)
    assert _held(tracker, _url(huge)).deadline == _at(7200)
    assert _held(tracker, _url(negative)).deadline == T0
    assert [r.response_url for r in tracker.expired(T0)] == [_url(negative)]


def test_a_late_result_after_expiry_is_matched_and_flagged_until_retention_ends() -> None:
    tracker = _tracker(retain_for=timedelta(minutes=10))
    late, lost = _sent(tracker), _sent(tracker)
    _accept(tracker, late, timeout=10)
    _accept(tracker, lost, timeout=10)
    assert len(tracker.expired(_at(11))) == 2
    outcome = tracker.result_posted(_url(late), _result(V221), _at(300))
    assert isinstance(outcome, ResultMatched)
    assert outcome.late is True
    assert tracker.next_deadline() == _at(10 + 600)  # the lost one is kept until then
    tracker.expired(_at(610))
    assert tracker.get(_url(lost)) is None
    assert isinstance(tracker.result_posted(_url(lost), _result(V221), _at(611)), UnknownResult)
    assert tracker.get(_url(late)) is not None  # kept 10 minutes from its result


def test_finished_commands_are_forgotten_after_retain_for() -> None:
    tracker = _tracker(retain_for=timedelta(seconds=60))
    refused, failed = _sent(tracker), _sent(tracker)
    tracker.response_received(_url(refused), command_response(V221, "REJECTED", timeout=0), _at(0))
    tracker.request_failed(_url(failed), _at(30))
    tracker.expired(_at(60))
    assert tracker.get(_url(refused)) is None
    assert tracker.get(_url(failed)) is not None
    tracker.expired(_at(90))
    assert len(tracker) == 0
    assert tracker.next_deadline() is None


def test_times_must_be_timezone_aware() -> None:
    tracker = _tracker()
    naive = datetime(2024, 5, 1)  # naive on purpose
    with pytest.raises(CommandUsageError):
        tracker.expired(naive)
    with pytest.raises(CommandUsageError):
        tracker.result_posted(BASE + "/x", _result(V221), naive)


@pytest.mark.parametrize("setting", ["retain_for", "max_timeout", "default_timeout"])
def test_durations_must_not_be_negative(setting: str) -> None:
    settings: dict[str, Any] = {setting: timedelta(seconds=-1)}
    with pytest.raises(CommandUsageError):
        CommandTracker(V221, base_url=BASE, **settings)


# -- reservations the CPO cancels --------------------------------------------------------------


@pytest.mark.parametrize("version", [V221, V230])
def test_the_cpo_cancels_an_accepted_reservation_through_its_response_url(
    version: OcpiVersion,
) -> None:
    tracker = _tracker(version)
    request = _sent(tracker, "RESERVE_NOW")
    _accept(tracker, request)
    tracker.result_posted(_url(request), _result(version), _at(2))
    cancel = command_result_post(version, request, "CANCELED_RESERVATION")
    outcome = tracker.result_posted(cancel.url, cancel.body, _at(600))
    assert isinstance(outcome, ReservationCanceled)
    assert outcome.tracked.follow_up == cancel.result
    assert outcome.tracked.result is not None
    assert outcome.tracked.result.result == "ACCEPTED"
    again = tracker.result_posted(cancel.url, cancel.body, _at(601))
    assert isinstance(again, DuplicateResult)


def test_an_accepted_reservation_is_remembered_until_it_expires() -> None:
    tracker = _tracker(retain_for=timedelta(hours=1))
    request = _request(tracker, "RESERVE_NOW", expiry="2024-05-02T12:00:00Z")  # a day ahead
    tracker.register("RESERVE_NOW", request, sent_at=T0)
    _accept(tracker, request)
    tracker.result_posted(_url(request), _result(V221), _at(2))
    tracker.expired(_at(20 * 3600))
    outcome = tracker.result_posted(
        _url(request), _result(V221, "CANCELED_RESERVATION"), _at(20 * 3600)
    )
    assert isinstance(outcome, ReservationCanceled)


@pytest.mark.parametrize(
    ("command", "first"),
    [("RESERVE_NOW", "REJECTED"), ("START_SESSION", "ACCEPTED")],
)
def test_a_cancellation_follows_only_an_accepted_reservation(command: str, first: str) -> None:
    tracker = _tracker()
    request = _sent(tracker, command)
    _accept(tracker, request)
    tracker.result_posted(_url(request), _result(V221, first), _at(2))
    outcome = tracker.result_posted(_url(request), _result(V221, "CANCELED_RESERVATION"), _at(3))
    assert isinstance(outcome, DuplicateResult)


# -- charging profiles -------------------------------------------------------------------------


def _cpo_reads(version: OcpiVersion, request: ProfileRequest, endpoint: str) -> ProfileRequest:
    """What the receiver gets from the wire: the URL's last segment and query, and the body."""
    parts = urlsplit(request.url(endpoint))
    session_id = parts.path.rsplit("/", 1)[1]
    query = parse_qsl(parts.query)
    if isinstance(request, SetProfileRequest):
        return SetProfileRequest.read(version, session_id, request.content())
    if isinstance(request, GetActiveProfileRequest):
        return GetActiveProfileRequest.from_query(session_id, query)
    return ClearProfileRequest.from_query(session_id, query)


@pytest.mark.parametrize("operation", list(ProfileOperation))
@pytest.mark.parametrize("version", PROFILE_VERSIONS)
def test_a_charging_profile_request_goes_the_full_round(
    version: OcpiVersion, operation: ProfileOperation
) -> None:
    endpoint = "https://cpo.example.com/ocpi/cpo/chargingprofiles"
    tracker = ChargingProfileTracker(version, base_url=BASE, id_factory=_ids())
    request = profile_request(version, operation, tracker.new_response_url())
    tracked = tracker.register(request, sent_at=T0)
    assert tracked.kind is operation

    received = _cpo_reads(version, request, endpoint)
    assert received == request
    answer = charging_profile_response(version, "ACCEPTED", timeout=60)
    assert tracker.response_received(tracked.id, answer.to_json(), _at(1)).deadline == _at(61)

    active = None
    if operation is ProfileOperation.GET_ACTIVE:
        model = v221.ActiveChargingProfile if version is V221 else v230.ActiveChargingProfile
        active = model.from_wire(
            {
                "start_date_time": "2024-05-01T12:00:00Z",
                "charging_profile": {"charging_rate_unit": "A"},
            }
        )
    post = profile_result_post(version, received, "ACCEPTED", profile=active)
    assert post.url == tracked.response_url
    outcome = tracker.result_posted(post.url, post.body, _at(5))
    assert isinstance(outcome, ResultMatched)
    assert outcome.result == post.result
    assert type(outcome.result) is type(post.result)
    assert outcome.tracked.request is request


@pytest.mark.parametrize("version", PROFILE_VERSIONS)
def test_the_same_result_body_reads_as_the_object_its_request_asked_for(
    version: OcpiVersion,
) -> None:
    tracker = ChargingProfileTracker(version, base_url=BASE)
    names = {}
    for operation, _, name in PROFILE_OPERATIONS:
        request = profile_request(version, operation, tracker.new_response_url())
        tracker.register(request, sent_at=T0)
        outcome = tracker.result_posted(request.response_url, b'{"result": "ACCEPTED"}', _at(1))
        assert isinstance(outcome, ResultMatched)
        names[operation] = type(outcome.result).__name__
        assert names[operation] == name
    assert len(set(names.values())) == 3


def test_a_result_parsed_as_the_wrong_twin_class_is_read_again_as_the_right_one() -> None:
    tracker = ChargingProfileTracker(V221, base_url=BASE)
    request = profile_request(V221, ProfileOperation.CLEAR, tracker.new_response_url())
    tracker.register(request, sent_at=T0)
    wrong = v221.ChargingProfileResult.from_json(b'{"result": "UNKNOWN"}')
    outcome = tracker.result_posted(request.response_url, wrong, _at(1))
    assert isinstance(outcome, ResultMatched)
    assert type(outcome.result) is v221.ClearProfileResult
    assert outcome.result.result == "UNKNOWN"


@pytest.mark.parametrize("answer", ["TOO_OFTEN", "NOT_SUPPORTED", "REJECTED", "UNKNOWN_SESSION"])
def test_a_profile_request_refused_at_once_expects_no_result(answer: str) -> None:
    tracker = ChargingProfileTracker(V230, base_url=BASE)
    request = profile_request(V230, ProfileOperation.SET, tracker.new_response_url())
    tracker.register(request, sent_at=T0)
    tracker.response_received(
        request.response_url, charging_profile_response(V230, answer, timeout=5), _at(1)
    )
    outcome = tracker.result_posted(request.response_url, b'{"result": "ACCEPTED"}', _at(2))
    assert isinstance(outcome, UnexpectedResult)


def test_charging_profiles_do_not_exist_in_2_1_1() -> None:
    with pytest.raises(CommandUsageError):
        ChargingProfileTracker(V211, base_url=BASE)
    with pytest.raises(CommandUsageError):
        charging_profile_response(V211, "ACCEPTED", timeout=1)


def test_a_set_request_takes_the_trackers_version_of_the_body() -> None:
    tracker = ChargingProfileTracker(V221, base_url=BASE)
    request = profile_request(V230, ProfileOperation.SET, tracker.new_response_url())
    with pytest.raises(CommandUsageError):
        tracker.register(request, sent_at=T0)
    with pytest.raises(CommandUsageError):
        SetProfileRequest(session_id="S", body=cast(Any, command_result(V221, "ACCEPTED")))


# -- any interleaving of many commands ---------------------------------------------------------

# one command's plan: its immediate answer, how many results the CPO posts, and the form of the
# reference the sender's route hands over (id, URL, path, URL as seen through a proxy)
_Plan = tuple[str, int, int]


@st.composite
def _rounds(draw: st.DrawFn) -> tuple[OcpiVersion, list[_Plan], list[tuple[int, str]]]:
    version = draw(st.sampled_from([V221, V230]))
    plans = draw(
        st.lists(
            st.tuples(
                st.sampled_from(["ACCEPTED", "ACCEPTED", "REJECTED", "NOT_SUPPORTED"]),
                st.integers(0, 2),
                st.integers(0, 3),
            ),
            min_size=1,
            max_size=6,
        )
    )
    # per command: sent first, then its answer and results in any order
    per_command: list[list[str]] = []
    for _, results, _ in plans:
        rest = draw(st.permutations(["response"] + ["result"] * results))
        per_command.append(["register", *rest])
    slots = [i for i, steps in enumerate(per_command) for _ in steps]
    order = draw(st.permutations(slots))
    taken = [0] * len(plans)
    events: list[tuple[int, str]] = []
    for i in order:
        events.append((i, per_command[i][taken[i]]))
        taken[i] += 1
    return version, plans, events


def _ref(url: str, form: int) -> str:
    path = urlsplit(url).path
    return (path.rsplit("/", 1)[1], url, path, "http://127.0.0.1:9000" + path)[form]


@given(_rounds())
@example(  # the result crosses the answer, then the answer refuses
    (V221, [("REJECTED", 1, 0)], [(0, "register"), (0, "result"), (0, "response")])
)
@example(  # refused first: every result is unexpected, none matched
    (
        V221,
        [("NOT_SUPPORTED", 2, 1)],
        [(0, "register"), (0, "response"), (0, "result"), (0, "result")],
    )
)
@example(  # two commands, results in the opposite order of sending, via a proxy
    (
        V230,
        [("ACCEPTED", 1, 3), ("ACCEPTED", 2, 2)],
        [
            (0, "register"),
            (1, "register"),
            (1, "response"),
            (1, "result"),
            (0, "result"),
            (1, "result"),
            (0, "response"),
        ],
    )
)
def test_every_result_is_matched_to_its_own_command_and_never_twice(
    case: tuple[OcpiVersion, list[_Plan], list[tuple[int, str]]],
) -> None:
    version, plans, events = case
    tracker = CommandTracker(version, base_url=BASE)
    requests: dict[int, OcpiModel] = {}
    answered: dict[int, str] = {}
    matched: dict[int, int] = {}
    for step, (i, event) in enumerate(events):
        now = _at(step)
        answer, _, form = plans[i]
        if event == "register":
            stop = v221.StopSession if version is V221 else v230.StopSession
            requests[i] = stop(response_url=tracker.new_response_url(), session_id=f"S{i}")
            tracker.register("STOP_SESSION", requests[i], sent_at=now)
            continue
        url = _url(requests[i])
        if event == "response":
            answered[i] = answer
            tracker.response_received(
                _ref(url, form), command_response(version, answer, timeout=3600), now
            )
            continue
        text = v221.DisplayText(language="en", text=f"command {i}")
        body = command_result(version, "ACCEPTED", message=[text]).to_json()
        outcome = tracker.result_posted(_ref(url, form), body, now)
        assert not isinstance(outcome, UnknownResult)
        assert outcome.tracked.request is requests[i]
        assert isinstance(outcome.result, v221.CommandResult | v230.CommandResult)
        assert outcome.result.message is not None
        assert outcome.result.message[0].text == f"command {i}"
        if matched.get(i):
            assert isinstance(outcome, DuplicateResult)
        elif i in answered and answered[i] != "ACCEPTED":
            assert isinstance(outcome, UnexpectedResult)
        else:
            assert isinstance(outcome, ResultMatched)
            assert outcome.late is False
            matched[i] = matched.get(i, 0) + 1
    assert all(count == 1 for count in matched.values())
    for i, (answer, results, _) in enumerate(plans):
        record = tracker.get(_url(requests[i]))
        assert record is not None
        assert record.response is not None
        assert (record.result is not None) == (i in matched)
        if results == 0 and answer == "ACCEPTED":
            assert record.state is TrackState.AWAITING_RESULT
    pending_ids: Iterator[str] = (r.id for r in tracker.pending())
    assert len(set(pending_ids)) == len(tracker.pending())
