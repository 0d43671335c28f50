"""Where things travel: the NATS subjects of one cluster namespace, and the reversible encoding
that turns any station identity into one subject token.

A NATS subject is a list of tokens separated by ``.``; ``*`` and ``>`` are wildcards, and
whitespace ends a subject. OCPP identities may hold all of these (and anything else printable),
so an identity never goes into a subject as it is. :func:`encode_identity` keeps the characters
that are safe everywhere and writes every other UTF-8 byte as ``%XX``:

================================  ===============================  =======================
character of the identity         in the token                     why
================================  ===============================  =======================
``A-Z a-z 0-9 - _``               itself                           safe in subjects, queue
                                                                   names and header values
``%``                             ``%25``                          the escape character
anything else (``.`` ``*`` ``>``  ``%XX`` per UTF-8 byte, upper    special to NATS, or not
space, ``/``, non-ASCII ...)      case hex                         plain ASCII
================================  ===============================  =======================

The encoding is one-to-one: :func:`decode_identity` accepts only tokens that
:func:`encode_identity` can produce (upper-case hex, no escape of a safe character), so one
identity has exactly one subject.
"""

import re
from typing import Final

import attrs

from ocpkit.ocpp.version import OcppVersion

from ._errors import ClusterUsageError

__all__ = ["Subjects", "decode_identity", "encode_identity", "version_token"]

_SAFE: Final = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
_TOKEN: Final = re.compile(r"(?:[A-Za-z0-9_-]|%[0-9A-F]{2})+")
_NAMESPACE: Final = re.compile(r"[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*")

# Version numbers hold dots: in a subject each version is one token of its own.
_VERSION_TOKENS: Final = {OcppVersion.V16: "v16", OcppVersion.V201: "v201", OcppVersion.V21: "v21"}


def encode_identity(identity: str) -> str:
    """The subject token of ``identity`` (see the module's table); raises
    :class:`ClusterUsageError` for the empty identity, which no station can have."""
    if not identity:
        raise ClusterUsageError("a station identity cannot be empty")
    if identity.isascii() and all(ord(c) in _SAFE for c in identity):
        return identity  # the common case (CS-0001) costs one scan
    raw = identity.encode("utf-8", "surrogatepass")
    return "".join(chr(b) if b in _SAFE else f"%{b:02X}" for b in raw)


def decode_identity(token: str) -> str:
    """The identity a token produced by :func:`encode_identity` stands for; raises
    :class:`ClusterUsageError` for any other text."""
    if not _TOKEN.fullmatch(token):
        raise ClusterUsageError("not an encoded station identity")
    if "%" not in token:
        return token
    raw = bytearray()
    i = 0
    while i < len(token):
        if token[i] == "%":
            byte = int(token[i + 1 : i + 3], 16)
            if byte in _SAFE:
                raise ClusterUsageError("not an encoded station identity")  # not canonical
            raw.append(byte)
            i += 3
        else:
            raw.append(ord(token[i]))
            i += 1
    try:
        return raw.decode("utf-8", "surrogatepass")
    except UnicodeDecodeError:
        raise ClusterUsageError("not an encoded station identity") from None


def version_token(version: OcppVersion) -> str:
    """The subject token of an OCPP version (``v16``, ``v201``, ``v21``)."""
    return _VERSION_TOKENS[OcppVersion(version)]


def _namespace(instance: object, attribute: "attrs.Attribute[str]", value: str) -> None:
    if not _NAMESPACE.fullmatch(value):
        raise ClusterUsageError(
            "a namespace is one or more dot-separated tokens of A-Z a-z 0-9 - _"
        )


@attrs.frozen
class Subjects:
    """The subjects of one cluster (``namespace`` is their first token or tokens).

    The package docstring lists them with who publishes and who listens.
    """

    namespace: str = attrs.field(validator=_namespace)

    def station(self, identity: str) -> str:
        """Calls to a station (and claims of it), answered by the node that holds it."""
        return f"{self.namespace}.station.{encode_identity(identity)}"

    @property
    def announcements(self) -> str:
        """Where a node tells the others that it holds a station (all nodes listen)."""
        return f"{self.namespace}.holds"

    def event(self, identity: str, kind: str) -> str:
        """One event of a station: ``connected``, ``disconnected``, ``received`` or ``sent``."""
        return f"{self.namespace}.event.{encode_identity(identity)}.{kind}"

    def events(self, identity: str | None = None, kind: str | None = None) -> str:
        """The subject (with wildcards) a listener subscribes to for the events of one station
        or all (``identity=None``), of one kind or all (``kind=None``)."""
        station = "*" if identity is None else encode_identity(identity)
        return f"{self.namespace}.event.{station}.{kind or '*'}"

    def handle(self, version: OcppVersion, action: str) -> str:
        """Station-initiated calls of ``action`` handed to the workers."""
        return f"{self.namespace}.handle.{version_token(version)}.{action}"

    @property
    def station_queue(self) -> str:
        """The queue group of the nodes on a station subject."""
        return f"{self.namespace}.nodes"

    @property
    def worker_queue(self) -> str:
        """The queue group of the workers."""
        return f"{self.namespace}.workers"
