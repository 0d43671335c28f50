"""An in-memory store of one kind of OCPI object (Locations, Tariffs, Sessions, CDRs or Tokens of
one version), kept in the order a paginated GET serves them, sans-IO.

Objects are sorted by (``last_updated``, key), so a date window is found by bisection and a page
is a slice. Each object's wire JSON is kept beside it, made when the object is put, so a server
can answer a page by joining pre-encoded items (:meth:`ObjectStore.select_encoded`).

What identifies an object, per version (chapters "Transport and format", "Tokens"):

=======  ======================================  ==============================================
version  Locations, Tariffs, Sessions, CDRs      Tokens
=======  ======================================  ==============================================
2.1.1    ``id``                                  ``uid``, ``type``
2.2.1    ``country_code``, ``party_id``, ``id``  ``country_code``, ``party_id``, ``uid``, ``type``
2.3.0    ``country_code``, ``party_id``, ``id``  ``country_code``, ``party_id``, ``uid``, ``type``
=======  ======================================  ==============================================

2.1.1 objects carry no party, so a 2.1.1 store holds one party's objects. A Token is known by
its ``uid`` together with its ``type`` (the spec makes that pair unique; a PUT's URL carries the
``type`` as a parameter, ``RFID`` when absent). Key parts that are ``CiString`` in the model
compare without regard to case; the others (2.1.1 ids, a Token's ``type``) as they are.

Rules a PATCH follows (:meth:`ObjectStore.patch`):

=============================================  ==============================================
patch                                          result
=============================================  ==============================================
fields given                                   replace the stored fields, each as a whole
                                               (a list or an object is not merged into)
a field absent                                 unchanged
a field ``null``                               removed, if the object may lack it
``null`` for a field the object must have      :class:`InvalidPatch`
no ``last_updated``, 2.2.1 and 2.3.0           :class:`InvalidPatch` (Locations, Sessions and
                                               Tokens say "SHALL contain"); 2.1.1 does not ask
a field the specification does not define      :class:`InvalidPatch` (strict, at any depth)
a key field with another value                 :class:`InvalidPatch`: a PATCH names its object,
                                               it cannot rename it
no object with that key                        :class:`UnknownObject`
=============================================  ==============================================

Errors form one small tree under :class:`StoreError`; :class:`UnknownObject` and
:class:`InvalidPatch` are also the OCPI errors a server answers with (404 / 2000 and 2001).
Messages never quote a key or a field value.
"""

# ruff: noqa: N818 - exception names read as the domain, like those of ocpkit.ocpi.status

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import Final, Generic, TypeAlias, TypeVar

import orjson
from pydantic import JsonValue, ValidationError

from ocpkit._errors import OcpkitError
from ocpkit._ocpi_base import CaseInsensitive, CiStr, OcpiModel
from ocpkit.ocpi.reading import ReadError, Violation, json_path, read_patch, violations_of
from ocpkit.ocpi.status import InvalidOrMissingParameters, NotFound
from ocpkit.ocpi.version import OcpiVersion

from ._bulk import collector_paused

__all__ = [
    "KEY_FIELDS",
    "InvalidPatch",
    "ObjectKey",
    "ObjectStore",
    "StoreError",
    "StoreUsageError",
    "UnknownObject",
    "key_fields",
]

M = TypeVar("M", bound=OcpiModel)

ObjectKey: TypeAlias = tuple[str, ...]
"""What identifies a stored object: the values of its key fields, in :data:`KEY_FIELDS` order
(``("NL", "OCK", "LOC000001")``; a 2.2.1 Token: ``("NL", "EMS", "012345678", "RFID")``)."""

_PARTY_ID: Final = ("country_code", "party_id", "id")
_PARTY_TOKEN: Final = ("country_code", "party_id", "uid", "type")

