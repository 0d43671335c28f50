"""Version information: reading a peer's versions and details, choosing the version, endpoint
lookup by module and role, and publishing our own."""

from typing import Final

import attrs
import orjson
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from ocpkit.ocpi import v211, v221, v230
from ocpkit.ocpi.status import (
    NoMatchingEndpoints,
    OcpiError,
    UnableToUseClientApi,
    UnknownOcpiVersion,
    UnsupportedVersion,
)
from ocpkit.ocpi.version import OcpiVersion
from ocpkit.ocpi.versions import (
    CREDENTIALS_MODULE,
    AmbiguousEndpoint,
    AmbiguousVersion,
    DeclarationError,
    InvalidVersionInformation,
    MissingEndpoint,
    ModuleDeclaration,
    ModuleEndpoint,
    NoMutualVersion,
    PeerVersions,
    VersionEndpoints,
    VersionEntry,
    VersionNotListed,
    VersionsDeclaration,
    VersionsError,
    choose_version,
    parse_version_details,
    parse_versions,
    version_order,
)

V211, V221, V230 = OcpiVersion.V211, OcpiVersion.V221, OcpiVersion.V230
ALL: Final = (V211, V221, V230)

# The spec's own examples (2.2.1/2.3.0 "Versions module"; 2.1.1 "Version information endpoint").
SPEC_VERSIONS: Final = b"""[
  {"version": "2.1.1", "url": "https://www.server.com/ocpi/2.1.1"},
  {"version": "2.2.1", "url": "https://www.server.com/ocpi/2.2.1"}
]"""
SPEC_211_DETAILS: Final = b"""{
  "version": "2.1.1",
  "endpoints": [
    {"identifier": "credentials", "url": "https://example.com/ocpi/cpo/2.1.1/credentials/"},
    {"identifier": "locations", "url": "https://example.com/ocpi/cpo/2.1.1/locations/"}
  ]
}"""
# 2.2.1 example 2 (a party that is CPO and eMSP), with the version number set to 2.2.1
SPEC_221_BOTH_ROLES: Final = b"""{
  "version": "2.2.1",
  "endpoints": [
    {"identifier": "credentials", "role": "RECEIVER",
     "url": "https://example.com/ocpi/2.2/credentials"},
    {"identifier": "locations", "role": "SENDER",
     "url": "https://example.com/ocpi/cpo/2.2/locations"},
    {"identifier": "tokens", "role": "RECEIVER", "url": "https://example.com/ocpi/cpo/2.2/tokens"},
    {"identifier": "locations", "role": "RECEIVER",
     "url": "https://example.com/ocpi/msp/2.2/locations"},
    {"identifier": "tokens", "role": "SENDER", "url": "https://example.com/ocpi/msp/2.2/tokens"}
  ]
}"""


def details(version: str, *endpoints: dict[str, str]) -> bytes:
    return orjson.dumps({"version": version, "endpoints": list(endpoints)})


def ep(identifier: str, url: str, role: str | None = None) -> dict[str, str]:
    row = {"identifier": identifier, "url": url}
    if role is not None:
        row["role"] = role
    return row


# -- versions list ----------------------------------------------------------------------------


def test_spec_versions_example_is_read_in_order() -> None:
    peer = parse_versions(SPEC_VERSIONS)
    assert peer.entries == (
        VersionEntry("2.1.1", "https://www.server.com/ocpi/2.1.1"),
        VersionEntry("2.2.1", "https://www.server.com/ocpi/2.2.1"),
    )
    assert peer.skipped == ()
    assert peer.entries[1].version is V221


def test_unknown_versions_are_kept_not_refused() -> None:
    peer = parse_versions(
        b'[{"version": "3.0", "url": "u3"}, {"version": "2.0", "url": "u2"},'
        b' {"version": "2.2", "url": "u22"}]'
    )
    assert peer.numbers == ("3.0", "2.0", "2.2")
    assert all(entry.version is None for entry in peer.entries)


def test_broken_version_items_are_set_aside_without_failing_the_list() -> None:
    peer = parse_versions(
        b'[{"version": "2.2.1", "url": "u"}, {"url": "no-number"}, {"version": 2.1, "url": "x"}]'
    )
    assert peer.numbers == ("2.2.1",)
    assert [item.index for item in peer.skipped] == [1, 2]


def test_parsed_json_is_read_like_text() -> None:
    assert parse_versions(orjson.loads(SPEC_VERSIONS)) == parse_versions(SPEC_VERSIONS)


