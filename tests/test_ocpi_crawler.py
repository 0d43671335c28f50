"""The sans-IO OCPI crawler: how a crawl ends and what it warns about, row by row, links it
follows or refuses, objects changing during the crawl, and a saved position resumed."""

import json
from collections.abc import Hashable
from datetime import UTC, datetime, timedelta, timezone

import attrs
import pytest

from ocpkit.ocpi.pagination import (
    Crawler,
    CrawlOutcome,
    CrawlPosition,
    CrawlWarningKind,
    PageResult,
    PaginationUsageError,
)

BASE = "https://www.server.com/ocpi/cpo/2.2.1/cdrs/"
Headers = list[tuple[str, str]]


def utc(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0, us: int = 0
) -> datetime:
    return datetime(year, month, day, hour, minute, second, us, tzinfo=UTC)


# -- the crawler: helpers -------------------------------------------------------------------

Item = dict[str, str]


def ident(item: Item) -> Hashable:
    return (item["country_code"], item["party_id"], item["id"])


def loc(n: int) -> Item:
    return {"country_code": "NL", "party_id": "TNM", "id": f"LOC{n}"}


def headers(total: int | None = None, limit: int | None = None, link: str | None = None) -> Headers:
    out: Headers = []
    if total is not None:
        out.append(("X-Total-Count", str(total)))
    if limit is not None:
        out.append(("X-Limit", str(limit)))
    if link is not None:
        out.append(("Link", f'<{link}>; rel="next"'))
    return out


def run(
    crawler: Crawler[Item],
    pages: dict[str, tuple[Headers, list[Item]]],
) -> list[PageResult[Item]]:
    """Feed the canned pages until the crawl ends."""
    results = []
    while (url := crawler.next_url()) is not None:
        head, items = pages[url]
        results.append(crawler.receive(url, head, items))
        assert len(results) < 100
    return results


def kinds(results: list[PageResult[Item]]) -> list[CrawlWarningKind]:
    return [warning.kind for result in results for warning in result.warnings]


U1, U2, U3 = (f"{BASE}?offset={n}&limit=2" for n in (0, 2, 4))


# -- the crawler: outcomes, row by row -----------------------------------------------------

# outcome -> (canned pages from U1, crawler options, items the crawl yields)
OUTCOME_SCENARIOS: dict[
    CrawlOutcome, tuple[dict[str, tuple[Headers, list[Item]]], int | None, int]
] = {
    CrawlOutcome.COMPLETE: (
        {
            U1: (headers(5, 2, U2), [loc(0), loc(1)]),
            U2: (headers(5, 2, U3), [loc(2), loc(3)]),
            U3: (headers(5, 2), [loc(4)]),
        },
        None,
        5,
    ),
    CrawlOutcome.LINK_LOOP: (
        {
            U1: (headers(6, 2, U2), [loc(0), loc(1)]),
            U2: (headers(6, 2, U1), [loc(2), loc(3)]),
        },
        None,
        4,
    ),
    # a server that ignores offset: the links advance, the content does not
    CrawlOutcome.REPEATED_PAGE: (
        {
            U1: (headers(6, 2, U2), [loc(0), loc(1)]),
            U2: (headers(6, 2, U3), [loc(0), loc(1)]),
        },
        None,
        2,
    ),
    CrawlOutcome.MALFORMED_LINK: (
        {U1: ([("Link", f"<{U2}; rel=next")], [loc(0), loc(1)])},
        None,
        2,
    ),
    CrawlOutcome.FOREIGN_LINK: (
        {U1: (headers(6, 2, "https://evil.example/steal?offset=2"), [loc(0), loc(1)])},
        None,
        2,
    ),
    CrawlOutcome.PAGE_LIMIT: (
        {
            U1: (headers(6, 2, U2), [loc(0), loc(1)]),
            U2: (headers(6, 2, U3), [loc(2), loc(3)]),
        },
        2,
        4,
    ),
}


