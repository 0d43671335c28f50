"""How a CSMS decides a station's opening handshake, sans-IO: read the upgrade request into a
:class:`Handshake`, let an authenticator answer :class:`Accept` or :class:`Refuse`, and check
Basic-auth passwords against salted hashes so the CSMS never stores a plaintext.

The order of the decision (written out in :func:`read_handshake` and the server):

====  ===================================================  =====================================
step  check                                                refusal
====  ===================================================  =====================================
1     the identity, read from the request path after the   HTTP 404 with a fixed body (the input
      configured prefix, in the configured character set   is never quoted back or logged)
2     the authenticator (``basic_auth(...)`` or your own)  its :class:`Refuse` (401 by default,
                                                           with a Basic challenge)
3     a subprotocol both sides speak                       none: the upgrade completes without a
                                                           ``Sec-WebSocket-Protocol`` header and
                                                           the server closes with 1002 (OCPP-J)
====  ===================================================  =====================================

The authenticator runs before the subprotocol is looked at, so a peer that has not
authenticated learns nothing about the versions served. It sees the chosen version anyway
(``None`` when there is no common one).

Nothing here does I/O: no sockets, no clock, no threads. :func:`hash_password` and the
``hashes=`` form of :func:`basic_auth` use ``hashlib.scrypt``, which costs CPU by design
(about 50 ms per check with the defaults): see :func:`hash_password` for the trade-off.
"""

import base64
import binascii
import contextlib
import hashlib
import hmac
import os
from collections import Counter
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from http import HTTPStatus
from typing import Final, Generic, TypeAlias

import attrs
from typing_extensions import TypeVar

from ocpkit.ocpp.negotiation import (
    BasicCredentials,
    ClientCertificate,
    IdentityCharset,
    IdentityError,
    NegotiationError,
    identity_from_path,
    parse_basic_auth,
    parse_offer,
    select_subprotocol,
)
from ocpkit.ocpp.version import OcppVersion

__all__ = [
    "Accept",
    "Authenticate",
    "Handshake",
    "HashLookup",
    "PasswordHashError",
    "PasswordLookup",
    "Refuse",
    "basic_auth",
    "hash_password",
    "read_handshake",
    "verify_password",
]

ContextT = TypeVar("ContextT", default=None)
ContextT_co = TypeVar("ContextT_co", covariant=True, default=None)

# Header values that carry secrets: never shown in a repr.
_SECRET_HEADERS: Final = frozenset({"authorization", "proxy-authorization", "cookie"})
_CHALLENGE: Final = ("WWW-Authenticate", 'Basic realm="OCPP", charset="UTF-8"')
_IDENTITY_REFUSED: Final = "the request path names no acceptable charging station identity"


class PasswordHashError(NegotiationError):
    """A stored password hash is not one :func:`hash_password` wrote (the hash is never
    quoted)."""


def _headers_repr(headers: tuple[tuple[str, str], ...]) -> str:
    shown = [
        (name, "<redacted>" if name.lower() in _SECRET_HEADERS else value)
        for name, value in headers
    ]
    return repr(tuple(shown))


@attrs.frozen(kw_only=True)
class Handshake:
    """A station's WebSocket upgrade request, as an authenticator sees it.

    ``identity``: the charging station identity from the path (already checked). ``path``: the
    request target as received. ``offered``: the subprotocols offered, in the station's order.
    ``subprotocol`` / ``version``: what the CSMS will speak (``None`` when nothing offered is
    served). ``credentials``: the ``Authorization: Basic`` user and password, or ``None`` when
    there is no such header, more than one, or it is malformed. ``headers``: every request
    header (secret ones are redacted in the repr). ``remote_address``: the peer's
    ``(host, port)`` when the transport knows it. ``client_certificate``: the certificate the
    station presented over mutual TLS (security profile 3), else ``None``.
    """

    identity: str
    path: str
    offered: tuple[str, ...] = ()
    subprotocol: str | None = None
    version: OcppVersion | None = None
    credentials: BasicCredentials | None = None
    headers: tuple[tuple[str, str], ...] = attrs.field(default=(), repr=_headers_repr)
    remote_address: tuple[str, int] | None = None
    client_certificate: ClientCertificate | None = None

    def header(self, name: str) -> str | None:
        """The first value of header ``name`` (case-insensitive), or ``None``."""
        values = self.header_values(name)
        return values[0] if values else None

    def header_values(self, name: str) -> tuple[str, ...]:
        """Every value of header ``name`` (case-insensitive), in the order received."""
        wanted = name.lower()
        return tuple(value for key, value in self.headers if key.lower() == wanted)


