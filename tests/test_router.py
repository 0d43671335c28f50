"""The typed router: which handlers a side may register, what dispatch answers for each outcome
of a handler, and a connection and a router answering calls end to end."""

import asyncio
import logging
from datetime import UTC, datetime
from typing import Any, cast

import pytest

from ocpkit._base import OcppResponse
from ocpkit.ocpp import ErrorKind, OcppError, v16, v21, v201
from ocpkit.ocpp.connection import Connection
from ocpkit.ocpp.events import CallReceived, ResultReceived, SendReceived
from ocpkit.ocpp.registry import Side
from ocpkit.ocpp.router import DuplicateHandlerError, Router
from ocpkit.ocpp.version import OcppVersion
from tests._connection_support import (
    ALL_VERSIONS,
    BOOT_PAYLOAD,
    V16,
    V21,
    V201,
    boot_request,
    boot_response,
    call_frame,
    check_error_reply,
    clear_cache_response,
    connection,
    decode_frame,
    heartbeat_response,
    only,
    pair,
    spelling,
)

versions = pytest.mark.parametrize("version", ALL_VERSIONS)

SECRET = "database password is hunter2"
ROUTER_LOGGER = "ocpkit.router"

MODULES: dict[OcppVersion, Any] = {V16: v16, V201: v201, V21: v21}


def request_class(version: OcppVersion, action: str) -> Any:
    """The request class of ``action`` in ``version``."""
    return MODULES[version].ACTIONS[action].request


def register(router: Router, version: OcppVersion, action: str, handler: Any) -> None:
    """Register ``handler`` without the static type check (for deliberately wrong handlers)."""
    cast(Any, router).on(request_class(version, action))(handler)


def received(version: OcppVersion, action: str = "BootNotification") -> CallReceived:
    """The CallReceived a CSMS reports for a valid call of ``action``."""
    csms = connection(version, "CSMS")
    payload = BOOT_PAYLOAD[version] if action == "BootNotification" else {}
    event = only(csms.receive(call_frame("m1", action, payload), 0.0))
    assert isinstance(event, CallReceived)
    return event


async def serve(conn: Connection, router: Router, data: bytes, now: float = 0.0) -> list[bytes]:
    """Feed ``data`` to ``conn``, answer each received call with ``router``; what is sent."""
    for event in conn.receive(data, now):
        if isinstance(event, CallReceived):
            reply = await router.dispatch(event)
            if isinstance(reply, OcppError):
                conn.reply_error(event.message_id, reply)
            else:
                conn.reply(event.message_id, reply)
        elif isinstance(event, SendReceived):
            await router.dispatch_send(event)
    return conn.data_to_send()


# -- registration ------------------------------------------------------------------------------

CSMS_ONLY = {
    V16: "RemoteStartTransaction",
    V201: "RequestStartTransaction",
    V21: "RequestStartTransaction",
}


@versions
def test_csms_router_refuses_handlers_for_actions_only_the_csms_sends(version: OcppVersion) -> None:
    router = Router(version, "CSMS")
    for action in (CSMS_ONLY[version], "ClearCache", "Reset"):
        with pytest.raises(ValueError, match="only sent by the CSMS"):
            router.on(request_class(version, action))
        assert not router.handles(action)


def test_csms_router_refuses_request_start_transaction_handler() -> None:
    router = Router(V201, "CSMS")
    with pytest.raises(ValueError, match="RequestStartTransaction"):
        router.on(v201.RequestStartTransactionRequest)


@versions
def test_charger_router_refuses_handlers_for_actions_only_the_charger_sends(
    version: OcppVersion,
) -> None:
    router = Router(version, "ChargingStation")
    for action in ("BootNotification", "Heartbeat", "Authorize"):
        with pytest.raises(ValueError, match="only sent by the ChargingStation"):
            router.on(request_class(version, action))
        assert not router.handles(action)


