"""Numbers keep their value, and 1.6's ``multipleOf: 0.1`` is judged on the decimal value."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ocpkit.ocpp import v16
from ocpkit.ocpp.errors import PayloadValidationError
from ocpkit.ocpp.validation import decode_strict
from ocpkit.ocpp.version import OcppVersion
from tests import reference


def _period(limit: str) -> str:
    return f'{{"startPeriod":0,"limit":{limit}}}'


def _set_charging_profile(limit: str) -> str:
    return (
        '{"connectorId":1,"csChargingProfiles":{"chargingProfileId":1,"stackLevel":0,'
        '"chargingProfilePurpose":"TxProfile","chargingProfileKind":"Absolute",'
        '"chargingSchedule":{"chargingRateUnit":"A","chargingSchedulePeriod":'
        f"[{_period(limit)}]}}}}}}"
    )


@pytest.mark.parametrize(
    ("limit", "valid"),
    [("16.1", True), ("16.15", False), ("8403283.2", True), ("0.3", True), ("-0.3", True),
     ("0.30000000000000004", False), ("7", True), ("1234567890123.4", True), ("0.05", False)],
)  # fmt: skip
def test_multiple_of_01_is_judged_on_the_decimal_value(limit: str, valid: bool) -> None:
    payload = _set_charging_profile(limit)
    assert (
        reference.is_valid(
            OcppVersion.V16, "SetChargingProfile", "request", reference.load_json(payload)
        )
        is valid
    )
    if valid:
        assert v16.ChargingSchedulePeriod.from_json(_period(limit)).limit == float(limit)
        assert decode_strict(v16.SetChargingProfileRequest, payload) is not None
    else:
        with pytest.raises(PayloadValidationError) as caught:
            decode_strict(v16.SetChargingProfileRequest, payload)
        assert caught.value.code(OcppVersion.V16) == "PropertyConstraintViolation"


@given(st.decimals(allow_nan=False, allow_infinity=False, places=3).filter(
    lambda d: abs(d) < Decimal("1e12")
))  # fmt: skip
def test_multiple_of_agrees_with_decimal_arithmetic(value: Decimal) -> None:
    text = format(value, "f")
    expected = reference.is_valid(
        OcppVersion.V16,
        "SetChargingProfile",
        "request",
        reference.load_json(_set_charging_profile(text)),
    )
    try:
        decode_strict(v16.SetChargingProfileRequest, _set_charging_profile(text))
    except PayloadValidationError:
        accepted = False
    else:
        accepted = True
    assert accepted is expected


def test_number_values_survive_a_round_trip() -> None:
    period = v16.ChargingSchedulePeriod.from_json(_period("7.2"))
    assert period.to_json() == b'{"startPeriod":0,"limit":7.2}'
    assert v16.ChargingSchedulePeriod.from_json(_period("0.1")).to_json() == (
        b'{"startPeriod":0,"limit":0.1}'
    )
