"""Violation paths as a reply may show them: only what the definitions name, never the peer's
text.

A path such as ``$.evses[0].status`` is made of field names and list indexes, which the
definitions fix; but the name of an unknown field (refused in strict mode) and anything a peer
can put into a key is its own text, which a reply must not echo. So a step is shown only when it
is an index or a field name some OCPI object of 2.1.1, 2.2.1 or 2.3.0 defines; any other step is
written ``*``.
"""

import re
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Final

from ocpkit.ocpi.reading import Violation
from ocpkit.ocpi.status import cap_status_message

__all__ = [
    "describe_violations",
    "known_field_names",
    "safe_loc",
    "safe_path",
    "violation_pairs",
]

_STEP: Final = re.compile(r"\.([^.\[]*)|\[([0-9]+)\]")
_MASK: Final = "*"
# FastAPI's locations name where a parameter came from; the name after these is the route's own.
_PARAMETER_SOURCES: Final = frozenset({"query", "path", "header", "cookie"})
# How many violations one status_message lists before it stops ("and N more").
_LISTED: Final = 8


@cache
def known_field_names() -> frozenset[str]:
    """Every field name of every OCPI object ocpkit implements (loaded once, on first use)."""
    from ocpkit._ocpi_base import OcpiModel
    from ocpkit.ocpi import v211, v221, v230

    names: set[str] = set()
    for package in (v211, v221, v230):
        for name in dir(package):
            value = getattr(package, name, None)
            if isinstance(value, type) and issubclass(value, OcpiModel):
                names.update(value.model_fields)
    return frozenset(names)


def safe_path(path: str) -> str:
    """``path`` (``$.a[0].b``) with every step that is neither an index nor a known field name
    written ``*``."""
    names = known_field_names()
    out = ["$"]
    position = 1 if path.startswith("$") else 0
    while position < len(path):
        match = _STEP.match(path, position)
        if match is None:
            out.append("." + _MASK)  # the rest cannot be read as steps: hide it whole
            break
        name, index = match.groups()
        if index is not None:
            out.append(f"[{index}]")
        else:
            out.append("." + (name if name in names else _MASK))
        position = match.end()
    return "".join(out)


def safe_loc(loc: Sequence[str | int], kind: str) -> str:
    """A FastAPI validation error location (``("body", "evses", 0)``, ``("query", "limit")``) as
    a path a reply may show: the source, the route's own parameter name, then steps as in
    :func:`safe_path`; the last step of an ``extra_forbidden`` error is always hidden."""
    if not loc:
        return "$"
    source, rest = str(loc[0]), list(loc[1:])
    head = source if source in _PARAMETER_SOURCES or source == "body" else _MASK
    if source in _PARAMETER_SOURCES and rest and kind != "extra_forbidden":
        head += "." + str(rest.pop(0))  # declared by the route, not by the peer
    names = known_field_names()
    steps: list[str] = []
    for position, step in enumerate(rest):
        hidden = kind == "extra_forbidden" and position == len(rest) - 1
        if isinstance(step, int) and not hidden:
            steps.append(f"[{step}]")
        else:
            steps.append("." + (step if step in names and not hidden else _MASK))
    return head + "".join(steps)


def describe_violations(what: str, found: Iterable[tuple[str, str]]) -> str:
    """A ``status_message``: ``what``, then the (path, rule) pairs, already made safe, as many
    as fit."""
    pairs = list(found)
    if not pairs:
        return cap_status_message(what)
    listed = ", ".join(f"{path} ({kind})" for path, kind in pairs[:_LISTED])
    more = f" and {len(pairs) - _LISTED} more" if len(pairs) > _LISTED else ""
    return cap_status_message(f"{what}: {len(pairs)} violation(s): {listed}{more}")


def violation_pairs(violations: Iterable[Violation]) -> list[tuple[str, str]]:
    """The (safe path, rule) pair of each violation; rule names are pydantic's error types or
    ocpkit's own, never input."""
    return [(safe_path(v.path), _safe_kind(v.kind)) for v in violations]


_KIND: Final = re.compile(r"[a-z_][a-z0-9_]{0,63}")


def _safe_kind(kind: str) -> str:
    return kind if _KIND.fullmatch(kind) else _MASK
