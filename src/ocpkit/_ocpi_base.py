"""The base classes and field types that generated OCPI objects are built from.

Generated OCPI code imports only this module (besides pydantic and typing). It fixes, in one
place, how every OCPI object reads and writes:

* wire names are the Python names (OCPI properties are snake_case), so there are no aliases;
* validation runs on the JSON text and is strict about JSON types (a string is never a number);
* a ``?`` or ``*`` field may be absent or ``null`` on the wire (``None`` in Python, left out on
  output); a ``1`` or ``+`` field must be there and not ``null``;
* unknown properties are kept and written back unchanged (2.3.0 forbids receivers to reject
  undocumented fields); :meth:`OcpiModel.from_json` with ``strict=True`` refuses them instead;
* ``DateTime`` is UTC: ``Z`` or no designator on input, always ``Z`` and at most milliseconds on
  output; ``number`` is an exact :class:`~decimal.Decimal`; ``CiString`` fields carry a
  :class:`CaseInsensitive` mark (compare them with :func:`ci_equal` or :class:`CiStr`); open
  enums keep values they do not know as plain ``str``.
"""

import math
import re
from datetime import UTC, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Any, ClassVar, Final, Self, TypeVar, get_args

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    GetCoreSchemaHandler,
    GetJsonSchemaHandler,
    JsonValue,
    model_validator,
)
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema, PydanticCustomError, core_schema, from_json, to_json

from ocpkit._base import JsonData, WireEnum

__all__ = [
    "CaseInsensitive",
    "CiStr",
    "CiString",
    "ExactDecimal",
    "OcpiChoiceModel",
    "OcpiDateTime",
    "OcpiEnum",
    "OcpiModel",
    "OpenEnum",
    "ci_equal",
    "format_ocpi_datetime",
    "parse_ocpi_datetime",
]

E = TypeVar("E", bound=StrEnum)


class OcpiEnum(WireEnum):
    """Base of every generated OCPI enumeration."""


class _Open:
    """Makes an ``Enum | str`` field keep values its enum does not list.

    One string check in Rust and one dictionary lookup: a known value becomes the member, any
    other string stays as it came. (A pydantic union would do the same, but reports a wrong type
    twice, once per branch, with the branch names in the error path.)
    """

    __slots__ = ()

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        enum_type: type[StrEnum] = next(
            t for t in get_args(source) if isinstance(t, type) and issubclass(t, StrEnum)
        )
        members: dict[str, StrEnum] = {member.value: member for member in enum_type}

        def known_or_kept(value: str) -> StrEnum | str:
            return members.get(value, value)

        return core_schema.no_info_after_validator_function(
            known_or_kept,
            core_schema.str_schema(strict=True),
            serialization=core_schema.simple_ser_schema("str"),
        )

    def __get_pydantic_json_schema__(
        self, schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return {"type": "string"}

    def __repr__(self) -> str:
        return "Open"


OpenEnum = Annotated[E | str, _Open()]
"""An open OCPI enumeration: a known value becomes the enum member, any other string is kept as
it came (never mapped to ``OTHER``) and written back unchanged."""


# -- CiString ---------------------------------------------------------------------------------


class CiStr(str):
    """A ``str`` that equals and hashes case-insensitively, for keys built from OCPI ids.

    OCPI compares ids (country codes, party ids, object ids) without regard to case: the
    ``Location`` a peer calls ``"ABC"`` is the one stored as ``"abc"``. Field values stay plain
    ``str`` as they came (wrapping every id on every read costs a fifth of a Location's decode);
    wrap them where ids are compared: ``{CiStr(loc.id): loc for loc in page}``, or use
    :func:`ci_equal`. Mixing ``CiStr`` and plain ``str`` keys in one dict is not case-insensitive
    (a plain key hashes with its case), so key a mapping by ``CiStr`` throughout.
    """

    __slots__ = ()

    def __eq__(self, other: object) -> bool:
        if isinstance(other, str):
            return self.lower() == other.lower()
        return NotImplemented

    def __ne__(self, other: object) -> bool:
        if isinstance(other, str):
            return self.lower() != other.lower()
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.lower())


def ci_equal(a: str, b: str) -> bool:
    """Whether two OCPI ``CiString`` values name the same thing (case-insensitive)."""
    return a.lower() == b.lower()


class CaseInsensitive:
    """Marks a ``str`` field as an OCPI ``CiString`` (compared case-insensitively by the spec).

    A marker only: pydantic ignores it and the value stays the text as it came; tools read it
    from the field's metadata (``Location.model_fields["id"].metadata``).
    """

    __slots__ = ()

    def __repr__(self) -> str:
        return "CaseInsensitive()"


