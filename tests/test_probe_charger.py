"""``ocpkit probe charger``: the probe, acting as a CSMS on 127.0.0.1, against ocpkit's own
station (which must pass every check), against stations that break chosen rules on purpose
(exactly those checks must fail), against a station that goes silent, and with no station.

Each test stops what it starts: the stations end with the test's ``async with`` blocks, the
probe closes its server and every connection itself when its run ends (checked below).
"""

import asyncio
import contextlib
import io
import itertools
import re
import socket
import time
import xml.etree.ElementTree as ElementTree
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, Final

import orjson
import pytest
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidStatus
from websockets.typing import Subprotocol as WsSubprotocol

from ocpkit._base import OcppRequest, OcppResponse
from ocpkit.ocpp import OcppVersion, actions_of
from ocpkit.ocpp.aio import ChargePointClient, RetryPolicy, SessionConfig, TransportName
from ocpkit.ocpp.connection import Connection
from ocpkit.ocpp.events import CallReceived
from ocpkit.ocpp.negotiation import Subprotocol, basic_auth_header
from ocpkit.tools import ToolError
from ocpkit.tools.answers import Answerer
from ocpkit.tools.probe import Report, Verdict
from ocpkit.tools.probe.charger import (
    CHECKS,
    ChargerProbeSettings,
    catalogue,
    credentials_problem,
    identity_problem,
    probe_charger,
)
from ocpkit.tools.trace import AnsweringRouter
from ocpkit.tools.transactions import TransactionRetry

V16, V201, V21 = OcppVersion.V16, OcppVersion.V201, OcppVersion.V21
VERSIONS: Final = (V16, V201, V21)
TRANSPORTS: Final[tuple[TransportName, ...]] = ("websockets", "picows")

# 1.6: a decoded AuthorizationKey (16 bytes); 2.x: a BasicAuthPassword of 16-40 characters.
PASSWORDS: Final[dict[OcppVersion, str | bytes]] = {
    V16: bytes(range(1, 17)),
    V201: "correct-horse-battery-staple",
    V21: "correct-horse-battery-staple",
}
IDENTITY: Final = "CS-PROBE-1"
FAST: Final = 1.0  # seconds a probe waits for each answer of a test station (all are local)
CALL_TIMEOUT: Final = 1.0  # seconds a test station gives the probe to answer its own call, at most
RUN_LIMIT: Final = 15.0  # seconds a whole probe run against a station that answers may take

BOOT: Final[dict[OcppVersion, dict[str, Any]]] = {
    V16: {"chargePointVendor": "ocpkit", "chargePointModel": "test"},
    V201: {"reason": "PowerUp", "chargingStation": {"model": "test", "vendorName": "ocpkit"}},
}
BOOT[V21] = BOOT[V201]
STATUS: Final[dict[OcppVersion, dict[str, Any]]] = {
    V16: {"connectorId": 1, "errorCode": "NoError", "status": "Available"},
    V201: {
        "timestamp": "2026-01-31T12:00:00Z",
        "connectorStatus": "Available",
        "evseId": 1,
        "connectorId": 1,
    },
}
STATUS[V21] = STATUS[V201]
TRANSACTION_ACTION: Final = {
    V16: "StartTransaction",
    V201: "TransactionEvent",
    V21: "TransactionEvent",
}
STARTED: Final[dict[OcppVersion, dict[str, Any]]] = {
    V16: {
        "connectorId": 1,
        "idTag": "OCPKITPROBE",
        "meterStart": 0,
        "timestamp": "2026-01-31T12:00:00Z",
    },
    V201: {
        "eventType": "Started",
        "timestamp": "2026-01-31T12:00:00Z",
        "triggerReason": "RemoteStart",
        "seqNo": 0,
        "transactionInfo": {"transactionId": "TX-PROBE-1", "remoteStartId": 4711},
        "evse": {"id": 1, "connectorId": 1},
        "idToken": {"idToken": "OCPKITPROBE", "type": "Central"},
    },
}
STARTED[V21] = STARTED[V201]
RETRY_INTERVAL: Final = 0.2  # seconds a test station waits before it sends a refused message again


def request(version: OcppVersion, action: str, payload: dict[str, Any]) -> OcppRequest[Any]:
    """The typed request of ``version`` for a wire payload."""
    built = actions_of(version)[action].request.from_json(orjson.dumps(payload))
    assert isinstance(built, OcppRequest)
    return built


