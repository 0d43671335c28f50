"""The exceptions of the asyncio layer: one family, so callers catch what they care about.

::

    SessionError
    ├── CallFailed              our call got no usable response
    │   ├── CallRejected        the peer answered with a CALLERROR
    │   ├── CallTimeout         no answer before the deadline
    │   └── InvalidResponse     the answer broke its schema
    ├── SessionClosed           the connection is gone or closing (or closed while we waited)
    └── ConnectFailed           a charge point could not open its connection
        └── SubprotocolMismatch the CSMS answered with no subprotocol we offered

``CallRejected`` was named ``CallErrorReceived`` until this 0.x release (renamed so that the
frame ``CallError``, the event ``ErrorReceived`` and this exception no longer differ by one
word); the old name stays as an alias until every user of it has moved.
"""

from ocpkit._base import OcppRequest, OcppResponse
from ocpkit._errors import OcpkitError
from ocpkit._json_value import JsonObject
from ocpkit.ocpp.errors import ErrorKind, OcppError

__all__ = [
    "CallFailed",
    "CallRejected",
    "CallTimeout",
    "ConnectFailed",
    "InvalidResponse",
    "SessionClosed",
    "SessionError",
    "SubprotocolMismatch",
    "VersionMismatch",
]


class SessionError(OcpkitError):
    """Base of every error the asyncio client and server raise."""


class CallFailed(SessionError):  # noqa: N818 - reads as the domain (like httpx.ConnectTimeout)
    """Our call ``action`` (message ``message_id``) did not produce a response."""

    def __init__(
        self, message: str, *, action: str, message_id: str, request: OcppRequest[OcppResponse]
    ) -> None:
        super().__init__(message)
        self.action = action
        self.message_id = message_id
        self.request = request


class CallRejected(CallFailed):
    """The peer answered our call with a CALLERROR (it refused or failed to carry it out).

    ``code`` is the code as sent; ``kind`` reads it in either version's spelling (``None`` for a
    code that is no OCPP code); ``description`` and ``details`` are the peer's.
    """

    def __init__(
        self,
        *,
        action: str,
        message_id: str,
        request: OcppRequest[OcppResponse],
        code: str,
        kind: ErrorKind | None,
        description: str,
        details: JsonObject,
    ) -> None:
        text = f"{action} failed at the peer: {code}"
        super().__init__(
            f"{text}: {description}" if description else text,
            action=action,
            message_id=message_id,
            request=request,
        )
        self.code = code
        self.kind = kind
        self.description = description
        self.details = details


CallErrorReceived = CallRejected
"""The former name of :class:`CallRejected` (kept for code not yet moved; not exported)."""


class CallTimeout(CallFailed):
    """Our call got no answer in time. A late answer is reported to ``on_event`` only."""


class InvalidResponse(CallFailed):
    """The answer to our call broke its schema; ``error`` says how (on OCPP 2.1 the session
    told the peer with a CALLRESULTERROR)."""

    def __init__(
        self, *, action: str, message_id: str, request: OcppRequest[OcppResponse], error: OcppError
    ) -> None:
        super().__init__(
            f"invalid {action} response: {error.description}",
            action=action,
            message_id=message_id,
            request=request,
        )
        self.error = error


class SessionClosed(SessionError):  # noqa: N818 - reads as the domain (like httpx.ConnectTimeout)
    """The session's connection is closed; ``code`` and ``reason`` are the WebSocket's."""

    def __init__(
        self, message: str = "the session is closed", *, code: int | None = None, reason: str = ""
    ) -> None:
        super().__init__(message)
        self.code = code
        self.reason = reason


class VersionMismatch(SessionError, ValueError):  # noqa: N818 - reads as the domain
    """:meth:`Session.as_version` was asked for a version the session does not speak."""


class ConnectFailed(SessionError):  # noqa: N818 - reads as the domain (like httpx.ConnectTimeout)
    """A charge point could not connect: network error, TLS error, or a refused handshake
    (``status`` is then the CSMS's HTTP status, e.g. 401 or 404)."""

    def __init__(self, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class SubprotocolMismatch(ConnectFailed):
    """The CSMS completed the handshake without one of the subprotocols offered
    (``subprotocol`` is what it answered, ``None`` for no header); the connection was closed."""

    def __init__(self, message: str, *, subprotocol: str | None) -> None:
        super().__init__(message)
        self.subprotocol = subprotocol
