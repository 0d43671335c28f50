"""Codec benchmark: OCPP-J CALL frame <-> validated typed message, three libraries, one run.

Run from anywhere: ``python bench/bench_codec.py`` (``--help`` for options). Needs ocpkit,
``ocpp==2.1.0`` (PyPI) and ``msgspec`` installed. See ``bench/README.md`` for what is measured
and how to read the ratios. The script verifies first that the three codecs agree on both frames
(and exits 2 if they do not); the targets themselves never change the exit status.
"""

import argparse
import asyncio
import gc
import inspect
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
import timeit
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, is_dataclass
from datetime import datetime
from enum import Enum
from pathlib import Path
from types import ModuleType
from typing import Any, Final, Union, get_args, get_origin, get_type_hints

import msgspec
import msgspec_models
import ocpp
import ocpp.charge_point as ocpp_charge_point
import ocpp.messages as ocpp_messages
import ocpp.v16.call
import ocpp.v16.datatypes
import ocpp.v201.call
import orjson
from frames import FRAMES, Frame

from ocpkit._base import OcppModel
from ocpkit.ocpp import v16, v201
from ocpkit.ocpp.frames import Call, encode_call, parse_frame, split_frame
from ocpkit.ocpp.registry import ActionRegistry
from ocpkit.ocpp.validation import decode_strict

ROOT: Final = Path(__file__).resolve().parent.parent

DECODE_VS_OCPP: Final = 50.0  # ocpp / ocpkit, at least
ENCODE_VS_OCPP: Final = 30.0  # ocpp / ocpkit, at least
VS_MSGSPEC: Final = 8.0  # ocpkit / msgspec, at most
IMPORT_MS: Final = 150.0  # import ocpkit.ocpp.v201, at most


# --- ocpkit: what the RPC layer does ---------------------------------------------------------


def ocpkit_decode(frame: str, registry: ActionRegistry) -> tuple[str, OcppModel]:
    """Frame text -> (message id, validated message) through the general path:
    ``parse_frame`` (orjson) reads the frame, the payload is re-encoded for its validator."""
    call = parse_frame(frame, registry.version)
    assert isinstance(call, Call)
    model = registry[call.action].request
    return call.message_id, decode_strict(model, orjson.dumps(call.payload))


def ocpkit_decode_sliced(frame: str, registry: ActionRegistry) -> tuple[str, OcppModel]:
    """Frame text -> (message id, validated message) through the fast path: ``split_frame``
    reads the head and hands the payload text to its validator unparsed."""
    sliced = split_frame(frame, registry.version)
    if sliced is None or sliced.action is None:
        return ocpkit_decode(frame, registry)
    model = registry[sliced.action].request
    return sliced.message_id, decode_strict(model, sliced.payload)


def ocpkit_encode(unique_id: str, message: OcppModel) -> bytes:
    """(message id, message) -> frame text (UTF-8 bytes)."""
    action: str = message.ocpp_action  # type: ignore[attr-defined]
    return encode_call(unique_id, action, message.to_json())


# --- PyPI ocpp 2.1.0: its ChargePoint's receive and send paths ---------------------------------
#
# Receive (ChargePoint.route_message -> _handle_call): unpack(); validate_payload() (jsonschema,
# run in the default executor, as ocpp.messages.ASYNC_VALIDATION is on by default);
# camel_to_snake_case(); look the handler up; inspect.signature(handler) to see whether it wants
# call_unique_id; handler(**snake_case_payload). The handler here builds the action's dataclass.
# Send (ChargePoint.call): serialize_as_dict(); snake_to_camel_case(); remove_nones(); Call();
# validate_payload() of the outgoing call; Call.to_json().
#
# The main figures (decode, encode) call the synchronous ocpp.messages._validate_payload, the work
# validate_payload hands to the executor: leaving out the thread hop and the event loop favours
# ocpp. decode_async and encode_async await validate_payload as shipped, for a second figure.
# ChargePoint also logs every frame at INFO level; that is left out too.


def _handler_for(payload_type: type[Any]) -> Callable[..., Any]:
    def on_action(**kwargs: Any) -> Any:
        return payload_type(**kwargs)

    return on_action


