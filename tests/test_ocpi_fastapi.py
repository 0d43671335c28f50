"""The FastAPI helpers: authentication, enveloped replies and the HTTP status of every core
error class, request ids, routing headers, request bodies and the OpenAPI document."""

import base64
import re
from collections.abc import Callable, Sequence
from typing import Annotated, Final

import attrs
import orjson
import pytest
from fastapi import Depends, FastAPI
from hypothesis import example, given
from hypothesis import strategies as st

from ocpkit.ocpi import commands, credentials, headers, pagination, status, v221, versions
from ocpkit.ocpi import fastapi as ocpi_fastapi
from ocpkit.ocpi.credentials import TokenAccess
from ocpkit.ocpi.envelope import parse_response
from ocpkit.ocpi.fastapi import (
    AdapterUsageError,
    BodyTooLarge,
    InvalidBody,
    OcpiJSONResponse,
    OcpiSettings,
    RequestIdsReader,
    RoutingReader,
    TokenAuth,
    TokenGrant,
    envelope_of,
    install_ocpi,
    ocpi_response,
    request_ids,
)
from ocpkit.ocpi.headers import (
    AuthorizationError,
    AuthorizationProblem,
    CredentialsToken,
    IdProblem,
    PartyRefError,
    RequestIdError,
    RoutingHeaderError,
    RoutingHeaders,
    RoutingProblem,
    TokenEncoding,
)
from ocpkit.ocpi.reading import ListRead, Patch, Violation
from ocpkit.ocpi.status import OcpiError
from ocpkit.ocpi.version import OcpiVersion
from tests.test_ocpi_fastapi_support import (
    NOW,
    SETTINGS,
    V211,
    V221,
    V230,
    Platform,
    bearer,
    client,
    location_json,
    make_platform,
    pair,
)

# -- a module app with a lookup of its own: three peers, one per token mode ------------------

PLAIN_TOKEN: Final = CredentialsToken("plain-peer-token")
BASE64_TOKEN: Final = CredentialsToken("base64-peer-token")
EITHER_TOKEN: Final = CredentialsToken("either-peer-token")
TOKEN_A: Final = CredentialsToken("registration-token-a")
# a peer whose token is the Base64 text of another peer's token: its header reads both ways
DECODED_TOKEN: Final = CredentialsToken("decoded-peer-token")
ECHO_TOKEN: Final = CredentialsToken(base64.b64encode(b"decoded-peer-token").decode())
GRANTS: Final = {
    PLAIN_TOKEN: ("plain", TokenAccess.FULL, TokenEncoding.PLAIN),
    BASE64_TOKEN: ("base64", TokenAccess.FULL, TokenEncoding.BASE64),
    EITHER_TOKEN: ("either", TokenAccess.FULL, TokenEncoding.ACCEPT_BOTH),
    TOKEN_A: ("newcomer", TokenAccess.REGISTRATION, TokenEncoding.ACCEPT_BOTH),
    DECODED_TOKEN: ("decoded", TokenAccess.FULL, TokenEncoding.ACCEPT_BOTH),
    ECHO_TOKEN: ("echo", TokenAccess.FULL, TokenEncoding.PLAIN),
}


async def lookup(candidates: Sequence[CredentialsToken]) -> TokenGrant[str] | None:
    found = [
        TokenGrant(peer=peer, access=access, token=candidate, encoding=encoding)
        for candidate in candidates
        if candidate in GRANTS
        for peer, access, encoding in [GRANTS[candidate]]
    ]
    if not found or any(grant.peer != found[0].peer for grant in found):
        return None
    return found[0]


def who_app() -> FastAPI:
    app = FastAPI()
    install_ocpi(app, SETTINGS)
    module = TokenAuth(lookup, module="locations", version=V221)
    versions_auth = TokenAuth(lookup, module="versions")

    @app.get("/ocpi/2.2.1/locations")
    async def who(grant: Annotated[TokenGrant[str], Depends(module)]) -> OcpiJSONResponse:
        return ocpi_response({"peer": grant.peer}, settings=SETTINGS)

    @app.get("/ocpi/versions")
    async def listing(
        grant: Annotated[TokenGrant[str], Depends(versions_auth)],
    ) -> OcpiJSONResponse:
        return ocpi_response({"peer": grant.peer}, settings=SETTINGS)

    return app


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


