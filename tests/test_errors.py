"""Error codes per version and the violation -> error code table."""

import pytest

from ocpkit.ocpp import v16, v201
from ocpkit.ocpp.errors import (
    ErrorKind,
    OcppError,
    PayloadValidationError,
    V2ErrorCode,
    V16ErrorCode,
    Violation,
    error_code,
    json_path,
    parse_error_code,
    primary,
)
from ocpkit.ocpp.validation import decode_strict
from ocpkit.ocpp.version import OcppVersion


def test_16_spells_formation_and_occurence() -> None:
    assert error_code(ErrorKind.FORMAT, OcppVersion.V16) == "FormationViolation"
    assert error_code(ErrorKind.OCCURRENCE, OcppVersion.V16) == "OccurenceConstraintViolation"


@pytest.mark.parametrize("version", [OcppVersion.V201, OcppVersion.V21])
def test_2x_spells_format_and_occurrence(version: OcppVersion) -> None:
    assert error_code(ErrorKind.FORMAT, version) == "FormatViolation"
    assert error_code(ErrorKind.OCCURRENCE, version) == "OccurrenceConstraintViolation"
    assert error_code(ErrorKind.RPC_FRAMEWORK, version) == "RpcFrameworkError"
    assert error_code(ErrorKind.MESSAGE_TYPE_NOT_SUPPORTED, version) == "MessageTypeNotSupported"


@pytest.mark.parametrize("kind", [ErrorKind.RPC_FRAMEWORK, ErrorKind.MESSAGE_TYPE_NOT_SUPPORTED])
def test_16_has_no_2x_only_codes(kind: ErrorKind) -> None:
    with pytest.raises(ValueError, match=r"1\.6 has no error code"):
        error_code(kind, OcppVersion.V16)


def test_code_sets_are_exactly_the_specs() -> None:
    assert {c.value for c in V16ErrorCode} == {
        "NotImplemented", "NotSupported", "InternalError", "ProtocolError", "SecurityError",
        "FormationViolation", "PropertyConstraintViolation", "OccurenceConstraintViolation",
        "TypeConstraintViolation", "GenericError",
    }  # fmt: skip
    assert {c.value for c in V2ErrorCode} == {
        "FormatViolation", "GenericError", "InternalError", "MessageTypeNotSupported",
        "NotImplemented", "NotSupported", "OccurrenceConstraintViolation",
        "PropertyConstraintViolation", "ProtocolError", "RpcFrameworkError", "SecurityError",
        "TypeConstraintViolation",
    }  # fmt: skip


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("FormationViolation", ErrorKind.FORMAT),
        ("FormatViolation", ErrorKind.FORMAT),
        ("OccurenceConstraintViolation", ErrorKind.OCCURRENCE),
        ("OccurrenceConstraintViolation", ErrorKind.OCCURRENCE),
        ("NotImplemented", ErrorKind.NOT_IMPLEMENTED),
        ("RpcFrameworkError", ErrorKind.RPC_FRAMEWORK),
    ],
)
def test_both_spellings_are_read(text: str, kind: ErrorKind) -> None:
    assert parse_error_code(text) is kind


def test_unknown_code_is_not_read() -> None:
    assert parse_error_code("SomethingElse") is None


def test_precedence_is_format_occurrence_type_property() -> None:
    def violation(kind: ErrorKind) -> Violation:
        return Violation(kind, "$.x", "r", "m")

    kinds = [ErrorKind.PROPERTY, ErrorKind.TYPE, ErrorKind.OCCURRENCE, ErrorKind.FORMAT]
    for count in range(1, 5):
        assert primary(violation(k) for k in kinds[:count]).kind is kinds[count - 1]


def test_json_path() -> None:
    assert json_path(("meterValue", 0, "sampledValue", 12, "unit")) == (
        "$.meterValue[0].sampledValue[12].unit"
    )
    assert json_path(()) == "$"


def test_payload_validation_error_reports_the_primary_violation_per_version() -> None:
    with pytest.raises(PayloadValidationError) as caught:
        decode_strict(v16.BootNotificationRequest, b'{"chargePointModel": 5, "x": 1}')
    error = caught.value
    assert error.code(OcppVersion.V16) == "FormationViolation"
    assert {v.path for v in error.violations} == {
        "$.chargePointModel",
        "$.x",
        "$.chargePointVendor",
    }
    with pytest.raises(PayloadValidationError) as caught:
        decode_strict(v201.HeartbeatResponse, b"{}")
    assert caught.value.code(OcppVersion.V201) == "OccurrenceConstraintViolation"
    assert caught.value.violations[0].path == "$.currentTime"


def test_error_text_does_not_quote_large_input() -> None:
    huge = "x" * 1_000_000
    with pytest.raises(PayloadValidationError) as caught:
        decode_strict(v16.AuthorizeRequest, f'{{"idTag": "{huge}"}}')
    assert len(str(caught.value)) < 300
    assert caught.value.code(OcppVersion.V16) == "PropertyConstraintViolation"


def test_ocpp_error_defaults_to_generic_and_takes_a_kind() -> None:
    assert OcppError("x").code(OcppVersion.V201) == "GenericError"
    assert OcppError("x", kind=ErrorKind.NOT_SUPPORTED).code(OcppVersion.V16) == "NotSupported"
