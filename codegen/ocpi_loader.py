"""Read the facts-only OCPI definitions of one version (``schemas/ocpi/<v>.json``) into the IR.

Every ``$defs`` entry of kind object, class, enum or union becomes a type of the same name. The
base types (kind ``type``) are not types of their own: each property that uses one carries its
facets (length, CiString, DateTime, exact number). ``Response`` (the envelope) is not generated:
:mod:`ocpkit.ocpi.envelope` defines it as a generic over its ``data``.

Cardinality decides presence: ``1`` and ``+`` are required, ``?`` and ``*`` may be absent or
``null`` (the spec's cardinality table allows both). Every object carries unknown properties
(2.3.0 forbids receivers to reject undocumented fields); strict reading refuses them.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Final

from codegen import ir
from codegen.naming import enum_member
from codegen.ocpi_ir import Definition, DefinitionKind, OcpiPackage
from codegen.paths import OCPI_SCHEMAS, SCHEMAS

VERSIONS: Final = {"2.1.1": "v211", "2.2.1": "v221", "2.3.0": "v230"}

# Defined by hand with the same facts: the envelope is generic over its data.
HAND_WRITTEN: Final = frozenset({"Response"})

_REF_PREFIX: Final = "#/$defs/"

# Fields that hold a secret: kept out of the object's repr (and so out of logs and tracebacks).
SECRETS: Final = frozenset({("Credentials", "token")})


class DefinitionError(Exception):
    """The definitions cannot be turned into the IR as they are."""


def _original_sha256(version: str) -> str:
    for line in (SCHEMAS / "SHA256SUMS").read_text(encoding="utf-8").splitlines():
        digest, _, name = line.partition("  ")
        if name == f"ocpi/{version}.json":
            return digest
    raise DefinitionError(f"schemas/SHA256SUMS has no entry for ocpi/{version}.json")


def load(version: str) -> OcpiPackage:
    """Load every object, class, enum and union of OCPI ``version`` into an :class:`OcpiPackage`."""
    path = OCPI_SCHEMAS / f"{version}.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    defs: Mapping[str, Any] = document["$defs"]
    original = _original_sha256(version)
    enums: list[ir.Enum] = []
    models: list[ir.Model] = []
    unions: list[ir.Union] = []
    definitions: list[Definition] = []
    for name, definition in defs.items():
        kind = definition["x-ocpi-kind"]
        if kind == "type" or name in HAND_WRITTEN:
            continue
        where = f"ocpi/{version}.json#/$defs/{name}"
        source = definition.get("x-ocpi-source")
        source_text = ", ".join(source) if isinstance(source, list) else str(source)
        if kind == "enum":
            enums.append(_enum(name, definition, where))
        elif kind in ("object", "class"):
            models.append(_model(name, definition, defs, where, source_text, original))
        elif kind == "union":
            unions.append(_union(name, definition, defs, where, source_text))
        else:
            raise DefinitionError(f"{where}: unknown kind {kind!r}")
        definitions.append(
            Definition(
                name,
                _kind(kind),
                definition["x-ocpi-module"],
                source_text,
                bool(definition.get("x-ocpi-synthetic-name")),
            )
        )
    package = ir.Package(
        protocol="ocpi",
        version=version,
        module=VERSIONS[version],
        enums=tuple(sorted(enums, key=lambda e: e.name)),
        models=tuple(sorted(models, key=lambda m: m.name)),
        source_digest=original,
        unions=tuple(sorted(unions, key=lambda u: u.name)),
    )
    return OcpiPackage(
        package,
        tuple(sorted(definitions, key=lambda d: d.name)),
        document["x-ocpi-source"]["commit"],
    )


def _kind(kind: str) -> DefinitionKind:
    if kind == "object":
        return "object"
    if kind == "class":
        return "class"
    if kind == "enum":
        return "enum"
    return "union"


def _enum(name: str, definition: Mapping[str, Any], where: str) -> ir.Enum:
    values = tuple(definition["enum"])
    members = [enum_member(v) for v in values]
    if len(set(members)) != len(members):
        raise DefinitionError(f"{where}: enum members collide: {members}")
    return ir.Enum(name, values, name, bool(definition.get("x-ocpi-open-enum")))


def _model(
    name: str,
    definition: Mapping[str, Any],
    defs: Mapping[str, Any],
    where: str,
    source: str,
    original: str,
) -> ir.Model:
    required = set(definition.get("required", ()))
    fields = []
    for wire_name, prop in definition.get("properties", {}).items():
        if not wire_name.isidentifier() or wire_name != wire_name.lower():
            raise DefinitionError(f"{where}: property {wire_name!r} is not a snake_case name")
        cardinality = prop.get("x-ocpi-cardinality")
        is_required = wire_name in required
        if is_required != (cardinality in ("1", "+")) and not prop.get("x-ocpi-choice-member"):
            raise DefinitionError(f"{where}: {wire_name} cardinality {cardinality!r} vs required")
        presence: ir.Presence = "required" if is_required else "nullable"
        type_ = _type(prop, defs, f"{where}/{wire_name}")
        secret = (name, wire_name) in SECRETS
        fields.append(ir.Field(wire_name, wire_name, type_, presence, secret=secret))
    one_of = tuple(tuple(choice["members"]) for choice in definition.get("x-ocpi-choice", ()))
    return ir.Model(
        name,
        tuple(fields),
        "allow",
        schema_name=name,
        source=source,
        source_sha256=original,
        one_of=one_of,
    )


def _union(
    name: str, definition: Mapping[str, Any], defs: Mapping[str, Any], where: str, source: str
) -> ir.Union:
    members = []
    for option in definition["anyOf"]:
        member = _ref_name(option["$ref"], where)
        if defs[member]["x-ocpi-kind"] not in ("object", "class"):
            raise DefinitionError(f"{where}: union member {member} is not an object")
        members.append(member)
    return ir.Union(name, tuple(members), source)


def _ref_name(ref: str, where: str) -> str:
    if not ref.startswith(_REF_PREFIX):
        raise DefinitionError(f"{where}: unsupported $ref {ref}")
    return ref[len(_REF_PREFIX) :]


def _type(prop: Mapping[str, Any], defs: Mapping[str, Any], where: str) -> ir.TypeExpr:
    if "$ref" in prop:
        target = _ref_name(prop["$ref"], where)
        definition = defs[target]
        kind = definition["x-ocpi-kind"]
        if kind == "enum":
            return ir.EnumRef(target, bool(definition.get("x-ocpi-open-enum")))
        if kind in ("object", "class"):
            return ir.ModelRef(target)
        raise DefinitionError(f"{where}: $ref to {target} of kind {kind}")
    kind = prop.get("type")
    ocpi_type = prop.get("x-ocpi-type")
    if kind == "array":
        return ir.ArrayType(_type(prop["items"], defs, where), prop.get("minItems"))
    if kind == "string" and ocpi_type == "DateTime":
        return ir.DateTimeType("ocpi")
    if kind == "string" and ocpi_type in ("CiString", "string", "URL"):
        return ir.StringType(prop.get("maxLength"), case_insensitive=ocpi_type == "CiString")
    if kind == "number" and ocpi_type == "number":
        return ir.NumberType(exact=True)
    if kind == "integer" and ocpi_type == "int":
        return ir.IntegerType()
    if kind == "boolean":
        return ir.BooleanType()
    raise DefinitionError(f"{where}: unsupported property type {kind!r} / {ocpi_type!r}")
