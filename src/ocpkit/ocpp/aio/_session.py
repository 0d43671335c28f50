"""A :class:`Session`: one OCPP connection, as the application sees it.

The session is the thin I/O layer around the sans-IO :class:`~ocpkit.ocpp.connection.Connection`.
Every received message is fed to the connection with the loop's clock; what it reports is acted
on at once (answers resolve the caller's future, received calls run their handler in a task of
their own so that a slow handler never holds up receiving); whatever the connection queued is
written after each step; and one timer, armed from ``next_deadline()``, fails calls that got no
answer in time. Nothing the peer sends can raise out of the session: broken input is answered as
the protocol prescribes, reported to ``on_event`` and logged on the ``ocpkit.aio`` logger, at
WARNING and rate-limited per session (a flood of bad frames costs a few log lines, not one per
frame).

The life of a session, with the hooks of :class:`~ocpkit.ocpp.aio.SessionHooks`:

====================  ======================================================================
phase                 what happens
====================  ======================================================================
open                  ``on_connect`` runs (in a task of its own); calls and SEND messages
                      the peer sends meanwhile are held, in order, and delivered once it has
                      returned; answers to our own calls are not held (``on_connect`` may
                      call the peer). If it raises: logged, closed with 1011.
first message         with ``first_message_timeout``, a peer silent that long after the
                      opening is closed with 1008.
running               handlers answer through the middleware chain; ``call()`` waits for the
                      peer's answer; a ``call()`` whose task is cancelled gives up its call
                      (never sent if still queued; its late answer reported as
                      :class:`~ocpkit.ocpp.events.LateReply`).
``close()``           no new calls; ours still waiting fail with :class:`SessionClosed`;
                      handlers running finish within the drain deadline (then they are
                      cancelled, their calls left unanswered); the socket closes with the
                      code given.
closed                ``on_disconnect`` runs once, after ``on_connect`` has finished, with a
                      :class:`~ocpkit.ocpp.aio.Disconnect`; ``wait_closed()`` returns when it
                      is done.
====================  ======================================================================
"""

import asyncio
import inspect
import logging
import sys
from collections.abc import Awaitable, Callable, Coroutine
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any, Final, Generic, Literal, cast, overload

from typing_extensions import TypeVar

from ocpkit._base import OcppRequest, OcppResponse
from ocpkit._errors import OcpkitError
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

from ._config import ConfigError, SessionConfig
from ._errors import CallRejected, CallTimeout, InvalidResponse, SessionClosed, VersionMismatch
from ._hooks import (
    Disconnect,
    DisconnectCause,
    FrameDirection,
    SessionHook,
    SessionHooks,
)
from ._transport import CLOSE_ABNORMAL, CLOSE_NORMAL, Wire

if TYPE_CHECKING:
    from ocpkit.ocpp.v16 import V16Request
    from ocpkit.ocpp.v21 import V21Request, V21Send
    from ocpkit.ocpp.v201 import V201Request

__all__ = ["Session", "current_session"]

logger = logging.getLogger("ocpkit.aio")

R = TypeVar("R", bound=OcppResponse)
ContextT = TypeVar("ContextT", default=Any)
# The request base of the version a session speaks, for type checkers (as on Router): ``Any``
# until the application narrows it with Session.as_version().
VersionT = TypeVar("VersionT", default=Any)

CLOSE_POLICY_VIOLATION: Final = 1008
CLOSE_INTERNAL_ERROR: Final = 1011

# Log lines about what the peer did wrong, per session: the first few in full, then at most one
# per interval, which says how many were left out. A peer that floods bad frames must not turn
# into a log flood (it costs the operator more than it costs the peer).
WARNING_BURST: Final = 5
WARNING_INTERVAL: Final = 60.0

_current: ContextVar["Session[Any]"] = ContextVar("ocpkit_aio_current_session")


def current_session() -> "Session[Any]":
    """The session whose received call (or SEND message) the running handler serves.

    Router handlers take only the request; a CSMS handler that needs to know which charging
    station called reads it here (``current_session().identity``, ``.context``). Also set
    inside ``on_connect``. Raises ``LookupError`` anywhere else.
    """
    return _current.get()


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


