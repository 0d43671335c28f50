"""Objects and classes of OCPI 2.3.0, generated from the OCPI definitions (the spec tables).

Do not edit: written by ``python -m codegen generate`` from ``schemas/ocpi/2.3.0.json``
(sha256 of the original: ``98dfd023d71fd1ac8c02f89fb4ac849066b067f7c93bc22fa582028554647d0d``;
github.com/ocpi/ocpi commit ``5a675d3a21c045c64b7b0d00abbd422fe9947060``).

OCPI property names are snake_case already, so every Python field name is its wire name:
there are no aliases.
"""

from typing import Annotated, TypeAlias

from pydantic import Field

from ocpkit._ocpi_base import CiString, ExactDecimal, OcpiDateTime, OcpiModel, OpenEnum

from .enums import (
    AllowedType,
    AuthMethod,
    Capability,
    CdrDimensionType,
    ChargingProfileResponseType,
    ChargingProfileResultType,
    ChargingRateUnit,
    CommandResponseType,
    CommandResultType,
    ConnectionStatus,
    ConnectorCapability,
    ConnectorFormat,
    ConnectorType,
    DayOfWeek,
    EnergySourceCategory,
    EnvironmentalImpactCategory,
    EVSEPosition,
    Facility,
    ImageCategory,
    InterfaceRole,
    ModuleID,
    ParkingDirection,
    ParkingRestriction,
    ParkingType,
    PowerType,
    ProfileType,
    ReservationRestrictionType,
    Role,
    SessionStatus,
    Status,
    TariffDimensionType,
    TariffType,
    TaxIncluded,
    TokenType,
    VehicleType,
    VersionNumber,
    WhitelistType,
)

__all__ = [
    "ChargingProfilePeriod",
    "ChargingProfile",
    "ActiveChargingProfile",
    "ActiveChargingProfileResult",
    "DisplayText",
    "AdditionalGeoLocation",
    "EnergyContract",
    "Token",
    "LocationReferences",
    "AuthorizationInfo",
    "Image",
    "BusinessDetails",
    "CdrToken",
    "GeoLocation",
    "CdrLocation",
    "PriceLimit",
    "PriceComponent",
    "TariffRestrictions",
    "TariffElement",
    "EnergySource",
    "EnvironmentalImpact",
    "EnergyMix",
    "Tariff",
    "CdrDimension",
    "ChargingPeriod",
    "SignedValue",
    "SignedData",
    "TaxAmount",
    "Price",
    "CDR",
    "CancelReservation",
    "ChargingPreferences",
    "ChargingProfileResponse",
    "ChargingProfileResult",
    "ClearProfileResult",
    "ClientInfo",
    "CommandResponse",
    "CommandResult",
    "Connector",
    "CredentialsRole",
    "Credentials",
    "StatusSchedule",
    "EVSEParking",
    "EVSE",
    "Endpoint",
    "ExceptionalPeriod",
    "RegularHours",
    "Hours",
    "PublishTokenType",
    "Parking",
    "Location",
    "ReserveNow",
    "Session",
    "SetChargingProfile",
    "StartSession",
    "StopSession",
    "UnlockConnector",
    "Version",
    "VersionDetails",
    "ChargingProfilesResultBody",
    "CommandsRequestBody",
    "LocationsObjectChoice",
]


class ChargingProfilePeriod(OcpiModel):
    """OCPI 2.3.0 class ``ChargingProfilePeriod``.

    Module ``chargingprofiles``; spec table ``mod_charging_profiles.asciidoc#mod_charging_profiles_charging_profile_period_class``.
    """

    start_period: int
    limit: ExactDecimal


class ChargingProfile(OcpiModel):
    """OCPI 2.3.0 class ``ChargingProfile``.

    Module ``chargingprofiles``; spec table ``mod_charging_profiles.asciidoc#mod_charging_profiles_charging_profile_class``.
    """

    start_date_time: OcpiDateTime | None = None
    duration: int | None = None
    charging_rate_unit: ChargingRateUnit
    min_charging_rate: ExactDecimal | None = None
    charging_profile_period: list[ChargingProfilePeriod] | None = None


