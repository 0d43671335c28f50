"""An ocpkit CSMS on several processes and machines, joined by NATS (extra ``ocpkit[nats]``).

Stations connect to any CSMS node (behind a load balancer); any process reaches any station
without knowing which node holds it::

    from ocpkit.ocpp import v201
    from ocpkit.ocpp.cluster import NatsCluster, StationNotConnected

    async with NatsCluster("nats://127.0.0.1:4222", namespace="prod") as cluster:
        try:
            answer = await cluster.call("CS-0001", v201.ResetRequest(type=...), timeout=10)
        except StationNotConnected:
            ...

A node is a :class:`~ocpkit.ocpp.aio.CsmsServer` given the cluster, which it starts and
closes with itself::

    async with CsmsServer(router=router, cluster=NatsCluster(url, namespace="prod")) as node:
        await node.serve_forever()

(the server calls :meth:`NatsCluster.station_connected` once its own ``on_connect`` has run,
:meth:`NatsCluster.station_disconnected` before its ``on_disconnect``, and
:meth:`NatsCluster.on_frame` for each frame; the command line has ``ocpkit csms --nats URL``
and ``ocpkit call --nats URL ...``). Station-initiated calls can be handled by workers: the
node's router comes from :meth:`NatsCluster.forwarding_router`, and each worker process runs
:func:`serve_router` with the real handlers.

Subjects (``<ns>`` is the namespace; ``<station>`` the identity encoded as one subject token,
see :func:`encode_identity`; ``<v>`` is ``v16``, ``v201`` or ``v21``):

===============================  ================================  ===========================
subject                          published by -> listened to by    carries
===============================  ================================  ===========================
``<ns>.station.<station>``       callers -> the node holding the   CSMS-initiated calls
                                 station (queue group              (request/reply), and
                                 ``<ns>.nodes``)                   claims from a newer node
``<ns>.holds``                   nodes -> every node               "I hold this station since
                                                                   ..." (settles races)
``<ns>.handle.<v>.<Action>``     nodes -> one worker (queue group  station-initiated calls
                                 ``<ns>.workers``)                 (request/reply)
``<ns>.event.<station>.<kind>``  nodes -> any listener             ``connected``,
                                                                   ``disconnected``,
                                                                   ``received`` (and ``sent``)
===============================  ================================  ===========================

Listeners subscribe with wildcards: ``<ns>.event.>`` (everything), ``<ns>.event.*.connected``
(every connection), ``<ns>.event.<station>.*`` (one station); or use
:meth:`NatsCluster.events`. Headers and bodies: :mod:`ocpkit.ocpp.cluster._wire`. Calls carry
a deadline (``Ocpp-Deadline``, Unix time): the clocks of the machines must agree within a
small part of a call's timeout (NTP does).
"""

try:
    import nats as _nats  # noqa: F401 - fail here, with the extra's name, if it is missing
except ImportError as error:  # pragma: no cover - depends on the environment
    raise ImportError("ocpkit.ocpp.cluster needs nats-py: pip install 'ocpkit[nats]'") from error

from ._caller import FAILURES
from ._cluster import NatsCluster, serve_router
from ._errors import (
    ClusterError,
    ClusterUnavailable,
    ClusterUsageError,
    NodeFailed,
    RoutedCallFailed,
    RoutedCallTimeout,
    RoutedPayloadInvalid,
    StationCallError,
    StationNotConnected,
)
from ._events import (
    ClusterEvent,
    EventStream,
    FrameEvents,
    FrameSeen,
    StationConnected,
    StationDisconnected,
)
from ._subjects import Subjects, decode_identity, encode_identity
from ._wire import Outcome
from ._workers import ForwardedCall, RouterWorker, current_call

__all__ = [
    "FAILURES",
    "ClusterError",
    "ClusterEvent",
    "ClusterUnavailable",
    "ClusterUsageError",
    "EventStream",
    "ForwardedCall",
    "FrameEvents",
    "FrameSeen",
    "NatsCluster",
    "NodeFailed",
    "Outcome",
    "RoutedCallFailed",
    "RoutedCallTimeout",
    "RoutedPayloadInvalid",
    "RouterWorker",
    "StationCallError",
    "StationConnected",
    "StationDisconnected",
    "StationNotConnected",
    "Subjects",
    "current_call",
    "decode_identity",
    "encode_identity",
    "serve_router",
]
