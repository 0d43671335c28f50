"""What the interop sessions say, per OCPP version, as wire payloads (the same text goes to both
peers and through ocpkit's typed models), and ocpkit's typed routers that answer them.

A session is: the station's calls (boot, heartbeat, status, authorize, a transaction), the
CSMS's answers, then CSMS-initiated calls and the station's answers. Each side answers one
payload per action (what the peers' ``--replies`` take).
"""

import json
from collections.abc import Callable, Mapping
from typing import Any, Final, TypeVar

import attrs

from ocpkit._base import OcppRequest, OcppResponse
from ocpkit.ocpp import OcppVersion, actions_of, v16, v21, v201
from ocpkit.ocpp.aio import current_session
from ocpkit.ocpp.registry import Side
from ocpkit.ocpp.router import Router

R = TypeVar("R", bound=OcppResponse)
T = TypeVar("T")

T0: Final = "2026-01-31T12:00:00Z"
T1: Final = "2026-01-31T12:01:00Z"
T2: Final = "2026-01-31T12:16:00Z"
T3: Final = "2026-01-31T12:31:00Z"

Wire = dict[str, Any]


@attrs.frozen
class Scenario:
    """One version's session, as wire payloads."""

    version: OcppVersion
    station_calls: tuple[tuple[str, Wire], ...]  # (action, request) the station sends, in order
    csms_replies: Mapping[str, Wire]  # action -> the CSMS's response
    csms_calls: tuple[tuple[str, Wire], ...]  # CSMS-initiated calls, in order
    station_replies: Mapping[str, Wire]  # action -> the station's response


_ENERGY: Final = "Energy.Active.Import.Register"

V16_SCENARIO: Final = Scenario(
    version=OcppVersion.V16,
    station_calls=(
        (
            "BootNotification",
            {
                "chargePointVendor": "ACME",
                "chargePointModel": "X1",
                "chargePointSerialNumber": "SN-0001",
                "firmwareVersion": "1.0.0",
            },
        ),
        ("Heartbeat", {}),
        (
            "StatusNotification",
            {"connectorId": 1, "errorCode": "NoError", "status": "Available", "timestamp": T0},
        ),
        ("Authorize", {"idTag": "TAG-0001"}),
        (
            "StartTransaction",
            {"connectorId": 1, "idTag": "TAG-0001", "meterStart": 1000, "timestamp": T1},
        ),
        (
            "MeterValues",
            {
                "connectorId": 1,
                "transactionId": 4711,
                "meterValue": [
                    {
                        "timestamp": T2,
                        "sampledValue": [
                            {
                                "value": "1500.5",
                                "context": "Sample.Periodic",
                                "measurand": _ENERGY,
                                "unit": "Wh",
                            }
                        ],
                    }
                ],
            },
        ),
        (
            "StopTransaction",
            {
                "transactionId": 4711,
                "idTag": "TAG-0001",
                "meterStop": 2500,
                "timestamp": T3,
                "reason": "Local",
            },
        ),
    ),
    csms_replies={
        "BootNotification": {"status": "Accepted", "currentTime": T0, "interval": 300},
        "Heartbeat": {"currentTime": T0},
        "StatusNotification": {},
        "Authorize": {"idTagInfo": {"status": "Accepted", "expiryDate": T3}},
        "StartTransaction": {"idTagInfo": {"status": "Accepted"}, "transactionId": 4711},
        "MeterValues": {},
        "StopTransaction": {"idTagInfo": {"status": "Accepted"}},
    },
    csms_calls=(
        ("RemoteStartTransaction", {"connectorId": 1, "idTag": "TAG-0002"}),
        ("ChangeAvailability", {"connectorId": 0, "type": "Inoperative"}),
    ),
    station_replies={
        "RemoteStartTransaction": {"status": "Accepted"},
        "ChangeAvailability": {"status": "Scheduled"},
    },
)

_ID_TOKEN: Final = {"idToken": "TAG-0001", "type": "ISO14443"}


