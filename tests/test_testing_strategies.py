"""``ocpkit.testing``: the public Hypothesis strategies.

The main property: every instance a strategy produces, encoded with ``to_json()``, is valid
against the official schema (judged by ``jsonschema``, see ``tests/reference.py``), for every
message of every version and for the object types. The other tests check that the strategies
reach the corners they promise (absent optional fields, longest strings, other offsets, vendor
keys, ...) and that the module stays an optional, opt-in part of ocpkit.
"""

import importlib
import random
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import UTC, timedelta
from decimal import Decimal
from typing import Any, TypeVar

import jsonschema
import pytest
from hypothesis import Phase, find, given, settings
from hypothesis import strategies as st
from hypothesis.errors import NoSuchExample
from hypothesis.strategies import SearchStrategy
from pydantic import Field

import ocpkit.testing
from ocpkit._base import OcppModel, OcppRequest, OcppResponse, OcppSend
from ocpkit.ocpp import v16, v21, v201
from ocpkit.ocpp.version import OcppVersion
from ocpkit.testing import from_model, messages, register, requests, responses, sends
from tests import reference

T = TypeVar("T")

MESSAGES = [
    pytest.param(version, action, kind, id=f"{version}-{action}-{kind}")
    for version in OcppVersion
    for action, kind in reference.messages(version)
]


def _schema_errors(validator: jsonschema.protocols.Validator, payload: Any) -> list[str]:
    return [
        f"{list(error.absolute_path)}: {error.message}" for error in validator.iter_errors(payload)
    ]


@pytest.mark.parametrize(("version", "action", "kind"), MESSAGES)
@given(data=st.data())
def test_generated_message_is_valid_against_the_official_schema(
    version: OcppVersion, action: str, kind: reference.Kind, data: st.DataObject
) -> None:
    model = reference.model_for(version, action, kind)
    message = data.draw(from_model(model))
    assert type(message) is model
    encoded = message.to_json()
    errors = _schema_errors(
        reference.validator(version, action, kind), reference.load_json(encoded)
    )
    assert not errors, encoded
    # What the strategies make, ocpkit itself reads back unchanged.
    assert model.from_json(encoded) == message


# -- object types -----------------------------------------------------------------------------

# OCPP 1.6 (without the security extension) writes its object types inline: where to find each.
_V16_INLINE: dict[str, tuple[str, reference.Kind, tuple[str, ...]]] = {
    "IdTagInfo": ("Authorize", "response", ("idTagInfo",)),
    "AuthorizationData": ("SendLocalList", "request", ("localAuthorizationList", "[]")),
    "ChargingProfile": ("SetChargingProfile", "request", ("csChargingProfiles",)),
    "ChargingSchedule": (
        "SetChargingProfile",
        "request",
        ("csChargingProfiles", "chargingSchedule"),
    ),
    "ChargingSchedulePeriod": (
        "SetChargingProfile",
        "request",
        ("csChargingProfiles", "chargingSchedule", "chargingSchedulePeriod", "[]"),
    ),
    "KeyValue": ("GetConfiguration", "response", ("configurationKey", "[]")),
    "MeterValue": ("MeterValues", "request", ("meterValue", "[]")),
    "SampledValue": ("MeterValues", "request", ("meterValue", "[]", "sampledValue", "[]")),
}
_PACKAGES = {OcppVersion.V16: v16, OcppVersion.V201: v201, OcppVersion.V21: v21}


def _datatype_names(version: OcppVersion) -> list[str]:
    package = _PACKAGES[version].__name__
    module = importlib.import_module(f"{package}._generated.datatypes")
    names: list[str] = module.__all__
    return names


def _inline_schema(version: OcppVersion, name: str) -> dict[str, Any]:
    action, kind, path = _V16_INLINE[name]
    node = reference.schema(version, action, kind)
    for step in path:
        node = node["items"] if step == "[]" else node["properties"][step]
    return {"$schema": reference.schema(version, action, kind)["$schema"], **node}


def _defined_schema(version: OcppVersion, name: str) -> dict[str, Any] | None:
    for action, kind in reference.messages(version):
        document = reference.schema(version, action, kind)
        definitions = document.get("definitions", {})
        for candidate in (f"{name}Type", name):
            if candidate in definitions:
                return {
                    "$schema": document["$schema"],
                    "definitions": definitions,
                    "$ref": f"#/definitions/{candidate}",
                }
    return None


def _datatype_schema(version: OcppVersion, name: str) -> dict[str, Any]:
    if version is OcppVersion.V16 and name in _V16_INLINE:
        return _inline_schema(version, name)
    found = _defined_schema(version, name)
    if found is None:
        raise LookupError(f"no schema defines {version} {name}")
    return found