@attrs.frozen
class Accept(Generic[ContextT_co]):
    """Let the station in; ``context`` becomes ``session.context`` for the whole connection
    (your per-station state: a database row, a tenant, a rate limiter...)."""

    context: ContextT_co


def _http_error(instance: object, attribute: "attrs.Attribute[int]", value: int) -> None:
    if not 400 <= value <= 599:
        raise NegotiationError(f"{attribute.name} must be an HTTP error status (400-599)")


@attrs.frozen(kw_only=True)
class Refuse:
    """Turn the station away with HTTP ``status`` before the upgrade.

    ``reason`` is for the CSMS's own log, never sent: the body is the status's standard
    phrase, so nothing of the request or the verdict leaks to the peer. ``headers`` are added
    to the answer (``Retry-After`` on a 503, say); a 401 carries the Basic challenge
    (``WWW-Authenticate``) unless ``headers`` already has one.
    """

    status: int = attrs.field(default=401, validator=_http_error)
    reason: str = ""
    headers: tuple[tuple[str, str], ...] = ()

    @property
    def body(self) -> str:
        """The response body: the status phrase (``"Unauthorized\\n"``)."""
        try:
            phrase = HTTPStatus(self.status).phrase
        except ValueError:
            phrase = "Error"
        return f"{phrase}\n"

    @property
    def response_headers(self) -> tuple[tuple[str, str], ...]:
        """The headers to answer with, the Basic challenge included on a 401."""
        if self.status == 401 and not any(
            name.lower() == "www-authenticate" for name, _ in self.headers
        ):
            return (*self.headers, _CHALLENGE)
        return self.headers


Authenticate: TypeAlias = Callable[
    [Handshake], Accept[ContextT] | Refuse | Awaitable[Accept[ContextT] | Refuse]
]
"""``authenticate(handshake)``: :class:`Accept` (with the session's context) or
:class:`Refuse`, returned at once or awaited. A synchronous one keeps the handshake on the
transport's fast path; make it ``async`` only when it must wait (a database, a remote
service). An exception it raises is logged and answered with a bare HTTP 500."""

PasswordLookup: TypeAlias = Callable[[str], str | bytes | None]
"""``password_for(identity)``: the identity's Basic-auth password, or ``None`` to refuse it."""

HashLookup: TypeAlias = Callable[[str], str | None]
"""``hash_for(identity)``: the identity's :func:`hash_password` string, or ``None``."""


# -- reading the request ----------------------------------------------------------------------


def _credentials(headers: Sequence[tuple[str, str]]) -> BasicCredentials | None:
    values = [value for name, value in headers if name.lower() == "authorization"]
    if len(values) != 1:
        return None  # none, or ambiguous: refused like a wrong password
    try:
        return parse_basic_auth(values[0])
    except NegotiationError:
        return None


def read_handshake(
    path: str,
    headers: Sequence[tuple[str, str]],
    *,
    versions: Sequence[OcppVersion],
    remote_address: tuple[str, int] | None = None,
    client_certificate: ClientCertificate | None = None,
    prefix: str = "/",
    charset: IdentityCharset = IdentityCharset.STRICT,
) -> Handshake | Refuse:
    """Read an upgrade request: the :class:`Handshake` to authenticate, or the refusal.

    The identity is the last path segment after ``prefix``, in ``charset`` (see
    :func:`~ocpkit.ocpp.negotiation.identity_from_path`); a path that names none is refused
    with 404 and a fixed reason. The subprotocol is the station's first offer among
    ``versions``.
    """
    try:
        identity = identity_from_path(path, prefix=prefix, charset=charset)
    except IdentityError:
        return Refuse(status=404, reason=_IDENTITY_REFUSED)
    offered = parse_offer(
        value for name, value in headers if name.lower() == "sec-websocket-protocol"
    )
    choice = select_subprotocol(offered, versions)
    return Handshake(
        identity=identity,
        path=path,
        offered=choice.offered,
        subprotocol=choice.subprotocol,
        version=choice.version,
        credentials=_credentials(headers),
        headers=tuple(headers),
        remote_address=remote_address,
        client_certificate=client_certificate,
    )


