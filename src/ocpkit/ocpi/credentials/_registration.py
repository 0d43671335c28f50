""":class:`Registration`, the state machine of the credentials exchange with one peer; the
package docstring gives its tables."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Final, NoReturn

import attrs
import orjson
from pydantic import JsonValue

from ocpkit.ocpi.envelope import EnvelopeError, parse_response
from ocpkit.ocpi.headers import CredentialsToken, TokenEncoding
from ocpkit.ocpi.reading import Violation
from ocpkit.ocpi.status import (
    AlreadyRegistered,
    AuthenticationFailed,
    NotRegistered,
    OcpiError,
    RegistrationRequired,
    UnsupportedVersion,
)
from ocpkit.ocpi.version import OcpiVersion
from ocpkit.ocpi.versions import (
    CREDENTIALS_MODULE,
    AmbiguousEndpoint,
    AmbiguousVersion,
    InvalidVersionInformation,
    MissingEndpoint,
    NoMutualVersion,
    PeerVersions,
    VersionEndpoints,
    VersionNotListed,
    VersionsDeclaration,
    parse_version_details,
    parse_versions,
)

from ._errors import CredentialsError, ExchangeInProgress, InvalidCredentials, OutOfOrder
from ._failures import Failure, FailureReason
from ._parties import AnyCredentials, PartyDeclaration, PeerParties, _read_credentials, read_parties
from ._peer import ModuleRequirement, PeerLink
from ._requests import OutgoingRequest, Step, _request_encoding
from ._states import (
    _IDLE,
    _OPENS,
    _T,
    _WHILE_REGISTERED,
    _X,
    TRANSITIONS,
    Exchange,
    RegistrationState,
    Trigger,
)
from ._tokens import TokenAccess, Tokens, _own_token, _presented, new_token

__all__ = ["Registration"]


@attrs.define
class _Pending:
    """What an exchange gathered so far (dropped when it fails)."""

    versions_url: str
    version: OcpiVersion | None = None
    details_url: str | None = None
    endpoints: VersionEndpoints | None = None
    parties: PeerParties | None = None


class Registration:
    """The credentials registration with one peer (see the module's tables).

    Make it with :meth:`initiator` or :meth:`receiver`. ``ours`` says which versions and
    endpoints we publish (and our versions URL, sent in our ``Credentials``); ``parties`` who we
    are; ``requires`` the peer's modules we cannot do without (checked on every exchange);
    ``token_factory`` makes each new token we hand out (by default :func:`new_token`);
    ``encoding`` is the peer's token mode, how it writes credentials tokens in its
    ``Authorization`` headers and reads them in ours (``None``: our requests follow the version
    and the peer's headers are read in either form; the package's "Token encoding" table).

    The peer's requests (``receive_*``, :meth:`access`, :meth:`authorize`) take the token, not
    the header: read it with ``token_candidates(header, registration.encoding)`` (from
    :mod:`ocpkit.ocpi.headers`, which raises the 401 for a malformed header) and pass the
    candidate :meth:`access` knows, or the first when it knows none.
    """

    def __init__(
        self,
        *,
        ours: VersionsDeclaration,
        parties: PartyDeclaration,
        our_token: CredentialsToken | str | None = None,
        their_token: CredentialsToken | str | None = None,
        peer_versions_url: str | None = None,
        requires: Iterable[ModuleRequirement] = (),
        token_factory: Callable[[], str] = new_token,
        encoding: TokenEncoding | None = None,
    ) -> None:
        if (our_token is None) == (their_token is None):
            raise CredentialsError("give exactly one token A: ours or the peer's")
        if their_token is not None and peer_versions_url is None:
            raise CredentialsError("the peer's token A comes with its versions URL")
        self.ours = ours
        self.parties = parties
        self.requires: tuple[ModuleRequirement, ...] = tuple(requires)
        self._token_factory = token_factory
        self._mode = None if encoding is None else _mode(encoding)
        for version in ours.supported:  # our credentials must be writable in each version
            parties.credentials(version, token="check", url=ours.versions_url)
        self._state = RegistrationState.UNREGISTERED
        self._exchange: Exchange | None = None
        self._tokens = Tokens(
            ours=None if our_token is None else _own_token(our_token, "token A"),
            theirs=None if their_token is None else _own_token(their_token, "token A"),
        )
        self._peer_versions_url = peer_versions_url
        self._link: PeerLink | None = None
        self._pending: _Pending | None = None
        self._answer: AnyCredentials | OcpiError | None = None
        self._failure: Failure | None = None

    @classmethod
    def initiator(
        cls,
        *,
        token_a: CredentialsToken | str,
        peer_versions_url: str,
        ours: VersionsDeclaration,
        parties: PartyDeclaration,
        requires: Iterable[ModuleRequirement] = (),
        token_factory: Callable[[], str] = new_token,
        encoding: TokenEncoding | None = None,
    ) -> Registration:
        """The side that was given the peer's ``token_a`` and versions URL, and registers."""
        return cls(
            ours=ours,
            parties=parties,
            their_token=token_a,
            peer_versions_url=peer_versions_url,
            requires=requires,
            token_factory=token_factory,
            encoding=encoding,
        )

    @classmethod
    def receiver(
        cls,
        *,
        token_a: CredentialsToken | str,
        ours: VersionsDeclaration,
        parties: PartyDeclaration,
        requires: Iterable[ModuleRequirement] = (),
        token_factory: Callable[[], str] = new_token,
        encoding: TokenEncoding | None = None,
    ) -> Registration:
        """The side that handed out ``token_a`` (with its versions URL) and waits for the
        peer's POST."""
        return cls(
            ours=ours,
            parties=parties,
            our_token=token_a,
            requires=requires,
            token_factory=token_factory,
            encoding=encoding,
        )

    def __repr__(self) -> str:
        exchange = None if self._exchange is None else self._exchange.value
        version = None if self._link is None else self._link.version.value
        return f"Registration(state={self._state.value}, exchange={exchange}, version={version})"

    # -- what it knows ----------------------------------------------------------------------

    @property
    def state(self) -> RegistrationState:
        """Where the registration stands."""
        return self._state

    @property
    def exchange(self) -> Exchange | None:
        """The exchange in progress, if any."""
        return self._exchange

    @property
    def is_registered(self) -> bool:
        """Whether the peer counts as registered (also while an update or unregistration runs,
        not while a registration does)."""
        if self._exchange is None:
            return self._state is RegistrationState.REGISTERED
        return self._exchange in _WHILE_REGISTERED

    @property
    def tokens(self) -> Tokens:
        """The tokens as they stand (secrets: their repr hides them)."""
        return self._tokens

    @property
    def link(self) -> PeerLink | None:
        """What the last successful exchange established about the peer; ``None`` while not
        registered."""
        return self._link

    @property
    def failure(self) -> Failure | None:
        """How the last exchange failed (``None`` once one succeeds)."""
        return self._failure

    @property
    def encoding(self) -> TokenEncoding:
        """How to read the peer's ``Authorization`` headers: the ``encoding`` given, or
        ``ACCEPT_BOTH`` when none was (2.2.1 notes that many peers still send the plain token
        where Base64 is due). Pass it to :func:`~ocpkit.ocpi.headers.token_candidates`."""
        return TokenEncoding.ACCEPT_BOTH if self._mode is None else self._mode

    def access(self, token: CredentialsToken | str | None) -> TokenAccess:
        """What ``token``, presented by the peer, may reach now (see :class:`TokenAccess`):
        our committed token, or our pending one while we POST or PUT it. Compared in constant
        time."""
        presented = _presented(token)
        if presented is None:
            return TokenAccess.NONE
        held = (self._tokens.ours, self._tokens.ours_pending)
        if not any(t is not None and t == presented for t in held):
            return TokenAccess.NONE
        return TokenAccess.FULL if self.is_registered else TokenAccess.REGISTRATION

    def authorize(self, token: CredentialsToken | str | None, module: str) -> None:
        """Raise what a request with ``token`` to ``module`` (``versions`` for the version
        endpoints) must be answered with when it may not reach it:
        :class:`~ocpkit.ocpi.status.AuthenticationFailed` (401) for a token we do not hold,
        :class:`~ocpkit.ocpi.status.RegistrationRequired` (401) for token A elsewhere than
        versions and credentials."""
        access = self.access(token)
        if access is TokenAccess.NONE:
            raise AuthenticationFailed("unknown credentials token")
        if not access.allows(module):
            raise RegistrationRequired("this token only reaches versions and credentials")

    # -- our application's moves ------------------------------------------------------------

    def register(self) -> RegistrationState:
        """Start registering with the peer (we hold its token A and versions URL)."""
        self._expect(_T.REGISTER)
        if self._tokens.theirs is None or self._peer_versions_url is None:
            self._refuse(_T.REGISTER, "no token A from the peer to register with")
        return self._start(_T.REGISTER, self._peer_versions_url)

    def update(self) -> RegistrationState:
        """Start an update: fetch the peer's versions again, pick the highest mutual version and
        PUT our credentials there, with a new token for the peer to call us with."""
        self._expect(_T.UPDATE)
        assert self._link is not None  # REGISTERED and idle: a link exists
        return self._start(_T.UPDATE, self._link.versions_url)

    def unregister(self) -> RegistrationState:
        """Start unregistering: DELETE at the peer's credentials endpoint.
        :class:`~ocpkit.ocpi.versions.MissingEndpoint` if its details listed none."""
        self._expect(_T.UNREGISTER)
        assert self._link is not None
        self._link.endpoints.require(CREDENTIALS_MODULE)
        return self._start(_T.UNREGISTER, self._link.versions_url)

    def next_request(self) -> OutgoingRequest | None:
        """The request to send now, or ``None`` when the machine waits for nothing from the
        peer. The same request until its reply (or its failure) is fed."""
        pending = self._pending
        if self._exchange is None or pending is None:
            return None
        token = self._fetch_token()
        state = self._state
        if state is RegistrationState.FETCHING_VERSIONS:
            version = pending.version if self._exchange in _ACCEPTING else self._version_in_use()
            return self._request(Step.GET_VERSIONS, pending.versions_url, token, version)
        if state is RegistrationState.FETCHING_DETAILS:
            assert pending.details_url is not None
            return self._request(Step.GET_DETAILS, pending.details_url, token, pending.version)
        if state is RegistrationState.UNREGISTERING:
            assert self._link is not None
            return self._request(
                Step.DELETE_CREDENTIALS,
                self._link.endpoints.require(CREDENTIALS_MODULE),
                token,
                self._link.version,
            )
        return self._credentials_request(token)

    # -- replies from the peer --------------------------------------------------------------

    def versions_received(self, body: str | bytes, *, http_status: int = 200) -> RegistrationState:
        """Feed the reply to :attr:`Step.GET_VERSIONS` (the whole response envelope)."""
        self._expect(_T.VERSIONS_RECEIVED)
        pending = self._pending
        assert pending is not None
        data = self._read_reply(body, http_status, Step.GET_VERSIONS)
        if isinstance(data, Failure):
            return self._fail(data)
        try:
            peer = parse_versions(data if isinstance(data, list) else orjson.dumps(data))
            pending.version, pending.details_url = self._pick_version(peer)
        except InvalidVersionInformation as exc:
            return self._fail_at(Step.GET_VERSIONS, FailureReason.INVALID_REPLY, exc.violations)
        except (NoMutualVersion, VersionNotListed, AmbiguousVersion) as exc:
            return self._fail_at(Step.GET_VERSIONS, _VERSION_FAILURES[type(exc)])
        return self._move(_T.VERSIONS_RECEIVED)

    def details_received(self, body: str | bytes, *, http_status: int = 200) -> RegistrationState:
        """Feed the reply to :attr:`Step.GET_DETAILS` (the whole response envelope). When
        answering the peer's POST or PUT, success commits its new token and readies
        :meth:`answer`."""
        self._expect(_T.DETAILS_RECEIVED)
        pending = self._pending
        assert pending is not None
        assert pending.version is not None
        data = self._read_reply(body, http_status, Step.GET_DETAILS)
        if isinstance(data, Failure):
            return self._fail(data)
        try:
            raw = data if isinstance(data, dict) else orjson.dumps(data)
            endpoints = parse_version_details(raw, pending.version)
            self._check_endpoints(endpoints)
        except InvalidVersionInformation as exc:
            return self._fail_at(Step.GET_DETAILS, FailureReason.INVALID_REPLY, exc.violations)
        except MissingEndpoint:
            return self._fail_at(Step.GET_DETAILS, FailureReason.MISSING_ENDPOINT)
        except AmbiguousEndpoint:
            return self._fail_at(Step.GET_DETAILS, FailureReason.AMBIGUOUS_ENDPOINT)
        pending.endpoints = endpoints
        if self._exchange in _ACCEPTING:
            return self._accept(pending)
        # we are the sender: the token we hand out is pending until the peer answers
        self._tokens = attrs.evolve(self._tokens, ours_pending=self._generate())
        return self._move(_T.DETAILS_RECEIVED)

    def credentials_received(
        self, body: str | bytes, *, http_status: int = 200
    ) -> RegistrationState:
        """Feed the reply to :attr:`Step.POST_CREDENTIALS` or :attr:`Step.PUT_CREDENTIALS`: the
        peer's ``Credentials``, with the token we call it with from now on. Success commits
        both new tokens."""
        self._expect(_T.CREDENTIALS_RECEIVED)
        pending = self._pending
        assert pending is not None
        assert pending.version is not None
        assert pending.endpoints is not None
        step = Step.POST_CREDENTIALS if self._exchange is _X.REGISTER else Step.PUT_CREDENTIALS
        data = self._read_reply(body, http_status, step)
        if isinstance(data, Failure):
            return self._fail(data)
        try:
            theirs, their_token = _read_credentials(orjson.dumps(data), pending.version)
        except InvalidCredentials as exc:
            return self._fail_at(step, FailureReason.INVALID_REPLY, exc.violations)
        new_ours = self._tokens.ours_pending
        assert new_ours is not None  # made when the details arrived
        self._tokens = Tokens(ours=new_ours, theirs=their_token)
        self._link = PeerLink(
            version=pending.version,
            endpoints=pending.endpoints,
            versions_url=theirs.url,
            parties=read_parties(theirs),
        )
        return self._move(_T.CREDENTIALS_RECEIVED)

    def deletion_received(self, body: str | bytes, *, http_status: int = 200) -> RegistrationState:
        """Feed the reply to :attr:`Step.DELETE_CREDENTIALS`; a success drops every token."""
        self._expect(_T.DELETION_RECEIVED)
        data = self._read_reply(body, http_status, Step.DELETE_CREDENTIALS)
        if isinstance(data, Failure):
            return self._fail(data)
        self._forget()
        return self._move(_T.DELETION_RECEIVED)

    def request_failed(self, *, http_status: int | None = None) -> RegistrationState:
        """The request of :meth:`next_request` could not be sent, got no reply, or got an HTTP
        error without a readable body (then pass its ``http_status``)."""
        self._expect(_T.FAILED)
        request = self.next_request()
        assert request is not None  # every state that allows "failed" has a request out
        reason = FailureReason.NO_ANSWER if http_status is None else FailureReason.HTTP_ERROR
        return self._fail_at(request.step, reason, http_status=http_status)

    # -- the peer's requests ----------------------------------------------------------------

    def receive_post(
        self, token: CredentialsToken | str | None, body: str | bytes, *, version: OcpiVersion
    ) -> RegistrationState:
        """A credentials POST arrived at our endpoint of ``version``, with ``token`` from its
        Authorization header. Raises the refusal to answer with (see the module's table);
        otherwise the sender's versions and details are to be fetched: send
        :meth:`next_request` until it is ``None``, then reply with :meth:`answer`."""
        self.authorize(token, CREDENTIALS_MODULE)
        if self.is_registered:
            raise AlreadyRegistered("already registered: use PUT to update")
        return self._receive(_T.POST_RECEIVED, body, version)

    def receive_put(
        self, token: CredentialsToken | str | None, body: str | bytes, *, version: OcpiVersion
    ) -> RegistrationState:
        """A credentials PUT arrived at our endpoint of ``version`` (the version in use once it
        succeeds); otherwise as :meth:`receive_post`."""
        self.authorize(token, CREDENTIALS_MODULE)
        if not self.is_registered:
            raise NotRegistered("not registered: use POST to register")
        return self._receive(_T.PUT_RECEIVED, body, version)

    def receive_delete(self, token: CredentialsToken | str | None) -> RegistrationState:
        """A credentials DELETE arrived: the registration ends and every token is dropped.
        Reply with an empty success."""
        self.authorize(token, CREDENTIALS_MODULE)
        if not self.is_registered:
            raise NotRegistered("not registered")
        self._busy_check()
        self._expect(_T.DELETE_RECEIVED)
        self._forget()
        self._answer = None
        return self._move(_T.DELETE_RECEIVED)

    def receive_get(
        self, token: CredentialsToken | str | None, *, version: OcpiVersion
    ) -> AnyCredentials:
        """A credentials GET: our ``Credentials`` in ``version``, holding the token the peer
        presented (the one it calls us with)."""
        self.authorize(token, CREDENTIALS_MODULE)
        presented = _presented(token)
        assert presented is not None  # authorize refused anything else
        return self.parties.credentials(
            self._served(version), token=presented.reveal(), url=self.ours.versions_url
        )

    def answer(self) -> AnyCredentials:
        """The reply to the peer's POST or PUT once its exchange ended: our ``Credentials``
        with the token it calls us with from now on, or (raised) the
        :class:`~ocpkit.ocpi.status.OcpiError` to answer with. Given once."""
        answer = self._answer
        if answer is None:
            raise OutOfOrder("answer(): no received POST or PUT has finished")
        self._answer = None
        if isinstance(answer, OcpiError):
            raise answer
        return answer

    # -- internals ---------------------------------------------------------------------------

    def _generate(self) -> CredentialsToken:
        return _own_token(self._token_factory(), "the token_factory's result")

    def _refuse(self, trigger: Trigger, why: str) -> NoReturn:
        method = "request_failed" if trigger is _T.FAILED else trigger.value
        exchange = "" if self._exchange is None else f" during {self._exchange.value}"
        raise OutOfOrder(f"{method}() is not allowed in state {self._state.value}{exchange}: {why}")

    def _expect(self, trigger: Trigger) -> None:
        if (self._state, trigger, self._exchange) not in TRANSITIONS:
            self._refuse(trigger, "see the transition table")

    def _move(self, trigger: Trigger) -> RegistrationState:
        following = TRANSITIONS[(self._state, trigger, self._exchange)]
        if following in _IDLE:
            self._exchange = None
            self._pending = None
            if trigger is not _T.FAILED:
                self._failure = None
        elif trigger in _OPENS:
            self._exchange = _OPENS[trigger]
        self._state = following
        return following

    def _start(self, trigger: Trigger, versions_url: str) -> RegistrationState:
        self._answer = None
        self._pending = _Pending(versions_url)
        return self._move(trigger)

    def _busy_check(self) -> None:
        if self._exchange is not None:
            raise ExchangeInProgress("a credentials exchange with this party is in progress")

    def _receive(
        self, trigger: Trigger, body: str | bytes, version: OcpiVersion
    ) -> RegistrationState:
        self._busy_check()
        served = self._served(version)
        theirs, their_token = _read_credentials(body, served)
        self._expect(trigger)
        self._answer = None
        self._pending = _Pending(theirs.url, version=served, parties=read_parties(theirs))
        self._tokens = attrs.evolve(self._tokens, theirs_pending=their_token)
        return self._move(trigger)

    def _served(self, version: OcpiVersion) -> OcpiVersion:
        for supported in self.ours.supported:
            if version == supported:
                return supported
        raise UnsupportedVersion("this OCPI version is not served here")

    def _version_in_use(self) -> OcpiVersion | None:
        return None if self._link is None else self._link.version

    def _fetch_token(self) -> CredentialsToken:
        accepting = self._exchange in _ACCEPTING
        token = self._tokens.theirs_pending if accepting else self._tokens.theirs
        assert token is not None  # an exchange only starts with a token to call the peer
        return token

    def _request(
        self,
        step: Step,
        url: str,
        token: CredentialsToken,
        version: OcpiVersion | None,
        body: AnyCredentials | None = None,
    ) -> OutgoingRequest:
        encoding = _request_encoding(self._mode, version, self.ours.supported)
        return OutgoingRequest(
            step=step, url=url, token=token, version=version, body=body, encoding=encoding
        )

    def _credentials_request(self, token: CredentialsToken) -> OutgoingRequest:
        pending = self._pending
        new_ours = self._tokens.ours_pending
        assert pending is not None
        assert pending.endpoints is not None
        assert new_ours is not None
        version = pending.endpoints.version
        posting = self._state is RegistrationState.POSTING_CREDENTIALS
        return self._request(
            Step.POST_CREDENTIALS if posting else Step.PUT_CREDENTIALS,
            pending.endpoints.require(CREDENTIALS_MODULE),
            token,
            version,
            self.parties.credentials(version, token=new_ours.reveal(), url=self.ours.versions_url),
        )

    def _pick_version(self, peer: PeerVersions) -> tuple[OcpiVersion, str]:
        pending = self._pending
        assert pending is not None
        if self._exchange in _ACCEPTING:
            # the version is that of the endpoint the peer called; its URL comes from the list
            assert pending.version is not None
            return pending.version, peer.url_for(pending.version)
        chosen = peer.choose(self.ours.supported)
        assert chosen.version is not None  # choose only picks versions we implement
        return chosen.version, chosen.url

    def _check_endpoints(self, endpoints: VersionEndpoints) -> None:
        if self._exchange not in _ACCEPTING:
            endpoints.require(CREDENTIALS_MODULE)  # where we will POST or PUT
        for needed in self.requires:
            endpoints.require(needed.module, needed.role)

    def _read_reply(self, body: str | bytes, http_status: int, step: Step) -> JsonValue | Failure:
        exchange = self._exchange
        assert exchange is not None
        http_ok = 200 <= http_status < 300
        try:
            reply = parse_response(body)
        except EnvelopeError as exc:
            reason = FailureReason.INVALID_REPLY if http_ok else FailureReason.HTTP_ERROR
            return Failure(
                exchange=exchange,
                step=step,
                reason=reason,
                http_status=http_status,
                violations=exc.violations if http_ok else (),
            )
        if http_ok and reply.is_success:
            return reply.data
        return Failure(
            exchange=exchange,
            step=step,
            reason=FailureReason.OCPI_ERROR if http_ok else FailureReason.HTTP_ERROR,
            http_status=http_status,
            status_code=reply.status_code,
        )

    def _fail_at(
        self,
        step: Step,
        reason: FailureReason,
        violations: tuple[Violation, ...] = (),
        *,
        http_status: int | None = None,
    ) -> RegistrationState:
        assert self._exchange is not None
        failure = Failure(
            exchange=self._exchange,
            step=step,
            reason=reason,
            http_status=http_status,
            violations=violations,
        )
        return self._fail(failure)

    def _fail(self, failure: Failure) -> RegistrationState:
        self._failure = failure
        if self._exchange in _ACCEPTING:
            self._answer = failure.error()
        # pending tokens are dropped; the committed ones stay as they were
        self._tokens = attrs.evolve(self._tokens, ours_pending=None, theirs_pending=None)
        return self._move(_T.FAILED)

    def _accept(self, pending: _Pending) -> RegistrationState:
        # The sender's versions and details were fetched with its new token: commit it, and
        # hand out a new token of ours, voiding the one it presented.
        assert pending.version is not None
        assert pending.endpoints is not None
        assert pending.parties is not None
        theirs = self._tokens.theirs_pending
        assert theirs is not None
        ours = self._generate()
        self._tokens = Tokens(ours=ours, theirs=theirs)
        self._link = PeerLink(
            version=pending.version,
            endpoints=pending.endpoints,
            versions_url=pending.versions_url,
            parties=pending.parties,
        )
        self._answer = self.parties.credentials(
            pending.version, token=ours.reveal(), url=self.ours.versions_url
        )
        return self._move(_T.DETAILS_RECEIVED)

    def _forget(self) -> None:
        self._tokens = Tokens()
        self._link = None


def _mode(encoding: TokenEncoding) -> TokenEncoding:
    try:
        return TokenEncoding(encoding)
    except ValueError:
        raise CredentialsError("encoding must be a TokenEncoding or None") from None


_ACCEPTING: Final = frozenset({_X.ACCEPT_REGISTRATION, _X.ACCEPT_UPDATE})

_VERSION_FAILURES: Final[Mapping[type[Exception], FailureReason]] = {
    NoMutualVersion: FailureReason.NO_MUTUAL_VERSION,
    VersionNotListed: FailureReason.VERSION_NOT_LISTED,
    AmbiguousVersion: FailureReason.AMBIGUOUS_VERSION,
}
