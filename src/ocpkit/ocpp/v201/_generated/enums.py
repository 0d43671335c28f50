"""Enumerations of OCPP 2.0.1, generated from the official JSON schemas.

Do not edit: written by ``python -m codegen generate`` from ``schemas/ocpp/2.0.1*/``
(combined sha256 of the original files: ``cb814eaeb2e4c36625a798c26edb66c007f533709a5971fd76e297ffc8a23a6a``).
"""

from ocpkit._base import OcppEnum

__all__ = [
    "APNAuthenticationEnum",
    "AttributeEnum",
    "AuthorizationStatusEnum",
    "AuthorizeCertificateStatusEnum",
    "BootReasonEnum",
    "CancelReservationStatusEnum",
    "CertificateActionEnum",
    "CertificateSignedStatusEnum",
    "CertificateSigningUseEnum",
    "ChangeAvailabilityStatusEnum",
    "ChargingLimitSourceEnum",
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
    "ConnectorEnum",
    "ConnectorStatusEnum",
    "CostKindEnum",
    "CustomerInformationStatusEnum",
    "DataEnum",
    "DataTransferStatusEnum",
    "DeleteCertificateStatusEnum",
    "DisplayMessageStatusEnum",
    "EnergyTransferModeEnum",
    "EventNotificationEnum",
    "EventTriggerEnum",
    "FirmwareStatusEnum",
    "GenericDeviceModelStatusEnum",
    "GenericStatusEnum",
    "GetCertificateIdUseEnum",
    "GetCertificateStatusEnum",
    "GetChargingProfileStatusEnum",
    "GetDisplayMessagesStatusEnum",
    "GetInstalledCertificateStatusEnum",
    "GetVariableStatusEnum",
    "HashAlgorithmEnum",
    "IdTokenEnum",
    "InstallCertificateStatusEnum",
    "InstallCertificateUseEnum",
    "Iso15118EVCertificateStatusEnum",
    "LocationEnum",
    "LogEnum",
    "LogStatusEnum",
    "MeasurandEnum",
    "MessageFormatEnum",
    "MessagePriorityEnum",
    "MessageStateEnum",
    "MessageTriggerEnum",
    "MonitorEnum",
    "MonitoringBaseEnum",
    "MonitoringCriterionEnum",
    "MutabilityEnum",
    "NotifyEVChargingNeedsStatusEnum",
    "OCPPInterfaceEnum",
    "OCPPTransportEnum",
    "OCPPVersionEnum",
    "OperationalStatusEnum",
    "PhaseEnum",
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
    """OCPP 2.0.1 enumeration ``APNAuthenticationEnumType``."""

    CHAP = "CHAP"
    NONE = "NONE"
    PAP = "PAP"
    AUTO = "AUTO"


class AttributeEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``AttributeEnumType``."""

    ACTUAL = "Actual"
    TARGET = "Target"
    MIN_SET = "MinSet"
    MAX_SET = "MaxSet"


class AuthorizationStatusEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``AuthorizationStatusEnumType``."""

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
    """OCPP 2.0.1 enumeration ``AuthorizeCertificateStatusEnumType``."""

    ACCEPTED = "Accepted"
    SIGNATURE_ERROR = "SignatureError"
    CERTIFICATE_EXPIRED = "CertificateExpired"
    CERTIFICATE_REVOKED = "CertificateRevoked"
    NO_CERTIFICATE_AVAILABLE = "NoCertificateAvailable"
    CERT_CHAIN_ERROR = "CertChainError"
    CONTRACT_CANCELLED = "ContractCancelled"


class BootReasonEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``BootReasonEnumType``."""

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
    """OCPP 2.0.1 enumeration ``CancelReservationStatusEnumType``."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"


class CertificateActionEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``CertificateActionEnumType``."""

    INSTALL = "Install"
    UPDATE = "Update"


class CertificateSignedStatusEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``CertificateSignedStatusEnumType``."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"


class CertificateSigningUseEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``CertificateSigningUseEnumType``."""

    CHARGING_STATION_CERTIFICATE = "ChargingStationCertificate"
    V2G_CERTIFICATE = "V2GCertificate"


class ChangeAvailabilityStatusEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``ChangeAvailabilityStatusEnumType``."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    SCHEDULED = "Scheduled"


class ChargingLimitSourceEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``ChargingLimitSourceEnumType``."""

    EMS = "EMS"
    OTHER = "Other"
    SO = "SO"
    CSO = "CSO"


class ChargingProfileKindEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``ChargingProfileKindEnumType``."""

    ABSOLUTE = "Absolute"
    RECURRING = "Recurring"
    RELATIVE = "Relative"


class ChargingProfilePurposeEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``ChargingProfilePurposeEnumType``."""

    CHARGING_STATION_EXTERNAL_CONSTRAINTS = "ChargingStationExternalConstraints"
    CHARGING_STATION_MAX_PROFILE = "ChargingStationMaxProfile"
    TX_DEFAULT_PROFILE = "TxDefaultProfile"
    TX_PROFILE = "TxProfile"


class ChargingProfileStatusEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``ChargingProfileStatusEnumType``."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"


class ChargingRateUnitEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``ChargingRateUnitEnumType``."""

    W = "W"
    A = "A"


class ChargingStateEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``ChargingStateEnumType``."""

    CHARGING = "Charging"
    EV_CONNECTED = "EVConnected"
    SUSPENDED_EV = "SuspendedEV"
    SUSPENDED_EVSE = "SuspendedEVSE"
    IDLE = "Idle"


class ClearCacheStatusEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``ClearCacheStatusEnumType``."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"


class ClearChargingProfileStatusEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``ClearChargingProfileStatusEnumType``."""

    ACCEPTED = "Accepted"
    UNKNOWN = "Unknown"


class ClearMessageStatusEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``ClearMessageStatusEnumType``."""

    ACCEPTED = "Accepted"
    UNKNOWN = "Unknown"


class ClearMonitoringStatusEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``ClearMonitoringStatusEnumType``."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    NOT_FOUND = "NotFound"


class ComponentCriterionEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``ComponentCriterionEnumType``."""

    ACTIVE = "Active"
    AVAILABLE = "Available"
    ENABLED = "Enabled"
    PROBLEM = "Problem"


class ConnectorEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``ConnectorEnumType``."""

    CCCS1 = "cCCS1"
    CCCS2 = "cCCS2"
    CG105 = "cG105"
    C_TESLA = "cTesla"
    C_TYPE1 = "cType1"
    C_TYPE2 = "cType2"
    S309_1P_16A = "s309-1P-16A"
    S309_1P_32A = "s309-1P-32A"
    S309_3P_16A = "s309-3P-16A"
    S309_3P_32A = "s309-3P-32A"
    SBS1361 = "sBS1361"
    SCEE_7_7 = "sCEE-7-7"
    S_TYPE2 = "sType2"
    S_TYPE3 = "sType3"
    OTHER1_PH_MAX16A = "Other1PhMax16A"
    OTHER1_PH_OVER16A = "Other1PhOver16A"
    OTHER3_PH = "Other3Ph"
    PAN = "Pan"
    W_INDUCTIVE = "wInductive"
    W_RESONANT = "wResonant"
    UNDETERMINED = "Undetermined"
    UNKNOWN = "Unknown"


class ConnectorStatusEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``ConnectorStatusEnumType``."""

    AVAILABLE = "Available"
    OCCUPIED = "Occupied"
    RESERVED = "Reserved"
    UNAVAILABLE = "Unavailable"
    FAULTED = "Faulted"


class CostKindEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``CostKindEnumType``."""

    CARBON_DIOXIDE_EMISSION = "CarbonDioxideEmission"
    RELATIVE_PRICE_PERCENTAGE = "RelativePricePercentage"
    RENEWABLE_GENERATION_PERCENTAGE = "RenewableGenerationPercentage"


class CustomerInformationStatusEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``CustomerInformationStatusEnumType``."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    INVALID = "Invalid"


class DataEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``DataEnumType``."""

    STRING = "string"
    DECIMAL = "decimal"
    INTEGER = "integer"
    DATE_TIME = "dateTime"
    BOOLEAN = "boolean"
    OPTION_LIST = "OptionList"
    SEQUENCE_LIST = "SequenceList"
    MEMBER_LIST = "MemberList"


class DataTransferStatusEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``DataTransferStatusEnumType``."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    UNKNOWN_MESSAGE_ID = "UnknownMessageId"
    UNKNOWN_VENDOR_ID = "UnknownVendorId"


class DeleteCertificateStatusEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``DeleteCertificateStatusEnumType``."""

    ACCEPTED = "Accepted"
    FAILED = "Failed"
    NOT_FOUND = "NotFound"


class DisplayMessageStatusEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``DisplayMessageStatusEnumType``."""

    ACCEPTED = "Accepted"
    NOT_SUPPORTED_MESSAGE_FORMAT = "NotSupportedMessageFormat"
    REJECTED = "Rejected"
    NOT_SUPPORTED_PRIORITY = "NotSupportedPriority"
    NOT_SUPPORTED_STATE = "NotSupportedState"
    UNKNOWN_TRANSACTION = "UnknownTransaction"


class EnergyTransferModeEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``EnergyTransferModeEnumType``."""

    DC = "DC"
    AC_SINGLE_PHASE = "AC_single_phase"
    AC_TWO_PHASE = "AC_two_phase"
    AC_THREE_PHASE = "AC_three_phase"


class EventNotificationEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``EventNotificationEnumType``."""

    HARD_WIRED_NOTIFICATION = "HardWiredNotification"
    HARD_WIRED_MONITOR = "HardWiredMonitor"
    PRECONFIGURED_MONITOR = "PreconfiguredMonitor"
    CUSTOM_MONITOR = "CustomMonitor"


class EventTriggerEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``EventTriggerEnumType``."""

    ALERTING = "Alerting"
    DELTA = "Delta"
    PERIODIC = "Periodic"


class FirmwareStatusEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``FirmwareStatusEnumType``."""

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
    """OCPP 2.0.1 enumeration ``GenericDeviceModelStatusEnumType``."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    NOT_SUPPORTED = "NotSupported"
    EMPTY_RESULT_SET = "EmptyResultSet"


class GenericStatusEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``GenericStatusEnumType``."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"


class GetCertificateIdUseEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``GetCertificateIdUseEnumType``."""

    V2G_ROOT_CERTIFICATE = "V2GRootCertificate"
    MO_ROOT_CERTIFICATE = "MORootCertificate"
    CSMS_ROOT_CERTIFICATE = "CSMSRootCertificate"
    V2G_CERTIFICATE_CHAIN = "V2GCertificateChain"
    MANUFACTURER_ROOT_CERTIFICATE = "ManufacturerRootCertificate"


class GetCertificateStatusEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``GetCertificateStatusEnumType``."""

    ACCEPTED = "Accepted"
    FAILED = "Failed"


class GetChargingProfileStatusEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``GetChargingProfileStatusEnumType``."""

    ACCEPTED = "Accepted"
    NO_PROFILES = "NoProfiles"


class GetDisplayMessagesStatusEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``GetDisplayMessagesStatusEnumType``."""

    ACCEPTED = "Accepted"
    UNKNOWN = "Unknown"


class GetInstalledCertificateStatusEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``GetInstalledCertificateStatusEnumType``."""

    ACCEPTED = "Accepted"
    NOT_FOUND = "NotFound"


class GetVariableStatusEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``GetVariableStatusEnumType``."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    UNKNOWN_COMPONENT = "UnknownComponent"
    UNKNOWN_VARIABLE = "UnknownVariable"
    NOT_SUPPORTED_ATTRIBUTE_TYPE = "NotSupportedAttributeType"


class HashAlgorithmEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``HashAlgorithmEnumType``."""

    SHA256 = "SHA256"
    SHA384 = "SHA384"
    SHA512 = "SHA512"


class IdTokenEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``IdTokenEnumType``."""

    CENTRAL = "Central"
    EMAID = "eMAID"
    ISO14443 = "ISO14443"
    ISO15693 = "ISO15693"
    KEY_CODE = "KeyCode"
    LOCAL = "Local"
    MAC_ADDRESS = "MacAddress"
    NO_AUTHORIZATION = "NoAuthorization"


class InstallCertificateStatusEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``InstallCertificateStatusEnumType``."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    FAILED = "Failed"


class InstallCertificateUseEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``InstallCertificateUseEnumType``."""

    V2G_ROOT_CERTIFICATE = "V2GRootCertificate"
    MO_ROOT_CERTIFICATE = "MORootCertificate"
    CSMS_ROOT_CERTIFICATE = "CSMSRootCertificate"
    MANUFACTURER_ROOT_CERTIFICATE = "ManufacturerRootCertificate"


class Iso15118EVCertificateStatusEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``Iso15118EVCertificateStatusEnumType``."""

    ACCEPTED = "Accepted"
    FAILED = "Failed"


class LocationEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``LocationEnumType``."""

    BODY = "Body"
    CABLE = "Cable"
    EV = "EV"
    INLET = "Inlet"
    OUTLET = "Outlet"


class LogEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``LogEnumType``."""

    DIAGNOSTICS_LOG = "DiagnosticsLog"
    SECURITY_LOG = "SecurityLog"


class LogStatusEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``LogStatusEnumType``."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    ACCEPTED_CANCELED = "AcceptedCanceled"


class MeasurandEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``MeasurandEnumType``."""

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


class MessageFormatEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``MessageFormatEnumType``."""

    ASCII = "ASCII"
    HTML = "HTML"
    URI = "URI"
    UTF8 = "UTF8"


class MessagePriorityEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``MessagePriorityEnumType``."""

    ALWAYS_FRONT = "AlwaysFront"
    IN_FRONT = "InFront"
    NORMAL_CYCLE = "NormalCycle"


class MessageStateEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``MessageStateEnumType``."""

    CHARGING = "Charging"
    FAULTED = "Faulted"
    IDLE = "Idle"
    UNAVAILABLE = "Unavailable"


class MessageTriggerEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``MessageTriggerEnumType``."""

    BOOT_NOTIFICATION = "BootNotification"
    LOG_STATUS_NOTIFICATION = "LogStatusNotification"
    FIRMWARE_STATUS_NOTIFICATION = "FirmwareStatusNotification"
    HEARTBEAT = "Heartbeat"
    METER_VALUES = "MeterValues"
    SIGN_CHARGING_STATION_CERTIFICATE = "SignChargingStationCertificate"
    SIGN_V2G_CERTIFICATE = "SignV2GCertificate"
    STATUS_NOTIFICATION = "StatusNotification"
    TRANSACTION_EVENT = "TransactionEvent"
    SIGN_COMBINED_CERTIFICATE = "SignCombinedCertificate"
    PUBLISH_FIRMWARE_STATUS_NOTIFICATION = "PublishFirmwareStatusNotification"


class MonitorEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``MonitorEnumType``."""

    UPPER_THRESHOLD = "UpperThreshold"
    LOWER_THRESHOLD = "LowerThreshold"
    DELTA = "Delta"
    PERIODIC = "Periodic"
    PERIODIC_CLOCK_ALIGNED = "PeriodicClockAligned"


class MonitoringBaseEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``MonitoringBaseEnumType``."""

    ALL = "All"
    FACTORY_DEFAULT = "FactoryDefault"
    HARD_WIRED_ONLY = "HardWiredOnly"


class MonitoringCriterionEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``MonitoringCriterionEnumType``."""

    THRESHOLD_MONITORING = "ThresholdMonitoring"
    DELTA_MONITORING = "DeltaMonitoring"
    PERIODIC_MONITORING = "PeriodicMonitoring"


class MutabilityEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``MutabilityEnumType``."""

    READ_ONLY = "ReadOnly"
    WRITE_ONLY = "WriteOnly"
    READ_WRITE = "ReadWrite"


class NotifyEVChargingNeedsStatusEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``NotifyEVChargingNeedsStatusEnumType``."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    PROCESSING = "Processing"


class OCPPInterfaceEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``OCPPInterfaceEnumType``."""

    WIRED0 = "Wired0"
    WIRED1 = "Wired1"
    WIRED2 = "Wired2"
    WIRED3 = "Wired3"
    WIRELESS0 = "Wireless0"
    WIRELESS1 = "Wireless1"
    WIRELESS2 = "Wireless2"
    WIRELESS3 = "Wireless3"


class OCPPTransportEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``OCPPTransportEnumType``."""

    JSON = "JSON"
    SOAP = "SOAP"


class OCPPVersionEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``OCPPVersionEnumType``."""

    OCPP12 = "OCPP12"
    OCPP15 = "OCPP15"
    OCPP16 = "OCPP16"
    OCPP20 = "OCPP20"


class OperationalStatusEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``OperationalStatusEnumType``."""

    INOPERATIVE = "Inoperative"
    OPERATIVE = "Operative"


class PhaseEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``PhaseEnumType``."""

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


class PublishFirmwareStatusEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``PublishFirmwareStatusEnumType``."""

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
    """OCPP 2.0.1 enumeration ``ReadingContextEnumType``."""

    INTERRUPTION_BEGIN = "Interruption.Begin"
    INTERRUPTION_END = "Interruption.End"
    OTHER = "Other"
    SAMPLE_CLOCK = "Sample.Clock"
    SAMPLE_PERIODIC = "Sample.Periodic"
    TRANSACTION_BEGIN = "Transaction.Begin"
    TRANSACTION_END = "Transaction.End"
    TRIGGER = "Trigger"


class ReasonEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``ReasonEnumType``."""

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
    STOPPED_BYEV = "StoppedByEV"
    TIME_LIMIT_REACHED = "TimeLimitReached"
    TIMEOUT = "Timeout"


class RecurrencyKindEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``RecurrencyKindEnumType``."""

    DAILY = "Daily"
    WEEKLY = "Weekly"


class RegistrationStatusEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``RegistrationStatusEnumType``."""

    ACCEPTED = "Accepted"
    PENDING = "Pending"
    REJECTED = "Rejected"


class ReportBaseEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``ReportBaseEnumType``."""

    CONFIGURATION_INVENTORY = "ConfigurationInventory"
    FULL_INVENTORY = "FullInventory"
    SUMMARY_INVENTORY = "SummaryInventory"


class RequestStartStopStatusEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``RequestStartStopStatusEnumType``."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"


class ReservationUpdateStatusEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``ReservationUpdateStatusEnumType``."""

    EXPIRED = "Expired"
    REMOVED = "Removed"


class ReserveNowStatusEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``ReserveNowStatusEnumType``."""

    ACCEPTED = "Accepted"
    FAULTED = "Faulted"
    OCCUPIED = "Occupied"
    REJECTED = "Rejected"
    UNAVAILABLE = "Unavailable"


class ResetEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``ResetEnumType``."""

    IMMEDIATE = "Immediate"
    ON_IDLE = "OnIdle"


class ResetStatusEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``ResetStatusEnumType``."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    SCHEDULED = "Scheduled"


class SendLocalListStatusEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``SendLocalListStatusEnumType``."""

    ACCEPTED = "Accepted"
    FAILED = "Failed"
    VERSION_MISMATCH = "VersionMismatch"


class SetMonitoringStatusEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``SetMonitoringStatusEnumType``."""

    ACCEPTED = "Accepted"
    UNKNOWN_COMPONENT = "UnknownComponent"
    UNKNOWN_VARIABLE = "UnknownVariable"
    UNSUPPORTED_MONITOR_TYPE = "UnsupportedMonitorType"
    REJECTED = "Rejected"
    DUPLICATE = "Duplicate"


class SetNetworkProfileStatusEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``SetNetworkProfileStatusEnumType``."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    FAILED = "Failed"


class SetVariableStatusEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``SetVariableStatusEnumType``."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    UNKNOWN_COMPONENT = "UnknownComponent"
    UNKNOWN_VARIABLE = "UnknownVariable"
    NOT_SUPPORTED_ATTRIBUTE_TYPE = "NotSupportedAttributeType"
    REBOOT_REQUIRED = "RebootRequired"


class TransactionEventEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``TransactionEventEnumType``."""

    ENDED = "Ended"
    STARTED = "Started"
    UPDATED = "Updated"


class TriggerMessageStatusEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``TriggerMessageStatusEnumType``."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    NOT_IMPLEMENTED = "NotImplemented"


class TriggerReasonEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``TriggerReasonEnumType``."""

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


class UnlockStatusEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``UnlockStatusEnumType``."""

    UNLOCKED = "Unlocked"
    UNLOCK_FAILED = "UnlockFailed"
    ONGOING_AUTHORIZED_TRANSACTION = "OngoingAuthorizedTransaction"
    UNKNOWN_CONNECTOR = "UnknownConnector"


class UnpublishFirmwareStatusEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``UnpublishFirmwareStatusEnumType``."""

    DOWNLOAD_ONGOING = "DownloadOngoing"
    NO_FIRMWARE = "NoFirmware"
    UNPUBLISHED = "Unpublished"


class UpdateEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``UpdateEnumType``."""

    DIFFERENTIAL = "Differential"
    FULL = "Full"


class UpdateFirmwareStatusEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``UpdateFirmwareStatusEnumType``."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    ACCEPTED_CANCELED = "AcceptedCanceled"
    INVALID_CERTIFICATE = "InvalidCertificate"
    REVOKED_CERTIFICATE = "RevokedCertificate"


class UploadLogStatusEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``UploadLogStatusEnumType``."""

    BAD_MESSAGE = "BadMessage"
    IDLE = "Idle"
    NOT_SUPPORTED_OPERATION = "NotSupportedOperation"
    PERMISSION_DENIED = "PermissionDenied"
    UPLOADED = "Uploaded"
    UPLOAD_FAILURE = "UploadFailure"
    UPLOADING = "Uploading"
    ACCEPTED_CANCELED = "AcceptedCanceled"


class VPNEnum(OcppEnum):
    """OCPP 2.0.1 enumeration ``VPNEnumType``."""

    IKEV2 = "IKEv2"
    IP_SEC = "IPSec"
    L2TP = "L2TP"
    PPTP = "PPTP"
