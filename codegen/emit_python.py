"""Emit Python modules from the IR: one small function per construct, then ``ruff format``.

For each OCPP version the output is ``src/ocpkit/ocpp/<module>/_generated/`` with

* ``enums.py``: one ``StrEnum`` per enumeration;
* ``datatypes.py``: the shared object types, deduplicated per version;
* ``messages.py``: one model per request, response and SEND message, responses before their
  requests so that ``OcppRequest[<Response>]`` can name them;
* ``actions.py``: the action table (request, response, initiator) as plain data.

Everything is emitted in a stable order (by name, or by action) and carries a header that names
its sources and their combined sha256.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Final

from codegen import ir, ocpp_loader
from codegen.naming import enum_member
from codegen.paths import ROOT, SRC

INITIATOR_TEXT: Final = {
    "ChargingStation": "sent by the charging station",
    "CSMS": "sent by the CSMS",
    "Both": "sent by either side",
}


def header(package: ir.Package, what: str) -> str:
    return (
        f'"""{what} of OCPP {package.version}, generated from the official JSON schemas.\n\n'
        "Do not edit: written by ``python -m codegen generate`` from "
        f"``schemas/{package.protocol}/{package.version}*/``\n"
        f"(combined sha256 of the original files: ``{package.source_digest}``).\n"
        '"""\n\n'
    )


# -- enums ------------------------------------------------------------------------------------


def enum_class(enum: ir.Enum, version: str) -> str:
    spelled = f" ``{enum.schema_name}``" if enum.schema_name else ""
    lines = [
        f"class {enum.name}(OcppEnum):",
        f'    """OCPP {version} enumeration{spelled}."""',
        "",
    ]
    lines += [f"    {enum_member(value)} = {value!r}" for value in enum.values]
    return "\n".join(lines) + "\n"


def enums_module(package: ir.Package) -> str:
    names = [e.name for e in package.enums]
    body = "\n\n".join(enum_class(e, package.version) for e in package.enums)
    return (
        header(package, "Enumerations")
        + "from ocpkit._base import OcppEnum\n\n"
        + f"__all__ = {names!r}\n\n\n"
        + body
    )


# -- types ------------------------------------------------------------------------------------


def _num(value: int | float) -> str:
    return repr(value)


def constraint_kwargs(type_: ir.TypeExpr) -> list[str]:
    """The ``Field(...)`` keyword arguments that carry a type's constraints."""
    if isinstance(type_, ir.StringType) and type_.max_length is not None:
        return [f"max_length={type_.max_length}"]
    if isinstance(type_, ir.IntegerType | ir.NumberType):
        kwargs = []
        if type_.minimum is not None:
            kwargs.append(f"ge={_num(type_.minimum)}")
        if type_.maximum is not None:
            kwargs.append(f"le={_num(type_.maximum)}")
        return kwargs
    if isinstance(type_, ir.ArrayType):
        kwargs = []
        if type_.min_items is not None:
            kwargs.append(f"min_length={type_.min_items}")
        if type_.max_items is not None:
            kwargs.append(f"max_length={type_.max_items}")
        return kwargs
    return []


def bare_annotation(type_: ir.TypeExpr) -> str:
    """The Python type of ``type_`` without its own constraints (those go into ``Field``)."""
    match type_:
        case ir.StringType():
            return "str"
        case ir.DateTimeType():
            return "DateTime"
        case ir.IntegerType():
            return "int"
        case ir.NumberType(multiple_of=step) if step is not None:
            return f"Annotated[float, DecimalStep({str(step)!r})]"
        case ir.NumberType():
            return "float"
        case ir.BooleanType():
            return "bool"
        case ir.AnyJsonType():
            return "JsonData"
        case ir.EnumRef(name) | ir.ModelRef(name):
            return name
        case ir.ArrayType(items):
            return f"list[{annotation(items)}]"
    raise TypeError(type_)


def annotation(type_: ir.TypeExpr) -> str:
    """The Python type of ``type_`` with its constraints attached (for nested positions)."""
    kwargs = constraint_kwargs(type_)
    bare = bare_annotation(type_)
    return f"Annotated[{bare}, Field({', '.join(kwargs)})]" if kwargs else bare


