"""ocpkit's interop peer on PyPI ``ocpp`` (over ``websockets``): a CSMS or a charging station,
driven by JSON-line commands on stdin and reporting JSON-line events on stdout.

Same command line and protocol as ``node/peer.js``, so the tests drive both peers alike::

    python py_peer.py --role csms --port 0 --protocols ocpp1.6 [--password-hex HEX]
                      [--replies JSON]
    python py_peer.py --role cs --url ws://127.0.0.1:PORT --identity CS-1 --protocols ocpp2.0.1
                      [--password-hex HEX] [--replies JSON]

``ocpp`` validates every payload against its schemas in both directions (it has no
non-strict mode); ``--strict`` is accepted and ignored. ``--replies`` maps an action to the
payload its calls are answered with (through the library's ``@on`` handlers and
``call_result`` classes); other actions get what the library answers when no handler exists.

Commands: ``{"cmd":"call","ref":1,"action":...,"params":{...}}`` (wire names; answered by a
``result`` or ``error`` event), ``{"cmd":"raw","text":...}``, ``{"cmd":"exit"}``. Events:
listening (first line of a CSMS), connected, connect_failed, frame (every WebSocket message, in
and out), call (a call that reached a handler), auth_rejected, closed, result, error,
command_failed.
"""

import argparse
import asyncio
import base64
import binascii
import hmac
import json
import sys
from collections.abc import Awaitable, Callable
from http import HTTPStatus
from importlib import metadata
from typing import Any

import ocpp.v16
import ocpp.v21
import ocpp.v201
from ocpp.charge_point import camel_to_snake_case
from ocpp.exceptions import OCPPError
from ocpp.messages import CallError, CallResult, unpack
from ocpp.routing import on
from websockets.asyncio.client import ClientConnection, connect
from websockets.asyncio.server import ServerConnection, serve
from websockets.exceptions import ConnectionClosed, InvalidStatus
from websockets.http11 import Request, Response
from websockets.typing import Subprotocol

PACKAGES: dict[str, Any] = {"ocpp1.6": ocpp.v16, "ocpp2.0.1": ocpp.v201, "ocpp2.1": ocpp.v21}


def emit(event: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(event) + "\n")
    sys.stdout.flush()


def _replier(action: str, replies: dict[str, Any]) -> Callable[..., Awaitable[Any]]:
    async def reply(self: Any, **kwargs: Any) -> Any:
        emit({"event": "call", "identity": self.id, "action": action, "params": self.payload})
        result_class = getattr(self._call_result, action)
        return result_class(**camel_to_snake_case(replies[action]))

    reply.__name__ = f"on_{action}"  # the name @on registers the route under
    return reply


def station_class(subprotocol: str, replies: dict[str, Any]) -> Any:
    """A ChargePoint of the package for ``subprotocol`` that answers ``replies`` through ``@on``
    handlers and reports every frame."""
    base: Any = PACKAGES[subprotocol].ChargePoint

    async def route_message(self: Any, raw: str) -> None:
        emit({"event": "frame", "identity": self.id, "dir": "in", "text": raw})
        try:
            message = unpack(raw)
        except OCPPError:
            message = None
        if isinstance(message, CallResult | CallError):
            self.answers[message.unique_id] = message
        self.payload = getattr(message, "payload", None)
        await base.route_message(self, raw)

    async def send(self: Any, text: str) -> None:
        emit({"event": "frame", "identity": self.id, "dir": "out", "text": text})
        await base._send(self, text)

    namespace: dict[str, Any] = {"route_message": route_message, "_send": send}
    for action in replies:
        namespace[f"on_{action}"] = on(action)(_replier(action, replies))
    return type(f"Peer{base.__name__}", (base,), namespace)