@dataclass(frozen=True)
class OcppPeer:
    """What one PyPI ``ocpp`` ChargePoint needs for one version: version string and handlers."""

    version: str
    calls: ModuleType
    handlers: Mapping[str, Callable[..., Any]]

    @classmethod
    def for_version(cls, version: str, actions: tuple[str, ...]) -> "OcppPeer":
        calls = {"1.6": ocpp.v16.call, "2.0.1": ocpp.v201.call}[version]
        return cls(version, calls, {a: _handler_for(getattr(calls, a)) for a in actions})

    def decode(self, frame: str) -> Any:
        """Frame text -> the action's dataclass, validated (ChargePoint._handle_call)."""
        message = ocpp_messages.unpack(frame)
        handler = self.handlers[message.action]
        ocpp_messages._validate_payload(message, self.version)
        return self._dispatch(message, handler)

    async def decode_async(self, frame: str) -> Any:
        """``decode`` with ``await validate_payload()`` (executor), as ChargePoint runs it."""
        message = ocpp_messages.unpack(frame)
        handler = self.handlers[message.action]
        await ocpp_messages.validate_payload(message, self.version)
        return self._dispatch(message, handler)

    @staticmethod
    def _dispatch(message: Any, handler: Callable[..., Any]) -> Any:
        snake_case_payload = ocpp_charge_point.camel_to_snake_case(message.payload)
        if "call_unique_id" in inspect.signature(handler).parameters:
            return handler(**snake_case_payload, call_unique_id=message.unique_id)
        return handler(**snake_case_payload)

    def encode(self, unique_id: str, payload: Any) -> str:
        """The action's dataclass -> frame text, validated (ChargePoint.call)."""
        call = self._call(unique_id, payload)
        ocpp_messages._validate_payload(call, self.version)
        text: str = call.to_json()
        return text

    async def encode_async(self, unique_id: str, payload: Any) -> str:
        """``encode`` with ``await validate_payload()`` (executor), as ChargePoint runs it."""
        call = self._call(unique_id, payload)
        await ocpp_messages.validate_payload(call, self.version)
        text: str = call.to_json()
        return text

    @staticmethod
    def _call(unique_id: str, payload: Any) -> Any:
        camel_case_payload = ocpp_charge_point.snake_to_camel_case(
            ocpp_charge_point.serialize_as_dict(payload)
        )
        return ocpp_messages.Call(
            unique_id=unique_id,
            action=payload.__class__.__name__,
            payload=ocpp_charge_point.remove_nones(camel_case_payload),
        )


# A bare ``List`` in ocpp's dataclasses, and the item type a user would put there.
_OCPP_LIST_ITEMS: Final[dict[tuple[type[Any], str], type[Any]]] = {
    (ocpp.v16.call.MeterValues, "meter_value"): ocpp.v16.datatypes.MeterValue,
}


def ocpp_typed(tp: Any, value: Any, owner: tuple[type[Any], str] | None = None) -> Any:
    """A snake_case payload as the nested dataclasses and enums an ``ocpp`` user would build."""
    origin = get_origin(tp)
    if origin is Union:
        if value is None and type(None) in get_args(tp):
            return None
        for option in get_args(tp):
            if option is type(None):
                continue
            try:
                return ocpp_typed(option, value, owner)
            except (TypeError, ValueError):
                continue
        raise ValueError(f"{value!r} fits none of {tp}")
    if value is None:
        return None
    if origin is list:
        args = get_args(tp)
        item = args[0] if args else _OCPP_LIST_ITEMS.get(owner) if owner else None
        return [ocpp_typed(item, v) if item else v for v in value]
    if isinstance(tp, type) and is_dataclass(tp):
        if not isinstance(value, dict):
            raise TypeError(f"{tp.__name__} needs an object")
        hints = get_type_hints(tp)
        return tp(**{k: ocpp_typed(hints[k], v, (tp, k)) for k, v in value.items()})
    if isinstance(tp, type) and issubclass(tp, Enum):
        return tp(value)
    if tp is float and type(value) is int:  # a JSON number without a fraction
        return value
    if isinstance(tp, type) and tp is not Any and not isinstance(value, tp):
        raise TypeError(f"{value!r} is not a {tp.__name__}")
    return value


# --- msgspec: hand-written Structs -------------------------------------------------------------


