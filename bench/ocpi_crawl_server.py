"""The server side of the OCPI crawl benchmark (``bench_ocpi_crawl.py``): a CPO serving OCPI 2.2.1
Locations over uvicorn on 127.0.0.1, in a process of its own so that its CPU time is its own.

Run by the benchmark, not by hand: ``python bench/ocpi_crawl_server.py --locations 10000 20000``.
It generates the Locations (``make_locations``, seeded), keeps each count in an ``ObjectStore``,
binds a free port and prints one JSON line, ``{"ready": {...}}``, then serves until SIGTERM.

Each (variant, count) is a tenant of its own under ``/<variant>/<count>``: a versions list, the
2.2.1 details and the Locations list, behind ``TokenAuth`` with one fixed token (given in the
environment variable ``OCPI_CRAWL_BENCH_TOKEN``; the benchmark makes a new one each run). The
variants:

=========  =====================================================================================
encoded    ``ObjectStore.select_encoded`` + ``PageSlice.encoded``: each Location's JSON was made
           when it was stored; a page is a join of bytes (a CPO that keeps each object's JSON)
models     ``ObjectStore.select`` + ``PageSlice`` of models: pydantic encodes each page
=========  =====================================================================================

``GET /bench/cpu`` answers ``{"cpu": time.process_time()}`` (user + system seconds of this
process), which the benchmark reads before and after each crawl.
"""

import argparse
import gc
import importlib.util
import json
import os
import socket
import sys
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Annotated, Final, Literal

import attrs
import uvicorn
from fastapi import Depends, FastAPI
from starlette.requests import Request
from starlette.responses import Response

from ocpkit.ocpi import v221
from ocpkit.ocpi.credentials import TokenAccess
from ocpkit.ocpi.fastapi import (
    OcpiJSONResponse,
    OcpiSettings,
    PageSlice,
    PageWindow,
    TokenAuth,
    TokenGrant,
    install_ocpi,
    ocpi_response,
    paginated_response,
)
from ocpkit.ocpi.headers import CredentialsToken
from ocpkit.ocpi.version import OcpiVersion
from ocpkit.ocpi.versions import ModuleDeclaration, VersionsDeclaration
from ocpkit.tools.ocpi_data import make_locations
from ocpkit.tools.ocpi_store import ObjectStore

__all__ = [
    "NOW",
    "SEED",
    "TOKEN_VARIABLE",
    "VARIANTS",
    "FixedToken",
    "Variant",
    "build_app",
    "tenant_path",
]

V221: Final = OcpiVersion.V221
TOKEN_VARIABLE: Final = "OCPI_CRAWL_BENCH_TOKEN"  # the benchmark hands the token over in it
SEED: Final = 221
NOW: Final = datetime(2025, 1, 1, tzinfo=UTC)  # the generated data's "now"
HOST: Final = "127.0.0.1"

Variant = Literal["encoded", "models"]
VARIANTS: Final[tuple[Variant, ...]] = ("encoded", "models")


def tenant_path(variant: Variant, count: int) -> str:
    """Where the tenant serving ``count`` Locations the ``variant`` way lives."""
    return f"/{variant}/{count}"


@attrs.frozen
class FixedToken:
    """A token lookup that knows one peer, ``emsp``, by one token."""

    token: CredentialsToken

    async def __call__(self, candidates: Sequence[CredentialsToken]) -> TokenGrant[str] | None:
        for candidate in candidates:
            if candidate == self.token:
                return TokenGrant(peer="emsp", access=TokenAccess.FULL, token=candidate)
        return None


def _declaration(base: str) -> VersionsDeclaration:
    # A declaration needs a credentials module; no client of the benchmark calls it.
    return VersionsDeclaration(
        versions_url=f"{base}/ocpi/versions",
        details_urls={V221: f"{base}/ocpi/2.2.1"},
        modules=[
            ModuleDeclaration(module="credentials"),
            ModuleDeclaration(module="locations", role="SENDER"),
        ],
    )


@attrs.frozen
class _Tenant:
    origin: str
    variant: Variant
    store: ObjectStore[v221.Location]


