"""The OCPI client against hostile and failing peers: link loops, shrinking totals, broken
pages, 5xx and 429 with retries (sleeps injected, never waited), slow peers, envelopes without
data, the wrong token encoding, non-web URLs, and the errors each of those raises."""

from __future__ import annotations

import asyncio
import contextlib
import email.utils
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any, Final

import httpx
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from ocpkit.ocpi import Patch, v221
from ocpkit.ocpi.client import (
    HTTP_ERRORS,
    NO_RETRY,
    RETRY_STATUSES,
    AuthenticationRejected,
    ClientError,
    ClientUsageError,
    CommandResults,
    CrawlIncomplete,
    HttpStatusError,
    InvalidReply,
    ObjectNotFound,
    OcpiClient,
    OcpiStatusError,
    RateLimited,
    RefusedUrl,
    RequestTimeout,
    RetryPolicy,
    TransportFailure,
    display_url,
    is_web_url,
    retry_after_seconds,
)
from ocpkit.ocpi.commands import CommandTracker
from ocpkit.ocpi.headers import AuthorizationError, PartyRef, TokenEncoding, token_candidates
from ocpkit.ocpi.pagination import CrawlOutcome, CrawlWarningKind
from ocpkit.ocpi.status import InvalidOrMissingParameters
from ocpkit.ocpi.version import OcpiVersion

V221: Final = OcpiVersion.V221
T: Final = "2024-01-01T00:00:00Z"
NOW: Final = datetime(2025, 1, 1, tzinfo=UTC)
TOKEN: Final = "very-secret-token-42"
TOKEN_B64: Final = "dmVyeS1zZWNyZXQtdG9rZW4tNDI="
BASE: Final = "https://cpo.example/ocpi"
VERSIONS_URL: Final = f"{BASE}/versions"
LOCATIONS: Final = f"{BASE}/2.2.1/locations"
RECEIVER: Final = f"{BASE}/2.2.1/receiver/locations"
Handler = Callable[[httpx.Request], Awaitable[httpx.Response]]


def envelope(data: Any = None, code: int = 1000, message: str | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {"status_code": code, "timestamp": T}
    if data is not None:
        body["data"] = data
    if message is not None:
        body["status_message"] = message
    return body


def location(i: int) -> dict[str, Any]:
    return {
        "country_code": "NL",
        "party_id": "CPO",
        "id": f"LOC{i}",
        "publish": True,
        "address": "Main 1",
        "city": "Town",
        "country": "NLD",
        "coordinates": {"latitude": "52.000000", "longitude": "4.000000"},
        "time_zone": "Europe/Amsterdam",
        "last_updated": T,
    }


def details(locations_url: str = LOCATIONS) -> dict[str, Any]:
    return {
        "version": "2.2.1",
        "endpoints": [
            {"identifier": "credentials", "role": "SENDER", "url": f"{BASE}/2.2.1/credentials"},
            {"identifier": "locations", "role": "SENDER", "url": locations_url},
            {"identifier": "locations", "role": "RECEIVER", "url": RECEIVER},
            {"identifier": "commands", "role": "RECEIVER", "url": f"{BASE}/2.2.1/commands"},
        ],
    }


class Peer:
    """Versions and details of a 2.2.1 peer, then whatever ``serve`` answers."""

    def __init__(self, serve: Handler, *, details_data: dict[str, Any] | None = None) -> None:
        self.serve = serve
        self.details = details() if details_data is None else details_data
        self.requests: list[httpx.Request] = []

    async def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        url = str(request.url)
        if url == VERSIONS_URL:
            return httpx.Response(
                200, json=envelope([{"version": "2.2.1", "url": f"{BASE}/2.2.1"}])
            )
        if url == f"{BASE}/2.2.1":
            return httpx.Response(200, json=envelope(self.details))
        return await self.serve(request)

    @property
    def served(self) -> list[httpx.Request]:
        """The requests after discovery."""
        return self.requests[2:]


class Sleeps:
    def __init__(self) -> None:
        self.calls: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)


