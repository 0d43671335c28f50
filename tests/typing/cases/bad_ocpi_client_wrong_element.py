"""The objects a crawl of 2.2.1 Sessions yields are Sessions, not CDRs."""

import httpx

from ocpkit.ocpi import v221
from ocpkit.ocpi.client import OcpiClient


async def wrong(http: httpx.AsyncClient) -> None:
    client = OcpiClient(http, token="t", versions_url="https://cpo.example/v")
    async for session in client.sessions(v221.Session):
        cdr: v221.CDR = session  # E: assignment
        print(cdr)
