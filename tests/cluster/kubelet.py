"""A FAKE kubelet (and scheduler): runs a rendered pod spec as a local process.

There is no container runtime or Kubernetes node here. For one pod this does what a
kubelet does, from the manifest alone: picks a FAKE node the pod fits (resources such
as ``nvidia.com/gpu``, nodeSelector, tolerations, runtimeClassName), makes its volumes
(emptyDir and PVC: folders; configMap and secret: one file per key; the service-account
token and CA when it is automounted), resolves its env (``value``, ``secretKeyRef``,
``configMapKeyRef``, ``fieldRef``, ``$(VAR)``), runs its command/args with the image's
ENV, polls its startup, readiness and liveness probes (gRPC, HTTP GET, TCP) with the
rendered thresholds, restarts it per restartPolicy, and stops it with SIGTERM then
SIGKILL after the grace period. Everything that must change to run outside a pod goes
through tests/cluster/podrewrite.py. Not done: resource limits, users and read-only root
filesystems (no container isolation at all), image pulls.
"""

from __future__ import annotations

import base64
import contextlib
import os
import re
import shutil
import signal
import socket
import subprocess
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from kubeproxy import free_port
from podrewrite import SA_DIR, Rewriter, image_env

#: Probes are polled at most this often (s); their failure budgets stay as rendered.
PROBE_POLL_S = 0.5
#: CrashLoopBackOff of a restarted container (real kubelets start at 10 s).
RESTART_BACKOFF_S = 1.0


@dataclass
class Node:
    name: str
    labels: dict = field(default_factory=dict)
    taints: list = field(default_factory=list)
    #: Extended resources it offers, e.g. {"nvidia.com/gpu": 8}.
    capacity: dict = field(default_factory=dict)
    runtime_classes: tuple = ()
    #: A GPU node here lends no GPU: its pods compute on the CPU (rewrite rule 6).
    gpu: bool = False
    used: dict = field(default_factory=dict)

    def why_not(self, spec: dict) -> str:
        """Why the pod does not fit, or "" when it does."""
        for k, v in (spec.get("nodeSelector") or {}).items():
            if self.labels.get(k) != v:
                return f"node {self.name} lacks label {k}={v}"
        for taint in self.taints:
            if not any(_tolerates(t, taint) for t in spec.get("tolerations") or []):
                return f"node {self.name} has untolerated taint {taint['key']}"
        rc = spec.get("runtimeClassName")
        if rc and rc not in self.runtime_classes:
            return f'RuntimeClass "{rc}" not found on node {self.name}'
        for name, need in _extended(spec).items():
            if self.used.get(name, 0) + need > self.capacity.get(name, 0):
                return f"Insufficient {name} on node {self.name}"
        return ""


def _tolerates(t: dict, taint: dict) -> bool:
    if t.get("effect") and t["effect"] != taint.get("effect"):
        return False
    if t.get("operator") == "Exists":
        return not t.get("key") or t["key"] == taint["key"]
    return t.get("key") == taint["key"] and t.get("value", "") == taint.get("value", "")


def _extended(spec: dict) -> dict[str, int]:
    out: dict[str, int] = {}
    for c in spec["containers"]:
        for k, v in ((c.get("resources") or {}).get("limits") or {}).items():
            if "/" in k:
                out[k] = out.get(k, 0) + int(v)
    return out


class Objects:
    """The rendered Secrets, ConfigMaps and ServiceAccounts, by name."""

    def __init__(self, docs: list[dict]):
        self.by_kind: dict[tuple[str, str], dict] = {(d["kind"], d["metadata"]["name"]): d for d in docs}

    def data(self, kind: str, name: str) -> dict[str, bytes] | None:
        obj = self.by_kind.get((kind, name))
        if obj is None:
            return None
        out = {k: base64.b64decode(v) for k, v in (obj.get("data") or {}).items()} if kind == "Secret" else \
            {k: str(v).encode() for k, v in (obj.get("data") or {}).items()}
        out.update({k: str(v).encode() for k, v in (obj.get("stringData") or {}).items()})
        return out

    def automount(self, spec: dict) -> bool:
        if "automountServiceAccountToken" in spec:
            return bool(spec["automountServiceAccountToken"])
        sa = self.by_kind.get(("ServiceAccount", spec.get("serviceAccountName") or "default"), {})
        return bool(sa.get("automountServiceAccountToken", True))


