"""Party declarations: ours written in each version's ``Credentials`` (or refused where a
version cannot carry them), and the peer's parties read from the ``Credentials`` it sent."""

from typing import Final

import orjson
import pytest

from ocpkit._ocpi_base import CiStr
from ocpkit.ocpi import v211, v221, v230
from ocpkit.ocpi.credentials import (
    PartyDeclaration,
    PartyRole,
    PeerParties,
    PeerParty,
    Registration,
    read_parties,
)
from ocpkit.ocpi.version import OcpiVersion
from ocpkit.ocpi.versions import DeclarationError
from tests._ocpi_credentials_support import (
    ALL,
    BUSINESS,
    TOKEN_A,
    V211,
    V221,
    V230,
    declaration,
)

# -- declarations of our parties, and the peer's ------------------------------------------------


def test_211_credentials_name_one_party() -> None:
    both = PartyDeclaration.single(
        country_code="NL", party_id="EXA", business_details=BUSINESS, roles=("CPO", "EMSP")
    )
    credentials = both.credentials(OcpiVersion.V211, token="t", url="https://x/versions")
    assert isinstance(credentials, v211.Credentials)
    assert orjson.loads(credentials.to_json()) == {
        "token": "t",
        "url": "https://x/versions",
        "business_details": {"name": "Example Operator", "website": "https://cpo.example"},
        "party_id": "EXA",
        "country_code": "NL",
    }


def test_211_credentials_cannot_name_two_parties() -> None:
    two = PartyDeclaration(
        roles=(
            PartyRole(role="CPO", country_code="NL", party_id="EXO", business_details=BUSINESS),
            PartyRole(role="CPO", country_code="NL", party_id="PFC", business_details=BUSINESS),
        )
    )
    two.credentials(V221, token="t", url="u")  # fine from 2.2.1 on
    with pytest.raises(DeclarationError):
        two.credentials(V211, token="t", url="u")


def test_211_party_ids_that_differ_only_in_case_are_one_party() -> None:
    mixed = PartyDeclaration(
        roles=(
            PartyRole(role="CPO", country_code="nl", party_id="exa", business_details=BUSINESS),
            PartyRole(role="EMSP", country_code="NL", party_id="EXA", business_details=BUSINESS),
        )
    )
    assert mixed.credentials(OcpiVersion.V211, token="t", url="u").party_id == "exa"


def test_hub_party_id_is_written_on_230_only() -> None:
    hub = PartyDeclaration(
        roles=(
            PartyRole(role="CPO", country_code="NL", party_id="EXA", business_details=BUSINESS),
        ),
        hub_party_id="NLHUB",
    )
    assert hub.credentials(OcpiVersion.V230, token="t", url="u").hub_party_id == "NLHUB"
    assert "hub_party_id" not in orjson.loads(hub.credentials(V221, token="t", url="u").to_json())


@pytest.mark.parametrize(
    ("role", "party_id", "version"),
    [
        ("HUB", "EXA", V230),
        ("BOSS", "EXA", V221),
        ("CPO", "TOOLONG", V221),
        ("CPO", "TOOLONG", V211),
    ],
)
def test_our_credentials_that_a_version_cannot_carry_are_refused(
    role: str, party_id: str, version: OcpiVersion
) -> None:
    party = PartyDeclaration.single(
        country_code="NL", party_id=party_id, business_details=BUSINESS, roles=(role,)
    )
    with pytest.raises(DeclarationError):
        party.credentials(version, token="t", url="u")


def test_a_machine_refuses_parties_it_could_not_write_in_one_of_its_versions() -> None:
    hub = PartyDeclaration.single(
        country_code="NL", party_id="EXA", business_details=BUSINESS, roles=("HUB",)
    )
    with pytest.raises(DeclarationError):
        Registration.receiver(token_a=TOKEN_A, ours=declaration("cpo", ALL), parties=hub)
    Registration.receiver(token_a=TOKEN_A, ours=declaration("cpo", (V221,)), parties=hub)


SPEC_221_CREDENTIALS_EXAMPLE_2: Final = b"""{
    "token": "9e80a9c4-28be-11e9-b210-d663bd873d93",
    "url": "https://ocpi.example.com/versions",
    "roles": [{
        "role": "CPO", "party_id": "EXA", "country_code": "NL",
        "business_details": {"name": "Example Operator"}
    }, {
        "role": "EMSP", "party_id": "EXA", "country_code": "NL",
        "business_details": {"name": "Example Provider"}
    }]
}"""


def test_the_peers_parties_are_found_whatever_the_case() -> None:
    parties = read_parties(v221.Credentials.from_json(SPEC_221_CREDENTIALS_EXAMPLE_2))
    assert len(parties) == 2
    emsp = parties.find("nl", "exa", "EMSP")
    assert emsp is not None
    assert emsp.business_details.name == "Example Provider"
    assert parties.find("NL", "EXA") == PeerParty(
        role="CPO", country_code="nl", party_id="Exa", business_details=BUSINESS
    )
    assert parties.find("NL", "EXA", "NSP") is None
    assert parties.find("BE", "EXA") is None


def test_a_211_peer_is_one_party_without_a_role() -> None:
    credentials = v211.Credentials.from_wire(
        {
            "token": "t",
            "url": "u",
            "party_id": "exa",
            "country_code": "nl",
            "business_details": {"name": "Example"},
        }
    )
    parties = read_parties(credentials)
    assert [(p.role, p.country_code, p.party_id) for p in parties] == [(None, "NL", "EXA")]
    assert isinstance(parties.parties[0].party_id, CiStr)
    assert parties.find("NL", "EXA", "CPO") is not None  # no role to tell them apart


def test_a_230_peer_hub_party_id_is_kept_case_insensitively() -> None:
    credentials = v230.Credentials.from_wire(
        {
            "token": "t",
            "url": "u",
            "hub_party_id": "nlhub",
            "roles": [
                {
                    "role": "CPO",
                    "party_id": "EXA",
                    "country_code": "NL",
                    "business_details": {"name": "E"},
                }
            ],
        }
    )
    assert read_parties(credentials) == PeerParties(
        (PeerParty(role="CPO", country_code="NL", party_id="EXA", business_details=BUSINESS),),
        CiStr("NLHUB"),
    )
