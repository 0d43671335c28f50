"""The CSMS side: a WebSocket server that turns each charging station's connection into a
:class:`~ocpkit.ocpp.aio.Session`.

The opening handshake is decided before the upgrade, in this order:

1. the identity is read from the last segment of the URL path; a missing or malformed one
   (empty, over 48 characters, holding ``:``) is refused with HTTP 404;
2. with a password configured, ``Authorization: Basic`` must name that identity and carry its
   password, else HTTP 401 (with ``WWW-Authenticate``);
3. the client's first offered subprotocol the server supports is chosen; with none, the
   handshake completes *without* a ``Sec-WebSocket-Protocol`` header and the connection is
   closed at once with 1002, as OCPP-J prescribes.

A station that connects again while its old connection is still open replaces it: the old
session is closed, ``sessions`` maps the identity to the new one.
"""

import asyncio
import ssl as ssl_module
from collections.abc import Callable, Coroutine, Iterable, Mapping, Sequence
from types import MappingProxyType, TracebackType
from typing import Any, Final, ParamSpec, Self, TypeAlias

from ocpkit.ocpp.connection import DEFAULT_CALL_TIMEOUT, DEFAULT_MAX_MESSAGE_SIZE, Connection
from ocpkit.ocpp.negotiation import (
    IdentityError,
    NegotiationError,
    check_password,
    identity_from_path,
    parse_basic_auth,
    parse_offer,
    select_subprotocol,
)
from ocpkit.ocpp.router import Router
from ocpkit.ocpp.validation import ValidationMode
from ocpkit.ocpp.version import OcppVersion

from ._session import EventHook, Session, SessionHook, logger, run_hook
from ._transport import (
    CLOSE_GOING_AWAY,
    CLOSE_PROTOCOL_ERROR,
    HandshakeRequest,
    Listening,
    Options,
    Reject,
    Sink,
    TransportName,
    Upgrade,
    Wire,
    load_backend,
)

__all__ = ["CsmsServer", "PasswordLookup", "serve_csms"]

P = ParamSpec("P")

PasswordLookup: TypeAlias = Callable[[str], str | bytes | None]
"""``password_for(identity)``: the identity's Basic-auth password, or ``None`` to refuse it.
Synchronous, as it runs inside the handshake (keep it a dictionary lookup or a cache)."""

_CHALLENGE: Final = (("WWW-Authenticate", 'Basic realm="OCPP", charset="UTF-8"'),)
_ALL_VERSIONS: Final = (OcppVersion.V16, OcppVersion.V201, OcppVersion.V21)


class _Refused:
    """The sink of a connection that got no subprotocol: it is closed as soon as it opens."""

    def message_received(self, data: bytes | str) -> None:
        pass

    def connection_lost(self, code: int, reason: str) -> None:
        pass


def _refuse_on_open(wire: Wire) -> Sink:
    wire.close(CLOSE_PROTOCOL_ERROR, "no common OCPP subprotocol")
    return _Refused()


