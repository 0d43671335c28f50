"""Credentials tokens: what each token the peer presents may reach, how new tokens are made,
and that no token shows in a repr or a message."""

import pytest

from ocpkit.ocpi.credentials import (
    CredentialsError,
    Registration,
    Step,
    TokenAccess,
    new_token,
)
from ocpkit.ocpi.headers import CredentialsToken
from ocpkit.ocpi.status import AuthenticationFailed, RegistrationRequired
from tests._ocpi_credentials_support import (
    CPO_PARTY,
    TOKEN_A,
    S,
    declaration,
    drive,
    pair,
    registered,
    send_one,
)

# -- token access ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("module", "allowed"),
    [("versions", True), ("credentials", True), ("locations", False), ("nltnm-x", False)],
)
def test_token_a_reaches_only_versions_and_credentials(module: str, allowed: bool) -> None:
    _, cpo = pair()
    assert cpo.reg.access(TOKEN_A) is TokenAccess.REGISTRATION
    assert TokenAccess.REGISTRATION.allows(module) is allowed
    if allowed:
        cpo.reg.authorize(TOKEN_A, module)
    else:
        with pytest.raises(RegistrationRequired) as caught:
            cpo.reg.authorize(TOKEN_A, module)
        assert caught.value.http_status == 401


@pytest.mark.parametrize("token", [None, "someone-else", "with space", ""])
def test_a_token_the_machine_does_not_hold_is_a_401(token: str | None) -> None:
    _, cpo = pair()
    assert cpo.reg.access(token) is TokenAccess.NONE
    with pytest.raises(AuthenticationFailed) as caught:
        cpo.reg.authorize(token, "versions")
    assert caught.value.http_status == 401
    assert not isinstance(caught.value, RegistrationRequired)


def test_our_pending_token_reaches_versions_during_a_registration_and_all_during_an_update() -> (
    None
):
    emsp, _cpo = pair()
    emsp.reg.register()
    send_one(emsp)
    assert send_one(emsp) is S.POSTING_CREDENTIALS
    pending = emsp.reg.tokens.ours_pending
    assert emsp.reg.access(pending) is TokenAccess.REGISTRATION
    drive(emsp)
    emsp.reg.update()
    send_one(emsp)
    assert send_one(emsp) is S.UPDATING
    assert emsp.reg.access(emsp.reg.tokens.ours_pending) is TokenAccess.FULL
    assert emsp.reg.access(emsp.reg.tokens.ours) is TokenAccess.FULL  # old one still valid


def test_after_registration_the_tokens_reach_every_module() -> None:
    emsp, cpo = registered()
    cpo.reg.authorize(cpo.reg.tokens.ours, "locations")
    emsp.reg.authorize(emsp.reg.tokens.ours, "tokens")
    with pytest.raises(AuthenticationFailed):
        cpo.reg.authorize(TOKEN_A, "versions")


# -- tokens: making them and keeping them secret ------------------------------------------------


def test_the_default_token_factory_makes_valid_distinct_tokens() -> None:
    made = {new_token() for _ in range(20)}
    assert len(made) == 20
    for text in made:
        CredentialsToken(text)


@pytest.mark.parametrize("bad", ["", "with space", "x" * 65, "caf\u00e9"])
def test_a_token_factory_making_invalid_tokens_is_our_bug_not_the_peers(bad: str) -> None:
    emsp, cpo = pair()
    cpo.reg._token_factory = lambda: bad  # a broken factory, as a user might pass one
    emsp.reg.register()
    send_one(emsp)
    send_one(emsp)
    with pytest.raises(CredentialsError):
        send_one(emsp)  # the cpo's answer cannot be made


def test_token_a_that_cannot_be_a_token_is_refused_when_the_machine_is_made() -> None:
    with pytest.raises(CredentialsError):
        Registration.receiver(token_a="two words", ours=declaration("cpo"), parties=CPO_PARTY)
    with pytest.raises(CredentialsError):
        Registration(ours=declaration("cpo"), parties=CPO_PARTY)  # no token A at all


def test_no_token_shows_in_any_repr_or_message() -> None:
    emsp, cpo = pair()
    emsp.reg.register()
    send_one(emsp)
    send_one(emsp)
    request = emsp.reg.next_request()
    cpo.fail_next = Step.GET_DETAILS
    send_one(emsp)
    texts = [
        repr(emsp.reg),
        repr(cpo.reg),
        repr(request),
        repr(emsp.reg.tokens),
        repr(cpo.reg.tokens),
        repr(emsp.reg.failure),
        repr(cpo.reg.failure),
        str(cpo.reg.failure.error() if cpo.reg.failure else ""),
    ]
    for text in texts:
        for secret in (TOKEN_A, "emsp-token-1", "cpo-token-1"):
            assert secret not in text
