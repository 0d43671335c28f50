"""What the trackers hand back: a snapshot of each tracked request (:class:`Tracked`, where
it stands as a :class:`TrackState`) and what a POSTed result turned out to be (one outcome
class per row of the package docstring's last table)."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Final, Generic, TypeAlias, TypeVar

import attrs

from ocpkit._ocpi_base import OcpiModel
from ocpkit.ocpi.status import NotFound, OcpiError
from ocpkit.ocpi.version import OcpiVersion

from ._profiles import ProfileRequest
from ._tables import (
    AnyCommandResponse,
    AnyProfileResponse,
    CommandResultBody,
    ProfileOperation,
    ProfileResultBody,
)

__all__ = [
    "CommandOutcome",
    "DuplicateResult",
    "ProfileOutcome",
    "ReservationCanceled",
    "ResultMatched",
    "TrackState",
    "Tracked",
    "TrackedCommand",
    "TrackedProfileRequest",
    "UnexpectedResult",
    "UnknownResult",
]

K = TypeVar("K", bound=str)
Q = TypeVar("Q")
S = TypeVar("S", bound=OcpiModel)
R = TypeVar("R", bound=OcpiModel)
T = TypeVar("T")


class TrackState(StrEnum):
    """Where a tracked request stands."""

    AWAITING_RESPONSE = "awaiting_response"
    """Sent; its immediate answer has not been recorded yet."""
    AWAITING_RESULT = "awaiting_result"
    """Accepted at once; its result is due before ``deadline``."""
    REFUSED = "refused"
    """Answered at once with anything but ``ACCEPTED``: no result will come."""
    FAILED = "failed"
    """The request itself failed (HTTP or OCPI error): no result will come."""
    TIMED_OUT = "timed_out"
    """The deadline passed without a result (reported once by ``expired()``)."""
    DONE = "done"
    """Its result has come."""


_EXPECTING: Final = frozenset({TrackState.AWAITING_RESPONSE, TrackState.AWAITING_RESULT})


@attrs.frozen(kw_only=True)
class Tracked(Generic[K, Q, S, R]):
    """A snapshot of one tracked request: what was sent and what has come back so far.

    ``kind`` is the command (or the charging-profile operation); ``deadline`` is known once an
    ``ACCEPTED`` answer gives the timeout; ``follow_up`` is a later result the protocol allows
    after the first (a reservation the CPO canceled); ``keep_until`` is when a finished request
    is forgotten (until then, more results for it are classified, not unknown).
    """

    id: str
    response_url: str
    version: OcpiVersion
    kind: K
    request: Q
    sent_at: datetime
    state: TrackState = TrackState.AWAITING_RESPONSE
    response: S | None = None
    responded_at: datetime | None = None
    deadline: datetime | None = None
    result: R | None = None
    result_at: datetime | None = None
    follow_up: R | None = None
    keep_until: datetime | None = None

    @property
    def expects_result(self) -> bool:
        """Whether a result may still come in time."""
        return self.state in _EXPECTING


TrackedCommand: TypeAlias = Tracked[str, OcpiModel, AnyCommandResponse, CommandResultBody]
"""A tracked command (its request is the command object; custom 2.3.0 commands carry any
OCPI object with a ``response_url``)."""

TrackedProfileRequest: TypeAlias = Tracked[
    ProfileOperation, ProfileRequest, AnyProfileResponse, ProfileResultBody
]
"""A tracked charging-profile request."""


@attrs.frozen(kw_only=True)
class ResultMatched(Generic[T, R]):
    """A result matched to its request; ``late`` when it came at or after the deadline (still
    the request's result, but the sender may have given up on it already)."""

    tracked: T
    result: R
    late: bool

    @property
    def reply_error(self) -> OcpiError | None:
        """The error to answer the POST with: none (a success reply without data)."""
        return None


@attrs.frozen(kw_only=True)
class DuplicateResult(Generic[T, R]):
    """Another result for a request that has its result already (kept in ``tracked``)."""

    tracked: T
    result: R

    @property
    def reply_error(self) -> OcpiError | None:
        """None: the POST is answered with success, the duplicate only reported."""
        return None


@attrs.frozen(kw_only=True)
class UnexpectedResult(Generic[T, R]):
    """A result for a request whose immediate answer said none would come (not ``ACCEPTED``),
    or whose sending failed."""

    tracked: T
    result: R

    @property
    def reply_error(self) -> OcpiError | None:
        """None: the POST is answered with success, the surprise only reported."""
        return None


@attrs.frozen(kw_only=True)
class ReservationCanceled(Generic[T, R]):
    """2.2.1+: the CPO canceled a reservation it had accepted, by POSTing
    ``CANCELED_RESERVATION`` to the RESERVE_NOW's ``response_url`` (commands only)."""

    tracked: T
    result: R

    @property
    def reply_error(self) -> OcpiError | None:
        """None: the POST is answered with success."""
        return None


@attrs.frozen(kw_only=True)
class UnknownResult:
    """A POST to a URL no tracked request has (never made, or forgotten after ``retain_for``).
    ``ref`` is what the POST was addressed to; the body was not read."""

    ref: str

    @property
    def reply_error(self) -> OcpiError | None:
        """:class:`~ocpkit.ocpi.status.NotFound` (HTTP 404): nothing lives at that URL."""
        return NotFound("no request waits for a result at this URL")


CommandOutcome: TypeAlias = (
    ResultMatched[TrackedCommand, CommandResultBody]
    | DuplicateResult[TrackedCommand, CommandResultBody]
    | UnexpectedResult[TrackedCommand, CommandResultBody]
    | ReservationCanceled[TrackedCommand, CommandResultBody]
    | UnknownResult
)
"""What a result POSTed for a command turned out to be."""

ProfileOutcome: TypeAlias = (
    ResultMatched[TrackedProfileRequest, ProfileResultBody]
    | DuplicateResult[TrackedProfileRequest, ProfileResultBody]
    | UnexpectedResult[TrackedProfileRequest, ProfileResultBody]
    | UnknownResult
)
"""What a result POSTed for a charging-profile request turned out to be."""

_Outcome: TypeAlias = (
    ResultMatched[Tracked[K, Q, S, R], R]
    | DuplicateResult[Tracked[K, Q, S, R], R]
    | UnexpectedResult[Tracked[K, Q, S, R], R]
    | ReservationCanceled[Tracked[K, Q, S, R], R]
    | UnknownResult
)
