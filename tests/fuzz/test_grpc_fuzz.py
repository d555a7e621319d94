"""Hostile requests to every method of every service (tests/fuzz/rpcsurface.py finds
them): random and truncated protobuf bytes, 10 MB strings, invalid UTF-8, extreme
numbers, traversal names in every string field. None may answer INTERNAL or
UNKNOWN, crash the server (health still answers), or write a file outside the data
folder. `make fuzz` runs many more examples."""

from __future__ import annotations

import grpc
import pytest
from botfarm.core.config import SERVICES
from grpc_health.v1 import health_pb2, health_pb2_grpc
from hypothesis import given
from hypothesis import strategies as st
from protofuzz import MARK, payloads
from rpcsurface import Method, call_raw, methods

#: Codes that mean "a bug of ours" (the rest are answers).
BUG_CODES = {grpc.StatusCode.INTERNAL, grpc.StatusCode.UNKNOWN}


def requests(method: Method) -> st.SearchStrategy[list[bytes]]:
    one = payloads(method.input)
    return st.lists(one, min_size=1, max_size=3) if method.client_streaming else one.map(lambda b: [b])


def calls(service: str) -> st.SearchStrategy[tuple[Method, list[bytes]]]:
    return st.sampled_from(methods(service)).flatmap(lambda m: st.tuples(st.just(m), requests(m)))


def files_outside(farm) -> list[str]:
    """Files under the jail that are not in the data folder, and any path a traversal
    name could have made (they all carry MARK) near it or in the temp folder."""
    found = [str(p) for p in farm.jail.rglob("*") if p.is_file() and farm.data not in p.parents]
    for root in (farm.jail.parent, farm.jail.parent.parent, "/tmp", "/"):
        found += [str(p) for p in __import__("pathlib").Path(root).glob(f"{MARK}*")]
    return found


@pytest.mark.parametrize("service", SERVICES)
def test_hostile_requests(farm, service):
    server = farm.servers[service]
    channel = grpc.insecure_channel(server.address, options=[("grpc.max_send_message_length", 64 << 20)])

    @given(calls(service))
    def one(call):
        method, msgs = call
        try:
            call_raw(channel, method, msgs, timeout=60)
        except grpc.RpcError as e:
            assert e.code() not in BUG_CODES, f"{method} answered {e.code().name}: {e.details()}"

    try:
        one()
        health = health_pb2_grpc.HealthStub(channel).Check(health_pb2.HealthCheckRequest(), timeout=30)
        assert health.status == health_pb2.HealthCheckResponse.SERVING
    finally:
        channel.close()
    assert files_outside(farm) == []
