"""Helpers of the service-runtime tests (tests/core/test_runtime_*.py): real gRPC
servers on port 0, real channels."""

from __future__ import annotations

import contextlib
import importlib
from collections.abc import Callable, Iterator
from pathlib import Path

import grpc
from botfarm.core.config import ServerConfig, dataclass_from_args
from botfarm.core.server import BotfarmServer, create_server
from botfarm.core.service import ServiceContext, ServiceSpec
from botfarm.core.store import LocalStore
from grpc_health.v1 import health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection_pb2, reflection_pb2_grpc


def local_config(data_dir: Path, **overrides) -> ServerConfig:
    """Free ports, local store, text logs: what an in-process test server wants."""
    base = dict(grpc_host="127.0.0.1", grpc_port=0, metrics_host="127.0.0.1", metrics_port=0,
                data_dir=str(data_dir), shutdown_grace_seconds=0.5)
    return ServerConfig(**{**base, **overrides})


def service_spec(service: str, config: ServerConfig) -> ServiceSpec:
    """The real service, built as `botfarm serve` builds it (its Settings at their defaults)."""
    module = importlib.import_module(f"botfarm.{service}.service")
    settings_cls = getattr(module, "Settings", None)
    settings = dataclass_from_args(settings_cls, {}, {}) if settings_cls else None
    return module.make_service(ServiceContext(config=config, store=LocalStore(config.data_dir), settings=settings))


def start_server_fixture(tmp_path) -> Iterator[Callable[..., BotfarmServer]]:
    """start_server(spec_or_service, **config_overrides) -> a started BotfarmServer, stopped after the test."""
    servers: list[BotfarmServer] = []

    def start(spec: ServiceSpec | str, **overrides) -> BotfarmServer:
        config = local_config(tmp_path / "data", **overrides)
        if isinstance(spec, str):
            spec = service_spec(spec, config)
        server, port = create_server(config, spec)
        assert port > 0
        server.start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop(0).wait(5)


@contextlib.contextmanager
def insecure(address: str) -> Iterator[grpc.Channel]:
    ch = grpc.insecure_channel(address)
    try:
        yield ch
    finally:
        ch.close()


def scrape_metrics(address: str) -> str:
    """The text of a Prometheus /metrics endpoint."""
    import urllib.request

    with urllib.request.urlopen(f"http://{address}/metrics", timeout=10) as r:
        assert r.status == 200
        return r.read().decode()


def list_services(ch: grpc.Channel) -> set[str]:
    stub = reflection_pb2_grpc.ServerReflectionStub(ch)
    responses = stub.ServerReflectionInfo(iter([reflection_pb2.ServerReflectionRequest(list_services="")]), timeout=10)
    return {s.name for r in responses for s in r.list_services_response.service}


def health(ch: grpc.Channel, service: str) -> int:
    return health_pb2_grpc.HealthStub(ch).Check(health_pb2.HealthCheckRequest(service=service), timeout=10).status
