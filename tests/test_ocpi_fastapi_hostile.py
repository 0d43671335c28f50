"""Hostile requests to an app built with the helpers: each gets the right OCPI status and HTTP
status, no traceback text, no echo of what was sent, and changes nothing (the registration store
and what the module routes received stay as they were)."""

from collections.abc import AsyncIterator
from typing import Final

import attrs
import orjson
import pytest
from fastapi import FastAPI
from pydantic import JsonValue

from ocpkit.ocpi.fastapi import OcpiSettings, install_ocpi
from ocpkit.ocpi.headers import CredentialsToken
from tests.test_ocpi_fastapi_support import (
    Platform,
    bearer,
    client,
    fingerprint,
    location_json,
    pair,
)

MARKER: Final = "HOSTILEzq7MARKER"
MIB: Final = 1_048_576
LOCATION_URL: Final = "/ocpi/2.2.1/locations/NL/CPO/LOC1"
ROUTED: Final = {
    "OCPI-from-country-code": "DE",
    "OCPI-from-party-id": "MSP",
    "OCPI-to-country-code": "NL",
    "OCPI-to-party-id": "CPO",
}


def location(**changes: JsonValue) -> bytes:
    return orjson.dumps(location_json(1, **changes))


def nested(depth: int, opening: str = "[", closing: str = "]") -> bytes:
    return (opening * depth + closing * depth).encode()


def credentials_body(**changes: object) -> bytes:
    wire: dict[str, object] = {
        "token": "token-b-" + MARKER,
        "url": f"https://{MARKER}.example/ocpi/versions",
        "roles": [
            {
                "role": "EMSP",
                "party_id": "MSP",
                "country_code": "DE",
                "business_details": {"name": "Provider"},
            }
        ],
    }
    wire.update(changes)
    return orjson.dumps(wire)


@attrs.frozen
class Hostile:
    """One hostile request and the reply it must get. ``auth`` says which token it carries:
    ``registered`` (the eMSP's), ``token_a`` (a new peer's), or a header value of its own."""

    name: str
    method: str
    path: str
    body: bytes = b""
    auth: str = "registered"
    headers: dict[str, str] = attrs.Factory(dict)
    expect: tuple[int, int] = (200, 2001)  # HTTP status, OCPI status


LOC: Final = LOCATION_URL
LIST: Final = "/ocpi/2.2.1/locations"
STRICT: Final = "/ocpi/2.2.1/locations-strict/LOC1"
BATCH: Final = "/ocpi/2.2.1/locations-batch"
CRED: Final = "/ocpi/2.2.1/credentials"
NOT_JSON: Final = (400, 2000)
DENIED: Final = (401, 2000)
REFUSED: Final = (405, 2000)
HUGE_INTEGER: Final = location(publish="BIG").replace(b'"BIG"', b"1" + b"0" * 400)
DEEP_OBJECTS: Final = b'{"a":' * 100_000 + b"1" + b"}" * 100_000
NESTED_FIELD: Final = location(evses="DEEP").replace(b'"DEEP"', nested(300))
NAN_NUMBER: Final = location(energy_mix="MIX").replace(
    b'"MIX"',
    b'{"is_green_energy": true, "energy_sources": [{"source": "SOLAR", "percentage": NaN}]}',
)
ODD_KEY: Final[dict[str, JsonValue]] = {"latitude": "1", "longitude": "2", f"{MARKER}.x": 1}
PATCH_TYPES: Final = orjson.dumps({"name": [MARKER], "last_updated": MARKER})
PATCH_NULL: Final = orjson.dumps({"address": None, "last_updated": "2025-01-01T00:00:00Z"})
ROUTE_TEXT: Final = {"OCPI-to-party-id": MARKER}
ROUTE_HALF: Final = {"OCPI-to-country-code": ""}
MANY: Final = "&".join(f"p{i}=1" for i in range(101))

