"""What every helper of the package reads: the clock, the body cap, the page limits and the
public URL (:class:`OcpiSettings`)."""

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Final

import attrs

from ._errors import AdapterUsageError

__all__ = ["DEFAULT_MAX_BODY_BYTES", "DEFAULT_SETTINGS", "OcpiSettings", "utc_now"]

DEFAULT_MAX_BODY_BYTES: Final = 1_048_576
"""The default cap on a request body: 1 MiB. The largest OCPI request bodies (a Location with
its EVSEs, a Tariff, a CDR) stay far below it."""


def utc_now() -> datetime:
    """The current time, aware, in UTC: the default clock of :class:`OcpiSettings`."""
    return datetime.now(UTC)


def _positive(_instance: object, attribute: "attrs.Attribute[int]", value: int) -> None:
    if type(value) is not int or value < 1:
        raise AdapterUsageError(f"{attribute.name} must be an int >= 1")


def _check_public_base_url(_instance: object, _attribute: object, value: str | None) -> None:
    if value is not None and (
        not isinstance(value, str)
        or not value.startswith(("http://", "https://"))
        or any(char in value for char in "?#")
    ):
        raise AdapterUsageError("public_base_url must be an http(s) URL without query or fragment")


@attrs.frozen(kw_only=True)
class OcpiSettings:
    """Settings shared by the helpers of :mod:`ocpkit.ocpi.fastapi`.

    ``clock`` gives the envelope's ``timestamp`` (aware; tests pass a fixed one);
    ``max_body_bytes`` caps a request body (see :func:`install_ocpi`); ``max_limit`` and
    ``default_limit`` bound a page (``default_limit`` when the client asks for none, never more
    than ``max_limit``); ``public_base_url`` (``https://cpo.example``) replaces the scheme and
    host the request arrived with when a ``Link`` header is written, for servers behind a proxy;
    ``exchange_timeout`` is the seconds each request of a credentials exchange may take.
    """

    clock: Callable[[], datetime] = utc_now
    max_body_bytes: int = attrs.field(default=DEFAULT_MAX_BODY_BYTES, validator=_positive)
    max_limit: int = attrs.field(default=1000, validator=_positive)
    default_limit: int = attrs.field(default=100, validator=_positive)
    public_base_url: str | None = attrs.field(default=None, validator=_check_public_base_url)
    exchange_timeout: float = 10.0

    def __attrs_post_init__(self) -> None:
        if self.default_limit > self.max_limit:
            raise AdapterUsageError("default_limit must not exceed max_limit")

    def now(self) -> datetime:
        """The clock's time; a naive one is refused (an OCPI DateTime is UTC)."""
        value = self.clock()
        if value.tzinfo is None:
            raise AdapterUsageError("the clock of OcpiSettings must return an aware datetime")
        return value


DEFAULT_SETTINGS: Final = OcpiSettings()
"""The settings used when none are given."""
