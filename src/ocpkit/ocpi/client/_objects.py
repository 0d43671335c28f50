"""Which OCPI objects the client reads and pushes, and where: the module of each, its identity
in a list (what a crawl de-duplicates on), and its place on the receiver interface.

Receiver interface URLs (each module's chapter, "Receiver Interface" in 2.2.1 and 2.3.0, the
eMSP or CPO "Interface" in 2.1.1; the shape is the same in all three)::

    {endpoint}/{country_code}/{party_id}/{id}[/{evse_uid}[/{connector_id}]]

================  =====  ======================  ===========================  ================
object            vers.  key in a list           receiver URL ids             receiver methods
================  =====  ======================  ===========================  ================
Location          2.1.1  id                      cc, party, location id       GET PUT PATCH
Location          2.2.1+ country_code, party_id, cc, party, location id       GET PUT PATCH
                         id
EVSE              all    uid                     ... location id, evse uid    GET PUT PATCH
Connector         all    id                      ... evse uid, connector id   GET PUT PATCH
Token             2.1.1  uid                     cc, party, token uid         GET PUT PATCH
Token             2.2.1+ country_code, party_id, cc, party, token uid         GET PUT PATCH
                         uid, type               (+ ``?type=``)
Session           2.1.1  id                      cc, party, session id        GET PUT PATCH
Session           2.2.1+ country_code, party_id, cc, party, session id        GET PUT PATCH
                         id
Tariff            2.1.1  id                      cc, party, tariff id         GET PUT PATCH
                                                                              DELETE
Tariff            2.2.1+ country_code, party_id, cc, party, tariff id         GET PUT DELETE
                         id
CDR               2.1.1  id                      none: POSTed to the          POST, then GET
CDR               2.2.1+ country_code, party_id, endpoint, read back at the   at that URL
                         id                      ``Location`` it answers
================  =====  ======================  ===========================  ================

2.1.1 objects carry no ``country_code``/``party_id``; their URL takes those of the party
pushing them (ours). In 2.2.1 and 2.3.0 a Token is one per (uid, type), and its URL names the
type in the query (absent means RFID). Key parts that are ``CiString`` fields are compared
case-insensitively.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Hashable, Mapping
from functools import cache
from typing import Final

import attrs

from ocpkit._ocpi_base import CaseInsensitive, CiStr, OcpiModel
from ocpkit.ocpi.version import OcpiVersion

from ._errors import ClientUsageError

__all__ = [
    "OBJECT_RULES",
    "ObjectRule",
    "default_module",
    "key_function",
    "model_version",
    "rule_for",
    "version_class",
]

_V211, _V221, _V230 = OcpiVersion.V211, OcpiVersion.V221, OcpiVersion.V230
_SINCE_221: Final = (_V221, _V230)

_PUSHED: Final = frozenset({"GET", "PUT", "PATCH"})
_TARIFF_211: Final = frozenset({"GET", "PUT", "PATCH", "DELETE"})
_TARIFF: Final = frozenset({"GET", "PUT", "DELETE"})
_CDR: Final = frozenset({"POST"})
_OWNER: Final = ("country_code", "party_id")


@attrs.frozen(kw_only=True)
class ObjectRule:
    """One row of the table: the generated class ``name`` of ``version``, its ``module``, the
    fields that make its ``key`` in a list, how many ids its receiver URL takes after the
    endpoint (``segments``; 0 for a CDR), the methods of that interface, the field holding the
    object's own id (the URL's last segment), and whether the URL names the token type in its
    query."""

    version: OcpiVersion
    name: str
    module: str
    key: tuple[str, ...]
    segments: int
    methods: frozenset[str]
    id_field: str = "id"
    type_query: bool = False


def _rows() -> tuple[ObjectRule, ...]:
    rows: list[ObjectRule] = []
    for version in OcpiVersion:
        new = version in _SINCE_221
        owner = _OWNER if new else ()
        rows += [
            ObjectRule(
                version=version,
                name="Location",
                module="locations",
                key=(*owner, "id"),
                segments=3,
                methods=_PUSHED,
            ),
            ObjectRule(
                version=version,
                name="EVSE",
                module="locations",
                key=("uid",),
                segments=4,
                methods=_PUSHED,
                id_field="uid",
            ),
            ObjectRule(
                version=version,
                name="Connector",
                module="locations",
                key=("id",),
                segments=5,
                methods=_PUSHED,
            ),
            ObjectRule(
                version=version,
                name="Token",
                module="tokens",
                key=(*owner, "uid", "type") if new else ("uid",),
                segments=3,
                methods=_PUSHED,
                id_field="uid",
                type_query=new,
            ),
            ObjectRule(
                version=version,
                name="Session",
                module="sessions",
                key=(*owner, "id"),
                segments=3,
                methods=_PUSHED,
            ),
            ObjectRule(
                version=version,
                name="Tariff",
                module="tariffs",
                key=(*owner, "id"),
                segments=3,
                methods=_TARIFF if new else _TARIFF_211,
            ),
            ObjectRule(
                version=version,
                name="CDR",
                module="cdrs",
                key=(*owner, "id"),
                segments=0,
                methods=_CDR,
            ),
        ]
    return tuple(rows)


OBJECT_RULES: Final[tuple[ObjectRule, ...]] = _rows()
"""Every row of the module's table."""

