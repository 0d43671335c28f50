"""``ocpkit.testing``'s OCPI strategies, judged by the JSON Schema definitions of each version.

The main property, for every object and class of every version: what the strategies build
(a) encodes with ``to_json()``, (b) is valid against its ``$defs`` entry in
``schemas/ocpi/<version>.json`` (``jsonschema``, draft 2020-12, format checking on; an open
enum's ``enum`` list is dropped, since unknown values of open enums are allowed), (c) reads back
with ``from_json(strict=True)`` to an equal object and (d) encodes again to the same bytes. The
other tests check that the strategies reach the corners they promise.
"""

import copy
import functools
import json
import random
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any, TypeVar

import orjson
import pytest
from hypothesis import Phase, example, find, given, settings
from hypothesis import strategies as st
from hypothesis.errors import NoSuchExample
from hypothesis.strategies import SearchStrategy
from jsonschema import Draft202012Validator
from pydantic import Field

import ocpkit.testing
from ocpkit._ocpi_base import OcpiModel
from ocpkit.ocpi import v211, v221, v230
from ocpkit.ocpi.version import OcpiVersion
from ocpkit.testing import ocpi_from_model, ocpi_objects

T = TypeVar("T")

SCHEMAS = Path(__file__).resolve().parent.parent / "schemas" / "ocpi"
_PACKAGES: dict[OcpiVersion, ModuleType] = {
    OcpiVersion.V211: v211,
    OcpiVersion.V221: v221,
    OcpiVersion.V230: v230,
}


@functools.cache
def _document(version: OcpiVersion) -> dict[str, Any]:
    document: dict[str, Any] = json.loads((SCHEMAS / f"{version.value}.json").read_bytes())
    return document


@functools.cache
def _validator(version: OcpiVersion, name: str) -> Draft202012Validator:
    document = copy.deepcopy(_document(version))
    for definition in document["$defs"].values():
        if definition.get("x-ocpi-open-enum"):
            del definition["enum"]  # any string: what an open enum means
    schema = {"$schema": document["$schema"], "$defs": document["$defs"], "$ref": f"#/$defs/{name}"}
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def _schema_errors(version: OcpiVersion, name: str, payload: Any) -> list[str]:
    return [
        f"{list(error.absolute_path)}: {error.message}"
        for error in _validator(version, name).iter_errors(payload)
    ]


def _object_names(version: OcpiVersion) -> list[str]:
    definitions: dict[str, tuple[str, str]] = _PACKAGES[version].DEFINITIONS
    return [name for name, (kind, _) in definitions.items() if kind in ("object", "class")]


def _model(version: OcpiVersion, name: str) -> type[OcpiModel]:
    model: type[OcpiModel] = getattr(_PACKAGES[version], name)
    return model


OBJECTS = [
    pytest.param(version, name, id=f"{version}-{name}")
    for version in OcpiVersion
    for name in _object_names(version)
]


def test_every_object_definition_of_the_schemas_is_covered() -> None:
    # So that the parametrised property below misses none. ``Response`` (the envelope) is
    # modelled by ocpkit.ocpi.envelope, not generated.
    for version in OcpiVersion:
        defined = {
            name
            for name, definition in _document(version)["$defs"].items()
            if definition["x-ocpi-kind"] in ("object", "class")
        }
        assert defined - {"Response"} == set(_object_names(version)), version


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _check(version: OcpiVersion, name: str, instance: OcpiModel) -> None:
    model = _model(version, name)
    assert type(instance) is model
    encoded = instance.to_json()
    wire = orjson.loads(encoded)
    errors = _schema_errors(version, name, wire)
    assert not errors, encoded
    again = model.from_json(encoded, strict=True)
    assert again == instance, encoded
    assert again.to_json() == encoded
    # The types chapter: printable text only; 2.1.1 allows ASCII alone.
    for text in _strings(wire):
        assert text.isprintable(), text
        assert version is not OcpiVersion.V211 or text.isascii(), text


@pytest.mark.parametrize(("version", "name"), OBJECTS)
@given(data=st.data())
def test_generated_object_is_valid_against_its_definition_and_round_trips(
    version: OcpiVersion, name: str, data: st.DataObject
) -> None:
    _check(version, name, data.draw(ocpi_from_model(_model(version, name))))


# -- edge values, written out -----------------------------------------------------------------


@given(ocpi_from_model(v221.Price))
@example(v221.Price(excl_vat=Decimal("999999999999999"), incl_vat=Decimal("-1E-15")))
@example(v221.Price(excl_vat=Decimal("0.1"), incl_vat=Decimal("2.00")))  # written as 2
@example(v221.Price(excl_vat=Decimal("9.99999999999999E+16")))  # integral, written as an int
def test_numbers_of_up_to_15_significant_digits_survive_the_json_double(price: v221.Price) -> None:
    _check(OcpiVersion.V221, "Price", price)


