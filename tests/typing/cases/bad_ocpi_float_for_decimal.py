"""OCPI numbers are exact: a float is not a Decimal."""

from ocpkit.ocpi import v221

v221.Price(excl_vat=0.25)  # E: arg-type
