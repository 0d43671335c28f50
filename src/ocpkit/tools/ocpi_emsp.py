"""``ocpkit ocpi emsp``: a simulated eMSP that puts a CPO through its paces and says whether it
conformed.

It serves its own small API on 127.0.0.1 (:class:`EmspServer`: versions, credentials, and the
URLs command results are POSTed to, fed to :class:`~ocpkit.ocpi.client.CommandResults`), then,
with an :class:`~ocpkit.ocpi.client.OcpiClient`:

====  ========================================================  ================================
step  what                                                      a problem when
====  ========================================================  ================================
1     registers with the CPO's versions URL using token A       the registration fails (no
      (:meth:`~ocpkit.ocpi.fastapi.Registrar.register_with`)    answer at all: a usage error)
2     crawls every Sender module the CPO lists among            a crawl does not end
      ``locations``, ``sessions``, ``cdrs``, ``tariffs``        ``complete``, or meets an
      (typed with the agreed version's classes)                 invalid object
3     pushes one generated Token (PUT), invalidates it          a request fails, or the Token
      (PATCH ``valid: false``) and reads it back (GET)          read back is still valid
4     sends StartSession on the first Location with an EVSE     the answer is not ACCEPTED, or
      and waits for the result POSTed to its response_url       no result arrives in time
5     unregisters (credentials DELETE)                          the DELETE fails
====  ========================================================  ================================

Steps 3 and 4 need the CPO to list ``tokens`` and ``commands`` as a Receiver. Every step is
reported as a :mod:`record <ocpkit.tools.ocpi_output>` as it ends; :func:`run_emsp` returns an
:class:`EmspReport` whose ``ok`` says whether there was no problem.
"""

import asyncio
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from typing import IO, Annotated, Final, Literal

import attrs
import httpx
import orjson
from fastapi import Depends, FastAPI
from pydantic import JsonValue
from starlette.requests import Request

from ocpkit._ocpi_base import OcpiModel, format_ocpi_datetime
from ocpkit.ocpi import v211, v221, v230
from ocpkit.ocpi.client import (
    ClientError,
    CommandResults,
    CommandTimedOut,
    OcpiClient,
    display_url,
    is_web_url,
)
from ocpkit.ocpi.commands import CommandTracker
from ocpkit.ocpi.credentials import (
    CredentialsError,
    FailureReason,
    PartyDeclaration,
    RegistrationState,
    Step,
)
from ocpkit.ocpi.fastapi import (
    AdapterError,
    OcpiJSONResponse,
    Registrar,
    TokenGrant,
    install_ocpi,
    ocpi_response,
)
from ocpkit.ocpi.headers import CredentialsToken, CredentialsTokenError
from ocpkit.ocpi.reading import read_patch
from ocpkit.ocpi.version import OcpiVersion
from ocpkit.ocpi.versions import (
    ModuleDeclaration,
    VersionEndpoints,
    VersionsDeclaration,
    VersionsError,
)

from . import ToolError
from .ocpi_data import make_tokens
from .ocpi_output import (
    Check,
    Crawled,
    CrawlNotice,
    EmspListening,
    EmspRecord,
    EmspText,
    InvalidObject,
    OcpiJsonLines,
    Registered,
    RegistrationFailedLine,
    Summary,
)
from .ocpi_serving import Exchange, ExchangeRecorder, Listener, ServedApp

__all__ = [
    "CRAWLED_MODULES",
    "EmspReport",
    "EmspServer",
    "EmspSettings",
    "emsp_command",
    "run_emsp",
]

CRAWLED_MODULES: Final[Mapping[str, str]] = {
    "locations": "Location",
    "sessions": "Session",
    "cdrs": "CDR",
    "tariffs": "Tariff",
}
"""The Sender modules the eMSP crawls when the CPO lists them, with the object each serves."""

_PACKAGES: Final = {OcpiVersion.V211: v211, OcpiVersion.V221: v221, OcpiVersion.V230: v230}
_PEER: Final = "cpo"  # the key of the CPO's registration in our store
_ALL: Final = tuple(OcpiVersion)


def _model(version: OcpiVersion, name: str) -> type[OcpiModel]:
    found = getattr(_PACKAGES[version], name)
    if not (isinstance(found, type) and issubclass(found, OcpiModel)):  # pragma: no cover
        raise AssertionError(f"ocpkit.ocpi.{version.module} lacks {name}")
    return found


# -- settings -----------------------------------------------------------------------------------


def _usage(message: str) -> ToolError:
    return ToolError(message, status=2)


