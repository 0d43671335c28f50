"""Reading OCPI objects the way a receiver must: one object whole, a list item by item, a PATCH
body or a fragment field by field.

A list is never all-or-nothing: one broken ``Location`` must not cost the other 999 of its page.
:func:`read_list` gives the valid items typed and each invalid one with its index, its raw JSON
and the JSON path of every violation. A list without broken items is validated in one pydantic
call; only when that call fails are the items sorted into good and bad.

``strict=True`` everywhere means: fields the spec does not define are violations too (by default
they are kept and written back, as 2.3.0 asks of receivers).
"""

from collections.abc import Mapping
from functools import cache
from typing import Annotated, Any, Generic, TypeVar

import attrs
from pydantic import ConfigDict, JsonValue, TypeAdapter, ValidationError
from pydantic_core import ErrorDetails

from ocpkit._errors import OcpkitError
from ocpkit._json_path import json_path
from ocpkit._ocpi_base import OcpiModel
from ocpkit.ocpi._json import JsonTextError, dumps, loads
from ocpkit.ocpi.version import OcpiVersion

__all__ = [
    "InvalidItem",
    "InvalidObjectError",
    "ListRead",
    "NotJsonError",
    "Patch",
    "ReadError",
    "Violation",
    "json_path",
    "read_fragment",
    "read_items",
    "read_list",
    "read_object",
    "read_patch",
    "split_items",
    "violations_of",
]

M = TypeVar("M", bound=OcpiModel)


@attrs.frozen
class Violation:
    """One rule an input broke: where (a JSON path such as ``$.evses[0].status``), which rule
    (pydantic's error type, e.g. ``missing``, ``string_too_long``, ``extra_forbidden``) and a
    message for people."""

    path: str
    kind: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


_MESSAGES: Mapping[str, str] = {
    "extra_forbidden": "field not defined by the specification",
    "missing": "required field missing",
}


def violations_of(error: ValidationError, *, skip: int = 0) -> tuple[Violation, ...]:
    """The violations a pydantic error lists, paths cut by ``skip`` leading steps."""
    return tuple(_violation(detail, skip) for detail in error.errors(include_url=False))


def _violation(detail: ErrorDetails, skip: int, prefix: tuple[int | str, ...] = ()) -> Violation:
    kind = detail["type"]
    message = _MESSAGES.get(kind, detail["msg"])
    if len(message) > 200:
        message = message[:200] + "..."
    return Violation(json_path(prefix + tuple(detail["loc"][skip:])), kind, message)


class ReadError(OcpkitError):
    """An OCPI payload that cannot be read; ``violations`` says why, each with its path."""

    def __init__(self, message: str, violations: tuple[Violation, ...] = ()) -> None:
        super().__init__(message)
        self.violations = violations


class NotJsonError(ReadError):
    """The input is not JSON text at all."""


class InvalidObjectError(ReadError):
    """An object that breaks the definitions (every violation listed, never the raw input)."""


@attrs.frozen
class InvalidItem:
    """An item of a list that did not validate: its position, its JSON, and why."""

    index: int
    raw: JsonValue
    violations: tuple[Violation, ...]


@attrs.frozen
class ListRead(Generic[M]):
    """A list read item by item: the valid items (typed, in order) and the invalid ones."""

    items: tuple[M, ...]
    invalid: tuple[InvalidItem, ...] = ()

    @property
    def all_valid(self) -> bool:
        """Whether every item of the list was valid."""
        return not self.invalid

    def __len__(self) -> int:
        return len(self.items) + len(self.invalid)


@cache
def _list_adapter(model: type[OcpiModel]) -> TypeAdapter[list[Any]]:
    return TypeAdapter(list[model])  # type: ignore[valid-type]


def _extra(strict: bool) -> Any:
    return "forbid" if strict else None


