"""The ``ocpkit`` command.

``ocpkit validate --ocpp VERSION [--tolerant] [--format text|json] FILE|-`` checks an OCPP-J log
(one frame per line, ``-`` for standard input) and prints one line per finding and a summary; the
checking itself is :mod:`ocpkit.ocpp.logcheck`. Exit status: 0 when every non-blank line is a
valid frame, 1 when a frame is invalid or a line is not a frame, 2 for a usage error, a file that
cannot be read, or an unknown OCPP version.

``ocpkit validate --ocpi VERSION --type NAME [--envelope | --patch | --partial] [--strict]
[--format text|json] FILE|-`` checks an OCPI JSON payload (an object, a list of objects judged
one by one, a response envelope, a PATCH body or a fragment) against that version's definitions
(:mod:`ocpkit.ocpi.check`): one line per violation with the item index and JSON path, then a
summary. Exit status: 0 when valid, 1 when anything is invalid, 2 for a usage error (unknown
version or type), a file that cannot be read, or input that is not JSON.

``ocpkit csms [--ocpp 1.6,2.0.1,2.1] [--host H] [--port N] [--password P] [--quiet]
[--transport websockets|picows] [--stop-after S]`` runs a CSMS that answers every call, printing
one JSON line per event and frame until SIGINT or SIGTERM (exit status 0).

``ocpkit charger --url ws://HOST:PORT/IDENTITY [--ocpp 2.0.1] [--password P] [--transport T]
[--charge-for S]`` plays a charge session against a CSMS: 0 when it completed, 1 otherwise.

``ocpkit demo [--ocpp 1.6|2.0.1|2.1]`` plays that session between a CSMS and a station in one
process and prints the frames: 0 when it completed.

Each subcommand is one ``_add_<name>`` function that declares its arguments and a handler; the
programs themselves live in :mod:`ocpkit.tools`, whose :class:`~ocpkit.tools.ToolError` becomes
``ocpkit <command>: <message>`` with the error's exit status.
"""

import argparse
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import IO, Any, Final

import orjson

from ocpkit.ocpi.check import CheckReport, PayloadShape, check_payload, object_types
from ocpkit.ocpi.reading import NotJsonError
from ocpkit.ocpi.version import OcpiVersion
from ocpkit.ocpp.logcheck import MAX_PENDING, Finding, LogChecker, Summary
from ocpkit.ocpp.validation import ValidationMode
from ocpkit.ocpp.version import OcppVersion
from ocpkit.tools import ToolError

__all__ = ["main"]

EXIT_OK: Final = 0
EXIT_INVALID: Final = 1
EXIT_USAGE: Final = 2
EXIT_BROKEN_PIPE: Final = 141  # as a shell reports a process ended by SIGPIPE

Handler = Callable[[argparse.Namespace], int]


