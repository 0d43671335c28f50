"""Hypothesis strategies for the generated OCPI objects, built from the models' own fields.

Like the OCPP strategies next door, these read what pydantic knows about each field (its
annotation, ``max_length`` / ``min_length`` and ocpkit's OCPI markers: ``CiString``,
``OcpiDateTime``, ``ExactDecimal``, ``OpenEnum``) and build every value with the model's
constructor, so a strategy that drifted from the models fails loudly instead of producing
invalid objects. No schema file is read at run time.

OCPI needs rules of its own, which is why these are separate functions and not more branches of
:func:`~ocpkit.testing.from_model`: a ``?`` field may be ``null`` as well as absent, a
``CiString`` is printable ASCII, a ``number`` must survive a trip through a JSON double, a
DateTime is written in UTC with at most milliseconds, and 2.1.1 ``Hours`` is a "one of" choice.
"""

import enum
import importlib
import string
import types
from collections.abc import Iterable, Iterator, Mapping
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Annotated, Any, Final, TypeVar, Union, cast, get_args, get_origin

import annotated_types
from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy
from pydantic.fields import FieldInfo

from ocpkit._ocpi_base import (
    CiString,
    ExactDecimal,
    OcpiChoiceModel,
    OcpiDateTime,
    OcpiModel,
    OpenEnum,
)
from ocpkit.ocpi.version import OcpiVersion
from ocpkit.testing._strategies import _flatten, _repeat, _without_none

__all__ = ["ocpi_from_model", "ocpi_objects"]

M = TypeVar("M", bound=OcpiModel)

# The markers of ocpkit's OCPI field types, taken from the public aliases so that this module
# does not depend on the private classes' names.
_CASE_INSENSITIVE: Final[type] = type(get_args(CiString)[1])
_DATE_TIME: Final[type] = type(get_args(OcpiDateTime)[1])
_EXACT_NUMBER: Final[type] = type(get_args(ExactDecimal)[1])
_OPEN_ENUM: Final[type] = type(get_args(OpenEnum)[1])

# Random text stays short (and is now and then padded to exactly its maximum length); lists get
# at most this many items beyond their minimum. Keeps objects such as Location small and fast.
_SHORT_TEXT: Final = 24
_EXTRA_ITEMS: Final = 2

# The spec's types chapter: CiString is printable ASCII in every version; string is printable
# ASCII in 2.1.1 and printable UTF-8 from 2.2.1 on, with carriage returns, tabs and line breaks
# named as not printable. "Printable" is read as Python's str.isprintable: no control, format,
# surrogate, private-use or unassigned code points, and no separators but the ASCII space.
_PRINTABLE_ASCII: Final = st.characters(min_codepoint=0x20, max_codepoint=0x7E)
_PRINTABLE_UTF8: Final = st.characters(
    codec="utf-8", exclude_categories=("C", "Z"), include_characters=" "
)
_UTF8_FROM: Final = (OcpiVersion.V221, OcpiVersion.V230)

# Fields whose type is URL in the spec tables (the models keep only ``str`` with max_length 255,
# so the field name says it). ``SignedData.url``, a string(512), holds a URL too.
_URL_FIELDS: Final = frozenset(
    {"url", "website", "thumbnail", "terms_and_conditions", "response_url", "tariff_alt_url"}
)

# Numbers are drawn as k * 10**-scale with at most 15 significant digits: every such decimal is
# written by a double's shortest repr as itself, so it reads back equal (the spec's number type
# is a JSON number, and JSON readers hold it in a double).
_MAX_SIGNIFICAND: Final = 10**15 - 1
_SCALES: Final = (-2, 8)

# The spec's int type has no stated range; ocpkit reads signed 64-bit integers (DESIGN).
_INT_RANGE: Final = (-(2**63), 2**63 - 1)

_cache: dict[type[OcpiModel], SearchStrategy[Any]] = {}


