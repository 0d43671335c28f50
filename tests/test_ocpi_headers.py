"""OCPI headers: the credentials token in Authorization, X-Request-ID / X-Correlation-ID and the
OCPI-from/to routing headers, tested rule by rule and with properties."""

import base64
import hashlib
import hmac
import pickle
import time
import uuid
from collections.abc import Iterator

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from ocpkit.ocpi.headers import (
    AUTHORIZATION,
    MAX_AUTHORIZATION_LENGTH,
    MAX_REQUEST_ID_LENGTH,
    MAX_TOKEN_LENGTH,
    OCPI_FROM_COUNTRY_CODE,
    OCPI_FROM_PARTY_ID,
    OCPI_TO_COUNTRY_CODE,
    OCPI_TO_PARTY_ID,
    ROUTING_HEADERS,
    X_CORRELATION_ID,
    X_REQUEST_ID,
    AuthorizationError,
    AuthorizationProblem,
    CredentialsToken,
    CredentialsTokenError,
    HeaderError,
    HeaderUsageError,
    IdFactory,
    IdProblem,
    ModuleKind,
    PartyRef,
    PartyRefError,
    Presence,
    RequestIdError,
    RequestIds,
    RoutedMessage,
    RoutingHeaderError,
    RoutingHeaders,
    RoutingProblem,
    RoutingRequirement,
    TokenEncoding,
    authorization_header,
    default_token_encoding,
    match_token,
    module_kind,
    new_unique_id,
    read_request_ids,
    read_routing,
    reply_routing,
    request_ids_defined,
    routing_headers_defined,
    routing_requirement,
    token_candidates,
)
from ocpkit.ocpi.status import (
    AuthenticationFailed,
    InvalidOrMissingParameters,
    UnknownOcpiVersion,
)
from ocpkit.ocpi.version import OcpiVersion

PLAIN, BASE64, BOTH = TokenEncoding.PLAIN, TokenEncoding.BASE64, TokenEncoding.ACCEPT_BOTH
TOKEN_TEXT = st.text(alphabet=st.characters(min_codepoint=0x21, max_codepoint=0x7E), min_size=1)
TOKEN_TEXT = TOKEN_TEXT.filter(lambda t: len(t) <= MAX_TOKEN_LENGTH)
TOKENS = TOKEN_TEXT.map(CredentialsToken)
SPEC_UUID = "ebf3b399-779f-4497-9b9d-ac6ad3cc44d2"  # the token in the spec's credentials example


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode("ascii")


def counter(prefix: str = "id") -> Iterator[str]:
    n = 0
    while True:
        n += 1
        yield f"{prefix}-{n}"


def factory(prefix: str = "id") -> IdFactory:
    return counter(prefix).__next__


def auth_error(header: str | None, encoding: TokenEncoding) -> AuthorizationError:
    with pytest.raises(AuthorizationError) as caught:
        token_candidates(header, encoding)
    return caught.value


# -- credentials token ---------------------------------------------------------------------


@given(TOKEN_TEXT)
@example("!")
@example("~" * MAX_TOKEN_LENGTH)
def test_token_accepts_1_to_64_printable_non_space_ascii_characters(text: str) -> None:
    assert CredentialsToken(text).reveal() == text


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("", "must not be empty"),
        ("a" * (MAX_TOKEN_LENGTH + 1), "at most 64"),
        ("a b", "U+0021..U+007E"),
        ("abc\n", "U+0021..U+007E"),
        ("abc\x00", "U+0021..U+007E"),
        ("t\u00f6ken", "U+0021..U+007E"),  # printable UTF-8, but outside what 2.2.1 asks for
        (b"bytes", "must be text"),
    ],
)
def test_token_refuses_text_outside_the_spec_alphabet_and_length(value: str, reason: str) -> None:
    with pytest.raises(CredentialsTokenError) as caught:
        CredentialsToken(value)
    assert reason in str(caught.value)
    assert isinstance(caught.value, InvalidOrMissingParameters)
    assert caught.value.status_code == 2001
    assert not hasattr(caught.value, "value")


@given(TOKEN_TEXT)
@example("CredentialsToken")
@example("hidden")
def test_token_repr_and_str_depend_on_the_length_only(text: str) -> None:
    token, stand_in = CredentialsToken(text), CredentialsToken("x" * len(text))
    assert repr(token) == repr(stand_in) == f"CredentialsToken(<hidden, length {len(text)}>)"
    assert str(token) == f"{token}" == str(stand_in)
    assert repr([token]) == repr([stand_in])


