"""Sphinx configuration of ocpkit's documentation (furo theme, MyST Markdown pages).

Built by ``nox -s docs`` with warnings as errors; the protocol references are written from the
codegen's IR by the local extension ``_ext/reference.py`` before the sources are read.
"""

import ast
import importlib.util
import inspect
import sys
import typing
from functools import cache
from pathlib import Path
from typing import Any

from sphinx.pycode import ModuleAnalyzer

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "_ext"))
sys.path.insert(0, str(HERE.parent / "src"))

project = "ocpkit"
author = "the ocpkit authors"
copyright = "2026, the ocpkit authors"

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "reference",
]
source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build", "_ext", "conftest.py"]
myst_heading_anchors = 3
myst_enable_extensions = ["colon_fence"]
suppress_warnings = ["myst.xref_missing"]  # generated anchors inside long reference pages

html_theme = "furo"
html_title = "ocpkit"

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "undoc-members": False}
nitpicky = False
# ``nox -s docs`` installs the ``nats`` and ``testing`` extras, so autodoc shows their real types.
# Without Hypothesis, ocpkit.testing is imported against a stand-in; nats-py cannot be stood in
# for (the cluster modules evaluate ``Client | None`` at import time).
autodoc_mock_imports = [name for name in ("hypothesis",) if not importlib.util.find_spec(name)]


def resolve_annotations(app: Any, obj: Any, bound_method: bool) -> None:
    """Turn a function's string annotations (``from __future__ import annotations``) into the
    objects they name, so autodoc writes qualified types: for a class it reads the signature of
    ``__init__`` without resolving it, and a bare name such as ``Violation`` that two modules
    define is then an ambiguous cross-reference. Annotations that cannot be resolved (names
    imported only for type checkers) are left as written."""
    if not inspect.isfunction(obj):
        return
    annotations = obj.__annotations__
    if not any(isinstance(value, str) for value in annotations.values()):
        return
    try:
        resolved = typing.get_type_hints(obj, include_extras=True)
    except Exception:  # any failure: leave them as written
        return
    obj.__annotations__ = {name: resolved.get(name, value) for name, value in annotations.items()}


@cache
def _doc_comment(module_name: str, name: str) -> tuple[str, ...]:
    """The doc-comment of the module-level name ``name`` of ``module_name``, following the
    imports of a package that re-exports it from a private module (autodoc reads only the
    comments of the module it documents, so re-exported constants and aliases would be
    dropped as undocumented)."""
    docs = ModuleAnalyzer.for_module(module_name).find_attr_docs()
    if ("", name) in docs:
        return tuple(docs["", name])
    module = sys.modules[module_name]
    tree = ast.parse(Path(module.__file__ or "").read_text(encoding="utf-8"))
    package = module_name if hasattr(module, "__path__") else module_name.rpartition(".")[0]
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and any(a.name == name for a in node.names):
            source = importlib.util.resolve_name("." * node.level + (node.module or ""), package)
            importlib.import_module(source)
            return _doc_comment(source, name)
    return ()


def add_reexported_doc_comments(
    app: Any, what: str, name: str, obj: Any, options: Any, lines: list[str]
) -> None:
    """Before autodoc documents a module's members (it reads the module's docstring first),
    give its analyzer the doc-comments of the constants and aliases it re-exports, so they are
    documented like those it defines."""
    if what != "module" or not name.startswith("ocpkit."):
        return
    analyzer = ModuleAnalyzer.for_module(name)
    analyzer.analyze()
    for member in getattr(obj, "__all__", ()):
        if ("", member) not in analyzer.attr_docs and (found := _doc_comment(name, member)):
            analyzer.attr_docs["", member] = list(found)


def setup(app: Any) -> None:
    app.connect("autodoc-before-process-signature", resolve_annotations)
    app.connect("autodoc-process-docstring", add_reexported_doc_comments)
