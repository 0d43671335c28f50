"""Support for the schema conformance tests (``tests/test_conformance*.py``).

Three things, all derived from the official schemas in ``schemas/ocpp/`` through
:mod:`tests.reference`:

* :func:`instances`: a Hypothesis strategy of schema-valid payloads per message
  (hypothesis-jsonschema over :func:`generation_schema`);
* :func:`canonical`: the one place where the JSON a model writes is allowed to differ from the
  JSON it read;
* :func:`broken_cases` / :func:`limit_cases`: every rule site of a message's schema, found by
  walking the schema, each turned into a payload that breaks exactly that rule (or sits exactly on
  its limit).
"""

import decimal
import functools
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Any, Final

from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

from ocpkit.ocpp.version import OcppVersion
from tests import reference
from tests.reference import Kind

__all__ = [
    "MESSAGES",
    "BrokenCase",
    "Instant",
    "LimitCase",
    "Message",
    "Number",
    "Rule",
    "broken_cases",
    "canonical",
    "dumps",
    "generation_schema",
    "instances",
    "json_path",
    "limit_cases",
    "message_id",
    "schema_valid",
]

Loc = tuple[str | int, ...]
Node = Mapping[str, Any]
Message = tuple[OcppVersion, str, Kind]

MESSAGES: Final[tuple[Message, ...]] = tuple(
    (version, action, kind)
    for version in OcppVersion
    for action, kind in reference.messages(version)
)
"""Every (version, action, kind) ocpkit implements: 78 + 128 + 181 messages."""


def message_id(message: Message) -> str:
    """A readable pytest id: ``2.0.1-BootNotification-request``."""
    version, action, kind = message
    return f"{version}-{action}-{kind}"


# --- the reference verdict on JSON text --------------------------------------------------------

# jsonschema judges ``multipleOf`` on Decimals as ``instance % step``, in the current decimal
# context; with the default 28 digits a valid 1e27 (a multiple of 0.1) raises DivisionImpossible
# instead of giving a verdict. JSON numbers from floats have at most ~310 integer digits.
_PRECISION: Final = 1000


def schema_valid(version: OcppVersion, action: str, kind: Kind, text: str | bytes) -> bool:
    """The reference verdict (``tests.reference.is_valid``) on JSON text, read as it reads it."""
    with decimal.localcontext(prec=_PRECISION):
        return reference.is_valid(version, action, kind, reference.load_json(text))


_RAW_NUMBER: Final = re.compile(r'"\\u0000Decimal:([-+.0-9E]+)\\u0000"')


def _raw_number(value: Any) -> str:
    if isinstance(value, Decimal) and value.is_finite():
        return f"\x00Decimal:{value}\x00"  # a marker, replaced by the bare number below
    raise TypeError(f"not JSON: {value!r}")


def dumps(value: Any) -> str:
    """Compact JSON text of ``value``: ``Decimal`` numbers written exactly as they read (16.15
    stays 16.15), non-ASCII characters written as UTF-8, not escaped."""
    text = json.dumps(
        value, ensure_ascii=False, allow_nan=False, separators=(",", ":"), default=_raw_number
    )
    return _RAW_NUMBER.sub(r"\1", text)


def json_path(loc: Loc) -> str:
    """``("meterValue", 0, "unit")`` -> ``$.meterValue[0].unit`` (written here, not imported)."""
    return "$" + "".join(f"[{step}]" if isinstance(step, int) else f".{step}" for step in loc)


# --- schema access -----------------------------------------------------------------------------


def _resolve(root: Node, node: Node) -> Node:
    """Follow ``$ref``s (the schemas only use local ``#/definitions/...`` references)."""
    while "$ref" in node:
        ref: str = node["$ref"]
        assert ref.startswith("#/definitions/"), ref
        node = root["definitions"][ref.removeprefix("#/definitions/")]
    return node


# --- round trip: generation and comparison -----------------------------------------------------

ARRAY_SLACK: Final = 2
"""Generated arrays hold at most ``minItems + ARRAY_SLACK`` items (:func:`generation_schema`)."""


