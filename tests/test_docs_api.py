"""The API reference (``docs/reference/api/``) leaves no public module and no public name out.

A public module is any module of ``ocpkit`` whose dotted path has no part starting with an
underscore, except the ``ocpkit.tools`` implementation of the command line. Each one has exactly
one ``automodule`` directive on the pages. Each name of its ``__all__`` is documented either
there (``:members:`` without a list documents the whole ``__all__``, less ``:exclude-members:``),
by an explicit ``autoclass``/``autofunction``/``autodata`` directive, or, for a name the module
re-exports, where the object is documented under another module, which the module's page then
names. The source Markdown is read; nothing is built.
"""

import importlib
import pkgutil
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest

import ocpkit

PAGES = Path(__file__).resolve().parent.parent / "docs" / "reference" / "api"
DIRECTIVE = re.compile(r"^\.\. (auto\w+):: (\S+)\s*$")
OPTION = re.compile(r"^ {3}:([\w-]+):(.*)$")
CONTINUATION = re.compile(r"^ {4,}\S")


@dataclass
class Directive:
    kind: str
    target: str
    page: str
    options: dict[str, str] = field(default_factory=dict)


def parse(page: str, text: str) -> list[Directive]:
    """The autodoc directives of a page's ``eval-rst`` blocks, with their options."""
    found: list[Directive] = []
    option = ""
    for line in text.splitlines():
        if match := DIRECTIVE.match(line):
            found.append(Directive(match[1], match[2], page))
            option = ""
        elif found and (match := OPTION.match(line)):
            option = match[1]
            found[-1].options[option] = match[2].strip()
        elif found and option and CONTINUATION.match(line):
            found[-1].options[option] += " " + line.strip()
        else:
            option = ""
    return found


@cache
def directives() -> tuple[Directive, ...]:
    return tuple(
        directive
        for path in sorted(PAGES.glob("*.md"))
        for directive in parse(path.name, path.read_text(encoding="utf-8"))
    )


def names(option: str) -> set[str]:
    return {name.strip() for name in option.split(",") if name.strip()}


@cache
def public_modules() -> tuple[str, ...]:
    found = ["ocpkit"]
    for info in pkgutil.walk_packages(ocpkit.__path__, "ocpkit."):
        parts = info.name.split(".")
        if any(part.startswith("_") for part in parts) or parts[1] == "tools":
            continue
        found.append(info.name)
    return tuple(found)


def split_target(target: str) -> tuple[str, str]:
    """``ocpkit.ocpp.OcppModel`` -> (``ocpkit.ocpp``, ``OcppModel``): the longest importable
    prefix is the module."""
    parts = target.split(".")
    for cut in range(len(parts) - 1, 0, -1):
        try:
            importlib.import_module(".".join(parts[:cut]))
        except ImportError:
            continue
        return ".".join(parts[:cut]), ".".join(parts[cut:])
    raise AssertionError(f"{target}: no importable module")


def all_of(module: ModuleType) -> list[str]:
    exported: list[str] = getattr(module, "__all__", [])
    return exported


@cache
def documented() -> frozenset[tuple[str, str]]:
    """(module, name) of every object the pages document."""
    found: set[tuple[str, str]] = set()
    for directive in directives():
        if directive.kind != "automodule":
            found.add(split_target(directive.target))
            continue
        module = importlib.import_module(directive.target)
        members = directive.options.get("members")
        if members is None:
            continue
        listed = names(members) or set(all_of(module))
        listed -= names(directive.options.get("exclude-members", ""))
        found.update((directive.target, name) for name in listed)
    return frozenset(found)


def page_text(page: str) -> str:
    return (PAGES / page).read_text(encoding="utf-8")


def test_the_api_index_lists_every_page() -> None:
    index = page_text("index.md")
    for path in PAGES.glob("*.md"):
        if path.name != "index.md":
            assert f"\n{path.stem}\n" in index, path.name


def modules_without_one_automodule(found: tuple[Directive, ...]) -> list[str]:
    return [
        module
        for module in public_modules()
        if sum(d.kind == "automodule" and d.target == module for d in found) != 1
    ]


def test_every_public_module_has_one_automodule() -> None:
    assert modules_without_one_automodule(directives()) == []


def test_a_module_left_out_is_caught() -> None:
    left_out = tuple(d for d in directives() if d.target != "ocpkit.ocpi.headers")
    assert modules_without_one_automodule(left_out) == ["ocpkit.ocpi.headers"]


@pytest.mark.parametrize("module", public_modules())
def test_members_are_asked_for_explicitly(module: str) -> None:
    # so the pages do not depend on autodoc_default_options
    for directive in directives():
        if directive.kind == "automodule" and directive.target == module:
            options = directive.options
            assert ("members" in options) != ("no-members" in options), module


def test_every_automodule_is_a_public_module() -> None:
    for directive in directives():
        if directive.kind == "automodule":
            assert directive.target in public_modules(), directive.target


@pytest.mark.parametrize("module", public_modules())
def test_every_public_name_is_documented(module: str) -> None:
    imported = importlib.import_module(module)
    (directive,) = [d for d in directives() if d.kind == "automodule" and d.target == module]
    missing: list[str] = []
    for name in all_of(imported):
        if (module, name) in documented():
            continue
        obj = getattr(imported, name)
        homes = [
            f"{other}.{name}"
            for other, other_name in documented()
            if other_name == name and getattr(importlib.import_module(other), name) is obj
        ]
        # a re-export: documented elsewhere, and named on this module's page
        if not any(home in page_text(directive.page) for home in homes):
            missing.append(name)
    assert not missing, f"{module}: not on the API pages: {missing}"


def test_the_directive_parser_reads_options_and_continuations() -> None:
    text = (
        "```{eval-rst}\n"
        ".. automodule:: ocpkit.ocpp.aio\n"
        "   :members:\n"
        "   :exclude-members: Accept, Refuse,\n"
        "                     basic_auth\n"
        "\n"
        ".. autoclass:: ocpkit.ocpp.OcppModel\n"
        "   :members: from_json, to_json\n"
        "```\n"
    )
    module, model = parse("page.md", text)
    assert (module.kind, module.target) == ("automodule", "ocpkit.ocpp.aio")
    assert module.options["members"] == ""
    assert names(module.options["exclude-members"]) == {"Accept", "Refuse", "basic_auth"}
    assert (model.kind, model.target) == ("autoclass", "ocpkit.ocpp.OcppModel")
    assert names(model.options["members"]) == {"from_json", "to_json"}
    assert split_target(model.target) == ("ocpkit.ocpp", "OcppModel")


@pytest.mark.parametrize(
    ("page", "link"),
    [
        ("ocpp-messages.md", "../generated/ocpp-1.6.md"),
        ("ocpp-messages.md", "../generated/ocpp-2.0.1.md"),
        ("ocpp-messages.md", "../generated/ocpp-2.1.md"),
        ("ocpi-objects.md", "../generated/ocpi-2.1.1.md"),
        ("ocpi-objects.md", "../generated/ocpi-2.2.1.md"),
        ("ocpi-objects.md", "../generated/ocpi-2.3.0.md"),
    ],
)
def test_each_version_package_links_its_generated_reference(page: str, link: str) -> None:
    assert f"]({link})" in page_text(page)
