"""The ``X-Request-ID`` / ``X-Correlation-ID`` pair: the ids of one exchange
(:class:`RequestIds`) and reading them from a request (:func:`read_request_ids`)."""

import re
import uuid
from collections.abc import Callable, Mapping
from enum import StrEnum
from typing import Final, TypeAlias

import attrs

from ocpkit.ocpi.status import InvalidOrMissingParameters, OcpiVersionText
from ocpkit.ocpi.version import OcpiVersion

from ._common import _SINCE_221, HeaderError, Headers, HeaderUsageError, _collect, _version

__all__ = [
    "MAX_REQUEST_ID_LENGTH",
    "X_CORRELATION_ID",
    "X_REQUEST_ID",
    "IdFactory",
    "IdProblem",
    "ReceivedRequestIds",
    "RequestIdError",
    "RequestIds",
    "new_unique_id",
    "read_request_ids",
    "request_ids_defined",
]

IdFactory: TypeAlias = Callable[[], str]
"""Makes a new unique id; tests pass a counter."""

X_REQUEST_ID: Final = "X-Request-ID"
"""Header carrying the id of one request (2.2.1+)."""
X_CORRELATION_ID: Final = "X-Correlation-ID"
"""Header carrying the id shared by a request, its forwards and their responses (2.2.1+)."""

MAX_REQUEST_ID_LENGTH: Final = 255
"""The longest request or correlation id kept (ours: the spec sets none; a UUID has 36)."""

_REQUEST_ID: Final = re.compile(r"[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?")


# ---------------------------------------------------------------------------------------------
# errors


class IdProblem(StrEnum):
    """What was wrong with a received request or correlation id."""

    MISSING = "missing"
    REPEATED = "repeated"
    TOO_LONG = "too_long"
    BAD_CHARACTER = "bad_character"


class RequestIdError(HeaderError, InvalidOrMissingParameters):
    """A request or correlation id breaks a rule and the reader was asked to be strict: an OCPI
    2001 reply, ready to raise. ``header`` names the header; the value is never quoted."""

    def __init__(self, header: str, problem: IdProblem) -> None:
        self.header = header
        self.problem = problem
        InvalidOrMissingParameters.__init__(self, f"{header}: {_ID_PROBLEM_TEXT[problem]}")


_ID_PROBLEM_TEXT: Final[Mapping[IdProblem, str]] = {
    IdProblem.MISSING: "missing",
    IdProblem.REPEATED: "given more than once",
    IdProblem.TOO_LONG: f"longer than {MAX_REQUEST_ID_LENGTH} characters",
    IdProblem.BAD_CHARACTER: "must be printable ASCII, without leading or trailing spaces",
}


# ---------------------------------------------------------------------------------------------
# request and correlation ids


def request_ids_defined(version: OcpiVersion | OcpiVersionText) -> bool:
    """Whether ``version`` defines ``X-Request-ID`` and ``X-Correlation-ID`` (2.2.1 on).

    Sending them to a 2.1.1 peer does no harm (unknown headers are ignored); reading them from
    one is merely never required.
    """
    return _version(version) in _SINCE_221


def new_unique_id() -> str:
    """A new id: a random UUID in its 36-character text form, as the spec advises."""
    return str(uuid.uuid4())


def _id_problem(value: str) -> IdProblem | None:
    if len(value) > MAX_REQUEST_ID_LENGTH:
        return IdProblem.TOO_LONG
    if _REQUEST_ID.fullmatch(value) is None:
        return IdProblem.BAD_CHARACTER
    return None


def _check_own_id(_instance: object, attribute: "attrs.Attribute[str]", value: str) -> None:
    if not isinstance(value, str) or _id_problem(value) is not None:
        raise HeaderUsageError(
            f"{attribute.name} must be 1 to {MAX_REQUEST_ID_LENGTH} characters of printable "
            "ASCII, without leading or trailing spaces"
        )