@pytest.mark.parametrize(
    ("role", "actions"),
    [
        ("CSMS", ("BootNotification", "Heartbeat", "DataTransfer")),
        ("ChargingStation", ("ClearCache", "Reset", "DataTransfer")),
    ],
)
@versions
def test_router_accepts_handlers_for_what_the_peer_sends(
    version: OcppVersion, role: Side, actions: tuple[str, ...]
) -> None:
    router = Router(version, role)
    for action in actions:

        def handler(request: Any) -> Any:
            raise NotImplementedError

        decorated = router.on(request_class(version, action))(handler)
        assert decorated is handler  # the decorator gives the function back unchanged
        assert router.handles(action)
    assert not router.handles("MeterValues" if role == "ChargingStation" else "GetVariables")


def test_on_refuses_a_send_message() -> None:
    router = Router(V21, "CSMS")
    with pytest.raises(ValueError, match="on_send"):
        router.on(cast(Any, v21.NotifyPeriodicEventStream))
    assert not router.handles("NotifyPeriodicEventStream")


def test_on_send_registers_a_send_message_handler() -> None:
    router = Router(V21, "CSMS")

    @router.on_send(v21.NotifyPeriodicEventStream)
    def on_stream(message: v21.NotifyPeriodicEventStream) -> None:
        raise NotImplementedError

    assert router.handles("NotifyPeriodicEventStream")


@versions
def test_on_send_refuses_a_call_action(version: OcppVersion) -> None:
    router = Router(version, "CSMS")
    with pytest.raises(ValueError, match="not a SEND message"):
        router.on_send(cast(Any, request_class(version, "Heartbeat")))
    assert not router.handles("Heartbeat")


def test_on_send_refuses_a_send_message_only_our_side_sends() -> None:
    router = Router(V21, "ChargingStation")
    with pytest.raises(ValueError, match="only sent by the ChargingStation"):
        router.on_send(v21.NotifyPeriodicEventStream)


@pytest.mark.parametrize("version", [V16, V201])
def test_send_messages_do_not_exist_before_2_1(version: OcppVersion) -> None:
    router = Router(version, "CSMS")
    with pytest.raises(ValueError, match="is not an OCPP"):
        router.on_send(v21.NotifyPeriodicEventStream)


@versions
def test_on_refuses_a_request_of_another_version(version: OcppVersion) -> None:
    other = V21 if version is V16 else V16
    router = Router(version, "CSMS")
    with pytest.raises(ValueError, match="is not an OCPP"):
        router.on(request_class(other, "Heartbeat"))
    assert not router.handles("Heartbeat")


@pytest.mark.parametrize(
    "thing",
    [v201.HeartbeatResponse, v201.ChargingStation, int, "Heartbeat", None],
    ids=["response", "datatype", "int", "action-name", "none"],
)
def test_on_refuses_what_is_not_a_request_class(thing: Any) -> None:
    router = Router(V201, "CSMS")
    with pytest.raises(ValueError, match="is not an OCPP"):
        router.on(thing)


def test_router_role_must_be_csms_or_charging_station() -> None:
    with pytest.raises(ValueError, match="role"):
        Router(V201, cast(Any, "Backend"))


# -- dispatch ----------------------------------------------------------------------------------


@versions
async def test_known_action_with_no_handler_is_not_supported(version: OcppVersion) -> None:
    reply = await Router(version, "CSMS").dispatch(received(version))
    assert isinstance(reply, OcppError)
    assert reply.kind is ErrorKind.NOT_SUPPORTED


@versions
async def test_sync_handler_response_is_the_reply(version: OcppVersion) -> None:
    router = Router(version, "CSMS")
    response = boot_response(version)
    seen: list[Any] = []

    def on_boot(request: Any) -> OcppResponse:
        seen.append(request)
        return response

    register(router, version, "BootNotification", on_boot)
    event = received(version)
    assert await router.dispatch(event) is response
    assert seen == [event.request]


@versions
async def test_async_handler_response_is_the_reply(version: OcppVersion) -> None:
    router = Router(version, "CSMS")
    response = boot_response(version)

    async def on_boot(request: Any) -> OcppResponse:
        await asyncio.sleep(0)
        return response

    register(router, version, "BootNotification", on_boot)
    assert await router.dispatch(received(version)) is response


