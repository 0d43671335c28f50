"""``ocpkit probe charger``: check a charging station against OCPP-J, acting as its CSMS.

The probe listens on one address and waits for the station to connect (its URL is configured
on the station: ``ws://HOST:PORT/`` followed by its identity). The opening handshake is judged
from what the station sent: the subprotocols it offered, the identity at the end of its URL
path, and its Basic credentials when a password is given (a handshake without the right ones
is refused with HTTP 401, as a CSMS does, and named by ``security.basic-auth``). Then the
station's first CALL must be a BootNotification, a TriggerMessage must get a valid answer and
be followed by the Heartbeat it asks for, and the RPC checks both OCPP probes share follow
(:mod:`._rpc_checks`): broken frames, calls the station must refuse with a given code, inputs it
must not echo. The station's own calls are answered after a short hold and judged: one in
flight at a time, each valid. Last come the timeouts: one triggered Heartbeat is never
answered, and the station must give up on it within ``call_timeout`` seconds and call again,
then let the late answer pass without a reply.

A station may close the connection (after a hostile frame, say); stations reconnect by
themselves, so the next check waits a few seconds for a new connection and goes on there, and
``connection.kept`` reports the close.
"""

import asyncio
import contextlib
import string
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import IO, Any, Final
from urllib.parse import unquote

import attrs
from websockets.asyncio.server import ServerConnection, serve
from websockets.datastructures import Headers
from websockets.http11 import Request, Response
from websockets.typing import Subprotocol as WsSubprotocol

from ocpkit.ocpp.negotiation import (
    MAX_IDENTITY_LENGTH,
    NegotiationError,
    Subprotocol,
    check_password,
    parse_basic_auth,
    parse_offer,
)
from ocpkit.ocpp.version import OcppVersion
from ocpkit.tools import ToolError

from ._report import Check, Report
from ._rpc_checks import SILENCE, TO_STATION, rpc_checks, show, valid_result
from ._runner import (
    CheckFailedError,
    NotApplicableError,
    Probe,
    progress_printer,
    run_catalogue,
    select,
)
from ._wire import HOLD, MAX_SIZE, PeerCall, RawSession
from .sections import ocpp_j, security_profile_1

__all__ = [
    "CHECKS",
    "ChargerContext",
    "ChargerProbeSettings",
    "StationConnection",
    "StationListener",
    "catalogue",
    "credentials_problem",
    "identity_of",
    "identity_problem",
    "probe_charger",
]

DEFAULT_REPLY_TIMEOUT: Final = 3.0
DEFAULT_CALL_TIMEOUT: Final = 30.0  # seconds a station is assumed to wait for an answer at most
DEFAULT_RETRY_WAIT: Final = (
    60.0  # seconds a station has to send a refused transaction message again
)
BOOT_WAIT: Final = 5.0  # seconds the station has, once connected, to make its first CALL
RECONNECT_WAIT: Final = 5.0  # seconds a station that closed the connection has to come back
CLOSE_TIMEOUT: Final = 2.0  # seconds a closing handshake may take at the end of the run

_V16: Final = OcppVersion.V16

# RFC 3986 pchar without pct-encoded: what a path segment may hold unencoded.
_PCHAR: Final = frozenset(string.ascii_letters + string.digits + "-._~!$&'()*+,;=:@")
_HEX: Final = frozenset(string.hexdigits)


@attrs.frozen(kw_only=True)
class ChargerProbeSettings:
    """One ``ocpkit probe charger`` run: where to listen, the version the station speaks, its
    password (None: no Basic authentication), the checks to run (None: all), how long each
    answer may take, how long the station waits for an answer to its own call before it gives
    up on it (at most; the timeout checks wait that long), whether the probe may start a
    charging transaction (``transactions``: ``retries.transaction``) and how long the station
    may take to send a refused transaction message again (``retry_wait``), and how long to wait
    for the station to connect (seconds)."""

    host: str = "127.0.0.1"
    port: int
    version: OcppVersion
    password: str | bytes | None = None
    only: Sequence[str] | None = None
    reply_timeout: float = DEFAULT_REPLY_TIMEOUT
    call_timeout: float = DEFAULT_CALL_TIMEOUT
    transactions: bool = False
    retry_wait: float = DEFAULT_RETRY_WAIT
    wait: float = 60.0