def ocpi_from_model(model: type[M]) -> SearchStrategy[M]:
    """A strategy for valid instances of the generated OCPI object or class ``model``.

    Every value is built with the model's constructor, honours the model's lengths and types,
    and is valid against the version's JSON Schema definition (open enums allowing values they do
    not list). In detail:

    * ``CiString(n)``: printable ASCII, at most ``n`` characters (now and then exactly ``n``);
      ``string(n)``: printable ASCII in 2.1.1, printable UTF-8 from 2.2.1 on;
    * URL fields (``url``, ``website``, ``response_url``, ...): an ``http(s)`` URL within the limit;
    * fields whose format the spec tables state in words get values in that format: coordinates
      (``-?D.DDDDDD`` within +-90/+-180), ``HH:MM`` times, ``YYYY-MM-DD`` dates, weekday 1-7,
      image sizes of at most five digits, upper-case country, party and currency codes, a
      lower-case language code, an IANA time zone; rules between fields (an end after its
      begin) are not followed;
    * DateTime: aware ``datetime`` in UTC with millisecond precision (what the wire keeps);
    * number: a ``Decimal`` of at most 15 significant digits (a double keeps it exactly);
    * int: signed 64-bit;
    * enums: every member; open enums mostly members, sometimes a string they do not list;
    * ``?`` / ``*`` fields: absent, ``None``, or a value; ``+`` lists never empty;
    * "one of" groups (2.1.1 ``Hours``): exactly one member given (a boolean member as ``True``).

    No fields beyond the model's own are added, so ``from_json(..., strict=True)`` reads every
    instance back. The strategy is built once per class and reused.
    """
    cached = _cache.get(model)
    if cached is None:
        # A placeholder first, so a model that contains itself refers back to its own strategy.
        _cache[model] = st.deferred(lambda: _cache[model])
        try:
            cached = _build_model(model)
        except BaseException:
            del _cache[model]
            raise
        _cache[model] = cached
    return cast(SearchStrategy[M], cached)


def ocpi_objects(version: OcpiVersion | str) -> SearchStrategy[OcpiModel]:
    """Any object or class of the OCPI ``version`` (``"2.2.1"`` or ``OcpiVersion.V221``), each
    drawn as :func:`ocpi_from_model` draws it."""
    resolved = OcpiVersion(version)

    def build() -> SearchStrategy[OcpiModel]:
        return st.one_of([ocpi_from_model(model) for model in _models_of(resolved)])

    # Deferred: nothing is imported or built until the first draw.
    return st.deferred(build)


def _models_of(version: OcpiVersion) -> Iterator[type[OcpiModel]]:
    package = importlib.import_module(f"ocpkit.ocpi.{version.module}")
    definitions: Mapping[str, tuple[str, str]] = package.DEFINITIONS
    for name, (kind, _module) in definitions.items():
        if kind in ("object", "class"):
            model: type[OcpiModel] = getattr(package, name)
            yield model


def _version_of(model: type[OcpiModel]) -> OcpiVersion | None:
    for version in OcpiVersion:
        if model.__module__.startswith(f"ocpkit.ocpi.{version.module}."):
            return version
    return None


# -- models -----------------------------------------------------------------------------------


def _build_model(model: type[M]) -> SearchStrategy[M]:
    version = _version_of(model)
    groups: tuple[tuple[str, ...], ...] = model.one_of if issubclass(model, OcpiChoiceModel) else ()
    in_groups = {name for group in groups for name in group}
    required: dict[str, SearchStrategy[Any]] = {}
    optional: dict[str, SearchStrategy[Any]] = {}
    given: dict[str, SearchStrategy[Any]] = {}
    for name, field in model.model_fields.items():
        value = _for_field(name, field, version, f"{model.__name__}.{name}")
        if name in in_groups:
            given[name] = _given(value, field)
        elif field.is_required():
            required[name] = value
        else:
            # Absent (the optional key left out), null, or a value; mostly a value.
            optional[name] = _mostly(value, st.none())
    arguments = st.fixed_dictionaries(required, optional=optional)
    if groups:
        chosen = [_one_member(group, given) for group in groups]
        arguments = st.tuples(arguments, *chosen).map(_merged)
    return arguments.map(lambda kwargs: model(**kwargs))