@given(ocpi_from_model(v230.ExceptionalPeriod))
@example(
    v230.ExceptionalPeriod(
        period_begin=datetime(1, 1, 1, tzinfo=UTC),
        period_end=datetime(9999, 12, 31, 23, 59, 59, 999000, tzinfo=UTC),
    )
)
def test_date_times_at_the_ends_of_the_range_round_trip(period: v230.ExceptionalPeriod) -> None:
    _check(OcpiVersion.V230, "ExceptionalPeriod", period)


@given(ocpi_from_model(v211.Hours))
@example(v211.Hours(twentyfourseven=True))
@example(v211.Hours(regular_hours=[]))  # an empty list is still the member given
def test_a_211_hours_gives_exactly_one_of_its_two_members(hours: v211.Hours) -> None:
    _check(OcpiVersion.V211, "Hours", hours)
    wire = hours.to_wire()
    assert ("regular_hours" in wire) != ("twentyfourseven" in wire)


# -- the corners the strategies promise -------------------------------------------------------


def _reaches(
    strategy: SearchStrategy[T], condition: Callable[[T], bool], *, tries: int = 1_000
) -> T:
    """The first example meeting ``condition``; fails the test if none is found."""
    found: T = find(
        strategy,
        condition,
        settings=settings(max_examples=tries, database=None, phases=[Phase.generate]),
        random=random.Random(0),
    )
    return found


def _never(strategy: SearchStrategy[T], condition: Callable[[T], bool]) -> None:
    with pytest.raises(NoSuchExample):
        _reaches(strategy, condition, tries=300)


def test_cistrings_are_printable_ascii_up_to_their_exact_maximum_length() -> None:
    tokens = ocpi_from_model(v221.CdrToken)
    _reaches(tokens, lambda m: len(m.uid) == 36)
    _reaches(tokens, lambda m: len(m.uid) < 36)
    _never(tokens, lambda m: len(m.uid) > 36 or not (m.uid.isascii() and m.uid.isprintable()))


def test_strings_are_ascii_in_211_and_may_be_any_printable_utf8_later() -> None:
    _reaches(ocpi_from_model(v221.DisplayText), lambda m: not m.text.isascii())
    _reaches(ocpi_from_model(v230.DisplayText), lambda m: len(m.text) == 512)
    _never(ocpi_from_model(v211.DisplayText), lambda m: not m.text.isascii())


def _url_fields() -> Iterator[tuple[OcpiVersion, str, str]]:
    for version in OcpiVersion:
        for name, definition in _document(version)["$defs"].items():
            for field, schema in definition.get("properties", {}).items():
                if schema.get("x-ocpi-type") == "URL":
                    yield version, name, field


URL_FIELDS = [
    pytest.param(version, name, field, id=f"{version}-{name}.{field}")
    for version, name, field in _url_fields()
]
_URL = re.compile(r"https?://[a-z0-9]+(\.[a-z0-9]+)*\.[a-z]+/\S*")


@pytest.mark.parametrize(("version", "name", "field"), URL_FIELDS)
@given(data=st.data())
def test_every_url_field_of_the_tables_gets_an_http_url_within_255(
    version: OcpiVersion, name: str, field: str, data: st.DataObject
) -> None:
    value = getattr(data.draw(ocpi_from_model(_model(version, name))), field)
    assert value is None or (_URL.fullmatch(value) and len(value) <= 255), value


def test_urls_reach_exactly_255_characters() -> None:
    _reaches(ocpi_from_model(v221.Version), lambda m: len(m.url) == 255)


def test_open_enums_are_mostly_members_and_sometimes_values_they_do_not_list() -> None:
    versions = ocpi_from_model(v230.Version)
    _reaches(versions, lambda m: isinstance(m.version, v230.VersionNumber))
    unknown = _reaches(versions, lambda m: not isinstance(m.version, v230.VersionNumber))
    # Kept as it came and written back unchanged.
    assert orjson.loads(unknown.to_json())["version"] == unknown.version
    listed = [isinstance(m.version, v230.VersionNumber) for m in _draws(versions, 200)]
    assert sum(listed) > len(listed) // 2


def _draws(strategy: SearchStrategy[T], count: int) -> list[T]:
    seen: list[T] = []

    @settings(max_examples=count, database=None, phases=[Phase.generate], derandomize=True)
    @given(strategy)
    def collect(value: T) -> None:
        seen.append(value)

    collect()
    return seen


def test_nullable_fields_are_absent_null_or_set() -> None:
    tariffs = ocpi_from_model(v221.Tariff)
    absent = _reaches(tariffs, lambda m: "type" not in m.model_fields_set)
    null = _reaches(tariffs, lambda m: "type" in m.model_fields_set and m.type is None)
    _reaches(tariffs, lambda m: m.type is not None)
    for tariff in (absent, null):
        assert "type" not in tariff.to_wire()


