"""The OCPI response envelope: ``{data, status_code, status_message, timestamp}``.

Every OCPI reply (but the bare results posted to a ``response_url``) wraps its payload in this
object. ``data`` may be an object, a list or absent: error replies usually leave it out and must
still parse. :class:`Response` is the typed value, :func:`read_page` and :func:`read_single`
read a reply whose ``data`` is a list of objects (item by item) or one object, and
:func:`parse_response` reads any envelope with its ``data`` left as plain JSON.

A reply whose envelope itself is broken (not JSON, not an object, no ``status_code`` or
``timestamp``) raises :class:`EnvelopeError`, one typed error with the violations listed.
"""

from datetime import UTC, datetime
from functools import cache
from typing import Any, Generic, TypeVar, cast, overload

import attrs
from pydantic import JsonValue, ValidationError

from ocpkit._ocpi_base import OcpiDateTime, OcpiModel, format_ocpi_datetime, parse_ocpi_datetime
from ocpkit._ocpi_wire import FAST_PATH_ERRORS, dumps_wire, wire_value
from ocpkit.ocpi._json import JsonTextError, dumps, loads
from ocpkit.ocpi.reading import (
    InvalidObjectError,
    ListRead,
    NotJsonError,
    ReadError,
    Violation,
    read_items,
    read_object,
    split_items,
)
from ocpkit.ocpi.status import (
    InvalidStatusCode,
    OcpiError,
    StatusCode,
    cap_status_message,
    error_from_code,
)

__all__ = [
    "EnvelopeError",
    "Response",
    "error_response",
    "parse_response",
    "read_page",
    "read_single",
    "success",
]

D = TypeVar("D")
M = TypeVar("M", bound=OcpiModel)


class EnvelopeError(ReadError):
    """A reply that is not a valid OCPI response envelope."""


def _aware(value: datetime) -> datetime:
    if value.tzinfo is None:
        raise ValueError("timestamp must be timezone-aware")
    return value


@attrs.frozen(kw_only=True)
class Response(Generic[D]):
    """An OCPI reply: ``data`` (None when absent), ``status_code``, ``status_message`` and the
    ``timestamp`` (aware) at which it was made."""

    status_code: StatusCode = attrs.field(converter=StatusCode)
    timestamp: datetime = attrs.field(validator=lambda _, __, v: _aware(v))
    data: D | None = None
    status_message: str | None = None

    @property
    def is_success(self) -> bool:
        """Whether ``status_code`` is in the success family (1xxx)."""
        return self.status_code.is_success

    def raise_for_status(self) -> None:
        """Raise the :class:`~ocpkit.ocpi.status.OcpiError` this reply stands for, unless it is a
        success."""
        if not self.is_success:
            raise error_from_code(self.status_code, self.status_message or "")

    def to_json(self) -> bytes:
        """The envelope as JSON text; ``data`` may be an object, a list of objects, a list as
        :func:`read_page` read it (invalid items written back as they came), plain JSON data or
        None (then left out)."""
        tail: dict[str, JsonValue] = {"status_code": int(self.status_code)}
        if self.status_message is not None:
            tail["status_message"] = self.status_message
        tail["timestamp"] = format_ocpi_datetime(self.timestamp)
        if self.data is None:
            return dumps(tail)
        try:
            # OCPI objects (nearly every reply) in one write.
            return dumps_wire({"data": _data_wire(self.data), **tail})
        except FAST_PATH_ERRORS:
            return b'{"data":' + _data_json(self.data) + b"," + dumps(tail)[1:]


def _data_wire(data: object) -> object:
    if isinstance(data, ListRead):
        # A list as read: its valid items and its invalid ones (as they came) in their places.
        valid = wire_value(data.items)
        if not data.invalid:
            return valid
        invalid = {bad.index: bad.raw for bad in data.invalid}
        items = iter(valid)
        return [invalid[i] if i in invalid else next(items) for i in range(len(data))]
    return wire_value(data)


