"""The CSMS side: a WebSocket server that turns each charging station's connection into a
:class:`~ocpkit.ocpp.aio.Session`.

The opening handshake is decided before the upgrade, in this order (each refusal is an HTTP
answer with a fixed body; nothing of the request is quoted back):

======================================================================  ======================
check                                                                   refusal
======================================================================  ======================
the server is closing, or ``max_connections`` are open or upgrading     503
the identity: the last path segment after ``path_prefix``, in           404
``identity_charset`` (:func:`~ocpkit.ocpp.negotiation.identity_from_path`)
``authenticate(handshake)`` (sync or async; ``password=`` is            its :class:`Refuse`
``basic_auth(password)``); an exception in it                           (401 by default); 500
``on_duplicate=REFUSE`` and the identity is connected (or upgrading)    409
no common subprotocol                                                   none: upgraded without
                                                                        a subprotocol, then
                                                                        closed 1002 (OCPP-J)
======================================================================  ======================

A second connection of a connected identity replaces the first by default
(:class:`DuplicatePolicy`): the old session is closed with 1001 ``"replaced"`` and
``sessions`` maps the identity to the new one.
"""

import asyncio
import inspect
import ssl as ssl_module
import sys
from collections.abc import Awaitable, Callable, Coroutine, Iterable, Mapping, Sequence
from enum import StrEnum
from types import MappingProxyType, TracebackType
from typing import Any, Final, Generic, ParamSpec, Self, cast

from typing_extensions import TypeVar

from ocpkit.ocpp.handshake import (
    Accept,
    Authenticate,
    Handshake,
    PasswordLookup,
    Refuse,
    basic_auth,
    read_handshake,
)
from ocpkit.ocpp.negotiation import IdentityCharset
from ocpkit.ocpp.router import Router
from ocpkit.ocpp.version import OcppVersion

from ._config import ConfigError, SessionConfig
from ._hooks import (
    DisconnectCause,
    DisconnectHook,
    EventHook,
    FrameHook,
    Middleware,
    SessionHook,
    SessionHooks,
)
from ._membership import ClusterMember, with_member
from ._routing import RouterFactory, resolve_routing
from ._session import Session, logger
from ._transport import (
    CLOSE_GOING_AWAY,
    CLOSE_PROTOCOL_ERROR,
    INTERNAL_ERROR,
    Backend,
    HandshakeRequest,
    Listening,
    Reject,
    Sink,
    TransportName,
    Upgrade,
    Wire,
    load_backend,
    log_decide_failure,
)

__all__ = ["CsmsServer", "DuplicatePolicy", "serve_csms"]

P = ParamSpec("P")
ContextT = TypeVar("ContextT", default=None)

_ALL_VERSIONS: Final = (OcppVersion.V16, OcppVersion.V201, OcppVersion.V21)
_CLOSE_INTERNAL_ERROR: Final = 1011
_UNAVAILABLE: Final = Reject(503, "Service Unavailable\n")
_CONFLICT: Final = Reject(409, "Conflict\n")
# An upgrade that was granted but never opened (the peer went away mid-handshake) stops
# counting against max_connections after the transport's own handshake deadline, plus this.
_UPGRADE_GRACE: Final = 1.0


class DuplicatePolicy(StrEnum):
    """What the CSMS does when a station connects while a session of its identity is open.

    ``REPLACE`` (the default): the new connection wins; the old session is closed with 1001
    ``"replaced"``. A station that lost its connection without the CSMS noticing (a dead NAT
    mapping) gets back in at once. ``REFUSE``: the new connection is refused with HTTP 409
    Conflict until the old one is gone; a second device claiming a connected identity cannot
    push it off, but a station behind a silently dead connection waits for the keep-alive to
    find out (``ping_interval`` + ``ping_timeout``).
    """

    REPLACE = "replace"
    REFUSE = "refuse"


class _Refused:
    """The sink of a connection that is closed as soon as it opens."""

    def message_received(self, data: bytes | str) -> None:
        pass

    def connection_lost(self, code: int, reason: str) -> None:
        pass


def _refuse_on_open(wire: Wire) -> Sink:
    wire.close(CLOSE_PROTOCOL_ERROR, "no common OCPP subprotocol")
    return _Refused()


def _reject(refusal: Refuse) -> Reject:
    return Reject(refusal.status, refusal.body, refusal.response_headers)


