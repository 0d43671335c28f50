"""Enumerations of OCPI 2.2.1, generated from the OCPI definitions (the spec tables).

Do not edit: written by ``python -m codegen generate`` from ``schemas/ocpi/2.2.1.json``
(sha256 of the original: ``921007ddc3cdb794b7abc05653f7262740ed0aeaedbbed1e4388309003c67c62``;
github.com/ocpi/ocpi commit ``ca8c04c5c8cc10ad1be2a82f61b19377d98e2a67``).

OCPI property names are snake_case already, so every Python field name is its wire name:
there are no aliases.
"""

from ocpkit._ocpi_base import OcpiEnum

__all__ = [
    "AllowedType",
    "AuthMethod",
    "Capability",
    "CdrDimensionType",
    "ChargingPreferencesResponse",
    "ChargingProfileResponseType",
    "ChargingProfileResultType",
    "ChargingRateUnit",
    "CommandResponseType",
    "CommandResultType",
    "CommandType",
    "ConnectionStatus",
    "ConnectorFormat",
    "ConnectorType",
    "DayOfWeek",
    "EnergySourceCategory",
    "EnvironmentalImpactCategory",
    "Facility",
    "ImageCategory",
    "InterfaceRole",
    "ModuleID",
    "ParkingRestriction",
    "ParkingType",
    "PowerType",
    "ProfileType",
    "ReservationRestrictionType",
    "Role",
    "SessionStatus",
    "Status",
    "TariffDimensionType",
    "TariffType",
    "TokenType",
    "VersionNumber",
    "WhitelistType",
]


class AllowedType(OcpiEnum):
    """OCPI 2.2.1 enum ``AllowedType``.

    Module ``tokens``; spec table ``mod_tokens.asciidoc#mod_tokens_allowed_enum``.
    """

    ALLOWED = "ALLOWED"
    BLOCKED = "BLOCKED"
    EXPIRED = "EXPIRED"
    NO_CREDIT = "NO_CREDIT"
    NOT_ALLOWED = "NOT_ALLOWED"


class AuthMethod(OcpiEnum):
    """OCPI 2.2.1 enum ``AuthMethod``.

    Module ``cdrs``; spec table ``mod_cdrs.asciidoc#mod_cdrs_authmethod_enum``.
    """

    AUTH_REQUEST = "AUTH_REQUEST"
    COMMAND = "COMMAND"
    WHITELIST = "WHITELIST"


class Capability(OcpiEnum):
    """OCPI 2.2.1 enum ``Capability``.

    Module ``locations``; spec table ``mod_locations.asciidoc#mod_locations_capability_enum``.
    """

    CHARGING_PROFILE_CAPABLE = "CHARGING_PROFILE_CAPABLE"
    CHARGING_PREFERENCES_CAPABLE = "CHARGING_PREFERENCES_CAPABLE"
    CHIP_CARD_SUPPORT = "CHIP_CARD_SUPPORT"
    CONTACTLESS_CARD_SUPPORT = "CONTACTLESS_CARD_SUPPORT"
    CREDIT_CARD_PAYABLE = "CREDIT_CARD_PAYABLE"
    DEBIT_CARD_PAYABLE = "DEBIT_CARD_PAYABLE"
    PED_TERMINAL = "PED_TERMINAL"
    REMOTE_START_STOP_CAPABLE = "REMOTE_START_STOP_CAPABLE"
    RESERVABLE = "RESERVABLE"
    RFID_READER = "RFID_READER"
    START_SESSION_CONNECTOR_REQUIRED = "START_SESSION_CONNECTOR_REQUIRED"
    TOKEN_GROUP_CAPABLE = "TOKEN_GROUP_CAPABLE"
    UNLOCK_CAPABLE = "UNLOCK_CAPABLE"


class CdrDimensionType(OcpiEnum):
    """OCPI 2.2.1 enum ``CdrDimensionType``.

    Module ``cdrs``; spec table ``mod_cdrs.asciidoc#mod_cdrs_cdrdimensiontype_enum``.
    """

    CURRENT = "CURRENT"
    ENERGY = "ENERGY"
    ENERGY_EXPORT = "ENERGY_EXPORT"
    ENERGY_IMPORT = "ENERGY_IMPORT"
    MAX_CURRENT = "MAX_CURRENT"
    MIN_CURRENT = "MIN_CURRENT"
    MAX_POWER = "MAX_POWER"
    MIN_POWER = "MIN_POWER"
    PARKING_TIME = "PARKING_TIME"
    POWER = "POWER"
    RESERVATION_TIME = "RESERVATION_TIME"
    STATE_OF_CHARGE = "STATE_OF_CHARGE"
    TIME = "TIME"


