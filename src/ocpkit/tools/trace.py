"""Seeing the frames a tool exchanges, and routers that answer every call.

Frames come from the session's ``on_frame`` hook: a :class:`FrameTracer` is that hook, and it
hands each WebSocket message on as a :class:`FrameSeen` -- the bytes as they were on the wire,
in the order they were read and written, broken ones and the protocol core's own error replies
included. What a frame is (message type, id, action) is read from those bytes:

=========================  ==================================================================
the frame                  what is read, and from where
=========================  ==================================================================
CALL, SEND                 type, id and action from the head
                           (:func:`~ocpkit.ocpp.frames.read_head`)
CALLRESULT, CALLERROR      type and id from the head; the action is the one of the CALL with
                           that id that went the other way (still pending on the session)
CALLRESULTERROR (2.1)      type and id; the action of the call whose result it refuses
not a message frame        nothing: ``message_type``, ``message_id`` and ``action`` are
                           ``None`` (the bytes are still shown)
=========================  ==================================================================

A tracer remembers at most :data:`MAX_PENDING` unanswered calls per session and direction
(a peer that never answers cannot make it grow); an answer to a call it forgot is shown
without an action.

:class:`AnsweringRouter` answers every call the peer may make and reports each answered call
once its answer has been written (``on_answered``), and each 2.1 SEND before its handler runs
(``on_send_received``): per call, not per frame, so that a tool that traces no frames pays
nothing per frame.
"""

import logging
import weakref
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Final, Literal, TypeAlias

import attrs
import orjson

from ocpkit._base import OcppRequest, OcppResponse, OcppSend
from ocpkit.ocpp.aio import FrameDirection, Session, SessionError, current_session
from ocpkit.ocpp.events import CallReceived, SendReceived
from ocpkit.ocpp.frames import MessageType, read_head
from ocpkit.ocpp.registry import Side, actions_of
from ocpkit.ocpp.router import Reply, Router
from ocpkit.ocpp.version import OcppVersion

from .answers import Answerer
from .transactions import RemoteTransactions, TransactionRetry
from .triggers import TRIGGER_ACTIONS, triggered_request

__all__ = [
    "MAX_PENDING",
    "AnsweredHook",
    "AnsweringRouter",
    "Direction",
    "FrameHead",
    "FrameSeen",
    "FrameTap",
    "FrameTracer",
    "Override",
    "SendHook",
    "answering_router",
    "read_frame_head",
]

Direction: TypeAlias = Literal["in", "out"]
"""Whether a frame was received (``in``) or sent (``out``) by the side that reports it."""

logger: logging.Logger = logging.getLogger("ocpkit.tools")

MAX_PENDING: Final = 16
"""Unanswered calls a :class:`FrameTracer` remembers per session and direction (the oldest is
forgotten first). OCPP has one call in flight per direction; the rest is room for calls that
timed out and for peers that do not wait."""

# How many answered calls stay known, per session, for a 2.1 CALLRESULTERROR refusing a result.
_SETTLED: Final = 4


@attrs.frozen(kw_only=True)
class FrameSeen:
    """One frame a tool received or sent, with what could be read of it.

    ``side`` is the side that reports it (``direction`` is relative to that side); ``action``
    is the call's action, also for its answer; ``message_type`` and ``message_id`` are ``None``
    when the frame is no readable message frame. ``data`` is the frame as it was on the wire.
    """

    identity: str
    side: Side
    direction: Direction
    message_type: MessageType | None
    message_id: str | None
    action: str | None
    data: bytes

    @property
    def sender(self) -> Side:
        """The side that sent the frame."""
        if self.direction == "out":
            return self.side
        return "ChargingStation" if self.side == "CSMS" else "CSMS"


FrameTap: TypeAlias = Callable[[FrameSeen], None]
"""Told of every frame seen (it runs inside the session's ``on_frame`` hook: it must be quick
and should not raise)."""


@attrs.frozen
class FrameHead:
    """What :func:`read_frame_head` could read of a frame (``None`` where nothing could)."""

    message_type: MessageType | None
    message_id: str | None
    action: str | None


_UNREADABLE: Final = FrameHead(None, None, None)
_TYPES: Final = {int(member): member for member in MessageType}
_NAMED: Final = frozenset({MessageType.CALL, MessageType.SEND})


def read_frame_head(data: bytes) -> FrameHead:
    """The message type, id and (for a CALL or SEND) action of a frame, as far as they can be
    read; a frame that is no JSON array starting with a known type id and a string id gives
    all ``None``."""
    head = read_head(data)
    if head is not None:
        return FrameHead(*head)
    # Not plainly written, or an error frame (read_head reads CALL, CALLRESULT and SEND only).
    try:
        frame = orjson.loads(data)
    except orjson.JSONDecodeError:
        return _UNREADABLE
    if not isinstance(frame, list) or len(frame) < 2:
        return _UNREADABLE
    type_id, message_id = frame[0], frame[1]
    if type(type_id) is not int or type_id not in _TYPES or not isinstance(message_id, str):
        return _UNREADABLE
    message_type = _TYPES[type_id]
    action = frame[2] if message_type in _NAMED and len(frame) > 2 else None
    return FrameHead(message_type, message_id, action if isinstance(action, str) else None)


