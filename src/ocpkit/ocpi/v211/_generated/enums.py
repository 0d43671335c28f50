"""Enumerations of OCPI 2.1.1, generated from the OCPI definitions (the spec tables).

Do not edit: written by ``python -m codegen generate`` from ``schemas/ocpi/2.1.1.json``
(sha256 of the original: ``de4426bde276c1c687b99faec5aa1b05930b082ac2f824001732e19fcac21a46``;
github.com/ocpi/ocpi commit ``28ea45329a50c3dbfd790505b97860854db1d4a6``).

OCPI property names are snake_case already, so every Python field name is its wire name:
there are no aliases.
"""

from ocpkit._ocpi_base import OcpiEnum

__all__ = [
    "Allowed",
    "AuthMethod",
    "Capability",
    "CdrDimensionType",
    "CommandResponseType",
    "CommandType",
    "ConnectorFormat",
    "ConnectorType",
    "DayOfWeek",
    "EnergySourceCategory",
    "EnvironmentalImpactCategory",
    "Facility",
    "ImageCategory",
    "LocationType",
    "ModuleID",
    "ParkingRestriction",
    "PowerType",
    "SessionStatus",
    "Status",
    "TariffDimensionType",
    "TokenType",
    "VersionNumber",
    "WhitelistType",
]


class Allowed(OcpiEnum):
    """OCPI 2.1.1 enum ``Allowed``.

    Module ``tokens``; spec table ``mod_tokens.md:380``.
    """

    ALLOWED = "ALLOWED"
    BLOCKED = "BLOCKED"
    EXPIRED = "EXPIRED"
    NO_CREDIT = "NO_CREDIT"
    NOT_ALLOWED = "NOT_ALLOWED"


class AuthMethod(OcpiEnum):
    """OCPI 2.1.1 enum ``AuthMethod``.

    Module ``cdrs``; spec table ``mod_cdrs.md:320``.
    """

    AUTH_REQUEST = "AUTH_REQUEST"
    WHITELIST = "WHITELIST"


class Capability(OcpiEnum):
    """OCPI 2.1.1 enum ``Capability``.

    Module ``locations``; spec table ``mod_locations.md:624``.
    """

    CHARGING_PROFILE_CAPABLE = "CHARGING_PROFILE_CAPABLE"
    CREDIT_CARD_PAYABLE = "CREDIT_CARD_PAYABLE"
    REMOTE_START_STOP_CAPABLE = "REMOTE_START_STOP_CAPABLE"
    RESERVABLE = "RESERVABLE"
    RFID_READER = "RFID_READER"
    UNLOCK_CAPABLE = "UNLOCK_CAPABLE"


class CdrDimensionType(OcpiEnum):
    """OCPI 2.1.1 enum ``CdrDimensionType``.

    Module ``cdrs``; spec table ``mod_cdrs.md:341``.
    """

    ENERGY = "ENERGY"
    FLAT = "FLAT"
    MAX_CURRENT = "MAX_CURRENT"
    MIN_CURRENT = "MIN_CURRENT"
    PARKING_TIME = "PARKING_TIME"
    TIME = "TIME"


class CommandResponseType(OcpiEnum):
    """OCPI 2.1.1 enum ``CommandResponseType``.

    Module ``commands``; spec table ``mod_commands.md:295``.
    """

    NOT_SUPPORTED = "NOT_SUPPORTED"
    REJECTED = "REJECTED"
    ACCEPTED = "ACCEPTED"
    TIMEOUT = "TIMEOUT"
    UNKNOWN_SESSION = "UNKNOWN_SESSION"


class CommandType(OcpiEnum):
    """OCPI 2.1.1 enum ``CommandType``.

    Module ``commands``; spec table ``mod_commands.md:325``.
    """

    RESERVE_NOW = "RESERVE_NOW"
    START_SESSION = "START_SESSION"
    STOP_SESSION = "STOP_SESSION"
    UNLOCK_CONNECTOR = "UNLOCK_CONNECTOR"


class ConnectorFormat(OcpiEnum):
    """OCPI 2.1.1 enum ``ConnectorFormat``.

    Module ``locations``; spec table ``mod_locations.md:642``.
    """

    SOCKET = "SOCKET"
    CABLE = "CABLE"