# -- the station's URL and credentials ---------------------------------------------------------


def _segment(path: str) -> str:
    """The last segment of a request target's path, as written (query and fragment cut)."""
    return path.split("#", 1)[0].split("?", 1)[0].rsplit("/", 1)[-1]


def identity_of(path: str) -> str:
    """The identity a request target names: its last path segment, percent-decoded (broken
    escapes and bytes are kept as they decode; :func:`identity_problem` judges them)."""
    return unquote(_segment(path), errors="replace")


def identity_problem(path: str) -> str | None:
    """What is wrong with the identity ending the request target ``path`` (None: nothing): it
    must be there, be at most 48 characters once decoded, and hold unencoded only what a URL
    path segment may (anything else percent-encoded as UTF-8)."""
    segment = _segment(path)
    if not segment:
        return f"the URL path ends in no identity ({show(path, 80)})"
    index = 0
    while index < len(segment):
        char = segment[index]
        if char == "%":
            if index + 3 > len(segment) or not _HEX.issuperset(segment[index + 1 : index + 3]):
                return "the identity holds a '%' that starts no percent escape"
            index += 3
            continue
        if char not in _PCHAR:
            return f"the identity holds {char!r} unencoded"
        index += 1
    try:
        identity = unquote(segment, errors="strict")
    except UnicodeDecodeError:
        return "the identity's percent escapes are not UTF-8"
    if len(identity) > MAX_IDENTITY_LENGTH:
        return f"the identity is {len(identity)} characters long (at most {MAX_IDENTITY_LENGTH})"
    return None


def credentials_problem(path: str, authorization: str | None, password: str | bytes) -> str | None:
    """Why a handshake's ``Authorization`` header does not authenticate the station named by
    ``path`` with ``password`` (None: it does). Never quotes the credentials."""
    if authorization is None:
        return "no Authorization header"
    try:
        credentials = parse_basic_auth(authorization)
    except NegotiationError as error:
        return str(error)
    identity = identity_of(path)
    if credentials.username != identity:
        return f"the Basic user name is not the identity {identity!r}"
    if not check_password(credentials, identity, password):
        return "a wrong Basic password"
    return None


# -- the server side ---------------------------------------------------------------------------


@attrs.frozen(kw_only=True, eq=False)
class StationConnection:
    """A connection the station opened and the probe accepted: its request target, the
    subprotocols it offered (in order), its ``Authorization`` header and the session on it."""

    path: str
    offered: tuple[str, ...]
    authorization: str | None = attrs.field(repr=False)
    session: RawSession

    @property
    def identity(self) -> str:
        """The identity the path names, percent-decoded."""
        return identity_of(self.path)


class StationListener:
    """The WebSocket server's side of the probe: it picks the version's subprotocol when
    offered, refuses wrong or missing Basic credentials with 401 when a password is set, and
    hands every accepted connection on (:attr:`arrivals`) with a :class:`RawSession` reading it
    from its first frame."""

    def __init__(self, version: OcppVersion, *, password: str | bytes | None = None) -> None:
        self.version = version
        self.password = password
        self.subprotocol = Subprotocol.for_version(version).value
        self.arrivals: asyncio.Queue[StationConnection] = asyncio.Queue()
        """Accepted connections the probe has not taken yet, in the order they came."""
        self.accepted: list[StationConnection] = []
        """Every accepted connection, in order."""
        self.refused: list[str] = []
        """Why each refused handshake was refused, in order."""

    def select_subprotocol(
        self, connection: ServerConnection, offered: Sequence[WsSubprotocol]
    ) -> WsSubprotocol | None:
        """The version's subprotocol when the station offered it, else none."""
        # Without a match the handshake completes without the header (what OCPP-J has a CSMS
        # do); the probe keeps the connection, so that the station's reaction shows too.
        return WsSubprotocol(self.subprotocol) if self.subprotocol in offered else None

    def process_request(self, connection: ServerConnection, request: Request) -> Response | None:
        """HTTP 401 (and why, in :attr:`refused`) for a handshake without the right Basic
        credentials when a password is set; None (go on) otherwise."""
        if self.password is None:
            return None
        problem = credentials_problem(
            request.path, request.headers.get("Authorization"), self.password
        )
        if problem is None:
            return None
        self.refused.append(problem)
        response = connection.respond(401, "Unauthorized\n")
        response.headers["WWW-Authenticate"] = 'Basic realm="ocpkit probe"'
        return response

    async def serve(self, socket: ServerConnection) -> None:
        """The connection handler: record the connection and keep it until it closes."""
        request = socket.request
        headers = request.headers if request is not None else Headers()
        arrival = StationConnection(
            path=request.path if request is not None else "",
            offered=parse_offer(headers.get_all("Sec-WebSocket-Protocol")),
            authorization=headers.get("Authorization"),
            session=RawSession(socket, self.version, peer_side="ChargingStation"),
        )
        self.accepted.append(arrival)
        self.arrivals.put_nowait(arrival)
        await socket.wait_closed()

    async def close(self) -> None:
        """Close every accepted connection (each session stops answering and reading)."""
        await asyncio.gather(*(arrival.session.close() for arrival in self.accepted))


