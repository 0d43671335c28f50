"""``ocpkit probe csms``: check a CSMS against OCPP-J, acting as a charging station.

The catalogue (:data:`CHECKS`, in the order it runs) opens a few short connections for the
handshake rules, then one session (the station's identity appended to the endpoint URL, Basic
auth when a password is given) for everything else: a BootNotification and a Heartbeat whose
answers must be schema-valid, then frames that are broken in one way each, calls the CSMS must
refuse with a given code, and inputs it must not echo. Each rule names the code it expects in
the version's own spelling. The CSMS's own calls during the session are answered (after a short
hold) and judged at the end: one in flight at a time, each valid for its schema. A session the
CSMS closes is reopened for the next check and the close is reported by ``connection.kept``.

The expected answers are the tables of :mod:`ocpkit.ocpp.frames` and :mod:`ocpkit.ocpp.errors`:
what ocpkit itself answers, from OCPP-J's frame and error-code rules. OCPP-J 1.6 prescribes no
code for a frame whose envelope cannot be read; there any 1.6 error code passes.
"""

import asyncio
import contextlib
from collections.abc import Awaitable, Callable
from typing import Any, Final
from urllib.parse import quote

import attrs

from ocpkit.ocpp.negotiation import Subprotocol
from ocpkit.ocpp.version import OcppVersion

from ._report import Check
from ._rpc_checks import TO_CSMS, rpc_checks, valid_result
from ._runner import CheckFailedError, NotApplicableError, Probe
from ._wire import HandshakeRefusedError, PeerCall, RawSession, open_session
from .sections import ocpp_j, security_profile_1

__all__ = ["CHECKS", "CsmsContext", "catalogue"]

DEFAULT_REPLY_TIMEOUT: Final = 3.0
CLOSE_WAIT: Final = 2.0  # seconds a CSMS has to close a connection it must not keep

_V16: Final = OcppVersion.V16


@attrs.define
class CsmsContext:
    """What the CSMS probe runs against, and the state its checks share."""

    url: str
    version: OcppVersion
    identity: str = "OCPKIT-PROBE"
    password: str | bytes | None = None
    reply_timeout: float = DEFAULT_REPLY_TIMEOUT
    session: RawSession | None = None
    closed_after: list[str] = attrs.Factory(list)
    peer_calls: list[PeerCall] = attrs.Factory(list)
    _booted: bool = False

    @property
    def station_url(self) -> str:
        return f"{self.url.rstrip('/')}/{quote(self.identity, safe='')}"

    @property
    def subprotocol(self) -> str:
        return Subprotocol.for_version(self.version).value

    async def open(
        self, subprotocols: list[str], *, password: str | bytes | None = None
    ) -> RawSession:
        return await open_session(
            self.station_url,
            self.version,
            subprotocols=subprotocols,
            identity=self.identity,
            password=password,
        )

    async def main(self) -> RawSession:
        """The session the message checks share: opened (and booted) on first use, reopened
        when the CSMS closed it."""
        if self.session is not None and not self.session.closed:
            return self.session
        if self.session is not None:
            self.peer_calls.extend(self.session.calls)
        self.session = await self.open([self.subprotocol], password=self.password)
        self._booted = False
        return self.session

    async def booted(self) -> RawSession:
        """The main session after an answered BootNotification (some CSMSs refuse other calls
        before it)."""
        session = await self.main()
        if not self._booted:
            await session.call("BootNotification", boot_payload(self.version), timeout=5.0)
            self._booted = True
        return session

    @property
    def side(self) -> str:
        return "CSMS"

    async def ready(self) -> RawSession:
        return await self.booted()

    def calls_seen(self) -> list[PeerCall]:
        return [*self.peer_calls, *(self.session.calls if self.session is not None else [])]

    def after(self, check_id: str) -> None:
        """Note that the main session was closed by the CSMS after ``check_id``."""
        if self.session is not None and self.session.closed:
            self.closed_after.append(f"{check_id} (close code {self.session.close_code})")

    async def close(self) -> None:
        if self.session is not None:
            self.peer_calls.extend(self.session.calls)
            await self.session.close()
            self.session = None


def boot_payload(version: OcppVersion) -> dict[str, Any]:
    if version is _V16:
        return {"chargePointVendor": "ocpkit", "chargePointModel": "probe"}
    return {"reason": "PowerUp", "chargingStation": {"model": "probe", "vendorName": "ocpkit"}}


# -- handshake ---------------------------------------------------------------------------------


