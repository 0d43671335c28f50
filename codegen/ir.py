"""The intermediate model between schema loaders and emitters.

Loaders (OCPP JSON Schema today, OCPI definitions later) produce a :class:`Package`; emitters read
nothing else. Every value is frozen and printable, so a wrong output is debugged by printing the
IR rather than by reading templates.
"""

from __future__ import annotations

from typing import Literal

import attrs

Initiator = Literal["ChargingStation", "CSMS", "Both"]
MessageKind = Literal["datatype", "request", "response", "send"]


@attrs.frozen
class StringType:
    """A JSON string; ``max_length`` counts characters."""

    max_length: int | None = None


@attrs.frozen
class DateTimeType:
    """A JSON string in RFC 3339 date-time format."""


@attrs.frozen
class IntegerType:
    """A JSON integer with optional inclusive bounds."""

    minimum: int | float | None = None
    maximum: int | float | None = None


@attrs.frozen
class NumberType:
    """A JSON number with optional inclusive bounds and step."""

    minimum: int | float | None = None
    maximum: int | float | None = None
    multiple_of: int | float | None = None


@attrs.frozen
class BooleanType:
    """A JSON boolean."""


@attrs.frozen
class AnyJsonType:
    """Any JSON value, ``null`` included (free-form vendor data)."""


@attrs.frozen
class EnumRef:
    """A reference to an :class:`Enum` of the same package."""

    name: str


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
    """One property of an object: Python name, exact wire name, type, whether required."""

    name: str
    wire_name: str
    type: TypeExpr
    required: bool


@attrs.frozen
class Model:
    """An object type. ``extra`` says whether unknown properties are refused or carried."""

    name: str
    fields: tuple[Field, ...]
    extra: Literal["forbid", "allow"]
    kind: MessageKind = "datatype"
    schema_name: str | None = None
    action: str | None = None
    source: str | None = None
    source_sha256: str | None = None


@attrs.frozen
class Enum:
    """A closed set of string values, in schema order."""

    name: str
    values: tuple[str, ...]
    schema_name: str | None = None


@attrs.frozen
class Action:
    """An action (request/response pair) or, with ``response`` None, a SEND message."""

    name: str
    request: str
    response: str | None
    initiator: Initiator


@attrs.frozen
class Package:
    """Everything generated for one protocol version."""

    protocol: str
    version: str
    module: str
    enums: tuple[Enum, ...]
    models: tuple[Model, ...]
    actions: tuple[Action, ...]
    source_digest: str
