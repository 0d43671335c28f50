"""OCPI crawl benchmark: 10,000 OCPI 2.2.1 Locations crawled over loopback, client and server.

Run from anywhere: ``python bench/bench_ocpi_crawl.py`` (``--help`` for options; ``--quick`` is
a smoke run). Needs ocpkit with ``fastapi``, ``uvicorn`` and ``httpx``; takes about 50 s on a
2-core machine. Exit status 0 whatever the figures (a benchmark, not a test); 2 if the server
does not start, the verification fails or a crawl does not walk the whole list, because then
the figures would mean nothing.

The server (``ocpi_crawl_server.py``) runs in a process of its own on 127.0.0.1 (uvicorn with
its defaults, no access log) and serves the same generated Locations two ways: (a) pages joined
from each Location's stored JSON (``ObjectStore.select_encoded`` + ``PageSlice.encoded``), (b)
pages of models encoded by pydantic per page (``ObjectStore.select`` + ``PageSlice``). This
process is the client: an ``OcpiClient`` over one ``httpx.AsyncClient`` (keep-alive), which
discovers the versions once and then crawls (``client.locations(v221.Location, limit=500)``),
dropping each Location as it comes.

Measured, per crawl of all Locations (pages of 500):

* wall time, as Locations per second;
* the server's CPU (user + system seconds of its process, ``time.process_time`` read through
  ``GET /bench/cpu`` before and after the crawl) per Location;
* the client's CPU (``time.process_time`` of this process around the crawl) per Location.

References, measured in the same run on the same pages (the bodies fetched once by offset):
``orjson.dumps`` of each page's Location dicts (what a dict-based server would have to encode;
the server's bar, target <= 4x, applies to (a); (b) is shown for information) and the core's
page decode ``read_page(v221.Location, body)`` of every body (the client's bar, <= 1.5x). Both
references, like the crawls, run with the garbage collector on, since the crawl cannot run
without it; ``read_page`` with the collector paused (as ``timeit`` runs it) is printed too.
Everything starts from a collected heap; the client's time in the collector during a crawl is
shown too (``gc.callbacks``). One warm-up crawl per variant, then ``--rounds`` (7) rounds of:
both crawls (order alternating), ``read_page`` once with the collector and once without, and
``orjson.dumps`` (best of 5 passes). The best sample is the figure, the median beside it; the
ratios are best / best (the targets), and beside them the median of each round's own ratio,
steadier when the machine's load moves between rounds.

Memory: after the timed rounds, with ``tracemalloc`` on (never while timing: it slows Python
several times), the client crawls 10,000 Locations once uncounted, then 10,000 and 20,000 (20
and 40 pages of 500), and the peak rise of traced memory over each crawl is compared. A
streaming crawl keeps one page and a de-duplication key per object seen (the crawler's design: a
tuple of three ``CiStr``, about 0.4 KB), against about 11 KB per decoded Location. The bound,
10% of what keeping the 20 extra pages decoded would take (one decoded page is measured in the
same run), lets the keys through and fails a crawl that keeps earlier pages, even as undecoded
bodies (about 1.7 KB per Location, 15%).
"""

import argparse
import asyncio
import base64
import contextlib
import gc
import json
import os
import platform
import secrets
import select
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Final

import httpx
import orjson

from ocpkit.ocpi import v221
from ocpkit.ocpi.client import Crawl, OcpiClient
from ocpkit.ocpi.envelope import read_page
from ocpkit.ocpi.pagination import CrawlOutcome
from ocpkit.ocpi.version import OcpiVersion

HERE: Final = Path(__file__).resolve().parent
SERVER: Final = HERE / "ocpi_crawl_server.py"
TOKEN_VARIABLE: Final = "OCPI_CRAWL_BENCH_TOKEN"  # as ocpi_crawl_server.py reads it

SERVER_VS_ORJSON: Final = 4.0  # server CPU (pre-encoded pages) / orjson.dumps, at most
CLIENT_VS_READ_PAGE: Final = 1.5  # client CPU / read_page of the same bodies, at most
# Memory: twice the Locations may raise the client's peak by at most this share of what keeping
# the extra pages decoded would take (the module docstring says why).
MEMORY_SHARE: Final = 0.1

