"""Memory stays bounded by the archive's size: a ~95 MB generated tweets.js is cleaned
offline (`botfarm clean`) and ingested through a real ingestion server process within
2x its size plus 200 MB of peak resident memory (they held 7-8x before the parsers
streamed). Peak memory of a child process is a bound, not a speed: nothing here
depends on the machine's load."""

from __future__ import annotations

import json
import subprocess
import sys
import time

import grpc
import pytest
from bigarchive import peak_rss_of, vm_hwm, write_tweets_js

MB = 1_000_000
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def big_tweets_js(tmp_path_factory):
    path = tmp_path_factory.mktemp("big") / "tweets.js"
    posts = write_tweets_js(path, 95 * MB)
    return path, posts


def bound(path) -> int:
    return 2 * path.stat().st_size + 200 * MB


def test_clean_offline_stays_within_twice_the_file(big_tweets_js, tmp_path):
    path, posts = big_tweets_js
    out = tmp_path / "kept.jsonl"
    r, peak = peak_rss_of([sys.executable, "-m", "botfarm.cli", "clean", str(path), "--stats-json",
                           "--output", str(out), "--handle", "big"], timeout=300)
    assert r.returncode == 0, r.stderr
    stats = json.loads(r.stdout)
    assert stats["downloaded"] == posts and stats["users"] == {"big": {k: stats[k] for k in
                                                                         ("downloaded", "retweets", "short", "kept")}}
    assert sum(1 for _ in out.open()) == stats["kept"]
    assert peak <= bound(path), f"peak {peak / MB:.0f} MB for a {path.stat().st_size / MB:.0f} MB file"


def test_ingestion_service_stays_within_twice_the_file(big_tweets_js, tmp_path):
    from botfarm.ingestion.v1 import ingestion_service_pb2 as pb
    from botfarm.ingestion.v1 import ingestion_service_pb2_grpc as pb_grpc

    path, posts = big_tweets_js
    port_file = tmp_path / "port.json"
    proc = subprocess.Popen([sys.executable, "-m", "botfarm.cli", "serve", "ingestion", "--grpc-host", "127.0.0.1",
                             "--grpc-port", "0", "--metrics-port", "-1", "--data-dir", str(tmp_path / "data"),
                             "--port-file", str(port_file)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        while not port_file.exists():
            assert proc.poll() is None, proc.stderr.read().decode()  # type: ignore[union-attr]
            time.sleep(0.05)
        addr = json.loads(port_file.read_text())["grpc"]

        def requests():
            yield pb.UploadArchiveRequest(metadata=pb.UploadMetadata(filename="tweets.js", handle="big",
                                                                     size_bytes=path.stat().st_size))
            with open(path, "rb") as f:
                while chunk := f.read(1 << 20):
                    yield pb.UploadArchiveRequest(chunk=chunk)

        with grpc.insecure_channel(addr) as ch:
            resp = pb_grpc.IngestionServiceStub(ch).UploadArchive(requests(), timeout=300)
        assert resp.dataset.post_count == posts and [u.handle for u in resp.dataset.users] == ["big"]
        peak = vm_hwm(proc.pid)
        assert peak <= bound(path), f"peak {peak / MB:.0f} MB for a {path.stat().st_size / MB:.0f} MB file"
    finally:
        proc.terminate()
        proc.wait(30)
