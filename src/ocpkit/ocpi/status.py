"""OCPI status codes, the HTTP status that goes with each, and the exceptions that carry them.

Every OCPI reply is a JSON envelope whose ``status_code`` is a four-digit number; the thousands
digit gives the family (1 success, 2 client error, 3 server error, 4 hub error). The defined codes
per version (chapter "Status codes"):

====  ================================  =========================================
code  our name                          defined in
====  ================================  =========================================
1000  SUCCESS                           2.1.1, 2.2.1, 2.3.0
2000  GENERIC_CLIENT_ERROR              2.1.1, 2.2.1, 2.3.0
2001  INVALID_OR_MISSING_PARAMETERS     2.1.1, 2.2.1, 2.3.0
2002  NOT_ENOUGH_INFORMATION            2.1.1, 2.2.1, 2.3.0
2003  UNKNOWN_LOCATION                  2.1.1, 2.2.1, 2.3.0
2004  UNKNOWN_TOKEN                     2.2.1, 2.3.0
3000  GENERIC_SERVER_ERROR              2.1.1, 2.2.1, 2.3.0
3001  UNABLE_TO_USE_CLIENT_API          2.1.1, 2.2.1, 2.3.0
3002  UNSUPPORTED_VERSION               2.1.1, 2.2.1, 2.3.0
3003  NO_MATCHING_ENDPOINTS             2.1.1, 2.2.1, 2.3.0
4000  GENERIC_HUB_ERROR                 2.2.1, 2.3.0
4001  UNKNOWN_RECEIVER                  2.2.1, 2.3.0
4002  TIMEOUT_ON_FORWARDED_REQUEST      2.2.1, 2.3.0
4003  CONNECTION_PROBLEM                2.2.1, 2.3.0
====  ================================  =========================================

2.2.1 and 2.3.0 set aside 1900-1999, 2900-2999, 3900-3999 and 4900-4999 for custom codes; 2.1.1
sets aside none. A received code that no version defines (``2950``, ``5000``, ``42``) is kept as
the number it is: never refused, never replaced by a neighbour. Only what cannot be a status code
at all (not a whole number, negative, above 9999) is refused, with :class:`InvalidStatusCode`.

HTTP status. Once a request has reached the OCPI layer (its body is JSON, it addresses a resource
that exists, and its sender is authenticated) the reply MUST NOT be an HTTP error, whatever the
OCPI status in it; so every OCPI status goes out with HTTP 200 (201 for a success that created
the object), except where a module prescribes otherwise:

======  ====================================================================  ===============
HTTP    when                                                                  OCPI status
======  ====================================================================  ===============
200     the request reached the OCPI layer                                    any
201     ... and it created a new object                                       1xxx
400     the body is not JSON (:class:`InvalidJsonBody`)                       2000 (ours)
401     no Authorization header, or a token of no known party                 2000 (ours)
        (:class:`AuthenticationFailed`)
401     2.2.1+: the registration token A on a module other than               2000 (ours)
        credentials or versions (:class:`RegistrationRequired`)
403     never prescribed; offered for a local policy                          2000 (ours)
        (:class:`AccessDenied`)
404     a GET of an object that does not exist, or of an object of another    2000 (ours)
        party (:class:`NotFound`)
404     2.2.1+: real-time authorization of a token the eMSP does not know     2004
        (:class:`UnknownToken`)
404     2.2.1+: ChargingPreferences for an EVSE without that capability       2001
        (raise :class:`InvalidOrMissingParameters` with ``http_status=404``)
405     credentials POST when registered (:class:`AlreadyRegistered`), PUT    2000 (ours)
        or DELETE when not (:class:`NotRegistered`)
======  ====================================================================  ===============

Replies on the HTTP layer still carry the envelope (chapter "Transport and format", "Response
format"), so they need an OCPI status too; the spec names none, and 2000 (generic client error)
is the one that claims nothing it cannot back.

Status messages go to the peer. Callers pass text of their own, never raw peer input (an id, a
token, a field value); every message is also stripped of control characters and capped at
:data:`MAX_STATUS_MESSAGE_LENGTH` (see :func:`cap_status_message`).
"""

# ruff: noqa: N818 - exception names read as the domain (like httpx.ConnectTimeout), as in ocpp.aio

