"""Each real service in-process: health, reflection, UNIMPLEMENTED stubs, /metrics."""

from __future__ import annotations

import grpc
import pytest
from botfarm.core.config import SERVICES
from botfarm.core.stack import full_service_name
from google.protobuf import descriptor_pool
from grpc_health.v1 import health_pb2
from runtime_helpers import health, insecure, list_services, local_config, scrape_metrics, service_spec


def _unimplemented_unary_methods(spec) -> list[str]:
    """Unary methods the servicer still inherits from the generated base class."""
    svc = descriptor_pool.Default().FindServiceByName(spec.full_name)
    base = type(spec.servicer).__mro__
    generated = next(c for c in base if c.__module__.endswith("_pb2_grpc"))
    return [m.name for m in svc.methods
            if not m.client_streaming and not m.server_streaming
            and getattr(type(spec.servicer), m.name) is getattr(generated, m.name)]


@pytest.mark.parametrize("service", SERVICES)
def test_service_serves_health_reflection_metrics(service, start_server):
    server = start_server(service)
    name = full_service_name(service)
    assert server.spec.full_name == name
    with insecure(server.address) as ch:
        assert health(ch, name) == health_pb2.HealthCheckResponse.SERVING
        assert health(ch, "") == health_pb2.HealthCheckResponse.SERVING
        with pytest.raises(grpc.RpcError) as e:
            health(ch, "botfarm.nope.v1.NopeService")
        assert e.value.code() == grpc.StatusCode.NOT_FOUND
        assert {name, "grpc.health.v1.Health", "grpc.reflection.v1alpha.ServerReflection"} <= list_services(ch)

        # A method the server does not have at all, and any not yet implemented, are UNIMPLEMENTED.
        with pytest.raises(grpc.RpcError) as e:
            ch.unary_unary(f"/{name}/NoSuchMethod")(b"", timeout=10)
        assert e.value.code() == grpc.StatusCode.UNIMPLEMENTED
        pending = _unimplemented_unary_methods(server.spec)
        for method in pending:
            with pytest.raises(grpc.RpcError) as e:
                ch.unary_unary(f"/{name}/{method}")(b"", timeout=10)
            assert e.value.code() == grpc.StatusCode.UNIMPLEMENTED, method

    text = scrape_metrics(server.metrics_address)
    assert (f'botfarm_grpc_requests_total{{code="OK",method="/grpc.health.v1.Health/Check",'
            f'service="{service}"}}') in text
    assert 'code="NOT_FOUND",method="/grpc.health.v1.Health/Check"' in text
    for method in pending:
        assert f'code="UNIMPLEMENTED",method="/{name}/{method}",service="{service}"}} 1.0' in text
    assert f'botfarm_grpc_request_seconds_count{{method="/grpc.health.v1.Health/Check",service="{service}"}}' in text
    assert f'botfarm_grpc_requests_in_flight{{method="/grpc.health.v1.Health/Check",service="{service}"}} 0.0' in text


def test_stop_turns_health_not_serving_and_runs_hooks(start_server, tmp_path):
    stopped = []
    config = local_config(tmp_path)
    spec = service_spec("registry", config)
    spec.on_stop.append(lambda: stopped.append(health_during_stop()))
    server = start_server(spec)

    def health_during_stop():
        with insecure(server.address) as ch:
            return health(ch, spec.full_name)

    server.stop(1).wait(10)
    assert stopped == [health_pb2.HealthCheckResponse.NOT_SERVING]


def test_port_in_use_is_a_clear_error(start_server):
    from botfarm.core.errors import FailedPrecondition

    first = start_server("cleaning")
    with pytest.raises(FailedPrecondition, match="--grpc-port"):
        start_server("cleaning", grpc_port=first.port)


def test_extra_addresses_are_reported_after_start_hooks(start_server, tmp_path):
    spec = service_spec("cleaning", local_config(tmp_path))
    spec.on_start.append(lambda: spec.extra_addresses.update(http="127.0.0.1:1234"))
    server = start_server(spec)
    assert server.addresses() == {"service": "cleaning", "grpc": server.address,
                                  "metrics": server.metrics_address, "http": "127.0.0.1:1234"}
    assert server.address == f"127.0.0.1:{server.port}"


def test_metrics_can_be_turned_off(start_server):
    server = start_server("cleaning", metrics_port=-1)
    assert server.metrics_port is None and server.addresses()["metrics"] is None
