"""Enumerations of OCPP 1.6, generated from the official JSON schemas.

Do not edit: written by ``python -m codegen generate`` from ``schemas/ocpp/1.6*/``
(combined sha256 of the original files: ``b9cdc26b37fa103c31dbd252ad66c9e3c8b5af4ed3a1611edf4d035a92ae5486``).
"""

from ocpkit._base import OcppEnum

__all__ = [
    "AuthorizationStatus",
    "AvailabilityStatus",
    "AvailabilityType",
    "CancelReservationStatus",
    "CertificateSignedStatusEnum",
    "CertificateUseEnum",
    "ChargePointErrorCode",
    "ChargePointStatus",
    "ChargingProfileKind",
    "ChargingProfilePurpose",
    "ChargingProfileStatus",
    "ChargingRateUnit",
    "ClearCacheStatus",
    "ClearChargingProfileStatus",
    "ConfigurationStatus",
    "DataTransferStatus",
    "DeleteCertificateStatusEnum",
    "DiagnosticsStatus",
    "FirmwareStatus",
    "FirmwareStatusEnum",
    "GenericStatusEnum",
    "GetCompositeScheduleStatus",
    "GetInstalledCertificateStatusEnum",
    "HashAlgorithmEnum",
    "InstallCertificateStatusEnum",
    "Location",
    "LogEnum",
    "LogStatusEnum",
    "Measurand",
    "MessageTrigger",
    "MessageTriggerEnum",
    "Phase",
    "ReadingContext",
    "Reason",
    "RecurrencyKind",
    "RegistrationStatus",
    "RemoteStartStopStatus",
    "ReservationStatus",
    "ResetStatus",
    "ResetType",
    "TriggerMessageStatus",
    "TriggerMessageStatusEnum",
    "UnitOfMeasure",
    "UnlockStatus",
    "UpdateFirmwareStatusEnum",
    "UpdateStatus",
    "UpdateType",
    "UploadLogStatusEnum",
    "ValueFormat",
]


class AuthorizationStatus(OcppEnum):
    """OCPP 1.6 enumeration."""

    ACCEPTED = "Accepted"
    BLOCKED = "Blocked"
    EXPIRED = "Expired"
    INVALID = "Invalid"
    CONCURRENT_TX = "ConcurrentTx"


class AvailabilityStatus(OcppEnum):
    """OCPP 1.6 enumeration."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    SCHEDULED = "Scheduled"


class AvailabilityType(OcppEnum):
    """OCPP 1.6 enumeration."""

    INOPERATIVE = "Inoperative"
    OPERATIVE = "Operative"


class CancelReservationStatus(OcppEnum):
    """OCPP 1.6 enumeration."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"


class CertificateSignedStatusEnum(OcppEnum):
    """OCPP 1.6 enumeration ``CertificateSignedStatusEnumType``."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"


class CertificateUseEnum(OcppEnum):
    """OCPP 1.6 enumeration ``CertificateUseEnumType``."""

    CENTRAL_SYSTEM_ROOT_CERTIFICATE = "CentralSystemRootCertificate"
    MANUFACTURER_ROOT_CERTIFICATE = "ManufacturerRootCertificate"


class ChargePointErrorCode(OcppEnum):
    """OCPP 1.6 enumeration."""

    CONNECTOR_LOCK_FAILURE = "ConnectorLockFailure"
    EV_COMMUNICATION_ERROR = "EVCommunicationError"
    GROUND_FAILURE = "GroundFailure"
    HIGH_TEMPERATURE = "HighTemperature"
    INTERNAL_ERROR = "InternalError"
    LOCAL_LIST_CONFLICT = "LocalListConflict"
    NO_ERROR = "NoError"
    OTHER_ERROR = "OtherError"
    OVER_CURRENT_FAILURE = "OverCurrentFailure"
    POWER_METER_FAILURE = "PowerMeterFailure"
    POWER_SWITCH_FAILURE = "PowerSwitchFailure"
    READER_FAILURE = "ReaderFailure"
    RESET_FAILURE = "ResetFailure"
    UNDER_VOLTAGE = "UnderVoltage"
    OVER_VOLTAGE = "OverVoltage"
    WEAK_SIGNAL = "WeakSignal"


class ChargePointStatus(OcppEnum):
    """OCPP 1.6 enumeration."""

    AVAILABLE = "Available"
    PREPARING = "Preparing"
    CHARGING = "Charging"
    SUSPENDED_EVSE = "SuspendedEVSE"
    SUSPENDED_EV = "SuspendedEV"
    FINISHING = "Finishing"
    RESERVED = "Reserved"
    UNAVAILABLE = "Unavailable"
    FAULTED = "Faulted"


class ChargingProfileKind(OcppEnum):
    """OCPP 1.6 enumeration."""

    ABSOLUTE = "Absolute"
    RECURRING = "Recurring"
    RELATIVE = "Relative"


class ChargingProfilePurpose(OcppEnum):
    """OCPP 1.6 enumeration."""

    CHARGE_POINT_MAX_PROFILE = "ChargePointMaxProfile"
    TX_DEFAULT_PROFILE = "TxDefaultProfile"
    TX_PROFILE = "TxProfile"


class ChargingProfileStatus(OcppEnum):
    """OCPP 1.6 enumeration."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    NOT_SUPPORTED = "NotSupported"


