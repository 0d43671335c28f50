"""What a registration established about the peer (:class:`PeerLink`) and what it needs the
peer to serve (:class:`ModuleRequirement`)."""

from __future__ import annotations

import attrs

from ocpkit.ocpi.version import OcpiVersion
from ocpkit.ocpi.versions import VersionEndpoints

from ._parties import PeerParties

__all__ = ["ModuleRequirement", "PeerLink"]


@attrs.frozen(kw_only=True)
class PeerLink:
    """What a registration established about the peer: the version in use, its endpoints in
    that version, its versions URL and its parties."""

    version: OcpiVersion
    endpoints: VersionEndpoints
    versions_url: str
    parties: PeerParties


@attrs.frozen(kw_only=True)
class ModuleRequirement:
    """A module the peer must serve for a registration to go ahead (``role`` as in
    :meth:`~ocpkit.ocpi.versions.VersionEndpoints.find`)."""

    module: str
    role: str | None = None
