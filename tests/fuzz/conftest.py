"""The hostile-input suite's set-up: Hypothesis profiles and all five services served
in-process, their object store in a folder inside a "jail" folder, so a file written
outside it is seen.

Profiles (HYPOTHESIS_PROFILE): ``ci`` (the default: a fixed, derandomized set of
examples, about a minute in all, so `make test` is repeatable) and ``fuzz`` (`make
fuzz`: many more, random, for a longer hunt)."""

from __future__ import annotations

import importlib
import os
from dataclasses import dataclass
from pathlib import Path

import pytest
from botfarm.core.config import SERVICES, ServerConfig, dataclass_from_args
from botfarm.core.server import BotfarmServer, create_server
from botfarm.core.service import ServiceContext
from botfarm.core.store import LocalStore
from hypothesis import HealthCheck, settings

_COMMON = dict(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                                     HealthCheck.function_scoped_fixture])
settings.register_profile("ci", max_examples=int(os.environ.get("FUZZ_EXAMPLES", "40")), derandomize=True,
                          database=None, print_blob=True, **_COMMON)
settings.register_profile("fuzz", max_examples=int(os.environ.get("FUZZ_EXAMPLES", "2000")), print_blob=True,
                          **_COMMON)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@dataclass
class Farm:
    jail: Path
    data: Path
    servers: dict[str, BotfarmServer]
    token: str = ""


#: Live-API ingestions a fuzzed request may start go to this closed port instead of the
#: internet (urllib honours the proxy variables; gRPC skips them for no_proxy hosts).
_NO_INTERNET = {"http_proxy": "http://127.0.0.1:9", "https_proxy": "http://127.0.0.1:9",
                "no_proxy": "127.0.0.1,localhost"}


@pytest.fixture(scope="session")
def farm(tmp_path_factory):
    saved = {k: os.environ.get(k) for k in _NO_INTERNET}
    os.environ.update(_NO_INTERNET)
    try:
        yield from _farm(tmp_path_factory)
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def _farm(tmp_path_factory):
    jail = tmp_path_factory.mktemp("jail")
    data = jail / "a" / "b" / "data"
    servers: dict[str, BotfarmServer] = {}
    # The inference HTTP API on a free port of this host; the others need no settings.
    env = {"BOTFARM_HTTP_PORT": "0", "BOTFARM_HTTP_HOST": "127.0.0.1"}
    try:
        for service in SERVICES:
            config = ServerConfig(grpc_host="127.0.0.1", grpc_port=0, metrics_host="127.0.0.1", metrics_port=-1,
                                  data_dir=str(data), shutdown_grace_seconds=0.5)
            module = importlib.import_module(f"botfarm.{service}.service")
            cls = getattr(module, "Settings", None)
            ctx = ServiceContext(config=config, store=LocalStore(data),
                                 settings=dataclass_from_args(cls, {}, env) if cls else None)
            server, _port = create_server(config, module.make_service(ctx))
            server.start()
            servers[service] = server
        yield Farm(jail, data, servers)
    finally:
        for server in servers.values():
            server.stop(0).wait(10)
