"""What only OCPI adds to the IR: the kind of each definition and the module it belongs to."""

from __future__ import annotations

from typing import Literal

import attrs

from codegen import ir

DefinitionKind = Literal["object", "class", "enum", "union"]

__all__ = ["Definition", "DefinitionKind", "OcpiPackage"]


@attrs.frozen
class Definition:
    """Where a generated name comes from: its table kind, OCPI module and spec anchor."""

    name: str
    kind: DefinitionKind
    module: str
    source: str
    synthetic_name: bool = False


@attrs.frozen
class OcpiPackage:
    """One OCPI version: the protocol-neutral package plus the facts about each definition."""

    package: ir.Package
    definitions: tuple[Definition, ...]
    commit: str

    def definition(self, name: str) -> Definition:
        """The facts about the definition generated as ``name``."""
        for definition in self.definitions:
            if definition.name == name:
                return definition
        raise KeyError(name)