class ActiveChargingProfile(OcpiModel):
    """OCPI 2.3.0 class ``ActiveChargingProfile``.

    Module ``chargingprofiles``; spec table ``mod_charging_profiles.asciidoc#mod_charging_profiles_active_charging_profile_class``.
    """

    start_date_time: OcpiDateTime
    charging_profile: ChargingProfile


class ActiveChargingProfileResult(OcpiModel):
    """OCPI 2.3.0 object ``ActiveChargingProfileResult``.

    Module ``chargingprofiles``; spec table ``mod_charging_profiles.asciidoc#mod_charging_profiles_active_charging_profiles_result_object``.
    """

    result: ChargingProfileResultType
    profile: ActiveChargingProfile | None = None


class DisplayText(OcpiModel):
    """OCPI 2.3.0 class ``DisplayText``.

    Module ``types``; spec table ``types.asciidoc#types_displaytext_class``.
    """

    language: str = Field(max_length=2)
    text: str = Field(max_length=512)


class AdditionalGeoLocation(OcpiModel):
    """OCPI 2.3.0 class ``AdditionalGeoLocation``.

    Module ``locations``; spec table ``mod_locations.asciidoc#mod_locations_additionalgeolocation_class``.
    """

    latitude: str = Field(max_length=10)
    longitude: str = Field(max_length=11)
    name: DisplayText | None = None


class EnergyContract(OcpiModel):
    """OCPI 2.3.0 class ``EnergyContract``.

    Module ``tokens``; spec table ``mod_tokens.asciidoc#mod_tokens_energy_contract``.
    """

    supplier_name: str = Field(max_length=64)
    contract_id: Annotated[str, Field(max_length=64)] | None = None


class Token(OcpiModel):
    """OCPI 2.3.0 object ``Token``.

    Module ``tokens``; spec table ``mod_tokens.asciidoc#mod_tokens_token_object``.
    """

    country_code: CiString = Field(max_length=2)
    party_id: CiString = Field(max_length=3)
    uid: CiString = Field(max_length=36)
    type: OpenEnum[TokenType]
    contract_id: CiString = Field(max_length=36)
    visual_number: Annotated[str, Field(max_length=64)] | None = None
    issuer: str = Field(max_length=64)
    group_id: Annotated[CiString, Field(max_length=36)] | None = None
    valid: bool
    whitelist: WhitelistType
    language: Annotated[str, Field(max_length=2)] | None = None
    default_profile_type: ProfileType | None = None
    energy_contract: EnergyContract | None = None
    last_updated: OcpiDateTime


class LocationReferences(OcpiModel):
    """OCPI 2.3.0 class ``LocationReferences``.

    Module ``tokens``; spec table ``mod_tokens.asciidoc#mod_tokens_locationreferences_class``.
    """

    location_id: CiString = Field(max_length=36)
    evse_uids: list[Annotated[CiString, Field(max_length=36)]] | None = None


class AuthorizationInfo(OcpiModel):
    """OCPI 2.3.0 object ``AuthorizationInfo``.

    Module ``tokens``; spec table ``mod_tokens.asciidoc#mod_tokens_authorizationinfo_object``.
    """

    allowed: AllowedType
    token: Token
    location: LocationReferences | None = None
    authorization_reference: Annotated[CiString, Field(max_length=36)] | None = None
    info: DisplayText | None = None


class Image(OcpiModel):
    """OCPI 2.3.0 class ``Image``.

    Module ``locations``; spec table ``mod_locations.asciidoc#mod_locations_image_class``.
    """

    url: str = Field(max_length=255)
    thumbnail: Annotated[str, Field(max_length=255)] | None = None
    category: OpenEnum[ImageCategory]
    type: CiString = Field(max_length=4)
    width: int | None = None
    height: int | None = None


class BusinessDetails(OcpiModel):
    """OCPI 2.3.0 class ``BusinessDetails``.

    Module ``locations``; spec table ``mod_locations.asciidoc#mod_locations_businessdetails_class``.
    """

    name: str = Field(max_length=100)
    website: Annotated[str, Field(max_length=255)] | None = None
    logo: Image | None = None


