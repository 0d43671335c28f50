"""How an exchange ends without success: the :class:`FailureReason`, the :class:`Failure`
the machine records, and the OCPI error the receiving side of a POST or PUT answers for each
reason."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Final

import attrs

from ocpkit.ocpi.reading import Violation
from ocpkit.ocpi.status import (
    NoMatchingEndpoints,
    OcpiError,
    StatusCode,
    UnableToUseClientApi,
    UnsupportedVersion,
)

from ._requests import Step
from ._states import Exchange

__all__ = ["Failure", "FailureReason"]


class FailureReason(StrEnum):
    """Why an exchange ended without success."""

    NO_ANSWER = "NO_ANSWER"
    """The request could not be sent or got no reply (:meth:`Registration.request_failed`)."""
    HTTP_ERROR = "HTTP_ERROR"
    """The reply's HTTP status was not 2xx."""
    OCPI_ERROR = "OCPI_ERROR"
    """The reply's ``status_code`` was not a success (1xxx)."""
    INVALID_REPLY = "INVALID_REPLY"
    """The reply or its data could not be read, or named another version than asked for."""
    NO_MUTUAL_VERSION = "NO_MUTUAL_VERSION"
    """The peer lists no version we support."""
    VERSION_NOT_LISTED = "VERSION_NOT_LISTED"
    """The peer does not list the version of the exchange it started."""
    AMBIGUOUS_VERSION = "AMBIGUOUS_VERSION"
    """The peer lists the version with several URLs."""
    MISSING_ENDPOINT = "MISSING_ENDPOINT"
    """The peer's details lack its credentials endpoint or a module we require."""
    AMBIGUOUS_ENDPOINT = "AMBIGUOUS_ENDPOINT"
    """The peer's details list a needed module under several URLs."""


# What the receiving side of a POST or PUT answers for each failure.
_ANSWER_FOR: Final[Mapping[FailureReason, type[OcpiError]]] = {
    FailureReason.NO_ANSWER: UnableToUseClientApi,
    FailureReason.HTTP_ERROR: UnableToUseClientApi,
    FailureReason.OCPI_ERROR: UnableToUseClientApi,
    FailureReason.INVALID_REPLY: UnableToUseClientApi,
    FailureReason.AMBIGUOUS_VERSION: UnableToUseClientApi,
    FailureReason.NO_MUTUAL_VERSION: UnsupportedVersion,
    FailureReason.VERSION_NOT_LISTED: UnsupportedVersion,
    FailureReason.MISSING_ENDPOINT: NoMatchingEndpoints,
    FailureReason.AMBIGUOUS_ENDPOINT: NoMatchingEndpoints,
}

# Our own status messages for those answers (never the peer's text or input).
_MESSAGE_FOR: Final[Mapping[FailureReason, str]] = {
    FailureReason.NO_ANSWER: "could not reach the client's API",
    FailureReason.HTTP_ERROR: "the client's API answered an HTTP error",
    FailureReason.OCPI_ERROR: "the client's API answered an OCPI error",
    FailureReason.INVALID_REPLY: "the client's API answered data that cannot be used",
    FailureReason.AMBIGUOUS_VERSION: "the client lists the version with several URLs",
    FailureReason.NO_MUTUAL_VERSION: "no OCPI version in common",
    FailureReason.VERSION_NOT_LISTED: "the client does not list this OCPI version",
    FailureReason.MISSING_ENDPOINT: "the client lacks endpoints this party needs",
    FailureReason.AMBIGUOUS_ENDPOINT: "the client lists a needed module under several URLs",
}


@attrs.frozen(kw_only=True)
class Failure:
    """How the last exchange failed: at which ``step``, why, and what the peer said (its HTTP
    status and OCPI ``status_code``, when it answered) or where its data broke the rules."""

    exchange: Exchange
    step: Step
    reason: FailureReason
    http_status: int | None = None
    status_code: StatusCode | None = None
    violations: tuple[Violation, ...] = ()

    def error(self) -> OcpiError:
        """The error the receiving side of a POST or PUT answers for this failure (3001, 3002 or
        3003), with a message of our own."""
        return _ANSWER_FOR[self.reason](_MESSAGE_FOR[self.reason])
