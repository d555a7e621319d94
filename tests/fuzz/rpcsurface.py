"""The gRPC surface of every botfarm service, read from the generated descriptors, so
the malformed-request test and the hostile-input suite cover each method of each
service (a method added later is covered without touching them)."""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import grpc
from botfarm.core.config import SERVICES
from botfarm.core.stack import full_service_name
from google.protobuf import descriptor_pool
from google.protobuf.descriptor import Descriptor


@dataclass(frozen=True)
class Method:
    service: str          # "registry"
    path: str             # "/botfarm.registry.v1.RegistryService/PushModel"
    input: Descriptor     # the request message type
    client_streaming: bool
    server_streaming: bool

    def __str__(self) -> str:
        return self.path


def methods(service: str) -> list[Method]:
    importlib.import_module(f"botfarm.{service}.v1.{service}_service_pb2")  # registers the descriptors
    svc = descriptor_pool.Default().FindServiceByName(full_service_name(service))
    return [Method(service, f"/{svc.full_name}/{m.name}", m.input_type, m.client_streaming, m.server_streaming)
            for m in svc.methods]


def all_methods() -> list[Method]:
    return [m for s in SERVICES for m in methods(s)]


def call_raw(channel: grpc.Channel, method: Method, messages: Iterable[bytes], timeout: float = 60) -> list[bytes]:
    """Sends raw request bytes (identity serializers: nothing is checked on our side)
    and returns the raw responses; a failed call raises grpc.RpcError."""
    msgs = list(messages)
    if method.client_streaming and method.server_streaming:
        return list(channel.stream_stream(method.path)(iter(msgs), timeout=timeout))
    if method.client_streaming:
        return [channel.stream_unary(method.path)(iter(msgs), timeout=timeout)]
    body = msgs[0] if msgs else b""
    if method.server_streaming:
        return _drain(channel.unary_stream(method.path)(body, timeout=timeout))
    return [channel.unary_unary(method.path)(body, timeout=timeout)]


def _drain(responses: Iterator[bytes]) -> list[bytes]:
    # A server stream (training's Watch) may run until its deadline: a few messages tell enough.
    out = []
    for r in responses:
        out.append(r)
        if len(out) >= 3:
            responses.cancel()  # type: ignore[attr-defined]
            break
    return out
