"""Strict and tolerant decoding of OCPP payloads into the generated models.

*Strict* (the default) accepts exactly what the official schema accepts and raises
:class:`~ocpkit.ocpp.errors.PayloadValidationError` otherwise, with every violation and the error
code to answer with.

*Tolerant* accepts the slips real charging stations make and reports each one it forgave:

* strings longer than their ``maxLength`` (kept whole);
* enum values the schema does not list (kept as plain ``str`` in the enum-typed field);
* properties the schema does not define (dropped from the message, reported with their value);
* date-times without an offset (``2024-01-07T08:52:48``, read as UTC).

Anything else (a missing required field, a wrong JSON type, a value out of range) is refused in
tolerant mode too: no reading of such a message is safe.

Both modes apply the number policy of :mod:`ocpkit.ocpp.errors`: a typed integer outside signed
64 bits is refused, in a ``number`` field too when it is written as an integer; a double written
as a float keeps its value whatever its size. The models bound every ``number`` field at
``2**63`` in magnitude (checked inside pydantic, so the common case costs nothing); when only that
bound trips, and only on values written as floats, the payload is validated again with the
values set aside and they are put back into the message.
"""

import json
import re
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, Final, Generic, TypeVar, get_args, get_origin

import attrs
from pydantic import BaseModel, ValidationError
from pydantic_core import from_json

from ocpkit._base import OcppModel
from ocpkit.ocpp.errors import PayloadValidationError, Violation, is_wide_integer, violations_from

__all__ = ["Decoded", "ValidationMode", "decode", "decode_strict", "decode_tolerant"]

M = TypeVar("M", bound=OcppModel)


class ValidationMode(StrEnum):
    """How strictly received payloads are judged."""

    STRICT = "strict"
    TOLERANT = "tolerant"


@attrs.frozen
class Decoded(Generic[M]):
    """A decoded message and the violations tolerant mode forgave (empty in strict mode)."""

    message: M
    forgiven: tuple[Violation, ...] = ()


def decode_strict(model: type[M], data: str | bytes | bytearray) -> M:
    """Decode wire JSON into ``model``; raise :class:`PayloadValidationError` on any violation."""
    try:
        return model.from_json(data)
    except ValidationError as error:
        violations = violations_from(error)
    refused = [v for v in violations if not _is_double(v)]
    if refused:
        raise PayloadValidationError(model.__name__, refused)
    return _with_doubles(model, data, violations)


def _is_double(violation: Violation) -> bool:
    """Whether ``violation`` is only the ``2**63`` bound of a ``number`` field tripped by a value
    the schema allows (a float literal, or an integer in range that rounds to ``2**63``).

    The schemas have no exclusive bounds, so ``less_than`` and ``greater_than`` come from that
    bound alone (test_numbers checks it).
    """
    return violation.reason in _DOUBLE_BOUNDS and not is_wide_integer(violation.value)


_DOUBLE_BOUNDS: Final = frozenset({"less_than", "greater_than"})


def _load(data: str | bytes | bytearray) -> Any:
    # pydantic's own JSON reader: it reads what validation read, big integers exactly.
    return from_json(data, allow_inf_nan=False)


def _dump(payload: Any) -> str:
    # The standard encoder writes integers of any size (orjson stops at 64 bits).
    return json.dumps(payload, separators=(",", ":"), allow_nan=False)


def _with_doubles(model: type[M], data: str | bytes | bytearray, doubles: Sequence[Violation]) -> M:
    """Validate ``data`` with the large doubles set aside, then put them back (rare: only a
    payload with a ``number`` of ``2**63`` or more in magnitude comes here)."""
    try:
        payload = _load(data)
        for violation in doubles:
            _parent(payload, violation.loc)[violation.loc[-1]] = 0.0
        message = model.from_json(_dump(payload))
    except ValidationError as error:
        raise PayloadValidationError(model.__name__, violations_from(error)) from None
    except ValueError:  # not readable after all: report what pydantic said
        raise PayloadValidationError(model.__name__, doubles) from None
    for violation in doubles:
        _set(message, violation.loc, float(violation.value))  # type: ignore[arg-type]
    return message


def decode(
    model: type[M], data: str | bytes | bytearray, mode: ValidationMode = ValidationMode.STRICT
) -> Decoded[M]:
    """Decode in the given mode; see :func:`decode_strict` and :func:`decode_tolerant`."""
    if mode is ValidationMode.STRICT:
        return Decoded(decode_strict(model, data))
    return decode_tolerant(model, data)


_NAIVE_DATETIME: Final = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?", re.ASCII
)
_MAX_ROUNDS: Final = 4


