"""The rules that differ by version, as tables: the request object of each command, the
objects a command is answered with (:data:`COMMAND_FLOWS`), the charging-profile operations;
the same objects as type aliases for type checkers; and the generated classes they name,
loaded on first use."""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Final, TypeAlias

import attrs

from ocpkit._ocpi_base import OcpiModel
from ocpkit.ocpi.version import OcpiVersion

from ._errors import CommandUsageError

if TYPE_CHECKING:
    from ocpkit.ocpi import v211, v221, v230

__all__ = [
    "COMMAND_FLOWS",
    "COMMAND_REQUESTS",
    "PROFILE_OPERATIONS",
    "PROFILE_VERSIONS",
    "AnyCommandResponse",
    "AnyProfileResponse",
    "CommandFlow",
    "CommandRequestBody",
    "CommandResultBody",
    "ProfileOperation",
    "ProfileResultBody",
]

# Written as strings: the generated classes load on first use (``import ocpkit.ocpi.commands``
# must not build three versions' worth of pydantic models).
_V211Request: TypeAlias = (
    "v211.ReserveNow | v211.StartSession | v211.StopSession | v211.UnlockConnector"
)
_V221Request: TypeAlias = (
    "v221.ReserveNow | v221.StartSession | v221.StopSession | v221.UnlockConnector"
)
_V230Request: TypeAlias = (
    "v230.ReserveNow | v230.StartSession | v230.StopSession | v230.UnlockConnector"
)
# (each alias on one line: type checkers refuse implicitly concatenated strings as types)
CommandRequestBody: TypeAlias = (
    "_V211Request | v221.CancelReservation | _V221Request | v230.CancelReservation | _V230Request"
)
"""The request object of any command of any version."""

AnyCommandResponse: TypeAlias = "v211.CommandResponse | v221.CommandResponse | v230.CommandResponse"
"""The immediate answer to a command, any version."""

CommandResultBody: TypeAlias = "v211.CommandResponse | v221.CommandResult | v230.CommandResult"
"""The body POSTed to a command's ``response_url`` (2.1.1 reuses its ``CommandResponse``)."""

AnyProfileResponse: TypeAlias = "v221.ChargingProfileResponse | v230.ChargingProfileResponse"
"""The immediate answer to a charging-profile request, any version."""

_V221ProfileResult: TypeAlias = "v221.ChargingProfileResult | v221.ActiveChargingProfileResult"
_V230ProfileResult: TypeAlias = "v230.ChargingProfileResult | v230.ActiveChargingProfileResult"
ProfileResultBody: TypeAlias = (
    "_V221ProfileResult | v221.ClearProfileResult | _V230ProfileResult | v230.ClearProfileResult"
)
"""The body POSTed to a charging-profile request's ``response_url``."""

_MAX_URL_LENGTH: Final = 255  # every response_url field is URL(255)


def _generated(version: OcpiVersion, name: str) -> type:
    package = importlib.import_module(f"ocpkit.ocpi.{version.module}")
    found: type = getattr(package, name)
    return found


_V211, _V221, _V230 = OcpiVersion.V211, OcpiVersion.V221, OcpiVersion.V230

COMMAND_REQUESTS: Final[tuple[tuple[OcpiVersion, str, str], ...]] = (
    (_V211, "RESERVE_NOW", "ReserveNow"),
    (_V211, "START_SESSION", "StartSession"),
    (_V211, "STOP_SESSION", "StopSession"),
    (_V211, "UNLOCK_CONNECTOR", "UnlockConnector"),
    (_V221, "CANCEL_RESERVATION", "CancelReservation"),
    (_V221, "RESERVE_NOW", "ReserveNow"),
    (_V221, "START_SESSION", "StartSession"),
    (_V221, "STOP_SESSION", "StopSession"),
    (_V221, "UNLOCK_CONNECTOR", "UnlockConnector"),
    (_V230, "CANCEL_RESERVATION", "CancelReservation"),
    (_V230, "RESERVE_NOW", "ReserveNow"),
    (_V230, "START_SESSION", "StartSession"),
    (_V230, "STOP_SESSION", "StopSession"),
    (_V230, "UNLOCK_CONNECTOR", "UnlockConnector"),
)
"""(version, command, request object): the body each command carries, per version."""


