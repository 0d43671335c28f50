"""The caller's side: send a CSMS-initiated call to whichever node holds the station, and read
its answer back into the response type or one :class:`RoutedCallFailed`.

How each answer ends the call (:data:`FAILURES` for every outcome but a result or CALLERROR):

==========================================  ================================================
what came back                              the call ...
==========================================  ================================================
NATS "no responders" (no node holds it)     raises :class:`StationNotConnected`, at once
nothing before the deadline                 raises :class:`RoutedCallTimeout`
``result``                                  returns the response, validated here again
``callerror``                               raises :class:`StationCallError`
``not-connected``                           raises :class:`StationNotConnected` (during_call)
``expired``, ``timeout``                    raises :class:`RoutedCallTimeout`
``invalid-request``, ``invalid-response``   raises :class:`RoutedPayloadInvalid` (by the node)
``wrong-version``, ``internal``             raises :class:`NodeFailed`
an outcome this version does not know       raises :class:`NodeFailed` (internal)
==========================================  ================================================
"""

from collections.abc import Callable, Mapping
from typing import Any, Final, TypeVar

import nats.errors
from nats.aio.client import Client
from pydantic import ValidationError

from ocpkit._base import OcppRequest, OcppResponse
from ocpkit.ocpp.errors import PayloadValidationError, violations_from
from ocpkit.ocpp.registry import Action, action_of
from ocpkit.ocpp.validation import ValidationMode, decode
from ocpkit.ocpp.version import OcppVersion

from ._errors import (
    ClusterUnavailable,
    ClusterUsageError,
    NodeFailed,
    RoutedCallFailed,
    RoutedCallTimeout,
    RoutedPayloadInvalid,
    StationCallError,
    StationNotConnected,
)
from ._subjects import Subjects
from ._wire import (
    ACTION,
    DEADLINE,
    OUTCOME,
    VERSION,
    CallErrorBody,
    Outcome,
    WireError,
    deadline_header,
)

__all__ = ["FAILURES", "read_answer", "request_action", "routed_call"]

R = TypeVar("R", bound=OcppResponse)

_Raise = Callable[[str, str, str], RoutedCallFailed]

FAILURES: Final[Mapping[Outcome, _Raise]] = {
    Outcome.NOT_CONNECTED: lambda text, identity, action: StationNotConnected(
        text, identity=identity, action=action, during_call=True
    ),
    Outcome.EXPIRED: lambda text, identity, action: RoutedCallTimeout(
        text, identity=identity, action=action
    ),
    Outcome.TIMEOUT: lambda text, identity, action: RoutedCallTimeout(
        text, identity=identity, action=action
    ),
    Outcome.INVALID_REQUEST: lambda text, identity, action: RoutedPayloadInvalid(
        text, identity=identity, action=action, part="request", found_by="node"
    ),
    Outcome.INVALID_RESPONSE: lambda text, identity, action: RoutedPayloadInvalid(
        text, identity=identity, action=action, part="response", found_by="node"
    ),
    Outcome.WRONG_VERSION: lambda text, identity, action: NodeFailed(
        text, identity=identity, action=action, reason="version"
    ),
    Outcome.INTERNAL: lambda text, identity, action: NodeFailed(
        text, identity=identity, action=action, reason="internal"
    ),
}
"""The exception each failed outcome raises: ``FAILURES[outcome](text, identity, action)``."""


def request_action(request_type: type[OcppRequest[Any]]) -> tuple[OcppVersion, Action]:
    """The version and action of a request class; raises :class:`ClusterUsageError` for a
    class that is no generated OCPP request."""
    found = action_of(request_type)
    if found is not None:
        return found
    raise ClusterUsageError(f"{request_type.__name__} is not an OCPP request")


def _text(data: bytes) -> str:
    return data.decode("utf-8", "replace")[:500]


def read_answer(
    headers: Mapping[str, str] | None,
    data: bytes,
    response_type: type[R],
    *,
    identity: str,
    action: str,
    mode: ValidationMode = ValidationMode.STRICT,
) -> R:
    """The response an answer carries, or the :class:`RoutedCallFailed` it stands for."""
    outcome = (headers or {}).get(OUTCOME)
    if outcome == Outcome.RESULT:
        try:
            return decode(response_type, data, mode).message
        except PayloadValidationError as error:
            raise RoutedPayloadInvalid(
                f"invalid {action} response from {identity}: {error.description}",
                identity=identity,
                action=action,
                part="response",
                found_by="caller",
                error=error,
            ) from None
    if outcome == Outcome.CALL_ERROR:
        try:
            body = CallErrorBody.from_json(data)
        except WireError as error:
            raise NodeFailed(
                f"unreadable answer to {action}: {error}",
                identity=identity,
                action=action,
                reason="internal",
            ) from None
        raise StationCallError(
            identity=identity,
            action=action,
            code=body.code,
            kind=body.kind,
            description=body.description,
            details=body.details,
        )
    try:
        failure = FAILURES[Outcome(outcome or "")]
    except (ValueError, KeyError):
        raise NodeFailed(
            f"unreadable answer to {action}: no known {OUTCOME}",
            identity=identity,
            action=action,
            reason="internal",
        ) from None
    raise failure(_text(data), identity, action)


def _checked_body(request: OcppRequest[Any], identity: str, action: str) -> bytes:
    # A model can be changed after it was built (assignments are not validated): judge what
    # is sent, so that a broken request fails here and not at the node.
    body = request.to_json()
    try:
        type(request).from_json(body)
    except ValidationError as error:
        invalid = PayloadValidationError(type(request).__name__, violations_from(error))
        raise RoutedPayloadInvalid(
            f"invalid {action} request: {invalid.description}",
            identity=identity,
            action=action,
            part="request",
            found_by="caller",
            error=invalid,
        ) from None
    return body


async def routed_call(
    client: Client,
    subjects: Subjects,
    identity: str,
    request: OcppRequest[R],
    *,
    timeout: float,
    now: float,
    mode: ValidationMode = ValidationMode.STRICT,
) -> R:
    """Call ``identity`` with ``request`` through the node that holds it (``now``: Unix time
    in seconds); see the module's table for how it ends."""
    if timeout <= 0:
        raise ClusterUsageError("timeout must be positive")
    version, action = request_action(type(request))
    if not action.initiated_by("CSMS"):
        raise ClusterUsageError(f"{action.name} is not sent by the CSMS")
    subject = subjects.station(identity)
    body = _checked_body(request, identity, action.name)
    if not client.is_connected:
        raise ClusterUnavailable("not connected to NATS")
    headers = {
        VERSION: version.value,
        ACTION: action.name,
        DEADLINE: deadline_header(now + timeout),
    }
    try:
        msg = await client.request(subject, body, timeout=timeout, headers=headers)
    except nats.errors.NoRespondersError:
        raise StationNotConnected(
            f"{identity} is not connected to any node", identity=identity, action=action.name
        ) from None
    except nats.errors.TimeoutError:
        raise RoutedCallTimeout(
            f"{action.name} to {identity} got no answer within {timeout:g} s",
            identity=identity,
            action=action.name,
        ) from None
    except (nats.errors.ConnectionClosedError, nats.errors.OutboundBufferLimitError) as error:
        raise ClusterUnavailable(f"NATS connection lost: {type(error).__name__}") from None
    response_type: type[R] = type(request).response_type  # type: ignore[assignment]
    return read_answer(
        msg.headers, msg.data, response_type, identity=identity, action=action.name, mode=mode
    )
