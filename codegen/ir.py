"""The intermediate model between schema loaders and emitters.

Loaders (the OCPP JSON schemas, the OCPI definitions) produce a :class:`Package`; emitters read
nothing else. Every value is frozen and printable, so a wrong output is debugged by printing the
IR rather than by reading templates. What only one protocol has (OCPP actions and initiators,
OCPI modules) lives in that protocol's loader and emitter profile, not here.
"""

from __future__ import annotations

from typing import Literal

import attrs

Presence = Literal["required", "omittable", "nullable"]
"""How a field may be missing: ``required`` (always present), ``omittable`` (may be left out,
``null`` refused: OCPP), ``nullable`` (may be left out or ``null``: OCPI ``?`` and ``*``)."""

DateTimeFlavour = Literal["rfc3339", "ocpi"]
"""``rfc3339``: an offset is mandatory (OCPP); ``ocpi``: UTC, ``Z`` or no designator."""


@attrs.frozen
class StringType:
    """A JSON string; ``max_length`` counts characters; ``case_insensitive`` for OCPI CiString."""

    max_length: int | None = None
    case_insensitive: bool = False


@attrs.frozen
class DateTimeType:
    """A JSON string holding a date-time of the given flavour."""

    flavour: DateTimeFlavour = "rfc3339"


@attrs.frozen
class IntegerType:
    """A JSON integer with optional inclusive bounds."""

    minimum: int | float | None = None
    maximum: int | float | None = None


@attrs.frozen
class NumberType:
    """A JSON number with optional inclusive bounds and step; ``exact`` reads it as a decimal."""

    minimum: int | float | None = None
    maximum: int | float | None = None
    multiple_of: int | float | None = None
    exact: bool = False


@attrs.frozen
class BooleanType:
    """A JSON boolean."""


@attrs.frozen
class AnyJsonType:
    """Any JSON value, ``null`` included (free-form vendor data)."""


@attrs.frozen
class EnumRef:
    """A reference to an :class:`Enum` of the same package (``open`` if it admits other values)."""

    name: str
    open: bool = False


@attrs.frozen
class ModelRef:
    """A reference to a :class:`Model` of the same package."""

    name: str


@attrs.frozen
class ArrayType:
    """A JSON array of one item type."""

    items: TypeExpr
    min_items: int | None = None
    max_items: int | None = None


TypeExpr = (
    StringType
    | DateTimeType
    | IntegerType
    | NumberType
    | BooleanType
    | AnyJsonType
    | EnumRef
    | ModelRef
    | ArrayType
)


@attrs.frozen
class Field:
    """One property of an object: Python name, exact wire name, type, and presence; a
    ``secret`` (a credentials token) is left out of the object's repr."""

    name: str
    wire_name: str
    type: TypeExpr
    presence: Presence
    secret: bool = False

    @property
    def required(self) -> bool:
        return self.presence == "required"


@attrs.frozen
class Model:
    """An object type. ``extra`` says whether unknown properties are refused or carried.

    ``one_of`` lists groups of fields of which exactly one must be present; ``source`` and
    ``source_sha256`` say where the definition was read.
    """

    name: str
    fields: tuple[Field, ...]
    extra: Literal["forbid", "allow"]
    schema_name: str | None = None
    source: str | None = None
    source_sha256: str | None = None
    one_of: tuple[tuple[str, ...], ...] = ()


@attrs.frozen
class Enum:
    """A set of string values, in schema order; an ``open`` enum also admits other values."""

    name: str
    values: tuple[str, ...]
    schema_name: str | None = None
    open: bool = False


@attrs.frozen
class Union:
    """A named choice between object types (``LocationsObjectChoice``)."""

    name: str
    members: tuple[str, ...]
    source: str | None = None


@attrs.frozen
class Package:
    """Everything generated for one protocol version."""

    protocol: str
    version: str
    module: str
    enums: tuple[Enum, ...]
    models: tuple[Model, ...]
    source_digest: str
    unions: tuple[Union, ...] = ()
