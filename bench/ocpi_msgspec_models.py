"""Hand-written ``msgspec`` models of an OCPI 2.2.1 ``Location`` page: the practical speed limit.

They follow ocpkit's generated 2.2.1 models field by field (names, required or optional, string
lengths, ``connectors`` with at least one item, closed enums) and differ where msgspec has no
cheaper equivalent or where the difference is the point of a speed limit:

* ``number`` is a ``float`` (ocpkit: an exact ``Decimal``);
* ``DateTime`` is msgspec's ``datetime`` (RFC 3339: an offset is accepted, ocpkit refuses it);
* ``CiString`` is a plain ``str`` (ocpkit: a ``str`` that compares case-insensitively);
* unknown fields are dropped (ocpkit keeps them and writes them back).

Optional fields accept ``null`` or absence (``None``) and are left out on output
(``omit_defaults``), as OCPI asks of both ends.
"""

from datetime import datetime
from enum import StrEnum
from typing import Annotated

import msgspec
from msgspec import Meta

__all__ = [
    "EVSE",
    "AdditionalGeoLocation",
    "BusinessDetails",
    "Capability",
    "Connector",
    "ConnectorFormat",
    "ConnectorType",
    "DisplayText",
    "EnergyMix",
    "EnergySource",
    "EnergySourceCategory",
    "EnvironmentalImpact",
    "EnvironmentalImpactCategory",
    "ExceptionalPeriod",
    "Facility",
    "GeoLocation",
    "Hours",
    "Image",
    "ImageCategory",
    "Location",
    "LocationPage",
    "ParkingRestriction",
    "ParkingType",
    "PowerType",
    "PublishTokenType",
    "RegularHours",
    "Status",
    "StatusSchedule",
    "TokenType",
]


# Strings of at most N characters.
S2 = Annotated[str, Meta(max_length=2)]
S3 = Annotated[str, Meta(max_length=3)]
S4 = Annotated[str, Meta(max_length=4)]
S5 = Annotated[str, Meta(max_length=5)]
S10 = Annotated[str, Meta(max_length=10)]
S11 = Annotated[str, Meta(max_length=11)]
S16 = Annotated[str, Meta(max_length=16)]
S36 = Annotated[str, Meta(max_length=36)]
S45 = Annotated[str, Meta(max_length=45)]
S48 = Annotated[str, Meta(max_length=48)]
S64 = Annotated[str, Meta(max_length=64)]
S100 = Annotated[str, Meta(max_length=100)]
S255 = Annotated[str, Meta(max_length=255)]
S512 = Annotated[str, Meta(max_length=512)]


class _Object(msgspec.Struct, omit_defaults=True):
    """Base: absent (``None``) fields left out on output. Every subclass is ``kw_only`` (not
    inherited), so that fields keep the spec's order, required ones after optional ones."""


# --- enumerations ----------------------------------------------------------------------------


class TokenType(StrEnum):
    AD_HOC_USER = "AD_HOC_USER"
    APP_USER = "APP_USER"
    OTHER = "OTHER"
    RFID = "RFID"


class ParkingType(StrEnum):
    ALONG_MOTORWAY = "ALONG_MOTORWAY"
    PARKING_GARAGE = "PARKING_GARAGE"
    PARKING_LOT = "PARKING_LOT"
    ON_DRIVEWAY = "ON_DRIVEWAY"
    ON_STREET = "ON_STREET"
    UNDERGROUND_GARAGE = "UNDERGROUND_GARAGE"


class Facility(StrEnum):
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


class Status(StrEnum):
    AVAILABLE = "AVAILABLE"
    BLOCKED = "BLOCKED"
    CHARGING = "CHARGING"
    INOPERATIVE = "INOPERATIVE"
    OUTOFORDER = "OUTOFORDER"
    PLANNED = "PLANNED"
    REMOVED = "REMOVED"
    RESERVED = "RESERVED"
    UNKNOWN = "UNKNOWN"


class Capability(StrEnum):
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


class ConnectorType(StrEnum):
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


class ConnectorFormat(StrEnum):
    SOCKET = "SOCKET"
    CABLE = "CABLE"


class PowerType(StrEnum):
    AC_1_PHASE = "AC_1_PHASE"
    AC_2_PHASE = "AC_2_PHASE"
    AC_2_PHASE_SPLIT = "AC_2_PHASE_SPLIT"
    AC_3_PHASE = "AC_3_PHASE"
    DC = "DC"


class ParkingRestriction(StrEnum):
    EV_ONLY = "EV_ONLY"
    PLUGGED = "PLUGGED"
    DISABLED = "DISABLED"
    CUSTOMERS = "CUSTOMERS"
    MOTORCYCLES = "MOTORCYCLES"


