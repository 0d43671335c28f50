"""Checking an OCPP-J log -- one frame per line -- against a version's schemas, without any I/O.

:class:`LogChecker` is fed the log's lines one at a time and answers each with a list of
:class:`Finding` values; :meth:`LogChecker.summary` counts what it saw. It reads no file and
prints nothing, so the ``ocpkit validate`` command is a thin loop around it and tests drive it
with plain strings.

What is checked, per line:

* blank lines are skipped (they still count for line numbers); a UTF-8 byte order mark at the
  start of the first line is ignored;
* every other line must be a frame (:func:`~ocpkit.ocpp.frames.read_frame`, diagnosed in full):
  one that is not
  even a JSON array starting with an integer is counted as *not a frame*, one that breaks a frame
  rule (bad id, wrong length, payload not an object, ...) as an *invalid* frame;
* CALL: the action must be known to the version (else ``NotImplemented``) and the payload must
  validate against the request model -- from its text as received, as a
  :class:`~ocpkit.ocpp.connection.Connection` validates it, so numbers get the same verdict
  (see :mod:`ocpkit.ocpp.errors` for the number policy);
* CALLRESULT: the payload must validate against the response model of the CALL with the same
  id earlier in the log; a result with no such CALL is *unmatched* (reported as a warning, its
  payload cannot be checked);
* CALLERROR and (2.1) CALLRESULTERROR: the error code must be one of the version's codes (both
  spellings of 1.6 and 2.x are accepted, as a receiver must); a CALLERROR with no matching CALL is
  *unmatched*;
* SEND (2.1): the action must be a SEND message of the version and the payload must validate.

In tolerant mode (:attr:`~ocpkit.ocpp.validation.ValidationMode.TOLERANT`) the slips that mode
forgives are reported as warnings and the frame counts as valid.

Memory stays bounded however long the log: only the CALLs still waiting for their answer are
kept, at most ``max_pending`` of them (:data:`MAX_PENDING` by default); past that the oldest is
forgotten (counted in :attr:`Summary.forgotten`), so an answer that comes after more than
``max_pending`` newer unanswered CALLs is reported as unmatched.
"""

import importlib
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from enum import StrEnum
from typing import Final

import attrs
import orjson

from ocpkit._base import OcppModel
from ocpkit.ocpp.errors import (
    ErrorKind,
    PayloadValidationError,
    Violation,
    error_code,
    parse_error_code,
    primary,
)
from ocpkit.ocpp.frames import (
    CallError,
    CallResultError,
    Envelope,
    FrameError,
    FrameProblem,
    MessageType,
    read_frame,
)
from ocpkit.ocpp.registry import Action, ActionRegistry
from ocpkit.ocpp.validation import ValidationMode, decode
from ocpkit.ocpp.version import OcppVersion

__all__ = [
    "MAX_PENDING",
    "Finding",
    "LogChecker",
    "Severity",
    "Summary",
    "check_lines",
]

MAX_PENDING: Final = 10_000
"""How many unanswered CALLs a :class:`LogChecker` remembers by default."""

_NOT_A_FRAME: Final = frozenset(
    {FrameProblem.NOT_JSON, FrameProblem.NOT_ARRAY, FrameProblem.BAD_MESSAGE_TYPE}
)
_SHOWN_ACTION: Final = 48  # longest action name a finding repeats (no OCPP action is near it)
_BOM: Final = "\ufeff"
_BOM_BYTES: Final = _BOM.encode()
_NOT_A_FRAME_REASONS: Final = frozenset(str(problem) for problem in _NOT_A_FRAME)


class Severity(StrEnum):
    """Whether a finding makes its frame invalid (``error``) or not (``warning``)."""

    ERROR = "error"
    WARNING = "warning"


