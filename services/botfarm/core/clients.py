"""Channels to botfarm services, for CLIs and for services calling each other.

    ch = channel(service_address("registry", os.environ), auth_token=os.environ.get("BOTFARM_AUTH_TOKEN"))
    wait_for_serving(ch_target, "botfarm.registry.v1.RegistryService", timeout=30)

    with connect("registry", args.server) as registry:      # what every CLI command uses
        registry.ListModels(pb.ListModelsRequest())          # raises botfarm.core.errors, not grpc.RpcError

A bearer token travels as call metadata through a client interceptor, so it works
on plaintext channels (localhost, a service mesh) as well as TLS ones. ``connect`` is
the one place a client command builds its client: the address from ``--server``
flags, then ``BOTFARM_<SERVICE>_ADDR``, then localhost on the service's default port;
the token from ``BOTFARM_AUTH_TOKEN``; a failed call becomes the domain error of its
status code (reason and metadata from its ErrorInfo), and an unreachable service says
where it was looked for and how to start one.
"""

from __future__ import annotations

import importlib
import os
import time
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc

from botfarm.core import errors
from botfarm.core.config import SERVICE_PORTS, SERVICES
from botfarm.core.errors import BotfarmError, DeadlineExceeded, InvalidArgument

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


# --- what CLI commands use: addresses, one client per service, errors ----------------

#: The --server flag's metavar and help, the same on every client command.
SERVER_METAVAR = "[SERVICE=]HOST[:PORT]"


def server_help(services: Sequence[str]) -> str:
    envs = ", ".join(f"BOTFARM_{s.upper()}_ADDR" for s in services)
    return (f"where the {' / '.join(services)} service{'s are' if len(services) > 1 else ' is'}: HOST:PORT, "
            f"SERVICE=HOST:PORT (repeatable), or HOST alone for every service on its default port "
            f"[env {envs}; default localhost]")


def parse_servers(values: Sequence[str], default_service: str | None = None) -> dict[str, str]:
    """``--server`` values to {service: address}. ``SERVICE=HOST:PORT`` names one
    service; a bare ``HOST`` (``[::1]`` for IPv6) gives every service on its default
    port; ``HOST:PORT`` is ``default_service``'s (commands that talk to one service)."""
    out: dict[str, str] = {}
    hosts: list[str] = []
    for value in values:
        if "=" in value:
            svc, addr = value.split("=", 1)
            if svc not in SERVICES:
                raise InvalidArgument(f"--server {value!r}: unknown service {svc!r}; one of {', '.join(SERVICES)}")
            out[svc] = addr
        elif ":" in value.rsplit("]", 1)[-1]:  # a port after the host (an IPv6 host is "[::1]")
            if default_service is None:
                raise InvalidArgument(f"--server {value!r}: give SERVICE=HOST:PORT, or HOST alone for default ports")
            out[default_service] = value
        else:
            hosts.append(value)
    for host in hosts:
        for svc in SERVICES:
            out.setdefault(svc, f"{host}:{SERVICE_PORTS[svc][0]}")
    return out


def configured_addresses(servers: Sequence[str], env: Mapping[str, str] | None = None,
                         default_service: str | None = None) -> dict[str, str]:
    """Addresses from flags, then the environment; services named by neither are absent."""
    env = os.environ if env is None else env
    addrs = parse_servers(servers, default_service)
    for svc in SERVICES:
        if env.get(f"BOTFARM_{svc.upper()}_ADDR"):
            addrs.setdefault(svc, env[f"BOTFARM_{svc.upper()}_ADDR"])
    return addrs


def unreachable_hint(service: str, address: str) -> str:
    return (f"cannot reach the {service} service at {address}: start a local stack with `botfarm up` (and "
            f"export the addresses it prints), or point botfarm at running services with --server HOST:PORT or "
            f"BOTFARM_{service.upper()}_ADDR")


#: The class of each status code: the direct subclasses of BotfarmError (a refinement
#: such as RequestTooLarge, a ResourceExhausted with an HTTP status of its own, cannot be
#: told apart on the wire). Codes missing here have no class of their own.
_CODE_CLASSES = {c.code: c for c in BotfarmError.__subclasses__() if c.__module__ == errors.__name__}