@pytest.mark.parametrize("data", [b"{}", b'"2.2.1"', b"not json", b"[", b"null"])
def test_a_versions_list_that_is_not_a_json_array_is_refused(data: bytes) -> None:
    with pytest.raises(InvalidVersionInformation) as caught:
        parse_versions(data)
    assert caught.value.violations
    assert isinstance(caught.value, VersionsError)


def test_version_url_is_looked_up_by_number() -> None:
    peer = parse_versions(SPEC_VERSIONS)
    assert peer.url_for(V221) == "https://www.server.com/ocpi/2.2.1"
    with pytest.raises(VersionNotListed) as caught:
        peer.url_for(V230)
    assert caught.value.status_code == 3002


def test_a_version_listed_twice_with_one_url_is_fine() -> None:
    peer = PeerVersions((VersionEntry("2.2.1", "u"), VersionEntry("2.2.1", "u")))
    assert peer.url_for(V221) == "u"
    assert peer.numbers == ("2.2.1",)


def test_a_version_listed_twice_with_different_urls_is_ambiguous() -> None:
    peer = PeerVersions((VersionEntry("2.2.1", "u1"), VersionEntry("2.2.1", "u2")))
    with pytest.raises(AmbiguousVersion) as caught:
        peer.url_for(V221)
    assert isinstance(caught.value, UnableToUseClientApi)
    assert caught.value.status_code == 3001


# -- choosing the version ---------------------------------------------------------------------

CHOICES: Final = [
    # ours, theirs, chosen
    ((V211, V221, V230), ("2.1.1", "2.2.1", "2.3.0"), V230),
    ((V211, V221, V230), ("2.1.1", "2.2.1"), V221),
    ((V211, V221), ("2.1.1", "2.2.1", "2.3.0"), V221),
    ((V211,), ("2.0", "2.1", "2.1.1"), V211),
    ((V221, V211), ("3.0", "2.2.1", "2.1.1"), V221),  # order of either side does not matter
    ((V211, V230), ("2.1.1", "2.2.1", "2.3.0"), V230),
    ((V221,), ("2.2.1", "2.2.1"), V221),
]


@pytest.mark.parametrize(("ours", "theirs", "chosen"), CHOICES)
def test_the_highest_mutual_version_is_chosen(
    ours: tuple[OcpiVersion, ...], theirs: tuple[str, ...], chosen: OcpiVersion
) -> None:
    assert choose_version(ours, theirs) is chosen


@pytest.mark.parametrize(
    ("ours", "theirs"),
    [
        ((V221, V230), ("2.1.1", "2.0")),
        ((V221,), ("2.2",)),  # 2.2 is not 2.2.1
        ((V211, V221, V230), ("3.0",)),
        ((V211, V221, V230), ()),
        ((), ("2.2.1",)),
    ],
)
def test_no_mutual_version_is_a_3002(
    ours: tuple[OcpiVersion, ...], theirs: tuple[str, ...]
) -> None:
    with pytest.raises(NoMutualVersion) as caught:
        choose_version(ours, theirs)
    assert isinstance(caught.value, UnsupportedVersion)
    assert caught.value.status_code == 3002


def test_our_side_must_name_versions_ocpkit_implements() -> None:
    with pytest.raises(UnknownOcpiVersion):
        choose_version(["2.2"], ["2.2"])


def test_choose_on_a_list_gives_the_url_too() -> None:
    chosen = parse_versions(SPEC_VERSIONS).choose(ALL)
    assert chosen == VersionEntry("2.2.1", "https://www.server.com/ocpi/2.2.1")


VERSION_TEXT = st.sampled_from(["2.0", "2.1", "2.1.1", "2.2", "2.2.1", "2.3.0", "3.0", "2.3"])


@given(ours=st.sets(st.sampled_from(ALL)), theirs=st.lists(VERSION_TEXT, max_size=8))
@example(ours={V211, V230}, theirs=["2.3.0", "2.1.1"])
@example(ours={V221}, theirs=["2.2"])
def test_the_chosen_version_is_the_highest_in_both(
    ours: set[OcpiVersion], theirs: list[str]
) -> None:
    common = [v for v in ours if v.value in theirs]
    if not common:
        with pytest.raises(NoMutualVersion):
            choose_version(ours, theirs)
        return
    chosen = choose_version(ours, theirs)
    assert chosen in ours
    assert chosen.value in theirs
    assert all(version_order(v) <= version_order(chosen) for v in common)


# -- version details --------------------------------------------------------------------------


