"""The ``picows`` adapter: a Cython WebSocket with a callback API, for large fleets.

picows calls a listener for every frame; the listener hands the payload straight to the session
(a plain method call: no queue, no task per frame) and writes go straight to picows's transport.
What picows leaves to its user is done here:

* **The handshake decision may be async.** picows asks for its answer synchronously, inside
  its protocol. So :class:`_Protocol` (picows's ``WSProtocol``, subclassed) keeps the request
  head in its own buffer until it is complete, reads the target and headers, awaits
  ``decide`` with reading paused, and only then feeds the buffered bytes to picows, whose
  listener factory returns the answer already known. The peer's address and TLS certificate
  are read from the socket there too. The whole wait is bounded by picows's handshake timeout
  (``open_timeout``).
* **RFC 6455 as websockets applies it:** ``Sec-WebSocket-Version`` other than 13 gets HTTP 426;
  a data frame with a reserved bit set, or a close frame with a code that may not be sent
  (:func:`~._transport.valid_close_code`), is answered with 1002 and not delivered or echoed.
* **Messages:** fragments are reassembled up to the message size limit and
  ``max_fragments`` frames (1009 beyond, as websockets does); once the first byte of a frame
  or the first fragment of a message has arrived, the message must be complete within
  ``message_timeout`` (1008 otherwise). The protocol sees every read, the listener every
  frame: bytes left over after the last whole frame, or a fragmented message still open,
  mean a message is under way.
* **Keep-alive:** a ping every ``ping_interval`` seconds whatever the traffic (picows's
  ``PING_PERIODICALLY``); a peer stuck in the middle of a frame cannot answer it. Pings are
  answered here (not by picows) so that every frame passes the listener's checks.
* **Closing:** a received close frame is answered, and a close we start is given
  ``close_timeout`` seconds before the socket is dropped.
"""

import asyncio
import inspect
import logging
import socket
import ssl as ssl_module
from collections.abc import Awaitable, Callable, Sequence
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
)
from picows.picows import WSProtocol  # type: ignore[attr-defined]
from picows.url import WSInvalidURL, parse_url

from ._errors import ConnectFailed
from ._transport import (
    CLOSE_ABNORMAL,
    CLOSE_MESSAGE_TOO_BIG,
    CLOSE_POLICY_VIOLATION,
    CLOSE_PROTOCOL_ERROR,
    INTERNAL_ERROR,
    Decide,
    HandshakeRequest,
    Options,
    Reject,
    Sink,
    Upgrade,
    Wire,
    call_decide,
    client_certificate,
    log_decide_failure,
    remote_address,
    valid_close_code,
    version_refusal,
)

try:  # picows runs on aiofastnet's transports when it is installed; so does this adapter
    import aiofastnet

    _FASTNET = True
except ImportError:  # pragma: no cover - depends on the environment
    _FASTNET = False

__all__ = ["BACKEND"]

logger = logging.getLogger("ocpkit.aio")

_TEXT: Final = WSMsgType.TEXT
_BINARY: Final = WSMsgType.BINARY
_CONTINUATION: Final = WSMsgType.CONTINUATION
_CLOSE: Final = WSMsgType.CLOSE
_PING: Final = WSMsgType.PING
_DEFAULT_PING_INTERVAL: Final = 20.0
_NO_STATUS: Final = 1005  # RFC 6455: reported for a close frame without a status code