def _plain(node: Any) -> Any:
    if isinstance(node, dict):
        out = {key: _plain(value) for key, value in node.items()}
        if out.get("type") in ("integer", "number"):  # ocpkit: typed integers are signed 64-bit
            out.setdefault("minimum", -(2**63))
            out.setdefault("maximum", 2**63 - 1)
        if out.get("type") == "array":
            cap = out.get("minItems", 0) + ARRAY_SLACK
            out["maxItems"] = min(out.get("maxItems", cap), cap)
        return out
    if isinstance(node, list):
        return [_plain(item) for item in node]
    if isinstance(node, Decimal):
        return int(node) if node == node.to_integral_value() else float(node)
    return node


@functools.cache
def generation_schema(version: OcppVersion, action: str, kind: Kind) -> dict[str, Any]:
    """The official schema of a message, as handed to hypothesis-jsonschema.

    It differs from ``reference.schema`` in three ways, none of which lets an invalid instance
    through (every generated instance is judged again by the reference before it is used):

    * numbers are ``int``/``float``, not ``Decimal`` (hypothesis-jsonschema cannot read those);
    * the top-level ``$id`` (2.x) / ``id`` (1.6) is dropped: hypothesis-jsonschema resolves
      ``#/definitions/...`` against that ``urn:`` base and fails ("does not fetch remote
      references");
    * arrays are capped at ``minItems + ARRAY_SLACK`` items. Uncapped, nested arrays of
      charging schedules make 10-20 kB instances and the round trip of 2.1 alone took about
      five minutes at 8 examples per message; capped, all versions take about two. Longer arrays
      are still exercised by the broken-instance tests (``maxItems + 1`` items) and the limit
      tests (exactly ``maxItems`` items).
    """
    plain: dict[str, Any] = _plain(reference.schema(version, action, kind))
    plain.pop("$id", None)
    plain.pop("id", None)
    return plain


@functools.cache
def instances(version: OcppVersion, action: str, kind: Kind) -> st.SearchStrategy[Any]:
    """Payloads generated from the official schema of one message (cached per message)."""
    return from_schema(generation_schema(version, action, kind))


@dataclass(frozen=True)
class Number:
    """A JSON number, compared by value (``7 == 7.0``), never equal to ``true``/``false``."""

    value: Decimal


@dataclass(frozen=True)
class Instant:
    """A date-time, compared as the instant it denotes (``T10:00+02:00`` equals ``T08:00Z``)."""

    since_year_one_utc: timedelta


_YEAR_ONE: Final = datetime(1, 1, 1)


def _instant(text: str) -> Instant | str:
    moment = datetime.fromisoformat(text.upper())
    offset = moment.utcoffset()
    if offset is None:
        return text  # no offset: not an instant, compared as the text it is
    # A timedelta, not an aware datetime: year 1 at +05:00 is before datetime.min in UTC.
    return Instant(moment.replace(tzinfo=None) - _YEAR_ONE - offset)


def _canonical(root: Node, node: Node, value: Any) -> Any:
    schema = _resolve(root, node)
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int | Decimal):
        return Number(Decimal(value))
    if isinstance(value, str):
        return _instant(value) if schema.get("format") == "date-time" else value
    if isinstance(value, list):
        items: Node = schema.get("items", {})
        return [_canonical(root, items, item) for item in value]
    assert isinstance(value, dict), value
    properties: Node = schema.get("properties", {})
    return {key: _canonical(root, properties.get(key, {}), item) for key, item in value.items()}


def canonical(version: OcppVersion, action: str, kind: Kind, text: str | bytes) -> Any:
    """The payload ``text`` in the form two payloads are compared in; the only normalisations.

    Two encodings of a payload count as the same JSON when these forms are equal:

    * object key order is irrelevant (objects become ``dict``s);
    * numbers are compared by decimal value as written (read as ``Decimal``), so ``7`` equals
      ``7.0`` and ``1e+27`` equals ``1e27``; a number never equals ``true``/``false``
      (:class:`Number`);
    * strings at a ``format: date-time`` position of the schema are compared as instants
      (:class:`Instant`): ``t``/``z`` in either case, ``Z`` equals ``+00:00`` and ``-00:00``,
      ``10:00+02:00`` equals ``08:00Z``. Python's ``datetime`` resolution is one microsecond:
      digits after the sixth of a fraction are not compared (hypothesis-jsonschema never
      generates more than six). A date-time without offset stays a string and so never equals
      an instant.

    Everything else is compared exactly: strings (also inside ``customData`` and
    ``DataTransfer.data``), booleans, ``null``, array order, the set of keys present.
    """
    root = reference.schema(version, action, kind)
    return _canonical(root, root, reference.load_json(text))


