"""Station-initiated calls handled away from the node: the node's forwarding handlers and the
workers that serve a :class:`~ocpkit.ocpp.router.Router` in a queue group.

A node forwards a station's CALL of ``action`` on ``<namespace>.handle.<v>.<action>``; one
worker of the queue group ``<namespace>.workers`` runs its router's handler and answers. How
the node answers the station:

=====================================================  =======================================
what happened                                          the station gets
=====================================================  =======================================
the worker's handler returned the response             CALLRESULT with it (validated again)
the worker's handler raised an ``OcppError``           CALLERROR with that error's code,
(or the router answered NotSupported, InternalError)   description and details
no worker serves the action (NATS "no responders")     CALLERROR InternalError
no answer within ``worker_timeout`` (a worker died     CALLERROR InternalError
mid-call, or is overloaded)
the worker's answer is unreadable or breaks its        CALLERROR InternalError (logged)
schema; no NATS connection
=====================================================  =======================================

InternalError for a missing worker: the action is one the operator chose to serve, so its
absence is a failure of the CSMS, not an action the CSMS does not support. A 2.1 SEND message
is published to the workers and never answered.

Inside a worker's handler, :func:`current_call` says which station called, through which node.
"""

import asyncio
import logging
import time
from collections.abc import Callable, Coroutine
from contextvars import ContextVar
from types import TracebackType
from typing import Any, Self

import attrs
import nats.errors
from nats.aio.client import Client
from nats.aio.msg import Msg
from nats.aio.subscription import Subscription

from ocpkit._base import OcppRequest, OcppResponse, OcppSend
from ocpkit.ocpp.aio import current_session
from ocpkit.ocpp.errors import ErrorKind, OcppError, PayloadValidationError
from ocpkit.ocpp.events import CallReceived, SendReceived
from ocpkit.ocpp.registry import Action, actions_of
from ocpkit.ocpp.router import Router
from ocpkit.ocpp.validation import ValidationMode, decode
from ocpkit.ocpp.version import OcppVersion

from ._subjects import Subjects, decode_identity, encode_identity
from ._wire import (
    ACTION,
    DEADLINE,
    NODE,
    OUTCOME,
    STATION,
    VERSION,
    CallErrorBody,
    Outcome,
    WireError,
    deadline_header,
    read_version,
)

__all__ = ["ForwardedCall", "RouterWorker", "current_call", "forwarding_handler"]

logger = logging.getLogger("ocpkit.cluster")

_current: ContextVar["ForwardedCall"] = ContextVar("ocpkit_cluster_current_call")


@attrs.frozen(kw_only=True)
class ForwardedCall:
    """The station call a worker's handler is serving: who sent it, through which node."""

    identity: str
    version: OcppVersion
    action: str
    node: str
    message_id: str
    """The id the worker gave the call (the station's own id stays on the node)."""


def current_call() -> ForwardedCall:
    """The station call the running worker handler serves (``current_call().identity``); raises
    ``LookupError`` outside a worker's handler."""
    return _current.get()


def forwarding_handler(
    client_of: Callable[[], Client | None],
    subjects: Subjects,
    version: OcppVersion,
    action: Action,
    *,
    node: str,
    timeout: float,
    mode: ValidationMode,
) -> Callable[[Any], Coroutine[Any, Any, Any]]:
    """The handler a node registers for ``action``: forward the station's call to the workers
    and give back their answer (see the module's table). ``client_of`` gives the NATS client
    of the moment (``None`` before the cluster starts or after it closed)."""
    subject = subjects.handle(version, action.name)

    async def forward(request: OcppRequest[OcppResponse] | OcppSend) -> OcppResponse | None:
        identity = current_session().identity
        client = client_of()
        headers = {
            VERSION: version.value,
            ACTION: action.name,
            NODE: node,
            STATION: encode_identity(identity),
            DEADLINE: deadline_header(time.time() + timeout),
        }
        if action.response is None:  # a SEND: nothing comes back
            if client is None:
                logger.warning(
                    "%s: SEND %s not forwarded: not in the cluster", identity, action.name
                )
                return None
            try:
                await client.publish(subject, request.to_json(), headers=headers)
            except nats.errors.Error as error:
                logger.warning("%s: SEND %s not forwarded: %r", identity, action.name, error)
            return None
        if client is None or not client.is_connected:
            raise OcppError("the CSMS cannot reach its workers", kind=ErrorKind.INTERNAL)
        try:
            msg = await client.request(subject, request.to_json(), timeout=timeout, headers=headers)
        except nats.errors.NoRespondersError:
            logger.error("%s: no worker serves %s", identity, action.name)
            raise OcppError(f"no worker serves {action.name}", kind=ErrorKind.INTERNAL) from None
        except nats.errors.TimeoutError:
            logger.error("%s: no worker answered %s in %g s", identity, action.name, timeout)
            raise OcppError("the worker did not answer in time", kind=ErrorKind.INTERNAL) from None
        except nats.errors.Error as error:
            logger.error("%s: forwarding %s failed: %r", identity, action.name, error)
            raise OcppError("the CSMS cannot reach its workers", kind=ErrorKind.INTERNAL) from None
        outcome = (msg.headers or {}).get(OUTCOME)
        try:
            if outcome == Outcome.RESULT:
                assert action.response is not None
                return decode(action.response, msg.data, mode).message
            if outcome == Outcome.CALL_ERROR:
                raise CallErrorBody.from_json(msg.data).to_error()
        except (PayloadValidationError, WireError) as error:
            logger.error(
                "%s: the worker's answer to %s is invalid: %s", identity, action.name, error
            )
            raise OcppError("the worker's answer is invalid", kind=ErrorKind.INTERNAL) from None
        logger.error("%s: the worker's answer to %s has no known outcome", identity, action.name)
        raise OcppError("the worker's answer is invalid", kind=ErrorKind.INTERNAL)

    return forward


