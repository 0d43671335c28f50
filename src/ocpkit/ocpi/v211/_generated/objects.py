"""Objects and classes of OCPI 2.1.1, generated from the OCPI definitions (the spec tables).

Do not edit: written by ``python -m codegen generate`` from ``schemas/ocpi/2.1.1.json``
(sha256 of the original: ``de4426bde276c1c687b99faec5aa1b05930b082ac2f824001732e19fcac21a46``;
github.com/ocpi/ocpi commit ``28ea45329a50c3dbfd790505b97860854db1d4a6``).

OCPI property names are snake_case already, so every Python field name is its wire name:
there are no aliases.
"""

from typing import Annotated, ClassVar, TypeAlias

from pydantic import Field

from ocpkit._ocpi_base import (
    CiString,
    ExactDecimal,
    OcpiChoiceModel,
    OcpiDateTime,
    OcpiModel,
    OpenEnum,
)

from .enums import (
    Allowed,
    AuthMethod,
    Capability,
    CdrDimensionType,
    CommandResponseType,
    ConnectorFormat,
    ConnectorType,
    DayOfWeek,
    EnergySourceCategory,
    EnvironmentalImpactCategory,
    Facility,
    ImageCategory,
    LocationType,
    ModuleID,
    ParkingRestriction,
    PowerType,
    SessionStatus,
    Status,
    TariffDimensionType,
    TokenType,
    VersionNumber,
    WhitelistType,
)

__all__ = [
    "DisplayText",
    "AdditionalGeoLocation",
    "LocationReferences",
    "AuthorizationInfo",
    "Image",
    "BusinessDetails",
    "GeoLocation",
    "StatusSchedule",
    "Connector",
    "EVSE",
    "RegularHours",
    "ExceptionalPeriod",
    "Hours",
    "EnergySource",
    "EnvironmentalImpact",
    "EnergyMix",
    "Location",
    "PriceComponent",
    "TariffRestrictions",
    "TariffElement",
    "Tariff",
    "CdrDimension",
    "ChargingPeriod",
    "CDR",
    "CommandResponse",
    "Credentials",
    "Endpoint",
    "Token",
    "ReserveNow",
    "Session",
    "StartSession",
    "StopSession",
    "UnlockConnector",
    "Version",
    "VersionDetails",
    "CommandsRequestBody",
    "LocationsObjectChoice",
]


class DisplayText(OcpiModel):
    """OCPI 2.1.1 class ``DisplayText``.

    Module ``types``; spec table ``types.md:27``.
    """

    language: str = Field(max_length=2)
    text: str = Field(max_length=512)


class AdditionalGeoLocation(OcpiModel):
    """OCPI 2.1.1 class ``AdditionalGeoLocation``.

    Module ``locations``; spec table ``mod_locations.md:580``.
    """

    latitude: str = Field(max_length=10)
    longitude: str = Field(max_length=11)
    name: DisplayText | None = None


class LocationReferences(OcpiModel):
    """OCPI 2.1.1 class ``LocationReferences``.

    Module ``tokens``; spec table ``mod_tokens.md:396``.
    """

    location_id: str = Field(max_length=39)
    evse_uids: list[Annotated[str, Field(max_length=39)]] | None = None
    connector_ids: list[Annotated[str, Field(max_length=36)]] | None = None


class AuthorizationInfo(OcpiModel):
    """OCPI 2.1.1 object ``AuthorizationInfo``.

    Module ``tokens``; spec table ``mod_tokens.md:288``.
    """

    allowed: Allowed
    location: LocationReferences | None = None
    info: DisplayText | None = None


class Image(OcpiModel):
    """OCPI 2.1.1 class ``Image``.

    Module ``locations``; spec table ``mod_locations.md:910``.
    """

    url: str = Field(max_length=255)
    thumbnail: Annotated[str, Field(max_length=255)] | None = None
    category: ImageCategory
    type: str = Field(max_length=4)
    width: int | None = None
    height: int | None = None


class BusinessDetails(OcpiModel):
    """OCPI 2.1.1 class ``BusinessDetails``.

    Module ``locations``; spec table ``mod_locations.md:592``.
    """

    name: str = Field(max_length=100)
    website: Annotated[str, Field(max_length=255)] | None = None
    logo: Image | None = None


