"""Object types shared by the messages of OCPP 2.0.1, generated from the official JSON schemas.

Do not edit: written by ``python -m codegen generate`` from ``schemas/ocpp/2.0.1*/``
(combined sha256 of the original files: ``cb814eaeb2e4c36625a798c26edb66c007f533709a5971fd76e297ffc8a23a6a``).
"""

from typing import ClassVar

from pydantic import ConfigDict, Field

from ocpkit._base import DateTime, OcppModel, OcppNullKeepingModel, Omittable

from .enums import (
    APNAuthenticationEnum,
    AttributeEnum,
    AuthorizationStatusEnum,
    ChargingLimitSourceEnum,
    ChargingProfileKindEnum,
    ChargingProfilePurposeEnum,
    ChargingRateUnitEnum,
    ChargingStateEnum,
    ClearMonitoringStatusEnum,
    CostKindEnum,
    DataEnum,
    EnergyTransferModeEnum,
    EventNotificationEnum,
    EventTriggerEnum,
    GetCertificateIdUseEnum,
    GetVariableStatusEnum,
    HashAlgorithmEnum,
    IdTokenEnum,
    LocationEnum,
    MeasurandEnum,
    MessageFormatEnum,
    MessagePriorityEnum,
    MessageStateEnum,
    MonitorEnum,
    MutabilityEnum,
    OCPPInterfaceEnum,
    OCPPTransportEnum,
    OCPPVersionEnum,
    PhaseEnum,
    ReadingContextEnum,
    ReasonEnum,
    RecurrencyKindEnum,
    SetMonitoringStatusEnum,
    SetVariableStatusEnum,
    VPNEnum,
)

__all__ = [
    "CustomData",
    "ACChargingParameters",
    "APN",
    "AdditionalInfo",
    "IdToken",
    "MessageContent",
    "IdTokenInfo",
    "AuthorizationData",
    "CertificateHashData",
    "CertificateHashDataChain",
    "ChargingLimit",
    "DCChargingParameters",
    "ChargingNeeds",
    "ChargingSchedulePeriod",
    "RelativeTimeInterval",
    "Cost",
    "ConsumptionCost",
    "SalesTariffEntry",
    "SalesTariff",
    "ChargingSchedule",
    "ChargingProfile",
    "ChargingProfileCriterion",
    "Modem",
    "ChargingStation",
    "ClearChargingProfile",
    "StatusInfo",
    "ClearMonitoringResult",
    "EVSE",
    "Component",
    "Variable",
    "ComponentVariable",
    "CompositeSchedule",
    "EventData",
    "Firmware",
    "GetVariableData",
    "GetVariableResult",
    "LogParameters",
    "MessageInfo",
    "SignedMeterValue",
    "UnitOfMeasure",
    "SampledValue",
    "MeterValue",
    "VariableMonitoring",
    "MonitoringData",
    "VPN",
    "NetworkConnectionProfile",
    "OCSPRequestData",
    "VariableAttribute",
    "VariableCharacteristics",
    "ReportData",
    "SetMonitoringData",
    "SetMonitoringResult",
    "SetVariableData",
    "SetVariableResult",
    "Transaction",
]


class CustomData(OcppNullKeepingModel):
    """OCPP 2.0.1 object ``CustomDataType``."""

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    vendor_id: str = Field(
        validation_alias="vendorId", serialization_alias="vendorId", max_length=255
    )


class ACChargingParameters(OcppModel):
    """OCPP 2.0.1 object ``ACChargingParametersType``."""

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    energy_amount: int = Field(validation_alias="energyAmount", serialization_alias="energyAmount")
    ev_min_current: int = Field(validation_alias="evMinCurrent", serialization_alias="evMinCurrent")
    ev_max_current: int = Field(validation_alias="evMaxCurrent", serialization_alias="evMaxCurrent")
    ev_max_voltage: int = Field(validation_alias="evMaxVoltage", serialization_alias="evMaxVoltage")


