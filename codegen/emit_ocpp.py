"""The OCPP emitter profile: Python modules from an :class:`OcppPackage`, one small function per
construct, then ``ruff format``.

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

from pathlib import Path
from typing import Final

from codegen import ir
from codegen.emit_python import dependency_order, field_line, import_lines, ruff_format, uses
from codegen.naming import enum_member
from codegen.ocpp_ir import Message, OcppPackage
from codegen.paths import SRC

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


def version_base(package: ir.Package, kind: str) -> str:
    """The name of a version's base class of its requests or SEND messages (``V201Request``):
    what makes a model of another version a type error on a router or session of this one."""
    return f"{package.module.upper()}{'Request' if kind == 'request' else 'Send'}"


def version_bases(ocpp: OcppPackage) -> str:
    package = ocpp.package
    request = version_base(package, "request")
    text = (
        '_ResponseT = TypeVar("_ResponseT", bound=OcppResponse, covariant=True)\n\n\n'
        f"class {request}(OcppRequest[_ResponseT]):\n"
        f'    """Base of the OCPP {package.version} requests (what a router or session of this'
        ' version takes)."""\n'
    )
    if any(m.kind == "send" for m in ocpp.messages):
        text += (
            f"\n\nclass {version_base(package, 'send')}(OcppSend):\n"
            f'    """Base of every OCPP {package.version} SEND message."""\n'
        )
    return text


def _version_base_names(ocpp: OcppPackage) -> list[str]:
    names = [version_base(ocpp.package, "request")]
    if any(m.kind == "send" for m in ocpp.messages):
        names.append(version_base(ocpp.package, "send"))
    return names


def model_bases(model: ir.Model, message: Message | None, package: ir.Package) -> str:
    bases = []
    if model.extra == "allow" or any(isinstance(f.type, ir.AnyJsonType) for f in model.fields):
        bases.append("OcppNullKeepingModel")
    if message is not None and message.kind == "request":
        bases.append(f"{version_base(package, 'request')}[{message.action}Response]")
    elif message is not None and message.kind == "response":
        bases.append("OcppResponse")
    elif message is not None:
        bases.append(version_base(package, "send"))
    return ", ".join(bases or ["OcppModel"])


def model_docstring(
    model: ir.Model, package: ir.Package, message: Message | None, initiator: str | None
) -> str:
    if message is None:
        named = f" ``{model.schema_name}``" if model.schema_name else " (inline in the schemas)"
        return f"OCPP {package.version} object{named}."
    role = {"request": "Request", "response": "Response", "send": "SEND message"}[message.kind]
    sender = ""
    if initiator is not None:
        if message.kind == "response":
            answerer = {"ChargingStation": "CSMS", "CSMS": "ChargingStation"}.get(initiator, "Both")
            sender = f", {INITIATOR_TEXT[answerer]}"
        else:
            sender = f", {INITIATOR_TEXT[initiator]}"
    return (
        f"{role} of ``{message.action}`` (OCPP {package.version}){sender}.\n\n"
        f"    Schema: ``{model.source}`` (sha256 of the original ``{model.source_sha256}``).\n    "
    )


def model_class(
    model: ir.Model,
    package: ir.Package,
    message: Message | None = None,
    initiator: str | None = None,
) -> str:
    lines = [
        f"class {model.name}({model_bases(model, message, package)}):",
        f'    """{model_docstring(model, package, message, initiator)}"""',
        "",
    ]
    if model.extra == "allow":
        lines.append('    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")')
    null_fields = tuple(f.name for f in model.fields if isinstance(f.type, ir.AnyJsonType))
    if null_fields:
        lines.append(f"    null_fields: ClassVar[tuple[str, ...]] = {null_fields!r}")
    if message is not None:
        lines.append(f"    ocpp_action: ClassVar[str] = {message.action!r}")
    if message is not None and message.kind == "request":
        response = f"{message.action}Response"
        lines.append(f"    response_type: ClassVar[type[{response}]] = {response}")
    if len(lines) > 3:
        lines.append("")
    lines += [field_line(f) for f in model.fields]
    if len(lines) == 3:
        lines.pop()
    return "\n".join(lines) + "\n"


BASE_NAMES: Final = (
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


def _imports(ocpp: OcppPackage, body: str, *, local: bool) -> str:
    lines = import_lines(body, "ocpkit._base", BASE_NAMES)
    enum_names = sorted(e.name for e in ocpp.package.enums if uses(body, e.name))
    if enum_names:
        lines.append(f"from .enums import {', '.join(enum_names)}")
    if not local:
        type_names = sorted(m.name for m in _datatypes(ocpp) if uses(body, m.name))
        if type_names:
            lines.append(f"from .datatypes import {', '.join(type_names)}")
    return "\n".join(lines) + "\n"


def _datatypes(ocpp: OcppPackage) -> list[ir.Model]:
    messages = {m.model for m in ocpp.messages}
    return [m for m in ocpp.package.models if m.name not in messages]


def datatypes_module(ocpp: OcppPackage) -> str:
    package = ocpp.package
    models = dependency_order(_datatypes(ocpp))
    body = "\n\n".join(model_class(m, package) for m in models)
    return (
        header(package, "Object types shared by the messages")
        + _imports(ocpp, body, local=True)
        + f"\n__all__ = {[m.name for m in models]!r}\n\n\n"
        + body
    )


def messages_module(ocpp: OcppPackage) -> str:
    package = ocpp.package
    by_name = {m.name: m for m in package.models}
    initiators = {a.name: a.initiator for a in ocpp.actions}
    bases = version_bases(ocpp)
    body = "\n\n".join(
        model_class(by_name[m.model], package, m, initiators[m.action]) for m in ocpp.messages
    )
    names = _version_base_names(ocpp) + [m.model for m in ocpp.messages]
    return (
        header(package, "Messages")
        + _imports(ocpp, bases + body, local=False)
        + f"\n__all__ = {names!r}\n\n\n"
        + bases
        + "\n\n"
        + body
    )


def actions_module(ocpp: OcppPackage) -> str:
    rows = "\n".join(
        f"    {a.name!r}: ({a.request!r}, {a.response!r}, {a.initiator!r})," for a in ocpp.actions
    )
    return (
        header(ocpp.package, "The action table")
        + "from typing import Final, Literal\n\n"
        + 'Initiator = Literal["ChargingStation", "CSMS", "Both"]\n\n'
        + "# action -> (request class, response class or None for a SEND message, initiator)\n"
        + "ACTIONS: Final[dict[str, tuple[str, str | None, Initiator]]] = {\n"
        + rows
        + "\n}\n"
    )


def exports_module(ocpp: OcppPackage) -> str:
    """Which generated module defines each public name (for lazy loading)."""
    package = ocpp.package
    messages = {m.model for m in ocpp.messages}
    rows = [f"    {e.name!r}: 'enums'," for e in package.enums]
    rows += [f"    {name!r}: 'messages'," for name in _version_base_names(ocpp)]
    rows += [
        f"    {m.name!r}: {'messages' if m.name in messages else 'datatypes'!r},"
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


def render_package(ocpp: OcppPackage) -> dict[Path, str]:
    """Every generated file of one OCPP version, by path, formatted."""
    package = ocpp.package
    out = SRC / package.protocol / package.module / "_generated"
    files = {
        out / "__init__.py": exports_module(ocpp),
        out / "enums.py": enums_module(package),
        out / "datatypes.py": datatypes_module(ocpp),
        out / "messages.py": messages_module(ocpp),
        out / "actions.py": actions_module(ocpp),
    }
    return {path: ruff_format(text, path) for path, text in files.items()}
