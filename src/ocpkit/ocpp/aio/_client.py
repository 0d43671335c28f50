"""The charging-station side: a client that connects to a CSMS, keeps the connection up, and
reconnects with OCPP's back-off.

Reconnecting follows OCPP-J 2.0.1/2.1 (part 4, "Reconnecting", configuration variables
``RetryBackOffWaitMinimum``, ``RetryBackOffRandomRange``, ``RetryBackOffRepeatTimes``): the first
reconnection attempt waits the minimum plus a random part of at most the random range; after
every failed attempt the back-off doubles, at most ``repeat_times`` times, and each attempt adds
a fresh random part; after that the back-off stays where it is. A successful connection starts
the sequence over. (The spec's "adding a new random value ... to every reconnection attempt" is
read as: the random part is drawn anew for each wait and is never doubled.) The very first
connection of a client that starts up is tried at once; only then does the back-off apply.
"""

import asyncio
import random as random_module
import ssl as ssl_module
from collections.abc import Awaitable, Callable, Coroutine, Iterable, Iterator, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any, Final, ParamSpec, Self, TypeVar
from urllib.parse import quote

import attrs

from ocpkit._base import OcppRequest, OcppResponse
from ocpkit.ocpp.negotiation import (
    IdentityCharset,
    NegotiationError,
    Subprotocol,
    basic_auth_header,
    identity_from_path,
    offer_subprotocols,
)
from ocpkit.ocpp.router import Router
from ocpkit.ocpp.version import OcppVersion

from ._config import ConfigError, SessionConfig
from ._errors import ConnectFailed, SessionClosed, SubprotocolMismatch
from ._hooks import DisconnectHook, EventHook, FrameHook, Middleware, SessionHook, SessionHooks
from ._routing import resolve_routing
from ._session import Session, logger
from ._transport import (
    CLOSE_NORMAL,
    CLOSE_PROTOCOL_ERROR,
    Backend,
    Sink,
    TransportName,
    Wire,
    load_backend,
)

if TYPE_CHECKING:
    from ocpkit.ocpp.v21 import V21Send

__all__ = ["ChargePointClient", "RetryPolicy", "connect_charge_point"]

P = ParamSpec("P")
R = TypeVar("R", bound=OcppResponse)


def _not_negative(instance: object, attribute: "attrs.Attribute[Any]", value: float) -> None:
    if value < 0:
        raise ConfigError(f"{attribute.name} must not be negative")


@attrs.frozen(kw_only=True)
class RetryPolicy:
    """OCPP's reconnection back-off (``RetryBackOff*`` variables of ``OCPPCommCtrlr``).

    ``wait_minimum`` seconds before the first attempt, plus a random part in
    ``[0, random_range]``; the back-off doubles after each failed attempt, ``repeat_times``
    times at most, and every attempt adds a fresh random part.
    """

    wait_minimum: float = attrs.field(default=10.0, validator=_not_negative)
    random_range: float = attrs.field(default=10.0, validator=_not_negative)
    repeat_times: int = attrs.field(default=5, validator=_not_negative)

    def waits(
        self, random: Callable[[float, float], float] = random_module.uniform
    ) -> Iterator[float]:
        """The waits before each reconnection attempt, without end.

        ``random(a, b)`` draws the random part (``random.uniform`` by default; tests pass a
        fixed one to check the sequence exactly).
        """
        back_off = self.wait_minimum
        doublings = 0
        while True:
            yield back_off + random(0.0, self.random_range)
            if doublings < self.repeat_times:
                back_off *= 2
                doublings += 1


class _Discard:
    """The sink of a connection that is closed at once (no usable subprotocol)."""

    def message_received(self, data: bytes | str) -> None:
        pass

    def connection_lost(self, code: int, reason: str) -> None:
        pass


def _auth_header(identity: str, password: str | bytes, versions: Sequence[OcppVersion]) -> str:
    # The header goes out before a version is agreed: use the first offered version whose
    # password rule (1.6: 16-20 bytes; 2.x: 16-40 characters) the password meets.
    failure: NegotiationError | None = None
    for version in versions:
        try:
            return basic_auth_header(identity, password, version)
        except NegotiationError as error:
            failure = error
    assert failure is not None
    raise failure