async def test_typed_handlers_register_and_answer() -> None:
    router = Router(V201, "CSMS")

    @router.on(v201.BootNotificationRequest)
    def on_boot(request: v201.BootNotificationRequest) -> v201.BootNotificationResponse:
        response = boot_response(V201)
        assert isinstance(response, v201.BootNotificationResponse)
        return response

    @router.on(v201.HeartbeatRequest)
    async def on_heartbeat(request: v201.HeartbeatRequest) -> v201.HeartbeatResponse:
        response = heartbeat_response(V201)
        assert isinstance(response, v201.HeartbeatResponse)
        return response

    assert await router.dispatch(received(V201)) == boot_response(V201)
    assert await router.dispatch(received(V201, "Heartbeat")) == heartbeat_response(V201)


@pytest.mark.parametrize(
    "kind",
    [ErrorKind.SECURITY, ErrorKind.FORMAT, ErrorKind.OCCURRENCE, ErrorKind.NOT_SUPPORTED],
)
@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
@versions
async def test_handler_raising_ocpp_error_answers_with_that_error(
    version: OcppVersion, kind: ErrorKind, asynchronous: bool
) -> None:
    router = Router(version, "CSMS")
    error = OcppError("not allowed here", kind=kind, details={"station": "CS-1"})

    def on_boot(request: Any) -> Any:
        raise error

    async def on_boot_async(request: Any) -> Any:
        raise error

    register(router, version, "BootNotification", on_boot_async if asynchronous else on_boot)
    reply = await router.dispatch(received(version))
    assert reply is error


class HandlerError(RuntimeError):
    pass


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
@versions
async def test_handler_raising_anything_else_is_internal_error_without_its_text(
    version: OcppVersion, asynchronous: bool, caplog: pytest.LogCaptureFixture
) -> None:
    router = Router(version, "CSMS")

    def on_boot(request: Any) -> Any:
        raise HandlerError(SECRET)

    async def on_boot_async(request: Any) -> Any:
        raise HandlerError(SECRET)

    register(router, version, "BootNotification", on_boot_async if asynchronous else on_boot)
    with caplog.at_level(logging.ERROR, logger=ROUTER_LOGGER):
        reply = await router.dispatch(received(version))
    assert isinstance(reply, OcppError)
    assert reply.kind is ErrorKind.INTERNAL
    assert SECRET not in reply.description
    assert SECRET not in str(reply.details)
    # ... but the traceback is logged, for the operator.
    [record] = [r for r in caplog.records if r.name == ROUTER_LOGGER]
    assert record.levelno == logging.ERROR
    assert record.exc_info is not None
    assert record.exc_info[0] is HandlerError
    assert SECRET in caplog.text
    assert "Traceback" in caplog.text
    assert "BootNotification" in record.getMessage()


@versions
async def test_cancellation_of_a_handler_is_not_swallowed(version: OcppVersion) -> None:
    router = Router(version, "CSMS")

    async def on_boot(request: Any) -> Any:
        raise asyncio.CancelledError

    register(router, version, "BootNotification", on_boot)
    with pytest.raises(asyncio.CancelledError):
        await router.dispatch(received(version))


def _wrong_returns(version: OcppVersion) -> list[tuple[str, Any]]:
    other = V21 if version is V16 else V16
    return [
        ("none", None),
        ("other_action_response", heartbeat_response(version)),
        ("other_version_response", boot_response(other)),
        ("the_request", boot_request(version)),
        ("wire_dict", boot_response(version).to_wire()),
    ]


@pytest.mark.parametrize("which", range(5))
@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
@versions
async def test_handler_returning_the_wrong_type_is_internal_error_and_logged(
    version: OcppVersion, which: int, asynchronous: bool, caplog: pytest.LogCaptureFixture
) -> None:
    name, wrong = _wrong_returns(version)[which]
    router = Router(version, "CSMS")

    def on_boot(request: Any) -> Any:
        return wrong

    async def on_boot_async(request: Any) -> Any:
        return wrong

    register(router, version, "BootNotification", on_boot_async if asynchronous else on_boot)
    with caplog.at_level(logging.ERROR, logger=ROUTER_LOGGER):
        reply = await router.dispatch(received(version))
    assert isinstance(reply, OcppError), name
    assert reply.kind is ErrorKind.INTERNAL
    [record] = [r for r in caplog.records if r.name == ROUTER_LOGGER]
    assert record.levelno == logging.ERROR
    assert "BootNotification" in record.getMessage()


