"""OCPI commands and charging-profile requests, both sides, sans-IO: the request bodies per
command, the immediate answers, the results that come later, and the matching of one to the other.

How both modules work (chapters "Commands", all versions, and "ChargingProfiles", 2.2.1 and
2.3.0): the sender (typically an eMSP or SCSP) sends a request that carries a ``response_url``;
the receiver (typically the CPO) answers at once, inside the usual envelope, only whether it
could pass the request on to the charge point; what the charge point made of it arrives later as
a POST to that ``response_url`` whose body is the bare object, *not* an envelope (the envelope
belongs to the reply to that POST, without ``data``). A later result is due only when the
immediate answer was ``ACCEPTED``.

Commands (``POST {commands endpoint}/{command}``, the command object as the body):

=======  ==========================  ============================  ==========================
version  immediate answer (envelope  body POSTed to response_url   timeout for the result
         ``data``)
=======  ==========================  ============================  ==========================
2.1.1    ``CommandResponse``         ``CommandResponse`` (the      none given: the tracker's
         {result}                    same object, result from      ``default_timeout``
                                     CommandResponseType)
2.2.1    ``CommandResponse``         ``CommandResult`` {result,    ``timeout`` seconds of the
         {result, timeout,           message*} (CommandResultType) immediate answer
         message*}
2.3.0    as 2.2.1                    as 2.2.1                      as 2.2.1
=======  ==========================  ============================  ==========================

==================  ===================  =====  =====  =====
command             request object       2.1.1  2.2.1  2.3.0
==================  ===================  =====  =====  =====
CANCEL_RESERVATION  CancelReservation           yes    yes
RESERVE_NOW         ReserveNow           yes    yes    yes
START_SESSION       StartSession         yes    yes    yes
STOP_SESSION        StopSession          yes    yes    yes
UNLOCK_CONNECTOR    UnlockConnector      yes    yes    yes
==================  ===================  =====  =====  =====

A command in the URL that the version does not define is refused with :class:`UnknownCommand`
(OCPI 2001). 2.3.0 made CommandType open: another value there is kept as ``str`` with no request
object, and the caller decides (typically an immediate ``NOT_SUPPORTED``).

Charging profiles (2.2.1 and 2.3.0; ``{endpoint}`` is the receiver's chargingprofiles URL):

===========  =============================================  =============================
operation    request                                        body POSTed to response_url
===========  =============================================  =============================
SET          ``PUT {endpoint}/{session_id}``, body          ``ChargingProfileResult``
             ``SetChargingProfile``
GET_ACTIVE   ``GET {endpoint}/{session_id}?duration=...``   ``ActiveChargingProfileResult``
             ``&response_url=...``
CLEAR        ``DELETE {endpoint}/{session_id}``             ``ClearProfileResult``
             ``?response_url=...``
===========  =============================================  =============================

Every one is answered at once with ``ChargingProfileResponse`` {result, timeout}. The three
result objects are told apart by nothing but the request they answer (two of them are even
identical), so the tracker reads each body with the object its own request calls for.

Sender side: :class:`CommandTracker` and :class:`ChargingProfileTracker` hand out a unique
``response_url`` per request (their ``base_url``, a slash, and a fresh id), record the immediate
answer and the deadline it implies, and match every POSTed result to its request:

=====================================  ===================================  ================
a result is POSTed while the request   outcome                              request is then
is ...
=====================================  ===================================  ================
waiting for its immediate answer       :class:`ResultMatched` (the answer   DONE
(the two crossed on the wire)          is still recorded when it comes)
waiting, before its deadline           :class:`ResultMatched`               DONE
waiting, at or after its deadline,     :class:`ResultMatched` with          DONE
or reported by ``expired()``           ``late=True``
refused at once (not ``ACCEPTED``) or  :class:`UnexpectedResult`            unchanged
its request failed
done: a RESERVE_NOW that was accepted  :class:`ReservationCanceled`         DONE
gets ``CANCELED_RESERVATION``
(2.2.1+: the CPO cancels a reservation
through the same response_url)
done (any other result)                :class:`DuplicateResult`             unchanged
unknown, or forgotten after            :class:`UnknownResult`, answered     -
``retain_for``                         with NotFound (HTTP 404)
=====================================  ===================================  ================

A body that does not parse raises :class:`InvalidPayload` (OCPI 2001) or :class:`PayloadNotJson`
(HTTP 400) and leaves the request waiting. Receiver side: :func:`parse_command_request`,
:func:`command_response`, :func:`command_result_post`, :func:`charging_profile_response`,
:func:`profile_result_post` and the charging-profile request values with their ``from_query``.
"""

# ruff: noqa: N818 - exception names read as the domain, as in ocpkit.ocpi.status

from __future__ import annotations

import importlib
import re
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime, timedelta
from enum import StrEnum
from functools import cache
from typing import (
    TYPE_CHECKING,
    ClassVar,
    Final,
    Generic,
    Literal,
    TypeAlias,
    TypeVar,
    cast,
    overload,
)
from urllib.parse import quote, unquote, urlencode, urlsplit

import attrs
from pydantic import ValidationError

from ocpkit._ocpi_base import OcpiModel
from ocpkit.ocpi.reading import (
    InvalidObjectError,
    NotJsonError,
    Violation,
    read_object,
    violations_of,
)
from ocpkit.ocpi.status import (
    InvalidJsonBody,
    InvalidOrMissingParameters,
    NotFound,
    OcpiError,
)
from ocpkit.ocpi.version import OcpiVersion

if TYPE_CHECKING:
    from ocpkit.ocpi import v211, v221, v230

__all__ = [
    "COMMAND_FLOWS",
    "COMMAND_REQUESTS",
    "PROFILE_OPERATIONS",
    "PROFILE_VERSIONS",
    "AnyCommandResponse",
    "AnyProfileResponse",
    "ChargingProfileTracker",
    "ClearProfileRequest",
    "CommandError",
    "CommandFlow",
    "CommandOutcome",
    "CommandRequestBody",
    "CommandResultBody",
    "CommandTracker",
    "CommandUsageError",
    "DuplicateResult",
    "GetActiveProfileRequest",
    "InvalidPayload",
    "PayloadNotJson",
    "ProfileOperation",
    "ProfileOutcome",
    "ProfileRequest",
    "ProfileResultBody",
    "ReceivedCommand",
    "ReservationCanceled",
    "ResultMatched",
    "ResultPost",
    "SetProfileRequest",
    "TrackState",
    "Tracked",
    "TrackedCommand",
    "TrackedProfileRequest",
    "UnexpectedResult",
    "UnknownCommand",
    "UnknownResult",
    "charging_profile_response",
    "command_request_type",
    "command_response",
    "command_result",
    "command_result_post",
    "command_url",
    "parse_command_request",
    "profile_result_post",
]