class GeoLocation(OcpiModel):
    """OCPI 2.1.1 class ``GeoLocation``.

    Module ``locations``; spec table ``mod_locations.md:875``.
    """

    latitude: str = Field(max_length=10)
    longitude: str = Field(max_length=11)


class StatusSchedule(OcpiModel):
    """OCPI 2.1.1 class ``StatusSchedule``.

    Module ``locations``; spec table ``mod_locations.md:1090``.
    """

    period_begin: OcpiDateTime
    period_end: OcpiDateTime | None = None
    status: Status


class Connector(OcpiModel):
    """OCPI 2.1.1 object ``Connector``.

    Module ``locations``; spec table ``mod_locations.md:558``.
    """

    id: str = Field(max_length=36)
    standard: ConnectorType
    format: ConnectorFormat
    power_type: PowerType
    voltage: int
    amperage: int
    tariff_id: Annotated[str, Field(max_length=36)] | None = None
    terms_and_conditions: Annotated[str, Field(max_length=255)] | None = None
    last_updated: OcpiDateTime


class EVSE(OcpiModel):
    """OCPI 2.1.1 object ``EVSE``.

    Module ``locations``; spec table ``mod_locations.md:510``.
    """

    uid: str = Field(max_length=39)
    evse_id: Annotated[str, Field(max_length=48)] | None = None
    status: Status
    status_schedule: list[StatusSchedule] | None = None
    capabilities: list[Capability] | None = None
    connectors: list[Connector] = Field(min_length=1)
    floor_level: Annotated[str, Field(max_length=4)] | None = None
    coordinates: GeoLocation | None = None
    physical_reference: Annotated[str, Field(max_length=16)] | None = None
    directions: list[DisplayText] | None = None
    parking_restrictions: list[ParkingRestriction] | None = None
    images: list[Image] | None = None
    last_updated: OcpiDateTime


class RegularHours(OcpiModel):
    """OCPI 2.1.1 class ``RegularHours``.

    Module ``locations``; spec table ``mod_locations.md:993``.
    """

    weekday: int
    period_begin: str = Field(max_length=5)
    period_end: str = Field(max_length=5)


class ExceptionalPeriod(OcpiModel):
    """OCPI 2.1.1 class ``ExceptionalPeriod``.

    Module ``locations``; spec table ``mod_locations.md:809``.
    """

    period_begin: OcpiDateTime
    period_end: OcpiDateTime


class Hours(OcpiChoiceModel):
    """OCPI 2.1.1 class ``Hours``.

    Module ``locations``; spec table ``mod_locations.md:888``.
    """

    one_of: ClassVar[tuple[tuple[str, ...], ...]] = (("regular_hours", "twentyfourseven"),)

    regular_hours: list[RegularHours] | None = None
    twentyfourseven: bool | None = None
    exceptional_openings: list[ExceptionalPeriod] | None = None
    exceptional_closings: list[ExceptionalPeriod] | None = None


class EnergySource(OcpiModel):
    """OCPI 2.1.1 class ``EnergySource``.

    Module ``locations``; spec table ``mod_locations.md:751``.
    """

    source: EnergySourceCategory
    percentage: ExactDecimal


class EnvironmentalImpact(OcpiModel):
    """OCPI 2.1.1 class ``EnvironmentalImpact``.

    Module ``locations``; spec table ``mod_locations.md:783``.
    """

    source: EnvironmentalImpactCategory
    amount: ExactDecimal


class EnergyMix(OcpiModel):
    """OCPI 2.1.1 class ``EnergyMix``.

    Module ``locations``; spec table ``mod_locations.md:691``.
    """

    is_green_energy: bool
    energy_sources: list[EnergySource] | None = None
    environ_impact: list[EnvironmentalImpact] | None = None
    supplier_name: Annotated[str, Field(max_length=64)] | None = None
    energy_product_name: Annotated[str, Field(max_length=64)] | None = None