@dataclass(frozen=True)
class MsgspecCodec:
    """msgspec decoders and encoder for one message type."""

    frame_decoder: msgspec.json.Decoder[Any]  # the whole frame in one pass, action fixed
    head_decoder: msgspec.json.Decoder[Any]  # [2, id, action, Raw] for routing by action
    payload_decoders: Mapping[str, msgspec.json.Decoder[Any]]  # by action
    encoder: msgspec.json.Encoder

    @classmethod
    def for_type(cls, action: str, payload: type[msgspec.Struct]) -> "MsgspecCodec":
        head = tuple[int, msgspec_models.MessageId, str, msgspec.Raw]
        return cls(
            msgspec.json.Decoder(msgspec_models.call_frame_type(action, payload)),
            msgspec.json.Decoder(head),
            {action: msgspec.json.Decoder(payload)},
            msgspec.json.Encoder(),
        )

    def decode(self, frame: str) -> tuple[str, msgspec.Struct]:
        _, unique_id, _, payload = self.frame_decoder.decode(frame)
        return unique_id, payload

    def decode_routed(self, frame: str) -> tuple[str, msgspec.Struct]:
        type_id, unique_id, action, raw = self.head_decoder.decode(frame)
        if type_id != 2:
            raise ValueError("not a CALL frame")
        return unique_id, self.payload_decoders[action].decode(raw)

    def encode(self, unique_id: str, message: msgspec.Struct, action: str) -> bytes:
        return self.encoder.encode((2, unique_id, action, message))


# --- the cases -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Subject:
    """One frame and everything the three codecs need to decode and encode it."""

    frame: Frame
    registry: ActionRegistry
    peer: OcppPeer
    codec: MsgspecCodec


def subjects() -> list[Subject]:
    registries = {"1.6": v16.ACTIONS, "2.0.1": v201.ACTIONS}
    types: dict[str, type[msgspec.Struct]] = {
        "1.6": msgspec_models.MeterValues16,
        "2.0.1": msgspec_models.TransactionEvent201,
    }
    return [
        Subject(
            frame,
            registries[frame.version],
            OcppPeer.for_version(frame.version, (frame.action,)),
            MsgspecCodec.for_type(frame.action, types[frame.version]),
        )
        for frame in FRAMES
    ]


_DATE_TIME: Final = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)")


def _same_json(value: Any) -> Any:
    """A JSON value with RFC 3339 date-times as instants (``.512Z`` == ``.512000Z``)."""
    if isinstance(value, dict):
        return {k: _same_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_same_json(v) for v in value]
    if isinstance(value, str) and _DATE_TIME.fullmatch(value):
        return datetime.fromisoformat(value)
    return value


def verify(subject: Subject) -> list[str]:
    """Check that the three codecs accept the frame and agree; return the notes to print."""
    frame = subject.frame
    notes = []
    original = orjson.loads(frame.text)
    unique_id = original[1]

    k_id, k_msg = ocpkit_decode(frame.text, subject.registry)
    s_id, s_msg = ocpkit_decode_sliced(frame.text, subject.registry)
    p_msg = subject.peer.decode(frame.text)
    m_id, m_msg = subject.codec.decode(frame.text)
    r_id, r_msg = subject.codec.decode_routed(frame.text)
    if not (k_id == s_id == m_id == r_id == unique_id):
        raise AssertionError(f"{frame.name}: message ids differ")
    if k_msg != s_msg or m_msg != r_msg:
        raise AssertionError(f"{frame.name}: the decode variants of one library disagree")
    wire = _same_json(original[3])
    if _same_json(k_msg.to_wire()) != wire:
        raise AssertionError(f"{frame.name}: ocpkit decoded something else")
    if _same_json(msgspec.to_builtins(m_msg)) != wire:
        raise AssertionError(f"{frame.name}: msgspec decoded something else")
    if (
        ocpp_charge_point.snake_to_camel_case(ocpp_charge_point.remove_nones(vars(p_msg)))
        != (original[3])
    ):
        raise AssertionError(f"{frame.name}: ocpp decoded something else")

    k_frame = orjson.loads(ocpkit_encode(unique_id, k_msg))
    m_frame = orjson.loads(subject.codec.encode(unique_id, m_msg, frame.action))
    p_frame = orjson.loads(subject.peer.encode(unique_id, ocpp_typed(type(p_msg), vars(p_msg))))
    if k_frame != m_frame:
        raise AssertionError(f"{frame.name}: ocpkit and msgspec encode different JSON values")
    if _same_json(k_frame) != _same_json(original) or _same_json(p_frame) != _same_json(original):
        raise AssertionError(f"{frame.name}: a re-encoded frame differs from the original")
    if orjson.dumps(k_frame) != orjson.dumps(original):
        notes.append(
            f"{frame.name}: ocpkit and msgspec re-encode the same JSON values, spelt differently "
            "(e.g. 54 -> 54.0, .512Z -> .512000Z)"
        )
    return notes


