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
from typing import Any, Final, ParamSpec, Self, TypeVar
from urllib.parse import quote

import attrs

from ocpkit._base import OcppRequest, OcppResponse, OcppSend
from ocpkit.ocpp.connection import DEFAULT_CALL_TIMEOUT, DEFAULT_MAX_MESSAGE_SIZE, Connection
from ocpkit.ocpp.negotiation import (
    NegotiationError,
    Subprotocol,
    basic_auth_header,
    identity_from_path,
    offer_subprotocols,
)
from ocpkit.ocpp.router import Router
from ocpkit.ocpp.validation import ValidationMode
from ocpkit.ocpp.version import OcppVersion

from ._errors import ConnectFailed, SessionClosed, SubprotocolMismatch
from ._session import EventHook, Session, SessionHook, logger, run_hook
from ._transport import (
    CLOSE_NORMAL,
    CLOSE_PROTOCOL_ERROR,
    Options,
    Sink,
    TransportName,
    Wire,
    load_backend,
)

__all__ = ["ChargePointClient", "RetryPolicy", "connect_charge_point"]

P = ParamSpec("P")
R = TypeVar("R", bound=OcppResponse)


def _not_negative(instance: object, attribute: "attrs.Attribute[Any]", value: float) -> None:
    if value < 0:
        raise ValueError(f"{attribute.name} must not be negative")


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
    it appended). ``versions`` are offered in order of preference; ``router`` (one, or one per
    version) or ``router_for(version)`` answers the CSMS's calls. ``password`` turns on Basic
    authentication (1.6: the decoded ``AuthorizationKey`` bytes; 2.x: the 16-40 character
    ``BasicAuthPassword``). With a ``retry`` policy the client reconnects whenever the
    connection is lost (and keeps trying on the first connect). ``sleep`` and ``random`` are
    the clock and dice of the back-off, for tests.
    """

    def __init__(
        self,
        url: str,
        *,
        versions: Sequence[OcppVersion] = (OcppVersion.V201,),
        identity: str | None = None,
        router: Router | Iterable[Router] | None = None,
        router_for: Callable[[OcppVersion], Router] | None = None,
        password: str | bytes | None = None,
        ssl: ssl_module.SSLContext | None = None,
        transport: TransportName = "websockets",
        retry: RetryPolicy | None = None,
        on_connect: SessionHook | None = None,
        on_disconnect: SessionHook | None = None,
        on_event: EventHook | None = None,
        mode: ValidationMode = ValidationMode.STRICT,
        call_timeout: float = DEFAULT_CALL_TIMEOUT,
        max_message_size: int = DEFAULT_MAX_MESSAGE_SIZE,
        ping_interval: float | None = 30.0,
        ping_timeout: float | None = 20.0,
        open_timeout: float | None = 10.0,
        close_timeout: float = 10.0,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        random: Callable[[float, float], float] = random_module.uniform,
    ) -> None:
        if identity is not None:
            url = f"{url.rstrip('/')}/{quote(identity, safe='')}"
        self.identity = identity_from_path(url)
        """The station identity (the last segment of the URL path)."""
        self.url = url
        """The full URL connected to."""
        if ssl is not None and not url.startswith("wss://"):
            raise ValueError("an ssl context needs a wss:// URL")
        if router is not None and router_for is not None:
            raise ValueError("pass router or router_for, not both")
        self.versions: tuple[OcppVersion, ...] = tuple(OcppVersion(v) for v in versions)
        """The versions offered, preferred first."""
        self._offer = offer_subprotocols(self.versions)
        self._routers: dict[OcppVersion, Router] = {}
        for one in [router] if isinstance(router, Router) else (router or []):
            if one.role != "ChargingStation":
                raise ValueError(f"a charge point needs ChargingStation routers, not {one.role}")
            self._routers[one.version] = one
        self._router_for = router_for
        self._headers: list[tuple[str, str]] = []
        if password is not None:
            self._headers.append(
                ("Authorization", _auth_header(self.identity, password, self.versions))
            )
        self.transport: TransportName = transport
        """The WebSocket library in use."""
        self._backend = load_backend(transport)
        self._ssl = ssl
        self.retry = retry
        """The reconnection policy (``None``: no reconnection)."""
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
        self._sleep = sleep
        self._random = random
        self._session: Session | None = None
        self._connected = asyncio.Event()
        self._supervisor: asyncio.Task[None] | None = None
        self._connecting = asyncio.Lock()
        self._tasks: set[asyncio.Task[None]] = set()
        self._closing = False

    # -- connection -----------------------------------------------------------------------

    @property
    def session(self) -> Session:
        """The open session; raises :class:`SessionClosed` while disconnected."""
        session = self._session
        if session is None or session.closed:
            raise SessionClosed("the charge point is not connected")
        return session

    @property
    def connected(self) -> bool:
        """Whether a session is open."""
        return self._session is not None and not self._session.closed

    async def connect(self) -> Session:
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

    async def wait_connected(self) -> Session:
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

    async def send(self, message: OcppSend) -> None:
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
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)

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

    async def _open_with_retry(self, *, at_once: bool) -> Session:
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

    async def _open(self) -> Session:
        outcome: list[Session | str | BaseException | None] = []

        def open_session(wire: Wire, subprotocol: str | None) -> Sink:
            if subprotocol is None or subprotocol not in self._offer:
                outcome.append(subprotocol)
                return _Discard()
            try:
                version = Subprotocol(subprotocol).version
                assert version is not None
                session = Session(
                    wire,
                    connection=Connection(
                        version,
                        "ChargingStation",
                        mode=self._mode,
                        call_timeout=self._call_timeout,
                        max_message_size=self._max_message_size,
                    ),
                    router=self._router(version),
                    identity=self.identity,
                    subprotocol=subprotocol,
                    on_event=self._on_event,
                )
            except Exception as error:
                outcome.append(error)
                return _Discard()
            outcome.append(session)
            return session

        wire = await self._backend.connect(
            self.url,
            subprotocols=self._offer,
            headers=self._headers,
            ssl=self._ssl,
            options=self._options,
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

    def _connected_to(self, session: Session) -> Session:
        self._session = session
        session._add_lost_hook(self._lost)
        self._connected.set()
        logger.info("%s: connected to %s (%s)", self.identity, self.url, session.subprotocol)
        if self._on_connect is not None:
            self._spawn(run_hook(self._on_connect, session, "on_connect"))
        return session

    def _lost(self, session: Session) -> None:
        if self._session is session:
            self._connected.clear()
        if self._on_disconnect is not None:
            self._spawn(run_hook(self._on_disconnect, session, "on_disconnect"))

    def _router(self, version: OcppVersion) -> Router:
        if self._router_for is not None:
            return self._router_for(version)
        return self._routers.get(version) or Router(version, "ChargingStation")

    def _spawn(self, coro: Coroutine[Any, Any, None] | None) -> None:
        if coro is None:
            return
        task = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)


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