# Written as strings: the generated classes load on first use (``import ocpkit.ocpi.commands``
# must not build three versions' worth of pydantic models).
CommandRequestBody: TypeAlias = (
    "v211.ReserveNow | v211.StartSession | v211.StopSession | v211.UnlockConnector"
    " | v221.CancelReservation | v221.ReserveNow | v221.StartSession | v221.StopSession"
    " | v221.UnlockConnector | v230.CancelReservation | v230.ReserveNow | v230.StartSession"
    " | v230.StopSession | v230.UnlockConnector"
)
"""The request object of any command of any version."""

AnyCommandResponse: TypeAlias = "v211.CommandResponse | v221.CommandResponse | v230.CommandResponse"
"""The immediate answer to a command, any version."""

CommandResultBody: TypeAlias = "v211.CommandResponse | v221.CommandResult | v230.CommandResult"
"""The body POSTed to a command's ``response_url`` (2.1.1 reuses its ``CommandResponse``)."""

AnyProfileResponse: TypeAlias = "v221.ChargingProfileResponse | v230.ChargingProfileResponse"
"""The immediate answer to a charging-profile request, any version."""

ProfileResultBody: TypeAlias = (
    "v221.ChargingProfileResult | v221.ActiveChargingProfileResult | v221.ClearProfileResult"
    " | v230.ChargingProfileResult | v230.ActiveChargingProfileResult | v230.ClearProfileResult"
)
"""The body POSTed to a charging-profile request's ``response_url``."""

M = TypeVar("M", bound=OcpiModel)
K = TypeVar("K", bound=str)
Q = TypeVar("Q")
S = TypeVar("S", bound=OcpiModel)
R = TypeVar("R", bound=OcpiModel)
T = TypeVar("T")
R_co = TypeVar("R_co", bound=OcpiModel, covariant=True)

_ACCEPTED: Final = "ACCEPTED"
_MAX_URL_LENGTH: Final = 255  # every response_url field is URL(255)
_MAX_SESSION_ID_LENGTH: Final = 36  # session_id is CiString(36)
_MAX_CUSTOM_COMMAND_LENGTH: Final = 255  # ours: keeps logs and lookups of open values bounded
_ID_PATTERN: Final = re.compile(r"[A-Za-z0-9_-]{1,64}")


# -- errors -----------------------------------------------------------------------------------


class CommandError(Exception):
    """Base of every error this module raises."""


class CommandUsageError(CommandError):
    """The calling code misused the API: a request object that does not fit its command, a
    ``response_url`` the tracker did not make, a naive datetime, an answer recorded twice."""


class UnknownCommand(CommandError, InvalidOrMissingParameters):
    """The command in the URL is not a CommandType of this version: an OCPI 2001 reply, ready to
    raise. ``command`` keeps the value for local inspection; the message never quotes it."""

    def __init__(self, version: OcpiVersion, command: str) -> None:
        self.version = version
        self.command = command
        InvalidOrMissingParameters.__init__(self, f"command: not a command of OCPI {version}")


class InvalidPayload(CommandError, InvalidOrMissingParameters):
    """A body or query that breaks the definitions: an OCPI 2001 reply, ready to raise.
    ``violations`` lists each broken rule with its path; the message quotes no input."""

    def __init__(self, message: str, violations: tuple[Violation, ...] = ()) -> None:
        self.violations = violations
        InvalidOrMissingParameters.__init__(self, message)


class PayloadNotJson(CommandError, InvalidJsonBody):
    """A body that is not JSON text at all: answered with HTTP 400."""


def _read(model: type[M], data: str | bytes | OcpiModel, *, strict: bool) -> M:
    """``data`` as a ``model``: taken as it is when it already is one, else read from its JSON
    (another model class is re-read through its wire form, so a caller that parsed a charging
    profile result with the wrong one of two identical classes still gets the right one)."""
    if isinstance(data, model):
        return data
    text = data.to_json() if isinstance(data, OcpiModel) else data
    try:
        return read_object(model, text, strict=strict)
    except NotJsonError:
        raise PayloadNotJson("body is not JSON text") from None
    except InvalidObjectError as exc:
        raise InvalidPayload(
            f"invalid {model.__name__}: {len(exc.violations)} violation(s)", exc.violations
        ) from None


def _build(model: type[M], **fields: object) -> M:
    try:
        return model(**fields)
    except ValidationError as exc:
        violations = violations_of(exc)
        raise CommandUsageError(
            f"cannot build {model.__name__}: " + "; ".join(str(v) for v in violations[:3])
        ) from None


def _version(version: OcpiVersion | str) -> OcpiVersion:
    try:
        return OcpiVersion(version)
    except ValueError:
        raise CommandUsageError("unknown OCPI version") from None


def _aware(value: datetime, name: str) -> datetime:
    if not isinstance(value, datetime) or value.tzinfo is None:
        raise CommandUsageError(f"{name} must be a timezone-aware datetime")
    return value


def _generated(version: OcpiVersion, name: str) -> type:
    package = importlib.import_module(f"ocpkit.ocpi.{version.module}")
    found: type = getattr(package, name)
    return found


# -- the rules, as tables ---------------------------------------------------------------------

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


# -- receiver side: the command in the URL and its body ----------------------------------------


@cache
def _command_type(version: OcpiVersion) -> type[StrEnum]:
    return _generated(version, "CommandType")


def _command_kind(rules: _CommandRules, command: str) -> str:
    """The version's CommandType member for ``command``, or ``command`` itself (a custom value,
    2.3.0); :class:`UnknownCommand` for anything else, :class:`CommandUsageError` for a
    CommandType member of another version."""
    if (
        isinstance(command, StrEnum)
        and not isinstance(command, rules.command_type)
        and any(isinstance(command, _command_type(v)) for v in OcpiVersion)
    ):
        raise CommandUsageError(f"a CommandType of another version than {rules.version}")
    try:
        return rules.command_type(command)
    except ValueError:
        pass
    if (
        rules.open_commands
        and 0 < len(command) <= _MAX_CUSTOM_COMMAND_LENGTH
        and command.isprintable()
    ):
        return str(command)
    raise UnknownCommand(rules.version, command)


