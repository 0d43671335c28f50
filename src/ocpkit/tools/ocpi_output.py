"""What the OCPI tools print: JSON lines (``ocpkit ocpi cpo``, ``ocpkit ocpi emsp --format
json``), readable lines (``ocpkit ocpi emsp``) and readable HTTP exchanges (``ocpkit demo
--ocpi``).

Each JSON line is one record, an attrs value turned into JSON by a cattrs converter
(``cattrs.preconf.orjson``); every record starts with ``event`` and ends with ``time`` (UTC).
No record ever holds a credentials token, except the ``listening`` line of a CPO whose token A
was generated (how else would anyone learn it).

``ocpkit ocpi cpo``:

=================  ==============================================================================
``event``          other fields
=================  ==============================================================================
``listening``      ``host``, ``port``, ``versions_url``, ``version``, ``locations``,
                   ``page_limit``, and ``token`` (token A) only when it was generated
``request``        ``method``, ``path``, ``query``, ``status`` (HTTP), ``status_code`` (OCPI, or
                   ``null`` when the reply is no envelope), ``items`` (length of a ``data`` list,
                   or ``null``), ``ms``
``result_posted``  ``command``, ``result``, ``url`` (the request's ``response_url``), ``status``,
                   ``status_code``, ``ms``, ``error`` (why it could not be sent, or ``null``)
``stopping``       ``signal``
``stopped``
=================  ==============================================================================

``ocpkit ocpi emsp --format json``:

=======================  ========================================================================
``event``                other fields
=======================  ========================================================================
``listening``            ``port``, ``versions_url``: the eMSP's own server
``registered``           ``versions_url`` (the CPO's), ``version``, ``parties``, ``modules``
``registration_failed``  ``step``, ``reason``, ``http_status``, ``status_code``
``crawled``              ``module``, ``objects``, ``pages``, ``invalid``, ``duplicates``,
                         ``warnings``, ``outcome`` (``complete``, another crawl outcome, or
                         ``failed`` when a request failed)
``invalid_object``       ``module``, ``index`` (within its page), ``violations`` (``path``,
                         ``kind``, ``message`` each)
``crawl_warning``        ``module``, ``kind``, ``message``
``check``                ``name`` (``token_put``, ``token_patch``, ``token_get``, ``command``,
                         ``command_result``, ``unregister``), ``ok``, ``detail``
``summary``              ``version``, ``ok``, ``problems``
=======================  ========================================================================
"""

from collections.abc import Callable
from datetime import UTC, datetime
from typing import IO, Final, Literal, TypeAlias

import attrs
from cattrs.gen import make_dict_unstructure_fn, override
from cattrs.preconf.orjson import make_converter

from ocpkit.ocpi.reading import InvalidItem

from .ocpi_serving import Exchange
from .output import Stopped, Stopping, _Output

__all__ = [
    "Check",
    "CpoListening",
    "CpoRecord",
    "CrawlNotice",
    "Crawled",
    "EmspListening",
    "EmspRecord",
    "EmspText",
    "ExchangeLines",
    "InvalidObject",
    "OcpiJsonLines",
    "OcpiRecord",
    "Registered",
    "RegistrationFailedLine",
    "RequestServed",
    "ResultPosted",
    "Summary",
    "ViolationLine",
]


def _time() -> datetime:
    return datetime.now(UTC)


# -- the CPO's records --------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class CpoListening:
    """The simulated CPO is ready: where its versions are, and token A if it was generated."""

    event: Literal["listening"] = "listening"
    host: str
    port: int
    versions_url: str
    version: str
    locations: int
    page_limit: int
    token: str | None = attrs.field(default=None, repr=False)
    time: datetime = attrs.field(factory=_time)


@attrs.frozen(kw_only=True)
class RequestServed:
    """One request the server answered (see :class:`~ocpkit.tools.ocpi_serving.Exchange`)."""

    event: Literal["request"] = "request"
    method: str
    path: str
    query: str
    status: int
    status_code: int | None
    items: int | None
    ms: float
    time: datetime = attrs.field(factory=_time)

    @classmethod
    def of(cls, exchange: Exchange) -> "RequestServed":
        """The record of ``exchange``."""
        return cls(
            method=exchange.method,
            path=exchange.path,
            query=exchange.query,
            status=exchange.status,
            status_code=exchange.status_code,
            items=exchange.items,
            ms=exchange.ms,
        )

    @property
    def target(self) -> str:
        """The path with its query, as the request line had it."""
        return f"{self.path}?{self.query}" if self.query else self.path