# -- the context the checks share --------------------------------------------------------------


def _is_call(frame: object) -> bool:
    return isinstance(frame, list) and len(frame) == 4 and frame[0] == 2


@attrs.define
class ChargerContext:
    """What the charger probe runs against, and the state its checks share."""

    listener: StationListener
    version: OcppVersion
    password: str | bytes | None = None
    reply_timeout: float = DEFAULT_REPLY_TIMEOUT
    call_timeout: float = DEFAULT_CALL_TIMEOUT
    transactions: bool = False
    retry_wait: float = DEFAULT_RETRY_WAIT
    boot_wait: float = BOOT_WAIT
    reconnect_wait: float = RECONNECT_WAIT
    connections: list[StationConnection] = attrs.Factory(list)
    """The connections the checks used, in order (the first one is judged by the handshake
    checks)."""
    closed_after: list[str] = attrs.Factory(list)
    abandoned: tuple[RawSession, PeerCall] | None = None
    """The station's CALL the probe never answered, and its session (``timeouts.next-call``)."""
    _running: str = ""
    _previous: str = ""
    _noted: StationConnection | None = None
    _boot_waited: bool = False
    _gone: bool = False

    @property
    def side(self) -> str:
        """The probed side, as the reports name it."""
        return "station"

    @property
    def subprotocol(self) -> str:
        """The subprotocol of the version probed."""
        return Subprotocol.for_version(self.version).value

    @property
    def current(self) -> StationConnection:
        """The connection the checks use now (the newest one taken)."""
        return self.connections[-1]

    async def arrive(self, wait: float, url: str) -> StationConnection:
        """The station's first connection; :class:`ToolError` (status 2) when none came within
        ``wait`` seconds."""
        try:
            async with asyncio.timeout(wait):
                arrival = await self.listener.arrivals.get()
        except TimeoutError:
            refused = self.listener.refused
            why = f" ({len(refused)} refused with HTTP 401: {refused[-1]})" if refused else ""
            raise ToolError(
                f"no charging station connected to {url} within {wait:g} s{why}", status=2
            ) from None
        self.connections.append(arrival)
        return arrival

    async def main(self) -> RawSession:
        """The session the checks share: the station's connection, or the one it opened again
        after closing it (waiting up to ``reconnect_wait`` seconds for it, once)."""
        current = self.current
        if not current.session.closed:
            return current.session
        self._note_close(self._previous or "connecting")
        arrival = self._newest_arrival()
        if arrival is None and not self._gone:
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(self.reconnect_wait):
                    arrival = await self.listener.arrivals.get()
        if arrival is None:
            self._gone = True
            raise CheckFailedError(
                f"the station closed the connection (close code {current.session.close_code}) "
                f"and did not connect again within {self.reconnect_wait:g} s"
            )
        self.connections.append(arrival)
        return arrival.session

    def _newest_arrival(self) -> StationConnection | None:
        newest = None
        while not self.listener.arrivals.empty():
            newest = self.listener.arrivals.get_nowait()
        return newest

    async def first_call(self) -> PeerCall | None:
        """The station's first CALL on its first connection, once it came (waiting up to
        ``boot_wait`` seconds for it, once) and the probe's answer to it went out."""
        session = self.connections[0].session
        if not self._boot_waited:
            await session.wait_for(_is_call, after=0, timeout=self.boot_wait)
            self._boot_waited = True
            if session.calls:
                # The answer goes out HOLD seconds after the call: a station may refuse calls
                # until its boot is accepted.
                settle = session.calls[0].at + HOLD + 0.05 - time.monotonic()
                if settle > 0:
                    await asyncio.sleep(settle)
        return session.calls[0] if session.calls else None

    async def ready(self) -> RawSession:
        """The session the checks share, once the station's first CALL came (or its wait
        ended)."""
        session = await self.main()
        await self.first_call()
        return session

    def calls_seen(self) -> list[PeerCall]:
        """Every CALL the station made, on every connection it opened."""
        return [call for arrival in self.listener.accepted for call in arrival.session.calls]

    def started(self, check_id: str) -> None:
        """Note that ``check_id`` runs now (a close found later is placed after the one
        before it)."""
        self._previous, self._running = self._running, check_id

    def after(self, check_id: str) -> None:
        """Note that the station closed its connection during ``check_id``."""
        self._note_close(check_id)

    def _note_close(self, when: str) -> None:
        current = self.current
        if current.session.closed and current is not self._noted:
            self._noted = current
            self.closed_after.append(f"{when} (close code {current.session.close_code})")


