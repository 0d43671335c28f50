"""Enumerations of OCPP 2.1, generated from the official JSON schemas.

Do not edit: written by ``python -m codegen generate`` from ``schemas/ocpp/2.1*/``
(combined sha256 of the original files: ``7bf66191afef2a4b90ad674cf9cf4098de2185c0739c5ddc9f0b93827264216b``).
"""

from ocpkit._base import OcppEnum

__all__ = [
    "APNAuthenticationEnum",
    "AttributeEnum",
    "AuthorizationStatusEnum",
    "AuthorizeCertificateStatusEnum",
    "BatterySwapEventEnum",
    "BootReasonEnum",
    "CancelReservationStatusEnum",
    "CertificateActionEnum",
    "CertificateSignedStatusEnum",
    "CertificateSigningUseEnum",
    "CertificateStatusEnum",
    "CertificateStatusSourceEnum",
    "ChangeAvailabilityStatusEnum",
    "ChargingProfileKindEnum",
    "ChargingProfilePurposeEnum",
    "ChargingProfileStatusEnum",
    "ChargingRateUnitEnum",
    "ChargingStateEnum",
    "ClearCacheStatusEnum",
    "ClearChargingProfileStatusEnum",
    "ClearMessageStatusEnum",
    "ClearMonitoringStatusEnum",
    "ComponentCriterionEnum",
    "ConnectorStatusEnum",
    "ControlModeEnum",
    "CostDimensionEnum",
    "CostKindEnum",
    "CustomerInformationStatusEnum",
    "DERControlEnum",
    "DERControlStatusEnum",
    "DERUnitEnum",
    "DataEnum",
    "DataTransferStatusEnum",
    "DayOfWeekEnum",
    "DeleteCertificateStatusEnum",
    "DisplayMessageStatusEnum",
    "EnergyTransferModeEnum",
    "EventNotificationEnum",
    "EventTriggerEnum",
    "EvseKindEnum",
    "FirmwareStatusEnum",
    "GenericDeviceModelStatusEnum",
    "GenericStatusEnum",
    "GetCertificateIdUseEnum",
    "GetCertificateStatusEnum",
    "GetChargingProfileStatusEnum",
    "GetDisplayMessagesStatusEnum",
    "GetInstalledCertificateStatusEnum",
    "GetVariableStatusEnum",
    "GridEventFaultEnum",
    "HashAlgorithmEnum",
    "InstallCertificateStatusEnum",
    "InstallCertificateUseEnum",
    "IslandingDetectionEnum",
    "Iso15118EVCertificateStatusEnum",
    "LocationEnum",
    "LogEnum",
    "LogStatusEnum",
    "MeasurandEnum",
    "MessageFormatEnum",
    "MessagePriorityEnum",
    "MessageStateEnum",
    "MessageTriggerEnum",
    "MobilityNeedsModeEnum",
    "MonitorEnum",
    "MonitoringBaseEnum",
    "MonitoringCriterionEnum",
    "MutabilityEnum",
    "NotifyAllowedEnergyTransferStatusEnum",
    "NotifyEVChargingNeedsStatusEnum",
    "OCPPInterfaceEnum",
    "OCPPTransportEnum",
    "OCPPVersionEnum",
    "OperationModeEnum",
    "OperationalStatusEnum",
    "PaymentStatusEnum",
    "PhaseEnum",
    "PowerDuringCessationEnum",
    "PreconditioningStatusEnum",
    "PriorityChargingStatusEnum",
    "PublishFirmwareStatusEnum",
    "ReadingContextEnum",
    "ReasonEnum",
    "RecurrencyKindEnum",
    "RegistrationStatusEnum",
    "ReportBaseEnum",
    "RequestStartStopStatusEnum",
    "ReservationUpdateStatusEnum",
    "ReserveNowStatusEnum",
    "ResetEnum",
    "ResetStatusEnum",
    "SendLocalListStatusEnum",
    "SetMonitoringStatusEnum",
    "SetNetworkProfileStatusEnum",
    "SetVariableStatusEnum",
    "TariffChangeStatusEnum",
    "TariffClearStatusEnum",
    "TariffCostEnum",
    "TariffGetStatusEnum",
    "TariffKindEnum",
    "TariffSetStatusEnum",
    "TransactionEventEnum",
    "TriggerMessageStatusEnum",
    "TriggerReasonEnum",
    "UnlockStatusEnum",
    "UnpublishFirmwareStatusEnum",
    "UpdateEnum",
    "UpdateFirmwareStatusEnum",
    "UploadLogStatusEnum",
    "VPNEnum",
]


class APNAuthenticationEnum(OcppEnum):
    """OCPP 2.1 enumeration ``APNAuthenticationEnumType``."""

    PAP = "PAP"
    CHAP = "CHAP"
    NONE = "NONE"
    AUTO = "AUTO"


class AttributeEnum(OcppEnum):
    """OCPP 2.1 enumeration ``AttributeEnumType``."""

    ACTUAL = "Actual"
    TARGET = "Target"
    MIN_SET = "MinSet"
    MAX_SET = "MaxSet"


class AuthorizationStatusEnum(OcppEnum):
    """OCPP 2.1 enumeration ``AuthorizationStatusEnumType``."""

    ACCEPTED = "Accepted"
    BLOCKED = "Blocked"
    CONCURRENT_TX = "ConcurrentTx"
    EXPIRED = "Expired"
    INVALID = "Invalid"
    NO_CREDIT = "NoCredit"
    NOT_ALLOWED_TYPE_EVSE = "NotAllowedTypeEVSE"
    NOT_AT_THIS_LOCATION = "NotAtThisLocation"
    NOT_AT_THIS_TIME = "NotAtThisTime"
    UNKNOWN = "Unknown"


class AuthorizeCertificateStatusEnum(OcppEnum):
    """OCPP 2.1 enumeration ``AuthorizeCertificateStatusEnumType``."""

    ACCEPTED = "Accepted"
    SIGNATURE_ERROR = "SignatureError"
    CERTIFICATE_EXPIRED = "CertificateExpired"
    CERTIFICATE_REVOKED = "CertificateRevoked"
    NO_CERTIFICATE_AVAILABLE = "NoCertificateAvailable"
    CERT_CHAIN_ERROR = "CertChainError"
    CONTRACT_CANCELLED = "ContractCancelled"


