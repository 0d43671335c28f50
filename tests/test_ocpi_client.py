"""The async OCPI client against peers in memory: discovery and version choice, the credentials
handshake against a peer running the core's receiver (over ASGI), typed crawls, the headers of
every request, the URL shapes of single objects per version, and commands with their results."""

from __future__ import annotations

import contextlib
import gc
import inspect
import itertools
import weakref
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any, Final
from urllib.parse import parse_qs, urlsplit

import httpx
import orjson
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response as StarletteResponse
from starlette.routing import Route

from ocpkit.ocpi import OcpiModel, Patch, v211, v221, v230
from ocpkit.ocpi.client import (
    OBJECT_RULES,
    AuthenticationRejected,
    ClientUsageError,
    CommandNotAccepted,
    CommandResults,
    CommandTimedOut,
    DiscoveryError,
    InvalidReply,
    ModuleNotOffered,
    ObjectNotFound,
    OcpiClient,
    OcpiStatusError,
    RegistrationFailed,
    run_exchange,
)
from ocpkit.ocpi.client._objects import key_function, version_class
from ocpkit.ocpi.commands import CommandTracker, ResultMatched, TrackState, UnknownResult
from ocpkit.ocpi.credentials import (
    FailureReason,
    ModuleRequirement,
    PartyDeclaration,
    Registration,
    RegistrationState,
    Step,
    TokenAccess,
)
from ocpkit.ocpi.envelope import error_response, success
from ocpkit.ocpi.headers import (
    CredentialsToken,
    PartyRef,
    RequestIds,
    TokenEncoding,
    token_candidates,
)
from ocpkit.ocpi.pagination import CrawlOutcome, PageRequest
from ocpkit.ocpi.status import OcpiError, UnknownLocation
from ocpkit.ocpi.version import OcpiVersion
from ocpkit.ocpi.versions import ModuleDeclaration, VersionsDeclaration

V211: Final = OcpiVersion.V211
V221: Final = OcpiVersion.V221
V230: Final = OcpiVersion.V230
ALL: Final = (V211, V221, V230)
T: Final = "2024-01-01T00:00:00Z"
NOW: Final = datetime(2025, 1, 1, tzinfo=UTC)
TOKEN: Final = "peer-token-0123456789"
OURS: Final = PartyRef("DE", "MSP")
THEIRS: Final = PartyRef("NL", "CPO")
Handler = Callable[[httpx.Request], httpx.Response | Awaitable[httpx.Response]]

# -- wire data ------------------------------------------------------------------------------------


def envelope(data: Any = None, code: int = 1000, message: str | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {"status_code": code, "timestamp": T}
    if data is not None:
        body["data"] = data
    if message is not None:
        body["status_message"] = message
    return body


def reply(data: Any = None, code: int = 1000, status: int = 200, **headers: str) -> httpx.Response:
    return httpx.Response(status, json=envelope(data, code), headers=headers)


def location(version: OcpiVersion, i: int, cc: str = "NL", pid: str = "CPO") -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": f"LOC{i}",
        "address": "Main 1",
        "city": "Town",
        "postal_code": "1234",
        "country": "NLD",
        "coordinates": {"latitude": "52.000000", "longitude": "4.000000"},
        "last_updated": T,
    }
    if version is V211:
        body["type"] = "ON_STREET"
    else:
        body.update(country_code=cc, party_id=pid, publish=True, time_zone="Europe/Amsterdam")
    return body


def token(version: OcpiVersion, uid: str = "012345678", kind: str = "RFID") -> dict[str, Any]:
    body: dict[str, Any] = {"uid": uid, "type": kind, "issuer": "Ex", "valid": True}
    body.update(whitelist="ALLOWED", last_updated=T)
    if version is V211:
        return {**body, "auth_id": "A1"}
    return {**body, "country_code": "DE", "party_id": "MSP", "contract_id": "C1"}


def tariff(version: OcpiVersion, tid: str = "T1") -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": tid,
        "currency": "EUR",
        "elements": [{"price_components": [{"type": "ENERGY", "price": 0.3, "step_size": 1}]}],
        "last_updated": T,
    }
    if version is not V211:
        body.update(country_code="NL", party_id="CPO")
    if version is V230:
        body["tax_included"] = "YES"
    return body


def session(version: OcpiVersion, sid: str = "S1") -> dict[str, Any]:
    if version is V211:
        return {
            "id": sid,
            "start_datetime": T,
            "kwh": 1,
            "auth_id": "A1",
            "auth_method": "WHITELIST",
            "location": location(version, 1),
            "currency": "EUR",
            "status": "ACTIVE",
            "last_updated": T,
        }
    cdr_token = {"uid": "U1", "type": "RFID", "contract_id": "C1"}
    cdr_token.update(country_code="DE", party_id="MSP")
    return {
        "country_code": "NL",
        "party_id": "CPO",
        "id": sid,
        "start_date_time": T,
        "kwh": 1,
        "cdr_token": cdr_token,
        "auth_method": "WHITELIST",
        "location_id": "LOC1",
        "evse_uid": "E1",
        "connector_id": "1",
        "currency": "EUR",
        "status": "ACTIVE",
        "last_updated": T,
    }


