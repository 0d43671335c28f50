"""OCPI HTTP headers, sans-IO: the credentials token in ``Authorization``, the ``X-Request-ID`` /
``X-Correlation-ID`` pair, and the ``OCPI-from-*`` / ``OCPI-to-*`` message routing headers.

Facts (chapter "Transport and format"; 2.3.0 is the same as 2.2.1 in every section used here):

* "Authorization header" (2.2.1, 2.3.0) / "Request format" (2.1.1): every request carries
  ``Authorization: Token <value>``. 2.1.1 puts the token itself there; 2.2.1 on put the Base64
  (RFC 4648 section 4) of the token's UTF-8 bytes, after exactly one space, and note that many
  2.1.1 and 2.2 peers still send it plain. A missing header or an unknown token is HTTP 401.
* "Unique message IDs" (2.2.1, 2.3.0; absent from 2.1.1): every request carries both ids, the
  response repeats them; a forwarded request gets a new request id and keeps the correlation id;
  UUIDs are advised. The spec sets no length and gives no reply for a missing or bad id.
* "Message Routing" (2.2.1, 2.3.0; absent from 2.1.1): the four routing headers (``CiString(2)``
  country code, ``CiString(3)`` party id) are for functional modules only and never for
  ``credentials``, ``versions`` or ``hubclientinfo``; an open routing request to a hub leaves the
  ``OCPI-to-*`` pair out; a hub's answer to a broadcast push may leave ``OCPI-from-*`` out; a
  response swaps the parties of its request.
* Credentials object (chapter "Credentials"): the token is ``string(64)`` in all three versions;
  2.1.1 allows printable non-space ASCII in the header, 2.2.1 and 2.3.0 ask for U+0021..U+007E.

Credentials token (:class:`CredentialsToken`): 1 to :data:`MAX_TOKEN_LENGTH` characters, each
U+0021..U+007E, in every version (the one alphabet every version and both header forms can carry).

Authorization header, receiving (:func:`token_candidates`), by :class:`TokenEncoding`:

===============  ===================================================================
encoding         candidates, in this order
===============  ===================================================================
``PLAIN``        the text after ``Token``
``BASE64``       its Base64 decoding (strict: standard alphabet, padded, canonical,
                 UTF-8)
``ACCEPT_BOTH``  the decoding (when it is one), then the text itself; both are looked up
===============  ===================================================================

Candidates that are no valid credentials token are left out. Every refusal is one
:class:`AuthorizationError` (HTTP 401, the same message whatever the cause):

==============================================  ========================================
header value                                    ``problem``
==============================================  ========================================
absent (``None``)                               ``MISSING``
longer than :data:`MAX_AUTHORIZATION_LENGTH`    ``TOO_LONG``
a character outside U+0020..U+007E (CR, LF,     ``BAD_CHARACTER``
TAB, NUL, non-ASCII)
scheme other than ``Token`` (any case allowed)  ``WRONG_SCHEME``
``Token`` with nothing after it                 ``EMPTY_TOKEN``
more than one space anywhere                    ``EXTRA_SPACE``
``BASE64`` and not strict Base64                ``NOT_BASE64``
no candidate is a valid credentials token       ``BAD_TOKEN``
(:func:`match_token`) candidates match          ``AMBIGUOUS``
different entries
(for adapters) no known party has the token     ``UNKNOWN_TOKEN``
==============================================  ========================================

Request ids (:func:`read_request_ids`): an id is 1 to :data:`MAX_REQUEST_ID_LENGTH` characters
of U+0020..U+007E, not starting or ending with a space. The ids only serve debugging, so by
default a missing, repeated or bad id is replaced by a new one and the request goes on (the
problem is reported); a bad id is never echoed, which keeps CR/LF out of our response headers.
``strict=True`` refuses instead (:class:`RequestIdError`, OCPI 2001) where the version defines
the ids.

Routing requirements (:func:`routing_requirement`), 2.2.1 and 2.3.0:

==================  ======================  ===============  ===============
module              message                 ``OCPI-from-*``  ``OCPI-to-*``
==================  ======================  ===============  ===============
configuration       any                     forbidden        forbidden
functional          ``REQUEST``             required         required
functional          ``REQUEST_TO_HUB``      required         optional [1]_
functional          ``RESPONSE``            required         required
functional          ``BROADCAST_RESPONSE``  optional         required
==================  ======================  ===============  ===============

.. [1] absent: an open routing request, which the hub routes itself.

With ``single_role_pair=True`` (a direct connection between two platforms with one party and
role each, the one case the spec exempts) every "required" above becomes "optional". In 2.1.1
the headers do not exist: nothing is read or required. A routing header that breaks a rule is a
:class:`RoutingHeaderError` (OCPI 2001) naming the headers, never quoting them.

Header names are matched case-insensitively wherever headers are read. No error message here
ever contains a header value.
"""

