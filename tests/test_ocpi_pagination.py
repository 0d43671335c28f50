"""OCPI pagination, server side: the query a list GET carries and the headers of its answer,
tested row by row; then a server built on them and the crawler, tested against each other.
"""

import json
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta, timezone
from urllib.parse import quote, unquote_plus

import attrs
import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from ocpkit._ocpi_base import OCPI_DATETIME_MAX_LENGTH, format_ocpi_datetime, parse_ocpi_datetime
from ocpkit.ocpi.pagination import (
    MAX_QUERY_PARAMETERS,
    PAGINATION_PARAMETERS,
    Crawler,
    CrawlOutcome,
    CrawlPosition,
    PageAnswer,
    PageRequest,
    PageResult,
    PaginationError,
    PaginationUsageError,
    QueryParameterError,
    QueryProblem,
    format_datetime,
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
    # over string(25), though a real time: the fraction is too long for an OCPI DateTime
    ("date_from=2016-01-01T00:00:00.12345Z", "date_from", QueryProblem.BAD_DATETIME),
    ("date_from=2016-01-01T00:00:00.123456", "date_from", QueryProblem.BAD_DATETIME),
    # rounded up to the millisecond it would be in year 10000: no link could carry it
    ("date_to=9999-12-31T23:59:59.9999Z", "date_to", QueryProblem.BAD_DATETIME),
    ("date_to=" + "2" * 1000, "date_to", QueryProblem.BAD_DATETIME),
    ("date_from=2016-01-01T00:00:00%2B01:00", "date_from", QueryProblem.NOT_UTC),
    ("date_from=2016-01-01T00:00:00+01:00", "date_from", QueryProblem.NOT_UTC),
    ("date_from=2016-01-01T00:00:00%2B00:00", "date_from", QueryProblem.NOT_UTC),
    ("date_to=2016-01-01T00:00:00.5-0500", "date_to", QueryProblem.NOT_UTC),
    # an offset is the problem to report, even on a text too long for a DateTime anyway
    ("date_to=2016-01-01T00:00:00.123456789+00:00", "date_to", QueryProblem.NOT_UTC),
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
    # 25 characters, the most an OCPI DateTime has; bounds move outwards to the millisecond
    ("date_from=2016-01-01T00:00:00.1239Z",
     PageRequest(date_from=utc(2016, 1, 1, 0, 0, 0, 123000))),
    ("date_to=2016-01-01T00:00:00.12301", PageRequest(date_to=utc(2016, 1, 1, 0, 0, 0, 124000))),
    ("date_to=9999-12-31T23:59:59.999Z",
     PageRequest(date_to=utc(9999, 12, 31, 23, 59, 59, 999000))),
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


@pytest.mark.parametrize(
    "text",
    [
        "2016-01-01T00:00:00.12345Z",
        "2016-01-01T00:00:00.123456",
        "2016-01-01T00:00:00.123456Z",
        "2016-01-01T00:00:00.0000001Z",
        "2016-01-01T23:59:59.999999999",
    ],
)
def test_query_date_over_25_characters_is_refused(text: str) -> None:
    assert len(text) > OCPI_DATETIME_MAX_LENGTH == 25
    with pytest.raises(QueryParameterError) as caught:
        parse_datetime(text, "date_from")
    assert (caught.value.parameter, caught.value.problem) == (
        "date_from",
        QueryProblem.BAD_DATETIME,
    )


def test_query_date_of_25_characters_is_read_to_the_microsecond() -> None:
    assert parse_datetime("2016-01-01T00:00:00.1234Z") == utc(2016, 1, 1, 0, 0, 0, 123400)
    assert parse_datetime("2016-01-01T00:00:00.12345") == utc(2016, 1, 1, 0, 0, 0, 123450)


datetime_like_texts = st.from_regex(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}"
    r"(\.[0-9]{0,9})?(Z|[+ -][0-9]{2}:?[0-9]{2})?",
    fullmatch=True,
)


