"""``ocpkit csms --quiet`` as ``bench/bench_load.py`` measures it: the tool's own ``serve()``
(what the command runs) with the settings the command line gives by default, and ``--quiet``.

Usage: ``python ocpkit_tool_csms.py --transport websockets|picows [--port N] [--log FILE]``.
Listens on 127.0.0.1 only. The tool's JSON lines (one per answered call, as with ``ocpkit csms
--quiet``) go to ``--log`` (default: the null device; a real file descriptor either way, so each
write costs what it costs on a terminal or a file); on its own stdout it prints what the benchmark
reads: ``{"event": "listening", "port": N, "pid": P}``, and the garbage-collector totals on SIGUSR1
(see ``gcstats.py``). Stops on SIGTERM or SIGINT, as the command does.
"""

import argparse
import asyncio
import json
import os
import sys
from typing import IO, cast, get_args

import gcstats

from ocpkit.ocpp.aio import TransportName
from ocpkit.tools.csms import CsmsSettings, serve


class _Log:
    """The tool's output: every line to ``sink``; the first one (``listening``) also tells the
    benchmark the port, on stdout."""

    def __init__(self, sink: IO[str]) -> None:
        self._sink = sink
        self._told = False

    def write(self, text: str) -> int:
        if not self._told:
            self._told = True
            port = json.loads(text.split("\n", 1)[0])["port"]
            line = {"event": "listening", "port": port, "pid": os.getpid()}
            sys.stdout.write(json.dumps(line) + "\n")
            sys.stdout.flush()
        return self._sink.write(text)

    def flush(self) -> None:
        self._sink.flush()


async def run(transport: TransportName, port: int, log: IO[str]) -> None:
    gcstats.install(asyncio.get_running_loop())
    settings = CsmsSettings(port=port, transport=transport)
    await serve(settings, quiet=True, out=cast(IO[str], _Log(log)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--transport", choices=get_args(TransportName), default="websockets")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--log", default=os.devnull, help="where the tool's JSON lines go")
    args = parser.parse_args()
    with open(args.log, "w", encoding="utf-8") as log:
        asyncio.run(run(args.transport, args.port, log))
    return 0


if __name__ == "__main__":
    sys.exit(main())