class BatterySwapEventEnum(OcppEnum):
    """OCPP 2.1 enumeration ``BatterySwapEventEnumType``."""

    BATTERY_IN = "BatteryIn"
    BATTERY_OUT = "BatteryOut"
    BATTERY_OUT_TIMEOUT = "BatteryOutTimeout"


class BootReasonEnum(OcppEnum):
    """OCPP 2.1 enumeration ``BootReasonEnumType``."""

    APPLICATION_RESET = "ApplicationReset"
    FIRMWARE_UPDATE = "FirmwareUpdate"
    LOCAL_RESET = "LocalReset"
    POWER_UP = "PowerUp"
    REMOTE_RESET = "RemoteReset"
    SCHEDULED_RESET = "ScheduledReset"
    TRIGGERED = "Triggered"
    UNKNOWN = "Unknown"
    WATCHDOG = "Watchdog"


class CancelReservationStatusEnum(OcppEnum):
    """OCPP 2.1 enumeration ``CancelReservationStatusEnumType``."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"


class CertificateActionEnum(OcppEnum):
    """OCPP 2.1 enumeration ``CertificateActionEnumType``."""

    INSTALL = "Install"
    UPDATE = "Update"


class CertificateSignedStatusEnum(OcppEnum):
    """OCPP 2.1 enumeration ``CertificateSignedStatusEnumType``."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"


class CertificateSigningUseEnum(OcppEnum):
    """OCPP 2.1 enumeration ``CertificateSigningUseEnumType``."""

    CHARGING_STATION_CERTIFICATE = "ChargingStationCertificate"
    V2G_CERTIFICATE = "V2GCertificate"
    V2G20_CERTIFICATE = "V2G20Certificate"


class CertificateStatusEnum(OcppEnum):
    """OCPP 2.1 enumeration ``CertificateStatusEnumType``."""

    GOOD = "Good"
    REVOKED = "Revoked"
    UNKNOWN = "Unknown"
    FAILED = "Failed"


class CertificateStatusSourceEnum(OcppEnum):
    """OCPP 2.1 enumeration ``CertificateStatusSourceEnumType``."""

    CRL = "CRL"
    OCSP = "OCSP"


class ChangeAvailabilityStatusEnum(OcppEnum):
    """OCPP 2.1 enumeration ``ChangeAvailabilityStatusEnumType``."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    SCHEDULED = "Scheduled"


class ChargingProfileKindEnum(OcppEnum):
    """OCPP 2.1 enumeration ``ChargingProfileKindEnumType``."""

    ABSOLUTE = "Absolute"
    RECURRING = "Recurring"
    RELATIVE = "Relative"
    DYNAMIC = "Dynamic"


class ChargingProfilePurposeEnum(OcppEnum):
    """OCPP 2.1 enumeration ``ChargingProfilePurposeEnumType``."""

    CHARGING_STATION_EXTERNAL_CONSTRAINTS = "ChargingStationExternalConstraints"
    CHARGING_STATION_MAX_PROFILE = "ChargingStationMaxProfile"
    TX_DEFAULT_PROFILE = "TxDefaultProfile"
    TX_PROFILE = "TxProfile"
    PRIORITY_CHARGING = "PriorityCharging"
    LOCAL_GENERATION = "LocalGeneration"


class ChargingProfileStatusEnum(OcppEnum):
    """OCPP 2.1 enumeration ``ChargingProfileStatusEnumType``."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"


class ChargingRateUnitEnum(OcppEnum):
    """OCPP 2.1 enumeration ``ChargingRateUnitEnumType``."""

    W = "W"
    A = "A"


class ChargingStateEnum(OcppEnum):
    """OCPP 2.1 enumeration ``ChargingStateEnumType``."""

    EV_CONNECTED = "EVConnected"
    CHARGING = "Charging"
    SUSPENDED_EV = "SuspendedEV"
    SUSPENDED_EVSE = "SuspendedEVSE"
    IDLE = "Idle"


class ClearCacheStatusEnum(OcppEnum):
    """OCPP 2.1 enumeration ``ClearCacheStatusEnumType``."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"


class ClearChargingProfileStatusEnum(OcppEnum):
    """OCPP 2.1 enumeration ``ClearChargingProfileStatusEnumType``."""

    ACCEPTED = "Accepted"
    UNKNOWN = "Unknown"


class ClearMessageStatusEnum(OcppEnum):
    """OCPP 2.1 enumeration ``ClearMessageStatusEnumType``."""

    ACCEPTED = "Accepted"
    UNKNOWN = "Unknown"
    REJECTED = "Rejected"


class ClearMonitoringStatusEnum(OcppEnum):
    """OCPP 2.1 enumeration ``ClearMonitoringStatusEnumType``."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    NOT_FOUND = "NotFound"


class ComponentCriterionEnum(OcppEnum):
    """OCPP 2.1 enumeration ``ComponentCriterionEnumType``."""

    ACTIVE = "Active"
    AVAILABLE = "Available"
    ENABLED = "Enabled"
    PROBLEM = "Problem"


class ConnectorStatusEnum(OcppEnum):
    """OCPP 2.1 enumeration ``ConnectorStatusEnumType``."""

    AVAILABLE = "Available"
    OCCUPIED = "Occupied"
    RESERVED = "Reserved"
    UNAVAILABLE = "Unavailable"
    FAULTED = "Faulted"


class ControlModeEnum(OcppEnum):
    """OCPP 2.1 enumeration ``ControlModeEnumType``."""

    SCHEDULED_CONTROL = "ScheduledControl"
    DYNAMIC_CONTROL = "DynamicControl"


class CostDimensionEnum(OcppEnum):
    """OCPP 2.1 enumeration ``CostDimensionEnumType``."""

    ENERGY = "Energy"
    MAX_CURRENT = "MaxCurrent"
    MIN_CURRENT = "MinCurrent"
    MAX_POWER = "MaxPower"
    MIN_POWER = "MinPower"
    IDLE_T_IME = "IdleTIme"
    CHARGING_TIME = "ChargingTime"


