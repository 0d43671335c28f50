"""The interfaces-and-endpoints table (``ocpkit.ocpi.modules``) against what the rest of ocpkit
implements: the generated packages (ModuleID, InterfaceRole, Role, the objects and their
modules, the choice unions), the command and charging-profile tables of
``ocpkit.ocpi.commands``, the client's receiver-URL table, and the routes the simulated CPO
(``ocpkit ocpi cpo``, built on ``ocpkit.ocpi.fastapi``) serves. A disagreement fails here."""

import re
from collections.abc import Iterator
from types import ModuleType
from typing import Final
from urllib.parse import parse_qsl, urlsplit

import pytest

from codegen import ocpi_loader
from ocpkit._ocpi_base import OcpiEnum, OcpiModel
from ocpkit.ocpi import v211, v221, v230
from ocpkit.ocpi.client import OBJECT_RULES, ObjectRule
from ocpkit.ocpi.commands import (
    PROFILE_OPERATIONS,
    PROFILE_VERSIONS,
    ClearProfileRequest,
    GetActiveProfileRequest,
    SetProfileRequest,
    command_request_type,
)
from ocpkit.ocpi.modules import (
    MODULE_INTERFACES,
    Interface,
    ModuleInterfaces,
    Operation,
    Payload,
    QueryParameter,
    UrlBase,
    module_interfaces,
    modules_of,
)
from ocpkit.ocpi.version import OcpiVersion
from ocpkit.ocpi.versions import CREDENTIALS_MODULE, VERSIONS_MODULE
from ocpkit.tools.ocpi_cpo import CpoSettings, SimulatedCpo

PACKAGES: Final[dict[OcpiVersion, ModuleType]] = {
    OcpiVersion.V211: v211,
    OcpiVersion.V221: v221,
    OcpiVersion.V230: v230,
}
SYMMETRIC: Final = frozenset({VERSIONS_MODULE, CREDENTIALS_MODULE})
PARAMETER: Final = re.compile(r"\{([a-z_]+)\}")


def operations(version: OcpiVersion) -> Iterator[tuple[ModuleInterfaces, Interface, Operation]]:
    for module in modules_of(version):
        for interface in module.interfaces:
            for operation in interface.endpoints:
                yield module, interface, operation


def payloads(operation: Operation) -> Iterator[Payload]:
    yield from (p for p in (operation.request, operation.response) if p is not None)


# -- the table against the generated packages ------------------------------------------------


@pytest.mark.parametrize("version", list(OcpiVersion))
def test_every_module_id_and_only_those_has_interfaces(version: OcpiVersion) -> None:
    package = PACKAGES[version]
    modules = [m.module for m in modules_of(version)]
    assert len(modules) == len(set(modules))
    assert set(modules) == {m.value for m in package.ModuleID} | {VERSIONS_MODULE}
    for module in modules_of(version):
        assert module.version is version
        if module.module != VERSIONS_MODULE:
            assert isinstance(module.module, package.ModuleID)


@pytest.mark.parametrize("version", list(OcpiVersion))
def test_every_object_carried_is_defined_in_the_module_that_carries_it(
    version: OcpiVersion,
) -> None:
    package = PACKAGES[version]
    for module, _, operation in operations(version):
        for payload in payloads(operation):
            assert payload.objects, operation
            for name in payload.objects:
                found = getattr(package, name)
                assert isinstance(found, type), name
                assert issubclass(found, OcpiModel | OcpiEnum), name
                kind, home = package.DEFINITIONS[name]
                assert home == module.module, (name, home, module.module)
                assert kind in ("object", "class", "enum"), name


@pytest.mark.parametrize("version", list(OcpiVersion))
def test_every_choice_is_a_union_of_the_definitions_and_every_union_is_used(
    version: OcpiVersion,
) -> None:
    unions = {u.members: u.name for u in ocpi_loader.load(version.value).package.unions}
    used: set[str] = set()
    for _, _, operation in operations(version):
        for payload in payloads(operation):
            if len(payload.objects) > 1:
                assert payload.objects in unions, payload.objects
                used.add(unions[payload.objects])
    assert used == set(unions.values())


