"""One configuration for both sides: the frozen SessionConfig, one router resolution with the
same checks for the CSMS server and the charging-station client, the hooks on both sides, and
the public transport seam (an in-memory Backend carries a CSMS and a station end to end)."""

import asyncio
import inspect
from collections.abc import Callable, Sequence
from typing import Any, Final

import attrs
import pytest

from ocpkit.ocpp import OcppVersion, v201
from ocpkit.ocpp.aio import (
    Accept,
    Backend,
    ChargePointClient,
    ConfigError,
    ConnectFailed,
    CsmsServer,
    Decide,
    FrameDirection,
    Handshake,
    HandshakeRequest,
    Listening,
    Next,
    Options,
    Refuse,
    Reject,
    Session,
    SessionConfig,
    Sink,
    Upgrade,
    Wire,
    current_session,
)
from ocpkit.ocpp.aio._routing import resolve_routing
from ocpkit.ocpp.events import CallReceived, SendReceived
from ocpkit.ocpp.registry import Side
from ocpkit.ocpp.router import Reply, Router
from ocpkit.ocpp.validation import ValidationMode

from ._aio_support import NOW, Arrivals, boot_201, csms_router_201, start_201, station_router_201

V16 = OcppVersion.V16
V201 = OcppVersion.V201
V21 = OcppVersion.V21
URL: Final = "ws://127.0.0.1:1/CS-1"  # never connected to: these tests only construct

# -- SessionConfig --------------------------------------------------------------------------------


def test_the_session_config_is_frozen_and_keyword_only() -> None:
    config = SessionConfig()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        config.call_timeout = 1.0  # type: ignore[misc]
    with pytest.raises(TypeError):
        SessionConfig(ValidationMode.TOLERANT)  # type: ignore[call-arg]


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("call_timeout", 0),
        ("max_message_size", 0),
        ("max_queued", -1),
        ("ping_interval", 0),
        ("ping_timeout", -1),
        ("open_timeout", 0),
        ("close_timeout", -1),
        ("message_timeout", 0),
        ("max_fragments", 0),
        ("drain_timeout", -0.5),
    ],
)
def test_a_setting_that_cannot_work_is_a_config_error(name: str, value: float) -> None:
    settings: dict[str, Any] = {name: value}
    with pytest.raises(ConfigError, match=name):
        SessionConfig(**settings)


def test_the_config_reaches_the_connection_and_the_transport() -> None:
    config = SessionConfig(
        mode=ValidationMode.TOLERANT,
        call_timeout=3.0,
        max_message_size=4096,
        max_queued=2,
        validate_outgoing=True,
        ping_interval=None,
        message_timeout=1.5,
        max_fragments=8,
    )
    connection = config.connection(V201, "CSMS")
    assert (connection.mode, connection.call_timeout, connection.max_message_size) == (
        ValidationMode.TOLERANT,
        3.0,
        4096,
    )
    assert (connection.max_queued, connection.validate_outgoing) == (2, True)
    assert config.transport_options() == Options(
        max_message_size=4096,
        ping_interval=None,
        ping_timeout=20.0,
        open_timeout=10.0,
        close_timeout=10.0,
        message_timeout=1.5,
        max_fragments=8,
    )


def test_server_and_client_take_the_same_config_object() -> None:
    config = SessionConfig(call_timeout=5.0)
    assert CsmsServer(config=config).config is config
    assert ChargePointClient(URL, config=config).config is config
    assert CsmsServer().config == ChargePointClient(URL).config == SessionConfig()


# The keyword arguments SessionConfig replaced (0.x): gone from both constructors.
REMOVED: Final = [
    "mode",
    "call_timeout",
    "max_message_size",
    "ping_interval",
    "ping_timeout",
    "open_timeout",
    "close_timeout",
]


@pytest.mark.parametrize("name", REMOVED)
def test_the_settings_moved_into_session_config_are_not_keywords_any_more(name: str) -> None:
    for make in (CsmsServer, ChargePointClient):
        assert name not in inspect.signature(make).parameters
        assert name in attrs.fields_dict(SessionConfig)


# -- one router resolution, the same checks on both sides --------------------------------------

OTHER: Final[dict[Side, Side]] = {"CSMS": "ChargingStation", "ChargingStation": "CSMS"}


def _make(role: Side, **kwargs: Any) -> Any:
    """Construct the side that plays ``role`` with the routing arguments given."""
    if role == "CSMS":
        return CsmsServer(**kwargs)
    router_for = kwargs.pop("router_for", None)
    if router_for is not None:
        kwargs["router_for"] = lambda version: router_for(version, "CS-1")
    return ChargePointClient(URL, **kwargs)


