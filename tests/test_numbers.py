"""Numbers keep their value, 1.6's ``multipleOf: 0.1`` is judged on the decimal value, and
integers in typed fields are signed 64-bit."""

from decimal import Decimal
from typing import Final

import pytest
from annotated_types import Gt, Lt
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from ocpkit._base import INTEGER_RANGE, OcppModel
from ocpkit.ocpp import v16, v21, v201
from ocpkit.ocpp.errors import ErrorKind, PayloadValidationError
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


# -- integers in typed fields: signed 64 bits --------------------------------------------------

_LOW, _HIGH = INTEGER_RANGE

# (field, written, accepted): the number policy of ocpkit.ocpp.errors, row by row.
INTEGER_POLICY: Final = [
    ("startPeriod", str(_HIGH), True),
    ("startPeriod", str(_LOW), True),
    ("startPeriod", str(_HIGH + 1), False),
    ("startPeriod", str(_LOW - 1), False),
    ("startPeriod", "9" * 400, False),
    ("limit", str(_HIGH + 1), False),
    ("limit", str(_LOW - 1), False),
    ("limit", "1" + "0" * 27, False),
    ("limit", "1e27", True),
    ("limit", "-1.5e300", True),
    ("limit", str(_HIGH), True),  # in range: rounds to 2**63 as a double, still accepted
    ("limit", str(_LOW), True),
]


@pytest.mark.parametrize(("field", "written", "accepted"), INTEGER_POLICY)
def test_typed_integers_are_signed_64_bit_whatever_the_field(
    field: str, written: str, accepted: bool
) -> None:
    values = {"startPeriod": "0", "limit": "1.0", field: written}
    text = f'{{"startPeriod":{values["startPeriod"]},"limit":{values["limit"]}}}'
    if accepted:
        period = decode_strict(v201.ChargingSchedulePeriod, text)
        assert period.start_period == int(values["startPeriod"])
        assert period.limit == float(values["limit"])
        return
    with pytest.raises(PayloadValidationError) as caught:
        decode_strict(v201.ChargingSchedulePeriod, text)
    assert caught.value.kind is ErrorKind.PROPERTY
    assert caught.value.violations[0].path == f"$.{field}"


def test_a_python_integer_outside_64_bits_is_refused_by_the_constructor() -> None:
    with pytest.raises(ValidationError):
        v201.ChargingSchedulePeriod(start_period=_HIGH + 1, limit=1.0)
    assert v201.ChargingSchedulePeriod(start_period=0, limit=1e300).limit == 1e300


def test_no_generated_number_has_an_exclusive_bound() -> None:
    # validation.py tells the 2**63 bound of a number field by its less_than / greater_than
    # errors: that holds only while the schemas themselves have no exclusive bounds.
    for package in (v16, v201, v21):
        for name in dir(package):
            model = getattr(package, name)
            if not (isinstance(model, type) and issubclass(model, OcppModel)):
                continue
            for field in model.model_fields.values():
                assert not any(isinstance(m, Gt | Lt) for m in field.metadata), (name, field)
