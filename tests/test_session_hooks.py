"""Session hooks: ``on_connect`` ordering, ``on_disconnect``, ``on_frame``, the middleware chain,
and rate-limited warnings about the peer.

Most tests drive a :class:`Session` directly over :class:`FakeWire` (bytes in, bytes out, no
network); a few run the same rule end to end over real WebSockets. ``FakeWire`` and
``open_session`` are shared with tests/test_session_close.py and tests/test_session_cancel.py.
"""

import asyncio
import itertools
import json
import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, Final

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from ocpkit.ocpp import ErrorKind, OcppError, OcppVersion, v21, v201
from ocpkit.ocpp.aio import (
    ChargePointClient,
    CsmsServer,
    Disconnect,
    DisconnectCause,
    FrameDirection,
    Next,
    Session,
    SessionConfig,
    SessionHooks,
    current_session,
)
from ocpkit.ocpp.aio._session import WARNING_BURST, WARNING_INTERVAL, _Throttle
from ocpkit.ocpp.events import CallReceived, Event, ProtocolViolation, SendReceived
from ocpkit.ocpp.registry import Side
from ocpkit.ocpp.router import Reply, Router

from ._aio_support import boot_201, raw_connect

NOW: Final = datetime(2026, 1, 31, 12, 0, tzinfo=UTC)
QUIET: Final = SessionConfig(ping_interval=None, drain_timeout=1.0)


def counting_ids() -> Callable[[], str]:
    """Message ids ``c1``, ``c2``, ...: what our calls are sent with in these tests."""
    counter = itertools.count(1)
    return lambda: f"c{next(counter)}"


class FakeWire:
    """The transport side of a session, in memory: it records what the session writes, and
    answers a close with ``connection_lost`` on the next loop turn (a peer that completes the
    closing handshake)."""

    def __init__(self) -> None:
        self.sent: list[bytes] = []
        self.closes: list[tuple[int, str]] = []
        self.session: Session[Any] | None = None

    def write(self, data: bytes) -> None:
        self.sent.append(data)

    def close(self, code: int, reason: str) -> None:
        self.closes.append((code, reason))
        if len(self.closes) == 1:
            asyncio.get_running_loop().call_soon(self._lost, code, reason)

    def _lost(self, code: int, reason: str) -> None:
        assert self.session is not None
        self.session.connection_lost(code, reason)

    def frames(self) -> list[list[Any]]:
        """What was sent, parsed."""
        return [json.loads(data) for data in self.sent]


def open_session(
    router: Router | None = None,
    *,
    hooks: SessionHooks | None = None,
    config: SessionConfig | None = None,
    role: Side = "CSMS",
    version: OcppVersion = OcppVersion.V201,
    first_message_timeout: float | None = None,
) -> tuple[Session[str], FakeWire]:
    """A session over a :class:`FakeWire` (context ``"ctx"``, message ids ``c1``, ``c2``...)."""
    config = config or SessionConfig(ping_interval=None, id_factory=counting_ids())
    wire = FakeWire()
    session = Session(
        wire,
        connection=config.connection(version, role),
        router=router or Router(version, role),
        identity="CS-1",
        subprotocol=f"ocpp{version}",
        config=config,
        hooks=hooks or SessionHooks(),
        context="ctx",
        first_message_timeout=first_message_timeout,
    )
    wire.session = session
    return session, wire


def heartbeat_frame(message_id: str) -> bytes:
    """A 2.0.1 Heartbeat CALL from the station."""
    return f'[2,"{message_id}","Heartbeat",{{}}]'.encode()


def csms_router(log: list[str] | None = None) -> Router:
    """A 2.0.1 CSMS that answers heartbeats at once (noting each in ``log``)."""
    router = Router(OcppVersion.V201, "CSMS")

    @router.on(v201.HeartbeatRequest)
    def heartbeat(request: v201.HeartbeatRequest) -> v201.HeartbeatResponse:
        if log is not None:
            log.append("handler")
        return v201.HeartbeatResponse(current_time=NOW)

    return router


async def turn(times: int = 3) -> None:
    """Let the loop run a few rounds (tasks started by the session take their steps)."""
    for _ in range(times):
        await asyncio.sleep(0)


# -- on_connect / on_disconnect -----------------------------------------------------------------