class ChargingRateUnit(OcppEnum):
    """OCPP 1.6 enumeration."""

    A = "A"
    W = "W"


class ClearCacheStatus(OcppEnum):
    """OCPP 1.6 enumeration."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"


class ClearChargingProfileStatus(OcppEnum):
    """OCPP 1.6 enumeration."""

    ACCEPTED = "Accepted"
    UNKNOWN = "Unknown"


class ConfigurationStatus(OcppEnum):
    """OCPP 1.6 enumeration."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    REBOOT_REQUIRED = "RebootRequired"
    NOT_SUPPORTED = "NotSupported"


class DataTransferStatus(OcppEnum):
    """OCPP 1.6 enumeration."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    UNKNOWN_MESSAGE_ID = "UnknownMessageId"
    UNKNOWN_VENDOR_ID = "UnknownVendorId"


class DeleteCertificateStatusEnum(OcppEnum):
    """OCPP 1.6 enumeration ``DeleteCertificateStatusEnumType``."""

    ACCEPTED = "Accepted"
    FAILED = "Failed"
    NOT_FOUND = "NotFound"


class DiagnosticsStatus(OcppEnum):
    """OCPP 1.6 enumeration."""

    IDLE = "Idle"
    UPLOADED = "Uploaded"
    UPLOAD_FAILED = "UploadFailed"
    UPLOADING = "Uploading"


class FirmwareStatus(OcppEnum):
    """OCPP 1.6 enumeration."""

    DOWNLOADED = "Downloaded"
    DOWNLOAD_FAILED = "DownloadFailed"
    DOWNLOADING = "Downloading"
    IDLE = "Idle"
    INSTALLATION_FAILED = "InstallationFailed"
    INSTALLING = "Installing"
    INSTALLED = "Installed"


class FirmwareStatusEnum(OcppEnum):
    """OCPP 1.6 enumeration ``FirmwareStatusEnumType``."""

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


class GenericStatusEnum(OcppEnum):
    """OCPP 1.6 enumeration ``GenericStatusEnumType``."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"


class GetCompositeScheduleStatus(OcppEnum):
    """OCPP 1.6 enumeration."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"


class GetInstalledCertificateStatusEnum(OcppEnum):
    """OCPP 1.6 enumeration ``GetInstalledCertificateStatusEnumType``."""

    ACCEPTED = "Accepted"
    NOT_FOUND = "NotFound"


class HashAlgorithmEnum(OcppEnum):
    """OCPP 1.6 enumeration ``HashAlgorithmEnumType``."""

    SHA256 = "SHA256"
    SHA384 = "SHA384"
    SHA512 = "SHA512"


class InstallCertificateStatusEnum(OcppEnum):
    """OCPP 1.6 enumeration ``InstallCertificateStatusEnumType``."""

    ACCEPTED = "Accepted"
    FAILED = "Failed"
    REJECTED = "Rejected"


class Location(OcppEnum):
    """OCPP 1.6 enumeration."""

    CABLE = "Cable"
    EV = "EV"
    INLET = "Inlet"
    OUTLET = "Outlet"
    BODY = "Body"


class LogEnum(OcppEnum):
    """OCPP 1.6 enumeration ``LogEnumType``."""

    DIAGNOSTICS_LOG = "DiagnosticsLog"
    SECURITY_LOG = "SecurityLog"


class LogStatusEnum(OcppEnum):
    """OCPP 1.6 enumeration ``LogStatusEnumType``."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    ACCEPTED_CANCELED = "AcceptedCanceled"


class Measurand(OcppEnum):
    """OCPP 1.6 enumeration."""

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


class MessageTrigger(OcppEnum):
    """OCPP 1.6 enumeration."""

    BOOT_NOTIFICATION = "BootNotification"
    DIAGNOSTICS_STATUS_NOTIFICATION = "DiagnosticsStatusNotification"
    FIRMWARE_STATUS_NOTIFICATION = "FirmwareStatusNotification"
    HEARTBEAT = "Heartbeat"
    METER_VALUES = "MeterValues"
    STATUS_NOTIFICATION = "StatusNotification"


