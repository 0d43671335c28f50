"""Generated code of OCPI 2.1.1, generated from the OCPI definitions (the spec tables).

Do not edit: written by ``python -m codegen generate`` from ``schemas/ocpi/2.1.1.json``
(sha256 of the original: ``de4426bde276c1c687b99faec5aa1b05930b082ac2f824001732e19fcac21a46``;
github.com/ocpi/ocpi commit ``28ea45329a50c3dbfd790505b97860854db1d4a6``).

OCPI property names are snake_case already, so every Python field name is its wire name:
there are no aliases.
"""

from typing import Final

# public name -> the generated module that defines it
EXPORTS: Final[dict[str, str]] = {
    "AdditionalGeoLocation": "objects",
    "Allowed": "enums",
    "AuthMethod": "enums",
    "AuthorizationInfo": "objects",
    "BusinessDetails": "objects",
    "CDR": "objects",
    "Capability": "enums",
    "CdrDimension": "objects",
    "CdrDimensionType": "enums",
    "ChargingPeriod": "objects",
    "CommandResponse": "objects",
    "CommandResponseType": "enums",
    "CommandType": "enums",
    "CommandsRequestBody": "objects",
    "Connector": "objects",
    "ConnectorFormat": "enums",
    "ConnectorType": "enums",
    "Credentials": "objects",
    "DayOfWeek": "enums",
    "DisplayText": "objects",
    "EVSE": "objects",
    "Endpoint": "objects",
    "EnergyMix": "objects",
    "EnergySource": "objects",
    "EnergySourceCategory": "enums",
    "EnvironmentalImpact": "objects",
    "EnvironmentalImpactCategory": "enums",
    "ExceptionalPeriod": "objects",
    "Facility": "enums",
    "GeoLocation": "objects",
    "Hours": "objects",
    "Image": "objects",
    "ImageCategory": "enums",
    "Location": "objects",
    "LocationReferences": "objects",
    "LocationType": "enums",
    "LocationsObjectChoice": "objects",
    "ModuleID": "enums",
    "ParkingRestriction": "enums",
    "PowerType": "enums",
    "PriceComponent": "objects",
    "RegularHours": "objects",
    "ReserveNow": "objects",
    "Session": "objects",
    "SessionStatus": "enums",
    "StartSession": "objects",
    "Status": "enums",
    "StatusSchedule": "objects",
    "StopSession": "objects",
    "Tariff": "objects",
    "TariffDimensionType": "enums",
    "TariffElement": "objects",
    "TariffRestrictions": "objects",
    "Token": "objects",
    "TokenType": "enums",
    "UnlockConnector": "objects",
    "Version": "objects",
    "VersionDetails": "objects",
    "VersionNumber": "enums",
    "WhitelistType": "enums",
}