Station = Callable[[int, "asyncio.Task[Report]"], Awaitable[None]]


async def probed(
    station: Station, settings: dict[str, Any], *, progress: io.StringIO | None = None
) -> tuple[Report, float]:
    """Run the probe on a free port with ``station`` connecting to it; the report and the
    seconds the run took. ``station`` gets the port and the probe's task, and returns when it
    is done (at the latest when the task is)."""
    port: asyncio.Future[int] = asyncio.get_running_loop().create_future()
    began = time.monotonic()
    settings = {"call_timeout": CALL_TIMEOUT, **settings}
    task = asyncio.create_task(
        probe_charger(
            ChargerProbeSettings(port=0, **settings),
            progress=progress,
            on_listening=port.set_result,
        )
    )
    try:
        await station(await port, task)
        report = await task
    finally:
        task.cancel()
        with contextlib.suppress(BaseException):
            await task
    return report, time.monotonic() - began


def failed(report: Report) -> dict[str, str]:
    return {result.check.id: result.seen for result in report.failed}


# -- ocpkit's own station ----------------------------------------------------------------------


def ocpkit_station(
    version: OcppVersion,
    transport: TransportName,
    password: str | bytes | None,
    router: AnsweringRouter | None = None,
) -> Station:
    """ChargePointClient answering every call (with ``router``, by default a station's
    AnsweringRouter), booting once connected, reconnecting at once."""

    async def run(port: int, probe: "asyncio.Task[Report]") -> None:
        async with ChargePointClient(
            f"ws://127.0.0.1:{port}/",
            identity=IDENTITY,
            versions=[version],
            router=router or AnsweringRouter(version, "ChargingStation", Answerer(version)),
            password=password,
            transport=transport,
            retry=RetryPolicy(wait_minimum=0.1, random_range=0.1),
            config=SessionConfig(ping_interval=None, call_timeout=CALL_TIMEOUT / 2),
        ) as client:
            await client.call(request(version, "BootNotification", BOOT[version]))
            await asyncio.wait({probe})

    return run


@pytest.mark.parametrize("with_password", [False, True], ids=["no-password", "password"])
@pytest.mark.parametrize("transport", TRANSPORTS)
@pytest.mark.parametrize("version", VERSIONS, ids=str)
async def test_ocpkit_station_passes_every_check(
    version: OcppVersion, transport: TransportName, with_password: bool
) -> None:
    password = PASSWORDS[version] if with_password else None
    out = io.StringIO()
    report, seconds = await probed(
        ocpkit_station(version, transport, password),
        {"version": version, "password": password, "wait": 10.0},
        progress=out,
    )
    assert report.failed == (), report.to_text()
    not_applicable = {r.check.id for r in report.results if r.verdict is Verdict.NOT_APPLICABLE}
    expected = {"retries.transaction"}  # it needs --transaction
    if not with_password:
        expected.add("security.basic-auth")
    if version is V16:
        expected.add("frames.unknown-type")  # OCPP-J 1.6 prescribes nothing for it
    assert not_applicable == expected
    assert seconds < RUN_LIMIT
    ids = [result.check.id for result in report.results]
    assert ids == list(CHECKS) == [entry.check.id for entry in catalogue(version)]
    assert report.probe == "charger"
    assert report.target.endswith(f"/{IDENTITY}")
    assert out.getvalue().startswith("listening on ws://127.0.0.1:")

    as_json = orjson.loads(report.to_json())
    assert [entry["id"] for entry in as_json["checks"]] == ids
    assert as_json["failed"] == 0
    assert as_json["passed"] + as_json["not_applicable"] == len(ids)
    suite = ElementTree.fromstring(report.to_junit()).find("testsuite")
    assert suite is not None
    assert [case.get("name") for case in suite.iter("testcase")] == ids
    assert suite.get("failures") == "0"


@pytest.mark.parametrize("version", VERSIONS, ids=str)
async def test_ocpkit_station_carries_out_the_probes_transaction(version: OcppVersion) -> None:
    """With --transaction, ocpkit's station starts the transaction, sends the refused message
    again unchanged, and ends the transaction when the probe stops it: every check passes."""
    router = AnsweringRouter(
        version,
        "ChargingStation",
        Answerer(version),
        transaction_retry=TransactionRetry(attempts=3, interval=RETRY_INTERVAL),
    )
    report, seconds = await probed(
        ocpkit_station(version, "websockets", None, router),
        {"version": version, "wait": 10.0, "transactions": True, "retry_wait": 2.0},
    )
    assert report.failed == (), report.to_text()
    not_applicable = {r.check.id for r in report.results if r.verdict is Verdict.NOT_APPLICABLE}
    assert not_applicable == {"security.basic-auth"} | (
        {"frames.unknown-type"} if version is V16 else set()
    )
    assert seconds < RUN_LIMIT
    assert router.transactions is not None
    assert router.transactions.running(IDENTITY) is None  # the probe stopped it


