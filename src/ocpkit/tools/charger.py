"""``ocpkit charger``: a simulated charging station that plays one charge session.

The session, for OCPP 2.0.1 and 2.1 (2.1 sends the same messages, read as its own models):

1. BootNotification (PowerUp), which must be Accepted;
2. StatusNotification: connector 1 of EVSE 1 Available;
3. Authorize an RFID token, which must be Accepted;
4. TransactionEvent Started (meter at 0 Wh);
5. TransactionEvent Updated with meter values: energy, power and current;
6. charging, until the CSMS asks to stop the transaction (RequestStopTransaction), or for
   ``charge_for`` seconds if it does not;
7. TransactionEvent Ended (stopped remotely or locally), with the final energy;
8. StatusNotification: Available again.

For OCPP 1.6: BootNotification, StatusNotification, Authorize, StartTransaction (the CSMS gives
the transaction id), MeterValues, the wait for RemoteStopTransaction, StopTransaction,
StatusNotification.

A remote start is answered Rejected: the session runs its own transaction. Every other call the
CSMS makes is answered by an :class:`~ocpkit.tools.answers.Answerer`.
Whatever keeps the session from completing (refused connection, a rejection, an error answer,
a timeout, a closed connection) ends it with a :class:`~ocpkit.tools.ToolError` that says why.
"""

import asyncio
import uuid
from collections.abc import Callable
from typing import IO, Any, Final, TypeVar, cast
from urllib.parse import urlsplit

import attrs

from ocpkit._base import OcppRequest, OcppResponse
from ocpkit.ocpp import v16, v201
from ocpkit.ocpp.aio import (
    CallRejected,
    CallTimeout,
    ChargePointClient,
    ConnectFailed,
    Disconnect,
    InvalidResponse,
    Session,
    SessionClosed,
    SessionConfig,
    SessionError,
    SubprotocolMismatch,
    TransportName,
)
from ocpkit.ocpp.negotiation import NegotiationError
from ocpkit.ocpp.registry import actions_of
from ocpkit.ocpp.router import Router
from ocpkit.ocpp.version import OcppVersion

from . import ToolError
from .answers import Answerer, now
from .output import LogLine, ReadableFrames, Record, forward_logs, use_colour
from .trace import AnsweringRouter, FrameTap, FrameTracer
from .transactions import remote_actions, remote_status

__all__ = [
    "SessionFailed",
    "SimulatedStation",
    "StationSettings",
    "disconnect_text",
    "play_station",
    "run_charger",
]

R = TypeVar("R", bound=OcppResponse)

ID_TOKEN: Final = "DEMO-TOKEN-01"
"""The RFID token the station authorizes (fits 1.6's 20 characters)."""

# The meter over the session: Wh at the start, during charging, at the end; W; A.
_ENERGY_START, _ENERGY_UPDATE, _ENERGY_END = 0.0, 2760.0, 5520.0
_POWER, _CURRENT = 11040.0, 16.0


@attrs.frozen(kw_only=True)
class StationSettings:
    """Where and how the simulated station connects, and how long it charges."""

    url: str
    versions: tuple[OcppVersion, ...] = (OcppVersion.V201,)
    password: str | None = None
    transport: TransportName = "websockets"
    charge_for: float = 2.0
    """Seconds to wait for the CSMS to stop the transaction before stopping it locally."""
    call_timeout: float = 30.0
    """Seconds to wait for the answer to each call."""


class SessionFailed(ToolError):  # noqa: N818 - reads as the domain, like the aio errors
    """The charge session did not complete."""


