"""Helpers shared by the connection and router tests: sample messages per version, a wire between
two connections, and checks on the frames a connection sends."""

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any, Final

import orjson

from ocpkit._base import OcppRequest, OcppResponse
from ocpkit.ocpp import v16, v21, v201
from ocpkit.ocpp.connection import Connection
from ocpkit.ocpp.events import Event
from ocpkit.ocpp.frames import MAX_DESCRIPTION_LENGTH, MAX_MESSAGE_ID_LENGTH
from ocpkit.ocpp.registry import Side
from ocpkit.ocpp.version import OcppVersion

V16: Final = OcppVersion.V16
V201: Final = OcppVersion.V201
V21: Final = OcppVersion.V21
ALL_VERSIONS: Final = (V16, V201, V21)
V2X: Final = (V201, V21)

NOW: Final = datetime(2026, 1, 31, 12, 0, tzinfo=UTC)

MARKER: Final = "HOSTILE-MARKER-7f3c"
"""Planted in hostile input; a reply must never contain it."""

MAX_REPLY_BYTES: Final = 600
"""No frame a connection sends on its own account (an error reply) is longer than this."""

V16_CODES: Final = frozenset(
    {
        "NotImplemented",
        "NotSupported",
        "InternalError",
        "ProtocolError",
        "SecurityError",
        "FormationViolation",
        "PropertyConstraintViolation",
        "OccurenceConstraintViolation",
        "TypeConstraintViolation",
        "GenericError",
    }
)
V2_CODES: Final = frozenset(
    {
        "FormatViolation",
        "GenericError",
        "InternalError",
        "MessageTypeNotSupported",
        "NotImplemented",
        "NotSupported",
        "OccurrenceConstraintViolation",
        "PropertyConstraintViolation",
        "ProtocolError",
        "RpcFrameworkError",
        "SecurityError",
        "TypeConstraintViolation",
    }
)


def codes_of(version: OcppVersion) -> frozenset[str]:
    """The error codes ``version`` defines, spelt as it spells them."""
    return V16_CODES if version is V16 else V2_CODES


def spelling(version: OcppVersion, v16_code: str, v2_code: str) -> str:
    """The code a version uses where 1.6 and 2.x spell it differently."""
    return v16_code if version is V16 else v2_code


def framing_code(version: OcppVersion) -> str:
    """The code that answers a frame whose envelope cannot be read (see frames.py)."""
    return "ProtocolError" if version is V16 else "RpcFrameworkError"


# -- sample messages ---------------------------------------------------------------------------


def boot_request(version: OcppVersion) -> OcppRequest[Any]:
    """A valid BootNotification request (sent by the charging station)."""
    if version is V16:
        return v16.BootNotificationRequest(charge_point_vendor="Vendor", charge_point_model="Model")
    if version is V201:
        return v201.BootNotificationRequest(
            charging_station=v201.ChargingStation(model="Model", vendor_name="Vendor"),
            reason=v201.BootReasonEnum.POWER_UP,
        )
    return v21.BootNotificationRequest(
        charging_station=v21.ChargingStation(model="Model", vendor_name="Vendor"),
        reason=v21.BootReasonEnum.POWER_UP,
    )


def boot_response(version: OcppVersion) -> OcppResponse:
    """A valid BootNotification response (sent by the CSMS)."""
    if version is V16:
        return v16.BootNotificationResponse(
            status=v16.RegistrationStatus.ACCEPTED, current_time=NOW, interval=300
        )
    if version is V201:
        return v201.BootNotificationResponse(
            status=v201.RegistrationStatusEnum.ACCEPTED, current_time=NOW, interval=300
        )
    return v21.BootNotificationResponse(
        status=v21.RegistrationStatusEnum.ACCEPTED, current_time=NOW, interval=300
    )


def heartbeat_request(version: OcppVersion) -> OcppRequest[Any]:
    """A Heartbeat request (charging station -> CSMS)."""
    if version is V16:
        return v16.HeartbeatRequest()
    if version is V201:
        return v201.HeartbeatRequest()
    return v21.HeartbeatRequest()


def heartbeat_response(version: OcppVersion) -> OcppResponse:
    """A Heartbeat response."""
    if version is V16:
        return v16.HeartbeatResponse(current_time=NOW)
    if version is V201:
        return v201.HeartbeatResponse(current_time=NOW)
    return v21.HeartbeatResponse(current_time=NOW)


def clear_cache_request(version: OcppVersion) -> OcppRequest[Any]:
    """A ClearCache request (CSMS -> charging station)."""
    if version is V16:
        return v16.ClearCacheRequest()
    if version is V201:
        return v201.ClearCacheRequest()
    return v21.ClearCacheRequest()


def clear_cache_response(version: OcppVersion) -> OcppResponse:
    """A ClearCache response."""
    if version is V16:
        return v16.ClearCacheResponse(status=v16.ClearCacheStatus.ACCEPTED)
    if version is V201:
        return v201.ClearCacheResponse(status=v201.ClearCacheStatusEnum.ACCEPTED)
    return v21.ClearCacheResponse(status=v21.ClearCacheStatusEnum.ACCEPTED)


