"""The object-store contract, run against both backends: ``store`` is a LocalStore in
a temporary folder, then an S3Store on a fresh bucket of a real moto_server process
(tests/s3server.py).

    python -m pytest -q tests/core/test_store_contract.py
"""

from __future__ import annotations

import gc
import hashlib
import io
import os
import threading
import time
import tracemalloc

import pytest
from botfarm.core.errors import AlreadyExists, DataLoss, InvalidArgument, NotFound

INVALID_KEYS = ["../x", "/abs", "a//b", "", "a/", "a/./b", "a/../b", "a\\b", "a\x00b", "x" * 241,
                "/".join(["abc"] * 300)]


def test_put_get_bytes_and_stat(store):
    info = store.put_bytes("a/b.json", b'{"x": 1}', metadata={"Content-Kind": "json", "owner": "bob"})
    assert info.key == "a/b.json" and info.size == 8
    assert store.get_bytes("a/b.json") == b'{"x": 1}'
    st = store.stat("a/b.json")
    assert st.size == 8
    assert st.metadata == {"content-kind": "json", "owner": "bob"}  # keys lower-case on both backends
    assert st.last_modified is not None and st.last_modified.tzinfo is not None
    assert st.etag
    assert store.exists("a/b.json") and not store.exists("a/c.json")


def test_put_from_file_object_and_from_iterator(store, tmp_path):
    payload = os.urandom(3 << 20) + b"tail"
    store.put("f/obj", io.BytesIO(payload))
    assert store.get_bytes("f/obj") == payload

    parts = [payload[i:i + 100_000] for i in range(0, len(payload), 100_000)]
    store.put("f/iter", iter(parts), length=len(payload))
    assert store.sha256("f/iter") == hashlib.sha256(payload).hexdigest()

    src = tmp_path / "src.bin"
    src.write_bytes(payload)
    seen = []
    store.put_file("f/file", src, progress=seen.append)
    assert sum(seen) == len(payload)
    assert store.stat("f/file").size == len(payload)


def test_empty_object(store):
    assert store.put_bytes("empty", b"").size == 0
    assert store.get_bytes("empty") == b""
    assert store.stat("empty").size == 0
    with store.open("empty") as f:
        assert f.read() == b""


def test_get_as_stream(store):
    payload = bytes(range(256)) * 20_000  # 5 MB, several chunks
    store.put_bytes("s/obj", payload)
    chunks = list(store.iter_chunks("s/obj", chunk_size=1 << 20))
    assert len(chunks) >= 5 and b"".join(chunks) == payload
    with store.open("s/obj") as f:
        assert f.read(10) == payload[:10]
        assert f.read() == payload[10:]


def test_stream_closed_early_releases_the_connection(store):
    store.put_bytes("s/big", os.urandom(4 << 20))
    for _ in range(40):  # more than the connection pool holds
        it = store.iter_chunks("s/big", chunk_size=64 << 10)
        assert len(next(it)) == 64 << 10
        it.close()
        with store.open("s/big") as f:
            f.read(100)
    assert store.get_bytes("s/big") == store.get_bytes("s/big")


def test_list_by_prefix(store):
    keys = ["a/1", "a/2", "a/10", "a/sub/z", "ab", "b/x", "bots/émile/ü.txt"]
    for k in reversed(keys):
        store.put_bytes(k, k.encode(), metadata={"k": "v"})
    assert [i.key for i in store.list("a/")] == ["a/1", "a/10", "a/2", "a/sub/z"]
    assert [i.key for i in store.list("a")] == ["a/1", "a/10", "a/2", "a/sub/z", "ab"]
    assert [i.key for i in store.list("a/1")] == ["a/1", "a/10"]  # a partial name
    assert [i.key for i in store.list("")] == sorted(keys)
    assert [i.key for i in store.list()] == sorted(keys)
    assert list(store.list("zzz/")) == [] and list(store.list("a/sub/zz")) == []
    assert {i.key: i.size for i in store.list("b")} == {"b/x": 3, "bots/émile/ü.txt": len("bots/émile/ü.txt".encode())}
    assert all(i.metadata == {} for i in store.list(""))  # list carries no metadata; stat does
    assert store.delete_prefix("a/") == 4
    assert [i.key for i in store.list("")] == ["ab", "b/x", "bots/émile/ü.txt"]


