"""The asyncio client and CSMS server over real WebSockets on 127.0.0.1, on both transports.

Every test that starts a server stops it (``async with``); client x server combinations run
where the client side matters, server-only behaviour is driven by a plain websockets client
that sends frames by hand.
"""

import asyncio
import json
import sys
from collections.abc import Callable
from itertools import islice
from pathlib import Path
from typing import Any, assert_type

import attrs
import pytest
import trustme
from websockets.asyncio.server import ServerConnection, serve
from websockets.exceptions import ConnectionClosed, InvalidStatus
from websockets.typing import Subprotocol

from ocpkit._base import OcppRequest
from ocpkit.ocpp import ErrorKind, OcppError, OcppVersion, v16, v21, v201
from ocpkit.ocpp.aio import (
    CallRejected,
    CallTimeout,
    ChargePointClient,
    ConnectFailed,
    CsmsServer,
    IdentityCharset,
    InvalidResponse,
    RetryPolicy,
    Session,
    SessionClosed,
    SessionConfig,
    SubprotocolMismatch,
    TransportName,
    VersionMismatch,
    connect_charge_point,
    current_session,
    serve_csms,
)
from ocpkit.ocpp.connection import LocalProtocolError
from ocpkit.ocpp.events import Event, LateReply
from ocpkit.ocpp.router import Router
from ocpkit.ocpp.security import client_ssl_context, server_ssl_context

from ._aio_support import (
    CLIENTS,
    KEY_16,
    NOW,
    PAIRS,
    PASSWORD,
    QUIET,
    SERVERS,
    TRANSPORTS,
    Arrivals,
    DeafPeer,
    boot_201,
    csms_router_16,
    csms_router_21,
    csms_router_201,
    exchange,
    raw_connect,
    start_201,
    station_router_16,
    station_router_21,
    station_router_201,
    unused_port,
)

V16 = OcppVersion.V16
V201 = OcppVersion.V201
V21 = OcppVersion.V21


# -- round trips, every version, every transport pair ----------------------------------------


@pytest.mark.parametrize(("server_transport", "client_transport"), PAIRS)
async def test_round_trip_16(
    server_transport: TransportName, client_transport: TransportName
) -> None:
    arrivals = Arrivals()
    async with (
        CsmsServer(
            router=csms_router_16(),
            transport=server_transport,
            on_connect=arrivals.on_connect,
            on_disconnect=arrivals.on_disconnect,
            config=QUIET,
        ) as csms,
        ChargePointClient(
            csms.url + "CP-16",
            versions=[V16],
            router=station_router_16(),
            transport=client_transport,
            config=QUIET,
        ) as station,
    ):
        boot = await station.call(
            v16.BootNotificationRequest(charge_point_vendor="v", charge_point_model="m")
        )
        assert_type(boot, v16.BootNotificationResponse)
        assert boot.status is v16.RegistrationStatus.ACCEPTED
        assert boot.interval == 300
        heartbeat = await station.call(v16.HeartbeatRequest())
        assert heartbeat.current_time == NOW

        session = await arrivals.session("CP-16")
        assert (session.version, session.subprotocol, session.role) == (V16, "ocpp1.6", "CSMS")
        started = await session.call(v16.RemoteStartTransactionRequest(id_tag="TAG-1"))
        assert_type(started, v16.RemoteStartTransactionResponse)
        assert started.status is v16.RemoteStartStopStatus.ACCEPTED
        assert csms.sessions == {"CP-16": session}

        # Close codes cross both ways, application codes (4000-4999) included.
        await station.session.close(4001, "maintenance")
        await arrivals.gone(1)
        assert (session.close_code, session.close_reason) == (4001, "maintenance")
        assert csms.sessions == {}


@pytest.mark.parametrize(("server_transport", "client_transport"), PAIRS)
async def test_round_trip_201(
    server_transport: TransportName, client_transport: TransportName
) -> None:
    arrivals = Arrivals()
    async with (
        CsmsServer(
            router=csms_router_201(),
            transport=server_transport,
            on_connect=arrivals.on_connect,
            identity_charset=IdentityCharset.RELAXED,  # a legacy fleet's identities
            config=QUIET,
        ) as csms,
        ChargePointClient(
            csms.url,
            identity="CS~201ä",  # percent-encoded into the path, read back by the server
            versions=[V201],
            router=station_router_201(),
            transport=client_transport,
            config=QUIET,
        ) as station,
    ):
        boot = await station.call(boot_201())
        assert_type(boot, v201.BootNotificationResponse)
        assert boot.status is v201.RegistrationStatusEnum.ACCEPTED
        heartbeat = await station.call(v201.HeartbeatRequest())
        assert_type(heartbeat, v201.HeartbeatResponse)
        assert heartbeat.current_time == NOW

        session = await arrivals.session("CS~201ä")
        assert (session.version, session.subprotocol) == (V201, "ocpp2.0.1")
        started = await session.call(start_201())
        assert_type(started, v201.RequestStartTransactionResponse)
        assert started.status is v201.RequestStartStopStatusEnum.ACCEPTED
        assert started.transaction_id == "tx-1"


