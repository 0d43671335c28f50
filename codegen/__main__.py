"""``python -m codegen import-schemas | generate | check``."""

from __future__ import annotations

import argparse
import sys

from codegen import generate, paths, schema_import


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("import-schemas", help="copy the official schemas into schemas/ as facts only")
    sub.add_parser("generate", help="write src/ocpkit/**/_generated/ from schemas/")
    sub.add_parser("check", help="exit 1 if generating would change any file")
    args = parser.parse_args(argv)
    if args.command == "import-schemas":
        imported = schema_import.import_schemas()
        print(f"imported {len(imported)} schema files")
        return 0
    if args.command == "generate":
        written = generate.write_all()
        print(f"generated {len(written)} files")
        return 0
    stale = generate.check_all()
    if (paths.shared_dir() / "ocpp-schemas").is_dir():
        stale = schema_import.check_import() + stale
    else:
        print("shared/ocpp-schemas not found: schemas/ not checked against the originals")
    for path in stale:
        print(f"out of date: {path}", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