# picows starts each connection with a 16 KiB read buffer and touches all of it; OCPP messages
# are mostly far smaller (the buffer grows when one is not), and a CSMS holds thousands of
# connections: 4 KiB takes the memory per idle connection from ~32 KB to ~18 KB.
_READ_BUFFER: Final = 4096
# picows's own bound on a request head; over it the connection is dropped.
_MAX_HEAD: Final = 16 * 1024
_HEAD_END: Final = b"\r\n\r\n"
_BAD_REQUEST: Final = Reject(400, "Bad Request\n")


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
        self._max_fragments = options.max_fragments
        self._close_timeout = options.close_timeout
        self._parts: bytearray | None = None
        self._fragments = 0
        self._received: tuple[int, str] | None = None  # the peer's close frame
        self._drop_timer: asyncio.TimerHandle | None = None
        self._failed = False
        # Read by _Protocol after each read: frames seen, and the bytes after the last one.
        self.frames = 0
        self.tail = 0

    @property
    def message_open(self) -> bool:
        """Whether a fragmented message has begun and not ended."""
        return self._parts is not None

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

    def is_user_specific_pong(self, frame: WSFrame) -> bool:
        # picows hands our keep-alive pongs here instead of to on_ws_frame: count them too.
        self.frames += 1
        self.tail = frame.tail_size
        return frame.msg_type == WSMsgType.PONG

    def on_ws_frame(self, transport: WSTransport, frame: WSFrame) -> None:
        self.frames += 1
        self.tail = frame.tail_size
        sink = self._sink
        if sink is None or self._failed:
            return
        if frame.rsv1 or frame.rsv2 or frame.rsv3:
            self._fail(CLOSE_PROTOCOL_ERROR, "reserved bit set without an extension")
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
                self._fragments = 1
        elif msg_type == _CONTINUATION:
            parts = self._parts
            if parts is None:
                self._fail(CLOSE_PROTOCOL_ERROR, "continuation without a message")
                return
            self._fragments += 1
            if self._fragments > self._max_fragments:
                self._parts = None
                self._fail(CLOSE_MESSAGE_TOO_BIG, "too many fragments")
                return
            parts += frame.get_payload_as_memoryview()
            if len(parts) > self._max_size:
                self._parts = None
                self._fail(CLOSE_MESSAGE_TOO_BIG, "message too big")
            elif frame.fin:
                self._parts = None
                sink.message_received(bytes(parts))
        elif msg_type == _PING:
            transport.send_pong(frame.get_payload_as_bytes())
        elif msg_type == _CLOSE:
            self._on_close_frame(transport, frame)

    def on_ws_disconnected(self, transport: WSTransport) -> None:
        if self._drop_timer is not None:
            self._drop_timer.cancel()
            self._drop_timer = None
        self._parts = None
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
            if not valid_close_code(code):
                # Not echoed, not reported as the peer's: the sink hears our 1002.
                self._fail(CLOSE_PROTOCOL_ERROR, "invalid close code")
                return
            self._received = (code, payload[2:].decode("utf-8", "replace"))
            echo = cast(WSCloseCode, code)
        else:
            self._received = (_NO_STATUS, "")
        if not transport.is_close_frame_sent:  # the peer started closing: echo its code
            transport.send_close(echo)
        transport.disconnect()

    def _fail(self, code: int, reason: str) -> None:
        if self._failed:
            return
        self._failed = True
        logger.warning("closing a picows connection: %s", reason)
        self.close(code, reason)

    def expire(self) -> None:
        """The message under way missed its deadline."""
        self._parts = None
        self._fail(CLOSE_POLICY_VIOLATION, "message not completed in time")


def _refusal(refuse: Reject) -> WSUpgradeResponse:
    response: WSUpgradeResponse
    try:
        response = WSUpgradeResponse.create_error_response(
            refuse.status, refuse.body.encode("utf-8"), list(refuse.headers)
        )
    except (ValueError, TypeError) as error:  # a status picows cannot send (not 4xx/5xx)
        log_decide_failure(error)
        response = WSUpgradeResponse.create_error_response(
            INTERNAL_ERROR.status, INTERNAL_ERROR.body.encode("utf-8")
        )
    return response


def _parse_head(head: bytes) -> tuple[str, tuple[tuple[str, str], ...]] | None:
    """The request target and header lines of an HTTP request head, or ``None`` when it is
    malformed (picows would refuse it too)."""
    try:
        text = head.decode("ascii")
    except UnicodeDecodeError:
        return None
    lines = text.split("\r\n")
    parts = lines[0].split(" ")
    # What picows accepts (it would refuse anything else after the decision).
    if len(parts) != 3 or parts[0] != "GET" or not parts[1] or parts[2] != "HTTP/1.1":
        return None
    headers: list[tuple[str, str]] = []
    for line in lines[1:]:
        name, colon, value = line.partition(":")
        if not colon or not name or name != name.strip():
            return None
        headers.append((name, value.strip(" \t")))
    return parts[1], tuple(headers)


