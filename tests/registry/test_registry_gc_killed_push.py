"""`botfarm registry gc` reclaims what a push killed with SIGKILL leaves behind: on the
store directly (the local store's hidden temporary file, the claimed number's files)
and through the service (the upload session's segments). The push is a real
`botfarm registry push` process that kills itself half-way through its upload (its
progress callback sends SIGKILL once half the bytes went out), so the moment is exact."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from botfarm.core.config import ServerConfig
from botfarm.core.server import create_server
from botfarm.core.service import ServiceContext
from botfarm.core.store import LocalStore
from botfarm.registry import names
from botfarm.registry.core import Registry
from botfarm.registry.service import make_service
from botfarm.registry.uploads import UPLOADS_ROOT
from registry_helpers import make_weights_dir

SERVICES = Path(__file__).resolve().parents[2] / "services"


def _killed_push(argv: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess:
    script = f"""
import os, signal, sys
sys.path.insert(0, {str(SERVICES)!r})
from botfarm.registry import cli, client
client.SEGMENT = 1 << 20                      # through the service: 1 MiB segments
def progress(self, done, total):
    if total and done * 2 >= total:
        print("killing at", done, "of", total, flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
cli._Bar.__call__ = progress
from botfarm.cli import main
main({argv!r})
print("not killed", flush=True)
"""
    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, env=env,
                          cwd=cwd)


def _disk_bytes(root: Path) -> int:
    return sum(p.stat().st_size for p in root.rglob("*") if p.is_file())


def _gc(data: Path, env: dict[str, str], cwd: Path, *extra: str) -> dict:
    out = subprocess.run([sys.executable, "-m", "botfarm.cli", "registry", "gc", "--data-dir", str(data), *extra],
                         capture_output=True, text=True, timeout=120, env=env, cwd=cwd)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stderr.strip().splitlines()[-1])


@pytest.fixture
def env(tmp_path):
    e = {k: v for k, v in os.environ.items() if not k.startswith("BOTFARM_")}
    return {**e, "BOTFARM_CACHE_DIR": str(tmp_path / "cache"), "PYTHONPATH": str(SERVICES)}


def test_gc_reclaims_a_push_killed_on_the_store(tmp_path, env):
    data = tmp_path / "data"
    reg = Registry(LocalStore(data), cache_dir=tmp_path / "cache")
    reg.publish("victim", make_weights_dir(tmp_path / "v1"), method="full")
    before = _disk_bytes(data)
    src = make_weights_dir(tmp_path / "big", size=2_000_000)  # an 8 MB weights file

    proc = _killed_push(["registry", "push", str(src), "--name", "victim", "--data-dir", str(data)], env, tmp_path)
    assert proc.returncode == -signal.SIGKILL and "killing" in proc.stdout, proc.stdout + proc.stderr
    # The half-written weights sit in a hidden temporary file that no listing shows.
    hidden = [p for p in data.rglob(".botfarm-tmp-*")]
    assert hidden and sum(p.stat().st_size for p in hidden) >= 3_000_000
    assert reg.resolve("victim").version == 1

    assert _gc(data, env, tmp_path)["removed"] == 0  # within the grace period: maybe a slow push
    dry = _gc(data, env, tmp_path, "--grace-seconds", "0", "--dry-run")
    assert dry["bytes"] >= 3_000_000 and list(data.rglob(".botfarm-tmp-*"))
    done = _gc(data, env, tmp_path, "--grace-seconds", "0")
    assert done["bytes"] == dry["bytes"]
    assert not list(data.rglob(".botfarm-tmp-*"))
    # Everything is back but the claim of number 2, kept as a tombstone.
    assert _disk_bytes(data) - before < 200
    assert [o.key for o in reg.store.list(names.version_prefix("victim", 2))] == [names.claim_key("victim", 2)]
    assert reg.publish("victim", src, method="full").version == 3


def test_gc_reclaims_a_push_killed_through_the_service(store, tmp_path, env):
    reg = Registry(store, cache_dir=tmp_path / "cache")
    config = ServerConfig(grpc_host="127.0.0.1", grpc_port=0, metrics_port=-1)
    server, port = create_server(config, make_service(ServiceContext(config=config, store=store)))
    server.start()
    try:
        src = make_weights_dir(tmp_path / "big", size=2_000_000)
        proc = _killed_push(["registry", "push", str(src), "--name", "victim", "--server", f"127.0.0.1:{port}"],
                            env, tmp_path)
        assert proc.returncode == -signal.SIGKILL and "killing" in proc.stdout, proc.stdout + proc.stderr
        # The server drops the segment that was on its way (nothing half-written stays);
        # the segments it stored before remain, in a session nobody will commit.
        deadline = time.monotonic() + 30
        while list(store.list_incomplete(UPLOADS_ROOT)) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not list(store.list_incomplete(UPLOADS_ROOT))
        left = [o for o in store.list(UPLOADS_ROOT) if "/files/" in o.key]
        assert len([o for o in left if o.size == 1 << 20]) >= 3  # whole segments of the weights
        assert not list(store.list("models/"))  # nothing was published

        assert reg.gc(grace_seconds=3600) == []
        removed = reg.gc(grace_seconds=0)
        assert {o.key for o in left} <= set(removed)
        assert not list(store.list(UPLOADS_ROOT))
    finally:
        server.stop(0).wait(5)
    if isinstance(store, LocalStore):
        assert not [p for p in store.root.rglob("*") if p.is_file()]