class SimulatedStation:
    """The station's side of a charge session: its routers and the script it plays."""

    def __init__(self, settings: StationSettings) -> None:
        self.settings = settings
        """What the station was started with."""
        self._routers: dict[OcppVersion, Router[Any]] = {}
        self._transaction: str | None = None
        self._stop_asked = asyncio.Event()
        self.stopped_remotely: bool = False
        """Whether the CSMS asked to stop the transaction (rather than the station timing out)."""
        self.calls: int = 0
        """How many calls the station made."""

    def router_for(self, version: OcppVersion) -> Router:
        """The router answering the CSMS's calls on an OCPP ``version`` connection."""
        router = self._routers.get(version)
        if router is None:
            start_action, stop_action = remote_actions(version)
            router = self._routers[version] = AnsweringRouter(
                version,
                "ChargingStation",
                Answerer(version),
                overrides={
                    start_action: lambda request: remote_status(version, request, accepted=False),
                    stop_action: lambda request: self._stop_requested(version, request),
                },
            )
        return router

    def _stop_requested(
        self, version: OcppVersion, request: OcppRequest[OcppResponse]
    ) -> OcppResponse:
        """Accept to stop the transaction in progress (once); refuse anything else."""
        asked = str(request.to_wire()["transactionId"])
        accepted = asked == self._transaction and not self._stop_asked.is_set()
        if accepted:
            self._stop_asked.set()
        return remote_status(version, request, accepted=accepted)

    async def play(self, session: Session) -> None:
        """Play the charge session on ``session``; raises :class:`SessionFailed`."""
        try:
            if session.version is OcppVersion.V16:
                await self._play_16(session)
            else:
                await self._play_2(session)
        except CallRejected as error:
            raise SessionFailed(
                f"the CSMS answered {error.action} with {error.code}"
                + (f": {error.description}" if error.description else "")
            ) from None
        except CallTimeout as error:
            raise SessionFailed(f"the CSMS did not answer {error.action} in time") from None
        except InvalidResponse as error:
            raise SessionFailed(
                f"the CSMS's answer to {error.action} is invalid: {error.error.description}"
            ) from None
        except SessionClosed as error:
            detail = f" (code {error.code}{': ' + error.reason if error.reason else ''})"
            raise SessionFailed(
                "the connection closed before the session completed"
                + (detail if error.code is not None else "")
            ) from None

    async def _call(self, session: Session, request: OcppRequest[R]) -> dict[str, Any]:
        """Make a call; the answer's wire form (the same checks serve every version)."""
        self.calls += 1
        response = await session.call(request, timeout=self.settings.call_timeout)
        return dict(response.to_wire())

    async def _charge(self) -> None:
        try:
            await asyncio.wait_for(self._stop_asked.wait(), self.settings.charge_for)
            self.stopped_remotely = True
        except TimeoutError:
            self.stopped_remotely = False

    # -- OCPP 2.0.1 and 2.1 -----------------------------------------------------------------

    async def _play_2(self, session: Session) -> None:
        async def call(request: OcppRequest[OcppResponse]) -> dict[str, Any]:
            return await self._call(session, _as_version(request, session))

        boot = await call(
            v201.BootNotificationRequest(
                charging_station=v201.ChargingStation(
                    model="ocpkit-sim", vendor_name="ocpkit", firmware_version="1.0"
                ),
                reason=v201.BootReasonEnum.POWER_UP,
            )
        )
        _expect("BootNotification", boot.get("status"))
        await call(_status_2(v201.ConnectorStatusEnum.AVAILABLE))
        token = v201.IdToken(id_token=ID_TOKEN, type=v201.IdTokenEnum.ISO14443)
        authorized = await call(v201.AuthorizeRequest(id_token=token))
        _expect("Authorize", authorized["idTokenInfo"]["status"])

        self._transaction = str(uuid.uuid4())
        started = await call(_started(self._transaction, token))
        if "idTokenInfo" in started:
            _expect("TransactionEvent (Started)", started["idTokenInfo"]["status"])
        await call(_updated(self._transaction))
        await self._charge()
        await call(_ended(self._transaction, remote=self.stopped_remotely))
        self._transaction = None
        await call(_status_2(v201.ConnectorStatusEnum.AVAILABLE))

    # -- OCPP 1.6 ----------------------------------------------------------------------------

    async def _play_16(self, session: Session) -> None:
        async def call(request: OcppRequest[OcppResponse]) -> dict[str, Any]:
            return await self._call(session, request)

        boot = await call(
            v16.BootNotificationRequest(
                charge_point_vendor="ocpkit",
                charge_point_model="ocpkit-sim",
                firmware_version="1.0",
            )
        )
        _expect("BootNotification", boot.get("status"))
        await call(_status_16(v16.ChargePointStatus.AVAILABLE))
        authorized = await call(v16.AuthorizeRequest(id_tag=ID_TOKEN))
        _expect("Authorize", authorized["idTagInfo"]["status"])
        started = await call(
            v16.StartTransactionRequest(
                connector_id=1, id_tag=ID_TOKEN, meter_start=int(_ENERGY_START), timestamp=now()
            )
        )
        _expect("StartTransaction", started["idTagInfo"]["status"])
        transaction_id = int(started["transactionId"])
        self._transaction = str(transaction_id)
        await call(
            v16.MeterValuesRequest(
                connector_id=1,
                transaction_id=transaction_id,
                meter_value=[
                    v16.MeterValue(
                        timestamp=now(),
                        sampled_value=[
                            _sample_16(
                                _ENERGY_UPDATE,
                                v16.Measurand.ENERGY_ACTIVE_IMPORT_REGISTER,
                                v16.UnitOfMeasure.WH,
                            ),
                            _sample_16(
                                _POWER, v16.Measurand.POWER_ACTIVE_IMPORT, v16.UnitOfMeasure.W
                            ),
                            _sample_16(_CURRENT, v16.Measurand.CURRENT_IMPORT, v16.UnitOfMeasure.A),
                        ],
                    )
                ],
            )
        )
        await self._charge()
        await call(
            v16.StopTransactionRequest(
                meter_stop=int(_ENERGY_END),
                timestamp=now(),
                transaction_id=transaction_id,
                reason=v16.Reason.REMOTE if self.stopped_remotely else v16.Reason.EV_DISCONNECTED,
            )
        )
        self._transaction = None
        await call(_status_16(v16.ChargePointStatus.AVAILABLE))


