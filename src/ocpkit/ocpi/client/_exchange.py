"""Driving a credentials :class:`~ocpkit.ocpi.credentials.Registration` over HTTP with httpx:
the one place where the sans-IO machine's requests are sent and their replies fed back.

Both sides need it: the party that registers (its ``register``/``update``/``unregister``), and
the party that answers a POST or PUT to its credentials endpoint (it fetches the sender's
versions and details before it answers).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping
from typing import Final

import httpx

from ocpkit.ocpi.credentials import OutgoingRequest, Registration, RegistrationState, Step
from ocpkit.ocpi.headers import AUTHORIZATION, RequestIds

from ._urls import is_web_url

__all__ = [
    "DEFAULT_EXCHANGE_MAX_BODY",
    "DEFAULT_EXCHANGE_TIMEOUT",
    "abandon_exchange",
    "run_exchange",
    "send_exchange_request",
]

DEFAULT_EXCHANGE_TIMEOUT: Final = 10.0
"""Seconds each request of a credentials exchange may take, reply read to its end included."""

DEFAULT_EXCHANGE_MAX_BODY: Final = 1_048_576
"""The largest reply a credentials exchange reads (a versions list, details or credentials is a
few KB; anyone holding a token A can point us at a URL of its choosing)."""


class _TooLargeError(Exception):
    """A reply longer than the exchange reads."""


async def _read_capped(reply: httpx.Response, max_body_bytes: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    async for chunk in reply.aiter_bytes():
        size += len(chunk)
        if size > max_body_bytes:
            raise _TooLargeError
        chunks.append(chunk)
    return b"".join(chunks)


_FEED: Final[Mapping[Step, Callable[[Registration, bytes, int], RegistrationState]]] = {
    Step.GET_VERSIONS: lambda r, body, status: r.versions_received(body, http_status=status),
    Step.GET_DETAILS: lambda r, body, status: r.details_received(body, http_status=status),
    Step.POST_CREDENTIALS: lambda r, body, status: r.credentials_received(body, http_status=status),
    Step.PUT_CREDENTIALS: lambda r, body, status: r.credentials_received(body, http_status=status),
    Step.DELETE_CREDENTIALS: lambda r, body, status: r.deletion_received(body, http_status=status),
}


def _headers(request: OutgoingRequest, ids: RequestIds) -> dict[str, str]:
    headers = {AUTHORIZATION: request.authorization(), **ids.to_headers()}
    if request.body is not None:
        headers["Content-Type"] = "application/json"
    return headers


async def send_exchange_request(
    registration: Registration,
    http: httpx.AsyncClient,
    request: OutgoingRequest,
    *,
    ids: RequestIds | None = None,
    timeout: float = DEFAULT_EXCHANGE_TIMEOUT,
    max_body_bytes: int = DEFAULT_EXCHANGE_MAX_BODY,
) -> RegistrationState:
    """Send ``request`` (the registration's :meth:`~Registration.next_request`) once and feed
    its reply, or its failure, back; the state it moved to comes back. Raises nothing for the
    peer's faults (see :func:`run_exchange`)."""
    if not is_web_url(request.url):
        return registration.request_failed()
    sent_ids = RequestIds.new() if ids is None else ids.for_onward_request()
    try:
        # httpx's timeout bounds each read; this one the whole request, so a peer that
        # trickles its reply byte by byte cannot hold the exchange open
        async with asyncio.timeout(timeout):
            async with http.stream(
                request.method,
                request.url,
                headers=_headers(request, sent_ids),
                content=request.body_json(),
                timeout=timeout,
                follow_redirects=False,
            ) as reply:
                body = await _read_capped(reply, max_body_bytes)
    except (TimeoutError, httpx.HTTPError, httpx.InvalidURL, _TooLargeError):
        return registration.request_failed()
    return _FEED[request.step](registration, body, reply.status_code)


def abandon_exchange(registration: Registration) -> None:
    """End the exchange ``registration`` is in the middle of as failed (the state it started
    from comes back, pending tokens are dropped): what to do when the task driving it is
    cancelled or fails, so the registration is never left half-way."""
    while registration.next_request() is not None:
        registration.request_failed()


async def run_exchange(
    registration: Registration,
    http: httpx.AsyncClient,
    *,
    ids: RequestIds | None = None,
    timeout: float = DEFAULT_EXCHANGE_TIMEOUT,
    max_body_bytes: int = DEFAULT_EXCHANGE_MAX_BODY,
) -> RegistrationState:
    """Send every request ``registration`` asks for (:meth:`~Registration.next_request`) with
    ``http``, feed each reply back, and return the state once it waits for nothing.

    ``ids`` are those of the request being handled when the exchange answers a peer's POST or
    PUT: every request sent keeps its correlation id (a new request id each). Without them each
    request starts its own correlation.

    Nothing raises for the peer's faults: a URL that is not http or https (the peer chose it),
    a timeout (``timeout`` seconds per request, reply included), a reply longer than
    ``max_body_bytes``, a refused connection or any other transport failure is fed as
    :meth:`~Registration.request_failed`; an HTTP error or an OCPI error status goes to the
    machine with the body, which records the :attr:`~Registration.failure`. If the task is
    cancelled (or anything else raises), the exchange is abandoned as failed before the
    exception goes on.
    """
    try:
        while (request := registration.next_request()) is not None:
            await send_exchange_request(
                registration, http, request, ids=ids, timeout=timeout, max_body_bytes=max_body_bytes
            )
    except BaseException:  # cancelled, or a bug of ours: never leave the exchange half-way
        abandon_exchange(registration)
        raise
    return registration.state
