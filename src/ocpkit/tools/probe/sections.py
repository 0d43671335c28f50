"""Where the probes' rules come from: the documents and sections, as facts (numbers and names).

OCPP-J is the JSON binding: a document of its own for 1.6 ("OCPP-J 1.6"), Part 4 of the 2.0.1
and 2.1 specifications. Security profiles are in the 1.6 security whitepaper and in Part 2 (A.
Security) of 2.x. OCPI sections are those of each version's transport-and-format, status-codes,
version-information and module chapters.
"""

from ocpkit.ocpp.version import OcppVersion

__all__ = ["ocpi", "ocpp_j", "security"]

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


def security(version: OcppVersion, name: str) -> str:
    """A security profile's section: the 1.6 security whitepaper, or Part 2 A. Security."""
    if version is OcppVersion.V16:
        return f"OCPP 1.6 Security Whitepaper, {name}"
    return f"OCPP {version} Part 2, A. Security, {name}"


def ocpi(version: str, chapter: str, section: str) -> str:
    """``OCPI 2.2.1 transport_and_format §Pagination``."""
    return f"OCPI {version} {chapter} §{section}"
