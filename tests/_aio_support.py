"""Helpers for tests/test_aio.py: transports, a collector of connected sessions, a raw
WebSocket client, and per-version routers that answer with fixed, typed responses."""

import asyncio
import base64
import contextlib
import hashlib
import re
import socket
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any, Final

import pytest
from websockets.asyncio.client import ClientConnection, connect
from websockets.typing import Subprotocol

from ocpkit.ocpp import OcppVersion, v16, v21, v201
from ocpkit.ocpp.aio import Disconnect, Session, SessionConfig, TransportName, current_session
from ocpkit.ocpp.router import Router

TRANSPORTS: Final[tuple[TransportName, ...]] = ("websockets", "picows")

# (server transport, client transport): every combination.
PAIRS: Final = [
    pytest.param(server, client, id=f"{server}-server/{client}-client")
    for server in TRANSPORTS
    for client in TRANSPORTS
]
SERVERS: Final = [pytest.param(t, id=f"{t}-server") for t in TRANSPORTS]
CLIENTS: Final = [pytest.param(t, id=f"{t}-client") for t in TRANSPORTS]

# No keepalive pings in tests: nothing here runs long enough to need them.
QUIET: Final = SessionConfig(ping_interval=None)

NOW: Final = datetime(2026, 1, 31, 12, 0, tzinfo=UTC)
PASSWORD: Final = "correct-horse-battery-staple"  # 28 characters: a valid 2.x password
KEY_16: Final = bytes(range(1, 17))  # a 16-byte 1.6 AuthorizationKey


class Arrivals:
    """``on_connect`` / ``on_disconnect`` hooks that remember sessions (and how each ended)
    and let a test wait."""

    def __init__(self) -> None:
        self.connected: list[Session[Any]] = []
        self.disconnected: list[Session[Any]] = []
        self.disconnects: list[Disconnect] = []
        self._changed = asyncio.Condition()

    async def on_connect(self, session: Session[Any]) -> None:
        async with self._changed:
            self.connected.append(session)
            self._changed.notify_all()

    async def on_disconnect(self, session: Session[Any], disconnect: Disconnect) -> None:
        async with self._changed:
            self.disconnected.append(session)
            self.disconnects.append(disconnect)
            self._changed.notify_all()

    async def session(self, identity: str, nth: int = 1) -> Session[Any]:
        """The ``nth`` session of ``identity`` to connect (waits for it, 5 s at most)."""

        def found() -> list[Session[Any]]:
            return [s for s in self.connected if s.identity == identity]

        async with asyncio.timeout(5), self._changed:
            await self._changed.wait_for(lambda: len(found()) >= nth)
        return found()[nth - 1]

    async def gone(self, count: int) -> None:
        """Wait until ``count`` sessions have disconnected."""
        async with asyncio.timeout(5), self._changed:
            await self._changed.wait_for(lambda: len(self.disconnected) >= count)


