"""The transactions the tools' simulated station runs when the CSMS asks for them
(:mod:`ocpkit.tools.transactions`, :class:`ocpkit.tools.trace.AnsweringRouter`): a real CSMS
and a real station on 127.0.0.1, the CSMS's answers to the transaction messages scripted."""

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable
from typing import Any, Final

import attrs
import orjson
import pytest

from ocpkit._base import OcppRequest, OcppResponse
from ocpkit.ocpp import OcppVersion, actions_of, v201
from ocpkit.ocpp.aio import ChargePointClient, CsmsServer, Session, SessionConfig, current_session
from ocpkit.ocpp.errors import ErrorKind, OcppError
from ocpkit.ocpp.events import CallReceived
from ocpkit.ocpp.router import Router
from ocpkit.tools.answers import Answerer
from ocpkit.tools.charger import SimulatedStation, StationSettings
from ocpkit.tools.trace import AnsweringRouter
from ocpkit.tools.transactions import RemoteTransactions, TransactionRetry

V16, V201, V21 = OcppVersion.V16, OcppVersion.V201, OcppVersion.V21
VERSIONS: Final = (V16, V201, V21)
IDENTITY: Final = "CS-TX-1"
RETRY: Final = TransactionRetry(attempts=3, interval=0.05)

START: Final[dict[OcppVersion, tuple[str, dict[str, Any]]]] = {
    V16: ("RemoteStartTransaction", {"idTag": "TAG-1", "connectorId": 2}),
    V201: (
        "RequestStartTransaction",
        {"idToken": {"idToken": "TAG-1", "type": "Central"}, "remoteStartId": 17, "evseId": 2},
    ),
}
START[V21] = START[V201]
STOP: Final = {V16: "RemoteStopTransaction", V201: "RequestStopTransaction"}
STOP[V21] = STOP[V201]
REPORTED: Final = {V16: ("StartTransaction", "StopTransaction")}


def reported(version: OcppVersion) -> tuple[str, str]:
    """The actions that report a transaction's start and end."""
    return REPORTED.get(version, ("TransactionEvent", "TransactionEvent"))


def request(version: OcppVersion, action: str, payload: dict[str, Any]) -> Any:
    return actions_of(version)[action].request.from_json(orjson.dumps(payload))


@attrs.define
class Csms:
    """What the CSMS side saw: each transaction message, in order, as wire JSON."""

    version: OcppVersion
    session: Session
    station: AnsweringRouter
    messages: list[dict[str, Any]]

    @property
    def transactions(self) -> RemoteTransactions:
        assert self.station.transactions is not None
        return self.station.transactions

    async def call(self, action: str, payload: dict[str, Any]) -> str:
        answer = await self.session.call(request(self.version, action, payload))
        return str(answer.to_wire()["status"])

    async def wait_for(self, count: int) -> None:
        """Until the CSMS has seen ``count`` transaction messages."""
        await until(lambda: len(self.messages) >= count)

    async def wait_running(self, running: bool) -> None:
        """Until the station runs a transaction with an id (or, ``running=False``, none)."""
        await until(lambda: (self.transactions.running(IDENTITY) is not None) is running)


async def until(condition: Callable[[], bool]) -> None:
    async with asyncio.timeout(5):
        while not condition():
            await asyncio.sleep(0.01)


Answer = Callable[[int, dict[str, Any]], dict[str, Any] | None]
"""The CSMS's answer to the n-th transaction message (from 0): a wire payload to answer
with, or None to answer with a CALLERROR InternalError."""


@contextlib.asynccontextmanager
async def running(version: OcppVersion, answer: Answer | None = None) -> AsyncIterator[Csms]:
    """A CSMS and a station of ``version`` connected to it; the CSMS answers the transaction
    messages with ``answer`` (by default as its Answerer does)."""
    messages: list[dict[str, Any]] = []
    answerer = Answerer(version)

    def record(call: OcppRequest[OcppResponse]) -> OcppResponse:
        wire = dict(call.to_wire())
        messages.append(wire)
        given = answer(len(messages) - 1, wire) if answer is not None else {}
        if given is None:
            raise OcppError("not now", kind=ErrorKind.INTERNAL)
        if not given:
            return answerer.answer(call)
        response_type = actions_of(version)[call.ocpp_action].response
        assert response_type is not None
        return response_type.from_json(orjson.dumps(given))

    csms_router = AnsweringRouter(
        version, "CSMS", Answerer(version), overrides=dict.fromkeys(set(reported(version)), record)
    )
    async with connected(version, csms_router) as (session, station):
        yield Csms(version, session, station, messages)


