"""The data of a simulated CPO: Locations, Tariffs, Sessions, CDRs (and the Tokens an eMSP would
push), generated for OCPI 2.1.1, 2.2.1 or 2.3.0 as typed models that pass strict validation.

Everything is a pure function of its arguments: a seed, a count and ``now`` (an aware datetime;
no clock is read). The same arguments give the same objects, and a larger count only appends:
the first ten Locations of ``count=20`` are those of ``count=10``.

How the objects hang together:

* Location ids are ``LOC000001``...; EVSE uids ``LOC000001-1``...; connector ids ``1``..``3``;
  Tariff ids ``TAR0001``...; Session ids ``SES000001``...; CDR ids ``CDR000001``....
* Each connector names one Tariff that exists in a set of ``tariff_count`` Tariffs (AC
  connectors an AC plan, DC connectors a DC plan; :data:`TARIFF_PLANS` says which is which).
* Sessions and CDRs take place on generated connectors and are priced by the connector's Tariff:
  each dimension is rounded up to its ``step_size``, each cost to the cent, and the totals are
  the sums of the parts. ``ACTIVE`` Sessions sit on EVSEs whose status is ``CHARGING``.
* ``last_updated`` lies at or before ``now``, spread over the past days (Locations 30, Tariffs
  60, Sessions 14, CDRs 60), so date filters select parts of each list. Every date-time is a
  whole second, so objects survive a trip through JSON unchanged.

Wire facts used (chapters "Locations", "Tariffs", "Sessions", "CDRs", "Tokens" of each
version): coordinates are strings with 5 to 7 decimals; ``country`` is ISO 3166-1 alpha-3;
``evse_id`` follows eMI3 (``NL*OCK*E0000011``); ENERGY is in kWh with ``step_size`` in Wh,
TIME (charging) and PARKING_TIME (not charging) in hours with ``step_size`` in seconds; 2.1.1
Sessions and CDRs embed the Location with only the EVSE and connector used; 2.3.0 Tariffs say
whether prices include taxes (``tax_included``: here ``NO``, with the VAT percentage given).
"""

from __future__ import annotations

import bisect
import math
import random
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from functools import cache
from typing import Final, Generic, Literal, TypeAlias, TypeVar, cast, overload

import attrs
import orjson
from pydantic import JsonValue, TypeAdapter, ValidationError

from ocpkit._ocpi_base import CiStr, OcpiModel, format_ocpi_datetime
from ocpkit.ocpi import v211, v221, v230
from ocpkit.ocpi.reading import violations_of
from ocpkit.ocpi.version import OcpiVersion

from . import ToolError
from ._bulk import collector_paused

__all__ = [
    "COUNTRIES",
    "DEFAULT_TARIFF_COUNT",
    "TARIFF_PLANS",
    "AnyCdr",
    "AnyLocation",
    "AnySession",
    "AnyTariff",
    "AnyToken",
    "City",
    "Country",
    "CpoData211",
    "CpoData221",
    "CpoData230",
    "GenerationError",
    "SimulatedCpoData",
    "TariffPlan",
    "make_cdrs",
    "make_locations",
    "make_sessions",
    "make_tariffs",
    "make_tokens",
]

AnyLocation: TypeAlias = "v211.Location | v221.Location | v230.Location"
"""A ``Location`` of any version."""
AnyTariff: TypeAlias = "v211.Tariff | v221.Tariff | v230.Tariff"
"""A ``Tariff`` of any version."""
AnySession: TypeAlias = "v211.Session | v221.Session | v230.Session"
"""A ``Session`` of any version."""
AnyCdr: TypeAlias = "v211.CDR | v221.CDR | v230.CDR"
"""A ``CDR`` of any version."""
AnyToken: TypeAlias = "v211.Token | v221.Token | v230.Token"
"""A ``Token`` of any version."""

Wire: TypeAlias = dict[str, JsonValue]
M = TypeVar("M", bound=OcpiModel)
V = TypeVar("V")


class GenerationError(ToolError):
    """Arguments no data can be generated from (a negative count, a naive ``now``, a country
    without geography, a connector naming a Tariff that was not given). Exit status 2."""

    def __init__(self, message: str) -> None:
        super().__init__(message, status=2)


# -- small helpers ----------------------------------------------------------------------------


def _at(moment: datetime) -> str:
    return format_ocpi_datetime(moment)


def _num(value: Decimal) -> int | float:
    # A JSON number; exact for the few digits used here (the models read it back as a Decimal).
    return int(value) if value == value.to_integral_value() else float(value)


def _below(rng: random.Random, n: int) -> int:
    # a whole number in [0, n) from one draw: 94 ns against randrange's 191 ns (timeit, this
    # machine); the Locations' hot path makes about 12 per Location
    return int(rng.random() * n)


@attrs.frozen
class _Weighted(Generic[V]):
    """Values drawn with weights, by one draw and a bisection (157 ns against 1.1 us for
    ``random.choices`` with weights, which sums them on every call)."""

    values: tuple[V, ...]
    cumulative: tuple[int, ...]

    @classmethod
    def of(cls, rows: Iterable[tuple[V, int]]) -> _Weighted[V]:
        pairs = tuple(rows)
        sums = tuple(sum(weight for _, weight in pairs[: i + 1]) for i in range(len(pairs)))
        return cls(tuple(value for value, _ in pairs), sums)

    def pick(self, rng: random.Random) -> V:
        return self.values[bisect.bisect(self.cumulative, rng.random() * self.cumulative[-1])]


def _check_now(now: datetime) -> datetime:
    if not isinstance(now, datetime) or now.utcoffset() is None:
        raise GenerationError("now must be a timezone-aware datetime")
    # whole seconds, so that every date-time survives JSON (written with milliseconds at most)
    return now.astimezone(UTC).replace(microsecond=0)


def _check_count(name: str, count: int) -> int:
    if isinstance(count, bool) or not isinstance(count, int) or count < 0:
        raise GenerationError(f"{name} must be a whole number >= 0")
    return count


def _check_version(version: OcpiVersion) -> OcpiVersion:
    try:
        return OcpiVersion(version)
    except ValueError:
        known = ", ".join(v.value for v in OcpiVersion)
        raise GenerationError(f"unknown OCPI version; known: {known}") from None


def _check_party(country_code: str, party_id: str) -> Country:
    country = COUNTRIES.get(country_code) if isinstance(country_code, str) else None
    if country is None:
        known = ", ".join(COUNTRIES)
        raise GenerationError(f"no geography for that country_code; known: {known}")
    if (
        not isinstance(party_id, str)
        or len(party_id) != 3
        or not party_id.isascii()
        or not party_id.isalnum()
    ):
        raise GenerationError("party_id must be 3 ASCII letters or digits")
    return country


def _rng(seed: int, kind: str) -> random.Random:
    if isinstance(seed, bool) or not isinstance(seed, int):
        raise GenerationError("seed must be an int")
    # one stream per kind, so that adding Sessions never changes the Locations of a seed
    return random.Random(f"ocpkit/{seed}/{kind}")


@cache
def _list_adapter(model: type[OcpiModel]) -> TypeAdapter[list[OcpiModel]]:
    return TypeAdapter(list[model])  # type: ignore[valid-type]


def _validated(model: type[M], wires: list[Wire]) -> list[M]:
    """The wire objects as typed models, validated strictly (unknown fields refused)."""
    try:
        items = _list_adapter(model).validate_json(orjson.dumps(wires), extra="forbid")
    except ValidationError as exc:  # a bug here, or inputs the tables cannot serve
        found = violations_of(exc)
        raise GenerationError(
            f"generated {model.__name__} objects are not valid: {len(found)} violation(s), "
            f"first {found[0]}"
        ) from None
    return cast("list[M]", items)  # the adapter of list[model] made every item a model


# -- geography --------------------------------------------------------------------------------


@attrs.frozen
class City:
    """A city locations are placed around: its name, centre and the start of its postal codes."""

    name: str
    latitude: float
    longitude: float
    postal_prefix: str


@attrs.frozen(kw_only=True)
class Country:
    """What a country's locations and prices look like.

    ``postal_pattern``: ``{p}`` is the city's prefix, ``#`` a digit, ``@`` a capital letter.
    ``vat`` is the percentage added to prices; ``domestic`` the household socket standard.
    """

    alpha3: str
    time_zone: str
    currency: str
    vat: Decimal
    language: str
    domestic: str
    number_first: bool
    postal_pattern: str
    cities: tuple[City, ...]
    streets: tuple[str, ...]