async def test_as_version_narrows_a_session_and_refuses_another_version() -> None:
    arrivals = Arrivals()
    async with (
        CsmsServer(router=csms_router_201(), on_connect=arrivals.on_connect, config=QUIET) as csms,
        ChargePointClient(
            csms.url + "CS-1", versions=[V201], router=station_router_201(), config=QUIET
        ) as station,
    ):
        await station.call(boot_201())
        session = await arrivals.session("CS-1")
        narrowed = session.as_version(OcppVersion.V201)
        assert narrowed is session
        assert_type(narrowed, "Session[Any, v201.V201Request[Any]]")
        started = await narrowed.call(start_201())
        assert started.transaction_id == "tx-1"
        with pytest.raises(VersionMismatch, match=r"speaks OCPP 2\.0\.1, not 1\.6"):
            session.as_version(V16)
        # What the types let through on a session whose version only the run time knows, the
        # session still refuses before sending anything; the connection stays open.
        untyped: Session[Any] = session
        with pytest.raises(
            LocalProtocolError, match=r"HeartbeatRequest \(OCPP 1.6\) is not an OCPP 2.0.1"
        ):
            await untyped.call(v16.HeartbeatRequest())
        assert (await station.call(v201.HeartbeatRequest())).current_time == NOW


@pytest.mark.parametrize(("server_transport", "client_transport"), PAIRS)
async def test_round_trip_21_with_send(
    server_transport: TransportName, client_transport: TransportName
) -> None:
    arrivals = Arrivals()
    router = csms_router_21()
    streamed: asyncio.Queue[tuple[str, v21.NotifyPeriodicEventStream]] = asyncio.Queue()

    @router.on_send(v21.NotifyPeriodicEventStream)
    def stream(message: v21.NotifyPeriodicEventStream) -> None:
        streamed.put_nowait((current_session().identity, message))

    async with (
        CsmsServer(
            router=router, transport=server_transport, on_connect=arrivals.on_connect, config=QUIET
        ) as csms,
        ChargePointClient(
            csms.url + "CS-21",
            versions=[V21],
            router=station_router_21(),
            transport=client_transport,
            config=QUIET,
        ) as station,
    ):
        boot = await station.call(
            v21.BootNotificationRequest(
                charging_station=v21.ChargingStation(model="m", vendor_name="v"),
                reason=v21.BootReasonEnum.POWER_UP,
            )
        )
        assert_type(boot, v21.BootNotificationResponse)
        assert boot.status is v21.RegistrationStatusEnum.ACCEPTED
        assert (await station.call(v21.HeartbeatRequest())).current_time == NOW

        session = await arrivals.session("CS-21")
        started = await session.call(
            v21.RequestStartTransactionRequest(
                id_token=v21.IdToken(id_token="TAG-1", type="Central"), remote_start_id=1
            )
        )
        assert started.status is v21.RequestStartStopStatusEnum.ACCEPTED

        await station.send(
            v21.NotifyPeriodicEventStream(
                data=[v21.StreamDataElement(t=0.5, v="230.1")], id=3, pending=0, basetime=NOW
            )
        )
        async with asyncio.timeout(5):
            identity, message = await streamed.get()
        assert identity == "CS-21"
        assert (message.id, message.data[0].v) == (3, "230.1")


# -- subprotocol negotiation ------------------------------------------------------------------