@contextlib.asynccontextmanager
async def client_for(peer: Peer, **options: Any) -> AsyncIterator[OcpiClient]:
    options.setdefault("sleep", Sleeps())
    options.setdefault("random", lambda: 1.0)  # the full back-off step: predictable sleeps
    async with httpx.AsyncClient(transport=httpx.MockTransport(peer.handle)) as http:
        client = OcpiClient(
            http,
            token=TOKEN,
            versions_url=VERSIONS_URL,
            our_party=PartyRef("DE", "MSP"),
            peer_party=PartyRef("NL", "CPO"),
            **options,
        )
        await client.discover()
        yield client


def page(
    items: list[Any], *, total: int | None = None, link: str | None = None, status: int = 200
) -> httpx.Response:
    headers = {}
    if total is not None:
        headers["X-Total-Count"] = str(total)
    if link is not None:
        headers["Link"] = f'<{link}>; rel="next"'
    return httpx.Response(status, json=envelope(items), headers=headers)


def serving(*responses: httpx.Response | BaseException) -> Handler:
    """Answers each request with the next response (or raises the next exception)."""
    queue = list(responses)

    async def serve(request: httpx.Request) -> httpx.Response:
        item = queue.pop(0)
        if isinstance(item, BaseException):
            raise item
        return item

    return serve


# -- hostile crawls --------------------------------------------------------------------------


async def test_a_link_loop_ends_the_crawl_with_link_loop() -> None:
    second = f"{LOCATIONS}?offset=1"
    peer = Peer(serving(page([location(0)], link=second), page([location(1)], link=LOCATIONS)))
    async with client_for(peer) as client:
        crawl = client.locations(v221.Location)
        assert [loc.id async for loc in crawl] == ["LOC0", "LOC1"]
    assert crawl.outcome is CrawlOutcome.LINK_LOOP
    assert len(peer.served) == 2
    with pytest.raises(CrawlIncomplete) as caught:
        crawl.raise_for_outcome()
    assert caught.value.outcome is CrawlOutcome.LINK_LOOP


async def test_a_shrinking_total_rereads_from_a_lowered_offset() -> None:
    objects = [location(i) for i in range(6)]

    async def serve(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params.get("offset", "0"))
        live = objects if len(peer.served) < 2 else objects[1:]  # LOC0 leaves after page 1
        nxt = offset + 2
        link = f"{LOCATIONS}?offset={nxt}&limit=2" if nxt < len(live) else None
        return page(live[offset : offset + 2], total=len(live), link=link)

    peer = Peer(serve)
    async with client_for(peer) as client:
        crawl = client.locations(v221.Location, limit=2)
        ids = [loc.id async for loc in crawl]
    assert sorted(ids) == [f"LOC{i}" for i in range(6)]  # LOC2 was not skipped
    assert crawl.duplicates == 2  # LOC3 and LOC4 came again after the re-read
    assert CrawlWarningKind.TOTAL_SHRANK in {w.kind for w in crawl.warnings}
    offsets = [r.url.params.get("offset") for r in peer.served]
    assert offsets == [None, "2", "1", "3"]


async def test_a_page_with_invalid_items_does_not_fail_the_crawl() -> None:
    bad = [location(0), {"id": 42}, "not an object", location(1)]
    peer = Peer(serving(page(bad)))
    async with client_for(peer) as client:
        crawl = client.locations(v221.Location)
        assert [loc.id async for loc in crawl] == ["LOC0", "LOC1"]
    assert [item.index for item in crawl.invalid] == [1, 2]
    assert crawl.outcome is CrawlOutcome.COMPLETE