def _expect(action: str, status: object) -> None:
    if status != "Accepted":
        raise SessionFailed(f"the CSMS answered {action} with status {status!r}, not 'Accepted'")


def _as_version(request: OcppRequest[OcppResponse], session: Session) -> OcppRequest[OcppResponse]:
    """A 2.0.1 request as the session's version reads it (2.1 takes every one the demo sends)."""
    if session.version is OcppVersion.V201:
        return request
    action = actions_of(session.version)[request.ocpp_action]
    return cast(OcppRequest[OcppResponse], action.request.from_json(request.to_json()))


def _status_2(status: v201.ConnectorStatusEnum) -> v201.StatusNotificationRequest:
    return v201.StatusNotificationRequest(
        timestamp=now(), connector_status=status, evse_id=1, connector_id=1
    )


def _status_16(status: v16.ChargePointStatus) -> v16.StatusNotificationRequest:
    return v16.StatusNotificationRequest(
        connector_id=1, error_code=v16.ChargePointErrorCode.NO_ERROR, status=status, timestamp=now()
    )


def _sample(
    value: float,
    context: v201.ReadingContextEnum = v201.ReadingContextEnum.SAMPLE_PERIODIC,
    *,
    measurand: v201.MeasurandEnum = v201.MeasurandEnum.ENERGY_ACTIVE_IMPORT_REGISTER,
    unit: str = "Wh",
) -> v201.SampledValue:
    return v201.SampledValue(
        value=value,
        context=context,
        measurand=measurand,
        unit_of_measure=v201.UnitOfMeasure(unit=unit),
    )


def _sample_16(value: float, measurand: v16.Measurand, unit: v16.UnitOfMeasure) -> v16.SampledValue:
    return v16.SampledValue(
        value=f"{value:g}",
        context=v16.ReadingContext.SAMPLE_PERIODIC,
        measurand=measurand,
        unit=unit,
    )


def _started(transaction_id: str, token: v201.IdToken) -> v201.TransactionEventRequest:
    return v201.TransactionEventRequest(
        event_type=v201.TransactionEventEnum.STARTED,
        timestamp=now(),
        trigger_reason=v201.TriggerReasonEnum.AUTHORIZED,
        seq_no=0,
        transaction_info=v201.Transaction(
            transaction_id=transaction_id, charging_state=v201.ChargingStateEnum.CHARGING
        ),
        evse=v201.EVSE(id=1, connector_id=1),
        id_token=token,
        meter_value=[
            v201.MeterValue(
                timestamp=now(),
                sampled_value=[_sample(_ENERGY_START, v201.ReadingContextEnum.TRANSACTION_BEGIN)],
            )
        ],
    )


def _updated(transaction_id: str) -> v201.TransactionEventRequest:
    return v201.TransactionEventRequest(
        event_type=v201.TransactionEventEnum.UPDATED,
        timestamp=now(),
        trigger_reason=v201.TriggerReasonEnum.METER_VALUE_PERIODIC,
        seq_no=1,
        transaction_info=v201.Transaction(
            transaction_id=transaction_id, charging_state=v201.ChargingStateEnum.CHARGING
        ),
        meter_value=[
            v201.MeterValue(
                timestamp=now(),
                sampled_value=[
                    _sample(_ENERGY_UPDATE),
                    _sample(_POWER, measurand=v201.MeasurandEnum.POWER_ACTIVE_IMPORT, unit="W"),
                    _sample(_CURRENT, measurand=v201.MeasurandEnum.CURRENT_IMPORT, unit="A"),
                ],
            )
        ],
    )


