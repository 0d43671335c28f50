"""Real OCPP-J traffic from logs in public issue threads, judged in strict and tolerant mode.

The corpus lives outside the repository, in ``<shared>/real-frames/*.jsonl`` (see its README):
``<shared>`` is ``$OCPKIT_SHARED`` if set, else the ``shared`` folder next to the repository.
Without it the module is skipped.

For every CALL (and 2.1 SEND) whose action the version knows, and every CALLRESULT answering
such a CALL earlier in the same log, the payload is judged three ways:

* strict mode must give exactly the official schema's verdict (``tests/reference.py``);
* tolerant mode must accept every payload that the schema rejects *only* for the slips it
  forgives (over-long strings, unknown enum values, unknown properties, date-times without an
  offset), and report each of them at its path; and it must refuse every other invalid payload;
* valid payloads pass tolerant mode with nothing forgiven.

Payloads are judged on their exact text as logged (the substring of the frame), so numbers keep
their decimal spelling. Lines that are not JSON, or not an OCPP-J frame, are checked to be
recognisably so.
"""

import json
import os
from collections import Counter
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, Final, Literal

import attrs
import jsonschema
import orjson
import pytest
from pydantic import BaseModel

from ocpkit._base import OcppModel
from ocpkit.ocpp import v16, v21, v201
from ocpkit.ocpp.errors import PayloadValidationError
from ocpkit.ocpp.registry import ActionRegistry
from ocpkit.ocpp.validation import decode_strict, decode_tolerant
from ocpkit.ocpp.version import OcppVersion
from tests import reference


def _frames_folder() -> Path:
    shared = os.environ.get("OCPKIT_SHARED")
    root = Path(shared) if shared else Path(__file__).resolve().parents[1].parent / "shared"
    return root / "real-frames"


FOLDER: Final = _frames_folder()
if not FOLDER.is_dir() or not any(FOLDER.glob("*.jsonl")):
    pytest.skip(
        f"no real-frames corpus at {FOLDER} (set OCPKIT_SHARED to the folder holding real-frames/)",
        allow_module_level=True,
    )

_REGISTRIES: Final[dict[OcppVersion, ActionRegistry]] = {
    OcppVersion.V16: v16.ACTIONS,
    OcppVersion.V201: v201.ACTIONS,
    OcppVersion.V21: v21.ACTIONS,
}
CALL, CALLRESULT, CALLERROR, CALLRESULTERROR, SEND = 2, 3, 4, 5, 6
# Message type id -> number of elements of such a frame, per version.
_SHAPES: Final[dict[OcppVersion, dict[int, int]]] = {
    OcppVersion.V16: {CALL: 4, CALLRESULT: 3, CALLERROR: 5},
    OcppVersion.V201: {CALL: 4, CALLRESULT: 3, CALLERROR: 5},
    OcppVersion.V21: {CALL: 4, CALLRESULT: 3, CALLERROR: 5, CALLRESULTERROR: 5, SEND: 4},
}


# -- reading the corpus -----------------------------------------------------------------------


@attrs.frozen
class Line:
    """One logged frame and where it came from."""

    file: str
    seq: int
    version: OcppVersion
    text: str

    @property
    def id(self) -> str:
        return f"{self.file}:{self.seq}"


def _lines() -> list[Line]:
    out = []
    for path in sorted(FOLDER.glob("*.jsonl")):
        rows = []
        for raw in path.read_text(encoding="utf-8").splitlines():
            if raw.strip():
                record = json.loads(raw)
                rows.append(
                    Line(
                        path.stem,
                        record["seq"],
                        OcppVersion.parse(record["version"]),
                        record["frame"],
                    )
                )
        out.extend(sorted(rows, key=lambda line: line.seq))
    return out


def _skip_space(text: str, position: int) -> int:
    while position < len(text) and text[position] in " \t\n\r":
        position += 1
    return position


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


_DECODER: Final = json.JSONDecoder(parse_float=Decimal, parse_constant=_refuse_constant)


