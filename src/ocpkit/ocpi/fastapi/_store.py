"""Where a :class:`~ocpkit.ocpi.fastapi.Registrar` keeps its registrations, one per peer:
the :class:`RegistrationStore` protocol and an in-memory implementation."""

from collections.abc import Iterator, Sequence
from typing import Protocol

import attrs

from ocpkit.ocpi.credentials import Registration, TokenAccess
from ocpkit.ocpi.headers import CredentialsToken

__all__ = ["InMemoryRegistrationStore", "RegistrationStore", "TokenMatch"]


@attrs.frozen(kw_only=True)
class TokenMatch:
    """A stored registration that holds a presented token: its ``key``, the
    ``registration`` and the ``token`` (the candidate it holds)."""

    key: str
    registration: Registration
    token: CredentialsToken


class RegistrationStore(Protocol):
    """Keeps one :class:`~ocpkit.ocpi.credentials.Registration` per peer, under a key of the
    caller's choosing.

    :meth:`find` is what authenticates requests: it looks the candidates up among the tokens
    every registration holds *now* (:meth:`Registration.access`: our committed token, our
    pending one while an exchange runs, token A of a peer not registered yet). A registration
    changes while an exchange runs, so a persisting store must hand out the live object for the
    exchange's duration (a cache in front of the database) and write it at :meth:`save`.
    """

    async def get(self, key: str) -> Registration | None:
        """The registration stored under ``key``, or ``None``."""
        ...

    async def save(self, key: str, registration: Registration) -> None:
        """Store ``registration`` under ``key`` (adding or replacing)."""
        ...

    async def delete(self, key: str) -> None:
        """Forget the registration under ``key`` (nothing if there is none)."""
        ...

    async def find(self, candidates: Sequence[CredentialsToken]) -> TokenMatch | None:
        """The registration holding one of ``candidates``; ``None`` if none does, or if
        candidates are held by registrations under different keys."""
        ...


class InMemoryRegistrationStore:
    """A :class:`RegistrationStore` in a dict. :meth:`find` asks every registration about
    every candidate (time linear in the peers, and independent of which token matched); a
    store for thousands of peers would index :attr:`~ocpkit.ocpi.headers.CredentialsToken.digest`
    instead."""

    def __init__(self) -> None:
        self._registrations: dict[str, Registration] = {}

    async def get(self, key: str) -> Registration | None:
        """The registration stored under ``key``, or ``None``."""
        return self._registrations.get(key)

    async def save(self, key: str, registration: Registration) -> None:
        """Store ``registration`` under ``key``."""
        self._registrations[key] = registration

    async def delete(self, key: str) -> None:
        """Forget the registration under ``key``."""
        self._registrations.pop(key, None)

    async def find(self, candidates: Sequence[CredentialsToken]) -> TokenMatch | None:
        """The registration holding one of ``candidates`` (see :class:`RegistrationStore`)."""
        found: list[TokenMatch] = []
        for key, registration in self._registrations.items():
            for candidate in candidates:
                if registration.access(candidate) is not TokenAccess.NONE:
                    found.append(TokenMatch(key=key, registration=registration, token=candidate))
        if not found or any(match.key != found[0].key for match in found[1:]):
            return None
        return found[0]

    def items(self) -> list[tuple[str, Registration]]:
        """Every (key, registration) pair, in the order they were first stored."""
        return list(self._registrations.items())

    def __iter__(self) -> Iterator[str]:
        return iter(list(self._registrations))

    def __len__(self) -> int:
        return len(self._registrations)
