"""The OCPP-J RPC checks both OCPP probes share: how the other side answers broken frames,
calls it must refuse, schema-invalid payloads, and inputs it must neither answer nor echo; how it
makes its own calls; whether it keeps the session.

The rules are the same in both directions; only the examples differ (:class:`Direction`): the
action only the probed side's peer may send, one schema-invalid call per rule of the error-code
table, and a harmless call that must be answered. The expected answers are the tables of
:mod:`ocpkit.ocpp.frames` and :mod:`ocpkit.ocpp.errors`, that is what ocpkit answers itself.
OCPP-J 1.6 prescribes no code for a frame whose envelope cannot be read: there any 1.6 error code
passes.
"""

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any, Final, Protocol

import attrs
import orjson

from ocpkit.ocpp.errors import ErrorKind, PayloadValidationError, V16ErrorCode, error_code
from ocpkit.ocpp.registry import actions_of
from ocpkit.ocpp.validation import decode_strict
from ocpkit.ocpp.version import OcppVersion

from ._report import Check
from ._runner import CheckFailedError, NotApplicableError
from ._wire import PeerCall, RawSession
from .sections import ocpp_j

__all__ = [
    "TO_CSMS",
    "TO_STATION",
    "Direction",
    "OcppTarget",
    "expect_code",
    "rpc_checks",
    "show",
    "valid_result",
]

SILENCE: Final = 1.0  # seconds without a reply that count as "not answered"
HUGE: Final = 1_000_000  # characters of the input a reply must not quote
QUOTE_LIMIT: Final = 64 * 1024  # the longest reply to it that does not quote it

V16: Final = OcppVersion.V16
V201: Final = OcppVersion.V201
_V16_CODES: Final = frozenset(code.value for code in V16ErrorCode)

Payload = dict[str, Any]
CheckRun = Callable[["OcppTarget"], Awaitable[None]]


class OcppTarget(Protocol):
    """What the shared checks need of a probe's context."""

    version: OcppVersion
    reply_timeout: float
    closed_after: list[str]

    @property
    def side(self) -> str:
        """The probed side, as a reader calls it: ``"CSMS"`` or ``"station"``."""
        ...

    async def ready(self) -> RawSession:
        """The session the checks share, open and past its BootNotification."""
        ...

    def calls_seen(self) -> list[PeerCall]:
        """Every CALL the probed side made so far."""
        ...


@attrs.frozen
class Direction:
    """The examples for one direction: calls the probe sends to the probed side."""

    target: str  # "CSMS" or "station"
    peer_only: dict[OcppVersion, tuple[str, Payload]]  # an action only the probe's side sends
    invalid: dict[str, tuple[ErrorKind, dict[OcppVersion, tuple[str, Payload]]]]
    keepalive: dict[OcppVersion, tuple[str, Payload]]  # a harmless call that gets a CALLRESULT
    huge: dict[OcppVersion, tuple[str, Payload]]  # a call with a 1 MB string the schema refuses

    def example(
        self, table: dict[OcppVersion, tuple[str, Payload]], version: OcppVersion
    ) -> tuple[str, Payload]:
        # 2.1 shares 2.0.1's examples.
        return table[version] if version in table else table[V201]


# -- judging replies ---------------------------------------------------------------------------


def show(frame: object, limit: int = 160) -> str:
    """A frame as text, cut to ``limit`` characters (with the full length)."""
    text = frame if isinstance(frame, str) else orjson.dumps(frame).decode()
    return text if len(text) <= limit else f"{text[:limit]}... ({len(text):,} characters)"


def spelt(kind: ErrorKind, version: OcppVersion) -> str:
    """The code ``version`` writes for ``kind``."""
    return str(error_code(kind, version))


def _error_code_of(reply: list[Any]) -> str | None:
    if len(reply) >= 3 and reply[0] == 4 and isinstance(reply[2], str):
        return reply[2]
    return None


def expect_code(reply: list[Any] | None, expected: str, what: str) -> None:
    """:class:`CheckFailedError` unless ``reply`` is a CALLERROR with code ``expected``."""
    if reply is None:
        raise CheckFailedError(f"{what}: no reply")
    if _error_code_of(reply) != expected:
        raise CheckFailedError(f"{what}: expected CALLERROR {expected}, got {show(reply)}")


