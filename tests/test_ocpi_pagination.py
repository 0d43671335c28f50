"""OCPI pagination: the query a list GET carries, the headers of its answer, the RFC 8288 Link
header, and the sans-IO crawler, tested row by row and against each other."""

import contextlib
import json
import time
from collections.abc import Callable, Hashable, Sequence
from datetime import UTC, datetime, timedelta, timezone
from urllib.parse import quote, unquote_plus

import attrs
import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from ocpkit.ocpi.pagination import (
    MAX_LINK_HEADER_LENGTH,
    MAX_QUERY_PARAMETERS,
    PAGINATION_PARAMETERS,
    Crawler,
    CrawlOutcome,
    CrawlPosition,
    CrawlWarningKind,
    Link,
    LinkHeaderError,
    PageAnswer,
    PageRequest,
    PageResult,
    PaginationError,
    PaginationUsageError,
    QueryParameterError,
    QueryProblem,
    format_datetime,
    format_link,
    parse_datetime,
    parse_link_header,
)
from ocpkit.ocpi.status import InvalidOrMissingParameters

BASE = "https://www.server.com/ocpi/cpo/2.2.1/cdrs/"
Headers = list[tuple[str, str]]


def utc(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0, us: int = 0
) -> datetime:
    return datetime(year, month, day, hour, minute, second, us, tzinfo=UTC)


def query_error(query: str | Sequence[tuple[str, str]]) -> QueryParameterError:
    with pytest.raises(QueryParameterError) as caught:
        PageRequest.from_query(query)
    return caught.value


# -- query parameters: refused -------------------------------------------------------------

# (query, parameter at fault, problem): every QueryProblem has at least one row
REFUSED_QUERIES: list[tuple[str, str | None, QueryProblem]] = [
    ("offset=-1", "offset", QueryProblem.NOT_AN_INTEGER),
    ("offset=%2B5", "offset", QueryProblem.NOT_AN_INTEGER),
    ("offset=+5", "offset", QueryProblem.NOT_AN_INTEGER),  # '+' reads as a space
    ("offset=", "offset", QueryProblem.NOT_AN_INTEGER),
    ("offset=1.0", "offset", QueryProblem.NOT_AN_INTEGER),
    ("offset=1e3", "offset", QueryProblem.NOT_AN_INTEGER),
    ("offset=1_000", "offset", QueryProblem.NOT_AN_INTEGER),
    ("offset=%D9%A3", "offset", QueryProblem.NOT_AN_INTEGER),  # Arabic-Indic three
    ("limit=ten", "limit", QueryProblem.NOT_AN_INTEGER),
    ("limit=-10", "limit", QueryProblem.NOT_AN_INTEGER),
    ("offset=" + "9" * 19, "offset", QueryProblem.TOO_LONG),
    ("limit=" + "1" * 5000, "limit", QueryProblem.TOO_LONG),
    ("limit=0", "limit", QueryProblem.OUT_OF_RANGE),
    ("limit=000", "limit", QueryProblem.OUT_OF_RANGE),
    ("date_from=2016-01-01", "date_from", QueryProblem.BAD_DATETIME),
    ("date_from=2016-01-01T00:00", "date_from", QueryProblem.BAD_DATETIME),
    ("date_from=2016-13-01T00:00:00Z", "date_from", QueryProblem.BAD_DATETIME),
    ("date_from=2016-02-30T00:00:00Z", "date_from", QueryProblem.BAD_DATETIME),
    ("date_from=2016-01-01T24:00:00Z", "date_from", QueryProblem.BAD_DATETIME),
    ("date_from=2016-12-31T23:59:60Z", "date_from", QueryProblem.BAD_DATETIME),
    ("date_to=2016-01-01t00:00:00z", "date_to", QueryProblem.BAD_DATETIME),
    ("date_to=2016-01-01 00:00:00Z", "date_to", QueryProblem.BAD_DATETIME),
    ("date_to=2016-01-01T00:00:00.Z", "date_to", QueryProblem.BAD_DATETIME),
    ("date_to=2016-01-01T00:00:00.1234567890Z", "date_to", QueryProblem.BAD_DATETIME),
    ("date_to=1451606400", "date_to", QueryProblem.BAD_DATETIME),
    ("date_to=", "date_to", QueryProblem.BAD_DATETIME),
    ("date_to=9999-12-31T23:59:59.9999999Z", "date_to", QueryProblem.BAD_DATETIME),
    ("date_to=" + "2" * 1000, "date_to", QueryProblem.BAD_DATETIME),
    ("date_from=2016-01-01T00:00:00%2B01:00", "date_from", QueryProblem.NOT_UTC),
    ("date_from=2016-01-01T00:00:00+01:00", "date_from", QueryProblem.NOT_UTC),
    ("date_from=2016-01-01T00:00:00%2B00:00", "date_from", QueryProblem.NOT_UTC),
    ("date_to=2016-01-01T00:00:00.5-0500", "date_to", QueryProblem.NOT_UTC),
    ("offset=1&offset=1", "offset", QueryProblem.REPEATED),
    ("limit=5&x=1&limit=6", "limit", QueryProblem.REPEATED),
    ("date_from=2016-01-01T00:00:00Z&date_from=2016-01-01T00:00:00Z", "date_from",
     QueryProblem.REPEATED),
    ("date_to=2016-01-01T00:00:00&date_to=2017-01-01T00:00:00", "date_to", QueryProblem.REPEATED),
    ("&".join(f"p{i}=1" for i in range(MAX_QUERY_PARAMETERS + 1)), None, QueryProblem.TOO_MANY),
    ("x=%FF", None, QueryProblem.BAD_ENCODING),
    ("%C3=1", None, QueryProblem.BAD_ENCODING),
]  # fmt: skip


