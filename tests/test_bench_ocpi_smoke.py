"""Smoke test of the OCPI codec benchmark (``bench/bench_ocpi.py``): its page, and tiny runs.

The page must be what the benchmark says it is (valid OCPI 2.2.1 Locations, the same for the
same seed, about 2.5 KB each, 1% broken in the second page), and a tiny run must print the table
and a verdict for every target. The runs stay offline: extrawest-ocpi is measured only if its
environment is already there (``--no-install``), and msgspec only if it is installed (the
``bench`` nox session installs it; the tests session does not). Without the shared OCPI
examples the module is skipped, as the examples' own tests are.
"""

import importlib
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any, Final

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from ocpkit.ocpi import v221
from ocpkit.ocpi.envelope import read_page

ROOT: Final = Path(__file__).resolve().parent.parent
SCRIPT: Final = ROOT / "bench" / "bench_ocpi.py"


def _bench() -> ModuleType:
    sys.path.insert(0, str(SCRIPT.parent))
    try:
        return importlib.import_module("bench_ocpi")
    finally:
        sys.path.remove(str(SCRIPT.parent))


bench: Any = _bench()
FOLDER: Final[Path] = bench.examples_dir()
if not all((FOLDER / name).is_file() for name in bench.LOCATION_EXAMPLES):
    pytest.skip(
        f"no OCPI examples at {FOLDER} (set OCPKIT_SHARED to the folder holding ocpi-examples/)",
        allow_module_level=True,
    )

TARGETS: Final = (
    "ocpkit decode faster than extrawest-ocpi",
    "ocpkit decode within 6x of msgspec",
    "ocpkit encode within 6x of msgspec",
    "lenient read_page vs strict decode",
    "import ocpkit.ocpi.v221",
)


def _run(tmp_path: Path, *options: str) -> tuple[str, dict[str, Any]]:
    """A quick run of 20 Locations: its printed text and its JSON results."""
    results = tmp_path / "results.json"
    command = [sys.executable, str(SCRIPT), "--quick", "--locations", "20", "--json", str(results)]
    done = subprocess.run(
        [*command, *options],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    figures: dict[str, Any] = json.loads(results.read_text(encoding="utf-8"))
    return done.stdout, figures


@given(seed=st.integers(min_value=0, max_value=2**32))
@example(seed=bench.SEED)
def test_every_location_of_the_page_is_valid_with_strict_true(seed: int) -> None:
    page = bench.Page.build(12, seed, FOLDER)
    read = read_page(v221.Location, page.text, strict=True).data
    assert read is not None
    assert read.all_valid
    assert len(read.items) == 12
    assert all(location.evses and location.evses[0].connectors for location in read.items)


def test_the_same_seed_builds_the_same_page() -> None:
    first = bench.Page.build(30, 7, FOLDER)
    assert bench.Page.build(30, 7, FOLDER) == first
    assert bench.Page.build(30, 8, FOLDER).text != first.text


def test_a_location_is_about_2_5_kb_of_json() -> None:
    page = bench.Page.build(200, bench.SEED, FOLDER)
    assert 2000 <= len(page.text) / 200 <= 3000


@given(count=st.integers(min_value=1, max_value=250))
@example(count=1)
@example(count=99)
@example(count=200)
def test_the_second_page_breaks_one_location_in_a_hundred(count: int) -> None:
    page = bench.Page.build(count, bench.SEED, FOLDER)
    read = read_page(v221.Location, page.invalid_text).data
    assert read is not None
    assert len(page.invalid_indexes) == max(1, count // 100)
    assert tuple(item.index for item in read.invalid) == page.invalid_indexes
    assert len(read.items) == count - len(page.invalid_indexes)


def test_a_quick_run_prints_the_table_and_a_verdict_for_every_target(tmp_path: Path) -> None:
    out, figures = _run(tmp_path, "--no-install")
    assert "pydantic " in out
    assert "msgspec " in out
    assert bench.EXTRAWEST in out
    assert "µs per Location" in out
    for row in ("decode (read_page, lenient)", "decode (strict", "decode, 1% invalid", "encode"):
        assert row in out
    verdicts = out.split("\ntargets:\n", 1)[1].splitlines()
    for target in TARGETS:
        (line,) = (line for line in verdicts if target in line)
        assert line.split()[0] in ("PASS", "MISS", "----")
    assert set(figures["targets"]) == set(TARGETS)
    assert figures["us_per_location"]["decode ocpkit"]["best"] > 0
    if "msgspec" in figures["not_measured"]:
        assert "msgspec: not measured" in out
    else:
        assert figures["us_per_location"]["decode msgspec"]["best"] > 0


def test_a_missing_extrawest_environment_is_reported_and_the_rest_measured(
    tmp_path: Path,
) -> None:
    out, figures = _run(
        tmp_path, "--no-import", "--no-install", "--extrawest-venv", str(tmp_path / "none")
    )
    assert "extrawest: not measured" in out
    assert "is not there" in figures["not_measured"]["extrawest"]
    assert figures["targets"]["ocpkit decode faster than extrawest-ocpi"]["pass"] is None
    assert figures["targets"]["lenient read_page vs strict decode"]["pass"] in (True, False)


def test_a_failed_extrawest_install_is_reported_and_the_rest_measured(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder\n")
    out, figures = _run(tmp_path, "--no-import", "--extrawest-venv", str(blocker / "venv"))
    assert "extrawest: not measured" in out
    assert "failed" in figures["not_measured"]["extrawest"]
    assert figures["us_per_location"]["encode ocpkit"]["best"] > 0