class CdrToken(OcpiModel):
    """OCPI 2.3.0 class ``CdrToken``.

    Module ``cdrs``; spec table ``mod_cdrs.asciidoc#mod_cdrs_cdr_token_object``.
    """

    country_code: CiString = Field(max_length=2)
    party_id: CiString = Field(max_length=3)
    uid: CiString = Field(max_length=36)
    type: OpenEnum[TokenType]
    contract_id: CiString = Field(max_length=36)


class GeoLocation(OcpiModel):
    """OCPI 2.3.0 class ``GeoLocation``.

    Module ``locations``; spec table ``mod_locations.asciidoc#mod_locations_geolocation_class``.
    """

    latitude: str = Field(max_length=10)
    longitude: str = Field(max_length=11)


class CdrLocation(OcpiModel):
    """OCPI 2.3.0 class ``CdrLocation``.

    Module ``cdrs``; spec table ``mod_cdrs.asciidoc#mod_cdrs_cdr_location_class``.
    """

    id: CiString = Field(max_length=36)
    name: Annotated[str, Field(max_length=255)] | None = None
    address: str = Field(max_length=45)
    city: str = Field(max_length=45)
    postal_code: Annotated[str, Field(max_length=10)] | None = None
    state: Annotated[str, Field(max_length=20)] | None = None
    country: str = Field(max_length=3)
    coordinates: GeoLocation
    evse_uid: CiString = Field(max_length=36)
    evse_id: CiString = Field(max_length=48)
    connector_id: CiString = Field(max_length=36)
    connector_standard: OpenEnum[ConnectorType]
    connector_format: ConnectorFormat
    connector_power_type: PowerType


class PriceLimit(OcpiModel):
    """OCPI 2.3.0 class ``PriceLimit``.

    Module ``tariffs``; spec table ``mod_tariffs.asciidoc#mod_tariffs_pricelimit_class``.
    """

    before_taxes: ExactDecimal
    after_taxes: ExactDecimal | None = None


class PriceComponent(OcpiModel):
    """OCPI 2.3.0 class ``PriceComponent``.

    Module ``tariffs``; spec table ``mod_tariffs.asciidoc#mod_tariffs_pricecomponent_class``.
    """

    type: TariffDimensionType
    price: ExactDecimal
    vat: ExactDecimal | None = None
    step_size: int


class TariffRestrictions(OcpiModel):
    """OCPI 2.3.0 class ``TariffRestrictions``.

    Module ``tariffs``; spec table ``mod_tariffs.asciidoc#mod_tariffs_tariffrestrictions_class``.
    """

    start_time: Annotated[str, Field(max_length=5)] | None = None
    end_time: Annotated[str, Field(max_length=5)] | None = None
    start_date: Annotated[str, Field(max_length=10)] | None = None
    end_date: Annotated[str, Field(max_length=10)] | None = None
    min_kwh: ExactDecimal | None = None
    max_kwh: ExactDecimal | None = None
    min_current: ExactDecimal | None = None
    max_current: ExactDecimal | None = None
    min_power: ExactDecimal | None = None
    max_power: ExactDecimal | None = None
    min_duration: int | None = None
    max_duration: int | None = None
    day_of_week: list[DayOfWeek] | None = None
    reservation: ReservationRestrictionType | None = None


class TariffElement(OcpiModel):
    """OCPI 2.3.0 class ``TariffElement``.

    Module ``tariffs``; spec table ``mod_tariffs.asciidoc#mod_tariffs_tariffelement_class``.
    """

    price_components: list[PriceComponent] = Field(min_length=1)
    restrictions: TariffRestrictions | None = None


class EnergySource(OcpiModel):
    """OCPI 2.3.0 class ``EnergySource``.

    Module ``locations``; spec table ``mod_locations.asciidoc#mod_locations_energysource_class``.
    """

    source: EnergySourceCategory
    percentage: ExactDecimal


class EnvironmentalImpact(OcpiModel):
    """OCPI 2.3.0 class ``EnvironmentalImpact``.

    Module ``locations``; spec table ``mod_locations.asciidoc#mod_locations_environmentalimpact_class``.
    """

    category: OpenEnum[EnvironmentalImpactCategory]
    amount: ExactDecimal


