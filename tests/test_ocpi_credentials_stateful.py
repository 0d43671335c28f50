"""Random orders of moves, replies, failures and stray requests thrown at two machines wired
to each other, and random orders of calls on a fresh one, checked against the transition
table."""

import contextlib
from collections.abc import Callable
from typing import Final

import pytest
from hypothesis import given, note, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from ocpkit.ocpi.credentials import (
    TRANSITIONS,
    OutgoingRequest,
    OutOfOrder,
    RegistrationState,
    Step,
    TokenAccess,
    Tokens,
    Trigger,
)
from ocpkit.ocpi.envelope import error_response
from ocpkit.ocpi.headers import CredentialsToken
from ocpkit.ocpi.status import OcpiError, UnsupportedVersion
from tests._ocpi_credentials_support import (
    APP_CALLS,
    FEEDERS,
    NOW,
    STEP_TRIGGER,
    TOKEN_A,
    V230,
    Party,
    S,
    T,
    X,
    drive,
    pair,
    send_one,
    their_body,
)

# -- random event orders --------------------------------------------------------------------------

FAULTS: Final = [None, None, "no_answer", "http_500", "ocpi_error", "garbage", "nested"]


WATCHED: Final[dict[str, Trigger]] = {
    "register": T.REGISTER,
    "update": T.UPDATE,
    "unregister": T.UNREGISTER,
    "receive_post": T.POST_RECEIVED,
    "receive_put": T.PUT_RECEIVED,
    "receive_delete": T.DELETE_RECEIVED,
    "versions_received": T.VERSIONS_RECEIVED,
    "details_received": T.DETAILS_RECEIVED,
    "credentials_received": T.CREDENTIALS_RECEIVED,
    "deletion_received": T.DELETION_RECEIVED,
    "request_failed": T.FAILED,
}


