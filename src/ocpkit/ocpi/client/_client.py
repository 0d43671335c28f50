""":class:`OcpiClient`: one peer, async, typed, over httpx.

Made either from a credentials :class:`~ocpkit.ocpi.credentials.Registration` (``register()``
runs the handshake; afterwards the client calls with the token the registration holds for the
peer and uses the version and endpoints it established) or from a token and the peer's
versions URL (a party registered out of band; ``discover()`` finds the version and endpoints).

Headers on every request:

=========================  ===================================================================
header                     value
=========================  ===================================================================
``Authorization``          ``Token`` and the peer's token, written per the peer's mode
                           (``encoding``): PLAIN plain, BASE64 or ACCEPT_BOTH Base64; no mode:
                           the version's rule (plain in 2.1.1, else Base64; before a version is
                           known, plain only if every version we support is 2.1.1)
``X-Request-ID``           new for every request, retries included
``X-Correlation-ID``       new for each call (one for all pages of a crawl, all attempts, both
                           discovery GETs); a call given ``ids=`` continues their correlation
``OCPI-from-*``            2.2.1+, functional modules only: ``our_party`` (default: the first
                           role of the registration's ``parties``)
``OCPI-to-*``              2.2.1+, functional modules only: ``peer_party`` (default: the first
                           party of the peer's credentials)
``Content-Type``           ``application/json`` on requests with a body
=========================  ===================================================================

In 2.2.1 and 2.3.0 the routing pairs are required on functional modules; without the parties
the client raises :class:`ClientUsageError` unless ``single_role_pair=True`` (a direct link
between two platforms of one party and role each, which the spec exempts). They are never sent
to ``versions``, ``credentials`` or ``hubclientinfo``, nor in 2.1.1, which has none.
"""

from __future__ import annotations

import asyncio
import random as _random
from collections.abc import Callable, Hashable, Iterable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any, Final, TypeAlias, TypedDict, TypeVar, Unpack, overload
from urllib.parse import quote, urlencode, urljoin, urlsplit

import httpx
from pydantic import JsonValue, ValidationError

from ocpkit._ocpi_base import OcpiModel
from ocpkit.ocpi._json import dumps
from ocpkit.ocpi.commands import (
    COMMAND_REQUESTS,
    CommandError,
    InvalidPayload,
    PayloadNotJson,
    command_url,
)
from ocpkit.ocpi.credentials import (
    OutOfOrder,
    PeerLink,
    Registration,
    RegistrationState,
)
from ocpkit.ocpi.envelope import Response
from ocpkit.ocpi.headers import (
    AUTHORIZATION,
    CredentialsToken,
    CredentialsTokenError,
    IdFactory,
    PartyRef,
    PartyRefError,
    Presence,
    RequestIds,
    RoutedMessage,
    RoutingHeaders,
    TokenEncoding,
    authorization_header,
    default_token_encoding,
    new_unique_id,
    routing_requirement,
)
from ocpkit.ocpi.pagination import Crawler, CrawlPosition, PaginationUsageError
from ocpkit.ocpi.reading import ListRead, Patch
from ocpkit.ocpi.version import OcpiVersion
from ocpkit.ocpi.versions import (
    VERSIONS_MODULE,
    AmbiguousEndpoint,
    AmbiguousVersion,
    InvalidVersionInformation,
    MissingEndpoint,
    NoMutualVersion,
    VersionEndpoints,
    parse_version_details,
    parse_versions,
)

from ._commands import CommandHandle, CommandResults, utc_now
from ._crawl import Crawl
from ._errors import (
    ClientError,
    ClientUsageError,
    DiscoveryError,
    InvalidReply,
    ModuleNotOffered,
    RefusedUrl,
    RegistrationFailed,
    RequestInfo,
)
from ._exchange import abandon_exchange, send_exchange_request
from ._objects import (
    ObjectRule,
    default_module,
    key_function,
    model_version,
    rule_for,
    version_class,
)
from ._retry import RetryPolicy
from ._transport import (
    DEFAULT_MAX_BODY_BYTES,
    DEFAULT_TIMEOUT,
    Clock,
    Reply,
    Secrets,
    Sender,
    Sleep,
    read_data,
    read_envelope,
    read_list_page,
    read_one,
    request_info,
)
from ._urls import is_web_url

if TYPE_CHECKING:
    from ocpkit.ocpi import v211, v221, v230

__all__ = [
    "AnyCdr",
    "AnyLocation",
    "AnySession",
    "AnyTariff",
    "AnyToken",
    "CrawlOptions",
    "OcpiClient",
]

M = TypeVar("M", bound=OcpiModel)

