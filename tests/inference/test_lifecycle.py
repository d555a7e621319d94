"""The inference service's lifecycle around the registry: ``--preload`` with readiness
(gRPC health NOT_SERVING and HTTP /health 503 until the bots are loaded), a deleted
version unloaded (at the next resolve, and by the periodic check), server reflection v1
beside v1alpha."""

from __future__ import annotations

import threading

import requests
from grpc_health.v1 import health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection_pb2
from inference_helpers import wait_until
from inference_server import serve_inference

FULL = "botfarm.inference.v1.InferenceService"


class GatedDownloads:
    """The real registry, whose downloads wait for the test to open the gate: the test
    controls when a preload finishes instead of racing it."""

    def __init__(self, registry):
        self.registry, self.gate = registry, threading.Event()

    def resolve(self, ref):
        return self.registry.resolve(ref)

    def download(self, version):
        assert self.gate.wait(60)
        return self.registry.download(version)


def _health(channel, service=FULL) -> int:
    return health_pb2_grpc.HealthStub(channel).Check(health_pb2.HealthCheckRequest(service=service), timeout=30).status


def test_preload_gates_readiness(registry_with_bots):
    source = GatedDownloads(registry_with_bots)
    s = serve_inference(registry_with_bots, source=source, preload=("bot0", "fullbot"))
    try:
        assert _health(s.channel) == health_pb2.HealthCheckResponse.NOT_SERVING
        r = requests.get(f"{s.http}/health", timeout=30)
        assert r.status_code == 503 and "preload" in r.json()["error"]
        source.gate.set()
        assert wait_until(lambda: _health(s.channel) == health_pb2.HealthCheckResponse.SERVING)
        assert requests.get(f"{s.http}/health", timeout=30).status_code == 200
        assert {b.name for b in s.app.pool.loaded()} >= {"models/bot0/versions/1", "models/fullbot/versions/1"}
    finally:
        s.close()


def test_unknown_preload_keeps_the_service_unready_saying_why(registry_with_bots):
    s = serve_inference(registry_with_bots, preload=("nobody",))
    try:
        assert wait_until(lambda: requests.get(f"{s.http}/health", timeout=30).status_code == 503
                      and "nobody" in requests.get(f"{s.http}/health", timeout=30).json()["error"])
        assert "NOT_FOUND" in requests.get(f"{s.http}/health", timeout=30).json()["error"]
        assert _health(s.channel) == health_pb2.HealthCheckResponse.NOT_SERVING
    finally:
        s.close()


def test_deleted_versions_are_unloaded(server, llama_loras):
    reg, pool = server.registry, server.app.pool
    v2 = reg.publish("bot0", llama_loras[1], method="lora", base_model="base/tiny")
    body = {"inputs": "hi", "parameters": {"max_new_tokens": 2}}
    r = requests.post(f"{server.http}/bots/bot0/generate", json=body, timeout=60)
    assert r.headers["x-model-version"] == v2.name
    assert v2.name in {b.name for b in pool.loaded()}
    reg.delete_version("bot0", v2.version)
    # The next resolve (past the 0.2 s alias TTL) finds "latest" moved back to version 1
    # and version 2 gone: unloaded at once.
    assert wait_until(lambda: requests.post(f"{server.http}/bots/bot0/generate", json=body, timeout=60)
                  .headers["x-model-version"] == "models/bot0/versions/1")
    assert v2.name not in {b.name for b in pool.loaded()}
    # A version nobody asks for again goes at the periodic check.
    requests.post(f"{server.http}/bots/bot2/generate", json=body, timeout=60)
    reg.delete_version("bot2", 1)
    assert pool.check_versions() == ["models/bot2/versions/1"]
    assert "models/bot2/versions/1" not in {b.name for b in pool.loaded()}
    assert requests.post(f"{server.http}/bots/bot2/generate", json=body, timeout=60).status_code == 404


def test_reflection_v1_and_v1alpha(server):
    for path in ("/grpc.reflection.v1.ServerReflection/ServerReflectionInfo",
                 "/grpc.reflection.v1alpha.ServerReflection/ServerReflectionInfo"):
        call = server.channel.stream_stream(path, request_serializer=reflection_pb2.ServerReflectionRequest.SerializeToString,
                                            response_deserializer=reflection_pb2.ServerReflectionResponse.FromString)
        replies = list(call(iter([reflection_pb2.ServerReflectionRequest(list_services=""),
                                  reflection_pb2.ServerReflectionRequest(file_containing_symbol=FULL)]), timeout=30))
        names = {s.name for s in replies[0].list_services_response.service}
        assert {FULL, "grpc.reflection.v1.ServerReflection", "grpc.reflection.v1alpha.ServerReflection"} <= names
        assert replies[1].file_descriptor_response.file_descriptor_proto
