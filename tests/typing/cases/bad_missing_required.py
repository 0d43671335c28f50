from ocpkit.ocpp.v201 import BootNotificationRequest, BootReasonEnum

BootNotificationRequest(reason=BootReasonEnum.POWER_UP)  # E: call-arg