AnyLocation: TypeAlias = "v211.Location | v221.Location | v230.Location"
"""A ``Location`` of any version."""
AnySession: TypeAlias = "v211.Session | v221.Session | v230.Session"
"""A ``Session`` of any version."""
AnyCdr: TypeAlias = "v211.CDR | v221.CDR | v230.CDR"
"""A ``CDR`` of any version."""
AnyTariff: TypeAlias = "v211.Tariff | v221.Tariff | v230.Tariff"
"""A ``Tariff`` of any version."""
AnyToken: TypeAlias = "v211.Token | v221.Token | v230.Token"
"""A ``Token`` of any version."""

# Constrained: the element type of a crawl is the class passed, and only that module's class.
LocationT = TypeVar("LocationT", "v211.Location", "v221.Location", "v230.Location")
SessionT = TypeVar("SessionT", "v211.Session", "v221.Session", "v230.Session")
CdrT = TypeVar("CdrT", "v211.CDR", "v221.CDR", "v230.CDR")
TariffT = TypeVar("TariffT", "v211.Tariff", "v221.Tariff", "v230.Tariff")
TokenT = TypeVar("TokenT", "v211.Token", "v221.Token", "v230.Token")

_SENDER: Final = "SENDER"
_RECEIVER: Final = "RECEIVER"
_COMMANDS_MODULE: Final = "commands"


class CrawlOptions(TypedDict, total=False):
    """The options of a crawl (keyword arguments of :meth:`OcpiClient.crawl` and the
    per-module methods)."""

    limit: int | None
    """Objects per page to ask for (the peer may serve fewer)."""
    date_from: datetime | None
    """Only objects last updated at or after this (aware) time."""
    date_to: datetime | None
    """Only objects last updated before this (aware) time."""
    max_pages: int | None
    """Stop after this many pages (outcome ``PAGE_LIMIT``)."""
    ids: RequestIds | None
    """Ids whose correlation the crawl's requests continue."""
    timeout: float | None
    """Seconds per page request (default: the client's)."""
    resume: CrawlPosition | None
    """Carry on from a saved :attr:`Crawl.position` (``limit`` and dates are in its URL)."""


def _origin(url: str) -> str | None:
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    if not parts.hostname:
        return None
    scheme = parts.scheme.lower()
    return f"{scheme}://{parts.hostname}:{port or (443 if scheme == 'https' else 80)}"


