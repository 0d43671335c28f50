"""The cluster on NATS: identity encoding, the answer table, and routed calls, workers, events
and hand-over against a real nats-server on 127.0.0.1 (faults: test_cluster_faults.py)."""

import asyncio
import contextlib
import io
import socket
import time
from collections.abc import AsyncIterator
from typing import Any

import orjson
import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from nats.aio.msg import Msg
from websockets.asyncio.client import connect
from websockets.typing import Subprotocol

from ocpkit.ocpp import OcppVersion, v16, v201
from ocpkit.ocpp.aio import (
    CallRejected,
    ChargePointClient,
    CsmsServer,
    Disconnect,
    FrameDirection,
    Session,
    SessionClosed,
    SessionConfig,
)
from ocpkit.ocpp.cluster import (
    FAILURES,
    ClusterEvent,
    ClusterUsageError,
    FrameSeen,
    NatsCluster,
    NodeFailed,
    Outcome,
    RoutedCallFailed,
    RoutedCallTimeout,
    RoutedPayloadInvalid,
    StationCallError,
    StationConnected,
    StationDisconnected,
    StationNotConnected,
    Subjects,
    current_call,
    decode_identity,
    encode_identity,
    serve_router,
)
from ocpkit.ocpp.cluster._caller import read_answer
from ocpkit.ocpp.cluster._wire import (
    ACTION,
    DEADLINE,
    NODE,
    OUTCOME,
    SINCE,
    STATION,
    VERSION,
    CallErrorBody,
)
from ocpkit.ocpp.errors import ErrorKind, OcppError
from ocpkit.ocpp.negotiation import IdentityCharset
from ocpkit.ocpp.router import Router
from ocpkit.tools import ToolError
from ocpkit.tools.call import CallSettings, run_call

from ._aio_support import NOW, csms_router_201
from ._nats_support import (
    RESET,
    NatsServer,
    nats_server,  # noqa: F401 - the fixture
    node_server,
    running_node,
    station_router,
)

NO_PING = SessionConfig(ping_interval=None, drain_timeout=0.1)

# -- identities in subjects -----------------------------------------------------------------


def _is_one_token(token: str) -> bool:
    return bool(token) and token.isascii() and token.isprintable() and not set(token) & set(".*> ")


@given(st.text(min_size=1))
@example("CS-0001")
@example("a.b")
@example("*")
@example(">")
@example("CS 01")
@example("%")
@example("%41")
@example("é")
@example("\x00\n\t")
def test_an_identity_becomes_one_subject_token_and_back(identity: str) -> None:
    token = encode_identity(identity)
    assert _is_one_token(token)
    assert decode_identity(token) == identity


@given(st.text(min_size=1), st.text(min_size=1))
@example("a.b", "a%2Eb")
@example("A", "%41")
def test_two_identities_never_share_a_subject(first: str, second: str) -> None:
    assert (encode_identity(first) == encode_identity(second)) == (first == second)


@pytest.mark.parametrize("token", ["", "a.b", "%41", "%2e", "%", "%G1", "%C3", "a b", "*"])
def test_decoding_refuses_text_the_encoder_never_writes(token: str) -> None:
    with pytest.raises(ClusterUsageError):
        decode_identity(token)


def test_the_empty_identity_has_no_subject() -> None:
    with pytest.raises(ClusterUsageError):
        encode_identity("")


@pytest.mark.parametrize("namespace", ["", "a..b", "a.*", "a b", ".a", "a>"])
def test_a_namespace_must_be_plain_subject_tokens(namespace: str) -> None:
    with pytest.raises(ClusterUsageError):
        Subjects(namespace)


# -- the answer table ---------------------------------------------------------------------------

# outcome -> exception class, and the attribute values it carries
ROWS: list[tuple[Outcome, type[RoutedCallFailed], dict[str, Any]]] = [
    (Outcome.NOT_CONNECTED, StationNotConnected, {"during_call": True}),
    (Outcome.EXPIRED, RoutedCallTimeout, {}),
    (Outcome.TIMEOUT, RoutedCallTimeout, {}),
    (Outcome.INVALID_REQUEST, RoutedPayloadInvalid, {"part": "request", "found_by": "node"}),
    (Outcome.INVALID_RESPONSE, RoutedPayloadInvalid, {"part": "response", "found_by": "node"}),
    (Outcome.WRONG_VERSION, NodeFailed, {"reason": "version"}),
    (Outcome.INTERNAL, NodeFailed, {"reason": "internal"}),
]


