"""The transition table: each of its rows is taken by real traffic, and every call it does not
allow raises :class:`OutOfOrder` and changes nothing."""

from typing import Final

import pytest

from ocpkit.ocpi.credentials import (
    TRANSITIONS,
    CredentialsError,
    Exchange,
    OutOfOrder,
    RegistrationState,
    Trigger,
)
from tests._ocpi_credentials_support import (
    APP_CALLS,
    STEP_TRIGGER,
    TOKEN_A,
    V230,
    Party,
    S,
    T,
    X,
    pair,
    registered,
    send_one,
    their_body,
)

# -- misordering --------------------------------------------------------------------------------


def in_configuration(state: RegistrationState, exchange: Exchange | None) -> Party:
    """A party whose machine stands in ``state`` during ``exchange``, reached by real traffic."""
    if exchange is None:
        emsp, _ = registered() if state is S.REGISTERED else pair()
        return emsp
    if exchange in (X.REGISTER, X.ACCEPT_REGISTRATION):
        emsp, cpo = pair()
        emsp.reg.register()
    else:
        emsp, cpo = registered()
        (emsp.reg.unregister if exchange is X.UNREGISTER else emsp.reg.update)()
    party = emsp
    if exchange in (X.ACCEPT_REGISTRATION, X.ACCEPT_UPDATE):
        # the eMSP's POST or PUT reaches the CPO, which has not answered yet
        while emsp.reg.state not in (S.POSTING_CREDENTIALS, S.UPDATING):
            send_one(emsp)
        request = emsp.reg.next_request()
        assert request is not None
        assert request.version is not None
        receive = cpo.reg.receive_post if request.method == "POST" else cpo.reg.receive_put
        receive(request.token, request.body_json() or b"", version=request.version)
        party = cpo
    while party.reg.state is not state:
        send_one(party)
    assert party.reg.exchange is exchange
    return party


CONFIGURATIONS: Final = sorted(
    {(s, x) for (s, _, x) in TRANSITIONS} | {(S.UNREGISTERED, None), (S.REGISTERED, None)},
    key=str,
)


@pytest.mark.parametrize(("state", "exchange"), CONFIGURATIONS)
@pytest.mark.parametrize("trigger", list(APP_CALLS))
def test_every_call_the_table_does_not_allow_is_out_of_order_and_changes_nothing(
    state: RegistrationState, exchange: Exchange | None, trigger: Trigger
) -> None:
    party = in_configuration(state, exchange)
    tokens, request = party.reg.tokens, party.reg.next_request()
    if (state, trigger, exchange) in TRANSITIONS:
        APP_CALLS[trigger](party.reg)  # allowed: "junk" replies end in the failure row
        return
    with pytest.raises(OutOfOrder) as caught:
        APP_CALLS[trigger](party.reg)
    assert isinstance(caught.value, CredentialsError)
    assert trigger.value in str(caught.value)
    assert (party.reg.state, party.reg.exchange) == (state, exchange)
    assert party.reg.tokens == tokens
    assert party.reg.next_request() == request


def test_answer_without_a_finished_incoming_exchange_is_out_of_order() -> None:
    _, cpo = pair()
    with pytest.raises(OutOfOrder):
        cpo.reg.answer()
    cpo.reg.receive_post(TOKEN_A, their_body(), version=V230)
    with pytest.raises(OutOfOrder):  # still fetching
        cpo.reg.answer()


def test_the_answer_is_given_once() -> None:
    _emsp, cpo = registered()
    with pytest.raises(OutOfOrder):  # the serve() of the harness took it already
        cpo.reg.answer()


@pytest.mark.parametrize(("move", "following"), sorted(TRANSITIONS.items(), key=str))
def test_each_row_of_the_transition_table_is_taken(
    move: tuple[RegistrationState, Trigger, Exchange | None], following: RegistrationState
) -> None:
    state, trigger, exchange = move
    if trigger in (T.POST_RECEIVED, T.PUT_RECEIVED, T.DELETE_RECEIVED):
        _emsp, cpo = registered() if state is S.REGISTERED else pair()
        token = cpo.reg.tokens.ours
        result = {
            T.POST_RECEIVED: lambda: cpo.reg.receive_post(token, their_body(), version=V230),
            T.PUT_RECEIVED: lambda: cpo.reg.receive_put(token, their_body(), version=V230),
            T.DELETE_RECEIVED: lambda: cpo.reg.receive_delete(token),
        }[trigger]()
        assert result is following
        return
    party = in_configuration(state, exchange)
    if trigger in (T.REGISTER, T.UPDATE, T.UNREGISTER, T.FAILED):
        assert APP_CALLS[trigger](party.reg) is following
        return
    request = party.reg.next_request()
    assert request is not None
    assert STEP_TRIGGER[request.step] is trigger
    assert send_one(party) is following
