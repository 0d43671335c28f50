"""The requests the machine needs sent to the peer: :class:`OutgoingRequest`, and the
:class:`Step` that says which request it is and which method takes its reply."""

from __future__ import annotations

from collections.abc import Mapping
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


@attrs.frozen(kw_only=True)
class OutgoingRequest:
    """A request the machine needs sent to the peer: :attr:`method` to ``url``, authorized with
    ``token``; ``body`` is the ``Credentials`` to send (POST and PUT; its repr is hidden, it
    holds our new token). ``version`` is the OCPI version the request belongs to, ``None`` for
    the versions list of a registration (fetched before a version is chosen).
    """

    step: Step
    url: str
    token: CredentialsToken
    version: OcpiVersion | None
    body: AnyCredentials | None = attrs.field(default=None, repr=False)

    @property
    def method(self) -> Literal["GET", "POST", "PUT", "DELETE"]:
        """The HTTP method."""
        return _METHOD[self.step]

    @property
    def encoding(self) -> TokenEncoding:
        """How the Authorization header writes the token: as :attr:`version` prescribes
        (plain in 2.1.1, Base64 from 2.2.1 on); Base64 while no version is known."""
        if self.version is None:
            return TokenEncoding.BASE64
        return default_token_encoding(self.version)

    def authorization(self, encoding: TokenEncoding | None = None) -> str:
        """The ``Authorization`` header value (a secret: do not log it); ``encoding`` overrides
        :attr:`encoding` for peers known to read the other form."""
        return authorization_header(self.token, encoding or self.encoding)

    def body_json(self) -> bytes | None:
        """The body as JSON text (``None`` for GET and DELETE)."""
        return None if self.body is None else self.body.to_json()
