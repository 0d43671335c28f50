"""A closed OCPI enum takes its members only (open enums take any str)."""

from datetime import UTC, datetime

from ocpkit.ocpi import v221

now = datetime.now(UTC)
v221.EVSE(uid="E1", status="AVAILABLE", connectors=[], last_updated=now)  # E: arg-type