class ChargingPreferencesResponse(OcpiEnum):
    """OCPI 2.2.1 enum ``ChargingPreferencesResponse``.

    Module ``sessions``; spec table ``mod_sessions.asciidoc#mod_sessions_charging_preferences_response_enum``.
    """

    ACCEPTED = "ACCEPTED"
    DEPARTURE_REQUIRED = "DEPARTURE_REQUIRED"
    ENERGY_NEED_REQUIRED = "ENERGY_NEED_REQUIRED"
    NOT_POSSIBLE = "NOT_POSSIBLE"
    PROFILE_TYPE_NOT_SUPPORTED = "PROFILE_TYPE_NOT_SUPPORTED"


class ChargingProfileResponseType(OcpiEnum):
    """OCPI 2.2.1 enum ``ChargingProfileResponseType``.

    Module ``chargingprofiles``; spec table ``mod_charging_profiles.asciidoc#mod_charging_profiles_responsetype_enum``.
    """

    ACCEPTED = "ACCEPTED"
    NOT_SUPPORTED = "NOT_SUPPORTED"
    REJECTED = "REJECTED"
    TOO_OFTEN = "TOO_OFTEN"
    UNKNOWN_SESSION = "UNKNOWN_SESSION"


class ChargingProfileResultType(OcpiEnum):
    """OCPI 2.2.1 enum ``ChargingProfileResultType``.

    Module ``chargingprofiles``; spec table ``mod_charging_profiles.asciidoc#mod_charging_profiles_resulttype_enum``.
    """

    ACCEPTED = "ACCEPTED"
    REJECTED = "REJECTED"
    UNKNOWN = "UNKNOWN"


class ChargingRateUnit(OcpiEnum):
    """OCPI 2.2.1 enum ``ChargingRateUnit``.

    Module ``chargingprofiles``; spec table ``mod_charging_profiles.asciidoc#mod_charging_profiles_chargingrateunit``.
    """

    W = "W"
    A = "A"


class CommandResponseType(OcpiEnum):
    """OCPI 2.2.1 enum ``CommandResponseType``.

    Module ``commands``; spec table ``mod_commands.asciidoc#mod_commands_commandresponsetype_enum``.
    """

    NOT_SUPPORTED = "NOT_SUPPORTED"
    REJECTED = "REJECTED"
    ACCEPTED = "ACCEPTED"
    UNKNOWN_SESSION = "UNKNOWN_SESSION"


class CommandResultType(OcpiEnum):
    """OCPI 2.2.1 enum ``CommandResultType``.

    Module ``commands``; spec table ``mod_commands.asciidoc#mod_commands_commandresulttype_enum``.
    """

    ACCEPTED = "ACCEPTED"
    CANCELED_RESERVATION = "CANCELED_RESERVATION"
    EVSE_OCCUPIED = "EVSE_OCCUPIED"
    EVSE_INOPERATIVE = "EVSE_INOPERATIVE"
    FAILED = "FAILED"
    NOT_SUPPORTED = "NOT_SUPPORTED"
    REJECTED = "REJECTED"
    TIMEOUT = "TIMEOUT"
    UNKNOWN_RESERVATION = "UNKNOWN_RESERVATION"


class CommandType(OcpiEnum):
    """OCPI 2.2.1 enum ``CommandType``.

    Module ``commands``; spec table ``mod_commands.asciidoc#mod_commands_commandtype_enum``.
    """

    CANCEL_RESERVATION = "CANCEL_RESERVATION"
    RESERVE_NOW = "RESERVE_NOW"
    START_SESSION = "START_SESSION"
    STOP_SESSION = "STOP_SESSION"
    UNLOCK_CONNECTOR = "UNLOCK_CONNECTOR"


class ConnectionStatus(OcpiEnum):
    """OCPI 2.2.1 enum ``ConnectionStatus``.

    Module ``hubclientinfo``; spec table ``mod_hub_client_info.asciidoc#mod_hub_client_info_hub_connection_type_enum``.
    """

    CONNECTED = "CONNECTED"
    OFFLINE = "OFFLINE"
    PLANNED = "PLANNED"
    SUSPENDED = "SUSPENDED"


class ConnectorFormat(OcpiEnum):
    """OCPI 2.2.1 enum ``ConnectorFormat``.

    Module ``locations``; spec table ``mod_locations.asciidoc#mod_locations_connectorformat_enum``.
    """

    SOCKET = "SOCKET"
    CABLE = "CABLE"


