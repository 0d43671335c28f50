"""Schema-invalid calls, both ways, with both peers in both roles.

* The peer sends each invalid call as a raw frame; ocpkit answers with the code the specification
  prescribes, spelt exactly as the version spells it, which is read from the frames the peer
  reports receiving.
* ocpkit sends the same kind of invalid calls with its outgoing validation switched off (on the
  session's sans-IO connection); the peer's CALLERROR reaches the caller as
  :class:`CallRejected` with the code as sent and its kind read from either spelling. Where
  a peer validates nothing (ocpp-rpc on 2.1, which runs without strict mode) this half is left
  out.

Also: OCPP 1.6's ``multipleOf: 0.1`` on charging limits, judged on the decimal value.
"""

import json
from typing import Any

import pytest

from ocpkit.ocpp import ErrorKind, OcppVersion, v16
from ocpkit.ocpp.aio import (
    CallRejected,
    ChargePointClient,
    CsmsServer,
    Session,
    TransportName,
)

from ._matrix import PASSWORDS, PEERS, identity, matrix, password_hex
from ._peers import Peer, PeerKind, running
from ._scenarios import SCENARIOS, answering_router
from ._violations import (
    CSMS_SENDS,
    KIND_OF_CODE,
    PEER_CODES,
    SPEC_KIND,
    SPELLING,
    STATION_SENDS,
    Invalid,
)

pytestmark = pytest.mark.interop


async def peer_sends_invalid(
    peer: Peer, invalid: tuple[Invalid, ...], version: OcppVersion
) -> None:
    """The peer sends each call raw; ocpkit's answers, as the peer received them."""
    for call in invalid:
        peer.raw(call.frame(f"bad-{call.case}"))
    answered = {call.case: await peer.frame_in(f"bad-{call.case}") for call in invalid}
    codes = {case: frame[2] if frame[0] == 4 else frame for case, frame in answered.items()}
    expected = {call.case: SPELLING[version][SPEC_KIND[call.case]] for call in invalid}
    assert codes == expected, peer.transcript()
    for case, frame in answered.items():
        assert len(frame) == 5, case
        assert isinstance(frame[3], str), case
        assert isinstance(frame[4], dict), case


async def ocpkit_sends_invalid(
    session: Session, peer: Peer, peer_kind: PeerKind, invalid: tuple[Invalid, ...]
) -> None:
    """ocpkit sends each call unchecked; the peer's CALLERRORs as ocpkit's caller gets them."""
    version = session.version
    session.connection.validate_outgoing = False
    codes: dict[str, Any] = {}
    kinds: dict[str, ErrorKind | None] = {}
    sent: dict[str, str] = {}  # case -> message id
    for call in invalid:
        try:
            answer = await session.call(call.unchecked_request(version), timeout=10)
        except CallRejected as error:
            codes[call.case], kinds[call.case] = error.code, error.kind
            sent[call.case] = error.message_id
        else:
            codes[call.case] = answer
    expected = {call.case: PEER_CODES[peer_kind.name][call.case][version] for call in invalid}
    assert codes == expected, peer.transcript()
    assert kinds == {case: KIND_OF_CODE[code] for case, code in expected.items()}
    for call in invalid:  # each went out as it was written
        message_id = sent[call.case]
        assert await peer.frame_in(message_id) == [2, message_id, call.action, call.payload]


@pytest.mark.parametrize(("peer_kind", "version", "transport"), matrix(), indirect=["peer_kind"])
async def test_with_peer_station(
    peer_kind: PeerKind, version: OcppVersion, transport: TransportName
) -> None:
    scenario = SCENARIOS[version]
    name = identity(peer_kind.name, version, transport)
    router, _ = answering_router(version, "CSMS", scenario.csms_replies)
    async with CsmsServer(router=router, transport=transport, password=PASSWORDS[version]) as csms:
        argv = peer_kind.argv(
            "cs",
            version,
            url=csms.url.rstrip("/"),
            identity=name,
            password_hex=password_hex(version),
            replies=json.dumps(scenario.station_replies),
        )
        async with running(peer_kind.name, argv) as peer:
            await peer.event("connected")
            await peer_sends_invalid(peer, STATION_SENDS[version], version)
            assert (await peer.call("Heartbeat", {}))["event"] == "result"  # still in business
            if version in peer_kind.strict:
                await ocpkit_sends_invalid(
                    csms.sessions[name], peer, peer_kind, CSMS_SENDS[version]
                )


@pytest.mark.parametrize(("peer_kind", "version", "transport"), matrix(), indirect=["peer_kind"])
async def test_with_peer_csms(
    peer_kind: PeerKind, version: OcppVersion, transport: TransportName
) -> None:
    scenario = SCENARIOS[version]
    name = identity(peer_kind.name, version, transport)
    argv = peer_kind.argv(
        "csms",
        version,
        port="0",
        password_hex=password_hex(version),
        replies=json.dumps(scenario.csms_replies),
    )
    async with running(peer_kind.name, argv) as peer:
        port = (await peer.event("listening"))["port"]
        router, _ = answering_router(version, "ChargingStation", scenario.station_replies)
        async with ChargePointClient(
            f"ws://127.0.0.1:{port}",
            identity=name,
            versions=[version],
            router=router,
            password=PASSWORDS[version],
            transport=transport,
        ) as station:
            await peer.event("connected", identity=name)
            await peer_sends_invalid(peer, CSMS_SENDS[version], version)
            answer = await peer.call("ChangeAvailability", scenario.csms_calls[1][1], identity=name)
            assert answer["event"] == "result"  # still in business
            if version in peer_kind.strict:
                await ocpkit_sends_invalid(station.session, peer, peer_kind, STATION_SENDS[version])