KEY_FIELDS: Final[Mapping[tuple[OcpiVersion, str], tuple[str, ...]]] = {
    (OcpiVersion.V211, "Location"): ("id",),
    (OcpiVersion.V211, "Tariff"): ("id",),
    (OcpiVersion.V211, "Session"): ("id",),
    (OcpiVersion.V211, "CDR"): ("id",),
    (OcpiVersion.V211, "Token"): ("uid", "type"),
    (OcpiVersion.V221, "Location"): _PARTY_ID,
    (OcpiVersion.V221, "Tariff"): _PARTY_ID,
    (OcpiVersion.V221, "Session"): _PARTY_ID,
    (OcpiVersion.V221, "CDR"): _PARTY_ID,
    (OcpiVersion.V221, "Token"): _PARTY_TOKEN,
    (OcpiVersion.V230, "Location"): _PARTY_ID,
    (OcpiVersion.V230, "Tariff"): _PARTY_ID,
    (OcpiVersion.V230, "Session"): _PARTY_ID,
    (OcpiVersion.V230, "CDR"): _PARTY_ID,
    (OcpiVersion.V230, "Token"): _PARTY_TOKEN,
}
"""The fields that identify an object, by (version, object name): the first table above."""


# -- errors -----------------------------------------------------------------------------------


class StoreError(OcpkitError):
    """Base of every error an :class:`ObjectStore` raises."""


class StoreUsageError(StoreError):
    """The calling code misused the store: a model it cannot hold, an object of another model,
    a key of the wrong length, a negative offset or limit, a naive datetime. Never a peer's
    fault, so never sent to one."""


class UnknownObject(StoreError, NotFound):
    """No object has that key: an OCPI reply with HTTP 404 (status 2000). ``key`` keeps the key
    asked for, for local use only; the message does not quote it."""

    def __init__(self, key: ObjectKey) -> None:
        NotFound.__init__(self, "no such object")
        self.key = key


class InvalidPatch(StoreError, InvalidOrMissingParameters):
    """A PATCH the object cannot take (the module's PATCH table): an OCPI 2001 reply.
    ``violations`` lists what is wrong, with JSON paths, never quoting the input."""

    def __init__(self, status_message: str, violations: tuple[Violation, ...] = ()) -> None:
        InvalidOrMissingParameters.__init__(self, status_message)
        self.violations = violations


# -- keys -------------------------------------------------------------------------------------


def _version_of(model: type[OcpiModel]) -> OcpiVersion | None:
    for version in OcpiVersion:
        if model.__module__.startswith(f"ocpkit.ocpi.{version.module}."):
            return version
    return None


def key_fields(model: type[OcpiModel]) -> tuple[str, ...]:
    """The fields that identify a ``model`` object (:data:`KEY_FIELDS`); raises
    :class:`StoreUsageError` for a model the store does not hold (only the five objects above,
    of ocpkit's generated versions)."""
    version = _version_of(model) if isinstance(model, type) else None
    fields = None if version is None else KEY_FIELDS.get((version, model.__name__))
    if version is None or fields is None:
        raise StoreUsageError(
            "the store holds Location, Tariff, Session, CDR or Token objects of ocpkit.ocpi"
        )
    return fields


# A stored object's place in the order: (last_updated, its key as the object writes it). Plain
# str on purpose: a CiStr equals case-insensitively but sorts case-sensitively, which would make
# tuples of them compare inconsistently.
_SortKey: TypeAlias = tuple[datetime, tuple[str, ...]]


def _check_datetime(value: datetime | None, name: str) -> datetime | None:
    if value is None:
        return None
    if not isinstance(value, datetime) or value.utcoffset() is None:
        raise StoreUsageError(f"{name} must be a timezone-aware datetime or None")
    return value


def _check_int(value: int | None, name: str, *, optional: bool) -> None:
    if value is None and optional:
        return
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise StoreUsageError(f"{name} must be a whole number >= 0")


