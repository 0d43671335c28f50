"""``ocpkit call``: send one CSMS-initiated call to a station through the cluster and print the
typed answer.

``ocpkit call --nats URL --ocpp 2.0.1 CS-0001 Reset '{"type":"Immediate"}'`` prints the
response's wire JSON on stdout and exits 0; a call that fails prints one line on stderr (the
error's class and text; a CALLERROR's code, description and details) and exits 1. Arguments
that cannot make a request (unknown action, one the CSMS does not send, a payload that is not
JSON or breaks its schema) exit 2 before anything is sent.
"""

from typing import IO, Any, Final, cast

import attrs
import orjson

from ocpkit._base import OcppRequest
from ocpkit.ocpp.errors import PayloadValidationError
from ocpkit.ocpp.registry import actions_of
from ocpkit.ocpp.validation import decode_strict
from ocpkit.ocpp.version import OcppVersion

from . import ToolError

__all__ = ["CallSettings", "build_request", "run_call"]

DEFAULT_TIMEOUT: Final = 30.0


@attrs.frozen(kw_only=True)
class CallSettings:
    """One ``ocpkit call``: where NATS is, the cluster's namespace, and the call to make."""

    nats_url: str
    version: OcppVersion
    identity: str
    action: str
    payload: str = "{}"
    namespace: str = "ocpkit"
    timeout: float = DEFAULT_TIMEOUT


def build_request(version: OcppVersion, action: str, payload: str) -> OcppRequest[Any]:
    """The typed request of ``action`` from its wire JSON; raises :class:`ToolError` (status 2)
    for an action the CSMS cannot send or a payload that is no valid request."""
    registry = actions_of(version)
    found = registry.get(action)
    if found is None or found.is_send or not found.initiated_by("CSMS"):
        raise ToolError(f"OCPP {version} has no CSMS-initiated action {action!r}", status=2)
    try:
        decoded = decode_strict(found.request, payload.encode())
    except PayloadValidationError as error:
        raise ToolError(f"invalid {action} payload: {error.description}", status=2) from None
    return cast("OcppRequest[Any]", decoded)


async def run_call(settings: CallSettings, *, out: IO[str], err: IO[str]) -> int:
    """Make the call; print the answer to ``out`` (0) or the failure to ``err`` (1). Bad
    arguments raise :class:`ToolError` (status 2)."""
    from ocpkit.ocpp.cluster import (
        ClusterError,
        ClusterUsageError,
        NatsCluster,
        StationCallError,
    )

    if settings.timeout <= 0:
        raise ToolError("the timeout must be positive", status=2)
    request = build_request(settings.version, settings.action, settings.payload)
    try:
        cluster = NatsCluster(settings.nats_url, namespace=settings.namespace, node="ocpkit-call")
    except ClusterUsageError as error:
        raise ToolError(str(error), status=2) from None
    try:
        async with cluster:
            response = await cluster.call(settings.identity, request, timeout=settings.timeout)
    except StationCallError as error:
        details = orjson.dumps(error.details).decode()
        err.write(f"CALLERROR {error.code}: {error.description} {details}\n")
        return 1
    except ClusterUsageError as error:
        raise ToolError(str(error), status=2) from None
    except ClusterError as error:
        err.write(f"{type(error).__name__}: {error}\n")
        return 1
    out.write(response.to_json().decode() + "\n")
    return 0