# (rule, arguments for a side that plays `role`, the error's message or None when accepted)
ROUTING_TABLE: Final[list[tuple[str, Callable[[Side], dict[str, Any]], str | None]]] = [
    (
        "router-and-router-for",
        lambda role: {"router": Router(V201, role), "router_for": lambda v, i: Router(v, role)},
        "not both",
    ),
    ("wrong-role", lambda role: {"router": Router(V201, OTHER[role])}, "routers, not a"),
    (
        "two-for-one-version",
        lambda role: {"router": [Router(V201, role), Router(V201, role)]},
        "two routers for OCPP 2.0.1",
    ),
    (
        "router-for-a-version-not-served",
        lambda role: {"router": Router(V21, role), "versions": [V201]},
        "not among the versions served",
    ),
    ("no-version", lambda role: {"versions": []}, "at least one OCPP version"),
    ("not-a-router", lambda role: {"router": ["nonsense"]}, "Router objects"),
    ("one-router", lambda role: {"router": Router(V21, role)}, None),
    ("one-per-version", lambda role: {"router": [Router(V16, role), Router(V21, role)]}, None),
    ("router-for", lambda role: {"router_for": lambda v, i: Router(v, role)}, None),
]


@pytest.mark.parametrize(
    ("rule", "arguments", "error"), ROUTING_TABLE, ids=[row[0] for row in ROUTING_TABLE]
)
def test_server_and_client_check_their_routers_alike(
    rule: str, arguments: Callable[[Side], dict[str, Any]], error: str | None
) -> None:
    outcomes: list[str | None] = []
    for role in ("CSMS", "ChargingStation"):
        try:
            _make(role, **arguments(role))
        except ConfigError as caught:
            outcomes.append(str(caught))
        else:
            outcomes.append(None)
    if error is None:
        assert outcomes == [None, None]
    else:
        assert all(outcome is not None and error in outcome for outcome in outcomes), outcomes


def test_versions_default_to_the_routers_versions_on_both_sides() -> None:
    for role in ("CSMS", "ChargingStation"):
        side = _make(role, router=[Router(V21, role), Router(V16, role)])
        assert side.versions == (V21, V16)
    assert CsmsServer().versions == (V16, V201, V21)
    assert ChargePointClient(URL).versions == (V201,)


@pytest.mark.parametrize("role", ["CSMS", "ChargingStation"])
@pytest.mark.parametrize(
    "wrong",
    [
        lambda role: Router(V16, role),  # another version
        lambda role: Router(V201, OTHER[role]),  # the other side's router
    ],
    ids=["version", "role"],
)
def test_what_router_for_returns_is_checked_on_both_sides(
    role: Side, wrong: Callable[[Side], Router]
) -> None:
    routing = resolve_routing(
        role,
        router=None,
        router_for=lambda version, identity: wrong(role),
        versions=None,
        default_versions=(V201,),
    )
    with pytest.raises(ConfigError, match="router_for gave"):
        routing.router(V201, "CS-1")


def test_a_served_version_without_a_router_gets_an_empty_one() -> None:
    routing = resolve_routing(
        "CSMS", router=None, router_for=None, versions=[V16], default_versions=(V201,)
    )
    router = routing.router(V16, "CS-1")
    assert (router.version, router.role) == (V16, "CSMS")


def test_the_server_refuses_password_and_authenticate_together() -> None:
    with pytest.raises(ConfigError, match="not both"):
        CsmsServer(password="x" * 16, authenticate=lambda handshake: Accept(None))


@pytest.mark.parametrize(
    "arguments",
    [{"max_connections": 0}, {"first_message_timeout": 0}],
    ids=["max_connections", "first_message_timeout"],
)
def test_server_limits_must_be_positive(arguments: dict[str, Any]) -> None:
    with pytest.raises(ConfigError):
        CsmsServer(**arguments)


# -- the transport seam: an in-memory backend ---------------------------------------------------


class MemoryWire:
    """One end of an in-memory WebSocket: what one end writes, the other's sink receives on
    the next turn of the loop, in order; a close reaches both ends after what was written."""

    def __init__(self) -> None:
        self.peer: MemoryWire | None = None
        self.sink: Sink | None = None
        self._closing = False
        self._lost = False
        self._loop = asyncio.get_running_loop()

    def write(self, data: bytes) -> None:
        if not self._closing and self.peer is not None:
            self._loop.call_soon(self.peer.deliver, data)

    def deliver(self, data: bytes) -> None:
        if self.sink is not None and not self._lost:
            self.sink.message_received(data)

    def close(self, code: int, reason: str) -> None:
        if self._closing:
            return
        self._closing = True
        if self.peer is not None:
            self.peer._closing = True
            self._loop.call_soon(self.peer.lose, code, reason)
        self._loop.call_soon(self.lose, code, reason)

    def lose(self, code: int, reason: str) -> None:
        if self.sink is not None and not self._lost:
            self._lost = True
            self.sink.connection_lost(code, reason)


class MemoryListening:
    """What serve() returns: nothing to close, as no socket is bound."""

    @property
    def port(self) -> int:
        return 0

    def close(self) -> None:
        pass

    async def wait_closed(self) -> None:
        pass