# -- stations that break rules on purpose ------------------------------------------------------

Fault = str
"""What a broken station does wrong (see :class:`BrokenStation`)."""


class BrokenStation:
    """A station on plain ``websockets`` that answers as ocpkit's sans-IO connection would,
    except where its ``faults`` say otherwise:

    * ``boot-late``: its first CALL is a Heartbeat (answered before the BootNotification);
    * ``no-wait``: BootNotification and StatusNotification go out at once, without waiting;
    * ``bad-boot``: the BootNotification misses a required property;
    * ``silent-on-garbage``: a message that is not JSON gets no answer;
    * ``drops-on-garbage``: a message that is not JSON closes the connection; the station
      connects again (unless ``stays-away``);
    * ``bad-trigger``: TriggerMessage is answered with a status outside its enumeration;
    * ``no-subprotocol``: no subprotocol is offered;
    * ``long-identity``: the identity is 49 characters long;
    * ``auth-later``: the first handshake carries no credentials (refused), the next one does;
    * ``ignores-triggers``: an accepted TriggerMessage is not followed by its Heartbeat;
    * ``heartbeat-first``: the triggered Heartbeat goes out before the TriggerMessage's answer;
    * ``waits-forever``: no triggered Heartbeat goes out while an earlier one is unanswered;
    * ``answers-late-result``: a CALLRESULT for a Heartbeat it has given up on (it sent a newer
      one since) gets a CALLERROR;
    * ``no-retry``: a transaction message answered with a CALLERROR is dropped;
    * ``retry-changed``: it is sent again, but with other content.

    Otherwise an accepted TriggerMessage is followed by a Heartbeat with a new message id, and an
    accepted remote start by the message that reports the transaction (StartTransaction, or
    TransactionEvent Started); each call waits until the one in flight is answered or given up
    (after ``CALL_TIMEOUT / 2`` seconds), and a transaction message answered with a CALLERROR is
    sent again, unchanged, after ``RETRY_INTERVAL`` seconds, ahead of the calls waiting.
    """

    def __init__(
        self,
        version: OcppVersion,
        faults: frozenset[Fault],
        *,
        password: str | bytes | None = None,
        user: str | None = None,
    ) -> None:
        self.version = version
        self.faults = faults
        self.password = password
        self.identity = "L" * 49 if "long-identity" in faults else IDENTITY
        self.user = user or self.identity
        self.answerer = Answerer(version)
        self.sockets: list[ClientConnection] = []
        self.refusals: list[int] = []
        self.ids = itertools.count(1)
        self.in_flight: set[str] = set()  # its calls still unanswered, not given up
        self.given_up: set[str] = set()
        self.waiting: list[tuple[str, dict[str, Any]]] = []  # calls behind the one in flight
        self.transaction_calls: dict[str, dict[str, Any]] = {}  # message id -> payload
        self.timers: set[asyncio.Task[None]] = set()

    async def __call__(self, port: int, probe: "asyncio.Task[Report]") -> None:
        booted = False
        attempts = 0
        while not probe.done():
            attempts += 1
            try:
                first = attempts == 1
                ws = await self._connect(
                    port, credentials=not first or "auth-later" not in self.faults
                )
            except InvalidStatus as refused:
                self.refusals.append(refused.response.status_code)
                if len(self.refusals) > 3:
                    return  # refused for good: the probe ends without a station
                continue
            except OSError:
                return  # the probe's server is gone
            self.sockets.append(ws)
            dropped = await self._serve(ws, boot=not booted)
            booted = True
            if not dropped or "stays-away" in self.faults:
                return
            await asyncio.sleep(0.1)

    async def _connect(self, port: int, *, credentials: bool) -> ClientConnection:
        headers = {}
        if credentials and self.password is not None:
            headers["Authorization"] = basic_auth_header(self.user, self.password, self.version)
        offer = [] if "no-subprotocol" in self.faults else [Subprotocol.for_version(self.version)]
        return await connect(
            f"ws://127.0.0.1:{port}/{self.identity}",
            subprotocols=[WsSubprotocol(name) for name in offer] or None,
            additional_headers=headers,
            ping_interval=None,
            max_size=4 << 20,
            open_timeout=5,
        )

    async def _call(self, ws: ClientConnection, message_id: str, action: str, payload: Any) -> None:
        self.in_flight.add(message_id)
        await ws.send(orjson.dumps([2, message_id, action, payload]).decode())

    async def _serve(self, ws: ClientConnection, *, boot: bool) -> bool:
        """Boot (when ``boot``), then answer until the connection closes; True when the
        station closed it itself."""
        connection = Connection(self.version, "ChargingStation")
        boot_payload = dict(BOOT[self.version])
        if "bad-boot" in self.faults:
            boot_payload.pop("chargePointVendor" if self.version is V16 else "reason")
        if boot and "boot-late" in self.faults:
            await self._call(ws, "hb-1", "Heartbeat", {})
        elif boot:
            await self._call(ws, "boot-1", "BootNotification", boot_payload)
            if "no-wait" in self.faults:
                await self._call(ws, "status-1", "StatusNotification", STATUS[self.version])
        try:
            async for message in ws:
                text = message if isinstance(message, str) else message.decode()
                frame = _loads(text)
                if frame is _NOT_JSON and "silent-on-garbage" in self.faults:
                    continue
                if frame is _NOT_JSON and "drops-on-garbage" in self.faults:
                    await ws.close()
                    return True
                if boot and "boot-late" in self.faults and _answers(frame, "hb-1"):
                    await self._call(ws, "boot-1", "BootNotification", boot_payload)
                if isinstance(frame, list) and frame[:1] in ([3], [4]):
                    await self._result(ws, frame)
                await self._answer(ws, connection, text)
        except ConnectionClosed:
            pass
        finally:
            for timer in self.timers:
                timer.cancel()
        return False

    async def _answer(self, ws: ClientConnection, connection: Connection, text: str) -> None:
        follow: tuple[str, dict[str, Any]] | None = None
        for event in connection.receive(text, time.monotonic()):
            if not isinstance(event, CallReceived):
                continue
            if event.action == "TriggerMessage" and "bad-trigger" in self.faults:
                await ws.send(orjson.dumps([3, event.message_id, {"status": "Maybe"}]).decode())
                continue
            response: OcppResponse = self.answerer.answer(event.request)
            connection.reply(event.message_id, response)
            if event.action == "TriggerMessage" and "ignores-triggers" not in self.faults:
                follow = ("Heartbeat", {})
            if event.action in ("RemoteStartTransaction", "RequestStartTransaction"):
                follow = (TRANSACTION_ACTION[self.version], dict(STARTED[self.version]))
        if follow is not None and "heartbeat-first" in self.faults:
            await self._enqueue(ws, *follow)
        for data in connection.data_to_send():
            await ws.send(data.decode())
        if follow is not None and "heartbeat-first" not in self.faults:
            await self._enqueue(ws, *follow)

    async def _enqueue(
        self, ws: ClientConnection, action: str, payload: dict[str, Any], *, first: bool = False
    ) -> None:
        self.waiting.insert(0 if first else len(self.waiting), (action, payload))
        await self._send_next(ws)

    async def _send_next(self, ws: ClientConnection) -> None:
        if self.in_flight or not self.waiting:
            return
        action, payload = self.waiting.pop(0)
        message_id = f"{action}-{next(self.ids)}"
        if action == TRANSACTION_ACTION[self.version]:
            self.transaction_calls[message_id] = payload
        await self._call(ws, message_id, action, payload)
        if "waits-forever" not in self.faults:
            self._later(self._give_up(ws, message_id))

    def _later(self, step: Coroutine[Any, Any, None]) -> None:
        timer = asyncio.create_task(step)
        self.timers.add(timer)
        timer.add_done_callback(self.timers.discard)

    async def _give_up(self, ws: ClientConnection, message_id: str) -> None:
        await asyncio.sleep(CALL_TIMEOUT / 2)
        if message_id in self.in_flight:
            self.in_flight.discard(message_id)
            self.given_up.add(message_id)
            with contextlib.suppress(ConnectionClosed):
                await self._send_next(ws)

    async def _retry(self, ws: ClientConnection, payload: dict[str, Any]) -> None:
        await asyncio.sleep(RETRY_INTERVAL)
        if "retry-changed" in self.faults:
            counter = "meterStart" if self.version is V16 else "seqNo"
            payload = {**payload, counter: payload[counter] + 1}
        with contextlib.suppress(ConnectionClosed):
            await self._enqueue(ws, TRANSACTION_ACTION[self.version], payload, first=True)

    async def _result(self, ws: ClientConnection, frame: list[Any]) -> None:
        message_id = frame[1]
        if message_id in self.given_up:
            if "answers-late-result" in self.faults:
                error = [4, message_id, "GenericError", "no such call", {}]
                await ws.send(orjson.dumps(error).decode())
            return
        self.in_flight.discard(message_id)
        refused = self.transaction_calls.get(message_id) if frame[0] == 4 else None
        if refused is not None and "no-retry" not in self.faults:
            self._later(self._retry(ws, refused))
        await self._send_next(ws)


