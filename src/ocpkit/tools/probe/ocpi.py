"""``ocpkit probe ocpi``: read-only checks of an OCPI peer (a CPO), starting from its versions URL.

The probe only ever sends GET requests: it never registers, pushes or deletes anything, so it
can be pointed at a production peer with the credentials token an eMSP already holds. It reads
the versions list, picks a version (the one asked for, or the highest both ocpkit and the peer
speak), reads that version's details, then walks every list the peer sends (``locations``,
``sessions``, ``cdrs``, ``tariffs``, ``tokens``, ``hubclientinfo``; in 2.1.1, which has no
roles, the four a CPO sends), at most :attr:`OcpiProbeSettings.max_pages` pages each.

Each check (:func:`catalogue`) judges what it needs, fetching it on first use and sharing it
through :class:`OcpiContext`: one walk per module serves the checks on links, counts, limits and
objects. A check whose prerequisite could not be had (no versions list, no details, a module that
answered with an error) does not apply; the check of that prerequisite is the one that fails.
Every request runs under :attr:`~OcpiProbeSettings.timeout` for its whole reply and every check
under a deadline, so a peer that stalls costs checks, never the run.

=================================  ===============================================================
check                              what it looks at
=================================  ===============================================================
``versions.list``                  the versions URL's reply: a success envelope listing versions
``versions.details``               the chosen version's details: a success envelope, endpoints
``authorization.encoding``         the details URL with the token as the version writes it
``authorization.other-encoding``   the other form (plain / Base64): reported, never judged
``authorization.missing``          versions, details and one list URL without a token: 401
``authorization.wrong-token``      the same with a token of no party: 401, 2xxx if an envelope
``modules.list``                   the first page of each list: HTTP 200, success, a list
``pagination.headers``             X-Total-Count and X-Limit on every page of the walks
``pagination.link``                next links only where objects remain (the page after the
                                   last one is asked for, and must be empty)
``pagination.total-count``         X-Total-Count against the objects of a complete walk
``pagination.x-limit``             no page over its X-Limit
``pagination.limit-capped``        a GET with ``limit`` one above the X-Limit seen
``pagination.offset``              a GET with ``offset=k&limit=2`` against the walk's k-th object
``pagination.date-from``           a walk with ``date_from`` set to a median ``last_updated``
``objects.valid``                  every object of every page walked, against the version's model
``request-ids.echoed``             every reply from the version's endpoints (2.2.1 on)
``envelope.shape``                 every 2xx reply: status_code, UTC timestamp, data's shape
``envelope.clock``                 every reply's timestamp against the probe's clock
=================================  ===============================================================

Versions and modules ocpkit does not know are kept out of the way, never held against the peer.
"""

import asyncio
import contextlib
import itertools
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from datetime import UTC, datetime
from typing import IO, Final, TypeAlias
from urllib.parse import parse_qsl, quote, urlencode, urljoin, urlsplit, urlunsplit

import attrs
import httpx
import orjson
from pydantic import JsonValue

from ocpkit.ocpi import OcpiModel, v211, v221, v230
from ocpkit.ocpi.client import display_url, is_web_url
from ocpkit.ocpi.envelope import EnvelopeError, Response, parse_response
from ocpkit.ocpi.headers import (
    AUTHORIZATION,
    X_CORRELATION_ID,
    X_REQUEST_ID,
    CredentialsToken,
    CredentialsTokenError,
    RequestIds,
    TokenEncoding,
    authorization_header,
    default_token_encoding,
    new_unique_id,
    request_ids_defined,
)
from ocpkit.ocpi.pagination import (
    Crawler,
    CrawlOutcome,
    LinkHeaderError,
    QueryParameterError,
    format_datetime,
    parse_datetime,
    parse_link_header,
)
from ocpkit.ocpi.reading import read_items
from ocpkit.ocpi.version import OcpiVersion
from ocpkit.ocpi.versions import (
    InvalidVersionInformation,
    PeerVersions,
    VersionEndpoints,
    VersionsError,
    choose_version,
    parse_version_details,
    parse_versions,
)
from ocpkit.tools import ToolError

from ._report import Check, Report
from ._runner import (
    CheckFailedError,
    NotApplicableError,
    Probe,
    connectable,
    progress_printer,
    run_catalogue,
    select,
)
from .sections import ocpi as section

__all__ = ["CHECKS", "OcpiContext", "OcpiProbeSettings", "catalogue", "probe_ocpi"]

DEFAULT_TIMEOUT: Final = 10.0
DEFAULT_MAX_PAGES: Final = 20
DEFAULT_CLOCK_SKEW: Final = 300.0
MAX_BODY: Final = 16 * 1024 * 1024  # the longest reply body read
SHOWN: Final = 3  # findings quoted in a failed check; the rest are counted

_PACKAGES: Final = {OcpiVersion.V211: v211, OcpiVersion.V221: v221, OcpiVersion.V230: v230}
_LATEST: Final = OcpiVersion.V230
# The lists a party sends (module id -> object class), in the order they are walked.
_LIST_MODULES: Final[Mapping[str, str]] = {
    "locations": "Location",
    "sessions": "Session",
    "cdrs": "CDR",
    "tariffs": "Tariff",
    "tokens": "Token",
    "hubclientinfo": "ClientInfo",
}
# 2.1.1 endpoints have no role: the lists a CPO serves there.
_CPO_LISTS_211: Final = ("locations", "sessions", "cdrs", "tariffs")
_SENDER: Final = "SENDER"
# What names one object of each list (2.1.1 objects lack country_code and party_id: None).
_IDENTITY: Final[Mapping[str, tuple[str, ...]]] = {
    "locations": ("country_code", "party_id", "id"),
    "sessions": ("country_code", "party_id", "id"),
    "cdrs": ("country_code", "party_id", "id"),
    "tariffs": ("country_code", "party_id", "id"),
    "tokens": ("country_code", "party_id", "uid", "type"),
    "hubclientinfo": ("country_code", "party_id", "role"),
}
# 2.1.1 makes date_from mandatory on the Sessions list; the walk then asks for everything since.
_SINCE_EVER: Final = datetime(2000, 1, 1, tzinfo=UTC)
_OFFSET_PROBE_LIMIT: Final = 2

Headers: TypeAlias = tuple[tuple[str, str], ...]


# -- settings -------------------------------------------------------------------------------------


def _usage(message: str) -> ToolError:
    return ToolError(message, status=2)


def version_asked(value: OcpiVersion | str | None) -> OcpiVersion | None:
    """The OCPI version ``value`` names (None for None); :class:`ToolError` (status 2) for one
    ocpkit does not know."""
    if value is None:
        return None
    try:
        return OcpiVersion(value)
    except ValueError:
        known = ", ".join(version.value for version in OcpiVersion)
        raise _usage(f"unknown OCPI version {value!r} (known: {known})") from None


