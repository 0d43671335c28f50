"""Sending one OCPI request over httpx: the timeout, the attempts the :class:`RetryPolicy`
allows, a cap on the body size, and the first reading of the reply (HTTP status, envelope,
OCPI status) into the errors of :mod:`._errors`.

Each attempt is bounded by ``timeout`` as a whole (connect, send, wait, read the body), by
httpx and by an asyncio deadline around it, so a peer that trickles bytes cannot hold a request
open. Each attempt has its own ``X-Request-ID``; the attempts of one call share the
``X-Correlation-ID``.
"""

from __future__ import annotations

import asyncio
import base64
from collections.abc import Awaitable, Callable, Iterable, Mapping
from datetime import datetime
from typing import Final, TypeAlias, TypeVar

import attrs
import httpx
from pydantic import JsonValue

from ocpkit._ocpi_base import OcpiModel
from ocpkit.ocpi.envelope import EnvelopeError, Response, parse_response, read_page, read_single
from ocpkit.ocpi.headers import X_CORRELATION_ID, X_REQUEST_ID, IdFactory, RequestIds
from ocpkit.ocpi.reading import InvalidObjectError, ListRead, ReadError
from ocpkit.ocpi.status import cap_status_message

from ._errors import (
    InvalidReply,
    OcpiStatusError,
    RefusedUrl,
    RequestInfo,
    RequestTimeout,
    TransportFailure,
    http_error_class,
)
from ._retry import RETRY_STATUSES, RetryPolicy, retry_after_seconds
from ._urls import display_url, is_web_url

__all__ = [
    "DEFAULT_MAX_BODY_BYTES",
    "DEFAULT_TIMEOUT",
    "Clock",
    "Reply",
    "Secrets",
    "Sender",
    "Sleep",
    "raise_for_http",
    "read_data",
    "read_envelope",
    "read_list_page",
    "read_one",
    "request_info",
]

M = TypeVar("M", bound=OcpiModel)
D = TypeVar("D")

Sleep: TypeAlias = Callable[[float], Awaitable[None]]
"""Waits the given seconds (``asyncio.sleep``; tests pass one that only records)."""
Clock: TypeAlias = Callable[[], datetime]
"""Gives the current time, timezone-aware."""

DEFAULT_TIMEOUT: Final = 30.0
"""Seconds one attempt of a request may take as a whole, by default."""
DEFAULT_MAX_BODY_BYTES: Final = 64 * 1024 * 1024
"""The largest reply body read, by default (a page of 1,000 large Locations is a few MB)."""

_MASK: Final = "***"


class Secrets:
    """The texts no error may show (our credentials token, plain and in Base64), masked
    wherever peer text or a URL goes into an error."""

    __slots__ = ("_texts",)

    def __init__(self, tokens: Iterable[str] = ()) -> None:
        texts: set[str] = set()
        for token in tokens:
            texts.add(token)
            texts.add(base64.b64encode(token.encode()).decode("ascii"))
        self._texts = tuple(sorted(texts, key=len, reverse=True))

    def __repr__(self) -> str:
        return f"Secrets(<{len(self._texts)} hidden>)"

    def scrub(self, text: str) -> str:
        """``text`` with every secret masked."""
        for secret in self._texts:
            text = text.replace(secret, _MASK)
        return text


@attrs.frozen(kw_only=True)
class Reply:
    """A complete reply: the request it answers (method, URL, ids sent) and its status,
    headers (name/value pairs as received) and body."""

    method: str
    url: str
    ids: RequestIds
    status: int
    headers: tuple[tuple[str, str], ...] = attrs.field(repr=False)
    body: bytes = attrs.field(repr=False)

    def header(self, name: str) -> str | None:
        """The first value of header ``name`` (any case), or ``None``."""
        wanted = name.lower()
        return next((value for key, value in self.headers if key.lower() == wanted), None)

    @property
    def ok(self) -> bool:
        """Whether the HTTP status is 2xx."""
        return 200 <= self.status < 300


def request_info(
    method: str,
    url: str,
    secrets: Secrets,
    *,
    ids: RequestIds | None = None,
    http_status: int | None = None,
    envelope: Response[JsonValue] | None = None,
) -> RequestInfo:
    """The :class:`RequestInfo` of a request, fit for an error (URL shown, peer text capped and
    scrubbed)."""
    message = None
    if envelope is not None and envelope.status_message:
        message = cap_status_message(secrets.scrub(envelope.status_message))
    return RequestInfo(
        method=method,
        url=secrets.scrub(display_url(url)),
        request_id=None if ids is None else ids.request_id,
        http_status=http_status,
        status_code=None if envelope is None else envelope.status_code,
        status_message=message,
    )


