"""``ocpkit validate --ocpi``: OCPI payloads of every shape, paths, summaries and exit codes."""

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from ocpkit.cli import main
from ocpkit.ocpi.check import PayloadShape, check_payload, object_types
from ocpkit.ocpi.version import OcpiVersion

NOW = "2024-03-01T10:20:30Z"


def _connector(**changes: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": "1",
        "standard": "IEC_62196_T2",
        "format": "SOCKET",
        "power_type": "AC_3_PHASE",
        "max_voltage": 230,
        "max_amperage": 32,
        "last_updated": NOW,
    }
    return {**base, **changes}


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Any:
    def call(*argv: str) -> tuple[int, str, str]:
        status = main(list(argv))
        out, err = capsys.readouterr()
        return status, out, err

    return call


def _write(tmp_path: Path, data: Any) -> str:
    path = tmp_path / "payload.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


def test_a_valid_object_exits_0_with_a_summary(run: Any, tmp_path: Path) -> None:
    status, out, err = run(
        "validate", "--ocpi", "2.2.1", "--type", "Connector", _write(tmp_path, _connector())
    )
    assert (status, err) == (0, "")
    assert out == "OCPI 2.2.1 Connector (object): valid; 0 violation(s), 0 warning(s)\n"


def test_each_item_of_a_list_is_judged_on_its_own(run: Any, tmp_path: Path) -> None:
    items = [_connector(), _connector(max_voltage="230"), _connector(), _connector(format="X")]
    status, out, _ = run(
        "validate", "--ocpi", "2.2.1", "--type", "Connector", _write(tmp_path, items)
    )
    assert status == 1
    assert out.splitlines() == [
        "item 1: $.max_voltage: Input should be a valid integer",
        "item 3: $.format: Input should be 'SOCKET' or 'CABLE'",
        "OCPI 2.2.1 Connector (object): 4 items, 2 valid, 2 invalid; 2 violation(s), 0 warning(s)",
    ]


def test_undefined_fields_are_warnings_unless_strict(run: Any, tmp_path: Path) -> None:
    path = _write(tmp_path, _connector(x_vendor=1))
    status, out, _ = run("validate", "--ocpi", "2.2.1", "--type", "Connector", path)
    assert status == 0
    assert out.splitlines()[0] == "warning: $.x_vendor: field not defined by the specification"
    status, out, _ = run("validate", "--ocpi", "2.2.1", "--type", "Connector", "--strict", path)
    assert status == 1
    assert out.splitlines()[0] == "$.x_vendor: field not defined by the specification"


def test_an_envelope_is_checked_with_paths_under_data(run: Any, tmp_path: Path) -> None:
    envelope = {"data": [_connector(), _connector(id=None)], "status_code": 1000, "timestamp": NOW}
    status, out, _ = run(
        "validate",
        "--ocpi",
        "2.2.1",
        "--type",
        "Connector",
        "--envelope",
        _write(tmp_path, envelope),
    )
    assert status == 1
    assert out.splitlines()[0] == "item 1: $.data.id: Input should be a valid string"


def test_a_broken_envelope_is_reported(run: Any, tmp_path: Path) -> None:
    status, out, _ = run(
        "validate",
        "--ocpi",
        "2.2.1",
        "--type",
        "Connector",
        "--envelope",
        _write(tmp_path, {"data": _connector()}),
    )
    assert status == 1
    assert "$.status_code: required field missing" in out
    assert "$.timestamp: required field missing" in out


def test_an_error_envelope_without_data_is_valid(run: Any, tmp_path: Path) -> None:
    status, _, _ = run(
        "validate",
        "--ocpi",
        "2.2.1",
        "--type",
        "Location",
        "--envelope",
        _write(tmp_path, {"status_code": 2003, "timestamp": NOW}),
    )
    assert status == 0


def test_patch_needs_last_updated_from_2_2_1_on(run: Any, tmp_path: Path) -> None:
    path = _write(tmp_path, {"status": "CHARGING"})
    status, out, _ = run("validate", "--ocpi", "2.2.1", "--type", "EVSE", "--patch", path)
    assert (status, out.splitlines()[0]) == (1, "$.last_updated: required field missing")
    assert run("validate", "--ocpi", "2.1.1", "--type", "EVSE", "--patch", path)[0] == 0


