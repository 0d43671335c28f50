"""The ``OCPI-from-*`` / ``OCPI-to-*`` message routing headers: the parties
(:class:`PartyRef`, :class:`RoutingHeaders`), what each message must carry
(:func:`routing_requirement`, rules in the package docstring's last table) and reading them
(:func:`read_routing`)."""

import re
from collections.abc import Mapping
from enum import StrEnum
from typing import Final

import attrs

from ocpkit.ocpi.status import InvalidOrMissingParameters, OcpiVersionText
from ocpkit.ocpi.version import OcpiVersion

from ._common import _SINCE_221, HeaderError, Headers, HeaderUsageError, _collect, _version

__all__ = [
    "CONFIGURATION_MODULES",
    "OCPI_FROM_COUNTRY_CODE",
    "OCPI_FROM_PARTY_ID",
    "OCPI_TO_COUNTRY_CODE",
    "OCPI_TO_PARTY_ID",
    "ROUTING_HEADERS",
    "ModuleKind",
    "PartyRef",
    "PartyRefError",
    "Presence",
    "RoutedMessage",
    "RoutingHeaderError",
    "RoutingHeaders",
    "RoutingProblem",
    "RoutingRequirement",
    "module_kind",
    "read_routing",
    "reply_routing",
    "routing_headers_defined",
    "routing_requirement",
]

OCPI_FROM_COUNTRY_CODE: Final = "OCPI-from-country-code"
"""Routing header: country code of the party a message comes from (2.2.1+)."""
OCPI_FROM_PARTY_ID: Final = "OCPI-from-party-id"
"""Routing header: party id of the party a message comes from (2.2.1+)."""
OCPI_TO_COUNTRY_CODE: Final = "OCPI-to-country-code"
"""Routing header: country code of the party a message is meant for (2.2.1+)."""
OCPI_TO_PARTY_ID: Final = "OCPI-to-party-id"
"""Routing header: party id of the party a message is meant for (2.2.1+)."""
ROUTING_HEADERS: Final = (
    OCPI_FROM_COUNTRY_CODE,
    OCPI_FROM_PARTY_ID,
    OCPI_TO_COUNTRY_CODE,
    OCPI_TO_PARTY_ID,
)
"""The four routing headers, in the order :meth:`RoutingHeaders.to_headers` writes them."""

CONFIGURATION_MODULES: Final = frozenset({"credentials", "versions", "hubclientinfo"})
"""Module ids that routing headers must never accompany ("Message Routing Headers")."""

_COUNTRY_CODE: Final = re.compile(r"[A-Za-z]{2}")
_PARTY_ID: Final = re.compile(r"[A-Za-z0-9]{3}")


# ---------------------------------------------------------------------------------------------
# errors


class PartyRefError(HeaderError, InvalidOrMissingParameters):
    """A country code or party id that breaks its format: an OCPI 2001. ``field`` is
    ``country_code`` or ``party_id``; the value is never quoted."""

    def __init__(self, field: str) -> None:
        self.field = field
        InvalidOrMissingParameters.__init__(self, f"{field}: {_PARTY_FIELD_TEXT[field]}")


_PARTY_FIELD_TEXT: Final[Mapping[str, str]] = {
    "country_code": "must be two letters (ISO 3166-1 alpha-2)",
    "party_id": "must be three letters or digits (ISO 15118)",
}


class RoutingProblem(StrEnum):
    """Which rule the routing headers of a message broke."""

    MISSING = "missing"
    FORBIDDEN = "forbidden"
    INCOMPLETE = "incomplete"
    MALFORMED = "malformed"
    REPEATED = "repeated"


_ROUTING_PROBLEM_TEXT: Final[Mapping[RoutingProblem, str]] = {
    RoutingProblem.MISSING: "required for this message",
    RoutingProblem.FORBIDDEN: "not allowed for this message",
    RoutingProblem.INCOMPLETE: "a country code and a party id go together; one is missing",
    RoutingProblem.MALFORMED: "not a valid value for this header",
    RoutingProblem.REPEATED: "given more than once",
}


class RoutingHeaderError(HeaderError, InvalidOrMissingParameters):
    """Routing headers that break a rule: an OCPI 2001 reply, ready to raise.

    ``headers`` names the headers at fault, ``problem`` says which rule broke; the message never
    quotes a value.
    """

    def __init__(self, headers: tuple[str, ...], problem: RoutingProblem) -> None:
        self.headers = headers
        self.problem = problem
        text = _ROUTING_PROBLEM_TEXT[problem]
        InvalidOrMissingParameters.__init__(self, f"{', '.join(headers)}: {text}")


# ---------------------------------------------------------------------------------------------
# routing headers


