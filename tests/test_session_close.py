"""``Session.close()`` drains, and a silent peer is closed after ``first_message_timeout``.

The close rules, one test each: no new calls from the moment close starts; handlers running
finish and are answered within the drain deadline; those still running after it are cancelled;
our calls still waiting fail with :class:`SessionClosed`; then the socket closes with the code.
"""

import asyncio
import json
from typing import Any

import pytest
from websockets.exceptions import ConnectionClosed

from ocpkit.ocpp import OcppVersion, v201
from ocpkit.ocpp.aio import (
    ChargePointClient,
    ConfigError,
    CsmsServer,
    Disconnect,
    DisconnectCause,
    SessionClosed,
    SessionConfig,
    SessionHooks,
)
from ocpkit.ocpp.router import Router

from ._aio_support import boot_201, raw_connect
from .test_session_hooks import NOW, QUIET, heartbeat_frame, open_session, turn


def reset_201() -> v201.ResetRequest:
    """A call the CSMS makes to the station."""
    return v201.ResetRequest(type=v201.ResetEnum.IMMEDIATE)


class SlowBoot:
    """A CSMS router whose BootNotification handler waits for ``release`` (or forever)."""

    def __init__(self) -> None:
        self.release = asyncio.Event()
        self.started = asyncio.Event()
        self.cancelled = False
        self.router = Router(OcppVersion.V201, "CSMS")
        self.router.on(v201.BootNotificationRequest)(self.boot)

    async def boot(self, request: v201.BootNotificationRequest) -> v201.BootNotificationResponse:
        self.started.set()
        try:
            await self.release.wait()
        except asyncio.CancelledError:
            self.cancelled = True
            raise
        return v201.BootNotificationResponse(
            status=v201.RegistrationStatusEnum.ACCEPTED, current_time=NOW, interval=300
        )


def boot_frame(message_id: str) -> bytes:
    return b'[2,"' + message_id.encode() + b'","BootNotification",' + boot_201().to_json() + b"]"


async def test_close_refuses_new_calls_and_sends_at_once() -> None:
    slow = SlowBoot()
    session, _ = open_session(slow.router)
    session.message_received(boot_frame("b1"))
    closing = asyncio.ensure_future(session.close(drain=5))
    await turn()
    assert session.closing
    assert not session.closed
    with pytest.raises(SessionClosed):
        await session.call(reset_201())
    with pytest.raises(SessionClosed):
        await session.send(None)  # type: ignore[arg-type]  # refused before it is looked at
    slow.release.set()
    await closing


async def test_close_lets_a_running_handler_finish_and_answers_it_before_closing() -> None:
    slow = SlowBoot()
    session, wire = open_session(slow.router)
    session.message_received(boot_frame("b1"))
    closing = asyncio.ensure_future(session.close(4000, "bye", drain=5))
    await turn()
    assert wire.sent == []  # still draining
    assert wire.closes == []
    slow.release.set()
    await closing
    assert [frame[:2] for frame in wire.frames()] == [[3, "b1"]]
    assert wire.closes == [(4000, "bye")]
    assert session.disconnect == Disconnect(4000, "bye", DisconnectCause.LOCAL)


async def test_calls_received_while_draining_are_answered_too() -> None:
    slow = SlowBoot()
    router = slow.router

    @router.on(v201.HeartbeatRequest)
    async def heartbeat(request: v201.HeartbeatRequest) -> v201.HeartbeatResponse:
        await asyncio.sleep(0.01)
        return v201.HeartbeatResponse(current_time=NOW)

    session, wire = open_session(router)
    session.message_received(boot_frame("b1"))
    closing = asyncio.ensure_future(session.close(drain=5))
    await turn()
    session.message_received(heartbeat_frame("h1"))
    slow.release.set()
    await closing
    assert sorted(frame[1] for frame in wire.frames()) == ["b1", "h1"]


async def test_handlers_still_running_at_the_drain_deadline_are_cancelled() -> None:
    slow = SlowBoot()
    session, wire = open_session(slow.router)
    session.message_received(boot_frame("b1"))
    await turn()
    loop = asyncio.get_running_loop()
    started = loop.time()
    await session.close(1001, "going away", drain=0.05)
    assert 0.04 <= loop.time() - started < 2
    assert slow.cancelled
    assert wire.sent == []  # left unanswered: the peer sees the call end with the connection
    assert wire.closes == [(1001, "going away")]


async def test_the_default_drain_deadline_is_the_configurations() -> None:
    slow = SlowBoot()
    config = SessionConfig(ping_interval=None, drain_timeout=0.05)
    session, _ = open_session(slow.router, config=config)
    session.message_received(boot_frame("b1"))
    await turn()
    async with asyncio.timeout(2):
        await session.close()
    assert slow.cancelled


