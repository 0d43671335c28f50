"""Enveloped replies: a success carrying typed data (:func:`ocpi_response`), and the reply to an
:class:`~ocpkit.ocpi.status.OcpiError` with the HTTP status that goes with it."""

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any, Final, TypeAlias

from pydantic import JsonValue
from starlette.responses import Response as HttpResponse

from ocpkit._ocpi_base import OcpiModel
from ocpkit.ocpi.envelope import Response, success
from ocpkit.ocpi.reading import ListRead, Violation
from ocpkit.ocpi.status import OcpiError, http_status_for
from ocpkit.ocpi.version import OcpiVersion

from ._paths import describe_violations, violation_pairs
from ._settings import DEFAULT_SETTINGS, OcpiSettings

__all__ = [
    "JSON_MEDIA_TYPE",
    "OcpiJSONResponse",
    "ReplyData",
    "error_reply",
    "error_status",
    "ocpi_response",
]

JSON_MEDIA_TYPE: Final = "application/json"
"""The media type of every OCPI reply ("Response format")."""

# The version whose HTTP rules apply when a reply's version is unknown (a versions list, a
# route no dependency named a version for). Only 2004 differs between versions, and 2.1.1 does
# not define it, so the newest version's table is right for every code 2.1.1 has.
_DEFAULT_VERSION: Final = OcpiVersion.V230

ReplyData: TypeAlias = OcpiModel | Sequence[OcpiModel] | ListRead[Any] | JsonValue
"""What a success reply may carry in ``data``: one object, a list of objects, a list as read
(invalid items written back as they came), plain JSON data, or ``None`` (``data`` left out)."""


class OcpiJSONResponse(HttpResponse):
    """A reply whose body is already OCPI JSON text (an envelope): sent as it is, as
    ``application/json``."""

    media_type = JSON_MEDIA_TYPE


def ocpi_response(
    data: ReplyData,
    *,
    settings: OcpiSettings = DEFAULT_SETTINGS,
    status_code: int = 1000,
    status_message: str | None = None,
    created: bool = False,
    headers: Mapping[str, str] | None = None,
) -> OcpiJSONResponse:
    """A success reply carrying ``data`` (``None``: no ``data``), stamped with the settings'
    clock. ``created`` makes it HTTP 201 (the request created a new object); otherwise 200.
    ``status_message`` is our own text (never the peer's)."""
    envelope = success(
        data, now=settings.now(), status_message=status_message, status_code=status_code
    )
    http = http_status_for(envelope.status_code, _DEFAULT_VERSION, created=created)
    return OcpiJSONResponse(envelope.to_json(), status_code=http, headers=headers)


def error_status(error: OcpiError, version: OcpiVersion | None) -> int:
    """The HTTP status of the reply to ``error``: the one its class prescribes for a failure on
    the HTTP layer (401, 404, 405, 413, ...), else the one ``version`` pairs with its code."""
    if error.http_status != 200:
        return error.http_status
    return http_status_for(error.status_code, version or _DEFAULT_VERSION)


def _message(error: OcpiError) -> str | None:
    violations = getattr(error, "violations", None)
    if isinstance(violations, tuple) and all(isinstance(v, Violation) for v in violations):
        text = describe_violations(error.status_message, violation_pairs(violations))
    else:
        text = error.status_message
    return text or None


def error_reply(
    error: OcpiError,
    *,
    now: datetime,
    version: OcpiVersion | None = None,
    headers: Sequence[tuple[str, str]] = (),
) -> OcpiJSONResponse:
    """The reply to ``error``: its code, its message (our own text, with the paths and rule
    names of its violations when it carries any), no ``data``, and :func:`error_status`."""
    envelope: Response[None] = Response(
        status_code=error.status_code, timestamp=now, status_message=_message(error)
    )
    reply = OcpiJSONResponse(envelope.to_json(), status_code=error_status(error, version))
    for name, value in headers:
        reply.headers.append(name, value)
    return reply