# The overloads give the exact class for a CommandType member (its class says its version, and a
# member of another version than ``version`` is refused at run time); a plain str gets the union
# (or None for a custom 2.3.0 command, which has no request object).
@overload
def command_request_type(
    version: OcpiVersion, command: Literal[v211.CommandType.RESERVE_NOW]
) -> type[v211.ReserveNow]: ...
@overload
def command_request_type(
    version: OcpiVersion, command: Literal[v211.CommandType.START_SESSION]
) -> type[v211.StartSession]: ...
@overload
def command_request_type(
    version: OcpiVersion, command: Literal[v211.CommandType.STOP_SESSION]
) -> type[v211.StopSession]: ...
@overload
def command_request_type(
    version: OcpiVersion, command: Literal[v211.CommandType.UNLOCK_CONNECTOR]
) -> type[v211.UnlockConnector]: ...
@overload
def command_request_type(
    version: OcpiVersion, command: Literal[v221.CommandType.CANCEL_RESERVATION]
) -> type[v221.CancelReservation]: ...
@overload
def command_request_type(
    version: OcpiVersion, command: Literal[v221.CommandType.RESERVE_NOW]
) -> type[v221.ReserveNow]: ...
@overload
def command_request_type(
    version: OcpiVersion, command: Literal[v221.CommandType.START_SESSION]
) -> type[v221.StartSession]: ...
@overload
def command_request_type(
    version: OcpiVersion, command: Literal[v221.CommandType.STOP_SESSION]
) -> type[v221.StopSession]: ...
@overload
def command_request_type(
    version: OcpiVersion, command: Literal[v221.CommandType.UNLOCK_CONNECTOR]
) -> type[v221.UnlockConnector]: ...
@overload
def command_request_type(
    version: OcpiVersion, command: Literal[v230.CommandType.CANCEL_RESERVATION]
) -> type[v230.CancelReservation]: ...
@overload
def command_request_type(
    version: OcpiVersion, command: Literal[v230.CommandType.RESERVE_NOW]
) -> type[v230.ReserveNow]: ...
@overload
def command_request_type(
    version: OcpiVersion, command: Literal[v230.CommandType.START_SESSION]
) -> type[v230.StartSession]: ...
@overload
def command_request_type(
    version: OcpiVersion, command: Literal[v230.CommandType.STOP_SESSION]
) -> type[v230.StopSession]: ...
@overload
def command_request_type(
    version: OcpiVersion, command: Literal[v230.CommandType.UNLOCK_CONNECTOR]
) -> type[v230.UnlockConnector]: ...
@overload
def command_request_type(version: OcpiVersion, command: str) -> type[CommandRequestBody] | None: ...
def command_request_type(version: OcpiVersion, command: str) -> type[CommandRequestBody] | None:
    """The request object ``command`` carries in ``version`` (``StartSession`` for
    ``START_SESSION``); ``None`` for a custom 2.3.0 command. Raises :class:`UnknownCommand` for
    a value the version does not allow."""
    rules = _command_rules(_version(version))
    found = rules.requests.get(_command_kind(rules, command))
    return cast("type[CommandRequestBody] | None", found)


@attrs.frozen(kw_only=True)
class ReceivedCommand:
    """A command request as the receiver read it: the command (the version's CommandType
    member, or a custom value kept as ``str`` in 2.3.0) and its typed request object (``None``
    for a custom command: reading its body is up to the caller)."""

    version: OcpiVersion
    command: str
    request: CommandRequestBody | None

    @property
    def known(self) -> bool:
        """Whether the command is one the version defines (so ``request`` is set)."""
        return self.request is not None


def parse_command_request(
    version: OcpiVersion, command: str, body: str | bytes, *, strict: bool = False
) -> ReceivedCommand:
    """Read a ``POST .../commands/{command}`` request: ``command`` from the URL, ``body`` its
    JSON. Raises :class:`UnknownCommand`, :class:`InvalidPayload` or :class:`PayloadNotJson`,
    each an :class:`~ocpkit.ocpi.status.OcpiError` to answer with; ``strict`` also refuses
    fields the spec does not define."""
    rules = _command_rules(_version(version))
    kind = _command_kind(rules, command)
    model = rules.requests.get(kind)
    if model is None:
        return ReceivedCommand(version=rules.version, command=kind, request=None)
    request = cast("CommandRequestBody", _read(model, body, strict=strict))
    return ReceivedCommand(version=rules.version, command=kind, request=request)


def _join(endpoint_url: str, segment: str) -> str:
    return endpoint_url.rstrip("/") + "/" + quote(segment, safe="")


def command_url(endpoint_url: str, command: str) -> str:
    """Where a command is POSTed: the receiver's commands endpoint, one slash, the command."""
    return _join(endpoint_url, command)


# -- receiver side: what to answer, and what to POST later -------------------------------------

_DisplayText: TypeAlias = "v211.DisplayText | v221.DisplayText | v230.DisplayText"


def _texts(rules: _CommandRules, message: Sequence[_DisplayText]) -> list[OcpiModel]:
    # a DisplayText of another version is the same object; re-read it as this version's class
    return [_read(rules.display_text, text, strict=False) for text in message]


def _check_timeout(timeout: int) -> int:
    if type(timeout) is not int or timeout < 0:
        raise CommandUsageError("timeout must be a whole number of seconds, 0 or more")
    return timeout


@overload
def command_response(
    version: Literal[OcpiVersion.V211],
    result: str,
    *,
    timeout: int,
    message: Sequence[_DisplayText] = (),
) -> v211.CommandResponse: ...
@overload
def command_response(
    version: Literal[OcpiVersion.V221],
    result: str,
    *,
    timeout: int,
    message: Sequence[_DisplayText] = (),
) -> v221.CommandResponse: ...
@overload
def command_response(
    version: Literal[OcpiVersion.V230],
    result: str,
    *,
    timeout: int,
    message: Sequence[_DisplayText] = (),
) -> v230.CommandResponse: ...
@overload
def command_response(
    version: OcpiVersion, result: str, *, timeout: int, message: Sequence[_DisplayText] = ()
) -> AnyCommandResponse: ...
def command_response(
    version: OcpiVersion, result: str, *, timeout: int, message: Sequence[_DisplayText] = ()
) -> AnyCommandResponse:
    """The immediate answer to a command, to send as the ``data`` of a success envelope.

    ``result`` is a CommandResponseType value of ``version``; ``timeout`` is how many seconds
    the sender should wait for the result. 2.1.1's object has neither ``timeout`` nor
    ``message``: the timeout is then not sent (version-neutral code may always pass one), and a
    message, which would be lost, is refused with :class:`CommandUsageError`.
    """
    rules = _command_rules(_version(version))
    fields: dict[str, object] = {"result": _member(rules.response_type, result, "result")}
    _check_timeout(timeout)
    if rules.response_has_timeout:
        fields["timeout"] = timeout
        if message:
            fields["message"] = _texts(rules, message)
    elif message:
        raise CommandUsageError(f"OCPI {rules.version} CommandResponse has no message")
    return cast("AnyCommandResponse", _build(rules.response, **fields))


@overload
def command_result(
    version: Literal[OcpiVersion.V211], result: str, *, message: Sequence[_DisplayText] = ()
) -> v211.CommandResponse: ...
@overload
def command_result(
    version: Literal[OcpiVersion.V221], result: str, *, message: Sequence[_DisplayText] = ()
) -> v221.CommandResult: ...
@overload
def command_result(
    version: Literal[OcpiVersion.V230], result: str, *, message: Sequence[_DisplayText] = ()
) -> v230.CommandResult: ...
@overload
def command_result(
    version: OcpiVersion, result: str, *, message: Sequence[_DisplayText] = ()
) -> CommandResultBody: ...
def command_result(
    version: OcpiVersion, result: str, *, message: Sequence[_DisplayText] = ()
) -> CommandResultBody:
    """The result of a command as the charge point gave it, the object to POST to the
    command's ``response_url``: a ``CommandResult`` (CommandResultType values), or in 2.1.1 a
    ``CommandResponse`` (CommandResponseType values, no message)."""
    rules = _command_rules(_version(version))
    fields: dict[str, object] = {"result": _member(rules.result_type, result, "result")}
    if message:
        if rules.result is rules.response:  # 2.1.1: the result reuses the message-less answer
            raise CommandUsageError(f"OCPI {rules.version} command results have no message")
        fields["message"] = _texts(rules, message)
    return cast("CommandResultBody", _build(rules.result, **fields))


