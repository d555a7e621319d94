"""Channels to botfarm services, for CLIs and for services calling each other.

    ch = channel(service_address("registry", os.environ), auth_token=os.environ.get("BOTFARM_AUTH_TOKEN"))
    wait_for_serving(ch_target, "botfarm.registry.v1.RegistryService", timeout=30)

A bearer token travels as call metadata through a client interceptor, so it works
on plaintext channels (localhost, a service mesh) as well as TLS ones.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc

from botfarm.core.config import SERVICE_PORTS
from botfarm.core.errors import DeadlineExceeded, InvalidArgument

#: 64 MiB, the servers' default limit.
DEFAULT_MAX_MESSAGE_BYTES = 64 << 20


def service_address(service: str, env: Mapping[str, str] | None = None) -> str:
    """Where a client finds ``service``: ``BOTFARM_<SERVICE>_ADDR``, else localhost on its default port."""
    if service not in SERVICE_PORTS:
        raise InvalidArgument(f"unknown service {service!r}")
    return (env or {}).get(f"BOTFARM_{service.upper()}_ADDR") or f"localhost:{SERVICE_PORTS[service][0]}"


class _BearerToken(grpc.UnaryUnaryClientInterceptor, grpc.UnaryStreamClientInterceptor,
                   grpc.StreamUnaryClientInterceptor, grpc.StreamStreamClientInterceptor):
    """Adds ``authorization: Bearer <token>`` to every call."""

    def __init__(self, token: str):
        self._header = ("authorization", f"Bearer {token}")

    def _details(self, details: Any) -> Any:
        metadata = [*(details.metadata or ()), self._header]
        return details._replace(metadata=metadata) if hasattr(details, "_replace") else _Details(details, metadata)

    def intercept_unary_unary(self, continuation, client_call_details, request):  # type: ignore[no-untyped-def]
        return continuation(self._details(client_call_details), request)

    def intercept_unary_stream(self, continuation, client_call_details, request):  # type: ignore[no-untyped-def]
        return continuation(self._details(client_call_details), request)

    def intercept_stream_unary(self, continuation, client_call_details, request_iterator):  # type: ignore[no-untyped-def]
        return continuation(self._details(client_call_details), request_iterator)

    def intercept_stream_stream(self, continuation, client_call_details, request_iterator):  # type: ignore[no-untyped-def]
        return continuation(self._details(client_call_details), request_iterator)


class _Details(grpc.ClientCallDetails):
    def __init__(self, base: Any, metadata: list[tuple[str, str]]):
        self.method = base.method
        self.timeout = base.timeout
        self.metadata = metadata
        self.credentials = base.credentials
        self.wait_for_ready = getattr(base, "wait_for_ready", None)
        self.compression = getattr(base, "compression", None)


def _maybe_read(path: str | None) -> bytes | None:
    return Path(path).read_bytes() if path else None


def channel(target: str, *, auth_token: str | None = None, tls_ca: str | None = None,
            client_cert: str | None = None, client_key: str | None = None,
            max_message_bytes: int = DEFAULT_MAX_MESSAGE_BYTES, tls: bool | None = None) -> grpc.Channel:
    """A channel to ``target`` ("host:port").

    TLS when ``tls`` is true or any of ``tls_ca`` / ``client_cert`` is given (PEM file
    paths; ``tls_ca`` empty means the system roots); ``client_cert`` + ``client_key``
    for mutual TLS. ``auth_token`` adds the bearer token to every call.
    """
    options = [("grpc.max_send_message_length", max_message_bytes),
               ("grpc.max_receive_message_length", max_message_bytes)]
    if tls or tls_ca or client_cert:
        creds = grpc.ssl_channel_credentials(root_certificates=_maybe_read(tls_ca),
                                             private_key=_maybe_read(client_key),
                                             certificate_chain=_maybe_read(client_cert))
        ch = grpc.secure_channel(target, creds, options=options)
    else:
        ch = grpc.insecure_channel(target, options=options)
    if auth_token:
        ch = grpc.intercept_channel(ch, _BearerToken(auth_token))
    return ch


def wait_for_serving(target: str | grpc.Channel, service_name: str = "", timeout: float = 30.0) -> None:
    """Blocks until ``service_name`` reports SERVING through grpc.health.v1 (the channel
    may be a TLS one); raises DeadlineExceeded after ``timeout`` seconds."""
    ch = channel(target) if isinstance(target, str) else target
    stub = health_pb2_grpc.HealthStub(ch)
    deadline = time.monotonic() + timeout
    last = "no answer"
    try:
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise DeadlineExceeded(f"{service_name or 'server'} at {target} not SERVING after {timeout:g} s "
                                       f"({last})", reason="NOT_SERVING")
            try:
                resp = stub.Check(health_pb2.HealthCheckRequest(service=service_name),
                                  timeout=min(left, 2.0), wait_for_ready=True)
                if resp.status == health_pb2.HealthCheckResponse.SERVING:
                    return
                last = health_pb2.HealthCheckResponse.ServingStatus.Name(resp.status)
            except grpc.RpcError as e:
                last = f"{e.code().name}: {e.details()}"  # type: ignore[attr-defined]
            time.sleep(0.05)
    finally:
        if isinstance(target, str):
            ch.close()
