"""Typing: a user program passes ``mypy --strict`` and ``pyright --strict``; wrong uses are
rejected (each ``# E: <code>`` comment marks a line both must flag, mypy with that code)."""

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from mypy import api

ROOT = Path(__file__).parent.parent
CASES = Path(__file__).parent / "typing" / "cases"
_EXPECT = re.compile(r"#\s*E:\s*([a-z-]+)")


def _mypy(*paths: Path) -> str:
    stdout, stderr, _status = api.run(
        ["--strict", "--no-error-summary", "--show-error-codes", "--no-incremental"]
        + [str(p) for p in paths]
    )
    return stdout + stderr


@pytest.fixture(scope="module")
def mypy_report() -> str:
    return _mypy(*sorted(CASES.glob("*.py")))


def _errors_for(report: str, path: Path) -> dict[int, set[str]]:
    found: dict[int, set[str]] = {}
    for line in report.splitlines():
        match = re.match(rf".*{re.escape(path.name)}:(\d+): error: .*\[([a-z-]+)\]$", line)
        if match:
            found.setdefault(int(match.group(1)), set()).add(match.group(2))
    return found


@pytest.mark.parametrize(
    "case", sorted(p.name for p in CASES.glob("good_*.py")), ids=lambda name: name[5:-3]
)
def test_user_program_passes_mypy_strict(mypy_report: str, case: str) -> None:
    errors = _errors_for(mypy_report, CASES / case)
    assert errors == {}, mypy_report


@pytest.mark.parametrize(
    "case", sorted(p.name for p in CASES.glob("bad_*.py")), ids=lambda name: name[4:-3]
)
def test_wrong_use_is_rejected(mypy_report: str, case: str) -> None:
    path = CASES / case
    expected = {
        number: {match.group(1)}
        for number, text in enumerate(path.read_text().splitlines(), start=1)
        if (match := _EXPECT.search(text))
    }
    assert expected, f"{case} marks no expected error"
    assert _errors_for(mypy_report, path) == expected, mypy_report


# -- pyright (strict, from pyproject's [tool.pyright]) over the same cases ---------------------


def _pyright(*paths: Path) -> list[dict[str, Any]]:
    run = subprocess.run(
        [sys.executable, "-m", "pyright", "--pythonpath", sys.executable, "--outputjson"]
        + [str(p) for p in paths],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    report = json.loads(run.stdout)  # pyright exits 1 when it finds errors: the cases have some
    diagnostics: list[dict[str, Any]] = report["generalDiagnostics"]
    return [d for d in diagnostics if d["severity"] == "error"]


@pytest.fixture(scope="module")
def pyright_errors() -> dict[str, dict[int, set[str]]]:
    found: dict[str, dict[int, set[str]]] = {}
    for diagnostic in _pyright(*sorted(CASES.glob("*.py"))):
        lines = found.setdefault(Path(diagnostic["file"]).name, {})
        line = diagnostic["range"]["start"]["line"] + 1
        lines.setdefault(line, set()).add(diagnostic.get("rule", ""))
    return found


@pytest.mark.parametrize(
    "case", sorted(p.name for p in CASES.glob("good_*.py")), ids=lambda name: name[5:-3]
)
def test_user_program_passes_pyright_strict(
    pyright_errors: dict[str, dict[int, set[str]]], case: str
) -> None:
    assert pyright_errors.get(case, {}) == {}


@pytest.mark.parametrize(
    "case", sorted(p.name for p in CASES.glob("bad_*.py")), ids=lambda name: name[4:-3]
)
def test_wrong_use_is_rejected_by_pyright(
    pyright_errors: dict[str, dict[int, set[str]]], case: str
) -> None:
    path = CASES / case
    marked = {
        number
        for number, text in enumerate(path.read_text().splitlines(), start=1)
        if _EXPECT.search(text)
    }
    errors = pyright_errors.get(case, {})
    assert marked <= set(errors), errors
    # elsewhere only the unknown types a flagged line leaves behind (pyright's rule names
    # differ from mypy's codes, so the lines are compared, not the codes)
    for line, rules in errors.items():
        if line not in marked:
            assert all(rule.startswith("reportUnknown") for rule in rules), (line, rules)