import base64
import binascii
import hashlib
import hmac
import re
import uuid
from collections.abc import Callable, Iterable, Mapping
from enum import StrEnum
from typing import Final, NoReturn, TypeAlias, TypeVar, final

import attrs

from ocpkit.ocpi.status import (
    VERSIONS,
    AuthenticationFailed,
    InvalidOrMissingParameters,
    OcpiVersionText,
    UnknownOcpiVersion,
)
from ocpkit.ocpi.version import OcpiVersion

__all__ = [
    "AUTHORIZATION",
    "CONFIGURATION_MODULES",
    "MAX_AUTHORIZATION_LENGTH",
    "MAX_REQUEST_ID_LENGTH",
    "MAX_TOKEN_LENGTH",
    "OCPI_FROM_COUNTRY_CODE",
    "OCPI_FROM_PARTY_ID",
    "OCPI_TO_COUNTRY_CODE",
    "OCPI_TO_PARTY_ID",
    "ROUTING_HEADERS",
    "TOKEN_SCHEME",
    "X_CORRELATION_ID",
    "X_REQUEST_ID",
    "AuthorizationError",
    "AuthorizationProblem",
    "CredentialsToken",
    "CredentialsTokenError",
    "HeaderError",
    "HeaderUsageError",
    "Headers",
    "IdFactory",
    "IdProblem",
    "ModuleKind",
    "PartyRef",
    "PartyRefError",
    "Presence",
    "ReceivedRequestIds",
    "RequestIdError",
    "RequestIds",
    "RoutedMessage",
    "RoutingHeaderError",
    "RoutingHeaders",
    "RoutingProblem",
    "RoutingRequirement",
    "TokenEncoding",
    "authorization_header",
    "default_token_encoding",
    "match_token",
    "module_kind",
    "new_unique_id",
    "read_request_ids",
    "read_routing",
    "reply_routing",
    "request_ids_defined",
    "routing_headers_defined",
    "routing_requirement",
    "token_candidates",
]

T = TypeVar("T")

Headers: TypeAlias = Mapping[str, str] | Iterable[tuple[str, str]]
"""Received headers: a mapping, or name/value pairs (which keep repeated headers visible)."""

IdFactory: TypeAlias = Callable[[], str]
"""Makes a new unique id; tests pass a counter."""

AUTHORIZATION: Final = "Authorization"
"""Header carrying the credentials token."""
X_REQUEST_ID: Final = "X-Request-ID"
"""Header carrying the id of one request (2.2.1+)."""
X_CORRELATION_ID: Final = "X-Correlation-ID"
"""Header carrying the id shared by a request, its forwards and their responses (2.2.1+)."""
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
TOKEN_SCHEME: Final = "Token"
"""The authorization scheme OCPI uses (read case-insensitively, written like this)."""

