"""asyncio OCPP over WebSockets: a CSMS server and a charging-station client, on ``websockets``
or ``picows`` (or your own :class:`Backend`) with one API.

A CSMS that authenticates each station and keeps per-station state as the session's context::

    from dataclasses import dataclass
    from datetime import UTC, datetime
    from ocpkit.ocpp import OcppVersion, v201
    from ocpkit.ocpp.aio import Accept, CsmsServer, Handshake, Refuse, SessionConfig
    from ocpkit.ocpp.aio import basic_auth, current_session
    from ocpkit.ocpp.router import Router

    @dataclass
    class Station:
        identity: str
        tenant: str

    # identity -> hash_password(...) string: the CSMS never holds a plaintext password
    check_password = basic_auth(hashes=password_hashes)

    def authenticate(handshake: Handshake) -> Accept[Station] | Refuse:
        verdict = check_password(handshake)  # Accept(None), or Refuse(401)
        if isinstance(verdict, Refuse):
            return verdict
        return Accept(Station(handshake.identity, tenants[handshake.identity]))

    router = Router(OcppVersion.V201, "CSMS")

    @router.on(v201.HeartbeatRequest)
    def heartbeat(request: v201.HeartbeatRequest) -> v201.HeartbeatResponse:
        station: Station = current_session().context
        print("heartbeat from", station.identity, "of", station.tenant)
        return v201.HeartbeatResponse(current_time=datetime.now(UTC))

    async with CsmsServer(
        port=9000,
        router=router,
        authenticate=authenticate,  # may be async def too
        config=SessionConfig(call_timeout=30),
        transport="picows",
    ) as csms:
        ...
        session = csms.sessions["CS-0001"]  # a Session[Station]
        answer = await session.call(v201.RequestStartTransactionRequest(...))

A charging station::

    from ocpkit.ocpp.aio import ChargePointClient, RetryPolicy

    async with ChargePointClient(
        "ws://csms.example:9000/CS-0001", versions=[OcppVersion.V201], retry=RetryPolicy()
    ) as station:
        boot = await station.call(v201.BootNotificationRequest(...))  # a BootNotificationResponse

Both sides take the same :class:`SessionConfig` and the same hooks (``on_connect``,
``on_disconnect``, ``on_event``, ``on_frame``, ``middleware``). To mount the CSMS on another
web server, implement :class:`Backend` (see its module for the contract) and pass it as
``transport=``. Install a shipped transport's extra: ``ocpkit[websockets]`` or
``ocpkit[picows]``.
"""

from ocpkit.ocpp.handshake import (
    Accept,
    Authenticate,
    Handshake,
    HashLookup,
    PasswordHashError,
    PasswordLookup,
    Refuse,
    basic_auth,
    hash_password,
    verify_password,
)
from ocpkit.ocpp.negotiation import ClientCertificate, IdentityCharset

from ._client import ChargePointClient, RetryPolicy, connect_charge_point
from ._config import ConfigError, SessionConfig
from ._errors import (
    CallErrorReceived,
    CallFailed,
    CallRejected,
    CallTimeout,
    ConnectFailed,
    InvalidResponse,
    SessionClosed,
    SessionError,
    SubprotocolMismatch,
    VersionMismatch,
)
from ._hooks import (
    Disconnect,
    DisconnectCause,
    DisconnectHook,
    EventHook,
    FrameDirection,
    FrameHook,
    Middleware,
    Next,
    SessionHook,
    SessionHooks,
)
from ._membership import ClusterMember
from ._server import CsmsServer, DuplicatePolicy, serve_csms
from ._session import Session, current_session
from ._transport import (
    Backend,
    Decide,
    HandshakeRequest,
    Listening,
    Options,
    Reject,
    Sink,
    TransportName,
    Upgrade,
    Wire,
)

__all__ = [
    "Accept",
    "Authenticate",
    "Backend",
    "CallErrorReceived",  # the old name of CallRejected, kept until its users have moved
    "CallFailed",
    "CallRejected",
    "CallTimeout",
    "ChargePointClient",
    "ClientCertificate",
    "ClusterMember",
    "ConfigError",
    "ConnectFailed",
    "CsmsServer",
    "Decide",
    "Disconnect",
    "DisconnectCause",
    "DisconnectHook",
    "DuplicatePolicy",
    "EventHook",
    "FrameDirection",
    "FrameHook",
    "Handshake",
    "HandshakeRequest",
    "HashLookup",
    "IdentityCharset",
    "InvalidResponse",
    "Listening",
    "Middleware",
    "Next",
    "Options",
    "PasswordHashError",
    "PasswordLookup",
    "Refuse",
    "Reject",
    "RetryPolicy",
    "Session",
    "SessionClosed",
    "SessionConfig",
    "SessionError",
    "SessionHook",
    "SessionHooks",
    "Sink",
    "SubprotocolMismatch",
    "TransportName",
    "Upgrade",
    "VersionMismatch",
    "Wire",
    "basic_auth",
    "connect_charge_point",
    "current_session",
    "hash_password",
    "serve_csms",
    "verify_password",
]
