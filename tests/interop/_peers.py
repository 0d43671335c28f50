"""Running a foreign peer (``node/peer.js`` on npm ``ocpp-rpc``, ``py_peer.py`` on PyPI ``ocpp``)
as a subprocess: JSON-line commands in, JSON-line events out, read with timeouts.

Each peer runs in a process group of its own (``start_new_session``); :meth:`Peer.stop` asks it
to exit and then kills that group, by its id, before the process is reaped.
"""

import asyncio
import contextlib
import json
import os
import signal
from collections.abc import AsyncIterator, Callable, Sequence
from pathlib import Path
from typing import Any, Final

import attrs

from ocpkit.ocpp import OcppVersion

HERE: Final = Path(__file__).parent
PY_PEER: Final = HERE / "py_peer.py"
NODE_DIR: Final = HERE / "node"

SUBPROTOCOLS: Final = {
    OcppVersion.V16: "ocpp1.6",
    OcppVersion.V201: "ocpp2.0.1",
    OcppVersion.V21: "ocpp2.1",
}

Event = dict[str, Any]

LINE_LIMIT: Final = 16 << 20  # bytes: the longest output line of a peer read
WAIT: Final = 10.0  # seconds: the longest any single expected event may take


class PeerEventError(AssertionError):
    """The peer did not report what the test waited for (its output is in the message)."""


@attrs.frozen
class PeerKind:
    """One foreign implementation: how to start its peer script, and the versions its schema
    validation is on for (``strict``; ocpp-rpc's strict mode answers every OCPP 2.1 call with
    ProtocolError, so its 2.1 runs without it and validates nothing)."""

    name: str
    command: tuple[str, ...]
    strict: frozenset[OcppVersion]

    def argv(self, role: str, version: OcppVersion, **options: str) -> list[str]:
        subprotocol = SUBPROTOCOLS[version]
        args = [*self.command, "--role", role, "--protocols", subprotocol]
        args += ["--strict", subprotocol if version in self.strict else ""]
        for key, value in options.items():
            args += [f"--{key.replace('_', '-')}", value]
        return args


