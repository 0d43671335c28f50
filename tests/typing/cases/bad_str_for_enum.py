from ocpkit.ocpp.v201 import BootNotificationRequest, ChargingStation

station = ChargingStation(model="m", vendor_name="v")
BootNotificationRequest(charging_station=station, reason="PowerUp")  # E: arg-type
