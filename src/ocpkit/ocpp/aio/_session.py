"""A :class:`Session`: one OCPP connection, as the application sees it.

The session is the thin I/O layer around the sans-IO :class:`~ocpkit.ocpp.connection.Connection`.
Every received message is fed to the connection with the loop's clock; what it reports is acted
on at once (answers resolve the caller's future, received calls run their handler in a task of
their own so that a slow handler never holds up receiving); whatever the connection queued is
written after each step; and one timer, armed from ``next_deadline()``, fails calls that got no
answer in time. Nothing the peer sends can raise out of the session: broken input is answered as
the protocol prescribes, reported to ``on_event`` and logged on the ``ocpkit.aio`` logger.
"""

import asyncio
import inspect
import logging
import sys
from collections.abc import Awaitable, Callable, Coroutine
from contextvars import ContextVar
from typing import Any, TypeAlias, TypeVar, cast

from ocpkit._base import OcppRequest, OcppResponse, OcppSend
from ocpkit.ocpp.connection import Connection, LocalProtocolError
from ocpkit.ocpp.errors import ErrorKind, OcppError
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
from ocpkit.ocpp.registry import Side
from ocpkit.ocpp.router import Reply, Router
from ocpkit.ocpp.version import OcppVersion

from ._errors import CallErrorReceived, CallTimeout, InvalidResponse, SessionClosed
from ._transport import CLOSE_NORMAL, Wire

__all__ = ["EventHook", "Session", "SessionHook", "current_session"]

logger = logging.getLogger("ocpkit.aio")

R = TypeVar("R", bound=OcppResponse)

EventHook: TypeAlias = Callable[["Session", Event], None]
"""``on_event(session, event)``: told of events that need no answer (protocol violations,
unexpected or late replies, rejected results). Exceptions it raises are logged and dropped."""

SessionHook: TypeAlias = Callable[["Session"], Awaitable[None] | None]
"""``on_connect(session)`` / ``on_disconnect(session)``: a function or a coroutine function
(a coroutine is run as a task of its own)."""

_current: ContextVar["Session"] = ContextVar("ocpkit_aio_current_session")


def current_session() -> "Session":
    """The session whose received call (or SEND message) the running handler serves.

    Router handlers take only the request; a CSMS handler that needs to know which charging
    station called reads it here (``current_session().identity``). Raises ``LookupError``
    outside a handler.
    """
    return _current.get()


def run_hook(hook: SessionHook, session: "Session", name: str) -> Coroutine[Any, Any, None] | None:
    """Call an ``on_connect``/``on_disconnect`` hook; if it gave an awaitable, the coroutine to
    run it to the end in a task. Failures are logged, never raised."""
    try:
        result = hook(session)
    except Exception:
        logger.exception("%s: %s failed", session.identity, name)
        return None
    if not inspect.isawaitable(result):
        return None
    awaitable = result

    async def finish() -> None:
        try:
            await awaitable
        except Exception:
            logger.exception("%s: %s failed", session.identity, name)

    return finish()


if sys.version_info >= (3, 12):

    def _start_task(
        loop: asyncio.AbstractEventLoop, coro: Coroutine[Any, Any, None]
    ) -> "asyncio.Task[None]":
        # Eager: a handler that never awaits finishes here, without a trip through the loop.
        return asyncio.Task(coro, loop=loop, eager_start=True)

else:

    def _start_task(
        loop: asyncio.AbstractEventLoop, coro: Coroutine[Any, Any, None]
    ) -> "asyncio.Task[None]":
        return loop.create_task(coro)