@given(TOKEN_TEXT, TOKEN_TEXT)
@example("same", "same")
@example("abc", "abd")
def test_token_equality_and_hash_follow_the_text(a: str, b: str) -> None:
    ta, tb = CredentialsToken(a), CredentialsToken(b)
    assert (ta == tb) is (a == b)
    if a == b:
        assert hash(ta) == hash(tb)
        assert {ta: 1}[tb] == 1


def test_token_never_equals_its_plain_text() -> None:
    token = CredentialsToken("secret")
    assert token != "secret"
    assert "secret" != token  # noqa: SIM300 - the reflected comparison is the point


def test_token_digest_is_sha256_of_the_utf8_bytes() -> None:
    assert CredentialsToken("abc").digest == hashlib.sha256(b"abc").digest()


def test_token_is_immutable_and_pickles_to_an_equal_token() -> None:
    token = CredentialsToken("secret-1")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        token._value = "other"
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        del token._value
    assert pickle.loads(pickle.dumps(token)) == token


def test_token_is_not_an_attrs_class_so_field_walking_serialisers_cannot_write_it() -> None:
    assert not attrs.has(CredentialsToken)
    assert not hasattr(CredentialsToken("abc"), "__dict__")


# -- Authorization header: sending --------------------------------------------------------

ENCODING_BY_VERSION = [("2.1.1", PLAIN), ("2.2.1", BASE64), ("2.3.0", BASE64)]


@pytest.mark.parametrize(("version", "encoding"), ENCODING_BY_VERSION)
def test_default_encoding_is_plain_in_2_1_1_and_base64_from_2_2_1(
    version: str, encoding: TokenEncoding
) -> None:
    assert default_token_encoding(version) is encoding  # type: ignore[arg-type]
    assert default_token_encoding(OcpiVersion(version)) is encoding


def test_unknown_version_is_refused() -> None:
    for func in (default_token_encoding, request_ids_defined, routing_headers_defined):
        with pytest.raises(UnknownOcpiVersion):
            func("2.2")  # type: ignore[arg-type]


def test_2_1_1_header_carries_the_token_as_it_is() -> None:
    token = CredentialsToken(SPEC_UUID)
    assert authorization_header(token, PLAIN) == f"Token {SPEC_UUID}"


def test_2_2_1_header_carries_the_base64_of_the_utf8_token() -> None:
    token = CredentialsToken("example-token")
    assert authorization_header(token, BASE64) == "Token ZXhhbXBsZS10b2tlbg=="


def test_accept_both_sends_the_base64_form() -> None:
    token = CredentialsToken("example-token")
    assert authorization_header(token, BOTH) == authorization_header(token, BASE64)


def test_authorization_header_refuses_plain_text_for_a_token() -> None:
    with pytest.raises(HeaderUsageError):
        authorization_header("example-token", BASE64)  # type: ignore[arg-type]


# -- Authorization header: receiving ------------------------------------------------------


@given(TOKENS, st.sampled_from([PLAIN, BASE64]))
@example(CredentialsToken("ZXhhbXBsZQ=="), PLAIN)
@example(CredentialsToken("a"), BASE64)
@example(CredentialsToken("=" * MAX_TOKEN_LENGTH), BASE64)
def test_header_built_for_an_encoding_yields_exactly_the_token_in_that_encoding(
    token: CredentialsToken, encoding: TokenEncoding
) -> None:
    assert token_candidates(authorization_header(token, encoding), encoding) == (token,)


@given(TOKENS, st.sampled_from([PLAIN, BASE64, BOTH]))
@example(CredentialsToken("ZXhhbXBsZQ=="), PLAIN)
@example(CredentialsToken("abcd"), PLAIN)  # plain text that is valid Base64 of garbage bytes
def test_accept_both_never_misses_the_real_token_whichever_form_was_sent(
    token: CredentialsToken, sent_as: TokenEncoding
) -> None:
    candidates = token_candidates(authorization_header(token, sent_as), BOTH)
    assert token in candidates
    assert 1 <= len(candidates) <= 2


def test_plain_token_sent_to_a_base64_peer_in_accept_both_is_found() -> None:
    token = CredentialsToken(SPEC_UUID)
    assert token_candidates(f"Token {SPEC_UUID}", BOTH) == (token,)
    assert match_token(f"Token {SPEC_UUID}", BOTH, {token: "cpo"}) == "cpo"


def test_plain_token_sent_to_a_strict_base64_peer_is_refused() -> None:
    assert auth_error(f"Token {SPEC_UUID}", BASE64).problem is AuthorizationProblem.NOT_BASE64


