"""Valid answers to any OCPP call: hand-written for the actions that matter, generic otherwise.

:func:`minimal` builds the smallest message a model's schema allows, from the generated model
alone: required fields only; an enumeration takes its member ``Accepted`` when it has one, else
its first member; strings are empty (or as long as ``min_length`` asks); numbers are 0, or the
lowest value the bounds allow; date-times are now; nested objects are built the same way; lists
get as many elements as ``min_length`` asks. Every response of every version built this way
validates (``tests/test_cli_tools.py`` checks it against the official schemas).

:class:`Answerer` answers a received call: with a hand-written response for the actions whose
content matters to the peer (BootNotification Accepted with an interval, Heartbeat with the time,
Authorize and transactions Accepted, a fresh 1.6 transaction id, variables echoed back as
unknown, ...), and with :func:`minimal` for every other one. The hand-written responses are
written as wire JSON and read through the response model, so one table serves 1.6, 2.0.1 and 2.1
and every answer is validated like a received one.
"""

import itertools
import math
import types
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, datetime
from decimal import Decimal
from enum import Enum
from typing import Annotated, Any, Final, TypeVar, Union, cast, get_args, get_origin

import orjson
from pydantic import BaseModel
from pydantic.fields import FieldInfo

from ocpkit._base import DecimalStep, OcppModel, OcppRequest, OcppResponse
from ocpkit.ocpp.registry import actions_of
from ocpkit.ocpp.version import OcppVersion

__all__ = ["HEARTBEAT_INTERVAL", "Answerer", "minimal", "now"]

M = TypeVar("M", bound=OcppModel)
R = TypeVar("R", bound=OcppResponse)

HEARTBEAT_INTERVAL: Final = 300
"""The heartbeat interval (seconds) a BootNotification is accepted with."""


def now() -> datetime:
    """The current time in UTC, to the second (what the tools put in date-time fields)."""
    return datetime.now(UTC).replace(microsecond=0)


# -- the generic builder ----------------------------------------------------------------------


def minimal(model: type[M], *, at: datetime | None = None) -> M:
    """The smallest valid instance of ``model`` (see the module docstring for the rules).

    ``at`` is the value of every date-time field (default: :func:`now`). Raises ``TypeError``
    for a field type the rules do not cover (none in the generated models).
    """
    return _model(model, at or now())


def _model(model: type[M], at: datetime) -> M:
    values = {
        name: _value(field.annotation, field.metadata, at, f"{model.__name__}.{name}")
        for name, field in model.model_fields.items()
        if field.is_required()
    }
    return model(**values)


def _value(annotation: Any, metadata: Iterable[Any], at: datetime, where: str) -> Any:
    constraints = list(metadata)
    origin = get_origin(annotation)
    if origin is Annotated:
        base, *extra = get_args(annotation)
        for item in extra:
            constraints.extend(item.metadata if isinstance(item, FieldInfo) else [item])
        return _value(base, constraints, at, where)
    if origin is Union or origin is types.UnionType:
        present = [arm for arm in get_args(annotation) if arm is not type(None)]
        return _value(present[0], constraints, at, where)
    if origin is list:
        (item,) = get_args(annotation)
        count = _bound(constraints, "min_length") or 0
        return [_value(item, (), at, f"{where}[]") for _ in range(int(count))]
    if isinstance(annotation, type):
        if issubclass(annotation, BaseModel):
            return _model(cast(type[OcppModel], annotation), at)
        if issubclass(annotation, Enum):
            return _member(annotation)
        if annotation is bool:
            return False
        if annotation is int:
            return int(_number(constraints, integer=True))
        if annotation is float:
            return float(_number(constraints, integer=False))
        if annotation is str:
            return "x" * int(_bound(constraints, "min_length") or 0)
        if annotation is datetime:
            return at
    raise TypeError(f"no minimal value for {where} ({annotation!r})")


def _member(enum: type[Enum]) -> Enum:
    for member in enum:
        if member.name == "ACCEPTED" or member.value == "Accepted":
            return member
    return next(iter(enum))


def _bound(constraints: Iterable[Any], name: str) -> Decimal | None:
    for item in constraints:
        value = getattr(item, name, None)
        if value is not None and not isinstance(item, DecimalStep):
            return Decimal(str(value))
    return None


def _number(constraints: list[Any], *, integer: bool) -> Decimal:
    """0 if the bounds allow it, else the bound nearest to 0, on the step if there is one."""
    low, above = _bound(constraints, "ge"), _bound(constraints, "gt")
    high, below = _bound(constraints, "le"), _bound(constraints, "lt")
    step = _bound(constraints, "multiple_of")
    for item in constraints:
        if isinstance(item, DecimalStep):
            step = item.step
    if integer:
        step = max(step or Decimal(1), Decimal(1))
    value = Decimal(0)
    if low is not None and value < low:
        value = low
    if above is not None and value <= above:
        value = above + (step or Decimal("0.001"))
    if high is not None and value > high:
        value = high
    if below is not None and value >= below:
        value = below - (step or Decimal("0.001"))
    if step is not None and value % step:
        value = Decimal(math.ceil(value / step)) * step
    return value


