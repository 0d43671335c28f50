"""Driving a credentials :class:`~ocpkit.ocpi.credentials.Registration` over HTTP with httpx:
the one place where the sans-IO machine's requests are sent and their replies fed back.

Both sides need it: the party that registers (its ``register``/``update``/``unregister``), and
the party that answers a POST or PUT to its credentials endpoint (it fetches the sender's
versions and details before it answers).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Final

import httpx

from ocpkit.ocpi.credentials import OutgoingRequest, Registration, RegistrationState, Step
from ocpkit.ocpi.headers import AUTHORIZATION, RequestIds

from ._urls import is_web_url

__all__ = ["DEFAULT_EXCHANGE_TIMEOUT", "run_exchange", "send_exchange_request"]

DEFAULT_EXCHANGE_TIMEOUT: Final = 10.0
"""Seconds each request of a credentials exchange may take (connect, send, wait, read)."""

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
) -> RegistrationState:
    """Send ``request`` (the registration's :meth:`~Registration.next_request`) once and feed
    its reply, or its failure, back; the state it moved to comes back. Raises nothing for the
    peer's faults (see :func:`run_exchange`)."""
    if not is_web_url(request.url):
        return registration.request_failed()
    sent_ids = RequestIds.new() if ids is None else ids.for_onward_request()
    try:
        reply = await http.request(
            request.method,
            request.url,
            headers=_headers(request, sent_ids),
            content=request.body_json(),
            timeout=timeout,
            follow_redirects=False,
        )
    except httpx.HTTPError:
        return registration.request_failed()
    return _FEED[request.step](registration, reply.content, reply.status_code)


async def run_exchange(
    registration: Registration,
    http: httpx.AsyncClient,
    *,
    ids: RequestIds | None = None,
    timeout: float = DEFAULT_EXCHANGE_TIMEOUT,
) -> RegistrationState:
    """Send every request ``registration`` asks for (:meth:`~Registration.next_request`) with
    ``http``, feed each reply back, and return the state once it waits for nothing.

    ``ids`` are those of the request being handled when the exchange answers a peer's POST or
    PUT: every request sent keeps its correlation id (a new request id each). Without them each
    request starts its own correlation.

    Nothing raises for the peer's faults: a URL that is not http or https (the peer chose it),
    a timeout, a refused connection or any other transport failure is fed as
    :meth:`~Registration.request_failed`; an HTTP error or an OCPI error status goes to the
    machine with the body, which records the :attr:`~Registration.failure`.
    """
    while (request := registration.next_request()) is not None:
        await send_exchange_request(registration, http, request, ids=ids, timeout=timeout)
    return registration.state
