"""OCPI commands and charging-profile requests, both sides, sans-IO: the request bodies per
command, the immediate answers, the results that come later, and the matching of one to the other.

How both modules work (chapters "Commands", all versions, and "ChargingProfiles", 2.2.1 and
2.3.0): the sender (typically an eMSP or SCSP) sends a request that carries a ``response_url``;
the receiver (typically the CPO) answers at once, inside the usual envelope, only whether it
could pass the request on to the charge point; what the charge point made of it arrives later as
a POST to that ``response_url`` whose body is the bare object, *not* an envelope (the envelope
belongs to the reply to that POST, without ``data``). A later result is due only when the
immediate answer was ``ACCEPTED``.

Commands (``POST {commands endpoint}/{command}``, the command object as the body):

=======  ==========================  ==============================  ==========================
version  immediate answer (envelope  body POSTed to response_url     timeout for the result
         ``data``)
=======  ==========================  ==============================  ==========================
2.1.1    ``CommandResponse``         ``CommandResponse`` (the        none given: the tracker's
         {result}                    same object, result from        ``default_timeout``
                                     CommandResponseType)
2.2.1    ``CommandResponse``         ``CommandResult`` {result,      ``timeout`` seconds of the
         {result, timeout,           message*} (CommandResultType)   immediate answer
         message*}
2.3.0    as 2.2.1                    as 2.2.1                        as 2.2.1
=======  ==========================  ==============================  ==========================

==================  ===================  =====  =====  =====
command             request object       2.1.1  2.2.1  2.3.0
==================  ===================  =====  =====  =====
CANCEL_RESERVATION  CancelReservation           yes    yes
RESERVE_NOW         ReserveNow           yes    yes    yes
START_SESSION       StartSession         yes    yes    yes
STOP_SESSION        StopSession          yes    yes    yes
UNLOCK_CONNECTOR    UnlockConnector      yes    yes    yes
==================  ===================  =====  =====  =====

A command in the URL that the version does not define is refused with :class:`UnknownCommand`
(OCPI 2001). 2.3.0 made CommandType open: another value there is kept as ``str`` with no request
object, and the caller decides (typically an immediate ``NOT_SUPPORTED``).

Charging profiles (2.2.1 and 2.3.0; ``{endpoint}`` is the receiver's chargingprofiles URL):

===========  =============================================  =============================
operation    request                                        body POSTed to response_url
===========  =============================================  =============================
SET          ``PUT {endpoint}/{session_id}``, body          ``ChargingProfileResult``
             ``SetChargingProfile``
GET_ACTIVE   ``GET {endpoint}/{session_id}?duration=...``   ``ActiveChargingProfileResult``
             ``&response_url=...``
CLEAR        ``DELETE {endpoint}/{session_id}``             ``ClearProfileResult``
             ``?response_url=...``
===========  =============================================  =============================

Every one is answered at once with ``ChargingProfileResponse`` {result, timeout}. The three
result objects are told apart by nothing but the request they answer (two of them are even
identical), so the tracker reads each body with the object its own request calls for.

Sender side: :class:`CommandTracker` and :class:`ChargingProfileTracker` hand out a unique
``response_url`` per request (their ``base_url``, a slash, and a fresh id), record the immediate
answer and the deadline it implies, and match every POSTed result to its request:

+----------------------------------------+--------------------------------------+-----------------+
| a result is POSTed while the request   | outcome                              | request is then |
| is ...                                 |                                      |                 |
+========================================+======================================+=================+
| waiting for its immediate answer (the  | :class:`ResultMatched` (the answer   | DONE            |
| two crossed on the wire)               | is still recorded when it comes)     |                 |
+----------------------------------------+--------------------------------------+-----------------+
| waiting, before its deadline           | :class:`ResultMatched`               | DONE            |
+----------------------------------------+--------------------------------------+-----------------+
| waiting, at or after its deadline, or  | :class:`ResultMatched` with          | DONE            |
| reported by ``expired()``              | ``late=True``                        |                 |
+----------------------------------------+--------------------------------------+-----------------+
| refused at once (not ``ACCEPTED``) or  | :class:`UnexpectedResult`            | unchanged       |
| its request failed                     |                                      |                 |
+----------------------------------------+--------------------------------------+-----------------+
| done: a RESERVE_NOW that was accepted  | :class:`ReservationCanceled`         | DONE            |
| gets ``CANCELED_RESERVATION`` (2.2.1+: |                                      |                 |
| the CPO cancels a reservation through  |                                      |                 |
| the same response_url)                 |                                      |                 |
+----------------------------------------+--------------------------------------+-----------------+
| done (any other result)                | :class:`DuplicateResult`             | unchanged       |
+----------------------------------------+--------------------------------------+-----------------+
| unknown, or forgotten after            | :class:`UnknownResult`, answered     | ``-``           |
| ``retain_for``                         | with NotFound (HTTP 404)             |                 |
+----------------------------------------+--------------------------------------+-----------------+

A body that does not parse raises :class:`InvalidPayload` (OCPI 2001) or :class:`PayloadNotJson`
(HTTP 400) and leaves the request waiting. Receiver side: :func:`parse_command_request`,
:func:`command_response`, :func:`command_result_post`, :func:`charging_profile_response`,
:func:`profile_result_post` and the charging-profile request values with their ``from_query``.
"""