def cdr(cid: str = "C1") -> dict[str, Any]:
    """A 2.2.1 CDR."""
    return {
        "country_code": "NL",
        "party_id": "CPO",
        "id": cid,
        "start_date_time": T,
        "end_date_time": T,
        "cdr_token": {
            "country_code": "DE",
            "party_id": "MSP",
            "uid": "U1",
            "type": "RFID",
            "contract_id": "C1",
        },
        "auth_method": "WHITELIST",
        "cdr_location": {
            "id": "LOC1",
            "address": "Main 1",
            "city": "Town",
            "country": "NLD",
            "coordinates": {"latitude": "52.000000", "longitude": "4.000000"},
            "evse_uid": "E1",
            "evse_id": "NL*CPO*E1",
            "connector_id": "1",
            "connector_standard": "IEC_62196_T2",
            "connector_format": "SOCKET",
            "connector_power_type": "AC_3_PHASE",
        },
        "currency": "EUR",
        "charging_periods": [
            {"start_date_time": T, "dimensions": [{"type": "ENERGY", "volume": 1}]}
        ],
        "total_cost": {"excl_vat": 1},
        "total_energy": 1,
        "total_time": 1,
        "last_updated": T,
    }


def model(version: OcpiVersion, name: str) -> type[OcpiModel]:
    return version_class(version, name)


# -- a peer in memory (MockTransport) ----------------------------------------------------------

MODULES: Final = (
    ("credentials", "SENDER"),
    ("locations", "SENDER"),
    ("locations", "RECEIVER"),
    ("tokens", "RECEIVER"),
    ("sessions", "RECEIVER"),
    ("tariffs", "RECEIVER"),
    ("cdrs", "RECEIVER"),
    ("commands", "RECEIVER"),
)


class Peer:
    """A peer's OCPI API: versions, details, and routes by (method, URL without query).

    2.2.1+ endpoints live under ``/sender/`` or ``/receiver/`` by role; 2.1.1 ones (no roles)
    under the version's path. Every request is logged.
    """

    def __init__(
        self,
        versions: Iterable[OcpiVersion] = (V221,),
        modules: Iterable[tuple[str, str]] = MODULES,
        host: str = "cpo.example",
    ) -> None:
        self.base = f"https://{host}/ocpi"
        self.versions_url = f"{self.base}/versions"
        self.requests: list[httpx.Request] = []
        self.routes: dict[tuple[str, str], Handler] = {}
        self.version_list: list[dict[str, Any]] = [
            {"version": v.value, "url": f"{self.base}/{v.value}"} for v in versions
        ]
        self.details: dict[OcpiVersion, dict[str, Any]] = {}
        for version in versions:
            rows: list[dict[str, Any]] = []
            for module, role in modules:
                row = {"identifier": module, "url": self.url(version, module, role)}
                if version is not V211:
                    row["role"] = role
                if row not in rows:
                    rows.append(row)
            self.details[version] = {"version": version.value, "endpoints": rows}

    def url(self, version: OcpiVersion, module: str, role: str = "SENDER") -> str:
        if version is V211:
            return f"{self.base}/{version.value}/{module}"
        return f"{self.base}/{version.value}/{role.lower()}/{module}"

    def route(self, method: str, url: str, handler: Handler) -> None:
        self.routes[(method, url)] = handler

    async def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        url = str(request.url).split("?")[0]
        if url == self.versions_url:
            return reply(self.version_list)
        for version, details in self.details.items():
            if url == f"{self.base}/{version.value}":
                return reply(details)
        handler = self.routes.get((request.method, url))
        if handler is None:
            return httpx.Response(404, json=envelope(None, 2000, "nothing here"))
        result = handler(request)
        return await result if inspect.isawaitable(result) else result

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle)


def paged(items: list[dict[str, Any]], max_limit: int = 10) -> Handler:
    """A list endpoint paginated by the core's server side."""

    def handle(request: httpx.Request) -> httpx.Response:
        page = PageRequest.from_query(request.url.query.decode())
        answer = page.answer(
            total=len(items),
            max_limit=max_limit,
            default_limit=max_limit,
            base_url=str(request.url).split("?")[0],
        )
        return httpx.Response(
            200, json=envelope(items[answer.offset : answer.stop]), headers=answer.headers()
        )

    return handle


class Sleeps:
    """An injected sleep that only records what it was asked for."""

    def __init__(self) -> None:
        self.calls: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)


def counter(prefix: str) -> Callable[[], str]:
    numbers = itertools.count(1)
    return lambda: f"{prefix}-{next(numbers)}"


@contextlib.asynccontextmanager
async def connected(
    peer: Peer, *, discover: bool = True, **options: Any
) -> AsyncIterator[OcpiClient]:
    options.setdefault("our_party", OURS)
    options.setdefault("peer_party", THEIRS)
    options.setdefault("sleep", Sleeps())
    async with httpx.AsyncClient(transport=peer.transport()) as http:
        client = OcpiClient(http, token=TOKEN, versions_url=peer.versions_url, **options)
        if discover:
            await client.discover()
        yield client


# -- discovery ------------------------------------------------------------------------------------


async def test_discover_chooses_the_highest_version_both_sides_support() -> None:
    peer = Peer(versions=ALL)
    async with connected(peer, versions=(V211, V221)) as client:
        assert client.version is V221
        assert client.endpoints is not None
        assert client.endpoints.find("tokens", "RECEIVER") == peer.url(V221, "tokens", "RECEIVER")
    assert [str(r.url) for r in peer.requests] == [peer.versions_url, f"{peer.base}/2.2.1"]