@pytest.mark.parametrize(("server_transport", "client_transport"), PAIRS)
async def test_the_clients_preference_order_decides_the_version(
    server_transport: TransportName, client_transport: TransportName
) -> None:
    arrivals = Arrivals()
    async with CsmsServer(
        versions=[V16, V201],
        transport=server_transport,
        on_connect=arrivals.on_connect,
        config=QUIET,
    ) as csms:
        cases = [
            ("A", [V21, V201, V16], V201),  # 2.1 is not served: the next preference wins
            ("B", [V16, V201], V16),
            ("C", [V201, V16], V201),
        ]
        for identity, offered, expected in cases:
            async with ChargePointClient(
                csms.url + identity, versions=offered, transport=client_transport, config=QUIET
            ) as station:
                assert station.session.version is expected
                assert (await arrivals.session(identity)).version is expected


@pytest.mark.parametrize("server_transport", SERVERS)
async def test_no_common_subprotocol_completes_the_handshake_without_one_then_closes(
    server_transport: TransportName,
) -> None:
    arrivals = Arrivals()
    async with (
        CsmsServer(
            versions=[V16], transport=server_transport, on_connect=arrivals.on_connect, config=QUIET
        ) as csms,
        raw_connect(csms.url + "CP-1", subprotocols=["ocpp2.0.1", "ocpp2.1"]) as ws,
    ):
        assert ws.response is not None
        assert ws.response.status_code == 101
        assert "Sec-WebSocket-Protocol" not in ws.response.headers
        assert ws.subprotocol is None
        with pytest.raises(ConnectionClosed):
            async with asyncio.timeout(5):
                await ws.recv()
        assert ws.close_code == 1002
        assert arrivals.connected == []


@pytest.mark.parametrize(("server_transport", "client_transport"), PAIRS)
async def test_client_raises_when_the_csms_supports_none_of_its_versions(
    server_transport: TransportName, client_transport: TransportName
) -> None:
    async with CsmsServer(versions=[V16], transport=server_transport, config=QUIET) as csms:
        client = ChargePointClient(
            csms.url + "CS-1", versions=[V201, V21], transport=client_transport, config=QUIET
        )
        with pytest.raises(SubprotocolMismatch) as caught:
            await client.connect()
        assert caught.value.subprotocol is None
        assert not client.connected


@pytest.mark.parametrize("client_transport", CLIENTS)
async def test_client_refuses_a_subprotocol_it_did_not_offer(
    client_transport: TransportName,
) -> None:
    async def handler(ws: ServerConnection) -> None:
        await ws.wait_closed()

    # A broken CSMS that always answers ocpp1.6.
    async with serve(
        handler,
        "127.0.0.1",
        0,
        select_subprotocol=lambda ws, offered: Subprotocol("ocpp1.6"),
        compression=None,
    ) as rogue:
        port = rogue.sockets[0].getsockname()[1]
        with pytest.raises(SubprotocolMismatch) as caught:
            await connect_charge_point(
                f"ws://127.0.0.1:{port}/CS-1",
                versions=[V201],
                transport=client_transport,
                config=QUIET,
            )
        assert caught.value.subprotocol == "ocpp1.6"


# -- handshake refusals: Basic auth, identity ---------------------------------------------------


@pytest.mark.parametrize(("server_transport", "client_transport"), PAIRS)
async def test_basic_auth_with_a_fixed_password(
    server_transport: TransportName, client_transport: TransportName
) -> None:
    async with CsmsServer(
        router=csms_router_201(), password=PASSWORD, transport=server_transport, config=QUIET
    ) as csms:
        async with ChargePointClient(
            csms.url + "CS-1", password=PASSWORD, transport=client_transport, config=QUIET
        ) as station:
            assert (await station.call(v201.HeartbeatRequest())).current_time == NOW
        wrong = ChargePointClient(
            csms.url + "CS-1", password="x" * 16, transport=client_transport, config=QUIET
        )
        with pytest.raises(ConnectFailed) as caught:
            await wrong.connect()
        assert caught.value.status == 401
        nobody = ChargePointClient(csms.url + "CS-1", transport=client_transport, config=QUIET)
        with pytest.raises(ConnectFailed) as caught:
            await nobody.connect()
        assert caught.value.status == 401


@pytest.mark.parametrize(("server_transport", "client_transport"), PAIRS)
async def test_basic_auth_with_a_password_lookup_and_a_16_authorization_key(
    server_transport: TransportName, client_transport: TransportName
) -> None:
    keys = {"CP-16": KEY_16}
    async with CsmsServer(
        router=csms_router_16(), password=keys.get, transport=server_transport, config=QUIET
    ) as csms:
        async with ChargePointClient(
            csms.url + "CP-16",
            versions=[V16],
            password=KEY_16,
            transport=client_transport,
            config=QUIET,
        ) as station:
            assert (await station.call(v16.HeartbeatRequest())).current_time == NOW
        # Right key, but an identity the lookup does not know.
        stranger = ChargePointClient(
            csms.url + "CP-99",
            versions=[V16],
            password=KEY_16,
            transport=client_transport,
            config=QUIET,
        )
        with pytest.raises(ConnectFailed) as caught:
            await stranger.connect()
        assert caught.value.status == 401


