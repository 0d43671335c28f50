"""The messages the tools' simulated station sends when the CSMS triggers one, and the answer
it gives the trigger (:mod:`ocpkit.tools.triggers`, :class:`ocpkit.tools.trace.AnsweringRouter`).
"""

import asyncio
from typing import Any, Final

import orjson
import pytest

from ocpkit._base import OcppRequest, OcppResponse
from ocpkit.ocpp import OcppVersion, actions_of
from ocpkit.ocpp.aio import ChargePointClient, CsmsServer, SessionConfig
from ocpkit.tools.answers import Answerer
from ocpkit.tools.trace import AnsweringRouter
from ocpkit.tools.triggers import triggered_request

V16, V201, V21 = OcppVersion.V16, OcppVersion.V201, OcppVersion.V21
VERSIONS: Final = (V16, V201, V21)


def trigger(version: OcppVersion, payload: dict[str, Any], action: str = "TriggerMessage") -> Any:
    return actions_of(version)[action].request.from_json(orjson.dumps(payload))


@pytest.mark.parametrize("version", VERSIONS, ids=str)
def test_the_messages_sent_are_valid_and_the_others_are_not_sent(version: OcppVersion) -> None:
    for name in ("Heartbeat", "StatusNotification", "FirmwareStatusNotification"):
        sent = triggered_request(version, trigger(version, {"requestedMessage": name}))
        assert sent is not None
        assert sent.ocpp_action == name
        # what goes on the wire reads back through the version's strict model
        actions_of(version)[name].request.from_json(sent.to_json())
    for name in ("MeterValues", "BootNotification"):
        assert triggered_request(version, trigger(version, {"requestedMessage": name})) is None


def test_the_connector_asked_for_is_the_one_reported() -> None:
    sent = triggered_request(
        V201,
        trigger(
            V201, {"requestedMessage": "StatusNotification", "evse": {"id": 2, "connectorId": 3}}
        ),
    )
    assert sent is not None
    assert sent.to_wire()["evseId"] == 2
    assert sent.to_wire()["connectorId"] == 3
    sent_16 = triggered_request(
        V16, trigger(V16, {"requestedMessage": "StatusNotification", "connectorId": 2})
    )
    assert sent_16 is not None
    assert sent_16.to_wire()["connectorId"] == 2
    diagnostics = triggered_request(
        V16, trigger(V16, {"requestedMessage": "DiagnosticsStatusNotification"})
    )
    assert diagnostics is not None
    assert diagnostics.to_wire() == {"status": "Idle"}
    log = triggered_request(
        V16, trigger(V16, {"requestedMessage": "LogStatusNotification"}, "ExtendedTriggerMessage")
    )
    assert log is not None
    assert log.ocpp_action == "LogStatusNotification"


def test_only_triggers_are_read() -> None:
    heartbeat = actions_of(V201)["Heartbeat"].request.from_json(b"{}")
    with pytest.raises(ValueError, match="not a trigger"):
        triggered_request(V201, heartbeat)  # type: ignore[arg-type]


@pytest.mark.parametrize("version", VERSIONS, ids=str)
async def test_a_station_answers_first_then_sends_what_was_asked_for(
    version: OcppVersion,
) -> None:
    seen: list[str] = []

    def record(request: OcppRequest[OcppResponse]) -> OcppResponse:
        seen.append(request.ocpp_action)
        return Answerer(version).answer(request)

    csms_router = AnsweringRouter(
        version,
        "CSMS",
        Answerer(version),
        overrides={"Heartbeat": record, "StatusNotification": record},
    )
    station_router = AnsweringRouter(version, "ChargingStation", Answerer(version))
    async with (
        CsmsServer(port=0, router=csms_router) as csms,
        ChargePointClient(
            f"ws://127.0.0.1:{csms.port}/CS-TRIGGER",
            versions=[version],
            router=station_router,
            config=SessionConfig(call_timeout=2),
        ),
    ):
        while "CS-TRIGGER" not in csms.sessions:
            await asyncio.sleep(0.01)
        session = csms.sessions["CS-TRIGGER"]
        statuses = []
        for name in ("Heartbeat", "StatusNotification", "MeterValues"):
            answer = await session.call(trigger(version, {"requestedMessage": name}))
            statuses.append(str(answer.to_wire()["status"]))
        async with asyncio.timeout(5):
            while len(seen) < 2:
                await asyncio.sleep(0.01)
    assert statuses == ["Accepted", "Accepted", "NotImplemented"]
    assert seen == ["Heartbeat", "StatusNotification"]


def test_a_station_router_can_leave_triggers_to_its_overrides() -> None:
    router = AnsweringRouter(V201, "ChargingStation", Answerer(V201), follow_triggers=False)
    assert not router.has_after("TriggerMessage")
    assert AnsweringRouter(V201, "ChargingStation", Answerer(V201)).has_after("TriggerMessage")
    assert not AnsweringRouter(V201, "CSMS", Answerer(V201)).has_after("TriggerMessage")