class CostKindEnum(OcppEnum):
    """OCPP 2.1 enumeration ``CostKindEnumType``."""

    CARBON_DIOXIDE_EMISSION = "CarbonDioxideEmission"
    RELATIVE_PRICE_PERCENTAGE = "RelativePricePercentage"
    RENEWABLE_GENERATION_PERCENTAGE = "RenewableGenerationPercentage"


class CustomerInformationStatusEnum(OcppEnum):
    """OCPP 2.1 enumeration ``CustomerInformationStatusEnumType``."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    INVALID = "Invalid"


class DERControlEnum(OcppEnum):
    """OCPP 2.1 enumeration ``DERControlEnumType``."""

    ENTER_SERVICE = "EnterService"
    FREQ_DROOP = "FreqDroop"
    FREQ_WATT = "FreqWatt"
    FIXED_PF_ABSORB = "FixedPFAbsorb"
    FIXED_PF_INJECT = "FixedPFInject"
    FIXED_VAR = "FixedVar"
    GRADIENTS = "Gradients"
    HF_MUST_TRIP = "HFMustTrip"
    HF_MAY_TRIP = "HFMayTrip"
    HV_MUST_TRIP = "HVMustTrip"
    HV_MOM_CESS = "HVMomCess"
    HV_MAY_TRIP = "HVMayTrip"
    LIMIT_MAX_DISCHARGE = "LimitMaxDischarge"
    LF_MUST_TRIP = "LFMustTrip"
    LV_MUST_TRIP = "LVMustTrip"
    LV_MOM_CESS = "LVMomCess"
    LV_MAY_TRIP = "LVMayTrip"
    POWER_MONITORING_MUST_TRIP = "PowerMonitoringMustTrip"
    VOLT_VAR = "VoltVar"
    VOLT_WATT = "VoltWatt"
    WATT_PF = "WattPF"
    WATT_VAR = "WattVar"


class DERControlStatusEnum(OcppEnum):
    """OCPP 2.1 enumeration ``DERControlStatusEnumType``."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    NOT_SUPPORTED = "NotSupported"
    NOT_FOUND = "NotFound"


class DERUnitEnum(OcppEnum):
    """OCPP 2.1 enumeration ``DERUnitEnumType``."""

    NOT_APPLICABLE = "Not_Applicable"
    PCT_MAX_W = "PctMaxW"
    PCT_MAX_VAR = "PctMaxVar"
    PCT_W_AVAIL = "PctWAvail"
    PCT_VAR_AVAIL = "PctVarAvail"
    PCT_EFFECTIVE_V = "PctEffectiveV"


class DataEnum(OcppEnum):
    """OCPP 2.1 enumeration ``DataEnumType``."""

    STRING = "string"
    DECIMAL = "decimal"
    INTEGER = "integer"
    DATE_TIME = "dateTime"
    BOOLEAN = "boolean"
    OPTION_LIST = "OptionList"
    SEQUENCE_LIST = "SequenceList"
    MEMBER_LIST = "MemberList"


class DataTransferStatusEnum(OcppEnum):
    """OCPP 2.1 enumeration ``DataTransferStatusEnumType``."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    UNKNOWN_MESSAGE_ID = "UnknownMessageId"
    UNKNOWN_VENDOR_ID = "UnknownVendorId"


class DayOfWeekEnum(OcppEnum):
    """OCPP 2.1 enumeration ``DayOfWeekEnumType``."""

    MONDAY = "Monday"
    TUESDAY = "Tuesday"
    WEDNESDAY = "Wednesday"
    THURSDAY = "Thursday"
    FRIDAY = "Friday"
    SATURDAY = "Saturday"
    SUNDAY = "Sunday"


class DeleteCertificateStatusEnum(OcppEnum):
    """OCPP 2.1 enumeration ``DeleteCertificateStatusEnumType``."""

    ACCEPTED = "Accepted"
    FAILED = "Failed"
    NOT_FOUND = "NotFound"


class DisplayMessageStatusEnum(OcppEnum):
    """OCPP 2.1 enumeration ``DisplayMessageStatusEnumType``."""

    ACCEPTED = "Accepted"
    NOT_SUPPORTED_MESSAGE_FORMAT = "NotSupportedMessageFormat"
    REJECTED = "Rejected"
    NOT_SUPPORTED_PRIORITY = "NotSupportedPriority"
    NOT_SUPPORTED_STATE = "NotSupportedState"
    UNKNOWN_TRANSACTION = "UnknownTransaction"
    LANGUAGE_NOT_SUPPORTED = "LanguageNotSupported"


class EnergyTransferModeEnum(OcppEnum):
    """OCPP 2.1 enumeration ``EnergyTransferModeEnumType``."""

    AC_SINGLE_PHASE = "AC_single_phase"
    AC_TWO_PHASE = "AC_two_phase"
    AC_THREE_PHASE = "AC_three_phase"
    DC = "DC"
    AC_BPT = "AC_BPT"
    AC_BPT_DER = "AC_BPT_DER"
    AC_DER = "AC_DER"
    DC_BPT = "DC_BPT"
    DC_ACDP = "DC_ACDP"
    DC_ACDP_BPT = "DC_ACDP_BPT"
    WPT = "WPT"


class EventNotificationEnum(OcppEnum):
    """OCPP 2.1 enumeration ``EventNotificationEnumType``."""

    HARD_WIRED_NOTIFICATION = "HardWiredNotification"
    HARD_WIRED_MONITOR = "HardWiredMonitor"
    PRECONFIGURED_MONITOR = "PreconfiguredMonitor"
    CUSTOM_MONITOR = "CustomMonitor"


class EventTriggerEnum(OcppEnum):
    """OCPP 2.1 enumeration ``EventTriggerEnumType``."""

    ALERTING = "Alerting"
    DELTA = "Delta"
    PERIODIC = "Periodic"


class EvseKindEnum(OcppEnum):
    """OCPP 2.1 enumeration ``EvseKindEnumType``."""

    AC = "AC"
    DC = "DC"


class FirmwareStatusEnum(OcppEnum):
    """OCPP 2.1 enumeration ``FirmwareStatusEnumType``."""

    DOWNLOADED = "Downloaded"
    DOWNLOAD_FAILED = "DownloadFailed"
    DOWNLOADING = "Downloading"
    DOWNLOAD_SCHEDULED = "DownloadScheduled"
    DOWNLOAD_PAUSED = "DownloadPaused"
    IDLE = "Idle"
    INSTALLATION_FAILED = "InstallationFailed"
    INSTALLING = "Installing"
    INSTALLED = "Installed"
    INSTALL_REBOOTING = "InstallRebooting"
    INSTALL_SCHEDULED = "InstallScheduled"
    INSTALL_VERIFICATION_FAILED = "InstallVerificationFailed"
    INVALID_SIGNATURE = "InvalidSignature"
    SIGNATURE_VERIFIED = "SignatureVerified"


class GenericDeviceModelStatusEnum(OcppEnum):
    """OCPP 2.1 enumeration ``GenericDeviceModelStatusEnumType``."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    NOT_SUPPORTED = "NotSupported"
    EMPTY_RESULT_SET = "EmptyResultSet"