@pytest.mark.parametrize("version", [OcpiVersion.V221, OcpiVersion.V230])
def test_from_2_2_1_each_functional_module_has_one_sender_and_one_receiver(
    version: OcpiVersion,
) -> None:
    package = PACKAGES[version]
    for module in modules_of(version):
        roles = [interface.role for interface in module.interfaces]
        if module.module in SYMMETRIC:
            assert roles == [None]
        else:
            assert sorted(str(role) for role in roles) == sorted(package.InterfaceRole)
            assert all(isinstance(role, package.InterfaceRole) for role in roles)
            assert module.interface("SENDER").title == "Sender interface"
            assert module.interface("RECEIVER").title == "Receiver interface"


def test_2_1_1_names_interfaces_after_the_party_and_has_no_roles() -> None:
    for module in modules_of(OcpiVersion.V211):
        assert all(interface.role is None for interface in module.interfaces)
        titles = [interface.title for interface in module.interfaces]
        if module.module in SYMMETRIC:
            assert titles == ["Symmetric interface"]
        else:
            assert sorted(titles) == ["CPO interface", "eMSP interface"]
        with pytest.raises(KeyError):
            module.interface("SENDER")


@pytest.mark.parametrize("version", list(OcpiVersion))
def test_the_implementing_roles_are_values_of_role(version: OcpiVersion) -> None:
    # 2.1.1 has no Role enum: its parties are spelled as 2.2.1 spells them
    known = {
        r.value for r in (v221.Role if version is OcpiVersion.V211 else PACKAGES[version].Role)
    }
    for module in modules_of(version):
        for interface in module.interfaces:
            assert interface.implemented_by
            extra = set(interface.implemented_by) - known
            if version is OcpiVersion.V230 and module.module == "hubclientinfo":
                # the 2.3.0 chapter names the Hub as Sender, its Role enum has no HUB
                assert extra == ({"HUB"} if interface.role == "SENDER" else set())
            else:
                assert not extra, (module.module, extra)


def test_2_3_0_keeps_the_interfaces_and_endpoints_of_2_2_1() -> None:
    # the roles differ only by HUB, which 2.3.0's Role enum lacks (credentials: "every role")
    def plain(version: OcpiVersion) -> list[tuple[object, ...]]:
        return [
            (
                str(module.module),
                None if interface.role is None else str(interface.role),
                tuple(str(r) for r in interface.implemented_by if r != "HUB"),
                operation,
            )
            for module, interface, operation in operations(version)
        ]

    assert plain(OcpiVersion.V230) == plain(OcpiVersion.V221)


# -- the shape of the table ------------------------------------------------------------------


@pytest.mark.parametrize("version", list(OcpiVersion))
def test_paths_name_each_parameter_once_and_lists_are_paginated(version: OcpiVersion) -> None:
    for module, _, operation in operations(version):
        segments = operation.segments()
        names = [s[1:-1] for s in segments if PARAMETER.fullmatch(s)]
        assert all(PARAMETER.fullmatch(s) or s.isidentifier() for s in segments), operation
        query = [p.name for p in operation.query]
        assert len(names + query) == len(set(names + query)), operation
        if operation.url is not UrlBase.MODULE:
            assert operation.path == "", operation
            assert not operation.query, operation
        many = operation.response is not None and operation.response.many
        assert operation.paginated is (many and module.module != VERSIONS_MODULE), operation
        if operation.paginated:
            assert query == ["date_from", "date_to", "offset", "limit"]
            assert operation.method == "GET"
            assert operation.path == ""
        if operation.method in ("GET", "DELETE"):
            assert operation.request is None, operation
        if operation.request is not None and operation.request.partial:
            assert operation.method == "PATCH"


