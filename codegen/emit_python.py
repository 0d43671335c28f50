"""What every emitter profile shares: Python types and fields from the IR, import lists, order,
formatting, and the header that names a generated file's sources."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

from codegen import ir
from codegen.paths import ROOT

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
        case ir.StringType(case_insensitive=True):
            return "CiString"
        case ir.StringType():
            return "str"
        case ir.DateTimeType(flavour="ocpi"):
            return "OcpiDateTime"
        case ir.DateTimeType():
            return "DateTime"
        case ir.IntegerType():
            return "int"
        case ir.NumberType(exact=True):
            return "ExactDecimal"
        case ir.NumberType(multiple_of=step) if step is not None:
            return f"Annotated[float, DecimalStep({str(step)!r})]"
        case ir.NumberType():
            return "float"
        case ir.BooleanType():
            return "bool"
        case ir.AnyJsonType():
            return "JsonData"
        case ir.EnumRef(name, open=True):
            return f"OpenEnum[{name}]"
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
    """One class-body line declaring ``field``."""
    kwargs = []
    if field.wire_name != field.name:
        kwargs += [
            f"validation_alias={field.wire_name!r}",
            f"serialization_alias={field.wire_name!r}",
        ]
    bare = bare_annotation(field.type)
    if field.presence == "nullable":
        # pydantic checks a constraint on "X | None" with a Python callback, on the X inside the
        # union in Rust (measured on max_length: 7% of a Location's decode).
        bare = annotation(field.type)
    else:
        kwargs += constraint_kwargs(field.type)
    if field.secret:
        kwargs.append("repr=False")
    if isinstance(field.type, ir.AnyJsonType):
        type_text, default = "JsonData", "None"
    elif field.presence == "required":
        type_text, default = bare, None
    elif field.presence == "omittable":
        type_text, default = f"Omittable[{bare}]", "None"
    else:
        type_text, default = f"{bare} | None", "None"
    if default is not None and not kwargs:
        return f"    {field.name}: {type_text} = {default}"
    if default is not None:
        kwargs.insert(0, f"default={default}")
    if kwargs:
        return f"    {field.name}: {type_text} = Field({', '.join(kwargs)})"
    return f"    {field.name}: {type_text}"


# -- imports and order ------------------------------------------------------------------------


def uses(text: str, name: str) -> bool:
    """Whether ``name`` occurs in ``text`` as a whole word."""
    return re.search(rf"\b{re.escape(name)}\b", text) is not None


def import_lines(body: str, base_module: str, base_names: Iterable[str]) -> list[str]:
    """``typing``, ``pydantic`` and base-module imports for what ``body`` uses."""
    typing_names = [n for n in ("Annotated", "ClassVar", "TypeAlias", "TypeVar") if uses(body, n)]
    pydantic_names = [n for n in ("ConfigDict", "Field") if uses(body, n)]
    used_bases = [name for name in base_names if uses(body, name)]
    lines = []
    if typing_names:
        lines += [f"from typing import {', '.join(typing_names)}", ""]
    if pydantic_names:
        lines += [f"from pydantic import {', '.join(pydantic_names)}", ""]
    if used_bases:
        lines.append(f"from {base_module} import {', '.join(used_bases)}")
    return lines


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


# -- formatting -------------------------------------------------------------------------------


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
