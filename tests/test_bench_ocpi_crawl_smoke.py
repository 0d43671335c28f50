"""Smoke test of the OCPI crawl benchmark (``bench/bench_ocpi_crawl.py --quick``): a tiny run
over loopback walks every page both ways and prints a verdict for every target. The figures are
not judged here (timings belong to the benchmark, not to tests)."""

import subprocess
import sys
from pathlib import Path
from typing import Final

ROOT: Final = Path(__file__).resolve().parent.parent
SCRIPT: Final = ROOT / "bench" / "bench_ocpi_crawl.py"
TARGETS: Final = (
    "server CPU per Location, (a) pre-encoded",
    "server CPU per Location, (b) typed models",
    "client CPU per Location",
    "client memory flat in the number of pages",
)


def test_quick_run_walks_every_page_and_judges_every_target() -> None:
    run = subprocess.run(
        [sys.executable, str(SCRIPT), "--quick"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    verdicts = run.stdout.split("targets:", 1)[1].splitlines()
    for target in TARGETS:
        line = next((line for line in verdicts if target in line), None)
        assert line is not None, run.stdout
        assert line.split()[0] in ("PASS", "MISS", "info"), line
