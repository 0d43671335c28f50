"""What only OCPP adds to the IR: messages (request, response, SEND) and actions with initiators."""

from __future__ import annotations

from typing import Literal

import attrs

from codegen import ir
from codegen.ocpp_directions import Initiator

MessageKind = Literal["request", "response", "send"]

__all__ = ["Action", "Initiator", "Message", "MessageKind", "OcppPackage"]


@attrs.frozen
class Message:
    """A model of the package that is a message payload of ``action``."""

    model: str
    kind: MessageKind
    action: str


@attrs.frozen
class Action:
    """An action (request/response pair) or, with ``response`` None, a SEND message."""

    name: str
    request: str
    response: str | None
    initiator: Initiator


@attrs.frozen
class OcppPackage:
    """One OCPP version: the protocol-neutral package plus its messages and actions.

    ``package.models`` holds the shared object types first, then the messages in action order.
    """

    package: ir.Package
    messages: tuple[Message, ...]
    actions: tuple[Action, ...]

    def message(self, model_name: str) -> Message | None:
        """The message role of a model, or None for a shared object type."""
        for message in self.messages:
            if message.model == model_name:
                return message
        return None
