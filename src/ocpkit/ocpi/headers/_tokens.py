"""The credentials token (:class:`CredentialsToken`) and the ``Authorization`` header that
carries it: writing it (:func:`authorization_header`) and reading it (:func:`token_candidates`,
:func:`match_token`), with the rules in the package docstring's first two tables."""

import base64
import binascii
import hashlib
import hmac
import re
from collections.abc import Iterable, Mapping
from enum import StrEnum
from typing import Final, NoReturn, TypeVar, final

import attrs

from ocpkit.ocpi.status import AuthenticationFailed, InvalidOrMissingParameters, OcpiVersionText
from ocpkit.ocpi.version import OcpiVersion

from ._common import HeaderError, HeaderUsageError, _version

__all__ = [
    "AUTHORIZATION",
    "MAX_AUTHORIZATION_LENGTH",
    "MAX_TOKEN_LENGTH",
    "TOKEN_SCHEME",
    "AuthorizationError",
    "AuthorizationProblem",
    "CredentialsToken",
    "CredentialsTokenError",
    "TokenEncoding",
    "authorization_header",
    "default_token_encoding",
    "match_token",
    "token_candidates",
]

T = TypeVar("T")

AUTHORIZATION: Final = "Authorization"
"""Header carrying the credentials token."""
TOKEN_SCHEME: Final = "Token"
"""The authorization scheme OCPI uses (read case-insensitively, written like this)."""

MAX_TOKEN_LENGTH: Final = 64
"""The longest credentials token: ``string(64)`` in every version."""
MAX_AUTHORIZATION_LENGTH: Final = 1024
"""The longest ``Authorization`` value read; the longest valid one (``Token``, a space and a
64-character token in Base64) has 94 characters."""

_TOKEN: Final = re.compile(r"[\x21-\x7e]+")
_HEADER_TEXT: Final = re.compile(r"[\x20-\x7e]*")


# ---------------------------------------------------------------------------------------------
# errors


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
    package's table) when nothing can be looked up.
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
