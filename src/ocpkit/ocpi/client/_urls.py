"""The one rule for URLs a peer hands us (versions, endpoints, ``response_url``, ``Link``):
absolute http or https with a host, nothing else; and how a URL is shown in an error."""

from __future__ import annotations

from typing import Final
from urllib.parse import parse_qsl, quote, urlsplit, urlunsplit

import httpx

__all__ = ["display_url", "is_web_url"]

# Query parameters whose values say where a list GET stands and hold nothing secret; every other
# value (an opaque cursor, a peer's own parameter) is masked in errors.
_SHOWN_PARAMETERS: Final = frozenset({"offset", "limit", "date_from", "date_to", "type"})
_MASK: Final = "***"
# A peer may hand us a URL of any length; an error message quotes at most this much of it.
_MAX_SHOWN: Final = 300


def is_web_url(url: str) -> bool:
    """Whether ``url`` is an absolute ``http``/``https`` URL with a host and no whitespace or
    control characters (so it cannot smuggle another request line or header)."""
    if not url.isascii() or any(ch <= " " or ch == "\x7f" for ch in url):
        return False
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - reading it checks it (a port that is no number raises)
        httpx.URL(url)  # what the request will be built from must take it too
    except (ValueError, httpx.InvalidURL):
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)


def display_url(url: str) -> str:
    """``url`` as an error may show it: no user or password, no fragment, query values masked
    except the pagination ones (``offset``, ``limit``, ``date_from``, ``date_to``, ``type``),
    non-printable characters escaped, at most 300 characters."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        port = parts.port
    except ValueError:
        return _shorten(_printable(url))
    if ":" in host:  # an IPv6 literal keeps its brackets
        host = f"[{host}]"
    netloc = host if port is None else f"{host}:{port}"
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    query = "&".join(
        f"{quote(name)}={quote(value) if name in _SHOWN_PARAMETERS else _MASK}"
        for name, value in pairs
    )
    shown = urlunsplit((parts.scheme, netloc, parts.path, query, ""))
    return _shorten(_printable(shown))


def _printable(text: str) -> str:
    return "".join(ch if ch.isprintable() and ch.isascii() else f"\\x{ord(ch):02x}" for ch in text)


def _shorten(text: str) -> str:
    return text if len(text) <= _MAX_SHOWN else text[: _MAX_SHOWN - 3] + "..."