UNAUTHENTICATED: Final = [
    None,  # no header
    "",
    "Token",
    "Token ",
    "Bearer " + b64("either-peer-token"),
    "Token  " + b64("either-peer-token"),
    "Token " + b64("either-peer-token") + " x",
    "Token " + "x" * 2000,
    "Token " + b64("no-such-token"),
    "Token no-such-token",
    "Token " + b64("either-peer-tokem"),  # forged: one character off
    "Token " + b64("either-peer-token")[:-2],  # truncated Base64
    "Token " + b64("x" * 65),  # longer than a token may be
    "Token " + b64("base64-peer-token"),  # right token, yet ...
]


async def test_missing_malformed_unknown_and_forged_tokens_get_one_identical_401() -> None:
    async with client(who_app()) as http:
        replies = []
        for value in UNAUTHENTICATED[:-1]:
            sent = {} if value is None else {"Authorization": value}
            replies.append(await http.get("/ocpi/2.2.1/locations", headers=sent))
        # two Authorization headers cannot be told apart: refused the same way
        replies.append(
            await http.get(
                "/ocpi/2.2.1/locations",
                headers=[
                    ("Authorization", "Token " + b64("either-peer-token")),
                    ("Authorization", "Token " + b64("plain-peer-token")),
                ],
            )
        )
    assert {reply.status_code for reply in replies} == {401}
    assert len({reply.content for reply in replies}) == 1
    assert {reply.headers["www-authenticate"] for reply in replies} == {"Token"}
    body = orjson.loads(replies[0].content)
    assert body == {
        "status_code": 2000,
        "status_message": "missing or invalid Authorization header",
        "timestamp": "2025-01-01T00:00:00Z",
    }


@pytest.mark.parametrize(
    ("token", "plain", "peer"),
    [
        (PLAIN_TOKEN, True, "plain"),
        (PLAIN_TOKEN, False, None),
        (BASE64_TOKEN, False, "base64"),
        (BASE64_TOKEN, True, None),
        (EITHER_TOKEN, False, "either"),
        (EITHER_TOKEN, True, "either"),
    ],
)
async def test_each_peer_is_read_in_its_own_token_mode(
    token: CredentialsToken, plain: bool, peer: str | None
) -> None:
    async with client(who_app()) as http:
        reply = await http.get("/ocpi/2.2.1/locations", headers=bearer(token, plain=plain))
    if peer is None:
        assert reply.status_code == 401
    else:
        assert reply.status_code == 200
        assert orjson.loads(reply.content)["data"] == {"peer": peer}


async def test_a_header_that_reads_as_tokens_of_two_peers_is_refused() -> None:
    # the echo peer's token sent plain is also the Base64 of the decoded peer's token: both
    # match, so neither is taken
    async with client(who_app()) as http:
        reply = await http.get("/ocpi/2.2.1/locations", headers=bearer(ECHO_TOKEN, plain=True))
    assert reply.status_code == 401


async def test_token_a_opens_versions_but_a_module_route_refuses_it_with_401() -> None:
    async with client(who_app()) as http:
        listing = await http.get("/ocpi/versions", headers=bearer(TOKEN_A))
        module = await http.get("/ocpi/2.2.1/locations", headers=bearer(TOKEN_A))
    assert listing.status_code == 200
    assert module.status_code == 401
    body = orjson.loads(module.content)
    assert body["status_code"] == 2000
    assert body["status_message"] == "this token only reaches versions and credentials"


async def test_a_registered_token_opens_the_module_routes_and_token_a_no_longer_does() -> None:
    cpo, emsp, _ = pair(locations=3)
    token_a = await cpo.registrar.new_peer("emsp")
    async with client(cpo.app) as peer:
        before = await peer.get("/ocpi/2.2.1/locations", headers=bearer(token_a))
        registration = await emsp.registrar.register_with(
            "cpo", token_a=token_a, peer_versions_url="https://cpo.example/ocpi/versions"
        )
        token_c = registration.tokens.theirs
        assert token_c is not None
        after = await peer.get("/ocpi/2.2.1/locations", headers=bearer(token_c))
        old = await peer.get("/ocpi/2.2.1/locations", headers=bearer(token_a))
    assert before.status_code == 401
    assert after.status_code == 200
    assert len(orjson.loads(after.content)["data"]) == 3
    assert old.status_code == 401


