"""The ``ocpkit`` command: ``ocpkit validate`` on hand-made and real charger logs."""

import io
import json
import os
import subprocess
import sys
import tracemalloc
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest

from ocpkit.cli import main
from ocpkit.ocpp.logcheck import LogChecker, Severity, Summary, check_lines
from ocpkit.ocpp.validation import ValidationMode
from ocpkit.ocpp.version import OcppVersion
from tests import reference

Run = tuple[int, str, str]


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Any:
    """Run the real entry point in-process: ``run(*argv) -> (status, stdout, stderr)``."""

    def call(*argv: str) -> Run:
        status = main(list(argv))
        out, err = capsys.readouterr()
        return status, out, err

    return call


def write_log(tmp_path: Path, lines: Iterable[str], name: str = "charger.log") -> Path:
    path = tmp_path / name
    path.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
    return path


def lines_of(out: str) -> list[str]:
    return out.splitlines()


# -- usage -----------------------------------------------------------------------------------


def test_no_subcommand_prints_usage(run: Any) -> None:
    status, out, _ = run()
    assert status == 2
    assert out.startswith("usage: ocpkit")
    assert "validate" in out


def test_help_prints_usage_and_exits_zero(run: Any) -> None:
    status, out, _ = run("--help")
    assert status == 0
    assert "usage: ocpkit" in out
    assert "validate" in out


def test_validate_help_documents_exit_statuses(run: Any) -> None:
    status, out, _ = run("validate", "--help")
    assert status == 0
    for text in ("--ocpp", "--tolerant", "--format", "Exit status", "--max-pending"):
        assert text in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["validate", "x.log"], "one of the arguments --ocpp --ocpi is required"),
        (["validate", "--ocpp", "1.6"], "the following arguments are required: FILE"),
        (["validate", "--ocpp", "1.7", "x.log"], "unknown OCPP version '1.7'"),
        (["validate", "--ocpp", "1.6", "--format", "xml", "x.log"], "invalid choice: 'xml'"),
        (["validate", "--ocpp", "1.6", "--max-pending", "0", "x.log"], "positive integer"),
        (["frobnicate"], "invalid choice: 'frobnicate'"),
    ],
)
def test_usage_errors_exit_2_with_a_message(run: Any, argv: list[str], message: str) -> None:
    status, out, err = run(*argv)
    assert status == 2
    assert message in err
    assert "Traceback" not in out + err


def test_version_spellings_are_accepted(run: Any, tmp_path: Path) -> None:
    log = write_log(tmp_path, ['[2,"1","Heartbeat",{}]'])
    for spelling in ("1.6", "16", "ocpp1.6", "OCPP1.6"):
        assert run("validate", "--ocpp", spelling, str(log))[0] == 0


def test_missing_file_exits_2_without_traceback(run: Any, tmp_path: Path) -> None:
    missing = tmp_path / "nope.log"
    status, out, err = run("validate", "--ocpp", "1.6", str(missing))
    assert status == 2
    assert out == ""
    assert err == f"ocpkit validate: cannot read {missing}: No such file or directory\n"


def test_directory_exits_2_without_traceback(run: Any, tmp_path: Path) -> None:
    status, _, err = run("validate", "--ocpp", "2.0.1", str(tmp_path))
    assert status == 2
    assert err.startswith(f"ocpkit validate: cannot read {tmp_path}: ")
    assert "Traceback" not in err


# -- hand-made logs, one per version ---------------------------------------------------------

