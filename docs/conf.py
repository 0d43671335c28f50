"""Sphinx configuration of ocpkit's documentation (furo theme, MyST Markdown pages).

Built by ``nox -s docs`` with warnings as errors; the protocol references are written from the
codegen's IR by the local extension ``_ext/reference.py`` before the sources are read.
"""

import sys
from pathlib import Path

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
