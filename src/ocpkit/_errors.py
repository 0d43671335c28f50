"""The one root of every exception ocpkit raises on purpose."""

__all__ = ["OcpkitError"]


class OcpkitError(Exception):
    """Base of every error ocpkit raises: catch it to handle anything the SDK reports.

    Under it sit the families, each with its own base: OCPP protocol errors
    (:class:`~ocpkit.ocpp.errors.OcppError`, frames and payloads), local misuse of a connection
    (:class:`~ocpkit.ocpp.connection.LocalProtocolError`), the asyncio sessions
    (:class:`~ocpkit.ocpp.aio.SessionError`), the opening handshake
    (:class:`~ocpkit.ocpp.negotiation.NegotiationError`), and the OCPI families
    (:class:`~ocpkit.ocpi.status.OcpiError`, :class:`~ocpkit.ocpi.client.ClientError`, ...).
    """