async def test_a_drain_of_zero_closes_at_once() -> None:
    slow = SlowBoot()
    session, wire = open_session(slow.router)
    session.message_received(boot_frame("b1"))
    await turn()
    await session.close(drain=0)
    assert slow.cancelled
    assert wire.closes == [(1000, "")]


async def test_a_negative_drain_is_refused() -> None:
    session, wire = open_session()
    with pytest.raises(ConfigError):
        await session.close(drain=-1)
    assert wire.closes == []


async def test_our_calls_still_waiting_fail_with_session_closed_and_queued_ones_stay_unsent() -> (
    None
):
    session, wire = open_session()
    first = asyncio.ensure_future(session.call(reset_201()))
    second = asyncio.ensure_future(session.call(reset_201()))
    await turn()
    assert [frame[1] for frame in wire.frames()] == ["c1"]  # c2 waits behind c1
    await session.close(drain=5)
    for call in (first, second):
        with pytest.raises(SessionClosed):
            await call
    assert [frame[1] for frame in wire.frames()] == ["c1"]  # c2 was never sent


async def test_a_handler_may_close_its_own_session() -> None:
    router = Router(OcppVersion.V201, "CSMS")

    @router.on(v201.HeartbeatRequest)
    async def heartbeat(request: v201.HeartbeatRequest) -> v201.HeartbeatResponse:
        await session.close(4002, "enough", drain=5)
        raise AssertionError("the handler's task ends with the session")

    session, wire = open_session(router)
    session.message_received(heartbeat_frame("h1"))
    async with asyncio.timeout(2):  # close does not wait for the handler that called it
        await session.wait_closed()
    assert wire.closes == [(4002, "enough")]


async def test_the_server_replacing_a_session_reports_it_as_replaced() -> None:
    gone: list[Disconnect] = []
    hooks = SessionHooks(on_disconnect=lambda s, disconnect: gone.append(disconnect))
    session, _ = open_session(hooks=hooks)
    await session._close(1001, "replaced", drain=None, cause=DisconnectCause.REPLACED)
    assert gone == [Disconnect(1001, "replaced", DisconnectCause.REPLACED)]


async def test_closing_the_server_drains_a_station_call_before_closing_1001() -> None:
    slow = SlowBoot()
    config = SessionConfig(ping_interval=None, drain_timeout=5)
    async with CsmsServer(router=slow.router, config=config) as csms:
        station = ChargePointClient(csms.url + "CS-1", config=QUIET)
        async with station:
            session = station.session
            call = asyncio.ensure_future(station.call(boot_201()))
            await slow.started.wait()
            closing = asyncio.ensure_future(csms.close())
            await asyncio.sleep(0.05)
            slow.release.set()
            answer = await call
            assert answer.status is v201.RegistrationStatusEnum.ACCEPTED
            await closing
            await session.wait_closed()
            assert session.close_code == 1001


# -- first_message_timeout -----------------------------------------------------------------------


async def test_a_peer_silent_past_the_first_message_timeout_is_closed_with_1008() -> None:
    gone: list[Disconnect] = []
    hooks = SessionHooks(on_disconnect=lambda s, disconnect: gone.append(disconnect))
    session, wire = open_session(hooks=hooks, first_message_timeout=0.05)
    async with asyncio.timeout(2):
        await session.wait_closed()
    assert wire.closes[0][0] == 1008
    assert gone[0].cause is DisconnectCause.TIMEOUT


async def test_a_first_message_in_time_disarms_the_deadline() -> None:
    session, wire = open_session(first_message_timeout=0.05)
    session.message_received(b"not even a frame")  # any message counts, a broken one too
    await asyncio.sleep(0.1)
    assert wire.closes == []
    assert not session.closing
    await session.close()


async def test_a_first_message_timeout_must_be_positive() -> None:
    with pytest.raises(ConfigError):
        open_session(first_message_timeout=0)


async def test_a_real_station_that_says_nothing_is_closed_with_1008() -> None:
    async with (
        CsmsServer(config=QUIET, first_message_timeout=0.1) as csms,
        raw_connect(csms.url + "CS-1") as ws,
    ):
        async with asyncio.timeout(5):
            with pytest.raises(ConnectionClosed) as closed:
                await ws.recv()
        assert closed.value.rcvd is not None
        assert closed.value.rcvd.code == 1008


async def test_a_real_station_that_speaks_in_time_stays_connected() -> None:
    async with (
        CsmsServer(config=QUIET, first_message_timeout=0.2) as csms,
        raw_connect(csms.url + "CS-1") as ws,
    ):
        await ws.send('[2,"m1","Heartbeat",{}]')
        reply: Any = json.loads(await ws.recv())
        assert reply[:3] == [4, "m1", "NotSupported"]  # no handler: but it was heard
        await asyncio.sleep(0.3)
        assert csms.sessions["CS-1"].closing is False
