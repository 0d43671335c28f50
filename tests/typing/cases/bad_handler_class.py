from ocpkit.ocpp import v201
from ocpkit.ocpp.handlers import after, on


class ChargePoint:
    @on(v201.HeartbeatRequest)  # E: arg-type
    def heartbeat(self, request: v201.HeartbeatRequest) -> v201.BootNotificationResponse:
        raise NotImplementedError

    @after(v201.HeartbeatRequest)  # E: arg-type
    def beat(self, request: v201.HeartbeatRequest, response: v201.ResetResponse) -> None:
        raise NotImplementedError
