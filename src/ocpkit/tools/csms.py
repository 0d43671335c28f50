"""``ocpkit csms``: a CSMS that accepts charging stations and answers every call they make.

Stations connect to ``ws://HOST:PORT/IDENTITY`` with any of the configured OCPP versions
(and ``Authorization: Basic`` when a password is set). Every call a station may make is answered
by an :class:`~ocpkit.tools.answers.Answerer`; invalid frames get the error reply the version
prescribes (the connection sends it). Everything is reported as :mod:`records
<ocpkit.tools.output>`: ``ocpkit csms`` prints them as JSON lines.

Where each record comes from (all of them through the session's hooks):

=====================================  ================================================
record                                 source
=====================================  ================================================
``connected``, ``disconnected``        ``on_connect``, ``on_disconnect`` (with the cause)
``frame``                              ``on_frame`` (a :class:`~.trace.FrameTracer`), only
                                       when frames are wanted: with ``--quiet`` no frame
                                       hook is installed and nothing runs per frame
``call`` (a station's call)            the router, once the answer is written
``call`` (a call of the CSMS)          the tool, when the calling task resumes with the
                                       answer (it may follow a station call read in the
                                       same turn of the loop)
``send``                               the router, as the 2.1 SEND arrives
``protocol_error``, ``notice``         ``on_event``
=====================================  ================================================

With ``nats_url`` set (``ocpkit csms --nats URL``), the CSMS is a node of a cluster on NATS
(:mod:`ocpkit.ocpp.cluster`): its stations can be called from any process (``ocpkit call``),
and their connections and received frames are published as events.

With ``stop_after`` set, the CSMS also plays its part of a charge session: that many seconds
after a transaction's first meter values, it asks the station to stop it (2.x
RequestStopTransaction, 1.6 RemoteStopTransaction).
"""

import asyncio
import uuid
from collections.abc import Callable
from contextvars import ContextVar
from typing import IO, TYPE_CHECKING, Any, Final

import attrs

from ocpkit._base import OcppRequest, OcppResponse
from ocpkit._errors import OcpkitError
from ocpkit.ocpp import v16, v21, v201
from ocpkit.ocpp.aio import (
    CallRejected,
    CsmsServer,
    Disconnect,
    Session,
    SessionConfig,
    SessionError,
    TransportName,
)
from ocpkit.ocpp.errors import OcppError
from ocpkit.ocpp.events import (
    CallReceived,
    Event,
    LateReply,
    ProtocolViolation,
    ResultRejected,
    SendReceived,
    UnexpectedReply,
)
from ocpkit.ocpp.router import Reply, Router
from ocpkit.ocpp.version import OcppVersion

from . import ToolError
from ._signals import stop_signals
from .answers import Answerer
from .output import (
    CallDone,
    Connected,
    Disconnected,
    FrameLine,
    JsonLines,
    Listening,
    LogLine,
    Notice,
    ProtocolErrorLine,
    Record,
    SendSeen,
    Stopped,
    Stopping,
    forward_logs,
    signal_name,
)
from .trace import AnsweringRouter, FrameSeen, FrameTracer

if TYPE_CHECKING:
    from ocpkit.ocpp.cluster import NatsCluster

__all__ = ["AnsweringCsms", "CsmsSettings", "run_csms", "serve"]

ALL_VERSIONS: Final = (OcppVersion.V16, OcppVersion.V201, OcppVersion.V21)

# The message id of the last call the CSMS made, in the task that made it: the session makes
# the id (with the factory below) inside call(), in the caller's context, so the caller reads
# it back here once the answer is in (the session does not return it).
_own_call_id: ContextVar[str | None] = ContextVar("ocpkit_csms_own_call_id", default=None)


def _new_call_id() -> str:
    message_id = str(uuid.uuid4())
    _own_call_id.set(message_id)
    return message_id


@attrs.frozen(kw_only=True)
class CsmsSettings:
    """How the CSMS listens and behaves."""

    host: str = "127.0.0.1"
    port: int = 0
    versions: tuple[OcppVersion, ...] = ALL_VERSIONS
    password: str | None = None
    transport: TransportName = "websockets"
    stop_after: float | None = None
    """Seconds after a transaction's first meter values to ask the station to stop it
    (``None``: never)."""
    nats_url: str | None = None
    """Join a cluster on this NATS server as a node (``None``: stand alone)."""
    namespace: str = "ocpkit"
    """The cluster's namespace on NATS."""
    node: str | None = None
    """This node's name in the cluster (``None``: host name and process id)."""


