""":class:`NatsCluster`: one NATS connection that serves as a CSMS node, a caller, a worker's
link and an event listener, whichever the process needs."""

import logging
import os
import socket
import time
from collections.abc import Iterable, Mapping, Sequence
from types import TracebackType
from typing import Any, Final, Self, TypeVar

import nats
import nats.errors
import orjson
from nats.aio.client import Client

from ocpkit._base import OcppRequest, OcppResponse
from ocpkit.ocpp.aio import Disconnect, FrameDirection, Session
from ocpkit.ocpp.connection import DEFAULT_CALL_TIMEOUT
from ocpkit.ocpp.registry import actions_of
from ocpkit.ocpp.router import Router
from ocpkit.ocpp.validation import ValidationMode
from ocpkit.ocpp.version import OcppVersion

from ._caller import routed_call
from ._errors import ClusterUnavailable, ClusterUsageError
from ._events import EventPublisher, EventStream, FrameEvents
from ._node import StationNode
from ._subjects import Subjects
from ._wire import NODE, VERSION
from ._workers import RouterWorker, forwarding_handler

__all__ = ["NatsCluster", "serve_router"]

logger = logging.getLogger("ocpkit.cluster")

R = TypeVar("R", bound=OcppResponse)

_DEFAULT_BACKLOG: Final = 100_000


_FIRST_CONNECT_ATTEMPTS: Final = 1  # nats-py counts retries: 1 is two attempts per server


def _positive(name: str, value: float) -> None:
    if value <= 0:
        raise ClusterUsageError(f"{name} must be positive")


def _default_node() -> str:
    return f"{socket.gethostname()}-{os.getpid()}"


