"""The simulated CPO's data: generated OCPI objects (valid, deterministic, consistent, priced
right) and the in-memory store that serves them page by page."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta, timezone
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from pydantic import JsonValue

from ocpkit._ocpi_base import OcpiModel, format_ocpi_datetime
from ocpkit.ocpi import v211, v221, v230
from ocpkit.ocpi.status import InvalidOrMissingParameters, NotFound
from ocpkit.ocpi.version import OcpiVersion
from ocpkit.tools import ToolError
from ocpkit.tools.ocpi_data import (
    COUNTRIES,
    DEFAULT_TARIFF_COUNT,
    TARIFF_PLANS,
    AnyCdr,
    AnySession,
    AnyTariff,
    GenerationError,
    SimulatedCpoData,
    make_cdrs,
    make_locations,
    make_sessions,
    make_tariffs,
    make_tokens,
)
from ocpkit.tools.ocpi_store import (
    KEY_FIELDS,
    InvalidPatch,
    ObjectStore,
    StoreError,
    StoreUsageError,
    UnknownObject,
    key_fields,
)

NOW = datetime(2025, 3, 1, 12, 0, 0, tzinfo=UTC)
VERSIONS = list(OcpiVersion)
AnyData = Any  # SimulatedCpoData of some version; the tests read it version by version

# the spec's coordinate patterns (Locations, GeoLocation class)
LATITUDE = re.compile(r"-?[0-9]{1,2}\.[0-9]{5,7}")
LONGITUDE = re.compile(r"-?[0-9]{1,3}\.[0-9]{5,7}")


def generate(
    version: OcpiVersion,
    *,
    locations: int = 12,
    tariffs: int | None = None,
    sessions: int | None = None,
    cdrs: int | None = None,
    seed: int = 7,
) -> AnyData:
    return SimulatedCpoData.generate(
        version,
        locations=locations,
        tariffs=tariffs,
        sessions=sessions,
        cdrs=cdrs,
        seed=seed,
        now=NOW,
    )


def all_objects(data: AnyData) -> list[Any]:
    return [*data.locations, *data.tariffs, *data.sessions, *data.cdrs]


# -- every object is valid ------------------------------------------------------------------


@given(
    version=st.sampled_from(VERSIONS),
    seed=st.integers(0, 2**32),
    locations=st.integers(0, 6),
    tariffs=st.integers(0, 8),
    sessions=st.integers(0, 5),
    cdrs=st.integers(0, 5),
)
@example(version=OcpiVersion.V211, seed=0, locations=0, tariffs=0, sessions=0, cdrs=0)
@example(version=OcpiVersion.V221, seed=1, locations=3, tariffs=0, sessions=4, cdrs=4)  # no tariff
@example(version=OcpiVersion.V230, seed=2, locations=5, tariffs=1, sessions=5, cdrs=5)  # AC only
@example(version=OcpiVersion.V211, seed=3, locations=6, tariffs=8, sessions=5, cdrs=5)
def test_every_generated_object_round_trips_strictly(
    version: OcpiVersion, seed: int, locations: int, tariffs: int, sessions: int, cdrs: int
) -> None:
    if locations == 0:
        sessions = cdrs = 0  # nowhere to charge
    data = SimulatedCpoData.generate(
        version,
        locations=locations,
        tariffs=tariffs,
        sessions=sessions,
        cdrs=cdrs,
        seed=seed,
        now=NOW,
    )
    tokens = make_tokens(version, 3, seed=seed, now=NOW)
    objects = [*all_objects(data), *tokens]
    assert len(objects) == locations + tariffs + sessions + cdrs + 3
    for obj in objects:
        assert type(obj).__module__.startswith(f"ocpkit.ocpi.{version.module}.")
        assert type(obj).from_json(obj.to_json(), strict=True) == obj


def test_each_version_gets_its_own_models() -> None:
    assert all(isinstance(x, v211.Location) for x in generate(OcpiVersion.V211).locations)
    assert all(isinstance(x, v221.CDR) for x in generate(OcpiVersion.V221, cdrs=3).cdrs)
    assert all(isinstance(x, v230.Tariff) for x in generate(OcpiVersion.V230).tariffs)


@pytest.mark.parametrize("country_code", sorted(COUNTRIES))
def test_every_country_of_the_table_generates_valid_objects(country_code: str) -> None:
    for version in VERSIONS:
        data = SimulatedCpoData.generate(
            version, locations=15, seed=5, now=NOW, country_code=country_code, party_id="X1Z"
        )
        for obj in all_objects(data):
            assert type(obj).from_json(obj.to_json(), strict=True) == obj
        country = COUNTRIES[country_code]
        assert {loc.country for loc in data.locations} == {country.alpha3}
        assert {t.currency for t in data.tariffs} == {country.currency}


# -- deterministic --------------------------------------------------------------------------


@given(version=st.sampled_from(VERSIONS), seed=st.integers(0, 2**32))
def test_the_same_seed_gives_the_same_objects(version: OcpiVersion, seed: int) -> None:
    first = generate(version, locations=5, seed=seed)
    second = generate(version, locations=5, seed=seed)
    assert [o.to_json() for o in all_objects(first)] == [o.to_json() for o in all_objects(second)]
    assert first == second


def test_another_seed_gives_other_objects() -> None:
    first = generate(OcpiVersion.V221, seed=1)
    second = generate(OcpiVersion.V221, seed=2)
    assert [o.to_json() for o in first.locations] != [o.to_json() for o in second.locations]


@pytest.mark.parametrize("version", VERSIONS)
def test_a_larger_count_only_appends(version: OcpiVersion) -> None:
    small = make_locations(version, 5, seed=9, now=NOW)
    large = make_locations(version, 12, seed=9, now=NOW)
    assert large[:5] == small
    assert make_tariffs(version, 9, seed=9, now=NOW)[:3] == make_tariffs(
        version, 3, seed=9, now=NOW
    )
    tariffs = make_tariffs(version, seed=9, now=NOW)
    sessions = make_sessions(version, 8, seed=9, now=NOW, locations=large, tariffs=tariffs)
    fewer = make_sessions(version, 3, seed=9, now=NOW, locations=large, tariffs=tariffs)
    assert sessions[:3] == fewer


def test_a_clock_with_microseconds_gives_whole_seconds() -> None:
    now = NOW.replace(microsecond=987654)
    data = SimulatedCpoData.generate(OcpiVersion.V221, locations=4, seed=1, now=now)
    assert data.now == NOW
    assert data == SimulatedCpoData.generate(OcpiVersion.V221, locations=4, seed=1, now=NOW)
    # the same instant in another zone is the same clock reading
    other_zone = NOW.astimezone(timezone(timedelta(hours=-5)))
    assert data == SimulatedCpoData.generate(OcpiVersion.V221, locations=4, seed=1, now=other_zone)


# -- consistent -----------------------------------------------------------------------------


def evses_of(location: Any) -> list[Any]:
    return list(location.evses or ())


def connector_tariffs(connector: Any) -> list[str]:
    if isinstance(connector, v211.Connector):
        return [] if connector.tariff_id is None else [connector.tariff_id]
    return list(connector.tariff_ids or ())


@pytest.mark.parametrize("version", VERSIONS)
def test_ids_are_unique(version: OcpiVersion) -> None:
    data = generate(version, locations=60, sessions=40, cdrs=40)
    for group in (data.locations, data.tariffs, data.sessions, data.cdrs):
        ids = [obj.id for obj in group]
        assert len(set(ids)) == len(ids)
    evse_uids = [e.uid for loc in data.locations for e in evses_of(loc)]
    assert len(set(evse_uids)) == len(evse_uids)
    evse_ids = [e.evse_id for loc in data.locations for e in evses_of(loc)]
    assert len(set(evse_ids)) == len(evse_ids)
    for loc in data.locations:
        for evse in evses_of(loc):
            ids = [c.id for c in evse.connectors]
            assert len(set(ids)) == len(ids)
    uids = [t.uid for t in make_tokens(version, 300, seed=1, now=NOW)]
    assert len(set(uids)) == len(uids)


@pytest.mark.parametrize("version", VERSIONS)
def test_every_location_has_one_to_four_evses_of_one_to_three_connectors(
    version: OcpiVersion,
) -> None:
    for loc in generate(version, locations=80).locations:
        assert 1 <= len(evses_of(loc)) <= 4
        assert all(1 <= len(evse.connectors) <= 3 for evse in evses_of(loc))
        assert LATITUDE.fullmatch(loc.coordinates.latitude)
        assert LONGITUDE.fullmatch(loc.coordinates.longitude)


@pytest.mark.parametrize("version", VERSIONS)
def test_connectors_name_existing_tariffs_of_their_power_kind(version: OcpiVersion) -> None:
    data = generate(version, locations=60)
    tariffs = {t.id: t for t in data.tariffs}
    dc_ids = {t.id for i, t in enumerate(data.tariffs) if TARIFF_PLANS[i].dc}
    named = set()
    for loc in data.locations:
        for evse in evses_of(loc):
            for connector in evse.connectors:
                ids = connector_tariffs(connector)
                assert len(ids) == 1
                assert ids[0] in tariffs
                assert (ids[0] in dc_ids) == (str(connector.power_type) == "DC")
                named.add(ids[0])
    assert len(named) > 1


def test_without_tariffs_connectors_name_none() -> None:
    data = generate(OcpiVersion.V221, tariffs=0, sessions=3, cdrs=3)
    connectors = [c for loc in data.locations for e in evses_of(loc) for c in e.connectors]
    assert all(c.tariff_ids is None for c in connectors)
    assert all(cdr.tariffs is None and cdr.total_cost.excl_vat == 0 for cdr in data.cdrs)
    assert all(session.total_cost is None for session in data.sessions)


def where(data: AnyData, charge: AnySession | AnyCdr) -> tuple[Any, Any, Any]:
    """The location, EVSE and connector a Session or CDR names."""
    if isinstance(charge, v211.Session | v211.CDR):
        embedded = charge.location.evses or []
        assert len(embedded) == 1
        assert len(embedded[0].connectors) == 1
        ids = (charge.location.id, embedded[0].uid, embedded[0].connectors[0].id)
    elif isinstance(charge, v221.Session | v230.Session):
        ids = (charge.location_id, charge.evse_uid, charge.connector_id)
    else:
        where_ = charge.cdr_location
        ids = (where_.id, where_.evse_uid, where_.connector_id)
    (location,) = [loc for loc in data.locations if loc.id == ids[0]]
    (evse,) = [e for e in evses_of(location) if e.uid == ids[1]]
    (connector,) = [c for c in evse.connectors if c.id == ids[2]]
    return location, evse, connector


@pytest.mark.parametrize("version", VERSIONS)
def test_sessions_and_cdrs_refer_to_generated_connectors_and_tariffs(
    version: OcpiVersion,
) -> None:
    data = generate(version, locations=30, sessions=30, cdrs=30)
    tariffs = {t.id: t for t in data.tariffs}
    for charge in (*data.sessions, *data.cdrs):
        location, evse, connector = where(data, charge)
        (tariff_id,) = connector_tariffs(connector)
        assert charge.currency == tariffs[tariff_id].currency
        if version is not OcpiVersion.V211:
            assert {p.tariff_id for p in charge.charging_periods or ()} == {tariff_id}
        if isinstance(charge, v211.Session | v211.CDR):
            # 2.1.1 embeds the Location with only the EVSE and connector used
            embedded = charge.location.model_copy(update={"evses": None})
            assert embedded == location.model_copy(update={"evses": None})
            assert charge.location.evses == [evse.model_copy(update={"connectors": [connector]})]
    for cdr in data.cdrs:
        _, evse, connector = where(data, cdr)
        assert [t.id for t in cdr.tariffs or ()] == connector_tariffs(connector)
        assert cdr.tariffs == [tariffs[connector_tariffs(connector)[0]]]
        if not isinstance(cdr, v211.CDR):
            place = cdr.cdr_location
            assert place.evse_id == evse.evse_id
            assert (place.connector_standard, place.connector_format) == (
                connector.standard,
                connector.format,
            )
            assert place.connector_power_type == connector.power_type


@pytest.mark.parametrize("version", VERSIONS)
def test_active_sessions_sit_on_charging_evses_one_each(version: OcpiVersion) -> None:
    data = generate(version, locations=60, sessions=60)
    statuses = [str(s.status) for s in data.sessions]
    assert "ACTIVE" in statuses
    assert "COMPLETED" in statuses
    busy = []
    for session in data.sessions:
        _, evse, _ = where(data, session)
        end = session.end_datetime if isinstance(session, v211.Session) else session.end_date_time
        if str(session.status) == "ACTIVE":
            assert str(evse.status) == "CHARGING"
            assert end is None
            busy.append(evse.uid)
        else:
            assert end is not None
            assert end <= NOW
    assert len(set(busy)) == len(busy)


# -- priced right ---------------------------------------------------------------------------

CENT = Decimal("0.01")


def price_of(tariff: AnyTariff) -> dict[str, tuple[Decimal, int, Decimal | None]]:
    """dimension -> (price, step_size, vat) of the Tariff's unrestricted elements."""
    table: dict[str, tuple[Decimal, int, Decimal | None]] = {}
    for element in tariff.elements:
        assert element.restrictions is None
        for c in element.price_components:
            table.setdefault(str(c.type), (c.price, c.step_size, getattr(c, "vat", None)))
    return table


