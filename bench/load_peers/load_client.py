"""The load generator of ``bench/bench_load.py``: many OCPP 2.0.1 charging stations in one process.

Each station is one picows WebSocket (subprotocol ``ocpp2.0.1``) that sends pre-built CALL frames,
one in flight at a time: a BootNotification, then ``--meter-values`` MeterValues, each sent the
moment the previous one is answered. Every answer is judged: a valid one is a CALLRESULT
(``[3, id, {...}]``) with the id of the call in flight and, for BootNotification, an ``Accepted``
status, an integer interval and a current time. Anything else (a CALLERROR, a wrong id, no answer
before the deadline, a dropped connection) makes the call lost.

The script is driven over stdin/stdout by ``bench_load.py``, one JSON line per step, so that the
server's CPU time and memory can be read between the steps:

* at start: one extra station ("warm-up") connects, makes one call of each kind, and leaves;
  prints ``{"event": "warm", ...}`` with the answers (so lazily built validators and imports are
  not counted per connection, and the answers can be shown);
* ``connect``: opens every station (``--concurrency`` handshakes at a time); prints
  ``{"event": "connected", ...}``; the stations then stay idle;
* ``go``: runs the calls; prints ``{"event": "done", ...}`` with the counts, the wall time of the
  call phase and this process's CPU time over it;
* ``close``: closes every connection (close frame, then TCP) and exits.

Run by hand: ``python load_client.py --port 9000`` and type the commands.
"""

import argparse
import asyncio
import contextlib
import json
import resource
import sys
import time
import uuid
from collections.abc import Callable
from typing import Any, Final

import orjson
from picows import (
    WSCloseCode,
    WSError,
    WSFrame,
    WSListener,
    WSMsgType,
    WSTransport,
    WSUpgradeRequest,
    WSUpgradeResponse,
    ws_connect,
)

SUBPROTOCOL: Final = "ocpp2.0.1"

# What every station sends (valid per the official OCPP 2.0.1 schemas; bench_load.py checks it).
BOOT_NOTIFICATION: Final[dict[str, Any]] = {
    "reason": "PowerUp",
    "chargingStation": {
        "model": "LoadTest 22 AC",
        "vendorName": "ocpkit-bench",
        "serialNumber": "LT22-000001",
        "firmwareVersion": "1.4.2",
    },
}
METER_VALUES: Final[dict[str, Any]] = {
    "evseId": 1,
    "meterValue": [
        {
            "timestamp": "2024-05-14T09:21:07Z",
            "sampledValue": [
                {
                    "value": 7250.4,
                    "context": "Sample.Periodic",
                    "measurand": "Energy.Active.Import.Register",
                    "unitOfMeasure": {"unit": "Wh"},
                },
                {
                    "value": 11040,
                    "context": "Sample.Periodic",
                    "measurand": "Power.Active.Import",
                    "unitOfMeasure": {"unit": "W"},
                },
                {
                    "value": 16.1,
                    "context": "Sample.Periodic",
                    "measurand": "Current.Import",
                    "phase": "L1",
                    "unitOfMeasure": {"unit": "A"},
                },
                {
                    "value": 16.05,
                    "context": "Sample.Periodic",
                    "measurand": "Current.Import",
                    "phase": "L2",
                    "unitOfMeasure": {"unit": "A"},
                },
                {
                    "value": 15.9,
                    "context": "Sample.Periodic",
                    "measurand": "Current.Import",
                    "phase": "L3",
                    "unitOfMeasure": {"unit": "A"},
                },
                {
                    "value": 230.4,
                    "context": "Sample.Periodic",
                    "measurand": "Voltage",
                    "phase": "L1-N",
                    "unitOfMeasure": {"unit": "V"},
                },
            ],
        }
    ],
}
CALLS: Final = (("BootNotification", BOOT_NOTIFICATION), ("MeterValues", METER_VALUES))

_TEXT: Final = WSMsgType.TEXT
_CLOSE: Final = WSMsgType.CLOSE
_SAMPLES: Final = 5  # bad answers kept verbatim for the report


def call_frame(message_id: str, action: str, payload: dict[str, Any]) -> bytes:
    """One OCPP-J CALL frame, ``[2, id, action, payload]``, as UTF-8 JSON."""
    return orjson.dumps([2, message_id, action, payload])