def _why(refusal: Refuse) -> str:
    return f"{refusal.status} {refusal.reason or refusal.body.strip()}"


def _positive_or_none(name: str, value: float | None) -> None:
    if value is not None and value <= 0:
        raise ConfigError(f"{name} must be positive")


class CsmsServer(Generic[ContextT]):
    """An OCPP CSMS endpoint: accepts charging stations and gives each one a :class:`Session`.

    Routing: ``router`` (one :class:`~ocpkit.ocpp.router.Router`, or one per version) or
    ``router_for(version, identity)``; ``versions`` defaults to the routers' versions, or all
    three. Handshake: ``authenticate(handshake)`` returns :class:`~ocpkit.ocpp.handshake.Accept`
    (whose context becomes ``session.context``) or :class:`~ocpkit.ocpp.handshake.Refuse`,
    at once or awaited; ``password=`` is short for ``authenticate=basic_auth(password)``;
    without either, every station is let in with the context ``None``. ``path_prefix`` /
    ``identity_charset`` say where the identity is and what it may hold. ``on_duplicate``
    (:class:`DuplicatePolicy`), ``max_connections`` (open plus upgrading; over it, 503) and
    ``first_message_timeout`` (a station silent that long after the upgrade is closed with
    1008) are the operator's limits. ``config`` (:class:`SessionConfig`) sets the timeouts,
    sizes and validation of every session. Hooks: ``on_connect`` (awaited before the
    station's first message is delivered), ``on_disconnect``, ``on_event``, ``on_frame`` and
    ``middleware`` (see :class:`SessionHooks`). ``ssl`` turns on TLS (security profiles 2 and
    3); ``transport`` is a :data:`TransportName` or your own :class:`Backend`. ``cluster``
    (a :class:`~ocpkit.ocpp.cluster.NatsCluster`, or any :class:`ClusterMember`) makes this
    server a node of a cluster: its stations can be called from any process; the server
    starts the cluster with itself and closes it after its last session, unless the cluster
    was already started (then its owner closes it).

    Use as ``async with CsmsServer(...) as server:`` or :func:`serve_csms`.
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        versions: Sequence[OcppVersion] | None = None,
        router: Router | Iterable[Router] | None = None,
        router_for: RouterFactory | None = None,
        authenticate: Authenticate[ContextT] | None = None,
        password: str | bytes | PasswordLookup | None = None,
        ssl: ssl_module.SSLContext | None = None,
        transport: TransportName | Backend = "websockets",
        config: SessionConfig | None = None,
        on_connect: SessionHook | None = None,
        on_disconnect: DisconnectHook | None = None,
        on_event: EventHook | None = None,
        on_frame: FrameHook | None = None,
        middleware: Sequence[Middleware] = (),
        on_duplicate: DuplicatePolicy = DuplicatePolicy.REPLACE,
        max_connections: int | None = None,
        first_message_timeout: float | None = None,
        path_prefix: str = "/",
        identity_charset: IdentityCharset = IdentityCharset.STRICT,
        cluster: ClusterMember | None = None,
    ) -> None:
        if authenticate is not None and password is not None:
            raise ConfigError("pass authenticate or password, not both")
        if max_connections is not None and max_connections < 1:
            raise ConfigError("max_connections must be at least 1")
        _positive_or_none("first_message_timeout", first_message_timeout)
        self._routing = resolve_routing(
            "CSMS",
            router=router,
            router_for=router_for,
            versions=versions,
            default_versions=_ALL_VERSIONS,
        )
        self.versions: tuple[OcppVersion, ...] = self._routing.versions
        """The OCPP versions accepted."""
        self.host = host
        """The address listened on."""
        self.transport: TransportName | Backend = transport
        """The WebSocket library in use (its name, or the backend object given)."""
        self._backend: Backend = (
            load_backend(transport) if isinstance(transport, str) else transport
        )
        self.config: SessionConfig = config if config is not None else SessionConfig()
        """The settings of every session."""
        self.on_duplicate: DuplicatePolicy = DuplicatePolicy(on_duplicate)
        """What a second connection of a connected identity does."""
        self._authenticate: Authenticate[Any] | None = (
            basic_auth(password) if password is not None else authenticate
        )
        hooks = SessionHooks(
            on_connect=on_connect,
            on_disconnect=on_disconnect,
            on_event=on_event,
            on_frame=on_frame,
            middleware=tuple(middleware),
        )
        self.cluster = cluster
        """The cluster this server is a node of (``None``: none)."""
        self._hooks = with_member(hooks, cluster) if cluster is not None else hooks
        self._owns_cluster = False
        self._requested_port = port
        self._ssl = ssl
        self._max_connections = max_connections
        self._first_message_timeout = first_message_timeout
        self._path_prefix = path_prefix
        self._identity_charset = IdentityCharset(identity_charset)
        self._listening: Listening | None = None
        self._sessions: dict[str, Session[ContextT]] = {}
        self._open: set[Session[ContextT]] = set()
        # Granted upgrades not yet opened: token -> (identity, when it stops counting).
        self._upgrading: dict[object, tuple[str, float]] = {}
        self._deciding = 0  # async authentications in progress
        self._tasks: set[asyncio.Task[None]] = set()
        self._closing = False
        self._closed = asyncio.Event()

    # -- lifecycle ----------------------------------------------------------------------

    async def start(self) -> Self:
        """Start listening (returns the server, so ``server = await CsmsServer(...).start()``)."""
        if self._listening is not None:
            raise RuntimeError("the server is already started")
        cluster = self.cluster
        if cluster is not None and not cluster.started:
            await cluster.start()
            self._owns_cluster = True
        try:
            self._listening = await self._backend.serve(
                self._decide,
                host=self.host,
                port=self._requested_port,
                ssl=self._ssl,
                options=self.config.transport_options(),
            )
        except BaseException:
            await self._leave_cluster()
            raise
        logger.info("CSMS listening on %s (%s)", self.url, self._transport_name)
        return self

    async def close(self) -> None:
        """Stop accepting stations, close every session (1001, going away; handlers still
        running get ``config.drain_timeout`` to finish) and wait for it."""
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
            await self._leave_cluster()
        finally:
            self._closed.set()

    async def _leave_cluster(self) -> None:
        # After the last session is gone (each withdrew itself), so the cluster never routes a
        # call to a station this node no longer holds; only a cluster this server started.
        if self.cluster is not None and self._owns_cluster:
            self._owns_cluster = False
            await self.cluster.close()

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
        prefix = self._path_prefix if self._path_prefix.endswith("/") else self._path_prefix + "/"
        scheme = "wss" if self._ssl is not None else "ws"
        return f"{scheme}://{host}:{self.port}{prefix}"

    @property
    def sessions(self) -> Mapping[str, Session[ContextT]]:
        """The connected stations: identity -> session (a read-only live view)."""
        return MappingProxyType(self._sessions)

    @property
    def _transport_name(self) -> str:
        return self.transport if isinstance(self.transport, str) else type(self.transport).__name__

    # -- handshake ----------------------------------------------------------------------------

    def _decide(self, request: HandshakeRequest) -> Upgrade | Reject | Awaitable[Upgrade | Reject]:
        if self._closing or self._full():
            return _UNAVAILABLE
        try:
            read = read_handshake(
                request.path,
                request.headers,
                versions=self.versions,
                remote_address=request.remote_address,
                client_certificate=request.client_certificate,
                prefix=self._path_prefix,
                charset=self._identity_charset,
            )
        except Exception:
            return self._failed("reading the handshake")
        if isinstance(read, Refuse):
            logger.info("handshake refused (%s): %s", read.status, read.reason)
            return _reject(read)
        if self._authenticate is None:
            return self._conclude(read, Accept(None))
        try:
            outcome = self._authenticate(read)
        except Exception:
            return self._failed("authenticate")
        if inspect.isawaitable(outcome):
            return self._conclude_later(read, outcome)
        return self._conclude(read, outcome)

    async def _conclude_later(
        self, handshake: Handshake, outcome: Awaitable[Accept[Any] | Refuse]
    ) -> Upgrade | Reject:
        self._deciding += 1
        try:
            verdict = await outcome
        except Exception:
            return self._failed("authenticate")
        finally:
            self._deciding -= 1
        if self._closing:
            return _UNAVAILABLE
        return self._conclude(handshake, verdict)

    def _conclude(self, handshake: Handshake, verdict: object) -> Upgrade | Reject:
        identity = handshake.identity
        if isinstance(verdict, Refuse):
            # "%s: refused: %s" is a template the ocpkit tools read refusals from.
            logger.info("%s: refused: %s", identity, _why(verdict))
            return _reject(verdict)
        if not isinstance(verdict, Accept):
            logger.error(
                "%s: authenticate returned %s, not Accept or Refuse",
                identity,
                type(verdict).__name__,
            )
            return INTERNAL_ERROR
        if self.on_duplicate is DuplicatePolicy.REFUSE and self._taken(identity):
            logger.info("%s: refused: %s", identity, "409 the identity is already connected")
            return _CONFLICT
        version = handshake.version
        subprotocol = handshake.subprotocol
        if version is None or subprotocol is None:
            logger.info("%s: no common subprotocol in %s", identity, list(handshake.offered))
            return Upgrade(None, _refuse_on_open)
        try:
            router = self._routing.router(version, identity)
        except Exception:
            return self._failed("router_for")
        context = cast("Accept[ContextT]", verdict).context  # authenticate's own type
        token = object()
        self._upgrading[token] = (identity, self._now() + self._upgrade_window())

        def open_session(wire: Wire) -> Sink:
            self._upgrading.pop(token, None)
            return self._open_session(wire, handshake, subprotocol, version, router, context)

        return Upgrade(subprotocol, open_session)

    def _failed(self, what: str) -> Reject:
        # One policy for every failure of the decision, ours or the adapter's: a traceback the
        # first time an error type shows up, one line after that (no log flood by a peer).
        error = sys.exc_info()[1]
        if error is not None:
            log_decide_failure(error)
        logger.info("a handshake was answered 500: %s failed", what)
        return INTERNAL_ERROR

    def _now(self) -> float:
        return asyncio.get_running_loop().time()

    def _upgrade_window(self) -> float:
        return (self.config.open_timeout or 10.0) + _UPGRADE_GRACE

    def _expire_upgrades(self) -> None:
        now = self._now()
        for token, (_, until) in list(self._upgrading.items()):
            if until <= now:
                del self._upgrading[token]

    def _full(self) -> bool:
        if self._max_connections is None:
            return False
        self._expire_upgrades()
        load = len(self._open) + len(self._upgrading) + self._deciding
        return load >= self._max_connections

    def _taken(self, identity: str) -> bool:
        if identity in self._sessions:
            return True
        self._expire_upgrades()
        return any(name == identity for name, _ in self._upgrading.values())

    # -- sessions -------------------------------------------------------------------------

    def _open_session(
        self,
        wire: Wire,
        handshake: Handshake,
        subprotocol: str,
        version: OcppVersion,
        router: Router,
        context: ContextT,
    ) -> Sink:
        identity = handshake.identity
        try:
            session = Session(
                wire,
                connection=self.config.connection(version, "CSMS"),
                router=router,
                identity=identity,
                subprotocol=subprotocol,
                config=self.config,
                hooks=self._hooks,
                context=context,
                first_message_timeout=self._first_message_timeout,
            )
        except Exception:
            logger.exception("%s: cannot set up the session", identity)
            wire.close(_CLOSE_INTERNAL_ERROR, "")
            return _Refused()
        session._add_lost_hook(self._session_lost)  # pyright: ignore[reportPrivateUsage]
        old = self._sessions.get(identity)
        if old is not None:
            logger.info("%s: a new connection replaces the open one", identity)
            replaced = old._close(  # pyright: ignore[reportPrivateUsage]
                CLOSE_GOING_AWAY, "replaced", drain=None, cause=DisconnectCause.REPLACED
            )
            self._spawn(replaced)
        self._sessions[identity] = session
        self._open.add(session)
        logger.info("%s: connected (%s)", identity, subprotocol)
        return session

    def _session_lost(self, session: Session[ContextT]) -> None:
        self._open.discard(session)
        if self._sessions.get(session.identity) is session:
            del self._sessions[session.identity]

    def _spawn(self, coro: Coroutine[Any, Any, None]) -> None:
        task = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)


def _started(
    cls: Callable[P, CsmsServer[Any]],
) -> Callable[P, Coroutine[Any, Any, CsmsServer[Any]]]:
    async def serve_csms(*args: P.args, **kwargs: P.kwargs) -> CsmsServer[Any]:
        return await cls(*args, **kwargs).start()

    serve_csms.__doc__ = """A started :class:`CsmsServer` (same arguments as the class); stop it
    with ``await server.close()``."""
    return serve_csms


serve_csms: Final = _started(CsmsServer)
"""``server = await serve_csms(port=9000, router=...)``: a started :class:`CsmsServer` (same
arguments as the class); stop it with ``await server.close()``."""