COUNTRIES: Final[Mapping[str, Country]] = {
    "NL": Country(
        alpha3="NLD",
        time_zone="Europe/Amsterdam",
        currency="EUR",
        vat=Decimal(21),
        language="nl",
        domestic="DOMESTIC_F",
        number_first=False,
        postal_pattern="{p}## @@",
        cities=(
            City("Amsterdam", 52.3676, 4.9041, "10"),
            City("Rotterdam", 51.9244, 4.4777, "30"),
            City("Utrecht", 52.0907, 5.1214, "35"),
            City("Den Haag", 52.0705, 4.3007, "25"),
            City("Eindhoven", 51.4416, 5.4697, "56"),
            City("Groningen", 53.2194, 6.5665, "97"),
        ),
        streets=(
            "Stationsweg",
            "Kerkstraat",
            "Dorpsstraat",
            "Molenweg",
            "Havenkade",
            "Marktplein",
            "Schoolstraat",
            "Julianalaan",
        ),
    ),
    "BE": Country(
        alpha3="BEL",
        time_zone="Europe/Brussels",
        currency="EUR",
        vat=Decimal(21),
        language="nl",
        domestic="DOMESTIC_E",
        number_first=False,
        postal_pattern="{p}##",
        cities=(
            City("Brussel", 50.8503, 4.3517, "10"),
            City("Antwerpen", 51.2194, 4.4025, "20"),
            City("Gent", 51.0543, 3.7174, "90"),
            City("Leuven", 50.8798, 4.7005, "30"),
            City("Brugge", 51.2093, 3.2247, "80"),
            City("Liège", 50.6326, 5.5797, "40"),
        ),
        streets=(
            "Stationsstraat",
            "Kerkstraat",
            "Grote Markt",
            "Molenstraat",
            "Nieuwstraat",
            "Koningin Astridlaan",
            "Kapelstraat",
        ),
    ),
    "DE": Country(
        alpha3="DEU",
        time_zone="Europe/Berlin",
        currency="EUR",
        vat=Decimal(19),
        language="de",
        domestic="DOMESTIC_F",
        number_first=False,
        postal_pattern="{p}###",
        cities=(
            City("Berlin", 52.5200, 13.4050, "10"),
            City("Hamburg", 53.5511, 9.9937, "20"),
            City("München", 48.1351, 11.5820, "80"),
            City("Köln", 50.9375, 6.9603, "50"),
            City("Frankfurt am Main", 50.1109, 8.6821, "60"),
            City("Stuttgart", 48.7758, 9.1829, "70"),
        ),
        streets=(
            "Hauptstraße",
            "Bahnhofstraße",
            "Schulstraße",
            "Gartenstraße",
            "Dorfstraße",
            "Lindenstraße",
            "Kirchstraße",
        ),
    ),
    "FR": Country(
        alpha3="FRA",
        time_zone="Europe/Paris",
        currency="EUR",
        vat=Decimal(20),
        language="fr",
        domestic="DOMESTIC_E",
        number_first=True,
        postal_pattern="{p}##",
        cities=(
            City("Paris", 48.8566, 2.3522, "750"),
            City("Lyon", 45.7640, 4.8357, "690"),
            City("Marseille", 43.2965, 5.3698, "130"),
            City("Toulouse", 43.6047, 1.4442, "310"),
            City("Lille", 50.6292, 3.0573, "590"),
            City("Nantes", 47.2184, -1.5536, "440"),
        ),
        streets=(
            "Rue de la Gare",
            "Avenue Jean Jaurès",
            "Rue Victor Hugo",
            "Place de la République",
            "Rue Pasteur",
            "Boulevard Gambetta",
        ),
    ),
    "GB": Country(
        alpha3="GBR",
        time_zone="Europe/London",
        currency="GBP",
        vat=Decimal(20),
        language="en",
        domestic="DOMESTIC_G",
        number_first=True,
        postal_pattern="{p} #@@",
        cities=(
            City("London", 51.5072, -0.1276, "SW1"),
            City("Manchester", 53.4808, -2.2426, "M1"),
            City("Birmingham", 52.4862, -1.8904, "B1"),
            City("Leeds", 53.8008, -1.5491, "LS1"),
            City("Bristol", 51.4545, -2.5879, "BS1"),
            City("Glasgow", 55.8642, -4.2518, "G1"),
        ),
        streets=(
            "High Street",
            "Station Road",
            "Church Lane",
            "Victoria Road",
            "Park Road",
            "Mill Lane",
            "Queen Street",
        ),
    ),
}
"""The countries locations can be generated in, by ISO 3166-1 alpha-2 code (the party's
``country_code``)."""

# The eMSPs whose drivers charge at the simulated CPO (country_code, party_id).
_EMSP_PARTIES: Final = (("NL", "EVM"), ("DE", "CHG"), ("BE", "EMB"), ("FR", "MOB"), ("GB", "EVD"))


# -- what a site, an EVSE and a connector look like ----------------------------------------------

_ALWAYS_OPEN: Final[tuple[tuple[int, str, str], ...]] = ()
_GARAGE_HOURS: Final = tuple((day, "06:00", "23:00") for day in range(1, 8))
_SHOP_HOURS: Final = tuple((day, "08:00", "21:00") for day in range(1, 7))


@attrs.frozen(kw_only=True)
class _SiteKind:
    label: str
    type_211: str  # LocationType, 2.1.1
    parking_type: str  # ParkingType, 2.2.1 on
    evses: tuple[int, int]  # least and most EVSEs
    dc_share: float  # chance that an EVSE is DC
    facilities: tuple[str, ...] = ()
    hours: tuple[tuple[int, str, str], ...] = _ALWAYS_OPEN  # (weekday, begin, end)
    floor_level: str | None = None
    weight: int


# Every value below exists in all three versions' enums (2.1.1's are the smallest).
_SITE_KINDS: Final = (
    _SiteKind(
        label="On-street charger",
        type_211="ON_STREET",
        parking_type="ON_STREET",
        evses=(1, 2),
        dc_share=0.0,
        weight=40,
    ),
    _SiteKind(
        label="Parking garage",
        type_211="PARKING_GARAGE",
        parking_type="PARKING_GARAGE",
        evses=(2, 4),
        dc_share=0.1,
        facilities=("MALL",),
        hours=_GARAGE_HOURS,
        floor_level="-1",
        weight=15,
    ),
    _SiteKind(
        label="Supermarket",
        type_211="PARKING_LOT",
        parking_type="PARKING_LOT",
        evses=(1, 3),
        dc_share=0.3,
        facilities=("SUPERMARKET",),
        hours=_SHOP_HOURS,
        weight=15,
    ),
    _SiteKind(
        label="Fast charging hub",
        type_211="OTHER",
        parking_type="ALONG_MOTORWAY",
        evses=(2, 4),
        dc_share=1.0,
        facilities=("RESTAURANT", "CAFE", "WIFI"),
        weight=10,
    ),
    _SiteKind(
        label="Hotel",
        type_211="PARKING_LOT",
        parking_type="PARKING_LOT",
        evses=(1, 2),
        dc_share=0.0,
        facilities=("HOTEL", "RESTAURANT"),
        weight=10,
    ),
    _SiteKind(
        label="Station",
        type_211="UNDERGROUND_GARAGE",
        parking_type="UNDERGROUND_GARAGE",
        evses=(2, 4),
        dc_share=0.0,
        facilities=("TRAIN_STATION",),
        floor_level="-2",
        weight=10,
    ),
)
_SITES: Final = _Weighted.of((kind, kind.weight) for kind in _SITE_KINDS)


@attrs.frozen
class _Plug:
    standard: str  # "domestic" stands for the country's household socket
    format: str
    power_type: str
    voltage: int
    amperage: int
    power: int  # W

    @property
    def dc(self) -> bool:
        return self.power_type == "DC"


_T2_11 = _Plug("IEC_62196_T2", "SOCKET", "AC_3_PHASE", 230, 16, 11000)
_T2_22 = _Plug("IEC_62196_T2", "SOCKET", "AC_3_PHASE", 230, 32, 22000)
_T2_CABLE_22 = _Plug("IEC_62196_T2", "CABLE", "AC_3_PHASE", 230, 32, 22000)
_T2_CABLE_43 = _Plug("IEC_62196_T2", "CABLE", "AC_3_PHASE", 230, 63, 43000)
_DOMESTIC = _Plug("domestic", "SOCKET", "AC_1_PHASE", 230, 16, 3680)
_CCS_50 = _Plug("IEC_62196_T2_COMBO", "CABLE", "DC", 500, 125, 50000)
_CCS_150 = _Plug("IEC_62196_T2_COMBO", "CABLE", "DC", 920, 200, 150000)
_CCS_350 = _Plug("IEC_62196_T2_COMBO", "CABLE", "DC", 920, 500, 350000)
_CHADEMO_50 = _Plug("CHADEMO", "CABLE", "DC", 500, 125, 50000)

