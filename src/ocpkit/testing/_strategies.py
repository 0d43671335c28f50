"""Hypothesis strategies built from the generated models' own field metadata.

The strategies read what pydantic knows about each field (its annotation and the
``annotated_types`` constraints in ``FieldInfo.metadata``) rather than the JSON schemas, so they
follow the generated code exactly and need no schema files at run time. Every value is built
with the model's Python constructor, which validates it: a strategy that drifted from the models
would fail loudly instead of producing invalid instances.
"""

import enum
import importlib
import math
import types
from collections.abc import Iterable, Iterator, Mapping
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from decimal import Decimal
from typing import Annotated, Any, Final, TypeVar, Union, cast, get_args, get_origin

import annotated_types
from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy
from pydantic import JsonValue
from pydantic.fields import FieldInfo

from ocpkit._base import (
    DateTime,
    DecimalStep,
    OcppModel,
    OcppRequest,
    OcppResponse,
    OcppSend,
    Omittable,
)
from ocpkit.ocpp.version import OcppVersion

__all__ = ["from_model", "messages", "register", "requests", "responses", "sends"]

M = TypeVar("M", bound=OcppModel)

# The markers ocpkit's own annotated aliases carry; taken from the public aliases so that this
# module does not depend on the private classes' names.
_NOT_NULL_MARKER: Final[type] = type(get_args(Omittable)[1])
_DATE_TIME_MARKER: Final[type] = type(get_args(DateTime)[1])

# Where the schema gives no bound, numbers stay in the range a signed 32-bit column holds: the
# schemas leave most integers open, but real peers (and users' databases) do not.
_DEFAULT_MIN: Final = -(2**31)
_DEFAULT_MAX: Final = 2**31 - 1

# Multiples are drawn as k * step with |k| below this: far past any real charging limit, and
# within the 15 significant digits that a double writes back exactly.
_MAX_MULTIPLE_QUOTIENT: Final = 10**12 - 1

# Strings without a maxLength, and the random part of bounded ones, stay short; lists get at
# most this many items beyond their minimum. Keeps examples small enough to be fast and readable.
_SHORT_TEXT: Final = 40
_EXTRA_ITEMS: Final = 3

_PACKAGES: Final[Mapping[OcppVersion, str]] = {
    OcppVersion.V16: "ocpkit.ocpp.v16",
    OcppVersion.V201: "ocpkit.ocpp.v201",
    OcppVersion.V21: "ocpkit.ocpp.v21",
}

_cache: dict[type[OcppModel], SearchStrategy[Any]] = {}


def from_model(model: type[M]) -> SearchStrategy[M]:
    """A strategy for valid instances of the generated OCPP model class ``model``.

    Works for every message (request, response, send) and object type of every version. Values
    honour the constraints the model declares: string ``maxLength``, number bounds and
    ``multipleOf`` (on the decimal value, as the schemas mean it), list lengths, enum members,
    aware date-times in UTC and in other whole-minute offsets. Optional fields are sometimes
    left out; objects open to vendor keys (``CustomData``) sometimes carry extra keys; free-form
    fields (``DataTransfer.data``) get small JSON values. Instances are built with the model's
    constructor, so each one has passed the model's own validation, and ``to_json()`` of it is
    valid against the official schema.

    The strategy is built once per class and reused.
    """
    cached = _cache.get(model)
    if cached is None:
        # A placeholder first, so a model that (directly or not) contains itself refers back to
        # its own strategy instead of recursing forever while it is being built.
        _cache[model] = st.deferred(lambda: _cache[model])
        try:
            cached = _build_model(model)
        except BaseException:
            del _cache[model]
            raise
        _cache[model] = cached
    return cast(SearchStrategy[M], cached)


def messages(version: OcppVersion) -> SearchStrategy[OcppModel]:
    """Any message of ``version``: a request, a response or (2.1) a SEND payload, of any action."""
    return _one_of_actions(version, request=True, response=True, send=True)


def requests(version: OcppVersion) -> SearchStrategy[OcppRequest[OcppResponse]]:
    """Any request (CALL payload) of ``version``, of any action."""
    return cast(
        SearchStrategy[OcppRequest[OcppResponse]],
        _one_of_actions(version, request=True, response=False, send=False),
    )


def responses(version: OcppVersion) -> SearchStrategy[OcppResponse]:
    """Any response (CALLRESULT payload) of ``version``, of any action."""
    return cast(
        SearchStrategy[OcppResponse],
        _one_of_actions(version, request=False, response=True, send=False),
    )