# -- handshake ---------------------------------------------------------------------------------


async def _subprotocol(ctx: ChargerContext) -> None:
    for arrival in ctx.connections:
        if ctx.subprotocol not in arrival.offered:
            offered = ", ".join(arrival.offered) or "no subprotocol"
            raise CheckFailedError(f"offered {offered}")


async def _identity(ctx: ChargerContext) -> None:
    for arrival in ctx.connections:
        problem = identity_problem(arrival.path)
        if problem is not None:
            raise CheckFailedError(problem)


async def _basic_auth(ctx: ChargerContext) -> None:
    if ctx.password is None:
        raise NotApplicableError("no --password given")
    refused = ctx.listener.refused
    if refused:
        raise CheckFailedError(
            f"{len(refused)} handshake(s) refused with HTTP 401, first: {refused[0]}"
        )
    for arrival in ctx.connections:
        problem = credentials_problem(arrival.path, arrival.authorization, ctx.password)
        if problem is not None:
            raise CheckFailedError(problem)


# -- messages ----------------------------------------------------------------------------------


async def _boot_first(ctx: ChargerContext) -> None:
    first = await ctx.first_call()
    if first is None:
        closed = ctx.connections[0].session.closed
        state = "the connection closed" if closed else f"no CALL within {ctx.boot_wait:g} s"
        raise CheckFailedError(f"{state} of connecting")
    action = first.frame[2]
    if action != "BootNotification":
        raise CheckFailedError(f"the first CALL is {show(first.frame)}")
    if first.problem is not None:
        raise CheckFailedError(first.problem)


_TRIGGER: Final = ("TriggerMessage", {"requestedMessage": "Heartbeat"})  # the same in 1.6 and 2.x


async def _answers_call(ctx: ChargerContext) -> None:
    action, payload = _TRIGGER
    session = await ctx.ready()
    reply = await session.call(action, payload, timeout=ctx.reply_timeout)
    valid_result(ctx.version, action, reply)


def _is_heartbeat(frame: object) -> bool:
    return _is_call(frame) and frame[2] == "Heartbeat"  # type: ignore[index]


def _position(session: RawSession, frame: object, after: int) -> int:
    """Where ``frame`` (the object itself) is among the session's frames from ``after`` on."""
    return next(i for i in range(after, len(session.frames)) if session.frames[i] is frame)


async def _accepted_trigger(ctx: ChargerContext, session: RawSession) -> tuple[int, int]:
    """Send the Heartbeat trigger once the station's calls so far are answered (so that it may
    call at once); the positions among the frames where the trigger went out and where its
    CALLRESULT is. :class:`NotApplicableError`
    when the station does not accept it, or its answer is invalid (``messages.answers-call``
    judges that)."""
    action, payload = _TRIGGER
    await asyncio.sleep(HOLD)
    after = session.mark()
    reply = await session.call(action, payload, timeout=ctx.reply_timeout)
    try:
        valid_result(ctx.version, action, reply)
    except CheckFailedError as invalid:
        raise NotApplicableError(f"{invalid} (see messages.answers-call)") from None
    status = reply[2].get("status")
    if status != "Accepted":
        raise NotApplicableError(f"the station answered the {action} {status}")
    return after, _position(session, reply, after)


