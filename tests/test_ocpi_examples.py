"""Every official OCPI example, read the way a receiver reads it, and written back.

The examples are read at run time from ``<shared>/ocpi-examples/<version>/`` (the shared folder
as the codegen finds it: ``$OCPKIT_SHARED``, else ``shared`` beside the checkout); without it the
module is skipped. What each example is and the verdict it must get are in our own table,
``tests/_ocpi_examples.py``, which the first tests hold against the folder's ``index.json``.

* A valid (or tolerated) example parses with the strict reader its mode calls for and re-encodes
  to the same JSON.
* An erratum is refused, with exactly the violations the table lists.
* A list of all whole-object examples of one type, read item by item, gives the valid ones and
  reports each erratum at its index, with its paths.
"""

import importlib
import json
from collections import Counter
from collections.abc import Iterator
from decimal import Decimal
from typing import Any, Final

import orjson
import pytest
from pydantic import JsonValue

from codegen.paths import shared_dir
from ocpkit._ocpi_base import OcpiModel, parse_ocpi_datetime
from ocpkit.ocpi.envelope import Response, parse_response, read_page, read_single
from ocpkit.ocpi.reading import (
    InvalidObjectError,
    read_fragment,
    read_list,
    read_object,
    read_patch,
)
from ocpkit.ocpi.version import OcpiVersion
from tests._ocpi_examples import EXAMPLES, Example, Mode, Verdict

FOLDER: Final = shared_dir() / "ocpi-examples"
if not all((FOLDER / version.value / "index.json").is_file() for version in OcpiVersion):
    pytest.skip(
        f"no OCPI examples at {FOLDER} (set OCPKIT_SHARED to the folder holding ocpi-examples/)",
        allow_module_level=True,
    )


def _index(version: OcpiVersion) -> dict[str, dict[str, Any]]:
    entries: list[dict[str, Any]] = json.loads((FOLDER / version.value / "index.json").read_bytes())
    return {entry["file"]: entry for entry in entries}


def _text(example: Example) -> bytes:
    return (FOLDER / example.version.value / example.file).read_bytes()


def _model(example: Example) -> type[OcpiModel]:
    package = importlib.import_module(f"ocpkit.ocpi.{example.version.module}")
    model: type[OcpiModel] = getattr(package, example.type)
    return model


def _params(*verdicts: Verdict) -> list[Any]:
    return [pytest.param(e, id=e.id) for e in EXAMPLES if e.verdict in verdicts]


# -- our table and the folder's index agree ---------------------------------------------------


@pytest.mark.parametrize("version", list(OcpiVersion))
def test_the_table_lists_every_example_file_of_the_folder_and_no_other(
    version: OcpiVersion,
) -> None:
    ours = [e.file for e in EXAMPLES if e.version is version]
    assert len(ours) == len(set(ours))
    files = {path.name for path in (FOLDER / version.value).glob("*.json")} - {"index.json"}
    assert set(ours) == files == set(_index(version))


@pytest.mark.parametrize("example", _params(*Verdict))
def test_the_table_and_the_index_say_the_same_of_each_example(example: Example) -> None:
    entry = _index(example.version)[example.file]
    assert (entry["type"], entry["mode"]) == (example.index_type, example.mode.index_mode)
    # A tolerated example breaks the definitions too: only ocpkit reads it anyway.
    assert entry["valid"] is (example.verdict is Verdict.VALID)
    assert _model(example).__name__ == example.type
    if example.verdict is Verdict.VALID:
        assert not example.violations
        assert not example.reason
    else:
        assert example.reason
    if example.verdict is Verdict.ERRATUM:
        assert example.violations
        _assert_same_places(entry["why_invalid"], example.violations)


def _as_path(pointer: str) -> str:
    """``/connectors/0`` (index.json's JSON pointer) -> ``$.connectors[0]`` (ocpkit's path)."""
    steps = [step for step in pointer.split("/") if step]
    return "$" + "".join(f"[{step}]" if step.isdigit() else f".{step}" for step in steps)


def _under(path: str, prefix: str) -> bool:
    return path == prefix or path.startswith((prefix + ".", prefix + "["))


def _assert_same_places(why_invalid: list[str], violations: tuple[tuple[str, str], ...]) -> None:
    # The index lists where the schema failed (a "required" failure at the object that misses
    # the field); ocpkit names the field itself. Each must be found by the other, but for the
    # undefined fields that only the strict reading reports.
    places = [_as_path(reason.split(":")[0]) for reason in why_invalid]
    paths = [path for path, kind in violations]
    for place in places:
        assert any(_under(path, place) for path in paths), place
    for path, kind in violations:
        assert kind == "extra_forbidden" or any(_under(path, place) for place in places), path


# -- valid and tolerated examples: read strictly, written back --------------------------------


