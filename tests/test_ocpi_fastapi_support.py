"""Shared pieces of the FastAPI helper tests (no tests here): a fixed clock, two parties with
their apps wired to each other in memory by host, a module app with a list route, and a
fingerprint of a registration store."""

import base64
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Annotated, Final

import attrs
import httpx
from fastapi import Depends, FastAPI
from pydantic import JsonValue
from starlette.requests import Request

from ocpkit.ocpi import v221
from ocpkit.ocpi.credentials import PartyDeclaration
from ocpkit.ocpi.fastapi import (
    PAGINATION_QUERY,
    InMemoryRegistrationStore,
    ListBody,
    ObjectBody,
    OcpiJSONResponse,
    OcpiSettings,
    PageSlice,
    PageWindow,
    PatchBody,
    Registrar,
    RoutingReader,
    TokenGrant,
    install_ocpi,
    ocpi_response,
    ocpi_responses,
    paginated_response,
)
from ocpkit.ocpi.headers import CredentialsToken
from ocpkit.ocpi.reading import ListRead, Patch
from ocpkit.ocpi.version import OcpiVersion
from ocpkit.ocpi.versions import ModuleDeclaration, VersionsDeclaration

__all__ = [
    "ALL",
    "NOW",
    "SETTINGS",
    "V211",
    "V221",
    "V230",
    "HostRouter",
    "Platform",
    "bearer",
    "client",
    "fingerprint",
    "location_json",
    "make_platform",
    "pair",
]

V211, V221, V230 = OcpiVersion.V211, OcpiVersion.V221, OcpiVersion.V230
ALL: Final = (V211, V221, V230)
NOW: Final = datetime(2025, 1, 1, tzinfo=UTC)
SETTINGS: Final = OcpiSettings(clock=lambda: NOW, max_limit=10, default_limit=4)

BUSINESS: Final = v221.BusinessDetails(name="Example Operator")
ROLES: Final = {"cpo": ("CPO", "NL", "CPO"), "emsp": ("EMSP", "DE", "MSP")}


def bearer(token: CredentialsToken | str, *, plain: bool = False) -> dict[str, str]:
    """The Authorization header carrying ``token``: Base64 unless ``plain``."""
    text = token.reveal() if isinstance(token, CredentialsToken) else token
    value = text if plain else base64.b64encode(text.encode()).decode()
    return {"Authorization": f"Token {value}"}


class HostRouter(httpx.AsyncBaseTransport):
    """An httpx transport that hands each request to the app serving its host; a host with
    no app is a connection failure."""

    def __init__(self) -> None:
        self.apps: dict[str, httpx.ASGITransport] = {}

    def add(self, host: str, app: FastAPI) -> None:
        self.apps[host] = httpx.ASGITransport(app=app, raise_app_exceptions=False)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        transport = self.apps.get(request.url.host)
        if transport is None:
            raise httpx.ConnectError("no such host", request=request)
        return await transport.handle_async_request(request)


def declaration(host: str, versions: Sequence[OcpiVersion]) -> VersionsDeclaration:
    role = "SENDER" if host == "cpo" else "RECEIVER"
    return VersionsDeclaration(
        versions_url=f"https://{host}.example/ocpi/versions",
        details_urls={v: f"https://{host}.example/ocpi/{v.value}" for v in versions},
        modules=[
            ModuleDeclaration(module="credentials"),
            ModuleDeclaration(module="locations", role=role),
        ],
    )


def location_json(index: int, **changes: JsonValue) -> dict[str, JsonValue]:
    """A valid 2.2.1 Location as JSON data, ``index`` in its id and ``last_updated``."""
    wire: dict[str, JsonValue] = {
        "country_code": "NL",
        "party_id": "CPO",
        "id": f"LOC{index}",
        "publish": True,
        "address": "Main street 1",
        "city": "Utrecht",
        "country": "NLD",
        "coordinates": {"latitude": "52.090736", "longitude": "5.121420"},
        "time_zone": "Europe/Amsterdam",
        "last_updated": (NOW + timedelta(minutes=index)).strftime("%Y-%m-%dT%H:%M:%SZ"),
    }
    wire.update(changes)
    return wire


@attrs.define
class Platform:
    """One party: its registrar, its app (credentials, versions and a locations module) and
    what the module routes saw."""

    name: str
    registrar: Registrar
    app: FastAPI
    locations: list[v221.Location] = attrs.Factory(list)
    windows: list[PageWindow] = attrs.Factory(list)
    received: list[object] = attrs.Factory(list)

    @property
    def store(self) -> InMemoryRegistrationStore:
        store = self.registrar.store
        assert isinstance(store, InMemoryRegistrationStore)
        return store


