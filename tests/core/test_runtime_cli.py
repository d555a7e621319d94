"""`botfarm serve`, `botfarm up` and LocalStack: real subprocesses, real ports."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import grpc
import pytest
from botfarm.core.config import SERVICES
from botfarm.core.stack import LocalStack, full_service_name
from grpc_health.v1 import health_pb2
from runtime_helpers import health, insecure, list_services

BOTFARM = [sys.executable, "-m", "botfarm.cli"]


def botfarm(*args: str, env: dict[str, str] | None = None, **kw) -> subprocess.Popen:
    return subprocess.Popen([*BOTFARM, *args], env={**os.environ, **(env or {})}, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)


def stop(proc: subprocess.Popen, sig=signal.SIGTERM, timeout: float = 30) -> tuple[int, float, str, str]:
    """Signals ``proc`` and waits for it; returns (exit code, seconds, rest of stdout, stderr)."""
    start = time.monotonic()
    proc.send_signal(sig)
    # communicate, not wait: a child blocked writing to a full stderr pipe never exits.
    out, err = proc.communicate(timeout=timeout)
    return proc.returncode, time.monotonic() - start, out, err


def test_serve_prints_addresses_serves_and_exits_0_on_sigterm(tmp_path):
    port_file = tmp_path / "ports.json"
    proc = botfarm("serve", "ingestion", "--grpc-port", "0", "--metrics-port", "0", "--grpc-host", "127.0.0.1",
                   "--port-file", str(port_file), env={"BOTFARM_DATA_DIR": str(tmp_path / "data")})
    try:
        line = proc.stdout.readline()
        info = json.loads(line)
        assert info == json.loads(port_file.read_text())
        assert info["service"] == "ingestion" and info["grpc"].startswith("127.0.0.1:")
        assert int(info["metrics"].rsplit(":", 1)[1]) > 0
        with insecure(info["grpc"]) as ch:
            assert health(ch, "botfarm.ingestion.v1.IngestionService") == health_pb2.HealthCheckResponse.SERVING
            assert "botfarm.ingestion.v1.IngestionService" in list_services(ch)
        rc, took, _, err = stop(proc)
    finally:
        proc.kill()
    assert rc == 0 and took < 10, (rc, took)
    logs = [json.loads(x) for x in err.splitlines() if x.startswith("{")]
    assert [r["message"] for r in logs][-2:] == ["shutting down", "stopped"]
    assert logs[-2]["signal"] == "SIGTERM" and all(r["service"] == "ingestion" for r in logs)


@pytest.mark.parametrize("args,env,names", [
    (["--grpc-port", "abc"], {}, ("--grpc-port", "BOTFARM_GRPC_PORT", "'abc'")),
    ([], {"BOTFARM_LOG_FORMAT": "xml"}, ("--log-format", "BOTFARM_LOG_FORMAT", "'xml'")),
    ([], {"BOTFARM_MAX_WORKERS": "0"}, ("--max-workers", "BOTFARM_MAX_WORKERS")),
])
def test_bad_config_stops_start_up_naming_it(args, env, names):
    proc = botfarm("serve", "registry", *args, env=env)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 2 and out == ""
    assert all(n in err for n in names), err
    assert err.count("\n") == 1  # one clear line, no traceback


def test_serve_help_and_unknown_service():
    out = subprocess.run([*BOTFARM, "serve", "registry", "--help"], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0 and "BOTFARM_GRPC_PORT" in out.stdout and "default 50054" in out.stdout
    out = subprocess.run([*BOTFARM, "serve", "nope"], capture_output=True, text=True, timeout=60)
    assert out.returncode == 2 and "invalid choice" in out.stderr


def test_up_prints_five_addresses_and_stops_cleanly(tmp_path):
    proc = botfarm("up", "--base-port", "0", "--data-dir", str(tmp_path / "data"))
    exports: dict[str, str] = {}
    try:
        while len(exports) < len(SERVICES):
            line = proc.stdout.readline()
            assert line, f"botfarm up ended early: {proc.stderr.read()[-3000:]}"
            if line.startswith("export BOTFARM_"):
                key, value = line.strip()[len("export "):].split("=", 1)
                exports[key] = value
        assert set(exports) == {f"BOTFARM_{s.upper()}_ADDR" for s in SERVICES}
        assert len(set(exports.values())) == 5
        for service in SERVICES:
            with insecure(exports[f"BOTFARM_{service.upper()}_ADDR"]) as ch:
                assert health(ch, full_service_name(service)) == health_pb2.HealthCheckResponse.SERVING
        rc, took, rest, err = stop(proc, signal.SIGINT, timeout=60)
    finally:
        proc.kill()
    assert rc == 0 and "stopped: " in rest, (rc, rest, err[-3000:])
    assert set(json.loads(rest.split("stopped: ", 1)[1]).values()) == {0}
    for address in exports.values():  # every child is gone
        with insecure(address) as ch:
            with pytest.raises(grpc.RpcError) as e:
                health(ch, "")
            assert e.value.code() == grpc.StatusCode.UNAVAILABLE


def test_local_stack_passes_env_and_stops_children(tmp_path):
    with LocalStack(tmp_path / "data", env={"BOTFARM_AUTH_TOKEN": "tok"}, services=["registry", "cleaning"]) as stack:
        assert set(stack.addresses) == {"registry", "cleaning"}
        procs = list(stack.procs.values())
        with insecure(stack.addresses["registry"]) as ch:
            assert health(ch, "botfarm.registry.v1.RegistryService") == health_pb2.HealthCheckResponse.SERVING
            with pytest.raises(grpc.RpcError) as e:  # the token reached the child
                ch.unary_unary("/botfarm.registry.v1.RegistryService/ListModels")(b"", timeout=10)
            assert e.value.code() == grpc.StatusCode.UNAUTHENTICATED
    assert all(p.returncode == 0 for p in procs)


def test_local_stack_reports_a_child_that_cannot_start(tmp_path):
    from botfarm.core.errors import Unavailable

    with pytest.raises(Unavailable, match="BOTFARM_LOG_LEVEL"):
        LocalStack(tmp_path / "data", env={"BOTFARM_LOG_LEVEL": "LOUD"}, services=["cleaning"]).start()


def test_stack_children_die_with_a_killed_parent(tmp_path):
    """A parent killed with SIGKILL cannot stop its services: the kernel SIGTERMs them
    (PR_SET_PDEATHSIG, set by `botfarm serve` itself from BOTFARM_DIE_WITH_PARENT)."""
    parent = subprocess.Popen([sys.executable, "-c", f"""
import sys, time
from botfarm.core.stack import LocalStack
stack = LocalStack({str(tmp_path / 'data')!r}, services=["registry"]).start()
print(stack.procs["registry"].pid, flush=True)
time.sleep(600)
"""], stdout=subprocess.PIPE, text=True)
    try:
        child = int(parent.stdout.readline())
        parent.send_signal(signal.SIGKILL)
        parent.wait(10)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                os.kill(child, 0)
            except ProcessLookupError:
                break
            if open(f"/proc/{child}/stat").read().split()[2] == "Z":  # exited, not yet reaped
                break
            time.sleep(0.1)
        else:
            os.kill(child, signal.SIGKILL)
            raise AssertionError("the registry child outlived its killed parent")
    finally:
        parent.kill()