class _Protocol(WSProtocol):  # type: ignore[misc]
    """picows's protocol with the two things its callbacks cannot see: the request head before
    the decision (server side), and where frames end in each read (message deadline)."""

    def __init__(
        self,
        *,
        client: tuple[str, str] | None,
        listener: Callable[..., object],
        options: Options,
        extra_headers: Sequence[tuple[str, str]] | None = None,
        decide: Decide | None = None,
    ) -> None:
        ping, idle, reply = _ping_settings(options)
        super().__init__(
            client[0] if client else None,
            client[1] if client else None,
            client is not None,
            listener if client else self._answer,
            logging.getLogger("picows.client" if client else "picows.server"),
            False,  # disconnect_on_exception: the listener handles its own failures
            options.open_timeout,
            ping,
            idle,
            reply,
            WSAutoPingStrategy.PING_PERIODICALLY,
            False,  # enable_auto_pong: the listener answers pings after checking them
            options.max_message_size,
            list(extra_headers) if extra_headers is not None else None,
            _READ_BUFFER,
        )
        self._options = options
        self._decide = decide
        self._message_timeout = options.message_timeout
        self._deadline: asyncio.TimerHandle | None = None
        # Server side, until the request head is complete and decided: our own buffer.
        self._head: bytearray | None = bytearray() if decide is not None else None
        self._scratch: bytearray | None = bytearray(4096) if decide is not None else None
        self._decision: Upgrade | Reject = INTERNAL_ERROR
        self._deciding: asyncio.Task[None] | None = None
        self._raw: asyncio.BaseTransport | None = None
        self._unread: memoryview | None = None

    # -- asyncio.BufferedProtocol ------------------------------------------------------------

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self._raw = transport
        super().connection_made(transport)

    def get_buffer(self, sizehint: int) -> memoryview:
        if self._scratch is not None:
            return memoryview(self._scratch)
        buffer: memoryview = super().get_buffer(sizehint)
        if self.listener is None:
            self._unread = buffer  # client side, until the upgrade response is read
        return buffer

    def buffer_updated(self, nbytes: int) -> None:
        if self._head is not None:
            self._head_received(nbytes)
        elif self._unread is not None:
            # Copied before picows parses it (and moves its buffer): what came with the head.
            data = bytes(self._unread[:nbytes])
            self._unread = None
            self._feed(nbytes, data)
        else:
            self._feed(nbytes)

    def _handshake_timeout_callback(self) -> None:
        if self._decide is None:
            super()._handshake_timeout_callback()
            return
        # Server side: nobody awaits picows's handshake future, so the TimeoutError picows
        # would set there is logged as "never retrieved", once per slow peer. Dropping the
        # peer is all that is needed (a pending decision is cancelled in connection_lost).
        self.transport.disconnect()

    def connection_lost(self, exc: Exception | None) -> None:
        if self._deciding is not None:
            self._deciding.cancel()
            self._deciding = None
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None
        super().connection_lost(exc)

    # -- the message deadline ------------------------------------------------------------------

    def _feed(self, nbytes: int, data: bytes | None = None) -> None:
        """Hand ``nbytes`` read to picows; ``data`` is what they were, while not upgraded."""
        listener = self.listener
        if isinstance(listener, _PicowsWire):
            if self._message_timeout is None:
                super().buffer_updated(nbytes)
                return
            seen = listener.frames
            super().buffer_updated(nbytes)
            # No whole frame in this read, bytes after the last one, or a fragmented message
            # still open: a message is under way and its clock runs from its first byte.
            busy = listener.frames == seen or listener.tail > 0 or listener.message_open
        else:
            super().buffer_updated(nbytes)
            listener = self.listener
            if not isinstance(listener, _PicowsWire) or self._message_timeout is None:
                return
            # Upgraded by this read: bytes after the head that made no whole frame are the
            # start of a message.
            end = data.find(_HEAD_END) if data is not None else -1
            pending = len(data) - end - len(_HEAD_END) if data is not None and end >= 0 else 0
            busy = (listener.frames == 0 and pending > 0) or listener.tail > 0
            busy = busy or listener.message_open
        if busy:
            if self._deadline is None:
                self._deadline = asyncio.get_running_loop().call_later(
                    self._message_timeout, self._expire
                )
        elif self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None

    def _expire(self) -> None:
        self._deadline = None
        listener = self.listener
        if isinstance(listener, _PicowsWire):
            listener.expire()

    # -- the server's handshake ------------------------------------------------------------------

    def _head_received(self, nbytes: int) -> None:
        head, scratch = self._head, self._scratch
        assert head is not None
        assert scratch is not None
        head += memoryview(scratch)[:nbytes]
        end = head.find(_HEAD_END)
        if end < 0:
            if len(head) >= _MAX_HEAD:
                self._drop()
            return
        if end + len(_HEAD_END) > _MAX_HEAD:
            self._drop()
            return
        # aiofastnet's transports are not asyncio.Transport subclasses, but behave as one.
        transport = cast(asyncio.Transport, self._raw)
        transport.pause_reading()
        parsed = _parse_head(bytes(head[:end]))
        if parsed is None:
            self._hand_over(_BAD_REQUEST)
            return
        target, headers = parsed
        request = HandshakeRequest(
            target,
            headers,
            remote_address=remote_address(transport.get_extra_info("peername")),
            client_certificate=client_certificate(transport.get_extra_info("ssl_object")),
        )
        refusal = version_refusal(request)
        if refusal is not None:
            self._hand_over(refusal)
            return
        if not target.startswith("/"):
            self._hand_over(_BAD_REQUEST)
            return
        assert self._decide is not None
        answer = call_decide(self._decide, request)
        if inspect.isawaitable(answer):
            self._deciding = asyncio.get_running_loop().create_task(self._await(answer))
        else:
            self._hand_over(answer)

    async def _await(self, answer: Awaitable[Upgrade | Reject]) -> None:
        try:
            decision = await answer
        except Exception as error:
            log_decide_failure(error)
            decision = INTERNAL_ERROR
        self._deciding = None
        transport = self._raw
        if transport is not None and not transport.is_closing():
            self._hand_over(decision)

    def _hand_over(self, decision: Upgrade | Reject) -> None:
        """Let picows read the buffered request; its listener factory answers ``decision``."""
        self._decision = decision
        head = self._head
        assert head is not None
        self._head = self._scratch = None
        # Resumed first: nothing is read before this callback returns, and a TLS transport
        # that picows closes below must still read the peer's close_notify to finish.
        transport = cast(asyncio.Transport | None, self._raw)
        if transport is not None:
            transport.resume_reading()
        view = memoryview(head)
        while view:
            buffer = super().get_buffer(len(view))
            count = min(len(buffer), len(view))
            buffer[:count] = view[:count]
            self._feed(count, bytes(view[:count]))
            view = view[count:]

    def _answer(self, request: WSUpgradeRequest) -> WSUpgradeResponseWithListener:
        decision = self._decision
        if isinstance(decision, Reject):
            return WSUpgradeResponseWithListener(_refusal(decision), None)
        extra = [("Sec-WebSocket-Protocol", decision.subprotocol)] if decision.subprotocol else None
        return WSUpgradeResponseWithListener(
            WSUpgradeResponse.create_101_response(extra), _PicowsWire(decision.open, self._options)
        )

    def _drop(self) -> None:
        self._head = self._scratch = None
        if self._raw is not None:
            self._raw.close()


