"""``ocpkit probe charger`` against the foreign charging stations (npm ocpp-rpc, strict on 1.6
and 2.0.1 and not on 2.1; PyPI ocpp).

The peer connects to the probe with Basic credentials, boots (the peers make no call of their
own accord: the test has it send its BootNotification) and answers the probe's calls with the
payloads it is given. The report must name exactly the rule breaks pinned for each peer, no
more and no fewer: the codes pinned in ``_violations.PEER_CODES`` (schema violations), and the
other breaks pinned below with what each peer does instead.
"""

import asyncio
import contextlib
import json
from typing import Final

import pytest

from ocpkit.ocpp import OcppVersion
from ocpkit.tools.probe import Report
from ocpkit.tools.probe.charger import ChargerProbeSettings, probe_charger

from ._matrix import PASSWORDS, VERSIONS, identity, password_hex
from ._peers import PeerKind, running
from ._scenarios import SCENARIOS, Wire
from ._violations import probe_schema_breaks

pytestmark = pytest.mark.interop

V16, V201, V21 = OcppVersion.V16, OcppVersion.V201, OcppVersion.V21
ALL: Final = frozenset(VERSIONS)
# Loopback peers answer in milliseconds; a check the peer leaves unanswered costs this long.
REPLY_TIMEOUT: Final = 1.5

# What the peers answer the probe's calls with: the scenario's answers, and the two calls of the
# probe that the scenario does not make (each peer answers calls it has no payload for with an
# error of its own, which would hide what the probe looks at). The peer scripts only answer: a
# triggered message is the application's to send, so they decline triggers (NotImplemented),
# which leaves messages.triggered and the timeout checks not applicable.
EXTRA_REPLIES: Final[dict[str, Wire]] = {
    "TriggerMessage": {"status": "NotImplemented"},
    "DataTransfer": {"status": "Accepted"},
}


# The other rule breaks the probe finds, each with the versions it shows on and what the peer
# does instead. The peers have no answer for Heartbeat (a CSMS never sends it), so a frame that
# carries a Heartbeat CALL and is still handled as a call shows as that call's error: on 1.6,
# where any 1.6 code passes for a frame the probe breaks, that hides the break (noted below).
OTHER_BREAKS: Final[dict[str, dict[str, frozenset[OcppVersion]]]] = {
    "ocpp-rpc": {
        "frames.not-json": frozenset({V16}),  # RpcFrameworkError, a 2.x-only code, on 1.6
        "frames.not-array": frozenset({V16}),
        "frames.type-not-number": frozenset({V16}),
        "frames.id-not-string": frozenset({V16}),
        "frames.id-too-long": ALL,  # no length check: the DataTransfer is answered as a call
        "frames.unknown-type": frozenset({V21}),  # MessageTypeNotSupported (2.0.1's) on 2.1
        "actions.unknown": frozenset({V16, V201}),  # strict mode: ProtocolError (no schema)
        "actions.wrong-direction": ALL,  # NotImplemented (no handler) instead of NotSupported
        "replies.no-quoting": frozenset({V16, V201}),  # ajv's errors quote the 1 MB value
    },
    "ocpp-py": {
        "frames.not-json": ALL,  # not answered
        "frames.not-array": ALL,
        "frames.type-not-number": ALL,
        # 1.6 and 2.0.1: answered as a call (the number as the id); 2.1: not answered
        "frames.id-not-string": ALL,
        "frames.id-too-long": ALL,  # no length check, as the row above
        "frames.unknown-type": frozenset({V201}),  # not answered
        "actions.unknown": ALL,  # NotSupported (its two codes swapped), nothing on 2.1
        "actions.wrong-direction": ALL,  # NotImplemented (no handler), nothing on 2.1
        "replies.no-quoting": ALL,  # the error details quote the 1 MB value (twice)
    },
}


def expected_failures(peer: str, version: OcppVersion) -> set[str]:
    others = {check for check, versions in OTHER_BREAKS[peer].items() if version in versions}
    return others | probe_schema_breaks(peer, version)


async def probe_peer(peer_kind: PeerKind, version: OcppVersion) -> Report:
    """Start the probe, have the peer connect to it and boot, and return the report."""
    scenario = SCENARIOS[version]
    listening: asyncio.Future[int] = asyncio.get_running_loop().create_future()
    probe = asyncio.create_task(
        probe_charger(
            ChargerProbeSettings(
                port=0,
                version=version,
                password=PASSWORDS[version],
                wait=20.0,
                reply_timeout=REPLY_TIMEOUT,
            ),
            on_listening=listening.set_result,
        )
    )
    try:
        port = await listening
        argv = peer_kind.argv(
            "cs",
            version,
            url=f"ws://127.0.0.1:{port}",
            identity=identity(peer_kind.name, version, "probe"),
            password_hex=password_hex(version),
            replies=json.dumps({**scenario.station_replies, **EXTRA_REPLIES}),
        )
        async with running(peer_kind.name, argv) as peer:
            await peer.event("connected")
            boot_action, boot_payload = scenario.station_calls[0]
            booted = await peer.call(boot_action, boot_payload)
            assert booted["event"] == "result", peer.transcript()
            return await probe
    finally:
        probe.cancel()
        with contextlib.suppress(BaseException):
            await probe


@pytest.mark.parametrize("version", VERSIONS, ids=str)
@pytest.mark.parametrize("peer_kind", ["ocpp-rpc", "ocpp-py"], indirect=True)
async def test_probe_names_exactly_the_pinned_rule_breaks(
    peer_kind: PeerKind, version: OcppVersion
) -> None:
    report = await probe_peer(peer_kind, version)
    failed = {result.check.id: result.seen for result in report.failed}
    assert set(failed) == expected_failures(peer_kind.name, version), report.to_text()
    # nothing else held the run up: every check came to a verdict within its deadline
    assert not any(seen.startswith("no verdict within") for seen in failed.values())