def test_token_that_looks_like_base64_gives_decoding_first_then_the_text() -> None:
    looks_encoded = CredentialsToken("ZXhhbXBsZQ==")  # is itself the Base64 of "example"
    header = f"Token {looks_encoded.reveal()}"
    assert token_candidates(header, PLAIN) == (looks_encoded,)
    assert token_candidates(header, BASE64) == (CredentialsToken("example"),)
    assert token_candidates(header, BOTH) == (CredentialsToken("example"), looks_encoded)


def test_spec_examples_encode_a_trailing_line_feed_which_is_not_stripped() -> None:
    # both 2.2.1 examples were made with `echo | base64`: they decode to the token plus "\n",
    # which no token contains; guessing that the line feed is noise is not ours to do
    header = "Token ZWJmM2IzOTktNzc5Zi00NDk3LTliOWQtYWM2YWQzY2M0NGQyCg=="
    assert base64.b64decode(header[6:]) == SPEC_UUID.encode() + b"\n"
    assert auth_error(header, BASE64).problem is AuthorizationProblem.BAD_TOKEN
    assert token_candidates(header, BOTH) == (CredentialsToken(header[6:]),)


@pytest.mark.parametrize("scheme", ["Token", "token", "TOKEN", "tOkEn"])
def test_scheme_is_matched_case_insensitively(scheme: str) -> None:
    assert token_candidates(f"{scheme} abc", PLAIN) == (CredentialsToken("abc"),)


# (header value, encoding, problem): every AuthorizationProblem of token_candidates has a row
REFUSED_HEADERS: list[tuple[str | None, TokenEncoding, AuthorizationProblem]] = [
    (None, PLAIN, AuthorizationProblem.MISSING),
    (None, BOTH, AuthorizationProblem.MISSING),
    ("Token " + "a" * MAX_AUTHORIZATION_LENGTH, PLAIN, AuthorizationProblem.TOO_LONG),
    ("Token abc\r\nX-Evil: 1", PLAIN, AuthorizationProblem.BAD_CHARACTER),
    ("Token\tabc", PLAIN, AuthorizationProblem.BAD_CHARACTER),
    ("Token abc\x00", BOTH, AuthorizationProblem.BAD_CHARACTER),
    ("Token t\u00f6ken", PLAIN, AuthorizationProblem.BAD_CHARACTER),
    ("Bearer abc", PLAIN, AuthorizationProblem.WRONG_SCHEME),
    ("Basic YTpi", BOTH, AuthorizationProblem.WRONG_SCHEME),
    ("Tokenabc", PLAIN, AuthorizationProblem.WRONG_SCHEME),
    ("abc", PLAIN, AuthorizationProblem.WRONG_SCHEME),
    ("", PLAIN, AuthorizationProblem.WRONG_SCHEME),
    ("Token", PLAIN, AuthorizationProblem.EMPTY_TOKEN),
    ("Token ", BASE64, AuthorizationProblem.EMPTY_TOKEN),
    ("Token   ", BOTH, AuthorizationProblem.EMPTY_TOKEN),
    ("Token  abc", PLAIN, AuthorizationProblem.EXTRA_SPACE),
    ("Token abc ", PLAIN, AuthorizationProblem.EXTRA_SPACE),
    (" Token abc", PLAIN, AuthorizationProblem.EXTRA_SPACE),
    ("Token a bc", BOTH, AuthorizationProblem.EXTRA_SPACE),
    ("Token ZXhhbXBsZQ", BASE64, AuthorizationProblem.NOT_BASE64),  # padding left out
    ("Token ZXhh-_", BASE64, AuthorizationProblem.NOT_BASE64),  # URL-safe alphabet
    ("Token QR==", BASE64, AuthorizationProblem.NOT_BASE64),  # spare bits set ("QQ==" is "A")
    ("Token /w==", BASE64, AuthorizationProblem.NOT_BASE64),  # 0xFF: not UTF-8
    ("Token " + b64("a b"), BASE64, AuthorizationProblem.BAD_TOKEN),
    ("Token " + b64("a" * 65), BASE64, AuthorizationProblem.BAD_TOKEN),
    ("Token " + "a" * 65, PLAIN, AuthorizationProblem.BAD_TOKEN),
    ("Token " + "a" * 65, BOTH, AuthorizationProblem.BAD_TOKEN),
]


