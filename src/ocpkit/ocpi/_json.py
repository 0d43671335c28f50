"""JSON text in and out for the OCPI core, with the same limits as the validators.

pydantic's parser (what the models validate with) keeps integers of any size exactly, refuses
``NaN``/``Infinity`` here, and stops at 200 levels of nesting. A page is read with it first, so
what a page's items hold reaches the models unchanged (orjson would turn an integer above 64 bits
into a float, and write nothing nested past 255 levels). Only a text nested deeper than that is
read with orjson, so that one over-deep item costs that item, not its page.
"""

from typing import Final

import orjson
from pydantic import JsonValue
from pydantic_core import from_json, to_json

from ocpkit._errors import OcpkitError

__all__ = ["JsonTextError", "dumps", "loads"]

_TOO_DEEP: Final = "recursion limit"


class JsonTextError(OcpkitError, ValueError):
    """The text is not JSON (or is nested deeper than any parser here reads)."""


def loads(data: str | bytes | bytearray) -> JsonValue:
    """Parse JSON text; :class:`JsonTextError` if it is not JSON."""
    try:
        value: JsonValue = from_json(data, allow_inf_nan=False)
    except ValueError as error:
        if _TOO_DEEP not in str(error):
            raise JsonTextError("not JSON text") from None
    else:
        return value
    try:
        deep: JsonValue = orjson.loads(data)
    except orjson.JSONDecodeError:
        raise JsonTextError("not JSON text") from None
    return deep


def dumps(value: object) -> bytes:
    """JSON text of plain JSON data (integers of any size kept); :class:`JsonTextError` for
    data that cannot be written (nested too deep)."""
    try:
        return to_json(value)
    except ValueError:
        raise JsonTextError("JSON data nested too deep to write") from None
