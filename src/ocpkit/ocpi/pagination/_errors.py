"""The errors of OCPI pagination: one hierarchy under :class:`PaginationError`, and the
query rules a :class:`QueryParameterError` names, with the limits their texts quote.
"""

from collections.abc import Mapping
from enum import StrEnum
from typing import Final

from ocpkit._errors import OcpkitError
from ocpkit.ocpi.status import InvalidOrMissingParameters

__all__ = [
    "MAX_INTEGER_DIGITS",
    "MAX_QUERY_PARAMETERS",
    "LinkHeaderError",
    "PaginationError",
    "PaginationUsageError",
    "QueryParameterError",
    "QueryProblem",
]

MAX_INTEGER_DIGITS: Final = 18
"""The most digits ``offset``, ``limit`` and the count headers may have (below 2**63)."""

MAX_QUERY_PARAMETERS: Final = 100
"""The most query parameters a list request may carry."""


class PaginationError(OcpkitError, ValueError):
    """Base of every error this package raises."""


class PaginationUsageError(PaginationError):
    """The calling code misused the API: a bad setting, a page fed for a URL the crawler did not
    ask for, a page fed after the crawl ended, or a damaged saved position."""


class LinkHeaderError(PaginationError):
    """A ``Link`` header value that is not RFC 8288, or a link that cannot be written as one."""


class QueryProblem(StrEnum):
    """Which rule a list request's query broke (the ``problem`` of a QueryParameterError)."""

    NOT_AN_INTEGER = "not_an_integer"
    TOO_LONG = "too_long"
    OUT_OF_RANGE = "out_of_range"
    BAD_DATETIME = "bad_datetime"
    NOT_UTC = "not_utc"
    REPEATED = "repeated"
    TOO_MANY = "too_many"
    BAD_ENCODING = "bad_encoding"


_PROBLEM_TEXT: Final[Mapping[QueryProblem, str]] = {
    QueryProblem.NOT_AN_INTEGER: "must be a whole number written with the digits 0-9 only",
    QueryProblem.TOO_LONG: f"must have at most {MAX_INTEGER_DIGITS} digits",
    QueryProblem.OUT_OF_RANGE: "must be at least 1",
    QueryProblem.BAD_DATETIME: "must be an OCPI DateTime such as 2024-01-31T12:00:00Z",
    QueryProblem.NOT_UTC: "must be in UTC, written with Z or no designator, without an offset",
    QueryProblem.REPEATED: "must appear at most once",
    QueryProblem.TOO_MANY: f"at most {MAX_QUERY_PARAMETERS} query parameters are accepted",
    QueryProblem.BAD_ENCODING: "must be UTF-8 text once percent-decoded",
}


class QueryParameterError(PaginationError, InvalidOrMissingParameters):
    """A list request's query breaks a pagination rule: an OCPI 2001 reply, ready to raise.

    ``parameter`` names the parameter at fault (``None``: the query as a whole), ``problem`` says
    which rule broke. The message never quotes the offending value; ``value`` keeps it for local
    inspection only.
    """

    def __init__(
        self, parameter: str | None, problem: QueryProblem, value: str | None = None
    ) -> None:
        self.parameter = parameter
        self.problem = problem
        self.value = value
        text = _PROBLEM_TEXT[problem]
        InvalidOrMissingParameters.__init__(self, f"{parameter}: {text}" if parameter else text)
