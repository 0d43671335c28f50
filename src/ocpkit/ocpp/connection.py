"""A sans-IO OCPP-J connection: the protocol state of one WebSocket, and nothing else.

Feed it what arrived with :meth:`Connection.receive` (text and the current time) and it returns
:mod:`events <ocpkit.ocpp.events>`; ask it to :meth:`~Connection.call`, :meth:`~Connection.reply`
or :meth:`~Connection.send`, and it queues frames that :meth:`~Connection.data_to_send` hands
out. It never touches a socket, a clock or an event loop: time comes in as ``now`` (any
monotonic float, in seconds), and :meth:`~Connection.next_deadline` says when to call
:meth:`~Connection.check_timeouts`.

Rules it keeps (OCPP-J 1.6, 2.0.1 and 2.1):

* **One CALL in flight per direction.** Further calls are queued (FIFO, up to ``max_queued``)
  and sent when the one in flight is answered, fails or times out. Calls from both sides may
  cross.
* **Every received frame is answered as its version prescribes.** A CALL gets a CALLRESULT from
  the application or a CALLERROR: NotImplemented for an unknown action, NotSupported for an
  action only our side may initiate, the mapped code for a payload that breaks its schema, and
  for a broken frame what :mod:`~ocpkit.ocpp.frames` prescribes (RpcFrameworkError with id
  ``"-1"``, MessageTypeNotSupported on 2.0.1, nothing on 1.6/2.1 for unknown types). Results and
  errors for ids we are not waiting for are reported, never answered. On 2.1 an invalid
  CALLRESULT is answered with a CALLRESULTERROR.
* **Outgoing messages are valid.** A model built by its constructor or decoded is valid and
  immutable, so it is sent as it is; one that skipped validation
  (:meth:`~ocpkit._base.OcppModel.model_construct`, ``model_copy(update=...)``, or a model built
  around such a one) is judged first, and an invalid one is a local error
  (:class:`~ocpkit.ocpp.errors.PayloadValidationError`), never sent. Lists changed in place
  after construction are the caller's affair; ``validate_outgoing=True`` judges every message,
  ``False`` none (for test tools that send invalid payloads on purpose).
* **One verdict per frame.** :func:`~ocpkit.ocpp.frames.read_frame` hands the payload on as text
  and its model parses it once; before a frame read by its head alone is refused, the frame is
  diagnosed in full, so the answer does not depend on how the frame's head was written.
* **Replies never quote the offending input**, and frames over ``max_message_size`` are not
  parsed at all.
* Either spelling of Occurrence/Occurence and Format/FormationViolation is read on receipt.
"""

import uuid
from collections import OrderedDict, deque
from collections.abc import Callable
from typing import Final, TypeVar

import attrs

from ocpkit._base import OcppModel, OcppRequest, OcppResponse, OcppSend, is_unchecked
from ocpkit._errors import OcpkitError
from ocpkit.ocpp.errors import (
    ErrorKind,
    OcppError,
    PayloadValidationError,
    parse_error_code,
)
from ocpkit.ocpp.events import (
    CallReceived,
    CallTimedOut,
    ErrorReceived,
    Event,
    LateReply,
    ProtocolViolation,
    ResultInvalid,
    ResultReceived,
    ResultRejected,
    SendReceived,
    UnexpectedReply,
)
from ocpkit.ocpp.frames import (
    MAX_MESSAGE_ID_LENGTH,
    CallError,
    CallResultError,
    Envelope,
    FrameError,
    FrameProblem,
    MessageType,
    call_error_for,
    encode_call,
    encode_result,
    encode_send,
    read_frame,
    read_head,
    result_error_for,
    serialize,
)
from ocpkit.ocpp.registry import Action, Side, action_of, actions_of
from ocpkit.ocpp.validation import ValidationMode, decode, decode_strict
from ocpkit.ocpp.version import OcppVersion

__all__ = ["Connection", "LocalProtocolError"]

R = TypeVar("R", bound=OcppResponse)
M = TypeVar("M", bound=OcppModel)

DEFAULT_CALL_TIMEOUT: Final = 30.0
DEFAULT_MAX_MESSAGE_SIZE: Final = 1 << 20
DEFAULT_MAX_QUEUED: Final = 1000
# Ids of calls that timed out, kept to tell a late answer from an unexpected one.
_TIMED_OUT_MEMORY: Final = 256


