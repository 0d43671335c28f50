"""Hand-written ``msgspec`` models of the two benchmark messages: the practical speed limit.

They check what the official schema checks for these messages, as the generated pydantic models
do: required and optional fields (optional ones may be absent but never ``null``: ``UNSET``, not
``None``), unknown properties refused (except in ``customData``), enums, ``maxLength``,
``minItems``, integers vs numbers, and RFC 3339 date-times with an offset. Wire names come from
``rename="camel"``, which spells every field of these two messages right.
"""

from datetime import datetime
from enum import StrEnum
from typing import Annotated, Literal

import msgspec
from msgspec import UNSET, Meta, UnsetType

__all__ = ["MeterValues16", "TransactionEvent201", "call_frame_type"]

AwareDateTime = Annotated[datetime, Meta(tz=True)]
MessageId = Annotated[str, Meta(max_length=36)]


def _max(length: int) -> Meta:
    return Meta(max_length=length)


class _Wire(msgspec.Struct, rename="camel", forbid_unknown_fields=True, omit_defaults=True):
    """Base: camelCase wire names, unknown fields refused, absent fields omitted on output."""


class CustomData(msgspec.Struct, rename="camel", omit_defaults=True):
    """``customData``: open to vendor keys (msgspec drops them; the frames carry none)."""

    vendor_id: Annotated[str, _max(255)]


# --- OCPP 2.0.1 TransactionEventRequest ------------------------------------------------------


class TransactionEventEnum(StrEnum):
    ENDED = "Ended"
    STARTED = "Started"
    UPDATED = "Updated"


class TriggerReasonEnum(StrEnum):
    AUTHORIZED = "Authorized"
    CABLE_PLUGGED_IN = "CablePluggedIn"
    CHARGING_RATE_CHANGED = "ChargingRateChanged"
    CHARGING_STATE_CHANGED = "ChargingStateChanged"
    DEAUTHORIZED = "Deauthorized"
    ENERGY_LIMIT_REACHED = "EnergyLimitReached"
    EV_COMMUNICATION_LOST = "EVCommunicationLost"
    EV_CONNECT_TIMEOUT = "EVConnectTimeout"
    METER_VALUE_CLOCK = "MeterValueClock"
    METER_VALUE_PERIODIC = "MeterValuePeriodic"
    TIME_LIMIT_REACHED = "TimeLimitReached"
    TRIGGER = "Trigger"
    UNLOCK_COMMAND = "UnlockCommand"
    STOP_AUTHORIZED = "StopAuthorized"
    EV_DEPARTED = "EVDeparted"
    EV_DETECTED = "EVDetected"
    REMOTE_STOP = "RemoteStop"
    REMOTE_START = "RemoteStart"
    ABNORMAL_CONDITION = "AbnormalCondition"
    SIGNED_DATA_RECEIVED = "SignedDataReceived"
    RESET_COMMAND = "ResetCommand"


class ChargingStateEnum(StrEnum):
    CHARGING = "Charging"
    EV_CONNECTED = "EVConnected"
    SUSPENDED_EV = "SuspendedEV"
    SUSPENDED_EVSE = "SuspendedEVSE"
    IDLE = "Idle"


class ReasonEnum(StrEnum):
    DE_AUTHORIZED = "DeAuthorized"
    EMERGENCY_STOP = "EmergencyStop"
    ENERGY_LIMIT_REACHED = "EnergyLimitReached"
    EV_DISCONNECTED = "EVDisconnected"
    GROUND_FAULT = "GroundFault"
    IMMEDIATE_RESET = "ImmediateReset"
    LOCAL = "Local"
    LOCAL_OUT_OF_CREDIT = "LocalOutOfCredit"
    MASTER_PASS = "MasterPass"
    OTHER = "Other"
    OVERCURRENT_FAULT = "OvercurrentFault"
    POWER_LOSS = "PowerLoss"
    POWER_QUALITY = "PowerQuality"
    REBOOT = "Reboot"
    REMOTE = "Remote"
    SOC_LIMIT_REACHED = "SOCLimitReached"
    STOPPED_BY_EV = "StoppedByEV"
    TIME_LIMIT_REACHED = "TimeLimitReached"
    TIMEOUT = "Timeout"


class IdTokenEnum(StrEnum):
    CENTRAL = "Central"
    E_MAID = "eMAID"
    ISO14443 = "ISO14443"
    ISO15693 = "ISO15693"
    KEY_CODE = "KeyCode"
    LOCAL = "Local"
    MAC_ADDRESS = "MacAddress"
    NO_AUTHORIZATION = "NoAuthorization"


class ReadingContextEnum(StrEnum):
    INTERRUPTION_BEGIN = "Interruption.Begin"
    INTERRUPTION_END = "Interruption.End"
    OTHER = "Other"
    SAMPLE_CLOCK = "Sample.Clock"
    SAMPLE_PERIODIC = "Sample.Periodic"
    TRANSACTION_BEGIN = "Transaction.Begin"
    TRANSACTION_END = "Transaction.End"
    TRIGGER = "Trigger"