class GenericStatusEnum(OcppEnum):
    """OCPP 2.1 enumeration ``GenericStatusEnumType``."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"


class GetCertificateIdUseEnum(OcppEnum):
    """OCPP 2.1 enumeration ``GetCertificateIdUseEnumType``."""

    V2G_ROOT_CERTIFICATE = "V2GRootCertificate"
    MO_ROOT_CERTIFICATE = "MORootCertificate"
    CSMS_ROOT_CERTIFICATE = "CSMSRootCertificate"
    V2G_CERTIFICATE_CHAIN = "V2GCertificateChain"
    MANUFACTURER_ROOT_CERTIFICATE = "ManufacturerRootCertificate"
    OEM_ROOT_CERTIFICATE = "OEMRootCertificate"


class GetCertificateStatusEnum(OcppEnum):
    """OCPP 2.1 enumeration ``GetCertificateStatusEnumType``."""

    ACCEPTED = "Accepted"
    FAILED = "Failed"


class GetChargingProfileStatusEnum(OcppEnum):
    """OCPP 2.1 enumeration ``GetChargingProfileStatusEnumType``."""

    ACCEPTED = "Accepted"
    NO_PROFILES = "NoProfiles"


class GetDisplayMessagesStatusEnum(OcppEnum):
    """OCPP 2.1 enumeration ``GetDisplayMessagesStatusEnumType``."""

    ACCEPTED = "Accepted"
    UNKNOWN = "Unknown"


class GetInstalledCertificateStatusEnum(OcppEnum):
    """OCPP 2.1 enumeration ``GetInstalledCertificateStatusEnumType``."""

    ACCEPTED = "Accepted"
    NOT_FOUND = "NotFound"


class GetVariableStatusEnum(OcppEnum):
    """OCPP 2.1 enumeration ``GetVariableStatusEnumType``."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    UNKNOWN_COMPONENT = "UnknownComponent"
    UNKNOWN_VARIABLE = "UnknownVariable"
    NOT_SUPPORTED_ATTRIBUTE_TYPE = "NotSupportedAttributeType"


class GridEventFaultEnum(OcppEnum):
    """OCPP 2.1 enumeration ``GridEventFaultEnumType``."""

    CURRENT_IMBALANCE = "CurrentImbalance"
    LOCAL_EMERGENCY = "LocalEmergency"
    LOW_INPUT_POWER = "LowInputPower"
    OVER_CURRENT = "OverCurrent"
    OVER_FREQUENCY = "OverFrequency"
    OVER_VOLTAGE = "OverVoltage"
    PHASE_ROTATION = "PhaseRotation"
    REMOTE_EMERGENCY = "RemoteEmergency"
    UNDER_FREQUENCY = "UnderFrequency"
    UNDER_VOLTAGE = "UnderVoltage"
    VOLTAGE_IMBALANCE = "VoltageImbalance"


class HashAlgorithmEnum(OcppEnum):
    """OCPP 2.1 enumeration ``HashAlgorithmEnumType``."""

    SHA256 = "SHA256"
    SHA384 = "SHA384"
    SHA512 = "SHA512"


class InstallCertificateStatusEnum(OcppEnum):
    """OCPP 2.1 enumeration ``InstallCertificateStatusEnumType``."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    FAILED = "Failed"


class InstallCertificateUseEnum(OcppEnum):
    """OCPP 2.1 enumeration ``InstallCertificateUseEnumType``."""

    V2G_ROOT_CERTIFICATE = "V2GRootCertificate"
    MO_ROOT_CERTIFICATE = "MORootCertificate"
    MANUFACTURER_ROOT_CERTIFICATE = "ManufacturerRootCertificate"
    CSMS_ROOT_CERTIFICATE = "CSMSRootCertificate"
    OEM_ROOT_CERTIFICATE = "OEMRootCertificate"


class IslandingDetectionEnum(OcppEnum):
    """OCPP 2.1 enumeration ``IslandingDetectionEnumType``."""

    NO_ANTI_ISLANDING_SUPPORT = "NoAntiIslandingSupport"
    ROCOF = "RoCoF"
    UVP_OVP = "UVP_OVP"
    UFP_OFP = "UFP_OFP"
    VOLTAGE_VECTOR_SHIFT = "VoltageVectorShift"
    ZERO_CROSSING_DETECTION = "ZeroCrossingDetection"
    OTHER_PASSIVE = "OtherPassive"
    IMPEDANCE_MEASUREMENT = "ImpedanceMeasurement"
    IMPEDANCE_AT_FREQUENCY = "ImpedanceAtFrequency"
    SLIP_MODE_FREQUENCY_SHIFT = "SlipModeFrequencyShift"
    SANDIA_FREQUENCY_SHIFT = "SandiaFrequencyShift"
    SANDIA_VOLTAGE_SHIFT = "SandiaVoltageShift"
    FREQUENCY_JUMP = "FrequencyJump"
    RCLQ_FACTOR = "RCLQFactor"
    OTHER_ACTIVE = "OtherActive"


class Iso15118EVCertificateStatusEnum(OcppEnum):
    """OCPP 2.1 enumeration ``Iso15118EVCertificateStatusEnumType``."""

    ACCEPTED = "Accepted"
    FAILED = "Failed"


class LocationEnum(OcppEnum):
    """OCPP 2.1 enumeration ``LocationEnumType``."""

    BODY = "Body"
    CABLE = "Cable"
    EV = "EV"
    INLET = "Inlet"
    OUTLET = "Outlet"
    UPSTREAM = "Upstream"


class LogEnum(OcppEnum):
    """OCPP 2.1 enumeration ``LogEnumType``."""

    DIAGNOSTICS_LOG = "DiagnosticsLog"
    SECURITY_LOG = "SecurityLog"
    DATA_COLLECTOR_LOG = "DataCollectorLog"


class LogStatusEnum(OcppEnum):
    """OCPP 2.1 enumeration ``LogStatusEnumType``."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    ACCEPTED_CANCELED = "AcceptedCanceled"