class APN(OcppModel):
    """OCPP 2.0.1 object ``APNType``."""

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    apn: str = Field(max_length=512)
    apn_user_name: Omittable[str] = Field(
        default=None,
        validation_alias="apnUserName",
        serialization_alias="apnUserName",
        max_length=20,
    )
    apn_password: Omittable[str] = Field(
        default=None,
        validation_alias="apnPassword",
        serialization_alias="apnPassword",
        max_length=20,
    )
    sim_pin: Omittable[int] = Field(
        default=None, validation_alias="simPin", serialization_alias="simPin"
    )
    preferred_network: Omittable[str] = Field(
        default=None,
        validation_alias="preferredNetwork",
        serialization_alias="preferredNetwork",
        max_length=6,
    )
    use_only_preferred_network: Omittable[bool] = Field(
        default=None,
        validation_alias="useOnlyPreferredNetwork",
        serialization_alias="useOnlyPreferredNetwork",
    )
    apn_authentication: APNAuthenticationEnum = Field(
        validation_alias="apnAuthentication", serialization_alias="apnAuthentication"
    )


class AdditionalInfo(OcppModel):
    """OCPP 2.0.1 object ``AdditionalInfoType``."""

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    additional_id_token: str = Field(
        validation_alias="additionalIdToken", serialization_alias="additionalIdToken", max_length=36
    )
    type: str = Field(max_length=50)


class IdToken(OcppModel):
    """OCPP 2.0.1 object ``IdTokenType``."""

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    additional_info: Omittable[list[AdditionalInfo]] = Field(
        default=None,
        validation_alias="additionalInfo",
        serialization_alias="additionalInfo",
        min_length=1,
    )
    id_token: str = Field(validation_alias="idToken", serialization_alias="idToken", max_length=36)
    type: IdTokenEnum


class MessageContent(OcppModel):
    """OCPP 2.0.1 object ``MessageContentType``."""

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    format: MessageFormatEnum
    language: Omittable[str] = Field(default=None, max_length=8)
    content: str = Field(max_length=512)


class IdTokenInfo(OcppModel):
    """OCPP 2.0.1 object ``IdTokenInfoType``."""

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    status: AuthorizationStatusEnum
    cache_expiry_date_time: Omittable[DateTime] = Field(
        default=None,
        validation_alias="cacheExpiryDateTime",
        serialization_alias="cacheExpiryDateTime",
    )
    charging_priority: Omittable[int] = Field(
        default=None, validation_alias="chargingPriority", serialization_alias="chargingPriority"
    )
    language1: Omittable[str] = Field(default=None, max_length=8)
    evse_id: Omittable[list[int]] = Field(
        default=None, validation_alias="evseId", serialization_alias="evseId", min_length=1
    )
    group_id_token: Omittable[IdToken] = Field(
        default=None, validation_alias="groupIdToken", serialization_alias="groupIdToken"
    )
    language2: Omittable[str] = Field(default=None, max_length=8)
    personal_message: Omittable[MessageContent] = Field(
        default=None, validation_alias="personalMessage", serialization_alias="personalMessage"
    )


class AuthorizationData(OcppModel):
    """OCPP 2.0.1 object ``AuthorizationData``."""

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    id_token: IdToken = Field(validation_alias="idToken", serialization_alias="idToken")
    id_token_info: Omittable[IdTokenInfo] = Field(
        default=None, validation_alias="idTokenInfo", serialization_alias="idTokenInfo"
    )


class CertificateHashData(OcppModel):
    """OCPP 2.0.1 object ``CertificateHashDataType``."""

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    hash_algorithm: HashAlgorithmEnum = Field(
        validation_alias="hashAlgorithm", serialization_alias="hashAlgorithm"
    )
    issuer_name_hash: str = Field(
        validation_alias="issuerNameHash", serialization_alias="issuerNameHash", max_length=128
    )
    issuer_key_hash: str = Field(
        validation_alias="issuerKeyHash", serialization_alias="issuerKeyHash", max_length=128
    )
    serial_number: str = Field(
        validation_alias="serialNumber", serialization_alias="serialNumber", max_length=40
    )


