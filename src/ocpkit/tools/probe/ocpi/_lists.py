"""The checks of the lists the peer sends, each judged on its walk: ``modules.list`` and
``pagination.*``."""

import itertools
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Final, TypeAlias
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

from ocpkit.ocpi.client import display_url
from ocpkit.ocpi.pagination import (
    CrawlOutcome,
    QueryParameterError,
    format_datetime,
    parse_datetime,
)
from ocpkit.ocpi.version import OcpiVersion

from .._runner import CheckFailedError, NotApplicableError
from ._context import OcpiContext
from ._exchange import _some
from ._pages import Page, Walk, _identity, _last_updated, _named, _read_page

_OFFSET_PROBE_LIMIT: Final = 2


ModuleJudge: TypeAlias = Callable[[OcpiContext, Walk], Awaitable[list[str]]]


class _ModuleNotApplicableError(Exception):
    """The rule cannot be judged on this list (the message says why)."""


async def _each_list(ctx: OcpiContext, judge: ModuleJudge) -> None:
    """Judge every list the peer sends; fail with the problems found, not applicable when no
    list could be judged."""
    problems: list[str] = []
    reasons: list[str] = []
    judged = 0
    for walk in await ctx.walks():
        failed = walk.failed
        if failed is not None and failed.position == 0 and len(walk.pages) == 1:
            reasons.append(f"{walk.module}: not read (see modules.list)")
            continue
        try:
            found = await judge(ctx, walk)
        except _ModuleNotApplicableError as reason:
            reasons.append(f"{walk.module}: {reason}")
            continue
        judged += 1
        problems += [f"{walk.module}: {problem}" for problem in found]
    if problems:
        raise CheckFailedError(_some(problems))
    if not judged:
        raise NotApplicableError(_some(reasons))


async def _modules_list(ctx: OcpiContext) -> None:
    problems: list[str] = []
    refused: list[str] = []
    walks = await ctx.walks()
    for walk in walks:
        failed = walk.failed
        if failed is None:
            continue
        where = "" if failed.position == 0 else f" (page {len(walk.pages)})"
        if failed.refused:
            refused.append(f"{walk.module}: {failed.problem}{where}")
        else:
            problems.append(f"{walk.module}{where}: {failed.problem}")
    if problems:
        raise CheckFailedError(_some(problems))
    if len(refused) == len(walks):
        raise NotApplicableError(
            _some(refused) + " (a registration token reaches only versions and credentials)"
        )


async def _headers(ctx: OcpiContext, walk: Walk) -> list[str]:
    return [
        f"page {number} ({display_url(page.url)}): {', '.join(page.header_problems)}"
        for number, page in enumerate(_read(walk), start=1)
        if page.header_problems
    ]


def _read(walk: Walk) -> list[Page]:
    return [page for page in walk.pages if page.problem is None]


async def _links(ctx: OcpiContext, walk: Walk) -> list[str]:
    problems: list[str] = []
    pages = _read(walk)
    for number, page in enumerate(pages, start=1):
        if page.link_problem is not None:
            problems.append(f"page {number}: {page.link_problem}")
    # a link that leads to an empty page stood on a page after which nothing remained
    for number, (page, following) in enumerate(itertools.pairwise(pages), start=1):
        if page.next_url is not None and not following.items:
            problems.append(
                f"page {number} (objects {page.position} to {page.end - 1}) has a next link, "
                "but the page it leads to is empty"
            )
            break
    if walk.outcome is CrawlOutcome.LINK_LOOP:
        problems.append("a next link leads back to a page already read")
    elif walk.outcome is CrawlOutcome.REPEATED_PAGE and not problems:
        problems.append("a next link served the same page again")
    after = walk.after_end
    if after is not None and after.problem is None and after.items and pages:
        problems.append(
            f"the last page (objects {pages[-1].position}..{pages[-1].end - 1}) has no next "
            f"link, yet offset={pages[-1].end} still returns {len(after.items)} object(s)"
        )
    return problems


async def _total_count(ctx: OcpiContext, walk: Walk) -> list[str]:
    pages = _read(walk)
    counted = [page for page in pages if page.total is not None]
    if not counted:
        raise _ModuleNotApplicableError("no X-Total-Count to judge")
    objects = len(walk.objects)
    last = counted[-1].total
    assert last is not None
    if walk.complete:
        if last != objects:
            return [f"X-Total-Count is {last}, the pages hold {objects} object(s)"]
        return []
    # a walk cut short (max_pages, a broken link) only shows how many there are at least
    distinct = len({_identity(walk.module, item) for item in walk.objects})
    if last < distinct:
        return [f"X-Total-Count is {last}, the pages read hold {distinct} distinct object(s)"]
    return []


async def _x_limit(ctx: OcpiContext, walk: Walk) -> list[str]:
    return [
        f"page {number} holds {len(page.items)} objects, X-Limit is {page.limit}"
        for number, page in enumerate(_read(walk), start=1)
        if page.limit is not None and len(page.items) > page.limit
    ]