LOG_16 = [
    '[2,"1","BootNotification",{"chargePointModel":"M"}]',
    '[3,"1",{"status":"Accepted","currentTime":"2024-01-07T08:52:49Z","interval":300}]',
    "",
    '[2,"2","StatusNotification",{"connectorId":"1","errorCode":"NoError","status":"Available"}]',
    '[2,"3","Authorize",{"idTag":"123456789012345678901"}]',
    '[3,"3",{"idTagInfo":{"status":"Maybe"}}]',
    '[2,"4","Heartbeat",{"extra":1}]',
    '[2,"5","FooBar",{}]',
    '[3,"5",{"anything":true}]',
    '[3,"99",{}]',
    '[2,"6","Heartbeat",{}]',
    '[4,"6","OccurrenceConstraintViolation","",{}]',
    '[2,"7","Heartbeat",{}]',
    '[4,"7","RpcFrameworkError","",{}]',
    '[2,"8","SignCertificate",{"csr":"abc"}]',
    "garbage",
    '[5,"9","GenericError","",{}]',
    '[2,"10","Heartbeat",[]]',
    '[2,"11","MeterValues",{"connectorId":1,"meterValue":[{"timestamp":"2024-01-07T08:52:48Z",'
    '"sampledValue":[{"value":"1","unit":"kWh"}]}]}]',
]
EXPECTED_16 = [
    'line 1: id "1" BootNotification: OccurenceConstraintViolation at $.chargePointVendor '
    "(missing: Field required)",
    'line 4: id "2" StatusNotification: TypeConstraintViolation at $.connectorId '
    "(int_type: Input should be a valid integer)",
    'line 5: id "3" Authorize: PropertyConstraintViolation at $.idTag '
    "(string_too_long: String should have at most 20 characters)",
    'line 6: id "3" Authorize CALLRESULT: PropertyConstraintViolation at $.idTagInfo.status '
    "(enum: Input should be 'Accepted', 'Blocked', 'Expired', 'Invalid' or 'ConcurrentTx')",
    'line 7: id "4" Heartbeat: FormationViolation at $.extra '
    "(extra_forbidden: Extra inputs are not permitted)",
    'line 8: id "5" FooBar: NotImplemented (unknown_action: OCPP 1.6 has no action of that name)',
    'line 10: id "99" CALLRESULT: warning: unmatched '
    "(no unanswered CALL with this id earlier in the log, so nothing to check it against)",
    'line 14: id "7" Heartbeat CALLERROR: PropertyConstraintViolation at frame[2] '
    "(unknown_error_code: the error code is not one of OCPP 1.6's)",
    "line 16: not a frame: ProtocolError (not_json: frame is not valid JSON "
    "(unexpected character, expected a JSON value at character 0))",
    'line 17: id "9": unknown_message_type at frame[0] (message type 5 is not one of '
    "OCPP 1.6's (2, 3, 4); the version ignores it (no reply))",
    'line 18: id "10" Heartbeat: FormationViolation at frame[3] '
    "(bad_payload: payload must be a JSON object, not array)",
    "summary: 17 frames checked, 7 valid, 9 invalid, 1 unmatched; 1 line not a frame; 1 warning",
]


def test_ocpp_1_6_log(run: Any, tmp_path: Path) -> None:
    status, out, err = run("validate", "--ocpp", "1.6", str(write_log(tmp_path, LOG_16)))
    assert lines_of(out) == EXPECTED_16
    assert (status, err) == (1, "")


LOG_201 = [
    '[2,"1","BootNotification",{"reason":"PowerUp","chargingStation":{"model":"M"}}]',
    '[3,"1",{"currentTime":"2024-01-07T08:52:49Z","interval":300,"status":"Accepted"}]',
    '[2,"2","Heartbeat",{"x":1}]',
    '[4,"2","FormationViolation","",{}]',
    '[2,"3","StatusNotification",{"timestamp":"2024-01-07T08:52:48Z",'
    '"connectorStatus":"Available","evseId":1,"connectorId":1}]',
    '[3,"3",{}]',
    '[6,"4","NotifyPeriodicEventStream",{}]',
    '[7,"5"]',
    '[2,1,"Heartbeat",{}]',
    '{"not":"an array"}',
    '[4,"zz","GenericError","",{}]',
    '[4,"6","GenericError","' + "d" * 300 + '",{}]',
]
EXPECTED_201 = [
    'line 1: id "1" BootNotification: OccurrenceConstraintViolation at '
    "$.chargingStation.vendorName (missing: Field required)",
    'line 3: id "2" Heartbeat: FormatViolation at $.x '
    "(extra_forbidden: Extra inputs are not permitted)",
    'line 7: id "4": MessageTypeNotSupported at frame[0] '
    "(unknown_message_type: message type 6 is not one of OCPP 2.0.1's (2, 3, 4))",
    'line 8: id "5": MessageTypeNotSupported at frame[0] '
    "(unknown_message_type: message type 7 is not one of OCPP 2.0.1's (2, 3, 4))",
    "line 9: CALL: RpcFrameworkError at frame[1] (bad_message_id: message id must be a string "
    "of at most 36 characters; it is a JSON number)",
    "line 10: not a frame: RpcFrameworkError (not_array: frame must be a JSON array, not object)",
    'line 11: id "zz" CALLERROR: warning: unmatched '
    "(no unanswered CALL with this id earlier in the log, so nothing to check it against)",
    'line 12: id "6" CALLERROR: FormatViolation at frame[3] '
    "(bad_error_description: error description must be at most 255 characters long)",
    "summary: 11 frames checked, 4 valid, 6 invalid, 1 unmatched; 1 line not a frame; 1 warning",
]


