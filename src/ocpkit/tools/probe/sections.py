"""Where the probes' rules come from: the documents and sections, as facts (numbers and names).

OCPP-J is the JSON binding: a document of its own for 1.6 ("OCPP-J 1.6"), Part 4 of the 2.0.1
and 2.1 specifications. Security profiles are in the 1.6 security whitepaper and in Part 2 (A.
Security) of 2.x.

OCPI sections are numbered as each version's document numbers them. 2.1.1 follows the 2.1.1-d2
document. 2.2.1 and 2.3.0 follow asciidoctor's numbering of the specification's sources: four
levels, with the chapters in the order of its merge script. The same method reproduces every
number of the 2.2 document. A heading below the fourth level has no number of its own. It is
cited under the numbered section it stands in (``4.1.4.1 GET, Paginated Request``).
"""

from collections.abc import Mapping
from typing import Final, Literal, TypeAlias

from ocpkit.ocpp.version import OcppVersion

__all__ = ["OcpiTopic", "ocpi", "ocpp_j", "security_profile_1"]

_OCPP_J = {
    OcppVersion.V16: "OCPP-J 1.6",
    OcppVersion.V201: "OCPP 2.0.1 Part 4 (OCPP-J)",
    OcppVersion.V21: "OCPP 2.1 Part 4 (OCPP-J)",
}

# The same section under each version's name for it (1.6 capitalises the frame names its own
# way: "Call", 2.x "CALL").
_NAMES_16 = {
    "CALL": "Call",
    "CALLRESULT": "CallResult",
    "CALLERROR": "CallError",
}


def ocpp_j(version: OcppVersion, number: str, name: str) -> str:
    """``OCPP-J 1.6 §4.2.3 CallError`` / ``OCPP 2.0.1 Part 4 (OCPP-J) §4.2.3 CALLERROR``."""
    if version is OcppVersion.V16:
        name = _NAMES_16.get(name, name)
    return f"{_OCPP_J[version]} §{number} {name}"


# Security profile 1's requirements carry the same ids in the 1.6 whitepaper (edition 3, §2.3.1)
# and in Part 2 of 2.0.1 and 2.1: A00.FR.201 to A00.FR.206.
_PROFILE_1: Final = "Security Profile 1 (Basic authentication), A00.FR.201-206"


def security_profile_1(version: OcppVersion) -> str:
    """Where security profile 1 (HTTP Basic authentication) is required: the 1.6 security
    whitepaper's §2.3, or Part 2 A. Security; with the requirement ids."""
    if version is OcppVersion.V16:
        return f"OCPP 1.6 Security Whitepaper §2.3 {_PROFILE_1}"
    return f"OCPP {version} Part 2, A. Security, {_PROFILE_1}"


OcpiTopic: TypeAlias = Literal[
    "versions",
    "version-details",
    "authorization",
    "client-errors",
    "get",
    "paginated-request",
    "paginated-response",
    "date-from",
    "objects",
    "request-ids",
    "response-format",
    "datetime",
]
"""What an OCPI rule is about; :func:`ocpi` gives the section of each version that holds it."""

_MODULES: Final = "(Locations, Sessions, CDRs, Tariffs, Tokens)"
_OBJECTS: Final = f"§8.3, §9.3, §10.3, §11.3, §12.3 Object description {_MODULES}"
_2X: Final[Mapping[OcpiTopic, str]] = {
    "versions": "§6.1 Version information endpoint",
    "version-details": "§6.2 Version details endpoint",
    "authorization": "§4.1.2 Authorization header",
    "client-errors": "§5.2 2xxx: Client errors",
    "get": "§4.1.4.1 GET",
    "paginated-request": "§4.1.4.1 GET, Paginated Request",
    "paginated-response": "§4.1.4.1 GET, Paginated Response",
    "date-from": "§4.1.4.1 GET, Paginated Request",
    "objects": _OBJECTS,
    "request-ids": "§4.2 Unique message IDs",
    "response-format": "§4.1.7 Response format",
}
_OCPI: Final[Mapping[str, Mapping[OcpiTopic, str]]] = {
    "2.1.1": {
        "versions": "§5 Version information endpoint",
        "version-details": "§6 Version details endpoint",
        "authorization": "§3.1.3 Request format",
        "client-errors": "§4.2 2xxx: Client errors",
        "get": "§3.1.3.1 GET",
        "paginated-request": "§3.1.3.1.2 Paginated Request",
        "paginated-response": "§3.1.3.1.3 Paginated Response",
        "date-from": (
            "§8.2.1.1.1, §9.2.1.1.1, §10.2.1.1.1, §11.2.1.1.1, §12.2.2.1.1 Request Parameters "
            f"of the GET methods {_MODULES}"
        ),
        "objects": _OBJECTS,
        "response-format": "§3.1.5 Response format",
        "datetime": "§14.2 DateTime type",
    },
    "2.2.1": {**_2X, "datetime": "§16.2 DateTime type"},
    "2.3.0": {**_2X, "datetime": "§17.5 DateTime type"},
}


def ocpi(version: str, topic: OcpiTopic) -> str:
    """``OCPI 2.2.1 §4.1.2 Authorization header``: where ``version`` states the rules on
    ``topic``. ``KeyError`` for a topic the version has no section for (2.1.1 has no request
    ids)."""
    return f"OCPI {version} {_OCPI[version][topic]}"