from collections.abc import Mapping
from enum import StrEnum
from typing import TYPE_CHECKING, ClassVar, Final, Literal, Self, get_args

from ocpkit._errors import OcpkitError
from ocpkit.ocpi.version import OcpiVersion

if TYPE_CHECKING:
    from pydantic import GetCoreSchemaHandler
    from pydantic_core import CoreSchema

__all__ = [
    "MAX_STATUS_MESSAGE_LENGTH",
    "VERSIONS",
    "AccessDenied",
    "AlreadyRegistered",
    "AuthenticationFailed",
    "ConnectionProblem",
    "InvalidJsonBody",
    "InvalidOrMissingParameters",
    "InvalidStatusCode",
    "MethodNotAllowed",
    "NoMatchingEndpoints",
    "NotEnoughInformation",
    "NotFound",
    "NotRegistered",
    "OcpiClientError",
    "OcpiError",
    "OcpiHubError",
    "OcpiServerError",
    "OcpiVersionText",
    "RegistrationRequired",
    "StatusCategory",
    "StatusCode",
    "TimeoutOnForwardedRequest",
    "UnableToUseClientApi",
    "UnknownLocation",
    "UnknownOcpiVersion",
    "UnknownReceiver",
    "UnknownToken",
    "UnsupportedVersion",
    "cap_status_message",
    "custom_ranges",
    "error_from_code",
    "http_status_for",
    "known_codes",
]

OcpiVersionText = Literal["2.1.1", "2.2.1", "2.3.0"]
"""An OCPI version this module knows, as its version string; every function here that takes a
version also takes the :class:`~ocpkit.ocpi.version.OcpiVersion` member."""

VERSIONS: Final[tuple[OcpiVersionText, ...]] = get_args(OcpiVersionText)
"""Every version this module has tables for, oldest first."""

_LOWEST: Final = 0
_HIGHEST: Final = 9999

MAX_STATUS_MESSAGE_LENGTH: Final = 255
"""Default cap, in characters, on a ``status_message`` built by :class:`OcpiError`."""


class InvalidStatusCode(OcpkitError, ValueError):
    """A value that cannot be an OCPI status code, or a code an exception class cannot carry.

    ``value`` holds the offending input for local inspection; the message never quotes it.
    (A ``ValueError`` so that pydantic turns it into a validation error inside a model.)
    """

    def __init__(self, message: str, value: object = None) -> None:
        super().__init__(message)
        self.value = value


class UnknownOcpiVersion(OcpkitError, ValueError):
    """A version string this module has no tables for (it knows :data:`VERSIONS`)."""


class StatusCategory(StrEnum):
    """The family of a status code, read from its thousands digit."""

    SUCCESS = "success"
    CLIENT_ERROR = "client_error"
    SERVER_ERROR = "server_error"
    HUB_ERROR = "hub_error"


_CATEGORY_BY_THOUSAND: Final[Mapping[int, StatusCategory]] = {
    1: StatusCategory.SUCCESS,
    2: StatusCategory.CLIENT_ERROR,
    3: StatusCategory.SERVER_ERROR,
    4: StatusCategory.HUB_ERROR,
}

_ALL: Final[frozenset[str]] = frozenset(VERSIONS)
# 2004 came with 2.2's real-time authorization rules, the 4xxx family with 2.2's message routing
# (4000 itself was added in 2.2.1); 2.1.1 has neither.
_SINCE_221: Final[frozenset[str]] = frozenset({"2.2.1", "2.3.0"})

# code, our name, versions whose "Status codes" chapter defines it
_DEFINED: Final[tuple[tuple[int, str, frozenset[str]], ...]] = (
    (1000, "SUCCESS", _ALL),
    (2000, "GENERIC_CLIENT_ERROR", _ALL),
    (2001, "INVALID_OR_MISSING_PARAMETERS", _ALL),
    (2002, "NOT_ENOUGH_INFORMATION", _ALL),
    (2003, "UNKNOWN_LOCATION", _ALL),
    (2004, "UNKNOWN_TOKEN", _SINCE_221),
    (3000, "GENERIC_SERVER_ERROR", _ALL),
    (3001, "UNABLE_TO_USE_CLIENT_API", _ALL),
    (3002, "UNSUPPORTED_VERSION", _ALL),
    (3003, "NO_MATCHING_ENDPOINTS", _ALL),
    (4000, "GENERIC_HUB_ERROR", _SINCE_221),
    (4001, "UNKNOWN_RECEIVER", _SINCE_221),
    (4002, "TIMEOUT_ON_FORWARDED_REQUEST", _SINCE_221),
    (4003, "CONNECTION_PROBLEM", _SINCE_221),
)
_NAMES: Final[Mapping[int, str]] = {code: name for code, name, _ in _DEFINED}
_DEFINED_IN: Final[Mapping[int, frozenset[str]]] = {code: vs for code, _, vs in _DEFINED}

