"""A raw OCPP-J WebSocket peer for the probes: it sends any text, hostile or not, and records
every frame the other side sends, in order.

The probes cannot use ocpkit's own connection for this: it refuses to send broken frames, and it
answers and judges what arrives before the probe could look. A :class:`RawSession` keeps the
socket's frames as they came (decoded JSON, or the text when it is not JSON) and answers the
other side's CALLs itself, after a short hold, with a valid response from
:class:`~ocpkit.tools.answers.Answerer`, so that a peer making several calls in a row shows
whether it waits for each answer (:attr:`RawSession.calls` records each call, and whether it came
while an earlier one was unanswered).
"""

import asyncio
import contextlib
import time
import uuid
from collections.abc import Callable, Sequence
from typing import Any, Final, cast

import attrs
import orjson
from websockets.asyncio.client import connect
from websockets.asyncio.connection import Connection
from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidStatus

from ocpkit._base import OcppRequest, OcppResponse
from ocpkit._errors import OcpkitError
from ocpkit.ocpp.errors import ErrorKind, OcppError, PayloadValidationError
from ocpkit.ocpp.frames import call_error_for, serialize
from ocpkit.ocpp.negotiation import basic_auth_header
from ocpkit.ocpp.registry import Side, actions_of
from ocpkit.ocpp.validation import decode_strict
from ocpkit.ocpp.version import OcppVersion
from ocpkit.tools.answers import Answerer

from ._runner import CheckFailedError

__all__ = ["HandshakeRefusedError", "PeerCall", "RawSession", "open_session"]

OPEN_TIMEOUT: Final = 5.0
HOLD: Final = 0.3  # seconds a received CALL waits for its answer (a second call meanwhile shows)
MAX_SIZE: Final = 4 << 20  # the largest frame read (a reply quoting a 1 MB input still arrives)

Frame = Any  # decoded JSON, or the text of a message that is not JSON


@attrs.frozen
class PeerCall:
    """A CALL the other side made: its frame, when it came, whether an earlier CALL of the
    other side was still unanswered then, and the schema problem of its payload, if any."""

    frame: list[Any]
    at: float
    overlapped: bool
    problem: str | None


def _call_error(error: OcppError, message_id: object, version: OcppVersion) -> bytes:
    if not isinstance(message_id, str):
        message_id = "-1"
    return serialize(call_error_for(error, message_id, version))