class CertificateHashDataChain(OcppModel):
    """OCPP 2.0.1 object ``CertificateHashDataChainType``."""

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    certificate_hash_data: CertificateHashData = Field(
        validation_alias="certificateHashData", serialization_alias="certificateHashData"
    )
    certificate_type: GetCertificateIdUseEnum = Field(
        validation_alias="certificateType", serialization_alias="certificateType"
    )
    child_certificate_hash_data: Omittable[list[CertificateHashData]] = Field(
        default=None,
        validation_alias="childCertificateHashData",
        serialization_alias="childCertificateHashData",
        min_length=1,
        max_length=4,
    )


class ChargingLimit(OcppModel):
    """OCPP 2.0.1 object ``ChargingLimitType``."""

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    charging_limit_source: ChargingLimitSourceEnum = Field(
        validation_alias="chargingLimitSource", serialization_alias="chargingLimitSource"
    )
    is_grid_critical: Omittable[bool] = Field(
        default=None, validation_alias="isGridCritical", serialization_alias="isGridCritical"
    )


class DCChargingParameters(OcppModel):
    """OCPP 2.0.1 object ``DCChargingParametersType``."""

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    ev_max_current: int = Field(validation_alias="evMaxCurrent", serialization_alias="evMaxCurrent")
    ev_max_voltage: int = Field(validation_alias="evMaxVoltage", serialization_alias="evMaxVoltage")
    energy_amount: Omittable[int] = Field(
        default=None, validation_alias="energyAmount", serialization_alias="energyAmount"
    )
    ev_max_power: Omittable[int] = Field(
        default=None, validation_alias="evMaxPower", serialization_alias="evMaxPower"
    )
    state_of_charge: Omittable[int] = Field(
        default=None,
        validation_alias="stateOfCharge",
        serialization_alias="stateOfCharge",
        ge=0.0,
        le=100.0,
    )
    ev_energy_capacity: Omittable[int] = Field(
        default=None, validation_alias="evEnergyCapacity", serialization_alias="evEnergyCapacity"
    )
    full_so_c: Omittable[int] = Field(
        default=None, validation_alias="fullSoC", serialization_alias="fullSoC", ge=0.0, le=100.0
    )
    bulk_so_c: Omittable[int] = Field(
        default=None, validation_alias="bulkSoC", serialization_alias="bulkSoC", ge=0.0, le=100.0
    )


class ChargingNeeds(OcppModel):
    """OCPP 2.0.1 object ``ChargingNeedsType``."""

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    ac_charging_parameters: Omittable[ACChargingParameters] = Field(
        default=None,
        validation_alias="acChargingParameters",
        serialization_alias="acChargingParameters",
    )
    dc_charging_parameters: Omittable[DCChargingParameters] = Field(
        default=None,
        validation_alias="dcChargingParameters",
        serialization_alias="dcChargingParameters",
    )
    requested_energy_transfer: EnergyTransferModeEnum = Field(
        validation_alias="requestedEnergyTransfer", serialization_alias="requestedEnergyTransfer"
    )
    departure_time: Omittable[DateTime] = Field(
        default=None, validation_alias="departureTime", serialization_alias="departureTime"
    )


class ChargingSchedulePeriod(OcppModel):
    """OCPP 2.0.1 object ``ChargingSchedulePeriodType``."""

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    start_period: int = Field(validation_alias="startPeriod", serialization_alias="startPeriod")
    limit: float
    number_phases: Omittable[int] = Field(
        default=None, validation_alias="numberPhases", serialization_alias="numberPhases"
    )
    phase_to_use: Omittable[int] = Field(
        default=None, validation_alias="phaseToUse", serialization_alias="phaseToUse"
    )


class RelativeTimeInterval(OcppModel):
    """OCPP 2.0.1 object ``RelativeTimeIntervalType``."""

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    start: int
    duration: Omittable[int] = None


class Cost(OcppModel):
    """OCPP 2.0.1 object ``CostType``."""

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    cost_kind: CostKindEnum = Field(validation_alias="costKind", serialization_alias="costKind")
    amount: int
    amount_multiplier: Omittable[int] = Field(
        default=None, validation_alias="amountMultiplier", serialization_alias="amountMultiplier"
    )


class ConsumptionCost(OcppModel):
    """OCPP 2.0.1 object ``ConsumptionCostType``."""

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    start_value: float = Field(validation_alias="startValue", serialization_alias="startValue")
    cost: list[Cost] = Field(min_length=1, max_length=3)