def _check_url(_instance: object, _attribute: object, value: str) -> None:
    if not isinstance(value, str) or not is_web_url(value):
        raise _usage("the CPO's versions URL must be an http or https URL")


def _check_token(_instance: object, _attribute: object, value: str) -> None:
    try:
        CredentialsToken(value)
    except (CredentialsTokenError, TypeError) as error:
        reason = getattr(error, "reason", "not text")
        raise _usage(f"token A cannot be a credentials token: {reason}") from None


def _to_versions(value: Sequence[OcpiVersion | str]) -> tuple[OcpiVersion, ...]:
    try:
        versions = tuple(OcpiVersion(v) for v in value)
    except ValueError:
        known = ", ".join(v.value for v in OcpiVersion)
        raise _usage(f"unknown OCPI version (known: {known})") from None
    if not versions:
        raise _usage("name at least one OCPI version")
    return versions


def _to_modules(value: Sequence[str] | None) -> tuple[str, ...] | None:
    if value is None:
        return None
    modules = tuple(value)
    unknown = [m for m in modules if m not in CRAWLED_MODULES]
    if unknown:
        raise _usage(f"only {', '.join(CRAWLED_MODULES)} can be crawled")
    return modules


def _check_seconds(_instance: object, attribute: "attrs.Attribute[float]", value: float) -> None:
    if not isinstance(value, int | float) or not 0 < value < float("inf"):
        raise _usage(f"{attribute.name} must be a number of seconds > 0")


@attrs.frozen(kw_only=True)
class EmspSettings:
    """Which CPO to test and how. Bad values raise :class:`~ocpkit.tools.ToolError`
    (status 2)."""

    url: str = attrs.field(validator=_check_url)
    """The CPO's versions URL."""
    token: str = attrs.field(repr=False, validator=_check_token)
    """Token A, which the CPO handed out for registering."""
    versions: tuple[OcpiVersion, ...] = attrs.field(default=_ALL, converter=_to_versions)
    """The versions the eMSP offers (the highest one both sides list is used)."""
    host: str = "127.0.0.1"
    """Where the eMSP's own server listens (the CPO calls it there)."""
    port: int = 0
    country_code: str = "NL"
    party_id: str = "EMS"
    modules: tuple[str, ...] | None = attrs.field(default=None, converter=_to_modules)
    """The Sender modules to crawl (``None``: each of :data:`CRAWLED_MODULES` the CPO lists;
    a module named here that the CPO does not list is a problem)."""
    push_token: bool = True
    """Push, patch and read back a Token (step 3)."""
    command: bool = True
    """Send StartSession and wait for its result (step 4)."""
    unregister: bool = True
    """End with a credentials DELETE (step 5)."""
    limit: int | None = None
    """Objects per page to ask for (``None``: the CPO's default)."""
    request_timeout: float = attrs.field(default=10.0, validator=_check_seconds)
    """Seconds each request may take."""
    result_timeout: float = attrs.field(default=30.0, validator=_check_seconds)
    """Seconds to wait for a command's result."""
    seed: int = 0
    """The seed of the Token pushed."""


@attrs.frozen(kw_only=True)
class EmspReport:
    """What a run found: the version agreed (``None`` if the registration failed), the crawls,
    the command's result, and every ``problem``; ``ok`` when there is none."""

    version: OcpiVersion | None
    crawls: tuple[Crawled, ...]
    command_result: str | None
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        """Whether the CPO did everything it was asked without a fault."""
        return not self.problems


# -- the eMSP's own server ----------------------------------------------------------------------