class ConfigError(Exception):
    """CreateContainerConfigError: a Secret or ConfigMap key the pod needs is missing."""


@dataclass
class Cluster:
    """What every pod shares: where pods live, the rendered objects, the rewrites, the
    nodes, the API server pods reach, and how to mint a service account's token."""

    root: Path
    namespace: str
    objects: Objects
    rewriter: Rewriter
    nodes: list[Node]
    api_host_port: tuple[str, int] | None = None
    api_ca: bytes = b""
    token_for: Callable[[str], str] = lambda sa: ""
    #: Image repository -> argv to run instead (the MinIO stand-in).
    standins: dict[str, Callable[[Pod], list[str]]] = field(default_factory=dict)


class Pod:
    def __init__(self, cluster: Cluster, name: str, spec: dict, labels: dict, *, restart_policy: str = "",
                 on_running: Callable[[], None] | None = None, on_exit: Callable[[int], None] | None = None):
        assert len(spec["containers"]) == 1 and not spec.get("initContainers"), "one container per pod"
        self.cluster, self.name, self.spec, self.labels = cluster, name, spec, labels
        self.container = spec["containers"][0]
        self.restart_policy = restart_policy or spec.get("restartPolicy", "Always")
        self.on_running, self.on_exit = on_running, on_exit
        self.fs = cluster.root / name / "fs"
        self.log_path = cluster.root / name / "log"
        #: containerPort -> the loopback port this pod got for it (rewrite rule 2).
        self.ports: dict[int, int] = {}
        self.named_ports: dict[str, int] = {}
        self.node: Node | None = None
        self.node_name = ""
        self.proc: subprocess.Popen | None = None
        self.ready = threading.Event()
        self.started = threading.Event()
        self.exit_codes: list[int] = []
        self.restarts = 0
        self.terminating = False
        self.done = threading.Event()

    # --- scheduling, volumes, env ---------------------------------------------------

    def schedule(self) -> str:
        reasons = []
        for node in self.cluster.nodes:
            why = node.why_not(self.spec)
            if not why:
                self.node, self.node_name = node, node.name
                for k, v in _extended(self.spec).items():
                    node.used[k] = node.used.get(k, 0) + v
                return ""
            reasons.append(why)
        return f"0/{len(self.cluster.nodes)} nodes are available: " + "; ".join(reasons)

    def _unschedule(self) -> None:
        if self.node is not None:
            for k, v in _extended(self.spec).items():
                self.node.used[k] -= v
            self.node = None

    def _mounts(self) -> list[str]:
        return [m["mountPath"] for m in self.container.get("volumeMounts") or []]

    def _make_volumes(self) -> None:
        volumes = {v["name"]: v for v in self.spec.get("volumes") or []}
        objects = self.cluster.objects
        for m in self.container.get("volumeMounts") or []:
            target = Path(f"{self.fs}{m['mountPath']}")
            target.mkdir(parents=True, exist_ok=True)
            vol = volumes[m["name"]]
            for kind, key in (("ConfigMap", "configMap"), ("Secret", "secret")):
                if key in vol:
                    ref = vol[key].get("name") or vol[key].get("secretName")
                    data = objects.data(kind, ref)
                    if data is None and not vol[key].get("optional"):
                        raise ConfigError(f'{kind.lower()} "{ref}" not found')
                    items = vol[key].get("items") or [{"key": k, "path": k} for k in data or {}]
                    for item in items:
                        (target / item["path"]).write_bytes((data or {})[item["key"]])
        if self.cluster.objects.automount(self.spec):
            sa = Path(f"{self.fs}{SA_DIR}")
            sa.mkdir(parents=True, exist_ok=True)
            (sa / "token").write_text(self.cluster.token_for(self.spec.get("serviceAccountName") or "default"))
            (sa / "ca.crt").write_bytes(self.cluster.api_ca)
            (sa / "namespace").write_text(self.cluster.namespace)

    def _value_from(self, ref: dict) -> str | None:
        for kind, key in (("Secret", "secretKeyRef"), ("ConfigMap", "configMapKeyRef")):
            if key in ref:
                sel = ref[key]
                data = self.cluster.objects.data(kind, sel["name"])
                if data is None or sel["key"] not in data:
                    if sel.get("optional"):
                        return None
                    raise ConfigError(f'{kind.lower()} "{sel["name"]}" has no key "{sel["key"]}"')
                return data[sel["key"]].decode()
        path = ref["fieldRef"]["fieldPath"]
        fields = {"metadata.name": self.name, "metadata.namespace": self.cluster.namespace,
                  "status.podIP": "127.0.0.1", "spec.nodeName": self.node.name if self.node else "",
                  "spec.serviceAccountName": self.spec.get("serviceAccountName", "default")}
        m = re.fullmatch(r"metadata\.labels\['(.+)'\]", path)
        return self.labels.get(m.group(1), "") if m else fields[path]

    def environment(self) -> dict[str, str]:
        """The process environment: the image's ENV, the kubelet's own variables, then
        the container's env in order, every value through the rewrites."""
        c, rw = self.container, self.cluster.rewriter
        img_env, _ = image_env(c.get("image", ""))
        mounts = self._mounts() + [SA_DIR]
        opts = {"ports": self.ports, "mounts": mounts, "fs": self.fs, "gpu_node": bool(self.node and self.node.gpu)}
        env = {k: rw.env(k, v, **opts) for k, v in img_env.items()}
        if self.cluster.api_host_port:
            env["KUBERNETES_SERVICE_HOST"], port = self.cluster.api_host_port
            env["KUBERNETES_SERVICE_PORT"] = str(port)
        for e in c.get("env") or []:
            raw = e["value"] if "value" in e else self._value_from(e["valueFrom"]) if "valueFrom" in e else ""
            if raw is None:
                continue
            raw = re.sub(r"\$\(([A-Za-z_][A-Za-z0-9_]*)\)", lambda m: env.get(m.group(1), m.group(0)), str(raw))
            env[e["name"]] = rw.env(e["name"], raw, **opts)
        site = self.cluster.root / self.name / "site" if self.cluster.objects.automount(self.spec) else None
        env.update(rw.added(env, mounts=mounts, fs=self.fs, sa_site=site))
        return env

    def argv(self, env: dict[str, str]) -> list[str]:
        c = self.container
        repo = c.get("image", "").split("@")[0].rsplit(":", 1)[0]
        if repo in self.cluster.standins:
            return self.cluster.standins[repo](self)
        argv = [*(c.get("command") or []), *(c.get("args") or [])]
        argv = [re.sub(r"\$\(([A-Za-z_][A-Za-z0-9_]*)\)", lambda m: env.get(m.group(1), m.group(0)), a)
                for a in self.cluster.rewriter.args(argv)]
        exe = shutil.which(argv[0], path=env.get("PATH")) if "/" not in argv[0] else argv[0]
        if exe is None:
            raise ConfigError(f'exec: "{argv[0]}": executable file not found in $PATH')
        return [exe, *argv[1:]]

    # --- running --------------------------------------------------------------------

    def start(self) -> None:
        """Schedules, prepares and starts the pod; raises ConfigError / RuntimeError
        (unschedulable) as kubelet would leave it Pending."""
        why = self.schedule()
        if why:
            raise RuntimeError(f"pod {self.name} is Pending (Unschedulable): {why}")
        self._assign_ports()
        self.fs.mkdir(parents=True, exist_ok=True)
        self._make_volumes()
        self._run_once()
        threading.Thread(target=self._supervise, name=f"pod-{self.name}", daemon=True).start()
        if _probes(self.container):
            threading.Thread(target=self._probe_loop, name=f"probe-{self.name}", daemon=True).start()
        else:
            self.ready.set()

    def _assign_ports(self) -> None:
        """Fresh loopback ports (rewrite rule 2); again at each restart, so a port another
        process took between hand-out and bind costs one restart, not the pod."""
        for p in self.container.get("ports") or []:
            self.ports[p["containerPort"]] = free_port()
            if p.get("name"):
                self.named_ports[p["name"]] = self.ports[p["containerPort"]]

    def _run_once(self) -> None:
        env = self.environment()
        _, workdir = image_env(self.container.get("image", ""))
        cwd = Path(self.cluster.rewriter.path(workdir, self._mounts(), self.fs))
        if not cwd.is_dir():
            cwd = self.fs
        with open(self.log_path, "ab") as log:
            self.proc = subprocess.Popen(self.argv(env), env=env, cwd=cwd, stdout=log, stderr=subprocess.STDOUT,
                                         stdin=subprocess.DEVNULL, start_new_session=True)
        self.started.set()
        if self.on_running:
            self.on_running()

    def _supervise(self) -> None:
        while True:
            assert self.proc is not None
            code = self.proc.wait()
            self.ready.clear()
            self.exit_codes.append(code if code >= 0 else 128 - code)
            always = self.restart_policy == "Always" or (self.restart_policy == "OnFailure" and code != 0)
            if self.terminating or not always:
                break
            time.sleep(RESTART_BACKOFF_S * min(2 ** self.restarts, 8))
            if self.terminating:
                break
            self.restarts += 1
            self._assign_ports()
            self._run_once()
        self._unschedule()
        self.done.set()
        if self.on_exit:
            self.on_exit(self.exit_codes[-1])

    def signal(self, sig: int) -> None:
        if self.proc and self.proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, sig)

    def kill(self) -> None:
        """SIGKILL the container (a crash, the OOM killer): restartPolicy decides what follows."""
        self.signal(signal.SIGKILL)

    def terminate(self, grace_s: float = 30.0) -> None:
        """What deleting the pod does: SIGTERM, SIGKILL after the grace period; no restart."""
        self.terminating = True
        self.signal(signal.SIGTERM)
        if self.proc is not None:
            try:
                self.proc.wait(grace_s)
            except subprocess.TimeoutExpired:
                self.signal(signal.SIGKILL)
                self.proc.wait()
        self.done.wait(10)

    def log_tail(self, n: int = 4000) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-n:]
        except OSError:
            return ""

    # --- probes ---------------------------------------------------------------------

    def probe(self, probe: dict) -> bool:
        timeout = float(probe.get("timeoutSeconds", 1))
        if "grpc" in probe:
            return _grpc_serving(self.ports.get(probe["grpc"]["port"], 0), probe["grpc"].get("service", ""), timeout)
        if "httpGet" in probe:
            import urllib.request

            port = self._port(probe["httpGet"]["port"])
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}{probe['httpGet'].get('path', '/')}",
                                            timeout=timeout) as r:
                    return 200 <= r.status < 400
            except OSError:
                return False
        port = self._port(probe["tcpSocket"]["port"])
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=timeout):
                return True
        except OSError:
            return False

    def _port(self, p: int | str) -> int:
        return self.named_ports[p] if isinstance(p, str) else self.ports[p]

    def _probe_loop(self) -> None:
        c = self.container
        startup, readiness, liveness = c.get("startupProbe"), c.get("readinessProbe"), c.get("livenessProbe")
        failing_since: dict[str, float | None] = {"ready": None, "live": None}
        started = startup is None
        t0 = time.monotonic()
        while not self.done.is_set() and not self.terminating:
            if not (self.proc and self.proc.poll() is None):
                time.sleep(PROBE_POLL_S)
                started, t0 = startup is None, time.monotonic()
                continue
            if not started:
                if self.probe(startup):
                    started = True
                elif time.monotonic() - t0 > _budget(startup):
                    self.kill()  # the startup probe gave up: restart the container
                time.sleep(PROBE_POLL_S)
                continue
            for key, p in (("ready", readiness), ("live", liveness)):
                if p is None:
                    continue
                ok = self.probe(p)
                if key == "ready" and ok:
                    self.ready.set()
                if ok:
                    failing_since[key] = None
                    continue
                since = failing_since[key] = failing_since[key] or time.monotonic()
                if time.monotonic() - since >= _budget(p):
                    if key == "ready":
                        self.ready.clear()
                    else:
                        self.kill()
            if readiness is None:
                self.ready.set()
            time.sleep(PROBE_POLL_S)


def _probes(c: dict) -> bool:
    return any(c.get(k) for k in ("startupProbe", "readinessProbe", "livenessProbe"))


def _budget(probe: dict) -> float:
    """Seconds a probe may keep failing before kubelet acts: period x failureThreshold."""
    return float(probe.get("periodSeconds", 10)) * int(probe.get("failureThreshold", 3))


def _grpc_serving(port: int, service: str, timeout: float) -> bool:
    import grpc
    from grpc_health.v1 import health_pb2, health_pb2_grpc

    if not port:
        return False
    with grpc.insecure_channel(f"127.0.0.1:{port}") as ch:
        try:
            reply = health_pb2_grpc.HealthStub(ch).Check(health_pb2.HealthCheckRequest(service=service),
                                                         timeout=timeout)
        except grpc.RpcError:
            return False
    return reply.status == health_pb2.HealthCheckResponse.SERVING


def pod_name(owner: str) -> str:
    return f"{owner}-{uuid.uuid4().hex[:10]}"
