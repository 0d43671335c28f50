"""The pages of a list as read (:class:`Page`), a walk along their next links (:class:`Walk`),
and what names an object of a list."""

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Final
from urllib.parse import parse_qsl, quote, urlencode, urljoin, urlsplit, urlunsplit

import attrs
import orjson
from pydantic import JsonValue

from ocpkit.ocpi.pagination import (
    CrawlOutcome,
    LinkHeaderError,
    QueryParameterError,
    parse_datetime,
    parse_link_header,
)

from ._exchange import Reply, _json_kind, _quote

# What names one object of each list (2.1.1 objects lack country_code and party_id: None).
_IDENTITY: Final[Mapping[str, tuple[str, ...]]] = {
    "locations": ("country_code", "party_id", "id"),
    "sessions": ("country_code", "party_id", "id"),
    "cdrs": ("country_code", "party_id", "id"),
    "tariffs": ("country_code", "party_id", "id"),
    "tokens": ("country_code", "party_id", "uid", "type"),
    "hubclientinfo": ("country_code", "party_id", "role"),
}


@attrs.frozen(kw_only=True)
class Page:
    """One page of a list: where it starts in the walk, its items (raw JSON), its headers as
    read, the next link (resolved) and what could not be read."""

    url: str
    position: int
    items: tuple[JsonValue, ...] = ()
    total: int | None = None
    limit: int | None = None
    header_problems: tuple[str, ...] = ()
    next_url: str | None = None
    link_problem: str | None = None
    problem: str | None = None
    refused: bool = False

    @property
    def end(self) -> int:
        """The position after its last item."""
        return self.position + len(self.items)


def _count_header(reply: Reply, name: str) -> tuple[int | None, str | None]:
    values = {value.strip(" \t") for value in reply.header(name)}
    if not values:
        return None, f"no {name}"
    if len(values) > 1:
        return None, f"{name} given with different values"
    (text,) = values
    if not text.isascii() or not text.isdigit() or len(text) > 18:
        return None, f"{name} {_quote(text)} is not a whole number"
    return int(text), None


def _next_link(reply: Reply, url: str) -> tuple[str | None, str | None]:
    values = reply.header("link")
    if not values:
        return None, None
    try:
        links = parse_link_header(", ".join(values))
    except LinkHeaderError as error:
        return None, str(error)
    targets = [urljoin(url, link.target) for link in links if link.has_rel("next")]
    return (targets[0] if targets else None), None


def _read_page(reply: Reply, position: int) -> Page:
    url = reply.exchange.url
    if reply.status in (401, 403):
        return Page(
            url=url,
            position=position,
            problem=f"HTTP {reply.status}: the token does not reach this list",
            refused=True,
        )
    failure = reply.failure()
    if failure is not None:
        return Page(url=url, position=position, problem=failure)
    data = reply.data()
    if not isinstance(data, list):
        return Page(url=url, position=position, problem=f"data is {_json_kind(data)}, not a list")
    total, total_problem = _count_header(reply, "X-Total-Count")
    limit, limit_problem = _count_header(reply, "X-Limit")
    next_url, link_problem = _next_link(reply, url)
    return Page(
        url=url,
        position=position,
        items=tuple(data),
        total=total,
        limit=limit,
        header_problems=tuple(p for p in (total_problem, limit_problem) if p is not None),
        next_url=next_url,
        link_problem=link_problem,
    )


@attrs.define
class Walk:
    """The pages of one list read by following its next links, and how the walk ended."""

    module: str
    url: str
    pages: list[Page] = attrs.Factory(list)
    outcome: CrawlOutcome | None = None
    reread: bool = False
    after_end: Page | None = None
    """The page asked for right after the last one (no next link): it must be empty."""

    @property
    def failed(self) -> Page | None:
        """The page that could not be read, if the walk stopped at one."""
        return self.pages[-1] if self.pages and self.pages[-1].problem is not None else None

    @property
    def objects(self) -> list[JsonValue]:
        """Every item of the walk, in order."""
        return [item for page in self.pages for item in page.items]

    @property
    def complete(self) -> bool:
        """Whether the walk read the whole list: it ended without a next link, nothing was read
        twice, and nothing came after its end."""
        if self.failed is not None or self.outcome is not CrawlOutcome.COMPLETE or self.reread:
            return False
        if self.after_end is None:  # nothing to ask after an empty last page
            return not self.pages or not self.pages[-1].items
        return self.after_end.problem is None and not self.after_end.items


def _identity(module: str, item: JsonValue) -> tuple[str | None, ...] | None:
    """What names ``item`` in its list (``None`` for an item that is no object)."""
    if not isinstance(item, dict):
        return None
    values = tuple(_text(item.get(name)) for name in _IDENTITY[module])
    if all(value is None for value in values):
        return ("#", orjson.dumps(item, option=orjson.OPT_SORT_KEYS).decode())
    return values


def _text(value: JsonValue) -> str | None:
    return value if isinstance(value, str) else None


def _named(identity: tuple[str | None, ...] | None) -> str:
    if identity is None:
        return "(not an object)"
    if identity[:1] == ("#",):
        return "(no id)"
    return "/".join(part for part in identity if part is not None)


def _last_updated(item: JsonValue) -> datetime | None:
    if not isinstance(item, dict):
        return None
    value = item.get("last_updated")
    if not isinstance(value, str):
        return None
    try:
        return parse_datetime(value, "last_updated")
    except QueryParameterError:
        return None


def _with_query(url: str, pairs: Iterable[tuple[str, str]]) -> str:
    """``url`` with the parameters of ``pairs`` set (replacing those of the same name)."""
    parts = urlsplit(url)
    new = list(pairs)
    names = {name for name, _ in new}
    kept = [(n, v) for n, v in parse_qsl(parts.query, keep_blank_values=True) if n not in names]
    query = urlencode([*kept, *new], safe=":@/", quote_via=quote)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query, ""))