CiString = Annotated[str, CaseInsensitive()]
"""An OCPI ``CiString``: a ``str`` whose comparisons by id should ignore case (:func:`ci_equal`,
:class:`CiStr`)."""


# -- DateTime ---------------------------------------------------------------------------------

# The facts of the OCPI DateTime type (the spec's types chapter): date, "T", time, an optional
# fraction and an optional "Z"; no designator means UTC too. Offsets are not OCPI. Checked in
# Rust before the text reaches Python.
OCPI_DATETIME_PATTERN: Final = (
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?Z?$"
)
OCPI_DATETIME_MAX_LENGTH: Final = 25
_PATTERN: Final = re.compile(OCPI_DATETIME_PATTERN)
_WITH_Z: Final = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?Z$"
_WITHOUT_Z: Final = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?$"


def parse_ocpi_datetime(text: str) -> datetime:
    """Read an OCPI DateTime (``2024-01-31T12:00:00Z``, ``...:00.5Z`` or ``...:00``) as an aware
    UTC ``datetime``; raises ``ValueError`` for anything else (offsets, impossible dates)."""
    if len(text) > OCPI_DATETIME_MAX_LENGTH or _PATTERN.match(text) is None:
        raise ValueError("not an OCPI DateTime (UTC, as 2024-01-31T12:00:00Z)")
    try:
        value = datetime.fromisoformat(text)
    except ValueError as error:
        raise ValueError(f"not an OCPI DateTime: {error}") from None
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def format_ocpi_datetime(value: datetime) -> str:
    """Write ``value`` as an OCPI DateTime: UTC, ``Z``, milliseconds only when not zero."""
    if value.tzinfo is not UTC:
        offset = value.utcoffset()
        if offset is None:
            raise ValueError("an OCPI DateTime needs an aware datetime")
        if offset:
            value = value.astimezone(UTC)
    # isoformat (C) truncates to the timespec and ends in "+00:00" for UTC; this is the hot
    # path of encoding (a Location has about eight date-times).
    if value.microsecond < 1000:
        return value.isoformat(timespec="seconds")[:-6] + "Z"
    return value.isoformat(timespec="milliseconds")[:-6] + "Z"


