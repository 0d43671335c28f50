"""Dependencies for the other OCPI request headers: the request and correlation ids
(:func:`request_ids`, :class:`RequestIdsReader`) and the routing headers
(:class:`RoutingReader`)."""

from starlette.requests import Request

from ocpkit.ocpi.headers import (
    RequestIds,
    RoutedMessage,
    RoutingHeaders,
    read_request_ids,
    read_routing,
    reply_routing,
)
from ocpkit.ocpi.version import OcpiVersion

from ._state import record_of

__all__ = ["RequestIdsReader", "RoutingReader", "request_ids"]


def request_ids(request: Request) -> RequestIds:
    """FastAPI dependency: the ids of the request (a missing or bad one replaced by a new one,
    never echoed), which its reply carries too. Pass them to
    :func:`~ocpkit.ocpi.client.run_exchange` or
    :meth:`~ocpkit.ocpi.headers.RequestIds.for_onward_request` for requests made on its
    behalf."""
    return record_of(request.scope).ids


class RequestIdsReader:
    """FastAPI dependency: like :func:`request_ids`, but with ``strict=True`` a missing,
    repeated or bad id on a version that defines them (2.2.1 on) is refused with
    :class:`~ocpkit.ocpi.headers.RequestIdError` (2001) instead of replaced."""

    def __init__(self, version: OcpiVersion, *, strict: bool = False) -> None:
        self.version: OcpiVersion = OcpiVersion(version)
        self.strict = strict

    async def __call__(self, request: Request) -> RequestIds:
        record = record_of(request.scope)
        record.version = self.version
        if self.strict:
            received = read_request_ids(request.headers.items(), self.version, strict=True)
            record.ids = received.ids
        return record.ids


class RoutingReader:
    """FastAPI dependency: the routing headers of a request to ``module``, checked against
    :func:`~ocpkit.ocpi.headers.routing_requirement` (2.2.1 on; nothing is read in 2.1.1). A
    header that breaks a rule is a :class:`~ocpkit.ocpi.headers.RoutingHeaderError` (2001). Once
    read, the reply carries them swapped (:func:`~ocpkit.ocpi.headers.reply_routing`), errors
    included.

    ``message`` is ``REQUEST`` for a platform, ``REQUEST_TO_HUB`` for a hub (open routing allowed);
    ``single_role_pair`` exempts a direct link of two single-role platforms.
    """

    def __init__(
        self,
        version: OcpiVersion,
        module: str,
        *,
        message: RoutedMessage = RoutedMessage.REQUEST,
        single_role_pair: bool = False,
    ) -> None:
        self.version: OcpiVersion = OcpiVersion(version)
        self.module = module
        self.message: RoutedMessage = RoutedMessage(message)
        self.single_role_pair = single_role_pair

    async def __call__(self, request: Request) -> RoutingHeaders:
        record = record_of(request.scope)
        record.version = self.version
        routing = read_routing(
            request.headers.items(),
            self.version,
            self.module,
            self.message,
            single_role_pair=self.single_role_pair,
        )
        reply = reply_routing(routing)
        if reply.from_party is not None or reply.to_party is not None:
            record.reply_routing = reply
        return routing
