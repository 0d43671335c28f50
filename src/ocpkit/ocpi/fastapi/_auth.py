"""The authentication dependency (:class:`TokenAuth`): the ``Authorization`` header, checked
against the caller's token lookup (:class:`TokenLookup`), with the rules of the package
docstring's "Authentication" table."""

from collections.abc import Sequence
from typing import Final, Generic, Protocol, TypeVar

import attrs
from fastapi.openapi.models import APIKey, APIKeyIn
from fastapi.security.base import SecurityBase
from starlette.requests import Request

from ocpkit.ocpi.credentials import TokenAccess
from ocpkit.ocpi.headers import (
    AUTHORIZATION,
    AuthorizationError,
    AuthorizationProblem,
    CredentialsToken,
    TokenEncoding,
    token_candidates,
)
from ocpkit.ocpi.status import RegistrationRequired
from ocpkit.ocpi.version import OcpiVersion

from ._state import record_of

__all__ = ["TokenAuth", "TokenGrant", "TokenLookup"]

P = TypeVar("P")

_REGISTRATION_ONLY: Final = "this token only reaches versions and credentials"


@attrs.frozen(kw_only=True)
class TokenGrant(Generic[P]):
    """What a token lookup found: the ``peer`` (whatever identifies it in the caller's code),
    what the token may reach (``access``), the very ``token`` that matched (one of the
    candidates), and how that peer writes its ``Authorization`` header (``encoding``:
    ``ACCEPT_BOTH`` unless the peer's mode is set)."""

    peer: P
    access: TokenAccess
    token: CredentialsToken
    encoding: TokenEncoding = TokenEncoding.ACCEPT_BOTH


class TokenLookup(Protocol[P]):
    """Finds who presents a token: given the candidates read from one ``Authorization`` header
    (one or two, see :func:`~ocpkit.ocpi.headers.token_candidates`), the grant of the peer whose
    token is among them, or ``None`` when none is known.

    It must look every candidate up, and return ``None`` when candidates match different peers
    (a token that reads as the Base64 of another peer's token must not be taken for it). Compare
    tokens with ``==`` or by :attr:`~ocpkit.ocpi.headers.CredentialsToken.digest` (both constant
    time); never log them.
    """

    async def __call__(
        self, candidates: Sequence[CredentialsToken], /
    ) -> "TokenGrant[P] | None": ...


class TokenAuth(SecurityBase, Generic[P]):
    """FastAPI dependency: authenticates a request to ``module`` (a ``ModuleID`` such as
    ``locations``, or ``versions`` for the version endpoints) and gives its
    :class:`TokenGrant`.

    The header is read in both forms to find the peer, then again in that peer's own mode
    (:attr:`TokenGrant.encoding`): a peer set to Base64 that sends its token plain is refused.
    Every refusal of a missing, malformed or unknown token is the same
    :class:`~ocpkit.ocpi.headers.AuthorizationError` (HTTP 401); a token that only opens the
    registration (token A) on another module is
    :class:`~ocpkit.ocpi.status.RegistrationRequired` (HTTP 401). ``version`` is noted for the
    reply's HTTP status rules. In OpenAPI it shows as an API key in the ``Authorization``
    header.
    """

    def __init__(
        self,
        lookup: TokenLookup[P],
        *,
        module: str,
        version: OcpiVersion | None = None,
        scheme_name: str = "OcpiToken",
    ) -> None:
        self.lookup = lookup
        self.module = module
        self.version: OcpiVersion | None = None if version is None else OcpiVersion(version)
        self.model = APIKey(
            **{"in": APIKeyIn.header},  # type: ignore[arg-type]
            name=AUTHORIZATION,
            description="Token <credentials token> (Base64 of the token from OCPI 2.2.1 on)",
        )
        self.scheme_name = scheme_name

    async def __call__(self, request: Request) -> TokenGrant[P]:
        record = record_of(request.scope)
        if self.version is not None:
            record.version = self.version
        values = request.headers.getlist(AUTHORIZATION)
        if len(values) > 1:
            raise AuthorizationError(AuthorizationProblem.AMBIGUOUS)
        header = values[0] if values else None
        candidates = token_candidates(header, TokenEncoding.ACCEPT_BOTH)
        grant = await self.lookup(candidates)
        if grant is None or grant.access is TokenAccess.NONE:
            raise AuthorizationError(AuthorizationProblem.UNKNOWN_TOKEN)
        # the peer's own mode decides which forms of its header count
        if not any(grant.token == c for c in token_candidates(header, grant.encoding)):
            raise AuthorizationError(AuthorizationProblem.UNKNOWN_TOKEN)
        if not grant.access.allows(self.module):
            raise RegistrationRequired(_REGISTRATION_ONLY)
        return grant