async def _triggered(ctx: ChargerContext) -> None:
    session = await ctx.ready()
    after, answered_at = await _accepted_trigger(ctx, session)
    heartbeat = await session.wait_for(_is_heartbeat, after=after, timeout=ctx.reply_timeout)
    if heartbeat is None:
        raise CheckFailedError(
            f"no Heartbeat CALL within {ctx.reply_timeout:g} s of accepting the {_TRIGGER[0]}"
        )
    if _position(session, heartbeat, after) < answered_at:
        raise CheckFailedError(f"the Heartbeat CALL came before the {_TRIGGER[0]}'s CALLRESULT")


async def _next_call(ctx: ChargerContext) -> None:
    session = await ctx.ready()
    session.withhold("Heartbeat")
    try:
        after, _ = await _accepted_trigger(ctx, session)
        sent = await session.wait_for(_is_heartbeat, after=after, timeout=ctx.reply_timeout)
    finally:
        session.stop_withholding()
    if sent is None or not session.withheld:
        raise NotApplicableError(
            f"the station sent no Heartbeat for the {_TRIGGER[0]} it accepted "
            "(see messages.triggered)"
        )
    abandoned = session.withheld[-1]
    ctx.abandoned = (session, abandoned)
    since = _position(session, abandoned.frame, after) + 1
    wait = abandoned.at + ctx.call_timeout - time.monotonic()
    if wait > 0:
        await session.wait_for(lambda _: False, after=session.mark(), timeout=wait)
    if session.closed:
        raise CheckFailedError(
            f"the station closed the connection (close code {session.close_code}) while its "
            "Heartbeat waited for an answer"
        )
    action, payload = _TRIGGER
    reply = await session.call(action, payload, timeout=ctx.reply_timeout)
    valid_result(ctx.version, action, reply)
    later = await session.wait_for(
        lambda frame: _is_call(frame) and frame is not abandoned.frame,
        after=since,
        timeout=ctx.reply_timeout,
    )
    if later is None:
        raise CheckFailedError(
            f"no CALL within {ctx.reply_timeout:g} s of a {action} sent {ctx.call_timeout:g} s "
            "after its Heartbeat went unanswered: the station still waits for that answer "
            "(for a station whose call timeout is longer, give --call-timeout)"
        )
    if later[1] == abandoned.frame[1] and later != abandoned.frame:
        raise CheckFailedError(
            f"a new CALL reuses the message id of the one that timed out: {show(later)}"
        )


async def _late_result(ctx: ChargerContext) -> None:
    if ctx.abandoned is None:
        raise NotApplicableError("no CALL of the station was left unanswered (timeouts.next-call)")
    session, call = ctx.abandoned
    if session.closed:
        raise NotApplicableError("the connection the unanswered CALL came on has closed")
    after = session.mark()
    await session.answer_late(call)
    await session.wait_for(lambda _: False, after=after, timeout=SILENCE)
    answered = session.replies_since(after)
    if answered:
        raise CheckFailedError(f"answered the late CALLRESULT with {show(answered[0])}")
    if session.closed:
        raise CheckFailedError(f"the connection closed (close code {session.close_code})")
    action, payload = _TRIGGER
    valid_result(
        ctx.version, action, await session.call(action, payload, timeout=ctx.reply_timeout)
    )


# A remote start the station can carry out without a driver (2.x: the CSMS vouches for the
# token, type Central), and the message that reports the transaction it starts.
_PROBE_TOKEN: Final = "OCPKITPROBE"
_REMOTE_START: Final[dict[OcppVersion, tuple[str, dict[str, object]]]] = {
    _V16: ("RemoteStartTransaction", {"idTag": _PROBE_TOKEN, "connectorId": 1}),
    OcppVersion.V201: (
        "RequestStartTransaction",
        {
            "idToken": {"idToken": _PROBE_TOKEN, "type": "Central"},
            "remoteStartId": 4711,
            "evseId": 1,
        },
    ),
}
_REMOTE_START[OcppVersion.V21] = _REMOTE_START[OcppVersion.V201]
_REMOTE_STOP: Final = {_V16: "RemoteStopTransaction"}


def _transaction_action(version: OcppVersion) -> str:
    return "StartTransaction" if version is _V16 else "TransactionEvent"


