"""The transport adapters under hostile traffic, driven below the session: a backend serves a
``decide`` written here, and a raw socket on 127.0.0.1 sends bytes by hand (no WebSocket
library on the client side), so each rule is seen on the wire.

Every test runs on websockets AND picows.
"""

import asyncio
import base64
import hashlib
import logging
import os
import ssl
import struct
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Final

import pytest
import trustme

from ocpkit.ocpp.aio._transport import (
    Backend,
    Decide,
    HandshakeRequest,
    Listening,
    Options,
    Reject,
    Sink,
    TransportName,
    Upgrade,
    Wire,
    load_backend,
    valid_close_code,
)
from ocpkit.ocpp.security import client_ssl_context, server_ssl_context

TRANSPORTS: Final[tuple[TransportName, ...]] = ("websockets", "picows")
pytestmark = pytest.mark.parametrize("transport", TRANSPORTS)

TEXT, BINARY, CONT, CLOSE, PING, PONG = 0x1, 0x2, 0x0, 0x8, 0x9, 0xA
DEADLINE: Final = 0.5
WS_GUID: Final = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"  # RFC 6455, section 1.3


def options(**changes: float | int | None) -> Options:
    values: dict[str, float | int | None] = {
        "max_message_size": 65536,
        "ping_interval": None,
        "ping_timeout": None,
        "open_timeout": 5.0,
        "close_timeout": 0.3,
        "message_timeout": DEADLINE,
    }
    values.update(changes)
    return Options(**values)  # type: ignore[arg-type]


class Recorder:
    """A sink that remembers what arrived and when the connection ended."""

    def __init__(self) -> None:
        self.messages: list[bytes] = []
        self.lost: tuple[int, str] | None = None
        self.gone = asyncio.Event()
        self.wire: Wire | None = None

    def open(self, wire: Wire) -> Sink:
        self.wire = wire
        return self

    def message_received(self, data: bytes | str) -> None:
        self.messages.append(data.encode() if isinstance(data, str) else data)

    def connection_lost(self, code: int, reason: str) -> None:
        self.lost = (code, reason)
        self.gone.set()


def upgrade_to(recorder: Recorder) -> Decide:
    def decide(request: HandshakeRequest) -> Upgrade:
        return Upgrade("ocpp2.0.1", recorder.open)

    return decide


@asynccontextmanager
async def serving(
    transport: TransportName,
    decide: Decide,
    opts: Options | None = None,
    tls: ssl.SSLContext | None = None,
) -> AsyncIterator[Listening]:
    backend: Backend = load_backend(transport)
    listening = await backend.serve(
        decide, host="127.0.0.1", port=0, ssl=tls, options=opts or options()
    )
    try:
        yield listening
    finally:
        listening.close()
        async with asyncio.timeout(5):
            await listening.wait_closed()


# -- a raw client ------------------------------------------------------------------------------