def _country_code(value: str) -> str:
    if not isinstance(value, str) or len(value) != 2 or _COUNTRY_CODE.fullmatch(value) is None:
        raise PartyRefError("country_code")
    return value.upper()


def _party_id(value: str) -> str:
    if not isinstance(value, str) or len(value) != 3 or _PARTY_ID.fullmatch(value) is None:
        raise PartyRefError("party_id")
    return value.upper()


@attrs.frozen
class PartyRef:
    """One OCPI party: a country code and a party id, e.g. ``PartyRef("NL", "TNM")``.

    Both are ``CiString``s: they are stored in upper case, so equality and hashing ignore case
    and what is written out is normalised. The formats are stricter than ``CiString(2)`` and
    ``CiString(3)``: two letters (ISO 3166-1 alpha-2) and three letters or digits (ISO 15118),
    as the credentials chapter describes them; anything else raises :class:`PartyRefError`.
    """

    country_code: str = attrs.field(converter=_country_code)
    party_id: str = attrs.field(converter=_party_id)

    def __str__(self) -> str:
        return f"{self.country_code}*{self.party_id}"


@attrs.frozen(kw_only=True)
class RoutingHeaders:
    """The routing headers of one message: the party it comes from and the one it is for.

    ``None`` means the pair is absent. Whether that is allowed depends on the message; see
    :func:`routing_requirement` and :func:`read_routing`.
    """

    from_party: PartyRef | None = None
    to_party: PartyRef | None = None

    @classmethod
    def from_headers(cls, headers: Headers) -> "RoutingHeaders":
        """Read whatever routing headers are present, checking their format only.

        Each pair is all or nothing: one header of a pair without the other is ``INCOMPLETE``;
        a header given twice is ``REPEATED``; a bad value is ``MALFORMED``
        (:class:`RoutingHeaderError`).
        """
        values = _collect(headers, ROUTING_HEADERS)
        from_party = _read_party(values, OCPI_FROM_COUNTRY_CODE, OCPI_FROM_PARTY_ID)
        to_party = _read_party(values, OCPI_TO_COUNTRY_CODE, OCPI_TO_PARTY_ID)
        return cls(from_party=from_party, to_party=to_party)

    def to_headers(self) -> dict[str, str]:
        """The headers to send: each pair that is present, upper case."""
        out: dict[str, str] = {}
        if self.from_party is not None:
            out[OCPI_FROM_COUNTRY_CODE] = self.from_party.country_code
            out[OCPI_FROM_PARTY_ID] = self.from_party.party_id
        if self.to_party is not None:
            out[OCPI_TO_COUNTRY_CODE] = self.to_party.country_code
            out[OCPI_TO_PARTY_ID] = self.to_party.party_id
        return out


def _read_party(
    values: Mapping[str, list[str]], cc_header: str, pid_header: str
) -> PartyRef | None:
    cc, pid = values[cc_header], values[pid_header]
    for header, found in ((cc_header, cc), (pid_header, pid)):
        if len(found) > 1:
            raise RoutingHeaderError((header,), RoutingProblem.REPEATED)
    if not cc and not pid:
        return None
    if not cc or not pid:
        raise RoutingHeaderError((cc_header if not cc else pid_header,), RoutingProblem.INCOMPLETE)
    try:
        country_code = _country_code(cc[0])
    except PartyRefError:
        raise RoutingHeaderError((cc_header,), RoutingProblem.MALFORMED) from None
    try:
        party_id = _party_id(pid[0])
    except PartyRefError:
        raise RoutingHeaderError((pid_header,), RoutingProblem.MALFORMED) from None
    return PartyRef(country_code, party_id)


def reply_routing(request: RoutingHeaders, *, responder: PartyRef | None = None) -> RoutingHeaders:
    """The routing headers of the response to ``request``: addressed to the party the request
    came from, and from the party it was for.

    ``responder`` names the answering party where the request did not (a hub answering an open
    routing request with the receiver it chose); it replaces ``request.to_party``.
    """
    return RoutingHeaders(
        from_party=responder if responder is not None else request.to_party,
        to_party=request.from_party,
    )


class ModuleKind(StrEnum):
    """Whether a module is routed: configuration modules are not, functional ones are."""

    CONFIGURATION = "configuration"
    FUNCTIONAL = "functional"


def module_kind(module_id: str) -> ModuleKind:
    """The kind of the module with this id (``credentials``, ``versions`` and ``hubclientinfo``
    are configuration modules; every other id, known or not, is functional)."""
    return ModuleKind.CONFIGURATION if module_id in CONFIGURATION_MODULES else ModuleKind.FUNCTIONAL


