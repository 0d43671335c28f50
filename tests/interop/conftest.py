"""Fixtures of the interop tests: the foreign peers, installed by the tests themselves.

* npm ``ocpp-rpc`` (pinned in ``node/package-lock.json``): a session fixture copies ``node/`` to
  ``.interop-cache/node/`` at the repository root and runs ``npm ci`` there, once (again only when
  the lock file changes). The Node tests are skipped only where ``node`` or ``npm`` is missing;
  a failing install is an error.
* PyPI ``ocpp`` (the ``test`` extra pins it): the Python-peer tests are skipped if it is missing.
"""

import fcntl
import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Final

import pytest

from ocpkit.ocpp import OcppVersion

from ._peers import NODE_DIR, PY_PEER, PeerKind

OCPP_RPC_VERSION: Final = "2.2.1"
PEER_FILES: Final = ("package.json", "package-lock.json", "peer.js")


def _install_node_peer(cache: Path) -> Path:
    """``npm ci`` in a copy of ``node/`` under ``cache`` unless the same lock is installed."""
    node, npm = shutil.which("node"), shutil.which("npm")
    if node is None or npm is None:
        pytest.skip("Node.js and npm are needed for the ocpp-rpc peer (not found on PATH)")
    work = cache / "node"
    work.mkdir(parents=True, exist_ok=True)
    lock = hashlib.sha256(
        b"".join((NODE_DIR / name).read_bytes() for name in ("package.json", "package-lock.json"))
    ).hexdigest()
    stamp = work / ".installed"
    with (cache / ".node.lock").open("w") as guard:
        fcntl.flock(guard, fcntl.LOCK_EX)  # one install at a time (parallel test workers)
        for name in PEER_FILES:
            shutil.copyfile(NODE_DIR / name, work / name)
        installed = work / "node_modules" / "ocpp-rpc" / "package.json"
        if not (stamp.exists() and stamp.read_text() == lock and installed.exists()):
            done = subprocess.run(
                [npm, "ci", "--no-audit", "--no-fund", "--ignore-scripts"],
                cwd=work,
                capture_output=True,
                text=True,
                timeout=300,
                check=False,
            )
            if done.returncode != 0:
                pytest.fail(f"npm ci failed in {work}:\n{done.stdout}\n{done.stderr}")
            stamp.write_text(lock)
        version = json.loads(installed.read_text())["version"]
    assert version == OCPP_RPC_VERSION, f"ocpp-rpc {version} installed, {OCPP_RPC_VERSION} pinned"
    return work / "peer.js"


@pytest.fixture(scope="session")
def node_peer_script(pytestconfig: pytest.Config) -> Path:
    """``peer.js`` in an installed copy of ``tests/interop/node/``."""
    return _install_node_peer(pytestconfig.rootpath / ".interop-cache")


@pytest.fixture
def node_peer_kind(node_peer_script: Path) -> PeerKind:
    """The ocpp-rpc peer, installed."""
    return PeerKind(
        name="ocpp-rpc",
        command=(shutil.which("node") or "node", str(node_peer_script)),
        # strict mode on ocpp2.1 answers every call ProtocolError: 2.1 runs without it
        strict=frozenset({OcppVersion.V16, OcppVersion.V201}),
    )


@pytest.fixture
def peer_kind(request: pytest.FixtureRequest) -> PeerKind:
    """The peer named by the test's ``peer_kind`` parameter (``"ocpp-rpc"`` or ``"ocpp-py"``),
    installed; use ``@pytest.mark.parametrize("peer_kind", [...], indirect=True)``."""
    name: str = request.param
    if name == "ocpp-rpc":
        node_kind: PeerKind = request.getfixturevalue("node_peer_kind")
        return node_kind
    pytest.importorskip("ocpp", reason="PyPI ocpp is not installed (the test extra pins 2.1.0)")
    return PeerKind(
        name=name,
        command=(sys.executable, str(PY_PEER)),
        strict=frozenset(OcppVersion),  # ocpp always validates
    )
