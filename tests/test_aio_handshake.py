"""The sans-IO handshake decision (``ocpkit.ocpp.handshake``): reading an upgrade request into a
Handshake or a refusal, the built-in Basic-auth authenticators and the password hashes."""

import asyncio
import base64
import json
import logging
from collections.abc import Callable
from typing import Any, Final

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from websockets.exceptions import ConnectionClosed, InvalidStatus

from ocpkit.ocpp import OcppVersion, v201
from ocpkit.ocpp import handshake as handshake_module
from ocpkit.ocpp.aio import (
    ChargePointClient,
    ConnectFailed,
    CsmsServer,
    DisconnectCause,
    DuplicatePolicy,
    TransportName,
    current_session,
)
from ocpkit.ocpp.handshake import (
    Accept,
    Authenticate,
    Handshake,
    PasswordHashError,
    Refuse,
    basic_auth,
    hash_password,
    read_handshake,
    verify_password,
)
from ocpkit.ocpp.negotiation import ClientCertificate, IdentityCharset, NegotiationError

from ._aio_support import (
    NOW,
    PAIRS,
    QUIET,
    SERVERS,
    Arrivals,
    csms_router_201,
    exchange,
    raw_connect,
)

V16 = OcppVersion.V16
V201 = OcppVersion.V201
V21 = OcppVersion.V21
ALL: Final = (V16, V201, V21)
PASSWORD: Final = "correct-horse-battery-staple"
# Tests hash with a cheap scrypt cost (log2_n=2, r=1): the cost is part of the hash, and
# verification follows it.


def basic(user: str, password: str | bytes) -> tuple[str, str]:
    secret = password.encode() if isinstance(password, str) else password
    token = base64.b64encode(user.encode() + b":" + secret).decode()
    return ("Authorization", f"Basic {token}")


def offer(*names: str) -> tuple[str, str]:
    return ("Sec-WebSocket-Protocol", ", ".join(names))


# -- reading the request: (path, headers, versions, prefix, charset) -> outcome -----------------

# Outcome: ("ok", identity, subprotocol) or ("refused", status).
READ_TABLE: list[
    tuple[str, list[tuple[str, str]], tuple[OcppVersion, ...], str, Any, tuple[Any, ...]]
] = [
    ("/CS-1", [offer("ocpp2.0.1")], ALL, "/", IdentityCharset.STRICT, ("ok", "CS-1", "ocpp2.0.1")),
    (
        "/CS-1",
        [offer("ocpp2.1", "ocpp1.6")],
        (V16,),
        "/",
        IdentityCharset.STRICT,
        ("ok", "CS-1", "ocpp1.6"),
    ),
    ("/CS-1", [offer("ocpp2.0")], ALL, "/", IdentityCharset.STRICT, ("ok", "CS-1", None)),
    ("/CS-1", [], ALL, "/", IdentityCharset.STRICT, ("ok", "CS-1", None)),
    ("/CS-1?x=1", [offer("ocpp1.6")], ALL, "/", IdentityCharset.STRICT, ("ok", "CS-1", "ocpp1.6")),
    (
        "/ocpp/CS-1",
        [offer("ocpp1.6")],
        ALL,
        "/ocpp/",
        IdentityCharset.STRICT,
        ("ok", "CS-1", "ocpp1.6"),
    ),
    ("/CS~1", [offer("ocpp1.6")], ALL, "/", IdentityCharset.RELAXED, ("ok", "CS~1", "ocpp1.6")),
    ("/", [offer("ocpp1.6")], ALL, "/", IdentityCharset.STRICT, ("refused", 404)),
    ("/CS-1", [offer("ocpp1.6")], ALL, "/ocpp/", IdentityCharset.STRICT, ("refused", 404)),
    ("/CS~1", [offer("ocpp1.6")], ALL, "/", IdentityCharset.STRICT, ("refused", 404)),
    ("/a%2Fb", [offer("ocpp1.6")], ALL, "/", IdentityCharset.RELAXED, ("refused", 404)),
    ("/CS1/../CS2", [offer("ocpp1.6")], ALL, "/", IdentityCharset.RELAXED, ("refused", 404)),
    ("/%2E%2E", [offer("ocpp1.6")], ALL, "/", IdentityCharset.RELAXED, ("refused", 404)),
    ("//[x://y/CS1", [offer("ocpp1.6")], ALL, "/", IdentityCharset.RELAXED, ("refused", 404)),
    ("/%ZZ", [offer("ocpp1.6")], ALL, "/", IdentityCharset.RELAXED, ("refused", 404)),
    ("/CS%E2%80%A8", [offer("ocpp1.6")], ALL, "/", IdentityCharset.RELAXED, ("refused", 404)),
    ("/CS%3A1", [offer("ocpp1.6")], ALL, "/", IdentityCharset.RELAXED, ("refused", 404)),
    ("/" + "x" * 49, [offer("ocpp1.6")], ALL, "/", IdentityCharset.STRICT, ("refused", 404)),
]