MAX_TOKEN_LENGTH: Final = 64
"""The longest credentials token: ``string(64)`` in every version."""
MAX_AUTHORIZATION_LENGTH: Final = 1024
"""The longest ``Authorization`` value read; the longest valid one (a 64-character token in
Base64) has 350 characters."""
MAX_REQUEST_ID_LENGTH: Final = 255
"""The longest request or correlation id kept (ours: the spec sets none; a UUID has 36)."""

CONFIGURATION_MODULES: Final = frozenset({"credentials", "versions", "hubclientinfo"})
"""Module ids that routing headers must never accompany ("Message Routing Headers")."""

_SINCE_221: Final[frozenset[str]] = frozenset({"2.2.1", "2.3.0"})
_TOKEN: Final = re.compile(r"[\x21-\x7e]+")
_HEADER_TEXT: Final = re.compile(r"[\x20-\x7e]*")
_REQUEST_ID: Final = re.compile(r"[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?")
_COUNTRY_CODE: Final = re.compile(r"[A-Za-z]{2}")
_PARTY_ID: Final = re.compile(r"[A-Za-z0-9]{3}")


def _version(version: OcpiVersion | OcpiVersionText) -> OcpiVersionText:
    for known in VERSIONS:
        if version == known:  # == so that the OcpiVersion enum works too
            return known
    raise UnknownOcpiVersion(f"no OCPI header rules for that version; known: {', '.join(VERSIONS)}")


# ---------------------------------------------------------------------------------------------
# errors


class HeaderError(ValueError):
    """Base of every error this module raises (besides ``UnknownOcpiVersion`` from
    :mod:`ocpkit.ocpi.status` for a version it has no rules for)."""


class HeaderUsageError(HeaderError):
    """The calling code misused the API: something other than a :class:`CredentialsToken`
    given as a token, or an id factory that made an id that cannot be sent."""


