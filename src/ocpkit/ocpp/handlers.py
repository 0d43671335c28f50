"""Handler classes: a class per charging station with ``@on`` and ``@after`` methods, the shape
PyPI ``ocpp`` users know, on ocpkit's typed router.

::

    from ocpkit.ocpp.handlers import after, on

    class ChargePoint:
        def __init__(self, identity: str) -> None:
            self.identity = identity
            self.booted = False

        @on(v201.BootNotificationRequest)
        def boot(self, request: v201.BootNotificationRequest) -> v201.BootNotificationResponse:
            return v201.BootNotificationResponse(...)

        @after(v201.BootNotificationRequest)
        async def after_boot(
            self, request: v201.BootNotificationRequest, response: v201.BootNotificationResponse
        ) -> None:
            self.booted = True  # runs once the answer is on its way

    csms = CsmsServer(
        router_for=lambda version, identity: Router(version, "CSMS").include(ChargePoint(identity))
    )

``@on`` and ``@after`` only mark the methods (each keeps its own type, and type checkers check
the request and response types as for :meth:`Router.on <ocpkit.ocpp.router.Router.on>`);
:meth:`Router.include <ocpkit.ocpp.router.Router.include>` registers the bound methods of one
object, with the router's run-time checks (version, direction, one handler per action).
"""

from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, Final, Generic, Literal, TypeVar, overload

import attrs

from ocpkit.ocpp.router import _RequestClass

__all__ = ["AfterMark", "HandlerMark", "Mark", "after", "marks_of", "on"]

Q = TypeVar("Q")
R = TypeVar("R")
SelfT = TypeVar("SelfT")

_ATTRIBUTE: Final = "__ocpkit_marks__"


@attrs.frozen
class Mark:
    """What ``@on`` / ``@after`` record on a method: the request class and the role."""

    request_type: type[Any]
    kind: Literal["on", "after"]


def _mark(function: Any, mark: Mark) -> None:
    marks: tuple[Mark, ...] = getattr(function, _ATTRIBUTE, ())
    setattr(function, _ATTRIBUTE, (*marks, mark))


class HandlerMark(Generic[Q, R]):
    """What :func:`on` returns: marks a method ``(self, request) -> response`` (plain or
    ``async``) as the handler of one action and gives it back unchanged."""

    def __init__(self, request_type: type[Any]) -> None:
        self._request_type = request_type

    @overload
    def __call__(
        self, method: Callable[[SelfT, Q], Coroutine[Any, Any, R]], /
    ) -> Callable[[SelfT, Q], Coroutine[Any, Any, R]]: ...
    @overload
    def __call__(self, method: Callable[[SelfT, Q], R], /) -> Callable[[SelfT, Q], R]: ...
    def __call__(self, method: Callable[[SelfT, Q], Any], /) -> Callable[[SelfT, Q], Any]:
        _mark(method, Mark(self._request_type, "on"))
        return method


class AfterMark(Generic[Q, R]):
    """What :func:`after` returns: marks a method ``(self, request, response)`` to run once the
    response to that action has been sent, and gives it back unchanged."""

    def __init__(self, request_type: type[Any]) -> None:
        self._request_type = request_type

    def __call__(
        self, method: Callable[[SelfT, Q, R], Awaitable[None] | None], /
    ) -> Callable[[SelfT, Q, R], Awaitable[None] | None]:
        _mark(method, Mark(self._request_type, "after"))
        return method


def on(request_type: _RequestClass[Q, R]) -> HandlerMark[Q, R]:
    """Mark a method as the handler of ``request_type``'s action."""
    return HandlerMark(request_type.request_response_types()[0])


def after(request_type: _RequestClass[Q, R]) -> AfterMark[Q, R]:
    """Mark a method to run after the answer to ``request_type``'s action was sent (it gets
    the request and the response; exceptions it raises are logged)."""
    return AfterMark(request_type.request_response_types()[0])


def marks_of(handlers: object) -> list[tuple[Mark, Callable[..., Any]]]:
    """Every marked method of ``handlers`` (an instance), bound, in name order."""
    found: list[tuple[Mark, Callable[..., Any]]] = []
    for name in sorted(dir(type(handlers))):
        marks: tuple[Mark, ...] = getattr(getattr(type(handlers), name, None), _ATTRIBUTE, ())
        found.extend((mark, getattr(handlers, name)) for mark in marks)
    return found