class SalesTariffEntry(OcppModel):
    """OCPP 2.0.1 object ``SalesTariffEntryType``."""

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    relative_time_interval: RelativeTimeInterval = Field(
        validation_alias="relativeTimeInterval", serialization_alias="relativeTimeInterval"
    )
    e_price_level: Omittable[int] = Field(
        default=None, validation_alias="ePriceLevel", serialization_alias="ePriceLevel", ge=0.0
    )
    consumption_cost: Omittable[list[ConsumptionCost]] = Field(
        default=None,
        validation_alias="consumptionCost",
        serialization_alias="consumptionCost",
        min_length=1,
        max_length=3,
    )


class SalesTariff(OcppModel):
    """OCPP 2.0.1 object ``SalesTariffType``."""

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    id: int
    sales_tariff_description: Omittable[str] = Field(
        default=None,
        validation_alias="salesTariffDescription",
        serialization_alias="salesTariffDescription",
        max_length=32,
    )
    num_e_price_levels: Omittable[int] = Field(
        default=None, validation_alias="numEPriceLevels", serialization_alias="numEPriceLevels"
    )
    sales_tariff_entry: list[SalesTariffEntry] = Field(
        validation_alias="salesTariffEntry",
        serialization_alias="salesTariffEntry",
        min_length=1,
        max_length=1024,
    )


class ChargingSchedule(OcppModel):
    """OCPP 2.0.1 object ``ChargingScheduleType``."""

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    id: int
    start_schedule: Omittable[DateTime] = Field(
        default=None, validation_alias="startSchedule", serialization_alias="startSchedule"
    )
    duration: Omittable[int] = None
    charging_rate_unit: ChargingRateUnitEnum = Field(
        validation_alias="chargingRateUnit", serialization_alias="chargingRateUnit"
    )
    charging_schedule_period: list[ChargingSchedulePeriod] = Field(
        validation_alias="chargingSchedulePeriod",
        serialization_alias="chargingSchedulePeriod",
        min_length=1,
        max_length=1024,
    )
    min_charging_rate: Omittable[float] = Field(
        default=None, validation_alias="minChargingRate", serialization_alias="minChargingRate"
    )
    sales_tariff: Omittable[SalesTariff] = Field(
        default=None, validation_alias="salesTariff", serialization_alias="salesTariff"
    )


class ChargingProfile(OcppModel):
    """OCPP 2.0.1 object ``ChargingProfileType``."""

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    id: int
    stack_level: int = Field(validation_alias="stackLevel", serialization_alias="stackLevel")
    charging_profile_purpose: ChargingProfilePurposeEnum = Field(
        validation_alias="chargingProfilePurpose", serialization_alias="chargingProfilePurpose"
    )
    charging_profile_kind: ChargingProfileKindEnum = Field(
        validation_alias="chargingProfileKind", serialization_alias="chargingProfileKind"
    )
    recurrency_kind: Omittable[RecurrencyKindEnum] = Field(
        default=None, validation_alias="recurrencyKind", serialization_alias="recurrencyKind"
    )
    valid_from: Omittable[DateTime] = Field(
        default=None, validation_alias="validFrom", serialization_alias="validFrom"
    )
    valid_to: Omittable[DateTime] = Field(
        default=None, validation_alias="validTo", serialization_alias="validTo"
    )
    charging_schedule: list[ChargingSchedule] = Field(
        validation_alias="chargingSchedule",
        serialization_alias="chargingSchedule",
        min_length=1,
        max_length=3,
    )
    transaction_id: Omittable[str] = Field(
        default=None,
        validation_alias="transactionId",
        serialization_alias="transactionId",
        max_length=36,
    )


class ChargingProfileCriterion(OcppModel):
    """OCPP 2.0.1 object ``ChargingProfileCriterionType``."""

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    charging_profile_purpose: Omittable[ChargingProfilePurposeEnum] = Field(
        default=None,
        validation_alias="chargingProfilePurpose",
        serialization_alias="chargingProfilePurpose",
    )
    stack_level: Omittable[int] = Field(
        default=None, validation_alias="stackLevel", serialization_alias="stackLevel"
    )
    charging_profile_id: Omittable[list[int]] = Field(
        default=None,
        validation_alias="chargingProfileId",
        serialization_alias="chargingProfileId",
        min_length=1,
    )
    charging_limit_source: Omittable[list[ChargingLimitSourceEnum]] = Field(
        default=None,
        validation_alias="chargingLimitSource",
        serialization_alias="chargingLimitSource",
        min_length=1,
        max_length=4,
    )


