"""The credentials exchanges end to end between two machines: registering, updating and
unregistering, the peer's requests that are refused, and failed exchanges that keep the
committed tokens."""

from typing import Final

import orjson
import pytest

from ocpkit.ocpi import v211
from ocpkit.ocpi.credentials import (
    ExchangeInProgress,
    FailureReason,
    InvalidCredentials,
    ModuleRequirement,
    OutgoingRequest,
    OutOfOrder,
    Step,
    TokenAccess,
    Tokens,
)
from ocpkit.ocpi.envelope import error_response, success
from ocpkit.ocpi.headers import CredentialsToken, TokenEncoding
from ocpkit.ocpi.status import (
    AlreadyRegistered,
    AuthenticationFailed,
    MethodNotAllowed,
    NotFound,
    NotRegistered,
    UnsupportedVersion,
)
from ocpkit.ocpi.version import OcpiVersion
from tests._ocpi_credentials_support import (
    ALL,
    EMSP_PARTY,
    NOW,
    TOKEN_A,
    V211,
    V221,
    V230,
    Party,
    S,
    X,
    declaration,
    drive,
    pair,
    registered,
    send_one,
    their_body,
)


def assert_linked(a: Party, b: Party) -> None:
    """Each side calls the other with the token the other accepts, and nothing else."""
    assert a.reg.tokens.ours is not None
    assert a.reg.tokens.theirs is not None
    assert a.reg.tokens.ours == b.reg.tokens.theirs
    assert a.reg.tokens.theirs == b.reg.tokens.ours
    for side in (a, b):
        assert side.reg.tokens.ours_pending is None
        assert side.reg.tokens.theirs_pending is None
        assert side.reg.access(side.reg.tokens.ours) is TokenAccess.FULL


# -- a full registration ----------------------------------------------------------------------


@pytest.mark.parametrize("version", ALL)
def test_full_registration_between_an_initiator_and_a_receiver(version: OcpiVersion) -> None:
    emsp, cpo = pair(cpo_versions=(version,), emsp_versions=ALL)
    assert emsp.reg.register() is S.FETCHING_VERSIONS
    assert drive(emsp) is S.REGISTERED
    assert cpo.reg.state is S.REGISTERED
    assert emsp.reg.failure is None
    assert_linked(emsp, cpo)
    # what went over the wire: A for the initiator's three requests, B for the receiver's two
    assert [(r.step, r.token.reveal()) for r in emsp.log] == [
        (Step.GET_VERSIONS, TOKEN_A),
        (Step.GET_DETAILS, TOKEN_A),
        (Step.POST_CREDENTIALS, TOKEN_A),
    ]
    assert [(r.step, r.token.reveal()) for r in cpo.log] == [
        (Step.GET_VERSIONS, "emsp-token-1"),
        (Step.GET_DETAILS, "emsp-token-1"),
    ]
    assert emsp.reg.tokens.theirs == CredentialsToken("cpo-token-1")
    # token A is void; what each side learnt of the other
    assert cpo.reg.access(TOKEN_A) is TokenAccess.NONE
    assert emsp.reg.link is not None
    assert cpo.reg.link is not None
    assert emsp.reg.link.version is version
    assert cpo.reg.link.version is version
    assert emsp.reg.link.versions_url == "https://cpo.example/ocpi/versions"
    assert cpo.reg.link.versions_url == "https://emsp.example/ocpi/versions"
    assert cpo.reg.link.endpoints.find("locations", "RECEIVER") == (
        f"https://emsp.example/ocpi/{version.value}/locations"
    )
    assert emsp.reg.link.parties.find("nl", "cpo") is not None
    assert cpo.reg.link.parties.find("DE", "msp", "EMSP") is not None