@attrs.frozen(kw_only=True)
class ResultPost(Generic[R_co]):
    """A result ready to POST: the ``response_url`` it goes to, the typed object, and the exact
    body to send (the bare object as JSON, no envelope; ``Content-Type: application/json``)."""

    method: ClassVar[str] = "POST"
    url: str
    result: R_co
    body: bytes


def _response_url_of(request: OcpiModel | str) -> str:
    url = request if isinstance(request, str) else getattr(request, "response_url", None)
    if not isinstance(url, str) or not url:
        raise CommandUsageError("the request has no response_url")
    return url


@overload
def command_result_post(
    version: Literal[OcpiVersion.V211],
    request: OcpiModel | str,
    result: str,
    *,
    message: Sequence[_DisplayText] = (),
) -> ResultPost[v211.CommandResponse]: ...
@overload
def command_result_post(
    version: Literal[OcpiVersion.V221],
    request: OcpiModel | str,
    result: str,
    *,
    message: Sequence[_DisplayText] = (),
) -> ResultPost[v221.CommandResult]: ...
@overload
def command_result_post(
    version: Literal[OcpiVersion.V230],
    request: OcpiModel | str,
    result: str,
    *,
    message: Sequence[_DisplayText] = (),
) -> ResultPost[v230.CommandResult]: ...
@overload
def command_result_post(
    version: OcpiVersion,
    request: OcpiModel | str,
    result: str,
    *,
    message: Sequence[_DisplayText] = (),
) -> ResultPost[CommandResultBody]: ...
def command_result_post(
    version: OcpiVersion,
    request: OcpiModel | str,
    result: str,
    *,
    message: Sequence[_DisplayText] = (),
) -> ResultPost[CommandResultBody]:
    """:func:`command_result`, addressed to ``request``'s ``response_url`` (or to ``request``
    itself when it is the URL). Also how a CPO cancels an accepted reservation (2.2.1+):
    ``CANCELED_RESERVATION`` to the RESERVE_NOW request's URL."""
    url = _response_url_of(request)
    body = command_result(version, result, message=message)
    return ResultPost(url=url, result=body, body=body.to_json())


# -- charging profiles: requests, answers, results ---------------------------------------------


def _check_session_id(_instance: object, _attribute: object, value: str) -> None:
    if not isinstance(value, str) or not 0 < len(value) <= _MAX_SESSION_ID_LENGTH:
        raise CommandUsageError(f"session_id must be 1 to {_MAX_SESSION_ID_LENGTH} characters")


def _check_response_url(_instance: object, _attribute: object, value: str) -> None:
    if not isinstance(value, str) or not 0 < len(value) <= _MAX_URL_LENGTH:
        raise CommandUsageError(f"response_url must be 1 to {_MAX_URL_LENGTH} characters")


def _check_set_body(
    _instance: object, _attribute: object, value: v221.SetChargingProfile | v230.SetChargingProfile
) -> None:
    if not any(isinstance(value, _profile_rules(v).set_body) for v in PROFILE_VERSIONS):
        raise CommandUsageError("body must be a SetChargingProfile (2.2.1 or 2.3.0)")


def _check_duration(_instance: object, _attribute: object, value: int) -> None:
    if type(value) is not int or value < 0:
        raise CommandUsageError("duration must be a whole number of seconds, 0 or more")


def _query_values(
    query: Mapping[str, str] | Iterable[tuple[str, str]], names: tuple[str, ...]
) -> tuple[dict[str, str], list[Violation]]:
    pairs = query.items() if isinstance(query, Mapping) else query
    found: dict[str, str] = {}
    violations: list[Violation] = []
    for name, value in pairs:
        if name not in names:
            continue  # other parameters are the receiver's business, not ours
        if name in found:
            violations.append(Violation(name, "repeated", "must appear at most once"))
        found[name] = value
    for name in names:
        if name not in found:
            violations.append(Violation(name, "missing", "required query parameter missing"))
    return found, violations


def _session_violations(session_id: str) -> list[Violation]:
    if 0 < len(session_id) <= _MAX_SESSION_ID_LENGTH:
        return []
    return [
        Violation("session_id", "string_length", f"must be 1 to {_MAX_SESSION_ID_LENGTH} chars")
    ]


def _url_violations(found: Mapping[str, str]) -> list[Violation]:
    url = found.get("response_url")
    if url is None or 0 < len(url) <= _MAX_URL_LENGTH:
        return []
    return [Violation("response_url", "string_length", f"must be 1 to {_MAX_URL_LENGTH} chars")]


def _refuse(what: str, violations: Sequence[Violation]) -> None:
    if violations:
        raise InvalidPayload(f"invalid {what}: {len(violations)} violation(s)", tuple(violations))


@attrs.frozen(kw_only=True)
class SetProfileRequest:
    """Set or replace the charging profile of a session: ``PUT {endpoint}/{session_id}`` with a
    ``SetChargingProfile`` body (which carries the ``response_url``)."""

    operation: ClassVar[ProfileOperation] = ProfileOperation.SET
    method: ClassVar[str] = "PUT"
    session_id: str = attrs.field(validator=_check_session_id)
    body: v221.SetChargingProfile | v230.SetChargingProfile = attrs.field(validator=_check_set_body)

    @property
    def response_url(self) -> str:
        """Where the ``ChargingProfileResult`` is to be POSTed."""
        return self.body.response_url

    def url(self, endpoint_url: str) -> str:
        """The request URL under the receiver's chargingprofiles endpoint."""
        return _join(endpoint_url, self.session_id)

    def content(self) -> bytes:
        """The request body."""
        return self.body.to_json()

    @classmethod
    def read(
        cls, version: OcpiVersion, session_id: str, body: str | bytes, *, strict: bool = False
    ) -> SetProfileRequest:
        """Receiver side: the request from its URL's ``session_id`` and its body. Raises
        :class:`InvalidPayload` or :class:`PayloadNotJson`."""
        rules = _profile_rules(_version(version))
        _refuse("session_id", _session_violations(session_id))
        parsed = cast(
            "v221.SetChargingProfile | v230.SetChargingProfile",
            _read(rules.set_body, body, strict=strict),
        )
        return cls(session_id=session_id, body=parsed)


