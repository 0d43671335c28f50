"""``ocpkit probe``: check a CSMS, a charging station or an OCPI peer against the specifications.

Each probe runs a catalogue of checks, each with an id,
a one-line rule, the section it comes from and a deadline, and makes a
:class:`~ocpkit.tools.probe._report.Report`: text on standard output for people, and on request
JSON and JUnit XML files for CI. Exit status: 0 when every check passed (or did not apply), 1
when one failed, 2 for usage errors and a target that cannot be reached at all.

* :mod:`~ocpkit.tools.probe.csms`: a CSMS, the probe acting as a charging station
  (:func:`probe_csms`);
* :mod:`~ocpkit.tools.probe.charger`: a charging station, the probe acting as the CSMS it
  connects to (``charger.probe_charger``);
* :mod:`~ocpkit.tools.probe.ocpi`: an OCPI peer, read only (``ocpi.probe_ocpi``, extra
  ``httpx``);
* the OCPP-J rules both OCPP probes share are in ``_rpc_checks``, the raw WebSocket peer in
  ``_wire``, the report in ``_report``, the runner in ``_runner`` and the command line in
  :mod:`~ocpkit.tools.probe.command`.
"""

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import IO
from urllib.parse import urlsplit

import attrs

from ocpkit.ocpp.version import OcppVersion
from ocpkit.tools import ToolError

from ._report import Check, Report, Result, Verdict
from ._runner import (
    CheckFailedError,
    NotApplicableError,
    Probe,
    connectable,
    progress_printer,
    run_catalogue,
    select,
)

__all__ = [
    "Check",
    "CheckFailedError",
    "CsmsProbeSettings",
    "NotApplicableError",
    "Probe",
    "Report",
    "ReportFiles",
    "Result",
    "Verdict",
    "probe_csms",
    "run_catalogue",
    "select",
    "write_report",
]


@attrs.frozen(kw_only=True)
class ReportFiles:
    """Where to write the machine-readable reports (None: not written)."""

    json: Path | None = None
    junit: Path | None = None


@attrs.frozen(kw_only=True)
class CsmsProbeSettings:
    """One ``ocpkit probe csms`` run."""

    url: str
    version: OcppVersion
    identity: str = "OCPKIT-PROBE"
    password: str | bytes | None = None
    only: Sequence[str] | None = None
    reply_timeout: float = 3.0


async def reachable(url: str) -> None:
    """Raise :class:`ToolError` (status 2) unless ``url`` is a WebSocket URL whose host takes a
    TCP connection."""
    parts = urlsplit(url)
    if parts.scheme not in ("ws", "wss", "http", "https") or not parts.hostname:
        raise ToolError(f"not a ws://, wss://, http:// or https:// URL: {url!r}", status=2)
    await connectable(url)


async def probe_csms(settings: CsmsProbeSettings, *, progress: IO[str] | None = None) -> Report:
    """Run the CSMS catalogue against ``settings.url``."""
    from .csms import CsmsContext, catalogue

    chosen = select(catalogue(settings.version), settings.only)
    await reachable(settings.url)
    context = CsmsContext(
        url=settings.url,
        version=settings.version,
        identity=settings.identity,
        password=settings.password,
        reply_timeout=settings.reply_timeout,
    )
    try:
        return await run_catalogue(
            chosen,
            context,
            probe="csms",
            target=settings.url,
            version=str(settings.version),
            on_result=progress_printer(progress),
        )
    finally:
        await context.close()


def write_report(report: Report, files: ReportFiles, *, out: IO[str] | None = None) -> int:
    """Print the text report (to standard output unless ``out`` is given), write the requested
    files, and return the exit status."""
    (out or sys.stdout).write(report.to_text())
    if files.json is not None:
        files.json.write_bytes(report.to_json())
    if files.junit is not None:
        files.junit.write_bytes(report.to_junit())
    return report.exit_status