def _meter(at: str, value: float, context: str) -> list[Wire]:
    return [
        {
            "timestamp": at,
            "sampledValue": [
                {
                    "value": value,
                    "context": context,
                    "measurand": _ENERGY,
                    "unitOfMeasure": {"unit": "Wh"},
                }
            ],
        }
    ]


def _v2_scenario(version: OcppVersion) -> Scenario:
    transaction = {"transactionId": "TX-0001", "chargingState": "Charging"}
    return Scenario(
        version=version,
        station_calls=(
            (
                "BootNotification",
                {
                    "reason": "PowerUp",
                    "chargingStation": {
                        "model": "X1",
                        "vendorName": "ACME",
                        "serialNumber": "SN-0001",
                        "firmwareVersion": "1.0.0",
                    },
                },
            ),
            ("Heartbeat", {}),
            (
                "StatusNotification",
                {"timestamp": T0, "connectorStatus": "Available", "evseId": 1, "connectorId": 1},
            ),
            ("Authorize", {"idToken": _ID_TOKEN}),
            (
                "TransactionEvent",
                {
                    "eventType": "Started",
                    "timestamp": T1,
                    "triggerReason": "Authorized",
                    "seqNo": 0,
                    "offline": False,  # PyPI ocpp's 2.1 class always sends it
                    "transactionInfo": transaction,
                    "idToken": _ID_TOKEN,
                    "evse": {"id": 1, "connectorId": 1},
                    "meterValue": _meter(T1, 1000, "Transaction.Begin"),
                },
            ),
            (
                "TransactionEvent",
                {
                    "eventType": "Updated",
                    "timestamp": T2,
                    "triggerReason": "MeterValuePeriodic",
                    "seqNo": 1,
                    "offline": False,
                    "transactionInfo": transaction,
                    "meterValue": _meter(T2, 1500.5, "Sample.Periodic"),
                },
            ),
            (
                "TransactionEvent",
                {
                    "eventType": "Ended",
                    "timestamp": T3,
                    "triggerReason": "StopAuthorized",
                    "seqNo": 2,
                    "offline": False,
                    "transactionInfo": {"transactionId": "TX-0001", "stoppedReason": "Local"},
                    "idToken": _ID_TOKEN,
                    "meterValue": _meter(T3, 2500, "Transaction.End"),
                },
            ),
        ),
        csms_replies={
            "BootNotification": {"currentTime": T0, "interval": 300, "status": "Accepted"},
            "Heartbeat": {"currentTime": T0},
            "StatusNotification": {},
            "Authorize": {"idTokenInfo": {"status": "Accepted", "cacheExpiryDateTime": T3}},
            "TransactionEvent": {"idTokenInfo": {"status": "Accepted"}},
        },
        csms_calls=(
            (
                "RequestStartTransaction",
                {"idToken": {"idToken": "TAG-0002", "type": "ISO14443"}, "remoteStartId": 7},
            ),
            ("ChangeAvailability", {"operationalStatus": "Inoperative", "evse": {"id": 1}}),
        ),
        station_replies={
            "RequestStartTransaction": {"status": "Accepted", "transactionId": "TX-0002"},
            "ChangeAvailability": {"status": "Scheduled"},
        },
    )


SCENARIOS: Final = {
    OcppVersion.V16: V16_SCENARIO,
    OcppVersion.V201: _v2_scenario(OcppVersion.V201),
    OcppVersion.V21: _v2_scenario(OcppVersion.V21),
}


# -- ocpkit's side ---------------------------------------------------------------------------


def request_of(version: OcppVersion, action: str, wire: Wire) -> OcppRequest[Any]:
    """The typed request ``wire`` decodes to (through the action's model, strictly)."""
    request_type = actions_of(version)[action].request
    request = request_type.from_json(json.dumps(wire))
    assert isinstance(request, OcppRequest)
    return request


def response_of(version: OcppVersion, action: str, wire: Wire) -> OcppResponse:
    """The typed response ``wire`` decodes to."""
    response_type = actions_of(version)[action].response
    assert response_type is not None
    return response_type.from_json(json.dumps(wire))