@attrs.frozen(kw_only=True)
class GetActiveProfileRequest:
    """Ask for the profile a session will follow for the next ``duration`` seconds:
    ``GET {endpoint}/{session_id}?duration=...&response_url=...`` (no body)."""

    operation: ClassVar[ProfileOperation] = ProfileOperation.GET_ACTIVE
    method: ClassVar[str] = "GET"
    session_id: str = attrs.field(validator=_check_session_id)
    duration: int = attrs.field(validator=_check_duration)
    response_url: str = attrs.field(validator=_check_response_url)

    def url(self, endpoint_url: str) -> str:
        """The request URL, query included."""
        query = urlencode((("duration", str(self.duration)), ("response_url", self.response_url)))
        return f"{_join(endpoint_url, self.session_id)}?{query}"

    def content(self) -> bytes | None:
        """No body (``None``): everything is in the URL."""
        return None

    @classmethod
    def from_query(
        cls, session_id: str, query: Mapping[str, str] | Iterable[tuple[str, str]]
    ) -> GetActiveProfileRequest:
        """Receiver side: the request from its URL's ``session_id`` and its decoded query
        parameters. Raises :class:`InvalidPayload` (2001) naming each bad parameter."""
        found, violations = _query_values(query, ("duration", "response_url"))
        violations += _session_violations(session_id) + _url_violations(found)
        duration = found.get("duration", "0")
        # ASCII digits only: int() would also take signs, spaces, underscores and other scripts
        if not (duration.isascii() and duration.isdigit() and len(duration) <= 18):
            violations.append(Violation("duration", "int_parsing", "must be a whole number"))
        _refuse("query", violations)
        return cls(
            session_id=session_id, duration=int(duration), response_url=found["response_url"]
        )


@attrs.frozen(kw_only=True)
class ClearProfileRequest:
    """Remove the charging profile set on a session:
    ``DELETE {endpoint}/{session_id}?response_url=...`` (no body)."""

    operation: ClassVar[ProfileOperation] = ProfileOperation.CLEAR
    method: ClassVar[str] = "DELETE"
    session_id: str = attrs.field(validator=_check_session_id)
    response_url: str = attrs.field(validator=_check_response_url)

    def url(self, endpoint_url: str) -> str:
        """The request URL, query included."""
        query = urlencode((("response_url", self.response_url),))
        return f"{_join(endpoint_url, self.session_id)}?{query}"

    def content(self) -> bytes | None:
        """No body (``None``): everything is in the URL."""
        return None

    @classmethod
    def from_query(
        cls, session_id: str, query: Mapping[str, str] | Iterable[tuple[str, str]]
    ) -> ClearProfileRequest:
        """Receiver side: the request from its URL's ``session_id`` and its decoded query
        parameters. Raises :class:`InvalidPayload` (2001) naming each bad parameter."""
        found, violations = _query_values(query, ("response_url",))
        _refuse("query", violations + _session_violations(session_id) + _url_violations(found))
        return cls(session_id=session_id, response_url=found["response_url"])


ProfileRequest: TypeAlias = SetProfileRequest | GetActiveProfileRequest | ClearProfileRequest
"""Any charging-profile request a sender makes."""


@overload
def charging_profile_response(
    version: Literal[OcpiVersion.V221], result: str, *, timeout: int
) -> v221.ChargingProfileResponse: ...
@overload
def charging_profile_response(
    version: Literal[OcpiVersion.V230], result: str, *, timeout: int
) -> v230.ChargingProfileResponse: ...
@overload
def charging_profile_response(
    version: OcpiVersion, result: str, *, timeout: int
) -> AnyProfileResponse: ...
def charging_profile_response(
    version: OcpiVersion, result: str, *, timeout: int
) -> AnyProfileResponse:
    """The immediate answer to any charging-profile request, to send as the ``data`` of a
    success envelope: a ChargingProfileResponseType value and the seconds the sender should wait
    for the result."""
    rules = _profile_rules(_version(version))
    member = _member(rules.response_type, result, "result")
    response = _build(rules.response, result=member, timeout=_check_timeout(timeout))
    return cast("AnyProfileResponse", response)


def profile_result_post(
    version: OcpiVersion,
    request: ProfileRequest,
    result: str,
    *,
    profile: v221.ActiveChargingProfile | v230.ActiveChargingProfile | None = None,
) -> ResultPost[ProfileResultBody]:
    """The result of a charging-profile request, addressed to its ``response_url``, as the
    object its operation calls for (``ChargingProfileResult``, ``ActiveChargingProfileResult``
    with ``profile``, or ``ClearProfileResult``). ``result`` is a ChargingProfileResultType
    value; a ``profile`` for any operation but GET_ACTIVE is refused."""
    rules = _profile_rules(_version(version))
    fields: dict[str, object] = {"result": _member(rules.result_type, result, "result")}
    if profile is not None:
        if request.operation is not ProfileOperation.GET_ACTIVE:
            raise CommandUsageError("only an ActiveChargingProfileResult carries a profile")
        fields["profile"] = _read(rules.active_profile, profile, strict=False)
    body = cast("ProfileResultBody", _build(rules.results[request.operation], **fields))
    return ResultPost(url=request.response_url, result=body, body=body.to_json())


# -- sender side: tracking requests until their results come ----------------------------------


class TrackState(StrEnum):
    """Where a tracked request stands."""

    AWAITING_RESPONSE = "awaiting_response"
    """Sent; its immediate answer has not been recorded yet."""
    AWAITING_RESULT = "awaiting_result"
    """Accepted at once; its result is due before ``deadline``."""
    REFUSED = "refused"
    """Answered at once with anything but ``ACCEPTED``: no result will come."""
    FAILED = "failed"
    """The request itself failed (HTTP or OCPI error): no result will come."""
    TIMED_OUT = "timed_out"
    """The deadline passed without a result (reported once by ``expired()``)."""
    DONE = "done"
    """Its result has come."""


_EXPECTING: Final = frozenset({TrackState.AWAITING_RESPONSE, TrackState.AWAITING_RESULT})


@attrs.frozen(kw_only=True)
class Tracked(Generic[K, Q, S, R]):
    """A snapshot of one tracked request: what was sent and what has come back so far.

    ``kind`` is the command (or the charging-profile operation); ``deadline`` is known once an
    ``ACCEPTED`` answer gives the timeout; ``follow_up`` is a later result the protocol allows
    after the first (a reservation the CPO canceled); ``keep_until`` is when a finished request
    is forgotten (until then, more results for it are classified, not unknown).
    """

    id: str
    response_url: str
    version: OcpiVersion
    kind: K
    request: Q
    sent_at: datetime
    state: TrackState = TrackState.AWAITING_RESPONSE
    response: S | None = None
    responded_at: datetime | None = None
    deadline: datetime | None = None
    result: R | None = None
    result_at: datetime | None = None
    follow_up: R | None = None
    keep_until: datetime | None = None

    @property
    def expects_result(self) -> bool:
        """Whether a result may still come in time."""
        return self.state in _EXPECTING