class _OcpiDateTime:
    """An OCPI DateTime field: OCPI text on the wire, an aware UTC ``datetime`` in Python."""

    __slots__ = ()

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        # "Z" (nearly every real value) is parsed in Rust; no designator takes the Python path.
        with_z = core_schema.chain_schema(
            [
                core_schema.str_schema(pattern=_WITH_Z, max_length=OCPI_DATETIME_MAX_LENGTH),
                core_schema.datetime_schema(strict=False),
            ]
        )
        without_z = core_schema.no_info_after_validator_function(
            parse_ocpi_datetime,
            core_schema.str_schema(pattern=_WITHOUT_Z, max_length=OCPI_DATETIME_MAX_LENGTH),
        )
        wire = core_schema.union_schema(
            [with_z, without_z],
            mode="left_to_right",
            custom_error_type="ocpi_datetime",
            custom_error_message="Input should be an OCPI DateTime (UTC, as 2024-01-31T12:00:00Z)",
        )
        python = core_schema.datetime_schema(strict=True, tz_constraint="aware")
        return core_schema.json_or_python_schema(
            json_schema=wire,
            python_schema=python,
            # the text it returns is written as a plain string (without return_schema pydantic
            # runs it through the wire union, twice the cost of the call itself)
            serialization=core_schema.plain_serializer_function_ser_schema(
                format_ocpi_datetime, when_used="json", return_schema=core_schema.str_schema()
            ),
        )

    def __get_pydantic_json_schema__(
        self, schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return {
            "type": "string",
            "pattern": OCPI_DATETIME_PATTERN,
            "maxLength": OCPI_DATETIME_MAX_LENGTH,
        }

    def __repr__(self) -> str:
        return "OcpiDateTime"


OcpiDateTime = Annotated[datetime, _OcpiDateTime()]
"""An OCPI DateTime: an aware ``datetime`` in Python, UTC text ending in ``Z`` on the wire."""


# -- number -----------------------------------------------------------------------------------


def _decimal_from_json(value: Any) -> Decimal:
    # A JSON number reaches Python as an int or a double; the double is read back as the
    # shortest decimal that round-trips it (repr), which is the text it was written as for every
    # number of at most 15 significant digits: 0.1 is Decimal("0.1"), never 0.1000000000000000055.
    if type(value) is int:
        return Decimal(value)
    if type(value) is float and math.isfinite(value):
        return Decimal(repr(value))
    raise PydanticCustomError("decimal_type", "Input should be a finite JSON number")


def _decimal_from_python(value: Any) -> Decimal:
    if type(value) is not Decimal or not value.is_finite():
        raise PydanticCustomError("decimal_type", "Input should be a finite decimal.Decimal")
    # A JSON number travels as a double: refuse what would reach the peer changed.
    if Decimal(repr(float(value))) != value:
        raise PydanticCustomError(
            "decimal_precision",
            "Input should be a decimal a JSON number carries exactly (at most 15 significant "
            "digits)",
        )
    return value


def _decimal_to_json(value: Decimal) -> int | float:
    if value == value.to_integral_value() and abs(value) < 2**63:
        return int(value)
    return float(value)


class _ExactNumber:
    """An OCPI ``number`` field: a JSON number on the wire, a ``Decimal`` in Python."""

    __slots__ = ()

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        return core_schema.json_or_python_schema(
            json_schema=core_schema.no_info_plain_validator_function(_decimal_from_json),
            python_schema=core_schema.no_info_plain_validator_function(_decimal_from_python),
            serialization=core_schema.plain_serializer_function_ser_schema(
                _decimal_to_json, when_used="json"
            ),
        )

    def __get_pydantic_json_schema__(
        self, schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return {"type": "number"}

    def __repr__(self) -> str:
        return "ExactNumber"


ExactDecimal = Annotated[Decimal, _ExactNumber()]
"""An OCPI ``number`` (prices, energy, power): exact ``Decimal`` in Python, a number on the wire.

Peers read JSON numbers as doubles, so a value is exact up to 15 significant digits: one built in
Python that a double would change (``Decimal("0.12345678901234567")``) is refused."""


# -- objects ----------------------------------------------------------------------------------


class OcpiModel(BaseModel):
    """Base of every generated OCPI object: keeps unknown fields, omits absent ones."""

    model_config: ClassVar[ConfigDict] = ConfigDict(
        strict=True,
        extra="allow",
        defer_build=True,
        protected_namespaces=(),
        revalidate_instances="never",
        allow_inf_nan=False,
        # A validation error must not carry what the peer sent (a credentials token, a 1 MB
        # string): the path and the rule say enough.
        hide_input_in_errors=True,
    )

    __pydantic_extra__: dict[str, JsonData] = Field(init=False)

    @classmethod
    def from_json(cls, data: str | bytes | bytearray, *, strict: bool = False) -> Self:
        """Parse and validate one object from its JSON text; raises ``pydantic.ValidationError``.

        Unknown fields are kept (and written back by :meth:`to_json`); with ``strict=True`` they
        are refused, at every level, each reported with its path.
        """
        validated: Self = cls.__pydantic_validator__.validate_json(
            data, extra="forbid" if strict else None
        )
        return validated

    @classmethod
    def from_wire(cls, data: JsonValue, *, strict: bool = False) -> Self:
        """Validate already parsed JSON data (as ``json.loads`` returns it)."""
        return cls.from_json(to_json(data), strict=strict)

    def to_json(self) -> bytes:
        """Encode to wire JSON: absent fields omitted, unknown fields written back unchanged."""
        from ocpkit._ocpi_wire import wire_json

        return wire_json(self)

    def to_wire(self) -> dict[str, JsonValue]:
        """The wire form as Python data (what :meth:`to_json` writes, read back)."""
        data: dict[str, JsonValue] = from_json(self.to_json())
        return data


class OcpiChoiceModel(OcpiModel):
    """An OCPI class with "one of" groups: exactly one member of each group must be given.

    A member set to ``False`` counts as not given: OCPI 2.1.1 ``Hours`` is "regular_hours or
    twentyfourseven", and peers (the spec's own example among them) send
    ``"twentyfourseven": false`` beside ``regular_hours``, which is what 2.2.1 made the rule.
    """

    one_of: ClassVar[tuple[tuple[str, ...], ...]] = ()

    @model_validator(mode="after")
    def _exactly_one(self) -> Self:
        for group in self.one_of:
            given = [name for name in group if getattr(self, name) not in (None, False)]
            if len(given) != 1:
                raise PydanticCustomError(
                    "one_of",
                    "Exactly one of {members} should be given, found {count}",
                    {"members": ", ".join(group), "count": len(given)},
                )
        return self
