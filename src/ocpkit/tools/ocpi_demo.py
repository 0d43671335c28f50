"""``ocpkit demo --ocpi``: a simulated CPO and eMSP in one process, two uvicorn servers on
127.0.0.1 in one event loop, playing the OCPI basics.

The eMSP (:mod:`~ocpkit.tools.ocpi_emsp`) registers with the CPO (:mod:`~ocpkit.tools.ocpi_cpo`)
with token A, crawls its Locations over several pages (the CPO's page size is small on purpose),
sends StartSession, receives the result the CPO POSTs back, and unregisters. Every HTTP exchange
is printed as the server that answered it saw it, one per line, with who asked whom::

    eMSP → CPO  GET /ocpi/2.2.1/locations?offset=5&limit=5  HTTP 200  OCPI 1000  5 items
    CPO → eMSP  POST /ocpi/2.2.1/commands/3f2a…  HTTP 200  OCPI 1000

A request that makes its server call the other party (the credentials POST, which the CPO
answers only after fetching the eMSP's versions) is printed after the calls it caused.
"""

import asyncio
from typing import IO, Final

from ocpkit.ocpi.version import OcpiVersion

from . import ToolError
from .ocpi_cpo import CpoSettings, run_cpo
from .ocpi_emsp import EmspSettings, run_emsp
from .ocpi_output import (
    CpoRecord,
    EmspListening,
    EmspRecord,
    ExchangeLines,
    InvalidObject,
    RequestServed,
    ResultPosted,
    Summary,
)
from .ocpi_serving import Exchange
from .output import use_colour

__all__ = ["DEMO_LOCATIONS", "DEMO_PAGE_LIMIT", "play_ocpi_demo", "run_ocpi_demo"]

DEMO_LOCATIONS: Final = 12
"""How many Locations the demo's CPO serves unless told."""
DEMO_PAGE_LIMIT: Final = 5
"""The demo CPO's page size: 12 Locations make three pages."""

# The simulated charge point's reaction time, in seconds: long enough for the command's answer
# to be printed before its result.
_RESULT_DELAY: Final = 0.1


async def play_ocpi_demo(
    version: OcpiVersion = OcpiVersion.V221,
    *,
    locations: int = DEMO_LOCATIONS,
    page_limit: int = DEMO_PAGE_LIMIT,
    out: IO[str],
    colour: bool = False,
) -> int:
    """Run the demo in ``version``, printing to ``out``; 0 once everything completed (a
    failure raises :class:`~ocpkit.tools.ToolError`)."""
    lines = ExchangeLines(out, colour=colour)

    def from_cpo(record: CpoRecord) -> None:
        if isinstance(record, RequestServed):
            lines.exchange("eMSP", "CPO", record)
        elif isinstance(record, ResultPosted) and record.error is not None:
            lines.note(f"CPO could not post the {record.command} result: {record.error}")

    def from_emsp(record: EmspRecord) -> None:
        if isinstance(record, EmspListening):
            lines.note(f"eMSP at {record.versions_url}")
        elif not isinstance(record, Summary | InvalidObject):
            lines.note(record.format())

    def served_by_emsp(exchange: Exchange) -> None:
        lines.exchange("CPO", "eMSP", exchange)

    cpo = await run_cpo(
        CpoSettings(
            version=version,
            locations=locations,
            page_limit=page_limit,
            result_delay=_RESULT_DELAY,
        ),
        emit=from_cpo,
    )
    try:
        pages = -(-locations // page_limit)
        lines.note(
            f"OCPI {version.value} demo: CPO at {cpo.versions_url} with {locations} Locations, "
            f"{page_limit} per page ({pages} page{'' if pages == 1 else 's'})"
        )
        report = await run_emsp(
            EmspSettings(
                url=cpo.versions_url,
                token=cpo.token_a.reveal(),
                versions=(version,),
                modules=("locations",),
                push_token=False,
            ),
            emit=from_emsp,
            on_exchange=served_by_emsp,
        )
    finally:
        await cpo.stop()
    if not report.ok:
        raise ToolError("the OCPI demo did not complete: " + "; ".join(report.problems))
    crawl = report.crawls[0]
    lines.note(
        f"done: registered in OCPI {version.value}, {crawl.objects} Locations in {crawl.pages} "
        f"pages, StartSession accepted with result {report.command_result}, unregistered "
        f"({lines.count} HTTP exchanges)"
    )
    if lines.broken:
        raise BrokenPipeError("the standard output was closed")
    return 0


def run_ocpi_demo(
    version: OcpiVersion = OcpiVersion.V221,
    *,
    locations: int = DEMO_LOCATIONS,
    out: IO[str],
) -> int:
    """``ocpkit demo --ocpi``: :func:`play_ocpi_demo` in a new event loop (colour on a terminal
    only)."""
    return asyncio.run(
        play_ocpi_demo(version, locations=locations, out=out, colour=use_colour(out))
    )