def read_object(model: type[M], data: str | bytes, *, strict: bool = False) -> M:
    """One object from its JSON text; raises :class:`InvalidObjectError` listing every
    violation, or :class:`NotJsonError`."""
    try:
        validated: M = model.__pydantic_validator__.validate_json(data, extra=_extra(strict))
    except ValidationError as exc:
        violations = violations_of(exc)
        if violations and violations[0].kind == "json_invalid":
            raise NotJsonError("not JSON text", violations) from None
        raise InvalidObjectError(
            f"invalid {model.__name__}: {len(violations)} violation(s)", violations
        ) from None
    return validated


def read_list(model: type[M], data: str | bytes, *, strict: bool = False) -> ListRead[M]:
    """A JSON array of objects, item by item: never fails for broken items, only when ``data``
    is not a JSON array (:class:`NotJsonError`, :class:`InvalidObjectError`)."""
    adapter = _list_adapter(model)
    try:
        return ListRead(tuple(adapter.validate_json(data, extra=_extra(strict))))
    except ValidationError as exc:
        return _sort_items(model, data, exc, strict)


def read_items(model: type[M], items: list[JsonValue], *, strict: bool = False) -> ListRead[M]:
    """Like :func:`read_list`, for items already parsed from JSON (an envelope's ``data``)."""
    try:
        text = dumps(items)
    except JsonTextError:  # some item is nested too deep to write: judge each on its own
        return _item_by_item(model, items, strict)
    return read_list(model, text, strict=strict)


def _sort_items(
    model: type[M], data: str | bytes, error: ValidationError, strict: bool
) -> ListRead[M]:
    try:
        raw = loads(data)
    except JsonTextError:
        raise NotJsonError("not JSON text", violations_of(error)) from None
    if not isinstance(raw, list):
        raise InvalidObjectError(
            "expected a JSON array of objects", (Violation("$", "list_type", "not an array"),)
        )
    errors = error.errors(include_url=False)
    if all(detail["loc"] and isinstance(detail["loc"][0], int) for detail in errors):
        return split_items(model, raw, errors, depth=0, strict=strict)
    # An error that names no item (the text nested deeper than the validator reads): one by one.
    return _item_by_item(model, raw, strict)


def _item_by_item(model: type[M], raw: list[JsonValue], strict: bool) -> ListRead[M]:
    items: list[M] = []
    invalid: list[InvalidItem] = []
    for index, item in enumerate(raw):
        try:
            text = dumps(item)
            items.append(model.__pydantic_validator__.validate_json(text, extra=_extra(strict)))
        except JsonTextError:
            too_deep = Violation("$", "json_invalid", "nested too deep to be read")
            invalid.append(InvalidItem(index, item, (too_deep,)))
        except ValidationError as exc:
            invalid.append(InvalidItem(index, item, violations_of(exc)))
    return ListRead(tuple(items), tuple(invalid))


def split_items(
    model: type[M],
    raw: list[JsonValue],
    errors: list[ErrorDetails],
    *,
    depth: int,
    strict: bool,
) -> ListRead[M]:
    """The valid and invalid items of ``raw``, given the errors of a failed validation of the
    whole list (each error's ``loc`` holds the item index at position ``depth``): the bad items
    are known from the errors, so only the good ones are validated again."""
    by_index: dict[int, list[Violation]] = {}
    for detail in errors:
        index = detail["loc"][depth]
        if isinstance(index, int):
            by_index.setdefault(index, []).append(_violation(detail, depth + 1))
    good = [item for i, item in enumerate(raw) if i not in by_index]
    items = _list_adapter(model).validate_json(dumps(good), extra=_extra(strict))
    invalid = tuple(
        InvalidItem(index, raw[index], tuple(found)) for index, found in sorted(by_index.items())
    )
    return ListRead(tuple(items), invalid)


# -- PATCH bodies and fragments ---------------------------------------------------------------