def test_a_template_shows_optional_parts_in_brackets() -> None:
    receiver = module_interfaces("2.2.1", "locations").interface("RECEIVER").endpoints[0]
    assert receiver.path_variants() == (
        "/{country_code}/{party_id}/{location_id}",
        "/{country_code}/{party_id}/{location_id}/{evse_uid}",
        "/{country_code}/{party_id}/{location_id}/{evse_uid}/{connector_id}",
    )
    sessions = module_interfaces(OcpiVersion.V211, "sessions").interfaces[0].endpoints[0]
    assert sessions.template == "?date_from&[date_to]&[offset]&[limit]"
    authorize = Operation(
        method="POST", path="/{token_uid}/authorize", query=(QueryParameter("type"),)
    )
    assert authorize.template == "/{token_uid}/authorize?[type]"
    assert authorize.segments() == ("{token_uid}", "authorize")
    assert Operation(method="GET").path_variants() == ("",)
    assert Operation(method="GET").segments() == ()


def test_unknown_versions_and_modules_are_key_errors() -> None:
    assert MODULE_INTERFACES[OcpiVersion.V221] == modules_of("2.2.1")
    with pytest.raises(KeyError):
        modules_of("2.2")
    with pytest.raises(KeyError):
        module_interfaces("2.1.1", "chargingprofiles")
    with pytest.raises(KeyError):
        module_interfaces("2.3.0", "payments")


# -- the table against ocpkit.ocpi.commands ----------------------------------------------------


@pytest.mark.parametrize("version", list(OcpiVersion))
def test_the_command_bodies_are_those_of_the_command_table(version: OcpiVersion) -> None:
    commands = module_interfaces(version, "commands")
    receiver = next(i for i in commands.interfaces if "CPO" in i.implemented_by)
    (post,) = receiver.endpoints
    assert (post.method, post.path) == ("POST", "/{command}")
    assert post.request is not None
    expected = set()
    for command in PACKAGES[version].CommandType:
        request_type = command_request_type(version, command)
        assert request_type is not None
        expected.add(request_type.__name__)
    assert set(post.request.objects) == expected


@pytest.mark.parametrize("version", list(OcpiVersion))
def test_charging_profiles_match_the_profile_operations(version: OcpiVersion) -> None:
    names = {m.module for m in modules_of(version)}
    assert ("chargingprofiles" in names) is (version in PROFILE_VERSIONS)
    if version not in PROFILE_VERSIONS:
        return
    profiles = module_interfaces(version, "chargingprofiles")
    receiver = profiles.interface("RECEIVER").endpoints
    assert sorted(op.method for op in receiver) == sorted(m for _, m, _ in PROFILE_OPERATIONS)
    (results,) = [op for op in profiles.interface("SENDER").endpoints if op.method == "POST"]
    assert results.url is UrlBase.RESPONSE_URL
    assert results.request is not None
    assert set(results.request.objects) == {name for _, _, name in PROFILE_OPERATIONS}

    endpoint, session, back = "https://cpo.example/cp", "S1", "https://scsp.example/r/1"
    set_body = PACKAGES[version].SetChargingProfile.from_wire(
        {
            "charging_profile": {"charging_rate_unit": "W"},
            "response_url": back,
        }
    )
    requests: dict[str, str] = {
        "PUT": SetProfileRequest(session_id=session, body=set_body).url(endpoint),
        "GET": GetActiveProfileRequest(session_id=session, duration=900, response_url=back).url(
            endpoint
        ),
        "DELETE": ClearProfileRequest(session_id=session, response_url=back).url(endpoint),
    }
    for operation in receiver:
        url = urlsplit(requests[operation.method])
        assert url.path == urlsplit(endpoint).path + fill(operation.path, session_id=session)
        assert [name for name, _ in parse_qsl(url.query)] == [p.name for p in operation.query]
        assert all(p.required for p in operation.query)


def fill(path: str, **values: str) -> str:
    return PARAMETER.sub(lambda m: values[m.group(1)], path)


# -- the table against the client's receiver URLs ----------------------------------------------