class CredentialsTokenError(HeaderError, InvalidOrMissingParameters):
    """Text that cannot be a credentials token: an OCPI 2001, e.g. for a credentials object that
    carries one. The message says which rule broke and never contains the text; unlike other
    errors of ocpkit it keeps no copy of the value either, since that value is a secret."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        InvalidOrMissingParameters.__init__(self, f"credentials token: {reason}")


class AuthorizationProblem(StrEnum):
    """Why a request's credentials cannot be accepted (the ``problem`` of an
    :class:`AuthorizationError`); for local logs only, never for the peer."""

    MISSING = "missing"
    TOO_LONG = "too_long"
    BAD_CHARACTER = "bad_character"
    WRONG_SCHEME = "wrong_scheme"
    EMPTY_TOKEN = "empty_token"
    EXTRA_SPACE = "extra_space"
    NOT_BASE64 = "not_base64"
    BAD_TOKEN = "bad_token"
    AMBIGUOUS = "ambiguous"
    UNKNOWN_TOKEN = "unknown_token"


_AUTHORIZATION_MESSAGE: Final = "missing or invalid Authorization header"


class AuthorizationError(HeaderError, AuthenticationFailed):
    """The request cannot be authenticated: HTTP 401, ready to raise as the reply.

    One class and one message for every cause, so the peer learns nothing about which check
    failed; ``problem`` says it for local logs and metrics. Adapters that look tokens up
    themselves raise ``AuthorizationError(AuthorizationProblem.UNKNOWN_TOKEN)`` when no party has
    the token, so every 401 leaves the server the same way.
    """

    def __init__(self, problem: AuthorizationProblem) -> None:
        self.problem = problem
        AuthenticationFailed.__init__(self, _AUTHORIZATION_MESSAGE)


class IdProblem(StrEnum):
    """What was wrong with a received request or correlation id."""

    MISSING = "missing"
    REPEATED = "repeated"
    TOO_LONG = "too_long"
    BAD_CHARACTER = "bad_character"


class RequestIdError(HeaderError, InvalidOrMissingParameters):
    """A request or correlation id breaks a rule and the reader was asked to be strict: an OCPI
    2001 reply, ready to raise. ``header`` names the header; the value is never quoted."""

    def __init__(self, header: str, problem: IdProblem) -> None:
        self.header = header
        self.problem = problem
        InvalidOrMissingParameters.__init__(self, f"{header}: {_ID_PROBLEM_TEXT[problem]}")


_ID_PROBLEM_TEXT: Final[Mapping[IdProblem, str]] = {
    IdProblem.MISSING: "missing",
    IdProblem.REPEATED: "given more than once",
    IdProblem.TOO_LONG: f"longer than {MAX_REQUEST_ID_LENGTH} characters",
    IdProblem.BAD_CHARACTER: "must be printable ASCII, without leading or trailing spaces",
}


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
# credentials token


@final
class CredentialsToken:
    """A credentials token (the secret in the ``Authorization`` header), kept out of sight.

    * ``repr`` and ``str`` show only its length: ``CredentialsToken(<hidden, length 36>)``. A
      fingerprint would let anyone holding a log test guesses of a weak token offline.
    * ``==`` compares SHA-256 digests of the UTF-8 bytes with :func:`hmac.compare_digest`:
      constant time, and fixed-length inputs, so not even the length shows in the timing. Equal
      digests mean equal tokens (SHA-256 is collision resistant). A ``str`` is never equal.
    * The hash is that of the digest. A dict keyed by tokens therefore probes by bits of a
      one-way function of the token and only runs ``==`` on a digest match: its timing tells
      nothing useful about stored tokens, so ``store.get(candidate)`` is safe for a large store.
    * :meth:`reveal` is the one way to the text; :attr:`digest` is a lookup key for a store that
      should not keep the tokens themselves.
    * It is not an attrs class on purpose: serialisers that walk attrs fields (cattrs) would
      write the token out; here they fail instead.

    Valid text: 1 to :data:`MAX_TOKEN_LENGTH` characters, each U+0021..U+007E; anything else
    raises :class:`CredentialsTokenError`.
    """

    __slots__ = ("_digest", "_value")
    _value: str
    _digest: bytes

    def __init__(self, value: str) -> None:
        if not isinstance(value, str):
            raise CredentialsTokenError("must be text")
        if not value:
            raise CredentialsTokenError("must not be empty")
        if len(value) > MAX_TOKEN_LENGTH:
            raise CredentialsTokenError(f"must have at most {MAX_TOKEN_LENGTH} characters")
        if _TOKEN.fullmatch(value) is None:
            raise CredentialsTokenError("must be printable ASCII without spaces (U+0021..U+007E)")
        object.__setattr__(self, "_value", value)
        object.__setattr__(self, "_digest", hashlib.sha256(value.encode()).digest())

    def reveal(self) -> str:
        """The token text. Call it only where the text must go out: a header, a credentials
        object, a secret store."""
        return self._value

    @property
    def digest(self) -> bytes:
        """SHA-256 of the token's UTF-8 bytes: a key to index a token store by."""
        return self._digest

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CredentialsToken):
            return NotImplemented
        return hmac.compare_digest(self._digest, other._digest)

    def __hash__(self) -> int:
        return hash(self._digest)

    def __repr__(self) -> str:
        return f"CredentialsToken(<hidden, length {len(self._value)}>)"

    __str__ = __repr__

    def __setattr__(self, name: str, value: object) -> NoReturn:
        raise attrs.exceptions.FrozenInstanceError

    def __delattr__(self, name: str) -> NoReturn:
        raise attrs.exceptions.FrozenInstanceError

    def __reduce__(self) -> tuple[type["CredentialsToken"], tuple[str]]:
        return (CredentialsToken, (self._value,))


def _token_or_none(text: str) -> CredentialsToken | None:
    try:
        return CredentialsToken(text)
    except CredentialsTokenError:
        return None


# ---------------------------------------------------------------------------------------------
# Authorization header