class Peer:
    def __init__(self, options: argparse.Namespace) -> None:
        self.options = options
        self.replies: dict[str, Any] = json.loads(options.replies)
        self.protocols = [p for p in options.protocols.split(",") if p]
        self.password = bytes.fromhex(options.password_hex) if options.password_hex else None
        self.stations: dict[str, Any] = {}  # identity -> ChargePoint
        self.sockets: dict[str, ServerConnection | ClientConnection] = {}
        self.tasks: set[asyncio.Task[None]] = set()

    # -- connections ----------------------------------------------------------------------

    def _check_auth(self, connection: ServerConnection, request: Request) -> Response | None:
        if self.password is None:
            return None
        identity = request.path.rstrip("/").rsplit("/", 1)[-1]
        header = request.headers.get("Authorization", "")
        scheme, _, token = header.partition(" ")
        try:
            user, colon, secret = base64.b64decode(token.strip(), validate=True).partition(b":")
        except (binascii.Error, ValueError):
            user, colon, secret = b"", b"", b""
        if (
            scheme.lower() != "basic"
            or not colon
            or user != identity.encode()
            or not hmac.compare_digest(secret, self.password)
        ):
            emit({"event": "auth_rejected", "identity": identity})
            return connection.respond(HTTPStatus.UNAUTHORIZED, "Unauthorized\n")
        return None

    async def _serve_station(self, ws: ServerConnection) -> None:
        identity = ws.request.path.rstrip("/").rsplit("/", 1)[-1] if ws.request else ""
        await self._run(identity, ws)

    async def _run(self, identity: str, ws: ServerConnection | ClientConnection) -> None:
        subprotocol = ws.subprotocol or ""
        if subprotocol not in PACKAGES:
            emit({"event": "closed", "identity": identity, "code": None, "reason": "subprotocol"})
            await ws.close(1002)
            return
        cp = station_class(subprotocol, self.replies)(identity, ws, response_timeout=10)
        cp.answers = {}
        cp.payload = None
        self.stations[identity] = cp
        self.sockets[identity] = ws
        emit({"event": "connected", "identity": identity, "protocol": subprotocol})
        try:
            await cp.start()
        except ConnectionClosed:
            pass
        finally:
            self.stations.pop(identity, None)
            emit(
                {
                    "event": "closed",
                    "identity": identity,
                    "code": ws.close_code,
                    "reason": ws.close_reason or "",
                }
            )

    async def start_csms(self) -> None:
        server = await serve(
            self._serve_station,
            "127.0.0.1",
            self.options.port,
            subprotocols=[Subprotocol(p) for p in self.protocols],
            process_request=self._check_auth,
            compression=None,
        )
        port = next(iter(server.sockets)).getsockname()[1]
        emit(
            {
                "event": "listening",
                "port": port,
                "protocols": self.protocols,
                "ocpp": metadata.version("ocpp"),
                "websockets": metadata.version("websockets"),
            }
        )

    async def start_station(self) -> None:
        identity = self.options.identity
        headers = []
        if self.password is not None:
            token = base64.b64encode(identity.encode() + b":" + self.password).decode()
            headers.append(("Authorization", f"Basic {token}"))
        try:
            ws = await connect(
                f"{self.options.url.rstrip('/')}/{identity}",
                subprotocols=[Subprotocol(p) for p in self.protocols],
                additional_headers=headers,
                compression=None,
                open_timeout=5,
            )
        except InvalidStatus as error:
            emit(
                {
                    "event": "connect_failed",
                    "status": error.response.status_code,
                    "message": str(error),
                }
            )
            return
        except OSError as error:
            emit({"event": "connect_failed", "status": None, "message": str(error)})
            return
        self._spawn(self._run(identity, ws))

    # -- commands ---------------------------------------------------------------------------

    def _station(self, identity: str | None) -> Any:
        if identity is None and len(self.stations) == 1:
            return next(iter(self.stations.values()))
        if identity is None or identity not in self.stations:
            raise LookupError(f"no station {identity}")
        return self.stations[identity]

    async def command(self, command: dict[str, Any]) -> None:
        cp = self._station(command.get("identity"))
        if command["cmd"] == "raw":
            await cp._send(command["text"])
            return
        if command["cmd"] != "call":
            raise ValueError(f"unknown command {command['cmd']}")
        ref, action = command["ref"], command["action"]
        payload = getattr(cp._call, action)(**camel_to_snake_case(command["params"]))
        message_id = f"py-peer-{ref}"
        try:
            await cp.call(payload, suppress=False, unique_id=message_id)
        except OCPPError as error:
            answer = cp.answers.get(message_id)
            emit(
                {
                    "event": "error",
                    "ref": ref,
                    "action": action,
                    # the code as it came on the wire (None: refused here, nothing was sent)
                    "code": answer.error_code if isinstance(answer, CallError) else None,
                    "description": str(error),
                    "details": getattr(answer, "error_details", {}),
                    "local": not isinstance(answer, CallError),
                }
            )
            return
        except TimeoutError:
            emit(
                {
                    "event": "error",
                    "ref": ref,
                    "action": action,
                    "code": None,
                    "description": "timeout",
                    "details": {},
                }
            )
            return
        answer = cp.answers.get(message_id)
        emit(
            {
                "event": "result",
                "ref": ref,
                "action": action,
                "result": answer.payload if isinstance(answer, CallResult) else None,
            }
        )

    def _spawn(self, coro: Awaitable[None]) -> None:
        async def run() -> None:
            await coro

        task = asyncio.get_running_loop().create_task(run())
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    async def run_commands(self) -> None:
        loop = asyncio.get_running_loop()
        reader = asyncio.StreamReader()
        await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
        while line := await reader.readline():
            if not line.strip():
                continue
            try:
                command = json.loads(line)
            except ValueError as error:
                emit({"event": "command_failed", "message": f"not JSON: {error}"})
                continue
            if command.get("cmd") == "exit":
                break
            self._spawn(self._guarded(command))
        for ws in list(self.sockets.values()):
            await ws.close()

    async def _guarded(self, command: dict[str, Any]) -> None:
        try:
            await self.command(command)
        except Exception as error:
            emit({"event": "command_failed", "ref": command.get("ref"), "message": repr(error)})


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--role", choices=["csms", "cs"], required=True)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--url", default="")
    parser.add_argument("--identity", default="")
    parser.add_argument("--protocols", default="ocpp1.6")
    parser.add_argument("--strict", default="")  # ocpp always validates
    parser.add_argument("--password-hex", default="")
    parser.add_argument("--replies", default="{}")
    peer = Peer(parser.parse_args())
    if peer.options.role == "csms":
        await peer.start_csms()
    else:
        await peer.start_station()
    await peer.run_commands()


if __name__ == "__main__":
    asyncio.run(main())