class EmspServer:
    """The eMSP's API: versions, version details and credentials
    (:class:`~ocpkit.ocpi.fastapi.Registrar`), and ``POST /ocpi/{v}/commands/{id}`` for the
    results of its commands (``commands`` listed as SENDER, which is where its response URLs
    live). Made by :meth:`start`."""

    def __init__(
        self,
        registrar: Registrar,
        results: Mapping[OcpiVersion, CommandResults],
        served: ServedApp,
    ) -> None:
        self.registrar = registrar
        """Its registrar (the registration with the CPO is stored under ``"cpo"``)."""
        self.results = results
        """Where command results arrive, per version."""
        self.served = served
        """The running server."""

    @property
    def versions_url(self) -> str:
        """The eMSP's versions URL."""
        return self.registrar.ours.versions_url

    @property
    def port(self) -> int:
        """The port it listens on."""
        return self.served.port

    @classmethod
    async def start(
        cls,
        settings: EmspSettings,
        *,
        http: httpx.AsyncClient,
        on_exchange: Callable[[Exchange], None] | None = None,
    ) -> "EmspServer":
        """Listen on ``settings.host``/``port`` and serve; ``http`` is what the registrar's
        exchanges are sent with; ``on_exchange`` hears of every request served."""
        listener = Listener.bind(settings.host, settings.port)
        origin = listener.origin
        try:
            declaration = VersionsDeclaration(
                versions_url=f"{origin}/ocpi/versions",
                details_urls={v: f"{origin}/ocpi/{v.value}" for v in settings.versions},
                modules=[
                    ModuleDeclaration(module="credentials"),
                    ModuleDeclaration(module="commands", role="SENDER"),
                ],
            )
            parties = PartyDeclaration.single(
                country_code=settings.country_code,
                party_id=settings.party_id,
                business_details=v230.BusinessDetails(name="ocpkit simulated eMSP"),
                roles=("EMSP",),
            )
            registrar = Registrar(ours=declaration, parties=parties, http=http)
            results = {
                v: CommandResults(CommandTracker(v, base_url=f"{origin}/ocpi/{v.value}/commands"))
                for v in declaration.supported
            }
            app = FastAPI(openapi_url=None, docs_url=None, redoc_url=None)
            install_ocpi(app, registrar.settings)
            app.include_router(registrar.router())
            for version, tracked in results.items():
                _add_results(app, registrar, version, tracked)
            served_app = app if on_exchange is None else ExchangeRecorder(app, on_exchange)
            served = await ServedApp.start(served_app, listener)
        except BaseException:
            listener.close()
            raise
        return cls(registrar, results, served)

    async def stop(self) -> None:
        """Stop serving."""
        await self.served.stop()


def _add_results(
    app: FastAPI, registrar: Registrar, version: OcpiVersion, results: CommandResults
) -> None:
    Granted = Annotated[  # noqa: N806 - a type
        TokenGrant[str], Depends(registrar.auth("commands", version=version))
    ]

    async def result(ref: str, request: Request, grant: Granted) -> OcpiJSONResponse:
        outcome = results.result_posted(ref, await request.body())
        error = outcome.reply_error
        if error is not None:
            raise error
        return ocpi_response(None, settings=registrar.settings)

    app.add_api_route(f"/ocpi/{version.value}/commands/{{ref}}", result, methods=["POST"])


# -- the run --------------------------------------------------------------------------------------


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def _startable(location: OcpiModel) -> tuple[str, str, str] | None:
    """The ids of the first connector of the first EVSE of ``location``, if it has one."""
    evses: Sequence[OcpiModel] = getattr(location, "evses", None) or ()
    for evse in evses:
        connectors: Sequence[OcpiModel] = getattr(evse, "connectors", None) or ()
        if connectors:
            ids = (getattr(location, "id"), getattr(evse, "uid"), getattr(connectors[0], "id"))  # noqa: B009
            return (str(ids[0]), str(ids[1]), str(ids[2]))
    return None


