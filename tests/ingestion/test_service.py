"""IngestionService through a real gRPC server (create_server on port 0) and a real
channel, on both store backends (local disk and S3 through a real moto_server): the
shared archive streamed in as a zip, idempotent raw datasets, listing with pages,
live ingestion from a replayed X API, and bad input with the right status codes and
nothing half-written in the store."""

from __future__ import annotations

import gzip
import io
import json
import time
import zipfile

import grpc
import pytest
from botfarm.core.config import ServerConfig
from botfarm.core.server import create_server
from botfarm.core.service import ServiceContext
from botfarm.ingestion.service import Settings, make_service
from botfarm.ingestion.v1 import ingestion_service_pb2 as pb
from botfarm.ingestion.v1 import ingestion_service_pb2_grpc as pb_grpc
from grpcstatus import status_of
from replay import ReplayServer
from test_live import PAGES, TOKEN, x_api


@pytest.fixture
def serve(store):
    servers = []

    def start(settings: Settings | None = None):
        config = ServerConfig(grpc_host="127.0.0.1", grpc_port=0, metrics_port=-1)
        server, port = create_server(config, make_service(ServiceContext(config=config, store=store,
                                                                         settings=settings or Settings())))
        server.start()
        channel = grpc.insecure_channel(f"127.0.0.1:{port}")
        servers.append((server, channel))
        return pb_grpc.IngestionServiceStub(channel)

    yield start
    for server, channel in servers:
        channel.close()
        server.stop(0).wait(5)


def archive_zip(shared_data, handle="andreruffert") -> bytes:
    buf = io.BytesIO()
    src = shared_data / f"x-archive-{handle}"
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("data/tweets.js", (src / "tweets.js").read_bytes())
        if (src / "account.js").exists():
            z.writestr("data/account.js", (src / "account.js").read_bytes())
    return buf.getvalue()


def upload_requests(data: bytes, filename="archive.zip", chunk=256 << 10, **meta):
    yield pb.UploadArchiveRequest(metadata=pb.UploadMetadata(filename=filename, size_bytes=len(data), **meta))
    for i in range(0, len(data), chunk):
        yield pb.UploadArchiveRequest(chunk=data[i:i + chunk])


def keys(store, prefix):
    return [i.key for i in store.list(prefix)]


def test_upload_archive_stores_an_idempotent_raw_dataset(serve, store, shared_data):
    stub = serve()
    data = archive_zip(shared_data)
    r1 = stub.UploadArchive(upload_requests(data), timeout=120)
    assert r1.ingestion.state == pb.Ingestion.STATE_SUCCEEDED and r1.ingestion.posts_read == 1986
    ds = r1.dataset
    assert ds.name == r1.ingestion.dataset and ds.name.startswith("datasets/") and len(ds.name) == 9 + 64
    assert ds.post_count == 1986 and ds.source_format == pb.SOURCE_FORMAT_X_ARCHIVE
    assert [(u.handle, u.display_name) for u in ds.users] == [("andreruffert", "André Ruffert")]
    assert ds.object.key == f"datasets/raw/{ds.name[9:]}.jsonl.gz"
    assert ds.newest_post_id.isdigit() and ds.reply_count > 0
    # The stored posts are the normalised records, one JSON line each.
    lines = gzip.decompress(store.get_bytes(ds.object.key)).decode().splitlines()
    rec = json.loads(lines[0])
    assert len(lines) == 1986
    assert set(rec) == {"id", "created_at", "text", "is_retweet", "is_reply", "lang", "author", "source_format"}
    # The same archive again (other chunking): the same dataset, nothing new stored.
    r2 = stub.UploadArchive(upload_requests(data, chunk=77_777), timeout=120)
    assert r2.dataset.name == ds.name and r2.ingestion.name != r1.ingestion.name
    assert len(keys(store, "datasets/raw/")) == 2  # the posts and their metadata
    got = stub.GetDataset(pb.GetDatasetRequest(name=ds.name)).dataset
    assert got == ds
    ing = stub.GetIngestion(pb.GetIngestionRequest(name=r1.ingestion.name)).ingestion
    assert ing.state == pb.Ingestion.STATE_SUCCEEDED and ing.source.object_key.startswith("uploads/")


