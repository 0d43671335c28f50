"""Required OCPI fields (cardinality 1 and +) must be given."""

from ocpkit.ocpi import v221

v221.DisplayText(language="en")  # E: call-arg