class _Run:
    """One run of the steps of the module docstring against one CPO."""

    def __init__(
        self,
        settings: EmspSettings,
        server: EmspServer,
        http: httpx.AsyncClient,
        emit: Callable[[EmspRecord], None],
    ) -> None:
        self.settings = settings
        self.server = server
        self.http = http
        self.emit = emit
        self.problems: list[str] = []
        self.crawls: list[Crawled] = []
        self.place: tuple[str, str, str] | None = None
        self.command_result: str | None = None

    def check(self, name: str, ok: bool, detail: str) -> None:
        self.emit(Check(name=name, ok=ok, detail=detail))
        if not ok:
            self.problems.append(f"{name}: {detail}")

    async def play(self) -> EmspReport:
        version = await self.register()
        if version is None:
            return self.finish(None)
        registration = await self.server.registrar.store.get(_PEER)
        link = None if registration is None else registration.link
        assert registration is not None
        assert link is not None  # register() returned its version
        endpoints = link.endpoints
        client = OcpiClient(
            self.http,
            registration=registration,
            command_results=self.server.results[version],
            timeout=self.settings.request_timeout,
        )
        for module in self.modules(endpoints):
            await self.crawl(client, version, module)
        token = make_tokens(
            version,
            1,
            seed=self.settings.seed,
            now=_now(),
            country_code=self.settings.country_code,
            party_id=self.settings.party_id,
        )[0]
        if self.settings.push_token and self.offers(endpoints, "tokens", "RECEIVER"):
            await self.push(client, version, token)
        if self.settings.command and self.offers(endpoints, "commands", "RECEIVER"):
            await self.start_session(client, version, token)
        if self.settings.unregister:
            await self.unregister()
        return self.finish(version)

    def finish(self, version: OcpiVersion | None) -> EmspReport:
        self.emit(
            Summary(
                version=None if version is None else version.value,
                ok=not self.problems,
                problems=tuple(self.problems),
            )
        )
        return EmspReport(
            version=version,
            crawls=tuple(self.crawls),
            command_result=self.command_result,
            problems=tuple(self.problems),
        )

    # -- step 1 --------------------------------------------------------------------------------

    async def register(self) -> OcpiVersion | None:
        settings = self.settings
        registration = await self.server.registrar.register_with(
            _PEER, token_a=settings.token, peer_versions_url=settings.url
        )
        link = registration.link
        if registration.state is RegistrationState.REGISTERED and link is not None:
            self.emit(
                Registered(
                    versions_url=settings.url,
                    version=link.version.value,
                    parties=tuple(
                        f"{p.country_code}/{p.party_id}" + (f" {p.role}" if p.role else "")
                        for p in link.parties
                    ),
                    modules=tuple(
                        e.module if e.role is None else f"{e.module} {e.role}"
                        for e in link.endpoints
                    ),
                )
            )
            return link.version
        failure = registration.failure
        if (
            failure is not None
            and failure.step is Step.GET_VERSIONS
            and failure.reason is FailureReason.NO_ANSWER
        ):
            raise ToolError(f"no answer from {display_url(settings.url)}", status=2)
        step = "?" if failure is None else failure.step.value
        reason = "?" if failure is None else failure.reason.value
        self.emit(
            RegistrationFailedLine(
                step=step,
                reason=reason,
                http_status=None if failure is None else failure.http_status,
                status_code=(
                    None
                    if failure is None or failure.status_code is None
                    else int(failure.status_code)
                ),
            )
        )
        self.problems.append(f"registration failed at {step}: {reason}")
        return None

    # -- step 2 --------------------------------------------------------------------------------

    def offers(self, endpoints: VersionEndpoints, module: str, role: str) -> bool:
        try:
            found = endpoints.find(module, role)
        except VersionsError:
            self.problems.append(f"the CPO lists {module} ({role}) under several URLs")
            return False
        if found is None:
            self.problems.append(f"the CPO offers no {module} endpoint ({role})")
        return found is not None

    def modules(self, endpoints: VersionEndpoints) -> list[str]:
        named = self.settings.modules
        if named is not None:
            return [m for m in named if self.offers(endpoints, m, "SENDER")]
        listed = []
        for module in CRAWLED_MODULES:
            try:
                if endpoints.find(module, "SENDER") is not None:
                    listed.append(module)
            except VersionsError:
                self.problems.append(f"the CPO lists {module} (SENDER) under several URLs")
        return listed

    async def crawl(self, client: OcpiClient, version: OcpiVersion, module: str) -> None:
        crawl = client.crawl(_model(version, CRAWLED_MODULES[module]), limit=self.settings.limit)
        failed: ClientError | None = None
        try:
            async for obj in crawl:
                if module == "locations" and self.place is None:
                    self.place = _startable(obj)
        except ClientError as error:
            failed = error
        outcome = "failed" if failed is not None or crawl.outcome is None else crawl.outcome.value
        record = Crawled(
            module=module,
            objects=crawl.yielded,
            pages=crawl.pages,
            invalid=crawl.invalid_count,
            duplicates=crawl.duplicates,
            warnings=crawl.warning_count,
            outcome=outcome,
        )
        self.crawls.append(record)
        self.emit(record)
        for item in crawl.invalid:
            self.emit(InvalidObject.of(module, item))
        for warning in crawl.warnings:
            self.emit(CrawlNotice(module=module, kind=warning.kind.value, message=warning.message))
        if failed is not None:
            self.problems.append(f"{module}: the crawl failed: {failed}")
        elif outcome != "complete":
            self.problems.append(f"{module}: the crawl ended {outcome}")
        if crawl.invalid_count:
            self.problems.append(f"{module}: {crawl.invalid_count} invalid object(s)")

    # -- step 3 --------------------------------------------------------------------------------

    async def push(self, client: OcpiClient, version: OcpiVersion, token: OcpiModel) -> None:
        uid, kind = str(getattr(token, "uid")), str(getattr(token, "type"))  # noqa: B009
        ids = (self.settings.country_code, self.settings.party_id, uid)
        token_type = None if version is OcpiVersion.V211 else kind
        named = f"Token {'/'.join(ids)} ({kind})"
        try:
            reply = await client.put_object(token, *ids, token_type=token_type)
        except ClientError as error:
            self.check("token_put", False, f"{named}: {error}")
            return
        self.check("token_put", True, f"{named} pushed: OCPI {int(reply.status_code)}")
        body = orjson.dumps({"valid": False, "last_updated": format_ocpi_datetime(_now())})
        patch = read_patch(type(token), body, version=version)
        try:
            await client.patch_object(patch, *ids, token_type=token_type)
            back = await client.get_object(type(token), *ids, token_type=token_type)
        except ClientError as error:
            self.check("token_patch", False, f"{named}: {error}")
            return
        valid = getattr(back, "valid")  # noqa: B009 - every version's field
        self.check(
            "token_patch",
            valid is False,
            f"{named} patched to valid: false, read back valid: {str(valid).lower()}",
        )

    # -- step 4 --------------------------------------------------------------------------------

    async def start_session(
        self, client: OcpiClient, version: OcpiVersion, token: OcpiModel
    ) -> None:
        if self.place is None:
            self.problems.append("no Location with an EVSE to start a session on")
            return
        location_id, evse_uid, connector_id = self.place
        results = self.server.results[version]
        wire: dict[str, JsonValue] = {
            "response_url": results.tracker.base_url,  # the client puts a fresh one in
            "token": token.to_wire(),
            "location_id": location_id,
            "evse_uid": evse_uid,
        }
        if version is not OcpiVersion.V211:
            wire["connector_id"] = connector_id
        request = _model(version, "StartSession").from_wire(wire)
        where = f"at {location_id}/{evse_uid}"
        try:
            handle = await client.command(request)
        except ClientError as error:
            self.check("command", False, f"START_SESSION {where}: {error}")
            return
        answer = handle.response
        answered = "no answer" if answer is None else str(answer.result)
        self.check("command", handle.accepted, f"START_SESSION {where} answered {answered}")
        if not handle.accepted:
            return
        try:
            result = await handle.result(timeout=self.settings.result_timeout)
        except CommandTimedOut:
            self.check("command_result", False, "START_SESSION: no result in time")
            return
        except ClientError as error:
            self.check("command_result", False, f"START_SESSION: {error}")
            return
        self.command_result = str(result.result)
        self.check("command_result", True, f"START_SESSION result {self.command_result}")

    # -- step 5 --------------------------------------------------------------------------------

    async def unregister(self) -> None:
        try:
            registration = await self.server.registrar.unregister(_PEER)
        except (CredentialsError, AdapterError) as error:
            self.check("unregister", False, f"cannot unregister: {error}")
            return
        if registration.state is RegistrationState.UNREGISTERED:
            self.check("unregister", True, "credentials DELETE accepted")
            return
        failure = registration.failure
        reason = "?" if failure is None else failure.reason.value
        self.check("unregister", False, f"credentials DELETE failed: {reason}")


