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

    start_date_time: OcpiDateTime | None = Field(default=None)
    duration: int | None = Field(default=None)
    charging_rate_unit: ChargingRateUnit
    min_charging_rate: ExactDecimal | None = Field(default=None)
    charging_profile_period: list[ChargingProfilePeriod] | None = Field(default=None)


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
    profile: ActiveChargingProfile | None = Field(default=None)


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
    name: DisplayText | None = Field(default=None)


class EnergyContract(OcpiModel):
    """OCPI 2.3.0 class ``EnergyContract``.

    Module ``tokens``; spec table ``mod_tokens.asciidoc#mod_tokens_energy_contract``.
    """

    supplier_name: str = Field(max_length=64)
    contract_id: str | None = Field(default=None, max_length=64)


class Token(OcpiModel):
    """OCPI 2.3.0 object ``Token``.

    Module ``tokens``; spec table ``mod_tokens.asciidoc#mod_tokens_token_object``.
    """

    country_code: CiString = Field(max_length=2)
    party_id: CiString = Field(max_length=3)
    uid: CiString = Field(max_length=36)
    type: OpenEnum[TokenType]
    contract_id: CiString = Field(max_length=36)
    visual_number: str | None = Field(default=None, max_length=64)
    issuer: str = Field(max_length=64)
    group_id: CiString | None = Field(default=None, max_length=36)
    valid: bool
    whitelist: WhitelistType
    language: str | None = Field(default=None, max_length=2)
    default_profile_type: ProfileType | None = Field(default=None)
    energy_contract: EnergyContract | None = Field(default=None)
    last_updated: OcpiDateTime


class LocationReferences(OcpiModel):
    """OCPI 2.3.0 class ``LocationReferences``.

    Module ``tokens``; spec table ``mod_tokens.asciidoc#mod_tokens_locationreferences_class``.
    """

    location_id: CiString = Field(max_length=36)
    evse_uids: list[Annotated[CiString, Field(max_length=36)]] | None = Field(default=None)


class AuthorizationInfo(OcpiModel):
    """OCPI 2.3.0 object ``AuthorizationInfo``.

    Module ``tokens``; spec table ``mod_tokens.asciidoc#mod_tokens_authorizationinfo_object``.
    """

    allowed: AllowedType
    token: Token
    location: LocationReferences | None = Field(default=None)
    authorization_reference: CiString | None = Field(default=None, max_length=36)
    info: DisplayText | None = Field(default=None)


class Image(OcpiModel):
    """OCPI 2.3.0 class ``Image``.

    Module ``locations``; spec table ``mod_locations.asciidoc#mod_locations_image_class``.
    """

    url: str = Field(max_length=255)
    thumbnail: str | None = Field(default=None, max_length=255)
    category: OpenEnum[ImageCategory]
    type: CiString = Field(max_length=4)
    width: int | None = Field(default=None)
    height: int | None = Field(default=None)


class BusinessDetails(OcpiModel):
    """OCPI 2.3.0 class ``BusinessDetails``.

    Module ``locations``; spec table ``mod_locations.asciidoc#mod_locations_businessdetails_class``.
    """

    name: str = Field(max_length=100)
    website: str | None = Field(default=None, max_length=255)
    logo: Image | None = Field(default=None)


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
    name: str | None = Field(default=None, max_length=255)
    address: str = Field(max_length=45)
    city: str = Field(max_length=45)
    postal_code: str | None = Field(default=None, max_length=10)
    state: str | None = Field(default=None, max_length=20)
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
    after_taxes: ExactDecimal | None = Field(default=None)


class PriceComponent(OcpiModel):
    """OCPI 2.3.0 class ``PriceComponent``.

    Module ``tariffs``; spec table ``mod_tariffs.asciidoc#mod_tariffs_pricecomponent_class``.
    """

    type: TariffDimensionType
    price: ExactDecimal
    vat: ExactDecimal | None = Field(default=None)
    step_size: int


