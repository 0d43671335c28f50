"""The OCPI emitter profile: Python modules from an :class:`OcpiPackage`.

For each OCPI version the output is ``src/ocpkit/ocpi/<module>/_generated/`` with

* ``enums.py``: one ``StrEnum`` per enum table (open ones marked as such in their docstring);
* ``objects.py``: one model per object and class table, each after the types its fields use,
  then the unions (``LocationsObjectChoice``) as type aliases;
* ``definitions.py``: every generated name with its table kind and OCPI module, as plain data;
* ``__init__.py``: which module defines each public name (for lazy loading).
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

from codegen import ir
from codegen.emit_python import dependency_order, field_line, import_lines, ruff_format, uses
from codegen.naming import enum_member
from codegen.ocpi_ir import OcpiPackage
from codegen.paths import SRC

BASE_NAMES: Final = (
    "CiString",
    "ExactDecimal",
    "OcpiChoiceModel",
    "OcpiDateTime",
    "OcpiEnum",
    "OcpiModel",
    "OpenEnum",
)


def header(ocpi: OcpiPackage, what: str) -> str:
    package = ocpi.package
    return (
        f'"""{what} of OCPI {package.version}, generated from the OCPI definitions (the spec'
        " tables).\n\n"
        "Do not edit: written by ``python -m codegen generate`` from "
        f"``schemas/ocpi/{package.version}.json``\n"
        f"(sha256 of the original: ``{package.source_digest}``;\n"
        f"github.com/ocpi/ocpi commit ``{ocpi.commit}``).\n\n"
        "OCPI property names are snake_case already, so every Python field name is its wire name:\n"
        "there are no aliases.\n"
        '"""\n\n'
    )


def _place(ocpi: OcpiPackage, name: str) -> str:
    definition = ocpi.definition(name)
    return f"module ``{definition.module}``; spec table ``{definition.source}``"


# -- enums ------------------------------------------------------------------------------------


def enum_class(enum: ir.Enum, ocpi: OcpiPackage) -> str:
    kind = "open enum" if enum.open else "enum"
    lines = [
        f"class {enum.name}(OcpiEnum):",
        f'    """OCPI {ocpi.package.version} {kind} ``{enum.name}``.',
        "",
        f"    {_place(ocpi, enum.name).capitalize()}.",
    ]
    if enum.open:
        lines.append("    Fields of this type also take values not listed here, kept as ``str``.")
    lines += ['    """', ""]
    lines += [f"    {enum_member(value)} = {value!r}" for value in enum.values]
    return "\n".join(lines) + "\n"


def enums_module(ocpi: OcpiPackage) -> str:
    package = ocpi.package
    names = [e.name for e in package.enums]
    body = "\n\n".join(enum_class(e, ocpi) for e in package.enums)
    return (
        header(ocpi, "Enumerations")
        + "from ocpkit._ocpi_base import OcpiEnum\n\n"
        + f"__all__ = {names!r}\n\n\n"
        + body
    )


# -- objects ----------------------------------------------------------------------------------


def model_class(model: ir.Model, ocpi: OcpiPackage) -> str:
    definition = ocpi.definition(model.name)
    base = "OcpiChoiceModel" if model.one_of else "OcpiModel"
    synthetic = " (a name of ours: the spec's table has none)" if definition.synthetic_name else ""
    lines = [
        f"class {model.name}({base}):",
        f'    """OCPI {ocpi.package.version} {definition.kind} ``{model.name}``{synthetic}.',
        "",
        f"    {_place(ocpi, model.name).capitalize()}.",
        '    """',
        "",
    ]
    if model.one_of:
        lines += [f"    one_of: ClassVar[tuple[tuple[str, ...], ...]] = {model.one_of!r}", ""]
    lines += [field_line(f) for f in model.fields]
    return "\n".join(lines) + "\n"


def union_alias(union: ir.Union, ocpi: OcpiPackage) -> str:
    places = "\n".join(f"* ``{p.strip()}``" for p in ocpi.definition(union.name).source.split(","))
    return (
        f"{union.name}: TypeAlias = {' | '.join(union.members)}\n"
        f'"""OCPI {ocpi.package.version}: one of {", ".join(union.members)}.\n\n'
        f"A name of ours for a choice in module ``{ocpi.definition(union.name).module}``,"
        f" spec tables:\n\n{places}\n"
        '"""\n'
    )


def objects_module(ocpi: OcpiPackage) -> str:
    package = ocpi.package
    models = dependency_order(list(package.models))
    body = "\n\n".join(model_class(m, ocpi) for m in models)
    if package.unions:
        body += "\n\n" + "\n\n".join(union_alias(u, ocpi) for u in package.unions)
    lines = import_lines(body, "ocpkit._ocpi_base", BASE_NAMES)
    enum_names = sorted(e.name for e in package.enums if uses(body, e.name))
    if enum_names:
        lines.append(f"from .enums import {', '.join(enum_names)}")
    names = [m.name for m in models] + [u.name for u in package.unions]
    return (
        header(ocpi, "Objects and classes")
        + "\n".join(lines)
        + "\n"
        + f"\n__all__ = {names!r}\n\n\n"
        + body
    )


def definitions_module(ocpi: OcpiPackage) -> str:
    rows = "\n".join(f"    {d.name!r}: ({d.kind!r}, {d.module!r})," for d in ocpi.definitions)
    return (
        header(ocpi, "The definition table")
        + "from typing import Final, Literal\n\n"
        + 'Kind = Literal["object", "class", "enum", "union"]\n\n'
        + "# generated name -> (kind of spec table, OCPI module)\n"
        + "DEFINITIONS: Final[dict[str, tuple[Kind, str]]] = {\n"
        + rows
        + "\n}\n"
    )


def exports_module(ocpi: OcpiPackage) -> str:
    """Which generated module defines each public name (for lazy loading)."""
    rows = [
        f"    {d.name!r}: {'enums' if d.kind == 'enum' else 'objects'!r}," for d in ocpi.definitions
    ]
    return (
        header(ocpi, "Generated code")
        + "from typing import Final\n\n"
        + "# public name -> the generated module that defines it\n"
        + "EXPORTS: Final[dict[str, str]] = {\n"
        + "\n".join(rows)
        + "\n}\n"
    )


def render_package(ocpi: OcpiPackage) -> dict[Path, str]:
    """Every generated file of one OCPI version, by path, formatted."""
    package = ocpi.package
    out = SRC / package.protocol / package.module / "_generated"
    files = {
        out / "__init__.py": exports_module(ocpi),
        out / "enums.py": enums_module(ocpi),
        out / "objects.py": objects_module(ocpi),
        out / "definitions.py": definitions_module(ocpi),
    }
    return {path: ruff_format(text, path) for path, text in files.items()}