def pushed_to(rule: ObjectRule) -> Interface:
    """The interface a ``rule.name`` object is pushed to (PUT, or POST for a CDR)."""
    module = module_interfaces(rule.version, rule.module)
    return next(
        interface
        for interface in module.interfaces
        if any(
            op.method in ("PUT", "POST") and op.request and rule.name in op.request.objects
            for op in interface.endpoints
        )
    )


@pytest.mark.parametrize("rule", OBJECT_RULES, ids=lambda r: f"{r.version.value}-{r.name}")
def test_the_client_pushes_where_the_table_says(rule: ObjectRule) -> None:
    interface = pushed_to(rule)
    at_depth = [
        op
        for op in interface.endpoints
        if op.url is UrlBase.MODULE
        and any(len(v.split("/")) - 1 == rule.segments for v in op.path_variants())
    ]
    assert {op.method for op in at_depth} == set(rule.methods)
    for op in at_depth:
        assert [p.name for p in op.query] == (["type"] if rule.type_query else [])
    if rule.version is not OcpiVersion.V211:
        assert interface.role == "RECEIVER"


# -- the table against the routes of the simulated CPO ------------------------------------------


def cpo_routes(version: OcpiVersion) -> tuple[SimulatedCpo, list[tuple[str, str]]]:
    """The simulated CPO and its routes as (path, method), read from the app's OpenAPI paths
    (which also holds the routes of included routers)."""
    cpo = SimulatedCpo(CpoSettings(version=version, locations=1), emit=lambda record: None)
    app = cpo.app("http://127.0.0.1:8080")  # the app only: no socket is opened
    paths: dict[str, dict[str, object]] = app.openapi()["paths"]
    return cpo, [(path, method.upper()) for path, found in paths.items() for method in found]


@pytest.mark.parametrize("version", list(OcpiVersion))
def test_every_route_of_the_simulated_cpo_is_in_the_table(version: OcpiVersion) -> None:
    cpo, routes = cpo_routes(version)
    declared = {str(m.module): m.role for m in cpo.registrar.ours.modules}
    base = f"/ocpi/{version.value}"
    checked = 0
    for path, method in routes:
        if path == "/ocpi/versions":
            module, url, rest = VERSIONS_MODULE, UrlBase.VERSIONS, ""
        elif path == base:
            module, url, rest = VERSIONS_MODULE, UrlBase.DETAILS, ""
        else:
            assert path.startswith(base + "/"), path
            module, _, tail = path[len(base) + 1 :].partition("/")
            url, rest = UrlBase.MODULE, f"/{tail}" if tail else ""
        interfaces = module_interfaces(version, module).interfaces
        role = declared.get(module)
        if version is OcpiVersion.V211 or module in SYMMETRIC:
            serving = [i for i in interfaces if "CPO" in i.implemented_by]
        else:
            serving = [i for i in interfaces if i.role == role and "CPO" in i.implemented_by]
        assert len(serving) == 1, (module, role)
        matches = [
            op
            for op in serving[0].endpoints
            if op.method == method and op.url is url and rest in op.path_variants()
        ]
        assert len(matches) == 1, (method, path)
        checked += 1
    assert checked == 14  # versions, details, 4 credentials, 4 lists, 3 tokens, 1 command


@pytest.mark.parametrize("version", list(OcpiVersion))
def test_the_simulated_cpo_declares_the_roles_the_table_gives_a_cpo(version: OcpiVersion) -> None:
    cpo, _ = cpo_routes(version)
    for declaration in cpo.registrar.ours.modules:
        module = module_interfaces(version, str(declaration.module))
        if declaration.role is None:
            assert module.module in SYMMETRIC
            continue
        if version is OcpiVersion.V211:
            # 2.1.1 has no roles; the CPO interface is the one a 2.2.1 CPO serves under that role
            newer = module_interfaces(OcpiVersion.V221, module.module).interface(declaration.role)
            assert "CPO" in newer.implemented_by
        else:
            assert "CPO" in module.interface(declaration.role).implemented_by
