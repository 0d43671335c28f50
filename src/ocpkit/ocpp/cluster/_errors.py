"""The exceptions of the cluster: one family under :class:`~ocpkit._errors.OcpkitError`.

::

    ClusterError
    ├── ClusterUsageError         a setting or argument that cannot work (also a ValueError)
    ├── ClusterUnavailable        no connection to NATS (not started, closed, reconnecting)
    └── RoutedCallFailed          a call through the cluster got no response
        ├── StationNotConnected   no node holds the station (or it left during the call)
        ├── RoutedCallTimeout     no answer before the deadline
        ├── StationCallError      the station answered with a CALLERROR
        ├── RoutedPayloadInvalid  the request or the response broke its schema
        └── NodeFailed            the node could not make the call (version, internal)
"""

from typing import Any, Literal

from ocpkit._errors import OcpkitError
from ocpkit.ocpp.errors import ErrorKind, OcppError

__all__ = [
    "ClusterError",
    "ClusterUnavailable",
    "ClusterUsageError",
    "NodeFailed",
    "RoutedCallFailed",
    "RoutedCallTimeout",
    "RoutedPayloadInvalid",
    "StationCallError",
    "StationNotConnected",
]


class ClusterError(OcpkitError):
    """Base of every error of :mod:`ocpkit.ocpp.cluster`."""


class ClusterUsageError(ClusterError, ValueError):
    """A setting or an argument the cluster cannot work with (an empty identity, a request
    the CSMS may not send, a namespace that is no subject prefix)."""


class ClusterUnavailable(ClusterError):  # noqa: N818 - reads as the domain
    """The cluster has no NATS connection right now (not started, closed, or reconnecting)."""


class RoutedCallFailed(ClusterError):  # noqa: N818 - reads as the domain
    """A call to ``identity`` (its ``action``) through the cluster produced no response."""

    def __init__(self, message: str, *, identity: str, action: str) -> None:
        super().__init__(message)
        self.identity = identity
        self.action = action


class StationNotConnected(RoutedCallFailed):
    """No node holds the station: nobody answered the subject (NATS "no responders"), or the
    station's connection closed before it answered (``during_call``: it may have got the
    request)."""

    def __init__(
        self, message: str, *, identity: str, action: str, during_call: bool = False
    ) -> None:
        super().__init__(message, identity=identity, action=action)
        self.during_call = during_call


class RoutedCallTimeout(RoutedCallFailed):
    """No answer arrived before the call's deadline (from the station, or from the node)."""


class StationCallError(RoutedCallFailed):
    """The station answered with a CALLERROR: ``code`` as sent, ``kind`` its reading in either
    version's spelling (``None`` for a code that is no OCPP code), and the station's
    ``description`` and ``details``."""

    def __init__(
        self,
        *,
        identity: str,
        action: str,
        code: str,
        kind: ErrorKind | None,
        description: str,
        details: dict[str, Any],
    ) -> None:
        text = f"{action} failed at {identity}: {code}"
        super().__init__(
            f"{text}: {description}" if description else text, identity=identity, action=action
        )
        self.code = code
        self.kind = kind
        self.description = description
        self.details = details


class RoutedPayloadInvalid(RoutedCallFailed):
    """A payload broke its schema: ``part`` says which (``"request"`` or ``"response"``),
    ``found_by`` where it was found (``"caller"`` or ``"node"``); ``error`` holds the violations
    when they were found here (``None`` when the node reported them: see the message)."""

    def __init__(
        self,
        message: str,
        *,
        identity: str,
        action: str,
        part: Literal["request", "response"],
        found_by: Literal["caller", "node"],
        error: OcppError | None = None,
    ) -> None:
        super().__init__(message, identity=identity, action=action)
        self.part = part
        self.found_by = found_by
        self.error = error


class NodeFailed(RoutedCallFailed):
    """The node that holds the station could not make the call: the station speaks another
    OCPP version than the request's (``reason`` ``"version"``), or the node failed
    (``"internal"``, see its log)."""

    def __init__(
        self, message: str, *, identity: str, action: str, reason: Literal["version", "internal"]
    ) -> None:
        super().__init__(message, identity=identity, action=action)
        self.reason = reason
