"""What only the local-disk backend has: races between processes, key conflicts a
file system cannot hold, no temporary files or empty folders left behind, URLs.

    python -m pytest -q tests/core/test_store_local.py
"""

from __future__ import annotations

import multiprocessing
import os

import pytest
from botfarm.core.errors import AlreadyExists, FailedPrecondition, InvalidArgument
from botfarm.core.store import LocalStore, open_store


def _race_writer(root: str, i: int, barrier, results) -> None:
    store = LocalStore(root)
    payload = f"process {i} ".encode() * 20_000
    barrier.wait()
    try:
        store.create_if_absent("race/key", payload)
        results.put((i, "won"))
    except AlreadyExists:
        results.put((i, "lost"))


@pytest.mark.parametrize("round_", range(2))
def test_create_if_absent_race_processes(tmp_path, round_):
    """N processes released together on one key: exactly one wins."""
    n = 6
    ctx = multiprocessing.get_context("fork")
    barrier, results = ctx.Barrier(n), ctx.Queue()
    procs = [ctx.Process(target=_race_writer, args=(str(tmp_path), i, barrier, results)) for i in range(n)]
    for p in procs:
        p.start()
    outcome = dict(results.get(timeout=60) for _ in range(n))
    for p in procs:
        p.join(30)
        assert p.exitcode == 0
    winners = [i for i, r in outcome.items() if r == "won"]
    assert len(winners) == 1, outcome
    assert LocalStore(tmp_path).get_bytes("race/key") == f"process {winners[0]} ".encode() * 20_000
    assert sorted(os.listdir(tmp_path / "race")) == ["key"]  # no temporary files left


def test_key_conflicts_with_a_folder(local_store):
    local_store.put_bytes("a", b"file")
    local_store.put_bytes("b/c", b"nested")
    with pytest.raises(FailedPrecondition):
        local_store.put_bytes("a/b", b"x")
    with pytest.raises(FailedPrecondition):
        local_store.put_bytes("b", b"x")
    assert local_store.get_bytes("a") == b"file" and local_store.get_bytes("b/c") == b"nested"
    assert [i.key for i in local_store.list("")] == ["a", "b/c"]


def test_reserved_names_are_refused(local_store):
    for key in ("x.botfarm-meta", "a/.botfarm-tmp-1/b"):
        with pytest.raises(InvalidArgument):
            local_store.put_bytes(key, b"x")


def test_no_leftovers(local_store):
    local_store.put_bytes("p/q/r/obj", b"x", metadata={"a": "b"})
    with pytest.raises(InvalidArgument):
        local_store.put("p/q/r/obj", [b"short"], length=99)
    assert sorted(os.listdir(local_store.root / "p/q/r")) == ["obj", "obj.botfarm-meta"]
    local_store.delete("p/q/r/obj")
    assert os.listdir(local_store.root) == []  # empty folders pruned, root kept


def test_open_store_urls(tmp_path):
    assert isinstance(open_store(str(tmp_path / "plain")), LocalStore)
    s = open_store(f"file://{tmp_path}/url")
    assert isinstance(s, LocalStore) and s.root == tmp_path / "url"
    s.put_bytes("k", b"v")
    assert (tmp_path / "url" / "k").read_bytes() == b"v"
    for url in ("", "gs://bucket", "http://host/x"):
        with pytest.raises(InvalidArgument):
            open_store(url)
