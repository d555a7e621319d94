"""Files through the registry service only: pushes as upload sessions in resumable
segments, exports as verified streams, on both store backends (local disk and S3
through a real moto_server process), against a real gRPC server with real channels.
The dropped connections are made by the client side of the test: a request stream
that stops half-way (what a lost connection looks like to the server), and a
download stream cut after its first message."""

from __future__ import annotations

import hashlib
import json

import grpc
import pytest
from botfarm.core.clients import connect
from botfarm.core.config import ServerConfig
from botfarm.core.errors import DataLoss, InvalidArgument, NotFound, ResourceExhausted
from botfarm.core.server import create_server
from botfarm.core.service import ServiceContext
from botfarm.registry import client as client_module
from botfarm.registry import names
from botfarm.registry.client import ServiceRegistry
from botfarm.registry.service import Settings, make_service
from botfarm.registry.uploads import UPLOADS_ROOT
from botfarm.registry.v1 import registry_service_pb2 as pb
from grpcstatus import status_of
from registry_helpers import make_weights_dir


def _serve(store, settings=None):
    config = ServerConfig(grpc_host="127.0.0.1", grpc_port=0, metrics_port=-1)
    server, port = create_server(config, make_service(ServiceContext(config=config, store=store,
                                                                     settings=settings)))
    server.start()
    return server, f"127.0.0.1:{port}"


@pytest.fixture
def served(registry):
    server, addr = _serve(registry.store)
    yield addr
    server.stop(0).wait(5)


@pytest.fixture
def api(served, tmp_path):
    client = connect("registry", [served], env={})
    yield ServiceRegistry(client, cache_dir=tmp_path / "client-cache")
    client.close()


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_push_and_export_through_the_service(registry, api, tmp_path):
    src = make_weights_dir(tmp_path / "w", size=300_000)  # a 1.2 MB safetensors file
    seen = []
    v = api.publish("pushed", src, method="full", aliases=("latest", "production"), tags=["t"],
                    users=[{"handle": "mcin", "display_name": "Mc In"}], progress=lambda d, t: seen.append((d, t)))
    assert (v.ref, v.upload.startswith("uploads/")) == ("pushed@1", True)
    assert seen[-1][0] == seen[-1][1] == sum(p.stat().st_size for p in src.iterdir())
    # What the store holds is what was pushed, and the session's segments are gone.
    stored = registry.resolve("pushed:production")
    assert {f.path: f.sha256 for f in stored.files if f.path != "README.md"} == {
        p.name: _sha(p.read_bytes()) for p in src.iterdir()}
    assert not [o.key for o in registry.store.list(UPLOADS_ROOT) if "/files/" in o.key]
    assert registry.get_model("pushed").users[0]["display_name"] == "Mc In"

    out = api.download(api.resolve("pushed@1"), tmp_path / "out")
    for p in src.iterdir():
        assert (out / p.name).read_bytes() == p.read_bytes()


class _Flaky:
    """A registry client whose first few calls of one method fail the way a dropped
    connection does; everything else goes through."""

    def __init__(self, client, method: str, failures: int):
        self._client, self._method, self.failures, self.calls = client, method, failures, 0

    def __getattr__(self, name):
        real = getattr(self._client, name)
        if name != self._method:
            return real

        def call(request, **kw):
            self.calls += 1
            if self.calls > self.failures:
                return real(request, **kw)
            if name == "UploadFile":
                return real(_stop_after(request, 3), **kw)  # the stream breaks after 3 messages
            return _cut(real(request, **kw))
        return call


def _stop_after(requests, n):
    for i, r in enumerate(requests):
        if i == n:
            raise ConnectionResetError("connection lost (test)")
        yield r


def _cut(stream):
    from botfarm.core.errors import Unavailable

    yield next(stream)
    stream.close()
    raise Unavailable("stream cut (test)")


def test_a_segment_cut_off_mid_stream_is_sent_again_from_where_it_stopped(registry, api, tmp_path, monkeypatch):
    monkeypatch.setattr(client_module, "SEGMENT", 1 << 20)
    monkeypatch.setattr(client_module.time, "sleep", lambda s: None)
    src = make_weights_dir(tmp_path / "w", size=900_000)  # 3.6 MB: four segments
    flaky = _Flaky(api.client, "UploadFile", failures=2)
    api.client = flaky
    v = api.publish("resumed", src, method="full")
    assert flaky.calls == 4 + 2  # four segments, two of them sent twice
    weights = registry.store.get_bytes(v.file("model.safetensors").key)
    assert weights == (src / "model.safetensors").read_bytes()


