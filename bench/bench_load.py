"""Load benchmark: 1,000 OCPP 2.0.1 charging stations against five CSMS servers, one run.

Run from anywhere: ``python bench/bench_load.py`` (``--help`` for options). Needs ocpkit with
websockets and picows, ``ocpp==2.1.0`` (PyPI), and Node.js with npm for the ocpp-rpc server
(installed with ``npm ci`` from ``bench/load_peers/package-lock.json`` into ``.bench-cache/``;
without Node that server is reported as skipped). See ``bench/README.md`` for what is measured
and how.

Each server runs in a process of its own, the load generator (``load_peers/load_client.py``) in
another; this process only steers them and reads the server's CPU time and RSS from ``/proc``.
Every server is verified first (the warm-up station's answers) and a server that fails is not
timed. Exit status 0 whatever the figures: a benchmark, not a test.
"""

import argparse
import contextlib
import hashlib
import json
import math
import os
import platform
import pstats
import resource
import select
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import IO, Any, Final

from load_peers import load_client  # the load generator's frames, for the verification step

HERE: Final = Path(__file__).resolve().parent
ROOT: Final = HERE.parent
PEERS: Final = HERE / "load_peers"
NODE_CACHE: Final = ROOT / ".bench-cache" / "load-node"

MEMORY_KB: Final = 20.0  # memory per open connection, at most (DESIGN.md)
TOOL_CPU: Final = 1.3  # ocpkit csms --quiet: server CPU per round trip, at most x the library's
CLK_TCK: Final = os.sysconf("SC_CLK_TCK")
PAGE_KB: Final = os.sysconf("SC_PAGE_SIZE") / 1024


# --- the servers -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Server:
    """One CSMS under test: a label and how to start it (it prints its port and pid)."""

    key: str
    label: str
    command: tuple[str, ...]
    env: tuple[tuple[str, str], ...] = ()
    gc_stats: bool = False  # prints its garbage-collector totals on SIGUSR1 (gcstats.py)


def python_servers(ocpkit_options: Sequence[str] = ()) -> list[Server]:
    python = sys.executable
    ocpkit = (python, str(PEERS / "ocpkit_csms.py"), *ocpkit_options, "--transport")
    return [
        Server(
            "ocpkit-websockets",
            "ocpkit CsmsServer, websockets",
            (*ocpkit, "websockets"),
            gc_stats=True,
        ),
        Server("ocpkit-picows", "ocpkit CsmsServer, picows", (*ocpkit, "picows"), gc_stats=True),
        # The command line's CSMS, next to the library's: what its hooks and records cost.
        Server(
            "ocpkit-csms-quiet",
            "ocpkit csms --quiet, picows",
            (python, str(PEERS / "ocpkit_tool_csms.py"), "--transport", "picows"),
            gc_stats=True,
        ),
        Server(
            "ocpp",
            "PyPI ocpp 2.1.0, websockets",
            (python, str(PEERS / "ocpp_csms.py")),
            gc_stats=True,
        ),
    ]


def node_server(node_modules: Path) -> Server:
    node = shutil.which("node") or "node"
    return Server(
        "ocpp-rpc",
        "npm ocpp-rpc 2.2.1, strict",
        (node, str(PEERS / "ocpp_rpc_csms.js")),
        (("NODE_PATH", str(node_modules)),),
    )


