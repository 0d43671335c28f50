"""Seeing the frames a tool exchanges, and routers that answer every call.

The asyncio layer has no frame-level hook yet, so the tools see frames where the application
does: a :class:`TracingRouter` reports each received call and the answer it produces, and
:func:`traced_call` reports each call a tool makes and the answer that came back. The frames are
rebuilt from the typed messages with the encoders the connection itself uses (so an answer is
shown byte for byte as it is sent; a received call as its validated payload re-encoded). Frames
the connection handles on its own (the error reply to an invalid frame) are reported through
``on_event`` by the tools.
"""

import asyncio
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Literal, TypeAlias, TypeVar

import attrs

from ocpkit._base import OcppRequest, OcppResponse, OcppSend
from ocpkit.ocpp.aio import CallErrorReceived, Session, current_session
from ocpkit.ocpp.errors import OcppError
from ocpkit.ocpp.events import CallReceived, SendReceived
from ocpkit.ocpp.frames import (
    CallError,
    MessageType,
    call_error_for,
    encode_call,
    encode_result,
    encode_send,
    serialize,
)
from ocpkit.ocpp.registry import Side, actions_of
from ocpkit.ocpp.router import Reply, Router
from ocpkit.ocpp.version import OcppVersion

from .answers import Answerer

__all__ = [
    "Direction",
    "FrameSeen",
    "FrameTap",
    "Override",
    "TracingRouter",
    "answering_router",
    "traced_call",
]

R = TypeVar("R", bound=OcppResponse)

Direction: TypeAlias = Literal["in", "out"]
"""Whether a frame was received (``in``) or sent (``out``) by the side that reports it."""


@attrs.frozen(kw_only=True)
class FrameSeen:
    """One frame a tool received or sent, with what is known about it.

    ``side`` is the side that reports it (``direction`` is relative to that side); ``action``
    is the call's action, also for its answer; ``message_id`` is ``None`` when it could not be
    told (an unreadable frame).
    """

    identity: str
    side: Side
    direction: Direction
    message_type: MessageType
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
"""Told of every frame seen (it must not raise; it runs inside the session's handlers)."""


def _error_frame(error: CallErrorReceived) -> bytes:
    return serialize(
        CallError(
            message_id=error.message_id,
            error_code=error.code,
            error_description=error.description,
            error_details=error.details,
        )
    )


class TracingRouter(Router):
    """A :class:`~ocpkit.ocpp.router.Router` that tells ``tap`` of each call it answers.

    The received CALL (or 2.1 SEND) is reported before its handler runs, the CALLRESULT or
    CALLERROR the handler's outcome becomes as soon as it is known (both :meth:`answer`, which
    the session uses, and :meth:`dispatch` go through :meth:`answer`).
    """

    def __init__(self, version: OcppVersion, role: Side, tap: FrameTap | None = None) -> None:
        super().__init__(version, role)
        self.tap = tap
        """Where frames are reported (``None``: nowhere)."""

    def answer(self, event: CallReceived) -> Reply | Awaitable[Reply]:
        """Report the call, run its handler, report the answer (as soon as there is one)."""
        identity = current_session().identity
        self._report(
            identity,
            "in",
            MessageType.CALL,
            event.message_id,
            event.action,
            encode_call(event.message_id, event.action, event.request.to_json()),
        )
        outcome = super().answer(event)
        if isinstance(outcome, OcppResponse | OcppError):
            self._report_reply(identity, event, outcome)
            return outcome
        return self._reported(identity, event, outcome)

    async def _reported(
        self, identity: str, event: CallReceived, pending: Awaitable[Reply]
    ) -> Reply:
        reply = await pending
        self._report_reply(identity, event, reply)
        return reply

    def _report_reply(self, identity: str, event: CallReceived, reply: Reply) -> None:
        if isinstance(reply, OcppError):
            frame = serialize(call_error_for(reply, event.message_id, self.version))
            kind = MessageType.CALLERROR
        else:
            frame = encode_result(event.message_id, reply.to_json())
            kind = MessageType.CALLRESULT
        self._report(identity, "out", kind, event.message_id, event.action, frame)

    async def dispatch_send(self, event: SendReceived) -> None:
        """Report the SEND message, then run its handler."""
        self._report(
            current_session().identity,
            "in",
            MessageType.SEND,
            event.message_id,
            event.action,
            encode_send(event.message_id, event.action, event.message.to_json()),
        )
        await super().dispatch_send(event)

    def _report(
        self,
        identity: str,
        direction: Direction,
        message_type: MessageType,
        message_id: str,
        action: str,
        data: bytes,
    ) -> None:
        if self.tap is not None:
            self.tap(
                FrameSeen(
                    identity=identity,
                    side=self.role,
                    direction=direction,
                    message_type=message_type,
                    message_id=message_id,
                    action=action,
                    data=data,
                )
            )


