"""The places where an application reaches into a :class:`~ocpkit.ocpp.aio.Session`.

One :class:`SessionHooks` value carries them all, and every one is optional:

=================  ========================================================================
hook               when it runs
=================  ========================================================================
``on_connect``     once, as the session opens, before the first message of the peer is
                   delivered (messages that arrive meanwhile wait, in order); if it raises,
                   the connection is closed with 1011
``on_disconnect``  once, after the connection is gone, with a :class:`Disconnect` saying
                   how it ended (after ``on_connect`` has finished)
``on_event``       for each event that needs no answer (protocol violations, late or
                   unexpected replies, rejected results)
``on_frame``       for each WebSocket message in either direction, as the bytes on the wire
                   (broken and oversized ones included, and the replies the protocol core
                   wrote by itself); synchronous, as it runs per frame
``middleware``     around the router's handler of each received CALL and SEND, outermost
                   first
=================  ========================================================================

Exceptions raised by a hook are logged and dropped, except in middleware, where an
:class:`~ocpkit.ocpp.errors.OcppError` becomes the CALLERROR answered (any other exception an
InternalError, as from a handler).
"""

from collections.abc import Awaitable, Callable, Iterable
from enum import StrEnum
from typing import TYPE_CHECKING, Any, TypeAlias

import attrs

from ocpkit.ocpp.events import CallReceived, Event, SendReceived
from ocpkit.ocpp.router import Reply

if TYPE_CHECKING:
    from ._session import Session

__all__ = [
    "Disconnect",
    "DisconnectCause",
    "DisconnectHook",
    "EventHook",
    "FrameDirection",
    "FrameHook",
    "Middleware",
    "Next",
    "SessionHook",
    "SessionHooks",
]


class FrameDirection(StrEnum):
    """Which way a frame seen by ``on_frame`` travelled."""

    RECEIVED = "in"
    """From the peer to us."""
    SENT = "out"
    """From us to the peer."""


class DisconnectCause(StrEnum):
    """Who or what ended a session."""

    PEER = "peer"
    """The peer closed the connection, or the transport closed it over what the peer did
    (a frame too big, a WebSocket protocol error, a message left incomplete): see the code."""
    LOCAL = "local"
    """This side called :meth:`~ocpkit.ocpp.aio.Session.close`."""
    REPLACED = "replaced"
    """The CSMS closed it because the same identity connected again."""
    TIMEOUT = "timeout"
    """The peer sent no message within the first-message deadline (closed with 1008)."""
    ERROR = "error"
    """This side closed it because ``on_connect`` failed (closed with 1011)."""
    ABNORMAL = "abnormal"
    """The connection dropped without a closing handshake (code 1006)."""


@attrs.frozen
class Disconnect:
    """How a session ended, as ``on_disconnect`` is told: the WebSocket close ``code`` and
    ``reason`` (1006 and ``""`` when no close frame came) and the ``cause``."""

    code: int
    reason: str
    cause: DisconnectCause


FrameHook: TypeAlias = Callable[["Session[Any]", FrameDirection, bytes], None]
"""``on_frame(session, direction, data)``: one WebSocket message, as the bytes on the wire
(a received text message is given as its UTF-8 bytes)."""

SessionHook: TypeAlias = Callable[["Session[Any]"], Awaitable[None] | None]
"""``on_connect(session)``: a function or a coroutine function."""

DisconnectHook: TypeAlias = Callable[["Session[Any]", Disconnect], Awaitable[None] | None]
"""``on_disconnect(session, disconnect)``: a function or a coroutine function."""

EventHook: TypeAlias = Callable[["Session[Any]", Event], None]
"""``on_event(session, event)``: told of events that need no answer."""

Next: TypeAlias = Callable[[], Awaitable[Reply | None]]
"""What a middleware calls to run the rest of the chain (and at its end, the handler): the
reply to a CALL, ``None`` for a SEND."""

Middleware: TypeAlias = Callable[
    ["Session[Any]", CallReceived | SendReceived, Next], Awaitable[Reply | None]
]
"""``middleware(session, event, next)``: wraps the handling of a received CALL or SEND. Return
``await next()`` to go on, or a reply of its own to answer without the handler (a CALL must
get a reply: ``None`` there is answered with an InternalError; for a SEND the result is
ignored)."""


def _middleware_tuple(middleware: Iterable[Middleware]) -> tuple[Middleware, ...]:
    return tuple(middleware)


@attrs.frozen(kw_only=True)
class SessionHooks:
    """The hooks of a session (see the module's table); every one may be left out.
    ``middleware`` takes any iterable and keeps it as a tuple, outermost first."""

    on_connect: SessionHook | None = None
    on_disconnect: DisconnectHook | None = None
    on_event: EventHook | None = None
    on_frame: FrameHook | None = None
    middleware: tuple[Middleware, ...] = attrs.field(default=(), converter=_middleware_tuple)