@pytest.mark.parametrize(("header", "encoding", "problem"), REFUSED_HEADERS)
def test_every_unusable_header_is_one_401_error_with_one_message(
    header: str | None, encoding: TokenEncoding, problem: AuthorizationProblem
) -> None:
    error = auth_error(header, encoding)
    assert error.problem is problem
    assert isinstance(error, AuthenticationFailed)
    assert isinstance(error, HeaderError)
    assert error.http_status == 401
    assert error.status_message == "missing or invalid Authorization header"
    # no hint to the peer which check failed: the same text as for an unknown token
    unknown = AuthorizationError(AuthorizationProblem.UNKNOWN_TOKEN)
    assert (str(error), repr(error), error.args) == (str(unknown), repr(unknown), unknown.args)


def test_a_one_megabyte_header_is_refused_fast() -> None:
    started = time.perf_counter()
    for _ in range(100):
        auth_error("Token " + "a" * 1_000_000, BOTH)
    assert time.perf_counter() - started < 1.0  # a scan of the value would take far longer


BROKEN_TEMPLATES = [
    "Bearer {}",
    "Token  {}",
    "Token {} ",
    "Token {}\r\n",
    "Token {}" + "~" * MAX_TOKEN_LENGTH,  # too long a token in any encoding
    "token {}\u00e9",
    "Token {}" + "x" * MAX_AUTHORIZATION_LENGTH,
]


@given(
    TOKEN_TEXT, TOKEN_TEXT, st.sampled_from(BROKEN_TEMPLATES), st.sampled_from(list(TokenEncoding))
)
@example("secret-token", "other-token", "Bearer {}", PLAIN)
def test_errors_say_nothing_about_the_token(
    secret: str, other: str, template: str, encoding: TokenEncoding
) -> None:
    error = auth_error(template.format(secret, secret), encoding)
    twin = auth_error(template.format(other, other), encoding)
    assert str(error) == str(twin)
    assert repr(error) == repr(twin)
    assert error.args == twin.args


# -- match_token ---------------------------------------------------------------------------

CPO, EMSP = CredentialsToken("cpo-token-1"), CredentialsToken("emsp-token-2")
STORE = {CPO: "cpo", EMSP: "emsp"}


@pytest.mark.parametrize("encoding", list(TokenEncoding))
def test_match_returns_the_entry_of_the_token_sent(encoding: TokenEncoding) -> None:
    header = authorization_header(EMSP, encoding)
    assert match_token(header, encoding, STORE) == "emsp"
    assert match_token(header, encoding, list(STORE.items())) == "emsp"


def test_match_returns_none_for_an_unknown_token() -> None:
    assert match_token("Token nobody", PLAIN, STORE) is None
    assert match_token("Token nobody", PLAIN, {}) is None


def test_match_raises_for_an_unusable_header() -> None:
    with pytest.raises(AuthorizationError):
        match_token(None, BOTH, STORE)


def test_match_refuses_to_guess_when_text_and_decoding_belong_to_different_parties() -> None:
    store = {CredentialsToken("ZXhhbXBsZQ=="): "party-a", CredentialsToken("example"): "party-b"}
    with pytest.raises(AuthorizationError) as caught:
        match_token("Token ZXhhbXBsZQ==", BOTH, store)
    assert caught.value.problem is AuthorizationProblem.AMBIGUOUS
    assert match_token("Token ZXhhbXBsZQ==", PLAIN, store) == "party-a"
    assert match_token("Token ZXhhbXBsZQ==", BASE64, store) == "party-b"


def test_match_accepts_two_tokens_of_the_same_entry() -> None:
    store = [(CredentialsToken("ZXhhbXBsZQ=="), "party"), (CredentialsToken("example"), "party")]
    assert match_token("Token ZXhhbXBsZQ==", BOTH, store) == "party"