# (connectors of one EVSE, weight)
_AC_LAYOUTS: Final = _Weighted.of(
    (
        ((_T2_11,), 30),
        ((_T2_22,), 40),
        ((_T2_CABLE_22,), 10),
        ((_T2_22, _DOMESTIC), 20),
    )
)
_DC_LAYOUTS: Final = _Weighted.of(
    (
        ((_CCS_50,), 15),
        ((_CCS_150,), 25),
        ((_CCS_350,), 20),
        ((_CCS_50, _CHADEMO_50), 25),
        ((_CCS_150, _CHADEMO_50, _T2_CABLE_43), 15),
    )
)

# (EVSE status, weight): mostly free or in use, a few out of service
_EVSE_STATUSES: Final = _Weighted.of(
    (
        ("AVAILABLE", 55),
        ("CHARGING", 25),
        ("BLOCKED", 3),
        ("RESERVED", 2),
        ("OUTOFORDER", 5),
        ("INOPERATIVE", 3),
        ("UNKNOWN", 5),
        ("PLANNED", 2),
    )
)
_AC_CAPABILITIES: Final = ("RFID_READER", "REMOTE_START_STOP_CAPABLE", "UNLOCK_CAPABLE")
_DC_CAPABILITIES: Final = ("RFID_READER", "REMOTE_START_STOP_CAPABLE", "CREDIT_CARD_PAYABLE")


# -- tariffs ----------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class TariffPlan:
    """A kind of Tariff: its name, whether it is for DC connectors, and its prices before VAT
    (``None``: the dimension is not charged). Tariff ``i`` follows plan ``i % len(plans)``,
    each price moved by up to 10% either way."""

    name: str
    dc: bool
    flat: Decimal | None = None
    per_kwh: Decimal | None = None
    per_hour_charging: Decimal | None = None
    per_hour_parking: Decimal | None = None


TARIFF_PLANS: Final = (
    TariffPlan(name="Standard AC", dc=False, per_kwh=Decimal("0.35")),
    TariffPlan(name="Fast DC", dc=True, flat=Decimal("0.50"), per_kwh=Decimal("0.59")),
    TariffPlan(
        name="AC with idle fee",
        dc=False,
        per_kwh=Decimal("0.32"),
        per_hour_parking=Decimal("2.40"),
    ),
    TariffPlan(
        name="High-power DC",
        dc=True,
        per_kwh=Decimal("0.69"),
        per_hour_parking=Decimal("12.00"),
    ),
    TariffPlan(
        name="AC by the hour",
        dc=False,
        flat=Decimal("0.25"),
        per_hour_charging=Decimal("1.20"),
    ),
    TariffPlan(
        name="DC by the minute",
        dc=True,
        per_kwh=Decimal("0.29"),
        per_hour_charging=Decimal("9.00"),
    ),
)
"""The Tariff plans, in the order Tariffs cycle through them."""

DEFAULT_TARIFF_COUNT: Final = len(TARIFF_PLANS)
"""How many Tariffs a simulated CPO has unless told: one of each plan."""

# (dimension, step_size): energy by the Wh, charging time by the minute, parking by 5 minutes
_STEP: Final[Mapping[str, int]] = {"FLAT": 1, "ENERGY": 1, "TIME": 60, "PARKING_TIME": 300}
_CENT: Final = Decimal("0.01")
_HOURS: Final = Decimal("0.0001")  # "numbers use 4 decimals" (types chapter, 2.3.0)
_KWH: Final = Decimal("0.001")


def _tariff_id(index: int) -> str:
    return f"TAR{index + 1:04d}"


def _plan_of(index: int) -> TariffPlan:
    return TARIFF_PLANS[index % len(TARIFF_PLANS)]


# -- Locations --------------------------------------------------------------------------------


def _postal_code(rng: random.Random, country: Country, city: City) -> str:
    out = []
    for char in country.postal_pattern.replace("{p}", "\0"):
        if char == "\0":
            out.append(city.postal_prefix)
        elif char == "#":
            out.append(str(_below(rng, 10)))
        elif char == "@":
            out.append(chr(ord("A") + _below(rng, 26)))
        else:
            out.append(char)
    return "".join(out)


def _hours(version: OcpiVersion, hours: tuple[tuple[int, str, str], ...]) -> Wire:
    if not hours:
        return {"twentyfourseven": True}
    regular: list[JsonValue] = [
        {"weekday": day, "period_begin": begin, "period_end": end} for day, begin, end in hours
    ]
    if version is OcpiVersion.V211:  # 2.1.1: regular_hours or twentyfourseven, not both
        return {"regular_hours": regular}
    return {"twentyfourseven": False, "regular_hours": regular}


@attrs.frozen
class _TariffChoice:
    """The Tariff ids AC and DC connectors may name, from the Tariffs that will exist."""

    ac: tuple[str, ...]
    dc: tuple[str, ...]

    @classmethod
    def of(cls, tariff_count: int) -> _TariffChoice:
        ids = [(_tariff_id(i), _plan_of(i).dc) for i in range(tariff_count)]
        return cls(tuple(i for i, dc in ids if not dc), tuple(i for i, dc in ids if dc))


def _connector_wire(
    version: OcpiVersion,
    plug: _Plug,
    number: int,
    country: Country,
    tariff_id: str | None,
    updated: datetime,
) -> Wire:
    wire: Wire = {
        "id": str(number),
        "standard": country.domestic if plug.standard == "domestic" else plug.standard,
        "format": plug.format,
        "power_type": plug.power_type,
    }
    if version is OcpiVersion.V211:
        wire["voltage"] = plug.voltage
        wire["amperage"] = plug.amperage
        if tariff_id is not None:
            wire["tariff_id"] = tariff_id
    else:
        wire["max_voltage"] = plug.voltage
        wire["max_amperage"] = plug.amperage
        wire["max_electric_power"] = plug.power
        if tariff_id is not None:
            wire["tariff_ids"] = [tariff_id]
    wire["last_updated"] = _at(updated)
    return wire


def _evse_wire(
    version: OcpiVersion,
    rng: random.Random,
    *,
    location_id: str,
    number: int,
    dc: bool,
    kind: _SiteKind,
    ids: tuple[str, str, str],  # country_code, party_id, location number
    country: Country,
    tariffs: tuple[str | None, str | None],  # the AC and the DC Tariff of the Location
    updated: datetime,
) -> Wire:
    plugs = (_DC_LAYOUTS if dc else _AC_LAYOUTS).pick(rng)
    connectors: list[JsonValue] = []
    for n, plug in enumerate(plugs, start=1):
        # a connector changes no later than its EVSE, which changes no later than its Location
        changed = updated - timedelta(seconds=_below(rng, 86400))
        tariff_id = tariffs[1] if plug.dc else tariffs[0]
        connectors.append(_connector_wire(version, plug, n, country, tariff_id, changed))
    country_code, party_id, location_number = ids
    wire: Wire = {
        "uid": f"{location_id}-{number}",
        "evse_id": f"{country_code}*{party_id}*E{location_number}{number}",
        "status": _EVSE_STATUSES.pick(rng),
        "capabilities": list(_DC_CAPABILITIES if dc else _AC_CAPABILITIES),
        "connectors": connectors,
        "physical_reference": str(number),
    }
    if kind.floor_level is not None:
        wire["floor_level"] = kind.floor_level
    if rng.random() < 0.3:
        wire["parking_restrictions"] = ["EV_ONLY"]
    wire["last_updated"] = _at(updated)
    return wire


