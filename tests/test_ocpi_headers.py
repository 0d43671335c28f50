"""OCPI headers as a package: what its three parts share (the version check, the usage
errors, the error family)."""

import pytest

from ocpkit.ocpi.headers import (
    AuthorizationError,
    CredentialsToken,
    CredentialsTokenError,
    HeaderError,
    HeaderUsageError,
    PartyRefError,
    RequestIdError,
    RoutingHeaderError,
    authorization_header,
    default_token_encoding,
    request_ids_defined,
    routing_headers_defined,
    routing_requirement,
    token_candidates,
)
from ocpkit.ocpi.status import UnknownOcpiVersion

# -- what the three parts share -----------------------------------------------------------


def test_unknown_version_is_refused() -> None:
    for func in (default_token_encoding, request_ids_defined, routing_headers_defined):
        with pytest.raises(UnknownOcpiVersion):
            func("2.2")  # type: ignore[arg-type]


def test_unknown_encoding_or_message_kind_is_a_usage_error() -> None:
    with pytest.raises(HeaderUsageError):
        token_candidates("Token abc", "rot13")  # type: ignore[arg-type]
    with pytest.raises(HeaderUsageError):
        authorization_header(CredentialsToken("abc"), "rot13")  # type: ignore[arg-type]
    with pytest.raises(HeaderUsageError):
        routing_requirement("2.2.1", "locations", "gossip")  # type: ignore[arg-type]


# -- error family ---------------------------------------------------------------------------


def test_every_error_of_the_module_is_a_header_error() -> None:
    for cls in (
        HeaderUsageError,
        CredentialsTokenError,
        AuthorizationError,
        RequestIdError,
        PartyRefError,
        RoutingHeaderError,
    ):
        assert issubclass(cls, HeaderError)
        assert issubclass(cls, ValueError)