def install_node_peer(cache: Path) -> tuple[Path | None, str]:
    """``npm ci`` of ``load_peers/package-lock.json`` into ``cache`` (once per lock file).

    Returns the ``node_modules`` folder, or None and the reason the Node server is skipped."""
    if shutil.which("node") is None or shutil.which("npm") is None:
        return None, "node or npm is not on PATH"
    lock = PEERS / "package-lock.json"
    digest = hashlib.sha256(lock.read_bytes()).hexdigest()
    stamp = cache / ".package-lock.sha256"
    node_modules = cache / "node_modules"
    if stamp.exists() and stamp.read_text().strip() == digest and node_modules.is_dir():
        return node_modules, "cached"
    cache.mkdir(parents=True, exist_ok=True)
    for name in ("package.json", "package-lock.json"):
        shutil.copyfile(PEERS / name, cache / name)
    result = subprocess.run(
        ["npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund"],
        cwd=cache,
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        return None, "npm ci failed: " + (result.stderr.strip().splitlines() or ["?"])[-1]
    stamp.write_text(digest + "\n")
    return node_modules, "installed with npm ci"


# --- reading a process from /proc ----------------------------------------------------------------


def cpu_seconds(pid: int) -> tuple[float, float]:
    """User and system CPU time of process ``pid``, all its threads (``/proc/<pid>/stat``)."""
    text = Path(f"/proc/{pid}/stat").read_text()
    fields = text[text.rindex(")") + 2 :].split()
    return int(fields[11]) / CLK_TCK, int(fields[12]) / CLK_TCK  # utime, stime (14 and 15)


def rss_kb(pid: int) -> float:
    """Resident set size of process ``pid`` in KiB (``/proc/<pid>/statm``)."""
    return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE_KB


class Lines:
    """JSON lines from a child's stdout, read with a deadline."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._fd = stream.fileno()
        self._buffer = b""

    def next(self, timeout: float) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while b"\n" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._fd], [], [], left)[0]:
                raise TimeoutError(f"no answer within {timeout:.0f} s")
            chunk = os.read(self._fd, 65536)
            if not chunk:
                raise EOFError("the process ended")
            self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\n", 1)
        parsed: dict[str, Any] = json.loads(line)
        return parsed


@contextlib.contextmanager
def running(command: Sequence[str], env: dict[str, str], stderr: IO[bytes]) -> Iterator[Any]:
    """A child process with piped stdin/stdout; stopped (SIGTERM, then SIGKILL) on the way out."""
    process = subprocess.Popen(
        command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=stderr, env=env
    )
    try:
        yield process
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        for stream in (process.stdin, process.stdout):
            if stream is not None:
                stream.close()


# --- one measured run --------------------------------------------------------------------------


@dataclass
class Run:
    """The figures of one server in one round."""

    server: str
    connected: int = 0
    round_trips: int = 0
    lost: int = 0
    seconds: float = 0.0
    server_cpu: float = 0.0  # seconds, call phase (user + system)
    server_sys: float = 0.0  # seconds, call phase, of which in the kernel
    gc_seconds: float = float("nan")  # seconds, call phase, in the cyclic garbage collector
    gc_collections: tuple[int, ...] = ()  # per generation, call phase
    connect_cpu: float = 0.0  # seconds, while the stations connected
    connect_seconds: float = 0.0
    rss_before_kb: float = 0.0
    rss_connected_kb: float = 0.0
    rss_after_calls_kb: float = 0.0
    client_cpu: float = 0.0
    problems: list[str] = field(default_factory=list)

    @property
    def rt_per_s(self) -> float:
        return self.round_trips / self.seconds if self.seconds else 0.0

    @property
    def cpu_us_per_rt(self) -> float:
        return self.server_cpu / self.round_trips * 1e6 if self.round_trips else float("nan")

    @property
    def kb_per_connection(self) -> float:
        if not self.connected:
            return float("nan")
        return (self.rss_connected_kb - self.rss_before_kb) / self.connected

    @property
    def kb_per_connection_after(self) -> float:
        if not self.connected:
            return float("nan")
        return (self.rss_after_calls_kb - self.rss_before_kb) / self.connected

    @property
    def gc_share(self) -> float:
        return self.gc_seconds / self.server_cpu if self.server_cpu else float("nan")

    @property
    def sys_share(self) -> float:
        return self.server_sys / self.server_cpu if self.server_cpu else float("nan")

    @property
    def client_cpu_us_per_rt(self) -> float:
        return self.client_cpu / self.round_trips * 1e6 if self.round_trips else float("nan")

    @property
    def client_busy(self) -> float:
        return self.client_cpu / self.seconds if self.seconds else float("nan")

    @property
    def connect_cpu_us(self) -> float:
        return self.connect_cpu / self.connected * 1e6 if self.connected else float("nan")


class NotMeasuredError(Exception):
    """The server could not be started or verified: no figures for it in this round."""


def measure(server: Server, args: argparse.Namespace, log: IO[bytes], show_answers: bool) -> Run:
    """Start ``server``, verify it, connect every station, run the calls; the figures."""
    env = {**os.environ, **dict(server.env)}
    run = Run(server.key)
    with running(server.command, env, log) as process:
        try:
            server_lines = Lines(process.stdout)
            listening = server_lines.next(60)
        except (TimeoutError, EOFError) as error:
            raise NotMeasuredError(f"did not start ({error})") from None
        pid = int(listening["pid"])
        client_command = [
            sys.executable,
            str(PEERS / "load_client.py"),
            "--port",
            str(listening["port"]),
            "--stations",
            str(args.stations),
            "--meter-values",
            str(args.meter_values),
        ]
        with running(client_command, dict(os.environ), log) as client:
            lines = Lines(client.stdout)

            def command(word: str, timeout: float) -> dict[str, Any]:
                client.stdin.write(word.encode() + b"\n")
                client.stdin.flush()
                return lines.next(timeout)

            warm = lines.next(60)
            if not warm["ok"]:
                detail = warm.get("error") or "; ".join(warm.get("problems", []))
                raise NotMeasuredError(f"verification failed: {detail or warm.get('answers')}")
            if show_answers:
                print(f"  {server.label}: {warm['answers'][0]}")
            time.sleep(args.settle)
            run.rss_before_kb = rss_kb(pid)
            cpu = sum(cpu_seconds(pid))
            connected = command("connect", 300)
            run.connect_cpu = sum(cpu_seconds(pid)) - cpu
            run.connect_seconds = connected["seconds"]
            run.connected = connected["connected"]
            run.problems += connected["failure_samples"]
            time.sleep(args.settle)  # connected and idle
            run.rss_connected_kb = rss_kb(pid)
            gc_before = gc_totals(server, process, server_lines)
            user, system = cpu_seconds(pid)
            done = command("go", args.deadline + 60)
            user_after, system_after = cpu_seconds(pid)
            gc_after = gc_totals(server, process, server_lines)
            if gc_before is not None and gc_after is not None:
                run.gc_seconds = sum(gc_after["seconds"]) - sum(gc_before["seconds"])
                run.gc_collections = tuple(
                    a - b
                    for a, b in zip(gc_after["collections"], gc_before["collections"], strict=True)
                )
            run.server_cpu = user_after - user + system_after - system
            run.server_sys = system_after - system
            run.round_trips = done["valid"]
            run.lost = done["lost"]
            run.seconds = done["seconds"]
            run.client_cpu = done["client_cpu"]
            run.problems += done["samples"]
            if done["dropped"]:
                run.problems.append(f"{done['dropped']} connections dropped")
            if done["timed_out"]:
                run.problems.append(f"calls still unanswered after {args.deadline:.0f} s")
            time.sleep(args.settle)
            run.rss_after_calls_kb = rss_kb(pid)
            command("close", 60)
    return run


def gc_totals(server: Server, process: Any, lines: Lines) -> dict[str, Any] | None:
    """The server's garbage-collector totals so far (Python servers only)."""
    if not server.gc_stats:
        return None
    process.send_signal(signal.SIGUSR1)
    return lines.next(30)


# --- verification of the frames ----------------------------------------------------------------


def check_frames() -> list[str]:
    """The load generator's payloads: valid per the official schema, accepted by ocpkit."""
    from ocpkit.ocpp import v201
    from ocpkit.ocpp.validation import decode_strict

    notes = []
    for action, payload in load_client.CALLS:
        model = v201.ACTIONS[action].request
        decode_strict(model, json.dumps(payload).encode())
        notes.append(f"{action}: ocpkit strict decode ok")
    sys.path.insert(0, str(ROOT))
    try:
        from ocpkit.ocpp.version import OcppVersion
        from tests import reference

        for action, payload in load_client.CALLS:
            parsed = reference.load_json(json.dumps(payload))
            if not reference.is_valid(OcppVersion.V201, action, "request", parsed):
                raise AssertionError(f"{action}: not valid per the official schema")
            notes.append(f"{action}: valid per the official schema")
    except ImportError as error:
        notes.append(f"official schema check skipped ({error})")
    finally:
        sys.path.remove(str(ROOT))
    return notes


# --- the report --------------------------------------------------------------------------------


def _best(values: Sequence[float], highest: bool = False) -> float:
    return max(values) if highest else min(values)


def _verdict(ok: bool) -> str:
    return "meets" if ok else "MISSES"


def report(servers: list[Server], runs: dict[str, list[Run]], skipped: dict[str, str]) -> None:
    header = (
        f"{'server':<32} {'conns':>5} {'round trips':>11} {'rt/s':>8} {'CPU µs/rt':>10}"
        f" {'KB/conn':>8} {'lost':>5}"
    )
    print(header)
    print("-" * len(header))
    for server in servers:
        mine = runs.get(server.key, [])
        if not mine:
            print(f"{server.label:<32} not measured: {skipped.get(server.key, '?')}")
            continue
        print(
            f"{server.label:<32} {min(r.connected for r in mine):>5}"
            f" {sum(r.round_trips for r in mine):>11}"
            f" {_best([r.rt_per_s for r in mine], highest=True):>8.0f}"
            f" {_best([r.cpu_us_per_rt for r in mine]):>10.1f}"
            f" {_best([r.kb_per_connection for r in mine]):>8.1f}"
            f" {sum(r.lost for r in mine):>5}"
        )
    print(
        "(rt/s: best round; CPU µs/rt and KB/conn: lowest round; connections: fewest in a"
        " round; round trips and lost: all rounds together)"
    )
    print("\nmedians over the rounds (rt/s, server CPU µs/rt, KB/conn):")
    for server in servers:
        mine = runs.get(server.key, [])
        if mine:
            print(
                f"  {server.label:<32} {statistics.median(r.rt_per_s for r in mine):8.0f}"
                f" {statistics.median(r.cpu_us_per_rt for r in mine):8.1f}"
                f" {statistics.median(r.kb_per_connection for r in mine):8.1f}"
            )
    print(
        "\nother figures (medians over the rounds). Of the server's call-phase CPU: the share in"
        " the kernel,\nthe share in Python's cyclic garbage collector and its full (generation 2)"
        " collections.\nMemory per connection once the calls are over. Server CPU per handshake"
        " and the time to\nconnect all. The load generator's CPU per round trip and how busy it"
        " was during the calls\n(near 100%: it, not the server, set the pace)."
    )
    print(
        f"  {'server':<32} {'kernel':>6} {'GC':>4} {'full GCs':>8} {'KB/conn after':>13}"
        f" {'µs/handshake':>12} {'connect s':>9} {'client µs/rt':>12} {'busy':>5}"
    )
    for server in servers:
        mine = runs.get(server.key, [])
        if not mine:
            continue
        gc_share = statistics.median(r.gc_share for r in mine)
        full = [r.gc_collections[2] for r in mine if r.gc_collections]
        print(
            f"  {server.label:<32} {statistics.median(r.sys_share for r in mine):6.0%}"
            f" {'-' if math.isnan(gc_share) else f'{gc_share:.0%}':>4}"
            f" {f'{statistics.median(full):.0f}' if full else '-':>8}"
            f" {statistics.median(r.kb_per_connection_after for r in mine):13.1f}"
            f" {statistics.median(r.connect_cpu_us for r in mine):12.0f}"
            f" {statistics.median(r.connect_seconds for r in mine):9.2f}"
            f" {statistics.median(r.client_cpu_us_per_rt for r in mine):12.1f}"
            f" {statistics.median(r.client_busy for r in mine):5.0%}"
        )
    problems = [(s, p) for s in servers for r in runs.get(s.key, []) for p in r.problems]
    if problems:
        print("\nproblems seen (first few):")
        for server, problem in problems[:10]:
            print(f"  {server.label}: {problem}")
    ratios(runs)


def ratios(runs: dict[str, list[Run]]) -> None:
    """The design's aims, from the same rounds."""
    print("\nthe design's aims (each ratio from figures of the same run):")
    picows, rpc = runs.get("ocpkit-picows", []), runs.get("ocpp-rpc", [])
    if picows and rpc:
        best = _best([r.cpu_us_per_rt for r in picows]) / _best([r.cpu_us_per_rt for r in rpc])
        paired = [
            p.cpu_us_per_rt / n.cpu_us_per_rt for p, n in zip(picows, rpc, strict=False)
        ]  # round by round
        print(
            f"  server CPU per round trip, ocpkit picows / ocpp-rpc: {best:.2f}"
            f" (round by round: {', '.join(f'{x:.2f}' for x in paired)})"
            f"  {_verdict(best < 1)} (aim: < 1)"
        )
    for key in ("ocpkit-websockets", "ocpp"):
        theirs = runs.get(key, [])
        if picows and theirs:
            ratio = _best([r.cpu_us_per_rt for r in theirs]) / _best(
                [r.cpu_us_per_rt for r in picows]
            )
            print(f"  server CPU per round trip, {key} / ocpkit picows: {ratio:.2f}")
    tool = runs.get("ocpkit-csms-quiet", [])
    if picows and tool:
        cpu = _best([r.cpu_us_per_rt for r in tool]) / _best([r.cpu_us_per_rt for r in picows])
        paired = [t.cpu_us_per_rt / p.cpu_us_per_rt for t, p in zip(tool, picows, strict=False)]
        print(
            f"  server CPU per round trip, ocpkit csms --quiet / ocpkit picows: {cpu:.2f}"
            f" (round by round: {', '.join(f'{x:.2f}' for x in paired)})"
            f"  {_verdict(cpu <= TOOL_CPU)} (aim: <= {TOOL_CPU})"
        )
        memory = _best([r.kb_per_connection for r in tool]) / _best(
            [r.kb_per_connection for r in picows]
        )
        print(f"  memory per connection, ocpkit csms --quiet / ocpkit picows: {memory:.2f}")
    for key in ("ocpkit-picows", "ocpkit-websockets"):
        mine = runs.get(key, [])
        if mine:
            kb = _best([r.kb_per_connection for r in mine])
            line = f"  memory per connection, {key}: {kb:.1f} KB"
            for other in ("ocpp-rpc", "ocpp"):
                if runs.get(other):
                    line += f", {other} {_best([r.kb_per_connection for r in runs[other]]):.1f} KB"
            print(f"{line}  {_verdict(kb <= MEMORY_KB)} (aim: <= {MEMORY_KB:.0f} KB)")
    if runs:
        lost = sum(r.lost for rs in runs.values() for r in rs)
        print(f"  lost calls, all servers and rounds: {lost}  {_verdict(lost == 0)} (aim: 0)")


# --- profiling -----------------------------------------------------------------------------------


def profile(args: argparse.Namespace, log: IO[bytes]) -> None:
    """One run of each ocpkit server under cProfile; where its time goes."""
    for transport in ("picows", "websockets"):
        with tempfile.TemporaryDirectory(prefix="ocpkit-bench-profile-") as folder:
            out = Path(folder) / "csms.prof"
            server = Server(
                f"ocpkit-{transport}",
                f"ocpkit CsmsServer, {transport} (under cProfile)",
                (
                    sys.executable,
                    str(PEERS / "ocpkit_csms.py"),
                    "--transport",
                    transport,
                    "--profile",
                    str(out),
                ),
            )
            try:
                run = measure(server, args, log, show_answers=False)
            except NotMeasuredError as error:
                print(f"{server.label}: not measured: {error}")
                continue
            print(
                f"\n{server.label}: {run.round_trips} round trips, {run.lost} lost,"
                f" {run.cpu_us_per_rt:.0f} µs CPU per round trip (profiler included)"
            )
            print(
                "cProfile times wall clock: `poll` of `select.epoll` is mostly the loop waiting;"
                " the cyclic garbage collector has no entry of its own (its time lands in"
                " whatever allocated when it ran, typically `validate_json`)"
            )
            if out.exists():
                stats = pstats.Stats(str(out))
                stats.sort_stats("tottime").print_stats(args.profile_lines)
                stats.sort_stats("cumulative").print_stats(args.profile_lines)


# --- main ------------------------------------------------------------------------------------


def raise_fd_limit(needed: int) -> str:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft != resource.RLIM_INFINITY and soft < needed:
        soft = needed if hard == resource.RLIM_INFINITY else min(needed, hard)
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
    return f"open files limit {soft}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds (default 3)")
    parser.add_argument("--stations", type=int, default=1000, help="charging stations (1000)")
    parser.add_argument("--meter-values", type=int, default=20, help="per station, after boot")
    parser.add_argument(
        "--servers",
        default="ocpkit-websockets,ocpkit-picows,ocpkit-csms-quiet,ocpp,ocpp-rpc",
        help="comma-separated subset of the servers (default: all five)",
    )
    parser.add_argument("--settle", type=float, default=1.0, help="seconds before reading RSS")
    parser.add_argument("--deadline", type=float, default=120.0, help="seconds for the calls")
    parser.add_argument("--quick", action="store_true", help="1 round of 200 stations")
    parser.add_argument("--json", type=Path, help="also write the results to this JSON file")
    parser.add_argument(
        "--profile", action="store_true", help="instead: profile the ocpkit servers (cProfile)"
    )
    parser.add_argument("--profile-lines", type=int, default=30)
    parser.add_argument(
        "--ocpkit-gc-threshold",
        type=int,
        metavar="N",
        help="run the ocpkit servers with gc.set_threshold(N) (default: Python's, 700)",
    )
    parser.add_argument(
        "--ocpkit-validate-outgoing",
        action="store_true",
        help="run the ocpkit servers with validate_outgoing=True (judge every message they send;"
        " the default judges only models built without validation)",
    )
    args = parser.parse_args(argv)
    if args.quick:
        args.rounds, args.stations = 1, 200

    print(
        f"python {platform.python_version()} | ocpkit {_version('ocpkit')}"
        f" | websockets {_version('websockets')} | picows {_version('picows')}"
        f" | ocpp {_version('ocpp')} | node {_node_version()} | {os.cpu_count()} CPUs"
        f" | {raise_fd_limit(2 * args.stations + 512)}"
    )
    try:
        for note in check_frames():
            print(f"frames: {note}")
    except Exception as error:  # a broken frame makes every figure meaningless
        print(f"frames: verification failed, not measuring: {error}")
        return 0

    with tempfile.TemporaryFile(prefix="ocpkit-bench-load-") as log:
        if args.profile:
            profile(args, log)
            return 0
        wanted = args.servers.split(",")
        ocpkit_options: list[str] = []
        if args.ocpkit_gc_threshold is not None:
            ocpkit_options = ["--gc-threshold", str(args.ocpkit_gc_threshold)]
            print(f"ocpkit servers run with gc.set_threshold({args.ocpkit_gc_threshold})")
        if args.ocpkit_validate_outgoing:
            ocpkit_options.append("--validate-outgoing")
            print("ocpkit servers run with validate_outgoing=True")
        servers = [s for s in python_servers(ocpkit_options) if s.key in wanted]
        skipped: dict[str, str] = {}
        if "ocpp-rpc" in wanted:
            node_modules, how = install_node_peer(NODE_CACHE)
            print(f"ocpp-rpc: {how}")
            servers.append(node_server(node_modules or NODE_CACHE / "node_modules"))
            if node_modules is None:
                skipped["ocpp-rpc"] = how
        print(
            f"{args.stations} stations x (1 BootNotification + {args.meter_values} MeterValues),"
            f" all connected before the calls; {args.rounds} rounds, server order rotated\n"
        )
        runs: dict[str, list[Run]] = {}
        print("verification (each server's answer to the warm-up BootNotification):")
        for round_ in range(args.rounds):
            order = servers[round_ % len(servers) :] + servers[: round_ % len(servers)]
            for server in order:
                if server.key in skipped:
                    continue
                try:
                    run = measure(server, args, log, show_answers=round_ == 0)
                except NotMeasuredError as error:
                    skipped[server.key] = str(error)
                    print(f"  {server.label}: {error}")
                    _tail(log)
                    continue
                except (TimeoutError, EOFError, KeyError) as error:
                    print(f"  {server.label}, round {round_ + 1}: run failed ({error!r})")
                    _tail(log)
                    continue
                runs.setdefault(server.key, []).append(run)
            if round_ == 0:
                print()
        report(servers, runs, skipped)
        if args.json:
            records = {
                key: [
                    {
                        **asdict(r),
                        "rt_per_s": r.rt_per_s,
                        "cpu_us_per_rt": r.cpu_us_per_rt,
                        "kb_per_connection": r.kb_per_connection,
                    }
                    for r in rs
                ]
                for key, rs in runs.items()
            }
            args.json.write_text(json.dumps(records, indent=2) + "\n", encoding="utf-8")
    return 0


def _tail(log: IO[bytes]) -> None:
    """The last lines the children wrote to stderr."""
    log.seek(0)
    for line in log.read().decode("utf-8", "replace").splitlines()[-8:]:
        print(f"    | {line}")
    log.seek(0, os.SEEK_END)


def _node_version() -> str:
    node = shutil.which("node")
    if node is None:
        return "absent"
    return subprocess.run([node, "--version"], capture_output=True, text=True).stdout.strip()


def _version(distribution: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(distribution)
    except PackageNotFoundError:
        return "?"


if __name__ == "__main__":
    sys.exit(main())
