"""OCPI DateTime as pagination reads and writes it: ``date_from`` / ``date_to`` in a query,
and the same dates written back into a next link or a start URL."""

import re
from datetime import UTC, datetime, timedelta
from typing import Final

from ._errors import PaginationUsageError, QueryParameterError, QueryProblem

__all__ = ["format_datetime", "parse_datetime"]

_DATETIME: Final = re.compile(
    r"([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\.([0-9]{1,9}))?(Z?)"
)
# The same, followed by a numeric offset; '+' arrives as a space when the client did not
# percent-encode it.
_DATETIME_WITH_OFFSET: Final = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]+)?[+\- ][0-9]{2}:?[0-9]{2}"
)
_MAX_DATETIME_LENGTH: Final = 40


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
