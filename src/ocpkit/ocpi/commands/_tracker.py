"""The sender's (typically the eMSP's) side: :class:`CommandTracker` and
:class:`ChargingProfileTracker` hand out a ``response_url`` per request, record the
immediate answer and the deadline it implies, and match each POSTed result to its request
(outcomes in the package docstring's last table)."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Final, Generic, TypeVar, cast
from urllib.parse import unquote, urlsplit

import attrs

from ocpkit._ocpi_base import OcpiModel
from ocpkit.ocpi.version import OcpiVersion

from ._errors import CommandUsageError, UnknownCommand, _aware, _read, _version
from ._outcomes import (
    CommandOutcome,
    DuplicateResult,
    ProfileOutcome,
    ReservationCanceled,
    ResultMatched,
    Tracked,
    TrackedCommand,
    TrackedProfileRequest,
    TrackState,
    UnexpectedResult,
    UnknownResult,
    _Outcome,
)
from ._profiles import (
    ClearProfileRequest,
    GetActiveProfileRequest,
    ProfileRequest,
    SetProfileRequest,
)
from ._receiving import _command_kind, _response_url_of
from ._tables import (
    _MAX_URL_LENGTH,
    AnyCommandResponse,
    AnyProfileResponse,
    CommandResultBody,
    ProfileOperation,
    ProfileResultBody,
    _command_rules,
    _profile_rules,
)

__all__ = ["ChargingProfileTracker", "CommandTracker"]

K = TypeVar("K", bound=str)
Q = TypeVar("Q")
S = TypeVar("S", bound=OcpiModel)
R = TypeVar("R", bound=OcpiModel)

_ACCEPTED: Final = "ACCEPTED"
_ID_PATTERN: Final = re.compile(r"[A-Za-z0-9_-]{1,64}")


def _new_id() -> str:
    return uuid.uuid4().hex


def _check_duration_setting(value: timedelta, name: str) -> timedelta:
    if not isinstance(value, timedelta) or value < timedelta(0):
        raise CommandUsageError(f"{name} must be a timedelta of 0 or more")
    return value


class _Tracker(Generic[K, Q, S, R]):
    """What both trackers share: ids and URLs, the state of each request, deadlines, retention.
    Subclasses say which objects answer and which result each request calls for."""

    def __init__(
        self,
        version: OcpiVersion,
        *,
        base_url: str,
        id_factory: Callable[[], str],
        max_timeout: timedelta,
        retain_for: timedelta,
        strict: bool,
    ) -> None:
        parts = urlsplit(base_url) if isinstance(base_url, str) else None
        if (
            parts is None
            or parts.scheme not in ("http", "https")
            or not parts.netloc
            or parts.query
            or parts.fragment
            or "?" in base_url
            or "#" in base_url
        ):
            raise CommandUsageError(
                "base_url must be an absolute http or https URL without query or fragment"
            )
        self._version = _version(version)
        self._base = base_url.rstrip("/")
        self._base_path = parts.path.rstrip("/")
        if len(self._base) + 2 > _MAX_URL_LENGTH:
            raise CommandUsageError(f"base_url leaves no room for an id in {_MAX_URL_LENGTH}")
        self._new_id = id_factory
        self._max_timeout = _check_duration_setting(max_timeout, "max_timeout")
        self._retain_for = _check_duration_setting(retain_for, "retain_for")
        self._strict = strict
        self._records: dict[str, Tracked[K, Q, S, R]] = {}

    @property
    def version(self) -> OcpiVersion:
        """The OCPI version of the requests this tracker follows."""
        return self._version

    @property
    def base_url(self) -> str:
        """The URL every ``response_url`` of this tracker starts with (no trailing slash)."""
        return self._base

    def __len__(self) -> int:
        return len(self._records)

    def new_response_url(self) -> str:
        """A ``response_url`` no request of this tracker uses: ``base_url``, ``/``, a fresh id
        from ``id_factory`` (1 to 64 of ``A-Z a-z 0-9 _ -``). Put it in the request, then
        :meth:`register` the request."""
        new_id = self._new_id()
        if not isinstance(new_id, str) or _ID_PATTERN.fullmatch(new_id) is None:
            raise CommandUsageError("id_factory must return 1 to 64 of A-Z a-z 0-9 _ -")
        if new_id in self._records:
            raise CommandUsageError("id_factory returned an id that is still in use")
        url = f"{self._base}/{new_id}"
        if len(url) > _MAX_URL_LENGTH:
            raise CommandUsageError(f"response_url would exceed {_MAX_URL_LENGTH} characters")
        return url

    def id_of(self, ref: str) -> str | None:
        """The request id ``ref`` names: ``ref`` itself when it is an id, else the last path
        segment of a URL or path under ``base_url``'s path. Only the path is compared, since a
        proxy in front of the sender may change scheme, host or port."""
        if "/" not in ref:
            return ref if _ID_PATTERN.fullmatch(ref) else None
        head, _, last = urlsplit(ref).path.rstrip("/").rpartition("/")
        if head.rstrip("/") != self._base_path:
            return None
        candidate = unquote(last)
        return candidate if _ID_PATTERN.fullmatch(candidate) else None

    def get(self, ref: str) -> Tracked[K, Q, S, R] | None:
        """The request ``ref`` (an id, a ``response_url`` or its path) names, if still held."""
        request_id = self.id_of(ref)
        return None if request_id is None else self._records.get(request_id)

    def pending(self) -> tuple[Tracked[K, Q, S, R], ...]:
        """The requests still waiting for an answer or a result, in the order sent."""
        return tuple(r for r in self._records.values() if r.expects_result)

    # -- hooks -----------------------------------------------------------------------------

    def _response_model(self) -> type[S]:
        raise NotImplementedError

    def _result_model(self, record: Tracked[K, Q, S, R]) -> type[R]:
        raise NotImplementedError

    def _accepted(self, response: S) -> bool:
        raise NotImplementedError

    def _timeout(self, response: S) -> timedelta:
        raise NotImplementedError

    def _done_until(self, record: Tracked[K, Q, S, R], now: datetime) -> datetime:
        return now + self._retain_for

    def _follow_up(
        self, record: Tracked[K, Q, S, R], result: R, now: datetime
    ) -> Tracked[K, Q, S, R] | None:
        return None

    # -- events ----------------------------------------------------------------------------

    def _add(
        self, kind: K, request: Q, response_url: str, sent_at: datetime
    ) -> Tracked[K, Q, S, R]:
        _aware(sent_at, "sent_at")
        request_id = self.id_of(response_url) if isinstance(response_url, str) else None
        if request_id is None or response_url != f"{self._base}/{request_id}":
            raise CommandUsageError(
                "response_url was not made by this tracker (use new_response_url)"
            )
        if request_id in self._records:
            raise CommandUsageError("a request with this response_url is tracked already")
        record: Tracked[K, Q, S, R] = Tracked(
            id=request_id,
            response_url=response_url,
            version=self._version,
            kind=kind,
            request=request,
            sent_at=sent_at,
        )
        self._records[request_id] = record
        return record

    def _held(self, ref: str) -> Tracked[K, Q, S, R]:
        record = self.get(ref)
        if record is None:
            raise CommandUsageError("no tracked request has this id or URL")
        return record

    def _store(self, record: Tracked[K, Q, S, R]) -> Tracked[K, Q, S, R]:
        self._records[record.id] = record
        return record

    def response_received(
        self, ref: str, response: S | OcpiModel | str | bytes, now: datetime
    ) -> Tracked[K, Q, S, R]:
        """Record the immediate answer (the envelope's ``data``, as an object or its JSON):
        ``ACCEPTED`` starts the wait for the result, until ``now`` plus the timeout (capped at
        ``max_timeout``; a negative one counts as 0); anything else means no result will come.
        When the result came first, the answer is only recorded. Raises
        :class:`InvalidPayload` / :class:`PayloadNotJson` for a bad answer (nothing changes),
        :class:`CommandUsageError` for an unknown request or a second answer."""
        _aware(now, "now")
        record = self._held(ref)
        answer = _read(self._response_model(), response, strict=self._strict)
        if record.response is not None or record.state is TrackState.FAILED:
            raise CommandUsageError("this request's immediate answer is recorded already")
        if record.state is TrackState.DONE:  # the result crossed the answer on the wire
            return self._store(attrs.evolve(record, response=answer, responded_at=now))
        if self._accepted(answer):
            deadline = now + self._timeout(answer)
            return self._store(
                attrs.evolve(
                    record,
                    state=TrackState.AWAITING_RESULT,
                    response=answer,
                    responded_at=now,
                    deadline=deadline,
                )
            )
        return self._store(
            attrs.evolve(
                record,
                state=TrackState.REFUSED,
                response=answer,
                responded_at=now,
                keep_until=now + self._retain_for,
            )
        )

    def request_failed(self, ref: str, now: datetime) -> Tracked[K, Q, S, R]:
        """Record that sending the request failed (no OCPI answer, or an error envelope such as
        2003 unknown location): no result is expected, and one that still comes is
        :class:`UnexpectedResult`. A request whose result came already stays done."""
        _aware(now, "now")
        record = self._held(ref)
        if record.state is TrackState.DONE and record.response is None:
            return record
        if record.state is not TrackState.AWAITING_RESPONSE:
            raise CommandUsageError("this request's immediate answer is recorded already")
        return self._store(
            attrs.evolve(record, state=TrackState.FAILED, keep_until=now + self._retain_for)
        )

    def _take_result(
        self, ref: str, body: R | OcpiModel | str | bytes, now: datetime
    ) -> _Outcome[K, Q, S, R]:
        _aware(now, "now")
        record = self.get(ref)
        if record is None:
            return UnknownResult(ref=ref)
        result = _read(self._result_model(record), body, strict=self._strict)
        state = record.state
        if state in (TrackState.REFUSED, TrackState.FAILED):
            return UnexpectedResult(tracked=record, result=result)
        if state is TrackState.DONE:
            followed = self._follow_up(record, result, now)
            if followed is not None:
                return ReservationCanceled(tracked=self._store(followed), result=result)
            return DuplicateResult(tracked=record, result=result)
        late = state is TrackState.TIMED_OUT or (
            record.deadline is not None and now >= record.deadline
        )
        done = attrs.evolve(record, state=TrackState.DONE, result=result, result_at=now)
        done = self._store(attrs.evolve(done, keep_until=self._done_until(done, now)))
        return ResultMatched(tracked=done, result=result, late=late)

    def expired(self, now: datetime) -> tuple[Tracked[K, Q, S, R], ...]:
        """The accepted requests whose deadline has come (``now`` at or past it) without a
        result, each reported once, earliest deadline first; they are kept ``retain_for`` past
        their deadline so that a late result is still matched (``late=True``). Also forgets
        finished requests whose ``keep_until`` has come. Call it at :meth:`next_deadline`."""
        _aware(now, "now")
        timed_out: list[Tracked[K, Q, S, R]] = []
        for key, record in list(self._records.items()):
            if record.state is TrackState.AWAITING_RESULT:
                if record.deadline is not None and now >= record.deadline:
                    until = record.deadline + self._retain_for
                    timed_out.append(
                        self._store(
                            attrs.evolve(record, state=TrackState.TIMED_OUT, keep_until=until)
                        )
                    )
            elif record.keep_until is not None and now >= record.keep_until:
                del self._records[key]
        timed_out.sort(key=lambda r: r.deadline or r.sent_at)
        return tuple(timed_out)

    def next_deadline(self) -> datetime | None:
        """When :meth:`expired` next has something to do (a deadline, or a finished request to
        forget); ``None`` when nothing waits."""
        times = [
            r.deadline if r.state is TrackState.AWAITING_RESULT else r.keep_until
            for r in self._records.values()
        ]
        found = [t for t in times if t is not None]
        return min(found, default=None)


class CommandTracker(_Tracker[str, OcpiModel, "AnyCommandResponse", "CommandResultBody"]):
    """The sender's (eMSP's) record of the commands it sent to one version's receivers, sans-IO.

    Per command: ``url = tracker.new_response_url()``, build the command object with it,
    :meth:`register` it, POST it; feed the immediate answer to :meth:`response_received` (or
    :meth:`request_failed`), each POST arriving at a response URL to :meth:`result_posted`, and
    call :meth:`expired` at :meth:`next_deadline` for the commands that timed out.

    ``default_timeout`` is the wait for a result in 2.1.1, whose answer names none (our choice:
    2 minutes); ``max_timeout`` caps what a receiver may ask for (ours: 1 day), ``retain_for``
    is how long a finished command is remembered to classify further results (ours: 1 hour).
    Times are timezone-aware datetimes. ``strict`` refuses undefined fields in what is read.
    """

    def __init__(
        self,
        version: OcpiVersion,
        *,
        base_url: str,
        id_factory: Callable[[], str] = _new_id,
        default_timeout: timedelta = timedelta(minutes=2),
        max_timeout: timedelta = timedelta(days=1),
        retain_for: timedelta = timedelta(hours=1),
        strict: bool = False,
    ) -> None:
        super().__init__(
            version,
            base_url=base_url,
            id_factory=id_factory,
            max_timeout=max_timeout,
            retain_for=retain_for,
            strict=strict,
        )
        self._rules = _command_rules(self._version)
        self._default_timeout = min(
            _check_duration_setting(default_timeout, "default_timeout"), self._max_timeout
        )

    def register(self, command: str, request: OcpiModel, *, sent_at: datetime) -> TrackedCommand:
        """Start tracking ``request``, sent as ``command`` at ``sent_at``. The request must be
        the command's object of this version (any OCPI object with a ``response_url`` for a
        custom 2.3.0 command) and its ``response_url`` one from :meth:`new_response_url`."""
        try:
            kind = _command_kind(self._rules, command)
        except UnknownCommand:
            raise CommandUsageError(f"not a command of OCPI {self._version}") from None
        model = self._rules.requests.get(kind)
        if model is not None and not isinstance(request, model):
            raise CommandUsageError(f"{kind} takes an OCPI {self._version} {model.__name__}")
        if not isinstance(request, OcpiModel):
            raise CommandUsageError("the request must be an OCPI object")
        return self._add(kind, request, _response_url_of(request), sent_at)

    def result_posted(
        self, ref: str, body: CommandResultBody | OcpiModel | str | bytes, now: datetime
    ) -> CommandOutcome:
        """Match a POST to a response URL (``ref``: its id, URL or path; ``body``: its bare
        JSON or object) to its command; see the package's table for the outcomes. Raises
        :class:`InvalidPayload` / :class:`PayloadNotJson` for a body that does not read as this
        version's result (the command keeps waiting)."""
        return self._take_result(ref, body, now)

    def _response_model(self) -> type[AnyCommandResponse]:
        return cast("type[AnyCommandResponse]", self._rules.response)

    def _result_model(self, record: TrackedCommand) -> type[CommandResultBody]:
        return cast("type[CommandResultBody]", self._rules.result)

    def _accepted(self, response: AnyCommandResponse) -> bool:
        return bool(response.result == _ACCEPTED)

    def _timeout(self, response: AnyCommandResponse) -> timedelta:
        seconds = getattr(response, "timeout", None)
        if not isinstance(seconds, int):  # 2.1.1: the answer names no timeout
            return self._default_timeout
        cap = self._max_timeout.total_seconds()
        return timedelta(seconds=max(0, min(seconds, cap)))

    def _done_until(self, record: TrackedCommand, now: datetime) -> datetime:
        # an accepted reservation may still be canceled through this URL until it expires
        until = now + self._retain_for
        expiry = getattr(record.request, "expiry_date", None)
        if (
            record.kind == "RESERVE_NOW"
            and record.result is not None
            and record.result.result == _ACCEPTED
            and isinstance(expiry, datetime)
        ):
            return max(until, expiry + self._retain_for)
        return until

    def _follow_up(
        self, record: TrackedCommand, result: CommandResultBody, now: datetime
    ) -> TrackedCommand | None:
        if (
            record.kind == "RESERVE_NOW"
            and record.follow_up is None
            and record.result is not None
            and record.result.result == _ACCEPTED
            and result.result == "CANCELED_RESERVATION"
        ):
            return attrs.evolve(record, follow_up=result, keep_until=now + self._retain_for)
        return None