def test_delete(store):
    store.put_bytes("d/x", b"1")
    store.delete("d/x")
    assert not store.exists("d/x")
    store.delete("d/x")  # a missing key is not an error
    store.delete("never/was")
    assert list(store.list("d/")) == []


def test_missing_key_is_not_found(store, tmp_path):
    with pytest.raises(NotFound):
        store.get_bytes("no/such")
    with pytest.raises(NotFound):
        store.stat("no/such")
    with pytest.raises(NotFound):
        store.open("no/such").__enter__()
    with pytest.raises(NotFound):
        store.get_file("no/such", tmp_path / "dl" / "out")
    assert os.listdir(tmp_path / "dl") == []  # no file, no temp file
    store.put_bytes("no/such/deeper", b"x")  # a prefix of a key is not an object either
    with pytest.raises(NotFound):
        store.stat("no/such")


@pytest.mark.parametrize("key", INVALID_KEYS, ids=repr)
def test_invalid_keys(store, key, tmp_path):
    store.put_bytes("keep", b"data")
    with pytest.raises(InvalidArgument):
        store.put_bytes(key, b"x")
    with pytest.raises(InvalidArgument):
        store.create_if_absent(key, b"x")
    with pytest.raises(InvalidArgument):
        store.get_bytes(key)
    with pytest.raises(InvalidArgument):
        store.stat(key)
    with pytest.raises(InvalidArgument):
        store.delete(key)
    with pytest.raises(InvalidArgument):
        store.get_file(key, tmp_path / "out")
    assert [i.key for i in store.list("")] == ["keep"]
    assert not (tmp_path / "x").exists()


def test_invalid_prefix_metadata_and_data(store):
    for prefix in ("../", "/abs", "a//b/"):
        with pytest.raises(InvalidArgument):
            list(store.list(prefix))
    with pytest.raises(InvalidArgument):
        store.put_bytes("m", b"x", metadata={"bad key": "v"})
    with pytest.raises(InvalidArgument):
        store.put_bytes("m", b"x", metadata={"k": "ünïcode"})
    with pytest.raises(InvalidArgument):
        store.put("m", "text, not bytes")  # type: ignore[arg-type]
    assert not store.exists("m")


def test_get_file_checks_sha256(store, tmp_path):
    payload = os.urandom(1 << 20)
    store.put_bytes("g/obj", payload)
    good = hashlib.sha256(payload).hexdigest()
    dest = tmp_path / "dl" / "obj.bin"
    seen = []
    assert store.get_file("g/obj", dest, sha256=good, progress=seen.append) == dest
    assert dest.read_bytes() == payload and sum(seen) == len(payload)

    other = tmp_path / "dl" / "other.bin"
    with pytest.raises(DataLoss) as e:
        store.get_file("g/obj", other, sha256="0" * 64)
    assert e.value.metadata["actual_sha256"] == good
    assert sorted(os.listdir(dest.parent)) == ["obj.bin"]  # nothing at the path, no temp file

    dest.write_bytes(b"previous download")  # a failed check keeps what was there
    with pytest.raises(DataLoss):
        store.get_file("g/obj", dest, sha256="f" * 64)
    assert dest.read_bytes() == b"previous download"


def test_overwrite_replaces_data_and_metadata(store):
    store.put_bytes("o/k", b"first version", metadata={"v": "1"})
    store.put_bytes("o/k", b"second", metadata={"v": "2"})
    assert store.get_bytes("o/k") == b"second"
    assert store.stat("o/k").metadata == {"v": "2"}
    store.put_bytes("o/k", b"third")
    assert store.stat("o/k").metadata == {}
    assert [i.key for i in store.list("o/")] == ["o/k"]


