from ocpkit.ocpp.v16 import AuthorizeRequest

AuthorizeRequest(id_tag=12345)  # E: arg-type
