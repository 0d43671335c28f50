"""OCPI pagination, both sides, sans-IO: the query a list GET carries, the headers its answer
carries, the RFC 8288 ``Link`` header, and a crawler that walks the pages of a peer's list.

Facts (chapter "Transport and format", sections "Pagination", "Paginated Request", "Paginated
Response"; the same in 2.1.1, 2.2.1 and 2.3.0 except where noted):

* query parameters ``offset`` (default 0), ``limit``, and from 2.2.1 on ``date_from``
  (inclusive) and ``date_to`` (exclusive), both OCPI DateTimes, filtering on ``last_updated``
  (2.1.1 has the same two filters in each module's chapter);
* the server may serve fewer objects than asked, e.g. because it caps ``limit``; its example
  answers ``limit=2000`` with 100 objects, ``X-Limit: 100`` and a next link with ``limit=100``;
* answer headers: ``Link: <url>; rel="next"`` on every page but the last, keeping the request's
  filters; ``X-Total-Count``, the objects matching the filters (``offset``/``limit`` aside);
  ``X-Limit``, the most objects this answer could hold (2.1.1 words it as the number returned,
  2.2.1 on as the upper limit; the value written here, the limit applied, satisfies both);
* while a client crawls, objects may appear (the total grows: nothing to do, the last page just
  differs) or leave the filter (the total shrinks: the spec advises repeating the last request
  with ``offset`` lowered, then carrying on along the links).

Server side: :meth:`PageRequest.from_query` reads the query; :meth:`PageRequest.answer` gives the
slice to serve and the headers (:class:`PageAnswer`).

=========================================  ================================================
query input                                result
=========================================  ================================================
``offset``/``limit`` not ASCII digits      :class:`QueryParameterError` ``NOT_AN_INTEGER``
(sign, space, empty, ``1e3``)
more than 18 digits                        ``TOO_LONG``
``limit=0``                                ``OUT_OF_RANGE`` (a next link could not advance)
date not ``YYYY-MM-DDTHH:MM:SS[.f][Z]``    ``BAD_DATETIME``
date with an offset (``+01:00``,           ``NOT_UTC``: OCPI DateTimes are UTC by definition;
``+00:00``, or ``+`` read as a space)      the types chapter says ``+00:00`` is not UTC
``offset``, ``limit``, ``date_from`` or    ``REPEATED``: frameworks disagree on first vs
``date_to`` given twice                    last, so a proxy and the app could differ
more than 100 parameters                   ``TOO_MANY``
not UTF-8 after percent-decoding           ``BAD_ENCODING``
``date_from`` at or after ``date_to``      not an error: an empty range
                                           (:attr:`PageRequest.empty_range`)
any other parameter                        kept, in order, and put back into the next link
=========================================  ================================================

Every :class:`QueryParameterError` is an OCPI 2001 (invalid or missing parameters) that a handler
can raise as it is; its message names the parameter and never quotes the value.

Client side: :class:`Crawler` says which URL to fetch next and consumes each page. It ends with a
:class:`CrawlOutcome`; what it noticed on the way comes as :class:`CrawlWarning` values.

==============================================  ===========================================
what the crawler meets                          what it does
==============================================  ===========================================
no ``rel="next"`` link                          ends: ``COMPLETE`` (warns ``MISSING_LINK``
                                                when X-Total-Count says objects remain)
next link already fetched in this pass          ends: ``LINK_LOOP``
same keys and same total as an earlier page     ends: ``REPEATED_PAGE``
of this pass
``Link`` header not RFC 8288                    ends: ``MALFORMED_LINK``
next link to another scheme, host or port       ends: ``FOREIGN_LINK`` (the adapter would send
                                                the OCPI token there)
``max_pages`` reached                           ends: ``PAGE_LIMIT``
X-Total-Count lower than on the page before     re-reads this page's URL with ``offset``
                                                lowered by the drop, then follows links from
                                                there (a new pass); warns ``TOTAL_SHRANK``.
                                                Only with a numeric ``offset`` in the URL,
                                                and only below the last re-read's total
items already yielded                           dropped and counted (``duplicates``)
X-Total-Count / X-Limit not an integer          ignored, warns ``BAD_TOTAL_COUNT`` /
                                                ``BAD_LIMIT``
more items than X-Limit                         kept, warns ``OVER_LIMIT``
several different ``rel="next"`` links          follows the first, warns ``AMBIGUOUS_NEXT``
==============================================  ===========================================
"""

import hashlib
import re
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any, Final, Generic, TypeGuard, TypeVar
from urllib.parse import quote, unquote_plus, urljoin, urlsplit

import attrs

from ocpkit.ocpi.status import InvalidOrMissingParameters

__all__ = [
    "MAX_INTEGER_DIGITS",
    "MAX_LINK_HEADER_LENGTH",
    "MAX_QUERY_PARAMETERS",
    "PAGINATION_PARAMETERS",
    "CrawlOutcome",
    "CrawlPosition",
    "CrawlWarning",
    "CrawlWarningKind",
    "Crawler",
    "Link",
    "LinkHeaderError",
    "PageAnswer",
    "PageRequest",
    "PageResult",
    "PaginationError",
    "PaginationUsageError",
    "QueryParameterError",
    "QueryProblem",
    "format_datetime",
    "format_link",
    "parse_datetime",
    "parse_link_header",
]