_CUSTOM_2X: Final = (range(1900, 2000), range(2900, 3000), range(3900, 4000), range(4900, 5000))
_CUSTOM_RANGES: Final[Mapping[str, tuple[range, ...]]] = {
    "2.1.1": (),  # its "Status codes" chapter reserves nothing
    "2.2.1": _CUSTOM_2X,
    "2.3.0": _CUSTOM_2X,
}


def _check_version(version: str) -> OcpiVersionText:
    for known in VERSIONS:
        if version == known:  # == so that a str-valued version enum works too
            return known
    known_list = ", ".join(VERSIONS)
    raise UnknownOcpiVersion(f"no OCPI status tables for that version; known: {known_list}")


def _check_code(value: object) -> int:
    # bool is an int to Python but never a status code on the wire; a float such as 1000.0 is
    # refused too, since the envelope's field is an int
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidStatusCode("an OCPI status_code must be a whole number", value)
    if not _LOWEST <= value <= _HIGHEST:
        raise InvalidStatusCode(
            f"an OCPI status_code must lie between {_LOWEST} and {_HIGHEST}", value
        )
    return int(value)


class StatusCode(int):
    """An OCPI ``status_code``: a plain ``int`` (equal to, hashing like and serialised as the
    number) that also knows its family, its name and which versions define it.

    An ``int`` subclass rather than an attrs value so that orjson, ``json`` and pydantic write it
    as a bare JSON number and ``code == 2001`` and ``{2001: ...}[code]`` just work. Any whole
    number from 0 to 9999 is accepted; others raise :class:`InvalidStatusCode`. The defined codes
    are also class attributes (``StatusCode.UNKNOWN_TOKEN``).
    """

    __slots__ = ()

    SUCCESS: ClassVar["StatusCode"]
    GENERIC_CLIENT_ERROR: ClassVar["StatusCode"]
    INVALID_OR_MISSING_PARAMETERS: ClassVar["StatusCode"]
    NOT_ENOUGH_INFORMATION: ClassVar["StatusCode"]
    UNKNOWN_LOCATION: ClassVar["StatusCode"]
    UNKNOWN_TOKEN: ClassVar["StatusCode"]
    GENERIC_SERVER_ERROR: ClassVar["StatusCode"]
    UNABLE_TO_USE_CLIENT_API: ClassVar["StatusCode"]
    UNSUPPORTED_VERSION: ClassVar["StatusCode"]
    NO_MATCHING_ENDPOINTS: ClassVar["StatusCode"]
    GENERIC_HUB_ERROR: ClassVar["StatusCode"]
    UNKNOWN_RECEIVER: ClassVar["StatusCode"]
    TIMEOUT_ON_FORWARDED_REQUEST: ClassVar["StatusCode"]
    CONNECTION_PROBLEM: ClassVar["StatusCode"]

    def __new__(cls, value: int) -> Self:
        return super().__new__(cls, _check_code(value))

    @classmethod
    def parse(cls, value: object) -> "StatusCode":
        """Read a ``status_code`` from decoded JSON; :class:`InvalidStatusCode` if it cannot be."""
        return cls(_check_code(value))

    @property
    def category(self) -> StatusCategory | None:
        """The family of this code; ``None`` below 1000 and from 5000 on (no family there)."""
        return _CATEGORY_BY_THOUSAND.get(self // 1000)

    @property
    def is_success(self) -> bool:
        """Whether this code is in the success family (1xxx)."""
        return self.category is StatusCategory.SUCCESS

    @property
    def name(self) -> str | None:
        """Our name for this code (``INVALID_OR_MISSING_PARAMETERS``); ``None`` if no version
        defines it."""
        return _NAMES.get(self)

    def is_known(self, version: OcpiVersion | OcpiVersionText) -> bool:
        """Whether ``version`` defines this very code (custom-range codes are not defined)."""
        return _check_version(version) in _DEFINED_IN.get(self, ())

    def is_custom(self, version: OcpiVersion | OcpiVersionText) -> bool:
        """Whether ``version`` reserves this code for custom use (2.1.1 reserves none)."""
        return any(self in r for r in _CUSTOM_RANGES[_check_version(version)])

    def __repr__(self) -> str:
        return f"StatusCode({int(self)})"

    def __str__(self) -> str:
        # the repr above would otherwise become str() too; str() must stay the bare digits
        return int.__repr__(self)

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: type[object], handler: "GetCoreSchemaHandler"
    ) -> "CoreSchema":
        """Let pydantic models use ``StatusCode`` as a field type (strict int, 0..9999)."""
        from pydantic_core import core_schema  # only paid for by users of pydantic models

        return core_schema.no_info_after_validator_function(
            cls, core_schema.int_schema(strict=True, ge=_LOWEST, le=_HIGHEST)
        )


