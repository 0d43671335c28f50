"""A page read as EVSE objects holds EVSEs, not Locations."""

from ocpkit.ocpi import v221
from ocpkit.ocpi.reading import read_list

location: v221.Location = read_list(v221.EVSE, b"[]").items[0]  # E: assignment