@pytest.mark.parametrize(("query", "parameter", "problem"), REFUSED_QUERIES)
def test_query_breaking_a_rule_is_refused_with_that_rule(
    query: str, parameter: str | None, problem: QueryProblem
) -> None:
    error = query_error(query)
    assert (error.parameter, error.problem) == (parameter, problem)


def test_every_query_problem_has_a_refused_row() -> None:
    assert {row[2] for row in REFUSED_QUERIES} == set(QueryProblem)


@pytest.mark.parametrize(("query", "parameter", "problem"), REFUSED_QUERIES)
def test_query_error_is_an_ocpi_2001_that_never_quotes_the_value(
    query: str, parameter: str | None, problem: QueryProblem
) -> None:
    error = query_error(query)
    assert isinstance(error, InvalidOrMissingParameters)
    assert isinstance(error, PaginationError)
    assert error.status_code == 2001
    value = query.partition("=")[2]
    if len(value) > 3:  # short values ("0", "") appear in any text
        assert value not in str(error)
        assert value not in error.status_message


def test_query_pairs_with_a_lone_surrogate_are_refused_as_bad_encoding() -> None:
    assert query_error([("x", "\udc80")]).problem is QueryProblem.BAD_ENCODING


def test_too_many_query_pairs_are_refused() -> None:
    pairs = [(f"p{i}", "") for i in range(MAX_QUERY_PARAMETERS + 1)]
    assert query_error(pairs).problem is QueryProblem.TOO_MANY


def test_query_pairs_of_other_types_are_a_usage_error() -> None:
    with pytest.raises(PaginationUsageError):
        PageRequest.from_query([("offset", 1)])  # type: ignore[list-item]


# -- query parameters: accepted ------------------------------------------------------------

ACCEPTED_QUERIES: list[tuple[str, PageRequest]] = [
    ("", PageRequest()),
    ("offset=0&limit=10", PageRequest(offset=0, limit=10)),
    ("offset=007", PageRequest(offset=7)),
    ("offset=" + "9" * 18, PageRequest(offset=10**18 - 1)),
    ("limit=2000", PageRequest(limit=2000)),
    (
        "date_from=2016-01-01T00:00:00Z&date_to=2016-12-31T23:59:59Z",
        PageRequest(date_from=utc(2016, 1, 1), date_to=utc(2016, 12, 31, 23, 59, 59)),
    ),
    ("date_from=2019-01-28T12:00:00", PageRequest(date_from=utc(2019, 1, 28, 12))),
    ("date_from=2016-12-29T17:45:09.2Z",
     PageRequest(date_from=utc(2016, 12, 29, 17, 45, 9, 200000))),
    ("date_to=2018-01-01T01:08:01.123", PageRequest(date_to=utc(2018, 1, 1, 1, 8, 1, 123000))),
    ("date_to=2018-01-01T01%3A08%3A01Z", PageRequest(date_to=utc(2018, 1, 1, 1, 8, 1))),
    # empty list elements carry nothing
    ("&&limit=5&", PageRequest(limit=5)),
    # names are case-sensitive: these are not pagination parameters
    ("Offset=x&LIMIT=y", PageRequest(extra=(("Offset", "x"), ("LIMIT", "y")))),
    ("flag&a=1&a=2&b=x+y%26z",
     PageRequest(extra=(("flag", ""), ("a", "1"), ("a", "2"), ("b", "x y&z")))),
    # date_from after date_to is not an error: the range is empty
    (
        "date_from=2017-01-01T00:00:00Z&date_to=2016-01-01T00:00:00Z",
        PageRequest(date_from=utc(2017, 1, 1), date_to=utc(2016, 1, 1)),
    ),
]  # fmt: skip


