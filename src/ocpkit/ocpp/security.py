"""TLS contexts for the OCPP security profiles (they read certificate and key files).

Profile 1 is Basic authentication over plain ``ws://`` (no TLS, nothing here). Profile 2 adds TLS
with a server certificate the station checks; profile 3 replaces Basic authentication with a
client certificate the CSMS checks. Both TLS profiles require TLS 1.2 or newer (OCPP 2.0.1 part
2, "Security"; the OCPP 1.6 security whitepaper, "Security profiles").

These helpers live apart from :mod:`ocpkit.ocpp.negotiation`, which stays free of file I/O.
"""

import ssl
from pathlib import Path
from typing import Literal

__all__ = ["client_ssl_context", "server_ssl_context"]


def _tls12_or_newer(context: ssl.SSLContext) -> ssl.SSLContext:
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


def server_ssl_context(
    certfile: str | Path,
    keyfile: str | Path | None = None,
    *,
    client_ca: str | Path | None = None,
    client_certificate: Literal["required", "optional"] = "required",
) -> ssl.SSLContext:
    """A CSMS's TLS context: profile 2 without ``client_ca``, profile 3 (client certificates
    checked against ``client_ca``) with it. TLS 1.2 or newer.

    ``client_certificate="optional"`` serves profiles 2 and 3 on one endpoint (a station moving
    from one to the other keeps its URL): a station may present a certificate, which must then
    be one ``client_ca`` signed, or none; ``authenticate`` tells them apart by
    ``handshake.client_certificate`` and asks the others for Basic credentials."""
    if client_certificate not in ("required", "optional"):
        raise ValueError(
            f"client_certificate is 'required' or 'optional', not {client_certificate!r}"
        )
    if client_certificate == "optional" and client_ca is None:
        raise ValueError("client_certificate='optional' needs the client_ca that signs them")
    context = _tls12_or_newer(ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER))
    context.load_cert_chain(str(certfile), str(keyfile) if keyfile is not None else None)
    if client_ca is not None:
        optional = client_certificate == "optional"
        context.verify_mode = ssl.CERT_OPTIONAL if optional else ssl.CERT_REQUIRED
        context.load_verify_locations(cafile=str(client_ca))
    return context


def client_ssl_context(
    cafile: str | Path | None = None,
    *,
    certfile: str | Path | None = None,
    keyfile: str | Path | None = None,
) -> ssl.SSLContext:
    """A charging station's TLS context: verifies the CSMS (against ``cafile`` or the system
    store); with ``certfile`` it presents a client certificate (profile 3). TLS 1.2 or newer."""
    context = _tls12_or_newer(ssl.create_default_context(cafile=str(cafile) if cafile else None))
    if certfile is not None:
        context.load_cert_chain(str(certfile), str(keyfile) if keyfile is not None else None)
    return context
