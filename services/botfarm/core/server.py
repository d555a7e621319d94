"""The gRPC server every service runs: health, reflection, metrics, interceptors, TLS.

Tests start real servers on port 0:

    server, port = create_server(ServerConfig(grpc_port=0, metrics_port=0), spec)
    server.start()
    ... grpc.insecure_channel(f"127.0.0.1:{port}") ...
    server.stop(0)

``serve(config, spec)`` is what ``botfarm serve SERVICE`` runs: it blocks until SIGTERM
or SIGINT, then shuts down gracefully (health NOT_SERVING, ``spec.on_stop`` hooks,
in-flight RPCs get ``shutdown_grace_seconds``).
"""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Callable
from concurrent import futures
from pathlib import Path
from typing import Any

import grpc
from grpc_health.v1 import health, health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection, reflection_pb2

from botfarm.core.config import ServerConfig
from botfarm.core.errors import FailedPrecondition, InvalidArgument
from botfarm.core.interceptors import (
    AuthInterceptor,
    DeadlineInterceptor,
    ErrorInterceptor,
    MetricsInterceptor,
)
from botfarm.core.metrics import MetricsEndpoint
from botfarm.core.service import ServiceSpec

log = logging.getLogger(__name__)

#: The v1 reflection service. grpcio-reflection ships v1alpha only; v1 is the same
#: protocol (same messages, same field numbers) under a new package, so one servicer
#: answers both names.
REFLECTION_V1 = "grpc.reflection.v1.ServerReflection"

#: Hosts that mean "every interface"; peers on this machine reach them on 127.0.0.1.
_WILDCARDS = ("", "[::]", "::", "0.0.0.0")


def short_name(full_name: str) -> str:
    """"botfarm.registry.v1.RegistryService" -> "registry"."""
    parts = full_name.split(".")
    return parts[1] if len(parts) > 2 and parts[0] == "botfarm" else full_name


def connect_address(host: str, port: int) -> str:
    """The address a client on this machine dials for a server bound to host:port."""
    return f"127.0.0.1:{port}" if host in _WILDCARDS else f"{host}:{port}"