def _name_the_codes() -> None:
    for code, name, _ in _DEFINED:
        setattr(StatusCode, name, StatusCode(code))


_name_the_codes()


def known_codes(version: OcpiVersion | OcpiVersionText) -> tuple[StatusCode, ...]:
    """The codes ``version`` defines, in ascending order."""
    v = _check_version(version)
    return tuple(StatusCode(code) for code, _, versions in _DEFINED if v in versions)


def custom_ranges(version: OcpiVersion | OcpiVersionText) -> tuple[range, ...]:
    """The ranges ``version`` reserves for custom codes (empty for 2.1.1)."""
    return _CUSTOM_RANGES[_check_version(version)]


# (code, HTTP status, versions): the HTTP status of a reply that carries each defined code.
# Everything reaching the OCPI layer is 200 ("Status codes": no HTTP error may be returned to such
# a request; 2.1.1 says "should not"). 2.1.1's "Response format" also speaks of an HTTP error for a
# request that "cannot be accepted"; 2.2.1 rewrote that sentence as "errors on the HTTP layer",
# which is how we read both.
_HTTP_ROWS: Final[tuple[tuple[int, int, frozenset[str]], ...]] = (
    (1000, 200, _ALL),  # 201 instead when the request created the object (``created=True``)
    (2000, 200, _ALL),
    (2001, 200, _ALL),
    (2002, 200, _ALL),  # tokens, real-time authorization with too little information: 2002
    (2003, 200, _ALL),  # e.g. a START_SESSION command naming an unknown location
    # tokens, real-time authorization: an unknown token gets HTTP 404 and 2004 (the token in the
    # URL is a resource that does not exist)
    (2004, 404, _SINCE_221),
    (3000, 200, _ALL),
    (3001, 200, _ALL),  # credentials: answer to the POST/PUT when fetching the peer's data failed
    (3002, 200, _ALL),
    (3003, 200, _ALL),  # credentials: no mutual modules or endpoints
    # hub errors: the hub is itself the OCPI server the client talked to, and it did reach the
    # OCPI layer, so the same no-HTTP-error rule applies; the spec names no other status
    (4000, 200, _SINCE_221),
    (4001, 200, _SINCE_221),
    (4002, 200, _SINCE_221),
    (4003, 200, _SINCE_221),
)
_HTTP_STATUS: Final[Mapping[str, Mapping[int, int]]] = {
    v: {code: http for code, http, versions in _HTTP_ROWS if v in versions} for v in VERSIONS
}
# custom and undefined codes: the same rule as the defined ones (an OCPI status in the body means
# the request reached the OCPI layer)
_HTTP_FALLBACK: Final = 200


def http_status_for(
    code: int, version: OcpiVersion | OcpiVersionText, *, created: bool = False
) -> int:
    """The HTTP status of a reply carrying ``code`` under ``version``.

    ``created`` asks for 201 for a success that created a new object; it changes nothing for an
    error code. Codes ``version`` does not define follow the general rule (200).
    """
    status = StatusCode(code)
    http = _HTTP_STATUS[_check_version(version)].get(status, _HTTP_FALLBACK)
    if created and status.is_success:
        return 201
    return http