class EnergyMix(OcpiModel):
    """OCPI 2.3.0 class ``EnergyMix``.

    Module ``locations``; spec table ``mod_locations.asciidoc#mod_locations_energymix_class``.
    """

    is_green_energy: bool
    energy_sources: list[EnergySource] | None = None
    environ_impact: list[EnvironmentalImpact] | None = None
    supplier_name: Annotated[str, Field(max_length=64)] | None = None
    energy_product_name: Annotated[str, Field(max_length=64)] | None = None


class Tariff(OcpiModel):
    """OCPI 2.3.0 object ``Tariff``.

    Module ``tariffs``; spec table ``mod_tariffs.asciidoc#mod_tariffs_tariff_object``.
    """

    country_code: CiString = Field(max_length=2)
    party_id: CiString = Field(max_length=3)
    id: CiString = Field(max_length=36)
    currency: str = Field(max_length=3)
    type: TariffType | None = None
    tariff_alt_text: list[DisplayText] | None = None
    tariff_alt_url: Annotated[str, Field(max_length=255)] | None = None
    min_price: PriceLimit | None = None
    max_price: PriceLimit | None = None
    preauthorize_amount: ExactDecimal | None = None
    elements: list[TariffElement] = Field(min_length=1)
    tax_included: TaxIncluded
    start_date_time: OcpiDateTime | None = None
    end_date_time: OcpiDateTime | None = None
    energy_mix: EnergyMix | None = None
    last_updated: OcpiDateTime


class CdrDimension(OcpiModel):
    """OCPI 2.3.0 class ``CdrDimension``.

    Module ``cdrs``; spec table ``mod_cdrs.asciidoc#mod_cdrs_cdrdimension_class``.
    """

    type: CdrDimensionType
    volume: ExactDecimal


class ChargingPeriod(OcpiModel):
    """OCPI 2.3.0 class ``ChargingPeriod``.

    Module ``cdrs``; spec table ``mod_cdrs.asciidoc#mod_cdrs_chargingperiod_class``.
    """

    start_date_time: OcpiDateTime
    dimensions: list[CdrDimension] = Field(min_length=1)
    tariff_id: Annotated[CiString, Field(max_length=36)] | None = None


class SignedValue(OcpiModel):
    """OCPI 2.3.0 class ``SignedValue``.

    Module ``cdrs``; spec table ``mod_cdrs.asciidoc#mod_cdrs_signed_value_class``.
    """

    nature: CiString = Field(max_length=32)
    plain_data: str = Field(max_length=512)
    signed_data: str = Field(max_length=5000)


class SignedData(OcpiModel):
    """OCPI 2.3.0 class ``SignedData``.

    Module ``cdrs``; spec table ``mod_cdrs.asciidoc#mod_cdrs_signed_data_class``.
    """

    encoding_method: CiString = Field(max_length=36)
    encoding_method_version: int | None = None
    public_key: Annotated[str, Field(max_length=512)] | None = None
    signed_values: list[SignedValue] = Field(min_length=1)
    url: Annotated[str, Field(max_length=512)] | None = None


class TaxAmount(OcpiModel):
    """OCPI 2.3.0 class ``TaxAmount``.

    Module ``types``; spec table ``types.asciidoc#types_tax_amount_class``.
    """

    name: str
    account_number: str | None = None
    percentage: ExactDecimal | None = None
    amount: ExactDecimal


class Price(OcpiModel):
    """OCPI 2.3.0 class ``Price``.

    Module ``types``; spec table ``types.asciidoc#types_price_class``.
    """

    before_taxes: ExactDecimal
    taxes: list[TaxAmount] | None = None