def _elements(text: str) -> list[tuple[Any, str]]:
    """The elements of a JSON array, each with its exact source text.

    Raises ``ValueError`` if ``text`` is not one JSON array.
    """
    position = _skip_space(text, 0)
    if text[position : position + 1] != "[":
        raise ValueError("not a JSON array")
    position = _skip_space(text, position + 1)
    out: list[tuple[Any, str]] = []
    if text[position : position + 1] == "]":
        position += 1
    else:
        while True:
            value, end = _DECODER.raw_decode(text, position)
            out.append((value, text[position:end]))
            position = _skip_space(text, end)
            separator = text[position : position + 1]
            position = _skip_space(text, position + 1)
            if separator == "]":
                break
            if separator != ",":
                raise ValueError(f"expected ',' or ']' at {position}")
    if position != len(text):
        raise ValueError("data after the array")
    return out


def _frame_shape_ok(value: Any, version: OcppVersion) -> bool:
    """Whether ``value`` (parsed JSON) is an OCPP-J frame of ``version``: a list opening with a
    known message type id, of that type's length, with a string message id (and a string action
    or error code where the type has one)."""
    if not isinstance(value, list) or not value:
        return False
    type_id = value[0]
    if isinstance(type_id, bool) or not isinstance(type_id, int):
        return False
    length = _SHAPES[version].get(type_id)
    if length is None or len(value) != length or not isinstance(value[1], str):
        return False
    if type_id in (CALL, SEND, CALLERROR, CALLRESULTERROR) and not isinstance(value[2], str):
        return False
    return not (type_id in (CALLERROR, CALLRESULTERROR) and not isinstance(value[3], str))


Kind = Literal["request", "response", "send"]


@attrs.frozen
class Case:
    """A payload whose schema is known: a CALL/SEND of a known action or a matched CALLRESULT."""

    line: Line
    action: str
    kind: Kind
    payload: str

    @property
    def model(self) -> type[OcppModel]:
        model: type[OcppModel] = reference.model_for(self.line.version, self.action, self.kind)
        return model

    @property
    def validator(self) -> jsonschema.protocols.Validator:
        return reference.validator(self.line.version, self.action, self.kind)

    def schema_errors(self) -> list[jsonschema.ValidationError]:
        return list(self.validator.iter_errors(reference.load_json(self.payload)))


@attrs.define
class Corpus:
    """Every line, sorted into what can be judged and what cannot."""

    lines: list[Line] = attrs.Factory(list)
    cases: list[Case] = attrs.Factory(list)
    not_json: list[Line] = attrs.Factory(list)
    not_frames: list[Line] = attrs.Factory(list)
    errors: list[Line] = attrs.Factory(list)
    unknown_action: list[Line] = attrs.Factory(list)
    unmatched_results: list[Line] = attrs.Factory(list)


def _read_corpus() -> Corpus:
    corpus = Corpus(lines=_lines())
    calls: dict[tuple[str, str], str] = {}  # (file, message id) -> action of the latest CALL
    for line in corpus.lines:
        try:
            value = orjson.loads(line.text)
        except orjson.JSONDecodeError:
            corpus.not_json.append(line)
            continue
        if not _frame_shape_ok(value, line.version):
            corpus.not_frames.append(line)
            continue
        elements = _elements(line.text)
        type_id, message_id = value[0], value[1]
        registry = _REGISTRIES[line.version]
        if type_id in (CALL, SEND):
            action = value[2]
            known = action in registry and registry[action].is_send == (type_id == SEND)
            if not known:
                corpus.unknown_action.append(line)
                continue
            if type_id == CALL:
                calls[(line.file, message_id)] = action
            kind: Kind = "send" if type_id == SEND else "request"
            corpus.cases.append(Case(line, action, kind, elements[3][1]))
        elif type_id == CALLRESULT:
            answered = calls.get((line.file, message_id))
            if answered is None:
                corpus.unmatched_results.append(line)
                continue
            corpus.cases.append(Case(line, answered, "response", elements[2][1]))
        else:
            corpus.errors.append(line)
    return corpus


