"""How the OCPI tools serve their apps: uvicorn on a socket bound by us, and a record of every
HTTP exchange served.

* :class:`Listener` binds the socket first (port 0: a free one), so the real port is known
  before the app is built: the versions URL and every endpoint it declares name it.
* :class:`ServedApp` runs uvicorn on that socket inside the running event loop (so one loop can
  serve a CPO and an eMSP at once) and stops it gracefully. uvicorn's own signal handling is
  left out: the tools decide what a SIGINT or SIGTERM means (:func:`stop_signals`).
* :class:`ExchangeRecorder` wraps an ASGI app and reports each request it answered as an
  :class:`Exchange`: method, path, query, HTTP status, the reply's OCPI ``status_code`` and item
  count when the body is an envelope, and the time taken. It never records a header or a body,
  so no token can reach a log line through it.
"""

import asyncio
import contextlib
import socket
import time
from collections.abc import Callable, Iterator
from typing import Final

import attrs
import orjson
import uvicorn
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from . import ToolError
from ._signals import stop_signals

__all__ = [
    "MAX_READ_BODY",
    "Exchange",
    "ExchangeRecorder",
    "Listener",
    "ServedApp",
    "envelope_facts",
    "stop_signals",
]

MAX_READ_BODY: Final = 8 * 1024 * 1024
"""Reply bodies up to this many bytes are read for their OCPI status and item count; longer
ones are recorded without them."""

_STARTUP_TIMEOUT: Final = 10.0  # seconds uvicorn may take to start serving on a bound socket
_GRACEFUL_STOP: Final = 5  # seconds open requests may take to finish once a stop is asked


class Listener:
    """A TCP socket listening on ``host`` and ``port`` (0: the system picks a free port)."""

    def __init__(self, sock: socket.socket, host: str) -> None:
        self.socket = sock
        """The listening socket (handed to uvicorn)."""
        self.host = host
        """The address it listens on."""
        self.port: int = sock.getsockname()[1]
        """The real port, also when 0 was asked for."""

    @classmethod
    def bind(cls, host: str, port: int) -> "Listener":
        """Bind and listen; :class:`~ocpkit.tools.ToolError` (status 2) if that fails."""
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        # proto given explicitly: asyncio turns Nagle off (TCP_NODELAY) only on sockets whose
        # proto is IPPROTO_TCP, and a reply written in two parts then waits ~40 ms for an ACK
        sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind((host, port))
            sock.listen(128)
            sock.setblocking(False)
        except (OSError, OverflowError) as error:
            sock.close()
            reason = getattr(error, "strerror", None) or str(error)
            raise ToolError(f"cannot listen on {host}:{port}: {reason}", status=2) from None
        return cls(sock, host)

    @property
    def origin(self) -> str:
        """``http://host:port``, the start of every URL served here."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    def close(self) -> None:
        """Close the socket (when the server never started on it)."""
        self.socket.close()


@attrs.frozen(kw_only=True)
class Exchange:
    """One request served and its reply: ``status`` is the HTTP status; ``status_code`` the
    envelope's OCPI status and ``items`` the length of its ``data`` list (``None`` when the
    body is no envelope, or ``data`` no list); ``ms`` the milliseconds from the request's
    arrival to the reply's last byte."""

    method: str
    path: str
    query: str
    status: int
    status_code: int | None
    items: int | None
    ms: float

    @property
    def target(self) -> str:
        """The path with its query, as the request line had it."""
        return f"{self.path}?{self.query}" if self.query else self.path


def envelope_facts(body: bytes) -> tuple[int | None, int | None]:
    """The OCPI ``status_code`` of a reply body and the length of its ``data`` list (each
    ``None`` when the body does not carry it)."""
    try:
        parsed = orjson.loads(body)
    except orjson.JSONDecodeError:
        return None, None
    if not isinstance(parsed, dict):
        return None, None
    code = parsed.get("status_code")
    data = parsed.get("data")
    status_code = code if isinstance(code, int) and not isinstance(code, bool) else None
    return status_code, len(data) if isinstance(data, list) else None


class ExchangeRecorder:
    """ASGI middleware: calls ``on_exchange`` with the :class:`Exchange` of every HTTP request
    ``app`` answered (also when the app failed: uvicorn's 500 is then what was sent)."""

    def __init__(self, app: ASGIApp, on_exchange: Callable[[Exchange], None]) -> None:
        self.app = app
        self.on_exchange = on_exchange

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500  # what uvicorn answers if the app ends without a reply
        body = bytearray()
        too_long = False

        async def watch(message: Message) -> None:
            nonlocal status, too_long
            if message["type"] == "http.response.start":
                status = int(message["status"])
            elif message["type"] == "http.response.body" and not too_long:
                chunk = message.get("body", b"")
                if len(body) + len(chunk) > MAX_READ_BODY:
                    too_long = True
                    body.clear()
                else:
                    body.extend(chunk)
            await send(message)

        try:
            await self.app(scope, receive, watch)
        finally:
            status_code, items = (None, None) if too_long else envelope_facts(bytes(body))
            raw_query: bytes = scope.get("query_string", b"")
            self.on_exchange(
                Exchange(
                    method=str(scope.get("method", "")),
                    path=str(scope.get("path", "")),
                    query=raw_query.decode("latin-1"),
                    status=status,
                    status_code=status_code,
                    items=items,
                    ms=round((time.perf_counter() - started) * 1000, 1),
                )
            )


class _Server(uvicorn.Server):
    """uvicorn without its signal handlers: the tools install their own, and two servers in
    one loop must not fight over them."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield


class ServedApp:
    """An ASGI app served by uvicorn on a :class:`Listener`, in the running event loop.

    Made by :meth:`start`; :meth:`stop` stops accepting connections, lets open requests finish
    (at most a few seconds) and closes the socket.
    """

    def __init__(
        self, server: uvicorn.Server, task: "asyncio.Task[None]", listener: Listener
    ) -> None:
        self._server = server
        self._task = task
        self.listener = listener
        """Where it is served."""

    @classmethod
    async def start(cls, app: ASGIApp, listener: Listener) -> "ServedApp":
        """Serve ``app`` on ``listener``; returns once uvicorn accepts connections."""
        config = uvicorn.Config(
            app,
            interface="asgi3",
            lifespan="off",
            log_config=None,  # leave the process's logging alone
            log_level="warning",
            access_log=False,  # the tools report exchanges themselves
            server_header=False,
            timeout_graceful_shutdown=_GRACEFUL_STOP,
        )
        server = _Server(config)
        task = asyncio.get_running_loop().create_task(server.serve(sockets=[listener.socket]))
        deadline = time.monotonic() + _STARTUP_TIMEOUT
        while not server.started:
            if task.done() or time.monotonic() > deadline:
                server.should_exit = True
                with contextlib.suppress(BaseException):
                    await task
                listener.close()
                raise ToolError(f"the HTTP server on port {listener.port} did not start")
            await asyncio.sleep(0.005)
        return cls(server, task, listener)

    @property
    def port(self) -> int:
        """The port served."""
        return self.listener.port

    @property
    def origin(self) -> str:
        """``http://host:port``."""
        return self.listener.origin

    async def stop(self) -> None:
        """Stop serving (again: nothing more)."""
        self._server.should_exit = True
        try:
            await self._task
        finally:
            self.listener.close()
