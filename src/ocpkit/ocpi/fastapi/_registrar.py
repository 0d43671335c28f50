"""The versions and credentials endpoints of a party, and its registrations with peers
(:class:`Registrar`): the core's :class:`~ocpkit.ocpi.credentials.Registration`, one per peer,
kept in a :class:`RegistrationStore` and driven over httpx by
:func:`~ocpkit.ocpi.client.run_exchange`."""

from collections.abc import AsyncIterator, Callable, Iterable, Mapping, Sequence
from contextlib import asynccontextmanager
from typing import Annotated, Any, Final
from urllib.parse import urlsplit

import httpx
from fastapi import APIRouter, Depends
from starlette.requests import Request

from ocpkit._ocpi_base import OcpiModel
from ocpkit.ocpi import v211, v221, v230
from ocpkit.ocpi.client import run_exchange
from ocpkit.ocpi.credentials import (
    InvalidCredentials,
    ModuleRequirement,
    PartyDeclaration,
    Registration,
    Tokens,
    new_token,
)
from ocpkit.ocpi.headers import (
    AuthorizationError,
    AuthorizationProblem,
    CredentialsToken,
    RequestIds,
    TokenEncoding,
)
from ocpkit.ocpi.status import InvalidJsonBody
from ocpkit.ocpi.version import OcpiVersion
from ocpkit.ocpi.versions import CREDENTIALS_MODULE, VERSIONS_MODULE, VersionsDeclaration

from ._auth import TokenAuth, TokenGrant
from ._bodies import is_json_text
from ._errors import AdapterUsageError, UnknownPeer
from ._headers import request_ids
from ._openapi import ocpi_responses
from ._replies import OcpiJSONResponse, ocpi_response
from ._settings import DEFAULT_SETTINGS, OcpiSettings
from ._store import InMemoryRegistrationStore, RegistrationStore

__all__ = ["Registrar"]

_CREDENTIALS_MODEL: Final[Mapping[OcpiVersion, type[OcpiModel]]] = {
    OcpiVersion.V211: v211.Credentials,
    OcpiVersion.V221: v221.Credentials,
    OcpiVersion.V230: v230.Credentials,
}
_DETAILS_MODEL: Final[Mapping[OcpiVersion, type[OcpiModel]]] = {
    OcpiVersion.V211: v211.VersionDetails,
    OcpiVersion.V221: v221.VersionDetails,
    OcpiVersion.V230: v230.VersionDetails,
}

Grant = TokenGrant[str]


def _path(url: str) -> str:
    return urlsplit(url).path or "/"


