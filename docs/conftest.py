"""Every code block of the docs runs as a test (Sybil): ``python`` blocks as written (top-level
``await`` included, the blocks of one page sharing a namespace in page order), and what their
comments claim a ``print`` writes must be printed (``_ext/claims.py``); ``pycon`` blocks run as
doctests. Either way, the output a page shows is the output the code prints."""

import ast
import asyncio
import contextlib
import doctest
import io
import sys
from pathlib import Path
from typing import Final

import pytest
from sybil import Example, Sybil
from sybil.parsers.myst import CodeBlockParser

BLOCK_TIMEOUT: Final = 30.0
ROOT: Final = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "docs" / "_ext"))

from claims import unmet_claims  # noqa: E402


@pytest.fixture
def repository_root(monkeypatch: pytest.MonkeyPatch) -> None:
    # The pages name files as a reader at the repository root would (examples/...).
    monkeypatch.chdir(ROOT)


def run_python(example: Example) -> None:
    source = "\n" * example.line + str(example.parsed)  # errors name the page's line
    code = compile(source, example.path, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        result = eval(code, example.namespace)  # a block with top-level await: a coroutine
        if asyncio.iscoroutine(result):
            asyncio.run(asyncio.wait_for(result, timeout=BLOCK_TIMEOUT))
    unmet = unmet_claims(source, printed.getvalue())
    assert not unmet, f"claimed but not printed: {unmet}; printed:\n{printed.getvalue()}"


def run_doctest(example: Example) -> str | None:
    test = doctest.DocTestParser().get_doctest(
        str(example.parsed), example.namespace, example.path, example.path, example.line
    )
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    report: list[str] = []
    runner.run(test, out=report.append, clear_globs=False)
    return "".join(report) or None


pytest_collect_file = Sybil(
    parsers=[CodeBlockParser("python", run_python), CodeBlockParser("pycon", run_doctest)],
    patterns=["*.md"],
    excludes=["reference/generated/*"],
    fixtures=["repository_root"],
).pytest()