async def test_on_connect_is_awaited_before_the_first_call_is_delivered() -> None:
    log: list[str] = []
    gate = asyncio.Event()

    async def on_connect(session: Session[Any]) -> None:
        log.append("on_connect started")
        await gate.wait()
        log.append("on_connect done")

    session, wire = open_session(csms_router(log), hooks=SessionHooks(on_connect=on_connect))
    await turn()
    session.message_received(heartbeat_frame("m1"))
    session.message_received(heartbeat_frame("m2"))
    await turn()
    assert log == ["on_connect started"]
    assert wire.sent == []  # held, not refused
    gate.set()
    await turn()
    assert log == ["on_connect started", "on_connect done", "handler", "handler"]
    assert [frame[:2] for frame in wire.frames()] == [[3, "m1"], [3, "m2"]]


async def test_answers_to_our_calls_are_not_held_while_on_connect_runs() -> None:
    answers: list[v201.ResetResponse] = []

    async def on_connect(session: Session[Any]) -> None:
        answers.append(await session.call(v201.ResetRequest(type=v201.ResetEnum.IMMEDIATE)))

    session, wire = open_session(csms_router(), hooks=SessionHooks(on_connect=on_connect))
    await turn()
    assert wire.frames() == [[2, "c1", "Reset", {"type": "Immediate"}]]
    session.message_received(heartbeat_frame("m1"))  # held until on_connect returns
    session.message_received(b'[3,"c1",{"status":"Accepted"}]')  # delivered at once
    await turn()
    assert [a.status for a in answers] == [v201.ResetStatusEnum.ACCEPTED]
    assert wire.frames()[1][:2] == [3, "m1"]


async def test_a_failing_on_connect_is_logged_and_closes_with_1011(
    caplog: pytest.LogCaptureFixture,
) -> None:
    gone: list[Disconnect] = []

    def on_connect(session: Session[Any]) -> None:
        raise RuntimeError("no such station in the database")

    def on_disconnect(session: Session[Any], disconnect: Disconnect) -> None:
        gone.append(disconnect)

    log: list[str] = []
    hooks = SessionHooks(on_connect=on_connect, on_disconnect=on_disconnect)
    session, wire = open_session(csms_router(log), hooks=hooks)
    session.message_received(heartbeat_frame("m1"))
    await session.wait_closed()
    assert wire.closes == [(1011, "")]
    assert gone == [Disconnect(1011, "", DisconnectCause.ERROR)]
    assert log == []  # the held call never reached its handler
    assert "on_connect failed" in caplog.text


@pytest.mark.parametrize(
    ("code", "reason", "cause"),
    [
        pytest.param(1000, "bye", DisconnectCause.PEER, id="peer-closes-normally"),
        pytest.param(4001, "maintenance", DisconnectCause.PEER, id="peer-closes-with-app-code"),
        pytest.param(1006, "", DisconnectCause.ABNORMAL, id="connection-drops"),
    ],
)
async def test_on_disconnect_is_told_how_the_peer_ended_the_session(
    code: int, reason: str, cause: DisconnectCause
) -> None:
    calls: list[tuple[str, object]] = []

    def on_connect(session: Session[Any]) -> None:
        calls.append(("connect", session.context))

    async def on_disconnect(session: Session[Any], disconnect: Disconnect) -> None:
        calls.append(("disconnect", disconnect))

    hooks = SessionHooks(on_connect=on_connect, on_disconnect=on_disconnect)
    session, _ = open_session(hooks=hooks)
    await turn()
    session.connection_lost(code, reason)
    session.connection_lost(code, reason)  # transports promise once; the session holds to it
    await session.wait_closed()
    assert calls == [("connect", "ctx"), ("disconnect", Disconnect(code, reason, cause))]
    assert session.disconnect == Disconnect(code, reason, cause)


async def test_a_local_close_is_reported_as_local() -> None:
    gone: list[Disconnect] = []
    hooks = SessionHooks(on_disconnect=lambda session, disconnect: gone.append(disconnect))
    session, _ = open_session(hooks=hooks)
    await session.close(4000, "done")
    await session.close(4000, "done")  # a second close only waits
    assert gone == [Disconnect(4000, "done", DisconnectCause.LOCAL)]


