"""One frozen configuration for every session, on the CSMS and on the charging-station side.

:class:`SessionConfig` holds what a connection needs whichever side opened it: the validation
mode, timeouts, sizes, the call queue, the message-id factory and the WebSocket keep-alive.
``CsmsServer(config=...)`` and ``ChargePointClient(config=...)`` take the same object; what only
a server decides (connection caps, identities, authentication) stays on the server.
"""

import uuid
from collections.abc import Callable
from typing import Any

import attrs

from ocpkit._errors import OcpkitError
from ocpkit.ocpp.connection import (
    DEFAULT_CALL_TIMEOUT,
    DEFAULT_MAX_MESSAGE_SIZE,
    DEFAULT_MAX_QUEUED,
    Connection,
)
from ocpkit.ocpp.registry import Side
from ocpkit.ocpp.validation import ValidationMode
from ocpkit.ocpp.version import OcppVersion

from ._transport import DEFAULT_MAX_FRAGMENTS, DEFAULT_MESSAGE_TIMEOUT, Options

__all__ = ["ConfigError", "SessionConfig"]


class ConfigError(OcpkitError, ValueError):
    """A server, client or session setting that cannot work (raised where it is given, or,
    for what only a connection reveals such as ``router_for``'s answer, when it is used)."""


def _uuid4() -> str:
    return str(uuid.uuid4())


def _positive(instance: object, attribute: "attrs.Attribute[Any]", value: float | None) -> None:
    if value is not None and value <= 0:
        raise ConfigError(f"{attribute.name} must be positive")


def _not_negative(instance: object, attribute: "attrs.Attribute[Any]", value: float) -> None:
    if value < 0:
        raise ConfigError(f"{attribute.name} must not be negative")


@attrs.frozen(kw_only=True)
class SessionConfig:
    """How every session of a server or client behaves (all keyword-only; ``None`` turns a
    timeout off).

    ``mode``: how strictly received payloads are judged. ``call_timeout``: seconds a call of ours
    waits for its answer once sent. ``max_message_size``: the largest message read, in bytes.
    ``max_queued``: calls waiting behind the one in flight. ``id_factory``: makes message ids
    (1 to 36 characters, unique). ``validate_outgoing``: ``None`` judges the models that skipped
    validation, ``True`` every outgoing payload, ``False`` none (see
    :class:`~ocpkit.ocpp.connection.Connection`).
    ``ping_interval`` / ``ping_timeout``: WebSocket keep-alive. ``open_timeout``: the opening
    handshake. ``close_timeout``: the closing handshake. ``message_timeout``: a message whose first
    byte or fragment arrived must be complete within it (else close 1008). ``max_fragments``:
    frames per message (over it, close 1009). ``drain_timeout``:
    on ``close()``, how long handlers still running may take to finish.
    """

    mode: ValidationMode = ValidationMode.STRICT
    call_timeout: float = attrs.field(default=DEFAULT_CALL_TIMEOUT, validator=_positive)
    max_message_size: int = attrs.field(default=DEFAULT_MAX_MESSAGE_SIZE, validator=_positive)
    max_queued: int = attrs.field(default=DEFAULT_MAX_QUEUED, validator=_not_negative)
    id_factory: Callable[[], str] = _uuid4
    validate_outgoing: bool | None = None
    ping_interval: float | None = attrs.field(default=20.0, validator=_positive)
    ping_timeout: float | None = attrs.field(default=20.0, validator=_positive)
    open_timeout: float | None = attrs.field(default=10.0, validator=_positive)
    close_timeout: float = attrs.field(default=10.0, validator=_not_negative)
    message_timeout: float | None = attrs.field(
        default=DEFAULT_MESSAGE_TIMEOUT, validator=_positive
    )
    max_fragments: int = attrs.field(default=DEFAULT_MAX_FRAGMENTS, validator=_positive)
    drain_timeout: float = attrs.field(default=10.0, validator=_not_negative)

    def connection(self, version: OcppVersion, role: Side) -> Connection:
        """A sans-IO connection with these settings."""
        return Connection(
            version,
            role,
            mode=self.mode,
            call_timeout=self.call_timeout,
            max_message_size=self.max_message_size,
            max_queued=self.max_queued,
            id_factory=self.id_factory,
            validate_outgoing=self.validate_outgoing,
        )

    def transport_options(self) -> Options:
        """The settings the WebSocket adapter honours."""
        return Options(
            max_message_size=self.max_message_size,
            ping_interval=self.ping_interval,
            ping_timeout=self.ping_timeout,
            open_timeout=self.open_timeout,
            close_timeout=self.close_timeout,
            message_timeout=self.message_timeout,
            max_fragments=self.max_fragments,
        )