def _first(walk: Walk) -> Page:
    pages = _read(walk)
    if not pages:
        raise _ModuleNotApplicableError("no page could be read")
    return pages[0]


async def _limit_capped(ctx: OcpiContext, walk: Walk) -> list[str]:
    first = _first(walk)
    if first.limit is None:
        raise _ModuleNotApplicableError("no X-Limit to ask above")
    asked = first.limit + 1
    url = ctx.list_url(walk.module, walk.url, limit=asked)
    page = _read_page(await ctx.get(url, "page", auth=ctx.encoding), 0)
    if page.problem is not None:
        return [f"limit={asked}: {page.problem}"]
    problems: list[str] = []
    if page.limit is None:
        problems.append(f"limit={asked}: no X-Limit")
    elif len(page.items) > page.limit:
        problems.append(
            f"limit={asked} (its X-Limit was {first.limit}): {len(page.items)} objects, "
            f"X-Limit {page.limit}"
        )
    if len(page.items) > asked:
        problems.append(f"limit={asked}: {len(page.items)} objects, more than asked")
    return problems


async def _offset(ctx: OcpiContext, walk: Walk) -> list[str]:
    objects = walk.objects
    if walk.reread:
        raise _ModuleNotApplicableError("the walk had to read objects again: no fixed order")
    if len(objects) < 2:
        raise _ModuleNotApplicableError("fewer than 2 objects: offsets cannot be told apart")
    offset = min(len(objects) - 1, len(_first(walk).items) + 1)
    url = ctx.list_url(walk.module, walk.url, offset=offset, limit=_OFFSET_PROBE_LIMIT)
    page = _read_page(await ctx.get(url, "page", auth=ctx.encoding), 0)
    where = f"offset={offset}&limit={_OFFSET_PROBE_LIMIT}"
    if page.problem is not None:
        return [f"{where}: {page.problem}"]
    if not page.items:
        return [f"{where}: no object, though the walk found {len(objects)}"]
    if len(page.items) > _OFFSET_PROBE_LIMIT:
        return [f"{where}: {len(page.items)} objects, more than asked"]
    problems: list[str] = []
    for step, item in enumerate(page.items):
        index = offset + step
        if index >= len(objects):
            break
        got, want = _identity(walk.module, item), _identity(walk.module, objects[index])
        if got != want:
            problems.append(
                f"{where}: object {step} is {_named(got)}, the walk has {_named(want)} at {index}"
            )
            break
    return problems


async def _date_from(ctx: OcpiContext, walk: Walk) -> list[str]:
    module = walk.module
    dated = sorted({d for item in walk.objects if (d := _last_updated(item)) is not None})
    if not dated:
        raise _ModuleNotApplicableError("no object with a readable last_updated")
    bound = parse_datetime(format_datetime(dated[len(dated) // 2]))
    # the walk's own date_from (2.1.1 Sessions) gives way to the one judged here
    filtered = await ctx.crawl(module, _without(walk.url, "date_from"), date_from=bound)
    shown = format_datetime(bound)
    failed = filtered.failed
    if failed is not None:
        return [f"date_from={shown}: {failed.problem}"]
    problems: list[str] = []
    early = [
        item
        for item in filtered.objects
        if (updated := _last_updated(item)) is not None and updated < bound
    ]
    if early:
        problems.append(
            f"date_from={shown} returned {len(early)} object(s) last updated before it "
            f"(first: {_named(_identity(module, early[0]))} at "
            f"{format_datetime(_last_updated(early[0]) or bound)})"
        )
    for number, page in enumerate(filtered.pages, start=1):
        if page.next_url is not None and _date_param(page.next_url) != bound:
            problems.append(f"page {number}'s next link does not keep date_from={shown}")
            break
    if walk.complete and filtered.outcome is CrawlOutcome.COMPLETE and not filtered.reread:
        # 2.1.1 words date_from as "after", later versions as "after or equal": an object
        # updated exactly at the bound may be left out in 2.1.1 only.
        inclusive = ctx.version is not OcpiVersion.V211
        due = {
            _identity(module, item)
            for item in walk.objects
            if (updated := _last_updated(item)) is not None
            and (updated >= bound if inclusive else updated > bound)
        }
        missing = due - {_identity(module, item) for item in filtered.objects}
        if missing:
            first = sorted(_named(identity) for identity in missing)[0]
            problems.append(
                f"date_from={shown} left out {len(missing)} object(s) last updated "
                f"{'at or ' if inclusive else ''}after it (first: {first})"
            )
    return problems


def _without(url: str, name: str) -> str:
    parts = urlsplit(url)
    kept = [(n, v) for n, v in parse_qsl(parts.query, keep_blank_values=True) if n != name]
    query = urlencode(kept, safe=":@/", quote_via=quote)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query, ""))


def _date_param(url: str) -> datetime | None:
    values = [
        v for n, v in parse_qsl(urlsplit(url).query, keep_blank_values=True) if n == "date_from"
    ]
    if len(values) != 1:
        return None
    try:
        return parse_datetime(values[0])
    except QueryParameterError:
        return None