CORPUS: Final = _read_corpus()


# -- strict mode --------------------------------------------------------------------------------


def _strict_verdict(case: Case) -> tuple[bool, list[str]]:
    try:
        decode_strict(case.model, case.payload)
    except PayloadValidationError as error:
        return False, [f"{v.path}: {v.reason}" for v in error.violations]
    return True, []


def _params(cases: Sequence[Case]) -> list[Any]:
    return [pytest.param(case, id=case.line.id) for case in cases]


@pytest.mark.parametrize("case", _params(CORPUS.cases))
def test_strict_mode_gives_the_schema_verdict(case: Case) -> None:
    schema_errors = [f"{_path(e.absolute_path)}: {e.message}" for e in case.schema_errors()]
    ours, violations = _strict_verdict(case)
    assert ours == (not schema_errors), (
        f"{case.line.id} {case.action} {case.kind}: schema says "
        f"{schema_errors or 'valid'}, strict mode says "
        f"{'valid' if ours else violations}; payload {case.payload}"
    )


# -- tolerant mode ------------------------------------------------------------------------------

# The slips tolerant mode forgives, as ``jsonschema`` names the rule they break, with the
# ``reason`` (pydantic's error type) the forgiven violation carries.
_FORGIVEN_REASONS: Final = {
    "maxLength": "string_too_long",
    "enum": "enum",
    "additionalProperties": "extra_forbidden",
    "format": "string_pattern_mismatch",
}
_DATE_TIME_CHECKER: Final = jsonschema.FormatChecker(["date-time"])


def _path(parts: Iterator[str | int] | Sequence[str | int]) -> str:
    return "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in parts)


def _forgivable(error: jsonschema.ValidationError) -> list[tuple[str, str]] | None:
    """The (path, reason) pairs tolerant mode must report for ``error``, or ``None`` if the
    error is not one of the slips it forgives."""
    where = list(error.absolute_path)
    rule = str(error.validator)
    instance = error.instance
    if rule == "maxLength" and isinstance(instance, str):
        return [(_path(where), _FORGIVEN_REASONS[rule])]
    if rule == "enum" and isinstance(instance, str):
        return [(_path(where), _FORGIVEN_REASONS[rule])]
    if rule == "additionalProperties" and isinstance(instance, dict):
        declared = error.schema.get("properties", {}) if isinstance(error.schema, dict) else {}
        return [
            (_path([*where, key]), _FORGIVEN_REASONS[rule])
            for key in instance
            if key not in declared
        ]
    if (
        rule == "format"
        and error.validator_value == "date-time"
        and isinstance(instance, str)
        and _DATE_TIME_CHECKER.conforms(instance + "Z", "date-time")
    ):
        return [(_path(where), _FORGIVEN_REASONS[rule])]
    return None


def _expected_forgiven(errors: list[jsonschema.ValidationError]) -> set[tuple[str, str]] | None:
    out: set[tuple[str, str]] = set()
    for error in errors:
        pairs = _forgivable(error)
        if pairs is None:
            return None
        out.update(pairs)
    return out


_VALID = [case for case in CORPUS.cases if not case.schema_errors()]
_INVALID = [case for case in CORPUS.cases if case.schema_errors()]
_FORGIVABLE = [case for case in _INVALID if _expected_forgiven(case.schema_errors()) is not None]
_UNFORGIVABLE = [case for case in _INVALID if _expected_forgiven(case.schema_errors()) is None]


def _at(message: BaseModel, loc: Sequence[str | int]) -> Any:
    """The value at a wire path (wire names, list indexes) inside a decoded message."""
    node: Any = message
    for step in loc:
        if isinstance(step, int):
            node = node[step]
            continue
        fields = type(node).model_fields
        name = next(n for n, f in fields.items() if (f.validation_alias or n) == step)
        node = getattr(node, name)
    return node