@pytest.mark.parametrize("outcome", list(OUTCOME_SCENARIOS))
def test_crawl_ends_with_the_outcome_of_what_it_met(outcome: CrawlOutcome) -> None:
    pages, max_pages, yielded = OUTCOME_SCENARIOS[outcome]
    crawler: Crawler[Item] = Crawler(U1, ident, max_pages=max_pages)
    results = run(crawler, pages)
    assert crawler.outcome is outcome
    assert results[-1].outcome is outcome
    assert crawler.done
    assert crawler.next_url() is None
    assert results[-1].next_url is None
    assert all(r.outcome is None for r in results[:-1])
    assert sum(len(r.items) for r in results) == yielded == crawler.items_seen


def test_every_outcome_has_a_scenario() -> None:
    assert set(OUTCOME_SCENARIOS) == set(CrawlOutcome)


def test_other_origins_are_followed_only_when_allowed() -> None:
    other = "https://mirror.example/cdrs?offset=2"
    pages = {U1: (headers(3, 2, other), [loc(0), loc(1)]), other: (headers(3, 2), [loc(2)])}
    crawler: Crawler[Item] = Crawler(U1, ident, allow_other_origins=True)
    run(crawler, pages)
    assert (crawler.outcome, crawler.items_seen) == (CrawlOutcome.COMPLETE, 3)


@pytest.mark.parametrize(
    "link",
    [
        "http://www.server.com/ocpi/cpo/2.2.1/cdrs/?offset=2",  # https -> http
        "https://www.server.com:8443/ocpi/cpo/2.2.1/cdrs/?offset=2",
        "https://server.com/ocpi/cpo/2.2.1/cdrs/?offset=2",
        "javascript:alert(1)",
        "https://www.server.com:99999/x",
    ],
)
def test_link_leaving_the_origin_is_not_followed(link: str) -> None:
    crawler: Crawler[Item] = Crawler(U1, ident)
    result = crawler.receive(U1, headers(6, 2, link), [loc(0)])
    assert result.outcome is CrawlOutcome.FOREIGN_LINK


def test_same_origin_spelt_differently_is_followed() -> None:
    link = "HTTPS://WWW.SERVER.COM:443/ocpi/cpo/2.2.1/cdrs/?offset=2"
    result = Crawler(U1, ident).receive(U1, headers(6, 2, link), [loc(0)])
    assert result.next_url == link


# -- the crawler: warnings, row by row -----------------------------------------------------

# kind -> (headers of the first page at U1, its items)
WARNING_SCENARIOS: dict[CrawlWarningKind, tuple[Headers, list[Item]]] = {
    CrawlWarningKind.BAD_TOTAL_COUNT: ([("X-Total-Count", "many")], [loc(0)]),
    CrawlWarningKind.BAD_LIMIT: ([("X-Limit", "-2")], [loc(0)]),
    CrawlWarningKind.MISSING_LINK: (headers(5, 2), [loc(0), loc(1)]),
    CrawlWarningKind.OVER_LIMIT: (headers(3, 2), [loc(0), loc(1), loc(2)]),
    CrawlWarningKind.AMBIGUOUS_NEXT: (
        [("Link", f'<{U2}>; rel="next", <{U3}>; rel="next"'), ("X-Total-Count", "6")],
        [loc(0), loc(1)],
    ),
}


@pytest.mark.parametrize("kind", list(WARNING_SCENARIOS))
def test_page_oddity_is_a_warning_not_the_end(kind: CrawlWarningKind) -> None:
    head, items = WARNING_SCENARIOS[kind]
    result = Crawler(U1, ident).receive(U1, head, items)
    assert [w.kind for w in result.warnings] == [kind]
    assert result.items == tuple(items)
    assert result.outcome in (None, CrawlOutcome.COMPLETE)


def test_every_warning_has_a_scenario() -> None:
    # TOTAL_SHRANK needs two pages: see the shrink tests below
    assert set(WARNING_SCENARIOS) | {CrawlWarningKind.TOTAL_SHRANK} == set(CrawlWarningKind)


def test_ambiguous_next_follows_the_first_link() -> None:
    head, items = WARNING_SCENARIOS[CrawlWarningKind.AMBIGUOUS_NEXT]
    assert Crawler(U1, ident).receive(U1, head, items).next_url == U2


