"""OCPI codec benchmark: a page of OCPI 2.2.1 Locations, three libraries, one run.

Run from anywhere: ``python bench/bench_ocpi.py`` (``--help`` for options). Needs ocpkit and
``msgspec``; PyPI ``extrawest-ocpi`` (pydantic 1) gets a virtual environment of its own under
``.bench-cache/`` and runs in a second process (``ocpi_extrawest_runner.py``), steered round by
round. See ``bench/README.md`` for what is measured. The script verifies first that every
Location of the page is valid and that the codecs agree (exit status 2 if not); the targets
never change the exit status, and a library that cannot be had is reported as not measured.
"""

import argparse
import copy
import hashlib
import importlib
import json
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import timeit
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import ModuleType
from typing import Any, Final

import orjson
from pydantic import BaseModel, ConfigDict, TypeAdapter

from ocpkit._ocpi_wire import dumps_wire, wire_value
from ocpkit.ocpi import v221
from ocpkit.ocpi.envelope import read_page, success

ROOT: Final = Path(__file__).resolve().parent.parent
BENCH: Final = Path(__file__).resolve().parent

# The pinned reference and where its environment lives (ignored by git, like the load bench's).
EXTRAWEST: Final = "extrawest-ocpi==2025.7.16"
EXTRAWEST_VENV: Final = ROOT / ".bench-cache" / "extrawest-ocpi"
EXTRAWEST_RUNNER: Final = BENCH / "ocpi_extrawest_runner.py"
INSTALL_TIMEOUT_S: Final = 600

VS_EXTRAWEST: Final = 1.0  # extrawest / ocpkit decode, more than
VS_MSGSPEC: Final = 6.0  # ocpkit / msgspec, at most (decode and encode)
LENIENT_OVER_STRICT: Final = 1.3  # read_page / one-call strict decode, at most
IMPORT_MS: Final = 150.0  # import ocpkit.ocpi.v221, at most

SEED: Final = 221
TIMESTAMP: Final = "2024-06-01T12:00:00Z"  # the envelope's
NOW: Final = datetime(2024, 6, 1, 12, tzinfo=UTC)


# --- the page --------------------------------------------------------------------------------

# Official 2.2.1 examples the Locations are built from (whole Locations, and fragments).
LOCATION_EXAMPLES: Final = (
    "location_example_uc2_destination_charger.json",
    "location_example_uc3_destination_charger_not_published.json",
    "location_example_uc4_limited_visibility.json",
    "location_example_uc5_home_charge_point.json",
)
HOURS_EXAMPLES: Final = (
    "location_hours_opening_hours_with_exceptional_closing.json",
    "location_regularhours_example.json",  # {"opening_times": {...}}
)
ENERGY_MIX_EXAMPLE: Final = "location_energymix_example_complete.json"  # {"energy_mix": {...}}

# (standard, format, power_type, max_voltage, max_amperage, max_electric_power)
CONNECTOR_KINDS: Final = (
    ("IEC_62196_T2", "SOCKET", "AC_3_PHASE", 230, 16, 11000),
    ("IEC_62196_T2", "SOCKET", "AC_3_PHASE", 230, 32, 22000),
    ("IEC_62196_T2", "CABLE", "AC_1_PHASE", 230, 32, 7400),
    ("IEC_62196_T2_COMBO", "CABLE", "DC", 920, 500, 350000),
    ("CHADEMO", "CABLE", "DC", 500, 125, 50000),
)
EVSE_STATUSES: Final = ("AVAILABLE",) * 6 + ("CHARGING",) * 3 + ("OUTOFORDER", "BLOCKED")
CAPABILITIES: Final = (
    "CHARGING_PROFILE_CAPABLE",
    "CREDIT_CARD_PAYABLE",
    "CONTACTLESS_CARD_SUPPORT",
    "REMOTE_START_STOP_CAPABLE",
    "RESERVABLE",
    "RFID_READER",
    "UNLOCK_CAPABLE",
)
FACILITIES: Final = ("HOTEL", "RESTAURANT", "CAFE", "MALL", "SUPERMARKET", "WIFI", "PARKING_LOT")
OPERATORS: Final = ("Allego", "Fastned", "Vattenfall InCharge", "Shell Recharge", "EnBW")


def examples_dir() -> Path:
    """``<shared>/ocpi-examples/2.2.1``, the shared folder found as the codegen finds it."""
    sys.path.insert(0, str(ROOT))
    try:
        from codegen.paths import shared_dir
    finally:
        sys.path.remove(str(ROOT))
    return shared_dir() / "ocpi-examples" / "2.2.1"