TrackedCommand: TypeAlias = "Tracked[str, OcpiModel, AnyCommandResponse, CommandResultBody]"
"""A tracked command (its request is the command object; custom 2.3.0 commands carry any
OCPI object with a ``response_url``)."""

TrackedProfileRequest: TypeAlias = (
    "Tracked[ProfileOperation, ProfileRequest, AnyProfileResponse, ProfileResultBody]"
)
"""A tracked charging-profile request."""


@attrs.frozen(kw_only=True)
class ResultMatched(Generic[T, R]):
    """A result matched to its request; ``late`` when it came at or after the deadline (still
    the request's result, but the sender may have given up on it already)."""

    tracked: T
    result: R
    late: bool

    @property
    def reply_error(self) -> OcpiError | None:
        """The error to answer the POST with: none (a success reply without data)."""
        return None


@attrs.frozen(kw_only=True)
class DuplicateResult(Generic[T, R]):
    """Another result for a request that has its result already (kept in ``tracked``)."""

    tracked: T
    result: R

    @property
    def reply_error(self) -> OcpiError | None:
        """None: the POST is answered with success, the duplicate only reported."""
        return None


@attrs.frozen(kw_only=True)
class UnexpectedResult(Generic[T, R]):
    """A result for a request whose immediate answer said none would come (not ``ACCEPTED``),
    or whose sending failed."""

    tracked: T
    result: R

    @property
    def reply_error(self) -> OcpiError | None:
        """None: the POST is answered with success, the surprise only reported."""
        return None


@attrs.frozen(kw_only=True)
class ReservationCanceled(Generic[T, R]):
    """2.2.1+: the CPO canceled a reservation it had accepted, by POSTing
    ``CANCELED_RESERVATION`` to the RESERVE_NOW's ``response_url`` (commands only)."""

    tracked: T
    result: R

    @property
    def reply_error(self) -> OcpiError | None:
        """None: the POST is answered with success."""
        return None


@attrs.frozen(kw_only=True)
class UnknownResult:
    """A POST to a URL no tracked request has (never made, or forgotten after ``retain_for``).
    ``ref`` is what the POST was addressed to; the body was not read."""

    ref: str

    @property
    def reply_error(self) -> OcpiError | None:
        """:class:`~ocpkit.ocpi.status.NotFound` (HTTP 404): nothing lives at that URL."""
        return NotFound("no request waits for a result at this URL")


CommandOutcome: TypeAlias = (
    "ResultMatched[TrackedCommand, CommandResultBody]"
    " | DuplicateResult[TrackedCommand, CommandResultBody]"
    " | UnexpectedResult[TrackedCommand, CommandResultBody]"
    " | ReservationCanceled[TrackedCommand, CommandResultBody]"
    " | UnknownResult"
)
"""What a result POSTed for a command turned out to be."""

ProfileOutcome: TypeAlias = (
    "ResultMatched[TrackedProfileRequest, ProfileResultBody]"
    " | DuplicateResult[TrackedProfileRequest, ProfileResultBody]"
    " | UnexpectedResult[TrackedProfileRequest, ProfileResultBody]"
    " | UnknownResult"
)
"""What a result POSTed for a charging-profile request turned out to be."""

_Outcome: TypeAlias = (
    "ResultMatched[Tracked[K, Q, S, R], R] | DuplicateResult[Tracked[K, Q, S, R], R]"
    " | UnexpectedResult[Tracked[K, Q, S, R], R] | ReservationCanceled[Tracked[K, Q, S, R], R]"
    " | UnknownResult"
)


def _new_id() -> str:
    return uuid.uuid4().hex


def _check_duration_setting(value: timedelta, name: str) -> timedelta:
    if not isinstance(value, timedelta) or value < timedelta(0):
        raise CommandUsageError(f"{name} must be a timedelta of 0 or more")
    return value


