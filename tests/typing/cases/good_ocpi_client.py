"""An eMSP program on the async OCPI client: the element type of a crawl follows the class
passed, the union of the version's classes without one; single objects come back typed."""

from typing import assert_type

import httpx

from ocpkit.ocpi import Patch, v211, v221, v230
from ocpkit.ocpi.client import (
    AnyLocation,
    ClientError,
    CommandResults,
    Crawl,
    OcpiClient,
    RetryPolicy,
)
from ocpkit.ocpi.commands import CommandResultBody, CommandTracker
from ocpkit.ocpi.headers import PartyRef
from ocpkit.ocpi.version import OcpiVersion


async def sync_locations(http: httpx.AsyncClient) -> list[v221.Location]:
    results = CommandResults(CommandTracker(OcpiVersion.V221, base_url="https://emsp.example/r"))
    client = OcpiClient(
        http,
        token="secret-token",
        versions_url="https://cpo.example/ocpi/versions",
        our_party=PartyRef("DE", "MSP"),
        peer_party=PartyRef("NL", "CPO"),
        retry=RetryPolicy(attempts=5, base_delay=1.0, max_delay=60.0),
        command_results=results,
    )
    await client.discover()
    crawl = client.locations(v221.Location, limit=100)
    assert_type(crawl, Crawl[v221.Location])
    assert_type(client.locations(), Crawl[AnyLocation])
    assert_type(client.tokens(v230.Token), Crawl[v230.Token])
    assert_type(client.cdrs(v211.CDR), Crawl[v211.CDR])
    assert_type(client.crawl(v221.Tariff, max_pages=3), Crawl[v221.Tariff])
    kept = [location async for location in crawl]
    for item in crawl.invalid:
        print(item.index, [str(v) for v in item.violations])
    crawl.raise_for_outcome()
    one = await client.get_object(v221.Location, "NL", "CPO", "LOC1")
    assert_type(one, v221.Location)
    await client.patch_object(Patch(v221.Location, {"publish": False}), "NL", "CPO", "LOC1")
    try:
        handle = await client.command(v221.StartSession.from_json(b"{}"))
        assert_type(await handle.result(timeout=30), CommandResultBody)
    except ClientError as error:
        print(error.http_status, error.status_code, error.request_id)
    return kept