async def test_discover_finds_each_module_by_role() -> None:
    peer = Peer(versions=(V230,))
    async with connected(peer) as client:
        endpoints = client.endpoints
        assert endpoints is not None
        assert endpoints.find("locations", "SENDER") == peer.url(V230, "locations", "SENDER")
        assert endpoints.find("locations", "RECEIVER") == peer.url(V230, "locations", "RECEIVER")


async def test_discovery_requests_share_a_correlation_and_carry_no_routing_headers() -> None:
    peer = Peer(versions=(V221,))
    async with connected(peer):
        pass
    first, second = peer.requests
    assert first.headers["X-Correlation-ID"] == second.headers["X-Correlation-ID"]
    assert first.headers["X-Request-ID"] != second.headers["X-Request-ID"]
    for request in peer.requests:
        assert not any(name.lower().startswith("ocpi-") for name in request.headers)


async def test_no_version_in_common_is_a_discovery_error() -> None:
    peer = Peer(versions=(V211,))
    with pytest.raises(DiscoveryError, match="no OCPI version we support"):
        async with connected(peer, versions=(V221, V230)):
            pass


async def test_versions_list_that_is_not_a_list_is_a_discovery_error() -> None:
    peer = Peer()
    peer.version_list = {"version": "2.2.1"}  # type: ignore[assignment]
    with pytest.raises(DiscoveryError) as caught:
        async with connected(peer):
            pass
    assert caught.value.violations


async def test_a_client_without_a_version_refuses_to_crawl() -> None:
    async with connected(Peer(), discover=False) as client:
        with pytest.raises(ClientUsageError, match="discover"):
            client.locations()


async def test_a_module_the_peer_does_not_offer_raises_module_not_offered() -> None:
    async with connected(Peer(modules=(("credentials", "SENDER"),))) as client:
        with pytest.raises(ModuleNotOffered):
            client.locations()


async def test_a_model_of_another_version_is_refused() -> None:
    async with connected(Peer(versions=(V221,))) as client:
        with pytest.raises(ClientUsageError, match=r"2\.1\.1"):
            client.locations(v211.Location)


# -- registration end to end (ASGI) -------------------------------------------------------------

BUSINESS: Final = v221.BusinessDetails(name="Example")
CPO_PARTY: Final = PartyDeclaration.single(
    country_code="NL", party_id="CPO", business_details=BUSINESS, roles=("CPO",)
)
EMSP_PARTY: Final = PartyDeclaration.single(
    country_code="DE", party_id="MSP", business_details=BUSINESS, roles=("EMSP",)
)
TOKEN_A: Final = "Secret-Token-A-0123456789"


def declaration(host: str, *modules: tuple[str, str]) -> VersionsDeclaration:
    return VersionsDeclaration(
        versions_url=f"https://{host}/ocpi/versions",
        details_urls={v: f"https://{host}/ocpi/{v.value}" for v in ALL},
        modules=[ModuleDeclaration(module="credentials")]
        + [ModuleDeclaration(module=m, role=r) for m, r in modules],
    )


def _error(exc: OcpiError) -> StarletteResponse:
    body = error_response(exc, now=NOW).to_json()
    return StarletteResponse(body, status_code=exc.http_status, media_type="application/json")


def _ok(data: Any) -> StarletteResponse:
    return StarletteResponse(success(data, now=NOW).to_json(), media_type="application/json")


def _presented(request: Request, registration: Registration) -> CredentialsToken:
    """What the core's Registration docstring asks of an adapter."""
    header = request.headers.get("authorization")
    candidates = token_candidates(header, registration.encoding)
    known = [c for c in candidates if registration.access(c) is not TokenAccess.NONE]
    return (known or list(candidates))[0]


def ocpi_app(
    registration: Registration,
    outgoing: httpx.AsyncClient,
    locations: dict[OcpiVersion, list[dict[str, Any]]],
) -> Starlette:
    """A party's OCPI API in front of its Registration: versions, details, credentials (with
    the exchange run through run_exchange) and a one-page locations list."""
    ours = registration.ours

    async def versions(request: Request) -> StarletteResponse:
        try:
            registration.authorize(_presented(request, registration), "versions")
        except OcpiError as exc:
            return _error(exc)
        return _ok(ours.versions())

    async def details(request: Request) -> StarletteResponse:
        version = OcpiVersion(request.path_params["version"])
        try:
            registration.authorize(_presented(request, registration), "versions")
        except OcpiError as exc:
            return _error(exc)
        return _ok(ours.details(version))

    async def credentials(request: Request) -> StarletteResponse:
        version = OcpiVersion(request.path_params["version"])
        body = await request.body()
        try:
            presented = _presented(request, registration)
            if request.method == "DELETE":
                registration.receive_delete(presented)
                return _ok(None)
            if request.method == "GET":
                return _ok(registration.receive_get(presented, version=version))
            if request.method == "POST":
                registration.receive_post(presented, body, version=version)
            else:
                registration.receive_put(presented, body, version=version)
            await run_exchange(registration, outgoing)
            return _ok(registration.answer())
        except OcpiError as exc:
            return _error(exc)

    async def listing(request: Request) -> StarletteResponse:
        version = OcpiVersion(request.path_params["version"])
        try:
            registration.authorize(_presented(request, registration), "locations")
        except OcpiError as exc:
            return _error(exc)
        return StarletteResponse(
            orjson_dumps(envelope(locations.get(version, []))),
            media_type="application/json",
            headers={"X-Total-Count": str(len(locations.get(version, [])))},
        )

    return Starlette(
        routes=[
            Route("/ocpi/versions", versions),
            Route("/ocpi/{version}", details),
            Route(
                "/ocpi/{version}/credentials", credentials, methods=["GET", "POST", "PUT", "DELETE"]
            ),
            Route("/ocpi/{version}/locations", listing),
        ]
    )


