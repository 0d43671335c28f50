"""The RFC 8288 ``Link`` header: examples read and refused row by row, hostile input in
linear time, and formatted links that read back."""

import contextlib
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ocpkit.ocpi.pagination import (
    MAX_LINK_HEADER_LENGTH,
    Link,
    LinkHeaderError,
    format_link,
    parse_link_header,
)

BASE = "https://www.server.com/ocpi/cpo/2.2.1/cdrs/"


# -- RFC 8288 Link header ------------------------------------------------------------------

PARSED_LINKS: list[tuple[str, list[Link]]] = [
    # RFC 8288 section 3.5
    (
        '<http://example.com/TheBook/chapter2>; rel="previous"; title="previous chapter"',
        [Link(target="http://example.com/TheBook/chapter2", rel=("previous",),
              params=(("title", "previous chapter"),))],
    ),
    ('</>; rel="http://example.net/foo"', [Link(target="/", rel=("http://example.net/foo",))]),
    (
        '</terms>; rel="copyright"; anchor="#foo"',
        [Link(target="/terms", rel=("copyright",), params=(("anchor", "#foo"),))],
    ),
    (
        "</TheBook/chapter2>; rel=\"previous\"; title*=UTF-8'de'letztes%20Kapitel, "
        "</TheBook/chapter4>; rel=\"next\"; title*=UTF-8'de'n%c3%a4chstes%20Kapitel",
        [
            Link(target="/TheBook/chapter2", rel=("previous",),
                 params=(("title*", "UTF-8'de'letztes%20Kapitel"),)),
            Link(target="/TheBook/chapter4", rel=("next",),
                 params=(("title*", "UTF-8'de'n%c3%a4chstes%20Kapitel"),)),
        ],
    ),
    (
        '<http://example.org/>; rel="start http://example.net/relation/other"',
        [Link(target="http://example.org/", rel=("start", "http://example.net/relation/other"))],
    ),
    # OCPI spec example
    (
        '<https://www.server.com/ocpi/cpo/2.2.1/cdrs/?offset=150&limit=50>; rel="next"',
        [Link(target="https://www.server.com/ocpi/cpo/2.2.1/cdrs/?offset=150&limit=50",
              rel=("next",))],
    ),
    # unquoted rel, case-insensitive rel and parameter names, no space around ';'
    ("<a>;REL=NeXt", [Link(target="a", rel=("next",))]),
    # only the first rel counts (RFC 8288 section 3.3)
    ('<a>; rel=next; rel="prev"', [Link(target="a", rel=("next",))]),
    # commas inside the brackets and inside quoted strings are not separators
    (
        '<https://x/?a=1,2>; rel="next"; title="a, b; c", <y>; rel=prev',
        [Link(target="https://x/?a=1,2", rel=("next",), params=(("title", "a, b; c"),)),
         Link(target="y", rel=("prev",))],
    ),
    # quoted-pair escapes; a parameter without a value; whitespace and empty list elements
    (
        ' , <a> ;\trel = "next" ; crossorigin ; title="q\\"\\\\" ,, ',
        [Link(target="a", rel=("next",), params=(("crossorigin", ""), ("title", 'q"\\')))],
    ),
    ("", []),
    (" ,\t, ", []),
]  # fmt: skip


@pytest.mark.parametrize(("value", "expected"), PARSED_LINKS)
def test_link_header_is_read(value: str, expected: list[Link]) -> None:
    assert parse_link_header(value) == expected


MALFORMED_LINKS = [
    "https://x/?offset=10; rel=next",  # no brackets
    "<https://x/?offset=10; rel=next",  # unbalanced <
    "https://x/>; rel=next",  # unbalanced >
    "<a<b>; rel=next",
    "<<a>>; rel=next",
    "<a b>; rel=next",
    "<a>",  # no rel
    "<a>; title=x",  # no rel
    '<a>; rel=""',  # empty rel
    "<a>; rel=",
    "<a>; rel",
    '<a>; rel="next',  # unterminated quote
    '<a>; rel="ne\x01xt"',
    "<a>; =next",
    "<a> rel=next",
    "<a>; rel=next <b>; rel=prev",
    "<a>; rel=next; title=a b",
    "<a>; rel=next, x",
    '<a>; rel="next\\',
]