CASES: Final = [
    # bodies on a module route
    Hostile("non-JSON body", "PUT", LOC, f"<xml>{MARKER}</xml>".encode(), expect=NOT_JSON),
    Hostile("empty body", "PUT", LOC, b"", expect=NOT_JSON),
    Hostile("JSON with a trailing comma", "PUT", LOC, b'{"id": "x",}', expect=NOT_JSON),
    Hostile("NaN", "PUT", LOC, b'{"id": NaN}', expect=NOT_JSON),
    Hostile("a list for an object", "PUT", LOC, orjson.dumps([MARKER])),
    Hostile("wrong types", "PUT", LOC, location(publish=MARKER, id=5, coordinates=[MARKER])),
    Hostile("null for a required field", "PUT", LOC, location(address=None)),
    Hostile("a 1 MB string", "PUT", LOC, location(name=MARKER * 62_000)),
    Hostile("a 1 MB key", "PUT", LOC, location(**{MARKER * 62_000: 1}), expect=(201, 1000)),
    Hostile("a huge integer", "PUT", LOC, HUGE_INTEGER),
    Hostile("100,000 nested arrays", "PUT", LOC, nested(100_000), expect=NOT_JSON),
    Hostile("100,000 nested objects", "PUT", LOC, DEEP_OBJECTS, expect=NOT_JSON),
    Hostile("nesting inside a field", "PUT", LOC, location(evses=orjson.loads(nested(100)))),
    Hostile("nesting past the parsers inside a field", "PUT", LOC, NESTED_FIELD, expect=NOT_JSON),
    Hostile("NaN in a number field", "PUT", LOC, NAN_NUMBER, expect=NOT_JSON),
    Hostile("NaN in a batch", "POST", BATCH, b"[" + NAN_NUMBER + b"]", expect=NOT_JSON),
    Hostile("over the body cap", "PUT", LOC, b'"' + b"x" * MIB + b'"', expect=(413, 2000)),
    Hostile("unknown fields, strict", "PUT", STRICT, location(**{MARKER: MARKER})),
    Hostile("unknown nested field, strict", "PUT", STRICT, location(coordinates=ODD_KEY)),
    Hostile("a PATCH with wrong types", "PATCH", LOC, PATCH_TYPES),
    Hostile("a PATCH of null for a required field", "PATCH", LOC, PATCH_NULL),
    Hostile("a PATCH that is a string", "PATCH", LOC, orjson.dumps(MARKER)),
    Hostile("a batch that is an object", "POST", BATCH, orjson.dumps({MARKER: 1})),
    Hostile("a batch nested too deep", "POST", BATCH, nested(100_000), expect=NOT_JSON),
    # headers
    Hostile("no token", "PUT", LOC, location(), auth="", expect=DENIED),
    Hostile("a forged token", "PUT", LOC, location(), auth=f"Token {MARKER}", expect=DENIED),
    Hostile("a 1 MB token", "GET", LIST, auth="Token " + MARKER * 62_000, expect=DENIED),
    Hostile("token A on a module route", "PUT", LOC, location(), auth="token_a", expect=DENIED),
    Hostile("token A on a list", "GET", LIST, auth="token_a", expect=DENIED),
    Hostile("a routing header of text", "PUT", LOC, location(), headers=ROUTE_TEXT),
    Hostile("a routing pair half given", "PUT", LOC, location(), headers=ROUTE_HALF),
    # queries
    Hostile("a negative offset", "GET", LIST + "?offset=-1"),
    Hostile("a huge offset", "GET", LIST + "?offset=" + "9" * 60_000),
    Hostile("a huge limit", "GET", LIST + "?limit=1" + "0" * 40),
    Hostile("a text limit", "GET", f"{LIST}?limit={MARKER}"),
    Hostile("a malformed date", "GET", f"{LIST}?date_from={MARKER}"),
    Hostile("a date with an offset", "GET", LIST + "?date_to=2025-01-01T00:00:00-05:00"),
    Hostile("a repeated parameter", "GET", LIST + "?offset=1&offset=2"),
    Hostile("too many parameters", "GET", f"{LIST}?{MANY}"),
    Hostile("a query that is not UTF-8", "GET", LIST + "?x=%C3%28"),
    # the credentials endpoint
    Hostile("a replayed POST", "POST", CRED, credentials_body(), expect=REFUSED),
    Hostile(
        "a POST with a void token A",
        "POST",
        CRED,
        credentials_body(),
        auth="old_token_a",
        expect=DENIED,
    ),
    Hostile("a PUT before POST", "PUT", CRED, credentials_body(), auth="token_a", expect=REFUSED),
    Hostile("a DELETE before POST", "DELETE", CRED, auth="token_a", expect=REFUSED),
    Hostile("credentials not JSON", "POST", CRED, MARKER.encode(), auth="token_a", expect=NOT_JSON),
    Hostile(
        "credentials nested too deep",
        "POST",
        CRED,
        nested(100_000),
        auth="token_a",
        expect=NOT_JSON,
    ),
    Hostile(
        "credentials of wrong types",
        "POST",
        CRED,
        credentials_body(roles=MARKER, url=[MARKER]),
        auth="token_a",
    ),
    Hostile(
        "credentials with a 1 MB token",
        "POST",
        CRED,
        credentials_body(token=MARKER * 62_000),
        auth="token_a",
    ),
    Hostile(
        "credentials with a spaced token",
        "POST",
        CRED,
        credentials_body(token=f"a {MARKER}"),
        auth="token_a",
    ),
    Hostile(
        "credentials of 2.1.1 on 2.2.1",
        "POST",
        CRED,
        credentials_body(roles=None, party_id="MSP"),
        auth="token_a",
    ),
    Hostile(
        "credentials of an unreachable API",
        "POST",
        CRED,
        credentials_body(**{MARKER: MARKER}),
        auth="token_a",
        expect=(200, 3001),
    ),
    Hostile(
        "credentials of a version not served",
        "POST",
        "/ocpi/9.9.9/credentials",
        credentials_body(),
        auth="token_a",
        expect=(404, 2000),
    ),
]


