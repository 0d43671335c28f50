"""``ocpkit ocpi cpo``, ``ocpkit ocpi emsp`` and ``ocpkit demo --ocpi``: the simulated CPO and
eMSP against each other over real HTTP on 127.0.0.1, in every OCPI version, through the command
line (subprocesses) and from Python; the CPO's JSON lines; the rules its Tokens and Commands
modules follow (walked row by row); hostile requests it must survive.

Every server a test starts is stopped by that test (a subprocess: SIGTERM, then a kill if it
does not end in time).
"""

import asyncio
import base64
import contextlib
import io
import json
import queue
import signal
import socket
import subprocess
import sys
import threading
from collections.abc import AsyncIterator, Iterator
from typing import Any, Final

import attrs
import httpx
import orjson
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from ocpkit.cli import main
from ocpkit.ocpi import v211, v221, v230
from ocpkit.ocpi.client import CommandResults, OcpiClient
from ocpkit.ocpi.commands import CommandTracker
from ocpkit.ocpi.version import OcpiVersion
from ocpkit.tools import ToolError
from ocpkit.tools.ocpi_cpo import (
    DEFAULT_LOCATIONS,
    DEFAULT_PAGE_LIMIT,
    CpoSettings,
    SimulatedCpo,
    run_cpo,
)
from ocpkit.tools.ocpi_demo import play_ocpi_demo
from ocpkit.tools.ocpi_emsp import EmspServer, EmspSettings, run_emsp
from ocpkit.tools.ocpi_output import (
    Check,
    CpoRecord,
    EmspRecord,
    OcpiJsonLines,
    RequestServed,
    ResultPosted,
)
from ocpkit.tools.ocpi_serving import Listener, envelope_facts

ALL: Final = (OcpiVersion.V211, OcpiVersion.V221, OcpiVersion.V230)
PACKAGES: Final = {OcpiVersion.V211: v211, OcpiVersion.V221: v221, OcpiVersion.V230: v230}
TIMEOUT: Final = 30.0  # seconds any one process or wait may take
TOKEN_A: Final = "test-token-a-0123456789"


# -- helpers ------------------------------------------------------------------------------------


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

    def line(self) -> dict[str, Any]:
        """The next JSON line."""
        text = self._lines.get(timeout=TIMEOUT)
        assert text is not None, "the process ended early"
        record: dict[str, Any] = json.loads(text)
        return record

    def stop(self) -> tuple[int, list[dict[str, Any]]]:
        """SIGTERM; the exit status and the JSON lines not read yet."""
        self.process.send_signal(signal.SIGTERM)
        status = self.process.wait(timeout=TIMEOUT)
        self._reader.join(timeout=TIMEOUT)
        records = []
        while (text := self._lines.get_nowait()) is not None:
            records.append(json.loads(text))
        return status, records

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=TIMEOUT)
        for stream in (self.process.stdout, self.process.stderr):
            if stream is not None:
                stream.close()


@contextlib.contextmanager
def cpo_process(*args: str) -> Iterator[tuple[Cli, dict[str, Any]]]:
    """A running ``ocpkit ocpi cpo --port 0 ARGS`` and its listening line."""
    process = Cli("ocpi", "cpo", "--port", "0", *args)
    try:
        listening = process.line()
        yield process, listening
    finally:
        process.kill()


