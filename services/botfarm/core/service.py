"""What a service hands the server factory.

Each service package has ``botfarm/<service>/service.py`` with

    def make_service(ctx: ServiceContext) -> ServiceSpec

``botfarm serve <service>`` builds the common config, opens the object store, calls
``make_service`` and gives the spec to ``botfarm.core.server.create_server``. Thin
servicers live in ``service.py``; the logic they call lives in plain modules of the
same package that import neither ``grpc`` nor ``*_pb2``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from botfarm.core.store import ObjectStore


@dataclass(frozen=True)
class ServiceContext:
    """What every service gets at start-up."""

    #: The common server configuration (botfarm.core.config.ServerConfig).
    config: Any
    #: The object store all state lives in.
    store: ObjectStore
    #: Service-specific settings (a frozen dataclass of the service's own, or None),
    #: filled from the same flags / BOTFARM_* environment variables.
    settings: Any = None


@dataclass
class ServiceSpec:
    """A service ready to be served."""

    #: The full gRPC service name, e.g. "botfarm.registry.v1.RegistryService" (health
    #: status and reflection are registered under it).
    full_name: str
    #: The servicer instance.
    servicer: Any
    #: The generated ``add_XxxServiceServicer_to_server`` function.
    add_to_server: Callable[[Any, Any], None]
    #: Called after the server started (background threads, HTTP front ends); what a
    #: hook returns is ignored.
    on_start: list[Callable[[], object]] = field(default_factory=list)
    #: Called on graceful shutdown, before the gRPC server stops.
    on_stop: list[Callable[[], object]] = field(default_factory=list)
    #: Other addresses the service listens on, by name (e.g. inference's TGI HTTP API:
    #: {"http": "127.0.0.1:8080"}); fill it in an on_start hook once the port is known.
    #: ``botfarm serve`` prints them with the gRPC and metrics addresses.
    extra_addresses: dict[str, str] = field(default_factory=dict)
    #: The service's core object, for tests and in-process front ends (inference sets
    #: its InferenceApp); None for a service that exposes none.
    app: object | None = None
    #: Set once the service can take traffic; health stays NOT_SERVING until then (e.g.
    #: inference loading its --preload bots). None: ready as soon as on_start ran.
    ready: threading.Event | None = None
