"""``ocpkit probe csms`` against the foreign CSMSs (npm ocpp-rpc in strict mode, PyPI ocpp).

The report must name exactly the rule breaks pinned for each peer, no more and no fewer: the
codes pinned in ``_violations.PEER_CODES`` (schema violations), the NotImplemented / missing
reply of ``test_peer_as_csms.test_call_without_a_handler`` (here for an action only the CSMS
sends), and the answers to broken frames pinned below with what each peer sends instead.
"""

import json
from typing import Final

import pytest

from ocpkit.ocpp import OcppVersion
from ocpkit.tools.probe import CsmsProbeSettings, probe_csms

from ._matrix import PASSWORDS, VERSIONS, password_hex
from ._peers import PeerKind, running
from ._scenarios import SCENARIOS
from ._violations import probe_schema_breaks

pytestmark = pytest.mark.interop

V16, V201, V21 = OcppVersion.V16, OcppVersion.V201, OcppVersion.V21
ALL: Final = frozenset(VERSIONS)
# Loopback peers answer in milliseconds; a check the peer leaves unanswered costs this long.
REPLY_TIMEOUT: Final = 1.5


# The other rule breaks, each with the versions it shows on and what the peer does instead. The
# first group repeats pins of the interop tests; the rest were found by the probe and are pinned
# here.
OTHER_BREAKS: Final[dict[str, dict[str, frozenset[OcppVersion]]]] = {
    "ocpp-rpc": {
        # test_peer_as_csms.test_invalid_response_on_21: MessageTypeNotSupported on 2.1
        "frames.unknown-type": frozenset({V21}),
        # found by the probe:
        "handshake.no-match": ALL,  # upgrades without a subprotocol and keeps the socket open
        "frames.not-json": frozenset({V16}),  # RpcFrameworkError, a 2.x-only code, on 1.6
        "frames.not-array": frozenset({V16}),
        "frames.type-not-number": frozenset({V16}),
        "frames.id-not-string": frozenset({V16}),
        "frames.id-too-long": ALL,  # no length check: the call is answered
        "actions.unknown": frozenset({V16, V201}),  # strict mode: ProtocolError (no schema)
        "actions.wrong-direction": ALL,  # NotImplemented (no handler) instead of NotSupported
        "replies.no-quoting": frozenset({V16, V201}),  # ajv's errors quote the 1 MB value
    },
    "ocpp-py": {
        # test_peer_as_csms.test_call_without_a_handler: NotImplemented, nothing at all on 2.1
        "actions.wrong-direction": ALL,
        # found by the probe:
        "frames.not-json": ALL,  # not answered
        "frames.not-array": ALL,
        "frames.type-not-number": ALL,
        "frames.id-not-string": ALL,  # answered as a valid call
        "frames.id-too-long": ALL,
        "frames.unknown-type": frozenset({V201}),  # not answered
        "actions.unknown": ALL,  # NotSupported (its two codes swapped), nothing on 2.1
        "replies.no-quoting": ALL,  # the error details quote the 1 MB value (twice)
    },
}


def expected_failures(peer: str, version: OcppVersion) -> set[str]:
    others = {check for check, versions in OTHER_BREAKS[peer].items() if version in versions}
    return others | probe_schema_breaks(peer, version)


@pytest.mark.parametrize("version", VERSIONS, ids=str)
@pytest.mark.parametrize("peer_kind", ["ocpp-rpc", "ocpp-py"], indirect=True)
async def test_probe_names_exactly_the_pinned_rule_breaks(
    peer_kind: PeerKind, version: OcppVersion
) -> None:
    scenario = SCENARIOS[version]
    argv = peer_kind.argv(
        "csms",
        version,
        port="0",
        password_hex=password_hex(version),
        replies=json.dumps(scenario.csms_replies),
    )
    async with running(peer_kind.name, argv) as peer:
        port = (await peer.event("listening"))["port"]
        report = await probe_csms(
            CsmsProbeSettings(
                url=f"ws://127.0.0.1:{port}",
                version=version,
                identity="CS-probe",
                password=PASSWORDS[version],
                reply_timeout=REPLY_TIMEOUT,
            )
        )
    failed = {result.check.id: result.seen for result in report.failed}
    assert set(failed) == expected_failures(peer_kind.name, version), report.to_text()
    # nothing else held the run up: every check came to a verdict within its deadline
    assert not any(seen.startswith("no verdict within") for seen in failed.values())