def test_listing_pages(serve, shared_data):
    stub = serve()
    names = []
    for handle in ("andreruffert", "smithjd"):
        names.append(stub.UploadArchive(upload_requests(archive_zip(shared_data, handle)), timeout=120).dataset.name)
    p1 = stub.ListDatasets(pb.ListDatasetsRequest(page_size=1))
    p2 = stub.ListDatasets(pb.ListDatasetsRequest(page_size=1, page_token=p1.next_page_token))
    assert p1.next_page_token and not p2.next_page_token
    assert sorted(d.name for d in [*p1.datasets, *p2.datasets]) == sorted(names)
    ings = stub.ListIngestions(pb.ListIngestionsRequest(page_size=1))
    assert len(ings.ingestions) == 1 and ings.next_page_token
    rest = stub.ListIngestions(pb.ListIngestionsRequest(page_token=ings.next_page_token))
    assert len(rest.ingestions) == 1 and not rest.next_page_token
    assert ings.ingestions[0].create_time.ToDatetime() >= rest.ingestions[0].create_time.ToDatetime()
    code, reason, _ = status_of(stub.ListDatasets, pb.ListDatasetsRequest(page_token="!!not-a-token"))
    assert code == grpc.StatusCode.INVALID_ARGUMENT


def evil_zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("data/tweets.js", "window.YTD.tweets.part0 = []")
        z.writestr("../../etc/cron.d/evil", "* * * * * root rm -rf /")
    return buf.getvalue()


def bomb_zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("data/tweets.js", b"window.YTD.tweets.part0 = [" + b" " * (40 << 20) + b"]")
    return buf.getvalue()


def empty_zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("data/manifest.js", "window.__THAR_CONFIG = {}")
    return buf.getvalue()


@pytest.mark.parametrize("name,data,code,reason", [
    ("evil.zip", evil_zip(), grpc.StatusCode.INVALID_ARGUMENT, "UNSAFE_ZIP_PATH"),
    ("bomb.zip", bomb_zip(), grpc.StatusCode.RESOURCE_EXHAUSTED, "ZIP_BOMB"),
    ("empty.zip", empty_zip(), grpc.StatusCode.INVALID_ARGUMENT, "EMPTY_ARCHIVE"),
    ("tweets.js", b'window.YTD.tweets.part0 = [{"tweet": {', grpc.StatusCode.INVALID_ARGUMENT, "MALFORMED_INPUT"),
    ("notes.txt", b"hello, this is not an archive", grpc.StatusCode.INVALID_ARGUMENT, "UNKNOWN_FORMAT"),
    ("nothing.zip", b"", grpc.StatusCode.INVALID_ARGUMENT, "EMPTY_ARCHIVE"),
])
def test_bad_uploads_fail_cleanly(serve, store, name, data, code, reason):
    stub = serve()
    got_code, got_reason, message = status_of(stub.UploadArchive, upload_requests(data, filename=name))
    assert (got_code, got_reason) == (code, reason), message
    assert keys(store, "datasets/") == [] and keys(store, "uploads/") == []
    # The failure is recorded on the ingestion, readable later.
    [ing] = stub.ListIngestions(pb.ListIngestionsRequest()).ingestions if keys(store, "ingestions/") else [None]
    if ing is not None:
        assert ing.state == pb.Ingestion.STATE_FAILED and ing.error_message


def test_upload_without_metadata_and_oversized(serve, store):
    stub = serve(Settings(max_upload_bytes=1000))
    code, reason, _ = status_of(stub.UploadArchive, iter([pb.UploadArchiveRequest(chunk=b"PK")]))
    assert (code, reason) == (grpc.StatusCode.INVALID_ARGUMENT, "NO_METADATA")
    code, reason, _ = status_of(stub.UploadArchive, upload_requests(b"x" * 5000, chunk=700))
    assert (code, reason) == (grpc.StatusCode.RESOURCE_EXHAUSTED, "ARCHIVE_TOO_LARGE")
    assert keys(store, "uploads/") == [] and keys(store, "datasets/") == []