def _transaction_id(session: RawSession, version: OcppVersion, call: list[Any]) -> object:
    """The id of the transaction ``call`` reports: 2.x names it itself; in 1.6 the CSMS gave
    it, in the probe's answer (None when that answer was a refusal)."""
    if version is not _V16:
        return call[3].get("transactionInfo", {}).get("transactionId")
    answer = session.answers.get(call[1])
    return answer[2].get("transactionId") if answer and answer[:1] == [3] else None


async def _transaction_retry(ctx: ChargerContext) -> None:
    if not ctx.transactions:
        raise NotApplicableError("starting a charging transaction needs --transaction")
    version, session = ctx.version, await ctx.ready()
    action, payload = _REMOTE_START[version]
    reported = _transaction_action(version)

    def is_reported(frame: object) -> bool:
        return _is_call(frame) and frame[2] == reported  # type: ignore[index]

    session.refuse(reported)
    try:
        after = session.mark()
        reply = await session.call(action, payload, timeout=ctx.reply_timeout)
        valid_result(version, action, reply)
        status = reply[2].get("status")
        if status != "Accepted":
            raise NotApplicableError(f"the station answered the {action} {status}")
        first = await session.wait_for(is_reported, after=after, timeout=ctx.retry_wait)
    finally:
        session.stop_withholding()
    if first is None or not session.refused or session.refused[-1].frame is not first:
        raise CheckFailedError(
            f"no valid {reported} within {ctx.retry_wait:g} s of accepting the {action}"
        )
    since = _position(session, first, after) + 1
    again = await session.wait_for(is_reported, after=since, timeout=ctx.retry_wait)
    try:
        if again is None:
            raise CheckFailedError(
                f"the {reported} answered with CALLERROR InternalError was not sent again "
                f"within {ctx.retry_wait:g} s"
            )
        if again[3] != first[3]:
            raise CheckFailedError(
                f"the next {reported} is not the refused one sent again: {show(again)}"
            )
    finally:
        await _stop_transaction(ctx, session, again or first)


async def _stop_transaction(ctx: ChargerContext, session: RawSession, call: list[Any]) -> None:
    """Ask the station to stop the transaction the probe started (its answer is not judged)."""
    transaction_id = _transaction_id(session, ctx.version, call)
    if transaction_id is None or session.closed:
        return
    stop = _REMOTE_STOP.get(ctx.version, "RequestStopTransaction")
    with contextlib.suppress(CheckFailedError):
        await session.call(stop, {"transactionId": transaction_id}, timeout=ctx.reply_timeout)


# -- the catalogue -----------------------------------------------------------------------------


def _tracked(
    check_id: str, run: Callable[[ChargerContext], Awaitable[None]]
) -> Callable[[ChargerContext], Awaitable[None]]:
    async def tracked(ctx: ChargerContext) -> None:
        ctx.started(check_id)
        try:
            await run(ctx)
        finally:
            ctx.after(check_id)

    return tracked


def _boot_section(version: OcppVersion) -> str:
    # The boot rule is in the core specification, not in OCPP-J.
    if version is _V16:
        return "OCPP 1.6 §4.2 Boot Notification"
    return f"OCPP {version} Part 2, B01 Cold Boot Charging Station"


def _retry_section(version: OcppVersion) -> str:
    if version is _V16:
        return "OCPP 1.6 §3.7.1 Error responses to transaction-related messages"
    return f"OCPP {version} Part 2, E13 Transaction-related message not accepted by CSMS"


def _trigger_section(version: OcppVersion) -> str:
    if version is _V16:
        return "OCPP 1.6 §5.17 Trigger Message"
    return f"OCPP {version} Part 2, F06 Trigger Message"