def _data_json(data: object) -> bytes:
    # What the one write above could not do: pydantic writes each object, plain JSON data as is.
    if isinstance(data, OcpiModel):
        return data.to_json()
    if isinstance(data, ListRead):
        invalid = {bad.index: bad.raw for bad in data.invalid}
        items = iter(data.items)
        parts = [
            dumps(invalid[i]) if i in invalid else next(items).to_json() for i in range(len(data))
        ]
        return b"[" + b",".join(parts) + b"]"
    if isinstance(data, list | tuple) and all(isinstance(item, OcpiModel) for item in data):
        return b"[" + b",".join(cast(OcpiModel, item).to_json() for item in data) + b"]"
    return dumps(data)


@overload
def success(
    data: None, *, now: datetime, status_message: str | None = None, status_code: int = 1000
) -> Response[None]: ...


@overload
def success(
    data: D, *, now: datetime, status_message: str | None = None, status_code: int = 1000
) -> Response[D]: ...


def success(
    data: D | None, *, now: datetime, status_message: str | None = None, status_code: int = 1000
) -> Response[D] | Response[None]:
    """A success reply (1000 unless told otherwise) carrying ``data``."""
    code = StatusCode(status_code)
    if not code.is_success:
        raise InvalidStatusCode("a success reply needs a 1xxx status_code", status_code)
    return Response(status_code=code, timestamp=now, data=data, status_message=status_message)


def error_response(error: OcpiError, *, now: datetime) -> Response[None]:
    """The reply that answers with ``error``: its code and (capped) message, no data."""
    return Response(
        status_code=error.status_code,
        timestamp=now,
        status_message=cap_status_message(error.status_message) or None,
    )


# -- reading ----------------------------------------------------------------------------------


class _Envelope(OcpiModel, Generic[D]):
    """The envelope as pydantic reads it in one pass (``data`` typed by the parameter)."""

    data: D | None = None
    status_code: StatusCode
    status_message: str | None = None
    timestamp: OcpiDateTime


@cache
def _page_model(model: type[OcpiModel]) -> type[_Envelope[Any]]:
    return _Envelope[list[model]]  # type: ignore[valid-type]


@cache
def _single_model(model: type[OcpiModel]) -> type[_Envelope[Any]]:
    return _Envelope[model]  # type: ignore[valid-type]


def parse_response(data: str | bytes, *, strict: bool = False) -> Response[JsonValue]:
    """Any envelope, its ``data`` left as plain JSON; :class:`EnvelopeError` if the envelope is
    broken. Outside ``strict`` mode a ``timestamp`` with an offset (``+01:00``, not OCPI) is
    forgiven and read in UTC, since it does not change what the reply says."""
    try:
        raw = loads(data)
    except JsonTextError:
        raise EnvelopeError(
            "reply is not JSON", (Violation("$", "json_invalid", "not JSON text"),)
        ) from None
    if not isinstance(raw, dict):
        raise EnvelopeError(
            "reply is not a JSON object", (Violation("$", "model_type", "not an object"),)
        )
    violations: list[Violation] = []
    code = raw.get("status_code")
    status: StatusCode | None = None
    if "status_code" not in raw:
        violations.append(Violation("$.status_code", "missing", "required field missing"))
    else:
        try:
            status = StatusCode.parse(code)
        except InvalidStatusCode:
            violations.append(
                Violation("$.status_code", "int_type", "should be a whole number 0..9999")
            )
    message = raw.get("status_message")
    if message is not None and not isinstance(message, str):
        violations.append(Violation("$.status_message", "string_type", "should be a string"))
    timestamp = _timestamp(raw, strict, violations)
    if strict:
        violations += [
            Violation(f"$.{key}", "extra_forbidden", "field not defined by the specification")
            for key in raw
            if key not in ("data", "status_code", "status_message", "timestamp")
        ]
    if violations or status is None or timestamp is None:
        raise EnvelopeError("reply is not a valid OCPI envelope", tuple(violations))
    return Response(
        status_code=status,
        timestamp=timestamp,
        data=raw.get("data"),
        status_message=cast(str | None, message),
    )


