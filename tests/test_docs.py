"""The documentation's generated references (``docs/_ext/reference.py``) leave nothing out: every
action, message, object type and enum of every OCPP and OCPI version, every interface and endpoint
of every OCPI module, every error code and violation rule, and every check of every probe has its
entry; the version diffs name what was added."""

import sys
from functools import cache
from pathlib import Path
from typing import get_args

import pytest
from pydantic import BaseModel

from codegen import ocpi_loader, ocpp_loader
from ocpkit.ocpi.modules import Payload, modules_of
from ocpkit.ocpp import v16, v201
from ocpkit.ocpp.errors import KNOWN_ERROR_TYPES, ErrorKind, V2ErrorCode, V16ErrorCode
from ocpkit.ocpp.registry import actions_of
from ocpkit.ocpp.version import OcppVersion
from ocpkit.tools.probe import charger, csms, ocpi

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "docs" / "_ext"))

import claims
import mapping
import reference


@cache
def pages() -> dict[str, str]:
    found: dict[str, str] = reference.pages()
    return found


@pytest.mark.parametrize("version", reference.OCPP_VERSIONS)
def test_every_ocpp_action_message_type_and_enum_has_an_entry(version: str) -> None:
    page = pages()[f"ocpp-{version}.md"]
    package = ocpp_loader.load(version)
    for action in package.actions:
        assert f"\n## {action.name}\n" in page
        assert f"| [{action.name}](#{action.name.lower()}) |" in page
    for model in package.package.models:
        assert (
            f"### Request: {model.name}\n" in page
            or f": {model.name}\n" in page
            or (f"\n### {model.name}\n" in page)
        ), model.name
    for enum in package.package.enums:
        assert f"\n### {enum.name}\n" in page
        assert all(f"`{value}`" in page for value in enum.values)


@pytest.mark.parametrize("version", reference.OCPI_VERSIONS)
def test_every_ocpi_definition_has_an_entry(version: str) -> None:
    page = pages()[f"ocpi-{version}.md"]
    package = ocpi_loader.load(version)
    for definition in package.definitions:
        assert f"\n### {definition.name}\n" in page, definition.name
    for model in package.package.models:
        assert all(f"| `{field.wire_name}` |" in page for field in model.fields)


def module_section(page: str, module: str) -> str:
    """The part of an OCPI page under ``## module``, up to the next module."""
    start = page.index(f"\n## {module}\n")
    end = page.find("\n## ", start + 1)
    return page[start : None if end < 0 else end]


def payload_cell(payload: Payload | None) -> str:
    if payload is None:
        return "none"
    links = ", ".join(f"[{name}](#{name.lower()})" for name in payload.objects)
    if len(payload.objects) > 1:
        links = f"one of {links}"
    return f"list of {links}" if payload.many else links


@pytest.mark.parametrize("version", reference.OCPI_VERSIONS)
def test_every_ocpi_interface_and_endpoint_has_an_entry(version: str) -> None:
    page = pages()[f"ocpi-{version}.md"]
    for module in modules_of(version):
        section = module_section(page, module.module)
        assert f"\n### Interfaces and endpoints of {module.module}\n" in section
        for interface in module.interfaces:
            roles = ", ".join(f"`{role}`" for role in interface.implemented_by)
            assert f"\n- {roles} → {interface.title}\n" in section, interface.title
            heading = f"\n#### {module.module}: {interface.title}\n"
            assert section.count(heading) == 1
            table = section[section.index(heading) :].split("\n\n#")[0]
            rows = [line for line in table.splitlines() if line.startswith("| ")][2:]
            assert len(rows) == len(interface.endpoints)
            for row, operation in zip(rows, interface.endpoints, strict=True):
                cells = [cell.strip() for cell in row.strip("|").split(" | ")]
                path = f"`{operation.template}`" if operation.template else "(none)"
                assert cells[:3] == [operation.method, operation.url.value, path], row
                assert cells[3].startswith(payload_cell(operation.request)), row
                assert cells[4].startswith(payload_cell(operation.response)), row
                assert ("(paginated)" in cells[4]) is operation.paginated, row
            for name in (
                name
                for operation in interface.endpoints
                for payload in (operation.request, operation.response)
                if payload is not None
                for name in payload.objects
            ):
                assert f"\n### {name}\n" in page, name


def test_every_error_code_and_violation_rule_has_an_entry() -> None:
    page = pages()["ocpp-errors.md"]
    for kind in ErrorKind:
        assert f"| {kind.name} |" in page
    for code in [*V16ErrorCode, *V2ErrorCode]:
        assert f"`{code}`" in page
    for error_type in KNOWN_ERROR_TYPES:
        assert f"| `{error_type}` |" in page