class ChargingProfileTracker(
    _Tracker[ProfileOperation, ProfileRequest, "AnyProfileResponse", "ProfileResultBody"]
):
    """The sender's (eMSP's or SCSP's) record of its charging-profile requests (2.2.1, 2.3.0),
    used like :class:`CommandTracker`. Each result is read as the object its own request calls
    for, which the body alone cannot tell. Settings as for :class:`CommandTracker`."""

    def __init__(
        self,
        version: OcpiVersion,
        *,
        base_url: str,
        id_factory: Callable[[], str] = _new_id,
        max_timeout: timedelta = timedelta(days=1),
        retain_for: timedelta = timedelta(hours=1),
        strict: bool = False,
    ) -> None:
        super().__init__(
            version,
            base_url=base_url,
            id_factory=id_factory,
            max_timeout=max_timeout,
            retain_for=retain_for,
            strict=strict,
        )
        self._rules = _profile_rules(self._version)

    def register(self, request: ProfileRequest, *, sent_at: datetime) -> TrackedProfileRequest:
        """Start tracking ``request``, sent at ``sent_at``; its ``response_url`` must come from
        :meth:`new_response_url`, and a SET body must be this version's SetChargingProfile."""
        if not isinstance(
            request, SetProfileRequest | GetActiveProfileRequest | ClearProfileRequest
        ):
            raise CommandUsageError("not a charging-profile request")
        if isinstance(request, SetProfileRequest) and not isinstance(
            request.body, self._rules.set_body
        ):
            raise CommandUsageError(f"SET takes an OCPI {self._version} SetChargingProfile")
        return self._add(request.operation, request, request.response_url, sent_at)

    def result_posted(
        self, ref: str, body: ProfileResultBody | OcpiModel | str | bytes, now: datetime
    ) -> ProfileOutcome:
        """Match a POST to a response URL to its request, reading the body as the result
        object of that request's operation; outcomes and errors as for
        :meth:`CommandTracker.result_posted` (never :class:`ReservationCanceled`)."""
        # _follow_up is never overridden here, so ReservationCanceled cannot come back
        return cast("ProfileOutcome", self._take_result(ref, body, now))

    def _response_model(self) -> type[AnyProfileResponse]:
        return cast("type[AnyProfileResponse]", self._rules.response)

    def _result_model(self, record: TrackedProfileRequest) -> type[ProfileResultBody]:
        return cast("type[ProfileResultBody]", self._rules.results[record.kind])

    def _accepted(self, response: AnyProfileResponse) -> bool:
        return bool(response.result == _ACCEPTED)

    def _timeout(self, response: AnyProfileResponse) -> timedelta:
        cap = self._max_timeout.total_seconds()
        return timedelta(seconds=max(0, min(response.timeout, cap)))
