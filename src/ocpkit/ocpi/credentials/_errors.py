"""The errors of the credentials package: :class:`CredentialsError` and :class:`OutOfOrder`
for mistakes in how the machine is used, and the two OCPI errors it raises at a peer's request
(:class:`InvalidCredentials`, :class:`ExchangeInProgress`)."""

# ruff: noqa: N818 - exception names read as the domain, like those of ocpkit.ocpi.status

from __future__ import annotations

from ocpkit._errors import OcpkitError
from ocpkit.ocpi.reading import Violation
from ocpkit.ocpi.status import InvalidOrMissingParameters, OcpiClientError

__all__ = ["CredentialsError", "ExchangeInProgress", "InvalidCredentials", "OutOfOrder"]


class CredentialsError(OcpkitError):
    """Base of this module's errors about how the machine is used (never sent to a peer)."""


class OutOfOrder(CredentialsError):
    """A call the machine's state does not allow (e.g. ``details_received`` before the versions
    were fed, ``update`` before registering). Nothing changed."""


class InvalidCredentials(InvalidOrMissingParameters):
    """2001: an incoming POST or PUT whose body is not a valid ``Credentials`` object of the
    endpoint's version; ``violations`` says where (never quoting the input)."""

    def __init__(self, status_message: str, violations: tuple[Violation, ...] = ()) -> None:
        super().__init__(status_message)
        self.violations = violations


class ExchangeInProgress(OcpiClientError):
    """2000: a credentials POST, PUT or DELETE arrived while an exchange with the same peer runs;
    the peer may try again once it has ended."""
