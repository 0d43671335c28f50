"""OCPI version information, both sides, sans-IO: reading a peer's versions list and version
details, choosing the version to speak, finding a module's URL, and publishing our own.

Facts (chapter "Version information endpoint" of 2.1.1, "Versions module" of 2.2.1 and 2.3.0):

* the versions endpoint answers a list of ``{version, url}``; each ``url`` is that version's
  details endpoint, which answers ``{version, endpoints}``; an endpoint is ``{identifier, url}``
  in 2.1.1 and ``{identifier, role, url}`` from 2.2.1 on (``role`` is ``SENDER`` or
  ``RECEIVER``);
* ``ModuleID`` may be extended with custom ids (``nltnm-tokens``), and 2.3.0 makes both
  ``ModuleID`` and ``VersionNumber`` open enums: values we do not know are kept, never refused;
* the ``role`` of a ``credentials`` endpoint carries no meaning: publish ``SENDER`` for ours,
  ignore it on the peer's;
* the party that starts a registration or an update picks the highest version both sides list.

Reading (:func:`parse_versions`, :func:`parse_version_details`) is item by item, as
:mod:`ocpkit.ocpi.reading` reads any list: a broken item is set aside with its violations
(``skipped``), never failing the rest. The versions list is read with the 2.3.0 ``Version``
class, the only one whose ``VersionNumber`` keeps numbers it does not know; details are read with
the ``Endpoint`` class of the version asked for. A details object for another version than the
one asked for is refused: its URL came from the versions list under that version.

Lookups:

==========================================  ===============================================
case                                        result
==========================================  ===============================================
module (and role) listed once               its URL
listed several times, all with one URL      that URL (a harmless repetition)
listed several times with different URLs    :class:`AmbiguousEndpoint` (3003): the spec
(same module, same role)                    gives no way to choose, so we do not guess
``role`` given, version 2.1.1               the role is ignored (2.1.1 endpoints have none)
module ``credentials``                      the role is ignored (it has no meaning there)
``role=None`` on 2.2.1+                     any role; different URLs per role: ambiguous
not listed                                  :meth:`VersionEndpoints.find` gives ``None``,
                                            :meth:`~VersionEndpoints.require` raises
                                            :class:`MissingEndpoint` (3003)
a version listed twice with different URLs  :class:`AmbiguousVersion` (3001)
no version in common                        :class:`NoMutualVersion` (3002)
==========================================  ===============================================

Publishing: :class:`VersionsDeclaration` states our versions (each with its details URL) and the
modules we serve (each with its role); it gives the versions list and each version's details as
the generated classes, checked when the declaration is made.
"""

# ruff: noqa: N818 - exception names read as the domain, like those of ocpkit.ocpi.status

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from types import MappingProxyType
from typing import Final, TypeAlias

import attrs
import orjson
from pydantic import JsonValue, ValidationError

from ocpkit._errors import OcpkitError
from ocpkit.ocpi import v211, v221, v230
from ocpkit.ocpi.reading import (
    InvalidItem,
    ListRead,
    ReadError,
    Violation,
    read_items,
    violations_of,
)
from ocpkit.ocpi.status import (
    NoMatchingEndpoints,
    UnableToUseClientApi,
    UnknownOcpiVersion,
    UnsupportedVersion,
)
from ocpkit.ocpi.version import OcpiVersion

__all__ = [
    "CREDENTIALS_MODULE",
    "VERSIONS_MODULE",
    "AmbiguousEndpoint",
    "AmbiguousVersion",
    "AnyVersionDetails",
    "DeclarationError",
    "InvalidVersionInformation",
    "MissingEndpoint",
    "ModuleDeclaration",
    "ModuleEndpoint",
    "NoMutualVersion",
    "PeerVersions",
    "VersionEndpoints",
    "VersionEntry",
    "VersionNotListed",
    "VersionsDeclaration",
    "VersionsError",
    "choose_version",
    "parse_version_details",
    "parse_versions",
    "version_order",
]

CREDENTIALS_MODULE: Final = "credentials"
"""The ``ModuleID`` of the credentials module (every party serves it)."""

VERSIONS_MODULE: Final = "versions"
"""Our name for the version information and version details endpoints together; not a
``ModuleID`` (no details list it), used where a module name is asked for (token access)."""