def test_ocpp_2_0_1_log(run: Any, tmp_path: Path) -> None:
    status, out, err = run("validate", "--ocpp", "2.0.1", str(write_log(tmp_path, LOG_201)))
    assert lines_of(out) == EXPECTED_201
    assert (status, err) == (1, "")


LOG_21 = [
    '[2,"1","Heartbeat",{}]',
    '[3,"1",{"currentTime":"2024-01-07T08:52:49Z"}]',
    '[2,"2","Heartbeat",{}]',
    '[3,"2",{}]',
    '[5,"2","OccurrenceConstraintViolation","currentTime missing",{}]',
    '[5,"3","Nonsense","",{}]',
    '[6,"4","NotifyPeriodicEventStream",{"id":1,"pending":0,"basetime":"2024-01-07T08:52:49Z",'
    '"data":[{"t":0,"v":"1"}]}]',
    '[6,"5","NotifyPeriodicEventStream",{"id":1,"pending":0,"data":[{"t":0,"v":"1"}]}]',
    '[6,"6","Heartbeat",{}]',
    '[2,"7","NotifyPeriodicEventStream",{}]',
    '[8,"8"]',
    '[3,"9",null]',
]
EXPECTED_21 = [
    'line 4: id "2" Heartbeat CALLRESULT: OccurrenceConstraintViolation at $.currentTime '
    "(missing: Field required)",
    'line 6: id "3" CALLRESULTERROR: PropertyConstraintViolation at frame[2] '
    "(unknown_error_code: the error code is not one of OCPP 2.1's)",
    'line 8: id "5" NotifyPeriodicEventStream SEND: OccurrenceConstraintViolation at $.basetime '
    "(missing: Field required)",
    'line 9: id "6" Heartbeat SEND: NotSupported '
    "(call_as_send: Heartbeat expects an answer: it must be sent as CALL [2])",
    'line 10: id "7" NotifyPeriodicEventStream: NotSupported (send_as_call: '
    "NotifyPeriodicEventStream is an unconfirmed message: it must be sent as SEND [6])",
    'line 11: id "8": unknown_message_type at frame[0] (message type 8 is not one of '
    "OCPP 2.1's (2, 3, 4, 5, 6); the version ignores it (no reply))",
    'line 12: id "9" CALLRESULT: FormatViolation at frame[2] '
    "(bad_payload: payload must be a JSON object, not null)",
    "summary: 12 frames checked, 5 valid, 7 invalid, 0 unmatched; 0 lines not a frame; 0 warnings",
]


def test_ocpp_2_1_log(run: Any, tmp_path: Path) -> None:
    status, out, err = run("validate", "--ocpp", "2.1", str(write_log(tmp_path, LOG_21)))
    assert lines_of(out) == EXPECTED_21
    assert (status, err) == (1, "")


STATION = {"model": "M", "vendorName": "V"}


@pytest.mark.parametrize(
    ("version", "payload", "code", "path"),
    [
        ("1.6", {"chargePointModel": "M"}, "OccurenceConstraintViolation", "$.chargePointVendor"),
        (
            "2.0.1",
            {"reason": "PowerUp", "chargingStation": {"model": "M"}},
            "OccurrenceConstraintViolation",
            "$.chargingStation.vendorName",
        ),
        (
            "2.1",
            {"reason": "PowerUp", "chargingStation": {"vendorName": "V"}},
            "OccurrenceConstraintViolation",
            "$.chargingStation.model",
        ),
        (
            "1.6",
            {"chargePointModel": "M", "chargePointVendor": 7},
            "TypeConstraintViolation",
            "$.chargePointVendor",
        ),
        (
            "1.6",
            {"chargePointModel": "M", "chargePointVendor": "V", "x": 1},
            "FormationViolation",
            "$.x",
        ),
        (
            "2.0.1",
            {"reason": "Nope", "chargingStation": STATION},
            "PropertyConstraintViolation",
            "$.reason",
        ),
        (
            "2.1",
            {"reason": "PowerUp", "chargingStation": STATION, "x": 1},
            "FormatViolation",
            "$.x",
        ),
        (
            "2.1",
            {"reason": "PowerUp", "chargingStation": {**STATION, "model": 1}},
            "TypeConstraintViolation",
            "$.chargingStation.model",
        ),
    ],
)
def test_each_version_spells_its_error_code(
    run: Any, tmp_path: Path, version: str, payload: dict[str, Any], code: str, path: str
) -> None:
    frame = orjson.dumps([2, "531531716", "BootNotification", payload]).decode()
    status, out, _ = run("validate", "--ocpp", version, str(write_log(tmp_path, [frame])))
    first = lines_of(out)[0]
    assert first.startswith(f'line 1: id "531531716" BootNotification: {code} at {path} (')
    assert status == 1