VARIANTS: Final = ("encoded", "models")
LABELS: Final = {
    "encoded": "(a) pre-encoded items",
    "models": "(b) typed models",
}
START_TIMEOUT_S: Final = 120.0
REFERENCE_PASSES: Final = 5  # orjson passes per round (one pass is ~15 ms: too short alone)


# --- the server process ----------------------------------------------------------------------


@dataclass
class Server:
    """The server process, started with its Locations and serving until :meth:`close`."""

    process: subprocess.Popen[bytes]
    ready: dict[str, Any]
    stderr: IO[bytes]

    @classmethod
    def start(cls, counts: Sequence[int], token: str, workdir: Path) -> "Server | str":
        """Start it and wait for its ready line; the server, or why it did not start."""
        stderr = (workdir / "server-stderr.txt").open("w+b")
        command = [sys.executable, str(SERVER), "--locations", *map(str, counts)]
        env = {**os.environ, TOKEN_VARIABLE: token}
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=stderr, env=env)
        assert process.stdout is not None
        readable, _, _ = select.select([process.stdout], [], [], START_TIMEOUT_S)
        line = process.stdout.readline() if readable else b""
        try:
            message: dict[str, Any] = json.loads(line) if line else {}
        except ValueError:
            message = {}
        if "ready" not in message:
            process.kill()
            process.wait()
            stderr.seek(0)
            tail = stderr.read().decode(errors="replace").strip().splitlines()[-3:]
            stderr.close()
            return f"the server did not start: {' | '.join(tail) or 'no ready line'}"
        return cls(process, message["ready"], stderr)

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.ready['port']}"

    def versions_url(self, variant: str, count: int) -> str:
        url: str = self.ready["versions_urls"][f"{variant}/{count}"]
        return url

    async def cpu(self, http: httpx.AsyncClient) -> float:
        """The server process's CPU seconds so far (user + system), as it reports them."""
        reply = await http.get(f"{self.origin}/bench/cpu")
        reply.raise_for_status()
        seconds: float = orjson.loads(reply.content)["cpu"]
        return seconds

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()  # uvicorn shuts down on SIGTERM
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.stderr.close()


# --- crawling --------------------------------------------------------------------------------


@dataclass(frozen=True)
class CrawlRun:
    """One crawl's figures: seconds of wall time, of the client's CPU (and of it, in the
    garbage collector), of the server's CPU."""

    wall: float
    client_cpu: float
    client_gc: float
    server_cpu: float


