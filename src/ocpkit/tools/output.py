"""What the tools print: JSON lines (``ocpkit csms``) and readable frames (``demo``, ``charger``).

Each JSON line is one :data:`Record`, an attrs value turned into JSON by a cattrs converter
(``cattrs.preconf.orjson``). Every record starts with ``event`` and ends with ``time`` (UTC):

=================  ==============================================================================
``event``          other fields
=================  ==============================================================================
``listening``      ``host``, ``port``, ``url``, ``versions``, ``transport``, ``auth``
``connected``      ``identity``, ``subprotocol``, ``version``
``frame``          ``identity``, ``direction`` (``in``/``out``), ``frame`` (the text, cut to
                   :data:`MAX_FRAME_TEXT` characters), ``truncated``, ``length``: every
                   WebSocket message in wire order, as sent or received (not with
                   ``--quiet``)
``call``           ``identity``, ``caller``, ``action``, ``message_id``, ``outcome`` (``result``
                   or the CALLERROR's code): one per call answered, either way
``send``           ``identity``, ``action``, ``message_id``: an OCPP 2.1 SEND received
``protocol_error`` ``identity``, ``message_id``, ``action``, ``code``, ``description``, ``reply``
                   (the error frame sent back, or ``null`` when the version prescribes none)
``notice``         ``identity``, ``kind``, ``message_id``, ``detail``: an answer nobody waits for
``refused``        ``identity``, ``reason``: a handshake turned away (bad password, no common
                   subprotocol)
``log``            ``level``, ``logger``, ``message``: an error logged by ocpkit
``disconnected``   ``identity``, ``code``, ``reason``, ``cause`` (who or what ended it:
                   ``peer``, ``local``, ``replaced``, ``timeout``, ``error``, ``abnormal``)
``stopping``       ``signal``
``stopped``
=================  ==============================================================================
"""

import asyncio
import contextlib
import logging
import os
import signal as signal_module
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import IO, Final, Literal, TypeAlias

import attrs
from cattrs.preconf.orjson import make_converter

from ocpkit.ocpp.frames import MessageType

from .trace import Direction, FrameSeen

__all__ = [
    "MAX_FRAME_TEXT",
    "CallDone",
    "Connected",
    "Disconnected",
    "FrameLine",
    "JsonLines",
    "Listening",
    "LogLine",
    "Notice",
    "ProtocolErrorLine",
    "ReadableFrames",
    "Record",
    "Refused",
    "SendSeen",
    "Stopped",
    "Stopping",
    "forward_logs",
    "signal_name",
    "use_colour",
]

MAX_FRAME_TEXT: Final = 4000
"""Frames longer than this (in characters) are cut in the log, and marked ``truncated``."""


def _time() -> datetime:
    return datetime.now(UTC)


@attrs.frozen(kw_only=True)
class Listening:
    """The CSMS is ready: where stations connect."""

    event: Literal["listening"] = "listening"
    host: str
    port: int
    url: str
    versions: tuple[str, ...]
    transport: str
    auth: bool
    cluster: str | None = None
    """The cluster's namespace when the CSMS is a node of one (``--nats``), else null."""
    node: str | None = None
    """This node's name in the cluster, else null."""
    time: datetime = attrs.field(factory=_time)


@attrs.frozen(kw_only=True)
class Connected:
    """A charging station connected."""

    event: Literal["connected"] = "connected"
    identity: str
    subprotocol: str
    version: str
    time: datetime = attrs.field(factory=_time)


@attrs.frozen(kw_only=True)
class Disconnected:
    """A charging station's connection closed: its close ``code`` and ``reason`` (1006 and
    ``""`` when it dropped without a close frame), and the ``cause``
    (:class:`~ocpkit.ocpp.aio.DisconnectCause`)."""

    event: Literal["disconnected"] = "disconnected"
    identity: str
    code: int
    reason: str
    cause: str
    time: datetime = attrs.field(factory=_time)


@attrs.frozen(kw_only=True)
class FrameLine:
    """One frame, received (``in``) or sent (``out``) by the CSMS."""

    event: Literal["frame"] = "frame"
    identity: str
    direction: Direction
    frame: str
    truncated: bool
    length: int
    time: datetime = attrs.field(factory=_time)

    @classmethod
    def of(cls, seen: FrameSeen) -> "FrameLine":
        """The line for ``seen``, its text cut to :data:`MAX_FRAME_TEXT` characters."""
        text = seen.data.decode("utf-8", "replace")
        cut = len(text) > MAX_FRAME_TEXT
        return cls(
            identity=seen.identity,
            direction=seen.direction,
            frame=text[:MAX_FRAME_TEXT] + "…" if cut else text,
            truncated=cut,
            length=len(text),
        )


