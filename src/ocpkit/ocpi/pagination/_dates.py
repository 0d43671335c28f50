"""OCPI DateTime as pagination reads and writes it: ``date_from`` / ``date_to`` in a query,
and the same dates written back into a next link or a start URL.

The DateTime rules are ocpkit's one set (``parse_ocpi_datetime`` and ``format_ocpi_datetime``
in ``ocpkit._ocpi_base``): at most 25 characters, UTC with ``Z`` or no designator on input,
``Z`` and at most milliseconds on output. This module adds what pagination needs on top: errors
that name the parameter and the rule broken, and the rounding that keeps a date window from
losing objects when it is written at millisecond precision.
"""

import re
from datetime import UTC, datetime, timedelta
from typing import Final

from ocpkit._ocpi_base import format_ocpi_datetime, parse_ocpi_datetime

from ._errors import PaginationUsageError, QueryParameterError, QueryProblem

__all__ = [
    "date_filter_pairs",
    "format_datetime",
    "parse_datetime",
    "read_window_bound",
    "window_bound",
]

# A DateTime followed by a numeric offset, told apart so the error can say "not UTC" rather
# than "not a DateTime"; '+' arrives as a space when the client did not percent-encode it.
_DATETIME_WITH_OFFSET: Final = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]+)?[+\- ][0-9]{2}:?[0-9]{2}"
)
_MILLISECOND: Final = timedelta(milliseconds=1)


def parse_datetime(text: str, parameter: str = "date") -> datetime:
    """Read an OCPI DateTime (``YYYY-MM-DDTHH:MM:SS``, optional fraction, optional ``Z``, at
    most 25 characters) as an aware UTC datetime, exactly as ocpkit's models read one.

    No designator means UTC. An offset, even ``+00:00``, is :data:`QueryProblem.NOT_UTC`;
    anything else that is not an OCPI DateTime (a longer fraction, an impossible date) is
    :data:`QueryProblem.BAD_DATETIME`. Raises :class:`QueryParameterError` naming ``parameter``.
    """
    try:
        return parse_ocpi_datetime(text)
    except ValueError:
        problem = (
            QueryProblem.NOT_UTC
            if _DATETIME_WITH_OFFSET.fullmatch(text)
            else QueryProblem.BAD_DATETIME
        )
        raise QueryParameterError(parameter, problem, text) from None


def _as_utc(value: datetime) -> datetime:
    if not isinstance(value, datetime) or value.utcoffset() is None:
        raise PaginationUsageError("an OCPI DateTime needs a timezone-aware datetime")
    try:
        return value.astimezone(UTC)
    except OverflowError:  # year 1 with a positive offset is before 0001-01-01 in UTC
        raise PaginationUsageError("the datetime is out of range once in UTC") from None


def _to_millisecond(value: datetime, *, exclusive: bool) -> datetime | None:
    # An OCPI DateTime is written with milliseconds at most, so a window bound with finer digits
    # must move to a whole millisecond, and only ever outwards: an inclusive date_from is
    # truncated (objects in the added sliver are extra, none is lost), an exclusive date_to is
    # rounded UP to the next millisecond, because truncating it would silently drop the objects
    # updated between the truncated and the real bound. None: no later time exists (year 9999).
    floor = value.replace(microsecond=value.microsecond - value.microsecond % 1000)
    if not exclusive or floor == value:
        return floor
    try:
        return floor + _MILLISECOND
    except OverflowError:
        return None


def window_bound(value: datetime, *, exclusive: bool = False) -> datetime:
    """``value`` in UTC at the millisecond precision a link carries it with: truncated for an
    inclusive bound (``date_from``), rounded up for an ``exclusive`` one (``date_to``).

    Raises :class:`PaginationUsageError` for a naive datetime, or an exclusive bound after
    9999-12-31T23:59:59.999 that cannot be rounded up.
    """
    bound = _to_millisecond(_as_utc(value), exclusive=exclusive)
    if bound is None:
        raise PaginationUsageError("date_to cannot be rounded up to a millisecond after 9999")
    return bound


def read_window_bound(text: str, parameter: str, *, exclusive: bool = False) -> datetime:
    """Read ``date_from`` (or, ``exclusive``, ``date_to``) from a query as :func:`window_bound`
    holds it, so the window served is the one every next link repeats.

    Raises :class:`QueryParameterError`: :func:`parse_datetime`'s problems, and
    ``BAD_DATETIME`` for an exclusive bound that cannot be rounded up (year 9999's last
    millisecond), since no next link could carry it.
    """
    bound = _to_millisecond(parse_datetime(text, parameter), exclusive=exclusive)
    if bound is None:
        raise QueryParameterError(parameter, QueryProblem.BAD_DATETIME, text)
    return bound


def format_datetime(value: datetime, *, exclusive: bool = False) -> str:
    """Write an aware datetime as an OCPI DateTime, as ocpkit writes every one: UTC, ``Z``,
    at most milliseconds (so at most 24 characters).

    Finer digits are truncated, which suits an inclusive bound; with ``exclusive`` (a
    ``date_to``) they round up to the next millisecond instead (:func:`window_bound`).
    Raises :class:`PaginationUsageError` for a naive datetime.
    """
    return format_ocpi_datetime(window_bound(value, exclusive=exclusive))


def date_filter_pairs(
    date_from: datetime | None, date_to: datetime | None
) -> list[tuple[str, str]]:
    """The ``date_from`` / ``date_to`` query pairs for a link, each bound moved outwards to the
    millisecond (:func:`window_bound`); a bound that is ``None`` is left out."""
    pairs: list[tuple[str, str]] = []
    if date_from is not None:
        pairs.append(("date_from", format_datetime(date_from)))
    if date_to is not None:
        pairs.append(("date_to", format_datetime(date_to, exclusive=True)))
    return pairs
