"""Registration between two apps built with the helpers, in process: the eMSP registers with
the CPO (its registrar drives ``Registration.initiator`` with ``run_exchange``, the CPO's
credentials route answers), then rotates the tokens with PUT and ends with DELETE, in every
version; and the requests the credentials endpoint refuses."""

from typing import Final

import httpx
import orjson
import pytest

from ocpkit.ocpi.client import run_exchange
from ocpkit.ocpi.credentials import FailureReason, Registration, RegistrationState
from ocpkit.ocpi.fastapi import AdapterUsageError, UnknownPeer
from ocpkit.ocpi.headers import CredentialsToken, TokenEncoding
from ocpkit.ocpi.version import OcpiVersion
from tests.test_ocpi_fastapi_support import (
    ALL,
    V211,
    V221,
    Platform,
    bearer,
    client,
    fingerprint,
    make_platform,
    pair,
)

CPO_VERSIONS: Final = "https://cpo.example/ocpi/versions"
S = RegistrationState


async def register(cpo: Platform, emsp: Platform) -> CredentialsToken:
    """Register the eMSP with the CPO; the token the eMSP now calls the CPO with."""
    token_a = await cpo.registrar.new_peer("emsp")
    registration = await emsp.registrar.register_with(
        "cpo", token_a=token_a, peer_versions_url=CPO_VERSIONS
    )
    assert registration.state is S.REGISTERED, registration.failure
    assert registration.tokens.theirs is not None
    return registration.tokens.theirs


async def module_status(platform: Platform, token: CredentialsToken | None) -> int:
    async with client(platform.app, f"{platform.name}.example") as http:
        sent = {} if token is None else bearer(token)
        reply = await http.get("/ocpi/2.2.1/locations", headers=sent)
    return reply.status_code


@pytest.mark.parametrize("version", ALL)
async def test_register_rotate_and_unregister_between_two_apps(version: OcpiVersion) -> None:
    cpo, emsp, _ = pair(cpo_versions=(version,))
    token_a = await cpo.registrar.new_peer("emsp")
    assert await module_status(cpo, token_a) == 401  # token A: versions and credentials only

    registration = await emsp.registrar.register_with(
        "cpo", token_a=token_a, peer_versions_url=CPO_VERSIONS
    )
    assert registration.state is S.REGISTERED
    assert registration.link is not None
    assert registration.link.version is version
    theirs = await cpo.store.get("emsp")
    assert theirs is not None
    assert theirs.state is S.REGISTERED
    # each side calls the other with the token the other holds as its own
    assert registration.tokens.theirs == theirs.tokens.ours
    assert registration.tokens.ours == theirs.tokens.theirs
    token_c = registration.tokens.theirs
    assert token_c is not None
    assert await module_status(cpo, token_c) == 200
    assert await module_status(cpo, token_a) == 401
    assert await module_status(emsp, registration.tokens.ours) == 200

    # PUT: both tokens are new, the old ones void
    old_ours = registration.tokens.ours
    updated = await emsp.registrar.update("cpo")
    assert updated.state is S.REGISTERED, updated.failure
    assert updated.tokens.theirs != token_c
    assert updated.tokens.ours != old_ours
    assert await module_status(cpo, token_c) == 401
    assert await module_status(cpo, updated.tokens.theirs) == 200
    assert await module_status(emsp, old_ours) == 401

    # DELETE: both sides forget the other
    last = updated.tokens.theirs
    ended = await emsp.registrar.unregister("cpo")
    assert ended.state is S.UNREGISTERED
    assert list(cpo.store) == []
    assert list(emsp.store) == []
    assert await module_status(cpo, last) == 401


async def test_an_initiator_driven_with_run_exchange_registers_with_our_credentials_route() -> None:
    cpo, emsp, http = pair(cpo_versions=(V221,))
    token_a = await cpo.registrar.new_peer("emsp")
    registration = Registration.initiator(
        token_a=token_a,
        peer_versions_url=CPO_VERSIONS,
        ours=emsp.registrar.ours,
        parties=emsp.registrar.parties,
    )
    # the eMSP's app must know the token it hands out while the CPO fetches its versions
    await emsp.store.save("cpo", registration)
    registration.register()
    assert await run_exchange(registration, http) is S.REGISTERED
    theirs = await cpo.store.get("emsp")
    assert theirs is not None
    assert theirs.state is S.REGISTERED
    assert registration.tokens.theirs == theirs.tokens.ours