class TokenEncoding(StrEnum):
    """How a peer writes the token in its ``Authorization`` header.

    ``ACCEPT_BOTH`` is for receiving from peers that may send either form; sending with it
    writes Base64, the only form 2.2.1 and later allow.
    """

    PLAIN = "plain"
    BASE64 = "base64"
    ACCEPT_BOTH = "accept_both"


_DEFAULT_ENCODING: Final[Mapping[str, TokenEncoding]] = {
    "2.1.1": TokenEncoding.PLAIN,
    "2.2.1": TokenEncoding.BASE64,
    "2.3.0": TokenEncoding.BASE64,
}


def _encoding(value: TokenEncoding) -> TokenEncoding:
    try:
        return TokenEncoding(value)
    except ValueError:
        raise HeaderUsageError("not a TokenEncoding") from None


def default_token_encoding(version: OcpiVersion | OcpiVersionText) -> TokenEncoding:
    """The encoding ``version`` prescribes: plain in 2.1.1, Base64 from 2.2.1 on."""
    return _DEFAULT_ENCODING[_version(version)]


def authorization_header(token: CredentialsToken, encoding: TokenEncoding) -> str:
    """The ``Authorization`` header value carrying ``token``: ``Token <token>`` for ``PLAIN``,
    ``Token <Base64 of its UTF-8 bytes>`` otherwise. The result holds the secret: do not log it."""
    if not isinstance(token, CredentialsToken):
        raise HeaderUsageError("authorization_header needs a CredentialsToken, not plain text")
    encoding = _encoding(encoding)
    if encoding is TokenEncoding.PLAIN:
        return f"{TOKEN_SCHEME} {token.reveal()}"
    encoded = base64.b64encode(token.reveal().encode()).decode("ascii")
    return f"{TOKEN_SCHEME} {encoded}"


def _strict_b64decode(text: str) -> str | None:
    # validate=True refuses characters outside the standard alphabet and bad padding; the
    # re-encoding refuses non-zero spare bits ("QR==" for "QQ=="), so each token has one form
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return None
    if not raw or base64.b64encode(raw).decode("ascii") != text:
        return None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _credential_text(header_value: str | None) -> str:
    if header_value is None:
        raise AuthorizationError(AuthorizationProblem.MISSING)
    if len(header_value) > MAX_AUTHORIZATION_LENGTH:
        raise AuthorizationError(AuthorizationProblem.TOO_LONG)
    if _HEADER_TEXT.fullmatch(header_value) is None:
        raise AuthorizationError(AuthorizationProblem.BAD_CHARACTER)
    if header_value.startswith(" "):
        raise AuthorizationError(AuthorizationProblem.EXTRA_SPACE)
    scheme, _, rest = header_value.partition(" ")
    if scheme.lower() != TOKEN_SCHEME.lower():
        raise AuthorizationError(AuthorizationProblem.WRONG_SCHEME)
    if not rest.strip(" "):
        raise AuthorizationError(AuthorizationProblem.EMPTY_TOKEN)
    if " " in rest:
        raise AuthorizationError(AuthorizationProblem.EXTRA_SPACE)
    return rest


def token_candidates(
    header_value: str | None, encoding: TokenEncoding
) -> tuple[CredentialsToken, ...]:
    """The tokens a server must look up for this ``Authorization`` value, never empty.

    Order: the Base64 decoding first (the form the spec requires since 2.2.1), then the text as
    sent (``ACCEPT_BOTH`` only). Look up every candidate and accept only a single owner (see
    :func:`match_token`); stopping at the first hit would let a token that reads as the Base64
    of another party's token be taken for it. Raises :class:`AuthorizationError` (see the
    module's table) when nothing can be looked up.
    """
    encoding = _encoding(encoding)
    text = _credential_text(header_value)
    found: list[CredentialsToken] = []
    if encoding is not TokenEncoding.PLAIN:
        decoded = _strict_b64decode(text)
        if decoded is None and encoding is TokenEncoding.BASE64:
            raise AuthorizationError(AuthorizationProblem.NOT_BASE64)
        token = None if decoded is None else _token_or_none(decoded)
        if token is not None:
            found.append(token)
    if encoding is not TokenEncoding.BASE64:
        token = _token_or_none(text)
        if token is not None:
            found.append(token)
    if not found:
        raise AuthorizationError(AuthorizationProblem.BAD_TOKEN)
    return tuple(found)


