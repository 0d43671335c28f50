"""What the header modules share: the version check, the error base, the ``Headers`` type
and the case-insensitive lookup of received headers."""

from collections.abc import Iterable, Mapping
from typing import Final, TypeAlias

from ocpkit._errors import OcpkitError
from ocpkit.ocpi.status import VERSIONS, OcpiVersionText, UnknownOcpiVersion
from ocpkit.ocpi.version import OcpiVersion

__all__ = ["HeaderError", "HeaderUsageError", "Headers"]

Headers: TypeAlias = Mapping[str, str] | Iterable[tuple[str, str]]
"""Received headers: a mapping, or name/value pairs (which keep repeated headers visible)."""

_SINCE_221: Final[frozenset[str]] = frozenset({"2.2.1", "2.3.0"})


def _version(version: OcpiVersion | OcpiVersionText) -> OcpiVersionText:
    for known in VERSIONS:
        if version == known:  # == so that the OcpiVersion enum works too
            return known
    raise UnknownOcpiVersion(f"no OCPI header rules for that version; known: {', '.join(VERSIONS)}")


# ---------------------------------------------------------------------------------------------
# errors


class HeaderError(OcpkitError, ValueError):
    """Base of every error this package raises (besides ``UnknownOcpiVersion`` from
    :mod:`ocpkit.ocpi.status` for a version it has no rules for)."""


class HeaderUsageError(HeaderError):
    """The calling code misused the API: something other than a :class:`CredentialsToken`
    given as a token, or an id factory that made an id that cannot be sent."""


# ---------------------------------------------------------------------------------------------
# reading headers


def _collect(headers: Headers, names: Iterable[str]) -> dict[str, list[str]]:
    """The values of the wanted headers, by wanted name, matching names case-insensitively."""
    wanted = {name.lower(): name for name in names}
    found: dict[str, list[str]] = {name: [] for name in wanted.values()}
    pairs = headers.items() if isinstance(headers, Mapping) else headers
    for name, value in pairs:
        canonical = wanted.get(name.lower())
        if canonical is not None:
            found[canonical].append(value)
    return found
