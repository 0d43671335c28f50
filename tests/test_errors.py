"""Error codes per version, the violation -> error code table, and what error details go out."""

from typing import Any, Final

import orjson
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from ocpkit.ocpp import v16, v201
from ocpkit.ocpp.errors import (
    MAX_DETAIL_LENGTH,
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
    wire_details,
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


# -- error details: what may go out ------------------------------------------------------------

# (details given, details kept and sent): the rules of wire_details, row by row.
WIRE_DETAILS: Final[list[tuple[dict[str, Any], dict[str, Any]]]] = [
    ({"ids": [1, 2], "n": {"m": None}}, {"ids": [1, 2], "n": {"m": None}}),
    ({"s": "x" * 500}, {"s": "x" * (MAX_DETAIL_LENGTH - 3) + "..."}),
    ({"k" * 500: 1}, {"k" * (MAX_DETAIL_LENGTH - 3) + "...": 1}),
    ({"big": 2**64, "small": -(2**63)}, {"big": str(2**64), "small": -(2**63)}),
    ({"f": float("nan"), "g": float("inf"), "h": 1.5}, {"f": None, "g": None, "h": 1.5}),
    ({"t": (1, "a"), "b": True}, {"t": [1, "a"], "b": True}),
]


@pytest.mark.parametrize(("given", "sent"), WIRE_DETAILS)
def test_error_details_are_kept_in_the_form_they_go_out_in(
    given: dict[str, Any], sent: dict[str, Any]
) -> None:
    assert wire_details(given) == sent
    assert OcppError(details=given).details == sent
    assert orjson.loads(orjson.dumps(sent)) == sent  # orjson can write every one of them


@pytest.mark.parametrize(
    "details", [{"o": object()}, {"s": {1, 2}}, {1: "x"}, {"deep": [[[[[[[[[[1]]]]]]]]]]}]
)
def test_error_details_that_are_no_json_are_refused_when_the_error_is_made(
    details: dict[Any, Any],
) -> None:
    with pytest.raises(TypeError):
        OcppError(details=details)


_JSON: Final = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=200),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=10,
)


@given(st.dictionaries(st.text(max_size=200), _JSON, max_size=4))
@example({"s": "é" * 200, "n": 2**70})
def test_wire_details_is_idempotent(details: dict[str, Any]) -> None:
    once = wire_details(details)
    assert wire_details(once) == once
    orjson.dumps(once)  # what goes out can be written