class _Tracker(Generic[K, Q, S, R]):
    """What both trackers share: ids and URLs, the state of each request, deadlines, retention.
    Subclasses say which objects answer and which result each request calls for."""

    def __init__(
        self,
        version: OcpiVersion,
        *,
        base_url: str,
        id_factory: Callable[[], str],
        max_timeout: timedelta,
        retain_for: timedelta,
        strict: bool,
    ) -> None:
        parts = urlsplit(base_url) if isinstance(base_url, str) else None
        if (
            parts is None
            or parts.scheme not in ("http", "https")
            or not parts.netloc
            or parts.query
            or parts.fragment
            or "?" in base_url
            or "#" in base_url
        ):
            raise CommandUsageError(
                "base_url must be an absolute http or https URL without query or fragment"
            )
        self._version = _version(version)
        self._base = base_url.rstrip("/")
        self._base_path = parts.path.rstrip("/")
        if len(self._base) + 2 > _MAX_URL_LENGTH:
            raise CommandUsageError(f"base_url leaves no room for an id in {_MAX_URL_LENGTH}")
        self._new_id = id_factory
        self._max_timeout = _check_duration_setting(max_timeout, "max_timeout")
        self._retain_for = _check_duration_setting(retain_for, "retain_for")
        self._strict = strict
        self._records: dict[str, Tracked[K, Q, S, R]] = {}

    @property
    def version(self) -> OcpiVersion:
        """The OCPI version of the requests this tracker follows."""
        return self._version

    @property
    def base_url(self) -> str:
        """The URL every ``response_url`` of this tracker starts with (no trailing slash)."""
        return self._base

    def __len__(self) -> int:
        return len(self._records)

    def new_response_url(self) -> str:
        """A ``response_url`` no request of this tracker uses: ``base_url``, ``/``, a fresh id
        from ``id_factory`` (1 to 64 of ``A-Z a-z 0-9 _ -``). Put it in the request, then
        :meth:`register` the request."""
        new_id = self._new_id()
        if not isinstance(new_id, str) or _ID_PATTERN.fullmatch(new_id) is None:
            raise CommandUsageError("id_factory must return 1 to 64 of A-Z a-z 0-9 _ -")
        if new_id in self._records:
            raise CommandUsageError("id_factory returned an id that is still in use")
        url = f"{self._base}/{new_id}"
        if len(url) > _MAX_URL_LENGTH:
            raise CommandUsageError(f"response_url would exceed {_MAX_URL_LENGTH} characters")
        return url

    def id_of(self, ref: str) -> str | None:
        """The request id ``ref`` names: ``ref`` itself when it is an id, else the last path
        segment of a URL or path under ``base_url``'s path. Only the path is compared, since a
        proxy in front of the sender may change scheme, host or port."""
        if "/" not in ref:
            return ref if _ID_PATTERN.fullmatch(ref) else None
        head, _, last = urlsplit(ref).path.rstrip("/").rpartition("/")
        if head.rstrip("/") != self._base_path:
            return None
        candidate = unquote(last)
        return candidate if _ID_PATTERN.fullmatch(candidate) else None

    def get(self, ref: str) -> Tracked[K, Q, S, R] | None:
        """The request ``ref`` (an id, a ``response_url`` or its path) names, if still held."""
        request_id = self.id_of(ref)
        return None if request_id is None else self._records.get(request_id)

    def pending(self) -> tuple[Tracked[K, Q, S, R], ...]:
        """The requests still waiting for an answer or a result, in the order sent."""
        return tuple(r for r in self._records.values() if r.expects_result)

    # -- hooks -----------------------------------------------------------------------------

    def _response_model(self) -> type[S]:
        raise NotImplementedError

    def _result_model(self, record: Tracked[K, Q, S, R]) -> type[R]:
        raise NotImplementedError

    def _accepted(self, response: S) -> bool:
        raise NotImplementedError

    def _timeout(self, response: S) -> timedelta:
        raise NotImplementedError

    def _done_until(self, record: Tracked[K, Q, S, R], now: datetime) -> datetime:
        return now + self._retain_for

    def _follow_up(
        self, record: Tracked[K, Q, S, R], result: R, now: datetime
    ) -> Tracked[K, Q, S, R] | None:
        return None

    # -- events ----------------------------------------------------------------------------

    def _add(
        self, kind: K, request: Q, response_url: str, sent_at: datetime
    ) -> Tracked[K, Q, S, R]:
        _aware(sent_at, "sent_at")
        request_id = self.id_of(response_url) if isinstance(response_url, str) else None
        if request_id is None or response_url != f"{self._base}/{request_id}":
            raise CommandUsageError(
                "response_url was not made by this tracker (use new_response_url)"
            )
        if request_id in self._records:
            raise CommandUsageError("a request with this response_url is tracked already")
        record: Tracked[K, Q, S, R] = Tracked(
            id=request_id,
            response_url=response_url,
            version=self._version,
            kind=kind,
            request=request,
            sent_at=sent_at,
        )
        self._records[request_id] = record
        return record

    def _held(self, ref: str) -> Tracked[K, Q, S, R]:
        record = self.get(ref)
        if record is None:
            raise CommandUsageError("no tracked request has this id or URL")
        return record

    def _store(self, record: Tracked[K, Q, S, R]) -> Tracked[K, Q, S, R]:
        self._records[record.id] = record
        return record

    def response_received(
        self, ref: str, response: S | OcpiModel | str | bytes, now: datetime
    ) -> Tracked[K, Q, S, R]:
        """Record the immediate answer (the envelope's ``data``, as an object or its JSON):
        ``ACCEPTED`` starts the wait for the result, until ``now`` plus the timeout (capped at
        ``max_timeout``; a negative one counts as 0); anything else means no result will come.
        When the result came first, the answer is only recorded. Raises
        :class:`InvalidPayload` / :class:`PayloadNotJson` for a bad answer (nothing changes),
        :class:`CommandUsageError` for an unknown request or a second answer."""
        _aware(now, "now")
        record = self._held(ref)
        answer = _read(self._response_model(), response, strict=self._strict)
        if record.response is not None or record.state is TrackState.FAILED:
            raise CommandUsageError("this request's immediate answer is recorded already")
        if record.state is TrackState.DONE:  # the result crossed the answer on the wire
            return self._store(attrs.evolve(record, response=answer, responded_at=now))
        if self._accepted(answer):
            deadline = now + self._timeout(answer)
            return self._store(
                attrs.evolve(
                    record,
                    state=TrackState.AWAITING_RESULT,
                    response=answer,
                    responded_at=now,
                    deadline=deadline,
                )
            )
        return self._store(
            attrs.evolve(
                record,
                state=TrackState.REFUSED,
                response=answer,
                responded_at=now,
                keep_until=now + self._retain_for,
            )
        )

    def request_failed(self, ref: str, now: datetime) -> Tracked[K, Q, S, R]:
        """Record that sending the request failed (no OCPI answer, or an error envelope such as
        2003 unknown location): no result is expected, and one that still comes is
        :class:`UnexpectedResult`. A request whose result came already stays done."""
        _aware(now, "now")
        record = self._held(ref)
        if record.state is TrackState.DONE and record.response is None:
            return record
        if record.state is not TrackState.AWAITING_RESPONSE:
            raise CommandUsageError("this request's immediate answer is recorded already")
        return self._store(
            attrs.evolve(record, state=TrackState.FAILED, keep_until=now + self._retain_for)
        )

    def _take_result(
        self, ref: str, body: R | OcpiModel | str | bytes, now: datetime
    ) -> _Outcome[K, Q, S, R]:
        _aware(now, "now")
        record = self.get(ref)
        if record is None:
            return UnknownResult(ref=ref)
        result = _read(self._result_model(record), body, strict=self._strict)
        state = record.state
        if state in (TrackState.REFUSED, TrackState.FAILED):
            return UnexpectedResult(tracked=record, result=result)
        if state is TrackState.DONE:
            followed = self._follow_up(record, result, now)
            if followed is not None:
                return ReservationCanceled(tracked=self._store(followed), result=result)
            return DuplicateResult(tracked=record, result=result)
        late = state is TrackState.TIMED_OUT or (
            record.deadline is not None and now >= record.deadline
        )
        done = attrs.evolve(record, state=TrackState.DONE, result=result, result_at=now)
        done = self._store(attrs.evolve(done, keep_until=self._done_until(done, now)))
        return ResultMatched(tracked=done, result=result, late=late)

    def expired(self, now: datetime) -> tuple[Tracked[K, Q, S, R], ...]:
        """The accepted requests whose deadline has come (``now`` at or past it) without a
        result, each reported once, earliest deadline first; they are kept ``retain_for`` past
        their deadline so that a late result is still matched (``late=True``). Also forgets
        finished requests whose ``keep_until`` has come. Call it at :meth:`next_deadline`."""
        _aware(now, "now")
        timed_out: list[Tracked[K, Q, S, R]] = []
        for key, record in list(self._records.items()):
            if record.state is TrackState.AWAITING_RESULT:
                if record.deadline is not None and now >= record.deadline:
                    until = record.deadline + self._retain_for
                    timed_out.append(
                        self._store(
                            attrs.evolve(record, state=TrackState.TIMED_OUT, keep_until=until)
                        )
                    )
            elif record.keep_until is not None and now >= record.keep_until:
                del self._records[key]
        timed_out.sort(key=lambda r: r.deadline or r.sent_at)
        return tuple(timed_out)

    def next_deadline(self) -> datetime | None:
        """When :meth:`expired` next has something to do (a deadline, or a finished request to
        forget); ``None`` when nothing waits."""
        times = [
            r.deadline if r.state is TrackState.AWAITING_RESULT else r.keep_until
            for r in self._records.values()
        ]
        found = [t for t in times if t is not None]
        return min(found, default=None)


