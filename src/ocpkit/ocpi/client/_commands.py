"""Commands with their results in asyncio: :class:`CommandResults` wraps the core's
:class:`~ocpkit.ocpi.commands.CommandTracker` (one per OCPI version we send commands in) with a
future per command, and :class:`CommandHandle` is what :meth:`OcpiClient.command` gives back.

The result of a command comes later as a POST to its ``response_url``, on our own server. The
route that receives it calls :meth:`CommandResults.result_posted` with the body and the id from
the URL, and answers with what the returned outcome says (``outcome.reply_error``: none, or the
404 of an unknown URL). How each handle ends:

===========================================  ================================================
event                                        ``await handle.result()``
===========================================  ================================================
immediate answer ACCEPTED, result POSTed     the typed result (``CommandResult``; 2.1.1:
                                             ``CommandResponse``)
result POSTed before the immediate answer    the same, at once
immediate answer other than ACCEPTED         raises :class:`CommandNotAccepted` at once
nothing by the deadline (the answer's        raises :class:`CommandTimedOut` (the tracker
``timeout``; 2.1.1: the tracker's default)   marks the command timed out; a late result is
                                             still matched and reported by the tracker)
``result(timeout=...)`` shorter than that    raises :class:`CommandTimedOut`; the command
                                             keeps waiting, ``result()`` may be awaited again
===========================================  ================================================
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from typing import TypeAlias

from ocpkit._ocpi_base import OcpiModel
from ocpkit.ocpi.commands import (
    AnyCommandResponse,
    CommandOutcome,
    CommandResultBody,
    CommandTracker,
    ResultMatched,
    TrackedCommand,
    TrackState,
)
from ocpkit.ocpi.version import OcpiVersion

from ._errors import ClientError, ClientUsageError, CommandNotAccepted, CommandTimedOut
from ._transport import Clock

__all__ = ["CommandHandle", "CommandResults"]

_Ending: TypeAlias = "CommandResultBody | ClientError"


def utc_now() -> datetime:
    """The current time in UTC (the default clock)."""
    return datetime.now(UTC)


class CommandResults:
    """The commands we sent in one OCPI version and the results POSTed back for them.

    ``tracker``'s ``base_url`` is where our server receives results (``{base_url}/{id}``): route
    those POSTs to :meth:`result_posted`. One instance serves every client of that version.
    ``clock`` gives the time the tracker works with.
    """

    def __init__(self, tracker: CommandTracker, *, clock: Clock = utc_now) -> None:
        if not isinstance(tracker, CommandTracker):
            raise ClientUsageError("CommandResults needs a CommandTracker")
        self._tracker = tracker
        self._clock = clock
        self._futures: dict[str, asyncio.Future[_Ending]] = {}

    def __repr__(self) -> str:
        return f"CommandResults(version={self.version.value}, waiting={len(self._futures)})"

    @property
    def tracker(self) -> CommandTracker:
        """The core's tracker (its records of every command)."""
        return self._tracker

    @property
    def version(self) -> OcpiVersion:
        """The OCPI version of the commands tracked."""
        return self._tracker.version

    def now(self) -> datetime:
        """The time by this object's clock."""
        return self._clock()

    # -- the route's side -----------------------------------------------------------------

    def result_posted(self, ref: str, body: str | bytes) -> CommandOutcome:
        """A result was POSTed to one of our ``response_url``\\ s: ``ref`` is the id from its
        path (or the whole URL), ``body`` the bare JSON. Matches it, wakes the command's
        handle, and returns the core's outcome; answer the POST with its ``reply_error`` (or
        an empty success). Raises the core's ``InvalidPayload`` (2001) or ``PayloadNotJson``
        (HTTP 400) for a body that is not this version's result; the command keeps waiting."""
        outcome = self._tracker.result_posted(ref, body, self._clock())
        if isinstance(outcome, ResultMatched):
            self._end(outcome.tracked.id, outcome.result)
        return outcome

    def expire(self) -> tuple[TrackedCommand, ...]:
        """Mark the commands whose deadline has passed as timed out (their handles raise
        :class:`CommandTimedOut`); returns them. :meth:`CommandHandle.result` calls it when a
        wait ends; call it yourself at ``tracker.next_deadline()`` to end waits sooner."""
        expired = self._tracker.expired(self._clock())
        for record in expired:
            self._end(record.id, CommandTimedOut(f"no result for {record.kind} by its deadline"))
        return expired

    # -- the client's side ----------------------------------------------------------------

    def new_response_url(self) -> str:
        """A fresh ``response_url`` for the next command."""
        return self._tracker.new_response_url()

    def track(self, command: str, request: OcpiModel) -> CommandHandle:
        """Start following ``request`` (its ``response_url`` from :meth:`new_response_url`),
        about to be sent as ``command``; the handle is waiting for the immediate answer."""
        record = self._tracker.register(command, request, sent_at=self._clock())
        self._futures[record.id] = asyncio.get_running_loop().create_future()
        return CommandHandle(self, record.id, command, record.response_url)

    def answered(self, ref: str, response: str | bytes) -> TrackedCommand:
        """Record the immediate answer (the envelope's ``data`` as JSON); a refusal ends the
        handle at once. Raises the core's ``InvalidPayload``/``PayloadNotJson`` for an answer
        that is not a ``CommandResponse``."""
        record = self._tracker.response_received(ref, response, self._clock())
        if record.state is TrackState.REFUSED and record.response is not None:
            refused = CommandNotAccepted(
                f"{record.kind} answered {record.response.result}", record.response
            )
            self._end(record.id, refused)
        return record

    def failed(self, ref: str, error: ClientError) -> None:
        """Record that sending the command failed with ``error`` (its handle raises it)."""
        record = self._tracker.get(ref)
        if record is None:
            return
        if record.state is TrackState.AWAITING_RESPONSE:
            self._tracker.request_failed(ref, self._clock())
        self._end(record.id, error)

    def _end(self, request_id: str, ending: _Ending) -> None:
        future = self._futures.pop(request_id, None)
        if future is not None and not future.done():
            future.set_result(ending)

    def _future(self, request_id: str) -> asyncio.Future[_Ending] | None:
        return self._futures.get(request_id)