def check_reference() -> str:
    """Both payloads against the official schema via tests/reference.py, where available."""
    sys.path.insert(0, str(ROOT))
    try:
        from frames import check_against_reference

        verdict = "; ".join(check_against_reference())
    except ImportError as error:  # test extras not installed: ocpp's jsonschema check still runs
        return f"skipped ({error})"
    finally:
        sys.path.remove(str(ROOT))
    try:
        import rfc3339_validator  # noqa: F401  # jsonschema checks "date-time" only with it
    except ImportError:
        verdict += " (date-time format not checked: rfc3339-validator is not installed)"
    return verdict


Timer = Callable[[int], float]  # number of calls -> seconds they took


@dataclass(frozen=True)
class Case:
    key: tuple[str, str, str]  # (frame, operation, library)
    timer: Timer


def _sync(key: tuple[str, str, str], run: Callable[[], object]) -> Case:
    """A case timed like ``timeit`` (a loop of calls, garbage collector off)."""
    return Case(key, timeit.Timer(run).timeit)


def _in_loop(
    key: tuple[str, str, str], loop: asyncio.AbstractEventLoop, run: Callable[[], Awaitable[object]]
) -> Case:
    """A case timed inside a running event loop (the clock starts once the loop runs)."""

    async def calls(number: int) -> float:
        start = time.perf_counter()
        for _ in range(number):
            await run()
        return time.perf_counter() - start

    def timer(number: int) -> float:
        gc_was_enabled = gc.isenabled()
        gc.disable()
        try:
            return loop.run_until_complete(calls(number))
        finally:
            if gc_was_enabled:
                gc.enable()

    return Case(key, timer)


def cases(subject: Subject, loop: asyncio.AbstractEventLoop) -> list[Case]:
    frame = subject.frame
    text = frame.text
    unique_id = orjson.loads(text)[1]
    registry = subject.registry
    peer = subject.peer
    codec = subject.codec
    _, k_msg = ocpkit_decode(text, registry)
    model = type(k_msg)
    p_msg = peer.decode(text)
    p_typed = ocpp_typed(type(p_msg), vars(p_msg))
    _, m_msg = codec.decode(text)
    payload_decoder = codec.payload_decoders[frame.action]
    payload = orjson.dumps(orjson.loads(text)[3])
    parts = orjson.loads(text)
    n = frame.name
    return [
        _sync((n, "decode", "ocpkit"), lambda: ocpkit_decode(text, registry)),
        _sync((n, "decode-sliced", "ocpkit"), lambda: ocpkit_decode_sliced(text, registry)),
        _sync((n, "decode", "ocpp"), lambda: peer.decode(text)),
        _sync((n, "decode", "msgspec"), lambda: codec.decode(text)),
        _sync((n, "decode-routed", "msgspec"), lambda: codec.decode_routed(text)),
        _sync((n, "encode", "ocpkit"), lambda: ocpkit_encode(unique_id, k_msg)),
        _sync((n, "encode", "ocpp"), lambda: peer.encode(unique_id, p_typed)),
        _sync((n, "encode", "msgspec"), lambda: codec.encode(unique_id, m_msg, frame.action)),
        # PyPI ocpp as shipped: validation in the default executor, awaited in a running loop
        _in_loop((n, "decode", "ocpp-async"), loop, lambda: peer.decode_async(text)),
        _in_loop((n, "encode", "ocpp-async"), loop, lambda: peer.encode_async(unique_id, p_typed)),
        # where ocpkit's time goes
        _sync((n, "orjson.loads(frame)", "part"), lambda: orjson.loads(text)),
        _sync((n, "orjson.dumps(payload)", "part"), lambda: orjson.dumps(parts[3])),
        _sync((n, "Model.from_json(payload)", "part"), lambda: model.from_json(payload)),
        _sync((n, "msgspec payload decode", "part"), lambda: payload_decoder.decode(payload)),
        _sync((n, "message.to_json()", "part"), k_msg.to_json),
        _sync((n, "msgspec payload encode", "part"), lambda: codec.encoder.encode(m_msg)),
    ]


@dataclass(frozen=True)
class Timing:
    """Best and median of the samples (µs per call for codec cases, ms for import probes)."""

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