@pytest.mark.parametrize(
    ("path", "headers", "versions", "prefix", "charset", "expected"),
    READ_TABLE,
    ids=[f"{row[0][:20]}-{row[3]}-{row[4]}" for row in READ_TABLE],
)
def test_read_handshake_follows_the_table(
    path: str,
    headers: list[tuple[str, str]],
    versions: tuple[OcppVersion, ...],
    prefix: str,
    charset: IdentityCharset,
    expected: tuple[Any, ...],
) -> None:
    outcome = read_handshake(path, headers, versions=versions, prefix=prefix, charset=charset)
    if expected[0] == "ok":
        assert isinstance(outcome, Handshake)
        assert (outcome.identity, outcome.subprotocol) == expected[1:]
        assert outcome.path == path
    else:
        assert isinstance(outcome, Refuse)
        assert outcome.status == expected[1]


@given(st.text(max_size=60))
@example("//[x://y/CS1")
@example("/CS\u202e1")
@example("/%C0%AE%C0%AE")
def test_a_refused_identity_is_404_with_a_fixed_reason_never_the_input(path: str) -> None:
    outcome = read_handshake("/" + path, [], versions=ALL, charset=IdentityCharset.RELAXED)
    if isinstance(outcome, Refuse):
        assert outcome.status == 404
        assert outcome.body == "Not Found\n"
        assert outcome.reason == "the request path names no acceptable charging station identity"
    else:
        assert outcome.identity


def test_the_version_chosen_follows_the_stations_order_among_those_served() -> None:
    outcome = read_handshake(
        "/CS-1", [offer("ocpp2.1", "ocpp2.0.1", "ocpp1.6")], versions=(V16, V201)
    )
    assert isinstance(outcome, Handshake)
    assert (outcome.subprotocol, outcome.version) == ("ocpp2.0.1", V201)
    assert outcome.offered == ("ocpp2.1", "ocpp2.0.1", "ocpp1.6")


def test_the_handshake_carries_address_certificate_and_headers() -> None:
    certificate = ClientCertificate(der=b"\x30\x00", subject=((("commonName", "CS-1"),),))
    outcome = read_handshake(
        "/CS-1",
        [("X-Tenant", "acme"), ("x-tenant", "second"), offer("ocpp1.6")],
        versions=ALL,
        remote_address=("192.0.2.1", 40000),
        client_certificate=certificate,
    )
    assert isinstance(outcome, Handshake)
    assert outcome.remote_address == ("192.0.2.1", 40000)
    assert outcome.client_certificate is certificate
    assert outcome.header("X-TENANT") == "acme"
    assert outcome.header_values("x-tenant") == ("acme", "second")
    assert outcome.header("absent") is None


