"""OCPP-J for Python: typed messages for 1.6 (with the security extension), 2.0.1 and 2.1.

The messages of each version live in :mod:`ocpkit.ocpp.v16`, :mod:`ocpkit.ocpp.v201` and
:mod:`ocpkit.ocpp.v21`; this package holds what is shared: versions, error codes, decoding in
strict or tolerant mode, and the action registries.
"""

from ocpkit._base import OcppModel, OcppRequest, OcppResponse, OcppSend
from ocpkit.ocpp.errors import (
    ErrorKind,
    OcppError,
    PayloadValidationError,
    V2ErrorCode,
    V16ErrorCode,
    Violation,
    error_code,
    parse_error_code,
)
from ocpkit.ocpp.registry import Action, ActionRegistry, actions_of
from ocpkit.ocpp.validation import (
    Decoded,
    ValidationMode,
    decode,
    decode_strict,
    decode_tolerant,
)
from ocpkit.ocpp.version import OcppVersion

__all__ = [
    "Action",
    "ActionRegistry",
    "Decoded",
    "ErrorKind",
    "OcppError",
    "OcppModel",
    "OcppRequest",
    "OcppResponse",
    "OcppSend",
    "OcppVersion",
    "PayloadValidationError",
    "V2ErrorCode",
    "V16ErrorCode",
    "ValidationMode",
    "Violation",
    "actions_of",
    "decode",
    "decode_strict",
    "decode_tolerant",
    "error_code",
    "parse_error_code",
]
