from datetime import UTC, datetime
from typing import Any

from ocpkit._base import OcppRequest
from ocpkit.ocpp import OcppVersion, v16, v21, v201
from ocpkit.ocpp.aio import Session


async def any_version(session: Session[str], request: OcppRequest[Any]) -> None:
    # The version is known only at run time: every version's models, and models built from
    # data, are accepted statically (the session checks them when called).
    boot: v201.HeartbeatResponse = await session.call(v201.HeartbeatRequest())
    old: v16.HeartbeatResponse = await session.call(v16.HeartbeatRequest())
    await session.call(request)
    print(boot.current_time, old.current_time, session.context.upper())


async def narrowed(session: Session[str]) -> datetime:
    v201_session: Session[str, v201.V201Request[Any]] = session.as_version(OcppVersion.V201)
    answer = await v201_session.call(v201.HeartbeatRequest(), timeout=5)
    return answer.current_time


async def v21_send(session: Session[None]) -> None:
    v21_session = session.as_version(OcppVersion.V21)
    await v21_session.send(
        v21.NotifyPeriodicEventStream(id=1, pending=0, basetime=datetime.now(UTC), data=[])
    )


def takes_any_session(session: Session[str]) -> str:
    return session.identity


def narrowed_sessions_are_still_sessions(session: Session[str]) -> str:
    return takes_any_session(session.as_version(OcppVersion.V16))
