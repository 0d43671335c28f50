"""Faults a peer can cause in a credentials exchange or a crawl, each ending in a typed outcome:
found by a review of the client, kept as the rules they broke."""

import asyncio
from collections.abc import AsyncIterator

import httpx
import pytest

from ocpkit.ocpi import v221
from ocpkit.ocpi.client import (
    ClientError,
    InvalidReply,
    OcpiClient,
    RefusedUrl,
    is_web_url,
    run_exchange,
)
from ocpkit.ocpi.credentials import FailureReason, Registration, RegistrationState
from ocpkit.ocpi.pagination import Crawler, CrawlOutcome, CrawlWarningKind
from tests._ocpi_credentials_support import EMSP_PARTY, TOKEN_A, declaration

PEER_VERSIONS = "https://cpo.example/ocpi/versions"
ANSWER_200 = httpx.MockTransport(lambda request: httpx.Response(200))


def initiator(versions_url: str = PEER_VERSIONS, *, started: bool = True) -> Registration:
    registration = Registration.initiator(
        token_a=TOKEN_A,
        peer_versions_url=versions_url,
        ours=declaration("emsp"),
        parties=EMSP_PARTY,
    )
    if started:
        registration.register()
    return registration


class Trickle(httpx.AsyncByteStream):
    """A reply body that arrives one byte every ``pause`` seconds."""

    def __init__(self, pause: float) -> None:
        self.pause = pause

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for _ in range(1000):
            await asyncio.sleep(self.pause)
            yield b" "


@pytest.mark.parametrize(
    "url",
    [
        "https://peer.example:abc/versions",
        "https://[::1/versions",
        "https://peer.example:99999/versions",
        "javascript:alert(1)",
    ],
)
def test_a_url_httpx_cannot_send_to_is_no_web_url(url: str) -> None:
    assert not is_web_url(url)


async def test_an_exchange_with_a_url_that_is_no_url_fails_instead_of_raising() -> None:
    registration = initiator("https://peer.example:abc/ocpi/versions")
    async with httpx.AsyncClient(
        transport=httpx.MockTransport(lambda r: httpx.Response(200))
    ) as http:
        state = await run_exchange(registration, http)
    assert state is RegistrationState.UNREGISTERED
    assert registration.failure is not None


async def test_a_peer_trickling_its_reply_cannot_hold_the_exchange_open() -> None:
    registration = initiator()
    transport = httpx.MockTransport(lambda request: httpx.Response(200, stream=Trickle(0.05)))
    async with httpx.AsyncClient(transport=transport) as http:
        state = await asyncio.wait_for(run_exchange(registration, http, timeout=0.3), 5)
    assert state is RegistrationState.UNREGISTERED
    assert registration.failure is not None
    assert registration.failure.reason is FailureReason.NO_ANSWER


async def test_an_exchange_reads_no_more_than_its_cap() -> None:
    registration = initiator()
    huge = b"[" + b"0," * 600_000 + b"0]"
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=huge))
    async with httpx.AsyncClient(transport=transport) as http:
        state = await run_exchange(registration, http, max_body_bytes=1_000_000)
    assert state is RegistrationState.UNREGISTERED
    assert registration.failure is not None


async def test_a_cancelled_registration_is_abandoned_not_left_half_way() -> None:
    registration = initiator(started=False)
    transport = httpx.MockTransport(lambda request: httpx.Response(200, stream=Trickle(1.0)))
    async with httpx.AsyncClient(transport=transport) as http:
        client = OcpiClient(http, registration=registration)
        with pytest.raises(TimeoutError):
            await asyncio.wait_for(client.register(), 0.2)
    assert registration.state is RegistrationState.UNREGISTERED
    assert registration.exchange is None
    registration.register()  # it can start again


async def test_a_refused_registration_url_never_shows_the_token() -> None:
    registration = initiator(f"ftp://cpo.example/ocpi/{TOKEN_A}/versions", started=False)
    async with httpx.AsyncClient(
        transport=httpx.MockTransport(lambda r: httpx.Response(200))
    ) as http:
        client = OcpiClient(http, registration=registration)
        with pytest.raises(RefusedUrl) as caught:
            await client.register()
    assert TOKEN_A not in str(caught.value)
    assert registration.state is RegistrationState.UNREGISTERED


async def test_a_body_that_breaks_its_content_encoding_is_an_invalid_reply() -> None:
    def gzip_that_is_not(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"Content-Encoding": "gzip"}, content=b"not gzip")

    async with httpx.AsyncClient(transport=httpx.MockTransport(gzip_that_is_not)) as http:
        client = OcpiClient(http, token=TOKEN_A, versions_url=PEER_VERSIONS)
        with pytest.raises(ClientError) as caught:
            await client.discover()
    assert isinstance(caught.value, InvalidReply)


def _key(location: v221.Location) -> str:
    return location.id


def test_a_last_page_with_a_broken_entry_still_ends_the_list() -> None:
    crawler: Crawler[v221.Location] = Crawler("https://cpo.example/locations", key=_key, limit=3)
    url = crawler.next_url()
    assert url is not None
    result = crawler.receive(url, {"X-Total-Count": "1"}, [], [{"id": 5}])
    assert result.outcome is CrawlOutcome.COMPLETE
    assert all(w.kind is not CrawlWarningKind.MISSING_LINK for w in result.warnings)


def test_two_pages_of_nothing_but_broken_entries_are_two_pages() -> None:
    base = "https://cpo.example/locations"
    crawler: Crawler[v221.Location] = Crawler(base, key=_key, limit=2)
    first = crawler.next_url()
    assert first is not None
    link = {"X-Total-Count": "6", "Link": f'<{base}?offset=2&limit=2>; rel="next"'}
    crawler.receive(first, link, [], [{"id": 1}, {"id": 2}])
    second = crawler.next_url()
    assert second is not None
    link = {"X-Total-Count": "6", "Link": f'<{base}?offset=4&limit=2>; rel="next"'}
    result = crawler.receive(second, link, [], [{"id": 3}, {"id": 4}])
    assert result.outcome is None
    assert crawler.next_url() == f"{base}?offset=4&limit=2"


def test_a_next_link_that_is_no_url_ends_the_crawl_as_malformed() -> None:
    crawler: Crawler[v221.Location] = Crawler("https://cpo.example/locations", key=_key)
    url = crawler.next_url()
    assert url is not None
    result = crawler.receive(url, {"Link": '<https://[::1/x>; rel="next"'}, [])
    assert result.outcome is CrawlOutcome.MALFORMED_LINK
