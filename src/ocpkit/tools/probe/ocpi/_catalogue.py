"""The catalogue of the OCPI probe: every check with its rule, section and deadline, in the
order they run."""

from collections.abc import Awaitable, Callable
from typing import Final

from ocpkit.ocpi.headers import default_token_encoding
from ocpkit.ocpi.version import OcpiVersion

from .._report import Check
from .._runner import Probe
from ..sections import ocpi as section
from ._context import _FORMS, OcpiContext, _other
from ._details import _LIST_MODULES
from ._lists import (
    ModuleJudge,
    _date_from,
    _each_list,
    _headers,
    _limit_capped,
    _links,
    _modules_list,
    _offset,
    _total_count,
    _x_limit,
)
from ._objects import _objects_valid
from ._replies import _clock, _envelope_shape, _ids_echoed
from ._settings import DEFAULT_MAX_PAGES, DEFAULT_TIMEOUT, OcpiProbeSettings
from ._versions_auth import (
    _encoding_accepted,
    _missing,
    _other_encoding,
    _versions_details,
    _versions_list,
    _wrong_token,
)

_LATEST: Final = OcpiVersion.V230


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