def test_the_table_has_a_row_for_every_failed_outcome() -> None:
    assert set(FAILURES) == {row[0] for row in ROWS}
    assert set(FAILURES) | {Outcome.RESULT, Outcome.CALL_ERROR} == set(Outcome)


@pytest.mark.parametrize(("outcome", "error_type", "attributes"), ROWS)
def test_each_failed_outcome_raises_its_error(
    outcome: Outcome, error_type: type[RoutedCallFailed], attributes: dict[str, Any]
) -> None:
    with pytest.raises(error_type) as raised:
        read_answer({OUTCOME: outcome}, b"why", v201.ResetResponse, identity="CS-1", action="Reset")
    assert type(raised.value) is error_type
    assert (raised.value.identity, raised.value.action, str(raised.value)) == (
        "CS-1",
        "Reset",
        "why",
    )
    for name, value in attributes.items():
        assert getattr(raised.value, name) == value


def test_a_response_is_validated_again_by_the_caller() -> None:
    with pytest.raises(RoutedPayloadInvalid) as raised:
        read_answer(
            {OUTCOME: "result"},
            b'{"status":"Maybe"}',
            v201.ResetResponse,
            identity="CS-1",
            action="Reset",
        )
    assert (raised.value.part, raised.value.found_by) == ("response", "caller")
    assert raised.value.error is not None
    assert raised.value.error.kind is ErrorKind.PROPERTY


@pytest.mark.parametrize(
    ("headers", "data"),
    [({}, b"{}"), ({OUTCOME: "perhaps"}, b""), ({OUTCOME: "callerror"}, b"[1]")],
)
def test_an_answer_no_node_writes_is_a_node_failure(headers: dict[str, str], data: bytes) -> None:
    with pytest.raises(NodeFailed) as raised:
        read_answer(headers, data, v201.ResetResponse, identity="CS-1", action="Reset")
    assert raised.value.reason == "internal"


def test_a_callerror_body_keeps_code_description_and_details() -> None:
    body = CallErrorBody.of(
        OcppError("busy", kind=ErrorKind.GENERIC, details={"a": 1}), OcppVersion.V16
    )
    again = CallErrorBody.from_json(body.to_json())
    assert again == CallErrorBody("GenericError", "busy", {"a": 1})
    assert again.to_error().kind is ErrorKind.GENERIC


# -- a running cluster ----------------------------------------------------------------------


@pytest.fixture
async def caller(nats_server: NatsServer) -> AsyncIterator[NatsCluster]:  # noqa: F811
    async with NatsCluster(nats_server.url, namespace="t", node="caller") as cluster:
        yield cluster


async def held(cluster: NatsCluster, *identities: str) -> None:
    """Wait until the node answers for ``identities`` (its ``on_connect`` has run)."""
    async with asyncio.timeout(5):
        while not set(identities) <= set(cluster.stations):
            await asyncio.sleep(0.005)


@contextlib.asynccontextmanager
async def on_node(
    cluster: NatsCluster, server: CsmsServer[Any], identity: str, router: Router | None = None
) -> AsyncIterator[ChargePointClient]:
    """A station connected to ``server``, once its node answers for it."""
    async with station(server.url, identity, router) as client:
        await held(cluster, identity)
        yield client


def station(
    url: str, identity: str, router: Router | None = None, **options: Any
) -> ChargePointClient:
    return ChargePointClient(
        url,
        identity=identity,
        versions=[OcppVersion.V201],
        router=router or station_router(),
        config=NO_PING,
        **options,
    )


async def test_a_routed_call_returns_the_typed_response(
    nats_server: NatsServer,  # noqa: F811
    caller: NatsCluster,
) -> None:
    answers: list[str] = []
    async with (
        running_node(nats_server.url, "t", node="A") as (cluster, server),
        on_node(cluster, server, "CS-0001", station_router(answers, name="cs")),
    ):
        assert cluster.calls_served == 0
        response = await caller.call("CS-0001", RESET, timeout=5)
        assert response == v201.ResetResponse(status=v201.ResetStatusEnum.ACCEPTED)
        assert answers == ["cs"]
        assert set(cluster.stations) == {"CS-0001"}
        assert (cluster.calls_served, caller.calls_served) == (1, 0)  # served where the station is