@pytest.mark.parametrize("server_transport", SERVERS)
async def test_missing_credentials_are_refused_with_401_before_upgrading(
    server_transport: TransportName,
) -> None:
    async with CsmsServer(password=PASSWORD, transport=server_transport, config=QUIET) as csms:
        with pytest.raises(InvalidStatus) as caught:
            async with raw_connect(csms.url + "CS-1"):
                pass
        assert caught.value.response.status_code == 401
        assert caught.value.response.headers["WWW-Authenticate"].startswith("Basic ")


@pytest.mark.parametrize("server_transport", SERVERS)
@pytest.mark.parametrize(
    "path",
    ["", "CS%3A1", "x" * 49, "CS%001"],
    ids=["empty", "colon", "too-long", "control-char"],
)
async def test_a_bad_identity_is_refused_with_404(
    server_transport: TransportName, path: str
) -> None:
    async with CsmsServer(transport=server_transport, config=QUIET) as csms:
        with pytest.raises(InvalidStatus) as caught:
            async with raw_connect(csms.url + path):
                pass
        assert caught.value.response.status_code == 404


# -- errors and timeouts -----------------------------------------------------------------------


def _refused_and_unsupported(
    version: OcppVersion, router: Router, refuse: Callable[[Any], Any]
) -> tuple[OcppRequest[Any], OcppRequest[Any]]:
    """Register ``refuse`` for Heartbeat; a Heartbeat, and a request with no handler."""
    if version is V16:
        router.on(v16.HeartbeatRequest)(refuse)
        return v16.HeartbeatRequest(), v16.StatusNotificationRequest(
            connector_id=1,
            error_code=v16.ChargePointErrorCode.NO_ERROR,
            status=v16.ChargePointStatus.AVAILABLE,
        )
    router.on(v201.HeartbeatRequest)(refuse)
    return v201.HeartbeatRequest(), v201.AuthorizeRequest(id_token=start_201().id_token)


@pytest.mark.parametrize(("server_transport", "client_transport"), PAIRS)
@pytest.mark.parametrize(
    ("version", "code"),
    [(V16, "OccurenceConstraintViolation"), (V201, "OccurrenceConstraintViolation")],
    ids=["1.6", "2.0.1"],
)
async def test_a_handler_raising_ocpp_error_reaches_the_caller_as_call_error_received(
    server_transport: TransportName,
    client_transport: TransportName,
    version: OcppVersion,
    code: str,
) -> None:
    router = Router(version, "CSMS")

    def refuse(request: object) -> Any:
        raise OcppError("serial number missing", kind=ErrorKind.OCCURRENCE, details={"n": 1})

    request, unsupported = _refused_and_unsupported(version, router, refuse)
    async with (
        CsmsServer(router=router, transport=server_transport, config=QUIET) as csms,
        ChargePointClient(
            csms.url + "CS-1", versions=[version], transport=client_transport, config=QUIET
        ) as station,
    ):
        with pytest.raises(CallRejected) as caught:
            await station.call(request)
        error = caught.value
        assert (error.code, error.kind) == (code, ErrorKind.OCCURRENCE)
        assert (error.description, error.details) == ("serial number missing", {"n": 1})
        assert (error.action, error.request) == ("Heartbeat", request)
        # An action with no handler is NotSupported, and the session carries on.
        with pytest.raises(CallRejected) as caught:
            await station.call(unsupported)
        assert caught.value.code == "NotSupported"


