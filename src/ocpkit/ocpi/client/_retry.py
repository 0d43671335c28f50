"""When the client tries a request again, and how long it waits first: :class:`RetryPolicy`
and the reading of ``Retry-After``.

Which failures are retried (each only for a method the policy lists, and only while attempts
remain):

=========================================  ===================================================
failure                                    why it is worth another attempt
=========================================  ===================================================
no reply: connection refused or broken,    the request may never have arrived; GET and PUT
timeout                                    give the same result when repeated
HTTP 408                                   the server gave up waiting for our request
HTTP 429                                   the peer asks us to slow down; its ``Retry-After``
                                           (seconds or an HTTP-date) sets the wait
HTTP 500, 502, 503, 504                    the request did not reach the OCPI layer, which
                                           answers its own errors inside an envelope with HTTP
                                           200 ("Status codes"): a proxy, gateway or crash
                                           failed, which is usually brief. 503 may carry
                                           ``Retry-After`` too. The body is not read for this:
                                           a 5xx envelope is as transient as any other
=========================================  ===================================================

Never retried: POST, PATCH and DELETE (repeating them may do the work twice; "Offline
behaviour" also asks clients not to queue pushes and send them later), any other HTTP status
(501 and 505 are permanent, 4xx are our fault), a reply that is not an envelope, and OCPI error
status codes (the peer's OCPI layer answered; repeating it would get the same answer).

Wait before attempt ``n + 1``: ``Retry-After`` when the reply gave one (capped at
``max_delay``), else exponential back-off with jitter: the step ``min(max_delay,
base_delay * 2 ** (n - 1))``, of which a random half is waited on top of the other half (so
clients that failed together spread out, and none retries at once).
"""

from __future__ import annotations

import math
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Final

import attrs

from ._errors import ClientUsageError

__all__ = [
    "NO_RETRY",
    "RETRY_METHODS",
    "RETRY_STATUSES",
    "RetryPolicy",
    "retry_after_seconds",
]

RETRY_METHODS: Final = frozenset({"GET", "PUT"})
"""The methods a retry is ever allowed for (idempotent in OCPI's use of them)."""

RETRY_STATUSES: Final = frozenset({408, 429, 500, 502, 503, 504})
"""The HTTP statuses after which an idempotent request is sent again (see the table)."""

_MAX_ATTEMPTS: Final = 100
_MAX_RETRY_AFTER_DIGITS: Final = 12  # ~31,000 years: anything longer is capped anyway


def _attempts(_instance: object, _attribute: object, value: int) -> None:
    if type(value) is not int or not 1 <= value <= _MAX_ATTEMPTS:
        raise ClientUsageError(f"attempts must be an int from 1 to {_MAX_ATTEMPTS}")


def _seconds(_instance: object, attribute: attrs.Attribute[float], value: float) -> None:
    if not isinstance(value, int | float) or isinstance(value, bool) or not math.isfinite(value):
        raise ClientUsageError(f"{attribute.name} must be a finite number of seconds")
    if value < 0:
        raise ClientUsageError(f"{attribute.name} must not be negative")


def _methods(value: frozenset[str] | set[str] | tuple[str, ...]) -> frozenset[str]:
    methods = frozenset(str(method).upper() for method in value)
    if not methods <= RETRY_METHODS:
        raise ClientUsageError("only GET and PUT may be retried (POST, PATCH, DELETE never)")
    return methods


@attrs.frozen(kw_only=True)
class RetryPolicy:
    """How often and how patiently an idempotent request is sent again (rules in the module
    docstring). ``attempts`` counts the first one too (1 means no retry); delays are seconds.
    ``methods`` may narrow the retried methods to ``{"GET"}`` (or none)."""

    attempts: int = attrs.field(default=3, validator=_attempts)
    base_delay: float = attrs.field(default=0.5, validator=_seconds)
    max_delay: float = attrs.field(default=30.0, validator=_seconds)
    methods: frozenset[str] = attrs.field(default=RETRY_METHODS, converter=_methods)

    def __attrs_post_init__(self) -> None:
        if self.max_delay < self.base_delay:
            raise ClientUsageError("max_delay must not be below base_delay")

    def retries(self, method: str) -> bool:
        """Whether requests with ``method`` may be sent more than once."""
        return self.attempts > 1 and method.upper() in self.methods

    def delay(self, attempt: int, *, retry_after: float | None, draw: float) -> float:
        """Seconds to wait after attempt number ``attempt`` (1 for the first) failed:
        ``retry_after`` capped at ``max_delay`` when the peer gave one, else the jittered
        back-off step; ``draw`` is a random number in [0, 1)."""
        if retry_after is not None:
            return min(max(retry_after, 0.0), self.max_delay)
        step = min(self.max_delay, self.base_delay * 2.0 ** min(attempt - 1, 1000))
        return step / 2 + step / 2 * min(max(draw, 0.0), 1.0)


NO_RETRY: Final = RetryPolicy(attempts=1)
"""A policy that sends every request once."""


def retry_after_seconds(value: str | None, *, now: datetime) -> float | None:
    """The wait a ``Retry-After`` header asks for, in seconds from ``now``: a whole number of
    seconds, or an HTTP-date (a date in the past means 0). ``None`` when the header is absent or
    unreadable (the back-off then applies)."""
    if value is None:
        return None
    text = value.strip(" \t")
    if text.isascii() and text.isdigit():
        return float(int(text)) if len(text) <= _MAX_RETRY_AFTER_DIGITS else math.inf
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:  # "-0000" reads as naive; HTTP-dates are GMT
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - now).total_seconds())