@pytest.mark.parametrize("case", _params(_VALID))
def test_tolerant_mode_forgives_nothing_in_a_valid_payload(case: Case) -> None:
    decoded = decode_tolerant(case.model, case.payload)
    assert decoded.forgiven == ()


@pytest.mark.parametrize("case", _params(_FORGIVABLE))
def test_tolerant_mode_accepts_the_usual_slips_and_reports_each(case: Case) -> None:
    errors = case.schema_errors()
    expected = _expected_forgiven(errors)
    decoded = decode_tolerant(case.model, case.payload)
    reported = {(v.path, v.reason) for v in decoded.forgiven}
    assert reported == expected
    # What was forgiven is kept as received (dropped, for unknown properties).
    for error in errors:
        rule, where, original = str(error.validator), list(error.absolute_path), error.instance
        if rule in ("maxLength", "enum"):
            assert _at(decoded.message, where) == original
        elif rule == "format":
            kept = _at(decoded.message, where)
            assert isinstance(original, str)
            assert kept == datetime.fromisoformat(original).replace(tzinfo=UTC)


@pytest.mark.parametrize("case", _params(_UNFORGIVABLE))
def test_tolerant_mode_refuses_what_it_does_not_forgive(case: Case) -> None:
    with pytest.raises(PayloadValidationError):
        decode_tolerant(case.model, case.payload)


# -- lines that are not frames, and the bookkeeping -----------------------------------------------


_FRAMES = [line for line in CORPUS.lines if line not in CORPUS.not_json + CORPUS.not_frames]


@pytest.mark.parametrize("line", [pytest.param(line, id=line.id) for line in _FRAMES])
def test_frames_read_the_same_with_orjson_and_by_exact_substrings(line: Line) -> None:
    # Payloads are judged on substrings cut out by the json module; orjson must see the same.
    parsed = orjson.loads(line.text)
    elements = _elements(line.text)
    assert len(elements) == len(parsed)
    assert [value for value, _ in elements[:-1]] == parsed[:-1]
    assert orjson.loads(elements[-1][1]) == parsed[-1]


@pytest.mark.parametrize(
    "line", [pytest.param(line, id=line.id) for line in CORPUS.not_json + CORPUS.not_frames]
)
def test_lines_that_are_no_frames_are_recognisably_not(line: Line) -> None:
    try:
        parsed = orjson.loads(line.text)
    except orjson.JSONDecodeError:
        return  # not JSON at all
    valid_types = _SHAPES[line.version]
    is_typed_list = (
        isinstance(parsed, list)
        and bool(parsed)
        and type(parsed[0]) is int
        and parsed[0] in valid_types
    )
    assert not is_typed_list or not _frame_shape_ok(parsed, line.version)


def test_corpus_bookkeeping() -> None:
    sorted_out = (
        CORPUS.cases,
        CORPUS.not_json,
        CORPUS.not_frames,
        CORPUS.errors,
        CORPUS.unknown_action,
        CORPUS.unmatched_results,
    )
    ids = [case.line.id for case in CORPUS.cases] + [
        line.id for group in sorted_out[1:] for line in group
    ]
    assert sorted(ids) == sorted(line.id for line in CORPUS.lines)  # each line exactly once
    assert len(_VALID) + len(_INVALID) == len(CORPUS.cases)
    # The comparison is only worth something if the corpus has frames of both verdicts.
    assert _VALID
    assert _INVALID
    counts = Counter(
        {
            "lines": len(CORPUS.lines),
            "judged": len(CORPUS.cases),
            "schema-valid": len(_VALID),
            "schema-invalid": len(_INVALID),
            "tolerant-forgivable": len(_FORGIVABLE),
            "tolerant-refused": len(_UNFORGIVABLE),
            "callerror": len(CORPUS.errors),
            "unknown-action": len(CORPUS.unknown_action),
            "unmatched-callresult": len(CORPUS.unmatched_results),
            "not-json": len(CORPUS.not_json),
            "not-a-frame": len(CORPUS.not_frames),
        }
    )
    print(dict(counts))