class Location(OcpiModel):
    """OCPI 2.1.1 object ``Location``.

    Module ``locations``; spec table ``mod_locations.md:380``.
    """

    id: str = Field(max_length=39)
    type: LocationType
    name: Annotated[str, Field(max_length=255)] | None = None
    address: str = Field(max_length=45)
    city: str = Field(max_length=45)
    postal_code: str = Field(max_length=10)
    country: str = Field(max_length=3)
    coordinates: GeoLocation
    related_locations: list[AdditionalGeoLocation] | None = None
    evses: list[EVSE] | None = None
    directions: list[DisplayText] | None = None
    operator: BusinessDetails | None = None
    suboperator: BusinessDetails | None = None
    owner: BusinessDetails | None = None
    facilities: list[Facility] | None = None
    time_zone: Annotated[str, Field(max_length=255)] | None = None
    opening_times: Hours | None = None
    charging_when_closed: bool | None = None
    images: list[Image] | None = None
    energy_mix: EnergyMix | None = None
    last_updated: OcpiDateTime


class PriceComponent(OcpiModel):
    """OCPI 2.1.1 class ``PriceComponent``.

    Module ``tariffs``; spec table ``mod_tariffs.md:465``.
    """

    type: TariffDimensionType
    price: ExactDecimal
    step_size: int


class TariffRestrictions(OcpiModel):
    """OCPI 2.1.1 class ``TariffRestrictions``.

    Module ``tariffs``; spec table ``mod_tariffs.md:505``.
    """

    start_time: Annotated[str, Field(max_length=5)] | None = None
    end_time: Annotated[str, Field(max_length=5)] | None = None
    start_date: Annotated[str, Field(max_length=10)] | None = None
    end_date: Annotated[str, Field(max_length=10)] | None = None
    min_kwh: ExactDecimal | None = None
    max_kwh: ExactDecimal | None = None
    min_power: ExactDecimal | None = None
    max_power: ExactDecimal | None = None
    min_duration: int | None = None
    max_duration: int | None = None
    day_of_week: list[DayOfWeek] | None = None


class TariffElement(OcpiModel):
    """OCPI 2.1.1 class ``TariffElement``.

    Module ``tariffs``; spec table ``mod_tariffs.md:481``.
    """

    price_components: list[PriceComponent] = Field(min_length=1)
    restrictions: TariffRestrictions | None = None


class Tariff(OcpiModel):
    """OCPI 2.1.1 object ``Tariff``.

    Module ``tariffs``; spec table ``mod_tariffs.md:278``.
    """

    id: str = Field(max_length=36)
    currency: str = Field(max_length=3)
    tariff_alt_text: list[DisplayText] | None = None
    tariff_alt_url: Annotated[str, Field(max_length=255)] | None = None
    elements: list[TariffElement] = Field(min_length=1)
    energy_mix: EnergyMix | None = None
    last_updated: OcpiDateTime


class CdrDimension(OcpiModel):
    """OCPI 2.1.1 class ``CdrDimension``.

    Module ``cdrs``; spec table ``mod_cdrs.md:330``.
    """

    type: CdrDimensionType
    volume: ExactDecimal


class ChargingPeriod(OcpiModel):
    """OCPI 2.1.1 class ``ChargingPeriod``.

    Module ``cdrs``; spec table ``mod_cdrs.md:358``.
    """

    start_date_time: OcpiDateTime
    dimensions: list[CdrDimension] = Field(min_length=1)


class CDR(OcpiModel):
    """OCPI 2.1.1 object ``CDR``.

    Module ``cdrs``; spec table ``mod_cdrs.md:207``.
    """

    id: CiString = Field(max_length=36)
    start_date_time: OcpiDateTime
    stop_date_time: OcpiDateTime
    auth_id: str = Field(max_length=36)
    auth_method: AuthMethod
    location: Location
    meter_id: Annotated[str, Field(max_length=255)] | None = None
    currency: str = Field(max_length=3)
    tariffs: list[Tariff] | None = None
    charging_periods: list[ChargingPeriod] = Field(min_length=1)
    total_cost: ExactDecimal
    total_energy: ExactDecimal
    total_time: ExactDecimal
    total_parking_time: ExactDecimal | None = None
    remark: Annotated[str, Field(max_length=255)] | None = None
    last_updated: OcpiDateTime


class CommandResponse(OcpiModel):
    """OCPI 2.1.1 object ``CommandResponse``.

    Module ``commands``; spec table ``mod_commands.md:206``.
    """

    result: CommandResponseType


