"""Every generated file of the project, written or compared with what is on disk."""

from __future__ import annotations

from pathlib import Path

from codegen import emit_ocpi, emit_ocpp, ocpi_loader, ocpp_loader


def render_all() -> dict[Path, str]:
    """Every generated file (OCPP and OCPI, every version), by path, formatted."""
    files: dict[Path, str] = {}
    for version in ocpp_loader.VERSIONS:
        files.update(emit_ocpp.render_package(ocpp_loader.load(version)))
    for version in ocpi_loader.VERSIONS:
        files.update(emit_ocpi.render_package(ocpi_loader.load(version)))
    return files


def write_all() -> list[Path]:
    """Write every generated file; the paths written."""
    files = render_all()
    for path, text in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return sorted(files)


def check_all() -> list[Path]:
    """The generated files that are missing or differ from what the generator writes now."""
    stale = []
    for path, text in render_all().items():
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            stale.append(path)
    return sorted(stale)