class RawSession:
    """One open WebSocket of the probe, acting as the side that does not initiate
    ``peer_side``'s calls (a charging station facing a CSMS, or a CSMS facing a station)."""

    def __init__(
        self, socket: Connection, version: OcppVersion, *, peer_side: Side = "CSMS"
    ) -> None:
        self.socket = socket
        self.version = version
        self.peer_side = peer_side
        self.frames: list[Frame] = []
        """Every message the other side sent, in order (CALLs included)."""
        self.calls: list[PeerCall] = []
        self.close_code: int | None = None
        self.withheld: list[PeerCall] = []
        """The CALLs left unanswered on purpose (see :meth:`withhold`), in order."""
        self._answerer = Answerer(version)
        self.refused: list[PeerCall] = []
        """The CALLs refused on purpose with CALLERROR InternalError (see :meth:`refuse`)."""
        self.answers: dict[str, Frame] = {}
        """The probe's answer to each CALL it answered, by message id."""
        self._withhold: set[str] = set()
        self._refuse: set[str] = set()
        self._late: dict[str, bytes] = {}
        self._unanswered = 0
        self._changed = asyncio.Condition()
        self._tasks: set[asyncio.Task[None]] = set()
        self._reader = asyncio.get_running_loop().create_task(self._read())

    @property
    def subprotocol(self) -> str | None:
        return self.socket.subprotocol

    @property
    def closed(self) -> bool:
        return self._reader.done()

    # -- reading ----------------------------------------------------------------------------

    async def _read(self) -> None:
        try:
            async for message in self.socket:
                text = message if isinstance(message, str) else message.decode("utf-8", "replace")
                try:
                    frame: Frame = orjson.loads(text)
                except orjson.JSONDecodeError:
                    frame = text
                if isinstance(frame, list) and frame[:1] == [2] and len(frame) == 4:
                    self._take_call(frame)
                async with self._changed:
                    self.frames.append(frame)
                    self._changed.notify_all()
        except ConnectionClosed:
            pass
        finally:
            self.close_code = self.socket.close_code
            async with self._changed:
                self._changed.notify_all()

    def _take_call(self, frame: list[Any]) -> None:
        _, message_id, action_name, payload = frame
        problem: str | None = None
        answer: bytes
        registry = actions_of(self.version)
        action = registry.get(action_name) if isinstance(action_name, str) else None
        if action is None or action.is_send or not action.initiated_by(self.peer_side):
            problem = f"{action_name!r} is not an action the {self.peer_side} sends"
            kind = ErrorKind.NOT_SUPPORTED if action is not None else ErrorKind.NOT_IMPLEMENTED
            answer = _call_error(OcppError(problem, kind=kind), message_id, self.version)
        else:
            try:
                request = decode_strict(action.request, orjson.dumps(payload))
            except PayloadValidationError as error:
                problem = f"{action_name} payload: {error.description}"
                answer = _call_error(error, message_id, self.version)
            else:
                response = self._answerer.answer(cast("OcppRequest[OcppResponse]", request))
                answer = b"[3," + orjson.dumps(message_id) + b"," + response.to_json() + b"]"
        call = PeerCall(frame, time.monotonic(), self._unanswered > 0, problem)
        self.calls.append(call)
        if action_name in self._withhold and isinstance(message_id, str):
            self._withhold.discard(action_name)
            self.withheld.append(call)
            self._late[message_id] = answer
            return
        if action_name in self._refuse and problem is None:
            self._refuse.discard(action_name)
            self.refused.append(call)
            refusal = OcppError("refused on purpose by the probe", kind=ErrorKind.INTERNAL)
            answer = _call_error(refusal, message_id, self.version)
        if isinstance(message_id, str):
            self.answers[message_id] = orjson.loads(answer)
        self._unanswered += 1
        task = asyncio.get_running_loop().create_task(self._answer(answer))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _answer(self, answer: bytes) -> None:
        await asyncio.sleep(HOLD)
        self._unanswered -= 1
        with contextlib.suppress(ConnectionClosed):
            await self.socket.send(answer.decode())

    def withhold(self, action: str) -> None:
        """Leave the next CALL of ``action`` unanswered (it lands in :attr:`withheld`; its
        answer waits for :meth:`answer_late`)."""
        self._withhold.add(action)

    def stop_withholding(self) -> None:
        """Answer every CALL again (a :meth:`withhold` or :meth:`refuse` no CALL has used up is
        dropped)."""
        self._withhold.clear()
        self._refuse.clear()

    def refuse(self, action: str) -> None:
        """Answer the next valid CALL of ``action`` with CALLERROR InternalError (it lands in
        :attr:`refused`), as a CSMS that failed to process it."""
        self._refuse.add(action)

    async def answer_late(self, call: PeerCall) -> None:
        """Send now the answer a withheld ``call`` did not get (once)."""
        answer = self._late.pop(call.frame[1], None)
        if answer is not None:
            with contextlib.suppress(ConnectionClosed):
                await self.socket.send(answer.decode())

    def mark(self) -> int:
        """The position after the frames received so far (for :meth:`wait_for`)."""
        return len(self.frames)

    async def wait_for(
        self, match: Callable[[Frame], bool], *, after: int, timeout: float
    ) -> Frame | None:
        """The first frame from position ``after`` on that ``match`` accepts, or None when none
        came within ``timeout`` seconds or the connection closed."""
        seen = after
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(timeout), self._changed:
                while True:
                    for frame in self.frames[seen:]:
                        if match(frame):
                            return frame
                    seen = len(self.frames)
                    if self.closed:
                        return None
                    await self._changed.wait()
        return None

    async def reply_to(self, message_id: str, *, after: int, timeout: float) -> list[Any] | None:
        """The CALLRESULT or CALLERROR (or 2.1 CALLRESULTERROR) frame with ``message_id``."""
        found = await self.wait_for(
            lambda f: isinstance(f, list) and f[:1] != [2] and f[1:2] == [message_id],
            after=after,
            timeout=timeout,
        )
        return found if isinstance(found, list) else None

    def replies_since(self, after: int) -> list[Frame]:
        """The frames received from position ``after`` on that are not the other side's CALLs."""
        return [f for f in self.frames[after:] if not (isinstance(f, list) and f[:1] == [2])]

    # -- writing ----------------------------------------------------------------------------

    async def send_text(self, text: str) -> None:
        await self.socket.send(text)

    async def call(
        self, action: str, payload: object, *, timeout: float, message_id: str | None = None
    ) -> list[Any]:
        """Send ``[2, id, action, payload]`` and return the reply frame; :class:`CheckFailedError`
        when none came in time."""
        message_id = message_id or str(uuid.uuid4())
        after = self.mark()
        await self.send_text(orjson.dumps([2, message_id, action, payload]).decode())
        reply = await self.reply_to(message_id, after=after, timeout=timeout)
        if reply is None:
            state = "the connection closed" if self.closed else f"no reply within {timeout:g} s"
            raise CheckFailedError(f"{action}: {state}")
        return reply

    async def close(self) -> None:
        with contextlib.suppress(Exception):
            await self.socket.close()
        for task in list(self._tasks):
            task.cancel()
        with contextlib.suppress(BaseException):
            await self._reader


class HandshakeRefusedError(OcpkitError):
    """The other side answered the opening handshake with an HTTP status other than 101."""

    def __init__(self, status: int) -> None:
        super().__init__(f"HTTP {status}")
        self.status = status


async def open_session(
    url: str,
    version: OcppVersion,
    *,
    subprotocols: Sequence[str],
    identity: str | None = None,
    password: str | bytes | None = None,
    peer_side: Side = "CSMS",
) -> RawSession:
    """Open a WebSocket to ``url`` offering ``subprotocols`` (Basic auth when ``password`` is
    given); :class:`HandshakeRefusedError` for an HTTP refusal, ``OSError`` when nothing answers."""
    headers = {}
    if password is not None and identity is not None:
        headers["Authorization"] = basic_auth_header(identity, password, version)
    try:
        socket = await connect(
            url,
            subprotocols=list(subprotocols),  # type: ignore[arg-type]
            additional_headers=headers,
            open_timeout=OPEN_TIMEOUT,
            ping_interval=None,
            max_size=MAX_SIZE,
            compression=None,
        )
    except InvalidStatus as refused:
        raise HandshakeRefusedError(refused.response.status_code) from None
    except InvalidHandshake as broken:
        raise CheckFailedError(f"the opening handshake failed: {broken}") from None
    return RawSession(socket, version, peer_side=peer_side)
