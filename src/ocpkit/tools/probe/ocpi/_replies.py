"""The checks of every reply the probe got: ``request-ids.echoed``, ``envelope.shape`` and
``envelope.clock``."""

import contextlib

from ocpkit.ocpi.headers import X_CORRELATION_ID, X_REQUEST_ID, request_ids_defined
from ocpkit.ocpi.pagination import format_datetime

from .._runner import CheckFailedError, NotApplicableError
from ._context import OcpiContext
from ._exchange import Exchange, _some

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