# --- broken in one rule: walking the schema ----------------------------------------------------


class Rule(StrEnum):
    """The schema rules a payload can break, one per test."""

    MISSING_REQUIRED = "missing required property"
    TOO_FEW_ITEMS = "fewer items than minItems"
    TOO_MANY_ITEMS = "more items than maxItems"
    WRONG_TYPE = "wrong JSON type"
    NULL_FOR_OPTIONAL = "null for an optional property"
    TOO_LONG = "string longer than maxLength"
    BELOW_MINIMUM = "number below minimum"
    ABOVE_MAXIMUM = "number above maximum"
    NOT_MULTIPLE_OF = "number not a multiple of multipleOf"
    NOT_IN_ENUM = "value not in the enum"
    MALFORMED_DATE_TIME = "malformed date-time"
    UNKNOWN_PROPERTY = "unknown property"
    NOT_AN_OBJECT = "payload not a JSON object"
    NOT_JSON = "payload not JSON"


@dataclass(frozen=True)
class BrokenCase:
    """One payload broken in exactly one rule, and the same payload unbroken.

    ``loc`` is where the rule is broken (the property, the item, the array or the missing key);
    ``variant`` names the way it is broken where a rule has several (e.g. ``"naive"``).
    """

    rule: Rule
    loc: Loc
    text: str
    unbroken: str
    detail: str
    variant: str = ""

    @property
    def path(self) -> str:
        """``loc`` as a JSON path, as ocpkit's violations spell it."""
        return json_path(self.loc)


@dataclass(frozen=True)
class LimitCase:
    """A payload whose value at ``loc`` sits exactly on a limit of its schema (it is valid)."""

    loc: Loc
    text: str
    detail: str


@dataclass(frozen=True)
class _Break:
    """The value of one schema node, broken (``value``) and not (``unbroken``)."""

    rule: Rule
    loc: Loc
    value: Any
    unbroken: Any
    detail: str
    variant: str = ""


@dataclass(frozen=True)
class _Limit:
    loc: Loc
    value: Any
    detail: str


VALID_DATE_TIME: Final = "2024-01-07T08:52:48Z"
UNKNOWN_NAME: Final = "unknownProperty"
_MALFORMED_DATE_TIMES: Final = {
    "naive": "2024-01-07T08:52:48",
    "space separator": "2024-01-07 08:52:48Z",
    "date only": "2024-01-07",
    "month 13": "2024-13-07T08:52:48Z",
    "30 February": "2024-02-30T08:52:48Z",
    "hour 24": "2024-01-07T24:00:00Z",
    "offset without colon": "2024-01-07T08:52:48+0100",
    "not a date": "yesterday",
}
_WRONG_TYPES: Final[Mapping[str, tuple[tuple[str, Any], ...]]] = {
    "string": (("number", 7), ("boolean", True)),
    "integer": (("string", "7"), ("fractional number", Decimal("7.5")), ("boolean", True)),
    "number": (("string", "7"), ("boolean", False)),
    "boolean": (("string", "true"), ("number", 1)),
    "object": (("string", "x"), ("array", [])),
    "array": (("string", "x"), ("object", {})),
}


def _array_length(schema: Node) -> int:
    """Items in an unbroken array: two where allowed (so paths show a non-zero index)."""
    low: int = schema.get("minItems", 0)
    high: int = schema.get("maxItems", 2)
    return max(low, min(2, high))


def _minimal_number(schema: Node) -> int | Decimal:
    value = Decimal(0)
    if "minimum" in schema and schema["minimum"] > value:
        value = Decimal(schema["minimum"])
    if "maximum" in schema and schema["maximum"] < value:
        value = Decimal(schema["maximum"])
    if schema["type"] == "integer" or value == value.to_integral_value():
        return int(value.to_integral_value(decimal.ROUND_CEILING))
    return value


