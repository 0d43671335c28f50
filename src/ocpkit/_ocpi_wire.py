"""Writing OCPI objects as wire JSON without pydantic's serializer.

pydantic's serializer costs several times what the wire form needs: each object is a walk of its
schema in Rust and each ``DateTime`` a call back into Python. Here each OCPI class gets one plain
Python function, written from its fields the first time an object of the class is encoded (the
way :mod:`dataclasses` and attrs write ``__init__``, with ``exec``). The function copies the
object's field dict, drops the optional fields that are ``None``, replaces what JSON has no type
for (nested objects and lists of them, written inline with no call per object; ``DateTime``;
exact numbers) and appends the unknown fields the object was read with; :mod:`orjson` writes the
result. A ``DateTime`` in whole seconds and UTC (nearly every one) is left to orjson (``...Z``);
others go through :func:`~ocpkit._ocpi_base.format_ocpi_datetime`. On a page of OCPI 2.2.1
Locations this is about 2.5x faster than pydantic's serializer (``bench/bench_ocpi.py``).

The JSON is what pydantic's serializer wrote, with one deliberate difference: an unknown field
whose value is ``null`` is written back (``exclude_none`` dropped it, but unknown fields must
come back unchanged). Whatever the fast path cannot write is written by pydantic instead: a class
with its own serializers or a field type it does not know (a user's subclass), a value of an
unexpected type assigned after validation, an integer beyond 64 bits among the unknown fields. A
required field set to ``None`` after validation (an invalid object either way) is written as
``null`` where pydantic left it out.
"""

import types
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, tzinfo
from enum import Enum
from functools import cache
from typing import Annotated, Any, Final, Union, get_args, get_origin

import attrs
import orjson
from pydantic_core import SchemaValidator, core_schema

from ocpkit._errors import OcpkitError
from ocpkit._ocpi_base import (
    OcpiModel,
    _decimal_to_json,
    _ExactNumber,
    _OcpiDateTime,
    _Open,
    format_ocpi_datetime,
)

__all__ = [
    "FAST_PATH_ERRORS",
    "NotWritableError",
    "dumps_wire",
    "wire_encoder",
    "wire_json",
    "wire_list_json",
    "wire_value",
]

WireEncoder = Callable[[OcpiModel], dict[str, Any]]
"""Turns one object into the dict :mod:`orjson` writes as its wire JSON."""

_OPTIONS: Final = orjson.OPT_UTC_Z

# What a fast encoder or orjson raise on data they cannot write (pydantic writes it instead, or
# raises its own error for it).
FAST_PATH_ERRORS: Final = (TypeError, ValueError, AttributeError, KeyError, OverflowError)


# -- what a field holds -----------------------------------------------------------------------


@attrs.frozen
class _ListOf:
    item: "_Kind"


_EXTRA: Final = "__pydantic_extra__"
_PLAIN: Final = "plain"  # orjson writes it as it is: str, int, bool, an enum member
_DATETIME: Final = "datetime"
_DECIMAL: Final = "decimal"
_Kind = str | type[OcpiModel] | _ListOf


class _UnsupportedError(Exception):
    """A field type the fast path does not know: its class is written by pydantic."""


def _kind_of_mark(mark: object) -> str | None:
    if isinstance(mark, _OcpiDateTime):
        return _DATETIME
    if isinstance(mark, _ExactNumber):
        return _DECIMAL
    if isinstance(mark, _Open):
        return _PLAIN
    return None


def _kind(annotation: Any) -> _Kind:
    origin = get_origin(annotation)
    if origin in (Union, types.UnionType):
        members = [arg for arg in get_args(annotation) if arg is not type(None)]
        if len(members) != 1:
            raise _UnsupportedError(annotation)
        return _kind(members[0])
    if origin is Annotated:
        inner, *metadata = get_args(annotation)
        for mark in metadata:
            if (kind := _kind_of_mark(mark)) is not None:
                return kind
        return _kind(inner)
    if origin is list:
        (item,) = get_args(annotation)
        item_kind = _kind(item)
        return _PLAIN if item_kind == _PLAIN else _ListOf(item_kind)
    if isinstance(annotation, type):
        if issubclass(annotation, OcpiModel):
            return annotation
        if annotation in (str, int, bool) or issubclass(annotation, Enum):
            return _PLAIN
    raise _UnsupportedError(annotation)