# Oldest first: the order in which one version is "higher" than another.
_ORDER: Final[tuple[OcpiVersion, ...]] = (OcpiVersion.V211, OcpiVersion.V221, OcpiVersion.V230)
# Versions whose endpoints carry an InterfaceRole (2.2 introduced it).
_WITH_ROLES: Final[frozenset[OcpiVersion]] = frozenset({OcpiVersion.V221, OcpiVersion.V230})
# The role the 2.2.1+ chapters advise for one's own credentials endpoint.
_CREDENTIALS_ROLE: Final = "SENDER"

AnyVersionDetails: TypeAlias = "v211.VersionDetails | v221.VersionDetails | v230.VersionDetails"
"""A version details object of any version ocpkit implements."""


def version_order(version: OcpiVersion | str) -> int:
    """The rank of ``version`` among the versions ocpkit implements (higher is newer);
    :class:`~ocpkit.ocpi.status.UnknownOcpiVersion` for any other."""
    known = _known(version)
    if known is None:
        raise UnknownOcpiVersion("not an OCPI version ocpkit implements")
    return _ORDER.index(known)


def _known(version: object) -> OcpiVersion | None:
    for known in _ORDER:
        if version == known:  # == so that any str-valued VersionNumber member matches
            return known
    return None


def _check_version(version: OcpiVersion | str) -> OcpiVersion:
    known = _known(version)
    if known is None:
        raise UnknownOcpiVersion("not an OCPI version ocpkit implements")
    return known


# -- errors -----------------------------------------------------------------------------------


class VersionsError(OcpkitError):
    """Base of the errors of this module. Those a peer should hear about are also
    :class:`~ocpkit.ocpi.status.OcpiError` subclasses carrying the status code to answer."""


class InvalidVersionInformation(VersionsError, ReadError):
    """A versions list or version details that cannot be read at all (not JSON, not the right
    shape, no usable endpoint, details of another version); ``violations`` says where."""


class DeclarationError(VersionsError):
    """Our own declaration (versions, modules or parties) cannot be published as it stands."""


class NoMutualVersion(VersionsError, UnsupportedVersion):
    """3002: the peer lists no version that we support too."""


class VersionNotListed(VersionsError, UnsupportedVersion):
    """3002: the peer's versions list lacks the version asked for."""


class AmbiguousVersion(VersionsError, UnableToUseClientApi):
    """3001: the peer lists the version asked for more than once, with different URLs."""


class MissingEndpoint(VersionsError, NoMatchingEndpoints):
    """3003: the peer's details lack a module (with that role) that is needed."""


class AmbiguousEndpoint(VersionsError, NoMatchingEndpoints):
    """3003: the peer lists a module under one role more than once, with different URLs."""


# -- the versions list ------------------------------------------------------------------------


@attrs.frozen
class VersionEntry:
    """One entry of a versions list: the version number as written (``"2.2.1"``, or one we do
    not know such as ``"3.0"``) and the URL of that version's details."""

    number: str
    url: str

    @property
    def version(self) -> OcpiVersion | None:
        """The version as an :class:`~ocpkit.ocpi.version.OcpiVersion`; ``None`` if ocpkit does
        not implement it."""
        return _known(self.number)


@attrs.frozen
class PeerVersions:
    """A peer's versions list, read item by item: every readable entry in order (unknown
    versions included) and the entries that could not be read (``skipped``)."""

    entries: tuple[VersionEntry, ...]
    skipped: tuple[InvalidItem, ...] = ()

    @property
    def numbers(self) -> tuple[str, ...]:
        """The version numbers listed, in order, each once."""
        return tuple(dict.fromkeys(entry.number for entry in self.entries))

    def url_for(self, version: OcpiVersion | str) -> str:
        """The details URL listed for ``version``: :class:`VersionNotListed` if absent,
        :class:`AmbiguousVersion` if listed with several URLs."""
        urls = _unique(entry.url for entry in self.entries if entry.number == version)
        if not urls:
            raise VersionNotListed("the peer does not list that OCPI version")
        if len(urls) > 1:
            raise AmbiguousVersion("the peer lists that OCPI version with several URLs")
        return urls[0]

    def choose(self, ours: Iterable[OcpiVersion | str]) -> VersionEntry:
        """The highest version both sides support, with its URL (see :func:`choose_version`)."""
        version = choose_version(ours, self.numbers)
        return VersionEntry(version.value, self.url_for(version))


