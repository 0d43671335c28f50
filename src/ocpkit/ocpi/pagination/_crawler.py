"""The client side of OCPI pagination: :class:`Crawler` walks a peer's list page by page,
sans-IO, and ends with a :class:`CrawlOutcome` (rules in the package docstring's second
table); :class:`CrawlPosition` lets another process carry on."""

import hashlib
import re
from collections.abc import Callable, Hashable, Iterable, Mapping
from datetime import datetime
from enum import StrEnum
from typing import Any, Final, Generic, TypeVar
from urllib.parse import unquote_plus, urljoin, urlsplit

import attrs

from ._dates import date_filter_pairs
from ._errors import MAX_INTEGER_DIGITS, LinkHeaderError, PaginationUsageError
from ._link import parse_link_header

# the start URL's query is written, and counts are read, as the server side does
from ._page import _DIGITS, _encode_query, _is_int

__all__ = [
    "CrawlOutcome",
    "CrawlPosition",
    "CrawlWarning",
    "CrawlWarningKind",
    "Crawler",
    "PageResult",
]

T = TypeVar("T")


class CrawlOutcome(StrEnum):
    """How a crawl ended. Only ``COMPLETE`` means the server's list was walked to its end."""

    COMPLETE = "complete"
    LINK_LOOP = "link_loop"
    REPEATED_PAGE = "repeated_page"
    MALFORMED_LINK = "malformed_link"
    FOREIGN_LINK = "foreign_link"
    PAGE_LIMIT = "page_limit"


class CrawlWarningKind(StrEnum):
    """What the crawler noticed on a page without ending the crawl."""

    BAD_TOTAL_COUNT = "bad_total_count"
    BAD_LIMIT = "bad_limit"
    MISSING_LINK = "missing_link"
    TOTAL_SHRANK = "total_shrank"
    OVER_LIMIT = "over_limit"
    AMBIGUOUS_NEXT = "ambiguous_next"


@attrs.frozen
class CrawlWarning:
    """Something odd about one page: its ``kind`` and a short text (never quoting headers)."""

    kind: CrawlWarningKind
    message: str


@attrs.frozen(kw_only=True)
class PageResult(Generic[T]):
    """What one page brought: the items new to this crawl (in page order), how many of its
    items were already seen (``duplicates``), the headers as read (``None`` when absent or
    malformed), the URL to fetch next (``None`` when the crawl ended, then ``outcome`` says
    why), whether that URL re-reads objects after a shrink (``rereading``), and warnings."""

    url: str
    items: tuple[T, ...]
    duplicates: int
    total: int | None
    limit: int | None
    next_url: str | None
    rereading: bool
    outcome: CrawlOutcome | None
    warnings: tuple[CrawlWarning, ...]


def _opt_int(value: object) -> int | None:
    return value if value is None else _nonneg(value)


def _nonneg(value: object) -> int:
    if not _is_int(value) or value < 0:
        raise PaginationUsageError("a crawl position holds a bad count")
    return value


_DIGEST: Final = re.compile(r"[0-9a-f]{16}")


def _digests(value: object) -> tuple[str, ...]:
    if not isinstance(value, list | tuple) or not all(
        isinstance(item, str) and _DIGEST.fullmatch(item) for item in value
    ):
        raise PaginationUsageError("a crawl position holds a bad digest list")
    return tuple(value)


def _opt_str(value: object) -> str | None:
    return None if value is None else _str(value)


def _str(value: object) -> str:
    if not isinstance(value, str):
        raise PaginationUsageError("a crawl position holds a non-text value where text is due")
    return value


def _opt_outcome(value: object) -> CrawlOutcome | None:
    if value is None:
        return None
    try:
        return CrawlOutcome(_str(value))
    except ValueError:
        raise PaginationUsageError("a crawl position holds an unknown outcome") from None