def _check_seconds(_instance: object, attribute: "attrs.Attribute[float]", value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value < 1e6:
        raise _usage(f"{attribute.name} must be a number of seconds above 0")


def _check_deadline(_instance: object, attribute: "attrs.Attribute[float]", value: object) -> None:
    if value is not None:
        _check_seconds(_instance, attribute, value)


def _check_pages(_instance: object, _attribute: object, value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise _usage("max_pages must be a whole number >= 1")


@attrs.frozen(kw_only=True)
class OcpiProbeSettings:
    """One ``ocpkit probe ocpi`` run. Bad values raise :class:`~ocpkit.tools.ToolError`
    (status 2)."""

    versions_url: str
    """The peer's versions URL (http or https)."""
    token: str = attrs.field(repr=False)
    """The credentials token to call the peer with (shown nowhere)."""
    version: OcpiVersion | None = attrs.field(default=None, converter=version_asked)
    """The version to probe; ``None``: the highest one both ocpkit and the peer list."""
    only: Sequence[str] | None = None
    """Check ids (or prefixes ending in ``.``) to run; ``None``: all of them."""
    timeout: float = attrs.field(default=DEFAULT_TIMEOUT, validator=_check_seconds)
    """Seconds each request may take, whole reply included."""
    max_pages: int = attrs.field(default=DEFAULT_MAX_PAGES, validator=_check_pages)
    """The most pages read of each list (per walk)."""
    max_clock_skew: float = attrs.field(default=DEFAULT_CLOCK_SKEW, validator=_check_seconds)
    """Seconds a reply's timestamp may differ from the probe's clock."""
    deadline: float | None = attrs.field(default=None, validator=_check_deadline)
    """Seconds each check may take; ``None``: enough for every request it may make."""


# -- one request and its reply --------------------------------------------------------------------

# What a reply's data should be, by the kind of URL asked.
_LIST_DATA: Final = frozenset({"versions", "page"})


@attrs.frozen(kw_only=True)
class Exchange:
    """One GET the probe made, reduced to the facts the checks judge (the body is not kept).

    ``kind`` is ``versions``, ``details`` or ``page`` (a list URL); ``status`` is ``None`` when
    nothing came back (``error`` says why); ``timestamp`` is the envelope's, when it had one;
    ``shape`` says what is wrong with a 2xx reply as an envelope (``None``: nothing).
    """

    url: str
    kind: str
    ids: RequestIds
    sent: datetime
    received: datetime
    status: int | None = None
    error: str | None = None
    echoed: tuple[str | None, str | None] = (None, None)
    timestamp: datetime | None = None
    shape: str | None = None

    @property
    def what(self) -> str:
        """``GET <url>`` as a failure may show it."""
        return f"GET {display_url(self.url)}"


@attrs.frozen(kw_only=True)
class Reply:
    """A reply as the caller gets it: the facts, the headers, and the envelope (read once;
    ``None`` when the body is none, ``envelope_problem`` then says why)."""

    exchange: Exchange
    headers: Headers = ()
    envelope: Response[JsonValue] | None = None
    envelope_problem: str | None = None

    @property
    def status(self) -> int | None:
        return self.exchange.status

    def header(self, name: str) -> list[str]:
        """Every value of header ``name`` (any case)."""
        wanted = name.lower()
        return [value for key, value in self.headers if key.lower() == wanted]

    def failure(self) -> str | None:
        """Why this reply is no success envelope (HTTP 200, status 1xxx), or ``None``."""
        if self.exchange.status is None:
            return f"{self.exchange.what}: {self.exchange.error}"
        if self.exchange.status != 200:
            return f"{self.exchange.what}: HTTP {self.exchange.status}"
        if self.envelope is None:
            return f"{self.exchange.what}: {self.envelope_problem}"
        if not self.envelope.is_success:
            return f"{self.exchange.what}: OCPI status_code {int(self.envelope.status_code)}"
        return None

    def data(self) -> JsonValue:
        """The envelope's ``data`` (``None`` when there is no envelope)."""
        return None if self.envelope is None else self.envelope.data


def _violations(found: Iterable[object], limit: int = SHOWN) -> str:
    texts = [str(violation) for violation in found]
    return _some(texts, limit)


def _some(texts: Sequence[str], limit: int = SHOWN, sep: str = "; ") -> str:
    shown = sep.join(texts[:limit])
    return shown if len(texts) <= limit else f"{shown} (and {len(texts) - limit} more)"


def _read_envelope(body: bytes) -> tuple[Response[JsonValue] | None, str | None]:
    """The envelope of a reply body, or what keeps it from being one. A timestamp with an
    offset is forgiven here (it still says when), and judged by :func:`_shape`."""
    try:
        return parse_response(body), None
    except EnvelopeError as error:
        return None, f"not an OCPI envelope ({_violations(error.violations)})"


def _shape(kind: str, reply: Reply, body: bytes) -> str | None:
    """What is wrong with a 2xx reply as an envelope (others are judged by the checks that
    asked for them): none at all, a timestamp that is no OCPI DateTime, data of the wrong
    shape for ``kind``."""
    envelope = reply.envelope
    if envelope is None:
        return reply.envelope_problem
    stamp = orjson.loads(body).get("timestamp")
    try:
        parse_datetime(stamp, "timestamp")
    except QueryParameterError:
        return f"timestamp {_quote(stamp)} is not an OCPI DateTime (UTC)"
    if envelope.is_success:
        data = envelope.data
        if kind in _LIST_DATA and not isinstance(data, list):
            return f"data is {_json_kind(data)}, not a list"
        if kind == "details" and not isinstance(data, dict):
            return f"data is {_json_kind(data)}, not an object"
    return None


def _json_kind(value: object) -> str:
    if value is None:
        return "absent"
    kinds = {dict: "an object", list: "a list", str: "a string", bool: "a boolean"}
    return kinds.get(type(value), "a number")


def _quote(value: object, limit: int = 40) -> str:
    text = value if isinstance(value, str) else orjson.dumps(value).decode()
    text = "".join(ch if ch.isprintable() else "?" for ch in text)
    return repr(text if len(text) <= limit else text[:limit] + "...")


# -- pages and walks ------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Page:
    """One page of a list: where it starts in the walk, its items (raw JSON), its headers as
    read, the next link (resolved) and what could not be read."""

    url: str
    position: int
    items: tuple[JsonValue, ...] = ()
    total: int | None = None
    limit: int | None = None
    header_problems: tuple[str, ...] = ()
    next_url: str | None = None
    link_problem: str | None = None
    problem: str | None = None
    refused: bool = False

    @property
    def end(self) -> int:
        """The position after its last item."""
        return self.position + len(self.items)


def _count_header(reply: Reply, name: str) -> tuple[int | None, str | None]:
    values = {value.strip(" \t") for value in reply.header(name)}
    if not values:
        return None, f"no {name}"
    if len(values) > 1:
        return None, f"{name} given with different values"
    (text,) = values
    if not text.isascii() or not text.isdigit() or len(text) > 18:
        return None, f"{name} {_quote(text)} is not a whole number"
    return int(text), None


def _next_link(reply: Reply, url: str) -> tuple[str | None, str | None]:
    values = reply.header("link")
    if not values:
        return None, None
    try:
        links = parse_link_header(", ".join(values))
    except LinkHeaderError as error:
        return None, str(error)
    targets = [urljoin(url, link.target) for link in links if link.has_rel("next")]
    return (targets[0] if targets else None), None


def _read_page(reply: Reply, position: int) -> Page:
    url = reply.exchange.url
    if reply.status in (401, 403):
        return Page(
            url=url,
            position=position,
            problem=f"HTTP {reply.status}: the token does not reach this list",
            refused=True,
        )
    failure = reply.failure()
    if failure is not None:
        return Page(url=url, position=position, problem=failure)
    data = reply.data()
    if not isinstance(data, list):
        return Page(url=url, position=position, problem=f"data is {_json_kind(data)}, not a list")
    total, total_problem = _count_header(reply, "X-Total-Count")
    limit, limit_problem = _count_header(reply, "X-Limit")
    next_url, link_problem = _next_link(reply, url)
    return Page(
        url=url,
        position=position,
        items=tuple(data),
        total=total,
        limit=limit,
        header_problems=tuple(p for p in (total_problem, limit_problem) if p is not None),
        next_url=next_url,
        link_problem=link_problem,
    )


@attrs.define
class Walk:
    """The pages of one list read by following its next links, and how the walk ended."""

    module: str
    url: str
    pages: list[Page] = attrs.Factory(list)
    outcome: CrawlOutcome | None = None
    reread: bool = False
    after_end: Page | None = None
    """The page asked for right after the last one (no next link): it must be empty."""

    @property
    def failed(self) -> Page | None:
        """The page that could not be read, if the walk stopped at one."""
        return self.pages[-1] if self.pages and self.pages[-1].problem is not None else None

    @property
    def objects(self) -> list[JsonValue]:
        """Every item of the walk, in order."""
        return [item for page in self.pages for item in page.items]

    @property
    def complete(self) -> bool:
        """Whether the walk read the whole list: it ended without a next link, nothing was read
        twice, and nothing came after its end."""
        if self.failed is not None or self.outcome is not CrawlOutcome.COMPLETE or self.reread:
            return False
        if self.after_end is None:  # nothing to ask after an empty last page
            return not self.pages or not self.pages[-1].items
        return self.after_end.problem is None and not self.after_end.items


def _identity(module: str, item: JsonValue) -> tuple[str | None, ...] | None:
    """What names ``item`` in its list (``None`` for an item that is no object)."""
    if not isinstance(item, dict):
        return None
    values = tuple(_text(item.get(name)) for name in _IDENTITY[module])
    if all(value is None for value in values):
        return ("#", orjson.dumps(item, option=orjson.OPT_SORT_KEYS).decode())
    return values


def _text(value: JsonValue) -> str | None:
    return value if isinstance(value, str) else None


def _named(identity: tuple[str | None, ...] | None) -> str:
    if identity is None:
        return "(not an object)"
    if identity[:1] == ("#",):
        return "(no id)"
    return "/".join(part for part in identity if part is not None)


def _last_updated(item: JsonValue) -> datetime | None:
    if not isinstance(item, dict):
        return None
    value = item.get("last_updated")
    if not isinstance(value, str):
        return None
    try:
        return parse_datetime(value, "last_updated")
    except QueryParameterError:
        return None


def _with_query(url: str, pairs: Iterable[tuple[str, str]]) -> str:
    """``url`` with the parameters of ``pairs`` set (replacing those of the same name)."""
    parts = urlsplit(url)
    new = list(pairs)
    names = {name for name, _ in new}
    kept = [(n, v) for n, v in parse_qsl(parts.query, keep_blank_values=True) if n not in names]
    query = urlencode([*kept, *new], safe=":@/", quote_via=quote)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query, ""))


