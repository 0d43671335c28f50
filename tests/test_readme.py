"""The README's Python examples run as written (top-level ``await`` included), and print what
their comments claim (the rule of the docs' examples: ``docs/_ext/claims.py``)."""

import ast
import asyncio
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "docs" / "_ext"))

from claims import claimed_output, unmet_claims  # noqa: E402

README = ROOT / "README.md"
BLOCKS = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.DOTALL)


def test_readme_has_its_quickstart() -> None:
    # The README is the short version: one quickstart block; the guides' blocks run under Sybil.
    assert len(BLOCKS) >= 1
    assert any("decode_strict" in block for block in BLOCKS)


@pytest.mark.parametrize("block", BLOCKS, ids=[f"block{i}" for i in range(len(BLOCKS))])
def test_readme_example_runs(block: str, capsys: pytest.CaptureFixture[str]) -> None:
    code = compile(block, str(README), "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    namespace: dict[str, object] = {}
    result = eval(code, namespace)  # top-level await makes the block a coroutine
    if asyncio.iscoroutine(result):
        asyncio.run(asyncio.wait_for(result, timeout=20))
    printed = capsys.readouterr().out
    assert not unmet_claims(block, printed), printed


def test_the_quickstart_claims_what_it_prints() -> None:
    claims = [claim for block in BLOCKS for claim in claimed_output(block)]
    assert "OccurrenceConstraintViolation $.currentTime" in claims