def test_malformed_counts_are_read_as_absent() -> None:
    crawler: Crawler[Item] = Crawler(U1, ident)
    result = crawler.receive(U1, [("X-Total-Count", "1e3"), ("X-Limit", "")], [loc(0), loc(1)])
    assert (result.total, result.limit, result.outcome) == (None, None, CrawlOutcome.COMPLETE)
    assert {w.kind for w in result.warnings} == {
        CrawlWarningKind.BAD_TOTAL_COUNT,
        CrawlWarningKind.BAD_LIMIT,
    }


def test_counts_may_be_absent_without_warning() -> None:
    result = Crawler(U1, ident).receive(U1, [], [loc(0)])
    assert (result.total, result.limit, result.warnings) == (None, None, ())


def test_headers_are_read_case_insensitively_from_a_mapping_or_pairs() -> None:
    mapping = {"x-total-count": "3", "X-LIMIT": "2", "link": f'<{U2}>; REL="next"'}
    result = Crawler(U1, ident).receive(U1, mapping, [loc(0), loc(1)])
    assert (result.total, result.limit, result.next_url) == (3, 2, U2)
    pairs = [("LINK", f'<{U2}>; rel="prev"'), ("Link", f'<{U3}>; rel="next"')]
    assert Crawler(U1, ident).receive(U1, pairs, []).next_url == U3


def test_missing_link_is_not_invented() -> None:
    crawler: Crawler[Item] = Crawler(U1, ident)
    result = crawler.receive(U1, headers(5, 2), [loc(0), loc(1)])
    assert result.next_url is None
    assert crawler.outcome is CrawlOutcome.COMPLETE
    assert "3 more remain" in result.warnings[0].message


# -- the crawler: following links ----------------------------------------------------------


def test_relative_link_is_resolved_against_the_page_url() -> None:
    crawler: Crawler[Item] = Crawler(U1, ident)
    result = crawler.receive(U1, [("Link", '<?offset=2&limit=2>; rel="next"')], [loc(0)])
    assert result.next_url == f"{BASE}?offset=2&limit=2"
    result = crawler.receive(result.next_url, [("Link", "<../sessions/?c=1>; rel=next")], [])
    assert result.next_url == "https://www.server.com/ocpi/cpo/2.2.1/sessions/?c=1"


def test_opaque_cursor_link_is_followed_exactly_as_written() -> None:
    cursor = f"{BASE}?cursor=eyJpZCI6%2B9fQ%3D%3D&limit=2&x=a+b&&y=%zz"
    crawler: Crawler[Item] = Crawler(U1, ident)
    assert crawler.receive(U1, headers(None, 2, cursor), [loc(0)]).next_url == cursor
    assert crawler.receive(cursor, headers(), [loc(1)]).outcome is CrawlOutcome.COMPLETE


def test_start_url_carries_limit_and_dates_in_ocpi_form() -> None:
    crawler: Crawler[Item] = Crawler(
        f"{BASE}?tag=a%20b",
        ident,
        limit=25,
        date_from=utc(2016, 1, 1),
        date_to=datetime(2016, 7, 1, 2, tzinfo=timezone(timedelta(hours=2))),
    )
    assert crawler.next_url() == (
        f"{BASE}?tag=a%20b&limit=25&date_from=2016-01-01T00:00:00Z&date_to=2016-07-01T00:00:00Z"
    )
    assert Crawler(BASE, ident, limit=5).next_url() == f"{BASE}?limit=5"
    assert Crawler(BASE, ident).next_url() == BASE


def test_start_url_writes_date_to_rounded_up_and_date_from_truncated_to_the_millisecond() -> None:
    # OCPI DateTimes are written with milliseconds at most (string(25)); moving each bound
    # outwards keeps every object of the window asked for
    crawler: Crawler[Item] = Crawler(
        BASE,
        ident,
        date_from=utc(2024, 1, 31, 12, 0, 0, 123456),
        date_to=utc(2024, 1, 31, 13, 0, 0, 123456),
    )
    assert crawler.next_url() == (
        f"{BASE}?date_from=2024-01-31T12:00:00.123Z&date_to=2024-01-31T13:00:00.124Z"
    )
    crawler = Crawler(BASE, ident, date_to=utc(2024, 12, 31, 23, 59, 59, 999001))
    assert crawler.next_url() == f"{BASE}?date_to=2025-01-01T00:00:00Z"