def judge(data: bytes, message_id: str, action: str) -> str | None:
    """Why ``data`` is not a valid answer to call ``message_id`` of ``action``; None if it is."""
    try:
        answer = orjson.loads(data)
    except orjson.JSONDecodeError:
        return "not JSON"
    if type(answer) is not list or len(answer) != 3 or answer[0] != 3:
        return "not a CALLRESULT"
    if answer[1] != message_id:
        return "a CALLRESULT for another message id"
    payload = answer[2]
    if type(payload) is not dict:
        return "a CALLRESULT without an object payload"
    if action == "BootNotification" and (
        payload.get("status") != "Accepted"
        or type(payload.get("interval")) is not int
        or not isinstance(payload.get("currentTime"), str)
    ):
        return "a BootNotification answer without status Accepted, interval and currentTime"
    return None


class Tally:
    """What the stations report during the call phase."""

    def __init__(self, stations: int) -> None:
        self.valid = 0
        self.invalid = 0
        self.unexpected = 0  # frames that arrived with no call in flight (e.g. a CSMS call)
        self.dropped = 0  # connections lost before their last answer
        self.samples: list[str] = []
        self.waiting = stations
        self.last_answer = 0.0
        self.all_done: asyncio.Future[None] | None = None

    def note_invalid(self, why: str, data: bytes) -> None:
        self.invalid += 1
        if len(self.samples) < _SAMPLES:
            self.samples.append(f"{why}: {data[:200].decode('utf-8', 'replace')}")

    def station_done(self) -> None:
        self.waiting -= 1
        if self.waiting == 0 and self.all_done is not None and not self.all_done.done():
            self.all_done.set_result(None)


class Station(WSListener):
    """One charging station: sends its frames in order, one in flight, and judges each answer."""

    def __init__(self, frames: list[bytes], ids: list[str], actions: list[str]) -> None:
        super().__init__()
        self.frames = frames
        self.ids = ids
        self.actions = actions
        self.next = 0  # index of the call in flight (or the next one to send)
        self.in_flight = False
        self.tally: Tally | None = None
        self.transport: WSTransport | None = None
        self.answers: list[bytes] = []  # kept only when record is set (the warm-up station)
        self.record = False
        self.closed: asyncio.Future[None] = asyncio.get_running_loop().create_future()

    def start(self, tally: Tally) -> None:
        self.tally = tally
        self._send()

    def _send(self) -> None:
        assert self.transport is not None
        self.in_flight = True
        self.transport.send(_TEXT, self.frames[self.next])

    def on_ws_connected(self, transport: WSTransport) -> None:
        self.transport = transport

    def on_ws_frame(self, transport: WSTransport, frame: WSFrame) -> None:
        msg_type = frame.msg_type
        if msg_type == _CLOSE:
            transport.disconnect()
            return
        if msg_type != _TEXT:
            return
        data = frame.get_payload_as_bytes()
        tally = self.tally
        if tally is None:
            return
        if not self.in_flight:
            tally.unexpected += 1
            return
        if self.record:
            self.answers.append(data)
        why = judge(data, self.ids[self.next], self.actions[self.next])
        if why is None:
            tally.valid += 1
        else:
            tally.note_invalid(why, data)
        self.in_flight = False
        self.next += 1
        if self.next < len(self.frames):
            self._send()
        else:
            tally.last_answer = time.perf_counter()
            tally.station_done()

    def on_ws_disconnected(self, transport: WSTransport) -> None:
        tally = self.tally
        if tally is not None and self.next < len(self.frames):
            tally.dropped += 1
            self.next = len(self.frames)
            self.in_flight = False
            tally.station_done()
        if not self.closed.done():
            self.closed.set_result(None)


def plan(calls: int) -> tuple[list[bytes], list[str], list[str]]:
    """A station's frames, message ids and actions: BootNotification, then MeterValues."""
    frames, ids, actions = [], [], []
    for index in range(calls):
        action, payload = CALLS[0] if index == 0 else CALLS[1]
        message_id = str(uuid.uuid4())  # 36 characters, as most stations send
        frames.append(call_frame(message_id, action, payload))
        ids.append(message_id)
        actions.append(action)
    return frames, ids, actions


def station_factory(
    frames: list[bytes], ids: list[str], actions: list[str]
) -> Callable[[WSUpgradeRequest, WSUpgradeResponse], Station]:
    def factory(request: WSUpgradeRequest, response: WSUpgradeResponse) -> Station:
        answered = response.headers.get("Sec-WebSocket-Protocol")
        if answered != SUBPROTOCOL:
            raise WSError(f"the server answered subprotocol {answered!r}, not {SUBPROTOCOL}")
        return Station(frames, ids, actions)

    return factory


async def open_station(url: str, calls: int) -> Station:
    frames, ids, actions = plan(calls)
    _, listener = await ws_connect(
        station_factory(frames, ids, actions),
        url,
        extra_headers=[("Sec-WebSocket-Protocol", SUBPROTOCOL)],
        max_redirects=0,
        websocket_handshake_timeout=30,
    )
    if not isinstance(listener, Station):
        raise ConnectionError("the connection closed during the handshake")
    return listener