def orjson_dumps(value: Any) -> bytes:
    return orjson.dumps(value)


class ByHost(httpx.AsyncBaseTransport):
    """Routes each request to the app serving its host."""

    def __init__(self) -> None:
        self.apps: dict[str, httpx.AsyncBaseTransport] = {}
        self.log: list[httpx.Request] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.log.append(request)
        return await self.apps[request.url.host].handle_async_request(request)


@contextlib.asynccontextmanager
async def two_parties(
    *, requires: tuple[ModuleRequirement, ...] = ()
) -> AsyncIterator[tuple[OcpiClient, Registration, Registration, ByHost]]:
    """An eMSP client holding the CPO's token A, and the CPO (the core's receiver) over ASGI;
    the CPO reaches the eMSP's own versions through the same transport."""
    router = ByHost()
    async with httpx.AsyncClient(transport=router) as http:
        cpo = Registration.receiver(
            token_a=TOKEN_A,
            ours=declaration("cpo.example", ("locations", "SENDER")),
            parties=CPO_PARTY,
            token_factory=counter("cpo-token"),
        )
        emsp = Registration.initiator(
            token_a=TOKEN_A,
            peer_versions_url="https://cpo.example/ocpi/versions",
            ours=declaration("emsp.example", ("locations", "RECEIVER")),
            parties=EMSP_PARTY,
            requires=requires,
            token_factory=counter("emsp-token"),
        )
        shelf = {v: [location(v, i) for i in range(3)] for v in ALL}
        router.apps["cpo.example"] = httpx.ASGITransport(app=ocpi_app(cpo, http, shelf))
        router.apps["emsp.example"] = httpx.ASGITransport(app=ocpi_app(emsp, http, {}))
        client = OcpiClient(http, registration=emsp, sleep=Sleeps())
        yield client, emsp, cpo, router


async def test_register_runs_the_handshake_against_the_core_receiver() -> None:
    async with two_parties() as (client, emsp, cpo, router):
        link = await client.register()
        assert link.version is V230  # the highest both declare
        assert client.version is V230
        assert emsp.state is cpo.state is RegistrationState.REGISTERED
        assert emsp.tokens.theirs == cpo.tokens.ours  # we call the CPO with its token C
        assert cpo.tokens.theirs == emsp.tokens.ours
        # the CPO fetched our versions and details with our token B before answering
        assert {r.url.host for r in router.log} == {"cpo.example", "emsp.example"}
        found = [loc.id async for loc in client.locations()]
        assert found == ["LOC0", "LOC1", "LOC2"]


async def test_registered_client_sends_routing_headers_of_both_parties() -> None:
    async with two_parties() as (client, _emsp, _cpo, router):
        await client.register()
        crawl = client.locations(v230.Location)
        assert [loc.id async for loc in crawl] == ["LOC0", "LOC1", "LOC2"]
        request = router.log[-1]
        assert request.headers["OCPI-from-country-code"] == "DE"
        assert request.headers["OCPI-from-party-id"] == "MSP"
        assert request.headers["OCPI-to-country-code"] == "NL"
        assert request.headers["OCPI-to-party-id"] == "CPO"


async def test_update_rotates_the_tokens_and_the_old_one_stops_working() -> None:
    async with two_parties() as (client, emsp, cpo, router):
        await client.register()
        old = emsp.tokens.theirs
        assert old is not None
        await client.update()
        assert emsp.tokens.theirs is not None
        assert emsp.tokens.theirs != old
        assert emsp.tokens.theirs == cpo.tokens.ours
        assert len([loc async for loc in client.locations()]) == 3
        async with httpx.AsyncClient(transport=router) as http:
            stale = OcpiClient(http, token=old, versions_url="https://cpo.example/ocpi/versions")
            with pytest.raises(AuthenticationRejected) as caught:
                await stale.discover()
        assert caught.value.http_status == 401
        assert old.reveal() not in str(caught.value)


async def test_unregister_drops_the_tokens_on_both_sides() -> None:
    async with two_parties() as (client, emsp, cpo, _router):
        await client.register()
        await client.unregister()
        assert emsp.state is cpo.state is RegistrationState.UNREGISTERED
        assert emsp.tokens.theirs is None
        assert cpo.tokens.ours is None
        assert client.version is None
        with pytest.raises(ClientUsageError):
            client.locations()


async def test_a_failed_registration_raises_with_the_core_failure() -> None:
    async with two_parties(requires=(ModuleRequirement(module="tariffs"),)) as (client, emsp, *_):
        with pytest.raises(RegistrationFailed) as caught:
            await client.register()
        failure = caught.value.failure
        assert failure is not None
        assert failure.step is Step.GET_DETAILS
        assert failure.reason is FailureReason.MISSING_ENDPOINT
        assert emsp.state is RegistrationState.UNREGISTERED


async def test_update_before_registering_is_a_usage_error() -> None:
    async with two_parties() as (client, *_):
        with pytest.raises(ClientUsageError):
            await client.update()


# -- crawling ----------------------------------------------------------------------------------


