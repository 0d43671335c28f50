"""Paginated list replies: truthful headers on every page, the Link keeping the filters, the
limit capped, bad query parameters refused naming the parameter, and the page source contract."""

from collections.abc import MutableMapping
from datetime import timedelta
from typing import Any, Final
from urllib.parse import parse_qsl, urlsplit

import httpx
import orjson
import pytest
from fastapi import FastAPI
from hypothesis import example, given
from hypothesis import strategies as st
from starlette.requests import Request

from ocpkit.ocpi import v221, v230
from ocpkit.ocpi.fastapi import (
    OcpiJSONResponse,
    OcpiSettings,
    PageSlice,
    PageWindow,
    install_ocpi,
    paginated_response,
)
from ocpkit.ocpi.headers import CredentialsToken
from ocpkit.ocpi.pagination import Crawler, CrawlOutcome, parse_link_header
from tests.test_ocpi_fastapi_support import (
    NOW,
    SETTINGS,
    Platform,
    bearer,
    client,
    location_json,
    pair,
)

TOTAL: Final = 23


_SHARED: dict[str, tuple[Platform, CredentialsToken]] = {}


async def shared() -> tuple[Platform, CredentialsToken]:
    """One registered CPO for the many examples of a property test."""
    if "cpo" not in _SHARED:
        _SHARED["cpo"] = await registered()
    return _SHARED["cpo"]


async def registered(locations: int = TOTAL) -> tuple[Platform, CredentialsToken]:
    cpo, emsp, _ = pair(locations=locations)
    token_a = await cpo.registrar.new_peer("emsp")
    registration = await emsp.registrar.register_with(
        "cpo", token_a=token_a, peer_versions_url="https://cpo.example/ocpi/versions"
    )
    assert registration.tokens.theirs is not None
    return cpo, registration.tokens.theirs


def next_link(reply: httpx.Response) -> str | None:
    value = reply.headers.get("link")
    if value is None:
        return None
    (link,) = parse_link_header(value)
    assert link.rel == ("next",)
    return link.target


async def test_headers_are_truthful_on_every_page_and_the_link_keeps_the_filters() -> None:
    cpo, token = await registered()
    date_from = (NOW + timedelta(minutes=3)).strftime("%Y-%m-%dT%H:%M:%SZ")
    url: str | None = f"/ocpi/2.2.1/locations?limit=5&date_from={date_from}&country=NL&x=a%20b"
    seen: list[str] = []
    async with client(cpo.app) as http:
        while url is not None:
            reply = await http.get(url, headers=bearer(token))
            assert reply.status_code == 200
            body = orjson.loads(reply.content)
            seen += [item["id"] for item in body["data"]]
            assert reply.headers["x-total-count"] == str(TOTAL - 3)
            assert reply.headers["x-limit"] == "5"
            url = next_link(reply)
            assert (url is None) == (len(seen) == TOTAL - 3)
            if url is not None:
                query = parse_qsl(urlsplit(url).query)
                assert query == [
                    ("offset", str(len(seen))),
                    ("limit", "5"),
                    ("date_from", date_from),
                    ("country", "NL"),
                    ("x", "a b"),
                ]
                assert url.startswith("https://cpo.example/ocpi/2.2.1/locations?")
    assert seen == [f"LOC{i}" for i in range(3, TOTAL)]
    assert [w.offset for w in cpo.windows] == [0, 5, 10, 15]
    assert {w.extra for w in cpo.windows} == {(("country", "NL"), ("x", "a b"))}


async def test_the_core_crawler_walks_our_pages_to_the_end() -> None:
    cpo, token = await registered()
    crawler: Crawler[str] = Crawler(
        "https://cpo.example/ocpi/2.2.1/locations", key=lambda item: item, limit=7
    )
    items: list[str] = []
    async with client(cpo.app) as http:
        while (url := crawler.next_url()) is not None:
            reply = await http.get(url, headers=bearer(token))
            page = [item["id"] for item in orjson.loads(reply.content)["data"]]
            crawler.receive(url, reply.headers.items(), page)
            items += page
    assert crawler.outcome is CrawlOutcome.COMPLETE
    assert crawler.pages_fetched == 4
    assert items == [f"LOC{i}" for i in range(TOTAL)]