class ConnectorType(OcpiEnum):
    """OCPI 2.2.1 enum ``ConnectorType``.

    Module ``locations``; spec table ``mod_locations.asciidoc#mod_locations_connectortype_enum``.
    """

    CHADEMO = "CHADEMO"
    CHAOJI = "CHAOJI"
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
    DOMESTIC_M = "DOMESTIC_M"
    DOMESTIC_N = "DOMESTIC_N"
    DOMESTIC_O = "DOMESTIC_O"
    GBT_AC = "GBT_AC"
    GBT_DC = "GBT_DC"
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
    NEMA_5_20 = "NEMA_5_20"
    NEMA_6_30 = "NEMA_6_30"
    NEMA_6_50 = "NEMA_6_50"
    NEMA_10_30 = "NEMA_10_30"
    NEMA_10_50 = "NEMA_10_50"
    NEMA_14_30 = "NEMA_14_30"
    NEMA_14_50 = "NEMA_14_50"
    PANTOGRAPH_BOTTOM_UP = "PANTOGRAPH_BOTTOM_UP"
    PANTOGRAPH_TOP_DOWN = "PANTOGRAPH_TOP_DOWN"
    TESLA_R = "TESLA_R"
    TESLA_S = "TESLA_S"


class DayOfWeek(OcpiEnum):
    """OCPI 2.2.1 enum ``DayOfWeek``.

    Module ``tariffs``; spec table ``mod_tariffs.asciidoc#mod_tariffs_dayofweek_enum``.
    """

    MONDAY = "MONDAY"
    TUESDAY = "TUESDAY"
    WEDNESDAY = "WEDNESDAY"
    THURSDAY = "THURSDAY"
    FRIDAY = "FRIDAY"
    SATURDAY = "SATURDAY"
    SUNDAY = "SUNDAY"


class EnergySourceCategory(OcpiEnum):
    """OCPI 2.2.1 enum ``EnergySourceCategory``.

    Module ``locations``; spec table ``mod_locations.asciidoc#mod_locations_energysourcecategory_enum``.
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
    """OCPI 2.2.1 enum ``EnvironmentalImpactCategory``.

    Module ``locations``; spec table ``mod_locations.asciidoc#mod_locations_environmentalimpactcategory_enum``.
    """

    NUCLEAR_WASTE = "NUCLEAR_WASTE"
    CARBON_DIOXIDE = "CARBON_DIOXIDE"


class Facility(OcpiEnum):
    """OCPI 2.2.1 enum ``Facility``.

    Module ``locations``; spec table ``mod_locations.asciidoc#mod_locations_facility_enum``.
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
    BIKE_SHARING = "BIKE_SHARING"
    BUS_STOP = "BUS_STOP"
    TAXI_STAND = "TAXI_STAND"
    TRAM_STOP = "TRAM_STOP"
    METRO_STATION = "METRO_STATION"
    TRAIN_STATION = "TRAIN_STATION"
    AIRPORT = "AIRPORT"
    PARKING_LOT = "PARKING_LOT"
    CARPOOL_PARKING = "CARPOOL_PARKING"
    FUEL_STATION = "FUEL_STATION"
    WIFI = "WIFI"


class ImageCategory(OcpiEnum):
    """OCPI 2.2.1 enum ``ImageCategory``.

    Module ``locations``; spec table ``mod_locations.asciidoc#mod_locations_imagecategory_enum``.
    """

    CHARGER = "CHARGER"
    ENTRANCE = "ENTRANCE"
    LOCATION = "LOCATION"
    NETWORK = "NETWORK"
    OPERATOR = "OPERATOR"
    OTHER = "OTHER"
    OWNER = "OWNER"


class InterfaceRole(OcpiEnum):
    """OCPI 2.2.1 enum ``InterfaceRole``.

    Module ``versions``; spec table ``version_information_endpoint.asciidoc#version_information_endpoint_interface_role_enum``.
    """

    SENDER = "SENDER"
    RECEIVER = "RECEIVER"


class ModuleID(OcpiEnum):
    """OCPI 2.2.1 open enum ``ModuleID``.

    Module ``versions``; spec table ``version_information_endpoint.asciidoc#version_information_endpoint_moduleid_enum``.
    Fields of this type also take values not listed here, kept as ``str``.
    """

    CDRS = "cdrs"
    CHARGINGPROFILES = "chargingprofiles"
    COMMANDS = "commands"
    CREDENTIALS = "credentials"
    HUBCLIENTINFO = "hubclientinfo"
    LOCATIONS = "locations"
    SESSIONS = "sessions"
    TARIFFS = "tariffs"
    TOKENS = "tokens"


class ParkingRestriction(OcpiEnum):
    """OCPI 2.2.1 enum ``ParkingRestriction``.

    Module ``locations``; spec table ``mod_locations.asciidoc#mod_locations_parkingrestriction_enum``.
    """

    EV_ONLY = "EV_ONLY"
    PLUGGED = "PLUGGED"
    DISABLED = "DISABLED"
    CUSTOMERS = "CUSTOMERS"
    MOTORCYCLES = "MOTORCYCLES"