class CDR(OcpiModel):
    """OCPI 2.3.0 object ``CDR``.

    Module ``cdrs``; spec table ``mod_cdrs.asciidoc#mod_cdrs_cdr_object``.
    """

    country_code: CiString = Field(max_length=2)
    party_id: CiString = Field(max_length=3)
    id: CiString = Field(max_length=39)
    start_date_time: OcpiDateTime
    end_date_time: OcpiDateTime
    session_id: Annotated[CiString, Field(max_length=36)] | None = None
    cdr_token: CdrToken
    auth_method: AuthMethod
    authorization_reference: Annotated[CiString, Field(max_length=36)] | None = None
    cdr_location: CdrLocation
    meter_id: Annotated[str, Field(max_length=255)] | None = None
    currency: str = Field(max_length=3)
    tariffs: list[Tariff] | None = None
    charging_periods: list[ChargingPeriod] = Field(min_length=1)
    signed_data: SignedData | None = None
    total_cost: Price
    total_fixed_cost: Price | None = None
    total_energy: ExactDecimal
    total_energy_cost: Price | None = None
    total_time: ExactDecimal
    total_time_cost: Price | None = None
    total_parking_time: ExactDecimal | None = None
    total_parking_cost: Price | None = None
    total_reservation_cost: Price | None = None
    remark: Annotated[str, Field(max_length=255)] | None = None
    invoice_reference_id: Annotated[CiString, Field(max_length=39)] | None = None
    credit: bool | None = None
    credit_reference_id: Annotated[CiString, Field(max_length=39)] | None = None
    home_charging_compensation: bool | None = None
    last_updated: OcpiDateTime


class CancelReservation(OcpiModel):
    """OCPI 2.3.0 object ``CancelReservation``.

    Module ``commands``; spec table ``mod_commands.asciidoc#mod_commands_cancelreservation_object``.
    """

    response_url: str = Field(max_length=255)
    reservation_id: CiString = Field(max_length=36)


class ChargingPreferences(OcpiModel):
    """OCPI 2.3.0 object ``ChargingPreferences``.

    Module ``sessions``; spec table ``mod_sessions.asciidoc#mod_sessions_charging_preferences_object``.
    """

    profile_type: ProfileType
    departure_time: OcpiDateTime | None = None
    energy_need: ExactDecimal | None = None
    discharge_allowed: bool | None = None


class ChargingProfileResponse(OcpiModel):
    """OCPI 2.3.0 object ``ChargingProfileResponse``.

    Module ``chargingprofiles``; spec table ``mod_charging_profiles.asciidoc#mod_charging_profiles_response_object``.
    """

    result: ChargingProfileResponseType
    timeout: int


class ChargingProfileResult(OcpiModel):
    """OCPI 2.3.0 object ``ChargingProfileResult``.

    Module ``chargingprofiles``; spec table ``mod_charging_profiles.asciidoc#mod_charging_profiles_charging_profiles_result_object``.
    """

    result: ChargingProfileResultType


class ClearProfileResult(OcpiModel):
    """OCPI 2.3.0 object ``ClearProfileResult``.

    Module ``chargingprofiles``; spec table ``mod_charging_profiles.asciidoc#mod_charging_profiles_clear_profiles_result_object``.
    """

    result: ChargingProfileResultType


class ClientInfo(OcpiModel):
    """OCPI 2.3.0 object ``ClientInfo``.

    Module ``hubclientinfo``; spec table ``mod_hub_client_info.asciidoc#mod_hub_client_info_hub_client_info_object``.
    """

    party_id: CiString = Field(max_length=3)
    country_code: CiString = Field(max_length=2)
    role: Role
    status: ConnectionStatus
    last_updated: OcpiDateTime


class CommandResponse(OcpiModel):
    """OCPI 2.3.0 object ``CommandResponse``.

    Module ``commands``; spec table ``mod_commands.asciidoc#mod_commands_commandresponse_object``.
    """

    result: CommandResponseType
    timeout: int
    message: list[DisplayText] | None = None


class CommandResult(OcpiModel):
    """OCPI 2.3.0 object ``CommandResult``.

    Module ``commands``; spec table ``mod_commands.asciidoc#mod_commands_commandresult_object``.
    """

    result: CommandResultType
    message: list[DisplayText] | None = None


class Connector(OcpiModel):
    """OCPI 2.3.0 object ``Connector``.

    Module ``locations``; spec table ``mod_locations.asciidoc#mod_locations_connector_object``.
    """

    id: CiString = Field(max_length=36)
    standard: OpenEnum[ConnectorType]
    format: ConnectorFormat
    power_type: PowerType
    max_voltage: int
    max_amperage: int
    max_electric_power: int | None = None
    tariff_ids: list[Annotated[CiString, Field(max_length=36)]] | None = None
    terms_and_conditions: Annotated[str, Field(max_length=255)] | None = None
    capabilities: list[OpenEnum[ConnectorCapability]] | None = None
    last_updated: OcpiDateTime


