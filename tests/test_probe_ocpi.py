"""``ocpkit probe ocpi`` against ocpkit's own CPO (every check passes or does not apply, in each
version), the same CPO serving broken Locations (only the objects check fails, naming them),
small peers broken in one way each (the report names exactly that check), a peer that never
answers (the run still ends), and targets that cannot be probed at all (status 2).

Every server is bound to 127.0.0.1 and stopped by the test that started it.
"""

import asyncio
import base64
import contextlib
import io
import re
import socket
import time
import xml.etree.ElementTree as ElementTree
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime, timedelta, timezone
from typing import Any, Final
from urllib.parse import urlencode

import httpx
import orjson
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ocpkit.ocpi.pagination import (
    PageRequest,
    QueryParameterError,
    format_datetime,
    parse_datetime,
)
from ocpkit.ocpi.version import OcpiVersion
from ocpkit.tools import ToolError
from ocpkit.tools.ocpi_cpo import CpoSettings, run_cpo
from ocpkit.tools.ocpi_data import make_locations
from ocpkit.tools.ocpi_emsp import EmspServer, EmspSettings
from ocpkit.tools.ocpi_serving import Listener, ServedApp
from ocpkit.tools.probe import Report, Verdict
from ocpkit.tools.probe.ocpi import CHECKS, OcpiProbeSettings, catalogue, probe_ocpi

ALL: Final = (OcpiVersion.V211, OcpiVersion.V221, OcpiVersion.V230)
TOKEN: Final = "probe-test-token-0123456789"
NOW: Final = datetime.now(UTC).replace(microsecond=0)
PAGE: Final = 3  # the page size of every peer here


def _ids(report: Report, verdict: Verdict) -> set[str]:
    return {result.check.id for result in report.results if result.verdict is verdict}


def _seen(report: Report, check_id: str) -> str:
    [result] = [result for result in report.results if result.check.id == check_id]
    return result.seen


# -- ocpkit's own CPO ------------------------------------------------------------------------------


@contextlib.asynccontextmanager
async def registered_cpo(version: OcpiVersion, **settings: Any) -> AsyncIterator[tuple[str, str]]:
    """ocpkit's simulated CPO with an eMSP registered to it: the versions URL and the token
    the eMSP calls the CPO with (which reaches every module, unlike token A)."""
    fields = {"locations": 7, "page_limit": PAGE, **settings}
    cpo = await run_cpo(CpoSettings(version=version, **fields))
    try:
        async with httpx.AsyncClient() as http:
            emsp = await EmspServer.start(
                EmspSettings(url=cpo.versions_url, token=cpo.token_a.reveal()), http=http
            )
            try:
                registration = await emsp.registrar.register_with(
                    "cpo", token_a=cpo.token_a, peer_versions_url=cpo.versions_url
                )
                token = registration.tokens.theirs
                assert token is not None
                yield cpo.versions_url, token.reveal()
            finally:
                await emsp.stop()
    finally:
        await cpo.stop()


@pytest.mark.parametrize("version", ALL, ids=str)
async def test_ocpkit_cpo_passes_every_check_or_it_does_not_apply(version: OcpiVersion) -> None:
    async with registered_cpo(version) as (url, token):
        report = await probe_ocpi(OcpiProbeSettings(versions_url=url, token=token))
    assert report.failed == (), report.to_text()
    not_applicable = {"authorization.other-encoding"}  # reported only, never judged
    if version is OcpiVersion.V211:
        not_applicable.add("request-ids.echoed")  # 2.1.1 has no request ids
    assert _ids(report, Verdict.NOT_APPLICABLE) == not_applicable, report.to_text()
    assert report.version == version.value
    assert report.exit_status == 0
    assert [result.check.id for result in report.results] == list(CHECKS)

    data = orjson.loads(report.to_json())
    assert [check["id"] for check in data["checks"]] == list(CHECKS)
    assert data["failed"] == 0
    assert data["passed"] + data["not_applicable"] == len(CHECKS)
    assert all(check["section"].startswith("OCPI ") for check in data["checks"])

    suites = ElementTree.fromstring(report.to_junit())
    cases = suites.findall("./testsuite/testcase")
    assert [case.get("name") for case in cases] == list(CHECKS)
    assert len(suites.findall("./testsuite/testcase/skipped")) == len(not_applicable)
    assert suites.findall("./testsuite/testcase/failure") == []


