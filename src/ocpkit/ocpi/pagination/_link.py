"""The RFC 8288 ``Link`` header: read a header value into :class:`Link` values, write one
link back. Pure syntax; which relation to follow is the crawler's business."""

import re
from collections.abc import Sequence
from typing import Final

import attrs

from ._errors import LinkHeaderError

__all__ = ["MAX_LINK_HEADER_LENGTH", "Link", "format_link", "parse_link_header"]

MAX_LINK_HEADER_LENGTH: Final = 16_384
"""The longest ``Link`` header value read; longer ones are refused before parsing."""

_TOKEN: Final = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_OWS: Final = re.compile(r"[ \t]*")
_LIST_GAP: Final = re.compile(r"[ \t,]*")
_QDTEXT: Final = re.compile(r"[\t \x21\x23-\x5b\x5d-\x7e\x80-\xff]+")
_QUOTED_PAIR_CHAR: Final = re.compile(r"[\t \x21-\x7e\x80-\xff]")
_TARGET_FORBIDDEN: Final = re.compile(r"[\x00-\x20\x7f<]")


@attrs.frozen(kw_only=True)
class Link:
    """One link of a ``Link`` header: its target as written (not resolved), its relation types
    (lower-cased, as they compare case-insensitively), and its other parameters (names
    lower-cased, values unquoted, ``""`` for a parameter without a value)."""

    target: str
    rel: tuple[str, ...]
    params: tuple[tuple[str, str], ...] = ()

    def has_rel(self, relation: str) -> bool:
        """Whether ``relation`` is one of this link's relation types (case-insensitive)."""
        return relation.lower() in self.rel


def _skip(pattern: "re.Pattern[str]", value: str, pos: int) -> int:
    """The index after what ``pattern`` (which also matches nothing) matches at ``pos``."""
    match = pattern.match(value, pos)
    return pos if match is None else match.end()


def _bad(message: str, position: int) -> LinkHeaderError:
    return LinkHeaderError(f"Link header: {message} at character {position}")


def _read_quoted(value: str, pos: int) -> tuple[str, int]:
    """``value[pos]`` is the opening quote; return the unescaped text and the index after it."""
    parts: list[str] = []
    pos += 1
    while True:
        match = _QDTEXT.match(value, pos)
        if match is not None:
            parts.append(match.group())
            pos = match.end()
        if pos >= len(value):
            raise _bad("unterminated quoted string", pos)
        char = value[pos]
        if char == '"':
            return "".join(parts), pos + 1
        if char == "\\" and _QUOTED_PAIR_CHAR.fullmatch(value, pos + 1, pos + 2):
            parts.append(value[pos + 1])
            pos += 2
            continue
        raise _bad("character not allowed in a quoted string", pos)


def _read_params(value: str, pos: int) -> tuple[list[tuple[str, str]], int]:
    params: list[tuple[str, str]] = []
    while True:
        pos = _skip(_OWS, value, pos)
        if pos >= len(value) or value[pos] != ";":
            return params, pos
        pos = _skip(_OWS, value, pos + 1)
        name = _TOKEN.match(value, pos)
        if name is None:
            raise _bad("parameter name expected", pos)
        pos = _skip(_OWS, value, name.end())
        text = ""
        if pos < len(value) and value[pos] == "=":
            pos = _skip(_OWS, value, pos + 1)
            if pos < len(value) and value[pos] == '"':
                text, pos = _read_quoted(value, pos)
            else:
                token = _TOKEN.match(value, pos)
                if token is None:
                    raise _bad("parameter value expected", pos)
                text, pos = token.group(), token.end()
        params.append((name.group().lower(), text))


def parse_link_header(value: str) -> list[Link]:
    """Read a ``Link`` header value (RFC 8288 section 3) into its links, in order.

    Several links are separated by commas (empty list elements are skipped); a target is
    everything between ``<`` and ``>``, commas included; parameter values are tokens or quoted
    strings (commas and semicolons inside quotes are text). Only the first ``rel`` counts
    (RFC 8288 section 3.3); ``rel`` may hold several space-separated types. Raises
    :class:`LinkHeaderError` for input longer than :data:`MAX_LINK_HEADER_LENGTH`, a link without
    ``rel``, an unbalanced bracket, an unterminated quote or any other syntax error. Linear time.
    """
    if len(value) > MAX_LINK_HEADER_LENGTH:
        raise LinkHeaderError(f"Link header longer than {MAX_LINK_HEADER_LENGTH} characters")
    links: list[Link] = []
    pos = _skip(_LIST_GAP, value, 0)
    while pos < len(value):
        if value[pos] != "<":
            raise _bad("'<' expected", pos)
        end = value.find(">", pos + 1)
        if end < 0:
            raise _bad("'<' without '>'", pos)
        target = value[pos + 1 : end]
        bad = _TARGET_FORBIDDEN.search(target)
        if bad is not None:
            raise _bad("space, control character or '<' inside <...>", pos + 1 + bad.start())
        params, pos = _read_params(value, end + 1)
        if pos < len(value) and value[pos] != ",":
            raise _bad("',' or ';' expected", pos)
        rel: tuple[str, ...] | None = None
        others: list[tuple[str, str]] = []
        for name, text in params:
            if name != "rel":
                others.append((name, text))
            elif rel is None:
                rel = tuple(part.lower() for part in text.split())
        if not rel:
            raise _bad("link without a rel parameter", pos)
        links.append(Link(target=target, rel=rel, params=tuple(others)))
        pos = _skip(_LIST_GAP, value, pos)
    return links


_PARAM_TEXT: Final = re.compile(r"[\t \x21-\x7e\x80-\xff]*")


def _quote(text: str) -> str:
    if _PARAM_TEXT.fullmatch(text) is None:
        raise LinkHeaderError("a Link parameter value holds a control or non-Latin-1 character")
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def format_link(
    target: str, rel: str | Sequence[str] = "next", *, params: Sequence[tuple[str, str]] = ()
) -> str:
    """Write one link as a ``Link`` header value: ``<target>; rel="next"`` then ``params``.

    ``rel`` is one relation type, several in one space-separated string, or a sequence. Values
    are written as quoted strings. Raises :class:`LinkHeaderError` if the target holds a space,
    a control character, ``<`` or ``>``, or a name is not an RFC 9110 token. Join several links
    with ``", "``.
    """
    if _TARGET_FORBIDDEN.search(target) or ">" in target:
        raise LinkHeaderError("a link target must not hold spaces, controls, '<' or '>'")
    rels = rel.split() if isinstance(rel, str) else [part for item in rel for part in item.split()]
    if not rels:
        raise LinkHeaderError("rel must hold at least one relation type")
    out = [f"<{target}>", f"rel={_quote(' '.join(rels))}"]
    for name, text in params:
        if _TOKEN.fullmatch(name) is None or name.lower() == "rel":
            raise LinkHeaderError("a Link parameter name must be a token other than rel")
        out.append(f"{name}={_quote(text)}")
    return "; ".join(out)