def field_line(field: ir.Field) -> str:
    kwargs = []
    if field.wire_name != field.name:
        kwargs += [
            f"validation_alias={field.wire_name!r}",
            f"serialization_alias={field.wire_name!r}",
        ]
    kwargs += constraint_kwargs(field.type)
    bare = bare_annotation(field.type)
    if isinstance(field.type, ir.AnyJsonType):
        type_text, default = "JsonData", "None"
    elif field.required:
        type_text, default = bare, None
    else:
        type_text, default = f"Omittable[{bare}]", "None"
    if default is not None:
        kwargs.insert(0, f"default={default}")
    if kwargs:
        return f"    {field.name}: {type_text} = Field({', '.join(kwargs)})"
    return f"    {field.name}: {type_text}"


def model_bases(model: ir.Model) -> str:
    bases = []
    if model.extra == "allow" or any(isinstance(f.type, ir.AnyJsonType) for f in model.fields):
        bases.append("OcppNullKeepingModel")
    if model.kind == "request":
        bases.append(f"OcppRequest[{model.action}Response]")
    elif model.kind == "response":
        bases.append("OcppResponse")
    elif model.kind == "send":
        bases.append("OcppSend")
    return ", ".join(bases or ["OcppModel"])


def model_docstring(model: ir.Model, package: ir.Package, initiator: str | None) -> str:
    if model.kind == "datatype":
        named = f" ``{model.schema_name}``" if model.schema_name else " (inline in the schemas)"
        return f"OCPP {package.version} object{named}."
    role = {"request": "Request", "response": "Response", "send": "SEND message"}[model.kind]
    sender = ""
    if initiator is not None:
        if model.kind == "response":
            answerer = {"ChargingStation": "CSMS", "CSMS": "ChargingStation"}.get(initiator, "Both")
            sender = f", {INITIATOR_TEXT[answerer]}"
        else:
            sender = f", {INITIATOR_TEXT[initiator]}"
    return (
        f"{role} of ``{model.action}`` (OCPP {package.version}){sender}.\n\n"
        f"    Schema: ``{model.source}`` (sha256 of the original ``{model.source_sha256}``).\n    "
    )


def model_class(model: ir.Model, package: ir.Package, initiator: str | None = None) -> str:
    lines = [
        f"class {model.name}({model_bases(model)}):",
        f'    """{model_docstring(model, package, initiator)}"""',
        "",
    ]
    if model.extra == "allow":
        lines.append('    model_config = ConfigDict(extra="allow")')
    null_fields = tuple(f.name for f in model.fields if isinstance(f.type, ir.AnyJsonType))
    if null_fields:
        lines.append(f"    null_fields: ClassVar[tuple[str, ...]] = {null_fields!r}")
    if model.kind in ("request", "response", "send"):
        lines.append(f"    ocpp_action = {model.action!r}")
    if model.kind == "request":
        lines.append(f"    response_type = {model.action}Response")
    if len(lines) > 3:
        lines.append("")
    lines += [field_line(f) for f in model.fields]
    if len(lines) == 3:
        lines.pop()
    return "\n".join(lines) + "\n"


def _imports(package: ir.Package, body: str, *, local: bool) -> str:
    base_names = [
        name
        for name in (
            "DateTime",
            "DecimalStep",
            "JsonData",
            "OcppModel",
            "OcppNullKeepingModel",
            "OcppRequest",
            "OcppResponse",
            "OcppSend",
            "Omittable",
        )
        if _uses(body, name)
    ]
    typing_names = [n for n in ("Annotated", "ClassVar") if _uses(body, n)]
    pydantic_names = [n for n in ("ConfigDict", "Field") if _uses(body, n)]
    lines = []
    if typing_names:
        lines += [f"from typing import {', '.join(typing_names)}", ""]
    if pydantic_names:
        lines += [f"from pydantic import {', '.join(pydantic_names)}", ""]
    if base_names:
        lines.append(f"from ocpkit._base import {', '.join(base_names)}")
    enum_names = sorted(e.name for e in package.enums if _uses(body, e.name))
    if enum_names:
        lines.append(f"from .enums import {', '.join(enum_names)}")
    if not local:
        type_names = sorted(
            m.name for m in package.models if m.kind == "datatype" and _uses(body, m.name)
        )
        if type_names:
            lines.append(f"from .datatypes import {', '.join(type_names)}")
    return "\n".join(lines) + "\n"


def _uses(text: str, name: str) -> bool:
    return re.search(rf"\b{re.escape(name)}\b", text) is not None