@pytest.mark.parametrize(("query", "expected"), ACCEPTED_QUERIES)
def test_valid_query_is_read(query: str, expected: PageRequest) -> None:
    assert PageRequest.from_query(query) == expected


@pytest.mark.parametrize(("query", "expected"), ACCEPTED_QUERIES)
def test_framework_pairs_read_like_the_raw_query(query: str, expected: PageRequest) -> None:
    pairs = [
        (unquote_plus(name), unquote_plus(value))
        for name, _, value in (segment.partition("=") for segment in query.split("&") if segment)
    ]
    assert PageRequest.from_query(pairs) == expected


def test_repeated_unknown_parameters_are_all_kept_in_order() -> None:
    request = PageRequest.from_query("tag=b&limit=3&tag=a&other=1&tag=b")
    assert request.extra == (("tag", "b"), ("tag", "a"), ("other", "1"), ("tag", "b"))


def test_date_from_at_or_after_date_to_is_an_empty_range_not_an_error() -> None:
    assert PageRequest(date_from=utc(2017, 1, 1), date_to=utc(2016, 1, 1)).empty_range
    assert PageRequest(date_from=utc(2016, 1, 1), date_to=utc(2016, 1, 1)).empty_range
    assert not PageRequest(date_from=utc(2016, 1, 1), date_to=utc(2016, 1, 2)).empty_range
    assert not PageRequest(date_from=utc(2016, 1, 1)).empty_range


def test_fraction_finer_than_a_microsecond_rounds_up() -> None:
    assert parse_datetime("2016-01-01T00:00:00.0000001Z") == utc(2016, 1, 1, 0, 0, 0, 1)
    assert parse_datetime("2016-01-01T00:00:00.1234560Z") == utc(2016, 1, 1, 0, 0, 0, 123456)
    assert parse_datetime("2016-01-01T23:59:59.999999999") == utc(2016, 1, 2)


def test_page_request_converts_aware_dates_to_utc_and_refuses_naive_ones() -> None:
    paris = timezone(timedelta(hours=1))
    request = PageRequest(date_from=datetime(2016, 1, 1, 1, tzinfo=paris))
    assert request.date_from == utc(2016, 1, 1)
    assert request.date_from is not None
    assert request.date_from.tzinfo is UTC
    with pytest.raises(PaginationUsageError):
        PageRequest(date_to=datetime(2016, 1, 1))


@pytest.mark.parametrize(
    "kwargs",
    [
        {"offset": -1},
        {"offset": True},
        {"limit": 0},
        {"limit": 1.5},
        {"extra": (("offset", "1"),)},
        {"extra": (("a",),)},
    ],
)
def test_page_request_refuses_bad_values(kwargs: dict[str, object]) -> None:
    with pytest.raises(PaginationUsageError):
        PageRequest(**kwargs)  # type: ignore[arg-type]


aware_datetimes = st.datetimes(
    min_value=datetime(2, 1, 1),
    max_value=datetime(9998, 12, 31),
    timezones=st.builds(
        timezone, st.timedeltas(min_value=timedelta(hours=-23), max_value=timedelta(hours=23))
    ),
)


@given(aware_datetimes)
@example(utc(2016, 1, 1, 0, 0, 0, 123000))
@example(utc(2016, 1, 1, 0, 0, 0, 123456))
@example(utc(1, 1, 1))
def test_formatted_datetime_reads_back_exactly(value: datetime) -> None:
    text = format_datetime(value)
    assert text.endswith("Z")
    assert parse_datetime(text) == value