@pytest.mark.parametrize(
    ("start_url", "options"),
    [
        (f"{BASE}?limit=5", {"limit": 10}),
        (f"{BASE}#frag", {}),
        ("/ocpi/cpo/2.2.1/cdrs", {}),
        ("ftp://server/cdrs", {}),
        (BASE, {"limit": 0}),
        (BASE, {"max_pages": 0}),
        (BASE, {"date_from": datetime(2016, 1, 1)}),
        # rounded up to the millisecond, date_to would be in year 10000
        (BASE, {"date_to": datetime.max.replace(tzinfo=UTC)}),
    ],
)
def test_crawler_refuses_bad_settings(start_url: str, options: dict[str, object]) -> None:
    with pytest.raises(PaginationUsageError):
        Crawler(start_url, ident, **options)  # type: ignore[arg-type]


def test_page_for_a_url_not_asked_for_is_a_usage_error() -> None:
    crawler: Crawler[Item] = Crawler(U1, ident)
    with pytest.raises(PaginationUsageError):
        crawler.receive(U2, headers(2, 2), [loc(0)])
    crawler.receive(U1, headers(2, 2), [loc(0), loc(1)])
    with pytest.raises(PaginationUsageError):  # the crawl has ended
        crawler.receive(U1, headers(2, 2), [loc(0), loc(1)])


def test_failing_key_function_leaves_the_crawl_where_it_was() -> None:
    crawler: Crawler[Item] = Crawler(U1, ident)
    with pytest.raises(KeyError):
        crawler.receive(U1, headers(2, 2, U2), [{"id": "no country"}])
    assert (crawler.next_url(), crawler.pages_fetched) == (U1, 0)
    assert crawler.receive(U1, headers(2, 2, U2), [loc(0)]).next_url == U2


# -- the crawler: objects changing during the crawl ----------------------------------------


def test_items_seen_before_are_dropped_and_counted() -> None:
    crawler: Crawler[Item] = Crawler(U1, ident)
    crawler.receive(U1, headers(5, 2, U2), [loc(0), loc(1)])
    result = crawler.receive(U2, headers(5, 2), [loc(1), loc(2), loc(2)])
    assert result.items == (loc(2),)
    assert (result.duplicates, crawler.duplicates, crawler.items_seen) == (2, 2, 3)


def test_total_growth_needs_no_action() -> None:
    crawler: Crawler[Item] = Crawler(U1, ident)
    crawler.receive(U1, headers(4, 2, U2), [loc(0), loc(1)])
    result = crawler.receive(U2, headers(5, 2, U3), [loc(2), loc(3)])
    assert (result.next_url, result.warnings) == (U3, ())


def test_total_shrink_rereads_the_page_with_the_offset_lowered() -> None:
    # the spec's case: under date_to, one object of page 1 is updated and leaves the filter,
    # so every later object moves up by one and loc(2) would be skipped
    crawler: Crawler[Item] = Crawler(U1, ident)
    crawler.receive(U1, headers(6, 2, U2), [loc(0), loc(1)])
    result = crawler.receive(U2, headers(5, 2, U3), [loc(3), loc(4)])
    reread = f"{BASE}?offset=1&limit=2"
    assert (result.next_url, result.rereading, result.outcome) == (reread, True, None)
    assert [w.kind for w in result.warnings] == [CrawlWarningKind.TOTAL_SHRANK]
    result = crawler.receive(reread, headers(5, 2, U2), [loc(2), loc(3)])
    assert (result.items, result.duplicates, result.next_url) == ((loc(2),), 1, U2)
    # U2 was fetched before the re-read, but the objects moved: following it is no loop
    result = crawler.receive(U2, headers(5, 2), [loc(4), loc(5)])
    assert (result.items, result.outcome) == ((loc(5),), CrawlOutcome.COMPLETE)
    assert crawler.items_seen == 6


def test_total_shrink_rewinds_at_most_to_offset_zero() -> None:
    crawler: Crawler[Item] = Crawler(U1, ident)
    crawler.receive(U1, headers(9, 2, U2), [loc(0), loc(1)])
    result = crawler.receive(U2, headers(2, 2), [])
    assert result.next_url == f"{BASE}?offset=0&limit=2"