class CredentialsRole(OcpiModel):
    """OCPI 2.3.0 class ``CredentialsRole``.

    Module ``credentials``; spec table ``credentials.asciidoc#credentials_credentials_role_class``.
    """

    role: Role
    business_details: BusinessDetails
    party_id: CiString = Field(max_length=3)
    country_code: CiString = Field(max_length=2)


class Credentials(OcpiModel):
    """OCPI 2.3.0 object ``Credentials``.

    Module ``credentials``; spec table ``credentials.asciidoc#credentials_credentials_object``.
    """

    token: str = Field(max_length=64, repr=False)
    url: str = Field(max_length=255)
    hub_party_id: Annotated[CiString, Field(max_length=5)] | None = None
    roles: list[CredentialsRole] = Field(min_length=1)


class StatusSchedule(OcpiModel):
    """OCPI 2.3.0 class ``StatusSchedule``.

    Module ``locations``; spec table ``mod_locations.asciidoc#mod_locations_statusschedule_class``.
    """

    period_begin: OcpiDateTime
    period_end: OcpiDateTime | None = None
    status: Status


class EVSEParking(OcpiModel):
    """OCPI 2.3.0 class ``EVSEParking``.

    Module ``locations``; spec table ``mod_locations.asciidoc#mod_locations_evseparking_class``.
    """

    parking_id: CiString = Field(max_length=36)
    evse_position: EVSEPosition | None = None


class EVSE(OcpiModel):
    """OCPI 2.3.0 object ``EVSE``.

    Module ``locations``; spec table ``mod_locations.asciidoc#mod_locations_evse_object``.
    """

    uid: CiString = Field(max_length=36)
    evse_id: Annotated[CiString, Field(max_length=48)] | None = None
    status: Status
    status_schedule: list[StatusSchedule] | None = None
    capabilities: list[OpenEnum[Capability]] | None = None
    connectors: list[Connector] = Field(min_length=1)
    floor_level: Annotated[str, Field(max_length=4)] | None = None
    coordinates: GeoLocation | None = None
    physical_reference: Annotated[str, Field(max_length=16)] | None = None
    directions: list[DisplayText] | None = None
    parking_restrictions: list[OpenEnum[ParkingRestriction]] | None = None
    parking: list[EVSEParking] | None = None
    images: list[Image] | None = None
    accepted_service_providers: list[Annotated[str, Field(max_length=50)]] | None = None
    last_updated: OcpiDateTime


class Endpoint(OcpiModel):
    """OCPI 2.3.0 class ``Endpoint``.

    Module ``versions``; spec table ``version_information_endpoint.asciidoc#version_information_endpoint_endpoint_class``.
    """

    identifier: OpenEnum[ModuleID]
    role: InterfaceRole
    url: str = Field(max_length=255)


class ExceptionalPeriod(OcpiModel):
    """OCPI 2.3.0 class ``ExceptionalPeriod``.

    Module ``locations``; spec table ``mod_locations.asciidoc#mod_locations_exceptionalperiod_class``.
    """

    period_begin: OcpiDateTime
    period_end: OcpiDateTime


class RegularHours(OcpiModel):
    """OCPI 2.3.0 class ``RegularHours``.

    Module ``locations``; spec table ``mod_locations.asciidoc#mod_locations_regularhours_class``.
    """

    weekday: int
    period_begin: str = Field(max_length=5)
    period_end: str = Field(max_length=5)


class Hours(OcpiModel):
    """OCPI 2.3.0 class ``Hours``.

    Module ``locations``; spec table ``mod_locations.asciidoc#mod_locations_hours_class``.
    """

    twentyfourseven: bool
    regular_hours: list[RegularHours] | None = None
    exceptional_openings: list[ExceptionalPeriod] | None = None
    exceptional_closings: list[ExceptionalPeriod] | None = None


