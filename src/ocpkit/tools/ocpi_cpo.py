"""``ocpkit ocpi cpo``: a simulated CPO over HTTP, to test an eMSP against (or ocpkit itself).

It serves one OCPI version on ``http://HOST:PORT`` with generated, schema-valid data
(:class:`~ocpkit.tools.ocpi_data.SimulatedCpoData`), each list kept in an
:class:`~ocpkit.tools.ocpi_store.ObjectStore` and served as pages of pre-encoded objects
(:meth:`~ocpkit.tools.ocpi_store.ObjectStore.select_encoded` and
:meth:`~ocpkit.ocpi.fastapi.PageSlice.encoded`). Paths, ``{v}`` being the version (``2.2.1``):

============  ========  ==========================================  ==========================
module        role      path                                        methods
============  ========  ==========================================  ==========================
(versions)              ``/ocpi/versions``, ``/ocpi/{v}``           GET
credentials             ``/ocpi/{v}/credentials``                   GET, POST, PUT, DELETE
locations     SENDER    ``/ocpi/{v}/locations``                     GET, paginated
sessions      SENDER    ``/ocpi/{v}/sessions``                      GET, paginated
cdrs          SENDER    ``/ocpi/{v}/cdrs``                          GET, paginated
tariffs       SENDER    ``/ocpi/{v}/tariffs``                       GET, paginated
tokens        RECEIVER  ``/ocpi/{v}/tokens/{country_code}/          GET, PUT, PATCH
                        {party_id}/{token_uid}[?type=...]``
commands      RECEIVER  ``/ocpi/{v}/commands/{command}``            POST
============  ========  ==========================================  ==========================

Registration (:class:`~ocpkit.ocpi.fastapi.Registrar`, chapter "Credentials"): a peer holding
token A registers through the credentials module; everything else needs the token the
registration gave it. Token A stays open: when no registration holds it, the next request that
presents it starts a new one, so one CPO serves eMSP after eMSP with the same token A.

Tokens pushed by a peer (chapter "Tokens", Receiver interface; "Transport and format", "Client
Owned Object Push", whose "Errors" allow the 404 and advise the 2001):

=============================================  ===============================================
request                                        answer
=============================================  ===============================================
``{country_code}/{party_id}`` is none of the   404 (OCPI 2000): no object of another party is
peer's parties (from its credentials)          shown or taken
PUT whose body names another party, uid or     2001
``type`` than the URL (``type`` defaults to
``RFID``; 2.1.1 URLs carry the uid only)
PUT of a new / a known token                   HTTP 201 / 200, stored
GET or PATCH of a token the CPO does not hold  404 (OCPI 2000)
PATCH the store refuses (the PATCH table of    2001
:mod:`~ocpkit.tools.ocpi_store`)
=============================================  ===============================================

Commands (chapter "Commands"): the answer is immediate (:func:`command_response`, with a
``timeout`` of :attr:`CpoSettings.command_timeout`); when it is ``ACCEPTED`` the simulated
charge point acts :attr:`CpoSettings.result_delay` seconds later and the result is POSTed to
the request's ``response_url`` (:func:`command_result_post`) with the token the registration
holds for that peer, in the peer's token encoding:

==================  ===========================================  ===========  ================
command             accepted when                                otherwise    then
==================  ===========================================  ===========  ================
START_SESSION       the Location exists (with the EVSE and       REJECTED     an ACTIVE
                    connector, when named) and has an EVSE                    Session is
                                                                              stored; ACCEPTED
STOP_SESSION        the Session exists and is ACTIVE             UNKNOWN_     it is COMPLETED;
                                                                 SESSION /    ACCEPTED
                                                                 REJECTED
UNLOCK_CONNECTOR    the Location, EVSE and connector exist       REJECTED     ACCEPTED
RESERVE_NOW,        never (this CPO takes no reservations)       NOT_
CANCEL_RESERVATION,                                              SUPPORTED
a custom command
==================  ===========================================  ===========  ================

Everything served is reported as :mod:`records <ocpkit.tools.ocpi_output>`: ``ocpkit ocpi cpo``
prints them as JSON lines.
"""

import asyncio
import contextlib
import time
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from typing import IO, Annotated, Final

import attrs
import httpx
from fastapi import Depends, FastAPI, Query
from pydantic import JsonValue
from starlette.requests import Request