class AnsweringCsms:
    """A CSMS that answers every call and reports what happens to ``emit``.

    ``frames``: report every frame too (not only events); without it no ``on_frame`` hook is
    installed, so the CSMS costs what a plain :class:`~ocpkit.ocpp.aio.CsmsServer` with the
    same handlers costs.
    """

    def __init__(
        self,
        settings: CsmsSettings,
        *,
        emit: Callable[[Record], None],
        frames: bool = True,
    ) -> None:
        self.settings = settings
        """What the CSMS was started with."""
        self._emit = emit
        self._frames = frames
        # One router per version, shared by every session (they hold nothing per station).
        self._routers = {
            version: AnsweringRouter(
                version,
                "CSMS",
                Answerer(version),
                on_answered=self._answered,
                on_send_received=self._send_received,
            )
            for version in settings.versions
        }
        self._stopping: set[tuple[str, str]] = set()  # (identity, transaction id) asked to stop
        self._tasks: set[asyncio.Task[None]] = set()
        self._server: CsmsServer | None = None

    @property
    def server(self) -> CsmsServer:
        """The running server (after :meth:`start`)."""
        if self._server is None:
            raise RuntimeError("the CSMS is not started")
        return self._server

    async def start(self) -> CsmsServer:
        """Listen; report ``listening``. Raises :class:`ToolError` if the port cannot be had."""
        settings = self.settings
        cluster = _cluster(settings)
        server = CsmsServer(
            host=settings.host,
            port=settings.port,
            versions=settings.versions,
            router_for=self._router_for,
            password=settings.password,
            transport=settings.transport,
            config=SessionConfig(id_factory=_new_call_id),
            on_connect=self._connected,
            on_disconnect=self._disconnected,
            on_event=self._event,
            on_frame=FrameTracer(self._frame) if self._frames else None,
            cluster=cluster,
        )
        try:
            await server.start()
        except OSError as error:
            reason = error.strerror or str(error)
            raise ToolError(f"cannot listen on {settings.host}:{settings.port}: {reason}") from None
        except OcpkitError as error:  # the cluster: NATS out of reach
            raise ToolError(str(error), status=2) from None
        self._server = server
        self._emit(
            Listening(
                host=settings.host,
                port=server.port,
                url=server.url,
                versions=tuple(str(v) for v in server.versions),
                transport=settings.transport,
                auth=settings.password is not None,
                cluster=settings.namespace if cluster is not None else None,
                node=cluster.node if cluster is not None else None,
            )
        )
        return server

    async def close(self) -> None:
        """Stop pending stop requests, close every connection, stop listening."""
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        if self._server is not None:
            await self._server.close()

    # -- the server's hooks -------------------------------------------------------------------

    def _router_for(self, version: OcppVersion, identity: str) -> Router[Any]:
        return self._routers[version]

    def _connected(self, session: Session) -> None:
        self._emit(
            Connected(
                identity=session.identity,
                subprotocol=session.subprotocol,
                version=str(session.version),
            )
        )

    def _disconnected(self, session: Session, disconnect: Disconnect) -> None:
        self._stopping = {key for key in self._stopping if key[0] != session.identity}
        self._emit(
            Disconnected(
                identity=session.identity,
                code=disconnect.code,
                reason=disconnect.reason,
                cause=str(disconnect.cause),
            )
        )

    def _event(self, session: Session, event: Event) -> None:
        if isinstance(event, ProtocolViolation):
            # The error reply itself is seen by on_frame, in its place on the wire.
            reply = event.reply.decode("utf-8", "replace") if event.reply is not None else None
            self._emit(
                ProtocolErrorLine(
                    identity=session.identity,
                    message_id=event.message_id,
                    action=event.action,
                    code=_code(event.error, session.version),
                    description=event.error.description,
                    reply=reply,
                )
            )
        elif isinstance(event, LateReply | UnexpectedReply):
            self._emit(
                Notice(
                    identity=session.identity,
                    kind=type(event).__name__,
                    message_id=event.message_id,
                    detail="a CALLERROR" if event.is_error else "a CALLRESULT",
                )
            )
        elif isinstance(event, ResultRejected):
            self._emit(
                Notice(
                    identity=session.identity,
                    kind="ResultRejected",
                    message_id=event.message_id,
                    detail=f"{event.error_code}: {event.description}",
                )
            )

    def _frame(self, seen: FrameSeen) -> None:
        self._emit(FrameLine.of(seen))

    def _send_received(self, session: Session, event: SendReceived) -> None:
        self._emit(
            SendSeen(identity=session.identity, action=event.action, message_id=event.message_id)
        )

    def _answered(self, session: Session, event: CallReceived, reply: Reply) -> None:
        self._emit(
            CallDone(
                identity=session.identity,
                caller="ChargingStation",
                action=event.action,
                message_id=event.message_id,
                outcome=_code(reply, session.version) if isinstance(reply, OcppError) else "result",
            )
        )
        if self.settings.stop_after is not None and not isinstance(reply, OcppError):
            self._watch_transaction(session, event.request)

    # -- stopping transactions -----------------------------------------------------------------

    def _watch_transaction(self, session: Session, request: OcppRequest[OcppResponse]) -> None:
        wire = request.to_wire()
        action = request.ocpp_action
        transaction: str | None = None
        ended = False
        if action == "TransactionEvent":
            info = wire["transactionInfo"]
            assert isinstance(info, dict)  # the request was validated against its schema
            transaction = str(info["transactionId"])
            ended = wire["eventType"] == "Ended"
            if wire["eventType"] != "Updated" and not ended:
                return
        elif action == "MeterValues" and "transactionId" in wire:
            transaction = str(wire["transactionId"])
        elif action == "StopTransaction":
            transaction, ended = str(wire["transactionId"]), True
        if transaction is None:
            return
        key = (session.identity, transaction)
        if ended:
            self._stopping.discard(key)
        elif key not in self._stopping:
            self._stopping.add(key)
            task = asyncio.get_running_loop().create_task(self._stop(session, transaction))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    async def _stop(self, session: Session, transaction: str) -> None:
        assert self.settings.stop_after is not None
        await asyncio.sleep(self.settings.stop_after)
        if session.closed:
            return
        request = _stop_request(session.version, transaction)
        action = request.ocpp_action
        try:
            await session.call(request)
            outcome = "result"
        except CallRejected as error:
            outcome = error.code
        except SessionError as error:
            self._emit(
                LogLine(
                    level="warning",
                    logger=__name__,
                    message=f"{session.identity}: {action} failed: {error}",
                )
            )
            return
        message_id = _own_call_id.get()
        assert message_id is not None  # made by _new_call_id in this task, as it sent the call
        self._emit(
            CallDone(
                identity=session.identity,
                caller="CSMS",
                action=action,
                message_id=message_id,
                outcome=outcome,
            )
        )