@pytest.mark.parametrize(
    ("cpo_versions", "emsp_versions", "chosen"),
    [
        (ALL, ALL, V230),
        ((V211, V221), ALL, V221),
        (ALL, (V211,), V211),
        ((V211, V230), (V211, V221, V230), V230),
    ],
)
def test_registration_uses_the_highest_mutual_version(
    cpo_versions: tuple[OcpiVersion, ...],
    emsp_versions: tuple[OcpiVersion, ...],
    chosen: OcpiVersion,
) -> None:
    emsp, _cpo = registered(cpo_versions=cpo_versions, emsp_versions=emsp_versions)
    assert emsp.reg.link is not None
    assert emsp.reg.link.version is chosen
    assert emsp.log[-1].url == f"https://cpo.example/ocpi/{chosen.value}/credentials"
    assert emsp.log[-1].version is chosen


def test_the_versions_list_is_fetched_before_any_version_is_known() -> None:
    emsp, _ = pair()
    emsp.reg.register()
    request = emsp.reg.next_request()
    assert request is not None
    assert request.version is None
    assert request.encoding is TokenEncoding.BASE64
    assert emsp.reg.next_request() == request  # the same until its reply is fed


@pytest.mark.parametrize(
    ("version", "header"),
    [
        (V211, f"Token {TOKEN_A}"),
        (V221, "Token U2VjcmV0LVRva2VuLUEtMDEyMzQ1Njc4OQ=="),
        (V230, "Token U2VjcmV0LVRva2VuLUEtMDEyMzQ1Njc4OQ=="),
    ],
)
def test_the_authorization_header_is_written_as_the_version_prescribes(
    version: OcpiVersion, header: str
) -> None:
    request = OutgoingRequest(
        step=Step.GET_DETAILS, url="u", token=CredentialsToken(TOKEN_A), version=version
    )
    assert request.authorization() == header
    assert request.authorization(TokenEncoding.PLAIN) == f"Token {TOKEN_A}"


def test_the_posted_body_is_our_credentials_with_the_new_token() -> None:
    emsp, _ = pair(cpo_versions=(V221,))
    emsp.reg.register()
    send_one(emsp)
    send_one(emsp)
    request = emsp.reg.next_request()
    assert request is not None
    assert request.method == "POST"
    assert orjson.loads(request.body_json() or b"") == {
        "token": "emsp-token-1",
        "url": "https://emsp.example/ocpi/versions",
        "roles": [
            {
                "role": "EMSP",
                "business_details": {"name": "Example Provider"},
                "party_id": "MSP",
                "country_code": "DE",
            }
        ],
    }


# -- update (PUT) and unregistration (DELETE) -------------------------------------------------


@pytest.mark.parametrize("who", ["emsp", "cpo"])
def test_an_update_rotates_both_tokens_and_voids_the_old_ones(who: str) -> None:
    emsp, cpo = registered()
    before = (emsp.reg.tokens, cpo.reg.tokens)
    starter = emsp if who == "emsp" else cpo
    assert starter.reg.update() is S.FETCHING_VERSIONS
    assert drive(starter) is S.REGISTERED
    assert_linked(emsp, cpo)
    after = (emsp.reg.tokens, cpo.reg.tokens)
    for old, new in zip(before, after, strict=True):
        assert old.ours != new.ours
        assert old.theirs != new.theirs
    assert emsp.reg.access(before[0].ours) is TokenAccess.NONE
    assert cpo.reg.access(before[1].ours) is TokenAccess.NONE
    assert starter.log[-1].method == "PUT"
    assert starter.log[-1].token == (before[0] if who == "emsp" else before[1]).theirs


def test_a_put_switches_to_the_version_of_the_endpoint_it_was_sent_to() -> None:
    emsp, cpo = registered(emsp_versions=(V211,))
    assert cpo.reg.link is not None
    assert cpo.reg.link.version is V211
    emsp.reg.ours = declaration("emsp", ALL)  # the eMSP's software now also speaks 2.3.0
    emsp.reg.update()
    assert drive(emsp) is S.REGISTERED
    assert emsp.log[-1].url == "https://cpo.example/ocpi/2.3.0/credentials"
    assert cpo.reg.link is not None
    assert cpo.reg.link.version is V230
    assert cpo.reg.link.endpoints.version is V230
    assert_linked(emsp, cpo)