@attrs.frozen(kw_only=True)
class RequestIds:
    """The ``X-Request-ID`` and ``X-Correlation-ID`` of one request and its response.

    ==================================================  =========================================
    message                                             ids
    ==================================================  =========================================
    a new request (:meth:`new`)                         two new ids (the spec's diagrams show
                                                        them different)
    the response to a request (:meth:`for_response`)    both ids of the request
    a request made while handling one, or a hub's       the correlation id of the request, a
    forward of it (:meth:`for_onward_request`)          new request id
    ==================================================  =========================================
    """

    request_id: str = attrs.field(validator=_check_own_id)
    correlation_id: str = attrs.field(validator=_check_own_id)

    @classmethod
    def new(cls, new_id: IdFactory = new_unique_id) -> "RequestIds":
        """Ids for a request that starts a new exchange: request id first, then correlation id,
        each from ``new_id``."""
        return cls(request_id=new_id(), correlation_id=new_id())

    def for_response(self) -> "RequestIds":
        """The ids the response to this request carries: the same two."""
        return self

    def for_onward_request(self, new_id: IdFactory = new_unique_id) -> "RequestIds":
        """The ids of a request made on behalf of this one: same correlation id, new request
        id."""
        return RequestIds(request_id=new_id(), correlation_id=self.correlation_id)

    def to_headers(self) -> dict[str, str]:
        """The two headers, ready to send."""
        return {X_REQUEST_ID: self.request_id, X_CORRELATION_ID: self.correlation_id}


@attrs.frozen(kw_only=True)
class ReceivedRequestIds:
    """The ids read from a request (:func:`read_request_ids`) and what was wrong with them.

    ``ids`` always holds usable ids: those received, or new ones where a header was missing,
    repeated or bad (``request_id_problem`` / ``correlation_id_problem`` say which).
    """

    ids: RequestIds
    request_id_problem: IdProblem | None = None
    correlation_id_problem: IdProblem | None = None

    @property
    def replaced(self) -> bool:
        """Whether any id had to be made up."""
        return self.request_id_problem is not None or self.correlation_id_problem is not None


def read_request_ids(
    headers: Headers,
    version: OcpiVersion | OcpiVersionText,
    *,
    strict: bool = False,
    new_id: IdFactory = new_unique_id,
) -> ReceivedRequestIds:
    """The request and correlation ids of a received request, for its handling and response.

    A missing, repeated or bad id is replaced by one from ``new_id`` (request id first) and the
    problem reported: the ids exist for debugging, the spec names no reply for them, and 2.1.1
    peers send none, so refusing would only break traffic. With ``strict=True`` and a version
    that defines the ids, the first problem raises :class:`RequestIdError` instead. A bad value
    is never kept, so it never reaches a response header.
    """
    required = request_ids_defined(version)
    values = _collect(headers, (X_REQUEST_ID, X_CORRELATION_ID))
    chosen: dict[str, str] = {}
    problems: dict[str, IdProblem | None] = {}
    for header in (X_REQUEST_ID, X_CORRELATION_ID):
        found = values[header]
        problem: IdProblem | None
        if not found:
            problem = IdProblem.MISSING
        elif len(found) > 1:
            problem = IdProblem.REPEATED
        else:
            problem = _id_problem(found[0])
        if problem is not None and strict and required:
            raise RequestIdError(header, problem)
        problems[header] = problem
        chosen[header] = found[0] if problem is None else _own_id(new_id)
    return ReceivedRequestIds(
        ids=RequestIds(request_id=chosen[X_REQUEST_ID], correlation_id=chosen[X_CORRELATION_ID]),
        request_id_problem=problems[X_REQUEST_ID],
        correlation_id_problem=problems[X_CORRELATION_ID],
    )


def _own_id(new_id: IdFactory) -> str:
    value = new_id()
    if not isinstance(value, str) or _id_problem(value) is not None:
        raise HeaderUsageError("the id factory made an id that cannot be sent in a header")
    return value
