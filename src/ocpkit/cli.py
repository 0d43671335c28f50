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
[--transport websockets|picows] [--stop-after S] [--nats URL [--namespace NS] [--node NAME]]``
runs a CSMS that answers every call, printing one JSON line per event and frame until SIGINT or
SIGTERM (exit status 0); with ``--nats`` it is a node of a cluster on NATS.

``ocpkit call --nats URL [--namespace NS] --ocpp VERSION [--timeout S] IDENTITY ACTION
[PAYLOAD]`` sends one CSMS-initiated call to a station held by any node of that cluster
(:mod:`ocpkit.tools.call`) and prints the answer's JSON: 0 answered, 1 failed, 2 usage error.

``ocpkit charger --url ws://HOST:PORT/IDENTITY [--ocpp 2.0.1] [--password P] [--transport T]
[--charge-for S]`` plays a charge session against a CSMS: 0 when it completed, 1 otherwise.

``ocpkit demo [--ocpp 1.6|2.0.1|2.1]`` plays that session between a CSMS and a station in one
process and prints the frames: 0 when it completed.

``ocpkit ocpi cpo [--host H] [--port N] [--version 2.1.1|2.2.1|2.3.0] [--locations N]
[--invalid-locations N] [--token A] [--seed S] [--page-limit L]`` runs a simulated CPO
(:mod:`ocpkit.tools.ocpi_cpo`): versions, credentials, paginated Locations, Sessions, CDRs and
Tariffs, Tokens pushed to it, commands with their results POSTed back. It prints one JSON line
per event, the first ``{"event": "listening", "port": N, "versions_url": ..., ...}`` (with
``token`` when token A was generated), then one per request served and per result posted, until
SIGINT or SIGTERM (exit status 0); 2 for a usage error or an address it cannot listen on.

``ocpkit ocpi emsp --url http://HOST:PORT/ocpi/versions --token A [--version V] [--format
text|json]`` runs a simulated eMSP against a CPO (:mod:`ocpkit.tools.ocpi_emsp`): registration,
a crawl of every Sender module offered, a Token pushed, a StartSession and its result, the
unregistration. Exit status: 0 when the CPO conformed throughout, 1 when anything failed or was
invalid, 2 for a usage error or a CPO that does not answer.

``ocpkit demo --ocpi [--version 2.1.1|2.2.1|2.3.0] [--locations N]`` plays registration, a
Locations crawl over several pages and a StartSession with its result between a CPO and an eMSP
in one process, printing every HTTP exchange (:mod:`ocpkit.tools.ocpi_demo`): 0 when it
completed, 1 when it did not.

``ocpkit probe csms|charger|ocpi ...`` checks a CSMS, a charging station or an OCPI peer against
the specifications and reports a verdict per check (:mod:`ocpkit.tools.probe`): 0 when every
check passed, 1 when one failed, 2 for usage errors and unreachable targets.

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
from ocpkit.tools._arguments import ocpp_version as _version
from ocpkit.tools._arguments import port as _port
from ocpkit.tools._arguments import seconds as _seconds
from ocpkit.tools.call import DEFAULT_TIMEOUT as DEFAULT_CALL_TIMEOUT
from ocpkit.tools.probe.command import add_probe

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
        print(f"ocpkit {_name(args)}: {error}", file=sys.stderr)
        return EXIT_USAGE
    except ToolError as error:
        print(f"ocpkit {_name(args)}: {error}", file=sys.stderr)
        return error.status
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (``ocpkit validate big.log | head``): stop quietly, and keep
        # Python from complaining again when it flushes stdout at exit.
        _silence_stdout()
        return EXIT_BROKEN_PIPE


def _name(args: argparse.Namespace) -> str:
    """The command as typed: ``validate``, or ``ocpi cpo`` for a command of a group."""
    return str(getattr(args, "command_name", None) or args.command)


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
    _add_call(commands)
    _add_charger(commands)
    _add_demo(commands)
    _add_ocpi(commands)
    add_probe(commands)
    return parser


def _versions(text: str) -> tuple[OcppVersion, ...]:
    parts = [part for part in text.split(",") if part.strip()]
    if not parts:
        raise argparse.ArgumentTypeError("expected one or more OCPP versions, e.g. 2.0.1,1.6")
    versions = tuple(_version(part) for part in parts)
    if len(set(versions)) != len(versions):
        raise argparse.ArgumentTypeError(f"a version is named twice in {text!r}")
    return versions


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


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(f"expected a whole number >= 0, got {text!r}")
    return value


