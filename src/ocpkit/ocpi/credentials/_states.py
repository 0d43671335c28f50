"""Where a registration stands (:class:`RegistrationState`), the exchange in progress
(:class:`Exchange`), what moves it (:class:`Trigger`), and the table of every allowed move
(:data:`TRANSITIONS`, printed in the package docstring)."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Final, TypeAlias

__all__ = ["TRANSITIONS", "Exchange", "RegistrationState", "Trigger"]


class RegistrationState(StrEnum):
    """Where the registration with one peer stands (see the module's table)."""

    UNREGISTERED = "UNREGISTERED"
    FETCHING_VERSIONS = "FETCHING_VERSIONS"
    FETCHING_DETAILS = "FETCHING_DETAILS"
    POSTING_CREDENTIALS = "POSTING_CREDENTIALS"
    REGISTERED = "REGISTERED"
    UPDATING = "UPDATING"
    UNREGISTERING = "UNREGISTERING"


class Exchange(StrEnum):
    """The exchange in progress: one we started, or one the peer started that we answer."""

    REGISTER = "REGISTER"
    UPDATE = "UPDATE"
    UNREGISTER = "UNREGISTER"
    ACCEPT_REGISTRATION = "ACCEPT_REGISTRATION"
    ACCEPT_UPDATE = "ACCEPT_UPDATE"


class Trigger(StrEnum):
    """What moves the machine; the values name the methods that fire them, except ``failed``:
    any reply that cannot be used, or :meth:`Registration.request_failed`."""

    REGISTER = "register"
    UPDATE = "update"
    UNREGISTER = "unregister"
    POST_RECEIVED = "receive_post"
    PUT_RECEIVED = "receive_put"
    DELETE_RECEIVED = "receive_delete"
    VERSIONS_RECEIVED = "versions_received"
    DETAILS_RECEIVED = "details_received"
    CREDENTIALS_RECEIVED = "credentials_received"
    DELETION_RECEIVED = "deletion_received"
    FAILED = "failed"


_S = RegistrationState
_T = Trigger
_X = Exchange

_Move: TypeAlias = tuple[RegistrationState, Trigger, Exchange | None]

TRANSITIONS: Final[Mapping[_Move, RegistrationState]] = {
    # our application starts an exchange
    (_S.UNREGISTERED, _T.REGISTER, None): _S.FETCHING_VERSIONS,
    (_S.REGISTERED, _T.UPDATE, None): _S.FETCHING_VERSIONS,
    (_S.REGISTERED, _T.UNREGISTER, None): _S.UNREGISTERING,
    # the peer starts one
    (_S.UNREGISTERED, _T.POST_RECEIVED, None): _S.FETCHING_VERSIONS,
    (_S.REGISTERED, _T.PUT_RECEIVED, None): _S.FETCHING_VERSIONS,
    (_S.REGISTERED, _T.DELETE_RECEIVED, None): _S.UNREGISTERED,
    # registering with the peer
    (_S.FETCHING_VERSIONS, _T.VERSIONS_RECEIVED, _X.REGISTER): _S.FETCHING_DETAILS,
    (_S.FETCHING_DETAILS, _T.DETAILS_RECEIVED, _X.REGISTER): _S.POSTING_CREDENTIALS,
    (_S.POSTING_CREDENTIALS, _T.CREDENTIALS_RECEIVED, _X.REGISTER): _S.REGISTERED,
    (_S.FETCHING_VERSIONS, _T.FAILED, _X.REGISTER): _S.UNREGISTERED,
    (_S.FETCHING_DETAILS, _T.FAILED, _X.REGISTER): _S.UNREGISTERED,
    (_S.POSTING_CREDENTIALS, _T.FAILED, _X.REGISTER): _S.UNREGISTERED,
    # updating at the peer
    (_S.FETCHING_VERSIONS, _T.VERSIONS_RECEIVED, _X.UPDATE): _S.FETCHING_DETAILS,
    (_S.FETCHING_DETAILS, _T.DETAILS_RECEIVED, _X.UPDATE): _S.UPDATING,
    (_S.UPDATING, _T.CREDENTIALS_RECEIVED, _X.UPDATE): _S.REGISTERED,
    (_S.FETCHING_VERSIONS, _T.FAILED, _X.UPDATE): _S.REGISTERED,
    (_S.FETCHING_DETAILS, _T.FAILED, _X.UPDATE): _S.REGISTERED,
    (_S.UPDATING, _T.FAILED, _X.UPDATE): _S.REGISTERED,
    # unregistering at the peer
    (_S.UNREGISTERING, _T.DELETION_RECEIVED, _X.UNREGISTER): _S.UNREGISTERED,
    (_S.UNREGISTERING, _T.FAILED, _X.UNREGISTER): _S.REGISTERED,
    # answering the peer's POST
    (_S.FETCHING_VERSIONS, _T.VERSIONS_RECEIVED, _X.ACCEPT_REGISTRATION): _S.FETCHING_DETAILS,
    (_S.FETCHING_DETAILS, _T.DETAILS_RECEIVED, _X.ACCEPT_REGISTRATION): _S.REGISTERED,
    (_S.FETCHING_VERSIONS, _T.FAILED, _X.ACCEPT_REGISTRATION): _S.UNREGISTERED,
    (_S.FETCHING_DETAILS, _T.FAILED, _X.ACCEPT_REGISTRATION): _S.UNREGISTERED,
    # answering the peer's PUT
    (_S.FETCHING_VERSIONS, _T.VERSIONS_RECEIVED, _X.ACCEPT_UPDATE): _S.FETCHING_DETAILS,
    (_S.FETCHING_DETAILS, _T.DETAILS_RECEIVED, _X.ACCEPT_UPDATE): _S.REGISTERED,
    (_S.FETCHING_VERSIONS, _T.FAILED, _X.ACCEPT_UPDATE): _S.REGISTERED,
    (_S.FETCHING_DETAILS, _T.FAILED, _X.ACCEPT_UPDATE): _S.REGISTERED,
}
"""Every allowed move: (state, trigger, exchange in progress) -> next state."""

# The exchange each starting trigger opens (receive_delete opens none: it ends at once).
_OPENS: Final[Mapping[Trigger, Exchange]] = {
    _T.REGISTER: _X.REGISTER,
    _T.UPDATE: _X.UPDATE,
    _T.UNREGISTER: _X.UNREGISTER,
    _T.POST_RECEIVED: _X.ACCEPT_REGISTRATION,
    _T.PUT_RECEIVED: _X.ACCEPT_UPDATE,
}
# Exchanges during which the peer counts as registered (for the 405 rules and token access).
_WHILE_REGISTERED: Final = frozenset({_X.UPDATE, _X.UNREGISTER, _X.ACCEPT_UPDATE})
_IDLE: Final = frozenset({_S.UNREGISTERED, _S.REGISTERED})