@pytest.mark.parametrize(("asked", "applied"), [(None, 4), (3, 3), (10, 10), (50, 10)])
async def test_the_limit_is_the_default_when_absent_and_capped_at_the_maximum(
    asked: int | None, applied: int
) -> None:
    cpo, token = await registered()
    query = "" if asked is None else f"?limit={asked}"
    async with client(cpo.app) as http:
        reply = await http.get(f"/ocpi/2.2.1/locations{query}", headers=bearer(token))
    assert reply.headers["x-limit"] == str(applied)
    assert len(orjson.loads(reply.content)["data"]) == applied
    link = next_link(reply)
    assert link is not None
    assert f"limit={applied}" in link


async def test_link_is_absent_on_the_last_page_and_past_the_end() -> None:
    cpo, token = await registered()
    async with client(cpo.app) as http:
        last = await http.get("/ocpi/2.2.1/locations?offset=20&limit=5", headers=bearer(token))
        past = await http.get("/ocpi/2.2.1/locations?offset=900", headers=bearer(token))
    assert next_link(last) is None
    assert len(orjson.loads(last.content)["data"]) == 3
    assert next_link(past) is None
    assert orjson.loads(past.content)["data"] == []
    assert past.headers["x-total-count"] == str(TOTAL)


async def test_an_empty_date_window_is_answered_empty_without_asking_the_source() -> None:
    cpo, token = await registered()
    query = "date_from=2025-01-02T00:00:00Z&date_to=2025-01-01T00:00:00Z"
    async with client(cpo.app) as http:
        reply = await http.get(f"/ocpi/2.2.1/locations?{query}", headers=bearer(token))
    assert orjson.loads(reply.content)["data"] == []
    assert reply.headers["x-total-count"] == "0"
    assert cpo.windows == []


BAD_QUERIES: Final = [
    ("offset=-1", "offset"),
    ("offset=%2B5", "offset"),
    ("offset=1e3", "offset"),
    ("offset=" + "9" * 30, "offset"),
    ("limit=abc", "limit"),
    ("limit=0", "limit"),
    ("limit=-5", "limit"),
    ("limit=", "limit"),
    ("limit=1&limit=2", "limit"),
    ("date_from=yesterday", "date_from"),
    ("date_from=2025-13-01T00:00:00Z", "date_from"),
    ("date_to=2025-01-01T00:00:00%2B01:00", "date_to"),
    ("date_to=2025-01-01", "date_to"),
]


@pytest.mark.parametrize(("query", "parameter"), BAD_QUERIES)
async def test_a_bad_pagination_parameter_is_2001_naming_it(query: str, parameter: str) -> None:
    cpo, token = await registered()
    async with client(cpo.app) as http:
        reply = await http.get(f"/ocpi/2.2.1/locations?{query}", headers=bearer(token))
    body = orjson.loads(reply.content)
    assert (reply.status_code, body["status_code"]) == (200, 2001)
    assert body["status_message"].startswith(f"{parameter}: ")
    assert "data" not in body
    assert "link" not in reply.headers
    assert cpo.windows == []


async def test_a_query_that_is_not_utf8_is_2001() -> None:
    cpo, token = await registered()
    async with client(cpo.app) as http:
        reply = await http.get("/ocpi/2.2.1/locations?x=%FF", headers=bearer(token))
    assert orjson.loads(reply.content)["status_code"] == 2001


_QUERY_TEXT = st.text(st.sampled_from("0123456789-+eE .:TZabc%&=_"), max_size=30)


