"""The official OCPI examples and ocpkit's verdict on each, as a table of our own.

The example files live outside the repository, in ``<shared>/ocpi-examples/<version>/`` (found
as the codegen finds the shared folder: ``$OCPKIT_SHARED``, else ``shared`` beside the
checkout), each folder with an ``index.json`` made when the definitions were checked. This table
says the same things in ocpkit's terms (which model, which reader, which verdict), and
``tests/test_ocpi_examples.py`` checks that the two agree, so neither is trusted alone.

Verdicts:

* ``VALID``: the spec tables allow it; the strict reading accepts it and it round-trips;
* ``ERRATUM``: it contradicts a spec table; the strict reading refuses it with exactly the listed
  violations (JSON path, pydantic error type);
* ``TOLERATED``: it contradicts a table, but ocpkit reads it on purpose (the way later versions
  made the rule); it must round-trip like a valid one. No example in the folder needs this today:
  the 2.1.1 ``Hours`` example with ``"twentyfourseven": false`` beside ``regular_hours`` and the
  2.1.1 versions envelope with ``"1.9"``, both listed in the definitions' README, are not among
  the files.
"""

from enum import StrEnum
from typing import Final

import attrs

from ocpkit.ocpi.version import OcpiVersion

__all__ = ["EXAMPLES", "Example", "Mode", "Verdict"]


class Mode(StrEnum):
    """How an example is read, and by which of ocpkit's readers."""

    FULL = "full"  # a whole object: Model.from_json(strict=True)
    PARTIAL = "partial"  # a PATCH body: read_patch(model, text, version=...)
    FRAGMENT = "fragment"  # some fields of an object: read_fragment
    LIST = "list"  # a JSON array of objects: read_list
    SINGLE = "single"  # an envelope whose data is one object: read_single
    PAGE = "page"  # an envelope whose data is a list of objects: read_page

    @property
    def index_mode(self) -> str:
        """The mode as ``index.json`` writes it (both envelope kinds are ``envelope``)."""
        return "envelope" if self in (Mode.SINGLE, Mode.PAGE) else self.value


class Verdict(StrEnum):
    """What ocpkit's strict reading must say of an example."""

    VALID = "valid"
    ERRATUM = "erratum"
    TOLERATED = "tolerated"


@attrs.frozen
class Example:
    """One example file: where it is, what it shows, and the verdict ocpkit must give."""

    version: OcpiVersion
    file: str
    type: str  # the generated name, as in DEFINITIONS
    mode: Mode
    verdict: Verdict = attrs.field(default=Verdict.VALID, kw_only=True)
    # (JSON path, violation kind) of every violation the strict reading reports (ERRATUM only).
    violations: tuple[tuple[str, str], ...] = attrs.field(default=(), kw_only=True)
    # The spec fact the example contradicts (ERRATUM and TOLERATED only).
    reason: str = attrs.field(default="", kw_only=True)

    @property
    def index_type(self) -> str:
        """The type as ``index.json`` writes it (``[Token]`` for a page of tokens)."""
        return f"[{self.type}]" if self.mode is Mode.PAGE else self.type

    @property
    def id(self) -> str:
        """A test id naming the example."""
        return f"{self.version}-{self.file}"


V211, V221, V230 = OcpiVersion.V211, OcpiVersion.V221, OcpiVersion.V230
FULL, PARTIAL, FRAGMENT, LIST, SINGLE, PAGE = Mode
ERRATUM = Verdict.ERRATUM

_NO_LAST_UPDATED: Final = (("$.last_updated", "missing"),)


def _add_evse_violations(version: OcpiVersion) -> tuple[tuple[str, str], ...]:
    voltage, amperage = (
        ("voltage", "amperage") if version is V211 else ("max_voltage", "max_amperage")
    )
    return (
        ("$.connectors[0].power_type", "missing"),
        (f"$.connectors[0].{voltage}", "missing"),
        (f"$.connectors[0].{amperage}", "missing"),
        ("$.connectors[0].last_updated", "missing"),
        ("$.physical_reference", "string_type"),
    )


_ADD_EVSE_REASON: Final = (
    "Connector power_type, max_voltage, max_amperage and last_updated are 1 but missing; "
    "EVSE.physical_reference is string(16), sent as the number 3; floor is no EVSE field"
)
_EVSE_PARKING_REASON: Final = (
    "EVSE.parking is * EVSEParking (objects with parking_id); the example lists bare id strings"
)
_CLIENT_INFO_REASON: Final = "ClientInfo.last_updated is 1 (the PUT body of the inline example)"