def test_match_compares_every_candidate_with_every_known_token(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", spy)
    looks_encoded = CredentialsToken("ZXhhbXBsZQ==")
    store = [(looks_encoded, "first"), (CPO, "cpo"), (EMSP, "emsp")]
    # the first known token matches; the scan still goes through the other two
    assert match_token("Token ZXhhbXBsZQ==", BOTH, store) == "first"
    assert len(calls) == 2 * 3


def test_match_refuses_plain_text_keys() -> None:
    with pytest.raises(HeaderUsageError):
        match_token("Token abc", PLAIN, {"abc": "party"})  # type: ignore[arg-type]


# -- request and correlation ids ----------------------------------------------------------


@pytest.mark.parametrize(
    ("version", "defined"), [("2.1.1", False), ("2.2.1", True), ("2.3.0", True)]
)
def test_request_ids_exist_from_2_2_1(version: str, defined: bool) -> None:
    assert request_ids_defined(version) is defined  # type: ignore[arg-type]


def test_new_unique_id_is_a_uuid4() -> None:
    value = new_unique_id()
    assert str(uuid.UUID(value)) == value
    assert uuid.UUID(value).version == 4
    assert new_unique_id() != value


def test_new_request_gets_a_new_request_id_then_a_new_correlation_id() -> None:
    ids = RequestIds.new(factory())
    assert ids == RequestIds(request_id="id-1", correlation_id="id-2")


def test_response_echoes_both_ids() -> None:
    ids = RequestIds(request_id="r1", correlation_id="c1")
    assert ids.for_response() == ids


def test_onward_request_keeps_the_correlation_id_with_a_new_request_id() -> None:
    ids = RequestIds(request_id="r1", correlation_id="c1")
    assert ids.for_onward_request(factory("fwd")) == RequestIds(
        request_id="fwd-1", correlation_id="c1"
    )


def test_ids_are_written_as_their_two_headers() -> None:
    ids = RequestIds(request_id="r1", correlation_id="c1")
    assert ids.to_headers() == {X_REQUEST_ID: "r1", X_CORRELATION_ID: "c1"}


def test_received_ids_are_kept_and_header_names_ignore_case() -> None:
    received = read_request_ids({"x-request-id": "r1", "X-CORRELATION-ID": "c1"}, "2.2.1")
    assert received.ids == RequestIds(request_id="r1", correlation_id="c1")
    assert not received.replaced


# (request id headers, problem): every IdProblem has a row
BAD_IDS: list[tuple[list[tuple[str, str]], IdProblem]] = [
    ([], IdProblem.MISSING),
    ([(X_REQUEST_ID, "a"), (X_REQUEST_ID, "b")], IdProblem.REPEATED),
    ([(X_REQUEST_ID, "a"), ("x-request-id", "a")], IdProblem.REPEATED),
    ([(X_REQUEST_ID, "a" * (MAX_REQUEST_ID_LENGTH + 1))], IdProblem.TOO_LONG),
    ([(X_REQUEST_ID, "a" * 1_000_000)], IdProblem.TOO_LONG),
    ([(X_REQUEST_ID, "r1\r\nSet-Cookie: x=1")], IdProblem.BAD_CHARACTER),
    ([(X_REQUEST_ID, "")], IdProblem.BAD_CHARACTER),
    ([(X_REQUEST_ID, " r1")], IdProblem.BAD_CHARACTER),
    ([(X_REQUEST_ID, "r\u00e9")], IdProblem.BAD_CHARACTER),
]


@pytest.mark.parametrize(("pairs", "problem"), BAD_IDS)
def test_bad_received_id_is_replaced_and_reported(
    pairs: list[tuple[str, str]], problem: IdProblem
) -> None:
    received = read_request_ids([*pairs, (X_CORRELATION_ID, "c1")], "2.2.1", new_id=factory())
    assert received.ids == RequestIds(request_id="id-1", correlation_id="c1")
    assert received.request_id_problem is problem
    assert received.correlation_id_problem is None
    assert received.replaced


@pytest.mark.parametrize(("pairs", "problem"), BAD_IDS)
def test_strict_reading_refuses_a_bad_id_with_2001(
    pairs: list[tuple[str, str]], problem: IdProblem
) -> None:
    with pytest.raises(RequestIdError) as caught:
        read_request_ids([*pairs, (X_CORRELATION_ID, "c1")], "2.3.0", strict=True)
    assert caught.value.problem is problem
    assert caught.value.header == X_REQUEST_ID
    assert caught.value.status_code == 2001
    assert "Set-Cookie" not in str(caught.value)


def test_missing_ids_get_new_ones_request_id_first() -> None:
    received = read_request_ids({}, "2.2.1", new_id=factory())
    assert received.ids == RequestIds(request_id="id-1", correlation_id="id-2")
    assert received.correlation_id_problem is IdProblem.MISSING


def test_strict_reading_of_2_1_1_still_replaces_since_2_1_1_has_no_ids() -> None:
    received = read_request_ids({}, "2.1.1", strict=True, new_id=factory())
    assert received.ids == RequestIds(request_id="id-1", correlation_id="id-2")


@given(st.text(max_size=300), st.text(max_size=300))
@example("r1\r\nX-Evil: 1", "c1")
@example("", " ")
def test_read_ids_are_always_safe_to_echo(request_id: str, correlation_id: str) -> None:
    headers = [(X_REQUEST_ID, request_id), (X_CORRELATION_ID, correlation_id)]
    ids = read_request_ids(headers, "2.2.1").ids
    for value in (ids.request_id, ids.correlation_id):
        assert 1 <= len(value) <= MAX_REQUEST_ID_LENGTH
        assert all(" " <= ch <= "~" for ch in value)
        assert value == value.strip()


def test_an_id_factory_that_makes_unsendable_ids_is_a_usage_error() -> None:
    with pytest.raises(HeaderUsageError):
        read_request_ids({}, "2.2.1", new_id=lambda: "bad\nid")
    with pytest.raises(HeaderUsageError):
        RequestIds.new(lambda: "")
    with pytest.raises(HeaderUsageError):
        RequestIds(request_id="r1", correlation_id="c1").for_onward_request(lambda: "x" * 300)


# -- party references ----------------------------------------------------------------------


def test_party_ref_ignores_case_and_is_written_in_upper_case() -> None:
    assert PartyRef("nl", "tnm") == PartyRef("NL", "TNM") == PartyRef("Nl", "tNm")
    assert hash(PartyRef("nl", "tnm")) == hash(PartyRef("NL", "TNM"))
    assert PartyRef("nl", "tnm").country_code == "NL"
    assert str(PartyRef("nl", "a1b")) == "NL*A1B"


@pytest.mark.parametrize(
    ("country_code", "party_id", "field"),
    [
        ("N", "TNM", "country_code"),
        ("NLD", "TNM", "country_code"),
        ("N1", "TNM", "country_code"),
        ("\u00c9S", "TNM", "country_code"),
        ("NL", "TN", "party_id"),
        ("NL", "TNMX", "party_id"),
        ("NL", "T-M", "party_id"),
        ("NL", "T\nM", "party_id"),
        ("NL", "\u00dfXY", "party_id"),  # upper-casing would make it four letters
    ],
)
def test_party_ref_refuses_malformed_codes(country_code: str, party_id: str, field: str) -> None:
    with pytest.raises(PartyRefError) as caught:
        PartyRef(country_code, party_id)
    assert caught.value.field == field
    assert caught.value.status_code == 2001


# -- routing headers -----------------------------------------------------------------------

CPO_NL, EMSP_DE, HUB = PartyRef("NL", "TNM"), PartyRef("DE", "ABC"), PartyRef("NL", "HUB")
DIRECT = RoutingHeaders(from_party=CPO_NL, to_party=EMSP_DE)
DIRECT_HEADERS = {
    OCPI_FROM_COUNTRY_CODE: "NL",
    OCPI_FROM_PARTY_ID: "TNM",
    OCPI_TO_COUNTRY_CODE: "DE",
    OCPI_TO_PARTY_ID: "ABC",
}

PARTIES = st.builds(
    PartyRef,
    st.text(alphabet="abcXYZ", min_size=2, max_size=2),
    st.text(alphabet="abcXYZ0129", min_size=3, max_size=3),
)


@given(st.one_of(st.none(), PARTIES), st.one_of(st.none(), PARTIES))
def test_routing_headers_round_trip(from_party: PartyRef | None, to_party: PartyRef | None) -> None:
    routing = RoutingHeaders(from_party=from_party, to_party=to_party)
    assert RoutingHeaders.from_headers(routing.to_headers()) == routing


def test_routing_headers_are_written_in_order_and_in_upper_case() -> None:
    routing = RoutingHeaders(from_party=PartyRef("nl", "tnm"), to_party=PartyRef("de", "abc"))
    assert list(routing.to_headers().items()) == list(DIRECT_HEADERS.items())
    assert tuple(routing.to_headers()) == ROUTING_HEADERS


def test_routing_header_names_are_read_case_insensitively() -> None:
    lowered = [(name.lower(), value.lower()) for name, value in DIRECT_HEADERS.items()]
    assert RoutingHeaders.from_headers(lowered) == DIRECT
    upper = {name.upper(): value for name, value in DIRECT_HEADERS.items()}
    assert RoutingHeaders.from_headers(upper) == DIRECT


def test_other_headers_are_left_alone() -> None:
    assert RoutingHeaders.from_headers({AUTHORIZATION: "Token x", "OCPI-to": "x"}) == (
        RoutingHeaders()
    )


# (headers, header at fault, problem): every RoutingProblem of from_headers has a row
BROKEN_ROUTING: list[tuple[list[tuple[str, str]], str, RoutingProblem]] = [
    ([(OCPI_TO_COUNTRY_CODE, "DE")], OCPI_TO_PARTY_ID, RoutingProblem.INCOMPLETE),
    ([(OCPI_FROM_PARTY_ID, "TNM")], OCPI_FROM_COUNTRY_CODE, RoutingProblem.INCOMPLETE),
    (
        [*DIRECT_HEADERS.items(), ("ocpi-to-party-id", "XYZ")],
        OCPI_TO_PARTY_ID,
        RoutingProblem.REPEATED,
    ),
    (
        [(OCPI_FROM_COUNTRY_CODE, "NLD"), (OCPI_FROM_PARTY_ID, "TNM")],
        OCPI_FROM_COUNTRY_CODE,
        RoutingProblem.MALFORMED,
    ),
    (
        [(OCPI_FROM_COUNTRY_CODE, "NL"), (OCPI_FROM_PARTY_ID, "TNM, XYZ")],
        OCPI_FROM_PARTY_ID,
        RoutingProblem.MALFORMED,
    ),
    (
        [(OCPI_TO_COUNTRY_CODE, "D" * 1_000_000), (OCPI_TO_PARTY_ID, "ABC")],
        OCPI_TO_COUNTRY_CODE,
        RoutingProblem.MALFORMED,
    ),
]


@pytest.mark.parametrize(("pairs", "header", "problem"), BROKEN_ROUTING)
def test_broken_routing_headers_are_a_2001_naming_the_header(
    pairs: list[tuple[str, str]], header: str, problem: RoutingProblem
) -> None:
    with pytest.raises(RoutingHeaderError) as caught:
        RoutingHeaders.from_headers(pairs)
    assert caught.value.headers == (header,)
    assert caught.value.problem is problem
    assert isinstance(caught.value, InvalidOrMissingParameters)
    assert caught.value.status_code == 2001
    assert "XYZ" not in str(caught.value)
    assert "NLD" not in str(caught.value)


def test_response_routing_swaps_the_parties() -> None:
    assert reply_routing(DIRECT) == RoutingHeaders(from_party=EMSP_DE, to_party=CPO_NL)
    assert reply_routing(reply_routing(DIRECT)) == DIRECT


def test_broadcast_and_get_all_responses_come_from_the_hub() -> None:
    to_hub = RoutingHeaders(from_party=CPO_NL, to_party=HUB)
    assert reply_routing(to_hub) == RoutingHeaders(from_party=HUB, to_party=CPO_NL)


def test_open_routing_response_names_the_party_that_answered() -> None:
    open_request = RoutingHeaders(from_party=CPO_NL)
    assert reply_routing(open_request, responder=EMSP_DE) == RoutingHeaders(
        from_party=EMSP_DE, to_party=CPO_NL
    )
    assert reply_routing(open_request).from_party is None


@pytest.mark.parametrize(
    ("module_id", "kind"),
    [
        ("credentials", ModuleKind.CONFIGURATION),
        ("versions", ModuleKind.CONFIGURATION),
        ("hubclientinfo", ModuleKind.CONFIGURATION),
        ("locations", ModuleKind.FUNCTIONAL),
        ("tokens", ModuleKind.FUNCTIONAL),
        ("some_future_module", ModuleKind.FUNCTIONAL),
    ],
)
def test_only_credentials_versions_and_hubclientinfo_are_configuration_modules(
    module_id: str, kind: ModuleKind
) -> None:
    assert module_kind(module_id) is kind


REQ, OPT, FORB, UNDEF = (
    Presence.REQUIRED,
    Presence.OPTIONAL,
    Presence.FORBIDDEN,
    Presence.NOT_DEFINED,
)
# (version, module id, message, from, to): the rule table of "Message Routing", row by row
ROUTING_ROWS: list[tuple[str, str, RoutedMessage, Presence, Presence]] = [
    *[
        ("2.1.1", m, msg, UNDEF, UNDEF)
        for m in ("credentials", "locations")
        for msg in RoutedMessage
    ],
    *[
        (v, m, msg, FORB, FORB)
        for v in ("2.2.1", "2.3.0")
        for m in ("credentials", "versions", "hubclientinfo")
        for msg in RoutedMessage
    ],
    *[
        row
        for v in ("2.2.1", "2.3.0")
        for row in (
            (v, "locations", RoutedMessage.REQUEST, REQ, REQ),
            (v, "cdrs", RoutedMessage.REQUEST_TO_HUB, REQ, OPT),
            (v, "tokens", RoutedMessage.RESPONSE, REQ, REQ),
            (v, "tokens", RoutedMessage.BROADCAST_RESPONSE, OPT, REQ),
        )
    ],
]


@pytest.mark.parametrize(("version", "module_id", "message", "from_p", "to_p"), ROUTING_ROWS)
def test_routing_requirement_table(
    version: str, module_id: str, message: RoutedMessage, from_p: Presence, to_p: Presence
) -> None:
    requirement = routing_requirement(version, module_id, message)  # type: ignore[arg-type]
    assert requirement == RoutingRequirement(from_party=from_p, to_party=to_p)


@pytest.mark.parametrize(("version", "module_id", "message", "from_p", "to_p"), ROUTING_ROWS)
def test_single_role_pair_makes_required_headers_optional(
    version: str, module_id: str, message: RoutedMessage, from_p: Presence, to_p: Presence
) -> None:
    requirement = routing_requirement(
        version,  # type: ignore[arg-type]
        module_id,
        message,
        single_role_pair=True,
    )
    relaxed = {REQ: OPT}
    assert requirement == RoutingRequirement(
        from_party=relaxed.get(from_p, from_p), to_party=relaxed.get(to_p, to_p)
    )


def test_routing_headers_exist_from_2_2_1() -> None:
    assert [routing_headers_defined(v) for v in OcpiVersion] == [False, True, True]


def test_2_1_1_reads_no_routing_headers_even_broken_ones() -> None:
    broken = [(OCPI_TO_COUNTRY_CODE, "not a code")]
    assert read_routing(broken, "2.1.1", "locations", RoutedMessage.REQUEST) == RoutingHeaders()


def test_routing_headers_on_a_configuration_module_are_refused() -> None:
    with pytest.raises(RoutingHeaderError) as caught:
        read_routing(DIRECT_HEADERS, "2.2.1", "credentials", RoutedMessage.REQUEST)
    assert caught.value.problem is RoutingProblem.FORBIDDEN
    assert caught.value.headers == (OCPI_FROM_COUNTRY_CODE, OCPI_FROM_PARTY_ID)
    assert read_routing({}, "2.2.1", "credentials", RoutedMessage.REQUEST) == RoutingHeaders()


def test_functional_request_without_to_headers_is_refused_outside_a_hub() -> None:
    from_only = {OCPI_FROM_COUNTRY_CODE: "NL", OCPI_FROM_PARTY_ID: "TNM"}
    with pytest.raises(RoutingHeaderError) as caught:
        read_routing(from_only, "2.3.0", "locations", RoutedMessage.REQUEST)
    assert caught.value.problem is RoutingProblem.MISSING
    assert caught.value.headers == (OCPI_TO_COUNTRY_CODE, OCPI_TO_PARTY_ID)


def test_hub_accepts_an_open_routing_request_without_to_headers() -> None:
    from_only = {OCPI_FROM_COUNTRY_CODE: "NL", OCPI_FROM_PARTY_ID: "TNM"}
    routing = read_routing(from_only, "2.2.1", "sessions", RoutedMessage.REQUEST_TO_HUB)
    assert routing == RoutingHeaders(from_party=CPO_NL)


def test_hub_answer_to_a_broadcast_push_may_leave_out_its_from_headers() -> None:
    to_only = {OCPI_TO_COUNTRY_CODE: "NL", OCPI_TO_PARTY_ID: "TNM"}
    routing = read_routing(to_only, "2.2.1", "tokens", RoutedMessage.BROADCAST_RESPONSE)
    assert routing == RoutingHeaders(to_party=CPO_NL)


def test_single_role_pair_may_omit_the_routing_headers() -> None:
    routing = read_routing({}, "2.2.1", "locations", RoutedMessage.REQUEST, single_role_pair=True)
    assert routing == RoutingHeaders()


def test_direct_request_with_both_pairs_is_read() -> None:
    assert read_routing(DIRECT_HEADERS, "2.2.1", "locations", RoutedMessage.REQUEST) == DIRECT


def test_unknown_encoding_or_message_kind_is_a_usage_error() -> None:
    with pytest.raises(HeaderUsageError):
        token_candidates("Token abc", "rot13")  # type: ignore[arg-type]
    with pytest.raises(HeaderUsageError):
        authorization_header(CredentialsToken("abc"), "rot13")  # type: ignore[arg-type]
    with pytest.raises(HeaderUsageError):
        routing_requirement("2.2.1", "locations", "gossip")  # type: ignore[arg-type]


# -- error family ---------------------------------------------------------------------------


def test_every_error_of_the_module_is_a_header_error() -> None:
    for cls in (
        HeaderUsageError,
        CredentialsTokenError,
        AuthorizationError,
        RequestIdError,
        PartyRefError,
        RoutingHeaderError,
    ):
        assert issubclass(cls, HeaderError)
        assert issubclass(cls, ValueError)
