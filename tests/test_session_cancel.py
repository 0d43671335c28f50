"""Cancelled calls, and what ``session.call`` may raise.

A ``session.call()`` whose task is cancelled (directly, or by ``asyncio.timeout`` /
``asyncio.wait_for`` around it) gives its call up: never sent if it was still queued; if it was
in flight, the slot goes to the next call at once and a late answer is reported as
:class:`LateReply`. Apart from that genuine cancellation, ``call`` raises only from the
:class:`~ocpkit.OcpkitError` tree.
"""

import asyncio
import contextlib
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from ocpkit._errors import OcpkitError
from ocpkit.ocpp import ErrorKind, OcppVersion, v201
from ocpkit.ocpp.aio import (
    CallErrorReceived,
    CallFailed,
    CallRejected,
    CallTimeout,
    ChargePointClient,
    CsmsServer,
    InvalidResponse,
    Session,
    SessionClosed,
    SessionConfig,
    SessionError,
    SessionHooks,
)
from ocpkit.ocpp.connection import LocalProtocolError
from ocpkit.ocpp.errors import PayloadValidationError
from ocpkit.ocpp.events import Event, LateReply, UnexpectedReply
from ocpkit.ocpp.router import Router

from ._aio_support import boot_201
from .test_session_hooks import NOW, QUIET, FakeWire, counting_ids, open_session, turn


def reset_201() -> v201.ResetRequest:
    return v201.ResetRequest(type=v201.ResetEnum.IMMEDIATE)


def accepted(message_id: str) -> bytes:
    """The station's answer to our Reset ``message_id``."""
    return f'[3,"{message_id}",{{"status":"Accepted"}}]'.encode()


def sent_ids(wire: FakeWire) -> list[str]:
    return [frame[1] for frame in wire.frames()]


def with_events() -> tuple[SessionHooks, list[Event]]:
    events: list[Event] = []
    return SessionHooks(on_event=lambda session, event: events.append(event)), events


# -- cancellation ---------------------------------------------------------------------------------


async def test_a_cancelled_queued_call_is_never_sent() -> None:
    session, wire = open_session()
    first = asyncio.ensure_future(session.call(reset_201()))
    second = asyncio.ensure_future(session.call(reset_201()))
    third = asyncio.ensure_future(session.call(reset_201()))
    await turn()
    assert sent_ids(wire) == ["c1"]
    second.cancel()
    await turn()
    assert session.connection.queued == 1
    session.message_received(accepted("c1"))
    await turn()
    assert sent_ids(wire) == ["c1", "c3"]  # c2 was dropped unsent
    session.message_received(accepted("c3"))
    assert (await first).status is v201.ResetStatusEnum.ACCEPTED
    assert (await third).status is v201.ResetStatusEnum.ACCEPTED
    assert second.cancelled()


async def test_a_cancelled_call_in_flight_frees_its_slot_for_the_next() -> None:
    session, wire = open_session()  # the peer never answers c1
    first = asyncio.ensure_future(session.call(reset_201()))
    second = asyncio.ensure_future(session.call(reset_201()))
    await turn()
    first.cancel()
    await turn()
    assert sent_ids(wire) == ["c1", "c2"]  # c2 went out at once, not at c1's timeout
    assert session.connection.in_flight == "c2"
    session.message_received(accepted("c2"))
    assert (await second).status is v201.ResetStatusEnum.ACCEPTED


@pytest.mark.parametrize(
    "give_up",
    [
        pytest.param(lambda call: _within_timeout(call), id="asyncio.timeout"),
        pytest.param(lambda call: asyncio.wait_for(call, 0.02), id="asyncio.wait_for"),
    ],
)
async def test_the_late_answer_of_a_call_given_up_is_reported_as_late(
    give_up: Callable[[Awaitable[v201.ResetResponse]], Awaitable[object]],
) -> None:
    hooks, events = with_events()
    session, _ = open_session(hooks=hooks)
    with pytest.raises(TimeoutError):  # the caller's own timeout, as the caller wrote it
        await give_up(session.call(reset_201()))
    assert session.connection.in_flight is None
    session.message_received(accepted("c1"))  # the peer answers late
    assert events == [LateReply("c1", "Reset", False)]
    assert not [e for e in events if isinstance(e, UnexpectedReply)]