@attrs.frozen(kw_only=True)
class CallDone:
    """A call was answered (``outcome``: ``result``, or the CALLERROR's error code)."""

    event: Literal["call"] = "call"
    identity: str
    caller: str
    action: str
    message_id: str
    outcome: str
    time: datetime = attrs.field(factory=_time)


@attrs.frozen(kw_only=True)
class SendSeen:
    """An OCPP 2.1 SEND message arrived (it is never answered)."""

    event: Literal["send"] = "send"
    identity: str
    action: str
    message_id: str
    time: datetime = attrs.field(factory=_time)


@attrs.frozen(kw_only=True)
class ProtocolErrorLine:
    """A received frame broke the protocol; ``reply`` is the error frame sent back, if any."""

    event: Literal["protocol_error"] = "protocol_error"
    identity: str
    message_id: str | None
    action: str | None
    code: str
    description: str
    reply: str | None
    time: datetime = attrs.field(factory=_time)


@attrs.frozen(kw_only=True)
class Notice:
    """Something the peer sent that needs no answer (a late or unexpected reply, ...)."""

    event: Literal["notice"] = "notice"
    identity: str
    kind: str
    message_id: str | None
    detail: str
    time: datetime = attrs.field(factory=_time)


@attrs.frozen(kw_only=True)
class Refused:
    """A connection was turned away during the handshake."""

    event: Literal["refused"] = "refused"
    identity: str
    reason: str
    time: datetime = attrs.field(factory=_time)


@attrs.frozen(kw_only=True)
class LogLine:
    """An error ocpkit logged (a handler that failed, ...), without its traceback."""

    event: Literal["log"] = "log"
    level: str
    logger: str
    message: str
    time: datetime = attrs.field(factory=_time)


@attrs.frozen(kw_only=True)
class Stopping:
    """A signal asked the CSMS to stop."""

    event: Literal["stopping"] = "stopping"
    signal: str
    time: datetime = attrs.field(factory=_time)


@attrs.frozen(kw_only=True)
class Stopped:
    """The CSMS closed every connection and stopped listening."""

    event: Literal["stopped"] = "stopped"
    time: datetime = attrs.field(factory=_time)


Record: TypeAlias = (
    Listening
    | Connected
    | Disconnected
    | FrameLine
    | CallDone
    | SendSeen
    | ProtocolErrorLine
    | Notice
    | Refused
    | LogLine
    | Stopping
    | Stopped
)
"""Anything ``ocpkit csms`` logs."""


class _Output:
    """A text stream written line by line, that stops writing once the reader is gone.

    Writing runs inside the session's handlers, where it must not raise: a closed pipe
    (``ocpkit csms | head``) sets :attr:`broken` and calls ``on_broken`` once instead.
    """

    def __init__(self, out: IO[str], on_broken: Callable[[], None] | None = None) -> None:
        self._out = out
        self._on_broken = on_broken
        self.broken: bool = False
        """Whether a write failed (nothing is written after that)."""

    def _write(self, line: str) -> None:
        if self.broken:
            return
        try:
            self._out.write(line + "\n")
            self._out.flush()
        except (OSError, ValueError):  # a closed pipe, or a closed stream
            self.broken = True
            if self._on_broken is not None:
                self._on_broken()


class JsonLines(_Output):
    """Writes records to ``out``, one JSON object per line.

    Inside a running event loop the lines of one turn of the loop are written and flushed
    together, once the loop gets to it (under load a turn handles many calls: one write
    instead of one per line); outside one, each line at once. :meth:`flush` writes what waits.
    """

    def __init__(self, out: IO[str], on_broken: Callable[[], None] | None = None) -> None:
        super().__init__(out, on_broken)
        self._converter = make_converter()
        self._waiting: list[str] = []

    def __call__(self, record: Record) -> None:
        """Write ``record`` (at the end of the loop's turn, inside a running loop)."""
        line = self._converter.dumps(record).decode()
        if self._waiting:
            self._waiting.append(line)
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            self._write(line)
            return
        self._waiting.append(line)
        loop.call_soon(self.flush)

    def flush(self) -> None:
        """Write the lines still waiting, if any."""
        if self._waiting:
            lines, self._waiting = self._waiting, []
            self._write("\n".join(lines))


def signal_name(number: int) -> str:
    """``SIGINT`` for 2, and so on."""
    try:
        return signal_module.Signals(number).name
    except ValueError:
        return str(number)