@pytest.mark.parametrize(("server_transport", "client_transport"), PAIRS)
async def test_call_timeout_when_the_peer_never_answers_and_the_late_answer_is_reported(
    server_transport: TransportName, client_transport: TransportName
) -> None:
    release = asyncio.Event()
    station_router = Router(V201, "ChargingStation")

    @station_router.on(v201.RequestStartTransactionRequest)
    async def start(
        request: v201.RequestStartTransactionRequest,
    ) -> v201.RequestStartTransactionResponse:
        await release.wait()
        return v201.RequestStartTransactionResponse(status=v201.RequestStartStopStatusEnum.REJECTED)

    arrivals = Arrivals()
    events: list[Event] = []
    late = asyncio.Event()

    def on_event(session: Session, event: Event) -> None:
        events.append(event)
        if isinstance(event, LateReply):
            late.set()

    async with (
        CsmsServer(
            router=csms_router_201(),
            transport=server_transport,
            on_connect=arrivals.on_connect,
            on_event=on_event,
            config=attrs.evolve(QUIET, call_timeout=0.25),
        ) as csms,
        ChargePointClient(
            csms.url + "CS-1", router=station_router, transport=client_transport, config=QUIET
        ) as station,
    ):
        session = await arrivals.session("CS-1")
        with pytest.raises(CallTimeout) as caught:
            await session.call(start_201())
        assert caught.value.action == "RequestStartTransaction"
        # Receiving goes on while the station's handler is stuck.
        assert (await station.call(v201.HeartbeatRequest())).current_time == NOW
        release.set()
        async with asyncio.timeout(5):
            await late.wait()
        assert [type(e) for e in events] == [LateReply]
        again = await session.call(start_201(), timeout=5)
        assert again.status is v201.RequestStartStopStatusEnum.REJECTED


@pytest.mark.parametrize(("server_transport", "client_transport"), PAIRS)
async def test_closing_the_server_drains_then_fails_calls_in_flight_with_session_closed(
    server_transport: TransportName, client_transport: TransportName
) -> None:
    router = Router(V201, "CSMS")
    arrived = asyncio.Event()

    @router.on(v201.BootNotificationRequest)
    async def boot(request: v201.BootNotificationRequest) -> v201.BootNotificationResponse:
        arrived.set()
        await asyncio.Event().wait()  # never answers
        raise AssertionError("unreachable")

    arrivals = Arrivals()
    csms = await serve_csms(
        router=router,
        transport=server_transport,
        on_disconnect=arrivals.on_disconnect,
        config=attrs.evolve(QUIET, drain_timeout=0.2),
    )
    try:
        station = await connect_charge_point(
            csms.url + "CS-1", transport=client_transport, config=QUIET
        )
        session = station.session
        call = asyncio.ensure_future(station.call(boot_201()))
        async with asyncio.timeout(5):
            await arrived.wait()
    finally:
        await csms.close()
    # The handler still running at the drain deadline is cancelled; the call stays open.
    with pytest.raises(SessionClosed) as caught:
        await call
    assert caught.value.code == 1001
    async with asyncio.timeout(5):
        await session.wait_closed()
    assert session.close_code == 1001
    await arrivals.gone(1)
    assert csms.sessions == {}
    await station.close()


# -- raw frames: the server answers what the protocol prescribes --------------------------------

# (frame sent, reply expected as [type, id, code-or-payload]; None: no reply). The script is
# identical for both servers; so must the transcripts be.
SCRIPT_201: list[tuple[str, list[Any] | None]] = [
    ("not json", [4, "-1", "RpcFrameworkError"]),
    ('{"an": "object"}', [4, "-1", "RpcFrameworkError"]),
    ('[2,"m1","BootNotification",{}]', [4, "m1", "OccurrenceConstraintViolation"]),
    ('[2,"m2","Heartbeat",{"extra":1}]', [4, "m2", "FormatViolation"]),
    ('[2,"m3","NoSuchAction",{}]', [4, "m3", "NotImplemented"]),
    ('[2,"m4","RequestStartTransaction",{}]', [4, "m4", "NotSupported"]),
    ('[9,"m5","Heartbeat",{}]', [4, "m5", "MessageTypeNotSupported"]),
    ('[3,"never-asked",{}]', None),
    ('[2,"m6","Heartbeat",{}]', [3, "m6", {"currentTime": "2026-01-31T12:00:00Z"}]),
]


async def _run_script(server_transport: TransportName) -> tuple[list[str], list[str]]:
    """Play SCRIPT_201 against a server; the raw replies and the events reported."""
    events: list[str] = []
    replies: list[str] = []
    async with (
        CsmsServer(
            router=csms_router_201(),
            transport=server_transport,
            on_event=lambda session, event: events.append(type(event).__name__),
            config=QUIET,
        ) as csms,
        raw_connect(csms.url + "CS-raw") as ws,
    ):
        for frame, expected in SCRIPT_201:
            await ws.send(frame)
            if expected is None:
                continue
            async with asyncio.timeout(5):
                text = await ws.recv()
            assert isinstance(text, str)
            replies.append(text)
            decoded = json.loads(text)
            head = decoded[:3] if decoded[0] == 4 else decoded
            assert head == expected, frame
    return replies, events


