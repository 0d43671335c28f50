"""The interfaces and endpoints of every OCPI module, per version: a table of facts.

For each module of OCPI 2.1.1, 2.2.1 and 2.3.0 (the ``ModuleID`` values, and ``versions`` for
the version information and version details endpoints) the table holds its interfaces and, for
each interface, the party roles its chapter names as implementing it and its endpoints: the HTTP
method, where the URL starts, the path template after that, the query parameters, and the objects
carried in the request body and in the response's ``data``. Object names are those of the
version's package (:mod:`ocpkit.ocpi.v221`: ``Location``, ``CDR``, ...).

Interfaces: from 2.2.1 on a module has a Sender and a Receiver interface (``InterfaceRole``,
the ``role`` of a version details endpoint); 2.1.1 names them after the party that serves them
("CPO interface", "eMSP interface") and its endpoints carry no role, so there ``role`` is
``None``. The ``credentials`` and ``versions`` modules are the same for every party
(``role`` ``None`` in every version). Roles are the wire values of ``Role`` (``CPO``,
``EMSP``, ...); 2.1.1 has no such enum and its chapters name only the CPO and the eMSP.

Path templates, after the URL named by :class:`UrlBase`:

=====================  =====================================================
written                means
=====================  =====================================================
``""``                 the URL itself
``/{name}``            a URL segment holding the value of parameter ``name``
``/authorize``         a fixed URL segment
``[/{name}]``          an optional segment (each only with the ones before it)
=====================  =====================================================

Query parameters are listed apart (:class:`QueryParameter`), each required or not;
:attr:`Operation.template` writes them after the path, optional ones in brackets.

Differences between the versions that show in the table: 2.1.1 reads no token ``type`` in the
Tokens receiving URLs, lets a Tariff be PATCHed and has no ``CANCEL_RESERVATION`` command;
2.2.1 adds Charging Preferences (``PUT`` on the Sessions Sender), the ``chargingprofiles`` and
``hubclientinfo`` modules, and command results as ``CommandResult`` (2.1.1:
``CommandResponse``); 2.3.0 keeps every interface and endpoint of 2.2.1 (its Payments module,
an add-on, is not covered here).
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType
from typing import Final, Literal, TypeAlias

import attrs

from ocpkit.ocpi import v211, v221, v230
from ocpkit.ocpi.version import OcpiVersion
from ocpkit.ocpi.versions import VERSIONS_MODULE

__all__ = [
    "MODULE_INTERFACES",
    "HttpMethod",
    "Interface",
    "ModuleInterfaces",
    "Operation",
    "Payload",
    "QueryParameter",
    "UrlBase",
    "module_interfaces",
    "modules_of",
]

HttpMethod: TypeAlias = Literal["GET", "POST", "PUT", "PATCH", "DELETE"]
"""An HTTP method an OCPI interface uses."""


class UrlBase(StrEnum):
    """Where the URL of an endpoint starts, before its path template."""

    MODULE = "module URL"
    """The module's URL, as the version details list it."""
    VERSIONS = "versions URL"
    """The party's versions URL (handed over outside OCPI)."""
    DETAILS = "version details URL"
    """A version's details URL, as the versions list gives it."""
    RESPONSE_URL = "response_url"
    """The ``response_url`` an earlier request named (the asynchronous results)."""
    CREATED = "Location header"
    """The URL in the ``Location`` header of the reply to the POST that created the object."""


@attrs.frozen
class QueryParameter:
    """A query parameter of an endpoint and whether the request must carry it."""

    name: str
    required: bool = False


@attrs.frozen(kw_only=True)
class Payload:
    """What a request body or a response's ``data`` holds: one of ``objects`` (several names:
    a choice, which one follows from the URL or the command), a list of them (``many``), only
    the fields that change (``partial``, a PATCH), and whether it may be absent
    (``optional``)."""

    objects: tuple[str, ...]
    many: bool = False
    partial: bool = False
    optional: bool = False


