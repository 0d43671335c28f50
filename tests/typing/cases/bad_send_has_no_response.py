from typing import TypeVar

from ocpkit._base import OcppRequest, OcppResponse
from ocpkit.ocpp.v21 import NotifyPeriodicEventStream

R = TypeVar("R", bound=OcppResponse)


def call(request: OcppRequest[R]) -> R:
    raise NotImplementedError


def send_stream(message: NotifyPeriodicEventStream) -> None:
    call(message)  # E: arg-type