async def test_a_500_in_the_middle_of_a_crawl_is_retried() -> None:
    second = f"{LOCATIONS}?offset=1"
    sleeps = Sleeps()
    peer = Peer(
        serving(
            page([location(0)], link=second),
            httpx.Response(500, text="oops"),
            httpx.Response(503, json=envelope(None, 3000)),
            page([location(1)]),
        )
    )
    async with client_for(peer, sleep=sleeps) as client:
        assert [loc.id async for loc in client.locations(v221.Location)] == ["LOC0", "LOC1"]
    assert sleeps.calls == [0.5, 1.0]  # base 0.5, doubled
    assert [str(r.url) for r in peer.served] == [LOCATIONS, second, second, second]
    ids = [r.headers["X-Request-ID"] for r in peer.served[1:]]
    assert len(set(ids)) == 3  # each attempt its own request id ...
    assert len({r.headers["X-Correlation-ID"] for r in peer.served}) == 1  # ... one correlation


async def test_a_persistent_500_raises_a_typed_error_and_the_crawl_can_go_on() -> None:
    second = f"{LOCATIONS}?offset=1"
    failures = [httpx.Response(500) for _ in range(3)]
    peer = Peer(serving(page([location(0)], link=second), *failures, page([location(1)])))
    async with client_for(peer) as client:
        crawl = client.locations(v221.Location)
        got = [await anext(crawl)]
        with pytest.raises(HttpStatusError) as caught:
            await anext(crawl)
        assert caught.value.http_status == 500
        assert caught.value.method == "GET"
        assert caught.value.url == f"{LOCATIONS}?offset=1"
        assert caught.value.request_id == peer.served[-1].headers["X-Request-ID"]
        got += [loc async for loc in crawl]  # the same page is asked for again
    assert [loc.id for loc in got] == ["LOC0", "LOC1"]
    assert len(peer.served) == 5


async def test_a_slow_peer_times_out_with_a_typed_error() -> None:
    never = asyncio.Event()

    async def stall(request: httpx.Request) -> httpx.Response:
        await never.wait()
        raise AssertionError("unreachable")

    sleeps = Sleeps()
    peer = Peer(stall)
    async with client_for(peer, timeout=0.02, sleep=sleeps) as client:
        with pytest.raises(RequestTimeout) as caught:
            [loc async for loc in client.locations(v221.Location)]
    assert caught.value.method == "GET"
    assert len(peer.served) == 3  # every attempt of the default policy timed out
    assert sleeps.calls == [0.5, 1.0]


async def test_connection_failures_are_retried_then_raise_transport_failure() -> None:
    refused = httpx.ConnectError("connection refused to https://cpo.example/?secret=1")
    peer = Peer(serving(refused, refused, refused))
    async with client_for(peer) as client:
        with pytest.raises(TransportFailure) as caught:
            await client.get_object(v221.Location, "NL", "CPO", "LOC1")
    assert not isinstance(caught.value, RequestTimeout)
    assert "ConnectError" in str(caught.value)
    assert "secret" not in str(caught.value)


@pytest.mark.parametrize(
    "body",
    [
        {"status_code": 1000, "timestamp": T},
        {"status_code": 1000, "timestamp": T, "data": None},
    ],
    ids=["absent", "null"],
)
async def test_an_envelope_without_data_is_an_invalid_reply(body: dict[str, Any]) -> None:
    peer = Peer(serving(httpx.Response(200, json=body), httpx.Response(200, json=body)))
    async with client_for(peer) as client:
        with pytest.raises(InvalidReply, match="no data"):
            [loc async for loc in client.locations(v221.Location)]
        with pytest.raises(InvalidReply, match="no Location"):
            await client.get_object(v221.Location, "NL", "CPO", "LOC1")


async def test_an_empty_list_is_not_mistaken_for_missing_data() -> None:
    peer = Peer(serving(page([])))
    async with client_for(peer) as client:
        crawl = client.locations(v221.Location)
        assert [loc async for loc in crawl] == []
    assert crawl.outcome is CrawlOutcome.COMPLETE