@given(datetime_like_texts | st.text(max_size=30))
@example("2016-01-01T00:00:00.1234Z")
@example("2016-01-01T00:00:00.12345Z")
@example("2016-01-01T00:00:00.12345")
@example("2016-01-01T00:00:00.123456")
@example("2016-02-29T00:00:00Z")
@example("2015-02-29T00:00:00Z")
@example("0000-01-01T00:00:00Z")
@example("2016-01-01T00:00:00Z\n")
def test_query_date_is_read_exactly_as_ocpkit_models_read_a_datetime(text: str) -> None:
    try:
        expected = parse_ocpi_datetime(text)
    except ValueError:
        with pytest.raises(QueryParameterError) as caught:
            parse_datetime(text)
        assert caught.value.problem in (QueryProblem.BAD_DATETIME, QueryProblem.NOT_UTC)
    else:
        assert parse_datetime(text) == expected
        assert expected.tzinfo is UTC


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


MS = timedelta(milliseconds=1)


@given(aware_datetimes)
@example(utc(2016, 1, 1, 0, 0, 0, 123000))
@example(utc(2016, 1, 1, 0, 0, 0, 123456))
@example(utc(2016, 1, 1, 23, 59, 59, 999001))
@example(utc(1, 1, 1))
def test_written_datetime_is_the_one_ocpkit_models_write(value: datetime) -> None:
    text = format_datetime(value)
    assert text == format_ocpi_datetime(value)
    assert text.endswith("Z")
    assert len(text) <= OCPI_DATETIME_MAX_LENGTH
    assert timedelta(0) <= value - parse_ocpi_datetime(text) < MS  # truncated to the ms


@given(aware_datetimes)
@example(utc(2016, 1, 1, 0, 0, 0, 123000))
@example(utc(2016, 1, 1, 0, 0, 0, 123001))
@example(utc(2016, 1, 1, 23, 59, 59, 999001))
@example(utc(9998, 12, 31, 23, 59, 59, 999999))
def test_written_exclusive_bound_is_rounded_up_to_the_millisecond(value: datetime) -> None:
    text = format_datetime(value, exclusive=True)
    assert text.endswith("Z")
    assert len(text) <= OCPI_DATETIME_MAX_LENGTH
    read = parse_ocpi_datetime(text)
    assert timedelta(0) <= read - value < MS
    assert read.microsecond % 1000 == 0


def test_datetime_is_written_with_z_and_milliseconds_only_when_not_zero() -> None:
    assert format_datetime(utc(2016, 1, 1)) == "2016-01-01T00:00:00Z"
    assert format_datetime(utc(2016, 1, 1, 0, 0, 0, 200000)) == "2016-01-01T00:00:00.200Z"
    assert format_datetime(utc(2016, 1, 1, 0, 0, 0, 5)) == "2016-01-01T00:00:00Z"
    assert format_datetime(utc(2016, 1, 1, 0, 0, 0, 5), exclusive=True) == (
        "2016-01-01T00:00:00.001Z"
    )
    assert format_datetime(utc(2016, 1, 1, 0, 0, 0, 123456)) == "2016-01-01T00:00:00.123Z"
    assert format_datetime(utc(2016, 1, 1, 0, 0, 0, 123456), exclusive=True) == (
        "2016-01-01T00:00:00.124Z"
    )
    assert format_datetime(utc(2016, 12, 31, 23, 59, 59, 999999), exclusive=True) == (
        "2017-01-01T00:00:00Z"
    )
    assert format_datetime(utc(33, 1, 1)) == "0033-01-01T00:00:00Z"


@pytest.mark.parametrize(
    ("value", "exclusive"),
    [
        (datetime(2016, 1, 1), False),  # naive
        (datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=1))), False),  # before year 1 in UTC
        (datetime.max.replace(tzinfo=UTC), True),  # rounded up past year 9999
    ],
)
def test_datetime_that_cannot_be_written_is_a_usage_error(value: datetime, exclusive: bool) -> None:
    with pytest.raises(PaginationUsageError):
        format_datetime(value, exclusive=exclusive)
    with pytest.raises(PaginationUsageError):
        PageRequest(**{"date_to" if exclusive else "date_from": value})  # type: ignore[arg-type]