def test_total_shrink_on_an_opaque_cursor_only_warns() -> None:
    cursor = f"{BASE}?after=LOC1"
    crawler: Crawler[Item] = Crawler(U1, ident)
    crawler.receive(U1, headers(6, 2, cursor), [loc(0), loc(1)])
    result = crawler.receive(cursor, headers(5, 3), [loc(3), loc(4), loc(5)])
    assert result.outcome is CrawlOutcome.COMPLETE
    assert [w.kind for w in result.warnings] == [CrawlWarningKind.TOTAL_SHRANK]
    assert "skipped" in result.warnings[0].message


def test_total_shrink_rereads_only_below_the_last_reread_total() -> None:
    # a server whose total goes up and down forever must not keep the crawl re-reading
    crawler: Crawler[Item] = Crawler(U1, ident)
    crawler.receive(U1, headers(6, 2, U2), [loc(0), loc(1)])
    reread = crawler.receive(U2, headers(5, 2, U3), [loc(3), loc(4)]).next_url
    assert reread is not None
    crawler.receive(reread, headers(7, 2, U2), [loc(2), loc(3)])
    result = crawler.receive(U2, headers(5, 2, U3), [loc(4), loc(5)])
    assert (result.next_url, result.rereading) == (U3, False)
    assert "not below" in result.warnings[0].message


# -- the crawler: position and resume ------------------------------------------------------


def test_position_is_plain_json_and_resumes_the_crawl() -> None:
    crawler: Crawler[Item] = Crawler(U1, ident)
    crawler.receive(U1, headers(6, 2, U2), [loc(0), loc(1)])
    data = json.loads(json.dumps(attrs.asdict(crawler.position)))
    position = CrawlPosition.from_dict(data)
    assert position == crawler.position
    assert (position.next_url, position.pages_fetched, position.items_seen) == (U2, 1, 2)
    resumed: Crawler[Item] = Crawler.resume(position, ident)
    assert resumed.next_url() == U2
    result = resumed.receive(U2, headers(6, 2, U1), [loc(2), loc(3)])
    assert result.outcome is CrawlOutcome.LINK_LOOP  # U1 is remembered across the resume
    assert (resumed.pages_fetched, resumed.items_seen) == (2, 4)


def test_position_of_an_ended_crawl_keeps_the_outcome() -> None:
    crawler: Crawler[Item] = Crawler(U1, ident)
    crawler.receive(U1, headers(2, 2), [loc(0), loc(1)])
    data = json.loads(json.dumps(attrs.asdict(crawler.position)))
    resumed: Crawler[Item] = Crawler.resume(CrawlPosition.from_dict(data), ident)
    assert resumed.done
    assert resumed.outcome is CrawlOutcome.COMPLETE


def test_position_stays_small() -> None:
    crawler: Crawler[Item] = Crawler(f"{BASE}?offset=0&limit=1", ident)
    n = 0
    while (url := crawler.next_url()) is not None:
        link = f"{BASE}?offset={n + 1}&limit=1" if n < 499 else None
        crawler.receive(url, headers(500, 1, link), [loc(n)])
        n += 1
    # 500 pages: two 16-hex digests each, no item keys
    assert len(json.dumps(attrs.asdict(crawler.position))) < 500 * 2 * 20 + 500


@pytest.mark.parametrize(
    "change",
    [
        {"pages_fetched": -1},
        {"items_seen": "3"},
        {"fetched": ["not-a-digest"]},
        {"outcome": "exploded"},
        {"next_url": 5},
        {"unknown": 1},
    ],
)
def test_damaged_position_is_refused(change: dict[str, object]) -> None:
    crawler: Crawler[Item] = Crawler(U1, ident)
    crawler.receive(U1, headers(6, 2, U2), [loc(0), loc(1)])
    data = {**attrs.asdict(crawler.position), **change}
    with pytest.raises(PaginationUsageError):
        CrawlPosition.from_dict(data)


def test_position_with_both_next_url_and_outcome_is_refused() -> None:
    crawler: Crawler[Item] = Crawler(U1, ident)
    position = attrs.evolve(crawler.position, outcome=CrawlOutcome.COMPLETE)
    with pytest.raises(PaginationUsageError):
        Crawler.resume(position, ident)