# -- enveloped success replies ----------------------------------------------------------------


async def test_a_success_reply_is_the_envelope_of_typed_data_as_application_json() -> None:
    location = v221.Location.from_wire(location_json(1))
    reply = ocpi_response(location, settings=SETTINGS)
    assert reply.status_code == 200
    assert reply.media_type == "application/json"
    read = parse_response(bytes(reply.body))
    assert read.status_code == 1000
    assert read.timestamp == NOW
    assert read.data == location.to_wire()


def test_a_reply_that_created_an_object_is_201_and_no_data_leaves_data_out() -> None:
    reply = ocpi_response(None, settings=SETTINGS, created=True)
    assert reply.status_code == 201
    assert orjson.loads(reply.body) == {"status_code": 1000, "timestamp": "2025-01-01T00:00:00Z"}


def test_a_naive_clock_is_refused() -> None:
    settings = OcpiSettings(clock=lambda: NOW.replace(tzinfo=None))
    with pytest.raises(AdapterUsageError):
        ocpi_response(None, settings=settings)


@pytest.mark.parametrize(
    "changes",
    [
        {"max_limit": 0},
        {"default_limit": 11, "max_limit": 10},
        {"max_body_bytes": -1},
        {"public_base_url": "ftp://x.example"},
        {"public_base_url": "https://x.example/?q=1"},
    ],
)
def test_settings_that_cannot_work_are_refused(changes: dict[str, object]) -> None:
    with pytest.raises(AdapterUsageError):
        OcpiSettings(**changes)  # type: ignore[arg-type]


# -- every error class: its OCPI status and HTTP status ---------------------------------------

TOO_MANY = pagination.QueryProblem.TOO_MANY


@attrs.frozen
class ErrorRow:
    """One error class and the reply it must get on a 2.1.1 and on a 2.2.1 route."""

    make: Callable[[], OcpiError]
    code: int
    http: int
    http_211: int | None = None  # when 2.1.1 differs
    allow: str | None = None


ERROR_ROWS: Final = [
    ErrorRow(lambda: OcpiError("x"), 3000, 200),
    ErrorRow(lambda: status.OcpiClientError("x"), 2000, 200),
    ErrorRow(lambda: status.OcpiClientError("x", status_code=2004), 2004, 404, http_211=200),
    ErrorRow(lambda: status.InvalidOrMissingParameters("x"), 2001, 200),
    ErrorRow(lambda: status.NotEnoughInformation("x"), 2002, 200),
    ErrorRow(lambda: status.UnknownLocation("x"), 2003, 200),
    ErrorRow(lambda: status.UnknownToken("x"), 2004, 404),
    ErrorRow(lambda: status.OcpiServerError("x"), 3000, 200),
    ErrorRow(lambda: status.UnableToUseClientApi("x"), 3001, 200),
    ErrorRow(lambda: status.UnsupportedVersion("x"), 3002, 200),
    ErrorRow(lambda: status.NoMatchingEndpoints("x"), 3003, 200),
    ErrorRow(lambda: status.OcpiHubError("x"), 4000, 200),
    ErrorRow(lambda: status.UnknownReceiver("x"), 4001, 200),
    ErrorRow(lambda: status.TimeoutOnForwardedRequest("x"), 4002, 200),
    ErrorRow(lambda: status.ConnectionProblem("x"), 4003, 200),
    ErrorRow(lambda: status.InvalidJsonBody("x"), 2000, 400),
    ErrorRow(lambda: status.AuthenticationFailed("x"), 2000, 401),
    ErrorRow(lambda: status.RegistrationRequired("x"), 2000, 401),
    ErrorRow(lambda: status.AccessDenied("x"), 2000, 403),
    ErrorRow(lambda: status.NotFound("x"), 2000, 404),
    ErrorRow(lambda: status.MethodNotAllowed("x"), 2000, 405),
    ErrorRow(lambda: status.AlreadyRegistered("x"), 2000, 405, allow="GET, PUT, DELETE"),
    ErrorRow(lambda: status.NotRegistered("x"), 2000, 405, allow="GET, POST"),
    ErrorRow(lambda: AuthorizationError(AuthorizationProblem.BAD_TOKEN), 2000, 401),
    ErrorRow(lambda: headers.CredentialsTokenError("too long"), 2001, 200),
    ErrorRow(lambda: RequestIdError("X-Request-ID", IdProblem.MISSING), 2001, 200),
    ErrorRow(lambda: RoutingHeaderError(("a",), RoutingProblem.MISSING), 2001, 200),
    ErrorRow(lambda: PartyRefError("party_id"), 2001, 200),
    ErrorRow(lambda: pagination.QueryParameterError(None, TOO_MANY), 2001, 200),
    ErrorRow(lambda: credentials.InvalidCredentials("x"), 2001, 200),
    ErrorRow(lambda: credentials.ExchangeInProgress("x"), 2000, 200),
    ErrorRow(lambda: commands.UnknownCommand(V221, "FLY"), 2001, 200),
    ErrorRow(lambda: commands.InvalidPayload("x"), 2001, 200),
    ErrorRow(lambda: commands.PayloadNotJson("x"), 2000, 400),
    ErrorRow(lambda: versions.NoMutualVersion("x"), 3002, 200),
    ErrorRow(lambda: versions.VersionNotListed("x"), 3002, 200),
    ErrorRow(lambda: versions.AmbiguousVersion("x"), 3001, 200),
    ErrorRow(lambda: versions.MissingEndpoint("x"), 3003, 200),
    ErrorRow(lambda: versions.AmbiguousEndpoint("x"), 3003, 200),
    ErrorRow(lambda: BodyTooLarge(10), 2000, 413),
    ErrorRow(lambda: InvalidBody("x"), 2001, 200),
]