class CollectorClock:
    """CPU seconds this process spends in the garbage collector while :meth:`running`."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self._start = 0.0

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._start = time.process_time()
        else:
            self.seconds += time.process_time() - self._start

    @contextlib.contextmanager
    def running(self) -> Iterator["CollectorClock"]:
        gc.callbacks.append(self)
        try:
            yield self
        finally:
            gc.callbacks.remove(self)


class CrawlFailedError(Exception):
    """A crawl did not walk the whole list as expected: its figures would mean nothing."""


@contextlib.contextmanager
def collected() -> Iterator[None]:
    """Start from a collected heap, so garbage of earlier steps is not billed to this one."""
    gc.collect()
    yield


def _check_crawl(crawl: Crawl[v221.Location], seen: int, count: int, page_size: int) -> None:
    pages = -(-count // page_size)
    if (
        crawl.outcome is not CrawlOutcome.COMPLETE
        or seen != count
        or crawl.pages != pages
        or crawl.invalid_count
        or crawl.duplicates
    ):
        raise CrawlFailedError(
            f"expected {count} Locations in {pages} pages, got {crawl!r} and {seen} objects"
        )


async def crawl_once(
    client: OcpiClient, server: Server, http: httpx.AsyncClient, count: int, page_size: int
) -> CrawlRun:
    """Crawl the whole list once, objects dropped as they come (as a sync job that writes them
    elsewhere would), and measure it."""
    with collected():
        server_before = await server.cpu(http)
        with CollectorClock().running() as collector:
            wall, cpu = time.perf_counter(), time.process_time()
            crawl = client.locations(v221.Location, limit=page_size)
            seen = 0
            async for _location in crawl:
                seen += 1
            cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        server_cpu = await server.cpu(http) - server_before
    _check_crawl(crawl, seen, count, page_size)
    return CrawlRun(wall, cpu, collector.seconds, server_cpu)


async def crawl_traced(client: OcpiClient, count: int, page_size: int) -> int:
    """The rise of the client's traced memory over the crawl, peak above start (bytes);
    tracemalloc must be tracing."""
    with collected():
        tracemalloc.reset_peak()
        start = tracemalloc.get_traced_memory()[0]
        crawl = client.locations(v221.Location, limit=page_size)
        seen = 0
        async for _location in crawl:
            seen += 1
        peak = tracemalloc.get_traced_memory()[1]
    _check_crawl(crawl, seen, count, page_size)
    return peak - start


# --- the pages and the references ------------------------------------------------------------


async def fetch_pages(
    http: httpx.AsyncClient, locations_url: str, token: str, count: int, page_size: int
) -> list[bytes]:
    """Every page body of a list, fetched by offset (not through the client under test)."""
    header = {"Authorization": "Token " + base64.b64encode(token.encode()).decode()}
    bodies = []
    for offset in range(0, count, page_size):
        reply = await http.get(
            locations_url, params={"offset": offset, "limit": page_size}, headers=header
        )
        reply.raise_for_status()
        bodies.append(reply.content)
    return bodies


def _data(body: bytes) -> list[Any]:
    data: list[Any] = orjson.loads(body)["data"]
    return data


def verify(pages: dict[str, list[bytes]], count: int) -> None:
    """Both variants send the same Locations; every one is valid with ``strict=True``, and
    there are ``count`` of them, with no key twice. AssertionError if not."""
    encoded, models = pages["encoded"], pages["models"]
    if [_data(body) for body in encoded] != [_data(body) for body in models]:
        raise AssertionError("the two server variants send different Locations")
    keys: set[tuple[str, str, str]] = set()
    for body in encoded:
        read = read_page(v221.Location, body, strict=True).data
        if read is None or read.invalid:
            raise AssertionError("a Location of a page is not valid with strict=True")
        keys.update((loc.country_code, loc.party_id, loc.id) for loc in read.items)
    if len(keys) != count:
        raise AssertionError(f"the pages hold {len(keys)} distinct Locations, not {count}")


def time_read_page(bodies: Sequence[bytes], *, collector: bool = True) -> float:
    """CPU seconds of the core's page decode of every body, results dropped as they come; with
    the garbage collector paused unless ``collector``."""
    with collected():
        if not collector:
            gc.disable()
        try:
            start = time.process_time()
            for body in bodies:
                read_page(v221.Location, body)
            return time.process_time() - start
        finally:
            gc.enable()


def time_orjson(bodies: Sequence[bytes], passes: int) -> float:
    """CPU seconds of ``orjson.dumps`` of each page's Location dicts (the list a dict-based
    server would encode per page): the best of ``passes`` passes."""
    pages = [_data(body) for body in bodies]
    times = []
    with collected():
        for _ in range(passes):
            start = time.process_time()
            for page in pages:
                orjson.dumps(page)
            times.append(time.process_time() - start)
    del pages
    return min(times)


def decoded_page_bytes(body: bytes) -> int:
    """What one decoded page holds (bytes traced while its items are kept)."""
    with collected():
        before = tracemalloc.get_traced_memory()[0]
        read = read_page(v221.Location, body).data
        held = tracemalloc.get_traced_memory()[0] - before
    del read
    return held


# --- the run ---------------------------------------------------------------------------------


@dataclass
class Samples:
    """Every measured sample, in seconds for the whole crawl or pass."""

    crawls: dict[str, list[CrawlRun]] = field(default_factory=lambda: {v: [] for v in VARIANTS})
    read_page: list[float] = field(default_factory=list)
    read_page_paused: list[float] = field(default_factory=list)
    orjson: list[float] = field(default_factory=list)  # the best pass of each round


@dataclass(frozen=True)
class Memory:
    """Peak rises of the client's traced memory (bytes) and what one decoded page holds."""

    growth: dict[int, int]
    page_bytes: int