_SEGMENT: Final = "/"


@attrs.frozen(kw_only=True)
class Operation:
    """One endpoint of an interface: ``method`` on the URL ``url`` followed by ``path``, with
    the ``query`` parameters, the ``request`` body and the response ``data`` (``None``: there
    is none), and whether the reply is paginated."""

    method: HttpMethod
    url: UrlBase = UrlBase.MODULE
    path: str = ""
    query: tuple[QueryParameter, ...] = ()
    request: Payload | None = None
    response: Payload | None = None
    paginated: bool = False

    @property
    def template(self) -> str:
        """The path template with its query, optional parameters in brackets:
        ``/{token_uid}/authorize?[type]``, ``?date_from&[date_to]&[offset]&[limit]``."""
        if not self.query:
            return self.path
        names = (p.name if p.required else f"[{p.name}]" for p in self.query)
        return f"{self.path}?" + "&".join(names)

    def path_variants(self) -> tuple[str, ...]:
        """Every concrete path the template allows, shortest first:
        ``/{id}[/{a}][/{b}]`` gives ``/{id}``, ``/{id}/{a}`` and ``/{id}/{a}/{b}``."""
        fixed, _, rest = self.path.partition("[")
        variants = [fixed]
        optional = ("[" + rest) if rest else ""
        while optional:
            inner, _, optional = optional[1:].partition("]")
            variants.append(variants[-1] + inner)
        return tuple(variants)

    def segments(self) -> tuple[str, ...]:
        """The segments of the longest path (``{country_code}``, ``authorize``, ...)."""
        longest = self.path_variants()[-1]
        return tuple(longest.split(_SEGMENT)[1:]) if longest else ()


@attrs.frozen(kw_only=True)
class Interface:
    """One interface of a module: its ``role`` (``SENDER``/``RECEIVER`` from 2.2.1 on,
    ``None`` in 2.1.1 and for the modules every party serves alike), the roles its chapter
    names as implementing it, and its endpoints."""

    role: str | None
    implemented_by: tuple[str, ...]
    endpoints: tuple[Operation, ...]

    @property
    def title(self) -> str:
        """``Sender interface``, ``CPO interface`` (2.1.1) or ``Symmetric interface``."""
        if self.role is not None:
            return f"{str(self.role).capitalize()} interface"
        if len(self.implemented_by) == 1:
            return f"{_PARTY_NAMES.get(self.implemented_by[0], self.implemented_by[0])} interface"
        return "Symmetric interface"


_PARTY_NAMES: Final[Mapping[str, str]] = {"EMSP": "eMSP"}


@attrs.frozen(kw_only=True)
class ModuleInterfaces:
    """The interfaces of one module (a ``ModuleID`` value, or ``versions``) in one version."""

    version: OcpiVersion
    module: str
    interfaces: tuple[Interface, ...]

    def interface(self, role: str) -> Interface:
        """The interface with ``role`` (``SENDER``/``RECEIVER``); ``KeyError`` if none."""
        for interface in self.interfaces:
            if interface.role == role:
                return interface
        raise KeyError(role)


# -- building the table ---------------------------------------------------------------------------

_LIST_QUERY: Final = (
    QueryParameter("date_from"),
    QueryParameter("date_to"),
    QueryParameter("offset"),
    QueryParameter("limit"),
)
# Sessions lists ask for date_from (2.1.1, 2.2.1 and 2.3.0 alike)
_SESSIONS_QUERY: Final = (QueryParameter("date_from", required=True), *_LIST_QUERY[1:])
_TOKEN_TYPE: Final = (QueryParameter("type"),)
_LOCATION_SENDER_PATH: Final = "/{location_id}[/{evse_uid}][/{connector_id}]"
_LOCATION_RECEIVER_PATH: Final = (
    "/{country_code}/{party_id}/{location_id}[/{evse_uid}][/{connector_id}]"
)
_LOCATION_OBJECTS: Final = ("Location", "EVSE", "Connector")