class _Calls:
    """The calls of one session whose answer is still to come, by (direction, message id)."""

    def __init__(self) -> None:
        self.pending: dict[tuple[Direction, str], str] = {}
        self.settled: dict[tuple[Direction, str], str] = {}

    def called(self, direction: Direction, message_id: str, action: str) -> None:
        key = (direction, message_id)
        self.pending.pop(key, None)  # a reused id: the newest call is the one answered
        self.pending[key] = action
        if sum(1 for d, _ in self.pending if d == direction) > MAX_PENDING:
            oldest = next(k for k in self.pending if k[0] == direction)
            del self.pending[oldest]

    def answered(self, call_direction: Direction, message_id: str, *, result: bool) -> str | None:
        key = (call_direction, message_id)
        action = self.pending.pop(key, None)
        if action is not None and result:
            self.settled[key] = action
            if len(self.settled) > _SETTLED:
                del self.settled[next(iter(self.settled))]
        return action

    def refused(self, call_direction: Direction, message_id: str) -> str | None:
        return self.settled.pop((call_direction, message_id), None)


def _opposite(direction: Direction) -> Direction:
    return "out" if direction == "in" else "in"


class FrameTracer:
    """An ``on_frame`` hook that tells ``tap`` of every frame, as a :class:`FrameSeen`.

    One tracer serves any number of sessions (what it remembers of each goes with the
    session). Install it only where frames are wanted: a session without ``on_frame`` does no
    work per frame.
    """

    def __init__(self, tap: FrameTap) -> None:
        self.tap = tap
        """Where frames are reported."""
        self._calls: weakref.WeakKeyDictionary[Session[Any], _Calls] = weakref.WeakKeyDictionary()

    def __call__(self, session: Session[Any], direction: FrameDirection, data: bytes) -> None:
        """The hook: read the frame's head, and report it."""
        way: Direction = "in" if direction is FrameDirection.RECEIVED else "out"
        head = read_frame_head(data)
        action = head.action
        message_id = head.message_id
        kind = head.message_type
        if message_id is not None and kind is not None:
            calls = self._calls.get(session)
            if calls is None:
                calls = self._calls[session] = _Calls()
            if kind is MessageType.CALL and action is not None:
                calls.called(way, message_id, action)
            elif kind is MessageType.CALLRESULT or kind is MessageType.CALLERROR:
                action = calls.answered(
                    _opposite(way), message_id, result=kind is MessageType.CALLRESULT
                )
            elif kind is MessageType.CALLRESULTERROR:
                action = calls.refused(way, message_id)
        self.tap(
            FrameSeen(
                identity=session.identity,
                side=session.role,
                direction=way,
                message_type=kind,
                message_id=message_id,
                action=action,
                data=data,
            )
        )


# -- routers that answer every call ----------------------------------------------------------------

Override: TypeAlias = Callable[[Any], OcppResponse]
"""A hand-made handler for one action: takes the request, returns its response."""

AnsweredHook: TypeAlias = Callable[[Session[Any], CallReceived, Reply], None]
"""``on_answered(session, call, reply)``: a received call was answered with ``reply`` (a
response, or the error sent as a CALLERROR); the answer has been written."""

SendHook: TypeAlias = Callable[[Session[Any], SendReceived], None]
"""``on_send_received(session, message)``: a 2.1 SEND message arrived (before its handler runs)."""

# Calls being answered, at most: an answer that could not be written never reaches
# after_reply, so its entry is dropped when this many are open (the oldest first).
_MAX_ANSWERING: Final = 1024