class TariffRestrictions(OcpiModel):
    """OCPI 2.3.0 class ``TariffRestrictions``.

    Module ``tariffs``; spec table ``mod_tariffs.asciidoc#mod_tariffs_tariffrestrictions_class``.
    """

    start_time: str | None = Field(default=None, max_length=5)
    end_time: str | None = Field(default=None, max_length=5)
    start_date: str | None = Field(default=None, max_length=10)
    end_date: str | None = Field(default=None, max_length=10)
    min_kwh: ExactDecimal | None = Field(default=None)
    max_kwh: ExactDecimal | None = Field(default=None)
    min_current: ExactDecimal | None = Field(default=None)
    max_current: ExactDecimal | None = Field(default=None)
    min_power: ExactDecimal | None = Field(default=None)
    max_power: ExactDecimal | None = Field(default=None)
    min_duration: int | None = Field(default=None)
    max_duration: int | None = Field(default=None)
    day_of_week: list[DayOfWeek] | None = Field(default=None)
    reservation: ReservationRestrictionType | None = Field(default=None)


class TariffElement(OcpiModel):
    """OCPI 2.3.0 class ``TariffElement``.

    Module ``tariffs``; spec table ``mod_tariffs.asciidoc#mod_tariffs_tariffelement_class``.
    """

    price_components: list[PriceComponent] = Field(min_length=1)
    restrictions: TariffRestrictions | None = Field(default=None)


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
    energy_sources: list[EnergySource] | None = Field(default=None)
    environ_impact: list[EnvironmentalImpact] | None = Field(default=None)
    supplier_name: str | None = Field(default=None, max_length=64)
    energy_product_name: str | None = Field(default=None, max_length=64)


class Tariff(OcpiModel):
    """OCPI 2.3.0 object ``Tariff``.

    Module ``tariffs``; spec table ``mod_tariffs.asciidoc#mod_tariffs_tariff_object``.
    """

    country_code: CiString = Field(max_length=2)
    party_id: CiString = Field(max_length=3)
    id: CiString = Field(max_length=36)
    currency: str = Field(max_length=3)
    type: TariffType | None = Field(default=None)
    tariff_alt_text: list[DisplayText] | None = Field(default=None)
    tariff_alt_url: str | None = Field(default=None, max_length=255)
    min_price: PriceLimit | None = Field(default=None)
    max_price: PriceLimit | None = Field(default=None)
    preauthorize_amount: ExactDecimal | None = Field(default=None)
    elements: list[TariffElement] = Field(min_length=1)
    tax_included: TaxIncluded
    start_date_time: OcpiDateTime | None = Field(default=None)
    end_date_time: OcpiDateTime | None = Field(default=None)
    energy_mix: EnergyMix | None = Field(default=None)
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
    tariff_id: CiString | None = Field(default=None, max_length=36)


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
    encoding_method_version: int | None = Field(default=None)
    public_key: str | None = Field(default=None, max_length=512)
    signed_values: list[SignedValue] = Field(min_length=1)
    url: str | None = Field(default=None, max_length=512)


class TaxAmount(OcpiModel):
    """OCPI 2.3.0 class ``TaxAmount``.

    Module ``types``; spec table ``types.asciidoc#types_tax_amount_class``.
    """

    name: str
    account_number: str | None = Field(default=None)
    percentage: ExactDecimal | None = Field(default=None)
    amount: ExactDecimal


class Price(OcpiModel):
    """OCPI 2.3.0 class ``Price``.

    Module ``types``; spec table ``types.asciidoc#types_price_class``.
    """

    before_taxes: ExactDecimal
    taxes: list[TaxAmount] | None = Field(default=None)


class CDR(OcpiModel):
    """OCPI 2.3.0 object ``CDR``.

    Module ``cdrs``; spec table ``mod_cdrs.asciidoc#mod_cdrs_cdr_object``.
    """

    country_code: CiString = Field(max_length=2)
    party_id: CiString = Field(max_length=3)
    id: CiString = Field(max_length=39)
    start_date_time: OcpiDateTime
    end_date_time: OcpiDateTime
    session_id: CiString | None = Field(default=None, max_length=36)
    cdr_token: CdrToken
    auth_method: AuthMethod
    authorization_reference: CiString | None = Field(default=None, max_length=36)
    cdr_location: CdrLocation
    meter_id: str | None = Field(default=None, max_length=255)
    currency: str = Field(max_length=3)
    tariffs: list[Tariff] | None = Field(default=None)
    charging_periods: list[ChargingPeriod] = Field(min_length=1)
    signed_data: SignedData | None = Field(default=None)
    total_cost: Price
    total_fixed_cost: Price | None = Field(default=None)
    total_energy: ExactDecimal
    total_energy_cost: Price | None = Field(default=None)
    total_time: ExactDecimal
    total_time_cost: Price | None = Field(default=None)
    total_parking_time: ExactDecimal | None = Field(default=None)
    total_parking_cost: Price | None = Field(default=None)
    total_reservation_cost: Price | None = Field(default=None)
    remark: str | None = Field(default=None, max_length=255)
    invoice_reference_id: CiString | None = Field(default=None, max_length=39)
    credit: bool | None = Field(default=None)
    credit_reference_id: CiString | None = Field(default=None, max_length=39)
    home_charging_compensation: bool | None = Field(default=None)
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
    departure_time: OcpiDateTime | None = Field(default=None)
    energy_need: ExactDecimal | None = Field(default=None)
    discharge_allowed: bool | None = Field(default=None)


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
    message: list[DisplayText] | None = Field(default=None)