class RouterWorker:
    """Serves a router's handlers to the nodes, in the workers' queue group (made by
    :func:`~ocpkit.ocpp.cluster.serve_router`; stop it with :meth:`close`)."""

    def __init__(
        self, client: Client, subjects: Subjects, router: Router, *, mode: ValidationMode
    ) -> None:
        if router.role != "CSMS":
            raise ValueError("workers serve a CSMS router")
        self.router = router
        """The router served."""
        self._client = client
        self._subjects = subjects
        self._mode = mode
        self._subscriptions: list[Subscription] = []
        self._tasks: set[asyncio.Task[None]] = set()
        self._count = 0
        self.served: int = 0
        """Calls answered since the worker started."""

    @property
    def actions(self) -> tuple[str, ...]:
        """The actions served (those the router has a handler for)."""
        actions = actions_of(self.router.version)
        return tuple(
            name
            for name in actions
            if self.router.handles(name) and actions[name].initiated_by("ChargingStation")
        )

    async def start(self) -> Self:
        """Subscribe to every action the router handles."""
        for name in self.actions:
            self._subscriptions.append(
                await self._client.subscribe(
                    self._subjects.handle(self.router.version, name),
                    queue=self._subjects.worker_queue,
                    cb=self._on_message,
                )
            )
        await self._client.flush()
        return self

    async def close(self) -> None:
        """Stop taking calls and finish those being served."""
        for subscription in self._subscriptions:
            if not self._client.is_closed:
                try:
                    await subscription.unsubscribe()
                except nats.errors.Error as error:
                    logger.warning("unsubscribing a worker failed: %r", error)
        self._subscriptions.clear()
        if self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()

    async def _on_message(self, msg: Msg) -> None:
        task = asyncio.get_running_loop().create_task(self._serve(msg))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _serve(self, msg: Msg) -> None:
        headers = msg.headers or {}
        try:
            version = read_version(headers)
            identity = decode_identity(headers.get(STATION, ""))
        except (WireError, ValueError) as error:
            logger.warning("a hand-off on %s that cannot be read: %s", msg.subject, error)
            return
        name = headers.get(ACTION, "")
        action = actions_of(version).get(name)
        if action is None or version is not self.router.version:
            logger.warning("a hand-off of %s for OCPP %s, not served here", name, version)
            return
        self._count += 1
        call = ForwardedCall(
            identity=identity,
            version=version,
            action=name,
            node=headers.get(NODE, ""),
            message_id=str(self._count),
        )
        _current.set(call)
        try:
            message: Any = decode(action.request, msg.data, self._mode).message
        except PayloadValidationError as error:
            await self._reply(msg, action, version, error)
            return
        if action.response is None:
            await self.router.dispatch_send(SendReceived(call.message_id, name, message))
            return
        event = CallReceived(call.message_id, name, message)
        reply = await self.router.dispatch(event)
        await self._reply(msg, action, version, reply)
        if isinstance(reply, OcppResponse):
            after = self.router.after_reply(event, reply)
            if after is not None:
                await after

    async def _reply(
        self, msg: Msg, action: Action, version: OcppVersion, reply: OcppResponse | OcppError
    ) -> None:
        if not msg.reply:
            return
        if isinstance(reply, OcppError):
            outcome, data = Outcome.CALL_ERROR, CallErrorBody.of(reply, version).to_json()
        else:
            outcome, data = Outcome.RESULT, reply.to_json()
        try:
            await self._client.publish(msg.reply, data, headers={OUTCOME: outcome})
            self.served += 1
        except nats.errors.Error as error:
            logger.warning("the answer to %s was not sent: %r", action.name, error)