def match_token(
    header_value: str | None,
    encoding: TokenEncoding,
    known: Mapping[CredentialsToken, T] | Iterable[tuple[CredentialsToken, T]],
) -> T | None:
    """The entry of ``known`` whose token this ``Authorization`` value carries, or ``None``.

    Every candidate is compared with every known token, each comparison in constant time and
    none skipped after a hit, so the time taken depends on the store's size, not on which token
    matched or how much of it. ``None`` means no known token matched: answer with
    ``AuthorizationError(AuthorizationProblem.UNKNOWN_TOKEN)``. When candidates match entries
    that differ (``!=``), raises ``AuthorizationError`` with ``AMBIGUOUS`` rather than guess; two
    tokens of one entry (a rotation in progress) are fine. A malformed value raises as
    :func:`token_candidates` does.

    The scan is linear in the store; for a large one, index by :attr:`CredentialsToken.digest`
    (or key a dict by the tokens) and look each of :func:`token_candidates` up there, which is
    also how an adapter with an asynchronous store proceeds.
    """
    candidates = token_candidates(header_value, encoding)
    pairs = known.items() if isinstance(known, Mapping) else known
    matched: list[T] = []
    for token, entry in pairs:
        if not isinstance(token, CredentialsToken):
            raise HeaderUsageError("match_token needs CredentialsToken keys, not plain text")
        hit = False
        for candidate in candidates:
            hit |= hmac.compare_digest(candidate.digest, token.digest)
        if hit:
            matched.append(entry)
    if not matched:
        return None
    first = matched[0]
    if any(entry != first for entry in matched[1:]):
        raise AuthorizationError(AuthorizationProblem.AMBIGUOUS)
    return first


# ---------------------------------------------------------------------------------------------
# reading headers


def _collect(headers: Headers, names: Iterable[str]) -> dict[str, list[str]]:
    """The values of the wanted headers, by wanted name, matching names case-insensitively."""
    wanted = {name.lower(): name for name in names}
    found: dict[str, list[str]] = {name: [] for name in wanted.values()}
    pairs = headers.items() if isinstance(headers, Mapping) else headers
    for name, value in pairs:
        canonical = wanted.get(name.lower())
        if canonical is not None:
            found[canonical].append(value)
    return found


# ---------------------------------------------------------------------------------------------
# request and correlation ids


def request_ids_defined(version: OcpiVersion | OcpiVersionText) -> bool:
    """Whether ``version`` defines ``X-Request-ID`` and ``X-Correlation-ID`` (2.2.1 on).

    Sending them to a 2.1.1 peer does no harm (unknown headers are ignored); reading them from
    one is merely never required.
    """
    return _version(version) in _SINCE_221


def new_unique_id() -> str:
    """A new id: a random UUID in its 36-character text form, as the spec advises."""
    return str(uuid.uuid4())


def _id_problem(value: str) -> IdProblem | None:
    if len(value) > MAX_REQUEST_ID_LENGTH:
        return IdProblem.TOO_LONG
    if _REQUEST_ID.fullmatch(value) is None:
        return IdProblem.BAD_CHARACTER
    return None


def _check_own_id(_instance: object, attribute: "attrs.Attribute[str]", value: str) -> None:
    if not isinstance(value, str) or _id_problem(value) is not None:
        raise HeaderUsageError(
            f"{attribute.name} must be 1 to {MAX_REQUEST_ID_LENGTH} characters of printable "
            "ASCII, without leading or trailing spaces"
        )


