"""OCPP 2.0.1: every message and type as a typed pydantic model, and the action registry.

Requests are ``<Action>Request``, responses ``<Action>Response``; object types and enums keep
their schema names less the ``Type`` suffix. Everything here is generated from the official
JSON schemas (see ``schemas/PROVENANCE.md``) and loaded on first use.
"""

from typing import TYPE_CHECKING

from ocpkit._lazy import lazy_exports
from ocpkit.ocpp.registry import ActionRegistry
from ocpkit.ocpp.version import OcppVersion

from ._generated import EXPORTS
from ._generated.actions import ACTIONS as _ACTION_TABLE

if TYPE_CHECKING:
    from ._generated.datatypes import *  # noqa: F403
    from ._generated.enums import *  # noqa: F403
    from ._generated.messages import *  # noqa: F403

VERSION = OcppVersion.V201
"""The OCPP version of this package."""

ACTIONS = ActionRegistry(VERSION, _ACTION_TABLE, f"{__name__}._generated.messages")
"""Every action of OCPP 2.0.1 by name: request and response types and the initiating side."""

if not TYPE_CHECKING:  # type checkers see the star imports above, so a typo stays an error
    __getattr__, __dir__ = lazy_exports(__name__, EXPORTS)