def test_valid_log_exits_0(run: Any, tmp_path: Path) -> None:
    log = write_log(
        tmp_path,
        [
            '[2,"a","Heartbeat",{}]',
            '[3,"a",{"currentTime":"2024-01-07T08:52:49Z"}]',
            '[2,"b","Heartbeat",{}]',
            '[4,"b","InternalError","boom",{"where":"here"}]',
        ],
    )
    status, out, _ = run("validate", "--ocpp", "2.0.1", str(log))
    assert lines_of(out) == [
        "summary: 4 frames checked, 4 valid, 0 invalid, 0 unmatched; 0 lines not a frame; "
        "0 warnings"
    ]
    assert status == 0


def test_unmatched_results_alone_do_not_fail(run: Any, tmp_path: Path) -> None:
    log = write_log(tmp_path, ['[3,"x",{}]', '[4,"y","GenericError","",{}]'])
    status, out, _ = run("validate", "--ocpp", "1.6", str(log))
    assert status == 0
    assert lines_of(out)[-1] == (
        "summary: 2 frames checked, 0 valid, 0 invalid, 2 unmatched; 0 lines not a frame; "
        "2 warnings"
    )


def test_a_line_that_is_not_a_frame_is_reported_and_checking_goes_on(
    run: Any, tmp_path: Path
) -> None:
    log = write_log(
        tmp_path,
        ["2024-01-07 08:52:48 connected", '[2,"1","Heartbeat",{}]', "[2,", '[2,"2","Nope",{}]'],
    )
    status, out, _ = run("validate", "--ocpp", "2.0.1", str(log))
    assert lines_of(out) == [
        "line 1: not a frame: RpcFrameworkError (not_json: frame is not valid JSON "
        "(unexpected content after document at character 4))",
        "line 3: not a frame: RpcFrameworkError (not_json: frame is not valid JSON "
        "(unexpected end of data at character 4))",  # the line feed counts
        'line 4: id "2" Nope: NotImplemented (unknown_action: OCPP 2.0.1 has no action of that '
        "name)",
        "summary: 2 frames checked, 1 valid, 1 invalid, 0 unmatched; 2 lines not a frame; "
        "0 warnings",
    ]
    assert status == 1


def test_only_lines_not_frames_exit_1(run: Any, tmp_path: Path) -> None:
    status, out, _ = run("validate", "--ocpp", "2.1", str(write_log(tmp_path, ["hello"])))
    assert status == 1
    assert "0 frames checked" in out


def test_blank_lines_are_skipped_but_counted(run: Any, tmp_path: Path) -> None:
    log = write_log(tmp_path, ["", "   ", "\t", '[2,"1","Heartbeat",{"x":1}]', ""])
    status, out, _ = run("validate", "--ocpp", "1.6", str(log))
    assert lines_of(out)[0].startswith('line 4: id "1" Heartbeat: FormationViolation at $.x')
    assert "1 frame checked" in out
    assert status == 1


def test_empty_log_is_valid(run: Any, tmp_path: Path) -> None:
    status, out, _ = run("validate", "--ocpp", "1.6", str(write_log(tmp_path, [])))
    assert status == 0
    assert out.startswith("summary: 0 frames checked")


def test_byte_order_mark_and_crlf_line_endings_are_accepted(run: Any, tmp_path: Path) -> None:
    path = tmp_path / "windows.log"
    path.write_bytes(b'\xef\xbb\xbf[2,"1","Heartbeat",{}]\r\n[3,"1",{"currentTime":"x"}]\r\n')
    status, out, _ = run("validate", "--ocpp", "1.6", str(path))
    assert lines_of(out)[0].startswith(
        'line 2: id "1" Heartbeat CALLRESULT: PropertyConstraintViolation at $.currentTime'
    )
    assert status == 1