# -- version details -----------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Details:
    """The chosen version's details as read: the endpoints (``None`` when they could not be
    read), what is wrong with them, and the lists the peer sends (module, URL)."""

    endpoints: VersionEndpoints | None = None
    problems: tuple[str, ...] = ()
    lists: tuple[tuple[str, str], ...] = ()


def _sent_lists(
    version: OcpiVersion, endpoints: VersionEndpoints
) -> tuple[list[tuple[str, str]], list[str]]:
    lists: list[tuple[str, str]] = []
    problems: list[str] = []
    modules = _CPO_LISTS_211 if version is OcpiVersion.V211 else tuple(_LIST_MODULES)
    for module in modules:
        if _model(version, module) is None:
            continue
        role = None if version is OcpiVersion.V211 else _SENDER
        try:
            url = endpoints.find(module, role)
        except VersionsError:
            problems.append(f"{module}{'' if role is None else f' ({role})'} has several URLs")
            continue
        if url is None:
            continue
        if not is_web_url(url):
            problems.append(f"{module}: {_quote(url, 80)} is not an http(s) URL")
            continue
        lists.append((module, url))
    return lists, problems


def _model(version: OcpiVersion, module: str) -> type[OcpiModel] | None:
    found = getattr(_PACKAGES[version], _LIST_MODULES[module], None)
    return found if isinstance(found, type) and issubclass(found, OcpiModel) else None


# -- the context ---------------------------------------------------------------------------------


def _now() -> datetime:
    return datetime.now(UTC)


