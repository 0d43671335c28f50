"""``None`` given to an optional OCPP field means absent, as leaving it out does; ``null`` on the
wire stays refused."""

from datetime import UTC, datetime

import pytest
from pydantic import ValidationError

from ocpkit.ocpp import v16, v21, v201


def test_explicit_none_is_left_out_on_output() -> None:
    maybe_serial: str | None = None
    station = v201.ChargingStation(model="M", vendor_name="V", serial_number=maybe_serial)
    assert station == v201.ChargingStation(model="M", vendor_name="V")
    assert station.to_json() == b'{"model":"M","vendorName":"V"}'


def test_explicit_none_on_nested_model_date_and_enum_fields() -> None:
    info = v21.IdTokenInfo(
        status=v21.AuthorizationStatusEnum.ACCEPTED,
        cache_expiry_date_time=None,
        group_id_token=None,
        language1=None,
    )
    assert info.to_json() == b'{"status":"Accepted"}'
    assert info.to_wire() == {"status": "Accepted"}


def test_none_and_a_value_both_validate_as_before() -> None:
    when = datetime(2024, 1, 1, tzinfo=UTC)
    request = v16.StartTransactionRequest(
        connector_id=1, id_tag="TAG", meter_start=0, timestamp=when, reservation_id=None
    )
    assert request.to_json() == (
        b'{"connectorId":1,"idTag":"TAG","meterStart":0,"timestamp":"2024-01-01T00:00:00Z"}'
    )


def test_null_on_the_wire_is_still_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        v201.ChargingStation.from_json(b'{"model":"M","vendorName":"V","serialNumber":null}')
    assert caught.value.errors()[0]["loc"] == ("serialNumber",)


def test_a_wrong_type_is_still_refused_in_python() -> None:
    with pytest.raises(ValidationError):
        v201.ChargingStation(model="M", vendor_name="V", serial_number=5)  # type: ignore[arg-type]