def _location_wire(
    version: OcpiVersion,
    rng: random.Random,
    index: int,
    *,
    country_code: str,
    party_id: str,
    country: Country,
    tariffs: _TariffChoice,
    now: datetime,
) -> Wire:
    kind = _SITES.pick(rng)
    city = rng.choice(country.cities)
    street = rng.choice(country.streets)
    number = str(1 + _below(rng, 250))
    address = f"{number} {street}" if country.number_first else f"{street} {number}"
    latitude = city.latitude + rng.uniform(-0.08, 0.08)
    longitude = city.longitude + rng.uniform(-0.12, 0.12)
    updated = now - timedelta(seconds=_below(rng, 30 * 86400))
    location_id = f"LOC{index + 1:06d}"
    ac_tariff = rng.choice(tariffs.ac) if tariffs.ac else None
    dc_tariff = rng.choice(tariffs.dc) if tariffs.dc else None
    evses: list[JsonValue] = []
    least, most = kind.evses
    for n in range(1, least + _below(rng, most - least + 1) + 1):
        dc = rng.random() < kind.dc_share
        evses.append(
            _evse_wire(
                version,
                rng,
                location_id=location_id,
                number=n,
                dc=dc,
                kind=kind,
                ids=(country_code, party_id, f"{index + 1:06d}"),
                country=country,
                tariffs=(ac_tariff, dc_tariff),
                updated=updated - timedelta(seconds=_below(rng, 3600)),
            )
        )
    wire: Wire = {}
    if version is not OcpiVersion.V211:
        wire.update(country_code=country_code, party_id=party_id)
    wire["id"] = location_id
    if version is OcpiVersion.V211:
        wire["type"] = kind.type_211
    else:
        wire["publish"] = True
    wire.update(
        name=f"{kind.label} {street}",
        address=address,
        city=city.name,
        postal_code=_postal_code(rng, country, city),
        country=country.alpha3,
        coordinates={"latitude": f"{latitude:.6f}", "longitude": f"{longitude:.6f}"},
    )
    if version is not OcpiVersion.V211:
        wire["parking_type"] = kind.parking_type
    wire["evses"] = evses
    wire["operator"] = {"name": f"{party_id} Charging"}
    if kind.facilities:
        wire["facilities"] = list(kind.facilities)
    wire["time_zone"] = country.time_zone
    wire["opening_times"] = _hours(version, kind.hours)
    if kind.hours:
        wire["charging_when_closed"] = rng.random() < 0.5
    if rng.random() < 0.25:
        wire["energy_mix"] = {"is_green_energy": True, "supplier_name": "Simulated Green Power"}
    wire["last_updated"] = _at(updated)
    return wire


@overload
def make_locations(
    version: Literal[OcpiVersion.V211],
    count: int,
    *,
    seed: int,
    now: datetime,
    country_code: str = ...,
    party_id: str = ...,
    tariff_count: int = ...,
) -> list[v211.Location]: ...
@overload
def make_locations(
    version: Literal[OcpiVersion.V221],
    count: int,
    *,
    seed: int,
    now: datetime,
    country_code: str = ...,
    party_id: str = ...,
    tariff_count: int = ...,
) -> list[v221.Location]: ...
@overload
def make_locations(
    version: Literal[OcpiVersion.V230],
    count: int,
    *,
    seed: int,
    now: datetime,
    country_code: str = ...,
    party_id: str = ...,
    tariff_count: int = ...,
) -> list[v230.Location]: ...
@overload
def make_locations(
    version: OcpiVersion,
    count: int,
    *,
    seed: int,
    now: datetime,
    country_code: str = ...,
    party_id: str = ...,
    tariff_count: int = ...,
) -> list[v211.Location] | list[v221.Location] | list[v230.Location]: ...
def make_locations(
    version: OcpiVersion,
    count: int,
    *,
    seed: int,
    now: datetime,
    country_code: str = "NL",
    party_id: str = "OCK",
    tariff_count: int = DEFAULT_TARIFF_COUNT,
) -> list[v211.Location] | list[v221.Location] | list[v230.Location]:
    """``count`` Locations of the CPO ``country_code``/``party_id``, in that country, with 1-4
    EVSEs of 1-3 connectors each; connectors name Tariffs among the first ``tariff_count``
    that :func:`make_tariffs` makes (none if there is no Tariff of their kind)."""
    version = _check_version(version)
    country = _check_party(country_code, party_id)
    now = _check_now(now)
    rng = _rng(seed, "locations")
    tariffs = _TariffChoice.of(_check_count("tariff_count", tariff_count))
    with collector_paused():
        wires = [
            _location_wire(
                version,
                rng,
                index,
                country_code=country_code,
                party_id=party_id,
                country=country,
                tariffs=tariffs,
                now=now,
            )
            for index in range(_check_count("count", count))
        ]
        if version is OcpiVersion.V211:
            return _validated(v211.Location, wires)
        if version is OcpiVersion.V221:
            return _validated(v221.Location, wires)
        return _validated(v230.Location, wires)


# -- Tariffs ----------------------------------------------------------------------------------


def _jitter(rng: random.Random, price: Decimal | None) -> Decimal | None:
    if price is None:
        return None
    factor = Decimal(rng.randint(90, 110)) / 100
    return max(_CENT, (price * factor).quantize(_CENT, ROUND_HALF_UP))


def _alt_text(prices: Sequence[tuple[str, Decimal]], currency: str) -> str:
    units = {
        "FLAT": "per session",
        "ENERGY": "per kWh",
        "TIME": "per hour charging",
        "PARKING_TIME": "per hour parked after charging",
    }
    return "; ".join(f"{price} {currency} {units[dimension]}" for dimension, price in prices)


def _tariff_wire(
    version: OcpiVersion,
    rng: random.Random,
    index: int,
    *,
    country_code: str,
    party_id: str,
    country: Country,
    now: datetime,
) -> Wire:
    plan = _plan_of(index)
    prices = [
        (dimension, price)
        for dimension, price in (
            ("FLAT", _jitter(rng, plan.flat)),
            ("ENERGY", _jitter(rng, plan.per_kwh)),
            ("TIME", _jitter(rng, plan.per_hour_charging)),
            ("PARKING_TIME", _jitter(rng, plan.per_hour_parking)),
        )
        if price is not None
    ]
    components: list[JsonValue] = []
    for dimension, price in prices:
        component: Wire = {"type": dimension, "price": _num(price)}
        if version is not OcpiVersion.V211:
            component["vat"] = _num(country.vat)
        component["step_size"] = _STEP[dimension]
        components.append(component)
    wire: Wire = {}
    if version is not OcpiVersion.V211:
        wire.update(country_code=country_code, party_id=party_id)
    wire["id"] = _tariff_id(index)
    wire["currency"] = country.currency
    if version is not OcpiVersion.V211:
        wire["type"] = "REGULAR"
    wire["tariff_alt_text"] = [
        {"language": "en", "text": f"{plan.name}: {_alt_text(prices, country.currency)}"}
    ]
    # one element without restrictions: every dimension applies to the whole session
    wire["elements"] = [{"price_components": components}]
    if version is OcpiVersion.V230:
        wire["tax_included"] = "NO"
    wire["last_updated"] = _at(now - timedelta(seconds=rng.randrange(0, 60 * 86400)))
    return wire


@overload
def make_tariffs(
    version: Literal[OcpiVersion.V211],
    count: int = ...,
    *,
    seed: int,
    now: datetime,
    country_code: str = ...,
    party_id: str = ...,
) -> list[v211.Tariff]: ...
@overload
def make_tariffs(
    version: Literal[OcpiVersion.V221],
    count: int = ...,
    *,
    seed: int,
    now: datetime,
    country_code: str = ...,
    party_id: str = ...,
) -> list[v221.Tariff]: ...
@overload
def make_tariffs(
    version: Literal[OcpiVersion.V230],
    count: int = ...,
    *,
    seed: int,
    now: datetime,
    country_code: str = ...,
    party_id: str = ...,
) -> list[v230.Tariff]: ...
@overload
def make_tariffs(
    version: OcpiVersion,
    count: int = ...,
    *,
    seed: int,
    now: datetime,
    country_code: str = ...,
    party_id: str = ...,
) -> list[v211.Tariff] | list[v221.Tariff] | list[v230.Tariff]: ...
def make_tariffs(
    version: OcpiVersion,
    count: int = DEFAULT_TARIFF_COUNT,
    *,
    seed: int,
    now: datetime,
    country_code: str = "NL",
    party_id: str = "OCK",
) -> list[v211.Tariff] | list[v221.Tariff] | list[v230.Tariff]:
    """``count`` Tariffs in the country's currency, cycling through :data:`TARIFF_PLANS`; prices
    exclude VAT, and from 2.2.1 on each component carries the country's VAT percentage."""
    version = _check_version(version)
    country = _check_party(country_code, party_id)
    now = _check_now(now)
    rng = _rng(seed, "tariffs")
    with collector_paused():
        wires = [
            _tariff_wire(
                version,
                rng,
                index,
                country_code=country_code,
                party_id=party_id,
                country=country,
                now=now,
            )
            for index in range(_check_count("count", count))
        ]
        if version is OcpiVersion.V211:
            return _validated(v211.Tariff, wires)
        if version is OcpiVersion.V221:
            return _validated(v221.Tariff, wires)
        return _validated(v230.Tariff, wires)


