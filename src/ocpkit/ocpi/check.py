"""Checking an OCPI payload against a version's definitions (what ``ocpkit validate --ocpi`` does).

A payload is an object, a list of objects (each judged on its own), a response envelope, a PATCH
body or a fragment. Every violation is reported with the item index (for lists) and its JSON
path. Fields the specification does not define are *warnings* by default (receivers must keep
them, 2.3.0 says so) and violations with ``strict=True``.
"""

import importlib
from collections.abc import Mapping
from enum import StrEnum
from types import ModuleType
from typing import Final

import attrs
from pydantic import JsonValue

from ocpkit._errors import OcpkitError
from ocpkit._ocpi_base import OcpiModel
from ocpkit.ocpi._json import JsonTextError, dumps, loads
from ocpkit.ocpi.envelope import EnvelopeError, parse_response
from ocpkit.ocpi.reading import (
    InvalidObjectError,
    NotJsonError,
    Violation,
    read_fragment,
    read_object,
    read_patch,
)
from ocpkit.ocpi.version import OcpiVersion

__all__ = [
    "CheckReport",
    "Finding",
    "PayloadShape",
    "UnknownTypeError",
    "check_payload",
    "object_types",
]

_UNKNOWN_FIELD: Final = "extra_forbidden"


class PayloadShape(StrEnum):
    """How the payload wraps the objects it holds."""

    OBJECT = "object"
    """One object, or a JSON array of objects (each judged on its own)."""
    ENVELOPE = "envelope"
    """A response envelope whose ``data`` holds the object or the list."""
    PATCH = "patch"
    """A PATCH body: any subset of the fields; from 2.2.1 on ``last_updated`` is required."""
    PARTIAL = "partial"
    """A fragment: any subset of the fields, nothing required."""


class UnknownTypeError(OcpkitError, LookupError):
    """The version defines no object, class or union of that name."""


@attrs.frozen
class Finding:
    """One violation (or, with ``warning``, an undefined field) at ``path`` of item ``index``
    (None when the payload is one object)."""

    index: int | None
    violation: Violation
    warning: bool = False

    def __str__(self) -> str:
        where = f"item {self.index}: " if self.index is not None else ""
        label = "warning: " if self.warning else ""
        return f"{where}{label}{self.violation}"


@attrs.frozen
class CheckReport:
    """What a check found: ``items`` judged (1 for an object), how many were ``invalid``, and
    every finding in input order."""

    version: OcpiVersion
    type_name: str
    shape: PayloadShape
    is_list: bool
    items: int
    invalid: int
    findings: tuple[Finding, ...]

    @property
    def ok(self) -> bool:
        """Whether nothing was invalid (warnings allowed)."""
        return self.invalid == 0

    def summary(self) -> str:
        """One line for people."""
        errors = sum(1 for f in self.findings if not f.warning)
        warnings = len(self.findings) - errors
        what = f"OCPI {self.version} {self.type_name} ({self.shape})"
        if self.is_list:
            verdict = (
                f"{self.items} items, {self.items - self.invalid} valid, {self.invalid} invalid"
            )
        else:
            verdict = "valid" if self.ok else "invalid"
        return f"{what}: {verdict}; {errors} violation(s), {warnings} warning(s)"


def object_types(version: OcpiVersion) -> Mapping[str, str]:
    """Every name ``--type`` takes for ``version`` (objects, classes and unions), with its kind."""
    definitions: Mapping[str, tuple[str, str]] = _package(version).DEFINITIONS
    return {name: kind for name, (kind, _) in definitions.items() if kind != "enum"}


def _package(version: OcpiVersion) -> ModuleType:
    return importlib.import_module(f"ocpkit.ocpi.{version.module}")


def _models(version: OcpiVersion, type_name: str) -> tuple[type[OcpiModel], ...]:
    kinds = object_types(version)
    kind = kinds.get(type_name)
    if kind is None:
        raise UnknownTypeError(
            f"OCPI {version} defines no object named {type_name!r}; "
            f"known: {', '.join(sorted(kinds, key=str.lower))}"
        )
    value = getattr(_package(version), type_name)
    if kind == "union":
        return tuple(value.__args__)
    return (value,)