class CsmsServer:
    """An OCPP CSMS endpoint: accepts charging stations and gives each one a :class:`Session`.

    ``router_for(version, identity)`` makes the router of each connection; or pass ``router``
    (one :class:`~ocpkit.ocpp.router.Router`, or one per version). ``versions`` defaults to the
    routers' versions, or all three. ``password`` is a fixed password or a
    :data:`PasswordLookup`; without it no authentication is asked for. ``ssl`` enables TLS
    (security profiles 2 and 3, see :func:`~ocpkit.ocpp.negotiation.server_ssl_context`).
    ``on_connect`` / ``on_disconnect`` get each session as it comes and goes; ``on_event`` gets
    what needs no answer. Use as ``async with CsmsServer(...) as server:`` or
    :func:`serve_csms`.
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        versions: Sequence[OcppVersion] | None = None,
        router: Router | Iterable[Router] | None = None,
        router_for: Callable[[OcppVersion, str], Router] | None = None,
        password: str | bytes | PasswordLookup | None = None,
        ssl: ssl_module.SSLContext | None = None,
        transport: TransportName = "websockets",
        on_connect: SessionHook | None = None,
        on_disconnect: SessionHook | None = None,
        on_event: EventHook | None = None,
        mode: ValidationMode = ValidationMode.STRICT,
        call_timeout: float = DEFAULT_CALL_TIMEOUT,
        max_message_size: int = DEFAULT_MAX_MESSAGE_SIZE,
        ping_interval: float | None = 20.0,
        ping_timeout: float | None = 20.0,
        open_timeout: float | None = 10.0,
        close_timeout: float = 10.0,
    ) -> None:
        if router is not None and router_for is not None:
            raise ValueError("pass router or router_for, not both")
        routers: dict[OcppVersion, Router] = {}
        for one in [router] if isinstance(router, Router) else (router or []):
            if one.role != "CSMS":
                raise ValueError(f"a CSMS needs CSMS routers, not a {one.role} router")
            if one.version in routers:
                raise ValueError(f"two routers for OCPP {one.version}")
            routers[one.version] = one
        if versions is None:
            versions = tuple(routers) or _ALL_VERSIONS
        self.versions: tuple[OcppVersion, ...] = tuple(OcppVersion(v) for v in versions)
        """The OCPP versions accepted."""
        if not self.versions:
            raise ValueError("a CSMS must support at least one OCPP version")
        self.host = host
        """The address listened on."""
        self.transport: TransportName = transport
        """The WebSocket library in use."""
        self._backend = load_backend(transport)
        self._requested_port = port
        self._routers = routers
        self._router_for = router_for
        self._password = password
        self._ssl = ssl
        self._on_connect = on_connect
        self._on_disconnect = on_disconnect
        self._on_event = on_event
        self._mode = mode
        self._call_timeout = call_timeout
        self._max_message_size = max_message_size
        self._options = Options(
            max_message_size=max_message_size,
            ping_interval=ping_interval,
            ping_timeout=ping_timeout,
            open_timeout=open_timeout,
            close_timeout=close_timeout,
        )
        self._listening: Listening | None = None
        self._sessions: dict[str, Session] = {}
        self._open: set[Session] = set()
        self._tasks: set[asyncio.Task[None]] = set()
        self._closing = False
        self._closed = asyncio.Event()

    # -- lifecycle ----------------------------------------------------------------------

    async def start(self) -> Self:
        """Start listening (returns the server, so ``server = await CsmsServer(...).start()``)."""
        if self._listening is not None:
            raise RuntimeError("the server is already started")
        self._listening = await self._backend.serve(
            self._decide,
            host=self.host,
            port=self._requested_port,
            ssl=self._ssl,
            options=self._options,
        )
        logger.info("CSMS listening on %s (%s)", self.url, self.transport)
        return self

    async def close(self) -> None:
        """Stop accepting stations, close every session (1001, going away) and wait for it."""
        if self._closing:
            await self._closed.wait()
            return
        self._closing = True
        try:
            if self._listening is not None:
                self._listening.close()
            while self._open:
                await asyncio.gather(
                    *(s.close(CLOSE_GOING_AWAY, "CSMS shutting down") for s in list(self._open))
                )
            if self._listening is not None:
                await self._listening.wait_closed()
            if self._tasks:
                await asyncio.gather(*self._tasks, return_exceptions=True)
        finally:
            self._closed.set()

    async def serve_forever(self) -> None:
        """Wait until :meth:`close` is called (from another task)."""
        await self._closed.wait()

    async def __aenter__(self) -> Self:
        return await self.start()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()

    # -- state ----------------------------------------------------------------------------

    @property
    def port(self) -> int:
        """The TCP port bound (the free one picked when ``port=0``)."""
        if self._listening is None:
            raise RuntimeError("the server is not started")
        return self._listening.port

    @property
    def url(self) -> str:
        """The base URL stations connect to (append the identity)."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{'wss' if self._ssl is not None else 'ws'}://{host}:{self.port}/"

    @property
    def sessions(self) -> Mapping[str, Session]:
        """The connected stations: identity -> session (a read-only live view)."""
        return MappingProxyType(self._sessions)

    # -- handshake ----------------------------------------------------------------------------

    def _decide(self, request: HandshakeRequest) -> Upgrade | Reject:
        if self._closing:
            return Reject(503, "Service Unavailable\n")
        try:
            identity = identity_from_path(request.path)
        except IdentityError as error:
            return Reject(404, f"Not Found: {error}\n")
        try:
            refusal = self._authenticate(identity, request.get("Authorization"))
        except Exception:
            logger.exception("%s: the password lookup failed", identity)
            return Reject(500, "Internal Server Error\n")
        if refusal is not None:
            logger.info("%s: refused: %s", identity, refusal.body.strip())
            return refusal
        choice = select_subprotocol(
            parse_offer(request.get_all("Sec-WebSocket-Protocol")), self.versions
        )
        if choice.version is None or choice.subprotocol is None:
            logger.info("%s: no common subprotocol in %s", identity, list(choice.offered))
            return Upgrade(None, _refuse_on_open)
        version = choice.version
        try:
            router = self._router(version, identity)
        except Exception:
            logger.exception("%s: no router for OCPP %s", identity, version)
            return Reject(500, "Internal Server Error\n")
        subprotocol = choice.subprotocol

        def open_session(wire: Wire) -> Sink:
            return self._open_session(wire, identity, subprotocol, version, router)

        return Upgrade(subprotocol, open_session)

    def _authenticate(self, identity: str, header: str | None) -> Reject | None:
        if self._password is None:
            return None
        if header is None:
            return Reject(401, "Unauthorized: Basic credentials required\n", _CHALLENGE)
        try:
            credentials = parse_basic_auth(header)
        except NegotiationError:
            return Reject(401, "Unauthorized: malformed Basic credentials\n", _CHALLENGE)
        password = self._password
        expected = password(identity) if callable(password) else password
        if expected is None or not check_password(credentials, identity, expected):
            return Reject(401, "Unauthorized\n", _CHALLENGE)
        return None

    def _router(self, version: OcppVersion, identity: str) -> Router:
        if self._router_for is not None:
            router = self._router_for(version, identity)
        else:
            router = self._routers.get(version) or Router(version, "CSMS")
        if router.version is not version or router.role != "CSMS":
            raise ValueError(
                f"router_for gave a {router.role} router of OCPP {router.version}"
                f" for an OCPP {version} CSMS connection"
            )
        return router

    # -- sessions -------------------------------------------------------------------------

    def _open_session(
        self,
        wire: Wire,
        identity: str,
        subprotocol: str,
        version: OcppVersion,
        router: Router,
    ) -> Sink:
        connection = Connection(
            version,
            "CSMS",
            mode=self._mode,
            call_timeout=self._call_timeout,
            max_message_size=self._max_message_size,
        )
        session = Session(
            wire,
            connection=connection,
            router=router,
            identity=identity,
            subprotocol=subprotocol,
            on_event=self._on_event,
        )
        session._add_lost_hook(self._session_lost)
        old = self._sessions.get(identity)
        if old is not None:
            logger.info("%s: a new connection replaces the open one", identity)
            self._spawn(old.close(CLOSE_GOING_AWAY, "replaced by a new connection"))
        self._sessions[identity] = session
        self._open.add(session)
        logger.info("%s: connected (%s)", identity, subprotocol)
        if self._on_connect is not None:
            self._spawn_hook(self._on_connect, session, "on_connect")
        return session

    def _session_lost(self, session: Session) -> None:
        self._open.discard(session)
        if self._sessions.get(session.identity) is session:
            del self._sessions[session.identity]
        if self._on_disconnect is not None:
            self._spawn_hook(self._on_disconnect, session, "on_disconnect")

    def _spawn_hook(self, hook: SessionHook, session: Session, name: str) -> None:
        coro = run_hook(hook, session, name)
        if coro is not None:
            self._spawn(coro)

    def _spawn(self, coro: Coroutine[Any, Any, None]) -> None:
        task = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)


def _started(
    cls: Callable[P, CsmsServer],
) -> Callable[P, Coroutine[Any, Any, CsmsServer]]:
    async def serve_csms(*args: P.args, **kwargs: P.kwargs) -> CsmsServer:
        return await cls(*args, **kwargs).start()

    serve_csms.__doc__ = """A started :class:`CsmsServer` (same arguments as the class); stop it
    with ``await server.close()``."""
    return serve_csms


serve_csms: Final = _started(CsmsServer)
"""``server = await serve_csms(port=9000, router=...)``: a started :class:`CsmsServer` (same
arguments as the class); stop it with ``await server.close()``."""
