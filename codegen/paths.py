"""Where the generator reads from and writes to."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCHEMAS = ROOT / "schemas"
OCPP_SCHEMAS = SCHEMAS / "ocpp"
OCPI_SCHEMAS = SCHEMAS / "ocpi"
SRC = ROOT / "src" / "ocpkit"


def shared_dir() -> Path:
    """The folder holding the pristine official definitions (``../shared`` by default)."""
    env = os.environ.get("OCPKIT_SHARED")
    return Path(env) if env else ROOT.parent / "shared"