@attrs.frozen(kw_only=True)
class CrawlPosition:
    """Where a crawl stands, enough to resume it in another process.

    Every field is a JSON type (``attrs.asdict(position)`` is ready for ``json.dumps``; read it
    back with :meth:`from_dict`). URLs already fetched and pages already seen are kept as 16-hex
    digests of the current pass only. The keys of the items yielded are not kept, so after a
    resume an item is de-duplicated only against items seen since.
    """

    next_url: str | None = attrs.field(converter=_opt_str)
    origin: str = attrs.field(converter=_str)
    pages_fetched: int = attrs.field(converter=_nonneg)
    items_seen: int = attrs.field(converter=_nonneg)
    duplicates: int = attrs.field(converter=_nonneg)
    last_total: int | None = attrs.field(converter=_opt_int)
    recovery_total: int | None = attrs.field(converter=_opt_int)
    fetched: tuple[str, ...] = attrs.field(converter=_digests)
    pages: tuple[str, ...] = attrs.field(converter=_digests)
    outcome: CrawlOutcome | None = attrs.field(converter=_opt_outcome)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "CrawlPosition":
        """Rebuild a position from what ``attrs.asdict`` made of it (e.g. after JSON)."""
        names = {field.name for field in attrs.fields(cls)}
        if not isinstance(data, Mapping) or set(data) != names:
            raise PaginationUsageError("a crawl position must hold exactly its fields")
        return cls(**data)


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _origin(url: str) -> str | None:
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname:
        return None
    default = 443 if scheme == "https" else 80
    return f"{scheme}://{parts.hostname}:{port if port is not None else default}"


def _header_values(
    headers: Mapping[str, str] | Iterable[tuple[str, str]],
) -> dict[str, list[str]]:
    pairs = headers.items() if isinstance(headers, Mapping) else headers
    out: dict[str, list[str]] = {}
    for name, value in pairs:
        out.setdefault(name.lower(), []).append(value)
    return out


def _count_header(values: list[str] | None) -> tuple[int | None, bool]:
    """The header's value and whether it was malformed (absent is not malformed)."""
    if not values:
        return None, False
    texts = {value.strip(" \t") for value in values}
    if len(texts) != 1:
        return None, True
    (text,) = texts
    if _DIGITS.fullmatch(text) is None or len(text) > MAX_INTEGER_DIGITS:
        return None, True
    return int(text), False


def _query_segments(url: str) -> tuple[str, list[str], str]:
    """``url`` as (before '?', the '&'-separated query segments, '#fragment' or '')."""
    head, hash_, fragment = url.partition("#")
    base, question, query = head.partition("?")
    return base, (query.split("&") if question else []), hash_ + fragment


def _offset_of(url: str) -> tuple[int, int] | None:
    """The ``offset`` in ``url``'s query and its segment index, if there is exactly one."""
    _, segments, _ = _query_segments(url)
    found: list[tuple[int, int]] = []
    for index, segment in enumerate(segments):
        name, _, value = segment.partition("=")
        if unquote_plus(name) == "offset":
            if _DIGITS.fullmatch(value) is None or len(value) > MAX_INTEGER_DIGITS:
                return None
            found.append((int(value), index))
    return found[0] if len(found) == 1 else None


def _with_offset(url: str, index: int, offset: int) -> str:
    base, segments, fragment = _query_segments(url)
    segments[index] = f"offset={offset}"
    return f"{base}?{'&'.join(segments)}{fragment}"


def _start_url(
    url: str, limit: int | None, date_from: datetime | None, date_to: datetime | None
) -> str:
    if not isinstance(url, str) or "#" in url or _origin(url) is None:
        raise PaginationUsageError("start_url must be an absolute http(s) URL without fragment")
    pairs: list[tuple[str, str]] = []
    if limit is not None:
        if not _is_int(limit) or limit < 1:
            raise PaginationUsageError("limit must be None or an int >= 1")
        pairs.append(("limit", str(limit)))
    pairs.extend(date_filter_pairs(date_from, date_to))
    if not pairs:
        return url
    _, segments, _ = _query_segments(url)
    present = {unquote_plus(segment.partition("=")[0]) for segment in segments}
    if any(name in present for name, _ in pairs):
        raise PaginationUsageError("start_url already carries a parameter given as an argument")
    joiner = "" if url.endswith(("?", "&")) else ("&" if "?" in url else "?")
    return url + joiner + _encode_query(pairs)