class MeasurandEnum(OcppEnum):
    """OCPP 2.1 enumeration ``MeasurandEnumType``."""

    CURRENT_EXPORT = "Current.Export"
    CURRENT_EXPORT_OFFERED = "Current.Export.Offered"
    CURRENT_EXPORT_MINIMUM = "Current.Export.Minimum"
    CURRENT_IMPORT = "Current.Import"
    CURRENT_IMPORT_OFFERED = "Current.Import.Offered"
    CURRENT_IMPORT_MINIMUM = "Current.Import.Minimum"
    CURRENT_OFFERED = "Current.Offered"
    DISPLAY_PRESENT_SOC = "Display.PresentSOC"
    DISPLAY_MINIMUM_SOC = "Display.MinimumSOC"
    DISPLAY_TARGET_SOC = "Display.TargetSOC"
    DISPLAY_MAXIMUM_SOC = "Display.MaximumSOC"
    DISPLAY_REMAINING_TIME_TO_MINIMUM_SOC = "Display.RemainingTimeToMinimumSOC"
    DISPLAY_REMAINING_TIME_TO_TARGET_SOC = "Display.RemainingTimeToTargetSOC"
    DISPLAY_REMAINING_TIME_TO_MAXIMUM_SOC = "Display.RemainingTimeToMaximumSOC"
    DISPLAY_CHARGING_COMPLETE = "Display.ChargingComplete"
    DISPLAY_BATTERY_ENERGY_CAPACITY = "Display.BatteryEnergyCapacity"
    DISPLAY_INLET_HOT = "Display.InletHot"
    ENERGY_ACTIVE_EXPORT_INTERVAL = "Energy.Active.Export.Interval"
    ENERGY_ACTIVE_EXPORT_REGISTER = "Energy.Active.Export.Register"
    ENERGY_ACTIVE_IMPORT_INTERVAL = "Energy.Active.Import.Interval"
    ENERGY_ACTIVE_IMPORT_REGISTER = "Energy.Active.Import.Register"
    ENERGY_ACTIVE_IMPORT_CABLE_LOSS = "Energy.Active.Import.CableLoss"
    ENERGY_ACTIVE_IMPORT_LOCAL_GENERATION_REGISTER = "Energy.Active.Import.LocalGeneration.Register"
    ENERGY_ACTIVE_NET = "Energy.Active.Net"
    ENERGY_ACTIVE_SETPOINT_INTERVAL = "Energy.Active.Setpoint.Interval"
    ENERGY_APPARENT_EXPORT = "Energy.Apparent.Export"
    ENERGY_APPARENT_IMPORT = "Energy.Apparent.Import"
    ENERGY_APPARENT_NET = "Energy.Apparent.Net"
    ENERGY_REACTIVE_EXPORT_INTERVAL = "Energy.Reactive.Export.Interval"
    ENERGY_REACTIVE_EXPORT_REGISTER = "Energy.Reactive.Export.Register"
    ENERGY_REACTIVE_IMPORT_INTERVAL = "Energy.Reactive.Import.Interval"
    ENERGY_REACTIVE_IMPORT_REGISTER = "Energy.Reactive.Import.Register"
    ENERGY_REACTIVE_NET = "Energy.Reactive.Net"
    ENERGY_REQUEST_TARGET = "EnergyRequest.Target"
    ENERGY_REQUEST_MINIMUM = "EnergyRequest.Minimum"
    ENERGY_REQUEST_MAXIMUM = "EnergyRequest.Maximum"
    ENERGY_REQUEST_MINIMUM_V2X = "EnergyRequest.Minimum.V2X"
    ENERGY_REQUEST_MAXIMUM_V2X = "EnergyRequest.Maximum.V2X"
    ENERGY_REQUEST_BULK = "EnergyRequest.Bulk"
    FREQUENCY = "Frequency"
    POWER_ACTIVE_EXPORT = "Power.Active.Export"
    POWER_ACTIVE_IMPORT = "Power.Active.Import"
    POWER_ACTIVE_SETPOINT = "Power.Active.Setpoint"
    POWER_ACTIVE_RESIDUAL = "Power.Active.Residual"
    POWER_EXPORT_MINIMUM = "Power.Export.Minimum"
    POWER_EXPORT_OFFERED = "Power.Export.Offered"
    POWER_FACTOR = "Power.Factor"
    POWER_IMPORT_OFFERED = "Power.Import.Offered"
    POWER_IMPORT_MINIMUM = "Power.Import.Minimum"
    POWER_OFFERED = "Power.Offered"
    POWER_REACTIVE_EXPORT = "Power.Reactive.Export"
    POWER_REACTIVE_IMPORT = "Power.Reactive.Import"
    SOC = "SoC"
    VOLTAGE = "Voltage"
    VOLTAGE_MINIMUM = "Voltage.Minimum"
    VOLTAGE_MAXIMUM = "Voltage.Maximum"


class MessageFormatEnum(OcppEnum):
    """OCPP 2.1 enumeration ``MessageFormatEnumType``."""

    ASCII = "ASCII"
    HTML = "HTML"
    URI = "URI"
    UTF8 = "UTF8"
    QRCODE = "QRCODE"


