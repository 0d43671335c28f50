"""The requests the machine needs sent to the peer: :class:`OutgoingRequest`, and the
:class:`Step` that says which request it is and which method takes its reply."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import StrEnum
from typing import Final, Literal

import attrs

from ocpkit.ocpi.headers import (
    CredentialsToken,
    TokenEncoding,
    authorization_header,
    default_token_encoding,
)
from ocpkit.ocpi.version import OcpiVersion

from ._parties import AnyCredentials

__all__ = ["OutgoingRequest", "Step"]


class Step(StrEnum):
    """Which request an :class:`OutgoingRequest` is, and so which method takes its reply:
    ``versions_received``, ``details_received``, ``credentials_received`` (POST and PUT) or
    ``deletion_received``."""

    GET_VERSIONS = "GET_VERSIONS"
    GET_DETAILS = "GET_DETAILS"
    POST_CREDENTIALS = "POST_CREDENTIALS"
    PUT_CREDENTIALS = "PUT_CREDENTIALS"
    DELETE_CREDENTIALS = "DELETE_CREDENTIALS"


_METHOD: Final[Mapping[Step, Literal["GET", "POST", "PUT", "DELETE"]]] = {
    Step.GET_VERSIONS: "GET",
    Step.GET_DETAILS: "GET",
    Step.POST_CREDENTIALS: "POST",
    Step.PUT_CREDENTIALS: "PUT",
    Step.DELETE_CREDENTIALS: "DELETE",
}


def _by_version(version: OcpiVersion | None) -> TokenEncoding:
    return TokenEncoding.BASE64 if version is None else default_token_encoding(version)


def _request_encoding(
    mode: TokenEncoding | None, version: OcpiVersion | None, supported: Iterable[OcpiVersion]
) -> TokenEncoding:
    """How a request of ours writes its token (the package's "Token encoding" table): the
    peer's ``mode`` when one is set; otherwise ``version``'s rule; with no version yet, plain
    when every version we support is 2.1.1 (the only rule such a peer can expect of us),
    Base64 otherwise."""
    if mode is not None:
        return mode
    ours = tuple(supported)
    if version is None and ours and all(known is OcpiVersion.V211 for known in ours):
        return TokenEncoding.PLAIN
    return _by_version(version)


@attrs.frozen(kw_only=True)
class OutgoingRequest:
    """A request the machine needs sent to the peer: :attr:`method` to ``url``, authorized with
    ``token`` written as :attr:`encoding` says; ``body`` is the ``Credentials`` to send (POST and
    PUT; its repr is hidden, it holds our new token). ``version`` is the OCPI version the request
    belongs to, ``None`` for the versions list of a registration (fetched before a version is
    chosen).
    """

    step: Step
    url: str
    token: CredentialsToken
    version: OcpiVersion | None
    body: AnyCredentials | None = attrs.field(default=None, repr=False)
    encoding: TokenEncoding = attrs.field(
        default=attrs.Factory(lambda self: _by_version(self.version), takes_self=True)
    )
    """How the Authorization header writes the token (``ACCEPT_BOTH`` writes Base64). The
    machine sets it from the peer's mode and the versions (the package's "Token encoding"
    table); by default it follows :attr:`version`: plain in 2.1.1, Base64 from 2.2.1 on and
    while no version is known."""

    @property
    def method(self) -> Literal["GET", "POST", "PUT", "DELETE"]:
        """The HTTP method."""
        return _METHOD[self.step]

    def authorization(self, encoding: TokenEncoding | None = None) -> str:
        """The ``Authorization`` header value (a secret: do not log it); ``encoding`` overrides
        :attr:`encoding`."""
        return authorization_header(self.token, encoding or self.encoding)

    def body_json(self) -> bytes | None:
        """The body as JSON text (``None`` for GET and DELETE)."""
        return None if self.body is None else self.body.to_json()