@attrs.frozen
class Finding:
    """One thing wrong with one line of a log.

    * ``line`` -- the line number (1-based, blank lines included);
    * ``severity`` -- ``error`` (the frame is invalid, or the line is not a frame) or
      ``warning`` (forgiven in tolerant mode, or a result/error that matches no CALL);
    * ``message_id``, ``action``, ``frame_type`` (``CALL``, ``CALLRESULT``, ...) -- the frame, as
      far as it could be read;
    * ``code`` -- the OCPP error code the version prescribes, spelt as that version spells it
      (``None`` when there is none, e.g. an unmatched result);
    * ``path`` -- where the violation is: a JSON path into the payload (``$.meterValue[0]``), or
      ``frame[i]`` for an element of the frame array;
    * ``reason`` -- a short machine-readable token (pydantic's error type such as ``missing``, a
      :class:`~ocpkit.ocpp.frames.FrameProblem`, ``unknown_action``, ``unmatched``, ...);
    * ``message`` -- what is wrong, in words (it never repeats the offending value);
    * ``more`` -- how many further violations the same frame has (only the first is shown).
    """

    line: int
    severity: Severity
    message: str
    reason: str
    code: str | None = None
    path: str | None = None
    message_id: str | None = None
    action: str | None = None
    frame_type: str | None = None
    more: int = 0

    def format(self) -> str:
        """One readable, greppable line.

        ``line 12: id "531531716" StatusNotification: PropertyConstraintViolation at
        $.errorCode (enum: Input should be ...)``
        """
        subject = []
        if self.message_id is not None:
            subject.append(f"id {_quote(self.message_id)}")
        if self.action is not None:
            subject.append(self.action if self.action.isidentifier() else _quote(self.action))
        if self.frame_type is not None and (self.frame_type != "CALL" or self.action is None):
            subject.append(self.frame_type)
        if self.frame_type is None and (
            self.message_id is None or self.reason in _NOT_A_FRAME_REASONS
        ):
            subject.append("not a frame")
        text = f"line {self.line}: {' '.join(subject)}: "
        if self.severity is Severity.WARNING:
            text += "warning: "
        where = f" at {self.path}" if self.path else ""
        if self.code is not None:
            text += f"{self.code}{where} ({self.reason}: {self.message})"
        else:
            text += f"{self.reason}{where} ({self.message})"
        if self.more:
            text += f" [+{self.more} more]"
        return text


@attrs.frozen
class Summary:
    """What a :class:`LogChecker` has seen so far.

    ``frames`` = ``valid`` + ``invalid`` + ``unmatched``; ``not_frames`` counts non-blank lines
    that are no frame at all; ``warnings`` counts warning findings; ``forgotten`` counts CALLs
    dropped from the pending map (see the module docstring).
    """

    frames: int = 0
    valid: int = 0
    invalid: int = 0
    unmatched: int = 0
    not_frames: int = 0
    warnings: int = 0
    forgotten: int = 0

    @property
    def ok(self) -> bool:
        """Whether every non-blank line was a valid (or unmatched but well-formed) frame."""
        return self.invalid == 0 and self.not_frames == 0

    def format(self) -> str:
        """The summary as one line of text."""
        text = (
            f"summary: {_count(self.frames, 'frame')} checked, {self.valid} valid, "
            f"{self.invalid} invalid, {self.unmatched} unmatched; "
            f"{_count(self.not_frames, 'line')} not a frame; {_count(self.warnings, 'warning')}"
        )
        if self.forgotten:
            text += f"; {_count(self.forgotten, 'unanswered call')} forgotten"
        return text


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _quote(text: str) -> str:
    """``text`` as a JSON string: quoted, control characters escaped (safe for a terminal)."""
    return orjson.dumps(text).decode()


def _shown(action: str) -> str:
    return action if len(action) <= _SHOWN_ACTION else action[:_SHOWN_ACTION] + "..."


def _type_name(type_id: int | None) -> str | None:
    """``CALL``, ``CALLRESULT``, ... for a message type the version knows."""
    return None if type_id is None else MessageType(type_id).name


def _registry(version: OcppVersion) -> ActionRegistry:
    package = {OcppVersion.V16: "v16", OcppVersion.V201: "v201", OcppVersion.V21: "v21"}[version]
    registry: ActionRegistry = importlib.import_module(f"ocpkit.ocpp.{package}").ACTIONS
    return registry