def test_a_download_cut_off_resumes_and_is_verified(registry, api, tmp_path, monkeypatch):
    monkeypatch.setattr(client_module.time, "sleep", lambda s: None)
    v = registry.publish("big", make_weights_dir(tmp_path / "w", size=1_000_000), method="full")
    flaky = _Flaky(api.client, "DownloadFile", failures=1)
    api.client = flaky
    out = api.download(api.resolve("big"), tmp_path / "out")
    assert (out / "model.safetensors").read_bytes() == (tmp_path / "w" / "model.safetensors").read_bytes()
    assert flaky.calls == len(v.files) + 1

    # Bytes changed in the store are DATA_LOSS at a client (one without them cached),
    # and never cached.
    entry = v.file("model.safetensors")
    data = bytearray(registry.store.get_bytes(entry.key))
    data[100] ^= 0xFF
    registry.store.put_bytes(entry.key, bytes(data))
    fresh = ServiceRegistry(flaky._client, cache_dir=tmp_path / "fresh-cache")
    with pytest.raises(DataLoss):
        fresh.download(fresh.resolve("big"), tmp_path / "out2")
    assert not (tmp_path / "out2" / "model.safetensors").exists()
    cached = [p.name for p in (tmp_path / "fresh-cache").rglob("*") if p.is_file()]
    assert entry.sha256 not in cached and not [n for n in cached if n.startswith(".")]


def _create(stub, files, method="full", model="models/raw"):
    up = pb.Upload(model=model, method={"full": pb.METHOD_FULL, "lora": pb.METHOD_LORA}[method],
                   files=[pb.UploadedFile(path=p, size_bytes=len(d), sha256=s or _sha(d)) for p, d, s in files])
    return stub.CreateUpload(pb.CreateUploadRequest(upload=up), timeout=30).upload


def _send(stub, upload, path, data, offset=0):
    def reqs():
        yield pb.UploadFileRequest(header=pb.UploadFileHeader(upload=upload, path=path, offset=offset))
        for i in range(0, len(data), 1000):
            yield pb.UploadFileRequest(chunk=data[i:i + 1000])
    return stub.UploadFile(reqs(), timeout=30)


def test_the_service_checks_what_it_publishes(registry, served, tmp_path):
    stub = connect("registry", [served], env={}).stub
    src = make_weights_dir(tmp_path / "w", size=2000)
    weights, config = (src / "model.safetensors").read_bytes(), (src / "config.json").read_bytes()
    NF, IA, FP, DL, RE = (grpc.StatusCode.NOT_FOUND, grpc.StatusCode.INVALID_ARGUMENT,
                          grpc.StatusCode.FAILED_PRECONDITION, grpc.StatusCode.DATA_LOSS,
                          grpc.StatusCode.RESOURCE_EXHAUSTED)
    # Refused before a byte is sent: a pickle, custom code, a hidden or escaping path, no base.
    for files, reason in [([("pytorch_model.bin", b"x", ""), ("config.json", config, "")], "PICKLE_REFUSED"),
                          ([("model.py", b"x", ""), ("config.json", config, ""), ("m.safetensors", weights, "")],
                           "REMOTE_CODE_REFUSED"),
                          ([("../x.safetensors", weights, ""), ("config.json", config, "")], "INVALID_ARGUMENT"),
                          ([(".git/x", b"x", ""), ("config.json", config, ""), ("m.safetensors", weights, "")],
                           "INVALID_FILE_PATH")]:
        up = pb.Upload(model="models/raw", method=pb.METHOD_FULL,
                       files=[pb.UploadedFile(path=p, size_bytes=len(d), sha256=_sha(d)) for p, d, _ in files])
        assert status_of(stub.CreateUpload, pb.CreateUploadRequest(upload=up))[:2] == (IA, reason)
    lora = pb.Upload(model="models/raw", method=pb.METHOD_LORA, base_model="base/ghost", files=[
        pb.UploadedFile(path=p, size_bytes=1, sha256="0" * 64)
        for p in ("adapter_config.json", "adapter_model.safetensors")])
    assert status_of(stub.CreateUpload, pb.CreateUploadRequest(upload=lora))[:2] == (NF, "MODEL_NOT_FOUND")

    # Bytes that miss the declared sha256: DATA_LOSS at commit, nothing published.
    up = _create(stub, [("model.safetensors", weights, "0" * 64), ("config.json", config, "")])
    _send(stub, up.name, "model.safetensors", weights)
    _send(stub, up.name, "config.json", config)
    code, reason, _ = status_of(stub.CommitUpload, pb.CommitUploadRequest(name=up.name))
    assert (code, reason) == (DL, "CHECKSUM_MISMATCH")
    with pytest.raises(NotFound):
        registry.resolve("raw")
    assert not [o.key for o in registry.store.list("models/raw/versions/") if "/files/" in o.key]

    # A renamed pickle passes the name check and is caught on its content at commit.
    fake = b"PK\x03\x04 a torch zip pickle"
    up = _create(stub, [("model.safetensors", fake, ""), ("config.json", config, "")])
    _send(stub, up.name, "model.safetensors", fake)
    _send(stub, up.name, "config.json", config)
    assert status_of(stub.CommitUpload, pb.CommitUploadRequest(name=up.name))[:2] == (IA, "INVALID_SAFETENSORS")

    # Segments must follow each other and stay within the declared size.
    up = _create(stub, [("model.safetensors", weights, ""), ("config.json", config, "")])
    assert status_of(lambda r, timeout: _send(stub, up.name, "config.json", config, offset=5), None)[:2] == (
        FP, "OFFSET_MISMATCH")
    assert status_of(lambda r, timeout: _send(stub, up.name, "config.json", config + b"more"), None)[:2] == (
        IA, "UPLOAD_OVERFLOW")
    half = _send(stub, up.name, "model.safetensors", weights[:1000])
    assert half.received_bytes == 1000
    got = stub.GetUpload(pb.GetUploadRequest(name=up.name), timeout=30).upload
    assert {f.path: f.received_bytes for f in got.files} == {"model.safetensors": 1000, "config.json": 0}
    assert status_of(stub.CommitUpload, pb.CommitUploadRequest(name=up.name))[:2] == (FP, "UPLOAD_INCOMPLETE")
    _send(stub, up.name, "model.safetensors", weights[1000:], offset=1000)
    _send(stub, up.name, "config.json", config)
    first = stub.CommitUpload(pb.CommitUploadRequest(name=up.name), timeout=30).model_version
    again = stub.CommitUpload(pb.CommitUploadRequest(name=up.name), timeout=30).model_version
    # Number 1 went to the commit refused for its checksum (its claim stays, a tombstone);
    # the renamed pickle was refused before claiming one.
    assert first.name == again.name == "models/raw/versions/2"
    assert registry.store.get_bytes(registry.resolve("raw").file("model.safetensors").key) == weights

    stub.DeleteUpload(pb.DeleteUploadRequest(name=up.name), timeout=30)
    assert status_of(stub.GetUpload, pb.GetUploadRequest(name=up.name))[:2] == (NF, "UPLOAD_NOT_FOUND")
    assert status_of(stub.GetUpload, pb.GetUploadRequest(name="uploads/nope"))[:2] == (IA, "INVALID_UPLOAD_NAME")
    assert RE  # (RESOURCE_EXHAUSTED: test_upload_size_limit)


