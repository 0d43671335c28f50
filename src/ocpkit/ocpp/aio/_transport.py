"""The transport seam: the small interface between a :class:`~ocpkit.ocpp.aio.Session` and a
WebSocket library, public so a CSMS can run on any server (aiohttp, an ASGI app, ...).

Nothing above this module knows which library runs. A library is wrapped in a :class:`Backend`
(ocpkit ships ``websockets`` and ``picows``, see :func:`load_backend`). The contract, which the
two shipped adapters follow and a new one must follow too:

* **Server handshake.** :meth:`Backend.serve` listens and, for every upgrade request, builds a
  :class:`HandshakeRequest` (the raw request target, the headers in order, the peer's address
  and, over mutual TLS, its verified :class:`~ocpkit.ocpp.negotiation.ClientCertificate`) and
  calls ``decide`` (a :data:`Decide`) with it. ``decide`` answers :class:`Upgrade` or
  :class:`Reject`, either directly or as an awaitable (authentication may need I/O); the
  adapter awaits it when needed. On :class:`Reject` the adapter answers that HTTP status,
  body and headers and closes. On :class:`Upgrade` it completes the WebSocket handshake,
  answering ``Sec-WebSocket-Protocol: <subprotocol>`` (or no such header when it is
  ``None``), then calls ``upgrade.open(wire)`` once and reports the connection's traffic to
  the :class:`Sink` it returns. If ``decide`` raises, the adapter logs it with
  :func:`log_decide_failure` and answers a bare HTTP 500 (:data:`INTERNAL_ERROR`); it never
  sends exception text to the peer. A request target that is not a path (``/...``) is
  refused with HTTP 400 before ``decide``.
* **Connection.** The adapter is the :class:`Wire` the session writes to (``write`` never
  blocks: it queues) and it calls the :class:`Sink` with plain method calls: one
  ``message_received`` per complete message, in order, then exactly one ``connection_lost``.
  No method of the sink is awaited, so a callback-based library can deliver a frame without
  creating a task.
* **Limits** come in :class:`Options`: the message size, the keep-alive, the opening and
  closing handshake timeouts, the deadline to complete a message once begun and the number
  of fragments per message.
* **RFC 6455.** A received close code that is not allowed on the wire (:func:`valid_close_code`)
  or a data frame with a reserved bit set (no extension is negotiated) closes the connection
  with 1002; a ``Sec-WebSocket-Version`` other than 13 is answered with HTTP 426 and
  ``Sec-WebSocket-Version: 13``.

The client side is :meth:`Backend.connect`: it opens the connection, offering ``subprotocols``
with ``headers`` added, and hands the answered subprotocol to ``open``.
"""

import importlib
import inspect
import logging
import ssl
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, Final, Literal, Protocol, TypeAlias

import attrs

from ocpkit.ocpp.negotiation import ClientCertificate

__all__ = [
    "CLOSE_ABNORMAL",
    "CLOSE_GOING_AWAY",
    "CLOSE_MESSAGE_TOO_BIG",
    "CLOSE_NORMAL",
    "CLOSE_POLICY_VIOLATION",
    "CLOSE_PROTOCOL_ERROR",
    "DEFAULT_MAX_FRAGMENTS",
    "DEFAULT_MESSAGE_TIMEOUT",
    "INTERNAL_ERROR",
    "UPGRADE_REQUIRED",
    "Backend",
    "Decide",
    "HandshakeRequest",
    "Listening",
    "Options",
    "Reject",
    "Sink",
    "TransportName",
    "Upgrade",
    "Wire",
    "call_decide",
    "client_certificate",
    "decide_safely",
    "load_backend",
    "log_decide_failure",
    "remote_address",
    "valid_close_code",
    "version_refusal",
]

logger = logging.getLogger("ocpkit.aio")

TransportName: TypeAlias = Literal["websockets", "picows"]
"""The WebSocket libraries ocpkit ships an adapter for."""

_MODULES: dict[str, tuple[str, str]] = {
    "websockets": ("ocpkit.ocpp.aio._websockets", "websockets"),
    "picows": ("ocpkit.ocpp.aio._picows", "picows"),
}

# RFC 6455 close codes used above the adapters.
CLOSE_NORMAL: Final = 1000
CLOSE_GOING_AWAY: Final = 1001
CLOSE_PROTOCOL_ERROR: Final = 1002
CLOSE_ABNORMAL: Final = 1006  # never sent: reported when the connection ended without a close
CLOSE_POLICY_VIOLATION: Final = 1008
CLOSE_MESSAGE_TOO_BIG: Final = 1009

# RFC 6455 section 7.4: the codes a close frame may carry. 1005, 1006 and 1015 are reserved for
# reporting locally and never sent; 1004 and 1016-2999 are reserved; 3000-4999 are for
# libraries, frameworks and applications.
_SENDABLE_CLOSE_CODES: Final = frozenset(
    {1000, 1001, 1002, 1003, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014}
)