def test_create_ingestion_from_replayed_x_api(serve, store):
    with ReplayServer() as srv:
        x_api(srv, PAGES)
        stub = serve(Settings(x_bearer_token=TOKEN, api_base_urls=(srv.url,)))
        src = pb.Source(format=pb.SOURCE_FORMAT_X_API_V2, handle="jane", api_base_url=srv.url)
        done = stub.CreateIngestion(pb.CreateIngestionRequest(source=src, wait=True), timeout=60).ingestion
        assert done.state == pb.Ingestion.STATE_SUCCEEDED and done.posts_read == 5
        ds = stub.GetDataset(pb.GetDatasetRequest(name=done.dataset)).dataset
        assert ds.post_count == 5 and ds.retweet_count == 1 and ds.newest_post_id == "2000"
        assert ds.source_format == pb.SOURCE_FORMAT_X_API_V2 and ds.users[0].display_name == "Jane Doe"
        # In the background: poll until it finishes.
        started = stub.CreateIngestion(pb.CreateIngestionRequest(source=src), timeout=60).ingestion
        assert started.state in (pb.Ingestion.STATE_PENDING, pb.Ingestion.STATE_RUNNING, pb.Ingestion.STATE_SUCCEEDED)
        deadline = time.time() + 30
        while time.time() < deadline:
            ing = stub.GetIngestion(pb.GetIngestionRequest(name=started.name)).ingestion
            if ing.state == pb.Ingestion.STATE_SUCCEEDED:
                break
            time.sleep(0.1)
        assert ing.state == pb.Ingestion.STATE_SUCCEEDED and ing.dataset == done.dataset  # idempotent


def test_wrong_token_and_bad_requests(serve, store):
    with ReplayServer() as srv:
        x_api(srv, PAGES)
        stub = serve(Settings(x_bearer_token="wrong", api_base_urls=(srv.url,)))
        src = pb.Source(format=pb.SOURCE_FORMAT_X_API_V2, handle="jane", api_base_url=srv.url)
        code, reason, msg = status_of(stub.CreateIngestion, pb.CreateIngestionRequest(source=src, wait=True))
        assert (code, reason) == (grpc.StatusCode.UNAUTHENTICATED, "API_UNAUTHENTICATED") and "token" in msg
        assert keys(store, "datasets/") == []
        [ing] = stub.ListIngestions(pb.ListIngestionsRequest()).ingestions
        assert ing.state == pb.Ingestion.STATE_FAILED and "token" in ing.error_message
    no_token = serve(Settings())
    code, reason, _ = status_of(no_token.CreateIngestion, pb.CreateIngestionRequest(source=pb.Source(
        format=pb.SOURCE_FORMAT_X_API_V2, handle="jane"), wait=True))
    assert (code, reason) == (grpc.StatusCode.FAILED_PRECONDITION, "NO_API_TOKEN")
    code, reason, _ = status_of(no_token.CreateIngestion, pb.CreateIngestionRequest(source=pb.Source()))
    assert (code, reason) == (grpc.StatusCode.INVALID_ARGUMENT, "INVALID_SOURCE")
    code, reason, _ = status_of(no_token.CreateIngestion, pb.CreateIngestionRequest(source=pb.Source(
        format=pb.SOURCE_FORMAT_X_ARCHIVE, handle="jane")))
    assert code == grpc.StatusCode.INVALID_ARGUMENT
    code, reason, _ = status_of(no_token.CreateIngestion, pb.CreateIngestionRequest(source=pb.Source(
        object_key="uploads/none/x.zip"), wait=True))
    assert code == grpc.StatusCode.NOT_FOUND
    code, _, _ = status_of(no_token.GetIngestion, pb.GetIngestionRequest(name="ingestions/20240101000000000000-000000000000"))
    assert code == grpc.StatusCode.NOT_FOUND
    code, _, _ = status_of(no_token.GetIngestion, pb.GetIngestionRequest(name="../etc/passwd"))
    assert code == grpc.StatusCode.INVALID_ARGUMENT
    code, _, _ = status_of(no_token.GetDataset, pb.GetDatasetRequest(name="datasets/" + "0" * 64))
    assert code == grpc.StatusCode.NOT_FOUND
    code, _, _ = status_of(no_token.GetDataset, pb.GetDatasetRequest(name="datasets/xyz"))
    assert code == grpc.StatusCode.INVALID_ARGUMENT


