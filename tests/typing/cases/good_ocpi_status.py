"""OCPI status helpers take a version as the package's ``OcpiVersion`` or as its text."""

from typing import assert_type

from ocpkit.ocpi.status import StatusCode, custom_ranges, http_status_for, known_codes
from ocpkit.ocpi.version import OcpiVersion

code = StatusCode(2004)

assert_type(http_status_for(2004, OcpiVersion.V221), int)
assert_type(http_status_for(1000, "2.2.1", created=True), int)
assert_type(code.is_known(OcpiVersion.V221), bool)
assert_type(code.is_known("2.2.1"), bool)
assert_type(code.is_custom(OcpiVersion.V221), bool)
assert_type(code.is_custom("2.2.1"), bool)
assert_type(known_codes(OcpiVersion.V221), tuple[StatusCode, ...])
assert_type(known_codes("2.2.1"), tuple[StatusCode, ...])
assert_type(custom_ranges(OcpiVersion.V221), tuple[range, ...])
assert_type(custom_ranges("2.2.1"), tuple[range, ...])


def for_any_version(version: OcpiVersion) -> int:
    """A program holding a negotiated version passes it on as it is."""
    return http_status_for(2001, version)