# -- hand-written answers ---------------------------------------------------------------------

Wire = dict[str, Any]
_Special = Callable[["Answerer", OcppRequest[Any], datetime], Wire | None]


class Answerer:
    """Answers the calls one side receives, for one OCPP version.

    ``answer(request)`` gives the response: hand-written for the actions listed in the module
    docstring, :func:`minimal` otherwise. The answerer keeps what the answers need to stay
    consistent (the 1.6 transaction ids it hands out); use one per CSMS or station.
    """

    def __init__(self, version: OcppVersion, *, interval: int = HEARTBEAT_INTERVAL) -> None:
        self.version: OcppVersion = OcppVersion(version)
        """The OCPP version answered."""
        self.interval = interval
        """The heartbeat interval a BootNotification is accepted with."""
        self._actions = actions_of(self.version)
        self._transaction_ids = itertools.count(1)
        # Answers that depend on nothing (models are immutable: one instance serves every call).
        self._constant: dict[str, OcppResponse] = {}

    def answer(self, request: OcppRequest[R]) -> R:
        """A valid response to ``request``."""
        name = request.ocpp_action
        known = self._constant.get(name)
        if known is not None:
            return cast(R, known)
        action = self._actions[name]
        response_type = action.response
        if response_type is None:
            raise ValueError(f"{action.name} is a SEND message: it has no response")
        constant = _CONSTANT.get(name)
        if constant is not None:
            response = self._constant[name] = response_type.from_json(orjson.dumps(constant))
            return cast(R, response)
        at = now()
        special = _SPECIAL.get(name)
        wire = special(self, request, at) if special is not None else None
        if wire is None:
            return cast(R, minimal(response_type, at=at))
        return cast(R, response_type.from_json(orjson.dumps(wire)))

    def next_transaction_id(self) -> int:
        """A new OCPP 1.6 transaction id (1, 2, ...)."""
        return next(self._transaction_ids)

    @property
    def _id_info(self) -> str:
        return "idTagInfo" if self.version is OcppVersion.V16 else "idTokenInfo"


def _boot(answerer: Answerer, request: OcppRequest[Any], at: datetime) -> Wire:
    return {"currentTime": at, "interval": answerer.interval, "status": "Accepted"}


def _heartbeat(answerer: Answerer, request: OcppRequest[Any], at: datetime) -> Wire:
    return {"currentTime": at}


def _authorize(answerer: Answerer, request: OcppRequest[Any], at: datetime) -> Wire:
    return {answerer._id_info: {"status": "Accepted"}}


def _start_transaction(answerer: Answerer, request: OcppRequest[Any], at: datetime) -> Wire:
    return {"idTagInfo": {"status": "Accepted"}, "transactionId": answerer.next_transaction_id()}


def _stop_transaction(answerer: Answerer, request: OcppRequest[Any], at: datetime) -> Wire:
    return {"idTagInfo": {"status": "Accepted"}} if "idTag" in request.to_wire() else {}


def _transaction_event(answerer: Answerer, request: OcppRequest[Any], at: datetime) -> Wire:
    return {"idTokenInfo": {"status": "Accepted"}} if "idToken" in request.to_wire() else {}


def _get_variables(answerer: Answerer, request: OcppRequest[Any], at: datetime) -> Wire:
    wire: Wire = request.to_wire()
    return {
        "getVariableResult": [
            {
                "attributeStatus": "UnknownVariable",
                "component": item["component"],
                "variable": item["variable"],
            }
            for item in wire["getVariableData"]
        ]
    }


def _set_variables(answerer: Answerer, request: OcppRequest[Any], at: datetime) -> Wire:
    wire: Wire = request.to_wire()
    return {
        "setVariableResult": [
            {
                "attributeStatus": "UnknownVariable",
                "component": item["component"],
                "variable": item["variable"],
            }
            for item in wire["setVariableData"]
        ]
    }


def _get_configuration(answerer: Answerer, request: OcppRequest[Any], at: datetime) -> Wire:
    keys = request.to_wire().get("key")
    return {"unknownKey": keys} if keys else {"configurationKey": []}


# Answers that read neither the request nor the clock: built once per answerer.
_CONSTANT: Final[Mapping[str, Wire]] = {
    "StatusNotification": {},
    "MeterValues": {},
    # Vendor extensions are not understood here: say so rather than pretend to accept them.
    "DataTransfer": {"status": "UnknownVendorId"},
}

_SPECIAL: Final[Mapping[str, _Special]] = {
    # what a station sends
    "BootNotification": _boot,
    "Heartbeat": _heartbeat,
    "Authorize": _authorize,
    "StartTransaction": _start_transaction,
    "StopTransaction": _stop_transaction,
    "TransactionEvent": _transaction_event,
    # what a CSMS sends
    "GetVariables": _get_variables,
    "SetVariables": _set_variables,
    "GetConfiguration": _get_configuration,
}