async def close_stations(stations: list[Station], timeout: float) -> None:
    """Send a close frame on every connection, wait for the server's, then drop the rest."""
    for station in stations:
        transport = station.transport
        if transport is not None and not transport.is_disconnected:
            transport.send_close(WSCloseCode.OK)
    pending = [s.closed for s in stations if not s.closed.done()]
    if pending:
        await asyncio.wait(pending, timeout=timeout)
    for station in stations:
        if station.transport is not None and not station.closed.done():
            station.transport.disconnect()


def emit(event: str, **fields: Any) -> None:
    sys.stdout.write(json.dumps({"event": event, **fields}) + "\n")
    sys.stdout.flush()


async def read_command() -> str:
    line = await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)
    return line.strip() or "close"  # end of input: close


async def warm_up(base: str) -> None:
    """One station, one call of each kind, its answers reported; then it leaves."""
    try:
        station = await open_station(base + "WARMUP", 2)
    except (OSError, WSError, ConnectionError, TimeoutError) as error:
        emit("warm", ok=False, error=f"cannot connect: {error}")
        return
    tally = Tally(1)
    tally.all_done = asyncio.get_running_loop().create_future()
    station.record = True
    station.start(tally)
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(asyncio.shield(tally.all_done), 10)
    await close_stations([station], 5)
    emit(
        "warm",
        ok=tally.valid == 2,
        answers=[a.decode("utf-8", "replace") for a in station.answers],
        sent=[f.decode() for f in station.frames],
        problems=tally.samples,
    )


async def connect_all(base: str, count: int, calls: int, concurrency: int) -> list[Station]:
    gate = asyncio.Semaphore(concurrency)
    failures: list[str] = []

    async def one(index: int) -> Station | None:
        async with gate:
            try:
                return await open_station(f"{base}CP{index:05d}", calls)
            except (OSError, WSError, ConnectionError, TimeoutError) as error:
                failures.append(str(error))
                return None

    start = time.perf_counter()
    opened = await asyncio.gather(*(one(i) for i in range(count)))
    seconds = time.perf_counter() - start
    stations = [s for s in opened if s is not None]
    emit(
        "connected",
        connected=len(stations),
        seconds=seconds,
        failures=len(failures),
        failure_samples=failures[:_SAMPLES],
    )
    return stations


async def run_calls(stations: list[Station], expected: int, deadline: float) -> None:
    tally = Tally(len(stations))
    loop = asyncio.get_running_loop()
    tally.all_done = loop.create_future()
    if not stations:
        tally.all_done.set_result(None)
    cpu = time.process_time()
    start = time.perf_counter()
    for station in stations:
        station.start(tally)
    try:
        await asyncio.wait_for(asyncio.shield(tally.all_done), deadline)
        timed_out = False
    except TimeoutError:
        timed_out = True
    end = tally.last_answer if not timed_out else time.perf_counter()
    cpu = time.process_time() - cpu
    emit(
        "done",
        expected=expected,
        valid=tally.valid,
        invalid=tally.invalid,
        lost=expected - tally.valid,
        dropped=tally.dropped,
        unexpected=tally.unexpected,
        timed_out=timed_out,
        seconds=max(end - start, 1e-9),
        client_cpu=cpu,
        samples=tally.samples,
    )


async def main_async(args: argparse.Namespace) -> None:
    base = f"ws://127.0.0.1:{args.port}/"
    calls = 1 + args.meter_values
    await warm_up(base)
    stations: list[Station] = []
    while (command := await read_command()) != "close":
        if command == "connect":
            stations = await connect_all(base, args.stations, calls, args.concurrency)
        elif command == "go":
            await run_calls(stations, args.stations * calls, args.deadline)
        else:
            emit("error", error=f"unknown command {command!r}")
    await close_stations(stations, 10)
    emit("closed")


def raise_fd_limit(needed: int) -> None:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft != resource.RLIM_INFINITY and soft < needed:
        wanted = needed if hard == resource.RLIM_INFINITY else min(needed, hard)
        resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--port", type=int, required=True, help="the CSMS's port on 127.0.0.1")
    parser.add_argument("--stations", type=int, default=1000)
    parser.add_argument("--meter-values", type=int, default=20, help="after one boot each")
    parser.add_argument("--concurrency", type=int, default=50, help="handshakes at a time")
    parser.add_argument("--deadline", type=float, default=120.0, help="seconds for the calls")
    args = parser.parse_args()
    raise_fd_limit(args.stations + 256)
    asyncio.run(main_async(args))
    return 0


if __name__ == "__main__":
    sys.exit(main())
