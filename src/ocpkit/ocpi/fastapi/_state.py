"""What the helpers note about one request while it is handled: its ids, its OCPI version (once a
dependency knows it) and the routing headers of its reply. Kept in the ASGI scope's ``state``, so
the middleware, the dependencies and the exception handlers all see the same record."""

from collections.abc import MutableMapping
from typing import Any, Final

import attrs

from ocpkit.ocpi.headers import RequestIds, RoutingHeaders, read_request_ids
from ocpkit.ocpi.version import OcpiVersion

__all__ = ["RequestRecord", "record_of", "reply_headers"]

_KEY: Final = "ocpkit.ocpi.fastapi"
# The version whose header rules apply when a request's version is not known: the ids are only
# read leniently then, which every version allows.
_ANY_VERSION: Final = OcpiVersion.V230


@attrs.define
class RequestRecord:
    """The record of one request (mutable: filled in as the request is handled)."""

    ids: RequestIds
    version: OcpiVersion | None = None
    reply_routing: RoutingHeaders | None = None


def _pairs(scope: MutableMapping[str, Any]) -> list[tuple[str, str]]:
    return [(name.decode("latin-1"), value.decode("latin-1")) for name, value in scope["headers"]]


def record_of(scope: MutableMapping[str, Any]) -> RequestRecord:
    """The record of the request of ``scope``, made on first use (ids read leniently: a missing
    or bad id is replaced, never echoed)."""
    state: MutableMapping[str, Any] = scope.setdefault("state", {})
    record = state.get(_KEY)
    if not isinstance(record, RequestRecord):
        received = read_request_ids(_pairs(scope), _ANY_VERSION)
        record = RequestRecord(ids=received.ids)
        state[_KEY] = record
    return record


def reply_headers(scope: MutableMapping[str, Any]) -> list[tuple[str, str]]:
    """The headers every reply to this request carries: both ids, and the swapped routing
    headers once a dependency has read valid ones."""
    record = record_of(scope)
    headers = list(record.ids.for_response().to_headers().items())
    if record.reply_routing is not None:
        headers += record.reply_routing.to_headers().items()
    return headers
