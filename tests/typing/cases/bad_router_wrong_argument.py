from ocpkit.ocpp import v201
from ocpkit.ocpp.router import Router
from ocpkit.ocpp.version import OcppVersion

router = Router(OcppVersion.V201, "CSMS")


@router.on(v201.BootNotificationRequest)  # E: arg-type
def on_boot(request: v201.HeartbeatRequest) -> v201.BootNotificationResponse:
    raise NotImplementedError
