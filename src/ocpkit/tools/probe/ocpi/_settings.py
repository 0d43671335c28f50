"""The settings of one ``ocpkit probe ocpi`` run and the checks of their values (a bad value is a
usage error, status 2)."""

from collections.abc import Sequence
from typing import Final

import attrs

from ocpkit.ocpi.version import OcpiVersion
from ocpkit.tools import ToolError

DEFAULT_TIMEOUT: Final = 10.0
DEFAULT_MAX_PAGES: Final = 20
DEFAULT_CLOCK_SKEW: Final = 300.0


def _usage(message: str) -> ToolError:
    return ToolError(message, status=2)


def version_asked(value: OcpiVersion | str | None) -> OcpiVersion | None:
    """The OCPI version ``value`` names (None for None); :class:`ToolError` (status 2) for one
    ocpkit does not know."""
    if value is None:
        return None
    try:
        return OcpiVersion(value)
    except ValueError:
        known = ", ".join(version.value for version in OcpiVersion)
        raise _usage(f"unknown OCPI version {value!r} (known: {known})") from None


def _check_seconds(_instance: object, attribute: "attrs.Attribute[float]", value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value < 1e6:
        raise _usage(f"{attribute.name} must be a number of seconds above 0")


def _check_deadline(_instance: object, attribute: "attrs.Attribute[float]", value: object) -> None:
    if value is not None:
        _check_seconds(_instance, attribute, value)


def _check_pages(_instance: object, _attribute: object, value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise _usage("max_pages must be a whole number >= 1")


@attrs.frozen(kw_only=True)
class OcpiProbeSettings:
    """One ``ocpkit probe ocpi`` run. Bad values raise :class:`~ocpkit.tools.ToolError`
    (status 2)."""

    versions_url: str
    """The peer's versions URL (http or https)."""
    token: str = attrs.field(repr=False)
    """The credentials token to call the peer with (shown nowhere)."""
    version: OcpiVersion | None = attrs.field(default=None, converter=version_asked)
    """The version to probe; ``None``: the highest one both ocpkit and the peer list."""
    only: Sequence[str] | None = None
    """Check ids (or prefixes ending in ``.``) to run; ``None``: all of them."""
    timeout: float = attrs.field(default=DEFAULT_TIMEOUT, validator=_check_seconds)
    """Seconds each request may take, whole reply included."""
    max_pages: int = attrs.field(default=DEFAULT_MAX_PAGES, validator=_check_pages)
    """The most pages read of each list (per walk)."""
    max_clock_skew: float = attrs.field(default=DEFAULT_CLOCK_SKEW, validator=_check_seconds)
    """Seconds a reply's timestamp may differ from the probe's clock."""
    deadline: float | None = attrs.field(default=None, validator=_check_deadline)
    """Seconds each check may take; ``None``: enough for every request it may make."""