async def test_a_plain_token_where_base64_is_due_gets_a_401_without_the_token() -> None:
    async def strict_peer(request: httpx.Request) -> httpx.Response:
        try:
            (_candidate,) = token_candidates(
                request.headers.get("Authorization"), TokenEncoding.BASE64
            )
        except AuthorizationError:
            # a careless peer echoes what it got
            text = f"bad header {request.headers['Authorization']}"
            return httpx.Response(401, json=envelope(None, 2000, text))
        return page([location(0)])

    peer = Peer(strict_peer)
    async with client_for(peer, encoding=TokenEncoding.PLAIN) as client:
        with pytest.raises(AuthenticationRejected) as caught:
            [loc async for loc in client.locations(v221.Location)]
    error = caught.value
    assert error.http_status == 401
    assert "HTTP 401" in str(error)
    for shown in (str(error), repr(error), error.status_message or ""):
        assert TOKEN not in shown
        assert TOKEN_B64 not in shown
    assert peer.served[0].headers["Authorization"] == f"Token {TOKEN}"


async def test_the_token_in_base64_is_masked_in_peer_text_too() -> None:
    echo = envelope(None, 2001, f"you sent Token {TOKEN_B64}")
    peer = Peer(serving(httpx.Response(200, json=echo)))
    async with client_for(peer) as client:
        with pytest.raises(OcpiStatusError) as caught:
            await client.get_object(v221.Location, "NL", "CPO", "LOC1")
    assert caught.value.status_message == "you sent Token ***"
    assert isinstance(caught.value.error, InvalidOrMissingParameters)


BAD_URLS: Final = ("javascript:alert(1)", "file:///etc/passwd", "ftp://cpo.example/x", "//x")


@pytest.mark.parametrize("url", BAD_URLS)
async def test_a_non_web_endpoint_is_refused_before_any_request(url: str) -> None:
    async def unexpected(request: httpx.Request) -> httpx.Response:
        raise AssertionError("nothing may be sent")

    peer = Peer(unexpected, details_data=details(url))
    async with client_for(peer) as client:
        with pytest.raises(RefusedUrl):
            client.locations(v221.Location)
    assert peer.served == []


@pytest.mark.parametrize("url", BAD_URLS[:3])
async def test_a_non_web_next_link_is_refused_after_the_page(url: str) -> None:
    peer = Peer(serving(page([location(0)], link=url)))
    async with client_for(peer) as client:
        crawl = client.locations(v221.Location)
        assert (await anext(crawl)).id == "LOC0"
        with pytest.raises(RefusedUrl):
            await anext(crawl)
        assert [loc async for loc in crawl] == []
    assert len(peer.served) == 1
    assert crawl.outcome is CrawlOutcome.FOREIGN_LINK


async def test_a_next_link_to_another_host_ends_the_crawl_unfollowed() -> None:
    peer = Peer(serving(page([location(0)], link="https://elsewhere.example/steal")))
    async with client_for(peer) as client:
        crawl = client.locations(v221.Location)
        assert [loc.id async for loc in crawl] == ["LOC0"]
    assert crawl.outcome is CrawlOutcome.FOREIGN_LINK
    assert len(peer.served) == 1


async def test_a_non_web_details_url_is_refused() -> None:
    async def listing(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, json=envelope([{"version": "2.2.1", "url": "file:///etc/passwd"}])
        )

    async with httpx.AsyncClient(transport=httpx.MockTransport(listing)) as http:
        client = OcpiClient(http, token=TOKEN, versions_url=VERSIONS_URL, single_role_pair=True)
        with pytest.raises(RefusedUrl):
            await client.discover()


async def test_a_url_the_peer_gives_on_another_host_is_refused() -> None:
    peer = Peer(serving())
    async with client_for(peer) as client:
        with pytest.raises(RefusedUrl):
            await client.get_object_at(v221.CDR, "https://attacker.example/cdrs/1")
    assert peer.served == []