async def test_on_disconnect_runs_after_on_connect_has_finished() -> None:
    order: list[str] = []
    gate = asyncio.Event()

    async def on_connect(session: Session[Any]) -> None:
        order.append("connect")
        await gate.wait()
        order.append("connect done")

    async def on_disconnect(session: Session[Any], disconnect: Disconnect) -> None:
        order.append("disconnect")

    hooks = SessionHooks(on_connect=on_connect, on_disconnect=on_disconnect)
    session, _ = open_session(hooks=hooks)
    await turn()
    session.connection_lost(1006, "")
    await turn()
    assert order == ["connect"]
    gate.set()
    await session.wait_closed()  # waits for on_disconnect too
    assert order == ["connect", "connect done", "disconnect"]


async def test_on_connect_holds_a_real_station_boot_until_it_returns() -> None:
    order: list[str] = []
    gone: list[Disconnect] = []
    router = Router(OcppVersion.V201, "CSMS")

    @router.on(v201.BootNotificationRequest)
    def boot(request: v201.BootNotificationRequest) -> v201.BootNotificationResponse:
        order.append(f"boot for {current_session().context}")
        return v201.BootNotificationResponse(
            status=v201.RegistrationStatusEnum.ACCEPTED, current_time=NOW, interval=300
        )

    async def on_connect(session: Session[Any]) -> None:
        await asyncio.sleep(0.05)
        order.append("on_connect")

    def on_disconnect(session: Session[Any], disconnect: Disconnect) -> None:
        gone.append(disconnect)

    async with CsmsServer(
        router=router,
        config=QUIET,
        on_connect=on_connect,
        on_disconnect=on_disconnect,
    ) as csms:
        async with ChargePointClient(csms.url + "CS-1", config=QUIET) as station:
            answer = await station.call(boot_201())
            assert answer.status is v201.RegistrationStatusEnum.ACCEPTED
            await station.session.close(4001, "maintenance")
        async with asyncio.timeout(5):
            while not gone:
                await asyncio.sleep(0.01)
    assert order == ["on_connect", "boot for None"]
    assert gone == [Disconnect(4001, "maintenance", DisconnectCause.PEER)]


# -- on_frame -----------------------------------------------------------------------------------


async def test_on_frame_sees_every_frame_as_the_bytes_on_the_wire() -> None:
    seen: list[tuple[FrameDirection, bytes]] = []

    def on_frame(session: Session[Any], direction: FrameDirection, data: bytes) -> None:
        seen.append((direction, data))

    config = SessionConfig(ping_interval=None, max_message_size=200, id_factory=counting_ids())
    session, wire = open_session(
        csms_router(), hooks=SessionHooks(on_frame=on_frame), config=config
    )
    oversized = b'[2,"m9","Heartbeat",{"x":"' + b"a" * 300 + b'"}]'
    received: list[bytes | str] = [
        heartbeat_frame("m1"),  # valid: answered by the handler
        b"[2,",  # not JSON: answered by the connection itself
        '[2,"m2","NoSuchAction",{}]',  # text, not bytes: NotImplemented
        oversized,  # over max_message_size: never parsed, still seen
    ]
    for data in received:
        session.message_received(data)
    assert [data for direction, data in seen if direction is FrameDirection.RECEIVED] == [
        data.encode() if isinstance(data, str) else data for data in received
    ]
    assert [data for direction, data in seen if direction is FrameDirection.SENT] == wire.sent
    assert [frame[0] for frame in wire.frames()] == [3, 4, 4, 4]  # one result, three errors


@given(
    messages=st.lists(
        st.one_of(
            st.binary(max_size=40),
            st.text(max_size=40),
            st.builds(heartbeat_frame, st.text("abc123", min_size=1, max_size=8)),
        ),
        max_size=8,
    )
)
@example(messages=[b"", "[]", b"\xff\xfe", heartbeat_frame("x"), '[6,"1","Heartbeat",{}]'])
def test_on_frame_sees_each_frame_in_and_out_whatever_it_holds(
    messages: list[bytes | str],
) -> None:
    async def run() -> None:
        seen: list[tuple[FrameDirection, bytes]] = []
        hooks = SessionHooks(on_frame=lambda session, d, data: seen.append((d, data)))
        session, wire = open_session(csms_router(), hooks=hooks)
        for data in messages:
            session.message_received(data)
        received = [data for d, data in seen if d is FrameDirection.RECEIVED]
        assert received == [m.encode() if isinstance(m, str) else m for m in messages]
        assert [data for d, data in seen if d is FrameDirection.SENT] == wire.sent

    asyncio.run(run())


