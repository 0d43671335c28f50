"""OCPI credentials tokens and the Authorization header: the hidden, constant-time token,
the plain and Base64 forms, and matching a received header against known tokens, tested
rule by rule and with properties."""

import base64
import hashlib
import hmac
import pickle
import time

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from ocpkit.ocpi.headers import (
    MAX_AUTHORIZATION_LENGTH,
    MAX_TOKEN_LENGTH,
    AuthorizationError,
    AuthorizationProblem,
    CredentialsToken,
    CredentialsTokenError,
    HeaderError,
    HeaderUsageError,
    TokenEncoding,
    authorization_header,
    default_token_encoding,
    match_token,
    token_candidates,
)
from ocpkit.ocpi.status import AuthenticationFailed, InvalidOrMissingParameters
from ocpkit.ocpi.version import OcpiVersion

PLAIN, BASE64, BOTH = TokenEncoding.PLAIN, TokenEncoding.BASE64, TokenEncoding.ACCEPT_BOTH
TOKEN_TEXT = st.text(alphabet=st.characters(min_codepoint=0x21, max_codepoint=0x7E), min_size=1)
TOKEN_TEXT = TOKEN_TEXT.filter(lambda t: len(t) <= MAX_TOKEN_LENGTH)
TOKENS = TOKEN_TEXT.map(CredentialsToken)
SPEC_UUID = "ebf3b399-779f-4497-9b9d-ac6ad3cc44d2"  # the token in the spec's credentials example


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode("ascii")


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