async def _within_timeout(call: Awaitable[v201.ResetResponse]) -> v201.ResetResponse:
    async with asyncio.timeout(0.02):
        return await call


@given(
    count=st.integers(min_value=1, max_value=6),
    cancelled=st.sets(st.integers(min_value=0, max_value=5)),
)
@example(count=1, cancelled={0})
@example(count=4, cancelled={0, 1, 2, 3})
@example(count=5, cancelled={1, 3})
def test_exactly_the_calls_not_given_up_while_queued_are_sent_in_order(
    count: int, cancelled: set[int]
) -> None:
    cancelled = {i for i in cancelled if i < count}

    async def run() -> None:
        session, wire = open_session()
        calls = [asyncio.ensure_future(session.call(reset_201())) for _ in range(count)]
        await turn()
        # Latest first: each cancellation takes effect in turn, and giving up the call in
        # flight sends the next one queued at once (if that one is cancelled afterwards, it
        # has been sent, and its answer is late).
        for i in sorted(cancelled, reverse=True):
            calls[i].cancel()
        await turn()
        while session.connection.in_flight is not None:  # the peer answers what it is sent
            session.message_received(accepted(session.connection.in_flight))
        await turn()
        expected = [f"c{i + 1}" for i in range(count) if i == 0 or i not in cancelled]
        assert sent_ids(wire) == expected  # c1 was on the wire before anything was cancelled
        for i, call in enumerate(calls):
            assert call.cancelled() is (i in cancelled)
        await session.close()

    asyncio.run(run())


async def test_a_real_station_gives_up_a_slow_call_and_the_next_one_goes_ahead() -> None:
    release = asyncio.Event()
    router = Router(OcppVersion.V201, "CSMS")

    @router.on(v201.BootNotificationRequest)
    async def boot(request: v201.BootNotificationRequest) -> v201.BootNotificationResponse:
        await release.wait()  # answers late
        return v201.BootNotificationResponse(
            status=v201.RegistrationStatusEnum.ACCEPTED, current_time=NOW, interval=300
        )

    @router.on(v201.HeartbeatRequest)
    def heartbeat(request: v201.HeartbeatRequest) -> v201.HeartbeatResponse:
        return v201.HeartbeatResponse(current_time=NOW)

    events: list[Event] = []
    async with (
        CsmsServer(router=router, config=QUIET) as csms,
        ChargePointClient(
            csms.url + "CS-1", config=QUIET, on_event=lambda s, e: events.append(e)
        ) as station,
    ):
        with pytest.raises(TimeoutError):
            async with asyncio.timeout(0.1):
                await station.call(boot_201())
        beat = await asyncio.wait_for(station.call(v201.HeartbeatRequest()), 2)
        assert beat.current_time == NOW
        release.set()
        async with asyncio.timeout(2):
            while not events:
                await asyncio.sleep(0.01)
        assert [(type(e), getattr(e, "action", None)) for e in events] == [
            (LateReply, "BootNotification")
        ]


# -- what call() raises ----------------------------------------------------------------------------


async def _timed_out(session: Session[Any], wire: FakeWire) -> BaseException:
    return await _raised(session.call(reset_201(), timeout=0.01))


async def _rejected(session: Session[Any], wire: FakeWire) -> BaseException:
    call = asyncio.ensure_future(session.call(reset_201()))
    await turn()
    session.message_received(b'[4,"c1","NotSupported","not here",{"why":"no"}]')
    return await _raised(call)


async def _invalid(session: Session[Any], wire: FakeWire) -> BaseException:
    call = asyncio.ensure_future(session.call(reset_201()))
    await turn()
    session.message_received(b'[3,"c1",{"status":"Perhaps"}]')
    return await _raised(call)


