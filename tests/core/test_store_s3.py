"""What only the S3 backend has: multipart uploads, the conditional complete,
endpoint and bucket errors, key prefixes. Against a real moto_server process.

    python -m pytest -q tests/core/test_store_s3.py
"""

from __future__ import annotations

import os
import socket
import threading
import time

import pytest
from botfarm.core.errors import AlreadyExists, InvalidArgument, NotFound, Unavailable
from botfarm.core.s3http import S3Policy
from botfarm.core.s3store import S3Store, _parts
from botfarm.core.store import open_store

MIB = 1 << 20


def _pending_uploads(store: S3Store) -> list[str]:
    result = store._client._list_multipart_uploads(store.bucket)
    return [u.object_name for u in result.uploads]


def test_parts_cut_a_stream_exactly():
    chunks = [b"a" * 7, b"b" * 3, b"c" * 10]
    parts = list(_parts(iter(chunks), 10))
    assert [(len(p), last) for p, last in parts] == [(10, False), (10, True)]
    assert b"".join(p for p, _ in parts) == b"".join(chunks)
    assert list(_parts(iter([]), 10)) == [(b"", True)]
    assert [len(p) for p, _ in _parts(iter([b"x" * 25]), 10)] == [10, 10, 5]


def test_multipart_create_if_absent_race(s3_server):
    """Objects bigger than one part take the multipart path, where If-None-Match
    rides on CompleteMultipartUpload: still exactly one winner."""
    store = s3_server.store("race-multipart", part_size=5 * MIB)
    n = 3
    barrier = threading.Barrier(n)
    results: dict[int, str] = {}

    def writer(i: int) -> None:
        payload = bytes([i]) * (6 * MIB)  # two parts each
        barrier.wait()
        try:
            store.create_if_absent("race/big", payload)
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
    assert store.get_bytes("race/big") == bytes([winners[0]]) * (6 * MIB)
    assert _pending_uploads(store) == []  # the losers' parts were aborted


def test_failed_multipart_upload_is_aborted(s3_server):
    store = s3_server.store("abort-multipart", part_size=5 * MIB)
    store.put_bytes("k", b"old")

    def broken():
        yield os.urandom(11 * MIB)  # two parts go out before the failure
        raise RuntimeError("client went away")

    with pytest.raises(RuntimeError):
        store.put("k", broken())
    with pytest.raises(InvalidArgument):
        store.put("k", iter([os.urandom(11 * MIB)]), length=12 * MIB)
    assert store.get_bytes("k") == b"old"
    assert _pending_uploads(store) == []


def test_unreachable_endpoint_is_unavailable_and_names_it():
    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    store = S3Store("botfarm", f"http://127.0.0.1:{port}", "k", "s", policy=S3Policy(connect_timeout=2))
    t0 = time.monotonic()
    with pytest.raises(Unavailable) as e:
        store.put_bytes("a", b"x")
    assert f"127.0.0.1:{port}" in e.value.message and e.value.reason == "STORE_UNREACHABLE"
    with pytest.raises(Unavailable):
        store.get_bytes("a")
    with pytest.raises(Unavailable):
        store.check()
    assert time.monotonic() - t0 < 20  # bounded retries, no five-minute hang


def test_missing_bucket_without_create_is_unavailable(s3_server):
    store = s3_server.store("never-created", create_bucket=False)
    with pytest.raises(Unavailable) as e:
        store.stat("a")
    assert e.value.reason == "STORE_BUCKET_MISSING" and "never-created" in e.value.message
    # Once someone creates it, the same store works.
    s3_server.store("never-created").check()
    with pytest.raises(NotFound):
        store.stat("a")
    store.put_bytes("a", b"1")
    assert store.get_bytes("a") == b"1"


def test_bucket_deleted_under_a_store_is_unavailable(s3_server):
    store = s3_server.store("deleted-later", create_bucket=False)
    s3_server.store("deleted-later").check()
    store.check()
    store._client.remove_bucket("deleted-later")
    with pytest.raises(Unavailable) as e:
        store.put_bytes("a", b"1")
    assert e.value.reason == "STORE_BUCKET_MISSING"


def test_prefixes_share_a_bucket(s3_server):
    a = open_store("s3://shared-bucket/tenant-a", endpoint=s3_server.endpoint,
                   access_key=s3_server.access_key, secret_key=s3_server.secret_key)
    b = open_store("s3://shared-bucket/tenant-b/", endpoint=s3_server.endpoint,
                   access_key=s3_server.access_key, secret_key=s3_server.secret_key)
    a.put_bytes("models/x", b"a")
    b.put_bytes("models/x", b"b")
    assert a.get_bytes("models/x") == b"a" and b.get_bytes("models/x") == b"b"
    assert [i.key for i in a.list("")] == ["models/x"]
    assert a.delete_prefix("") == 1
    assert b.get_bytes("models/x") == b"b"
    root = s3_server.store("shared-bucket")
    assert [i.key for i in root.list("")] == ["tenant-b/models/x"]


def test_endpoint_forms_and_bad_settings(s3_server):
    host = s3_server.endpoint.removeprefix("http://")
    plain = S3Store("endpoint-forms", host, s3_server.access_key, s3_server.secret_key, secure=False)
    plain.put_bytes("k", b"v")
    assert plain.endpoint == s3_server.endpoint
    assert S3Store("x-bucket", "https://minio:9000", "k", "s").endpoint == "https://minio:9000"
    for endpoint in ("ftp://host:1", "http://host:1/path", "", "host/path"):
        with pytest.raises(InvalidArgument):
            S3Store("x-bucket", endpoint, "k", "s")
    for bucket in ("ab", "Upper", "under_score", "a" * 64):
        with pytest.raises(InvalidArgument):
            S3Store(bucket, host, "k", "s")
    with pytest.raises(InvalidArgument):
        S3Store("x-bucket", host, "k", "s", part_size=MIB)
    with pytest.raises(InvalidArgument):
        open_store("s3://x-bucket")  # no endpoint