from ocpkit._ocpi_base import CiStr, OcpiModel, format_ocpi_datetime
from ocpkit.ocpi import v211, v221, v230
from ocpkit.ocpi.client import is_web_url
from ocpkit.ocpi.commands import (
    ReceivedCommand,
    command_response,
    command_result_post,
    parse_command_request,
)
from ocpkit.ocpi.credentials import PartyDeclaration, Registration, TokenAccess, new_token
from ocpkit.ocpi.fastapi import (
    InMemoryRegistrationStore,
    ObjectBody,
    OcpiJSONResponse,
    OcpiSettings,
    PageSlice,
    PageWindow,
    PatchBody,
    Registrar,
    TokenGrant,
    TokenMatch,
    install_ocpi,
    ocpi_response,
    paginated_response,
    request_ids,
)
from ocpkit.ocpi.headers import (
    AUTHORIZATION,
    CredentialsToken,
    CredentialsTokenError,
    PartyRef,
    PartyRefError,
    RequestIds,
    RoutingHeaders,
    TokenEncoding,
    authorization_header,
    default_token_encoding,
)
from ocpkit.ocpi.reading import Patch
from ocpkit.ocpi.status import InvalidOrMissingParameters, NotFound
from ocpkit.ocpi.version import OcpiVersion
from ocpkit.ocpi.versions import ModuleDeclaration, VersionsDeclaration

from . import ToolError
from .ocpi_data import COUNTRIES, SimulatedCpoData, make_locations
from .ocpi_output import CpoListening, CpoRecord, OcpiJsonLines, RequestServed, ResultPosted
from .ocpi_serving import ExchangeRecorder, Listener, ServedApp, envelope_facts, stop_signals
from .ocpi_store import ObjectKey, ObjectStore, StoreError, UnknownObject
from .output import Stopped, Stopping, signal_name

__all__ = [
    "DEFAULT_LOCATIONS",
    "DEFAULT_PAGE_LIMIT",
    "CpoSettings",
    "CpoStores",
    "SimulatedCpo",
    "cpo_command",
    "run_cpo",
    "serve_cpo",
]

DEFAULT_LOCATIONS: Final = 50
"""How many Locations the CPO serves unless told."""
DEFAULT_PAGE_LIMIT: Final = 20
"""The CPO's page size (``X-Limit``) unless told: 50 Locations make three pages."""

_PACKAGES: Final = {OcpiVersion.V211: v211, OcpiVersion.V221: v221, OcpiVersion.V230: v230}
# The lists the CPO serves as a Sender, by module, with the object each holds.
_LISTS: Final[Mapping[str, str]] = {
    "locations": "Location",
    "sessions": "Session",
    "cdrs": "CDR",
    "tariffs": "Tariff",
}
_MODULES: Final[tuple[tuple[str, str | None], ...]] = (
    ("credentials", None),
    *((module, "SENDER") for module in _LISTS),
    ("tokens", "RECEIVER"),
    ("commands", "RECEIVER"),
)
_DEFAULT_TOKEN_TYPE: Final = "RFID"  # "Default if omitted" of the Tokens Receiver interface
_RESULT_POST_TIMEOUT: Final = 10.0  # seconds the POST of a command's result may take
_OUTPUT_CLOSED: Final = -1


def _model(version: OcpiVersion, name: str) -> type[OcpiModel]:
    found = getattr(_PACKAGES[version], name)
    if not (isinstance(found, type) and issubclass(found, OcpiModel)):  # pragma: no cover
        raise AssertionError(f"ocpkit.ocpi.{version.module} lacks {name}")
    return found


def _at(moment: datetime) -> str:
    return format_ocpi_datetime(moment)


# -- settings -----------------------------------------------------------------------------------


def _usage(message: str) -> ToolError:
    return ToolError(message, status=2)


