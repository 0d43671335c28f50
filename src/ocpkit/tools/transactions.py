"""The charging transactions the tools' station runs when the CSMS asks for them.

A charging station's :class:`~ocpkit.tools.trace.AnsweringRouter` hands the remote start and
stop (1.6 RemoteStartTransaction and RemoteStopTransaction, 2.x RequestStartTransaction and
RequestStopTransaction) to a :class:`RemoteTransactions`. It keeps at most one transaction per
station identity and answers like this:

=================================  ==========================================================
the CSMS asks                      the station
=================================  ==========================================================
to start; none is running          answers Accepted, then reports the transaction: 1.6
                                   StartTransaction (the answer gives the id), 2.x
                                   TransactionEvent Started (trigger RemoteStart, an id of its
                                   own, the remoteStartId and token it was given)
to start; one is running           answers Rejected
to stop the one running            answers Accepted, then 1.6 StopTransaction (reason Remote)
                                   or 2.x TransactionEvent Ended (trigger RemoteStop)
to stop any other                  answers Rejected
=================================  ==========================================================

When the CSMS does not authorize the token of a transaction that has started (the idTagInfo or
idTokenInfo status of its answer is not Accepted), the station ends the transaction at once
with reason DeAuthorized.

Transaction messages are retried as the specifications ask (1.6 TransactionMessageAttempts and
TransactionMessageRetryInterval, 2.x MessageAttemptsTransactionEvent and
MessageAttemptIntervalTransactionEvent). A message the CSMS answers with a CALLERROR, or does
not answer in time, is sent again unchanged, at most :attr:`TransactionRetry.attempts` times in
all. Before each new attempt the station waits the interval times the attempts made so far.
The messages of one transaction go out in order: each waits until the one before has been
answered or given up.

The messages are written as wire JSON and read through the version's request model, as
:mod:`ocpkit.tools.triggers` does, so one table serves every version.
"""

import asyncio
import itertools
import logging
import uuid
from typing import Any, Final, TypeAlias, cast

import attrs
import orjson

from ocpkit._base import OcppRequest, OcppResponse
from ocpkit.ocpp.aio import CallRejected, CallTimeout, Session, SessionError, current_session
from ocpkit.ocpp.registry import actions_of
from ocpkit.ocpp.version import OcppVersion

from .answers import now

__all__ = ["RemoteTransactions", "TransactionRetry", "remote_actions", "remote_status"]

logger: logging.Logger = logging.getLogger("ocpkit.tools")

Wire: TypeAlias = dict[str, Any]

_V16: Final = OcppVersion.V16


def remote_actions(version: OcppVersion) -> tuple[str, str]:
    """The actions with which a CSMS of ``version`` asks a station to start and to stop a
    transaction."""
    if version is _V16:
        return "RemoteStartTransaction", "RemoteStopTransaction"
    return "RequestStartTransaction", "RequestStopTransaction"


def remote_status(
    version: OcppVersion, request: OcppRequest[OcppResponse], *, accepted: bool
) -> OcppResponse:
    """The answer to a remote start or stop ``request``: status Accepted or Rejected."""
    response_type = actions_of(version)[request.ocpp_action].response
    assert response_type is not None  # a remote start or stop is a call, not a SEND
    return response_type.from_json(orjson.dumps({"status": "Accepted" if accepted else "Rejected"}))


@attrs.frozen(kw_only=True)
class TransactionRetry:
    """How a station sends a transaction message the CSMS failed to process."""

    attempts: int = attrs.field(default=3, validator=attrs.validators.ge(1))
    """How many times a message is sent at most, the first time included."""
    interval: float = attrs.field(default=10.0, validator=attrs.validators.ge(0))
    """Seconds to wait before the second attempt; before the n-th, ``interval * (n - 1)``."""

    def wait(self, attempts_made: int) -> float:
        """Seconds to wait before the next attempt, after ``attempts_made`` failed ones."""
        return self.interval * attempts_made