async def test_crawl_walks_every_page_typed_and_collects_invalid_items() -> None:
    items = [location(V221, i) for i in range(25)]
    items[3] = {"id": "broken"}
    items[17]["coordinates"] = {"latitude": 52, "longitude": "4.000000"}
    peer = Peer()
    peer.route("GET", peer.url(V221, "locations"), paged(items))
    async with connected(peer) as client:
        crawl = client.locations(v221.Location)
        found = [loc async for loc in crawl]
    assert all(isinstance(loc, v221.Location) for loc in found)
    assert len(found) == 23
    assert crawl.pages == 3
    assert crawl.outcome is CrawlOutcome.COMPLETE
    assert crawl.invalid_count == 2
    paths = {v.path for item in crawl.invalid for v in item.violations}
    assert "$.country_code" in paths
    assert "$.coordinates.latitude" in paths
    crawl.raise_for_outcome()


async def test_crawl_puts_limit_and_date_filters_in_the_url_and_follows_links() -> None:
    peer = Peer()
    peer.route("GET", peer.url(V221, "sessions"), paged([session(V221, f"S{i}") for i in range(5)]))
    peer.details[V221]["endpoints"].append(
        {"identifier": "sessions", "role": "SENDER", "url": peer.url(V221, "sessions")}
    )
    since = datetime(2024, 1, 1, tzinfo=UTC)
    async with connected(peer) as client:
        crawl = client.sessions(
            v221.Session, limit=2, date_from=since, date_to=since + timedelta(1)
        )
        assert [s.id async for s in crawl] == [f"S{i}" for i in range(5)]
    queries = [parse_qs(urlsplit(str(r.url)).query) for r in peer.requests[2:]]
    assert queries[0] == {
        "limit": ["2"],
        "date_from": ["2024-01-01T00:00:00Z"],
        "date_to": ["2024-01-02T00:00:00Z"],
    }
    assert [q["offset"] for q in queries[1:]] == [["2"], ["4"]]
    assert all(q["date_from"] == ["2024-01-01T00:00:00Z"] for q in queries)


async def test_crawl_without_a_model_yields_the_class_of_the_clients_version() -> None:
    peer = Peer(versions=(V211,))
    peer.route("GET", peer.url(V211, "locations"), paged([location(V211, i) for i in range(3)]))
    async with connected(peer) as client:
        found = [loc async for loc in client.locations()]
    assert [type(loc) for loc in found] == [v211.Location] * 3


async def test_crawl_keeps_only_the_current_page_in_memory() -> None:
    items = [location(V221, i) for i in range(400)]
    peer = Peer()
    peer.route("GET", peer.url(V221, "locations"), paged(items, max_limit=20))
    live: list[int] = []
    # The crawl's own objects only (other tests may leave Locations behind in this process).
    crawled: list[weakref.ref[v221.Location]] = []
    async with connected(peer) as client:
        crawl = client.locations(v221.Location)
        seen = 0
        async for _loc in crawl:
            seen += 1
            crawled.append(weakref.ref(_loc))
            if seen % 100 == 50:
                del _loc
                gc.collect()
                live.append(sum(ref() is not None for ref in crawled))
    assert seen == 400
    assert crawl.pages == 20
    assert max(live) <= 20


async def test_crawl_of_tokens_keys_on_uid_and_type_from_221() -> None:
    peer = Peer(modules=(("credentials", "SENDER"), ("tokens", "SENDER")))
    same_uid = [token(V221, "U1", "RFID"), token(V221, "U1", "APP_USER")]
    peer.route("GET", peer.url(V221, "tokens"), paged(same_uid))
    async with connected(peer) as client:
        crawl = client.tokens(v221.Token)
        assert [(t.uid, t.type) async for t in crawl] == [("U1", "RFID"), ("U1", "APP_USER")]
        assert crawl.duplicates == 0


@pytest.mark.parametrize("rule", OBJECT_RULES, ids=lambda r: f"{r.version.value}-{r.name}")
def test_each_object_rule_names_a_class_and_fields_of_its_version(rule: Any) -> None:
    cls = model(rule.version, rule.name)
    assert all(name in cls.model_fields for name in rule.key)
    assert rule.id_field in cls.model_fields
    assert cls.__module__.startswith(f"ocpkit.ocpi.{rule.version.module}.")
    key_function(cls)  # builds without error


def test_keys_of_ci_string_ids_ignore_case_from_221() -> None:
    key = key_function(v221.Location)
    a = v221.Location.from_wire(location(V221, 1, cc="nl", pid="cpo"))
    b = v221.Location.from_wire(location(V221, 1))
    assert key(a) == key(b)
    assert hash(key(a)) == hash(key(b))
    assert key_function(v211.Location)(v211.Location.from_wire(location(V211, 1))) == ("LOC1",)


# -- headers -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("version", "mode", "expected"),
    [
        (V211, None, "Token " + TOKEN),
        (V221, None, "Token cGVlci10b2tlbi0wMTIzNDU2Nzg5"),
        (V230, None, "Token cGVlci10b2tlbi0wMTIzNDU2Nzg5"),
        (V221, TokenEncoding.PLAIN, "Token " + TOKEN),
        (V211, TokenEncoding.BASE64, "Token cGVlci10b2tlbi0wMTIzNDU2Nzg5"),
        (V211, TokenEncoding.ACCEPT_BOTH, "Token cGVlci10b2tlbi0wMTIzNDU2Nzg5"),
    ],
)
async def test_authorization_follows_the_peers_mode_else_the_version(
    version: OcpiVersion, mode: TokenEncoding | None, expected: str
) -> None:
    peer = Peer(versions=(version,))
    peer.route("GET", peer.url(version, "locations"), paged([]))
    async with connected(peer, versions=(version,), encoding=mode) as client:
        assert [loc async for loc in client.locations()] == []
    assert [r.headers["Authorization"] for r in peer.requests[1:]] == [expected, expected]