@pytest.mark.parametrize("server_transport", SERVERS)
async def test_invalid_frames_get_the_prescribed_answer_and_the_session_keeps_working(
    server_transport: TransportName,
) -> None:
    replies, events = await _run_script(server_transport)
    assert len(replies) == 8
    assert events == ["ProtocolViolation"] * 7 + ["UnexpectedReply"]
    # Nothing of the offending input is echoed back.
    assert not any("not json" in r or "an" + '": "object' in r for r in replies)


async def test_the_picows_and_websockets_servers_behave_the_same() -> None:
    transcripts = [await _run_script(t) for t in TRANSPORTS]
    assert transcripts[0] == transcripts[1]

    async def handshakes(transport: TransportName) -> list[object]:
        seen: list[object] = []
        async with CsmsServer(
            versions=[V16], password=KEY_16, transport=transport, config=QUIET
        ) as s:
            for path, offer, headers in [
                ("CS%3A1", ["ocpp1.6"], []),
                ("CS-1", ["ocpp1.6"], []),
                ("CS-1", ["ocpp1.6"], [("Authorization", "Basic !!!")]),
            ]:
                try:
                    async with raw_connect(s.url + path, offer, headers):
                        seen.append("open")
                except InvalidStatus as error:
                    seen.append(error.response.status_code)
        return seen

    outcomes = [await handshakes(t) for t in TRANSPORTS]
    assert outcomes[0] == outcomes[1] == [404, 401, 401]


@pytest.mark.parametrize("server_transport", SERVERS)
async def test_an_oversized_message_closes_with_1009_and_the_server_lives_on(
    server_transport: TransportName,
) -> None:
    arrivals = Arrivals()
    async with CsmsServer(
        router=csms_router_201(),
        transport=server_transport,
        on_disconnect=arrivals.on_disconnect,
        config=attrs.evolve(QUIET, max_message_size=1024),
    ) as csms:
        async with raw_connect(csms.url + "CS-big") as ws:
            await ws.send('[2,"1","Heartbeat",{"customData":{"vendorId":"' + "x" * 4000 + '"}}]')
            with pytest.raises(ConnectionClosed):
                async with asyncio.timeout(5):
                    await ws.recv()
            assert ws.close_code == 1009
        await arrivals.gone(1)
        assert arrivals.disconnected[0].close_code == 1009
        async with raw_connect(csms.url + "CS-small") as ws:
            reply = json.loads(await exchange(ws, '[2,"2","Heartbeat",{}]'))
            assert reply[:2] == [3, "2"]


# -- sessions, reconnecting ----------------------------------------------------------------------


@pytest.mark.parametrize("server_transport", SERVERS)
async def test_a_station_connecting_again_replaces_its_open_session(
    server_transport: TransportName,
) -> None:
    arrivals = Arrivals()
    async with (
        CsmsServer(
            transport=server_transport,
            on_connect=arrivals.on_connect,
            on_disconnect=arrivals.on_disconnect,
            config=QUIET,
        ) as csms,
        ChargePointClient(csms.url + "CS-1", config=QUIET) as first,
    ):
        old = await arrivals.session("CS-1")
        first_session = first.session
        async with ChargePointClient(csms.url + "CS-1", config=QUIET):
            new = await arrivals.session("CS-1", nth=2)
            await arrivals.gone(1)
            assert arrivals.disconnected == [old]
            assert csms.sessions == {"CS-1": new}
            async with asyncio.timeout(5):
                await first_session.wait_closed()
            assert first_session.close_code == 1001
            assert not first.connected


def test_retry_policy_doubles_the_back_off_repeat_times_then_keeps_it() -> None:
    policy = RetryPolicy(wait_minimum=10, random_range=5, repeat_times=3)
    draws = iter([1.0, 2.0, 3.0, 4.0, 0.5, 0.0])

    def random(low: float, high: float) -> float:
        assert (low, high) == (0.0, 5.0)
        return next(draws)

    assert list(islice(policy.waits(random), 6)) == [11.0, 22.0, 43.0, 84.0, 80.5, 80.0]
    assert list(islice(RetryPolicy(wait_minimum=2, random_range=0, repeat_times=0).waits(), 3)) == [
        2.0,
        2.0,
        2.0,
    ]
    with pytest.raises(ValueError, match="repeat_times"):
        RetryPolicy(repeat_times=-1)