def _given(value: SearchStrategy[Any], field: FieldInfo) -> SearchStrategy[Any]:
    # OcpiChoiceModel counts False as "not given", so a boolean member is given as True.
    if _without_none(field.annotation) is bool:
        return st.just(True)
    return value


def _one_member(
    group: tuple[str, ...], given: Mapping[str, SearchStrategy[Any]]
) -> SearchStrategy[dict[str, Any]]:
    # The other members are left out: the schema's oneOf counts presence, so even a false or a
    # null beside the chosen member would make the JSON invalid.
    return st.sampled_from(group).flatmap(lambda name: st.fixed_dictionaries({name: given[name]}))


def _merged(parts: tuple[dict[str, Any], ...]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for part in parts:
        out.update(part)
    return out


def _mostly(common: SearchStrategy[Any], rare: SearchStrategy[Any]) -> SearchStrategy[Any]:
    """``common`` three times in four, ``rare`` otherwise."""
    # st.one_of(common, common, common, rare) was measured to give ``rare`` half the time:
    # repeating a branch does not weight it.
    return st.sampled_from((True, True, True, False)).flatmap(
        lambda usual: common if usual else rare
    )


# -- fields -----------------------------------------------------------------------------------


class _Facets:
    """What one value's metadata says: its length bounds and which OCPI markers it carries."""

    __slots__ = ("markers", "max_length", "min_length")

    def __init__(self, metadata: Iterable[Any], where: str) -> None:
        self.min_length = 0
        self.max_length: int | None = None
        self.markers: set[type] = set()
        for item in metadata:
            if isinstance(item, _CASE_INSENSITIVE | _DATE_TIME | _EXACT_NUMBER | _OPEN_ENUM):
                self.markers.add(type(item))
            elif isinstance(item, annotated_types.MaxLen):
                self.max_length = item.max_length
            elif isinstance(item, annotated_types.MinLen):
                self.min_length = item.min_length
            else:
                # A constraint this module does not know would make it build invalid values.
                raise TypeError(f"ocpkit.testing: unsupported constraint {item!r} ({where})")

    def refuse_lengths(self, where: str) -> None:
        """Lengths on a value they cannot apply to are an error, never dropped."""
        if self.min_length or self.max_length is not None:
            raise TypeError(f"ocpkit.testing: length constraints on a scalar ({where})")


def _for_field(
    name: str, field: FieldInfo, version: OcpiVersion | None, where: str
) -> SearchStrategy[Any]:
    annotation = field.annotation
    if not field.is_required():
        annotation = _without_none(annotation)
    return _for_annotation(annotation, list(field.metadata), name, version, where)


def _for_annotation(
    annotation: Any, metadata: list[Any], name: str, version: OcpiVersion | None, where: str
) -> SearchStrategy[Any]:
    origin = get_origin(annotation)
    if origin is Annotated:
        inner, *extra = get_args(annotation)
        return _for_annotation(inner, metadata + _flatten(extra), name, version, where)
    facets = _Facets(metadata, where)
    if origin is list:
        (item,) = get_args(annotation)
        items = _for_annotation(item, [], name, version, f"{where}[]")
        high = facets.min_length + _EXTRA_ITEMS
        if facets.max_length is not None:
            high = min(high, facets.max_length)
        return st.lists(items, min_size=facets.min_length, max_size=high)
    if _OPEN_ENUM in facets.markers:
        return _open_enum(annotation, where)
    if origin is not None or not isinstance(annotation, type):
        raise TypeError(f"ocpkit.testing: no strategy for {annotation!r} ({where})")
    if annotation is str:
        return _text(name, facets, version, where)
    facets.refuse_lengths(where)
    if issubclass(annotation, OcpiModel):
        return ocpi_from_model(annotation)
    if issubclass(annotation, enum.Enum):
        return st.sampled_from(list(annotation))
    if annotation is bool:
        return st.booleans()
    if annotation is int:
        return _FORMATS[name, int].values if (name, int) in _FORMATS else st.integers(*_INT_RANGE)
    if annotation is datetime and _DATE_TIME in facets.markers:
        return _date_times()
    if annotation is Decimal and _EXACT_NUMBER in facets.markers:
        return _decimals()
    raise TypeError(f"ocpkit.testing: no strategy for {annotation!r} ({where})")


# -- scalars ----------------------------------------------------------------------------------


def _open_enum(annotation: Any, where: str) -> SearchStrategy[Any]:
    members = [
        member
        for arg in get_args(annotation)
        if isinstance(arg, type) and issubclass(arg, enum.Enum)
        for member in arg
    ]
    if get_origin(annotation) not in (Union, types.UnionType) or not members:
        raise TypeError(f"ocpkit.testing: open enum without its enum {annotation!r} ({where})")
    known = frozenset(member.value for member in members)
    unknown = st.from_regex(r"[A-Za-z][A-Za-z0-9_-]{0,19}", fullmatch=True).filter(
        lambda value: value not in known
    )
    return _mostly(st.sampled_from(members), unknown)


def _text(
    name: str, facets: _Facets, version: OcpiVersion | None, where: str
) -> SearchStrategy[str]:
    limit = facets.max_length
    known = _FORMATS.get((name, str))
    if known is not None:
        if limit is not None and limit < known.width:
            raise TypeError(f"ocpkit.testing: {name} values need {known.width} chars ({where})")
        return cast(SearchStrategy[str], known.values)
    if name in _URL_FIELDS:
        return _urls(255 if limit is None else limit, where)
    ascii_only = _CASE_INSENSITIVE in facets.markers or version not in _UTF8_FROM
    alphabet = _PRINTABLE_ASCII if ascii_only else _PRINTABLE_UTF8
    short = _SHORT_TEXT if limit is None else min(limit, _SHORT_TEXT)
    if facets.min_length > short:
        raise TypeError(f"ocpkit.testing: min_length {facets.min_length} on text ({where})")
    random_text = st.text(alphabet, min_size=facets.min_length, max_size=short)
    if limit is None or limit <= short:
        return random_text
    # Now and then exactly the longest allowed text, built from a short random piece.
    longest = st.text(alphabet, min_size=1, max_size=8).map(lambda piece: _repeat(piece, limit))
    return _mostly(random_text, longest)


_HOST_LABEL: Final = st.text(string.ascii_lowercase + string.digits, min_size=1, max_size=12)
_PATH_SEGMENT: Final = st.text(
    string.ascii_letters + string.digits + "-._~", min_size=1, max_size=12
)
# The longest URL _url builds: "https://" + two 12-character labels and a 3-letter TLD + "/" +
# three 12-character segments. Every URL field of the tables allows 255.
_LONGEST_URL: Final = 8 + 12 + 1 + 12 + 1 + 3 + 1 + 3 * 12 + 2


def _urls(limit: int, where: str) -> SearchStrategy[str]:
    """``http(s)://host.tld/path`` URLs; now and then padded to exactly ``limit`` characters."""
    if limit < _LONGEST_URL:
        raise TypeError(f"ocpkit.testing: a URL field of {limit} characters ({where})")
    urls = st.builds(
        _url,
        st.sampled_from(("https", "http")),
        st.lists(_HOST_LABEL, min_size=1, max_size=2),
        st.sampled_from(("com", "org", "net", "eu", "nl", "io")),
        st.lists(_PATH_SEGMENT, max_size=3),
    )
    return _mostly(urls, urls.map(lambda url: _padded_url(url, limit)))


def _url(scheme: str, labels: list[str], tld: str, segments: list[str]) -> str:
    return f"{scheme}://{'.'.join([*labels, tld])}/{'/'.join(segments)}"


def _padded_url(url: str, limit: int) -> str:
    return url + "x" * (limit - len(url))


def _date_times() -> SearchStrategy[datetime]:
    return st.datetimes(
        min_value=datetime(1, 1, 1),
        max_value=datetime(9999, 12, 31, 23, 59, 59),
        timezones=st.just(UTC),
    ).map(lambda value: value.replace(microsecond=value.microsecond // 1000 * 1000))


def _decimals() -> SearchStrategy[Decimal]:
    return st.builds(
        _scaled, st.integers(-_MAX_SIGNIFICAND, _MAX_SIGNIFICAND), st.integers(*_SCALES)
    )


def _scaled(significand: int, scale: int) -> Decimal:
    return Decimal(significand).scaleb(-scale)


# -- formats the spec tables state in words ---------------------------------------------------


class _Format:
    """Values in a format a table states in a field's description, and their widest text."""

    __slots__ = ("values", "width")

    def __init__(self, values: SearchStrategy[Any], width: int = 0) -> None:
        self.values = values
        self.width = width


def _degrees(bound: int) -> SearchStrategy[str]:
    # GeoLocation: decimal degrees, "." separator, 6 decimals (2.1.1 demands exactly 6, 2.2.1 and
    # 2.3.0 accept 5 to 7); latitude within +-90, longitude within +-180.
    millionths = st.integers(-bound * 10**6, bound * 10**6)
    return millionths.map(
        lambda value: f"{'-' if value < 0 else ''}{abs(value) // 10**6}.{abs(value) % 10**6:06d}"
    )


def _clock_times() -> SearchStrategy[str]:
    # RegularHours and TariffRestrictions: 24h "HH:MM" with leading zeros.
    return st.builds(lambda h, m: f"{h:02d}:{m:02d}", st.integers(0, 23), st.integers(0, 59))


def _calendar_dates() -> SearchStrategy[str]:
    # TariffRestrictions start_date / end_date: "YYYY-MM-DD".
    return st.dates(min_value=date(1000, 1, 1)).map(date.isoformat)


def _letters(alphabet: str, size: int) -> SearchStrategy[str]:
    return st.text(alphabet, min_size=size, max_size=size)


_TIME_ZONES: Final = (
    "Europe/Amsterdam",
    "Europe/Berlin",
    "Europe/London",
    "America/New_York",
    "America/Los_Angeles",
    "Asia/Tokyo",
    "Australia/Sydney",
    "UTC",
)

# (field name, Python type) -> values in the format the tables describe for that field, in every
# version: ISO 3166-1 alpha-2 (country_code) and alpha-3 (country), ISO 4217 (currency), ISO
# 639-1 (language), the party id of ISO 15118 (3 alphanumerics), an IANA zone (time_zone).
_FORMATS: Final[Mapping[tuple[str, type], _Format]] = {
    ("latitude", str): _Format(_degrees(90), 10),
    ("longitude", str): _Format(_degrees(180), 11),
    ("weekday", int): _Format(st.integers(1, 7)),
    # Image: int(5), at most five digits, in pixels.
    ("width", int): _Format(st.integers(0, 99_999)),
    ("height", int): _Format(st.integers(0, 99_999)),
    ("period_begin", str): _Format(_clock_times(), 5),
    ("period_end", str): _Format(_clock_times(), 5),
    ("start_time", str): _Format(_clock_times(), 5),
    ("end_time", str): _Format(_clock_times(), 5),
    ("start_date", str): _Format(_calendar_dates(), 10),
    ("end_date", str): _Format(_calendar_dates(), 10),
    ("country_code", str): _Format(_letters(string.ascii_uppercase, 2), 2),
    ("party_id", str): _Format(_letters(string.ascii_uppercase + string.digits, 3), 3),
    ("country", str): _Format(_letters(string.ascii_uppercase, 3), 3),
    ("currency", str): _Format(_letters(string.ascii_uppercase, 3), 3),
    ("language", str): _Format(_letters(string.ascii_lowercase, 2), 2),
    ("time_zone", str): _Format(st.sampled_from(_TIME_ZONES), max(map(len, _TIME_ZONES))),
}