@attrs.define
class OcpiContext:
    """What the OCPI probe runs against and what its checks share: every exchange made (facts
    only), the versions list and the chosen version, the details, and one walk per list."""

    settings: OcpiProbeSettings
    token: CredentialsToken = attrs.field(repr=False)
    http: httpx.AsyncClient
    exchanges: list[Exchange] = attrs.Factory(list)
    version: OcpiVersion | None = None
    versions: PeerVersions | None = None
    details_url: str | None = None
    list_problems: list[str] = attrs.Factory(list)
    """What is wrong with the versions list (``versions.list`` fails with it)."""
    list_usable: bool = False
    """Whether the versions list could be read at all."""
    choice_problem: str | None = None
    """Why no version could be chosen, when none could."""
    _accepted: dict[TokenEncoding, Reply] = attrs.Factory(dict)
    _details: Details | None = None
    _walks: dict[str, Walk] = attrs.Factory(dict)
    _encoding: TokenEncoding | None = None

    # -- requests -------------------------------------------------------------------------------

    async def get(
        self,
        url: str,
        kind: str,
        *,
        auth: TokenEncoding | None,
        token: CredentialsToken | None = None,
    ) -> Reply:
        """GET ``url`` (a ``kind`` of URL: ``versions``, ``details``, ``page``) with new request
        ids and, unless ``auth`` is ``None``, the token (``token`` or ours) in that encoding.
        Never raises for what the peer does: a reply that does not come is an exchange with
        ``error`` set."""
        ids = RequestIds.new()
        headers = {**ids.to_headers(), "Accept": "application/json"}
        if auth is not None:
            headers[AUTHORIZATION] = authorization_header(token or self.token, auth)
        sent = _now()
        status: int | None = None
        error: str | None = None
        pairs: Headers = ()
        body = b""
        try:
            async with asyncio.timeout(self.settings.timeout):
                async with self.http.stream("GET", url, headers=headers) as response:
                    status = response.status_code
                    pairs = tuple(response.headers.multi_items())
                    body = await _read_body(response)
        except TimeoutError:
            status, error = None, f"no complete reply within {self.settings.timeout:g} s"
        except _BodyTooLongError:
            status, error = None, f"the reply body is over {MAX_BODY // (1024 * 1024)} MiB"
        except (httpx.HTTPError, httpx.InvalidURL) as failure:
            status, error = None, f"{type(failure).__name__}: {failure}".rstrip(": ")
        exchange = Exchange(
            url=url,
            kind=kind,
            ids=ids,
            sent=sent,
            received=_now(),
            status=status,
            error=error,
            echoed=(_single(pairs, X_REQUEST_ID), _single(pairs, X_CORRELATION_ID)),
        )
        if status is None:
            reply = Reply(exchange=exchange)
        else:
            envelope, problem = _read_envelope(body)
            reply = Reply(
                exchange=exchange, headers=pairs, envelope=envelope, envelope_problem=problem
            )
            exchange = attrs.evolve(
                exchange,
                timestamp=None if envelope is None else envelope.timestamp,
                shape=_shape(kind, reply, body) if 200 <= status < 300 else None,
            )
            reply = attrs.evolve(reply, exchange=exchange)
        self.exchanges.append(exchange)
        return reply

    # -- versions -----------------------------------------------------------------------------

    async def discover(self) -> None:
        """Read the versions list and choose the version (problems are kept for the checks).

        Before a version is chosen the token's form is unknown: the version asked for says it,
        otherwise Base64 (the form of every version since 2.2.1) is tried first, then plain."""
        url = self.settings.versions_url
        forced = self.settings.version
        encodings = (
            [default_token_encoding(forced)]
            if forced is not None
            else [TokenEncoding.BASE64, TokenEncoding.PLAIN]
        )
        reply: Reply | None = None
        for encoding in encodings:
            reply = await self.get(url, "versions", auth=encoding)
            if reply.status not in (401, 403):
                break
        assert reply is not None
        if reply.status in (401, 403):
            forms = " and ".join(_FORMS[encoding] for encoding in encodings)
            self.list_problems.append(
                f"{reply.exchange.what}: HTTP {reply.status} with the token sent {forms}"
            )
        else:
            self._read_versions(reply)
        self._choose(forced)

    def _read_versions(self, reply: Reply) -> None:
        failure = reply.failure()
        if failure is not None:
            self.list_problems.append(failure)
            return
        data = reply.data()
        try:
            versions = parse_versions(data if isinstance(data, list) else orjson.dumps(data))
        except InvalidVersionInformation as error:
            self.list_problems.append(f"data is not a versions list ({error})")
            return
        self.versions = versions
        self.list_usable = True
        for item in versions.skipped:
            self.list_problems.append(
                f"entry {item.index} cannot be read ({_violations(item.violations)})"
            )
        if not versions.entries and not versions.skipped:
            self.list_problems.append("the list holds no version")
        for entry in versions.entries:
            if not is_web_url(entry.url):
                self.list_problems.append(
                    f"version {_quote(entry.number)}: {_quote(entry.url, 80)} is not an http(s) URL"
                )

    def _choose(self, forced: OcpiVersion | None) -> None:
        versions = self.versions
        if versions is None:
            self.version = forced
            self.choice_problem = "the versions list could not be read"
            return
        try:
            chosen = forced or choose_version(list(OcpiVersion), versions.numbers)
            url = versions.url_for(chosen)
        except VersionsError as error:
            listed = ", ".join(_quote(number) for number in versions.numbers) or "none"
            self.version = forced
            self.choice_problem = f"{error} (listed: {listed})"
            return
        self.version = chosen
        if not is_web_url(url):
            self.choice_problem = f"the details URL of {chosen.value} is not an http(s) URL"
            return
        self.details_url = url

    def require_versions(self) -> OcpiVersion:
        """The chosen version with a details URL, or :class:`NotApplicableError`."""
        if not self.list_usable:
            raise NotApplicableError("needs the versions list, which could not be read")
        if self.choice_problem is not None or self.version is None or self.details_url is None:
            raise NotApplicableError(f"no version to probe: {self.choice_problem}")
        return self.version

    # -- the token's form ---------------------------------------------------------------------

    async def accepts(self, encoding: TokenEncoding) -> Reply:
        """The reply of the details URL to our token in ``encoding`` (asked once)."""
        if encoding not in self._accepted:
            self.require_versions()
            assert self.details_url is not None
            self._accepted[encoding] = await self.get(self.details_url, "details", auth=encoding)
        return self._accepted[encoding]

    @property
    def encoding(self) -> TokenEncoding:
        """The form the token is sent in: the version's, unless the peer refused it and took
        the other one (then the rest can still be probed; ``authorization.encoding`` fails)."""
        if self._encoding is not None:
            return self._encoding
        if self.version is not None:
            return default_token_encoding(self.version)
        return TokenEncoding.BASE64

    # -- details --------------------------------------------------------------------------------

    async def details(self) -> Details:
        """The chosen version's details (read once)."""
        if self._details is not None:
            return self._details
        version = self.require_versions()
        own = default_token_encoding(version)
        reply = await self.accepts(own)
        if reply.status in (401, 403):
            other = _other(own)
            second = await self.accepts(other)
            if second.status is not None and second.status not in (401, 403):
                self._encoding = other
                reply = second
        self._details = self._read_details(version, reply)
        return self._details

    def _read_details(self, version: OcpiVersion, reply: Reply) -> Details:
        failure = reply.failure()
        if failure is not None:
            return Details(problems=(failure,))
        data = reply.data()
        try:
            endpoints = parse_version_details(
                data if isinstance(data, dict) else orjson.dumps(data), version
            )
        except InvalidVersionInformation as error:
            return Details(problems=(f"{error} ({_violations(error.violations)})",))
        problems = [
            f"endpoint {item.index} cannot be read ({_violations(item.violations)})"
            for item in endpoints.skipped
        ]
        lists, list_problems = _sent_lists(version, endpoints)
        return Details(
            endpoints=endpoints, problems=(*problems, *list_problems), lists=tuple(lists)
        )

    async def lists(self) -> tuple[tuple[str, str], ...]:
        """The lists the peer sends (module, URL), or :class:`NotApplicableError`."""
        details = await self.details()
        if details.endpoints is None:
            raise NotApplicableError("needs the version details, which could not be read")
        if not details.lists:
            raise NotApplicableError("the peer sends none of the lists ocpkit knows")
        return details.lists

    # -- walks -----------------------------------------------------------------------------------

    def base_query(self, module: str) -> list[tuple[str, str]]:
        """Parameters every request to ``module``'s list carries (2.1.1 Sessions need a
        ``date_from``)."""
        if self.version is OcpiVersion.V211 and module == "sessions":
            return [("date_from", format_datetime(_SINCE_EVER))]
        return []

    def list_url(self, module: str, url: str, **parameters: int | str) -> str:
        """``url`` of ``module`` with its base parameters and ``parameters`` set."""
        pairs = [*self.base_query(module), *((k, str(v)) for k, v in parameters.items())]
        return _with_query(url, pairs) if pairs else url

    async def walk(self, module: str, url: str) -> Walk:
        """The walk of ``module``'s list from ``url`` (made once), with the page after its
        end."""
        if module not in self._walks:
            walk = await self.crawl(module, self.list_url(module, url))
            last = walk.pages[-1] if walk.pages else None
            if walk.outcome is CrawlOutcome.COMPLETE and last is not None and last.items:
                after = self.list_url(module, last.url, offset=last.end)
                walk.after_end = _read_page(await self.get(after, "page", auth=self.encoding), 0)
            self._walks[module] = walk
        return self._walks[module]

    async def crawl(self, module: str, start: str, *, date_from: datetime | None = None) -> Walk:
        """Follow the next links of ``module``'s list from ``start`` (at most ``max_pages``),
        with the sans-IO crawler of :mod:`ocpkit.ocpi.pagination` deciding where to go."""
        walk = Walk(module=module, url=start)
        crawler: Crawler[dict[str, JsonValue]] = Crawler(
            start,
            key=lambda item: _identity(module, item),
            date_from=date_from,
            max_pages=self.settings.max_pages,
        )
        position = 0
        while (url := crawler.next_url()) is not None:
            reply = await self.get(url, "page", auth=self.encoding)
            page = _read_page(reply, position)
            walk.pages.append(page)
            if page.problem is not None:
                break
            objects = [item for item in page.items if isinstance(item, dict)]
            others = [item for item in page.items if not isinstance(item, dict)]
            result = crawler.receive(url, reply.headers, objects, others)
            walk.reread = walk.reread or result.rereading
            position = page.end
        walk.outcome = crawler.outcome
        return walk

    async def walks(self) -> list[Walk]:
        """The walk of every list the peer sends."""
        return [await self.walk(module, url) for module, url in await self.lists()]


