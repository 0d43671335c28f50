"""A typed registry of handlers for the calls a connection receives.

``@router.on(v201.BootNotificationRequest)`` registers a handler whose argument and return types
mypy checks against the action (a handler for BootNotification must take a
``BootNotificationRequest`` and return a ``BootNotificationResponse``, or an awaitable of one).
Handlers may be plain functions or coroutines.

:meth:`Router.dispatch` runs the handler of a received call and turns the outcome into the answer
the protocol prescribes:

=============================================================  ====================================
outcome                                                        answer
=============================================================  ====================================
the handler returns the action's response                      CALLRESULT with it
no handler registered for a known action                       NotSupported
the handler raises an :class:`~ocpkit.ocpp.errors.OcppError`   that error's code and description
the handler raises anything else                               InternalError, without the exception
                                                               text (logged with its traceback)
the handler returns something else                             InternalError (logged)
=============================================================  ====================================

(An *unknown* action never reaches the router: the connection answers NotImplemented.)

A router serves one side: a CSMS router refuses handlers for actions only the CSMS initiates,
and a charging-station router those only the charging station initiates.
"""

import inspect
import logging
from collections.abc import Awaitable, Callable, Coroutine
from typing import TYPE_CHECKING, Any, Generic, Literal, Protocol, Self, TypeAlias, overload

from typing_extensions import TypeVar

from ocpkit._base import OcppRequest, OcppResponse, OcppSend
from ocpkit._errors import OcpkitError
from ocpkit.ocpp.errors import ErrorKind, OcppError
from ocpkit.ocpp.events import CallReceived, SendReceived
from ocpkit.ocpp.registry import Side, actions_of
from ocpkit.ocpp.version import OcppVersion

if TYPE_CHECKING:
    from ocpkit.ocpp.v16 import V16Request
    from ocpkit.ocpp.v21 import V21Request, V21Send
    from ocpkit.ocpp.v201 import V201Request

__all__ = [
    "AfterHook",
    "DuplicateHandlerError",
    "Handler",
    "HandlerRegistration",
    "Reply",
    "Router",
]

logger: logging.Logger = logging.getLogger("ocpkit.router")

Q = TypeVar("Q")
R = TypeVar("R")
S = TypeVar("S", bound=OcppSend)
Q_co = TypeVar("Q_co", covariant=True)
R_co = TypeVar("R_co", covariant=True)
# The requests of one version: a router of that version takes these and no other version's.
Q16 = TypeVar("Q16", bound="V16Request[Any]")
Q201 = TypeVar("Q201", bound="V201Request[Any]")
Q21 = TypeVar("Q21", bound="V21Request[Any]")
S21 = TypeVar("S21", bound="V21Send")
VersionT = TypeVar("VersionT", default=Any)

Reply: TypeAlias = OcppResponse | OcppError
"""What :meth:`Router.dispatch` gives back: the response, or the error to answer with."""


class _RequestClass(Protocol[Q_co, R_co]):
    """A request class, seen as the pair (request type, response type) for type checking."""

    def request_response_types(self) -> tuple[type[Q_co], type[R_co]]: ...


Handler: TypeAlias = Callable[[Q], R | Awaitable[R]]
"""``handler(request)``: answers a received call with its response, plainly or awaited."""

AfterHook: TypeAlias = Callable[[Q, R], Awaitable[None] | None]
"""``hook(request, response)``: runs once the response to a received call was sent."""


class DuplicateHandlerError(OcpkitError, ValueError):
    """A handler is registered for an action that already has one on the router."""


class HandlerRegistration(Generic[Q, R]):
    """What :meth:`Router.on` returns: the decorator that registers a handler taking ``Q`` and
    answering ``R`` (directly or from a coroutine) and gives the function back with its own
    type, so it stays callable as written (in a unit test, say)."""

    def __init__(self, register: Callable[[Handler[Q, R]], None]) -> None:
        self._register = register

    @overload
    def __call__(
        self, handler: Callable[[Q], Coroutine[Any, Any, R]], /
    ) -> Callable[[Q], Coroutine[Any, Any, R]]: ...
    @overload
    def __call__(self, handler: Callable[[Q], R], /) -> Callable[[Q], R]: ...
    def __call__(self, handler: Handler[Q, R], /) -> Handler[Q, R]:
        self._register(handler)
        return handler


