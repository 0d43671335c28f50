"""Import the official OCPP JSON schemas into ``schemas/ocpp/`` and the OCPI definitions into
``schemas/ocpi/``, as facts only.

The copies keep structure, types, constraints, enum values, names and ids, and drop every piece of
prose (``description``, ``comment``, ``$comment``). The sha256 of each original file is checked
against the ``SHA256SUMS`` that ships with the originals and recorded in ``schemas/SHA256SUMS``
and ``schemas/PROVENANCE.md``. Re-running the import on the same originals gives the same bytes.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Final

import attrs

from codegen.paths import OCPI_SCHEMAS, OCPP_SCHEMAS, SCHEMAS, shared_dir

PROSE_KEYS: Final = frozenset({"description", "comment", "$comment"})
# Maps whose keys are names chosen by the schema author, not JSON Schema keywords: a property
# called "description" must survive the stripping.
NAME_MAPS: Final = frozenset({"properties", "definitions"})

# (target set, source folder) in import order.
SETS: Final = (
    ("1.6", "1.6"),
    ("1.6-security", "1.6-security"),
    ("2.0.1", "2.0.1"),
    ("2.1", "2.1"),
)
# OCA re-issued 1.6 StopTransaction.req in its 2025-04 errata sheet ("Celsius" next to the
# misspelt "Celcius", as MeterValues.req already had since 2019-12). The current official file
# replaces the 2019-12 one.
OVERRIDES: Final = {
    ("1.6", "StopTransaction.json"): "extras/1.6-errata-2025-04/StopTransaction.json"
}


# The OCPI definitions (one JSON Schema document per version, read from the spec tables) in
# ``shared/ocpi-definitions/``; they carry no prose, and are stripped all the same.
OCPI_VERSIONS: Final = ("2.1.1", "2.2.1", "2.3.0")


@attrs.frozen
class ImportedFile:
    """One schema file copied into ``schemas/``."""

    target: str
    source: str
    original_sha256: str
    copy_sha256: str


def strip_prose(node: Any, *, in_name_map: bool = False) -> Any:
    """Return ``node`` without prose keywords, keeping every fact."""
    if isinstance(node, dict):
        if in_name_map:
            return {key: strip_prose(value) for key, value in node.items()}
        return {
            key: strip_prose(value, in_name_map=key in NAME_MAPS)
            for key, value in node.items()
            if key not in PROSE_KEYS
        }
    if isinstance(node, list):
        return [strip_prose(item) for item in node]
    return node


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _published_sums(source_root: Path) -> dict[str, str]:
    sums: dict[str, str] = {}
    for line in (source_root / "SHA256SUMS").read_text(encoding="utf-8").splitlines():
        digest, _, name = line.partition("  ")
        if name:
            sums[name] = digest
    return sums


def _sources(source_root: Path) -> Iterator[tuple[str, str, Path]]:
    for target_set, source_set in SETS:
        for path in sorted((source_root / source_set).glob("*.json")):
            override = OVERRIDES.get((target_set, path.name))
            source = source_root / override if override else path
            yield target_set, path.name, source


def render(schema: Any) -> bytes:
    """The canonical text of a facts-only schema file."""
    return (json.dumps(strip_prose(schema), indent=2, ensure_ascii=False) + "\n").encode()


def import_schemas(source_root: Path | None = None) -> list[ImportedFile]:
    """Copy every official OCPP schema and OCPI definition into ``schemas/`` and record the
    provenance."""
    files, imported = render_import(source_root)
    for path, text in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text)
    return imported


def check_import(source_root: Path | None = None) -> list[Path]:
    """The files under ``schemas/`` that a fresh import would change."""
    files, _ = render_import(source_root)
    return sorted(p for p, text in files.items() if not p.exists() or p.read_bytes() != text)


def render_import(
    source_root: Path | None = None,
) -> tuple[dict[Path, bytes], list[ImportedFile]]:
    """Every file the import writes (schema copies and records), by path, and what was read."""
    root = source_root or shared_dir() / "ocpp-schemas"
    published = _published_sums(root)
    files: dict[Path, bytes] = {}
    imported: list[ImportedFile] = []
    for target_set, name, source in _sources(root):
        raw = source.read_bytes()
        digest = _sha256(raw)
        rel_source = source.relative_to(root).as_posix()
        expected = published.get(rel_source)
        if expected != digest:
            raise SystemExit(f"{rel_source}: sha256 {digest} does not match SHA256SUMS {expected}")
        text = render(json.loads(raw.decode("utf-8")))
        files[OCPP_SCHEMAS / target_set / name] = text
        imported.append(
            ImportedFile(f"ocpp/{target_set}/{name}", rel_source, digest, _sha256(text))
        )
    ocpi_root = root.parent / "ocpi-definitions"
    for version in OCPI_VERSIONS:
        raw = (ocpi_root / f"{version}.json").read_bytes()
        text = render(json.loads(raw.decode("utf-8")))
        files[OCPI_SCHEMAS / f"{version}.json"] = text
        imported.append(
            ImportedFile(
                f"ocpi/{version}.json",
                f"ocpi-definitions/{version}.json",
                _sha256(raw),
                _sha256(text),
            )
        )
    files.update(_records(imported))
    return files, imported


def _records(imported: list[ImportedFile]) -> dict[Path, bytes]:
    sums = "".join(f"{f.original_sha256}  {f.target}\n" for f in imported)

    def rows(prefix: str) -> str:
        return "".join(
            f"| `{f.target}` | `{f.source}` | `{f.original_sha256}` | `{f.copy_sha256}` |\n"
            for f in imported
            if f.target.startswith(prefix)
        )

    text = PROVENANCE_HEAD + rows("ocpp/") + PROVENANCE_OCPI + rows("ocpi/")
    return {
        SCHEMAS / "SHA256SUMS": sums.encode(),
        SCHEMAS / "PROVENANCE.md": text.encode(),
    }


PROVENANCE_HEAD: Final = """\
# Provenance of `schemas/`