def billed(
    table: dict[str, tuple[Decimal, int, Decimal | None]], dimension: str, amount: int, per: int
) -> Decimal | None:
    """The cost of ``amount`` (Wh or seconds) of a dimension: rounded up to whole steps, priced
    per kWh or per hour, to the cent."""
    if dimension not in table:
        return None
    price, step, _ = table[dimension]
    return (price * Decimal(math.ceil(amount / step) * step) / per).quantize(CENT, ROUND_HALF_UP)


def costs_of(charge: AnySession | AnyCdr, tariff: AnyTariff) -> dict[str, Decimal | None]:
    """Each dimension's cost before VAT, recomputed from the charge's times and energy."""
    periods: list[Any] = list(charge.charging_periods or ())
    start = periods[0].start_date_time
    if isinstance(charge, v211.CDR):
        end = charge.stop_date_time
    elif isinstance(charge, v211.Session):
        end = charge.end_datetime or NOW
    else:
        end = charge.end_date_time or NOW
    parked_from = periods[1].start_date_time if len(periods) > 1 else end
    charging_s = int((parked_from - start).total_seconds())
    parking_s = int((end - parked_from).total_seconds())
    energy = (
        charge.total_energy if isinstance(charge, v211.CDR | v221.CDR | v230.CDR) else charge.kwh
    )
    table = price_of(tariff)
    flat = table.get("FLAT")
    return {
        "FLAT": None if flat is None else flat[0],
        "ENERGY": billed(table, "ENERGY", int(energy * 1000), 1000),
        "TIME": billed(table, "TIME", charging_s, 3600),
        "PARKING_TIME": billed(table, "PARKING_TIME", parking_s, 3600),
    }