class OcpiClient:
    """An async OCPI client for one peer (see the module docstring for the headers).

    Give either ``registration`` (a :class:`~ocpkit.ocpi.credentials.Registration`; run
    :meth:`register` unless it is registered already) or ``token`` and ``versions_url`` (then
    :meth:`discover`; ``versions`` are those we support, all by default). Options:

    * ``encoding``: the peer's token mode (default: the registration's, else by version);
    * ``our_party`` / ``peer_party`` / ``single_role_pair``: the routing headers;
    * ``retry``, ``timeout`` (seconds per attempt), ``max_body_bytes``: see
      :class:`RetryPolicy` for what is retried;
    * ``command_results``: where results of :meth:`command` arrive (a :class:`CommandResults`
      of the client's version);
    * ``strict``: also refuse fields the spec does not define in what is read;
    * ``sleep``, ``clock``, ``random``, ``id_factory``: injected for tests.

    ``http`` is the caller's ``httpx.AsyncClient``: the client never closes it.
    """

    def __init__(
        self,
        http: httpx.AsyncClient,
        *,
        registration: Registration | None = None,
        token: CredentialsToken | str | None = None,
        versions_url: str | None = None,
        versions: Iterable[OcpiVersion] | None = None,
        encoding: TokenEncoding | None = None,
        our_party: PartyRef | None = None,
        peer_party: PartyRef | None = None,
        single_role_pair: bool = False,
        retry: RetryPolicy | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
        command_results: CommandResults | None = None,
        strict: bool = False,
        sleep: Sleep = asyncio.sleep,
        clock: Clock = utc_now,
        random: Callable[[], float] = _random.random,
        id_factory: IdFactory = new_unique_id,
    ) -> None:
        if (registration is None) == (token is None):
            raise ClientUsageError("give either a registration or a token with its versions_url")
        if token is not None and versions_url is None:
            raise ClientUsageError("a token comes with the peer's versions_url")
        if registration is not None and versions_url is not None:
            raise ClientUsageError("a registration holds the peer's versions URL itself")
        if not isinstance(timeout, int | float) or timeout <= 0:
            raise ClientUsageError("timeout must be a positive number of seconds")
        if type(max_body_bytes) is not int or max_body_bytes < 1:
            raise ClientUsageError("max_body_bytes must be a positive int")
        self._registration = registration
        self._token = None if token is None else _own_token(token)
        self._versions_url = versions_url
        if registration is not None:
            supported = registration.ours.supported
        else:
            try:
                supported = tuple(OcpiVersion(v) for v in (versions or tuple(OcpiVersion)))
            except ValueError:
                raise ClientUsageError("versions must be OCPI versions ocpkit implements") from None
        if not supported:
            raise ClientUsageError("support at least one OCPI version")
        self._supported: tuple[OcpiVersion, ...] = supported
        self._mode = encoding if encoding is not None else _registration_mode(registration)
        self._our_party = our_party
        self._peer_party = peer_party
        self._single_role_pair = single_role_pair
        self._command_results = command_results
        self._strict = strict
        self._discovered: VersionEndpoints | None = None
        self._sender = Sender(
            http,
            retry=RetryPolicy() if retry is None else retry,
            timeout=float(timeout),
            max_body_bytes=max_body_bytes,
            sleep=sleep,
            clock=clock,
            random=random,
            id_factory=id_factory,
        )

    def __repr__(self) -> str:
        version = None if self.version is None else self.version.value
        kind = "registration" if self._registration is not None else "token"
        return f"OcpiClient({kind}, version={version})"

    # -- what it knows ----------------------------------------------------------------------

    @property
    def registration(self) -> Registration | None:
        """The registration the client was made with, if any."""
        return self._registration

    @property
    def version(self) -> OcpiVersion | None:
        """The OCPI version spoken with the peer (``None`` before discovery or registration)."""
        endpoints = self.endpoints
        return None if endpoints is None else endpoints.version

    @property
    def endpoints(self) -> VersionEndpoints | None:
        """The peer's endpoints in :attr:`version` (``None`` before discovery or
        registration)."""
        if self._registration is not None:
            link = self._registration.link
            return None if link is None else link.endpoints
        return self._discovered

    @property
    def retry(self) -> RetryPolicy:
        """The retry policy in force."""
        return self._sender.retry

    # -- versions and registration ------------------------------------------------------------

    async def discover(self, *, ids: RequestIds | None = None) -> VersionEndpoints:
        """Fetch the peer's versions, choose the highest one both sides support, fetch its
        details, and keep them (:attr:`version`, :attr:`endpoints`). For a client made from a
        token; a registration's client gets them from :meth:`register`.

        Raises :class:`DiscoveryError` (unreadable list or details, no version in common), or
        any request error."""
        if self._registration is not None or self._versions_url is None:
            raise ClientUsageError("a registration's client learns the endpoints by register()")
        operation = self._sender.new_ids(ids)
        secrets = self._secrets()
        reply = await self._send("GET", self._versions_url, VERSIONS_MODULE, None, operation)
        data = read_data(reply, secrets)
        try:
            peer = parse_versions(data if isinstance(data, list) else dumps(data))
            entry = peer.choose(self._supported)
        except (InvalidVersionInformation, NoMutualVersion, AmbiguousVersion) as exc:
            raise _discovery_error(exc, reply, secrets) from None
        version = entry.version
        assert version is not None  # choose() only picks versions we implement
        reply = await self._send("GET", entry.url, VERSIONS_MODULE, version, operation)
        data = read_data(reply, secrets)
        try:
            endpoints = parse_version_details(
                data if isinstance(data, dict) else dumps(data), version
            )
        except InvalidVersionInformation as exc:
            raise _discovery_error(exc, reply, secrets) from None
        self._discovered = endpoints
        return endpoints

    async def register(self, *, ids: RequestIds | None = None) -> PeerLink:
        """Run the credentials registration (versions, details, POST of our credentials) and
        return what it established. Raises :class:`RegistrationFailed` (``failure`` says where
        and why), :class:`RefusedUrl` for a peer URL that is not http or https."""
        registration = self._need_registration()
        self._start(registration.register)
        await self._drive(registration, ids)
        if registration.state is not RegistrationState.REGISTERED:
            raise _registration_failed("registration", registration)
        link = registration.link
        assert link is not None
        return link

    async def update(self, *, ids: RequestIds | None = None) -> PeerLink:
        """Rotate the tokens (and renegotiate the version): the credentials PUT. On failure the
        old tokens stay in force and :class:`RegistrationFailed` is raised."""
        registration = self._need_registration()
        self._start(registration.update)
        await self._drive(registration, ids)
        if registration.failure is not None:
            raise _registration_failed("update", registration)
        link = registration.link
        assert link is not None
        return link

    async def unregister(self, *, ids: RequestIds | None = None) -> None:
        """End the registration: the credentials DELETE; every token is dropped."""
        registration = self._need_registration()
        try:
            self._start(registration.unregister)
        except MissingEndpoint:
            raise ModuleNotOffered("the peer lists no credentials endpoint") from None
        await self._drive(registration, ids)
        if registration.state is not RegistrationState.UNREGISTERED:
            raise _registration_failed("unregistration", registration)

    def _need_registration(self) -> Registration:
        if self._registration is None:
            raise ClientUsageError("this client was made from a token, not a registration")
        return self._registration

    @staticmethod
    def _start(move: Callable[[], RegistrationState]) -> None:
        try:
            move()
        except OutOfOrder as exc:
            raise ClientUsageError(f"the registration does not allow this now: {exc}") from None

    async def _drive(self, registration: Registration, ids: RequestIds | None) -> None:
        operation = self._sender.new_ids(ids)
        try:
            while (request := registration.next_request()) is not None:
                if not is_web_url(request.url):
                    registration.request_failed()
                    raise RefusedUrl(
                        "refused to send a credentials request to a URL that is not http or https",
                        info=request_info(request.method, request.url, self._secrets()),
                    )
                await send_exchange_request(
                    registration,
                    self._sender.http,
                    request,
                    ids=operation,
                    timeout=self._sender.timeout,
                    max_body_bytes=self._sender.max_body_bytes,
                )
        except BaseException:  # cancelled, or a bug: never leave the registration half-way
            abandon_exchange(registration)
            raise

    # -- crawling -------------------------------------------------------------------------------

    def crawl(
        self,
        model: type[M],
        *,
        module: str | None = None,
        key: Callable[[M], Hashable] | None = None,
        **options: Unpack[CrawlOptions],
    ) -> Crawl[M]:
        """Every ``model`` object of the peer's list (its Sender interface of ``module``,
        by default the model's), page by page, typed; see :class:`Crawl`. ``key`` is an
        object's identity for de-duplication (default: the table of
        :mod:`ocpkit.ocpi.client`'s objects)."""
        version = self._check_model(model)
        module = module if module is not None else default_module(model)
        if module is None:
            raise ClientUsageError(f"{model.__name__} belongs to no known module: pass module=")
        start = self._endpoint(module, _SENDER)
        if not is_web_url(start):
            raise RefusedUrl(
                "refused to crawl an endpoint that is not http or https",
                info=request_info("GET", start, self._secrets()),
            )
        identity: Callable[[M], Hashable] = key if key is not None else key_function(model)
        resume = options.get("resume")
        try:
            if resume is not None:
                crawler: Crawler[M] = Crawler.resume(
                    resume, identity, max_pages=options.get("max_pages")
                )
            else:
                crawler = Crawler(
                    start,
                    identity,
                    limit=options.get("limit"),
                    date_from=options.get("date_from"),
                    date_to=options.get("date_to"),
                    max_pages=options.get("max_pages"),
                )
        except PaginationUsageError as exc:
            raise ClientUsageError(f"bad crawl options: {exc}") from None
        operation = self._sender.new_ids(options.get("ids"))
        timeout = options.get("timeout")
        strict = self._strict

        async def fetch(url: str) -> Reply:
            return await self._send("GET", url, module, version, operation, timeout=timeout)

        def read(reply: Reply) -> ListRead[M]:
            return read_list_page(model, reply, self._secrets(), strict=strict)

        return Crawl(crawler=crawler, fetch=fetch, read=read, secrets=self._secrets())

    @overload
    def locations(
        self, model: type[LocationT], **options: Unpack[CrawlOptions]
    ) -> Crawl[LocationT]: ...
    @overload
    def locations(
        self, model: None = None, **options: Unpack[CrawlOptions]
    ) -> Crawl[AnyLocation]: ...
    def locations(
        self, model: type[OcpiModel] | None = None, **options: Unpack[CrawlOptions]
    ) -> Crawl[Any]:
        """The peer's Locations (``model``: the class of the client's version; without it,
        that class is chosen for you)."""
        return self._module_crawl("Location", model, options)

    @overload
    def sessions(
        self, model: type[SessionT], **options: Unpack[CrawlOptions]
    ) -> Crawl[SessionT]: ...
    @overload
    def sessions(
        self, model: None = None, **options: Unpack[CrawlOptions]
    ) -> Crawl[AnySession]: ...
    def sessions(
        self, model: type[OcpiModel] | None = None, **options: Unpack[CrawlOptions]
    ) -> Crawl[Any]:
        """The peer's Sessions (as :meth:`locations`)."""
        return self._module_crawl("Session", model, options)

    @overload
    def cdrs(self, model: type[CdrT], **options: Unpack[CrawlOptions]) -> Crawl[CdrT]: ...
    @overload
    def cdrs(self, model: None = None, **options: Unpack[CrawlOptions]) -> Crawl[AnyCdr]: ...
    def cdrs(
        self, model: type[OcpiModel] | None = None, **options: Unpack[CrawlOptions]
    ) -> Crawl[Any]:
        """The peer's CDRs (as :meth:`locations`)."""
        return self._module_crawl("CDR", model, options)

    @overload
    def tariffs(self, model: type[TariffT], **options: Unpack[CrawlOptions]) -> Crawl[TariffT]: ...
    @overload
    def tariffs(self, model: None = None, **options: Unpack[CrawlOptions]) -> Crawl[AnyTariff]: ...
    def tariffs(
        self, model: type[OcpiModel] | None = None, **options: Unpack[CrawlOptions]
    ) -> Crawl[Any]:
        """The peer's Tariffs (as :meth:`locations`)."""
        return self._module_crawl("Tariff", model, options)

    @overload
    def tokens(self, model: type[TokenT], **options: Unpack[CrawlOptions]) -> Crawl[TokenT]: ...
    @overload
    def tokens(self, model: None = None, **options: Unpack[CrawlOptions]) -> Crawl[AnyToken]: ...
    def tokens(
        self, model: type[OcpiModel] | None = None, **options: Unpack[CrawlOptions]
    ) -> Crawl[Any]:
        """The peer's Tokens (as :meth:`locations`)."""
        return self._module_crawl("Token", model, options)

    def _module_crawl(
        self, name: str, model: type[OcpiModel] | None, options: CrawlOptions
    ) -> Crawl[Any]:
        chosen = version_class(self._need_version(), name) if model is None else model
        if chosen.__name__ != name or model_version(chosen) is None:
            raise ClientUsageError(f"expected an OCPI {name} class, got {chosen.__name__}")
        return self.crawl(chosen, **options)

    # -- one object ----------------------------------------------------------------------------

    async def get_object(
        self,
        model: type[M],
        *path_ids: str,
        token_type: str | None = None,
        ids: RequestIds | None = None,
        timeout: float | None = None,
    ) -> M:
        """One object from the peer's Receiver interface:
        ``{endpoint}/{country_code}/{party_id}/{id}`` (a Location's EVSE and Connector add
        their ids; see the table in :mod:`._objects`). ``token_type`` names a Token's type
        (2.2.1+; the peer assumes RFID without it). :class:`ObjectNotFound` when it has none."""
        rule, version = self._rule(model, "GET")
        url = self._object_url(rule, path_ids, token_type)
        reply = await self._send("GET", url, rule.module, version, ids, timeout=timeout)
        return read_one(model, reply, self._secrets(), strict=self._strict)

    async def get_object_at(
        self,
        model: type[M],
        url: str,
        *,
        ids: RequestIds | None = None,
        timeout: float | None = None,
    ) -> M:
        """One object at a URL the peer gave (a CDR at the ``Location`` its POST answered).
        The URL must be http or https on a host of the peer's endpoints: our token goes
        there (:class:`RefusedUrl` otherwise)."""
        version = self._check_model(model)
        self._check_peer_url(url)
        module = default_module(model) or "cdrs"
        reply = await self._send("GET", url, module, version, ids, timeout=timeout)
        return read_one(model, reply, self._secrets(), strict=self._strict)

    async def put_object(
        self,
        obj: OcpiModel,
        *path_ids: str,
        token_type: str | None = None,
        ids: RequestIds | None = None,
        timeout: float | None = None,
    ) -> Response[JsonValue]:
        """Push ``obj`` whole to the peer's Receiver interface (a CPO's Locations, Sessions,
        Tariffs; an eMSP's Tokens). Without ``path_ids`` they come from the object
        (``country_code``, ``party_id`` and its id; 2.1.1: ``our_party`` and its id); an EVSE or
        Connector needs them given. A Token's type goes into the query (2.2.1+)."""
        rule, version = self._rule(type(obj), "PUT")
        fields = _fields_of(obj, rule)
        ids_in_url = path_ids or self._path_from(rule, fields)
        kind = token_type if token_type is not None else _token_type(rule, fields)
        url = self._object_url(rule, ids_in_url, kind)
        reply = await self._send(
            "PUT", url, rule.module, version, ids, body=obj.to_json(), timeout=timeout
        )
        return read_envelope(reply, self._secrets())

    async def patch_object(
        self,
        patch: Patch[M],
        *path_ids: str,
        token_type: str | None = None,
        ids: RequestIds | None = None,
        timeout: float | None = None,
    ) -> Response[JsonValue]:
        """Send the fields of ``patch`` (the core's :class:`~ocpkit.ocpi.Patch`) as a PATCH to
        the object's Receiver URL (ids as for :meth:`put_object`, from the patch's values when
        they hold them). From 2.2.1 on the patch must carry ``last_updated``."""
        rule, version = self._rule(patch.model, "PATCH")
        if (
            version is not OcpiVersion.V211
            and "last_updated" in patch.model.model_fields
            and "last_updated" not in patch.values
        ):
            raise ClientUsageError(f"an OCPI {version.value} PATCH must carry last_updated")
        ids_in_url = path_ids or self._path_from(rule, patch.values)
        kind = token_type if token_type is not None else _token_type(rule, patch.values)
        url = self._object_url(rule, ids_in_url, kind)
        reply = await self._send(
            "PATCH", url, rule.module, version, ids, body=patch.to_json(), timeout=timeout
        )
        return read_envelope(reply, self._secrets())

    async def delete_object(
        self,
        model: type[OcpiModel],
        *path_ids: str,
        ids: RequestIds | None = None,
        timeout: float | None = None,
    ) -> Response[JsonValue]:
        """DELETE an object at the peer's Receiver interface (Tariffs: the only objects OCPI
        lets a client remove)."""
        rule, version = self._rule(model, "DELETE")
        url = self._object_url(rule, path_ids, None)
        reply = await self._send("DELETE", url, rule.module, version, ids, timeout=timeout)
        return read_envelope(reply, self._secrets())

    async def post_cdr(
        self,
        cdr: OcpiModel,
        *,
        ids: RequestIds | None = None,
        timeout: float | None = None,
    ) -> str:
        """POST a new CDR to the peer's CDRs endpoint; returns the URL of the ``Location`` header
        it answers with, where :meth:`get_object_at` reads the CDR back."""
        rule, version = self._rule(type(cdr), "POST")
        endpoint = self._endpoint(rule.module, _RECEIVER)
        reply = await self._send(
            "POST", endpoint, rule.module, version, ids, body=cdr.to_json(), timeout=timeout
        )
        secrets = self._secrets()
        read_envelope(reply, secrets)
        location = reply.header("Location")
        if location is None:
            info = request_info(
                reply.method, reply.url, secrets, ids=reply.ids, http_status=reply.status
            )
            raise InvalidReply("the CDR POST was answered without a Location header", info=info)
        try:
            target = urljoin(endpoint, location.strip())
        except ValueError:  # e.g. "https://[::1/cdr": no URL at all
            target = location.strip()
        if not is_web_url(target):
            raise RefusedUrl(
                "the CDR's Location is not an http or https URL",
                info=request_info("GET", target, secrets),
            )
        return target

    # -- commands ------------------------------------------------------------------------------

    async def command(
        self,
        request: OcpiModel,
        *,
        command: str | None = None,
        ids: RequestIds | None = None,
        timeout: float | None = None,
    ) -> CommandHandle:
        """Send a command (``StartSession``, ``ReserveNow``, ...; ``command`` is found from its
        class, or given for a custom 2.3.0 one) to ``{commands endpoint}/{COMMAND}``, with a
        ``response_url`` of :attr:`command_results` in place of the request's own. Returns
        once the immediate answer is in; ``await handle.result()`` gives the result. Raises the
        request's errors (the command then counts as failed)."""
        results = self._command_results
        version = self._need_version()
        if results is None:
            raise ClientUsageError("give the client command_results to send commands")
        if results.version is not version:
            raise ClientUsageError(
                f"command_results track OCPI {results.version.value}, the peer speaks "
                f"{version.value}"
            )
        self._check_model(type(request))
        kind = command if command is not None else _command_of(request, version)
        target = command_url(self._endpoint(_COMMANDS_MODULE, _RECEIVER), kind)
        try:
            body = type(request).from_wire(
                {**request.to_wire(), "response_url": results.new_response_url()}
            )
            handle = results.track(kind, body)
        except (ValidationError, CommandError) as exc:
            raise ClientUsageError(f"cannot send this command: {exc}") from None
        try:
            reply = await self._send(
                "POST", target, _COMMANDS_MODULE, version, ids, body=body.to_json(), timeout=timeout
            )
            secrets = self._secrets()
            envelope = read_envelope(reply, secrets)
            info = request_info(
                reply.method, reply.url, secrets, ids=reply.ids, http_status=reply.status
            )
            if envelope.data is None:
                raise InvalidReply("the command's answer carries no CommandResponse", info=info)
            try:
                results.answered(handle.id, dumps(envelope.data))
            except (InvalidPayload, PayloadNotJson) as exc:
                violations = exc.violations if isinstance(exc, InvalidPayload) else ()
                raise InvalidReply(
                    "the command's answer is not a CommandResponse", violations, info=info
                ) from None
        except ClientError as error:
            results.failed(handle.id, error)
            raise
        return handle

    @property
    def command_results(self) -> CommandResults | None:
        """Where the results of :meth:`command` arrive."""
        return self._command_results

    # -- internals -----------------------------------------------------------------------------

    def _need_version(self) -> OcpiVersion:
        version = self.version
        if version is None:
            what = "register()" if self._registration is not None else "discover()"
            raise ClientUsageError(f"no OCPI version agreed with the peer yet: call {what}")
        return version

    def _check_model(self, model: type[OcpiModel]) -> OcpiVersion:
        version = self._need_version()
        of_model = model_version(model)
        if of_model is not None and of_model is not version:
            raise ClientUsageError(
                f"{model.__name__} is an OCPI {of_model.value} class; the peer speaks "
                f"{version.value}"
            )
        return version

    def _rule(self, model: type[OcpiModel], method: str) -> tuple[ObjectRule, OcpiVersion]:
        version = self._check_model(model)
        rule = rule_for(model)
        if rule is None or method not in rule.methods:
            raise ClientUsageError(
                f"OCPI {version.value} has no {method} of {model.__name__} on a receiver"
            )
        return rule, version

    def _endpoint(self, module: str, role: str) -> str:
        endpoints = self.endpoints
        if endpoints is None:
            self._need_version()
            raise AssertionError("unreachable")
        try:
            url = endpoints.find(module, role)
        except AmbiguousEndpoint:
            raise ModuleNotOffered(
                f"the peer lists module {module} ({role}) under several URLs"
            ) from None
        if url is None:
            raise ModuleNotOffered(f"the peer offers no {module} endpoint ({role})")
        return url

    def _object_url(
        self, rule: ObjectRule, path_ids: tuple[str, ...], token_type: str | None
    ) -> str:
        if len(path_ids) != rule.segments:
            raise ClientUsageError(
                f"a {rule.name} URL takes {rule.segments} ids, not {len(path_ids)}"
            )
        if not all(isinstance(part, str) and part for part in path_ids):
            raise ClientUsageError("URL ids must be non-empty strings")
        base = self._endpoint(rule.module, _RECEIVER).rstrip("/")
        url = base + "".join("/" + quote(part, safe="") for part in path_ids)
        if rule.type_query and token_type is not None:
            url += "?" + urlencode({"type": str(token_type)})
        return url

    def _path_from(self, rule: ObjectRule, fields: Mapping[str, object]) -> tuple[str, ...]:
        own_id = fields.get(rule.id_field)
        if rule.segments != 3 or not isinstance(own_id, str):
            raise ClientUsageError(f"give the URL ids of this {rule.name} (path_ids)")
        if rule.version is OcpiVersion.V211:
            party = self._our()
            if party is None:
                raise ClientUsageError("OCPI 2.1.1 objects name no party: give our_party")
            return (party.country_code, party.party_id, own_id)
        country, party_id = fields.get("country_code"), fields.get("party_id")
        if not isinstance(country, str) or not isinstance(party_id, str):
            raise ClientUsageError(f"give the URL ids of this {rule.name} (path_ids)")
        return (country, party_id, own_id)

    def _check_peer_url(self, url: str) -> None:
        known = {self._versions_url or ""}
        if self._registration is not None and self._registration.link is not None:
            known.add(self._registration.link.versions_url)
        endpoints = self.endpoints
        if endpoints is not None:
            known.update(endpoint.url for endpoint in endpoints)
        origins = {_origin(u) for u in known if u} - {None}
        if not is_web_url(url) or _origin(url) not in origins:
            raise RefusedUrl(
                "refused a URL that is not http or https on one of the peer's hosts",
                info=request_info("GET", url, self._secrets()),
            )

    def _peer_token(self) -> CredentialsToken:
        if self._registration is None:
            assert self._token is not None
            return self._token
        token = self._registration.tokens.theirs
        if token is None:
            raise ClientUsageError("not registered with the peer: call register() first")
        return token

    def _secrets(self) -> Secrets:
        held: list[CredentialsToken | None] = [self._token]
        if self._registration is not None:
            tokens = self._registration.tokens
            held += [tokens.theirs, tokens.ours, tokens.theirs_pending, tokens.ours_pending]
        return Secrets(token.reveal() for token in held if token is not None)

    def _encoding(self, version: OcpiVersion | None) -> TokenEncoding:
        if self._mode is TokenEncoding.PLAIN:
            return TokenEncoding.PLAIN
        if self._mode is not None:
            return TokenEncoding.BASE64
        if version is None:
            if all(v is OcpiVersion.V211 for v in self._supported):
                return TokenEncoding.PLAIN
            return TokenEncoding.BASE64
        return default_token_encoding(version)

    def _our(self) -> PartyRef | None:
        if self._our_party is not None or self._registration is None:
            return self._our_party
        first = self._registration.parties.roles[0]
        return _party(first.country_code, first.party_id)

    def _peer(self) -> PartyRef | None:
        if self._peer_party is not None or self._registration is None:
            return self._peer_party
        link = self._registration.link
        if link is None or not len(link.parties):
            return None
        first = link.parties.parties[0]
        return _party(first.country_code, first.party_id)

    def _routing(self, module: str, version: OcpiVersion | None) -> dict[str, str]:
        if version is None:
            return {}
        requirement = routing_requirement(
            version, module, RoutedMessage.REQUEST, single_role_pair=self._single_role_pair
        )
        if requirement.from_party in (Presence.FORBIDDEN, Presence.NOT_DEFINED):
            return {}
        ours, theirs = self._our(), self._peer()
        for presence, party, name in (
            (requirement.from_party, ours, "our_party"),
            (requirement.to_party, theirs, "peer_party"),
        ):
            if presence is Presence.REQUIRED and party is None:
                raise ClientUsageError(
                    f"OCPI {version.value} routing headers need {name} (or single_role_pair)"
                )
        return RoutingHeaders(from_party=ours, to_party=theirs).to_headers()

    def _headers(self, module: str, version: OcpiVersion | None, *, body: bool) -> dict[str, str]:
        token = self._peer_token()
        headers = {AUTHORIZATION: authorization_header(token, self._encoding(version))}
        headers.update(self._routing(module, version))
        if body:
            headers["Content-Type"] = "application/json"
        return headers

    async def _send(
        self,
        method: str,
        url: str,
        module: str,
        version: OcpiVersion | None,
        ids: RequestIds | None,
        *,
        body: bytes | None = None,
        timeout: float | None = None,
    ) -> Reply:
        return await self._sender.send(
            method,
            url,
            headers=self._headers(module, version, body=body is not None),
            secrets=self._secrets(),
            body=body,
            ids=ids,
            timeout=timeout,
        )