def free_port() -> int:
    """A port nothing listens on (at least right now)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


@contextlib.asynccontextmanager
async def running_cpo(
    version: OcpiVersion = OcpiVersion.V221, **settings: Any
) -> AsyncIterator[tuple[SimulatedCpo, list[CpoRecord]]]:
    """A simulated CPO in this event loop, with the records it emits."""
    records: list[CpoRecord] = []
    fields = {"locations": 7, "page_limit": 3, "result_delay": 0.01, **settings}
    cpo = await run_cpo(CpoSettings(version=version, **fields), emit=records.append)
    try:
        yield cpo, records
    finally:
        await cpo.stop()


@attrs.frozen
class Registered:
    """An eMSP registered with a CPO: its server, a client for the CPO, the token it calls with."""

    cpo: SimulatedCpo
    emsp: EmspServer
    client: OcpiClient
    http: httpx.AsyncClient

    @property
    def authorization(self) -> dict[str, str]:
        token = self.client.registration.tokens.theirs if self.client.registration else None
        assert token is not None
        return {"Authorization": "Token " + base64.b64encode(token.reveal().encode()).decode()}

    def url(self, path: str) -> str:
        return f"{self.cpo.origin}/ocpi/{self.cpo.version.value}{path}"


@contextlib.asynccontextmanager
async def registered(version: OcpiVersion = OcpiVersion.V221) -> AsyncIterator[Registered]:
    """A CPO and an eMSP registered with it, both serving, and an OcpiClient for the CPO."""
    async with running_cpo(version) as (cpo, _), httpx.AsyncClient() as http:
        settings = EmspSettings(url=cpo.versions_url, token=cpo.token_a.reveal())
        emsp = await EmspServer.start(settings, http=http)
        try:
            registration = await emsp.registrar.register_with(
                "cpo", token_a=cpo.token_a, peer_versions_url=cpo.versions_url
            )
            client = OcpiClient(
                http, registration=registration, command_results=emsp.results[version]
            )
            yield Registered(cpo, emsp, client, http)
        finally:
            await emsp.stop()


def json_lines(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


# -- ocpkit ocpi emsp against ocpkit ocpi cpo ------------------------------------------------


def test_emsp_and_cpo_as_subprocesses_conform_and_the_cpo_stops_on_sigterm() -> None:
    with cpo_process("--version", "2.2.1", "--locations", "7", "--page-limit", "3") as (
        cpo,
        listening,
    ):
        assert listening["event"] == "listening"
        assert listening["version"] == "2.2.1"
        assert listening["versions_url"] == f"http://127.0.0.1:{listening['port']}/ocpi/versions"
        token = listening["token"]  # generated, so printed
        command = [sys.executable, "-m", "ocpkit", "ocpi", "emsp", "--format", "json"]
        emsp = subprocess.run(
            [*command, "--url", listening["versions_url"], "--token", token],
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=TIMEOUT,
        )
        assert emsp.returncode == 0, emsp.stdout + emsp.stderr
        records = json_lines(emsp.stdout)
        assert records[-1]["event"] == "summary"
        assert records[-1]["ok"] is True
        assert records[-1]["version"] == "2.2.1"
        assert token not in emsp.stdout
        status, served = cpo.stop()
    assert status == 0
    assert [r["event"] for r in served[-2:]] == ["stopping", "stopped"]
    assert served[-2]["signal"] == "SIGTERM"
    pages = [r for r in served if r["event"] == "request" and r["path"].endswith("/locations")]
    assert [r["query"] for r in pages] == ["", "offset=3&limit=3", "offset=6&limit=3"]
    assert [r["items"] for r in pages] == [3, 3, 1]
    [posted] = [r for r in served if r["event"] == "result_posted"]
    assert (posted["command"], posted["result"], posted["status"]) == (
        "START_SESSION",
        "ACCEPTED",
        200,
    )
    assert all(token not in json.dumps(r) for r in served)


@pytest.mark.parametrize("version", ALL, ids=str)
async def test_emsp_finds_the_simulated_cpo_conformant(version: OcpiVersion) -> None:
    async with running_cpo(version) as (cpo, _):
        records: list[EmspRecord] = []
        report = await run_emsp(
            EmspSettings(url=cpo.versions_url, token=cpo.token_a.reveal()), emit=records.append
        )
        assert report.ok, report.problems
        assert report.version is version
        crawls = {crawl.module: crawl for crawl in report.crawls}
        assert list(crawls) == ["locations", "sessions", "cdrs", "tariffs"]
        assert (crawls["locations"].objects, crawls["locations"].pages) == (7, 3)
        assert all(c.outcome == "complete" and c.invalid == 0 for c in report.crawls)
        assert report.command_result == "ACCEPTED"
        checks = [r.name for r in records if isinstance(r, Check)]
        assert checks == ["token_put", "token_patch", "command", "command_result", "unregister"]
        # the CPO did what was asked: the token stored and patched, a session started
        [token] = cpo.stores.tokens.select()[0]
        assert getattr(token, "valid") is False  # noqa: B009
        started = cpo.stores.sessions.select()[0][-1]
        assert str(getattr(started, "status")) == "ACTIVE"  # noqa: B009
        assert len(cpo.stores.sessions) == 7 // 4 + 1
        # and the eMSP unregistered: the CPO forgot its registration
        assert await cpo.registrar.store.get("peer-1") is None


async def test_one_cpo_serves_emsp_after_emsp_with_the_same_token_a() -> None:
    async with running_cpo() as (cpo, _):
        settings = EmspSettings(url=cpo.versions_url, token=cpo.token_a.reveal(), command=False)
        first = await run_emsp(settings)
        second = await run_emsp(settings)
    assert first.ok, first.problems
    assert second.ok, second.problems


def test_emsp_exits_1_and_names_the_path_when_a_location_is_invalid(
    capsys: pytest.CaptureFixture[str],
) -> None:
    args = ("--version", "2.3.0", "--locations", "5", "--invalid-locations", "1")
    with cpo_process(*args, "--token", TOKEN_A) as (cpo, listening):
        assert "token" not in listening  # given, so never printed
        status = main(["ocpi", "emsp", "--url", listening["versions_url"], "--token", TOKEN_A])
        assert cpo.stop()[0] == 0
    out = capsys.readouterr().out
    assert status == 1
    assert "locations: invalid object at index" in out
    assert "$.coordinates (missing" in out
    assert out.splitlines()[-1].startswith("not conformant (OCPI 2.3.0): ")


async def test_a_wrong_token_a_fails_the_registration_and_says_where() -> None:
    async with running_cpo() as (cpo, _):
        records: list[EmspRecord] = []
        report = await run_emsp(
            EmspSettings(url=cpo.versions_url, token="not-token-a"), emit=records.append
        )
    assert not report.ok
    assert report.version is None
    assert report.problems == ("registration failed at GET_VERSIONS: HTTP_ERROR",)
    failed = [r for r in records if r.event == "registration_failed"]
    assert [r.format() for r in failed] == [
        "registration failed at GET_VERSIONS: HTTP_ERROR (HTTP 401, OCPI 2000)"
    ]


def test_emsp_exits_2_when_nothing_listens(capsys: pytest.CaptureFixture[str]) -> None:
    url = f"http://127.0.0.1:{free_port()}/ocpi/versions"
    status = main(["ocpi", "emsp", "--url", url, "--token", TOKEN_A])
    assert status == 2
    assert capsys.readouterr().err == f"ocpkit ocpi emsp: no answer from {url}\n"


@pytest.mark.parametrize(
    "args",
    [
        ["ocpi", "emsp", "--url", "ftp://cpo.example/versions", "--token", TOKEN_A],
        ["ocpi", "emsp", "--url", "http://cpo.example/versions", "--token", "two words"],
        ["ocpi", "cpo", "--page-limit", "0"],
        ["ocpi", "cpo", "--version", "2.0"],
        ["ocpi"],
        ["demo", "--version", "2.2.1"],
        ["demo", "--ocpp", "2.0.1", "--ocpi"],
    ],
)
def test_usage_errors_exit_2_without_quoting_a_token(
    args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(args) == 2
    assert "two words" not in capsys.readouterr().err


def test_the_cpo_help_states_the_defaults_cpo_settings_use(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["ocpi", "cpo", "--help"]) == 0
    help_text = " ".join(capsys.readouterr().out.split())
    assert f"(default {DEFAULT_LOCATIONS})" in help_text
    assert f"(default {DEFAULT_PAGE_LIMIT})" in help_text
    assert CpoSettings().locations == DEFAULT_LOCATIONS


# -- ocpkit demo --ocpi -----------------------------------------------------------------------


@pytest.mark.parametrize("version", ALL, ids=str)
async def test_demo_plays_registration_pages_and_a_command_with_its_result(
    version: OcpiVersion,
) -> None:
    out = io.StringIO()
    assert await play_ocpi_demo(version, out=out) == 0
    lines = out.getvalue().splitlines()
    base = f"/ocpi/{version.value}"
    exchanges = [line for line in lines if " → " in line.split("  ")[0]]
    assert exchanges[:5] == [
        "eMSP → CPO  GET /ocpi/versions  HTTP 200  OCPI 1000  1 item",
        f"eMSP → CPO  GET {base}  HTTP 200  OCPI 1000",
        "CPO → eMSP  GET /ocpi/versions  HTTP 200  OCPI 1000  1 item",
        f"CPO → eMSP  GET {base}  HTTP 200  OCPI 1000",
        f"eMSP → CPO  POST {base}/credentials  HTTP 200  OCPI 1000",
    ]
    assert exchanges[5:8] == [
        f"eMSP → CPO  GET {base}/locations  HTTP 200  OCPI 1000  5 items",
        f"eMSP → CPO  GET {base}/locations?offset=5&limit=5  HTTP 200  OCPI 1000  5 items",
        f"eMSP → CPO  GET {base}/locations?offset=10&limit=5  HTTP 200  OCPI 1000  2 items",
    ]
    assert exchanges[8] == f"eMSP → CPO  POST {base}/commands/START_SESSION  HTTP 200  OCPI 1000"
    assert exchanges[9].startswith(f"CPO → eMSP  POST {base}/commands/")
    assert exchanges[9].endswith("  HTTP 200  OCPI 1000")
    assert exchanges[10] == f"eMSP → CPO  DELETE {base}/credentials  HTTP 200  OCPI 1000"
    assert len(exchanges) == 11
    assert "ok command_result: START_SESSION result ACCEPTED" in lines
    assert lines[-1].startswith(f"done: registered in OCPI {version.value}, 12 Locations in 3")


def test_demo_ocpi_from_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "--ocpi", "--version", "2.1.1", "--locations", "3"]) == 0
    out = capsys.readouterr().out
    assert "eMSP → CPO  GET /ocpi/2.1.1/locations  HTTP 200  OCPI 1000  3 items" in out
    assert out.splitlines()[-1].startswith("done: registered in OCPI 2.1.1, 3 Locations in 1")


# -- the CPO's JSON lines ---------------------------------------------------------------------


async def test_cpo_json_lines_start_with_listening_and_report_requests_and_results() -> None:
    out = io.StringIO()
    cpo = await run_cpo(
        CpoSettings(locations=3, token=TOKEN_A, result_delay=0.01), emit=OcpiJsonLines(out)
    )
    try:
        report = await run_emsp(
            EmspSettings(url=cpo.versions_url, token=TOKEN_A, modules=("locations",))
        )
    finally:
        await cpo.stop()
    assert report.ok, report.problems
    records = json_lines(out.getvalue())
    first = records[0]
    assert list(first) == [
        "event",
        "host",
        "port",
        "versions_url",
        "version",
        "locations",
        "page_limit",
        "time",
    ]
    assert (first["event"], first["port"], first["version"]) == ("listening", cpo.port, "2.2.1")
    assert all(TOKEN_A not in json.dumps(r) for r in records)
    requests = [r for r in records if r["event"] == "request"]
    assert [(r["method"], r["path"]) for r in requests[:3]] == [
        ("GET", "/ocpi/versions"),
        ("GET", "/ocpi/2.2.1"),
        ("POST", "/ocpi/2.2.1/credentials"),
    ]
    for request in requests:
        assert set(request) == {
            "event",
            "method",
            "path",
            "query",
            "status",
            "status_code",
            "items",
            "ms",
            "time",
        }
        assert (request["status"], request["status_code"]) in {(200, 1000), (201, 1000)}
        assert request["ms"] >= 0
    [posted] = [r for r in records if r["event"] == "result_posted"]
    assert posted["error"] is None
    assert posted["url"].startswith("http://127.0.0.1:")


async def test_the_listening_record_holds_a_generated_token_a_and_nothing_else_does() -> None:
    async with running_cpo() as (cpo, records):
        listening = records[0]
        assert listening.event == "listening"
        assert getattr(listening, "token") == cpo.token_a.reveal()  # noqa: B009
        assert cpo.token_a.reveal() not in repr(listening)
    assert TOKEN_A not in repr(CpoSettings(token=TOKEN_A))
    assert TOKEN_A not in repr(EmspSettings(url="http://cpo.example/v", token=TOKEN_A))


# -- the Tokens Receiver interface, row by row --------------------------------------------------


def token_wire(version: OcpiVersion, uid: str = "ABC123", **changes: object) -> dict[str, Any]:
    wire: dict[str, Any] = {
        "uid": uid,
        "type": "RFID",
        "issuer": "EMS Mobility",
        "valid": True,
        "whitelist": "ALLOWED",
        "last_updated": "2025-01-01T00:00:00Z",
    }
    if version is OcpiVersion.V211:
        wire["auth_id"] = "NL-EMS-C00000001-A"
    else:
        wire.update(country_code="NL", party_id="EMS", contract_id="NL-EMS-C00000001-A")
    wire.update(changes)
    return wire


@pytest.mark.parametrize("version", ALL, ids=str)
async def test_tokens_receiver_rules(version: OcpiVersion) -> None:
    async with registered(version) as pair:
        auth, http = pair.authorization, pair.http

        async def put(path: str, wire: dict[str, Any]) -> tuple[int, int]:
            reply = await http.put(pair.url(path), content=orjson.dumps(wire), headers=auth)
            return reply.status_code, orjson.loads(reply.content)["status_code"]

        # a new token: 201, a known one: 200
        assert await put("/tokens/NL/EMS/ABC123", token_wire(version)) == (201, 1000)
        assert await put("/tokens/NL/EMS/ABC123", token_wire(version)) == (200, 1000)
        # the URL names another party than the peer's: 404
        assert (await put("/tokens/DE/XYZ/ABC123", token_wire(version)))[0] == 404
        # the body names another uid than the URL: 2001
        assert await put("/tokens/NL/EMS/OTHER1", token_wire(version)) == (200, 2001)
        if version is not OcpiVersion.V211:
            # another type than the URL's (RFID when absent): 2001
            assert await put("/tokens/NL/EMS/ABC123?type=APP_USER", token_wire(version)) == (
                200,
                2001,
            )
        # GET and PATCH of an unknown token: 404
        reply = await http.get(pair.url("/tokens/NL/EMS/NOSUCH"), headers=auth)
        assert reply.status_code == 404
        patch = b'{"valid": false, "last_updated": "2025-01-02T00:00:00Z"}'
        reply = await http.patch(pair.url("/tokens/NL/EMS/NOSUCH"), content=patch, headers=auth)
        assert reply.status_code == 404
        # a PATCH the store refuses (null for a required field): 2001
        bad = b'{"valid": null, "last_updated": "2025-01-02T00:00:00Z"}'
        reply = await http.patch(pair.url("/tokens/NL/EMS/ABC123"), content=bad, headers=auth)
        assert orjson.loads(reply.content)["status_code"] == 2001
        # a good PATCH, read back
        reply = await http.patch(pair.url("/tokens/NL/EMS/ABC123"), content=patch, headers=auth)
        assert (reply.status_code, orjson.loads(reply.content)["status_code"]) == (200, 1000)
        reply = await http.get(pair.url("/tokens/NL/EMS/ABC123"), headers=auth)
        assert orjson.loads(reply.content)["data"]["valid"] is False


# -- the Commands Receiver interface, row by row ----------------------------------------------


def start_session(version: OcpiVersion, location_id: str, evse_uid: str | None = None) -> Any:
    token = token_wire(version)
    wire: dict[str, Any] = {
        "response_url": "http://127.0.0.1/placeholder",
        "token": token,
        "location_id": location_id,
    }
    if evse_uid is not None:
        wire["evse_uid"] = evse_uid
    return PACKAGES[version].StartSession.from_wire(wire)


def other_command(version: OcpiVersion, name: str, **fields: Any) -> Any:
    wire = {"response_url": "http://127.0.0.1/placeholder", **fields}
    return getattr(PACKAGES[version], name).from_wire(wire)


@pytest.mark.parametrize("version", ALL, ids=str)
async def test_commands_receiver_rules(version: OcpiVersion) -> None:
    async with registered(version) as pair:
        client = pair.client

        async def answer(request: Any) -> str:
            handle = await client.command(request)
            assert handle.response is not None
            if handle.accepted:
                result = await handle.result(timeout=TIMEOUT)
                assert str(result.result) == "ACCEPTED"
            return str(handle.response.result)

        # START_SESSION: an unknown Location or EVSE is REJECTED; a known one starts a session
        assert await answer(start_session(version, "NOSUCH")) == "REJECTED"
        assert await answer(start_session(version, "LOC000001", "NOSUCH")) == "REJECTED"
        before = len(pair.cpo.stores.sessions)
        assert await answer(start_session(version, "LOC000001")) == "ACCEPTED"
        assert len(pair.cpo.stores.sessions) == before + 1
        new = pair.cpo.stores.sessions.select()[0][-1]
        session_id = str(getattr(new, "id"))  # noqa: B009
        # STOP_SESSION: unknown is UNKNOWN_SESSION; the active one is stopped, then REJECTED
        stop = other_command(version, "StopSession", session_id="NOSUCH")
        assert await answer(stop) == "UNKNOWN_SESSION"
        assert await answer(other_command(version, "StopSession", session_id=session_id)) == (
            "ACCEPTED"
        )
        stopped = pair.cpo.stores.sessions.get(pair.cpo._key(session_id))
        assert str(getattr(stopped, "status")) == "COMPLETED"  # noqa: B009
        again = other_command(version, "StopSession", session_id=session_id)
        assert await answer(again) == "REJECTED"
        # UNLOCK_CONNECTOR: a known connector is ACCEPTED, another REJECTED
        ids = {"location_id": "LOC000001", "evse_uid": "LOC000001-1", "connector_id": "1"}
        assert await answer(other_command(version, "UnlockConnector", **ids)) == "ACCEPTED"
        ids["connector_id"] = "9"
        assert await answer(other_command(version, "UnlockConnector", **ids)) == "REJECTED"
        # RESERVE_NOW: this CPO takes no reservations
        reserve = other_command(
            version,
            "ReserveNow",
            token=token_wire(version),
            expiry_date="2030-01-01T00:00:00Z",
            reservation_id=1 if version is OcpiVersion.V211 else "R1",  # 2.1.1: an int
            location_id="LOC000001",
        )
        assert await answer(reserve) == "NOT_SUPPORTED"


# -- hostile requests -------------------------------------------------------------------------


async def test_hostile_requests_get_the_right_status_and_the_cpo_keeps_serving() -> None:
    async with registered(OcpiVersion.V221) as pair:
        http, auth = pair.http, pair.authorization
        locations = pair.url("/locations")
        token_a = base64.b64encode(pair.cpo.token_a.reveal().encode()).decode()
        cases = [
            ({"Authorization": "Token bm90LWEtdG9rZW4="}, "", 401, 2000),  # unknown token
            ({"Authorization": "Bearer x"}, "", 401, 2000),  # not the Token scheme
            ({}, "", 401, 2000),  # no Authorization
            ({"Authorization": f"Token {token_a}"}, "", 401, 2000),  # token A: registration only
            (auth, "?offset=-1", 200, 2001),
            (auth, "?offset=abc", 200, 2001),
            (auth, "?limit=0", 200, 2001),
            (auth, "?date_from=yesterday", 200, 2001),
        ]
        for headers, query, http_status, ocpi_status in cases:
            reply = await http.get(locations + query, headers=headers)
            assert reply.status_code == http_status, query
            body = orjson.loads(reply.content)
            assert body["status_code"] == ocpi_status
            assert "data" not in body
        # unknown command (2.2.1 has a closed CommandType), body not JSON, a wrong body
        reply = await http.post(pair.url("/commands/FLY"), content=b"{}", headers=auth)
        assert orjson.loads(reply.content)["status_code"] == 2001
        start = pair.url("/commands/START_SESSION")
        reply = await http.post(start, content=b"{", headers=auth)
        assert (reply.status_code, orjson.loads(reply.content)["status_code"]) == (400, 2000)
        reply = await http.post(start, content=b'{"location_id": 1}', headers=auth)
        assert orjson.loads(reply.content)["status_code"] == 2001
        # still serving, and still paginating
        reply = await http.get(locations + "?offset=6", headers=auth)
        assert reply.status_code == 200
        assert len(orjson.loads(reply.content)["data"]) == 1
        assert reply.headers["X-Total-Count"] == "7"


# -- settings, listening, exchanges ------------------------------------------------------------

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**64 - 1)
    | st.floats(allow_nan=False)
    | st.text(),
    lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner),
    max_leaves=20,
)


@given(st.one_of(json_values.map(orjson.dumps), st.binary()))
@example(b'{"status_code": true, "data": []}')
@example(b'{"status_code": 2001}')
@example(b'{"data": {"id": "x"}, "status_code": 1000}')
@example(b"[1, 2]")
@example(b"")
def test_envelope_facts_reads_only_an_int_status_code_and_a_data_list(body: bytes) -> None:
    status_code, items = envelope_facts(body)
    try:
        parsed = orjson.loads(body)
    except orjson.JSONDecodeError:
        parsed = None
    envelope = parsed if isinstance(parsed, dict) else {}
    code = envelope.get("status_code")
    expected_code = code if type(code) is int else None
    data = envelope.get("data")
    assert status_code == expected_code
    assert items == (len(data) if isinstance(data, list) else None)


@pytest.mark.parametrize(
    "make",
    [
        lambda: CpoSettings(page_limit=0),
        lambda: CpoSettings(locations=-1),
        lambda: CpoSettings(version="3.0"),
        lambda: CpoSettings(token="has space"),
        lambda: CpoSettings(port=70000),
        lambda: EmspSettings(url="ftp://cpo.example/versions", token=TOKEN_A),
        lambda: EmspSettings(url="http://cpo.example/versions", token=""),
        lambda: EmspSettings(url="http://cpo.example/v", token=TOKEN_A, modules=("tokens",)),
    ],
)
def test_bad_settings_are_usage_errors(make: Any) -> None:
    with pytest.raises(ToolError) as caught:
        make()
    assert caught.value.status == 2


async def test_a_port_in_use_is_a_usage_error_and_port_0_reports_the_real_port() -> None:
    listener = Listener.bind("127.0.0.1", 0)
    try:
        assert listener.port != 0
        with pytest.raises(ToolError) as caught:
            await run_cpo(CpoSettings(port=listener.port))
        assert caught.value.status == 2
    finally:
        listener.close()


async def test_a_result_that_cannot_be_posted_is_reported() -> None:
    async with running_cpo(OcpiVersion.V221) as (cpo, records), httpx.AsyncClient() as http:
        settings = EmspSettings(url=cpo.versions_url, token=cpo.token_a.reveal())
        emsp = await EmspServer.start(settings, http=http)
        registration = await emsp.registrar.register_with(
            "cpo", token_a=cpo.token_a, peer_versions_url=cpo.versions_url
        )
        dead = f"http://127.0.0.1:{free_port()}/results"
        results = CommandResults(CommandTracker(OcpiVersion.V221, base_url=dead))
        client = OcpiClient(http, registration=registration, command_results=results)
        try:
            handle = await client.command(start_session(OcpiVersion.V221, "LOC000001"))
            assert handle.accepted
            for _ in range(200):
                if any(isinstance(r, ResultPosted) for r in records):
                    break
                await asyncio.sleep(0.01)
        finally:
            await emsp.stop()
    [posted] = [r for r in records if isinstance(r, ResultPosted)]
    assert posted.status is None
    assert posted.error is not None
    assert posted.error.startswith("no answer")
    assert any(isinstance(r, RequestServed) for r in records)