async def test_a_call_to_a_station_nobody_holds_fails_at_once(caller: NatsCluster) -> None:
    started = time.monotonic()
    with pytest.raises(StationNotConnected) as raised:
        await caller.call("CS-NOWHERE", RESET, timeout=10)
    assert time.monotonic() - started < 1
    assert not raised.value.during_call


async def test_a_station_that_does_not_answer_times_out_at_the_deadline(
    nats_server: NatsServer,  # noqa: F811
    caller: NatsCluster,
) -> None:
    async with (
        running_node(nats_server.url, "t", node="A") as (cluster, server),
        on_node(cluster, server, "CS-1"),
    ):
        started = time.monotonic()
        with pytest.raises(RoutedCallTimeout):
            await caller.call("CS-1", v201.ClearCacheRequest(), timeout=0.5)
        assert 0.45 < time.monotonic() - started < 1.0


async def test_a_callerror_of_the_station_reaches_the_caller(
    nats_server: NatsServer,  # noqa: F811
    caller: NatsCluster,
) -> None:
    request = v201.ChangeAvailabilityRequest(
        operational_status=v201.OperationalStatusEnum.INOPERATIVE
    )
    async with (
        running_node(nats_server.url, "t", node="A") as (cluster, server),
        on_node(cluster, server, "CS-1"),
    ):
        with pytest.raises(StationCallError) as raised:
            await caller.call("CS-1", request, timeout=5)
        assert cluster.calls_served == 1  # a refusal is served too
    error = raised.value
    assert (error.code, error.kind, error.description, error.details) == (
        "GenericError",
        ErrorKind.GENERIC,
        "EVSE busy",
        {"evse": 1},
    )


async def test_a_broken_request_is_refused_before_it_leaves(caller: NatsCluster) -> None:
    request = v201.ResetRequest.model_construct(type="Now")  # built without validation
    with pytest.raises(RoutedPayloadInvalid) as raised:
        await caller.call("CS-1", request, timeout=5)
    assert (raised.value.part, raised.value.found_by) == ("request", "caller")


async def test_a_request_only_stations_send_is_a_usage_error(caller: NatsCluster) -> None:
    with pytest.raises(ClusterUsageError):
        await caller.call("CS-1", v201.HeartbeatRequest(), timeout=5)


async def _raw_request(
    caller: NatsCluster, identity: str, data: bytes, headers: dict[str, str]
) -> tuple[str, bytes]:
    msg = await caller.client.request(
        caller.subjects.station(identity), data, timeout=5, headers=headers
    )
    return (msg.headers or {}).get(OUTCOME, ""), msg.data


async def test_the_node_refuses_what_it_cannot_send_without_calling_the_station(
    nats_server: NatsServer,  # noqa: F811
    caller: NatsCluster,
) -> None:
    answers: list[str] = []
    later = str(int((time.time() + 5) * 1000))
    rows = [
        # (headers, body, outcome)
        (
            {VERSION: "2.0.1", ACTION: "Reset", DEADLINE: later},
            b'{"type":"Now"}',
            "invalid-request",
        ),
        ({VERSION: "2.0.1", ACTION: "Reset", DEADLINE: later}, b"not json", "invalid-request"),
        ({VERSION: "2.0.1", ACTION: "Heartbeat", DEADLINE: later}, b"{}", "invalid-request"),
        ({VERSION: "2.0.1", ACTION: "Nope", DEADLINE: later}, b"{}", "invalid-request"),
        ({VERSION: "3.0", ACTION: "Reset", DEADLINE: later}, b"{}", "invalid-request"),
        ({VERSION: "2.0.1", ACTION: "Reset", DEADLINE: "soon"}, b"{}", "invalid-request"),
        ({VERSION: "1.6", ACTION: "Reset", DEADLINE: later}, b'{"type":"Hard"}', "wrong-version"),
        (
            {VERSION: "2.0.1", ACTION: "Reset", DEADLINE: str(int((time.time() - 1) * 1000))},
            b'{"type":"Immediate"}',
            "expired",
        ),
    ]
    async with (
        running_node(nats_server.url, "t", node="A") as (cluster, server),
        on_node(cluster, server, "CS-1", station_router(answers)),
    ):
        for headers, body, outcome in rows:
            got, _ = await _raw_request(caller, "CS-1", body, headers)
            assert got == outcome, (headers, body)
    assert answers == []