def raising_app() -> FastAPI:
    app = FastAPI()
    install_ocpi(app, SETTINGS)
    for version in (V211, V221):
        noted = RequestIdsReader(version)

        @app.get(f"/{version.value}/raise/{{index}}")
        async def fail(index: int, ids: Annotated[object, Depends(noted)]) -> None:
            raise ERROR_ROWS[index].make()

    @app.get("/crash")
    async def crash() -> None:
        raise RuntimeError("secret detail 0xC0FFEE")

    return app


def _subclasses(cls: type) -> set[type]:
    found: set[type] = set(cls.__subclasses__())
    for sub in list(found):
        found |= _subclasses(sub)
    return found


CORE_MODULES: Final = tuple(
    module.__name__
    for module in (status, headers, pagination, credentials, commands, versions, ocpi_fastapi)
)


def test_the_error_table_covers_every_error_class_of_the_core() -> None:
    listed = {type(row.make()) for row in ERROR_ROWS}
    defined = {
        cls
        for cls in _subclasses(OcpiError) | {OcpiError}
        if cls.__module__.startswith(CORE_MODULES)
    }
    assert defined - listed == set()


@pytest.mark.parametrize("index", range(len(ERROR_ROWS)))
@pytest.mark.parametrize("version", [V211, V221])
async def test_every_error_class_gets_its_ocpi_status_and_http_status(
    index: int, version: OcpiVersion
) -> None:
    row = ERROR_ROWS[index]
    async with client(raising_app()) as http:
        reply = await http.get(f"/{version.value}/raise/{index}")
    expected = row.http_211 if version is V211 and row.http_211 is not None else row.http
    assert reply.status_code == expected
    assert reply.headers["content-type"] == "application/json"
    body = orjson.loads(reply.content)
    assert body["status_code"] == row.code
    assert "data" not in body
    assert body["timestamp"] == "2025-01-01T00:00:00Z"
    assert reply.headers.get("allow") == row.allow
    assert ("www-authenticate" in reply.headers) == (expected == 401)


async def test_an_unexpected_exception_is_3000_with_http_500_and_no_detail() -> None:
    async with client(raising_app()) as http:
        reply = await http.get("/crash", headers={"X-Request-ID": "req-1"})
    assert reply.status_code == 500
    body = orjson.loads(reply.content)
    assert body["status_code"] == 3000
    assert "0xC0FFEE" not in reply.text
    assert "Traceback" not in reply.text
    assert reply.headers["x-request-id"] == "req-1"


async def test_an_unknown_route_and_a_wrong_method_are_enveloped_http_errors() -> None:
    async with client(raising_app()) as http:
        missing = await http.get("/nowhere")
        wrong = await http.post("/crash")
    assert missing.status_code == 404
    assert orjson.loads(missing.content)["status_code"] == 2000
    assert wrong.status_code == 405
    assert wrong.headers["allow"] == "GET"
    assert orjson.loads(wrong.content)["status_code"] == 2000