class NatsCluster:
    """A process's place in an ocpkit cluster on NATS (``servers``: one URL or several).

    Every process uses the same class: a CSMS node (the server calls
    :meth:`station_connected`, :meth:`station_disconnected` and :meth:`on_frame`), a backend
    that calls stations (:meth:`call`), a worker host (:func:`serve_router`), a listener
    (:meth:`events`). ``namespace`` separates clusters on one NATS; ``node`` names this process
    in claims and events (default: host name and pid). ``call_timeout`` is the default
    deadline of :meth:`call`; ``worker_timeout`` how long a node waits for a worker;
    ``claim_timeout`` how long a node waits for the previous holder of a station to let go.
    ``frame_events`` picks the frames published as events; ``mode`` how strictly payloads
    read from NATS are judged. ``reconnect_wait`` is the pause between attempts to reach NATS
    again (the client keeps trying for ever); ``connect_timeout`` bounds each attempt.

    Use as ``async with NatsCluster(url) as cluster:`` or ``await cluster.start()`` /
    ``await cluster.close()``.
    """

    def __init__(
        self,
        servers: str | Sequence[str],
        *,
        namespace: str = "ocpkit",
        node: str | None = None,
        call_timeout: float = DEFAULT_CALL_TIMEOUT,
        worker_timeout: float = 10.0,
        claim_timeout: float = 1.0,
        frame_events: FrameEvents = FrameEvents.RECEIVED,
        mode: ValidationMode = ValidationMode.STRICT,
        reconnect_wait: float = 1.0,
        connect_timeout: float = 2.0,
        max_event_backlog: int = _DEFAULT_BACKLOG,
    ) -> None:
        for name, value in (
            ("call_timeout", call_timeout),
            ("worker_timeout", worker_timeout),
            ("claim_timeout", claim_timeout),
            ("reconnect_wait", reconnect_wait),
            ("connect_timeout", connect_timeout),
            ("max_event_backlog", max_event_backlog),
        ):
            _positive(name, value)
        self.servers: tuple[str, ...] = (servers,) if isinstance(servers, str) else tuple(servers)
        """The NATS servers."""
        if not self.servers:
            raise ClusterUsageError("at least one NATS server is needed")
        self.subjects: Subjects = Subjects(namespace)
        """The subjects of this cluster's namespace."""
        self.node: str = node if node is not None else _default_node()
        """This process's name in the cluster."""
        if not self.node or any(c in self.node for c in "\r\n"):
            raise ClusterUsageError("a node name must be one non-empty line")
        self.call_timeout = call_timeout
        """The default deadline of :meth:`call`, in seconds."""
        self.worker_timeout = worker_timeout
        """How long a node waits for a worker's answer, in seconds."""
        self.frame_events: FrameEvents = FrameEvents(frame_events)
        """Which frames are published as events."""
        self.mode: ValidationMode = ValidationMode(mode)
        """How strictly payloads read from NATS are judged."""
        self._claim_timeout = claim_timeout
        self._reconnect_wait = reconnect_wait
        self._connect_timeout = connect_timeout
        self._max_event_backlog = int(max_event_backlog)
        self._client: Client | None = None
        self._node: StationNode | None = None
        self._events: EventPublisher | None = None
        self._workers: list[RouterWorker] = []

    def __repr__(self) -> str:
        state = "connected" if self.connected else "not connected"
        return f"<NatsCluster {self.subjects.namespace!r} node {self.node!r} {state}>"

    # -- lifecycle ----------------------------------------------------------------------

    async def start(self) -> Self:
        """Connect to NATS (raises :class:`ClusterUnavailable` if no server answers)."""
        if self._client is not None:
            raise ClusterUsageError("the cluster is already started")

        async def on_error(error: Exception) -> None:
            logger.warning("NATS: %r", error)

        async def on_disconnected() -> None:
            if self._client is not None:  # not our own close
                logger.warning("NATS: disconnected; reconnecting")

        async def on_reconnected() -> None:
            logger.info("NATS: reconnected")

        client = Client()
        try:
            await client.connect(
                list(self.servers),
                name=f"ocpkit {self.node}",
                allow_reconnect=True,
                # The first connection: each server is tried twice, then start() gives up.
                max_reconnect_attempts=_FIRST_CONNECT_ATTEMPTS,
                # nats-py annotates these seconds as int; it uses them as floats.
                reconnect_time_wait=self._reconnect_wait,  # type: ignore[arg-type]
                connect_timeout=self._connect_timeout,  # type: ignore[arg-type]
                error_cb=on_error,
                disconnected_cb=on_disconnected,
                reconnected_cb=on_reconnected,
            )
        except (nats.errors.Error, OSError) as error:
            raise ClusterUnavailable(f"cannot reach NATS: {type(error).__name__}") from None
        # Once connected, a lost connection is retried for ever (the client reads this option
        # at every reconnection).
        client.options["max_reconnect_attempts"] = -1
        self._client = client
        self._node = StationNode(
            client,
            self.subjects,
            node=self.node,
            claim_timeout=self._claim_timeout,
            mode=self.mode,
        )
        await self._node.start()
        self._events = EventPublisher(client, max_backlog=self._max_event_backlog)
        self._events.start()
        await client.flush()
        return self

    async def close(self) -> None:
        """Stop serving stations and workers, publish the queued events, and drain the NATS
        connection (answers being sent still go out). Close the CSMS server first: sessions
        closing afterwards are no longer announced."""
        client, self._client = self._client, None
        if client is None:
            return
        for worker in self._workers:
            await worker.close()
        self._workers.clear()
        if self._node is not None:
            await self._node.close()
        if self._events is not None:
            await self._events.close()
        try:
            await client.drain()
        except nats.errors.Error as error:
            logger.warning("NATS: draining failed: %r", error)
            await client.close()

    async def __aenter__(self) -> Self:
        return await self.start()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()

    @property
    def started(self) -> bool:
        """Whether :meth:`start` has been called and :meth:`close` not yet."""
        return self._client is not None

    @property
    def wants_frames(self) -> bool:
        """Whether frames are published as events (``frame_events`` is not ``NONE``)."""
        return self.frame_events is not FrameEvents.NONE

    @property
    def connected(self) -> bool:
        """Whether the NATS connection is up right now."""
        return self._client is not None and self._client.is_connected

    @property
    def client(self) -> Client:
        """The nats-py client (raises :class:`ClusterUnavailable` before :meth:`start`)."""
        if self._client is None:
            raise ClusterUnavailable("the cluster is not started")
        return self._client

    # -- the caller -----------------------------------------------------------------------

    async def call(
        self, identity: str, request: OcppRequest[R], *, timeout: float | None = None
    ) -> R:
        """Send ``request`` to station ``identity`` through the node that holds it and return
        its typed response.

        Raises (all :class:`~ocpkit.ocpp.cluster.RoutedCallFailed`):
        :class:`~ocpkit.ocpp.cluster.StationNotConnected` (at once when no node holds it),
        :class:`~ocpkit.ocpp.cluster.RoutedCallTimeout` (nothing within ``timeout``, default
        ``call_timeout``), :class:`~ocpkit.ocpp.cluster.StationCallError` (a CALLERROR),
        :class:`~ocpkit.ocpp.cluster.RoutedPayloadInvalid` (request or response broke its
        schema, found here or at the node), :class:`~ocpkit.ocpp.cluster.NodeFailed`; and
        :class:`~ocpkit.ocpp.cluster.ClusterUnavailable` while NATS is out of reach.
        """
        return await routed_call(
            self.client,
            self.subjects,
            identity,
            request,
            timeout=self.call_timeout if timeout is None else timeout,
            now=time.time(),
            mode=self.mode,
        )

    # -- the node -----------------------------------------------------------------------------

    @property
    def stations(self) -> Mapping[str, Session[Any]]:
        """The stations this node answers for: identity -> session."""
        return self._station_node().stations

    async def station_connected(self, session: Session[Any]) -> None:
        """The server's part when a station connects here (in ``on_connect``, before its first
        message is delivered): take the station from any other node, answer its calls from
        now on, and publish ``connected``."""
        node = self._station_node()
        self._publish(
            session,
            "connected",
            orjson.dumps({"subprotocol": session.subprotocol}),
        )
        await node.connected(session)

    async def station_disconnected(
        self, session: Session[Any], disconnect: Disconnect | None = None
    ) -> None:
        """The server's part when a station's connection is gone (in ``on_disconnect``): stop
        answering for it (unless a newer connection of it is here) and publish
        ``disconnected``."""
        if self._node is None:
            return  # the cluster closed first: nothing to withdraw
        if disconnect is not None:
            code: int | None = disconnect.code
            reason, cause = disconnect.reason, str(disconnect.cause)
        else:
            code, reason, cause = session.close_code, session.close_reason, ""
        self._publish(
            session,
            "disconnected",
            orjson.dumps({"code": code, "reason": reason, "cause": cause}),
        )
        await self._node.disconnected(session)

    def on_frame(self, session: Session[Any], direction: FrameDirection, data: bytes) -> None:
        """The server's part for each WebSocket message of a station (an ``on_frame`` hook):
        publish it as an event, as ``frame_events`` says."""
        if self.frame_events is FrameEvents.NONE:
            return
        if direction is FrameDirection.RECEIVED:
            self._publish(session, "received", data)
        elif self.frame_events is FrameEvents.ALL:
            self._publish(session, "sent", data)

    def forwarding_router(
        self,
        version: OcppVersion,
        *,
        router: Router | None = None,
        actions: Iterable[str] | None = None,
    ) -> Router:
        """A CSMS router for ``version`` whose station-initiated actions are handled by the
        workers (:func:`serve_router`). It may be made before the cluster starts (to give to
        ``CsmsServer(router=..., cluster=...)``); calls forwarded while the cluster is not
        started are answered with an InternalError.

        With ``router``, forwarding handlers are added to it for the actions it does not
        handle itself (the in-process handlers keep theirs). ``actions`` limits forwarding to
        the actions named (``"MeterValues"``, ...). Returns the router.
        """
        version = OcppVersion(version)
        router = router if router is not None else Router(version, "CSMS")
        if router.version is not version or router.role != "CSMS":
            raise ClusterUsageError(f"the router is no OCPP {version} CSMS router")
        registry = actions_of(version)
        wanted = None if actions is None else set(actions)
        for name in wanted or ():
            action = registry.get(name)
            if action is None or not action.initiated_by("ChargingStation"):
                raise ClusterUsageError(f"OCPP {version} has no station-initiated {name!r}")
        for action in registry.initiated_by("ChargingStation"):
            if wanted is not None and action.name not in wanted:
                continue
            if router.handles(action.name):
                continue
            router.add_handler(
                action.request,
                forwarding_handler(
                    lambda: self._client,
                    self.subjects,
                    version,
                    action,
                    node=self.node,
                    timeout=self.worker_timeout,
                    mode=self.mode,
                ),
            )
        return router

    @property
    def calls_served(self) -> int:
        """Routed calls this node has answered (any outcome) since it started."""
        return self._node.served if self._node is not None else 0

    @property
    def events_dropped(self) -> int:
        """Events dropped because NATS could not take them fast enough."""
        return self._events.dropped if self._events is not None else 0

    # -- listeners ------------------------------------------------------------------------

    def events(self, identity: str | None = None) -> EventStream:
        """The events of station ``identity`` (or of all stations), as an async iterator:
        ``async with cluster.events() as stream: async for event in stream: ...``."""
        return EventStream(self.client, self.subjects.events(identity))

    # -- internals ------------------------------------------------------------------------

    def _station_node(self) -> StationNode:
        if self._node is None:
            raise ClusterUnavailable("the cluster is not started")
        return self._node

    def _publish(self, session: Session[Any], kind: str, data: bytes) -> None:
        if self._events is None:
            return
        self._events.put(
            self.subjects.event(session.identity, kind),
            data,
            {NODE: self.node, VERSION: session.version.value},
        )

    def _add_worker(self, worker: RouterWorker) -> None:
        self._workers.append(worker)


async def serve_router(cluster: NatsCluster, router: Router) -> RouterWorker:
    """Serve ``router`` (a CSMS router) to the cluster's nodes as one worker of the workers'
    queue group, until ``await worker.close()`` or the cluster closes. Inside its handlers,
    :func:`~ocpkit.ocpp.cluster.current_call` says which station called."""
    worker = RouterWorker(cluster.client, cluster.subjects, router, mode=cluster.mode)
    await worker.start()
    cluster._add_worker(worker)
    return worker
