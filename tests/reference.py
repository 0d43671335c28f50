"""The reference verdict: the official schemas, judged by the ``jsonschema`` package.

Schemas are read from ``schemas/ocpp/`` (the facts-only copies; removing prose does not change
any verdict). Numbers are read as ``Decimal`` so that ``multipleOf`` is judged on the decimal value
as written, and ``date-time`` is checked as RFC 3339 (``rfc3339-validator``); ``uri`` is not
checked (as ``jsonschema`` does without an URI package), and neither does ocpkit check it.
"""

import functools
import json
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

import jsonschema

from ocpkit.ocpp.version import OcppVersion

ROOT = Path(__file__).resolve().parent.parent
SCHEMAS = ROOT / "schemas" / "ocpp"
Kind = Literal["request", "response", "send"]

_FOLDERS = {
    OcppVersion.V16: ("1.6", "1.6-security"),
    OcppVersion.V201: ("2.0.1",),
    OcppVersion.V21: ("2.1",),
}


def _file(version: OcppVersion, action: str, kind: Kind) -> Path:
    if kind == "response":
        name = f"{action}Response.json"
    elif kind == "send" or version is OcppVersion.V16:
        name = f"{action}.json"
    else:
        name = f"{action}Request.json"
    for folder in _FOLDERS[version]:
        path = SCHEMAS / folder / name
        if path.exists():
            return path
    raise FileNotFoundError(f"no schema for {version} {action} {kind}")


@functools.cache
def schema(version: OcppVersion, action: str, kind: Kind) -> dict[str, Any]:
    """The official schema (facts only) of one message."""
    loaded: dict[str, Any] = load_json(_file(version, action, kind).read_text(encoding="utf-8"))
    return loaded


@functools.cache
def validator(version: OcppVersion, action: str, kind: Kind) -> jsonschema.protocols.Validator:
    """A ``jsonschema`` validator of the right draft, checking formats."""
    document = schema(version, action, kind)
    cls = jsonschema.validators.validator_for(document)
    return cls(document, format_checker=cls.FORMAT_CHECKER)


def load_json(text: str | bytes) -> Any:
    """Parse JSON as the reference reads it (numbers with a fraction as ``Decimal``)."""
    return json.loads(text, parse_float=Decimal)


def is_valid(version: OcppVersion, action: str, kind: Kind, payload: Any) -> bool:
    """Whether ``payload`` (parsed with :func:`load_json`) is valid for the message."""
    return bool(validator(version, action, kind).is_valid(payload))


def messages(version: OcppVersion) -> Iterator[tuple[str, Kind]]:
    """Every (action, kind) of a version, from the action registry."""
    from ocpkit.ocpp import v16, v21, v201

    registry = {OcppVersion.V16: v16, OcppVersion.V201: v201, OcppVersion.V21: v21}[version]
    for name, action in registry.ACTIONS.items():
        if action.is_send:
            yield name, "send"
        else:
            yield name, "request"
            yield name, "response"


def model_for(version: OcppVersion, action: str, kind: Kind) -> Any:
    """The generated model class of one message."""
    from ocpkit.ocpp import v16, v21, v201

    registry = {OcppVersion.V16: v16, OcppVersion.V201: v201, OcppVersion.V21: v21}[version]
    entry = registry.ACTIONS[action]
    return entry.response if kind == "response" else entry.request
