"""The ``ocpkit probe`` command group: arguments, and the runs they start.

``ocpkit probe csms URL --ocpp V [--identity ID] [--password P | --password-hex HEX]
[--only CHECK ...] [--timeout S] [--report FILE.json] [--junit FILE.xml]`` acts as a charging
station; ``ocpkit probe charger --listen HOST:PORT --ocpp V [...] [--wait S]
[--call-timeout S]`` acts as a CSMS for a station that connects to it (``--call-timeout``: how
long the station waits for an answer to its own call at most, 30 s by default); ``ocpkit probe
ocpi URL --token A [--version V]`` checks an OCPI peer read-only. Each prints its report as
text; ``--report`` and ``--junit`` also write it as JSON and JUnit XML. ``--list`` prints the
catalogue (id, rule, section) without connecting. Exit status: 0 all passed, 1 a check
failed, 2 usage errors and unreachable targets.
"""

import argparse
import asyncio
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO, Any, Final

from ocpkit.tools import ToolError
from ocpkit.tools._arguments import ocpp_version, port, seconds

from ._report import Check

__all__ = ["add_probe"]

EXIT_USAGE: Final = 2

Handler = Callable[[argparse.Namespace], int]
SubParsers = "argparse._SubParsersAction[argparse.ArgumentParser]"


def _password_hex(text: str) -> bytes:
    try:
        return bytes.fromhex(text)
    except ValueError:
        raise argparse.ArgumentTypeError("not hexadecimal") from None


def _listen(text: str) -> tuple[str, int]:
    host, colon, number = text.rpartition(":")
    if not colon or not host:
        raise argparse.ArgumentTypeError(f"not HOST:PORT: {text!r}")
    return host, port(number)


def _add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--only",
        nargs="+",
        metavar="CHECK",
        help="run only these checks (ids, or prefixes ending in '.', such as frames.)",
    )
    parser.add_argument("--report", type=Path, metavar="FILE", help="also write JSON here")
    parser.add_argument("--junit", type=Path, metavar="FILE", help="also write JUnit XML here")
    parser.add_argument(
        "--list", action="store_true", help="print the checks (id, rule, section) and exit"
    )


def _add_password(parser: argparse.ArgumentParser) -> None:
    secret = parser.add_mutually_exclusive_group()
    secret.add_argument("--password", metavar="SECRET", help="the HTTP Basic password")
    secret.add_argument(
        "--password-hex",
        type=_password_hex,
        metavar="HEX",
        help="the password as hexadecimal bytes (an OCPP 1.6 AuthorizationKey)",
    )


def add_probe(commands: Any) -> None:
    """Declare ``ocpkit probe`` and its three targets on ``commands`` (a subparsers action)."""
    parser = commands.add_parser(
        "probe",
        help="check a CSMS, a charging station or an OCPI peer against the specifications",
        description=(
            "Run a catalogue of checks against a CSMS, a charging station or an OCPI peer and "
            "report a verdict per check. Exit status: 0 when every check passed or did not "
            "apply, 1 when one failed, 2 for usage errors and targets that cannot be reached."
        ),
    )
    targets = parser.add_subparsers(title="targets", dest="target", metavar="TARGET")

    csms = targets.add_parser(
        "csms",
        help="check a CSMS, acting as a charging station",
        description="Check a CSMS at ws://HOST:PORT/PATH, acting as a charging station.",
    )
    csms.add_argument("url", nargs="?", help="the CSMS endpoint (the identity is appended)")
    csms.add_argument("--ocpp", type=ocpp_version, required=True, metavar="VERSION")
    csms.add_argument("--identity", default="OCPKIT-PROBE", help="default OCPKIT-PROBE")
    csms.add_argument("--timeout", type=seconds, default=3.0, help="seconds per reply (3)")
    _add_password(csms)
    _add_common(csms)
    csms.set_defaults(handler=_csms, command_name="probe csms")

    charger = targets.add_parser(
        "charger",
        help="check a charging station, acting as a CSMS it connects to",
        description="Listen as a CSMS and check the charging station that connects.",
    )
    charger.add_argument("--listen", type=_listen, default=("127.0.0.1", 0), metavar="HOST:PORT")
    charger.add_argument("--ocpp", type=ocpp_version, required=True, metavar="VERSION")
    charger.add_argument("--timeout", type=seconds, default=3.0, help="seconds per reply (3)")
    charger.add_argument(
        "--call-timeout",
        type=seconds,
        default=30.0,
        help="seconds the station waits for an answer to its own call at most (30)",
    )
    charger.add_argument(
        "--transaction",
        action="store_true",
        help="let the probe start (and stop) a charging transaction, for retries.transaction",
    )
    charger.add_argument(
        "--retry-wait",
        type=seconds,
        default=60.0,
        help="seconds the station has to send a refused transaction message again (60)",
    )
    charger.add_argument(
        "--wait", type=seconds, default=60.0, help="seconds to wait for the station (60)"
    )
    _add_password(charger)
    _add_common(charger)
    charger.set_defaults(handler=_charger, command_name="probe charger")

    ocpi = targets.add_parser(
        "ocpi",
        help="check an OCPI peer (read only), from its versions URL",
        description="Check an OCPI peer read-only from its versions URL, with token A.",
    )
    ocpi.add_argument("url", nargs="?", help="the peer's versions URL")
    ocpi.add_argument("--token", help="the credentials token to use")
    ocpi.add_argument("--version", dest="ocpi_version", metavar="VERSION", help="force a version")
    ocpi.add_argument("--timeout", type=seconds, default=10.0, help="seconds per request (10)")
    _add_common(ocpi)
    ocpi.set_defaults(handler=_ocpi, command_name="probe ocpi")

    def usage(args: argparse.Namespace) -> int:
        parser.print_help(sys.stderr)
        return EXIT_USAGE

    parser.set_defaults(handler=usage)