@attrs.frozen(kw_only=True)
class ResultPosted:
    """The CPO POSTed a command's result to its ``response_url`` (``error`` when the POST got
    no reply)."""

    event: Literal["result_posted"] = "result_posted"
    command: str
    result: str
    url: str
    status: int | None
    status_code: int | None
    ms: float
    error: str | None = None
    time: datetime = attrs.field(factory=_time)


CpoRecord: TypeAlias = CpoListening | RequestServed | ResultPosted | Stopping | Stopped
"""Anything ``ocpkit ocpi cpo`` logs."""


# -- the eMSP's records ------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class EmspListening:
    """The eMSP's own server is ready (versions, credentials, command results)."""

    event: Literal["listening"] = "listening"
    port: int
    versions_url: str
    time: datetime = attrs.field(factory=_time)

    def format(self) -> str:
        """One readable line."""
        return f"eMSP serving {self.versions_url}"


@attrs.frozen(kw_only=True)
class Registered:
    """The registration with the CPO succeeded: the version agreed, the CPO's parties
    (``NL/OCK CPO``) and the modules it offers (``locations SENDER``)."""

    event: Literal["registered"] = "registered"
    versions_url: str
    version: str
    parties: tuple[str, ...]
    modules: tuple[str, ...]
    time: datetime = attrs.field(factory=_time)

    def format(self) -> str:
        """One readable line."""
        return (
            f"registered with {self.versions_url}: OCPI {self.version}, "
            f"{', '.join(self.parties)}; modules: {', '.join(self.modules)}"
        )


@attrs.frozen(kw_only=True)
class RegistrationFailedLine:
    """The registration failed: at which step, why, and what the CPO answered."""

    event: Literal["registration_failed"] = "registration_failed"
    step: str
    reason: str
    http_status: int | None
    status_code: int | None
    time: datetime = attrs.field(factory=_time)

    def format(self) -> str:
        """One readable line."""
        answered = []
        if self.http_status is not None:
            answered.append(f"HTTP {self.http_status}")
        if self.status_code is not None:
            answered.append(f"OCPI {self.status_code}")
        said = f" ({', '.join(answered)})" if answered else ""
        return f"registration failed at {self.step}: {self.reason}{said}"


@attrs.frozen(kw_only=True)
class Crawled:
    """A crawl of one Sender module ended."""

    event: Literal["crawled"] = "crawled"
    module: str
    objects: int
    pages: int
    invalid: int
    duplicates: int
    warnings: int
    outcome: str
    time: datetime = attrs.field(factory=_time)

    def format(self) -> str:
        """One readable line."""
        pages = "page" if self.pages == 1 else "pages"
        extra = [f"{self.invalid} invalid"] if self.invalid else []
        if self.duplicates:
            extra.append(f"{self.duplicates} duplicates")
        if self.warnings:
            extra.append(f"{self.warnings} warnings")
        tail = f" ({', '.join(extra)})" if extra else ""
        counted = f"{self.objects} objects in {self.pages} {pages}"
        return f"{self.module}: {counted}, {self.outcome}{tail}"


@attrs.frozen(kw_only=True)
class ViolationLine:
    """One rule an object broke: its JSON path, the rule, and a message for people."""

    path: str
    kind: str
    message: str


@attrs.frozen(kw_only=True)
class InvalidObject:
    """An object of a crawled page that did not validate (``index``: its place in the page)."""

    event: Literal["invalid_object"] = "invalid_object"
    module: str
    index: int
    violations: tuple[ViolationLine, ...]
    time: datetime = attrs.field(factory=_time)

    @classmethod
    def of(cls, module: str, item: InvalidItem) -> "InvalidObject":
        """The record of ``item`` (its raw JSON is left out)."""
        return cls(
            module=module,
            index=item.index,
            violations=tuple(
                ViolationLine(path=v.path, kind=v.kind, message=v.message) for v in item.violations
            ),
        )

    def format(self) -> str:
        """One readable line."""
        found = "; ".join(f"{v.path} ({v.kind}: {v.message})" for v in self.violations)
        return f"{self.module}: invalid object at index {self.index} of its page: {found}"


@attrs.frozen(kw_only=True)
class CrawlNotice:
    """Something odd the crawler noticed about a page (it went on)."""

    event: Literal["crawl_warning"] = "crawl_warning"
    module: str
    kind: str
    message: str
    time: datetime = attrs.field(factory=_time)

    def format(self) -> str:
        """One readable line."""
        return f"{self.module}: warning {self.kind}: {self.message}"


