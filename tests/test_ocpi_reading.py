"""Reading OCPI payloads as receivers must: lists item by item, PATCH bodies, fragments."""

import json
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from ocpkit.ocpi import v211, v221
from ocpkit.ocpi.reading import (
    InvalidObjectError,
    NotJsonError,
    Violation,
    json_path,
    read_fragment,
    read_list,
    read_object,
    read_patch,
)
from ocpkit.ocpi.version import OcpiVersion

NOW = "2024-03-01T10:20:30Z"


def _tariff(number: int) -> dict[str, Any]:
    return {
        "country_code": "NL",
        "party_id": "ABC",
        "id": f"T-{number}",
        "currency": "EUR",
        "elements": [{"price_components": [{"type": "ENERGY", "price": 0.25, "step_size": 1}]}],
        "last_updated": NOW,
    }


# A broken tariff of each kind, with the violation it must be reported with.
BROKEN: list[tuple[Any, list[tuple[str, str]]]] = [
    ({**_tariff(0), "currency": "EURO"}, [("$.currency", "string_too_long")]),
    ({**_tariff(0), "last_updated": "yesterday"}, [("$.last_updated", "ocpi_datetime")]),
    (
        {
            **_tariff(0),
            "elements": [{"price_components": [{"type": "X", "price": 1, "step_size": 1}]}],
        },
        [("$.elements[0].price_components[0].type", "enum")],
    ),
    ({k: v for k, v in _tariff(0).items() if k != "id"}, [("$.id", "missing")]),
    ({**_tariff(0), "elements": []}, [("$.elements", "too_short")]),
    ("not an object", [("$", "model_type")]),
    (None, [("$", "model_type")]),
]


def test_json_path_names_fields_and_indexes() -> None:
    assert json_path(()) == "$"
    assert (
        json_path(("evses", 0, "connectors", 12, "standard"))
        == "$.evses[0].connectors[12].standard"
    )


def test_a_valid_list_reads_in_one_pass_with_every_item_typed() -> None:
    listed = read_list(v221.Tariff, json.dumps([_tariff(i) for i in range(5)]))
    assert listed.all_valid
    assert [t.id for t in listed.items] == [f"T-{i}" for i in range(5)]
    assert all(isinstance(t, v221.Tariff) for t in listed.items)
    assert len(listed) == 5


@pytest.mark.parametrize(("broken", "expected"), BROKEN)
def test_one_bad_item_never_fails_the_list(broken: Any, expected: list[tuple[str, str]]) -> None:
    items = [_tariff(1), broken, _tariff(2)]
    listed = read_list(v221.Tariff, json.dumps(items))
    assert [t.id for t in listed.items] == ["T-1", "T-2"]
    [invalid] = listed.invalid
    assert invalid.index == 1
    assert invalid.raw == broken
    assert [(v.path, v.kind) for v in invalid.violations] == expected


@given(st.lists(st.integers(min_value=-1, max_value=len(BROKEN) - 1), max_size=30))
@example([])
@example([-1] * 3)
@example([0, 1, 2, 3, 4, 5, 6])
def test_valid_items_come_back_in_order_and_each_invalid_one_with_its_index(
    plan: list[int],
) -> None:
    # -1 is a valid item, any other number picks a broken one
    items = [_tariff(i) if kind == -1 else BROKEN[kind][0] for i, kind in enumerate(plan)]
    listed = read_list(v221.Tariff, json.dumps(items))
    assert [t.id for t in listed.items] == [f"T-{i}" for i, kind in enumerate(plan) if kind == -1]
    assert [bad.index for bad in listed.invalid] == [i for i, kind in enumerate(plan) if kind != -1]
    for bad in listed.invalid:
        assert [(v.path, v.kind) for v in bad.violations] == BROKEN[plan[bad.index]][1]


def test_strict_list_reading_counts_undefined_fields_as_violations() -> None:
    items = [_tariff(1), {**_tariff(2), "x_vendor": 1}]
    assert read_list(v221.Tariff, json.dumps(items)).all_valid
    strict = read_list(v221.Tariff, json.dumps(items), strict=True)
    assert [bad.index for bad in strict.invalid] == [1]
    assert strict.invalid[0].violations == (
        Violation("$.x_vendor", "extra_forbidden", "field not defined by the specification"),
    )


@pytest.mark.parametrize(("text", "error"), [("{", NotJsonError), ('{"a": 1}', InvalidObjectError)])
def test_a_list_that_is_not_a_json_array_is_a_typed_error(
    text: str, error: type[Exception]
) -> None:
    with pytest.raises(error):
        read_list(v221.Tariff, text)


def test_read_object_lists_every_violation_and_never_the_input() -> None:
    secret = "s3cr3t-value-that-must-not-be-echoed"
    with pytest.raises(InvalidObjectError) as caught:
        read_object(v221.Tariff, json.dumps({**_tariff(1), "currency": secret, "id": None}))
    assert {(v.path, v.kind) for v in caught.value.violations} == {
        ("$.currency", "string_too_long"),
        ("$.id", "string_type"),
    }
    assert secret not in str(caught.value)
    assert all(secret not in str(v) for v in caught.value.violations)
    with pytest.raises(NotJsonError):
        read_object(v221.Tariff, b"\xff")


# -- PATCH bodies and fragments ---------------------------------------------------------------


