"""The code generator: facts-only import, naming, and generated models that match the schemas."""

import json
from typing import Any

import pytest

from codegen import generate, ocpp_loader, paths, schema_import
from codegen.naming import enum_member, snake_case
from ocpkit.ocpp.registry import actions_of
from ocpkit.ocpp.version import OcppVersion
from tests import reference

PROSE = ("description", "comment", "$comment")


def _keyword_keys(node: Any, in_name_map: bool = False) -> set[str]:
    """Every JSON Schema keyword used in ``node`` (property and definition names excluded)."""
    keys: set[str] = set()
    if isinstance(node, dict):
        for key, value in node.items():
            if not in_name_map:
                keys.add(key)
            keys |= _keyword_keys(
                value, in_name_map=not in_name_map and key in ("properties", "definitions")
            )
    elif isinstance(node, list):
        for item in node:
            keys |= _keyword_keys(item)
    return keys


def test_imported_schemas_carry_no_prose() -> None:
    files = sorted(reference.SCHEMAS.glob("*/*.json"))
    assert len(files) == 56 + 22 + 128 + 181
    for path in files:
        keywords = _keyword_keys(json.loads(path.read_text(encoding="utf-8")))
        assert not keywords & set(PROSE), path


def test_a_property_named_description_survives_the_stripping() -> None:
    document = reference.schema(OcppVersion.V21, "Authorize", "response")
    assert any("description" in d.get("properties", {}) for d in document["definitions"].values())


def test_strip_prose_keeps_facts() -> None:
    original = {
        "description": "prose",
        "type": "object",
        "properties": {"description": {"type": "string", "maxLength": 5, "comment": "x"}},
        "definitions": {"comment": {"type": "string", "enum": ["A"], "description": "y"}},
    }
    assert schema_import.strip_prose(original) == {
        "type": "object",
        "properties": {"description": {"type": "string", "maxLength": 5}},
        "definitions": {"comment": {"type": "string", "enum": ["A"]}},
    }


def test_provenance_lists_every_original_with_its_sha256() -> None:
    sums = (reference.ROOT / "schemas" / "SHA256SUMS").read_text().splitlines()
    assert len(sums) == 387 + 3  # OCPP schema files, then one OCPI document per version
    provenance = (reference.ROOT / "schemas" / "PROVENANCE.md").read_text()
    for line in sums:
        digest, name = line.split("  ")
        assert len(digest) == 64
        assert f"`{name}`" in provenance
        assert digest in provenance


@pytest.mark.parametrize(
    ("wire", "python"),
    [
        ("chargePointSerialNumber", "charge_point_serial_number"),
        ("evMinV2XEnergyRequest", "ev_min_v2x_energy_request"),
        ("iso15118SchemaVersion", "iso15118_schema_version"),
        ("EVSEId", "evse_id"),
        ("eMAID", "e_maid"),
        ("json", "json_"),
        ("type", "type"),
    ],
)
def test_snake_case_names(wire: str, python: str) -> None:
    assert snake_case(wire) == python


@pytest.mark.parametrize(
    ("value", "member"),
    [
        ("Interruption.Begin", "INTERRUPTION_BEGIN"),
        ("kWh", "KWH"),
        ("L1-N", "L1_N"),
        ("SoC", "SOC"),
        ("DeAuthorized", "DE_AUTHORIZED"),
        ("EVDisconnected", "EV_DISCONNECTED"),
        ("Celcius", "CELCIUS"),
    ],
)
def test_enum_member_names(value: str, member: str) -> None:
    assert enum_member(value) == member


@pytest.mark.parametrize(
    ("version", "count"), [(OcppVersion.V16, 39), (OcppVersion.V201, 64), (OcppVersion.V21, 91)]
)
def test_every_action_is_registered(version: OcppVersion, count: int) -> None:
    registry = actions_of(version)
    assert len(registry) == count
    for name, action in registry.items():
        assert action.request.__name__ in (f"{name}Request", name)
        assert action.request.ocpp_action == name
        if action.response is not None:
            assert action.response.__name__ == f"{name}Response"
            assert action.request.response_type is action.response  # type: ignore[union-attr]


def test_only_the_21_send_message_has_no_response() -> None:
    sends = [(v, a.name) for v in OcppVersion for a in actions_of(v).values() if a.response is None]
    assert sends == [(OcppVersion.V21, "NotifyPeriodicEventStream")]


def _check_model_against_schema(
    model: Any, document: dict[str, Any], definitions: dict[str, Any]
) -> None:
    if "$ref" in document:
        document = definitions[document["$ref"].rsplit("/", 1)[1]]
    properties = document.get("properties", {})
    fields = {(f.validation_alias or name): (name, f) for name, f in model.model_fields.items()}
    assert set(fields) == set(properties), model
    for wire, (_name, field) in fields.items():
        assert field.is_required() == (wire in document.get("required", ())), (model, wire)
        if field.serialization_alias is not None:
            assert field.serialization_alias == wire
    expected_extra = "forbid" if document.get("additionalProperties") is False else "allow"
    assert model.model_config.get("extra") == expected_extra, model


def _nested(model: Any) -> list[tuple[str, Any]]:
    """(wire name, nested model class) for every field whose type is (a list of) a model."""
    from typing import get_args

    from pydantic import BaseModel

    out = []
    for name, field in model.model_fields.items():
        stack = [field.annotation]
        while stack:
            current = stack.pop()
            if isinstance(current, type) and issubclass(current, BaseModel):
                out.append((field.validation_alias or name, current))
            stack.extend(get_args(current))
    return out


@pytest.mark.parametrize("version", list(OcppVersion))
def test_models_have_exactly_the_schema_properties(version: OcppVersion) -> None:
    for action, kind in reference.messages(version):
        document = reference.schema(version, action, kind)
        definitions = document.get("definitions", {})
        pending = [(reference.model_for(version, action, kind), document)]
        while pending:
            model, node = pending.pop()
            if "$ref" in node:
                node = definitions[node["$ref"].rsplit("/", 1)[1]]
            _check_model_against_schema(model, node, definitions)
            for wire, nested in _nested(model):
                child = node["properties"][wire]
                if child.get("type") == "array":
                    child = child["items"]
                pending.append((nested, child))


def test_shared_types_are_generated_once_per_version() -> None:
    package = ocpp_loader.load("2.0.1").package
    names = [m.name for m in package.models]
    assert len(names) == len(set(names))
    assert names.count("CustomData") == 1
    source = (paths.SRC / "ocpp" / "v201" / "_generated" / "datatypes.py").read_text()
    assert source.count("class CustomData(") == 1


def test_generated_code_is_current_and_deterministic() -> None:
    first = generate.render_all()
    assert first == generate.render_all()
    stale = [path for path, text in first.items() if path.read_text(encoding="utf-8") != text]
    assert stale == []
