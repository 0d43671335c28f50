"""Subprotocol negotiation, Basic auth (sans-IO) and the TLS contexts of ocpkit.ocpp.security.

The identity rules have their own file, tests/test_identity.py.
"""

import contextlib
import socket
import ssl
import threading
from pathlib import Path

import pytest
import trustme
from hypothesis import given
from hypothesis import strategies as st

from ocpkit.ocpp.negotiation import (
    BasicCredentials,
    NegotiationError,
    Subprotocol,
    authorization_key_password,
    basic_auth_header,
    check_password,
    offer_subprotocols,
    parse_basic_auth,
    parse_offer,
    select_subprotocol,
)
from ocpkit.ocpp.security import client_ssl_context, server_ssl_context
from ocpkit.ocpp.version import OcppVersion

V16, V201, V21 = OcppVersion.V16, OcppVersion.V201, OcppVersion.V21


def test_subprotocol_names_per_version() -> None:
    assert [Subprotocol.for_version(v).value for v in (V16, V201, V21)] == [
        "ocpp1.6",
        "ocpp2.0.1",
        "ocpp2.1",
    ]
    assert Subprotocol("ocpp2.0").version is None


def test_client_offers_in_preference_order_without_duplicates() -> None:
    assert offer_subprotocols([V21, V201, V21, V16]) == ["ocpp2.1", "ocpp2.0.1", "ocpp1.6"]
    with pytest.raises(NegotiationError):
        offer_subprotocols([])


def test_server_picks_the_clients_first_supported_offer() -> None:
    choice = select_subprotocol(["ocpp2.1", "ocpp2.0.1", "ocpp1.6"], [V16, V201])
    assert (choice.subprotocol, choice.version, choice.accepted) == ("ocpp2.0.1", V201, True)


def test_no_common_subprotocol_means_no_header_then_close() -> None:
    choice = select_subprotocol(["ocpp2.0", "OCPP1.6"], [V16, V201, V21])
    assert choice.subprotocol is None
    assert not choice.accepted
    assert choice.close_code == 1002


def test_offer_header_values_are_split_on_commas() -> None:
    assert parse_offer(["ocpp2.1, ocpp2.0.1", "ocpp1.6"]) == ("ocpp2.1", "ocpp2.0.1", "ocpp1.6")


@given(st.lists(st.sampled_from([s.value for s in Subprotocol] + ["x", ""]), max_size=6))
def test_selection_is_always_an_offered_supported_name(offered: list[str]) -> None:
    choice = select_subprotocol(offered, [V201, V21])
    if choice.accepted:
        assert choice.subprotocol in offered
        assert choice.subprotocol in ("ocpp2.0.1", "ocpp2.1")
        assert choice.subprotocol == next(o for o in offered if o in ("ocpp2.0.1", "ocpp2.1"))
    else:
        assert not {"ocpp2.0.1", "ocpp2.1"} & set(offered)


def test_negotiation_reads_no_files() -> None:
    import ocpkit.ocpp.negotiation as negotiation

    source = Path(negotiation.__file__).read_text(encoding="utf-8")
    for io_name in ("import ssl", "pathlib", "open(", "load_cert_chain", "load_verify_locations"):
        assert io_name not in source


def test_basic_auth_round_trip_for_20_password() -> None:
    header = basic_auth_header("CS-0001", "s3cret-s3cret-s3cret", V201)
    credentials = parse_basic_auth(header)
    assert credentials == BasicCredentials("CS-0001", b"s3cret-s3cret-s3cret")
    assert check_password(credentials, "CS-0001", "s3cret-s3cret-s3cret")
    assert not check_password(credentials, "CS-0002", "s3cret-s3cret-s3cret")
    assert not check_password(credentials, "CS-0001", "s3cret-s3cret-s3creT")
    assert "s3cret" not in repr(credentials)


@pytest.mark.parametrize("password", ["x" * 15, "x" * 41])
def test_20_password_is_16_to_40_characters(password: str) -> None:
    with pytest.raises(NegotiationError, match="16 to 40"):
        basic_auth_header("CS-0001", password, V201)


def test_16_authorization_key_is_hex_of_16_to_20_bytes() -> None:
    key = "646B327130726675327130662D32663072646700"  # 20 bytes
    password = authorization_key_password(key)
    assert password == bytes.fromhex(key)
    header = basic_auth_header("CP1", password, V16)
    assert parse_basic_auth(header).password == password
    with pytest.raises(NegotiationError):
        authorization_key_password("00" * 15)
    with pytest.raises(NegotiationError):
        authorization_key_password("00" * 21)
    with pytest.raises(NegotiationError):
        authorization_key_password("zz" * 16)


