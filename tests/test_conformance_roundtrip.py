"""Round trip of schema-generated payloads, for every message of every OCPP version.

Payloads come from the official schema (hypothesis-jsonschema, see
``_conformance_support.generation_schema``), are kept only when the reference (``jsonschema``
over the facts-only schemas, numbers as ``Decimal``) finds them valid, are decoded by the
generated model from their JSON text and re-encoded. The encoding must be the same JSON, up to
the normalisations listed once, in ``_conformance_support.canonical``.
"""

from typing import Any

import pytest
from hypothesis import assume, given, note
from hypothesis import strategies as st

from ocpkit.ocpp.validation import decode_strict
from ocpkit.ocpp.version import OcppVersion
from tests import reference
from tests._conformance_support import (
    MESSAGES,
    canonical,
    dumps,
    instances,
    message_id,
    schema_valid,
)
from tests.reference import Kind


@pytest.mark.parametrize(("version", "action", "kind"), MESSAGES, ids=map(message_id, MESSAGES))
@given(data=st.data())
def test_schema_generated_payload_decodes_and_reencodes_to_the_same_json(
    version: OcppVersion, action: str, kind: Kind, data: st.DataObject
) -> None:
    payload: Any = data.draw(instances(version, action, kind), label="payload")
    text = dumps(payload)
    # hypothesis-jsonschema judges numbers as floats: 0.30000000000000004 passes its check of
    # multipleOf 0.1 but not the reference's decimal one. Only what the reference accepts counts.
    assume(schema_valid(version, action, kind, text))
    model = reference.model_for(version, action, kind)

    decoded = decode_strict(model, text)
    encoded: bytes = decoded.to_json()
    note(f"encoded: {encoded!r}")

    assert canonical(version, action, kind, encoded) == canonical(version, action, kind, text)
    assert schema_valid(version, action, kind, encoded)
