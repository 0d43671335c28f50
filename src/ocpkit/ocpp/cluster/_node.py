"""The node's side: answer the calls addressed to the stations connected here, and hand a
station over when it connects to another node.

Per station held, the node has one queue subscription on the station's subject (queue group
``<namespace>.nodes``), so a request is delivered to exactly one node, even while two hold the
station for a moment. A call is served in a task of its own; the node answers it as follows
(the caller reads the outcome back with :data:`~ocpkit.ocpp.cluster._caller.FAILURES`):

=================================================  ============================================
the request                                        the node answers
=================================================  ============================================
headers unreadable, action unknown or not sent     ``invalid-request`` (the station is not
by the CSMS, payload breaks its schema             called)
the station speaks another version                 ``wrong-version``
the deadline has passed when the call arrives      ``expired`` (never sent to the station)
the station answers / answers with a CALLERROR     ``result`` / ``callerror``
no answer before the deadline (waiting behind      ``timeout`` (a call still queued at the
earlier calls to the station included)             deadline is withdrawn, never sent)
the station's response breaks its schema           ``invalid-response``
the station disconnects before answering           ``not-connected``
anything else fails                                ``internal`` (logged)
=================================================  ============================================

Hand-over (the same identity connects to a second node; the newest connection wins):

1. The new node sends a *claim* request on the station's subject, before subscribing. Nobody
   answers when no node holds the station (NATS says so at once); otherwise the holder stops
   answering the station's calls, then replies, then closes the old connection (1001,
   ``"replaced"``). The new node waits at most ``claim_timeout`` for that reply.
2. The new node subscribes, then announces on ``<namespace>.holds`` when it took the station
   (``Ocpp-Since``). Any other node that still holds the station (two connections that raced)
   compares: the older one lets go; a newer one announces itself again so that the older one
   hears it. Ties are broken by the node name.

A call already in flight on the old connection finishes there (answered once, by the old
node); calls arriving after the claim reach the new node.
"""

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator, Callable, Coroutine, Mapping
from types import MappingProxyType
from typing import Any, Final

import attrs
import nats.errors
from nats.aio.client import Client
from nats.aio.msg import Msg
from nats.aio.subscription import Subscription

from ocpkit._errors import OcpkitError
from ocpkit.ocpp.aio import (
    CallRejected,
    CallTimeout,
    InvalidResponse,
    Session,
    SessionClosed,
)
from ocpkit.ocpp.connection import LocalProtocolError
from ocpkit.ocpp.errors import PayloadValidationError
from ocpkit.ocpp.registry import actions_of
from ocpkit.ocpp.validation import ValidationMode, decode

from ._subjects import Subjects, decode_identity, encode_identity
from ._wire import (
    ACTION,
    KIND,
    KIND_CLAIM,
    NODE,
    OUTCOME,
    SINCE,
    STATION,
    CallErrorBody,
    Outcome,
    WireError,
    read_deadline,
    read_version,
)

__all__ = ["StationNode"]

logger = logging.getLogger("ocpkit.cluster")

CLOSE_GOING_AWAY: Final = 1001
REPLACED: Final = "replaced"


@attrs.define(eq=False)
class _Held:
    """A station this node holds: its newest session, and since when (ns, for claims)."""

    session: Session[Any]
    subscription: Subscription
    since: int


class _AnswerError(Exception):
    """Ends serving a call with this outcome and text (inside the node only)."""

    def __init__(self, outcome: Outcome, text: str) -> None:
        super().__init__(text)
        self.outcome = outcome
        self.text = text