def test_211_details_have_no_roles_and_ignore_a_role_asked_for() -> None:
    endpoints = parse_version_details(SPEC_211_DETAILS, V211)
    assert endpoints.version is V211
    assert [(e.module, e.role) for e in endpoints] == [("credentials", None), ("locations", None)]
    assert endpoints.find("locations", "SENDER") == "https://example.com/ocpi/cpo/2.1.1/locations/"
    assert endpoints.find(v211.ModuleID.LOCATIONS) == endpoints.find("locations")


def test_known_module_ids_become_enum_members_and_custom_ones_stay_strings() -> None:
    data = details("2.2.1", ep("credentials", "c", "SENDER"), ep("nltnm-tokens", "t", "SENDER"))
    endpoints = parse_version_details(data, V221)
    assert endpoints.endpoints[0].module is v221.ModuleID.CREDENTIALS
    assert type(endpoints.endpoints[1].module) is str
    assert endpoints.find("nltnm-tokens", v221.InterfaceRole.SENDER) == "t"
    assert endpoints.modules == ("credentials", "nltnm-tokens")


def test_the_same_module_under_both_roles_is_found_by_role() -> None:
    endpoints = parse_version_details(SPEC_221_BOTH_ROLES, V221)
    assert endpoints.find("locations", "SENDER") == "https://example.com/ocpi/cpo/2.2/locations"
    assert (
        endpoints.find(v221.ModuleID.LOCATIONS, v221.InterfaceRole.RECEIVER)
        == "https://example.com/ocpi/msp/2.2/locations"
    )
    assert endpoints.find("tokens", "SENDER") == "https://example.com/ocpi/msp/2.2/tokens"


def test_without_a_role_a_module_under_two_urls_is_ambiguous() -> None:
    endpoints = parse_version_details(SPEC_221_BOTH_ROLES, V221)
    with pytest.raises(AmbiguousEndpoint):
        endpoints.find("locations")


def test_without_a_role_a_module_under_one_role_is_found() -> None:
    data = details("2.3.0", ep("credentials", "c", "SENDER"), ep("cdrs", "x", "RECEIVER"))
    assert parse_version_details(data, V230).find("cdrs") == "x"


def test_the_role_of_the_credentials_endpoint_is_disregarded() -> None:
    endpoints = parse_version_details(SPEC_221_BOTH_ROLES, V221)
    assert (
        endpoints.find(CREDENTIALS_MODULE, "SENDER") == "https://example.com/ocpi/2.2/credentials"
    )
    assert endpoints.find(CREDENTIALS_MODULE, "RECEIVER") == endpoints.find(CREDENTIALS_MODULE)


def test_a_module_listed_twice_for_one_role_with_different_urls_is_ambiguous() -> None:
    data = details(
        "2.2.1",
        ep("credentials", "c", "SENDER"),
        ep("locations", "one", "SENDER"),
        ep("locations", "two", "SENDER"),
    )
    endpoints = parse_version_details(data, V221)  # kept when read
    assert len(endpoints) == 3
    assert endpoints.has("locations", "SENDER")
    with pytest.raises(AmbiguousEndpoint) as caught:
        endpoints.find("locations", "SENDER")
    assert isinstance(caught.value, NoMatchingEndpoints)
    assert caught.value.status_code == 3003
    with pytest.raises(AmbiguousEndpoint):
        endpoints.require("locations", "SENDER")


def test_a_module_listed_twice_for_one_role_with_one_url_is_found() -> None:
    data = details("2.2.1", ep("locations", "one", "SENDER"), ep("locations", "one", "SENDER"))
    assert parse_version_details(data, V221).find("locations", "SENDER") == "one"


def test_a_missing_module_is_none_on_find_and_3003_on_require() -> None:
    endpoints = parse_version_details(SPEC_221_BOTH_ROLES, V221)
    assert endpoints.find("cdrs") is None
    assert endpoints.find("tokens", "SENDER") is not None
    assert not endpoints.has("cdrs")
    with pytest.raises(MissingEndpoint) as caught:
        endpoints.require("cdrs", "RECEIVER")
    assert caught.value.status_code == 3003
    assert isinstance(caught.value, OcpiError)


def test_221_endpoints_without_a_role_or_with_an_unknown_role_are_skipped() -> None:
    data = details(
        "2.2.1",
        ep("credentials", "c", "SENDER"),
        ep("locations", "l"),
        ep("tokens", "t", "BOTH"),
    )
    endpoints = parse_version_details(data, V221)
    assert endpoints.modules == ("credentials",)
    assert [item.index for item in endpoints.skipped] == [1, 2]