class CommandTracker(_Tracker[str, OcpiModel, "AnyCommandResponse", "CommandResultBody"]):
    """The sender's (eMSP's) record of the commands it sent to one version's receivers, sans-IO.

    Per command: ``url = tracker.new_response_url()``, build the command object with it,
    :meth:`register` it, POST it; feed the immediate answer to :meth:`response_received` (or
    :meth:`request_failed`), each POST arriving at a response URL to :meth:`result_posted`, and
    call :meth:`expired` at :meth:`next_deadline` for the commands that timed out.

    ``default_timeout`` is the wait for a result in 2.1.1, whose answer names none (our choice:
    2 minutes); ``max_timeout`` caps what a receiver may ask for (ours: 1 day), ``retain_for``
    is how long a finished command is remembered to classify further results (ours: 1 hour).
    Times are timezone-aware datetimes. ``strict`` refuses undefined fields in what is read.
    """

    def __init__(
        self,
        version: OcpiVersion,
        *,
        base_url: str,
        id_factory: Callable[[], str] = _new_id,
        default_timeout: timedelta = timedelta(minutes=2),
        max_timeout: timedelta = timedelta(days=1),
        retain_for: timedelta = timedelta(hours=1),
        strict: bool = False,
    ) -> None:
        super().__init__(
            version,
            base_url=base_url,
            id_factory=id_factory,
            max_timeout=max_timeout,
            retain_for=retain_for,
            strict=strict,
        )
        self._rules = _command_rules(self._version)
        self._default_timeout = min(
            _check_duration_setting(default_timeout, "default_timeout"), self._max_timeout
        )

    def register(self, command: str, request: OcpiModel, *, sent_at: datetime) -> TrackedCommand:
        """Start tracking ``request``, sent as ``command`` at ``sent_at``. The request must be
        the command's object of this version (any OCPI object with a ``response_url`` for a
        custom 2.3.0 command) and its ``response_url`` one from :meth:`new_response_url`."""
        try:
            kind = _command_kind(self._rules, command)
        except UnknownCommand:
            raise CommandUsageError(f"not a command of OCPI {self._version}") from None
        model = self._rules.requests.get(kind)
        if model is not None and not isinstance(request, model):
            raise CommandUsageError(f"{kind} takes an OCPI {self._version} {model.__name__}")
        if not isinstance(request, OcpiModel):
            raise CommandUsageError("the request must be an OCPI object")
        return self._add(kind, request, _response_url_of(request), sent_at)

    def result_posted(
        self, ref: str, body: CommandResultBody | OcpiModel | str | bytes, now: datetime
    ) -> CommandOutcome:
        """Match a POST to a response URL (``ref``: its id, URL or path; ``body``: its bare
        JSON or object) to its command; see the module's table for the outcomes. Raises
        :class:`InvalidPayload` / :class:`PayloadNotJson` for a body that does not read as this
        version's result (the command keeps waiting)."""
        return self._take_result(ref, body, now)

    def _response_model(self) -> type[AnyCommandResponse]:
        return cast("type[AnyCommandResponse]", self._rules.response)

    def _result_model(self, record: TrackedCommand) -> type[CommandResultBody]:
        return cast("type[CommandResultBody]", self._rules.result)

    def _accepted(self, response: AnyCommandResponse) -> bool:
        return bool(response.result == _ACCEPTED)

    def _timeout(self, response: AnyCommandResponse) -> timedelta:
        seconds = getattr(response, "timeout", None)
        if not isinstance(seconds, int):  # 2.1.1: the answer names no timeout
            return self._default_timeout
        cap = self._max_timeout.total_seconds()
        return timedelta(seconds=max(0, min(seconds, cap)))

    def _done_until(self, record: TrackedCommand, now: datetime) -> datetime:
        # an accepted reservation may still be canceled through this URL until it expires
        until = now + self._retain_for
        expiry = getattr(record.request, "expiry_date", None)
        if (
            record.kind == "RESERVE_NOW"
            and record.result is not None
            and record.result.result == _ACCEPTED
            and isinstance(expiry, datetime)
        ):
            return max(until, expiry + self._retain_for)
        return until

    def _follow_up(
        self, record: TrackedCommand, result: CommandResultBody, now: datetime
    ) -> TrackedCommand | None:
        if (
            record.kind == "RESERVE_NOW"
            and record.follow_up is None
            and record.result is not None
            and record.result.result == _ACCEPTED
            and result.result == "CANCELED_RESERVATION"
        ):
            return attrs.evolve(record, follow_up=result, keep_until=now + self._retain_for)
        return None


class ChargingProfileTracker(
    _Tracker[ProfileOperation, ProfileRequest, "AnyProfileResponse", "ProfileResultBody"]
):
    """The sender's (eMSP's or SCSP's) record of its charging-profile requests (2.2.1, 2.3.0),
    used like :class:`CommandTracker`. Each result is read as the object its own request calls
    for, which the body alone cannot tell. Settings as for :class:`CommandTracker`."""

    def __init__(
        self,
        version: OcpiVersion,
        *,
        base_url: str,
        id_factory: Callable[[], str] = _new_id,
        max_timeout: timedelta = timedelta(days=1),
        retain_for: timedelta = timedelta(hours=1),
        strict: bool = False,
    ) -> None:
        super().__init__(
            version,
            base_url=base_url,
            id_factory=id_factory,
            max_timeout=max_timeout,
            retain_for=retain_for,
            strict=strict,
        )
        self._rules = _profile_rules(self._version)

    def register(self, request: ProfileRequest, *, sent_at: datetime) -> TrackedProfileRequest:
        """Start tracking ``request``, sent at ``sent_at``; its ``response_url`` must come from
        :meth:`new_response_url`, and a SET body must be this version's SetChargingProfile."""
        if not isinstance(
            request, SetProfileRequest | GetActiveProfileRequest | ClearProfileRequest
        ):
            raise CommandUsageError("not a charging-profile request")
        if isinstance(request, SetProfileRequest) and not isinstance(
            request.body, self._rules.set_body
        ):
            raise CommandUsageError(f"SET takes an OCPI {self._version} SetChargingProfile")
        return self._add(request.operation, request, request.response_url, sent_at)

    def result_posted(
        self, ref: str, body: ProfileResultBody | OcpiModel | str | bytes, now: datetime
    ) -> ProfileOutcome:
        """Match a POST to a response URL to its request, reading the body as the result
        object of that request's operation; outcomes and errors as for
        :meth:`CommandTracker.result_posted` (never :class:`ReservationCanceled`)."""
        # _follow_up is never overridden here, so ReservationCanceled cannot come back
        return cast("ProfileOutcome", self._take_result(ref, body, now))

    def _response_model(self) -> type[AnyProfileResponse]:
        return cast("type[AnyProfileResponse]", self._rules.response)

    def _result_model(self, record: TrackedProfileRequest) -> type[ProfileResultBody]:
        return cast("type[ProfileResultBody]", self._rules.results[record.kind])

    def _accepted(self, response: AnyProfileResponse) -> bool:
        return bool(response.result == _ACCEPTED)

    def _timeout(self, response: AnyProfileResponse) -> timedelta:
        cap = self._max_timeout.total_seconds()
        return timedelta(seconds=max(0, min(response.timeout, cap)))