from ._errors import (
    CommandError,
    CommandUsageError,
    InvalidPayload,
    PayloadNotJson,
    UnknownCommand,
)
from ._outcomes import (
    CommandOutcome,
    DuplicateResult,
    ProfileOutcome,
    ReservationCanceled,
    ResultMatched,
    Tracked,
    TrackedCommand,
    TrackedProfileRequest,
    TrackState,
    UnexpectedResult,
    UnknownResult,
)
from ._profiles import (
    ClearProfileRequest,
    GetActiveProfileRequest,
    ProfileRequest,
    SetProfileRequest,
    charging_profile_response,
    profile_result_post,
)
from ._receiving import (
    ReceivedCommand,
    ResultPost,
    command_request_type,
    command_response,
    command_result,
    command_result_post,
    command_url,
    parse_command_request,
)
from ._tables import (
    COMMAND_FLOWS,
    COMMAND_REQUESTS,
    PROFILE_OPERATIONS,
    PROFILE_VERSIONS,
    AnyCommandResponse,
    AnyProfileResponse,
    CommandFlow,
    CommandRequestBody,
    CommandResultBody,
    ProfileOperation,
    ProfileResultBody,
)
from ._tracker import ChargingProfileTracker, CommandTracker

__all__ = [
    "COMMAND_FLOWS",
    "COMMAND_REQUESTS",
    "PROFILE_OPERATIONS",
    "PROFILE_VERSIONS",
    "AnyCommandResponse",
    "AnyProfileResponse",
    "ChargingProfileTracker",
    "ClearProfileRequest",
    "CommandError",
    "CommandFlow",
    "CommandOutcome",
    "CommandRequestBody",
    "CommandResultBody",
    "CommandTracker",
    "CommandUsageError",
    "DuplicateResult",
    "GetActiveProfileRequest",
    "InvalidPayload",
    "PayloadNotJson",
    "ProfileOperation",
    "ProfileOutcome",
    "ProfileRequest",
    "ProfileResultBody",
    "ReceivedCommand",
    "ReservationCanceled",
    "ResultMatched",
    "ResultPost",
    "SetProfileRequest",
    "TrackState",
    "Tracked",
    "TrackedCommand",
    "TrackedProfileRequest",
    "UnexpectedResult",
    "UnknownCommand",
    "UnknownResult",
    "charging_profile_response",
    "command_request_type",
    "command_response",
    "command_result",
    "command_result_post",
    "command_url",
    "parse_command_request",
    "profile_result_post",
]