@pytest.mark.parametrize(
    ("data", "version"),
    [
        (SPEC_211_DETAILS, V221),  # details of another version than asked for
        (details("2.2", ep("credentials", "c", "SENDER")), V221),
        (b'{"version": "2.2.1", "endpoints": []}', V221),
        (b'{"version": "2.2.1"}', V221),
        (b'{"version": "2.2.1", "endpoints": [{"identifier": "credentials"}]}', V221),
        (b"[]", V221),
        (b"not json", V230),
    ],
)
def test_unusable_details_are_refused(data: bytes, version: OcpiVersion) -> None:
    with pytest.raises(InvalidVersionInformation) as caught:
        parse_version_details(data, version)
    assert caught.value.violations


def test_details_where_no_endpoint_can_be_read_name_each_path() -> None:
    with pytest.raises(InvalidVersionInformation) as caught:
        parse_version_details(details("2.2.1", ep("locations", "l")), V221)
    assert [v.path for v in caught.value.violations] == ["$.endpoints[0].role"]


def test_endpoints_are_an_immutable_value() -> None:
    endpoints = parse_version_details(SPEC_211_DETAILS, V211)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        endpoints.version = V221  # type: ignore[misc]
    assert isinstance(endpoints.endpoints, tuple)
    assert hash(endpoints.endpoints[0]) == hash(
        ModuleEndpoint("credentials", None, endpoints.endpoints[0].url)
    )


def test_endpoints_give_back_the_generated_details_of_their_version() -> None:
    for version, data in ((V211, SPEC_211_DETAILS), (V221, SPEC_221_BOTH_ROLES)):
        endpoints = parse_version_details(data, version)
        model = endpoints.to_details()
        assert type(model) is {V211: v211, V221: v221}[version].VersionDetails
        assert orjson.loads(model.to_json()) == orjson.loads(data)


# -- publishing our own -----------------------------------------------------------------------


def declaration(**changes: object) -> VersionsDeclaration:
    fields: dict[str, object] = {
        "versions_url": "https://ours.example/ocpi/versions",
        "details_urls": {
            V230: "https://ours.example/ocpi/2.3.0",
            V211: "https://ours.example/ocpi/2.1.1/",
        },
        "modules": (
            ModuleDeclaration(module=v230.ModuleID.CREDENTIALS),
            ModuleDeclaration(module="locations", role="SENDER"),
            ModuleDeclaration(module="tokens", role="RECEIVER", url="emsp/tokens"),
            ModuleDeclaration(
                module="nltnm-extra", role="SENDER", url="https://other.example/x", versions={V230}
            ),
        ),
    }
    fields.update(changes)
    return VersionsDeclaration(**fields)  # type: ignore[arg-type]


def test_our_versions_list_names_each_version_oldest_first() -> None:
    ours = declaration()
    assert ours.supported == (V211, V230)
    assert [orjson.loads(v.to_json()) for v in ours.versions()] == [
        {"version": "2.1.1", "url": "https://ours.example/ocpi/2.1.1/"},
        {"version": "2.3.0", "url": "https://ours.example/ocpi/2.3.0"},
    ]


def test_our_221_plus_details_give_credentials_the_sender_role() -> None:
    published = orjson.loads(declaration().details(V230).to_json())
    assert published == {
        "version": "2.3.0",
        "endpoints": [
            {
                "identifier": "credentials",
                "role": "SENDER",
                "url": "https://ours.example/ocpi/2.3.0/credentials",
            },
            {
                "identifier": "locations",
                "role": "SENDER",
                "url": "https://ours.example/ocpi/2.3.0/locations",
            },
            {
                "identifier": "tokens",
                "role": "RECEIVER",
                "url": "https://ours.example/ocpi/2.3.0/emsp/tokens",
            },
            {"identifier": "nltnm-extra", "role": "SENDER", "url": "https://other.example/x"},
        ],
    }


def test_our_211_details_carry_no_roles_and_only_modules_of_that_version() -> None:
    model = declaration().details(V211)
    assert isinstance(model, v211.VersionDetails)
    assert [orjson.loads(e.model_dump_json()) for e in model.endpoints] == [
        {"identifier": "credentials", "url": "https://ours.example/ocpi/2.1.1/credentials"},
        {"identifier": "locations", "url": "https://ours.example/ocpi/2.1.1/locations"},
        {"identifier": "tokens", "url": "https://ours.example/ocpi/2.1.1/emsp/tokens"},
    ]


