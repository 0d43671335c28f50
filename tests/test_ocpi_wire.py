"""The fast OCPI encoders (``ocpkit._ocpi_wire``) write what pydantic's serializer wrote.

The main property, for every object and class of every version: an instance built by
``ocpkit.testing`` (and the same instance carrying unknown fields at its top level and in a
nested object) encodes to the bytes pydantic writes with ``exclude_none``. The other tests pin
the cases the fast path hands to pydantic, the ``DateTime`` corner cases it formats itself, and
the one deliberate difference: unknown fields whose value is ``null`` come back.
"""

from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import field_serializer
from pydantic_core import PydanticSerializationError

from ocpkit._ocpi_base import OcpiModel
from ocpkit._ocpi_wire import NotWritableError, wire_encoder, wire_json, wire_value
from ocpkit.ocpi import v211, v221, v230
from ocpkit.ocpi.envelope import read_page, success
from ocpkit.ocpi.version import OcpiVersion
from ocpkit.testing import ocpi_from_model

_PACKAGES = {OcpiVersion.V211: v211, OcpiVersion.V221: v221, OcpiVersion.V230: v230}
NOW = datetime(2024, 6, 1, 12, tzinfo=UTC)


def _models() -> list[Any]:
    params = []
    for version, package in _PACKAGES.items():
        for name, (kind, _) in package.DEFINITIONS.items():
            if kind in ("object", "class"):
                params.append(pytest.param(getattr(package, name), id=f"{version}-{name}"))
    return params


MODELS = _models()


def _pydantic(obj: OcpiModel) -> bytes:
    return obj.__pydantic_serializer__.to_json(obj, exclude_none=True, warnings=False)


def _nested_objects(obj: OcpiModel) -> list[OcpiModel]:
    found = []
    for value in obj.__dict__.values():
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, OcpiModel):
                found.append(item)
    return found


_UNKNOWN = st.dictionaries(
    st.text("abcxyz_", min_size=1, max_size=8).map(lambda name: f"x_{name}"),
    st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1) | st.text(max_size=5),
    max_size=3,
)


@pytest.mark.parametrize("model", MODELS)
def test_every_generated_class_takes_the_fast_path(model: type[OcpiModel]) -> None:
    # If a pydantic release changed how models keep their fields, every encode would quietly
    # fall back to the slow serializer: this says so instead.
    assert wire_encoder(model) is not None


@pytest.mark.parametrize("model", MODELS)
@given(data=st.data())
def test_fast_path_writes_the_bytes_pydantic_writes(
    model: type[OcpiModel], data: st.DataObject
) -> None:
    instance = data.draw(ocpi_from_model(model))
    assert wire_json(instance) == _pydantic(instance)
    # Unknown fields, at the top and in a nested object, come back after the known ones; null
    # ones too (pydantic left those out).
    unknown = data.draw(_UNKNOWN)
    wire = orjson.loads(wire_json(instance))
    with_unknown = model.from_json(orjson.dumps({**wire, **unknown}))
    nested = _nested_objects(with_unknown)
    if nested:
        data.draw(st.sampled_from(nested)).__pydantic_extra__.update(unknown)
    encoded = wire_json(with_unknown)
    if None in unknown.values():
        assert orjson.loads(encoded).items() >= unknown.items()
    else:
        assert encoded == _pydantic(with_unknown)


def test_unknown_fields_set_to_null_are_written_back() -> None:
    # pydantic's exclude_none dropped them; unknown fields must come back unchanged.
    location = v221.GeoLocation.from_json(b'{"latitude":"1.0","longitude":"2.0","x":null}')
    assert location.to_json() == b'{"latitude":"1.0","longitude":"2.0","x":null}'
    assert location.to_wire() == {"latitude": "1.0", "longitude": "2.0", "x": None}


def _period(**changes: Any) -> v221.ExceptionalPeriod:
    period = v221.ExceptionalPeriod(period_begin=NOW, period_end=NOW)
    for name, value in changes.items():
        setattr(period, name, value)  # after validation: what the fast path must still handle
    return period


@pytest.mark.parametrize(
    ("value", "written"),
    [
        (NOW, "2024-06-01T12:00:00Z"),
        (NOW.replace(microsecond=123456), "2024-06-01T12:00:00.123Z"),
        (NOW.replace(microsecond=500), "2024-06-01T12:00:00Z"),
        (NOW.astimezone(timezone(timedelta(hours=2))), "2024-06-01T12:00:00Z"),
        (NOW.replace(tzinfo=timezone(timedelta(hours=-5))), "2024-06-01T17:00:00Z"),
        (datetime(1, 1, 1, tzinfo=UTC), "0001-01-01T00:00:00Z"),
    ],
)
def test_datetimes_are_written_in_utc_with_at_most_milliseconds(
    value: datetime, written: str
) -> None:
    assert orjson.loads(_period(period_end=value).to_json())["period_end"] == written