class ConnectorType(OcpiEnum):
    """OCPI 2.1.1 enum ``ConnectorType``.

    Module ``locations``; spec table ``mod_locations.md:655``.
    """

    CHADEMO = "CHADEMO"
    DOMESTIC_A = "DOMESTIC_A"
    DOMESTIC_B = "DOMESTIC_B"
    DOMESTIC_C = "DOMESTIC_C"
    DOMESTIC_D = "DOMESTIC_D"
    DOMESTIC_E = "DOMESTIC_E"
    DOMESTIC_F = "DOMESTIC_F"
    DOMESTIC_G = "DOMESTIC_G"
    DOMESTIC_H = "DOMESTIC_H"
    DOMESTIC_I = "DOMESTIC_I"
    DOMESTIC_J = "DOMESTIC_J"
    DOMESTIC_K = "DOMESTIC_K"
    DOMESTIC_L = "DOMESTIC_L"
    IEC_60309_2_SINGLE_16 = "IEC_60309_2_single_16"
    IEC_60309_2_THREE_16 = "IEC_60309_2_three_16"
    IEC_60309_2_THREE_32 = "IEC_60309_2_three_32"
    IEC_60309_2_THREE_64 = "IEC_60309_2_three_64"
    IEC_62196_T1 = "IEC_62196_T1"
    IEC_62196_T1_COMBO = "IEC_62196_T1_COMBO"
    IEC_62196_T2 = "IEC_62196_T2"
    IEC_62196_T2_COMBO = "IEC_62196_T2_COMBO"
    IEC_62196_T3A = "IEC_62196_T3A"
    IEC_62196_T3C = "IEC_62196_T3C"
    TESLA_R = "TESLA_R"
    TESLA_S = "TESLA_S"


class DayOfWeek(OcpiEnum):
    """OCPI 2.1.1 enum ``DayOfWeek``.

    Module ``tariffs``; spec table ``mod_tariffs.md:449``.
    """

    MONDAY = "MONDAY"
    TUESDAY = "TUESDAY"
    WEDNESDAY = "WEDNESDAY"
    THURSDAY = "THURSDAY"
    FRIDAY = "FRIDAY"
    SATURDAY = "SATURDAY"
    SUNDAY = "SUNDAY"


class EnergySourceCategory(OcpiEnum):
    """OCPI 2.1.1 enum ``EnergySourceCategory``.

    Module ``locations``; spec table ``mod_locations.md:764``.
    """

    NUCLEAR = "NUCLEAR"
    GENERAL_FOSSIL = "GENERAL_FOSSIL"
    COAL = "COAL"
    GAS = "GAS"
    GENERAL_GREEN = "GENERAL_GREEN"
    SOLAR = "SOLAR"
    WIND = "WIND"
    WATER = "WATER"


class EnvironmentalImpactCategory(OcpiEnum):
    """OCPI 2.1.1 enum ``EnvironmentalImpactCategory``.

    Module ``locations``; spec table ``mod_locations.md:796``.
    """

    NUCLEAR_WASTE = "NUCLEAR_WASTE"
    CARBON_DIOXIDE = "CARBON_DIOXIDE"


class Facility(OcpiEnum):
    """OCPI 2.1.1 enum ``Facility``.

    Module ``locations``; spec table ``mod_locations.md:848``.
    """

    HOTEL = "HOTEL"
    RESTAURANT = "RESTAURANT"
    CAFE = "CAFE"
    MALL = "MALL"
    SUPERMARKET = "SUPERMARKET"
    SPORT = "SPORT"
    RECREATION_AREA = "RECREATION_AREA"
    NATURE = "NATURE"
    MUSEUM = "MUSEUM"
    BUS_STOP = "BUS_STOP"
    TAXI_STAND = "TAXI_STAND"
    TRAIN_STATION = "TRAIN_STATION"
    AIRPORT = "AIRPORT"
    CARPOOL_PARKING = "CARPOOL_PARKING"
    FUEL_STATION = "FUEL_STATION"
    WIFI = "WIFI"