class ParkingType(OcpiEnum):
    """OCPI 2.2.1 enum ``ParkingType``.

    Module ``locations``; spec table ``mod_locations.asciidoc#mod_locations_parkingtype_enum``.
    """

    ALONG_MOTORWAY = "ALONG_MOTORWAY"
    PARKING_GARAGE = "PARKING_GARAGE"
    PARKING_LOT = "PARKING_LOT"
    ON_DRIVEWAY = "ON_DRIVEWAY"
    ON_STREET = "ON_STREET"
    UNDERGROUND_GARAGE = "UNDERGROUND_GARAGE"


class PowerType(OcpiEnum):
    """OCPI 2.2.1 enum ``PowerType``.

    Module ``locations``; spec table ``mod_locations.asciidoc#mod_locations_powertype_enum``.
    """

    AC_1_PHASE = "AC_1_PHASE"
    AC_2_PHASE = "AC_2_PHASE"
    AC_2_PHASE_SPLIT = "AC_2_PHASE_SPLIT"
    AC_3_PHASE = "AC_3_PHASE"
    DC = "DC"


class ProfileType(OcpiEnum):
    """OCPI 2.2.1 enum ``ProfileType``.

    Module ``sessions``; spec table ``mod_sessions.asciidoc#mod_sessions_profile_type_enum``.
    """

    CHEAP = "CHEAP"
    FAST = "FAST"
    GREEN = "GREEN"
    REGULAR = "REGULAR"


class ReservationRestrictionType(OcpiEnum):
    """OCPI 2.2.1 enum ``ReservationRestrictionType``.

    Module ``tariffs``; spec table ``mod_tariffs.asciidoc#mod_tariffs_reservation_restriction_type``.
    """

    RESERVATION = "RESERVATION"
    RESERVATION_EXPIRES = "RESERVATION_EXPIRES"


class Role(OcpiEnum):
    """OCPI 2.2.1 enum ``Role``.

    Module ``types``; spec table ``types.asciidoc#types_role_enum``.
    """

    CPO = "CPO"
    EMSP = "EMSP"
    HUB = "HUB"
    NAP = "NAP"
    NSP = "NSP"
    OTHER = "OTHER"
    SCSP = "SCSP"


class SessionStatus(OcpiEnum):
    """OCPI 2.2.1 enum ``SessionStatus``.

    Module ``sessions``; spec table ``mod_sessions.asciidoc#mod_sessions_sessionstatus_enum``.
    """

    ACTIVE = "ACTIVE"
    COMPLETED = "COMPLETED"
    INVALID = "INVALID"
    PENDING = "PENDING"
    RESERVATION = "RESERVATION"


class Status(OcpiEnum):
    """OCPI 2.2.1 enum ``Status``.

    Module ``locations``; spec table ``mod_locations.asciidoc#mod_locations_status_enum``.
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
    """OCPI 2.2.1 enum ``TariffDimensionType``.

    Module ``tariffs``; spec table ``mod_tariffs.asciidoc#mod_tariffs_tariffdimensiontype_enum``.
    """

    ENERGY = "ENERGY"
    FLAT = "FLAT"
    PARKING_TIME = "PARKING_TIME"
    TIME = "TIME"


class TariffType(OcpiEnum):
    """OCPI 2.2.1 enum ``TariffType``.

    Module ``tariffs``; spec table ``mod_tariffs.asciidoc#mod_tariffs_tariff_type``.
    """

    AD_HOC_PAYMENT = "AD_HOC_PAYMENT"
    PROFILE_CHEAP = "PROFILE_CHEAP"
    PROFILE_FAST = "PROFILE_FAST"
    PROFILE_GREEN = "PROFILE_GREEN"
    REGULAR = "REGULAR"


class TokenType(OcpiEnum):
    """OCPI 2.2.1 enum ``TokenType``.

    Module ``tokens``; spec table ``mod_tokens.asciidoc#mod_tokens_tokentype_enum``.
    """

    AD_HOC_USER = "AD_HOC_USER"
    APP_USER = "APP_USER"
    OTHER = "OTHER"
    RFID = "RFID"


class VersionNumber(OcpiEnum):
    """OCPI 2.2.1 enum ``VersionNumber``.

    Module ``versions``; spec table ``version_information_endpoint.asciidoc#version_information_endpoint_versionnumber_enum``.
    """

    V2_0 = "2.0"
    V2_1 = "2.1"
    V2_1_1 = "2.1.1"
    V2_2 = "2.2"
    V2_2_1 = "2.2.1"


class WhitelistType(OcpiEnum):
    """OCPI 2.2.1 enum ``WhitelistType``.

    Module ``tokens``; spec table ``mod_tokens.asciidoc#mod_tokens_whitelisttype_enum``.
    """

    ALWAYS = "ALWAYS"
    ALLOWED = "ALLOWED"
    ALLOWED_OFFLINE = "ALLOWED_OFFLINE"
    NEVER = "NEVER"
