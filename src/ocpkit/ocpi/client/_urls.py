"""The one rule for URLs a peer hands us (versions, endpoints, ``response_url``, ``Link``):
absolute http or https with a host, nothing else."""

from __future__ import annotations

from urllib.parse import urlsplit

__all__ = ["is_web_url"]


def is_web_url(url: str) -> bool:
    """Whether ``url`` is an absolute ``http``/``https`` URL with a host and no whitespace or
    control characters (so it cannot smuggle another request line or header)."""
    if not url.isascii() or any(ch <= " " or ch == "\x7f" for ch in url):
        return False
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)