T = TypeVar("T")

MAX_INTEGER_DIGITS: Final = 18
"""The most digits ``offset``, ``limit`` and the count headers may have (below 2**63)."""

MAX_QUERY_PARAMETERS: Final = 100
"""The most query parameters a list request may carry."""

MAX_LINK_HEADER_LENGTH: Final = 16_384
"""The longest ``Link`` header value read; longer ones are refused before parsing."""

PAGINATION_PARAMETERS: Final = ("offset", "limit", "date_from", "date_to")
"""The query parameters pagination owns, in the order a next link writes them."""

_DIGITS: Final = re.compile(r"[0-9]+")
_DATETIME: Final = re.compile(
    r"([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\.([0-9]{1,9}))?(Z?)"
)
# The same, followed by a numeric offset; '+' arrives as a space when the client did not
# percent-encode it.
_DATETIME_WITH_OFFSET: Final = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]+)?[+\- ][0-9]{2}:?[0-9]{2}"
)
_MAX_DATETIME_LENGTH: Final = 40
# RFC 3986 allows these unencoded in a query; everything else (notably & = + ; # % , and
# spaces) is percent-encoded, so a naive comma-splitting Link reader still copes.
_QUERY_SAFE: Final = ":@/"


# ---------------------------------------------------------------------------------------------
# errors


class PaginationError(ValueError):
    """Base of every error this module raises."""


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


# ---------------------------------------------------------------------------------------------
# DateTime