def test_ids_and_actions_are_printed_escaped(run: Any, tmp_path: Path) -> None:
    log = write_log(tmp_path, [r'[2,"a\u001b[31m\"b","Bad Action\n",{}]'])
    status, out, _ = run("validate", "--ocpp", "1.6", str(log))
    assert lines_of(out)[0] == (
        r'line 1: id "a\u001b[31m\"b" "Bad Action\n": NotImplemented '
        "(unknown_action: OCPP 1.6 has no action of that name)"
    )
    assert "\x1b" not in out
    assert status == 1


def test_invalid_utf8_is_not_a_frame(run: Any, tmp_path: Path) -> None:
    path = tmp_path / "binary.log"
    path.write_bytes(b'[2,"1","Heartbeat",{"x":"\xff"}]\n[2,"2","Heartbeat",{}]\n')
    status, out, _ = run("validate", "--ocpp", "2.1", str(path))
    assert lines_of(out)[0].startswith("line 1: not a frame: RpcFrameworkError (not_json:")
    assert "1 frame checked, 1 valid" in out
    assert status == 1


# -- tolerant mode ---------------------------------------------------------------------------


def test_tolerant_mode_prints_forgiven_violations_as_warnings(run: Any, tmp_path: Path) -> None:
    log = write_log(
        tmp_path,
        [
            '[2,"1","StatusNotification",{"connectorId":0,"errorCode":"Error","status":"Faulted",'
            '"timestamp":"2024-08-03T16:16:55Z","vendor":"x"}]',
            '[3,"1",{}]',
            '[2,"2","Authorize",{"idTag":"123456789012345678901"}]',
        ],
    )
    status, out, _ = run("validate", "--ocpp", "1.6", "--tolerant", str(log))
    assert lines_of(out) == [
        'line 1: id "1" StatusNotification: warning: PropertyConstraintViolation at $.errorCode '
        "(enum: Input should be 'ConnectorLockFailure', 'EVCommunicationError', "
        "'GroundFailure', 'HighTemperature', 'InternalError', 'LocalListConflict', 'NoError', "
        "'OtherError', 'OverCurrentFailure', 'PowerMeterFailure', 'PowerSwitchFailure', "
        "'ReaderFailure', 'ResetFailure', 'UnderVoltage', 'OverVoltage' or 'WeakSignal')",
        'line 1: id "1" StatusNotification: warning: FormationViolation at $.vendor '
        "(extra_forbidden: Extra inputs are not permitted)",
        'line 3: id "2" Authorize: warning: PropertyConstraintViolation at $.idTag '
        "(string_too_long: String should have at most 20 characters)",
        "summary: 3 frames checked, 3 valid, 0 invalid, 0 unmatched; 0 lines not a frame; "
        "3 warnings",
    ]
    assert status == 0
    strict_status, strict_out, _ = run("validate", "--ocpp", "1.6", str(log))
    assert strict_status == 1
    assert "[+1 more]" in strict_out  # one line per invalid frame, however many violations


def test_tolerant_mode_still_refuses_what_it_cannot_read(run: Any, tmp_path: Path) -> None:
    log = write_log(tmp_path, ['[2,"1","BootNotification",{"chargePointModel":"M"}]'])
    status, out, _ = run("validate", "--ocpp", "1.6", "--tolerant", str(log))
    assert "OccurenceConstraintViolation at $.chargePointVendor" in out
    assert status == 1


# -- pending calls ---------------------------------------------------------------------------


def test_results_are_matched_to_their_call_by_id_across_lines(run: Any, tmp_path: Path) -> None:
    log = write_log(
        tmp_path,
        [
            '[2,"a","Heartbeat",{}]',
            '[2,"b","Authorize",{"idTag":"T"}]',
            '[3,"a",{"currentTime":"2024-01-07T08:52:49Z"}]',
            '[3,"b",{"currentTime":"2024-01-07T08:52:49Z"}]',  # a Heartbeat answer to Authorize
            '[3,"a",{"currentTime":"2024-01-07T08:52:49Z"}]',  # answered already
        ],
    )
    status, out, _ = run("validate", "--ocpp", "1.6", str(log))
    assert lines_of(out)[:2] == [
        'line 4: id "b" Authorize CALLRESULT: FormationViolation at $.currentTime '
        "(extra_forbidden: Extra inputs are not permitted) [+1 more]",
        'line 5: id "a" CALLRESULT: warning: unmatched '
        "(no unanswered CALL with this id earlier in the log, so nothing to check it against)",
    ]
    assert status == 1