def choose_version(ours: Iterable[OcpiVersion | str], theirs: Iterable[str]) -> OcpiVersion:
    """The highest version in both ``ours`` and ``theirs``; :class:`NoMutualVersion` if none.

    ``theirs`` are version numbers as a peer writes them; numbers we do not implement (``2.0``,
    ``2.2``, ``3.0``) are simply not in common. Version numbers compare exactly: ``2.2`` is not
    ``2.2.1``.
    """
    mine = {_check_version(version) for version in ours}
    common = {known for number in theirs if (known := _known(number)) in mine}
    if not common:
        raise NoMutualVersion("no OCPI version in common with the peer")
    return max(common, key=_ORDER.index)


def parse_versions(data: str | bytes | list[JsonValue]) -> PeerVersions:
    """Read a versions list (the ``data`` of the versions endpoint's reply, as JSON text or
    parsed); :class:`InvalidVersionInformation` unless it is a JSON array."""
    items = _load(data)
    if not isinstance(items, list):
        raise InvalidVersionInformation(
            "a versions list must be a JSON array", (Violation("$", "list_type", "not an array"),)
        )
    listed: ListRead[v230.Version] = read_items(v230.Version, items)
    entries = tuple(VersionEntry(str(item.version), item.url) for item in listed.items)
    return PeerVersions(entries, listed.invalid)


def _load(data: str | bytes | list[JsonValue] | dict[str, JsonValue]) -> JsonValue:
    if not isinstance(data, str | bytes):
        return data
    try:
        loaded: JsonValue = orjson.loads(data)
    except orjson.JSONDecodeError:
        raise InvalidVersionInformation(
            "not JSON text", (Violation("$", "json_invalid", "not JSON text"),)
        ) from None
    return loaded


def _unique(urls: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(urls))


# -- version details --------------------------------------------------------------------------


@attrs.frozen
class ModuleEndpoint:
    """One endpoint of a version's details: the module (a ``ModuleID`` member, or the id as a
    ``str`` for a custom module), the interface role (``None`` in 2.1.1) and the URL."""

    module: str
    role: str | None
    url: str


def _endpoint_model(
    version: OcpiVersion,
) -> type[v211.Endpoint] | type[v221.Endpoint] | type[v230.Endpoint]:
    if version is OcpiVersion.V211:
        return v211.Endpoint
    if version is OcpiVersion.V221:
        return v221.Endpoint
    return v230.Endpoint


def _details_model(
    version: OcpiVersion,
) -> type[v211.VersionDetails] | type[v221.VersionDetails] | type[v230.VersionDetails]:
    if version is OcpiVersion.V211:
        return v211.VersionDetails
    if version is OcpiVersion.V221:
        return v221.VersionDetails
    return v230.VersionDetails


def _to_tuple(value: Iterable[ModuleEndpoint]) -> tuple[ModuleEndpoint, ...]:
    return tuple(value)