def test_datetime_is_written_with_as_few_fraction_digits_as_keep_it_exact() -> None:
    assert format_datetime(utc(2016, 1, 1)) == "2016-01-01T00:00:00Z"
    assert format_datetime(utc(2016, 1, 1, 0, 0, 0, 200000)) == "2016-01-01T00:00:00.200Z"
    assert format_datetime(utc(2016, 1, 1, 0, 0, 0, 5)) == "2016-01-01T00:00:00.000005Z"
    assert format_datetime(utc(33, 1, 1)) == "0033-01-01T00:00:00Z"
    with pytest.raises(PaginationUsageError):
        format_datetime(datetime(2016, 1, 1))


# -- the answer: headers and next link -----------------------------------------------------


def answer(query: str, total: int, *, max_limit: int = 100, default_limit: int = 50) -> PageAnswer:
    return PageRequest.from_query(query).answer(
        total=total, max_limit=max_limit, default_limit=default_limit, base_url=BASE
    )


def test_spec_example_limit_above_the_maximum_is_capped_and_told() -> None:
    page = answer("limit=2000", 1000)
    assert (page.offset, page.limit, page.stop) == (0, 100, 100)
    assert page.headers() == [
        ("X-Total-Count", "1000"),
        ("X-Limit", "100"),
        ("Link", f'<{BASE}?offset=100&limit=100>; rel="next"'),
    ]


def test_spec_example_next_link_keeps_the_date_filters() -> None:
    page = answer("date_from=2016-01-01T00:00:00Z&date_to=2016-12-31T23:59:59Z", 1000,
                  default_limit=100)  # fmt: skip
    assert page.link == (
        f"<{BASE}?offset=100&limit=100&date_from=2016-01-01T00:00:00Z"
        '&date_to=2016-12-31T23:59:59Z>; rel="next"'
    )


def test_next_link_advances_the_offset_by_the_applied_limit() -> None:
    page = answer("offset=150&limit=50", 1000)
    assert page.next_url == f"{BASE}?offset=200&limit=50"
    assert page.count == 50


def test_next_link_writes_dates_in_ocpi_form_with_z() -> None:
    page = answer("date_from=2019-01-28T12:00:00&date_to=2019-01-29T12:00:00.5", 1000)
    assert page.next_url is not None
    assert "date_from=2019-01-28T12:00:00Z&date_to=2019-01-29T12:00:00.500Z" in page.next_url


def test_next_link_keeps_unknown_parameters_percent_encoded_in_order() -> None:
    page = answer("z=1&limit=10&q=a%26b%3Dc+d&q=%E2%82%AC%3C%3E%22%2C%23", 100)
    assert (
        page.next_url == f"{BASE}?offset=10&limit=10&z=1&q=a%26b%3Dc%20d&q=%E2%82%AC%3C%3E%22%2C%23"
    )
    assert page.link is not None
    assert [link.target for link in parse_link_header(page.link)] == [page.next_url]


def test_default_limit_applies_when_none_is_asked() -> None:
    page = answer("", 120, default_limit=40)
    assert page.x_limit == "40"
    assert page.next_url == f"{BASE}?offset=40&limit=40"


def test_link_is_absent_on_the_last_page() -> None:
    assert answer("offset=950&limit=50", 1000).headers() == [
        ("X-Total-Count", "1000"),
        ("X-Limit", "50"),
    ]
    assert answer("offset=900&limit=50", 1000).link is not None
    assert answer("", 0).link is None


def test_offset_beyond_the_total_gives_an_empty_page_without_link() -> None:
    page = answer("offset=5000&limit=10", 1000)
    assert (page.offset, page.stop, page.count, page.link) == (5000, 5000, 0, None)
    assert page.x_total_count == "1000"


def test_x_limit_is_the_applied_limit_even_on_a_short_last_page() -> None:
    page = answer("offset=990&limit=50", 1000)
    assert (page.count, page.x_limit) == (10, "50")


@pytest.mark.parametrize(
    "base_url",
    [
        "www.server.com/ocpi",
        "ftp://server.com/ocpi",
        f"{BASE}?tenant=1",
        f"{BASE}#top",
        "https://server.com/a b",
        "https://server.com/a>b",
        "https://server.com/caf\u00e9",
        "https://server.com/a\nb",
    ],
)
def test_answer_refuses_a_base_url_that_cannot_carry_the_next_link(base_url: str) -> None:
    with pytest.raises(PaginationUsageError):
        PageRequest().answer(total=10, max_limit=5, default_limit=5, base_url=base_url)


