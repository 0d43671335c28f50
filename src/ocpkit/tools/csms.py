"""``ocpkit csms``: a CSMS that accepts charging stations and answers every call they make.

Stations connect to ``ws://HOST:PORT/IDENTITY`` with any of the configured OCPP versions
(and ``Authorization: Basic`` when a password is set). Every call a station may make is answered
by an :class:`~ocpkit.tools.answers.Answerer`; invalid frames get the error reply the version
prescribes (the connection sends it). Everything is reported as :mod:`records
<ocpkit.tools.output>`: ``ocpkit csms`` prints them as JSON lines.

With ``stop_after`` set, the CSMS also plays its part of a charge session: that many seconds
after a transaction's first meter values, it asks the station to stop it (2.x
RequestStopTransaction, 1.6 RemoteStopTransaction).
"""

import asyncio
from collections.abc import Callable
from typing import IO, Final

import attrs
import orjson

from ocpkit._base import OcppRequest, OcppResponse
from ocpkit.ocpp import v16, v21, v201
from ocpkit.ocpp.aio import CsmsServer, Session, SessionError, TransportName
from ocpkit.ocpp.events import Event, LateReply, ProtocolViolation, ResultRejected, UnexpectedReply
from ocpkit.ocpp.frames import MessageType
from ocpkit.ocpp.router import Router
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
from .trace import FrameSeen, answering_router, traced_call

__all__ = ["AnsweringCsms", "CsmsSettings", "run_csms", "serve"]

ALL_VERSIONS: Final = (OcppVersion.V16, OcppVersion.V201, OcppVersion.V21)


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


class AnsweringCsms:
    """A CSMS that answers every call and reports what happens to ``emit``.

    ``frames``: report every frame too (not only events). ``tap`` is told of every frame as
    well (the demo prints them).
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
        self._answerers = {version: Answerer(version) for version in settings.versions}
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
        server = CsmsServer(
            host=settings.host,
            port=settings.port,
            versions=settings.versions,
            router_for=self._router_for,
            password=settings.password,
            transport=settings.transport,
            on_connect=self._connected,
            on_disconnect=self._disconnected,
            on_event=self._event,
        )
        try:
            await server.start()
        except OSError as error:
            reason = error.strerror or str(error)
            raise ToolError(f"cannot listen on {settings.host}:{settings.port}: {reason}") from None
        self._server = server
        self._emit(
            Listening(
                host=settings.host,
                port=server.port,
                url=server.url,
                versions=tuple(str(v) for v in server.versions),
                transport=settings.transport,
                auth=settings.password is not None,
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

    def _router_for(self, version: OcppVersion, identity: str) -> Router:
        return answering_router(
            version, "CSMS", self._answerers[version], tap=self._seen, after=self._answered
        )

    def _connected(self, session: Session) -> None:
        self._emit(
            Connected(
                identity=session.identity,
                subprotocol=session.subprotocol,
                version=str(session.version),
            )
        )

    def _disconnected(self, session: Session) -> None:
        self._stopping = {key for key in self._stopping if key[0] != session.identity}
        self._emit(
            Disconnected(
                identity=session.identity, code=session.close_code, reason=session.close_reason
            )
        )

    def _event(self, session: Session, event: Event) -> None:
        if isinstance(event, ProtocolViolation):
            reply = event.reply.decode("utf-8", "replace") if event.reply is not None else None
            self._emit(
                ProtocolErrorLine(
                    identity=session.identity,
                    message_id=event.message_id,
                    action=event.action,
                    code=_code(event, session.version),
                    description=event.error.description,
                    reply=reply,
                )
            )
            if event.reply is not None and self._frames:
                self._emit(
                    FrameLine.of(
                        FrameSeen(
                            identity=session.identity,
                            side="CSMS",
                            direction="out",
                            message_type=MessageType.CALLERROR,
                            message_id=event.message_id,
                            action=event.action,
                            data=event.reply,
                        )
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

    def _seen(self, seen: FrameSeen) -> None:
        if self._frames:
            self._emit(FrameLine.of(seen))
        if seen.message_id is None or seen.action is None:
            return
        if seen.message_type is MessageType.SEND:
            self._emit(
                SendSeen(identity=seen.identity, action=seen.action, message_id=seen.message_id)
            )
        elif seen.message_type in (MessageType.CALLRESULT, MessageType.CALLERROR):
            outcome = "result"
            if seen.message_type is MessageType.CALLERROR:
                outcome = str(orjson.loads(seen.data)[2])
            self._emit(
                CallDone(
                    identity=seen.identity,
                    caller="CSMS" if seen.sender == "ChargingStation" else "ChargingStation",
                    action=seen.action,
                    message_id=seen.message_id,
                    outcome=outcome,
                )
            )

    # -- stopping transactions -----------------------------------------------------------------

    def _answered(
        self, session: Session, request: OcppRequest[OcppResponse], response: OcppResponse
    ) -> None:
        if self.settings.stop_after is None:
            return
        wire = request.to_wire()
        action = request.ocpp_action
        transaction: str | None = None
        ended = False
        if action == "TransactionEvent":
            transaction = str(wire["transactionInfo"]["transactionId"])
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
        try:
            await traced_call(session, request, self._seen)
        except SessionError as error:
            self._emit(
                LogLine(
                    level="warning",
                    logger=__name__,
                    message=f"{session.identity}: {request.ocpp_action} failed: {error}",
                )
            )


def _stop_request(version: OcppVersion, transaction: str) -> OcppRequest[OcppResponse]:
    if version is OcppVersion.V16:
        return v16.RemoteStopTransactionRequest(transaction_id=int(transaction))
    if version is OcppVersion.V201:
        return v201.RequestStopTransactionRequest(transaction_id=transaction)
    return v21.RequestStopTransactionRequest(transaction_id=transaction)


def _code(event: ProtocolViolation, version: OcppVersion) -> str:
    try:
        return str(event.error.code(version))
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
    if emit.broken:
        raise BrokenPipeError("the standard output was closed")
    return 0


_OUTPUT_CLOSED: Final = -1


def run_csms(settings: CsmsSettings, *, quiet: bool, out: IO[str]) -> int:
    """``ocpkit csms``: :func:`serve` in a new event loop."""
    return asyncio.run(serve(settings, quiet=quiet, out=out))