_BY_NAME: Final[Mapping[tuple[OcpiVersion, str], ObjectRule]] = {
    (rule.version, rule.name): rule for rule in OBJECT_RULES
}


def model_version(model: type[OcpiModel]) -> OcpiVersion | None:
    """The OCPI version whose generated package defines ``model`` (``None`` for a class of
    one's own)."""
    parts = model.__module__.split(".")
    if len(parts) < 3 or parts[:2] != ["ocpkit", "ocpi"]:
        return None
    for version in OcpiVersion:
        if parts[2] == version.module:
            return version
    return None


def version_class(version: OcpiVersion, name: str) -> type[OcpiModel]:
    """The generated class ``name`` of ``version`` (loaded on first use)."""
    package = importlib.import_module(f"ocpkit.ocpi.{version.module}")
    found: type[OcpiModel] = getattr(package, name)
    return found


def rule_for(model: type[OcpiModel]) -> ObjectRule | None:
    """The table's row for ``model``, or ``None`` when it has none."""
    version = model_version(model)
    if version is None:
        return None
    return _BY_NAME.get((version, model.__name__))


def default_module(model: type[OcpiModel]) -> str | None:
    """The module ``model`` belongs to: the table's, else the one its version's definitions
    name (``None`` for a class of one's own)."""
    rule = rule_for(model)
    if rule is not None:
        return rule.module
    version = model_version(model)
    if version is None:
        return None
    package = importlib.import_module(f"ocpkit.ocpi.{version.module}")
    definitions: Mapping[str, tuple[str, str]] = package.DEFINITIONS
    found = definitions.get(model.__name__)
    return None if found is None else found[1]


def _default_key_fields(model: type[OcpiModel]) -> tuple[str, ...] | None:
    rule = rule_for(model)
    if rule is not None:
        return rule.key
    fields = model.model_fields
    for candidate in ((*_OWNER, "id"), ("id",), ("uid",)):
        if all(name in fields for name in candidate):
            return candidate
    return None


@cache
def key_function(model: type[OcpiModel]) -> Callable[[OcpiModel], Hashable]:
    """The identity of a ``model`` object in a list, as the table gives it (for other classes:
    ``country_code``, ``party_id``, ``id`` when it has them, else ``id`` or ``uid``).
    :class:`ClientUsageError` when none of those apply (pass ``key=`` to the crawl)."""
    names = _default_key_fields(model)
    if names is None:
        raise ClientUsageError(f"{model.__name__} has no id to crawl by: pass key=")
    insensitive = {
        name
        for name in names
        if any(isinstance(marker, CaseInsensitive) for marker in model.model_fields[name].metadata)
    }

    def key(item: OcpiModel) -> Hashable:
        values: list[object] = []
        for name in names:
            value = getattr(item, name)
            values.append(CiStr(value) if name in insensitive else str(value))
        return tuple(values)

    return key