class StationNode:
    """The stations one node holds, and the serving of their calls (used by
    :class:`~ocpkit.ocpp.cluster.NatsCluster`)."""

    def __init__(
        self,
        client: Client,
        subjects: Subjects,
        *,
        node: str,
        claim_timeout: float,
        mode: ValidationMode,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._client = client
        self._subjects = subjects
        self._node = node
        self._claim_timeout = claim_timeout
        self._mode = mode
        self._clock = clock
        self._held: dict[str, _Held] = {}
        self._locks = _Locks()
        self._tasks: set[asyncio.Task[None]] = set()
        self._announcements: Subscription | None = None
        self.served = 0
        """Calls answered (any outcome) since the node started."""

    @property
    def stations(self) -> Mapping[str, Session[Any]]:
        """Identity -> session of the stations held here (a read-only copy)."""
        return MappingProxyType({identity: h.session for identity, h in self._held.items()})

    async def start(self) -> None:
        """Listen to the other nodes' announcements."""
        self._announcements = await self._client.subscribe(
            self._subjects.announcements, cb=self._on_announcement
        )

    async def close(self) -> None:
        """Stop answering for every station (their sessions stay open: the server owns them)
        and wait for the calls being served."""
        for held in list(self._held.values()):
            await self._unsubscribe(held)
        self._held.clear()
        if self._announcements is not None:
            await self._quietly(self._announcements.unsubscribe())
            self._announcements = None
        if self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    # -- what the server calls ------------------------------------------------------------

    async def connected(self, session: Session[Any]) -> None:
        """``session`` opened here: claim its station and answer its calls from now on."""
        identity = session.identity
        async with self._locks.hold(identity):
            since = time.time_ns()
            held = self._held.get(identity)
            if held is not None:
                # The server replaced a connection of ours: the subscription stays.
                held.session = session
                held.since = since
            else:
                await self._claim(identity)
                if session.closing:
                    return
                subscription = await self._client.subscribe(
                    self._subjects.station(identity),
                    queue=self._subjects.station_queue,
                    cb=self._on_station_message,
                )
                self._held[identity] = _Held(session, subscription, since)
            await self._announce(identity, since)
            # Once NATS has seen the subscription, calls from any connection reach it.
            await self._quietly(self._client.flush(timeout=max(1, int(self._claim_timeout))))

    async def disconnected(self, session: Session[Any]) -> None:
        """``session`` closed: stop answering for its station unless a newer session of the
        same identity has taken its place here."""
        identity = session.identity
        async with self._locks.hold(identity):
            held = self._held.get(identity)
            if held is not None and held.session is session:
                del self._held[identity]
                await self._unsubscribe(held)

    # -- calls ----------------------------------------------------------------------------

    async def _on_station_message(self, msg: Msg) -> None:
        # Runs in the subscription's own task: hand everything to a task of its own, so that
        # a claim is never stuck behind a call and letting go never cancels its caller.
        try:
            identity = decode_identity(msg.subject.rsplit(".", 1)[-1])
        except ValueError:
            logger.warning("a message on %s, which no station has", msg.subject)
            return
        if (msg.headers or {}).get(KIND) == KIND_CLAIM:
            self._spawn(self._claimed(identity, msg))
        else:
            self._spawn(self._serve(identity, msg))

    async def _serve(self, identity: str, msg: Msg) -> None:
        if not msg.reply:
            logger.warning("%s: a call without a reply subject, ignored", identity)
            return
        try:
            response = await self._call(identity, msg)
        except _AnswerError as answer:
            outcome, data = answer.outcome, answer.text.encode()
        except Exception:
            logger.exception("%s: serving a routed call failed", identity)
            outcome, data = Outcome.INTERNAL, b"the node failed"
        else:
            outcome, data = Outcome.RESULT, response
        self.served += 1
        await self._quietly(self._client.publish(msg.reply, data, headers={OUTCOME: outcome}))

    async def _call(self, identity: str, msg: Msg) -> bytes:
        headers = msg.headers or {}
        try:
            version = read_version(headers)
            deadline = read_deadline(headers)
        except WireError as error:
            raise _AnswerError(Outcome.INVALID_REQUEST, str(error)) from None
        name = headers.get(ACTION, "")
        action = actions_of(version).get(name)
        if action is None or action.is_send or not action.initiated_by("CSMS"):
            raise _AnswerError(Outcome.INVALID_REQUEST, f"OCPP {version} has no CSMS call {name!r}")
        held = self._held.get(identity)
        if held is None or held.session.closing:
            raise _AnswerError(Outcome.NOT_CONNECTED, f"{identity} is not connected here")
        if held.session.version is not version:
            raise _AnswerError(
                Outcome.WRONG_VERSION,
                f"{identity} speaks OCPP {held.session.version}, the request is OCPP {version}",
            )
        try:
            request: Any = decode(action.request, msg.data, self._mode).message
        except PayloadValidationError as error:
            raise _AnswerError(Outcome.INVALID_REQUEST, error.description) from None
        remaining = None if deadline is None else deadline - self._clock()
        if remaining is not None and remaining <= 0:
            raise _AnswerError(Outcome.EXPIRED, "the deadline passed before the station was called")
        try:
            # The timeout covers the wait behind earlier calls too; cancelling a session call
            # that is still queued withdraws it (never sent).
            async with asyncio.timeout(remaining):
                response = await held.session.call(request, timeout=remaining)
        except TimeoutError:
            raise _AnswerError(
                Outcome.TIMEOUT, f"no answer from {identity} before the deadline"
            ) from None
        except CallRejected as error:
            body = CallErrorBody(error.code, error.description, dict(error.details))
            raise _AnswerError(Outcome.CALL_ERROR, body.to_json().decode()) from None
        except CallTimeout:
            raise _AnswerError(Outcome.TIMEOUT, f"{identity} did not answer in time") from None
        except InvalidResponse as error:
            raise _AnswerError(Outcome.INVALID_RESPONSE, error.error.description) from None
        except SessionClosed:
            raise _AnswerError(
                Outcome.NOT_CONNECTED, f"{identity} disconnected before answering"
            ) from None
        except PayloadValidationError as error:
            raise _AnswerError(Outcome.INVALID_REQUEST, error.description) from None
        except LocalProtocolError as error:
            raise _AnswerError(Outcome.INTERNAL, str(error)) from None
        encoded: bytes = response.to_json()
        return encoded

    # -- hand-over ------------------------------------------------------------------------

    async def _claim(self, identity: str) -> None:
        try:
            await self._client.request(
                self._subjects.station(identity),
                b"",
                timeout=self._claim_timeout,
                headers={KIND: KIND_CLAIM, NODE: self._node},
            )
        except nats.errors.NoRespondersError:
            pass  # nobody held it: the usual case
        except (nats.errors.TimeoutError, nats.errors.Error) as error:
            # The old holder may be gone or cut off; the announcement settles it later.
            logger.warning("%s: claiming from the previous node failed: %r", identity, error)

    async def _claimed(self, identity: str, msg: Msg) -> None:
        claimer = (msg.headers or {}).get(NODE, "")
        if claimer != self._node:
            await self._let_go(identity, f"claimed by node {claimer}")
        if msg.reply:
            await self._quietly(self._client.publish(msg.reply, b"", headers={NODE: self._node}))

    async def _announce(self, identity: str, since: int) -> None:
        await self._quietly(
            self._client.publish(
                self._subjects.announcements,
                b"",
                headers={NODE: self._node, STATION: encode_identity(identity), SINCE: str(since)},
            )
        )

    async def _on_announcement(self, msg: Msg) -> None:
        headers = msg.headers or {}
        other = headers.get(NODE, "")
        if other == self._node:
            return
        try:
            identity = decode_identity(headers.get(STATION, ""))
            since = int(headers.get(SINCE, ""))
        except ValueError:
            logger.warning("an unreadable announcement from node %r, ignored", other)
            return
        held = self._held.get(identity)
        if held is None:
            return
        if (since, other) > (held.since, self._node):
            self._spawn(self._let_go(identity, f"newer on node {other}"))
        else:
            self._spawn(self._announce(identity, held.since))

    async def _let_go(self, identity: str, why: str) -> None:
        async with self._locks.hold(identity):
            held = self._held.pop(identity, None)
            if held is None:
                return
            await self._unsubscribe(held)
        logger.info("%s: handed over (%s)", identity, why)
        self._spawn(held.session.close(CLOSE_GOING_AWAY, REPLACED))

    # -- plumbing -------------------------------------------------------------------------

    async def _unsubscribe(self, held: _Held) -> None:
        await self._quietly(held.subscription.unsubscribe())

    async def _quietly(self, step: Coroutine[Any, Any, None]) -> None:
        try:
            await step
        except (nats.errors.Error, OcpkitError) as error:
            logger.warning("a NATS step failed: %r", error)

    def _spawn(self, coro: Coroutine[Any, Any, None]) -> None:
        task = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)


class _Locks:
    """One lock per identity, made on first use and forgotten when nobody holds or waits for
    it (10,000 stations must not leave 10,000 locks behind)."""

    def __init__(self) -> None:
        self._entries: dict[str, tuple[asyncio.Lock, list[int]]] = {}

    @contextlib.asynccontextmanager
    async def hold(self, identity: str) -> AsyncIterator[None]:
        """Hold ``identity``'s lock for the ``async with`` block."""
        entry = self._entries.get(identity)
        if entry is None:
            entry = self._entries[identity] = (asyncio.Lock(), [0])
        lock, users = entry
        users[0] += 1
        try:
            async with lock:
                yield
        finally:
            users[0] -= 1
            if not users[0]:
                del self._entries[identity]
