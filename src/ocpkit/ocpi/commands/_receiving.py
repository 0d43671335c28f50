"""The receiver's (typically the CPO's) side of commands: read the command in the URL and
its body, answer at once, and later POST the result to the request's ``response_url``
(:class:`ResultPost`, which charging-profile results use too)."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
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
from urllib.parse import quote

import attrs

from ocpkit._ocpi_base import OcpiModel
from ocpkit.ocpi.version import OcpiVersion

from ._errors import CommandUsageError, UnknownCommand, _build, _read, _version
from ._tables import (
    AnyCommandResponse,
    CommandRequestBody,
    CommandResultBody,
    _command_rules,
    _command_type,
    _CommandRules,
    _member,
)

if TYPE_CHECKING:
    from ocpkit.ocpi import v211, v221, v230

__all__ = [
    "ReceivedCommand",
    "ResultPost",
    "command_request_type",
    "command_response",
    "command_result",
    "command_result_post",
    "command_url",
    "parse_command_request",
]

R_co = TypeVar("R_co", bound=OcpiModel, covariant=True)

_MAX_CUSTOM_COMMAND_LENGTH: Final = 255  # ours: keeps logs and lookups of open values bounded


# -- receiver side: the command in the URL and its body ----------------------------------------


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
