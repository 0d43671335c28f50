"""OCPI 2.1.1: every object, class and enum of the specification's tables as a typed model.

Names are the spec's type names (``Location``, ``EVSE``, ``CdrToken``, ``ModuleID``); field
names are the wire names. Everything here is generated from the OCPI definitions (see
``schemas/PROVENANCE.md``) and loaded on first use.
"""

from typing import TYPE_CHECKING

from ocpkit._lazy import lazy_exports
from ocpkit.ocpi.version import OcpiVersion

from ._generated import EXPORTS
from ._generated.definitions import DEFINITIONS as DEFINITIONS  # name -> (kind, module)

if TYPE_CHECKING:
    from ._generated.enums import *  # noqa: F403
    from ._generated.objects import *  # noqa: F403

VERSION = OcpiVersion.V211
"""The OCPI version of this package."""

if not TYPE_CHECKING:  # type checkers see the star imports above, so a typo stays an error
    __getattr__, __dir__ = lazy_exports(__name__, EXPORTS)