def _ended(transaction_id: str, *, remote: bool) -> v201.TransactionEventRequest:
    return v201.TransactionEventRequest(
        event_type=v201.TransactionEventEnum.ENDED,
        timestamp=now(),
        trigger_reason=(
            v201.TriggerReasonEnum.REMOTE_STOP if remote else v201.TriggerReasonEnum.EV_DEPARTED
        ),
        seq_no=2,
        transaction_info=v201.Transaction(
            transaction_id=transaction_id,
            charging_state=(
                v201.ChargingStateEnum.EV_CONNECTED if remote else v201.ChargingStateEnum.IDLE
            ),
            stopped_reason=v201.ReasonEnum.REMOTE if remote else v201.ReasonEnum.EV_DISCONNECTED,
        ),
        meter_value=[
            v201.MeterValue(
                timestamp=now(),
                sampled_value=[_sample(_ENERGY_END, v201.ReadingContextEnum.TRANSACTION_END)],
            )
        ],
    )


# -- connecting ---------------------------------------------------------------------------------


async def play_station(
    settings: StationSettings,
    *,
    tap: FrameTap | None = None,
    note: Callable[[str], None] | None = None,
) -> SimulatedStation:
    """Connect to the CSMS, play the session, disconnect; the station, once it completed.

    ``tap`` is told of every frame, in wire order (the session's ``on_frame`` hook; none is
    installed without a tap). ``note`` is told, in words, what happens: connected (from
    ``on_connect``, before the first frame), completed, disconnected with the close code and
    cause (from ``on_disconnect``). Raises :class:`ToolError`: status 2 when the settings
    cannot work (bad URL, identity or password), 1 when the connection or the session fails.
    """
    _check_url(settings.url)
    station = SimulatedStation(settings)
    opened = asyncio.Event()

    def connected(session: Session) -> None:
        try:
            if note is not None:
                note(f"connected to {settings.url} ({session.subprotocol}, {settings.transport})")
        finally:
            opened.set()

    def disconnected(session: Session, disconnect: Disconnect) -> None:
        if note is not None:
            note(disconnect_text(disconnect))

    try:
        client = ChargePointClient(
            settings.url,
            versions=settings.versions,
            router_for=station.router_for,
            password=settings.password,
            transport=settings.transport,
            config=SessionConfig(call_timeout=settings.call_timeout),
            on_connect=connected,
            on_disconnect=disconnected,
            on_frame=FrameTracer(tap) if tap is not None else None,
        )
    except (NegotiationError, ValueError) as error:
        raise ToolError(str(error), status=2) from None
    except ImportError as error:
        raise ToolError(str(error), status=2) from None
    try:
        session = await client.connect()
    except ValueError as error:  # what a WebSocket library may still find wrong with the URL
        raise ToolError(f"cannot connect to {settings.url}: {error}", status=2) from None
    except SubprotocolMismatch as error:
        raise ToolError(f"the CSMS speaks none of the OCPP versions offered: {error}") from None
    except ConnectFailed as error:
        if error.status == 401:
            raise ToolError(
                f"the CSMS refused the connection (HTTP 401): wrong or missing password for"
                f" {client.identity!r}"
            ) from None
        raise ToolError(str(error)) from None
    try:
        # on_connect runs in a task of its own: its line comes before the first frame.
        await opened.wait()
        await station.play(session)
        if note is not None:
            how = "stopped by the CSMS" if station.stopped_remotely else "stopped by the station"
            note(f"session completed: {station.calls} calls, transaction {how}")
    except SessionError as error:  # anything play() does not turn into a SessionFailed
        raise SessionFailed(f"the session failed: {error}") from None
    finally:
        await client.close()
    return station


def disconnect_text(disconnect: Disconnect) -> str:
    """The readable line for a closed connection: ``disconnected (1000, local)``, with the
    peer's reason quoted when it gave one."""
    reason = f" {disconnect.reason!r}" if disconnect.reason else ""
    return f"disconnected ({disconnect.code}{reason}, {disconnect.cause})"


def _check_url(url: str) -> None:
    """Refuse, as a usage error, a URL no WebSocket library could connect to."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - reading it checks it
    except ValueError as error:
        raise ToolError(f"invalid URL {url!r}: {error}", status=2) from None
    if parts.scheme not in ("ws", "wss"):
        raise ToolError(f"the URL must start with ws:// or wss://, not {url!r}", status=2)
    if not parts.hostname:
        raise ToolError(f"the URL names no host: {url!r}", status=2)


def run_charger(settings: StationSettings, *, out: IO[str], err: IO[str]) -> int:
    """``ocpkit charger``: play the session, printing the frames readably to ``out`` and
    errors ocpkit logs to ``err``; 0 when it completed (failures raise :class:`ToolError`)."""
    frames = ReadableFrames(out, colour=use_colour(out))

    def report(record: Record) -> None:
        if isinstance(record, LogLine):
            err.write(f"ocpkit charger: {record.level}: {record.message}\n")

    with forward_logs(report):
        asyncio.run(play_station(settings, tap=frames, note=frames.note))
    if frames.broken:
        raise BrokenPipeError("the standard output was closed")
    return 0
