"""The errors of the OCPI client: one tree under :class:`ClientError`.

==========================  ===========================================================
class                       when
==========================  ===========================================================
:class:`ClientUsageError`   our code misused the client (no version known yet, a model of
                            another version, a path with the wrong number of ids)
:class:`RefusedUrl`         a URL the peer gave (versions, endpoint, ``Link``,
                            ``Location``) is not http or https: nothing was sent there
:class:`TransportFailure`   no reply at all (connection refused, reset, TLS failure)
:class:`RequestTimeout`     no complete reply within the request's timeout
:class:`HttpStatusError`    the reply's HTTP status is not 2xx (subclasses for 401, 404
                            and 429, see :data:`HTTP_ERRORS`)
:class:`InvalidReply`       the body is not JSON, not an OCPI envelope, too large, or its
                            ``data`` is absent or not the object asked for
:class:`OcpiStatusError`    the envelope's ``status_code`` is not a success (1xxx)
:class:`DiscoveryError`     the peer's versions or version details cannot be used
:class:`ModuleNotOffered`   the peer lists no (single) endpoint for a module we call
:class:`RegistrationFailed` a credentials exchange (register, update, unregister) failed
:class:`CrawlIncomplete`    a crawl ended before the end of the peer's list
:class:`CommandNotAccepted` a command was answered at once with anything but ACCEPTED
:class:`CommandTimedOut`    a command's result did not come in time
==========================  ===========================================================

Every error carries what is known of the failed request: ``method``, ``url`` (shown without
user info and with query values masked, see :func:`~ocpkit.ocpi.client.display_url`),
``request_id`` (the ``X-Request-ID`` sent), ``http_status``, and the OCPI ``status_code`` and
``status_message`` when the peer sent an envelope. The credentials token is never part of one:
the peer's ``status_message`` is capped, and any copy of our token in it is masked.
"""

# ruff: noqa: N818 - exception names read as the domain, like those of ocpkit.ocpi.status

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Final

import attrs

from ocpkit._errors import OcpkitError
from ocpkit.ocpi.reading import Violation
from ocpkit.ocpi.status import OcpiError, StatusCode, error_from_code

if TYPE_CHECKING:
    from ocpkit.ocpi.commands import AnyCommandResponse
    from ocpkit.ocpi.credentials import Failure
    from ocpkit.ocpi.pagination import CrawlOutcome

__all__ = [
    "HTTP_ERRORS",
    "AuthenticationRejected",
    "ClientError",
    "ClientUsageError",
    "CommandNotAccepted",
    "CommandTimedOut",
    "CrawlIncomplete",
    "DiscoveryError",
    "HttpStatusError",
    "InvalidReply",
    "ModuleNotOffered",
    "ObjectNotFound",
    "OcpiStatusError",
    "RateLimited",
    "RefusedUrl",
    "RegistrationFailed",
    "RequestInfo",
    "RequestTimeout",
    "TransportFailure",
    "http_error_class",
]


@attrs.frozen(kw_only=True)
class RequestInfo:
    """What is known of a failed request: ``method``, ``url`` as shown (see
    :func:`~ocpkit.ocpi.client.display_url`), the ``request_id`` sent, and what came back: the
    ``http_status``, and the OCPI ``status_code`` and ``status_message`` (capped, our token
    masked) when the body was an envelope."""

    method: str | None = None
    url: str | None = None
    request_id: str | None = None
    http_status: int | None = None
    status_code: StatusCode | None = None
    status_message: str | None = None


class ClientError(OcpkitError):
    """Base of every error the OCPI client raises; see the module's table. ``info`` describes
    the request (its fields are also readable on the error itself)."""

    def __init__(self, message: str, *, info: RequestInfo | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.info: RequestInfo = RequestInfo() if info is None else info

    @property
    def method(self) -> str | None:
        """The HTTP method of the failed request."""
        return self.info.method

    @property
    def url(self) -> str | None:
        """The URL of the failed request, as shown (no secrets)."""
        return self.info.url

    @property
    def request_id(self) -> str | None:
        """The ``X-Request-ID`` of the (last) request sent."""
        return self.info.request_id

    @property
    def http_status(self) -> int | None:
        """The HTTP status of the reply, if one came."""
        return self.info.http_status

    @property
    def status_code(self) -> StatusCode | None:
        """The OCPI status code of the reply, if it was an envelope."""
        return self.info.status_code

    @property
    def status_message(self) -> str | None:
        """The peer's ``status_message`` (capped, our token masked), if any."""
        return self.info.status_message

    def __str__(self) -> str:
        info = self.info
        details: list[str] = []
        if info.method is not None and info.url is not None:
            details.append(f"{info.method} {info.url}")
        if info.http_status is not None:
            details.append(f"HTTP {info.http_status}")
        if info.status_code is not None:
            details.append(f"OCPI {info.status_code}")
        if info.status_message:
            details.append(f"status_message {info.status_message!r}")
        if info.request_id is not None:
            details.append(f"X-Request-ID {info.request_id}")
        return f"{self.message} ({', '.join(details)})" if details else self.message

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self)!r})"