def error_from_rpc(e: grpc.RpcError, service: str, address: str) -> BotfarmError:
    """The domain error of a failed call, with the ErrorInfo the server attached."""
    from google.rpc import error_details_pb2
    from grpc_status import rpc_status

    code = e.code().name  # type: ignore[attr-defined]
    message = e.details() or code  # type: ignore[attr-defined]
    reason, metadata = None, {}
    status = None
    try:
        status = rpc_status.from_call(e)  # type: ignore[arg-type]
    except ValueError:  # details that do not match the status: keep what the call said
        pass
    for detail in status.details if status else ():
        info = error_details_pb2.ErrorInfo()
        if detail.Unpack(info):
            reason, metadata = info.reason, dict(info.metadata)
    if code == "UNAVAILABLE" and reason is None:  # no answer from a botfarm server at all
        message, reason = f"{unreachable_hint(service, address)} ({message})", "SERVICE_UNREACHABLE"
        metadata = {"service": service, "address": address}
    elif code == "UNAUTHENTICATED":
        message += " (set BOTFARM_AUTH_TOKEN to the services' token)"
    cls = _CODE_CLASSES.get(code)
    err = cls(message, reason=reason, metadata=metadata) if cls else BotfarmError(message, reason=reason or code,
                                                                                 metadata=metadata)
    if cls is None:
        err.code = code  # UNIMPLEMENTED, INTERNAL, ABORTED, ...: the status as it came
    return err


class ServiceClient:
    """The stub of one service whose calls raise domain errors instead of
    ``grpc.RpcError``; streamed responses are iterators that do the same (and cancel
    the call when the reader stops early). ``.stub`` is the raw stub."""

    def __init__(self, service: str, address: str, ch: grpc.Channel, timeout: float | None = None):
        module = importlib.import_module(f"botfarm.{service}.v1.{service}_service_pb2_grpc")
        self.service, self.address, self.channel = service, address, ch
        self.stub = getattr(module, f"{service.capitalize()}ServiceStub")(ch)
        self.timeout = timeout

    def __getattr__(self, name: str) -> Any:
        method = getattr(self.stub, name)

        def call(request: Any, **kwargs: Any) -> Any:
            kwargs.setdefault("timeout", self.timeout)
            try:
                result = method(request, **kwargs)
            except grpc.RpcError as e:
                raise error_from_rpc(e, self.service, self.address) from None
            if isinstance(result, grpc.Call) and hasattr(result, "__next__"):
                return self._stream(result)
            return result

        return call

    def _stream(self, call: Any) -> Iterator[Any]:
        try:
            yield from call
        except grpc.RpcError as e:
            raise error_from_rpc(e, self.service, self.address) from None
        finally:
            call.cancel()

    def close(self) -> None:
        self.channel.close()

    def __enter__(self) -> ServiceClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def connect(service: str, servers: Sequence[str] = (), *, env: Mapping[str, str] | None = None,
            auth_token: str | None = None, timeout: float | None = None) -> ServiceClient:
    """A client of ``service`` at the address the flags, the environment or the default
    give, sending the bearer token (``auth_token``, else BOTFARM_AUTH_TOKEN or the file
    BOTFARM_AUTH_TOKEN_FILE names)."""
    from botfarm.core.config import secret_from_env

    env = os.environ if env is None else env
    address = configured_addresses(servers, env, default_service=service).get(service) \
        or service_address(service, env)
    token = auth_token or secret_from_env(env, "BOTFARM_AUTH_TOKEN") or None
    return ServiceClient(service, address, channel(address, auth_token=token), timeout)


def message_json(msg: Any) -> dict:
    """The JSON document a ``--json`` flag prints for a protobuf message: every field
    (zeros and empty lists too), proto field names, 64-bit integers as numbers (the
    proto3 JSON mapping writes them as strings)."""
    from google.protobuf import json_format

    d = json_format.MessageToDict(msg, preserving_proto_field_name=True, always_print_fields_with_no_presence=True)
    return _int64s_as_numbers(d, msg.DESCRIPTOR)


def _int64s_as_numbers(d: dict, descriptor: Any) -> dict:
    from google.protobuf.descriptor import FieldDescriptor as F

    int64 = {F.TYPE_INT64, F.TYPE_UINT64, F.TYPE_SINT64, F.TYPE_FIXED64, F.TYPE_SFIXED64}
    for f in descriptor.fields:
        if f.name not in d:
            continue
        value = d[f.name]
        if f.message_type is not None and f.message_type.GetOptions().map_entry:
            if f.message_type.fields_by_name["value"].type in int64:
                d[f.name] = {k: int(v) for k, v in value.items()}
        elif f.message_type is not None and not f.message_type.full_name.startswith("google.protobuf."):
            for item in value if f.is_repeated else [value]:
                _int64s_as_numbers(item, f.message_type)
        elif f.type in int64:
            d[f.name] = [int(v) for v in value] if f.is_repeated else int(value)
    return d
