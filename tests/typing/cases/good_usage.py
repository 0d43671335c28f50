"""A user program: builds, sends (through a typed call), parses and inspects messages."""

from datetime import UTC, datetime
from typing import TypeVar, assert_type

from ocpkit._base import OcppRequest, OcppResponse
from ocpkit.ocpp import v16, v201
from ocpkit.ocpp.errors import PayloadValidationError
from ocpkit.ocpp.v201 import (
    BootNotificationRequest,
    BootNotificationResponse,
    BootReasonEnum,
    ChargingStation,
    HeartbeatRequest,
    HeartbeatResponse,
    RegistrationStatusEnum,
)
from ocpkit.ocpp.validation import decode_strict
from ocpkit.ocpp.version import OcppVersion

R = TypeVar("R", bound=OcppResponse)


def call(request: OcppRequest[R]) -> R:
    """Stands in for the RPC layer's typed call."""
    raise NotImplementedError


boot = BootNotificationRequest(
    charging_station=ChargingStation(model="Wallbox", vendor_name="ACME", serial_number="S-1"),
    reason=BootReasonEnum.POWER_UP,
)
assert_type(call(boot), BootNotificationResponse)
assert_type(call(HeartbeatRequest()), HeartbeatResponse)
assert_type(call(v16.HeartbeatRequest()), v16.HeartbeatResponse)

answer = BootNotificationResponse(
    current_time=datetime.now(UTC), interval=300, status=RegistrationStatusEnum.ACCEPTED
)
serial: str | None = boot.charging_station.serial_number
interval: int = answer.interval
when: datetime = answer.current_time
wire: bytes = answer.to_json()
again = BootNotificationResponse.from_json(wire)
assert_type(again, BootNotificationResponse)
assert_type(decode_strict(v201.HeartbeatResponse, b"{}"), v201.HeartbeatResponse)

try:
    decode_strict(BootNotificationRequest, b"{}")
except PayloadValidationError as error:
    code: str = error.code(OcppVersion.V201)