async def test_token_a_reaches_no_list_so_the_list_checks_do_not_apply() -> None:
    cpo = await run_cpo(CpoSettings(version=OcpiVersion.V221, locations=4, page_limit=PAGE))
    try:
        report = await probe_ocpi(
            OcpiProbeSettings(versions_url=cpo.versions_url, token=cpo.token_a.reveal())
        )
    finally:
        await cpo.stop()
    assert report.failed == (), report.to_text()
    assert "modules.list" in _ids(report, Verdict.NOT_APPLICABLE)
    assert "HTTP 401" in _seen(report, "modules.list")
    assert {"versions.list", "versions.details", "authorization.missing"} <= _ids(
        report, Verdict.PASS
    )


async def test_invalid_locations_fail_the_objects_check_and_are_named() -> None:
    async with registered_cpo(OcpiVersion.V221, invalid_locations=2) as (url, token):
        report = await probe_ocpi(OcpiProbeSettings(versions_url=url, token=token))
    assert _ids(report, Verdict.FAIL) == {"objects.valid"}, report.to_text()
    seen = _seen(report, "objects.valid")
    assert "locations: 2 of 9 object(s) invalid" in seen
    assert "INVALID0001" in seen
    assert "INVALID0002" in seen
    assert "$.coordinates" in seen
    assert report.exit_status == 1


# -- small peers broken on purpose -----------------------------------------------------------------

_B64_TOKEN: Final = "Token " + base64.b64encode(TOKEN.encode()).decode()


def _locations() -> list[dict[str, Any]]:
    # seven valid Locations, each updated an hour after the one before
    made = make_locations(OcpiVersion.V221, 7, seed=3, now=NOW)
    wire = [location.to_wire() for location in made]
    for index, location in enumerate(wire):
        location["last_updated"] = format_datetime(NOW - timedelta(hours=len(wire) - index))
    return wire


def fake_cpo(origin: str, flaws: frozenset[str]) -> Starlette:
    """A 2.2.1 CPO serving seven Locations, three a page, conformant unless ``flaws`` say:

    ``wrong-total`` (X-Total-Count off by 5), ``link-on-last`` (a next link on every page),
    ``any-token`` (any token is taken, a missing one still gets 401), ``no-echo`` (request ids
    not repeated), ``stale`` (timestamps an hour old), ``tz-offset`` (timestamps written with
    ``+01:00``), ``uncapped`` (any ``limit`` served in full, X-Limit still 3), ``page-offsets``
    (an ``offset`` inside the list rounded down to a page start), ``no-date-filter``
    (``date_from`` ignored), ``plain-only`` (the token taken plain only, as in 2.1.1),
    ``401-server-error`` (a 401 envelope with status 3000), ``broken-endpoint`` (an endpoint
    without a URL among the good ones).

    It also lists a version and a module ocpkit does not know, which the probe must tolerate,
    and takes the token plain at the versions URL only (Base64 everywhere)."""
    locations = _locations()
    base = f"{origin}/ocpi/2.2.1"

    def reply(
        request: Request,
        data: Any = None,
        *,
        status: int = 200,
        code: int = 1000,
        headers: dict[str, str] | None = None,
    ) -> Response:
        stamp = datetime.now(UTC) - (timedelta(hours=1) if "stale" in flaws else timedelta())
        written = format_datetime(stamp)
        if "tz-offset" in flaws:
            written = stamp.astimezone(timezone(timedelta(hours=1))).isoformat(timespec="seconds")
        envelope: dict[str, Any] = {"status_code": code, "timestamp": written}
        if data is not None:
            envelope["data"] = data
        sent = dict(headers or {})
        if "no-echo" not in flaws:
            for name in ("X-Request-ID", "X-Correlation-ID"):
                if name in request.headers:
                    sent[name] = request.headers[name]
        return Response(orjson.dumps(envelope), status, sent, media_type="application/json")

    def allowed(request: Request, *, plain_too: bool = False) -> bool:
        header = request.headers.get("authorization")
        if header is None:
            return False
        if "any-token" in flaws:
            return True
        if "plain-only" in flaws:
            return header == f"Token {TOKEN}"
        return header == _B64_TOKEN or (plain_too and header == f"Token {TOKEN}")

    def refused(request: Request) -> Response:
        return reply(request, status=401, code=3000 if "401-server-error" in flaws else 2000)

    async def versions(request: Request) -> Response:
        if not allowed(request, plain_too=True):
            return refused(request)
        listed = [
            {"version": "2.2.1", "url": base},
            {"version": "9.9", "url": f"{origin}/ocpi/9.9"},
        ]
        return reply(request, listed)

    async def details(request: Request) -> Response:
        if not allowed(request):
            return refused(request)
        endpoints = [
            {"identifier": "credentials", "role": "SENDER", "url": f"{base}/credentials"},
            {"identifier": "locations", "role": "SENDER", "url": f"{base}/locations"},
            {"identifier": "ocpkit-custom", "role": "SENDER", "url": f"{base}/custom"},
        ]
        if "broken-endpoint" in flaws:
            endpoints.append({"identifier": "tariffs", "role": "SENDER"})
        return reply(request, {"version": "2.2.1", "endpoints": endpoints})

    async def listing(request: Request) -> Response:
        if not allowed(request):
            return refused(request)
        try:
            asked = PageRequest.from_query(request.url.query)
        except QueryParameterError:
            return reply(request, code=2001)
        matching = [
            location
            for location in locations
            if asked.date_from is None
            or "no-date-filter" in flaws
            or parse_datetime(location["last_updated"]) >= asked.date_from
        ]
        answer = asked.answer(
            total=len(matching), max_limit=PAGE, default_limit=PAGE, base_url=f"{base}/locations"
        )
        headers = dict(answer.headers())
        if "wrong-total" in flaws:
            headers["X-Total-Count"] = str(answer.total + 5)
        if "link-on-last" in flaws and answer.link is None:
            pairs = asked.query_pairs(offset=answer.offset + answer.limit, limit=answer.limit)
            headers["Link"] = f'<{base}/locations?{urlencode(pairs)}>; rel="next"'
        start, stop = answer.offset, answer.stop
        if "page-offsets" in flaws and start < len(matching):
            start -= start % PAGE
            stop = min(start + answer.limit, len(matching))
        if "uncapped" in flaws and asked.limit is not None:
            stop = min(start + asked.limit, len(matching))
        return reply(request, matching[start:stop], headers=headers)

    return Starlette(
        routes=[
            Route("/ocpi/versions", versions),
            Route("/ocpi/2.2.1", details),
            Route("/ocpi/2.2.1/locations", listing),
        ]
    )


