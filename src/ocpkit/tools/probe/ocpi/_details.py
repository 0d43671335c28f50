"""The chosen version's details as read (:class:`Details`): the lists a peer sends in each
version, and the object class of each."""

from collections.abc import Mapping
from typing import Final

import attrs

from ocpkit.ocpi import OcpiModel, v211, v221, v230
from ocpkit.ocpi.client import is_web_url
from ocpkit.ocpi.version import OcpiVersion
from ocpkit.ocpi.versions import VersionEndpoints, VersionsError

from ._exchange import _quote

_PACKAGES: Final = {OcpiVersion.V211: v211, OcpiVersion.V221: v221, OcpiVersion.V230: v230}
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