_NOT_JSON: Final = object()


def _loads(text: str) -> Any:
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        return _NOT_JSON


def _answers(frame: Any, message_id: str) -> bool:
    return isinstance(frame, list) and frame[:2] == [3, message_id]


BROKEN: Final[dict[str, tuple[OcppVersion, frozenset[str]]]] = {
    # fault: (version, the checks that must fail)
    "boot-late": (V201, frozenset({"messages.boot-first"})),
    "no-wait": (V201, frozenset({"calls.one-in-flight"})),
    "bad-boot": (V16, frozenset({"messages.boot-first", "calls.valid"})),
    "silent-on-garbage": (V21, frozenset({"frames.not-json"})),
    "drops-on-garbage": (V201, frozenset({"frames.not-json", "connection.kept"})),
    "bad-trigger": (V16, frozenset({"messages.answers-call"})),
    "no-subprotocol": (V201, frozenset({"handshake.subprotocol"})),
    "long-identity": (V201, frozenset({"handshake.identity"})),
    "auth-later": (V201, frozenset({"security.basic-auth"})),
    "ignores-triggers": (V16, frozenset({"messages.triggered"})),
    "heartbeat-first": (V21, frozenset({"messages.triggered"})),
    "waits-forever": (V201, frozenset({"timeouts.next-call"})),
    "answers-late-result": (V16, frozenset({"timeouts.late-result"})),
}


