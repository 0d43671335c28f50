"""Credentials tokens as the machine keeps them: making a new one (:func:`new_token`), the
tokens of one peer link (:class:`Tokens`), and what a token the peer presents may reach
(:class:`TokenAccess`)."""

from __future__ import annotations

import secrets
from enum import StrEnum
from typing import Final

import attrs

from ocpkit.ocpi.headers import CredentialsToken, CredentialsTokenError
from ocpkit.ocpi.versions import CREDENTIALS_MODULE, VERSIONS_MODULE

from ._errors import CredentialsError

__all__ = ["TokenAccess", "Tokens", "new_token"]

_REGISTRATION_MODULES: Final = frozenset({VERSIONS_MODULE, CREDENTIALS_MODULE})


def new_token() -> str:
    """A fresh random token: 32 bytes from :mod:`secrets`, URL-safe Base64 (43 characters,
    all within the token alphabet U+0021..U+007E)."""
    return secrets.token_urlsafe(32)


def _own_token(value: CredentialsToken | str, what: str) -> CredentialsToken:
    """A token given by our own code; text that cannot be a token is our bug, not the peer's."""
    if isinstance(value, CredentialsToken):
        return value
    try:
        return CredentialsToken(value)
    except CredentialsTokenError:
        raise CredentialsError(f"{what} cannot be a credentials token") from None


def _presented(value: CredentialsToken | str | None) -> CredentialsToken | None:
    """A token the peer presented; text that cannot be a token matches nothing."""
    if value is None or isinstance(value, CredentialsToken):
        return value
    try:
        return CredentialsToken(value)
    except CredentialsTokenError:
        return None


class TokenAccess(StrEnum):
    """What a presented token may reach."""

    NONE = "NONE"
    """Nothing: answer 401."""
    REGISTRATION = "REGISTRATION"
    """Only the versions and credentials modules (token A, or our token pending during a
    registration)."""
    FULL = "FULL"
    """Every module (the token of a registered peer, or its pending successor)."""

    def allows(self, module: str) -> bool:
        """Whether a token with this access may use ``module`` (``versions`` for the version
        information and details endpoints)."""
        if self is TokenAccess.FULL:
            return True
        return self is TokenAccess.REGISTRATION and module in _REGISTRATION_MODULES


@attrs.frozen(kw_only=True)
class Tokens:
    """The tokens of one peer link. ``ours``: the peer calls us with it; ``theirs``: we call
    the peer with it; each ``*_pending`` is its successor during an exchange, not yet
    committed."""

    ours: CredentialsToken | None = None
    theirs: CredentialsToken | None = None
    ours_pending: CredentialsToken | None = None
    theirs_pending: CredentialsToken | None = None
