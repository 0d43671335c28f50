"""Helpers shared by the credentials tests: two machines (an eMSP that registers, a CPO that
handed out token A) wired to each other in memory through small HTTP servers of their own, and
the calls and bodies the tests throw at them."""

import itertools
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Final

from ocpkit.ocpi import v221
from ocpkit.ocpi.credentials import (
    Exchange,
    ModuleRequirement,
    OutgoingRequest,
    PartyDeclaration,
    Registration,
    RegistrationState,
    Step,
    TokenAccess,
    Trigger,
)
from ocpkit.ocpi.envelope import error_response, success
from ocpkit.ocpi.headers import CredentialsToken, TokenEncoding, token_candidates
from ocpkit.ocpi.status import NotFound, OcpiError
from ocpkit.ocpi.version import OcpiVersion
from ocpkit.ocpi.versions import ModuleDeclaration, VersionsDeclaration

V211, V221, V230 = OcpiVersion.V211, OcpiVersion.V221, OcpiVersion.V230
ALL: Final = (V211, V221, V230)
NOW: Final = datetime(2025, 1, 1, tzinfo=UTC)
TOKEN_A: Final = "Secret-Token-A-0123456789"
S, T, X = RegistrationState, Trigger, Exchange

BUSINESS: Final = v221.BusinessDetails(name="Example Operator", website="https://cpo.example")


def declaration(
    host: str, versions: tuple[OcpiVersion, ...] = ALL, **extra: str
) -> VersionsDeclaration:
    modules = [
        ModuleDeclaration(module="credentials"),
        ModuleDeclaration(module="locations", role="SENDER" if host == "cpo" else "RECEIVER"),
    ]
    modules += [ModuleDeclaration(module=m, role=r) for m, r in extra.items()]
    return VersionsDeclaration(
        versions_url=f"https://{host}.example/ocpi/versions",
        details_urls={v: f"https://{host}.example/ocpi/{v.value}" for v in versions},
        modules=modules,
    )


def counter(prefix: str) -> Callable[[], str]:
    numbers = itertools.count(1)
    return lambda: f"{prefix}-{next(numbers)}"


CPO_PARTY: Final = PartyDeclaration.single(
    country_code="NL", party_id="CPO", business_details=BUSINESS, roles=("CPO",)
)
EMSP_PARTY: Final = PartyDeclaration.single(
    country_code="DE",
    party_id="MSP",
    business_details=v221.BusinessDetails(name="Example Provider"),
    roles=("EMSP",),
)

FEEDERS: Final[dict[Step, Callable[[Registration, bytes, int], RegistrationState]]] = {
    Step.GET_VERSIONS: lambda r, b, s: r.versions_received(b, http_status=s),
    Step.GET_DETAILS: lambda r, b, s: r.details_received(b, http_status=s),
    Step.POST_CREDENTIALS: lambda r, b, s: r.credentials_received(b, http_status=s),
    Step.PUT_CREDENTIALS: lambda r, b, s: r.credentials_received(b, http_status=s),
    Step.DELETE_CREDENTIALS: lambda r, b, s: r.deletion_received(b, http_status=s),
}
STEP_TRIGGER: Final = {
    Step.GET_VERSIONS: T.VERSIONS_RECEIVED,
    Step.GET_DETAILS: T.DETAILS_RECEIVED,
    Step.POST_CREDENTIALS: T.CREDENTIALS_RECEIVED,
    Step.PUT_CREDENTIALS: T.CREDENTIALS_RECEIVED,
    Step.DELETE_CREDENTIALS: T.DELETION_RECEIVED,
}