@pytest.mark.parametrize("fault", list(BROKEN))
async def test_exactly_the_broken_rules_fail(fault: str) -> None:
    version, breaks = BROKEN[fault]
    password = PASSWORDS[version] if fault == "auth-later" else None
    station = BrokenStation(version, frozenset({fault}), password=password)
    report, seconds = await probed(
        station,
        {"version": version, "password": password, "reply_timeout": FAST, "wait": 10.0},
    )
    assert set(failed(report)) == breaks, report.to_text()
    assert seconds < RUN_LIMIT
    # the probe closed every connection it accepted when the run ended
    assert all(ws.close_code is not None for ws in station.sockets)


TRANSACTION_FAULTS: Final[dict[str, tuple[OcppVersion, frozenset[str]]]] = {
    # fault: (version, the checks that must fail)
    "none": (V16, frozenset()),
    "none-2.0.1": (V201, frozenset()),
    "no-retry": (V21, frozenset({"retries.transaction"})),
    "retry-changed": (V16, frozenset({"retries.transaction"})),
}


@pytest.mark.parametrize("fault", list(TRANSACTION_FAULTS))
async def test_a_refused_transaction_message_must_come_again_unchanged(fault: str) -> None:
    version, breaks = TRANSACTION_FAULTS[fault]
    station = BrokenStation(version, frozenset({fault}))
    report, _ = await probed(
        station,
        {
            "version": version,
            "reply_timeout": FAST,
            "wait": 10.0,
            "transactions": True,
            "retry_wait": 2.0,
            "only": ["messages.boot-first", "retries.transaction"],
        },
    )
    assert set(failed(report)) == breaks, report.to_text()
    verdicts = {result.check.id: result.verdict for result in report.results}
    assert verdicts["retries.transaction"] is (Verdict.FAIL if breaks else Verdict.PASS)
    sent = list(station.transaction_calls.values())
    assert sent[0] == STARTED[version]  # the first one, which the probe refused
    if fault == "no-retry":
        assert len(sent) == 1
    else:
        assert len(sent) == 2