def _one(name: str, *, partial: bool = False, optional: bool = False) -> Payload:
    return Payload(objects=(name,), partial=partial, optional=optional)


def _list(name: str) -> Payload:
    return Payload(objects=(name,), many=True)


def _list_get(name: str, query: tuple[QueryParameter, ...] = _LIST_QUERY) -> Operation:
    return Operation(method="GET", query=query, response=_list(name), paginated=True)


def _pushed(
    path: str, name: str, *, patch: bool, query: tuple[QueryParameter, ...] = ()
) -> tuple[Operation, ...]:
    """GET, PUT (and PATCH) of one pushed object at ``path``."""
    found = [
        Operation(method="GET", path=path, query=query, response=_one(name)),
        Operation(method="PUT", path=path, query=query, request=_one(name)),
    ]
    if patch:
        found.append(
            Operation(method="PATCH", path=path, query=query, request=_one(name, partial=True))
        )
    return tuple(found)


_LOCATION_CHOICE: Final = Payload(objects=_LOCATION_OBJECTS)
# The Locations Receiver interface: a Location, EVSE or Connector read, replaced or patched.
_LOCATION_PUSHED: Final = (
    Operation(method="GET", path=_LOCATION_RECEIVER_PATH, response=_LOCATION_CHOICE),
    Operation(method="PUT", path=_LOCATION_RECEIVER_PATH, request=_LOCATION_CHOICE),
    Operation(
        method="PATCH",
        path=_LOCATION_RECEIVER_PATH,
        request=Payload(objects=_LOCATION_OBJECTS, partial=True),
    ),
)


# The real-time authorization of a token (Tokens, eMSP side), the same in every version.
_TOKEN_AUTHORIZE: Final = Operation(
    method="POST",
    path="/{token_uid}/authorize",
    query=_TOKEN_TYPE,
    request=_one("LocationReferences", optional=True),
    response=_one("AuthorizationInfo"),
)


def _versions_module(version: OcpiVersion, implemented_by: tuple[str, ...]) -> ModuleInterfaces:
    return ModuleInterfaces(
        version=version,
        module=VERSIONS_MODULE,
        interfaces=(
            Interface(
                role=None,
                implemented_by=implemented_by,
                endpoints=(
                    Operation(method="GET", url=UrlBase.VERSIONS, response=_list("Version")),
                    Operation(method="GET", url=UrlBase.DETAILS, response=_one("VersionDetails")),
                ),
            ),
        ),
    )


def _credentials(
    version: OcpiVersion, module: str, implemented_by: tuple[str, ...]
) -> ModuleInterfaces:
    credentials = _one("Credentials")
    return ModuleInterfaces(
        version=version,
        module=module,
        interfaces=(
            Interface(
                role=None,
                implemented_by=implemented_by,
                endpoints=(
                    Operation(method="GET", response=credentials),
                    Operation(method="POST", request=credentials, response=credentials),
                    Operation(method="PUT", request=credentials, response=credentials),
                    Operation(method="DELETE"),
                ),
            ),
        ),
    )