def sends(version: OcppVersion) -> SearchStrategy[OcppSend]:
    """Any SEND payload (OCPP 2.1 unconfirmed messages); versions without any give nothing."""
    return cast(
        SearchStrategy[OcppSend],
        _one_of_actions(version, request=False, response=False, send=True),
    )


def register(*versions: OcppVersion) -> None:
    """Make ``hypothesis.strategies.from_type`` (and ``builds``) use :func:`from_model`.

    Registers every generated model class of the given versions (all versions if none are
    given). Hypothesis keeps registrations for the whole process, so this is opt-in: call it
    once, for example from a ``conftest.py``.
    """
    for version in versions or tuple(OcppVersion):
        for model in _models_of(version):
            st.register_type_strategy(model, from_model(model))


# -- messages of a version ------------------------------------------------------------------


def _registry(version: OcppVersion) -> Mapping[str, Any]:
    registry: Mapping[str, Any] = importlib.import_module(_PACKAGES[version]).ACTIONS
    return registry


def _message_types(
    version: OcppVersion, *, request: bool, response: bool, send: bool
) -> Iterator[type[OcppModel]]:
    for action in _registry(version).values():
        if action.is_send:
            if send:
                yield action.request
            continue
        if request:
            yield action.request
        if response:
            yield action.response


def _one_of_actions(
    version: OcppVersion, *, request: bool, response: bool, send: bool
) -> SearchStrategy[OcppModel]:
    version = OcppVersion(version)

    def build() -> SearchStrategy[OcppModel]:
        models = list(_message_types(version, request=request, response=response, send=send))
        return st.one_of([from_model(model) for model in models])

    # Deferred: nothing is imported or built until the first draw.
    return st.deferred(build)


def _models_of(version: OcppVersion) -> Iterator[type[OcppModel]]:
    package = importlib.import_module(_PACKAGES[version])
    for name in dir(package):
        value = getattr(package, name)
        if (
            isinstance(value, type)
            and issubclass(value, OcppModel)
            and value.__module__.startswith(package.__name__)
        ):
            yield value


# -- models ---------------------------------------------------------------------------------


def _build_model(model: type[M]) -> SearchStrategy[M]:
    required: dict[str, SearchStrategy[Any]] = {}
    optional: dict[str, SearchStrategy[Any]] = {}
    for name, field in model.model_fields.items():
        strategy = _for_field(field, f"{model.__name__}.{name}")
        (required if field.is_required() else optional)[name] = strategy
    arguments = st.fixed_dictionaries(required, optional=optional)
    if model.model_config.get("extra") == "allow":
        arguments = st.builds(_merge, arguments, _vendor_keys(model))
    return arguments.map(lambda kwargs: model(**kwargs))


