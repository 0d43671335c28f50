"""Running a probe's catalogue: each check in order, each within its deadline.

A catalogue entry (:class:`Probe`) pairs a :class:`~._report.Check` with the coroutine that
judges it. The coroutine returns when the rule held, raises :class:`CheckFailedError` with what
it saw instead, or :class:`NotApplicableError` with the reason the rule does not apply here.
Anything else it raises (the peer closed the connection, a socket error, a bug in the probe) is a
failed check too, named by its type: a probe reports, it never stops half way. Every check runs
under a deadline; one that runs past it fails with "no verdict within N s", so a peer that stalls
costs one check, not the run.
"""

import asyncio
import contextlib
import time
from collections.abc import Awaitable, Callable, Iterable, Sequence
from datetime import UTC, datetime
from typing import IO, Final, Generic, TypeVar
from urllib.parse import urlsplit

import attrs

from ocpkit._errors import OcpkitError
from ocpkit.tools import ToolError

from ._report import Check, Report, Result, Verdict

__all__ = [
    "CheckFailedError",
    "NotApplicableError",
    "Probe",
    "connectable",
    "progress_printer",
    "run_catalogue",
    "select",
]

C = TypeVar("C")

DEFAULT_DEADLINE: Final = 10.0
CONNECT_TIMEOUT: Final = 5.0


class CheckFailedError(OcpkitError):
    """The rule did not hold; the message says what was seen."""


class NotApplicableError(OcpkitError):
    """The rule does not apply to this target; the message says why."""


@attrs.frozen
class Probe(Generic[C]):
    """One check of a catalogue and the coroutine that judges it against a context ``C``."""

    check: Check
    run: Callable[[C], Awaitable[None]]
    deadline: float = DEFAULT_DEADLINE


def select(catalogue: Sequence[Probe[C]], only: Iterable[str] | None) -> list[Probe[C]]:
    """The entries named by ``only`` (ids, or id prefixes ending in ``.`` such as ``frames.``),
    in catalogue order; all of them when ``only`` is None. :class:`ToolError` (status 2) for a
    name that matches nothing."""
    if only is None:
        return list(catalogue)
    wanted = list(only)
    for name in wanted:
        if not any(_matches(entry.check.id, name) for entry in catalogue):
            known = ", ".join(entry.check.id for entry in catalogue)
            raise ToolError(f"no check {name!r} (the checks: {known})", status=2)
    return [entry for entry in catalogue if any(_matches(entry.check.id, n) for n in wanted)]


def _matches(check_id: str, name: str) -> bool:
    return check_id == name or (name.endswith(".") and check_id.startswith(name))


async def _judge(entry: Probe[C], context: C) -> tuple[Verdict, str]:
    try:
        async with asyncio.timeout(entry.deadline):
            await entry.run(context)
    except CheckFailedError as failed:
        return Verdict.FAIL, str(failed)
    except NotApplicableError as reason:
        return Verdict.NOT_APPLICABLE, str(reason)
    except TimeoutError:
        return Verdict.FAIL, f"no verdict within {entry.deadline:g} s"
    except Exception as error:
        return Verdict.FAIL, f"{type(error).__name__}: {error}"
    return Verdict.PASS, ""


async def run_catalogue(
    catalogue: Sequence[Probe[C]],
    context: C,
    *,
    probe: str,
    target: str,
    version: str,
    on_result: Callable[[Result], None] | None = None,
) -> Report:
    """Judge each entry in order against ``context``; ``on_result`` sees each result as it is
    made (a progress line)."""
    started = datetime.now(UTC)
    results: list[Result] = []
    for entry in catalogue:
        begun = time.monotonic()
        verdict, seen = await _judge(entry, context)
        result = Result(entry.check, verdict, seen, time.monotonic() - begun)
        results.append(result)
        if on_result is not None:
            on_result(result)
    return Report(
        probe=probe, target=target, version=version, started=started, results=tuple(results)
    )


async def connectable(url: str) -> None:
    """:class:`ToolError` (status 2) unless a TCP connection to ``url``'s host and port (443
    for ``wss``/``https``, else 80, when none is given) opens: a target that cannot be reached
    at all is a usage error, not a report of failed checks."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    port = parts.port or (443 if parts.scheme.lower() in ("wss", "https") else 80)
    try:
        async with asyncio.timeout(CONNECT_TIMEOUT):
            _, writer = await asyncio.open_connection(host, port)
    except (OSError, TimeoutError) as error:
        reason = error or "timed out"
        raise ToolError(f"cannot connect to {host}:{port}: {reason}", status=2) from None
    writer.close()
    with contextlib.suppress(OSError):
        await writer.wait_closed()


def progress_printer(out: IO[str] | None) -> Callable[[Result], None] | None:
    """An ``on_result`` for :func:`run_catalogue` writing a line per check to ``out`` (None: no
    progress)."""
    if out is None:
        return None

    def show(result: Result) -> None:
        out.write(f"{result.mark}  {result.check.id}\n")
        out.flush()

    return show