async def _lost(session: Session[Any], wire: FakeWire) -> BaseException:
    call = asyncio.ensure_future(session.call(reset_201()))
    await turn()
    session.connection_lost(1006, "")
    return await _raised(call)


async def _after_close(session: Session[Any], wire: FakeWire) -> BaseException:
    await session.close()
    return await _raised(session.call(reset_201()))


async def _wrong_side(session: Session[Any], wire: FakeWire) -> BaseException:
    return await _raised(session.call(boot_201()))  # only a station sends BootNotification


async def _invalid_request(session: Session[Any], wire: FakeWire) -> BaseException:
    return await _raised(session.call(v201.ResetRequest.model_construct(type="Sometimes")))


async def _queue_full(session: Session[Any], wire: FakeWire) -> BaseException:
    in_flight = asyncio.ensure_future(session.call(reset_201()))  # max_queued=0 below
    await turn()
    error = await _raised(session.call(reset_201()))
    in_flight.cancel()
    return error


async def _failing_id_factory(session: Session[Any], wire: FakeWire) -> BaseException:
    return await _raised(session.call(reset_201()))


async def _raised(call: Awaitable[object]) -> BaseException:
    try:
        await call
    except BaseException as error:  # what was raised is what is checked
        return error
    raise AssertionError("the call did not fail")


def _broken_ids() -> str:
    raise RuntimeError("the id service is down")


# (how the call fails, the configuration it runs with, the exception expected)
CALL_FAILURES: list[Any] = [
    pytest.param(_timed_out, {}, CallTimeout, id="no-answer-in-time"),
    pytest.param(_rejected, {}, CallRejected, id="peer-answers-callerror"),
    pytest.param(_invalid, {}, InvalidResponse, id="answer-breaks-its-schema"),
    pytest.param(_lost, {}, SessionClosed, id="connection-lost-while-waiting"),
    pytest.param(_after_close, {}, SessionClosed, id="session-closed-before"),
    pytest.param(_wrong_side, {}, LocalProtocolError, id="action-of-the-other-side"),
    pytest.param(
        _invalid_request,
        {"validate_outgoing": True},
        PayloadValidationError,
        id="request-breaks-its-schema",
    ),
    pytest.param(_queue_full, {"max_queued": 0}, LocalProtocolError, id="queue-full"),
    pytest.param(
        _failing_id_factory,
        {"id_factory": _broken_ids},
        LocalProtocolError,
        id="id-factory-raises",
    ),
]


@pytest.mark.parametrize(("fail", "settings", "expected"), CALL_FAILURES)
async def test_call_raises_only_from_the_ocpkit_error_tree(
    fail: Callable[[Session[Any], FakeWire], Awaitable[BaseException]],
    settings: dict[str, Any],
    expected: type[OcpkitError],
) -> None:
    config = SessionConfig(
        **{"ping_interval": None, "id_factory": counting_ids(), "drain_timeout": 0, **settings}
    )
    session, wire = open_session(config=config)
    error = await fail(session, wire)
    assert type(error) is expected
    assert isinstance(error, OcpkitError)
    assert not isinstance(error, asyncio.CancelledError | TimeoutError)
    with contextlib.suppress(SessionClosed):
        await session.close(drain=0)


async def test_a_rejected_call_carries_what_the_peer_said() -> None:
    session, wire = open_session()
    error = await _rejected(session, wire)
    assert isinstance(error, CallRejected)
    assert (error.action, error.message_id, error.code) == ("Reset", "c1", "NotSupported")
    assert (error.kind, error.description, error.details) == (
        ErrorKind.NOT_SUPPORTED,
        "not here",
        {"why": "no"},
    )


def test_call_rejected_is_a_call_failure_and_keeps_its_old_name_as_an_alias() -> None:
    assert issubclass(CallRejected, CallFailed)
    assert issubclass(CallFailed, SessionError)
    assert issubclass(SessionError, OcpkitError)
    assert CallErrorReceived is CallRejected
