from typing import TypeVar

from ocpkit._base import OcppRequest, OcppResponse
from ocpkit.ocpp.v201 import HeartbeatRequest, StatusNotificationResponse

R = TypeVar("R", bound=OcppResponse)


def call(request: OcppRequest[R]) -> R:
    raise NotImplementedError


answer: StatusNotificationResponse = call(HeartbeatRequest())  # E: assignment
