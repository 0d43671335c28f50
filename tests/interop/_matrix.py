"""The dimensions of the interop matrix, and the credentials used across it."""

from typing import Final

import pytest

from ocpkit.ocpp import OcppVersion
from ocpkit.ocpp.aio import TransportName

from ._peers import SUBPROTOCOLS

TRANSPORTS: Final[tuple[TransportName, ...]] = ("websockets", "picows")
PEERS: Final = ("ocpp-rpc", "ocpp-py")
VERSIONS: Final = (OcppVersion.V16, OcppVersion.V201, OcppVersion.V21)

# 1.6: the hex-decoded AuthorizationKey, binary on purpose (16 bytes); 2.x: a 16-40 char string.
PASSWORDS: Final[dict[OcppVersion, str | bytes]] = {
    OcppVersion.V16: bytes.fromhex("f00dfacec0ffee00ff8081fe7f0a0d3a"),
    OcppVersion.V201: "interop-basic-auth-password",
    OcppVersion.V21: "interop-basic-auth-password",
}
WRONG_PASSWORD: Final = "not-the-password-at-all"


def password_hex(version: OcppVersion, password: str | bytes | None = None) -> str:
    """The password the peers are given (``--password-hex``)."""
    secret = PASSWORDS[version] if password is None else password
    return (secret.encode() if isinstance(secret, str) else secret).hex()


def identity(peer: str, version: OcppVersion, transport: str = "") -> str:
    return "-".join(filter(None, ["CS", peer, str(version), transport]))


def matrix() -> list[object]:
    """``(peer_kind, version, transport)`` parameters over the whole matrix."""
    return [
        pytest.param(peer, version, transport, id=f"{peer}-{SUBPROTOCOLS[version]}-{transport}")
        for peer in PEERS
        for version in VERSIONS
        for transport in TRANSPORTS
    ]