@pytest.mark.parametrize("version", [V211, V230])
def test_what_we_publish_reads_back_as_the_same_endpoints(version: OcpiVersion) -> None:
    ours = declaration()
    assert parse_version_details(ours.details(version).to_json(), version) == ours.endpoints(
        version
    )


BAD_DECLARATIONS: Final = [
    ("no versions", {"details_urls": {}}),
    ("no credentials module", {"modules": (ModuleDeclaration(module="locations", role="SENDER"),)}),
    (
        "a module without a role on 2.2.1+",
        {"modules": (ModuleDeclaration(module="credentials"), ModuleDeclaration(module="cdrs"))},
    ),
    (
        "a module twice under one role with different URLs",
        {
            "modules": (
                ModuleDeclaration(module="credentials"),
                ModuleDeclaration(module="cdrs", role="SENDER"),
                ModuleDeclaration(module="cdrs", role="SENDER", url="other"),
            )
        },
    ),
    (
        "on 2.1.1, a module under two roles with different URLs",
        {
            "modules": (
                ModuleDeclaration(module="credentials"),
                ModuleDeclaration(module="cdrs", role="SENDER", url="a"),
                ModuleDeclaration(module="cdrs", role="RECEIVER", url="b"),
            )
        },
    ),
    (
        "a role that is not an InterfaceRole",
        {
            "modules": (
                ModuleDeclaration(module="credentials"),
                ModuleDeclaration(module="cdrs", role="BOTH"),
            )
        },
    ),
    (
        "a URL over 255 characters",
        {
            "versions_url": "https://x/v",
            "details_urls": {V221: "https://ours.example/" + "a" * 250},
        },
    ),
]


@pytest.mark.parametrize(("why", "changes"), BAD_DECLARATIONS, ids=[b[0] for b in BAD_DECLARATIONS])
def test_a_declaration_that_cannot_be_published_is_refused_when_made(
    why: str, changes: dict[str, object]
) -> None:
    with pytest.raises(DeclarationError):
        declaration(**changes)


def test_the_same_module_declared_twice_identically_is_listed_once() -> None:
    ours = declaration(
        modules=(
            ModuleDeclaration(module="credentials"),
            ModuleDeclaration(module="cdrs", role="SENDER"),
            ModuleDeclaration(module="cdrs", role="SENDER"),
        )
    )
    assert ours.endpoints(V230).modules == ("credentials", "cdrs")
    assert len(ours.endpoints(V230)) == 2


def test_a_version_we_do_not_declare_has_no_details_url() -> None:
    with pytest.raises(DeclarationError):
        declaration().details_url(V221)
    with pytest.raises(UnknownOcpiVersion):
        declaration().details_url("9.9")


MODULE_IDS = st.from_regex(r"[a-z]{2,5}-[a-z]{1,10}", fullmatch=True) | st.sampled_from(
    [m.value for m in v230.ModuleID]
)


@given(
    modules=st.dictionaries(
        st.tuples(MODULE_IDS, st.sampled_from(["SENDER", "RECEIVER"])),
        st.from_regex(r"[a-z0-9/]{1,20}", fullmatch=True),
        max_size=6,
    ),
    version=st.sampled_from([V221, V230]),
)
@example(modules={("locations", "SENDER"): "a", ("locations", "RECEIVER"): "b"}, version=V221)
def test_each_declared_module_and_role_is_found_at_its_url(
    modules: dict[tuple[str, str], str], version: OcpiVersion
) -> None:
    declared = [ModuleDeclaration(module="credentials", url="creds")] + [
        ModuleDeclaration(module=module, role=role, url=f"m/{module}/{role}/{path}")
        for (module, role), path in modules.items()
        if module != "credentials"
    ]
    ours = VersionsDeclaration(
        versions_url="https://o/versions", details_urls={version: "https://o/d"}, modules=declared
    )
    read = parse_version_details(ours.details(version).to_json(), version)
    for (module, role), path in modules.items():
        if module != "credentials":
            assert read.find(module, role) == f"https://o/d/m/{module}/{role}/{path}"
    assert read.require(CREDENTIALS_MODULE) == "https://o/d/creds"


def test_a_version_endpoints_value_can_be_made_by_hand() -> None:
    endpoints = VersionEndpoints("2.2.1", [ModuleEndpoint("credentials", "SENDER", "c")])
    assert endpoints.version is V221
    assert endpoints.require("credentials") == "c"