def make_platform(
    name: str,
    versions: Sequence[OcpiVersion] = ALL,
    *,
    http: httpx.AsyncClient | None = None,
    settings: OcpiSettings = SETTINGS,
    locations: int = 0,
) -> Platform:
    """A party named ``cpo`` or ``emsp`` with its app: the registrar's router, and 2.2.1
    locations routes (a paginated list, a PUT, a PATCH, a list POST and a strict PUT)."""
    role, country_code, party_id = ROLES[name]
    parties = PartyDeclaration.single(
        country_code=country_code, party_id=party_id, business_details=BUSINESS, roles=(role,)
    )
    registrar = Registrar(
        ours=declaration(name, versions), parties=parties, settings=settings, http=http
    )
    app = FastAPI()
    install_ocpi(app, settings)
    app.include_router(registrar.router())
    platform = Platform(name, registrar, app)
    platform.locations = [v221.Location.from_wire(location_json(i)) for i in range(locations)]
    _module_routes(platform, settings)
    return platform


def _module_routes(platform: Platform, settings: OcpiSettings) -> None:
    app = platform.app
    Granted = Annotated[  # noqa: N806 - a type
        TokenGrant[str], Depends(platform.registrar.auth("locations", version=V221))
    ]
    base = "/ocpi/2.2.1/locations"

    async def source(window: PageWindow) -> PageSlice[v221.Location]:
        platform.windows.append(window)
        matching = [
            loc
            for loc in platform.locations
            if (window.date_from is None or loc.last_updated >= window.date_from)
            and (window.date_to is None or loc.last_updated < window.date_to)
        ]
        return PageSlice(len(matching), matching[window.offset : window.offset + window.limit])

    @app.get(
        base,
        responses=ocpi_responses(v221.Location, paginated=True),
        openapi_extra=PAGINATION_QUERY,
    )
    async def list_locations(request: Request, grant: Granted) -> OcpiJSONResponse:
        return await paginated_response(
            request, source, model=v221.Location, settings=settings, version=V221
        )

    @app.put(f"{base}/{{country_code}}/{{party_id}}/{{location_id}}")
    async def put_location(
        grant: Granted,
        location: Annotated[v221.Location, Depends(ObjectBody(v221.Location))],
        routing: Annotated[object, Depends(RoutingReader(V221, "locations"))],
    ) -> OcpiJSONResponse:
        platform.received.append(location)
        return ocpi_response(None, settings=settings, created=True)

    @app.put(f"{base}-strict/{{location_id}}")
    async def put_strict(
        grant: Granted,
        location: Annotated[v221.Location, Depends(ObjectBody(v221.Location, strict=True))],
    ) -> OcpiJSONResponse:
        platform.received.append(location)
        return ocpi_response(None, settings=settings)

    @app.patch(f"{base}/{{country_code}}/{{party_id}}/{{location_id}}")
    async def patch_location(
        grant: Granted,
        patch: Annotated[Patch[v221.Location], Depends(PatchBody(v221.Location, version=V221))],
    ) -> OcpiJSONResponse:
        platform.received.append(patch)
        return ocpi_response(None, settings=settings)

    @app.post(f"{base}-batch")
    async def post_batch(
        grant: Granted,
        batch: Annotated[ListRead[v221.Location], Depends(ListBody(v221.Location))],
    ) -> OcpiJSONResponse:
        platform.received.append(batch)
        return ocpi_response({"valid": len(batch.items), "invalid": len(batch.invalid)})


def pair(
    cpo_versions: Sequence[OcpiVersion] = ALL,
    emsp_versions: Sequence[OcpiVersion] = ALL,
    *,
    locations: int = 0,
) -> tuple[Platform, Platform, httpx.AsyncClient]:
    """A CPO and an eMSP whose registrars send through one client that reaches both apps."""
    router = HostRouter()
    http = httpx.AsyncClient(transport=router)
    cpo = make_platform("cpo", cpo_versions, http=http, locations=locations)
    emsp = make_platform("emsp", emsp_versions, http=http)
    router.add("cpo.example", cpo.app)
    router.add("emsp.example", emsp.app)
    return cpo, emsp, http


def fingerprint(store: InMemoryRegistrationStore) -> object:
    """What a store holds, comparable: per key the state, the exchange and every token."""

    def digest(token: CredentialsToken | None) -> bytes | None:
        return None if token is None else token.digest

    out = {}
    for key, registration in store.items():
        tokens = registration.tokens
        out[key] = (
            registration.state,
            registration.exchange,
            tuple(
                digest(t)
                for t in (tokens.ours, tokens.theirs, tokens.ours_pending, tokens.theirs_pending)
            ),
        )
    return out


def client(app: FastAPI, host: str = "cpo.example") -> httpx.AsyncClient:
    """A client for ``app`` alone (an unexpected error becomes its 500 reply, not a raise)."""
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    return httpx.AsyncClient(transport=transport, base_url=f"https://{host}")