@attrs.frozen(kw_only=True)
class RequestIds:
    """The ``X-Request-ID`` and ``X-Correlation-ID`` of one request and its response.

    ==================================================  =========================================
    message                                             ids
    ==================================================  =========================================
    a new request (:meth:`new`)                         two new ids (the spec's diagrams show
                                                        them different)
    the response to a request (:meth:`for_response`)    both ids of the request
    a request made while handling one, or a hub's       the correlation id of the request, a
    forward of it (:meth:`for_onward_request`)          new request id
    ==================================================  =========================================
    """

    request_id: str = attrs.field(validator=_check_own_id)
    correlation_id: str = attrs.field(validator=_check_own_id)

    @classmethod
    def new(cls, new_id: IdFactory = new_unique_id) -> "RequestIds":
        """Ids for a request that starts a new exchange: request id first, then correlation id,
        each from ``new_id``."""
        return cls(request_id=new_id(), correlation_id=new_id())

    def for_response(self) -> "RequestIds":
        """The ids the response to this request carries: the same two."""
        return self

    def for_onward_request(self, new_id: IdFactory = new_unique_id) -> "RequestIds":
        """The ids of a request made on behalf of this one: same correlation id, new request
        id."""
        return RequestIds(request_id=new_id(), correlation_id=self.correlation_id)

    def to_headers(self) -> dict[str, str]:
        """The two headers, ready to send."""
        return {X_REQUEST_ID: self.request_id, X_CORRELATION_ID: self.correlation_id}


@attrs.frozen(kw_only=True)
class ReceivedRequestIds:
    """The ids read from a request (:func:`read_request_ids`) and what was wrong with them.

    ``ids`` always holds usable ids: those received, or new ones where a header was missing,
    repeated or bad (``request_id_problem`` / ``correlation_id_problem`` say which).
    """

    ids: RequestIds
    request_id_problem: IdProblem | None = None
    correlation_id_problem: IdProblem | None = None

    @property
    def replaced(self) -> bool:
        """Whether any id had to be made up."""
        return self.request_id_problem is not None or self.correlation_id_problem is not None


def read_request_ids(
    headers: Headers,
    version: OcpiVersion | OcpiVersionText,
    *,
    strict: bool = False,
    new_id: IdFactory = new_unique_id,
) -> ReceivedRequestIds:
    """The request and correlation ids of a received request, for its handling and response.

    A missing, repeated or bad id is replaced by one from ``new_id`` (request id first) and the
    problem reported: the ids exist for debugging, the spec names no reply for them, and 2.1.1
    peers send none, so refusing would only break traffic. With ``strict=True`` and a version
    that defines the ids, the first problem raises :class:`RequestIdError` instead. A bad value
    is never kept, so it never reaches a response header.
    """
    required = request_ids_defined(version)
    values = _collect(headers, (X_REQUEST_ID, X_CORRELATION_ID))
    chosen: dict[str, str] = {}
    problems: dict[str, IdProblem | None] = {}
    for header in (X_REQUEST_ID, X_CORRELATION_ID):
        found = values[header]
        problem: IdProblem | None
        if not found:
            problem = IdProblem.MISSING
        elif len(found) > 1:
            problem = IdProblem.REPEATED
        else:
            problem = _id_problem(found[0])
        if problem is not None and strict and required:
            raise RequestIdError(header, problem)
        problems[header] = problem
        chosen[header] = found[0] if problem is None else _own_id(new_id)
    return ReceivedRequestIds(
        ids=RequestIds(request_id=chosen[X_REQUEST_ID], correlation_id=chosen[X_CORRELATION_ID]),
        request_id_problem=problems[X_REQUEST_ID],
        correlation_id_problem=problems[X_CORRELATION_ID],
    )


def _own_id(new_id: IdFactory) -> str:
    value = new_id()
    if not isinstance(value, str) or _id_problem(value) is not None:
        raise HeaderUsageError("the id factory made an id that cannot be sent in a header")
    return value


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
