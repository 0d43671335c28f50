"""Python names for schema names: snake_case fields, PascalCase types, UPPER_CASE enum members.

Wire names are never derived from these: the IR keeps the exact wire name of every property and
the emitter writes it as an explicit alias. These functions only have to give readable, unique
Python names; the loader checks uniqueness.
"""

from __future__ import annotations

import keyword
import re
from typing import Final

from pydantic import BaseModel

# Attribute names a field may not take on a pydantic model.
_RESERVED: Final = frozenset(name for name in dir(BaseModel) if not name.startswith("__")) | {
    "ocpp_action",
    "response_type",
    "null_fields",
    "from_json",
    "to_json",
    "to_wire",
    "request_response_types",
}

_ACRONYM_THEN_WORD = re.compile(r"([A-Z]+)([A-Z][a-z])")
_WORD_THEN_UPPER = re.compile(r"([a-z])([A-Z])")
_DIGIT_THEN_WORD = re.compile(r"([0-9])([A-Z][a-z])")
_NOT_ALNUM = re.compile(r"[^0-9A-Za-z]+")


def snake_case(wire_name: str) -> str:
    """``chargePointSerialNumber`` -> ``charge_point_serial_number``; ``evMinV2XEnergyRequest``
    -> ``ev_min_v2x_energy_request``; ``iso15118SchemaVersion`` -> ``iso15118_schema_version``."""
    name = _NOT_ALNUM.sub("_", wire_name)
    name = _ACRONYM_THEN_WORD.sub(r"\1_\2", name)
    name = _WORD_THEN_UPPER.sub(r"\1_\2", name)
    name = _DIGIT_THEN_WORD.sub(r"\1_\2", name)
    name = name.lower().strip("_")
    if keyword.iskeyword(name) or name in _RESERVED or name[0].isdigit():
        name += "_"
    return name


def pascal_case(wire_name: str) -> str:
    """``idTagInfo`` -> ``IdTagInfo``."""
    parts = _NOT_ALNUM.split(wire_name)
    return "".join(part[:1].upper() + part[1:] for part in parts if part)


_MEMBER_SPLIT = re.compile(
    r"(?<=[a-z]{2})(?=[A-Z])|(?<=[a-z])(?=[A-Z][a-z]{2})|"
    r"(?<=[A-Z])(?=[A-Z][a-z]{2})|(?<=[0-9])(?=[A-Z][a-z])"
)


def enum_member(value: str) -> str:
    """``Interruption.Begin`` -> ``INTERRUPTION_BEGIN``; ``kWh`` -> ``KWH``; ``L1-N`` -> ``L1_N``.

    A single leading lowercase letter stays joined to what follows (``kWh``, ``kVA``, ``eMAID``)
    and so does a two-letter word before one capital (``SoC``).
    """
    words = [w for w in _NOT_ALNUM.split(value) if w]
    name = "_".join(_MEMBER_SPLIT.sub("_", w) for w in words).upper()
    if not name or name[0].isdigit():
        name = "V" + name if name else "EMPTY"
    if keyword.iskeyword(name):
        name += "_"
    return name


def strip_type_suffix(definition: str) -> str:
    """``ChargingStationType`` -> ``ChargingStation``; ``BootReasonEnumType`` ->
    ``BootReasonEnum``."""
    return (
        definition[: -len("Type")]
        if definition.endswith("Type") and definition != "Type"
        else definition
    )