class ImageCategory(OcpiEnum):
    """OCPI 2.1.1 enum ``ImageCategory``.

    Module ``locations``; spec table ``mod_locations.md:927``.
    """

    CHARGER = "CHARGER"
    ENTRANCE = "ENTRANCE"
    LOCATION = "LOCATION"
    NETWORK = "NETWORK"
    OPERATOR = "OPERATOR"
    OTHER = "OTHER"
    OWNER = "OWNER"


class LocationType(OcpiEnum):
    """OCPI 2.1.1 enum ``LocationType``.

    Module ``locations``; spec table ``mod_locations.md:946``.
    """

    ON_STREET = "ON_STREET"
    PARKING_GARAGE = "PARKING_GARAGE"
    UNDERGROUND_GARAGE = "UNDERGROUND_GARAGE"
    PARKING_LOT = "PARKING_LOT"
    OTHER = "OTHER"
    UNKNOWN = "UNKNOWN"


class ModuleID(OcpiEnum):
    """OCPI 2.1.1 open enum ``ModuleID``.

    Module ``versions``; spec table ``version_information_endpoint.md:107``.
    Fields of this type also take values not listed here, kept as ``str``.
    """

    CDRS = "cdrs"
    COMMANDS = "commands"
    CREDENTIALS = "credentials"
    LOCATIONS = "locations"
    SESSIONS = "sessions"
    TARIFFS = "tariffs"
    TOKENS = "tokens"


class ParkingRestriction(OcpiEnum):
    """OCPI 2.1.1 enum ``ParkingRestriction``.

    Module ``locations``; spec table ``mod_locations.md:964``.
    """

    EV_ONLY = "EV_ONLY"
    PLUGGED = "PLUGGED"
    DISABLED = "DISABLED"
    CUSTOMERS = "CUSTOMERS"
    MOTORCYCLES = "MOTORCYCLES"


class PowerType(OcpiEnum):
    """OCPI 2.1.1 enum ``PowerType``.

    Module ``locations``; spec table ``mod_locations.md:979``.
    """

    AC_1_PHASE = "AC_1_PHASE"
    AC_3_PHASE = "AC_3_PHASE"
    DC = "DC"


class SessionStatus(OcpiEnum):
    """OCPI 2.1.1 enum ``SessionStatus``.

    Module ``sessions``; spec table ``mod_sessions.md:420``.
    """

    ACTIVE = "ACTIVE"
    COMPLETED = "COMPLETED"
    INVALID = "INVALID"
    PENDING = "PENDING"


class Status(OcpiEnum):
    """OCPI 2.1.1 enum ``Status``.

    Module ``locations``; spec table ``mod_locations.md:1070``.
    """

    AVAILABLE = "AVAILABLE"
    BLOCKED = "BLOCKED"
    CHARGING = "CHARGING"
    INOPERATIVE = "INOPERATIVE"
    OUTOFORDER = "OUTOFORDER"
    PLANNED = "PLANNED"
    REMOVED = "REMOVED"
    RESERVED = "RESERVED"
    UNKNOWN = "UNKNOWN"


class TariffDimensionType(OcpiEnum):
    """OCPI 2.1.1 enum ``TariffDimensionType``.

    Module ``tariffs``; spec table ``mod_tariffs.md:492``.
    """

    ENERGY = "ENERGY"
    FLAT = "FLAT"
    PARKING_TIME = "PARKING_TIME"
    TIME = "TIME"


class TokenType(OcpiEnum):
    """OCPI 2.1.1 enum ``TokenType``.

    Module ``tokens``; spec table ``mod_tokens.md:408``.
    """

    OTHER = "OTHER"
    RFID = "RFID"


class VersionNumber(OcpiEnum):
    """OCPI 2.1.1 enum ``VersionNumber``.

    Module ``versions``; spec table ``version_information_endpoint.md:125``.
    """

    V2_0 = "2.0"
    V2_1 = "2.1"
    V2_1_1 = "2.1.1"


class WhitelistType(OcpiEnum):
    """OCPI 2.1.1 enum ``WhitelistType``.

    Module ``tokens``; spec table ``mod_tokens.md:421``.
    """

    ALWAYS = "ALWAYS"
    ALLOWED = "ALLOWED"
    ALLOWED_OFFLINE = "ALLOWED_OFFLINE"
    NEVER = "NEVER"
