"""A function over any request takes every concrete request (the response type is covariant)."""

from ocpkit.ocpp import OcppRequest, OcppResponse, v16, v201


def action_of(request: OcppRequest[OcppResponse]) -> str:
    return request.ocpp_action


print(action_of(v201.HeartbeatRequest()), action_of(v16.HeartbeatRequest()))
