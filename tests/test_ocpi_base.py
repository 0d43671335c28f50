"""The OCPI field types and object base: each rule of the spec's types chapter, on generated
models of every version."""

import json
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from pydantic import ValidationError

from ocpkit._ocpi_base import (
    CaseInsensitive,
    CiStr,
    ci_equal,
    format_ocpi_datetime,
    parse_ocpi_datetime,
)
from ocpkit.ocpi import v211, v221, v230

NOW = "2024-03-01T10:20:30Z"
ROOT = Path(__file__).resolve().parent.parent


def _connector(**changes: Any) -> dict[str, Any]:
    connector: dict[str, Any] = {
        "id": "1",
        "standard": "IEC_62196_T2",
        "format": "SOCKET",
        "power_type": "AC_3_PHASE",
        "max_voltage": 230,
        "max_amperage": 32,
        "last_updated": NOW,
    }
    connector.update(changes)
    return connector


def _errors(error: ValidationError) -> list[tuple[tuple[int | str, ...], str]]:
    return [(tuple(e["loc"]), e["type"]) for e in error.errors()]


# -- DateTime ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-03-01T10:20:30Z", datetime(2024, 3, 1, 10, 20, 30, tzinfo=UTC)),
        ("2024-03-01T10:20:30", datetime(2024, 3, 1, 10, 20, 30, tzinfo=UTC)),
        ("2024-03-01T10:20:30.5Z", datetime(2024, 3, 1, 10, 20, 30, 500000, tzinfo=UTC)),
        ("2024-03-01T10:20:30.12345", datetime(2024, 3, 1, 10, 20, 30, 123450, tzinfo=UTC)),
    ],
)
def test_datetime_input_takes_z_no_designator_and_fractions(text: str, expected: datetime) -> None:
    connector = v221.Connector.from_json(json.dumps(_connector(last_updated=text)))
    assert connector.last_updated == expected
    assert connector.last_updated.tzinfo is not None