@contextlib.asynccontextmanager
async def served(make: Callable[[str], Starlette]) -> AsyncIterator[str]:
    """An app on 127.0.0.1 (a free port), its versions URL, stopped on leaving."""
    listener = Listener.bind("127.0.0.1", 0)
    app = await ServedApp.start(make(listener.origin), listener)
    try:
        yield f"{listener.origin}/ocpi/versions"
    finally:
        await app.stop()


def _settings(url: str, **fields: Any) -> OcpiProbeSettings:
    return OcpiProbeSettings(versions_url=url, token=TOKEN, **{"timeout": 5.0, **fields})


async def test_a_conformant_peer_with_unknown_versions_and_modules_passes() -> None:
    async with served(lambda origin: fake_cpo(origin, frozenset())) as url:
        report = await probe_ocpi(_settings(url))
    assert report.failed == (), report.to_text()
    assert _ids(report, Verdict.NOT_APPLICABLE) == {"authorization.other-encoding"}
    assert "plain is refused (HTTP 401)" in _seen(report, "authorization.other-encoding")
    assert report.version == "2.2.1"


_401_ENVELOPE: Final = "HTTP 401 with OCPI status_code 3000, not a client error (2xxx)"


@pytest.mark.parametrize(
    ("flaw", "broken"),
    [
        ("wrong-total", {"pagination.total-count": "X-Total-Count is 12, the pages hold 7"}),
        (
            "link-on-last",
            {"pagination.link": "has a next link, but the page it leads to is empty"},
        ),
        ("any-token", {"authorization.wrong-token": "with an unknown token: HTTP 200, not 401"}),
        ("no-echo", {"request-ids.echoed": "X-Request-ID and X-Correlation-ID"}),
        ("stale", {"envelope.clock": "60 min behind the probe's clock (allowed: 5 min)"}),
        ("tz-offset", {"envelope.shape": "is not an OCPI DateTime (UTC)"}),
        ("uncapped", {"pagination.limit-capped": "limit=4 (its X-Limit was 3): 4 objects"}),
        ("page-offsets", {"pagination.offset": "offset=4&limit=2: object 0 is"}),
        ("no-date-filter", {"pagination.date-from": "object(s) last updated before it"}),
        (
            "plain-only",
            {
                "authorization.encoding": (
                    "the token sent in Base64 gets HTTP 401 at the details URL "
                    "(sent plain it is accepted)"
                )
            },
        ),
        (
            "401-server-error",
            {"authorization.missing": _401_ENVELOPE, "authorization.wrong-token": _401_ENVELOPE},
        ),
        ("broken-endpoint", {"versions.details": "endpoint 3 cannot be read ($.url: required"}),
    ],
)
async def test_a_peer_broken_one_way_fails_exactly_those_checks(
    flaw: str, broken: dict[str, str]
) -> None:
    async with served(lambda origin: fake_cpo(origin, frozenset({flaw}))) as url:
        report = await probe_ocpi(_settings(url))
    assert _ids(report, Verdict.FAIL) == set(broken), report.to_text()
    for check_id, words in broken.items():
        assert words in _seen(report, check_id)
    assert report.exit_status == 1


