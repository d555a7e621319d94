"""Atomic publishing: racing publishers, a publisher killed half-way (SIGKILL and an
exception), garbage collection of leftovers, and corrupt files caught on download."""

from __future__ import annotations

import datetime as dt
import json
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from botfarm.core.errors import DataLoss, NotFound
from botfarm.core.store import LocalStore
from botfarm.registry import names, publishing
from registry_helpers import make_weights_dir

SERVICES = Path(__file__).resolve().parents[2] / "services"


def test_concurrent_publishes_get_distinct_numbers(registry, tmp_path):
    """Eight threads publish the same bot at once: eight distinct versions 1..8."""
    n = 8
    dirs = [make_weights_dir(tmp_path / f"w{i}", seed=i) for i in range(n)]
    barrier = threading.Barrier(n)
    results, errors = [None] * n, []

    def publish(i: int) -> None:
        try:
            barrier.wait()
            results[i] = registry.publish("racer", dirs[i], method="full")
        except Exception as e:  # pragma: no cover - reported below
            errors.append(e)

    threads = [threading.Thread(target=publish, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not errors
    assert sorted(v.version for v in results) == list(range(1, n + 1))
    # Each number holds the files of the publisher that got it, not another's.
    for i, v in enumerate(results):
        got = registry.download(registry.resolve(f"racer@{v.version}"), tmp_path / f"out{i}")
        assert (got / "model.safetensors").read_bytes() == (dirs[i] / "model.safetensors").read_bytes()
    assert registry.resolve("racer").version == n


def _kill_script(store_args: dict, src: Path) -> str:
    return f"""
import os, signal, sys
from pathlib import Path
sys.path.insert(0, {str(SERVICES)!r})
from botfarm.core.store import LocalStore
from botfarm.registry.core import Registry
args = {store_args!r}
if "root" in args:
    store = LocalStore(args["root"])
else:
    from botfarm.core.s3store import S3Store
    store = S3Store(args["bucket"], args["endpoint"], args["access_key"], args["secret_key"])
seen = []
def progress(done, total):
    seen.append(done)
    if len(seen) == 2:  # after the first file went up, before the rest and the manifest
        print("killing", flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
Registry(store).publish("victim", Path({str(src)!r}), method="full", progress=progress)
print("not killed", flush=True)
"""


def _store_args(store, request) -> dict:
    if isinstance(store, LocalStore):
        return {"root": str(store.root)}
    server = request.getfixturevalue("s3_server")
    return {"bucket": store.bucket, "endpoint": server.endpoint, "access_key": server.access_key,
            "secret_key": server.secret_key}


def test_publisher_killed_halfway_leaves_no_version_and_gc_collects(registry, store, tmp_path, request):
    registry.publish("victim", make_weights_dir(tmp_path / "v1"), method="full")
    src = make_weights_dir(tmp_path / "v2", seed=1, size=4096)
    proc = subprocess.run([sys.executable, "-c", _kill_script(_store_args(store, request), src)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == -signal.SIGKILL, proc.stdout + proc.stderr
    assert "killing" in proc.stdout

    # Half a version is in the store, but nobody sees it.
    left = [o.key for o in store.list(names.version_prefix("victim", 2))]
    assert names.claim_key("victim", 2) in left and any("/files/" in k for k in left)
    assert names.manifest_key("victim", 2) not in left
    assert registry.resolve("victim").version == 1
    assert [v.version for v in registry.list_versions("victim")[0]] == [1]
    with pytest.raises(NotFound):
        registry.resolve("victim@2")

    # Within the grace period gc leaves it alone (it could be a slow publisher).
    assert registry.gc(grace_seconds=3600) == []
    future = dt.datetime.now(dt.UTC) + dt.timedelta(hours=2)
    assert registry.gc(grace_seconds=3600, now=future, dry_run=True)
    assert any("/files/" in o.key for o in store.list(names.version_prefix("victim", 2)))
    removed = registry.gc(grace_seconds=3600, now=future)
    assert removed and all(k.startswith(names.version_prefix("victim", 2)) for k in removed)
    assert [o.key for o in store.list(names.version_prefix("victim", 2))] == [names.claim_key("victim", 2)]
    # The visible version is untouched, and the dead number is not reused.
    assert registry.download(registry.resolve("victim@1"), tmp_path / "o1")
    assert registry.publish("victim", src, method="full").version == 3


def test_exception_before_manifest_leaves_nothing_visible(registry, weights_dir, monkeypatch):
    def boom(registry, version, token):
        raise RuntimeError("injected crash after the files, before the manifest")

    monkeypatch.setattr(publishing, "write_manifest", boom)
    with pytest.raises(RuntimeError):
        registry.publish("crashy", weights_dir, method="full", aliases=("latest", "production"))
    monkeypatch.undo()
    with pytest.raises(NotFound):
        registry.resolve("crashy")
    with pytest.raises(NotFound):
        registry.resolve("crashy:production")
    assert registry.get_model("crashy").latest_version == 0
    # The failed publisher cleaned up after itself: only the claim, as a tombstone.
    assert [o.key for o in registry.store.list("models/crashy/versions/")] == [names.claim_key("crashy", 1)]
    assert json.loads(registry.store.get_bytes(names.claim_key("crashy", 1)))["deleted"] is True
    assert registry.gc(grace_seconds=0) == []
    assert registry.publish("crashy", weights_dir, method="full").version == 2


def test_gc_finishes_an_interrupted_model_delete(registry, weights_dir):
    registry.publish("halfgone", weights_dir, method="full")
    registry.publish("keeper", weights_dir, method="full")
    registry.store.delete(names.model_key("halfgone"))  # delete_model died right after its first step
    assert [m.model for m in registry.list_models()[0]] == ["keeper"]
    removed = registry.gc(grace_seconds=0)
    assert removed and all(k.startswith("models/halfgone/") for k in removed)
    assert not list(registry.store.list("models/halfgone/"))
    assert registry.resolve("keeper").version == 1


def test_slow_publisher_whose_claim_was_collected_fails(registry, weights_dir, monkeypatch):
    from botfarm.core.errors import FailedPrecondition

    original = publishing.write_manifest

    def gc_first(registry, version, token):
        registry.gc(grace_seconds=0)  # gc runs while this publisher is still uploading
        return original(registry, version, token)

    monkeypatch.setattr(publishing, "write_manifest", gc_first)
    with pytest.raises(FailedPrecondition) as e:
        registry.publish("slow", weights_dir, method="full")
    assert e.value.reason == "CLAIM_LOST"
    with pytest.raises(NotFound):
        registry.resolve("slow")


def test_corrupt_file_is_detected_and_never_served(registry, weights_dir, tmp_path):
    v = registry.publish("bot", weights_dir, method="full")
    entry = v.file("model.safetensors")
    data = bytearray(registry.store.get_bytes(entry.key))
    data[-1] ^= 0xFF  # one flipped bit in the object store
    registry.store.put_bytes(entry.key, bytes(data))

    out = tmp_path / "out"
    with pytest.raises(DataLoss) as e:
        registry.download(v, out)
    assert e.value.metadata["key"] == entry.key
    assert not (out / "model.safetensors").exists()
    with pytest.raises(DataLoss):
        registry.download(v)  # the cache path too
    blobs = list((tmp_path / "cache" / "blobs").rglob("*"))
    assert entry.sha256 not in {b.name for b in blobs}
    assert not any(p.name.startswith(".part-") for p in blobs)

    # The manifest cannot be talked into the corrupt bytes either.
    manifest = json.loads(registry.store.get_bytes(names.manifest_key("bot", 1)))
    assert [f["sha256"] for f in manifest["files"] if f["path"] == "model.safetensors"] == [entry.sha256]