def test_plus_lists_are_never_empty_and_star_lists_may_be() -> None:
    elements = ocpi_from_model(v221.TariffElement)
    _never(elements, lambda m: not m.price_components)
    _reaches(elements, lambda m: len(m.price_components) > 1)
    _reaches(ocpi_from_model(v221.LocationReferences), lambda m: m.evse_uids == [])


def test_choice_members_are_each_given_alone() -> None:
    # That never both (nor a false twentyfourseven) is given, the property above checks.
    hours = ocpi_from_model(v211.Hours)
    _reaches(hours, lambda m: m.regular_hours is not None)
    _reaches(hours, lambda m: m.twentyfourseven is True)


def test_date_times_are_utc_with_milliseconds_at_most() -> None:
    periods = ocpi_from_model(v221.ExceptionalPeriod)
    _reaches(periods, lambda m: m.period_begin.microsecond != 0)
    _never(
        periods,
        lambda m: m.period_begin.tzinfo is not UTC or m.period_begin.microsecond % 1000 != 0,
    )


def test_numbers_reach_fractions_negatives_and_large_values() -> None:
    prices = ocpi_from_model(v221.Price)
    _reaches(prices, lambda m: m.excl_vat != m.excl_vat.to_integral_value())
    _reaches(prices, lambda m: m.excl_vat < 0)
    _reaches(prices, lambda m: abs(m.excl_vat) > 10**9)
    _never(prices, lambda m: len(m.excl_vat.normalize().as_tuple().digits) > 15)


_LATITUDE_211 = re.compile(r"-?[0-9]{1,2}\.[0-9]{6}")
_LONGITUDE_211 = re.compile(r"-?[0-9]{1,3}\.[0-9]{6}")
_HH_MM = re.compile(r"([0-1][0-9]|2[0-3]):[0-5][0-9]")


@given(ocpi_from_model(v211.GeoLocation), ocpi_from_model(v230.RegularHours))
def test_fields_with_a_format_in_words_follow_it(
    place: v211.GeoLocation, hours: v230.RegularHours
) -> None:
    assert _LATITUDE_211.fullmatch(place.latitude)
    assert abs(Decimal(place.latitude)) <= 90
    assert _LONGITUDE_211.fullmatch(place.longitude)
    assert abs(Decimal(place.longitude)) <= 180
    assert 1 <= hours.weekday <= 7
    assert _HH_MM.fullmatch(hours.period_begin)
    assert _HH_MM.fullmatch(hours.period_end)


@pytest.mark.parametrize("version", list(OcpiVersion))
@given(data=st.data())
def test_ocpi_objects_draws_objects_of_that_version_only(
    version: OcpiVersion, data: st.DataObject
) -> None:
    drawn = data.draw(ocpi_objects(version))
    name = type(drawn).__name__
    assert _model(version, name) is type(drawn)
    _check(version, name, drawn)


def test_ocpi_objects_reaches_objects_and_classes_of_every_kind() -> None:
    _reaches(ocpi_objects("2.2.1"), lambda m: isinstance(m, v221.Token))
    _reaches(ocpi_objects(OcpiVersion.V221), lambda m: isinstance(m, v221.GeoLocation))
    kinds = {type(m) for m in _draws(ocpi_objects(OcpiVersion.V230), 200)}
    assert len(kinds) > len(_object_names(OcpiVersion.V230)) // 2


class _Patterned(OcpiModel):
    """A constraint the strategies do not implement."""

    code: str = Field(pattern="^[A-Z]{3}$")


class _Floating(OcpiModel):
    """A field type no OCPI definition produces (numbers are ExactDecimal)."""

    ratio: float


class _Misplaced(OcpiModel):
    """A length on a value it cannot apply to."""

    flag: bool = Field(max_length=3)


def test_unknown_field_types_and_constraints_are_refused_not_ignored() -> None:
    with pytest.raises(TypeError, match="unsupported constraint"):
        ocpi_from_model(_Patterned)
    with pytest.raises(TypeError, match="no strategy"):
        ocpi_from_model(_Floating)
    with pytest.raises(TypeError, match="length constraints"):
        ocpi_from_model(_Misplaced)


def test_strategies_are_built_once_per_class() -> None:
    assert ocpi_from_model(v230.Location) is ocpi_from_model(v230.Location)


def test_the_ocpi_strategies_are_public_and_documented() -> None:
    for name in ("ocpi_from_model", "ocpi_objects"):
        assert name in ocpkit.testing.__all__
        assert (getattr(ocpkit.testing, name).__doc__ or "").strip()
    assert "OCPI" in (ocpkit.testing.__doc__ or "")


def test_ocpkit_ocpi_never_imports_the_testing_module_or_hypothesis() -> None:
    code = (
        "import sys\n"
        "from ocpkit.ocpi import v211, v221, v230, reading, envelope\n"
        "v211.Hours, v221.Location, v230.Tariff\n"
        "print(sorted(m for m in sys.modules if m.startswith(('hypothesis', 'ocpkit.testing'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
