"""The charging station identity in the URL path: prefix, charset, traversal and log safety."""

import unicodedata
from urllib.parse import quote

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from ocpkit.ocpp.negotiation import (
    ALWAYS_REFUSED_CHARACTERS,
    MAX_IDENTITY_LENGTH,
    REFUSED_CATEGORIES,
    STRICT_IDENTITY_CHARACTERS,
    ClientCertificate,
    IdentityCharset,
    IdentityError,
    NegotiationError,
    identity_from_path,
)

STRICT, RELAXED = IdentityCharset.STRICT, IdentityCharset.RELAXED

# (path, prefix, identity): accepted under both charsets.
ACCEPTED = [
    ("/CS-0001", "/", "CS-0001"),
    ("/CS-0001/", "/", "CS-0001"),
    ("/CS-0001?token=1#x", "/", "CS-0001"),
    ("/ocpp/CS-0001", "/ocpp/", "CS-0001"),
    ("/ocpp/CS-0001", "/ocpp", "CS-0001"),
    ("/a_b=c+d|e@f.g", "/", "a_b=c+d|e@f.g"),
    ("/%43%53%31", "/", "CS1"),  # escapes of allowed characters decode
    ("/cs.1", "/", "cs.1"),
    ("/" + "a" * MAX_IDENTITY_LENGTH, "/", "a" * MAX_IDENTITY_LENGTH),
    # A station's own URL: the CSMS chose the path before the identity.
    ("ws://127.0.0.1:9000/steve/websocket/CentralSystemService/WB42", "/", "WB42"),
    ("wss://csms.example/ocpp/CS-1/", "/", "CS-1"),
]

# (path, prefix, why): refused under both charsets.
REFUSED = [
    ("//[x://y/CS1", "/", "urlsplit raised ValueError on this before"),
    ("/CS1/../CS2", "/", "a segment before the identity other than the prefix"),
    ("/ocpp/CS1", "/", "a segment the prefix does not allow"),
    ("/other/CS1", "/ocpp/", "a different prefix"),
    ("/ocpp/x/CS1", "/ocpp/", "a segment between prefix and identity"),
    ("/..", "/", "traversal"),
    ("/.", "/", "traversal"),
    ("/%2E%2E", "/", "encoded traversal"),
    ("/%2e.", "/", "half-encoded traversal"),
    ("/a%2Fb", "/", "an encoded '/'"),
    ("/a%5Cb", "/", "an encoded backslash"),
    ("/a%252Fb", "/", "double encoding leaves a '%'"),
    ("/%ZZ", "/", "an invalid escape"),
    ("/abc%", "/", "a truncated escape"),
    ("/abc%4", "/", "a truncated escape"),
    ("/%FF", "/", "not UTF-8"),
    ("/CS%3A1", "/", "':' ends the Basic-auth user name"),
    ("/CS:1", "/", "':' ends the Basic-auth user name"),
    ("/%00x", "/", "a control character"),
    ("/a%0Ab", "/", "a line feed"),
    ("/a%C2%85b", "/", "U+0085 next line"),
    ("/a%E2%80%A8b", "/", "U+2028 line separator"),
    ("/a%E2%80%A9b", "/", "U+2029 paragraph separator"),
    ("/a%E2%80%AEb", "/", "U+202E right-to-left override"),
    ("/a\u2028b", "/", "a raw U+2028"),
    ("/a b", "/", "a raw space"),
    ("/a%20b", "/", "an encoded space"),
    ("/", "/", "no identity"),
    ("", "/", "no path"),
    ("CS1", "/", "not a path"),
    ("/" + "a" * (MAX_IDENTITY_LENGTH + 1), "/", "too long"),
    ("ws://h/a/../CS1", "/", "traversal in a station URL"),
    ("ws://h//CS1", "/", "an empty segment in a station URL"),
    ("ws://h", "/", "a station URL without identity"),
]


@pytest.mark.parametrize("charset", [STRICT, RELAXED])
@pytest.mark.parametrize(("path", "prefix", "identity"), ACCEPTED)
def test_identity_is_the_decoded_segment_after_the_prefix(
    path: str, prefix: str, identity: str, charset: IdentityCharset
) -> None:
    assert identity_from_path(path, prefix=prefix, charset=charset) == identity