async def run_emsp(
    settings: EmspSettings,
    *,
    emit: Callable[[EmspRecord], None] | None = None,
    on_exchange: Callable[[Exchange], None] | None = None,
) -> EmspReport:
    """Run the steps of the module docstring against the CPO at ``settings.url``, in the
    running event loop; ``emit`` receives each record as it happens, ``on_exchange`` every
    request the eMSP's own server answers. Raises :class:`~ocpkit.tools.ToolError` with
    status 2 when the CPO does not answer at all or the eMSP cannot listen."""
    report: Callable[[EmspRecord], None] = emit or (lambda record: None)
    async with httpx.AsyncClient(timeout=settings.request_timeout) as http:
        server = await EmspServer.start(settings, http=http, on_exchange=on_exchange)
        try:
            report(EmspListening(port=server.port, versions_url=server.versions_url))
            return await _Run(settings, server, http, report).play()
        finally:
            await server.stop()


def emsp_command(
    settings: EmspSettings, *, format: Literal["text", "json"] = "text", out: IO[str]
) -> int:
    """``ocpkit ocpi emsp``: :func:`run_emsp` in a new event loop, printing its records as
    text or JSON lines; 0 when the CPO conformed, 1 otherwise (2: a
    :class:`~ocpkit.tools.ToolError` is raised)."""
    writer = OcpiJsonLines(out) if format == "json" else EmspText(out)
    report = asyncio.run(run_emsp(settings, emit=writer))
    if writer.broken:
        raise BrokenPipeError("the standard output was closed")
    return 0 if report.ok else 1