def _example(folder: Path, name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((folder / name).read_bytes())
    return data


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _ocpi_time(rng: random.Random, base: str) -> str:
    when = datetime.fromisoformat(base) + timedelta(seconds=rng.randrange(3 * 365 * 86400))
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


def _connector(
    rng: random.Random, template: dict[str, Any], index: int, party: str, updated: str, vary: bool
) -> dict[str, Any]:
    connector = copy.deepcopy(template)
    if vary:
        standard, format_, power_type, volts, amps, watts = rng.choice(CONNECTOR_KINDS)
        connector.update(
            standard=standard,
            format=format_,
            power_type=power_type,
            max_voltage=volts,
            max_amperage=amps,
            max_electric_power=watts,
        )
    connector["id"] = str(index + 1)
    connector["tariff_ids"] = [f"{party}-{connector['power_type'][:2]}-{rng.randrange(1, 40)}"]
    connector["terms_and_conditions"] = f"https://www.{party.lower()}.example/terms"
    connector["last_updated"] = updated
    return connector


def _evse(
    rng: random.Random, template: dict[str, Any], location: dict[str, Any], index: int
) -> dict[str, Any]:
    evse = copy.deepcopy(template)
    party, updated = location["party_id"], _ocpi_time(rng, location["last_updated"][:19])
    evse["uid"] = _uuid(rng)
    serial = rng.randrange(10**9)
    evse["evse_id"] = f"{location['country_code']}*{party}*E{serial:09d}"
    evse["status"] = rng.choice(EVSE_STATUSES)
    evse["capabilities"] = rng.sample(CAPABILITIES, rng.randint(1, 4))
    first = template["connectors"][0]
    # The first connector of a Location is the example's own; the others vary.
    evse["connectors"] = [
        _connector(rng, first, i, party, updated, vary=bool(index or i))
        for i in range(rng.choice((1, 1, 2, 2)))
    ]
    evse["floor_level"] = rng.choice(("-1", "0", "1", "2"))
    evse["physical_reference"] = str(rng.randrange(1, 99))
    evse["last_updated"] = updated
    return evse


def build_locations(count: int, seed: int, folder: Path) -> list[dict[str, Any]]:
    """``count`` OCPI 2.2.1 Locations as JSON data: the official examples with new ids, new
    coordinates and 1-3 EVSEs of 1-2 connectors each, opening hours and energy mixes from the
    official fragments. The same ``seed`` always gives the same Locations."""
    rng = random.Random(seed)
    bases = [_example(folder, name) for name in LOCATION_EXAMPLES]
    hours = [_example(folder, HOURS_EXAMPLES[0]), _example(folder, HOURS_EXAMPLES[1])]
    hours[1] = hours[1]["opening_times"]
    # extrawest-ocpi models environ_impact as one object, not a list: left out, so that the
    # page is valid for all three codecs.
    energy_mix = _example(folder, ENERGY_MIX_EXAMPLE)["energy_mix"]
    energy_mix.pop("environ_impact", None)
    locations = []
    for index in range(count):
        base = bases[index % len(bases)]
        location = copy.deepcopy(base)
        location["id"] = _uuid(rng)
        if "name" in location:
            location["name"] = f"{base['name']} {index + 1}"
        location["address"] = re.sub(r"\d+\w*$", str(rng.randrange(1, 300)), base["address"])
        coordinates = base["coordinates"]
        location["coordinates"] = {
            "latitude": f"{float(coordinates['latitude']) + rng.uniform(-0.5, 0.5):.6f}",
            "longitude": f"{float(coordinates['longitude']) + rng.uniform(-0.5, 0.5):.6f}",
        }
        location["last_updated"] = _ocpi_time(rng, base["last_updated"][:19])
        template = base["evses"][0]
        location["evses"] = [_evse(rng, template, location, i) for i in range(rng.randint(1, 3))]
        location["directions"] = [
            {
                "language": "en",
                "text": f"Entrance on the {rng.choice(('left', 'right'))}, "
                f"level {rng.randrange(-2, 3)}, follow the green signs to the chargers",
            }
        ]
        operator = rng.choice(OPERATORS)
        site = f"https://www.{operator.split()[0].lower()}.example"
        location["operator"] = {
            "name": operator,
            "website": site,
            "logo": {
                "url": f"{site}/logo.png",
                "category": "OPERATOR",
                "type": "png",
                "width": 512,
                "height": 512,
            },
        }
        location["facilities"] = rng.sample(FACILITIES, rng.randint(1, 3))
        location["opening_times"] = copy.deepcopy(rng.choice([{"twentyfourseven": True}, *hours]))
        location["charging_when_closed"] = rng.random() < 0.5
        if rng.random() < 0.5:
            location["energy_mix"] = copy.deepcopy(energy_mix)
        locations.append(location)
    return locations


# Ways to break one Location, turn by turn in the page with 1% invalid items.
BREAKAGES: Final[tuple[tuple[str, Callable[[dict[str, Any]], None]], ...]] = (
    ("EVSE status outside the enumeration", lambda loc: loc["evses"][0].update(status="BROKEN")),
    (
        "connector max_voltage as a string",
        lambda loc: loc["evses"][0]["connectors"][0].update(max_voltage="230"),
    ),
    ("last_updated missing", lambda loc: loc.pop("last_updated")),
    ("EVSE without connectors", lambda loc: loc["evses"][0].update(connectors=[])),
)


def break_some(
    locations: list[dict[str, Any]], seed: int
) -> tuple[list[dict[str, Any]], tuple[int, ...]]:
    """A copy of ``locations`` with 1% of them (at least one) broken, and their indexes."""
    rng = random.Random(seed + 1)
    indexes = tuple(sorted(rng.sample(range(len(locations)), max(1, len(locations) // 100))))
    broken = copy.deepcopy(locations)
    for turn, index in enumerate(indexes):
        BREAKAGES[turn % len(BREAKAGES)][1](broken[index])
    return broken, indexes


def envelope_text(locations: list[dict[str, Any]]) -> bytes:
    """The reply to ``GET /locations``: the envelope's JSON text (bytes, as HTTP delivers it)."""
    return orjson.dumps({"data": locations, "status_code": 1000, "timestamp": TIMESTAMP})


@dataclass(frozen=True)
class Page:
    """The benchmark's input: the Locations, the envelope's text, and the same with 1% broken."""

    locations: list[dict[str, Any]]
    text: bytes
    invalid_text: bytes
    invalid_indexes: tuple[int, ...]

    @classmethod
    def build(cls, count: int, seed: int, folder: Path) -> "Page":
        locations = build_locations(count, seed, folder)
        broken, indexes = break_some(locations, seed)
        return cls(locations, envelope_text(locations), envelope_text(broken), indexes)

    def describe(self) -> str:
        evses = [e for loc in self.locations for e in loc["evses"]]
        connectors = sum(len(e["connectors"]) for e in evses)
        per_location = len(self.text) / len(self.locations)
        return (
            f"{len(self.locations)} Locations, {len(evses)} EVSEs, {connectors} connectors, "
            f"{len(self.text):,} bytes ({per_location:,.0f} per Location); sha256 "
            f"{hashlib.sha256(self.text).hexdigest()[:12]}; the 1% page breaks "
            f"{len(self.invalid_indexes)} at {list(self.invalid_indexes)}"
        )


# --- ocpkit ----------------------------------------------------------------------------------


class StrictLocationPage(BaseModel):
    """The plain strict decode: the envelope with ``data: list[Location]``, validated by one
    pydantic call and refused whole if any item is broken."""

    model_config = ConfigDict(strict=True)

    data: list[v221.Location]
    status_code: int
    status_message: str | None = None
    timestamp: datetime


STRICT_PAGE: Final = TypeAdapter(StrictLocationPage)


def ocpkit_decode(text: bytes) -> tuple[v221.Location, ...]:
    """The public path: ``read_page`` (lenient: broken items are set aside, never fail it)."""
    return read_page(v221.Location, text).data.items  # type: ignore[union-attr]


def ocpkit_encode(items: tuple[v221.Location, ...]) -> bytes:
    """The reply to ``GET /locations``: ``success(items, now=...).to_json()``."""
    return success(items, now=NOW).to_json()


# --- msgspec ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Msgspec:
    """msgspec and the hand-written models (``ocpi_msgspec_models.py``), if installed."""

    module: ModuleType
    decoder: Any  # msgspec.json.Decoder[LocationPage]
    encoder: Any  # msgspec.json.Encoder
    page_type: Any

    @classmethod
    def load(cls) -> "Msgspec | str":
        """The codec, or why it cannot be had."""
        try:
            module = importlib.import_module("msgspec")
            models = importlib.import_module("ocpi_msgspec_models")
        except ImportError as error:
            return f"not installed ({error})"
        page_type = models.LocationPage
        return cls(module, module.json.Decoder(page_type), module.json.Encoder(), page_type)

    def decode(self, text: bytes) -> Any:
        return self.decoder.decode(text)

    def encode(self, page: Any) -> bytes:
        encoded: bytes = self.encoder.encode(page)
        return encoded


# --- extrawest-ocpi, in its own process ------------------------------------------------------


def _venv_python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def _child_env() -> dict[str, str]:
    """Our environment without what would point the child at our packages."""
    dropped = {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "PYTHONSTARTUP"}
    return {k: v for k, v in os.environ.items() if k not in dropped}


def extrawest_python(venv: Path, install: bool) -> Path | str:
    """The interpreter of extrawest-ocpi's environment at ``venv`` (created once, again when
    the pin changes), or why there is none."""
    marker = venv / "ocpkit-bench-requirement.txt"
    python = _venv_python(venv)
    if python.exists() and marker.exists() and marker.read_text().strip() == EXTRAWEST:
        return python
    if not install:
        return f"its environment ({venv}) is not there; run without --no-install"
    print(f"creating {venv} for {EXTRAWEST} (once)...", flush=True)
    shutil.rmtree(venv, ignore_errors=True)
    steps = (
        [sys.executable, "-m", "venv", str(venv)],
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", EXTRAWEST],
    )
    for step in steps:
        try:
            done = subprocess.run(
                step,
                capture_output=True,
                text=True,
                timeout=INSTALL_TIMEOUT_S,
                env=_child_env(),
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as error:
            return f"`{' '.join(step[1:4])}` failed: {error}"
        if done.returncode:
            tail = [line for line in done.stderr.splitlines() if "is ignored" not in line][-3:]
            return f"`{' '.join(step[1:4])} ...` failed: " + " | ".join(tail)
    marker.write_text(EXTRAWEST + "\n")
    return python


@dataclass
class Extrawest:
    """The runner process in extrawest-ocpi's environment, steered one round at a time."""

    process: subprocess.Popen[str]
    ready: dict[str, Any]
    stderr: Path

    @classmethod
    def start(cls, python: Path, page: Path, budget: float, workdir: Path) -> "Extrawest | str":
        """Start the runner on ``page``; it checks the page and calibrates before answering."""
        stderr = workdir / "runner-stderr.txt"
        command = [str(python), str(EXTRAWEST_RUNNER), "--page", str(page), "--budget", str(budget)]
        try:
            with stderr.open("w", encoding="utf-8") as sink:
                process = subprocess.Popen(
                    command,
                    stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE,
                    stderr=sink,
                    text=True,
                    cwd=workdir,  # its settings read a .env file from the working directory
                    env=_child_env(),
                )
        except OSError as error:
            return f"its runner could not start: {error}"
        runner = cls(process, {}, stderr)
        message = runner._receive()
        if "ready" not in message:
            runner.close()
            return f"its runner failed: {message.get('error', message)}"
        runner.ready = message["ready"]
        return runner

    def _receive(self) -> dict[str, Any]:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line:
            self.process.wait()
            last = self.stderr.read_text(encoding="utf-8").strip().splitlines()[-1:]
            return {"error": f"exit status {self.process.returncode}: {' '.join(last)}"}
        try:
            message: dict[str, Any] = json.loads(line)
        except ValueError:
            return {"error": f"unreadable answer {line[:80]!r}"}
        return message

    def round(self) -> dict[str, float]:
        """One round of every case; µs per page by case."""
        assert self.process.stdin is not None
        self.process.stdin.write("round\n")
        self.process.stdin.flush()
        message = self._receive()
        if "round" not in message:
            raise RuntimeError(f"extrawest-ocpi runner: {message.get('error', message)}")
        timings: dict[str, float] = message["round"]
        return timings

    def close(self) -> None:
        if self.process.poll() is None:
            assert self.process.stdin is not None
            try:
                self.process.stdin.write("quit\n")
                self.process.stdin.close()
                self.process.wait(timeout=10)
            except (OSError, subprocess.TimeoutExpired):
                self.process.kill()
                self.process.wait()


# --- verification ----------------------------------------------------------------------------

_DATE_TIME: Final = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)?")


def _same_json(value: Any) -> Any:
    """A JSON value with date-times as instants (``...11Z`` == ``...11.000Z``)."""
    if isinstance(value, dict):
        return {k: _same_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_same_json(v) for v in value]
    if isinstance(value, str) and _DATE_TIME.fullmatch(value):
        parsed = datetime.fromisoformat(value)
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    return value


def verify(page: Page, codec: "Msgspec | str") -> None:
    """Every Location valid for ocpkit with ``strict=True``; the lenient, strict and msgspec
    decodes give the page's values; both encodes give the page back. AssertionError if not."""
    count = len(page.locations)
    strict = read_page(v221.Location, page.text, strict=True).data
    if strict is None or len(strict.items) != count or strict.invalid:
        raise AssertionError("a Location of the page is not valid with strict=True")
    lenient = ocpkit_decode(page.text)
    if lenient != strict.items or tuple(STRICT_PAGE.validate_json(page.text).data) != lenient:
        raise AssertionError("read_page and the strict decode disagree")
    broken = read_page(v221.Location, page.invalid_text).data
    assert broken is not None
    if tuple(i.index for i in broken.invalid) != page.invalid_indexes or len(broken) != count:
        raise AssertionError("read_page did not set aside exactly the broken Locations")
    original = _same_json(orjson.loads(page.text))
    if _same_json(orjson.loads(ocpkit_encode(lenient))) != original:
        raise AssertionError("ocpkit's encoded page differs from the original")
    if isinstance(codec, Msgspec):
        decoded = codec.decode(page.text)
        wire = [_same_json(codec.module.to_builtins(item)) for item in decoded.data]
        if wire != [_same_json(item.to_wire()) for item in lenient]:
            raise AssertionError("msgspec and ocpkit decode different values")
        if _same_json(orjson.loads(codec.encode(decoded))) != original:
            raise AssertionError("msgspec's encoded page differs from the original")


# --- timing ----------------------------------------------------------------------------------

Timer = Callable[[int], float]  # number of calls -> seconds they took


@dataclass(frozen=True)
class Case:
    key: tuple[str, str]  # (operation, library)
    timer: Timer


def _case(key: tuple[str, str], run: Callable[[], object]) -> Case:
    """A case timed like ``timeit`` (a loop of calls, garbage collector off)."""
    return Case(key, timeit.Timer(run).timeit)


def cases(page: Page, codec: "Msgspec | str") -> list[Case]:
    text, invalid = page.text, page.invalid_text
    items = ocpkit_decode(text)
    data_array = orjson.dumps(orjson.loads(text)["data"])
    list_adapter = TypeAdapter(list[v221.Location])
    wire = wire_value(items)
    found = [
        _case(("decode", "ocpkit"), lambda: ocpkit_decode(text)),
        _case(("decode-strict", "ocpkit"), lambda: STRICT_PAGE.validate_json(text)),
        _case(("decode-1%-invalid", "ocpkit"), lambda: ocpkit_decode(invalid)),
        _case(("encode", "ocpkit"), lambda: ocpkit_encode(items)),
        # where ocpkit's time goes
        _case(("orjson.loads(page)", "part"), lambda: orjson.loads(text)),
        _case(
            ("list[Location] validate_json(data)", "part"),
            lambda: list_adapter.validate_json(data_array),
        ),
        _case(("wire dicts (wire_value)", "part"), lambda: wire_value(items)),
        _case(("orjson.dumps of those dicts", "part"), lambda: dumps_wire(wire)),
        _case(
            ("pydantic dump_json (replaced)", "part"),
            lambda: list_adapter.dump_json(list(items), exclude_none=True, warnings=False),
        ),
    ]
    if isinstance(codec, Msgspec):
        decoded = codec.decode(text)
        found += [
            _case(("decode", "msgspec"), lambda: codec.decode(text)),
            _case(("encode", "msgspec"), lambda: codec.encode(decoded)),
        ]
    return found


@dataclass(frozen=True)
class Timing:
    """Best and median of the samples (µs per call; ms for the import probes)."""

    best: float
    median: float


def _loops_for(timer: Timer, budget_s: float) -> int:
    """How many calls take about ``budget_s`` (the first, short runs warm up)."""
    number = 1
    while True:
        elapsed = timer(number)
        if elapsed >= budget_s / 4:
            return max(1, int(number * budget_s / elapsed))
        number *= 4


def measure(
    local: list[Case], remote: Extrawest | None, rounds: int, budget_s: float
) -> tuple[dict[tuple[str, str], Timing], str | None]:
    """µs per call of every case: ``rounds`` interleaved rounds of ``budget_s`` each, and why
    the extrawest runner stopped answering, if it did (its figures are then left out).

    Within a round the local cases run in turn, then the extrawest runner runs its round, so
    load from other processes on the machine hits all of them alike; the order of the local
    cases turns by one each round, so that none always runs first (after the other process).
    The best round is the figure (the least disturbed), the median is shown beside it.
    """
    calibrated = [(case, _loops_for(case.timer, budget_s)) for case in local]
    samples: dict[tuple[str, str], list[float]] = {case.key: [] for case in local}
    failure = None
    for round_ in range(rounds):
        turn = round_ % len(calibrated)
        for case, number in calibrated[turn:] + calibrated[:turn]:
            samples[case.key].append(case.timer(number) / number * 1e6)
        if remote is not None:
            try:
                remote_round = remote.round()
            except RuntimeError as error:
                failure, remote = str(error), None
                samples = {k: v for k, v in samples.items() if k[1] != "extrawest"}
                continue
            for op, micros in remote_round.items():
                samples.setdefault((op, "extrawest"), []).append(micros)
    timings = {key: Timing(min(s), statistics.median(s)) for key, s in samples.items()}
    return timings, failure


# --- import time -----------------------------------------------------------------------------

_IMPORT_PROBE: Final = """
import time
start = time.perf_counter()
{statement}
{after}
print(time.perf_counter() - start)
"""


def _import_ms(code: str, env: Mapping[str, str] | None) -> float:
    """Wall time (ms) that ``code`` (an ``_IMPORT_PROBE``) reports from a fresh interpreter."""
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env=None if env is None else dict(env),
    )
    return float(result.stdout.strip()) * 1e3


def import_times(
    probes: Mapping[str, tuple[str, str]], env: Mapping[str, str] | None, repeat: int
) -> dict[str, Timing]:
    """Best and median ms of each probe (statement, then code after it) in fresh interpreters,
    ``repeat`` interleaved rounds after one uncounted round that fills the bytecode cache."""
    codes = {
        label: _IMPORT_PROBE.format(statement=statement, after=after)
        for label, (statement, after) in probes.items()
    }
    samples: dict[str, list[float]] = {label: [] for label in codes}
    for round_ in range(repeat + 1):
        for label, code in codes.items():
            elapsed = _import_ms(code, env)
            if round_:
                samples[label].append(elapsed)
    return {label: Timing(min(s), statistics.median(s)) for label, s in samples.items()}


IMPORT_TARGET_PROBE: Final = "import ocpkit.ocpi.v221"


def import_probes(one_location: bytes, repeat: int) -> tuple[list[str], dict[str, Any]]:
    """The import-time lines and figures."""
    probes = {
        IMPORT_TARGET_PROBE: ("import ocpkit.ocpi.v221", ""),
        "from ocpkit.ocpi.v221 import Location": ("from ocpkit.ocpi.v221 import Location", ""),
        "  + first Location.from_json (model build)": (
            "from ocpkit.ocpi.v221 import Location",
            f"Location.from_json({one_location!r})",
        ),
        "import pydantic (the floor)": ("import pydantic; import pydantic.fields", ""),
    }
    lines = [
        f"import time (fresh interpreter, perf_counter around the statement, best of {repeat}):"
    ]
    with tempfile.TemporaryDirectory(prefix="ocpkit-bench-pyc-") as cache:
        # Bytecode cached, as after a wheel install; kept out of the source tree.
        cached = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        cached["PYTHONPYCACHEPREFIX"] = cache
        timings = import_times(probes, cached, repeat)
    lines.append("  with bytecode cached (as installed from a wheel):")
    for label, timing in timings.items():
        lines.append(f"    {label:<44} {timing.best:6.1f} ms (median {timing.median:6.1f})")
    results: dict[str, Any] = {"cached": {k: vars(t) for k, t in timings.items()}}
    if os.environ.get("PYTHONDONTWRITEBYTECODE"):
        lines.append(
            "  as this environment runs it (PYTHONDONTWRITEBYTECODE set: an editable install's"
            " sources are compiled at every start):"
        )
        uncached = import_times({k: probes[k] for k in list(probes)[:1]}, None, repeat)
        for label, timing in uncached.items():
            lines.append(f"    {label:<44} {timing.best:6.1f} ms (median {timing.median:6.1f})")
        results["no_bytecode_cache"] = {k: vars(t) for k, t in uncached.items()}
    return lines, results


# --- report ----------------------------------------------------------------------------------


def _cell(timing: "Timing | None", width: int, digits: int) -> str:
    return f"{'-':>{width}}" if timing is None else f"{timing.best:>{width}.{digits}f}"


def _verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"


@dataclass
class Report:
    """The table, the target lines and the same figures as JSON data."""

    timings: dict[tuple[str, str], Timing]
    count: int
    not_measured: dict[str, str]
    targets: list[str] = field(default_factory=list)
    records: dict[str, Any] = field(default_factory=dict)

    def per_location(self, op: str, library: str) -> Timing | None:
        timing = self.timings.get((op, library))
        if timing is None:
            return None
        return Timing(timing.best / self.count, timing.median / self.count)

    def table(self) -> list[str]:
        rows = (
            ("decode", "decode (read_page, lenient)"),
            ("decode-strict", "decode (strict, one TypeAdapter call)"),
            ("decode-1%-invalid", "decode, 1% invalid (read_page)"),
            ("encode", "encode (success(...).to_json())"),
        )
        header = (
            f"{'µs per Location':<38} {'ocpkit':>8} {'extrawest':>10} {'msgspec':>8}  "
            f"{'extrawest/ocpkit':>16}  {'ocpkit/msgspec':>14}"
        )
        lines = [header, "-" * len(header)]
        for op, label in rows:
            ours = self.per_location(op, "ocpkit")
            compared = op in ("decode", "encode")
            theirs = self.per_location(op, "extrawest") if compared else None
            limit = self.per_location(op, "msgspec") if compared else None
            vs_theirs = f"{theirs.best / ours.best:.1f}x" if ours and theirs else "-"
            vs_limit = f"{ours.best / limit.best:.1f}x" if ours and limit else "-"
            lines.append(
                f"{label:<38} {_cell(ours, 8, 1)} {_cell(theirs, 10, 1)} {_cell(limit, 8, 2)}  "
                f"{vs_theirs:>16}  {vs_limit:>14}"
            )
        lines.append("")
        lines.append("medians (µs per Location):")
        for key in sorted(self.timings):
            if key[1] != "part":
                timing = self.per_location(*key)
                assert timing is not None
                lines.append(f"  {key[1]:<10} {key[0]:<18} {timing.median:8.2f}")
        lines.append("parts of ocpkit's time (best µs per Location):")
        for key in self.timings:
            if key[1] == "part":
                timing = self.per_location(*key)
                assert timing is not None
                lines.append(f"  {key[0]:<38} {timing.best:8.2f}")
        return lines

    def check_targets(self) -> None:
        decode = self.per_location("decode", "ocpkit")
        encode = self.per_location("encode", "ocpkit")
        strict = self.per_location("decode-strict", "ocpkit")
        assert decode is not None
        assert encode is not None
        assert strict is not None
        theirs = self.per_location("decode", "extrawest")
        if theirs:
            ratio = theirs.best / decode.best
            self._target(
                "ocpkit decode faster than extrawest-ocpi",
                f"extrawest/ocpkit {ratio:5.1f}x",
                ratio > VS_EXTRAWEST,
                f"> {VS_EXTRAWEST:.0f}x",
            )
        else:
            self._unmeasured("ocpkit decode faster than extrawest-ocpi", "extrawest")
        for op, ours in (("decode", decode), ("encode", encode)):
            limit = self.per_location(op, "msgspec")
            name = f"ocpkit {op} within {VS_MSGSPEC:.0f}x of msgspec"
            if limit:
                ratio = ours.best / limit.best
                ok = ratio <= VS_MSGSPEC
                self._target(name, f"ocpkit/msgspec {ratio:5.1f}x", ok, f"<= {VS_MSGSPEC:.0f}x")
            else:
                self._unmeasured(name, "msgspec")
        ratio = decode.best / strict.best
        self._target(
            "lenient read_page vs strict decode",
            f"lenient/strict {ratio:5.2f}x",
            ratio <= LENIENT_OVER_STRICT,
            f"<= {LENIENT_OVER_STRICT}x",
        )

    def check_import(self, best_ms: float) -> None:
        self._target(
            IMPORT_TARGET_PROBE,
            f"{best_ms:6.1f} ms",
            best_ms <= IMPORT_MS,
            f"<= {IMPORT_MS:.0f} ms",
        )

    def _target(self, name: str, figure: str, ok: bool, target: str) -> None:
        self.targets.append(f"  {_verdict(ok)}  {name:<42} {figure:<24} (target {target})")
        self.records.setdefault("targets", {})[name] = {"figure": figure, "pass": ok}

    def _unmeasured(self, name: str, library: str) -> None:
        why = self.not_measured.get(library, "not measured")
        self.targets.append(f"  ----  {name:<42} not measured: {why}")
        self.records.setdefault("targets", {})[name] = {"figure": None, "pass": None}


# --- main ------------------------------------------------------------------------------------


def start_extrawest(
    venv: Path, install: bool, page: Page, budget: float, workdir: Path
) -> Extrawest | str:
    """The extrawest-ocpi runner, checked and calibrated on ``page``, or why there is none."""
    python = extrawest_python(venv, install)
    if isinstance(python, str):
        return python
    page_file = workdir / "page.json"
    page_file.write_bytes(page.text)
    runner = Extrawest.start(python, page_file, budget, workdir)
    if isinstance(runner, str):
        return runner
    ready, checks = runner.ready, runner.ready["checks"]
    print(
        f"extrawest-ocpi {ready['extrawest-ocpi']} (pydantic {ready['pydantic']}, python "
        f"{ready['python']}, own environment) decoded all {checks['locations']} Locations; "
        f"its encoding writes absent fields as null: {checks['writes_null_for_absent_fields']},"
        f" rewrites CiString case: {checks['rewrites_cistring_case']}"
    )
    return runner


def _version(distribution: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(distribution)
    except PackageNotFoundError:
        return "(not installed)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--locations", type=int, default=200, help="Locations per page (200)")
    parser.add_argument("--seed", type=int, default=SEED, help=f"page seed ({SEED})")
    parser.add_argument("--rounds", type=int, default=25, help="interleaved rounds (25)")
    parser.add_argument(
        "--budget", type=float, default=0.1, help="seconds per case per round (0.1)"
    )
    parser.add_argument(
        "--quick", action="store_true", help="3 short rounds, 1 import round: a smoke run"
    )
    parser.add_argument(
        "--no-install",
        action="store_true",
        help="measure extrawest-ocpi only if its environment is already there",
    )
    parser.add_argument("--no-extrawest", action="store_true", help="leave extrawest-ocpi out")
    parser.add_argument(
        "--extrawest-venv",
        type=Path,
        default=EXTRAWEST_VENV,
        help="extrawest-ocpi's virtual environment (default .bench-cache/extrawest-ocpi)",
    )
    parser.add_argument("--no-import", action="store_true", help="skip the import-time probes")
    parser.add_argument("--json", type=Path, help="also write the results to this JSON file")
    args = parser.parse_args(argv)
    if args.locations < 1:
        parser.error("--locations must be at least 1")
    rounds = 3 if args.quick else args.rounds
    budget = 0.02 if args.quick else args.budget
    import_repeat = 1 if args.quick else 5

    folder = examples_dir()
    if not all((folder / name).is_file() for name in LOCATION_EXAMPLES):
        print(
            f"no OCPI 2.2.1 examples at {folder} (set OCPKIT_SHARED to the folder holding "
            "ocpi-examples/)",
            file=sys.stderr,
        )
        return 2
    page = Page.build(args.locations, args.seed, folder)
    codec = Msgspec.load()
    not_measured: dict[str, str] = {}
    if isinstance(codec, str):
        not_measured["msgspec"] = codec
    print(
        f"python {platform.python_version()} | ocpkit {_version('ocpkit')}"
        f" | pydantic {_version('pydantic')} | msgspec {_version('msgspec')}"
        f" | orjson {orjson.__version__} | {EXTRAWEST} (pinned, own environment)"
    )
    print(f"page: {page.describe()}")
    try:
        verify(page, codec)
    except AssertionError as error:
        print(f"verification failed, not timing: {error}", file=sys.stderr)
        return 2
    print(
        "verified: every Location valid with strict=True; the "
        + ("lenient, strict and msgspec" if isinstance(codec, Msgspec) else "lenient and strict")
        + " decodes agree; the encoded pages equal the original"
    )

    with tempfile.TemporaryDirectory(prefix="ocpkit-bench-ocpi-") as work:
        runner = None
        if args.no_extrawest:
            not_measured["extrawest"] = "left out (--no-extrawest)"
        else:
            started = start_extrawest(
                args.extrawest_venv, not args.no_install, page, budget, Path(work)
            )
            if isinstance(started, str):
                not_measured["extrawest"] = started
            else:
                runner = started
        for library, why in not_measured.items():
            print(f"{library}: not measured: {why}")
        print(f"timing: {rounds} interleaved rounds x {budget}s per case, best round shown\n")
        try:
            timings, failure = measure(cases(page, codec), runner, rounds, budget)
        finally:
            if runner is not None:
                runner.close()
        if failure:
            print(f"extrawest: not measured: {failure}")
            not_measured["extrawest"] = failure

    report = Report(timings, len(page.locations), not_measured)
    print("\n".join(report.table()))
    report.check_targets()
    results: dict[str, Any] = {
        "page": page.describe(),
        "versions": {
            "pydantic": _version("pydantic"),
            "msgspec": _version("msgspec"),
            "extrawest-ocpi": runner.ready["extrawest-ocpi"] if runner and not failure else None,
        },
        "us_per_location": {
            f"{op} {library}": vars(report.per_location(op, library)) for op, library in timings
        },
        "not_measured": not_measured,
    }
    if not args.no_import:
        one = orjson.dumps(page.locations[0])
        lines, results["import_ms"] = import_probes(one, import_repeat)
        print()
        print("\n".join(lines))
        report.check_import(results["import_ms"]["cached"][IMPORT_TARGET_PROBE]["best"])
    print("\ntargets:")
    print("\n".join(report.targets))
    results["targets"] = report.records.get("targets", {})
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