@attrs.define(kw_only=True)
class _Transaction:
    """One transaction a station runs: where, for whom, and what it has sent."""

    evse: int
    connector: int
    token: Wire
    """1.6: ``{"idTag": ...}``; 2.x: ``{"idToken": {...}}``: the token fields of the start."""
    remote_start_id: int | None
    transaction_id: str | int | None
    """2.x: the station's own id, from the start; 1.6: the CSMS's, once it answered."""
    seq_no: "itertools.count[int]" = attrs.field(factory=itertools.count)
    sending: asyncio.Lock = attrs.field(factory=asyncio.Lock)
    """Held while one of its messages is on its way: they go out in order."""
    ended: bool = False
    """Whether its end has been sent (a transaction ends once, whoever ends it first)."""


class RemoteTransactions:
    """The transactions a station of ``version`` starts and stops when its CSMS asks (see the
    module docstring), one per station identity, sent with ``retry``.

    :meth:`answer_start` and :meth:`answer_stop` answer the remote start and stop;
    :meth:`after_start` and :meth:`after_stop` send the transaction messages once the answer
    is out (a router's after hooks, run in the session's own task).
    """

    def __init__(self, version: OcppVersion, *, retry: TransactionRetry | None = None) -> None:
        self.version: OcppVersion = OcppVersion(version)
        """The OCPP version of the station."""
        self.retry: TransactionRetry = retry or TransactionRetry()
        """How refused and unanswered transaction messages are sent again."""
        self._actions = actions_of(self.version)
        self._running: dict[str, _Transaction] = {}
        # Transactions the CSMS stopped whose end has not been sent yet (the after hook's).
        self._stopping: dict[str, _Transaction] = {}

    @property
    def start_action(self) -> str:
        """The action with which the CSMS asks to start a transaction."""
        return remote_actions(self.version)[0]

    @property
    def stop_action(self) -> str:
        """The action with which the CSMS asks to stop a transaction."""
        return remote_actions(self.version)[1]

    def running(self, identity: str) -> str | int | None:
        """The id of the transaction the station ``identity`` runs (None when it runs none,
        or on 1.6 while the CSMS has not answered its StartTransaction yet)."""
        transaction = self._running.get(identity)
        return transaction.transaction_id if transaction is not None else None

    # -- answers -------------------------------------------------------------------------------

    def answer_start(self, request: OcppRequest[OcppResponse]) -> OcppResponse:
        """Accepted, and the transaction noted, when the station runs none; else Rejected."""
        identity = current_session().identity
        accepted = identity not in self._running
        if accepted:
            self._running[identity] = self._transaction(dict(request.to_wire()))
        return remote_status(self.version, request, accepted=accepted)

    def answer_stop(self, request: OcppRequest[OcppResponse]) -> OcppResponse:
        """Accepted, and the transaction no longer running, when ``request`` names the
        transaction the station runs; else Rejected."""
        identity = current_session().identity
        transaction = self._running.get(identity)
        asked = request.to_wire()["transactionId"]
        accepted = (
            transaction is not None
            and transaction.transaction_id is not None
            and str(asked) == str(transaction.transaction_id)
        )
        if accepted:
            self._stopping[identity] = self._running.pop(identity)
        return remote_status(self.version, request, accepted=accepted)

    def _transaction(self, wire: Wire) -> _Transaction:
        if self.version is _V16:
            return _Transaction(
                evse=1,
                connector=int(wire.get("connectorId") or 1),
                token={"idTag": wire["idTag"]},
                remote_start_id=None,
                transaction_id=None,
            )
        return _Transaction(
            evse=int(wire.get("evseId") or 1),
            connector=1,
            token={"idToken": wire["idToken"]},
            remote_start_id=int(wire["remoteStartId"]),
            transaction_id=str(uuid.uuid4()),
        )

    # -- after the answers ---------------------------------------------------------------------

    async def after_start(self, request: OcppRequest[OcppResponse], response: OcppResponse) -> None:
        """Report the transaction just accepted (and end it when the CSMS does not authorize
        its token)."""
        if response.to_wire().get("status") != "Accepted":
            return
        session = current_session()
        identity = session.identity
        transaction = self._running.get(identity) or self._stopping.get(identity)
        if transaction is None:
            return
        async with transaction.sending:
            answer = await self._deliver(session, self._started(transaction))
            if answer is None:  # never delivered: the transaction is forgotten
                if self._running.get(identity) is transaction:
                    del self._running[identity]
                return
            if self.version is _V16:
                transaction.transaction_id = int(answer["transactionId"])
            token_info = answer.get("idTagInfo" if self.version is _V16 else "idTokenInfo")
            if token_info is not None and token_info.get("status") != "Accepted":
                logger.info(
                    "%s: transaction %s not authorized (%s): ending it",
                    session.identity,
                    transaction.transaction_id,
                    token_info.get("status"),
                )
                await self._end(session, transaction, remote=False)

    async def after_stop(self, request: OcppRequest[OcppResponse], response: OcppResponse) -> None:
        """Report the end of the transaction the CSMS just asked to stop."""
        if response.to_wire().get("status") != "Accepted":
            return
        session = current_session()
        transaction = self._stopping.pop(session.identity, None)
        if transaction is None:
            return
        async with transaction.sending:
            await self._end(session, transaction, remote=True)

    async def _end(self, session: Session, transaction: _Transaction, *, remote: bool) -> None:
        if transaction.ended:  # not authorized and stopped by the CSMS: one end is sent
            return
        transaction.ended = True
        if self._running.get(session.identity) is transaction:
            del self._running[session.identity]
        await self._deliver(session, self._ended(transaction, remote=remote))

    async def _deliver(self, session: Session, request: OcppRequest[OcppResponse]) -> Wire | None:
        """Send ``request``, again after a CALLERROR or a timeout (see :class:`TransactionRetry`);
        the answer's wire form, or None when it was not delivered."""
        action = request.ocpp_action
        for attempt in range(1, self.retry.attempts + 1):
            try:
                response = await session.call(request)
            except (CallRejected, CallTimeout) as error:
                if attempt == self.retry.attempts:
                    logger.warning(
                        "%s: %s not delivered after %d attempts: %s",
                        session.identity,
                        action,
                        attempt,
                        error,
                    )
                    return None
                wait = self.retry.wait(attempt)
                logger.info(
                    "%s: %s attempt %d failed (%s): again in %g s",
                    session.identity,
                    action,
                    attempt,
                    error,
                    wait,
                )
                await asyncio.sleep(wait)
            except SessionError as error:  # closed, or an answer that breaks its schema
                logger.warning("%s: %s not delivered: %s", session.identity, action, error)
                return None
            else:
                return dict(response.to_wire())
        return None  # attempts >= 1: the loop always returns

    # -- the messages --------------------------------------------------------------------------

    def _started(self, transaction: _Transaction) -> OcppRequest[OcppResponse]:
        if self.version is _V16:
            wire: Wire = {
                "connectorId": transaction.connector,
                **transaction.token,
                "meterStart": 0,
                "timestamp": now(),
            }
            return self._request("StartTransaction", wire)
        info: Wire = {"transactionId": transaction.transaction_id}
        if transaction.remote_start_id is not None:
            info["remoteStartId"] = transaction.remote_start_id
        wire = {
            "eventType": "Started",
            "timestamp": now(),
            "triggerReason": "RemoteStart",
            "seqNo": next(transaction.seq_no),
            "transactionInfo": info,
            "evse": {"id": transaction.evse, "connectorId": transaction.connector},
            **transaction.token,
        }
        return self._request("TransactionEvent", wire)

    def _ended(self, transaction: _Transaction, *, remote: bool) -> OcppRequest[OcppResponse]:
        reason = "Remote" if remote else "DeAuthorized"
        if self.version is _V16:
            wire: Wire = {
                "transactionId": transaction.transaction_id,
                "meterStop": 0,
                "timestamp": now(),
                "reason": reason,
            }
            return self._request("StopTransaction", wire)
        wire = {
            "eventType": "Ended",
            "timestamp": now(),
            "triggerReason": "RemoteStop" if remote else "Deauthorized",
            "seqNo": next(transaction.seq_no),
            "transactionInfo": {
                "transactionId": transaction.transaction_id,
                "stoppedReason": reason,
            },
        }
        return self._request("TransactionEvent", wire)

    def _request(self, action: str, wire: Wire) -> OcppRequest[OcppResponse]:
        request = self._actions[action].request.from_json(orjson.dumps(wire))
        return cast(OcppRequest[OcppResponse], request)