class PublishTokenType(OcpiModel):
    """OCPI 2.3.0 class ``PublishTokenType``.

    Module ``locations``; spec table ``mod_locations.asciidoc#mod_locations_publish_token_class``.
    """

    uid: Annotated[CiString, Field(max_length=36)] | None = None
    type: OpenEnum[TokenType] | None = None
    visual_number: Annotated[str, Field(max_length=64)] | None = None
    issuer: Annotated[str, Field(max_length=64)] | None = None
    group_id: Annotated[CiString, Field(max_length=36)] | None = None


class Parking(OcpiModel):
    """OCPI 2.3.0 object ``Parking``.

    Module ``locations``; spec table ``mod_locations.asciidoc#mod_locations_parking_object``.
    """

    id: CiString = Field(max_length=36)
    physical_reference: Annotated[str, Field(max_length=12)] | None = None
    vehicle_types: list[OpenEnum[VehicleType]] = Field(min_length=1)
    max_vehicle_weight: ExactDecimal | None = None
    max_vehicle_height: ExactDecimal | None = None
    max_vehicle_length: ExactDecimal | None = None
    max_vehicle_width: ExactDecimal | None = None
    parking_space_length: ExactDecimal | None = None
    parking_space_width: ExactDecimal | None = None
    dangerous_goods_allowed: bool | None = None
    direction: ParkingDirection | None = None
    drive_through: bool | None = None
    restricted_to_type: bool
    reservation_required: bool
    time_limit: ExactDecimal | None = None
    roofed: bool | None = None
    images: list[Image] | None = None
    lighting: bool | None = None
    refrigeration_outlet: bool | None = None
    standards: list[Annotated[CiString, Field(max_length=36)]] | None = None
    apds_reference: CiString | None = None


class Location(OcpiModel):
    """OCPI 2.3.0 object ``Location``.

    Module ``locations``; spec table ``mod_locations.asciidoc#mod_locations_location_object``.
    """

    country_code: CiString = Field(max_length=2)
    party_id: CiString = Field(max_length=3)
    id: CiString = Field(max_length=36)
    publish: bool
    publish_allowed_to: list[PublishTokenType] | None = None
    name: Annotated[str, Field(max_length=255)] | None = None
    address: str = Field(max_length=45)
    city: str = Field(max_length=45)
    postal_code: Annotated[str, Field(max_length=10)] | None = None
    state: Annotated[str, Field(max_length=20)] | None = None
    country: str = Field(max_length=3)
    coordinates: GeoLocation
    related_locations: list[AdditionalGeoLocation] | None = None
    parking_type: OpenEnum[ParkingType] | None = None
    evses: list[EVSE] | None = None
    parking_places: list[Parking] | None = None
    directions: list[DisplayText] | None = None
    operator: BusinessDetails | None = None
    suboperator: BusinessDetails | None = None
    owner: BusinessDetails | None = None
    facilities: list[OpenEnum[Facility]] | None = None
    time_zone: str = Field(max_length=255)
    opening_times: Hours | None = None
    charging_when_closed: bool | None = None
    images: list[Image] | None = None
    energy_mix: EnergyMix | None = None
    help_phone: Annotated[CiString, Field(max_length=25)] | None = None
    last_updated: OcpiDateTime


class ReserveNow(OcpiModel):
    """OCPI 2.3.0 object ``ReserveNow``.

    Module ``commands``; spec table ``mod_commands.asciidoc#mod_commands_reservenow_object``.
    """

    response_url: str = Field(max_length=255)
    token: Token
    expiry_date: OcpiDateTime
    reservation_id: CiString = Field(max_length=36)
    location_id: CiString = Field(max_length=36)
    evse_uid: Annotated[CiString, Field(max_length=36)] | None = None
    authorization_reference: Annotated[CiString, Field(max_length=36)] | None = None


