""":class:`Crawl`, the typed walk over every page of a peer's list: an async iterator of
objects, driven by the core's :class:`~ocpkit.ocpi.pagination.Crawler` (the rules of its table:
link loops, repeated pages, a shrinking total, foreign links, the page limit).

Only the page being handed out is held: earlier pages are dropped once their objects are
yielded, so memory does not grow with the number of pages (the core keeps the key of each
object seen, to drop duplicates). Invalid items never stop the walk; they are kept on
:attr:`Crawl.invalid` (the first :data:`KEEP_INVALID`, all counted).
"""

from __future__ import annotations

from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Final, Generic, TypeVar
from urllib.parse import urljoin, urlsplit

from ocpkit._ocpi_base import OcpiModel
from ocpkit.ocpi.pagination import (
    Crawler,
    CrawlOutcome,
    CrawlPosition,
    CrawlWarning,
    LinkHeaderError,
    parse_link_header,
)
from ocpkit.ocpi.reading import InvalidItem, ListRead

from ._errors import ClientError, CrawlIncomplete, RefusedUrl
from ._transport import Reply, Secrets, request_info
from ._urls import is_web_url

__all__ = ["KEEP_INVALID", "KEEP_WARNINGS", "Crawl"]

M = TypeVar("M", bound=OcpiModel)

KEEP_INVALID: Final = 1000
"""How many invalid items a crawl keeps (with their JSON); any beyond are only counted."""
KEEP_WARNINGS: Final = 1000
"""How many crawl warnings a crawl keeps; any beyond are only counted."""


def _first_next_target(url: str, headers: tuple[tuple[str, str], ...]) -> str | None:
    """The first ``rel="next"`` target of a page, resolved the way the core's crawler does."""
    values = [value for name, value in headers if name.lower() == "link"]
    try:
        links = parse_link_header(", ".join(values))
    except LinkHeaderError:
        return None
    for link in links:
        if link.has_rel("next"):
            try:
                return link.target if urlsplit(link.target).scheme else urljoin(url, link.target)
            except ValueError:  # e.g. "https://[::1/x": no URL at all
                return None
    return None


class Crawl(AsyncIterator[M], Generic[M]):
    """Every object of a peer's list, typed: ``async for location in client.locations():``.

    Pages are fetched as the iteration needs them, each through the client's retries. A
    failure (HTTP error, OCPI error status, broken envelope, timeout) is raised from the
    iteration and leaves the crawl where it was: iterating again fetches the same page, and
    :attr:`position` can resume it elsewhere. A next link to a URL that is not http or https
    raises :class:`RefusedUrl` once the page's objects are handed out; other reasons to stop
    end the iteration and show in :attr:`outcome`.
    """

    def __init__(
        self,
        *,
        crawler: Crawler[M],
        fetch: Callable[[str], Awaitable[Reply]],
        read: Callable[[Reply], ListRead[M]],
        secrets: Secrets,
    ) -> None:
        self._crawler = crawler
        self._fetch = fetch
        self._read = read
        self._secrets = secrets
        self._buffer: deque[M] = deque()
        self._refused: ClientError | None = None
        self._invalid: list[InvalidItem] = []
        self._invalid_count = 0
        self._warnings: list[CrawlWarning] = []
        self._warning_count = 0
        self._yielded = 0

    def __repr__(self) -> str:
        return (
            f"Crawl(pages={self.pages}, yielded={self._yielded}, "
            f"invalid={self._invalid_count}, outcome={self.outcome})"
        )

    # -- what it found --------------------------------------------------------------------

    @property
    def invalid(self) -> tuple[InvalidItem, ...]:
        """The invalid items met so far (their ``index`` is within their page), each with the
        paths of its violations; the first :data:`KEEP_INVALID` only."""
        return tuple(self._invalid)

    @property
    def invalid_count(self) -> int:
        """How many invalid items were met, kept or not."""
        return self._invalid_count

    @property
    def warnings(self) -> tuple[CrawlWarning, ...]:
        """What the crawler noticed on the way (the first :data:`KEEP_WARNINGS`)."""
        return tuple(self._warnings)

    @property
    def warning_count(self) -> int:
        """How many warnings there were, kept or not."""
        return self._warning_count

    @property
    def outcome(self) -> CrawlOutcome | None:
        """How the crawl ended (``None`` while it goes on); only ``COMPLETE`` means the
        whole list was walked."""
        return self._crawler.outcome

    @property
    def done(self) -> bool:
        """Whether no page remains to be fetched."""
        return self._crawler.done

    @property
    def pages(self) -> int:
        """Pages received so far."""
        return self._crawler.pages_fetched

    @property
    def yielded(self) -> int:
        """Objects handed out so far."""
        return self._yielded

    @property
    def duplicates(self) -> int:
        """Objects received again and dropped."""
        return self._crawler.duplicates

    @property
    def position(self) -> CrawlPosition:
        """Where the crawl stands, to resume it (``crawl(..., resume=position)``). Objects of
        the last page not handed out yet are not in it: save it between pages."""
        return self._crawler.position

    def raise_for_outcome(self) -> None:
        """Raise :class:`CrawlIncomplete` unless the crawl walked the whole list."""
        outcome = self.outcome
        if outcome is not CrawlOutcome.COMPLETE:
            text = "has not ended" if outcome is None else f"ended early: {outcome.value}"
            raise CrawlIncomplete(f"the crawl {text}", outcome)

    # -- iteration ------------------------------------------------------------------------

    def __aiter__(self) -> Crawl[M]:
        return self

    async def __anext__(self) -> M:
        while not self._buffer:
            if self._refused is not None:
                refused, self._refused = self._refused, None
                raise refused
            url = self._crawler.next_url()
            if url is None:
                raise StopAsyncIteration
            await self._next_page(url)
        self._yielded += 1
        return self._buffer.popleft()

    async def _next_page(self, url: str) -> None:
        reply = await self._fetch(url)
        listed = self._read(reply)
        result = self._crawler.receive(
            url, reply.headers, listed.items, [bad.raw for bad in listed.invalid]
        )
        self._invalid_count += len(listed.invalid)
        self._invalid.extend(listed.invalid[: max(0, KEEP_INVALID - len(self._invalid))])
        self._warning_count += len(result.warnings)
        self._warnings.extend(result.warnings[: max(0, KEEP_WARNINGS - len(self._warnings))])
        if result.outcome is CrawlOutcome.FOREIGN_LINK:
            target = _first_next_target(url, reply.headers)
            if target is not None and not is_web_url(target):
                self._refused = RefusedUrl(
                    "refused to follow a next link that is not http or https",
                    info=request_info("GET", target, self._secrets),
                )
        self._buffer.extend(result.items)