async def test_a_failing_on_frame_is_logged_and_the_frame_still_handled(
    caplog: pytest.LogCaptureFixture,
) -> None:
    def on_frame(session: Session[Any], direction: FrameDirection, data: bytes) -> None:
        raise RuntimeError("the log sink is full")

    session, wire = open_session(csms_router(), hooks=SessionHooks(on_frame=on_frame))
    session.message_received(heartbeat_frame("m1"))
    assert [frame[:2] for frame in wire.frames()] == [[3, "m1"]]
    assert "on_frame failed" in caplog.text


async def test_without_hooks_a_plain_handler_is_answered_without_a_task() -> None:
    session, wire = open_session(csms_router())
    session.message_received(heartbeat_frame("m1"))
    # Answered inside message_received: no task was made, nothing waits for the loop.
    assert [frame[:2] for frame in wire.frames()] == [[3, "m1"]]
    assert session._tasks == set()


# -- middleware ---------------------------------------------------------------------------------


def tracing(name: str, log: list[str]) -> Callable[..., Any]:
    """A middleware that notes when it is entered and left."""

    async def middleware(
        session: Session[Any], event: CallReceived | SendReceived, call_next: Next
    ) -> Reply | None:
        log.append(f"{name} in")
        reply = await call_next()
        log.append(f"{name} out")
        return reply

    return middleware


async def test_middleware_runs_in_order_around_the_handler() -> None:
    log: list[str] = []
    hooks = SessionHooks(middleware=[tracing("outer", log), tracing("inner", log)])
    session, wire = open_session(csms_router(log), hooks=hooks)
    session.message_received(heartbeat_frame("m1"))
    await turn()
    assert log == ["outer in", "inner in", "handler", "inner out", "outer out"]
    assert wire.frames()[0][:2] == [3, "m1"]


async def test_middleware_can_answer_without_the_handler() -> None:
    log: list[str] = []

    async def short_circuit(
        session: Session[Any], event: CallReceived | SendReceived, call_next: Next
    ) -> Reply | None:
        return v201.HeartbeatResponse(current_time=datetime(2000, 1, 1, tzinfo=UTC))

    session, wire = open_session(csms_router(log), hooks=SessionHooks(middleware=[short_circuit]))
    session.message_received(heartbeat_frame("m1"))
    await turn()
    assert log == []
    assert wire.frames() == [[3, "m1", {"currentTime": "2000-01-01T00:00:00Z"}]]


async def test_middleware_can_replace_the_handlers_reply() -> None:
    seen: list[Reply | None] = []

    async def refuse_after(
        session: Session[Any], event: CallReceived | SendReceived, call_next: Next
    ) -> Reply | None:
        seen.append(await call_next())
        return OcppError("not today", kind=ErrorKind.SECURITY)

    session, wire = open_session(csms_router(), hooks=SessionHooks(middleware=[refuse_after]))
    session.message_received(heartbeat_frame("m1"))
    await turn()
    assert isinstance(seen[0], v201.HeartbeatResponse)
    assert wire.frames() == [[4, "m1", "SecurityError", "not today", {}]]


@pytest.mark.parametrize(
    ("raised", "code"),
    [
        pytest.param(OcppError("who are you", kind=ErrorKind.SECURITY), "SecurityError", id="ocpp"),
        pytest.param(RuntimeError("database down"), "InternalError", id="other"),
    ],
)
async def test_an_error_raised_in_middleware_is_answered_as_a_callerror(
    raised: Exception, code: str, caplog: pytest.LogCaptureFixture
) -> None:
    async def failing(
        session: Session[Any], event: CallReceived | SendReceived, call_next: Next
    ) -> Reply | None:
        raise raised

    session, wire = open_session(csms_router(), hooks=SessionHooks(middleware=[failing]))
    session.message_received(heartbeat_frame("m1"))
    await turn()
    frame = wire.frames()[0]
    assert frame[:3] == [4, "m1", code]
    assert "database down" not in json.dumps(frame)  # the peer never reads our exceptions