class ImageCategory(StrEnum):
    CHARGER = "CHARGER"
    ENTRANCE = "ENTRANCE"
    LOCATION = "LOCATION"
    NETWORK = "NETWORK"
    OPERATOR = "OPERATOR"
    OTHER = "OTHER"
    OWNER = "OWNER"


class EnergySourceCategory(StrEnum):
    NUCLEAR = "NUCLEAR"
    GENERAL_FOSSIL = "GENERAL_FOSSIL"
    COAL = "COAL"
    GAS = "GAS"
    GENERAL_GREEN = "GENERAL_GREEN"
    SOLAR = "SOLAR"
    WIND = "WIND"
    WATER = "WATER"


class EnvironmentalImpactCategory(StrEnum):
    NUCLEAR_WASTE = "NUCLEAR_WASTE"
    CARBON_DIOXIDE = "CARBON_DIOXIDE"


# --- classes ---------------------------------------------------------------------------------


class DisplayText(_Object, kw_only=True):
    language: S2
    text: S512


class GeoLocation(_Object, kw_only=True):
    latitude: S10
    longitude: S11


class AdditionalGeoLocation(_Object, kw_only=True):
    latitude: S10
    longitude: S11
    name: DisplayText | None = None


class PublishTokenType(_Object, kw_only=True):
    uid: S36 | None = None
    type: TokenType | None = None
    visual_number: S64 | None = None
    issuer: S64 | None = None
    group_id: S36 | None = None


class Image(_Object, kw_only=True):
    url: S255
    thumbnail: S255 | None = None
    category: ImageCategory
    type: S4
    width: int | None = None
    height: int | None = None


class BusinessDetails(_Object, kw_only=True):
    name: S100
    website: S255 | None = None
    logo: Image | None = None


class RegularHours(_Object, kw_only=True):
    weekday: int
    period_begin: S5
    period_end: S5


class ExceptionalPeriod(_Object, kw_only=True):
    period_begin: datetime
    period_end: datetime


class Hours(_Object, kw_only=True):
    twentyfourseven: bool
    regular_hours: list[RegularHours] | None = None
    exceptional_openings: list[ExceptionalPeriod] | None = None
    exceptional_closings: list[ExceptionalPeriod] | None = None


class EnergySource(_Object, kw_only=True):
    source: EnergySourceCategory
    percentage: float


class EnvironmentalImpact(_Object, kw_only=True):
    category: EnvironmentalImpactCategory
    amount: float


class EnergyMix(_Object, kw_only=True):
    is_green_energy: bool
    energy_sources: list[EnergySource] | None = None
    environ_impact: list[EnvironmentalImpact] | None = None
    supplier_name: S64 | None = None
    energy_product_name: S64 | None = None


class StatusSchedule(_Object, kw_only=True):
    period_begin: datetime
    period_end: datetime | None = None
    status: Status


class Connector(_Object, kw_only=True):
    id: S36
    standard: ConnectorType
    format: ConnectorFormat
    power_type: PowerType
    max_voltage: int
    max_amperage: int
    max_electric_power: int | None = None
    tariff_ids: list[S36] | None = None
    terms_and_conditions: S255 | None = None
    last_updated: datetime


class EVSE(_Object, kw_only=True):
    uid: S36
    evse_id: S48 | None = None
    status: Status
    status_schedule: list[StatusSchedule] | None = None
    capabilities: list[Capability] | None = None
    connectors: Annotated[list[Connector], Meta(min_length=1)]
    floor_level: S4 | None = None
    coordinates: GeoLocation | None = None
    physical_reference: S16 | None = None
    directions: list[DisplayText] | None = None
    parking_restrictions: list[ParkingRestriction] | None = None
    images: list[Image] | None = None
    last_updated: datetime


class Location(_Object, kw_only=True):
    country_code: S2
    party_id: S3
    id: S36
    publish: bool
    publish_allowed_to: list[PublishTokenType] | None = None
    name: S255 | None = None
    address: S255
    city: S45
    postal_code: S10 | None = None
    state: S45 | None = None
    country: S3
    coordinates: GeoLocation
    related_locations: list[AdditionalGeoLocation] | None = None
    parking_type: ParkingType | None = None
    evses: list[EVSE] | None = None
    directions: list[DisplayText] | None = None
    operator: BusinessDetails | None = None
    suboperator: BusinessDetails | None = None
    owner: BusinessDetails | None = None
    facilities: list[Facility] | None = None
    time_zone: S255
    opening_times: Hours | None = None
    charging_when_closed: bool | None = None
    images: list[Image] | None = None
    energy_mix: EnergyMix | None = None
    last_updated: datetime


class LocationPage(_Object, kw_only=True):
    """The response envelope of a page of Locations (``GET /locations``)."""

    data: list[Location]
    status_code: int
    status_message: str | None = None
    timestamp: datetime