class MeasurandEnum(StrEnum):
    CURRENT_EXPORT = "Current.Export"
    CURRENT_IMPORT = "Current.Import"
    CURRENT_OFFERED = "Current.Offered"
    ENERGY_ACTIVE_EXPORT_REGISTER = "Energy.Active.Export.Register"
    ENERGY_ACTIVE_IMPORT_REGISTER = "Energy.Active.Import.Register"
    ENERGY_REACTIVE_EXPORT_REGISTER = "Energy.Reactive.Export.Register"
    ENERGY_REACTIVE_IMPORT_REGISTER = "Energy.Reactive.Import.Register"
    ENERGY_ACTIVE_EXPORT_INTERVAL = "Energy.Active.Export.Interval"
    ENERGY_ACTIVE_IMPORT_INTERVAL = "Energy.Active.Import.Interval"
    ENERGY_ACTIVE_NET = "Energy.Active.Net"
    ENERGY_REACTIVE_EXPORT_INTERVAL = "Energy.Reactive.Export.Interval"
    ENERGY_REACTIVE_IMPORT_INTERVAL = "Energy.Reactive.Import.Interval"
    ENERGY_REACTIVE_NET = "Energy.Reactive.Net"
    ENERGY_APPARENT_NET = "Energy.Apparent.Net"
    ENERGY_APPARENT_IMPORT = "Energy.Apparent.Import"
    ENERGY_APPARENT_EXPORT = "Energy.Apparent.Export"
    FREQUENCY = "Frequency"
    POWER_ACTIVE_EXPORT = "Power.Active.Export"
    POWER_ACTIVE_IMPORT = "Power.Active.Import"
    POWER_FACTOR = "Power.Factor"
    POWER_OFFERED = "Power.Offered"
    POWER_REACTIVE_EXPORT = "Power.Reactive.Export"
    POWER_REACTIVE_IMPORT = "Power.Reactive.Import"
    SOC = "SoC"
    VOLTAGE = "Voltage"


class PhaseEnum(StrEnum):
    L1 = "L1"
    L2 = "L2"
    L3 = "L3"
    N = "N"
    L1_N = "L1-N"
    L2_N = "L2-N"
    L3_N = "L3-N"
    L1_L2 = "L1-L2"
    L2_L3 = "L2-L3"
    L3_L1 = "L3-L1"


class LocationEnum(StrEnum):
    BODY = "Body"
    CABLE = "Cable"
    EV = "EV"
    INLET = "Inlet"
    OUTLET = "Outlet"


class AdditionalInfo(_Wire, kw_only=True):
    custom_data: CustomData | UnsetType = UNSET
    additional_id_token: Annotated[str, _max(36)]
    type: Annotated[str, _max(50)]


class IdToken(_Wire, kw_only=True):
    custom_data: CustomData | UnsetType = UNSET
    additional_info: Annotated[list[AdditionalInfo], Meta(min_length=1)] | UnsetType = UNSET
    id_token: Annotated[str, _max(36)]
    type: IdTokenEnum


class EVSE(_Wire, kw_only=True):
    custom_data: CustomData | UnsetType = UNSET
    id: int
    connector_id: int | UnsetType = UNSET


class Transaction(_Wire, kw_only=True):
    custom_data: CustomData | UnsetType = UNSET
    transaction_id: Annotated[str, _max(36)]
    charging_state: ChargingStateEnum | UnsetType = UNSET
    time_spent_charging: int | UnsetType = UNSET
    stopped_reason: ReasonEnum | UnsetType = UNSET
    remote_start_id: int | UnsetType = UNSET


class UnitOfMeasure(_Wire, kw_only=True):
    custom_data: CustomData | UnsetType = UNSET
    unit: Annotated[str, _max(20)] | UnsetType = UNSET
    multiplier: int | UnsetType = UNSET


class SignedMeterValue(_Wire, kw_only=True):
    custom_data: CustomData | UnsetType = UNSET
    signed_meter_data: Annotated[str, _max(2500)]
    signing_method: Annotated[str, _max(50)]
    encoding_method: Annotated[str, _max(50)]
    public_key: Annotated[str, _max(2500)]


class SampledValue(_Wire, kw_only=True):
    custom_data: CustomData | UnsetType = UNSET
    value: float
    context: ReadingContextEnum | UnsetType = UNSET
    measurand: MeasurandEnum | UnsetType = UNSET
    phase: PhaseEnum | UnsetType = UNSET
    location: LocationEnum | UnsetType = UNSET
    signed_meter_value: SignedMeterValue | UnsetType = UNSET
    unit_of_measure: UnitOfMeasure | UnsetType = UNSET


class MeterValue(_Wire, kw_only=True):
    custom_data: CustomData | UnsetType = UNSET
    sampled_value: Annotated[list[SampledValue], Meta(min_length=1)]
    timestamp: AwareDateTime