class Party:
    """One platform: its Registration and the HTTP server in front of it (in memory)."""

    def __init__(self, name: str, registration: Registration) -> None:
        self.name = name
        self.reg = registration
        self.other: Party
        self.log: list[OutgoingRequest] = []  # every request this party's machine sent
        self.fail_next: Step | None = None  # make our next request of that step fail

    def serve(self, request: OutgoingRequest) -> tuple[int, bytes]:
        """What this party's server answers to ``request`` (from the other party)."""
        try:
            # what the Registration docstring asks of adapters
            candidates = token_candidates(request.authorization(), self.reg.encoding)
            known = [c for c in candidates if self.reg.access(c) is not TokenAccess.NONE]
            return 200, self._route(request, (known or list(candidates))[0])
        except OcpiError as exc:
            return exc.http_status, error_response(exc, now=NOW).to_json()

    def _route(self, request: OutgoingRequest, token: CredentialsToken) -> bytes:
        ours = self.reg.ours
        if request.url == ours.versions_url:
            self.reg.authorize(token, "versions")
            return success(ours.versions(), now=NOW).to_json()
        for version in ours.supported:
            if request.url == ours.details_url(version):
                self.reg.authorize(token, "versions")
                return success(ours.details(version), now=NOW).to_json()
            if request.url == ours.endpoints(version).require("credentials"):
                return self._credentials(request, token, version)
        raise NotFound("no such endpoint")

    def _credentials(
        self, request: OutgoingRequest, token: CredentialsToken, version: OcpiVersion
    ) -> bytes:
        body = request.body_json() or b""
        if request.method == "GET":
            return success(self.reg.receive_get(token, version=version), now=NOW).to_json()
        if request.method == "DELETE":
            self.reg.receive_delete(token)
            return success(None, now=NOW).to_json()
        if request.method == "POST":
            self.reg.receive_post(token, body, version=version)
        else:
            self.reg.receive_put(token, body, version=version)
        drive(self)
        return success(self.reg.answer(), now=NOW).to_json()


def send_one(party: Party) -> RegistrationState:
    """Send the party's next request to the other party and feed the reply back."""
    request = party.reg.next_request()
    assert request is not None
    party.log.append(request)
    if party.fail_next is request.step:
        party.fail_next = None
        return party.reg.request_failed()
    status, body = party.other.serve(request)
    return FEEDERS[request.step](party.reg, body, status)


def drive(party: Party) -> RegistrationState:
    while party.reg.next_request() is not None:
        send_one(party)
    return party.reg.state


def pair(
    cpo_versions: tuple[OcpiVersion, ...] = ALL,
    emsp_versions: tuple[OcpiVersion, ...] = ALL,
    *,
    cpo_requires: tuple[ModuleRequirement, ...] = (),
    emsp_requires: tuple[ModuleRequirement, ...] = (),
    cpo_encoding: TokenEncoding | None = None,
    emsp_encoding: TokenEncoding | None = None,
) -> tuple[Party, Party]:
    """An eMSP holding the CPO's token A (the initiator) and the CPO that issued it."""
    cpo = Party(
        "cpo",
        Registration.receiver(
            token_a=TOKEN_A,
            ours=declaration("cpo", cpo_versions),
            parties=CPO_PARTY,
            requires=cpo_requires,
            token_factory=counter("cpo-token"),
            encoding=cpo_encoding,
        ),
    )
    emsp = Party(
        "emsp",
        Registration.initiator(
            token_a=TOKEN_A,
            peer_versions_url="https://cpo.example/ocpi/versions",
            ours=declaration("emsp", emsp_versions),
            parties=EMSP_PARTY,
            requires=emsp_requires,
            token_factory=counter("emsp-token"),
            encoding=emsp_encoding,
        ),
    )
    cpo.other, emsp.other = emsp, cpo
    return emsp, cpo


def registered(
    cpo_versions: tuple[OcpiVersion, ...] = ALL, emsp_versions: tuple[OcpiVersion, ...] = ALL
) -> tuple[Party, Party]:
    emsp, cpo = pair(cpo_versions, emsp_versions)
    emsp.reg.register()
    assert drive(emsp) is S.REGISTERED
    return emsp, cpo


def their_body(version: OcpiVersion = V230, token: str = "fresh-token") -> bytes:
    return EMSP_PARTY.credentials(
        version, token=token, url="https://emsp.example/ocpi/versions"
    ).to_json()


APP_CALLS: Final[dict[Trigger, Callable[[Registration], object]]] = {
    T.REGISTER: lambda r: r.register(),
    T.UPDATE: lambda r: r.update(),
    T.UNREGISTER: lambda r: r.unregister(),
    T.VERSIONS_RECEIVED: lambda r: r.versions_received(b"junk"),
    T.DETAILS_RECEIVED: lambda r: r.details_received(b"junk"),
    T.CREDENTIALS_RECEIVED: lambda r: r.credentials_received(b"junk"),
    T.DELETION_RECEIVED: lambda r: r.deletion_received(b"junk"),
    T.FAILED: lambda r: r.request_failed(),
}