@attrs.define
class Scene:
    """A CPO with a registered eMSP, a peer holding a fresh token A and a void token A."""

    cpo: Platform
    registered: CredentialsToken
    token_a: CredentialsToken
    old_token_a: CredentialsToken


async def scene() -> Scene:
    cpo, emsp, _ = pair(locations=3)
    old_token_a = await cpo.registrar.new_peer("emsp")
    registration = await emsp.registrar.register_with(
        "cpo", token_a=old_token_a, peer_versions_url="https://cpo.example/ocpi/versions"
    )
    assert registration.tokens.theirs is not None
    token_a = await cpo.registrar.new_peer("newcomer")
    return Scene(cpo, registration.tokens.theirs, token_a, old_token_a)


def authorization(case: Hostile, at: Scene) -> dict[str, str]:
    if case.auth in ("registered", "token_a", "old_token_a"):
        token: CredentialsToken = getattr(at, case.auth)
        return bearer(token)
    return {"Authorization": case.auth} if case.auth else {}


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
async def test_a_hostile_request_gets_its_status_no_echo_and_changes_nothing(
    case: Hostile,
) -> None:
    at = await scene()
    before = fingerprint(at.cpo.store)
    sent = {**ROUTED, **authorization(case, at), **case.headers, "X-Request-ID": MARKER * 20}
    async with client(at.cpo.app) as http:
        reply = await http.request(case.method, case.path, content=case.body, headers=sent)
    body = orjson.loads(reply.content)
    assert (reply.status_code, body["status_code"]) == case.expect, body
    success = case.expect[1] == 1000
    assert "data" not in body or success
    assert MARKER not in reply.text
    assert MARKER not in str(reply.headers)
    assert "Traceback" not in reply.text
    assert "File " not in reply.text
    if not success:
        assert fingerprint(at.cpo.store) == before
        assert at.cpo.received == []


async def test_a_body_over_the_cap_without_content_length_is_cut_off_at_the_cap() -> None:
    at = await scene()
    chunks_read = 0

    async def stream() -> AsyncIterator[bytes]:
        nonlocal chunks_read
        for _ in range(64):  # 4 MiB in all, never declared
            chunks_read += 1
            yield b"x" * 65_536

    async with client(at.cpo.app) as http:
        reply = await http.put(
            LOCATION_URL, content=stream(), headers={**ROUTED, **bearer(at.registered)}
        )
    assert reply.status_code == 413
    assert orjson.loads(reply.content)["status_code"] == 2000
    assert "content-length" not in {name.lower() for name in reply.request.headers}
    assert at.cpo.received == []


async def test_the_cap_also_holds_for_a_body_fastapi_reads_itself() -> None:
    app = FastAPI()
    install_ocpi(app, OcpiSettings(max_body_bytes=1000))
    seen: list[object] = []

    @app.post("/plain")
    async def plain(body: dict[str, JsonValue]) -> None:
        seen.append(body)

    async def stream() -> AsyncIterator[bytes]:
        yield b'{"a": "'
        for _ in range(10):
            yield MARKER.encode() * 10
        yield b'"}'

    async with client(app) as http:
        reply = await http.post("/plain", content=stream())
    assert reply.status_code == 413
    assert orjson.loads(reply.content)["status_code"] == 2000
    assert MARKER not in reply.text
    assert seen == []


async def test_the_status_message_of_a_refused_body_names_paths_not_values() -> None:
    at = await scene()
    body = location(publish=MARKER, coordinates={"latitude": MARKER})
    async with client(at.cpo.app) as http:
        reply = await http.put(
            "/ocpi/2.2.1/locations-strict/LOC1",
            content=orjson.dumps({**orjson.loads(body), MARKER: 1}),
            headers={**ROUTED, **bearer(at.registered)},
        )
    message = orjson.loads(reply.content)["status_message"]
    assert message == (
        "invalid Location: 4 violation(s): $.publish (bool_type), "
        "$.coordinates.latitude (string_too_long), $.coordinates.longitude (missing), "
        "$.* (extra_forbidden)"
    )


async def test_unknown_fields_are_kept_when_not_strict() -> None:
    at = await scene()
    async with client(at.cpo.app) as http:
        reply = await http.put(
            LOCATION_URL,
            content=location(vendor={"x": [1, 2]}),
            headers={**ROUTED, **bearer(at.registered)},
        )
    assert reply.status_code == 201
    (received,) = at.cpo.received
    assert received.model_extra == {"vendor": {"x": [1, 2]}}  # type: ignore[attr-defined]


def test_every_case_names_a_distinct_rule() -> None:
    assert len({case.name for case in CASES}) == len(CASES)