class CommandResult(OcpiModel):
    """OCPI 2.3.0 object ``CommandResult``.

    Module ``commands``; spec table ``mod_commands.asciidoc#mod_commands_commandresult_object``.
    """

    result: CommandResultType
    message: list[DisplayText] | None = Field(default=None)


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
    max_electric_power: int | None = Field(default=None)
    tariff_ids: list[Annotated[CiString, Field(max_length=36)]] | None = Field(default=None)
    terms_and_conditions: str | None = Field(default=None, max_length=255)
    capabilities: list[OpenEnum[ConnectorCapability]] | None = Field(default=None)
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

    token: str = Field(max_length=64)
    url: str = Field(max_length=255)
    hub_party_id: CiString | None = Field(default=None, max_length=5)
    roles: list[CredentialsRole] = Field(min_length=1)


class StatusSchedule(OcpiModel):
    """OCPI 2.3.0 class ``StatusSchedule``.

    Module ``locations``; spec table ``mod_locations.asciidoc#mod_locations_statusschedule_class``.
    """

    period_begin: OcpiDateTime
    period_end: OcpiDateTime | None = Field(default=None)
    status: Status


class EVSEParking(OcpiModel):
    """OCPI 2.3.0 class ``EVSEParking``.

    Module ``locations``; spec table ``mod_locations.asciidoc#mod_locations_evseparking_class``.
    """

    parking_id: CiString = Field(max_length=36)
    evse_position: EVSEPosition | None = Field(default=None)


class EVSE(OcpiModel):
    """OCPI 2.3.0 object ``EVSE``.

    Module ``locations``; spec table ``mod_locations.asciidoc#mod_locations_evse_object``.
    """

    uid: CiString = Field(max_length=36)
    evse_id: CiString | None = Field(default=None, max_length=48)
    status: Status
    status_schedule: list[StatusSchedule] | None = Field(default=None)
    capabilities: list[OpenEnum[Capability]] | None = Field(default=None)
    connectors: list[Connector] = Field(min_length=1)
    floor_level: str | None = Field(default=None, max_length=4)
    coordinates: GeoLocation | None = Field(default=None)
    physical_reference: str | None = Field(default=None, max_length=16)
    directions: list[DisplayText] | None = Field(default=None)
    parking_restrictions: list[OpenEnum[ParkingRestriction]] | None = Field(default=None)
    parking: list[EVSEParking] | None = Field(default=None)
    images: list[Image] | None = Field(default=None)
    accepted_service_providers: list[Annotated[str, Field(max_length=50)]] | None = Field(
        default=None
    )
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
    regular_hours: list[RegularHours] | None = Field(default=None)
    exceptional_openings: list[ExceptionalPeriod] | None = Field(default=None)
    exceptional_closings: list[ExceptionalPeriod] | None = Field(default=None)


class PublishTokenType(OcpiModel):
    """OCPI 2.3.0 class ``PublishTokenType``.

    Module ``locations``; spec table ``mod_locations.asciidoc#mod_locations_publish_token_class``.
    """

    uid: CiString | None = Field(default=None, max_length=36)
    type: OpenEnum[TokenType] | None = Field(default=None)
    visual_number: str | None = Field(default=None, max_length=64)
    issuer: str | None = Field(default=None, max_length=64)
    group_id: CiString | None = Field(default=None, max_length=36)


