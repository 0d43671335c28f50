"""How the credentials machine writes the token in its Authorization headers (the package's
"Token encoding" table) and how it asks adapters to read the peer's: a per-peer mode, else the
version, else (before any version is known) what the versions we support allow."""

import base64
from typing import Final

import pytest

from ocpkit.ocpi.credentials import (
    CredentialsError,
    FailureReason,
    OutgoingRequest,
    Registration,
    Step,
)
from ocpkit.ocpi.headers import CredentialsToken, TokenEncoding
from ocpkit.ocpi.version import OcpiVersion
from tests._ocpi_credentials_support import (
    ALL,
    CPO_PARTY,
    TOKEN_A,
    V211,
    V221,
    V230,
    Party,
    S,
    declaration,
    drive,
    pair,
    registered,
)

MODES: Final = (TokenEncoding.PLAIN, TokenEncoding.BASE64, TokenEncoding.ACCEPT_BOTH)


def written_as(request: OutgoingRequest) -> TokenEncoding:
    """Which form the request's Authorization header is in, read back from the header."""
    secret = request.token.reveal()
    header = request.authorization()
    if header == f"Token {secret}":
        return TokenEncoding.PLAIN
    assert header == f"Token {base64.b64encode(secret.encode()).decode()}"
    return TokenEncoding.BASE64


def first_request(emsp: Party) -> OutgoingRequest:
    emsp.reg.register()
    request = emsp.reg.next_request()
    assert request is not None
    assert request.step is Step.GET_VERSIONS
    assert request.version is None
    return request


# -- no mode set: the versions decide -----------------------------------------------------------


def test_a_211_only_initiator_fetches_the_versions_with_the_plain_token() -> None:
    emsp, _ = pair(emsp_versions=(V211,))
    request = first_request(emsp)
    assert request.encoding is TokenEncoding.PLAIN
    assert request.authorization() == f"Token {TOKEN_A}"


@pytest.mark.parametrize("ours", [(V211, V221), (V211, V230), (V221,), (V230,), ALL])
def test_an_initiator_with_a_later_version_fetches_the_versions_with_base64(
    ours: tuple[OcpiVersion, ...],
) -> None:
    emsp, _ = pair(emsp_versions=ours)
    request = first_request(emsp)
    assert request.encoding is TokenEncoding.BASE64
    assert written_as(request) is TokenEncoding.BASE64


def test_without_a_mode_every_later_request_follows_its_version() -> None:
    # a mixed initiator agrees on 2.1.1: only its first GET (no version yet) is Base64
    emsp, cpo = registered(cpo_versions=(V211,), emsp_versions=ALL)
    assert [(r.step, r.encoding) for r in emsp.log] == [
        (Step.GET_VERSIONS, TokenEncoding.BASE64),
        (Step.GET_DETAILS, TokenEncoding.PLAIN),
        (Step.POST_CREDENTIALS, TokenEncoding.PLAIN),
    ]
    # the receiver knows the version from the endpoint the POST reached
    assert [r.encoding for r in cpo.log] == [TokenEncoding.PLAIN, TokenEncoding.PLAIN]
    # an update starts from the version in use
    emsp.log.clear()
    emsp.reg.update()
    assert drive(emsp) is S.REGISTERED
    emsp.reg.unregister()
    assert drive(emsp) is S.UNREGISTERED
    assert [r.step for r in emsp.log] == [
        Step.GET_VERSIONS,
        Step.GET_DETAILS,
        Step.PUT_CREDENTIALS,
        Step.DELETE_CREDENTIALS,
    ]
    assert {written_as(r) for r in emsp.log} == {TokenEncoding.PLAIN}


def test_without_a_mode_a_22_registration_is_base64_throughout() -> None:
    emsp, cpo = registered(cpo_versions=(V221,), emsp_versions=(V211, V221))
    assert {r.encoding for r in emsp.log + cpo.log} == {TokenEncoding.BASE64}


# -- a mode set for the peer --------------------------------------------------------------------


