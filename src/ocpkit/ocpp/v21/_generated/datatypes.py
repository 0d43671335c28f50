"""Object types shared by the messages of OCPP 2.1, generated from the official JSON schemas.

Do not edit: written by ``python -m codegen generate`` from ``schemas/ocpp/2.1*/``
(combined sha256 of the original files: ``7bf66191afef2a4b90ad674cf9cf4098de2185c0739c5ddc9f0b93827264216b``).
"""

from typing import Annotated, ClassVar

from pydantic import ConfigDict, Field

from ocpkit._base import DateTime, OcppModel, OcppNullKeepingModel, Omittable

from .enums import (
    APNAuthenticationEnum,
    AttributeEnum,
    AuthorizationStatusEnum,
    CertificateStatusEnum,
    CertificateStatusSourceEnum,
    ChargingProfileKindEnum,
    ChargingProfilePurposeEnum,
    ChargingRateUnitEnum,
    ChargingStateEnum,
    ClearMonitoringStatusEnum,
    ControlModeEnum,
    CostDimensionEnum,
    CostKindEnum,
    DataEnum,
    DayOfWeekEnum,
    DERControlEnum,
    DERUnitEnum,
    EnergyTransferModeEnum,
    EventNotificationEnum,
    EventTriggerEnum,
    EvseKindEnum,
    GetCertificateIdUseEnum,
    GetVariableStatusEnum,
    HashAlgorithmEnum,
    IslandingDetectionEnum,
    LocationEnum,
    MeasurandEnum,
    MessageFormatEnum,
    MessagePriorityEnum,
    MessageStateEnum,
    MobilityNeedsModeEnum,
    MonitorEnum,
    MutabilityEnum,
    OCPPInterfaceEnum,
    OCPPTransportEnum,
    OCPPVersionEnum,
    OperationModeEnum,
    PhaseEnum,
    PowerDuringCessationEnum,
    ReadingContextEnum,
    ReasonEnum,
    RecurrencyKindEnum,
    SetMonitoringStatusEnum,
    SetVariableStatusEnum,
    TariffClearStatusEnum,
    TariffCostEnum,
    TariffKindEnum,
    VPNEnum,
)

__all__ = [
    "CustomData",
    "ACChargingParameters",
    "APN",
    "RationalNumber",
    "PriceRule",
    "PriceRuleStack",
    "TaxRule",
    "OverstayRule",
    "OverstayRuleList",
    "AdditionalSelectedServices",
    "AbsolutePriceSchedule",
    "AdditionalInfo",
    "Address",
    "IdToken",
    "MessageContent",
    "IdTokenInfo",
    "AuthorizationData",
    "BatteryData",
    "CertificateHashData",
    "CertificateHashDataChain",
    "CertificateStatus",
    "CertificateStatusRequestInfo",
    "ChargingLimit",
    "DERChargingParameters",
    "EVPriceRule",
    "EVAbsolutePriceScheduleEntry",
    "EVAbsolutePriceSchedule",
    "EVPowerScheduleEntry",
    "EVPowerSchedule",
    "EVEnergyOffer",
    "DCChargingParameters",
    "V2XChargingParameters",
    "ChargingNeeds",
    "CostDimension",
    "ChargingPeriod",
    "LimitAtSoC",
    "V2XFreqWattPoint",
    "V2XSignalWattPoint",
    "ChargingSchedulePeriod",
    "RelativeTimeInterval",
    "Cost",
    "ConsumptionCost",
    "SalesTariffEntry",
    "SalesTariff",
    "PriceLevelScheduleEntry",
    "PriceLevelSchedule",
    "ChargingSchedule",
    "ChargingProfile",
    "ChargingProfileCriterion",
    "ChargingScheduleUpdate",
    "Modem",
    "ChargingStation",
    "ClearChargingProfile",
    "StatusInfo",
    "ClearMonitoringResult",
    "ClearTariffsResult",
    "EVSE",
    "Component",
    "Variable",
    "ComponentVariable",
    "CompositeSchedule",
    "PeriodicEventStreamParams",
    "ConstantStreamData",
    "TaxRate",
    "Price",
    "TotalPrice",
    "TotalCost",
    "TotalUsage",
    "CostDetails",
    "DERCurvePoints",
    "Hysteresis",
    "ReactivePowerParams",
    "VoltageParams",
    "DERCurve",
    "DERCurveGet",
    "EnterService",
    "EnterServiceGet",
    "EventData",
    "Firmware",
    "FixedPF",
    "FixedPFGet",
    "FixedVar",
    "FixedVarGet",
    "FreqDroop",
    "FreqDroopGet",
    "GetVariableData",
    "GetVariableResult",
    "Gradient",
    "GradientGet",
    "LimitMaxDischarge",
    "LimitMaxDischargeGet",
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
    "StreamDataElement",
    "TariffConditions",
    "TariffEnergyPrice",
    "TariffEnergy",
    "TariffTimePrice",
    "TariffTime",
    "TariffConditionsFixed",
    "TariffFixedPrice",
    "TariffFixed",
    "Tariff",
    "TariffAssignment",
    "TransactionLimit",
    "Transaction",
]


class CustomData(OcppNullKeepingModel):
    """OCPP 2.1 object ``CustomDataType``."""

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    vendor_id: str = Field(
        validation_alias="vendorId", serialization_alias="vendorId", max_length=255
    )