def test_ingestion_interrupted_by_a_restart_is_resumed(serve, store, shared_data):
    # What a killed server leaves behind: the archive in the store and a RUNNING record.
    store.put_bytes("uploads/killed/archive.zip", archive_zip(shared_data))
    record = {"name": "ingestions/20260101000000000000-deadbeef0000", "state": "RUNNING",
              "source": {"format": "", "object_key": "uploads/killed/archive.zip", "handle": "", "since_id": "",
                         "max_posts": 0, "api_base_url": ""},
              "error_message": "", "error_code": "", "dataset": "", "posts_read": 0,
              "create_time": "2026-01-01T00:00:00Z", "end_time": ""}
    store.put_bytes(record["name"] + ".json", json.dumps(record).encode())

    stub = serve()  # the restarted service
    deadline = time.monotonic() + 60
    while True:
        ing = stub.GetIngestion(pb.GetIngestionRequest(name=record["name"]), timeout=10).ingestion
        if ing.state not in (pb.Ingestion.STATE_RUNNING, pb.Ingestion.STATE_PENDING) or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    assert ing.state == pb.Ingestion.STATE_SUCCEEDED, ing.error_message
    assert ing.posts_read == 1986 and ing.dataset.startswith("datasets/")


def test_resume_waits_for_a_store_that_does_not_answer_yet(tmp_path, shared_data):
    """A fresh install: the service starts before MinIO answers. Resuming interrupted
    ingestions is retried in the background instead of failing the start-up."""
    import threading

    from botfarm.core.errors import Unavailable
    from botfarm.core.store import LocalStore
    from botfarm.ingestion.core import Ingestions, IngestionSettings

    class NotYet(LocalStore):
        refusals = 2

        def list(self, *a, **kw):
            if self.refusals:
                self.refusals -= 1
                raise Unavailable("the store does not answer yet", reason="STORE_UNREACHABLE")
            return super().list(*a, **kw)

    store = NotYet(tmp_path / "data")
    store.put_bytes("uploads/killed/archive.zip", archive_zip(shared_data))
    name = "ingestions/20260101000000000000-deadbeef0001"
    store.put_bytes(name + ".json", json.dumps({
        "name": name, "state": "RUNNING", "error_message": "", "error_code": "", "dataset": "", "posts_read": 0,
        "source": {"format": "", "object_key": "uploads/killed/archive.zip", "handle": "", "since_id": "",
                   "max_posts": 0, "api_base_url": ""}, "create_time": "2026-01-01T00:00:00Z",
        "end_time": ""}).encode())
    stop = threading.Event()
    ingestions = Ingestions(store, IngestionSettings())
    ingestions.resume_when_the_store_answers(stop, first_wait=0.01).join(30)
    assert store.refusals == 0
    deadline = time.monotonic() + 60
    while ingestions.get(name)["state"] in ("RUNNING", "PENDING") and time.monotonic() < deadline:
        time.sleep(0.1)
    assert ingestions.get(name)["state"] == "SUCCEEDED"
    stop.set()