def _read_and_write(example: Example, text: bytes) -> bytes:
    """Read ``text`` as ``example.mode`` says, strictly, and encode what was read."""
    model = _model(example)
    if example.mode is Mode.FULL:
        return model.from_json(text, strict=True).to_json()
    if example.mode is Mode.PARTIAL:
        return read_patch(model, text, version=example.version, strict=True).to_json()
    if example.mode is Mode.FRAGMENT:
        return read_fragment(model, text, strict=True).to_json()
    if example.mode is Mode.LIST:
        listed = read_list(model, text, strict=True)
        assert listed.all_valid, listed.invalid
        return b"[" + b",".join(item.to_json() for item in listed.items) + b"]"
    if example.mode is Mode.SINGLE:
        single = read_single(model, text, strict=True)
        assert type(single.data) is model
        return single.to_json()
    page = read_page(model, text, strict=True)
    assert page.data is not None
    assert page.data.all_valid, page.data.invalid
    assert all(type(item) is model for item in page.data.items)
    return Response(
        status_code=page.status_code,
        timestamp=page.timestamp,
        data=list(page.data.items),
        status_message=page.status_message,
    ).to_json()


def _by_value(text: bytes) -> Any:
    """JSON data compared the way the wire means it.

    ocpkit writes date-times in its one form (UTC with ``Z``, milliseconds only when not zero:
    ``2015-06-29T20:39:09.000Z`` comes back as ``2015-06-29T20:39:09Z``) and numbers in their
    shortest form (``2.00`` comes back as ``2``, ``4.0`` as ``4``), so those two are compared by
    value: date-times as instants, numbers as exact decimals. Everything else must be identical.
    """
    return _normalised(json.loads(text, parse_float=Decimal, parse_int=Decimal))


def _normalised(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _normalised(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_normalised(item) for item in value]
    if isinstance(value, str):
        try:
            return parse_ocpi_datetime(value)
        except ValueError:
            return value
    return value


@pytest.mark.parametrize("example", _params(Verdict.VALID, Verdict.TOLERATED))
def test_valid_example_reads_strictly_and_writes_back_the_same_json(example: Example) -> None:
    text = _text(example)
    written = _read_and_write(example, text)
    assert _by_value(written) == _by_value(text)
    # Written once, ocpkit's own form is stable.
    assert _read_and_write(example, written) == written


@pytest.mark.parametrize(
    "example", [p for p in _params(Verdict.VALID) if p.values[0].mode in (Mode.SINGLE, Mode.PAGE)]
)
def test_envelope_example_reads_untyped_with_its_data_unchanged(example: Example) -> None:
    text = _text(example)
    envelope = parse_response(text, strict=True)
    raw = orjson.loads(text)
    assert envelope.data == raw["data"]
    assert int(envelope.status_code) == raw["status_code"]
    assert envelope.status_message == raw.get("status_message")


@pytest.mark.parametrize(
    "example", [p for p in _params(Verdict.VALID) if p.values[0].mode is Mode.PAGE]
)
def test_a_page_as_read_encodes_back_to_the_same_json(example: Example) -> None:
    text = _text(example)
    page = read_page(_model(example), text, strict=True)
    assert _by_value(page.to_json()) == _by_value(text)


# -- errata: refused, with exactly the listed violations --------------------------------------


@pytest.mark.parametrize("example", _params(Verdict.ERRATUM))
def test_erratum_is_refused_with_exactly_its_violations(example: Example) -> None:
    assert example.mode is Mode.FULL  # the table has no other kind of erratum yet
    with pytest.raises(InvalidObjectError) as refused:
        read_object(_model(example), _text(example), strict=True)
    found = Counter((v.path, v.kind) for v in refused.value.violations)
    assert found == Counter(example.violations)


# -- a list of all examples of one type, read item by item ------------------------------------


def _groups() -> Iterator[tuple[OcpiVersion, str, list[Example]]]:
    groups: dict[tuple[OcpiVersion, str], list[Example]] = {}
    for example in EXAMPLES:
        if example.mode is Mode.FULL:
            groups.setdefault((example.version, example.type), []).append(example)
    for (version, name), members in groups.items():
        yield version, name, members


GROUPS = [
    pytest.param(members, id=f"{version}-{name}x{len(members)}")
    for version, name, members in _groups()
]


@pytest.mark.parametrize("strict", [True, False], ids=["strict", "lenient"])
@pytest.mark.parametrize("members", GROUPS)
def test_a_list_of_all_examples_of_a_type_gives_the_valid_ones_and_reports_each_erratum(
    members: list[Example], strict: bool
) -> None:
    model = _model(members[0])
    texts = [_text(example) for example in members]
    listed = read_list(model, b"[" + b",".join(texts) + b"]", strict=strict)

    # Outside strict mode undefined fields are kept, not reported: only the rest must be.
    expected = {
        index: Counter(v for v in example.violations if strict or v[1] != "extra_forbidden")
        for index, example in enumerate(members)
        if example.verdict is Verdict.ERRATUM
    }
    expected = {index: found for index, found in expected.items() if found}
    reported = {
        item.index: Counter((v.path, v.kind) for v in item.violations) for item in listed.invalid
    }
    assert reported == expected
    raw: list[JsonValue] = [orjson.loads(text) for text in texts]
    assert all(item.raw == raw[item.index] for item in listed.invalid)
    good = [
        model.from_json(texts[i], strict=strict) for i in range(len(members)) if i not in expected
    ]
    assert list(listed.items) == good