def data_transfer_request(version: OcppVersion, vendor_id: str = "org.example") -> OcppRequest[Any]:
    """A DataTransfer request (either side may send it)."""
    if version is V16:
        return v16.DataTransferRequest(vendor_id=vendor_id)
    if version is V201:
        return v201.DataTransferRequest(vendor_id=vendor_id)
    return v21.DataTransferRequest(vendor_id=vendor_id)


def data_transfer_response(version: OcppVersion) -> OcppResponse:
    """A DataTransfer response."""
    if version is V16:
        return v16.DataTransferResponse(status=v16.DataTransferStatus.ACCEPTED)
    if version is V201:
        return v201.DataTransferResponse(status=v201.DataTransferStatusEnum.ACCEPTED)
    return v21.DataTransferResponse(status=v21.DataTransferStatusEnum.ACCEPTED)


def response_for(request: OcppRequest[Any], version: OcppVersion) -> OcppResponse:
    """A valid response to one of the sample requests above."""
    makers = {
        "BootNotification": boot_response,
        "Heartbeat": heartbeat_response,
        "ClearCache": clear_cache_response,
        "DataTransfer": data_transfer_response,
    }
    return makers[request.ocpp_action](version)


BOOT_PAYLOAD: Final[dict[OcppVersion, dict[str, Any]]] = {
    V16: {"chargePointVendor": "Vendor", "chargePointModel": "Model"},
    V201: {"reason": "PowerUp", "chargingStation": {"model": "Model", "vendorName": "Vendor"}},
    V21: {"reason": "PowerUp", "chargingStation": {"model": "Model", "vendorName": "Vendor"}},
}
"""A valid BootNotification payload on the wire, per version."""

HEARTBEAT_RESULT: Final = {"currentTime": "2026-01-31T12:00:00Z"}
"""A valid Heartbeat response payload (the same in every version)."""


def call_frame(message_id: str, action: str, payload: dict[str, Any]) -> bytes:
    """``[2, id, action, payload]``."""
    return orjson.dumps([2, message_id, action, payload])


def result_frame(message_id: str, payload: dict[str, Any]) -> bytes:
    """``[3, id, payload]``."""
    return orjson.dumps([3, message_id, payload])


def error_frame(message_id: str, code: str, description: str = "", details: Any = None) -> bytes:
    """``[4, id, code, description, details]``."""
    return orjson.dumps([4, message_id, code, description, {} if details is None else details])


# -- two connections on one wire ---------------------------------------------------------------


def pair(version: OcppVersion, **options: Any) -> tuple[Connection, Connection]:
    """A CSMS and a charging station of ``version`` (same options on both)."""
    return Connection(version, "CSMS", **options), Connection(version, "ChargingStation", **options)


def deliver(source: Connection, target: Connection, now: float = 0.0) -> list[Event]:
    """Move every frame ``source`` has to send into ``target``; the events ``target`` reports."""
    events: list[Event] = []
    for data in source.data_to_send():
        events.extend(target.receive(data, now))
    return events


def connection(version: OcppVersion, role: Side = "CSMS", **options: Any) -> Connection:
    """A connection playing ``role``."""
    return Connection(version, role, **options)


# -- checks on what a connection sends ---------------------------------------------------------


def decode_frame(data: bytes) -> list[Any]:
    """The JSON array of a frame a connection sent (fails the test if it is anything else)."""
    frame = orjson.loads(data)
    assert isinstance(frame, list), data[:100]
    return frame


def check_error_reply(data: bytes, version: OcppVersion, *, type_id: int = 4) -> list[Any]:
    """Check ``data`` is a well-formed CALLERROR (or [5] CALLRESULTERROR) of ``version``.

    The code is one the version defines, spelt its way; the description is a string (at most 255
    characters on 2.x); the details are a JSON object; the message id is a string of at most 36
    characters. Returns the decoded frame.
    """
    frame = decode_frame(data)
    assert len(frame) == 5, frame
    assert frame[0] == type_id, frame
    assert isinstance(frame[1], str), frame
    assert len(frame[1]) <= MAX_MESSAGE_ID_LENGTH, frame
    assert frame[2] in codes_of(version), frame
    assert isinstance(frame[3], str), frame
    if version is not V16:
        assert len(frame[3]) <= MAX_DESCRIPTION_LENGTH, frame
    assert isinstance(frame[4], dict), frame
    return frame


def check_quiet_reply(data: bytes, version: OcppVersion, marker: str = MARKER) -> list[Any]:
    """A well-formed error reply that is short and does not quote ``marker``."""
    assert len(data) < MAX_REPLY_BYTES, data[:200]
    assert marker.encode() not in data, data[:200]
    frame = decode_frame(data)
    return check_error_reply(data, version, type_id=frame[0])


def sent_frames(conn: Connection) -> list[list[Any]]:
    """Everything ``conn`` has to send, decoded."""
    return [decode_frame(data) for data in conn.data_to_send()]


def only(items: Iterable[Any]) -> Any:
    """The one item of ``items``."""
    (item,) = list(items)
    return item