async def test_without_transaction_the_probe_starts_none() -> None:
    station = BrokenStation(V201, frozenset())
    report, _ = await probed(
        station, {"version": V201, "reply_timeout": FAST, "wait": 10.0, "only": ["retries."]}
    )
    (result,) = report.results
    assert result.verdict is Verdict.NOT_APPLICABLE
    assert "--transaction" in result.seen
    assert station.transaction_calls == {}


async def test_a_dropped_connection_is_followed_to_the_new_one() -> None:
    station = BrokenStation(V201, frozenset({"drops-on-garbage"}))
    report, _ = await probed(station, {"version": V201, "reply_timeout": FAST, "wait": 10.0})
    assert len(station.sockets) == 2
    seen = failed(report)
    assert seen["frames.not-json"] == "no reply (the connection closed)"
    assert seen["connection.kept"].startswith(
        "the station closed the session after frames.not-json"
    )
    # the checks after the drop ran on the second connection
    verdicts = {result.check.id: result.verdict for result in report.results}
    assert verdicts["frames.not-array"] is Verdict.PASS


async def test_a_station_that_stays_away_costs_one_wait() -> None:
    station = BrokenStation(V201, frozenset({"drops-on-garbage", "stays-away"}))
    report, seconds = await probed(station, {"version": V201, "reply_timeout": FAST, "wait": 10.0})
    after = [
        r for r in report.results if CHECKS.index(r.check.id) > CHECKS.index("frames.not-json")
    ]
    needing_a_session = [
        r for r in after if r.verdict is Verdict.FAIL and r.check.id != "connection.kept"
    ]
    assert needing_a_session, report.to_text()
    assert all("did not connect again within" in r.seen for r in needing_a_session)
    assert failed(report)["connection.kept"].startswith("the station closed the session after")
    assert seconds < RUN_LIMIT  # one reconnect wait, not one per check


async def test_a_station_with_the_wrong_user_name_is_refused_and_never_probed() -> None:
    station = BrokenStation(V201, frozenset(), password=PASSWORDS[V201], user="SOMEONE-ELSE")
    with pytest.raises(ToolError) as raised:
        await probed(station, {"version": V201, "password": PASSWORDS[V201], "wait": 1.0})
    assert raised.value.status == 2
    assert "refused with HTTP 401" in str(raised.value)
    assert "user name" in str(raised.value)
    assert station.refusals
    assert set(station.refusals) == {401}


# -- a station that goes silent ----------------------------------------------------------------


async def silent_station(port: int, probe: "asyncio.Task[Report]") -> None:
    """Connects, then neither calls nor answers (its socket still reads, so it stays open)."""
    async with connect(
        f"ws://127.0.0.1:{port}/{IDENTITY}",
        subprotocols=[WsSubprotocol("ocpp2.0.1")],
        ping_interval=None,
        max_size=4 << 20,
    ) as ws:
        with contextlib.suppress(ConnectionClosed):
            async for _ in ws:
                pass


async def test_a_silent_station_fails_every_check_that_needs_an_answer() -> None:
    report, seconds = await probed(
        silent_station, {"version": V201, "reply_timeout": 0.5, "wait": 10.0}
    )
    verdicts = {result.check.id: result.verdict for result in report.results}
    passed = {check for check, verdict in verdicts.items() if verdict is Verdict.PASS}
    assert passed == {"handshake.subprotocol", "handshake.identity", "results.unknown-id"}
    seen = failed(report)
    assert seen["messages.boot-first"] == "no CALL within 5 s of connecting"
    assert set(seen) == set(CHECKS) - passed - {
        "security.basic-auth",  # no password
        "calls.one-in-flight",  # no calls to judge
        "calls.valid",
        "timeouts.late-result",  # no call was left unanswered
        "retries.transaction",  # no --transaction
    }
    assert all("no reply" in text or "no CALL within" in text for text in seen.values()), seen
    assert seconds < 30


# -- no station --------------------------------------------------------------------------------


async def test_no_station_within_the_wait_is_status_2_and_the_port_is_freed() -> None:
    ports: list[int] = []
    out = io.StringIO()
    began = time.monotonic()
    with pytest.raises(ToolError) as raised:
        await probe_charger(
            ChargerProbeSettings(port=0, version=V16, wait=0.3),
            progress=out,
            on_listening=ports.append,
        )
    assert raised.value.status == 2
    assert "no charging station connected" in str(raised.value)
    assert time.monotonic() - began < 5
    assert out.getvalue() == f"listening on ws://127.0.0.1:{ports[0]}/\n"
    with pytest.raises(ConnectionRefusedError):
        await connect(f"ws://127.0.0.1:{ports[0]}/{IDENTITY}", open_timeout=2)


