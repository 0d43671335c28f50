"""What a :class:`~ocpkit.ocpp.connection.Connection` reports: small immutable event values.

Every received frame yields exactly one event (an oversized or broken one a
:class:`ProtocolViolation`), and so does every call that times out. Events never carry the raw
offending input, only what was read from it.
"""

from typing import TypeAlias

import attrs

from ocpkit._base import OcppRequest, OcppResponse, OcppSend
from ocpkit._json_value import JsonObject
from ocpkit.ocpp.errors import ErrorKind, OcppError, Violation

__all__ = [
    "CallReceived",
    "CallTimedOut",
    "ErrorReceived",
    "Event",
    "LateReply",
    "ProtocolViolation",
    "ResultInvalid",
    "ResultReceived",
    "ResultRejected",
    "SendReceived",
    "UnexpectedReply",
]


@attrs.frozen
class CallReceived:
    """The peer called us; answer with ``Connection.reply`` or ``Connection.reply_error``.

    ``forgiven`` lists what tolerant mode accepted (empty in strict mode).
    """

    message_id: str
    action: str
    request: OcppRequest[OcppResponse]
    forgiven: tuple[Violation, ...] = ()


@attrs.frozen
class SendReceived:
    """OCPP 2.1: the peer sent an unconfirmed message (never answered)."""

    message_id: str
    action: str
    message: OcppSend
    forgiven: tuple[Violation, ...] = ()


@attrs.frozen
class ResultReceived:
    """The answer to our call ``message_id``."""

    message_id: str
    action: str
    request: OcppRequest[OcppResponse]
    response: OcppResponse
    forgiven: tuple[Violation, ...] = ()


@attrs.frozen
class ErrorReceived:
    """Our call ``message_id`` failed at the peer (a CALLERROR).

    ``kind`` reads ``error_code`` in either version's spelling; ``None`` if it is no OCPP code.
    """

    message_id: str
    action: str
    request: OcppRequest[OcppResponse]
    error_code: str
    kind: ErrorKind | None
    description: str
    details: JsonObject


@attrs.frozen
class ResultInvalid:
    """The answer to our call ``message_id`` broke its schema; the call has failed.

    On OCPP 2.1 the connection answered it with a CALLRESULTERROR (``replied``).
    """

    message_id: str
    action: str
    request: OcppRequest[OcppResponse]
    error: OcppError
    replied: bool


@attrs.frozen
class ResultRejected:
    """OCPP 2.1: the peer refused a CALLRESULT we sent (a CALLRESULTERROR)."""

    message_id: str
    error_code: str
    kind: ErrorKind | None
    description: str
    details: JsonObject


@attrs.frozen
class CallTimedOut:
    """Our call ``message_id`` got no answer before its deadline; it has failed."""

    message_id: str
    action: str
    request: OcppRequest[OcppResponse]


@attrs.frozen
class LateReply:
    """An answer to a call that had already timed out: reported, not delivered."""

    message_id: str
    action: str
    is_error: bool


@attrs.frozen
class UnexpectedReply:
    """A CALLRESULT or CALLERROR for an id we are not waiting for: reported, never answered."""

    message_id: str
    is_error: bool


@attrs.frozen
class ProtocolViolation:
    """A received frame that could not be taken as a message, and what the connection did.

    ``error`` says what is wrong (a :class:`~ocpkit.ocpp.frames.FrameError`, a
    :class:`~ocpkit.ocpp.errors.PayloadValidationError`, or an :class:`OcppError` for an
    unknown or unsupported action); ``reply`` is the frame sent back, byte for byte, if the
    version's rules prescribe one -- its details are ``error.details``, which are kept in the
    form they go out in. ``message_id`` and ``action`` are what could be read of the frame.
    """

    error: OcppError
    message_id: str | None
    action: str | None
    reply: bytes | None


Event: TypeAlias = (
    CallReceived
    | SendReceived
    | ResultReceived
    | ErrorReceived
    | ResultInvalid
    | ResultRejected
    | CallTimedOut
    | LateReply
    | UnexpectedReply
    | ProtocolViolation
)
"""Anything a connection reports."""