# -- SEND messages -----------------------------------------------------------------------------

SEND_FRAME = (
    b'[6,"s1","NotifyPeriodicEventStream",'
    b'{"data":[{"t":1.5,"v":"1"}],"id":1,"pending":0,"basetime":"2026-01-31T12:00:00Z"}]'
)


def _send_event() -> SendReceived:
    event = only(connection(V21, "CSMS").receive(SEND_FRAME, 0.0))
    assert isinstance(event, SendReceived)
    return event


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
async def test_send_handler_gets_the_message(asynchronous: bool) -> None:
    router = Router(V21, "CSMS")
    seen: list[v21.NotifyPeriodicEventStream] = []

    def on_stream(message: v21.NotifyPeriodicEventStream) -> None:
        seen.append(message)

    async def on_stream_async(message: v21.NotifyPeriodicEventStream) -> None:
        seen.append(message)

    router.on_send(v21.NotifyPeriodicEventStream)(on_stream_async if asynchronous else on_stream)
    event = _send_event()
    await router.dispatch_send(event)
    assert seen == [event.message]


async def test_send_handler_failure_is_logged_never_raised(
    caplog: pytest.LogCaptureFixture,
) -> None:
    router = Router(V21, "CSMS")

    @router.on_send(v21.NotifyPeriodicEventStream)
    def on_stream(message: v21.NotifyPeriodicEventStream) -> None:
        raise HandlerError(SECRET)

    with caplog.at_level(logging.ERROR, logger=ROUTER_LOGGER):
        await router.dispatch_send(_send_event())
    [record] = [r for r in caplog.records if r.name == ROUTER_LOGGER]
    assert record.exc_info is not None
    assert record.exc_info[0] is HandlerError


async def test_send_without_a_handler_is_dropped_and_noted(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.INFO, logger=ROUTER_LOGGER):
        await Router(V21, "CSMS").dispatch_send(_send_event())
    [record] = [r for r in caplog.records if r.name == ROUTER_LOGGER]
    assert record.levelno == logging.INFO
    assert "NotifyPeriodicEventStream" in record.getMessage()


async def test_send_is_never_answered_end_to_end() -> None:
    csms = connection(V21, "CSMS")
    router = Router(V21, "CSMS")
    seen: list[int] = []

    @router.on_send(v21.NotifyPeriodicEventStream)
    def on_stream(message: v21.NotifyPeriodicEventStream) -> None:
        seen.append(message.id)
        raise HandlerError("even when the handler fails")

    assert await serve(csms, router, SEND_FRAME) == []
    assert seen == [1]


# -- a connection and a router, end to end -----------------------------------------------------


def csms_router(version: OcppVersion) -> Router:
    router = Router(version, "CSMS")
    register(router, version, "BootNotification", lambda request: boot_response(version))

    async def on_heartbeat(request: Any) -> OcppResponse:
        return heartbeat_response(version)

    register(router, version, "Heartbeat", on_heartbeat)

    def on_authorize(request: Any) -> Any:
        raise OcppError("unknown token", kind=ErrorKind.SECURITY, details={"hint": "none"})

    register(router, version, "Authorize", on_authorize)

    def on_status(request: Any) -> Any:
        raise KeyError(SECRET)

    register(router, version, "StatusNotification", on_status)
    register(router, version, "MeterValues", lambda request: None)
    return router


