"""The server side of OCPI pagination: read a list GET's query (:meth:`PageRequest.from_query`,
rules in the package docstring's first table), then work out the slice to serve and its
``X-Total-Count``, ``X-Limit`` and ``Link`` headers (:meth:`PageRequest.answer`).
"""

import re
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Final, TypeGuard
from urllib.parse import quote, unquote_plus, urlsplit

import attrs

from ._dates import date_filter_pairs, read_window_bound, window_bound
from ._errors import (
    MAX_INTEGER_DIGITS,
    MAX_QUERY_PARAMETERS,
    PaginationUsageError,
    QueryParameterError,
    QueryProblem,
)
from ._link import format_link

__all__ = ["PAGINATION_PARAMETERS", "PageAnswer", "PageRequest"]

PAGINATION_PARAMETERS: Final = ("offset", "limit", "date_from", "date_to")
"""The query parameters pagination owns, in the order a next link writes them."""

_DIGITS: Final = re.compile(r"[0-9]+")
# RFC 3986 allows these unencoded in a query; everything else (notably & = + ; # % , and
# spaces) is percent-encoded, so a naive comma-splitting Link reader still copes.
_QUERY_SAFE: Final = ":@/"


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


def _lower_bound(value: datetime | None) -> datetime | None:
    return None if value is None else window_bound(value)


def _upper_bound(value: datetime | None) -> datetime | None:
    return None if value is None else window_bound(value, exclusive=True)


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
    (other aware datetimes are converted) at the millisecond precision a next link writes them
    with: ``date_from`` truncated, the exclusive ``date_to`` rounded up. So the window the first
    page is served from is the one every next link carries, and it is never narrower than the
    one asked for (at most a millisecond wider on each side).
    """

    offset: int = attrs.field(default=0, validator=_check_offset)
    limit: int | None = attrs.field(default=None, validator=_check_limit)
    date_from: datetime | None = attrs.field(default=None, converter=_lower_bound)
    date_to: datetime | None = attrs.field(default=None, converter=_upper_bound)
    extra: tuple[tuple[str, str], ...] = attrs.field(
        default=(), converter=_to_pairs, validator=_check_extra
    )

    @classmethod
    def from_query(cls, query: str | Iterable[tuple[str, str]]) -> "PageRequest":
        """Read a request's query: a raw query string (the part after ``?``, percent-encoded,
        ``+`` read as a space) or the decoded (name, value) pairs a framework gives.

        Raises :class:`QueryParameterError` (an OCPI 2001) for anything in the package's first
        table. Parameter names are case-sensitive: ``Offset`` is an unknown parameter, kept as is.
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
        return (*pairs, *date_filter_pairs(self.date_from, self.date_to), *self.extra)

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
    if name not in found:
        return None
    return read_window_bound(found[name], name, exclusive=name == "date_to")


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
