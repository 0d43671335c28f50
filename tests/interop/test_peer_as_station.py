"""A foreign charging station (npm ocpp-rpc in strict mode, PyPI ocpp) against ocpkit's
:class:`CsmsServer`, over both of ocpkit's transports, with Basic auth.

The peer boots, heartbeats, reports its status, authorizes and runs a transaction; ocpkit's
typed handlers answer. Then ocpkit's CSMS calls the peer (a remote start and a change of
availability) and gets typed responses.
"""

import json

import pytest

from ocpkit.ocpp import OcppVersion
from ocpkit.ocpp.aio import CsmsServer, TransportName

from ._matrix import PASSWORDS, PEERS, TRANSPORTS, WRONG_PASSWORD, identity, matrix, password_hex
from ._peers import SUBPROTOCOLS, PeerKind, running
from ._scenarios import (
    SCENARIOS,
    TYPED_CHECKS,
    answering_router,
    request_of,
    response_of,
)

pytestmark = pytest.mark.interop


@pytest.mark.parametrize(("peer_kind", "version", "transport"), matrix(), indirect=["peer_kind"])
async def test_session(peer_kind: PeerKind, version: OcppVersion, transport: TransportName) -> None:
    scenario = SCENARIOS[version]
    station = identity(peer_kind.name, version, transport)
    router, received = answering_router(version, "CSMS", scenario.csms_replies)
    async with CsmsServer(router=router, transport=transport, password=PASSWORDS[version]) as csms:
        argv = peer_kind.argv(
            "cs",
            version,
            url=csms.url.rstrip("/"),
            identity=station,
            password_hex=password_hex(version),
            replies=json.dumps(scenario.station_replies),
        )
        async with running(peer_kind.name, argv) as peer:
            connected = await peer.event("connected")
            assert connected["protocol"] == SUBPROTOCOLS[version]

            # the station's calls, answered by ocpkit's typed handlers
            for action, request in scenario.station_calls:
                answer = await peer.call(action, request)
                assert answer["event"] == "result", peer.transcript()
                assert answer["result"] == scenario.csms_replies[action], peer.transcript()
            assert received.calls == [
                (station, request_of(version, action, wire))
                for action, wire in scenario.station_calls
            ]
            TYPED_CHECKS[version](received)

            # CSMS-initiated calls: typed requests out, typed responses back
            session = csms.sessions[station]
            assert session.subprotocol == SUBPROTOCOLS[version]
            for action, wire in scenario.csms_calls:
                response = await session.call(request_of(version, action, wire))
                expected = response_of(version, action, scenario.station_replies[action])
                assert type(response) is type(expected)
                assert response == expected
                call = await peer.event("call", action=action)
                assert call["params"] == wire


@pytest.mark.parametrize("transport", TRANSPORTS)
@pytest.mark.parametrize("peer_kind", PEERS, indirect=True)
async def test_wrong_password_is_refused(peer_kind: PeerKind, transport: TransportName) -> None:
    version = OcppVersion.V201
    router, _ = answering_router(version, "CSMS", SCENARIOS[version].csms_replies)
    async with CsmsServer(router=router, transport=transport, password=PASSWORDS[version]) as csms:
        argv = peer_kind.argv(
            "cs",
            version,
            url=csms.url.rstrip("/"),
            identity=identity(peer_kind.name, version, transport),
            password_hex=password_hex(version, WRONG_PASSWORD),
        )
        async with running(peer_kind.name, argv) as peer:
            failed = await peer.event("connect_failed")
            assert failed["status"] == 401
            assert not csms.sessions