def test_page_request_holds_its_window_at_millisecond_precision_widened_outwards() -> None:
    request = PageRequest(
        date_from=utc(2016, 1, 1, 0, 0, 0, 123999), date_to=utc(2016, 1, 2, 0, 0, 0, 456001)
    )
    assert request.date_from == utc(2016, 1, 1, 0, 0, 0, 123000)
    assert request.date_to == utc(2016, 1, 2, 0, 0, 0, 457000)


def test_window_inside_one_millisecond_widens_to_that_millisecond() -> None:
    # the price of writing bounds to the millisecond: never narrower, so not empty either
    request = PageRequest(
        date_from=utc(2016, 1, 1, 0, 0, 0, 123900), date_to=utc(2016, 1, 1, 0, 0, 0, 123100)
    )
    assert (request.date_from, request.date_to) == (
        utc(2016, 1, 1, 0, 0, 0, 123000),
        utc(2016, 1, 1, 0, 0, 0, 124000),
    )
    assert not request.empty_range


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


def test_next_link_writes_date_to_rounded_up_to_the_millisecond() -> None:
    page = answer("date_to=2019-01-29T12:00:00.1231Z", 1000)
    assert page.next_url == f"{BASE}?offset=50&limit=50&date_to=2019-01-29T12:00:00.124Z"
    page = PageRequest(date_to=utc(2019, 1, 29, 12, 0, 0, 999999)).answer(
        total=1000, max_limit=100, default_limit=50, base_url=BASE
    )
    assert page.next_url == f"{BASE}?offset=50&limit=50&date_to=2019-01-29T12:00:01Z"


def test_next_link_writes_date_from_truncated_to_the_millisecond() -> None:
    page = answer("date_from=2019-01-28T12:00:00.1239Z", 1000)
    assert page.next_url == f"{BASE}?offset=50&limit=50&date_from=2019-01-28T12:00:00.123Z"


def test_first_page_filters_the_window_its_next_link_carries() -> None:
    request = PageRequest.from_query(
        "date_from=2019-01-28T12:00:00.1239&date_to=2019-01-28T12:00:00.5001"
    )
    page = request.answer(total=10, max_limit=5, default_limit=5, base_url=BASE)
    assert page.next_url is not None
    again = PageRequest.from_query(page.next_url.partition("?")[2])
    assert (again.date_from, again.date_to) == (request.date_from, request.date_to)
    assert (request.date_from, request.date_to) == (
        utc(2019, 1, 28, 12, 0, 0, 123000),
        utc(2019, 1, 28, 12, 0, 0, 501000),
    )


@given(date_from=st.none() | aware_datetimes, date_to=st.none() | aware_datetimes)
@example(date_from=utc(2016, 1, 1, 0, 0, 0, 123456), date_to=utc(2016, 1, 1, 0, 0, 0, 123456))
@example(date_from=utc(1, 1, 1), date_to=utc(9998, 12, 31, 23, 59, 59, 999999))
def test_next_link_dates_are_ocpi_datetimes_that_read_back_as_the_request(
    date_from: datetime | None, date_to: datetime | None
) -> None:
    request = PageRequest(date_from=date_from, date_to=date_to)
    page = request.answer(total=2, max_limit=1, default_limit=1, base_url=BASE)
    assert page.next_url is not None
    written = dict(pair.split("=") for pair in page.next_url.partition("?")[2].split("&"))
    for name, value in (("date_from", request.date_from), ("date_to", request.date_to)):
        if value is None:
            assert name not in written
        else:
            assert len(written[name]) <= OCPI_DATETIME_MAX_LENGTH
            assert parse_ocpi_datetime(written[name]) == value
            assert written[name] == format_ocpi_datetime(value)
    again = PageRequest.from_query(page.next_url.partition("?")[2])
    assert (again.date_from, again.date_to) == (request.date_from, request.date_to)


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


# -- server and crawler against each other -------------------------------------------------