# -- helpers ------------------------------------------------------------------------------------


def _own_token(value: CredentialsToken | str) -> CredentialsToken:
    if isinstance(value, CredentialsToken):
        return value
    try:
        return CredentialsToken(value)
    except CredentialsTokenError as exc:
        raise ClientUsageError(f"the token cannot be a credentials token: {exc.reason}") from None


def _registration_mode(registration: Registration | None) -> TokenEncoding | None:
    # A registration reports ACCEPT_BOTH when it was given no mode: follow the version then.
    if registration is None or registration.encoding is TokenEncoding.ACCEPT_BOTH:
        return None
    return registration.encoding


def _party(country_code: str, party_id: str) -> PartyRef | None:
    try:
        return PartyRef(country_code, party_id)
    except PartyRefError:
        return None


def _fields_of(obj: OcpiModel, rule: ObjectRule) -> dict[str, object]:
    names = ("country_code", "party_id", rule.id_field, "type")
    return {name: getattr(obj, name) for name in names if name in type(obj).model_fields}


def _token_type(rule: ObjectRule, fields: Mapping[str, object]) -> str | None:
    if not rule.type_query:
        return None
    found = fields.get("type")
    return None if found is None else str(found)


def _command_of(request: OcpiModel, version: OcpiVersion) -> str:
    name = type(request).__name__
    for row_version, command, class_name in COMMAND_REQUESTS:
        if row_version is version and class_name == name:
            return command
    raise ClientUsageError(f"{name} is no command request of OCPI {version.value}: pass command=")


def _discovery_error(exc: Exception, reply: Reply, secrets: Secrets) -> DiscoveryError:
    info = request_info(reply.method, reply.url, secrets, ids=reply.ids, http_status=reply.status)
    violations = exc.violations if isinstance(exc, InvalidVersionInformation) else ()
    reason = _DISCOVERY_REASONS.get(type(exc), "the peer's version information cannot be read")
    return DiscoveryError(reason, violations, info=info)


_DISCOVERY_REASONS: Final[Mapping[type[Exception], str]] = {
    NoMutualVersion: "the peer lists no OCPI version we support",
    AmbiguousVersion: "the peer lists the chosen version with several URLs",
}


def _registration_failed(what: str, registration: Registration) -> RegistrationFailed:
    failure = registration.failure
    if failure is None:
        return RegistrationFailed(f"the {what} did not complete", None)
    info = RequestInfo(http_status=failure.http_status, status_code=failure.status_code)
    return RegistrationFailed(
        f"the {what} failed at {failure.step.value}: {failure.reason.value}", failure, info=info
    )