def vat_of(amount: Decimal | None, rate: Decimal) -> Decimal:
    return Decimal(0) if amount is None else (amount * rate / 100).quantize(CENT, ROUND_HALF_UP)


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("seed", [1, 2])
def test_cdr_costs_follow_the_tariff_and_add_up(version: OcpiVersion, seed: int) -> None:
    data = generate(version, locations=30, cdrs=40, seed=seed)
    vat = COUNTRIES["NL"].vat
    for cdr in data.cdrs:
        used: list[Any] = list(cdr.tariffs or ())
        assert len(used) == 1
        costs = costs_of(cdr, used[0])
        excl = sum((c for c in costs.values() if c is not None), Decimal(0))
        taxes = sum((vat_of(c, vat) for c in costs.values()), Decimal(0))
        assert excl > 0
        if isinstance(cdr, v211.CDR):
            assert cdr.total_cost == excl
            continue
        parts = {
            "FLAT": cdr.total_fixed_cost,
            "ENERGY": cdr.total_energy_cost,
            "TIME": cdr.total_time_cost,
            "PARKING_TIME": cdr.total_parking_cost,
        }
        for dimension, price in parts.items():
            expected = costs[dimension]
            if expected is None:
                assert price is None
            elif isinstance(cdr, v221.CDR):
                assert price == v221.Price(
                    excl_vat=expected, incl_vat=expected + vat_of(expected, vat)
                )
            else:
                assert isinstance(price, v230.Price)
                assert price.before_taxes == expected
                assert [(t.name, t.percentage, t.amount) for t in price.taxes or ()] == [
                    ("VAT", vat, vat_of(expected, vat))
                ]
        if isinstance(cdr, v221.CDR):
            assert cdr.total_cost == v221.Price(excl_vat=excl, incl_vat=excl + taxes)
        else:
            assert isinstance(cdr.total_cost, v230.Price)
            assert cdr.total_cost.before_taxes == excl
            assert sum(t.amount for t in cdr.total_cost.taxes or ()) == taxes
        seconds = (cdr.end_date_time - cdr.start_date_time).total_seconds()
        assert abs(float(cdr.total_time) * 3600 - seconds) <= 1