DATATYPES = [
    pytest.param(version, name, id=f"{version}-{name}")
    for version in OcppVersion
    for name in _datatype_names(version)
]


def test_every_datatype_has_a_schema_to_check_against() -> None:
    # So that the parametrised test below covers every object type, none silently skipped.
    for version in OcppVersion:
        for name in _datatype_names(version):
            assert _datatype_schema(version, name)


@pytest.mark.parametrize(("version", "name"), DATATYPES)
@given(data=st.data())
def test_generated_datatype_is_valid_against_the_official_schema(
    version: OcppVersion, name: str, data: st.DataObject
) -> None:
    model = getattr(_PACKAGES[version], name)
    instance = data.draw(from_model(model))
    document = _datatype_schema(version, name)
    cls = jsonschema.validators.validator_for(document)
    validator = cls(document, format_checker=cls.FORMAT_CHECKER)
    encoded = instance.to_json()
    assert not _schema_errors(validator, reference.load_json(encoded)), encoded


# -- the corners the strategies promise -------------------------------------------------------


def _reaches(
    strategy: SearchStrategy[T], condition: Callable[[T], bool], *, tries: int = 2_000
) -> T:
    """The first example meeting ``condition``; fails the test if none is found."""
    found: T = find(
        strategy,
        condition,
        settings=settings(max_examples=tries, database=None, phases=[Phase.generate]),
        random=random.Random(0),
    )
    return found


def test_optional_fields_are_sometimes_absent_and_sometimes_present() -> None:
    boot = from_model(v16.BootNotificationRequest)
    _reaches(boot, lambda m: m.charge_point_serial_number is None)
    present = _reaches(boot, lambda m: m.charge_point_serial_number is not None)
    assert b"chargePointSerialNumber" in present.to_json()


def test_strings_reach_their_maximum_length_even_when_it_is_large() -> None:
    _reaches(from_model(v16.AuthorizeRequest), lambda m: len(m.id_tag) == 20)
    _reaches(from_model(v201.MessageContent), lambda m: len(m.content) == 512)
    # and never beyond, however many are drawn
    with pytest.raises(NoSuchExample):
        _reaches(from_model(v16.AuthorizeRequest), lambda m: len(m.id_tag) > 20)


def test_lists_reach_both_ends_of_their_length_bounds() -> None:
    entry = from_model(v201.SalesTariffEntry)
    _reaches(entry, lambda m: len(m.consumption_cost or []) == 1)
    _reaches(entry, lambda m: any(len(cost.cost) == 3 for cost in m.consumption_cost or []))


def test_multiple_of_is_kept_on_the_decimal_value() -> None:
    period = from_model(v16.ChargingSchedulePeriod)
    _reaches(period, lambda m: m.limit != int(m.limit) and abs(m.limit) > 1000)
    # As written on the wire (the shortest repr), every limit is a multiple of 0.1.
    with pytest.raises(NoSuchExample):
        _reaches(period, lambda m: Decimal(repr(m.limit)) % Decimal("0.1") != 0)


def test_date_times_are_aware_in_utc_and_in_other_offsets() -> None:
    heartbeat = from_model(v201.HeartbeatResponse)
    _reaches(heartbeat, lambda m: m.current_time.utcoffset() == timedelta(0))
    other = _reaches(
        heartbeat,
        lambda m: (
            m.current_time.utcoffset() not in (None, timedelta(0))
            and m.current_time.microsecond != 0
        ),
    )
    assert other.current_time.tzinfo is not UTC


def test_custom_data_sometimes_carries_vendor_keys() -> None:
    found = _reaches(from_model(v201.CustomData), lambda m: bool(m.model_extra))
    wire = found.to_wire()
    assert set(wire) == {"vendorId", *(found.model_extra or {})}


def test_free_form_data_is_absent_null_or_any_json() -> None:
    transfer = from_model(v201.DataTransferRequest)
    absent = _reaches(transfer, lambda m: "data" not in m.model_fields_set)
    assert b'"data"' not in absent.to_json()
    null = _reaches(transfer, lambda m: "data" in m.model_fields_set and m.data is None)
    assert b'"data":null' in null.to_json()
    _reaches(
        transfer,
        lambda m: isinstance(m.data, dict) and any(isinstance(v, list) for v in m.data.values()),
    )


def test_enums_take_every_member() -> None:
    status = from_model(v16.StatusNotificationRequest)
    for member in v16.ChargePointStatus:
        found = _reaches(status, _has_status(member))
        assert found.status is member


def _has_status(
    member: v16.ChargePointStatus,
) -> Callable[[v16.StatusNotificationRequest], bool]:
    return lambda message: message.status is member


