from ocpkit.ocpp import v16, v21
from ocpkit.ocpp.router import Router
from ocpkit.ocpp.version import OcppVersion

router = Router(OcppVersion.V201, "CSMS")


@router.on(v16.BootNotificationRequest)  # E: type-var
def on_boot(request: v16.BootNotificationRequest) -> v16.BootNotificationResponse:
    raise NotImplementedError


@router.on(v21.HeartbeatRequest)  # E: type-var
def on_heartbeat(request: v21.HeartbeatRequest) -> v21.HeartbeatResponse:
    raise NotImplementedError


@router.on_send(v21.NotifyPeriodicEventStream)  # E: misc
def on_stream(message: v21.NotifyPeriodicEventStream) -> None:
    raise NotImplementedError