class Router(Generic[VersionT]):
    """Handlers for the calls (and 2.1 SEND messages) received on the ``role`` side.

    For type checkers a router is typed by its version's request base: ``Router(OcppVersion.V201,
    "CSMS")`` is a ``Router[V201Request[Any]]``, on which registering a 1.6 or 2.1 model is a type
    error (and a ``ValueError`` at run time, whatever the static types say). A router made from a
    version known only at run time is a ``Router[Any]`` and takes any version's models statically.
    """

    @overload
    def __init__(
        self: "Router[V16Request[Any]]", version: Literal[OcppVersion.V16], role: Side
    ) -> None: ...
    @overload
    def __init__(
        self: "Router[V201Request[Any]]", version: Literal[OcppVersion.V201], role: Side
    ) -> None: ...
    @overload
    def __init__(
        self: "Router[V21Request[Any]]", version: Literal[OcppVersion.V21], role: Side
    ) -> None: ...
    @overload
    def __init__(self: "Router[Any]", version: OcppVersion, role: Side) -> None: ...
    def __init__(self, version: OcppVersion, role: Side) -> None:
        if role not in ("CSMS", "ChargingStation"):
            raise ValueError(f"role must be 'CSMS' or 'ChargingStation', not {role!r}")
        self.version: OcppVersion = OcppVersion(version)
        self.role: Side = role
        self.peer: Side = "ChargingStation" if role == "CSMS" else "CSMS"
        self._actions = actions_of(self.version)
        self._handlers: dict[str, Callable[[Any], Any]] = {}
        self._after: dict[str, Callable[[Any, Any], Any]] = {}

    @overload
    def on(
        self: "Router[V16Request[Any]]", request_type: _RequestClass[Q16, R]
    ) -> HandlerRegistration[Q16, R]: ...
    @overload
    def on(
        self: "Router[V201Request[Any]]", request_type: _RequestClass[Q201, R]
    ) -> HandlerRegistration[Q201, R]: ...
    @overload
    def on(
        self: "Router[V21Request[Any]]", request_type: _RequestClass[Q21, R]
    ) -> HandlerRegistration[Q21, R]: ...
    def on(self, request_type: _RequestClass[Q, R]) -> HandlerRegistration[Q, R]:
        """Register the decorated function (plain or ``async``) as the handler of
        ``request_type``'s action; the function keeps its own type."""
        name = self._receivable(request_type, send=False)

        def register(handler: Handler[Q, R]) -> None:
            self._set(name, handler)

        return HandlerRegistration(register)

    def on_send(
        self: "Router[V21Request[Any]]", message_type: type[S21]
    ) -> Callable[
        [Callable[[S21], Awaitable[None] | None]], Callable[[S21], Awaitable[None] | None]
    ]:
        """OCPP 2.1: register the decorated function for a SEND message (no answer)."""
        name = self._receivable(message_type, send=True)

        def register(
            handler: Callable[[S21], Awaitable[None] | None],
        ) -> Callable[[S21], Awaitable[None] | None]:
            self._set(name, handler)
            return handler

        return register

    def add_handler(
        self,
        request_type: "type[OcppRequest[Any]] | type[OcppSend]",
        handler: Callable[[Any], Any],
    ) -> None:
        """Register ``handler`` for ``request_type`` (a call's request or a 2.1 SEND message)
        without static checks: for code that builds routers from data (an action table, a
        handler class). The run-time checks of :meth:`on` and :meth:`on_send` apply."""
        name = self._receivable(
            request_type, send=isinstance(request_type, type) and issubclass(request_type, OcppSend)
        )
        self._set(name, handler)

    def after(
        self, request_type: _RequestClass[Q, R]
    ) -> Callable[[AfterHook[Q, R]], AfterHook[Q, R]]:
        """Register the decorated function to run once the answer to ``request_type``'s action
        has been sent: it gets the request and the response (only successful answers; plain or
        ``async``; exceptions are logged). One per action."""
        name = self._receivable(request_type, send=False)

        def register(hook: AfterHook[Q, R]) -> AfterHook[Q, R]:
            self._set_after(name, hook)
            return hook

        return register

    def _set_after(self, action: str, hook: Callable[[Any, Any], Any]) -> None:
        if action in self._after:
            raise DuplicateHandlerError(f"{action} already has an after hook on this router")
        self._after[action] = hook

    def include(self, handlers: object) -> Self:
        """Register the ``@on`` / ``@after`` methods of ``handlers`` (see
        :mod:`ocpkit.ocpp.handlers`); returns the router, to chain from its constructor."""
        from ocpkit.ocpp.handlers import marks_of  # handlers imports this module: import late

        for mark, method in marks_of(handlers):
            if mark.kind == "on":
                self.add_handler(mark.request_type, method)
            else:
                self._set_after(self._receivable(mark.request_type, send=False), method)
        return self

    def has_after(self, action: str) -> bool:
        """Whether an after hook is registered for ``action``."""
        return action in self._after

    def after_reply(self, event: CallReceived, reply: Reply) -> Awaitable[None] | None:
        """Run the after hook of ``event``'s action, if any, once ``reply`` was sent: an awaitable
        to run when the hook is a coroutine function, else ``None``. Exceptions are logged."""
        hook = self._after.get(event.action)
        if hook is None or not isinstance(reply, OcppResponse):
            return None
        try:
            result = hook(event.request, reply)
        except Exception:
            logger.exception(
                "after hook for %s (message %s) failed", event.action, event.message_id
            )
            return None
        if inspect.isawaitable(result):
            return self._finish_after(event, result)
        return None

    async def _finish_after(self, event: CallReceived, pending: Awaitable[Any]) -> None:
        try:
            await pending
        except Exception:
            logger.exception(
                "after hook for %s (message %s) failed", event.action, event.message_id
            )

    def _set(self, action: str, handler: Callable[[Any], Any]) -> None:
        # A second handler would silently win over the first (the bug of a copied module, or of
        # two decorators on one name): refuse it where it is written.
        if action in self._handlers:
            raise DuplicateHandlerError(f"{action} already has a handler on this router")
        self._handlers[action] = handler

    def handles(self, action: str) -> bool:
        """Whether a handler is registered for ``action``."""
        return action in self._handlers

    async def dispatch(self, event: CallReceived) -> Reply:
        """Run the handler of a received call; the response, or the error to answer with."""
        outcome = self.answer(event)
        if isinstance(outcome, OcppResponse | OcppError):
            return outcome
        return await outcome

    def answer(self, event: CallReceived) -> Reply | Awaitable[Reply]:
        """Like :meth:`dispatch`, but a plain-function handler is run and answered right away;
        only a coroutine handler gives an awaitable. Lets an event loop answer without a task
        per call (on Python 3.11, those tasks cost more than the rest of the call)."""
        handler = self._handlers.get(event.action)
        if handler is None:
            return OcppError(f"{event.action} is not supported", kind=ErrorKind.NOT_SUPPORTED)
        try:
            result = handler(event.request)
        except OcppError as error:
            return error
        except Exception:
            logger.exception("handler for %s (message %s) failed", event.action, event.message_id)
            return OcppError("the handler failed", kind=ErrorKind.INTERNAL)
        if inspect.isawaitable(result):
            return self._finish(event, result)
        return self._checked(event, result)

    async def _finish(self, event: CallReceived, pending: Awaitable[Any]) -> Reply:
        try:
            result = await pending
        except OcppError as error:
            return error
        except Exception:
            logger.exception("handler for %s (message %s) failed", event.action, event.message_id)
            return OcppError("the handler failed", kind=ErrorKind.INTERNAL)
        return self._checked(event, result)

    def _checked(self, event: CallReceived, result: Any) -> Reply:
        expected = self._actions[event.action].response
        if expected is None or type(result) is not expected:
            logger.error(
                "handler for %s returned %s, not %s",
                event.action,
                type(result).__name__,
                getattr(expected, "__name__", None),
            )
            return OcppError("the handler returned a wrong response", kind=ErrorKind.INTERNAL)
        response: OcppResponse = result
        return response

    async def dispatch_send(self, event: SendReceived) -> None:
        """Run the handler of a received SEND message (exceptions are logged, never answered)."""
        handler = self._handlers.get(event.action)
        if handler is None:
            logger.info("no handler for SEND %s", event.action)
            return
        try:
            result = handler(event.message)
            if inspect.isawaitable(result):
                await result
        except Exception:
            logger.exception("handler for SEND %s failed", event.action)

    def _receivable(self, message_type: Any, *, send: bool) -> str:
        name = getattr(message_type, "ocpp_action", None)
        action = self._actions.get(name) if isinstance(name, str) else None
        if action is None or action.request is not message_type:
            raise ValueError(f"{message_type!r} is not an OCPP {self.version} request")
        if action.is_send is not send:
            raise ValueError(
                f"{name} is {'not ' if send else ''}a SEND message: use"
                f" {'on' if send else 'on_send'}()"
            )
        if not action.initiated_by(self.peer):
            raise ValueError(
                f"{name} is only sent by the {self.role}: a {self.role} router never receives it"
            )
        return action.name
