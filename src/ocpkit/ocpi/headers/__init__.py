"""OCPI HTTP headers, sans-IO: the credentials token in ``Authorization``, the ``X-Request-ID`` /
``X-Correlation-ID`` pair, and the ``OCPI-from-*`` / ``OCPI-to-*`` message routing headers.

Facts (chapter "Transport and format"; 2.3.0 is the same as 2.2.1 in every section used here):

* "Authorization header" (2.2.1, 2.3.0) / "Request format" (2.1.1): every request carries
  ``Authorization: Token <value>``. 2.1.1 puts the token itself there; 2.2.1 on put the Base64
  (RFC 4648 section 4) of the token's UTF-8 bytes, after exactly one space, and note that many
  2.1.1 and 2.2 peers still send it plain. A missing header or an unknown token is HTTP 401.
* "Unique message IDs" (2.2.1, 2.3.0; absent from 2.1.1): every request carries both ids, the
  response repeats them; a forwarded request gets a new request id and keeps the correlation id;
  UUIDs are advised. The spec sets no length and gives no reply for a missing or bad id.
* "Message Routing" (2.2.1, 2.3.0; absent from 2.1.1): the four routing headers (``CiString(2)``
  country code, ``CiString(3)`` party id) are for functional modules only and never for
  ``credentials``, ``versions`` or ``hubclientinfo``; an open routing request to a hub leaves the
  ``OCPI-to-*`` pair out; a hub's answer to a broadcast push may leave ``OCPI-from-*`` out; a
  response swaps the parties of its request.
* Credentials object (chapter "Credentials"): the token is ``string(64)`` in all three versions;
  2.1.1 allows printable non-space ASCII in the header, 2.2.1 and 2.3.0 ask for U+0021..U+007E.

Credentials token (:class:`CredentialsToken`): 1 to :data:`MAX_TOKEN_LENGTH` characters, each
U+0021..U+007E, in every version (the one alphabet every version and both header forms can carry).

Authorization header, receiving (:func:`token_candidates`), by :class:`TokenEncoding`:

===============  ===================================================================
encoding         candidates, in this order
===============  ===================================================================
``PLAIN``        the text after ``Token``
``BASE64``       its Base64 decoding (strict: standard alphabet, padded, canonical,
                 UTF-8)
``ACCEPT_BOTH``  the decoding (when it is one), then the text itself; both are looked up
===============  ===================================================================

Candidates that are no valid credentials token are left out. Every refusal is one
:class:`AuthorizationError` (HTTP 401, the same message whatever the cause):

=========================================================================  =================
header value                                                               ``problem``
=========================================================================  =================
absent (``None``)                                                          ``MISSING``
longer than :data:`MAX_AUTHORIZATION_LENGTH`                               ``TOO_LONG``
a character outside U+0020..U+007E (CR, LF, TAB, NUL, non-ASCII)           ``BAD_CHARACTER``
scheme other than ``Token`` (any case allowed)                             ``WRONG_SCHEME``
``Token`` with nothing after it                                            ``EMPTY_TOKEN``
more than one space anywhere                                               ``EXTRA_SPACE``
``BASE64`` and not strict Base64                                           ``NOT_BASE64``
no candidate is a valid credentials token                                  ``BAD_TOKEN``
(:func:`match_token`) candidates match different entries                   ``AMBIGUOUS``
(for adapters) no known party has the token                                ``UNKNOWN_TOKEN``
=========================================================================  =================

Request ids (:func:`read_request_ids`): an id is 1 to :data:`MAX_REQUEST_ID_LENGTH` characters
of U+0020..U+007E, not starting or ending with a space. The ids only serve debugging, so by
default a missing, repeated or bad id is replaced by a new one and the request goes on (the
problem is reported); a bad id is never echoed, which keeps CR/LF out of our response headers.
``strict=True`` refuses instead (:class:`RequestIdError`, OCPI 2001) where the version defines
the ids.

Routing requirements (:func:`routing_requirement`), 2.2.1 and 2.3.0:

==================  ======================  ===============  ===============
module              message                 ``OCPI-from-*``  ``OCPI-to-*``
==================  ======================  ===============  ===============
configuration       any                     forbidden        forbidden
functional          ``REQUEST``             required         required
functional          ``REQUEST_TO_HUB``      required         optional [1]_
functional          ``RESPONSE``            required         required
functional          ``BROADCAST_RESPONSE``  optional         required
==================  ======================  ===============  ===============

.. [1] absent: an open routing request, which the hub routes itself.

With ``single_role_pair=True`` (a direct connection between two platforms with one party and
role each, the one case the spec exempts) every "required" above becomes "optional". In 2.1.1
the headers do not exist: nothing is read or required. A routing header that breaks a rule is a
:class:`RoutingHeaderError` (OCPI 2001) naming the headers, never quoting them.

Header names are matched case-insensitively wherever headers are read. No error message here
ever contains a header value.
"""