async def test_a_request_of_another_version_fails_as_wrong_version(
    nats_server: NatsServer,  # noqa: F811
    caller: NatsCluster,
) -> None:
    async with (
        running_node(nats_server.url, "t", node="A") as (cluster, server),
        on_node(cluster, server, "CS-1"),
    ):
        with pytest.raises(NodeFailed) as raised:
            await caller.call("CS-1", v16.ResetRequest(type=v16.ResetType.HARD), timeout=5)
    assert raised.value.reason == "version"


async def test_an_invalid_response_of_the_station_is_reported_by_the_node(
    nats_server: NatsServer,  # noqa: F811
    caller: NatsCluster,
) -> None:
    async with (
        running_node(nats_server.url, "t", node="A") as (cluster, server),
        connect(f"{server.url}RAW-1", subprotocols=[Subprotocol("ocpp2.0.1")], proxy=None) as ws,
    ):

        async def answer_badly() -> None:
            frame = orjson.loads(await ws.recv())
            await ws.send(orjson.dumps([3, frame[1], {"status": "Maybe"}]).decode())

        while "RAW-1" not in cluster.stations:
            await asyncio.sleep(0.01)
        answering = asyncio.create_task(answer_badly())
        with pytest.raises(RoutedPayloadInvalid) as raised:
            await caller.call("RAW-1", RESET, timeout=5)
        await answering
    assert (raised.value.part, raised.value.found_by) == ("response", "node")


async def test_identities_special_to_nats_are_routed(
    nats_server: NatsServer,  # noqa: F811
    caller: NatsCluster,
) -> None:
    identities = ["CS.1", "CS*", "CS>", "CS.*.>", "CS-é"]
    async with running_node(
        nats_server.url, "t", node="A", identity_charset=IdentityCharset.RELAXED
    ) as (cluster, server):
        clients = [station(server.url, identity) for identity in identities]
        for client in clients:
            await client.connect()
        await held(cluster, *identities)
        try:
            for identity in identities:
                assert (await caller.call(identity, RESET, timeout=5)).status == "Accepted"
            with pytest.raises(StationNotConnected):
                await caller.call("CS", RESET, timeout=5)
        finally:
            for client in clients:
                await client.close()


async def test_the_node_stops_answering_when_the_station_leaves(
    nats_server: NatsServer,  # noqa: F811
    caller: NatsCluster,
) -> None:
    async with running_node(nats_server.url, "t", node="A") as (cluster, server):
        async with on_node(cluster, server, "CS-1"):
            await caller.call("CS-1", RESET, timeout=5)
        while cluster.stations:
            await asyncio.sleep(0.01)
        with pytest.raises(StationNotConnected):
            await caller.call("CS-1", RESET, timeout=5)


# -- workers ------------------------------------------------------------------------------------


def worker_router(served: list[str], name: str) -> Router:
    router = Router(OcppVersion.V201, "CSMS")

    @router.on(v201.HeartbeatRequest)
    def heartbeat(request: v201.HeartbeatRequest) -> v201.HeartbeatResponse:
        served.append(f"{name}:{current_call().identity}")
        return v201.HeartbeatResponse(current_time=NOW)

    @router.on(v201.StatusNotificationRequest)
    def status(request: v201.StatusNotificationRequest) -> v201.StatusNotificationResponse:
        raise OcppError("no such connector", kind=ErrorKind.PROPERTY, details={"connector": 9})

    return router