@pytest.mark.parametrize("version", VERSIONS)
def test_session_totals_follow_the_tariff(version: OcpiVersion) -> None:
    data = generate(version, locations=30, sessions=40)
    tariffs = {t.id: t for t in data.tariffs}
    for session in data.sessions:
        _, _, connector = where(data, session)
        costs = costs_of(session, tariffs[connector_tariffs(connector)[0]])
        excl = sum((c for c in costs.values() if c is not None), Decimal(0))
        total = session.total_cost
        if isinstance(total, Decimal):
            assert total == excl
        elif isinstance(total, v221.Price):
            assert total.excl_vat == excl
        else:
            assert isinstance(total, v230.Price)
            assert total.before_taxes == excl


@pytest.mark.parametrize("version", VERSIONS)
def test_tariff_prices_stay_near_their_plan(version: OcpiVersion) -> None:
    tariffs: Sequence[AnyTariff] = make_tariffs(version, 24, seed=4, now=NOW)
    for index, tariff in enumerate(tariffs):
        plan = TARIFF_PLANS[index % len(TARIFF_PLANS)]
        table = price_of(tariff)
        planned = {
            "FLAT": plan.flat,
            "ENERGY": plan.per_kwh,
            "TIME": plan.per_hour_charging,
            "PARKING_TIME": plan.per_hour_parking,
        }
        assert set(table) == {d for d, p in planned.items() if p is not None}
        for dimension, (price, _, vat) in table.items():
            plan_price = planned[dimension]
            assert plan_price is not None
            assert plan_price * Decimal("0.9") - CENT <= price <= plan_price * Decimal("1.1") + CENT
            assert vat == (None if version is OcpiVersion.V211 else Decimal(21))
        if isinstance(tariff, v230.Tariff):
            assert str(tariff.tax_included) == "NO"


# -- last_updated ---------------------------------------------------------------------------


@pytest.mark.parametrize("version", VERSIONS)
def test_last_updated_is_never_after_now_and_children_not_after_parents(
    version: OcpiVersion,
) -> None:
    data = generate(version, locations=40, sessions=30, cdrs=30)
    for obj in all_objects(data):
        assert obj.last_updated <= NOW
    for loc in data.locations:
        for evse in evses_of(loc):
            assert evse.last_updated <= loc.last_updated
            assert all(c.last_updated <= evse.last_updated for c in evse.connectors)
    for cdr in data.cdrs:
        end = cdr.stop_date_time if isinstance(cdr, v211.CDR) else cdr.end_date_time
        assert cdr.start_date_time < end < cdr.last_updated