def _integer(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None


def _credentials_token(text: str) -> str:
    from ocpkit.ocpi.headers import CredentialsToken, CredentialsTokenError

    try:
        CredentialsToken(text)
    except CredentialsTokenError as error:  # never quote the token: it is a secret
        raise argparse.ArgumentTypeError(f"not a credentials token: {error.reason}") from None
    return text


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
    _add_nats(parser)
    parser.add_argument(
        "--node",
        metavar="NAME",
        help="this node's name in the cluster (default: host name and process id)",
    )
    parser.set_defaults(handler=_csms)


def _add_nats(parser: argparse.ArgumentParser, *, required: bool = False) -> None:
    parser.add_argument(
        "--nats",
        metavar="URL",
        required=required,
        help="the NATS server of the cluster, nats://HOST:PORT (needs ocpkit[nats])"
        + ("" if required else "; with it the CSMS is a node of the cluster"),
    )
    parser.add_argument(
        "--namespace",
        default="ocpkit",
        help="the cluster's namespace on NATS (default: ocpkit)",
    )


def _csms(args: argparse.Namespace) -> int:
    from ocpkit.tools.csms import CsmsSettings, run_csms

    settings = CsmsSettings(
        host=args.host,
        port=args.port,
        versions=args.ocpp,
        password=args.password,
        transport=args.transport,
        stop_after=args.stop_after,
        nats_url=args.nats,
        namespace=args.namespace,
        node=args.node,
    )
    return run_csms(settings, quiet=args.quiet, out=sys.stdout)


def _add_call(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    parser = commands.add_parser(
        "call",
        help="send a CSMS-initiated call to a station through a cluster's NATS",
        description=(
            "Send one CSMS-initiated call to a charging station connected to any node of a "
            "cluster (ocpkit csms --nats) and print the typed answer as JSON. Exit status: 0 "
            "answered, 1 the call failed (not connected, timeout, CALLERROR, invalid answer), "
            "2 usage errors (unknown action, payload that is not a valid request)."
        ),
    )
    _add_nats(parser, required=True)
    parser.add_argument(
        "--ocpp", type=_version, required=True, metavar="VERSION", help="1.6, 2.0.1 or 2.1"
    )
    parser.add_argument(
        "--timeout",
        type=_seconds,
        default=DEFAULT_CALL_TIMEOUT,
        help=f"seconds to wait (default {DEFAULT_CALL_TIMEOUT:g})",
    )
    parser.add_argument("identity", help="the charging station's identity")
    parser.add_argument("action", help="the OCPP action, e.g. Reset")
    parser.add_argument(
        "payload", nargs="?", default="{}", help="the request as JSON (default: {})"
    )
    parser.set_defaults(handler=_call)


def _call(args: argparse.Namespace) -> int:
    import asyncio

    from ocpkit.tools.call import CallSettings, run_call

    settings = CallSettings(
        nats_url=args.nats,
        version=args.ocpp,
        identity=args.identity,
        action=args.action,
        payload=args.payload,
        namespace=args.namespace,
        timeout=args.timeout,
    )
    return asyncio.run(run_call(settings, out=sys.stdout, err=sys.stderr))


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
            "the CSMS, end) and print every frame. Exit status 0 when the session completed. "
            "With --ocpi: start a simulated CPO and eMSP on 127.0.0.1 instead, play the "
            "registration, a Locations crawl over several pages and a StartSession with its "
            "result, and print every HTTP exchange; exit status 0 when it completed, 1 when not."
        ),
    )
    parser.add_argument(
        "--ocpp",
        type=_version,
        metavar="VERSION",
        help="the OCPP version: 1.6, 2.0.1 (default) or 2.1",
    )
    parser.add_argument(
        "--ocpi", action="store_true", help="play the OCPI demo (a CPO and an eMSP) instead"
    )
    ocpi = parser.add_argument_group("OCPI demo (--ocpi)")
    ocpi.add_argument(
        "--version",
        type=_ocpi_version,
        metavar="VERSION",
        help="the OCPI version: 2.1.1, 2.2.1 (default) or 2.3.0",
    )
    ocpi.add_argument(
        "--locations",
        type=_positive,
        metavar="N",
        help="how many Locations the CPO serves (default 12: three pages of 5)",
    )
    parser.set_defaults(handler=_demo)


def _demo(args: argparse.Namespace) -> int:
    if args.ocpi:
        if args.ocpp is not None:
            raise _CommandError("--ocpp and --ocpi exclude each other")
        from ocpkit.tools.ocpi_demo import DEMO_LOCATIONS, run_ocpi_demo

        return run_ocpi_demo(
            args.version or OcpiVersion.V221,
            locations=args.locations or DEMO_LOCATIONS,
            out=sys.stdout,
        )
    if args.version is not None or args.locations is not None:
        raise _CommandError("--version and --locations need --ocpi")
    from ocpkit.tools.demo import run_demo

    return run_demo(args.ocpp or OcppVersion.V201, out=sys.stdout)