async def test_workers_in_a_queue_group_answer_each_station_call_once(
    nats_server: NatsServer,  # noqa: F811
) -> None:
    served: list[str] = []
    url = nats_server.url
    async with (
        NatsCluster(url, namespace="t", node="w1") as w1,
        NatsCluster(url, namespace="t", node="w2") as w2,
    ):
        await serve_router(w1, worker_router(served, "w1"))
        await serve_router(w2, worker_router(served, "w2"))
        node = await NatsCluster(url, namespace="t", node="A", worker_timeout=2).start()
        # Boot stays in process; everything else goes to the workers.
        router = node.forwarding_router(OcppVersion.V201, router=csms_router_without_heartbeat())
        async with (
            node_server(node, router=router) as server,
            on_node(node, server, "CS-1") as client,
        ):
            boot = await client.call(
                v201.BootNotificationRequest(
                    charging_station=v201.ChargingStation(model="m", vendor_name="v"),
                    reason=v201.BootReasonEnum.POWER_UP,
                )
            )
            assert boot.status == "Accepted"
            for _ in range(20):
                answer = await client.call(v201.HeartbeatRequest())
                assert answer.current_time == NOW
            with pytest.raises(CallRejected) as raised:
                await client.call(
                    v201.StatusNotificationRequest(
                        timestamp=NOW,
                        connector_status=v201.ConnectorStatusEnum.AVAILABLE,
                        evse_id=1,
                        connector_id=9,
                    )
                )
            started = time.monotonic()
            with pytest.raises(CallRejected) as unserved:
                await client.call(
                    v201.FirmwareStatusNotificationRequest(status=v201.FirmwareStatusEnum.IDLE)
                )
            assert time.monotonic() - started < 1
        await node.close()
    assert len(served) == 20
    assert {entry.split(":")[1] for entry in served} == {"CS-1"}
    assert {entry.split(":")[0] for entry in served} == {"w1", "w2"}
    assert (raised.value.kind, raised.value.description, raised.value.details) == (
        ErrorKind.PROPERTY,
        "no such connector",
        {"connector": 9},
    )
    assert unserved.value.kind is ErrorKind.INTERNAL


def csms_router_without_heartbeat() -> Router:
    router = Router(OcppVersion.V201, "CSMS")

    @router.on(v201.BootNotificationRequest)
    def boot(request: v201.BootNotificationRequest) -> v201.BootNotificationResponse:
        return v201.BootNotificationResponse(
            status=v201.RegistrationStatusEnum.ACCEPTED, current_time=NOW, interval=300
        )

    return router


# -- events -------------------------------------------------------------------------------------


async def test_connections_and_received_frames_are_published_as_events(
    nats_server: NatsServer,  # noqa: F811
    caller: NatsCluster,
) -> None:
    seen: list[ClusterEvent] = []
    async with caller.events() as stream:

        async def listen() -> None:
            async for event in stream:
                seen.append(event)
                if isinstance(event, StationDisconnected):
                    return

        listening = asyncio.create_task(listen())
        async with (
            running_node(nats_server.url, "t", node="A") as (cluster, server),
            on_node(cluster, server, "CS.1") as client,
        ):
            await client.call(v201.HeartbeatRequest())
        async with asyncio.timeout(5):
            await listening
    connected, frame, disconnected = seen
    assert connected == StationConnected(
        identity="CS.1", node="A", version=OcppVersion.V201, subprotocol="ocpp2.0.1"
    )
    assert isinstance(frame, FrameSeen)
    assert frame.direction == "received"
    assert orjson.loads(frame.frame)[2] == "Heartbeat"
    assert isinstance(disconnected, StationDisconnected)
    assert disconnected.code == 1000


# -- hand-over ----------------------------------------------------------------------------------


async def test_the_newest_connection_of_an_identity_wins_across_nodes(
    nats_server: NatsServer,  # noqa: F811
    caller: NatsCluster,
) -> None:
    answers: list[str] = []
    url = nats_server.url
    async with (
        running_node(url, "t", node="A") as (node_a, server_a),
        running_node(url, "t", node="B") as (node_b, server_b),
    ):
        old = station(server_a.url, "CS-1", station_router(answers, name="old"))
        await old.connect()
        await held(node_a, "CS-1")
        await caller.call("CS-1", RESET, timeout=5)
        old_session = old.session
        async with (
            on_node(node_b, server_b, "CS-1", station_router(answers, name="new")),
            asyncio.timeout(5),
        ):
            while old.connected:
                await asyncio.sleep(0.01)
            assert old_session.close_reason == "replaced"
            assert set(node_a.stations) == set()
            assert set(node_b.stations) == {"CS-1"}
            for _ in range(10):
                await caller.call("CS-1", RESET, timeout=5)
        await old.close()
    assert answers == ["old"] + ["new"] * 10


