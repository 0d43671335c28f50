from datetime import UTC, datetime

from ocpkit.ocpp import v201
from ocpkit.ocpp.router import Router
from ocpkit.ocpp.version import OcppVersion

router = Router(OcppVersion.V201, "CSMS")


@router.on(v201.HeartbeatRequest)
async def on_heartbeat(request: v201.HeartbeatRequest) -> v201.HeartbeatResponse:
    return v201.HeartbeatResponse(current_time=datetime.now(UTC))


async def check() -> None:
    answer = await on_heartbeat(v201.StatusNotificationRequest)  # E: arg-type
    print(answer.interval)  # E: attr-defined