def valid_result(version: OcppVersion, action: str, reply: list[Any]) -> None:
    """:class:`CheckFailedError` unless ``reply`` is a CALLRESULT valid for ``action``."""
    if reply[:1] != [3] or len(reply) != 3:
        raise CheckFailedError(f"{action}: expected a CALLRESULT, got {show(reply)}")
    response = actions_of(version)[action].response
    assert response is not None
    try:
        decode_strict(response, orjson.dumps(reply[2]))
    except PayloadValidationError as error:
        problem = f"{action} response breaks its schema: {error.description}"
        raise CheckFailedError(problem) from None


# -- broken frames -----------------------------------------------------------------------------


def _broken_frame(text: str, *, id_readable: bool = False) -> CheckRun:
    """A frame whose envelope cannot be read: 2.x answers RpcFrameworkError (with the id "-1"
    when the id cannot be read); 1.6 prescribes no code, so any 1.6 error code passes."""

    async def run(ctx: OcppTarget) -> None:
        session = await ctx.ready()
        mark = session.mark()
        await session.send_text(text)
        reply = await session.wait_for(
            lambda f: isinstance(f, list) and f[:1] in ([4], [5]),
            after=mark,
            timeout=ctx.reply_timeout,
        )
        if reply is None:
            other = session.replies_since(mark)
            if other:
                raise CheckFailedError(f"expected a CALLERROR, got {show(other[0])}")
            closed = " (the connection closed)" if session.closed else ""
            raise CheckFailedError(f"no reply{closed}")
        code = _error_code_of(reply)
        if ctx.version is V16:
            if code not in _V16_CODES:
                shown = show(reply)
                raise CheckFailedError(f"expected a CALLERROR with an OCPP 1.6 code, got {shown}")
            return
        expected = spelt(ErrorKind.RPC_FRAMEWORK, ctx.version)
        if code != expected:
            raise CheckFailedError(f"expected CALLERROR {expected}, got {show(reply)}")
        if not id_readable and reply[1] != "-1":
            raise CheckFailedError(f'expected the message id "-1", got {show(reply)}')

    return run


async def _unknown_type(ctx: OcppTarget) -> None:
    if ctx.version is V16:
        raise NotApplicableError("OCPP-J 1.6 prescribes no answer to an unknown message type")
    session = await ctx.ready()
    mark = session.mark()
    await session.send_text('[9,"probe-type-9",{}]')
    if ctx.version is V201:
        reply = await session.wait_for(
            lambda f: isinstance(f, list) and f[:1] == [4], after=mark, timeout=ctx.reply_timeout
        )
        expect_code(reply, spelt(ErrorKind.MESSAGE_TYPE_NOT_SUPPORTED, ctx.version), "type 9")
        return
    await asyncio.sleep(SILENCE)
    answered = session.replies_since(mark)
    if answered:
        raise CheckFailedError(
            f"OCPP 2.1 leaves unknown message types unanswered; got {show(answered[0])}"
        )


# -- calls that must be refused ----------------------------------------------------------------


async def _unknown_action(ctx: OcppTarget) -> None:
    session = await ctx.ready()
    reply = await session.call("ProbeNoSuchAction", {}, timeout=ctx.reply_timeout)
    expect_code(reply, spelt(ErrorKind.NOT_IMPLEMENTED, ctx.version), "ProbeNoSuchAction")


def _peer_only_action(direction: Direction) -> CheckRun:
    async def run(ctx: OcppTarget) -> None:
        action, payload = direction.example(direction.peer_only, ctx.version)
        session = await ctx.ready()
        reply = await session.call(action, payload, timeout=ctx.reply_timeout)
        expect_code(reply, spelt(ErrorKind.NOT_SUPPORTED, ctx.version), action)

    return run


def _schema_violation(direction: Direction, case: str) -> CheckRun:
    kind, payloads = direction.invalid[case]

    async def run(ctx: OcppTarget) -> None:
        action, payload = direction.example(payloads, ctx.version)
        session = await ctx.ready()
        reply = await session.call(action, payload, timeout=ctx.reply_timeout)
        expect_code(reply, spelt(kind, ctx.version), f"{action} ({case})")

    return run