class Session:
    """One open OCPP connection: call the peer, and answer its calls through ``router``.

    Sessions are made by :class:`~ocpkit.ocpp.aio.CsmsServer` (one per connected charging
    station) and :class:`~ocpkit.ocpp.aio.ChargePointClient`; applications use :meth:`call`,
    :meth:`send` and :meth:`close`, and read ``identity``, ``version`` and ``subprotocol``.
    """

    def __init__(
        self,
        wire: Wire,
        *,
        connection: Connection,
        router: Router,
        identity: str,
        subprotocol: str,
        on_event: EventHook | None = None,
    ) -> None:
        if router.version is not connection.version or router.role != connection.role:
            raise ValueError(
                f"the router serves the {router.role} of OCPP {router.version}, the connection"
                f" is the {connection.role} of OCPP {connection.version}"
            )
        self.connection = connection
        """The sans-IO protocol state (for inspection; the session drives it)."""
        self.router = router
        """The handlers of the calls this session receives."""
        self.identity = identity
        """The charging station's identity (on both sides of the connection)."""
        self.subprotocol = subprotocol
        """The negotiated WebSocket subprotocol (``"ocpp2.0.1"``, ...)."""
        self.close_code: int | None = None
        """The WebSocket close code once closed (1006: no close frame was received)."""
        self.close_reason = ""
        """The WebSocket close reason once closed."""
        self._wire = wire
        self._on_event = on_event
        self._loop = asyncio.get_running_loop()
        self._waiting: dict[str, asyncio.Future[OcppResponse]] = {}
        self._tasks: set[asyncio.Task[None]] = set()
        self._timer: asyncio.TimerHandle | None = None
        self._timer_at = 0.0
        self._closing = False
        self._closed = False
        self._closed_future: asyncio.Future[None] = self._loop.create_future()
        self._lost_hooks: list[Callable[[Session], None]] = []

    def __repr__(self) -> str:
        state = "closed" if self._closed else "closing" if self._closing else "open"
        return f"<Session {self.identity!r} {self.subprotocol} {self.role} {state}>"

    # -- what applications use ----------------------------------------------------------

    @property
    def version(self) -> OcppVersion:
        """The OCPP version spoken."""
        return self.connection.version

    @property
    def role(self) -> Side:
        """The side this end plays: ``"CSMS"`` or ``"ChargingStation"``."""
        return self.connection.role

    @property
    def closed(self) -> bool:
        """Whether the connection is gone."""
        return self._closed

    async def call(self, request: OcppRequest[R], *, timeout: float | None = None) -> R:
        """Send ``request`` and return the peer's typed response.

        Calls go out one at a time (OCPP allows one in flight per direction); further calls wait
        in order, and ``timeout`` (default: the connection's ``call_timeout``) counts from when
        the call is sent. Raises :class:`CallErrorReceived`, :class:`CallTimeout`,
        :class:`InvalidResponse` or :class:`SessionClosed`; a request that breaks its schema or
        that this side may not send raises before anything is sent
        (:class:`~ocpkit.ocpp.errors.PayloadValidationError`,
        :class:`~ocpkit.ocpp.connection.LocalProtocolError`).
        """
        if self._closing or self._closed:
            raise self._closed_error()
        message_id = self.connection.call(request, self._loop.time(), timeout=timeout)
        future: asyncio.Future[OcppResponse] = self._loop.create_future()
        self._waiting[message_id] = future
        self._flush()
        self._arm_timer()
        try:
            response = await future
        finally:
            self._waiting.pop(message_id, None)
        return cast(R, response)

    async def send(self, message: OcppSend) -> None:
        """OCPP 2.1: send an unconfirmed message (SEND); nothing comes back."""
        if self._closing or self._closed:
            raise self._closed_error()
        self.connection.send(message)
        self._flush()

    async def close(self, code: int = CLOSE_NORMAL, reason: str = "") -> None:
        """Close the connection and wait until it is closed. Calls still waiting fail with
        :class:`SessionClosed`; handlers still running are cancelled."""
        if not self._closing and not self._closed:
            self._closing = True
            self._wire.close(code, reason)
        await self.wait_closed()

    async def wait_closed(self) -> None:
        """Wait until the connection is gone, whoever closed it."""
        await asyncio.shield(self._closed_future)

    # -- what transports call -------------------------------------------------------------

    def message_received(self, data: bytes | str) -> None:
        """Transport side: one WebSocket message arrived."""
        if self._closed:
            return
        try:
            events = self.connection.receive(data, self._loop.time())
            for event in events:
                self._handle(event)
        except Exception:  # a bug, not the peer's input: keep the session alive regardless
            logger.exception("%s: failed to process a received message", self.identity)
        self._flush()
        self._arm_timer()

    def connection_lost(self, code: int, reason: str) -> None:
        """Transport side: the connection is gone."""
        if self._closed:
            return
        self._closed = True
        self.close_code = code
        self.close_reason = reason
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        waiting, self._waiting = self._waiting, {}
        for future in waiting.values():
            if not future.done():
                future.set_exception(self._closed_error())
        for task in list(self._tasks):
            task.cancel()
        self._closed_future.set_result(None)
        for hook in self._lost_hooks:
            try:
                hook(self)
            except Exception:
                logger.exception("%s: a disconnect hook failed", self.identity)
        logger.info("%s: connection closed (%s %s)", self.identity, code, reason)

    def _add_lost_hook(self, hook: Callable[["Session"], None]) -> None:
        self._lost_hooks.append(hook)

    # -- events ---------------------------------------------------------------------------

    def _handle(self, event: Event) -> None:
        if isinstance(event, CallReceived):
            token = _current.set(self)
            try:
                outcome = self.router.answer(event)
            finally:
                _current.reset(token)
            if isinstance(outcome, OcppResponse | OcppError):
                self._send_reply(event, outcome)  # a plain handler: answered without a task
            else:
                self._spawn(self._answer(event, outcome))
        elif isinstance(event, ResultReceived):
            future = self._waiting.pop(event.message_id, None)
            if future is not None and not future.done():
                future.set_result(event.response)
        elif isinstance(event, ErrorReceived):
            self._fail(
                event.message_id,
                CallErrorReceived(
                    action=event.action,
                    message_id=event.message_id,
                    request=event.request,
                    code=event.error_code,
                    kind=event.kind,
                    description=event.description,
                    details=event.details,
                ),
            )
        elif isinstance(event, CallTimedOut):
            self._fail(
                event.message_id,
                CallTimeout(
                    f"{event.action} got no answer in time",
                    action=event.action,
                    message_id=event.message_id,
                    request=event.request,
                ),
            )
        elif isinstance(event, ResultInvalid):
            logger.warning(
                "%s: invalid %s response (message %s): %s",
                self.identity,
                event.action,
                event.message_id,
                event.error,
            )
            self._fail(
                event.message_id,
                InvalidResponse(
                    action=event.action,
                    message_id=event.message_id,
                    request=event.request,
                    error=event.error,
                ),
            )
        elif isinstance(event, SendReceived):
            self._spawn(self._deliver(event))
        else:
            self._inform(event)

    def _inform(
        self, event: ProtocolViolation | LateReply | UnexpectedReply | ResultRejected
    ) -> None:
        if isinstance(event, ProtocolViolation):
            logger.warning(
                "%s: protocol violation%s: %s",
                self.identity,
                f" (message {event.message_id})" if event.message_id is not None else "",
                event.error,
            )
        else:
            logger.info("%s: %r", self.identity, event)
        if self._on_event is not None:
            try:
                self._on_event(self, event)
            except Exception:
                logger.exception("%s: on_event failed", self.identity)

    def _fail(self, message_id: str, error: Exception) -> None:
        future = self._waiting.pop(message_id, None)
        if future is not None and not future.done():
            future.set_exception(error)

    def _spawn(self, coro: Coroutine[Any, Any, None]) -> None:
        task = _start_task(self._loop, coro)
        if not task.done():
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    async def _answer(self, event: CallReceived, outcome: Awaitable[Reply]) -> None:
        _current.set(self)
        try:
            reply = await outcome
        except Exception:
            logger.exception("%s: answering %s failed", self.identity, event.action)
            return
        self._send_reply(event, reply)
        self._flush()

    def _send_reply(self, event: CallReceived, reply: Reply) -> None:
        if self._closed:
            return
        try:
            if isinstance(reply, OcppError):
                self.connection.reply_error(event.message_id, reply)
            else:
                self.connection.reply(event.message_id, reply)
        except (LocalProtocolError, OcppError) as error:
            # The handler's response cannot be sent (it breaks its schema): the peer still gets
            # an answer, and the reason stays here.
            logger.error(
                "%s: the answer to %s (message %s) was not sent: %s",
                self.identity,
                event.action,
                event.message_id,
                error,
            )
            if event.message_id in self.connection.unanswered:
                self.connection.reply_error(
                    event.message_id,
                    OcppError("the handler's response is invalid", kind=ErrorKind.INTERNAL),
                )

    async def _deliver(self, event: SendReceived) -> None:
        _current.set(self)
        await self.router.dispatch_send(event)

    # -- I/O --------------------------------------------------------------------------------

    def _flush(self) -> None:
        if self._closed:
            return
        for data in self.connection.data_to_send():
            self._wire.write(data)

    def _arm_timer(self) -> None:
        deadline = self.connection.next_deadline()
        if deadline is None or self._closed:
            return  # a timer already armed fires for nothing, which is harmless
        if self._timer is not None:
            if self._timer_at <= deadline:
                return  # it re-arms for the later deadline when it fires
            self._timer.cancel()
        self._timer_at = deadline
        self._timer = self._loop.call_at(deadline, self._on_timer)

    def _on_timer(self) -> None:
        self._timer = None
        now = self._loop.time()
        deadline = self.connection.next_deadline()
        if deadline is not None and deadline <= self._timer_at:
            # The loop runs a timer up to its clock resolution early: the deadline is due.
            now = max(now, deadline)
        try:
            for event in self.connection.check_timeouts(now):
                self._handle(event)
        except Exception:
            logger.exception("%s: failed to check call timeouts", self.identity)
        self._flush()
        self._arm_timer()

    def _closed_error(self) -> SessionClosed:
        return SessionClosed(code=self.close_code, reason=self.close_reason)
