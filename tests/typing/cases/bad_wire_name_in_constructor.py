from ocpkit.ocpp.v201 import ChargingStation

ChargingStation(model="m", vendorName="v")  # E: call-arg