@pytest.mark.parametrize("client_transport", CLIENTS)
async def test_connect_retries_with_the_injected_back_off(client_transport: TransportName) -> None:
    class EnoughError(Exception):
        """Ends the endless retries."""

    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)
        if len(waits) == 6:
            raise EnoughError

    client = ChargePointClient(
        f"ws://127.0.0.1:{unused_port()}/CS-1",
        transport=client_transport,
        retry=RetryPolicy(wait_minimum=1, random_range=2, repeat_times=3),
        sleep=sleep,
        random=lambda low, high: high / 4,
        config=QUIET,
    )
    with pytest.raises(EnoughError):
        await client.connect()
    assert waits == [1.5, 2.5, 4.5, 8.5, 8.5, 8.5]


@pytest.mark.parametrize(("server_transport", "client_transport"), PAIRS)
async def test_the_client_reconnects_after_the_connection_is_lost(
    server_transport: TransportName, client_transport: TransportName
) -> None:
    arrivals = Arrivals()
    lost: list[Session] = []
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)
        await asyncio.sleep(0)

    async with (
        CsmsServer(
            router=csms_router_201(),
            transport=server_transport,
            on_connect=arrivals.on_connect,
            config=QUIET,
        ) as csms,
        ChargePointClient(
            csms.url + "CS-1",
            transport=client_transport,
            retry=RetryPolicy(wait_minimum=3, random_range=2, repeat_times=2),
            on_disconnect=lambda session, disconnect: lost.append(session),
            sleep=sleep,
            random=lambda low, high: high,
            config=QUIET,
        ) as station,
    ):
        first = station.session
        await (await arrivals.session("CS-1")).close(1012, "service restart")
        await arrivals.session("CS-1", nth=2)
        async with asyncio.timeout(5):
            second = await station.wait_connected()
        assert second is not first
        assert lost == [first]
        assert (first.close_code, first.close_reason) == (1012, "service restart")
        assert waits == [5.0]  # OCPP: even the first reconnection waits its back-off
        assert (await station.call(v201.HeartbeatRequest())).current_time == NOW


def test_a_missing_transport_library_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "picows", None)
    monkeypatch.delitem(sys.modules, "ocpkit.ocpp.aio._picows", raising=False)
    with pytest.raises(ImportError, match=r"ocpkit\[picows\]"):
        CsmsServer(transport="picows")
    with pytest.raises(ValueError, match="transport"):
        CsmsServer(transport="aiohttp")  # type: ignore[arg-type]


async def test_events_of_no_consequence_never_end_the_session() -> None:
    """An ``on_event`` that raises is logged; the session answers on."""

    def broken(session: Session, event: Event) -> None:
        raise RuntimeError("boom")

    async with (
        CsmsServer(router=csms_router_201(), on_event=broken, config=QUIET) as csms,
        raw_connect(csms.url + "CS-1") as ws,
    ):
        await ws.send('[3,"nobody-asked",{}]')
        reply = json.loads(await exchange(ws, '[2,"h","Heartbeat",{}]'))
        assert reply[:2] == [3, "h"]


# -- more of the session: ordering, invalid answers, keepalive, TLS -------------------------------


@pytest.mark.parametrize(("server_transport", "client_transport"), PAIRS)
async def test_calls_go_out_one_at_a_time_in_order(
    server_transport: TransportName, client_transport: TransportName
) -> None:
    seen: list[int] = []
    running = 0
    most = 0
    station_router = Router(V201, "ChargingStation")

    @station_router.on(v201.RequestStartTransactionRequest)
    async def start(
        request: v201.RequestStartTransactionRequest,
    ) -> v201.RequestStartTransactionResponse:
        nonlocal running, most
        running += 1
        most = max(most, running)
        await asyncio.sleep(0)
        seen.append(request.remote_start_id)
        running -= 1
        return v201.RequestStartTransactionResponse(
            status=v201.RequestStartStopStatusEnum.ACCEPTED,
            transaction_id=str(request.remote_start_id),
        )

    arrivals = Arrivals()
    async with (
        CsmsServer(
            transport=server_transport, on_connect=arrivals.on_connect, config=QUIET
        ) as csms,
        ChargePointClient(
            csms.url + "CS-1", router=station_router, transport=client_transport, config=QUIET
        ),
    ):
        session = await arrivals.session("CS-1")
        requests = [
            v201.RequestStartTransactionRequest(id_token=start_201().id_token, remote_start_id=i)
            for i in range(20)
        ]
        responses = await asyncio.gather(*(session.call(r) for r in requests))
    assert [r.transaction_id for r in responses] == [str(i) for i in range(20)]
    assert seen == list(range(20))
    assert most == 1  # OCPP: one call in flight per direction