def _cluster(settings: CsmsSettings) -> "NatsCluster | None":
    """The cluster to join (``--nats``); :class:`ToolError` (status 2) without the extra or
    with a namespace or node name NATS cannot take."""
    if settings.nats_url is None:
        return None
    try:
        from ocpkit.ocpp.cluster import NatsCluster
    except ImportError as error:
        raise ToolError(str(error), status=2) from None
    try:
        return NatsCluster(settings.nats_url, namespace=settings.namespace, node=settings.node)
    except OcpkitError as error:
        raise ToolError(str(error), status=2) from None


def _stop_request(version: OcppVersion, transaction: str) -> OcppRequest[OcppResponse]:
    if version is OcppVersion.V16:
        return v16.RemoteStopTransactionRequest(transaction_id=int(transaction))
    if version is OcppVersion.V201:
        return v201.RequestStopTransactionRequest(transaction_id=transaction)
    return v21.RequestStopTransactionRequest(transaction_id=transaction)


def _code(error: OcppError, version: OcppVersion) -> str:
    try:
        return str(error.code(version))
    except ValueError:  # a 2.x-only kind on 1.6
        return "GenericError"


# -- the command ------------------------------------------------------------------------------


async def serve(settings: CsmsSettings, *, quiet: bool, out: IO[str]) -> int:
    """Run the CSMS until SIGINT or SIGTERM, printing JSON lines to ``out``; returns 0.

    When ``out`` is closed under it (``ocpkit csms | head``), the CSMS stops too and
    ``BrokenPipeError`` is raised once it is closed.
    """
    # The signal handlers go in first: a signal sent as soon as "listening" is read must stop
    # the CSMS, not be lost (or kill it without a word).
    with stop_signals() as received:

        def output_closed() -> None:
            if not received.done():
                received.set_result(_OUTPUT_CLOSED)

        emit = JsonLines(out, on_broken=output_closed)
        try:
            with forward_logs(emit):
                csms = AnsweringCsms(settings, emit=emit, frames=not quiet)
                await csms.start()
                try:
                    number = await received
                    if number != _OUTPUT_CLOSED:
                        emit(Stopping(signal=signal_name(number)))
                finally:
                    await csms.close()
                emit(Stopped())
        finally:
            emit.flush()  # the lines of the last turn of the loop
    if emit.broken:
        raise BrokenPipeError("the standard output was closed")
    return 0


_OUTPUT_CLOSED: Final = -1


def run_csms(settings: CsmsSettings, *, quiet: bool, out: IO[str]) -> int:
    """``ocpkit csms``: :func:`serve` in a new event loop."""
    return asyncio.run(serve(settings, quiet=quiet, out=out))