def test_every_probe_check_has_an_entry() -> None:
    page = pages()["probes.md"]
    ids = [entry.check.id for entry in csms.catalogue(OcppVersion.V201)]
    ids += [entry.check.id for entry in charger.catalogue(OcppVersion.V201)]
    ids += [entry.check.id for entry in ocpi.catalogue()]
    for check_id in ids:
        assert f"| `{check_id}` | " in page


@pytest.mark.parametrize(
    ("page", "protocol", "old", "new"),
    [
        ("diff-ocpp-2.0.1-2.1.md", "ocpp", "2.0.1", "2.1"),
        ("diff-ocpi-2.1.1-2.2.1.md", "ocpi", "2.1.1", "2.2.1"),
        ("diff-ocpi-2.2.1-2.3.0.md", "ocpi", "2.2.1", "2.3.0"),
    ],
)
def test_the_diffs_name_every_object_type_and_enum_added_or_removed(
    page: str, protocol: str, old: str, new: str
) -> None:
    text = pages()[page]
    load = ocpp_loader.load if protocol == "ocpp" else ocpi_loader.load
    before, after = load(old).package, load(new).package
    models = {m.name for m in before.models} ^ {m.name for m in after.models}
    enums = {e.name for e in before.enums} ^ {e.name for e in after.enums}
    for name in models | enums:
        assert f"`{name}`" in text, name


def test_the_1_6_to_2_0_1_mapping_names_real_actions_and_values() -> None:
    old, new = actions_of(OcppVersion.V16), actions_of(OcppVersion.V201)
    assert set(mapping.ACTIONS) == set(old)
    for targets, _ in mapping.ACTIONS.values():
        assert set(targets) <= set(new)
    assert set(mapping.CONNECTOR_STATUS) == {m.value for m in v16.ChargePointStatus}
    assert set(mapping.CONNECTOR_STATUS.values()) <= {m.value for m in v201.ConnectorStatusEnum}
    assert set(mapping.ERROR_CODES) == {code.value for code in V16ErrorCode}
    assert set(mapping.ERROR_CODES.values()) <= {code.value for code in V2ErrorCode}
    assert "| StartTransaction | TransactionEvent |" in pages()["mapping-1.6-2.0.1.md"]


def _models_in(annotation: object) -> list[type[BaseModel]]:
    """The pydantic models an annotation holds (through Optional, Annotated and lists)."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [model for arg in get_args(annotation) for model in _models_in(arg)]


def _resolves(model: type[BaseModel], path: str) -> bool:
    """Whether the wire path (``a.b[].c``) names a field of ``model``."""
    head, _, rest = path.partition(".")
    wire = {
        field.serialization_alias or field.alias or name: field
        for name, field in model.model_fields.items()
    }
    field = wire.get(head.removesuffix("[]"))
    if field is None:
        return False
    if not rest:
        return True
    return any(_resolves(inner, rest) for inner in _models_in(field.annotation))


def test_the_transaction_mapping_names_real_fields_and_values() -> None:
    for old, old_field, new, new_field, _ in mapping.TRANSACTION_FIELDS:
        assert _resolves(getattr(v16, old), old_field), (old, old_field)
        assert _resolves(getattr(v201, new), new_field), (new, new_field)
    for field in mapping.TRANSACTION_NEW:
        assert _resolves(v201.TransactionEventRequest, field), field
    assert not _resolves(v201.TransactionEventRequest, "transactionInfo.noSuchField")
    assert set(mapping.STOP_REASONS) == {m.value for m in v16.Reason}
    assert {new for new, _ in mapping.STOP_REASONS.values()} <= {m.value for m in v201.ReasonEnum}
    assert set(mapping.CHARGING_STATE) <= {m.value for m in v16.ChargePointStatus}
    states = {new for new, _ in mapping.CHARGING_STATE.values()}
    assert states <= {m.value for m in v201.ChargingStateEnum}
    page = pages()["mapping-1.6-2.0.1.md"]
    assert "| StopTransactionRequest | `reason` | TransactionEventRequest |" in page
    assert "| `HardReset` | `ImmediateReset` |" in page


def test_the_output_an_example_claims_is_read_and_checked() -> None:
    source = (
        "print(1 + 1)  # 2\n"
        "for word in ['a', 'b']:\n"
        "    print(word)\n"
        "    # a\n"
        "value = 3  # a remark, not a claim\n"
        "# a remark on its own line\n"
        "print(\n"
        "    'x',\n"
        ")  # x\n"
    )
    assert claims.claimed_output(source) == ["2", "a", "x"]
    assert claims.unmet_claims(source, "2\na\nb\nx\n") == []
    assert claims.unmet_claims(source, "2\nb\nx\n") == ["a"]
    assert claims.unmet_claims(source, "x\n2\na\n") == ["x"]  # in the order claimed