@pytest.mark.parametrize("header", ["Bearer abc", "Basic", "Basic !!!", "Basic Y3AxLXBhc3M=%"])
def test_broken_basic_headers_are_refused(header: str) -> None:
    with pytest.raises(NegotiationError):
        parse_basic_auth(header)


def test_basic_header_without_colon_is_refused() -> None:
    with pytest.raises(NegotiationError, match="':'"):
        parse_basic_auth("Basic Q1AxcGFzcw==")  # "CP1pass"


@given(st.binary(max_size=200))
def test_parse_basic_auth_raises_only_negotiation_error(raw: bytes) -> None:
    import base64

    for header in (raw.decode("latin-1"), "Basic " + base64.b64encode(raw).decode()):
        with contextlib.suppress(NegotiationError):
            parse_basic_auth(header)


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("pki")
    ca = trustme.CA()
    server = ca.issue_cert("127.0.0.1", "localhost")
    client = ca.issue_cert("CS-0001")
    paths = {
        "ca": folder / "ca.pem",
        "server": folder / "server.pem",
        "client": folder / "client.pem",
    }
    ca.cert_pem.write_to_path(str(paths["ca"]))
    server.private_key_and_cert_chain_pem.write_to_path(str(paths["server"]))
    client.private_key_and_cert_chain_pem.write_to_path(str(paths["client"]))
    return paths


def _handshake(server_ctx: ssl.SSLContext, client_ctx: ssl.SSLContext) -> str | None:
    """TLS handshake over 127.0.0.1; returns the server's view of the client cert subject."""
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    seen: dict[str, object] = {}

    def serve() -> None:
        conn, _ = listener.accept()
        try:
            with server_ctx.wrap_socket(conn, server_side=True) as tls:
                seen["peer"] = tls.getpeercert()
                tls.recv(1)
        except (ssl.SSLError, OSError) as error:
            seen["error"] = error

    thread = threading.Thread(target=serve)
    thread.start()
    try:
        with (
            socket.create_connection(("127.0.0.1", port)) as raw,
            client_ctx.wrap_socket(raw, server_hostname="127.0.0.1") as tls,
        ):
            assert tls.version() in ("TLSv1.2", "TLSv1.3")
            tls.sendall(b"x")
    finally:
        thread.join(timeout=10)
        listener.close()
    if "error" in seen:
        raise ssl.SSLError(str(seen["error"]))
    peer = seen.get("peer")
    return str(peer) if peer else None


def test_profile_2_tls_server_authentication(pki: dict[str, Path]) -> None:
    server = server_ssl_context(pki["server"])
    assert server.minimum_version == ssl.TLSVersion.TLSv1_2
    assert _handshake(server, client_ssl_context(pki["ca"])) is None


def test_an_optional_client_certificate_serves_profiles_2_and_3(pki: dict[str, Path]) -> None:
    server = server_ssl_context(pki["server"], client_ca=pki["ca"], client_certificate="optional")
    assert server.verify_mode is ssl.CERT_OPTIONAL
    peer = _handshake(server, client_ssl_context(pki["ca"], certfile=pki["client"]))
    assert peer is not None
    assert "cs-0001" in peer
    assert _handshake(server, client_ssl_context(pki["ca"])) is None  # none: profile 2


def test_an_optional_client_certificate_needs_its_ca(pki: dict[str, Path]) -> None:
    with pytest.raises(ValueError, match="needs the client_ca"):
        server_ssl_context(pki["server"], client_certificate="optional")
    with pytest.raises(ValueError, match="'required' or 'optional'"):
        server_ssl_context(pki["server"], client_ca=pki["ca"], client_certificate="maybe")  # type: ignore[arg-type]


def test_profile_3_requires_a_client_certificate(pki: dict[str, Path]) -> None:
    server = server_ssl_context(pki["server"], client_ca=pki["ca"])
    peer = _handshake(server, client_ssl_context(pki["ca"], certfile=pki["client"]))
    assert peer is not None
    assert "cs-0001" in peer
    with pytest.raises(ssl.SSLError):
        _handshake(server, client_ssl_context(pki["ca"]))