class Modem(OcppModel):
    """OCPP 2.0.1 object ``ModemType``."""

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    iccid: Omittable[str] = Field(default=None, max_length=20)
    imsi: Omittable[str] = Field(default=None, max_length=20)


class ChargingStation(OcppModel):
    """OCPP 2.0.1 object ``ChargingStationType``."""

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    serial_number: Omittable[str] = Field(
        default=None,
        validation_alias="serialNumber",
        serialization_alias="serialNumber",
        max_length=25,
    )
    model: str = Field(max_length=20)
    modem: Omittable[Modem] = None
    vendor_name: str = Field(
        validation_alias="vendorName", serialization_alias="vendorName", max_length=50
    )
    firmware_version: Omittable[str] = Field(
        default=None,
        validation_alias="firmwareVersion",
        serialization_alias="firmwareVersion",
        max_length=50,
    )


class ClearChargingProfile(OcppModel):
    """OCPP 2.0.1 object ``ClearChargingProfileType``."""

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    evse_id: Omittable[int] = Field(
        default=None, validation_alias="evseId", serialization_alias="evseId"
    )
    charging_profile_purpose: Omittable[ChargingProfilePurposeEnum] = Field(
        default=None,
        validation_alias="chargingProfilePurpose",
        serialization_alias="chargingProfilePurpose",
    )
    stack_level: Omittable[int] = Field(
        default=None, validation_alias="stackLevel", serialization_alias="stackLevel"
    )


class StatusInfo(OcppModel):
    """OCPP 2.0.1 object ``StatusInfoType``."""

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    reason_code: str = Field(
        validation_alias="reasonCode", serialization_alias="reasonCode", max_length=20
    )
    additional_info: Omittable[str] = Field(
        default=None,
        validation_alias="additionalInfo",
        serialization_alias="additionalInfo",
        max_length=512,
    )


class ClearMonitoringResult(OcppModel):
    """OCPP 2.0.1 object ``ClearMonitoringResultType``."""

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    status: ClearMonitoringStatusEnum
    id: int
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )


class EVSE(OcppModel):
    """OCPP 2.0.1 object ``EVSEType``."""

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    id: int
    connector_id: Omittable[int] = Field(
        default=None, validation_alias="connectorId", serialization_alias="connectorId"
    )


class Component(OcppModel):
    """OCPP 2.0.1 object ``ComponentType``."""

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    evse: Omittable[EVSE] = None
    name: str = Field(max_length=50)
    instance: Omittable[str] = Field(default=None, max_length=50)


class Variable(OcppModel):
    """OCPP 2.0.1 object ``VariableType``."""

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    name: str = Field(max_length=50)
    instance: Omittable[str] = Field(default=None, max_length=50)


class ComponentVariable(OcppModel):
    """OCPP 2.0.1 object ``ComponentVariableType``."""

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    component: Component
    variable: Omittable[Variable] = None


class CompositeSchedule(OcppModel):
    """OCPP 2.0.1 object ``CompositeScheduleType``."""

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    charging_schedule_period: list[ChargingSchedulePeriod] = Field(
        validation_alias="chargingSchedulePeriod",
        serialization_alias="chargingSchedulePeriod",
        min_length=1,
    )
    evse_id: int = Field(validation_alias="evseId", serialization_alias="evseId")
    duration: int
    schedule_start: DateTime = Field(
        validation_alias="scheduleStart", serialization_alias="scheduleStart"
    )
    charging_rate_unit: ChargingRateUnitEnum = Field(
        validation_alias="chargingRateUnit", serialization_alias="chargingRateUnit"
    )


