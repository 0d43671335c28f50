"""Lazy attribute loading for the per-version packages and ``ocpkit.ocpi``.

Building ~400 pydantic classes takes most of a version's import time, so ``import
ocpkit.ocpp.v201`` loads nothing generated; the first access to a name imports the generated
module that defines it. ``ocpkit.ocpi`` does the same with its shared names, so that importing a
version package (which passes through it) does not load pydantic.
"""

import importlib
from collections.abc import Callable, Mapping
from typing import Any


def lazy_exports(
    package: str, exports: Mapping[str, str], *, within: str = "_generated"
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """Module-level ``__getattr__`` and ``__dir__`` for ``package``'s lazy names: ``exports``
    maps each name to its module, under ``package.within`` (or absolute when ``within`` is
    empty)."""

    def __getattr__(name: str) -> Any:  # noqa: N807
        module = exports.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        path = f"{package}.{within}.{module}" if within else module
        value = getattr(importlib.import_module(path), name)
        globals_of_package = importlib.import_module(package).__dict__
        globals_of_package[name] = value
        return value

    def __dir__() -> list[str]:  # noqa: N807
        return sorted(set(importlib.import_module(package).__dict__) | set(exports))

    return __getattr__, __dir__