@versions
async def test_end_to_end_handler_response_is_sent_as_callresult(version: OcppVersion) -> None:
    csms = connection(version, "CSMS")
    router = csms_router(version)
    sent = await serve(csms, router, call_frame("b1", "BootNotification", BOOT_PAYLOAD[version]))
    assert [decode_frame(data) for data in sent] == [
        [3, "b1", {"status": "Accepted", "currentTime": "2026-01-31T12:00:00Z", "interval": 300}]
    ]
    sent = await serve(csms, router, call_frame("h1", "Heartbeat", {}))
    assert [decode_frame(data) for data in sent] == [
        [3, "h1", {"currentTime": "2026-01-31T12:00:00Z"}]
    ]
    assert csms.unanswered == frozenset()


@versions
async def test_end_to_end_ocpp_error_is_sent_with_its_code(version: OcppVersion) -> None:
    csms = connection(version, "CSMS")
    payload: dict[str, Any] = (
        {"idTag": "TAG1"} if version is V16 else {"idToken": {"idToken": "T1", "type": "Central"}}
    )
    [data] = await serve(csms, csms_router(version), call_frame("a1", "Authorize", payload))
    frame = check_error_reply(data, version)
    assert frame == [4, "a1", "SecurityError", "unknown token", {"hint": "none"}]
    assert csms.unanswered == frozenset()


@versions
async def test_end_to_end_handler_crash_is_internal_error_without_its_text(
    version: OcppVersion, caplog: pytest.LogCaptureFixture
) -> None:
    csms = connection(version, "CSMS")
    if version is V16:
        payload: dict[str, Any] = {
            "connectorId": 1,
            "errorCode": "NoError",
            "status": "Available",
        }
    else:
        payload = {
            "timestamp": "2026-01-31T12:00:00Z",
            "connectorStatus": "Available",
            "evseId": 1,
            "connectorId": 1,
        }
    with caplog.at_level(logging.ERROR, logger=ROUTER_LOGGER):
        [data] = await serve(
            csms, csms_router(version), call_frame("s1", "StatusNotification", payload)
        )
    assert check_error_reply(data, version)[:3] == [4, "s1", "InternalError"]
    assert SECRET.encode() not in data
    assert SECRET in caplog.text


@versions
async def test_end_to_end_wrong_return_is_internal_error(
    version: OcppVersion, caplog: pytest.LogCaptureFixture
) -> None:
    csms = connection(version, "CSMS")
    if version is V16:
        payload: dict[str, Any] = {"connectorId": 1, "meterValue": []}
    else:
        payload = {
            "evseId": 1,
            "meterValue": [{"timestamp": "2026-01-31T12:00:00Z", "sampledValue": [{"value": 1.0}]}],
        }
    with caplog.at_level(logging.ERROR, logger=ROUTER_LOGGER):
        [data] = await serve(csms, csms_router(version), call_frame("m1", "MeterValues", payload))
    assert check_error_reply(data, version)[:3] == [4, "m1", "InternalError"]
    assert any(r.name == ROUTER_LOGGER for r in caplog.records)


@versions
async def test_end_to_end_known_action_without_handler_is_not_supported(
    version: OcppVersion,
) -> None:
    csms = connection(version, "CSMS")
    [data] = await serve(
        csms, csms_router(version), call_frame("d1", "DataTransfer", {"vendorId": "x"})
    )
    assert check_error_reply(data, version)[:3] == [4, "d1", "NotSupported"]


@versions
async def test_end_to_end_unknown_action_never_reaches_the_router(version: OcppVersion) -> None:
    csms = connection(version, "CSMS")
    router = Router(version, "CSMS")
    [data] = await serve(csms, router, call_frame("u1", "FlyToTheMoon", {}))
    assert check_error_reply(data, version)[:3] == [4, "u1", "NotImplemented"]


@versions
async def test_end_to_end_invalid_payload_never_reaches_the_handler(version: OcppVersion) -> None:
    csms = connection(version, "CSMS")
    router = Router(version, "CSMS")
    calls: list[Any] = []
    register(router, version, "BootNotification", calls.append)
    [data] = await serve(csms, router, call_frame("b1", "BootNotification", {}))
    code = spelling(version, "OccurenceConstraintViolation", "OccurrenceConstraintViolation")
    assert check_error_reply(data, version)[:3] == [4, "b1", code]
    assert calls == []