class ACChargingParameters(OcppModel):
    """OCPP 2.1 object ``ACChargingParametersType``."""

    energy_amount: float = Field(
        validation_alias="energyAmount", serialization_alias="energyAmount"
    )
    ev_min_current: float = Field(
        validation_alias="evMinCurrent", serialization_alias="evMinCurrent"
    )
    ev_max_current: float = Field(
        validation_alias="evMaxCurrent", serialization_alias="evMaxCurrent"
    )
    ev_max_voltage: float = Field(
        validation_alias="evMaxVoltage", serialization_alias="evMaxVoltage"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class APN(OcppModel):
    """OCPP 2.1 object ``APNType``."""

    apn: str = Field(max_length=2000)
    apn_user_name: Omittable[str] = Field(
        default=None,
        validation_alias="apnUserName",
        serialization_alias="apnUserName",
        max_length=50,
    )
    apn_password: Omittable[str] = Field(
        default=None,
        validation_alias="apnPassword",
        serialization_alias="apnPassword",
        max_length=64,
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
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class RationalNumber(OcppModel):
    """OCPP 2.1 object ``RationalNumberType``."""

    exponent: int
    value: int
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class PriceRule(OcppModel):
    """OCPP 2.1 object ``PriceRuleType``."""

    parking_fee_period: Omittable[int] = Field(
        default=None, validation_alias="parkingFeePeriod", serialization_alias="parkingFeePeriod"
    )
    carbon_dioxide_emission: Omittable[int] = Field(
        default=None,
        validation_alias="carbonDioxideEmission",
        serialization_alias="carbonDioxideEmission",
        ge=0.0,
    )
    renewable_generation_percentage: Omittable[int] = Field(
        default=None,
        validation_alias="renewableGenerationPercentage",
        serialization_alias="renewableGenerationPercentage",
        ge=0.0,
        le=100.0,
    )
    energy_fee: RationalNumber = Field(
        validation_alias="energyFee", serialization_alias="energyFee"
    )
    parking_fee: Omittable[RationalNumber] = Field(
        default=None, validation_alias="parkingFee", serialization_alias="parkingFee"
    )
    power_range_start: RationalNumber = Field(
        validation_alias="powerRangeStart", serialization_alias="powerRangeStart"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class PriceRuleStack(OcppModel):
    """OCPP 2.1 object ``PriceRuleStackType``."""

    duration: int
    price_rule: list[PriceRule] = Field(
        validation_alias="priceRule", serialization_alias="priceRule", min_length=1, max_length=8
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class TaxRule(OcppModel):
    """OCPP 2.1 object ``TaxRuleType``."""

    tax_rule_id: int = Field(validation_alias="taxRuleID", serialization_alias="taxRuleID", ge=0.0)
    tax_rule_name: Omittable[str] = Field(
        default=None,
        validation_alias="taxRuleName",
        serialization_alias="taxRuleName",
        max_length=100,
    )
    tax_included_in_price: Omittable[bool] = Field(
        default=None,
        validation_alias="taxIncludedInPrice",
        serialization_alias="taxIncludedInPrice",
    )
    applies_to_energy_fee: bool = Field(
        validation_alias="appliesToEnergyFee", serialization_alias="appliesToEnergyFee"
    )
    applies_to_parking_fee: bool = Field(
        validation_alias="appliesToParkingFee", serialization_alias="appliesToParkingFee"
    )
    applies_to_overstay_fee: bool = Field(
        validation_alias="appliesToOverstayFee", serialization_alias="appliesToOverstayFee"
    )
    applies_to_minimum_maximum_cost: bool = Field(
        validation_alias="appliesToMinimumMaximumCost",
        serialization_alias="appliesToMinimumMaximumCost",
    )
    tax_rate: RationalNumber = Field(validation_alias="taxRate", serialization_alias="taxRate")
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class OverstayRule(OcppModel):
    """OCPP 2.1 object ``OverstayRuleType``."""

    overstay_fee: RationalNumber = Field(
        validation_alias="overstayFee", serialization_alias="overstayFee"
    )
    overstay_rule_description: Omittable[str] = Field(
        default=None,
        validation_alias="overstayRuleDescription",
        serialization_alias="overstayRuleDescription",
        max_length=32,
    )
    start_time: int = Field(validation_alias="startTime", serialization_alias="startTime")
    overstay_fee_period: int = Field(
        validation_alias="overstayFeePeriod", serialization_alias="overstayFeePeriod"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class OverstayRuleList(OcppModel):
    """OCPP 2.1 object ``OverstayRuleListType``."""

    overstay_power_threshold: Omittable[RationalNumber] = Field(
        default=None,
        validation_alias="overstayPowerThreshold",
        serialization_alias="overstayPowerThreshold",
    )
    overstay_rule: list[OverstayRule] = Field(
        validation_alias="overstayRule",
        serialization_alias="overstayRule",
        min_length=1,
        max_length=5,
    )
    overstay_time_threshold: Omittable[int] = Field(
        default=None,
        validation_alias="overstayTimeThreshold",
        serialization_alias="overstayTimeThreshold",
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class AdditionalSelectedServices(OcppModel):
    """OCPP 2.1 object ``AdditionalSelectedServicesType``."""

    service_fee: RationalNumber = Field(
        validation_alias="serviceFee", serialization_alias="serviceFee"
    )
    service_name: str = Field(
        validation_alias="serviceName", serialization_alias="serviceName", max_length=80
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class AbsolutePriceSchedule(OcppModel):
    """OCPP 2.1 object ``AbsolutePriceScheduleType``."""

    time_anchor: DateTime = Field(validation_alias="timeAnchor", serialization_alias="timeAnchor")
    price_schedule_id: int = Field(
        validation_alias="priceScheduleID", serialization_alias="priceScheduleID", ge=0.0
    )
    price_schedule_description: Omittable[str] = Field(
        default=None,
        validation_alias="priceScheduleDescription",
        serialization_alias="priceScheduleDescription",
        max_length=160,
    )
    currency: str = Field(max_length=3)
    language: str = Field(max_length=8)
    price_algorithm: str = Field(
        validation_alias="priceAlgorithm", serialization_alias="priceAlgorithm", max_length=2000
    )
    minimum_cost: Omittable[RationalNumber] = Field(
        default=None, validation_alias="minimumCost", serialization_alias="minimumCost"
    )
    maximum_cost: Omittable[RationalNumber] = Field(
        default=None, validation_alias="maximumCost", serialization_alias="maximumCost"
    )
    price_rule_stacks: list[PriceRuleStack] = Field(
        validation_alias="priceRuleStacks",
        serialization_alias="priceRuleStacks",
        min_length=1,
        max_length=1024,
    )
    tax_rules: Omittable[list[TaxRule]] = Field(
        default=None,
        validation_alias="taxRules",
        serialization_alias="taxRules",
        min_length=1,
        max_length=10,
    )
    overstay_rule_list: Omittable[OverstayRuleList] = Field(
        default=None, validation_alias="overstayRuleList", serialization_alias="overstayRuleList"
    )
    additional_selected_services: Omittable[list[AdditionalSelectedServices]] = Field(
        default=None,
        validation_alias="additionalSelectedServices",
        serialization_alias="additionalSelectedServices",
        min_length=1,
        max_length=5,
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class AdditionalInfo(OcppModel):
    """OCPP 2.1 object ``AdditionalInfoType``."""

    additional_id_token: str = Field(
        validation_alias="additionalIdToken",
        serialization_alias="additionalIdToken",
        max_length=255,
    )
    type: str = Field(max_length=50)
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class Address(OcppModel):
    """OCPP 2.1 object ``AddressType``."""

    name: str = Field(max_length=50)
    address1: str = Field(max_length=100)
    address2: Omittable[str] = Field(default=None, max_length=100)
    city: str = Field(max_length=100)
    postal_code: Omittable[str] = Field(
        default=None, validation_alias="postalCode", serialization_alias="postalCode", max_length=20
    )
    country: str = Field(max_length=50)
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class IdToken(OcppModel):
    """OCPP 2.1 object ``IdTokenType``."""

    additional_info: Omittable[list[AdditionalInfo]] = Field(
        default=None,
        validation_alias="additionalInfo",
        serialization_alias="additionalInfo",
        min_length=1,
    )
    id_token: str = Field(validation_alias="idToken", serialization_alias="idToken", max_length=255)
    type: str = Field(max_length=20)
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class MessageContent(OcppModel):
    """OCPP 2.1 object ``MessageContentType``."""

    format: MessageFormatEnum
    language: Omittable[str] = Field(default=None, max_length=8)
    content: str = Field(max_length=1024)
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class IdTokenInfo(OcppModel):
    """OCPP 2.1 object ``IdTokenInfoType``."""

    status: AuthorizationStatusEnum
    cache_expiry_date_time: Omittable[DateTime] = Field(
        default=None,
        validation_alias="cacheExpiryDateTime",
        serialization_alias="cacheExpiryDateTime",
    )
    charging_priority: Omittable[int] = Field(
        default=None, validation_alias="chargingPriority", serialization_alias="chargingPriority"
    )
    group_id_token: Omittable[IdToken] = Field(
        default=None, validation_alias="groupIdToken", serialization_alias="groupIdToken"
    )
    language1: Omittable[str] = Field(default=None, max_length=8)
    language2: Omittable[str] = Field(default=None, max_length=8)
    evse_id: Omittable[list[Annotated[int, Field(ge=0.0)]]] = Field(
        default=None, validation_alias="evseId", serialization_alias="evseId", min_length=1
    )
    personal_message: Omittable[MessageContent] = Field(
        default=None, validation_alias="personalMessage", serialization_alias="personalMessage"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class AuthorizationData(OcppModel):
    """OCPP 2.1 object ``AuthorizationData``."""

    id_token: IdToken = Field(validation_alias="idToken", serialization_alias="idToken")
    id_token_info: Omittable[IdTokenInfo] = Field(
        default=None, validation_alias="idTokenInfo", serialization_alias="idTokenInfo"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class BatteryData(OcppModel):
    """OCPP 2.1 object ``BatteryDataType``."""

    evse_id: int = Field(validation_alias="evseId", serialization_alias="evseId", ge=0.0)
    serial_number: str = Field(
        validation_alias="serialNumber", serialization_alias="serialNumber", max_length=50
    )
    so_c: float = Field(validation_alias="soC", serialization_alias="soC", ge=0.0, le=100.0)
    so_h: float = Field(validation_alias="soH", serialization_alias="soH", ge=0.0, le=100.0)
    production_date: Omittable[DateTime] = Field(
        default=None, validation_alias="productionDate", serialization_alias="productionDate"
    )
    vendor_info: Omittable[str] = Field(
        default=None,
        validation_alias="vendorInfo",
        serialization_alias="vendorInfo",
        max_length=500,
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class CertificateHashData(OcppModel):
    """OCPP 2.1 object ``CertificateHashDataType``."""

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
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class CertificateHashDataChain(OcppModel):
    """OCPP 2.1 object ``CertificateHashDataChainType``."""

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
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class CertificateStatus(OcppModel):
    """OCPP 2.1 object ``CertificateStatusType``."""

    certificate_hash_data: CertificateHashData = Field(
        validation_alias="certificateHashData", serialization_alias="certificateHashData"
    )
    source: CertificateStatusSourceEnum
    status: CertificateStatusEnum
    next_update: DateTime = Field(validation_alias="nextUpdate", serialization_alias="nextUpdate")
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class CertificateStatusRequestInfo(OcppModel):
    """OCPP 2.1 object ``CertificateStatusRequestInfoType``."""

    certificate_hash_data: CertificateHashData = Field(
        validation_alias="certificateHashData", serialization_alias="certificateHashData"
    )
    source: CertificateStatusSourceEnum
    urls: list[Annotated[str, Field(max_length=2000)]] = Field(min_length=1, max_length=5)
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class ChargingLimit(OcppModel):
    """OCPP 2.1 object ``ChargingLimitType``."""

    charging_limit_source: str = Field(
        validation_alias="chargingLimitSource",
        serialization_alias="chargingLimitSource",
        max_length=20,
    )
    is_local_generation: Omittable[bool] = Field(
        default=None, validation_alias="isLocalGeneration", serialization_alias="isLocalGeneration"
    )
    is_grid_critical: Omittable[bool] = Field(
        default=None, validation_alias="isGridCritical", serialization_alias="isGridCritical"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class DERChargingParameters(OcppModel):
    """OCPP 2.1 object ``DERChargingParametersType``."""

    ev_supported_der_control: Omittable[list[DERControlEnum]] = Field(
        default=None,
        validation_alias="evSupportedDERControl",
        serialization_alias="evSupportedDERControl",
        min_length=1,
    )
    ev_over_excited_max_discharge_power: Omittable[float] = Field(
        default=None,
        validation_alias="evOverExcitedMaxDischargePower",
        serialization_alias="evOverExcitedMaxDischargePower",
    )
    ev_over_excited_power_factor: Omittable[float] = Field(
        default=None,
        validation_alias="evOverExcitedPowerFactor",
        serialization_alias="evOverExcitedPowerFactor",
    )
    ev_under_excited_max_discharge_power: Omittable[float] = Field(
        default=None,
        validation_alias="evUnderExcitedMaxDischargePower",
        serialization_alias="evUnderExcitedMaxDischargePower",
    )
    ev_under_excited_power_factor: Omittable[float] = Field(
        default=None,
        validation_alias="evUnderExcitedPowerFactor",
        serialization_alias="evUnderExcitedPowerFactor",
    )
    max_apparent_power: Omittable[float] = Field(
        default=None, validation_alias="maxApparentPower", serialization_alias="maxApparentPower"
    )
    max_charge_apparent_power: Omittable[float] = Field(
        default=None,
        validation_alias="maxChargeApparentPower",
        serialization_alias="maxChargeApparentPower",
    )
    max_charge_apparent_power_l2: Omittable[float] = Field(
        default=None,
        validation_alias="maxChargeApparentPower_L2",
        serialization_alias="maxChargeApparentPower_L2",
    )
    max_charge_apparent_power_l3: Omittable[float] = Field(
        default=None,
        validation_alias="maxChargeApparentPower_L3",
        serialization_alias="maxChargeApparentPower_L3",
    )
    max_discharge_apparent_power: Omittable[float] = Field(
        default=None,
        validation_alias="maxDischargeApparentPower",
        serialization_alias="maxDischargeApparentPower",
    )
    max_discharge_apparent_power_l2: Omittable[float] = Field(
        default=None,
        validation_alias="maxDischargeApparentPower_L2",
        serialization_alias="maxDischargeApparentPower_L2",
    )
    max_discharge_apparent_power_l3: Omittable[float] = Field(
        default=None,
        validation_alias="maxDischargeApparentPower_L3",
        serialization_alias="maxDischargeApparentPower_L3",
    )
    max_charge_reactive_power: Omittable[float] = Field(
        default=None,
        validation_alias="maxChargeReactivePower",
        serialization_alias="maxChargeReactivePower",
    )
    max_charge_reactive_power_l2: Omittable[float] = Field(
        default=None,
        validation_alias="maxChargeReactivePower_L2",
        serialization_alias="maxChargeReactivePower_L2",
    )
    max_charge_reactive_power_l3: Omittable[float] = Field(
        default=None,
        validation_alias="maxChargeReactivePower_L3",
        serialization_alias="maxChargeReactivePower_L3",
    )
    min_charge_reactive_power: Omittable[float] = Field(
        default=None,
        validation_alias="minChargeReactivePower",
        serialization_alias="minChargeReactivePower",
    )
    min_charge_reactive_power_l2: Omittable[float] = Field(
        default=None,
        validation_alias="minChargeReactivePower_L2",
        serialization_alias="minChargeReactivePower_L2",
    )
    min_charge_reactive_power_l3: Omittable[float] = Field(
        default=None,
        validation_alias="minChargeReactivePower_L3",
        serialization_alias="minChargeReactivePower_L3",
    )
    max_discharge_reactive_power: Omittable[float] = Field(
        default=None,
        validation_alias="maxDischargeReactivePower",
        serialization_alias="maxDischargeReactivePower",
    )
    max_discharge_reactive_power_l2: Omittable[float] = Field(
        default=None,
        validation_alias="maxDischargeReactivePower_L2",
        serialization_alias="maxDischargeReactivePower_L2",
    )
    max_discharge_reactive_power_l3: Omittable[float] = Field(
        default=None,
        validation_alias="maxDischargeReactivePower_L3",
        serialization_alias="maxDischargeReactivePower_L3",
    )
    min_discharge_reactive_power: Omittable[float] = Field(
        default=None,
        validation_alias="minDischargeReactivePower",
        serialization_alias="minDischargeReactivePower",
    )
    min_discharge_reactive_power_l2: Omittable[float] = Field(
        default=None,
        validation_alias="minDischargeReactivePower_L2",
        serialization_alias="minDischargeReactivePower_L2",
    )
    min_discharge_reactive_power_l3: Omittable[float] = Field(
        default=None,
        validation_alias="minDischargeReactivePower_L3",
        serialization_alias="minDischargeReactivePower_L3",
    )
    nominal_voltage: Omittable[float] = Field(
        default=None, validation_alias="nominalVoltage", serialization_alias="nominalVoltage"
    )
    nominal_voltage_offset: Omittable[float] = Field(
        default=None,
        validation_alias="nominalVoltageOffset",
        serialization_alias="nominalVoltageOffset",
    )
    max_nominal_voltage: Omittable[float] = Field(
        default=None, validation_alias="maxNominalVoltage", serialization_alias="maxNominalVoltage"
    )
    min_nominal_voltage: Omittable[float] = Field(
        default=None, validation_alias="minNominalVoltage", serialization_alias="minNominalVoltage"
    )
    ev_inverter_manufacturer: Omittable[str] = Field(
        default=None,
        validation_alias="evInverterManufacturer",
        serialization_alias="evInverterManufacturer",
        max_length=50,
    )
    ev_inverter_model: Omittable[str] = Field(
        default=None,
        validation_alias="evInverterModel",
        serialization_alias="evInverterModel",
        max_length=50,
    )
    ev_inverter_serial_number: Omittable[str] = Field(
        default=None,
        validation_alias="evInverterSerialNumber",
        serialization_alias="evInverterSerialNumber",
        max_length=50,
    )
    ev_inverter_sw_version: Omittable[str] = Field(
        default=None,
        validation_alias="evInverterSwVersion",
        serialization_alias="evInverterSwVersion",
        max_length=50,
    )
    ev_inverter_hw_version: Omittable[str] = Field(
        default=None,
        validation_alias="evInverterHwVersion",
        serialization_alias="evInverterHwVersion",
        max_length=50,
    )
    ev_islanding_detection_method: Omittable[list[IslandingDetectionEnum]] = Field(
        default=None,
        validation_alias="evIslandingDetectionMethod",
        serialization_alias="evIslandingDetectionMethod",
        min_length=1,
    )
    ev_islanding_trip_time: Omittable[float] = Field(
        default=None,
        validation_alias="evIslandingTripTime",
        serialization_alias="evIslandingTripTime",
    )
    ev_maximum_level1dc_injection: Omittable[float] = Field(
        default=None,
        validation_alias="evMaximumLevel1DCInjection",
        serialization_alias="evMaximumLevel1DCInjection",
    )
    ev_duration_level1dc_injection: Omittable[float] = Field(
        default=None,
        validation_alias="evDurationLevel1DCInjection",
        serialization_alias="evDurationLevel1DCInjection",
    )
    ev_maximum_level2dc_injection: Omittable[float] = Field(
        default=None,
        validation_alias="evMaximumLevel2DCInjection",
        serialization_alias="evMaximumLevel2DCInjection",
    )
    ev_duration_level2dc_injection: Omittable[float] = Field(
        default=None,
        validation_alias="evDurationLevel2DCInjection",
        serialization_alias="evDurationLevel2DCInjection",
    )
    ev_reactive_susceptance: Omittable[float] = Field(
        default=None,
        validation_alias="evReactiveSusceptance",
        serialization_alias="evReactiveSusceptance",
    )
    ev_session_total_discharge_energy_available: Omittable[float] = Field(
        default=None,
        validation_alias="evSessionTotalDischargeEnergyAvailable",
        serialization_alias="evSessionTotalDischargeEnergyAvailable",
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class EVPriceRule(OcppModel):
    """OCPP 2.1 object ``EVPriceRuleType``."""

    energy_fee: float = Field(validation_alias="energyFee", serialization_alias="energyFee")
    power_range_start: float = Field(
        validation_alias="powerRangeStart", serialization_alias="powerRangeStart"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class EVAbsolutePriceScheduleEntry(OcppModel):
    """OCPP 2.1 object ``EVAbsolutePriceScheduleEntryType``."""

    duration: int
    ev_price_rule: list[EVPriceRule] = Field(
        validation_alias="evPriceRule",
        serialization_alias="evPriceRule",
        min_length=1,
        max_length=8,
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class EVAbsolutePriceSchedule(OcppModel):
    """OCPP 2.1 object ``EVAbsolutePriceScheduleType``."""

    time_anchor: DateTime = Field(validation_alias="timeAnchor", serialization_alias="timeAnchor")
    currency: str = Field(max_length=3)
    ev_absolute_price_schedule_entries: list[EVAbsolutePriceScheduleEntry] = Field(
        validation_alias="evAbsolutePriceScheduleEntries",
        serialization_alias="evAbsolutePriceScheduleEntries",
        min_length=1,
        max_length=1024,
    )
    price_algorithm: str = Field(
        validation_alias="priceAlgorithm", serialization_alias="priceAlgorithm", max_length=2000
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class EVPowerScheduleEntry(OcppModel):
    """OCPP 2.1 object ``EVPowerScheduleEntryType``."""

    duration: int
    power: float
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class EVPowerSchedule(OcppModel):
    """OCPP 2.1 object ``EVPowerScheduleType``."""

    ev_power_schedule_entries: list[EVPowerScheduleEntry] = Field(
        validation_alias="evPowerScheduleEntries",
        serialization_alias="evPowerScheduleEntries",
        min_length=1,
        max_length=1024,
    )
    time_anchor: DateTime = Field(validation_alias="timeAnchor", serialization_alias="timeAnchor")
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class EVEnergyOffer(OcppModel):
    """OCPP 2.1 object ``EVEnergyOfferType``."""

    ev_absolute_price_schedule: Omittable[EVAbsolutePriceSchedule] = Field(
        default=None,
        validation_alias="evAbsolutePriceSchedule",
        serialization_alias="evAbsolutePriceSchedule",
    )
    ev_power_schedule: EVPowerSchedule = Field(
        validation_alias="evPowerSchedule", serialization_alias="evPowerSchedule"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class DCChargingParameters(OcppModel):
    """OCPP 2.1 object ``DCChargingParametersType``."""

    ev_max_current: float = Field(
        validation_alias="evMaxCurrent", serialization_alias="evMaxCurrent"
    )
    ev_max_voltage: float = Field(
        validation_alias="evMaxVoltage", serialization_alias="evMaxVoltage"
    )
    ev_max_power: Omittable[float] = Field(
        default=None, validation_alias="evMaxPower", serialization_alias="evMaxPower"
    )
    ev_energy_capacity: Omittable[float] = Field(
        default=None, validation_alias="evEnergyCapacity", serialization_alias="evEnergyCapacity"
    )
    energy_amount: Omittable[float] = Field(
        default=None, validation_alias="energyAmount", serialization_alias="energyAmount"
    )
    state_of_charge: Omittable[int] = Field(
        default=None,
        validation_alias="stateOfCharge",
        serialization_alias="stateOfCharge",
        ge=0.0,
        le=100.0,
    )
    full_so_c: Omittable[int] = Field(
        default=None, validation_alias="fullSoC", serialization_alias="fullSoC", ge=0.0, le=100.0
    )
    bulk_so_c: Omittable[int] = Field(
        default=None, validation_alias="bulkSoC", serialization_alias="bulkSoC", ge=0.0, le=100.0
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class V2XChargingParameters(OcppModel):
    """OCPP 2.1 object ``V2XChargingParametersType``."""

    min_charge_power: Omittable[float] = Field(
        default=None, validation_alias="minChargePower", serialization_alias="minChargePower"
    )
    min_charge_power_l2: Omittable[float] = Field(
        default=None, validation_alias="minChargePower_L2", serialization_alias="minChargePower_L2"
    )
    min_charge_power_l3: Omittable[float] = Field(
        default=None, validation_alias="minChargePower_L3", serialization_alias="minChargePower_L3"
    )
    max_charge_power: Omittable[float] = Field(
        default=None, validation_alias="maxChargePower", serialization_alias="maxChargePower"
    )
    max_charge_power_l2: Omittable[float] = Field(
        default=None, validation_alias="maxChargePower_L2", serialization_alias="maxChargePower_L2"
    )
    max_charge_power_l3: Omittable[float] = Field(
        default=None, validation_alias="maxChargePower_L3", serialization_alias="maxChargePower_L3"
    )
    min_discharge_power: Omittable[float] = Field(
        default=None, validation_alias="minDischargePower", serialization_alias="minDischargePower"
    )
    min_discharge_power_l2: Omittable[float] = Field(
        default=None,
        validation_alias="minDischargePower_L2",
        serialization_alias="minDischargePower_L2",
    )
    min_discharge_power_l3: Omittable[float] = Field(
        default=None,
        validation_alias="minDischargePower_L3",
        serialization_alias="minDischargePower_L3",
    )
    max_discharge_power: Omittable[float] = Field(
        default=None, validation_alias="maxDischargePower", serialization_alias="maxDischargePower"
    )
    max_discharge_power_l2: Omittable[float] = Field(
        default=None,
        validation_alias="maxDischargePower_L2",
        serialization_alias="maxDischargePower_L2",
    )
    max_discharge_power_l3: Omittable[float] = Field(
        default=None,
        validation_alias="maxDischargePower_L3",
        serialization_alias="maxDischargePower_L3",
    )
    min_charge_current: Omittable[float] = Field(
        default=None, validation_alias="minChargeCurrent", serialization_alias="minChargeCurrent"
    )
    max_charge_current: Omittable[float] = Field(
        default=None, validation_alias="maxChargeCurrent", serialization_alias="maxChargeCurrent"
    )
    min_discharge_current: Omittable[float] = Field(
        default=None,
        validation_alias="minDischargeCurrent",
        serialization_alias="minDischargeCurrent",
    )
    max_discharge_current: Omittable[float] = Field(
        default=None,
        validation_alias="maxDischargeCurrent",
        serialization_alias="maxDischargeCurrent",
    )
    min_voltage: Omittable[float] = Field(
        default=None, validation_alias="minVoltage", serialization_alias="minVoltage"
    )
    max_voltage: Omittable[float] = Field(
        default=None, validation_alias="maxVoltage", serialization_alias="maxVoltage"
    )
    ev_target_energy_request: Omittable[float] = Field(
        default=None,
        validation_alias="evTargetEnergyRequest",
        serialization_alias="evTargetEnergyRequest",
    )
    ev_min_energy_request: Omittable[float] = Field(
        default=None,
        validation_alias="evMinEnergyRequest",
        serialization_alias="evMinEnergyRequest",
    )
    ev_max_energy_request: Omittable[float] = Field(
        default=None,
        validation_alias="evMaxEnergyRequest",
        serialization_alias="evMaxEnergyRequest",
    )
    ev_min_v2x_energy_request: Omittable[float] = Field(
        default=None,
        validation_alias="evMinV2XEnergyRequest",
        serialization_alias="evMinV2XEnergyRequest",
    )
    ev_max_v2x_energy_request: Omittable[float] = Field(
        default=None,
        validation_alias="evMaxV2XEnergyRequest",
        serialization_alias="evMaxV2XEnergyRequest",
    )
    target_so_c: Omittable[int] = Field(
        default=None,
        validation_alias="targetSoC",
        serialization_alias="targetSoC",
        ge=0.0,
        le=100.0,
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class ChargingNeeds(OcppModel):
    """OCPP 2.1 object ``ChargingNeedsType``."""

    ac_charging_parameters: Omittable[ACChargingParameters] = Field(
        default=None,
        validation_alias="acChargingParameters",
        serialization_alias="acChargingParameters",
    )
    der_charging_parameters: Omittable[DERChargingParameters] = Field(
        default=None,
        validation_alias="derChargingParameters",
        serialization_alias="derChargingParameters",
    )
    ev_energy_offer: Omittable[EVEnergyOffer] = Field(
        default=None, validation_alias="evEnergyOffer", serialization_alias="evEnergyOffer"
    )
    requested_energy_transfer: EnergyTransferModeEnum = Field(
        validation_alias="requestedEnergyTransfer", serialization_alias="requestedEnergyTransfer"
    )
    dc_charging_parameters: Omittable[DCChargingParameters] = Field(
        default=None,
        validation_alias="dcChargingParameters",
        serialization_alias="dcChargingParameters",
    )
    v2x_charging_parameters: Omittable[V2XChargingParameters] = Field(
        default=None,
        validation_alias="v2xChargingParameters",
        serialization_alias="v2xChargingParameters",
    )
    available_energy_transfer: Omittable[list[EnergyTransferModeEnum]] = Field(
        default=None,
        validation_alias="availableEnergyTransfer",
        serialization_alias="availableEnergyTransfer",
        min_length=1,
    )
    control_mode: Omittable[ControlModeEnum] = Field(
        default=None, validation_alias="controlMode", serialization_alias="controlMode"
    )
    mobility_needs_mode: Omittable[MobilityNeedsModeEnum] = Field(
        default=None, validation_alias="mobilityNeedsMode", serialization_alias="mobilityNeedsMode"
    )
    departure_time: Omittable[DateTime] = Field(
        default=None, validation_alias="departureTime", serialization_alias="departureTime"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class CostDimension(OcppModel):
    """OCPP 2.1 object ``CostDimensionType``."""

    type: CostDimensionEnum
    volume: float
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class ChargingPeriod(OcppModel):
    """OCPP 2.1 object ``ChargingPeriodType``."""

    dimensions: Omittable[list[CostDimension]] = Field(default=None, min_length=1)
    tariff_id: Omittable[str] = Field(
        default=None, validation_alias="tariffId", serialization_alias="tariffId", max_length=60
    )
    start_period: DateTime = Field(
        validation_alias="startPeriod", serialization_alias="startPeriod"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class LimitAtSoC(OcppModel):
    """OCPP 2.1 object ``LimitAtSoCType``."""

    soc: int = Field(ge=0.0, le=100.0)
    limit: float
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class V2XFreqWattPoint(OcppModel):
    """OCPP 2.1 object ``V2XFreqWattPointType``."""

    frequency: float
    power: float
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class V2XSignalWattPoint(OcppModel):
    """OCPP 2.1 object ``V2XSignalWattPointType``."""

    signal: int
    power: float
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class ChargingSchedulePeriod(OcppModel):
    """OCPP 2.1 object ``ChargingSchedulePeriodType``."""

    start_period: int = Field(validation_alias="startPeriod", serialization_alias="startPeriod")
    limit: Omittable[float] = None
    limit_l2: Omittable[float] = Field(
        default=None, validation_alias="limit_L2", serialization_alias="limit_L2"
    )
    limit_l3: Omittable[float] = Field(
        default=None, validation_alias="limit_L3", serialization_alias="limit_L3"
    )
    number_phases: Omittable[int] = Field(
        default=None,
        validation_alias="numberPhases",
        serialization_alias="numberPhases",
        ge=0.0,
        le=3.0,
    )
    phase_to_use: Omittable[int] = Field(
        default=None,
        validation_alias="phaseToUse",
        serialization_alias="phaseToUse",
        ge=0.0,
        le=3.0,
    )
    discharge_limit: Omittable[float] = Field(
        default=None,
        validation_alias="dischargeLimit",
        serialization_alias="dischargeLimit",
        le=0.0,
    )
    discharge_limit_l2: Omittable[float] = Field(
        default=None,
        validation_alias="dischargeLimit_L2",
        serialization_alias="dischargeLimit_L2",
        le=0.0,
    )
    discharge_limit_l3: Omittable[float] = Field(
        default=None,
        validation_alias="dischargeLimit_L3",
        serialization_alias="dischargeLimit_L3",
        le=0.0,
    )
    setpoint: Omittable[float] = None
    setpoint_l2: Omittable[float] = Field(
        default=None, validation_alias="setpoint_L2", serialization_alias="setpoint_L2"
    )
    setpoint_l3: Omittable[float] = Field(
        default=None, validation_alias="setpoint_L3", serialization_alias="setpoint_L3"
    )
    setpoint_reactive: Omittable[float] = Field(
        default=None, validation_alias="setpointReactive", serialization_alias="setpointReactive"
    )
    setpoint_reactive_l2: Omittable[float] = Field(
        default=None,
        validation_alias="setpointReactive_L2",
        serialization_alias="setpointReactive_L2",
    )
    setpoint_reactive_l3: Omittable[float] = Field(
        default=None,
        validation_alias="setpointReactive_L3",
        serialization_alias="setpointReactive_L3",
    )
    preconditioning_request: Omittable[bool] = Field(
        default=None,
        validation_alias="preconditioningRequest",
        serialization_alias="preconditioningRequest",
    )
    evse_sleep: Omittable[bool] = Field(
        default=None, validation_alias="evseSleep", serialization_alias="evseSleep"
    )
    v2x_baseline: Omittable[float] = Field(
        default=None, validation_alias="v2xBaseline", serialization_alias="v2xBaseline"
    )
    operation_mode: Omittable[OperationModeEnum] = Field(
        default=None, validation_alias="operationMode", serialization_alias="operationMode"
    )
    v2x_freq_watt_curve: Omittable[list[V2XFreqWattPoint]] = Field(
        default=None,
        validation_alias="v2xFreqWattCurve",
        serialization_alias="v2xFreqWattCurve",
        min_length=1,
        max_length=20,
    )
    v2x_signal_watt_curve: Omittable[list[V2XSignalWattPoint]] = Field(
        default=None,
        validation_alias="v2xSignalWattCurve",
        serialization_alias="v2xSignalWattCurve",
        min_length=1,
        max_length=20,
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class RelativeTimeInterval(OcppModel):
    """OCPP 2.1 object ``RelativeTimeIntervalType``."""

    start: int
    duration: Omittable[int] = None
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class Cost(OcppModel):
    """OCPP 2.1 object ``CostType``."""

    cost_kind: CostKindEnum = Field(validation_alias="costKind", serialization_alias="costKind")
    amount: int
    amount_multiplier: Omittable[int] = Field(
        default=None, validation_alias="amountMultiplier", serialization_alias="amountMultiplier"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class ConsumptionCost(OcppModel):
    """OCPP 2.1 object ``ConsumptionCostType``."""

    start_value: float = Field(validation_alias="startValue", serialization_alias="startValue")
    cost: list[Cost] = Field(min_length=1, max_length=3)
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class SalesTariffEntry(OcppModel):
    """OCPP 2.1 object ``SalesTariffEntryType``."""

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
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class SalesTariff(OcppModel):
    """OCPP 2.1 object ``SalesTariffType``."""

    id: int = Field(ge=0.0)
    sales_tariff_description: Omittable[str] = Field(
        default=None,
        validation_alias="salesTariffDescription",
        serialization_alias="salesTariffDescription",
        max_length=32,
    )
    num_e_price_levels: Omittable[int] = Field(
        default=None,
        validation_alias="numEPriceLevels",
        serialization_alias="numEPriceLevels",
        ge=0.0,
    )
    sales_tariff_entry: list[SalesTariffEntry] = Field(
        validation_alias="salesTariffEntry",
        serialization_alias="salesTariffEntry",
        min_length=1,
        max_length=1024,
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class PriceLevelScheduleEntry(OcppModel):
    """OCPP 2.1 object ``PriceLevelScheduleEntryType``."""

    duration: int
    price_level: int = Field(
        validation_alias="priceLevel", serialization_alias="priceLevel", ge=0.0
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class PriceLevelSchedule(OcppModel):
    """OCPP 2.1 object ``PriceLevelScheduleType``."""

    price_level_schedule_entries: list[PriceLevelScheduleEntry] = Field(
        validation_alias="priceLevelScheduleEntries",
        serialization_alias="priceLevelScheduleEntries",
        min_length=1,
        max_length=100,
    )
    time_anchor: DateTime = Field(validation_alias="timeAnchor", serialization_alias="timeAnchor")
    price_schedule_id: int = Field(
        validation_alias="priceScheduleId", serialization_alias="priceScheduleId", ge=0.0
    )
    price_schedule_description: Omittable[str] = Field(
        default=None,
        validation_alias="priceScheduleDescription",
        serialization_alias="priceScheduleDescription",
        max_length=32,
    )
    number_of_price_levels: int = Field(
        validation_alias="numberOfPriceLevels", serialization_alias="numberOfPriceLevels", ge=0.0
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class ChargingSchedule(OcppModel):
    """OCPP 2.1 object ``ChargingScheduleType``."""

    id: int
    limit_at_so_c: Omittable[LimitAtSoC] = Field(
        default=None, validation_alias="limitAtSoC", serialization_alias="limitAtSoC"
    )
    start_schedule: Omittable[DateTime] = Field(
        default=None, validation_alias="startSchedule", serialization_alias="startSchedule"
    )
    duration: Omittable[int] = None
    charging_rate_unit: ChargingRateUnitEnum = Field(
        validation_alias="chargingRateUnit", serialization_alias="chargingRateUnit"
    )
    min_charging_rate: Omittable[float] = Field(
        default=None, validation_alias="minChargingRate", serialization_alias="minChargingRate"
    )
    power_tolerance: Omittable[float] = Field(
        default=None, validation_alias="powerTolerance", serialization_alias="powerTolerance"
    )
    signature_id: Omittable[int] = Field(
        default=None, validation_alias="signatureId", serialization_alias="signatureId", ge=0.0
    )
    digest_value: Omittable[str] = Field(
        default=None,
        validation_alias="digestValue",
        serialization_alias="digestValue",
        max_length=88,
    )
    use_local_time: Omittable[bool] = Field(
        default=None, validation_alias="useLocalTime", serialization_alias="useLocalTime"
    )
    charging_schedule_period: list[ChargingSchedulePeriod] = Field(
        validation_alias="chargingSchedulePeriod",
        serialization_alias="chargingSchedulePeriod",
        min_length=1,
        max_length=1024,
    )
    randomized_delay: Omittable[int] = Field(
        default=None,
        validation_alias="randomizedDelay",
        serialization_alias="randomizedDelay",
        ge=0.0,
    )
    sales_tariff: Omittable[SalesTariff] = Field(
        default=None, validation_alias="salesTariff", serialization_alias="salesTariff"
    )
    absolute_price_schedule: Omittable[AbsolutePriceSchedule] = Field(
        default=None,
        validation_alias="absolutePriceSchedule",
        serialization_alias="absolutePriceSchedule",
    )
    price_level_schedule: Omittable[PriceLevelSchedule] = Field(
        default=None,
        validation_alias="priceLevelSchedule",
        serialization_alias="priceLevelSchedule",
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class ChargingProfile(OcppModel):
    """OCPP 2.1 object ``ChargingProfileType``."""

    id: int
    stack_level: int = Field(
        validation_alias="stackLevel", serialization_alias="stackLevel", ge=0.0
    )
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
    transaction_id: Omittable[str] = Field(
        default=None,
        validation_alias="transactionId",
        serialization_alias="transactionId",
        max_length=36,
    )
    max_offline_duration: Omittable[int] = Field(
        default=None,
        validation_alias="maxOfflineDuration",
        serialization_alias="maxOfflineDuration",
    )
    charging_schedule: list[ChargingSchedule] = Field(
        validation_alias="chargingSchedule",
        serialization_alias="chargingSchedule",
        min_length=1,
        max_length=3,
    )
    invalid_after_offline_duration: Omittable[bool] = Field(
        default=None,
        validation_alias="invalidAfterOfflineDuration",
        serialization_alias="invalidAfterOfflineDuration",
    )
    dyn_update_interval: Omittable[int] = Field(
        default=None, validation_alias="dynUpdateInterval", serialization_alias="dynUpdateInterval"
    )
    dyn_update_time: Omittable[DateTime] = Field(
        default=None, validation_alias="dynUpdateTime", serialization_alias="dynUpdateTime"
    )
    price_schedule_signature: Omittable[str] = Field(
        default=None,
        validation_alias="priceScheduleSignature",
        serialization_alias="priceScheduleSignature",
        max_length=256,
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class ChargingProfileCriterion(OcppModel):
    """OCPP 2.1 object ``ChargingProfileCriterionType``."""

    charging_profile_purpose: Omittable[ChargingProfilePurposeEnum] = Field(
        default=None,
        validation_alias="chargingProfilePurpose",
        serialization_alias="chargingProfilePurpose",
    )
    stack_level: Omittable[int] = Field(
        default=None, validation_alias="stackLevel", serialization_alias="stackLevel", ge=0.0
    )
    charging_profile_id: Omittable[list[int]] = Field(
        default=None,
        validation_alias="chargingProfileId",
        serialization_alias="chargingProfileId",
        min_length=1,
    )
    charging_limit_source: Omittable[list[Annotated[str, Field(max_length=20)]]] = Field(
        default=None,
        validation_alias="chargingLimitSource",
        serialization_alias="chargingLimitSource",
        min_length=1,
        max_length=4,
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class ChargingScheduleUpdate(OcppModel):
    """OCPP 2.1 object ``ChargingScheduleUpdateType``."""

    limit: Omittable[float] = None
    limit_l2: Omittable[float] = Field(
        default=None, validation_alias="limit_L2", serialization_alias="limit_L2"
    )
    limit_l3: Omittable[float] = Field(
        default=None, validation_alias="limit_L3", serialization_alias="limit_L3"
    )
    discharge_limit: Omittable[float] = Field(
        default=None,
        validation_alias="dischargeLimit",
        serialization_alias="dischargeLimit",
        le=0.0,
    )
    discharge_limit_l2: Omittable[float] = Field(
        default=None,
        validation_alias="dischargeLimit_L2",
        serialization_alias="dischargeLimit_L2",
        le=0.0,
    )
    discharge_limit_l3: Omittable[float] = Field(
        default=None,
        validation_alias="dischargeLimit_L3",
        serialization_alias="dischargeLimit_L3",
        le=0.0,
    )
    setpoint: Omittable[float] = None
    setpoint_l2: Omittable[float] = Field(
        default=None, validation_alias="setpoint_L2", serialization_alias="setpoint_L2"
    )
    setpoint_l3: Omittable[float] = Field(
        default=None, validation_alias="setpoint_L3", serialization_alias="setpoint_L3"
    )
    setpoint_reactive: Omittable[float] = Field(
        default=None, validation_alias="setpointReactive", serialization_alias="setpointReactive"
    )
    setpoint_reactive_l2: Omittable[float] = Field(
        default=None,
        validation_alias="setpointReactive_L2",
        serialization_alias="setpointReactive_L2",
    )
    setpoint_reactive_l3: Omittable[float] = Field(
        default=None,
        validation_alias="setpointReactive_L3",
        serialization_alias="setpointReactive_L3",
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class Modem(OcppModel):
    """OCPP 2.1 object ``ModemType``."""

    iccid: Omittable[str] = Field(default=None, max_length=20)
    imsi: Omittable[str] = Field(default=None, max_length=20)
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class ChargingStation(OcppModel):
    """OCPP 2.1 object ``ChargingStationType``."""

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
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class ClearChargingProfile(OcppModel):
    """OCPP 2.1 object ``ClearChargingProfileType``."""

    evse_id: Omittable[int] = Field(
        default=None, validation_alias="evseId", serialization_alias="evseId", ge=0.0
    )
    charging_profile_purpose: Omittable[ChargingProfilePurposeEnum] = Field(
        default=None,
        validation_alias="chargingProfilePurpose",
        serialization_alias="chargingProfilePurpose",
    )
    stack_level: Omittable[int] = Field(
        default=None, validation_alias="stackLevel", serialization_alias="stackLevel", ge=0.0
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class StatusInfo(OcppModel):
    """OCPP 2.1 object ``StatusInfoType``."""

    reason_code: str = Field(
        validation_alias="reasonCode", serialization_alias="reasonCode", max_length=20
    )
    additional_info: Omittable[str] = Field(
        default=None,
        validation_alias="additionalInfo",
        serialization_alias="additionalInfo",
        max_length=1024,
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class ClearMonitoringResult(OcppModel):
    """OCPP 2.1 object ``ClearMonitoringResultType``."""

    status: ClearMonitoringStatusEnum
    id: int = Field(ge=0.0)
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class ClearTariffsResult(OcppModel):
    """OCPP 2.1 object ``ClearTariffsResultType``."""

    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )
    tariff_id: Omittable[str] = Field(
        default=None, validation_alias="tariffId", serialization_alias="tariffId", max_length=60
    )
    status: TariffClearStatusEnum
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class EVSE(OcppModel):
    """OCPP 2.1 object ``EVSEType``."""

    id: int = Field(ge=0.0)
    connector_id: Omittable[int] = Field(
        default=None, validation_alias="connectorId", serialization_alias="connectorId", ge=0.0
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class Component(OcppModel):
    """OCPP 2.1 object ``ComponentType``."""

    evse: Omittable[EVSE] = None
    name: str = Field(max_length=50)
    instance: Omittable[str] = Field(default=None, max_length=50)
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class Variable(OcppModel):
    """OCPP 2.1 object ``VariableType``."""

    name: str = Field(max_length=50)
    instance: Omittable[str] = Field(default=None, max_length=50)
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class ComponentVariable(OcppModel):
    """OCPP 2.1 object ``ComponentVariableType``."""

    component: Component
    variable: Omittable[Variable] = None
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class CompositeSchedule(OcppModel):
    """OCPP 2.1 object ``CompositeScheduleType``."""

    evse_id: int = Field(validation_alias="evseId", serialization_alias="evseId", ge=0.0)
    duration: int
    schedule_start: DateTime = Field(
        validation_alias="scheduleStart", serialization_alias="scheduleStart"
    )
    charging_rate_unit: ChargingRateUnitEnum = Field(
        validation_alias="chargingRateUnit", serialization_alias="chargingRateUnit"
    )
    charging_schedule_period: list[ChargingSchedulePeriod] = Field(
        validation_alias="chargingSchedulePeriod",
        serialization_alias="chargingSchedulePeriod",
        min_length=1,
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class PeriodicEventStreamParams(OcppModel):
    """OCPP 2.1 object ``PeriodicEventStreamParamsType``."""

    interval: Omittable[int] = Field(default=None, ge=0.0)
    values: Omittable[int] = Field(default=None, ge=0.0)
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class ConstantStreamData(OcppModel):
    """OCPP 2.1 object ``ConstantStreamDataType``."""

    id: int = Field(ge=0.0)
    params: PeriodicEventStreamParams
    variable_monitoring_id: int = Field(
        validation_alias="variableMonitoringId", serialization_alias="variableMonitoringId", ge=0.0
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class TaxRate(OcppModel):
    """OCPP 2.1 object ``TaxRateType``."""

    type: str = Field(max_length=20)
    tax: float
    stack: Omittable[int] = Field(default=None, ge=0.0)
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class Price(OcppModel):
    """OCPP 2.1 object ``PriceType``."""

    excl_tax: Omittable[float] = Field(
        default=None, validation_alias="exclTax", serialization_alias="exclTax"
    )
    incl_tax: Omittable[float] = Field(
        default=None, validation_alias="inclTax", serialization_alias="inclTax"
    )
    tax_rates: Omittable[list[TaxRate]] = Field(
        default=None,
        validation_alias="taxRates",
        serialization_alias="taxRates",
        min_length=1,
        max_length=5,
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class TotalPrice(OcppModel):
    """OCPP 2.1 object ``TotalPriceType``."""

    excl_tax: Omittable[float] = Field(
        default=None, validation_alias="exclTax", serialization_alias="exclTax"
    )
    incl_tax: Omittable[float] = Field(
        default=None, validation_alias="inclTax", serialization_alias="inclTax"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class TotalCost(OcppModel):
    """OCPP 2.1 object ``TotalCostType``."""

    currency: str = Field(max_length=3)
    type_of_cost: TariffCostEnum = Field(
        validation_alias="typeOfCost", serialization_alias="typeOfCost"
    )
    fixed: Omittable[Price] = None
    energy: Omittable[Price] = None
    charging_time: Omittable[Price] = Field(
        default=None, validation_alias="chargingTime", serialization_alias="chargingTime"
    )
    idle_time: Omittable[Price] = Field(
        default=None, validation_alias="idleTime", serialization_alias="idleTime"
    )
    reservation_time: Omittable[Price] = Field(
        default=None, validation_alias="reservationTime", serialization_alias="reservationTime"
    )
    reservation_fixed: Omittable[Price] = Field(
        default=None, validation_alias="reservationFixed", serialization_alias="reservationFixed"
    )
    total: TotalPrice
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class TotalUsage(OcppModel):
    """OCPP 2.1 object ``TotalUsageType``."""

    energy: float
    charging_time: int = Field(validation_alias="chargingTime", serialization_alias="chargingTime")
    idle_time: int = Field(validation_alias="idleTime", serialization_alias="idleTime")
    reservation_time: Omittable[int] = Field(
        default=None, validation_alias="reservationTime", serialization_alias="reservationTime"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class CostDetails(OcppModel):
    """OCPP 2.1 object ``CostDetailsType``."""

    charging_periods: Omittable[list[ChargingPeriod]] = Field(
        default=None,
        validation_alias="chargingPeriods",
        serialization_alias="chargingPeriods",
        min_length=1,
    )
    total_cost: TotalCost = Field(validation_alias="totalCost", serialization_alias="totalCost")
    total_usage: TotalUsage = Field(validation_alias="totalUsage", serialization_alias="totalUsage")
    failure_to_calculate: Omittable[bool] = Field(
        default=None,
        validation_alias="failureToCalculate",
        serialization_alias="failureToCalculate",
    )
    failure_reason: Omittable[str] = Field(
        default=None,
        validation_alias="failureReason",
        serialization_alias="failureReason",
        max_length=500,
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class DERCurvePoints(OcppModel):
    """OCPP 2.1 object ``DERCurvePointsType``."""

    x: float
    y: float
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class Hysteresis(OcppModel):
    """OCPP 2.1 object ``HysteresisType``."""

    hysteresis_high: Omittable[float] = Field(
        default=None, validation_alias="hysteresisHigh", serialization_alias="hysteresisHigh"
    )
    hysteresis_low: Omittable[float] = Field(
        default=None, validation_alias="hysteresisLow", serialization_alias="hysteresisLow"
    )
    hysteresis_delay: Omittable[float] = Field(
        default=None, validation_alias="hysteresisDelay", serialization_alias="hysteresisDelay"
    )
    hysteresis_gradient: Omittable[float] = Field(
        default=None,
        validation_alias="hysteresisGradient",
        serialization_alias="hysteresisGradient",
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class ReactivePowerParams(OcppModel):
    """OCPP 2.1 object ``ReactivePowerParamsType``."""

    v_ref: Omittable[float] = Field(
        default=None, validation_alias="vRef", serialization_alias="vRef"
    )
    autonomous_v_ref_enable: Omittable[bool] = Field(
        default=None,
        validation_alias="autonomousVRefEnable",
        serialization_alias="autonomousVRefEnable",
    )
    autonomous_v_ref_time_constant: Omittable[float] = Field(
        default=None,
        validation_alias="autonomousVRefTimeConstant",
        serialization_alias="autonomousVRefTimeConstant",
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class VoltageParams(OcppModel):
    """OCPP 2.1 object ``VoltageParamsType``."""

    hv10_min_mean_value: Omittable[float] = Field(
        default=None, validation_alias="hv10MinMeanValue", serialization_alias="hv10MinMeanValue"
    )
    hv10_min_mean_trip_delay: Omittable[float] = Field(
        default=None,
        validation_alias="hv10MinMeanTripDelay",
        serialization_alias="hv10MinMeanTripDelay",
    )
    power_during_cessation: Omittable[PowerDuringCessationEnum] = Field(
        default=None,
        validation_alias="powerDuringCessation",
        serialization_alias="powerDuringCessation",
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class DERCurve(OcppModel):
    """OCPP 2.1 object ``DERCurveType``."""

    curve_data: list[DERCurvePoints] = Field(
        validation_alias="curveData", serialization_alias="curveData", min_length=1, max_length=10
    )
    hysteresis: Omittable[Hysteresis] = None
    priority: int = Field(ge=0.0)
    reactive_power_params: Omittable[ReactivePowerParams] = Field(
        default=None,
        validation_alias="reactivePowerParams",
        serialization_alias="reactivePowerParams",
    )
    voltage_params: Omittable[VoltageParams] = Field(
        default=None, validation_alias="voltageParams", serialization_alias="voltageParams"
    )
    y_unit: DERUnitEnum = Field(validation_alias="yUnit", serialization_alias="yUnit")
    response_time: Omittable[float] = Field(
        default=None, validation_alias="responseTime", serialization_alias="responseTime"
    )
    start_time: Omittable[DateTime] = Field(
        default=None, validation_alias="startTime", serialization_alias="startTime"
    )
    duration: Omittable[float] = None
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class DERCurveGet(OcppModel):
    """OCPP 2.1 object ``DERCurveGetType``."""

    curve: DERCurve
    id: str = Field(max_length=36)
    curve_type: DERControlEnum = Field(
        validation_alias="curveType", serialization_alias="curveType"
    )
    is_default: bool = Field(validation_alias="isDefault", serialization_alias="isDefault")
    is_superseded: bool = Field(validation_alias="isSuperseded", serialization_alias="isSuperseded")
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class EnterService(OcppModel):
    """OCPP 2.1 object ``EnterServiceType``."""

    priority: int = Field(ge=0.0)
    high_voltage: float = Field(validation_alias="highVoltage", serialization_alias="highVoltage")
    low_voltage: float = Field(validation_alias="lowVoltage", serialization_alias="lowVoltage")
    high_freq: float = Field(validation_alias="highFreq", serialization_alias="highFreq")
    low_freq: float = Field(validation_alias="lowFreq", serialization_alias="lowFreq")
    delay: Omittable[float] = None
    random_delay: Omittable[float] = Field(
        default=None, validation_alias="randomDelay", serialization_alias="randomDelay"
    )
    ramp_rate: Omittable[float] = Field(
        default=None, validation_alias="rampRate", serialization_alias="rampRate"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class EnterServiceGet(OcppModel):
    """OCPP 2.1 object ``EnterServiceGetType``."""

    enter_service: EnterService = Field(
        validation_alias="enterService", serialization_alias="enterService"
    )
    id: str = Field(max_length=36)
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class EventData(OcppModel):
    """OCPP 2.1 object ``EventDataType``."""

    event_id: int = Field(validation_alias="eventId", serialization_alias="eventId", ge=0.0)
    timestamp: DateTime
    trigger: EventTriggerEnum
    cause: Omittable[int] = Field(default=None, ge=0.0)
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
        ge=0.0,
    )
    event_notification_type: EventNotificationEnum = Field(
        validation_alias="eventNotificationType", serialization_alias="eventNotificationType"
    )
    variable: Variable
    severity: Omittable[int] = Field(default=None, ge=0.0)
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class Firmware(OcppModel):
    """OCPP 2.1 object ``FirmwareType``."""

    location: str = Field(max_length=2000)
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
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class FixedPF(OcppModel):
    """OCPP 2.1 object ``FixedPFType``."""

    priority: int = Field(ge=0.0)
    displacement: float
    excitation: bool
    start_time: Omittable[DateTime] = Field(
        default=None, validation_alias="startTime", serialization_alias="startTime"
    )
    duration: Omittable[float] = None
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class FixedPFGet(OcppModel):
    """OCPP 2.1 object ``FixedPFGetType``."""

    fixed_pf: FixedPF = Field(validation_alias="fixedPF", serialization_alias="fixedPF")
    id: str = Field(max_length=36)
    is_default: bool = Field(validation_alias="isDefault", serialization_alias="isDefault")
    is_superseded: bool = Field(validation_alias="isSuperseded", serialization_alias="isSuperseded")
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class FixedVar(OcppModel):
    """OCPP 2.1 object ``FixedVarType``."""

    priority: int = Field(ge=0.0)
    setpoint: float
    unit: DERUnitEnum
    start_time: Omittable[DateTime] = Field(
        default=None, validation_alias="startTime", serialization_alias="startTime"
    )
    duration: Omittable[float] = None
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class FixedVarGet(OcppModel):
    """OCPP 2.1 object ``FixedVarGetType``."""

    fixed_var: FixedVar = Field(validation_alias="fixedVar", serialization_alias="fixedVar")
    id: str = Field(max_length=36)
    is_default: bool = Field(validation_alias="isDefault", serialization_alias="isDefault")
    is_superseded: bool = Field(validation_alias="isSuperseded", serialization_alias="isSuperseded")
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class FreqDroop(OcppModel):
    """OCPP 2.1 object ``FreqDroopType``."""

    priority: int = Field(ge=0.0)
    over_freq: float = Field(validation_alias="overFreq", serialization_alias="overFreq")
    under_freq: float = Field(validation_alias="underFreq", serialization_alias="underFreq")
    over_droop: float = Field(validation_alias="overDroop", serialization_alias="overDroop")
    under_droop: float = Field(validation_alias="underDroop", serialization_alias="underDroop")
    response_time: float = Field(
        validation_alias="responseTime", serialization_alias="responseTime"
    )
    start_time: Omittable[DateTime] = Field(
        default=None, validation_alias="startTime", serialization_alias="startTime"
    )
    duration: Omittable[float] = None
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class FreqDroopGet(OcppModel):
    """OCPP 2.1 object ``FreqDroopGetType``."""

    freq_droop: FreqDroop = Field(validation_alias="freqDroop", serialization_alias="freqDroop")
    id: str = Field(max_length=36)
    is_default: bool = Field(validation_alias="isDefault", serialization_alias="isDefault")
    is_superseded: bool = Field(validation_alias="isSuperseded", serialization_alias="isSuperseded")
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class GetVariableData(OcppModel):
    """OCPP 2.1 object ``GetVariableDataType``."""

    attribute_type: Omittable[AttributeEnum] = Field(
        default=None, validation_alias="attributeType", serialization_alias="attributeType"
    )
    component: Component
    variable: Variable
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class GetVariableResult(OcppModel):
    """OCPP 2.1 object ``GetVariableResultType``."""

    attribute_status: GetVariableStatusEnum = Field(
        validation_alias="attributeStatus", serialization_alias="attributeStatus"
    )
    attribute_status_info: Omittable[StatusInfo] = Field(
        default=None,
        validation_alias="attributeStatusInfo",
        serialization_alias="attributeStatusInfo",
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
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class Gradient(OcppModel):
    """OCPP 2.1 object ``GradientType``."""

    priority: int = Field(ge=0.0)
    gradient: float
    soft_gradient: float = Field(
        validation_alias="softGradient", serialization_alias="softGradient"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class GradientGet(OcppModel):
    """OCPP 2.1 object ``GradientGetType``."""

    gradient: Gradient
    id: str = Field(max_length=36)
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class LimitMaxDischarge(OcppModel):
    """OCPP 2.1 object ``LimitMaxDischargeType``."""

    priority: int = Field(ge=0.0)
    pct_max_discharge_power: Omittable[float] = Field(
        default=None,
        validation_alias="pctMaxDischargePower",
        serialization_alias="pctMaxDischargePower",
    )
    power_monitoring_must_trip: Omittable[DERCurve] = Field(
        default=None,
        validation_alias="powerMonitoringMustTrip",
        serialization_alias="powerMonitoringMustTrip",
    )
    start_time: Omittable[DateTime] = Field(
        default=None, validation_alias="startTime", serialization_alias="startTime"
    )
    duration: Omittable[float] = None
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class LimitMaxDischargeGet(OcppModel):
    """OCPP 2.1 object ``LimitMaxDischargeGetType``."""

    id: str = Field(max_length=36)
    is_default: bool = Field(validation_alias="isDefault", serialization_alias="isDefault")
    is_superseded: bool = Field(validation_alias="isSuperseded", serialization_alias="isSuperseded")
    limit_max_discharge: LimitMaxDischarge = Field(
        validation_alias="limitMaxDischarge", serialization_alias="limitMaxDischarge"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class LogParameters(OcppModel):
    """OCPP 2.1 object ``LogParametersType``."""

    remote_location: str = Field(
        validation_alias="remoteLocation", serialization_alias="remoteLocation", max_length=2000
    )
    oldest_timestamp: Omittable[DateTime] = Field(
        default=None, validation_alias="oldestTimestamp", serialization_alias="oldestTimestamp"
    )
    latest_timestamp: Omittable[DateTime] = Field(
        default=None, validation_alias="latestTimestamp", serialization_alias="latestTimestamp"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class MessageInfo(OcppModel):
    """OCPP 2.1 object ``MessageInfoType``."""

    display: Omittable[Component] = None
    id: int = Field(ge=0.0)
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
    message_extra: Omittable[list[MessageContent]] = Field(
        default=None,
        validation_alias="messageExtra",
        serialization_alias="messageExtra",
        min_length=1,
        max_length=4,
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class SignedMeterValue(OcppModel):
    """OCPP 2.1 object ``SignedMeterValueType``."""

    signed_meter_data: str = Field(
        validation_alias="signedMeterData", serialization_alias="signedMeterData", max_length=32768
    )
    signing_method: Omittable[str] = Field(
        default=None,
        validation_alias="signingMethod",
        serialization_alias="signingMethod",
        max_length=50,
    )
    encoding_method: str = Field(
        validation_alias="encodingMethod", serialization_alias="encodingMethod", max_length=50
    )
    public_key: Omittable[str] = Field(
        default=None, validation_alias="publicKey", serialization_alias="publicKey", max_length=2500
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class UnitOfMeasure(OcppModel):
    """OCPP 2.1 object ``UnitOfMeasureType``."""

    unit: Omittable[str] = Field(default=None, max_length=20)
    multiplier: Omittable[int] = None
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class SampledValue(OcppModel):
    """OCPP 2.1 object ``SampledValueType``."""

    value: float
    measurand: Omittable[MeasurandEnum] = None
    context: Omittable[ReadingContextEnum] = None
    phase: Omittable[PhaseEnum] = None
    location: Omittable[LocationEnum] = None
    signed_meter_value: Omittable[SignedMeterValue] = Field(
        default=None, validation_alias="signedMeterValue", serialization_alias="signedMeterValue"
    )
    unit_of_measure: Omittable[UnitOfMeasure] = Field(
        default=None, validation_alias="unitOfMeasure", serialization_alias="unitOfMeasure"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class MeterValue(OcppModel):
    """OCPP 2.1 object ``MeterValueType``."""

    sampled_value: list[SampledValue] = Field(
        validation_alias="sampledValue", serialization_alias="sampledValue", min_length=1
    )
    timestamp: DateTime
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class VariableMonitoring(OcppModel):
    """OCPP 2.1 object ``VariableMonitoringType``."""

    id: int = Field(ge=0.0)
    transaction: bool
    value: float
    type: MonitorEnum
    severity: int = Field(ge=0.0)
    event_notification_type: EventNotificationEnum = Field(
        validation_alias="eventNotificationType", serialization_alias="eventNotificationType"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class MonitoringData(OcppModel):
    """OCPP 2.1 object ``MonitoringDataType``."""

    component: Component
    variable: Variable
    variable_monitoring: list[VariableMonitoring] = Field(
        validation_alias="variableMonitoring",
        serialization_alias="variableMonitoring",
        min_length=1,
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class VPN(OcppModel):
    """OCPP 2.1 object ``VPNType``."""

    server: str = Field(max_length=2000)
    user: str = Field(max_length=50)
    group: Omittable[str] = Field(default=None, max_length=50)
    password: str = Field(max_length=64)
    key: str = Field(max_length=255)
    type: VPNEnum
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class NetworkConnectionProfile(OcppModel):
    """OCPP 2.1 object ``NetworkConnectionProfileType``."""

    apn: Omittable[APN] = None
    ocpp_version: Omittable[OCPPVersionEnum] = Field(
        default=None, validation_alias="ocppVersion", serialization_alias="ocppVersion"
    )
    ocpp_interface: OCPPInterfaceEnum = Field(
        validation_alias="ocppInterface", serialization_alias="ocppInterface"
    )
    ocpp_transport: OCPPTransportEnum = Field(
        validation_alias="ocppTransport", serialization_alias="ocppTransport"
    )
    message_timeout: int = Field(
        validation_alias="messageTimeout", serialization_alias="messageTimeout"
    )
    ocpp_csms_url: str = Field(
        validation_alias="ocppCsmsUrl", serialization_alias="ocppCsmsUrl", max_length=2000
    )
    security_profile: int = Field(
        validation_alias="securityProfile", serialization_alias="securityProfile", ge=0.0
    )
    identity: Omittable[str] = Field(default=None, max_length=48)
    basic_auth_password: Omittable[str] = Field(
        default=None,
        validation_alias="basicAuthPassword",
        serialization_alias="basicAuthPassword",
        max_length=64,
    )
    vpn: Omittable[VPN] = None
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class OCSPRequestData(OcppModel):
    """OCPP 2.1 object ``OCSPRequestDataType``."""

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
        validation_alias="responderURL", serialization_alias="responderURL", max_length=2000
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class VariableAttribute(OcppModel):
    """OCPP 2.1 object ``VariableAttributeType``."""

    type: Omittable[AttributeEnum] = None
    value: Omittable[str] = Field(default=None, max_length=2500)
    mutability: Omittable[MutabilityEnum] = None
    persistent: Omittable[bool] = None
    constant: Omittable[bool] = None
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class VariableCharacteristics(OcppModel):
    """OCPP 2.1 object ``VariableCharacteristicsType``."""

    unit: Omittable[str] = Field(default=None, max_length=16)
    data_type: DataEnum = Field(validation_alias="dataType", serialization_alias="dataType")
    min_limit: Omittable[float] = Field(
        default=None, validation_alias="minLimit", serialization_alias="minLimit"
    )
    max_limit: Omittable[float] = Field(
        default=None, validation_alias="maxLimit", serialization_alias="maxLimit"
    )
    max_elements: Omittable[int] = Field(
        default=None, validation_alias="maxElements", serialization_alias="maxElements", ge=1.0
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
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class ReportData(OcppModel):
    """OCPP 2.1 object ``ReportDataType``."""

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
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class SetMonitoringData(OcppModel):
    """OCPP 2.1 object ``SetMonitoringDataType``."""

    id: Omittable[int] = Field(default=None, ge=0.0)
    periodic_event_stream: Omittable[PeriodicEventStreamParams] = Field(
        default=None,
        validation_alias="periodicEventStream",
        serialization_alias="periodicEventStream",
    )
    transaction: Omittable[bool] = None
    value: float
    type: MonitorEnum
    severity: int = Field(ge=0.0)
    component: Component
    variable: Variable
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class SetMonitoringResult(OcppModel):
    """OCPP 2.1 object ``SetMonitoringResultType``."""

    id: Omittable[int] = Field(default=None, ge=0.0)
    status_info: Omittable[StatusInfo] = Field(
        default=None, validation_alias="statusInfo", serialization_alias="statusInfo"
    )
    status: SetMonitoringStatusEnum
    type: MonitorEnum
    component: Component
    variable: Variable
    severity: int = Field(ge=0.0)
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class SetVariableData(OcppModel):
    """OCPP 2.1 object ``SetVariableDataType``."""

    attribute_type: Omittable[AttributeEnum] = Field(
        default=None, validation_alias="attributeType", serialization_alias="attributeType"
    )
    attribute_value: str = Field(
        validation_alias="attributeValue", serialization_alias="attributeValue", max_length=2500
    )
    component: Component
    variable: Variable
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class SetVariableResult(OcppModel):
    """OCPP 2.1 object ``SetVariableResultType``."""

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
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class StreamDataElement(OcppModel):
    """OCPP 2.1 object ``StreamDataElementType``."""

    t: float
    v: str = Field(max_length=2500)
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class TariffConditions(OcppModel):
    """OCPP 2.1 object ``TariffConditionsType``."""

    start_time_of_day: Omittable[str] = Field(
        default=None, validation_alias="startTimeOfDay", serialization_alias="startTimeOfDay"
    )
    end_time_of_day: Omittable[str] = Field(
        default=None, validation_alias="endTimeOfDay", serialization_alias="endTimeOfDay"
    )
    day_of_week: Omittable[list[DayOfWeekEnum]] = Field(
        default=None,
        validation_alias="dayOfWeek",
        serialization_alias="dayOfWeek",
        min_length=1,
        max_length=7,
    )
    valid_from_date: Omittable[str] = Field(
        default=None, validation_alias="validFromDate", serialization_alias="validFromDate"
    )
    valid_to_date: Omittable[str] = Field(
        default=None, validation_alias="validToDate", serialization_alias="validToDate"
    )
    evse_kind: Omittable[EvseKindEnum] = Field(
        default=None, validation_alias="evseKind", serialization_alias="evseKind"
    )
    min_energy: Omittable[float] = Field(
        default=None, validation_alias="minEnergy", serialization_alias="minEnergy"
    )
    max_energy: Omittable[float] = Field(
        default=None, validation_alias="maxEnergy", serialization_alias="maxEnergy"
    )
    min_current: Omittable[float] = Field(
        default=None, validation_alias="minCurrent", serialization_alias="minCurrent"
    )
    max_current: Omittable[float] = Field(
        default=None, validation_alias="maxCurrent", serialization_alias="maxCurrent"
    )
    min_power: Omittable[float] = Field(
        default=None, validation_alias="minPower", serialization_alias="minPower"
    )
    max_power: Omittable[float] = Field(
        default=None, validation_alias="maxPower", serialization_alias="maxPower"
    )
    min_time: Omittable[int] = Field(
        default=None, validation_alias="minTime", serialization_alias="minTime"
    )
    max_time: Omittable[int] = Field(
        default=None, validation_alias="maxTime", serialization_alias="maxTime"
    )
    min_charging_time: Omittable[int] = Field(
        default=None, validation_alias="minChargingTime", serialization_alias="minChargingTime"
    )
    max_charging_time: Omittable[int] = Field(
        default=None, validation_alias="maxChargingTime", serialization_alias="maxChargingTime"
    )
    min_idle_time: Omittable[int] = Field(
        default=None, validation_alias="minIdleTime", serialization_alias="minIdleTime"
    )
    max_idle_time: Omittable[int] = Field(
        default=None, validation_alias="maxIdleTime", serialization_alias="maxIdleTime"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class TariffEnergyPrice(OcppModel):
    """OCPP 2.1 object ``TariffEnergyPriceType``."""

    price_kwh: float = Field(validation_alias="priceKwh", serialization_alias="priceKwh")
    conditions: Omittable[TariffConditions] = None
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class TariffEnergy(OcppModel):
    """OCPP 2.1 object ``TariffEnergyType``."""

    prices: list[TariffEnergyPrice] = Field(min_length=1)
    tax_rates: Omittable[list[TaxRate]] = Field(
        default=None,
        validation_alias="taxRates",
        serialization_alias="taxRates",
        min_length=1,
        max_length=5,
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class TariffTimePrice(OcppModel):
    """OCPP 2.1 object ``TariffTimePriceType``."""

    price_minute: float = Field(validation_alias="priceMinute", serialization_alias="priceMinute")
    conditions: Omittable[TariffConditions] = None
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class TariffTime(OcppModel):
    """OCPP 2.1 object ``TariffTimeType``."""

    prices: list[TariffTimePrice] = Field(min_length=1)
    tax_rates: Omittable[list[TaxRate]] = Field(
        default=None,
        validation_alias="taxRates",
        serialization_alias="taxRates",
        min_length=1,
        max_length=5,
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class TariffConditionsFixed(OcppModel):
    """OCPP 2.1 object ``TariffConditionsFixedType``."""

    start_time_of_day: Omittable[str] = Field(
        default=None, validation_alias="startTimeOfDay", serialization_alias="startTimeOfDay"
    )
    end_time_of_day: Omittable[str] = Field(
        default=None, validation_alias="endTimeOfDay", serialization_alias="endTimeOfDay"
    )
    day_of_week: Omittable[list[DayOfWeekEnum]] = Field(
        default=None,
        validation_alias="dayOfWeek",
        serialization_alias="dayOfWeek",
        min_length=1,
        max_length=7,
    )
    valid_from_date: Omittable[str] = Field(
        default=None, validation_alias="validFromDate", serialization_alias="validFromDate"
    )
    valid_to_date: Omittable[str] = Field(
        default=None, validation_alias="validToDate", serialization_alias="validToDate"
    )
    evse_kind: Omittable[EvseKindEnum] = Field(
        default=None, validation_alias="evseKind", serialization_alias="evseKind"
    )
    payment_brand: Omittable[str] = Field(
        default=None,
        validation_alias="paymentBrand",
        serialization_alias="paymentBrand",
        max_length=20,
    )
    payment_recognition: Omittable[str] = Field(
        default=None,
        validation_alias="paymentRecognition",
        serialization_alias="paymentRecognition",
        max_length=20,
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class TariffFixedPrice(OcppModel):
    """OCPP 2.1 object ``TariffFixedPriceType``."""

    conditions: Omittable[TariffConditionsFixed] = None
    price_fixed: float = Field(validation_alias="priceFixed", serialization_alias="priceFixed")
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class TariffFixed(OcppModel):
    """OCPP 2.1 object ``TariffFixedType``."""

    prices: list[TariffFixedPrice] = Field(min_length=1)
    tax_rates: Omittable[list[TaxRate]] = Field(
        default=None,
        validation_alias="taxRates",
        serialization_alias="taxRates",
        min_length=1,
        max_length=5,
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class Tariff(OcppModel):
    """OCPP 2.1 object ``TariffType``."""

    tariff_id: str = Field(
        validation_alias="tariffId", serialization_alias="tariffId", max_length=60
    )
    description: Omittable[list[MessageContent]] = Field(default=None, min_length=1, max_length=10)
    currency: str = Field(max_length=3)
    energy: Omittable[TariffEnergy] = None
    valid_from: Omittable[DateTime] = Field(
        default=None, validation_alias="validFrom", serialization_alias="validFrom"
    )
    charging_time: Omittable[TariffTime] = Field(
        default=None, validation_alias="chargingTime", serialization_alias="chargingTime"
    )
    idle_time: Omittable[TariffTime] = Field(
        default=None, validation_alias="idleTime", serialization_alias="idleTime"
    )
    fixed_fee: Omittable[TariffFixed] = Field(
        default=None, validation_alias="fixedFee", serialization_alias="fixedFee"
    )
    reservation_time: Omittable[TariffTime] = Field(
        default=None, validation_alias="reservationTime", serialization_alias="reservationTime"
    )
    reservation_fixed: Omittable[TariffFixed] = Field(
        default=None, validation_alias="reservationFixed", serialization_alias="reservationFixed"
    )
    min_cost: Omittable[Price] = Field(
        default=None, validation_alias="minCost", serialization_alias="minCost"
    )
    max_cost: Omittable[Price] = Field(
        default=None, validation_alias="maxCost", serialization_alias="maxCost"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class TariffAssignment(OcppModel):
    """OCPP 2.1 object ``TariffAssignmentType``."""

    tariff_id: str = Field(
        validation_alias="tariffId", serialization_alias="tariffId", max_length=60
    )
    tariff_kind: TariffKindEnum = Field(
        validation_alias="tariffKind", serialization_alias="tariffKind"
    )
    valid_from: Omittable[DateTime] = Field(
        default=None, validation_alias="validFrom", serialization_alias="validFrom"
    )
    evse_ids: Omittable[list[Annotated[int, Field(ge=0.0)]]] = Field(
        default=None, validation_alias="evseIds", serialization_alias="evseIds", min_length=1
    )
    id_tokens: Omittable[list[Annotated[str, Field(max_length=255)]]] = Field(
        default=None, validation_alias="idTokens", serialization_alias="idTokens", min_length=1
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class TransactionLimit(OcppModel):
    """OCPP 2.1 object ``TransactionLimitType``."""

    max_cost: Omittable[float] = Field(
        default=None, validation_alias="maxCost", serialization_alias="maxCost"
    )
    max_energy: Omittable[float] = Field(
        default=None, validation_alias="maxEnergy", serialization_alias="maxEnergy"
    )
    max_time: Omittable[int] = Field(
        default=None, validation_alias="maxTime", serialization_alias="maxTime"
    )
    max_so_c: Omittable[int] = Field(
        default=None, validation_alias="maxSoC", serialization_alias="maxSoC", ge=0.0, le=100.0
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )


class Transaction(OcppModel):
    """OCPP 2.1 object ``TransactionType``."""

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
    operation_mode: Omittable[OperationModeEnum] = Field(
        default=None, validation_alias="operationMode", serialization_alias="operationMode"
    )
    tariff_id: Omittable[str] = Field(
        default=None, validation_alias="tariffId", serialization_alias="tariffId", max_length=60
    )
    transaction_limit: Omittable[TransactionLimit] = Field(
        default=None, validation_alias="transactionLimit", serialization_alias="transactionLimit"
    )
    custom_data: Omittable[CustomData] = Field(
        default=None, validation_alias="customData", serialization_alias="customData"
    )
