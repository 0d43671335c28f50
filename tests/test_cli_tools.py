"""``ocpkit csms``, ``ocpkit charger`` and ``ocpkit demo``, and the answers they give.

Servers bind 127.0.0.1 only; every process a test starts is stopped by that test (SIGINT, and a
kill if it does not end in time).
"""

import contextlib
import json
import queue
import signal
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any, Final, cast

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from pydantic import Field
from websockets.asyncio.client import connect
from websockets.typing import Subprotocol

from ocpkit._base import OcppModel, OcppRequest, OcppResponse
from ocpkit.cli import main
from ocpkit.ocpp import OcppVersion, actions_of, v16, v21, v201
from ocpkit.ocpp.aio import FrameDirection, Session
from ocpkit.ocpp.events import CallReceived
from ocpkit.ocpp.frames import MessageType, encode_call, encode_result, encode_send
from ocpkit.ocpp.registry import Side
from ocpkit.tools.answers import Answerer, minimal
from ocpkit.tools.csms import AnsweringCsms, CsmsSettings
from ocpkit.tools.output import (
    MAX_FRAME_TEXT,
    CallDone,
    Connected,
    Disconnected,
    FrameLine,
    ProtocolErrorLine,
    Record,
    SendSeen,
)
from ocpkit.tools.trace import (
    MAX_PENDING,
    AnsweringRouter,
    FrameHead,
    FrameSeen,
    FrameTracer,
    read_frame_head,
)
from tests import reference

PASSWORD: Final = "correct-horse-battery-staple"  # 28 characters: a valid 2.x password
TIMEOUT: Final = 30.0  # seconds any one process may take

SESSION_16: Final = [
    ("CS", "BootNotification"),
    ("CS", "StatusNotification"),
    ("CS", "Authorize"),
    ("CS", "StartTransaction"),
    ("CS", "MeterValues"),
    ("CSMS", "RemoteStopTransaction"),
    ("CS", "StopTransaction"),
    ("CS", "StatusNotification"),
]
SESSION_2: Final = [
    ("CS", "BootNotification"),
    ("CS", "StatusNotification"),
    ("CS", "Authorize"),
    ("CS", "TransactionEvent"),
    ("CS", "TransactionEvent"),
    ("CSMS", "RequestStopTransaction"),
    ("CS", "TransactionEvent"),
    ("CS", "StatusNotification"),
]
SESSIONS: Final = {
    OcppVersion.V16: SESSION_16,
    OcppVersion.V201: SESSION_2,
    OcppVersion.V21: SESSION_2,
}


# -- helpers ------------------------------------------------------------------------------------


def read_frames(out: str) -> list[tuple[str, list[Any]]]:
    """The frames of readable output: (sender, frame) for each ``CS → CSMS  [...]`` line."""
    frames = []
    for line in out.splitlines():
        for arrow, sender in (("CS → CSMS  ", "CS"), ("CSMS → CS  ", "CSMS")):
            if line.startswith(arrow):
                frames.append((sender, json.loads(line[len(arrow) :])))
    return frames


def check_session(out: str, version: OcppVersion, *, remote_stop: bool = True) -> None:
    """``out`` shows the whole charge session: the calls in order, each answered at once."""
    frames = read_frames(out)
    calls = [(sender, frame[2]) for sender, frame in frames if frame[0] == 2]
    expected = SESSIONS[version]
    if not remote_stop:
        expected = [call for call in expected if call[0] == "CS"]
    assert calls == expected
    assert len(frames) == 2 * len(calls)
    for (sender, call), (answerer, result) in zip(frames[::2], frames[1::2], strict=True):
        assert (call[0], result[0]) == (2, 3), (call, result)
        assert result[1] == call[1]
        assert answerer != sender
    boot_result = frames[1][1][2]
    assert boot_result["status"] == "Accepted"
    assert boot_result["interval"] == 300
    if version is not OcppVersion.V16:
        events = [
            frame[3] for _, frame in frames if frame[0] == 2 and frame[2] == "TransactionEvent"
        ]
        assert [event["eventType"] for event in events] == ["Started", "Updated", "Ended"]
        measurands = {v["measurand"] for v in events[1]["meterValue"][0]["sampledValue"]}
        assert measurands == {
            "Energy.Active.Import.Register",
            "Power.Active.Import",
            "Current.Import",
        }
        reason = events[2]["transactionInfo"]["stoppedReason"]
        assert reason == ("Remote" if remote_stop else "EVDisconnected")


