"""Smoke test of the cluster benchmark (``bench/bench_cluster.py --quick``): 3 nodes, 300
stations, a real nats-server; every routed and in-process call answered once."""

import subprocess
import sys
from pathlib import Path
from typing import Final

from ._nats_support import nats_server_binary

SCRIPT: Final = Path(__file__).resolve().parent.parent / "bench" / "bench_cluster.py"


def test_the_quick_cluster_benchmark_loses_and_duplicates_nothing() -> None:
    nats_server_binary()  # fails loudly, never skips, without the binary
    run = subprocess.run(
        [sys.executable, str(SCRIPT), "--quick"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "300 stations connected to 3 node(s)" in run.stdout
    assert "lost 0 (errors {}, wrong answers 0), duplicated 0" in run.stdout
    assert "in-process: 300 calls at 100/s, lost 0" in run.stdout
    assert "stations saw 600 calls for 600 answered" in run.stdout