class _BodyTooLongError(Exception):
    """A reply body longer than :data:`MAX_BODY` (the read stops there)."""


async def _read_body(response: httpx.Response) -> bytes:
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.aiter_bytes():
        size += len(chunk)
        if size > MAX_BODY:
            raise _BodyTooLongError
        chunks.append(chunk)
    return b"".join(chunks)


def _single(pairs: Headers, name: str) -> str | None:
    wanted = name.lower()
    values = [value for key, value in pairs if key.lower() == wanted]
    return values[0] if len(values) == 1 else None


def _other(encoding: TokenEncoding) -> TokenEncoding:
    return TokenEncoding.PLAIN if encoding is TokenEncoding.BASE64 else TokenEncoding.BASE64


_FORMS: Final = {TokenEncoding.PLAIN: "plain", TokenEncoding.BASE64: "in Base64"}


# -- versions ------------------------------------------------------------------------------------


async def _versions_list(ctx: OcpiContext) -> None:
    if ctx.list_problems:
        raise CheckFailedError(_some(ctx.list_problems))


async def _versions_details(ctx: OcpiContext) -> None:
    if not ctx.list_usable:
        raise NotApplicableError("needs the versions list, which could not be read")
    if ctx.choice_problem is not None:
        raise CheckFailedError(f"no version to probe: {ctx.choice_problem}")
    details = await ctx.details()
    if details.problems:
        raise CheckFailedError(_some(details.problems))


# -- authorization --------------------------------------------------------------------------------


async def _encoding_accepted(ctx: OcpiContext) -> None:
    version = ctx.require_versions()
    own = default_token_encoding(version)
    reply = await ctx.accepts(own)
    if reply.status is None:
        raise CheckFailedError(f"{reply.exchange.what}: {reply.exchange.error}")
    if reply.status in (401, 403):
        other = await ctx.accepts(_other(own))
        also = (
            f" (sent {_FORMS[_other(own)]} it is accepted)"
            if other.status is not None and other.status not in (401, 403)
            else ""
        )
        raise CheckFailedError(
            f"the token sent {_FORMS[own]} gets HTTP {reply.status} at the details URL{also}"
        )


async def _other_encoding(ctx: OcpiContext) -> None:
    version = ctx.require_versions()
    other = _other(default_token_encoding(version))
    reply = await ctx.accepts(other)
    if reply.status is None:
        seen = f"no answer ({reply.exchange.error})"
    elif reply.status in (401, 403):
        seen = f"refused (HTTP {reply.status})"
    else:
        seen = f"accepted (HTTP {reply.status})"
    raise NotApplicableError(
        f"reported only, no rule requires either: the token sent {_FORMS[other]} is {seen}"
    )


async def _protected_urls(ctx: OcpiContext) -> list[tuple[str, str]]:
    """The URLs whose answer to a request without a valid token is judged: the versions URL,
    and when known the details URL and the first list's URL."""
    urls = [(ctx.settings.versions_url, "versions")]
    if ctx.details_url is not None and ctx.choice_problem is None:
        urls.append((ctx.details_url, "details"))
        try:
            module, url = (await ctx.lists())[0]
        except NotApplicableError:
            pass
        else:
            urls.append((ctx.list_url(module, url), "page"))
    return urls


async def _refused(ctx: OcpiContext, token: CredentialsToken | None, label: str) -> None:
    problems: list[str] = []
    for url, kind in await _protected_urls(ctx):
        reply = await ctx.get(url, kind, auth=None if token is None else ctx.encoding, token=token)
        what = f"{reply.exchange.what} {label}"
        if reply.status is None:
            problems.append(f"{what}: {reply.exchange.error}")
        elif reply.status != 401:
            problems.append(f"{what}: HTTP {reply.status}, not 401")
        else:
            problem = _error_envelope(reply)
            if problem is not None:
                problems.append(f"{what}: {problem}")
    if problems:
        raise CheckFailedError(_some(problems))


def _error_envelope(reply: Reply) -> str | None:
    """What is wrong with the envelope of a 401, if it sends one: its status must be a client
    error (2xxx)."""
    if reply.envelope is None:
        return None  # no envelope sent: the HTTP status says it all
    code = int(reply.envelope.status_code)
    if not 2000 <= code <= 2999:
        return f"HTTP 401 with OCPI status_code {code}, not a client error (2xxx)"
    return None


async def _missing(ctx: OcpiContext) -> None:
    await _refused(ctx, None, "without Authorization")


async def _wrong_token(ctx: OcpiContext) -> None:
    stranger = CredentialsToken(f"ocpkit-probe-{new_unique_id()}")
    await _refused(ctx, stranger, "with an unknown token")