EXAMPLES: Final[tuple[Example, ...]] = (
    # -- 2.1.1: the JSON blocks of the Markdown ----------------------------------------------------
    Example(V211, "inline_credentials.md_0.json", "Credentials", FULL),
    Example(
        V211,
        "inline_mod_cdrs.md_0.json",
        "CDR",
        FULL,
        verdict=ERRATUM,
        violations=(("$.tariffs[0].elements[0].price_components[0].price", "decimal_type"),),
        reason='PriceComponent.price is a number; the example sends the string "2.00"',
    ),
    Example(V211, "inline_mod_locations.md_2.json", "Connector", PARTIAL),
    Example(
        V211,
        "inline_mod_locations.md_3.json",
        "EVSE",
        FULL,
        verdict=ERRATUM,
        violations=(
            *_add_evse_violations(V211),
            ("$.floor_level", "string_type"),
            ("$.last_updated", "missing"),
        ),
        reason=(
            "EVSE.last_updated and Connector power_type, voltage, amperage and last_updated "
            "are 1 but missing; floor_level string(4) and physical_reference string(16) are "
            "sent as numbers"
        ),
    ),
    Example(V211, "inline_mod_locations.md_4.json", "EVSE", PARTIAL),
    Example(V211, "inline_mod_locations.md_5.json", "Location", FULL),
    Example(V211, "inline_mod_locations.md_8.json", "Location", FRAGMENT),
    Example(V211, "inline_mod_sessions.md_0.json", "Session", PARTIAL),
    Example(V211, "inline_mod_sessions.md_1.json", "Session", FULL),
    Example(V211, "inline_mod_sessions.md_2.json", "Session", FULL),
    Example(
        V211,
        "inline_mod_tariffs.md_0.json",
        "Tariff",
        FULL,
        verdict=ERRATUM,
        violations=_NO_LAST_UPDATED,
        reason="Tariff.last_updated is 1; the PUT body of the example has none",
    ),
    Example(V211, "inline_mod_tariffs.md_1.json", "Tariff", PARTIAL),
    Example(V211, "inline_mod_tariffs.md_2.json", "Tariff", FULL),
    Example(V211, "inline_mod_tariffs.md_5.json", "Tariff", FULL),
    Example(V211, "inline_mod_tariffs.md_6.json", "Tariff", FULL),
    Example(V211, "inline_mod_tokens.md_2.json", "Token", FULL),
    Example(V211, "inline_transport_and_format.md_2.json", "Token", SINGLE),
    Example(V211, "inline_transport_and_format.md_3.json", "Token", PAGE),
    Example(V211, "inline_version_information_endpoint.md_0.json", "Version", LIST),
    Example(V211, "inline_version_information_endpoint.md_1.json", "VersionDetails", FULL),
    # -- 2.2.1: examples/*.json and the inline blocks of the AsciiDoc -----------------------------
    Example(V221, "credentials_example.json", "Credentials", FULL),
    Example(V221, "credentials_example2.json", "Credentials", FULL),
    Example(V221, "credentials_example4.json", "Credentials", FULL),
    Example(V221, "location_energymix_example_complete.json", "Location", FRAGMENT),
    Example(V221, "location_example_uc2_destination_charger.json", "Location", FULL),
    Example(V221, "location_example_uc3_destination_charger_not_published.json", "Location", FULL),
    Example(V221, "location_example_uc4_limited_visibility.json", "Location", FULL),
    Example(V221, "location_example_uc5_home_charge_point.json", "Location", FULL),
    Example(V221, "location_hours_opening_hours_with_exceptional_closing.json", "Hours", FULL),
    Example(V221, "location_patch_example_status.json", "EVSE", PARTIAL),
    Example(
        V221,
        "location_put_example_add_evse.json",
        "EVSE",
        FULL,
        verdict=ERRATUM,
        violations=(*_add_evse_violations(V221), ("$.floor", "extra_forbidden")),
        reason=_ADD_EVSE_REASON,
    ),
    Example(V221, "location_regularhours_example.json", "Location", FRAGMENT),
    Example(V221, "session_example_2_short_finished.json", "Session", FULL),
    Example(V221, "session_patch_example_charging_period.json", "Session", PARTIAL),
    Example(V221, "session_patch_example_total_cost.json", "Session", PARTIAL),
    Example(V221, "tariff_10_025kwh_parking_start.json", "Tariff", FULL),
    Example(V221, "tariff_14_step_size.json", "Tariff", FULL),
    Example(V221, "tariff_15_reservation_5_euro_per_hour.json", "Tariff", FULL),
    Example(V221, "tariff_16_reservation_2_euro_fee_5_euro_per_hour.json", "Tariff", FULL),
    Example(V221, "tariff_17_reservation_with_expire_fee.json", "Tariff", FULL),
    Example(V221, "tariff_18_reservation_with_expire_time.json", "Tariff", FULL),
    Example(V221, "tariff_1_simple_2hour.json", "Tariff", FULL),
    Example(V221, "tariff_3_alt_url.json", "Tariff", FULL),
    Example(V221, "tariff_4_complex.json", "Tariff", FULL),
    Example(V221, "tariff_9_025kwh_start.json", "Tariff", FULL),
    Example(
        V221,
        "tariff_put_example.json",
        "Tariff",
        FULL,
        verdict=ERRATUM,
        violations=_NO_LAST_UPDATED,
        reason="Tariff.last_updated is 1; the PUT example has none",
    ),
    Example(V221, "tariffrestriction_example_max_duration.json", "Tariff", FULL),
    Example(V221, "token_example_1_app_user.json", "Token", FULL),
    Example(V221, "token_example_2_full_rfid.json", "Token", FULL),
    Example(V221, "token_patch_example.json", "Token", PARTIAL),
    Example(V221, "token_put_example.json", "Token", FULL),
    Example(V221, "transport_and_format_version_details_example.json", "VersionDetails", SINGLE),
    Example(V221, "transport_and_format_version_info_example.json", "Version", PAGE),
    Example(V221, "type_displaytext_example.json", "DisplayText", FULL),
    Example(V221, "version_details_example2.json", "VersionDetails", FULL),
    Example(V221, "versions_info_example.json", "Version", LIST),
    Example(
        V221,
        "inline_mod_hub_client_info.asciidoc_0.json",
        "ClientInfo",
        FULL,
        verdict=ERRATUM,
        violations=_NO_LAST_UPDATED,
        reason=_CLIENT_INFO_REASON,
    ),
    # -- 2.3.0 ------------------------------------------------------------------------------------
    Example(
        V230,
        "cdr_example.json",
        "CDR",
        FULL,
        verdict=ERRATUM,
        violations=(("$.tariffs[0].tax_included", "missing"),),
        reason="Tariff.tax_included is 1 in 2.3.0; the tariff inside CDR.tariffs lacks it",
    ),
    Example(V230, "location_energymix_example_energy_provider.json", "Location", FRAGMENT),
    Example(
        V230,
        "location_example.json",
        "Location",
        FULL,
        verdict=ERRATUM,
        violations=tuple(
            (f"$.evses[{evse}].parking[{place}]", "model_type")
            for evse in (0, 1)
            for place in (0, 1)
        ),
        reason=_EVSE_PARKING_REASON,
    ),
    Example(
        V230,
        "location_example_parking_garage_opening_hours.json",
        "Location",
        FULL,
        verdict=ERRATUM,
        violations=(("$.evses[0].parking[0]", "model_type"),),
        reason=_EVSE_PARKING_REASON,
    ),
    Example(V230, "location_example_uc2_destination_charger.json", "Location", FULL),
    Example(V230, "location_example_uc3_destination_charger_not_published.json", "Location", FULL),
    Example(V230, "location_example_uc4_limited_visibility.json", "Location", FULL),
    Example(V230, "location_example_uc5_home_charge_point.json", "Location", FULL),
    Example(V230, "location_hours_opening_hours_with_exceptional_opening.json", "Hours", FULL),
    Example(V230, "location_patch_example_location.json", "Location", PARTIAL),
    Example(V230, "location_patch_example_remove_evse.json", "EVSE", PARTIAL),
    Example(V230, "location_patch_example_status.json", "EVSE", PARTIAL),
    Example(
        V230,
        "location_put_example_add_evse.json",
        "EVSE",
        FULL,
        verdict=ERRATUM,
        violations=(*_add_evse_violations(V230), ("$.floor", "extra_forbidden")),
        reason=_ADD_EVSE_REASON,
    ),
    Example(V230, "location_regularhours_example.json", "Location", FRAGMENT),
    Example(V230, "session_example_1_simple_start.json", "Session", FULL),
    Example(V230, "session_example_2_short_finished.json", "Session", FULL),
    Example(V230, "tariff_11_not_possible_alt_text.json", "Tariff", FULL),
    Example(V230, "tariff_14_step_size.json", "Tariff", FULL),
    Example(V230, "tariff_15_reservation_5_euro_per_hour.json", "Tariff", FULL),
    Example(V230, "tariff_16_reservation_2_euro_fee_5_euro_per_hour.json", "Tariff", FULL),
    Example(V230, "tariff_18_reservation_with_expire_time.json", "Tariff", FULL),
    Example(V230, "tariff_19_simple_north_american_exclusive.json", "Tariff", FULL),
    Example(V230, "tariff_1_simple_2hour.json", "Tariff", FULL),
    Example(V230, "tariff_20_simple_north_american_inclusive.json", "Tariff", FULL),
    Example(V230, "tariff_2_alt_text.json", "Tariff", FULL),
    Example(V230, "tariff_3_alt_url.json", "Tariff", FULL),
    Example(V230, "tariff_4_complex.json", "Tariff", FULL),
    Example(V230, "tariff_9_025kwh_start.json", "Tariff", FULL),
    Example(V230, "tariffrestriction_example_max_duration.json", "Tariff", FULL),
    Example(V230, "tariffrestriction_example_max_power.json", "Tariff", FULL),
    Example(V230, "token_patch_example.json", "Token", PARTIAL),
    Example(V230, "transport_and_format_get_token_example.json", "Token", SINGLE),
    Example(V230, "transport_and_format_get_token_list_example.json", "Token", PAGE),
    Example(V230, "type_displaytext_example.json", "DisplayText", FULL),
    Example(V230, "version_details_example.json", "VersionDetails", FULL),
    Example(V230, "version_details_example2.json", "VersionDetails", FULL),
    Example(V230, "versions_info_example.json", "Version", LIST),
    Example(
        V230,
        "inline_mod_hub_client_info.asciidoc_0.json",
        "ClientInfo",
        FULL,
        verdict=ERRATUM,
        violations=_NO_LAST_UPDATED,
        reason=_CLIENT_INFO_REASON,
    ),
)
