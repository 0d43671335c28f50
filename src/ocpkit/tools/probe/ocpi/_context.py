"""What the OCPI probe runs against and what its checks share (:class:`OcpiContext`): the
requests, the versions list and the chosen version, the token's form, the details and the
walks, each made once."""

import asyncio
from datetime import UTC, datetime
from typing import Final

import attrs
import httpx
import orjson
from pydantic import JsonValue

from ocpkit.ocpi.client import is_web_url
from ocpkit.ocpi.headers import (
    AUTHORIZATION,
    X_CORRELATION_ID,
    X_REQUEST_ID,
    CredentialsToken,
    RequestIds,
    TokenEncoding,
    authorization_header,
    default_token_encoding,
)
from ocpkit.ocpi.pagination import Crawler, CrawlOutcome, format_datetime
from ocpkit.ocpi.version import OcpiVersion
from ocpkit.ocpi.versions import (
    InvalidVersionInformation,
    PeerVersions,
    VersionsError,
    choose_version,
    parse_version_details,
    parse_versions,
)

from .._runner import NotApplicableError
from ._details import Details, _sent_lists
from ._exchange import (
    MAX_BODY,
    Exchange,
    Headers,
    Reply,
    _BodyTooLongError,
    _quote,
    _read_body,
    _read_envelope,
    _shape,
    _single,
    _violations,
)
from ._pages import Walk, _identity, _read_page, _with_query
from ._settings import OcpiProbeSettings

# 2.1.1 makes date_from mandatory on the Sessions list; the walk then asks for everything since.
_SINCE_EVER: Final = datetime(2000, 1, 1, tzinfo=UTC)


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


def _other(encoding: TokenEncoding) -> TokenEncoding:
    return TokenEncoding.PLAIN if encoding is TokenEncoding.BASE64 else TokenEncoding.BASE64


_FORMS: Final = {TokenEncoding.PLAIN: "plain", TokenEncoding.BASE64: "in Base64"}
