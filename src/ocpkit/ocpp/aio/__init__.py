"""asyncio OCPP over WebSockets: a CSMS server and a charging-station client, on ``websockets``
or ``picows`` with one API.

A CSMS::

    from datetime import UTC, datetime
    from ocpkit.ocpp import OcppVersion, v201
    from ocpkit.ocpp.aio import CsmsServer, current_session
    from ocpkit.ocpp.router import Router

    router = Router(OcppVersion.V201, "CSMS")

    @router.on(v201.HeartbeatRequest)
    def heartbeat(request: v201.HeartbeatRequest) -> v201.HeartbeatResponse:
        print("heartbeat from", current_session().identity)
        return v201.HeartbeatResponse(current_time=datetime.now(UTC))

    async with CsmsServer(port=9000, router=router, transport="picows") as csms:
        ...
        session = csms.sessions["CS-0001"]  # or keep the ones on_connect hands over
        answer = await session.call(v201.RequestStartTransactionRequest(...))

A charging station::

    from ocpkit.ocpp.aio import ChargePointClient, RetryPolicy

    async with ChargePointClient(
        "ws://csms.example:9000/CS-0001", versions=[OcppVersion.V201], retry=RetryPolicy()
    ) as station:
        boot = await station.call(v201.BootNotificationRequest(...))  # a BootNotificationResponse

Install the transport's extra: ``ocpkit[websockets]`` or ``ocpkit[picows]``.
"""

from ._client import ChargePointClient, RetryPolicy, connect_charge_point
from ._errors import (
    CallErrorReceived,
    CallFailed,
    CallTimeout,
    ConnectFailed,
    InvalidResponse,
    SessionClosed,
    SessionError,
    SubprotocolMismatch,
)
from ._server import CsmsServer, PasswordLookup, serve_csms
from ._session import EventHook, Session, SessionHook, current_session
from ._transport import TransportName

__all__ = [
    "CallErrorReceived",
    "CallFailed",
    "CallTimeout",
    "ChargePointClient",
    "ConnectFailed",
    "CsmsServer",
    "EventHook",
    "InvalidResponse",
    "PasswordLookup",
    "RetryPolicy",
    "Session",
    "SessionClosed",
    "SessionError",
    "SessionHook",
    "SubprotocolMismatch",
    "TransportName",
    "connect_charge_point",
    "current_session",
    "serve_csms",
]