@pytest.mark.parametrize("server_transport", SERVERS)
async def test_an_invalid_answer_fails_the_call_and_21_tells_the_peer(
    server_transport: TransportName,
) -> None:
    arrivals = Arrivals()
    async with (
        CsmsServer(
            router=csms_router_21(),
            versions=[V21],
            transport=server_transport,
            on_connect=arrivals.on_connect,
            config=QUIET,
        ) as csms,
        raw_connect(csms.url + "CS-raw", ["ocpp2.1"]) as ws,
    ):
        session = await arrivals.session("CS-raw")
        call = asyncio.ensure_future(
            session.call(
                v21.RequestStartTransactionRequest(
                    id_token=v21.IdToken(id_token="T", type="Central"), remote_start_id=1
                )
            )
        )
        async with asyncio.timeout(5):
            frame = json.loads(await ws.recv())
        assert frame[0] == 2
        assert frame[2] == "RequestStartTransaction"
        reply = json.loads(await exchange(ws, json.dumps([3, frame[1], {"status": "Maybe"}])))
        assert reply[:3] == [5, frame[1], "PropertyConstraintViolation"]
        with pytest.raises(InvalidResponse) as caught:
            await call
        assert caught.value.error.kind is ErrorKind.PROPERTY
        heartbeat = json.loads(await exchange(ws, '[2,"h","Heartbeat",{}]'))
        assert heartbeat[:2] == [3, "h"]


@pytest.mark.parametrize("client_transport", CLIENTS)
async def test_a_peer_that_stops_answering_pings_is_dropped(
    client_transport: TransportName,
) -> None:
    async with DeafPeer() as url:
        station = await connect_charge_point(
            url,
            transport=client_transport,
            config=SessionConfig(ping_interval=0.2, ping_timeout=0.2, close_timeout=0.5),
        )
        session = station.session
        async with asyncio.timeout(5):
            await session.wait_closed()
        assert not station.connected
        with pytest.raises(SessionClosed):
            await station.call(v201.HeartbeatRequest())
        await station.close()


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A CA, a server certificate for 127.0.0.1 and a client certificate, as PEM files."""
    folder = tmp_path_factory.mktemp("aio-pki")
    ca = trustme.CA()
    paths = {name: folder / f"{name}.pem" for name in ("ca", "server", "client")}
    ca.cert_pem.write_to_path(str(paths["ca"]))
    ca.issue_cert("127.0.0.1").private_key_and_cert_chain_pem.write_to_path(str(paths["server"]))
    ca.issue_cert("CS-1").private_key_and_cert_chain_pem.write_to_path(str(paths["client"]))
    return paths


@pytest.mark.parametrize(("server_transport", "client_transport"), PAIRS)
@pytest.mark.parametrize("profile", [2, 3])
async def test_tls_security_profiles(
    server_transport: TransportName,
    client_transport: TransportName,
    profile: int,
    pki: dict[str, Path],
) -> None:
    """Profile 2: TLS and Basic auth; profile 3: TLS with a client certificate."""
    mutual = profile == 3
    server_tls = server_ssl_context(pki["server"], client_ca=pki["ca"] if mutual else None)
    client_tls = client_ssl_context(pki["ca"], certfile=pki["client"] if mutual else None)
    async with CsmsServer(
        router=csms_router_201(),
        password=None if mutual else PASSWORD,
        ssl=server_tls,
        transport=server_transport,
        config=QUIET,
    ) as csms:
        assert csms.url.startswith("wss://127.0.0.1:")
        async with ChargePointClient(
            csms.url + "CS-1",
            password=None if mutual else PASSWORD,
            ssl=client_tls,
            transport=client_transport,
            config=QUIET,
        ) as station:
            assert (await station.call(v201.HeartbeatRequest())).current_time == NOW
        if mutual:  # no client certificate: the TLS handshake fails
            with pytest.raises(ConnectFailed):
                await connect_charge_point(
                    csms.url + "CS-1",
                    ssl=client_ssl_context(pki["ca"]),
                    transport=client_transport,
                    config=QUIET,
                )