class Credentials(OcpiModel):
    """OCPI 2.1.1 object ``Credentials``.

    Module ``credentials``; spec table ``credentials.md:77``.
    """

    token: str = Field(max_length=64, repr=False)
    url: str = Field(max_length=255)
    business_details: BusinessDetails
    party_id: str = Field(max_length=3)
    country_code: str = Field(max_length=2)


class Endpoint(OcpiModel):
    """OCPI 2.1.1 class ``Endpoint``.

    Module ``versions``; spec table ``version_information_endpoint.md:94``.
    """

    identifier: OpenEnum[ModuleID]
    url: str = Field(max_length=255)


class Token(OcpiModel):
    """OCPI 2.1.1 object ``Token``.

    Module ``tokens``; spec table ``mod_tokens.md:342``.
    """

    uid: str = Field(max_length=36)
    type: TokenType
    auth_id: str = Field(max_length=36)
    visual_number: Annotated[str, Field(max_length=64)] | None = None
    issuer: str = Field(max_length=64)
    valid: bool
    whitelist: WhitelistType
    language: Annotated[str, Field(max_length=2)] | None = None
    last_updated: OcpiDateTime


class ReserveNow(OcpiModel):
    """OCPI 2.1.1 object ``ReserveNow``.

    Module ``commands``; spec table ``mod_commands.md:219``.
    """

    response_url: str = Field(max_length=255)
    token: Token
    expiry_date: OcpiDateTime
    reservation_id: int
    location_id: str = Field(max_length=39)
    evse_uid: Annotated[str, Field(max_length=39)] | None = None


class Session(OcpiModel):
    """OCPI 2.1.1 object ``Session``.

    Module ``sessions``; spec table ``mod_sessions.md:205``.
    """

    id: str = Field(max_length=36)
    start_datetime: OcpiDateTime
    end_datetime: OcpiDateTime | None = None
    kwh: ExactDecimal
    auth_id: str = Field(max_length=36)
    auth_method: AuthMethod
    location: Location
    meter_id: Annotated[str, Field(max_length=255)] | None = None
    currency: str = Field(max_length=3)
    charging_periods: list[ChargingPeriod] | None = None
    total_cost: ExactDecimal | None = None
    status: SessionStatus
    last_updated: OcpiDateTime


class StartSession(OcpiModel):
    """OCPI 2.1.1 object ``StartSession``.

    Module ``commands``; spec table ``mod_commands.md:253``.
    """

    response_url: str = Field(max_length=255)
    token: Token
    location_id: str = Field(max_length=39)
    evse_uid: Annotated[str, Field(max_length=39)] | None = None


class StopSession(OcpiModel):
    """OCPI 2.1.1 object ``StopSession``.

    Module ``commands``; spec table ``mod_commands.md:267``.
    """

    response_url: str = Field(max_length=255)
    session_id: str = Field(max_length=36)


class UnlockConnector(OcpiModel):
    """OCPI 2.1.1 object ``UnlockConnector``.

    Module ``commands``; spec table ``mod_commands.md:278``.
    """

    response_url: str = Field(max_length=255)
    location_id: str = Field(max_length=39)
    evse_uid: str = Field(max_length=39)
    connector_id: str = Field(max_length=36)


class Version(OcpiModel):
    """OCPI 2.1.1 class ``Version``.

    Module ``versions``; spec table ``version_information_endpoint.md:36``.
    """

    version: VersionNumber
    url: str = Field(max_length=255)


class VersionDetails(OcpiModel):
    """OCPI 2.1.1 object ``VersionDetails`` (a name of ours: the spec's table has none).

    Module ``versions``; spec table ``version_information_endpoint.md:83``.
    """

    version: VersionNumber
    endpoints: list[Endpoint] = Field(min_length=1)


CommandsRequestBody: TypeAlias = ReserveNow | StartSession | StopSession | UnlockConnector
"""OCPI 2.1.1: one of ReserveNow, StartSession, StopSession, UnlockConnector.

A name of ours for a choice in module ``commands``, spec tables:

* ``mod_commands.md:118``
"""


LocationsObjectChoice: TypeAlias = Location | EVSE | Connector
"""OCPI 2.1.1: one of Location, EVSE, Connector.

A name of ours for a choice in module ``locations``, spec tables:

* ``mod_locations.md:135``
* ``mod_locations.md:210``
* ``mod_locations.md:271``
"""