def valid_close_code(code: int) -> bool:
    """Whether a received close frame may carry ``code`` (RFC 6455 section 7.4); a peer that
    sends any other code is answered with 1002."""
    return code in _SENDABLE_CLOSE_CODES or 3000 <= code <= 4999


class Wire(Protocol):
    """One open WebSocket, as the session uses it; the adapter implements it."""

    def write(self, data: bytes) -> None:
        """Queue ``data`` (UTF-8 JSON) as one text message; never blocks, never raises once the
        connection is gone (the data is then dropped: the sink hears ``connection_lost``)."""

    def close(self, code: int, reason: str) -> None:
        """Start the closing handshake with ``code`` and ``reason`` after what is already
        queued; the sink hears ``connection_lost`` when it is over. Calling it again, or after
        the connection is gone, does nothing."""


class Sink(Protocol):
    """What an adapter reports a connection's traffic to (a session); never awaited."""

    def message_received(self, data: bytes | str) -> None:
        """One complete message arrived (text as UTF-8 bytes where the library allows, else
        ``str``); called in arrival order, never after ``connection_lost``."""

    def connection_lost(self, code: int, reason: str) -> None:
        """The connection is gone (called exactly once): ``code`` and ``reason`` are the peer's
        close frame, else the one we sent, else 1006 (:data:`CLOSE_ABNORMAL`) and ``""``."""


@attrs.frozen
class HandshakeRequest:
    """An opening handshake as the server received it, before any answer was sent.

    ``path`` is the raw request target (``/ocpp/CS-0001?x=1``: percent-encoded, with the
    query); ``headers`` every header line in order as ``(name, value)``; ``remote_address`` the
    peer's ``(host, port)`` when the socket reports one; ``client_certificate`` the certificate
    the peer presented and the TLS layer verified (security profile 3), else ``None``.
    """

    path: str
    headers: tuple[tuple[str, str], ...]
    remote_address: tuple[str, int] | None = attrs.field(default=None, kw_only=True)
    client_certificate: ClientCertificate | None = attrs.field(default=None, kw_only=True)

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
    """``decide``'s yes: complete the WebSocket handshake.

    ``subprotocol`` is answered in ``Sec-WebSocket-Protocol`` (``None``: the header is left
    out, as OCPP-J wants when no offered version is supported). ``open(wire)`` is called once
    the connection is open, before any message is delivered, and returns the :class:`Sink`.
    """

    subprotocol: str | None
    open: Callable[[Wire], Sink]


@attrs.frozen
class Reject:
    """``decide``'s no: answer the upgrade request with HTTP ``status``, ``body`` (text, sent
    as UTF-8) and extra ``headers``, then close."""

    status: int
    body: str
    headers: tuple[tuple[str, str], ...] = ()


Decide: TypeAlias = Callable[[HandshakeRequest], Upgrade | Reject | Awaitable[Upgrade | Reject]]
"""The server's handshake decision; it may return the answer or an awaitable of it (async
authentication). The adapter bounds the wait by :attr:`Options.open_timeout`."""

INTERNAL_ERROR: Final = Reject(500, "Internal Server Error\n")
"""The answer when ``decide`` fails: a fixed body, never the exception's text."""

DEFAULT_MESSAGE_TIMEOUT: Final = 30.0
DEFAULT_MAX_FRAGMENTS: Final = 1024


def _positive(instance: object, attribute: "attrs.Attribute[Any]", value: float | None) -> None:
    if value is not None and value <= 0:
        raise ValueError(f"{attribute.name} must be positive")


@attrs.frozen(kw_only=True)
class Options:
    """The limits every adapter enforces on each connection (seconds and bytes).

    ``max_message_size``: the largest message, fragments added up; over it, close 1009.
    ``ping_interval``: send a ping this often, whatever the traffic (``None``: no keep-alive);
    ``ping_timeout``: close a connection whose pong is this late. ``open_timeout``: the opening
    handshake, ``decide`` included, must finish within it. ``close_timeout``: how long a
    closing handshake may take before the socket is dropped. ``message_timeout``: once the
    first byte of a frame or the first fragment of a message has arrived, the whole message
    must arrive within it, else close 1008 (``None``: no deadline; a peer can then pin a
    buffer by trickling bytes). ``max_fragments``: frames per message; over it, close 1009 as
    websockets does (websockets itself stops at 4096).
    """

    max_message_size: int
    ping_interval: float | None
    ping_timeout: float | None
    open_timeout: float | None
    close_timeout: float
    message_timeout: float | None = attrs.field(
        default=DEFAULT_MESSAGE_TIMEOUT, validator=_positive
    )
    max_fragments: int = attrs.field(default=DEFAULT_MAX_FRAGMENTS, validator=_positive)


