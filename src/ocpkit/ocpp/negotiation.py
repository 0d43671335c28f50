"""What happens before the first OCPP frame: subprotocol negotiation, the charging station's
identity, HTTP Basic authentication (security profiles 1 and 2) and what a client certificate
says (profile 3). Sans-IO and free of file I/O: these functions read and build header values;
the adapters do the I/O, and the TLS contexts are built in :mod:`ocpkit.ocpp.security`.

Facts (OCPP-J 1.6, the 1.6 security whitepaper, OCPP 2.0.1/2.1 part 4):

* subprotocols ``ocpp1.6``, ``ocpp2.0.1``, ``ocpp2.1`` (``ocpp2.0`` exists and is recognised,
  but ocpkit does not speak OCPP 2.0); the client offers a list in preference order, the server
  picks one; when none fits, the server completes the handshake *without* a
  ``Sec-WebSocket-Protocol`` header and closes the connection at once;
* the charging station identity is the last segment of the URL path, percent-encoded there;
  it is at most 48 characters, an ``identifierString`` (OCPP 2.0.1 part 2, primitive datatypes:
  ``a-z A-Z 0-9 * - _ = : + | @ .``), and holds no ``:`` (it is the Basic-auth user name);
* Basic auth: user name = identity; OCPP 2.x password 16 to 40 characters; OCPP 1.6 takes the
  password from the ``AuthorizationKey`` configuration key, which is written hex-encoded
  (16 to 20 bytes once decoded);
* profile 2 is TLS with server authentication plus Basic auth, profile 3 TLS with client
  certificates; both require TLS 1.2 or newer.
"""

import base64
import binascii
import hmac
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from enum import StrEnum
from typing import Final

import attrs

from ocpkit._errors import OcpkitError
from ocpkit.ocpp.version import OcppVersion

__all__ = [
    "ALWAYS_REFUSED_CHARACTERS",
    "IDENTIFIER_STRING_CHARACTERS",
    "MAX_IDENTITY_LENGTH",
    "REFUSED_CATEGORIES",
    "STRICT_IDENTITY_CHARACTERS",
    "BasicCredentials",
    "ClientCertificate",
    "IdentityCharset",
    "IdentityError",
    "NegotiationError",
    "Subprotocol",
    "SubprotocolChoice",
    "authorization_key_password",
    "basic_auth_header",
    "check_password",
    "identity_from_path",
    "offer_subprotocols",
    "parse_basic_auth",
    "select_subprotocol",
]


class NegotiationError(OcpkitError, ValueError):
    """A handshake value is malformed or breaks an OCPP rule."""


class IdentityError(NegotiationError):
    """The charging station identity in the URL is missing or not allowed."""


class Subprotocol(StrEnum):
    """The WebSocket subprotocol names of OCPP-J."""

    OCPP16 = "ocpp1.6"
    OCPP20 = "ocpp2.0"
    OCPP201 = "ocpp2.0.1"
    OCPP21 = "ocpp2.1"

    @property
    def version(self) -> OcppVersion | None:
        """The OCPP version ocpkit speaks under this name (``None`` for OCPP 2.0)."""
        return _VERSIONS.get(self)

    @classmethod
    def for_version(cls, version: OcppVersion) -> "Subprotocol":
        """The subprotocol name of ``version``."""
        return _NAMES[version]


_VERSIONS: Final = {
    Subprotocol.OCPP16: OcppVersion.V16,
    Subprotocol.OCPP201: OcppVersion.V201,
    Subprotocol.OCPP21: OcppVersion.V21,
}
_NAMES: Final = {version: name for name, version in _VERSIONS.items()}

# RFC 1006/6455: 1002 is "protocol error", the closest code for "no common subprotocol".
NO_SUBPROTOCOL_CLOSE_CODE: Final = 1002


def offer_subprotocols(versions: Iterable[OcppVersion]) -> list[str]:
    """The ``Sec-WebSocket-Protocol`` values a client offers, in its order of preference."""
    offered: list[str] = []
    for version in versions:
        name = Subprotocol.for_version(version).value
        if name not in offered:
            offered.append(name)
    if not offered:
        raise NegotiationError("a client must offer at least one OCPP version")
    return offered