class LogChecker:
    """Checks the lines of one OCPP-J log, in order (see the module docstring).

    ``version`` decides the frame rules, the schemas and the spelling of error codes; ``mode``
    is strict (default) or tolerant; ``max_pending`` bounds the unanswered CALLs remembered.
    """

    def __init__(
        self,
        version: OcppVersion,
        mode: ValidationMode = ValidationMode.STRICT,
        *,
        max_pending: int = MAX_PENDING,
    ) -> None:
        if max_pending < 1:
            raise ValueError("max_pending must be at least 1")
        self.version: OcppVersion = OcppVersion(version)
        self.mode: ValidationMode = ValidationMode(mode)
        self.max_pending = max_pending
        self.line_number: int = 0
        self._actions = _registry(version)
        # message id -> action of the CALL (None: an action unknown to the version)
        self._pending: OrderedDict[str, Action | None] = OrderedDict()
        self._counts = {field.name: 0 for field in attrs.fields(Summary)}

    def summary(self) -> Summary:
        """The counts so far."""
        return Summary(**self._counts)

    def feed(self, line: str | bytes) -> list[Finding]:
        """Check the next line of the log (with or without its line ending)."""
        self.line_number += 1
        if not line or line.isspace():
            return []
        if self.line_number == 1:
            line = (
                line.removeprefix(_BOM_BYTES)
                if isinstance(line, bytes)
                else line.removeprefix(_BOM)
            )
        try:
            frame = read_frame(line, self.version)
            # A log is judged in full: the frame too, not only the payload its model reads.
            broken = frame.diagnose() if isinstance(frame, Envelope) else None
        except FrameError as error:
            broken = error
        if broken is not None:
            findings = [self._frame_error(broken)]
        elif isinstance(frame, Envelope):
            if frame.message_type_id is MessageType.CALL:
                findings = self._call(frame)
            elif frame.message_type_id is MessageType.CALLRESULT:
                findings = self._result(frame)
            else:
                findings = self._send(frame)
        else:
            findings = self._error(frame)
        self._tally(findings)
        return findings

    # -- per frame type --------------------------------------------------------------------

    def _frame_error(self, error: FrameError) -> Finding:
        if error.problem in _NOT_A_FRAME:
            self._counts["not_frames"] += 1
            outcome = None
        else:
            outcome = "invalid"
        ignored = error.problem is FrameProblem.UNKNOWN_MESSAGE_TYPE and not error.reply_due
        message = error.description + ("; the version ignores it (no reply)" if ignored else "")
        finding = Finding(
            self.line_number,
            Severity.ERROR,
            message,
            str(error.problem),
            code=None if ignored else str(error.code(self.version)),
            path=None if error.index is None else f"frame[{error.index}]",
            message_id=error.message_id if error.id_read else None,
            action=None if error.action is None else _shown(error.action),
            frame_type=(
                None
                if error.problem is FrameProblem.UNKNOWN_MESSAGE_TYPE
                else _type_name(error.message_type_id)
            ),
        )
        if outcome is not None:
            self._count_frame(outcome)
        return finding

    def _call(self, frame: Envelope) -> list[Finding]:
        action_name = frame.action or ""
        action = self._actions.get(action_name)
        self._remember(frame.message_id, action)
        if action is None:
            return self._invalid(
                frame,
                ErrorKind.NOT_IMPLEMENTED,
                "unknown_action",
                f"OCPP {self.version} has no action of that name",
                action_name=_shown(action_name),
            )
        if action.is_send:
            return self._invalid(
                frame,
                ErrorKind.NOT_SUPPORTED,
                "send_as_call",
                f"{action.name} is an unconfirmed message: it must be sent as SEND [6]",
            )
        return self._payload(frame, action, action.request, frame.payload)

    def _result(self, frame: Envelope) -> list[Finding]:
        if frame.message_id not in self._pending:
            return self._unmatched(frame, "CALLRESULT")
        action = self._pending.pop(frame.message_id)
        if action is None or action.response is None:
            self._count_frame("valid")  # answers an unknown action: nothing to check it against
            return []
        return self._payload(frame, action, action.response, frame.payload)

    def _send(self, frame: Envelope) -> list[Finding]:
        action_name = frame.action or ""
        action = self._actions.get(action_name)
        if action is None:
            return self._invalid(
                frame,
                ErrorKind.NOT_IMPLEMENTED,
                "unknown_action",
                f"OCPP {self.version} has no action of that name",
                action_name=_shown(action_name),
            )
        if not action.is_send:
            return self._invalid(
                frame,
                ErrorKind.NOT_SUPPORTED,
                "call_as_send",
                f"{action.name} expects an answer: it must be sent as CALL [2]",
            )
        return self._payload(frame, action, action.request, frame.payload)

    def _error(self, frame: CallError | CallResultError) -> list[Finding]:
        action: Action | None = None
        unmatched: CallError | None = None  # a CALLRESULTERROR answers a result: not tracked
        if isinstance(frame, CallError):
            if frame.message_id in self._pending:
                action = self._pending.pop(frame.message_id)
            else:
                unmatched = frame
        kind = parse_error_code(frame.error_code)
        known = kind is not None and _spelt(kind, self.version)
        if not known:
            return self._invalid(
                frame,
                ErrorKind.PROPERTY,
                "unknown_error_code",
                f"the error code is not one of OCPP {self.version}'s",
                action_name=None if action is None else action.name,
                path="frame[2]",
            )
        if unmatched is not None:
            return self._unmatched(unmatched, "CALLERROR")
        self._count_frame("valid")
        return []

    # -- helpers ---------------------------------------------------------------------------

    def _payload(
        self,
        frame: Envelope,
        action: Action,
        model: type[OcppModel],
        payload: str | bytes,
    ) -> list[Finding]:
        try:
            decoded = decode(model, payload, self.mode)
        except PayloadValidationError as error:
            first = primary(error.violations)
            self._count_frame("invalid")
            return [
                self._violation(frame, action, first, Severity.ERROR, len(error.violations) - 1)
            ]
        self._count_frame("valid")
        return [
            self._violation(frame, action, violation, Severity.WARNING)
            for violation in decoded.forgiven
        ]

    def _violation(
        self,
        frame: Envelope,
        action: Action,
        violation: Violation,
        severity: Severity,
        more: int = 0,
    ) -> Finding:
        return Finding(
            self.line_number,
            severity,
            violation.message,
            violation.reason,
            code=str(violation.code(self.version)),
            path=violation.path,
            message_id=frame.message_id,
            action=action.name,
            frame_type=frame.message_type_id.name,
            more=more,
        )

    def _invalid(
        self,
        frame: Envelope | CallError | CallResultError,
        kind: ErrorKind,
        reason: str,
        message: str,
        *,
        action_name: str | None = None,
        path: str | None = None,
    ) -> list[Finding]:
        if action_name is None and isinstance(frame, Envelope):
            action_name = frame.action
        self._count_frame("invalid")
        return [
            Finding(
                self.line_number,
                Severity.ERROR,
                message,
                reason,
                code=str(error_code(kind, self.version)),
                path=path,
                message_id=frame.message_id,
                action=action_name,
                frame_type=frame.message_type_id.name,
            )
        ]

    def _unmatched(self, frame: Envelope | CallError, frame_type: str) -> list[Finding]:
        self._count_frame("unmatched")
        return [
            Finding(
                self.line_number,
                Severity.WARNING,
                "no unanswered CALL with this id earlier in the log, so nothing to check "
                "it against",
                "unmatched",
                message_id=frame.message_id,
                frame_type=frame_type,
            )
        ]

    def _remember(self, message_id: str, action: Action | None) -> None:
        pending = self._pending
        pending.pop(message_id, None)  # a reused id: the newer CALL is the one answered
        pending[message_id] = action
        if len(pending) > self.max_pending:
            pending.popitem(last=False)
            self._counts["forgotten"] += 1

    def _count_frame(self, outcome: str) -> None:
        self._counts["frames"] += 1
        self._counts[outcome] += 1

    def _tally(self, findings: list[Finding]) -> None:
        for finding in findings:
            if finding.severity is Severity.WARNING:
                self._counts["warnings"] += 1


def _spelt(kind: ErrorKind, version: OcppVersion) -> bool:
    """Whether ``version`` has a code for ``kind`` (1.6 lacks the 2.x-only ones)."""
    try:
        error_code(kind, version)
    except ValueError:
        return False
    return True


def check_lines(
    lines: Iterable[str | bytes],
    version: OcppVersion,
    mode: ValidationMode = ValidationMode.STRICT,
    *,
    max_pending: int = MAX_PENDING,
) -> Iterator[Finding | Summary]:
    """Check a whole log: yields every finding as it is found, then the :class:`Summary`."""
    checker = LogChecker(version, mode, max_pending=max_pending)
    for line in lines:
        yield from checker.feed(line)
    yield checker.summary()