def _password(args: argparse.Namespace) -> str | bytes | None:
    secret: str | bytes | None = args.password if args.password is not None else args.password_hex
    return secret


def _listed(checks: Sequence[Check], out: IO[str]) -> int:
    width = max(len(check.id) for check in checks)
    for check in checks:
        out.write(f"{check.id:<{width}}  {check.rule}  [{check.section}]\n")
    return 0


def _files(args: argparse.Namespace) -> Any:
    from . import ReportFiles

    return ReportFiles(json=args.report, junit=args.junit)


def _csms(args: argparse.Namespace) -> int:
    from . import CsmsProbeSettings, probe_csms, write_report
    from .csms import catalogue

    if args.list:
        return _listed([entry.check for entry in catalogue(args.ocpp)], sys.stdout)
    if args.url is None:
        raise ToolError("the CSMS URL is missing", status=2)
    settings = CsmsProbeSettings(
        url=args.url,
        version=args.ocpp,
        identity=args.identity,
        password=_password(args),
        only=args.only,
        reply_timeout=args.timeout,
    )
    report = asyncio.run(probe_csms(settings))
    return write_report(report, _files(args))


def _charger(args: argparse.Namespace) -> int:
    from . import write_report
    from .charger import ChargerProbeSettings, catalogue, probe_charger

    if args.list:
        return _listed([entry.check for entry in catalogue(args.ocpp)], sys.stdout)
    host, port = args.listen
    settings = ChargerProbeSettings(
        host=host,
        port=port,
        version=args.ocpp,
        password=_password(args),
        only=args.only,
        reply_timeout=args.timeout,
        call_timeout=args.call_timeout,
        transactions=args.transaction,
        retry_wait=args.retry_wait,
        wait=args.wait,
    )
    report = asyncio.run(probe_charger(settings, progress=sys.stderr))
    return write_report(report, _files(args))


def _ocpi(args: argparse.Namespace) -> int:
    from . import write_report
    from .ocpi import OcpiProbeSettings, catalogue, probe_ocpi, version_asked

    if args.list:  # the sections differ per version: those of --version, else the newest
        version = version_asked(args.ocpi_version)
        return _listed([entry.check for entry in catalogue(version)], sys.stdout)
    if args.url is None or args.token is None:
        raise ToolError("the versions URL and --token are needed", status=2)
    settings = OcpiProbeSettings(
        versions_url=args.url,
        token=args.token,
        version=args.ocpi_version,
        only=args.only,
        timeout=args.timeout,
    )
    report = asyncio.run(probe_ocpi(settings))
    return write_report(report, _files(args))