class LocalProtocolError(OcpkitError):
    """The application asked for something the protocol does not allow (answering a call that
    is not pending, answering with the wrong response type, calling an action only the peer may
    initiate, a queue that is full, a bad message id). Nothing was sent."""


def _new_message_id() -> str:
    return str(uuid.uuid4())


@attrs.define
class _OutgoingCall:
    message_id: str
    action: str
    request: OcppRequest[OcppResponse]
    frame: bytes
    timeout: float
    deadline: float | None = None


class Connection:
    """The OCPP-J protocol state of one connection, seen from ``role``.

    ``role`` is the side this end plays (``"CSMS"`` or ``"ChargingStation"``); ``mode`` how
    strictly received payloads are judged; ``id_factory`` makes message ids (uuid4 by default;
    ids must be unique and at most 36 characters); ``validate_outgoing``: ``None`` (default)
    judges the messages that skipped validation, ``True`` every outgoing message, ``False`` none
    (see the module docstring).
    """

    def __init__(
        self,
        version: OcppVersion,
        role: Side,
        *,
        mode: ValidationMode = ValidationMode.STRICT,
        call_timeout: float = DEFAULT_CALL_TIMEOUT,
        max_message_size: int = DEFAULT_MAX_MESSAGE_SIZE,
        max_queued: int = DEFAULT_MAX_QUEUED,
        id_factory: Callable[[], str] = _new_message_id,
        validate_outgoing: bool | None = None,
    ) -> None:
        if role not in ("CSMS", "ChargingStation"):
            raise ValueError(f"role must be 'CSMS' or 'ChargingStation', not {role!r}")
        self.version: OcppVersion = OcppVersion(version)
        self.role: Side = role
        self.peer: Side = "ChargingStation" if role == "CSMS" else "CSMS"
        self.mode = mode
        self.call_timeout = call_timeout
        self.max_message_size = max_message_size
        self.max_queued = max_queued
        self.validate_outgoing = validate_outgoing
        self._actions = actions_of(self.version)
        self._new_id = id_factory
        self._outbox: list[bytes] = []
        self._in_flight: _OutgoingCall | None = None
        self._queued: deque[_OutgoingCall] = deque()
        self._timed_out: OrderedDict[str, str] = OrderedDict()
        self._unanswered: dict[str, str] = {}  # calls received and not yet answered: id -> action

    # -- state ----------------------------------------------------------------------------

    def data_to_send(self) -> list[bytes]:
        """The frames to write to the WebSocket, in order (each one a text message)."""
        out, self._outbox = self._outbox, []
        return out

    def next_deadline(self) -> float | None:
        """When :meth:`check_timeouts` must next be called (``None``: no call in flight)."""
        return self._in_flight.deadline if self._in_flight is not None else None

    @property
    def in_flight(self) -> str | None:
        """The id of our call waiting for its answer, if any."""
        return self._in_flight.message_id if self._in_flight is not None else None

    @property
    def queued(self) -> int:
        """How many of our calls wait for the one in flight."""
        return len(self._queued)

    @property
    def unanswered(self) -> frozenset[str]:
        """Ids of received calls the application has not answered yet."""
        return frozenset(self._unanswered)

    # -- sending ---------------------------------------------------------------------------

    def call(self, request: OcppRequest[R], now: float, *, timeout: float | None = None) -> str:
        """Queue a CALL; returns its message id. It is sent at once if no call is in flight.

        Raises :class:`LocalProtocolError` for an action this side may not initiate or a full
        queue, and :class:`PayloadValidationError` for a request that breaks its schema.
        """
        action = self._outgoing_action(request)
        if isinstance(request, OcppSend) or action.is_send:
            raise LocalProtocolError(f"{action.name} is a SEND message: use send()")
        if not isinstance(request, action.request):
            raise LocalProtocolError(f"{type(request).__name__} is not a {action.name} request")
        if len(self._queued) >= self.max_queued:
            raise LocalProtocolError(f"{self.max_queued} calls are queued already")
        payload = self._encode(request)
        message_id = self._fresh_id()
        outgoing = _OutgoingCall(
            message_id,
            action.name,
            request,
            encode_call(message_id, action.name, payload),
            self.call_timeout if timeout is None else timeout,
        )
        self._queued.append(outgoing)
        self._start_next(now)
        return message_id

    def send(self, message: OcppSend) -> str:
        """OCPP 2.1: send an unconfirmed message (SEND); returns its message id."""
        if self.version is not OcppVersion.V21:
            raise LocalProtocolError(f"OCPP {self.version} has no SEND messages")
        action = self._outgoing_action(message)
        if not action.is_send:
            raise LocalProtocolError(f"{action.name} is not a SEND message: use call()")
        payload = self._encode(message)
        message_id = self._fresh_id()
        self._outbox.append(encode_send(message_id, action.name, payload))
        return message_id

    def reply(self, message_id: str, response: OcppResponse) -> None:
        """Answer the received call ``message_id`` with its response (a CALLRESULT)."""
        action_name = self._unanswered.get(message_id)
        if action_name is None:
            raise LocalProtocolError(f"no received call {message_id!r} is waiting for an answer")
        expected = self._actions[action_name].response
        if expected is None or type(response) is not expected:
            raise LocalProtocolError(
                f"{action_name} is answered with {getattr(expected, '__name__', 'nothing')},"
                f" not {type(response).__name__}"
            )
        payload = self._encode(response)
        del self._unanswered[message_id]
        self._outbox.append(encode_result(message_id, payload))

    def reply_error(self, message_id: str, error: OcppError) -> None:
        """Answer the received call ``message_id`` with a CALLERROR built from ``error``."""
        if self._unanswered.pop(message_id, None) is None:
            raise LocalProtocolError(f"no received call {message_id!r} is waiting for an answer")
        self._outbox.append(serialize(call_error_for(error, message_id, self.version)))

    def cancel(self, message_id: str, now: float) -> bool:
        """Give up our call ``message_id``; returns ``False`` if it is neither queued nor in flight.

        A queued call is dropped and never sent. The call in flight frees its slot (the next
        queued call is sent at once) and its id is remembered as a timed-out one is, so that
        an answer arriving later is reported as :class:`~ocpkit.ocpp.events.LateReply`. No
        event is reported for the cancellation itself: the caller asked for it.
        """
        call = self._in_flight
        if call is not None and call.message_id == message_id:
            self._finish_in_flight(now)
            self._remember_abandoned(call)
            return True
        for queued in self._queued:
            if queued.message_id == message_id:
                self._queued.remove(queued)
                return True
        return False

    # -- receiving -------------------------------------------------------------------------

    def receive(self, data: str | bytes | bytearray, now: float) -> list[Event]:
        """Take one received WebSocket message; returns what happened (usually one event)."""
        if len(data) > self.max_message_size:
            return [self._oversized(data)]
        try:
            read = read_frame(data, self.version)
        except FrameError as error:
            return [self._broken_reply(error, now) or self._frame_violation(error)]
        if type(read) is Envelope:
            if read.message_type_id is MessageType.CALL:
                return self._on_call(read)
            if read.message_type_id is MessageType.CALLRESULT:
                return self._on_result(read, now)
            return self._on_send(read)
        if isinstance(read, CallError):
            return self._on_error(read, now)
        assert isinstance(read, CallResultError)
        return [self._on_result_error(read)]

    def check_timeouts(self, now: float) -> list[Event]:
        """Fail the call in flight if its deadline has passed (and send the next one)."""
        events: list[Event] = []
        while self._in_flight is not None and self._in_flight.deadline is not None:
            if self._in_flight.deadline > now:
                break
            call = self._finish_in_flight(now)
            self._remember_abandoned(call)
            events.append(CallTimedOut(call.message_id, call.action, call.request))
        return events

    # -- received frames -------------------------------------------------------------------

    def _on_call(self, envelope: Envelope) -> list[Event]:
        message_id, action_name = envelope.message_id, envelope.action or ""
        action = self._actions.get(action_name)
        if action is None:
            error = OcppError(
                f"unknown action {_short(action_name)}", kind=ErrorKind.NOT_IMPLEMENTED
            )
            return [self._refuse(envelope, error)]
        if action.is_send or not action.initiated_by(self.peer):
            error = OcppError(
                f"{action_name} is not sent to the {_side_text(self.role)}",
                kind=ErrorKind.NOT_SUPPORTED,
            )
            return [self._refuse(envelope, error)]
        try:
            decoded = decode(action.request, envelope.payload, self.mode)
        except PayloadValidationError as invalid:
            return [self._refuse(envelope, invalid)]
        if message_id in self._unanswered:
            error = OcppError("a call with this id is still unanswered", kind=ErrorKind.PROTOCOL)
            return [self._refuse(envelope, error)]
        self._unanswered[message_id] = action_name
        request: OcppRequest[OcppResponse] = decoded.message  # type: ignore[assignment]
        return [CallReceived(message_id, action_name, request, decoded.forgiven)]

    def _on_send(self, envelope: Envelope) -> list[Event]:
        message_id, action_name = envelope.message_id, envelope.action or ""
        action = self._actions.get(action_name)
        if action is None or not action.is_send or not action.initiated_by(self.peer):
            kind = ErrorKind.NOT_IMPLEMENTED if action is None else ErrorKind.NOT_SUPPORTED
            error = OcppError(f"SEND of {_short(action_name)} is not accepted", kind=kind)
            refused = ProtocolViolation(error, message_id, action_name, None)
            return [self._broken(envelope) or refused]
        try:
            decoded = decode(action.request, envelope.payload, self.mode)
        except PayloadValidationError as error:
            invalid = ProtocolViolation(error, message_id, action_name, None)
            return [self._broken(envelope) or invalid]
        message: OcppSend = decoded.message  # type: ignore[assignment]
        return [SendReceived(message_id, action_name, message, decoded.forgiven)]

    def _on_result(self, envelope: Envelope, now: float) -> list[Event]:
        message_id = envelope.message_id
        call = self._in_flight
        if call is None or call.message_id != message_id:
            return [self._broken(envelope) or self._stray(message_id, is_error=False)]
        response_type = self._actions[call.action].response
        assert response_type is not None
        try:
            decoded = decode(response_type, envelope.payload, self.mode)
        except PayloadValidationError as error:
            broken = self._broken(envelope)
            if broken is not None:
                return [broken]
            replied = self.version is OcppVersion.V21
            if replied:
                self._outbox.append(serialize(result_error_for(error, message_id, self.version)))
            self._finish_in_flight(now)  # after the [5]: the next queued call follows it
            return [ResultInvalid(message_id, call.action, call.request, error, replied)]
        self._finish_in_flight(now)
        return [
            ResultReceived(message_id, call.action, call.request, decoded.message, decoded.forgiven)
        ]

    def _on_error(self, frame: CallError, now: float) -> list[Event]:
        call = self._in_flight
        if call is None or call.message_id != frame.message_id:
            return [self._stray(frame.message_id, is_error=True)]
        self._finish_in_flight(now)
        return [
            ErrorReceived(
                frame.message_id,
                call.action,
                call.request,
                frame.error_code,
                parse_error_code(frame.error_code),
                frame.error_description,
                frame.error_details,
            )
        ]

    def _on_result_error(self, frame: CallResultError) -> Event:
        return ResultRejected(
            frame.message_id,
            frame.error_code,
            parse_error_code(frame.error_code),
            frame.error_description,
            frame.error_details,
        )

    # -- helpers ---------------------------------------------------------------------------

    def _remember_abandoned(self, call: _OutgoingCall) -> None:
        """Keep the id of a call that timed out or was cancelled, to report its answer as late."""
        self._timed_out[call.message_id] = call.action
        while len(self._timed_out) > _TIMED_OUT_MEMORY:
            self._timed_out.popitem(last=False)

    def _stray(self, message_id: str, *, is_error: bool) -> Event:
        action = self._timed_out.pop(message_id, None)
        if action is not None:
            return LateReply(message_id, action, is_error)
        return UnexpectedReply(message_id, is_error)

    def _broken(self, envelope: Envelope) -> ProtocolViolation | None:
        """Before a frame is refused: the frame's own verdict, if it is broken (see
        :meth:`~ocpkit.ocpp.frames.Envelope.diagnose`)."""
        error = envelope.diagnose()
        return None if error is None else self._frame_violation(error)

    def _broken_reply(self, error: FrameError, now: float) -> Event | None:
        """A malformed CALLRESULT or CALLERROR for the call in flight ends that call."""
        call = self._in_flight
        if (
            call is None
            or not error.id_read
            or error.message_id != call.message_id
            or error.message_type_id not in (MessageType.CALLRESULT, MessageType.CALLERROR)
        ):
            return None
        reply = error.reply()
        data = serialize(reply) if reply is not None else None
        if data is not None:
            self._outbox.append(data)
        self._finish_in_flight(now)
        return ResultInvalid(call.message_id, call.action, call.request, error, data is not None)

    def _frame_violation(self, error: FrameError) -> ProtocolViolation:
        # A broken result or error names an id: it is answered (2.1: CALLRESULTERROR) only when
        # it is the answer to our call in flight (see _broken_reply); others are reported only.
        is_answer = error.message_type_id in (MessageType.CALLRESULT, MessageType.CALLERROR)
        reply = None if is_answer and error.id_read else error.reply()
        data = serialize(reply) if reply is not None else None
        if data is not None:
            self._outbox.append(data)
        message_id = error.message_id if error.id_read else None
        return ProtocolViolation(error, message_id, error.action, data)

    def _refuse(self, envelope: Envelope, error: OcppError) -> ProtocolViolation:
        """Answer a CALL with a CALLERROR -- unless the frame itself is broken."""
        broken = self._broken(envelope)
        if broken is not None:
            return broken
        return self._answer_error(envelope.message_id, envelope.action or "", error)

    def _answer_error(self, message_id: str, action: str, error: OcppError) -> ProtocolViolation:
        data = serialize(call_error_for(error, message_id, self.version))
        self._outbox.append(data)
        return ProtocolViolation(error, message_id, action, data)

    def _oversized(self, data: str | bytes | bytearray) -> ProtocolViolation:
        error = FrameError(
            f"message of {len(data)} {'characters' if isinstance(data, str) else 'bytes'}"
            f" is over the limit of {self.max_message_size}",
            version=self.version,
            kind=ErrorKind.FORMAT,
            problem=FrameProblem.BAD_PAYLOAD,
        )
        head = read_head(data)
        if head is not None and head[0] is MessageType.CALL:
            return self._answer_error(head[1], head[2] or "", error)
        return ProtocolViolation(error, None, None, None)

    def _outgoing_action(self, message: OcppModel) -> Action:
        name = getattr(message, "ocpp_action", None)
        action = self._actions.get(name) if isinstance(name, str) else None
        if action is None or type(message) is not action.request:
            found = action_of(type(message))
            origin = f" (OCPP {found[0]})" if found is not None else ""
            raise LocalProtocolError(
                f"{type(message).__name__}{origin} is not an OCPP {self.version} request"
            )
        if not action.initiated_by(self.role):
            raise LocalProtocolError(f"{action.name} is not sent by the {_side_text(self.role)}")
        return action

    def _encode(self, message: OcppModel) -> bytes:
        payload = message.to_json()
        if self.validate_outgoing or (self.validate_outgoing is None and is_unchecked(message)):
            # Judge what actually goes on the wire.
            decode_strict(type(message), payload)
        return payload

    def _fresh_id(self) -> str:
        message_id = self._new_id()
        if type(message_id) is not str or not 0 < len(message_id) <= MAX_MESSAGE_ID_LENGTH:
            raise LocalProtocolError("message ids are strings of 1 to 36 characters")
        pending = {c.message_id for c in self._queued}
        if self._in_flight is not None:
            pending.add(self._in_flight.message_id)
        if message_id in pending:
            raise LocalProtocolError(f"message id {message_id!r} is in use")
        return message_id

    def _start_next(self, now: float) -> None:
        if self._in_flight is None and self._queued:
            call = self._queued.popleft()
            call.deadline = now + call.timeout
            self._in_flight = call
            self._outbox.append(call.frame)

    def _finish_in_flight(self, now: float) -> _OutgoingCall:
        call = self._in_flight
        assert call is not None
        self._in_flight = None
        self._start_next(now)
        return call


def _side_text(side: Side) -> str:
    return "CSMS" if side == "CSMS" else "charging station"


def _short(text: str) -> str:
    return repr(text[:40] + ("..." if len(text) > 40 else ""))