@pytest.mark.parametrize("who", ["emsp", "cpo"])
def test_a_delete_ends_the_registration_on_both_sides(who: str) -> None:
    emsp, cpo = registered()
    old = {emsp.name: emsp.reg.tokens, cpo.name: cpo.reg.tokens}
    starter = emsp if who == "emsp" else cpo
    assert starter.reg.unregister() is S.UNREGISTERING
    assert drive(starter) is S.UNREGISTERED
    for party in (emsp, cpo):
        assert party.reg.state is S.UNREGISTERED
        assert party.reg.tokens == Tokens()
        assert party.reg.link is None
        assert party.reg.access(old[party.name].ours) is TokenAccess.NONE
    with pytest.raises(OutOfOrder):
        emsp.reg.register()  # a new registration needs a new token A, so a new machine


# -- the 405 rules and other refusals of incoming requests ------------------------------------


def test_a_post_from_a_registered_party_is_a_405() -> None:
    _emsp, cpo = registered()
    with pytest.raises(AlreadyRegistered) as caught:
        cpo.reg.receive_post(cpo.reg.tokens.ours, their_body(), version=V230)
    assert isinstance(caught.value, MethodNotAllowed)
    assert caught.value.http_status == 405
    assert cpo.reg.state is S.REGISTERED


def test_a_put_before_registration_is_a_405() -> None:
    _, cpo = pair()
    with pytest.raises(NotRegistered) as caught:
        cpo.reg.receive_put(TOKEN_A, their_body(), version=V230)
    assert caught.value.http_status == 405
    assert cpo.reg.state is S.UNREGISTERED
    assert cpo.reg.access(TOKEN_A) is TokenAccess.REGISTRATION


def test_a_delete_before_registration_is_a_405() -> None:
    _, cpo = pair()
    with pytest.raises(NotRegistered) as caught:
        cpo.reg.receive_delete(TOKEN_A)
    assert caught.value.http_status == 405


def test_the_405s_reach_the_peer_as_http_405_with_an_envelope() -> None:
    emsp, cpo = registered()
    request = OutgoingRequest(
        step=Step.POST_CREDENTIALS,
        url="https://cpo.example/ocpi/2.3.0/credentials",
        token=emsp.reg.tokens.theirs or CredentialsToken("x"),
        version=V230,
        body=EMSP_PARTY.credentials(V230, token="again", url="https://emsp.example/v"),
    )
    status, body = cpo.serve(request)
    assert status == 405
    assert orjson.loads(body)["status_code"] == 2000


def test_a_put_or_delete_after_unregistration_is_refused() -> None:
    _emsp, cpo = registered()
    old = cpo.reg.tokens.ours
    cpo.reg.receive_delete(old)
    with pytest.raises(AuthenticationFailed):  # the old token is gone with the registration
        cpo.reg.receive_put(old, their_body(), version=V230)
    with pytest.raises(AuthenticationFailed):
        cpo.reg.receive_delete(old)


def test_a_post_while_a_post_is_being_handled_is_refused() -> None:
    _, cpo = pair()
    cpo.reg.receive_post(TOKEN_A, their_body(), version=V230)
    with pytest.raises(ExchangeInProgress) as caught:
        cpo.reg.receive_post(TOKEN_A, their_body(token="second"), version=V230)
    assert caught.value.status_code == 2000
    with pytest.raises(NotRegistered):  # not registered yet: PUT is still a 405
        cpo.reg.receive_put(TOKEN_A, their_body(), version=V230)


@pytest.mark.parametrize("method", ["PUT", "DELETE"])
def test_a_put_or_delete_during_our_own_update_is_refused(method: str) -> None:
    _emsp, cpo = registered()
    cpo.reg.update()
    token = cpo.reg.tokens.ours

    def receive() -> object:
        if method == "PUT":
            return cpo.reg.receive_put(token, their_body(), version=V230)
        return cpo.reg.receive_delete(token)

    with pytest.raises(ExchangeInProgress):
        receive()
    assert cpo.reg.state is S.FETCHING_VERSIONS
    assert drive(cpo) is S.REGISTERED