async def test_a_version_the_peer_does_not_list_fails_the_details_check() -> None:
    async with served(lambda origin: fake_cpo(origin, frozenset())) as url:
        report = await probe_ocpi(_settings(url, version="2.1.1"))
    assert report.version == "2.1.1"
    assert _ids(report, Verdict.FAIL) == {"versions.details"}, report.to_text()
    assert "2.1.1" not in _seen(report, "versions.details").split("listed:")[1]
    assert "'2.2.1'" in _seen(report, "versions.details")
    assert _ids(report, Verdict.PASS) == {
        "versions.list",
        "authorization.missing",
        "authorization.wrong-token",
        "envelope.shape",
        "envelope.clock",
    }


async def test_a_token_the_peer_refuses_fails_the_versions_list_and_stops_there() -> None:
    async with served(lambda origin: fake_cpo(origin, frozenset())) as url:
        report = await probe_ocpi(
            OcpiProbeSettings(versions_url=url, token="not-the-peers-token", timeout=5.0)
        )
    assert report.version == "unknown"
    assert _ids(report, Verdict.FAIL) == {"versions.list"}, report.to_text()
    assert "HTTP 401 with the token sent in Base64 and plain" in _seen(report, "versions.list")
    assert _ids(report, Verdict.PASS) == {
        "authorization.missing",
        "authorization.wrong-token",
        "envelope.clock",
    }
    assert "needs the versions list" in _seen(report, "versions.details")


async def test_only_runs_the_checks_named() -> None:
    async with served(lambda origin: fake_cpo(origin, frozenset({"stale"}))) as url:
        report = await probe_ocpi(_settings(url, only=["pagination.", "envelope.clock"]))
    ids = [result.check.id for result in report.results]
    assert ids == [i for i in CHECKS if i.startswith("pagination.") or i == "envelope.clock"]
    # the clock check, run without the others, still sees the replies of the lists
    assert _ids(report, Verdict.FAIL) == {"envelope.clock"}, report.to_text()


async def test_progress_gets_one_line_per_check() -> None:
    out = io.StringIO()
    async with served(lambda origin: fake_cpo(origin, frozenset())) as url:
        report = await probe_ocpi(_settings(url, only=["versions."]), progress=out)
    assert out.getvalue() == "PASS  versions.list\nPASS  versions.details\n"
    assert len(report.results) == 2


# -- a peer that never answers ---------------------------------------------------------------------