@pytest.mark.parametrize("versions", [(V211,), (V230,), ALL], ids=["211", "230", "all"])
@pytest.mark.parametrize("mode", MODES)
def test_a_set_mode_is_used_on_every_request_of_registration_update_and_delete(
    mode: TokenEncoding, versions: tuple[OcpiVersion, ...]
) -> None:
    emsp, cpo = pair(versions, versions, cpo_encoding=mode, emsp_encoding=mode)
    emsp.reg.register()
    assert drive(emsp) is S.REGISTERED
    emsp.reg.update()
    assert drive(emsp) is S.REGISTERED
    cpo.reg.update()
    assert drive(cpo) is S.REGISTERED
    emsp.reg.unregister()
    assert drive(emsp) is S.UNREGISTERED
    assert cpo.reg.state is S.UNREGISTERED
    sent = emsp.log + cpo.log
    assert {r.step for r in sent} == set(Step)
    assert {r.encoding for r in sent} == {mode}
    # ACCEPT_BOTH is a reading mode; what we send with it is Base64
    expected = TokenEncoding.PLAIN if mode is TokenEncoding.PLAIN else TokenEncoding.BASE64
    assert {written_as(r) for r in sent} == {expected}


def test_a_header_in_the_form_the_receivers_mode_excludes_is_a_401() -> None:
    emsp, cpo = pair(cpo_encoding=TokenEncoding.BASE64, emsp_encoding=TokenEncoding.PLAIN)
    emsp.reg.register()
    assert drive(emsp) is S.UNREGISTERED
    assert emsp.reg.failure is not None
    assert emsp.reg.failure.step is Step.GET_VERSIONS
    assert emsp.reg.failure.reason is FailureReason.HTTP_ERROR
    assert emsp.reg.failure.http_status == 401
    assert cpo.reg.state is S.UNREGISTERED


# -- reading the peer's headers -----------------------------------------------------------------


@pytest.mark.parametrize("side", ["initiator", "receiver"])
@pytest.mark.parametrize(
    ("mode", "read_as"),
    [(None, TokenEncoding.ACCEPT_BOTH)] + [(m, m) for m in MODES],
)
def test_the_peers_headers_are_read_in_its_mode_or_in_either_form(
    side: str, mode: TokenEncoding | None, read_as: TokenEncoding
) -> None:
    emsp, cpo = pair(cpo_encoding=mode, emsp_encoding=mode)
    party = emsp if side == "initiator" else cpo
    assert party.reg.encoding is read_as


def test_the_mode_may_be_given_as_its_value() -> None:
    registration = Registration.receiver(
        token_a=TOKEN_A,
        ours=declaration("cpo"),
        parties=CPO_PARTY,
        encoding="plain",  # type: ignore[arg-type]
    )
    assert registration.encoding is TokenEncoding.PLAIN


@pytest.mark.parametrize("bad", ["PLAIN", "hex", 1, object()])
def test_a_mode_that_is_no_token_encoding_is_refused(bad: object) -> None:
    with pytest.raises(CredentialsError, match="TokenEncoding"):
        Registration.initiator(
            token_a=TOKEN_A,
            peer_versions_url="https://cpo.example/ocpi/versions",
            ours=declaration("emsp"),
            parties=CPO_PARTY,
            encoding=bad,  # type: ignore[arg-type]
        )


@pytest.mark.parametrize(
    ("version", "encoding"),
    [(None, TokenEncoding.BASE64), (V211, TokenEncoding.PLAIN), (V221, TokenEncoding.BASE64)],
)
def test_a_request_made_by_hand_is_written_as_its_version_says_unless_told(
    version: OcpiVersion | None, encoding: TokenEncoding
) -> None:
    token = CredentialsToken(TOKEN_A)
    by_version = OutgoingRequest(step=Step.GET_VERSIONS, url="u", token=token, version=version)
    assert by_version.encoding is encoding
    told = OutgoingRequest(
        step=Step.GET_VERSIONS, url="u", token=token, version=version, encoding=TokenEncoding.PLAIN
    )
    assert written_as(told) is TokenEncoding.PLAIN