def parse_datetime(text: str, parameter: str = "date") -> datetime:
    """Read an OCPI DateTime (``YYYY-MM-DDTHH:MM:SS``, optional fraction, optional ``Z``).

    No designator means UTC. An offset, even ``+00:00``, is refused (:data:`QueryProblem.NOT_UTC`).
    A fraction finer than a microsecond is rounded up to the next microsecond: against stored
    times of microsecond resolution that keeps both an inclusive ``date_from`` and an exclusive
    ``date_to`` exact. Raises :class:`QueryParameterError` naming ``parameter``.
    """
    if len(text) > _MAX_DATETIME_LENGTH:
        raise QueryParameterError(parameter, QueryProblem.BAD_DATETIME, text)
    match = _DATETIME.fullmatch(text)
    if match is None:
        problem = (
            QueryProblem.NOT_UTC
            if _DATETIME_WITH_OFFSET.fullmatch(text)
            else QueryProblem.BAD_DATETIME
        )
        raise QueryParameterError(parameter, problem, text)
    year, month, day, hour, minute, second = (int(part) for part in match.groups()[:6])
    nanos = int((match.group(7) or "").ljust(9, "0"))
    micros = -(-nanos // 1000)
    try:
        value = datetime(year, month, day, hour, minute, second, tzinfo=UTC)
        return value + timedelta(microseconds=micros)
    except (ValueError, OverflowError):
        raise QueryParameterError(parameter, QueryProblem.BAD_DATETIME, text) from None


def format_datetime(value: datetime) -> str:
    """Write an aware datetime as an OCPI DateTime in UTC with ``Z``.

    The fraction has 0, 3 or 6 digits, as few as keep the value exact: a filter written back into
    a next link must select the same objects.
    """
    if value.tzinfo is None or value.utcoffset() is None:
        raise PaginationUsageError("an OCPI DateTime needs a timezone-aware datetime")
    v = value.astimezone(UTC)
    head = f"{v.year:04d}-{v.month:02d}-{v.day:02d}T{v.hour:02d}:{v.minute:02d}:{v.second:02d}"
    if v.microsecond == 0:
        return head + "Z"
    if v.microsecond % 1000 == 0:
        return f"{head}.{v.microsecond // 1000:03d}Z"
    return f"{head}.{v.microsecond:06d}Z"


# ---------------------------------------------------------------------------------------------
# query helpers


def _encode(text: str) -> str:
    return quote(text, safe=_QUERY_SAFE)


def _encode_query(pairs: Iterable[tuple[str, str]]) -> str:
    return "&".join(f"{_encode(name)}={_encode(value)}" for name, value in pairs)


def _split_raw_query(query: str) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    for segment in query.split("&"):
        if not segment:
            continue  # "a=1&&b=2": empty segments carry nothing
        if len(pairs) == MAX_QUERY_PARAMETERS:
            raise QueryParameterError(None, QueryProblem.TOO_MANY)
        name, _, value = segment.partition("=")
        try:
            # '+' is a space, as HTML forms and every web framework read a query
            pairs.append(
                (unquote_plus(name, errors="strict"), unquote_plus(value, errors="strict"))
            )
        except UnicodeDecodeError:
            raise QueryParameterError(None, QueryProblem.BAD_ENCODING) from None
    return pairs


def _check_utf8(name: str, value: str) -> None:
    try:
        name.encode("utf-8")
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise QueryParameterError(None, QueryProblem.BAD_ENCODING) from None


def _read_int(parameter: str, text: str) -> int:
    if _DIGITS.fullmatch(text) is None:
        raise QueryParameterError(parameter, QueryProblem.NOT_AN_INTEGER, text)
    if len(text) > MAX_INTEGER_DIGITS:
        raise QueryParameterError(parameter, QueryProblem.TOO_LONG, text)
    return int(text)


def _is_int(value: object) -> TypeGuard[int]:
    return type(value) is int  # bool is no count


def _check_offset(_instance: object, _attribute: object, value: int) -> None:
    if not _is_int(value) or value < 0:
        raise PaginationUsageError("offset must be an int >= 0")


def _check_limit(_instance: object, _attribute: object, value: int | None) -> None:
    if value is not None and (not _is_int(value) or value < 1):
        raise PaginationUsageError("limit must be None or an int >= 1")


def _to_pairs(value: Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    return tuple(value)


def _to_utc(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    if not isinstance(value, datetime) or value.utcoffset() is None:
        raise PaginationUsageError("date_from and date_to must be timezone-aware datetimes")
    return value.astimezone(UTC)


def _check_extra(_instance: object, _attribute: object, value: tuple[tuple[str, str], ...]) -> None:
    for pair in value:
        if (
            type(pair) is not tuple
            or len(pair) != 2
            or not all(isinstance(part, str) for part in pair)
        ):
            raise PaginationUsageError("extra must hold (name, value) pairs of str")
        if pair[0] in PAGINATION_PARAMETERS:
            raise PaginationUsageError("extra must not hold a pagination parameter")


def _check_base_url(base_url: str) -> None:
    if (
        not isinstance(base_url, str)
        or any(char in base_url for char in '?#<>"\\ ')
        or not base_url.isascii()
        or not base_url.isprintable()
    ):
        raise PaginationUsageError(
            "base_url must be printable ASCII without a query, fragment, space, <, > or quote"
        )
    parts = urlsplit(base_url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise PaginationUsageError("base_url must be an absolute http or https URL")


# ---------------------------------------------------------------------------------------------
# server side


@attrs.frozen(kw_only=True)
class PageRequest:
    """What a list GET asked for: where to start, how many, which ``last_updated`` window, and
    every other query parameter it carried (``extra``, in order, put back into the next link).

    ``limit`` is ``None`` when the client did not ask for one. Dates are aware UTC datetimes
    (other aware datetimes are converted).
    """

    offset: int = attrs.field(default=0, validator=_check_offset)
    limit: int | None = attrs.field(default=None, validator=_check_limit)
    date_from: datetime | None = attrs.field(default=None, converter=_to_utc)
    date_to: datetime | None = attrs.field(default=None, converter=_to_utc)
    extra: tuple[tuple[str, str], ...] = attrs.field(
        default=(), converter=_to_pairs, validator=_check_extra
    )

    @classmethod
    def from_query(cls, query: str | Iterable[tuple[str, str]]) -> "PageRequest":
        """Read a request's query: a raw query string (the part after ``?``, percent-encoded,
        ``+`` read as a space) or the decoded (name, value) pairs a framework gives.

        Raises :class:`QueryParameterError` (an OCPI 2001) for anything in the module's table.
        Parameter names are case-sensitive: ``Offset`` is an unknown parameter, kept as is.
        """
        if isinstance(query, str):
            pairs = _split_raw_query(query)
        else:
            pairs = []
            for name, value in query:
                if not isinstance(name, str) or not isinstance(value, str):
                    raise PaginationUsageError("query pairs must be (str, str)")
                if len(pairs) == MAX_QUERY_PARAMETERS:
                    raise QueryParameterError(None, QueryProblem.TOO_MANY)
                _check_utf8(name, value)
                pairs.append((name, value))
        found: dict[str, str] = {}
        extra: list[tuple[str, str]] = []
        for name, value in pairs:
            if name not in PAGINATION_PARAMETERS:
                extra.append((name, value))
            elif name in found:
                raise QueryParameterError(name, QueryProblem.REPEATED)
            else:
                found[name] = value
        limit = _read_int("limit", found["limit"]) if "limit" in found else None
        if limit == 0:
            raise QueryParameterError("limit", QueryProblem.OUT_OF_RANGE, "0")
        return cls(
            offset=_read_int("offset", found["offset"]) if "offset" in found else 0,
            limit=limit,
            date_from=_optional_date(found, "date_from"),
            date_to=_optional_date(found, "date_to"),
            extra=tuple(extra),
        )

    @property
    def empty_range(self) -> bool:
        """Whether the date window holds nothing (``date_from`` at or after the exclusive
        ``date_to``): not an error, the answer is simply empty."""
        return (
            self.date_from is not None
            and self.date_to is not None
            and self.date_from >= self.date_to
        )

    def query_pairs(self, *, offset: int, limit: int) -> tuple[tuple[str, str], ...]:
        """The (name, value) pairs of this request moved to ``offset`` with ``limit``: the
        pagination parameters first, dates in OCPI form, then ``extra`` in its order."""
        pairs = [("offset", str(offset)), ("limit", str(limit))]
        if self.date_from is not None:
            pairs.append(("date_from", format_datetime(self.date_from)))
        if self.date_to is not None:
            pairs.append(("date_to", format_datetime(self.date_to)))
        return (*pairs, *self.extra)

    def answer(
        self, *, total: int, max_limit: int, default_limit: int, base_url: str
    ) -> "PageAnswer":
        """What to serve for this request and the headers that go with it.

        ``total`` counts the objects matching the filters; ``max_limit`` caps any limit asked;
        ``default_limit`` applies when none was asked (it must not exceed ``max_limit``);
        ``base_url`` is the endpoint's URL as the peer reaches it (behind a proxy: the public
        one, not the bind address), absolute, without a query.
        """
        if not _is_int(max_limit) or max_limit < 1:
            raise PaginationUsageError("max_limit must be an int >= 1")
        if not _is_int(default_limit) or not 1 <= default_limit <= max_limit:
            raise PaginationUsageError("default_limit must be an int from 1 to max_limit")
        if not _is_int(total) or total < 0:
            raise PaginationUsageError("total must be an int >= 0")
        _check_base_url(base_url)
        limit = min(self.limit if self.limit is not None else default_limit, max_limit)
        next_url = None
        if self.offset + limit < total:
            query = _encode_query(self.query_pairs(offset=self.offset + limit, limit=limit))
            next_url = f"{base_url}?{query}"
        return PageAnswer(offset=self.offset, limit=limit, total=total, next_url=next_url)


def _optional_date(found: Mapping[str, str], name: str) -> datetime | None:
    return parse_datetime(found[name], name) if name in found else None


@attrs.frozen(kw_only=True)
class PageAnswer:
    """The page a server serves: objects ``[offset, stop)`` of the ``total`` matching ones, at
    most ``limit`` (the limit applied, never above the server's maximum), and the URL of the
    next page (``None`` on the last page)."""

    offset: int
    limit: int
    total: int
    next_url: str | None

    @property
    def stop(self) -> int:
        """The index after the last object of this page (``objects[offset:stop]``)."""
        return max(self.offset, min(self.offset + self.limit, self.total))

    @property
    def count(self) -> int:
        """How many objects this page holds."""
        return self.stop - self.offset

    @property
    def x_total_count(self) -> str:
        """The ``X-Total-Count`` header value."""
        return str(self.total)

    @property
    def x_limit(self) -> str:
        """The ``X-Limit`` header value: the limit applied to this request."""
        return str(self.limit)

    @property
    def link(self) -> str | None:
        """The ``Link`` header value, ``<next>; rel="next"``, or ``None`` on the last page."""
        return None if self.next_url is None else format_link(self.next_url, "next")

    def headers(self) -> list[tuple[str, str]]:
        """The pagination headers as (name, value) pairs, ``Link`` only when a page follows."""
        out = [("X-Total-Count", self.x_total_count), ("X-Limit", self.x_limit)]
        link = self.link
        if link is not None:
            out.append(("Link", link))
        return out


# ---------------------------------------------------------------------------------------------
# RFC 8288 Link header

_TOKEN: Final = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_OWS: Final = re.compile(r"[ \t]*")
_LIST_GAP: Final = re.compile(r"[ \t,]*")
_QDTEXT: Final = re.compile(r"[\t \x21\x23-\x5b\x5d-\x7e\x80-\xff]+")
_QUOTED_PAIR_CHAR: Final = re.compile(r"[\t \x21-\x7e\x80-\xff]")
_TARGET_FORBIDDEN: Final = re.compile(r"[\x00-\x20\x7f<]")


@attrs.frozen(kw_only=True)
class Link:
    """One link of a ``Link`` header: its target as written (not resolved), its relation types
    (lower-cased, as they compare case-insensitively), and its other parameters (names
    lower-cased, values unquoted, ``""`` for a parameter without a value)."""

    target: str
    rel: tuple[str, ...]
    params: tuple[tuple[str, str], ...] = ()

    def has_rel(self, relation: str) -> bool:
        """Whether ``relation`` is one of this link's relation types (case-insensitive)."""
        return relation.lower() in self.rel


def _skip(pattern: "re.Pattern[str]", value: str, pos: int) -> int:
    """The index after what ``pattern`` (which also matches nothing) matches at ``pos``."""
    match = pattern.match(value, pos)
    return pos if match is None else match.end()


def _bad(message: str, position: int) -> LinkHeaderError:
    return LinkHeaderError(f"Link header: {message} at character {position}")


def _read_quoted(value: str, pos: int) -> tuple[str, int]:
    """``value[pos]`` is the opening quote; return the unescaped text and the index after it."""
    parts: list[str] = []
    pos += 1
    while True:
        match = _QDTEXT.match(value, pos)
        if match is not None:
            parts.append(match.group())
            pos = match.end()
        if pos >= len(value):
            raise _bad("unterminated quoted string", pos)
        char = value[pos]
        if char == '"':
            return "".join(parts), pos + 1
        if char == "\\" and _QUOTED_PAIR_CHAR.fullmatch(value, pos + 1, pos + 2):
            parts.append(value[pos + 1])
            pos += 2
            continue
        raise _bad("character not allowed in a quoted string", pos)


def _read_params(value: str, pos: int) -> tuple[list[tuple[str, str]], int]:
    params: list[tuple[str, str]] = []
    while True:
        pos = _skip(_OWS, value, pos)
        if pos >= len(value) or value[pos] != ";":
            return params, pos
        pos = _skip(_OWS, value, pos + 1)
        name = _TOKEN.match(value, pos)
        if name is None:
            raise _bad("parameter name expected", pos)
        pos = _skip(_OWS, value, name.end())
        text = ""
        if pos < len(value) and value[pos] == "=":
            pos = _skip(_OWS, value, pos + 1)
            if pos < len(value) and value[pos] == '"':
                text, pos = _read_quoted(value, pos)
            else:
                token = _TOKEN.match(value, pos)
                if token is None:
                    raise _bad("parameter value expected", pos)
                text, pos = token.group(), token.end()
        params.append((name.group().lower(), text))


def parse_link_header(value: str) -> list[Link]:
    """Read a ``Link`` header value (RFC 8288 section 3) into its links, in order.

    Several links are separated by commas (empty list elements are skipped); a target is
    everything between ``<`` and ``>``, commas included; parameter values are tokens or quoted
    strings (commas and semicolons inside quotes are text). Only the first ``rel`` counts
    (RFC 8288 section 3.3); ``rel`` may hold several space-separated types. Raises
    :class:`LinkHeaderError` for input longer than :data:`MAX_LINK_HEADER_LENGTH`, a link without
    ``rel``, an unbalanced bracket, an unterminated quote or any other syntax error. Linear time.
    """
    if len(value) > MAX_LINK_HEADER_LENGTH:
        raise LinkHeaderError(f"Link header longer than {MAX_LINK_HEADER_LENGTH} characters")
    links: list[Link] = []
    pos = _skip(_LIST_GAP, value, 0)
    while pos < len(value):
        if value[pos] != "<":
            raise _bad("'<' expected", pos)
        end = value.find(">", pos + 1)
        if end < 0:
            raise _bad("'<' without '>'", pos)
        target = value[pos + 1 : end]
        bad = _TARGET_FORBIDDEN.search(target)
        if bad is not None:
            raise _bad("space, control character or '<' inside <...>", pos + 1 + bad.start())
        params, pos = _read_params(value, end + 1)
        if pos < len(value) and value[pos] != ",":
            raise _bad("',' or ';' expected", pos)
        rel: tuple[str, ...] | None = None
        others: list[tuple[str, str]] = []
        for name, text in params:
            if name != "rel":
                others.append((name, text))
            elif rel is None:
                rel = tuple(part.lower() for part in text.split())
        if not rel:
            raise _bad("link without a rel parameter", pos)
        links.append(Link(target=target, rel=rel, params=tuple(others)))
        pos = _skip(_LIST_GAP, value, pos)
    return links


_PARAM_TEXT: Final = re.compile(r"[\t \x21-\x7e\x80-\xff]*")


def _quote(text: str) -> str:
    if _PARAM_TEXT.fullmatch(text) is None:
        raise LinkHeaderError("a Link parameter value holds a control or non-Latin-1 character")
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def format_link(
    target: str, rel: str | Sequence[str] = "next", *, params: Sequence[tuple[str, str]] = ()
) -> str:
    """Write one link as a ``Link`` header value: ``<target>; rel="next"`` then ``params``.

    ``rel`` is one relation type, several in one space-separated string, or a sequence. Values
    are written as quoted strings. Raises :class:`LinkHeaderError` if the target holds a space,
    a control character, ``<`` or ``>``, or a name is not an RFC 9110 token. Join several links
    with ``", "``.
    """
    if _TARGET_FORBIDDEN.search(target) or ">" in target:
        raise LinkHeaderError("a link target must not hold spaces, controls, '<' or '>'")
    rels = rel.split() if isinstance(rel, str) else [part for item in rel for part in item.split()]
    if not rels:
        raise LinkHeaderError("rel must hold at least one relation type")
    out = [f"<{target}>", f"rel={_quote(' '.join(rels))}"]
    for name, text in params:
        if _TOKEN.fullmatch(name) is None or name.lower() == "rel":
            raise LinkHeaderError("a Link parameter name must be a token other than rel")
        out.append(f"{name}={_quote(text)}")
    return "; ".join(out)


# ---------------------------------------------------------------------------------------------
# client side


class CrawlOutcome(StrEnum):
    """How a crawl ended. Only ``COMPLETE`` means the server's list was walked to its end."""

    COMPLETE = "complete"
    LINK_LOOP = "link_loop"
    REPEATED_PAGE = "repeated_page"
    MALFORMED_LINK = "malformed_link"
    FOREIGN_LINK = "foreign_link"
    PAGE_LIMIT = "page_limit"


class CrawlWarningKind(StrEnum):
    """What the crawler noticed on a page without ending the crawl."""

    BAD_TOTAL_COUNT = "bad_total_count"
    BAD_LIMIT = "bad_limit"
    MISSING_LINK = "missing_link"
    TOTAL_SHRANK = "total_shrank"
    OVER_LIMIT = "over_limit"
    AMBIGUOUS_NEXT = "ambiguous_next"


@attrs.frozen
class CrawlWarning:
    """Something odd about one page: its ``kind`` and a short text (never quoting headers)."""

    kind: CrawlWarningKind
    message: str


@attrs.frozen(kw_only=True)
class PageResult(Generic[T]):
    """What one page brought: the items new to this crawl (in page order), how many of its
    items were already seen (``duplicates``), the headers as read (``None`` when absent or
    malformed), the URL to fetch next (``None`` when the crawl ended, then ``outcome`` says
    why), whether that URL re-reads objects after a shrink (``rereading``), and warnings."""

    url: str
    items: tuple[T, ...]
    duplicates: int
    total: int | None
    limit: int | None
    next_url: str | None
    rereading: bool
    outcome: CrawlOutcome | None
    warnings: tuple[CrawlWarning, ...]


def _opt_int(value: object) -> int | None:
    return value if value is None else _nonneg(value)


def _nonneg(value: object) -> int:
    if not _is_int(value) or value < 0:
        raise PaginationUsageError("a crawl position holds a bad count")
    return value


_DIGEST: Final = re.compile(r"[0-9a-f]{16}")


def _digests(value: object) -> tuple[str, ...]:
    if not isinstance(value, list | tuple) or not all(
        isinstance(item, str) and _DIGEST.fullmatch(item) for item in value
    ):
        raise PaginationUsageError("a crawl position holds a bad digest list")
    return tuple(value)


def _opt_str(value: object) -> str | None:
    return None if value is None else _str(value)


def _str(value: object) -> str:
    if not isinstance(value, str):
        raise PaginationUsageError("a crawl position holds a non-text value where text is due")
    return value


def _opt_outcome(value: object) -> CrawlOutcome | None:
    if value is None:
        return None
    try:
        return CrawlOutcome(_str(value))
    except ValueError:
        raise PaginationUsageError("a crawl position holds an unknown outcome") from None


@attrs.frozen(kw_only=True)
class CrawlPosition:
    """Where a crawl stands, enough to resume it in another process.

    Every field is a JSON type (``attrs.asdict(position)`` is ready for ``json.dumps``; read it
    back with :meth:`from_dict`). URLs already fetched and pages already seen are kept as 16-hex
    digests of the current pass only. The keys of the items yielded are not kept, so after a
    resume an item is de-duplicated only against items seen since.
    """

    next_url: str | None = attrs.field(converter=_opt_str)
    origin: str = attrs.field(converter=_str)
    pages_fetched: int = attrs.field(converter=_nonneg)
    items_seen: int = attrs.field(converter=_nonneg)
    duplicates: int = attrs.field(converter=_nonneg)
    last_total: int | None = attrs.field(converter=_opt_int)
    recovery_total: int | None = attrs.field(converter=_opt_int)
    fetched: tuple[str, ...] = attrs.field(converter=_digests)
    pages: tuple[str, ...] = attrs.field(converter=_digests)
    outcome: CrawlOutcome | None = attrs.field(converter=_opt_outcome)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "CrawlPosition":
        """Rebuild a position from what ``attrs.asdict`` made of it (e.g. after JSON)."""
        names = {field.name for field in attrs.fields(cls)}
        if not isinstance(data, Mapping) or set(data) != names:
            raise PaginationUsageError("a crawl position must hold exactly its fields")
        return cls(**data)


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _origin(url: str) -> str | None:
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname:
        return None
    default = 443 if scheme == "https" else 80
    return f"{scheme}://{parts.hostname}:{port if port is not None else default}"


def _header_values(
    headers: Mapping[str, str] | Iterable[tuple[str, str]],
) -> dict[str, list[str]]:
    pairs = headers.items() if isinstance(headers, Mapping) else headers
    out: dict[str, list[str]] = {}
    for name, value in pairs:
        out.setdefault(name.lower(), []).append(value)
    return out


def _count_header(values: list[str] | None) -> tuple[int | None, bool]:
    """The header's value and whether it was malformed (absent is not malformed)."""
    if not values:
        return None, False
    texts = {value.strip(" \t") for value in values}
    if len(texts) != 1:
        return None, True
    (text,) = texts
    if _DIGITS.fullmatch(text) is None or len(text) > MAX_INTEGER_DIGITS:
        return None, True
    return int(text), False


def _query_segments(url: str) -> tuple[str, list[str], str]:
    """``url`` as (before '?', the '&'-separated query segments, '#fragment' or '')."""
    head, hash_, fragment = url.partition("#")
    base, question, query = head.partition("?")
    return base, (query.split("&") if question else []), hash_ + fragment


def _offset_of(url: str) -> tuple[int, int] | None:
    """The ``offset`` in ``url``'s query and its segment index, if there is exactly one."""
    _, segments, _ = _query_segments(url)
    found: list[tuple[int, int]] = []
    for index, segment in enumerate(segments):
        name, _, value = segment.partition("=")
        if unquote_plus(name) == "offset":
            if _DIGITS.fullmatch(value) is None or len(value) > MAX_INTEGER_DIGITS:
                return None
            found.append((int(value), index))
    return found[0] if len(found) == 1 else None


def _with_offset(url: str, index: int, offset: int) -> str:
    base, segments, fragment = _query_segments(url)
    segments[index] = f"offset={offset}"
    return f"{base}?{'&'.join(segments)}{fragment}"


def _start_url(
    url: str, limit: int | None, date_from: datetime | None, date_to: datetime | None
) -> str:
    if not isinstance(url, str) or "#" in url or _origin(url) is None:
        raise PaginationUsageError("start_url must be an absolute http(s) URL without fragment")
    pairs: list[tuple[str, str]] = []
    if limit is not None:
        if not _is_int(limit) or limit < 1:
            raise PaginationUsageError("limit must be None or an int >= 1")
        pairs.append(("limit", str(limit)))
    if date_from is not None:
        pairs.append(("date_from", format_datetime(date_from)))
    if date_to is not None:
        pairs.append(("date_to", format_datetime(date_to)))
    if not pairs:
        return url
    _, segments, _ = _query_segments(url)
    present = {unquote_plus(segment.partition("=")[0]) for segment in segments}
    if any(name in present for name, _ in pairs):
        raise PaginationUsageError("start_url already carries a parameter given as an argument")
    joiner = "" if url.endswith(("?", "&")) else ("&" if "?" in url else "?")
    return url + joiner + _encode_query(pairs)


class Crawler(Generic[T]):
    """A sans-IO walk over the pages of an OCPI list: ask :meth:`next_url`, fetch it (the
    adapter's job, retries included), feed the page to :meth:`receive`, repeat until
    :meth:`next_url` is ``None``; :attr:`outcome` then says how it ended.

    ``key`` maps an item to its identity (e.g. a Location's ``(country_code, party_id, id)``);
    keys must be hashable and, for :attr:`position` to work across processes, have a stable
    ``repr`` (str, int and tuples of them do). ``limit``, ``date_from`` and ``date_to`` are added
    to ``start_url``'s query. Next links are followed exactly as written (opaque cursors work;
    relative ones are resolved against the page's URL), but only within the start URL's origin
    unless ``allow_other_origins``. ``max_pages`` bounds the pages fetched (``None``: no bound).

    When X-Total-Count drops between two pages, objects before the current page have left the
    list and the following ones moved up, so some were skipped. Following the spec's advice, the
    crawler then re-reads the current URL with its ``offset`` lowered by the drop (only for URLs
    with one numeric ``offset``) and carries on from there; re-read items are de-duplicated. To
    keep the crawl finite, a re-read needs a total below the one of the previous re-read.
    """

    def __init__(
        self,
        start_url: str,
        key: Callable[[T], Hashable],
        *,
        limit: int | None = None,
        date_from: datetime | None = None,
        date_to: datetime | None = None,
        max_pages: int | None = None,
        allow_other_origins: bool = False,
    ) -> None:
        url = _start_url(start_url, limit, date_from, date_to)
        self._setup(key, max_pages, allow_other_origins)
        self._next: str | None = url
        self._origin: str = _origin(url) or ""

    @classmethod
    def resume(
        cls,
        position: CrawlPosition,
        key: Callable[[T], Hashable],
        *,
        max_pages: int | None = None,
        allow_other_origins: bool = False,
    ) -> "Crawler[T]":
        """A crawler that carries on from a saved :attr:`position`."""
        if not isinstance(position, CrawlPosition):
            raise PaginationUsageError("resume needs a CrawlPosition")
        self = cls.__new__(cls)
        self._setup(key, max_pages, allow_other_origins)
        self._next = position.next_url
        self._origin = position.origin
        self._pages = position.pages_fetched
        self._items_seen = position.items_seen
        self._duplicates = position.duplicates
        self._last_total = position.last_total
        self._recovery_total = position.recovery_total
        self._fetched = set(position.fetched)
        self._page_digests = set(position.pages)
        self._outcome = position.outcome
        if (self._next is None) != (self._outcome is not None):
            raise PaginationUsageError("a crawl position has either a next URL or an outcome")
        return self

    def _setup(
        self, key: Callable[[T], Hashable], max_pages: int | None, allow_other_origins: bool
    ) -> None:
        if max_pages is not None and (not _is_int(max_pages) or max_pages < 1):
            raise PaginationUsageError("max_pages must be None or an int >= 1")
        self._key = key
        self._max_pages = max_pages
        self._allow_other_origins = allow_other_origins
        self._pages = 0
        self._items_seen = 0
        self._duplicates = 0
        self._last_total: int | None = None
        self._recovery_total: int | None = None
        self._fetched: set[str] = set()
        self._page_digests: set[str] = set()
        self._seen: set[Hashable] = set()
        self._outcome: CrawlOutcome | None = None

    def next_url(self) -> str | None:
        """The URL to fetch next, or ``None`` when the crawl has ended."""
        return self._next

    @property
    def done(self) -> bool:
        """Whether the crawl has ended."""
        return self._next is None

    @property
    def outcome(self) -> CrawlOutcome | None:
        """How the crawl ended; ``None`` while it goes on."""
        return self._outcome

    @property
    def pages_fetched(self) -> int:
        """Pages received so far (before a resume included)."""
        return self._pages

    @property
    def items_seen(self) -> int:
        """Distinct items yielded so far."""
        return self._items_seen

    @property
    def duplicates(self) -> int:
        """Items received again and dropped so far."""
        return self._duplicates

    @property
    def position(self) -> CrawlPosition:
        """Where the crawl stands (see :class:`CrawlPosition`)."""
        return CrawlPosition(
            next_url=self._next,
            origin=self._origin,
            pages_fetched=self._pages,
            items_seen=self._items_seen,
            duplicates=self._duplicates,
            last_total=self._last_total,
            recovery_total=self._recovery_total,
            fetched=tuple(sorted(self._fetched)),
            pages=tuple(sorted(self._page_digests)),
            outcome=self._outcome,
        )

    def receive(
        self,
        url: str,
        headers: Mapping[str, str] | Iterable[tuple[str, str]],
        items: Iterable[T],
    ) -> PageResult[T]:
        """Consume the page fetched from ``url`` (which must be :meth:`next_url`): its response
        headers (a mapping or (name, value) pairs, names in any case) and its items."""
        if self._next is None:
            raise PaginationUsageError("the crawl has ended; no page is expected")
        if url != self._next:
            raise PaginationUsageError("a page was fed for a URL other than next_url()")
        page = list(items)
        keys = [self._key(item) for item in page]  # before any state changes: it may raise
        self._pages += 1
        self._fetched.add(_digest(url))
        warnings: list[CrawlWarning] = []
        values = _header_values(headers)
        total, bad_total = _count_header(values.get("x-total-count"))
        limit, bad_limit = _count_header(values.get("x-limit"))
        if bad_total:
            warnings.append(
                CrawlWarning(CrawlWarningKind.BAD_TOTAL_COUNT, "X-Total-Count is not an integer")
            )
        if bad_limit:
            warnings.append(CrawlWarning(CrawlWarningKind.BAD_LIMIT, "X-Limit is not an integer"))

        fresh: list[T] = []
        duplicates = 0
        for item, item_key in zip(page, keys, strict=True):
            if item_key in self._seen:
                duplicates += 1
            else:
                self._seen.add(item_key)
                fresh.append(item)
        self._items_seen += len(fresh)
        self._duplicates += duplicates
        if limit is not None and len(page) > limit:
            warnings.append(
                CrawlWarning(CrawlWarningKind.OVER_LIMIT, "the page holds more items than X-Limit")
            )

        next_url, outcome, rereading = self._decide(url, values, page, keys, total, warnings)
        if total is not None:
            self._last_total = total
        if next_url is not None and self._max_pages is not None and self._pages >= self._max_pages:
            next_url, outcome = None, CrawlOutcome.PAGE_LIMIT
        self._next = next_url
        self._outcome = outcome
        return PageResult(
            url=url,
            items=tuple(fresh),
            duplicates=duplicates,
            total=total,
            limit=limit,
            next_url=next_url,
            rereading=rereading,
            outcome=outcome,
            warnings=tuple(warnings),
        )

    def _decide(
        self,
        url: str,
        values: Mapping[str, list[str]],
        page: list[T],
        keys: list[Hashable],
        total: int | None,
        warnings: list[CrawlWarning],
    ) -> tuple[str | None, CrawlOutcome | None, bool]:
        """The next URL (or the outcome) and whether it is a re-read."""
        try:
            links = parse_link_header(", ".join(values.get("link", [])))
        except LinkHeaderError:
            return None, CrawlOutcome.MALFORMED_LINK, False
        targets = [
            link.target if urlsplit(link.target).scheme else urljoin(url, link.target)
            for link in links
            if link.has_rel("next")
        ]
        if len(set(targets)) > 1:
            warnings.append(
                CrawlWarning(
                    CrawlWarningKind.AMBIGUOUS_NEXT, "several next links; the first is followed"
                )
            )

        # the total is part of a page's identity: a page whose keys recur because objects were
        # inserted before it comes with a grown total and is not a server repeating itself
        page_digest = _digest(repr((tuple(keys), total)))
        if page_digest in self._page_digests:
            return None, CrawlOutcome.REPEATED_PAGE, False
        self._page_digests.add(page_digest)

        offset = _offset_of(url)
        if total is not None and self._last_total is not None and total < self._last_total:
            again = self._reread(url, offset, self._last_total - total, total, warnings)
            if again is not None:
                return again, None, True

        if not targets:
            if total is not None:
                done = offset[0] + len(page) if offset is not None else self._items_seen
                if total > done:
                    warnings.append(
                        CrawlWarning(
                            CrawlWarningKind.MISSING_LINK,
                            f"no next link, yet X-Total-Count says {total - done} more remain",
                        )
                    )
            return None, CrawlOutcome.COMPLETE, False
        target = targets[0]
        if not self._allow_other_origins and _origin(target) != self._origin:
            return None, CrawlOutcome.FOREIGN_LINK, False
        if _digest(target) in self._fetched:
            return None, CrawlOutcome.LINK_LOOP, False
        return target, None, False

    def _reread(
        self,
        url: str,
        offset: tuple[int, int] | None,
        drop: int,
        total: int,
        warnings: list[CrawlWarning],
    ) -> str | None:
        """The URL that re-reads what a shrink of ``drop`` objects moved before ``url``'s page,
        or ``None`` (with a warning when objects may have been skipped)."""
        if offset is None or offset[0] == 0:
            if offset is None:  # an opaque cursor cannot be moved back
                warnings.append(
                    CrawlWarning(
                        CrawlWarningKind.TOTAL_SHRANK,
                        f"X-Total-Count fell by {drop}; objects may have been skipped",
                    )
                )
            return None  # at offset 0 nothing lies before the page
        if self._recovery_total is not None and total >= self._recovery_total:
            warnings.append(
                CrawlWarning(
                    CrawlWarningKind.TOTAL_SHRANK,
                    f"X-Total-Count fell by {drop} but not below the last re-read's; "
                    "objects may have been skipped",
                )
            )
            return None
        start = max(0, offset[0] - drop)
        warnings.append(
            CrawlWarning(
                CrawlWarningKind.TOTAL_SHRANK,
                f"X-Total-Count fell by {drop}; re-reading from offset {start}",
            )
        )
        self._recovery_total = total
        # a new pass: the re-read and the pages after it may legitimately revisit URLs and pages
        self._fetched = set()
        self._page_digests = set()
        return _with_offset(url, offset[1], start)
