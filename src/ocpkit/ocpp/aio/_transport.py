"""The small interface between a :class:`~ocpkit.ocpp.aio.Session` and a WebSocket library.

Nothing above this module knows which library runs. An adapter (``_websockets``, ``_picows``)
provides a :class:`Backend`; a connection is a :class:`Wire` the session writes to, and the
adapter reports what arrives to a :class:`Sink` (the session) by plain method calls, so a
callback-based library can deliver a frame without creating a task for it.

The server side decides a handshake with a synchronous callable (picows asks for the answer
inside its protocol callback): :class:`Upgrade` with the subprotocol to answer with and the
function that makes the sink once the WebSocket is open, or :class:`Reject` with an HTTP status.
"""

import importlib
import ssl
from collections.abc import Callable, Sequence
from typing import Literal, Protocol, TypeAlias

import attrs

TransportName: TypeAlias = Literal["websockets", "picows"]
"""The WebSocket libraries ocpkit runs on."""

_MODULES: dict[str, tuple[str, str]] = {
    "websockets": ("ocpkit.ocpp.aio._websockets", "websockets"),
    "picows": ("ocpkit.ocpp.aio._picows", "picows"),
}

# RFC 6455 close codes used above the adapters.
CLOSE_NORMAL = 1000
CLOSE_GOING_AWAY = 1001
CLOSE_PROTOCOL_ERROR = 1002
CLOSE_ABNORMAL = 1006  # never sent: reported when the connection ended without a close frame
CLOSE_MESSAGE_TOO_BIG = 1009


class Wire(Protocol):
    """One open WebSocket, as the session uses it."""

    def write(self, data: bytes) -> None:
        """Queue ``data`` (UTF-8 JSON) as one text message; never blocks."""

    def close(self, code: int, reason: str) -> None:
        """Start the closing handshake; the sink hears ``connection_lost`` when it is over."""


class Sink(Protocol):
    """What an adapter reports a connection's traffic to (a session)."""

    def message_received(self, data: bytes | str) -> None:
        """One complete message arrived (text, as UTF-8 bytes where the library allows)."""

    def connection_lost(self, code: int, reason: str) -> None:
        """The connection is gone (called exactly once); ``code`` 1006 if no close frame came."""


@attrs.frozen
class HandshakeRequest:
    """The parts of a WebSocket upgrade request a CSMS decides on."""

    path: str
    headers: tuple[tuple[str, str], ...]

    def get_all(self, name: str) -> list[str]:
        """Every value of header ``name`` (case-insensitive), in order."""
        wanted = name.lower()
        return [value for key, value in self.headers if key.lower() == wanted]

    def get(self, name: str) -> str | None:
        """The first value of header ``name``, if any."""
        values = self.get_all(name)
        return values[0] if values else None


@attrs.frozen
class Upgrade:
    """Upgrade the connection; answer with ``subprotocol`` (``None``: no header at all)."""

    subprotocol: str | None
    open: Callable[[Wire], Sink]


@attrs.frozen
class Reject:
    """Answer the upgrade request with an HTTP error instead."""

    status: int
    body: str
    headers: tuple[tuple[str, str], ...] = ()


Decide: TypeAlias = Callable[[HandshakeRequest], Upgrade | Reject]


@attrs.frozen(kw_only=True)
class Options:
    """Settings every adapter honours."""

    max_message_size: int
    ping_interval: float | None
    ping_timeout: float | None
    open_timeout: float | None
    close_timeout: float


class Listening(Protocol):
    """A started server socket."""

    @property
    def port(self) -> int:
        """The TCP port bound."""

    def close(self) -> None:
        """Stop accepting connections; open ones are left to their sessions."""

    async def wait_closed(self) -> None:
        """Wait until the socket and every connection are closed."""


class Backend(Protocol):
    """A WebSocket library behind the :class:`Wire` / :class:`Sink` interface."""

    async def serve(
        self,
        decide: Decide,
        *,
        host: str,
        port: int,
        ssl: ssl.SSLContext | None,
        options: Options,
    ) -> Listening:
        """Listen on ``host``:``port`` and run ``decide`` on each upgrade request."""

    async def connect(
        self,
        url: str,
        *,
        subprotocols: Sequence[str],
        headers: Sequence[tuple[str, str]],
        ssl: ssl.SSLContext | None,
        options: Options,
        open: Callable[[Wire, str | None], Sink],
    ) -> Wire:
        """Open a client connection; ``open`` is called with the server's subprotocol before
        any message is delivered. Raises :class:`~ocpkit.ocpp.aio.ConnectFailed`."""


def load_backend(name: TransportName) -> Backend:
    """The adapter for ``name``; the library is imported only now."""
    try:
        module_name, extra = _MODULES[name]
    except KeyError:
        raise ValueError(f"transport must be 'websockets' or 'picows', not {name!r}") from None
    try:
        module = importlib.import_module(module_name)
    except ImportError as error:
        if error.name is not None and error.name.split(".")[0] == extra:
            raise ImportError(
                f"the {name!r} transport needs the {extra!r} package:"
                f" pip install 'ocpkit[{extra}]'",
                name=extra,
            ) from error
        raise
    backend: Backend = module.BACKEND
    return backend
