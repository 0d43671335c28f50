"""A CSMS server's seat in a cluster: what ``CsmsServer(cluster=...)`` needs from it.

:class:`~ocpkit.ocpp.cluster.NatsCluster` is the cluster ocpkit ships; the server only knows
this protocol, so the core imports no messaging library. The server starts the member with
itself (unless it was started already, in which case whoever started it closes it), tells it
of every station that connects and disconnects, shows it every frame, and closes it after the
last session is gone.
"""

import inspect
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from ._hooks import Disconnect, FrameDirection, SessionHooks

if TYPE_CHECKING:
    from ._session import Session

__all__ = ["ClusterMember", "with_member"]


@runtime_checkable
class ClusterMember(Protocol):
    """A cluster a CSMS node takes part in (``CsmsServer(cluster=...)``)."""

    @property
    def started(self) -> bool:
        """Whether :meth:`start` has been called (and :meth:`close` not yet)."""
        ...

    @property
    def wants_frames(self) -> bool:
        """Whether :meth:`on_frame` should be called (without it no frame hook is added)."""
        ...

    async def start(self) -> object:
        """Join the cluster."""
        ...

    async def close(self) -> None:
        """Leave the cluster."""
        ...

    async def station_connected(self, session: "Session[Any]") -> None:
        """A station connected here: route its calls to this node from now on."""
        ...

    async def station_disconnected(
        self, session: "Session[Any]", disconnect: Disconnect | None = None
    ) -> None:
        """A station's connection here is gone: stop routing to it."""
        ...

    def on_frame(self, session: "Session[Any]", direction: FrameDirection, data: bytes) -> None:
        """One WebSocket message of a station, either way."""
        ...


def with_member(hooks: SessionHooks, member: ClusterMember) -> SessionHooks:
    """``hooks`` with the member's parts added: the application's ``on_connect`` runs first
    and the station becomes reachable through the cluster once it has (and only if the
    session is still open); on disconnect the cluster stops routing to it before the
    application's ``on_disconnect`` runs; every frame goes to both ``on_frame`` (to the
    member's only if it wants frames)."""
    on_connect, on_disconnect, on_frame = hooks.on_connect, hooks.on_disconnect, hooks.on_frame

    async def connected(session: "Session[Any]") -> None:
        if on_connect is not None:
            outcome = on_connect(session)
            if inspect.isawaitable(outcome):
                await outcome
        if not session.closing:
            await member.station_connected(session)

    async def disconnected(session: "Session[Any]", disconnect: Disconnect) -> None:
        try:
            await member.station_disconnected(session, disconnect)
        finally:
            if on_disconnect is not None:
                outcome = on_disconnect(session, disconnect)
                if inspect.isawaitable(outcome):
                    await outcome

    def frame(session: "Session[Any]", direction: FrameDirection, data: bytes) -> None:
        try:
            member.on_frame(session, direction, data)
        finally:
            if on_frame is not None:
                on_frame(session, direction, data)

    return SessionHooks(
        on_connect=connected,
        on_disconnect=disconnected,
        on_event=hooks.on_event,
        on_frame=frame if member.wants_frames else on_frame,
        middleware=hooks.middleware,
    )