async def test_a_port_in_use_is_status_2() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(ToolError) as raised:
            await probe_charger(ChargerProbeSettings(port=port, version=V201, wait=0.3))
    assert raised.value.status == 2


async def test_an_unknown_check_name_is_status_2_before_listening() -> None:
    ports: list[int] = []
    with pytest.raises(ToolError) as raised:
        await probe_charger(
            ChargerProbeSettings(port=0, version=V201, only=["no.such-check"]),
            on_listening=ports.append,
        )
    assert raised.value.status == 2
    assert ports == []


async def test_only_runs_the_checks_named() -> None:
    report, _ = await probed(
        ocpkit_station(V201, "websockets", None),
        {"version": V201, "only": ["handshake.", "calls.valid"], "wait": 10.0},
    )
    assert [r.check.id for r in report.results] == [
        "handshake.subprotocol",
        "handshake.identity",
        "calls.valid",
    ]
    assert report.failed == ()


# -- the rules of the URL and the credentials, without a network -------------------------------

IDENTITIES: Final[dict[str, str | None]] = {
    "/CS-0001": None,
    "/ocpp/CS-0001": None,
    "/ocpp/CS-0001?tenant=1": None,
    "/CS%200001": None,  # a space, percent-encoded
    "/%E2%82%AC-station": None,  # a euro sign in UTF-8
    "/" + "I" * 48: None,
    "/" + "%41" * 48: None,  # 48 characters once decoded
    "/": "the URL path ends in no identity (/)",
    "/ocpp/": "the URL path ends in no identity (/ocpp/)",
    "/" + "I" * 49: "the identity is 49 characters long (at most 48)",
    "/CS 0001": "the identity holds ' ' unencoded",
    '/CS"1': "the identity holds '\"' unencoded",
    "/CS%2": "the identity holds a '%' that starts no percent escape",
    "/CS%zz": "the identity holds a '%' that starts no percent escape",
    "/CS%FF": "the identity's percent escapes are not UTF-8",
}


@pytest.mark.parametrize(("path", "problem"), IDENTITIES.items())
def test_identity_rule(path: str, problem: str | None) -> None:
    assert identity_problem(path) == problem


def test_credentials_rule() -> None:
    password = PASSWORDS[V201]
    good = basic_auth_header("CS-0001", password, V201)
    assert credentials_problem("/CS-0001", good, password) is None
    assert credentials_problem("/ocpp/CS%2D0001", good, password) is None  # decoded identity
    assert credentials_problem("/CS-0001", None, password) == "no Authorization header"
    assert credentials_problem("/CS-0002", good, password) == (
        "the Basic user name is not the identity 'CS-0002'"
    )
    wrong = basic_auth_header("CS-0001", "another-password-here", V201)
    assert credentials_problem("/CS-0001", wrong, password) == "a wrong Basic password"
    assert credentials_problem("/CS-0001", "Bearer x", password) == (
        "not a Basic authorization header"
    )
    assert "correct-horse" not in str(credentials_problem("/CS-0001", wrong, password))


def test_the_check_ids_are_the_same_for_every_version() -> None:
    for version in VERSIONS:
        assert tuple(entry.check.id for entry in catalogue(version)) == CHECKS
    assert CHECKS[:5] == (
        "handshake.subprotocol",
        "handshake.identity",
        "security.basic-auth",
        "messages.boot-first",
        "messages.answers-call",
    )


# A section number (§4.2.3), a use case id (B01, E13) or requirement ids (A00.FR.201-206).
LOCATED: Final = re.compile(r"§\d+(\.\d+)* \S|, [A-N]\d\d \S|[A-N]\d\d\.FR\.\d+")


@pytest.mark.parametrize("version", VERSIONS, ids=str)
def test_every_ocpp_section_cited_is_located_in_its_document(version: OcppVersion) -> None:
    from ocpkit.tools.probe import csms

    checks = [entry.check for entry in catalogue(version)]
    checks += [entry.check for entry in csms.catalogue(version)]
    for check in checks:
        for cited in check.section.split("; "):
            assert LOCATED.search(cited), (check.id, cited)
            assert f"OCPP {version}" in cited or f"OCPP-J {version}" in cited
