"""Paginated list replies (:func:`paginated_response`): the query read by
:meth:`~ocpkit.ocpi.pagination.PageRequest.from_query`, the page asked of a
:class:`PageSource`, the headers from :meth:`~ocpkit.ocpi.pagination.PageRequest.answer`.

The items are encoded in one go and spliced into the envelope: the wire dicts of typed items
written by one ``orjson.dumps`` (``ocpkit._ocpi_wire``), or, for items the source already holds
as JSON text, a join of their bytes.
"""

from collections.abc import Sequence
from datetime import datetime
from typing import Any, Final, Generic, Protocol, TypeVar
from urllib.parse import quote

import attrs
from starlette.requests import Request

from ocpkit._ocpi_base import OcpiModel
from ocpkit._ocpi_wire import wire_list_json
from ocpkit.ocpi.envelope import success
from ocpkit.ocpi.pagination import (
    PageAnswer,
    PageRequest,
    PaginationUsageError,
    QueryParameterError,
    QueryProblem,
)
from ocpkit.ocpi.status import OcpiClientError
from ocpkit.ocpi.version import OcpiVersion

from ._errors import PageSourceError
from ._replies import OcpiJSONResponse
from ._settings import DEFAULT_SETTINGS, OcpiSettings
from ._state import record_of

__all__ = ["PageSlice", "PageSource", "PageWindow", "paginated_response"]

M = TypeVar("M", bound=OcpiModel)

# What a path may hold unencoded in a Link target (RFC 3986 pchar and '/').
_PATH_SAFE: Final = "/:@!$&'()*+,;=-._~"


@attrs.frozen(kw_only=True)
class PageWindow:
    """What a page source is asked for: the objects ``[offset, offset + limit)`` of those whose
    ``last_updated`` lies in ``[date_from, date_to)`` (``None``: unbounded), in a stable order
    (oldest first, as the spec advises), and the request's other query parameters (``extra``,
    e.g. a module's own filters), which the next link keeps.

    ``limit`` is the limit applied (the client's, capped by the server's maximum, or the
    server's default), never above the server's maximum.
    """

    offset: int
    limit: int
    date_from: datetime | None = None
    date_to: datetime | None = None
    extra: tuple[tuple[str, str], ...] = ()


def _encoded_items(value: Sequence[bytes]) -> tuple[bytes, ...]:
    return tuple(value)


@attrs.frozen
class PageSlice(Generic[M]):
    """A page source's answer: ``total`` (how many objects match the window's filters, offset
    and limit aside: ``X-Total-Count``) and the page's objects, at most the window's ``limit``.

    Give ``items`` as model objects, or use :meth:`encoded` with each object's JSON text
    already made (a cache, a JSON column): it is sent as it is, unchecked.
    """

    total: int
    items: Sequence[M] = ()
    encoded_items: tuple[bytes, ...] | None = attrs.field(
        default=None, converter=attrs.converters.optional(_encoded_items)
    )

    @classmethod
    def encoded(cls, total: int, items: Sequence[bytes]) -> "PageSlice[M]":
        """A slice of objects given as JSON text, one ``bytes`` per object."""
        return cls(total, (), items)

    def __len__(self) -> int:
        return len(self.items) if self.encoded_items is None else len(self.encoded_items)


class PageSource(Protocol[M]):
    """Gives one page of a list: ``async def source(window: PageWindow) -> PageSlice[M]``."""

    async def __call__(self, window: PageWindow, /) -> PageSlice[M]: ...


def _items_json(page: PageSlice[Any]) -> bytes:
    if page.encoded_items is not None:
        return b"[" + b",".join(page.encoded_items) + b"]"
    return wire_list_json(page.items)


def _query(request: Request) -> str:
    raw: bytes = request.scope.get("query_string", b"")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise QueryParameterError(None, QueryProblem.BAD_ENCODING) from None


def _base_url(request: Request, settings: OcpiSettings) -> str:
    path = quote(request.url.path, safe=_PATH_SAFE)
    if settings.public_base_url is not None:
        return settings.public_base_url.rstrip("/") + path
    return f"{request.url.scheme}://{request.url.netloc}{path}"


def _check(page: object, window: PageWindow, model: type[OcpiModel]) -> PageSlice[Any]:
    if not isinstance(page, PageSlice):
        raise PageSourceError("a page source must return a PageSlice")
    if type(page.total) is not int or page.total < 0:
        raise PageSourceError("PageSlice.total must be an int >= 0")
    if len(page) > window.limit:
        raise PageSourceError("a page source returned more items than the window's limit")
    # another class (another version's Location) would be written by guesswork, not as sent
    if page.encoded_items is None and not all(isinstance(item, model) for item in page.items):
        raise PageSourceError(f"a page source returned items that are not {model.__name__}")
    return page


async def paginated_response(
    request: Request,
    source: PageSource[M],
    *,
    model: type[M],
    settings: OcpiSettings = DEFAULT_SETTINGS,
    version: OcpiVersion | None = None,
    base_url: str | None = None,
) -> OcpiJSONResponse:
    """The reply to a list GET: reads ``offset``, ``limit``, ``date_from`` and ``date_to``
    (:class:`~ocpkit.ocpi.pagination.QueryParameterError`, 2001 naming the parameter, for a bad
    one), asks ``source`` for the :class:`PageWindow`, and answers its objects with
    ``X-Total-Count``, ``X-Limit`` and, unless this is the last page, ``Link`` (the next page,
    every filter kept).

    The next link's base is ``base_url`` when given, else the request's path under
    ``settings.public_base_url``, else the request's own URL. An empty date window
    (``date_from`` at or after ``date_to``) is answered empty without asking the source.
    """
    record = record_of(request.scope)
    if version is not None:
        record.version = OcpiVersion(version)
    asked = PageRequest.from_query(_query(request))
    limit = min(asked.limit or settings.default_limit, settings.max_limit)
    window = PageWindow(
        offset=asked.offset,
        limit=limit,
        date_from=asked.date_from,
        date_to=asked.date_to,
        extra=asked.extra,
    )
    page: PageSlice[M] = (
        PageSlice(0) if asked.empty_range else _check(await source(window), window, model)
    )
    answer = _answer(asked, page, request, settings, base_url)
    head = b'{"data":' + _items_json(page) + b","
    tail = success(None, now=settings.now()).to_json()[1:]
    return OcpiJSONResponse(head + tail, headers=dict(answer.headers()))


def _answer(
    asked: PageRequest,
    page: PageSlice[Any],
    request: Request,
    settings: OcpiSettings,
    base_url: str | None,
) -> PageAnswer:
    url = base_url if base_url is not None else _base_url(request, settings)
    try:
        return asked.answer(
            total=page.total,
            max_limit=settings.max_limit,
            default_limit=settings.default_limit,
            base_url=url,
        )
    except PaginationUsageError:
        if base_url is not None or settings.public_base_url is not None:
            raise  # our own URL: a bug on our side
        # the request's Host header cannot be written into a link: the client's doing
        raise OcpiClientError(
            "the request's URL cannot be written in a Link header", http_status=400
        ) from None