class TransactionEvent201(_Wire, kw_only=True):
    """OCPP 2.0.1 ``TransactionEventRequest``."""

    custom_data: CustomData | UnsetType = UNSET
    event_type: TransactionEventEnum
    meter_value: Annotated[list[MeterValue], Meta(min_length=1)] | UnsetType = UNSET
    timestamp: AwareDateTime
    trigger_reason: TriggerReasonEnum
    seq_no: int
    offline: bool | UnsetType = UNSET
    number_of_phases_used: int | UnsetType = UNSET
    cable_max_current: int | UnsetType = UNSET
    reservation_id: int | UnsetType = UNSET
    transaction_info: Transaction
    evse: EVSE | UnsetType = UNSET
    id_token: IdToken | UnsetType = UNSET


# --- OCPP 1.6 MeterValues.req --------------------------------------------------------------------


class ReadingContext16(StrEnum):
    INTERRUPTION_BEGIN = "Interruption.Begin"
    INTERRUPTION_END = "Interruption.End"
    SAMPLE_CLOCK = "Sample.Clock"
    SAMPLE_PERIODIC = "Sample.Periodic"
    TRANSACTION_BEGIN = "Transaction.Begin"
    TRANSACTION_END = "Transaction.End"
    TRIGGER = "Trigger"
    OTHER = "Other"


class ValueFormat16(StrEnum):
    RAW = "Raw"
    SIGNED_DATA = "SignedData"


class Measurand16(StrEnum):
    ENERGY_ACTIVE_EXPORT_REGISTER = "Energy.Active.Export.Register"
    ENERGY_ACTIVE_IMPORT_REGISTER = "Energy.Active.Import.Register"
    ENERGY_REACTIVE_EXPORT_REGISTER = "Energy.Reactive.Export.Register"
    ENERGY_REACTIVE_IMPORT_REGISTER = "Energy.Reactive.Import.Register"
    ENERGY_ACTIVE_EXPORT_INTERVAL = "Energy.Active.Export.Interval"
    ENERGY_ACTIVE_IMPORT_INTERVAL = "Energy.Active.Import.Interval"
    ENERGY_REACTIVE_EXPORT_INTERVAL = "Energy.Reactive.Export.Interval"
    ENERGY_REACTIVE_IMPORT_INTERVAL = "Energy.Reactive.Import.Interval"
    POWER_ACTIVE_EXPORT = "Power.Active.Export"
    POWER_ACTIVE_IMPORT = "Power.Active.Import"
    POWER_OFFERED = "Power.Offered"
    POWER_REACTIVE_EXPORT = "Power.Reactive.Export"
    POWER_REACTIVE_IMPORT = "Power.Reactive.Import"
    POWER_FACTOR = "Power.Factor"
    CURRENT_IMPORT = "Current.Import"
    CURRENT_EXPORT = "Current.Export"
    CURRENT_OFFERED = "Current.Offered"
    VOLTAGE = "Voltage"
    FREQUENCY = "Frequency"
    TEMPERATURE = "Temperature"
    SOC = "SoC"
    RPM = "RPM"


class Phase16(StrEnum):
    L1 = "L1"
    L2 = "L2"
    L3 = "L3"
    N = "N"
    L1_N = "L1-N"
    L2_N = "L2-N"
    L3_N = "L3-N"
    L1_L2 = "L1-L2"
    L2_L3 = "L2-L3"
    L3_L1 = "L3-L1"


class Location16(StrEnum):
    CABLE = "Cable"
    EV = "EV"
    INLET = "Inlet"
    OUTLET = "Outlet"
    BODY = "Body"


class UnitOfMeasure16(StrEnum):
    WH = "Wh"
    KWH = "kWh"
    VARH = "varh"
    KVARH = "kvarh"
    W = "W"
    KW = "kW"
    VA = "VA"
    KVA = "kVA"
    VAR = "var"
    KVAR = "kvar"
    A = "A"
    V = "V"
    K = "K"
    CELCIUS = "Celcius"
    CELSIUS = "Celsius"
    FAHRENHEIT = "Fahrenheit"
    PERCENT = "Percent"


class SampledValue16(_Wire, kw_only=True):
    value: str
    context: ReadingContext16 | UnsetType = UNSET
    format: ValueFormat16 | UnsetType = UNSET
    measurand: Measurand16 | UnsetType = UNSET
    phase: Phase16 | UnsetType = UNSET
    location: Location16 | UnsetType = UNSET
    unit: UnitOfMeasure16 | UnsetType = UNSET


class MeterValue16(_Wire, kw_only=True):
    timestamp: AwareDateTime
    sampled_value: list[SampledValue16]


class MeterValues16(_Wire, kw_only=True):
    """OCPP 1.6 ``MeterValues.req``."""

    connector_id: int
    transaction_id: int | UnsetType = UNSET
    meter_value: list[MeterValue16]


def call_frame_type(action: str, payload: type[msgspec.Struct]) -> object:
    """The type of a whole CALL frame ``[2, id, action, payload]`` for ``msgspec`` to decode."""
    return tuple[Literal[2], MessageId, Literal[action], payload]  # type: ignore[valid-type]