@given(offset=_QUERY_TEXT, limit=_QUERY_TEXT)
@example(offset="0", limit="5")
@example(offset="", limit="")
@example(offset="00", limit="010")
@example(offset="5", limit="99999999999999999999")
async def test_any_offset_and_limit_get_2001_or_a_truthful_page(offset: str, limit: str) -> None:
    cpo, token = await shared()
    async with client(cpo.app) as http:
        reply = await http.get(
            "/ocpi/2.2.1/locations",
            params={"offset": offset, "limit": limit},
            headers=bearer(token),
        )
    assert reply.status_code == 200
    body = orjson.loads(reply.content)
    good = offset.isdigit() and limit.isdigit() and len(limit) <= 18 and len(offset) <= 18
    good = good and int(limit) > 0
    if not good:
        assert body["status_code"] == 2001
        assert body["status_message"].split(":")[0] in ("offset", "limit")
        return
    start, applied = int(offset), min(int(limit), SETTINGS.max_limit)
    assert body["status_code"] == 1000
    assert len(body["data"]) == max(0, min(applied, TOTAL - start))
    assert reply.headers["x-total-count"] == str(TOTAL)
    assert reply.headers["x-limit"] == str(applied)
    assert ("link" in reply.headers) == (start + applied < TOTAL)


# -- the page source contract and what is sent ------------------------------------------------


def source_app(result: object, settings: OcpiSettings = SETTINGS) -> FastAPI:
    app = FastAPI()
    install_ocpi(app, settings)

    async def source(window: PageWindow) -> PageSlice[v221.Location]:
        return result  # type: ignore[return-value]

    @app.get("/things")
    async def things(request: Request) -> OcpiJSONResponse:
        return await paginated_response(request, source, model=v221.Location, settings=settings)

    return app


LOCATION: Final = v221.Location.from_wire(location_json(1))


@pytest.mark.parametrize(
    "result",
    [
        PageSlice(-1, []),
        PageSlice(5, [LOCATION] * 5),  # the default limit is 4
        {"total": 1, "items": []},
        PageSlice.encoded(9, [b"{}"] * 5),
        PageSlice(1, [v230.Location.from_wire(location_json(1))]),
    ],
)
async def test_a_source_that_breaks_its_contract_is_a_3000_with_http_500(result: object) -> None:
    async with client(source_app(result)) as http:
        reply = await http.get("/things")
    assert reply.status_code == 500
    assert orjson.loads(reply.content)["status_code"] == 3000


async def test_items_given_as_json_text_are_sent_as_they_are() -> None:
    items = [LOCATION.to_json(), b'{"id":"raw"}']
    async with client(source_app(PageSlice.encoded(2, items))) as http:
        reply = await http.get("/things")
    assert reply.content.startswith(b'{"data":[' + items[0] + b',{"id":"raw"}],"status_code":1000')
    assert next_link(reply) is None


async def test_a_page_of_models_is_what_each_to_json_writes_in_one_envelope() -> None:
    page = [v221.Location.from_wire(location_json(i, name=None)) for i in range(3)]
    async with client(source_app(PageSlice(3, page))) as http:
        reply = await http.get("/things")
    expected = b"[" + b",".join(item.to_json() for item in page) + b"]"
    assert reply.content == (
        b'{"data":' + expected + b',"status_code":1000,"timestamp":"2025-01-01T00:00:00Z"}'
    )
    assert reply.headers["content-type"] == "application/json"


async def test_the_link_uses_the_public_base_url_behind_a_proxy() -> None:
    settings = OcpiSettings(
        clock=lambda: NOW, default_limit=1, public_base_url="https://public.example/"
    )
    async with client(source_app(PageSlice(3, [LOCATION]), settings)) as http:
        reply = await http.get("http://10.0.0.7:8000/things?x=1")
    assert next_link(reply) == "https://public.example/things?offset=1&limit=1&x=1"


async def test_a_request_url_that_cannot_go_into_a_link_is_refused_with_400() -> None:
    # Starlette falls back to the server address when the Host header is not valid; a server
    # name a link cannot carry is the client's doing (what it connected to), never a 500
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "https",
        "path": "/things",
        "raw_path": b"/things",
        "query_string": b"",
        "root_path": "",
        "headers": [(b"host", b'evil"host')],
        "server": ("evil host", 443),
        "client": ("192.0.2.1", 40000),
    }
    sent: list[MutableMapping[str, Any]] = []

    async def receive() -> MutableMapping[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: MutableMapping[str, Any]) -> None:
        sent.append(message)

    await source_app(PageSlice(9, [LOCATION]))(scope, receive, send)
    assert sent[0]["status"] == 400
    body = sent[1]["body"]
    assert isinstance(body, bytes)
    assert b"evil" not in body
    assert orjson.loads(body)["status_code"] == 2000