Written by `python -m codegen import-schemas`; do not edit by hand.

## OCPP (`ocpp/`)

Source: the official OCA OCPP-J JSON schemas as assembled in `shared/ocpp-schemas/` (see the
PROVENANCE.md there for the public repositories and commits each set was read from and why those
copies were chosen):

* `1.6/`: OCA's OCPP-J 1.6 schema archive (ids `urn:OCPP:1.6:2019:12:*`), except
  `StopTransaction.json`, which is OCA's re-issue from the OCPP-J 1.6 errata sheet of 2025-04
  (id `urn:OCPP:1.6:2025:04:StopTransactionRequest`; the unit enum gains `Celsius`).
* `1.6-security/`: the 11 messages of "Improved security for OCPP 1.6-J" (edition 2, 2020-03).
* `2.0.1/`: OCPP 2.0.1 part 3 JSON schemas (ids `urn:OCPP:Cp:2:2020:3:*`).
* `2.1/`: OCPP 2.1 edition 1 part 3 JSON schemas (ids `urn:OCPP:Cp:2:2025:1:*`). OCA publishes
  these under CC BY-ND 4.0; the copies here keep the facts (names, types, limits, enum values,
  ids) and leave out the prose.

What the import changes: the keywords `description`, `comment` and `$comment` are removed at
every level (a property that happens to be *named* `description` is kept); the JSON is re-indented
with two spaces and LF line ends. Nothing else: key order, numbers, enum order, ids, `javaType`
and `additionalProperties` are as in the original. The importer checks every original against the
published `SHA256SUMS` before copying.

`SHA256SUMS` in this folder lists the sha256 of each *original* file under the name of its copy.

| copy | original (in `shared/ocpp-schemas/`) | sha256 of the original | sha256 of the copy |
|---|---|---|---|
"""

PROVENANCE_OCPI: Final = """\

## OCPI (`ocpi/`)

Source: `shared/ocpi-definitions/{2.1.1,2.2.1,2.3.0}.json`, the object, class and enum tables of
the official OCPI specification (github.com/ocpi/ocpi) as JSON Schema draft 2020-12, one document
per version. Each document names its source in `x-ocpi-source`: 2.1.1 from branch
`release-2.1.1-bugfixes` (commit `28ea45329a50c3dbfd790505b97860854db1d4a6`), 2.2.1 from branch
`release-2.2.1-bugfixes` with the errata (commit `ca8c04c5c8cc10ad1be2a82f61b19377d98e2a67`),
2.3.0 from tag `v2.3.0` (commit `5a675d3a21c045c64b7b0d00abbd422fe9947060`). Where the official
OpenAPI description disagrees with the spec tables, the tables win; these documents follow the
tables.

What the import changes: prose keywords are removed as for OCPP (the documents hold none); the
JSON is re-indented with two spaces. Names, types, cardinalities (`x-ocpi-cardinality`), lengths,
enum values, open-enum marks and source anchors are kept as they are. There is no published
checksum list for these documents: `SHA256SUMS` records the sha256 of each as read.

| copy | original (in `shared/`) | sha256 of the original | sha256 of the copy |
|---|---|---|---|
"""
