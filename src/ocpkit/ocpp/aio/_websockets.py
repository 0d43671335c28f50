"""The ``websockets`` adapter (``websockets.asyncio``): familiar, pure asyncio, and the default.

Per connection it runs one reader (the server's handler task, or a task on the client side) and
one writer task that drains what the session queued, so the session never awaits a write.
Messages are read undecoded (``recv(decode=False)``): the frame's UTF-8 goes straight to the JSON
parser, which checks the encoding anyway. Compression is off, as on the picows side, so both
transports speak the same WebSocket.
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
from websockets.http11 import Request, Response
from websockets.typing import Subprotocol

from ._errors import ConnectFailed, SubprotocolMismatch
from ._transport import (
    CLOSE_ABNORMAL,
    Decide,
    HandshakeRequest,
    Options,
    Reject,
    Sink,
    Upgrade,
    Wire,
)

__all__ = ["BACKEND"]

logger = logging.getLogger("ocpkit.aio")

_UNSUPPORTED_SUBPROTOCOL: Final = "unsupported subprotocol: "


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

        def process_request(connection: ServerConnection, request: Request) -> Response | None:
            try:
                decision = decide(
                    HandshakeRequest(request.path, tuple(request.headers.raw_items()))
                )
            except Exception:
                logger.exception("deciding a handshake failed")
                return connection.respond(500, "Internal Server Error\n")
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


# Client reader tasks, kept referenced until they end.
_readers: set[asyncio.Task[None]] = set()

BACKEND: Final = _WebsocketsBackend()