class Parking(OcpiModel):
    """OCPI 2.3.0 object ``Parking``.

    Module ``locations``; spec table ``mod_locations.asciidoc#mod_locations_parking_object``.
    """

    id: CiString = Field(max_length=36)
    physical_reference: str | None = Field(default=None, max_length=12)
    vehicle_types: list[OpenEnum[VehicleType]] = Field(min_length=1)
    max_vehicle_weight: ExactDecimal | None = Field(default=None)
    max_vehicle_height: ExactDecimal | None = Field(default=None)
    max_vehicle_length: ExactDecimal | None = Field(default=None)
    max_vehicle_width: ExactDecimal | None = Field(default=None)
    parking_space_length: ExactDecimal | None = Field(default=None)
    parking_space_width: ExactDecimal | None = Field(default=None)
    dangerous_goods_allowed: bool | None = Field(default=None)
    direction: ParkingDirection | None = Field(default=None)
    drive_through: bool | None = Field(default=None)
    restricted_to_type: bool
    reservation_required: bool
    time_limit: ExactDecimal | None = Field(default=None)
    roofed: bool | None = Field(default=None)
    images: list[Image] | None = Field(default=None)
    lighting: bool | None = Field(default=None)
    refrigeration_outlet: bool | None = Field(default=None)
    standards: list[Annotated[CiString, Field(max_length=36)]] | None = Field(default=None)
    apds_reference: CiString | None = Field(default=None)


class Location(OcpiModel):
    """OCPI 2.3.0 object ``Location``.

    Module ``locations``; spec table ``mod_locations.asciidoc#mod_locations_location_object``.
    """

    country_code: CiString = Field(max_length=2)
    party_id: CiString = Field(max_length=3)
    id: CiString = Field(max_length=36)
    publish: bool
    publish_allowed_to: list[PublishTokenType] | None = Field(default=None)
    name: str | None = Field(default=None, max_length=255)
    address: str = Field(max_length=45)
    city: str = Field(max_length=45)
    postal_code: str | None = Field(default=None, max_length=10)
    state: str | None = Field(default=None, max_length=20)
    country: str = Field(max_length=3)
    coordinates: GeoLocation
    related_locations: list[AdditionalGeoLocation] | None = Field(default=None)
    parking_type: OpenEnum[ParkingType] | None = Field(default=None)
    evses: list[EVSE] | None = Field(default=None)
    parking_places: list[Parking] | None = Field(default=None)
    directions: list[DisplayText] | None = Field(default=None)
    operator: BusinessDetails | None = Field(default=None)
    suboperator: BusinessDetails | None = Field(default=None)
    owner: BusinessDetails | None = Field(default=None)
    facilities: list[OpenEnum[Facility]] | None = Field(default=None)
    time_zone: str = Field(max_length=255)
    opening_times: Hours | None = Field(default=None)
    charging_when_closed: bool | None = Field(default=None)
    images: list[Image] | None = Field(default=None)
    energy_mix: EnergyMix | None = Field(default=None)
    help_phone: CiString | None = Field(default=None, max_length=25)
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
    evse_uid: CiString | None = Field(default=None, max_length=36)
    authorization_reference: CiString | None = Field(default=None, max_length=36)


class Session(OcpiModel):
    """OCPI 2.3.0 object ``Session``.

    Module ``sessions``; spec table ``mod_sessions.asciidoc#mod_sessions_session_object``.
    """

    country_code: CiString = Field(max_length=2)
    party_id: CiString = Field(max_length=3)
    id: CiString = Field(max_length=36)
    start_date_time: OcpiDateTime
    end_date_time: OcpiDateTime | None = Field(default=None)
    kwh: ExactDecimal
    cdr_token: CdrToken
    auth_method: AuthMethod
    authorization_reference: CiString | None = Field(default=None, max_length=36)
    location_id: CiString = Field(max_length=36)
    evse_uid: CiString = Field(max_length=36)
    connector_id: CiString = Field(max_length=36)
    meter_id: str | None = Field(default=None, max_length=255)
    currency: str = Field(max_length=3)
    charging_periods: list[ChargingPeriod] | None = Field(default=None)
    total_cost: Price | None = Field(default=None)
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
    evse_uid: CiString | None = Field(default=None, max_length=36)
    connector_id: CiString | None = Field(default=None, max_length=36)
    authorization_reference: CiString | None = Field(default=None, max_length=36)


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