async def test_first_versions_request_is_plain_only_when_we_support_211_alone() -> None:
    for versions, expected in (
        ((V211,), "Token " + TOKEN),
        (ALL, "Token cGVlci10b2tlbi0wMTIzNDU2Nzg5"),
    ):
        peer = Peer(versions=(V211,))
        async with connected(peer, versions=versions):
            pass
        assert peer.requests[0].headers["Authorization"] == expected


async def test_every_request_has_its_own_request_id_and_a_call_keeps_one_correlation() -> None:
    peer = Peer()
    peer.route("GET", peer.url(V221, "locations"), paged([location(V221, i) for i in range(30)]))
    async with connected(peer, id_factory=counter("id")) as client:
        assert len([x async for x in client.locations()]) == 30
        assert len([x async for x in client.locations()]) == 30
    pages = peer.requests[2:]
    request_ids = [r.headers["X-Request-ID"] for r in peer.requests]
    assert len(set(request_ids)) == len(request_ids)
    correlations = [r.headers["X-Correlation-ID"] for r in pages]
    assert len(set(correlations[:3])) == 1
    assert len(set(correlations[3:])) == 1
    assert correlations[0] != correlations[3]


async def test_given_ids_continue_their_correlation() -> None:
    peer = Peer()
    peer.route(
        "GET",
        peer.url(V221, "locations", "RECEIVER") + "/NL/CPO/LOC1",
        lambda r: reply(location(V221, 1)),
    )
    ids = RequestIds(request_id="incoming-1", correlation_id="corr-7")
    async with connected(peer) as client:
        await client.get_object(v221.Location, "NL", "CPO", "LOC1", ids=ids)
    sent = peer.requests[-1]
    assert sent.headers["X-Correlation-ID"] == "corr-7"
    assert sent.headers["X-Request-ID"] != "incoming-1"


@pytest.mark.parametrize("version", ALL)
async def test_routing_headers_go_to_functional_modules_from_221_only(version: OcpiVersion) -> None:
    peer = Peer(versions=(version,))
    peer.route("GET", peer.url(version, "locations"), paged([]))
    async with connected(peer, versions=(version,)) as client:
        assert [x async for x in client.locations()] == []
    discovery, page = peer.requests[:2], peer.requests[2]
    routing = {k: v for k, v in page.headers.items() if k.lower().startswith("ocpi-")}
    if version is V211:
        assert routing == {}
    else:
        assert routing == {
            "ocpi-from-country-code": "DE",
            "ocpi-from-party-id": "MSP",
            "ocpi-to-country-code": "NL",
            "ocpi-to-party-id": "CPO",
        }
    assert not any(k.lower().startswith("ocpi-") for r in discovery for k in r.headers)


async def test_routing_parties_are_required_from_221_unless_single_role_pair() -> None:
    peer = Peer()
    peer.route("GET", peer.url(V221, "locations"), paged([]))
    async with connected(peer, our_party=None, peer_party=None) as client:
        with pytest.raises(ClientUsageError, match="our_party"):
            [x async for x in client.locations()]
    async with connected(peer, our_party=None, peer_party=None, single_role_pair=True) as client:
        assert [x async for x in client.locations()] == []
    assert not any(k.lower().startswith("ocpi-") for k in peer.requests[-1].headers)


# -- single objects ----------------------------------------------------------------------------


def receiver(peer: Peer, version: OcpiVersion, module: str) -> str:
    return peer.url(version, module, "RECEIVER")


@pytest.mark.parametrize(
    ("version", "path"),
    [(V211, "/DE/MSP/LOC1"), (V221, "/NL/CPO/LOC1"), (V230, "/NL/CPO/LOC1")],
)
async def test_put_location_goes_to_country_party_and_id(version: OcpiVersion, path: str) -> None:
    peer = Peer(versions=(version,))
    bodies: list[bytes] = []

    def put(request: httpx.Request) -> httpx.Response:
        bodies.append(request.content)
        return reply()

    peer.route("PUT", receiver(peer, version, "locations") + path, put)
    obj = model(version, "Location").from_wire(location(version, 1))
    async with connected(peer, versions=(version,)) as client:
        answer = await client.put_object(obj)
    assert answer.is_success
    assert bodies == [obj.to_json()]
    assert peer.requests[-1].headers["Content-Type"] == "application/json"


async def test_put_of_an_evse_takes_the_location_ids_in_the_path() -> None:
    peer = Peer()
    url = receiver(peer, V221, "locations") + "/NL/CPO/LOC1/E%2F1"
    peer.route("PUT", url, lambda r: reply())
    connector: dict[str, Any] = {"id": "1", "standard": "IEC_62196_T2", "format": "SOCKET"}
    connector.update(power_type="AC_3_PHASE", max_voltage=230, max_amperage=32, last_updated=T)
    evse = v221.EVSE.from_wire(
        {"uid": "E/1", "status": "AVAILABLE", "connectors": [connector], "last_updated": T}
    )
    async with connected(peer) as client:
        with pytest.raises(ClientUsageError, match="path_ids"):
            await client.put_object(evse)
        with pytest.raises(ClientUsageError, match="4 ids"):
            await client.put_object(evse, "NL", "CPO", "LOC1")
        await client.put_object(evse, "NL", "CPO", "LOC1", "E/1")
    assert str(peer.requests[-1].url) == url