class ClientUsageError(ClientError):
    """Our code misused the client: nothing was sent."""


class RefusedUrl(ClientError):
    """A URL the peer gave is not an absolute http or https URL (``javascript:``, ``file:``,
    no host, control characters): refused before any request went there."""


class TransportFailure(ClientError):
    """No reply: the connection could not be made or broke (after any retries)."""


class RequestTimeout(TransportFailure):
    """No complete reply within the request's timeout (after any retries)."""


class HttpStatusError(ClientError):
    """The reply's HTTP status is not 2xx (redirects are not followed: they would carry the
    credentials token elsewhere). ``http_status`` says which; OCPI fields are set when the
    body was an envelope."""


class AuthenticationRejected(HttpStatusError):
    """HTTP 401: the peer does not accept our credentials token (unknown, revoked, or written
    in the other encoding: see ``TokenEncoding``)."""


class ObjectNotFound(HttpStatusError):
    """HTTP 404: the addressed object or endpoint does not exist at the peer."""


class RateLimited(HttpStatusError):
    """HTTP 429: the peer still refused after the retries the policy allows."""


HTTP_ERRORS: Final[Mapping[int, type[HttpStatusError]]] = {
    401: AuthenticationRejected,
    404: ObjectNotFound,
    429: RateLimited,
}
"""The class raised for each HTTP status with one of its own; any other non-2xx status raises
:class:`HttpStatusError`."""


def http_error_class(status: int) -> type[HttpStatusError]:
    """The class of the error for a non-2xx HTTP ``status``."""
    return HTTP_ERRORS.get(status, HttpStatusError)


class InvalidReply(ClientError):
    """The reply cannot be read as what was asked for; ``violations`` says where (paths, never
    the peer's values)."""

    def __init__(
        self,
        message: str,
        violations: tuple[Violation, ...] = (),
        *,
        info: RequestInfo | None = None,
    ) -> None:
        super().__init__(message, info=info)
        self.violations = violations


class OcpiStatusError(ClientError):
    """The peer answered with an OCPI error ``status_code`` (2xxx, 3xxx, 4xxx or any code
    outside 1xxx)."""

    @property
    def error(self) -> OcpiError:
        """The :class:`~ocpkit.ocpi.status.OcpiError` of ``status_code`` (its most specific
        class, e.g. ``UnknownLocation`` for 2003), carrying the capped message."""
        assert self.status_code is not None  # always set for this class
        return error_from_code(
            self.status_code, self.status_message or "", http_status=self.http_status
        )


class DiscoveryError(ClientError):
    """The peer's versions list or version details cannot be used (unreadable, no version in
    common, a version listed twice with different URLs)."""

    def __init__(
        self,
        message: str,
        violations: tuple[Violation, ...] = (),
        *,
        info: RequestInfo | None = None,
    ) -> None:
        super().__init__(message, info=info)
        self.violations = violations


class ModuleNotOffered(ClientError):
    """The peer's version details list no endpoint for the module (with the role we call), or
    several with different URLs."""


class RegistrationFailed(ClientError):
    """A credentials exchange failed; ``failure`` is the core's record of where and why. The
    tokens committed before it stay as they were."""

    def __init__(
        self, message: str, failure: Failure | None, *, info: RequestInfo | None = None
    ) -> None:
        super().__init__(message, info=info)
        self.failure = failure


class CrawlIncomplete(ClientError):
    """A crawl ended before the end of the peer's list (``outcome`` says how)."""

    def __init__(
        self, message: str, outcome: CrawlOutcome | None, *, info: RequestInfo | None = None
    ) -> None:
        super().__init__(message, info=info)
        self.outcome = outcome


class CommandNotAccepted(ClientError):
    """The command was answered at once with another result than ACCEPTED (``response``):
    no result will come."""

    def __init__(
        self, message: str, response: AnyCommandResponse, *, info: RequestInfo | None = None
    ) -> None:
        super().__init__(message, info=info)
        self.response = response


class CommandTimedOut(ClientError):
    """The command was accepted but its result did not arrive in time."""
