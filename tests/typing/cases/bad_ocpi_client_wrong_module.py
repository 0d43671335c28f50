"""A crawl of Locations takes a Location class, not a Tariff."""

import httpx

from ocpkit.ocpi import v221
from ocpkit.ocpi.client import OcpiClient


def wrong(http: httpx.AsyncClient) -> None:
    client = OcpiClient(http, token="t", versions_url="https://cpo.example/v")
    client.locations(v221.Tariff)  # E: type-var
