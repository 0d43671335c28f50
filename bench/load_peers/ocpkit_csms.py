"""The ocpkit CSMS that ``bench/bench_load.py`` measures: a :class:`~ocpkit.ocpp.aio.CsmsServer`
for OCPP 2.0.1 with handlers for BootNotification and MeterValues, everything else at its defaults
(strict validation, keepalive pings, no logging configured).

Usage: ``python ocpkit_csms.py --transport websockets|picows [--port N] [--profile FILE]
[--gc-threshold N]``. Listens on 127.0.0.1 only; prints one JSON line,
``{"event": "listening", "port": N, "pid": P}``, then serves until SIGTERM or SIGINT; on SIGUSR1
it prints its garbage-collector totals (see ``gcstats.py``). ``--profile FILE`` runs the server
under cProfile and writes the statistics (``pstats`` format) to ``FILE`` when it stops;
``--gc-threshold N`` sets the collector's first threshold (``gc.set_threshold(N)``; Python's
default is 700), to see what the collector costs. ``--validate-outgoing`` judges every message the
server sends against its schema (``SessionConfig(validate_outgoing=True)``), to see what skipping
that for validated models saves.
"""

import argparse
import asyncio
import cProfile
import gc
import json
import os
import signal
import sys
from datetime import UTC, datetime
from typing import get_args

import gcstats

from ocpkit.ocpp import OcppVersion, v201
from ocpkit.ocpp.aio import CsmsServer, SessionConfig, TransportName
from ocpkit.ocpp.router import Router


def csms_router() -> Router:
    router = Router(OcppVersion.V201, "CSMS")

    @router.on(v201.BootNotificationRequest)
    def boot(request: v201.BootNotificationRequest) -> v201.BootNotificationResponse:
        return v201.BootNotificationResponse(
            current_time=datetime.now(UTC),
            interval=300,
            status=v201.RegistrationStatusEnum.ACCEPTED,
        )

    @router.on(v201.MeterValuesRequest)
    def meter_values(request: v201.MeterValuesRequest) -> v201.MeterValuesResponse:
        return v201.MeterValuesResponse()

    return router


async def serve(transport: TransportName, port: int, validate_outgoing: bool | None = None) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    gcstats.install(loop)
    config = SessionConfig(validate_outgoing=validate_outgoing)
    async with CsmsServer(
        port=port, router=csms_router(), transport=transport, config=config
    ) as server:
        line = {"event": "listening", "port": server.port, "pid": os.getpid()}
        print(json.dumps(line), flush=True)
        await stop.wait()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--transport", choices=get_args(TransportName), default="websockets")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--profile", help="write cProfile statistics to this file on exit")
    parser.add_argument("--gc-threshold", type=int, help="gc.set_threshold(N) before serving")
    parser.add_argument(
        "--validate-outgoing", action="store_true", help="judge every outgoing message"
    )
    args = parser.parse_args()
    if args.gc_threshold is not None:
        gc.set_threshold(args.gc_threshold)
    if args.profile is None:
        asyncio.run(serve(args.transport, args.port, args.validate_outgoing or None))
        return 0
    profiler = cProfile.Profile()
    try:
        profiler.runcall(
            asyncio.run, serve(args.transport, args.port, args.validate_outgoing or None)
        )
    finally:
        profiler.dump_stats(args.profile)
    return 0


if __name__ == "__main__":
    sys.exit(main())
