"""OCPI routing headers (OCPI-from-* / OCPI-to-*): party references, reading and writing the
headers, and the per-message requirement table, tested rule by rule and with properties."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ocpkit.ocpi.headers import (
    AUTHORIZATION,
    OCPI_FROM_COUNTRY_CODE,
    OCPI_FROM_PARTY_ID,
    OCPI_TO_COUNTRY_CODE,
    OCPI_TO_PARTY_ID,
    ROUTING_HEADERS,
    ModuleKind,
    PartyRef,
    PartyRefError,
    Presence,
    RoutedMessage,
    RoutingHeaderError,
    RoutingHeaders,
    RoutingProblem,
    RoutingRequirement,
    module_kind,
    read_routing,
    reply_routing,
    routing_headers_defined,
    routing_requirement,
)
from ocpkit.ocpi.status import InvalidOrMissingParameters
from ocpkit.ocpi.version import OcpiVersion

# -- party references ----------------------------------------------------------------------


def test_party_ref_ignores_case_and_is_written_in_upper_case() -> None:
    assert PartyRef("nl", "tnm") == PartyRef("NL", "TNM") == PartyRef("Nl", "tNm")
    assert hash(PartyRef("nl", "tnm")) == hash(PartyRef("NL", "TNM"))
    assert PartyRef("nl", "tnm").country_code == "NL"
    assert str(PartyRef("nl", "a1b")) == "NL*A1B"


@pytest.mark.parametrize(
    ("country_code", "party_id", "field"),
    [
        ("N", "TNM", "country_code"),
        ("NLD", "TNM", "country_code"),
        ("N1", "TNM", "country_code"),
        ("\u00c9S", "TNM", "country_code"),
        ("NL", "TN", "party_id"),
        ("NL", "TNMX", "party_id"),
        ("NL", "T-M", "party_id"),
        ("NL", "T\nM", "party_id"),
        ("NL", "\u00dfXY", "party_id"),  # upper-casing would make it four letters
    ],
)
def test_party_ref_refuses_malformed_codes(country_code: str, party_id: str, field: str) -> None:
    with pytest.raises(PartyRefError) as caught:
        PartyRef(country_code, party_id)
    assert caught.value.field == field
    assert caught.value.status_code == 2001


# -- routing headers -----------------------------------------------------------------------

CPO_NL, EMSP_DE, HUB = PartyRef("NL", "TNM"), PartyRef("DE", "ABC"), PartyRef("NL", "HUB")
DIRECT = RoutingHeaders(from_party=CPO_NL, to_party=EMSP_DE)
DIRECT_HEADERS = {
    OCPI_FROM_COUNTRY_CODE: "NL",
    OCPI_FROM_PARTY_ID: "TNM",
    OCPI_TO_COUNTRY_CODE: "DE",
    OCPI_TO_PARTY_ID: "ABC",
}

PARTIES = st.builds(
    PartyRef,
    st.text(alphabet="abcXYZ", min_size=2, max_size=2),
    st.text(alphabet="abcXYZ0129", min_size=3, max_size=3),
)


@given(st.one_of(st.none(), PARTIES), st.one_of(st.none(), PARTIES))
def test_routing_headers_round_trip(from_party: PartyRef | None, to_party: PartyRef | None) -> None:
    routing = RoutingHeaders(from_party=from_party, to_party=to_party)
    assert RoutingHeaders.from_headers(routing.to_headers()) == routing


def test_routing_headers_are_written_in_order_and_in_upper_case() -> None:
    routing = RoutingHeaders(from_party=PartyRef("nl", "tnm"), to_party=PartyRef("de", "abc"))
    assert list(routing.to_headers().items()) == list(DIRECT_HEADERS.items())
    assert tuple(routing.to_headers()) == ROUTING_HEADERS


def test_routing_header_names_are_read_case_insensitively() -> None:
    lowered = [(name.lower(), value.lower()) for name, value in DIRECT_HEADERS.items()]
    assert RoutingHeaders.from_headers(lowered) == DIRECT
    upper = {name.upper(): value for name, value in DIRECT_HEADERS.items()}
    assert RoutingHeaders.from_headers(upper) == DIRECT


def test_other_headers_are_left_alone() -> None:
    assert RoutingHeaders.from_headers({AUTHORIZATION: "Token x", "OCPI-to": "x"}) == (
        RoutingHeaders()
    )


# (headers, header at fault, problem): every RoutingProblem of from_headers has a row
BROKEN_ROUTING: list[tuple[list[tuple[str, str]], str, RoutingProblem]] = [
    ([(OCPI_TO_COUNTRY_CODE, "DE")], OCPI_TO_PARTY_ID, RoutingProblem.INCOMPLETE),
    ([(OCPI_FROM_PARTY_ID, "TNM")], OCPI_FROM_COUNTRY_CODE, RoutingProblem.INCOMPLETE),
    (
        [*DIRECT_HEADERS.items(), ("ocpi-to-party-id", "XYZ")],
        OCPI_TO_PARTY_ID,
        RoutingProblem.REPEATED,
    ),
    (
        [(OCPI_FROM_COUNTRY_CODE, "NLD"), (OCPI_FROM_PARTY_ID, "TNM")],
        OCPI_FROM_COUNTRY_CODE,
        RoutingProblem.MALFORMED,
    ),
    (
        [(OCPI_FROM_COUNTRY_CODE, "NL"), (OCPI_FROM_PARTY_ID, "TNM, XYZ")],
        OCPI_FROM_PARTY_ID,
        RoutingProblem.MALFORMED,
    ),
    (
        [(OCPI_TO_COUNTRY_CODE, "D" * 1_000_000), (OCPI_TO_PARTY_ID, "ABC")],
        OCPI_TO_COUNTRY_CODE,
        RoutingProblem.MALFORMED,
    ),
]


@pytest.mark.parametrize(("pairs", "header", "problem"), BROKEN_ROUTING)
def test_broken_routing_headers_are_a_2001_naming_the_header(
    pairs: list[tuple[str, str]], header: str, problem: RoutingProblem
) -> None:
    with pytest.raises(RoutingHeaderError) as caught:
        RoutingHeaders.from_headers(pairs)
    assert caught.value.headers == (header,)
    assert caught.value.problem is problem
    assert isinstance(caught.value, InvalidOrMissingParameters)
    assert caught.value.status_code == 2001
    assert "XYZ" not in str(caught.value)
    assert "NLD" not in str(caught.value)


def test_response_routing_swaps_the_parties() -> None:
    assert reply_routing(DIRECT) == RoutingHeaders(from_party=EMSP_DE, to_party=CPO_NL)
    assert reply_routing(reply_routing(DIRECT)) == DIRECT


def test_broadcast_and_get_all_responses_come_from_the_hub() -> None:
    to_hub = RoutingHeaders(from_party=CPO_NL, to_party=HUB)
    assert reply_routing(to_hub) == RoutingHeaders(from_party=HUB, to_party=CPO_NL)


def test_open_routing_response_names_the_party_that_answered() -> None:
    open_request = RoutingHeaders(from_party=CPO_NL)
    assert reply_routing(open_request, responder=EMSP_DE) == RoutingHeaders(
        from_party=EMSP_DE, to_party=CPO_NL
    )
    assert reply_routing(open_request).from_party is None


@pytest.mark.parametrize(
    ("module_id", "kind"),
    [
        ("credentials", ModuleKind.CONFIGURATION),
        ("versions", ModuleKind.CONFIGURATION),
        ("hubclientinfo", ModuleKind.CONFIGURATION),
        ("locations", ModuleKind.FUNCTIONAL),
        ("tokens", ModuleKind.FUNCTIONAL),
        ("some_future_module", ModuleKind.FUNCTIONAL),
    ],
)
def test_only_credentials_versions_and_hubclientinfo_are_configuration_modules(
    module_id: str, kind: ModuleKind
) -> None:
    assert module_kind(module_id) is kind


REQ, OPT, FORB, UNDEF = (
    Presence.REQUIRED,
    Presence.OPTIONAL,
    Presence.FORBIDDEN,
    Presence.NOT_DEFINED,
)
# (version, module id, message, from, to): the rule table of "Message Routing", row by row
ROUTING_ROWS: list[tuple[str, str, RoutedMessage, Presence, Presence]] = [
    *[
        ("2.1.1", m, msg, UNDEF, UNDEF)
        for m in ("credentials", "locations")
        for msg in RoutedMessage
    ],
    *[
        (v, m, msg, FORB, FORB)
        for v in ("2.2.1", "2.3.0")
        for m in ("credentials", "versions", "hubclientinfo")
        for msg in RoutedMessage
    ],
    *[
        row
        for v in ("2.2.1", "2.3.0")
        for row in (
            (v, "locations", RoutedMessage.REQUEST, REQ, REQ),
            (v, "cdrs", RoutedMessage.REQUEST_TO_HUB, REQ, OPT),
            (v, "tokens", RoutedMessage.RESPONSE, REQ, REQ),
            (v, "tokens", RoutedMessage.BROADCAST_RESPONSE, OPT, REQ),
        )
    ],
]


@pytest.mark.parametrize(("version", "module_id", "message", "from_p", "to_p"), ROUTING_ROWS)
def test_routing_requirement_table(
    version: str, module_id: str, message: RoutedMessage, from_p: Presence, to_p: Presence
) -> None:
    requirement = routing_requirement(version, module_id, message)  # type: ignore[arg-type]
    assert requirement == RoutingRequirement(from_party=from_p, to_party=to_p)


@pytest.mark.parametrize(("version", "module_id", "message", "from_p", "to_p"), ROUTING_ROWS)
def test_single_role_pair_makes_required_headers_optional(
    version: str, module_id: str, message: RoutedMessage, from_p: Presence, to_p: Presence
) -> None:
    requirement = routing_requirement(
        version,  # type: ignore[arg-type]
        module_id,
        message,
        single_role_pair=True,
    )
    relaxed = {REQ: OPT}
    assert requirement == RoutingRequirement(
        from_party=relaxed.get(from_p, from_p), to_party=relaxed.get(to_p, to_p)
    )


def test_routing_headers_exist_from_2_2_1() -> None:
    assert [routing_headers_defined(v) for v in OcpiVersion] == [False, True, True]


def test_2_1_1_reads_no_routing_headers_even_broken_ones() -> None:
    broken = [(OCPI_TO_COUNTRY_CODE, "not a code")]
    assert read_routing(broken, "2.1.1", "locations", RoutedMessage.REQUEST) == RoutingHeaders()


def test_routing_headers_on_a_configuration_module_are_refused() -> None:
    with pytest.raises(RoutingHeaderError) as caught:
        read_routing(DIRECT_HEADERS, "2.2.1", "credentials", RoutedMessage.REQUEST)
    assert caught.value.problem is RoutingProblem.FORBIDDEN
    assert caught.value.headers == (OCPI_FROM_COUNTRY_CODE, OCPI_FROM_PARTY_ID)
    assert read_routing({}, "2.2.1", "credentials", RoutedMessage.REQUEST) == RoutingHeaders()


def test_functional_request_without_to_headers_is_refused_outside_a_hub() -> None:
    from_only = {OCPI_FROM_COUNTRY_CODE: "NL", OCPI_FROM_PARTY_ID: "TNM"}
    with pytest.raises(RoutingHeaderError) as caught:
        read_routing(from_only, "2.3.0", "locations", RoutedMessage.REQUEST)
    assert caught.value.problem is RoutingProblem.MISSING
    assert caught.value.headers == (OCPI_TO_COUNTRY_CODE, OCPI_TO_PARTY_ID)


def test_hub_accepts_an_open_routing_request_without_to_headers() -> None:
    from_only = {OCPI_FROM_COUNTRY_CODE: "NL", OCPI_FROM_PARTY_ID: "TNM"}
    routing = read_routing(from_only, "2.2.1", "sessions", RoutedMessage.REQUEST_TO_HUB)
    assert routing == RoutingHeaders(from_party=CPO_NL)


def test_hub_answer_to_a_broadcast_push_may_leave_out_its_from_headers() -> None:
    to_only = {OCPI_TO_COUNTRY_CODE: "NL", OCPI_TO_PARTY_ID: "TNM"}
    routing = read_routing(to_only, "2.2.1", "tokens", RoutedMessage.BROADCAST_RESPONSE)
    assert routing == RoutingHeaders(to_party=CPO_NL)


def test_single_role_pair_may_omit_the_routing_headers() -> None:
    routing = read_routing({}, "2.2.1", "locations", RoutedMessage.REQUEST, single_role_pair=True)
    assert routing == RoutingHeaders()


def test_direct_request_with_both_pairs_is_read() -> None:
    assert read_routing(DIRECT_HEADERS, "2.2.1", "locations", RoutedMessage.REQUEST) == DIRECT
