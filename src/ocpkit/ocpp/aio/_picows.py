"""The ``picows`` adapter: a Cython WebSocket with a callback API, for large fleets.

picows calls a listener for every frame; the listener hands the payload straight to the session
(a plain method call: no queue, no task per frame) and writes go straight to picows's transport.
What picows leaves to its user is done here: fragmented messages are reassembled up to the
message size limit, a received close frame is answered, and a close we start is given
``close_timeout`` seconds before the socket is dropped. Keepalive is picows's own ping: a ping
after ``ping_interval`` seconds without traffic, and a connection whose pong does not come within
``ping_timeout`` is closed as dead.
"""

import asyncio
import logging
import ssl as ssl_module
from collections.abc import Callable, Sequence
from typing import Final, cast

from picows import (
    WSAutoPingStrategy,
    WSCloseCode,
    WSError,
    WSFrame,
    WSHandshakeError,
    WSListener,
    WSMsgType,
    WSTransport,
    WSUpgradeRequest,
    WSUpgradeResponse,
    WSUpgradeResponseWithListener,
    ws_connect,
    ws_create_server,
)

from ._errors import ConnectFailed
from ._transport import (
    CLOSE_ABNORMAL,
    CLOSE_MESSAGE_TOO_BIG,
    CLOSE_PROTOCOL_ERROR,
    Decide,
    HandshakeRequest,
    Options,
    Reject,
    Sink,
    Wire,
)

__all__ = ["BACKEND"]

logger = logging.getLogger("ocpkit.aio")

_TEXT: Final = WSMsgType.TEXT
_BINARY: Final = WSMsgType.BINARY
_CONTINUATION: Final = WSMsgType.CONTINUATION
_CLOSE: Final = WSMsgType.CLOSE
_DEFAULT_PING_INTERVAL: Final = 20.0


# picows starts each connection with a 16 KiB read buffer and touches all of it; OCPP messages
# are mostly far smaller (the buffer grows when one is not), and a CSMS holds thousands of
# connections: 4 KiB takes the memory per idle connection from ~32 KB to ~18 KB.
_READ_BUFFER: Final = 4096


def _sent_close(transport: WSTransport) -> tuple[int, str] | None:
    """The close frame sent on ``transport``, by us or by picows itself."""
    handshake = transport.close_handshake
    sent = handshake.sent if handshake is not None else None
    if sent is None:
        return None
    code = getattr(sent.code, "value", sent.code)  # a WSCloseCode, or an int outside the enum
    return (code if isinstance(code, int) else CLOSE_ABNORMAL), sent.reason or ""


class _PicowsWire(WSListener):
    """One picows connection: the listener picows calls, and the :class:`Wire` the session
    writes to."""

    def __init__(self, open: Callable[[Wire], Sink], options: Options) -> None:
        super().__init__()
        self._open = open
        self._sink: Sink | None = None
        self._transport: WSTransport | None = None
        self._max_size = options.max_message_size
        self._close_timeout = options.close_timeout
        self._parts: bytearray | None = None
        self._received: tuple[int, str] | None = None  # the peer's close frame
        self._drop_timer: asyncio.TimerHandle | None = None

    # -- Wire ----------------------------------------------------------------------------

    def write(self, data: bytes) -> None:
        transport = self._transport
        if transport is not None:
            transport.send(_TEXT, data)

    def close(self, code: int, reason: str) -> None:
        transport = self._transport
        if transport is None or transport.is_disconnected:
            return
        if not transport.is_close_frame_sent:
            # picows takes any code here, though its stub names only the RFC 6455 ones.
            transport.send_close(cast(WSCloseCode, code), reason.encode("utf-8")[:123])
        if self._drop_timer is None:
            self._drop_timer = asyncio.get_running_loop().call_later(
                self._close_timeout, transport.disconnect
            )

    # -- WSListener ------------------------------------------------------------------------

    def on_ws_connected(self, transport: WSTransport) -> None:
        self._transport = transport
        self._sink = self._open(self)

    def on_ws_frame(self, transport: WSTransport, frame: WSFrame) -> None:
        sink = self._sink
        if sink is None:
            return
        if frame.payload_size > self._max_size:
            return  # picows has refused it already (1009); it may still hand it over
        msg_type = frame.msg_type
        if msg_type in (_TEXT, _BINARY):
            if self._parts is not None:
                self._fail(CLOSE_PROTOCOL_ERROR, "new message inside a fragmented one")
            elif frame.fin:
                sink.message_received(frame.get_payload_as_bytes())
            else:
                self._parts = bytearray(frame.get_payload_as_memoryview())
        elif msg_type == _CONTINUATION:
            parts = self._parts
            if parts is None:
                self._fail(CLOSE_PROTOCOL_ERROR, "continuation without a message")
                return
            parts += frame.get_payload_as_memoryview()
            if len(parts) > self._max_size:
                self._parts = None
                self._fail(CLOSE_MESSAGE_TOO_BIG, "message too big")
            elif frame.fin:
                self._parts = None
                sink.message_received(bytes(parts))
        elif msg_type == _CLOSE:
            self._on_close_frame(transport, frame)

    def on_ws_disconnected(self, transport: WSTransport) -> None:
        if self._drop_timer is not None:
            self._drop_timer.cancel()
            self._drop_timer = None
        sink, self._sink = self._sink, None
        if sink is not None:
            # The peer's close frame, else ours (or picows's, e.g. 1009), else none at all.
            code, reason = self._received or _sent_close(transport) or (CLOSE_ABNORMAL, "")
            sink.connection_lost(code, reason)

    # -- helpers ---------------------------------------------------------------------------

    def _on_close_frame(self, transport: WSTransport, frame: WSFrame) -> None:
        payload = frame.get_payload_as_bytes()
        echo = WSCloseCode.OK
        if len(payload) >= 2:
            code = int.from_bytes(payload[:2], "big")
            self._received = (code, payload[2:].decode("utf-8", "replace"))
            echo = cast(WSCloseCode, code)
        else:
            self._received = (1005, "")  # RFC 6455: a close frame without a status code
        if not transport.is_close_frame_sent:  # the peer started closing: echo its code
            transport.send_close(echo)
        transport.disconnect()

    def _fail(self, code: int, reason: str) -> None:
        logger.warning("closing a picows connection: %s", reason)
        self.close(code, reason)