def _timestamp(raw: dict[str, Any], strict: bool, violations: list[Violation]) -> datetime | None:
    value = raw.get("timestamp")
    if value is None:
        violations.append(Violation("$.timestamp", "missing", "required field missing"))
        return None
    if not isinstance(value, str):
        violations.append(Violation("$.timestamp", "string_type", "should be a string"))
        return None
    try:
        return parse_ocpi_datetime(value)
    except ValueError:
        pass
    if not strict:
        try:
            forgiven = datetime.fromisoformat(value)
        except ValueError:
            forgiven = None
        if forgiven is not None and forgiven.tzinfo is not None:
            return forgiven.astimezone(UTC)
    violations.append(Violation("$.timestamp", "ocpi_datetime", "not an OCPI DateTime"))
    return None


def read_page(model: type[M], data: str | bytes, *, strict: bool = False) -> Response[ListRead[M]]:
    """A reply whose ``data`` is a list of ``model`` objects, read item by item: broken items
    come back in ``data.invalid`` and never fail the page. An absent ``data`` (an error reply)
    reads as an empty list. :class:`EnvelopeError` if the envelope is broken or ``data`` is not
    a list."""
    try:
        page = _page_model(model).__pydantic_validator__.validate_json(
            data, extra="forbid" if strict else None
        )
    except ValidationError as exc:
        errors = exc.errors(include_url=False)
    else:
        return Response(
            status_code=page.status_code,
            timestamp=page.timestamp,
            data=ListRead(tuple(page.data or ())),
            status_message=page.status_message,
        )
    # Something is wrong: the envelope, or some items. Read the envelope alone; when every error
    # lies inside an item, those items are the bad ones and only the others are read again.
    envelope = parse_response(data, strict=strict)
    items = envelope.data
    if items is None:
        listed: ListRead[M] = ListRead(())
    elif not isinstance(items, list):
        raise EnvelopeError(
            "data should be a list", (Violation("$.data", "list_type", "not an array"),)
        )
    elif all(_in_item(detail["loc"]) for detail in errors):
        listed = split_items(model, items, errors, depth=1, strict=strict)
    else:
        listed = read_items(model, items, strict=strict)
    return Response(
        status_code=envelope.status_code,
        timestamp=envelope.timestamp,
        data=listed,
        status_message=envelope.status_message,
    )


def _in_item(loc: tuple[int | str, ...]) -> bool:
    return len(loc) >= 2 and loc[0] == "data" and isinstance(loc[1], int)


def read_single(model: type[M], data: str | bytes, *, strict: bool = False) -> Response[M]:
    """A reply whose ``data`` is one ``model`` object (or absent, in an error reply);
    :class:`EnvelopeError` for a broken envelope, :class:`InvalidObjectError` (paths under
    ``$.data``) for a broken object."""
    try:
        single = _single_model(model).__pydantic_validator__.validate_json(
            data, extra="forbid" if strict else None
        )
    except ValidationError:
        pass
    else:
        return Response(
            status_code=single.status_code,
            timestamp=single.timestamp,
            data=single.data,
            status_message=single.status_message,
        )
    # The envelope alone (raises if it is the problem; forgives what parse_response forgives),
    # then the object alone, its violations under $.data.
    envelope = parse_response(data, strict=strict)
    if envelope.data is None:
        return Response(
            status_code=envelope.status_code,
            timestamp=envelope.timestamp,
            status_message=envelope.status_message,
        )
    try:
        value = read_object(model, dumps(envelope.data), strict=strict)
    except (JsonTextError, NotJsonError):
        too_deep = Violation("$.data", "json_invalid", "nested too deep to be read")
        raise InvalidObjectError(f"invalid {model.__name__} in data", (too_deep,)) from None
    except InvalidObjectError as error:
        violations = tuple(attrs.evolve(v, path="$.data" + v.path[1:]) for v in error.violations)
        raise InvalidObjectError(
            f"invalid {model.__name__} in data: {len(violations)} violation(s)", violations
        ) from None
    return Response(
        status_code=envelope.status_code,
        timestamp=envelope.timestamp,
        data=value,
        status_message=envelope.status_message,
    )