def test_patch_takes_any_subset_of_fields_each_fully_valid() -> None:
    patch = read_patch(
        v221.EVSE,
        '{"status": "CHARGING", "last_updated": "2024-03-01T10:20:30Z"}',
        version=OcpiVersion.V221,
    )
    assert patch.values["status"] is v221.Status.CHARGING
    assert list(patch.values) == ["status", "last_updated"]
    assert json.loads(patch.to_json()) == {"status": "CHARGING", "last_updated": NOW}


def test_patch_needs_last_updated_from_2_2_1_on_but_not_in_2_1_1() -> None:
    body = '{"status": "CHARGING"}'
    with pytest.raises(InvalidObjectError) as caught:
        read_patch(v221.EVSE, body, version=OcpiVersion.V221)
    assert [(v.path, v.kind) for v in caught.value.violations] == [("$.last_updated", "missing")]
    assert read_patch(v211.EVSE, body, version=OcpiVersion.V211).values["status"] == "CHARGING"


def test_patch_checks_each_present_field_completely() -> None:
    body = {
        "last_updated": NOW,
        "connectors": [{"id": "1", "standard": "CHADEMO"}],
        "floor_level": "x" * 5,
    }
    with pytest.raises(InvalidObjectError) as caught:
        read_patch(v221.EVSE, json.dumps(body), version=OcpiVersion.V221)
    paths = {(v.path, v.kind) for v in caught.value.violations}
    assert ("$.floor_level", "string_too_long") in paths
    assert ("$.connectors[0].format", "missing") in paths
    assert ("$.connectors[0].last_updated", "missing") in paths


def test_patch_refuses_null_for_a_field_the_object_must_have() -> None:
    with pytest.raises(InvalidObjectError) as caught:
        read_patch(
            v221.EVSE, json.dumps({"status": None, "last_updated": NOW}), version=OcpiVersion.V221
        )
    assert [(v.path, v.kind) for v in caught.value.violations] == [("$.status", "none_required")]
    cleared = read_patch(
        v221.EVSE, json.dumps({"floor_level": None, "last_updated": NOW}), version=OcpiVersion.V221
    )
    assert cleared.values["floor_level"] is None


def test_patch_keeps_undefined_fields_unless_strict() -> None:
    body = json.dumps({"x_vendor": [1], "last_updated": NOW})
    assert read_patch(v221.EVSE, body, version=OcpiVersion.V221).unknown == {"x_vendor": [1]}
    with pytest.raises(InvalidObjectError) as caught:
        read_patch(v221.EVSE, body, version=OcpiVersion.V221, strict=True)
    assert [v.path for v in caught.value.violations] == ["$.x_vendor"]


def test_fragment_requires_nothing_but_checks_nested_objects_whole() -> None:
    fragment = {"opening_times": {"twentyfourseven": True}}
    assert read_fragment(v221.Location, json.dumps(fragment)).to_wire() == fragment
    with pytest.raises(InvalidObjectError) as caught:
        read_fragment(v221.Location, json.dumps({"opening_times": {}}))
    assert [(v.path, v.kind) for v in caught.value.violations] == [
        ("$.opening_times.twentyfourseven", "missing")
    ]


@pytest.mark.parametrize("text", ["[]", '"x"', "1", "null"])
def test_patch_body_must_be_an_object(text: str) -> None:
    with pytest.raises(InvalidObjectError):
        read_patch(v221.EVSE, text, version=OcpiVersion.V221)


# -- what the parsers disagree on: nesting, big integers -------------------------------------


def _deep(levels: int) -> Any:
    value: Any = []
    for _ in range(levels - 1):
        value = [value]
    return value


def test_an_item_nested_deeper_than_the_validator_reads_costs_that_item_only() -> None:
    items = [_tariff(1), {**_tariff(2), "x_vendor": _deep(300)}, _tariff(3)]
    listed = read_list(v221.Tariff, json.dumps(items))
    assert [t.id for t in listed.items] == ["T-1", "T-3"]
    [bad] = listed.invalid
    assert (bad.index, [(v.path, v.kind) for v in bad.violations]) == (1, [("$", "json_invalid")])


def test_integers_beyond_64_bits_in_unknown_fields_survive_a_page_with_a_bad_item() -> None:
    big = 123456789012345678901234567890
    items = [{**_tariff(1), "x_vendor": big}, {**_tariff(2), "currency": "EURO"}]
    listed = read_list(v221.Tariff, json.dumps(items))
    assert json.loads(listed.items[0].to_json())["x_vendor"] == big


def test_decimals_that_a_json_number_cannot_carry_are_refused_when_built() -> None:
    from decimal import Decimal

    from pydantic import ValidationError

    with pytest.raises(ValidationError) as caught:
        v221.Price(excl_vat=Decimal("12345678.123456789"))
    assert caught.value.errors()[0]["type"] == "decimal_precision"
    assert v221.Price(excl_vat=Decimal("12345678.1234567")).excl_vat == Decimal("12345678.1234567")


@pytest.mark.parametrize(
    ("body", "path"),
    [
        ('{"publish": 1, "last_updated": "2024-01-01T00:00:00Z"}', "$.publish"),
        ('{"publish": "true", "last_updated": "2024-01-01T00:00:00Z"}', "$.publish"),
        ('{"name": 5, "last_updated": "2024-01-01T00:00:00Z"}', "$.name"),
    ],
)
def test_a_patch_field_is_read_as_strictly_as_inside_the_object(body: str, path: str) -> None:
    with pytest.raises(InvalidObjectError) as caught:
        read_patch(v221.Location, body, version=OcpiVersion.V221)
    assert [violation.path for violation in caught.value.violations] == [path]
