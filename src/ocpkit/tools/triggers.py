"""The messages a simulated charging station sends when the CSMS triggers one.

A station answers a TriggerMessage (and the 1.6 security extension's ExtendedTriggerMessage)
first, and then sends the message it was asked for (OCPP 1.6 §5.17 Trigger Message, 2.0.1 and
2.1 use case F06). The tools' station builds these messages here:

====================================  =======================================================
requested message                     what is sent
====================================  =======================================================
Heartbeat                             a Heartbeat
StatusNotification                    connector 1 (or the one asked for) Available, now
FirmwareStatusNotification            status Idle
DiagnosticsStatusNotification (1.6)   status Idle
LogStatusNotification                 status Idle
anything else                         nothing: the trigger is answered ``NotImplemented``
====================================  =======================================================

The messages are written as wire JSON and read through the version's request model, as
:class:`~ocpkit.tools.answers.Answerer` does for responses, so one table serves every version
and each message is validated like a received one.
"""

from collections.abc import Callable, Mapping
from typing import Any, Final, TypeAlias, cast

import orjson

from ocpkit._base import OcppRequest, OcppResponse
from ocpkit.ocpp.registry import actions_of
from ocpkit.ocpp.version import OcppVersion

from .answers import now

__all__ = ["TRIGGER_ACTIONS", "triggered_request"]

TRIGGER_ACTIONS: Final = frozenset({"TriggerMessage", "ExtendedTriggerMessage"})
"""The actions with which a CSMS asks a station to send a message."""

Wire: TypeAlias = dict[str, Any]
_Builder: TypeAlias = Callable[[OcppVersion, Wire], Wire]


def _heartbeat(version: OcppVersion, trigger: Wire) -> Wire:
    return {}


def _status(version: OcppVersion, trigger: Wire) -> Wire:
    if version is OcppVersion.V16:
        connector = trigger.get("connectorId") or 1
        return {"connectorId": connector, "errorCode": "NoError", "status": "Available"}
    evse = trigger.get("evse") or {}
    return {
        "timestamp": now().isoformat().replace("+00:00", "Z"),
        "connectorStatus": "Available",
        "evseId": evse.get("id") or 1,
        "connectorId": evse.get("connectorId") or 1,
    }


def _idle(version: OcppVersion, trigger: Wire) -> Wire:
    return {"status": "Idle"}


_MESSAGES: Final[Mapping[str, _Builder]] = {
    "Heartbeat": _heartbeat,
    "StatusNotification": _status,
    "FirmwareStatusNotification": _idle,
    "DiagnosticsStatusNotification": _idle,
    "LogStatusNotification": _idle,
}


def triggered_request(
    version: OcppVersion, trigger: OcppRequest[OcppResponse]
) -> OcppRequest[OcppResponse] | None:
    """The request a station of ``version`` sends for ``trigger`` (a TriggerMessage or an
    ExtendedTriggerMessage request), or None when the tools' station does not send the message
    asked for. ``ValueError`` for a request that is not a trigger."""
    if trigger.ocpp_action not in TRIGGER_ACTIONS:
        raise ValueError(f"{trigger.ocpp_action} is not a trigger")
    wire = dict(trigger.to_wire())
    name = str(wire["requestedMessage"])
    build = _MESSAGES.get(name)
    action = actions_of(version).get(name)
    if build is None or action is None:
        return None
    request = action.request.from_json(orjson.dumps(build(version, wire)))
    return cast(OcppRequest[OcppResponse], request)