def test_pending_calls_are_bounded(run: Any, tmp_path: Path) -> None:
    calls = [f'[2,"{n}","Heartbeat",{{}}]' for n in range(5)]
    log = write_log(
        tmp_path, [*calls, '[3,"0",{}]', '[3,"4",{"currentTime":"2024-01-07T08:52:49Z"}]']
    )
    status, out, _ = run("validate", "--ocpp", "2.0.1", "--max-pending", "3", str(log))
    assert lines_of(out) == [
        'line 6: id "0" CALLRESULT: warning: unmatched '
        "(no unanswered CALL with this id earlier in the log, so nothing to check it against)",
        "summary: 7 frames checked, 6 valid, 0 invalid, 1 unmatched; 0 lines not a frame; "
        "1 warning; 2 unanswered calls forgotten",
    ]
    assert status == 0


def test_checker_forgets_the_oldest_calls_first() -> None:
    checker = LogChecker(OcppVersion.V16, max_pending=1000)
    for n in range(50_000):
        checker.feed(f'[2,"{n}","Heartbeat",{{}}]')
    assert checker.summary().forgotten == 49_000
    assert checker.feed('[3,"48999",{}]')[0].reason == "unmatched"
    assert checker.feed('[3,"49000",{"currentTime":"2024-01-07T08:52:49Z"}]') == []


def test_checker_refuses_a_zero_bound() -> None:
    with pytest.raises(ValueError, match="max_pending"):
        LogChecker(OcppVersion.V16, max_pending=0)


# -- JSON output -----------------------------------------------------------------------------


def test_json_output_has_one_object_per_finding_then_the_summary(run: Any, tmp_path: Path) -> None:
    status, out, _ = run(
        "validate", "--ocpp", "1.6", "--format", "json", str(write_log(tmp_path, LOG_16))
    )
    records = [json.loads(line) for line in lines_of(out)]
    assert len(records) == len(EXPECTED_16)
    assert records[0] == {
        "line": 1,
        "severity": "error",
        "message": "Field required",
        "reason": "missing",
        "code": "OccurenceConstraintViolation",
        "path": "$.chargePointVendor",
        "message_id": "1",
        "action": "BootNotification",
        "frame_type": "CALL",
        "more": 0,
    }
    assert records[-1] == {
        "summary": {
            "frames": 17,
            "valid": 7,
            "invalid": 9,
            "unmatched": 1,
            "not_frames": 1,
            "warnings": 1,
            "forgotten": 0,
        }
    }
    assert [r["severity"] for r in records[:-1]].count("warning") == 1
    assert status == 1


# -- standard input and the real entry points ------------------------------------------------


