"""Every exception class ocpkit defines descends from one root, :class:`ocpkit.OcpkitError`."""

import importlib
import inspect
import pkgutil

import pytest

import ocpkit
from ocpkit import OcpkitError

# Modules that need an optional extra are skipped only when that extra is missing.
_OPTIONAL = ("ocpkit.ocpp.aio._picows", "ocpkit.ocpp.aio._websockets")


def _modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(ocpkit.__path__, "ocpkit."):
        if "._generated" in info.name or info.name.endswith("__main__"):
            continue
        names.append(info.name)
    return names


def _exception_classes() -> list[type[BaseException]]:
    found: dict[str, type[BaseException]] = {}
    for name in _modules():
        try:
            module = importlib.import_module(name)
        except ImportError:
            if name in _OPTIONAL:
                continue
            raise
        for _, value in inspect.getmembers(module, inspect.isclass):
            if (
                issubclass(value, BaseException)
                and value.__module__.startswith("ocpkit.")
                and not value.__name__.startswith("_")
            ):
                found[f"{value.__module__}.{value.__qualname__}"] = value
    return [found[key] for key in sorted(found)]


def test_the_walk_finds_the_families() -> None:
    names = {cls.__name__ for cls in _exception_classes()}
    assert {"OcppError", "LocalProtocolError", "SessionError", "NegotiationError"} <= names
    assert {"OcpiError", "ClientError", "ReadError", "HeaderError"} <= names


@pytest.mark.parametrize("cls", _exception_classes(), ids=lambda cls: cls.__qualname__)
def test_every_ocpkit_exception_descends_from_ocpkit_error(cls: type[BaseException]) -> None:
    assert issubclass(cls, OcpkitError)
