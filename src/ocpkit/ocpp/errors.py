"""OCPP-J error codes per version, ocpkit's OCPP exceptions, and the table that turns a schema
violation into the error code a receiver must answer with.

OCPP 1.6 and 2.x spell two codes differently (1.6 ``FormationViolation`` and, sic,
``OccurenceConstraintViolation``; 2.x ``FormatViolation`` and ``OccurrenceConstraintViolation``)
and 2.x adds ``RpcFrameworkError`` and ``MessageTypeNotSupported``. Code that reasons about errors
uses the version-neutral :class:`ErrorKind`; :func:`error_code` spells it for a version and
:func:`parse_error_code` reads either spelling back.

Schema violation -> error kind (the table of the OCPP-J specifications, as pydantic reports it):

===============================================  ===========================================
violation                                        kind
===============================================  ===========================================
required property missing                        OCCURRENCE (OccurrenceConstraintViolation)
array with too few or too many items             OCCURRENCE
wrong JSON type (string for number, ...)         TYPE (TypeConstraintViolation)
string too long, number out of range or not a    PROPERTY (PropertyConstraintViolation)
multiple of its step, value not in the enum,
date-time not in RFC 3339 form
unknown property; payload not a JSON object;     FORMAT (FormatViolation / FormationViolation)
payload not JSON at all (``NaN``)
===============================================  ===========================================

Numbers in typed fields follow one policy, whichever way the frame was read (the connection's
fast and slow paths, :func:`~ocpkit.ocpp.validation.decode_strict` and ``decode_tolerant``, the
log checker behind ``ocpkit validate``):

* an ``integer`` field holds a signed 64-bit integer (:data:`~ocpkit._base.INTEGER_RANGE`);
* a ``number`` field holds an IEEE double: a float literal beyond the double's range
  (``1e400``) is refused, and so is an *integer literal* outside signed 64 bits (written as
  ``1e27`` the same value is a double and is accepted; digits past the 17th significant one are
  not kept);
* all these are PROPERTY (PropertyConstraintViolation): the value has the JSON type the schema
  asks for, it is the range that is broken -- the same code a ``maximum`` or a too-long string
  gets. TYPE is kept for a value of the wrong JSON type.

Free-form data (``DataTransfer.data``, ``CustomData``'s vendor keys, error details) keeps any JSON
number: integers of any size exactly (up to the 4,300 digits Python reads), other numbers as
doubles (so ``1e400`` is refused there too, as PROPERTY).

Error details that go out in a CALLERROR are JSON values (:func:`wire_details`): strings are cut
to :data:`MAX_DETAIL_LENGTH` characters, integers outside signed 64 bits go out as their decimal
text, non-finite floats as ``null``, tuples as arrays; anything else is refused with a
``TypeError`` when the :class:`OcppError` is made. The error keeps the details in that form, so
what an event or a trace shows is what was sent.

When one payload breaks several rules, the reported kind is the first present in the order
FORMAT, OCCURRENCE, TYPE, PROPERTY: structural breakage first, then what is missing, then what
has the wrong type, then values.
"""

from collections.abc import Iterable, Mapping, Sequence
from enum import StrEnum
from typing import Any, Final, cast

import attrs
from pydantic import ValidationError
from pydantic_core import ErrorDetails

from ocpkit._base import INTEGER_RANGE
from ocpkit._errors import OcpkitError
from ocpkit._json_path import json_path
from ocpkit._json_value import JsonObject, JsonValue
from ocpkit.ocpp.version import OcppVersion

__all__ = [
    "MAX_DETAIL_LENGTH",
    "ErrorKind",
    "OcppError",
    "PayloadValidationError",
    "V2ErrorCode",
    "V16ErrorCode",
    "Violation",
    "error_code",
    "is_wide_integer",
    "json_path",
    "parse_error_code",
    "violations_from",
    "wire_details",
]


class V16ErrorCode(StrEnum):
    """The CALLERROR codes of OCPP-J 1.6, spelt as 1.6 spells them."""

    NOT_IMPLEMENTED = "NotImplemented"
    NOT_SUPPORTED = "NotSupported"
    INTERNAL_ERROR = "InternalError"
    PROTOCOL_ERROR = "ProtocolError"
    SECURITY_ERROR = "SecurityError"
    FORMATION_VIOLATION = "FormationViolation"
    PROPERTY_CONSTRAINT_VIOLATION = "PropertyConstraintViolation"
    OCCURENCE_CONSTRAINT_VIOLATION = "OccurenceConstraintViolation"
    TYPE_CONSTRAINT_VIOLATION = "TypeConstraintViolation"
    GENERIC_ERROR = "GenericError"