async def test_fastapis_own_validation_error_is_2001_naming_the_parameter() -> None:
    async with client(raising_app()) as http:
        reply = await http.get("/2.2.1/raise/not-a-number")
    assert reply.status_code == 200
    body = orjson.loads(reply.content)
    assert body["status_code"] == 2001
    assert "path.index" in body["status_message"]
    assert "not-a-number" not in reply.text


def test_an_error_with_violations_shows_their_paths_and_rules_never_unknown_names() -> None:
    error = InvalidBody(
        "invalid Location",
        (
            Violation("$.evses[0].uid", "missing", "required field missing"),
            Violation("$.secret_name_xyz", "extra_forbidden", "field not defined"),
        ),
    )
    reply = ocpi_fastapi.error_reply(error, now=NOW)
    message = orjson.loads(reply.body)["status_message"]
    assert message == (
        "invalid Location: 2 violation(s): $.evses[0].uid (missing), $.* (extra_forbidden)"
    )


# -- request and correlation ids --------------------------------------------------------------


def ids_app() -> FastAPI:
    app = FastAPI()
    install_ocpi(app, SETTINGS)
    strict = RequestIdsReader(V221, strict=True)

    @app.get("/ids")
    async def ids(got: Annotated[headers.RequestIds, Depends(request_ids)]) -> OcpiJSONResponse:
        return ocpi_response({"request": got.request_id}, settings=SETTINGS)

    @app.get("/strict")
    async def strict_ids(got: Annotated[headers.RequestIds, Depends(strict)]) -> OcpiJSONResponse:
        return ocpi_response(None, settings=SETTINGS)

    return app


UUID: Final = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")


async def test_the_reply_carries_both_ids_of_the_request() -> None:
    sent = {"X-Request-ID": "req-42", "X-Correlation-ID": "corr-7"}
    async with client(ids_app()) as http:
        reply = await http.get("/ids", headers=sent)
    assert reply.headers["x-request-id"] == "req-42"
    assert reply.headers["x-correlation-id"] == "corr-7"
    assert orjson.loads(reply.content)["data"] == {"request": "req-42"}


async def test_missing_or_bad_ids_are_replaced_by_new_ones_never_echoed() -> None:
    async with client(ids_app()) as http:
        reply = await http.get("/ids", headers={"X-Request-ID": "r" * 300})
    assert UUID.fullmatch(reply.headers["x-request-id"])
    assert UUID.fullmatch(reply.headers["x-correlation-id"])
    assert "r" * 300 not in reply.text


async def test_a_strict_reader_refuses_a_missing_id_with_2001_naming_the_header() -> None:
    async with client(ids_app()) as http:
        reply = await http.get("/strict", headers={"X-Correlation-ID": "corr-1"})
    body = orjson.loads(reply.content)
    assert (reply.status_code, body["status_code"]) == (200, 2001)
    assert body["status_message"] == "X-Request-ID: missing"
    assert reply.headers["x-correlation-id"] == "corr-1"


async def test_error_replies_carry_the_ids_too() -> None:
    sent = {"X-Request-ID": "req-9", "X-Correlation-ID": "corr-9"}
    async with client(who_app()) as http:
        reply = await http.get("/ocpi/2.2.1/locations", headers=sent)
    assert reply.status_code == 401
    assert reply.headers["x-request-id"] == "req-9"
    assert reply.headers["x-correlation-id"] == "corr-9"


_HEADER_TEXT = st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=300)


@given(value=_HEADER_TEXT)
@example(value=" padded ")
@example(value="")
@example(value="x" * 256)
@example(value="fine-id")
async def test_an_id_is_echoed_exactly_when_it_is_valid(value: str) -> None:
    async with client(ids_app()) as http:
        reply = await http.get("/ids", headers={"X-Request-ID": value})
    valid = 0 < len(value) <= 255 and value == value.strip(" ")
    echoed = reply.headers["x-request-id"]
    assert (echoed == value) == valid
    if not valid:
        assert UUID.fullmatch(echoed)