class Sender:
    """Sends requests with the retry policy, timeout and body cap of one client."""

    def __init__(
        self,
        http: httpx.AsyncClient,
        *,
        retry: RetryPolicy,
        timeout: float,
        max_body_bytes: int,
        sleep: Sleep,
        clock: Clock,
        random: Callable[[], float],
        id_factory: IdFactory,
    ) -> None:
        self.http = http
        self.retry = retry
        self.timeout = timeout
        self.max_body_bytes = max_body_bytes
        self.sleep = sleep
        self.clock = clock
        self.random = random
        self.id_factory = id_factory

    def new_ids(self, ids: RequestIds | None) -> RequestIds:
        """The ids of a new call: those of ``ids``' correlation with a new request id, or two
        new ids."""
        if ids is None:
            return RequestIds.new(self.id_factory)
        return ids.for_onward_request(self.id_factory)

    async def send(
        self,
        method: str,
        url: str,
        *,
        headers: Mapping[str, str],
        secrets: Secrets,
        body: bytes | None = None,
        ids: RequestIds | None = None,
        timeout: float | None = None,
    ) -> Reply:
        """Send the request (again, as the policy allows) and return the first complete reply
        that is not retried, whatever its status. Raises :class:`RefusedUrl` (nothing sent),
        :class:`RequestTimeout`, :class:`TransportFailure` or :class:`InvalidReply` (body over
        the cap)."""
        if not is_web_url(url):
            raise RefusedUrl(
                "refused to send a request to a URL that is not http or https",
                info=request_info(method, url, secrets),
            )
        limit = self.timeout if timeout is None else timeout
        first = self.new_ids(ids)
        attempts = self.retry.attempts if self.retry.retries(method) else 1
        for attempt in range(1, attempts + 1):
            sent = first if attempt == 1 else first.for_onward_request(self.id_factory)
            last = attempt == attempts
            try:
                reply = await self._attempt(method, url, headers, body, sent, limit, secrets)
            except TransportFailure:
                if last:
                    raise
                await self.sleep(self.retry.delay(attempt, retry_after=None, draw=self.random()))
                continue
            if last or reply.status not in RETRY_STATUSES:
                return reply
            wait = retry_after_seconds(reply.header("Retry-After"), now=self.clock())
            await self.sleep(self.retry.delay(attempt, retry_after=wait, draw=self.random()))
        raise AssertionError("unreachable: the last attempt returns or raises")

    async def _attempt(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str],
        body: bytes | None,
        ids: RequestIds,
        limit: float,
        secrets: Secrets,
    ) -> Reply:
        sent_headers = {
            **headers,
            X_REQUEST_ID: ids.request_id,
            X_CORRELATION_ID: ids.correlation_id,
        }
        request = self.http.build_request(
            method, url, headers=sent_headers, content=body, timeout=httpx.Timeout(limit)
        )
        try:
            async with asyncio.timeout(limit):
                response = await self.http.send(request, stream=True, follow_redirects=False)
                try:
                    content = await self._read(response, method, url, ids, secrets)
                finally:
                    await response.aclose()
        except (TimeoutError, httpx.TimeoutException):
            raise RequestTimeout(
                f"no complete reply within {limit:g} s",
                info=request_info(method, url, secrets, ids=ids),
            ) from None
        except httpx.TransportError as exc:
            # the exception's text may hold the URL with its query: only its class is shown
            raise TransportFailure(
                f"no reply ({type(exc).__name__})", info=request_info(method, url, secrets, ids=ids)
            ) from None
        except httpx.DecodingError:
            # a Content-Encoding the body does not follow (e.g. "gzip" over plain text)
            raise InvalidReply(
                "the reply body does not decode as its Content-Encoding says",
                info=request_info(method, url, secrets, ids=ids),
            ) from None
        except (httpx.HTTPError, httpx.InvalidURL) as exc:
            raise TransportFailure(
                f"no reply ({type(exc).__name__})", info=request_info(method, url, secrets, ids=ids)
            ) from None
        return Reply(
            method=method,
            url=url,
            ids=ids,
            status=response.status_code,
            headers=tuple(response.headers.multi_items()),
            body=content,
        )

    async def _read(
        self,
        response: httpx.Response,
        method: str,
        url: str,
        ids: RequestIds,
        secrets: Secrets,
    ) -> bytes:
        chunks: list[bytes] = []
        size = 0
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if size > self.max_body_bytes:
                raise InvalidReply(
                    f"reply body larger than {self.max_body_bytes} bytes",
                    info=request_info(
                        method, url, secrets, ids=ids, http_status=response.status_code
                    ),
                )
            chunks.append(chunk)
        return b"".join(chunks)