class MessagePriorityEnum(OcppEnum):
    """OCPP 2.1 enumeration ``MessagePriorityEnumType``."""

    ALWAYS_FRONT = "AlwaysFront"
    IN_FRONT = "InFront"
    NORMAL_CYCLE = "NormalCycle"


class MessageStateEnum(OcppEnum):
    """OCPP 2.1 enumeration ``MessageStateEnumType``."""

    CHARGING = "Charging"
    FAULTED = "Faulted"
    IDLE = "Idle"
    UNAVAILABLE = "Unavailable"
    SUSPENDED = "Suspended"
    DISCHARGING = "Discharging"


class MessageTriggerEnum(OcppEnum):
    """OCPP 2.1 enumeration ``MessageTriggerEnumType``."""

    BOOT_NOTIFICATION = "BootNotification"
    LOG_STATUS_NOTIFICATION = "LogStatusNotification"
    FIRMWARE_STATUS_NOTIFICATION = "FirmwareStatusNotification"
    HEARTBEAT = "Heartbeat"
    METER_VALUES = "MeterValues"
    SIGN_CHARGING_STATION_CERTIFICATE = "SignChargingStationCertificate"
    SIGN_V2G_CERTIFICATE = "SignV2GCertificate"
    SIGN_V2G20_CERTIFICATE = "SignV2G20Certificate"
    STATUS_NOTIFICATION = "StatusNotification"
    TRANSACTION_EVENT = "TransactionEvent"
    SIGN_COMBINED_CERTIFICATE = "SignCombinedCertificate"
    PUBLISH_FIRMWARE_STATUS_NOTIFICATION = "PublishFirmwareStatusNotification"
    CUSTOM_TRIGGER = "CustomTrigger"


class MobilityNeedsModeEnum(OcppEnum):
    """OCPP 2.1 enumeration ``MobilityNeedsModeEnumType``."""

    EVCC = "EVCC"
    EVCC_SECC = "EVCC_SECC"


class MonitorEnum(OcppEnum):
    """OCPP 2.1 enumeration ``MonitorEnumType``."""

    UPPER_THRESHOLD = "UpperThreshold"
    LOWER_THRESHOLD = "LowerThreshold"
    DELTA = "Delta"
    PERIODIC = "Periodic"
    PERIODIC_CLOCK_ALIGNED = "PeriodicClockAligned"
    TARGET_DELTA = "TargetDelta"
    TARGET_DELTA_RELATIVE = "TargetDeltaRelative"


class MonitoringBaseEnum(OcppEnum):
    """OCPP 2.1 enumeration ``MonitoringBaseEnumType``."""

    ALL = "All"
    FACTORY_DEFAULT = "FactoryDefault"
    HARD_WIRED_ONLY = "HardWiredOnly"


class MonitoringCriterionEnum(OcppEnum):
    """OCPP 2.1 enumeration ``MonitoringCriterionEnumType``."""

    THRESHOLD_MONITORING = "ThresholdMonitoring"
    DELTA_MONITORING = "DeltaMonitoring"
    PERIODIC_MONITORING = "PeriodicMonitoring"


class MutabilityEnum(OcppEnum):
    """OCPP 2.1 enumeration ``MutabilityEnumType``."""

    READ_ONLY = "ReadOnly"
    WRITE_ONLY = "WriteOnly"
    READ_WRITE = "ReadWrite"


class NotifyAllowedEnergyTransferStatusEnum(OcppEnum):
    """OCPP 2.1 enumeration ``NotifyAllowedEnergyTransferStatusEnumType``."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"


class NotifyEVChargingNeedsStatusEnum(OcppEnum):
    """OCPP 2.1 enumeration ``NotifyEVChargingNeedsStatusEnumType``."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    PROCESSING = "Processing"
    NO_CHARGING_PROFILE = "NoChargingProfile"


class OCPPInterfaceEnum(OcppEnum):
    """OCPP 2.1 enumeration ``OCPPInterfaceEnumType``."""

    WIRED0 = "Wired0"
    WIRED1 = "Wired1"
    WIRED2 = "Wired2"
    WIRED3 = "Wired3"
    WIRELESS0 = "Wireless0"
    WIRELESS1 = "Wireless1"
    WIRELESS2 = "Wireless2"
    WIRELESS3 = "Wireless3"
    ANY = "Any"


class OCPPTransportEnum(OcppEnum):
    """OCPP 2.1 enumeration ``OCPPTransportEnumType``."""

    SOAP = "SOAP"
    JSON = "JSON"


class OCPPVersionEnum(OcppEnum):
    """OCPP 2.1 enumeration ``OCPPVersionEnumType``."""

    OCPP12 = "OCPP12"
    OCPP15 = "OCPP15"
    OCPP16 = "OCPP16"
    OCPP20 = "OCPP20"
    OCPP201 = "OCPP201"
    OCPP21 = "OCPP21"


class OperationModeEnum(OcppEnum):
    """OCPP 2.1 enumeration ``OperationModeEnumType``."""

    IDLE = "Idle"
    CHARGING_ONLY = "ChargingOnly"
    CENTRAL_SETPOINT = "CentralSetpoint"
    EXTERNAL_SETPOINT = "ExternalSetpoint"
    EXTERNAL_LIMITS = "ExternalLimits"
    CENTRAL_FREQUENCY = "CentralFrequency"
    LOCAL_FREQUENCY = "LocalFrequency"
    LOCAL_LOAD_BALANCING = "LocalLoadBalancing"


class OperationalStatusEnum(OcppEnum):
    """OCPP 2.1 enumeration ``OperationalStatusEnumType``."""

    INOPERATIVE = "Inoperative"
    OPERATIVE = "Operative"


class PaymentStatusEnum(OcppEnum):
    """OCPP 2.1 enumeration ``PaymentStatusEnumType``."""

    SETTLED = "Settled"
    CANCELED = "Canceled"
    REJECTED = "Rejected"
    FAILED = "Failed"


class PhaseEnum(OcppEnum):
    """OCPP 2.1 enumeration ``PhaseEnumType``."""

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