@attrs.frozen
class VersionEndpoints:
    """The endpoints one party serves for one version: what to keep per peer after a
    registration (or to publish for ourselves, see :meth:`VersionsDeclaration.endpoints`).

    ``skipped`` holds the endpoint items that could not be read (they are not looked up).
    """

    version: OcpiVersion = attrs.field(converter=_check_version)
    endpoints: tuple[ModuleEndpoint, ...] = attrs.field(converter=_to_tuple)
    skipped: tuple[InvalidItem, ...] = ()

    def __iter__(self) -> Iterator[ModuleEndpoint]:
        return iter(self.endpoints)

    def __len__(self) -> int:
        return len(self.endpoints)

    @property
    def modules(self) -> tuple[str, ...]:
        """The modules listed, in order, each once."""
        return tuple(dict.fromkeys(endpoint.module for endpoint in self.endpoints))

    def matching(self, module: str, role: str | None = None) -> tuple[ModuleEndpoint, ...]:
        """Every endpoint of ``module`` that fits ``role`` (see the lookup table above)."""
        ignore_role = role is None or module == CREDENTIALS_MODULE
        return tuple(
            endpoint
            for endpoint in self.endpoints
            if endpoint.module == module
            and (ignore_role or endpoint.role is None or endpoint.role == role)
        )

    def find(self, module: str, role: str | None = None) -> str | None:
        """The URL of ``module`` (a ``ModuleID`` member or a custom id) under ``role``
        (``SENDER``/``RECEIVER``, ignored for 2.1.1 and for ``credentials``); ``None`` if it is
        not listed, :class:`AmbiguousEndpoint` if listed with different URLs."""
        urls = _unique(endpoint.url for endpoint in self.matching(module, role))
        if len(urls) > 1:
            raise AmbiguousEndpoint("the peer lists that module under several URLs")
        return urls[0] if urls else None

    def require(self, module: str, role: str | None = None) -> str:
        """Like :meth:`find`, but :class:`MissingEndpoint` when the module is not listed."""
        url = self.find(module, role)
        if url is None:
            raise MissingEndpoint("the peer does not offer a module this party needs")
        return url

    def has(self, module: str, role: str | None = None) -> bool:
        """Whether ``module`` is listed under ``role`` at all (ambiguous or not)."""
        return bool(self.matching(module, role))

    def to_details(self) -> AnyVersionDetails:
        """These endpoints as the generated ``VersionDetails`` of :attr:`version` (to publish)."""
        wire: dict[str, JsonValue] = {
            "version": self.version.value,
            "endpoints": [_endpoint_wire(endpoint) for endpoint in self.endpoints],
        }
        return _details_model(self.version).from_wire(wire)


def _endpoint_wire(endpoint: ModuleEndpoint) -> dict[str, JsonValue]:
    wire: dict[str, JsonValue] = {"identifier": str(endpoint.module), "url": endpoint.url}
    if endpoint.role is not None:
        wire["role"] = str(endpoint.role)
    return wire


def parse_version_details(
    data: str | bytes | dict[str, JsonValue], version: OcpiVersion | str
) -> VersionEndpoints:
    """Read a version details object (the ``data`` of a details endpoint's reply, as JSON text
    or parsed) of ``version``, endpoint by endpoint with that version's ``Endpoint`` class.

    :class:`InvalidVersionInformation` if it is not an object, its ``version`` is not
    ``version``, or no endpoint can be read; broken endpoints beside good ones are ``skipped``.
    """
    expected = _check_version(version)
    raw = _load(data)
    if not isinstance(raw, dict):
        raise InvalidVersionInformation(
            "version details must be a JSON object",
            (Violation("$", "model_type", "not an object"),),
        )
    if raw.get("version") != expected.value:
        raise InvalidVersionInformation(
            "version details are not those of the version asked for",
            (Violation("$.version", "version_mismatch", f"expected {expected.value}"),),
        )
    items = raw.get("endpoints")
    if not isinstance(items, list) or not items:
        raise InvalidVersionInformation(
            "version details must list at least one endpoint",
            (Violation("$.endpoints", "list_type", "not a non-empty array"),),
        )
    listed = read_items(_endpoint_model(expected), items)
    if not listed.items:
        raise InvalidVersionInformation(
            "no endpoint of the version details can be read",
            tuple(
                attrs.evolve(violation, path=f"$.endpoints[{item.index}]{violation.path[1:]}")
                for item in listed.invalid
                for violation in item.violations
            ),
        )
    endpoints = tuple(
        ModuleEndpoint(item.identifier, getattr(item, "role", None), item.url)
        for item in listed.items
    )
    return VersionEndpoints(expected, endpoints, listed.invalid)


# -- publishing our own -----------------------------------------------------------------------


def _versions_set(value: Iterable[OcpiVersion | str] | None) -> frozenset[OcpiVersion] | None:
    return None if value is None else frozenset(_check_version(v) for v in value)


@attrs.frozen(kw_only=True)
class ModuleDeclaration:
    """A module we serve: its id (a ``ModuleID`` member or a custom id), its interface role
    (``SENDER``/``RECEIVER``; required from 2.2.1 on except for ``credentials``, which gets
    ``SENDER``), its URL, and the versions it is served in (``None``: all we declare).

    ``url`` may be absolute, or relative to the version's details URL; ``None`` means
    ``<details URL>/<module id>``.
    """

    module: str
    role: str | None = None
    url: str | None = None
    versions: frozenset[OcpiVersion] | None = attrs.field(default=None, converter=_versions_set)

    def url_in(self, base: str) -> str:
        """The absolute URL of this module under the version details URL ``base``."""
        path = str(self.module) if self.url is None else self.url
        if "://" in path:
            return path
        return base.rstrip("/") + "/" + path.lstrip("/")