class EventData(OcppModel):
    """OCPP 2.0.1 object ``EventDataType``."""

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    event_id: int = Field(validation_alias="eventId", serialization_alias="eventId")
    timestamp: DateTime
    trigger: EventTriggerEnum
    cause: Omittable[int] = None
    actual_value: str = Field(
        validation_alias="actualValue", serialization_alias="actualValue", max_length=2500
    )
    tech_code: Omittable[str] = Field(
        default=None, validation_alias="techCode", serialization_alias="techCode", max_length=50
    )
    tech_info: Omittable[str] = Field(
        default=None, validation_alias="techInfo", serialization_alias="techInfo", max_length=500
    )
    cleared: Omittable[bool] = None
    transaction_id: Omittable[str] = Field(
        default=None,
        validation_alias="transactionId",
        serialization_alias="transactionId",
        max_length=36,
    )
    component: Component
    variable_monitoring_id: Omittable[int] = Field(
        default=None,
        validation_alias="variableMonitoringId",
        serialization_alias="variableMonitoringId",
    )
    event_notification_type: EventNotificationEnum = Field(
        validation_alias="eventNotificationType", serialization_alias="eventNotificationType"
    )
    variable: Variable


class Firmware(OcppModel):
    """OCPP 2.0.1 object ``FirmwareType``."""

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    location: str = Field(max_length=512)
    retrieve_date_time: DateTime = Field(
        validation_alias="retrieveDateTime", serialization_alias="retrieveDateTime"
    )
    install_date_time: Omittable[DateTime] = Field(
        default=None, validation_alias="installDateTime", serialization_alias="installDateTime"
    )
    signing_certificate: Omittable[str] = Field(
        default=None,
        validation_alias="signingCertificate",
        serialization_alias="signingCertificate",
        max_length=5500,
    )
    signature: Omittable[str] = Field(default=None, max_length=800)


class GetVariableData(OcppModel):
    """OCPP 2.0.1 object ``GetVariableDataType``."""

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    attribute_type: Omittable[AttributeEnum] = Field(
        default=None, validation_alias="attributeType", serialization_alias="attributeType"
    )
    component: Component
    variable: Variable


class GetVariableResult(OcppModel):
    """OCPP 2.0.1 object ``GetVariableResultType``."""

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    attribute_status_info: Omittable[StatusInfo] = Field(
        default=None,
        validation_alias="attributeStatusInfo",
        serialization_alias="attributeStatusInfo",
    )
    attribute_status: GetVariableStatusEnum = Field(
        validation_alias="attributeStatus", serialization_alias="attributeStatus"
    )
    attribute_type: Omittable[AttributeEnum] = Field(
        default=None, validation_alias="attributeType", serialization_alias="attributeType"
    )
    attribute_value: Omittable[str] = Field(
        default=None,
        validation_alias="attributeValue",
        serialization_alias="attributeValue",
        max_length=2500,
    )
    component: Component
    variable: Variable


class LogParameters(OcppModel):
    """OCPP 2.0.1 object ``LogParametersType``."""

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    remote_location: str = Field(
        validation_alias="remoteLocation", serialization_alias="remoteLocation", max_length=512
    )
    oldest_timestamp: Omittable[DateTime] = Field(
        default=None, validation_alias="oldestTimestamp", serialization_alias="oldestTimestamp"
    )
    latest_timestamp: Omittable[DateTime] = Field(
        default=None, validation_alias="latestTimestamp", serialization_alias="latestTimestamp"
    )


class MessageInfo(OcppModel):
    """OCPP 2.0.1 object ``MessageInfoType``."""

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    display: Omittable[Component] = None
    id: int
    priority: MessagePriorityEnum
    state: Omittable[MessageStateEnum] = None
    start_date_time: Omittable[DateTime] = Field(
        default=None, validation_alias="startDateTime", serialization_alias="startDateTime"
    )
    end_date_time: Omittable[DateTime] = Field(
        default=None, validation_alias="endDateTime", serialization_alias="endDateTime"
    )
    transaction_id: Omittable[str] = Field(
        default=None,
        validation_alias="transactionId",
        serialization_alias="transactionId",
        max_length=36,
    )
    message: MessageContent


