"""The ``websockets`` adapter (``websockets.asyncio``): familiar, pure asyncio, and the default.

Per connection it runs one reader (the server's handler task, or a task on the client side) and
one writer task that drains what the session queued, so the session never awaits a write.
Messages are read undecoded (``recv(decode=False)``): the frame's UTF-8 goes straight to the JSON
parser, which checks the encoding anyway. Compression is off, as on the picows side, so both
transports speak the same WebSocket.

websockets already follows RFC 6455 where ocpkit needs it (close codes, reserved bits, the
``Sec-WebSocket-Version`` 426) and caps a message's size across fragments. Added here, in a
subclass of its connection: the deadline to complete a message once its first byte arrived
(:attr:`Options.message_timeout`) and a fragment cap (:attr:`Options.max_fragments`; websockets
alone stops at 4096). ``process_request`` awaits the handshake decision, so it may be async.
"""

import asyncio
import contextlib
import logging
import ssl as ssl_module
import weakref
from collections import deque
from collections.abc import Callable, Sequence
from typing import Final

import attrs
from websockets.asyncio.client import ClientConnection
from websockets.asyncio.client import connect as ws_connect
from websockets.asyncio.connection import Connection as WsConnection
from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.exceptions import (
    ConnectionClosed,
    InvalidHandshake,
    InvalidStatus,
    InvalidURI,
    NegotiationError,
)
from websockets.frames import Frame, Opcode
from websockets.http11 import Request, Response
from websockets.protocol import Event, State
from websockets.typing import Subprotocol

from ._errors import ConnectFailed, SubprotocolMismatch
from ._transport import (
    CLOSE_ABNORMAL,
    CLOSE_MESSAGE_TOO_BIG,
    CLOSE_POLICY_VIOLATION,
    Decide,
    HandshakeRequest,
    Options,
    Reject,
    Sink,
    Upgrade,
    Wire,
    client_certificate,
    decide_safely,
    remote_address,
    version_refusal,
)

__all__ = ["BACKEND"]

logger = logging.getLogger("ocpkit.aio")

_UNSUPPORTED_SUBPROTOCOL: Final = "unsupported subprotocol: "


class _Guard(WsConnection):
    """What websockets leaves out: a deadline to finish a message once begun, and a cap on the
    fragments of one message. Subclassed per server or client with the limits filled in."""

    message_timeout: float | None = None
    max_fragments: int = 4096

    _deadline: asyncio.TimerHandle | None = None
    _fragments: int = 0
    _failing: bool = False

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        protocol = self.protocol
        if self.message_timeout is None or protocol.state is not State.OPEN:
            return
        # Bytes of an unfinished frame wait in the reader; an unfinished fragmented message
        # has a current size.
        busy = protocol.current_size is not None or bool(protocol.reader.buffer)
        if busy:
            if self._deadline is None:
                self._deadline = self.loop.call_later(self.message_timeout, self._too_slow)
        elif self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None

    def connection_lost(self, exc: Exception | None) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None
        super().connection_lost(exc)

    def process_event(self, event: Event) -> None:
        if isinstance(event, Frame):
            if self._failing:
                return  # the connection is being failed: deliver nothing more
            if event.opcode is Opcode.TEXT or event.opcode is Opcode.BINARY:
                self._fragments = 1
            elif event.opcode is Opcode.CONT:
                self._fragments += 1
                if self._fragments > self.max_fragments:
                    self._fail(CLOSE_MESSAGE_TOO_BIG, "too many fragments")
                    return
        super().process_event(event)

    def _too_slow(self) -> None:
        self._deadline = None
        self._fail(CLOSE_POLICY_VIOLATION, "message not completed in time")

    def _fail(self, code: int, reason: str) -> None:
        if self._failing:
            return
        self._failing = True
        logger.warning("closing a websockets connection: %s", reason)
        task = self.loop.create_task(self._fail_now(code, reason))
        _readers.add(task)
        task.add_done_callback(_readers.discard)

    async def _fail_now(self, code: int, reason: str) -> None:
        if self.protocol.state is State.OPEN:
            # As websockets fails a connection itself: send the close frame, then give the
            # peer close_timeout to close before the socket is dropped.
            async with self.send_context():
                self.protocol.fail(code, reason)


def _guarded_server(options: Options) -> type[ServerConnection]:
    class _GuardedServerConnection(_Guard, ServerConnection):
        message_timeout = options.message_timeout
        max_fragments = options.max_fragments

    return _GuardedServerConnection


def _guarded_client(options: Options) -> type[ClientConnection]:
    class _GuardedClientConnection(_Guard, ClientConnection):
        message_timeout = options.message_timeout
        max_fragments = options.max_fragments

    return _GuardedClientConnection


@attrs.frozen
class _CloseRequest:
    code: int
    reason: str