async def test_token_urls_name_the_type_in_the_query_from_221() -> None:
    peer = Peer()
    base = receiver(peer, V221, "tokens") + "/DE/MSP/U1"
    peer.route("PUT", base, lambda r: reply())
    peer.route("GET", base, lambda r: reply(token(V221, "U1", "APP_USER")))
    async with connected(peer) as client:
        await client.put_object(v221.Token.from_wire(token(V221, "U1", "APP_USER")))
        got = await client.get_object(v221.Token, "DE", "MSP", "U1", token_type="APP_USER")
    assert got.type == "APP_USER"
    assert [str(r.url) for r in peer.requests[2:]] == [base + "?type=APP_USER"] * 2


async def test_211_token_urls_have_no_type_query() -> None:
    peer = Peer(versions=(V211,))
    url = receiver(peer, V211, "tokens") + "/DE/MSP/U1"
    peer.route("PUT", url, lambda r: reply())
    async with connected(peer, versions=(V211,)) as client:
        await client.put_object(v211.Token.from_wire(token(V211, "U1")))
    assert str(peer.requests[-1].url) == url


async def test_patch_sends_the_patch_body_and_needs_last_updated_from_221() -> None:
    peer = Peer()
    url = receiver(peer, V221, "sessions") + "/NL/CPO/S1"
    bodies: list[bytes] = []

    def patch(request: httpx.Request) -> httpx.Response:
        bodies.append(request.content)
        return reply()

    peer.route("PATCH", url, patch)
    async with connected(peer) as client:
        with pytest.raises(ClientUsageError, match="last_updated"):
            await client.patch_object(Patch(v221.Session, {"kwh": Decimal(5)}), "NL", "CPO", "S1")
        stamped = Patch(
            v221.Session, {"kwh": Decimal(5), "last_updated": datetime(2024, 1, 1, tzinfo=UTC)}
        )
        await client.patch_object(stamped, "NL", "CPO", "S1")
    assert bodies == [b'{"kwh":5,"last_updated":"2024-01-01T00:00:00Z"}']


async def test_get_object_reads_the_typed_object_or_raises_object_not_found() -> None:
    peer = Peer()
    url = receiver(peer, V221, "tariffs") + "/NL/CPO/T1"
    peer.route("GET", url, lambda r: reply(tariff(V221)))
    async with connected(peer) as client:
        found = await client.get_object(v221.Tariff, "NL", "CPO", "T1")
        assert isinstance(found, v221.Tariff)
        assert found.id == "T1"
        with pytest.raises(ObjectNotFound) as caught:
            await client.get_object(v221.Tariff, "NL", "CPO", "T2")
    assert caught.value.status_code == 2000


@pytest.mark.parametrize(
    ("version", "method", "allowed"),
    [
        (V211, "PATCH", True),
        (V221, "PATCH", False),
        (V230, "PATCH", False),
        (V211, "DELETE", True),
        (V221, "DELETE", True),
    ],
)
async def test_tariff_methods_follow_each_versions_receiver_interface(
    version: OcpiVersion, method: str, allowed: bool
) -> None:
    peer = Peer(versions=(version,))
    peer.route(method, receiver(peer, version, "tariffs") + "/NL/CPO/T1", lambda r: reply())
    cls = model(version, "Tariff")
    async with connected(peer, versions=(version,)) as client:
        call = (
            client.delete_object(cls, "NL", "CPO", "T1")
            if method == "DELETE"
            else client.patch_object(
                Patch(cls, {"currency": "EUR", "last_updated": NOW}), "NL", "CPO", "T1"
            )
        )
        if allowed:
            assert (await call).is_success
        else:
            with pytest.raises(ClientUsageError, match="no PATCH"):
                await call


async def test_a_cdr_is_posted_and_read_back_at_the_location_it_answers() -> None:
    peer = Peer()
    endpoint = receiver(peer, V221, "cdrs")
    posted: list[bytes] = []

    def post(request: httpx.Request) -> httpx.Response:
        posted.append(request.content)
        return reply(None, status=201, Location="/ocpi/cdrs/42")

    peer.route("POST", endpoint, post)
    peer.route("GET", "https://cpo.example/ocpi/cdrs/42", lambda r: reply(cdr()))
    record = v221.CDR.from_wire(cdr())
    async with connected(peer) as client:
        where = await client.post_cdr(record)
        assert where == "https://cpo.example/ocpi/cdrs/42"  # relative Location resolved
        found = await client.get_object_at(v221.CDR, where)
    assert found == record
    assert posted == [record.to_json()]


# -- commands ------------------------------------------------------------------------------------

RESULTS_BASE: Final = "https://emsp.example/ocpi/results"


def start_session(version: OcpiVersion) -> OcpiModel:
    body: dict[str, Any] = {
        "response_url": "https://placeholder.example/x",
        "token": token(version),
    }
    body.update(location_id="LOC1", evse_uid="E1")
    return model(version, "StartSession").from_wire(body)


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now


def command_peer(
    version: OcpiVersion, answer: dict[str, Any] | None, *, code: int = 1000
) -> tuple[Peer, list[dict[str, Any]]]:
    peer = Peer(versions=(version,))
    seen: list[dict[str, Any]] = []

    def post(request: httpx.Request) -> httpx.Response:
        seen.append(orjson.loads(request.content))
        return reply(answer, code=code)

    peer.route("POST", receiver(peer, version, "commands") + "/START_SESSION", post)
    return peer, seen


