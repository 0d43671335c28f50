"""Helpers shared by the OCPI command tests: the versions, a sender's base URL and a start
time, command request bodies on the wire, and one charging-profile request per operation."""

from datetime import UTC, datetime
from typing import Any, Final

from ocpkit.ocpi import v221, v230
from ocpkit.ocpi.commands import (
    ClearProfileRequest,
    GetActiveProfileRequest,
    ProfileOperation,
    ProfileRequest,
    SetProfileRequest,
)
from ocpkit.ocpi.version import OcpiVersion

# Final: mypy then knows the literal versions and picks the exact overloads
V211: Final = OcpiVersion.V211
V221: Final = OcpiVersion.V221
V230: Final = OcpiVersion.V230
VERSIONS = (V211, V221, V230)
BASE = "https://emsp.example.com/ocpi/emsp/results"
T0 = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)


def _token(version: OcpiVersion) -> dict[str, Any]:
    if version is V211:
        return {
            "uid": "012345678",
            "type": "RFID",
            "auth_id": "FA54320",
            "issuer": "Example",
            "valid": True,
            "whitelist": "ALLOWED",
            "last_updated": "2024-01-01T00:00:00Z",
        }
    return {
        "country_code": "NL",
        "party_id": "EXA",
        "uid": "012345678",
        "type": "RFID",
        "contract_id": "NL-EXA-C12345678-X",
        "issuer": "Example",
        "valid": True,
        "whitelist": "ALLOWED",
        "last_updated": "2024-01-01T00:00:00Z",
    }


def request_wire(
    version: OcpiVersion, command: str, url: str, *, expiry: str = "2024-05-01T13:00:00Z"
) -> dict[str, Any]:
    reservation: int | str = 1234 if version is V211 else "1234"
    bodies: dict[str, dict[str, Any]] = {
        "CANCEL_RESERVATION": {"reservation_id": reservation},
        "RESERVE_NOW": {
            "token": _token(version),
            "expiry_date": expiry,
            "reservation_id": reservation,
            "location_id": "LOC1",
            "evse_uid": "EVSE1",
        },
        "START_SESSION": {"token": _token(version), "location_id": "LOC1", "evse_uid": "EVSE1"},
        "STOP_SESSION": {"session_id": "SESSION1"},
        "UNLOCK_CONNECTOR": {"location_id": "LOC1", "evse_uid": "EVSE1", "connector_id": "1"},
    }
    return {"response_url": url, **bodies[command]}


def profile_request(version: OcpiVersion, operation: ProfileOperation, url: str) -> ProfileRequest:
    if operation is ProfileOperation.SET:
        model = v221.SetChargingProfile if version is V221 else v230.SetChargingProfile
        body = model.from_wire(
            {
                "response_url": url,
                "charging_profile": {
                    "charging_rate_unit": "W",
                    "charging_profile_period": [{"start_period": 0, "limit": 11000}],
                },
            }
        )
        return SetProfileRequest(session_id="SESSION1", body=body)
    if operation is ProfileOperation.GET_ACTIVE:
        return GetActiveProfileRequest(session_id="SESSION1", duration=900, response_url=url)
    return ClearProfileRequest(session_id="SESSION1", response_url=url)
