"""FastAPI helpers for OCPI servers (extra ``ocpkit[fastapi]``): authentication, enveloped
replies and errors, pagination, request headers and bodies, and the versions and credentials
endpoints, each built on the sans-IO core of :mod:`ocpkit.ocpi`. Helpers, not a framework: the
app keeps its own routes and calls them.

Setup: :func:`install_ocpi` once per app (the middleware and the exception handlers), with an
:class:`OcpiSettings` (clock, body cap, page limits, public URL).

Authentication (:class:`TokenAuth`, chapter "Transport and format", "Authorization"; a
:class:`Registrar` gives one over its store):

+------------------------------------------------+------------------------------------------------+
| request                                        | answer                                         |
+================================================+================================================+
| no ``Authorization``, two of them, not ``Token | ``AuthorizationError``: HTTP 401, 2000, one    |
| ...``, not a token, unknown to the lookup, or  | message for every cause, ``WWW-Authenticate:   |
| candidates of different peers                  | Token``                                        |
+------------------------------------------------+------------------------------------------------+
| not in the peer's own token mode (Base64 for a | the same 401                                   |
| peer set to Base64)                            |                                                |
+------------------------------------------------+------------------------------------------------+
| a token that opens only the registration       | ``RegistrationRequired``: HTTP 401             |
| (token A, or ours while pending) on a module   |                                                |
| other than ``versions`` and ``credentials``    |                                                |
+------------------------------------------------+------------------------------------------------+
| anything else                                  | the :class:`TokenGrant` (peer, access, token,  |
|                                                | encoding)                                      |
+------------------------------------------------+------------------------------------------------+

Errors (:func:`install_ocpi`; replies never quote the input nor hold a traceback):

+----------------------------------------+------------------------+------------------------------+
| raised                                 | OCPI status            | HTTP status                  |
+========================================+========================+==============================+
| ``OcpiError`` of a class with an       | its code (2000 for the | the class's: 400, 401, 403,  |
| HTTP-layer status                      | HTTP-layer ones)       | 404, 405 (with ``Allow``),   |
| (``InvalidJsonBody``,                  |                        | 413                          |
| ``AuthenticationFailed``,              |                        |                              |
| ``NotFound``, ``MethodNotAllowed``,    |                        |                              |
| :class:`BodyTooLarge`)                 |                        |                              |
+----------------------------------------+------------------------+------------------------------+
| any other ``OcpiError`` (header,       | its code; the paths    | ``http_status_for(code,      |
| pagination, credentials, commands      | and rule names of its  | version)``: 200, or 404 for  |
| errors)                                | violations             | 2004 from 2.2.1 on           |
+----------------------------------------+------------------------+------------------------------+
| FastAPI ``RequestValidationError``     | 2000 if the body is    | 400 / 200                    |
|                                        | not JSON, else 2001    |                              |
|                                        | with safe paths        |                              |
+----------------------------------------+------------------------+------------------------------+
| ``HTTPException`` (no route, method    | 2000 (3000 for 5xx)    | its own                      |
| not allowed, ...)                      |                        |                              |
+----------------------------------------+------------------------+------------------------------+
| any other exception                    | 3000                   | 500                          |
+----------------------------------------+------------------------+------------------------------+

The version is the one a dependency of the route named (``TokenAuth(version=...)`` and the
others); without one the newest version's table applies (only 2004 differs, and 2.1.1 lacks it).

Bodies (:class:`ObjectBody`, :class:`ListBody`, :class:`PatchBody`): longer than
``max_body_bytes`` (1 MiB by default) is HTTP 413 (:class:`BodyTooLarge`), refused unparsed: a
body we will not read never reaches the OCPI layer, which starts once a body has been parsed as
JSON ("Status codes"), so this is an HTTP-layer error (RFC 9110 section 15.5.14); not JSON
(nested too deep for the parsers included) is HTTP 400; JSON that is not what the route reads is
:class:`InvalidBody` (2001, HTTP 200) with the violation paths. A path step that is neither an
index nor a field name the OCPI definitions know is written ``*``.

Pagination (:func:`paginated_response` with a :class:`PageSource`): the query as
:meth:`~ocpkit.ocpi.pagination.PageRequest.from_query` reads it (a bad one is 2001 naming the
parameter), the limit capped at ``max_limit`` (``default_limit`` if none), the headers of
:meth:`~ocpkit.ocpi.pagination.PageRequest.answer`, the page encoded in one go.

Headers: every reply carries ``X-Request-ID`` and ``X-Correlation-ID`` (the request's, a
missing or bad one replaced; :func:`request_ids`, :class:`RequestIdsReader` to refuse them
instead); :class:`RoutingReader` checks the routing headers and the reply carries them swapped.

Registration (:class:`Registrar`): versions, version details and credentials endpoints from a
:class:`~ocpkit.ocpi.versions.VersionsDeclaration` and a
:class:`~ocpkit.ocpi.credentials.PartyDeclaration`; POST and PUT run the core's
``receive_post``/``receive_put``, then :func:`~ocpkit.ocpi.client.run_exchange`, then
``answer()``. Registrations live in a :class:`RegistrationStore`
(:class:`InMemoryRegistrationStore` given). Routing headers on these configuration modules are
neither read nor echoed (the spec keeps them off those modules and names no reply for them).

OpenAPI: :class:`OcpiEnvelope` and :func:`ocpi_responses` document replies as the generated
classes in an envelope (``OcpiEnvelope[list[Location]]``).
"""

from ._auth import TokenAuth, TokenGrant, TokenLookup
from ._bodies import ListBody, ObjectBody, PatchBody
from ._errors import (
    AdapterError,
    AdapterUsageError,
    BodyTooLarge,
    InvalidBody,
    PageSourceError,
    UnknownPeer,
)
from ._headers import RequestIdsReader, RoutingReader, request_ids
from ._install import OcpiMiddleware, install_ocpi
from ._openapi import PAGINATION_QUERY, OcpiEnvelope, envelope_of, ocpi_responses
from ._pages import PageSlice, PageSource, PageWindow, paginated_response
from ._registrar import Registrar
from ._replies import JSON_MEDIA_TYPE, OcpiJSONResponse, ReplyData, error_reply, ocpi_response
from ._settings import DEFAULT_MAX_BODY_BYTES, DEFAULT_SETTINGS, OcpiSettings, utc_now
from ._store import InMemoryRegistrationStore, RegistrationStore, TokenMatch

__all__ = [
    "DEFAULT_MAX_BODY_BYTES",
    "DEFAULT_SETTINGS",
    "JSON_MEDIA_TYPE",
    "PAGINATION_QUERY",
    "AdapterError",
    "AdapterUsageError",
    "BodyTooLarge",
    "InMemoryRegistrationStore",
    "InvalidBody",
    "ListBody",
    "ObjectBody",
    "OcpiEnvelope",
    "OcpiJSONResponse",
    "OcpiMiddleware",
    "OcpiSettings",
    "PageSlice",
    "PageSource",
    "PageSourceError",
    "PageWindow",
    "PatchBody",
    "Registrar",
    "RegistrationStore",
    "ReplyData",
    "RequestIdsReader",
    "RoutingReader",
    "TokenAuth",
    "TokenGrant",
    "TokenLookup",
    "TokenMatch",
    "UnknownPeer",
    "envelope_of",
    "error_reply",
    "install_ocpi",
    "ocpi_response",
    "ocpi_responses",
    "paginated_response",
    "request_ids",
    "utc_now",
]