class V2ErrorCode(StrEnum):
    """The CALLERROR codes of OCPP-J 2.0.1 and 2.1."""

    FORMAT_VIOLATION = "FormatViolation"
    GENERIC_ERROR = "GenericError"
    INTERNAL_ERROR = "InternalError"
    MESSAGE_TYPE_NOT_SUPPORTED = "MessageTypeNotSupported"
    NOT_IMPLEMENTED = "NotImplemented"
    NOT_SUPPORTED = "NotSupported"
    OCCURRENCE_CONSTRAINT_VIOLATION = "OccurrenceConstraintViolation"
    PROPERTY_CONSTRAINT_VIOLATION = "PropertyConstraintViolation"
    PROTOCOL_ERROR = "ProtocolError"
    RPC_FRAMEWORK_ERROR = "RpcFrameworkError"
    SECURITY_ERROR = "SecurityError"
    TYPE_CONSTRAINT_VIOLATION = "TypeConstraintViolation"


class ErrorKind(StrEnum):
    """What went wrong, independent of how a version spells it (values are 2.x spellings)."""

    FORMAT = "FormatViolation"
    OCCURRENCE = "OccurrenceConstraintViolation"
    TYPE = "TypeConstraintViolation"
    PROPERTY = "PropertyConstraintViolation"
    NOT_IMPLEMENTED = "NotImplemented"
    NOT_SUPPORTED = "NotSupported"
    INTERNAL = "InternalError"
    PROTOCOL = "ProtocolError"
    SECURITY = "SecurityError"
    GENERIC = "GenericError"
    RPC_FRAMEWORK = "RpcFrameworkError"
    MESSAGE_TYPE_NOT_SUPPORTED = "MessageTypeNotSupported"


_V16_SPELLING: Final[Mapping[ErrorKind, V16ErrorCode]] = {
    ErrorKind.FORMAT: V16ErrorCode.FORMATION_VIOLATION,
    ErrorKind.OCCURRENCE: V16ErrorCode.OCCURENCE_CONSTRAINT_VIOLATION,
    ErrorKind.TYPE: V16ErrorCode.TYPE_CONSTRAINT_VIOLATION,
    ErrorKind.PROPERTY: V16ErrorCode.PROPERTY_CONSTRAINT_VIOLATION,
    ErrorKind.NOT_IMPLEMENTED: V16ErrorCode.NOT_IMPLEMENTED,
    ErrorKind.NOT_SUPPORTED: V16ErrorCode.NOT_SUPPORTED,
    ErrorKind.INTERNAL: V16ErrorCode.INTERNAL_ERROR,
    ErrorKind.PROTOCOL: V16ErrorCode.PROTOCOL_ERROR,
    ErrorKind.SECURITY: V16ErrorCode.SECURITY_ERROR,
    ErrorKind.GENERIC: V16ErrorCode.GENERIC_ERROR,
}
_V2_SPELLING: Final[Mapping[ErrorKind, V2ErrorCode]] = {
    kind: V2ErrorCode(kind.value) for kind in ErrorKind
}
_READ: Final[Mapping[str, ErrorKind]] = {
    **{kind.value: kind for kind in ErrorKind},
    **{code.value: kind for kind, code in _V16_SPELLING.items()},
}


def error_code(kind: ErrorKind, version: OcppVersion) -> V16ErrorCode | V2ErrorCode:
    """The code ``version`` uses on the wire for ``kind``.

    Raises ``ValueError`` for the 2.x-only kinds (``RpcFrameworkError``,
    ``MessageTypeNotSupported``) on 1.6, which has no such code.
    """
    if version == OcppVersion.V16:  # == so that a plain "1.6" is read right too
        try:
            return _V16_SPELLING[kind]
        except KeyError:
            raise ValueError(f"OCPP 1.6 has no error code for {kind.name}") from None
    return _V2_SPELLING[kind]


def parse_error_code(text: str) -> ErrorKind | None:
    """Read a received error code in either version's spelling; ``None`` if it is no OCPP code."""
    return _READ.get(text)