# -- ocpkit call ----------------------------------------------------------------------------


def _settings(url: str, action: str, payload: str, identity: str = "CS-1") -> CallSettings:
    return CallSettings(
        nats_url=url,
        namespace="t",
        version=OcppVersion.V201,
        identity=identity,
        action=action,
        payload=payload,
        timeout=3,
    )


async def test_ocpkit_call_prints_the_answer_or_the_error(
    nats_server: NatsServer,  # noqa: F811
) -> None:
    rows = [
        # (identity, action, payload, status, stdout, stderr)
        ("CS-1", "Reset", '{"type":"Immediate"}', 0, '{"status":"Accepted"}\n', ""),
        (
            "CS-1",
            "ChangeAvailability",
            '{"operationalStatus":"Inoperative"}',
            1,
            "",
            'CALLERROR GenericError: EVSE busy {"evse":1}\n',
        ),
        ("CS-9", "Reset", '{"type":"Immediate"}', 1, "", "StationNotConnected: CS-9 is not"),
    ]
    async with (
        running_node(nats_server.url, "t", node="A") as (cluster, server),
        on_node(cluster, server, "CS-1"),
    ):
        for identity, action, payload, status, stdout, stderr in rows:
            out, err = io.StringIO(), io.StringIO()
            settings = _settings(nats_server.url, action, payload, identity)
            assert await run_call(settings, out=out, err=err) == status
            assert out.getvalue() == stdout
            assert err.getvalue().startswith(stderr)


@pytest.mark.parametrize(
    ("action", "payload"),
    [("Heartbeat", "{}"), ("Nope", "{}"), ("Reset", "{"), ("Reset", '{"type":"Now"}')],
)
async def test_ocpkit_call_refuses_arguments_that_make_no_request(
    action: str, payload: str
) -> None:
    with pytest.raises(ToolError) as raised:
        await run_call(
            _settings("nats://127.0.0.1:1", action, payload), out=io.StringIO(), err=io.StringIO()
        )
    assert raised.value.status == 2


# -- CsmsServer(cluster=...) ----------------------------------------------------------------


async def test_a_server_given_a_cluster_starts_it_and_closes_it_after_its_last_session(
    nats_server: NatsServer,  # noqa: F811
    caller: NatsCluster,
) -> None:
    cluster = NatsCluster(nats_server.url, namespace="t", node="A")
    seen: list[str] = []
    frames: list[FrameDirection] = []

    async def on_connect(session: Session[Any]) -> None:
        # The application's on_connect runs first: the station is not reachable yet.
        with pytest.raises(StationNotConnected):
            await caller.call(session.identity, RESET, timeout=2)
        seen.append(f"connected {session.identity}")

    def on_disconnect(session: Session[Any], disconnect: Disconnect) -> None:
        # The cluster has already stopped routing to it.
        seen.append(f"disconnected {session.identity} held={session.identity in cluster.stations}")

    server = CsmsServer(
        router=csms_router_201(),
        versions=[OcppVersion.V201],
        config=NO_PING,
        cluster=cluster,
        on_connect=on_connect,
        on_disconnect=on_disconnect,
        on_frame=lambda session, direction, data: frames.append(direction),
    )
    assert server.cluster is cluster
    assert not cluster.started
    async with server:
        assert cluster.started
        async with on_node(cluster, server, "CS-1"):
            response = await caller.call("CS-1", RESET, timeout=5)
            assert response.status is v201.ResetStatusEnum.ACCEPTED
        async with asyncio.timeout(5):
            while "CS-1" in cluster.stations:
                await asyncio.sleep(0.005)
        with pytest.raises(StationNotConnected):
            await caller.call("CS-1", RESET, timeout=2)
    assert not cluster.started
    assert seen == ["connected CS-1", "disconnected CS-1 held=False"]
    assert frames.count(FrameDirection.RECEIVED) == frames.count(FrameDirection.SENT) == 1


