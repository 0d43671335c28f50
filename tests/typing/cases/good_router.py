"""Typed routing: handlers whose types match their action pass mypy --strict."""

from datetime import UTC, datetime

from ocpkit.ocpp import v201
from ocpkit.ocpp.router import Router
from ocpkit.ocpp.version import OcppVersion

router = Router(OcppVersion.V201, "CSMS")
CHARGER = v201.ChargingStation(model="M", vendor_name="V")
BOOT_REASON = v201.BootReasonEnum.POWER_UP


@router.on(v201.BootNotificationRequest)
def on_boot(request: v201.BootNotificationRequest) -> v201.BootNotificationResponse:
    return v201.BootNotificationResponse(
        current_time=datetime.now(UTC),
        interval=300,
        status=v201.RegistrationStatusEnum.ACCEPTED,
    )


@router.on(v201.HeartbeatRequest)
async def on_heartbeat(request: v201.HeartbeatRequest) -> v201.HeartbeatResponse:
    return v201.HeartbeatResponse(current_time=datetime.now(UTC))


async def handlers_stay_callable() -> None:
    # the decorator gives each function back with its own type: callable as written
    boot = on_boot(v201.BootNotificationRequest(charging_station=CHARGER, reason=BOOT_REASON))
    beat = await on_heartbeat(v201.HeartbeatRequest())
    print(boot.interval, beat.current_time)