def minimal(root: Node, node: Node) -> Any:
    """The simplest valid value: required properties only, first enum value, ``"x"``, 0, ..."""
    schema = _resolve(root, node)
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type")
    if kind == "object":
        properties: Node = schema.get("properties", {})
        return {name: minimal(root, properties[name]) for name in schema.get("required", ())}
    if kind == "array":
        return [minimal(root, schema["items"]) for _ in range(_array_length(schema))]
    if kind == "string":
        return VALID_DATE_TIME if schema.get("format") == "date-time" else "x"
    if kind in ("integer", "number"):
        return _minimal_number(schema)
    if kind == "boolean":
        return True
    assert kind is None, kind
    return "free-form JSON"


def _scalar_breaks(schema: Node, loc: Loc, base: Any) -> Iterator[_Break]:
    kind = schema["type"]
    if "enum" in schema:
        first: str = schema["enum"][0]
        for variant, wrong in (("near miss", first + "X"), ("letter case", first.swapcase())):
            if wrong not in schema["enum"]:
                yield _Break(Rule.NOT_IN_ENUM, loc, wrong, base, f"{wrong!r} not in enum", variant)
    if kind == "string" and "maxLength" in schema:
        size = schema["maxLength"]
        yield _Break(Rule.TOO_LONG, loc, "a" * (size + 1), base, f"{size + 1} chars, max {size}")
    if kind == "string" and schema.get("format") == "date-time":
        for variant, text in _MALFORMED_DATE_TIMES.items():
            yield _Break(Rule.MALFORMED_DATE_TIME, loc, text, base, repr(text), variant)
    if kind in ("integer", "number"):
        step = Decimal(schema.get("multipleOf", 1 if kind == "integer" else Decimal("0.5")))
        if "minimum" in schema:
            low = Decimal(schema["minimum"]) - step
            yield _Break(
                Rule.BELOW_MINIMUM, loc, _number(low), base, f"{low} < {schema['minimum']}"
            )
        if "maximum" in schema:
            high = Decimal(schema["maximum"]) + step
            yield _Break(Rule.ABOVE_MAXIMUM, loc, _number(high), base, f"{high} > maximum")
        if "multipleOf" in schema:
            odd = Decimal(base) + Decimal(schema["multipleOf"]) * Decimal("1.5")
            yield _Break(Rule.NOT_MULTIPLE_OF, loc, odd, base, f"{odd} not a multiple of {step}")


def _number(value: Decimal) -> int | Decimal:
    return int(value) if value == value.to_integral_value() else value


def _breaks(root: Node, node: Node, loc: Loc, *, optional: bool) -> Iterator[_Break]:
    """Every way to break the value of ``node`` (at ``loc``) in exactly one rule."""
    schema = _resolve(root, node)
    kind = schema.get("type")
    if kind is None:
        return  # free-form JSON (2.x DataTransfer.data): anything goes, null included
    base = minimal(root, node)
    if loc:  # a property or an item; the payload itself is a NOT_AN_OBJECT case
        for name, wrong in _WRONG_TYPES[kind]:
            yield _Break(Rule.WRONG_TYPE, loc, wrong, base, f"{name} where {kind} is due")
        if optional:
            yield _Break(Rule.NULL_FOR_OPTIONAL, loc, None, base, "null for optional property")
        else:
            yield _Break(Rule.WRONG_TYPE, loc, None, base, f"null where {kind} is due", "null")
    if kind == "object":
        yield from _object_breaks(root, schema, loc, base)
    elif kind == "array":
        yield from _array_breaks(root, schema, loc, base)
    else:
        yield from _scalar_breaks(schema, loc, base)


def _object_breaks(root: Node, schema: Node, loc: Loc, base: dict[str, Any]) -> Iterator[_Break]:
    properties: Node = schema.get("properties", {})
    required = set(schema.get("required", ()))
    for name in schema.get("required", ()):
        without = {key: value for key, value in base.items() if key != name}
        yield _Break(Rule.MISSING_REQUIRED, (*loc, name), without, base, f"{name} missing")
    if schema.get("additionalProperties") is False:
        assert UNKNOWN_NAME not in properties
        extra = {**base, UNKNOWN_NAME: "x"}
        yield _Break(Rule.UNKNOWN_PROPERTY, (*loc, UNKNOWN_NAME), extra, base, UNKNOWN_NAME)
        for name in properties:
            changed = name[0].swapcase() + name[1:]
            if name not in required and changed not in properties:
                # an optional property's name in the wrong letter case is unknown too
                wrong_case = {**base, changed: minimal(root, properties[name])}
                yield _Break(
                    Rule.UNKNOWN_PROPERTY, (*loc, changed), wrong_case, base, changed, "case"
                )
                break
    for name, sub in properties.items():
        for broken in _breaks(root, sub, (*loc, name), optional=name not in required):
            yield replace(
                broken,
                value={**base, name: broken.value},
                unbroken={**base, name: broken.unbroken},
            )