# -- reading replies --------------------------------------------------------------------------


def _envelope_or_none(body: bytes) -> Response[JsonValue] | None:
    try:
        return parse_response(body)
    except EnvelopeError:
        return None


def raise_for_http(reply: Reply, secrets: Secrets) -> None:
    """Raise the :class:`HttpStatusError` (subclass per status) of a non-2xx reply, with the
    OCPI status and message when its body is an envelope."""
    if reply.ok:
        return
    envelope = _envelope_or_none(reply.body)
    info = request_info(
        reply.method, reply.url, secrets, ids=reply.ids, http_status=reply.status, envelope=envelope
    )
    raise http_error_class(reply.status)(f"the peer answered HTTP {reply.status}", info=info)


def _raise_for_ocpi(reply: Reply, envelope: Response[D], secrets: Secrets) -> None:
    if envelope.is_success:
        return
    shown: Response[JsonValue] = Response(
        status_code=envelope.status_code,
        timestamp=envelope.timestamp,
        status_message=envelope.status_message,
    )
    info = request_info(
        reply.method, reply.url, secrets, ids=reply.ids, http_status=reply.status, envelope=shown
    )
    raise OcpiStatusError(f"the peer answered OCPI status {envelope.status_code}", info=info)


def _invalid(reply: Reply, secrets: Secrets, message: str, error: ReadError | None) -> InvalidReply:
    info = request_info(reply.method, reply.url, secrets, ids=reply.ids, http_status=reply.status)
    return InvalidReply(message, () if error is None else error.violations, info=info)


def read_envelope(reply: Reply, secrets: Secrets) -> Response[JsonValue]:
    """The envelope of a 2xx success reply, ``data`` as plain JSON (absent data allowed: PUT,
    PATCH and DELETE need none). Raises the HTTP, envelope or OCPI status error."""
    raise_for_http(reply, secrets)
    try:
        envelope = parse_response(reply.body)
    except EnvelopeError as exc:
        raise _invalid(reply, secrets, "the reply is not an OCPI envelope", exc) from None
    _raise_for_ocpi(reply, envelope, secrets)
    return envelope


def read_data(reply: Reply, secrets: Secrets) -> JsonValue:
    """The ``data`` of a success reply that must carry some (versions, details)."""
    envelope = read_envelope(reply, secrets)
    if envelope.data is None:
        raise _invalid(reply, secrets, "the success reply carries no data", None)
    return envelope.data


def read_one(model: type[M], reply: Reply, secrets: Secrets, *, strict: bool) -> M:
    """The one ``model`` object a success reply carries."""
    raise_for_http(reply, secrets)
    try:
        envelope = read_single(model, reply.body, strict=strict)
    except EnvelopeError as exc:
        raise _invalid(reply, secrets, "the reply is not an OCPI envelope", exc) from None
    except InvalidObjectError as exc:
        # an error envelope's data is not the object: its status says more than the data
        error_envelope = _envelope_or_none(reply.body)
        if error_envelope is not None:
            _raise_for_ocpi(reply, error_envelope, secrets)
        raise _invalid(reply, secrets, f"the data is not a valid {model.__name__}", exc) from None
    _raise_for_ocpi(reply, envelope, secrets)
    if envelope.data is None:
        raise _invalid(reply, secrets, f"the success reply carries no {model.__name__}", None)
    return envelope.data


def read_list_page(model: type[M], reply: Reply, secrets: Secrets, *, strict: bool) -> ListRead[M]:
    """The items of one page of a list, read item by item (bad items in ``invalid``). A success
    without ``data`` is an error here: read as an empty list, it would make a broken peer look
    like one whose objects were all deleted."""
    raise_for_http(reply, secrets)
    try:
        envelope = read_page(model, reply.body, strict=strict)
    except EnvelopeError as exc:
        raise _invalid(reply, secrets, "the reply is not an OCPI list envelope", exc) from None
    _raise_for_ocpi(reply, envelope, secrets)
    listed = envelope.data
    assert listed is not None  # read_page always gives a list
    if not len(listed):
        # cheap (the body holds no items): tell "data": [] from no data at all
        raw = _envelope_or_none(reply.body)
        if raw is None or raw.data is None:
            raise _invalid(reply, secrets, "the success reply carries no data", None)
    return listed
