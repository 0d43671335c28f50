"""The small base classes and types that generated models are built from.

This is the only runtime module that generated code imports (besides pydantic and typing). It
fixes, in one place, how every wire model behaves:

* validation is *strict* and runs on the JSON text (``model_validate_json``): in that mode pydantic
  accepts exactly JSON Schema's types (a string is never an int, ``1`` is never ``true``) while
  still turning JSON strings into enums and date-times. Constructing a model in Python is strict
  too, so runtime and mypy agree on what a field takes (an enum member, an aware ``datetime``).
* unknown properties are refused (every OCPP object but ``CustomData`` forbids them);
* optional fields are *omittable*, never nullable: ``null`` on the wire is refused, absent fields
  are ``None`` in Python and omitted on output;
* Python names are snake_case, wire names come from explicit per-field aliases; wire parsing goes
  through :meth:`OcppModel.from_json`, which accepts wire names only.
* integers in typed fields are signed 64-bit: an ``integer`` field refuses any value outside
  that range, and a ``number`` field refuses an integer literal outside it (see
  :data:`INTEGER_RANGE` and :mod:`ocpkit.ocpp.errors` for the code); free-form data keeps any
  JSON number.
* models are immutable (``frozen``). One built by its constructor or decoded from the wire is
  valid by construction; :meth:`OcppModel.model_construct` and ``model_copy(update=...)`` skip
  validation, so what they return is marked (:func:`is_unchecked`) and judged before it is sent.

Measured on a 2.0.1 TransactionEvent: JSON-mode strict validation is as fast as lax Python-mode
validation with strict scalars, and it needs no extra validators for enums and date-times, so the
whole model is strict and parsing always starts from the frame's JSON text.
"""

import math
from collections.abc import Mapping
from datetime import datetime
from decimal import Context, Decimal
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, Final, Generic, Self, TypeVar, cast

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    GetCoreSchemaHandler,
    JsonValue,
    SerializationInfo,
    SerializerFunctionWrapHandler,
    model_serializer,
)
from pydantic_core import CoreSchema, PydanticCustomError, core_schema

from ocpkit._json_value import JsonObject

__all__ = [
    "INTEGER_RANGE",
    "DateTime",
    "DecimalStep",
    "JsonData",
    "OcppEnum",
    "OcppModel",
    "OcppNullKeepingModel",
    "OcppRequest",
    "OcppResponse",
    "OcppSend",
    "Omittable",
    "WireEnum",
    "is_unchecked",
]

T = TypeVar("T")
ResponseT = TypeVar("ResponseT", bound="OcppResponse", covariant=True)


class _NotNull:
    """Marks an optional field whose absence is spelt by omission, never by ``null``.

    Python sees ``X | None`` and ``None`` means absent, whether the field is left out or given as
    ``None`` (``serial_number=maybe_serial``): either way it is omitted on output. On the wire
    (JSON validation, the only way ocpkit reads a message) the validator is built for ``X`` alone,
    so a ``null`` there is a type error.
    """

    __slots__ = ()

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        schema = handler(source)
        if schema["type"] == "nullable":
            inner: CoreSchema = schema["schema"]
            return core_schema.json_or_python_schema(
                json_schema=inner,
                python_schema=schema,
                serialization=inner.get("serialization"),
            )
        return schema

    def __repr__(self) -> str:
        return "NotNull"


Omittable = Annotated[T | None, _NotNull()]
"""An optional OCPP field: ``None`` in Python when absent, omitted on the wire, ``null`` refused."""

# RFC 3339 date-time as JSON Schema's "date-time" format means it: date, "T", time with an optional
# fraction, and a mandatory offset. pydantic's own parser alone would also take Unix times written
# as strings, a space for the "T", and no offset. Checked in Rust (pydantic-core's regex), so the
# hot path stays free of Python callbacks.
RFC3339_PATTERN: Final = (
    r"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])[Tt]([01][0-9]|2[0-3]):[0-5][0-9]:"
    r"([0-5][0-9]|60)(\.[0-9]+)?([Zz]|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$"
)


