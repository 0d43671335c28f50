"""ocpkit's :class:`ChargePointClient` (over both transports) against a foreign CSMS (npm
ocpp-rpc in strict mode, PyPI ocpp), with Basic auth.

ocpkit's station makes the session's typed calls and gets typed responses; then the peer calls
the station (a remote start and a change of availability) and ocpkit's router answers.
"""

import json

import pytest

from ocpkit.ocpp import ErrorKind, OcppVersion
from ocpkit.ocpp.aio import (
    CallRejected,
    CallTimeout,
    ChargePointClient,
    ConnectFailed,
    InvalidResponse,
    TransportName,
)
from ocpkit.ocpp.events import Event, UnexpectedReply

from ._matrix import (
    PASSWORDS,
    PEERS,
    TRANSPORTS,
    VERSIONS,
    WRONG_PASSWORD,
    identity,
    matrix,
    password_hex,
)
from ._peers import SUBPROTOCOLS, PeerKind, running
from ._scenarios import SCENARIOS, T0, answering_router, request_of, response_of

HEARTBEAT = {"currentTime": T0}

pytestmark = pytest.mark.interop


@pytest.mark.parametrize(("peer_kind", "version", "transport"), matrix(), indirect=["peer_kind"])
async def test_session(peer_kind: PeerKind, version: OcppVersion, transport: TransportName) -> None:
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
        router, received = answering_router(version, "ChargingStation", scenario.station_replies)
        async with ChargePointClient(
            f"ws://127.0.0.1:{port}",
            identity=name,
            versions=[version],
            router=router,
            password=PASSWORDS[version],
            transport=transport,
        ) as station:
            assert station.session.subprotocol == SUBPROTOCOLS[version]
            connected = await peer.event("connected", identity=name)
            assert connected["protocol"] == SUBPROTOCOLS[version]

            # ocpkit's typed calls, answered by the peer
            for action, wire in scenario.station_calls:
                response = await station.call(request_of(version, action, wire))
                expected = response_of(version, action, scenario.csms_replies[action])
                assert type(response) is type(expected)
                assert response == expected
            calls = await peer.collect("call", len(scenario.station_calls))
            assert [(c["action"], c["params"]) for c in calls] == list(scenario.station_calls)

            # the peer's calls, answered by ocpkit's typed router
            for action, wire in scenario.csms_calls:
                answer = await peer.call(action, wire, identity=name)
                assert answer["event"] == "result", peer.transcript()
                assert answer["result"] == scenario.station_replies[action]
            assert received.calls == [
                (name, request_of(version, action, wire)) for action, wire in scenario.csms_calls
            ]


@pytest.mark.parametrize("transport", TRANSPORTS)
@pytest.mark.parametrize("peer_kind", PEERS, indirect=True)
async def test_wrong_password_is_refused(peer_kind: PeerKind, transport: TransportName) -> None:
    version = OcppVersion.V201
    argv = peer_kind.argv("csms", version, port="0", password_hex=password_hex(version))
    async with running(peer_kind.name, argv) as peer:
        port = (await peer.event("listening"))["port"]
        client = ChargePointClient(
            f"ws://127.0.0.1:{port}",
            identity=identity(peer_kind.name, version, transport),
            versions=[version],
            password=WRONG_PASSWORD,
            transport=transport,
        )
        with pytest.raises(ConnectFailed) as refused:
            await client.connect()
        assert refused.value.status == 401
        await client.close()
        await peer.event("auth_rejected")


@pytest.mark.parametrize("version", VERSIONS, ids=str)
@pytest.mark.parametrize("peer_kind", ["ocpp-py"], indirect=True)
async def test_call_without_a_handler(peer_kind: PeerKind, version: OcppVersion) -> None:
    """A known action the peer has no handler for. OCPP-J: NotSupported ("recognized but not
    supported"); PyPI ocpp answers NotImplemented on 1.6 and 2.0.1 (its two codes swapped),
    and on 2.1 nothing at all, so the call can only time out."""
    argv = peer_kind.argv("csms", version, port="0", replies=json.dumps({"Heartbeat": HEARTBEAT}))
    async with running(peer_kind.name, argv) as peer:
        port = (await peer.event("listening"))["port"]
        async with ChargePointClient(
            f"ws://127.0.0.1:{port}", identity="CS-unhandled", versions=[version]
        ) as station:
            request = request_of(version, "DataTransfer", {"vendorId": "com.example"})
            if version is OcppVersion.V21:
                with pytest.raises(CallTimeout):
                    await station.call(request, timeout=1.0)
            else:
                with pytest.raises(CallRejected) as refused:
                    await station.call(request)
                assert refused.value.code == "NotImplemented"  # ! spec: NotSupported
            # the session goes on
            heartbeat = await station.call(request_of(version, "Heartbeat", {}))
            assert heartbeat == response_of(version, "Heartbeat", HEARTBEAT)


async def test_invalid_response_on_21(node_peer_kind: PeerKind) -> None:
    """OCPP 2.1: ocpkit answers an invalid CALLRESULT with a CALLRESULTERROR ([5]); ocpp-rpc
    (2.1 without strict mode, so it sends what it is given) does not know message type 5 and
    answers [4,"-1","MessageTypeNotSupported",...], which ocpkit reports as an unexpected reply."""
    version = OcppVersion.V21
    broken = {"BootNotification": {"currentTime": T0, "interval": 300}, "Heartbeat": HEARTBEAT}
    argv = node_peer_kind.argv("csms", version, port="0", replies=json.dumps(broken))
    events: list[Event] = []
    async with running(node_peer_kind.name, argv) as peer:
        port = (await peer.event("listening"))["port"]
        async with ChargePointClient(
            f"ws://127.0.0.1:{port}",
            identity="CS-invalid-result",
            versions=[version],
            on_event=lambda session, event: events.append(event),
        ) as station:
            boot = SCENARIOS[version].station_calls[0][1]
            with pytest.raises(InvalidResponse) as invalid:
                await station.call(request_of(version, "BootNotification", boot))
            assert invalid.value.error.kind is ErrorKind.OCCURRENCE
            message_id = invalid.value.message_id
            assert (await peer.frame_in(message_id, 5))[:3] == [
                5,
                message_id,
                "OccurrenceConstraintViolation",
            ]
            assert (await peer.frame_out("-1"))[:3] == [4, "-1", "MessageTypeNotSupported"]
            heartbeat = await station.call(request_of(version, "Heartbeat", {}))
            assert heartbeat == response_of(version, "Heartbeat", HEARTBEAT)
            assert UnexpectedReply("-1", True) in events