class Peer:
    """A running peer process and the events it has reported so far."""

    def __init__(self, name: str, process: asyncio.subprocess.Process) -> None:
        self.name = name
        self.process = process
        self.events: list[Event] = []
        self.noise: list[str] = []  # stderr, and stdout lines that are not JSON
        self._changed = asyncio.Condition()
        self._next_ref = 0
        self._readers = [
            asyncio.get_running_loop().create_task(self._read_events()),
            asyncio.get_running_loop().create_task(self._read_noise()),
        ]

    async def _read_events(self) -> None:
        assert self.process.stdout is not None
        async for line in self.process.stdout:
            try:
                event = json.loads(line)
            except ValueError:
                self.noise.append(line.decode(errors="replace"))
                continue
            async with self._changed:
                self.events.append(event)
                self._changed.notify_all()
        async with self._changed:
            self._changed.notify_all()  # end of output: waiters fail at once

    async def _read_noise(self) -> None:
        assert self.process.stderr is not None
        async for line in self.process.stderr:
            self.noise.append(line.decode(errors="replace"))

    def transcript(self) -> str:
        lines = [json.dumps(e) for e in self.events[-60:]]
        return f"{self.name} said:\n" + "\n".join(lines + [n.rstrip() for n in self.noise[-20:]])

    # -- reading ------------------------------------------------------------------------

    async def wait_for(
        self, match: Callable[[Event], bool], what: str, *, timeout: float = WAIT
    ) -> Event:
        """The first event (from the start of the output) that ``match`` accepts."""
        seen = 0
        try:
            async with asyncio.timeout(timeout), self._changed:
                while True:
                    for event in self.events[seen:]:
                        if match(event):
                            return event
                    seen = len(self.events)
                    if self.process.stdout is not None and self.process.stdout.at_eof():
                        break
                    await self._changed.wait()
        except TimeoutError:
            pass
        raise PeerEventError(f"no {what} from the peer\n{self.transcript()}")

    async def event(self, kind: str, *, timeout: float = WAIT, **fields: Any) -> Event:
        """The first event of ``kind`` whose fields have the given values."""

        def match(event: Event) -> bool:
            return event.get("event") == kind and all(event.get(k) == v for k, v in fields.items())

        shown = ", ".join(f"{k}={v!r}" for k, v in fields.items())
        return await self.wait_for(match, f"{kind!r} event ({shown})", timeout=timeout)

    async def collect(self, kind: str, count: int, *, timeout: float = WAIT) -> list[Event]:
        """The first ``count`` events of ``kind`` (waiting for them to arrive)."""
        found: list[Event] = []

        def match(event: Event) -> bool:
            if event.get("event") == kind:
                found.append(event)
            return len(found) == count

        await self.wait_for(match, f"{count} {kind!r} events", timeout=timeout)
        return found

    def frames(self, direction: str) -> list[Any]:
        """The frames the peer received (``"in"``) or sent (``"out"``), decoded."""
        return [
            json.loads(e["text"])
            for e in self.events
            if e.get("event") == "frame" and e.get("dir") == direction
        ]

    async def frame_in(
        self, message_id: str, message_type: int | None = None, *, timeout: float = WAIT
    ) -> list[Any]:
        """The first frame the peer received with ``message_id`` (and ``message_type``)."""
        return await self._frame("in", message_id, message_type, timeout)

    async def frame_out(
        self, message_id: str, message_type: int | None = None, *, timeout: float = WAIT
    ) -> list[Any]:
        """The first frame the peer sent with ``message_id`` (and ``message_type``)."""
        return await self._frame("out", message_id, message_type, timeout)

    async def _frame(
        self, direction: str, message_id: str, message_type: int | None, timeout: float
    ) -> list[Any]:
        def match(event: Event) -> bool:
            if event.get("event") != "frame" or event.get("dir") != direction:
                return False
            try:
                frame = json.loads(event["text"])
            except ValueError:
                return False
            return (
                isinstance(frame, list)
                and len(frame) > 1
                and frame[1] == message_id
                and message_type in (None, frame[0])
            )

        what = f"frame {direction} for message {message_id!r}"
        event = await self.wait_for(match, what, timeout=timeout)
        frame: list[Any] = json.loads(event["text"])
        return frame

    # -- commands -------------------------------------------------------------------------

    def send(self, command: Event) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps(command).encode() + b"\n")

    async def call(self, action: str, params: Any, *, identity: str | None = None) -> Event:
        """Have the peer call ``action``; its ``result`` or ``error`` event."""
        self._next_ref += 1
        ref = self._next_ref
        command: Event = {"cmd": "call", "ref": ref, "action": action, "params": params}
        if identity is not None:
            command["identity"] = identity
        self.send(command)
        return await self.wait_for(
            lambda e: (
                e.get("event") in ("result", "error", "command_failed") and e.get("ref") == ref
            ),
            f"answer to {action} (ref {ref})",
        )

    def raw(self, text: str, *, identity: str | None = None) -> None:
        """Have the peer send ``text`` as one WebSocket message, as it is."""
        command: Event = {"cmd": "raw", "text": text}
        if identity is not None:
            command["identity"] = identity
        self.send(command)

    # -- life -------------------------------------------------------------------------------

    async def stop(self) -> None:
        """Ask the peer to exit, then kill its process group (only while it is not reaped,
        so the id is still this process's)."""
        with contextlib.suppress(Exception):
            self.send({"cmd": "exit"})
            assert self.process.stdin is not None
            self.process.stdin.close()
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(2):
                await self.process.wait()
        if self.process.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
            await self.process.wait()
        for reader in self._readers:
            reader.cancel()
        await asyncio.gather(*self._readers, return_exceptions=True)


@contextlib.asynccontextmanager
async def running(name: str, argv: Sequence[str], *, cwd: Path = HERE) -> AsyncIterator[Peer]:
    """Start a peer; stop it (and its process group) when the block ends."""
    process = await asyncio.create_subprocess_exec(
        *argv,
        cwd=cwd,
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        start_new_session=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1", "NO_COLOR": "1"},
        # A frame event quotes the whole frame: one of 1 MB (the probe's) is a 1 MB line, past
        # StreamReader's default limit of 64 KiB, which would end the reader and, with the pipe
        # never drained, keep the process from being reaped.
        limit=LINE_LIMIT,
    )
    peer = Peer(name, process)
    try:
        yield peer
    finally:
        await peer.stop()