# -- every reply ----------------------------------------------------------------------------------


async def _everything(ctx: OcpiContext) -> None:
    """Make the requests the other checks judge (details, walks), so that a check of every
    reply sees them also when it runs alone; what cannot be had is left to its own check."""
    with contextlib.suppress(NotApplicableError):
        await ctx.walks()


async def _ids_echoed(ctx: OcpiContext) -> None:
    if ctx.version is None:
        raise NotApplicableError("no version chosen")
    if not request_ids_defined(ctx.version):
        raise NotApplicableError(f"OCPI {ctx.version.value} defines no request ids")
    await _everything(ctx)
    answered = [e for e in ctx.exchanges if e.status is not None and e.kind != "versions"]
    if not answered:
        raise NotApplicableError("no reply from the version's endpoints to judge")
    wrong: list[str] = []
    for exchange in answered:
        sent = (exchange.ids.request_id, exchange.ids.correlation_id)
        missing = [
            name
            for name, got, want in zip(
                (X_REQUEST_ID, X_CORRELATION_ID), exchange.echoed, sent, strict=True
            )
            if got != want
        ]
        if missing:
            wrong.append(f"{exchange.what} (HTTP {exchange.status}): {' and '.join(missing)}")
    if wrong:
        raise CheckFailedError(
            f"{len(wrong)} of {len(answered)} replies do not repeat "
            f"{X_REQUEST_ID} / {X_CORRELATION_ID}: {_some(wrong)}"
        )


# -- envelopes ------------------------------------------------------------------------------------


async def _envelope_shape(ctx: OcpiContext) -> None:
    await _everything(ctx)
    answered = [e for e in ctx.exchanges if e.status is not None and 200 <= e.status < 300]
    if not answered:
        raise NotApplicableError("no successful reply to judge")
    wrong = [f"{e.what}: {e.shape}" for e in answered if e.shape is not None]
    if wrong:
        raise CheckFailedError(f"{len(wrong)} of {len(answered)} replies: {_some(wrong)}")


async def _clock(ctx: OcpiContext) -> None:
    await _everything(ctx)
    stamped = [e for e in ctx.exchanges if e.timestamp is not None]
    if not stamped:
        raise NotApplicableError("no reply carried a timestamp")
    limit = ctx.settings.max_clock_skew
    worst: tuple[float, bool, Exchange] | None = None
    for exchange in stamped:
        assert exchange.timestamp is not None
        ours = exchange.sent + (exchange.received - exchange.sent) / 2
        skew = (exchange.timestamp - ours).total_seconds()
        # the reply was made between sending and receiving: that much is no skew
        slack = (exchange.received - exchange.sent).total_seconds() / 2
        off = max(0.0, abs(skew) - slack)
        if off > limit and (worst is None or off > worst[0]):
            worst = (off, skew > 0, exchange)
    if worst is not None:
        off, ahead, exchange = worst
        way = "ahead of" if ahead else "behind"
        assert exchange.timestamp is not None
        raise CheckFailedError(
            f"the peer's timestamps run up to {_duration(off)} {way} the probe's clock "
            f"(allowed: {_duration(limit)}); {exchange.what} said "
            f"{format_datetime(exchange.timestamp)} at {format_datetime(exchange.received)}"
        )


def _duration(seconds: float) -> str:
    if seconds < 120:
        return f"{seconds:.0f} s"
    minutes = seconds / 60
    if minutes < 120:
        return f"{minutes:.0f} min"
    return f"{minutes // 60:.0f} h {minutes % 60:.0f} min"


# -- lists ----------------------------------------------------------------------------------------

ModuleJudge: TypeAlias = Callable[[OcpiContext, Walk], Awaitable[list[str]]]


class _ModuleNotApplicableError(Exception):
    """The rule cannot be judged on this list (the message says why)."""


async def _each_list(ctx: OcpiContext, judge: ModuleJudge) -> None:
    """Judge every list the peer sends; fail with the problems found, not applicable when no
    list could be judged."""
    problems: list[str] = []
    reasons: list[str] = []
    judged = 0
    for walk in await ctx.walks():
        failed = walk.failed
        if failed is not None and failed.position == 0 and len(walk.pages) == 1:
            reasons.append(f"{walk.module}: not read (see modules.list)")
            continue
        try:
            found = await judge(ctx, walk)
        except _ModuleNotApplicableError as reason:
            reasons.append(f"{walk.module}: {reason}")
            continue
        judged += 1
        problems += [f"{walk.module}: {problem}" for problem in found]
    if problems:
        raise CheckFailedError(_some(problems))
    if not judged:
        raise NotApplicableError(_some(reasons))


async def _modules_list(ctx: OcpiContext) -> None:
    problems: list[str] = []
    refused: list[str] = []
    walks = await ctx.walks()
    for walk in walks:
        failed = walk.failed
        if failed is None:
            continue
        where = "" if failed.position == 0 else f" (page {len(walk.pages)})"
        if failed.refused:
            refused.append(f"{walk.module}: {failed.problem}{where}")
        else:
            problems.append(f"{walk.module}{where}: {failed.problem}")
    if problems:
        raise CheckFailedError(_some(problems))
    if len(refused) == len(walks):
        raise NotApplicableError(
            _some(refused) + " (a registration token reaches only versions and credentials)"
        )


async def _headers(ctx: OcpiContext, walk: Walk) -> list[str]:
    return [
        f"page {number} ({display_url(page.url)}): {', '.join(page.header_problems)}"
        for number, page in enumerate(_read(walk), start=1)
        if page.header_problems
    ]


def _read(walk: Walk) -> list[Page]:
    return [page for page in walk.pages if page.problem is None]


async def _links(ctx: OcpiContext, walk: Walk) -> list[str]:
    problems: list[str] = []
    pages = _read(walk)
    for number, page in enumerate(pages, start=1):
        if page.link_problem is not None:
            problems.append(f"page {number}: {page.link_problem}")
    # a link that leads to an empty page stood on a page after which nothing remained
    for number, (page, following) in enumerate(itertools.pairwise(pages), start=1):
        if page.next_url is not None and not following.items:
            problems.append(
                f"page {number} (objects {page.position} to {page.end - 1}) has a next link, "
                "but the page it leads to is empty"
            )
            break
    if walk.outcome is CrawlOutcome.LINK_LOOP:
        problems.append("a next link leads back to a page already read")
    elif walk.outcome is CrawlOutcome.REPEATED_PAGE and not problems:
        problems.append("a next link served the same page again")
    after = walk.after_end
    if after is not None and after.problem is None and after.items and pages:
        problems.append(
            f"the last page (objects {pages[-1].position}..{pages[-1].end - 1}) has no next "
            f"link, yet offset={pages[-1].end} still returns {len(after.items)} object(s)"
        )
    return problems


