"""Hypothesis strategies for every OCPP message and object type and every OCPI object ocpkit
generates.

Use them to property-test code that handles OCPP messages::

    from hypothesis import given
    from ocpkit.ocpp import OcppVersion
    from ocpkit.ocpp.v201 import TransactionEventRequest
    from ocpkit.testing import from_model, requests

    @given(from_model(TransactionEventRequest))
    def test_handler_accepts_any_transaction_event(request): ...

    @given(requests(OcppVersion.V16))
    def test_router_answers_every_request(request): ...

and OCPI objects (``ocpi_from_model`` for one object or class, ``ocpi_objects`` for any of a
version)::

    from ocpkit.ocpi import v221
    from ocpkit.testing import ocpi_from_model, ocpi_objects

    @given(ocpi_from_model(v221.Location))
    def test_store_keeps_every_location(location): ...

Every generated instance is valid: it passed the model's validation when it was built, and its
``to_json()`` is valid against the official JSON schema (for OCPI: the version's definitions,
open enums allowing values they do not list). This module needs Hypothesis, which ocpkit itself
does not: install ``ocpkit[testing]``. Nothing in ocpkit imports it.
"""

try:
    import hypothesis  # noqa: F401
except ImportError as error:  # pragma: no cover - exercised in a subprocess by the tests
    raise ImportError(
        "ocpkit.testing needs Hypothesis; install it with: pip install 'ocpkit[testing]'"
    ) from error

from ocpkit.testing._ocpi_strategies import ocpi_from_model, ocpi_objects
from ocpkit.testing._strategies import (
    from_model,
    messages,
    register,
    requests,
    responses,
    sends,
)

__all__ = [
    "from_model",
    "messages",
    "ocpi_from_model",
    "ocpi_objects",
    "register",
    "requests",
    "responses",
    "sends",
]