@pytest.mark.parametrize(
    ("headers", "credentials"),
    [
        ([basic("CS-1", PASSWORD)], ("CS-1", PASSWORD.encode())),
        ([], None),
        ([("Authorization", "Basic !!!")], None),
        ([("Authorization", "Bearer abc")], None),
        ([basic("CS-1", PASSWORD), basic("CS-1", PASSWORD)], None),
    ],
    ids=["valid", "absent", "not-base64", "not-basic", "two-headers"],
)
def test_credentials_are_read_only_from_one_well_formed_basic_header(
    headers: list[tuple[str, str]], credentials: tuple[str, bytes] | None
) -> None:
    outcome = read_handshake("/CS-1", headers, versions=ALL)
    assert isinstance(outcome, Handshake)
    got = outcome.credentials
    assert (None if got is None else (got.username, got.password)) == credentials


def test_secrets_never_show_in_the_handshake_repr() -> None:
    outcome = read_handshake("/CS-1", [basic("CS-1", PASSWORD), ("Cookie", "s=1")], versions=ALL)
    token = basic("CS-1", PASSWORD)[1]
    assert token not in repr(outcome)
    assert PASSWORD not in repr(outcome)
    assert "s=1" not in repr(outcome)
    assert "<redacted>" in repr(outcome)


# -- Refuse ------------------------------------------------------------------------------------


def test_a_401_refusal_carries_the_basic_challenge_other_statuses_do_not() -> None:
    unauthorized = Refuse()
    assert unauthorized.status == 401
    assert unauthorized.body == "Unauthorized\n"
    assert [name for name, _ in unauthorized.response_headers] == ["WWW-Authenticate"]
    assert unauthorized.response_headers[0][1].startswith("Basic ")
    forbidden = Refuse(status=403, reason="blocked", headers=(("Retry-After", "60"),))
    assert forbidden.response_headers == (("Retry-After", "60"),)
    assert forbidden.body == "Forbidden\n"
    own = Refuse(headers=(("WWW-Authenticate", 'Basic realm="x"'),))
    assert own.response_headers == (("WWW-Authenticate", 'Basic realm="x"'),)


def test_the_refusal_reason_is_never_the_body() -> None:
    refusal = Refuse(status=401, reason="password for CS-1 expired yesterday")
    assert "CS-1" not in refusal.body


@pytest.mark.parametrize("status", [101, 200, 302, 600])
def test_a_refusal_is_an_http_error_status(status: int) -> None:
    with pytest.raises(NegotiationError):
        Refuse(status=status)


# -- basic_auth ---------------------------------------------------------------------------------


def _handshake(*headers: tuple[str, str], identity: str = "CS-1") -> Handshake:
    outcome = read_handshake(f"/{identity}", list(headers), versions=ALL)
    assert isinstance(outcome, Handshake)
    return outcome


HASHES: Final = {"CS-1": hash_password(PASSWORD, log2_n=2, r=1)}

# (authenticator name, headers, identity, accepted?)
AUTH_TABLE: list[tuple[str, tuple[tuple[str, str], ...], str, bool]] = [
    (kind, headers, identity, accepted)
    for kind in ("fixed", "lookup", "hashes", "hash-lookup")
    for headers, identity, accepted in [
        ((basic("CS-1", PASSWORD),), "CS-1", True),
        ((basic("CS-1", "x" * 16),), "CS-1", False),
        ((basic("CS-2", PASSWORD),), "CS-1", False),  # someone else's name
        ((), "CS-1", False),
        ((("Authorization", "Basic !!!"),), "CS-1", False),
        ((basic("CS-9", PASSWORD),), "CS-9", kind == "fixed"),  # unknown to the lookups
    ]
]


def _authenticator(kind: str) -> Any:
    if kind == "fixed":
        return basic_auth(PASSWORD)
    if kind == "lookup":
        return basic_auth({"CS-1": PASSWORD}.get)
    if kind == "hashes":
        return basic_auth(hashes=HASHES)
    return basic_auth(hashes=HASHES.get)