def _bases(value: Mapping[OcpiVersion, str]) -> Mapping[OcpiVersion, str]:
    checked = {_check_version(version): url for version, url in value.items()}
    return MappingProxyType({v: checked[v] for v in _ORDER if v in checked})


def _modules(value: Iterable[ModuleDeclaration]) -> tuple[ModuleDeclaration, ...]:
    return tuple(value)


@attrs.frozen(kw_only=True)
class VersionsDeclaration:
    """What we publish: our versions endpoint URL, each version we support with its details
    URL, and the modules we serve. Checked when made (:class:`DeclarationError`): at least one
    version; a ``credentials`` module in each; from 2.2.1 on a role for every other module; no
    module twice under one role in a version with different URLs (2.1.1: no module twice with
    different URLs, as it has no roles); every URL within the 255 characters OCPI allows.
    """

    versions_url: str
    details_urls: Mapping[OcpiVersion, str] = attrs.field(converter=_bases)
    modules: tuple[ModuleDeclaration, ...] = attrs.field(converter=_modules)

    def __attrs_post_init__(self) -> None:
        if not self.details_urls:
            raise DeclarationError("declare at least one OCPI version")
        for version in self.details_urls:
            self.details(version)  # builds and checks every version's details once
        try:
            self.versions()
        except ValidationError as exc:
            raise DeclarationError(_summary("versions list", exc)) from None

    @property
    def supported(self) -> tuple[OcpiVersion, ...]:
        """The versions we support, oldest first."""
        return tuple(self.details_urls)

    def details_url(self, version: OcpiVersion | str) -> str:
        """Our details URL for ``version``; :class:`DeclarationError` if we do not declare it."""
        known = _check_version(version)
        if known not in self.details_urls:
            raise DeclarationError("that version is not declared")
        return self.details_urls[known]

    def versions(self) -> list[v230.Version]:
        """Our versions list, to serve at :attr:`versions_url` (the 2.3.0 ``Version`` class,
        whose JSON is the same in every version and which can name every version)."""
        return [
            v230.Version.from_wire({"version": version.value, "url": url})
            for version, url in self.details_urls.items()
        ]

    def endpoints(self, version: OcpiVersion | str) -> VersionEndpoints:
        """Our endpoints for ``version``, as a :class:`VersionEndpoints` value."""
        known = _check_version(version)
        base = self.details_url(known)
        with_roles = known in _WITH_ROLES
        rows: list[ModuleEndpoint] = []
        for declared in self.modules:
            if declared.versions is not None and known not in declared.versions:
                continue
            role = declared.role if with_roles else None
            if with_roles and role is None:
                if declared.module != CREDENTIALS_MODULE:
                    raise DeclarationError(f"OCPI {known.value} needs a role for every module")
                role = _CREDENTIALS_ROLE
            endpoint = ModuleEndpoint(declared.module, role, declared.url_in(base))
            if endpoint not in rows:
                rows.append(endpoint)
        endpoints = VersionEndpoints(known, tuple(rows))
        if not endpoints.has(CREDENTIALS_MODULE):
            raise DeclarationError(f"OCPI {known.value} needs a credentials module")
        for row in rows:
            try:
                endpoints.find(row.module, row.role)
            except AmbiguousEndpoint:
                raise DeclarationError(
                    f"OCPI {known.value}: a module is declared twice with different URLs"
                ) from None
        return endpoints

    def details(self, version: OcpiVersion | str) -> AnyVersionDetails:
        """Our details for ``version``, as that version's generated ``VersionDetails``."""
        endpoints = self.endpoints(version)
        try:
            return endpoints.to_details()
        except ValidationError as exc:
            raise DeclarationError(_summary("version details", exc)) from None


def _summary(what: str, error: ValidationError) -> str:
    found = violations_of(error)
    paths = ", ".join(violation.path for violation in found[:5])
    return f"our {what} would not be valid OCPI ({len(found)} violation(s) at {paths})"