def _v211() -> tuple[ModuleInterfaces, ...]:
    """OCPI 2.1.1: interfaces named after the party that serves them."""
    version = OcpiVersion.V211
    module = v211.ModuleID
    cpo, emsp = "CPO", "EMSP"  # 2.1.1 has no Role enum; these are the values 2.2.1 gives them

    def of(name: str, *interfaces: Interface) -> ModuleInterfaces:
        return ModuleInterfaces(version=version, module=name, interfaces=interfaces)

    def at(party: str, *endpoints: Operation) -> Interface:
        return Interface(role=None, implemented_by=(party,), endpoints=endpoints)

    return (
        _versions_module(version, (cpo, emsp)),
        _credentials(version, module.CREDENTIALS, (cpo, emsp)),
        of(
            module.LOCATIONS,
            at(
                cpo,
                _list_get("Location"),
                Operation(method="GET", path=_LOCATION_SENDER_PATH, response=_LOCATION_CHOICE),
            ),
            at(
                emsp,
                *_LOCATION_PUSHED,
            ),
        ),
        of(
            module.SESSIONS,
            at(cpo, _list_get("Session", _SESSIONS_QUERY)),
            at(emsp, *_pushed("/{country_code}/{party_id}/{session_id}", "Session", patch=True)),
        ),
        of(
            module.CDRS,
            at(cpo, _list_get("CDR")),
            at(
                emsp,
                Operation(method="GET", url=UrlBase.CREATED, response=_one("CDR")),
                Operation(method="POST", request=_one("CDR")),
            ),
        ),
        of(
            module.TARIFFS,
            at(cpo, _list_get("Tariff")),
            at(
                emsp,
                *_pushed("/{country_code}/{party_id}/{tariff_id}", "Tariff", patch=True),
                Operation(method="DELETE", path="/{country_code}/{party_id}/{tariff_id}"),
            ),
        ),
        of(
            module.TOKENS,
            at(cpo, *_pushed("/{country_code}/{party_id}/{token_uid}", "Token", patch=True)),
            at(
                emsp,
                _list_get("Token"),
                _TOKEN_AUTHORIZE,
            ),
        ),
        of(
            module.COMMANDS,
            at(
                cpo,
                Operation(
                    method="POST",
                    path="/{command}",
                    request=Payload(
                        objects=("ReserveNow", "StartSession", "StopSession", "UnlockConnector")
                    ),
                    response=_one("CommandResponse"),
                ),
            ),
            at(
                emsp,
                Operation(method="POST", url=UrlBase.RESPONSE_URL, request=_one("CommandResponse")),
            ),
        ),
    )


