"""OCPI for Python: typed objects for 2.1.1, 2.2.1 and 2.3.0 and a sans-IO protocol core.

The objects of each version live in :mod:`ocpkit.ocpi.v211`, :mod:`ocpkit.ocpi.v221` and
:mod:`ocpkit.ocpi.v230`. This package holds what is shared: versions, status codes and
:class:`OcpiError`, the response envelope, and reading objects, lists (item by item), PATCH bodies
and fragments. The other parts of the core are subpackages:

* :mod:`ocpkit.ocpi.pagination`: page requests and answers for servers, a crawler for clients;
* :mod:`ocpkit.ocpi.versions`: version lists and details, the mutual version, endpoint lookup;
* :mod:`ocpkit.ocpi.modules`: the interfaces and endpoints of every module, per version (a
  table of facts);
* :mod:`ocpkit.ocpi.credentials`: the registration flow as a state machine;
* :mod:`ocpkit.ocpi.headers`: Authorization tokens, request and correlation ids, routing headers;
* :mod:`ocpkit.ocpi.commands`: commands and charging profiles with their asynchronous results;
* :mod:`ocpkit.ocpi.check`: checking a payload (what ``ocpkit validate --ocpi`` does).
"""

from typing import TYPE_CHECKING, Final

from ocpkit._lazy import lazy_exports

# Importing this package stays cheap (``import ocpkit.ocpi.v221`` passes through it): the names
# below load their module, and pydantic with it, on first use.
_EXPORTS: Final[dict[str, str]] = {
    "CaseInsensitive": "ocpkit._ocpi_base",
    "CiStr": "ocpkit._ocpi_base",
    "EnvelopeError": "ocpkit.ocpi.envelope",
    "InvalidItem": "ocpkit.ocpi.reading",
    "InvalidObjectError": "ocpkit.ocpi.reading",
    "ListRead": "ocpkit.ocpi.reading",
    "NotJsonError": "ocpkit.ocpi.reading",
    "OcpiEnum": "ocpkit._ocpi_base",
    "OcpiError": "ocpkit.ocpi.status",
    "OcpiModel": "ocpkit._ocpi_base",
    "OcpiVersion": "ocpkit.ocpi.version",
    "Patch": "ocpkit.ocpi.reading",
    "ReadError": "ocpkit.ocpi.reading",
    "Response": "ocpkit.ocpi.envelope",
    "StatusCode": "ocpkit.ocpi.status",
    "Violation": "ocpkit.ocpi.reading",
    "ci_equal": "ocpkit._ocpi_base",
    "error_from_code": "ocpkit.ocpi.status",
    "error_response": "ocpkit.ocpi.envelope",
    "http_status_for": "ocpkit.ocpi.status",
    "parse_response": "ocpkit.ocpi.envelope",
    "read_fragment": "ocpkit.ocpi.reading",
    "read_list": "ocpkit.ocpi.reading",
    "read_object": "ocpkit.ocpi.reading",
    "read_page": "ocpkit.ocpi.envelope",
    "read_patch": "ocpkit.ocpi.reading",
    "read_single": "ocpkit.ocpi.envelope",
    "success": "ocpkit.ocpi.envelope",
}

if TYPE_CHECKING:
    from ocpkit._ocpi_base import CaseInsensitive, CiStr, OcpiEnum, OcpiModel, ci_equal
    from ocpkit.ocpi.envelope import (
        EnvelopeError,
        Response,
        error_response,
        parse_response,
        read_page,
        read_single,
        success,
    )
    from ocpkit.ocpi.reading import (
        InvalidItem,
        InvalidObjectError,
        ListRead,
        NotJsonError,
        Patch,
        ReadError,
        Violation,
        read_fragment,
        read_list,
        read_object,
        read_patch,
    )
    from ocpkit.ocpi.status import OcpiError, StatusCode, error_from_code, http_status_for
    from ocpkit.ocpi.version import OcpiVersion
else:
    __getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, within="")

__all__ = [
    "CaseInsensitive",
    "CiStr",
    "EnvelopeError",
    "InvalidItem",
    "InvalidObjectError",
    "ListRead",
    "NotJsonError",
    "OcpiEnum",
    "OcpiError",
    "OcpiModel",
    "OcpiVersion",
    "Patch",
    "ReadError",
    "Response",
    "StatusCode",
    "Violation",
    "ci_equal",
    "error_from_code",
    "error_response",
    "http_status_for",
    "parse_response",
    "read_fragment",
    "read_list",
    "read_object",
    "read_page",
    "read_patch",
    "read_single",
    "success",
]