def decode_tolerant(model: type[M], data: str | bytes | bytearray) -> Decoded[M]:
    """Decode, forgiving the usual real-world slips (see the module docstring)."""
    try:
        return Decoded(model.from_json(data))
    except ValidationError as error:
        violations = violations_from(error)
    payload: Any = None
    restore: list[tuple[tuple[str | int, ...], Any]] = []
    forgiven: list[Violation] = []
    for _ in range(_MAX_ROUNDS):
        repairs = [(v, _repair(v, model)) for v in violations]
        refused = [v for v, repair in repairs if repair is None]
        if refused:  # answered with what tolerant mode does not forgive
            raise PayloadValidationError(model.__name__, refused)
        if payload is None:
            try:
                payload = _load(data)
            except ValueError:  # pydantic read it, the JSON standard does not (NaN)
                raise PayloadValidationError(model.__name__, violations) from None
        for violation, repair in repairs:
            assert repair is not None
            original = repair(payload, violation.loc)
            if original is not _DROPPED:
                restore.append((violation.loc, original))
            if not _is_double(violation):  # a large double breaks no rule: nothing forgiven
                forgiven.append(violation)
        try:
            message = model.from_json(_dump(payload))
        except ValidationError as error:
            violations = violations_from(error)
            continue
        except ValueError:
            raise PayloadValidationError(model.__name__, violations) from None
        for loc, original in restore:
            _set(message, loc, original)
        return Decoded(message, tuple(forgiven))
    raise PayloadValidationError(model.__name__, violations)


_DROPPED: Final = object()
Repair = Callable[[Any, tuple[str | int, ...]], Any]


def _repair(violation: Violation, model: type[OcppModel]) -> Repair | None:
    """How to make ``violation`` pass, or ``None`` if tolerant mode does not forgive it.

    A repair edits the parsed payload in place so that strict validation succeeds and returns
    the original value to put back into the message afterwards (or ``_DROPPED``).
    """
    reason = violation.reason
    if _is_double(violation):
        return _set_aside
    if reason == "extra_forbidden":
        return _drop
    if reason == "string_too_long":
        return _placeholder("")
    if reason == "enum" and isinstance(violation.value, str):
        enum_type = _type_at(model, violation.loc)
        if isinstance(enum_type, type) and issubclass(enum_type, StrEnum):
            return _placeholder(next(iter(enum_type)).value)
        return None
    if (
        reason == "string_pattern_mismatch"
        and isinstance(violation.value, str)
        and _NAIVE_DATETIME.fullmatch(violation.value)
        and _is_date_time(violation.value)
    ):
        return _as_utc
    return None


def _is_date_time(text: str) -> bool:
    try:
        datetime.fromisoformat(text)
    except ValueError:  # an impossible date or time ("2024-13-07T08:52:00"): not a slip
        return False
    return True


def _parent(payload: Any, loc: Sequence[str | int]) -> Any:
    node = payload
    for step in loc[:-1]:
        node = node[step]
    return node


def _drop(payload: Any, loc: tuple[str | int, ...]) -> Any:
    del _parent(payload, loc)[loc[-1]]
    return _DROPPED


def _placeholder(value: str) -> Repair:
    def repair(payload: Any, loc: tuple[str | int, ...]) -> Any:
        parent = _parent(payload, loc)
        original = parent[loc[-1]]
        parent[loc[-1]] = value
        return original

    return repair


def _set_aside(payload: Any, loc: tuple[str | int, ...]) -> Any:
    parent = _parent(payload, loc)
    original = float(parent[loc[-1]])
    parent[loc[-1]] = 0.0
    return original


def _as_utc(payload: Any, loc: tuple[str | int, ...]) -> Any:
    parent = _parent(payload, loc)
    parent[loc[-1]] = datetime.fromisoformat(parent[loc[-1]]).replace(tzinfo=UTC).isoformat()
    return _DROPPED


def _field_name(model: type[BaseModel], wire_name: str) -> str:
    for name, field in model.model_fields.items():
        if (field.validation_alias or name) == wire_name:
            return name
    raise KeyError(wire_name)


def _strip(annotation: Any) -> Any:
    """``Annotated[X | None, ...]`` -> ``X``; ``list[Annotated[X, ...]]`` stays a list."""
    while True:
        args = get_args(annotation)
        origin = get_origin(annotation)
        if origin is None or origin is list:
            return annotation
        non_none = [a for a in args if a is not type(None)]
        annotation = non_none[0]


def _type_at(model: type[BaseModel], loc: Sequence[str | int]) -> Any:
    current: Any = model
    for step in loc:
        if isinstance(step, int):
            current = _strip(get_args(current)[0])
        else:
            field = current.model_fields[_field_name(current, step)]
            current = _strip(field.annotation)
    return current


def _set(message: OcppModel, loc: Sequence[str | int], value: Any) -> None:
    node: Any = message
    for step in loc[:-1]:
        node = node[step] if isinstance(step, int) else getattr(node, _field_name(type(node), step))
    last = loc[-1]
    if isinstance(last, int):
        node[last] = value
    else:
        node.__dict__[_field_name(type(node), last)] = value