@pytest.mark.parametrize("value", MALFORMED_LINKS)
def test_malformed_link_header_is_refused(value: str) -> None:
    with pytest.raises(LinkHeaderError):
        parse_link_header(value)


def test_link_header_over_the_size_limit_is_refused_without_parsing() -> None:
    value = "<https://x/?offset=1>; rel=next, " * 3500  # ~100 KB
    started = time.perf_counter()
    with pytest.raises(LinkHeaderError):
        parse_link_header(value)
    assert time.perf_counter() - started < 0.05


@pytest.mark.parametrize(
    "value",
    [
        "<a>; rel=next" + "; p=v" * ((MAX_LINK_HEADER_LENGTH - 20) // 5),
        '<a>; rel=next; title="' + '\\"' * ((MAX_LINK_HEADER_LENGTH - 30) // 2) + '"',
        "," * MAX_LINK_HEADER_LENGTH,
        "<a>; rel=next, " * (MAX_LINK_HEADER_LENGTH // 16),
        "<" * MAX_LINK_HEADER_LENGTH,
        "<" + "a" * (MAX_LINK_HEADER_LENGTH - 1),
        '<a>; rel="' + "x" * (MAX_LINK_HEADER_LENGTH - 10),
        "<a>; " + ";" * (MAX_LINK_HEADER_LENGTH - 5),
    ],
)
def test_hostile_link_header_at_the_size_limit_is_handled_in_linear_time(value: str) -> None:
    assert len(value) <= MAX_LINK_HEADER_LENGTH
    started = time.perf_counter()
    with contextlib.suppress(LinkHeaderError):
        parse_link_header(value)
    assert time.perf_counter() - started < 0.5


def test_link_has_rel_is_case_insensitive() -> None:
    (link,) = parse_link_header('<a>; rel="Prev NEXT"')
    assert link.has_rel("next")
    assert link.has_rel("Next")
    assert not link.has_rel("last")


def test_format_link_writes_the_ocpi_form() -> None:
    assert format_link(f"{BASE}?offset=1") == f'<{BASE}?offset=1>; rel="next"'
    assert format_link("/a", ["next", "last"], params=[("title", 'x"y')]) == (
        '</a>; rel="next last"; title="x\\"y"'
    )


@pytest.mark.parametrize(
    ("target", "rel", "params"),
    [
        ("a b", "next", ()),
        ("a>b", "next", ()),
        ("a<b", "next", ()),
        ("a\r\nSet-Cookie: x", "next", ()),
        ("a", "", ()),
        ("a", "next", (("bad name", "x"),)),
        ("a", "next", (("rel", "x"),)),
        ("a", "next", (("title", "x\r\ny"),)),
        ("a", "next", (("title", "\u20ac"),)),
    ],
)
def test_format_link_refuses_what_cannot_be_written(
    target: str, rel: str, params: tuple[tuple[str, str], ...]
) -> None:
    with pytest.raises(LinkHeaderError):
        format_link(target, rel, params=params)


link_targets = st.text(
    alphabet=st.characters(min_codepoint=0x21, max_codepoint=0x7E, exclude_characters="<>"),
    max_size=60,
)
link_rels = st.lists(
    st.text(alphabet=st.characters(min_codepoint=0x21, max_codepoint=0x7E), min_size=1,
            max_size=12),
    min_size=1, max_size=3,
)  # fmt: skip
link_params = st.lists(
    st.tuples(
        st.from_regex(r"[a-z0-9!#$%&'*+.^_`|~-]{1,8}\*?", fullmatch=True).filter(
            lambda name: name != "rel"
        ),
        st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0xFF,
                                       exclude_characters="\x7f"), max_size=20),
    ),
    max_size=3,
)  # fmt: skip


@given(st.lists(st.tuples(link_targets, link_rels, link_params), min_size=1, max_size=4))
def test_formatted_links_read_back(
    links: list[tuple[str, list[str], list[tuple[str, str]]]],
) -> None:
    value = ", ".join(format_link(t, rels, params=params) for t, rels, params in links)
    expected = [
        Link(target=t, rel=tuple(r.lower() for r in rels), params=tuple(params))
        for t, rels, params in links
    ]
    assert parse_link_header(value) == expected


@given(st.text(max_size=200))
def test_link_parser_raises_nothing_but_link_header_error(value: str) -> None:
    try:
        links = parse_link_header(value)
    except LinkHeaderError:
        return
    assert all(link.rel for link in links)
