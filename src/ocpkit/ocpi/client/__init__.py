"""An async OCPI client for one peer, over httpx (extra ``ocpkit[httpx]``).

:class:`OcpiClient` does what a party needs of a peer: find the version and endpoints, run the
credentials registration and token rotation, crawl any module's list typed and page by page,
read, push and patch single objects, and send commands whose results arrive later (through
:class:`CommandResults`, which our own server's route feeds). Every failure is one of the
:class:`ClientError` tree; what is retried is the :class:`RetryPolicy`'s table.

The FastAPI side uses :func:`run_exchange` to answer a credentials POST or PUT.
"""

from ._client import (
    AnyCdr,
    AnyLocation,
    AnySession,
    AnyTariff,
    AnyToken,
    CrawlOptions,
    OcpiClient,
)
from ._commands import CommandHandle, CommandResults
from ._crawl import KEEP_INVALID, KEEP_WARNINGS, Crawl
from ._errors import (
    HTTP_ERRORS,
    AuthenticationRejected,
    ClientError,
    ClientUsageError,
    CommandNotAccepted,
    CommandTimedOut,
    CrawlIncomplete,
    DiscoveryError,
    HttpStatusError,
    InvalidReply,
    ModuleNotOffered,
    ObjectNotFound,
    OcpiStatusError,
    RateLimited,
    RefusedUrl,
    RegistrationFailed,
    RequestInfo,
    RequestTimeout,
    TransportFailure,
)
from ._exchange import (
    DEFAULT_EXCHANGE_MAX_BODY,
    DEFAULT_EXCHANGE_TIMEOUT,
    abandon_exchange,
    run_exchange,
    send_exchange_request,
)
from ._objects import OBJECT_RULES, ObjectRule
from ._retry import NO_RETRY, RETRY_METHODS, RETRY_STATUSES, RetryPolicy, retry_after_seconds
from ._transport import DEFAULT_MAX_BODY_BYTES, DEFAULT_TIMEOUT
from ._urls import display_url, is_web_url

__all__ = [
    "DEFAULT_EXCHANGE_MAX_BODY",
    "DEFAULT_EXCHANGE_TIMEOUT",
    "DEFAULT_MAX_BODY_BYTES",
    "DEFAULT_TIMEOUT",
    "HTTP_ERRORS",
    "KEEP_INVALID",
    "KEEP_WARNINGS",
    "NO_RETRY",
    "OBJECT_RULES",
    "RETRY_METHODS",
    "RETRY_STATUSES",
    "AnyCdr",
    "AnyLocation",
    "AnySession",
    "AnyTariff",
    "AnyToken",
    "AuthenticationRejected",
    "ClientError",
    "ClientUsageError",
    "CommandHandle",
    "CommandNotAccepted",
    "CommandResults",
    "CommandTimedOut",
    "Crawl",
    "CrawlIncomplete",
    "CrawlOptions",
    "DiscoveryError",
    "HttpStatusError",
    "InvalidReply",
    "ModuleNotOffered",
    "ObjectNotFound",
    "ObjectRule",
    "OcpiClient",
    "OcpiStatusError",
    "RateLimited",
    "RefusedUrl",
    "RegistrationFailed",
    "RequestInfo",
    "RequestTimeout",
    "RetryPolicy",
    "TransportFailure",
    "abandon_exchange",
    "display_url",
    "is_web_url",
    "retry_after_seconds",
    "run_exchange",
    "send_exchange_request",
]