@versions
async def test_end_to_end_between_two_connections(version: OcppVersion) -> None:
    csms, charger = pair(version)
    csms_side = csms_router(version)
    charger_side = Router(version, "ChargingStation")
    register(charger_side, version, "ClearCache", lambda request: clear_cache_response(version))

    boot_id = charger.call(boot_request(version), 0.0)
    clear_id = csms.call(request_class(version, "ClearCache")(), 0.0)
    [boot_frame] = charger.data_to_send()
    [clear_frame] = csms.data_to_send()

    # Calls cross; each side answers the other's with its router.
    to_charger = await serve(csms, csms_side, boot_frame, 1.0)
    to_csms = await serve(charger, charger_side, clear_frame, 1.0)
    at_charger = only(charger.receive(only(to_charger), 2.0))
    at_csms = only(csms.receive(only(to_csms), 2.0))
    assert isinstance(at_charger, ResultReceived)
    assert (at_charger.message_id, at_charger.response) == (boot_id, boot_response(version))
    assert isinstance(at_csms, ResultReceived)
    assert (at_csms.message_id, at_csms.response) == (clear_id, clear_cache_response(version))


def test_a_second_handler_for_one_action_is_refused() -> None:
    router = Router(OcppVersion.V201, "CSMS")

    @router.on(v201.HeartbeatRequest)
    def first(request: v201.HeartbeatRequest) -> v201.HeartbeatResponse:
        return v201.HeartbeatResponse(current_time=datetime.now(UTC))

    with pytest.raises(DuplicateHandlerError, match="Heartbeat"):
        router.on(v201.HeartbeatRequest)(first)
    assert router.handles("Heartbeat")


def test_a_second_handler_for_one_send_message_is_refused() -> None:
    router = Router(OcppVersion.V21, "CSMS")
    router.on_send(v21.NotifyPeriodicEventStream)(lambda message: None)
    with pytest.raises(DuplicateHandlerError):
        router.on_send(v21.NotifyPeriodicEventStream)(lambda message: None)


# -- add_handler: registration from data, with the run-time checks of on() -----------------------


def test_add_handler_registers_a_call_handler() -> None:
    router: Router[Any] = Router(OcppVersion("2.0.1"), "CSMS")
    seen: list[v201.HeartbeatRequest] = []

    def heartbeat(request: v201.HeartbeatRequest) -> v201.HeartbeatResponse:
        seen.append(request)
        return v201.HeartbeatResponse(current_time=datetime(2026, 1, 1, tzinfo=UTC))

    router.add_handler(v201.HeartbeatRequest, heartbeat)
    assert router.handles("Heartbeat")
    reply = asyncio.run(router.dispatch(CallReceived("m1", "Heartbeat", v201.HeartbeatRequest())))
    assert isinstance(reply, v201.HeartbeatResponse)
    assert len(seen) == 1


def test_add_handler_registers_a_send_handler() -> None:
    router: Router[Any] = Router(OcppVersion("2.1"), "CSMS")
    router.add_handler(v21.NotifyPeriodicEventStream, lambda message: None)
    assert router.handles("NotifyPeriodicEventStream")


@pytest.mark.parametrize(
    ("version", "model"),
    [
        ("2.0.1", v16.HeartbeatRequest),  # another version's model
        ("2.0.1", v21.HeartbeatRequest),
        ("1.6", v16.ResetRequest),  # sent by the CSMS: a CSMS router never receives it
    ],
)
def test_add_handler_keeps_the_run_time_checks(version: str, model: Any) -> None:
    router: Router[Any] = Router(OcppVersion(version), "CSMS")
    with pytest.raises(ValueError, match=r"OCPP|only sent by"):
        router.add_handler(model, lambda request: None)


def test_add_handler_refuses_a_second_handler() -> None:
    router: Router[Any] = Router(OcppVersion("2.0.1"), "CSMS")
    router.add_handler(v201.HeartbeatRequest, lambda request: None)
    with pytest.raises(DuplicateHandlerError):
        router.add_handler(v201.HeartbeatRequest, lambda request: None)