async def run(
    server: Server, token: str, count: int, page_size: int, rounds: int
) -> tuple[Samples, Memory, str]:
    """Warm up, verify, then ``rounds`` interleaved rounds, then the memory crawls."""
    limits = httpx.Limits(max_connections=4, max_keepalive_connections=4)
    async with httpx.AsyncClient(limits=limits, timeout=60.0) as http:
        clients = {}
        for key in [*VARIANTS, "large"]:
            variant, size = ("encoded", 2 * count) if key == "large" else (key, count)
            client = OcpiClient(
                http,
                token=token,
                versions_url=server.versions_url(variant, size),
                versions=[OcpiVersion.V221],
                single_role_pair=True,  # a direct CPO-eMSP link: no routing headers
            )
            await client.discover()
            clients[key] = client
        pages = {}
        for variant in VARIANTS:
            endpoints = clients[variant].endpoints
            assert endpoints is not None
            url = endpoints.require("locations", "SENDER")
            pages[variant] = await fetch_pages(http, url, token, count, page_size)
        verify(pages, count)
        bodies = pages["encoded"]
        del pages
        size = sum(map(len, bodies))
        described = (
            f"{count:,} Locations in {len(bodies)} pages of {page_size}, "
            f"{size:,} bytes of page bodies ({size / count:,.0f} per Location)"
        )
        for variant in VARIANTS:  # warm-up: one crawl each, not counted
            await crawl_once(clients[variant], server, http, count, page_size)
        samples = Samples()
        for round_ in range(rounds):
            order = VARIANTS if round_ % 2 == 0 else VARIANTS[::-1]
            for variant in order:
                crawled = await crawl_once(clients[variant], server, http, count, page_size)
                samples.crawls[variant].append(crawled)
            samples.read_page.append(time_read_page(bodies))
            samples.read_page_paused.append(time_read_page(bodies, collector=False))
            samples.orjson.append(time_orjson(bodies, REFERENCE_PASSES))
        # tracemalloc slows Python down several times: traced crawls are never timed
        tracemalloc.start()
        try:
            # a first traced crawl, not counted: blocks of caches filled before tracing began
            # get replaced by traced ones once (about 1 MiB more on the first traced crawl)
            await crawl_traced(clients["encoded"], count, page_size)
            growth = {
                n: await crawl_traced(clients["encoded" if n == count else "large"], n, page_size)
                for n in (count, 2 * count)
            }
            page_bytes = decoded_page_bytes(bodies[0])
        finally:
            tracemalloc.stop()
    return samples, Memory(growth, page_bytes), described


# --- report ----------------------------------------------------------------------------------


def _verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"


def _mib(value: float) -> str:
    return f"{value / 2**20:.2f} MiB"


