"""JSON paths for violation reports, shared by OCPP and OCPI."""

from collections.abc import Sequence

__all__ = ["json_path"]


def json_path(loc: Sequence[str | int]) -> str:
    """``("meterValue", 0, "unit")`` -> ``$.meterValue[0].unit`` (a pydantic error location)."""
    parts = ["$"]
    for part in loc:
        parts.append(f"[{part}]" if isinstance(part, int) else f".{part}")
    return "".join(parts)