def _refusal(refuse: Reject) -> WSUpgradeResponseWithListener:
    response = WSUpgradeResponse.create_error_response(
        refuse.status, refuse.body.encode("utf-8"), list(refuse.headers)
    )
    return WSUpgradeResponseWithListener(response, None)


class _Listening:
    def __init__(self, server: asyncio.Server) -> None:
        self._server = server
        self.port: int = server.sockets[0].getsockname()[1]

    def close(self) -> None:
        self._server.close()

    async def wait_closed(self) -> None:
        await self._server.wait_closed()


def _ping_settings(options: Options) -> tuple[bool, float, float]:
    """picows's (enable_auto_ping, auto_ping_idle_timeout, auto_ping_reply_timeout)."""
    if options.ping_interval is None:
        return False, _DEFAULT_PING_INTERVAL, _DEFAULT_PING_INTERVAL
    interval = options.ping_interval
    reply = options.ping_timeout if options.ping_timeout is not None else interval
    # picows needs the pong wait to be no longer than the ping interval.
    return True, interval, min(reply, interval)


class _PicowsBackend:
    async def serve(
        self,
        decide: Decide,
        *,
        host: str,
        port: int,
        ssl: ssl_module.SSLContext | None,
        options: Options,
    ) -> _Listening:
        def factory(request: WSUpgradeRequest) -> WSUpgradeResponseWithListener:
            try:
                path = request.path.decode("ascii")
            except UnicodeDecodeError:
                return _refusal(Reject(400, "Bad Request\n"))
            decision = decide(HandshakeRequest(path, tuple(request.headers.items())))
            if isinstance(decision, Reject):
                return _refusal(decision)
            extra = (
                [("Sec-WebSocket-Protocol", decision.subprotocol)] if decision.subprotocol else None
            )
            return WSUpgradeResponseWithListener(
                WSUpgradeResponse.create_101_response(extra), _PicowsWire(decision.open, options)
            )

        ping, idle, reply = _ping_settings(options)
        server = await ws_create_server(
            factory,
            host,
            port,
            ssl=ssl,
            disconnect_on_exception=False,
            websocket_handshake_timeout=options.open_timeout,
            max_frame_size=options.max_message_size,
            read_buffer_init_size=_READ_BUFFER,
            enable_auto_ping=ping,
            auto_ping_idle_timeout=idle,
            auto_ping_reply_timeout=reply,
            auto_ping_strategy=WSAutoPingStrategy.PING_WHEN_IDLE,
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
        def factory(request: WSUpgradeRequest, response: WSUpgradeResponse) -> _PicowsWire:
            answered = response.headers.get("Sec-WebSocket-Protocol")
            return _PicowsWire(lambda wire: open(wire, answered), options)

        ping, idle, reply = _ping_settings(options)
        try:
            async with asyncio.timeout(options.open_timeout):
                _, listener = await ws_connect(
                    factory,
                    url,
                    ssl_context=ssl,
                    disconnect_on_exception=False,
                    websocket_handshake_timeout=options.open_timeout,
                    max_frame_size=options.max_message_size,
                    read_buffer_init_size=_READ_BUFFER,
                    extra_headers=[("Sec-WebSocket-Protocol", ", ".join(subprotocols)), *headers],
                    max_redirects=0,
                    enable_auto_ping=ping,
                    auto_ping_idle_timeout=idle,
                    auto_ping_reply_timeout=reply,
                    auto_ping_strategy=WSAutoPingStrategy.PING_WHEN_IDLE,
                )
        except WSHandshakeError as error:
            status = int(error.response.status) if error.response is not None else None
            if status is not None:
                raise ConnectFailed(
                    f"the CSMS refused the connection: HTTP {status}", status=status
                ) from None
            raise ConnectFailed(f"WebSocket handshake failed: {error}") from error
        except (WSError, OSError, TimeoutError, ValueError) as error:
            raise ConnectFailed(f"cannot connect to {url}: {error}") from error
        if not isinstance(listener, _PicowsWire):
            # picows returns no listener when the peer hung up during the handshake (e.g. a
            # TLS 1.3 server that refused our certificate after the client side finished).
            raise ConnectFailed(f"cannot connect to {url}: the connection closed in the handshake")
        return listener


BACKEND: Final = _PicowsBackend()
