"""OCPI pagination, both sides, sans-IO: the query a list GET carries, the headers its answer
carries, the RFC 8288 ``Link`` header, and a crawler that walks the pages of a peer's list.

Facts (chapter "Transport and format", sections "Pagination", "Paginated Request", "Paginated
Response"; the same in 2.1.1, 2.2.1 and 2.3.0 except where noted):

* query parameters ``offset`` (default 0), ``limit``, and from 2.2.1 on ``date_from``
  (inclusive) and ``date_to`` (exclusive), both OCPI DateTimes, filtering on ``last_updated``
  (2.1.1 has the same two filters in each module's chapter);
* the server may serve fewer objects than asked, e.g. because it caps ``limit``; its example
  answers ``limit=2000`` with 100 objects, ``X-Limit: 100`` and a next link with ``limit=100``;
* answer headers: ``Link: <url>; rel="next"`` on every page but the last, keeping the request's
  filters; ``X-Total-Count``, the objects matching the filters (``offset``/``limit`` aside);
  ``X-Limit``, the most objects this answer could hold (2.1.1 words it as the number returned,
  2.2.1 on as the upper limit; the value written here, the limit applied, satisfies both);
* while a client crawls, objects may appear (the total grows: nothing to do, the last page just
  differs) or leave the filter (the total shrinks: the spec advises repeating the last request
  with ``offset`` lowered, then carrying on along the links).

Server side: :meth:`PageRequest.from_query` reads the query; :meth:`PageRequest.answer` gives the
slice to serve and the headers (:class:`PageAnswer`).

Dates are read and written by ocpkit's one set of OCPI DateTime rules (as its models do): read
with ``Z`` or no designator, at most 25 characters; written with ``Z`` and at most milliseconds.
A window bound with finer digits moves outwards to the millisecond, both when read from a query
and when given to :class:`PageRequest` or :class:`Crawler`: ``date_from`` (inclusive) truncated,
``date_to`` (exclusive) rounded up. The window is then at most a millisecond wider than asked,
never narrower, and the same on every page of a walk.

+-------------------------------------------+----------------------------------------------------+
| query input                               | result                                             |
+===========================================+====================================================+
| ``offset``/``limit`` not ASCII digits     | :class:`QueryParameterError` ``NOT_AN_INTEGER``    |
| (sign, space, empty, ``1e3``)             |                                                    |
+-------------------------------------------+----------------------------------------------------+
| more than 18 digits                       | ``TOO_LONG``                                       |
+-------------------------------------------+----------------------------------------------------+
| ``limit=0``                               | ``OUT_OF_RANGE`` (a next link could not advance)   |
+-------------------------------------------+----------------------------------------------------+
| date not an OCPI DateTime:                | ``BAD_DATETIME``                                   |
| ``YYYY-MM-DDTHH:MM:SS[.f][Z]``, at most   |                                                    |
| 25 characters, a real date and time       |                                                    |
+-------------------------------------------+----------------------------------------------------+
| ``date_to`` after 9999-12-31T23:59:59.999 | ``BAD_DATETIME``: rounded up to the millisecond    |
|                                           | (above), no DateTime could carry it                |
+-------------------------------------------+----------------------------------------------------+
| date with an offset (``+01:00``,          | ``NOT_UTC``: OCPI DateTimes are UTC by definition; |
| ``+00:00``, or ``+`` read as a space)     | the types chapter says ``+00:00`` is not UTC       |
+-------------------------------------------+----------------------------------------------------+
| ``offset``, ``limit``, ``date_from`` or   | ``REPEATED``: frameworks disagree on first vs      |
| ``date_to`` given twice                   | last, so a proxy and the app could differ          |
+-------------------------------------------+----------------------------------------------------+
| more than 100 parameters                  | ``TOO_MANY``                                       |
+-------------------------------------------+----------------------------------------------------+
| not UTF-8 after percent-decoding          | ``BAD_ENCODING``                                   |
+-------------------------------------------+----------------------------------------------------+
| ``date_from`` at or after ``date_to``     | not an error: an empty range                       |
|                                           | (:attr:`PageRequest.empty_range`)                  |
+-------------------------------------------+----------------------------------------------------+
| any other parameter                       | kept, in order, and put back into the next link    |
+-------------------------------------------+----------------------------------------------------+

Every :class:`QueryParameterError` is an OCPI 2001 (invalid or missing parameters) that a handler
can raise as it is; its message names the parameter and never quotes the value.

Client side: :class:`Crawler` says which URL to fetch next and consumes each page. It ends with a
:class:`CrawlOutcome`; what it noticed on the way comes as :class:`CrawlWarning` values.

+----------------------------------------------+-------------------------------------------------+
| what the crawler meets                       | what it does                                    |
+==============================================+=================================================+
| no ``rel="next"`` link                       | ends: ``COMPLETE`` (warns ``MISSING_LINK`` when |
|                                              | X-Total-Count says objects remain)              |
+----------------------------------------------+-------------------------------------------------+
| next link already fetched in this pass       | ends: ``LINK_LOOP``                             |
+----------------------------------------------+-------------------------------------------------+
| same keys and same total as an earlier page  | ends: ``REPEATED_PAGE``                         |
| of this pass                                 |                                                 |
+----------------------------------------------+-------------------------------------------------+
| ``Link`` header not RFC 8288                 | ends: ``MALFORMED_LINK``                        |
+----------------------------------------------+-------------------------------------------------+
| next link to another scheme, host or port    | ends: ``FOREIGN_LINK`` (the adapter would send  |
|                                              | the OCPI token there)                           |
+----------------------------------------------+-------------------------------------------------+
| ``max_pages`` reached                        | ends: ``PAGE_LIMIT``                            |
+----------------------------------------------+-------------------------------------------------+
| X-Total-Count lower than on the page before  | re-reads this page's URL with ``offset``        |
|                                              | lowered by the drop, then follows links from    |
|                                              | there (a new pass); warns ``TOTAL_SHRANK``.     |
|                                              | Only with a numeric ``offset`` in the URL, and  |
|                                              | only below the last re-read's total             |
+----------------------------------------------+-------------------------------------------------+
| items already yielded                        | dropped and counted (``duplicates``)            |
+----------------------------------------------+-------------------------------------------------+
| X-Total-Count / X-Limit not an integer       | ignored, warns ``BAD_TOTAL_COUNT`` /            |
|                                              | ``BAD_LIMIT``                                   |
+----------------------------------------------+-------------------------------------------------+
| more items than X-Limit                      | kept, warns ``OVER_LIMIT``                      |
+----------------------------------------------+-------------------------------------------------+
| several different ``rel="next"`` links       | follows the first, warns ``AMBIGUOUS_NEXT``     |
+----------------------------------------------+-------------------------------------------------+
"""