def _merge(fields: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    return {**extra, **fields}


def _vendor_keys(model: type[OcppModel]) -> SearchStrategy[dict[str, Any]]:
    """Extra keys for an object open to them; never one that names a declared field."""
    taken = set(model.model_fields)
    for field in model.model_fields.values():
        for alias in (field.alias, field.validation_alias, field.serialization_alias):
            if isinstance(alias, str):
                taken.add(alias)
    keys = st.text(min_size=1, max_size=12).filter(lambda key: key not in taken)
    return st.dictionaries(keys, _json_values(), max_size=3)


def _for_field(field: FieldInfo, where: str) -> SearchStrategy[Any]:
    annotation = field.annotation
    if not field.is_required():
        annotation = _without_none(annotation)
    return _for_annotation(annotation, list(field.metadata), where)


def _without_none(annotation: Any) -> Any:
    """``X | None`` -> ``X``; ``None`` means "absent", which the optional keys already cover."""
    if get_origin(annotation) in (Union, types.UnionType):
        rest = [arg for arg in get_args(annotation) if arg is not type(None)]
        if len(rest) == 1:
            return rest[0]
    return annotation


def _for_annotation(annotation: Any, metadata: list[Any], where: str) -> SearchStrategy[Any]:
    if annotation is JsonValue:
        return _json_values()
    origin = get_origin(annotation)
    if origin is Annotated:
        inner, *extra = get_args(annotation)
        return _for_annotation(inner, metadata + _flatten(extra), where)
    constraints = _Constraints.read(metadata, where)
    if origin is list:
        (item,) = get_args(annotation)
        return _for_list(item, constraints, where)
    if origin is not None:
        raise TypeError(f"ocpkit.testing: no strategy for {annotation!r} ({where})")
    if isinstance(annotation, type):
        if issubclass(annotation, OcppModel | enum.Enum) or annotation in (bool, datetime):
            constraints.require_none(annotation, where)
        if issubclass(annotation, OcppModel):
            return from_model(annotation)
        if issubclass(annotation, enum.Enum):
            return st.sampled_from(list(annotation))
        if annotation is bool:
            return st.booleans()
        if annotation is datetime:
            return _date_times()
        if annotation is int:
            return _integers(constraints, where)
        if annotation is float:
            return _floats(constraints, where)
        if annotation is str:
            return _text(constraints)
    raise TypeError(f"ocpkit.testing: no strategy for {annotation!r} ({where})")


def _flatten(metadata: Iterable[Any]) -> list[Any]:
    """Constraints of ``Annotated[X, Field(...)]`` live in the ``FieldInfo``'s own metadata."""
    out: list[Any] = []
    for item in metadata:
        if isinstance(item, FieldInfo):
            out.extend(item.metadata)
        else:
            out.append(item)
    return out


class _Constraints:
    """The constraints of one value, read from pydantic / ``annotated_types`` metadata."""

    __slots__ = ("ge", "gt", "le", "lt", "max_length", "min_length", "multiple_of")

    def __init__(self) -> None:
        self.ge: float | None = None
        self.gt: float | None = None
        self.le: float | None = None
        self.lt: float | None = None
        self.min_length: int = 0
        self.max_length: int | None = None
        self.multiple_of: float | None = None

    @classmethod
    def read(cls, metadata: Iterable[Any], where: str) -> "_Constraints":
        out = cls()
        for item in metadata:
            if isinstance(item, _NOT_NULL_MARKER | _DATE_TIME_MARKER):
                continue  # the annotation itself already says what they mean
            if isinstance(item, annotated_types.Ge):
                out.ge = _number(item.ge)
            elif isinstance(item, annotated_types.Gt):
                out.gt = _number(item.gt)
            elif isinstance(item, annotated_types.Le):
                out.le = _number(item.le)
            elif isinstance(item, annotated_types.Lt):
                out.lt = _number(item.lt)
            elif isinstance(item, annotated_types.MinLen):
                out.min_length = item.min_length
            elif isinstance(item, annotated_types.MaxLen):
                out.max_length = item.max_length
            elif isinstance(item, annotated_types.MultipleOf):
                out.multiple_of = _number(item.multiple_of)
            elif isinstance(item, DecimalStep):
                out.multiple_of = float(item.step)
            else:
                # A constraint this module does not know would make it generate invalid values.
                raise TypeError(f"ocpkit.testing: unsupported constraint {item!r} ({where})")
        return out

    def require_none(self, annotation: Any, where: str) -> None:
        """Refuse constraints on a type they cannot apply to, rather than drop them."""
        if any(
            getattr(self, name) is not None for name in ("ge", "gt", "le", "lt", "multiple_of")
        ) or (self.min_length or self.max_length is not None):
            raise TypeError(f"ocpkit.testing: constraints on {annotation!r} ({where})")


def _number(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"ocpkit.testing: not a number bound: {value!r}")
    return float(value)


# -- scalars --------------------------------------------------------------------------------


def _integer_bounds(c: _Constraints) -> tuple[int, int]:
    low, high = _DEFAULT_MIN, _DEFAULT_MAX
    if c.ge is not None:
        low = math.ceil(c.ge)
    if c.gt is not None:
        low = math.floor(c.gt) + 1
    if c.le is not None:
        high = math.floor(c.le)
    if c.lt is not None:
        high = math.ceil(c.lt) - 1
    # A one-sided bound beyond the default range moves the other end with it.
    if c.ge is None and c.gt is None and high < low:
        low = high - (_DEFAULT_MAX - _DEFAULT_MIN)
    if c.le is None and c.lt is None and high < low:
        high = low + (_DEFAULT_MAX - _DEFAULT_MIN)
    return low, high


def _integers(c: _Constraints, where: str) -> SearchStrategy[int]:
    low, high = _integer_bounds(c)
    if c.multiple_of is None:
        return _checked_range(st.integers(low, high), low, high, where)
    step = Decimal(repr(c.multiple_of))
    if step != step.to_integral_value() or step <= 0:
        raise TypeError(f"ocpkit.testing: integer multipleOf {c.multiple_of} ({where})")
    k_low, k_high = math.ceil(low / step), math.floor(high / step)
    return _checked_range(st.integers(k_low, k_high), k_low, k_high, where).map(
        lambda k: k * int(step)
    )


def _floats(c: _Constraints, where: str) -> SearchStrategy[float]:
    low: float = _DEFAULT_MIN if c.ge is None and c.gt is None else max(_bounds_of(c.ge, c.gt))
    high: float = _DEFAULT_MAX if c.le is None and c.lt is None else min(_bounds_of(c.le, c.lt))
    if c.multiple_of is not None:
        return _decimal_multiples(c, low, high, where)
    if low > high:
        raise TypeError(f"ocpkit.testing: empty range [{low}, {high}] ({where})")
    return st.floats(
        min_value=low,
        max_value=high,
        exclude_min=c.gt is not None and c.ge is None,
        exclude_max=c.lt is not None and c.le is None,
        allow_nan=False,
        allow_infinity=False,
    )


def _bounds_of(*values: float | None) -> list[float]:
    return [value for value in values if value is not None]


def _decimal_multiples(
    c: _Constraints, low: float, high: float, where: str
) -> SearchStrategy[float]:
    """Floats whose shortest decimal form is an exact multiple of ``multipleOf``.

    Drawn as an integer ``k`` and written as the float nearest ``k * step``; for the quotients
    used here that float prints as exactly ``k * step``, which is what a JSON reader that keeps
    decimals (and the schema) sees.
    """
    assert c.multiple_of is not None
    step = Decimal(repr(c.multiple_of))
    if step <= 0:
        raise TypeError(f"ocpkit.testing: multipleOf {c.multiple_of} ({where})")
    k_low = max(math.ceil(Decimal(repr(low)) / step), -_MAX_MULTIPLE_QUOTIENT)
    k_high = min(math.floor(Decimal(repr(high)) / step), _MAX_MULTIPLE_QUOTIENT)
    if c.gt is not None and c.ge is None and k_low * step == Decimal(repr(low)):
        k_low += 1
    if c.lt is not None and c.le is None and k_high * step == Decimal(repr(high)):
        k_high -= 1
    ks = _checked_range(st.integers(k_low, k_high), k_low, k_high, where)
    return ks.map(lambda k: float(k * step))


def _checked_range(
    strategy: SearchStrategy[int], low: int, high: int, where: str
) -> SearchStrategy[int]:
    if low > high:
        raise TypeError(f"ocpkit.testing: empty range [{low}, {high}] ({where})")
    return strategy


def _text(c: _Constraints) -> SearchStrategy[str]:
    limit = c.max_length
    short = _SHORT_TEXT if limit is None else min(limit, _SHORT_TEXT)
    if c.min_length > short:
        # Only long strings are allowed: build them from a short random piece.
        longest = c.min_length + _SHORT_TEXT if limit is None else limit
        return st.builds(_repeat, _pieces(), st.integers(c.min_length, longest))
    random_text = st.text(min_size=c.min_length, max_size=short)
    if limit is None or limit <= short:
        return random_text
    # Now and then a string of exactly the longest allowed length, built from a short random
    # piece so that even a 32,768-character limit costs a few draws.
    return st.one_of(
        random_text, random_text, random_text, _pieces().map(lambda piece: _repeat(piece, limit))
    )


def _pieces() -> SearchStrategy[str]:
    return st.text(min_size=1, max_size=8)


def _repeat(piece: str, length: int) -> str:
    return (piece * (length // len(piece) + 1))[:length]


def _offsets() -> SearchStrategy[tzinfo]:
    whole_minutes = st.integers(-(23 * 60 + 59), 23 * 60 + 59).map(
        lambda minutes: timezone(timedelta(minutes=minutes))
    )
    return st.one_of(st.just(UTC), whole_minutes)


def _date_times() -> SearchStrategy[datetime]:
    return st.datetimes(
        # One day inside the representable range, so that moving to UTC never overflows.
        min_value=datetime(1, 1, 2),
        max_value=datetime(9999, 12, 30),
        timezones=_offsets(),
    )


def _json_values() -> SearchStrategy[JsonValue]:
    """Small JSON values: what a vendor puts into ``DataTransfer.data`` or ``customData``."""
    scalars: SearchStrategy[JsonValue] = st.one_of(
        st.none(),
        st.booleans(),
        st.integers(-(2**53), 2**53),
        st.floats(min_value=-1e15, max_value=1e15, allow_nan=False, allow_infinity=False),
        st.text(max_size=20),
    )

    def containers(inner: SearchStrategy[JsonValue]) -> SearchStrategy[JsonValue]:
        return st.one_of(
            st.lists(inner, max_size=3),
            st.dictionaries(st.text(max_size=8), inner, max_size=3),
        )

    return st.recursive(scalars, containers, max_leaves=8)


def _for_list(item: Any, c: _Constraints, where: str) -> SearchStrategy[list[Any]]:
    high = c.min_length + _EXTRA_ITEMS
    if c.max_length is not None:
        high = min(high, c.max_length)
    items = _for_annotation(item, [], f"{where}[]")
    return st.lists(items, min_size=c.min_length, max_size=high)