def test_failed_write_keeps_the_old_object(store):
    store.put_bytes("w/k", b"good data", metadata={"v": "1"})

    def broken():
        yield b"partial "
        yield os.urandom(1 << 20)
        raise RuntimeError("client went away")

    with pytest.raises(RuntimeError):
        store.put("w/k", broken())
    with pytest.raises(InvalidArgument):  # declared length not met
        store.put("w/k", [b"abc"], length=5)
    with pytest.raises(AlreadyExists):
        store.create_if_absent("w/k", b"other")
    with pytest.raises(RuntimeError):
        store.create_if_absent("w/new", broken())
    assert store.get_bytes("w/k") == b"good data"
    assert store.stat("w/k").metadata == {"v": "1"}
    assert [i.key for i in store.list("")] == ["w/k"]


def test_create_if_absent(store):
    info = store.create_if_absent("c/k", b"mine", metadata={"owner": "a"})
    assert info.size == 4
    with pytest.raises(AlreadyExists):
        store.create_if_absent("c/k", b"theirs")
    assert store.get_bytes("c/k") == b"mine" and store.stat("c/k").metadata == {"owner": "a"}
    store.delete("c/k")
    store.create_if_absent("c/k", iter([b"again"]))
    assert store.get_bytes("c/k") == b"again"