@dataclass
class Report:
    """The table, the target lines and the same figures as JSON data."""

    samples: Samples
    memory: Memory
    count: int
    page_size: int
    targets: list[str] = field(default_factory=list)
    records: dict[str, Any] = field(default_factory=dict)

    def per_location(self, values: Sequence[float]) -> tuple[float, float]:
        """Best and median µs per Location of samples (seconds per crawl or pass)."""
        return min(values) / self.count * 1e6, statistics.median(values) / self.count * 1e6

    def crawl_figure(self, variant: str, pick: Callable[[CrawlRun], float]) -> tuple[float, float]:
        return self.per_location([pick(run) for run in self.samples.crawls[variant]])

    def round_ratio(
        self, variant: str, pick: Callable[[CrawlRun], float], reference: Sequence[float]
    ) -> float:
        """The median over rounds of a crawl figure / the reference of the same round (the
        samples of one round share the machine's load)."""
        runs = self.samples.crawls[variant]
        return statistics.median(pick(run) / ref for run, ref in zip(runs, reference, strict=True))

    def rate(self, variant: str) -> tuple[float, float]:
        """Best and median Locations per second, end to end."""
        walls = [run.wall for run in self.samples.crawls[variant]]
        return self.count / min(walls), self.count / statistics.median(walls)

    def table(self) -> list[str]:
        lines = [
            f"{'per crawl of ' + format(self.count, ',') + ' Locations':<40} "
            f"{LABELS['encoded']:>24} {LABELS['models']:>24}",
        ]
        lines.append("-" * len(lines[0]))
        rows: list[tuple[str, Callable[[str], tuple[float, float]], str]] = [
            ("Locations/s, end to end", self.rate, ",.0f"),
            (
                "server CPU, µs per Location",
                lambda v: self.crawl_figure(v, lambda r: r.server_cpu),
                ".2f",
            ),
            (
                "client CPU, µs per Location",
                lambda v: self.crawl_figure(v, lambda r: r.client_cpu),
                ".2f",
            ),
            (
                "  of which garbage collector",
                lambda v: self.crawl_figure(v, lambda r: r.client_gc),
                ".2f",
            ),
        ]
        for label, figure, spec in rows:
            cells = []
            for variant in VARIANTS:
                best, median = figure(variant)
                cells.append(f"{format(best, spec)} (med {format(median, spec)})")
            lines.append(f"{label:<40} {cells[0]:>24} {cells[1]:>24}")
            self.records.setdefault("crawl", {})[label] = {
                v: dict(zip(("best", "median"), figure(v), strict=True)) for v in VARIANTS
            }
        orjson_best, orjson_median = self.per_location(self.samples.orjson)
        read_best, read_median = self.per_location(self.samples.read_page)
        paused_best, paused_median = self.per_location(self.samples.read_page_paused)
        lines += [
            "",
            "references, same run (µs per Location, CPU):",
            f"  {'orjson.dumps of the Location dicts, page by page':<52} "
            f"{orjson_best:7.2f} (med {orjson_median:.2f})",
            f"  {'read_page(v221.Location, body), the same bodies':<52} "
            f"{read_best:7.2f} (med {read_median:.2f})",
            f"  {'  the same, garbage collector paused':<52} "
            f"{paused_best:7.2f} (med {paused_median:.2f})",
            "",
            "ratios, best / best (and the median of the rounds' own ratios):",
        ]
        self.records["references"] = {
            "orjson.dumps": {"best": orjson_best, "median": orjson_median},
            "read_page": {"best": read_best, "median": read_median},
            "read_page, collector paused": {"best": paused_best, "median": paused_median},
        }
        for variant in VARIANTS:
            server = self.crawl_figure(variant, lambda r: r.server_cpu)[0]
            client = self.crawl_figure(variant, lambda r: r.client_cpu)[0]
            server_rounds = self.round_ratio(variant, lambda r: r.server_cpu, self.samples.orjson)
            client_rounds = self.round_ratio(
                variant, lambda r: r.client_cpu, self.samples.read_page
            )
            lines.append(
                f"  {LABELS[variant]:<24} server/orjson.dumps {server / orjson_best:5.2f}x "
                f"({server_rounds:.2f}x)   client/read_page {client / read_best:5.2f}x "
                f"({client_rounds:.2f}x)"
            )
        memory = self.memory
        small, large = (memory.growth[n] for n in sorted(memory.growth))
        extra = large - small
        pages = -(-self.count // self.page_size)
        lines += [
            "",
            "client memory (tracemalloc, peak rise over the crawl):",
            f"  {self.count:,} Locations ({pages} pages): {_mib(small):>12}",
            f"  {2 * self.count:,} Locations ({2 * pages} pages): {_mib(large):>12}",
            f"  difference: {_mib(extra)} ({extra / self.count:,.0f} B per extra Location)",
            f"  one decoded page of {self.page_size} holds {_mib(memory.page_bytes)} "
            f"({memory.page_bytes / self.page_size:,.0f} B per Location)",
        ]
        self.records["memory"] = {
            "growth_bytes": {str(n): g for n, g in memory.growth.items()},
            "decoded_page_bytes": memory.page_bytes,
        }
        return lines

    def check_targets(self) -> None:
        orjson_best = self.per_location(self.samples.orjson)[0]
        read_best = self.per_location(self.samples.read_page)[0]
        server = self.crawl_figure("encoded", lambda r: r.server_cpu)[0]
        ratio = server / orjson_best
        self._target(
            "server CPU per Location, (a) pre-encoded",
            f"{ratio:5.2f}x orjson.dumps",
            ratio <= SERVER_VS_ORJSON,
            f"<= {SERVER_VS_ORJSON:.0f}x",
        )
        typed = self.crawl_figure("models", lambda r: r.server_cpu)[0] / orjson_best
        self.targets.append(
            f"  info  {'server CPU per Location, (b) typed models':<42} "
            f"{typed:5.2f}x orjson.dumps{'':<5} (no target)"
        )
        self.records.setdefault("targets", {})["server CPU per Location, (b) typed models"] = {
            "figure": f"{typed:.2f}x",
            "pass": None,
        }
        client = self.crawl_figure("encoded", lambda r: r.client_cpu)[0]
        ratio = client / read_best
        self._target(
            "client CPU per Location",
            f"{ratio:5.2f}x read_page",
            ratio <= CLIENT_VS_READ_PAGE,
            f"<= {CLIENT_VS_READ_PAGE}x",
        )
        small, large = (self.memory.growth[n] for n in sorted(self.memory.growth))
        extra_pages = -(-self.count // self.page_size)
        bound = MEMORY_SHARE * extra_pages * self.memory.page_bytes
        self._target(
            "client memory flat in the number of pages",
            f"+{_mib(large - small)} for 2x pages",
            large - small <= bound,
            f"<= {_mib(bound)}: {MEMORY_SHARE:.0%} of {extra_pages} decoded pages",
        )

    def _target(self, name: str, figure: str, ok: bool, target: str) -> None:
        self.targets.append(f"  {_verdict(ok)}  {name:<42} {figure:<24} (target {target})")
        self.records.setdefault("targets", {})[name] = {"figure": figure.strip(), "pass": ok}


# --- main ------------------------------------------------------------------------------------


def _version(distribution: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(distribution)
    except PackageNotFoundError:
        return "(not installed)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--locations", type=int, default=10_000, help="Locations (10000)")
    parser.add_argument("--page-size", type=int, default=500, help="Locations per page (500)")
    parser.add_argument("--rounds", type=int, default=7, help="measured rounds (7)")
    parser.add_argument(
        "--quick", action="store_true", help="2,000 Locations, 1 round: a smoke run"
    )
    parser.add_argument("--json", type=Path, help="also write the results to this JSON file")
    args = parser.parse_args(argv)
    count, page_size, rounds = (
        (2000, args.page_size, 1) if args.quick else (args.locations, args.page_size, args.rounds)
    )
    if count < 1 or page_size < 1 or rounds < 1:
        parser.error("--locations, --page-size and --rounds must be at least 1")
    print(
        f"python {platform.python_version()} | ocpkit {_version('ocpkit')}"
        f" | pydantic {_version('pydantic')} | orjson {orjson.__version__}"
        f" | httpx {_version('httpx')} | fastapi {_version('fastapi')}"
        f" | uvicorn {_version('uvicorn')} | {os.cpu_count()} CPUs"
    )
    token = secrets.token_urlsafe(24)
    with tempfile.TemporaryDirectory(prefix="ocpkit-bench-crawl-") as work:
        started = Server.start([count, 2 * count], token, Path(work))
        if isinstance(started, str):
            print(started, file=sys.stderr)
            return 2
        server = started
        ready = server.ready
        print(
            f"server: pid {ready['pid']}, uvicorn {ready['uvicorn']} ({ready['http']}, "
            f"{ready['loop']} loop, no access log) on {server.origin}; "
            f"{count:,} and {2 * count:,} Locations made in {ready['build_s']} s"
        )
        try:
            samples, memory, described = asyncio.run(run(server, token, count, page_size, rounds))
        except AssertionError as error:
            print(f"verification failed, not timing: {error}", file=sys.stderr)
            return 2
        except CrawlFailedError as error:
            print(f"a crawl failed, no figures: {error}", file=sys.stderr)
            return 2
        finally:
            server.close()
    print(f"pages: {described}")
    print(
        "verified: both variants send the same Locations, each valid with strict=True;"
        " every crawl walked the whole list (COMPLETE, no invalid item, no duplicate)"
    )
    print(
        f"timing: 1 warm-up crawl per variant, then {rounds} round(s) (both variants, order "
        f"alternating, then the references); best round shown, median beside it\n"
    )
    report = Report(samples, memory, count, page_size)
    print("\n".join(report.table()))
    report.check_targets()
    print("\ntargets:")
    print("\n".join(report.targets))
    if args.json:
        results = {"pages": described, **report.records}
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