@contextlib.asynccontextmanager
async def connected(
    version: OcppVersion, csms_router: Router[Any]
) -> AsyncIterator[tuple[Session, AnsweringRouter]]:
    """A CSMS answering with ``csms_router`` and a station of ``version`` (an AnsweringRouter
    retrying with RETRY) connected to it: the CSMS's session and the station's router."""
    station = AnsweringRouter(
        version, "ChargingStation", Answerer(version), transaction_retry=RETRY
    )
    async with (
        CsmsServer(port=0, router=csms_router) as csms,
        ChargePointClient(
            f"ws://127.0.0.1:{csms.port}/{IDENTITY}",
            versions=[version],
            router=station,
            config=SessionConfig(call_timeout=2),
        ),
    ):
        await until(lambda: IDENTITY in csms.sessions)
        yield csms.sessions[IDENTITY], station


def transaction_id(version: OcppVersion, messages: list[dict[str, Any]], csms: Csms) -> object:
    if version is V16:
        return csms.transactions.running(IDENTITY)
    return messages[0]["transactionInfo"]["transactionId"]


@pytest.mark.parametrize("version", VERSIONS, ids=str)
async def test_a_remote_start_starts_and_a_remote_stop_ends_the_transaction(
    version: OcppVersion,
) -> None:
    start, stop = START[version], STOP[version]
    async with running(version) as csms:
        assert await csms.call(*start) == "Accepted"
        await csms.wait_for(1)
        assert await csms.call(*start) == "Rejected"  # one transaction at a time
        started = csms.messages[0]
        if version is V16:
            assert started["connectorId"] == 2
            assert started["idTag"] == "TAG-1"
        else:
            assert started["eventType"] == "Started"
            assert started["triggerReason"] == "RemoteStart"
            assert started["transactionInfo"]["remoteStartId"] == 17
            assert started["evse"] == {"id": 2, "connectorId": 1}
            assert started["idToken"] == START[version][1]["idToken"]
        await csms.wait_running(True)  # 1.6: the id comes with the CSMS's answer
        known = transaction_id(version, csms.messages, csms)
        other = 999 if version is V16 else "TX-OTHER"
        assert await csms.call(stop, {"transactionId": other}) == "Rejected"
        assert await csms.call(stop, {"transactionId": known}) == "Accepted"
        assert await csms.call(stop, {"transactionId": known}) == "Rejected"  # once
        await csms.wait_for(2)
        ended = csms.messages[1]
        if version is V16:
            assert ended["transactionId"] == known
            assert ended["reason"] == "Remote"
        else:
            assert ended["eventType"] == "Ended"
            assert ended["triggerReason"] == "RemoteStop"
            assert ended["seqNo"] == 1
            assert ended["transactionInfo"] == {"transactionId": known, "stoppedReason": "Remote"}
        assert csms.transactions.running(IDENTITY) is None
        assert await csms.call(*start) == "Accepted"  # free again
        await csms.wait_for(3)
    assert len(csms.messages) == 3


@pytest.mark.parametrize("version", VERSIONS, ids=str)
async def test_a_refused_transaction_message_is_sent_again_unchanged(version: OcppVersion) -> None:
    async with running(version, lambda n, wire: None if n == 0 else {}) as csms:
        assert await csms.call(*START[version]) == "Accepted"
        await csms.wait_for(2)
        await asyncio.sleep(0.2)  # nothing more comes
    first, again = csms.messages
    assert first == again
    assert len(csms.messages) == 2


async def test_a_message_refused_every_time_is_given_up_after_the_attempts() -> None:
    async with running(V201, lambda n, wire: None) as csms:
        assert await csms.call(*START[V201]) == "Accepted"
        await csms.wait_for(RETRY.attempts)
        await csms.wait_running(False)
        await asyncio.sleep(3 * RETRY.interval * RETRY.attempts)
        # forgotten: the station may start another
        assert await csms.call(*START[V201]) == "Accepted"
        await csms.wait_for(RETRY.attempts + 1)
    assert len({orjson.dumps(message) for message in csms.messages[: RETRY.attempts]}) == 1