class Received:
    """What an ocpkit router was called with: (identity, typed request), in order."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, OcppRequest[Any]]] = []

    def of(self, request_type: type[T]) -> list[T]:
        """The requests of one type, typed."""
        return [r for _, r in self.calls if isinstance(r, request_type)]

    def one(self, request_type: type[T]) -> T:
        (request,) = self.of(request_type)
        return request


def _answer(
    router: Router, request_type: type[OcppRequest[R]], response: R, received: Received
) -> None:
    def handle(request: OcppRequest[R]) -> R:
        received.calls.append((current_session().identity, request))
        return response

    router.add_handler(request_type, handle)


def answering_router(
    version: OcppVersion, role: Side, replies: Mapping[str, Wire]
) -> tuple[Router, Received]:
    """A typed router of ``role`` answering each action of ``replies`` with that payload
    (decoded through the action's response model), and what it will have received."""
    router = Router(version, role)
    received = Received()
    for action, wire in replies.items():
        request_type = actions_of(version)[action].request
        assert issubclass(request_type, OcppRequest)
        _answer(router, request_type, response_of(version, action, wire), received)
    return router, received


# -- typed spot checks of what ocpkit's CSMS received ------------------------------------------


def _check_16(got: Received) -> None:
    boot = got.one(v16.BootNotificationRequest)
    assert (boot.charge_point_vendor, boot.charge_point_model) == ("ACME", "X1")
    status = got.one(v16.StatusNotificationRequest)
    assert status.status is v16.ChargePointStatus.AVAILABLE
    assert status.error_code is v16.ChargePointErrorCode.NO_ERROR
    start = got.one(v16.StartTransactionRequest)
    assert (start.meter_start, start.timestamp.isoformat()) == (1000, "2026-01-31T12:01:00+00:00")
    sample = got.one(v16.MeterValuesRequest).meter_value[0].sampled_value[0]
    assert sample.measurand is v16.Measurand.ENERGY_ACTIVE_IMPORT_REGISTER
    assert (sample.value, sample.unit) == ("1500.5", v16.UnitOfMeasure.WH)
    stop = got.one(v16.StopTransactionRequest)
    assert (stop.transaction_id, stop.reason) == (4711, v16.Reason.LOCAL)


def _check_201(got: Received) -> None:
    boot = got.one(v201.BootNotificationRequest)
    assert boot.reason is v201.BootReasonEnum.POWER_UP
    assert boot.charging_station.vendor_name == "ACME"
    status = got.one(v201.StatusNotificationRequest)
    assert status.connector_status is v201.ConnectorStatusEnum.AVAILABLE
    events = got.of(v201.TransactionEventRequest)
    assert [e.event_type for e in events] == [
        v201.TransactionEventEnum.STARTED,
        v201.TransactionEventEnum.UPDATED,
        v201.TransactionEventEnum.ENDED,
    ]
    assert [e.seq_no for e in events] == [0, 1, 2]
    assert events[1].meter_value is not None
    assert events[1].meter_value[0].sampled_value[0].value == 1500.5
    assert events[2].transaction_info.stopped_reason is v201.ReasonEnum.LOCAL


def _check_21(got: Received) -> None:
    boot = got.one(v21.BootNotificationRequest)
    assert boot.reason is v21.BootReasonEnum.POWER_UP
    events = got.of(v21.TransactionEventRequest)
    assert [e.event_type for e in events] == [
        v21.TransactionEventEnum.STARTED,
        v21.TransactionEventEnum.UPDATED,
        v21.TransactionEventEnum.ENDED,
    ]
    assert events[2].transaction_info.stopped_reason is v21.ReasonEnum.LOCAL


TYPED_CHECKS: Final[dict[OcppVersion, Callable[[Received], None]]] = {
    OcppVersion.V16: _check_16,
    OcppVersion.V201: _check_201,
    OcppVersion.V21: _check_21,
}