from ._common import HeaderError, Headers, HeaderUsageError
from ._request_ids import (
    MAX_REQUEST_ID_LENGTH,
    X_CORRELATION_ID,
    X_REQUEST_ID,
    IdFactory,
    IdProblem,
    ReceivedRequestIds,
    RequestIdError,
    RequestIds,
    new_unique_id,
    read_request_ids,
    request_ids_defined,
)
from ._routing import (
    CONFIGURATION_MODULES,
    OCPI_FROM_COUNTRY_CODE,
    OCPI_FROM_PARTY_ID,
    OCPI_TO_COUNTRY_CODE,
    OCPI_TO_PARTY_ID,
    ROUTING_HEADERS,
    ModuleKind,
    PartyRef,
    PartyRefError,
    Presence,
    RoutedMessage,
    RoutingHeaderError,
    RoutingHeaders,
    RoutingProblem,
    RoutingRequirement,
    module_kind,
    read_routing,
    reply_routing,
    routing_headers_defined,
    routing_requirement,
)
from ._tokens import (
    AUTHORIZATION,
    MAX_AUTHORIZATION_LENGTH,
    MAX_TOKEN_LENGTH,
    TOKEN_SCHEME,
    AuthorizationError,
    AuthorizationProblem,
    CredentialsToken,
    CredentialsTokenError,
    TokenEncoding,
    authorization_header,
    default_token_encoding,
    match_token,
    token_candidates,
)

__all__ = [
    "AUTHORIZATION",
    "CONFIGURATION_MODULES",
    "MAX_AUTHORIZATION_LENGTH",
    "MAX_REQUEST_ID_LENGTH",
    "MAX_TOKEN_LENGTH",
    "OCPI_FROM_COUNTRY_CODE",
    "OCPI_FROM_PARTY_ID",
    "OCPI_TO_COUNTRY_CODE",
    "OCPI_TO_PARTY_ID",
    "ROUTING_HEADERS",
    "TOKEN_SCHEME",
    "X_CORRELATION_ID",
    "X_REQUEST_ID",
    "AuthorizationError",
    "AuthorizationProblem",
    "CredentialsToken",
    "CredentialsTokenError",
    "HeaderError",
    "HeaderUsageError",
    "Headers",
    "IdFactory",
    "IdProblem",
    "ModuleKind",
    "PartyRef",
    "PartyRefError",
    "Presence",
    "ReceivedRequestIds",
    "RequestIdError",
    "RequestIds",
    "RoutedMessage",
    "RoutingHeaderError",
    "RoutingHeaders",
    "RoutingProblem",
    "RoutingRequirement",
    "TokenEncoding",
    "authorization_header",
    "default_token_encoding",
    "match_token",
    "module_kind",
    "new_unique_id",
    "read_request_ids",
    "read_routing",
    "reply_routing",
    "request_ids_defined",
    "routing_headers_defined",
    "routing_requirement",
    "token_candidates",
]