async def test_middleware_that_gives_no_reply_to_a_call_is_answered_internal_error() -> None:
    async def forgetful(
        session: Session[Any], event: CallReceived | SendReceived, call_next: Next
    ) -> Reply | None:
        await call_next()
        return None

    session, wire = open_session(csms_router(), hooks=SessionHooks(middleware=[forgetful]))
    session.message_received(heartbeat_frame("m1"))
    await turn()
    assert wire.frames()[0][:3] == [4, "m1", "InternalError"]


async def test_middleware_sees_the_session_and_wraps_send_messages_too() -> None:
    seen: list[tuple[str, str]] = []
    handled: list[int] = []
    router = Router(OcppVersion.V21, "CSMS")

    @router.on_send(v21.NotifyPeriodicEventStream)
    def stream(message: v21.NotifyPeriodicEventStream) -> None:
        handled.append(message.id)

    async def note(
        session: Session[Any], event: CallReceived | SendReceived, call_next: Next
    ) -> Reply | None:
        seen.append((type(event).__name__, current_session().identity))
        return await call_next()

    session, wire = open_session(
        router, hooks=SessionHooks(middleware=[note]), version=OcppVersion.V21
    )
    message = v21.NotifyPeriodicEventStream(
        data=[v21.StreamDataElement(t=0, v="1")], id=7, pending=0, basetime=NOW
    )
    session.message_received(b'[6,"s1","NotifyPeriodicEventStream",' + message.to_json() + b"]")
    await turn()
    assert seen == [("SendReceived", "CS-1")]
    assert handled == [7]
    assert wire.sent == []  # a SEND is never answered


async def test_after_hooks_run_once_the_answer_is_sent() -> None:
    log: list[str] = []
    router = csms_router(log)

    @router.after(v201.HeartbeatRequest)
    def after(request: v201.HeartbeatRequest, response: v201.HeartbeatResponse) -> None:
        log.append(f"after ({len(wire.sent)} sent)")

    session, wire = open_session(router)
    session.message_received(heartbeat_frame("m1"))
    await turn()
    assert log == ["handler", "after (1 sent)"]


# -- warnings about the peer ------------------------------------------------------------------


async def test_a_flood_of_bad_frames_costs_a_few_warnings_not_one_per_frame(
    caplog: pytest.LogCaptureFixture,
) -> None:
    events: list[Event] = []
    session, _ = open_session(hooks=SessionHooks(on_event=lambda s, e: events.append(e)))
    caplog.set_level(logging.INFO, logger="ocpkit.aio")
    for _ in range(10_000):
        session.message_received(b"[2,")
    assert len(events) == 10_000  # every one is still reported to the application
    assert all(isinstance(event, ProtocolViolation) for event in events)
    records = [r for r in caplog.records if r.name == "ocpkit.aio"]
    assert len(records) == WARNING_BURST  # the test runs far inside one interval
    assert {r.levelno for r in records} == {logging.WARNING}
    await session.close()
    summary = [r.getMessage() for r in caplog.records if "suppressed" in r.getMessage()]
    assert summary == [f"CS-1: {10_000 - WARNING_BURST} more warnings about the peer suppressed"]
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


def test_after_the_burst_one_warning_per_interval_says_how_many_were_left_out(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.WARNING, logger="ocpkit.aio")
    throttle = _Throttle(logging.WARNING)
    for i in range(WARNING_BURST + 3):
        throttle.log(100.0 + i * 0.001, "bad frame")
    assert len(caplog.records) == WARNING_BURST
    throttle.log(100.0 + WARNING_INTERVAL - 1, "bad frame")
    assert len(caplog.records) == WARNING_BURST
    throttle.log(100.0 + WARNING_INTERVAL + 1, "bad frame")
    assert caplog.records[-1].getMessage() == "bad frame (4 more like it suppressed)"
    throttle.log(100.0 + WARNING_INTERVAL + 2, "bad frame")  # the next interval has begun
    assert len(caplog.records) == WARNING_BURST + 1


async def test_a_real_peer_flooding_bad_frames_is_warned_about_a_few_times(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="ocpkit.aio")
    async with (
        CsmsServer(router=csms_router(), config=QUIET) as csms,
        raw_connect(csms.url + "CS-1") as ws,
    ):
        for _ in range(300):
            await ws.send("[2,")
        await ws.send('[2,"m1","Heartbeat",{}]')
        async with asyncio.timeout(5):
            while json.loads(await ws.recv())[1] != "m1":
                pass
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) <= WARNING_BURST + 1
