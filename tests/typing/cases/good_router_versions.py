from typing import Any

from ocpkit.ocpp import OcppVersion, v16, v21, v201
from ocpkit.ocpp.router import Router


def v16_router() -> Router[v16.V16Request[Any]]:
    router = Router(OcppVersion.V16, "CSMS")

    @router.on(v16.HeartbeatRequest)
    def heartbeat(request: v16.HeartbeatRequest) -> v16.HeartbeatResponse:
        raise NotImplementedError

    return router


def v21_router() -> Router[v21.V21Request[Any]]:
    router = Router(OcppVersion.V21, "CSMS")

    @router.on_send(v21.NotifyPeriodicEventStream)
    def stream(message: v21.NotifyPeriodicEventStream) -> None:
        return None

    return router


def any_version(version: OcppVersion) -> Router:
    # A version known only at run time: the router takes every version's models statically.
    router = Router(version, "CSMS")

    @router.on(v201.HeartbeatRequest)
    def heartbeat(request: v201.HeartbeatRequest) -> v201.HeartbeatResponse:
        raise NotImplementedError

    return router


def both(routers: list[Router]) -> None:
    routers.append(v16_router())
    routers.append(v21_router())