class PowerDuringCessationEnum(OcppEnum):
    """OCPP 2.1 enumeration ``PowerDuringCessationEnumType``."""

    ACTIVE = "Active"
    REACTIVE = "Reactive"


class PreconditioningStatusEnum(OcppEnum):
    """OCPP 2.1 enumeration ``PreconditioningStatusEnumType``."""

    UNKNOWN = "Unknown"
    READY = "Ready"
    NOT_READY = "NotReady"
    PRECONDITIONING = "Preconditioning"


class PriorityChargingStatusEnum(OcppEnum):
    """OCPP 2.1 enumeration ``PriorityChargingStatusEnumType``."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    NO_PROFILE = "NoProfile"


class PublishFirmwareStatusEnum(OcppEnum):
    """OCPP 2.1 enumeration ``PublishFirmwareStatusEnumType``."""

    IDLE = "Idle"
    DOWNLOAD_SCHEDULED = "DownloadScheduled"
    DOWNLOADING = "Downloading"
    DOWNLOADED = "Downloaded"
    PUBLISHED = "Published"
    DOWNLOAD_FAILED = "DownloadFailed"
    DOWNLOAD_PAUSED = "DownloadPaused"
    INVALID_CHECKSUM = "InvalidChecksum"
    CHECKSUM_VERIFIED = "ChecksumVerified"
    PUBLISH_FAILED = "PublishFailed"


class ReadingContextEnum(OcppEnum):
    """OCPP 2.1 enumeration ``ReadingContextEnumType``."""

    INTERRUPTION_BEGIN = "Interruption.Begin"
    INTERRUPTION_END = "Interruption.End"
    OTHER = "Other"
    SAMPLE_CLOCK = "Sample.Clock"
    SAMPLE_PERIODIC = "Sample.Periodic"
    TRANSACTION_BEGIN = "Transaction.Begin"
    TRANSACTION_END = "Transaction.End"
    TRIGGER = "Trigger"


class ReasonEnum(OcppEnum):
    """OCPP 2.1 enumeration ``ReasonEnumType``."""

    DE_AUTHORIZED = "DeAuthorized"
    EMERGENCY_STOP = "EmergencyStop"
    ENERGY_LIMIT_REACHED = "EnergyLimitReached"
    EV_DISCONNECTED = "EVDisconnected"
    GROUND_FAULT = "GroundFault"
    IMMEDIATE_RESET = "ImmediateReset"
    MASTER_PASS = "MasterPass"
    LOCAL = "Local"
    LOCAL_OUT_OF_CREDIT = "LocalOutOfCredit"
    OTHER = "Other"
    OVERCURRENT_FAULT = "OvercurrentFault"
    POWER_LOSS = "PowerLoss"
    POWER_QUALITY = "PowerQuality"
    REBOOT = "Reboot"
    REMOTE = "Remote"
    SOC_LIMIT_REACHED = "SOCLimitReached"
    STOPPED_BYEV = "StoppedByEV"
    TIME_LIMIT_REACHED = "TimeLimitReached"
    TIMEOUT = "Timeout"
    REQ_ENERGY_TRANSFER_REJECTED = "ReqEnergyTransferRejected"


class RecurrencyKindEnum(OcppEnum):
    """OCPP 2.1 enumeration ``RecurrencyKindEnumType``."""

    DAILY = "Daily"
    WEEKLY = "Weekly"


class RegistrationStatusEnum(OcppEnum):
    """OCPP 2.1 enumeration ``RegistrationStatusEnumType``."""

    ACCEPTED = "Accepted"
    PENDING = "Pending"
    REJECTED = "Rejected"


class ReportBaseEnum(OcppEnum):
    """OCPP 2.1 enumeration ``ReportBaseEnumType``."""

    CONFIGURATION_INVENTORY = "ConfigurationInventory"
    FULL_INVENTORY = "FullInventory"
    SUMMARY_INVENTORY = "SummaryInventory"


class RequestStartStopStatusEnum(OcppEnum):
    """OCPP 2.1 enumeration ``RequestStartStopStatusEnumType``."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"


class ReservationUpdateStatusEnum(OcppEnum):
    """OCPP 2.1 enumeration ``ReservationUpdateStatusEnumType``."""

    EXPIRED = "Expired"
    REMOVED = "Removed"
    NO_TRANSACTION = "NoTransaction"


class ReserveNowStatusEnum(OcppEnum):
    """OCPP 2.1 enumeration ``ReserveNowStatusEnumType``."""

    ACCEPTED = "Accepted"
    FAULTED = "Faulted"
    OCCUPIED = "Occupied"
    REJECTED = "Rejected"
    UNAVAILABLE = "Unavailable"


class ResetEnum(OcppEnum):
    """OCPP 2.1 enumeration ``ResetEnumType``."""

    IMMEDIATE = "Immediate"
    ON_IDLE = "OnIdle"
    IMMEDIATE_AND_RESUME = "ImmediateAndResume"


class ResetStatusEnum(OcppEnum):
    """OCPP 2.1 enumeration ``ResetStatusEnumType``."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    SCHEDULED = "Scheduled"


class SendLocalListStatusEnum(OcppEnum):
    """OCPP 2.1 enumeration ``SendLocalListStatusEnumType``."""

    ACCEPTED = "Accepted"
    FAILED = "Failed"
    VERSION_MISMATCH = "VersionMismatch"


class SetMonitoringStatusEnum(OcppEnum):
    """OCPP 2.1 enumeration ``SetMonitoringStatusEnumType``."""

    ACCEPTED = "Accepted"
    UNKNOWN_COMPONENT = "UnknownComponent"
    UNKNOWN_VARIABLE = "UnknownVariable"
    UNSUPPORTED_MONITOR_TYPE = "UnsupportedMonitorType"
    REJECTED = "Rejected"
    DUPLICATE = "Duplicate"


class SetNetworkProfileStatusEnum(OcppEnum):
    """OCPP 2.1 enumeration ``SetNetworkProfileStatusEnumType``."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    FAILED = "Failed"