class _Rfc3339:
    """A date-time field: RFC 3339 text on the wire, an aware ``datetime`` in Python."""

    __slots__ = ()

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        python = core_schema.datetime_schema(strict=True, tz_constraint="aware")
        wire = core_schema.chain_schema(
            [
                core_schema.str_schema(pattern=RFC3339_PATTERN, strict=True),
                core_schema.datetime_schema(strict=False, tz_constraint="aware"),
            ]
        )
        return core_schema.json_or_python_schema(
            json_schema=wire, python_schema=python, serialization=python.get("serialization")
        )

    def __repr__(self) -> str:
        return "Rfc3339"


DateTime = Annotated[datetime, _Rfc3339()]
"""A timezone-aware date-time, written as RFC 3339 on the wire."""


def _finite(value: Any) -> Any:
    stack = [value]
    while stack:
        item = stack.pop()
        if type(item) is float and not math.isfinite(item):
            raise PydanticCustomError("finite_number", "Input should be a finite number")
        if type(item) is dict:
            stack.extend(item.values())
        elif type(item) is list:
            stack.extend(item)
    return value


JsonData = Annotated[JsonValue, AfterValidator(_finite)]
"""Free-form JSON (``DataTransfer.data``, vendor keys of ``CustomData``), ``null`` included.

pydantic's JSON parser reads the non-JSON words ``NaN`` and ``Infinity`` as floats; a typed
number field refuses them (``allow_inf_nan=False``) and free-form data must too.
"""


_WIDE: Final = Context(prec=400, Emax=400, Emin=-400)


class DecimalStep:
    """``multipleOf`` judged on the decimal value of a number, not on its binary approximation.

    OCPP 1.6 charging limits step by 0.1; ``16.1`` is a multiple and ``16.15`` is not, yet
    ``16.1 % 0.1`` is not 0 in binary floating point, and a tolerance-based check (pydantic's)
    turns away valid large values. The number is read back as the shortest decimal that
    round-trips its double (``repr``), which is the text it was written as for every number of at
    most 15 significant digits, and checked exactly.
    """

    __slots__ = ("step",)

    def __init__(self, step: str) -> None:
        self.step = Decimal(step)

    def _check(self, value: float) -> float:
        # A double reaches 1.8e308: the remainder needs that many digits, not decimal's 28.
        if _WIDE.remainder(Decimal(repr(value)), self.step) != 0:
            raise PydanticCustomError(
                "multiple_of",
                "Input should be a multiple of {multiple_of}",
                {"multiple_of": float(self.step)},
            )
        return value

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        return core_schema.no_info_after_validator_function(self._check, handler(source))

    def __repr__(self) -> str:
        return f"DecimalStep({str(self.step)!r})"


class WireEnum(StrEnum):
    """Base of every generated enumeration: a ``StrEnum`` that serializes as a plain string.

    pydantic's default enum serializer looks each member up again on output; declaring the
    members as strings halves the encode time of an enum-heavy message (MeterValues) and lets a
    message carry an unknown value as a plain ``str`` (OCPP tolerant mode, OCPI open enums).
    """

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        schema = dict(handler(source))
        schema["serialization"] = core_schema.simple_ser_schema("str")
        return cast(CoreSchema, schema)


class OcppEnum(WireEnum):
    """Base of every generated OCPP enumeration."""


INTEGER_RANGE: Final = (-(2**63), 2**63 - 1)
"""The integers a typed field holds: signed 64-bit, what the peers' databases and languages hold.

A typed ``integer`` field refuses anything outside (``less_than_equal`` / ``greater_than_equal``,
in Python too). A typed ``number`` field holds a double, so on the wire it refuses values of
magnitude ``2**63`` and beyond (``less_than`` / ``greater_than``); the decoder
(:mod:`ocpkit.ocpp.validation`) then lets such a value through when it was written as a float
(``1e27``, which the schema allows) and keeps the refusal when it was an integer literal. Either
way the input decides, never how the frame was read.
"""

_FLOAT_BOUND: Final = 2.0**63
# The node types a field's schema is wrapped in, and the key of the wrapped schema.
_WRAPPERS: Final = {
    "default": "schema",
    "nullable": "schema",
    "function-after": "schema",
    "function-before": "schema",
    "function-wrap": "schema",
    "list": "items_schema",
}
_UNCHECKED: Final = "__ocpkit_unchecked__"