class SignedMeterValue(OcppModel):
    """OCPP 2.0.1 object ``SignedMeterValueType``."""

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    signed_meter_data: str = Field(
        validation_alias="signedMeterData", serialization_alias="signedMeterData", max_length=2500
    )
    signing_method: str = Field(
        validation_alias="signingMethod", serialization_alias="signingMethod", max_length=50
    )
    encoding_method: str = Field(
        validation_alias="encodingMethod", serialization_alias="encodingMethod", max_length=50
    )
    public_key: str = Field(
        validation_alias="publicKey", serialization_alias="publicKey", max_length=2500
    )


class UnitOfMeasure(OcppModel):
    """OCPP 2.0.1 object ``UnitOfMeasureType``."""

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    unit: Omittable[str] = Field(default=None, max_length=20)
    multiplier: Omittable[int] = None


class SampledValue(OcppModel):
    """OCPP 2.0.1 object ``SampledValueType``."""

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    value: float
    context: Omittable[ReadingContextEnum] = None
    measurand: Omittable[MeasurandEnum] = None
    phase: Omittable[PhaseEnum] = None
    location: Omittable[LocationEnum] = None
    signed_meter_value: Omittable[SignedMeterValue] = Field(
        default=None, validation_alias="signedMeterValue", serialization_alias="signedMeterValue"
    )
    unit_of_measure: Omittable[UnitOfMeasure] = Field(
        default=None, validation_alias="unitOfMeasure", serialization_alias="unitOfMeasure"
    )


class MeterValue(OcppModel):
    """OCPP 2.0.1 object ``MeterValueType``."""

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    sampled_value: list[SampledValue] = Field(
        validation_alias="sampledValue", serialization_alias="sampledValue", min_length=1
    )
    timestamp: DateTime


class VariableMonitoring(OcppModel):
    """OCPP 2.0.1 object ``VariableMonitoringType``."""

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    id: int
    transaction: bool
    value: float
    type: MonitorEnum
    severity: int


class MonitoringData(OcppModel):
    """OCPP 2.0.1 object ``MonitoringDataType``."""

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    component: Component
    variable: Variable
    variable_monitoring: list[VariableMonitoring] = Field(
        validation_alias="variableMonitoring",
        serialization_alias="variableMonitoring",
        min_length=1,
    )


class VPN(OcppModel):
    """OCPP 2.0.1 object ``VPNType``."""

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    server: str = Field(max_length=512)
    user: str = Field(max_length=20)
    group: Omittable[str] = Field(default=None, max_length=20)
    password: str = Field(max_length=20)
    key: str = Field(max_length=255)
    type: VPNEnum


class NetworkConnectionProfile(OcppModel):
    """OCPP 2.0.1 object ``NetworkConnectionProfileType``."""

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    apn: Omittable[APN] = None
    ocpp_version: OCPPVersionEnum = Field(
        validation_alias="ocppVersion", serialization_alias="ocppVersion"
    )
    ocpp_transport: OCPPTransportEnum = Field(
        validation_alias="ocppTransport", serialization_alias="ocppTransport"
    )
    ocpp_csms_url: str = Field(
        validation_alias="ocppCsmsUrl", serialization_alias="ocppCsmsUrl", max_length=512
    )
    message_timeout: int = Field(
        validation_alias="messageTimeout", serialization_alias="messageTimeout"
    )
    security_profile: int = Field(
        validation_alias="securityProfile", serialization_alias="securityProfile"
    )
    ocpp_interface: OCPPInterfaceEnum = Field(
        validation_alias="ocppInterface", serialization_alias="ocppInterface"
    )
    vpn: Omittable[VPN] = None


class OCSPRequestData(OcppModel):
    """OCPP 2.0.1 object ``OCSPRequestDataType``."""

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    hash_algorithm: HashAlgorithmEnum = Field(
        validation_alias="hashAlgorithm", serialization_alias="hashAlgorithm"
    )
    issuer_name_hash: str = Field(
        validation_alias="issuerNameHash", serialization_alias="issuerNameHash", max_length=128
    )
    issuer_key_hash: str = Field(
        validation_alias="issuerKeyHash", serialization_alias="issuerKeyHash", max_length=128
    )
    serial_number: str = Field(
        validation_alias="serialNumber", serialization_alias="serialNumber", max_length=40
    )
    responder_url: str = Field(
        validation_alias="responderURL", serialization_alias="responderURL", max_length=512
    )


