"""The errors of OCPI commands and charging-profile requests: one hierarchy under
:class:`CommandError`, and the few checks every part of the package runs that turn bad
input into one of them (reading a body, building an object, a version, a datetime)."""

# ruff: noqa: N818 - exception names read as the domain, as in ocpkit.ocpi.status

from __future__ import annotations

from datetime import datetime
from typing import TypeVar

from pydantic import ValidationError

from ocpkit._errors import OcpkitError
from ocpkit._ocpi_base import OcpiModel
from ocpkit.ocpi.reading import (
    InvalidObjectError,
    NotJsonError,
    Violation,
    read_object,
    violations_of,
)
from ocpkit.ocpi.status import InvalidJsonBody, InvalidOrMissingParameters
from ocpkit.ocpi.version import OcpiVersion

__all__ = [
    "CommandError",
    "CommandUsageError",
    "InvalidPayload",
    "PayloadNotJson",
    "UnknownCommand",
]

M = TypeVar("M", bound=OcpiModel)


class CommandError(OcpkitError):
    """Base of every error this package raises."""


class CommandUsageError(CommandError):
    """The calling code misused the API: a request object that does not fit its command, a
    ``response_url`` the tracker did not make, a naive datetime, an answer recorded twice."""


class UnknownCommand(CommandError, InvalidOrMissingParameters):
    """The command in the URL is not a CommandType of this version: an OCPI 2001 reply, ready to
    raise. ``command`` keeps the value for local inspection; the message never quotes it."""

    def __init__(self, version: OcpiVersion, command: str) -> None:
        self.version = version
        self.command = command
        InvalidOrMissingParameters.__init__(self, f"command: not a command of OCPI {version}")


class InvalidPayload(CommandError, InvalidOrMissingParameters):
    """A body or query that breaks the definitions: an OCPI 2001 reply, ready to raise.
    ``violations`` lists each broken rule with its path; the message quotes no input."""

    def __init__(self, message: str, violations: tuple[Violation, ...] = ()) -> None:
        self.violations = violations
        InvalidOrMissingParameters.__init__(self, message)


class PayloadNotJson(CommandError, InvalidJsonBody):
    """A body that is not JSON text at all: answered with HTTP 400."""


def _read(model: type[M], data: str | bytes | OcpiModel, *, strict: bool) -> M:
    """``data`` as a ``model``: taken as it is when it already is one, else read from its JSON
    (another model class is re-read through its wire form, so a caller that parsed a charging
    profile result with the wrong one of two identical classes still gets the right one)."""
    if isinstance(data, model):
        return data
    text = data.to_json() if isinstance(data, OcpiModel) else data
    try:
        return read_object(model, text, strict=strict)
    except NotJsonError:
        raise PayloadNotJson("body is not JSON text") from None
    except InvalidObjectError as exc:
        raise InvalidPayload(
            f"invalid {model.__name__}: {len(exc.violations)} violation(s)", exc.violations
        ) from None


def _build(model: type[M], **fields: object) -> M:
    try:
        return model(**fields)
    except ValidationError as exc:
        violations = violations_of(exc)
        raise CommandUsageError(
            f"cannot build {model.__name__}: " + "; ".join(str(v) for v in violations[:3])
        ) from None


def _version(version: OcpiVersion | str) -> OcpiVersion:
    try:
        return OcpiVersion(version)
    except ValueError:
        raise CommandUsageError("unknown OCPI version") from None


def _aware(value: datetime, name: str) -> datetime:
    if not isinstance(value, datetime) or value.tzinfo is None:
        raise CommandUsageError(f"{name} must be a timezone-aware datetime")
    return value