class _WebsocketsWire:
    """A websockets connection as a :class:`Wire`: writes are queued for one writer task."""

    __slots__ = ("_outbox", "_wake", "_writer", "_ws")

    def __init__(self, ws: WsConnection) -> None:
        self._ws = ws
        self._outbox: deque[bytes | _CloseRequest] = deque()
        self._wake = asyncio.Event()
        self._writer = asyncio.get_running_loop().create_task(self._write_loop())

    def write(self, data: bytes) -> None:
        self._outbox.append(data)
        self._wake.set()

    def close(self, code: int, reason: str) -> None:
        # Queued behind the frames already written, so a final answer still goes out.
        self._outbox.append(_CloseRequest(code, reason))
        self._wake.set()

    async def _write_loop(self) -> None:
        ws = self._ws
        outbox = self._outbox
        try:
            while True:
                await self._wake.wait()
                self._wake.clear()
                while outbox:
                    item = outbox.popleft()
                    if isinstance(item, _CloseRequest):
                        await ws.close(item.code, item.reason)
                        return
                    await ws.send(item, text=True)
        except ConnectionClosed:
            pass

    async def run(self, sink: Sink) -> None:
        """Deliver every message to ``sink`` until the connection ends, then report it."""
        ws = self._ws
        try:
            while True:
                sink.message_received(await ws.recv(decode=False))
        except ConnectionClosed:
            pass
        except Exception:
            logger.exception("websockets reader failed")
            await ws.close(1011)
        finally:
            self._writer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._writer
            # The peer's close frame, else ours (sent when websockets failed the connection,
            # e.g. 1009 for an oversized message), else none at all.
            close = ws.protocol.close_rcvd or ws.protocol.close_sent
            if close is None:
                sink.connection_lost(CLOSE_ABNORMAL, "")
            else:
                sink.connection_lost(close.code, close.reason)


class _Listening:
    def __init__(self, server: Server) -> None:
        self._server = server
        self.port: int = server.sockets[0].getsockname()[1]

    def close(self) -> None:
        self._server.close(close_connections=False)

    async def wait_closed(self) -> None:
        await self._server.wait_closed()


class _WebsocketsBackend:
    async def serve(
        self,
        decide: Decide,
        *,
        host: str,
        port: int,
        ssl: ssl_module.SSLContext | None,
        options: Options,
    ) -> _Listening:
        accepted: weakref.WeakKeyDictionary[ServerConnection, Upgrade] = weakref.WeakKeyDictionary()

        async def process_request(
            connection: ServerConnection, request: Request
        ) -> Response | None:
            if not request.path.startswith("/"):
                return connection.respond(400, "Bad Request\n")
            transport = connection.transport
            handshake = HandshakeRequest(
                request.path,
                tuple(request.headers.raw_items()),
                remote_address=remote_address(transport.get_extra_info("peername")),
                client_certificate=client_certificate(transport.get_extra_info("ssl_object")),
            )
            decision = version_refusal(handshake) or await decide_safely(decide, handshake)
            if isinstance(decision, Reject):
                response = connection.respond(decision.status, decision.body)
                for name, value in decision.headers:
                    response.headers[name] = value
                return response
            accepted[connection] = decision
            return None

        def select_subprotocol(
            connection: ServerConnection, offered: Sequence[Subprotocol]
        ) -> Subprotocol | None:
            decision = accepted.get(connection)
            if decision is None or decision.subprotocol is None:
                return None  # handshake completes without the header; the sink then closes
            return Subprotocol(decision.subprotocol)

        async def handler(connection: ServerConnection) -> None:
            decision = accepted.pop(connection)
            wire = _WebsocketsWire(connection)
            await wire.run(decision.open(wire))

        server = await serve(
            handler,
            host,
            port,
            process_request=process_request,
            select_subprotocol=select_subprotocol,
            create_connection=_guarded_server(options),
            compression=None,
            ssl=ssl,
            max_size=options.max_message_size,
            ping_interval=options.ping_interval,
            ping_timeout=options.ping_timeout,
            open_timeout=options.open_timeout,
            close_timeout=options.close_timeout,
        )
        return _Listening(server)

    async def connect(
        self,
        url: str,
        *,
        subprotocols: Sequence[str],
        headers: Sequence[tuple[str, str]],
        ssl: ssl_module.SSLContext | None,
        options: Options,
        open: Callable[[Wire, str | None], Sink],
    ) -> Wire:
        try:
            ws: ClientConnection = await ws_connect(
                url,
                subprotocols=[Subprotocol(name) for name in subprotocols],
                additional_headers=list(headers),
                create_connection=_guarded_client(options),
                compression=None,
                proxy=None,
                ssl=ssl,
                max_size=options.max_message_size,
                ping_interval=options.ping_interval,
                ping_timeout=options.ping_timeout,
                open_timeout=options.open_timeout,
                close_timeout=options.close_timeout,
            )
        except InvalidStatus as error:
            status = error.response.status_code
            raise ConnectFailed(
                f"the CSMS refused the connection: HTTP {status}", status=status
            ) from None
        except NegotiationError as error:
            text = str(error)
            if text.startswith(_UNSUPPORTED_SUBPROTOCOL):
                answered = text.removeprefix(_UNSUPPORTED_SUBPROTOCOL)
                raise SubprotocolMismatch(
                    f"the CSMS answered with subprotocol {answered!r}, which was not offered",
                    subprotocol=answered,
                ) from None
            raise ConnectFailed(f"WebSocket handshake failed: {error}") from error
        except (InvalidHandshake, InvalidURI, OSError, TimeoutError, ValueError) as error:
            # ValueError: a URL websockets cannot parse (say ws://bad:host:1/CS)
            raise ConnectFailed(f"cannot connect to {url}: {error}") from error
        wire = _WebsocketsWire(ws)
        sink = open(wire, ws.subprotocol)
        reader = asyncio.get_running_loop().create_task(wire.run(sink))
        _readers.add(reader)
        reader.add_done_callback(_readers.discard)
        return wire


# Client reader tasks and connection failures, kept referenced until they end.
_readers: set[asyncio.Task[None]] = set()

BACKEND: Final = _WebsocketsBackend()
