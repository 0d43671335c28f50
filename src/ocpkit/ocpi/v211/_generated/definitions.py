"""The definition table of OCPI 2.1.1, generated from the OCPI definitions (the spec tables).

Do not edit: written by ``python -m codegen generate`` from ``schemas/ocpi/2.1.1.json``
(sha256 of the original: ``de4426bde276c1c687b99faec5aa1b05930b082ac2f824001732e19fcac21a46``;
github.com/ocpi/ocpi commit ``28ea45329a50c3dbfd790505b97860854db1d4a6``).

OCPI property names are snake_case already, so every Python field name is its wire name:
there are no aliases.
"""

from typing import Final, Literal

Kind = Literal["object", "class", "enum", "union"]

# generated name -> (kind of spec table, OCPI module)
DEFINITIONS: Final[dict[str, tuple[Kind, str]]] = {
    "AdditionalGeoLocation": ("class", "locations"),
    "Allowed": ("enum", "tokens"),
    "AuthMethod": ("enum", "cdrs"),
    "AuthorizationInfo": ("object", "tokens"),
    "BusinessDetails": ("class", "locations"),
    "CDR": ("object", "cdrs"),
    "Capability": ("enum", "locations"),
    "CdrDimension": ("class", "cdrs"),
    "CdrDimensionType": ("enum", "cdrs"),
    "ChargingPeriod": ("class", "cdrs"),
    "CommandResponse": ("object", "commands"),
    "CommandResponseType": ("enum", "commands"),
    "CommandType": ("enum", "commands"),
    "CommandsRequestBody": ("union", "commands"),
    "Connector": ("object", "locations"),
    "ConnectorFormat": ("enum", "locations"),
    "ConnectorType": ("enum", "locations"),
    "Credentials": ("object", "credentials"),
    "DayOfWeek": ("enum", "tariffs"),
    "DisplayText": ("class", "types"),
    "EVSE": ("object", "locations"),
    "Endpoint": ("class", "versions"),
    "EnergyMix": ("class", "locations"),
    "EnergySource": ("class", "locations"),
    "EnergySourceCategory": ("enum", "locations"),
    "EnvironmentalImpact": ("class", "locations"),
    "EnvironmentalImpactCategory": ("enum", "locations"),
    "ExceptionalPeriod": ("class", "locations"),
    "Facility": ("enum", "locations"),
    "GeoLocation": ("class", "locations"),
    "Hours": ("class", "locations"),
    "Image": ("class", "locations"),
    "ImageCategory": ("enum", "locations"),
    "Location": ("object", "locations"),
    "LocationReferences": ("class", "tokens"),
    "LocationType": ("enum", "locations"),
    "LocationsObjectChoice": ("union", "locations"),
    "ModuleID": ("enum", "versions"),
    "ParkingRestriction": ("enum", "locations"),
    "PowerType": ("enum", "locations"),
    "PriceComponent": ("class", "tariffs"),
    "RegularHours": ("class", "locations"),
    "ReserveNow": ("object", "commands"),
    "Session": ("object", "sessions"),
    "SessionStatus": ("enum", "sessions"),
    "StartSession": ("object", "commands"),
    "Status": ("enum", "locations"),
    "StatusSchedule": ("class", "locations"),
    "StopSession": ("object", "commands"),
    "Tariff": ("object", "tariffs"),
    "TariffDimensionType": ("enum", "tariffs"),
    "TariffElement": ("class", "tariffs"),
    "TariffRestrictions": ("class", "tariffs"),
    "Token": ("object", "tokens"),
    "TokenType": ("enum", "tokens"),
    "UnlockConnector": ("object", "commands"),
    "Version": ("class", "versions"),
    "VersionDetails": ("object", "versions"),
    "VersionNumber": ("enum", "versions"),
    "WhitelistType": ("enum", "tokens"),
}
