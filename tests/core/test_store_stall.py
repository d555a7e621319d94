"""A stalled S3 (connections accepted, nothing answered), through a pausable proxy in
front of the real moto_server: store calls end at the caller's deadline or at the
S3 read timeout with DEADLINE_EXCEEDED / UNAVAILABLE, a circuit then fails calls at
once, blocked calls cannot take every gRPC worker thread, nothing is half-written,
and everything works again once S3 answers."""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor

import grpc
import pytest
from botfarm.core.deadlines import deadline_after
from botfarm.core.errors import DeadlineExceeded, NotFound, Unavailable
from botfarm.core.s3http import S3Policy
from stallproxy import StallProxy

MIB = 1 << 20
#: Longer than any test: only the deadline or the circuit can end a stalled call.
NEVER = 3600.0


@pytest.fixture
def proxy(s3_server):
    host, port = s3_server.endpoint.removeprefix("http://").split(":")
    with StallProxy(host, int(port)) as p:
        yield p


class Clock:
    """The circuit's clock: the tests move it past the cool-down instead of sleeping."""

    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def store_via(proxy, s3_server, bucket, clock, **policy):
    from botfarm.core.s3store import S3Store

    # stall_after=0: with the injected clock a wait takes no time, and every timeout is a stall.
    policy = {"read_timeout": NEVER, "cooldown": 5.0, "max_cooldown": 5.0, "stall_after": 0.0, "clock": clock,
              **policy}
    store = S3Store(bucket, proxy.endpoint, s3_server.access_key, s3_server.secret_key, policy=S3Policy(**policy))
    store.put_bytes("before", b"stored before the stall")  # the bucket exists, the pool is warm
    return store


def recovered(clock, call):
    """After S3 answers again: fails at once while the circuit is open; past the
    cool-down one probe goes through and closes it."""
    with pytest.raises(Unavailable) as e:
        call()
    assert e.value.reason == "STORE_UNAVAILABLE" and "not answering" in e.value.message
    clock.now += 5.0
    return call()


def test_deadline_reaches_the_store_and_the_circuit_opens(proxy, s3_server):
    clock = Clock()
    store = store_via(proxy, s3_server, "stall-deadline", clock)
    proxy.pause()
    with deadline_after(1.0), pytest.raises(DeadlineExceeded):
        store.get_bytes("before")  # without the deadline this waits NEVER seconds
    proxy.resume()
    assert recovered(clock, lambda: store.get_bytes("before")) == b"stored before the stall"


def test_read_timeout_without_deadline_and_nothing_half_written(proxy, s3_server):
    clock = Clock()
    store = store_via(proxy, s3_server, "stall-write", clock, read_timeout=0.5, connect_timeout=0.5)
    proxy.pause()
    with pytest.raises(Unavailable) as e:
        store.put_bytes("small", b"x" * 1000)
    assert e.value.reason == "STORE_UNREACHABLE" and "timed out" in e.value.message
    with pytest.raises(Unavailable):  # the circuit is open: no second wait
        store.put("big", iter([os.urandom(6 * MIB), os.urandom(6 * MIB)]), length=12 * MIB)
    clock.now += 5.0  # the probe is a multipart upload: its parts stall, it is aborted
    with pytest.raises(Unavailable):
        store.put("big", iter([os.urandom(6 * MIB), os.urandom(6 * MIB)]), length=12 * MIB)
    proxy.resume()
    with pytest.raises(NotFound):
        recovered(clock, lambda: store.stat("small"))
    with pytest.raises(NotFound):
        store.stat("big")
    store.put_bytes("small", b"after")
    assert store.get_bytes("small") == b"after"


def test_rpcs_fail_within_their_deadline_without_taking_every_thread(proxy, s3_server, tmp_path):
    from botfarm.core.config import ServerConfig
    from botfarm.core.server import create_server
    from botfarm.core.service import ServiceContext
    from botfarm.ingestion.service import make_service
    from botfarm.ingestion.v1 import ingestion_service_pb2 as pb
    from botfarm.ingestion.v1 import ingestion_service_pb2_grpc as pb_grpc
    from grpc_health.v1 import health_pb2, health_pb2_grpc

    clock = Clock()
    store = store_via(proxy, s3_server, "stall-grpc", clock, max_in_flight=2)
    config = ServerConfig(grpc_host="127.0.0.1", grpc_port=0, metrics_port=-1, max_workers=4)
    server, port = create_server(config, make_service(ServiceContext(config=config, store=store)))
    with server, grpc.insecure_channel(f"127.0.0.1:{port}") as ch:
        stub = pb_grpc.IngestionServiceStub(ch)
        assert stub.ListIngestions(pb.ListIngestionsRequest(), timeout=30).ingestions == []
        proxy.pause()
        with ThreadPoolExecutor(8) as pool:
            calls = [pool.submit(stub.ListIngestions, pb.ListIngestionsRequest(), timeout=3) for _ in range(8)]
            proxy.wait_for_stalled(1)
            # Calls are blocked on S3 right now; a probe still gets a worker thread.
            health = health_pb2_grpc.HealthStub(ch).Check(health_pb2.HealthCheckRequest(), timeout=30)
            assert health.status == health_pb2.HealthCheckResponse.SERVING
            codes = []
            for c in calls:
                with pytest.raises(grpc.RpcError) as e:
                    c.result()
                codes.append(e.value.code())
        assert set(codes) <= {grpc.StatusCode.DEADLINE_EXCEEDED, grpc.StatusCode.UNAVAILABLE}, codes
        proxy.resume()
        with pytest.raises(grpc.RpcError) as e:  # the circuit: at once, no wait on S3
            stub.ListIngestions(pb.ListIngestionsRequest(), timeout=30)
        assert e.value.code() == grpc.StatusCode.UNAVAILABLE
        clock.now += 5.0
        assert stub.ListIngestions(pb.ListIngestionsRequest(), timeout=30).ingestions == []