def test_a_post_to_a_version_we_do_not_serve_is_a_3002() -> None:
    _, cpo = pair(cpo_versions=(V221,))
    with pytest.raises(UnsupportedVersion):
        cpo.reg.receive_post(TOKEN_A, their_body(V230), version=V230)


@pytest.mark.parametrize(
    "body",
    [
        b"not json",
        b"[]",
        b'{"token": "t", "url": "u"}',
        their_body(V211),  # a 2.1.1 object at the 2.3.0 endpoint: no roles
        their_body(V230).replace(b"fresh-token", b"has space"),
        their_body(V230).replace(b"fresh-token", b"x" * 65),
    ],
)
def test_a_body_that_is_not_valid_credentials_is_a_2001(body: bytes) -> None:
    _, cpo = pair()
    with pytest.raises(InvalidCredentials) as caught:
        cpo.reg.receive_post(TOKEN_A, body, version=V230)
    assert caught.value.status_code == 2001
    assert b"has space" not in str(caught.value).encode()
    assert cpo.reg.state is S.UNREGISTERED
    assert cpo.reg.tokens.theirs_pending is None


def test_a_get_gives_our_credentials_with_the_presented_token() -> None:
    _emsp, cpo = registered(cpo_versions=(V211,))
    token = cpo.reg.tokens.ours
    assert token is not None
    got = cpo.reg.receive_get(token, version=OcpiVersion.V211)
    assert isinstance(got, v211.Credentials)
    assert got.token == token.reveal()
    assert got.party_id == "CPO"


# -- failures keep the committed tokens --------------------------------------------------------


def test_a_failed_details_fetch_by_the_receiver_keeps_token_a_valid() -> None:
    emsp, cpo = pair()
    cpo.fail_next = Step.GET_DETAILS
    emsp.reg.register()
    assert drive(emsp) is S.UNREGISTERED
    failure = emsp.reg.failure
    assert failure is not None
    assert failure.reason is FailureReason.OCPI_ERROR
    assert failure.status_code == 3001
    assert failure.step is Step.POST_CREDENTIALS
    assert cpo.reg.failure is not None
    assert cpo.reg.failure.reason is FailureReason.NO_ANSWER
    # nothing was committed on either side
    assert cpo.reg.tokens == Tokens(ours=CredentialsToken(TOKEN_A))
    assert emsp.reg.tokens == Tokens(theirs=CredentialsToken(TOKEN_A))
    assert cpo.reg.access(TOKEN_A) is TokenAccess.REGISTRATION
    assert emsp.reg.access("emsp-token-1") is TokenAccess.NONE
    # and the registration can simply be tried again
    emsp.reg.register()
    assert drive(emsp) is S.REGISTERED
    assert_linked(emsp, cpo)


def test_a_failed_details_fetch_during_an_update_keeps_the_old_tokens() -> None:
    emsp, cpo = registered()
    before = (emsp.reg.tokens, cpo.reg.tokens)
    cpo.fail_next = Step.GET_DETAILS
    emsp.reg.update()
    assert drive(emsp) is S.REGISTERED
    assert emsp.reg.failure is not None
    assert emsp.reg.failure.status_code == 3001
    assert (emsp.reg.tokens, cpo.reg.tokens) == before
    assert_linked(emsp, cpo)


@pytest.mark.parametrize("step", [Step.GET_VERSIONS, Step.GET_DETAILS, Step.POST_CREDENTIALS])
def test_a_failed_request_of_the_initiator_leaves_it_unregistered_with_token_a(step: Step) -> None:
    emsp, cpo = pair()
    emsp.fail_next = step
    emsp.reg.register()
    assert drive(emsp) is S.UNREGISTERED
    assert emsp.reg.failure is not None
    assert emsp.reg.failure.step is step
    assert emsp.reg.failure.reason is FailureReason.NO_ANSWER
    assert emsp.reg.tokens == Tokens(theirs=CredentialsToken(TOKEN_A))
    assert [r.step for r in emsp.log][-1] is step
    assert cpo.reg.state is S.UNREGISTERED