class AnsweringRouter(Router[Any]):
    """A :class:`~ocpkit.ocpp.router.Router` that answers every call the peer may make, and
    tells ``on_answered`` of each answer once it has been written and ``on_send_received`` of
    each 2.1 SEND message.

    One router serves every session of its version: the session a call came on is read with
    :func:`~ocpkit.ocpp.aio.current_session` while its handler runs, and kept until the answer
    is out. ``overrides`` (action name -> handler) replace the ``answerer`` for some actions;
    an override for no action the ``role`` receives raises ``ValueError``.

    A charging station's router (``follow_triggers``, the default) answers TriggerMessage and
    ExtendedTriggerMessage ``Accepted`` when :func:`~ocpkit.tools.triggers.triggered_request`
    has the message asked for, ``NotImplemented`` otherwise, and sends that message once the
    answer is out. The triggered call is awaited in the after hook's task: when it fails (no
    answer in time, a refusal, a closed session) that is logged, and the station goes on.

    A charging station's router (``follow_remote_starts``, the default) also carries out the
    CSMS's remote starts and stops with a :class:`~ocpkit.tools.transactions.RemoteTransactions`
    (:attr:`transactions`): it starts and ends the transaction it was asked for, and sends its
    transaction messages again as ``transaction_retry`` says when the CSMS fails to process them.
    An action in ``overrides`` is answered by its override only, and nothing follows it.
    """

    def __init__(
        self,
        version: OcppVersion,
        role: Side,
        answerer: Answerer,
        *,
        overrides: Mapping[str, Override] | None = None,
        on_answered: AnsweredHook | None = None,
        on_send_received: SendHook | None = None,
        follow_triggers: bool = True,
        follow_remote_starts: bool = True,
        transaction_retry: TransactionRetry | None = None,
    ) -> None:
        super().__init__(version, role)
        self.on_answered = on_answered
        """Told of every answered call (``None``: nobody)."""
        self.on_send_received = on_send_received
        """Told of every SEND message (``None``: nobody)."""
        self._answering: dict[int, Session[Any]] = {}
        chosen = dict(overrides or {})
        if follow_triggers and role == "ChargingStation":
            for name in TRIGGER_ACTIONS & actions_of(self.version).keys() - chosen.keys():
                chosen[name] = self._accept_trigger
                self._set_after(name, self._send_triggered)
        self.transactions: RemoteTransactions | None = None
        """The transactions the station runs at the CSMS's request (``None``: not followed)."""
        if follow_remote_starts and role == "ChargingStation":
            transactions = RemoteTransactions(self.version, retry=transaction_retry)
            self.transactions = transactions
            followed = (
                (transactions.start_action, transactions.answer_start, transactions.after_start),
                (transactions.stop_action, transactions.answer_stop, transactions.after_stop),
            )
            for name, answer, after in followed:
                if name not in chosen:
                    chosen[name] = answer
                    self._set_after(name, after)
        for action in actions_of(self.version).values():
            if not action.initiated_by(self.peer):
                continue
            if action.is_send:
                self.add_handler(action.request, _ignore)
                continue
            self.add_handler(action.request, chosen.pop(action.name, answerer.answer))
        if chosen:
            raise ValueError(f"no {role}-received action named {', '.join(sorted(chosen))}")

    def _accept_trigger(self, request: OcppRequest[OcppResponse]) -> OcppResponse:
        """``Accepted`` when the message asked for is one the station sends, else
        ``NotImplemented``."""
        sent = triggered_request(self.version, request) is not None
        status = "Accepted" if sent else "NotImplemented"
        response_type = actions_of(self.version)[request.ocpp_action].response
        assert response_type is not None  # a trigger is a call, not a SEND
        return response_type.from_json(orjson.dumps({"status": status}))

    async def _send_triggered(
        self, request: OcppRequest[OcppResponse], response: OcppResponse
    ) -> None:
        """Send the message ``request`` asked for, once its ``Accepted`` answer is out."""
        if response.to_wire().get("status") != "Accepted":
            return
        triggered = triggered_request(self.version, request)
        if triggered is None:
            return
        session = current_session()
        try:
            await session.call(triggered)
        except SessionError as error:
            logger.info(
                "%s: the triggered %s went unanswered: %s",
                session.identity,
                triggered.ocpp_action,
                error,
            )

    def answer(self, event: CallReceived) -> Reply | Awaitable[Reply]:
        """Run the handler, noting the session the call came on (for :meth:`after_reply`)."""
        if self.on_answered is not None:
            try:
                session = current_session()
            except LookupError:  # run outside a session (a test calling dispatch): unreported
                return super().answer(event)
            answering = self._answering
            if len(answering) >= _MAX_ANSWERING:
                del answering[next(iter(answering))]
            answering[id(event)] = session
        return super().answer(event)

    def has_after(self, action: str) -> bool:
        """Yes for every action when ``on_answered`` is set: the session then calls
        :meth:`after_reply` once each answer is written."""
        return self.on_answered is not None or super().has_after(action)

    def after_reply(self, event: CallReceived, reply: Reply) -> Awaitable[None] | None:
        """Tell ``on_answered`` of the answer just written (then run any after hook)."""
        session = self._answering.pop(id(event), None)
        if session is not None and self.on_answered is not None:
            self.on_answered(session, event, reply)
        return super().after_reply(event, reply)

    async def dispatch_send(self, event: SendReceived) -> None:
        """Tell ``on_send_received`` of the SEND message, then run its handler."""
        if self.on_send_received is not None:
            self.on_send_received(current_session(), event)
        await super().dispatch_send(event)


def _ignore(message: OcppSend) -> None:
    """A SEND message needs nothing more than ``on_send_received`` saw."""


def answering_router(
    version: OcppVersion,
    role: Side,
    answerer: Answerer,
    *,
    overrides: Mapping[str, Override] | None = None,
    on_answered: AnsweredHook | None = None,
    on_send_received: SendHook | None = None,
) -> AnsweringRouter:
    """An :class:`AnsweringRouter` for ``role`` (build one per version and reuse it for every
    session: it holds nothing per connection)."""
    return AnsweringRouter(
        version,
        role,
        answerer,
        overrides=overrides,
        on_answered=on_answered,
        on_send_received=on_send_received,
    )
