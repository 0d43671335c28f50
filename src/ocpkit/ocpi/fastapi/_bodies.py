"""Dependencies that read a request body as OCPI: one object whole (:class:`ObjectBody`), a list
item by item (:class:`ListBody`), a PATCH body field by field (:class:`PatchBody`).

==================================================  ==============================================
body                                                answer
==================================================  ==============================================
longer than ``max_body_bytes``                      :class:`BodyTooLarge`, HTTP 413 (the
                                                    middleware, before parsing)
not JSON (empty, broken, nested deeper than the     ``InvalidJsonBody``, HTTP 400, 2000
parsers read)
JSON, but not the object / array the route reads,   :class:`InvalidBody`, 2001, the violation
or breaking the definitions                         paths and rule names (never values)
a list whose items are partly broken                read: the handler gets the broken items in
                                                    ``ListRead.invalid`` and decides
==================================================  ==============================================
"""

from typing import Generic, TypeVar

from pydantic_core import from_json
from starlette.requests import Request

from ocpkit._ocpi_base import OcpiModel
from ocpkit.ocpi.reading import (
    InvalidObjectError,
    ListRead,
    NotJsonError,
    Patch,
    read_list,
    read_object,
    read_patch,
)
from ocpkit.ocpi.status import InvalidJsonBody
from ocpkit.ocpi.version import OcpiVersion

from ._errors import InvalidBody
from ._state import record_of

__all__ = ["ListBody", "ObjectBody", "PatchBody", "is_json_text"]

M = TypeVar("M", bound=OcpiModel)

_NOT_JSON = "request body is not JSON"


def is_json_text(body: bytes) -> bool:
    """Whether ``body`` is JSON text (RFC 8259: no ``NaN`` or ``Infinity``, which the models'
    one-pass reading lets through to the fields, where they are refused as wrong values)."""
    try:
        from_json(body, allow_inf_nan=False)
    except ValueError:
        return False
    return True


def _refusal(model: type[OcpiModel], body: bytes, error: InvalidObjectError) -> Exception:
    # Only a refused body pays for the second, strict parse.
    return InvalidJsonBody(_NOT_JSON) if not is_json_text(body) else _invalid(model, error)


def _invalid(model: type[OcpiModel], error: InvalidObjectError) -> InvalidBody:
    return InvalidBody(f"invalid {model.__name__}", error.violations)


class ObjectBody(Generic[M]):
    """FastAPI dependency: the body as one ``model`` object, all or nothing (PUT, POST).
    ``strict`` refuses fields the specification does not define (by default they are kept and
    written back)."""

    def __init__(self, model: type[M], *, strict: bool = False) -> None:
        self.model = model
        self.strict = strict

    async def __call__(self, request: Request) -> M:
        body = await request.body()
        try:
            return read_object(self.model, body, strict=self.strict)
        except NotJsonError:
            raise InvalidJsonBody(_NOT_JSON) from None
        except InvalidObjectError as error:
            raise _refusal(self.model, body, error) from None


class ListBody(Generic[M]):
    """FastAPI dependency: the body as a JSON array of ``model`` objects, read item by item (a
    broken item never costs the others: it is in ``ListRead.invalid``)."""

    def __init__(self, model: type[M], *, strict: bool = False) -> None:
        self.model = model
        self.strict = strict

    async def __call__(self, request: Request) -> ListRead[M]:
        body = await request.body()
        try:
            listed = read_list(self.model, body, strict=self.strict)
        except NotJsonError:
            raise InvalidJsonBody(_NOT_JSON) from None
        except InvalidObjectError as error:
            raise _refusal(self.model, body, error) from None
        if not listed.all_valid and not is_json_text(body):
            raise InvalidJsonBody(_NOT_JSON)
        return listed


class PatchBody(Generic[M]):
    """FastAPI dependency: the body of a PATCH of a ``model`` object in ``version``: any of its
    fields, each fully valid, ``last_updated`` required from 2.2.1 on."""

    def __init__(self, model: type[M], *, version: OcpiVersion, strict: bool = False) -> None:
        self.model = model
        self.version: OcpiVersion = OcpiVersion(version)
        self.strict = strict

    async def __call__(self, request: Request) -> Patch[M]:
        record_of(request.scope).version = self.version
        body = await request.body()
        try:
            return read_patch(self.model, body, version=self.version, strict=self.strict)
        except NotJsonError:
            raise InvalidJsonBody(_NOT_JSON) from None
        except InvalidObjectError as error:
            raise _invalid(self.model, error) from None