async def test_redirects_are_not_followed() -> None:
    moved = httpx.Response(302, headers={"Location": "https://attacker.example/loot"})
    peer = Peer(serving(moved))
    async with client_for(peer) as client:
        with pytest.raises(HttpStatusError) as caught:
            await client.get_object(v221.Location, "NL", "CPO", "LOC1")
    assert caught.value.http_status == 302
    assert len(peer.served) == 1


# -- 429 and Retry-After ------------------------------------------------------------------------


def too_many(retry_after: str | None) -> httpx.Response:
    headers = {} if retry_after is None else {"Retry-After": retry_after}
    return httpx.Response(429, headers=headers)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("7", 7.0),
        ("0", 0.0),
        (email.utils.format_datetime(NOW + timedelta(seconds=12), usegmt=True), 12.0),
        (email.utils.format_datetime(NOW - timedelta(hours=1), usegmt=True), 0.0),
        ("3600", 30.0),  # capped by max_delay
        ("soon", 0.5),  # unreadable: the back-off step
        (None, 0.5),
    ],
)
async def test_429_retry_after_is_honoured(header: str | None, expected: float) -> None:
    sleeps = Sleeps()
    peer = Peer(serving(too_many(header), page([location(0)])))
    async with client_for(peer, sleep=sleeps, clock=lambda: NOW) as client:
        assert [loc.id async for loc in client.locations(v221.Location)] == ["LOC0"]
    assert sleeps.calls == [expected]


async def test_429_beyond_the_attempts_raises_rate_limited() -> None:
    sleeps = Sleeps()
    peer = Peer(serving(too_many("2"), too_many("3")))
    policy = RetryPolicy(attempts=2)
    async with client_for(peer, sleep=sleeps, retry=policy) as client:
        with pytest.raises(RateLimited) as caught:
            await client.get_object(v221.Location, "NL", "CPO", "LOC1")
    assert caught.value.http_status == 429
    assert sleeps.calls == [2.0]


# -- what is retried -----------------------------------------------------------------------------


async def test_put_is_retried_after_a_transport_error() -> None:
    peer = Peer(serving(httpx.ReadError("reset"), httpx.Response(200, json=envelope())))
    async with client_for(peer) as client:
        answer = await client.put_object(v221.Location.from_wire(location(1)))
    assert answer.is_success
    assert [r.method for r in peer.served] == ["PUT", "PUT"]


async def test_patch_is_never_retried() -> None:
    peer = Peer(serving(httpx.Response(503), httpx.Response(200, json=envelope())))
    async with client_for(peer) as client:
        with pytest.raises(HttpStatusError):
            await client.patch_object(
                Patch(v221.Location, {"last_updated": NOW}), "NL", "CPO", "LOC1"
            )
    assert [r.method for r in peer.served] == ["PATCH"]


async def test_a_command_post_is_never_retried() -> None:
    results = CommandResults(CommandTracker(V221, base_url="https://emsp.example/results"))
    peer = Peer(serving(httpx.ReadError("reset"), httpx.Response(200, json=envelope())))
    start = v221.StartSession.from_wire(
        {
            "response_url": "https://emsp.example/placeholder",
            "token": {
                "country_code": "DE",
                "party_id": "MSP",
                "uid": "U1",
                "type": "RFID",
                "contract_id": "C1",
                "issuer": "Ex",
                "valid": True,
                "whitelist": "ALLOWED",
                "last_updated": T,
            },
            "location_id": "LOC1",
        }
    )
    async with client_for(peer, command_results=results) as client:
        with pytest.raises(TransportFailure):
            await client.command(start)
    assert [r.method for r in peer.served] == ["POST"]
    assert results.tracker.pending() == ()


