"""Typing: a user program passes ``mypy --strict``; wrong uses are rejected with the expected
error codes (each ``# E: <code>`` comment marks a line mypy must flag with that code)."""

import re
from pathlib import Path

import pytest
from mypy import api

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