@given(value=_HEADER_TEXT)
@example(value="Token ")
@example(value="Token " + "A" * 40)
@example(value="token " + b64("unknown"))
async def test_any_unknown_authorization_value_gets_the_same_401(value: str) -> None:
    async with client(who_app()) as http:
        reply = await http.get("/ocpi/2.2.1/locations", headers={"Authorization": value})
        reference = await http.get("/ocpi/2.2.1/locations")
    assert reply.status_code == 401
    assert reply.content == reference.content


# -- routing headers --------------------------------------------------------------------------

ROUTED: Final = {
    "OCPI-from-country-code": "de",
    "OCPI-from-party-id": "msp",
    "OCPI-to-country-code": "NL",
    "OCPI-to-party-id": "CPO",
}


def routing_app() -> FastAPI:
    app = FastAPI()
    install_ocpi(app, SETTINGS)
    for version in (V211, V221, V230):
        reader = RoutingReader(version, "locations")

        @app.get(f"/{version.value}/locations")
        async def routed(
            routing: Annotated[RoutingHeaders, Depends(reader)], fail: bool = False
        ) -> OcpiJSONResponse:
            if fail:
                raise status.UnknownLocation("no such location")
            return ocpi_response(None, settings=SETTINGS)

    config = RoutingReader(V221, "credentials")

    @app.get("/2.2.1/credentials")
    async def configuration(
        routing: Annotated[RoutingHeaders, Depends(config)],
    ) -> OcpiJSONResponse:
        return ocpi_response(None, settings=SETTINGS)

    return app


@pytest.mark.parametrize("version", [V221, V230])
async def test_routing_headers_are_required_and_the_reply_swaps_them(version: OcpiVersion) -> None:
    async with client(routing_app()) as http:
        missing = await http.get(f"/{version.value}/locations")
        routed = await http.get(f"/{version.value}/locations", headers=ROUTED)
        failed = await http.get(f"/{version.value}/locations?fail=true", headers=ROUTED)
    body = orjson.loads(missing.content)
    assert body["status_code"] == 2001
    assert body["status_message"].startswith("OCPI-from-country-code, OCPI-from-party-id:")
    assert "ocpi-to-party-id" not in missing.headers
    for reply in (routed, failed):
        assert reply.headers["ocpi-from-country-code"] == "NL"
        assert reply.headers["ocpi-from-party-id"] == "CPO"
        assert reply.headers["ocpi-to-country-code"] == "DE"
        assert reply.headers["ocpi-to-party-id"] == "MSP"
    assert orjson.loads(failed.content)["status_code"] == 2003


async def test_routing_headers_are_neither_read_nor_echoed_in_2_1_1() -> None:
    async with client(routing_app()) as http:
        reply = await http.get("/2.1.1/locations", headers={"OCPI-to-party-id": "!!"})
    assert orjson.loads(reply.content)["status_code"] == 1000
    assert "ocpi-to-party-id" not in reply.headers


@pytest.mark.parametrize(
    ("sent", "problem"),
    [
        ({**ROUTED, "OCPI-to-party-id": "TOOLONG"}, "not a valid value"),
        ({k: v for k, v in ROUTED.items() if k != "OCPI-to-party-id"}, "one is missing"),
    ],
)
async def test_bad_routing_headers_are_2001_naming_the_header(
    sent: dict[str, str], problem: str
) -> None:
    async with client(routing_app()) as http:
        reply = await http.get("/2.2.1/locations", headers=sent)
    message = orjson.loads(reply.content)["status_message"]
    assert message.startswith("OCPI-to-party-id:")
    assert problem in message
    assert "TOOLONG" not in reply.text


async def test_routing_headers_on_a_configuration_module_are_refused() -> None:
    async with client(routing_app()) as http:
        reply = await http.get("/2.2.1/credentials", headers=ROUTED)
    assert orjson.loads(reply.content)["status_code"] == 2001


@given(country=_HEADER_TEXT, party=_HEADER_TEXT)
@example(country="nl", party="tnm")
@example(country="N1", party="TNM")
async def test_any_routing_value_is_accepted_exactly_when_it_is_a_party(
    country: str, party: str
) -> None:
    sent = {**ROUTED, "OCPI-from-country-code": country, "OCPI-from-party-id": party}
    async with client(routing_app()) as http:
        reply = await http.get("/2.2.1/locations", headers=sent)
    valid = bool(re.fullmatch("[A-Za-z]{2}", country) and re.fullmatch("[A-Za-z0-9]{3}", party))
    assert orjson.loads(reply.content)["status_code"] == (1000 if valid else 2001)
    if valid:
        assert reply.headers["ocpi-to-party-id"] == party.upper()


