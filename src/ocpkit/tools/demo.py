"""``ocpkit demo``: a CSMS and a charging station in one process, playing a charge session.

The CSMS (:mod:`~ocpkit.tools.csms`) listens on a free port of 127.0.0.1; the simulated station
(:mod:`~ocpkit.tools.charger`) connects, boots, authorizes, charges and reports meter values;
the CSMS asks it to stop the transaction; the station ends it and becomes available again. Every
frame is printed as the station's ``on_frame`` hook sees it (the bytes on the wire, in wire
order), one per line, with who sent it::

    CS → CSMS  [2,"…","BootNotification",{…}]
    CSMS → CS  [3,"…",{"currentTime":"…","interval":300,"status":"Accepted"}]

framed by the station's ``connected to …`` and ``disconnected (1000, local)`` lines (its
``on_connect`` and ``on_disconnect`` hooks). The CSMS traces no frames (no ``on_frame`` hook).
"""

import asyncio
from typing import IO, Final

from ocpkit.ocpp.aio import TransportName
from ocpkit.ocpp.version import OcppVersion

from .charger import StationSettings, play_station
from .csms import AnsweringCsms, CsmsSettings
from .output import (
    LogLine,
    ProtocolErrorLine,
    ReadableFrames,
    Record,
    Refused,
    forward_logs,
    use_colour,
)

__all__ = ["IDENTITY", "play_demo", "run_demo"]

IDENTITY: Final = "DEMO-CS-01"
"""The demo station's identity."""

# The CSMS waits this long after the first meter values before it asks for the stop, so the
# answer to the meter values is printed first; the station would stop by itself after
# _CHARGE_FOR seconds if the request never came.
_STOP_AFTER: Final = 0.1
_CHARGE_FOR: Final = 5.0


async def play_demo(
    version: OcppVersion,
    *,
    out: IO[str],
    colour: bool = False,
    transport: TransportName = "websockets",
) -> int:
    """Run the demo for ``version``, printing to ``out``; 0 once the session completed
    (a failure raises :class:`~ocpkit.tools.ToolError`)."""
    frames = ReadableFrames(out, colour=colour)

    def report(record: Record) -> None:
        # The CSMS's own log stays quiet unless something went wrong.
        if isinstance(record, LogLine):
            frames.note(f"CSMS {record.level}: {record.message}")
        elif isinstance(record, ProtocolErrorLine):
            frames.note(f"CSMS: protocol error from {record.identity}: {record.description}")
        elif isinstance(record, Refused):
            frames.note(f"CSMS refused {record.identity}: {record.reason}")

    with forward_logs(report):
        csms = AnsweringCsms(
            CsmsSettings(versions=(version,), stop_after=_STOP_AFTER, transport=transport),
            emit=report,
            frames=False,
        )
        server = await csms.start()
        try:
            frames.note(f"OCPP {version} demo: CSMS on {server.url}, charging station {IDENTITY}")
            await play_station(
                StationSettings(
                    url=f"{server.url}{IDENTITY}",
                    versions=(version,),
                    transport=transport,
                    charge_for=_CHARGE_FOR,
                ),
                tap=frames,
                note=frames.note,
            )
        finally:
            await csms.close()
    if frames.broken:
        raise BrokenPipeError("the standard output was closed")
    return 0


def run_demo(version: OcppVersion, *, out: IO[str]) -> int:
    """``ocpkit demo``: :func:`play_demo` in a new event loop (colour on a terminal only)."""
    return asyncio.run(play_demo(version, out=out, colour=use_colour(out)))