@pytest.mark.parametrize("charset", [STRICT, RELAXED])
@pytest.mark.parametrize(("path", "prefix", "why"), REFUSED)
def test_traversal_controls_and_bad_escapes_are_refused_in_every_charset(
    path: str, prefix: str, why: str, charset: IdentityCharset
) -> None:
    with pytest.raises(IdentityError):
        identity_from_path(path, prefix=prefix, charset=charset)


@pytest.mark.parametrize(
    ("path", "identity"),
    [("/CS*1", "CS*1"), ("/Zähler-1", "Zähler-1"), ("/CS%231", "CS#1"), ("/%E2%82%AC", "€")],
)
def test_relaxed_charset_takes_printable_legacy_identities_strict_does_not(
    path: str, identity: str
) -> None:
    assert identity_from_path(path, charset=RELAXED) == identity
    with pytest.raises(IdentityError):
        identity_from_path(path)


def test_strict_charset_is_identifier_string_without_colon_and_star() -> None:
    for ch in "azAZ09-_=+|@.":
        assert ch in STRICT_IDENTITY_CHARACTERS
    assert not {":", "*", "/", "%", " "} & STRICT_IDENTITY_CHARACTERS


@pytest.mark.parametrize("character", sorted(ALWAYS_REFUSED_CHARACTERS))
def test_each_always_refused_character_is_refused_encoded_in_both_charsets(character: str) -> None:
    for charset in (STRICT, RELAXED):
        with pytest.raises(IdentityError):
            identity_from_path("/a" + quote(character, safe="") + "b", charset=charset)


@pytest.mark.parametrize(
    ("category", "sample"),
    [("Cc", "\x7f"), ("Cf", "\u200b"), ("Co", "\ue000"), ("Zs", "\u00a0"), ("Zl", "\u2028")],
)
def test_each_refused_category_is_refused_in_the_relaxed_charset(
    category: str, sample: str
) -> None:
    assert category in REFUSED_CATEGORIES
    assert unicodedata.category(sample) == category
    with pytest.raises(IdentityError):
        identity_from_path("/a" + quote(sample, safe="") + "b", charset=RELAXED)


def test_a_prefix_must_be_a_path() -> None:
    with pytest.raises(NegotiationError):
        identity_from_path("/CS1", prefix="ocpp/")


def test_identity_errors_never_quote_the_input() -> None:
    with pytest.raises(IdentityError) as caught:
        identity_from_path("/evil%E2%80%A8secret")
    assert "evil" not in str(caught.value)
    assert "secret" not in str(caught.value)


@given(st.text(max_size=80))
@example("//[x://y/CS1")
@example("ws://[::1")
@example("/%")
@example("/\udcff")
@example("http://h/%2E%2E")
def test_any_text_gives_an_identity_in_the_charset_or_identity_error(path: str) -> None:
    for charset in (STRICT, RELAXED):
        try:
            identity = identity_from_path(path, charset=charset)
        except IdentityError:
            continue
        assert 1 <= len(identity) <= MAX_IDENTITY_LENGTH
        assert identity.strip(".")
        assert not set(identity) & set(ALWAYS_REFUSED_CHARACTERS)
        if charset is STRICT:
            assert set(identity) <= STRICT_IDENTITY_CHARACTERS
        else:
            assert all(unicodedata.category(ch) not in REFUSED_CATEGORIES for ch in identity)


@given(st.text(alphabet=sorted(STRICT_IDENTITY_CHARACTERS), min_size=1, max_size=48))
@example("a.b")
def test_every_strict_identity_survives_percent_encoding(identity: str) -> None:
    if not identity.strip("."):
        return  # '.'-only names are traversal, refused by design
    assert identity_from_path("/" + quote(identity, safe="")) == identity
    assert identity_from_path("/ocpp/" + identity, prefix="/ocpp/") == identity


def test_client_certificate_common_name_is_the_single_cn() -> None:
    one = ClientCertificate(
        der=b"\x30\x00", subject=((("countryName", "NL"),), (("commonName", "CS-1"),))
    )
    assert one.common_name == "CS-1"
    two = ClientCertificate(der=b"", subject=((("commonName", "CS-1"),), (("commonName", "CS-2"),)))
    assert two.common_name is None
    assert ClientCertificate(der=b"").common_name is None
    assert "30 00" not in repr(one)
    assert "<2 bytes>" in repr(one)
