"""``ocpkit probe csms`` against ocpkit's own CSMS (every check passes), a CSMS that makes its
own calls, a raw CSMS that breaks a known set of rules (the report names exactly those), a CSMS
that never answers (the run still ends), and the command line (reports, exit statuses).

The probe against foreign CSMSs is in tests/interop/test_probe_peers.py.
"""

import asyncio
import contextlib
import json
import xml.etree.ElementTree as ElementTree
from collections.abc import AsyncIterator, Sequence
from pathlib import Path
from typing import Any

import orjson
import pytest
from websockets.asyncio.server import ServerConnection, serve
from websockets.typing import Subprotocol as WsSubprotocol

from ocpkit.cli import main
from ocpkit.ocpp import OcppVersion, v201
from ocpkit.ocpp.aio import CsmsServer, Session, TransportName
from ocpkit.tools import ToolError
from ocpkit.tools.csms import AnsweringCsms, CsmsSettings
from ocpkit.tools.probe import CsmsProbeSettings, Report, Verdict, probe_csms
from ocpkit.tools.probe.csms import CHECKS

from ._aio_support import PASSWORD, csms_router_201

VERSIONS = (OcppVersion.V16, OcppVersion.V201, OcppVersion.V21)
PASSWORD_16 = "sixteen-bytes-16"  # 1.6: 16 to 20 bytes


def _verdicts(report: Report, verdict: Verdict) -> set[str]:
    return {result.check.id for result in report.results if result.verdict is verdict}


@contextlib.asynccontextmanager
async def answering_csms(
    version: OcppVersion, *, password: str | None, transport: TransportName = "websockets"
) -> AsyncIterator[str]:
    csms = AnsweringCsms(
        CsmsSettings(versions=(version,), password=password, transport=transport),
        emit=lambda record: None,
        frames=False,
    )
    await csms.start()
    try:
        yield csms.server.url
    finally:
        await csms.close()


@pytest.mark.parametrize("transport", ["websockets", "picows"])
@pytest.mark.parametrize("version", VERSIONS, ids=str)
async def test_ocpkit_csms_passes_every_check(
    version: OcppVersion, transport: TransportName
) -> None:
    password = PASSWORD_16 if version is OcppVersion.V16 else PASSWORD
    async with answering_csms(version, password=password, transport=transport) as url:
        report = await probe_csms(
            CsmsProbeSettings(url=url, version=version, identity="CS-probe", password=password)
        )
    assert report.failed == (), report.to_text()
    not_applicable = {"calls.one-in-flight", "calls.valid"}  # this CSMS makes no calls
    if version is OcppVersion.V16:
        not_applicable.add("frames.unknown-type")
    assert _verdicts(report, Verdict.NOT_APPLICABLE) == not_applicable
    assert [result.check.id for result in report.results] == list(CHECKS)
    assert report.exit_status == 0
    assert sum(result.seconds for result in report.results) < 30


async def test_report_formats_hold_one_entry_per_check() -> None:
    async with answering_csms(OcppVersion.V201, password=None) as url:
        report = await probe_csms(CsmsProbeSettings(url=url, version=OcppVersion.V201))
    data = orjson.loads(report.to_json())
    assert [check["id"] for check in data["checks"]] == list(CHECKS)
    assert data["failed"] == 0
    assert data["passed"] + data["not_applicable"] == len(CHECKS)
    assert {check["verdict"] for check in data["checks"]} == {"pass", "not applicable"}
    suite = ElementTree.fromstring(report.to_junit()).find("testsuite")
    assert suite is not None
    cases = suite.findall("testcase")
    assert [case.get("name") for case in cases] == list(CHECKS)
    skipped = [case.get("name") for case in cases if case.find("skipped") is not None]
    assert set(skipped) == _verdicts(report, Verdict.NOT_APPLICABLE)
    assert suite.get("failures") == "0"
    text = report.to_text()
    assert text.endswith(f"{len(CHECKS) - len(skipped)} passed, 0 failed, 3 not applicable\n")