@contextlib.asynccontextmanager
async def silent_peer() -> AsyncIterator[str]:
    """A TCP server on 127.0.0.1 that takes connections and reads, but never answers."""
    writers: list[asyncio.StreamWriter] = []

    async def hold(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writers.append(writer)
        await reader.read()  # take whatever comes until the probe hangs up; answer nothing

    server = await asyncio.start_server(hold, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}/ocpi/versions"
    finally:
        server.close()
        for writer in writers:
            writer.close()
        await server.wait_closed()


async def test_a_peer_that_never_answers_fails_checks_and_the_run_ends() -> None:
    async with silent_peer() as url:
        started = time.monotonic()
        report = await probe_ocpi(_settings(url, timeout=0.5, deadline=0.2))
        elapsed = time.monotonic() - started
    assert elapsed < 10
    assert [result.check.id for result in report.results] == list(CHECKS)
    assert report.version == "unknown"
    assert "no complete reply within 0.5 s" in _seen(report, "versions.list")
    for check_id in ("authorization.missing", "authorization.wrong-token"):
        assert _seen(report, check_id) == "no verdict within 0.2 s"
    assert _ids(report, Verdict.FAIL) == {
        "versions.list",
        "authorization.missing",
        "authorization.wrong-token",
    }
    assert report.exit_status == 1


async def test_requests_time_out_within_a_check_too() -> None:
    async with silent_peer() as url:
        report = await probe_ocpi(_settings(url, timeout=0.2, deadline=5.0))
    seen = _seen(report, "authorization.missing")
    assert "no complete reply within 0.2 s" in seen


# -- targets that cannot be probed -----------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


@pytest.mark.parametrize(
    ("url", "token", "only", "words"),
    [
        (f"http://127.0.0.1:{_free_port()}/ocpi/versions", TOKEN, None, "cannot connect"),
        ("ftp://127.0.0.1/ocpi/versions", TOKEN, None, "not an http:// or https:// URL"),
        ("http://127.0.0.1:1/ocpi/versions", "has a space", None, "credentials token"),
        ("http://127.0.0.1:1/ocpi/versions", TOKEN, ["no.such-check"], "no check"),
    ],
)
async def test_a_target_that_cannot_be_probed_is_a_usage_error(
    url: str, token: str, only: list[str] | None, words: str
) -> None:
    with pytest.raises(ToolError) as raised:
        await probe_ocpi(OcpiProbeSettings(versions_url=url, token=token, only=only))
    assert raised.value.status == 2
    assert words in str(raised.value)
    assert token not in str(raised.value)


@pytest.mark.parametrize(
    "fields",
    [{"version": "2.0"}, {"timeout": 0}, {"max_pages": 0}, {"deadline": -1.0}],
)
def test_bad_settings_are_usage_errors(fields: dict[str, Any]) -> None:
    with pytest.raises(ToolError) as raised:
        OcpiProbeSettings(versions_url="http://127.0.0.1/", token=TOKEN, **fields)
    assert raised.value.status == 2


def test_every_version_has_the_same_check_ids_and_each_its_own_sections() -> None:
    for version in ALL:
        entries = catalogue(version)
        assert [entry.check.id for entry in entries] == list(CHECKS)
        assert all(entry.check.section.startswith("OCPI ") for entry in entries)
        assert any(version.value in entry.check.section for entry in entries)
    assert [entry.check for entry in catalogue()] == [e.check for e in catalogue(ALL[-1])]


NUMBERED: Final = re.compile(r"^OCPI \d\.\d\.\d (§\d+(\.\d+)*(, §\d+(\.\d+)*)* \S.*)$")


def test_every_section_cited_has_its_number() -> None:
    for version in ALL:
        for entry in catalogue(version):
            for cited in entry.check.section.split("; "):
                assert NUMBERED.match(cited), (version, entry.check.id, cited)


# Spot checks against each version's document: the numbers that moved between versions.
CITED: Final = [
    ("authorization.missing", "2.1.1", "OCPI 2.1.1 §3.1.3 Request format"),
    ("authorization.missing", "2.2.1", "OCPI 2.2.1 §4.1.2 Authorization header"),
    ("pagination.offset", "2.1.1", "OCPI 2.1.1 §3.1.3.1.2 Paginated Request"),
    ("pagination.offset", "2.3.0", "OCPI 2.3.0 §4.1.4.1 GET, Paginated Request"),
    ("versions.details", "2.1.1", "OCPI 2.1.1 §6 Version details endpoint"),
    ("versions.details", "2.2.1", "OCPI 2.2.1 §6.2 Version details endpoint"),
    ("envelope.shape", "2.1.1", "OCPI 2.1.1 §3.1.5 Response format"),
    ("envelope.shape", "2.2.1", "OCPI 2.2.1 §4.1.7 Response format"),
    ("request-ids.echoed", "2.1.1", "OCPI 2.2.1 §4.2 Unique message IDs"),  # 2.1.1 has none
]


@pytest.mark.parametrize(("check_id", "version", "section"), CITED)
def test_the_sections_are_the_documents(check_id: str, version: str, section: str) -> None:
    (entry,) = [e for e in catalogue(OcpiVersion(version)) if e.check.id == check_id]
    assert entry.check.section == section
    clock = {e.check.id: e.check.section for e in catalogue(OcpiVersion(version))}
    datetime_section = {"2.1.1": "§14.2", "2.2.1": "§16.2", "2.3.0": "§17.5"}[version]
    assert clock["envelope.clock"].endswith(f"{datetime_section} DateTime type")


def test_the_token_is_never_shown() -> None:
    settings = OcpiProbeSettings(versions_url="http://127.0.0.1/", token=TOKEN)
    assert TOKEN not in repr(settings)
