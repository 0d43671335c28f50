"""Generated OCPP models are immutable; what skipped validation is marked and judged before it is
sent, and nothing else is judged twice."""

from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

from ocpkit._base import OcppModel, is_unchecked
from ocpkit._ocpi_base import OcpiModel
from ocpkit.ocpp import v16, v21, v201
from ocpkit.ocpp.connection import Connection
from ocpkit.ocpp.errors import PayloadValidationError
from tests._connection_support import V201, boot_request

VERSIONS = (v16, v201, v21)


def _models() -> list[type[OcppModel]]:
    found: set[type[OcppModel]] = set()
    for package in VERSIONS:
        for name in dir(package):
            value = getattr(package, name)
            if isinstance(value, type) and issubclass(value, OcppModel):
                found.add(value)
    return sorted(found, key=lambda model: (model.__module__, model.__name__))


def _station() -> v201.ChargingStation:
    return v201.ChargingStation(model="M1", vendor_name="V")


def test_every_generated_model_is_frozen() -> None:
    models = _models()
    assert len(models) > 300
    assert all(model.model_config.get("frozen") is True for model in models)


def test_ocpi_models_are_not_made_frozen_by_the_ocpp_base() -> None:
    assert not issubclass(OcpiModel, OcppModel)
    assert OcpiModel.model_config.get("frozen") is not True


def test_assigning_a_field_raises() -> None:
    station = _station()
    with pytest.raises(ValidationError) as caught:
        station.model = "other"
    assert caught.value.errors()[0]["type"] == "frozen_instance"
    assert station.model == "M1"


def test_a_model_built_by_its_constructor_or_decoded_is_not_marked() -> None:
    assert not is_unchecked(_station())
    assert not is_unchecked(v201.ChargingStation.from_json('{"model":"M","vendorName":"V"}'))
    assert not is_unchecked(_station().model_copy())
    assert not is_unchecked(_station().model_copy(update={}))


def test_model_construct_and_copy_with_update_are_marked() -> None:
    assert is_unchecked(v201.ChargingStation.model_construct(model="M", vendor_name="V"))
    assert is_unchecked(_station().model_copy(update={"model": "X"}))
    marked = _station().model_copy(update={"model": "X"})
    assert is_unchecked(marked.model_copy())  # a plain copy keeps the mark


def test_the_mark_is_invisible_on_the_wire_and_to_equality() -> None:
    built = _station()
    constructed = v201.ChargingStation.model_construct(model="M1", vendor_name="V")
    assert constructed == built
    assert constructed.to_json() == built.to_json()
    assert constructed.to_wire() == built.to_wire()
    assert repr(constructed) == repr(built)


def test_a_model_built_around_a_marked_one_is_marked() -> None:
    inner = v201.ChargingStation.model_construct(model="M", vendor_name="V")
    request = v201.BootNotificationRequest(
        charging_station=inner, reason=v201.BootReasonEnum.POWER_UP
    )
    assert is_unchecked(request)
    listed = v201.MeterValue.model_construct(timestamp=None, sampled_value=[])
    meter = v201.MeterValuesRequest(evse_id=1, meter_value=[listed])
    assert is_unchecked(meter)


def test_decoding_does_not_go_through_the_marking_constructor() -> None:
    # pydantic must not treat OcppModel.__init__ as a custom one (it would run on every decode)
    assert all(not model.__pydantic_custom_init__ for model in _models())


def test_model_construct_with_a_bad_value_is_refused_before_sending() -> None:
    charger = Connection(V201, "ChargingStation")
    station = v201.ChargingStation.model_construct(model="m" * 21, vendor_name="V")  # max 20
    bad = boot_request(V201).model_copy(update={"charging_station": station})
    with pytest.raises(PayloadValidationError):
        charger.call(bad, 0.0)
    assert charger.data_to_send() == []


def test_a_constructed_model_is_not_validated_again_before_sending(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[type[BaseModel]] = []
    real = OcppModel.from_json.__func__  # type: ignore[attr-defined]

    def counting(cls: type[OcppModel], data: Any) -> Any:
        calls.append(cls)
        return real(cls, data)

    monkeypatch.setattr(OcppModel, "from_json", classmethod(counting))
    charger = Connection(V201, "ChargingStation")
    charger.call(boot_request(V201), 0.0)
    assert calls == []
    changed = boot_request(V201).model_copy(update={"reason": v201.BootReasonEnum.REMOTE_RESET})
    charger.call(changed, 0.0)
    assert calls == [v201.BootNotificationRequest]
