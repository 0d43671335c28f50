"""The OCPI credentials module, sans-IO: registering with a peer, updating, unregistering, and
answering the peer doing the same, as one state machine per peer.

Facts (chapter "Credentials" of 2.1.1, 2.2.1 and 2.3.0; "Transport and format", section
"Authorization"):

* the party that hands out token A (out of band, with its versions URL) waits; the other one
  fetches its versions and details with A, then POSTs its own ``Credentials`` (holding token B)
  with A; before answering, the receiving side fetches the sender's versions and details with B,
  then answers its own ``Credentials`` holding a new token C; from then on the sender calls with
  C, the receiver with B, and A is void;
* PUT does the same exchange again (new tokens, possibly another version: the one whose
  credentials endpoint was called); DELETE ends the registration;
* POST from a registered party, and PUT or DELETE from one that is not, are answered HTTP 405;
* a receiver that cannot use the sender's API during the exchange answers 3001; one whose
  expected endpoints are missing answers 3003 (a sender in that case does not POST at all);
* token A opens only the ``versions`` and ``credentials`` modules (2.2.1+ "Authorization": 401
  elsewhere; we apply it to 2.1.1 too);
* 2.1.1 ``Credentials`` name one party (``party_id``, ``country_code``, ``business_details``);
  2.2.1+ a list of ``roles``, each a ``CredentialsRole``; 2.3.0 adds ``hub_party_id``.

The credentials module is symmetric, so one :class:`Registration` per peer does both: make it
with :meth:`Registration.initiator` (we were given the peer's token A) or
:meth:`Registration.receiver` (we handed out our token A). Once registered, either side may
update or unregister.

Our application drives it (``register``, ``update``, ``unregister``), the peer's requests come in
through ``receive_post`` / ``receive_put`` / ``receive_delete`` / ``receive_get``, and every
request the machine needs sent is described by :meth:`Registration.next_request`; its reply is
fed back with the method that :attr:`OutgoingRequest.step` names. The machine sends nothing,
reads no clock and draws no randomness except through ``token_factory`` (by default
:func:`new_token`, which uses :mod:`secrets`).

States and transitions (:data:`TRANSITIONS`; "during" is the exchange in progress):

===================  ==================  ===================  =======================
state                trigger             during               next state
===================  ==================  ===================  =======================
UNREGISTERED         register            (none)               FETCHING_VERSIONS
REGISTERED           update              (none)               FETCHING_VERSIONS
REGISTERED           unregister          (none)               UNREGISTERING
UNREGISTERED         receive_post        (none)               FETCHING_VERSIONS
REGISTERED           receive_put         (none)               FETCHING_VERSIONS
REGISTERED           receive_delete      (none)               UNREGISTERED
FETCHING_VERSIONS    versions_received   any but UNREGISTER   FETCHING_DETAILS
FETCHING_DETAILS     details_received    REGISTER             POSTING_CREDENTIALS
FETCHING_DETAILS     details_received    UPDATE               UPDATING
FETCHING_DETAILS     details_received    ACCEPT_*             REGISTERED (answer ready)
POSTING_CREDENTIALS  credentials_rec.    REGISTER             REGISTERED
UPDATING             credentials_rec.    UPDATE               REGISTERED
UNREGISTERING        deletion_received   UNREGISTER           UNREGISTERED
any busy state       failed              REGISTER,            UNREGISTERED
                                         ACCEPT_REGISTRATION
any busy state       failed              UPDATE, UNREGISTER,  REGISTERED
                                         ACCEPT_UPDATE
===================  ==================  ===================  =======================

A reply that cannot be used (transport failure, HTTP error, OCPI error status, unreadable data,
no mutual version, missing endpoints) is the ``failed`` trigger: the exchange ends, the state it
started from comes back with every committed token unchanged, and :attr:`Registration.failure`
says why. Any call the table does not allow raises :class:`OutOfOrder` and changes nothing.

Tokens, per direction ("ours": the peer calls us with it; "theirs": we call the peer with it):

* a token we receive (B in a POST, a new one in a PUT) is *pending* while we fetch the sender's
  versions and details with it, and *committed* only once both fetches succeeded; until then the
  previous one (none, or the old one) stays;
* a token we generate for the peer while we POST or PUT is pending (accepted, because the peer
  fetches our versions and details with it before answering) and committed when the peer's
  answer arrives; a failed exchange drops it and keeps the old one;
* the token we generate when answering a POST or PUT (C) is committed as we answer, voiding the
  previous one (A, or the old C): the peer knows no other from then on;
* outside an exchange there is at most one token per direction; a DELETE either way drops both.

Token encoding (``Authorization: Token ...``: plain in 2.1.1, Base64 from 2.2.1 on, which 2.2.1
notes many peers ignore, leaving a per-peer setting to choose): ``encoding`` of
:meth:`Registration.initiator` / :meth:`Registration.receiver` is the peer's mode. Every
:class:`OutgoingRequest` carries the :attr:`~OutgoingRequest.encoding` its header is written in:

================================================================  ============================
peer's mode                                                       our requests'
                                                                  ``Authorization``
================================================================  ============================
``PLAIN``                                                         plain
``BASE64`` or ``ACCEPT_BOTH``                                     Base64
``None``, the request's version known                             that version's: plain in
                                                                  2.1.1, else Base64
``None``, no version yet (a registration's first versions GET)    plain if every version we
                                                                  support is 2.1.1, else
                                                                  Base64
================================================================  ============================

The peer's headers are read with :attr:`Registration.encoding`: the mode given, or
``ACCEPT_BOTH`` when none was (see :class:`Registration` for the adapter's part).

The answer to an incoming exchange is fetched with :meth:`Registration.answer`; it returns the
``Credentials`` to send or raises the :class:`~ocpkit.ocpi.status.OcpiError` to answer with.
Refusals of incoming requests are raised at once, as the errors of :mod:`ocpkit.ocpi.status`:

+-------------------------------------------------+------------------------------------------+
| incoming                                        | answer                                   |
+=================================================+==========================================+
| no token, or a token this machine does not hold | ``AuthenticationFailed`` (401)           |
+-------------------------------------------------+------------------------------------------+
| token A (or our token pending during a          | ``RegistrationRequired`` (401)           |
| registration) on a module other than versions   |                                          |
| and credentials                                 |                                          |
+-------------------------------------------------+------------------------------------------+
| POST while registered                           | ``AlreadyRegistered`` (405)              |
+-------------------------------------------------+------------------------------------------+
| PUT or DELETE while not registered              | ``NotRegistered`` (405)                  |
+-------------------------------------------------+------------------------------------------+
| POST, PUT or DELETE while an exchange runs      | :class:`ExchangeInProgress` (2000)       |
+-------------------------------------------------+------------------------------------------+
| a version we do not serve                       | ``UnsupportedVersion`` (3002)            |
+-------------------------------------------------+------------------------------------------+
| a body that is not that version's               | :class:`InvalidCredentials` (2001)       |
| ``Credentials``, or whose token is not 1-64     |                                          |
| printable ASCII characters                      |                                          |
+-------------------------------------------------+------------------------------------------+
"""

from ._errors import CredentialsError, ExchangeInProgress, InvalidCredentials, OutOfOrder
from ._failures import Failure, FailureReason
from ._parties import (
    AnyBusinessDetails,
    AnyCredentials,
    PartyDeclaration,
    PartyRole,
    PeerParties,
    PeerParty,
    read_parties,
)
from ._peer import ModuleRequirement, PeerLink
from ._registration import Registration
from ._requests import OutgoingRequest, Step
from ._states import TRANSITIONS, Exchange, RegistrationState, Trigger
from ._tokens import TokenAccess, Tokens, new_token

__all__ = [
    "TRANSITIONS",
    "AnyBusinessDetails",
    "AnyCredentials",
    "CredentialsError",
    "Exchange",
    "ExchangeInProgress",
    "Failure",
    "FailureReason",
    "InvalidCredentials",
    "ModuleRequirement",
    "OutOfOrder",
    "OutgoingRequest",
    "PartyDeclaration",
    "PartyRole",
    "PeerLink",
    "PeerParties",
    "PeerParty",
    "Registration",
    "RegistrationState",
    "Step",
    "TokenAccess",
    "Tokens",
    "Trigger",
    "new_token",
    "read_parties",
]