def _array_breaks(root: Node, schema: Node, loc: Loc, base: list[Any]) -> Iterator[_Break]:
    item = minimal(root, schema["items"])
    low = schema.get("minItems", 0)
    if low > 0:
        yield _Break(Rule.TOO_FEW_ITEMS, loc, [item] * (low - 1), base, f"{low - 1} < {low}")
    if "maxItems" in schema:
        high = schema["maxItems"]
        yield _Break(Rule.TOO_MANY_ITEMS, loc, [item] * (high + 1), base, f"{high + 1} > {high}")
    last = len(base) - 1
    for broken in _breaks(root, schema["items"], (*loc, last), optional=False):
        yield replace(
            broken,
            value=[*base[:last], broken.value],
            unbroken=[*base[:last], broken.unbroken],
        )


@functools.cache
def broken_cases(version: OcppVersion, action: str, kind: Kind) -> tuple[BrokenCase, ...]:
    """Every rule site of a message's schema, each broken once, in every variant."""
    root = reference.schema(version, action, kind)
    cases = [
        BrokenCase(b.rule, b.loc, dumps(b.value), dumps(b.unbroken), b.detail, b.variant)
        for b in _breaks(root, root, (), optional=False)
    ]
    unbroken = dumps(minimal(root, root))
    for variant, text in (("array", "[]"), ("string", '"x"'), ("number", "1"), ("null", "null")):
        cases.append(BrokenCase(Rule.NOT_AN_OBJECT, (), text, unbroken, f"payload {text}", variant))
    cases.append(BrokenCase(Rule.NOT_JSON, (), unbroken[:-1], unbroken, "truncated JSON"))
    return tuple(cases)


def _limits(root: Node, node: Node, loc: Loc) -> Iterator[_Limit]:
    schema = _resolve(root, node)
    kind = schema.get("type")
    if kind == "object":
        base = minimal(root, node)
        for name, sub in schema.get("properties", {}).items():
            for limit in _limits(root, sub, (*loc, name)):
                yield replace(limit, value={**base, name: limit.value})
    elif kind == "array":
        base = minimal(root, node)
        item = minimal(root, schema["items"])
        if schema.get("minItems", 0) > 0:
            low = schema["minItems"]
            yield _Limit(loc, [item] * low, f"exactly minItems={low}")
        if "maxItems" in schema:
            high = schema["maxItems"]
            yield _Limit(loc, [item] * high, f"exactly maxItems={high}")
        last = len(base) - 1
        for limit in _limits(root, schema["items"], (*loc, last)):
            yield replace(limit, value=[*base[:last], limit.value])
    elif kind == "string" and "maxLength" in schema:
        size = schema["maxLength"]
        # "é" is two bytes in UTF-8: maxLength counts characters, not bytes
        yield _Limit(loc, "é" * size, f"exactly maxLength={size} characters")
    elif kind in ("integer", "number"):
        for key in ("minimum", "maximum"):
            if key in schema:
                yield _Limit(loc, _number(Decimal(schema[key])), f"exactly {key}={schema[key]}")
        if "multipleOf" in schema:
            value = Decimal(schema["multipleOf"]) * 161
            yield _Limit(loc, value, f"{value}, a multiple of {schema['multipleOf']}")


@functools.cache
def limit_cases(version: OcppVersion, action: str, kind: Kind) -> tuple[LimitCase, ...]:
    """Every limit of a message's schema (maxLength, minimum, maximum, minItems, maxItems,
    multipleOf), each met exactly by an otherwise minimal payload."""
    root = reference.schema(version, action, kind)
    return tuple(LimitCase(x.loc, dumps(x.value), x.detail) for x in _limits(root, root, ()))