class _CommandError(Exception):
    """A failure to report as ``ocpkit <command>: <message>`` with exit status 2."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``ocpkit`` command with ``argv`` (default: ``sys.argv[1:]``); return the status."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # --help (0) and usage errors (2): argparse has printed them
        return exit_.code if isinstance(exit_.code, int) else EXIT_USAGE
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return EXIT_USAGE
    try:
        return handler(args)
    except _CommandError as error:
        print(f"ocpkit {args.command}: {error}", file=sys.stderr)
        return EXIT_USAGE
    except ToolError as error:
        print(f"ocpkit {args.command}: {error}", file=sys.stderr)
        return error.status
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (``ocpkit validate big.log | head``): stop quietly, and keep
        # Python from complaining again when it flushes stdout at exit.
        _silence_stdout()
        return EXIT_BROKEN_PIPE


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # no real stdout (captured in tests)
        pass


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ocpkit",
        description="Typed, exact OCPP and OCPI tools.",
    )
    commands = parser.add_subparsers(title="commands", dest="command", metavar="COMMAND")
    _add_validate(commands)
    _add_csms(commands)
    _add_charger(commands)
    _add_demo(commands)
    return parser


def _version(text: str) -> OcppVersion:
    try:
        return OcppVersion.parse(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _versions(text: str) -> tuple[OcppVersion, ...]:
    parts = [part for part in text.split(",") if part.strip()]
    if not parts:
        raise argparse.ArgumentTypeError("expected one or more OCPP versions, e.g. 2.0.1,1.6")
    versions = tuple(_version(part) for part in parts)
    if len(set(versions)) != len(versions):
        raise argparse.ArgumentTypeError(f"a version is named twice in {text!r}")
    return versions


def _port(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"expected a port number from 0 to 65535, got {text!r}")
    return value


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 <= value < float("inf"):
        raise argparse.ArgumentTypeError(f"expected a number of seconds, got {text!r}")
    return value


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a positive integer, got {text!r}")
    return value


def _ocpi_version(text: str) -> OcpiVersion:
    try:
        return OcpiVersion(text)
    except ValueError:
        known = ", ".join(v.value for v in OcpiVersion)
        raise argparse.ArgumentTypeError(
            f"unknown OCPI version {text!r} (known: {known})"
        ) from None


def _add_validate(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    parser = commands.add_parser(
        "validate",
        help="check an OCPP-J log or an OCPI payload against the official definitions",
        description=(
            "With --ocpp: check an OCPP-J log, one frame per line (blank lines are skipped), "
            "against the schemas of an OCPP version. Prints one line per invalid frame (line "
            "number, message id, action, the error code the version prescribes, JSON path and "
            "reason) and a summary. A CALLRESULT is checked against the CALL with the same id "
            f"earlier in the log; at most --max-pending (default {MAX_PENDING:,}) unanswered "
            "CALLs are remembered. With --ocpi and --type: check a JSON payload (an object, a "
            "list of objects each judged on its own, an envelope, a PATCH body or a fragment) "
            "and print each violation with its item index and JSON path. Exit status: 0 when "
            "valid, 1 otherwise, 2 on usage errors, unreadable files and input that is not JSON."
        ),
    )
    protocol = parser.add_mutually_exclusive_group(required=True)
    protocol.add_argument(
        "--ocpp",
        type=_version,
        metavar="VERSION",
        help="the OCPP version of the log: 1.6, 2.0.1 or 2.1",
    )
    protocol.add_argument(
        "--ocpi",
        type=_ocpi_version,
        metavar="VERSION",
        help="the OCPI version of the payload: 2.1.1, 2.2.1 or 2.3.0",
    )
    parser.add_argument(
        "--tolerant",
        action="store_true",
        help="OCPP: forgive what real chargers get wrong (over-long strings, unknown enum "
        "values, unknown fields, date-times without offset): print them as warnings, count the "
        "frame as valid",
    )
    parser.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text (default) or json: one JSON object per finding, then one with the summary",
    )
    parser.add_argument(
        "--max-pending",
        type=_positive,
        default=MAX_PENDING,
        metavar="N",
        help=f"OCPP: unanswered CALLs to remember (default {MAX_PENDING:,})",
    )
    ocpi = parser.add_argument_group("OCPI payloads")
    ocpi.add_argument(
        "--type",
        metavar="NAME",
        help="OCPI: the object the payload holds (Location, EVSE, Tariff, CDR, ...)",
    )
    shape = ocpi.add_mutually_exclusive_group()
    for flag, value, text in (
        ("--envelope", PayloadShape.ENVELOPE, "a whole response envelope; data is checked"),
        ("--patch", PayloadShape.PATCH, "a PATCH body (2.2.1+: last_updated is required)"),
        ("--partial", PayloadShape.PARTIAL, "any fragment of the object, nothing required"),
    ):
        shape.add_argument(
            flag, dest="shape", action="store_const", const=value, help=f"OCPI: {text}"
        )
    ocpi.add_argument(
        "--strict",
        action="store_true",
        help="OCPI: count fields the specification does not define as violations (by default "
        "they are warnings: receivers must accept them)",
    )
    parser.add_argument("file", metavar="FILE", help="the log or payload, or - for stdin")
    parser.set_defaults(handler=_validate, shape=PayloadShape.OBJECT)


def _validate(args: argparse.Namespace) -> int:
    if args.ocpi is not None:
        return _validate_ocpi(args)
    if args.type is not None or args.strict or args.shape is not PayloadShape.OBJECT:
        raise _CommandError("--type, --envelope, --patch, --partial and --strict need --ocpi")
    mode = ValidationMode.TOLERANT if args.tolerant else ValidationMode.STRICT
    checker = LogChecker(args.ocpp, mode, max_pending=args.max_pending)
    emit = _json_printer() if args.format == "json" else _text_printer()
    out = sys.stdout
    if args.file == "-":
        _check(checker, sys.stdin.buffer, emit, out, "standard input")
    else:
        try:
            stream = open(args.file, "rb")  # noqa: SIM115 (closed below; open errors reported)
        except OSError as error:
            raise _CommandError(f"cannot read {args.file}: {error.strerror or error}") from None
        with stream:
            _check(checker, stream, emit, out, args.file)
    summary = checker.summary()
    emit(summary, out)
    out.flush()
    return EXIT_OK if summary.ok else EXIT_INVALID


def _validate_ocpi(args: argparse.Namespace) -> int:
    if args.type is None:
        raise _CommandError("--ocpi needs --type NAME (e.g. --type Location)")
    if args.tolerant or args.max_pending != MAX_PENDING:
        raise _CommandError("--tolerant and --max-pending are for OCPP logs (--ocpp)")
    known = object_types(args.ocpi)
    if args.type not in known:
        names = ", ".join(sorted(known, key=str.lower))
        raise _CommandError(f"OCPI {args.ocpi} defines no object {args.type!r}; known: {names}")
    name = "standard input" if args.file == "-" else args.file
    try:
        if args.file == "-":
            data = sys.stdin.buffer.read()
        else:
            with open(args.file, "rb") as stream:
                data = stream.read()
    except OSError as error:
        raise _CommandError(f"cannot read {name}: {error.strerror or error}") from None
    try:
        report = check_payload(
            data, version=args.ocpi, type_name=args.type, shape=args.shape, strict=args.strict
        )
    except NotJsonError:
        raise _CommandError(f"{name} is not JSON") from None
    _print_report(report, args.format, sys.stdout)
    return EXIT_OK if report.ok else EXIT_INVALID


def _print_report(report: CheckReport, format_: str, out: IO[str]) -> None:
    if format_ == "json":
        for finding in report.findings:
            record = {
                "index": finding.index,
                "path": finding.violation.path,
                "kind": finding.violation.kind,
                "message": finding.violation.message,
                "warning": finding.warning,
            }
            out.write(orjson.dumps(record).decode() + "\n")
        summary = {"items": report.items, "invalid": report.invalid, "ok": report.ok}
        out.write(orjson.dumps({"summary": summary}).decode() + "\n")
    else:
        for finding in report.findings:
            out.write(f"{finding}\n")
        out.write(report.summary() + "\n")
    out.flush()


Printer = Callable[[Finding | Summary, IO[str]], None]


def _check(checker: LogChecker, stream: IO[bytes], emit: Printer, out: IO[str], name: str) -> None:
    for line in _lines(stream, name):  # line by line: memory does not grow with the file
        for finding in checker.feed(line):
            emit(finding, out)


def _lines(stream: IO[bytes], name: str) -> Iterator[bytes]:
    """The lines of ``stream``; a read error (not a write error) becomes a command error."""
    try:
        yield from stream
    except OSError as error:
        raise _CommandError(f"cannot read {name}: {error.strerror or error}") from None


def _text_printer() -> Printer:
    def emit(record: Finding | Summary, out: IO[str]) -> None:
        out.write(record.format() + "\n")

    return emit


def _json_printer() -> Printer:
    try:
        from cattrs.preconf.orjson import make_converter
    except ImportError:  # pragma: no cover - cattrs is installed with ocpkit
        raise _CommandError("--format json needs the cattrs package") from None
    converter = make_converter()

    def emit(record: Finding | Summary, out: IO[str]) -> None:
        data: Any = converter.unstructure(record)
        if isinstance(record, Summary):
            data = {"summary": data}
        out.write(orjson.dumps(data).decode() + "\n")

    return emit


_TRANSPORTS: Final = ("websockets", "picows")


def _add_transport(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--transport",
        choices=_TRANSPORTS,
        default="websockets",
        help="the WebSocket library: websockets (default) or picows",
    )


def _add_csms(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    parser = commands.add_parser(
        "csms",
        help="run a CSMS that answers every call of the charging stations that connect",
        description=(
            "Run a CSMS: charging stations connect to ws://HOST:PORT/IDENTITY with one of the "
            "OCPP versions offered, and every call they make gets a valid answer (BootNotification "
            "Accepted, Authorize Accepted, ...). Prints one JSON line per event and per frame; "
            'the first is {"event": "listening", "port": N, ...}. Runs until SIGINT or SIGTERM, '
            "then exits with status 0."
        ),
    )
    parser.add_argument(
        "--ocpp",
        type=_versions,
        default=(OcppVersion.V16, OcppVersion.V201, OcppVersion.V21),
        metavar="VERSIONS",
        help="the OCPP versions accepted, comma-separated (default: 1.6,2.0.1,2.1)",
    )
    parser.add_argument(
        "--host", default="127.0.0.1", help="the address to listen on (default 127.0.0.1)"
    )
    parser.add_argument(
        "--port", type=_port, default=9000, help="the port (default 9000; 0 picks a free one)"
    )
    parser.add_argument(
        "--password",
        metavar="SECRET",
        help="require HTTP Basic authentication with this password (user name: the identity)",
    )
    parser.add_argument("--quiet", action="store_true", help="print events only, not every frame")
    _add_transport(parser)
    parser.add_argument(
        "--stop-after",
        type=_seconds,
        metavar="SECONDS",
        help="ask the station to stop each transaction this long after its first meter values "
        "(default: never)",
    )
    parser.set_defaults(handler=_csms)


def _csms(args: argparse.Namespace) -> int:
    from ocpkit.tools.csms import CsmsSettings, run_csms

    settings = CsmsSettings(
        host=args.host,
        port=args.port,
        versions=args.ocpp,
        password=args.password,
        transport=args.transport,
        stop_after=args.stop_after,
    )
    return run_csms(settings, quiet=args.quiet, out=sys.stdout)


def _add_charger(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    parser = commands.add_parser(
        "charger",
        help="play a charge session against a CSMS as a simulated charging station",
        description=(
            "Connect to a CSMS as a charging station and play a charge session: boot, status, "
            "authorize, start a transaction, report meter values, wait for the CSMS to stop it "
            "(or stop it after --charge-for seconds), end it, report the status. Calls from the "
            "CSMS get valid answers. Prints every frame. Exit status: 0 when the session "
            "completed, 1 when it did not (the reason is printed), 2 for unusable arguments."
        ),
    )
    parser.add_argument(
        "--url",
        required=True,
        help="the CSMS endpoint ending in the station identity: ws://HOST:PORT/IDENTITY",
    )
    parser.add_argument(
        "--ocpp",
        type=_versions,
        default=(OcppVersion.V201,),
        metavar="VERSIONS",
        help="the OCPP versions offered, preferred first, comma-separated (default: 2.0.1)",
    )
    parser.add_argument(
        "--password", metavar="SECRET", help="the HTTP Basic authentication password"
    )
    _add_transport(parser)
    parser.add_argument(
        "--charge-for",
        type=_seconds,
        default=2.0,
        metavar="SECONDS",
        help="how long to wait for the CSMS to stop the transaction before the station stops it "
        "(default 2)",
    )
    parser.set_defaults(handler=_charger)


def _charger(args: argparse.Namespace) -> int:
    from ocpkit.tools.charger import StationSettings, run_charger

    settings = StationSettings(
        url=args.url,
        versions=args.ocpp,
        password=args.password,
        transport=args.transport,
        charge_for=args.charge_for,
    )
    return run_charger(settings, out=sys.stdout, err=sys.stderr)


def _add_demo(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    parser = commands.add_parser(
        "demo",
        help="play a charge session between a CSMS and a charging station, in one process",
        description=(
            "Start a CSMS on 127.0.0.1 and a simulated charging station that connects to it, "
            "play a charge session (boot, authorize, start, meter values, a stop requested by "
            "the CSMS, end) and print every frame. Exit status 0 when the session completed."
        ),
    )
    parser.add_argument(
        "--ocpp",
        type=_version,
        default=OcppVersion.V201,
        metavar="VERSION",
        help="the OCPP version: 1.6, 2.0.1 (default) or 2.1",
    )
    parser.set_defaults(handler=_demo)


def _demo(args: argparse.Namespace) -> int:
    from ocpkit.tools.demo import run_demo

    return run_demo(args.ocpp, out=sys.stdout)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