# -- what must not be answered or echoed -------------------------------------------------------


async def _result_for_unknown_id(ctx: OcppTarget) -> None:
    session = await ctx.ready()
    mark = session.mark()
    await session.send_text('[3,"probe-no-such-call",{}]')
    await asyncio.sleep(SILENCE)
    answered = session.replies_since(mark)
    if answered:
        raise CheckFailedError(f"answered with {show(answered[0])}")
    if session.closed:
        raise CheckFailedError("the connection closed")


def _no_quoting(direction: Direction) -> CheckRun:
    async def run(ctx: OcppTarget) -> None:
        action, payload = direction.example(direction.huge, ctx.version)
        session = await ctx.ready()
        reply = await session.call(action, payload, timeout=ctx.reply_timeout)
        size = len(orjson.dumps(reply))
        if size > QUOTE_LIMIT:
            raise CheckFailedError(
                f"the reply to a {HUGE:,}-character field is {size:,} bytes long"
            )

    return run


# -- the probed side's own calls, and the session ----------------------------------------------


def _calls(ctx: OcppTarget) -> list[PeerCall]:
    calls = ctx.calls_seen()
    if not calls:
        raise NotApplicableError(f"the {ctx.side} made no calls during the probe")
    return calls


async def _one_in_flight(ctx: OcppTarget) -> None:
    # The session is open and has been for a moment: calls the target makes on its own (after
    # a connection, a boot) have had the time to come, one after the other.
    await ctx.ready()
    await asyncio.sleep(SILENCE)
    overlapped = [call for call in _calls(ctx) if call.overlapped]
    if overlapped:
        raise CheckFailedError(
            f"{len(overlapped)} call(s) sent before the previous one was answered, first "
            f"{show(overlapped[0].frame)}"
        )


async def _calls_valid(ctx: OcppTarget) -> None:
    await ctx.ready()
    broken = [call for call in _calls(ctx) if call.problem is not None]
    if broken:
        raise CheckFailedError(f"{len(broken)} invalid call(s), first: {broken[0].problem}")


def _connection_kept(direction: Direction) -> CheckRun:
    async def run(ctx: OcppTarget) -> None:
        if ctx.closed_after:
            closed = ", ".join(ctx.closed_after)
            raise CheckFailedError(f"the {ctx.side} closed the session after {closed}")
        action, payload = direction.example(direction.keepalive, ctx.version)
        session = await ctx.ready()
        reply = await session.call(action, payload, timeout=ctx.reply_timeout)
        valid_result(ctx.version, action, reply)

    return run


# -- the examples of each direction ------------------------------------------------------------

_STATION_2: Final = {"model": "X1", "vendorName": "ACME"}

TO_CSMS: Final = Direction(
    target="CSMS",
    peer_only={
        V16: ("RemoteStartTransaction", {"idTag": "PROBE"}),
        V201: (
            "RequestStartTransaction",
            {"idToken": {"idToken": "PROBE", "type": "ISO14443"}, "remoteStartId": 1},
        ),
    },
    invalid={
        "missing": (
            ErrorKind.OCCURRENCE,
            {
                V16: ("BootNotification", {"chargePointModel": "X1"}),
                V201: ("BootNotification", {"reason": "PowerUp"}),
            },
        ),
        "type": (
            ErrorKind.TYPE,
            {
                V16: ("BootNotification", {"chargePointVendor": 42, "chargePointModel": "X1"}),
                V201: (
                    "BootNotification",
                    {"reason": "PowerUp", "chargingStation": {**_STATION_2, "model": 42}},
                ),
            },
        ),
        "unknown-property": (
            ErrorKind.FORMAT,
            {
                V16: (
                    "BootNotification",
                    {"chargePointVendor": "ACME", "chargePointModel": "X1", "colour": "red"},
                ),
                V201: (
                    "BootNotification",
                    {"reason": "PowerUp", "chargingStation": {**_STATION_2, "colour": "red"}},
                ),
            },
        ),
        "length": (
            ErrorKind.PROPERTY,
            {
                V16: ("BootNotification", {"chargePointVendor": "V" * 21, "chargePointModel": "X"}),
                V201: (
                    "BootNotification",
                    {"reason": "PowerUp", "chargingStation": {**_STATION_2, "model": "M" * 21}},
                ),
            },
        ),
        "enum": (
            ErrorKind.PROPERTY,
            {
                V16: (
                    "StatusNotification",
                    {"connectorId": 1, "errorCode": "NoError", "status": "Sleeping"},
                ),
                V201: ("BootNotification", {"reason": "Sleepy", "chargingStation": _STATION_2}),
            },
        ),
    },
    keepalive={V16: ("Heartbeat", {}), V201: ("Heartbeat", {})},
    huge={
        V16: ("BootNotification", {"chargePointVendor": "V" * HUGE, "chargePointModel": "X1"}),
        V201: (
            "BootNotification",
            {"reason": "PowerUp", "chargingStation": {**_STATION_2, "model": "M" * HUGE}},
        ),
    },
)
"""What a charging station sends: the CSMS probe's examples."""

