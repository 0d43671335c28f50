"""Running the OCPI probe against a peer: the settings checked before any traffic, then the
catalogue on one :class:`OcpiContext`."""

from typing import IO

import httpx

from ocpkit.ocpi.client import display_url, is_web_url
from ocpkit.ocpi.headers import CredentialsToken, CredentialsTokenError

from .._report import Report
from .._runner import connectable, progress_printer, run_catalogue, select
from ._catalogue import _LATEST, catalogue
from ._context import OcpiContext
from ._settings import OcpiProbeSettings, _usage


async def _reachable(url: str) -> None:
    """:class:`ToolError` (status 2) unless ``url`` is http(s) and its host takes a TCP
    connection."""
    if not is_web_url(url):
        raise _usage(f"not an http:// or https:// URL: {display_url(url)}")
    await connectable(url)


def _credentials_token(text: str) -> CredentialsToken:
    try:
        return CredentialsToken(text)
    except CredentialsTokenError as error:
        raise _usage(f"the token cannot be a credentials token: {error.reason}") from None


async def probe_ocpi(settings: OcpiProbeSettings, *, progress: IO[str] | None = None) -> Report:
    """Run the OCPI catalogue against ``settings.versions_url``: :class:`ToolError` (status 2)
    for a URL that is not http(s), a token that cannot be one, an unknown check in ``only``,
    or a host that takes no connection at all; otherwise the report, whatever the peer does.
    ``progress`` gets one line per check as it is judged."""
    select(catalogue(_LATEST, settings), settings.only)  # a bad name fails before any traffic
    token = _credentials_token(settings.token)
    await _reachable(settings.versions_url)
    timeouts = httpx.Timeout(settings.timeout)  # get() bounds each whole reply as well
    async with httpx.AsyncClient(timeout=timeouts, follow_redirects=False) as http:
        context = OcpiContext(settings=settings, token=token, http=http)
        await context.discover()
        version = context.version
        chosen = select(catalogue(version or _LATEST, settings), settings.only)
        return await run_catalogue(
            chosen,
            context,
            probe="ocpi",
            target=settings.versions_url,
            version=version.value if version is not None else "unknown",
            on_result=progress_printer(progress),
        )
