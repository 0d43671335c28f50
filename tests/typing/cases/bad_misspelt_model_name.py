from ocpkit.ocpi import v221
from ocpkit.ocpp import v201
from ocpkit.ocpp.v201 import BootNotificatonRequest  # E: attr-defined

a = v201.BootNotificatonRequest  # E: attr-defined
b = v221.Locaton  # E: attr-defined
print(a, b, BootNotificatonRequest)
