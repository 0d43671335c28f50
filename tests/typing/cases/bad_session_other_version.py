from datetime import UTC, datetime
from typing import Any

from ocpkit._base import OcppRequest
from ocpkit.ocpp import OcppVersion, v16, v21
from ocpkit.ocpp.aio import Session


async def wrong_version(session: Session[None], request: OcppRequest[Any]) -> None:
    v201_session = session.as_version(OcppVersion.V201)
    await v201_session.call(v16.HeartbeatRequest())  # E: arg-type
    await v201_session.call(v21.HeartbeatRequest())  # E: arg-type
    await v201_session.call(request)  # E: arg-type
    stream = v21.NotifyPeriodicEventStream(id=1, pending=0, basetime=datetime.now(UTC), data=[])
    await v201_session.send(stream)  # E: misc