def _referenced(type_: ir.TypeExpr) -> str | None:
    if isinstance(type_, ir.ArrayType):
        return _referenced(type_.items)
    return type_.name if isinstance(type_, ir.ModelRef) else None


def dependency_order(models: list[ir.Model]) -> list[ir.Model]:
    """Models by name, each after the models its fields use (annotations are evaluated eagerly,
    which imports measurably faster than string annotations)."""
    by_name = {m.name: m for m in models}
    ordered: list[ir.Model] = []
    state: dict[str, str] = {}

    def visit(model: ir.Model) -> None:
        if state.get(model.name) == "done":
            return
        if state.get(model.name) == "visiting":
            raise ValueError(f"recursive type {model.name}")
        state[model.name] = "visiting"
        for field in model.fields:
            ref = _referenced(field.type)
            if ref is not None and ref in by_name:
                visit(by_name[ref])
        state[model.name] = "done"
        ordered.append(model)

    for model in sorted(models, key=lambda m: m.name):
        visit(model)
    return ordered


def datatypes_module(package: ir.Package) -> str:
    models = dependency_order([m for m in package.models if m.kind == "datatype"])
    body = "\n\n".join(model_class(m, package) for m in models)
    return (
        header(package, "Object types shared by the messages")
        + _imports(package, body, local=True)
        + f"\n__all__ = {[m.name for m in models]!r}\n\n\n"
        + body
    )


def messages_module(package: ir.Package) -> str:
    models = [m for m in package.models if m.kind != "datatype"]
    initiators = {a.name: a.initiator for a in package.actions}
    body = "\n\n".join(model_class(m, package, initiators[m.action or ""]) for m in models)
    return (
        header(package, "Messages")
        + _imports(package, body, local=False)
        + f"\n__all__ = {[m.name for m in models]!r}\n\n\n"
        + body
    )


def actions_module(package: ir.Package) -> str:
    rows = "\n".join(
        f"    {a.name!r}: ({a.request!r}, {a.response!r}, {a.initiator!r}),"
        for a in package.actions
    )
    return (
        header(package, "The action table")
        + "from typing import Final, Literal\n\n"
        + 'Initiator = Literal["ChargingStation", "CSMS", "Both"]\n\n'
        + "# action -> (request class, response class or None for a SEND message, initiator)\n"
        + "ACTIONS: Final[dict[str, tuple[str, str | None, Initiator]]] = {\n"
        + rows
        + "\n}\n"
    )


def exports_module(package: ir.Package) -> str:
    """Which generated module defines each public name (for lazy loading)."""
    rows = [f"    {e.name!r}: 'enums'," for e in package.enums]
    rows += [
        f"    {m.name!r}: {'datatypes' if m.kind == 'datatype' else 'messages'!r},"
        for m in package.models
    ]
    return (
        header(package, "Generated code")
        + "from typing import Final\n\n"
        + "# public name -> the generated module that defines it\n"
        + "EXPORTS: Final[dict[str, str]] = {\n"
        + "\n".join(rows)
        + "\n}\n"
    )


def render_package(package: ir.Package) -> dict[Path, str]:
    """Every generated file of one package, by path, formatted."""
    out = SRC / package.protocol / package.module / "_generated"
    files = {
        out / "__init__.py": exports_module(package),
        out / "enums.py": enums_module(package),
        out / "datatypes.py": datatypes_module(package),
        out / "messages.py": messages_module(package),
        out / "actions.py": actions_module(package),
    }
    return {path: ruff_format(text, path) for path, text in files.items()}


def ruff_format(text: str, path: Path) -> str:
    """Format with the project's ruff settings (fix imports, then format)."""
    rel = path.relative_to(ROOT).as_posix()
    fixed = subprocess.run(
        [
            sys.executable,
            "-m",
            "ruff",
            "check",
            "--fix-only",
            "--select",
            "I,F401",
            "--stdin-filename",
            rel,
            "-",
        ],
        input=text,
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    ).stdout
    return subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--stdin-filename", rel, "-"],
        input=fixed,
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    ).stdout


def render_all() -> dict[Path, str]:
    files: dict[Path, str] = {}
    for version in ocpp_loader.VERSIONS:
        files.update(render_package(ocpp_loader.load(version)))
    return files


def write_all() -> list[Path]:
    files = render_all()
    for path, text in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return sorted(files)


def check_all() -> list[Path]:
    stale = []
    for path, text in render_all().items():
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            stale.append(path)
    return sorted(stale)