@pytest.mark.parametrize(
    ("total", "max_limit", "default_limit"),
    [(-1, 10, 10), (10, 0, 1), (10, 10, 11), (10, 10, 0), (True, 10, 10)],
)
def test_answer_refuses_bad_settings(total: int, max_limit: int, default_limit: int) -> None:
    with pytest.raises(PaginationUsageError):
        PageRequest().answer(
            total=total, max_limit=max_limit, default_limit=default_limit, base_url=BASE
        )


# -- RFC 8288 Link header ------------------------------------------------------------------

PARSED_LINKS: list[tuple[str, list[Link]]] = [
    # RFC 8288 section 3.5
    (
        '<http://example.com/TheBook/chapter2>; rel="previous"; title="previous chapter"',
        [Link(target="http://example.com/TheBook/chapter2", rel=("previous",),
              params=(("title", "previous chapter"),))],
    ),
    ('</>; rel="http://example.net/foo"', [Link(target="/", rel=("http://example.net/foo",))]),
    (
        '</terms>; rel="copyright"; anchor="#foo"',
        [Link(target="/terms", rel=("copyright",), params=(("anchor", "#foo"),))],
    ),
    (
        "</TheBook/chapter2>; rel=\"previous\"; title*=UTF-8'de'letztes%20Kapitel, "
        "</TheBook/chapter4>; rel=\"next\"; title*=UTF-8'de'n%c3%a4chstes%20Kapitel",
        [
            Link(target="/TheBook/chapter2", rel=("previous",),
                 params=(("title*", "UTF-8'de'letztes%20Kapitel"),)),
            Link(target="/TheBook/chapter4", rel=("next",),
                 params=(("title*", "UTF-8'de'n%c3%a4chstes%20Kapitel"),)),
        ],
    ),
    (
        '<http://example.org/>; rel="start http://example.net/relation/other"',
        [Link(target="http://example.org/", rel=("start", "http://example.net/relation/other"))],
    ),
    # OCPI spec example
    (
        '<https://www.server.com/ocpi/cpo/2.2.1/cdrs/?offset=150&limit=50>; rel="next"',
        [Link(target="https://www.server.com/ocpi/cpo/2.2.1/cdrs/?offset=150&limit=50",
              rel=("next",))],
    ),
    # unquoted rel, case-insensitive rel and parameter names, no space around ';'
    ("<a>;REL=NeXt", [Link(target="a", rel=("next",))]),
    # only the first rel counts (RFC 8288 section 3.3)
    ('<a>; rel=next; rel="prev"', [Link(target="a", rel=("next",))]),
    # commas inside the brackets and inside quoted strings are not separators
    (
        '<https://x/?a=1,2>; rel="next"; title="a, b; c", <y>; rel=prev',
        [Link(target="https://x/?a=1,2", rel=("next",), params=(("title", "a, b; c"),)),
         Link(target="y", rel=("prev",))],
    ),
    # quoted-pair escapes; a parameter without a value; whitespace and empty list elements
    (
        ' , <a> ;\trel = "next" ; crossorigin ; title="q\\"\\\\" ,, ',
        [Link(target="a", rel=("next",), params=(("crossorigin", ""), ("title", 'q"\\')))],
    ),
    ("", []),
    (" ,\t, ", []),
]  # fmt: skip


@pytest.mark.parametrize(("value", "expected"), PARSED_LINKS)
def test_link_header_is_read(value: str, expected: list[Link]) -> None:
    assert parse_link_header(value) == expected


MALFORMED_LINKS = [
    "https://x/?offset=10; rel=next",  # no brackets
    "<https://x/?offset=10; rel=next",  # unbalanced <
    "https://x/>; rel=next",  # unbalanced >
    "<a<b>; rel=next",
    "<<a>>; rel=next",
    "<a b>; rel=next",
    "<a>",  # no rel
    "<a>; title=x",  # no rel
    '<a>; rel=""',  # empty rel
    "<a>; rel=",
    "<a>; rel",
    '<a>; rel="next',  # unterminated quote
    '<a>; rel="ne\x01xt"',
    "<a>; =next",
    "<a> rel=next",
    "<a>; rel=next <b>; rel=prev",
    "<a>; rel=next; title=a b",
    "<a>; rel=next, x",
    '<a>; rel="next\\',
]