async def _total_count(ctx: OcpiContext, walk: Walk) -> list[str]:
    pages = _read(walk)
    counted = [page for page in pages if page.total is not None]
    if not counted:
        raise _ModuleNotApplicableError("no X-Total-Count to judge")
    objects = len(walk.objects)
    last = counted[-1].total
    assert last is not None
    if walk.complete:
        if last != objects:
            return [f"X-Total-Count is {last}, the pages hold {objects} object(s)"]
        return []
    # a walk cut short (max_pages, a broken link) only shows how many there are at least
    distinct = len({_identity(walk.module, item) for item in walk.objects})
    if last < distinct:
        return [f"X-Total-Count is {last}, the pages read hold {distinct} distinct object(s)"]
    return []


async def _x_limit(ctx: OcpiContext, walk: Walk) -> list[str]:
    return [
        f"page {number} holds {len(page.items)} objects, X-Limit is {page.limit}"
        for number, page in enumerate(_read(walk), start=1)
        if page.limit is not None and len(page.items) > page.limit
    ]


def _first(walk: Walk) -> Page:
    pages = _read(walk)
    if not pages:
        raise _ModuleNotApplicableError("no page could be read")
    return pages[0]


async def _limit_capped(ctx: OcpiContext, walk: Walk) -> list[str]:
    first = _first(walk)
    if first.limit is None:
        raise _ModuleNotApplicableError("no X-Limit to ask above")
    asked = first.limit + 1
    url = ctx.list_url(walk.module, walk.url, limit=asked)
    page = _read_page(await ctx.get(url, "page", auth=ctx.encoding), 0)
    if page.problem is not None:
        return [f"limit={asked}: {page.problem}"]
    problems: list[str] = []
    if page.limit is None:
        problems.append(f"limit={asked}: no X-Limit")
    elif len(page.items) > page.limit:
        problems.append(
            f"limit={asked} (its X-Limit was {first.limit}): {len(page.items)} objects, "
            f"X-Limit {page.limit}"
        )
    if len(page.items) > asked:
        problems.append(f"limit={asked}: {len(page.items)} objects, more than asked")
    return problems


async def _offset(ctx: OcpiContext, walk: Walk) -> list[str]:
    objects = walk.objects
    if walk.reread:
        raise _ModuleNotApplicableError("the walk had to read objects again: no fixed order")
    if len(objects) < 2:
        raise _ModuleNotApplicableError("fewer than 2 objects: offsets cannot be told apart")
    offset = min(len(objects) - 1, len(_first(walk).items) + 1)
    url = ctx.list_url(walk.module, walk.url, offset=offset, limit=_OFFSET_PROBE_LIMIT)
    page = _read_page(await ctx.get(url, "page", auth=ctx.encoding), 0)
    where = f"offset={offset}&limit={_OFFSET_PROBE_LIMIT}"
    if page.problem is not None:
        return [f"{where}: {page.problem}"]
    if not page.items:
        return [f"{where}: no object, though the walk found {len(objects)}"]
    if len(page.items) > _OFFSET_PROBE_LIMIT:
        return [f"{where}: {len(page.items)} objects, more than asked"]
    problems: list[str] = []
    for step, item in enumerate(page.items):
        index = offset + step
        if index >= len(objects):
            break
        got, want = _identity(walk.module, item), _identity(walk.module, objects[index])
        if got != want:
            problems.append(
                f"{where}: object {step} is {_named(got)}, the walk has {_named(want)} at {index}"
            )
            break
    return problems