class Crawler(Generic[T]):
    """A sans-IO walk over the pages of an OCPI list: ask :meth:`next_url`, fetch it (the
    adapter's job, retries included), feed the page to :meth:`receive`, repeat until
    :meth:`next_url` is ``None``; :attr:`outcome` then says how it ended.

    ``key`` maps an item to its identity (e.g. a Location's ``(country_code, party_id, id)``);
    keys must be hashable and, for :attr:`position` to work across processes, have a stable
    ``repr`` (str, int and tuples of them do). ``limit``, ``date_from`` and ``date_to`` are added
    to ``start_url``'s query, dates as OCPI DateTimes (``Z``, milliseconds at most: a finer
    ``date_from`` is truncated and a finer exclusive ``date_to`` rounded up, so the window
    asked for is never narrowed). Next links are followed exactly as written (opaque cursors work;
    relative ones are resolved against the page's URL), but only within the start URL's origin
    unless ``allow_other_origins``. ``max_pages`` bounds the pages fetched (``None``: no bound).

    When X-Total-Count drops between two pages, objects before the current page have left the
    list and the following ones moved up, so some were skipped. Following the spec's advice, the
    crawler then re-reads the current URL with its ``offset`` lowered by the drop (only for URLs
    with one numeric ``offset``) and carries on from there; re-read items are de-duplicated. To
    keep the crawl finite, a re-read needs a total below the one of the previous re-read.
    """

    def __init__(
        self,
        start_url: str,
        key: Callable[[T], Hashable],
        *,
        limit: int | None = None,
        date_from: datetime | None = None,
        date_to: datetime | None = None,
        max_pages: int | None = None,
        allow_other_origins: bool = False,
    ) -> None:
        url = _start_url(start_url, limit, date_from, date_to)
        self._setup(key, max_pages, allow_other_origins)
        self._next: str | None = url
        self._origin: str = _origin(url) or ""

    @classmethod
    def resume(
        cls,
        position: CrawlPosition,
        key: Callable[[T], Hashable],
        *,
        max_pages: int | None = None,
        allow_other_origins: bool = False,
    ) -> "Crawler[T]":
        """A crawler that carries on from a saved :attr:`position`."""
        if not isinstance(position, CrawlPosition):
            raise PaginationUsageError("resume needs a CrawlPosition")
        self = cls.__new__(cls)
        self._setup(key, max_pages, allow_other_origins)
        self._next = position.next_url
        self._origin = position.origin
        self._pages = position.pages_fetched
        self._items_seen = position.items_seen
        self._duplicates = position.duplicates
        self._last_total = position.last_total
        self._recovery_total = position.recovery_total
        self._fetched = set(position.fetched)
        self._page_digests = set(position.pages)
        self._outcome = position.outcome
        if (self._next is None) != (self._outcome is not None):
            raise PaginationUsageError("a crawl position has either a next URL or an outcome")
        return self

    def _setup(
        self, key: Callable[[T], Hashable], max_pages: int | None, allow_other_origins: bool
    ) -> None:
        if max_pages is not None and (not _is_int(max_pages) or max_pages < 1):
            raise PaginationUsageError("max_pages must be None or an int >= 1")
        self._key = key
        self._max_pages = max_pages
        self._allow_other_origins = allow_other_origins
        self._pages = 0
        self._items_seen = 0
        self._unreadable_seen = 0  # not part of a saved position: only a warning reads it
        self._duplicates = 0
        self._last_total: int | None = None
        self._recovery_total: int | None = None
        self._fetched: set[str] = set()
        self._page_digests: set[str] = set()
        self._seen: set[Hashable] = set()
        self._outcome: CrawlOutcome | None = None

    def next_url(self) -> str | None:
        """The URL to fetch next, or ``None`` when the crawl has ended."""
        return self._next

    @property
    def done(self) -> bool:
        """Whether the crawl has ended."""
        return self._next is None

    @property
    def outcome(self) -> CrawlOutcome | None:
        """How the crawl ended; ``None`` while it goes on."""
        return self._outcome

    @property
    def pages_fetched(self) -> int:
        """Pages received so far (before a resume included)."""
        return self._pages

    @property
    def items_seen(self) -> int:
        """Distinct items yielded so far."""
        return self._items_seen

    @property
    def duplicates(self) -> int:
        """Items received again and dropped so far."""
        return self._duplicates

    @property
    def position(self) -> CrawlPosition:
        """Where the crawl stands (see :class:`CrawlPosition`)."""
        return CrawlPosition(
            next_url=self._next,
            origin=self._origin,
            pages_fetched=self._pages,
            items_seen=self._items_seen,
            duplicates=self._duplicates,
            last_total=self._last_total,
            recovery_total=self._recovery_total,
            fetched=tuple(sorted(self._fetched)),
            pages=tuple(sorted(self._page_digests)),
            outcome=self._outcome,
        )

    def receive(
        self,
        url: str,
        headers: Mapping[str, str] | Iterable[tuple[str, str]],
        items: Iterable[T],
        unreadable: Iterable[object] = (),
    ) -> PageResult[T]:
        """Consume the page fetched from ``url`` (which must be :meth:`next_url`): its response
        headers (a mapping or (name, value) pairs, names in any case) and its items.

        ``unreadable`` are the page's other entries, those that could not be read as items
        (their raw JSON, e.g. each :attr:`~ocpkit.ocpi.reading.InvalidItem.raw`): they take
        their place on the page (a last page of 3 with one broken entry still ends the list)
        and in its identity (two pages of nothing but broken entries are not one page seen
        twice)."""
        if self._next is None:
            raise PaginationUsageError("the crawl has ended; no page is expected")
        if url != self._next:
            raise PaginationUsageError("a page was fed for a URL other than next_url()")
        page = list(items)
        keys = [self._key(item) for item in page]  # before any state changes: it may raise
        broken = tuple(_digest(repr(raw)) for raw in unreadable)
        self._pages += 1
        self._fetched.add(_digest(url))
        warnings: list[CrawlWarning] = []
        values = _header_values(headers)
        total, bad_total = _count_header(values.get("x-total-count"))
        limit, bad_limit = _count_header(values.get("x-limit"))
        if bad_total:
            warnings.append(
                CrawlWarning(CrawlWarningKind.BAD_TOTAL_COUNT, "X-Total-Count is not an integer")
            )
        if bad_limit:
            warnings.append(CrawlWarning(CrawlWarningKind.BAD_LIMIT, "X-Limit is not an integer"))

        fresh: list[T] = []
        duplicates = 0
        for item, item_key in zip(page, keys, strict=True):
            if item_key in self._seen:
                duplicates += 1
            else:
                self._seen.add(item_key)
                fresh.append(item)
        self._items_seen += len(fresh)
        self._unreadable_seen += len(broken)
        self._duplicates += duplicates
        if limit is not None and len(page) > limit:
            warnings.append(
                CrawlWarning(CrawlWarningKind.OVER_LIMIT, "the page holds more items than X-Limit")
            )

        next_url, outcome, rereading = self._decide(
            url, values, len(page) + len(broken), (*keys, *broken), total, warnings
        )
        if total is not None:
            self._last_total = total
        if next_url is not None and self._max_pages is not None and self._pages >= self._max_pages:
            next_url, outcome = None, CrawlOutcome.PAGE_LIMIT
        self._next = next_url
        self._outcome = outcome
        return PageResult(
            url=url,
            items=tuple(fresh),
            duplicates=duplicates,
            total=total,
            limit=limit,
            next_url=next_url,
            rereading=rereading,
            outcome=outcome,
            warnings=tuple(warnings),
        )

    def _decide(
        self,
        url: str,
        values: Mapping[str, list[str]],
        size: int,
        identity: tuple[Hashable, ...],
        total: int | None,
        warnings: list[CrawlWarning],
    ) -> tuple[str | None, CrawlOutcome | None, bool]:
        """The next URL (or the outcome) and whether it is a re-read."""
        try:
            links = parse_link_header(", ".join(values.get("link", [])))
        except LinkHeaderError:
            return None, CrawlOutcome.MALFORMED_LINK, False
        try:
            targets = [
                link.target if urlsplit(link.target).scheme else urljoin(url, link.target)
                for link in links
                if link.has_rel("next")
            ]
        except ValueError:  # a target that is no URL at all ("https://[::1/x")
            return None, CrawlOutcome.MALFORMED_LINK, False
        if len(set(targets)) > 1:
            warnings.append(
                CrawlWarning(
                    CrawlWarningKind.AMBIGUOUS_NEXT, "several next links; the first is followed"
                )
            )

        # the total is part of a page's identity: a page whose keys recur because objects were
        # inserted before it comes with a grown total and is not a server repeating itself
        page_digest = _digest(repr((identity, total)))
        if page_digest in self._page_digests:
            return None, CrawlOutcome.REPEATED_PAGE, False
        self._page_digests.add(page_digest)

        offset = _offset_of(url)
        if total is not None and self._last_total is not None and total < self._last_total:
            again = self._reread(url, offset, self._last_total - total, total, warnings)
            if again is not None:
                return again, None, True

        if not targets:
            if total is not None:
                done = (
                    offset[0] + size
                    if offset is not None
                    else self._items_seen + self._unreadable_seen
                )
                if total > done:
                    warnings.append(
                        CrawlWarning(
                            CrawlWarningKind.MISSING_LINK,
                            f"no next link, yet X-Total-Count says {total - done} more remain",
                        )
                    )
            return None, CrawlOutcome.COMPLETE, False
        target = targets[0]
        if not self._allow_other_origins and _origin(target) != self._origin:
            return None, CrawlOutcome.FOREIGN_LINK, False
        if _digest(target) in self._fetched:
            return None, CrawlOutcome.LINK_LOOP, False
        return target, None, False

    def _reread(
        self,
        url: str,
        offset: tuple[int, int] | None,
        drop: int,
        total: int,
        warnings: list[CrawlWarning],
    ) -> str | None:
        """The URL that re-reads what a shrink of ``drop`` objects moved before ``url``'s page,
        or ``None`` (with a warning when objects may have been skipped)."""
        if offset is None or offset[0] == 0:
            if offset is None:  # an opaque cursor cannot be moved back
                warnings.append(
                    CrawlWarning(
                        CrawlWarningKind.TOTAL_SHRANK,
                        f"X-Total-Count fell by {drop}; objects may have been skipped",
                    )
                )
            return None  # at offset 0 nothing lies before the page
        if self._recovery_total is not None and total >= self._recovery_total:
            warnings.append(
                CrawlWarning(
                    CrawlWarningKind.TOTAL_SHRANK,
                    f"X-Total-Count fell by {drop} but not below the last re-read's; "
                    "objects may have been skipped",
                )
            )
            return None
        start = max(0, offset[0] - drop)
        warnings.append(
            CrawlWarning(
                CrawlWarningKind.TOTAL_SHRANK,
                f"X-Total-Count fell by {drop}; re-reading from offset {start}",
            )
        )
        self._recovery_total = total
        # a new pass: the re-read and the pages after it may legitimately revisit URLs and pages
        self._fetched = set()
        self._page_digests = set()
        return _with_offset(url, offset[1], start)