def test_a_datetime_read_from_the_wire_keeps_its_milliseconds() -> None:
    period = v221.ExceptionalPeriod.from_json(
        b'{"period_begin":"2024-06-01T12:00:00.250Z","period_end":"2024-06-01T12:00:00"}'
    )
    assert period.to_json() == (
        b'{"period_begin":"2024-06-01T12:00:00.250Z","period_end":"2024-06-01T12:00:00Z"}'
    )


def test_a_datetime_subclass_is_written_by_pydantic() -> None:
    class Stamp(datetime):
        pass

    period = _period(period_begin=Stamp(2024, 6, 1, 12, tzinfo=UTC))
    assert period.to_json() == _pydantic(period)


def test_a_naive_datetime_assigned_after_validation_fails_as_before() -> None:
    with pytest.raises(PydanticSerializationError, match="aware datetime"):
        _period(period_end=datetime(2024, 6, 1)).to_json()


def test_an_unknown_integer_beyond_64_bits_is_written_exactly() -> None:
    price = v221.Price.from_json(b'{"excl_vat":1.5,"big":123456789012345678901234567890}')
    assert price.to_json() == b'{"excl_vat":1.5,"big":123456789012345678901234567890}'


def test_exact_numbers_are_written_as_json_numbers() -> None:
    price = v221.Price(excl_vat=Decimal("0.1"), incl_vat=Decimal("2.00"))
    assert price.to_json() == b'{"excl_vat":0.1,"incl_vat":2}'


class _Renamed(v221.DisplayText):
    """A user's subclass with a serializer of its own: pydantic writes it, honouring it."""

    @field_serializer("text")
    def _upper(self, text: str) -> str:
        return text.upper()


class _Wider(v221.DisplayText):
    """A user's subclass with a field type the fast path does not know."""

    scores: dict[str, int] | None = None


def test_classes_with_their_own_serializers_or_unknown_field_types_are_written_by_pydantic() -> (
    None
):
    assert wire_encoder(_Renamed) is None
    assert _Renamed(language="en", text="hi").to_json() == b'{"language":"en","text":"HI"}'
    assert wire_encoder(_Wider) is None
    wider = _Wider(language="en", text="hi", scores={"a": 1})
    assert wider.to_json() == b'{"language":"en","text":"hi","scores":{"a":1}}'


def test_a_nested_class_written_by_pydantic_is_written_inside_the_fast_path() -> None:
    class Location(v221.AdditionalGeoLocation):
        name: _Renamed | None = None

    place = Location(latitude="1.0", longitude="2.0", name=_Renamed(language="en", text="x"))
    assert wire_encoder(Location) is not None
    assert (
        place.to_json()
        == b'{"latitude":"1.0","longitude":"2.0","name":{"language":"en","text":"X"}}'
    )


def test_wire_value_refuses_what_is_not_an_ocpi_object() -> None:
    with pytest.raises(NotWritableError):
        wire_value({"plain": "data"})
    with pytest.raises(NotWritableError):
        wire_value([v221.GeoLocation(latitude="1.0", longitude="2.0"), {"plain": "data"}])


def test_a_page_is_written_in_one_go_with_broken_items_as_they_came() -> None:
    good = b'{"latitude":"1.0","longitude":"2.0"}'
    text = b'{"data":[' + good + b',{"latitude":5},' + good + b'],"status_code":1000,'
    text += b'"timestamp":"2024-06-01T12:00:00Z"}'
    page = read_page(v221.GeoLocation, text)
    assert len(page.data.invalid) == 1  # type: ignore[union-attr]
    assert page.to_json() == text


@pytest.mark.parametrize(
    "data",
    [
        {"plain": [1, 2]},
        [{"plain": 1}],
        [v221.GeoLocation(latitude="1.0", longitude="2.0"), {"plain": 1}],
        [],
    ],
)
def test_an_envelope_with_other_data_is_written_as_before(data: Any) -> None:
    reply = success(data, now=NOW)
    expected = {"data": orjson.loads(orjson.dumps(data, default=lambda o: o.to_wire()))}
    expected |= {"status_code": 1000, "timestamp": "2024-06-01T12:00:00Z"}
    assert orjson.loads(reply.to_json()) == expected
