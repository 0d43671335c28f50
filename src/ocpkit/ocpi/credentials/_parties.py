"""The parties a ``Credentials`` object names: ours, declared once and written in any version
(:class:`PartyDeclaration`), and the peer's, read from the object it sent
(:func:`read_parties`)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Literal, TypeAlias, overload

import attrs
from pydantic import JsonValue, ValidationError

from ocpkit._ocpi_base import CiStr
from ocpkit.ocpi import v211, v221, v230
from ocpkit.ocpi.headers import CredentialsToken, CredentialsTokenError
from ocpkit.ocpi.reading import ReadError, Violation, read_object
from ocpkit.ocpi.version import OcpiVersion
from ocpkit.ocpi.versions import DeclarationError

from ._errors import InvalidCredentials

__all__ = [
    "AnyBusinessDetails",
    "AnyCredentials",
    "PartyDeclaration",
    "PartyRole",
    "PeerParties",
    "PeerParty",
    "read_parties",
]

AnyCredentials: TypeAlias = "v211.Credentials | v221.Credentials | v230.Credentials"
"""A ``Credentials`` object of any version ocpkit implements."""

AnyBusinessDetails: TypeAlias = "v211.BusinessDetails | v221.BusinessDetails | v230.BusinessDetails"
"""A ``BusinessDetails`` object of any version (the JSON is the same in each)."""


# -- our parties ------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class PartyRole:
    """One role we play: ``role`` (a ``Role`` value: ``CPO``, ``EMSP``, ...), the party's
    ``country_code`` and ``party_id``, and its ``business_details`` (of any version). Compared
    by role and ids only: the spec makes that combination unique."""

    role: str
    country_code: str
    party_id: str
    business_details: AnyBusinessDetails = attrs.field(eq=False)


def _roles(value: Iterable[PartyRole]) -> tuple[PartyRole, ...]:
    roles = tuple(value)
    if not roles:
        raise DeclarationError("declare at least one role")
    return roles


@overload
def _credentials_model(version: Literal[OcpiVersion.V211]) -> type[v211.Credentials]: ...
@overload
def _credentials_model(version: Literal[OcpiVersion.V221]) -> type[v221.Credentials]: ...
@overload
def _credentials_model(version: Literal[OcpiVersion.V230]) -> type[v230.Credentials]: ...
@overload
def _credentials_model(
    version: OcpiVersion,
) -> type[v211.Credentials] | type[v221.Credentials] | type[v230.Credentials]: ...
def _credentials_model(
    version: OcpiVersion,
) -> type[v211.Credentials] | type[v221.Credentials] | type[v230.Credentials]:
    if version is OcpiVersion.V211:
        return v211.Credentials
    if version is OcpiVersion.V221:
        return v221.Credentials
    return v230.Credentials


@attrs.frozen(kw_only=True)
class PartyDeclaration:
    """Who we are, for the ``Credentials`` we hand out: the roles we play and, on 2.3.0, the
    ``hub_party_id`` of a hub platform. :meth:`credentials` writes them in any version."""

    roles: tuple[PartyRole, ...] = attrs.field(converter=_roles)
    hub_party_id: str | None = None

    @classmethod
    def single(
        cls,
        *,
        country_code: str,
        party_id: str,
        business_details: AnyBusinessDetails,
        roles: Iterable[str] = ("CPO",),
    ) -> PartyDeclaration:
        """One party (one ``country_code``/``party_id``) playing each of ``roles``."""
        return cls(
            roles=tuple(
                PartyRole(
                    role=role,
                    country_code=country_code,
                    party_id=party_id,
                    business_details=business_details,
                )
                for role in roles
            )
        )

    @overload
    def credentials(
        self, version: Literal[OcpiVersion.V211], *, token: str, url: str
    ) -> v211.Credentials: ...
    @overload
    def credentials(
        self, version: Literal[OcpiVersion.V221], *, token: str, url: str
    ) -> v221.Credentials: ...
    @overload
    def credentials(
        self, version: Literal[OcpiVersion.V230], *, token: str, url: str
    ) -> v230.Credentials: ...
    @overload
    def credentials(self, version: OcpiVersion, *, token: str, url: str) -> AnyCredentials: ...
    def credentials(self, version: OcpiVersion, *, token: str, url: str) -> AnyCredentials:
        """Our ``Credentials`` in ``version``, with ``token`` and our versions ``url``.

        2.1.1 names one party: every role must then share one ``country_code`` and
        ``party_id`` (the first role's business details are used). ``hub_party_id`` is written
        on 2.3.0 only. :class:`~ocpkit.ocpi.versions.DeclarationError` if the result is not
        valid in ``version`` (e.g. role ``HUB`` on 2.3.0, a ``party_id`` over 3 characters).
        """
        version = OcpiVersion(version)
        wire: dict[str, JsonValue] = {"token": token, "url": url}
        if version is OcpiVersion.V211:
            parties = {(CiStr(r.country_code), CiStr(r.party_id)) for r in self.roles}
            if len(parties) > 1:
                raise DeclarationError("OCPI 2.1.1 credentials name a single party")
            first = self.roles[0]
            wire["party_id"] = first.party_id
            wire["country_code"] = first.country_code
            wire["business_details"] = first.business_details.to_wire()
        else:
            if version is OcpiVersion.V230 and self.hub_party_id is not None:
                wire["hub_party_id"] = self.hub_party_id
            wire["roles"] = [
                {
                    "role": str(r.role),
                    "business_details": r.business_details.to_wire(),
                    "party_id": r.party_id,
                    "country_code": r.country_code,
                }
                for r in self.roles
            ]
        try:
            return _credentials_model(version).from_wire(wire)
        except ValidationError as exc:
            found = len(exc.errors(include_url=False))
            raise DeclarationError(
                f"our credentials would not be valid OCPI {version.value} ({found} violation(s))"
            ) from None


# -- the peer's parties -----------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class PeerParty:
    """One party of the peer: its role (``None`` in 2.1.1, which has none), ``country_code``
    and ``party_id`` (compared case-insensitively), and its business details. Compared by role
    and ids only: the spec makes that combination unique."""

    role: str | None
    country_code: CiStr = attrs.field(converter=CiStr)
    party_id: CiStr = attrs.field(converter=CiStr)
    business_details: AnyBusinessDetails = attrs.field(eq=False, repr=False)


@attrs.frozen
class PeerParties:
    """The parties a peer's ``Credentials`` name, and its ``hub_party_id`` (2.3.0)."""

    parties: tuple[PeerParty, ...]
    hub_party_id: CiStr | None = None

    def __iter__(self) -> Iterator[PeerParty]:
        return iter(self.parties)

    def __len__(self) -> int:
        return len(self.parties)

    def find(self, country_code: str, party_id: str, role: str | None = None) -> PeerParty | None:
        """The party with these ids (any case) and, if given, ``role`` (a 2.1.1 party, which
        has no role, matches any); ``None`` if there is none."""
        for party in self.parties:
            if (
                party.country_code == country_code
                and party.party_id == party_id
                and (role is None or party.role is None or party.role == role)
            ):
                return party
        return None


def read_parties(credentials: AnyCredentials) -> PeerParties:
    """The parties named by a peer's ``Credentials`` of any version."""
    if isinstance(credentials, v211.Credentials):
        only = PeerParty(
            role=None,
            country_code=credentials.country_code,
            party_id=credentials.party_id,
            business_details=credentials.business_details,
        )
        return PeerParties((only,))
    parties = tuple(
        PeerParty(
            role=str(r.role),
            country_code=r.country_code,
            party_id=r.party_id,
            business_details=r.business_details,
        )
        for r in credentials.roles
    )
    hub = getattr(credentials, "hub_party_id", None)
    return PeerParties(parties, None if hub is None else CiStr(hub))


def _read_credentials(
    body: str | bytes, version: OcpiVersion
) -> tuple[AnyCredentials, CredentialsToken]:
    """A ``Credentials`` object of ``version`` and its token; :class:`InvalidCredentials` if
    either cannot be used."""
    try:
        credentials: AnyCredentials = read_object(_credentials_model(version), body)
    except ReadError as exc:
        raise InvalidCredentials(
            f"not a valid OCPI {version.value} Credentials object", exc.violations
        ) from None
    try:
        token = CredentialsToken(credentials.token)
    except CredentialsTokenError as exc:
        raise InvalidCredentials(
            f"invalid Credentials object: {exc.status_message}",
            (Violation("$.token", "credentials_token", exc.reason),),
        ) from None
    return credentials, token