class Session(OcpiModel):
    """OCPI 2.3.0 object ``Session``.

    Module ``sessions``; spec table ``mod_sessions.asciidoc#mod_sessions_session_object``.
    """

    country_code: CiString = Field(max_length=2)
    party_id: CiString = Field(max_length=3)
    id: CiString = Field(max_length=36)
    start_date_time: OcpiDateTime
    end_date_time: OcpiDateTime | None = None
    kwh: ExactDecimal
    cdr_token: CdrToken
    auth_method: AuthMethod
    authorization_reference: Annotated[CiString, Field(max_length=36)] | None = None
    location_id: CiString = Field(max_length=36)
    evse_uid: CiString = Field(max_length=36)
    connector_id: CiString = Field(max_length=36)
    meter_id: Annotated[str, Field(max_length=255)] | None = None
    currency: str = Field(max_length=3)
    charging_periods: list[ChargingPeriod] | None = None
    total_cost: Price | None = None
    status: SessionStatus
    last_updated: OcpiDateTime


class SetChargingProfile(OcpiModel):
    """OCPI 2.3.0 object ``SetChargingProfile``.

    Module ``chargingprofiles``; spec table ``mod_charging_profiles.asciidoc#mod_charging_profiles_set_charging_profile_object``.
    """

    charging_profile: ChargingProfile
    response_url: str = Field(max_length=255)


class StartSession(OcpiModel):
    """OCPI 2.3.0 object ``StartSession``.

    Module ``commands``; spec table ``mod_commands.asciidoc#mod_commands_startsession_object``.
    """

    response_url: str = Field(max_length=255)
    token: Token
    location_id: CiString = Field(max_length=36)
    evse_uid: Annotated[CiString, Field(max_length=36)] | None = None
    connector_id: Annotated[CiString, Field(max_length=36)] | None = None
    authorization_reference: Annotated[CiString, Field(max_length=36)] | None = None


class StopSession(OcpiModel):
    """OCPI 2.3.0 object ``StopSession``.

    Module ``commands``; spec table ``mod_commands.asciidoc#mod_commands_stopsession_object``.
    """

    response_url: str = Field(max_length=255)
    session_id: CiString = Field(max_length=36)


class UnlockConnector(OcpiModel):
    """OCPI 2.3.0 object ``UnlockConnector``.

    Module ``commands``; spec table ``mod_commands.asciidoc#mod_commands_unlockconnector_object``.
    """

    response_url: str = Field(max_length=255)
    location_id: CiString = Field(max_length=36)
    evse_uid: CiString = Field(max_length=36)
    connector_id: CiString = Field(max_length=36)


class Version(OcpiModel):
    """OCPI 2.3.0 class ``Version``.

    Module ``versions``; spec table ``version_information_endpoint.asciidoc#version_information_endpoint_version_class``.
    """

    version: OpenEnum[VersionNumber]
    url: str = Field(max_length=255)


class VersionDetails(OcpiModel):
    """OCPI 2.3.0 object ``VersionDetails`` (a name of ours: the spec's table has none).

    Module ``versions``; spec table ``version_information_endpoint.asciidoc#version_information_get_details_endpoint_data``.
    """

    version: OpenEnum[VersionNumber]
    endpoints: list[Endpoint] = Field(min_length=1)


ChargingProfilesResultBody: TypeAlias = (
    ActiveChargingProfileResult | ChargingProfileResult | ClearProfileResult
)
"""OCPI 2.3.0: one of ActiveChargingProfileResult, ChargingProfileResult, ClearProfileResult.

A name of ours for a choice in module ``chargingprofiles``, spec tables:

* ``mod_charging_profiles.asciidoc#mod_charging_profiles_cpo_post_request_body``
"""


CommandsRequestBody: TypeAlias = (
    CancelReservation | ReserveNow | StartSession | StopSession | UnlockConnector
)
"""OCPI 2.3.0: one of CancelReservation, ReserveNow, StartSession, StopSession, UnlockConnector.

A name of ours for a choice in module ``commands``, spec tables:

* ``mod_commands.asciidoc#mod_commands_cpo_post_request_body``
"""


LocationsObjectChoice: TypeAlias = Location | EVSE | Connector
"""OCPI 2.3.0: one of Location, EVSE, Connector.

A name of ours for a choice in module ``locations``, spec tables:

* ``mod_locations.asciidoc#mod_locations_get_object_response_data``
* ``mod_locations.asciidoc#mod_locations_response_data``
* ``mod_locations.asciidoc#mod_locations_request_body``
"""