class Raw:
    """A TCP (or TLS) client that speaks WebSocket by hand."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader = reader
        self.writer = writer

    @classmethod
    async def connect(cls, port: int, tls: ssl.SSLContext | None = None) -> "Raw":
        reader, writer = await asyncio.open_connection(
            "127.0.0.1", port, ssl=tls, server_hostname="127.0.0.1" if tls else None
        )
        return cls(reader, writer)

    async def handshake(
        self, target: str = "/CS1", *, version: str = "13", extra: str = ""
    ) -> tuple[int, dict[str, str], bytes]:
        key = base64.b64encode(os.urandom(16)).decode()
        self.writer.write(
            f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
            f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\n"
            f"Sec-WebSocket-Version: {version}\r\nSec-WebSocket-Protocol: ocpp2.0.1\r\n"
            f"{extra}\r\n".encode()
        )
        async with asyncio.timeout(5):
            head = await self.reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split(" ")[1])
        headers = {
            name.strip().lower(): value.strip()
            for name, _, value in (line.partition(":") for line in lines[1:] if line)
        }
        body = b""
        if status != 101 and "content-length" in headers:
            async with asyncio.timeout(5):
                body = await self.reader.readexactly(int(headers["content-length"]))
        return status, headers, body

    def send(self, data: bytes) -> None:
        self.writer.write(data)

    async def frame(self) -> tuple[int, bytes]:
        """The next frame from the peer (opcode, unmasked payload)."""
        first, second = await self.reader.readexactly(2)
        length = second & 0x7F
        if length == 126:
            (length,) = struct.unpack("!H", await self.reader.readexactly(2))
        elif length == 127:
            (length,) = struct.unpack("!Q", await self.reader.readexactly(8))
        if not second & 0x80:
            return first & 0x0F, await self.reader.readexactly(length)
        mask = await self.reader.readexactly(4)  # a client's frame, as a test CSMS reads it
        payload = await self.reader.readexactly(length)
        return first & 0x0F, bytes(b ^ mask[i % 4] for i, b in enumerate(payload))

    async def close_code(self, *, answer_pings: bool = True) -> int | None:
        """Read until the server's close frame; its code (``None``: no code). Pings are
        answered, data frames skipped."""
        while True:
            opcode, payload = await self.frame()
            if opcode == CLOSE:
                return struct.unpack("!H", payload[:2])[0] if len(payload) >= 2 else None
            if opcode == PING and answer_pings:
                self.send(frame(PONG, payload))

    def close(self) -> None:
        self.writer.close()


def frame(opcode: int, payload: bytes, *, fin: bool = True, rsv: int = 0) -> bytes:
    """A masked client frame; ``rsv`` is the three reserved bits (0 to 7)."""
    head = bytearray([(0x80 if fin else 0) | (rsv << 4) | opcode])
    length = len(payload)
    if length < 126:
        head.append(0x80 | length)
    elif length < 65536:
        head += bytes([0x80 | 126]) + struct.pack("!H", length)
    else:
        head += bytes([0x80 | 127]) + struct.pack("!Q", length)
    mask = os.urandom(4)
    return bytes(head) + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload))


async def upgraded(port: int) -> Raw:
    raw = await Raw.connect(port)
    status, headers, _ = await raw.handshake()
    assert status == 101
    assert headers["sec-websocket-protocol"] == "ocpp2.0.1"
    return raw


async def wait_for(condition: Callable[[], bool], timeout: float = 3.0) -> None:
    async with asyncio.timeout(timeout):
        while not condition():
            await asyncio.sleep(0.02)


# -- message deadline ---------------------------------------------------------------------------


async def test_a_trickled_frame_is_closed_with_1008_at_the_deadline(
    transport: TransportName,
) -> None:
    recorder = Recorder()
    async with serving(transport, upgrade_to(recorder)) as server:
        raw = await upgraded(server.port)
        whole = frame(TEXT, b"x" * 4000)
        raw.send(whole[:3000])  # most of the frame, then a byte at a time
        started = time.monotonic()

        async def trickle() -> None:
            for byte in whole[3000:3100]:
                await asyncio.sleep(0.1)
                raw.send(bytes([byte]))

        dribbler = asyncio.create_task(trickle())
        try:
            async with asyncio.timeout(3):
                code = await raw.close_code()
            waited = time.monotonic() - started
            assert code == 1008
            assert DEADLINE * 0.8 <= waited < DEADLINE + 1.0
            # The connection is dropped (its buffer with it), though the peer keeps sending.
            async with asyncio.timeout(3):
                await recorder.gone.wait()
        finally:
            dribbler.cancel()
            raw.close()
        assert recorder.lost is not None
        assert recorder.lost[0] == 1008
        assert recorder.messages == []


async def test_a_fragmented_message_kept_open_by_answered_pings_is_closed_with_1008(
    transport: TransportName,
) -> None:
    recorder = Recorder()
    opts = options(ping_interval=0.1, ping_timeout=0.1)
    async with serving(transport, upgrade_to(recorder), opts) as server:
        raw = await upgraded(server.port)
        raw.send(frame(TEXT, b"[2,", fin=False))
        started = time.monotonic()
        pings = 0
        code: int | None = None
        try:
            async with asyncio.timeout(3):
                while code is None:
                    try:
                        async with asyncio.timeout(0.1):
                            opcode, payload = await raw.frame()
                    except TimeoutError:
                        raw.send(frame(CONT, b" ", fin=False))  # a fragment now and then
                        continue
                    if opcode == PING:
                        pings += 1
                        raw.send(frame(PONG, payload))
                    elif opcode == CLOSE:
                        code = struct.unpack("!H", payload[:2])[0]
            assert code == 1008
            assert time.monotonic() - started >= DEADLINE * 0.8
            assert pings >= 1  # the peer did answer the keep-alive all along
            async with asyncio.timeout(3):
                await recorder.gone.wait()
        finally:
            raw.close()
        assert recorder.messages == []


async def test_a_message_in_pieces_within_the_deadline_is_delivered(
    transport: TransportName,
) -> None:
    recorder = Recorder()
    async with serving(transport, upgrade_to(recorder)) as server:
        raw = await upgraded(server.port)
        whole = frame(TEXT, b'[2,"1","Heartbeat",{}]')
        for piece in (whole[:3], whole[3:10], whole[10:]):
            raw.send(piece)
            await asyncio.sleep(0.05)
        raw.send(frame(TEXT, b"[2,", fin=False) + frame(CONT, b'"2"]'))
        await wait_for(lambda: len(recorder.messages) == 2)
        assert recorder.messages == [b'[2,"1","Heartbeat",{}]', b'[2,"2"]']
        await asyncio.sleep(DEADLINE + 0.2)
        assert recorder.lost is None
        raw.send(frame(CLOSE, struct.pack("!H", 1000)))
        async with asyncio.timeout(3):
            assert await raw.close_code() == 1000
        raw.close()


async def test_an_idle_connection_answering_pings_outlives_the_deadline(
    transport: TransportName,
) -> None:
    recorder = Recorder()
    opts = options(ping_interval=0.1, ping_timeout=0.1, message_timeout=0.3)
    async with serving(transport, upgrade_to(recorder), opts) as server:
        raw = await upgraded(server.port)
        pings = 0
        stop = time.monotonic() + 1.0
        while time.monotonic() < stop:
            try:
                async with asyncio.timeout(0.2):
                    opcode, payload = await raw.frame()
            except TimeoutError:
                continue
            assert opcode == PING
            pings += 1
            raw.send(frame(PONG, payload))
        assert pings >= 2
        assert recorder.lost is None
        raw.send(frame(TEXT, b"[]"))
        await wait_for(lambda: recorder.messages == [b"[]"])
        raw.close()


async def test_more_fragments_than_allowed_close_with_1009(transport: TransportName) -> None:
    recorder = Recorder()
    async with serving(transport, upgrade_to(recorder), options(max_fragments=4)) as server:
        raw = await upgraded(server.port)
        raw.send(frame(TEXT, b"a", fin=False))
        for _ in range(4):
            raw.send(frame(CONT, b"b", fin=False))
        raw.send(frame(CONT, b"c"))
        async with asyncio.timeout(3):
            assert await raw.close_code() == 1009
        raw.close()
        async with asyncio.timeout(3):
            await recorder.gone.wait()
        assert recorder.messages == []


async def test_fragments_up_to_the_cap_make_one_message(transport: TransportName) -> None:
    recorder = Recorder()
    async with serving(transport, upgrade_to(recorder), options(max_fragments=4)) as server:
        raw = await upgraded(server.port)
        raw.send(frame(TEXT, b"a", fin=False) + frame(CONT, b"b", fin=False))
        raw.send(frame(CONT, b"c", fin=False) + frame(CONT, b"d"))
        await wait_for(lambda: recorder.messages == [b"abcd"])
        raw.close()


async def test_a_client_whose_csms_trickles_a_frame_closes_with_1008(
    transport: TransportName,
) -> None:
    """The deadline holds on the client side too: a CSMS that stalls mid-frame is dropped."""
    closes: list[int] = []
    done = asyncio.Event()

    async def stalling_csms(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = await reader.readuntil(b"\r\n\r\n")
        key = next(
            line.split(b":", 1)[1].strip()
            for line in head.split(b"\r\n")
            if line.lower().startswith(b"sec-websocket-key:")
        )
        accept = base64.b64encode(hashlib.sha1(key + WS_GUID).digest())
        writer.write(
            b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
            b"Connection: Upgrade\r\nSec-WebSocket-Accept: " + accept + b"\r\n"
            b"Sec-WebSocket-Protocol: ocpp2.0.1\r\n\r\n"
        )
        writer.write(bytes([0x81, 126]) + struct.pack("!H", 1000) + b"x" * 600)  # unfinished
        raw = Raw(reader, writer)
        try:
            while True:
                opcode, payload = await raw.frame()
                if opcode == CLOSE:
                    closes.append(struct.unpack("!H", payload[:2])[0])
                    break
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            done.set()
            writer.close()

    server = await asyncio.start_server(stalling_csms, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    recorder = Recorder()
    try:
        backend = load_backend(transport)
        await backend.connect(
            f"ws://127.0.0.1:{port}/CS1",
            subprotocols=["ocpp2.0.1"],
            headers=[],
            ssl=None,
            options=options(),
            open=lambda wire, subprotocol: recorder.open(wire),
        )
        async with asyncio.timeout(3):
            await done.wait()
            await recorder.gone.wait()
    finally:
        server.close()
        await server.wait_closed()
    assert closes == [1008]
    assert recorder.messages == []


# -- the handshake decision -------------------------------------------------------------------


async def test_a_failing_decide_answers_a_bare_500_and_logs_one_traceback(
    transport: TransportName, caplog: pytest.LogCaptureFixture
) -> None:
    class DecideBrokeError(Exception):
        pass

    def decide(request: HandshakeRequest) -> Upgrade:
        raise DecideBrokeError("secret-detail from the database")

    caplog.set_level(logging.ERROR, logger="ocpkit.aio")
    async with serving(transport, decide) as server:
        for _ in range(3):
            raw = await Raw.connect(server.port)
            status, _, body = await raw.handshake()
            raw.close()
            assert status == 500
            assert b"secret" not in body
            assert b"DecideBrokeError" not in body
    records = [r for r in caplog.records if r.name == "ocpkit.aio"]
    assert len(records) == 3
    assert records[0].exc_info is not None
    assert all(r.exc_info is None for r in records[1:])
    assert all("secret" not in r.getMessage() for r in records[1:])
    assert all("\n" not in r.getMessage() for r in records[1:])


async def test_an_async_decide_is_awaited_before_the_answer(transport: TransportName) -> None:
    recorder = Recorder()

    async def decide(request: HandshakeRequest) -> Upgrade | Reject:
        await asyncio.sleep(0.05)  # a database round trip
        if request.get("Authorization") is None:
            return Reject(401, "Unauthorized\n", (("WWW-Authenticate", 'Basic realm="OCPP"'),))
        return Upgrade("ocpp2.0.1", recorder.open)

    async with serving(transport, decide) as server:
        raw = await Raw.connect(server.port)
        status, headers, _ = await raw.handshake()
        raw.close()
        assert status == 401
        assert headers["www-authenticate"] == 'Basic realm="OCPP"'

        raw = await Raw.connect(server.port)
        status, _, _ = await raw.handshake(extra="Authorization: Basic eDp5\r\n")
        assert status == 101
        raw.send(frame(TEXT, b"[1]"))
        await wait_for(lambda: recorder.messages == [b"[1]"])
        raw.close()


async def test_a_frame_sent_with_the_request_head_waits_for_an_async_decision(
    transport: TransportName,
) -> None:
    recorder = Recorder()

    async def decide(request: HandshakeRequest) -> Upgrade:
        await asyncio.sleep(0.05)
        return Upgrade("ocpp2.0.1", recorder.open)

    async with serving(transport, decide) as server:
        raw = await Raw.connect(server.port)
        key = base64.b64encode(os.urandom(16)).decode()
        raw.send(
            f"GET /CS1 HTTP/1.1\r\nHost: h\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n"
            f"Sec-WebSocket-Protocol: ocpp2.0.1\r\n\r\n".encode()
            + frame(TEXT, b"[early]")
        )
        async with asyncio.timeout(5):
            head = await raw.reader.readuntil(b"\r\n\r\n")
        assert head.startswith(b"HTTP/1.1 101")
        await wait_for(lambda: recorder.messages == [b"[early]"])
        raw.close()


async def test_an_async_decide_that_never_answers_is_cut_at_the_open_timeout(
    transport: TransportName,
) -> None:
    never = asyncio.Event()

    async def decide(request: HandshakeRequest) -> Upgrade:
        await never.wait()
        raise AssertionError("unreachable")

    async with serving(transport, decide, options(open_timeout=0.3)) as server:
        raw = await Raw.connect(server.port)
        started = time.monotonic()
        with pytest.raises((asyncio.IncompleteReadError, ConnectionError)):
            await raw.handshake()
        assert time.monotonic() - started < 2.0
        raw.close()


async def test_a_slow_request_head_is_dropped_at_the_open_timeout(
    transport: TransportName,
) -> None:
    async with serving(transport, upgrade_to(Recorder()), options(open_timeout=0.3)) as server:
        raw = await Raw.connect(server.port)
        raw.send(b"GET /CS1 HTTP/1.1\r\nHost: h\r\n")
        started = time.monotonic()
        async with asyncio.timeout(3):
            leftover = await raw.reader.read()  # EOF once the server drops us
        assert time.monotonic() - started < 2.0
        assert not leftover.startswith(b"HTTP/1.1 101")
        raw.close()


async def test_an_async_decide_that_raises_answers_a_bare_500(transport: TransportName) -> None:
    async def decide(request: HandshakeRequest) -> Upgrade:
        await asyncio.sleep(0)
        raise LookupError("no such table: stations")

    async with serving(transport, decide) as server:
        raw = await Raw.connect(server.port)
        status, _, body = await raw.handshake()
        raw.close()
    assert status == 500
    assert b"stations" not in body


async def test_a_target_that_is_not_a_path_is_refused_before_decide(
    transport: TransportName,
) -> None:
    seen: list[HandshakeRequest] = []

    def decide(request: HandshakeRequest) -> Reject:
        seen.append(request)
        return Reject(404, "Not Found\n")

    async with serving(transport, decide) as server:
        raw = await Raw.connect(server.port)
        status, _, _ = await raw.handshake("http://127.0.0.1/a/b/CS1")
        raw.close()
    assert status == 400
    assert seen == []


async def test_the_handshake_carries_the_peer_address(transport: TransportName) -> None:
    seen: list[HandshakeRequest] = []

    def decide(request: HandshakeRequest) -> Reject:
        seen.append(request)
        return Reject(404, "Not Found\n")

    async with serving(transport, decide) as server:
        raw = await Raw.connect(server.port)
        local = raw.writer.get_extra_info("sockname")
        await raw.handshake("/CS1?x=1")
        raw.close()
    (request,) = seen
    assert request.path == "/CS1?x=1"
    assert request.remote_address == (local[0], local[1])
    assert request.client_certificate is None
    assert request.get("sec-websocket-protocol") == "ocpp2.0.1"


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("hardening-pki")
    ca = trustme.CA()
    paths = {name: folder / f"{name}.pem" for name in ("ca", "server", "client")}
    ca.cert_pem.write_to_path(str(paths["ca"]))
    ca.issue_cert("127.0.0.1").private_key_and_cert_chain_pem.write_to_path(str(paths["server"]))
    client = ca.issue_cert("CS-1", common_name="CS-1")
    client.private_key_and_cert_chain_pem.write_to_path(str(paths["client"]))
    return paths


async def test_mutual_tls_hands_decide_the_client_certificate(
    transport: TransportName, pki: dict[str, Path]
) -> None:
    seen: list[HandshakeRequest] = []

    def decide(request: HandshakeRequest) -> Reject:
        seen.append(request)
        return Reject(403, "Forbidden\n")

    server_tls = server_ssl_context(pki["server"], client_ca=pki["ca"])
    async with serving(transport, decide, tls=server_tls) as server:
        raw = await Raw.connect(server.port, client_ssl_context(pki["ca"], certfile=pki["client"]))
        status, _, _ = await raw.handshake()
        raw.close()
    assert status == 403
    (request,) = seen
    certificate = request.client_certificate
    assert certificate is not None
    assert certificate.common_name == "CS-1"
    assert certificate.der[:1] == b"\x30"  # a DER SEQUENCE
    assert ssl.DER_cert_to_PEM_cert(certificate.der).startswith("-----BEGIN CERTIFICATE-----")


# -- RFC 6455 ----------------------------------------------------------------------------------

INVALID_CLOSE_CODES: Final = [0, 999, 1004, 1005, 1006, 1015, 1016, 2999, 5000, 65535]


@pytest.mark.parametrize("code", INVALID_CLOSE_CODES)
async def test_an_invalid_close_code_is_answered_with_1002_not_echoed(
    transport: TransportName, code: int
) -> None:
    assert not valid_close_code(code)
    recorder = Recorder()
    async with serving(transport, upgrade_to(recorder)) as server:
        raw = await upgraded(server.port)
        raw.send(frame(CLOSE, struct.pack("!H", code)))
        async with asyncio.timeout(3):
            assert await raw.close_code() == 1002
        raw.close()
        async with asyncio.timeout(3):
            await recorder.gone.wait()
    assert recorder.lost is not None
    assert recorder.lost[0] == 1002  # the peer's 1006 is not taken for an abnormal drop


@pytest.mark.parametrize("code", [1000, 1001, 1008, 3000, 4999])
async def test_a_valid_close_code_is_echoed_and_reported(
    transport: TransportName, code: int
) -> None:
    assert valid_close_code(code)
    recorder = Recorder()
    async with serving(transport, upgrade_to(recorder)) as server:
        raw = await upgraded(server.port)
        raw.send(frame(CLOSE, struct.pack("!H", code) + b"bye"))
        async with asyncio.timeout(3):
            assert await raw.close_code() == code
        raw.close()
        async with asyncio.timeout(3):
            await recorder.gone.wait()
    assert recorder.lost == (code, "bye")


@pytest.mark.parametrize("rsv", [1, 2, 4])
@pytest.mark.parametrize("opcode", [TEXT, BINARY])
async def test_a_data_frame_with_a_reserved_bit_closes_with_1002_undelivered(
    transport: TransportName, rsv: int, opcode: int
) -> None:
    recorder = Recorder()
    async with serving(transport, upgrade_to(recorder)) as server:
        raw = await upgraded(server.port)
        raw.send(frame(opcode, b'[2,"1","Heartbeat",{}]', rsv=rsv))
        async with asyncio.timeout(3):
            assert await raw.close_code() == 1002
        raw.close()
        async with asyncio.timeout(3):
            await recorder.gone.wait()
    assert recorder.messages == []


@pytest.mark.parametrize("version", ["8", "7", "14", ""])
async def test_another_websocket_version_gets_426_naming_13(
    transport: TransportName, version: str
) -> None:
    decided: list[HandshakeRequest] = []

    def decide(request: HandshakeRequest) -> Upgrade:
        decided.append(request)
        return Upgrade("ocpp2.0.1", Recorder().open)

    async with serving(transport, decide) as server:
        raw = await Raw.connect(server.port)
        status, headers, _ = await raw.handshake(version=version)
        raw.close()
    assert status == 426
    assert headers["sec-websocket-version"] == "13"