async def test_a_station_the_application_turns_away_on_connect_is_never_routed_to(
    nats_server: NatsServer,  # noqa: F811
    caller: NatsCluster,
) -> None:
    async def turn_away(session: Session[Any]) -> None:
        await session.close(1008, "not today")

    async with (
        caller.events() as stream,
        running_node(nats_server.url, "t", node="A", on_connect=turn_away) as (cluster, server),
    ):
        async with station(server.url, "CS-2") as client:
            with pytest.raises(SessionClosed):
                await client.call(v201.HeartbeatRequest())
        with pytest.raises(StationNotConnected):
            await caller.call("CS-2", RESET, timeout=2)
        assert "CS-2" not in cluster.stations
        # Published: only the disconnection (no "connected" for a station never reachable).
        async with asyncio.timeout(5):
            event = await anext(aiter(stream))
        assert isinstance(event, StationDisconnected)
        assert (event.identity, event.code) == ("CS-2", 1008)


async def test_a_cluster_started_by_its_owner_stays_open_when_the_server_closes(
    nats_server: NatsServer,  # noqa: F811
) -> None:
    async with NatsCluster(nats_server.url, namespace="t", node="A") as cluster:
        async with node_server(cluster):
            assert cluster.started
        assert cluster.started
        assert cluster.connected
    assert not cluster.started


async def test_a_server_that_cannot_listen_leaves_the_cluster_it_started(
    nats_server: NatsServer,  # noqa: F811
) -> None:
    cluster = NatsCluster(nats_server.url, namespace="t", node="A")
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        server = node_server(cluster, port=busy.getsockname()[1])
        with pytest.raises(OSError, match=r"(?i)address already in use"):
            await server.start()
    assert not cluster.started


async def test_a_forwarding_router_made_before_the_cluster_starts_serves_once_it_has(
    nats_server: NatsServer,  # noqa: F811
) -> None:
    served: list[str] = []
    node = NatsCluster(nats_server.url, namespace="t", node="A")
    router = node.forwarding_router(OcppVersion.V201, router=csms_router_without_heartbeat())
    async with NatsCluster(nats_server.url, namespace="t", node="w") as worker_host:
        await serve_router(worker_host, worker_router(served, "w"))
        async with (
            CsmsServer(
                router=router, versions=[OcppVersion.V201], config=NO_PING, cluster=node
            ) as server,
            station(server.url, "CS-1") as client,
        ):
            answer = await client.call(v201.HeartbeatRequest())
            assert answer.current_time == NOW
    assert served == ["w:CS-1"]
    assert not node.started


@pytest.mark.parametrize(
    ("later", "other", "lets_go"),
    [
        (1, "B", True),  # the other node took it later: it wins
        (-1, "B", False),  # earlier: this node keeps it and says so again
        (0, "B", True),  # the same instant: the greater node name wins
        (0, "0", False),
    ],
)
async def test_two_nodes_that_both_hold_a_station_settle_on_the_newer_one(
    nats_server: NatsServer,  # noqa: F811
    caller: NatsCluster,
    later: int,
    other: str,
    lets_go: bool,
) -> None:
    heard: asyncio.Queue[dict[str, str]] = asyncio.Queue()

    async def on_announcement(msg: Msg) -> None:
        if (msg.headers or {}).get(NODE) == "A":
            heard.put_nowait(dict(msg.headers or {}))

    subscription = await caller.client.subscribe(caller.subjects.announcements, cb=on_announcement)
    async with (
        running_node(nats_server.url, "t", node="A") as (node, server),
        on_node(node, server, "CS-1") as client,
        asyncio.timeout(5),
    ):
        session = client.session
        own = await heard.get()
        assert decode_identity(own[STATION]) == "CS-1"
        since = int(own[SINCE])
        # What node ``other`` says when it took the same station too (two connections raced).
        await caller.client.publish(
            caller.subjects.announcements,
            b"",
            headers={NODE: other, STATION: encode_identity("CS-1"), SINCE: str(since + later)},
        )
        if lets_go:
            while client.connected:
                await asyncio.sleep(0.01)
            assert session.close_reason == "replaced"
            assert "CS-1" not in node.stations
        else:
            again = await heard.get()
            assert int(again[SINCE]) == since
            assert client.connected
            assert set(node.stations) == {"CS-1"}
    await subscription.unsubscribe()