class RoutedMessage(StrEnum):
    """Which message the routing rules are asked about."""

    REQUEST = "request"
    """A request to a known receiver."""
    REQUEST_TO_HUB = "request_to_hub"
    """A request as a hub receives it: it may be an open routing request (no ``OCPI-to-*``)."""
    RESPONSE = "response"
    """The response to a request."""
    BROADCAST_RESPONSE = "broadcast_response"
    """A hub's response to a broadcast push it received (``OCPI-from-*`` may be left out)."""


class Presence(StrEnum):
    """Whether a pair of routing headers must, may or must not be present."""

    REQUIRED = "required"
    OPTIONAL = "optional"
    FORBIDDEN = "forbidden"
    NOT_DEFINED = "not_defined"
    """The version has no routing headers: they are neither read nor checked."""


@attrs.frozen(kw_only=True)
class RoutingRequirement:
    """What one message must carry: the presence rule for each pair of routing headers."""

    from_party: Presence
    to_party: Presence

    def check(self, routing: RoutingHeaders) -> RoutingHeaders:
        """Return ``routing`` if it meets this requirement; :class:`RoutingHeaderError`
        (``MISSING`` or ``FORBIDDEN``, naming the pair) if not."""
        sides = (
            (self.from_party, routing.from_party, (OCPI_FROM_COUNTRY_CODE, OCPI_FROM_PARTY_ID)),
            (self.to_party, routing.to_party, (OCPI_TO_COUNTRY_CODE, OCPI_TO_PARTY_ID)),
        )
        for presence, party, names in sides:
            if presence is Presence.REQUIRED and party is None:
                raise RoutingHeaderError(names, RoutingProblem.MISSING)
            if presence is Presence.FORBIDDEN and party is not None:
                raise RoutingHeaderError(names, RoutingProblem.FORBIDDEN)
        return routing


_R, _O, _F, _N = Presence.REQUIRED, Presence.OPTIONAL, Presence.FORBIDDEN, Presence.NOT_DEFINED

# (module kind, message) -> (from, to), 2.2.1 and 2.3.0 ("Message Routing")
_ROUTING_TABLE: Final[Mapping[tuple[ModuleKind, RoutedMessage], tuple[Presence, Presence]]] = {
    **{(ModuleKind.CONFIGURATION, message): (_F, _F) for message in RoutedMessage},
    (ModuleKind.FUNCTIONAL, RoutedMessage.REQUEST): (_R, _R),
    (ModuleKind.FUNCTIONAL, RoutedMessage.REQUEST_TO_HUB): (_R, _O),
    (ModuleKind.FUNCTIONAL, RoutedMessage.RESPONSE): (_R, _R),
    (ModuleKind.FUNCTIONAL, RoutedMessage.BROADCAST_RESPONSE): (_O, _R),
}


def _message(value: RoutedMessage) -> RoutedMessage:
    try:
        return RoutedMessage(value)
    except ValueError:
        raise HeaderUsageError("not a RoutedMessage") from None


def routing_headers_defined(version: OcpiVersion | OcpiVersionText) -> bool:
    """Whether ``version`` has the routing headers (2.2.1 on)."""
    return _version(version) in _SINCE_221


def routing_requirement(
    version: OcpiVersion | OcpiVersionText,
    module_id: str,
    message: RoutedMessage,
    *,
    single_role_pair: bool = False,
) -> RoutingRequirement:
    """Which routing headers ``message`` of module ``module_id`` must carry in ``version``.

    ``single_role_pair``: the two platforms talk directly and each hosts one party with one
    role; the spec exempts them, so a required pair becomes optional.
    """
    if not routing_headers_defined(version):
        return RoutingRequirement(from_party=_N, to_party=_N)
    from_p, to_p = _ROUTING_TABLE[(module_kind(module_id), _message(message))]
    if single_role_pair:
        from_p, to_p = (_O if p is _R else p for p in (from_p, to_p))
    return RoutingRequirement(from_party=from_p, to_party=to_p)


def read_routing(
    headers: Headers,
    version: OcpiVersion | OcpiVersionText,
    module_id: str,
    message: RoutedMessage,
    *,
    single_role_pair: bool = False,
) -> RoutingHeaders:
    """Read the routing headers of a received message and check them against
    :func:`routing_requirement`; raises :class:`RoutingHeaderError`.

    In 2.1.1 nothing is read: the result is empty whatever the headers say.
    """
    requirement = routing_requirement(
        version, module_id, message, single_role_pair=single_role_pair
    )
    if requirement.from_party is _N:
        return RoutingHeaders()
    return requirement.check(RoutingHeaders.from_headers(headers))
