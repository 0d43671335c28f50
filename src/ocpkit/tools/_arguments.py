"""Argument types the ``ocpkit`` commands share (argparse ``type=`` functions): each returns the
value or raises ``argparse.ArgumentTypeError`` with a message that names what was expected."""

import argparse

from ocpkit.ocpp.version import OcppVersion

__all__ = ["ocpp_version", "port", "seconds"]


def ocpp_version(text: str) -> OcppVersion:
    try:
        return OcppVersion.parse(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def port(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"expected a port number from 0 to 65535, got {text!r}")
    return value


def seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 <= value < float("inf"):
        raise argparse.ArgumentTypeError(f"expected a number of seconds, got {text!r}")
    return value