def test_upload_size_limit(registry, tmp_path):
    server, addr = _serve(registry.store, Settings(max_upload_bytes=1000))
    try:
        api = ServiceRegistry(connect("registry", [addr], env={}), cache_dir=tmp_path / "c")
        with pytest.raises(ResourceExhausted) as e:
            api.publish("big", make_weights_dir(tmp_path / "w", size=1000), method="full")
        assert e.value.reason == "UPLOAD_TOO_LARGE"
        assert not list(registry.store.list(UPLOADS_ROOT))
        api.client.close()
    finally:
        server.stop(0).wait(5)


def test_show_json_is_the_same_through_the_service_and_the_store(registry, served, tmp_path, capsys, monkeypatch):
    """The numbers `registry show --json` prints do not depend on the path: 41 loss
    points from the store are 41 through the service."""
    from botfarm.cli import main
    from botfarm.core.store import LocalStore

    losses = [{"step": s, "train_loss": 5 - s / 20 if s else None, "eval_loss": 4.5 if s in (0, 40) else None}
              for s in range(41)]
    registry.publish("curve", make_weights_dir(tmp_path / "w"), method="full", loss_history=losses,
                     hyperparameters={"learning_rate": 1e-3, "warmup_steps": 0, "lora_layers": 15},
                     metrics={"eval_loss_before": 4.5, "eval_loss_after": 3.25, "train_tokens": 8192})
    monkeypatch.delenv("BOTFARM_REGISTRY_ADDR", raising=False)
    monkeypatch.chdir(tmp_path)
    assert main(["registry", "show", "curve", "--json", "--server", served]) == 0
    through_service = json.loads(capsys.readouterr().out)
    if not isinstance(registry.store, LocalStore):
        return  # the store path of the CLI is checked on the local backend
    assert main(["registry", "show", "curve", "--json", "--data-dir", str(registry.store.root)]) == 0
    from_store = json.loads(capsys.readouterr().out)
    assert through_service == from_store
    assert len(from_store["loss_history"]) == 41 and from_store["loss_history"][0] == {"step": 0, "eval_loss": 4.5}
    assert from_store["hyperparameters"]["warmup_steps"] == 0 and from_store["metrics"]["train_tokens"] == 8192


def test_bad_page_tokens_and_versions_over_the_service(registry, api, tmp_path):
    for i in range(3):
        registry.publish("many", make_weights_dir(tmp_path / f"w{i}", seed=i), method="full")
    page, token = api.list_versions("many", page_size=2)
    rest, last = api.list_versions("many", page_size=2, page_token=token)
    assert [v.version for v in page + rest] == [3, 2, 1] and last == ""
    with pytest.raises(InvalidArgument):
        api.list_versions("many", page_token=token + "x")
    assert names.parse_ref(page[0].name).version == 3