def _check_count(_instance: object, attribute: "attrs.Attribute[int]", value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise _usage(f"{attribute.name} must be a whole number >= 0")


def _check_positive(_instance: object, attribute: "attrs.Attribute[int]", value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise _usage(f"{attribute.name} must be a whole number >= 1")


def _check_port(_instance: object, _attribute: object, value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 65535:
        raise _usage("port must be a number from 0 to 65535")


def _check_token(_instance: object, _attribute: object, value: str | None) -> None:
    if value is None:
        return
    try:
        CredentialsToken(value)
    except CredentialsTokenError as error:
        raise _usage(f"token A cannot be a credentials token: {error.reason}") from None


def _to_version(value: OcpiVersion | str) -> OcpiVersion:
    try:
        return OcpiVersion(value)
    except ValueError:
        known = ", ".join(v.value for v in OcpiVersion)
        raise _usage(f"unknown OCPI version (known: {known})") from None


def _check_delay(_instance: object, attribute: "attrs.Attribute[float]", value: float) -> None:
    if not isinstance(value, int | float) or not 0 <= value < float("inf"):
        raise _usage(f"{attribute.name} must be a number of seconds >= 0")


def _check_now(_instance: object, _attribute: object, value: datetime | None) -> None:
    if value is not None and (not isinstance(value, datetime) or value.utcoffset() is None):
        raise _usage("now must be a timezone-aware datetime")


@attrs.frozen(kw_only=True)
class CpoSettings:
    """What the simulated CPO serves and how. Bad values raise
    :class:`~ocpkit.tools.ToolError` (status 2)."""

    host: str = "127.0.0.1"
    port: int = attrs.field(default=0, validator=_check_port)
    """The port (0: a free one, reported on the ``listening`` line)."""
    version: OcpiVersion = attrs.field(default=OcpiVersion.V221, converter=_to_version)
    locations: int = attrs.field(default=DEFAULT_LOCATIONS, validator=_check_count)
    """How many generated Locations to serve (Sessions: a quarter, CDRs: half as many)."""
    invalid_locations: int = attrs.field(default=0, validator=_check_count)
    """How many more Locations to serve broken on purpose (no ``coordinates``), to see how a
    peer copes with an invalid object."""
    token: str | None = attrs.field(default=None, repr=False, validator=_check_token)
    """Token A for registering peers; ``None``: a new one is generated (and reported)."""
    seed: int = 0
    """The seed of the generated data."""
    page_limit: int = attrs.field(default=DEFAULT_PAGE_LIMIT, validator=_check_positive)
    """The most objects per page, also the page size when a request asks for none."""
    country_code: str = "NL"
    party_id: str = "OCK"
    result_delay: float = attrs.field(default=0.1, validator=_check_delay)
    """Seconds between an accepted command and the POST of its result."""
    command_timeout: int = attrs.field(default=30, validator=_check_count)
    """The ``timeout`` the CPO's CommandResponse gives (seconds to wait for the result)."""
    now: datetime | None = attrs.field(default=None, validator=_check_now)
    """The generated data's "now" (``None``: the time of the start)."""


# -- registrations ------------------------------------------------------------------------------


class _OpenTokenStore:
    """A :class:`~ocpkit.ocpi.fastapi.RegistrationStore` in which token A stays open: when no
    registration holds it, a request presenting it gets a new receiving registration (under
    ``peer-1``, ``peer-2``, ...), so that peer after peer can register with the same token A."""

    def __init__(self, token_a: CredentialsToken, make: Callable[[], Registration]) -> None:
        self._token_a = token_a
        self._make = make
        self._inner = InMemoryRegistrationStore()
        self._opened = 0

    async def get(self, key: str) -> Registration | None:
        return await self._inner.get(key)

    async def save(self, key: str, registration: Registration) -> None:
        await self._inner.save(key, registration)

    async def delete(self, key: str) -> None:
        await self._inner.delete(key)

    async def find(self, candidates: Sequence[CredentialsToken]) -> TokenMatch | None:
        match = await self._inner.find(candidates)
        if match is not None:
            return match
        token = next((c for c in candidates if c == self._token_a), None)
        if token is None:
            return None
        if any(
            registration.access(self._token_a) is not TokenAccess.NONE
            for _, registration in self._inner.items()
        ):
            return None  # held, but the candidates were ambiguous: no new registration
        self._opened += 1
        key = f"peer-{self._opened}"
        registration = self._make()
        await self._inner.save(key, registration)
        return TokenMatch(key=key, registration=registration, token=token)

    def items(self) -> list[tuple[str, Registration]]:
        """Every (key, registration) pair."""
        return self._inner.items()


# -- the simulated CPO --------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class CpoStores:
    """The CPO's objects, one store per kind, all of the CPO's version."""

    locations: ObjectStore[OcpiModel]
    sessions: ObjectStore[OcpiModel]
    cdrs: ObjectStore[OcpiModel]
    tariffs: ObjectStore[OcpiModel]
    tokens: ObjectStore[OcpiModel]
    """The Tokens peers pushed."""

    def of(self, module: str) -> ObjectStore[OcpiModel]:
        """The store of a Sender ``module`` (``locations``, ``sessions``, ``cdrs``,
        ``tariffs``)."""
        stores = {
            "locations": self.locations,
            "sessions": self.sessions,
            "cdrs": self.cdrs,
            "tariffs": self.tariffs,
        }
        return stores[module]


@attrs.frozen
class _Decision:
    """What the CPO answers a command at once, and (when ``ACCEPTED``) what its charge point
    does before the result is POSTed."""

    answer: str
    effect: Callable[[datetime], None] | None = None


def _broken(location: OcpiModel, number: int) -> OcpiModel:
    # model_copy does not validate: exactly what is needed to serve a Location that breaks the
    # schema (a required field missing), which is this option's whole purpose
    return location.model_copy(update={"id": f"INVALID{number:04d}", "coordinates": None})


def _store(model: type[OcpiModel], objects: Sequence[OcpiModel]) -> ObjectStore[OcpiModel]:
    return ObjectStore(model, objects)


class SimulatedCpo:
    """A simulated CPO (see the module docstring): made by :func:`run_cpo`, stopped by
    :meth:`stop`.

    ``emit`` receives a record for the start, every request served and every result posted.
    """

    def __init__(self, settings: CpoSettings, *, emit: Callable[[CpoRecord], None]) -> None:
        self.settings = settings
        """What the CPO was made with."""
        self.version: OcpiVersion = settings.version
        """The OCPI version served."""
        self._emit = emit
        self._now = (settings.now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
        self.token_generated: bool = settings.token is None
        """Whether token A was generated (then the ``listening`` record carries it)."""
        token = new_token() if settings.token is None else settings.token
        self.token_a: CredentialsToken = CredentialsToken(token)
        """Token A: what a peer registers with."""
        self.stores: CpoStores = self._generate()
        """The objects served, and the Tokens pushed."""
        self._tasks: set[asyncio.Task[None]] = set()
        self._next_session = len(self.stores.sessions) + 1
        self._http: httpx.AsyncClient | None = None
        self._served: ServedApp | None = None
        self._registrar: Registrar | None = None

    def __repr__(self) -> str:
        where = "stopped" if self._served is None else self.versions_url
        return f"SimulatedCpo(version={self.version.value}, {where})"

    # -- the data -------------------------------------------------------------------------------

    def _generate(self) -> CpoStores:
        settings = self.settings
        version = self.version
        data = SimulatedCpoData.generate(
            version,
            locations=settings.locations,
            seed=settings.seed,
            now=self._now,
            country_code=settings.country_code,
            party_id=settings.party_id,
        )
        locations: list[OcpiModel] = list(data.locations)
        if settings.invalid_locations:
            templates = make_locations(
                version,
                settings.invalid_locations,
                seed=settings.seed + 1,
                now=self._now,
                country_code=settings.country_code,
                party_id=settings.party_id,
            )
            locations += [_broken(t, n) for n, t in enumerate(templates, start=1)]
        return CpoStores(
            locations=_store(_model(version, "Location"), locations),
            sessions=_store(_model(version, "Session"), data.sessions),
            cdrs=_store(_model(version, "CDR"), data.cdrs),
            tariffs=_store(_model(version, "Tariff"), data.tariffs),
            tokens=_store(_model(version, "Token"), ()),
        )

    # -- what it is while it runs -------------------------------------------------------------

    @property
    def served(self) -> ServedApp:
        """The running server (after :func:`run_cpo`)."""
        if self._served is None:
            raise ToolError("the CPO is not running")
        return self._served

    @property
    def port(self) -> int:
        """The port it listens on."""
        return self.served.port

    @property
    def origin(self) -> str:
        """``http://host:port``."""
        return self.served.origin

    @property
    def versions_url(self) -> str:
        """Its versions URL, which a peer registers at with token A."""
        return f"{self.origin}/ocpi/versions"

    @property
    def registrar(self) -> Registrar:
        """Its registrar (the registrations with peers live in ``registrar.store``)."""
        if self._registrar is None:
            raise ToolError("the CPO is not running")
        return self._registrar

    # -- starting and stopping ----------------------------------------------------------------

    async def start(self) -> None:
        """Listen, serve, and report ``listening``; :class:`~ocpkit.tools.ToolError` (status 2)
        if the address cannot be had."""
        settings = self.settings
        listener = Listener.bind(settings.host, settings.port)
        self._http = httpx.AsyncClient()
        try:
            app = self.app(listener.origin)
            recorder = ExchangeRecorder(app, lambda e: self._emit(RequestServed.of(e)))
            self._served = await ServedApp.start(recorder, listener)
        except BaseException:
            listener.close()
            await self._http.aclose()
            raise
        self._emit(
            CpoListening(
                host=settings.host,
                port=self.port,
                versions_url=self.versions_url,
                version=self.version.value,
                locations=len(self.stores.locations),
                page_limit=settings.page_limit,
                token=self.token_a.reveal() if self.token_generated else None,
            )
        )

    async def stop(self) -> None:
        """Cancel pending results, stop serving, close the HTTP client."""
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        try:
            if self._served is not None:
                await self._served.stop()
        finally:
            if self._http is not None:
                await self._http.aclose()

    # -- the app -------------------------------------------------------------------------------

    def _declaration(self, origin: str) -> VersionsDeclaration:
        version = self.version
        return VersionsDeclaration(
            versions_url=f"{origin}/ocpi/versions",
            details_urls={version: f"{origin}/ocpi/{version.value}"},
            modules=[ModuleDeclaration(module=module, role=role) for module, role in _MODULES],
        )

    def app(self, origin: str) -> FastAPI:
        """The CPO's FastAPI app, its URLs starting with ``origin`` (``http://HOST:PORT``):
        what :meth:`start` serves, to be served or inspected without opening a socket."""
        settings = self.settings
        ocpi_settings = OcpiSettings(
            max_limit=settings.page_limit, default_limit=settings.page_limit
        )
        declaration = self._declaration(origin)
        parties = PartyDeclaration.single(
            country_code=settings.country_code,
            party_id=settings.party_id,
            business_details=v230.BusinessDetails(name="ocpkit simulated CPO"),
            roles=("CPO",),
        )

        def receiving() -> Registration:
            return Registration.receiver(token_a=self.token_a, ours=declaration, parties=parties)

        self._registrar = Registrar(
            ours=declaration,
            parties=parties,
            store=_OpenTokenStore(self.token_a, receiving),
            settings=ocpi_settings,
            http=self._http,
        )
        app = FastAPI(openapi_url=None, docs_url=None, redoc_url=None)
        install_ocpi(app, ocpi_settings)
        app.include_router(self._registrar.router())
        base = f"/ocpi/{self.version.value}"
        for module in _LISTS:
            self._add_list(app, base, module, ocpi_settings)
        self._add_tokens(app, base, ocpi_settings)
        self._add_commands(app, base, ocpi_settings)
        return app

    def _add_list(self, app: FastAPI, base: str, module: str, settings: OcpiSettings) -> None:
        version = self.version
        store = self.stores.of(module)
        Granted = Annotated[  # noqa: N806 - a type
            TokenGrant[str], Depends(self.registrar.auth(module, version=version))
        ]

        async def source(window: PageWindow) -> PageSlice[OcpiModel]:
            items, total = store.select_encoded(
                offset=window.offset,
                limit=window.limit,
                date_from=window.date_from,
                date_to=window.date_to,
            )
            return PageSlice.encoded(total, items)

        async def listing(request: Request, grant: Granted) -> OcpiJSONResponse:
            return await paginated_response(
                request, source, model=store.model, settings=settings, version=version
            )

        app.add_api_route(f"{base}/{module}", listing, methods=["GET"])

    # -- tokens ------------------------------------------------------------------------------

    def _add_tokens(self, app: FastAPI, base: str, settings: OcpiSettings) -> None:
        version = self.version
        store = self.stores.tokens
        model = store.model
        Granted = Annotated[  # noqa: N806 - a type
            TokenGrant[str], Depends(self.registrar.auth("tokens", version=version))
        ]
        TokenType = Annotated[str | None, Query(alias="type")]  # noqa: N806 - a type
        path = f"{base}/tokens/{{country_code}}/{{party_id}}/{{token_uid}}"

        async def get_token(
            country_code: str,
            party_id: str,
            token_uid: str,
            grant: Granted,
            token_type: TokenType = None,
        ) -> OcpiJSONResponse:
            await self._own_party(grant, country_code, party_id)
            key = self._token_key(country_code, party_id, token_uid, token_type)
            return ocpi_response(store.get(key), settings=settings)

        async def put_token(
            country_code: str,
            party_id: str,
            token_uid: str,
            grant: Granted,
            token: Annotated[OcpiModel, Depends(ObjectBody(model))],
            token_type: TokenType = None,
        ) -> OcpiJSONResponse:
            await self._own_party(grant, country_code, party_id)
            self._check_pushed(token, country_code, party_id, token_uid, token_type)
            created = store.put(token)
            return ocpi_response(None, settings=settings, created=created)

        async def patch_token(
            country_code: str,
            party_id: str,
            token_uid: str,
            grant: Granted,
            patch: Annotated[Patch[OcpiModel], Depends(PatchBody(model, version=version))],
            token_type: TokenType = None,
        ) -> OcpiJSONResponse:
            await self._own_party(grant, country_code, party_id)
            key = self._token_key(country_code, party_id, token_uid, token_type)
            store.patch(key, patch.to_wire())
            return ocpi_response(None, settings=settings)

        app.add_api_route(path, get_token, methods=["GET"])
        app.add_api_route(path, put_token, methods=["PUT"])
        app.add_api_route(path, patch_token, methods=["PATCH"])

    async def _own_party(self, grant: TokenGrant[str], country_code: str, party_id: str) -> None:
        registration = await self.registrar.store.get(grant.peer)
        link = None if registration is None else registration.link
        if link is None or link.parties.find(country_code, party_id) is None:
            raise NotFound("no such object")

    def _token_key(
        self, country_code: str, party_id: str, uid: str, token_type: str | None
    ) -> ObjectKey:
        store = self.stores.tokens
        if self.version is not OcpiVersion.V211:
            return (country_code, party_id, uid, token_type or _DEFAULT_TOKEN_TYPE)
        # 2.1.1 URLs carry no type: the uid names the token, whatever its type
        for kind in v211.TokenType:
            if (uid, kind.value) in store:
                return (uid, kind.value)
        raise UnknownObject((uid,))

    def _check_pushed(
        self,
        token: OcpiModel,
        country_code: str,
        party_id: str,
        uid: str,
        token_type: str | None,
    ) -> None:
        named = self.stores.tokens.key_of(token)
        if self.version is OcpiVersion.V211:
            same = named[0] == uid
        else:
            url = (country_code, party_id, uid, token_type or _DEFAULT_TOKEN_TYPE)
            # country_code, party_id and uid are CiStrings; the type is an enum value
            same = all(CiStr(a) == b for a, b in zip(url[:3], named[:3], strict=True)) and (
                url[3] == named[3]
            )
        if not same:
            raise InvalidOrMissingParameters("the URL and the Token name different objects")

    # -- commands ----------------------------------------------------------------------------

    def _add_commands(self, app: FastAPI, base: str, settings: OcpiSettings) -> None:
        version = self.version
        Granted = Annotated[  # noqa: N806 - a type
            TokenGrant[str], Depends(self.registrar.auth("commands", version=version))
        ]
        Ids = Annotated[RequestIds, Depends(request_ids)]  # noqa: N806 - a type

        async def command(
            command: str, request: Request, grant: Granted, ids: Ids
        ) -> OcpiJSONResponse:
            received = parse_command_request(version, command, await request.body())
            decision = self._decide(received)
            if decision.answer == "ACCEPTED":
                task = asyncio.get_running_loop().create_task(
                    self._carry_out(grant.peer, received, decision, ids)
                )
                self._tasks.add(task)
                task.add_done_callback(self._tasks.discard)
            answer = command_response(
                version, decision.answer, timeout=self.settings.command_timeout
            )
            return ocpi_response(answer, settings=settings)

        app.add_api_route(f"{base}/commands/{{command}}", command, methods=["POST"])

    def _decide(self, received: ReceivedCommand) -> _Decision:
        request = received.request
        if request is None:  # a custom 2.3.0 command
            return _Decision("NOT_SUPPORTED")
        decide = _DECISIONS.get(str(received.command))
        return _Decision("NOT_SUPPORTED") if decide is None else decide(self, request)

    def _key(self, object_id: str) -> ObjectKey:
        if self.version is OcpiVersion.V211:
            return (object_id,)
        return (self.settings.country_code, self.settings.party_id, object_id)

    def _place(
        self, location_id: str, evse_uid: str | None, connector_id: str | None
    ) -> tuple[OcpiModel, OcpiModel, OcpiModel] | None:
        """The Location, EVSE and connector named (the first of each not named), or ``None``."""
        key = self._key(location_id)
        if key not in self.stores.locations:
            return None
        location = self.stores.locations.get(key)
        evses: Sequence[OcpiModel] = getattr(location, "evses", None) or ()
        evse = next((e for e in evses if evse_uid is None or self._same(e, "uid", evse_uid)), None)
        if evse is None:
            return None
        connectors: Sequence[OcpiModel] = getattr(evse, "connectors", ())
        connector = next(
            (c for c in connectors if connector_id is None or self._same(c, "id", connector_id)),
            None,
        )
        return None if connector is None else (location, evse, connector)

    def _same(self, obj: OcpiModel, field: str, wanted: str) -> bool:
        value = str(getattr(obj, field))
        # ids are CiStrings from 2.2.1 on; 2.1.1 compares them as they are
        return value == wanted if self.version is OcpiVersion.V211 else CiStr(value) == wanted

    def _start_session(self, request: OcpiModel) -> _Decision:
        connector_id = getattr(request, "connector_id", None)  # 2.2.1+
        place = self._place(
            str(getattr(request, "location_id")),  # noqa: B009 - every version's field
            getattr(request, "evse_uid", None),
            connector_id,
        )
        if place is None:
            return _Decision("REJECTED")

        def start(now: datetime) -> None:
            self.stores.sessions.put(self._new_session(request, place, now))

        return _Decision("ACCEPTED", start)

    def _stop_session(self, request: OcpiModel) -> _Decision:
        key = self._key(str(getattr(request, "session_id")))  # noqa: B009 - every version's field
        if key not in self.stores.sessions:
            return _Decision("UNKNOWN_SESSION")
        if str(getattr(self.stores.sessions.get(key), "status")) != "ACTIVE":  # noqa: B009
            return _Decision("REJECTED")
        end = "end_datetime" if self.version is OcpiVersion.V211 else "end_date_time"

        def stop(now: datetime) -> None:
            self.stores.sessions.patch(
                key, {"status": "COMPLETED", end: _at(now), "last_updated": _at(now)}
            )

        return _Decision("ACCEPTED", stop)

    def _unlock_connector(self, request: OcpiModel) -> _Decision:
        ids = [str(getattr(request, name)) for name in ("location_id", "evse_uid", "connector_id")]
        return _Decision("REJECTED" if self._place(*ids) is None else "ACCEPTED")

    def _new_session(
        self, request: OcpiModel, place: tuple[OcpiModel, OcpiModel, OcpiModel], now: datetime
    ) -> OcpiModel:
        location, evse, connector = place
        while self._key(f"SES{self._next_session:06d}") in self.stores.sessions:
            self._next_session += 1
        session_id = f"SES{self._next_session:06d}"
        self._next_session += 1
        country = COUNTRIES.get(self.settings.country_code)
        token: OcpiModel = getattr(request, "token")  # noqa: B009 - every version's field
        wire: dict[str, JsonValue] = {}
        if self.version is OcpiVersion.V211:
            only = evse.model_copy(update={"connectors": [connector]})
            wire.update(
                id=session_id,
                start_datetime=_at(now),
                kwh=0,
                auth_id=str(getattr(token, "auth_id")),  # noqa: B009 - a 2.1.1 Token field
                auth_method="AUTH_REQUEST",  # 2.1.1 has no COMMAND
                location=location.model_copy(update={"evses": [only]}).to_wire(),
            )
        else:
            wire.update(
                country_code=self.settings.country_code,
                party_id=self.settings.party_id,
                id=session_id,
                start_date_time=_at(now),
                kwh=0,
                cdr_token={
                    name: str(getattr(token, name))
                    for name in ("country_code", "party_id", "uid", "type", "contract_id")
                },
                auth_method="COMMAND",
                location_id=str(getattr(location, "id")),  # noqa: B009
                evse_uid=str(getattr(evse, "uid")),  # noqa: B009
                connector_id=str(getattr(connector, "id")),  # noqa: B009
            )
            reference = getattr(request, "authorization_reference", None)
            if reference is not None:
                wire["authorization_reference"] = str(reference)
        wire.update(
            currency="EUR" if country is None else country.currency,
            status="ACTIVE",
            last_updated=_at(now),
        )
        return self.stores.sessions.model.from_wire(wire)

    async def _carry_out(
        self, peer: str, received: ReceivedCommand, decision: _Decision, ids: RequestIds
    ) -> None:
        await asyncio.sleep(self.settings.result_delay)
        result = "ACCEPTED"
        if decision.effect is not None:
            try:
                decision.effect(datetime.now(UTC).replace(microsecond=0))
            except StoreError:  # the object changed meanwhile (stopped twice, ...)
                result = "REJECTED" if self.version is OcpiVersion.V211 else "FAILED"
        assert received.request is not None
        post = command_result_post(self.version, received.request, result)
        await self._post_result(peer, str(received.command), result, post.url, post.body, ids)

    async def _post_result(
        self, peer: str, command: str, result: str, url: str, body: bytes, ids: RequestIds
    ) -> None:
        def report(
            status: int | None, status_code: int | None, ms: float, error: str | None
        ) -> None:
            self._emit(
                ResultPosted(
                    command=command,
                    result=result,
                    url=url,
                    status=status,
                    status_code=status_code,
                    ms=ms,
                    error=error,
                )
            )

        registration = await self.registrar.store.get(peer)
        link = None if registration is None else registration.link
        token = None if registration is None else registration.tokens.theirs
        if registration is None or link is None or token is None:
            report(None, None, 0.0, "no longer registered with the peer")
            return
        if not is_web_url(url):
            report(None, None, 0.0, "the response_url is not an http or https URL")
            return
        encoding = registration.encoding
        if encoding is TokenEncoding.ACCEPT_BOTH:
            encoding = default_token_encoding(link.version)
        headers = {
            AUTHORIZATION: authorization_header(token, encoding),
            "Content-Type": "application/json",
            **ids.for_onward_request().to_headers(),
            **self._routing(registration),
        }
        assert self._http is not None
        started = time.perf_counter()
        try:
            reply = await self._http.post(
                url,
                content=body,
                headers=headers,
                timeout=_RESULT_POST_TIMEOUT,
                follow_redirects=False,
            )
        except httpx.HTTPError as error:
            ms = round((time.perf_counter() - started) * 1000, 1)
            report(None, None, ms, f"no answer: {type(error).__name__}")
            return
        ms = round((time.perf_counter() - started) * 1000, 1)
        status_code, _ = envelope_facts(reply.content)
        report(reply.status_code, status_code, ms, None)

    def _routing(self, registration: Registration) -> dict[str, str]:
        # the routing headers exist from 2.2.1 on: from us to the peer's first party
        link = registration.link
        if self.version is OcpiVersion.V211 or link is None or not len(link.parties):
            return {}
        first = link.parties.parties[0]
        with contextlib.suppress(PartyRefError):
            return RoutingHeaders(
                from_party=PartyRef(self.settings.country_code, self.settings.party_id),
                to_party=PartyRef(str(first.country_code), str(first.party_id)),
            ).to_headers()
        return {}


_DECISIONS: Final[Mapping[str, Callable[[SimulatedCpo, OcpiModel], _Decision]]] = {
    "START_SESSION": SimulatedCpo._start_session,
    "STOP_SESSION": SimulatedCpo._stop_session,
    "UNLOCK_CONNECTOR": SimulatedCpo._unlock_connector,
}
"""The commands the simulated charge points carry out (the module docstring's table); any other
is answered NOT_SUPPORTED."""


# -- running it ---------------------------------------------------------------------------------


async def run_cpo(
    settings: CpoSettings | None = None, *, emit: Callable[[CpoRecord], None] | None = None
) -> SimulatedCpo:
    """Start a simulated CPO in the running event loop and return it once it serves (its
    ``port``, ``versions_url``, ``token_a``, ``stores``; ``await cpo.stop()`` to end it).
    ``emit`` receives its records (the ``listening`` one first)."""
    cpo = SimulatedCpo(settings or CpoSettings(), emit=emit or (lambda record: None))
    await cpo.start()
    return cpo


async def serve_cpo(settings: CpoSettings, *, out: IO[str]) -> int:
    """``ocpkit ocpi cpo``: run the CPO until SIGINT or SIGTERM, printing JSON lines to
    ``out``; returns 0. When ``out`` is closed under it, the CPO stops and ``BrokenPipeError``
    is raised once it is stopped."""
    # the handlers go in first: a signal sent as soon as "listening" is read must stop the CPO
    with stop_signals() as received:

        def output_closed() -> None:
            if not received.done():
                received.set_result(_OUTPUT_CLOSED)

        emit = OcpiJsonLines(out, on_broken=output_closed)
        cpo = await run_cpo(settings, emit=emit)
        try:
            number = await received
            if number != _OUTPUT_CLOSED:
                emit(Stopping(signal=signal_name(number)))
        finally:
            await cpo.stop()
        emit(Stopped())
    if emit.broken:
        raise BrokenPipeError("the standard output was closed")
    return 0


def cpo_command(settings: CpoSettings, *, out: IO[str]) -> int:
    """:func:`serve_cpo` in a new event loop."""
    return asyncio.run(serve_cpo(settings, out=out))