@cache
def _fields(model: type[OcpiModel]) -> tuple[tuple[str, _Kind, bool], ...]:
    """``(name, kind, required)`` of each field in declared order; :class:`_UnsupportedError` if the
    class is not one the fast path writes as pydantic would."""
    decorators = model.__pydantic_decorators__
    if decorators.field_serializers or decorators.model_serializers or decorators.computed_fields:
        raise _UnsupportedError(model)
    if _EXTRA not in model.model_construct().__dict__:
        # The encoders read the unknown fields from the object's __dict__, where pydantic keeps
        # them beside the fields (OcpiModel declares __pydantic_extra__ as a typed field).
        raise _UnsupportedError(model)
    found: list[tuple[str, _Kind, bool]] = []
    for name, info in model.model_fields.items():
        if info.exclude or {info.alias, info.serialization_alias} - {None, name}:
            raise _UnsupportedError(name)
        # FieldInfo keeps a field's own Annotated marks apart from its annotation.
        marked = [kind for mark in info.metadata if (kind := _kind_of_mark(mark)) is not None]
        found.append((name, marked[0] if marked else _kind(info.annotation), info.is_required()))
    return tuple(found)


def _writable(model: type[OcpiModel]) -> bool:
    try:
        _fields(model)
    except _UnsupportedError:
        return False
    return True


# -- writing the function ---------------------------------------------------------------------


def _utc_marks() -> tuple[tzinfo, tzinfo]:
    # pydantic reads every "Z" as one shared TzInfo object: an identity check finds UTC in a
    # few nanoseconds, where utcoffset() costs a call and a timedelta. A value with another UTC
    # object only takes the slower (still right) path.
    parsed = SchemaValidator(core_schema.datetime_schema()).validate_json('"2000-01-01T00:00:00Z"')
    return UTC, parsed.tzinfo or UTC


_UTC, _PYDANTIC_UTC = _utc_marks()


def _datetime_wire(value: datetime) -> datetime | str:
    if value.microsecond == 0 and ((zone := value.tzinfo) is _UTC or zone is _PYDANTIC_UTC):
        return value
    return format_ocpi_datetime(value)


def _pydantic_wire(obj: OcpiModel) -> dict[str, Any]:
    data: dict[str, Any] = obj.model_dump(mode="json", exclude_none=True, warnings=False)
    return data