class CommandHandle:
    """One command sent: its ``command``, its ``response_url`` and id, what the tracker knows
    of it, and :meth:`result` to wait for the result (see the module's table)."""

    def __init__(
        self, results: CommandResults, request_id: str, command: str, response_url: str
    ) -> None:
        self._results = results
        self.id = request_id
        self.command = command
        self.response_url = response_url
        future = results._future(request_id)
        assert future is not None  # made by CommandResults.track
        self._future = future

    def __repr__(self) -> str:
        state = None if self.tracked is None else self.tracked.state.value
        return f"CommandHandle(command={self.command}, id={self.id}, state={state})"

    @property
    def tracked(self) -> TrackedCommand | None:
        """The tracker's record of this command (``None`` once it forgot it)."""
        return self._results.tracker.get(self.id)

    @property
    def response(self) -> AnyCommandResponse | None:
        """The immediate answer, once it came."""
        tracked = self.tracked
        return None if tracked is None else tracked.response

    @property
    def accepted(self) -> bool:
        """Whether the immediate answer was ACCEPTED."""
        response = self.response
        return response is not None and response.result == "ACCEPTED"

    def done(self) -> bool:
        """Whether :meth:`result` would return or raise without waiting."""
        return self._future.done()

    async def result(self, timeout: float | None = None) -> CommandResultBody:
        """The command's result, typed. Waits at most ``timeout`` seconds (by default until the
        deadline the immediate answer implies); raises :class:`CommandNotAccepted`,
        :class:`CommandTimedOut`, or the error that failed the request."""
        if not self._future.done():
            wait = timeout if timeout is not None else self._until_deadline()
            try:
                await asyncio.wait_for(asyncio.shield(self._future), max(wait, 0.0))
            except TimeoutError:
                self._results.expire()
                if not self._future.done():
                    raise CommandTimedOut(
                        f"no result for {self.command} within {wait:g} s"
                    ) from None
        ending = self._future.result()
        if isinstance(ending, ClientError):
            raise ending
        return ending

    def _until_deadline(self) -> float:
        tracked = self.tracked
        if tracked is None or tracked.deadline is None:
            return 0.0
        return (tracked.deadline - self._results.now()).total_seconds()