class VariableAttribute(OcppModel):
    """OCPP 2.0.1 object ``VariableAttributeType``."""

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    type: Omittable[AttributeEnum] = None
    value: Omittable[str] = Field(default=None, max_length=2500)
    mutability: Omittable[MutabilityEnum] = None
    persistent: Omittable[bool] = None
    constant: Omittable[bool] = None


class VariableCharacteristics(OcppModel):
    """OCPP 2.0.1 object ``VariableCharacteristicsType``."""

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    unit: Omittable[str] = Field(default=None, max_length=16)
    data_type: DataEnum = Field(validation_alias="dataType", serialization_alias="dataType")
    min_limit: Omittable[float] = Field(
        default=None, validation_alias="minLimit", serialization_alias="minLimit"
    )
    max_limit: Omittable[float] = Field(
        default=None, validation_alias="maxLimit", serialization_alias="maxLimit"
    )
    values_list: Omittable[str] = Field(
        default=None,
        validation_alias="valuesList",
        serialization_alias="valuesList",
        max_length=1000,
    )
    supports_monitoring: bool = Field(
        validation_alias="supportsMonitoring", serialization_alias="supportsMonitoring"
    )


class ReportData(OcppModel):
    """OCPP 2.0.1 object ``ReportDataType``."""

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    component: Component
    variable: Variable
    variable_attribute: list[VariableAttribute] = Field(
        validation_alias="variableAttribute",
        serialization_alias="variableAttribute",
        min_length=1,
        max_length=4,
    )
    variable_characteristics: Omittable[VariableCharacteristics] = Field(
        default=None,
        validation_alias="variableCharacteristics",
        serialization_alias="variableCharacteristics",
    )


class SetMonitoringData(OcppModel):
    """OCPP 2.0.1 object ``SetMonitoringDataType``."""

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    id: Omittable[int] = None
    transaction: Omittable[bool] = None
    value: float
    type: MonitorEnum
    severity: int
    component: Component
    variable: Variable


class SetMonitoringResult(OcppModel):
    """OCPP 2.0.1 object ``SetMonitoringResultType``."""

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    id: Omittable[int] = None
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )
    status: SetMonitoringStatusEnum
    type: MonitorEnum
    component: Component
    variable: Variable
    severity: int


class SetVariableData(OcppModel):
    """OCPP 2.0.1 object ``SetVariableDataType``."""

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    attribute_type: Omittable[AttributeEnum] = Field(
        default=None, validation_alias="attributeType", serialization_alias="attributeType"
    )
    attribute_value: str = Field(
        validation_alias="attributeValue", serialization_alias="attributeValue", max_length=1000
    )
    component: Component
    variable: Variable


class SetVariableResult(OcppModel):
    """OCPP 2.0.1 object ``SetVariableResultType``."""

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    attribute_type: Omittable[AttributeEnum] = Field(
        default=None, validation_alias="attributeType", serialization_alias="attributeType"
    )
    attribute_status: SetVariableStatusEnum = Field(
        validation_alias="attributeStatus", serialization_alias="attributeStatus"
    )
    attribute_status_info: Omittable[StatusInfo] = Field(
        default=None,
        validation_alias="attributeStatusInfo",
        serialization_alias="attributeStatusInfo",
    )
    component: Component
    variable: Variable


class Transaction(OcppModel):
    """OCPP 2.0.1 object ``TransactionType``."""

    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
    transaction_id: str = Field(
        validation_alias="transactionId", serialization_alias="transactionId", max_length=36
    )
    charging_state: Omittable[ChargingStateEnum] = Field(
        default=None, validation_alias="chargingState", serialization_alias="chargingState"
    )
    time_spent_charging: Omittable[int] = Field(
        default=None, validation_alias="timeSpentCharging", serialization_alias="timeSpentCharging"
    )
    stopped_reason: Omittable[ReasonEnum] = Field(
        default=None, validation_alias="stoppedReason", serialization_alias="stoppedReason"
    )
    remote_start_id: Omittable[int] = Field(
        default=None, validation_alias="remoteStartId", serialization_alias="remoteStartId"
    )