def unused_port() -> int:
    """A TCP port on 127.0.0.1 nothing listens on (bound, read, released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def raw_connect(
    url: str, subprotocols: Sequence[str] = ("ocpp2.0.1",), headers: Sequence[tuple[str, str]] = ()
) -> connect:
    """A plain websockets client (no ocpkit): for sending frames by hand."""
    return connect(
        url,
        subprotocols=[Subprotocol(s) for s in subprotocols],
        additional_headers=list(headers),
        compression=None,
        proxy=None,
        open_timeout=5,
    )


async def exchange(ws: ClientConnection, text: str) -> str:
    """Send one text frame and return the next message received."""
    await ws.send(text)
    async with asyncio.timeout(5):
        reply = await ws.recv()
    assert isinstance(reply, str)
    return reply


# -- routers --------------------------------------------------------------------------------


def csms_router_16() -> Router:
    """A 1.6 CSMS that accepts every boot and answers heartbeats."""
    router = Router(OcppVersion.V16, "CSMS")

    @router.on(v16.BootNotificationRequest)
    def boot(request: v16.BootNotificationRequest) -> v16.BootNotificationResponse:
        assert current_session().role == "CSMS"
        return v16.BootNotificationResponse(
            status=v16.RegistrationStatus.ACCEPTED, current_time=NOW, interval=300
        )

    @router.on(v16.HeartbeatRequest)
    def heartbeat(request: v16.HeartbeatRequest) -> v16.HeartbeatResponse:
        return v16.HeartbeatResponse(current_time=NOW)

    return router


def csms_router_201() -> Router:
    """A 2.0.1 CSMS that accepts every boot and answers heartbeats."""
    router = Router(OcppVersion.V201, "CSMS")

    @router.on(v201.BootNotificationRequest)
    async def boot(request: v201.BootNotificationRequest) -> v201.BootNotificationResponse:
        assert current_session().role == "CSMS"
        return v201.BootNotificationResponse(
            status=v201.RegistrationStatusEnum.ACCEPTED, current_time=NOW, interval=300
        )

    @router.on(v201.HeartbeatRequest)
    def heartbeat(request: v201.HeartbeatRequest) -> v201.HeartbeatResponse:
        return v201.HeartbeatResponse(current_time=NOW)

    return router


def csms_router_21() -> Router:
    """A 2.1 CSMS that accepts every boot and answers heartbeats."""
    router = Router(OcppVersion.V21, "CSMS")

    @router.on(v21.BootNotificationRequest)
    def boot(request: v21.BootNotificationRequest) -> v21.BootNotificationResponse:
        return v21.BootNotificationResponse(
            status=v21.RegistrationStatusEnum.ACCEPTED, current_time=NOW, interval=300
        )

    @router.on(v21.HeartbeatRequest)
    def heartbeat(request: v21.HeartbeatRequest) -> v21.HeartbeatResponse:
        return v21.HeartbeatResponse(current_time=NOW)

    return router


def station_router_16() -> Router:
    """A 1.6 charge point that accepts remote starts."""
    router = Router(OcppVersion.V16, "ChargingStation")

    @router.on(v16.RemoteStartTransactionRequest)
    def start(request: v16.RemoteStartTransactionRequest) -> v16.RemoteStartTransactionResponse:
        return v16.RemoteStartTransactionResponse(status=v16.RemoteStartStopStatus.ACCEPTED)

    return router


def station_router_201() -> Router:
    """A 2.0.1 charging station that accepts remote starts."""
    router = Router(OcppVersion.V201, "ChargingStation")

    @router.on(v201.RequestStartTransactionRequest)
    async def start(
        request: v201.RequestStartTransactionRequest,
    ) -> v201.RequestStartTransactionResponse:
        return v201.RequestStartTransactionResponse(
            status=v201.RequestStartStopStatusEnum.ACCEPTED, transaction_id="tx-1"
        )

    return router


def station_router_21() -> Router:
    """A 2.1 charging station that accepts remote starts."""
    router = Router(OcppVersion.V21, "ChargingStation")

    @router.on(v21.RequestStartTransactionRequest)
    def start(request: v21.RequestStartTransactionRequest) -> v21.RequestStartTransactionResponse:
        return v21.RequestStartTransactionResponse(status=v21.RequestStartStopStatusEnum.ACCEPTED)

    return router


def boot_201() -> v201.BootNotificationRequest:
    """A valid 2.0.1 BootNotification."""
    return v201.BootNotificationRequest(
        charging_station=v201.ChargingStation(model="m", vendor_name="v"),
        reason=v201.BootReasonEnum.POWER_UP,
    )


def start_201() -> v201.RequestStartTransactionRequest:
    """A valid 2.0.1 RequestStartTransaction."""
    return v201.RequestStartTransactionRequest(
        id_token=v201.IdToken(id_token="TAG-1", type=v201.IdTokenEnum.CENTRAL), remote_start_id=7
    )


class DeafPeer:
    """A "CSMS" that completes the WebSocket handshake (answering ocpp2.0.1) and then reads
    everything and answers nothing, not even pings: what a dead peer looks like."""

    def __init__(self) -> None:
        self._server: asyncio.Server | None = None
        self._writers: list[asyncio.StreamWriter] = []

    async def __aenter__(self) -> str:
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        port = self._server.sockets[0].getsockname()[1]
        return f"ws://127.0.0.1:{port}/CS-1"

    async def __aexit__(self, *exc_info: object) -> None:
        assert self._server is not None
        self._server.close()
        for writer in self._writers:
            writer.close()
        await self._server.wait_closed()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._writers.append(writer)
        head = await reader.readuntil(b"\r\n\r\n")
        found = re.search(rb"(?i)sec-websocket-key:\s*(\S+)", head)
        assert found is not None
        accept = base64.b64encode(hashlib.sha1(found.group(1) + _WS_GUID).digest())
        writer.write(
            b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            b"Sec-WebSocket-Accept: " + accept + b"\r\nSec-WebSocket-Protocol: ocpp2.0.1\r\n\r\n"
        )
        with contextlib.suppress(OSError):
            while await reader.read(4096):
                pass


_WS_GUID: Final = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"  # RFC 6455, section 1.3
