"""The PyPI ``ocpp`` 2.1.0 CSMS that ``bench/bench_load.py`` measures, written the way that
library's documentation shows: a ``websockets`` server whose handler runs one
``ocpp.v201.ChargePoint`` per connection, with ``@on`` handlers for BootNotification and
MeterValues; everything else at its defaults (schema validation in the default executor,
keepalive pings, no logging configured).

Usage: ``python ocpp_csms.py [--port N]``. Listens on 127.0.0.1 only; prints one JSON line,
``{"event": "listening", "port": N, "pid": P}``, then serves until SIGTERM or SIGINT; on SIGUSR1
it prints its garbage-collector totals (see ``gcstats.py``).
"""

import argparse
import asyncio
import contextlib
import json
import os
import signal
import sys
from datetime import UTC, datetime
from typing import Any

import gcstats
import websockets
from ocpp.routing import on
from ocpp.v201 import ChargePoint, call_result
from ocpp.v201.enums import RegistrationStatusEnumType
from websockets.asyncio.server import ServerConnection
from websockets.typing import Subprotocol


class Csms(ChargePoint):  # type: ignore[misc]  # ocpp ships no type hints
    """The CSMS side of one charging station's connection."""

    @on("BootNotification")  # type: ignore[untyped-decorator]
    def on_boot_notification(self, **payload: Any) -> call_result.BootNotification:
        return call_result.BootNotification(
            current_time=datetime.now(UTC).isoformat(),
            interval=300,
            status=RegistrationStatusEnumType.accepted,
        )

    @on("MeterValues")  # type: ignore[untyped-decorator]
    def on_meter_values(self, **payload: Any) -> call_result.MeterValues:
        return call_result.MeterValues()


async def handle(connection: ServerConnection) -> None:
    identity = connection.request.path.rstrip("/").rsplit("/", 1)[-1] if connection.request else ""
    with contextlib.suppress(websockets.ConnectionClosed):
        await Csms(identity, connection).start()


async def serve(port: int) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    gcstats.install(loop)
    async with websockets.serve(
        handle, "127.0.0.1", port, subprotocols=[Subprotocol("ocpp2.0.1")]
    ) as server:
        bound = server.sockets[0].getsockname()[1]
        print(json.dumps({"event": "listening", "port": bound, "pid": os.getpid()}), flush=True)
        await stop.wait()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()
    asyncio.run(serve(args.port))
    return 0


if __name__ == "__main__":
    sys.exit(main())
