"""Typed routing: handlers whose types match their action pass mypy --strict."""

from datetime import UTC, datetime

from ocpkit.ocpp import v201
from ocpkit.ocpp.router import Router
from ocpkit.ocpp.version import OcppVersion

router = Router(OcppVersion.V201, "CSMS")


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