class Server:
    """A list endpoint built on PageRequest.answer, over a mutable list of objects."""

    def __init__(
        self,
        base_url: str,
        objects: list[int],
        max_limit: int,
        default_limit: int,
        last_updated: Sequence[datetime] | None = None,
    ):
        self.base_url = base_url
        self.objects = objects
        self.max_limit = max_limit
        self.default_limit = default_limit
        self.last_updated = last_updated  # object n's last_updated; None: no date filtering
        self.requests: list[PageRequest] = []

    def get(self, url: str) -> tuple[Headers, list[int], PageAnswer]:
        assert url == self.base_url or url.startswith(self.base_url + "?")
        request = PageRequest.from_query(url[len(self.base_url) + 1 :])
        self.requests.append(request)
        matching = self.objects
        if self.last_updated is not None:
            stamps = self.last_updated
            matching = [
                n
                for n in self.objects
                if (request.date_from is None or request.date_from <= stamps[n])
                and (request.date_to is None or stamps[n] < request.date_to)
            ]
        page = request.answer(
            total=len(matching),
            max_limit=self.max_limit,
            default_limit=self.default_limit,
            base_url=self.base_url,
        )
        return page.headers(), matching[page.offset : page.stop], page


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


def floor_ms(value: datetime) -> datetime:
    return value - timedelta(microseconds=value.microsecond % 1000)


def ceil_ms(value: datetime) -> datetime:
    return floor_ms(value) + (MS if value.microsecond % 1000 else timedelta(0))


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
    date_from=utc(2016, 1, 1, 0, 0, 0, 123456),
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
    # every link kept the filters, each bound moved outwards to the millisecond
    written_from = None if date_from is None else floor_ms(date_from)
    written_to = None if date_to is None else ceil_ms(date_to)
    for request in server.requests:
        assert (request.date_from, request.date_to) == (written_from, written_to)
        assert request.extra == tuple(extra)
    for request in server.requests[1:]:
        assert request.limit == applied


T0 = utc(2024, 1, 31, 12)
micros = st.integers(0, 4000)  # last_updated and bounds within 4 ms: bounds fall among objects


@given(
    stamps=st.lists(micros, max_size=40),
    date_from=st.none() | micros,
    date_to=st.none() | micros,
    asked=st.integers(1, 7),
)
# truncating date_to to 1000 would lose the objects at 1000 and 1499 the caller asked for
@example(stamps=[999, 1000, 1499, 1500, 1999, 2000], date_from=None, date_to=1500, asked=1)
@example(stamps=[999, 1000, 1499, 1500, 2000], date_from=1500, date_to=None, asked=2)
@example(stamps=[999, 1000, 1001, 1999, 2000], date_from=1001, date_to=1999, asked=1)
@example(stamps=[1000, 1200, 1500, 1999], date_from=1600, date_to=1400, asked=1)
@example(stamps=[0, 4000], date_from=0, date_to=4000, asked=1)
def test_crawl_under_a_date_window_yields_every_object_in_it_once(
    stamps: list[int], date_from: int | None, date_to: int | None, asked: int
) -> None:
    def at(us: int | None) -> datetime | None:
        return None if us is None else T0 + timedelta(microseconds=us)

    def inside(stamp: int, low: int | None, high: int | None) -> bool:
        return (low is None or low <= stamp) and (high is None or stamp < high)

    server = Server(BASE, list(range(len(stamps))), max_limit=50, default_limit=10,
                    last_updated=[T0 + timedelta(microseconds=us) for us in stamps])  # fmt: skip
    crawler: Crawler[int] = Crawler(
        BASE, lambda n: n, limit=asked, date_from=at(date_from), date_to=at(date_to)
    )
    yielded, _ = crawl_against(server, crawler)

    # the window written: date_from truncated, the exclusive date_to rounded up, to the ms
    low = None if date_from is None else date_from // 1000 * 1000
    high = None if date_to is None else -(-date_to // 1000) * 1000
    assert all((r.date_from, r.date_to) == (at(low), at(high)) for r in server.requests)
    # every page filtered the same window, so each object in it came exactly once, in order
    assert yielded == [n for n, stamp in enumerate(stamps) if inside(stamp, low, high)]
    # and nothing the caller asked for was lost to the rounding
    asked_for = {n for n, stamp in enumerate(stamps) if inside(stamp, date_from, date_to)}
    assert asked_for <= set(yielded)
    assert crawler.outcome is CrawlOutcome.COMPLETE
    assert crawler.duplicates == 0


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