@pytest.mark.parametrize(("kind", "headers", "identity", "accepted"), AUTH_TABLE)
def test_basic_auth_follows_the_table(
    kind: str, headers: tuple[tuple[str, str], ...], identity: str, accepted: bool
) -> None:
    verdict = _authenticator(kind)(_handshake(*headers, identity=identity))
    if accepted:
        assert verdict == Accept(None)
    else:
        assert isinstance(verdict, Refuse)
        assert verdict.status == 401
        assert verdict.response_headers[-1][0] == "WWW-Authenticate"


def test_basic_auth_takes_the_16_authorization_key_as_bytes() -> None:
    key = bytes(range(1, 17))
    check = basic_auth({"CP-16": key}.get)
    assert check(_handshake(basic("CP-16", key), identity="CP-16")) == Accept(None)
    assert isinstance(check(_handshake(basic("CP-16", key[::-1]), identity="CP-16")), Refuse)


@pytest.mark.parametrize(
    "arguments",
    [((), {}), ((PASSWORD,), {"hashes": HASHES})],
    ids=["neither", "both"],
)
def test_basic_auth_takes_exactly_one_source(
    arguments: tuple[tuple[Any, ...], dict[str, Any]],
) -> None:
    args, kwargs = arguments
    with pytest.raises(TypeError):
        basic_auth(*args, **kwargs)