def catalogue(version: OcppVersion) -> list[Probe[ChargerContext]]:
    """The checks for a charging station of ``version``, in the order they run."""
    v, j = version, ocpp_j
    own: list[tuple[Check, Callable[[ChargerContext], Awaitable[None]]]] = [
        (
            Check(
                "handshake.subprotocol",
                f"The station offers {Subprotocol.for_version(v).value} when it connects",
                j(v, "3.1.2", "OCPP version"),
            ),
            _subprotocol,
        ),
        (
            Check(
                "handshake.identity",
                f"The URL path ends in a non-empty identity of at most {MAX_IDENTITY_LENGTH} "
                "characters, percent-encoded where a path needs it",
                j(v, "3.1.1", "The connection URL"),
            ),
            _identity,
        ),
        (
            Check(
                "security.basic-auth",
                "With a password configured, the station sends Basic credentials whose user "
                "name is its identity",
                security_profile_1(v),
            ),
            _basic_auth,
        ),
        (
            Check(
                "messages.boot-first",
                "The station's first CALL is a BootNotification valid for its schema",
                _boot_section(v),
            ),
            _boot_first,
        ),
        (
            Check(
                "messages.answers-call",
                f"A {_TRIGGER[0]} for a Heartbeat gets a CALLRESULT valid for its schema",
                j(v, "4.2.2", "CALLRESULT"),
            ),
            _answers_call,
        ),
        (
            Check(
                "messages.triggered",
                f"A {_TRIGGER[0]} the station accepts is followed by the Heartbeat it asks for, "
                "after its CALLRESULT",
                _trigger_section(v),
            ),
            _triggered,
        ),
    ]
    timeouts = [
        (
            Check(
                "timeouts.next-call",
                "A CALL the CSMS never answers times out: the station calls again on the same "
                "connection, with a new message id unless it resends the same CALL",
                j(v, "4.1.1", "Synchronicity"),
            ),
            _next_call,
        ),
        (
            Check(
                "timeouts.late-result",
                "A CALLRESULT for a CALL that timed out is not answered, and the session goes on",
                j(v, "4.2.2", "CALLRESULT"),
            ),
            _late_result,
        ),
        (
            Check(
                "retries.transaction",
                f"A {_transaction_action(v)} the CSMS answers with CALLERROR is sent again, "
                "unchanged, before any later one (only with --transaction: the probe starts a "
                "transaction)",
                _retry_section(v),
            ),
            _transaction_retry,
        ),
    ]
    entries = [*own, *rpc_checks(version, TO_STATION), *timeouts]
    return [Probe(check, _tracked(check.id, run)) for check, run in entries]


CHECKS: Final = tuple(entry.check.id for entry in catalogue(OcppVersion.V201))
"""Every check id of the charger probe, in the order they run."""


# -- the run -----------------------------------------------------------------------------------


def _url(host: str, port: int) -> str:
    shown = f"[{host}]" if ":" in host else host
    return f"ws://{shown}:{port}/"


async def probe_charger(
    settings: ChargerProbeSettings,
    *,
    progress: IO[str] | None = None,
    on_listening: Callable[[int], None] | None = None,
) -> Report:
    """Listen on ``settings.host``:``settings.port``, wait for a charging station to connect
    and run the charger catalogue against it. ``on_listening`` is told the port listened on
    (the one picked when ``settings.port`` is 0); ``progress`` gets a line saying where the
    probe listens, then one per check. :class:`ToolError` (status 2) when the address cannot
    be listened on or no station connects within ``settings.wait`` seconds. The server and
    every connection are closed when the run ends, however it ends."""

    chosen = select(catalogue(settings.version), settings.only)
    listener = StationListener(settings.version, password=settings.password)
    try:
        server = await serve(
            listener.serve,
            settings.host,
            settings.port,
            select_subprotocol=listener.select_subprotocol,
            process_request=listener.process_request,
            compression=None,
            ping_interval=None,
            max_size=MAX_SIZE,
            close_timeout=CLOSE_TIMEOUT,
        )
    except OSError as error:
        where = f"{settings.host}:{settings.port}"
        raise ToolError(f"cannot listen on {where}: {error}", status=2) from None
    try:
        port: int = next(iter(server.sockets)).getsockname()[1]
        url = _url(settings.host, port)
        if progress is not None:
            progress.write(f"listening on {url}\n")
            progress.flush()
        if on_listening is not None:
            on_listening(port)
        context = ChargerContext(
            listener=listener,
            version=settings.version,
            password=settings.password,
            reply_timeout=settings.reply_timeout,
            call_timeout=settings.call_timeout,
            transactions=settings.transactions,
            retry_wait=settings.retry_wait,
        )
        first = await context.arrive(settings.wait, url)
        return await run_catalogue(
            chosen,
            context,
            probe="charger",
            target=f"{url.rstrip('/')}{first.path}",
            version=str(settings.version),
            on_result=progress_printer(progress),
        )
    finally:
        server.close()
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(CLOSE_TIMEOUT * 2):
                await server.wait_closed()
        await listener.close()