@pytest.mark.parametrize("value", MALFORMED_LINKS)
def test_malformed_link_header_is_refused(value: str) -> None:
    with pytest.raises(LinkHeaderError):
        parse_link_header(value)


def test_link_header_over_the_size_limit_is_refused_without_parsing() -> None:
    value = "<https://x/?offset=1>; rel=next, " * 3500  # ~100 KB
    started = time.perf_counter()
    with pytest.raises(LinkHeaderError):
        parse_link_header(value)
    assert time.perf_counter() - started < 0.05


@pytest.mark.parametrize(
    "value",
    [
        "<a>; rel=next" + "; p=v" * ((MAX_LINK_HEADER_LENGTH - 20) // 5),
        '<a>; rel=next; title="' + '\\"' * ((MAX_LINK_HEADER_LENGTH - 30) // 2) + '"',
        "," * MAX_LINK_HEADER_LENGTH,
        "<a>; rel=next, " * (MAX_LINK_HEADER_LENGTH // 16),
        "<" * MAX_LINK_HEADER_LENGTH,
        "<" + "a" * (MAX_LINK_HEADER_LENGTH - 1),
        '<a>; rel="' + "x" * (MAX_LINK_HEADER_LENGTH - 10),
        "<a>; " + ";" * (MAX_LINK_HEADER_LENGTH - 5),
    ],
)
def test_hostile_link_header_at_the_size_limit_is_handled_in_linear_time(value: str) -> None:
    assert len(value) <= MAX_LINK_HEADER_LENGTH
    started = time.perf_counter()
    with contextlib.suppress(LinkHeaderError):
        parse_link_header(value)
    assert time.perf_counter() - started < 0.5


def test_link_has_rel_is_case_insensitive() -> None:
    (link,) = parse_link_header('<a>; rel="Prev NEXT"')
    assert link.has_rel("next")
    assert link.has_rel("Next")
    assert not link.has_rel("last")


def test_format_link_writes_the_ocpi_form() -> None:
    assert format_link(f"{BASE}?offset=1") == f'<{BASE}?offset=1>; rel="next"'
    assert format_link("/a", ["next", "last"], params=[("title", 'x"y')]) == (
        '</a>; rel="next last"; title="x\\"y"'
    )


@pytest.mark.parametrize(
    ("target", "rel", "params"),
    [
        ("a b", "next", ()),
        ("a>b", "next", ()),
        ("a<b", "next", ()),
        ("a\r\nSet-Cookie: x", "next", ()),
        ("a", "", ()),
        ("a", "next", (("bad name", "x"),)),
        ("a", "next", (("rel", "x"),)),
        ("a", "next", (("title", "x\r\ny"),)),
        ("a", "next", (("title", "\u20ac"),)),
    ],
)
def test_format_link_refuses_what_cannot_be_written(
    target: str, rel: str, params: tuple[tuple[str, str], ...]
) -> None:
    with pytest.raises(LinkHeaderError):
        format_link(target, rel, params=params)


link_targets = st.text(
    alphabet=st.characters(min_codepoint=0x21, max_codepoint=0x7E, exclude_characters="<>"),
    max_size=60,
)
link_rels = st.lists(
    st.text(alphabet=st.characters(min_codepoint=0x21, max_codepoint=0x7E), min_size=1,
            max_size=12),
    min_size=1, max_size=3,
)  # fmt: skip
link_params = st.lists(
    st.tuples(
        st.from_regex(r"[a-z0-9!#$%&'*+.^_`|~-]{1,8}\*?", fullmatch=True).filter(
            lambda name: name != "rel"
        ),
        st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0xFF,
                                       exclude_characters="\x7f"), max_size=20),
    ),
    max_size=3,
)  # fmt: skip


@given(st.lists(st.tuples(link_targets, link_rels, link_params), min_size=1, max_size=4))
def test_formatted_links_read_back(
    links: list[tuple[str, list[str], list[tuple[str, str]]]],
) -> None:
    value = ", ".join(format_link(t, rels, params=params) for t, rels, params in links)
    expected = [
        Link(target=t, rel=tuple(r.lower() for r in rels), params=tuple(params))
        for t, rels, params in links
    ]
    assert parse_link_header(value) == expected


@given(st.text(max_size=200))
def test_link_parser_raises_nothing_but_link_header_error(value: str) -> None:
    try:
        links = parse_link_header(value)
    except LinkHeaderError:
        return
    assert all(link.rel for link in links)


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


# -- server and crawler against each other -------------------------------------------------


class Server:
    """A list endpoint built on PageRequest.answer, over a mutable list of objects."""

    def __init__(self, base_url: str, objects: list[int], max_limit: int, default_limit: int):
        self.base_url = base_url
        self.objects = objects
        self.max_limit = max_limit
        self.default_limit = default_limit
        self.requests: list[PageRequest] = []

    def get(self, url: str) -> tuple[Headers, list[int], PageAnswer]:
        assert url == self.base_url or url.startswith(self.base_url + "?")
        request = PageRequest.from_query(url[len(self.base_url) + 1 :])
        self.requests.append(request)
        page = request.answer(
            total=len(self.objects),
            max_limit=self.max_limit,
            default_limit=self.default_limit,
            base_url=self.base_url,
        )
        return page.headers(), self.objects[page.offset : page.stop], page


base_urls = st.builds(
    lambda scheme, host, segments, slash: f"{scheme}://{host}/{'/'.join(segments)}{slash}",
    st.sampled_from(["https", "http"]),
    st.sampled_from(["www.server.com", "127.0.0.1:8080", "[::1]:9443", "ocpi.example.org"]),
    st.lists(st.from_regex(r"[A-Za-z0-9._~-]{1,8}|%2F", fullmatch=True), max_size=4),
    st.sampled_from(["", "/"]),
)
text_no_surrogates = st.text(st.characters(exclude_categories=["Cs"]), max_size=8)
extras = st.lists(
    st.tuples(text_no_surrogates.filter(lambda n: n != "" and n not in PAGINATION_PARAMETERS),
              text_no_surrogates),
    max_size=3,
)  # fmt: skip
utc_datetimes = st.none() | st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC)
)


