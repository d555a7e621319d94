"""CleaningService through a real gRPC server (create_server on port 0) and a real
channel, on both store backends: clean datasets from raw datasets the ingestion code
stored, listing, preview, and errors with the right status codes."""

from __future__ import annotations

import grpc
import pytest
from botfarm.cleaning.datasets import iter_texts, load_clean_dataset
from botfarm.cleaning.service import make_service
from botfarm.cleaning.v1 import cleaning_service_pb2 as pb
from botfarm.cleaning.v1 import cleaning_service_pb2_grpc as pb_grpc
from botfarm.core.config import ServerConfig
from botfarm.core.server import create_server
from botfarm.core.service import ServiceContext
from botfarm.ingestion.datasets import store_raw_dataset
from botfarm.ingestion.records import Batch, Post, Profile
from botfarm.ingestion.sources.detect import read_path
from grpcstatus import status_of


@pytest.fixture
def stub(store):
    config = ServerConfig(grpc_host="127.0.0.1", grpc_port=0, metrics_port=-1)
    server, port = create_server(config, make_service(ServiceContext(config=config, store=store)))
    server.start()
    channel = grpc.insecure_channel(f"127.0.0.1:{port}")
    yield pb_grpc.CleaningServiceStub(channel)
    channel.close()
    server.stop(0).wait(5)


@pytest.fixture
def raw(store, shared_data):
    return [store_raw_dataset(store, read_path(shared_data / f"x-archive-{h}" / "tweets.js")).name
            for h in ("andreruffert", "smithjd")]


def test_create_get_list_clean_datasets(stub, store, raw):
    ds = stub.CreateCleanDataset(pb.CreateCleanDatasetRequest(raw_datasets=raw, rules="huggingtweets", seed=5),
                                 timeout=120).clean_dataset
    assert ds.state == pb.CleanDataset.STATE_SUCCEEDED and ds.rules == "huggingtweets" and ds.seed == 5
    assert list(ds.raw_datasets) == raw and ds.eval_fraction == pytest.approx(0.1)
    got = [(s.user.handle, s.counts.downloaded, s.counts.retweets, s.counts.short, s.counts.kept)
           for s in ds.user_stats]
    assert got == [("andreruffert", 1986, 643, 230, 1113), ("smithjd", 1758, 128, 43, 1587)]
    assert ds.user_stats[0].user.display_name == "André Ruffert" and ds.user_stats[0].kept_characters > 40000
    assert (ds.total.downloaded, ds.total.kept) == (3744, 2700) and not ds.warnings
    assert ds.train.key.endswith("/train.jsonl.gz") and ds.train.size_bytes == store.stat(ds.train.key).size
    # The training side reads what the service wrote.
    rec = load_clean_dataset(store, ds.name)
    assert rec.train_key == ds.train.key and sum(1 for _ in iter_texts(store, rec.eval_key)) == 270
    assert stub.GetCleanDataset(pb.GetCleanDatasetRequest(name=ds.name)).clean_dataset == ds
    other = stub.CreateCleanDataset(pb.CreateCleanDatasetRequest(raw_datasets=raw[:1], rules="botfarm")).clean_dataset
    assert dict(other.user_stats[0].counts.dropped_by_reason) == {"duplicate": 1, "empty": 9}
    assert dict(other.total.dropped_by_reason) == {"duplicate": 1, "empty": 9}
    p1 = stub.ListCleanDatasets(pb.ListCleanDatasetsRequest(page_size=1))
    p2 = stub.ListCleanDatasets(pb.ListCleanDatasetsRequest(page_size=1, page_token=p1.next_page_token))
    assert sorted(d.name for d in [*p1.clean_datasets, *p2.clean_datasets]) == sorted([ds.name, other.name])
    assert not p2.next_page_token


def test_preview(stub, raw):
    r = stub.PreviewCleaning(pb.PreviewCleaningRequest(raw_datasets=raw[:1], rules="huggingtweets", sample_size=5))
    assert len(r.kept) == 5 and len(r.dropped) == 5
    assert all(p.drop_reason == pb.DROP_REASON_UNSPECIFIED and p.cleaned_text for p in r.kept)
    assert {p.drop_reason for p in r.dropped} <= {pb.DROP_REASON_RETWEET, pb.DROP_REASON_SHORT}
    assert all(not p.cleaned_text for p in r.dropped)
    assert r.user_stats[0].counts.kept == 1113


def test_errors(stub, store, raw):
    tiny = store_raw_dataset(store, Batch(posts=[
        Post(id=str(i), created_at="", text=f"just a few words number {i}", is_retweet=False, is_reply=False,
             lang="en", author="tiny", source_format="export") for i in range(20)],
        profiles={"tiny": Profile("tiny")}, source_format="export")).name
    before = [i.key for i in store.list("datasets/clean/")]
    code, reason, msg = status_of(stub.CreateCleanDataset, pb.CreateCleanDatasetRequest(raw_datasets=[tiny]))
    assert (code, reason) == (grpc.StatusCode.FAILED_PRECONDITION, "NOT_ENOUGH_TEXT")
    assert "@tiny: 20 downloaded, 0 retweets, 0 short, 20 kept" in msg
    assert [i.key for i in store.list("datasets/clean/")] == before
    code, reason, _ = status_of(stub.CreateCleanDataset, pb.CreateCleanDatasetRequest(raw_datasets=raw, rules="x"))
    assert (code, reason) == (grpc.StatusCode.INVALID_ARGUMENT, "UNKNOWN_RULES")
    code, _, _ = status_of(stub.CreateCleanDataset, pb.CreateCleanDatasetRequest())
    assert code == grpc.StatusCode.INVALID_ARGUMENT
    code, _, _ = status_of(stub.CreateCleanDataset, pb.CreateCleanDatasetRequest(raw_datasets=["datasets/" + "c" * 64]))
    assert code == grpc.StatusCode.NOT_FOUND
    code, _, _ = status_of(stub.GetCleanDataset, pb.GetCleanDatasetRequest(name="cleanDatasets/nope"))
    assert code == grpc.StatusCode.INVALID_ARGUMENT
    code, _, _ = status_of(stub.GetCleanDataset, pb.GetCleanDatasetRequest(name="cleanDatasets/" + "d" * 64))
    assert code == grpc.StatusCode.NOT_FOUND
    code, _, _ = status_of(stub.PreviewCleaning, pb.PreviewCleaningRequest(raw_datasets=raw, sample_size=-1))
    assert code == grpc.StatusCode.INVALID_ARGUMENT
