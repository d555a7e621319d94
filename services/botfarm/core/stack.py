"""All five services on localhost, each its own ``botfarm serve`` process.

Used by ``botfarm up``, by ``botfarm bot create`` when no services are running, and by
tests:

    with LocalStack(tmp_path / "data") as stack:
        stack.addresses["registry"]        # "127.0.0.1:41234"
        stack.addresses["inference_http"]  # the TGI HTTP API, when inference reports one

With ``ports=None`` every port is a free one (port 0): each child writes its real
addresses to a port file, which the stack reads. The children share one local
data directory, the embedded object store.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import IO, Any

from botfarm.core.clients import wait_for_serving
from botfarm.core.config import SERVICES
from botfarm.core.errors import DeadlineExceeded, Unavailable

#: Environment variables of the inference service's HTTP API (its own Settings fields
#: ``http_port`` / ``http_host``): with free ports the HTTP API takes a free one too.
INFERENCE_HTTP_PORT_ENV = "BOTFARM_HTTP_PORT"
INFERENCE_HTTP_HOST_ENV = "BOTFARM_HTTP_HOST"


#: Set by LocalStack in each child's environment: the pid of the parent to die with.
PARENT_PID_ENV = "BOTFARM_DIE_WITH_PARENT"


def die_with_parent_from_env(environ=os.environ) -> None:
    """Called first thing by `botfarm serve`: on Linux, asks for SIGTERM when the parent
    named in BOTFARM_DIE_WITH_PARENT dies, so a killed `botfarm up` or test run leaves no
    servers behind. It runs in the child after exec, not in a ``preexec_fn``: forking a
    process that runs gRPC threads and then running Python before exec is unsafe (a
    child once aborted in gRPC's epoll with EBADF); without ``preexec_fn`` the stack's
    children are started with vfork and exec at once."""
    parent = environ.get(PARENT_PID_ENV, "")
    if not parent.isdigit() or sys.platform != "linux":
        return
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # not glibc: best effort only
        return
    if os.getppid() != int(parent):  # the parent died before prctl took effect
        os.kill(os.getpid(), signal.SIGTERM)


def full_service_name(service: str) -> str:
    return f"botfarm.{service}.v1.{service.capitalize()}Service"


class LocalStack:
    """Starts the services as subprocesses, waits until each is SERVING, stops them on exit.

    ``ports`` maps a service to (grpc port, metrics port); None means free ports, the
    inference HTTP API included (``inference_http_port`` sets that one explicitly).
    ``env`` is added to this process's environment for the children (e.g.
    ``{"BOTFARM_AUTH_TOKEN": ...}``). Child logs go to ``log_dir`` (a temporary folder
    by default; ``stack.log_path(service)``) unless ``inherit_output`` is set.
    On Linux the children get SIGTERM if the thread that started them ends, so start
    the stack from the main thread (or one that outlives it).
    """

    def __init__(self, data_dir: str | os.PathLike[str], env: Mapping[str, str] | None = None, *,
                 ports: Mapping[str, tuple[int, int]] | None = None, services: Sequence[str] = SERVICES,
                 host: str = "127.0.0.1", timeout: float = 180.0, log_dir: str | os.PathLike[str] | None = None,
                 inherit_output: bool = False, extra_args: Sequence[str] = (),
                 inference_http_port: int | None = None, progress: Callable[[str], None] | None = None):
        self.data_dir = Path(data_dir)
        self.env = dict(env or {})
        self.ports = dict(ports) if ports is not None else None
        self.services = list(services)
        self.host = host
        self.timeout = timeout
        self.inherit_output = inherit_output
        self.extra_args = list(extra_args)
        self.progress = progress
        self.inference_http_port = inference_http_port
        self._tmp = tempfile.TemporaryDirectory(prefix="botfarm-stack-")
        self.log_dir = Path(log_dir) if log_dir else Path(self._tmp.name)
        self.procs: dict[str, subprocess.Popen[bytes]] = {}
        self._logs: dict[str, IO[bytes]] = {}
        #: What each service printed when it was ready (service, grpc, metrics, extras).
        self.info: dict[str, dict[str, Any]] = {}
        #: {service: "127.0.0.1:port"} plus "inference_http" when inference reports one.
        self.addresses: dict[str, str] = {}

    def log_path(self, service: str) -> Path:
        return self.log_dir / f"{service}.log"

    def _port_file(self, service: str) -> Path:
        return Path(self._tmp.name) / f"{service}.port.json"

    def _command(self, service: str) -> list[str]:
        grpc_port, metrics_port = self.ports[service] if self.ports else (0, 0)
        return [sys.executable, "-m", "botfarm.cli", "serve", service,
                "--grpc-host", self.host, "--grpc-port", str(grpc_port),
                "--metrics-host", self.host, "--metrics-port", str(metrics_port),
                "--data-dir", str(self.data_dir), "--port-file", str(self._port_file(service)),
                *self.extra_args]

    def spawn(self, service: str) -> subprocess.Popen[bytes]:
        """Starts (or starts again) one service's process; ``poll_ready`` tells when it serves."""
        env = {**os.environ, **self.env, "PYTHONUNBUFFERED": "1", PARENT_PID_ENV: str(os.getpid())}
        if service == "inference":
            http_port = self.inference_http_port
            if http_port is None and self.ports is None:
                http_port = 0
            if http_port is not None:
                env[INFERENCE_HTTP_PORT_ENV] = str(http_port)
                env.setdefault(INFERENCE_HTTP_HOST_ENV, self.host)
        if self.inherit_output:
            err: Any = None
        else:
            if service in self._logs:
                self._logs[service].close()
            # A restart appends: the log of the crash stays readable.
            mode = "ab" if service in self.procs else "wb"
            err = self._logs[service] = open(self.log_path(service), mode)  # noqa: SIM115
        self._port_file(service).unlink(missing_ok=True)
        # stdout (the JSON line of addresses) is not needed: the port file has it.
        proc = self.procs[service] = subprocess.Popen(
            self._command(service), env=env, stdout=subprocess.DEVNULL,
            stderr=err, start_new_session=True)  # our Ctrl-C is forwarded, not duplicated
        return proc

    def start(self) -> LocalStack:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.log_dir.mkdir(parents=True, exist_ok=True)
        try:
            for service in self.services:
                self.spawn(service)
            self._wait_ready()
        except BaseException:
            self.stop()
            self._tmp.cleanup()
            raise
        return self

    def _log_tail(self, service: str) -> str:
        if self.inherit_output:
            return "(its log is above)"
        try:
            return self.log_path(service).read_text(errors="replace")[-2000:]
        except OSError:
            return "(no log)"

    def poll_ready(self, service: str, timeout: float) -> bool:
        """True once ``service`` serves (its addresses recorded), False while it starts;
        Unavailable if its process ended first."""
        proc, port_file = self.procs[service], self._port_file(service)
        if port_file.exists():
            info = json.loads(port_file.read_text())
            wait_for_serving(info["grpc"], full_service_name(service), timeout=max(1.0, timeout))
            self.info[service] = info
            self.addresses[service] = info["grpc"]
            if service == "inference" and info.get("http"):
                self.addresses["inference_http"] = info["http"]
            return True
        if proc.poll() is not None:
            raise Unavailable(f"botfarm serve {service} exited with status {proc.returncode} "
                              f"before serving:\n{self._log_tail(service)}", reason="SERVICE_EXITED",
                              metadata={"service": service})
        return False

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + self.timeout
        pending = list(self.services)
        while pending:
            for service in list(pending):
                if self.poll_ready(service, deadline - time.monotonic()):
                    pending.remove(service)
                    if self.progress:
                        self.progress(service)
            if pending and time.monotonic() > deadline:
                raise DeadlineExceeded(f"services not ready after {self.timeout:g} s: {', '.join(pending)}",
                                       reason="NOT_SERVING")
            time.sleep(0.05)

    def exited(self) -> dict[str, int]:
        """Services whose process ended, with their exit status."""
        return {s: p.returncode for s, p in self.procs.items() if p.poll() is not None}

    def stop(self, timeout: float = 20.0) -> dict[str, int]:
        """SIGTERM to every child, then SIGKILL to those still running after ``timeout``;
        returns each exit status."""
        for proc in self.procs.values():
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + timeout
        codes: dict[str, int] = {}
        for service, proc in self.procs.items():
            try:
                codes[service] = proc.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                proc.kill()
                codes[service] = proc.wait()
        for f in self._logs.values():
            f.close()
        self._logs.clear()
        self.procs.clear()
        return codes

    def __enter__(self) -> LocalStack:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
        self._tmp.cleanup()