@pytest.mark.parametrize("round_", range(3))
def test_create_if_absent_race_threads(store, round_):
    """N threads released together on one key: exactly one wins."""
    n = 8
    barrier = threading.Barrier(n)
    results: dict[int, str] = {}

    def writer(i: int) -> None:
        payload = f"writer {i} ".encode() * 5000
        barrier.wait()
        try:
            store.create_if_absent("race/key", payload, metadata={"writer": str(i)})
            results[i] = "won"
        except AlreadyExists:
            results[i] = "lost"

    threads = [threading.Thread(target=writer, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    winners = [i for i, r in results.items() if r == "won"]
    assert len(results) == n and len(winners) == 1, results
    assert store.get_bytes("race/key") == f"writer {winners[0]} ".encode() * 5000
    assert store.stat("race/key").metadata == {"writer": str(winners[0])}


def _numbered_chunks(n_chunks: int, digest: hashlib._Hash):
    block = os.urandom(1 << 20)
    for i in range(n_chunks):
        chunk = i.to_bytes(8, "big") + block[8:]  # every chunk differs: reordering would show
        digest.update(chunk)
        yield chunk


def test_200mb_object_streams_through(store, tmp_path):
    """A 200 MB object goes in from a generator and back out without the client
    process ever holding it: traced Python allocations stay far below its size."""
    size_mb = 200
    sent = hashlib.sha256()
    gc.collect()
    tracemalloc.start()
    try:
        t0 = time.monotonic()
        info = store.put("big/object.bin", _numbered_chunks(size_mb, sent), length=size_mb << 20)
        put_s = time.monotonic() - t0
        _, put_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        t0 = time.monotonic()
        received = hashlib.sha256()
        n = 0
        for chunk in store.iter_chunks("big/object.bin"):
            received.update(chunk)
            n += len(chunk)
        get_s = time.monotonic() - t0
        _, get_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    print(f"\n200 MB {type(store).__name__}: put {put_s:.1f} s (peak {put_peak >> 20} MiB), "
          f"get {get_s:.1f} s (peak {get_peak >> 20} MiB)")
    assert info.size == size_mb << 20 and n == size_mb << 20
    assert store.stat("big/object.bin").size == size_mb << 20
    assert received.hexdigest() == sent.hexdigest()
    # At most a few 16 MiB parts in flight; holding the object would need 200 MiB.
    assert put_peak < 80 << 20, put_peak
    assert get_peak < 40 << 20, get_peak
    store.delete("big/object.bin")


# --- listing a page at a time: start_after and delimiter --------------------------------

PAGE_KEYS = ["m/ab-c/model.json", "m/ab/model.json", "m/ab/v/1/f", "m/ab/v/10/f", "m/ab/v/2/f",
             "m/b/x", "m/base/s/model.json", "m/base/t/model.json", "m/top", "n/other"]


def test_list_start_after_continues_strictly_after_a_key(store):
    for k in PAGE_KEYS:
        store.put_bytes(k, b"x")
    keys = sorted(PAGE_KEYS)
    for i, after in enumerate(keys):
        assert [o.key for o in store.list("m/", start_after=after)] == [k for k in keys[i + 1:] if k.startswith("m/")]
    # A start key that is no key at all, inside and before a folder.
    assert [o.key for o in store.list("m/ab/", start_after="m/ab/v/10")] == ["m/ab/v/10/f", "m/ab/v/2/f"]
    assert [o.key for o in store.list("m/", start_after="m/a")][0] == "m/ab-c/model.json"
    assert list(store.list("m/", start_after="m/zzz")) == []


def test_list_with_delimiter_rolls_folders_up(store):
    for k in PAGE_KEYS:
        store.put_bytes(k, b"x")
    top = list(store.list("m/", delimiter="/"))
    assert [o.key for o in top] == ["m/ab-c/", "m/ab/", "m/b/", "m/base/", "m/top"]
    assert [o.is_prefix for o in top] == [True, True, True, True, False] and top[-1].size == 1
    # Continuing after a rolled-up prefix skips everything under it.
    assert [o.key for o in store.list("m/", delimiter="/", start_after="m/ab/")] == ["m/b/", "m/base/", "m/top"]
    assert [o.key for o in store.list("m/base/", delimiter="/")] == ["m/base/s/", "m/base/t/"]
    assert [o.key for o in store.list("m/ab/v/", delimiter="/")] == ["m/ab/v/1/", "m/ab/v/10/", "m/ab/v/2/"]
    assert [o.key for o in store.list("m/a", delimiter="/")] == ["m/ab-c/", "m/ab/"]  # a partial name
    with pytest.raises(InvalidArgument):
        list(store.list("m/", delimiter=","))


def test_list_stops_reading_when_the_caller_stops(store):
    """A listing is lazy: taking the first entries of a large listing works without
    the rest (on disk, folders after the ones reached are not even read)."""
    for i in range(30):
        store.put_bytes(f"lazy/{i:03d}/a", b"x")
    it = store.list("lazy/", delimiter="/")
    assert [next(it).key for _ in range(3)] == ["lazy/000/", "lazy/001/", "lazy/002/"]
    it.close()


def _leave_incomplete_write(store, key: str) -> None:
    """What a writer killed half-way leaves: a temporary file on disk; on S3 a
    multipart upload with one part, never completed."""
    from botfarm.core.store import LocalStore

    if isinstance(store, LocalStore):
        path = store._path(key)
        fd, _tmp = store._mkstemp(path)
        os.write(fd, b"x" * 1000)
        os.close(fd)
    else:
        name = store._name(key)
        store.check()
        upload_id = store._client._create_multipart_upload(store.bucket, name, {})
        store._client._upload_part(store.bucket, name, b"x" * (5 << 20), None, upload_id, 1)


def test_incomplete_writes_are_listed_and_aborted(store):
    store.put_bytes("w/done", b"ok")
    _leave_incomplete_write(store, "w/sub/killed")
    assert [o.key for o in store.list("w/")] == ["w/done"]  # invisible to list
    found = list(store.list_incomplete("w/"))
    assert len(found) == 1 and found[0].key.startswith("w/sub/") and found[0].last_modified is not None
    assert list(store.list_incomplete("other/")) == []
    store.abort_incomplete(found[0])
    assert list(store.list_incomplete("w/")) == []
    store.abort_incomplete(found[0])  # gone already: not an error
    assert store.get_bytes("w/done") == b"ok"
