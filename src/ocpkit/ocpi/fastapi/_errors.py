"""The errors of the FastAPI helpers: two OCPI errors they answer peers with
(:class:`BodyTooLarge`, :class:`InvalidBody`), and :class:`AdapterUsageError` for mistakes in
how the helpers are used (never sent to a peer as such: they reach it as a 3000, HTTP 500)."""

# ruff: noqa: N818 - exception names read as the domain, like those of ocpkit.ocpi.status

from ocpkit._errors import OcpkitError
from ocpkit.ocpi.reading import Violation
from ocpkit.ocpi.status import InvalidOrMissingParameters, OcpiClientError

__all__ = [
    "AdapterError",
    "AdapterUsageError",
    "BodyTooLarge",
    "InvalidBody",
    "PageSourceError",
    "UnknownPeer",
]


class AdapterError(OcpkitError):
    """Base of the errors of :mod:`ocpkit.ocpi.fastapi` that are about our own code."""


class AdapterUsageError(AdapterError):
    """The helpers were misused: a bad setting, a declaration the router cannot serve, a store
    key given twice."""


class PageSourceError(AdapterUsageError):
    """A page source broke its contract (a negative total, more items than the window's limit,
    something else than a :class:`~ocpkit.ocpi.fastapi.PageSlice`)."""


class UnknownPeer(AdapterUsageError):
    """No registration is stored under the key given to a :class:`~ocpkit.ocpi.fastapi.Registrar`
    method."""


class BodyTooLarge(OcpiClientError):
    """HTTP 413: the request body is longer than the server reads. The body is never parsed, so
    the request does not reach the OCPI layer: an HTTP error, with the envelope's 2000."""

    default_http_status = 413

    def __init__(self, limit: int) -> None:
        self.limit = limit
        super().__init__(f"request body longer than {limit} bytes")


class InvalidBody(InvalidOrMissingParameters):
    """2001: a request body that is JSON but not what the route reads; ``violations`` lists
    each broken rule (kept whole for local logs; the reply shows paths and rule names only)."""

    def __init__(self, status_message: str, violations: tuple[Violation, ...] = ()) -> None:
        super().__init__(status_message)
        self.violations = violations