# -- pricing a charge -------------------------------------------------------------------------


@attrs.frozen
class _Component:
    price: Decimal
    vat: Decimal | None
    step: int


def _price_table(tariff: AnyTariff) -> dict[str, _Component]:
    """The price per dimension: the first component of each dimension, taken from elements
    without restrictions (the only kind generated here)."""
    table: dict[str, _Component] = {}
    for element in tariff.elements:
        if element.restrictions is not None:
            continue
        for component in element.price_components:
            vat = None if isinstance(component, v211.PriceComponent) else component.vat
            table.setdefault(
                str(component.type), _Component(component.price, vat, max(component.step_size, 1))
            )
    return table


def _stepped(amount: int, step: int) -> int:
    return math.ceil(amount / step) * step


@attrs.frozen
class _Cost:
    """One dimension's cost: before VAT and the VAT on it (both to the cent)."""

    excl: Decimal
    vat: Decimal
    rate: Decimal | None


_ZERO_COST: Final = _Cost(Decimal(0), Decimal(0), None)


@attrs.frozen
class _Bill:
    flat: _Cost | None
    energy: _Cost | None
    time: _Cost | None
    parking: _Cost | None

    @property
    def parts(self) -> tuple[_Cost, ...]:
        return tuple(c for c in (self.flat, self.energy, self.time, self.parking) if c)

    @property
    def total(self) -> _Cost:
        parts = self.parts
        rates = {c.rate for c in parts}
        return _Cost(
            sum((c.excl for c in parts), Decimal(0)),
            sum((c.vat for c in parts), Decimal(0)),
            rates.pop() if len(rates) == 1 else None,
        )


def _cost(component: _Component | None, units: Decimal) -> _Cost | None:
    if component is None:
        return None
    excl = (component.price * units).quantize(_CENT, ROUND_HALF_UP)
    if component.vat is None:
        return _Cost(excl, Decimal(0), None)
    vat = (excl * component.vat / 100).quantize(_CENT, ROUND_HALF_UP)
    return _Cost(excl, vat, component.vat)


def _bill(table: Mapping[str, _Component], wh: int, charging_s: int, parking_s: int) -> _Bill:
    """What a charge costs: each dimension rounded up to its step_size, then priced."""

    def units(dimension: str, amount: int, per: int) -> Decimal:
        component = table.get(dimension)
        step = component.step if component is not None else 1
        return Decimal(_stepped(amount, step)) / per

    return _Bill(
        flat=_cost(table.get("FLAT"), Decimal(1)),
        energy=_cost(table.get("ENERGY"), units("ENERGY", wh, 1000)),
        time=_cost(table.get("TIME"), units("TIME", charging_s, 3600)),
        parking=_cost(table.get("PARKING_TIME"), units("PARKING_TIME", parking_s, 3600)),
    )


def _price_wire(version: OcpiVersion, cost: _Cost) -> JsonValue:
    if version is OcpiVersion.V211:
        return _num(cost.excl)
    if version is OcpiVersion.V221:
        if cost.rate is None and not cost.vat:
            return {"excl_vat": _num(cost.excl)}
        return {"excl_vat": _num(cost.excl), "incl_vat": _num(cost.excl + cost.vat)}
    if cost.rate is None and not cost.vat:
        return {"before_taxes": _num(cost.excl)}
    tax: Wire = {"name": "VAT"}
    if cost.rate is not None:
        tax["percentage"] = _num(cost.rate)
    tax["amount"] = _num(cost.vat)
    return {"before_taxes": _num(cost.excl), "taxes": [tax]}


# -- where charges happen ---------------------------------------------------------------------


@attrs.frozen
class _Point:
    """A connector Sessions and CDRs can name, with what they copy from it."""

    location: int  # index in the locations given
    evse: int
    connector: int
    location_id: str
    evse_uid: str
    evse_id: str
    connector_id: str
    standard: str
    format: str
    power_type: str
    power: int  # W
    charging: bool  # the EVSE's status is CHARGING
    tariff_id: str | None


AnyConnector: TypeAlias = "v211.Connector | v221.Connector | v230.Connector"


def _connector_power(connector: AnyConnector) -> int:
    if not isinstance(connector, v211.Connector) and connector.max_electric_power is not None:
        return connector.max_electric_power
    if isinstance(connector, v211.Connector):
        volts, amps = connector.voltage, connector.amperage
    else:
        volts, amps = connector.max_voltage, connector.max_amperage
    phases = 3 if str(connector.power_type) == "AC_3_PHASE" else 1
    return volts * amps * phases


def _tariff_ids(connector: AnyConnector) -> list[str]:
    if isinstance(connector, v211.Connector):
        return [] if connector.tariff_id is None else [connector.tariff_id]
    return list(connector.tariff_ids or ())


def _points(locations: Sequence[AnyLocation]) -> list[_Point]:
    points: list[_Point] = []
    for li, location in enumerate(locations):
        evses: Sequence[v211.EVSE | v221.EVSE | v230.EVSE] = location.evses or ()
        for ei, evse in enumerate(evses):
            connectors: Sequence[AnyConnector] = evse.connectors
            for ci, connector in enumerate(connectors):
                ids = _tariff_ids(connector)
                points.append(
                    _Point(
                        location=li,
                        evse=ei,
                        connector=ci,
                        location_id=location.id,
                        evse_uid=evse.uid,
                        evse_id=evse.evse_id or evse.uid,
                        connector_id=connector.id,
                        standard=str(connector.standard),
                        format=str(connector.format),
                        power_type=str(connector.power_type),
                        power=_connector_power(connector),
                        charging=str(evse.status) == "CHARGING",
                        tariff_id=ids[0] if ids else None,
                    )
                )
    return points


def _tariffs_by_id(tariffs: Iterable[AnyTariff]) -> dict[CiStr, AnyTariff]:
    return {CiStr(tariff.id): tariff for tariff in tariffs}


def _tariff_of(point: _Point, tariffs: Mapping[CiStr, AnyTariff]) -> AnyTariff | None:
    if point.tariff_id is None:
        return None
    tariff = tariffs.get(CiStr(point.tariff_id))
    if tariff is None:
        raise GenerationError("a connector names a Tariff that is not among the tariffs given")
    return tariff


@attrs.frozen
class _Charge:
    """One charge at a connector: when, how long charging and parked, how much energy."""

    start: datetime
    charging_s: int
    parking_s: int
    wh: int

    @property
    def end(self) -> datetime:
        return self.start + timedelta(seconds=self.charging_s + self.parking_s)


def _charge(rng: random.Random, point: _Point, *, latest_end: datetime, days: int) -> _Charge:
    if point.power_type == "DC":
        charging_s = rng.randint(10 * 60, 50 * 60)
        parking_s = rng.choice((0, 0, rng.randint(60, 15 * 60)))
        kw = min(point.power / 1000, rng.uniform(40, 150))
    else:
        charging_s = rng.randint(30 * 60, 5 * 3600)
        parking_s = rng.choice((0, rng.randint(5 * 60, 3 * 3600)))
        kw = min(point.power / 1000, 11.0) * rng.uniform(0.6, 1.0)
    wh = min(int(kw * charging_s / 3.6), 100_000)  # W * s / 3600 = Wh; a battery holds ~100 kWh
    start = latest_end - timedelta(seconds=charging_s + parking_s + rng.randrange(days * 86400))
    return _Charge(start, charging_s, parking_s, wh)


def _hours_of(seconds: int) -> Decimal:
    return (Decimal(seconds) / 3600).quantize(_HOURS, ROUND_HALF_UP)


def _kwh(wh: int) -> Decimal:
    return (Decimal(wh) / 1000).quantize(_KWH)


def _periods(version: OcpiVersion, charge: _Charge, tariff_id: str | None) -> list[JsonValue]:
    charging: Wire = {
        "start_date_time": _at(charge.start),
        "dimensions": [
            {"type": "ENERGY", "volume": _num(_kwh(charge.wh))},
            {"type": "TIME", "volume": _num(_hours_of(charge.charging_s))},
        ],
    }
    periods: list[Wire] = [charging]
    if charge.parking_s:
        periods.append(
            {
                "start_date_time": _at(charge.start + timedelta(seconds=charge.charging_s)),
                "dimensions": [
                    {"type": "PARKING_TIME", "volume": _num(_hours_of(charge.parking_s))}
                ],
            }
        )
    if version is not OcpiVersion.V211 and tariff_id is not None:
        for period in periods:
            period["tariff_id"] = tariff_id
    return list(periods)