class Listening(Protocol):
    """A started server socket, as :meth:`Backend.serve` returns it."""

    @property
    def port(self) -> int:
        """The TCP port bound (the one picked when asked for port 0)."""

    def close(self) -> None:
        """Stop accepting connections; open ones are left to their sessions."""

    async def wait_closed(self) -> None:
        """Wait until the socket and every connection are closed."""


class Backend(Protocol):
    """A WebSocket library behind the :class:`Wire` / :class:`Sink` interface (see the module
    docstring for the contract). Pass an instance as ``transport=`` to run on it."""

    async def serve(
        self,
        decide: Decide,
        *,
        host: str,
        port: int,
        ssl: ssl.SSLContext | None,
        options: Options,
    ) -> Listening:
        """Listen on ``host``:``port`` (TLS with ``ssl``) and run ``decide`` on each upgrade
        request; returns once listening."""

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
        """Open a client connection to ``url`` offering ``subprotocols`` (in order) with
        ``headers`` added; ``open`` is called with the server's subprotocol before any
        message is delivered. Raises :class:`~ocpkit.ocpp.aio.ConnectFailed` (or
        :class:`~ocpkit.ocpp.aio.SubprotocolMismatch`)."""


# -- helpers the adapters share ---------------------------------------------------------------

_failed_before: set[type[BaseException]] = set()


def log_decide_failure(error: BaseException) -> None:
    """Log an exception ``decide`` raised: with its traceback the first time its type is seen,
    as one line after that (an unauthenticated peer must not be able to flood the log)."""
    kind = type(error)
    if kind in _failed_before:
        logger.error("deciding a handshake failed again: %s", kind.__qualname__)
        return
    _failed_before.add(kind)
    logger.error("deciding a handshake failed", exc_info=error)


def call_decide(
    decide: Decide, request: HandshakeRequest
) -> Upgrade | Reject | Awaitable[Upgrade | Reject]:
    """Call ``decide``; an exception becomes :data:`INTERNAL_ERROR` (logged)."""
    try:
        return decide(request)
    except Exception as error:
        log_decide_failure(error)
        return INTERNAL_ERROR


async def decide_safely(decide: Decide, request: HandshakeRequest) -> Upgrade | Reject:
    """``decide``'s answer, awaited if it is awaitable; an exception becomes
    :data:`INTERNAL_ERROR` (logged by :func:`log_decide_failure`)."""
    answer = call_decide(decide, request)
    if not inspect.isawaitable(answer):
        return answer
    try:
        return await answer
    except Exception as error:
        log_decide_failure(error)
        return INTERNAL_ERROR


UPGRADE_REQUIRED: Final = Reject(
    426, "Upgrade Required: WebSocket version 13\n", (("Sec-WebSocket-Version", "13"),)
)
"""The answer to an upgrade request for another WebSocket version (RFC 6455 section 4.4)."""


def version_refusal(request: HandshakeRequest) -> Reject | None:
    """:data:`UPGRADE_REQUIRED` unless the request asks for WebSocket version 13 (RFC 6455,
    the only version ocpkit speaks; websockets answers the same)."""
    if [value.strip() for value in request.get_all("Sec-WebSocket-Version")] == ["13"]:
        return None
    return UPGRADE_REQUIRED


def client_certificate(ssl_object: object) -> ClientCertificate | None:
    """The verified certificate a TLS peer presented, else ``None``. ``ssl_object`` is what
    ``transport.get_extra_info("ssl_object")`` gives: an :class:`ssl.SSLObject`, or any object
    with the same ``getpeercert`` (aiofastnet's TLS engine has one)."""
    getpeercert = getattr(ssl_object, "getpeercert", None)
    if getpeercert is None:
        return None
    der = getpeercert(binary_form=True)
    # getpeercert() is empty unless the certificate was verified (CERT_REQUIRED / OPTIONAL).
    decoded = getpeercert()
    if not isinstance(der, bytes) or not der or not isinstance(decoded, dict) or not decoded:
        return None
    subject: list[tuple[tuple[str, str], ...]] = []
    for rdn in decoded.get("subject", ()):
        if isinstance(rdn, tuple):
            subject.append(tuple((str(pair[0]), str(pair[1])) for pair in rdn if len(pair) == 2))
    return ClientCertificate(der=der, subject=tuple(subject))


def remote_address(peername: object) -> tuple[str, int] | None:
    """``(host, port)`` from a socket's ``peername`` extra info (IPv4 or IPv6), else ``None``."""
    if isinstance(peername, tuple) and len(peername) >= 2:
        host, port = peername[0], peername[1]
        if isinstance(host, str) and isinstance(port, int):
            return host, port
    return None


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