async def _subprotocol(ctx: CsmsContext) -> None:
    session = await ctx.open([ctx.subprotocol], password=ctx.password)
    try:
        if session.subprotocol != ctx.subprotocol:
            raise CheckFailedError(f"selected {session.subprotocol!r}")
    finally:
        await session.close()


async def _several_offered(ctx: CsmsContext) -> None:
    session = await ctx.open(["ocpp0.9-probe", ctx.subprotocol], password=ctx.password)
    try:
        if session.subprotocol != ctx.subprotocol:
            raise CheckFailedError(
                f"offered ocpp0.9-probe and {ctx.subprotocol}; selected {session.subprotocol!r}"
            )
    finally:
        await session.close()


async def _no_match(ctx: CsmsContext) -> None:
    try:
        session = await ctx.open(["ocpp0.9-probe"], password=ctx.password)
    except HandshakeRefusedError:
        return  # refused outright: no OCPP session either
    try:
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(CLOSE_WAIT):
                while not session.closed:
                    await asyncio.sleep(0.05)
        if not session.closed:
            raise CheckFailedError(
                f"upgraded without a subprotocol and still open after {CLOSE_WAIT:g} s"
            )
    finally:
        await session.close()


async def _basic_auth(ctx: CsmsContext) -> None:
    if ctx.password is None:
        raise NotApplicableError("no --password given")
    for label, password in (("no credentials", None), ("a wrong password", "probe-wrong-pass-0")):
        try:
            session = await ctx.open([ctx.subprotocol], password=password)
        except HandshakeRefusedError as refused:
            if refused.status != 401:
                raise CheckFailedError(f"{label}: HTTP {refused.status}, expected 401") from None
            continue
        await session.close()
        raise CheckFailedError(f"{label}: the connection was accepted")


# -- messages ----------------------------------------------------------------------------------


async def _boot(ctx: CsmsContext) -> None:
    session = await ctx.main()
    reply = await session.call(
        "BootNotification", boot_payload(ctx.version), timeout=ctx.reply_timeout
    )
    valid_result(ctx.version, "BootNotification", reply)
    ctx._booted = True


async def _heartbeat(ctx: CsmsContext) -> None:
    session = await ctx.booted()
    reply = await session.call("Heartbeat", {}, timeout=ctx.reply_timeout)
    valid_result(ctx.version, "Heartbeat", reply)


# -- the catalogue -----------------------------------------------------------------------------


def _tracked(
    check_id: str, run: Callable[[CsmsContext], Awaitable[None]]
) -> Callable[[CsmsContext], Awaitable[None]]:
    async def tracked(ctx: CsmsContext) -> None:
        try:
            await run(ctx)
        finally:
            ctx.after(check_id)

    return tracked


def catalogue(version: OcppVersion) -> list[Probe[CsmsContext]]:
    """The checks for a CSMS of ``version``, in the order they run."""
    v, j = version, ocpp_j
    own: list[tuple[Check, Callable[[CsmsContext], Awaitable[None]]]] = [
        (
            Check(
                "handshake.subprotocol",
                f"Offered only {Subprotocol.for_version(v).value}, the CSMS selects it",
                j(v, "3.1.2", "OCPP version"),
            ),
            _subprotocol,
        ),
        (
            Check(
                "handshake.several-offered",
                "Offered an unknown subprotocol and the version's, the CSMS selects the version's",
                j(v, "3.1.2", "OCPP version"),
            ),
            _several_offered,
        ),
        (
            Check(
                "handshake.no-match",
                "Offered no subprotocol it knows, the CSMS refuses the upgrade or closes at once",
                j(v, "3.1.2", "OCPP version"),
            ),
            _no_match,
        ),
        (
            Check(
                "security.basic-auth",
                "With a password configured, no credentials and a wrong password get HTTP 401",
                security_profile_1(v),
            ),
            _basic_auth,
        ),
        (
            Check(
                "messages.boot",
                "A valid BootNotification gets a CALLRESULT valid for its schema",
                j(v, "4.2.2", "CALLRESULT"),
            ),
            _boot,
        ),
        (
            Check(
                "messages.heartbeat",
                "A valid Heartbeat gets a CALLRESULT valid for its schema",
                j(v, "4.2.2", "CALLRESULT"),
            ),
            _heartbeat,
        ),
    ]
    entries = [*own, *rpc_checks(version, TO_CSMS)]
    return [Probe(check, _tracked(check.id, run)) for check, run in entries]


CHECKS: Final = tuple(entry.check.id for entry in catalogue(OcppVersion.V201))
"""Every check id of the CSMS probe, in the order they run."""
