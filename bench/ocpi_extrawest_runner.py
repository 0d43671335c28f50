"""The extrawest-ocpi side of ``bench_ocpi.py``: runs inside that package's own environment.

PyPI ``extrawest-ocpi`` pins pydantic 1.10, so it cannot share a process with ocpkit (pydantic
2). ``bench_ocpi.py`` creates a virtual environment for it, starts this script there and steers
it over stdin/stdout, one JSON object per line:

1. started with ``--page FILE --budget SECONDS``, the script reads the page (the envelope's JSON
   text), decodes and encodes it once, checks what it got and calibrates each case to about
   ``--budget`` seconds; it prints ``{"ready": {...}}`` (versions, checks, loop counts) or
   ``{"error": "..."}`` and exits;
2. each ``round`` line read runs every case once and prints ``{"round": {case: µs per page}}``;
3. ``quit`` (or the end of stdin) ends it.

What is timed is what a user of the package writes (its own client code reads replies with
``response.json()["data"]``, and its server builds replies as below):

* decode: ``json.loads`` of the envelope text (what httpx's ``response.json()`` does), the
  envelope checked by ``OCPIResponse(**payload)``, then ``Location(**item)`` for every item;
* encode: ``OCPIResponse(data=[location.dict() ...], **OCPI_1000_GENERIC_SUCESS_CODE,
  timestamp=...).json()``, the reply its ``GET /locations`` handler returns (FastAPI then
  re-validates and re-encodes it, which is not counted here).

Only the standard library and extrawest-ocpi are imported here: ocpkit is not installed in that
environment.
"""

import argparse
import importlib
import json
import platform
import sys
import timeit
from collections.abc import Callable
from importlib.metadata import version
from pathlib import Path
from typing import Any


def _loops_for(timer: Callable[[int], float], budget_s: float) -> int:
    """How many calls take about ``budget_s`` (the first, short runs warm up)."""
    number = 1
    while True:
        elapsed = timer(number)
        if elapsed >= budget_s / 4:
            return max(1, int(number * budget_s / elapsed))
        number *= 4


def _emit(message: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def _checks(
    items: list[dict[str, Any]], decoded: list[Any], encoded: str, timestamp: str
) -> dict[str, Any]:
    """What the decode and encode gave, against the page; raises AssertionError if wrong."""
    if len(decoded) != len(items):
        raise AssertionError(f"decoded {len(decoded)} Locations out of {len(items)}")
    for item, location in zip(items, decoded, strict=True):
        if str(location.id).lower() != item["id"].lower():
            raise AssertionError(f"Location {item['id']} decoded as {location.id}")
        evses = item.get("evses") or []
        if len(location.evses) != len(evses) or [len(e.connectors) for e in location.evses] != [
            len(e["connectors"]) for e in evses
        ]:
            raise AssertionError(f"Location {item['id']}: EVSEs or connectors lost")
    page = json.loads(encoded)
    if len(page["data"]) != len(items) or page["timestamp"] != timestamp:
        raise AssertionError("the encoded envelope does not carry the page")
    first = page["data"][0]
    return {
        "locations": len(decoded),
        "writes_null_for_absent_fields": "null" in encoded,
        "rewrites_cistring_case": first["country_code"] != items[0]["country_code"],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--page", type=Path, required=True, help="the envelope's JSON text")
    parser.add_argument("--budget", type=float, default=0.1, help="seconds per case per round")
    args = parser.parse_args(argv)

    try:
        schemas = importlib.import_module("py_ocpi.modules.locations.v_2_2_1.schemas")
        core = importlib.import_module("py_ocpi.core.schemas")
        status = importlib.import_module("py_ocpi.core.status")
        location_type: Any = schemas.Location
        envelope_type: Any = core.OCPIResponse
        success: dict[str, Any] = status.OCPI_1000_GENERIC_SUCESS_CODE

        text = args.page.read_text(encoding="utf-8")
        timestamp = json.loads(text)["timestamp"]

        def decode() -> list[Any]:
            envelope = envelope_type(**json.loads(text))
            return [location_type(**item) for item in envelope.data]

        locations = decode()

        def encode() -> str:
            reply = envelope_type(
                data=[location.dict() for location in locations], **success, timestamp=timestamp
            )
            encoded: str = reply.json()
            return encoded

        checks = _checks(json.loads(text)["data"], locations, encode(), timestamp)
        cases: dict[str, Callable[[int], float]] = {
            "decode": timeit.Timer(decode).timeit,
            "encode": timeit.Timer(encode).timeit,
        }
        loops = {name: _loops_for(timer, args.budget) for name, timer in cases.items()}
    except Exception as error:  # reported to bench_ocpi.py, which says why it has no figures
        _emit({"error": f"{type(error).__name__}: {error}"})
        return 1

    _emit(
        {
            "ready": {
                "python": platform.python_version(),
                "extrawest-ocpi": version("extrawest-ocpi"),
                "pydantic": version("pydantic"),
                "checks": checks,
                "loops": loops,
            }
        }
    )
    for line in sys.stdin:
        command = line.strip()
        if command == "quit":
            break
        if command == "round":
            _emit({"round": {name: cases[name](n) / n * 1e6 for name, n in loops.items()}})
        else:
            _emit({"error": f"unknown command {command!r}"})
    return 0


if __name__ == "__main__":
    sys.exit(main())
