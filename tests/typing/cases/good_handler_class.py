from datetime import UTC, datetime

from ocpkit.ocpp import OcppVersion, v201
from ocpkit.ocpp.handlers import after, on
from ocpkit.ocpp.router import Router


class ChargePoint:
    def __init__(self, identity: str) -> None:
        self.identity = identity

    @on(v201.HeartbeatRequest)
    def heartbeat(self, request: v201.HeartbeatRequest) -> v201.HeartbeatResponse:
        return v201.HeartbeatResponse(current_time=datetime.now(UTC))

    @on(v201.StatusNotificationRequest)
    async def status(
        self, request: v201.StatusNotificationRequest
    ) -> v201.StatusNotificationResponse:
        return v201.StatusNotificationResponse()

    @after(v201.HeartbeatRequest)
    def beat(self, request: v201.HeartbeatRequest, response: v201.HeartbeatResponse) -> None:
        print(self.identity, response.current_time)


station = ChargePoint("CS-1")
router = Router(OcppVersion.V201, "CSMS").include(station)
answer: v201.HeartbeatResponse = station.heartbeat(v201.HeartbeatRequest())