@attrs.frozen
class Violation:
    """One way a payload breaks its schema.

    ``path`` is a JSON path into the payload (``$.meterValue[0].sampledValue[1].unit``);
    ``reason`` is pydantic's error type (``string_too_long``, ``enum``, ``missing``, ...);
    ``message`` says what was expected, without quoting the offending input; ``value`` is the
    offending input itself, for local inspection (never sent to a peer).
    """

    kind: ErrorKind
    path: str
    reason: str
    message: str
    loc: tuple[str | int, ...] = attrs.field(default=(), eq=False, repr=False)
    value: JsonValue = attrs.field(default=None, eq=False, repr=False)

    def code(self, version: OcppVersion) -> V16ErrorCode | V2ErrorCode:
        """The error code ``version`` answers this violation with."""
        return error_code(self.kind, version)


MAX_DETAIL_LENGTH: Final = 120
"""The longest string that goes out in CALLERROR details (a longer one is cut, ending in "...")."""

_MAX_DETAIL_DEPTH: Final = 8
_INT_LOW, _INT_HIGH = INTEGER_RANGE


def _wire_value(value: object, depth: int) -> JsonValue:
    if value is None or type(value) is bool:
        return cast(JsonValue, value)
    if isinstance(value, str):
        return _cut(str(value))
    if isinstance(value, int) and not isinstance(value, bool):
        number = int(value)
        return number if _INT_LOW <= number <= _INT_HIGH else str(number)
    if isinstance(value, float):
        real = float(value)
        return real if real - real == 0 else None  # inf and NaN have no JSON form
    if depth >= _MAX_DETAIL_DEPTH:
        raise TypeError(f"error details nest deeper than {_MAX_DETAIL_DEPTH} levels")
    if isinstance(value, Mapping):
        return _wire_object(value, depth + 1)
    if isinstance(value, list | tuple):
        return [_wire_value(item, depth + 1) for item in value]
    raise TypeError(f"error details must be JSON values, not {type(value).__name__}")


def _cut(text: str) -> str:
    return text if len(text) <= MAX_DETAIL_LENGTH else text[: MAX_DETAIL_LENGTH - 3] + "..."


def _wire_object(details: Mapping[Any, object], depth: int) -> JsonObject:
    out: JsonObject = {}
    for key, value in details.items():
        if not isinstance(key, str):
            raise TypeError(f"error detail keys must be str, not {type(key).__name__}")
        out[_cut(str(key))] = _wire_value(value, depth)
    return out


def wire_details(details: Mapping[str, object] | None) -> JsonObject:
    """``details`` as they go out in a CALLERROR (see the module docstring for the rules).

    Raises ``TypeError`` for a value that is no JSON value (an object, a set, a non-str key).
    Applying it twice changes nothing.
    """
    return _wire_object(details or {}, 0)


class OcppError(OcpkitError):
    """An OCPP error: raised by ocpkit for bad input, and by handlers to answer with a CALLERROR.

    ``kind`` decides the error code (spelt per version by :meth:`code`); ``description`` is a
    short human-readable text; ``details`` a JSON object for the peer, kept in the form it goes
    out in (:func:`wire_details`: long strings cut; a non-JSON value is a ``TypeError`` here).
    """

    kind: ErrorKind = ErrorKind.GENERIC

    def __init__(
        self,
        description: str = "",
        *,
        kind: ErrorKind | None = None,
        details: Mapping[str, JsonValue] | None = None,
    ) -> None:
        super().__init__(description)
        if kind is not None:
            self.kind = kind
        self.description = description
        self.details: JsonObject = wire_details(details)

    def code(self, version: OcppVersion) -> V16ErrorCode | V2ErrorCode:
        """The error code ``version`` answers this error with."""
        return error_code(self.kind, version)


class PayloadValidationError(OcppError):
    """A payload broke its schema; ``violations`` lists every rule it broke.

    ``kind`` is the kind of the first violation in precedence order (see the module docstring),
    which is what a receiver answers with.
    """

    def __init__(self, model: str, violations: Sequence[Violation]) -> None:
        if not violations:
            raise ValueError("a PayloadValidationError needs at least one violation")
        self.model = model
        self.violations: tuple[Violation, ...] = tuple(violations)
        first = primary(self.violations)
        more = f" (and {len(self.violations) - 1} more)" if len(self.violations) > 1 else ""
        super().__init__(
            f"{model}: {first.path}: {first.message}{more}",
            kind=first.kind,
            details={"path": first.path, "reason": first.reason},
        )