class _Bounded(OcppModel):
    """A hand-written model with the constraints the generated ones do not use (yet)."""

    above: int = Field(gt=-3, lt=3)
    fraction: float = Field(gt=0.0, lt=1.0)
    halves: float = Field(multiple_of=0.5, ge=-1.0, le=1.0)
    even: int = Field(multiple_of=2, ge=0, le=10)


@given(from_model(_Bounded))
def test_exclusive_bounds_and_multiples_are_honoured(value: _Bounded) -> None:
    assert -3 < value.above < 3
    assert 0.0 < value.fraction < 1.0
    assert value.halves in (-1.0, -0.5, 0.0, 0.5, 1.0)
    assert value.even in (0, 2, 4, 6, 8, 10)


class _Unsupported(OcppModel):
    """A field type no OCPP schema produces."""

    tags: set[int]


class _Patterned(OcppModel):
    """A constraint the strategies do not implement."""

    code: str = Field(pattern="^[A-Z]{3}$")


class _Misplaced(OcppModel):
    """A constraint on a type it cannot apply to."""

    flag: bool = Field(max_length=3)


def test_unknown_field_types_and_constraints_are_refused_not_ignored() -> None:
    with pytest.raises(TypeError, match="no strategy"):
        from_model(_Unsupported)
    with pytest.raises(TypeError, match="unsupported constraint"):
        from_model(_Patterned)
    with pytest.raises(TypeError, match="constraints on"):
        from_model(_Misplaced)


def test_strategies_are_built_once_per_class() -> None:
    assert from_model(v201.TransactionEventRequest) is from_model(v201.TransactionEventRequest)


# -- per-version message strategies -----------------------------------------------------------


@pytest.mark.parametrize("version", list(OcppVersion))
@given(data=st.data())
def test_requests_and_responses_give_only_their_kind(
    version: OcppVersion, data: st.DataObject
) -> None:
    request = data.draw(requests(version))
    assert isinstance(request, OcppRequest)
    response = data.draw(responses(version))
    assert isinstance(response, OcppResponse)
    message = data.draw(messages(version))
    assert isinstance(message, OcppRequest | OcppResponse | OcppSend)
    assert type(message).__module__.startswith(_PACKAGES[version].__name__)


def test_messages_cover_requests_responses_and_sends() -> None:
    _reaches(messages(OcppVersion.V21), lambda m: isinstance(m, OcppRequest))
    _reaches(messages(OcppVersion.V21), lambda m: isinstance(m, OcppResponse))
    # one SEND among 90 actions' requests and responses: give it room to come up
    _reaches(messages(OcppVersion.V21), lambda m: isinstance(m, OcppSend), tries=20_000)
    assert isinstance(_reaches(sends(OcppVersion.V21), lambda m: True), OcppSend)
    assert sends(OcppVersion.V16).is_empty


@given(st.data())
def test_register_lets_from_type_use_the_strategies(data: st.DataObject) -> None:
    register(OcppVersion.V16)
    drawn = data.draw(st.from_type(v16.MeterValuesRequest))
    assert isinstance(drawn, v16.MeterValuesRequest)
    assert reference.is_valid(
        OcppVersion.V16, "MeterValues", "request", reference.load_json(drawn.to_json())
    )


# -- packaging --------------------------------------------------------------------------------


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=120
    )


def test_ocpkit_itself_never_imports_the_testing_module_or_hypothesis() -> None:
    result = _run(
        "import sys\n"
        "import ocpkit, ocpkit.ocpp, ocpkit.ocpp.v16, ocpkit.ocpp.v201, ocpkit.ocpp.v21\n"
        "from ocpkit.ocpp import v201\n"
        "v201.TransactionEventRequest\n"
        "print(sorted(m for m in sys.modules if m.startswith(('hypothesis', 'ocpkit.testing'))))\n"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_without_hypothesis_the_import_error_says_what_to_install() -> None:
    result = _run(
        "import sys\n"
        "sys.modules['hypothesis'] = None\n"
        "try:\n"
        "    import ocpkit.testing\n"
        "except ImportError as error:\n"
        "    print(error)\n"
    )
    assert result.returncode == 0, result.stderr
    assert "ocpkit[testing]" in result.stdout


def _public_names() -> Iterator[tuple[str, Any]]:
    for name in ocpkit.testing.__all__:
        yield name, getattr(ocpkit.testing, name)


def test_every_public_name_is_documented() -> None:
    assert ocpkit.testing.__doc__
    undocumented = [name for name, value in _public_names() if not (value.__doc__ or "").strip()]
    assert undocumented == []