def _bound_int(schema: dict[str, Any]) -> None:
    low, high = INTEGER_RANGE
    schema["ge"] = max(schema.get("ge", low), low)
    schema["le"] = min(schema.get("le", high), high)


def _bound_float(schema: dict[str, Any]) -> dict[str, Any]:
    """A copy of a float schema with the 64-bit bound (where the schema sets none itself)."""
    wire = dict(schema)
    if "ge" not in wire and "gt" not in wire:
        wire["gt"] = -_FLOAT_BOUND
    if "le" not in wire and "lt" not in wire:
        wire["lt"] = _FLOAT_BOUND
    return wire


def _bound_numbers(schema: dict[str, Any], mode: str = "both") -> dict[str, Any]:
    """Give the typed int and float schemas of one model's own fields the 64-bit bounds.

    Walks the model's fields through their wrappers (optional, default, list, validators) and
    stops at references: nested models get their bounds from their own schema, and free-form
    JSON (``JsonData``, ``CustomData``'s vendor keys) is a reference, left alone. ``mode`` is
    the validation mode the node serves (``both``, ``json``, ``python``): ints are bounded in
    both, floats on the wire only -- Python has no integer literal to tell apart from a double.
    """
    kind = schema.get("type")
    if kind == "int":
        _bound_int(schema)
    elif kind == "float":
        if mode == "json":
            return _bound_float(schema)
        if mode == "both":
            return dict(
                core_schema.json_or_python_schema(
                    json_schema=cast(CoreSchema, _bound_float(schema)),
                    python_schema=cast(CoreSchema, schema),
                    serialization=schema.get("serialization"),
                )
            )
    elif kind in ("model", "model-field"):
        schema["schema"] = _bound_numbers(schema["schema"], mode)
    elif kind == "model-fields":
        fields = schema["fields"]
        for name, field in fields.items():
            fields[name] = _bound_numbers(field, mode)
    elif kind == "json-or-python":
        schema["json_schema"] = _bound_numbers(schema["json_schema"], "json")
        schema["python_schema"] = _bound_numbers(schema["python_schema"], "python")
    elif kind in _WRAPPERS:
        key = _WRAPPERS[kind]
        schema[key] = _bound_numbers(schema[key], mode)
    return schema


def is_unchecked(model: "OcppModel") -> bool:
    """Whether ``model`` (or a model given to its constructor) skipped validation.

    True for what :meth:`OcppModel.model_construct` and ``model_copy(update=...)`` return, and
    for a model built by its constructor from such a one (constructors do not re-validate model
    instances). Lists changed in place after construction are not seen.
    """
    return _UNCHECKED in model.__dict__