def cap_status_message(text: str, limit: int = MAX_STATUS_MESSAGE_LENGTH) -> str:
    """``text`` made fit for a ``status_message``: control characters (line breaks included)
    become spaces, and text longer than ``limit`` characters is cut, ending in ``...``.

    This bounds the size and keeps log lines whole; it cannot tell secret or peer-supplied text
    from safe text, so callers still pass only text of their own.
    """
    clean = "".join(ch if ch.isprintable() else " " for ch in text)
    limit = max(limit, 0)
    if len(clean) <= limit:
        return clean
    if limit <= 3:
        return clean[:limit]
    return clean[: limit - 3] + "..."


class OcpiError(OcpkitError):
    """An OCPI error: raised by handlers to answer with it, and built from error replies received.

    ``status_code`` goes into the envelope, ``status_message`` too (safe to send: our own text,
    capped by :func:`cap_status_message` at ``max_message_length``), and ``http_status`` is the
    HTTP status of the reply. Subclasses fix a default code and HTTP status; both can be given
    explicitly, e.g. to record what a peer actually sent. The base class itself takes any code and
    defaults to 3000 (an error that says nothing more is the server's own).
    """

    default_status_code: ClassVar[int] = 3000
    default_http_status: ClassVar[int] = 200
    max_message_length: ClassVar[int] = MAX_STATUS_MESSAGE_LENGTH
    # the family a class's codes must belong to (None: any), and whether its code is fixed
    _family: ClassVar[StatusCategory | None] = None
    _fixed: ClassVar[bool] = False

    def __init__(
        self,
        status_message: str = "",
        *,
        status_code: int | None = None,
        http_status: int | None = None,
    ) -> None:
        cls = type(self)
        code = StatusCode(cls.default_status_code if status_code is None else status_code)
        if cls._fixed and code != cls.default_status_code:
            raise InvalidStatusCode(f"{cls.__name__} always carries {cls.default_status_code}")
        if cls._family is not None and code.category is not cls._family:
            digit = cls.default_status_code // 1000
            raise InvalidStatusCode(f"{cls.__name__} carries {digit}xxx codes only, not {code}")
        self.status_code: StatusCode = code
        self.status_message: str = cap_status_message(status_message, cls.max_message_length)
        self.http_status: int = cls.default_http_status if http_status is None else http_status
        super().__init__(self.status_message)

    def __str__(self) -> str:
        label = self.status_code.name or self.status_code.category or "UNKNOWN"
        head = f"{self.status_code} {label}"
        return f"{head}: {self.status_message}" if self.status_message else head

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status_code={int(self.status_code)}, "
            f"http_status={self.http_status}, status_message={self.status_message!r})"
        )


class OcpiClientError(OcpiError):
    """The client sent something the server cannot process (2xxx; 2000 by default)."""

    default_status_code = 2000
    _family = StatusCategory.CLIENT_ERROR


class OcpiServerError(OcpiError):
    """The server could not process a well-formed request (3xxx; 3000 by default)."""

    default_status_code = 3000
    _family = StatusCategory.SERVER_ERROR


class OcpiHubError(OcpiError):
    """A hub could not route a request (4xxx; 4000 by default). Errors of the party behind the
    hub come back with that party's own 2xxx or 3xxx code, not as hub errors."""

    default_status_code = 4000
    _family = StatusCategory.HUB_ERROR


class InvalidOrMissingParameters(OcpiClientError):
    """2001: a parameter or field is missing or wrong (e.g. the URL's object id differs from the
    id in the pushed object)."""

    default_status_code = 2001
    _fixed = True


class NotEnoughInformation(OcpiClientError):
    """2002: the request lacks what is needed to decide (e.g. a real-time authorization without
    location references when the eMSP needs them)."""

    default_status_code = 2002
    _fixed = True


class UnknownLocation(OcpiClientError):
    """2003: the request refers to a location the server does not have (e.g. in a command).

    A GET of a location that does not exist is :class:`NotFound` (HTTP 404) instead.
    """

    default_status_code = 2003
    _fixed = True


class UnknownToken(OcpiClientError):
    """2004 with HTTP 404 (2.2.1+): real-time authorization of a token the eMSP does not know."""

    default_status_code = 2004
    default_http_status = 404
    _fixed = True