class Cli:
    """``python -m ocpkit ARGS`` as a subprocess whose output lines are read with a timeout."""

    def __init__(self, *args: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "ocpkit", *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        self._lines: queue.Queue[str | None] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self._lines.put(line)
        self._lines.put(None)

    def line(self, timeout: float = TIMEOUT) -> dict[str, Any]:
        """The next JSON line."""
        text = self._lines.get(timeout=timeout)
        assert text is not None, f"the process ended: {self.stderr()}"
        record: dict[str, Any] = json.loads(text)
        return record

    def stop(self, number: int = signal.SIGINT) -> tuple[int, list[dict[str, Any]], str]:
        """Send ``number``; the exit status, the JSON lines not read yet, standard error."""
        self.process.send_signal(number)
        status = self.process.wait(timeout=TIMEOUT)
        self._reader.join(timeout=TIMEOUT)
        records = []
        while (text := self._lines.get_nowait()) is not None:
            records.append(json.loads(text))
        return status, records, self.stderr()

    def stderr(self) -> str:
        assert self.process.stderr is not None
        return self.process.stderr.read() if self.process.poll() is not None else ""

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=TIMEOUT)
        for stream in (self.process.stdout, self.process.stderr):
            if stream is not None:
                stream.close()


@contextlib.contextmanager
def csms(*args: str) -> Iterator[tuple[Cli, int]]:
    """A running ``ocpkit csms --port 0 ARGS`` and its port; killed if the test did not stop it."""
    process = Cli("csms", "--port", "0", *args)
    try:
        listening = process.line()
        assert listening["event"] == "listening"
        assert listening["host"] == "127.0.0.1"
        yield process, listening["port"]
    finally:
        process.kill()