# -- password hashes ----------------------------------------------------------------------------

_SCHEME: Final = "scrypt"
_SALT_BYTES: Final = 16
_KEY_BYTES: Final = 32
# scrypt needs 128 * r * n bytes; OpenSSL's default ceiling (32 MiB) is too low for n = 2**15.
_MAX_MEMORY: Final = 256 * 1024 * 1024


def _secret(password: str | bytes) -> bytes:
    return password.encode("utf-8") if isinstance(password, str) else password


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4), validate=True)


def hash_password(
    password: str | bytes, *, log2_n: int = 14, r: int = 8, p: int = 1, salt: bytes | None = None
) -> str:
    """A salted scrypt hash of ``password`` for :func:`basic_auth` (``hashes=``), as one
    self-describing string: ``scrypt$ln=14,r=8,p=1$<salt>$<key>`` (base64 without padding).

    The cost travels with the hash, so raising it later leaves old hashes valid. The default
    (n = 2**14, r = 8: 16 MiB, about 50 ms of CPU) suits passwords a person chose; OCPP's
    station passwords are machine-made, 16 to 40 characters, where a lower ``log2_n`` (12:
    about 12 ms) keeps reconnect storms and floods of wrong passwords cheap for the CSMS.
    ``salt`` is random unless given (tests only).
    """
    if not 1 <= log2_n <= 20 or r < 1 or p < 1:
        raise PasswordHashError("scrypt needs 1 <= log2_n <= 20, r >= 1 and p >= 1")
    salt = os.urandom(_SALT_BYTES) if salt is None else salt
    key = _scrypt(_secret(password), salt, log2_n, r, p)
    return f"{_SCHEME}$ln={log2_n},r={r},p={p}${_b64(salt)}${_b64(key)}"


def _scrypt(secret: bytes, salt: bytes, log2_n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        secret, salt=salt, n=2**log2_n, r=r, p=p, maxmem=_MAX_MEMORY, dklen=_KEY_BYTES
    )


@attrs.frozen
class _Parsed:
    log2_n: int
    r: int
    p: int
    salt: bytes
    key: bytes


def _parse_hash(stored: str) -> _Parsed:
    try:
        scheme, params, salt, key = stored.split("$")
        fields = dict(item.split("=", 1) for item in params.split(","))
        parsed = _Parsed(
            int(fields["ln"]), int(fields["r"]), int(fields["p"]), _unb64(salt), _unb64(key)
        )
    except (ValueError, KeyError, binascii.Error):
        raise PasswordHashError("not a password hash written by hash_password()") from None
    if scheme != _SCHEME or not 1 <= parsed.log2_n <= 20 or parsed.r < 1 or parsed.p < 1:
        raise PasswordHashError("not a password hash written by hash_password()")
    if not parsed.salt or len(parsed.key) != _KEY_BYTES:
        raise PasswordHashError("not a password hash written by hash_password()")
    return parsed


def verify_password(stored: str, password: str | bytes) -> bool:
    """Whether ``password`` is the one :func:`hash_password` turned into ``stored`` (the keys
    are compared in constant time). Raises :class:`PasswordHashError` for a malformed
    ``stored``."""
    return _verify(_parse_hash(stored), password)


def _verify(parsed: _Parsed, password: str | bytes) -> bool:
    key = _scrypt(_secret(password), parsed.salt, parsed.log2_n, parsed.r, parsed.p)
    return hmac.compare_digest(key, parsed.key)


# Hashed with when an identity is unknown, so that an unknown identity takes as long to refuse
# as a wrong password (no probing for identities by timing), at the cost of the stored hashes.
_DECOY_SALT: Final = b"ocpkit-decoy-salt"
_DEFAULT_COST: Final = (14, 8, 1)