@attrs.frozen
class Patch(Generic[M]):
    """Some fields of a ``model`` object, each fully valid (a PATCH body, a fragment).

    ``values`` maps field names to typed values (``None`` where the body said ``null``);
    ``unknown`` holds fields the specification does not define, as they came.
    """

    model: type[M]
    values: Mapping[str, object]
    unknown: Mapping[str, JsonValue] = attrs.field(factory=dict)

    def to_wire(self) -> dict[str, JsonValue]:
        """The body as JSON data, fields in the model's order, unknown fields last; a field the
        body set to ``null`` stays ``null`` (absent fields of nested objects are left out)."""
        out: dict[str, JsonValue] = {}
        for name, value in self.values.items():
            adapter = _field_adapter(self.model, name)
            out[name] = (
                None
                if value is None
                else adapter.dump_python(value, mode="json", exclude_none=True, warnings=False)
            )
        out.update(self.unknown)
        return out

    def to_json(self) -> bytes:
        """The body as JSON text."""
        return dumps(self.to_wire())


@cache
def _field_adapter(model: type[OcpiModel], name: str) -> TypeAdapter[Any]:
    # The field's own type with its constraints (max_length and the like live in its metadata).
    field = model.model_fields[name]
    annotation: Any = field.annotation
    if field.metadata:
        annotation = Annotated[annotation, *field.metadata]
    # The model's own strictness: a field read alone takes exactly what it takes inside the
    # object ("no" is never a boolean, 1 never true).
    return TypeAdapter(annotation, config=ConfigDict(strict=True, hide_input_in_errors=True))


# The first OCPI version whose PATCH bodies must carry ``last_updated``.
_LAST_UPDATED_REQUIRED_FROM = (OcpiVersion.V221, OcpiVersion.V230)


def read_patch(
    model: type[M], data: str | bytes, *, version: OcpiVersion, strict: bool = False
) -> Patch[M]:
    """A PATCH body for ``model``: any subset of its fields, each present one fully valid; from
    2.2.1 on ``last_updated`` must be there (where the model has one). ``null`` is refused for a
    field the object must always have."""
    require = ("last_updated",) if version in _LAST_UPDATED_REQUIRED_FROM else ()
    return _read_fields(model, data, strict=strict, require=require)


def read_fragment(model: type[M], data: str | bytes, *, strict: bool = False) -> Patch[M]:
    """Any subset of ``model``'s fields (e.g. a Location's ``opening_times`` alone), each
    present one fully valid; nothing is required."""
    return _read_fields(model, data, strict=strict, require=())


def _read_fields(
    model: type[M],
    data: str | bytes,
    *,
    strict: bool,
    require: tuple[str, ...],
) -> Patch[M]:
    try:
        raw = loads(data)
    except JsonTextError:
        raise NotJsonError("not JSON text") from None
    if not isinstance(raw, dict):
        raise InvalidObjectError(
            "expected a JSON object", (Violation("$", "model_type", "not an object"),)
        )
    fields = model.model_fields
    values: dict[str, object] = {}
    unknown: dict[str, JsonValue] = {}
    violations: list[Violation] = []
    for name in require:
        if name in fields and name not in raw:
            violations.append(Violation(json_path((name,)), "missing", _MESSAGES["missing"]))
    for name, value in raw.items():
        if name not in fields:
            if strict:
                violations.append(
                    Violation(json_path((name,)), "extra_forbidden", _MESSAGES["extra_forbidden"])
                )
            else:
                unknown[name] = value
            continue
        if value is None and fields[name].is_required():
            violations.append(
                Violation(json_path((name,)), "none_required", "this field cannot be null")
            )
            continue
        try:
            values[name] = _field_adapter(model, name).validate_json(
                dumps(value), extra=_extra(strict)
            )
        except JsonTextError:
            violations.append(
                Violation(json_path((name,)), "json_invalid", "nested too deep to be read")
            )
        except ValidationError as exc:
            violations += [
                _violation(detail, 0, (name,)) for detail in exc.errors(include_url=False)
            ]
    if violations:
        raise InvalidObjectError(
            f"invalid {model.__name__} fields: {len(violations)} violation(s)", tuple(violations)
        )
    ordered = {name: values[name] for name in fields if name in values}
    return Patch(model, ordered, unknown)