async def test_the_credentials_get_answers_our_credentials_with_the_token_presented() -> None:
    cpo, emsp, _ = pair()
    token = await register(cpo, emsp)
    async with client(cpo.app) as http:
        reply = await http.get("/ocpi/2.2.1/credentials", headers=bearer(token))
    data = orjson.loads(reply.content)["data"]
    assert data["token"] == token.reveal()
    assert data["url"] == CPO_VERSIONS
    assert data["roles"][0]["party_id"] == "CPO"


async def test_a_replayed_post_is_405_and_changes_nothing() -> None:
    cpo, emsp, _ = pair()
    token = await register(cpo, emsp)
    body = emsp.registrar.parties.credentials(
        V221, token="another-token", url="https://emsp.example/ocpi/versions"
    ).to_json()
    before = fingerprint(cpo.store)
    async with client(cpo.app) as http:
        reply = await http.post("/ocpi/2.2.1/credentials", content=body, headers=bearer(token))
    assert reply.status_code == 405
    assert reply.headers["allow"] == "GET, PUT, DELETE"
    assert orjson.loads(reply.content)["status_code"] == 2000
    assert fingerprint(cpo.store) == before


@pytest.mark.parametrize("method", ["PUT", "DELETE"])
async def test_put_or_delete_before_post_is_405_and_changes_nothing(method: str) -> None:
    cpo = make_platform("cpo")
    token_a = await cpo.registrar.new_peer("emsp")
    body = (
        make_platform("emsp")
        .registrar.parties.credentials(
            V221, token="b-token", url="https://emsp.example/ocpi/versions"
        )
        .to_json()
    )
    before = fingerprint(cpo.store)
    async with client(cpo.app) as http:
        reply = await http.request(
            method, "/ocpi/2.2.1/credentials", content=body, headers=bearer(token_a)
        )
    assert reply.status_code == 405
    assert reply.headers["allow"] == "GET, POST"
    assert fingerprint(cpo.store) == before


async def test_a_post_whose_client_api_cannot_be_reached_is_3001_and_keeps_token_a() -> None:
    cpo = make_platform("cpo")
    token_a = await cpo.registrar.new_peer("emsp")
    body = (
        make_platform("emsp")
        .registrar.parties.credentials(
            V221, token="b-token", url="https://emsp.example/ocpi/versions"
        )
        .to_json()
    )
    before = fingerprint(cpo.store)

    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("unreachable", request=request)

    cpo.registrar.http = httpx.AsyncClient(transport=httpx.MockTransport(refuse))
    async with client(cpo.app) as http:
        reply = await http.post("/ocpi/2.2.1/credentials", content=body, headers=bearer(token_a))
    body_out = orjson.loads(reply.content)
    assert (reply.status_code, body_out["status_code"]) == (200, 3001)
    assert fingerprint(cpo.store) == before
    assert await module_status(cpo, token_a) == 401
    async with client(cpo.app) as http:
        again = await http.get("/ocpi/versions", headers=bearer(token_a))
    assert again.status_code == 200


async def test_a_failed_registration_leaves_both_sides_as_they_were() -> None:
    cpo, emsp, _ = pair(cpo_versions=(V211,), emsp_versions=(V221,))
    token_a = await cpo.registrar.new_peer("emsp")
    before = fingerprint(cpo.store)
    registration = await emsp.registrar.register_with(
        "cpo", token_a=token_a, peer_versions_url=CPO_VERSIONS
    )
    assert registration.state is S.UNREGISTERED
    assert registration.failure is not None
    assert registration.failure.reason is FailureReason.NO_MUTUAL_VERSION
    assert fingerprint(cpo.store) == before


@pytest.mark.parametrize(
    ("encoding", "plain", "works"),
    [
        (TokenEncoding.BASE64, False, True),
        (TokenEncoding.BASE64, True, False),
        (TokenEncoding.PLAIN, True, True),
        (TokenEncoding.PLAIN, False, False),
        (None, True, True),
        (None, False, True),
    ],
)
async def test_token_a_is_read_in_the_mode_set_for_its_peer(
    encoding: TokenEncoding | None, plain: bool, works: bool
) -> None:
    cpo = make_platform("cpo")
    token_a = await cpo.registrar.new_peer("emsp", encoding=encoding)
    async with client(cpo.app) as http:
        reply = await http.get("/ocpi/versions", headers=bearer(token_a, plain=plain))
    assert reply.status_code == (200 if works else 401)


async def test_the_registrar_refuses_a_key_twice_and_unknown_keys() -> None:
    cpo = make_platform("cpo")
    await cpo.registrar.new_peer("emsp")
    with pytest.raises(AdapterUsageError):
        await cpo.registrar.new_peer("emsp")
    with pytest.raises(UnknownPeer):
        await cpo.registrar.update("nobody")