class ObjectStore(Generic[M]):
    """The objects of one model (``v221.Location``, ``v211.Token``, ...) by key, in the order
    (``last_updated``, key), each with its wire JSON.

    Sans-IO and single-threaded: it holds data and nothing else. Objects are trusted as given to
    :meth:`put` (a server validates what a peer sends before storing it); :meth:`patch`
    validates what it builds. Changing a stored object in place would bypass the order and the
    JSON kept beside it: replace it with :meth:`put` or :meth:`patch` instead.
    """

    __slots__ = (
        "_ci",
        "_encoded",
        "_fields",
        "_model",
        "_objects",
        "_order",
        "_sort_of",
        "_version",
    )

    def __init__(self, model: type[M], objects: Iterable[M] = ()) -> None:
        """A store of ``model`` objects, holding ``objects`` to begin with (a later one with the
        key of an earlier one replaces it)."""
        self._fields = key_fields(model)
        self._model = model
        version = _version_of(model)
        assert version is not None  # key_fields accepted the model
        self._version = version
        self._ci = tuple(
            any(isinstance(mark, CaseInsensitive) for mark in model.model_fields[name].metadata)
            for name in self._fields
        )
        self._sort_of: dict[ObjectKey, _SortKey] = {}
        self._order: list[_SortKey] = []
        self._objects: list[M] = []
        self._encoded: list[bytes] = []
        with collector_paused():
            for obj in objects:
                self.put(obj)

    # -- keys and size ------------------------------------------------------------------------

    @property
    def model(self) -> type[M]:
        """The model of the stored objects."""
        return self._model

    @property
    def version(self) -> OcpiVersion:
        """The OCPI version of the stored objects."""
        return self._version

    @property
    def key_fields(self) -> tuple[str, ...]:
        """The fields whose values make an object's key, in key order."""
        return self._fields

    def key_of(self, obj: M) -> ObjectKey:
        """The key of ``obj``: its key fields' values, as text."""
        # str() of a str subclass (an enum member, a CiStr) is the plain text
        return tuple(str(getattr(obj, name)) for name in self._fields)

    def _normal(self, key: ObjectKey) -> ObjectKey:
        if not isinstance(key, tuple) or len(key) != len(self._fields):
            raise StoreUsageError(f"a key is a tuple of {len(self._fields)} str: the key fields")
        if not all(isinstance(part, str) for part in key):
            raise StoreUsageError("every part of a key must be a str")
        return tuple(
            CiStr(part) if ci else str(part) for part, ci in zip(key, self._ci, strict=True)
        )

    def _sort_key(self, obj: M) -> _SortKey:
        updated = getattr(obj, "last_updated", None)
        if not isinstance(updated, datetime):
            raise StoreUsageError("a stored object needs a last_updated datetime")
        return (updated, self.key_of(obj))

    def __len__(self) -> int:
        return len(self._objects)

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, tuple):
            return False
        try:
            return self._normal(key) in self._sort_of
        except StoreUsageError:
            return False

    def _position(self, key: ObjectKey) -> int:
        sort_key = self._sort_of.get(key)
        if sort_key is None:
            raise UnknownObject(key)
        return bisect.bisect_left(self._order, sort_key)

    # -- reading ------------------------------------------------------------------------------

    def get(self, key: ObjectKey) -> M:
        """The object with ``key``; :class:`UnknownObject` if there is none."""
        return self._objects[self._position(self._normal(key))]

    def encoded(self, key: ObjectKey) -> bytes:
        """The wire JSON of the object with ``key`` (what its ``to_json()`` gives)."""
        return self._encoded[self._position(self._normal(key))]

    def _window(
        self,
        offset: int,
        limit: int | None,
        date_from: datetime | None,
        date_to: datetime | None,
    ) -> tuple[int, int, int]:
        _check_int(offset, "offset", optional=False)
        _check_int(limit, "limit", optional=True)
        date_from = _check_datetime(date_from, "date_from")
        date_to = _check_datetime(date_to, "date_to")
        # a one-item tuple sorts before every (same instant, key) pair: bisect_left lands on the
        # first object at or after the instant
        low = 0 if date_from is None else bisect.bisect_left(self._order, (date_from,))
        high = len(self._order) if date_to is None else bisect.bisect_left(self._order, (date_to,))
        high = max(low, high)  # date_from at or after date_to: an empty window, not an error
        start = min(low + offset, high)
        stop = high if limit is None else min(start + limit, high)
        return start, stop, high - low

    def select(
        self,
        *,
        offset: int = 0,
        limit: int | None = None,
        date_from: datetime | None = None,
        date_to: datetime | None = None,
    ) -> tuple[Sequence[M], int]:
        """A page: the objects whose ``last_updated`` is at or after ``date_from`` and before
        ``date_to`` (``None``: no bound), in order, skipping ``offset`` of them and returning
        at most ``limit`` (``None``: all); and how many the window holds in all (for
        ``X-Total-Count``)."""
        start, stop, total = self._window(offset, limit, date_from, date_to)
        return self._objects[start:stop], total

    def select_encoded(
        self,
        *,
        offset: int = 0,
        limit: int | None = None,
        date_from: datetime | None = None,
        date_to: datetime | None = None,
    ) -> tuple[Sequence[bytes], int]:
        """:meth:`select` as wire JSON, one ``bytes`` per object (join them with ``b","``
        inside ``b"[...]"`` for the envelope's ``data``)."""
        start, stop, total = self._window(offset, limit, date_from, date_to)
        return self._encoded[start:stop], total

    # -- writing ------------------------------------------------------------------------------

    def put(self, obj: M) -> bool:
        """Store ``obj``, replacing the object with its key if there is one; ``True`` if it is
        new (a server answers HTTP 201 then). Raises :class:`StoreUsageError` for an object of
        another model."""
        if not isinstance(obj, self._model):
            raise StoreUsageError(f"this store holds {self._model.__name__} objects only")
        key = self._normal(self.key_of(obj))
        sort_key = self._sort_key(obj)
        encoded = obj.to_json()
        old = self._sort_of.get(key)
        if old is not None:
            self._remove_at(bisect.bisect_left(self._order, old))
        at = bisect.bisect_left(self._order, sort_key)
        self._order.insert(at, sort_key)
        self._objects.insert(at, obj)
        self._encoded.insert(at, encoded)
        self._sort_of[key] = sort_key
        return old is None

    def _remove_at(self, at: int) -> M:
        del self._order[at]
        del self._encoded[at]
        return self._objects.pop(at)

    def delete(self, key: ObjectKey) -> M:
        """Remove the object with ``key`` and return it; :class:`UnknownObject` if there is
        none."""
        normal = self._normal(key)
        removed = self._remove_at(self._position(normal))
        del self._sort_of[normal]
        return removed

    def patch(self, key: ObjectKey, fields: Mapping[str, JsonValue] | str | bytes) -> M:
        """Apply a PATCH to the object with ``key`` and return the new object, stored in its
        place; ``fields`` is the body, parsed or as JSON text. The rules are the module's PATCH
        table: :class:`UnknownObject`, :class:`InvalidPatch`."""
        normal = self._normal(key)
        current = self._objects[self._position(normal)]
        if isinstance(fields, str | bytes):
            body: str | bytes = fields
        elif isinstance(fields, Mapping):
            try:
                body = orjson.dumps(fields)
            except TypeError:
                raise StoreUsageError("patch fields must be JSON data") from None
        else:
            raise StoreUsageError("patch fields must be a mapping or JSON text")
        try:
            # the PATCH rules of the table (required last_updated, null for a required field,
            # fields beyond the spec at any depth); the values are judged below, on the whole
            read_patch(self._model, body, version=self._version, strict=True)
        except ReadError as exc:
            found = exc.violations or (Violation("$", "json_invalid", "not JSON text"),)
            raise InvalidPatch(f"invalid {self._model.__name__} PATCH body", found) from None
        raw = orjson.loads(body)  # an object: read_patch said so
        wire = current.to_wire()
        for name, value in raw.items():
            if value is None:
                wire.pop(name, None)
            else:
                wire[name] = value
        try:
            # strict about JSON types, as every OcpiModel is; unknown fields allowed, so that
            # those the stored object already had stay (2.3.0 asks receivers to keep them)
            updated = self._model.from_wire(wire)
        except ValidationError as exc:
            raise InvalidPatch(
                f"invalid {self._model.__name__} PATCH body", violations_of(exc)
            ) from None
        renamed = tuple(
            Violation(json_path((name,)), "key_changed", "a PATCH cannot change the object's key")
            for name, old, new in zip(
                self._fields, normal, self._normal(self.key_of(updated)), strict=True
            )
            if old != new
        )
        if renamed:
            raise InvalidPatch(f"invalid {self._model.__name__} PATCH body", renamed)
        self.put(updated)
        return updated