class UnableToUseClientApi(OcpiServerError):
    """3001: during registration, the server could not use the client's API (fetching its
    versions or endpoints failed)."""

    default_status_code = 3001
    _fixed = True


class UnsupportedVersion(OcpiServerError):
    """3002: the peer asked for an OCPI version this party does not support."""

    default_status_code = 3002
    _fixed = True


class NoMatchingEndpoints(OcpiServerError):
    """3003: during registration, the parties share no modules or endpoints, or not the ones this
    party needs."""

    default_status_code = 3003
    _fixed = True


class UnknownReceiver(OcpiHubError):
    """4001: the hub knows no party at the request's ``OCPI-to-*`` address."""

    default_status_code = 4001
    _fixed = True


class TimeoutOnForwardedRequest(OcpiHubError):
    """4002: the hub forwarded the request and no answer came in time."""

    default_status_code = 4002
    _fixed = True


class ConnectionProblem(OcpiHubError):
    """4003: the hub cannot reach the receiving party (not connected)."""

    default_status_code = 4003
    _fixed = True


# Failures on the HTTP layer: the request never reached the OCPI layer, so the reply is an HTTP
# error; the envelope still needs a code, and 2000 is ours (see the module docstring). Any 2xxx
# code may be given instead.


class InvalidJsonBody(OcpiClientError):
    """HTTP 400: the request body is not valid JSON."""

    default_http_status = 400


class AuthenticationFailed(OcpiClientError):
    """HTTP 401: the Authorization header is missing, or its token belongs to no known party."""

    default_http_status = 401


class RegistrationRequired(AuthenticationFailed):
    """HTTP 401 (2.2.1+): the registration token (token A) was used on a module other than
    credentials or versions; the rest opens only after registration."""


class AccessDenied(OcpiClientError):
    """HTTP 403: a known party asked for something a local policy does not allow it.

    No OCPI version prescribes 403; for objects of another party the spec lets a server answer
    :class:`NotFound`, which does not even reveal that they exist.
    """

    default_http_status = 403


class NotFound(OcpiClientError):
    """HTTP 404: the addressed object does not exist, or belongs to a party other than the
    client's own roles."""

    default_http_status = 404


class MethodNotAllowed(OcpiClientError):
    """HTTP 405: the method is not allowed on this resource in its present state."""

    default_http_status = 405


class AlreadyRegistered(MethodNotAllowed):
    """HTTP 405: a credentials POST from a client that is registered already (use PUT)."""


class NotRegistered(MethodNotAllowed):
    """HTTP 405: a credentials PUT or DELETE from a client that is not registered."""


_CLASS_BY_CODE: Final[Mapping[int, type[OcpiError]]] = {
    cls.default_status_code: cls
    for cls in (
        OcpiClientError,
        InvalidOrMissingParameters,
        NotEnoughInformation,
        UnknownLocation,
        UnknownToken,
        OcpiServerError,
        UnableToUseClientApi,
        UnsupportedVersion,
        NoMatchingEndpoints,
        OcpiHubError,
        UnknownReceiver,
        TimeoutOnForwardedRequest,
        ConnectionProblem,
    )
}
_CLASS_BY_CATEGORY: Final[Mapping[StatusCategory, type[OcpiError]]] = {
    StatusCategory.CLIENT_ERROR: OcpiClientError,
    StatusCategory.SERVER_ERROR: OcpiServerError,
    StatusCategory.HUB_ERROR: OcpiHubError,
}


def error_from_code(
    code: int, status_message: str = "", *, http_status: int | None = None
) -> OcpiError:
    """The most specific :class:`OcpiError` for ``code``, carrying exactly ``code``.

    A defined code gets its own class, a custom or undefined code its family's class, and a code
    with no error family (1xxx, below 1000, 5000 and up) the base class. ``http_status`` defaults
    to the class's; pass the one received to keep it. A ``status_message`` received from a peer is
    peer text: it is capped here, but do not pass it on to third parties.
    :class:`InvalidStatusCode` if ``code`` cannot be a status code.
    """
    status = StatusCode(code)
    category = status.category
    cls = _CLASS_BY_CODE.get(status) or (
        _CLASS_BY_CATEGORY.get(category, OcpiError) if category is not None else OcpiError
    )
    return cls(status_message, status_code=status, http_status=http_status)