async def test_a_csms_making_its_own_calls_one_at_a_time_passes_the_call_checks() -> None:
    running: set[asyncio.Task[None]] = set()

    async def two_calls(session: Session[Any]) -> None:
        # Both at once: ocpkit's session sends the second when the first is answered.
        request = v201.GetVariablesRequest(
            get_variable_data=[
                v201.GetVariableData(
                    component=v201.Component(name="OCPPCommCtrlr"),
                    variable=v201.Variable(name="HeartbeatInterval"),
                )
            ]
        )

        async def both() -> None:
            calls = [session.call(request), session.call(v201.ClearCacheRequest())]
            await asyncio.gather(*calls, return_exceptions=True)

        running.add(asyncio.get_running_loop().create_task(both()))

    server = CsmsServer(versions=[OcppVersion.V201], router=csms_router_201(), on_connect=two_calls)
    await server.start()
    try:
        report = await probe_csms(
            CsmsProbeSettings(url=server.url, version=OcppVersion.V201, only=["calls."])
        )
    finally:
        await server.close()
    assert _verdicts(report, Verdict.PASS) == {"calls.one-in-flight", "calls.valid"}


# -- a CSMS that breaks rules on purpose ------------------------------------------------------


def _any_subprotocol(connection: ServerConnection, offered: Sequence[str]) -> str | None:
    # Upgrades whatever was offered: without a subprotocol when ocpp2.0.1 is not among them.
    return "ocpp2.0.1" if "ocpp2.0.1" in offered else None


def careless_server() -> Any:
    return serve(
        _careless_csms,
        "127.0.0.1",
        0,
        subprotocols=[WsSubprotocol("ocpp2.0.1")],
        select_subprotocol=_any_subprotocol,  # type: ignore[arg-type]
    )


async def _careless_csms(socket: ServerConnection) -> None:
    """A 2.0.1 CSMS that answers every CALL with a result (ignoring what the call holds), drops
    what it cannot read, and starts with two calls at once, the second one invalid."""
    await socket.send('[2,"c-1","ClearCache",{}]')
    await socket.send('[2,"c-2","Reset",{"type":"Sleepy"}]')
    async for message in socket:
        try:
            frame = json.loads(message)
        except ValueError:
            continue
        if not (isinstance(frame, list) and len(frame) == 4 and frame[0] == 2):
            continue
        _, message_id, action, _ = frame
        payload: dict[str, Any] = {}
        if action == "BootNotification":
            payload = {"currentTime": "2024-01-01T00:00:00Z", "interval": 300, "status": "Accepted"}
        elif action == "Heartbeat":
            payload = {"currentTime": "2024-01-01T00:00:00Z"}
        await socket.send(json.dumps([3, message_id, payload]))


CARELESS_BREAKS = {
    "handshake.no-match",  # upgrades without a subprotocol and keeps the connection
    "frames.not-json",  # not answered
    "frames.not-array",
    "frames.type-not-number",
    "frames.id-not-string",  # answered as a call
    "frames.id-too-long",
    "frames.unknown-type",  # not answered (2.0.1: MessageTypeNotSupported)
    "actions.unknown",  # a CALLRESULT for everything
    "actions.wrong-direction",
    "schema.missing",
    "schema.type",
    "schema.unknown-property",
    "schema.length",
    "schema.enum",
    "calls.one-in-flight",  # two calls at once
    "calls.valid",  # Reset with type "Sleepy"
}