async def test_command_posts_our_response_url_and_the_result_arrives_later() -> None:
    clock = Clock()
    results = CommandResults(
        CommandTracker(V221, base_url=RESULTS_BASE, id_factory=counter("c")), clock=clock
    )
    peer, seen = command_peer(V221, {"result": "ACCEPTED", "timeout": 30})
    async with connected(peer, command_results=results, clock=clock) as client:
        handle = await client.command(start_session(V221))
    assert seen[0]["response_url"] == RESULTS_BASE + "/c-1" == handle.response_url
    assert handle.accepted
    assert not handle.done()
    outcome = results.result_posted("c-1", b'{"result":"ACCEPTED"}')
    assert isinstance(outcome, ResultMatched)
    assert outcome.reply_error is None
    result = await handle.result()
    assert isinstance(result, v221.CommandResult)
    assert result.result == "ACCEPTED"
    assert isinstance(results.result_posted("nope", b"{}"), UnknownResult)


async def test_a_result_before_the_immediate_answer_resolves_the_handle() -> None:
    results = CommandResults(CommandTracker(V221, base_url=RESULTS_BASE, id_factory=counter("c")))
    peer = Peer()

    def post(request: httpx.Request) -> httpx.Response:
        results.result_posted("c-1", b'{"result":"FAILED"}')  # crosses the answer on the wire
        return reply({"result": "ACCEPTED", "timeout": 30})

    peer.route("POST", receiver(peer, V221, "commands") + "/START_SESSION", post)
    async with connected(peer, command_results=results) as client:
        handle = await client.command(start_session(V221))
    assert handle.done()
    assert handle.accepted
    assert (await handle.result()).result == "FAILED"


async def test_an_answer_other_than_accepted_resolves_the_handle_at_once() -> None:
    results = CommandResults(CommandTracker(V221, base_url=RESULTS_BASE))
    peer, _ = command_peer(V221, {"result": "REJECTED", "timeout": 30})
    async with connected(peer, command_results=results) as client:
        handle = await client.command(start_session(V221))
    assert handle.done()
    assert not handle.accepted
    with pytest.raises(CommandNotAccepted) as caught:
        await handle.result()
    assert caught.value.response.result == "REJECTED"


async def test_a_command_without_result_by_its_deadline_times_out() -> None:
    clock = Clock()
    results = CommandResults(CommandTracker(V221, base_url=RESULTS_BASE), clock=clock)
    peer, _ = command_peer(V221, {"result": "ACCEPTED", "timeout": 30})
    async with connected(peer, command_results=results, clock=clock) as client:
        handle = await client.command(start_session(V221))
    with pytest.raises(CommandTimedOut):
        await handle.result(timeout=0.001)  # a short wait: the command still waits
    assert not handle.done()
    clock.now = NOW + timedelta(seconds=31)
    with pytest.raises(CommandTimedOut):
        await handle.result()
    assert handle.done()
    tracked = handle.tracked
    assert tracked is not None
    assert tracked.state is TrackState.TIMED_OUT


async def test_an_ocpi_error_answer_fails_the_command() -> None:
    results = CommandResults(CommandTracker(V221, base_url=RESULTS_BASE, id_factory=counter("c")))
    peer, _ = command_peer(V221, None, code=2003)
    async with connected(peer, command_results=results) as client:
        with pytest.raises(OcpiStatusError) as caught:
            await client.command(start_session(V221))
    assert isinstance(caught.value.error, UnknownLocation)
    tracked = results.tracker.get("c-1")
    assert tracked is not None
    assert tracked.state is TrackState.FAILED


async def test_211_commands_wait_for_a_command_response_with_the_default_timeout() -> None:
    clock = Clock()
    tracker = CommandTracker(V211, base_url=RESULTS_BASE, id_factory=counter("c"))
    results = CommandResults(tracker, clock=clock)
    peer, seen = command_peer(V211, {"result": "ACCEPTED"})
    async with connected(peer, versions=(V211,), command_results=results, clock=clock) as client:
        handle = await client.command(start_session(V211))
    assert seen[0]["response_url"] == RESULTS_BASE + "/c-1"
    tracked = handle.tracked
    assert tracked is not None
    assert tracked.deadline == NOW + timedelta(minutes=2)
    results.result_posted("c-1", b'{"result":"ACCEPTED"}')
    assert isinstance(await handle.result(), v211.CommandResponse)


async def test_command_results_of_another_version_are_a_usage_error() -> None:
    results = CommandResults(CommandTracker(V230, base_url=RESULTS_BASE))
    peer, seen = command_peer(V221, {"result": "ACCEPTED", "timeout": 1})
    async with connected(peer, command_results=results) as client:
        with pytest.raises(ClientUsageError, match=r"2\.3\.0"):
            await client.command(start_session(V221))
    assert seen == []


async def test_command_answer_that_is_no_command_response_is_an_invalid_reply() -> None:
    results = CommandResults(CommandTracker(V221, base_url=RESULTS_BASE, id_factory=counter("c")))
    peer, _ = command_peer(V221, {"result": "MAYBE"})
    async with connected(peer, command_results=results) as client:
        with pytest.raises(InvalidReply) as caught:
            await client.command(start_session(V221))
    assert {v.path for v in caught.value.violations} >= {"$.result"}
    tracked = results.tracker.get("c-1")
    assert tracked is not None
    assert tracked.state is TrackState.FAILED