def measure(all_cases: list[Case], rounds: int, budget_s: float) -> dict[tuple[str, ...], Timing]:
    """Per-call µs of every case: ``rounds`` interleaved rounds of ``budget_s`` each.

    The cases run in turn within each round, so load from other processes on the machine hits
    all of them alike; the best round is the figure (the least disturbed), the median is shown.
    """
    loops = [_loops_for(case.timer, budget_s) for case in all_cases]
    samples: list[list[float]] = [[] for _ in all_cases]
    for _ in range(rounds):
        for case, number, sample in zip(all_cases, loops, samples, strict=True):
            sample.append(case.timer(number) / number * 1e6)
    return {
        case.key: Timing(min(sample), statistics.median(sample))
        for case, sample in zip(all_cases, samples, strict=True)
    }


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
    probes: Mapping[str, tuple[str, str]], env: Mapping[str, str] | None, repeat: int = 5
) -> dict[str, Timing]:
    """Best and median ms of each probe (statement, then code after it) in fresh interpreters.

    The probes run in turn, ``repeat`` rounds, after one uncounted round that fills the bytecode
    cache (where ``env`` lets Python write it).
    """
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


def import_probes(results: dict[str, Any]) -> None:
    """Print (and record) the import-time probes."""
    probes = {
        "import ocpkit.ocpp.v201": ("import ocpkit.ocpp.v201", ""),
        "from ocpkit.ocpp.v201 import TransactionEventRequest": (
            "from ocpkit.ocpp.v201 import TransactionEventRequest",
            "",
        ),
        "  + first TransactionEventRequest.from_json": (
            "from ocpkit.ocpp.v201 import TransactionEventRequest",
            f"TransactionEventRequest.from_json({_payload_text()!r})",
        ),
        "import ocpp.v201.call (PyPI ocpp, for scale)": ("import ocpp.v201.call", ""),
        "import pydantic (the floor)": ("import pydantic; import pydantic.fields", ""),
    }
    print("\nimport time (fresh interpreter, perf_counter around the statement, best of 5):")
    with tempfile.TemporaryDirectory(prefix="ocpkit-bench-pyc-") as cache:
        # Bytecode cached, as after a wheel install; kept out of the source tree.
        cached = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        cached["PYTHONPYCACHEPREFIX"] = cache
        timings = import_times(probes, cached)
    print("  with bytecode cached (as installed from a wheel):")
    for label, timing in timings.items():
        line = f"    {label:<53} {timing.best:6.1f} ms (median {timing.median:6.1f})"
        if label == "import ocpkit.ocpp.v201":
            line += f"  {_verdict(timing.best <= IMPORT_MS)} (<= {IMPORT_MS:.0f} ms, absolute)"
        print(line)
    results["import_ms"] = {k: vars(t) for k, t in timings.items()}
    if os.environ.get("PYTHONDONTWRITEBYTECODE"):
        print(
            "  as this environment runs it (PYTHONDONTWRITEBYTECODE set: sources without a "
            "cached .pyc, such as an editable install's, are compiled at every start):"
        )
        uncached = import_times({k: probes[k] for k in list(probes)[:2]}, None)
        for label, timing in uncached.items():
            print(f"    {label:<53} {timing.best:6.1f} ms (median {timing.median:6.1f})")
        results["import_ms_no_bytecode_cache"] = {k: vars(t) for k, t in uncached.items()}


def _verdict(ok: bool) -> str:
    return "meets" if ok else "MISSES"


