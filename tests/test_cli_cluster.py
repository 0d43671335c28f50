"""``ocpkit csms --nats`` runs a cluster node and ``ocpkit call --nats`` calls a station through
it: both as the programs a user runs, against a real nats-server on 127.0.0.1."""

import asyncio
import json
import signal
import subprocess
import sys
from typing import Final

from ocpkit.ocpp import OcppVersion
from ocpkit.ocpp.aio import ChargePointClient, SessionConfig
from ocpkit.ocpp.cluster import NatsCluster, StationNotConnected

from ._nats_support import (
    RESET,
    NatsServer,
    nats_server,  # noqa: F401 - the fixture
    station_router,
)
from .test_cli_tools import TIMEOUT, Cli, csms

NAMESPACE: Final = "cli"


async def ocpkit_call(*args: str) -> tuple[int, str, str]:
    """``ocpkit call ARGS`` to its end: exit status, stdout, stderr."""
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "ocpkit",
        "call",
        *args,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(process.communicate(), TIMEOUT)
    assert process.returncode is not None
    return process.returncode, out.decode(), err.decode()


async def reachable(url: str, identity: str) -> None:
    """Wait until some node answers for ``identity``."""
    async with NatsCluster(url, namespace=NAMESPACE, node="probe") as caller:
        async with asyncio.timeout(10):
            while True:
                try:
                    await caller.call(identity, RESET, timeout=5)
                    return
                except StationNotConnected:
                    await asyncio.sleep(0.02)


async def test_a_station_on_an_ocpkit_csms_node_is_called_with_ocpkit_call(
    nats_server: NatsServer,  # noqa: F811
) -> None:
    url = nats_server.url
    arguments = ("--nats", url, "--namespace", NAMESPACE, "--node", "n1", "--ocpp", "2.0.1")
    with csms(*arguments) as (server, port):
        async with ChargePointClient(
            f"ws://127.0.0.1:{port}/CS-0001",
            versions=[OcppVersion.V201],
            router=station_router(),
            config=SessionConfig(ping_interval=None),
        ):
            await reachable(url, "CS-0001")
            common = ("--nats", url, "--namespace", NAMESPACE, "--ocpp", "2.0.1")
            answered = await ocpkit_call(*common, "CS-0001", "Reset", '{"type":"Immediate"}')
            absent = await ocpkit_call(*common, "--timeout", "5", "CS-0002", "Reset", "{}")
            unknown = await ocpkit_call(*common, "CS-0001", "Rest", '{"type":"Immediate"}')
        status, records, err = await asyncio.to_thread(server.stop, signal.SIGTERM)
    assert answered == (0, '{"status":"Accepted"}\n', "")
    # Reset's payload needs "type": refused before anything is sent.
    assert absent[0] == 2
    assert absent[2].startswith("ocpkit call: invalid Reset payload")
    assert unknown == (2, "", "ocpkit call: OCPP 2.0.1 has no CSMS-initiated action 'Rest'\n")
    assert status == 0, err
    sent = [
        json.loads(record["frame"])
        for record in records
        if record["event"] == "frame" and record["direction"] == "out"
    ]
    resets = [frame for frame in sent if frame[0] == 2 and frame[2] == "Reset"]
    assert [frame[3] for frame in resets] == [{"type": "Immediate"}] * 2  # probe, then the CLI


async def test_ocpkit_call_fails_fast_for_a_station_no_node_holds(
    nats_server: NatsServer,  # noqa: F811
) -> None:
    status, out, err = await ocpkit_call(
        "--nats",
        nats_server.url,
        "--namespace",
        NAMESPACE,
        "--ocpp",
        "2.0.1",
        "--timeout",
        "20",
        "CS-NOWHERE",
        "Reset",
        '{"type":"Immediate"}',
    )
    assert (status, out) == (1, "")
    assert err.startswith("StationNotConnected: ")
    assert err.count("\n") == 1


def test_the_listening_line_names_the_cluster_and_the_node(
    nats_server: NatsServer,  # noqa: F811
) -> None:
    node = ("--nats", nats_server.url, "--namespace", NAMESPACE, "--node", "n7")
    for arguments, expected in [(node, (NAMESPACE, "n7")), ((), (None, None))]:
        process = Cli("csms", "--port", "0", *arguments)
        try:
            listening = process.line()
            assert (listening["cluster"], listening["node"]) == expected
            status, _records, err = process.stop(signal.SIGTERM)
            assert status == 0, err
        finally:
            process.kill()


def test_a_csms_that_cannot_reach_nats_says_so_and_exits_2() -> None:
    process = subprocess.run(
        [sys.executable, "-m", "ocpkit", "csms", "--port", "0", "--nats", "nats://127.0.0.1:1"],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )
    assert process.returncode == 2
    assert process.stdout == ""
    assert process.stderr.startswith("ocpkit csms: cannot reach NATS")
    assert process.stderr.count("\n") == 1