class TwoParties(RuleBasedStateMachine):
    """Random orders of moves, replies, failures and stray requests thrown at both machines.

    Every call on either machine (those of the rules, and those the harness makes while a
    server handles a POST or PUT) is checked: it moves along the transition table or raises
    :class:`OutOfOrder` / an OCPI error without changing anything; a token to call the peer with
    is committed only from the peer's answer or after versions and details were fetched with it.
    Faults strike before a request reaches the peer, so the two sides must agree when idle.
    """

    def __init__(self) -> None:
        super().__init__()
        self.emsp, self.cpo = pair()
        self.parties = {"emsp": self.emsp, "cpo": self.cpo}
        self.issued: set[CredentialsToken] = {CredentialsToken(TOKEN_A)}
        # the tokens each side fetched the peer's versions / details with, this exchange
        self.fetched: dict[str, dict[Step, set[CredentialsToken]]] = {
            name: {Step.GET_VERSIONS: set(), Step.GET_DETAILS: set()} for name in self.parties
        }
        for party in self.parties.values():
            for method, trigger in WATCHED.items():
                self._watch(party, method, trigger)

    def _watch(self, party: Party, method: str, fired: Trigger) -> None:
        reg = party.reg
        original: Callable[..., RegistrationState] = getattr(reg, method)

        def watched(*args: object, **kwargs: object) -> RegistrationState:
            state, exchange, tokens, failure = reg.state, reg.exchange, reg.tokens, reg.failure
            request = reg.next_request()
            try:
                result = original(*args, **kwargs)
            except OutOfOrder:
                no_token_a = fired is T.REGISTER and tokens.theirs is None
                assert (state, fired, exchange) not in TRANSITIONS or no_token_a
                assert (reg.state, reg.exchange, reg.tokens) == (state, exchange, tokens)
                raise
            except OcpiError:
                assert (reg.state, reg.exchange, reg.tokens) == (state, exchange, tokens)
                raise
            failed = reg.failure is not None and reg.failure is not failure
            target = T.FAILED if failed else fired
            assert reg.state is TRANSITIONS[(state, target, exchange)]
            note(f"{party.name}.{method}: {state}/{exchange} -> {reg.state}/{reg.exchange}")
            self._check_commit(party, fired, request, failed, tokens)
            return result

        setattr(reg, method, watched)

    def _check_commit(
        self,
        party: Party,
        fired: Trigger,
        request: OutgoingRequest | None,
        failed: bool,
        before: Tokens,
    ) -> None:
        reg, fetched = party.reg, self.fetched[party.name]
        if fired in (T.POST_RECEIVED, T.PUT_RECEIVED):
            for seen in fetched.values():
                seen.clear()
        answered = request is not None and STEP_TRIGGER[request.step] is fired
        if answered and request is not None and request.step in fetched and not failed:
            fetched[request.step].add(request.token)
        now = reg.tokens
        self.issued |= {t for t in (now.ours, now.theirs, now.ours_pending) if t is not None}
        if (
            now.theirs is not None
            and now.theirs != before.theirs
            and fired is not T.CREDENTIALS_RECEIVED
        ):
            assert now.theirs in fetched[Step.GET_VERSIONS]
            assert now.theirs in fetched[Step.GET_DETAILS]
        if now.ours is not None and now.ours != before.ours:
            assert reg.state is S.REGISTERED
            assert not failed

    @initialize(first=st.sampled_from(["nothing", "register", "register and update"]))
    def begin(self, first: str) -> None:
        """Start unregistered, or (to reach the deeper states within CI's few steps) after a
        clean registration, or after a registration and an update by the CPO."""
        if first != "nothing":
            self.emsp.reg.register()
            drive(self.emsp)
        if first == "register and update":
            self.cpo.reg.update()
            drive(self.cpo)

    def _senders(self) -> list[Party]:
        return [p for p in self.parties.values() if p.reg.next_request() is not None]

    @rule(
        name=st.sampled_from(["emsp", "cpo"]),
        move=st.sampled_from(["register", "update", "unregister"]),
    )
    def start(self, name: str, move: str) -> None:
        with contextlib.suppress(OutOfOrder):
            getattr(self.parties[name].reg, move)()

    @precondition(lambda self: bool(self._senders()))
    @rule(data=st.data())
    def send_cleanly(self, data: st.DataObject) -> None:
        send_one(data.draw(st.sampled_from(self._senders())))

    @precondition(lambda self: bool(self._senders()))
    @rule(data=st.data(), fault=st.sampled_from(FAULTS))
    def send(self, data: st.DataObject, fault: str | None) -> None:
        party = data.draw(st.sampled_from(self._senders()))
        request = party.reg.next_request()
        assert request is not None
        feed = FEEDERS[request.step]
        if fault == "no_answer":
            party.reg.request_failed()
        elif fault == "http_500":
            feed(party.reg, b"Internal Server Error", 500)
        elif fault == "ocpi_error":
            feed(party.reg, error_response(UnsupportedVersion("no"), now=NOW).to_json(), 200)
        elif fault == "garbage":
            feed(party.reg, b'{"data": 1, "status_code": 1000, "timestamp": "x"}', 200)
        else:  # delivered; "nested": the peer's own fetch of our details fails
            party.other.fail_next = Step.GET_DETAILS if fault == "nested" else None
            status, body = party.other.serve(request)
            party.other.fail_next = None
            feed(party.reg, body, status)

    @rule(name=st.sampled_from(["emsp", "cpo"]), trigger=st.sampled_from(list(APP_CALLS)))
    def stray_call(self, name: str, trigger: Trigger) -> None:
        with contextlib.suppress(OutOfOrder):
            APP_CALLS[trigger](self.parties[name].reg)

    @rule(
        name=st.sampled_from(["emsp", "cpo"]),
        method=st.sampled_from(["POST", "PUT", "DELETE", "GET"]),
        which=st.sampled_from(["A", "stale", "unknown", "current"]),
        data=st.data(),
    )
    def stray_request(self, name: str, method: str, which: str, data: st.DataObject) -> None:
        """A credentials request from someone other than the peer's machine: refused, or (a
        POST with token A) run and failed, since its token is unknown to the real peer."""
        party = self.parties[name]
        held = {party.reg.tokens.ours, party.reg.tokens.ours_pending}
        if which == "A":
            token = CredentialsToken(TOKEN_A)
        elif which == "stale":
            stale = sorted((t for t in self.issued if t not in held), key=lambda t: t.digest)
            if not stale:
                return
            token = data.draw(st.sampled_from(stale))
        elif which == "current":
            current = party.reg.tokens.ours
            if current is None or method in ("PUT", "DELETE"):
                return  # those would be the peer's own, legitimate requests
            token = current
        else:
            token = CredentialsToken("unknown-token")
        body = their_body(V230, token=f"stray-{len(self.issued)}")
        before = party.reg.tokens
        try:
            if method == "POST":
                party.reg.receive_post(token, body, version=V230)
            elif method == "PUT":
                party.reg.receive_put(token, body, version=V230)
            elif method == "DELETE":
                party.reg.receive_delete(token)
            else:
                party.reg.receive_get(token, version=V230)
                return
        except OcpiError:
            return
        assert method == "POST"
        assert not party.reg.is_registered
        drive(party)
        with pytest.raises(OcpiError):
            party.reg.answer()
        assert party.reg.tokens == before

    @invariant()
    def pending_tokens_live_only_inside_an_exchange(self) -> None:
        for party in self.parties.values():
            reg = party.reg
            idle = reg.state in (S.UNREGISTERED, S.REGISTERED)
            assert idle == (reg.exchange is None)
            posting = reg.state in (S.POSTING_CREDENTIALS, S.UPDATING)
            assert (reg.tokens.ours_pending is not None) == posting
            accepting = reg.exchange in (X.ACCEPT_REGISTRATION, X.ACCEPT_UPDATE)
            assert (reg.tokens.theirs_pending is not None) == accepting
            if reg.state is S.REGISTERED:
                assert reg.tokens.ours is not None
                assert reg.tokens.theirs is not None
                assert reg.link is not None

    @invariant()
    def only_a_registered_peer_reaches_every_module(self) -> None:
        for party in self.parties.values():
            if not party.reg.is_registered:
                for token in self.issued:
                    assert party.reg.access(token) is not TokenAccess.FULL

    @invariant()
    def exactly_one_token_per_direction(self) -> None:
        for party in self.parties.values():
            accepted = {t for t in self.issued if party.reg.access(t) is not TokenAccess.NONE}
            assert accepted == {party.reg.tokens.ours, party.reg.tokens.ours_pending} - {None}
            if party.reg.exchange is None:
                assert len(accepted) <= 1

    @invariant()
    def both_sides_agree_when_idle(self) -> None:
        emsp, cpo = self.emsp.reg, self.cpo.reg
        if emsp.exchange is None and cpo.exchange is None:
            assert emsp.state is cpo.state
            assert emsp.tokens.ours == cpo.tokens.theirs
            assert emsp.tokens.theirs == cpo.tokens.ours


TwoParties.TestCase.settings = settings(stateful_step_count=40)
test_random_event_orders_keep_the_invariants = TwoParties.TestCase


@given(st.permutations(list(APP_CALLS)))
def test_any_order_of_calls_on_a_fresh_initiator_follows_the_table(order: list[Trigger]) -> None:
    emsp, _ = pair()
    for trigger in order:
        state, exchange = emsp.reg.state, emsp.reg.exchange
        try:
            APP_CALLS[trigger](emsp.reg)
        except OutOfOrder:
            assert (state, trigger, exchange) not in TRANSITIONS
            continue
        assert emsp.reg.state in (
            TRANSITIONS.get((state, trigger, exchange)),
            TRANSITIONS.get((state, T.FAILED, exchange)),
        )