def _v22x(version: OcpiVersion) -> tuple[ModuleInterfaces, ...]:
    """OCPI 2.2.1 and 2.3.0 (the same interfaces and endpoints): Sender and Receiver."""
    package = v221 if version is OcpiVersion.V221 else v230
    module, role, sender, receiver = (
        package.ModuleID,
        package.Role,
        package.InterfaceRole.SENDER,
        package.InterfaceRole.RECEIVER,
    )
    every_role = tuple(role)
    # the Hub serves the Sender side of hubclientinfo; 2.3.0's Role enum has no HUB, the
    # chapter still names the Hub
    hub = "HUB"

    def of(name: str, *interfaces: Interface) -> ModuleInterfaces:
        return ModuleInterfaces(version=version, module=name, interfaces=interfaces)

    def at(interface_role: str, parties: tuple[str, ...], *endpoints: Operation) -> Interface:
        return Interface(role=interface_role, implemented_by=parties, endpoints=endpoints)

    profile_response = _one("ChargingProfileResponse")
    return (
        _versions_module(version, (role.CPO, role.EMSP)),
        _credentials(version, module.CREDENTIALS, every_role),
        of(
            module.LOCATIONS,
            at(
                sender,
                (role.CPO,),
                _list_get("Location"),
                Operation(method="GET", path=_LOCATION_SENDER_PATH, response=_LOCATION_CHOICE),
            ),
            at(
                receiver,
                (role.EMSP, role.NSP),
                *_LOCATION_PUSHED,
            ),
        ),
        of(
            module.SESSIONS,
            at(
                sender,
                (role.CPO,),
                _list_get("Session", _SESSIONS_QUERY),
                Operation(
                    method="PUT",
                    path="/{session_id}/charging_preferences",
                    request=_one("ChargingPreferences"),
                    response=_one("ChargingPreferencesResponse"),
                ),
            ),
            at(
                receiver,
                (role.EMSP, role.SCSP),
                *_pushed("/{country_code}/{party_id}/{session_id}", "Session", patch=True),
            ),
        ),
        of(
            module.CDRS,
            at(sender, (role.CPO,), _list_get("CDR")),
            at(
                receiver,
                (role.EMSP,),
                Operation(method="GET", url=UrlBase.CREATED, response=_one("CDR")),
                Operation(method="POST", request=_one("CDR")),
            ),
        ),
        of(
            module.TARIFFS,
            at(sender, (role.CPO,), _list_get("Tariff")),
            at(
                receiver,
                (role.EMSP, role.NSP),
                *_pushed("/{country_code}/{party_id}/{tariff_id}", "Tariff", patch=False),
                Operation(method="DELETE", path="/{country_code}/{party_id}/{tariff_id}"),
            ),
        ),
        of(
            module.TOKENS,
            at(
                sender,
                (role.EMSP,),
                _list_get("Token"),
                _TOKEN_AUTHORIZE,
            ),
            at(
                receiver,
                (role.CPO,),
                *_pushed(
                    "/{country_code}/{party_id}/{token_uid}",
                    "Token",
                    patch=True,
                    query=_TOKEN_TYPE,
                ),
            ),
        ),
        of(
            module.COMMANDS,
            at(
                sender,
                (role.EMSP,),
                Operation(method="POST", url=UrlBase.RESPONSE_URL, request=_one("CommandResult")),
            ),
            at(
                receiver,
                (role.CPO,),
                Operation(
                    method="POST",
                    path="/{command}",
                    request=Payload(
                        objects=(
                            "CancelReservation",
                            "ReserveNow",
                            "StartSession",
                            "StopSession",
                            "UnlockConnector",
                        )
                    ),
                    response=_one("CommandResponse"),
                ),
            ),
        ),
        of(
            module.CHARGINGPROFILES,
            at(
                sender,
                (role.SCSP,),
                Operation(
                    method="POST",
                    url=UrlBase.RESPONSE_URL,
                    request=Payload(
                        objects=(
                            "ActiveChargingProfileResult",
                            "ChargingProfileResult",
                            "ClearProfileResult",
                        )
                    ),
                ),
                Operation(
                    method="PUT", path="/{session_id}", request=_one("ActiveChargingProfile")
                ),
            ),
            at(
                receiver,
                (role.CPO,),
                Operation(
                    method="GET",
                    path="/{session_id}",
                    query=(
                        QueryParameter("duration", required=True),
                        QueryParameter("response_url", required=True),
                    ),
                    response=profile_response,
                ),
                Operation(
                    method="PUT",
                    path="/{session_id}",
                    request=_one("SetChargingProfile"),
                    response=profile_response,
                ),
                Operation(
                    method="DELETE",
                    path="/{session_id}",
                    query=(QueryParameter("response_url", required=True),),
                    response=profile_response,
                ),
            ),
        ),
        of(
            module.HUBCLIENTINFO,
            at(sender, (hub,), _list_get("ClientInfo")),
            at(
                receiver,
                tuple(r for r in every_role if r != hub),
                *_pushed("/{country_code}/{party_id}", "ClientInfo", patch=False),
            ),
        ),
    )


MODULE_INTERFACES: Final[Mapping[OcpiVersion, tuple[ModuleInterfaces, ...]]] = MappingProxyType(
    {
        OcpiVersion.V211: _v211(),
        OcpiVersion.V221: _v22x(OcpiVersion.V221),
        OcpiVersion.V230: _v22x(OcpiVersion.V230),
    }
)
"""Every module's interfaces, per version: ``versions`` and ``credentials`` first, then the
functional modules, then the configuration modules 2.2.1 added."""


def modules_of(version: OcpiVersion | str) -> tuple[ModuleInterfaces, ...]:
    """The modules of ``version`` with their interfaces; ``KeyError`` for another version."""
    try:
        known = OcpiVersion(version)
    except ValueError:
        raise KeyError(version) from None
    return MODULE_INTERFACES[known]


def module_interfaces(version: OcpiVersion | str, module: str) -> ModuleInterfaces:
    """The interfaces of ``module`` (a ``ModuleID`` value or ``versions``) in ``version``;
    ``KeyError`` if the table has no such module."""
    for found in modules_of(version):
        if found.module == module:
            return found
    raise KeyError(module)