async def traced_call(
    session: Session,
    request: OcppRequest[R],
    tap: FrameTap | None,
    *,
    timeout: float | None = None,
) -> R:
    """:meth:`Session.call`, telling ``tap`` of the CALL and of the answer.

    The message id is read from the connection once the call is sent (``in_flight``), so the
    tool must not have another call of its own in flight on the session.
    """
    if tap is None:
        return await session.call(request, timeout=timeout)
    task = asyncio.ensure_future(session.call(request, timeout=timeout))
    try:
        # One trip through the loop runs the call up to its wait for the answer: it is sent
        # (the loop runs the new task's first step before this coroutine resumes, and no
        # answer can be read in between).
        await asyncio.sleep(0)
        message_id = session.connection.in_flight if not task.done() else None
        action = request.ocpp_action

        def report(direction: Direction, kind: MessageType, data: bytes) -> None:
            tap(
                FrameSeen(
                    identity=session.identity,
                    side=session.role,
                    direction=direction,
                    message_type=kind,
                    message_id=message_id,
                    action=action,
                    data=data,
                )
            )

        if message_id is not None:
            report("out", MessageType.CALL, encode_call(message_id, action, request.to_json()))
        try:
            response = await task
        except CallErrorReceived as error:
            report("in", MessageType.CALLERROR, _error_frame(error))
            raise
        if message_id is not None:
            report("in", MessageType.CALLRESULT, encode_result(message_id, response.to_json()))
        return response
    finally:
        if not task.done():  # this coroutine failed or was cancelled: so is the call
            task.cancel()


Override: TypeAlias = Callable[[Any], OcppResponse]
"""A hand-made handler for one action: takes the request, returns its response."""


def answering_router(
    version: OcppVersion,
    role: Side,
    answerer: Answerer,
    *,
    tap: FrameTap | None = None,
    overrides: Mapping[str, Override] | None = None,
    after: Callable[[Session, OcppRequest[OcppResponse], OcppResponse], None] | None = None,
    on_send: Callable[[Session, OcppSend], None] | None = None,
) -> TracingRouter:
    """A router for ``role`` that answers every call the peer may send.

    ``overrides`` (action name -> handler) replace the ``answerer`` for some actions;
    ``after(session, request, response)`` is told of each answer before it goes out (a CSMS
    reacts to what it was told there); ``on_send`` gets 2.1 SEND messages.
    """
    router = TracingRouter(version, role, tap)
    chosen = dict(overrides or {})
    for action in actions_of(version).values():
        if not action.initiated_by(router.peer):
            continue
        if action.is_send:
            router.add_handler(action.request, _sender(on_send))
            continue
        handler = chosen.pop(action.name, answerer.answer)
        router.add_handler(action.request, _handler(handler, after))
    if chosen:
        raise ValueError(f"no {role}-received action named {', '.join(sorted(chosen))}")
    return router


def _handler(
    answer: Override,
    after: Callable[[Session, OcppRequest[OcppResponse], OcppResponse], None] | None,
) -> Callable[[OcppRequest[OcppResponse]], OcppResponse]:
    def handle(request: OcppRequest[OcppResponse]) -> OcppResponse:
        response = answer(request)
        if after is not None:
            after(current_session(), request, response)
        return response

    return handle


def _sender(
    on_send: Callable[[Session, OcppSend], None] | None,
) -> Callable[[OcppSend], None]:
    def receive(message: OcppSend) -> None:
        if on_send is not None:
            on_send(current_session(), message)

    return receive
