"""What happens before the first OCPP frame: subprotocol negotiation, the charging station's
identity, HTTP Basic authentication (security profiles 1 and 2) and TLS contexts (profiles 2
and 3). Sans-IO: these functions read and build header values; the adapters do the I/O.

Facts (OCPP-J 1.6, the 1.6 security whitepaper, OCPP 2.0.1/2.1 part 4):

* subprotocols ``ocpp1.6``, ``ocpp2.0.1``, ``ocpp2.1`` (``ocpp2.0`` exists and is recognised,
  but ocpkit does not speak OCPP 2.0); the client offers a list in preference order, the server
  picks one; when none fits, the server completes the handshake *without* a
  ``Sec-WebSocket-Protocol`` header and closes the connection at once;
* the charging station identity is the last segment of the URL path, percent-encoded there;
  it is at most 48 characters and holds no ``:`` (it is the Basic-auth user name);
* Basic auth: user name = identity; OCPP 2.x password 16 to 40 characters; OCPP 1.6 takes the
  password from the ``AuthorizationKey`` configuration key, which is written hex-encoded
  (16 to 20 bytes once decoded);
* profile 2 is TLS with server authentication plus Basic auth, profile 3 TLS with client
  certificates; both require TLS 1.2 or newer.
"""

import base64
import binascii
import hmac
import ssl
from collections.abc import Iterable, Sequence
from enum import StrEnum
from pathlib import Path
from typing import Final
from urllib.parse import unquote, urlsplit

import attrs

from ocpkit._errors import OcpkitError
from ocpkit.ocpp.version import OcppVersion

__all__ = [
    "BasicCredentials",
    "IdentityError",
    "NegotiationError",
    "Subprotocol",
    "SubprotocolChoice",
    "authorization_key_password",
    "basic_auth_header",
    "check_password",
    "client_ssl_context",
    "identity_from_path",
    "offer_subprotocols",
    "parse_basic_auth",
    "select_subprotocol",
    "server_ssl_context",
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


def identity_from_path(path: str) -> str:
    """The charging station identity: the last segment of the request path, percent-decoded.

    Accepts a full URL or a request target (``/ocpp/CS-0001?x=1``). Raises
    :class:`IdentityError` for an empty identity, one longer than 48 characters, or one that
    contains ``:`` (which would break Basic authentication) or control characters.
    """
    target = urlsplit(path).path if "://" in path else path.split("?", 1)[0].split("#", 1)[0]
    segment = target.rstrip("/").rsplit("/", 1)[-1]
    try:
        identity = unquote(segment, errors="strict")
    except UnicodeDecodeError:
        raise IdentityError("the identity is not valid percent-encoded UTF-8") from None
    if not identity:
        raise IdentityError("the URL path names no charging station identity")
    if len(identity) > MAX_IDENTITY_LENGTH:
        raise IdentityError(f"the identity is longer than {MAX_IDENTITY_LENGTH} characters")
    if ":" in identity:
        raise IdentityError("the identity contains ':'")
    if any(ord(ch) < 0x20 or ord(ch) == 0x7F for ch in identity):
        raise IdentityError("the identity contains control characters")
    return identity


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


def _tls12_or_newer(context: ssl.SSLContext) -> ssl.SSLContext:
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


def server_ssl_context(
    certfile: str | Path,
    keyfile: str | Path | None = None,
    *,
    client_ca: str | Path | None = None,
) -> ssl.SSLContext:
    """A CSMS's TLS context: profile 2 without ``client_ca``, profile 3 (client certificates
    required and checked against ``client_ca``) with it. TLS 1.2 or newer."""
    context = _tls12_or_newer(ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER))
    context.load_cert_chain(str(certfile), str(keyfile) if keyfile is not None else None)
    if client_ca is not None:
        context.verify_mode = ssl.CERT_REQUIRED
        context.load_verify_locations(cafile=str(client_ca))
    return context


def client_ssl_context(
    cafile: str | Path | None = None,
    *,
    certfile: str | Path | None = None,
    keyfile: str | Path | None = None,
) -> ssl.SSLContext:
    """A charging station's TLS context: verifies the CSMS (against ``cafile`` or the system
    store); with ``certfile`` it presents a client certificate (profile 3). TLS 1.2 or newer."""
    context = _tls12_or_newer(ssl.create_default_context(cafile=str(cafile) if cafile else None))
    if certfile is not None:
        context.load_cert_chain(str(certfile), str(keyfile) if keyfile is not None else None)
    return context