def check_payload(
    data: bytes | str,
    *,
    version: OcpiVersion,
    type_name: str,
    shape: PayloadShape = PayloadShape.OBJECT,
    strict: bool = False,
) -> CheckReport:
    """Check ``data`` as ``type_name`` objects of ``version`` wrapped as ``shape``.

    Raises :class:`UnknownTypeError` for a name the version does not define and
    :class:`~ocpkit.ocpi.reading.NotJsonError` when ``data`` is not JSON; everything else wrong
    with the payload is in the report.
    """
    models = _models(version, type_name)
    findings: list[Finding] = []
    try:
        raw: JsonValue = loads(data)
    except JsonTextError:
        raise NotJsonError("not JSON text") from None
    if shape is PayloadShape.ENVELOPE:
        try:
            parse_response(data, strict=True)
        except EnvelopeError as error:
            findings += [
                Finding(None, v, warning=not strict and v.kind == _UNKNOWN_FIELD)
                for v in error.violations
            ]
        payload = raw.get("data") if isinstance(raw, dict) else None
        prefix = "$.data"
    else:
        payload = raw
        prefix = "$"
    if payload is None and shape is PayloadShape.ENVELOPE:
        invalid = int(any(not f.warning for f in findings))
        return _report(version, type_name, shape, False, 0, invalid, findings)
    envelope_invalid = any(not f.warning for f in findings)
    if isinstance(payload, list) and shape in (PayloadShape.OBJECT, PayloadShape.ENVELOPE):
        invalid = 0
        for index, item in enumerate(payload):
            item_findings = _check_one(models, item, version, shape, strict, prefix)
            findings += [attrs.evolve(f, index=index) for f in item_findings]
            invalid += any(not f.warning for f in item_findings)
        return _report(
            version, type_name, shape, True, len(payload), invalid + envelope_invalid, findings
        )
    one = _check_one(models, payload, version, shape, strict, prefix)
    findings += one
    invalid = int(envelope_invalid or any(not f.warning for f in one))
    return _report(version, type_name, shape, False, 1, invalid, findings)


def _report(
    version: OcpiVersion,
    type_name: str,
    shape: PayloadShape,
    is_list: bool,
    items: int,
    invalid: int,
    findings: list[Finding],
) -> CheckReport:
    return CheckReport(version, type_name, shape, is_list, items, invalid, tuple(findings))


def _check_one(
    models: tuple[type[OcpiModel], ...],
    payload: JsonValue,
    version: OcpiVersion,
    shape: PayloadShape,
    strict: bool,
    prefix: str,
) -> list[Finding]:
    """The findings for one object: against the one model, or the best-fitting union member."""
    try:
        body = dumps(payload)
    except JsonTextError:
        return [Finding(None, Violation(prefix, "json_invalid", "nested too deep to be read"))]
    best: tuple[Violation, ...] | None = None
    for model in models:
        violations = _violations(model, body, version, shape)
        errors = [v for v in violations if v.kind != _UNKNOWN_FIELD]
        if not errors:
            best = violations
            break
        if best is None or len(errors) < len([v for v in best if v.kind != _UNKNOWN_FIELD]):
            best = violations
    assert best is not None  # models is never empty
    return [
        Finding(
            None,
            attrs.evolve(v, path=prefix + v.path[1:]),
            warning=not strict and v.kind == _UNKNOWN_FIELD,
        )
        for v in best
    ]


def _violations(
    model: type[OcpiModel], body: bytes, version: OcpiVersion, shape: PayloadShape
) -> tuple[Violation, ...]:
    """Every violation of ``body`` read strictly (undefined fields included)."""
    try:
        if shape is PayloadShape.PATCH:
            read_patch(model, body, version=version, strict=True)
        elif shape is PayloadShape.PARTIAL:
            read_fragment(model, body, strict=True)
        else:
            read_object(model, body, strict=True)
    except InvalidObjectError as error:
        return error.violations
    except NotJsonError:  # written by dumps, so JSON: only nested deeper than the validator reads
        return (Violation("$", "json_invalid", "nested too deep to be read"),)
    return ()