@attrs.frozen(kw_only=True)
class Check:
    """One step of the eMSP's run other than a crawl, and whether the CPO did its part."""

    event: Literal["check"] = "check"
    name: str
    ok: bool
    detail: str
    time: datetime = attrs.field(factory=_time)

    def format(self) -> str:
        """One readable line."""
        return f"{'ok' if self.ok else 'FAILED'} {self.name}: {self.detail}"


@attrs.frozen(kw_only=True)
class Summary:
    """How the run ended: ``ok`` when every step conformed, else the ``problems``."""

    event: Literal["summary"] = "summary"
    version: str | None
    ok: bool
    problems: tuple[str, ...]
    time: datetime = attrs.field(factory=_time)

    def format(self) -> str:
        """One readable line."""
        version = f"OCPI {self.version}" if self.version else "no OCPI version agreed"
        if self.ok:
            return f"conformant ({version}): every check passed"
        return f"not conformant ({version}): " + "; ".join(self.problems)


EmspRecord: TypeAlias = (
    EmspListening
    | Registered
    | RegistrationFailedLine
    | Crawled
    | InvalidObject
    | CrawlNotice
    | Check
    | Summary
)
"""Anything ``ocpkit ocpi emsp`` reports."""

OcpiRecord: TypeAlias = CpoRecord | EmspRecord
"""Any record of the OCPI tools."""


# -- writers ------------------------------------------------------------------------------------


class OcpiJsonLines(_Output):
    """Writes records to ``out``, one JSON object per line, flushed at once; a closed pipe
    stops the writing (``broken``) and calls ``on_broken`` once."""

    def __init__(self, out: IO[str], on_broken: Callable[[], None] | None = None) -> None:
        super().__init__(out, on_broken)
        self._converter = make_converter()
        # token A appears only when it was generated: no "token": null otherwise
        self._converter.register_unstructure_hook(
            CpoListening,
            make_dict_unstructure_fn(
                CpoListening, self._converter, token=override(omit_if_default=True)
            ),
        )

    def __call__(self, record: OcpiRecord) -> None:
        """Write ``record``."""
        self._write(self._converter.dumps(record).decode())


class EmspText(_Output):
    """Writes the eMSP's records as readable lines."""

    def __call__(self, record: EmspRecord) -> None:
        """Write ``record``."""
        self._write(record.format())


_ARROW: Final = "→"
_ASCII_ARROW: Final = "->"
_DIM: Final = "\x1b[2m"
_ERROR_COLOUR: Final = "\x1b[31m"
_RESET: Final = "\x1b[0m"
_PARTY_COLOURS: Final = {"eMSP": "\x1b[36m", "CPO": "\x1b[33m"}


def _can_encode(out: IO[str], text: str) -> bool:
    encoding = getattr(out, "encoding", None) or "utf-8"
    try:
        text.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return False
    return True


class ExchangeLines(_Output):
    """Prints HTTP exchanges one per line, with who asked whom::

        eMSP → CPO  GET /ocpi/2.2.1/locations?offset=5&limit=5  HTTP 200  OCPI 1000  5 items

    Colour (the asking party's, errors in red) only when ``colour`` is true; ``->`` for ``→``
    on a stream that cannot encode it.
    """

    def __init__(self, out: IO[str], *, colour: bool = False) -> None:
        super().__init__(out)
        self._colour = colour
        self._arrow = _ARROW if _can_encode(out, _ARROW) else _ASCII_ARROW
        self.count: int = 0
        """How many exchanges were printed."""

    def exchange(self, client: str, server: str, exchange: Exchange | RequestServed) -> None:
        """Print ``exchange``, a request from ``client`` that ``server`` answered."""
        parts = [f"{exchange.method} {exchange.target}", f"HTTP {exchange.status}"]
        if exchange.status_code is not None:
            parts.append(f"OCPI {exchange.status_code}")
        if exchange.items is not None:
            parts.append(f"{exchange.items} item" + ("" if exchange.items == 1 else "s"))
        who = f"{client} {self._arrow} {server}"
        if self._colour:
            failed = exchange.status >= 400 or (
                exchange.status_code is not None and not 1000 <= exchange.status_code < 2000
            )
            colour = _ERROR_COLOUR if failed else _PARTY_COLOURS.get(client, "")
            who = f"{colour}{who}{_RESET}"
        self._write(f"{who}  " + "  ".join(parts))
        self.count += 1

    def note(self, text: str) -> None:
        """Print a line that is not an exchange (dimmed in colour)."""
        self._write(f"{_DIM}{text}{_RESET}" if self._colour else text)