def not_authorized(version: OcppVersion) -> Answer:
    def answer(n: int, wire: dict[str, Any]) -> dict[str, Any] | None:
        if n > 0:
            return {}
        if version is V16:
            return {"idTagInfo": {"status": "Invalid"}, "transactionId": 41}
        return {"idTokenInfo": {"status": "Invalid"}}

    return answer


@pytest.mark.parametrize("version", VERSIONS, ids=str)
async def test_a_transaction_the_csms_does_not_authorize_is_ended_at_once(
    version: OcppVersion,
) -> None:
    async with running(version, not_authorized(version)) as csms:
        assert await csms.call(*START[version]) == "Accepted"
        await csms.wait_for(2)
        await csms.wait_running(False)
    ended = csms.messages[1]
    if version is V16:
        assert ended["transactionId"] == 41
        assert ended["reason"] == "DeAuthorized"
    else:
        assert ended["triggerReason"] == "Deauthorized"
        assert ended["transactionInfo"]["stoppedReason"] == "DeAuthorized"
        assert (
            ended["transactionInfo"]["transactionId"]
            == (csms.messages[0]["transactionInfo"]["transactionId"])
        )


async def test_a_transaction_stopped_while_its_start_is_unanswered_ends_once() -> None:
    """The CSMS stops the transaction before it answers the Started event, then refuses its
    token: the station sends one Ended event, not one for each reason."""
    events: list[dict[str, Any]] = []
    stop_answers: list[str] = []
    csms_router = Router(V201, "CSMS")

    @csms_router.on(v201.TransactionEventRequest)
    async def event(request: v201.TransactionEventRequest) -> v201.TransactionEventResponse:
        events.append(dict(request.to_wire()))
        if request.event_type is not v201.TransactionEventEnum.STARTED:
            return v201.TransactionEventResponse()
        stop = v201.RequestStopTransactionRequest(
            transaction_id=request.transaction_info.transaction_id
        )
        answer = await current_session().call(stop)
        stop_answers.append(answer.status.value)
        return v201.TransactionEventResponse(
            id_token_info=v201.IdTokenInfo(status=v201.AuthorizationStatusEnum.INVALID)
        )

    async with connected(V201, csms_router) as (session, _):
        answer = await session.call(request(V201, *START[V201]))
        assert answer.to_wire() == {"status": "Accepted"}
        await until(lambda: len(events) >= 2)
        await asyncio.sleep(0.3)  # a second Ended would come now
    assert stop_answers == ["Accepted"]
    assert [wire["eventType"] for wire in events] == ["Started", "Ended"]
    assert events[1]["transactionInfo"]["stoppedReason"] == "DeAuthorized"


def test_the_wait_grows_with_the_attempts_made() -> None:
    retry = TransactionRetry(attempts=4, interval=2.5)
    assert [retry.wait(made) for made in (1, 2, 3)] == [2.5, 5.0, 7.5]
    with pytest.raises(ValueError, match="attempts"):
        TransactionRetry(attempts=0)
    with pytest.raises(ValueError, match="interval"):
        TransactionRetry(interval=-1)


def test_routers_that_do_not_follow_remote_starts() -> None:
    assert AnsweringRouter(V201, "CSMS", Answerer(V201)).transactions is None
    router = AnsweringRouter(V201, "ChargingStation", Answerer(V201), follow_remote_starts=False)
    assert router.transactions is None
    assert not router.has_after("RequestStartTransaction")
    followed = AnsweringRouter(V16, "ChargingStation", Answerer(V16))
    assert followed.has_after("RemoteStartTransaction")
    assert followed.has_after("RemoteStopTransaction")


@pytest.mark.parametrize("version", VERSIONS, ids=str)
async def test_the_scripted_station_refuses_a_remote_start(version: OcppVersion) -> None:
    """``ocpkit charger`` runs its own transaction: it does not accept another one."""
    station = SimulatedStation(StationSettings(url="ws://127.0.0.1:1/", versions=(version,)))
    router = station.router_for(version)
    action, payload = START[version]
    answer = await router.dispatch(CallReceived("1", action, request(version, action, payload)))
    assert isinstance(answer, OcppResponse)
    assert answer.to_wire() == {"status": "Rejected"}
    assert not router.has_after(action)