@attrs.frozen
class _Driver:
    """Who charged: the token as a CDR names it, and how it was authorized."""

    country_code: str
    party_id: str
    uid: str
    type: str
    contract_id: str
    auth_method: str

    def cdr_token(self) -> Wire:
        return {
            "country_code": self.country_code,
            "party_id": self.party_id,
            "uid": self.uid,
            "type": self.type,
            "contract_id": self.contract_id,
        }


def _contract_id(rng: random.Random, country_code: str, party_id: str) -> str:
    # an eMA ID as drivers see it: country, provider, "C", eight digits, a check character
    check = rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ")
    return f"{country_code}-{party_id}-C{rng.randrange(10**8):08d}-{check}"


def _app_uid(rng: random.Random) -> str:
    digits = f"{rng.getrandbits(128):032x}"
    return f"{digits[:8]}-{digits[8:12]}-{digits[12:16]}-{digits[16:20]}-{digits[20:]}"


def _driver(version: OcpiVersion, rng: random.Random) -> _Driver:
    country_code, party_id = rng.choice(_EMSP_PARTIES)
    contract_id = _contract_id(rng, country_code, party_id)
    if version is not OcpiVersion.V211 and rng.random() < 0.2:
        return _Driver(country_code, party_id, _app_uid(rng), "APP_USER", contract_id, "COMMAND")
    method = "WHITELIST" if rng.random() < 0.7 else "AUTH_REQUEST"
    uid = f"{rng.getrandbits(56):014X}"  # a 7-byte RFID UID
    return _Driver(country_code, party_id, uid, "RFID", contract_id, method)


def _embedded_location(location: AnyLocation, point: _Point) -> Wire:
    """The Location as a 2.1.1 Session or CDR carries it: only the EVSE and connector used."""
    evse = (location.evses or [])[point.evse]
    connector = evse.connectors[point.connector]
    only = evse.model_copy(update={"connectors": [connector]})
    return location.model_copy(update={"evses": [only]}).to_wire()


# -- Sessions ---------------------------------------------------------------------------------


def _session_wire(
    version: OcpiVersion,
    rng: random.Random,
    index: int,
    *,
    point: _Point,
    active: bool,
    tariff: AnyTariff | None,
    location: AnyLocation,
    country_code: str,
    party_id: str,
    currency: str,
    now: datetime,
) -> Wire:
    driver = _driver(version, rng)
    charge = _charge(rng, point, latest_end=now - timedelta(minutes=10), days=14)
    if active:  # charging now: part of the way through, nothing parked yet
        elapsed = rng.randint(5 * 60, charge.charging_s)
        wh = charge.wh * elapsed // charge.charging_s
        charge = _Charge(now - timedelta(seconds=elapsed), elapsed, 0, wh)
        updated = now - timedelta(seconds=rng.randrange(0, 120))
    else:
        updated = charge.end + timedelta(seconds=rng.randint(1, 300))
    table = _price_table(tariff) if tariff is not None else {}
    bill = _bill(table, charge.wh, charge.charging_s, charge.parking_s)
    wire: Wire = {}
    if version is OcpiVersion.V211:
        wire["id"] = f"SES{index + 1:06d}"
        wire["start_datetime"] = _at(charge.start)
        if not active:
            wire["end_datetime"] = _at(charge.end)
        wire["kwh"] = _num(_kwh(charge.wh))
        wire["auth_id"] = driver.contract_id
        wire["auth_method"] = driver.auth_method
        wire["location"] = _embedded_location(location, point)
    else:
        wire.update(country_code=country_code, party_id=party_id, id=f"SES{index + 1:06d}")
        wire["start_date_time"] = _at(charge.start)
        if not active:
            wire["end_date_time"] = _at(charge.end)
        wire["kwh"] = _num(_kwh(charge.wh))
        wire["cdr_token"] = driver.cdr_token()
        wire["auth_method"] = driver.auth_method
        wire.update(
            location_id=point.location_id,
            evse_uid=point.evse_uid,
            connector_id=point.connector_id,
        )
    wire["currency"] = currency
    wire["charging_periods"] = _periods(version, charge, point.tariff_id)
    if tariff is not None:
        wire["total_cost"] = _price_wire(version, bill.total)
    wire["status"] = "ACTIVE" if active else "COMPLETED"
    wire["last_updated"] = _at(updated)
    return wire


def _sessions(
    version: OcpiVersion,
    count: int,
    *,
    seed: int,
    now: datetime,
    locations: Sequence[AnyLocation],
    tariffs: Sequence[AnyTariff],
    country_code: str,
    party_id: str,
) -> list[Wire]:
    country = _check_party(country_code, party_id)
    now = _check_now(now)
    rng = _rng(seed, "sessions")
    count = _check_count("count", count)
    points = _points(locations)
    if count and not points:
        raise GenerationError("sessions need at least one location with a connector")
    by_id = _tariffs_by_id(tariffs)
    # ACTIVE sessions go to EVSEs that say CHARGING, one session per EVSE
    busy: dict[tuple[int, int], _Point] = {}
    for point in points:
        if point.charging:
            busy.setdefault((point.location, point.evse), point)
    free_busy = list(busy.values())
    rng.shuffle(free_busy)
    wires: list[Wire] = []
    for index in range(count):
        active = bool(free_busy) and rng.random() < 0.3
        point = free_busy.pop() if active else rng.choice(points)
        tariff = _tariff_of(point, by_id)
        wires.append(
            _session_wire(
                version,
                rng,
                index,
                point=point,
                active=active,
                tariff=tariff,
                location=locations[point.location],
                country_code=country_code,
                party_id=party_id,
                currency=tariff.currency if tariff is not None else country.currency,
                now=now,
            )
        )
    return wires


@overload
def make_sessions(
    version: Literal[OcpiVersion.V211],
    count: int,
    *,
    seed: int,
    now: datetime,
    locations: Sequence[v211.Location],
    tariffs: Sequence[v211.Tariff],
    country_code: str = ...,
    party_id: str = ...,
) -> list[v211.Session]: ...
@overload
def make_sessions(
    version: Literal[OcpiVersion.V221],
    count: int,
    *,
    seed: int,
    now: datetime,
    locations: Sequence[v221.Location],
    tariffs: Sequence[v221.Tariff],
    country_code: str = ...,
    party_id: str = ...,
) -> list[v221.Session]: ...
@overload
def make_sessions(
    version: Literal[OcpiVersion.V230],
    count: int,
    *,
    seed: int,
    now: datetime,
    locations: Sequence[v230.Location],
    tariffs: Sequence[v230.Tariff],
    country_code: str = ...,
    party_id: str = ...,
) -> list[v230.Session]: ...
@overload
def make_sessions(
    version: OcpiVersion,
    count: int,
    *,
    seed: int,
    now: datetime,
    locations: Sequence[AnyLocation],
    tariffs: Sequence[AnyTariff],
    country_code: str = ...,
    party_id: str = ...,
) -> list[v211.Session] | list[v221.Session] | list[v230.Session]: ...
def make_sessions(
    version: OcpiVersion,
    count: int,
    *,
    seed: int,
    now: datetime,
    locations: Sequence[AnyLocation],
    tariffs: Sequence[AnyTariff],
    country_code: str = "NL",
    party_id: str = "OCK",
) -> list[v211.Session] | list[v221.Session] | list[v230.Session]:
    """``count`` Sessions at connectors of ``locations``, priced by the connector's Tariff
    (which must be in ``tariffs``): about a third ``ACTIVE`` (on EVSEs whose status is
    ``CHARGING``, while there are such EVSEs without a session), the rest ``COMPLETED``."""
    version = _check_version(version)
    with collector_paused():
        wires = _sessions(
            version,
            count,
            seed=seed,
            now=now,
            locations=locations,
            tariffs=tariffs,
            country_code=country_code,
            party_id=party_id,
        )
        if version is OcpiVersion.V211:
            return _validated(v211.Session, wires)
        if version is OcpiVersion.V221:
            return _validated(v221.Session, wires)
        return _validated(v230.Session, wires)


# -- CDRs -------------------------------------------------------------------------------------