class ChargePointClient:
    """A charging station's connection to its CSMS, one :class:`Session` at a time.

    ``url`` is the CSMS endpoint ending in the station identity (or pass ``identity`` to have
    it appended). ``versions`` are offered in order of preference (default: the routers'
    versions, else 2.0.1); ``router`` (one, or one per version) or ``router_for(version)``
    answers the CSMS's calls, checked as the server checks its own. ``password`` turns on
    Basic authentication (1.6: the decoded ``AuthorizationKey`` bytes; 2.x: the 16-40
    character ``BasicAuthPassword``). ``config`` (:class:`SessionConfig`) sets timeouts, sizes
    and validation; ``on_connect``, ``on_disconnect``, ``on_event``, ``on_frame`` and
    ``middleware`` are the session hooks (the context is ``None`` on this side). With a
    ``retry`` policy the client reconnects whenever the connection is lost (and keeps trying on
    the first connect). ``transport`` is a :data:`TransportName` or your own
    :class:`Backend`. ``sleep`` and ``random`` are the clock and dice of the back-off, for
    tests.
    """

    def __init__(
        self,
        url: str,
        *,
        versions: Sequence[OcppVersion] | None = None,
        identity: str | None = None,
        router: Router | Iterable[Router] | None = None,
        router_for: Callable[[OcppVersion], Router] | None = None,
        password: str | bytes | None = None,
        ssl: ssl_module.SSLContext | None = None,
        transport: TransportName | Backend = "websockets",
        retry: RetryPolicy | None = None,
        config: SessionConfig | None = None,
        on_connect: SessionHook | None = None,
        on_disconnect: DisconnectHook | None = None,
        on_event: EventHook | None = None,
        on_frame: FrameHook | None = None,
        middleware: Sequence[Middleware] = (),
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        random: Callable[[float, float], float] = random_module.uniform,
    ) -> None:
        if identity is not None:
            url = f"{url.rstrip('/')}/{quote(identity, safe='')}"
        # The station trusts its own configuration: the CSMS decides which identities it takes.
        self.identity: str = identity_from_path(url, charset=IdentityCharset.RELAXED)
        """The station identity (the last segment of the URL path)."""
        self.url = url
        """The full URL connected to."""
        if ssl is not None and not url.startswith("wss://"):
            raise ConfigError("an ssl context needs a wss:// URL")
        self._routing = resolve_routing(
            "ChargingStation",
            router=router,
            router_for=(lambda version, _: router_for(version)) if router_for is not None else None,
            versions=versions,
            default_versions=(OcppVersion.V201,),
        )
        self.versions: tuple[OcppVersion, ...] = self._routing.versions
        """The versions offered, preferred first."""
        self._offer = offer_subprotocols(self.versions)
        self._headers: list[tuple[str, str]] = []
        if password is not None:
            self._headers.append(
                ("Authorization", _auth_header(self.identity, password, self.versions))
            )
        self.transport: TransportName | Backend = transport
        """The WebSocket library in use (its name, or the backend object given)."""
        self._backend: Backend = (
            load_backend(transport) if isinstance(transport, str) else transport
        )
        self.config: SessionConfig = config if config is not None else SessionConfig()
        """The settings of every session."""
        self._ssl = ssl
        self.retry = retry
        """The reconnection policy (``None``: no reconnection)."""
        self._hooks = SessionHooks(
            on_connect=on_connect,
            on_disconnect=on_disconnect,
            on_event=on_event,
            on_frame=on_frame,
            middleware=tuple(middleware),
        )
        self._sleep = sleep
        self._random = random
        self._session: Session[None] | None = None
        self._connected = asyncio.Event()
        self._supervisor: asyncio.Task[None] | None = None
        self._connecting = asyncio.Lock()
        self._closing = False

    # -- connection -----------------------------------------------------------------------

    @property
    def session(self) -> Session[None]:
        """The open session; raises :class:`SessionClosed` while disconnected."""
        session = self._session
        if session is None or session.closed:
            raise SessionClosed("the charge point is not connected")
        return session

    @property
    def connected(self) -> bool:
        """Whether a session is open."""
        return self._session is not None and not self._session.closed

    async def connect(self) -> Session[None]:
        """Connect (at once; with a ``retry`` policy, again and again until it works).

        Raises :class:`ConnectFailed` (HTTP refusal, network error) or
        :class:`SubprotocolMismatch` when there is no retry policy.
        """
        if self._closing:
            raise SessionClosed("the client is closed")
        if self.connected:
            return self.session
        async with self._connecting:
            if self.connected:
                return self.session
            if self.retry is None:
                return await self._open()
            session = await self._open_with_retry(at_once=True)
            if self._supervisor is None:
                self._supervisor = asyncio.get_running_loop().create_task(self._supervise())
            return session

    async def wait_connected(self) -> Session[None]:
        """The open session, once there is one (:class:`SessionClosed` if the client closes)."""
        while True:
            await self._connected.wait()
            if self._closing:
                raise SessionClosed("the client is closed")
            if self.connected:
                return self.session

    async def call(self, request: OcppRequest[R], *, timeout: float | None = None) -> R:
        """:meth:`Session.call` on the current session."""
        return await self.session.call(request, timeout=timeout)

    async def send(self, message: "V21Send") -> None:
        """:meth:`Session.send` on the current session (OCPP 2.1)."""
        await self.session.send(message)

    async def close(self) -> None:
        """Close the connection and stop reconnecting."""
        self._closing = True
        self._connected.set()  # wakes wait_connected(), which then raises SessionClosed
        if self._supervisor is not None:
            self._supervisor.cancel()
            await asyncio.gather(self._supervisor, return_exceptions=True)
        if self._session is not None:
            await self._session.close(CLOSE_NORMAL)

    async def __aenter__(self) -> Self:
        await self.connect()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()

    # -- internals ------------------------------------------------------------------------

    async def _open_with_retry(self, *, at_once: bool) -> Session[None]:
        """Connect, waiting the policy's back-off before each attempt (but the first one
        when ``at_once``: a station that starts up connects without delay; one that lost its
        connection waits first, so a fleet does not hit a restarted CSMS all at once)."""
        assert self.retry is not None
        if at_once:
            try:
                return await self._open()
            except ConnectFailed as error:
                logger.warning("%s: connecting failed: %s", self.identity, error)
        for wait in self.retry.waits(self._random):
            await self._sleep(wait)
            if self._closing:
                raise SessionClosed("the client is closed")
            try:
                return await self._open()
            except ConnectFailed as error:
                logger.warning(
                    "%s: connecting failed (next try in a back-off): %s", self.identity, error
                )
        raise AssertionError("unreachable: the waits never end")

    async def _supervise(self) -> None:
        try:
            while not self._closing:
                session = self._session
                if session is not None:
                    await session.wait_closed()
                if self._closing:
                    return
                logger.info("%s: connection lost, reconnecting", self.identity)
                await self._open_with_retry(at_once=False)
        except SessionClosed:
            pass  # closed while waiting to reconnect
        except Exception:
            logger.exception("%s: the reconnect loop failed", self.identity)

    async def _open(self) -> Session[None]:
        outcome: list[Session[None] | str | BaseException | None] = []

        def open_session(wire: Wire, subprotocol: str | None) -> Sink:
            if subprotocol is None or subprotocol not in self._offer:
                outcome.append(subprotocol)
                return _Discard()
            try:
                version = Subprotocol(subprotocol).version
                assert version is not None
                session: Session[None] = Session(
                    wire,
                    connection=self.config.connection(version, "ChargingStation"),
                    router=self._routing.router(version, self.identity),
                    identity=self.identity,
                    subprotocol=subprotocol,
                    config=self.config,
                    hooks=self._hooks,
                    context=None,
                )
            except Exception as error:
                outcome.append(error)
                return _Discard()
            session._add_lost_hook(self._lost)  # pyright: ignore[reportPrivateUsage]
            outcome.append(session)
            return session

        wire = await self._backend.connect(
            self.url,
            subprotocols=self._offer,
            headers=self._headers,
            ssl=self._ssl,
            options=self.config.transport_options(),
            open=open_session,
        )
        result = outcome[0] if outcome else None
        if isinstance(result, Session):
            return self._connected_to(result)
        if isinstance(result, BaseException):
            wire.close(CLOSE_NORMAL, "")
            raise ConnectFailed(f"cannot set up the session: {result}") from result
        wire.close(CLOSE_PROTOCOL_ERROR, "no common OCPP subprotocol")
        raise SubprotocolMismatch(
            f"the CSMS accepted none of {self._offer}"
            + (f" (it answered {result!r})" if result is not None else ""),
            subprotocol=result,
        )

    def _connected_to(self, session: Session[None]) -> Session[None]:
        self._session = session
        self._connected.set()
        logger.info("%s: connected to %s (%s)", self.identity, self.url, session.subprotocol)
        return session

    def _lost(self, session: Session[Any]) -> None:
        if self._session is session:
            self._connected.clear()


def _connected(
    cls: Callable[P, ChargePointClient],
) -> Callable[P, Coroutine[Any, Any, ChargePointClient]]:
    async def connect_charge_point(*args: P.args, **kwargs: P.kwargs) -> ChargePointClient:
        client = cls(*args, **kwargs)
        await client.connect()
        return client

    connect_charge_point.__doc__ = """A connected :class:`ChargePointClient` (same arguments as the
    class); close it with ``await client.close()``."""
    return connect_charge_point


connect_charge_point: Final = _connected(ChargePointClient)
"""``client = await connect_charge_point(url, versions=[...], ...)``: a connected
:class:`ChargePointClient` (same arguments as the class); close it with
``await client.close()``."""
