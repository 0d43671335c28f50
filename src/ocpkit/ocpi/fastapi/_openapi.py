"""What the generated OpenAPI document says of OCPI replies: :class:`OcpiEnvelope` (the
envelope around a generated class, for ``response_model``) and :func:`ocpi_responses` (the
``responses`` of a route, pagination headers included)."""

from datetime import datetime
from functools import cache
from typing import Any, Final, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from ocpkit._ocpi_base import OcpiModel

from ._replies import JSON_MEDIA_TYPE

__all__ = ["PAGINATION_QUERY", "OcpiEnvelope", "envelope_of", "ocpi_responses"]

D = TypeVar("D")


class OcpiEnvelope(BaseModel, Generic[D]):
    """The OCPI response envelope as OpenAPI shows it (``OcpiEnvelope[list[Location]]``). For
    documentation: replies are written by :func:`~ocpkit.ocpi.fastapi.ocpi_response`, read by
    :mod:`ocpkit.ocpi.envelope`."""

    model_config = ConfigDict(extra="forbid")

    data: D | None = None
    status_code: int = Field(ge=0, le=9999)
    status_message: str | None = None
    timestamp: datetime


def _version_tag(model: type[OcpiModel]) -> str:
    package = model.__module__.split(".")
    known = package[:2] == ["ocpkit", "ocpi"] and len(package) > 2 and package[2][:1] == "v"
    return "_" + package[2] if known else ""


@cache
def envelope_of(model: type[OcpiModel], *, many: bool = False) -> type[OcpiEnvelope[Any]]:
    """The envelope around ``model`` (``many``: a list of them) as a named class for
    ``response_model``: ``LocationListEnvelope_v221``. The version in the name keeps the
    envelopes of two versions' classes of one name apart in the OpenAPI document."""
    data: Any = list[model] if many else model  # type: ignore[valid-type]
    name = f"{model.__name__}{'List' if many else ''}Envelope{_version_tag(model)}"
    doc = f"The OCPI envelope with {'a list of ' if many else ''}{model.__name__} as data."
    envelope: type[OcpiEnvelope[Any]] = type(
        name, (OcpiEnvelope[data],), {"__module__": __name__, "__doc__": doc}
    )
    return envelope


_PAGE_HEADERS: Final[dict[str, dict[str, Any]]] = {
    "X-Total-Count": {
        "description": "Objects matching the filters (offset and limit aside)",
        "schema": {"type": "integer", "minimum": 0},
    },
    "X-Limit": {
        "description": "The most objects this reply could hold (the limit applied)",
        "schema": {"type": "integer", "minimum": 1},
    },
    "Link": {
        "description": 'The next page, <url>; rel="next"; absent on the last page',
        "schema": {"type": "string"},
    },
}

PAGINATION_QUERY: Final[dict[str, Any]] = {
    "parameters": [
        {
            "name": "offset",
            "in": "query",
            "required": False,
            "schema": {"type": "integer", "minimum": 0, "default": 0},
        },
        {
            "name": "limit",
            "in": "query",
            "required": False,
            "schema": {"type": "integer", "minimum": 1},
        },
        {
            "name": "date_from",
            "in": "query",
            "required": False,
            "schema": {"type": "string", "format": "date-time"},
        },
        {
            "name": "date_to",
            "in": "query",
            "required": False,
            "schema": {"type": "string", "format": "date-time"},
        },
    ]
}
"""``openapi_extra`` for a paginated list route: its four query parameters (read by
:func:`~ocpkit.ocpi.fastapi.paginated_response` from the raw query, so FastAPI does not see
them)."""


def ocpi_responses(
    model: type[OcpiModel], *, many: bool = False, paginated: bool = False, status: int = 200
) -> dict[int | str, dict[str, Any]]:
    """The ``responses`` of a route answering ``model`` (``many``: a list of them) in an
    envelope; ``paginated`` adds the ``X-Total-Count``, ``X-Limit`` and ``Link`` headers."""
    response: dict[str, Any] = {
        "model": envelope_of(model, many=many or paginated),
        "content": {JSON_MEDIA_TYPE: {}},
    }
    if paginated:
        response["headers"] = _PAGE_HEADERS
    return {status: response}