def _add_tenant(app: FastAPI, settings: OcpiSettings, lookup: FixedToken, tenant: _Tenant) -> str:
    store = tenant.store
    path = tenant_path(tenant.variant, len(store))
    declaration = _declaration(tenant.origin + path)
    Versions = Annotated[  # noqa: N806 - a type
        TokenGrant[str], Depends(TokenAuth(lookup, module="versions"))
    ]
    Details = Annotated[  # noqa: N806 - a type
        TokenGrant[str], Depends(TokenAuth(lookup, module="versions", version=V221))
    ]
    Locations = Annotated[  # noqa: N806 - a type
        TokenGrant[str], Depends(TokenAuth(lookup, module="locations", version=V221))
    ]

    async def encoded(window: PageWindow) -> PageSlice[v221.Location]:
        items, total = store.select_encoded(
            offset=window.offset,
            limit=window.limit,
            date_from=window.date_from,
            date_to=window.date_to,
        )
        return PageSlice.encoded(total, items)

    async def models(window: PageWindow) -> PageSlice[v221.Location]:
        items, total = store.select(
            offset=window.offset,
            limit=window.limit,
            date_from=window.date_from,
            date_to=window.date_to,
        )
        return PageSlice(total, items)

    source = encoded if tenant.variant == "encoded" else models

    async def versions(grant: Versions) -> OcpiJSONResponse:
        return ocpi_response(declaration.versions(), settings=settings)

    async def details(grant: Details) -> OcpiJSONResponse:
        return ocpi_response(declaration.details(V221), settings=settings)

    async def locations(request: Request, grant: Locations) -> OcpiJSONResponse:
        return await paginated_response(
            request, source, model=v221.Location, settings=settings, version=V221
        )

    app.add_api_route(f"{path}/ocpi/versions", versions, methods=["GET"])
    app.add_api_route(f"{path}/ocpi/2.2.1", details, methods=["GET"])
    app.add_api_route(f"{path}/ocpi/2.2.1/locations", locations, methods=["GET"])
    return declaration.versions_url


async def _cpu() -> Response:
    return Response(json.dumps({"cpu": time.process_time()}), media_type="application/json")


def build_app(
    origin: str, stores: Sequence[ObjectStore[v221.Location]], token: CredentialsToken
) -> tuple[FastAPI, dict[str, str]]:
    """The app (every variant of every store as a tenant, and ``GET /bench/cpu``) and the
    versions URL of each tenant by ``<variant>/<count>``. ``origin``
    (``http://127.0.0.1:<port>``) goes into the versions list and the details."""
    settings = OcpiSettings(max_limit=1000, default_limit=500)
    app = FastAPI(openapi_url=None, docs_url=None, redoc_url=None)
    install_ocpi(app, settings)
    lookup = FixedToken(token)
    urls = {}
    for store in stores:
        for variant in VARIANTS:
            tenant = _Tenant(origin, variant, store)
            urls[f"{variant}/{len(store)}"] = _add_tenant(app, settings, lookup, tenant)
    app.add_api_route("/bench/cpu", _cpu, methods=["GET"])
    return app, urls


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--locations", type=int, nargs="+", default=[10_000])
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args(argv)
    token_text = os.environ.get(TOKEN_VARIABLE)
    if not token_text:
        print(f"set {TOKEN_VARIABLE} to the token the benchmark's client sends", file=sys.stderr)
        return 2
    token = CredentialsToken(token_text)
    started = time.perf_counter()
    largest = max(args.locations)
    generated = make_locations(V221, largest, seed=args.seed, now=NOW)
    # A smaller count is the first Locations of the larger one (make_locations only appends).
    stores = [ObjectStore(v221.Location, generated[:count]) for count in args.locations]
    del generated
    # The data lives as long as the process: keep the collector from walking it on every full
    # collection (a CPO with its objects in a database would not have them on the heap at all).
    gc.collect()
    gc.freeze()
    # IPPROTO_TCP explicitly: asyncio sets TCP_NODELAY only on sockets made with that proto, and
    # without it a reply written in two parts waits ~40 ms for the peer's delayed ACK
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((HOST, 0))
    sock.listen(128)
    port = sock.getsockname()[1]
    app, urls = build_app(f"http://{HOST}:{port}", stores, token)
    # uvicorn's defaults (httptools and uvloop when installed); no access log, as measured
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off")
    config.load()
    ready = {
        "port": port,
        "pid": os.getpid(),
        "versions_urls": urls,
        "build_s": round(time.perf_counter() - started, 2),
        "uvicorn": uvicorn.__version__,
        "http": config.http_protocol_class.__name__,
        "loop": "uvloop" if importlib.util.find_spec("uvloop") else "asyncio",
    }
    print(json.dumps({"ready": ready}), flush=True)
    uvicorn.Server(config).run(sockets=[sock])
    return 0


if __name__ == "__main__":
    sys.exit(main())