def _cdr_location(point: _Point, location: AnyLocation) -> Wire:
    wire: Wire = {"id": point.location_id}
    if location.name is not None:
        wire["name"] = location.name
    wire.update(address=location.address, city=location.city)
    if location.postal_code is not None:
        wire["postal_code"] = location.postal_code
    wire["country"] = location.country
    wire["coordinates"] = {
        "latitude": location.coordinates.latitude,
        "longitude": location.coordinates.longitude,
    }
    wire.update(
        evse_uid=point.evse_uid,
        evse_id=point.evse_id,
        connector_id=point.connector_id,
        connector_standard=point.standard,
        connector_format=point.format,
        connector_power_type=point.power_type,
    )
    return wire


def _cdr_wire(
    version: OcpiVersion,
    rng: random.Random,
    index: int,
    *,
    point: _Point,
    location: AnyLocation,
    tariff: AnyTariff | None,
    country_code: str,
    party_id: str,
    currency: str,
    now: datetime,
) -> Wire:
    driver = _driver(version, rng)
    charge = _charge(rng, point, latest_end=now - timedelta(hours=2), days=60)
    table = _price_table(tariff) if tariff is not None else {}
    bill = _bill(table, charge.wh, charge.charging_s, charge.parking_s)
    total = bill.total if tariff is not None else _ZERO_COST
    wire: Wire = {}
    cdr_id = f"CDR{index + 1:06d}"
    if version is OcpiVersion.V211:
        wire["id"] = cdr_id
        wire["start_date_time"] = _at(charge.start)
        wire["stop_date_time"] = _at(charge.end)
        wire["auth_id"] = driver.contract_id
        wire["auth_method"] = driver.auth_method
        wire["location"] = _embedded_location(location, point)
    else:
        wire.update(country_code=country_code, party_id=party_id, id=cdr_id)
        wire["start_date_time"] = _at(charge.start)
        wire["end_date_time"] = _at(charge.end)
        wire["cdr_token"] = driver.cdr_token()
        wire["auth_method"] = driver.auth_method
        wire["cdr_location"] = _cdr_location(point, location)
    wire["currency"] = currency
    if tariff is not None:
        wire["tariffs"] = [tariff.to_wire()]
    wire["charging_periods"] = _periods(version, charge, point.tariff_id)
    wire["total_cost"] = _price_wire(version, total)
    if version is not OcpiVersion.V211 and bill.flat is not None:
        wire["total_fixed_cost"] = _price_wire(version, bill.flat)
    wire["total_energy"] = _num(_kwh(charge.wh))
    if version is not OcpiVersion.V211 and bill.energy is not None:
        wire["total_energy_cost"] = _price_wire(version, bill.energy)
    wire["total_time"] = _num(_hours_of(charge.charging_s + charge.parking_s))
    if version is not OcpiVersion.V211 and bill.time is not None:
        wire["total_time_cost"] = _price_wire(version, bill.time)
    if charge.parking_s:
        wire["total_parking_time"] = _num(_hours_of(charge.parking_s))
    if version is not OcpiVersion.V211 and bill.parking is not None:
        wire["total_parking_cost"] = _price_wire(version, bill.parking)
    # CDRs are sent some minutes after the charge ended
    wire["last_updated"] = _at(charge.end + timedelta(seconds=rng.randint(60, 7200)))
    return wire


def _cdrs(
    version: OcpiVersion,
    count: int,
    *,
    seed: int,
    now: datetime,
    locations: Sequence[AnyLocation],
    tariffs: Sequence[AnyTariff],
    country_code: str,
    party_id: str,
) -> list[Wire]:
    country = _check_party(country_code, party_id)
    now = _check_now(now)
    rng = _rng(seed, "cdrs")
    count = _check_count("count", count)
    points = _points(locations)
    if count and not points:
        raise GenerationError("CDRs need at least one location with a connector")
    by_id = _tariffs_by_id(tariffs)
    wires: list[Wire] = []
    for index in range(count):
        point = rng.choice(points)
        tariff = _tariff_of(point, by_id)
        wires.append(
            _cdr_wire(
                version,
                rng,
                index,
                point=point,
                location=locations[point.location],
                tariff=tariff,
                country_code=country_code,
                party_id=party_id,
                currency=tariff.currency if tariff is not None else country.currency,
                now=now,
            )
        )
    return wires


@overload
def make_cdrs(
    version: Literal[OcpiVersion.V211],
    count: int,
    *,
    seed: int,
    now: datetime,
    locations: Sequence[v211.Location],
    tariffs: Sequence[v211.Tariff],
    country_code: str = ...,
    party_id: str = ...,
) -> list[v211.CDR]: ...
@overload
def make_cdrs(
    version: Literal[OcpiVersion.V221],
    count: int,
    *,
    seed: int,
    now: datetime,
    locations: Sequence[v221.Location],
    tariffs: Sequence[v221.Tariff],
    country_code: str = ...,
    party_id: str = ...,
) -> list[v221.CDR]: ...
@overload
def make_cdrs(
    version: Literal[OcpiVersion.V230],
    count: int,
    *,
    seed: int,
    now: datetime,
    locations: Sequence[v230.Location],
    tariffs: Sequence[v230.Tariff],
    country_code: str = ...,
    party_id: str = ...,
) -> list[v230.CDR]: ...
@overload
def make_cdrs(
    version: OcpiVersion,
    count: int,
    *,
    seed: int,
    now: datetime,
    locations: Sequence[AnyLocation],
    tariffs: Sequence[AnyTariff],
    country_code: str = ...,
    party_id: str = ...,
) -> list[v211.CDR] | list[v221.CDR] | list[v230.CDR]: ...
def make_cdrs(
    version: OcpiVersion,
    count: int,
    *,
    seed: int,
    now: datetime,
    locations: Sequence[AnyLocation],
    tariffs: Sequence[AnyTariff],
    country_code: str = "NL",
    party_id: str = "OCK",
) -> list[v211.CDR] | list[v221.CDR] | list[v230.CDR]:
    """``count`` CDRs of finished charges (up to 60 days back) at connectors of ``locations``,
    each carrying a copy of the Tariff that priced it; ``total_cost`` is the sum of the fixed,
    energy, time and parking costs (2.1.1: before VAT, the only figure it has)."""
    version = _check_version(version)
    with collector_paused():
        wires = _cdrs(
            version,
            count,
            seed=seed,
            now=now,
            locations=locations,
            tariffs=tariffs,
            country_code=country_code,
            party_id=party_id,
        )
        if version is OcpiVersion.V211:
            return _validated(v211.CDR, wires)
        if version is OcpiVersion.V221:
            return _validated(v221.CDR, wires)
        return _validated(v230.CDR, wires)


# -- Tokens -----------------------------------------------------------------------------------

_WHITELISTS: Final = _Weighted.of(
    (("ALLOWED", 60), ("ALWAYS", 20), ("ALLOWED_OFFLINE", 15), ("NEVER", 5))
)


def _token_wire(
    version: OcpiVersion,
    rng: random.Random,
    index: int,
    *,
    country_code: str,
    party_id: str,
    country: Country,
    now: datetime,
) -> Wire:
    app = rng.random() < 0.2
    contract_id = _contract_id(rng, country_code, party_id)
    # the index in the uid keeps uids unique whatever the draws
    uid = f"{rng.getrandbits(32):08X}{index:06X}"
    wire: Wire = {}
    if version is OcpiVersion.V211:
        wire.update(uid=uid, type="OTHER" if app else "RFID", auth_id=contract_id)
    else:
        wire.update(country_code=country_code, party_id=party_id, uid=uid)
        wire.update(type="APP_USER" if app else "RFID", contract_id=contract_id)
    if not app:
        wire["visual_number"] = f"{country_code}-{party_id}-{rng.randrange(10**9):09d}"
    wire["issuer"] = f"{party_id} Mobility"
    wire["valid"] = rng.random() < 0.95
    wire["whitelist"] = "NEVER" if app else _WHITELISTS.pick(rng)
    wire["language"] = country.language
    wire["last_updated"] = _at(now - timedelta(seconds=rng.randrange(0, 90 * 86400)))
    return wire


