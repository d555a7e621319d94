"""Prometheus metrics of every gRPC server, and the /metrics HTTP endpoint.

The request metrics live in prometheus_client's default registry, labelled by
service and method, so a service's own metrics (defined at module level anywhere)
show up on the same endpoint without wiring.

    curl http://localhost:9104/metrics | grep botfarm_grpc
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from prometheus_client import REGISTRY, Counter, Gauge, Histogram, start_http_server


@dataclass(frozen=True)
class RequestMetrics:
    handled: Counter
    latency: Histogram
    in_flight: Gauge


_lock = threading.Lock()
_metrics: RequestMetrics | None = None


def request_metrics() -> RequestMetrics:
    """The process-wide request metrics (created on first use: registering twice in
    one registry is an error, and tests start many servers in one process)."""
    global _metrics
    with _lock:
        if _metrics is None:
            _metrics = RequestMetrics(
                handled=Counter("botfarm_grpc_requests", "gRPC requests handled, by method and status code",
                                ["service", "method", "code"]),
                latency=Histogram("botfarm_grpc_request_seconds", "gRPC request latency (whole stream for streams)",
                                  ["service", "method"],
                                  buckets=(0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 30, 120, 600)),
                in_flight=Gauge("botfarm_grpc_requests_in_flight", "gRPC requests being handled",
                                ["service", "method"]),
            )
        return _metrics


class MetricsEndpoint:
    """The /metrics HTTP server; ``port`` is the real one (port 0 picks a free one)."""

    def __init__(self, host: str, port: int):
        self._httpd, self._thread = start_http_server(port, addr=host, registry=REGISTRY)
        self.port: int = self._httpd.server_port

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
