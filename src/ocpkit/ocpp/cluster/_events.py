"""Station events for listeners: what they are, how they travel, and a stream to read them.

Nodes publish (fire and forget, nobody needs to listen) on ``<namespace>.event.<station>.<kind>``:

================  ==========================================  =================================
kind              body                                        value read by :class:`EventStream`
================  ==========================================  =================================
``connected``     JSON ``{"version", "subprotocol"}``         :class:`StationConnected`
``disconnected``  JSON ``{"code", "reason", "cause"}``        :class:`StationDisconnected`
``received``      the OCPP-J frame as the station sent it     :class:`FrameSeen`
``sent``          the OCPP-J frame as the node sent it        :class:`FrameSeen` (when the
                                                              cluster publishes sent frames)
================  ==========================================  =================================

Every event carries ``Ocpp-Node`` (which node saw it) and ``Ocpp-Version``. A node queues its
events and publishes them from one task, in order; when NATS is slower than the stations for
long, the oldest queued events are dropped, counted in ``events_dropped`` and logged.
"""

import asyncio
import collections
import logging
from collections.abc import AsyncIterator
from enum import StrEnum
from types import TracebackType
from typing import Literal, Self, TypeAlias

import attrs
import orjson
from nats.aio.client import Client
from nats.aio.msg import Msg
from nats.aio.subscription import Subscription

from ocpkit.ocpp.version import OcppVersion

from ._subjects import decode_identity
from ._wire import NODE, WireError, read_version

__all__ = [
    "ClusterEvent",
    "EventPublisher",
    "EventStream",
    "FrameEvents",
    "FrameSeen",
    "StationConnected",
    "StationDisconnected",
    "read_event",
]

logger = logging.getLogger("ocpkit.cluster")


class FrameEvents(StrEnum):
    """Which frames of its stations a node publishes as events."""

    NONE = "none"
    RECEIVED = "received"
    """The frames the stations sent (the default)."""
    ALL = "all"
    """The frames in both directions."""


@attrs.frozen(kw_only=True)
class StationConnected:
    """A station connected to ``node``."""

    identity: str
    node: str
    version: OcppVersion
    subprotocol: str


@attrs.frozen(kw_only=True)
class StationDisconnected:
    """A station's connection to ``node`` ended (WebSocket ``code`` and ``reason``; ``cause``
    as the session told it, e.g. ``peer``, ``replaced``, or ``""`` when unknown)."""

    identity: str
    node: str
    version: OcppVersion
    code: int | None
    reason: str
    cause: str


@attrs.frozen(kw_only=True)
class FrameSeen:
    """One OCPP-J frame between a station and ``node``, as the bytes on the WebSocket."""

    identity: str
    node: str
    version: OcppVersion
    direction: Literal["received", "sent"]
    frame: bytes


ClusterEvent: TypeAlias = StationConnected | StationDisconnected | FrameSeen
"""Anything an :class:`EventStream` yields."""


def read_event(msg: Msg) -> ClusterEvent:
    """The event a message on an event subject stands for; raises :class:`WireError` for a
    message no node would publish."""
    parts = msg.subject.rsplit(".", 2)
    if len(parts) != 3:
        raise WireError("not an event subject")
    _, token, kind = parts
    try:
        identity = decode_identity(token)
    except ValueError:
        raise WireError("an event subject without a station") from None
    headers = msg.headers or {}
    node = headers.get(NODE, "")
    version = read_version(headers)
    if kind in ("received", "sent"):
        return FrameSeen(
            identity=identity,
            node=node,
            version=version,
            direction="received" if kind == "received" else "sent",
            frame=msg.data,
        )
    try:
        body = orjson.loads(msg.data)
    except orjson.JSONDecodeError:
        raise WireError("an event body that is not JSON") from None
    if not isinstance(body, dict):
        raise WireError("an event body that is not an object")
    if kind == "connected":
        return StationConnected(
            identity=identity,
            node=node,
            version=version,
            subprotocol=str(body.get("subprotocol", "")),
        )
    if kind == "disconnected":
        code = body.get("code")
        return StationDisconnected(
            identity=identity,
            node=node,
            version=version,
            code=code if isinstance(code, int) else None,
            reason=str(body.get("reason", "")),
            cause=str(body.get("cause", "")),
        )
    raise WireError("an unknown event kind")


_Queued: TypeAlias = tuple[str, bytes, dict[str, str]]


class EventPublisher:
    """A node's outgoing events: queued without waiting (``on_frame`` is synchronous) and
    published in order by one task."""

    def __init__(self, client: Client, *, max_backlog: int) -> None:
        self._client = client
        self._queue: collections.deque[_Queued] = collections.deque()
        self._max_backlog = max_backlog
        self._ready = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self.dropped = 0
        """Events dropped because the backlog was full."""

    def start(self) -> None:
        """Start the publishing task."""
        self._task = asyncio.get_running_loop().create_task(self._run())

    def put(self, subject: str, data: bytes, headers: dict[str, str]) -> None:
        """Queue one event."""
        if len(self._queue) >= self._max_backlog:
            self._queue.popleft()
            self.dropped += 1
            if self.dropped in (1, 10, 100) or self.dropped % 10_000 == 0:
                logger.warning("event backlog full: %d events dropped so far", self.dropped)
        self._queue.append((subject, data, headers))
        self._ready.set()

    async def close(self) -> None:
        """Publish what is queued (while connected) and stop."""
        if self._task is None:
            return
        self._task.cancel()
        await asyncio.gather(self._task, return_exceptions=True)
        self._task = None
        while self._queue and self._client.is_connected:
            subject, data, headers = self._queue.popleft()
            await self._client.publish(subject, data, headers=headers)

    async def _run(self) -> None:
        while True:
            await self._ready.wait()
            self._ready.clear()
            while self._queue:
                subject, data, headers = self._queue[0]
                try:
                    await self._client.publish(subject, data, headers=headers)
                except Exception as error:  # reconnecting with a full buffer: wait, retry
                    logger.debug("publishing an event failed (%s); retrying", error)
                    await asyncio.sleep(0.1)
                    continue
                self._queue.popleft()


class EventStream:
    """The events of one station or of all, as an async iterator (from
    :meth:`NatsCluster.events <ocpkit.ocpp.cluster.NatsCluster.events>`).

    Use ``async with cluster.events() as stream: async for event in stream: ...``; messages no
    node would publish are logged and skipped.
    """

    def __init__(self, client: Client, subject: str) -> None:
        self._client = client
        self._subject = subject
        self._subscription: Subscription | None = None

    async def __aenter__(self) -> Self:
        self._subscription = await self._client.subscribe(self._subject)
        await self._client.flush()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()

    async def close(self) -> None:
        """Stop listening."""
        if self._subscription is not None and not self._client.is_closed:
            await self._subscription.unsubscribe()
        self._subscription = None

    def __aiter__(self) -> AsyncIterator[ClusterEvent]:
        return self._events()

    async def _events(self) -> AsyncIterator[ClusterEvent]:
        if self._subscription is None:
            raise RuntimeError("use the stream inside 'async with'")
        async for msg in self._subscription.messages:
            try:
                yield read_event(msg)
            except WireError as error:
                logger.warning("skipped a message on %s: %s", msg.subject, error)