@pytest.mark.parametrize("version", VERSIONS)
def test_a_date_window_selects_part_of_each_list(version: OcpiVersion) -> None:
    data = generate(version, locations=100, sessions=60, cdrs=60)
    for group in (data.locations, data.sessions, data.cdrs):
        store = ObjectStore(type(group[0]), group)
        page, total = store.select(
            date_from=NOW - timedelta(days=10), date_to=NOW - timedelta(days=3)
        )
        assert 0 < total < len(group)
        assert len(page) == total


# -- bad arguments --------------------------------------------------------------------------

BAD_ARGUMENTS: list[tuple[str, Callable[[], object]]] = [
    ("negative count", lambda: make_locations(OcpiVersion.V221, -1, seed=1, now=NOW)),
    ("bool count", lambda: make_tariffs(OcpiVersion.V221, True, seed=1, now=NOW)),
    ("naive now", lambda: make_locations(OcpiVersion.V221, 1, seed=1, now=datetime(2025, 1, 1))),
    (
        "unknown country",
        lambda: make_locations(OcpiVersion.V221, 1, seed=1, now=NOW, country_code="XX"),
    ),
    (
        "party id too long",
        lambda: make_locations(OcpiVersion.V221, 1, seed=1, now=NOW, party_id="ABCD"),
    ),
    (
        "party id not ASCII",
        lambda: make_tokens(OcpiVersion.V221, 1, seed=1, now=NOW, party_id="ÄBC"),
    ),
    ("seed not an int", lambda: make_locations(OcpiVersion.V221, 1, seed="1", now=NOW)),  # type: ignore[call-overload]
    ("unknown version", lambda: make_locations("9.9", 1, seed=1, now=NOW)),  # type: ignore[call-overload]
    (
        "negative tariff count",
        lambda: make_locations(OcpiVersion.V221, 1, seed=1, now=NOW, tariff_count=-2),
    ),
    (
        "sessions without locations",
        lambda: make_sessions(OcpiVersion.V221, 1, seed=1, now=NOW, locations=[], tariffs=[]),
    ),
    (
        "CDRs without locations",
        lambda: make_cdrs(OcpiVersion.V211, 1, seed=1, now=NOW, locations=[], tariffs=[]),
    ),
    (
        "a connector names a tariff not given",
        lambda: make_cdrs(
            OcpiVersion.V230,
            1,
            seed=1,
            now=NOW,
            locations=make_locations(OcpiVersion.V230, 3, seed=1, now=NOW),
            tariffs=[],
        ),
    ),
]


@pytest.mark.parametrize(("case", "call"), BAD_ARGUMENTS, ids=[c for c, _ in BAD_ARGUMENTS])
def test_bad_arguments_raise_a_generation_error_with_exit_status_2(
    case: str, call: Callable[[], object]
) -> None:
    with pytest.raises(GenerationError) as caught:
        call()
    assert isinstance(caught.value, ToolError)
    assert caught.value.status == 2


def test_no_sessions_are_needed_without_locations() -> None:
    assert make_sessions(OcpiVersion.V221, 0, seed=1, now=NOW, locations=[], tariffs=[]) == []
    data = SimulatedCpoData.generate(OcpiVersion.V211, locations=0, seed=1, now=NOW)
    assert (data.locations, data.sessions, data.cdrs) == ((), (), ())
    assert len(data.tariffs) == DEFAULT_TARIFF_COUNT


# -- the store: keys ------------------------------------------------------------------------

SAMPLES: dict[OcpiVersion, AnyData] = {}


def sample(version: OcpiVersion) -> AnyData:
    if version not in SAMPLES:
        SAMPLES[version] = generate(version, locations=6, sessions=4, cdrs=4)
    return SAMPLES[version]


def sample_of(version: OcpiVersion, name: str) -> OcpiModel:
    if name == "Token":
        return make_tokens(version, 1, seed=3, now=NOW)[0]
    group = {"Location": "locations", "Tariff": "tariffs", "Session": "sessions", "CDR": "cdrs"}
    first: OcpiModel = getattr(sample(version), group[name])[0]
    return first


@pytest.mark.parametrize(("version", "name"), list(KEY_FIELDS), ids=lambda x: str(x))
def test_each_key_fields_row_keys_its_objects(version: OcpiVersion, name: str) -> None:
    obj = sample_of(version, name)
    store = ObjectStore(type(obj), [obj])
    assert store.version is version
    assert store.key_fields == KEY_FIELDS[(version, name)] == key_fields(type(obj))
    key = tuple(str(getattr(obj, field)) for field in store.key_fields)
    assert store.key_of(obj) == key
    assert store.get(key) is obj
    assert key in store
    assert len(store) == 1


def test_ci_string_keys_match_in_any_case() -> None:
    loc = sample(OcpiVersion.V221).locations[0]
    store = ObjectStore(v221.Location, [loc])
    assert store.get(("nl", "ock", loc.id.lower())) is loc
    moved = loc.model_copy(update={"id": loc.id.lower(), "last_updated": NOW})
    assert store.put(moved) is False  # the same object, replaced
    assert len(store) == 1
    assert store.get(("NL", "OCK", loc.id)) is moved