class _Throttle:
    """Rate limit for log lines of one kind on one session (see ``WARNING_BURST``)."""

    def __init__(self, level: int) -> None:
        self.level = level
        self.logged = 0
        self.suppressed = 0
        self.quiet_until = 0.0

    def log(self, now: float, message: str, *args: object, exc_info: bool = False) -> None:
        if self.logged >= WARNING_BURST and now < self.quiet_until:
            self.suppressed += 1
            return
        if self.suppressed:
            message += " (%d more like it suppressed)"
            args = (*args, self.suppressed)
            self.suppressed = 0
        logger.log(self.level, message, *args, exc_info=exc_info)
        self.logged += 1
        if self.logged >= WARNING_BURST:
            self.quiet_until = now + WARNING_INTERVAL

    def summary(self, identity: str, what: str) -> None:
        """At the end of the session: how many lines were left out since the last one."""
        if self.suppressed:
            logger.log(self.level, "%s: %d more %s suppressed", identity, self.suppressed, what)
            self.suppressed = 0


class Session(Generic[ContextT, VersionT]):
    """One open OCPP connection: call the peer, and answer its calls through ``router``.

    Sessions are made by :class:`~ocpkit.ocpp.aio.CsmsServer` (one per connected charging
    station) and :class:`~ocpkit.ocpp.aio.ChargePointClient`; applications use :meth:`call`,
    :meth:`send` and :meth:`close`, and read ``identity``, ``version``, ``subprotocol`` and
    ``context`` (what authentication accepted the station with; ``None`` on a charge point).
    ``first_message_timeout`` (seconds, ``None`` for none) closes a connection with 1008 when
    the peer sends nothing that long after it opened.

    For type checkers a session is ``Session[Context, Version]``: the version is the request
    base of the OCPP version spoken (``V201Request[Any]``), ``Any`` while only the run time
    knows it (a server that accepts several versions). :meth:`as_version` narrows it, after
    which calling another version's model is a type error::

        session = csms.sessions["CS-0001"].as_version(OcppVersion.V201)
        await session.call(v201.ResetRequest(type=v201.ResetEnum.IMMEDIATE))  # fine
        await session.call(v16.ResetRequest(type=v16.ResetType.HARD))  # mypy/pyright: error
    """

    def __init__(
        self,
        wire: Wire,
        *,
        connection: Connection,
        router: Router,
        identity: str,
        subprotocol: str,
        config: SessionConfig,
        hooks: SessionHooks,
        context: ContextT,
        first_message_timeout: float | None = None,
    ) -> None:
        if router.version is not connection.version or router.role != connection.role:
            raise ConfigError(
                f"the router serves the {router.role} of OCPP {router.version}, the connection"
                f" is the {connection.role} of OCPP {connection.version}"
            )
        if first_message_timeout is not None and first_message_timeout <= 0:
            raise ConfigError("first_message_timeout must be positive")
        self.connection = connection
        """The sans-IO protocol state (for inspection; the session drives it)."""
        self.router = router
        """The handlers of the calls this session receives."""
        self.identity = identity
        """The charging station's identity (on both sides of the connection)."""
        self.subprotocol = subprotocol
        """The negotiated WebSocket subprotocol (``"ocpp2.0.1"``, ...)."""
        self.context: ContextT = context
        """What the application attached to this connection when it accepted it."""
        self.config = config
        """The settings this session runs with."""
        self.hooks = hooks
        """The application's hooks."""
        self.close_code: int | None = None
        """The WebSocket close code once closed (1006: no close frame was received)."""
        self.close_reason: str = ""
        """The WebSocket close reason once closed."""
        self.disconnect: Disconnect | None = None
        """How the connection ended, once it has (what ``on_disconnect`` is given)."""
        self._wire = wire
        self._on_event = hooks.on_event
        self._on_frame = hooks.on_frame
        self._middleware = hooks.middleware
        self._loop = asyncio.get_running_loop()
        self._waiting: dict[str, asyncio.Future[OcppResponse]] = {}
        self._tasks: set[asyncio.Task[None]] = set()
        self._timer: asyncio.TimerHandle | None = None
        self._timer_at = 0.0
        self._closing = False
        self._closed = False
        self._cause: DisconnectCause | None = None  # set when this side starts the close
        self._closed_future: asyncio.Future[None] = self._loop.create_future()
        self._lost_hooks: list[Callable[[Session[ContextT]], None]] = []
        self._peer_warnings = _Throttle(logging.WARNING)
        self._hook_failures = _Throttle(logging.ERROR)
        # Received calls and SENDs wait here while on_connect runs (None: deliver at once).
        self._held: list[CallReceived | SendReceived] | None = None
        # Whether a received call may take the fast path (no middleware, nothing held).
        self._direct = not self._middleware
        self._connect_task: asyncio.Task[None] | None = None
        self._finish_task: asyncio.Task[None] | None = None
        self._first_timer: asyncio.TimerHandle | None = None
        if hooks.on_connect is not None:
            self._held = []
            self._direct = False
            # Not eager: whoever made the session registers it before on_connect sees it.
            self._connect_task = self._loop.create_task(self._connect(hooks.on_connect))
        if first_message_timeout is not None:
            self._first_timer = self._loop.call_later(
                first_message_timeout, self._first_message_overdue
            )

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

    @property
    def closing(self) -> bool:
        """Whether the session takes no new calls (closing or closed)."""
        return self._closing or self._closed

    @overload
    def as_version(
        self, version: Literal[OcppVersion.V16]
    ) -> "Session[ContextT, V16Request[Any]]": ...
    @overload
    def as_version(
        self, version: Literal[OcppVersion.V201]
    ) -> "Session[ContextT, V201Request[Any]]": ...
    @overload
    def as_version(
        self, version: Literal[OcppVersion.V21]
    ) -> "Session[ContextT, V21Request[Any]]": ...
    @overload
    def as_version(self, version: OcppVersion) -> "Session[ContextT, Any]": ...
    def as_version(self, version: OcppVersion) -> "Session[ContextT, Any]":
        """This session, typed as speaking ``version``, so that type checkers refuse another
        version's models in :meth:`call`; raises :class:`VersionMismatch` if it speaks
        another version. (A version that is not a literal to the type checker only gets the
        run-time check.)"""
        if self.connection.version is not OcppVersion(version):
            raise VersionMismatch(
                f"{self.identity!r} speaks OCPP {self.connection.version}, not {version}"
            )
        return self

    @overload
    async def call(
        self: "Session[Any, V16Request[Any]]",
        request: "V16Request[R]",
        *,
        timeout: float | None = None,
    ) -> R: ...
    @overload
    async def call(
        self: "Session[Any, V201Request[Any]]",
        request: "V201Request[R]",
        *,
        timeout: float | None = None,
    ) -> R: ...
    @overload
    async def call(
        self: "Session[Any, V21Request[Any]]",
        request: "V21Request[R]",
        *,
        timeout: float | None = None,
    ) -> R: ...
    @overload
    async def call(
        self: "Session[Any, OcppRequest[Any]]",
        request: OcppRequest[R],
        *,
        timeout: float | None = None,
    ) -> R: ...
    async def call(self, request: OcppRequest[R], *, timeout: float | None = None) -> R:
        """Send ``request`` and return the peer's typed response.

        Calls go out one at a time (OCPP allows one in flight per direction); further calls wait
        in order, and ``timeout`` (default: the configuration's ``call_timeout``) counts from
        when the call is sent. Everything raised comes from the
        :class:`~ocpkit.OcpkitError` tree: :class:`CallRejected`, :class:`CallTimeout`,
        :class:`InvalidResponse` or :class:`SessionClosed` once sent; and before anything is
        sent :class:`~ocpkit.ocpp.errors.PayloadValidationError` (a request that breaks its
        schema) or :class:`~ocpkit.ocpp.connection.LocalProtocolError` (one this side may not
        send, a full queue, a failing id factory).

        Cancelling the task that awaits this (directly, or through ``asyncio.timeout``) gives
        the call up: a call still queued is never sent, and the answer to one already sent is
        reported to ``on_event`` as :class:`~ocpkit.ocpp.events.LateReply`; either way the next
        call goes ahead.
        """
        if self._closing or self._closed:
            raise self._closed_error()
        try:
            message_id = self.connection.call(request, self._loop.time(), timeout=timeout)
        except OcpkitError:
            raise
        except Exception as error:  # the application's id factory or model: still ours to name
            raise LocalProtocolError(
                f"the call could not be made ({type(error).__name__})"
            ) from error
        future: asyncio.Future[OcppResponse] = self._loop.create_future()
        self._waiting[message_id] = future
        self._flush()
        self._arm_timer()
        try:
            response = await future
        except asyncio.CancelledError:
            self._give_up(message_id)
            raise
        finally:
            self._waiting.pop(message_id, None)
        return cast(R, response)

    async def send(self: "Session[Any, V21Request[Any]]", message: "V21Send") -> None:
        """OCPP 2.1: send an unconfirmed message (SEND); nothing comes back."""
        if self._closing or self._closed:
            raise self._closed_error()
        try:
            self.connection.send(message)
        except OcpkitError:
            raise
        except Exception as error:
            raise LocalProtocolError(
                f"the message could not be sent ({type(error).__name__})"
            ) from error
        self._flush()

    async def close(
        self, code: int = CLOSE_NORMAL, reason: str = "", *, drain: float | None = None
    ) -> None:
        """Close the connection and wait until it is closed (``on_disconnect`` included).

        From the moment it is called, :meth:`call` and :meth:`send` raise
        :class:`SessionClosed` and calls of ours still waiting fail with it. Handlers answering
        the peer's calls get ``drain`` seconds (default: the configuration's ``drain_timeout``)
        to finish and be answered; those still running then are cancelled (their calls stay
        unanswered: the peer sees them end with the connection). Then the WebSocket closes with
        ``code`` and ``reason``.
        Calling it again, or on a closed session, only waits.
        """
        await self._close(code, reason, drain=drain, cause=DisconnectCause.LOCAL)

    async def wait_closed(self) -> None:
        """Wait until the connection is gone, whoever closed it, and ``on_disconnect`` has run
        (inside ``on_connect`` or ``on_disconnect``: only until the connection is gone)."""
        await asyncio.shield(self._closed_future)
        finishing = self._finish_task
        if finishing is not None and asyncio.current_task() not in (
            finishing,
            self._connect_task,
        ):
            await asyncio.wait([finishing])

    # -- what the server and client call ------------------------------------------------

    async def _close(
        self, code: int, reason: str, *, drain: float | None, cause: DisconnectCause
    ) -> None:
        """:meth:`close`, saying why (the server replaces a station's old connection with
        ``cause=DisconnectCause.REPLACED``)."""
        if drain is not None and drain < 0:
            raise ConfigError("drain must not be negative")
        if not self._closing and not self._closed:
            self._closing = True
            self._cause = cause
            self._abandon_calls()
            self._flush()
            await self._drain(self.config.drain_timeout if drain is None else drain)
            if not self._closed:
                self._flush()
                self._wire.close(code, reason)
        await self.wait_closed()

    def _add_lost_hook(self, hook: Callable[["Session[ContextT]"], None]) -> None:
        """Run ``hook(session)`` as soon as the connection is gone, before ``on_disconnect``
        (the server's and client's own bookkeeping)."""
        self._lost_hooks.append(hook)

    # -- what transports call -------------------------------------------------------------

    def message_received(self, data: bytes | str) -> None:
        """Transport side: one WebSocket message arrived."""
        if self._closed:
            return
        if self._first_timer is not None:
            self._first_timer.cancel()
            self._first_timer = None
        if self._on_frame is not None:
            self._frame(FrameDirection.RECEIVED, data.encode() if isinstance(data, str) else data)
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
        self._closing = True
        self.close_code = code
        self.close_reason = reason
        if self._cause is not None:
            cause = self._cause
        elif code == CLOSE_ABNORMAL:
            cause = DisconnectCause.ABNORMAL
        else:
            cause = DisconnectCause.PEER
        self.disconnect = Disconnect(code, reason, cause)
        for timer in (self._timer, self._first_timer):
            if timer is not None:
                timer.cancel()
        self._timer = self._first_timer = None
        self._held = None
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
        self._peer_warnings.summary(self.identity, "warnings about the peer")
        self._hook_failures.summary(self.identity, "on_frame failures")
        # The reason is the peer's text: quoted, so that it cannot forge log lines.
        logger.info("%s: connection closed (%s %r, %s)", self.identity, code, reason, cause)
        if self._connect_task is not None or self.hooks.on_disconnect is not None:
            self._finish_task = self._loop.create_task(self._finish(self.disconnect))

    # -- events ---------------------------------------------------------------------------

    def _handle(self, event: Event) -> None:
        if isinstance(event, CallReceived):
            if self._direct:
                token = _current.set(self)
                try:
                    outcome = self.router.answer(event)
                finally:
                    _current.reset(token)
                if isinstance(outcome, OcppResponse | OcppError):
                    self._send_reply(event, outcome)  # a plain handler: answered without a task
                else:
                    self._spawn(self._answer(event, outcome))
            else:
                self._deliver(event)
        elif isinstance(event, ResultReceived):
            future = self._waiting.pop(event.message_id, None)
            if future is not None and not future.done():
                future.set_result(event.response)
        elif isinstance(event, ErrorReceived):
            self._fail(
                event.message_id,
                CallRejected(
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
            self._peer_warnings.log(
                self._loop.time(),
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
            self._deliver(event)
        else:
            self._inform(event)

    def _deliver(self, event: CallReceived | SendReceived) -> None:
        """The slow path of a received call or SEND: held, or run through the middleware."""
        if self._held is not None:
            self._held.append(event)
        elif isinstance(event, CallReceived):
            self._spawn(self._answer_through(event))
        else:
            self._spawn(self._deliver_send(event))

    def _inform(
        self, event: ProtocolViolation | LateReply | UnexpectedReply | ResultRejected
    ) -> None:
        if isinstance(event, ProtocolViolation):
            self._peer_warnings.log(
                self._loop.time(),
                "%s: protocol violation%s: %s",
                self.identity,
                f" (message {event.message_id})" if event.message_id is not None else "",
                event.error,
            )
        elif isinstance(event, LateReply):
            # One per call of ours that timed out or was given up: bounded by what we sent.
            logger.info("%s: %r", self.identity, event)
        else:
            self._peer_warnings.log(self._loop.time(), "%s: %r", self.identity, event)
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

    # -- middleware -------------------------------------------------------------------------

    def _chain(self, event: CallReceived | SendReceived, index: int) -> Awaitable[Reply | None]:
        if index == len(self._middleware):
            return self._handler(event)
        middleware = self._middleware[index]
        return middleware(self, event, lambda: self._chain(event, index + 1))

    async def _handler(self, event: CallReceived | SendReceived) -> Reply | None:
        """The end of the chain: the router's handler."""
        if isinstance(event, SendReceived):
            await self.router.dispatch_send(event)
            return None
        outcome = self.router.answer(event)
        if isinstance(outcome, OcppResponse | OcppError):
            return outcome
        return await outcome

    async def _answer_through(self, event: CallReceived) -> None:
        _current.set(self)
        reply: object
        try:
            reply = await self._chain(event, 0)
        except OcppError as error:
            reply = error
        except Exception:
            logger.exception(
                "%s: middleware failed on %s (message %s)",
                self.identity,
                event.action,
                event.message_id,
            )
            reply = OcppError("the handler failed", kind=ErrorKind.INTERNAL)
        if not isinstance(reply, OcppResponse | OcppError):
            logger.error(
                "%s: the middleware answered %s (message %s) with %s, not a reply",
                self.identity,
                event.action,
                event.message_id,
                type(reply).__name__,
            )
            reply = OcppError("the handler gave no answer", kind=ErrorKind.INTERNAL)
        self._send_reply(event, reply)
        self._flush()

    async def _deliver_send(self, event: SendReceived) -> None:
        _current.set(self)
        if not self._middleware:
            await self.router.dispatch_send(event)
            return
        try:
            await self._chain(event, 0)
        except Exception:  # a SEND is never answered: what failed is only logged
            logger.exception("%s: middleware failed on SEND %s", self.identity, event.action)

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
            return
        # Checked first so that a call with no after hook pays no extra flush.
        if self.router.has_after(event.action):
            self._flush()  # after hooks run once the answer is on its way, not before
            after = self.router.after_reply(event, reply)
            if after is not None:
                self._spawn(self._after(after))

    async def _after(self, pending: Awaitable[None]) -> None:
        _current.set(self)
        await pending

    # -- opening and closing ------------------------------------------------------------------

    async def _connect(self, hook: SessionHook) -> None:
        _current.set(self)
        try:
            result = hook(self)
            if inspect.isawaitable(result):
                await result
        except Exception:
            logger.exception("%s: on_connect failed; closing the connection", self.identity)
            self._close_now(CLOSE_INTERNAL_ERROR, "", DisconnectCause.ERROR)
            return
        held, self._held = self._held, None
        if self._closing or self._closed or held is None:
            return  # never started: left unanswered, as on a dropped connection
        self._direct = not self._middleware
        for event in held:
            if self._closed:
                break
            self._handle(event)
        self._flush()

    def _first_message_overdue(self) -> None:
        self._first_timer = None
        logger.warning("%s: no message in time after the opening; closing", self.identity)
        self._close_now(CLOSE_POLICY_VIOLATION, "no message in time", DisconnectCause.TIMEOUT)

    def _close_now(self, code: int, reason: str, cause: DisconnectCause) -> None:
        """Close at once, without draining (nothing of the peer's is being handled)."""
        if self._closing or self._closed:
            return
        self._closing = True
        self._cause = cause
        self._abandon_calls()
        for task in list(self._tasks):
            task.cancel()
        self._flush()
        self._wire.close(code, reason)

    async def _drain(self, seconds: float) -> None:
        current = asyncio.current_task()
        deadline = self._loop.time() + seconds
        while not self._closed:
            # Calls that arrive while draining are answered too, within the same deadline.
            running = [task for task in self._tasks if task is not current and not task.done()]
            remaining = deadline - self._loop.time()
            if not running:
                return
            if remaining <= 0:
                break
            await asyncio.wait(running, timeout=remaining)
        running = [task for task in self._tasks if task is not current and not task.done()]
        # Cancelled, not answered: what a handler cut short did is unknown, so the peer is
        # not told it failed; it sees the connection close with the call open, as on a drop.
        for task in running:
            task.cancel()

    def _abandon_calls(self) -> None:
        """Fail every call of ours still waiting, and take the queued ones back unsent."""
        now = self._loop.time()
        in_flight = self.connection.in_flight
        waiting, self._waiting = self._waiting, {}
        # Queued ones first: giving up the call in flight would send the next queued one.
        for message_id in sorted(waiting, key=lambda message_id: message_id == in_flight):
            self.connection.cancel(message_id, now)
        error = SessionClosed("the session is closing")
        for future in waiting.values():
            if not future.done():
                future.set_exception(error)

    async def _finish(self, disconnect: Disconnect) -> None:
        if self._connect_task is not None:
            await asyncio.wait([self._connect_task])
        hook = self.hooks.on_disconnect
        if hook is None:
            return
        try:
            result = hook(self, disconnect)
            if inspect.isawaitable(result):
                await result
        except Exception:
            logger.exception("%s: on_disconnect failed", self.identity)

    def _give_up(self, message_id: str) -> None:
        """The task awaiting ``call()`` was cancelled: drop the call, free its slot."""
        if self._closed or self._waiting.pop(message_id, None) is None:
            return
        if self.connection.cancel(message_id, self._loop.time()):
            self._flush()
            self._arm_timer()

    # -- I/O --------------------------------------------------------------------------------

    def _frame(self, direction: FrameDirection, data: bytes) -> None:
        hook = self._on_frame
        assert hook is not None
        try:
            hook(self, direction, data)
        except Exception:
            self._hook_failures.log(
                self._loop.time(), "%s: on_frame failed", self.identity, exc_info=True
            )

    def _flush(self) -> None:
        if self._closed:
            return
        if self._on_frame is None:
            for data in self.connection.data_to_send():
                self._wire.write(data)
            return
        for data in self.connection.data_to_send():
            self._frame(FrameDirection.SENT, data)
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
        if not self._closed:
            return SessionClosed("the session is closing")
        return SessionClosed(code=self.close_code, reason=self.close_reason)
