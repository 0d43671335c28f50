"""Charging-profile requests (2.2.1, 2.3.0): the three request values, written by the
sender and read back by the receiver (``read`` / ``from_query``), the receiver's immediate
answer, and the result it POSTs later as the object the request's operation calls for."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, ClassVar, Final, Literal, TypeAlias, cast, overload
from urllib.parse import urlencode

import attrs

from ocpkit.ocpi.reading import Violation
from ocpkit.ocpi.version import OcpiVersion

from ._errors import CommandUsageError, InvalidPayload, _build, _read, _version
from ._receiving import ResultPost, _check_timeout, _join
from ._tables import (
    _MAX_URL_LENGTH,
    PROFILE_VERSIONS,
    AnyProfileResponse,
    ProfileOperation,
    ProfileResultBody,
    _member,
    _profile_rules,
)

if TYPE_CHECKING:
    from ocpkit.ocpi import v221, v230

__all__ = [
    "ClearProfileRequest",
    "GetActiveProfileRequest",
    "ProfileRequest",
    "SetProfileRequest",
    "charging_profile_response",
    "profile_result_post",
]

_MAX_SESSION_ID_LENGTH: Final = 36  # session_id is CiString(36)


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