def test_211_ids_are_not_case_insensitive() -> None:
    # 2.1.1 types Location.id as string, not CiString
    loc = sample(OcpiVersion.V211).locations[0]
    store = ObjectStore(v211.Location, [loc])
    assert (loc.id.lower(),) not in store
    assert store.put(loc.model_copy(update={"id": loc.id.lower()})) is True
    assert len(store) == 2


def test_a_token_is_known_by_uid_and_type() -> None:
    token = make_tokens(OcpiVersion.V221, 1, seed=1, now=NOW)[0]
    app = token.model_copy(update={"type": v221.TokenType.APP_USER})
    rfid = token.model_copy(update={"type": v221.TokenType.RFID})
    store = ObjectStore(v221.Token, [app, rfid])
    assert len(store) == 2
    assert store.get(("NL", "EMS", token.uid, "APP_USER")) is app
    assert store.get(("NL", "EMS", token.uid, "RFID")) is rfid


STORE_MISUSE: list[tuple[str, Callable[[], object]]] = [
    ("a model the store cannot hold", lambda: ObjectStore(v221.EVSE)),
    ("not a model at all", lambda: ObjectStore(dict)),  # type: ignore[type-var]
    (
        "an object of another model",
        lambda: ObjectStore(v221.Tariff).put(sample(OcpiVersion.V221).locations[0]),
    ),
    ("a key too short", lambda: ObjectStore(v221.Location).get(("NL", "OCK"))),
    ("a key that is a str", lambda: ObjectStore(v211.Location).get("LOC000001")),  # type: ignore[arg-type]
    ("a key part not a str", lambda: ObjectStore(v211.Location).get((1,))),  # type: ignore[arg-type]
    ("a negative offset", lambda: ObjectStore(v221.Location).select(offset=-1)),
    ("a negative limit", lambda: ObjectStore(v221.Location).select(limit=-1)),
    ("a bool limit", lambda: ObjectStore(v221.Location).select(limit=True)),
    (
        "a naive date_from",
        lambda: ObjectStore(v221.Location).select(date_from=datetime(2025, 1, 1)),
    ),
    ("a date_to not a datetime", lambda: ObjectStore(v221.Location).select_encoded(date_to="2025")),  # type: ignore[arg-type]
    ("patch fields not JSON data", lambda: token_store().patch(TOKEN_KEY, {"valid": {1, 2}})),  # type: ignore[dict-item]
    ("patch fields of another type", lambda: token_store().patch(TOKEN_KEY, 42)),  # type: ignore[arg-type]
]


@pytest.mark.parametrize(("case", "call"), STORE_MISUSE, ids=[c for c, _ in STORE_MISUSE])
def test_misuse_of_the_store_raises_a_usage_error(case: str, call: Callable[[], object]) -> None:
    with pytest.raises(StoreUsageError):
        call()


def test_an_unknown_key_is_a_404_that_does_not_quote_the_key() -> None:
    store = ObjectStore(v221.Location, sample(OcpiVersion.V221).locations)
    for call in (store.get, store.encoded, store.delete, lambda k: store.patch(k, {})):
        with pytest.raises(UnknownObject) as caught:
            call(("NL", "OCK", "SECRET-ID"))
        error = caught.value
        assert isinstance(error, StoreError)
        assert isinstance(error, NotFound)
        assert (error.http_status, int(error.status_code)) == (404, 2000)
        assert "SECRET-ID" not in str(error)
        assert "SECRET-ID" not in repr(error)
        assert error.key == ("NL", "OCK", "SECRET-ID")


# -- the store: select ----------------------------------------------------------------------

BASE = datetime(2025, 2, 1, tzinfo=UTC)
TOKENS = make_tokens(OcpiVersion.V221, 12, seed=11, now=NOW)
TOKEN_KEY: tuple[str, ...] = ("NL", "EMS", TOKENS[0].uid, str(TOKENS[0].type))


def token_store() -> ObjectStore[v221.Token]:
    return ObjectStore(v221.Token, TOKENS)


def at(minute: int) -> datetime:
    return BASE + timedelta(minutes=minute)


def order(token: v221.Token) -> tuple[datetime, tuple[str, ...]]:
    return token.last_updated, (token.country_code, token.party_id, token.uid, str(token.type))


minutes = st.integers(-1, 12)
bounds = st.none() | st.builds(
    lambda m, zone: at(m).astimezone(zone),
    minutes,
    st.sampled_from([UTC, timezone(timedelta(hours=2)), timezone(timedelta(hours=-7))]),
)