class OcppModel(BaseModel):
    """Base of every generated OCPP object: strict, alias-exact, immutable, omits absent fields."""

    model_config: ClassVar[ConfigDict] = ConfigDict(
        strict=True,
        extra="forbid",
        frozen=True,
        validate_by_name=True,
        validate_by_alias=True,
        serialize_by_alias=True,
        defer_build=True,
        protected_namespaces=(),
        revalidate_instances="never",
        allow_inf_nan=False,
    )

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: type[BaseModel], handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        schema = handler(source)
        if schema.get("type") == "model" and schema.get("cls") is cls:
            return cast(CoreSchema, _bound_numbers(cast(dict[str, Any], schema)))
        return schema

    if not TYPE_CHECKING:
        # The constructor is pydantic's (type checkers see the fields' signature); this one only
        # passes on the mark of an unchecked model given to it.
        def __init__(self, /, **data: Any) -> None:
            super().__init__(**data)
            for value in data.values():
                if isinstance(value, OcppModel):
                    if _UNCHECKED in value.__dict__:
                        self.__dict__[_UNCHECKED] = True
                        return
                elif type(value) is list:
                    for item in value:
                        if isinstance(item, OcppModel) and _UNCHECKED in item.__dict__:
                            self.__dict__[_UNCHECKED] = True
                            return

        # Tells pydantic this is not a custom __init__: decoding must not go through it.
        __init__.__pydantic_base_init__ = True  # type: ignore[attr-defined]

    @classmethod
    def model_construct(cls, _fields_set: set[str] | None = None, **values: Any) -> Self:
        """Build without validation (as pydantic does); the result is marked unchecked, so a
        :class:`~ocpkit.ocpp.connection.Connection` judges it before sending it."""
        model = super().model_construct(_fields_set, **values)
        model.__dict__[_UNCHECKED] = True
        return model

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Self:
        """A copy (as pydantic makes it); with ``update`` the values are not validated, so the
        copy is marked unchecked and judged before it is sent."""
        copy = super().model_copy(update=update, deep=deep)
        if update:
            copy.__dict__[_UNCHECKED] = True
        return copy

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Parse and validate wire JSON (wire names only); raises ``pydantic.ValidationError``."""
        # The validator itself, not model_validate_json: the wrapper costs ~0.4 us per message.
        validated: Self = cls.__pydantic_validator__.validate_json(
            data, by_alias=True, by_name=False
        )
        return validated

    def to_json(self) -> bytes:
        """Encode to wire JSON: wire names, absent fields omitted."""
        # warnings=False: a message decoded in tolerant mode may hold an unknown enum value as a
        # plain string, and it is sent back as it came.
        return self.__pydantic_serializer__.to_json(
            self, exclude_none=True, by_alias=True, warnings=False
        )

    def to_wire(self) -> JsonObject:
        """The wire form as Python data (what ``to_json`` would encode)."""
        wire: JsonObject = self.model_dump(
            mode="json", exclude_none=True, by_alias=True, warnings=False
        )
        return wire


class OcppNullKeepingModel(OcppModel):
    """An OCPP object that may legitimately carry ``null``.

    Two cases: objects open to vendor keys (``CustomData``), whose extra keys are carried
    untouched, ``null`` values included; and free-form JSON fields (``DataTransfer.data``), where
    the schema allows any JSON value, ``null`` too. Absent-field omission must not drop those.
    """

    null_fields: ClassVar[tuple[str, ...]] = ()
    __pydantic_extra__: dict[str, JsonData] = Field(init=False)

    @model_serializer(mode="wrap")
    def _keep_nulls(
        self, handler: SerializerFunctionWrapHandler, info: SerializationInfo
    ) -> dict[str, Any]:
        data: dict[str, Any] = handler(self)
        if info.exclude_none:
            for name in self.null_fields:
                if name in self.model_fields_set and getattr(self, name) is None:
                    field = type(self).model_fields[name]
                    data[field.serialization_alias or name] = None
            for key, value in (self.__pydantic_extra__ or {}).items():
                if value is None:
                    data[key] = None
        return data


class OcppResponse(OcppModel):
    """A response (CALLRESULT payload)."""

    ocpp_action: ClassVar[str]


if TYPE_CHECKING:

    class OcppRequest(OcppModel, Generic[ResponseT]):
        """A request (CALL payload); ``ResponseT`` is the type of its response."""

        ocpp_action: ClassVar[str]
        response_type: ClassVar[type[OcppResponse]]

        @classmethod
        def request_response_types(cls) -> tuple[type[Self], type[ResponseT]]:
            """This request class and its response class (what typed routing matches on)."""
            ...

else:

    class OcppRequest(OcppModel):
        """A request (CALL payload); ``OcppRequest[R]`` links it to its response type ``R``."""

        ocpp_action: ClassVar[str]
        response_type: ClassVar[type[OcppResponse]]

        # The link to the response type is for type checkers; at runtime the subscription is
        # the class itself (pydantic's generic-model machinery would build a class per action).
        def __class_getitem__(cls, item: Any) -> "type[OcppRequest]":
            return cls

        @classmethod
        def request_response_types(cls) -> "tuple[type[OcppRequest], type[OcppResponse]]":
            """This request class and its response class (what typed routing matches on)."""
            return cls, cls.response_type


class OcppSend(OcppModel):
    """An unconfirmed message (OCPP 2.1 SEND payload): it has no response."""

    ocpp_action: ClassVar[str]