@attrs.frozen
class SubprotocolChoice:
    """The server's answer to a client's offer.

    ``subprotocol`` is the value to send back in ``Sec-WebSocket-Protocol`` and ``version`` the
    OCPP version to speak; both are ``None`` when nothing offered is supported, in which case the
    server completes the handshake without the header and closes with ``close_code``.
    """

    subprotocol: str | None
    version: OcppVersion | None
    offered: tuple[str, ...]
    close_code: int | None = None

    @property
    def accepted(self) -> bool:
        """Whether a common version was found."""
        return self.version is not None


def parse_offer(header_values: Iterable[str]) -> tuple[str, ...]:
    """The subprotocols in one or more ``Sec-WebSocket-Protocol`` header values, in order."""
    out: list[str] = []
    for value in header_values:
        out.extend(token.strip() for token in value.split(",") if token.strip())
    return tuple(out)


def select_subprotocol(
    offered: Sequence[str], supported: Sequence[OcppVersion]
) -> SubprotocolChoice:
    """Pick the subprotocol to answer with: the client's first offer that the server supports.

    Subprotocol names are compared exactly (RFC 6455 tokens are case-sensitive). The client's
    order wins, as RFC 6455 leaves the choice to the server but OCPP has the client list its
    preference first.
    """
    supported_names = {Subprotocol.for_version(v).value for v in supported}
    for name in offered:
        if name in supported_names:
            return SubprotocolChoice(name, Subprotocol(name).version, tuple(offered))
    return SubprotocolChoice(None, None, tuple(offered), NO_SUBPROTOCOL_CLOSE_CODE)


MAX_IDENTITY_LENGTH: Final = 48
"""The longest charging-station identity, in characters once percent-decoded (the
``identity`` of OCPP 2.x's ChargingStation, also applied to 1.6)."""


class IdentityCharset(StrEnum):
    """Which characters a charging station identity may hold once percent-decoded.

    ``STRICT`` (the default): OCPP's ``identifierString`` characters ``a-z A-Z 0-9 - _ = + | @ .``
    without ``:`` (it ends the Basic-auth user name) and without ``*`` (a wildcard to many log
    searches, ACLs and shells; no station needs it). ``RELAXED``, for legacy fleets whose
    identities predate that rule: any printable, non-space character except the ones no
    identity may hold (:data:`ALWAYS_REFUSED_CHARACTERS` and the Unicode categories in
    :data:`REFUSED_CATEGORIES`). Neither charset lets a path traversal through: ``.`` and ``..``
    (written plainly or percent-encoded), an encoded ``/`` and invalid escapes are refused
    always.
    """

    STRICT = "strict"
    RELAXED = "relaxed"


IDENTIFIER_STRING_CHARACTERS: Final = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789*-_=:+|@."
)
"""OCPP 2.0.1 ``identifierString`` (part 2, primitive datatypes)."""

STRICT_IDENTITY_CHARACTERS: Final = IDENTIFIER_STRING_CHARACTERS - {":", "*"}
"""What :attr:`IdentityCharset.STRICT` accepts."""

ALWAYS_REFUSED_CHARACTERS: Final[Mapping[str, str]] = {
    ":": "it ends the Basic-auth user name",
    "/": "it separates path segments (also when written %2F)",
    "\\": "some servers and proxies read it as '/'",
    "%": "it is left over from double percent-encoding",
}
"""Characters no identity may hold, whatever the charset, with the reason."""

REFUSED_CATEGORIES: Final[Mapping[str, str]] = {
    "Cc": "control characters split log lines",
    "Cf": "format characters (U+202E and other bidi overrides) spoof what a log shows",
    "Cs": "a lone surrogate is an undecodable byte",
    "Co": "private-use characters display as anything",
    "Cn": "unassigned code points display as anything",
    "Zs": "spaces make look-alike identities",
    "Zl": "U+2028 splits log lines",
    "Zp": "U+2029 splits log lines",
}
"""Unicode general categories no identity may hold (raw or decoded), with the reason."""

# ws:// or wss:// (a station's configured URL), or http(s):// (RFC 6455 section 4.1 lets the
# request target be such an absolute URI).
_ABSOLUTE_URL: Final = re.compile(r"(?i)(?:wss?|https?)://[^/?#]*")
_BAD_ESCAPE: Final = re.compile(r"%(?![0-9A-Fa-f]{2})")
_HEX: Final = frozenset("0123456789abcdefABCDEF")
# Beyond this many raw characters a segment cannot decode to 48 characters (4 UTF-8 bytes
# per character, 3 characters per escaped byte).
_MAX_RAW_SEGMENT: Final = MAX_IDENTITY_LENGTH * 12