class MemoryBackend:
    """A complete Backend in a page, written against the public seam only: the CSMS's
    ``decide`` is kept by ``serve`` and called by ``connect``, as another web server would."""

    def __init__(self) -> None:
        self.decide: Decide | None = None
        self.requests: list[HandshakeRequest] = []

    async def serve(
        self, decide: Decide, *, host: str, port: int, ssl: object, options: Options
    ) -> Listening:
        self.decide = decide
        return MemoryListening()

    async def connect(
        self,
        url: str,
        *,
        subprotocols: Sequence[str],
        headers: Sequence[tuple[str, str]],
        ssl: object,
        options: Options,
        open: Callable[[Wire, str | None], Sink],
    ) -> Wire:
        assert self.decide is not None, "no CSMS served"
        path = "/" + url.split("/", 3)[3]
        request = HandshakeRequest(
            path,
            (("Sec-WebSocket-Protocol", ", ".join(subprotocols)), *headers),
            remote_address=("memory", 1),
        )
        self.requests.append(request)
        answer = self.decide(request)
        if inspect.isawaitable(answer):
            answer = await answer
        if isinstance(answer, Reject):
            raise ConnectFailed(f"refused: HTTP {answer.status}", status=answer.status)
        assert isinstance(answer, Upgrade)
        server_end, station_end = MemoryWire(), MemoryWire()
        server_end.peer, station_end.peer = station_end, server_end
        server_end.sink = answer.open(server_end)
        station_end.sink = open(station_end, answer.subprotocol)
        return station_end


def test_the_memory_backend_is_a_backend() -> None:
    backend: Backend = MemoryBackend()  # checked by mypy against the public Protocol
    assert backend is not None


async def test_an_in_memory_backend_carries_a_csms_and_a_station_end_to_end() -> None:
    backend = MemoryBackend()
    arrivals = Arrivals()
    seen: list[tuple[str, FrameDirection]] = []
    wrapped: list[str] = []

    async def authenticate(handshake: Handshake) -> Accept[str] | Refuse:
        await asyncio.sleep(0)  # an async authenticator: the backend awaits decide
        if handshake.identity != "CS-1":
            return Refuse(status=403)
        return Accept(f"tenant-of-{handshake.identity}")

    router = csms_router_201()
    tenants: list[str] = []

    @router.on(v201.StatusNotificationRequest)
    def status(request: v201.StatusNotificationRequest) -> v201.StatusNotificationResponse:
        tenants.append(current_session().context)
        return v201.StatusNotificationResponse()

    async def middleware(
        session: Session[Any], event: CallReceived | SendReceived, call_next: Next
    ) -> Reply | None:
        wrapped.append(event.action)
        return await call_next()

    async with (
        CsmsServer(
            router=router,
            transport=backend,
            authenticate=authenticate,
            on_connect=arrivals.on_connect,
            on_frame=lambda session, direction, data: seen.append(("csms", direction)),
            middleware=[middleware],
        ) as csms,
        ChargePointClient(
            "ws://memory/CS-1",
            router=station_router_201(),
            transport=backend,
            on_frame=lambda session, direction, data: seen.append(("station", direction)),
            middleware=[middleware],
        ) as station,
    ):
        boot = await station.call(boot_201())
        assert boot.status is v201.RegistrationStatusEnum.ACCEPTED
        assert (await station.call(v201.HeartbeatRequest())).current_time == NOW
        await station.call(
            v201.StatusNotificationRequest(
                timestamp=NOW,
                connector_status=v201.ConnectorStatusEnum.AVAILABLE,
                evse_id=1,
                connector_id=1,
            )
        )
        session = await arrivals.session("CS-1")
        assert session.context == "tenant-of-CS-1"
        assert tenants == ["tenant-of-CS-1"]
        started = await session.call(start_201())  # a CSMS-initiated call
        assert started.transaction_id == "tx-1"
        assert station.session.context is None
        assert csms.sessions["CS-1"] is session

        stranger = ChargePointClient("ws://memory/CS-2", transport=backend)
        with pytest.raises(ConnectFailed) as caught:
            await stranger.connect()
        assert caught.value.status == 403

    assert backend.requests[0].remote_address == ("memory", 1)
    # One middleware on both sides: the CSMS's three handlers, then the station's one.
    assert wrapped == [
        "BootNotification",
        "Heartbeat",
        "StatusNotification",
        "RequestStartTransaction",
    ]
    # Four round trips: every frame seen once going out and once coming in.
    assert seen.count(("station", FrameDirection.SENT)) == 3 + 1
    assert seen.count(("csms", FrameDirection.RECEIVED)) == 3 + 1
    assert seen.count(("csms", FrameDirection.SENT)) == 3 + 1
    assert seen.count(("station", FrameDirection.RECEIVED)) == 3 + 1
