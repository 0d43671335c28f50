"""Which router answers a connection: one resolution, with the same checks, for the CSMS server
and the charging-station client.

Both accept ``router`` (one :class:`~ocpkit.ocpp.router.Router`, or an iterable with one per
version) or ``router_for`` (a factory called per connection), never both. The checks, walked
row by row by the tests:

=================================================  =============================================
rule                                               when it is checked
=================================================  =============================================
``router`` and ``router_for`` are not both given   construction
every router plays this side's role                construction (given routers), connection
                                                   (what ``router_for`` returns)
no two routers for one version                     construction
no router for a version that is not served         construction
at least one version is served                     construction
the router's version is the connection's           connection (``router_for``)
=================================================  =============================================

Callers without a type checker are checked too (a router that is not a ``Router``). A served
version without a router of its own gets an empty one (every call it receives is
answered ``NotImplemented``/``NotSupported``). ``versions`` defaults to the routers' versions,
else to the side's default.
"""

from collections.abc import Callable, Iterable, Mapping, Sequence
from types import MappingProxyType

import attrs

from ocpkit.ocpp.registry import Side
from ocpkit.ocpp.router import Router
from ocpkit.ocpp.version import OcppVersion

from ._config import ConfigError

__all__ = ["RouterFactory", "Routing", "resolve_routing"]

RouterFactory = Callable[[OcppVersion, str], Router]
"""``router_for(version, identity)``: the router of one connection."""


def _role_name(role: Side) -> str:
    return "CSMS" if role == "CSMS" else "charging station"


@attrs.frozen
class Routing:
    """The routers of one side, resolved and checked: ask :meth:`router` per connection."""

    role: Side
    versions: tuple[OcppVersion, ...]
    routers: Mapping[OcppVersion, Router]
    factory: RouterFactory | None = None

    def router(self, version: OcppVersion, identity: str) -> Router:
        """The router of a connection speaking ``version`` (raises :class:`ConfigError` when
        ``router_for`` answers with a router of the wrong role or version)."""
        if self.factory is None:
            return self.routers.get(version) or Router(version, self.role)
        router = self.factory(version, identity)
        if not isinstance(router, Router):  # pyright: ignore[reportUnnecessaryIsInstance]
            raise ConfigError(f"router_for must return a Router, not {type(router).__name__}")
        if router.role != self.role or router.version is not version:
            raise ConfigError(
                f"router_for gave a {router.role} router of OCPP {router.version} for an"
                f" OCPP {version} {_role_name(self.role)} connection"
            )
        return router


def resolve_routing(
    role: Side,
    *,
    router: Router | Iterable[Router] | None,
    router_for: RouterFactory | None,
    versions: Sequence[OcppVersion] | None,
    default_versions: Sequence[OcppVersion],
) -> Routing:
    """Check the routing options of one side and resolve them (raises :class:`ConfigError`)."""
    if router is not None and router_for is not None:
        raise ConfigError("pass router or router_for, not both")
    routers: dict[OcppVersion, Router] = {}
    for one in [router] if isinstance(router, Router) else (router or []):
        if not isinstance(one, Router):  # pyright: ignore[reportUnnecessaryIsInstance]
            raise ConfigError(f"router must hold Router objects, not {type(one).__name__}")
        if one.role != role:
            raise ConfigError(f"a {_role_name(role)} needs {role} routers, not a {one.role} router")
        if one.version in routers:
            raise ConfigError(f"two routers for OCPP {one.version}")
        routers[one.version] = one
    if versions is None:
        served = tuple(routers) or tuple(default_versions)
    else:
        served = tuple(dict.fromkeys(OcppVersion(v) for v in versions))
    if not served:
        raise ConfigError(f"a {_role_name(role)} must support at least one OCPP version")
    unserved = [str(v) for v in routers if v not in served]
    if unserved:
        raise ConfigError(
            f"a router for OCPP {', '.join(unserved)}, which is not among the versions served"
        )
    return Routing(role, served, MappingProxyType(routers), router_for)
