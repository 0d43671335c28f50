"""One GET the probe makes and its reply: the facts kept of it (:class:`Exchange`), the reply
as the checks read it (:class:`Reply`), its body read within :data:`MAX_BODY`, and what is
wrong with it as an OCPI envelope."""

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Final, TypeAlias

import attrs
import httpx
import orjson
from pydantic import JsonValue

from ocpkit.ocpi.client import display_url
from ocpkit.ocpi.envelope import EnvelopeError, Response, parse_response
from ocpkit.ocpi.headers import RequestIds
from ocpkit.ocpi.pagination import QueryParameterError, parse_datetime

MAX_BODY: Final = 16 * 1024 * 1024  # the longest reply body read
SHOWN: Final = 3  # findings quoted in a failed check; the rest are counted

Headers: TypeAlias = tuple[tuple[str, str], ...]


# What a reply's data should be, by the kind of URL asked.
_LIST_DATA: Final = frozenset({"versions", "page"})


@attrs.frozen(kw_only=True)
class Exchange:
    """One GET the probe made, reduced to the facts the checks judge (the body is not kept).

    ``kind`` is ``versions``, ``details`` or ``page`` (a list URL); ``status`` is ``None`` when
    nothing came back (``error`` says why); ``timestamp`` is the envelope's, when it had one;
    ``shape`` says what is wrong with a 2xx reply as an envelope (``None``: nothing).
    """

    url: str
    kind: str
    ids: RequestIds
    sent: datetime
    received: datetime
    status: int | None = None
    error: str | None = None
    echoed: tuple[str | None, str | None] = (None, None)
    timestamp: datetime | None = None
    shape: str | None = None

    @property
    def what(self) -> str:
        """``GET <url>`` as a failure may show it."""
        return f"GET {display_url(self.url)}"


@attrs.frozen(kw_only=True)
class Reply:
    """A reply as the caller gets it: the facts, the headers, and the envelope (read once;
    ``None`` when the body is none, ``envelope_problem`` then says why)."""

    exchange: Exchange
    headers: Headers = ()
    envelope: Response[JsonValue] | None = None
    envelope_problem: str | None = None

    @property
    def status(self) -> int | None:
        return self.exchange.status

    def header(self, name: str) -> list[str]:
        """Every value of header ``name`` (any case)."""
        wanted = name.lower()
        return [value for key, value in self.headers if key.lower() == wanted]

    def failure(self) -> str | None:
        """Why this reply is no success envelope (HTTP 200, status 1xxx), or ``None``."""
        if self.exchange.status is None:
            return f"{self.exchange.what}: {self.exchange.error}"
        if self.exchange.status != 200:
            return f"{self.exchange.what}: HTTP {self.exchange.status}"
        if self.envelope is None:
            return f"{self.exchange.what}: {self.envelope_problem}"
        if not self.envelope.is_success:
            return f"{self.exchange.what}: OCPI status_code {int(self.envelope.status_code)}"
        return None

    def data(self) -> JsonValue:
        """The envelope's ``data`` (``None`` when there is no envelope)."""
        return None if self.envelope is None else self.envelope.data


def _violations(found: Iterable[object], limit: int = SHOWN) -> str:
    texts = [str(violation) for violation in found]
    return _some(texts, limit)


def _some(texts: Sequence[str], limit: int = SHOWN, sep: str = "; ") -> str:
    shown = sep.join(texts[:limit])
    return shown if len(texts) <= limit else f"{shown} (and {len(texts) - limit} more)"


def _read_envelope(body: bytes) -> tuple[Response[JsonValue] | None, str | None]:
    """The envelope of a reply body, or what keeps it from being one. A timestamp with an
    offset is forgiven here (it still says when), and judged by :func:`_shape`."""
    try:
        return parse_response(body), None
    except EnvelopeError as error:
        return None, f"not an OCPI envelope ({_violations(error.violations)})"


def _shape(kind: str, reply: Reply, body: bytes) -> str | None:
    """What is wrong with a 2xx reply as an envelope (others are judged by the checks that
    asked for them): none at all, a timestamp that is no OCPI DateTime, data of the wrong
    shape for ``kind``."""
    envelope = reply.envelope
    if envelope is None:
        return reply.envelope_problem
    stamp = orjson.loads(body).get("timestamp")
    try:
        parse_datetime(stamp, "timestamp")
    except QueryParameterError:
        return f"timestamp {_quote(stamp)} is not an OCPI DateTime (UTC)"
    if envelope.is_success:
        data = envelope.data
        if kind in _LIST_DATA and not isinstance(data, list):
            return f"data is {_json_kind(data)}, not a list"
        if kind == "details" and not isinstance(data, dict):
            return f"data is {_json_kind(data)}, not an object"
    return None


def _json_kind(value: object) -> str:
    if value is None:
        return "absent"
    kinds = {dict: "an object", list: "a list", str: "a string", bool: "a boolean"}
    return kinds.get(type(value), "a number")


def _quote(value: object, limit: int = 40) -> str:
    text = value if isinstance(value, str) else orjson.dumps(value).decode()
    text = "".join(ch if ch.isprintable() else "?" for ch in text)
    return repr(text if len(text) <= limit else text[:limit] + "...")


class _BodyTooLongError(Exception):
    """A reply body longer than :data:`MAX_BODY` (the read stops there)."""


async def _read_body(response: httpx.Response) -> bytes:
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.aiter_bytes():
        size += len(chunk)
        if size > MAX_BODY:
            raise _BodyTooLongError
        chunks.append(chunk)
    return b"".join(chunks)


def _single(pairs: Headers, name: str) -> str | None:
    wanted = name.lower()
    values = [value for key, value in pairs if key.lower() == wanted]
    return values[0] if len(values) == 1 else None
