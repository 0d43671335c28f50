"""Per-version action registries: action name -> request type, response type, initiator."""

import functools
import importlib
from collections.abc import Iterator, Mapping
from typing import Literal

import attrs

from ocpkit._base import OcppRequest, OcppResponse, OcppSend
from ocpkit.ocpp.version import OcppVersion

__all__ = ["Action", "ActionRegistry", "Initiator", "Side", "action_of", "actions_of"]

Initiator = Literal["ChargingStation", "CSMS", "Both"]
"""Who may send an action's request: the charging station, the CSMS, or either."""
Side = Literal["ChargingStation", "CSMS"]
"""One end of an OCPP connection."""


@attrs.frozen
class Action:
    """One OCPP action of a version.

    ``response`` is ``None`` for a SEND message (OCPP 2.1), which is never answered.
    ``initiator`` is the side that sends the request: ``"ChargingStation"``, ``"CSMS"`` or
    ``"Both"``.
    """

    name: str
    request: type[OcppRequest[OcppResponse]] | type[OcppSend]
    response: type[OcppResponse] | None
    initiator: Initiator

    def initiated_by(self, side: Side) -> bool:
        """Whether ``side`` may send this action's request."""
        return self.initiator == "Both" or self.initiator == side

    @property
    def is_send(self) -> bool:
        """Whether this is an unconfirmed SEND message."""
        return self.response is None


class ActionRegistry(Mapping[str, Action]):
    """The actions of one OCPP version, by name; the model classes are loaded on first use."""

    def __init__(
        self,
        version: OcppVersion,
        table: Mapping[str, tuple[str, str | None, Initiator]],
        messages_module: str,
    ) -> None:
        self.version = version
        self._table = table
        self._messages_module = messages_module
        self._actions: dict[str, Action] = {}

    def __getitem__(self, name: str) -> Action:
        action = self._actions.get(name)
        if action is None:
            request, response, initiator = self._table[name]
            module = importlib.import_module(self._messages_module)
            action = Action(
                name,
                getattr(module, request),
                getattr(module, response) if response is not None else None,
                initiator,
            )
            self._actions[name] = action
        return action

    def __iter__(self) -> Iterator[str]:
        return iter(self._table)

    def __len__(self) -> int:
        return len(self._table)

    def __contains__(self, name: object) -> bool:
        return name in self._table

    def initiated_by(self, side: Side) -> list[Action]:
        """The actions whose request ``side`` may send."""
        return [self[name] for name, row in self._table.items() if row[2] in (side, "Both")]

    def __repr__(self) -> str:
        return f"<ActionRegistry OCPP {self.version} ({len(self)} actions)>"


_PACKAGES = {OcppVersion.V16: "v16", OcppVersion.V201: "v201", OcppVersion.V21: "v21"}


def actions_of(version: OcppVersion) -> ActionRegistry:
    """The action registry of ``version`` (``ocpkit.ocpp.v201.ACTIONS`` and so on)."""
    package = importlib.import_module(f"ocpkit.ocpp.{_PACKAGES[version]}")
    registry: ActionRegistry = package.ACTIONS
    return registry


@functools.cache
def action_of(message_type: type) -> tuple[OcppVersion, Action] | None:
    """The version and action whose request (or SEND message) is ``message_type``; ``None``
    for a class that is no generated OCPP request."""
    name = getattr(message_type, "ocpp_action", None)
    if not isinstance(name, str):
        return None
    for version in OcppVersion:
        action = actions_of(version).get(name)
        if action is not None and action.request is message_type:
            return version, action
    return None