@attrs.frozen(kw_only=True)
class CommandFlow:
    """One version's command exchange, by the names of its generated types (a row of
    :data:`COMMAND_FLOWS`)."""

    response: str  # the immediate answer (in the envelope's data)
    response_type: str  # its result enum
    result: str  # the body POSTed to response_url
    result_type: str  # its result enum
    response_has_timeout: bool
    open_commands: bool  # CommandType accepts values it does not list


COMMAND_FLOWS: Final[Mapping[OcpiVersion, CommandFlow]] = {
    _V211: CommandFlow(
        response="CommandResponse",
        response_type="CommandResponseType",
        result="CommandResponse",
        result_type="CommandResponseType",
        response_has_timeout=False,
        open_commands=False,
    ),
    _V221: CommandFlow(
        response="CommandResponse",
        response_type="CommandResponseType",
        result="CommandResult",
        result_type="CommandResultType",
        response_has_timeout=True,
        open_commands=False,
    ),
    _V230: CommandFlow(
        response="CommandResponse",
        response_type="CommandResponseType",
        result="CommandResult",
        result_type="CommandResultType",
        response_has_timeout=True,
        open_commands=True,
    ),
}
"""Per version: what answers a command at once, what is POSTed later, and whether the immediate
answer carries the timeout."""


class ProfileOperation(StrEnum):
    """What a charging-profile request asks for (our names; the wire tells them apart by the
    HTTP method)."""

    SET = "SET"
    GET_ACTIVE = "GET_ACTIVE"
    CLEAR = "CLEAR"


PROFILE_OPERATIONS: Final[tuple[tuple[ProfileOperation, str, str], ...]] = (
    (ProfileOperation.SET, "PUT", "ChargingProfileResult"),
    (ProfileOperation.GET_ACTIVE, "GET", "ActiveChargingProfileResult"),
    (ProfileOperation.CLEAR, "DELETE", "ClearProfileResult"),
)
"""(operation, HTTP method, body POSTed to its response_url); 2.2.1 and 2.3.0 alike."""

PROFILE_VERSIONS: Final[tuple[OcpiVersion, ...]] = (_V221, _V230)
"""The versions with a chargingprofiles module (2.1.1 has none)."""


@cache
def _command_type(version: OcpiVersion) -> type[StrEnum]:
    return _generated(version, "CommandType")


@attrs.frozen
class _CommandRules:
    version: OcpiVersion
    command_type: type[StrEnum]
    open_commands: bool
    requests: Mapping[str, type[OcpiModel]]
    response: type[OcpiModel]
    response_type: type[StrEnum]
    result: type[OcpiModel]
    result_type: type[StrEnum]
    response_has_timeout: bool
    display_text: type[OcpiModel]


@cache
def _command_rules(version: OcpiVersion) -> _CommandRules:
    flow = COMMAND_FLOWS[version]
    return _CommandRules(
        version=version,
        command_type=_command_type(version),
        open_commands=flow.open_commands,
        requests={
            command: _generated(version, name)
            for v, command, name in COMMAND_REQUESTS
            if v is version
        },
        response=_generated(version, flow.response),
        response_type=_generated(version, flow.response_type),
        result=_generated(version, flow.result),
        result_type=_generated(version, flow.result_type),
        response_has_timeout=flow.response_has_timeout,
        display_text=_generated(version, "DisplayText"),
    )


@attrs.frozen
class _ProfileRules:
    version: OcpiVersion
    set_body: type[OcpiModel]
    response: type[OcpiModel]
    response_type: type[StrEnum]
    result_type: type[StrEnum]
    results: Mapping[ProfileOperation, type[OcpiModel]]
    active_profile: type[OcpiModel]


@cache
def _profile_rules(version: OcpiVersion) -> _ProfileRules:
    if version not in PROFILE_VERSIONS:
        raise CommandUsageError(f"OCPI {version} has no chargingprofiles module")
    return _ProfileRules(
        version=version,
        set_body=_generated(version, "SetChargingProfile"),
        response=_generated(version, "ChargingProfileResponse"),
        response_type=_generated(version, "ChargingProfileResponseType"),
        result_type=_generated(version, "ChargingProfileResultType"),
        results={op: _generated(version, name) for op, _, name in PROFILE_OPERATIONS},
        active_profile=_generated(version, "ActiveChargingProfile"),
    )


def _member(enum: type[StrEnum], value: str, what: str) -> StrEnum:
    try:
        return enum(value)
    except ValueError:
        raise CommandUsageError(f"{what}: not a {enum.__name__} value of this version") from None