_Cost: TypeAlias = tuple[int, int, int]


def _usual_cost(hashes: Iterable[str]) -> _Cost:
    """The scrypt cost most of ``hashes`` carry (the default when none can be read)."""
    costs: Counter[_Cost] = Counter()
    for stored in hashes:
        with contextlib.suppress(PasswordHashError):
            parsed = _parse_hash(stored)
            costs[parsed.log2_n, parsed.r, parsed.p] += 1
    return costs.most_common(1)[0][0] if costs else _DEFAULT_COST


# -- authenticators ----------------------------------------------------------------------------


def _name_matches(credentials: BasicCredentials, identity: str) -> bool:
    return hmac.compare_digest(credentials.username.encode("utf-8"), identity.encode("utf-8"))


def basic_auth(
    password: str | bytes | PasswordLookup | None = None,
    /,
    *,
    hashes: HashLookup | Mapping[str, str] | None = None,
) -> Callable[[Handshake], Accept[None] | Refuse]:
    """An authenticator for HTTP Basic auth (security profiles 1 and 2): the user name must
    be the station identity and the password right, else 401 with a Basic challenge.

    Pass exactly one of: ``password`` (one password for every station), a
    :data:`PasswordLookup` (``passwords.get``), or ``hashes=`` (a mapping or a
    :data:`HashLookup` of :func:`hash_password` strings: the CSMS never holds a plaintext).
    Comparisons run in constant time, and an unknown identity costs as much as a wrong
    password: with ``hashes=``, it is hashed at the cost most of a mapping's hashes carry, or,
    for a lookup, at the cost of the last hash checked (the default cost until then). The
    context is ``None``; to carry one, call this from your own authenticator
    and return ``Accept(your_context)`` when it accepts.
    """
    if (password is None) == (hashes is None):
        raise TypeError("basic_auth() takes a password, a password lookup or hashes=, one of them")
    if hashes is not None:
        if callable(hashes):
            return _HashedBasicAuth(hashes)
        return _HashedBasicAuth(hashes.get, _usual_cost(hashes.values()))
    assert password is not None
    lookup: PasswordLookup = password if callable(password) else _Fixed(_secret(password))
    return _PlainBasicAuth(lookup)


@attrs.frozen
class _Fixed:
    secret: bytes = attrs.field(repr=False)

    def __call__(self, identity: str) -> bytes:
        return self.secret


def _refused(reason: str) -> Refuse:
    return Refuse(status=401, reason=reason)


@attrs.frozen
class _PlainBasicAuth:
    lookup: PasswordLookup = attrs.field(repr=False)

    def __call__(self, handshake: Handshake) -> Accept[None] | Refuse:
        credentials = handshake.credentials
        if credentials is None:
            return _refused("no valid Basic credentials")
        expected = self.lookup(handshake.identity)
        # Compared even when the identity is unknown, so both refusals take the same time.
        secret = _secret(expected) if expected is not None else b"\0" * len(credentials.password)
        password_ok = hmac.compare_digest(credentials.password, secret)
        if expected is None or not (_name_matches(credentials, handshake.identity) and password_ok):
            return _refused("wrong Basic credentials")
        return Accept(None)


@attrs.define
class _HashedBasicAuth:
    lookup: HashLookup = attrs.field(repr=False)
    decoy_cost: _Cost = _DEFAULT_COST
    """The cost an unknown identity's password is hashed at: that of the hashes checked."""

    def __call__(self, handshake: Handshake) -> Accept[None] | Refuse:
        credentials = handshake.credentials
        if credentials is None:
            return _refused("no valid Basic credentials")
        stored = self.lookup(handshake.identity)
        if stored is None:
            _scrypt(credentials.password, _DECOY_SALT, *self.decoy_cost)
            return _refused("wrong Basic credentials")
        parsed = _parse_hash(stored)
        self.decoy_cost = (parsed.log2_n, parsed.r, parsed.p)
        password_ok = _verify(parsed, credentials.password)
        if not (_name_matches(credentials, handshake.identity) and password_ok):
            return _refused("wrong Basic credentials")
        return Accept(None)
