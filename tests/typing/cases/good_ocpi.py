"""A CPO/eMSP program: builds OCPI objects, reads pages leniently, inspects typed values."""

from datetime import UTC, datetime
from decimal import Decimal
from typing import assert_type

from ocpkit.ocpi import v221, v230
from ocpkit.ocpi.envelope import Response, read_page, success
from ocpkit.ocpi.reading import ListRead, read_list, read_patch
from ocpkit.ocpi.status import StatusCode
from ocpkit.ocpi.version import OcpiVersion

now = datetime.now(UTC)
connector = v221.Connector(
    id="1",
    standard=v221.ConnectorType.IEC_62196_T2,
    format=v221.ConnectorFormat.SOCKET,
    power_type=v221.PowerType.AC_3_PHASE,
    max_voltage=230,
    max_amperage=32,
    last_updated=now,
)
evse = v221.EVSE(uid="E1", status=v221.Status.AVAILABLE, connectors=[connector], last_updated=now)
power: int | None = connector.max_electric_power
price = v221.Price(excl_vat=Decimal("0.25"))
excl: Decimal = price.excl_vat
when: datetime = evse.last_updated

# open enums take a member or any string
capability: v230.Capability | str = "NEW_CAPABILITY"
v230_evse = v230.EVSE(
    uid="E1",
    status=v230.Status.AVAILABLE,
    connectors=[],
    capabilities=[v230.Capability.RESERVABLE, capability],
    last_updated=now,
)

assert_type(success(None, now=now), Response[None])
page = read_page(v221.EVSE, success([evse], now=now).to_json())
assert_type(page, Response[ListRead[v221.EVSE]])
code: StatusCode = page.status_code
if page.data is not None:
    for item in page.data.items:
        assert_type(item, v221.EVSE)
    for bad in page.data.invalid:
        index: int = bad.index

listed = read_list(v221.Location, b"[]")
assert_type(listed.items, tuple[v221.Location, ...])
patch = read_patch(v221.EVSE, b"{}", version=OcpiVersion.V221)
again = v221.EVSE.from_json(evse.to_json(), strict=True)
assert_type(again, v221.EVSE)
