"""The type of a free-form JSON value, as the JSON readers ocpkit uses hand it back."""

from typing import TypeAlias

__all__ = ["JsonObject", "JsonValue"]

JsonValue: TypeAlias = "bool | int | float | str | list[JsonValue] | dict[str, JsonValue] | None"
"""Any JSON value: ``null``, a boolean, a number, a string, an array or an object."""

JsonObject: TypeAlias = dict[str, JsonValue]
"""A JSON object (error details, free-form payload parts)."""