@given(
    stamps=st.lists(st.integers(0, 10), min_size=0, max_size=12),
    offset=st.integers(0, 14),
    limit=st.none() | st.integers(0, 14),
    date_from=bounds,
    date_to=bounds,
)
@example(stamps=[3, 3, 3, 5], offset=0, limit=None, date_from=at(3), date_to=at(5))  # edges
@example(stamps=[1, 2], offset=0, limit=None, date_from=at(2), date_to=at(2))  # empty window
@example(stamps=[1, 2], offset=0, limit=None, date_from=at(5), date_to=at(1))  # from after to
@example(stamps=[1, 2, 3], offset=5, limit=2, date_from=None, date_to=None)  # beyond the end
@example(stamps=[1, 2, 3], offset=1, limit=0, date_from=None, date_to=None)  # limit 0
def test_select_returns_exactly_the_window_in_order(
    stamps: list[int],
    offset: int,
    limit: int | None,
    date_from: datetime | None,
    date_to: datetime | None,
) -> None:
    tokens = [
        t.model_copy(update={"last_updated": at(m)}) for t, m in zip(TOKENS, stamps, strict=False)
    ]
    store = ObjectStore(v221.Token, tokens)
    inside = sorted(
        (
            t
            for t in tokens
            if (date_from is None or t.last_updated >= date_from)
            and (date_to is None or t.last_updated < date_to)
        ),
        key=order,
    )
    stop = None if limit is None else offset + limit
    page, total = store.select(offset=offset, limit=limit, date_from=date_from, date_to=date_to)
    assert list(page) == inside[offset:stop]
    assert total == len(inside)
    encoded, encoded_total = store.select_encoded(
        offset=offset, limit=limit, date_from=date_from, date_to=date_to
    )
    assert list(encoded) == [t.to_json() for t in inside[offset:stop]]
    assert encoded_total == total


def test_ties_on_last_updated_are_ordered_by_the_key_as_written() -> None:
    uids = ["b0", "A2", "a1", "B3", "c"]
    tokens = [TOKENS[0].model_copy(update={"uid": uid, "last_updated": at(1)}) for uid in uids] + [
        TOKENS[1].model_copy(update={"last_updated": at(0)})
    ]
    store = ObjectStore(v221.Token, tokens)
    page, _ = store.select()
    assert [t.uid for t in page] == [TOKENS[1].uid, "A2", "B3", "a1", "b0", "c"]
    store.put(store.get(("NL", "EMS", "a2", str(TOKENS[0].type))).model_copy(update={"uid": "a2"}))
    assert [t.uid for t in store.select()[0]] == [TOKENS[1].uid, "B3", "a1", "a2", "b0", "c"]
    # party ids that differ in case only are one party, yet the order must stay a total order
    for round_ in range(2):  # the second round replaces each
        for party_id, uid in [("a", "1"), ("A", "2"), ("B", "0")]:
            update = {"party_id": party_id, "uid": uid, "last_updated": at(2 + round_)}
            store.put(TOKENS[2].model_copy(update=update))
        tail = [(t.party_id, t.uid) for t in store.select(date_from=at(2))[0]]
        assert tail == [("A", "2"), ("B", "0"), ("a", "1")]


# -- the store: put, patch, delete ----------------------------------------------------------

operations = st.lists(
    st.tuples(st.sampled_from(["put", "patch", "delete"]), st.integers(0, 5), minutes),
    max_size=25,
)


@given(operations)
@example([("put", 0, 3), ("put", 0, 1), ("patch", 0, 7), ("delete", 0, 0), ("patch", 0, 2)])
def test_put_patch_and_delete_keep_the_order_and_the_encoded_cache(
    ops: list[tuple[str, int, int]],
) -> None:
    store: ObjectStore[v221.Token] = ObjectStore(v221.Token)
    model: dict[tuple[str, ...], v221.Token] = {}
    for op, index, minute in ops:
        key = ("NL", "EMS", TOKENS[index].uid, str(TOKENS[index].type))
        if op == "put":
            token = TOKENS[index].model_copy(update={"last_updated": at(minute)})
            assert store.put(token) is (key not in model)
            model[key] = token
        elif key not in model:
            with pytest.raises(UnknownObject):
                store.patch(key, {"last_updated": format_ocpi_datetime(at(minute))})
            with pytest.raises(UnknownObject):
                store.delete(key)
        elif op == "patch":
            before = model[key]
            body: dict[str, JsonValue] = {
                "last_updated": format_ocpi_datetime(at(minute)),
                "valid": not before.valid,
            }
            after = store.patch(key, body)
            assert (after.last_updated, after.valid) == (at(minute), not before.valid)
            assert (
                after.model_copy(
                    update={"last_updated": before.last_updated, "valid": before.valid}
                )
                == before
            )
            model[key] = after
        else:
            assert store.delete(key) == model.pop(key)
        expected = sorted(model.values(), key=order)
        page, total = store.select()
        assert (list(page), total, len(store)) == (expected, len(expected), len(expected))
        assert list(store.select_encoded()[0]) == [t.to_json() for t in expected]
        for k, token in model.items():
            assert store.get(k) == token
            assert store.encoded(k) == token.to_json()


def test_patch_applies_fields_and_leaves_the_others() -> None:
    store = token_store()
    before = store.get(TOKEN_KEY)
    body = (
        b'{"whitelist": "NEVER", "energy_contract": {"supplier_name": "Eneco"},'
        b' "last_updated": "2025-03-01T12:00:00Z"}'
    )
    after = store.patch(TOKEN_KEY, body)
    assert str(after.whitelist) == "NEVER"
    assert after.energy_contract == v221.EnergyContract(supplier_name="Eneco")
    assert after.last_updated == NOW
    unchanged = after.model_copy(
        update={
            "whitelist": before.whitelist,
            "energy_contract": None,
            "last_updated": before.last_updated,
        }
    )
    assert unchanged == before
    assert store.select()[0][-1] is after  # the newest now
    assert store.encoded(TOKEN_KEY) == after.to_json()


