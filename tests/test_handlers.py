"""Handler classes (``@on`` / ``@after`` methods, as PyPI ``ocpp`` users write them) on the typed
router: registration, per-object state, after hooks, and the router's run-time checks."""

import asyncio
from datetime import UTC, datetime
from typing import Any

import pytest

from ocpkit.ocpp import OcppVersion, v16, v201
from ocpkit.ocpp.events import CallReceived
from ocpkit.ocpp.handlers import after, on
from ocpkit.ocpp.router import DuplicateHandlerError, Router

NOW = datetime(2026, 12, 5, tzinfo=UTC)


def boot() -> v201.BootNotificationRequest:
    return v201.BootNotificationRequest(
        charging_station=v201.ChargingStation(model="M", vendor_name="V"),
        reason=v201.BootReasonEnum.POWER_UP,
    )


class ChargePoint:
    def __init__(self, identity: str) -> None:
        self.identity = identity
        self.heartbeats = 0
        self.after: list[tuple[str, str]] = []

    @on(v201.BootNotificationRequest)
    def on_boot(self, request: v201.BootNotificationRequest) -> v201.BootNotificationResponse:
        return v201.BootNotificationResponse(
            current_time=NOW, interval=300, status=v201.RegistrationStatusEnum.ACCEPTED
        )

    @after(v201.BootNotificationRequest)
    async def booted(
        self, request: v201.BootNotificationRequest, response: v201.BootNotificationResponse
    ) -> None:
        await asyncio.sleep(0)
        self.after.append((request.charging_station.model, str(response.status)))

    @on(v201.HeartbeatRequest)
    async def on_heartbeat(self, request: v201.HeartbeatRequest) -> v201.HeartbeatResponse:
        self.heartbeats += 1
        return v201.HeartbeatResponse(current_time=NOW)

    @after(v201.HeartbeatRequest)
    def beat(self, request: v201.HeartbeatRequest, response: v201.HeartbeatResponse) -> None:
        self.after.append(("heartbeat", response.current_time.isoformat()))


def router_for(handlers: object) -> Router[Any]:
    return Router(OcppVersion("2.0.1"), "CSMS").include(handlers)


async def answer(router: Router[Any], request: Any, action: str) -> Any:
    event = CallReceived("m1", action, request)
    reply = await router.dispatch(event)
    pending = router.after_reply(event, reply)
    if pending is not None:
        await pending
    return reply


def test_include_registers_every_marked_method() -> None:
    router = router_for(ChargePoint("CS1"))
    assert router.handles("BootNotification")
    assert router.handles("Heartbeat")
    assert not router.handles("Authorize")


def test_each_object_keeps_its_own_state() -> None:
    one, two = ChargePoint("CS1"), ChargePoint("CS2")
    first, second = router_for(one), router_for(two)

    async def run() -> None:
        await answer(first, v201.HeartbeatRequest(), "Heartbeat")
        await answer(first, v201.HeartbeatRequest(), "Heartbeat")
        await answer(second, v201.HeartbeatRequest(), "Heartbeat")

    asyncio.run(run())
    assert (one.heartbeats, two.heartbeats) == (2, 1)


def test_after_hooks_get_the_request_and_the_response_sync_and_async() -> None:
    station = ChargePoint("CS1")
    router = router_for(station)

    async def run() -> None:
        reply = await answer(router, boot(), "BootNotification")
        assert isinstance(reply, v201.BootNotificationResponse)
        await answer(router, v201.HeartbeatRequest(), "Heartbeat")

    asyncio.run(run())
    assert station.after == [("M", "Accepted"), ("heartbeat", NOW.isoformat())]


def test_no_after_hook_runs_for_an_error_answer() -> None:
    class Failing:
        def __init__(self) -> None:
            self.ran = False

        @on(v201.HeartbeatRequest)
        def beat(self, request: v201.HeartbeatRequest) -> v201.HeartbeatResponse:
            raise RuntimeError("boom")

        @after(v201.HeartbeatRequest)
        def later(self, request: v201.HeartbeatRequest, response: v201.HeartbeatResponse) -> None:
            self.ran = True

    handlers = Failing()
    asyncio.run(answer(router_for(handlers), v201.HeartbeatRequest(), "Heartbeat"))
    assert not handlers.ran


def test_a_failing_after_hook_is_logged_not_raised(caplog: pytest.LogCaptureFixture) -> None:
    class Broken:
        @on(v201.HeartbeatRequest)
        def beat(self, request: v201.HeartbeatRequest) -> v201.HeartbeatResponse:
            return v201.HeartbeatResponse(current_time=NOW)

        @after(v201.HeartbeatRequest)
        def later(self, request: v201.HeartbeatRequest, response: v201.HeartbeatResponse) -> None:
            raise RuntimeError("after failed")

    reply = asyncio.run(answer(router_for(Broken()), v201.HeartbeatRequest(), "Heartbeat"))
    assert isinstance(reply, v201.HeartbeatResponse)
    assert "after hook for Heartbeat" in caplog.text


def test_a_method_of_another_version_is_refused_at_include() -> None:
    class Mixed:
        @on(v16.HeartbeatRequest)
        def beat(self, request: v16.HeartbeatRequest) -> v16.HeartbeatResponse:
            raise NotImplementedError

    with pytest.raises(ValueError, match=r"OCPP 2\.0\.1"):
        router_for(Mixed())


def test_two_handlers_for_one_action_are_refused() -> None:
    class Twice:
        @on(v201.HeartbeatRequest)
        def one(self, request: v201.HeartbeatRequest) -> v201.HeartbeatResponse:
            raise NotImplementedError

        @on(v201.HeartbeatRequest)
        def two(self, request: v201.HeartbeatRequest) -> v201.HeartbeatResponse:
            raise NotImplementedError

    with pytest.raises(DuplicateHandlerError):
        router_for(Twice())


def test_marked_methods_stay_callable_as_written() -> None:
    station = ChargePoint("CS1")
    response = station.on_boot(boot())
    assert response.interval == 300
