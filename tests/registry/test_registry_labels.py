"""Version labels (what `botfarm apply` records its fingerprint in): stored with the
manifest, read back through the RegistryService, checked on the way in, and passed on
from a training job by the training service's own checks."""

from __future__ import annotations

import grpc
import pytest
from botfarm.core.config import ServerConfig
from botfarm.core.errors import InvalidArgument, NotFound
from botfarm.core.server import create_server
from botfarm.core.service import ServiceContext
from botfarm.registry.names import check_labels
from botfarm.registry.service import make_service
from botfarm.registry.v1 import registry_service_pb2 as pb
from botfarm.registry.v1 import registry_service_pb2_grpc as pb_grpc


def test_labels_travel_with_the_version(registry, weights_dir):
    labels = {"botfarm.dev/farm-fingerprint": "a" * 64, "team": "growth"}
    registry.publish("labelled", weights_dir, method="full", labels=labels)
    registry.publish("labelled", weights_dir, method="full")
    assert registry.resolve("labelled@1").labels == labels
    assert registry.resolve("labelled").labels == {}
    config = ServerConfig(grpc_host="127.0.0.1", grpc_port=0, metrics_port=-1)
    server, port = create_server(config, make_service(ServiceContext(config=config, store=registry.store)))
    server.start()
    try:
        with grpc.insecure_channel(f"127.0.0.1:{port}") as ch:
            v = pb_grpc.RegistryServiceStub(ch).GetModelVersion(
                pb.GetModelVersionRequest(name="models/labelled/versions/1"), timeout=30).model_version
        assert dict(v.labels) == labels
    finally:
        server.stop(0).wait(5)


@pytest.mark.parametrize("labels", [
    {"Upper": "x"}, {"-lead": "x"}, {"trail-": "x"}, {"a" * 64: "x"}, {"k": "x" * 257}, {"k": "new\nline"},
    {f"k{i}": "v" for i in range(33)},
])
def test_bad_labels_are_refused(registry, weights_dir, labels):
    with pytest.raises(InvalidArgument) as e:
        check_labels(labels)
    assert e.value.reason == "INVALID_LABEL"
    with pytest.raises(InvalidArgument):
        registry.publish("refused", weights_dir, method="full", labels=labels)
    with pytest.raises(NotFound):  # refused before anything was stored
        registry.get_model("refused")