class _Listening:
    def __init__(self, server: asyncio.AbstractServer) -> None:
        self._server = server
        sockets: Sequence[socket.socket] = getattr(server, "sockets", ())
        self.port: int = sockets[0].getsockname()[1]

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
        def factory() -> _Protocol:
            return _Protocol(client=None, listener=_no_listener, options=options, decide=decide)

        loop = asyncio.get_running_loop()
        # The TLS handshake is bounded like the WebSocket one (only meaningful with TLS).
        tls_timeout = options.open_timeout if ssl is not None else None
        server: asyncio.AbstractServer
        if _FASTNET:
            server = await aiofastnet.create_server(
                loop, factory, host, port, ssl=ssl, ssl_handshake_timeout=tls_timeout
            )
        else:  # pragma: no cover - depends on the environment
            server = await loop.create_server(
                factory, host, port, ssl=ssl, ssl_handshake_timeout=tls_timeout
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
        def listener(request: WSUpgradeRequest, response: WSUpgradeResponse) -> _PicowsWire:
            answered = response.headers.get("Sec-WebSocket-Protocol")
            return _PicowsWire(lambda wire: open(wire, answered), options)

        try:
            parsed = parse_url(url)
        except (WSInvalidURL, ValueError) as error:
            raise ConnectFailed(f"cannot connect to {url}: {error}") from error
        extra = [("Sec-WebSocket-Protocol", ", ".join(subprotocols)), *headers]
        tls = (ssl or ssl_module.create_default_context()) if parsed.is_secure else None

        def factory() -> _Protocol:
            return _Protocol(
                client=(parsed.netloc, parsed.resource_name),
                listener=listener,
                options=options,
                extra_headers=extra,
            )

        loop = asyncio.get_running_loop()
        protocol: _Protocol | None = None
        try:
            async with asyncio.timeout(options.open_timeout):
                if _FASTNET:
                    _, protocol = await aiofastnet.create_connection(
                        loop,
                        factory,
                        parsed.host,
                        parsed.port,
                        ssl=tls,
                        server_hostname=parsed.host if tls is not None else None,
                    )
                else:  # pragma: no cover - depends on the environment
                    _, protocol = await loop.create_connection(
                        factory,
                        parsed.host,
                        parsed.port,
                        ssl=tls,
                        server_hostname=parsed.host if tls is not None else None,
                    )
                assert protocol is not None
                await protocol.wait_until_handshake_complete()
        except WSHandshakeError as error:
            status = int(error.response.status) if error.response is not None else None
            if status is not None:
                raise ConnectFailed(
                    f"the CSMS refused the connection: HTTP {status}", status=status
                ) from None
            raise ConnectFailed(f"WebSocket handshake failed: {error}") from error
        except (WSError, OSError, TimeoutError, ValueError) as error:
            if protocol is not None and protocol.transport is not None:
                protocol.transport.disconnect()
            raise ConnectFailed(f"cannot connect to {url}: {error}") from error
        listener_object = protocol.listener
        if not isinstance(listener_object, _PicowsWire):
            # No listener when the peer hung up during the handshake (e.g. a TLS 1.3 server
            # that refused our certificate after the client side finished).
            raise ConnectFailed(f"cannot connect to {url}: the connection closed in the handshake")
        return listener_object


def _no_listener(*args: object) -> None:
    return None


BACKEND: Final = _PicowsBackend()