# -- readable frames ----------------------------------------------------------------------------

_ARROWS: Final = {"ChargingStation": "CS → CSMS", "CSMS": "CSMS → CS"}
_ASCII_ARROWS: Final = {"ChargingStation": "CS -> CSMS", "CSMS": "CSMS -> CS"}
_COLOURS: Final = {"ChargingStation": "\x1b[36m", "CSMS": "\x1b[33m"}
_ERROR_COLOUR: Final = "\x1b[31m"
_DIM: Final = "\x1b[2m"
# Shown in the error colour: error frames, and frames that are no message at all.
_ERRORS: Final = frozenset({MessageType.CALLERROR, MessageType.CALLRESULTERROR, None})
_RESET: Final = "\x1b[0m"


def use_colour(out: IO[str]) -> bool:
    """Colour for a terminal only (and never with ``NO_COLOR`` set)."""
    if os.environ.get("NO_COLOR"):
        return False
    isatty = getattr(out, "isatty", None)
    try:
        return bool(isatty()) if isatty is not None else False
    except ValueError:  # a closed stream
        return False


class ReadableFrames(_Output):
    """Prints frames one per line, with who sent them: ``CS → CSMS  [2,"…","Heartbeat",{}]``.

    Colour (senders in two colours, errors in red) only when ``colour`` is true; ``->`` for
    ``→`` (and ``...`` for ``…``) on a stream that cannot encode them.
    """

    def __init__(self, out: IO[str], *, colour: bool = False) -> None:
        super().__init__(out)
        self._colour = colour
        self._unicode = _can_encode(out, "→…")
        self._arrows = _ARROWS if self._unicode else _ASCII_ARROWS
        self.count: int = 0
        """How many frames were printed."""

    def __call__(self, seen: FrameSeen) -> None:
        """Print ``seen``."""
        text = seen.data.decode("utf-8", "replace")
        if len(text) > MAX_FRAME_TEXT:
            ellipsis = "…" if self._unicode else "..."
            text = text[:MAX_FRAME_TEXT] + f"{ellipsis} ({len(text)} characters)"
        arrow = self._arrows[seen.sender]
        if self._colour:
            error = seen.message_type in _ERRORS
            colour = _ERROR_COLOUR if error else _COLOURS[seen.sender]
            self._write(f"{colour}{arrow}{_RESET}  {text}")
        else:
            self._write(f"{arrow}  {text}")
        self.count += 1

    def note(self, text: str) -> None:
        """Print a line that is not a frame (dimmed in colour)."""
        self._write(f"{_DIM}{text}{_RESET}" if self._colour else text)


def _can_encode(out: IO[str], text: str) -> bool:
    encoding = getattr(out, "encoding", None) or "utf-8"
    try:
        text.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return False
    return True


# -- ocpkit's own log records -------------------------------------------------------------------

# The server logs a refused handshake at INFO with these templates (it has no hook for it).
_REFUSED: Final = "%s: refused: %s"
_NO_SUBPROTOCOL: Final = "%s: no common subprotocol in %s"


class _Forward(logging.Handler):
    def __init__(self, emit: Callable[[Record], None]) -> None:
        super().__init__(logging.INFO)
        self._emit_record = emit

    def emit(self, record: logging.LogRecord) -> None:
        try:
            line = self._line(record)
            if line is not None:
                self._emit_record(line)
        except Exception:  # a log line must never break the tool
            self.handleError(record)

    @staticmethod
    def _line(record: logging.LogRecord) -> Record | None:
        args = record.args if isinstance(record.args, tuple) else ()
        if record.msg == _REFUSED and len(args) == 2:
            return Refused(identity=str(args[0]), reason=str(args[1]))
        if record.msg == _NO_SUBPROTOCOL and len(args) == 2:
            return Refused(
                identity=str(args[0]), reason=f"no common OCPP subprotocol (offered: {args[1]})"
            )
        if record.levelno < logging.ERROR:
            return None
        message = record.getMessage()
        if record.exc_info and record.exc_info[1] is not None:
            error = record.exc_info[1]
            message = f"{message}: {type(error).__name__}: {error}"
        return LogLine(level=record.levelname.lower(), logger=record.name, message=message)


@contextlib.contextmanager
def forward_logs(emit: Callable[[Record], None]) -> Iterator[None]:
    """While active, ocpkit's log records become records (refusals, errors without their
    traceback) and nothing of ocpkit's logging reaches standard error."""
    logger = logging.getLogger("ocpkit")
    handler = _Forward(emit)
    saved = logger.level, logger.propagate
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(saved[0])
        logger.propagate = saved[1]