@pytest.mark.parametrize("kind", ["hashes", "hash-lookup"])
def test_an_unknown_identity_is_hashed_at_the_stored_hashes_cost(
    kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Refusing an unknown identity must take as long as refusing a wrong password: the decoy
    hash runs at the cost the stored hashes carry (HASHES: log2_n=2, r=1), not the default."""
    costs: list[tuple[int, int, int]] = []
    real = handshake_module._scrypt

    def counted(secret: bytes, salt: bytes, log2_n: int, r: int, p: int) -> bytes:
        costs.append((log2_n, r, p))
        return real(secret, salt, log2_n, r, p)

    monkeypatch.setattr(handshake_module, "_scrypt", counted)
    check = _authenticator(kind)
    wrong = check(_handshake(basic("CS-1", "x" * 16), identity="CS-1"))
    unknown = check(_handshake(basic("CS-9", "x" * 16), identity="CS-9"))
    assert isinstance(wrong, Refuse)
    assert isinstance(unknown, Refuse)
    assert costs == [(2, 1, 1), (2, 1, 1)]


def test_a_mapping_with_no_readable_hash_keeps_the_default_decoy_cost() -> None:
    check = basic_auth(hashes={"CS-1": "not a hash"})
    assert isinstance(check(_handshake(basic("CS-9", PASSWORD), identity="CS-9")), Refuse)


def test_the_authenticator_holds_no_plaintext() -> None:
    check = basic_auth(hashes={"CS-1": hash_password(PASSWORD, log2_n=2, r=1)})
    assert PASSWORD not in repr(check)
    assert PASSWORD not in repr(basic_auth(PASSWORD))
    assert check(_handshake(basic("CS-1", PASSWORD))) == Accept(None)


def test_an_authenticate_type_takes_sync_and_async_authenticators() -> None:
    async def later(handshake: Handshake) -> Accept[int] | Refuse:
        return Accept(1)

    def now(handshake: Handshake) -> Accept[int] | Refuse:
        return Refuse()

    both: list[Authenticate[int]] = [later, now]
    assert len(both) == 2


# -- password hashes ---------------------------------------------------------------------------


@given(st.one_of(st.text(max_size=40), st.binary(max_size=40)))
@example("")
@example("ä" * 40)
def test_a_hash_verifies_its_password_and_nothing_else(password: str | bytes) -> None:
    stored = hash_password(password, log2_n=2, r=1)
    assert verify_password(stored, password)
    other = (password + "x") if isinstance(password, str) else (password + b"x")
    assert not verify_password(stored, other)


def test_a_hash_is_salted_and_self_describing() -> None:
    first = hash_password(PASSWORD, log2_n=2, r=1)
    second = hash_password(PASSWORD, log2_n=2, r=1)
    assert first != second
    assert first.startswith("scrypt$ln=2,r=1,p=1$")
    assert PASSWORD not in first
    assert hash_password(PASSWORD, salt=b"0123456789abcdef", log2_n=2, r=1) == hash_password(
        PASSWORD, salt=b"0123456789abcdef", log2_n=2, r=1
    )


def test_the_cost_travels_with_the_hash() -> None:
    stronger = hash_password(PASSWORD, log2_n=5, r=2, p=1)
    assert stronger.startswith("scrypt$ln=5,r=2,p=1$")
    assert verify_password(stronger, PASSWORD)


@pytest.mark.parametrize(
    "stored",
    [
        "",
        "plaintext-password",
        "bcrypt$ln=2,r=1,p=1$c2FsdA$" + "A" * 43,
        "scrypt$ln=2,r=1$c2FsdA$" + "A" * 43,
        "scrypt$ln=99,r=1,p=1$c2FsdA$" + "A" * 43,
        "scrypt$ln=2,r=1,p=1$!!$" + "A" * 43,
        "scrypt$ln=2,r=1,p=1$c2FsdA$QUJD",
    ],
    ids=["empty", "plain", "scheme", "params", "cost", "salt", "key-length"],
)
def test_a_malformed_hash_raises_without_quoting_it(stored: str) -> None:
    with pytest.raises(PasswordHashError) as caught:
        verify_password(stored, PASSWORD)
    if stored:
        assert stored not in str(caught.value)


@pytest.mark.parametrize(("log2_n", "r", "p"), [(0, 8, 1), (21, 8, 1), (14, 0, 1), (14, 8, 0)])
def test_hash_password_refuses_a_cost_scrypt_cannot_run(log2_n: int, r: int, p: int) -> None:
    with pytest.raises(PasswordHashError):
        hash_password(PASSWORD, log2_n=log2_n, r=r, p=p)


# -- the server's handshake, on both transports ---------------------------------------------------


def _station_context() -> Callable[[Handshake], Accept[str] | Refuse]:
    def authenticate(handshake: Handshake) -> Accept[str] | Refuse:
        if handshake.identity == "CS-0":
            return Refuse(status=403, reason="blocked")
        return Accept(f"ctx-{handshake.identity}")

    return authenticate


async def _async_station_context(handshake: Handshake) -> Accept[str] | Refuse:
    await asyncio.sleep(0.01)  # a database, say
    return _station_context()(handshake)


@pytest.mark.parametrize(("server_transport", "client_transport"), PAIRS)
@pytest.mark.parametrize("kind", ["sync", "async"])
async def test_the_accepted_context_is_the_sessions_context(
    server_transport: TransportName, client_transport: TransportName, kind: str
) -> None:
    router = csms_router_201()
    contexts: list[str] = []

    @router.on(v201.StatusNotificationRequest)
    def status(request: v201.StatusNotificationRequest) -> v201.StatusNotificationResponse:
        contexts.append(current_session().context)
        return v201.StatusNotificationResponse()

    authenticate = _station_context() if kind == "sync" else _async_station_context
    arrivals = Arrivals()
    async with CsmsServer(
        router=router,
        authenticate=authenticate,
        transport=server_transport,
        on_connect=arrivals.on_connect,
        config=QUIET,
    ) as csms:
        async with ChargePointClient(
            csms.url + "CS-1", transport=client_transport, config=QUIET
        ) as station:
            await station.call(
                v201.StatusNotificationRequest(
                    timestamp=NOW,
                    connector_status=v201.ConnectorStatusEnum.AVAILABLE,
                    evse_id=1,
                    connector_id=1,
                )
            )
            session = await arrivals.session("CS-1")
            assert session.context == "ctx-CS-1"
            assert csms.sessions["CS-1"].context == "ctx-CS-1"
        assert contexts == ["ctx-CS-1"]
        blocked = ChargePointClient(csms.url + "CS-0", transport=client_transport, config=QUIET)
        with pytest.raises(ConnectFailed) as caught:
            await blocked.connect()
        assert caught.value.status == 403


async def test_without_authenticate_the_context_is_none() -> None:
    arrivals = Arrivals()
    async with (
        CsmsServer(on_connect=arrivals.on_connect, config=QUIET) as csms,
        ChargePointClient(csms.url + "CS-1", config=QUIET),
    ):
        assert (await arrivals.session("CS-1")).context is None


class _AuthenticatorError(Exception):
    """Raised by a broken authenticator; its text must never reach the peer."""


@pytest.mark.parametrize("server_transport", SERVERS)
@pytest.mark.parametrize("kind", ["sync", "async"])
async def test_an_authenticator_that_raises_is_a_bare_500_logged_once(
    server_transport: TransportName, kind: str, caplog: pytest.LogCaptureFixture
) -> None:
    class AuthenticatorBugError(_AuthenticatorError):
        """A type of its own per test, so its first traceback is logged here."""

    def broken(handshake: Handshake) -> Accept[None]:
        raise AuthenticatorBugError("secret-internal-detail")

    async def broken_later(handshake: Handshake) -> Accept[None]:
        raise AuthenticatorBugError("secret-internal-detail")

    caplog.set_level(logging.INFO, logger="ocpkit.aio")
    async with CsmsServer(
        authenticate=broken if kind == "sync" else broken_later,
        transport=server_transport,
        config=QUIET,
    ) as csms:
        for _ in range(3):
            with pytest.raises(InvalidStatus) as caught:
                async with raw_connect(csms.url + "CS-1"):
                    pass
            response = caught.value.response
            assert response.status_code == 500
            assert b"secret-internal-detail" not in response.body
            assert b"AuthenticatorBug" not in response.body
    # One traceback for the first failure, one line each for the repeats: no log flood.
    tracebacks = [r for r in caplog.records if r.exc_info is not None]
    assert len(tracebacks) == 1


@pytest.mark.parametrize("server_transport", SERVERS)
async def test_password_is_short_for_basic_auth(server_transport: TransportName) -> None:
    async with CsmsServer(
        authenticate=basic_auth(hashes={"CS-1": hash_password(PASSWORD, log2_n=2, r=1)}),
        transport=server_transport,
        config=QUIET,
    ) as csms:
        async with ChargePointClient(csms.url + "CS-1", password=PASSWORD, config=QUIET):
            pass
        with pytest.raises(InvalidStatus) as caught:
            async with raw_connect(csms.url + "CS-1", headers=[basic("CS-1", "x" * 16)]):
                pass
        assert caught.value.response.status_code == 401
        assert caught.value.response.headers["WWW-Authenticate"].startswith("Basic ")


@pytest.mark.parametrize("server_transport", SERVERS)
async def test_on_duplicate_replace_closes_the_old_session_as_replaced(
    server_transport: TransportName,
) -> None:
    arrivals = Arrivals()
    async with (
        CsmsServer(
            router=csms_router_201(),
            transport=server_transport,
            on_connect=arrivals.on_connect,
            on_disconnect=arrivals.on_disconnect,
            on_duplicate=DuplicatePolicy.REPLACE,
            config=QUIET,
        ) as csms,
        raw_connect(csms.url + "CS-1") as first,
    ):
        old = await arrivals.session("CS-1")
        async with raw_connect(csms.url + "CS-1") as second:
            new = await arrivals.session("CS-1", nth=2)
            await arrivals.gone(1)
            assert csms.sessions == {"CS-1": new}
            assert (old.close_code, old.close_reason) == (1001, "replaced")
            assert arrivals.disconnects[0].cause is DisconnectCause.REPLACED
            with pytest.raises(ConnectionClosed):
                async with asyncio.timeout(5):
                    await first.recv()
            reply = json.loads(await exchange(second, '[2,"h","Heartbeat",{}]'))
            assert reply[:2] == [3, "h"]


@pytest.mark.parametrize("server_transport", SERVERS)
async def test_on_duplicate_refuse_answers_409_while_the_identity_is_connected(
    server_transport: TransportName,
) -> None:
    arrivals = Arrivals()
    async with CsmsServer(
        router=csms_router_201(),
        transport=server_transport,
        on_connect=arrivals.on_connect,
        on_disconnect=arrivals.on_disconnect,
        on_duplicate=DuplicatePolicy.REFUSE,
        config=QUIET,
    ) as csms:
        async with raw_connect(csms.url + "CS-1") as first:
            await arrivals.session("CS-1")
            with pytest.raises(InvalidStatus) as caught:
                async with raw_connect(csms.url + "CS-1"):
                    pass
            assert caught.value.response.status_code == 409
            reply = json.loads(await exchange(first, '[2,"h","Heartbeat",{}]'))
            assert reply[:2] == [3, "h"]  # the first connection is untouched
        await arrivals.gone(1)
        async with raw_connect(csms.url + "CS-1"):  # gone: the identity may connect again
            await arrivals.session("CS-1", nth=2)


@pytest.mark.parametrize("server_transport", SERVERS)
async def test_over_max_connections_is_503_before_the_upgrade(
    server_transport: TransportName,
) -> None:
    arrivals = Arrivals()
    async with CsmsServer(
        transport=server_transport,
        max_connections=2,
        on_connect=arrivals.on_connect,
        on_disconnect=arrivals.on_disconnect,
        config=QUIET,
    ) as csms:
        async with raw_connect(csms.url + "CS-1"), raw_connect(csms.url + "CS-2"):
            await arrivals.session("CS-2")
            with pytest.raises(InvalidStatus) as caught:
                async with raw_connect(csms.url + "CS-3"):
                    pass
            assert caught.value.response.status_code == 503
        await arrivals.gone(2)
        async with raw_connect(csms.url + "CS-3"):
            await arrivals.session("CS-3")


@pytest.mark.parametrize("server_transport", SERVERS)
async def test_a_station_silent_past_the_first_message_deadline_is_closed_1008(
    server_transport: TransportName,
) -> None:
    arrivals = Arrivals()
    async with CsmsServer(
        router=csms_router_201(),
        transport=server_transport,
        first_message_timeout=0.2,
        on_connect=arrivals.on_connect,
        config=QUIET,
    ) as csms:
        async with raw_connect(csms.url + "CS-quiet") as quiet:
            with pytest.raises(ConnectionClosed):
                async with asyncio.timeout(5):
                    await quiet.recv()
            assert quiet.close_code == 1008
        async with raw_connect(csms.url + "CS-talks") as talks:
            reply = json.loads(await exchange(talks, '[2,"h","Heartbeat",{}]'))
            await asyncio.sleep(0.3)  # past the deadline: the first message counted
            reply = json.loads(await exchange(talks, '[2,"i","Heartbeat",{}]'))
            assert reply[:2] == [3, "i"]


@pytest.mark.parametrize("server_transport", SERVERS)
async def test_path_prefix_places_the_identity(server_transport: TransportName) -> None:
    async with CsmsServer(transport=server_transport, path_prefix="/ocpp/", config=QUIET) as csms:
        assert csms.url.endswith("/ocpp/")
        async with ChargePointClient(csms.url + "CS-1", config=QUIET) as station:
            assert station.connected
        with pytest.raises(InvalidStatus) as caught:
            async with raw_connect(csms.url.removesuffix("ocpp/") + "CS-1"):
                pass
        assert caught.value.response.status_code == 404
        assert caught.value.response.body == b"Not Found\n"