def report(
    timings: dict[tuple[str, ...], Timing], subject_list: list[Subject]
) -> tuple[list[str], list[dict[str, Any]]]:
    """The results table (lines) and the same as records."""
    header = (
        f"{'frame':<23} {'op':<14} {'ocpkit':>8} {'ocpp':>8} {'msgspec':>8}  "
        f"{'ocpp/ocpkit':<24} {'ocpkit/msgspec':<18}"
    )
    lines = [header, "-" * len(header)]
    records: list[dict[str, Any]] = []
    for subject in subject_list:
        n = subject.frame.name
        for op, ocpkit_op, target in (
            ("decode", "decode", DECODE_VS_OCPP),
            ("decode-sliced", "decode-sliced", DECODE_VS_OCPP),
            ("encode", "encode", ENCODE_VS_OCPP),
        ):
            base_op = "encode" if op == "encode" else "decode"
            ours = timings[(n, ocpkit_op, "ocpkit")].best
            theirs = timings[(n, base_op, "ocpp")].best
            limit = timings[(n, base_op, "msgspec")].best
            vs_ocpp = theirs / ours
            vs_msgspec = ours / limit
            lines.append(
                f"{n:<23} {op:<14} {ours:>8.1f} {theirs:>8.1f} {limit:>8.2f}  "
                f"{vs_ocpp:>6.1f}x {_verdict(vs_ocpp >= target):<6} (>={target:.0f}x)  "
                f"{vs_msgspec:>5.1f}x {_verdict(vs_msgspec <= VS_MSGSPEC):<6} (<=8x)"
            )
            records.append(
                {
                    "frame": n,
                    "op": op,
                    "ocpkit_us": ours,
                    "ocpp_us": theirs,
                    "msgspec_us": limit,
                    "ocpp_over_ocpkit": vs_ocpp,
                    "ocpp_target": target,
                    "ocpkit_over_msgspec": vs_msgspec,
                    "msgspec_target": VS_MSGSPEC,
                    "medians_us": {
                        "ocpkit": timings[(n, ocpkit_op, "ocpkit")].median,
                        "ocpp": timings[(n, base_op, "ocpp")].median,
                        "msgspec": timings[(n, base_op, "msgspec")].median,
                    },
                }
            )
    lines.append("")
    lines.append("medians (µs), same order: ocpkit / ocpp / msgspec")
    for record in records:
        med: dict[str, float] = record["medians_us"]
        lines.append(
            f"  {record['frame']:<23} {record['op']:<14} "
            f"{med['ocpkit']:.1f} / {med['ocpp']:.1f} / {med['msgspec']:.2f}"
        )
    lines.append("")
    lines.append(
        "PyPI ocpp as shipped (validate_payload awaited: jsonschema in the default executor),"
        " best µs and ocpp/ocpkit:"
    )
    for subject in subject_list:
        n = subject.frame.name
        for op, ocpkit_ops in (("decode", ("decode", "decode-sliced")), ("encode", ("encode",))):
            shipped = timings[(n, op, "ocpp-async")].best
            ratios = ", ".join(
                f"{shipped / timings[(n, o, 'ocpkit')].best:.1f}x vs {o}" for o in ocpkit_ops
            )
            lines.append(f"  {n:<23} {op:<7} {shipped:8.1f} µs  {ratios}")
    lines.append("")
    lines.append("msgspec routed by action (frame head with msgspec.Raw, then the payload type):")
    for subject in subject_list:
        n = subject.frame.name
        lines.append(f"  {n:<23} {timings[(n, 'decode-routed', 'msgspec')].best:.2f} µs")
    lines.append("")
    lines.append("parts (best µs):")
    for subject in subject_list:
        n = subject.frame.name
        parts = [key for key in timings if key[0] == n and key[2] == "part"]
        lines.append(f"  {n}: " + ", ".join(f"{key[1]} {timings[key].best:.2f}" for key in parts))
    return lines, records


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rounds", type=int, default=15, help="interleaved rounds (default 15)")
    parser.add_argument(
        "--budget", type=float, default=0.04, help="seconds per case per round (default 0.04)"
    )
    parser.add_argument("--quick", action="store_true", help="3 rounds, for a smoke run")
    parser.add_argument("--no-import", action="store_true", help="skip the import-time probes")
    parser.add_argument("--json", type=Path, help="also write the results to this JSON file")
    args = parser.parse_args(argv)
    rounds = 3 if args.quick else args.rounds

    print(
        f"python {platform.python_version()} | ocpkit {_version('ocpkit')}"
        f" | ocpp {_version('ocpp')} | msgspec {msgspec.__version__} | orjson {orjson.__version__}"
        f" | pydantic {_version('pydantic')} | jsonschema {_version('jsonschema')}"
    )
    subject_list = subjects()
    try:
        print(f"official schema check: {check_reference()}")
        for subject in subject_list:
            for note in verify(subject):
                print(f"note: {note}")
    except AssertionError as error:
        print(f"verification failed, not timing: {error}", file=sys.stderr)
        return 2
    print("verified: every codec accepts both frames; re-encoded frames equal the originals")
    print(f"timing: {rounds} interleaved rounds x {args.budget}s per case, best round shown\n")

    loop = asyncio.new_event_loop()
    try:
        all_cases = [case for subject in subject_list for case in cases(subject, loop)]
        timings = measure(all_cases, rounds, args.budget)
    finally:
        loop.close()
    lines, records = report(timings, subject_list)
    print("\n".join(lines))

    results: dict[str, Any] = {"codec": records}
    if not args.no_import:
        import_probes(results)

    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


def _payload_text() -> str:
    from frames import TRANSACTION_EVENT_201

    return orjson.dumps(orjson.loads(TRANSACTION_EVENT_201.text)[3]).decode()


def _version(distribution: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(distribution)
    except PackageNotFoundError:
        return "?"


if __name__ == "__main__":
    sys.exit(main())
