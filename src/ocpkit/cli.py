"""The ``ocpkit`` command.

``ocpkit validate --ocpp VERSION [--tolerant] [--format text|json] FILE|-`` checks an OCPP-J log
(one frame per line, ``-`` for standard input) and prints one line per finding and a summary; the
checking itself is :mod:`ocpkit.ocpp.logcheck`. Exit status: 0 when every non-blank line is a
valid frame, 1 when a frame is invalid or a line is not a frame, 2 for a usage error, a file that
cannot be read, or an unknown OCPP version.

More subcommands (``demo``, ``csms``, ``charger``) will join ``validate``; each is one
``_add_<name>`` function that declares its arguments and a handler.
"""

import argparse
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import IO, Any, Final

import orjson

from ocpkit.ocpp.logcheck import MAX_PENDING, Finding, LogChecker, Summary
from ocpkit.ocpp.validation import ValidationMode
from ocpkit.ocpp.version import OcppVersion

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
    return parser


def _version(text: str) -> OcppVersion:
    try:
        return OcppVersion.parse(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a positive integer, got {text!r}")
    return value


def _add_validate(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    parser = commands.add_parser(
        "validate",
        help="check an OCPP-J log (one frame per line) against the official schemas",
        description=(
            "Check an OCPP-J log, one frame per line (blank lines are skipped), against the "
            "schemas of an OCPP version. Prints one line per invalid frame (line number, message "
            "id, action, the error code the version prescribes, JSON path and reason) and a "
            "summary. A CALLRESULT is checked against the CALL with the same id earlier in the "
            f"log; at most --max-pending (default {MAX_PENDING:,}) unanswered CALLs are "
            "remembered. Exit status: 0 when every non-blank line is a valid frame, 1 otherwise, "
            "2 on usage errors and unreadable files."
        ),
    )
    parser.add_argument(
        "--ocpp",
        required=True,
        type=_version,
        metavar="VERSION",
        help="the OCPP version of the log: 1.6, 2.0.1 or 2.1",
    )
    parser.add_argument(
        "--tolerant",
        action="store_true",
        help="forgive what real chargers get wrong (over-long strings, unknown enum values, "
        "unknown fields, date-times without offset): print them as warnings, count the frame "
        "as valid",
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
        help=f"unanswered CALLs to remember (default {MAX_PENDING:,})",
    )
    parser.add_argument("file", metavar="FILE", help="the log file, or - for standard input")
    parser.set_defaults(handler=_validate)


def _validate(args: argparse.Namespace) -> int:
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


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
