"""Installing the helpers on an app (:func:`install_ocpi`): the middleware that caps bodies and
puts the ids on every reply, and the exception handlers that turn every failure into an
enveloped reply (the package docstring's "Errors" table)."""

from collections.abc import MutableMapping
from http import HTTPStatus
from typing import Any, Final

from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response as HttpResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ocpkit.ocpi.status import (
    AlreadyRegistered,
    InvalidJsonBody,
    InvalidOrMissingParameters,
    NotRegistered,
    OcpiClientError,
    OcpiError,
    OcpiServerError,
)

from ._errors import BodyTooLarge
from ._paths import describe_violations, known_field_names, safe_loc
from ._replies import error_reply
from ._settings import DEFAULT_SETTINGS, OcpiSettings
from ._state import record_of, reply_headers

__all__ = ["OcpiMiddleware", "install_ocpi"]

# RFC 9110: a 401 carries a challenge (section 15.5.2), a 405 the methods allowed (15.5.6).
_CHALLENGE: Final = ("WWW-Authenticate", "Token")
_ALLOW: Final[dict[type[OcpiError], str]] = {
    AlreadyRegistered: "GET, PUT, DELETE",
    NotRegistered: "GET, POST",
}
_UNEXPECTED: Final = "unexpected server error"


class _BodyLimitExceeded(HTTPException):
    """Raised inside ``receive`` when the body grows past the cap. An HTTPException, because
    FastAPI re-raises those while it reads a body and turns any other error into a 400."""

    def __init__(self, limit: int) -> None:
        super().__init__(413)
        self.limit = limit


def _content_length(scope: Scope) -> int | None:
    values = [value for name, value in scope["headers"] if name.lower() == b"content-length"]
    if len(values) != 1 or not values[0].isdigit() or len(values[0]) > 18:
        return None  # the server protocol has judged the framing; the count below still holds
    return int(values[0])


class OcpiMiddleware:
    """ASGI middleware (added by :func:`install_ocpi`): refuses a body longer than
    ``settings.max_body_bytes`` (HTTP 413, before reading it when ``Content-Length`` says so,
    else as soon as the count passes the cap) and adds the request's ids, and the reply's
    routing headers once known, to every reply."""

    def __init__(self, app: ASGIApp, settings: OcpiSettings = DEFAULT_SETTINGS) -> None:
        self.app = app
        self.settings = settings

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        record_of(scope)
        limit = self.settings.max_body_bytes
        length = _content_length(scope)
        if length is not None and length > limit:
            reply = _reply(BodyTooLarge(limit), scope, self.settings)
            await reply(scope, receive, send)
            return
        received = 0

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise _BodyLimitExceeded(limit)
            return message

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                extra = [
                    (name.lower().encode("latin-1"), value.encode("latin-1"))
                    for name, value in reply_headers(scope)
                    if name.lower().encode("latin-1") not in present
                ]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, limited_receive, send_with_headers)


def _reply(
    error: OcpiError,
    scope: MutableMapping[str, Any],
    settings: OcpiSettings,
    extra: list[tuple[str, str]] | None = None,
) -> HttpResponse:
    headers = list(extra or [])
    if error.http_status == 401 and not any(
        name.lower() == "www-authenticate" for name, _ in headers
    ):
        headers.append(_CHALLENGE)
    allow = _ALLOW.get(type(error))
    if allow is not None:
        headers.append(("Allow", allow))
    # the middleware adds these too, but the reply to an unexpected error leaves the app
    # outside it (Starlette's ServerErrorMiddleware is the outermost layer)
    headers += reply_headers(scope)
    version = record_of(scope).version
    return error_reply(error, now=settings.now(), version=version, headers=headers)


def _http_error(exc: HTTPException) -> OcpiError:
    if isinstance(exc, _BodyLimitExceeded):
        return BodyTooLarge(exc.limit)
    status = exc.status_code
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        phrase = "HTTP error"
    if status >= 500:
        return OcpiServerError(phrase, http_status=status)
    return OcpiClientError(phrase, http_status=status)


def _validation_error(exc: RequestValidationError) -> OcpiError:
    details = list(exc.errors())
    if any(detail.get("type") == "json_invalid" for detail in details):
        return InvalidJsonBody("request body is not JSON")
    pairs = [
        (safe_loc(tuple(detail.get("loc", ())), str(detail.get("type"))), str(detail.get("type")))
        for detail in details
    ]
    return InvalidOrMissingParameters(describe_violations("invalid request", pairs))


def install_ocpi(app: FastAPI, settings: OcpiSettings = DEFAULT_SETTINGS) -> None:
    """Make ``app`` answer the OCPI way: add :class:`OcpiMiddleware` and exception handlers
    that turn an :class:`~ocpkit.ocpi.status.OcpiError` (with every subclass the core raises:
    header, pagination, credentials, commands errors), FastAPI's request validation errors,
    HTTP errors and any unexpected exception into an enveloped reply (package docstring,
    "Errors"). Call it once, before the app serves."""
    known_field_names()  # load the names once now rather than on a first hostile request

    async def on_ocpi_error(request: Request, exc: Exception) -> HttpResponse:
        assert isinstance(exc, OcpiError)
        return _reply(exc, request.scope, settings)

    async def on_validation_error(request: Request, exc: Exception) -> HttpResponse:
        assert isinstance(exc, RequestValidationError)
        return _reply(_validation_error(exc), request.scope, settings)

    async def on_http_error(request: Request, exc: Exception) -> HttpResponse:
        assert isinstance(exc, HTTPException)
        return _reply(_http_error(exc), request.scope, settings, list((exc.headers or {}).items()))

    async def on_unexpected(request: Request, exc: Exception) -> HttpResponse:
        error = OcpiServerError(_UNEXPECTED, http_status=500)
        return _reply(error, request.scope, settings)

    app.add_middleware(OcpiMiddleware, settings=settings)
    app.add_exception_handler(OcpiError, on_ocpi_error)
    app.add_exception_handler(RequestValidationError, on_validation_error)
    app.add_exception_handler(HTTPException, on_http_error)
    app.add_exception_handler(Exception, on_unexpected)