def test_partial_takes_a_fragment(run: Any, tmp_path: Path) -> None:
    path = _write(tmp_path, {"opening_times": {"twentyfourseven": True}})
    assert run("validate", "--ocpi", "2.3.0", "--type", "Location", "--partial", path)[0] == 0
    assert run("validate", "--ocpi", "2.3.0", "--type", "Location", path)[0] == 1


def test_json_format_prints_one_object_per_finding_and_a_summary(run: Any, tmp_path: Path) -> None:
    path = _write(tmp_path, [_connector(id=5)])
    status, out, _ = run(
        "validate", "--ocpi", "2.2.1", "--type", "Connector", "--format", "json", path
    )
    records = [json.loads(line) for line in out.splitlines()]
    assert status == 1
    assert records == [
        {
            "index": 0,
            "path": "$.id",
            "kind": "string_type",
            "message": "Input should be a valid string",
            "warning": False,
        },
        {"summary": {"items": 1, "invalid": 1, "ok": False}},
    ]


def test_standard_input(monkeypatch: pytest.MonkeyPatch, run: Any) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(json.dumps(_connector()).encode()))
    monkeypatch.setattr(sys, "stdin", stdin)
    assert run("validate", "--ocpi", "2.2.1", "--type", "Connector", "-")[0] == 0


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--ocpi", "2.2", "--type", "Location"], "unknown OCPI version '2.2'"),
        (["--ocpi", "2.2.1", "--type", "Locaton"], "OCPI 2.2.1 defines no object 'Locaton'"),
        (["--ocpi", "2.1.1", "--type", "CdrToken"], "OCPI 2.1.1 defines no object 'CdrToken'"),
        (["--ocpi", "2.2.1"], "--ocpi needs --type NAME"),
        (["--ocpp", "2.0.1", "--type", "Location"], "need --ocpi"),
        (["--ocpi", "2.2.1", "--type", "EVSE", "--tolerant"], "are for OCPP logs"),
        (["--ocpi", "2.2.1", "--type", "EVSE", "--patch", "--partial"], "not allowed with"),
        (["--ocpi", "2.2.1", "--ocpp", "1.6", "--type", "EVSE"], "not allowed with"),
    ],
)
def test_usage_errors_exit_2_with_a_clear_message(
    run: Any, tmp_path: Path, argv: list[str], message: str
) -> None:
    status, _, err = run("validate", *argv, _write(tmp_path, _connector()))
    assert status == 2
    assert message in err
    assert "Traceback" not in err


def test_unreadable_file_and_non_json_input_exit_2(run: Any, tmp_path: Path) -> None:
    status, _, err = run("validate", "--ocpi", "2.2.1", "--type", "EVSE", str(tmp_path / "no"))
    assert status == 2
    assert "cannot read" in err
    bad = tmp_path / "bad.json"
    bad.write_bytes(b"{not json")
    status, _, err = run("validate", "--ocpi", "2.2.1", "--type", "EVSE", str(bad))
    assert (status, err) == (2, f"ocpkit validate: {bad} is not JSON\n")


@pytest.mark.parametrize("version", list(OcpiVersion))
def test_type_takes_every_generated_object_name(version: OcpiVersion) -> None:
    names = object_types(version)
    assert "Location" in names
    assert "ModuleID" not in names  # enums are not payloads
    for name in names:
        report = check_payload(b"{}", version=version, type_name=name, shape=PayloadShape.PARTIAL)
        assert report.ok, name


def test_the_installed_command_runs_without_a_traceback(tmp_path: Path) -> None:
    path = _write(tmp_path, [_connector(), _connector(id=1)])
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "ocpkit",
            "validate",
            "--ocpi",
            "2.2.1",
            "--type",
            "Connector",
            path,
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    assert "item 1: $.id" in done.stdout
    assert done.stderr == ""
