"""Every relative Markdown link of the README and the documentation points somewhere real: the
file exists and, for ``path.md#anchor`` (or ``#anchor`` alone), a heading of that page makes
the anchor, by the slug rule MyST and GitHub share (lower case, punctuation dropped, spaces to
``-``) for the heading levels ``myst_heading_anchors`` of docs/conf.py gives anchors to.

The reference pages under docs/reference/generated/ are written when the site is built: a link
to one that is not there yet counts when docs/reference/index.md lists the page (the build fails
on a listed page it cannot find), and its anchors are checked once the page exists."""

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Final

import pytest

ROOT: Final = Path(__file__).resolve().parent.parent
DOCS: Final = ROOT / "docs"
GENERATED: Final = DOCS / "reference" / "generated"
SKIPPED: Final = (DOCS / "_build", GENERATED)

LINK: Final = re.compile(r"\[[^\]]*\]\(([^()\s]+)\)")
HEADING: Final = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
FENCE: Final = re.compile(r"^\s*(`{3,}|~{3,}|:{3,})")
INLINE_CODE: Final = re.compile(r"(`+).*?\1")
SCHEME: Final = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
SLUG_DROPS: Final = re.compile(r"[^\w\- ]")


def anchor_levels() -> int:
    """The deepest heading level with an anchor: ``myst_heading_anchors`` of docs/conf.py."""
    found = re.search(r"^myst_heading_anchors\s*=\s*(\d+)", (DOCS / "conf.py").read_text(), re.M)
    assert found is not None, "docs/conf.py sets no myst_heading_anchors"
    return int(found.group(1))


def slug(heading: str) -> str:
    """The anchor of a heading's text: lower case, punctuation dropped, spaces to ``-``."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", heading)  # a link in a heading: its text
    return SLUG_DROPS.sub("", text.replace("`", "").strip().lower()).replace(" ", "-")


def prose_lines(text: str) -> Iterator[str]:
    """The lines outside fenced blocks (code, directives), inline code removed."""
    fence: str | None = None
    for line in text.splitlines():
        marker = FENCE.match(line)
        if marker is not None and (fence is None or marker.group(1).startswith(fence)):
            fence = marker.group(1) if fence is None else None  # a block opens or closes
        elif fence is None:
            yield INLINE_CODE.sub("", line)


def anchors(page: Path, levels: int) -> set[str]:
    """Every anchor the headings of ``page`` make (a repeated one also as ``slug-1``, ...)."""
    made: set[str] = set()
    seen: dict[str, int] = {}
    for line in prose_lines(page.read_text(encoding="utf-8")):
        found = HEADING.match(line)
        if found is not None and len(found.group(1)) <= levels:
            name = slug(found.group(2))
            count = seen.get(name, 0)
            seen[name] = count + 1
            made.add(name if count == 0 else f"{name}-{count}")
    return made


def listed_generated_pages() -> set[Path]:
    """The generated reference pages docs/reference/index.md lists (the build writes them)."""
    index = (DOCS / "reference" / "index.md").read_text(encoding="utf-8")
    names = re.findall(r"^generated/(\S+)\s*$", index, re.M)
    return {(GENERATED / f"{name}.md").resolve() for name in names}


def broken_links(page: Path, levels: int, generated: set[Path] | None = None) -> list[str]:
    """Each relative link of ``page`` that points nowhere, with the reason."""
    problems: list[str] = []
    for line in prose_lines(page.read_text(encoding="utf-8")):
        for target in LINK.findall(line):
            if SCHEME.match(target) or target.startswith("//"):
                continue  # an absolute URL: not this test's business
            path_part, _, anchor = target.partition("#")
            linked = page if not path_part else (page.parent / path_part).resolve()
            if not linked.exists():
                if generated is not None and linked in generated:
                    continue  # written by the build; its anchors are checked once it is
                problems.append(f"{target}: no file {linked}")
                continue
            if anchor and linked.suffix == ".md" and anchor not in anchors(linked, levels):
                problems.append(f"{target}: no heading of {linked.name} makes #{anchor}")
    return problems


def pages() -> list[Path]:
    found = [ROOT / "README.md"]
    for page in sorted(DOCS.rglob("*.md")):
        if not any(page.is_relative_to(skipped) for skipped in SKIPPED):
            found.append(page)
    return found


@pytest.mark.parametrize("page", pages(), ids=lambda page: str(page.relative_to(ROOT)))
def test_every_relative_link_points_to_a_file_and_heading(page: Path) -> None:
    assert broken_links(page, anchor_levels(), listed_generated_pages()) == []


def test_the_readme_links_to_every_guide_of_the_site() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    guides = re.findall(r"^guides/(\S+)\s*$", (DOCS / "index.md").read_text(), re.M)
    assert guides
    for guide in guides:
        assert f"](docs/guides/{guide}.md)" in readme, guide


@pytest.mark.parametrize(
    ("heading", "anchor"),
    [
        ("Building a CSMS", "building-a-csms"),
        ("Migrating from PyPI `ocpp`", "migrating-from-pypi-ocpp"),
        (
            "A production CSMS: authentication, per-station context, hooks",
            "a-production-csms-authentication-per-station-context-hooks",
        ),
        ("OCPI 2.2.1 (and 2.3.0)", "ocpi-221-and-230"),
        ("See [the guide](x.md) first", "see-the-guide-first"),
    ],
)
def test_a_heading_makes_the_myst_and_github_anchor(heading: str, anchor: str) -> None:
    assert slug(heading) == anchor


def test_a_broken_link_or_anchor_is_reported(tmp_path: Path) -> None:
    (tmp_path / "other.md").write_text(
        "# Other page\n\n## Second part\n\n#### Too deep for an anchor\n\n"
        "```python\n# not a heading\n```\n",
        encoding="utf-8",
    )
    page = tmp_path / "page.md"
    page.write_text(
        "# Page\n\n"
        "[fine](other.md) [fine too](other.md#second-part) [here](#page)\n"
        "[gone](missing.md) [no such part](other.md#third-part)\n"
        "[too deep](other.md#too-deep-for-an-anchor) [a comment](other.md#not-a-heading)\n"
        "[web](https://example.com/missing.md) `[in code](missing-too.md)`\n\n"
        "```text\n[in a block](missing-as-well.md)\n```\n",
        encoding="utf-8",
    )
    problems = broken_links(page, 3)
    assert [problem.split(":")[0] for problem in problems] == [
        "missing.md",
        "other.md#third-part",
        "other.md#too-deep-for-an-anchor",
        "other.md#not-a-heading",
    ]