def test_standard_input(run: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "\n".join(LOG_21) + "\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
    status, out, _ = run("validate", "--ocpp", "2.1", "-")
    assert lines_of(out) == EXPECTED_21
    assert status == 1


def test_broken_pipe_ends_quietly(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    class ClosedPipe(io.StringIO):
        def write(self, text: str) -> int:
            raise BrokenPipeError

    monkeypatch.setattr(sys, "stdout", ClosedPipe())
    assert main(["validate", "--ocpp", "1.6", str(write_log(tmp_path, LOG_16))]) == 141


def _subprocess(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "ocpkit", *args],
        input=stdin,
        capture_output=True,
        timeout=120,
        check=False,
    )


def test_python_dash_m_ocpkit_validate(tmp_path: Path) -> None:
    result = _subprocess("validate", "--ocpp", "2.0.1", str(write_log(tmp_path, LOG_201)))
    assert result.stdout.decode().splitlines() == EXPECTED_201
    assert (result.returncode, result.stderr) == (1, b"")


def test_python_dash_m_ocpkit_reads_a_pipe() -> None:
    result = _subprocess("validate", "--ocpp", "1.6", "-", stdin="\n".join(LOG_16).encode())
    assert result.stdout.decode().splitlines() == EXPECTED_16
    assert result.returncode == 1


def test_python_dash_m_ocpkit_usage_errors() -> None:
    result = _subprocess("validate", "--ocpp", "3.0", "-", stdin=b"")
    assert result.returncode == 2
    assert b"unknown OCPP version '3.0'" in result.stderr
    assert b"Traceback" not in result.stderr
    assert _subprocess().returncode == 2


def test_console_script(tmp_path: Path) -> None:
    script = Path(sys.executable).with_name("ocpkit")
    if not script.exists():
        pytest.skip("the ocpkit console script is not installed next to this Python")
    result = subprocess.run(
        [str(script), "validate", "--ocpp", "2.1", str(write_log(tmp_path, LOG_21))],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert result.stdout.decode().splitlines() == EXPECTED_21
    assert result.returncode == 1


# -- memory ----------------------------------------------------------------------------------


class _GeneratedFile(io.RawIOBase):
    """A read-only byte stream produced on the fly (nothing is held but the current chunk)."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._current = b""
        self.size = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while not self._current:
            chunk = next(self._chunks, None)
            if chunk is None:
                return 0
            self._current = chunk
            self.size += len(chunk)
        count = min(len(buffer), len(self._current))
        buffer[:count] = self._current[:count]
        self._current = self._current[count:]
        return count


def _big_log(frames: int) -> Iterator[bytes]:
    for n in range(frames // 2):
        yield (
            f'[2,"{n}","StatusNotification",{{"connectorId":1,"errorCode":"NoError",'
            f'"status":"Available","timestamp":"2024-01-07T08:52:48.477Z"}}]\n'
        ).encode()
        # Two calls in three are answered: the others pile up in the pending map.
        yield (f'[3,"{n}",{{}}]\n' if n % 3 else f'[2,"h{n}","Heartbeat",{{}}]\n').encode()


def test_a_large_log_streams_in_bounded_memory(run: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    frames = 200_000
    source = _GeneratedFile(_big_log(100))
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(source)))
    run("validate", "--ocpp", "1.6", "-")  # warm up: loads the models outside the trace
    source = _GeneratedFile(_big_log(frames))
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(source)))
    tracemalloc.start()
    try:
        status, out, _ = run("validate", "--ocpp", "1.6", "-")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert source.size > 15_000_000
    assert out == (
        "summary: 200000 frames checked, 200000 valid, 0 invalid, 0 unmatched; "
        "0 lines not a frame; 0 warnings; 56668 unanswered calls forgotten\n"
    )
    assert status == 0
    # The pending map (10,000 entries) dominates; the input never is held.
    assert peak < 6_000_000, peak


# -- real charger logs -----------------------------------------------------------------------


def _real_frames() -> Path:
    shared = os.environ.get("OCPKIT_SHARED")
    base = Path(shared) if shared else Path(__file__).resolve().parents[1].parent / "shared"
    return base / "real-frames"


REAL = _real_frames()
REAL_FILES = sorted(REAL.glob("*.jsonl")) if REAL.is_dir() else []
needs_real = pytest.mark.skipif(not REAL_FILES, reason=f"no real frames at {REAL}")


def _real_log(source: Path, tmp_path: Path) -> tuple[OcppVersion, list[str], Path]:
    rows = [orjson.loads(line) for line in source.read_bytes().splitlines() if line.strip()]
    versions = {row["version"] for row in rows}
    assert len(versions) == 1
    # One frame per line: a frame logged over several lines is joined (JSON whitespace).
    frames = [row["frame"].replace("\r", " ").replace("\n", " ") for row in rows]
    return OcppVersion(versions.pop()), frames, write_log(tmp_path, frames, source.stem + ".log")


def _reference_verdicts(version: OcppVersion, frames: list[str]) -> dict[int, bool]:
    """Line -> valid, by the official schema, for every CALL and matched CALLRESULT."""
    actions = {name for name, _ in reference.messages(version)}
    pending: dict[str, str] = {}
    verdicts = {}
    for line, text in enumerate(frames, 1):
        frame = reference.load_json(text)
        if frame[0] == 2:
            pending[frame[1]] = frame[2]
            if frame[2] in actions:
                verdicts[line] = reference.is_valid(version, frame[2], "request", frame[3])
        elif frame[0] == 3 and frame[1] in pending:
            action = pending.pop(frame[1])
            if action in actions:
                verdicts[line] = reference.is_valid(version, action, "response", frame[2])
    return verdicts


@needs_real
@pytest.mark.parametrize("source", REAL_FILES, ids=[path.stem for path in REAL_FILES])
def test_real_logs_get_the_schema_verdict(run: Any, tmp_path: Path, source: Path) -> None:
    version, frames, log = _real_log(source, tmp_path)
    status, out, err = run("validate", "--ocpp", str(version), "--format", "json", str(log))
    records = [json.loads(line) for line in lines_of(out)]
    errors = {r["line"] for r in records[:-1] if r["severity"] == "error"}
    for line, valid in _reference_verdicts(version, frames).items():
        assert (line not in errors) == valid, f"line {line}: {frames[line - 1][:120]}"
    summary = records[-1]["summary"]
    assert summary["frames"] == len(frames)
    assert status == (0 if not errors else 1)
    assert err == ""


REAL_INVALID = {
    "lbbrhzn_ocpp_1248": 'line 1: id "28240181849166013077" StatusNotification: '
    "PropertyConstraintViolation at $.errorCode (enum: Input should be 'ConnectorLockFailure', "
    "'EVCommunicationError', 'GroundFailure', 'HighTemperature', 'InternalError', "
    "'LocalListConflict', 'NoError', 'OtherError', 'OverCurrentFailure', 'PowerMeterFailure', "
    "'PowerSwitchFailure', 'ReaderFailure', 'ResetFailure', 'UnderVoltage', 'OverVoltage' or "
    "'WeakSignal')",
    "lbbrhzn_ocpp_361": 'line 1: id "4" MeterValues: PropertyConstraintViolation at '
    "$.meterValue[0].sampledValue[1].context (enum: Input should be 'Interruption.Begin', "
    "'Interruption.End', 'Sample.Clock', 'Sample.Periodic', 'Transaction.Begin', "
    "'Transaction.End', 'Trigger' or 'Other')",
    "steve-community_steve_45": 'line 1: id "UID2077486715" CALLERROR: FormationViolation at '
    "frame[4] (bad_error_details: error details must be a JSON object, not string)",
}


@needs_real
@pytest.mark.parametrize(("stem", "expected"), sorted(REAL_INVALID.items()))
def test_real_invalid_frames_are_reported_exactly(
    run: Any, tmp_path: Path, stem: str, expected: str
) -> None:
    _, _, log = _real_log(REAL / f"{stem}.jsonl", tmp_path)
    status, out, _ = run("validate", "--ocpp", "1.6", str(log))
    assert lines_of(out)[0] == expected
    assert status == 1


@needs_real
def test_real_enum_slips_pass_in_tolerant_mode(run: Any, tmp_path: Path) -> None:
    for stem in ("lbbrhzn_ocpp_1248", "lbbrhzn_ocpp_361"):
        _, _, log = _real_log(REAL / f"{stem}.jsonl", tmp_path)
        status, out, _ = run("validate", "--ocpp", "1.6", "--tolerant", str(log))
        assert lines_of(out)[0].startswith("line 1: id ")
        assert ": warning: PropertyConstraintViolation at $." in lines_of(out)[0]
        assert status == 0


@needs_real
def test_real_logs_are_mostly_valid(tmp_path: Path) -> None:
    """Most real traffic is valid: a checker that refuses it all would be useless."""
    valid = invalid = 0
    for source in REAL_FILES:
        version, frames, _ = _real_log(source, tmp_path)
        summary = list(check_lines(frames, version))[-1]
        assert isinstance(summary, Summary)
        valid += summary.valid
        invalid += summary.invalid
    assert valid > 90
    assert invalid == len(REAL_INVALID)


# -- the sans-IO checker directly ------------------------------------------------------------


def test_checker_accepts_str_and_bytes_alike() -> None:
    as_text = list(check_lines(LOG_16, OcppVersion.V16))
    as_bytes = list(check_lines([line.encode() for line in LOG_16], OcppVersion.V16))
    assert as_text == as_bytes
    assert [f.format() for f in as_text] == EXPECTED_16


def test_checker_counts_lines_it_is_fed() -> None:
    checker = LogChecker(OcppVersion.V201, ValidationMode.TOLERANT)
    assert checker.feed("") == []
    (finding,) = checker.feed('[2,"1","Heartbeat",{"x":1}]')
    assert (finding.line, finding.severity, finding.code) == (
        2,
        Severity.WARNING,
        "FormatViolation",
    )
    assert checker.summary() == Summary(frames=1, valid=1, warnings=1)
    assert checker.summary().ok