def _refused_category(text: str) -> bool:
    return any(unicodedata.category(ch) in REFUSED_CATEGORIES for ch in text)


def _percent_decode(segment: str) -> str:
    """Decode one raw path segment; every escape must be ``%`` and two hex digits, the bytes
    UTF-8."""
    if _BAD_ESCAPE.search(segment):
        raise IdentityError("the identity holds an invalid percent escape")
    if "%" not in segment:
        return segment
    out = bytearray()
    index = 0
    while index < len(segment):
        ch = segment[index]
        if ch == "%":
            out.append(int(segment[index + 1 : index + 3], 16))
            index += 3
        else:
            out += ch.encode("utf-8")
            index += 1
    try:
        return out.decode("utf-8")
    except UnicodeDecodeError:
        raise IdentityError("the identity is not valid percent-encoded UTF-8") from None


def _is_dots(segment: str) -> bool:
    return segment != "" and segment.strip(".") == ""


def _split_target(path: str, prefix: str) -> str:
    """The raw identity segment of ``path`` (a request target or an absolute URL)."""
    if not prefix.startswith("/"):
        raise NegotiationError("the identity path prefix must start with '/'")
    if not prefix.endswith("/"):
        prefix += "/"
    absolute = _ABSOLUTE_URL.match(path)
    target = path[absolute.end() :] if absolute else path
    target = target.split("#", 1)[0].split("?", 1)[0]
    if absolute:
        # A station's own URL: the CSMS chose the path before the identity, so any prefix is
        # taken, but it must hold no traversal and no empty segments.
        segments = target.split("/")
        if segments and segments[-1] == "":
            segments.pop()
        if len(segments) < 2 or segments[0] != "":
            raise IdentityError("the URL path names no charging station identity")
        for before in segments[1:-1]:
            if before == "" or _is_dots(_percent_decode(before)):
                raise IdentityError("the URL path holds an empty or dot segment")
        return segments[-1]
    if not target.startswith("/"):
        raise IdentityError("the request target is not a path")
    if not target.startswith(prefix):
        raise IdentityError(f"the path does not start with {prefix!r}")
    rest = target[len(prefix) :]
    if rest.endswith("/"):
        rest = rest[:-1]
    if "/" in rest:
        raise IdentityError("the path has segments between the prefix and the identity")
    return rest


def identity_from_path(
    path: str, *, prefix: str = "/", charset: IdentityCharset = IdentityCharset.STRICT
) -> str:
    """The charging station identity: the last path segment, percent-decoded and checked.

    ``path`` is the request target a CSMS received (``/ocpp/CS-0001?x=1``): it must be
    ``prefix`` (a fixed path such as ``/ocpp/``; ``/`` by default) followed by the identity
    alone, with at most one trailing ``/``. ``path`` may also be a station's own ``ws://`` /
    ``wss://`` URL: then any path may come before the identity (the CSMS chose it), as long
    as it holds no ``.``, ``..`` or empty segments.

    The identity is 1 to 48 characters of ``charset`` (see :class:`IdentityCharset`) and never
    ``.``-only. Every failure raises :class:`IdentityError`, whose message never quotes the
    input (it may end up in logs).
    """
    segment = _split_target(path, prefix)
    if not segment:
        raise IdentityError("the URL path names no charging station identity")
    if len(segment) > _MAX_RAW_SEGMENT:
        raise IdentityError(f"the identity is longer than {MAX_IDENTITY_LENGTH} characters")
    if _refused_category(segment):
        raise IdentityError("the identity holds control, format or space characters")
    identity = _percent_decode(segment)
    if len(identity) > MAX_IDENTITY_LENGTH:
        raise IdentityError(f"the identity is longer than {MAX_IDENTITY_LENGTH} characters")
    if _is_dots(identity):
        raise IdentityError("the identity is a '.' or '..' path segment")
    for ch in identity:
        if ch in ALWAYS_REFUSED_CHARACTERS:
            raise IdentityError(f"the identity holds {ch!r}: {ALWAYS_REFUSED_CHARACTERS[ch]}")
    if charset is IdentityCharset.STRICT:
        if not STRICT_IDENTITY_CHARACTERS.issuperset(identity):
            raise IdentityError(
                "the identity holds characters outside OCPP's identifierString"
                " (a-z A-Z 0-9 - _ = + | @ .)"
            )
    elif _refused_category(identity):
        raise IdentityError("the identity holds control, format or space characters")
    return identity


