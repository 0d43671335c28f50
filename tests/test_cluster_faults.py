"""The cluster under faults, with a real nats-server: a node killed mid-run, nats-server
restarted, a worker killed mid-call."""

import asyncio
import time

import pytest

from ocpkit.ocpp import OcppVersion, v201
from ocpkit.ocpp.aio import CallRejected, ChargePointClient, SessionConfig
from ocpkit.ocpp.cluster import ClusterUnavailable, NatsCluster, StationNotConnected
from ocpkit.ocpp.errors import ErrorKind

from ._nats_support import (
    FAST_RETRY,
    RESET,
    Balancer,
    NatsServer,
    NodeProcess,
    WorkerProcess,
    nats_server,  # noqa: F401 - the fixture
    node_server,
    running_node,
    station_router,
)

NO_PING = SessionConfig(ping_interval=None, drain_timeout=0.1)
STATIONS = [f"CS-{n:02}" for n in range(5)]


async def _answered(caller: NatsCluster, identity: str) -> bool:
    try:
        await caller.call(identity, RESET, timeout=2)
    except StationNotConnected:
        return False
    return True


async def test_stations_of_a_killed_node_come_back_through_another(
    nats_server: NatsServer,  # noqa: F811
) -> None:
    url = nats_server.url
    doomed = await asyncio.to_thread(NodeProcess, url, "t", "doomed")
    async with (
        running_node(url, "t", node="survivor") as (survivor, server),
        NatsCluster(url, namespace="t", node="caller") as caller,
    ):
        balancer = Balancer([doomed.port, server.port])
        await balancer.start()
        clients = [
            ChargePointClient(
                balancer.url,
                identity=identity,
                versions=[OcppVersion.V201],
                router=station_router(),
                config=NO_PING,
                retry=FAST_RETRY,
            )
            for identity in STATIONS
        ]
        try:
            for client in clients:
                await client.connect()
            async with asyncio.timeout(5):
                while not all([await _answered(caller, i) for i in STATIONS]):
                    await asyncio.sleep(0.02)
            assert not survivor.stations  # all on the doomed node

            doomed.kill()
            started = time.monotonic()
            failures = 0
            async with asyncio.timeout(10):
                while not all([await _answered(caller, i) for i in STATIONS]):
                    failures += 1
                    await asyncio.sleep(0.01)
            assert failures > 0  # the gap was seen, as "not connected", never as a hang
            assert time.monotonic() - started < 5
            assert set(survivor.stations) == set(STATIONS)
        finally:
            for client in clients:
                await client.close()
            await balancer.close()


async def test_a_call_during_the_gap_fails_fast_as_not_connected(
    nats_server: NatsServer,  # noqa: F811
) -> None:
    url = nats_server.url
    doomed = await asyncio.to_thread(NodeProcess, url, "t", "doomed")
    async with NatsCluster(url, namespace="t", node="caller") as caller:
        client = ChargePointClient(
            f"ws://127.0.0.1:{doomed.port}/",
            identity="CS-GAP",
            versions=[OcppVersion.V201],
            router=station_router(),
            config=NO_PING,
        )
        await client.connect()
        async with asyncio.timeout(5):
            while not await _answered(caller, "CS-GAP"):
                await asyncio.sleep(0.02)
        doomed.kill()
        started = time.monotonic()
        with pytest.raises(StationNotConnected):
            await caller.call("CS-GAP", RESET, timeout=10)
        assert time.monotonic() - started < 1
        await client.close()


async def test_starting_without_a_reachable_nats_fails_instead_of_waiting_for_ever() -> None:
    cluster = NatsCluster(
        ["nats://127.0.0.1:1", "nats://127.0.0.1:2"], reconnect_wait=0.1, connect_timeout=0.5
    )
    started = time.monotonic()
    with pytest.raises(ClusterUnavailable, match="cannot reach NATS"):
        await cluster.start()
    assert time.monotonic() - started < 5
    assert not cluster.started


async def test_routing_resumes_after_nats_server_restarts() -> None:
    nats = NatsServer()
    nats.start()
    try:
        async with (
            running_node(nats.url, "t", node="A") as (node, server),
            NatsCluster(nats.url, namespace="t", node="caller", reconnect_wait=0.1) as caller,
            ChargePointClient(
                server.url,
                identity="CS-1",
                versions=[OcppVersion.V201],
                router=station_router(),
                config=NO_PING,
            ),
        ):
            async with asyncio.timeout(5):
                while not await _answered(caller, "CS-1"):
                    await asyncio.sleep(0.02)
            nats.stop()
            async with asyncio.timeout(5):
                while caller.connected:
                    await asyncio.sleep(0.01)
            with pytest.raises(ClusterUnavailable):
                await caller.call("CS-1", RESET, timeout=2)
            nats.start()
            async with asyncio.timeout(10):
                while not (caller.connected and node.connected):
                    await asyncio.sleep(0.02)
                while True:
                    try:
                        response = await caller.call("CS-1", RESET, timeout=2)
                        break
                    except StationNotConnected:  # the node's subscription not back yet
                        await asyncio.sleep(0.02)
            assert response.status == "Accepted"
    finally:
        nats.stop()


async def test_a_worker_killed_mid_call_fails_the_station_call_by_the_deadline(
    nats_server: NatsServer,  # noqa: F811
) -> None:
    url = nats_server.url
    worker = await asyncio.to_thread(WorkerProcess, url, "t")
    cluster = await NatsCluster(url, namespace="t", node="A", worker_timeout=1.0).start()
    router = cluster.forwarding_router(OcppVersion.V201, actions=["Heartbeat"])
    async with (
        node_server(cluster, router=router) as server,
        ChargePointClient(
            server.url,
            identity="CS-1",
            versions=[OcppVersion.V201],
            config=SessionConfig(ping_interval=None, call_timeout=5, drain_timeout=0.1),
        ) as client,
    ):
        started = time.monotonic()
        call = asyncio.create_task(client.call(v201.HeartbeatRequest()))
        await worker.wait_busy()
        worker.kill()
        with pytest.raises(CallRejected) as raised:
            await call
        elapsed = time.monotonic() - started
    await cluster.close()
    assert raised.value.kind is ErrorKind.INTERNAL
    assert "in time" in raised.value.description
    assert 0.9 < elapsed < 2.0