_PROFILE_16: Final = {
    "chargingProfileId": 1,
    "stackLevel": 0,
    "chargingProfilePurpose": "TxProfile",
    "chargingProfileKind": "Relative",
    "chargingSchedule": {
        "chargingRateUnit": "A",
        "chargingSchedulePeriod": [{"startPeriod": 0, "limit": 16.0}],
    },
}

TO_STATION: Final = Direction(
    target="station",
    peer_only={
        V16: ("Heartbeat", {}),
        V201: ("Heartbeat", {}),
    },
    invalid={
        "missing": (
            ErrorKind.OCCURRENCE,
            {
                V16: ("ChangeAvailability", {"connectorId": 0}),
                V201: ("ChangeAvailability", {}),
            },
        ),
        "type": (
            ErrorKind.TYPE,
            {
                V16: ("ChangeAvailability", {"connectorId": "0", "type": "Inoperative"}),
                V201: (
                    "ChangeAvailability",
                    {"operationalStatus": "Inoperative", "evse": {"id": "1"}},
                ),
            },
        ),
        "unknown-property": (
            ErrorKind.FORMAT,
            {
                V16: (
                    "RemoteStartTransaction",
                    {"idTag": "TAG-0002", "chargingProfile": {**_PROFILE_16, "colour": "red"}},
                ),
                V201: (
                    "ChangeAvailability",
                    {"operationalStatus": "Inoperative", "evse": {"id": 1, "colour": "red"}},
                ),
            },
        ),
        "length": (
            ErrorKind.PROPERTY,
            {
                V16: ("RemoteStartTransaction", {"idTag": "T" * 21}),
                V201: (  # 256 characters: over 2.0.1's 36 and 2.1's 255
                    "RequestStartTransaction",
                    {"idToken": {"idToken": "T" * 256, "type": "ISO14443"}, "remoteStartId": 1},
                ),
            },
        ),
        "enum": (
            ErrorKind.PROPERTY,
            {
                V16: ("ChangeAvailability", {"connectorId": 0, "type": "Sleeping"}),
                V201: ("ChangeAvailability", {"operationalStatus": "Sleeping"}),
            },
        ),
    },
    keepalive={
        V16: ("DataTransfer", {"vendorId": "org.ocpkit.probe"}),
        V201: ("DataTransfer", {"vendorId": "org.ocpkit.probe"}),
    },
    huge={
        V16: ("RemoteStartTransaction", {"idTag": "T" * HUGE}),
        V201: (
            "RequestStartTransaction",
            {"idToken": {"idToken": "T" * HUGE, "type": "ISO14443"}, "remoteStartId": 1},
        ),
    },
)
"""What a CSMS sends: the charger probe's examples."""


# -- the checks --------------------------------------------------------------------------------

_SCHEMA_RULES: Final = {
    "missing": "A payload without a required property",
    "type": "A property of the wrong JSON type",
    "unknown-property": "A property the schema does not define",
    "length": "A string over its maximum length",
    "enum": "A value outside its enumeration",
}