# -- OCPP 1.6 charging limits: multipleOf 0.1 -----------------------------------------------------


def _remote_start(limit: float) -> dict[str, Any]:
    return {
        "connectorId": 1,
        "idTag": "TAG-0002",
        "chargingProfile": {
            "chargingProfileId": 1,
            "stackLevel": 0,
            "chargingProfilePurpose": "TxProfile",
            "chargingProfileKind": "Relative",
            "chargingSchedule": {
                "chargingRateUnit": "A",
                "chargingSchedulePeriod": [{"startPeriod": 0, "limit": limit}],
            },
        },
    }


# What each peer answers to a limit: None = accepted, else its CALLERROR code. ocpkit accepts
# 10.1 and refuses the others with PropertyConstraintViolation (a value constraint).
LIMITS: dict[str, dict[float, str | None]] = {
    # ocpp-rpc replaces ajv's multipleOf with |round(x/0.1) - x/0.1| < 1e-6 (lib/validator.js):
    # near-multiples pass (!), and the refusal goes through its keyword table as Occurrence (!)
    "ocpp-rpc": {10.1: None, 10.15: "OccurrenceConstraintViolation", 16.10000001: None},
    # PyPI ocpp reads these two actions with Decimal: exact, but FormatViolation (!) in 2.x spelling
    "ocpp-py": {10.1: None, 10.15: "FormatViolation", 16.10000001: "FormatViolation"},
}


@pytest.mark.parametrize("peer_kind", PEERS, indirect=True)
async def test_decimal_limit_to_peer_station(peer_kind: PeerKind) -> None:
    version = OcppVersion.V16
    scenario = SCENARIOS[version]
    name = identity(peer_kind.name, version, "decimal")
    router, _ = answering_router(version, "CSMS", scenario.csms_replies)
    async with CsmsServer(router=router, password=PASSWORDS[version]) as csms:
        argv = peer_kind.argv(
            "cs",
            version,
            url=csms.url.rstrip("/"),
            identity=name,
            password_hex=password_hex(version),
            replies=json.dumps(scenario.station_replies),
        )
        async with running(peer_kind.name, argv) as peer:
            await peer.event("connected")
            session = csms.sessions[name]
            session.connection.validate_outgoing = False  # to send 10.15 and 16.10000001
            answers: dict[float, str | None] = {}
            for limit in LIMITS[peer_kind.name]:
                request = v16.RemoteStartTransactionRequest.model_construct(**_remote_start(limit))
                try:
                    response = await session.call(request)
                except CallRejected as error:
                    answers[limit] = error.code
                else:
                    assert response.status is v16.RemoteStartStopStatus.ACCEPTED
                    answers[limit] = None
            assert answers == LIMITS[peer_kind.name], peer.transcript()


@pytest.mark.parametrize("peer_kind", PEERS, indirect=True)
async def test_decimal_limit_from_peer_csms(peer_kind: PeerKind) -> None:
    version = OcppVersion.V16
    scenario = SCENARIOS[version]
    name = identity(peer_kind.name, version, "decimal")
    argv = peer_kind.argv("csms", version, port="0", password_hex=password_hex(version))
    async with running(peer_kind.name, argv) as peer:
        port = (await peer.event("listening"))["port"]
        router, received = answering_router(version, "ChargingStation", scenario.station_replies)
        async with ChargePointClient(
            f"ws://127.0.0.1:{port}",
            identity=name,
            versions=[version],
            router=router,
            password=PASSWORDS[version],
        ):
            await peer.event("connected", identity=name)
            # the peer's own (validated) call
            answer = await peer.call("RemoteStartTransaction", _remote_start(10.1), identity=name)
            assert (answer["event"], answer.get("result")) == ("result", {"status": "Accepted"})
            (got,) = received.of(v16.RemoteStartTransactionRequest)
            assert got.charging_profile is not None
            assert got.charging_profile.charging_schedule.charging_schedule_period[0].limit == 10.1
            # raw frames: ocpkit judges the decimal value as written
            for limit in (10.1, 10.15, 16.10000001):
                frame = [2, f"limit-{limit}", "RemoteStartTransaction", _remote_start(limit)]
                peer.raw(json.dumps(frame))
            assert await peer.frame_in("limit-10.1") == [3, "limit-10.1", {"status": "Accepted"}]
            for text in ("10.15", "16.10000001"):
                refused = await peer.frame_in(f"limit-{text}")
                assert refused[:3] == [4, f"limit-{text}", "PropertyConstraintViolation"]