_PRECEDENCE: Final = (ErrorKind.FORMAT, ErrorKind.OCCURRENCE, ErrorKind.TYPE, ErrorKind.PROPERTY)


def primary(violations: Iterable[Violation]) -> Violation:
    """The violation a receiver reports when there are several (see the module docstring)."""
    return min(violations, key=lambda v: _PRECEDENCE.index(v.kind) if v.kind in _PRECEDENCE else 9)


# pydantic error type -> kind. Every type that the generated models can produce is listed; the
# test suite checks that each one it meets is here.
_KINDS: Final[Mapping[str, ErrorKind]] = {
    "missing": ErrorKind.OCCURRENCE,
    "too_short": ErrorKind.OCCURRENCE,
    "too_long": ErrorKind.OCCURRENCE,
    "string_type": ErrorKind.TYPE,
    "int_type": ErrorKind.TYPE,
    "int_from_float": ErrorKind.TYPE,
    "float_type": ErrorKind.TYPE,
    "bool_type": ErrorKind.TYPE,
    "list_type": ErrorKind.TYPE,
    "model_type": ErrorKind.TYPE,
    "model_attributes_type": ErrorKind.TYPE,
    "dict_type": ErrorKind.TYPE,
    "datetime_type": ErrorKind.TYPE,
    "is_instance_of": ErrorKind.TYPE,
    "string_too_long": ErrorKind.PROPERTY,
    "greater_than_equal": ErrorKind.PROPERTY,
    "less_than_equal": ErrorKind.PROPERTY,
    "greater_than": ErrorKind.PROPERTY,
    "less_than": ErrorKind.PROPERTY,
    "multiple_of": ErrorKind.PROPERTY,
    "finite_number": ErrorKind.PROPERTY,
    "enum": ErrorKind.PROPERTY,
    "string_pattern_mismatch": ErrorKind.PROPERTY,
    "datetime_parsing": ErrorKind.PROPERTY,
    "datetime_from_date_parsing": ErrorKind.PROPERTY,
    "timezone_aware": ErrorKind.PROPERTY,
    "extra_forbidden": ErrorKind.FORMAT,
    "json_invalid": ErrorKind.FORMAT,
    "json_type": ErrorKind.FORMAT,
    "recursion_loop": ErrorKind.FORMAT,
}
KNOWN_ERROR_TYPES: Final = frozenset(_KINDS)


def _kind(error: ErrorDetails) -> ErrorKind:
    reason = error["type"]
    if not error["loc"] and reason in ("model_type", "model_attributes_type", "dict_type"):
        return ErrorKind.FORMAT  # the payload itself is not a JSON object
    if reason == "enum" and not isinstance(error.get("input"), str):
        return ErrorKind.TYPE  # a number or object where an enum string is due
    if reason == "finite_number" and error.get("input") != error.get("input"):
        return ErrorKind.FORMAT  # NaN: not JSON (pydantic's parser reads it; the standard not)
    return _KINDS.get(reason, ErrorKind.FORMAT)


_BOUNDS: Final = frozenset({"less_than", "greater_than", "less_than_equal", "greater_than_equal"})
_WIDE_MESSAGE: Final = "Input should be an integer within the signed 64-bit range"


def is_wide_integer(value: object) -> bool:
    """Whether ``value`` is an integer a typed field refuses (outside signed 64 bits)."""
    return type(value) is int and not _INT_LOW <= value <= _INT_HIGH


def _message(error: ErrorDetails) -> str:
    # pydantic's messages do not quote the input. The only string pattern in the generated models
    # is the RFC 3339 date-time one, which says nothing to a reader as a regex.
    if error["type"] == "string_pattern_mismatch":
        return "Input should be an RFC 3339 date-time with an offset, e.g. 2026-01-31T12:00:00Z"
    if error["type"] in _BOUNDS and is_wide_integer(error.get("input")):
        return _WIDE_MESSAGE
    return error["msg"]


def violations_from(error: ValidationError) -> tuple[Violation, ...]:
    """The violations a pydantic ``ValidationError`` from a generated model stands for."""
    out = []
    for detail in error.errors(include_url=False, include_context=False):
        loc = tuple(detail["loc"])
        out.append(
            Violation(
                _kind(detail),
                json_path(loc),
                detail["type"],
                _message(detail),
                loc,
                detail.get("input"),
            )
        )
    return tuple(out)