def rpc_checks(version: OcppVersion, direction: Direction) -> list[tuple[Check, CheckRun]]:
    """The shared checks for a target of ``version``, in the order they run."""
    v, j, who = version, ocpp_j, direction.target
    rpc = spelt(ErrorKind.RPC_FRAMEWORK, v) if v is not V16 else ""
    any_id = "a CALLERROR with an OCPP 1.6 error code" if v is V16 else f"CALLERROR {rpc}"
    minus_one = any_id if v is V16 else f'{any_id} with the message id "-1"'
    peer_only = direction.example(direction.peer_only, v)[0]
    keepalive, keepalive_payload = direction.example(direction.keepalive, v)
    # The broken envelopes carry a call the target answers when whole, so that answering them
    # as a call (instead of refusing the envelope) shows.
    call_tail = f'"{keepalive}",{orjson.dumps(keepalive_payload).decode()}'
    found: list[tuple[Check, CheckRun]] = [
        (
            Check(
                "frames.not-json",
                f"A message that is not JSON gets {minus_one}",
                j(v, "4.1.3", "Message structure"),
            ),
            _broken_frame("this is not JSON"),
        ),
        (
            Check(
                "frames.not-array",
                f"A JSON message that is not an array gets {minus_one}",
                j(v, "4.1.3", "Message structure"),
            ),
            _broken_frame('{"probe":"not an array"}'),
        ),
        (
            Check(
                "frames.type-not-number",
                f"A message type id that is not a number gets {any_id}",
                j(v, "4.1.3", "Message structure"),
            ),
            _broken_frame(f'["2","probe-type-text",{call_tail}]', id_readable=True),
        ),
        (
            Check(
                "frames.id-not-string",
                f"A message id that is not a string gets {minus_one}",
                j(v, "4.2.1", "CALL"),
            ),
            _broken_frame(f"[2,4711,{call_tail}]"),
        ),
        (
            Check(
                "frames.id-too-long",
                f"A message id over 36 characters gets {any_id}",
                j(v, "4.2.1", "CALL"),
            ),
            _broken_frame(f'[2,"{"i" * 37}",{call_tail}]', id_readable=True),
        ),
        (
            Check(
                "frames.unknown-type",
                (
                    "An unknown message type number gets CALLERROR "
                    f"{spelt(ErrorKind.MESSAGE_TYPE_NOT_SUPPORTED, v)}"
                    if v is V201
                    else "An unknown message type number is not answered"
                ),
                j(v, "4.1.3", "Message structure"),
            ),
            _unknown_type,
        ),
        (
            Check(
                "actions.unknown",
                f"A CALL of an action the version lacks gets {spelt(ErrorKind.NOT_IMPLEMENTED, v)}",
                j(v, "4.2.3", "CALLERROR"),
            ),
            _unknown_action,
        ),
        (
            Check(
                "actions.wrong-direction",
                f"A CALL of {peer_only}, which the {who} never receives, gets "
                f"{spelt(ErrorKind.NOT_SUPPORTED, v)}",
                j(v, "4.2.3", "CALLERROR"),
            ),
            _peer_only_action(direction),
        ),
    ]
    for case, (kind, _) in direction.invalid.items():
        found.append(
            (
                Check(
                    f"schema.{case}",
                    f"{_SCHEMA_RULES[case]} gets {spelt(kind, v)}",
                    j(v, "4.2.3", "CALLERROR"),
                ),
                _schema_violation(direction, case),
            )
        )
    found += [
        (
            Check(
                "results.unknown-id",
                f"A CALLRESULT for a message id the {who} never sent is not answered",
                j(v, "4.2.2", "CALLRESULT"),
            ),
            _result_for_unknown_id,
        ),
        (
            Check(
                "replies.no-quoting",
                f"The reply to a {HUGE:,}-character field is under {QUOTE_LIMIT // 1024} KiB",
                j(v, "4.2.3", "CALLERROR"),
            ),
            _no_quoting(direction),
        ),
        (
            Check(
                "calls.one-in-flight",
                f"The {who} sends its next CALL only after the previous one was answered",
                j(v, "4.1.1", "Synchronicity"),
            ),
            _one_in_flight,
        ),
        (
            Check(
                "calls.valid",
                f"Every CALL the {who} sends is an action it may send, valid for its schema",
                j(v, "4.2.1", "CALL"),
            ),
            _calls_valid,
        ),
        (
            Check(
                "connection.kept",
                f"After every hostile frame the session stays open and answers {keepalive}",
                j(v, "4.1.2", "Message validity"),
            ),
            _connection_kept(direction),
        ),
    ]
    return found