class SetVariableStatusEnum(OcppEnum):
    """OCPP 2.1 enumeration ``SetVariableStatusEnumType``."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    UNKNOWN_COMPONENT = "UnknownComponent"
    UNKNOWN_VARIABLE = "UnknownVariable"
    NOT_SUPPORTED_ATTRIBUTE_TYPE = "NotSupportedAttributeType"
    REBOOT_REQUIRED = "RebootRequired"


class TariffChangeStatusEnum(OcppEnum):
    """OCPP 2.1 enumeration ``TariffChangeStatusEnumType``."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    TOO_MANY_ELEMENTS = "TooManyElements"
    CONDITION_NOT_SUPPORTED = "ConditionNotSupported"
    TX_NOT_FOUND = "TxNotFound"
    NO_CURRENCY_CHANGE = "NoCurrencyChange"


class TariffClearStatusEnum(OcppEnum):
    """OCPP 2.1 enumeration ``TariffClearStatusEnumType``."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    NO_TARIFF = "NoTariff"


class TariffCostEnum(OcppEnum):
    """OCPP 2.1 enumeration ``TariffCostEnumType``."""

    NORMAL_COST = "NormalCost"
    MIN_COST = "MinCost"
    MAX_COST = "MaxCost"


class TariffGetStatusEnum(OcppEnum):
    """OCPP 2.1 enumeration ``TariffGetStatusEnumType``."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    NO_TARIFF = "NoTariff"


class TariffKindEnum(OcppEnum):
    """OCPP 2.1 enumeration ``TariffKindEnumType``."""

    DEFAULT_TARIFF = "DefaultTariff"
    DRIVER_TARIFF = "DriverTariff"


class TariffSetStatusEnum(OcppEnum):
    """OCPP 2.1 enumeration ``TariffSetStatusEnumType``."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    TOO_MANY_ELEMENTS = "TooManyElements"
    CONDITION_NOT_SUPPORTED = "ConditionNotSupported"
    DUPLICATE_TARIFF_ID = "DuplicateTariffId"


class TransactionEventEnum(OcppEnum):
    """OCPP 2.1 enumeration ``TransactionEventEnumType``."""

    ENDED = "Ended"
    STARTED = "Started"
    UPDATED = "Updated"


class TriggerMessageStatusEnum(OcppEnum):
    """OCPP 2.1 enumeration ``TriggerMessageStatusEnumType``."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    NOT_IMPLEMENTED = "NotImplemented"


class TriggerReasonEnum(OcppEnum):
    """OCPP 2.1 enumeration ``TriggerReasonEnumType``."""

    ABNORMAL_CONDITION = "AbnormalCondition"
    AUTHORIZED = "Authorized"
    CABLE_PLUGGED_IN = "CablePluggedIn"
    CHARGING_RATE_CHANGED = "ChargingRateChanged"
    CHARGING_STATE_CHANGED = "ChargingStateChanged"
    COST_LIMIT_REACHED = "CostLimitReached"
    DEAUTHORIZED = "Deauthorized"
    ENERGY_LIMIT_REACHED = "EnergyLimitReached"
    EV_COMMUNICATION_LOST = "EVCommunicationLost"
    EV_CONNECT_TIMEOUT = "EVConnectTimeout"
    EV_DEPARTED = "EVDeparted"
    EV_DETECTED = "EVDetected"
    LIMIT_SET = "LimitSet"
    METER_VALUE_CLOCK = "MeterValueClock"
    METER_VALUE_PERIODIC = "MeterValuePeriodic"
    OPERATION_MODE_CHANGED = "OperationModeChanged"
    REMOTE_START = "RemoteStart"
    REMOTE_STOP = "RemoteStop"
    RESET_COMMAND = "ResetCommand"
    RUNNING_COST = "RunningCost"
    SIGNED_DATA_RECEIVED = "SignedDataReceived"
    SOC_LIMIT_REACHED = "SoCLimitReached"
    STOP_AUTHORIZED = "StopAuthorized"
    TARIFF_CHANGED = "TariffChanged"
    TARIFF_NOT_ACCEPTED = "TariffNotAccepted"
    TIME_LIMIT_REACHED = "TimeLimitReached"
    TRIGGER = "Trigger"
    TX_RESUMED = "TxResumed"
    UNLOCK_COMMAND = "UnlockCommand"


class UnlockStatusEnum(OcppEnum):
    """OCPP 2.1 enumeration ``UnlockStatusEnumType``."""

    UNLOCKED = "Unlocked"
    UNLOCK_FAILED = "UnlockFailed"
    ONGOING_AUTHORIZED_TRANSACTION = "OngoingAuthorizedTransaction"
    UNKNOWN_CONNECTOR = "UnknownConnector"


class UnpublishFirmwareStatusEnum(OcppEnum):
    """OCPP 2.1 enumeration ``UnpublishFirmwareStatusEnumType``."""

    DOWNLOAD_ONGOING = "DownloadOngoing"
    NO_FIRMWARE = "NoFirmware"
    UNPUBLISHED = "Unpublished"


class UpdateEnum(OcppEnum):
    """OCPP 2.1 enumeration ``UpdateEnumType``."""

    DIFFERENTIAL = "Differential"
    FULL = "Full"


class UpdateFirmwareStatusEnum(OcppEnum):
    """OCPP 2.1 enumeration ``UpdateFirmwareStatusEnumType``."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    ACCEPTED_CANCELED = "AcceptedCanceled"
    INVALID_CERTIFICATE = "InvalidCertificate"
    REVOKED_CERTIFICATE = "RevokedCertificate"


class UploadLogStatusEnum(OcppEnum):
    """OCPP 2.1 enumeration ``UploadLogStatusEnumType``."""

    BAD_MESSAGE = "BadMessage"
    IDLE = "Idle"
    NOT_SUPPORTED_OPERATION = "NotSupportedOperation"
    PERMISSION_DENIED = "PermissionDenied"
    UPLOADED = "Uploaded"
    UPLOAD_FAILURE = "UploadFailure"
    UPLOADING = "Uploading"
    ACCEPTED_CANCELED = "AcceptedCanceled"


class VPNEnum(OcppEnum):
    """OCPP 2.1 enumeration ``VPNEnumType``."""

    IKEV2 = "IKEv2"
    IP_SEC = "IPSec"
    L2TP = "L2TP"
    PPTP = "PPTP"