def crawl_against(
    server: Server,
    crawler: Crawler[int],
    between_pages: Callable[[int], None] = lambda _: None,
) -> tuple[list[int], list[tuple[PageResult[int], PageAnswer, Headers]]]:
    yielded: list[int] = []
    log = []
    while (url := crawler.next_url()) is not None:
        head, items, page = server.get(url)
        result = crawler.receive(url, head, items)
        yielded.extend(result.items)
        log.append((result, page, head))
        assert len(log) <= 5000, "the crawl does not end"
        between_pages(len(log))
    return yielded, log


@given(
    total=st.integers(0, 2000),
    asked=st.none() | st.integers(1, 3000),
    max_limit=st.integers(1, 300),
    default_fraction=st.floats(0, 1),
    base_url=base_urls,
    extra=extras,
    date_from=utc_datetimes,
    date_to=utc_datetimes,
)
@example(
    total=0,
    asked=None,
    max_limit=1,
    default_fraction=0,
    base_url=BASE,
    extra=[],
    date_from=None,
    date_to=None,
)
@example(
    total=100,
    asked=10,
    max_limit=50,
    default_fraction=0,
    base_url=BASE,
    extra=[],
    date_from=None,
    date_to=None,
)  # total a multiple of the limit
@example(
    total=101,
    asked=None,
    max_limit=50,
    default_fraction=0.5,
    base_url=BASE,
    extra=[("q", "a&b=c+d %25#\u20ac"), ("q", "")],
    date_from=utc(2016, 1, 1),
    date_to=utc(2016, 12, 31, 23, 59, 59, 999999),
)
@example(
    total=7,
    asked=2000,
    max_limit=3,
    default_fraction=1,
    base_url="http://[::1]:9443/",
    extra=[("Offset", "1")],
    date_from=utc(2017, 1, 1),
    date_to=utc(2016, 1, 1),
)
@example(
    total=2000,
    asked=1,
    max_limit=1,
    default_fraction=1,
    base_url=BASE,
    extra=[],
    date_from=None,
    date_to=None,
)
def test_crawler_visits_every_object_of_the_server_once_in_order(
    total: int,
    asked: int | None,
    max_limit: int,
    default_fraction: float,
    base_url: str,
    extra: list[tuple[str, str]],
    date_from: datetime | None,
    date_to: datetime | None,
) -> None:
    default_limit = max(1, round(default_fraction * max_limit))
    applied = min(asked or default_limit, max_limit)
    assume(total / applied <= 2000)
    server = Server(base_url, list(range(total)), max_limit, default_limit)
    query = "&".join(f"{quote(n, safe='')}={quote(v, safe='')}" for n, v in extra)
    start = f"{base_url}?{query}" if extra else base_url
    crawler: Crawler[int] = Crawler(start, lambda n: n, limit=asked, date_from=date_from,
                                    date_to=date_to)  # fmt: skip
    yielded, log = crawl_against(server, crawler)

    assert yielded == list(range(total))
    assert crawler.outcome is CrawlOutcome.COMPLETE
    assert crawler.duplicates == 0
    assert len(log) == max(1, -(-total // applied))
    for result, page, head in log:
        assert result.warnings == ()
        assert int(dict(head)["X-Limit"]) == page.limit == applied <= max_limit
        assert result.total == total
    for request in server.requests:  # every link kept the filters
        assert (request.date_from, request.date_to) == (date_from, date_to)
        assert request.extra == tuple(extra)
    for request in server.requests[1:]:
        assert request.limit == applied


@given(
    total=st.integers(0, 300),
    asked=st.integers(1, 40),
    deletions=st.lists(st.lists(st.integers(0, 10**6), max_size=5), max_size=40),
)
@example(total=6, asked=2, deletions=[[1]])  # the spec's one object leaving the filter
@example(total=10, asked=2, deletions=[[0, 0, 0, 0], [0]])  # more than a page before us
@example(total=10, asked=3, deletions=[[], [9, 8, 7, 6]])  # all after us
@example(total=4, asked=1, deletions=[[0], [0], [0], [0]])  # everything goes
def test_objects_deleted_between_pages_are_never_yielded_twice_and_the_crawl_ends(
    total: int, asked: int, deletions: list[list[int]]
) -> None:
    objects = list(range(total))
    deleted: set[int] = set()
    server = Server(BASE, objects, max_limit=50, default_limit=10)

    def delete(page_number: int) -> None:
        if page_number <= len(deletions):
            for index in deletions[page_number - 1]:
                if objects:
                    deleted.add(objects.pop(index % len(objects)))

    crawler: Crawler[int] = Crawler(BASE, lambda n: n, limit=asked)
    yielded, _ = crawl_against(server, crawler, delete)
    assert len(yielded) == len(set(yielded))
    assert crawler.outcome is CrawlOutcome.COMPLETE
    # the re-reads after each shrink make sure no surviving object was skipped
    assert set(range(total)) - deleted <= set(yielded)
    assert crawler.items_seen == len(yielded)


@given(
    total=st.integers(0, 200),
    asked=st.integers(1, 20),
    inserts=st.lists(st.integers(0, 5), max_size=30),
)
def test_objects_created_during_the_crawl_need_no_recrawl(
    total: int, asked: int, inserts: list[int]
) -> None:
    objects = list(range(total))
    server = Server(BASE, objects, max_limit=50, default_limit=10)
    counter = iter(range(total, 10**6))
    crawler: Crawler[int] = Crawler(BASE, lambda n: n, limit=asked)

    def create(page_number: int) -> None:
        if page_number <= len(inserts) and not crawler.done:
            objects.extend(next(counter) for _ in range(inserts[page_number - 1]))

    yielded, _ = crawl_against(server, crawler, create)
    # oldest first: new objects only lengthen the last pages, and all are reached
    assert yielded == objects
    assert crawler.outcome is CrawlOutcome.COMPLETE


@given(st.integers(0, 60), st.integers(1, 7), st.integers(0, 20))
def test_crawl_resumed_from_a_json_position_finishes_the_same(
    total: int, asked: int, stop_after: int
) -> None:
    server = Server(BASE, list(range(total)), max_limit=50, default_limit=10)
    crawler: Crawler[int] = Crawler(BASE, lambda n: n, limit=asked)
    yielded: list[int] = []
    for _ in range(stop_after):
        url = crawler.next_url()
        if url is None:
            break
        head, items, _ = server.get(url)
        yielded.extend(crawler.receive(url, head, items).items)
    saved = json.dumps(attrs.asdict(crawler.position))
    resumed: Crawler[int] = Crawler.resume(CrawlPosition.from_dict(json.loads(saved)), lambda n: n)
    rest, _ = crawl_against(server, resumed)
    assert yielded + rest == list(range(total))
    assert resumed.outcome is CrawlOutcome.COMPLETE