def test_the_initiator_does_not_post_when_a_required_module_is_missing() -> None:
    emsp, _cpo = pair(emsp_requires=(ModuleRequirement(module="cdrs", role="RECEIVER"),))
    emsp.reg.register()
    assert drive(emsp) is S.UNREGISTERED
    assert emsp.reg.failure is not None
    assert emsp.reg.failure.reason is FailureReason.MISSING_ENDPOINT
    assert [r.step for r in emsp.log] == [Step.GET_VERSIONS, Step.GET_DETAILS]


def test_the_receiver_answers_3003_when_a_required_module_is_missing() -> None:
    emsp, _cpo = pair(cpo_requires=(ModuleRequirement(module="cdrs"),))
    emsp.reg.register()
    assert drive(emsp) is S.UNREGISTERED
    assert emsp.reg.failure is not None
    assert emsp.reg.failure.status_code == 3003


def test_no_mutual_version_ends_the_registration_before_any_post() -> None:
    emsp, _cpo = pair(cpo_versions=(V211,), emsp_versions=(V221, V230))
    emsp.reg.register()
    assert drive(emsp) is S.UNREGISTERED
    assert emsp.reg.failure is not None
    assert emsp.reg.failure.reason is FailureReason.NO_MUTUAL_VERSION
    assert emsp.reg.failure.error().status_code == 3002
    assert len(emsp.log) == 1


def test_the_receiver_answers_3002_when_the_sender_does_not_list_the_version_it_used() -> None:
    _emsp, cpo = pair()
    cpo.reg.receive_post(TOKEN_A, their_body(V221), version=V221)
    request = cpo.reg.next_request()
    assert request is not None
    # the sender's list lacks 2.2.1
    reply = success([{"version": "2.1.1", "url": "https://emsp.example/ocpi/2.1.1"}], now=NOW)
    assert cpo.reg.versions_received(reply.to_json()) is S.UNREGISTERED
    with pytest.raises(UnsupportedVersion):
        cpo.reg.answer()


def ok_versions() -> bytes:
    return success(declaration("emsp").versions(), now=NOW).to_json()


REPLY_FAILURES: Final = [
    # body, http status, reason, status code kept
    (b"not json", 200, FailureReason.INVALID_REPLY, None),
    (b'{"status_code": 1000}', 200, FailureReason.INVALID_REPLY, None),
    (b"<html>", 502, FailureReason.HTTP_ERROR, None),
    (error_response(NotFound("x"), now=NOW).to_json(), 404, FailureReason.HTTP_ERROR, 2000),
    (success([], now=NOW, status_code=1000).to_json(), 200, FailureReason.NO_MUTUAL_VERSION, None),
    (success({"a": 1}, now=NOW).to_json(), 200, FailureReason.INVALID_REPLY, None),
    (
        error_response(UnsupportedVersion("x"), now=NOW).to_json(),
        200,
        FailureReason.OCPI_ERROR,
        3002,
    ),
    (ok_versions(), 500, FailureReason.HTTP_ERROR, 1000),
]


@pytest.mark.parametrize(("body", "http_status", "reason", "code"), REPLY_FAILURES)
def test_each_unusable_versions_reply_is_a_failure_with_its_reason(
    body: bytes, http_status: int, reason: FailureReason, code: int | None
) -> None:
    emsp, _ = pair()
    emsp.reg.register()
    assert emsp.reg.versions_received(body, http_status=http_status) is S.UNREGISTERED
    failure = emsp.reg.failure
    assert failure is not None
    assert failure.reason is reason
    assert failure.step is Step.GET_VERSIONS
    assert failure.exchange is X.REGISTER
    assert failure.status_code == code


def test_an_unusable_credentials_answer_keeps_token_a_and_drops_the_pending_token() -> None:
    emsp, _ = pair()
    emsp.reg.register()
    send_one(emsp)
    send_one(emsp)
    answer = success({"token": "has space", "url": "u", "roles": []}, now=NOW).to_json()
    assert emsp.reg.credentials_received(answer) is S.UNREGISTERED
    assert emsp.reg.failure is not None
    assert emsp.reg.failure.reason is FailureReason.INVALID_REPLY
    assert emsp.reg.tokens == Tokens(theirs=CredentialsToken(TOKEN_A))