class Registrar:
    """A party's registrations with its peers, and the endpoints that serve them.

    ``ours`` declares the versions and modules we publish, ``parties`` who we are, ``requires``
    the peer modules we cannot do without; ``store`` keeps one registration per peer under a
    key of our choosing (by default in memory); ``http`` is the client every credentials
    exchange is sent with (by default a new ``httpx.AsyncClient`` per exchange; tests route one
    to another app with ``httpx.ASGITransport``).

    * :meth:`router`: ``GET`` on our versions URL, ``GET`` on each version's details URL, and
      ``GET``/``POST``/``PUT``/``DELETE`` on each version's credentials URL (the paths of the
      declared URLs), with the registration rules of :mod:`ocpkit.ocpi.credentials`;
    * :meth:`new_peer` hands out a token A; :meth:`register_with`, :meth:`update` and
      :meth:`unregister` start exchanges of our own;
    * :meth:`lookup` and :meth:`auth` authenticate requests to our other modules by the tokens
      the registrations hold.
    """

    def __init__(
        self,
        *,
        ours: VersionsDeclaration,
        parties: PartyDeclaration,
        store: RegistrationStore | None = None,
        settings: OcpiSettings = DEFAULT_SETTINGS,
        http: httpx.AsyncClient | None = None,
        requires: Iterable[ModuleRequirement] = (),
        token_factory: Callable[[], str] = new_token,
    ) -> None:
        self.ours = ours
        self.parties = parties
        self.store: RegistrationStore = InMemoryRegistrationStore() if store is None else store
        self.settings = settings
        self.http = http
        self.requires: tuple[ModuleRequirement, ...] = tuple(requires)
        self.token_factory = token_factory

    # -- registrations ----------------------------------------------------------------------

    async def new_peer(
        self, key: str, *, encoding: TokenEncoding | None = None
    ) -> CredentialsToken:
        """Make a token A for a new peer, stored under ``key``, and return it (hand it over out
        of band, with our versions URL). ``encoding`` is the peer's token mode, if known."""
        await self._vacant(key)
        token = CredentialsToken(self.token_factory())
        registration = Registration.receiver(
            token_a=token,
            ours=self.ours,
            parties=self.parties,
            requires=self.requires,
            token_factory=self.token_factory,
            encoding=encoding,
        )
        await self.store.save(key, registration)
        return token

    async def register_with(
        self,
        key: str,
        *,
        token_a: CredentialsToken | str,
        peer_versions_url: str,
        encoding: TokenEncoding | None = None,
    ) -> Registration:
        """Register with a peer that gave us ``token_a`` and its versions URL; the registration
        is stored under ``key`` and comes back once the exchange ended (see its ``state`` and
        ``failure``)."""
        await self._vacant(key)
        registration = Registration.initiator(
            token_a=token_a,
            peer_versions_url=peer_versions_url,
            ours=self.ours,
            parties=self.parties,
            requires=self.requires,
            token_factory=self.token_factory,
            encoding=encoding,
        )
        registration.register()
        await self._drive(key, registration)
        return registration

    async def update(self, key: str) -> Registration:
        """Rotate the tokens with the registered peer under ``key`` (a credentials PUT)."""
        registration = await self._stored(key)
        registration.update()
        await self._drive(key, registration)
        return registration

    async def unregister(self, key: str) -> Registration:
        """End the registration with the peer under ``key`` (a credentials DELETE)."""
        registration = await self._stored(key)
        registration.unregister()
        await self._drive(key, registration)
        return registration

    async def lookup(self, candidates: Sequence[CredentialsToken]) -> Grant | None:
        """A :class:`~ocpkit.ocpi.fastapi.TokenLookup` over the store: the peer's key, what its
        token reaches now, and its token mode."""
        match = await self.store.find(candidates)
        if match is None:
            return None
        registration = match.registration
        return TokenGrant(
            peer=match.key,
            access=registration.access(match.token),
            token=match.token,
            encoding=registration.encoding,
        )

    def auth(self, module: str, *, version: OcpiVersion | None = None) -> TokenAuth[str]:
        """The authentication dependency for our routes of ``module`` (the grant's ``peer`` is
        the store key)."""
        return TokenAuth(self.lookup, module=module, version=version)

    # -- the endpoints ----------------------------------------------------------------------

    def router(self) -> APIRouter:
        """An ``APIRouter`` serving our versions, version details and credentials endpoints at
        the paths of the URLs ``ours`` declares."""
        router = APIRouter()
        paths: set[tuple[str, str]] = set()

        def add(
            path: str,
            method: str,
            endpoint: Callable[..., object],
            *,
            responses: dict[int | str, dict[str, Any]],
            summary: str,
        ) -> None:
            if (path, method) in paths:
                raise AdapterUsageError("two declared endpoints share one path")
            paths.add((path, method))
            router.add_api_route(
                path, endpoint, methods=[method], responses=responses, summary=summary
            )

        add(
            _path(self.ours.versions_url),
            "GET",
            self._versions_endpoint(),
            responses=ocpi_responses(v230.Version, many=True),
            summary="OCPI versions",
        )
        for version in self.ours.supported:
            add(
                _path(self.ours.details_url(version)),
                "GET",
                self._details_endpoint(version),
                responses=ocpi_responses(_DETAILS_MODEL[version]),
                summary=f"OCPI {version.value} version details",
            )
            credentials = _path(self.ours.endpoints(version).require(CREDENTIALS_MODULE))
            for method, endpoint in self._credentials_endpoints(version).items():
                add(
                    credentials,
                    method,
                    endpoint,
                    responses=ocpi_responses(_CREDENTIALS_MODEL[version]),
                    summary=f"OCPI {version.value} credentials {method}",
                )
        return router

    def _versions_endpoint(self) -> Callable[..., object]:
        auth = self.auth(VERSIONS_MODULE)

        async def versions(grant: Annotated[Grant, Depends(auth)]) -> OcpiJSONResponse:
            return ocpi_response(self.ours.versions(), settings=self.settings)

        return versions

    def _details_endpoint(self, version: OcpiVersion) -> Callable[..., object]:
        auth = self.auth(VERSIONS_MODULE, version=version)

        async def details(grant: Annotated[Grant, Depends(auth)]) -> OcpiJSONResponse:
            return ocpi_response(self.ours.details(version), settings=self.settings)

        return details

    def _credentials_endpoints(self, version: OcpiVersion) -> dict[str, Callable[..., object]]:
        auth = self.auth(CREDENTIALS_MODULE, version=version)
        Authed = Annotated[Grant, Depends(auth)]  # noqa: N806 - a type, named like one

        async def get_credentials(grant: Authed) -> OcpiJSONResponse:
            registration = await self._granted(grant)
            credentials = registration.receive_get(grant.token, version=version)
            return ocpi_response(credentials, settings=self.settings)

        async def post_credentials(request: Request, grant: Authed) -> OcpiJSONResponse:
            return await self._receive(request, grant, version, post=True)

        async def put_credentials(request: Request, grant: Authed) -> OcpiJSONResponse:
            return await self._receive(request, grant, version, post=False)

        async def delete_credentials(grant: Authed) -> OcpiJSONResponse:
            registration = await self._granted(grant)
            registration.receive_delete(grant.token)
            await self._keep(grant.peer, registration)
            return ocpi_response(None, settings=self.settings)

        return {
            "GET": get_credentials,
            "POST": post_credentials,
            "PUT": put_credentials,
            "DELETE": delete_credentials,
        }

    async def _receive(
        self, request: Request, grant: Grant, version: OcpiVersion, *, post: bool
    ) -> OcpiJSONResponse:
        registration = await self._granted(grant)
        body = await request.body()
        receive = registration.receive_post if post else registration.receive_put
        try:
            receive(grant.token, body, version=version)
        except InvalidCredentials as error:
            not_json = any(violation.kind == "json_invalid" for violation in error.violations)
            if not_json or not is_json_text(body):
                raise InvalidJsonBody("request body is not JSON") from None
            raise
        await self._drive(grant.peer, registration, request_ids(request))
        return ocpi_response(registration.answer(), settings=self.settings)

    # -- internals ---------------------------------------------------------------------------

    @asynccontextmanager
    async def _client(self) -> AsyncIterator[httpx.AsyncClient]:
        if self.http is not None:
            yield self.http
            return
        async with httpx.AsyncClient() as http:
            yield http

    async def _drive(
        self, key: str, registration: Registration, ids: RequestIds | None = None
    ) -> None:
        await self.store.save(key, registration)
        try:
            async with self._client() as http:
                await run_exchange(
                    registration, http, ids=ids, timeout=self.settings.exchange_timeout
                )
        finally:
            # An exchange cut short (cancelled, or a fault of ours) must not stay open: failing
            # its requests drops the pending tokens and brings back the committed ones.
            while registration.next_request() is not None:
                registration.request_failed()
            await self._keep(key, registration)

    async def _keep(self, key: str, registration: Registration) -> None:
        if registration.tokens == Tokens():
            await self.store.delete(key)  # nothing left to authenticate with
        else:
            await self.store.save(key, registration)

    async def _stored(self, key: str) -> Registration:
        registration = await self.store.get(key)
        if registration is None:
            raise UnknownPeer("no registration is stored under that key")
        return registration

    async def _granted(self, grant: Grant) -> Registration:
        registration = await self.store.get(grant.peer)
        if registration is None:  # removed since the lookup: the token is void now
            raise AuthorizationError(AuthorizationProblem.UNKNOWN_TOKEN)
        return registration

    async def _vacant(self, key: str) -> None:
        if await self.store.get(key) is not None:
            raise AdapterUsageError("a registration is stored under that key already")