@overload
def make_tokens(
    version: Literal[OcpiVersion.V211],
    count: int,
    *,
    seed: int,
    now: datetime,
    country_code: str = ...,
    party_id: str = ...,
) -> list[v211.Token]: ...
@overload
def make_tokens(
    version: Literal[OcpiVersion.V221],
    count: int,
    *,
    seed: int,
    now: datetime,
    country_code: str = ...,
    party_id: str = ...,
) -> list[v221.Token]: ...
@overload
def make_tokens(
    version: Literal[OcpiVersion.V230],
    count: int,
    *,
    seed: int,
    now: datetime,
    country_code: str = ...,
    party_id: str = ...,
) -> list[v230.Token]: ...
@overload
def make_tokens(
    version: OcpiVersion,
    count: int,
    *,
    seed: int,
    now: datetime,
    country_code: str = ...,
    party_id: str = ...,
) -> list[v211.Token] | list[v221.Token] | list[v230.Token]: ...
def make_tokens(
    version: OcpiVersion,
    count: int,
    *,
    seed: int,
    now: datetime,
    country_code: str = "NL",
    party_id: str = "EMS",
) -> list[v211.Token] | list[v221.Token] | list[v230.Token]:
    """``count`` Tokens of the eMSP ``country_code``/``party_id``, as it would push them to a
    CPO: mostly RFID cards, a fifth app users (2.1.1: type ``OTHER``); ``uid`` unique."""
    version = _check_version(version)
    country = _check_party(country_code, party_id)
    now = _check_now(now)
    rng = _rng(seed, "tokens")
    with collector_paused():
        wires = [
            _token_wire(
                version,
                rng,
                index,
                country_code=country_code,
                party_id=party_id,
                country=country,
                now=now,
            )
            for index in range(_check_count("count", count))
        ]
        if version is OcpiVersion.V211:
            return _validated(v211.Token, wires)
        if version is OcpiVersion.V221:
            return _validated(v221.Token, wires)
        return _validated(v230.Token, wires)


# -- everything a simulated CPO serves --------------------------------------------------------

L = TypeVar("L", v211.Location, v221.Location, v230.Location)
T = TypeVar("T", v211.Tariff, v221.Tariff, v230.Tariff)
S = TypeVar("S", v211.Session, v221.Session, v230.Session)
C = TypeVar("C", v211.CDR, v221.CDR, v230.CDR)


@attrs.frozen(kw_only=True)
class SimulatedCpoData(Generic[L, T, S, C]):
    """The objects a simulated CPO serves, all of one ``version``, and what they were made from
    (the seed, ``now``, the CPO's ``country_code`` and ``party_id``).

    :meth:`generate` makes them; the Sessions and CDRs refer to these Locations and Tariffs.
    """

    version: OcpiVersion
    seed: int
    now: datetime
    country_code: str
    party_id: str
    locations: tuple[L, ...]
    tariffs: tuple[T, ...]
    sessions: tuple[S, ...]
    cdrs: tuple[C, ...]

    @overload
    @staticmethod
    def generate(
        version: Literal[OcpiVersion.V211],
        *,
        locations: int,
        tariffs: int | None = ...,
        sessions: int | None = ...,
        cdrs: int | None = ...,
        seed: int = ...,
        now: datetime,
        country_code: str = ...,
        party_id: str = ...,
    ) -> CpoData211: ...
    @overload
    @staticmethod
    def generate(
        version: Literal[OcpiVersion.V221],
        *,
        locations: int,
        tariffs: int | None = ...,
        sessions: int | None = ...,
        cdrs: int | None = ...,
        seed: int = ...,
        now: datetime,
        country_code: str = ...,
        party_id: str = ...,
    ) -> CpoData221: ...
    @overload
    @staticmethod
    def generate(
        version: Literal[OcpiVersion.V230],
        *,
        locations: int,
        tariffs: int | None = ...,
        sessions: int | None = ...,
        cdrs: int | None = ...,
        seed: int = ...,
        now: datetime,
        country_code: str = ...,
        party_id: str = ...,
    ) -> CpoData230: ...
    @overload
    @staticmethod
    def generate(
        version: OcpiVersion,
        *,
        locations: int,
        tariffs: int | None = ...,
        sessions: int | None = ...,
        cdrs: int | None = ...,
        seed: int = ...,
        now: datetime,
        country_code: str = ...,
        party_id: str = ...,
    ) -> CpoData211 | CpoData221 | CpoData230: ...
    @staticmethod
    def generate(
        version: OcpiVersion,
        *,
        locations: int,
        tariffs: int | None = None,
        sessions: int | None = None,
        cdrs: int | None = None,
        seed: int = 0,
        now: datetime,
        country_code: str = "NL",
        party_id: str = "OCK",
    ) -> CpoData211 | CpoData221 | CpoData230:
        """Generate a CPO's data: ``locations`` Locations, ``tariffs`` Tariffs (default: one
        per plan), ``sessions`` Sessions (default: a quarter of the Locations) and ``cdrs``
        CDRs (default: half of the Locations). Raises :class:`GenerationError`."""
        version = _check_version(version)
        n_locations = _check_count("locations", locations)
        n_tariffs = DEFAULT_TARIFF_COUNT if tariffs is None else tariffs
        counts = (
            n_locations // 4 if sessions is None else sessions,
            n_locations // 2 if cdrs is None else cdrs,
        )
        cc, pid = country_code, party_id
        # one branch per version: mypy narrows `version` and picks each function's overload
        if version is OcpiVersion.V211:
            locs1 = make_locations(
                version, n_locations, seed=seed, now=now, country_code=cc, party_id=pid,
                tariff_count=n_tariffs,
            )  # fmt: skip
            tars1 = make_tariffs(
                version, n_tariffs, seed=seed, now=now, country_code=cc, party_id=pid
            )
            return _bundle(
                version, seed, now, cc, pid, locs1, tars1,
                make_sessions(
                    version, counts[0], seed=seed, now=now, locations=locs1, tariffs=tars1,
                    country_code=cc, party_id=pid,
                ),
                make_cdrs(
                    version, counts[1], seed=seed, now=now, locations=locs1, tariffs=tars1,
                    country_code=cc, party_id=pid,
                ),
            )  # fmt: skip
        if version is OcpiVersion.V221:
            locs2 = make_locations(
                version, n_locations, seed=seed, now=now, country_code=cc, party_id=pid,
                tariff_count=n_tariffs,
            )  # fmt: skip
            tars2 = make_tariffs(
                version, n_tariffs, seed=seed, now=now, country_code=cc, party_id=pid
            )
            return _bundle(
                version, seed, now, cc, pid, locs2, tars2,
                make_sessions(
                    version, counts[0], seed=seed, now=now, locations=locs2, tariffs=tars2,
                    country_code=cc, party_id=pid,
                ),
                make_cdrs(
                    version, counts[1], seed=seed, now=now, locations=locs2, tariffs=tars2,
                    country_code=cc, party_id=pid,
                ),
            )  # fmt: skip
        locs3 = make_locations(
            version, n_locations, seed=seed, now=now, country_code=cc, party_id=pid,
            tariff_count=n_tariffs,
        )  # fmt: skip
        tars3 = make_tariffs(version, n_tariffs, seed=seed, now=now, country_code=cc, party_id=pid)
        return _bundle(
            version, seed, now, cc, pid, locs3, tars3,
            make_sessions(
                version, counts[0], seed=seed, now=now, locations=locs3, tariffs=tars3,
                country_code=cc, party_id=pid,
            ),
            make_cdrs(
                version, counts[1], seed=seed, now=now, locations=locs3, tariffs=tars3,
                country_code=cc, party_id=pid,
            ),
        )  # fmt: skip


def _bundle(
    version: OcpiVersion,
    seed: int,
    now: datetime,
    country_code: str,
    party_id: str,
    locations: Sequence[L],
    tariffs: Sequence[T],
    sessions: Sequence[S],
    cdrs: Sequence[C],
) -> SimulatedCpoData[L, T, S, C]:
    return SimulatedCpoData(
        version=version,
        seed=seed,
        now=_check_now(now),
        country_code=country_code,
        party_id=party_id,
        locations=tuple(locations),
        tariffs=tuple(tariffs),
        sessions=tuple(sessions),
        cdrs=tuple(cdrs),
    )


CpoData211: TypeAlias = SimulatedCpoData[v211.Location, v211.Tariff, v211.Session, v211.CDR]
"""A simulated CPO's data in OCPI 2.1.1."""
CpoData221: TypeAlias = SimulatedCpoData[v221.Location, v221.Tariff, v221.Session, v221.CDR]
"""A simulated CPO's data in OCPI 2.2.1."""
CpoData230: TypeAlias = SimulatedCpoData[v230.Location, v230.Tariff, v230.Session, v230.CDR]
"""A simulated CPO's data in OCPI 2.3.0."""