class _Writer:
    """The source of one class's function: its lines and the names they refer to."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.names: dict[str, object] = {
            "_UTC": _UTC,
            "_PYDANTIC_UTC": _PYDANTIC_UTC,
            "_format_datetime": format_ocpi_datetime,
            "_datetime_wire": _datetime_wire,
            "_decimal_to_json": _decimal_to_json,
        }
        self._inlining: list[type[OcpiModel]] = []
        self._count = 0

    def fresh(self, stem: str) -> str:
        self._count += 1
        return f"{stem}{self._count}"

    def emit(self, depth: int, line: str) -> None:
        self.lines.append("    " * depth + line)

    def value(self, kind: _Kind, source: str, depth: int) -> str:
        """Emit what the value named ``source`` (a local name) needs and return the expression
        of its wire form."""
        if kind == _PLAIN:
            return source
        if kind == _DECIMAL:
            return f"_decimal_to_json({source})"
        if kind == _DATETIME:
            # _datetime_wire's rule, written out (a call per value would cost more than the test)
            zone = self.fresh("z")
            return (
                f"({source} if {source}.microsecond == 0 and (({zone} := {source}.tzinfo) is _UTC "
                f"or {zone} is _PYDANTIC_UTC) else _format_datetime({source}))"
            )
        if isinstance(kind, _ListOf):
            return self.list_of(kind.item, source, depth)
        assert isinstance(kind, type)
        return self.object(kind, source, depth)

    def list_of(self, item: _Kind, source: str, depth: int) -> str:
        if item == _DATETIME:
            return f"[_datetime_wire(item) for item in {source}]"
        if item == _DECIMAL:
            return f"[_decimal_to_json(item) for item in {source}]"
        items, result = self.fresh("i"), self.fresh("l")
        self.emit(depth, f"{result} = []")
        self.emit(depth, f"for {items} in {source}:")
        self.emit(depth + 1, f"{result}.append({self.value(item, items, depth + 1)})")
        return result

    def object(self, model: type[OcpiModel], source: str, depth: int) -> str:
        """Emit the wire dict of the object named ``source`` (a local name); returns its name.

        The dict starts as a copy of the object's ``__dict__`` (its fields in declared order,
        and the unknown fields under ``__pydantic_extra__``, taken out again): a field written
        as it is costs nothing, an optional one a ``None`` check, the rest a replacement.
        """
        if model in self._inlining or not _writable(model):
            # A class inside itself, or one pydantic writes: a call, looked up when made.
            encoder = self.fresh("encode")
            self.names[encoder] = _call_later(model)
            return f"{encoder}({source})"
        self._inlining.append(model)
        wire, extra = self.fresh("w"), self.fresh("x")
        self.emit(depth, f"{wire} = {source}.__dict__.copy()")
        self.emit(depth, f"{extra} = {wire}[{_EXTRA!r}]")
        self.emit(depth, f"del {wire}[{_EXTRA!r}]")
        for name, kind, required in _fields(model):
            field = f"{wire}[{name!r}]"
            if kind == _PLAIN:
                if not required:
                    self.emit(depth, f"if {field} is None:")
                    self.emit(depth + 1, f"del {field}")
                continue
            value = self.fresh("v")
            self.emit(depth, f"{value} = {field}")
            if required:
                self.emit(depth, f"{field} = {self.value(kind, value, depth)}")
                continue
            self.emit(depth, f"if {value} is None:")
            self.emit(depth + 1, f"del {field}")
            self.emit(depth, "else:")
            self.emit(depth + 1, f"{field} = {self.value(kind, value, depth + 1)}")
        self.emit(depth, f"if {extra}:")
        self.emit(depth + 1, f"{wire}.update({extra})")
        self._inlining.pop()
        return wire


def _call_later(model: type[OcpiModel]) -> WireEncoder:
    def encode(obj: OcpiModel) -> dict[str, Any]:
        return (wire_encoder(model) or _pydantic_wire)(obj)

    return encode


_encoders: dict[type[object], WireEncoder | None] = {}


def wire_encoder(model: type[object]) -> WireEncoder | None:
    """The function that turns an object of ``model`` into its wire dict, or ``None`` when the
    class is not an OCPI class or is written by pydantic (its own serializers, field types the
    fast path does not know). Written on the first call for a class, then kept."""
    if model in _encoders:
        return _encoders[model]
    encoder = _write(model) if issubclass(model, OcpiModel) and _writable(model) else None
    _encoders[model] = encoder
    return encoder


def _write(model: type[OcpiModel]) -> WireEncoder:
    writer = _Writer()
    writer.emit(1, f"return {writer.object(model, 'obj', 1)}")
    source = "def encode(obj):\n" + "\n".join(writer.lines)
    namespace = dict(writer.names)
    exec(compile(source, f"<ocpkit wire encoder {model.__qualname__}>", "exec"), namespace)
    encoder: WireEncoder = namespace["encode"]  # type: ignore[assignment]
    return encoder


# -- writing JSON -----------------------------------------------------------------------------


class NotWritableError(OcpkitError, TypeError):
    """The value is not one the fast path writes (pydantic, or plain JSON writing, must)."""


def _wire_object(obj: object) -> dict[str, Any]:
    encoder = _encoders.get(type(obj)) or wire_encoder(type(obj))
    if encoder is None:
        raise NotWritableError(type(obj).__qualname__)
    return encoder(obj)  # type: ignore[arg-type]


def wire_value(data: object) -> dict[str, Any] | list[dict[str, Any]]:
    """The wire form of an OCPI object or a list (tuple) of them, for :func:`dumps_wire`;
    :class:`NotWritableError` for anything else."""
    if not isinstance(data, list | tuple):
        return _wire_object(data)
    wire: list[dict[str, Any]] = []
    kind: type | None = None
    encoder: WireEncoder | None = None
    for item in data:
        if type(item) is not kind:
            kind, encoder = type(item), wire_encoder(type(item))
            if encoder is None:
                raise NotWritableError(kind.__qualname__)
        wire.append(encoder(item))  # type: ignore[misc]
    return wire


def dumps_wire(value: object) -> bytes:
    """JSON text of what :func:`wire_value` built (with plain JSON data around it); raises one
    of :data:`FAST_PATH_ERRORS` for what orjson cannot write as pydantic would."""
    return orjson.dumps(value, option=_OPTIONS)


def _pydantic_json(obj: OcpiModel) -> bytes:
    return obj.__pydantic_serializer__.to_json(obj, exclude_none=True, warnings=False)


def wire_json(obj: OcpiModel) -> bytes:
    """``obj`` as wire JSON: absent fields left out, unknown fields written back."""
    try:
        return dumps_wire(_wire_object(obj))
    except FAST_PATH_ERRORS:
        return _pydantic_json(obj)


def wire_list_json(items: Sequence[OcpiModel]) -> bytes:
    """A JSON array of objects, each written as :func:`wire_json` writes it (in one go)."""
    try:
        return dumps_wire(wire_value(items))
    except FAST_PATH_ERRORS:
        return b"[" + b",".join(wire_json(item) for item in items) + b"]"