async def test_a_careless_csms_fails_exactly_the_rules_it_breaks() -> None:
    async with careless_server() as server:
        port = server.sockets[0].getsockname()[1]
        report = await probe_csms(
            CsmsProbeSettings(url=f"ws://127.0.0.1:{port}", version=OcppVersion.V201)
        )
    assert {result.check.id for result in report.failed} == CARELESS_BREAKS, report.to_text()
    seen = {result.check.id: result.seen for result in report.failed}
    assert seen["frames.not-json"] == "no reply"
    assert seen["frames.id-not-string"].startswith("expected a CALLERROR, got [3,4711,")
    assert "Reset payload" in seen["calls.valid"]
    assert report.exit_status == 1


async def _silent_csms(socket: ServerConnection) -> None:
    async for _ in socket:
        continue


async def test_a_csms_that_never_answers_costs_each_check_its_deadline_not_the_run() -> None:
    silent = serve(_silent_csms, "127.0.0.1", 0, subprotocols=[WsSubprotocol("ocpp2.0.1")])
    async with silent as server:
        port = server.sockets[0].getsockname()[1]
        report = await probe_csms(
            CsmsProbeSettings(
                url=f"ws://127.0.0.1:{port}",
                version=OcppVersion.V201,
                only=["messages.", "frames.not-json", "connection.kept"],
                reply_timeout=0.3,
            )
        )
    assert {result.check.id for result in report.failed} == {
        "messages.boot",
        "messages.heartbeat",
        "frames.not-json",
        "connection.kept",
    }
    assert all("within" in result.seen for result in report.failed), report.to_text()


async def test_an_unreachable_csms_is_a_usage_error() -> None:
    with pytest.raises(ToolError) as unreachable:
        await probe_csms(CsmsProbeSettings(url="ws://127.0.0.1:1", version=OcppVersion.V201))
    assert unreachable.value.status == 2


# -- the command line --------------------------------------------------------------------------


def test_command_line_writes_the_reports_and_exits_0(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    async def run() -> int:
        async with answering_csms(OcppVersion.V21, password=None) as url:
            argv = ["probe", "csms", url, "--ocpp", "2.1", "--only", "messages.", "frames."]
            argv += ["--report", str(tmp_path / "r.json"), "--junit", str(tmp_path / "r.xml")]
            return await asyncio.to_thread(main, argv)

    assert asyncio.run(run()) == 0
    out = capsys.readouterr().out
    assert out.startswith("ocpkit probe csms ws://127.0.0.1:")
    assert out.endswith("8 passed, 0 failed, 0 not applicable\n")
    assert len(orjson.loads((tmp_path / "r.json").read_bytes())["checks"]) == 8
    assert ElementTree.parse(tmp_path / "r.xml").getroot().tag == "testsuites"


def test_command_line_exits_1_when_a_check_fails(capsys: pytest.CaptureFixture[str]) -> None:
    async def run() -> int:
        async with careless_server() as server:
            port = server.sockets[0].getsockname()[1]
            argv = ["probe", "csms", f"ws://127.0.0.1:{port}", "--ocpp", "2.0.1"]
            return await asyncio.to_thread(main, [*argv, "--only", "actions.unknown"])

    assert asyncio.run(run()) == 1
    assert "FAIL  actions.unknown" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["probe", "csms", "ws://127.0.0.1:1", "--ocpp", "2.0.1"], "cannot connect"),
        (["probe", "csms", "--ocpp", "2.0.1"], "URL is missing"),
        (["probe", "csms", "http:/nothing", "--ocpp", "2.0.1"], "not a ws://"),
        (["probe", "csms", "ws://127.0.0.1:1", "--ocpp", "3.0"], "unknown OCPP version"),
        (["probe", "csms", "ws://127.0.0.1:1", "--ocpp", "2.0.1", "--only", "nope"], "no check"),
    ],
)
def test_command_line_usage_errors_exit_2(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    assert message in capsys.readouterr().err


def test_command_line_lists_the_catalogue(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["probe", "csms", "--ocpp", "1.6", "--list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines] == list(CHECKS)
    assert "[OCPP-J 1.6 §4.2.3 CallError]" in lines[CHECKS.index("actions.unknown")]
