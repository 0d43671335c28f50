"""What travels on the subjects: the message's own wire JSON as the body, and a few NATS
headers around it.

Headers (names are case-sensitive on NATS; values are plain ASCII):

=================  ===============================================  =========================
header             value                                            on
=================  ===============================================  =========================
``Ocpp-Version``   ``1.6``, ``2.0.1`` or ``2.1``                    calls, hand-offs, events
``Ocpp-Action``    the action (``Reset``)                           calls, hand-offs
``Ocpp-Deadline``  when the caller gives up: Unix time in ms        calls, hand-offs
``Ocpp-Kind``      ``call`` or ``claim`` (absent: ``call``)         the station subject
``Ocpp-Outcome``   how the call ended (:class:`Outcome`)            every answer
``Ocpp-Node``      the node's name                                  claims, events, hand-offs
``Ocpp-Station``   the station identity, encoded as in subjects     hand-offs, announcements
``Ocpp-Since``     when the node took the station: Unix time in ns  announcements
=================  ===============================================  =========================

A *hand-off* is a station-initiated call the node passes to the workers. Answers carry the
response's wire JSON (``result``), a CALLERROR as ``{"code", "description", "details"}``
(``callerror``), or for every other outcome a one-line UTF-8 text saying why.
"""

from collections.abc import Mapping
from enum import StrEnum
from typing import Any, Final

import attrs
import orjson

from ocpkit._errors import OcpkitError
from ocpkit.ocpp.errors import ErrorKind, OcppError, parse_error_code
from ocpkit.ocpp.version import OcppVersion

__all__ = [
    "ACTION",
    "DEADLINE",
    "KIND",
    "NODE",
    "OUTCOME",
    "SINCE",
    "STATION",
    "VERSION",
    "CallErrorBody",
    "Outcome",
    "WireError",
    "deadline_header",
    "read_deadline",
    "read_version",
]

VERSION: Final = "Ocpp-Version"
ACTION: Final = "Ocpp-Action"
DEADLINE: Final = "Ocpp-Deadline"
KIND: Final = "Ocpp-Kind"
OUTCOME: Final = "Ocpp-Outcome"
NODE: Final = "Ocpp-Node"
STATION: Final = "Ocpp-Station"
SINCE: Final = "Ocpp-Since"

KIND_CALL: Final = "call"
KIND_CLAIM: Final = "claim"


class Outcome(StrEnum):
    """How a routed call ended, as the answering node (or worker) says in ``Ocpp-Outcome``."""

    RESULT = "result"
    """The station (worker) answered; the body is the response's wire JSON."""
    CALL_ERROR = "callerror"
    """The station (worker) answered with a CALLERROR; the body is :class:`CallErrorBody`."""
    NOT_CONNECTED = "not-connected"
    """The station's connection closed before it answered."""
    EXPIRED = "expired"
    """The deadline had passed when the node got to the call: the station was not called."""
    TIMEOUT = "timeout"
    """The station did not answer before the deadline."""
    INVALID_REQUEST = "invalid-request"
    """The request broke its schema (or named no action the CSMS may send)."""
    INVALID_RESPONSE = "invalid-response"
    """The station's response broke its schema."""
    WRONG_VERSION = "wrong-version"
    """The station speaks another OCPP version than the request's."""
    INTERNAL = "internal"
    """The node failed (its log says why)."""


class WireError(OcpkitError):
    """A header or body that cannot be read; turned into an answer or a log line where it is
    caught, never raised to users (hence not an ``OcpkitError``)."""


@attrs.frozen
class CallErrorBody:
    """A CALLERROR as it travels: the code as the station (worker) wrote it, its text and
    details."""

    code: str
    description: str
    details: dict[str, Any]

    @classmethod
    def of(cls, error: OcppError, version: OcppVersion) -> "CallErrorBody":
        """The body of the CALLERROR ``error`` is answered with on ``version``."""
        return cls(str(error.code(version)), error.description, dict(error.details))

    @property
    def kind(self) -> ErrorKind | None:
        """The code read in either version's spelling (``None``: no OCPP code)."""
        return parse_error_code(self.code)

    def to_json(self) -> bytes:
        """The body as sent."""
        return orjson.dumps(
            {"code": self.code, "description": self.description, "details": self.details}
        )

    @classmethod
    def from_json(cls, data: bytes) -> "CallErrorBody":
        """Read a body; raises :class:`WireError` unless it is the object :meth:`to_json`
        writes."""
        try:
            value = orjson.loads(data)
        except orjson.JSONDecodeError:
            raise WireError("a CALLERROR body that is not JSON") from None
        if not isinstance(value, dict):
            raise WireError("a CALLERROR body that is not an object")
        code, description, details = (
            value.get("code"),
            value.get("description", ""),
            value.get("details", {}),
        )
        if (
            not isinstance(code, str)
            or not isinstance(description, str)
            or not isinstance(details, dict)
        ):
            raise WireError("a CALLERROR body without a code, description and details")
        return cls(code, description, details)

    def to_error(self) -> OcppError:
        """The :class:`OcppError` that answers the same CALLERROR (a code that is no OCPP code
        becomes GenericError)."""
        return OcppError(
            self.description, kind=self.kind or ErrorKind.GENERIC, details=self.details
        )


def deadline_header(deadline: float) -> str:
    """``Ocpp-Deadline`` for a deadline given as Unix time in seconds."""
    return str(int(deadline * 1000))


def read_deadline(headers: Mapping[str, str] | None) -> float | None:
    """The deadline (Unix time in seconds) of a message; ``None`` when it has none; raises
    :class:`WireError` when it is not a whole number."""
    text = (headers or {}).get(DEADLINE)
    if text is None:
        return None
    if not text.isdigit():
        raise WireError(f"{DEADLINE} is not a whole number of milliseconds")
    return int(text) / 1000


def read_version(headers: Mapping[str, str] | None) -> OcppVersion:
    """The ``Ocpp-Version`` of a message; raises :class:`WireError` when it is absent or no
    version ocpkit speaks."""
    text = (headers or {}).get(VERSION)
    for version in OcppVersion:
        if version.value == text:
            return version
    raise WireError(f"{VERSION} is missing or no OCPP version")