from ._crawler import (
    Crawler,
    CrawlOutcome,
    CrawlPosition,
    CrawlWarning,
    CrawlWarningKind,
    PageResult,
)
from ._dates import format_datetime, parse_datetime
from ._errors import (
    MAX_INTEGER_DIGITS,
    MAX_QUERY_PARAMETERS,
    LinkHeaderError,
    PaginationError,
    PaginationUsageError,
    QueryParameterError,
    QueryProblem,
)
from ._link import MAX_LINK_HEADER_LENGTH, Link, format_link, parse_link_header
from ._page import PAGINATION_PARAMETERS, PageAnswer, PageRequest

__all__ = [
    "MAX_INTEGER_DIGITS",
    "MAX_LINK_HEADER_LENGTH",
    "MAX_QUERY_PARAMETERS",
    "PAGINATION_PARAMETERS",
    "CrawlOutcome",
    "CrawlPosition",
    "CrawlWarning",
    "CrawlWarningKind",
    "Crawler",
    "Link",
    "LinkHeaderError",
    "PageAnswer",
    "PageRequest",
    "PageResult",
    "PaginationError",
    "PaginationUsageError",
    "QueryParameterError",
    "QueryProblem",
    "format_datetime",
    "format_link",
    "parse_datetime",
    "parse_link_header",
]
