"""The protocol references, written from the codegen's IR when the docs are built.

Nothing here is copied from a specification: names, types, cardinalities, lengths, bounds and
enum values come from the same IR the models are generated from (``codegen.ocpp_loader`` and
``codegen.ocpi_loader``), the OCPI interfaces and endpoints from the table in
``ocpkit.ocpi.modules``, the error codes and the violation table from ``ocpkit.ocpp.errors``,
the probes' checks from their catalogues. :func:`write_pages` writes Markdown pages into
``docs/reference/generated/``; the Sphinx extension runs it before the sources are read, and
``tests/test_docs.py`` checks that every action, object, enum, endpoint and error code has its
entry.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

ROOT: Final = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import mapping  # noqa: E402

from codegen import ir, ocpi_loader, ocpp_loader  # noqa: E402
from codegen.ocpi_ir import OcpiPackage  # noqa: E402
from codegen.ocpp_ir import OcppPackage  # noqa: E402

if TYPE_CHECKING:
    from ocpkit.ocpi.modules import ModuleInterfaces, Operation, Payload

__all__ = ["OCPI_VERSIONS", "OCPP_VERSIONS", "setup", "write_pages"]

OCPP_VERSIONS: Final = ("1.6", "2.0.1", "2.1")
OCPI_VERSIONS: Final = ("2.1.1", "2.2.1", "2.3.0")
OUT: Final = Path(__file__).resolve().parents[1] / "reference" / "generated"

_INITIATOR: Final = {
    "ChargingStation": "station → CSMS",
    "CSMS": "CSMS → station",
    "Both": "both ways",
}


# -- describing types --------------------------------------------------------------------------


def type_text(expr: ir.TypeExpr) -> str:
    """A type as the reference shows it: ``string(20)``, ``integer ≥ 0``, ``[Enum](#...)``."""
    if isinstance(expr, ir.StringType):
        text = "CiString" if expr.case_insensitive else "string"
        return f"{text}({expr.max_length})" if expr.max_length is not None else text
    if isinstance(expr, ir.DateTimeType):
        return "DateTime (UTC)" if expr.flavour == "ocpi" else "date-time"
    if isinstance(expr, ir.IntegerType | ir.NumberType):
        name = "integer" if isinstance(expr, ir.IntegerType) else "number"
        if isinstance(expr, ir.NumberType) and expr.exact:
            name = "decimal"
        bounds = []
        if expr.minimum is not None:
            bounds.append(f"≥ {expr.minimum:g}")
        if expr.maximum is not None:
            bounds.append(f"≤ {expr.maximum:g}")
        if isinstance(expr, ir.NumberType) and expr.multiple_of is not None:
            bounds.append(f"step {expr.multiple_of:g}")
        return " ".join([name, *bounds])
    if isinstance(expr, ir.BooleanType):
        return "boolean"
    if isinstance(expr, ir.AnyJsonType):
        return "any JSON"
    if isinstance(expr, ir.EnumRef):
        return f"[{expr.name}](#{_anchor(expr.name)})" + (" (open)" if expr.open else "")
    if isinstance(expr, ir.ModelRef):
        return f"[{expr.name}](#{_anchor(expr.name)})"
    if isinstance(expr, ir.ArrayType):
        return f"array of {type_text(expr.items)}"
    raise TypeError(expr)


def cardinality(field: ir.Field) -> str:
    """``1``, ``0..1``, ``1..*``, ``0..*`` (and ``2..5`` for bounded arrays)."""
    low = "1" if field.required else "0"
    if isinstance(field.type, ir.ArrayType):
        items = field.type
        low = str(items.min_items or 0) if field.required else "0"
        high = "*" if items.max_items is None else str(items.max_items)
        return f"{low}..{high}"
    return "1" if field.required else "0..1"


def _anchor(name: str) -> str:
    return name.lower()


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def field_rows(model: ir.Model, only_in_newer: frozenset[str] = frozenset()) -> Iterator[str]:
    """The table rows of a model's fields (``only_in_newer``: fields to mark as new)."""
    yield "| field | type | card. | |"
    yield "| --- | --- | --- | --- |"
    for field in model.fields:
        note = "new" if field.wire_name in only_in_newer else ""
        if field.presence == "nullable":
            note = ", ".join(filter(None, [note, "null allowed"]))
        yield (
            f"| `{field.wire_name}` | {_cell(type_text(field.type))} | {cardinality(field)} "
            f"| {note} |"
        )


def enum_lines(enum: ir.Enum) -> Iterator[str]:
    """An enum's heading and its values."""
    opened = " (open: other values are kept)" if enum.open else ""
    yield f"### {enum.name}"
    yield ""
    yield f"{len(enum.values)} values{opened}: " + ", ".join(f"`{v}`" for v in enum.values)
    yield ""


# -- OCPP --------------------------------------------------------------------------------------


def ocpp_page(package: OcppPackage, older: OcppPackage | None = None) -> str:
    """One OCPP version: the actions with their messages, then the shared types and enums."""
    models = {model.name: model for model in package.package.models}
    older_models = {model.name: model for model in older.package.models} if older else {}
    version = package.package.version
    lines = [f"# OCPP {version} messages", ""]
    if older is not None:
        lines += [
            f"Fields marked *new* are not in OCPP {older.package.version}'s message of the same "
            "name.",
            "",
        ]
    lines += ["| action | direction |", "| --- | --- |"]
    for action in package.actions:
        lines.append(
            f"| [{action.name}](#{_anchor(action.name)}) | {_INITIATOR[action.initiator]} |"
        )
    lines.append("")
    for action in package.actions:
        lines += [f"## {action.name}", "", f"Direction: {_INITIATOR[action.initiator]}.", ""]
        for label, name in (("Request", action.request), ("Response", action.response)):
            if name is None:
                continue
            model = models[name]
            newer: frozenset[str] = frozenset()
            if older is not None and name in older_models:
                known = {field.wire_name for field in older_models[name].fields}
                newer = frozenset(f.wire_name for f in model.fields if f.wire_name not in known)
            elif older is not None:
                newer = frozenset(f.wire_name for f in model.fields)
            heading = "SEND message" if action.response is None else label
            lines += [f"### {heading}: {name}", ""]
            lines += [*field_rows(model, newer), ""] if model.fields else ["(no fields)", ""]
    message_names = {m.model for m in package.messages}
    lines += ["## Shared types", ""]
    for model in package.package.models:
        if model.name in message_names:
            continue
        lines += [f"### {model.name}", "", *field_rows(model), ""]
    lines += ["## Enumerations", ""]
    for enum in package.package.enums:
        lines += list(enum_lines(enum))
    return "\n".join(lines) + "\n"


def error_page() -> str:
    """The CALLERROR codes per version and the violation → code table ocpkit applies."""
    from ocpkit.ocpp.errors import _KINDS as KINDS
    from ocpkit.ocpp.errors import KNOWN_ERROR_TYPES, ErrorKind, V2ErrorCode, error_code
    from ocpkit.ocpp.version import OcppVersion

    lines = ["# OCPP error codes", "", "| kind | OCPP 1.6 | OCPP 2.0.1 and 2.1 |"]
    lines.append("| --- | --- | --- |")
    for kind in ErrorKind:
        try:
            v16 = f"`{error_code(kind, OcppVersion.V16)}`"
        except ValueError:
            v16 = "(none)"
        lines.append(f"| {kind.name} | {v16} | `{V2ErrorCode(kind.value)}` |")
    lines += [
        "",
        "## Schema violation → code",
        "",
        "The kind ocpkit answers a payload with, by the pydantic error type that reports the "
        "violation; a payload breaking several rules gets the first kind in the order FORMAT, "
        "OCCURRENCE, TYPE, PROPERTY.",
        "",
        "| violation (pydantic error type) | kind | 1.6 code | 2.x code |",
        "| --- | --- | --- | --- |",
    ]
    for error_type in sorted(KNOWN_ERROR_TYPES):
        kind = KINDS[error_type]
        lines.append(
            f"| `{error_type}` | {kind.name} | `{error_code(kind, OcppVersion.V16)}` "
            f"| `{error_code(kind, OcppVersion.V201)}` |"
        )
    return "\n".join(lines) + "\n"


# -- OCPI --------------------------------------------------------------------------------------


def payload_text(payload: Payload | None, *, paginated: bool = False) -> str:
    """A request body or response ``data`` as a table cell: ``list of [Tariff](#tariff)
    (paginated)``, ``one of [Location](#location), ...``, ``none``."""
    if payload is None:
        return "none"
    names = [f"[{name}](#{_anchor(name)})" for name in payload.objects]
    text = names[0] if len(names) == 1 else "one of " + ", ".join(names)
    if payload.many:
        text = f"list of {text}"
    notes = [
        note
        for note, applies in (
            ("only the fields that change", payload.partial),
            ("optional", payload.optional),
            ("paginated", paginated),
        )
        if applies
    ]
    return text + (f" ({', '.join(notes)})" if notes else "")


def endpoint_row(operation: Operation) -> str:
    """One endpoint as a table row: method, where the URL starts, path and query after it,
    request body, response data."""
    template = f"`{operation.template}`" if operation.template else "(none)"
    return (
        f"| {operation.method} | {operation.url.value} | {template} "
        f"| {payload_text(operation.request)} "
        f"| {payload_text(operation.response, paginated=operation.paginated)} |"
    )


def interface_lines(module: ModuleInterfaces) -> Iterator[str]:
    """A module's interfaces: which roles implement which, then each one's endpoints."""
    yield f"### Interfaces and endpoints of {module.module}"
    yield ""
    for interface in module.interfaces:
        roles = ", ".join(f"`{role}`" for role in interface.implemented_by)
        yield f"- {roles} → {interface.title}"
    yield ""
    for interface in module.interfaces:
        yield f"#### {module.module}: {interface.title}"
        yield ""
        yield "| method | URL | path and query | request body | response data |"
        yield "| --- | --- | --- | --- | --- |"
        yield from (endpoint_row(operation) for operation in interface.endpoints)
        yield ""


def ocpi_page(package: OcpiPackage) -> str:
    """One OCPI version: per module its interfaces and endpoints (``ocpkit.ocpi.modules``),
    then its objects, classes and enums."""
    from ocpkit.ocpi.modules import modules_of

    version = package.package.version
    models = {model.name: model for model in package.package.models}
    enums = {enum.name: enum for enum in package.package.enums}
    interfaces = {module.module: module for module in modules_of(version)}
    by_module: dict[str, list[str]] = {module: [] for module in interfaces}
    for definition in package.definitions:
        by_module.setdefault(definition.module, []).append(definition.name)
    lines = [f"# OCPI {version} modules and objects", ""]
    lines += [
        "Each endpoint's URL is a base and the path after it; optional path segments and query "
        "parameters are in brackets. The bases: the module URL (as the version details list "
        "it), the versions URL, a version details URL, a `response_url` named by the request "
        "being answered, and the `Location` header of the reply to the POST that created the "
        "object.",
        "",
        "| module | interfaces | endpoints | objects and classes | enums |",
        "| --- | --- | --- | --- | --- |",
    ]
    for module, names in sorted(by_module.items()):
        objects = [n for n in names if n in models]
        kinds = [n for n in names if n in enums]
        found = interfaces.get(module)
        titles = ", ".join(i.title for i in found.interfaces) if found else "(none)"
        count = sum(len(i.endpoints) for i in found.interfaces) if found else 0
        lines.append(
            f"| [{module}](#{_anchor(module)}) | {titles} | {count} | {len(objects)} "
            f"| {len(kinds)} |"
        )
    lines.append("")
    for module, names in sorted(by_module.items()):
        lines += [f"## {module}", ""]
        if module in interfaces:
            lines += list(interface_lines(interfaces[module]))
        for name in names:
            definition = package.definition(name)
            if name in models:
                model = models[name]
                lines += [f"### {name}", "", f"{definition.kind}; source `{definition.source}`."]
                if model.one_of:
                    groups = "; ".join(", ".join(f"`{m}`" for m in g) for g in model.one_of)
                    lines.append(f"Exactly one of: {groups}.")
                lines += ["", *field_rows(model), ""]
            elif name in enums:
                lines += list(enum_lines(enums[name]))
            elif definition.kind == "union":
                union = next(u for u in package.package.unions if u.name == name)
                members = ", ".join(f"[{m}](#{_anchor(m)})" for m in union.members)
                lines += [f"### {name}", "", f"One of: {members}.", ""]
    return "\n".join(lines) + "\n"


# -- version diffs -----------------------------------------------------------------------------


def _signature(field: ir.Field) -> str:
    return f"{type_text(field.type)}, {cardinality(field)}"


def diff_lines(old: ir.Package, new: ir.Package) -> Iterator[str]:
    """What changed from ``old`` to ``new``: object types and enums added or removed, fields
    added, removed or changed (type, cardinality), enum values added or removed."""
    old_models = {m.name: m for m in old.models}
    new_models = {m.name: m for m in new.models}
    old_enums = {e.name: e for e in old.enums}
    new_enums = {e.name: e for e in new.enums}
    added = sorted(set(new_models) - set(old_models))
    removed = sorted(set(old_models) - set(new_models))
    yield "## Object types"
    yield ""
    yield f"Added ({len(added)}): " + (", ".join(f"`{n}`" for n in added) or "none")
    yield ""
    yield f"Removed ({len(removed)}): " + (", ".join(f"`{n}`" for n in removed) or "none")
    yield ""
    yield "## Fields of object types in both"
    yield ""
    changes = 0
    for name in sorted(set(old_models) & set(new_models)):
        before = {f.wire_name: f for f in old_models[name].fields}
        after = {f.wire_name: f for f in new_models[name].fields}
        rows = []
        for wire in after:
            if wire not in before:
                rows.append(f"| `{wire}` | added | {_cell(_signature(after[wire]))} |")
            elif _signature(before[wire]) != _signature(after[wire]):
                was, now = _cell(_signature(before[wire])), _cell(_signature(after[wire]))
                rows.append(f"| `{wire}` | changed | {was} → {now} |")
        for wire in before:
            if wire not in after:
                rows.append(f"| `{wire}` | removed | {_cell(_signature(before[wire]))} |")
        if rows:
            changes += 1
            yield f"### {name}"
            yield ""
            yield "| field | change | |"
            yield "| --- | --- | --- |"
            yield from rows
            yield ""
    if not changes:
        yield "No field changed."
        yield ""
    yield "## Enumerations"
    yield ""
    enum_added = sorted(set(new_enums) - set(old_enums))
    enum_removed = sorted(set(old_enums) - set(new_enums))
    yield f"Added ({len(enum_added)}): " + (", ".join(f"`{n}`" for n in enum_added) or "none")
    yield ""
    yield f"Removed ({len(enum_removed)}): " + (", ".join(f"`{n}`" for n in enum_removed) or "none")
    yield ""
    for name in sorted(set(old_enums) & set(new_enums)):
        gained = [v for v in new_enums[name].values if v not in old_enums[name].values]
        lost = [v for v in old_enums[name].values if v not in new_enums[name].values]
        if gained or lost:
            yield f"- `{name}`: " + "; ".join(
                part
                for part in (
                    "added " + ", ".join(f"`{v}`" for v in gained) if gained else "",
                    "removed " + ", ".join(f"`{v}`" for v in lost) if lost else "",
                )
                if part
            )
    yield ""


def diff_page(title: str, old: ir.Package, new: ir.Package) -> str:
    return "\n".join([f"# {title}", "", *diff_lines(old, new)]) + "\n"


# -- the probes --------------------------------------------------------------------------------


def probes_page() -> str:
    """Every check of every probe: id, rule and section (OCPP checks as for 2.0.1)."""
    from ocpkit.ocpp.version import OcppVersion
    from ocpkit.tools.probe import charger, csms, ocpi

    lines = ["# The checks of `ocpkit probe`", ""]
    catalogues: Iterable[tuple[str, list[Any]]] = (
        ("ocpkit probe csms", csms.catalogue(OcppVersion.V201)),
        ("ocpkit probe charger", charger.catalogue(OcppVersion.V201)),
        ("ocpkit probe ocpi", ocpi.catalogue()),
    )
    for title, entries in catalogues:
        lines += [f"## {title}", "", "| id | rule | section |", "| --- | --- | --- |"]
        for entry in entries:
            check = entry.check
            lines.append(f"| `{check.id}` | {_cell(check.rule)} | {_cell(check.section)} |")
        lines.append("")
    return "\n".join(lines) + "\n"


# -- writing -----------------------------------------------------------------------------------


def pages() -> dict[str, str]:
    """Every generated page, by file name."""
    ocpp = {version: ocpp_loader.load(version) for version in OCPP_VERSIONS}
    ocpi = {version: ocpi_loader.load(version) for version in OCPI_VERSIONS}
    found = {
        "ocpp-1.6.md": ocpp_page(ocpp["1.6"]),
        "ocpp-2.0.1.md": ocpp_page(ocpp["2.0.1"]),
        "ocpp-2.1.md": ocpp_page(ocpp["2.1"], older=ocpp["2.0.1"]),
        "ocpp-errors.md": error_page(),
        "diff-ocpp-2.0.1-2.1.md": diff_page(
            "OCPP 2.0.1 → 2.1", ocpp["2.0.1"].package, ocpp["2.1"].package
        ),
        "diff-ocpi-2.1.1-2.2.1.md": diff_page(
            "OCPI 2.1.1 → 2.2.1", ocpi["2.1.1"].package, ocpi["2.2.1"].package
        ),
        "diff-ocpi-2.2.1-2.3.0.md": diff_page(
            "OCPI 2.2.1 → 2.3.0", ocpi["2.2.1"].package, ocpi["2.3.0"].package
        ),
        "probes.md": probes_page(),
        "mapping-1.6-2.0.1.md": mapping.page(),
    }
    for version, package in ocpi.items():
        found[f"ocpi-{version}.md"] = ocpi_page(package)
    return found


def write_pages(out: Path = OUT) -> list[Path]:
    """Write :func:`pages` into ``out`` (only files whose text changed); return their paths."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in pages().items():
        path = out / name
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def setup(app: Any) -> dict[str, Any]:
    """The Sphinx extension: write the pages when the builder starts."""
    app.connect("builder-inited", lambda _app: write_pages())
    return {"parallel_read_safe": True, "parallel_write_safe": True}