@pytest.mark.parametrize(
    "text",
    [
        "2024-03-01T10:20:30+01:00",  # offsets are not OCPI
        "2024-03-01 10:20:30Z",
        "2024-13-01T10:20:30Z",  # no 13th month
        "2024-02-30T10:20:30Z",
        "2024-03-01T10:20Z",
        "2024-03-01T10:20:30.1234567890123Z",  # longer than the 25 characters allowed
        "1709288430",
        "",
    ],
)
def test_datetime_refuses_what_is_not_an_ocpi_datetime(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        v221.Connector.from_json(json.dumps(_connector(last_updated=text)))
    assert [loc for loc, _ in _errors(caught.value)] == [("last_updated",)]
    with pytest.raises(ValueError, match=r"DateTime|month|day|Input"):
        parse_ocpi_datetime(text)


def test_datetime_output_is_utc_with_z_and_at_most_milliseconds() -> None:
    plus_two = timezone(timedelta(hours=2))
    connector = v221.Connector.from_json(json.dumps(_connector()))
    moved = connector.model_copy(
        update={"last_updated": datetime(2024, 3, 1, 12, 0, 0, 123456, tzinfo=plus_two)}
    )
    assert json.loads(moved.to_json())["last_updated"] == "2024-03-01T10:00:00.123Z"
    assert format_ocpi_datetime(datetime(2024, 3, 1, tzinfo=UTC)) == "2024-03-01T00:00:00Z"
    assert format_ocpi_datetime(datetime(2024, 3, 1, 0, 0, 0, 999, tzinfo=UTC)).endswith(":00Z")


def test_datetime_refuses_naive_values_from_python() -> None:
    naive = datetime(2024, 1, 1)
    with pytest.raises(ValidationError):
        v221.StatusSchedule(period_begin=naive, status=v221.Status.AVAILABLE)
    with pytest.raises(ValueError, match="aware"):
        format_ocpi_datetime(naive)


@given(
    st.datetimes(
        min_value=datetime(1970, 1, 1),
        max_value=datetime(9999, 12, 31),
        timezones=st.just(UTC),
    )
)
@example(datetime(2024, 2, 29, 23, 59, 59, 999999, tzinfo=UTC))
def test_datetime_round_trip_keeps_the_millisecond(value: datetime) -> None:
    text = format_ocpi_datetime(value)
    assert text.endswith("Z")
    back = parse_ocpi_datetime(text)
    assert back == value.replace(microsecond=value.microsecond // 1000 * 1000)
    assert format_ocpi_datetime(back) == text


# -- numbers ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("wire", "value"),
    [
        ("0.1", Decimal("0.1")),
        ("2.00", Decimal("2.0")),
        ("22000", Decimal(22000)),
        ("0.2137", Decimal("0.2137")),
        ("-1.5e3", Decimal("-1500.0")),
    ],
)
def test_numbers_are_exact_decimals(wire: str, value: Decimal) -> None:
    price = v221.Price.from_json(f'{{"excl_vat": {wire}}}')
    assert type(price.excl_vat) is Decimal
    assert price.excl_vat == value
    assert json.loads(price.to_json(), parse_float=Decimal)["excl_vat"] == value


@pytest.mark.parametrize("wire", ['"0.1"', "true", "null", "NaN", "Infinity", "[1]"])
def test_numbers_refuse_strings_booleans_and_non_finite_values(wire: str) -> None:
    with pytest.raises(ValidationError):
        v221.Price.from_json(f'{{"excl_vat": {wire}}}')


def test_numbers_refuse_floats_from_python() -> None:
    with pytest.raises(ValidationError):
        v221.Price(excl_vat=0.1)  # type: ignore[arg-type]
    assert v221.Price(excl_vat=Decimal("0.1")).to_json() == b'{"excl_vat":0.1}'


@given(
    st.decimals(
        allow_nan=False, allow_infinity=False, places=4, max_value=10**9, min_value=-(10**9)
    )
)
def test_decimal_with_few_digits_round_trips_exactly(value: Decimal) -> None:
    wire = v221.Price(excl_vat=value).to_json()
    assert v221.Price.from_json(wire).excl_vat == value


# -- CiString ---------------------------------------------------------------------------------


def test_cistring_fields_keep_their_text_and_carry_the_mark() -> None:
    role = v221.CredentialsRole.from_json(
        json.dumps(
            {
                "role": "CPO",
                "business_details": {"name": "X"},
                "party_id": "abc",
                "country_code": "nl",
            }
        )
    )
    assert type(role.party_id) is str
    assert json.loads(role.to_json())["party_id"] == "abc"
    marks = v221.CredentialsRole.model_fields["party_id"].metadata
    assert any(isinstance(mark, CaseInsensitive) for mark in marks)
    text_marks = v221.DisplayText.model_fields["text"].metadata
    assert not any(isinstance(mark, CaseInsensitive) for mark in text_marks)


def test_every_cistring_of_the_tables_carries_the_mark() -> None:
    definitions = json.loads((ROOT / "schemas" / "ocpi" / "2.3.0.json").read_text())["$defs"]
    for name, definition in definitions.items():
        if definition.get("x-ocpi-kind") not in ("object", "class") or name == "Response":
            continue
        model = getattr(v230, name)
        for field_name, prop in definition["properties"].items():
            item = prop.get("items", prop)
            field = model.model_fields[field_name]
            marked = "CaseInsensitive()" in repr(field.annotation) or any(
                isinstance(mark, CaseInsensitive) for mark in field.metadata
            )
            assert marked == (item.get("x-ocpi-type") == "CiString"), (name, field_name)


def test_ci_equal_and_cistr_compare_ids_without_case() -> None:
    assert ci_equal("NL", "nl")
    assert not ci_equal("ABC", "ABD")
    assert CiStr("abc") == "ABC"
    assert CiStr("abc") == "ABC"
    assert CiStr("abc") != "abd"
    assert {CiStr("nl"): 1}.get(CiStr("NL")) == 1
    assert str.__str__(CiStr("aBc")) == "aBc"


def test_cistring_length_is_checked() -> None:
    with pytest.raises(ValidationError) as caught:
        v221.Connector.from_json(json.dumps(_connector(id="x" * 37)))
    assert _errors(caught.value) == [(("id",), "string_too_long")]


# -- enums ------------------------------------------------------------------------------------


def test_closed_enum_refuses_unknown_values() -> None:
    with pytest.raises(ValidationError) as caught:
        v221.Connector.from_json(json.dumps(_connector(standard="NEW_PLUG")))
    assert _errors(caught.value) == [(("standard",), "enum")]


def test_open_enum_keeps_unknown_values_as_str_and_sends_them_back() -> None:
    connector = v230.Connector.from_json(json.dumps(_connector(standard="NEW_PLUG")))
    assert connector.standard == "NEW_PLUG"
    assert type(connector.standard) is str
    assert json.loads(connector.to_json())["standard"] == "NEW_PLUG"
    known = v230.Connector.from_json(json.dumps(_connector()))
    assert known.standard is v230.ConnectorType.IEC_62196_T2


def test_open_enum_still_refuses_non_strings() -> None:
    with pytest.raises(ValidationError) as caught:
        v230.Connector.from_json(json.dumps(_connector(standard=5)))
    assert _errors(caught.value) == [(("standard",), "string_type")]


@pytest.mark.parametrize("package", [v211, v221, v230])
def test_module_id_is_open_in_every_version(package: Any) -> None:
    endpoint = package.Endpoint.from_json(
        json.dumps(
            {"identifier": "x-payments", "url": "https://x", "role": "SENDER"}
            if package is not v211
            else {"identifier": "x-payments", "url": "https://x"}
        )
    )
    assert endpoint.identifier == "x-payments"


# -- presence and unknown fields --------------------------------------------------------------


def test_optional_fields_accept_null_and_absence_and_are_left_out_on_output() -> None:
    with_null = v221.Connector.from_json(json.dumps(_connector(max_electric_power=None)))
    absent = v221.Connector.from_json(json.dumps(_connector()))
    assert with_null.max_electric_power is None
    assert with_null == absent
    assert "max_electric_power" not in json.loads(with_null.to_json())
    assert v221.Connector.model_validate(absent.model_dump()) == absent


def test_required_fields_refuse_null_and_absence() -> None:
    data = _connector(max_voltage=None)
    del data["max_amperage"]
    with pytest.raises(ValidationError) as caught:
        v221.Connector.from_json(json.dumps(data))
    assert sorted(_errors(caught.value)) == [
        (("max_amperage",), "missing"),
        (("max_voltage",), "int_type"),
    ]


def test_one_or_more_lists_refuse_empty_lists() -> None:
    evse = {"uid": "1", "status": "AVAILABLE", "connectors": [], "last_updated": NOW}
    with pytest.raises(ValidationError) as caught:
        v221.EVSE.from_json(json.dumps(evse))
    assert _errors(caught.value) == [(("connectors",), "too_short")]


def test_unknown_fields_are_kept_at_every_level_and_written_back() -> None:
    data = {
        "uid": "1",
        "status": "AVAILABLE",
        "connectors": [_connector(x_vendor={"deep": [1, 2.5, None, "s"]})],
        "last_updated": NOW,
        "x_top": "kept",
    }
    evse = v221.EVSE.from_json(json.dumps(data))
    assert json.loads(evse.to_json()) == data
    assert evse.model_extra == {"x_top": "kept"}


def test_strict_reading_reports_each_unknown_field_with_its_path() -> None:
    data = {
        "uid": "1",
        "status": "AVAILABLE",
        "connectors": [_connector(x_vendor=1)],
        "last_updated": NOW,
        "x_top": "kept",
    }
    with pytest.raises(ValidationError) as caught:
        v221.EVSE.from_json(json.dumps(data), strict=True)
    assert sorted(_errors(caught.value), key=str) == sorted(
        [(("connectors", 0, "x_vendor"), "extra_forbidden"), (("x_top",), "extra_forbidden")],
        key=str,
    )


def test_unknown_fields_refuse_non_finite_numbers() -> None:
    with pytest.raises(ValidationError):
        v221.DisplayText.from_json('{"language":"en","text":"x","x":NaN}')


def test_json_types_are_strict() -> None:
    with pytest.raises(ValidationError) as caught:
        v221.Connector.from_json(json.dumps(_connector(max_voltage="230", id=1)))
    assert sorted(_errors(caught.value)) == [
        (("id",), "string_type"),
        (("max_voltage",), "int_type"),
    ]


# -- choice groups (2.1.1 Hours) --------------------------------------------------------------


@pytest.mark.parametrize(
    ("hours", "valid"),
    [
        ({"twentyfourseven": True}, True),
        ({"regular_hours": [{"weekday": 1, "period_begin": "08:00", "period_end": "18:00"}]}, True),
        (
            {
                "regular_hours": [{"weekday": 1, "period_begin": "08:00", "period_end": "18:00"}],
                "twentyfourseven": False,
            },
            True,
        ),
        (
            {
                "regular_hours": [{"weekday": 1, "period_begin": "08:00", "period_end": "18:00"}],
                "twentyfourseven": True,
            },
            False,
        ),
        ({}, False),
        ({"twentyfourseven": False}, False),
    ],
)
def test_hours_2_1_1_needs_exactly_one_of_regular_hours_and_twentyfourseven(
    hours: dict[str, Any], valid: bool
) -> None:
    if valid:
        assert v211.Hours.from_json(json.dumps(hours)).to_wire() == hours
    else:
        with pytest.raises(ValidationError) as caught:
            v211.Hours.from_json(json.dumps(hours))
        assert [kind for _, kind in _errors(caught.value)] == ["one_of"]


def test_hours_2_2_1_requires_twentyfourseven() -> None:
    with pytest.raises(ValidationError) as caught:
        v221.Hours.from_json("{}")
    assert _errors(caught.value) == [(("twentyfourseven",), "missing")]


def test_wire_names_are_the_python_names() -> None:
    for package in (v211, v221, v230):
        for name, (kind, _) in package.DEFINITIONS.items():
            if kind in ("object", "class"):
                model = getattr(package, name)
                for field_name, field in model.model_fields.items():
                    assert field.alias is None, (name, field_name)
                    assert field.validation_alias is None