def charger(*args: str) -> subprocess.CompletedProcess[str]:
    """Run ``ocpkit charger ARGS`` to its end."""
    return subprocess.run(
        [sys.executable, "-m", "ocpkit", "charger", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=TIMEOUT,
    )


def free_port() -> int:
    """A port nothing listens on (at least right now)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


# -- ocpkit demo --------------------------------------------------------------------------------


@pytest.mark.parametrize("version", list(OcppVersion), ids=str)
def test_demo_plays_a_whole_charge_session(
    version: OcppVersion, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(["demo", "--ocpp", str(version)])
    out, err = capsys.readouterr()
    assert status == 0, err
    assert err == ""
    check_session(out, version)
    assert "\x1b[" not in out  # no colour: not a terminal
    assert out.splitlines()[-2:] == [
        "session completed: 7 calls, transaction stopped by the CSMS",
        "disconnected (1000, local)",  # on_disconnect: the station closed it
    ]


def test_demo_defaults_to_2_0_1_and_runs_as_a_module() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "ocpkit", "demo"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=TIMEOUT,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert "(ocpp2.0.1, websockets)" in done.stdout
    check_session(done.stdout, OcppVersion.V201)


# -- ocpkit csms with ocpkit charger --------------------------------------------------------------


@pytest.mark.parametrize(
    ("transport", "stop_after", "version"),
    [
        pytest.param(
            "websockets", ["--stop-after", "0"], OcppVersion.V201, id="websockets-2.0.1-remote-stop"
        ),
        pytest.param("picows", [], OcppVersion.V16, id="picows-1.6-local-stop"),
    ],
)
def test_charger_plays_its_session_against_the_csms(
    transport: str, stop_after: list[str], version: OcppVersion
) -> None:
    with csms("--transport", transport, *stop_after) as (server, port):
        done = charger(
            "--url", f"ws://127.0.0.1:{port}/CS001",
            "--ocpp", str(version),
            "--transport", transport,
            "--charge-for", "0.2",
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        assert done.stderr == ""
        check_session(done.stdout, version, remote_stop=bool(stop_after))
        status, records, err = server.stop(signal.SIGINT)
    assert status == 0, err
    assert "Traceback" not in err
    events = [record["event"] for record in records]
    assert events[0] == "connected"
    assert records[0]["identity"] == "CS001"
    assert records[0]["subprotocol"] == f"ocpp{version}"
    assert events[-3:] == ["disconnected", "stopping", "stopped"]
    assert records[-2]["signal"] == "SIGINT"
    calls = [(r["caller"], r["action"]) for r in records if r["event"] == "call"]
    who = {"ChargingStation": "CS", "CSMS": "CSMS"}
    expected = [c for c in SESSIONS[version] if stop_after or c[0] == "CS"]
    got = [(who[caller], action) for caller, action in calls]
    # Each side's calls in order; the CSMS's own is reported when its task resumes, which may
    # be after the station's next call, read in the same turn of the loop (frames: wire order).
    for side in ("CS", "CSMS"):
        assert [c for c in got if c[0] == side] == [c for c in expected if c[0] == side]
    assert len(got) == len(expected)
    frames = [r for r in records if r["event"] == "frame"]
    assert len(frames) == 2 * len(calls)
    assert {r["direction"] for r in frames} == {"in", "out"}
    assert all(r["identity"] == "CS001" and not r["truncated"] for r in frames)
    assert json.loads(frames[0]["frame"])[2] == "BootNotification"


def test_csms_asks_for_basic_auth_and_quiet_prints_events_only() -> None:
    with csms("--password", PASSWORD, "--quiet", "--ocpp", "2.0.1,2.1") as (server, port):
        url = f"ws://127.0.0.1:{port}/CS-7"
        right = charger("--url", url, "--password", PASSWORD, "--charge-for", "0")
        wrong = charger("--url", url, "--password", "not-the-password-at-all")
        missing = charger("--url", url, "--ocpp", "2.1")
        status, records, err = server.stop(signal.SIGTERM)
    assert right.returncode == 0, right.stderr
    for refused in (wrong, missing):
        assert refused.returncode == 1
        assert refused.stderr == (
            "ocpkit charger: the CSMS refused the connection (HTTP 401): wrong or missing"
            " password for 'CS-7'\n"
        )
    assert status == 0, err
    events = [record["event"] for record in records]
    assert "frame" not in events
    assert events.count("call") == 7
    refusals = [record for record in records if record["event"] == "refused"]
    assert [r["identity"] for r in refusals] == ["CS-7", "CS-7"]
    assert records[-2] == {**records[-2], "event": "stopping", "signal": "SIGTERM"}


async def test_invalid_frames_get_the_spec_error_reply_and_are_logged() -> None:
    with csms("--ocpp", "2.0.1") as (server, port):
        async with connect(
            f"ws://127.0.0.1:{port}/RAW-1", subprotocols=[Subprotocol("ocpp2.0.1")]
        ) as ws:
            await ws.send("this is not JSON")
            not_json = json.loads(await ws.recv())
            await ws.send('[2,"m-1","NoSuchAction",{}]')
            unknown = json.loads(await ws.recv())
            await ws.send('[2,"m-2","Heartbeat",{"surprise":1}]')
            extra = json.loads(await ws.recv())
            await ws.send('[2,"m-3","Heartbeat",{}]')
            heartbeat = json.loads(await ws.recv())
        status, records, err = server.stop()
    assert not_json[:3] == [4, "-1", "RpcFrameworkError"]
    assert unknown[:3] == [4, "m-1", "NotImplemented"]
    assert extra[:3] == [4, "m-2", "FormatViolation"]
    assert heartbeat[:2] == [3, "m-3"]
    assert "currentTime" in heartbeat[2]
    assert status == 0, err
    errors = [record for record in records if record["event"] == "protocol_error"]
    assert [(e["message_id"], e["code"]) for e in errors] == [
        (None, "RpcFrameworkError"),
        ("m-1", "NotImplemented"),
        ("m-2", "FormatViolation"),
    ]
    assert [json.loads(e["reply"]) for e in errors] == [not_json, unknown, extra]
    sent = [
        json.loads(r["frame"]) for r in records if r["event"] == "frame" and r["direction"] == "out"
    ]
    assert sent == [not_json, unknown, extra, heartbeat]


async def test_csms_reports_a_2_1_send_message() -> None:
    records: list[Record] = []
    server = AnsweringCsms(CsmsSettings(versions=(OcppVersion.V21,)), emit=records.append)
    await server.start()
    try:
        async with connect(
            f"{server.server.url}CS-21", subprotocols=[Subprotocol("ocpp2.1")]
        ) as ws:
            stream = minimal(v21.NotifyPeriodicEventStream).to_json().decode()
            await ws.send(f'[6,"s-1","NotifyPeriodicEventStream",{stream}]')
            await ws.send('[2,"h-1","Heartbeat",{}]')
            assert json.loads(await ws.recv())[:2] == [3, "h-1"]
    finally:
        await server.close()
    sends = [r for r in records if isinstance(r, SendSeen)]
    assert [(r.identity, r.action, r.message_id) for r in sends] == [
        ("CS-21", "NotifyPeriodicEventStream", "s-1")
    ]
    frames = [json.loads(r.frame) for r in records if isinstance(r, FrameLine)]
    # SEND messages are delivered in a task of their own: the log may show them a bit late.
    assert sorted(frame[:2] for frame in frames) == [[2, "h-1"], [3, "h-1"], [6, "s-1"]]


# -- failures: one line, no traceback --------------------------------------------------------------


def test_a_port_in_use_is_reported(capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        status = main(["csms", "--port", str(port)])
    out, err = capsys.readouterr()
    assert status == 1
    assert out == ""
    assert err.startswith(f"ocpkit csms: cannot listen on 127.0.0.1:{port}: ")
    assert "address already in use" in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("argv", "status", "message"),
    [
        (["charger", "--url", "ws://127.0.0.1:{free}/CS1"], 1, "cannot connect to ws://127.0.0.1"),
        (
            ["charger", "--url", "ws://127.0.0.1:{free}/CS1", "--transport", "picows"],
            1,
            "cannot connect to ws://127.0.0.1",
        ),
        (["charger", "--url", "http://127.0.0.1:{free}/CS1"], 2, "must start with ws://"),
        (["charger", "--url", "ws://127.0.0.1:bad/CS1"], 2, "invalid URL"),
        (["charger", "--url", "ws://127.0.0.1:{free}/"], 2, "names no charging station identity"),
        (["charger", "--url", "ws://127.0.0.1:{free}/CS1", "--password", "short"], 2, "16 to 40"),
        (
            ["charger", "--url", "ws://127.0.0.1:{free}/CS1", "--ocpp", "3"],
            2,
            "unknown OCPP version",
        ),
        (["csms", "--port", "70000"], 2, "expected a port number"),
        (["csms", "--ocpp", "2.0.1,2.0.1"], 2, "named twice"),
        (["demo", "--ocpp", "1.5"], 2, "unknown OCPP version"),
    ],
)
def test_failures_are_one_line_without_traceback(
    argv: list[str], status: int, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = [arg.replace("{free}", str(free_port())) for arg in argv]
    assert main(argv) == status
    _, err = capsys.readouterr()
    assert message in err
    assert "Traceback" not in err
    assert err.startswith(f"ocpkit {argv[0]}: ") or err.startswith("usage: ")


# -- the answers --------------------------------------------------------------------------------


def _receivable(side: Side) -> list[Any]:
    """(version, action) of every call ``side`` receives, in every version."""
    peer: Side = "ChargingStation" if side == "CSMS" else "CSMS"
    return [
        pytest.param(version, name, id=f"{version}-{name}")
        for version in OcppVersion
        for name, action in actions_of(version).items()
        if not action.is_send and action.initiated_by(peer)
    ]


def _check_answer(version: OcppVersion, name: str) -> None:
    action = actions_of(version)[name]
    # A request made by the same rules (valid too) to answer.
    request = cast(OcppRequest[OcppResponse], minimal(action.request))
    assert reference.is_valid(version, name, "request", reference.load_json(request.to_json()))
    response = Answerer(version).answer(request)
    assert type(response) is action.response
    data = response.to_json()
    assert type(response).from_json(data) == response
    assert reference.is_valid(version, name, "response", reference.load_json(data)), data


@pytest.mark.parametrize(("version", "name"), _receivable("CSMS"))
def test_csms_answers_every_station_call_validly(version: OcppVersion, name: str) -> None:
    _check_answer(version, name)


@pytest.mark.parametrize(("version", "name"), _receivable("ChargingStation"))
def test_station_answers_every_csms_call_validly(version: OcppVersion, name: str) -> None:
    _check_answer(version, name)


def test_hand_written_answers() -> None:
    before = datetime.now(UTC) - timedelta(seconds=1)
    answers = Answerer(OcppVersion.V201)
    boot = answers.answer(
        v201.BootNotificationRequest(
            charging_station=v201.ChargingStation(model="m", vendor_name="v"),
            reason=v201.BootReasonEnum.POWER_UP,
        )
    )
    assert boot.status is v201.RegistrationStatusEnum.ACCEPTED
    assert boot.interval == 300
    assert before <= boot.current_time <= datetime.now(UTC)
    heartbeat = answers.answer(v201.HeartbeatRequest())
    assert before <= heartbeat.current_time <= datetime.now(UTC)
    token = v201.IdToken(id_token="T1", type=v201.IdTokenEnum.ISO14443)
    authorized = answers.answer(v201.AuthorizeRequest(id_token=token))
    assert authorized.id_token_info.status is v201.AuthorizationStatusEnum.ACCEPTED
    wanted = [
        v201.GetVariableData(
            component=v201.Component(name="OCPPCommCtrlr"), variable=v201.Variable(name="X")
        ),
        v201.GetVariableData(component=v201.Component(name="Y"), variable=v201.Variable(name="Z")),
    ]
    got = answers.answer(v201.GetVariablesRequest(get_variable_data=wanted))
    assert [(r.component.name, r.variable.name) for r in got.get_variable_result] == [
        ("OCPPCommCtrlr", "X"),
        ("Y", "Z"),
    ]
    old = Answerer(OcppVersion.V16)
    start = v16.StartTransactionRequest(
        connector_id=1, id_tag="TAG", meter_start=0, timestamp=datetime.now(UTC)
    )
    first, second = old.answer(start), old.answer(start)
    assert (first.transaction_id, second.transaction_id) == (1, 2)
    assert first.id_tag_info.status is v16.AuthorizationStatus.ACCEPTED


class _Colour(StrEnum):
    RED = "Red"
    GREEN = "Green"


class _Status(StrEnum):
    REJECTED = "Rejected"
    ACCEPTED = "Accepted"


class _Inner(OcppModel):
    name: str = Field(min_length=3, max_length=10)


class _Constrained(OcppModel):
    count: int = Field(ge=5, le=9)
    above: int = Field(gt=2)
    ratio: float = Field(ge=0.5)
    colour: _Colour
    status: _Status
    items: list[_Inner] = Field(min_length=2)
    flag: bool
    at: datetime
    optional: int | None = None


def test_minimal_follows_the_rules() -> None:
    at = datetime(2026, 1, 1, tzinfo=UTC)
    built = minimal(_Constrained, at=at)
    assert built == _Constrained(
        count=5,
        above=3,
        ratio=0.5,
        colour=_Colour.RED,  # no Accepted: the first member
        status=_Status.ACCEPTED,
        items=[_Inner(name="xxx"), _Inner(name="xxx")],
        flag=False,
        at=at,
    )


def test_long_frames_are_cut_in_the_log() -> None:
    data = b'[2,"1","DataTransfer",{"vendorId":"v","data":"' + b"x" * 2 * MAX_FRAME_TEXT + b'"}]'
    seen = FrameSeen(
        identity="CS",
        side="CSMS",
        direction="in",
        message_type=MessageType.CALL,
        message_id="1",
        action="DataTransfer",
        data=data,
    )
    line = FrameLine.of(seen)
    assert line.truncated
    assert line.length == len(data)
    assert line.frame == data[:MAX_FRAME_TEXT].decode() + "…"


# -- frames, as on_frame sees them --------------------------------------------------------------

FRAME_HEADS: Final = [
    (b'[2,"c-1","Heartbeat",{}]', FrameHead(MessageType.CALL, "c-1", "Heartbeat")),
    (b'[3,"c-1",{"currentTime":"x"}]', FrameHead(MessageType.CALLRESULT, "c-1", None)),
    (b'[6,"s-1","Notify",{}]', FrameHead(MessageType.SEND, "s-1", "Notify")),
    (b'[4,"c-1","NotImplemented","",{}]', FrameHead(MessageType.CALLERROR, "c-1", None)),
    (b'[5,"c-1","FormatViolation","",{}]', FrameHead(MessageType.CALLRESULTERROR, "c-1", None)),
    # not plainly written: read by parsing the whole frame
    (b' [ 2 , "c-2" , "Heartbeat" , { } ] ', FrameHead(MessageType.CALL, "c-2", "Heartbeat")),
    (b'[2,"c-3","Heartbeat"]', FrameHead(MessageType.CALL, "c-3", "Heartbeat")),
    (b'[2,"c-4",7,{}]', FrameHead(MessageType.CALL, "c-4", None)),
    # unreadable: nothing is made up
    (b"this is not JSON", FrameHead(None, None, None)),
    (b'{"a":1}', FrameHead(None, None, None)),
    (b"[2]", FrameHead(None, None, None)),
    (b'[9,"c-1",{}]', FrameHead(None, None, None)),
    (b'[true,"c-1",{}]', FrameHead(None, None, None)),
    (b'["2","c-1","Heartbeat",{}]', FrameHead(None, None, None)),
    (b"[2,17,\"Heartbeat\",{}]", FrameHead(None, None, None)),
    (b"\xff\xfe", FrameHead(None, None, None)),
]  # fmt: skip


@pytest.mark.parametrize(("data", "head"), FRAME_HEADS)
def test_a_frame_head_is_read_from_its_bytes_or_not_at_all(data: bytes, head: FrameHead) -> None:
    assert read_frame_head(data) == head


_IDS = st.text(st.characters(codec="utf-8"), min_size=1, max_size=36)
_ACTIONS = st.from_regex(r"\A[A-Za-z0-9]{1,64}\Z")


@given(message_id=_IDS, action=_ACTIONS, send=st.booleans())
@example(message_id='"\\', action="A", send=False)
@example(message_id="\x00", action="Heartbeat", send=True)
@example(message_id="é" * 36, action="x" * 64, send=False)
def test_a_call_or_send_head_is_read_back_as_written(
    message_id: str, action: str, send: bool
) -> None:
    encode = encode_send if send else encode_call
    kind = MessageType.SEND if send else MessageType.CALL
    assert read_frame_head(encode(message_id, action, b"{}")) == FrameHead(kind, message_id, action)
    assert read_frame_head(encode_result(message_id, b"{}")) == FrameHead(
        MessageType.CALLRESULT, message_id, None
    )


@given(data=st.binary(max_size=300))
@example(data=b"[")
@example(data=b'[4,"x"')
@example(data=b"[2," + b"9" * 400 + b"]")
def test_reading_a_frame_head_never_raises(data: bytes) -> None:
    head = read_frame_head(data)
    assert head.message_type is not None or head == FrameHead(None, None, None)


class _FakeSession:
    """What a FrameTracer reads of a session (and can hold a weak reference to)."""

    def __init__(self, identity: str = "CS1", role: Side = "CSMS") -> None:
        self.identity = identity
        self.role = role


def _tracer() -> tuple[FrameTracer, list[FrameSeen]]:
    seen: list[FrameSeen] = []
    return FrameTracer(seen.append), seen


IN, OUT = FrameDirection.RECEIVED, FrameDirection.SENT


def _trace(
    tracer: FrameTracer, session: _FakeSession, *frames: tuple[FrameDirection, bytes]
) -> None:
    for direction, data in frames:
        tracer(cast(Session, session), direction, data)


def test_an_answer_takes_the_action_of_the_call_it_answers() -> None:
    tracer, seen = _tracer()
    station = _FakeSession()
    _trace(
        tracer,
        station,
        (IN, b'[2,"1","Heartbeat",{}]'),
        (OUT, b'[2,"1","GetVariables",{}]'),  # the same id the other way: another call
        (OUT, b'[3,"1",{"currentTime":"x"}]'),
        (IN, b'[4,"1","InternalError","",{}]'),
        (IN, b'[3,"1",{}]'),  # answered already: no action any more
    )
    assert [(s.direction, s.message_type, s.message_id, s.action) for s in seen] == [
        ("in", MessageType.CALL, "1", "Heartbeat"),
        ("out", MessageType.CALL, "1", "GetVariables"),
        ("out", MessageType.CALLRESULT, "1", "Heartbeat"),
        ("in", MessageType.CALLERROR, "1", "GetVariables"),
        ("in", MessageType.CALLRESULT, "1", None),
    ]
    assert all(s.identity == "CS1" and s.side == "CSMS" for s in seen)
    cs, csms = "ChargingStation", "CSMS"
    assert [s.sender for s in seen] == [cs, csms, csms, cs, cs]


def test_pending_calls_are_kept_per_session() -> None:
    tracer, seen = _tracer()
    one, two = _FakeSession("CS1"), _FakeSession("CS2")
    _trace(tracer, one, (IN, b'[2,"1","Heartbeat",{}]'))
    _trace(tracer, two, (OUT, b'[3,"1",{}]'))
    _trace(tracer, one, (OUT, b'[3,"1",{}]'))
    assert [(s.identity, s.action) for s in seen[1:]] == [("CS2", None), ("CS1", "Heartbeat")]


def test_a_callresulterror_names_the_action_of_the_result_it_refuses() -> None:
    tracer, seen = _tracer()
    _trace(
        tracer,
        _FakeSession(),
        (OUT, b'[2,"r-1","Reset",{"type":"Immediate"}]'),
        (IN, b'[3,"r-1",{"status":1}]'),
        (OUT, b'[5,"r-1","TypeConstraintViolation","",{}]'),
    )
    assert [(s.message_type, s.action) for s in seen] == [
        (MessageType.CALL, "Reset"),
        (MessageType.CALLRESULT, "Reset"),
        (MessageType.CALLRESULTERROR, "Reset"),
    ]


def test_the_tracer_forgets_the_oldest_unanswered_call_beyond_its_bound() -> None:
    tracer, seen = _tracer()
    station = _FakeSession()
    calls = [(OUT, encode_call(f"c{n}", "Reset", b"{}")) for n in range(MAX_PENDING + 1)]
    # The calls the peer makes count apart: they do not push ours out.
    theirs = [(IN, encode_call(f"c{n}", "Heartbeat", b"{}")) for n in range(MAX_PENDING)]
    answers = [(IN, encode_result(f"c{n}", b"{}")) for n in range(MAX_PENDING + 1)]
    _trace(tracer, station, *calls, *theirs, *answers)
    actions = [s.action for s in seen[-(MAX_PENDING + 1) :]]
    assert actions == [None] + ["Reset"] * MAX_PENDING


def test_an_unreadable_frame_is_shown_as_it_was_and_in_red() -> None:
    tracer, seen = _tracer()
    _trace(tracer, _FakeSession(), (IN, b"\xffnot JSON"))
    assert (seen[0].message_type, seen[0].message_id, seen[0].action) == (None, None, None)
    line = FrameLine.of(seen[0])
    assert (line.frame, line.direction) == ("\ufffdnot JSON", "in")


async def test_csms_traces_every_frame_in_wire_order_with_its_records() -> None:
    records: list[Record] = []
    server = AnsweringCsms(CsmsSettings(versions=(OcppVersion.V201,)), emit=records.append)
    await server.start()
    try:
        async with connect(
            f"{server.server.url}CS-W", subprotocols=[Subprotocol("ocpp2.0.1")]
        ) as ws:
            for frame in ('[2,"m-1","Heartbeat",{}]', "nope", '[2,"m-2","Heartbeat",{"x":1}]'):
                await ws.send(frame)
                await ws.recv()
            session = server.server.sessions["CS-W"]
        await session.wait_closed()  # closed by the station, before the CSMS stops
    finally:
        await server.close()
    shown: list[tuple[str, object]] = []
    for record in records:
        if isinstance(record, FrameLine):
            text = record.frame
            shown.append((record.direction, json.loads(text)[:2] if text[0] == "[" else text))
        elif isinstance(record, ProtocolErrorLine | CallDone | Connected | Disconnected):
            shown.append((record.event, getattr(record, "message_id", None)))
    assert shown == [
        ("connected", None),
        ("in", [2, "m-1"]),
        ("out", [3, "m-1"]),
        ("call", "m-1"),  # once the answer is written
        ("in", "nope"),  # the broken frame too, and the core's own reply to it
        ("protocol_error", None),
        ("out", [4, "-1"]),
        ("in", [2, "m-2"]),
        ("protocol_error", "m-2"),
        ("out", [4, "m-2"]),
        ("disconnected", None),
    ]
    disconnected = records[-1]
    assert isinstance(disconnected, Disconnected)
    assert (disconnected.code, disconnected.cause) == (1000, "peer")


async def test_quiet_csms_installs_no_frame_hook_and_still_reports_calls() -> None:
    records: list[Record] = []
    server = AnsweringCsms(
        CsmsSettings(versions=(OcppVersion.V201,)), emit=records.append, frames=False
    )
    await server.start()
    try:
        async with connect(
            f"{server.server.url}CS-Q", subprotocols=[Subprotocol("ocpp2.0.1")]
        ) as ws:
            await ws.send('[2,"q-1","Heartbeat",{}]')
            await ws.recv()
            session = server.server.sessions["CS-Q"]
            assert session.hooks.on_frame is None
    finally:
        await server.close()
    assert not any(isinstance(r, FrameLine) for r in records)
    assert [
        (r.caller, r.action, r.message_id, r.outcome) for r in records if isinstance(r, CallDone)
    ] == [("ChargingStation", "Heartbeat", "q-1", "result")]


async def test_the_csms_reports_its_own_call_with_the_id_it_sent() -> None:
    records: list[Record] = []
    server = AnsweringCsms(
        CsmsSettings(versions=(OcppVersion.V201,), stop_after=0),
        emit=records.append,
        frames=False,
    )
    await server.start()
    updated = minimal(v201.TransactionEventRequest).model_copy(
        update={"event_type": v201.TransactionEventEnum.UPDATED}
    )
    try:
        async with connect(
            f"{server.server.url}CS-S", subprotocols=[Subprotocol("ocpp2.0.1")]
        ) as ws:
            await ws.send(f'[2,"t-1","TransactionEvent",{updated.to_json().decode()}]')
            assert json.loads(await ws.recv())[:2] == [3, "t-1"]
            stop = json.loads(await ws.recv())
            assert (stop[0], stop[2]) == (2, "RequestStopTransaction")
            await ws.send(json.dumps([4, stop[1], "NotSupported", "", {}]))
            await ws.send('[2,"h-1","Heartbeat",{}]')
            await ws.recv()
    finally:
        await server.close()
    calls = [
        (r.caller, r.action, r.message_id, r.outcome) for r in records if isinstance(r, CallDone)
    ]
    # The CSMS's own call is reported when its task resumes: maybe after the Heartbeat.
    assert sorted(calls) == [
        ("CSMS", "RequestStopTransaction", stop[1], "NotSupported"),
        ("ChargingStation", "Heartbeat", "h-1", "result"),
        ("ChargingStation", "TransactionEvent", "t-1", "result"),
    ]


async def test_an_answering_router_answers_outside_a_session_without_reporting() -> None:
    answered: list[str] = []
    router = AnsweringRouter(
        OcppVersion.V201,
        "CSMS",
        Answerer(OcppVersion.V201),
        on_answered=lambda session, event, reply: answered.append(event.message_id),
    )
    reply = await router.dispatch(CallReceived("x-1", "Heartbeat", v201.HeartbeatRequest()))
    assert isinstance(reply, v201.HeartbeatResponse)
    assert answered == []