def _read(path: str, flag: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as e:
        raise InvalidArgument(f"cannot read {flag} / BOTFARM_{flag[2:].upper().replace('-', '_')} "
                              f"file {path!r}: {e.strerror}") from None


def server_credentials(config: ServerConfig) -> grpc.ServerCredentials | None:
    """TLS credentials when a certificate and key are configured (mutual TLS with a client CA)."""
    if not config.tls_cert:
        return None
    cert, key = _read(config.tls_cert, "--tls-cert"), _read(config.tls_key, "--tls-key")
    ca = _read(config.tls_client_ca, "--tls-client-ca") if config.tls_client_ca else None
    return grpc.ssl_server_credentials([(key, cert)], root_certificates=ca, require_client_auth=ca is not None)


class BotfarmServer:
    """A gRPC server with its health service and metrics endpoint, started and
    stopped together."""

    def __init__(self, grpc_server: grpc.Server, port: int, config: ServerConfig, spec: ServiceSpec,
                 health_servicer: health.HealthServicer):
        self.grpc_server = grpc_server
        self.port = port
        self.config = config
        self.spec = spec
        self.health = health_servicer
        self.service = short_name(spec.full_name)
        self.metrics: MetricsEndpoint | None = None
        self._stopped = False

    @property
    def address(self) -> str:
        return connect_address(self.config.grpc_host, self.port)

    @property
    def metrics_port(self) -> int | None:
        return self.metrics.port if self.metrics else None

    @property
    def metrics_address(self) -> str | None:
        return connect_address(self.config.metrics_host, self.metrics.port) if self.metrics else None

    def addresses(self) -> dict[str, Any]:
        """What ``botfarm serve`` prints: service, grpc, metrics and any extra addresses."""
        out: dict[str, Any] = {"service": self.service, "grpc": self.address, "metrics": self.metrics_address}
        out.update(self.spec.extra_addresses)
        return out

    def start(self) -> None:
        if self.config.metrics_port >= 0:
            try:
                self.metrics = MetricsEndpoint(self.config.metrics_host, self.config.metrics_port)
            except OSError as e:
                raise FailedPrecondition(
                    f"cannot serve metrics on {self.config.metrics_host}:{self.config.metrics_port} "
                    f"(--metrics-port / BOTFARM_METRICS_PORT): {e.strerror}", reason="PORT_IN_USE") from None
        self.grpc_server.start()
        for hook in self.spec.on_start:
            hook()
        # SERVING only once the start hooks ran and the service says it is ready (e.g.
        # inference's preloaded bots): a probe must not route traffic earlier.
        if self.spec.ready is None or self.spec.ready.is_set():
            self._serving()
        else:
            threading.Thread(target=self._serving_when_ready, name="readiness", daemon=True).start()
        log.info("serving", extra=self.addresses())

    def _serving(self) -> None:
        if not self._stopped:
            for name in (self.spec.full_name, ""):
                self.health.set(name, health_pb2.HealthCheckResponse.SERVING)

    def _serving_when_ready(self) -> None:
        ready = self.spec.ready
        while ready is not None and not self._stopped and not ready.wait(0.5):
            pass
        self._serving()

    def stop(self, grace: float | None = None) -> threading.Event:
        """Graceful stop: NOT_SERVING first (so load balancers drain), the service's
        stop hooks, then in-flight RPCs get ``grace`` seconds."""
        if self._stopped:
            done = threading.Event()
            done.set()
            return done
        self._stopped = True
        grace = self.config.shutdown_grace_seconds if grace is None else grace
        self.health.enter_graceful_shutdown()
        for hook in self.spec.on_stop:
            try:
                hook()
            except Exception:  # one failing hook must not keep the server up
                log.exception("stop hook failed")
        event = self.grpc_server.stop(grace)
        if self.metrics:
            self.metrics.stop()
        return event

    def wait_for_termination(self, timeout: float | None = None) -> bool:
        return self.grpc_server.wait_for_termination(timeout)

    def __enter__(self) -> BotfarmServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop(0).wait()


def _add_reflection(server: grpc.Server, names: tuple[str, ...]) -> None:
    """Server reflection under v1alpha (grpcurl's older clients) and v1 (the current one)."""
    servicer = reflection.ReflectionServicer(names)
    reflection.enable_server_reflection(names, server)  # v1alpha
    handler = grpc.stream_stream_rpc_method_handler(
        servicer.ServerReflectionInfo,
        request_deserializer=reflection_pb2.ServerReflectionRequest.FromString,
        response_serializer=reflection_pb2.ServerReflectionResponse.SerializeToString)
    server.add_generic_rpc_handlers((grpc.method_handlers_generic_handler(
        REFLECTION_V1, {"ServerReflectionInfo": handler}),))


def create_server(config: ServerConfig, spec: ServiceSpec) -> tuple[BotfarmServer, int]:
    """Builds (does not start) the server for ``spec``; returns it and the bound gRPC port."""
    interceptors: list[grpc.ServerInterceptor] = [MetricsInterceptor(short_name(spec.full_name))]
    if config.auth_token:
        interceptors.append(AuthInterceptor(config.auth_token))
    interceptors += [ErrorInterceptor(), DeadlineInterceptor()]
    options = [
        ("grpc.max_send_message_length", config.max_message_bytes),
        ("grpc.max_receive_message_length", config.max_message_bytes),
        # gRPC sets SO_REUSEPORT by default: a second server on a taken port would then
        # start silently and get half the traffic. A clash must fail loudly.
        ("grpc.so_reuseport", 0),
    ]
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=config.max_workers,
                                                    thread_name_prefix=short_name(spec.full_name)),
                         interceptors=interceptors, options=options)
    spec.add_to_server(spec.servicer, server)
    health_servicer = health.HealthServicer(experimental_non_blocking=True)
    for name in (spec.full_name, ""):
        health_servicer.set(name, health_pb2.HealthCheckResponse.NOT_SERVING)
    health_pb2_grpc.add_HealthServicer_to_server(health_servicer, server)
    _add_reflection(server, (spec.full_name, health.SERVICE_NAME, reflection.SERVICE_NAME, REFLECTION_V1))
    bind = f"{config.grpc_host}:{config.grpc_port}"
    credentials = server_credentials(config)
    try:
        port = server.add_secure_port(bind, credentials) if credentials else server.add_insecure_port(bind)
    except RuntimeError as e:
        raise FailedPrecondition(f"cannot listen on {bind} (--grpc-port / BOTFARM_GRPC_PORT): {e}",
                                 reason="PORT_IN_USE") from None
    return BotfarmServer(server, port, config, spec, health_servicer), port


def serve(config: ServerConfig, spec: ServiceSpec,
          on_ready: Callable[[BotfarmServer], None] | None = None, stop: threading.Event | None = None) -> int:
    """Runs the service until SIGTERM, SIGINT or ``stop`` is set; returns the exit status (0)."""
    server, _port = create_server(config, spec)
    stop = stop or threading.Event()
    signal_received: list[int] = []

    def on_signal(signum: int, _frame: object) -> None:
        signal_received.append(signum)
        stop.set()

    # Signal handlers can only be installed from the main thread; elsewhere (an
    # embedding program) the caller stops the server itself.
    in_main = threading.current_thread() is threading.main_thread()
    previous = {s: signal.signal(s, on_signal) for s in (signal.SIGTERM, signal.SIGINT)} if in_main else {}
    try:
        server.start()
        if on_ready:
            on_ready(server)
        stop.wait()
        log.info("shutting down", extra={"signal": signal.Signals(signal_received[0]).name if signal_received else ""})
    finally:
        server.stop().wait()
        for s, handler in previous.items():
            signal.signal(s, handler)
    log.info("stopped")
    return 0
