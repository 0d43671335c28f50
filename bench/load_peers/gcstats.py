"""Garbage-collector accounting for the Python servers of ``bench/bench_load.py``.

``install(loop)`` counts the cyclic collector's runs per generation and the CPU time they take
(``gc.callbacks``, two calls per collection: negligible next to a collection itself), and prints
the running totals as one JSON line on stdout, ``{"event": "gc", ...}``, whenever the process
receives SIGUSR1: the benchmark asks before and after the call phase.
"""

import asyncio
import gc
import json
import signal
import sys
import time
from typing import Any


class GcStats:
    """Collections and CPU seconds spent in them, per generation, since ``install``."""

    def __init__(self) -> None:
        self.collections = [0, 0, 0]
        self.seconds = [0.0, 0.0, 0.0]
        self._started = 0.0

    def callback(self, phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            self._started = time.process_time()
        else:
            generation = info["generation"]
            self.collections[generation] += 1
            self.seconds[generation] += time.process_time() - self._started

    def report(self) -> None:
        line = {"event": "gc", "collections": self.collections, "seconds": self.seconds}
        sys.stdout.write(json.dumps(line) + "\n")
        sys.stdout.flush()


def install(loop: asyncio.AbstractEventLoop) -> GcStats:
    stats = GcStats()
    gc.callbacks.append(stats.callback)
    loop.add_signal_handler(signal.SIGUSR1, stats.report)
    return stats