def test_patch_with_null_removes_an_optional_field() -> None:
    store = token_store()
    assert store.get(TOKEN_KEY).language is not None
    after = store.patch(TOKEN_KEY, {"language": None, "last_updated": "2025-03-01T12:00:00Z"})
    assert after.language is None
    assert b'"language"' not in store.encoded(TOKEN_KEY)


def test_patch_may_repeat_the_key_in_another_case() -> None:
    store = token_store()
    body = {"uid": TOKEN_KEY[2].lower(), "party_id": "ems", "last_updated": "2025-03-01T12:00:00Z"}
    assert store.patch(TOKEN_KEY, body).uid == TOKEN_KEY[2].lower()


def test_a_211_patch_needs_no_last_updated() -> None:
    token = make_tokens(OcpiVersion.V211, 1, seed=1, now=NOW)[0]
    store = ObjectStore(v211.Token, [token])
    after = store.patch((token.uid, str(token.type)), {"valid": False})
    assert after.valid is False
    assert after.last_updated == token.last_updated


# (case, version, body, the paths and kinds of the violations)
REFUSED_PATCHES: list[tuple[str, OcpiVersion, object, list[tuple[str, str]]]] = [
    (
        "2.2.1 without last_updated",
        OcpiVersion.V221,
        {"valid": False},
        [("$.last_updated", "missing")],
    ),
    (
        "2.3.0 without last_updated",
        OcpiVersion.V230,
        {"valid": False},
        [("$.last_updated", "missing")],
    ),
    (
        "null for a required field",
        OcpiVersion.V221,
        {"issuer": None, "last_updated": "2025-03-01T12:00:00Z"},
        [("$.issuer", "none_required")],
    ),
    (
        "an unknown field",
        OcpiVersion.V221,
        {"colour": "red", "last_updated": "2025-03-01T12:00:00Z"},
        [("$.colour", "extra_forbidden")],
    ),
    (
        "an unknown nested field",
        OcpiVersion.V230,
        {"energy_contract": {"supplier_name": "E", "x": 1}, "last_updated": "2025-03-01T12:00:00Z"},
        [("$.energy_contract.x", "extra_forbidden")],
    ),
    ("a wrong type", OcpiVersion.V211, {"valid": "no"}, [("$.valid", "bool_type")]),
    (
        "a bad date",
        OcpiVersion.V221,
        {"last_updated": "2025-03-01T12:00:00+01:00"},
        [("$.last_updated", "ocpi_datetime")],
    ),
    (
        "a changed key",
        OcpiVersion.V221,
        {"uid": "OTHER", "last_updated": "2025-03-01T12:00:00Z"},
        [("$.uid", "key_changed")],
    ),
    (
        "a changed token type",
        OcpiVersion.V211,
        {"type": "OTHER"},
        [("$.type", "key_changed")],
    ),
    ("not JSON", OcpiVersion.V221, b"{valid: false", [("$", "json_invalid")]),
    ("not an object", OcpiVersion.V221, "[1, 2]", [("$", "model_type")]),
]


@pytest.mark.parametrize(
    ("case", "version", "body", "found"), REFUSED_PATCHES, ids=[r[0] for r in REFUSED_PATCHES]
)
def test_refused_patches_raise_invalid_patch_and_change_nothing(
    case: str, version: OcpiVersion, body: Any, found: list[tuple[str, str]]
) -> None:
    token = make_tokens(version, 1, seed=2, now=NOW, country_code="DE", party_id="TNM")[0]
    token = token.model_copy(update={"type": "RFID"}) if version is OcpiVersion.V211 else token
    store: ObjectStore[Any] = ObjectStore(type(token), [token])
    key = store.key_of(token)
    with pytest.raises(InvalidPatch) as caught:
        store.patch(key, body)
    error = caught.value
    assert isinstance(error, StoreError)
    assert isinstance(error, InvalidOrMissingParameters)
    assert int(error.status_code) == 2001
    assert [(v.path, v.kind) for v in error.violations] == found
    assert token.uid not in str(error)
    assert store.get(key) is token
    assert store.encoded(key) == token.to_json()


def test_patch_keeps_fields_beyond_the_spec_that_the_stored_object_had() -> None:
    # a 2.3.0 receiver must keep undocumented fields; a PATCH must not make it lose them
    token = v230.Token.from_json(
        make_tokens(OcpiVersion.V230, 1, seed=1, now=NOW)[0].to_json()[:-1] + b',"x_vendor":1}'
    )
    store = ObjectStore(v230.Token, [token])
    after = store.patch(
        store.key_of(token), {"valid": False, "last_updated": "2025-03-01T12:00:00Z"}
    )
    assert after.model_extra == {"x_vendor": 1}
    assert b'"x_vendor":1' in store.encoded(store.key_of(token))