# -- request bodies ---------------------------------------------------------------------------


async def registered_pair() -> tuple[Platform, Platform, CredentialsToken]:
    cpo, emsp, _ = pair()
    token_a = await cpo.registrar.new_peer("emsp")
    registration = await emsp.registrar.register_with(
        "cpo", token_a=token_a, peer_versions_url="https://cpo.example/ocpi/versions"
    )
    assert registration.tokens.theirs is not None
    return cpo, emsp, registration.tokens.theirs


async def test_put_patch_and_list_bodies_reach_the_handler_typed() -> None:
    cpo, _, token = await registered_pair()
    auth = {**bearer(token), **ROUTED}
    good = orjson.dumps(location_json(1, vendor_field={"x": 1}))
    patch = orjson.dumps({"name": "New name", "last_updated": "2025-01-02T00:00:00Z"})
    batch = orjson.dumps([location_json(1), {"id": 5}, location_json(2)])
    async with client(cpo.app) as http:
        put = await http.put("/ocpi/2.2.1/locations/NL/CPO/LOC1", content=good, headers=auth)
        patched = await http.patch("/ocpi/2.2.1/locations/NL/CPO/LOC1", content=patch, headers=auth)
        listed = await http.post("/ocpi/2.2.1/locations-batch", content=batch, headers=auth)
    assert put.status_code == 201
    assert patched.status_code == 200
    assert orjson.loads(listed.content)["data"] == {"valid": 2, "invalid": 1}
    location, partial, read = cpo.received
    assert isinstance(location, v221.Location)
    assert location.model_extra == {"vendor_field": {"x": 1}}
    assert isinstance(partial, Patch)
    assert partial.values["name"] == "New name"
    assert isinstance(read, ListRead)
    assert [bad.index for bad in read.invalid] == [1]


async def test_a_patch_without_last_updated_is_2001_naming_it() -> None:
    cpo, _, token = await registered_pair()
    async with client(cpo.app) as http:
        reply = await http.patch(
            "/ocpi/2.2.1/locations/NL/CPO/LOC1",
            content=b'{"name": "x"}',
            headers={**bearer(token), **ROUTED},
        )
    body = orjson.loads(reply.content)
    assert (reply.status_code, body["status_code"]) == (200, 2001)
    assert "$.last_updated (missing)" in body["status_message"]


# -- OpenAPI ----------------------------------------------------------------------------------


def test_openapi_shows_the_generated_classes_in_their_envelopes() -> None:
    cpo = make_platform("cpo")
    document = cpo.app.openapi()
    schemas = document["components"]["schemas"]
    listing = document["paths"]["/ocpi/2.2.1/locations"]["get"]
    reply = listing["responses"]["200"]
    assert reply["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/LocationListEnvelope_v221"
    }
    envelope = schemas["LocationListEnvelope_v221"]
    assert set(envelope["required"]) == {"status_code", "timestamp"}
    items = envelope["properties"]["data"]["anyOf"][0]
    assert items["type"] == "array"
    assert items["items"]["$ref"].endswith("Location")
    assert any(name.endswith("Location") for name in schemas)
    assert set(reply["headers"]) == {"X-Total-Count", "X-Limit", "Link"}
    assert [p["name"] for p in listing["parameters"]] == ["offset", "limit", "date_from", "date_to"]
    assert listing["security"] == [{"OcpiToken": []}]
    credentials = document["paths"]["/ocpi/2.2.1/credentials"]["post"]
    ref = credentials["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
    assert ref == "#/components/schemas/CredentialsEnvelope_v221"
    assert document["components"]["securitySchemes"]["OcpiToken"] == {
        "type": "apiKey",
        "in": "header",
        "name": "Authorization",
        "description": "Token <credentials token> (Base64 of the token from OCPI 2.2.1 on)",
    }


def test_envelope_of_is_one_class_per_model_and_cardinality() -> None:
    assert envelope_of(v221.Location) is envelope_of(v221.Location)
    assert envelope_of(v221.Location).__name__ == "LocationEnvelope_v221"
    assert envelope_of(v221.Location, many=True) is not envelope_of(v221.Location)