async def test_a_policy_without_put_does_not_retry_put() -> None:
    peer = Peer(serving(httpx.Response(503), httpx.Response(200, json=envelope())))
    async with client_for(peer, retry=RetryPolicy(methods=frozenset({"GET"}))) as client:
        with pytest.raises(HttpStatusError):
            await client.put_object(v221.Location.from_wire(location(1)))
    assert len(peer.served) == 1


@pytest.mark.parametrize("status", [400, 403, 501, 505])
async def test_statuses_outside_the_table_are_not_retried(status: int) -> None:
    peer = Peer(serving(httpx.Response(status), page([])))
    async with client_for(peer) as client:
        with pytest.raises(HttpStatusError):
            await client.get_object(v221.Location, "NL", "CPO", "LOC1")
    assert len(peer.served) == 1


async def test_ocpi_error_statuses_are_not_retried() -> None:
    peer = Peer(serving(httpx.Response(200, json=envelope(None, 3000)), page([])))
    async with client_for(peer) as client:
        with pytest.raises(OcpiStatusError) as caught:
            [loc async for loc in client.locations(v221.Location)]
    assert caught.value.status_code == 3000
    assert len(peer.served) == 1


def test_retry_policy_refuses_to_retry_non_idempotent_methods() -> None:
    for methods in ({"POST"}, {"GET", "PATCH"}, {"DELETE"}):
        with pytest.raises(ClientUsageError):
            RetryPolicy(methods=frozenset(methods))
    with pytest.raises(ClientUsageError):
        RetryPolicy(attempts=0)
    with pytest.raises(ClientUsageError):
        RetryPolicy(base_delay=5, max_delay=1)
    assert not NO_RETRY.retries("GET")


# -- bodies that are not what was asked for ---------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [b"<html>oops</html>", b"[]", b'{"data": []}', b'{"status_code": "x", "timestamp": 1}'],
    ids=["html", "array", "no-status", "bad-types"],
)
async def test_a_body_that_is_no_envelope_is_an_invalid_reply(body: bytes) -> None:
    peer = Peer(serving(httpx.Response(200, content=body)))
    async with client_for(peer) as client:
        with pytest.raises(InvalidReply) as caught:
            [loc async for loc in client.locations(v221.Location)]
    assert caught.value.violations


async def test_a_body_over_the_cap_is_an_invalid_reply() -> None:
    peer = Peer(serving(page([location(i) for i in range(50)])))
    async with client_for(peer, max_body_bytes=1000) as client:
        with pytest.raises(InvalidReply, match="larger than 1000"):
            [loc async for loc in client.locations(v221.Location)]


async def test_an_object_that_does_not_validate_is_an_invalid_reply_with_paths() -> None:
    broken = location(1) | {"coordinates": {"latitude": 1}}
    peer = Peer(serving(httpx.Response(200, json=envelope(broken))))
    async with client_for(peer) as client:
        with pytest.raises(InvalidReply) as caught:
            await client.get_object(v221.Location, "NL", "CPO", "LOC1")
    paths = {v.path for v in caught.value.violations}
    assert "$.data.coordinates.latitude" in paths


# -- properties ------------------------------------------------------------------------------------


@given(st.integers(min_value=0, max_value=10**12 - 1))
@example(0)
@example(10**12 - 1)
def test_retry_after_in_seconds_reads_as_that_many_seconds(seconds: int) -> None:
    assert retry_after_seconds(str(seconds), now=NOW) == float(seconds)
    assert retry_after_seconds(f" {seconds}\t", now=NOW) == float(seconds)


def test_retry_after_of_more_digits_than_any_wait_reads_as_forever() -> None:
    assert retry_after_seconds("9" * 400, now=NOW) == float("inf")
    assert RetryPolicy(max_delay=30).delay(1, retry_after=float("inf"), draw=0) == 30