class MessageTriggerEnum(OcppEnum):
    """OCPP 1.6 enumeration ``MessageTriggerEnumType``."""

    BOOT_NOTIFICATION = "BootNotification"
    LOG_STATUS_NOTIFICATION = "LogStatusNotification"
    FIRMWARE_STATUS_NOTIFICATION = "FirmwareStatusNotification"
    HEARTBEAT = "Heartbeat"
    METER_VALUES = "MeterValues"
    SIGN_CHARGE_POINT_CERTIFICATE = "SignChargePointCertificate"
    STATUS_NOTIFICATION = "StatusNotification"


class Phase(OcppEnum):
    """OCPP 1.6 enumeration."""

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


class ReadingContext(OcppEnum):
    """OCPP 1.6 enumeration."""

    INTERRUPTION_BEGIN = "Interruption.Begin"
    INTERRUPTION_END = "Interruption.End"
    SAMPLE_CLOCK = "Sample.Clock"
    SAMPLE_PERIODIC = "Sample.Periodic"
    TRANSACTION_BEGIN = "Transaction.Begin"
    TRANSACTION_END = "Transaction.End"
    TRIGGER = "Trigger"
    OTHER = "Other"


class Reason(OcppEnum):
    """OCPP 1.6 enumeration."""

    EMERGENCY_STOP = "EmergencyStop"
    EV_DISCONNECTED = "EVDisconnected"
    HARD_RESET = "HardReset"
    LOCAL = "Local"
    OTHER = "Other"
    POWER_LOSS = "PowerLoss"
    REBOOT = "Reboot"
    REMOTE = "Remote"
    SOFT_RESET = "SoftReset"
    UNLOCK_COMMAND = "UnlockCommand"
    DE_AUTHORIZED = "DeAuthorized"


class RecurrencyKind(OcppEnum):
    """OCPP 1.6 enumeration."""

    DAILY = "Daily"
    WEEKLY = "Weekly"


class RegistrationStatus(OcppEnum):
    """OCPP 1.6 enumeration."""

    ACCEPTED = "Accepted"
    PENDING = "Pending"
    REJECTED = "Rejected"


class RemoteStartStopStatus(OcppEnum):
    """OCPP 1.6 enumeration."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"


class ReservationStatus(OcppEnum):
    """OCPP 1.6 enumeration."""

    ACCEPTED = "Accepted"
    FAULTED = "Faulted"
    OCCUPIED = "Occupied"
    REJECTED = "Rejected"
    UNAVAILABLE = "Unavailable"


class ResetStatus(OcppEnum):
    """OCPP 1.6 enumeration."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"


class ResetType(OcppEnum):
    """OCPP 1.6 enumeration."""

    HARD = "Hard"
    SOFT = "Soft"


class TriggerMessageStatus(OcppEnum):
    """OCPP 1.6 enumeration."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    NOT_IMPLEMENTED = "NotImplemented"


class TriggerMessageStatusEnum(OcppEnum):
    """OCPP 1.6 enumeration ``TriggerMessageStatusEnumType``."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    NOT_IMPLEMENTED = "NotImplemented"


class UnitOfMeasure(OcppEnum):
    """OCPP 1.6 enumeration."""

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


class UnlockStatus(OcppEnum):
    """OCPP 1.6 enumeration."""

    UNLOCKED = "Unlocked"
    UNLOCK_FAILED = "UnlockFailed"
    NOT_SUPPORTED = "NotSupported"


class UpdateFirmwareStatusEnum(OcppEnum):
    """OCPP 1.6 enumeration ``UpdateFirmwareStatusEnumType``."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    ACCEPTED_CANCELED = "AcceptedCanceled"
    INVALID_CERTIFICATE = "InvalidCertificate"
    REVOKED_CERTIFICATE = "RevokedCertificate"


class UpdateStatus(OcppEnum):
    """OCPP 1.6 enumeration."""

    ACCEPTED = "Accepted"
    FAILED = "Failed"
    NOT_SUPPORTED = "NotSupported"
    VERSION_MISMATCH = "VersionMismatch"


class UpdateType(OcppEnum):
    """OCPP 1.6 enumeration."""

    DIFFERENTIAL = "Differential"
    FULL = "Full"


class UploadLogStatusEnum(OcppEnum):
    """OCPP 1.6 enumeration ``UploadLogStatusEnumType``."""

    BAD_MESSAGE = "BadMessage"
    IDLE = "Idle"
    NOT_SUPPORTED_OPERATION = "NotSupportedOperation"
    PERMISSION_DENIED = "PermissionDenied"
    UPLOADED = "Uploaded"
    UPLOAD_FAILURE = "UploadFailure"
    UPLOADING = "Uploading"


class ValueFormat(OcppEnum):
    """OCPP 1.6 enumeration."""

    RAW = "Raw"
    SIGNED_DATA = "SignedData"