def _add_ocpi(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    parser = commands.add_parser(
        "ocpi",
        help="run a simulated OCPI party over HTTP: a CPO, or an eMSP that tests a CPO",
        description="Simulated OCPI parties over HTTP (OCPI 2.1.1, 2.2.1 and 2.3.0).",
    )
    parties = parser.add_subparsers(title="parties", dest="party", metavar="PARTY")
    _add_ocpi_cpo(parties)
    _add_ocpi_emsp(parties)

    def usage(args: argparse.Namespace) -> int:
        parser.print_help(sys.stderr)
        return EXIT_USAGE

    parser.set_defaults(handler=usage)


def _add_ocpi_cpo(parties: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    parser = parties.add_parser(
        "cpo",
        help="run a simulated CPO serving generated data",
        description=(
            "Run a simulated CPO on http://HOST:PORT/ocpi/versions: versions, credentials "
            "(a peer registers with token A), paginated Locations, Sessions, CDRs and Tariffs "
            "(generated, schema-valid), Tokens pushed to it (PUT, PATCH, GET) and commands "
            "(answered at once; the result of an accepted one is POSTed to its response_url). "
            'Prints one JSON line per event; the first is {"event": "listening", "port": N, '
            '"versions_url": ..., "version": ...}, with "token" when token A was generated. '
            "Runs until SIGINT or SIGTERM, then exits with status 0."
        ),
    )
    parser.add_argument(
        "--host", default="127.0.0.1", help="the address to listen on (default 127.0.0.1)"
    )
    parser.add_argument(
        "--port", type=_port, default=0, help="the port (default 0: a free one, printed)"
    )
    parser.add_argument(
        "--version",
        type=_ocpi_version,
        default=OcpiVersion.V221,
        metavar="VERSION",
        help="the OCPI version served: 2.1.1, 2.2.1 (default) or 2.3.0",
    )
    parser.add_argument(
        "--locations",
        type=_count,
        metavar="N",
        help="how many Locations to serve (default 50); Sessions are a quarter, CDRs half as many",
    )
    parser.add_argument(
        "--invalid-locations",
        type=_count,
        default=0,
        metavar="N",
        help="serve N more Locations that break the schema, to test how a peer copes",
    )
    parser.add_argument(
        "--token",
        type=_credentials_token,
        metavar="A",
        help="token A, for peers to register with (default: a new one, printed on the "
        "listening line)",
    )
    parser.add_argument(
        "--seed", type=_integer, default=0, help="the seed of the generated data (default 0)"
    )
    parser.add_argument(
        "--page-limit",
        type=_positive,
        metavar="L",
        help="the most objects per page, and the page size by default (default 20)",
    )
    parser.set_defaults(handler=_ocpi_cpo, command_name="ocpi cpo")


def _ocpi_cpo(args: argparse.Namespace) -> int:
    from ocpkit.tools.ocpi_cpo import CpoSettings, cpo_command

    # the defaults of the two counts live in CpoSettings (the help texts repeat them)
    counts = {
        name: value
        for name, value in (("locations", args.locations), ("page_limit", args.page_limit))
        if value is not None
    }
    settings = CpoSettings(
        host=args.host,
        port=args.port,
        version=args.version,
        invalid_locations=args.invalid_locations,
        token=args.token,
        seed=args.seed,
        **counts,
    )
    return cpo_command(settings, out=sys.stdout)


def _add_ocpi_emsp(parties: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    parser = parties.add_parser(
        "emsp",
        help="test a CPO as a simulated eMSP",
        description=(
            "Serve an eMSP's versions, credentials and command-result URLs on 127.0.0.1, "
            "register with the CPO using token A, crawl every Sender module it offers "
            "(locations, sessions, cdrs, tariffs), push a Token, send StartSession and wait for "
            "its result, then unregister; print what happened. Exit status: 0 when the CPO "
            "conformed throughout (registration, complete crawls without invalid objects, the "
            "command accepted and its result received), 1 otherwise, 2 on usage errors or a "
            "CPO that does not answer."
        ),
    )
    parser.add_argument(
        "--url", required=True, help="the CPO's versions URL: http://HOST:PORT/ocpi/versions"
    )
    parser.add_argument(
        "--token",
        required=True,
        type=_credentials_token,
        metavar="A",
        help="token A, which the CPO handed out for registering",
    )
    parser.add_argument(
        "--version",
        type=_ocpi_version,
        metavar="VERSION",
        help="offer only this OCPI version (default: 2.1.1, 2.2.1 and 2.3.0, the highest "
        "both sides list is used)",
    )
    parser.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text (default) or json: one JSON object per event, the last a summary",
    )
    parser.set_defaults(handler=_ocpi_emsp, command_name="ocpi emsp")


def _ocpi_emsp(args: argparse.Namespace) -> int:
    from ocpkit.tools.ocpi_emsp import EmspSettings, emsp_command

    versions = tuple(OcpiVersion) if args.version is None else (args.version,)
    settings = EmspSettings(url=args.url, token=args.token, versions=versions)
    return emsp_command(settings, format=args.format, out=sys.stdout)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