def test_api_base_url_not_listed_is_refused_and_gets_no_token(serve, store):
    # A client could point api_base_url at its own server and receive the service's
    # X bearer token; only URLs the operator lists (--api-base-urls) may be called.
    with ReplayServer() as srv:
        x_api(srv, PAGES)
        stub = serve(Settings(x_bearer_token=TOKEN))
        src = pb.Source(format=pb.SOURCE_FORMAT_X_API_V2, handle="jane", api_base_url=srv.url)
        code, reason, _ = status_of(stub.CreateIngestion, pb.CreateIngestionRequest(source=src, wait=True))
        assert (code, reason) == (grpc.StatusCode.PERMISSION_DENIED, "API_BASE_URL_NOT_ALLOWED")
        assert srv.requests == []
        assert keys(store, "datasets/") == []


def test_mastodon_token_goes_only_to_listed_servers(tmp_path, monkeypatch):
    from botfarm.core.store import LocalStore
    from botfarm.ingestion import core

    sent = {}

    def fake_read(handle, *, token="", **kw):  # stands in for the HTTP reads: records the token
        sent[handle] = token
        raise core.NotFound("stop here")

    monkeypatch.setattr(core.mastodon, "read_mastodon", fake_read)
    ing = core.Ingestions(LocalStore(tmp_path), core.IngestionSettings(
        mastodon_token="secret", api_base_urls=("https://mine.social",)))
    for handle in ("ann@evil.example", "ann@mine.social"):
        with pytest.raises(core.NotFound):
            ing.read_live({"format": "mastodon", "handle": handle, "since_id": "", "max_posts": 0,
                             "api_base_url": ""})
    # user@host names the server: the token must not follow a handle to any host.
    assert sent == {"ann@evil.example": "", "ann@mine.social": "secret"}


@pytest.mark.parametrize("sample", ["mastodon", "bluesky"])
def test_upload_mastodon_and_bluesky_archives(serve, store, sample):
    """Mastodon's archive zip and Bluesky's CAR through UploadArchive, detected or named;
    the cleaning core then gives the notebook's counts."""
    from botfarm.cleaning.core import create_clean_dataset
    from socialsamples import (
        BLUESKY_CAR,
        BLUESKY_COUNTS,
        BLUESKY_REPLIES,
        MASTODON_COUNTS,
        MASTODON_HANDLE,
        MASTODON_REPLIES,
        mastodon_zip,
    )

    stub = serve()
    if sample == "mastodon":
        data, name, fmt, handle = mastodon_zip(), "archive-20250101.zip", pb.SOURCE_FORMAT_MASTODON_ARCHIVE, ""
        want, replies, user = MASTODON_COUNTS, MASTODON_REPLIES, MASTODON_HANDLE
    else:
        data, name, fmt, handle = BLUESKY_CAR.read_bytes(), "repo.car", pb.SOURCE_FORMAT_BLUESKY_CAR, "tomas.test"
        want, replies, user = BLUESKY_COUNTS, BLUESKY_REPLIES, "tomas.test"
    detected = stub.UploadArchive(upload_requests(data, filename=name, handle=handle), timeout=60)
    named = stub.UploadArchive(upload_requests(data, filename="upload.bin", format=fmt, handle=handle), timeout=60)
    for r in (detected, named):
        assert r.ingestion.state == pb.Ingestion.STATE_SUCCEEDED and r.dataset.source_format == fmt
        assert [u.handle for u in r.dataset.users] == [user]
        assert (r.dataset.post_count, r.dataset.retweet_count, r.dataset.reply_count) == (
            want["downloaded"], want["retweets"], replies)
    assert named.dataset.name == detected.dataset.name  # the same posts: the same dataset
    rec = create_clean_dataset(store, [detected.dataset.name])
    assert rec.users[0]["counts"] == want
    # The wrong explicit format is a clear error, and the upload is not kept.
    other = pb.SOURCE_FORMAT_BLUESKY_CAR if sample == "mastodon" else pb.SOURCE_FORMAT_MASTODON_ARCHIVE
    with pytest.raises(grpc.RpcError) as e:
        stub.UploadArchive(upload_requests(data, filename=name, format=other), timeout=60)
    assert e.value.code() == grpc.StatusCode.INVALID_ARGUMENT