async def _date_from(ctx: OcpiContext, walk: Walk) -> list[str]:
    module = walk.module
    dated = sorted({d for item in walk.objects if (d := _last_updated(item)) is not None})
    if not dated:
        raise _ModuleNotApplicableError("no object with a readable last_updated")
    bound = parse_datetime(format_datetime(dated[len(dated) // 2]))
    # the walk's own date_from (2.1.1 Sessions) gives way to the one judged here
    filtered = await ctx.crawl(module, _without(walk.url, "date_from"), date_from=bound)
    shown = format_datetime(bound)
    failed = filtered.failed
    if failed is not None:
        return [f"date_from={shown}: {failed.problem}"]
    problems: list[str] = []
    early = [
        item
        for item in filtered.objects
        if (updated := _last_updated(item)) is not None and updated < bound
    ]
    if early:
        problems.append(
            f"date_from={shown} returned {len(early)} object(s) last updated before it "
            f"(first: {_named(_identity(module, early[0]))} at "
            f"{format_datetime(_last_updated(early[0]) or bound)})"
        )
    for number, page in enumerate(filtered.pages, start=1):
        if page.next_url is not None and _date_param(page.next_url) != bound:
            problems.append(f"page {number}'s next link does not keep date_from={shown}")
            break
    if walk.complete and filtered.outcome is CrawlOutcome.COMPLETE and not filtered.reread:
        # 2.1.1 words date_from as "after", later versions as "after or equal": an object
        # updated exactly at the bound may be left out in 2.1.1 only.
        inclusive = ctx.version is not OcpiVersion.V211
        due = {
            _identity(module, item)
            for item in walk.objects
            if (updated := _last_updated(item)) is not None
            and (updated >= bound if inclusive else updated > bound)
        }
        missing = due - {_identity(module, item) for item in filtered.objects}
        if missing:
            first = sorted(_named(identity) for identity in missing)[0]
            problems.append(
                f"date_from={shown} left out {len(missing)} object(s) last updated "
                f"{'at or ' if inclusive else ''}after it (first: {first})"
            )
    return problems


def _without(url: str, name: str) -> str:
    parts = urlsplit(url)
    kept = [(n, v) for n, v in parse_qsl(parts.query, keep_blank_values=True) if n != name]
    query = urlencode(kept, safe=":@/", quote_via=quote)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query, ""))


def _date_param(url: str) -> datetime | None:
    values = [
        v for n, v in parse_qsl(urlsplit(url).query, keep_blank_values=True) if n == "date_from"
    ]
    if len(values) != 1:
        return None
    try:
        return parse_datetime(values[0])
    except QueryParameterError:
        return None


# -- objects --------------------------------------------------------------------------------------


async def _objects_valid(ctx: OcpiContext) -> None:
    version = ctx.require_versions()
    problems: list[str] = []
    judged = 0
    for walk in await ctx.walks():
        model = _model(version, walk.module)
        pages = _read(walk)
        if model is None or not pages:
            continue
        judged += 1
        invalid: list[str] = []
        for page in pages:
            listed = read_items(model, list(page.items))
            for item in listed.invalid:
                name = _named(_identity(walk.module, item.raw))
                invalid.append(
                    f"#{page.position + item.index} {name}: {_violations(item.violations, 2)}"
                )
        if invalid:
            problems.append(
                f"{walk.module}: {len(invalid)} of {len(walk.objects)} object(s) invalid for "
                f"{model.__name__} {version.value}: {_some(invalid)}"
            )
    if problems:
        raise CheckFailedError(" | ".join(problems))
    if not judged:
        raise NotApplicableError("no list could be read (see modules.list)")


# -- the catalogue --------------------------------------------------------------------------------


def _per_list(judge: ModuleJudge) -> Callable[[OcpiContext], Awaitable[None]]:
    async def run(ctx: OcpiContext) -> None:
        await _each_list(ctx, judge)

    return run


def _deadlines(settings: OcpiProbeSettings | None) -> tuple[float, float]:
    """Seconds a check may take: one that makes a few requests, and one that may walk every
    list (each request is bounded by ``timeout`` too; this bounds their number)."""
    if settings is not None and settings.deadline is not None:
        return settings.deadline, settings.deadline
    timeout = DEFAULT_TIMEOUT if settings is None else settings.timeout
    pages = DEFAULT_MAX_PAGES if settings is None else settings.max_pages
    few = 6 * timeout + 1.0
    walking = (2 * pages + 6) * len(_LIST_MODULES) * timeout + few
    return few, walking


def catalogue(
    version: OcpiVersion | None = None, settings: OcpiProbeSettings | None = None
) -> list[Probe[OcpiContext]]:
    """The checks for a peer of ``version`` (``None``: the newest ocpkit speaks; the ids are
    the same in every version, rules and sections differ), in the order they run; deadlines
    from ``settings`` (``timeout``, ``max_pages``, ``deadline``)."""
    version = version or _LATEST
    v = version.value
    few, walking = _deadlines(settings)
    own = default_token_encoding(version)
    ids_version = "2.2.1" if version is OcpiVersion.V211 else v

    def entry(
        check_id: str,
        rule: str,
        where: str,
        run: Callable[[OcpiContext], Awaitable[None]],
        deadline: float = few,
    ) -> Probe[OcpiContext]:
        return Probe(Check(check_id, rule, where), run, deadline)

    return [
        entry(
            "versions.list",
            "The versions URL answers a success envelope listing versions, each a number and a URL",
            section(v, "versions"),
            _versions_list,
        ),
        entry(
            "versions.details",
            "The chosen version's details answer a success envelope naming it and its endpoints",
            section(v, "version-details"),
            _versions_details,
        ),
        entry(
            "authorization.encoding",
            f"The token sent {_FORMS[own]}, as OCPI {v} writes it, is accepted",
            section(v, "authorization"),
            _encoding_accepted,
        ),
        entry(
            "authorization.other-encoding",
            f"Reported only: whether the token sent {_FORMS[_other(own)]} is accepted too",
            section(v, "authorization"),
            _other_encoding,
        ),
        entry(
            "authorization.missing",
            "A request without an Authorization header gets HTTP 401",
            section(v, "authorization"),
            _missing,
        ),
        entry(
            "authorization.wrong-token",
            "A token of no known party gets HTTP 401, with a client-error (2xxx) envelope if any",
            section(v, "authorization") + "; " + section(v, "client-errors"),
            _wrong_token,
        ),
        entry(
            "modules.list",
            "Each list the peer sends answers its GET with HTTP 200 and a success envelope",
            section(v, "get"),
            _modules_list,
            walking,
        ),
        entry(
            "pagination.headers",
            "Every page carries X-Total-Count and X-Limit, each a whole number",
            section(v, "paginated-response"),
            _per_list(_headers),
            walking,
        ),
        entry(
            "pagination.link",
            'A Link rel="next" is on every page after which objects remain, and on no other',
            section(v, "paginated-response"),
            _per_list(_links),
            walking,
        ),
        entry(
            "pagination.total-count",
            "X-Total-Count equals the number of objects the pages of the list hold",
            section(v, "paginated-response"),
            _per_list(_total_count),
            walking,
        ),
        entry(
            "pagination.x-limit",
            "No page holds more objects than its X-Limit",
            section(v, "paginated-response"),
            _per_list(_x_limit),
            walking,
        ),
        entry(
            "pagination.limit-capped",
            "Asked for more than its X-Limit, the peer returns no more than the X-Limit it answers",
            section(v, "paginated-request"),
            _per_list(_limit_capped),
            walking,
        ),
        entry(
            "pagination.offset",
            "The page at offset k starts with the k-th object of the list and honours limit",
            section(v, "paginated-request"),
            _per_list(_offset),
            walking,
        ),
        entry(
            "pagination.date-from",
            "With date_from, exactly the objects last updated since then come, links keep it",
            section(v, "date-from"),
            _per_list(_date_from),
            walking,
        ),
        entry(
            "objects.valid",
            f"Every object of every page is valid for its OCPI {v} object definition",
            section(v, "objects"),
            _objects_valid,
            walking,
        ),
        entry(
            "request-ids.echoed",
            "Every reply of the version's endpoints repeats X-Request-ID and X-Correlation-ID",
            section(ids_version, "request-ids"),
            _ids_echoed,
            walking,
        ),
        entry(
            "envelope.shape",
            "Every 2xx reply is an envelope: status_code, a UTC DateTime timestamp, data as asked",
            section(v, "response-format"),
            _envelope_shape,
            walking,
        ),
        entry(
            "envelope.clock",
            "Reply timestamps agree with the probe's clock (the allowed skew is a setting)",
            section(v, "response-format") + "; " + section(v, "datetime"),
            _clock,
            walking,
        ),
    ]


CHECKS: Final = tuple(entry.check.id for entry in catalogue(_LATEST))
"""Every check id of the OCPI probe, in the order they run."""


# -- running it -----------------------------------------------------------------------------------


async def _reachable(url: str) -> None:
    """:class:`ToolError` (status 2) unless ``url`` is http(s) and its host takes a TCP
    connection."""
    if not is_web_url(url):
        raise _usage(f"not an http:// or https:// URL: {display_url(url)}")
    await connectable(url)


def _credentials_token(text: str) -> CredentialsToken:
    try:
        return CredentialsToken(text)
    except CredentialsTokenError as error:
        raise _usage(f"the token cannot be a credentials token: {error.reason}") from None


async def probe_ocpi(settings: OcpiProbeSettings, *, progress: IO[str] | None = None) -> Report:
    """Run the OCPI catalogue against ``settings.versions_url``: :class:`ToolError` (status 2)
    for a URL that is not http(s), a token that cannot be one, an unknown check in ``only``,
    or a host that takes no connection at all; otherwise the report, whatever the peer does.
    ``progress`` gets one line per check as it is judged."""
    select(catalogue(_LATEST, settings), settings.only)  # a bad name fails before any traffic
    token = _credentials_token(settings.token)
    await _reachable(settings.versions_url)
    timeouts = httpx.Timeout(settings.timeout)  # get() bounds each whole reply as well
    async with httpx.AsyncClient(timeout=timeouts, follow_redirects=False) as http:
        context = OcpiContext(settings=settings, token=token, http=http)
        await context.discover()
        version = context.version
        chosen = select(catalogue(version or _LATEST, settings), settings.only)
        return await run_catalogue(
            chosen,
            context,
            probe="ocpi",
            target=settings.versions_url,
            version=version.value if version is not None else "unknown",
            on_result=progress_printer(progress),
        )