@attrs.frozen(kw_only=True)
class ClientCertificate:
    """The certificate a charging station presented in the TLS handshake (security profile 3).

    ``der`` is the certificate as sent (DER bytes); ``subject`` its subject name as
    :meth:`ssl.SSLSocket.getpeercert` reports it: a tuple of relative distinguished names, each a
    tuple of ``(attribute, value)`` pairs such as ``(("commonName", "CS-0001"),)``. The adapters
    fill it only for a certificate the TLS layer verified against the CSMS's ``client_ca``.
    """

    der: bytes = attrs.field(repr=lambda der: f"<{len(der)} bytes>")
    subject: tuple[tuple[tuple[str, str], ...], ...] = ()

    @property
    def common_name(self) -> str | None:
        """The subject's ``commonName`` (OCPP profile 3 puts the station identity there);
        ``None`` when there is none, or more than one (ambiguous, so not trusted)."""
        names = [value for rdn in self.subject for key, value in rdn if key == "commonName"]
        return names[0] if len(names) == 1 else None


@attrs.frozen(repr=False)
class BasicCredentials:
    """User name and password from an ``Authorization: Basic`` header (password not printed)."""

    username: str
    password: bytes

    def __repr__(self) -> str:
        return (
            f"BasicCredentials(username={self.username!r}, password=<{len(self.password)} bytes>)"
        )


PASSWORD_LENGTHS: Final = {OcppVersion.V201: (16, 40), OcppVersion.V21: (16, 40)}
AUTHORIZATION_KEY_BYTES: Final = (16, 20)


def _check_password(password: bytes, version: OcppVersion) -> None:
    if version is OcppVersion.V16:
        low, high = AUTHORIZATION_KEY_BYTES
        if not low <= len(password) <= high:
            raise NegotiationError(f"an OCPP 1.6 password is {low} to {high} bytes")
        return
    low, high = PASSWORD_LENGTHS[version]
    try:
        length = len(password.decode("utf-8"))
    except UnicodeDecodeError:
        raise NegotiationError("an OCPP 2.x password is a UTF-8 string") from None
    if not low <= length <= high:
        raise NegotiationError(f"an OCPP {version} password is {low} to {high} characters")


def authorization_key_password(authorization_key: str) -> bytes:
    """The Basic-auth password of OCPP 1.6: the hex-decoded ``AuthorizationKey`` (16-20 bytes)."""
    try:
        password = binascii.unhexlify(authorization_key.strip())
    except (binascii.Error, ValueError):
        raise NegotiationError("AuthorizationKey is not a hex string") from None
    _check_password(password, OcppVersion.V16)
    return password


def basic_auth_header(identity: str, password: str | bytes, version: OcppVersion) -> str:
    """The ``Authorization`` header value a charging station sends (profiles 1 and 2).

    ``password`` is the 2.x ``BasicAuthPassword`` (a string), or for 1.6 the decoded
    ``AuthorizationKey`` bytes (see :func:`authorization_key_password`).
    """
    if ":" in identity:
        raise IdentityError("the identity contains ':'")
    secret = password.encode("utf-8") if isinstance(password, str) else password
    _check_password(secret, version)
    token = base64.b64encode(identity.encode("utf-8") + b":" + secret).decode("ascii")
    return f"Basic {token}"


def parse_basic_auth(header: str) -> BasicCredentials:
    """Read an ``Authorization: Basic`` header value; raise :class:`NegotiationError` if broken."""
    scheme, _, token = header.strip().partition(" ")
    if scheme.lower() != "basic" or not token.strip():
        raise NegotiationError("not a Basic authorization header")
    try:
        raw = base64.b64decode(token.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise NegotiationError("the Basic credentials are not valid base64") from None
    username, colon, password = raw.partition(b":")
    if not colon:
        raise NegotiationError("the Basic credentials hold no ':'")
    try:
        name = username.decode("utf-8")
    except UnicodeDecodeError:
        raise NegotiationError("the user name is not UTF-8") from None
    return BasicCredentials(name, password)


def check_password(
    credentials: BasicCredentials, identity: str, expected_password: str | bytes
) -> bool:
    """Whether the credentials are the identity's and the password matches (constant time)."""
    expected = (
        expected_password.encode("utf-8")
        if isinstance(expected_password, str)
        else expected_password
    )
    name_ok = hmac.compare_digest(credentials.username.encode("utf-8"), identity.encode("utf-8"))
    password_ok = hmac.compare_digest(credentials.password, expected)
    return name_ok and password_ok