@given(st.integers(min_value=-(10**6), max_value=10**8))
@example(0)
@example(-1)
def test_retry_after_as_an_http_date_reads_as_the_time_until_it(offset: int) -> None:
    when = NOW + timedelta(seconds=offset)
    header = email.utils.format_datetime(when, usegmt=True)
    assert retry_after_seconds(header, now=NOW) == max(0.0, float(offset))


@given(st.text(max_size=40))
@example("")
@example("-5")
@example("1.5")
@example("Mon, 99 Foo 2024 99:99:99 GMT")
def test_retry_after_never_raises_and_is_never_negative(text: str) -> None:
    value = retry_after_seconds(text, now=NOW)
    assert value is None or value >= 0


@given(
    attempt=st.integers(min_value=1, max_value=200),
    draw=st.floats(min_value=0, max_value=1),
    base=st.floats(min_value=0, max_value=10),
    spread=st.floats(min_value=0, max_value=100),
)
@example(attempt=1, draw=0.0, base=0.5, spread=29.5)
@example(attempt=200, draw=1.0, base=10, spread=0)
def test_backoff_is_jittered_within_the_doubled_step_and_capped(
    attempt: int, draw: float, base: float, spread: float
) -> None:
    policy = RetryPolicy(attempts=3, base_delay=base, max_delay=base + spread)
    step = min(policy.max_delay, base * 2.0 ** (attempt - 1))
    delay = policy.delay(attempt, retry_after=None, draw=draw)
    assert step / 2 <= delay <= step + 1e-9
    assert delay <= policy.max_delay + 1e-9


@given(retry_after=st.floats(min_value=0, max_value=1e9), cap=st.floats(min_value=0, max_value=60))
@example(retry_after=1e9, cap=30)
def test_retry_after_is_waited_as_given_up_to_max_delay(retry_after: float, cap: float) -> None:
    policy = RetryPolicy(base_delay=0, max_delay=cap)
    assert policy.delay(1, retry_after=retry_after, draw=0.3) == min(retry_after, cap)


def _status_error(status: int) -> ClientError:
    async def run() -> ClientError:
        def handler(request: httpx.Request) -> httpx.Response:
            if str(request.url) == VERSIONS_URL:
                return httpx.Response(status, json=envelope(None, 2000, "no"))
            raise AssertionError("one request only")

        async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http:
            client = OcpiClient(
                http, token=TOKEN, versions_url=VERSIONS_URL, retry=NO_RETRY, sleep=Sleeps()
            )
            try:
                await client.discover()
            except ClientError as error:
                return error
        raise AssertionError("no error raised")

    return asyncio.run(run())


@given(st.integers(min_value=300, max_value=599))
@example(401)
@example(404)
@example(429)
@example(500)
@example(304)
def test_each_http_error_status_raises_its_class(status: int) -> None:
    error = _status_error(status)
    assert type(error) is HTTP_ERRORS.get(status, HttpStatusError)
    assert error.http_status == status
    assert error.status_code == 2000
    assert TOKEN not in str(error)


def test_the_http_error_table_names_401_404_429() -> None:
    assert {401: AuthenticationRejected, 404: ObjectNotFound, 429: RateLimited} == HTTP_ERRORS
    assert {408, 429, 500, 502, 503, 504} == RETRY_STATUSES


@given(st.text(max_size=60))
@example("javascript:alert(1)")
@example("https://h/x\r\nX-Evil: 1")
@example("https://user:pw@h/x")
def test_only_absolute_web_urls_pass(url: str) -> None:
    if is_web_url(url):
        assert url.lower().startswith(("http://", "https://"))
        assert all(ch > " " for ch in url)


def test_display_url_masks_query_values_and_user_info() -> None:
    shown = display_url("https://user:pw@h.example:8443/p?offset=10&cursor=SECRET&limit=5#frag")
    assert shown == "https://h.example:8443/p?offset=10&cursor=***&limit=5"
    assert len(display_url("https://h/" + "x" * 1000)) == 300
