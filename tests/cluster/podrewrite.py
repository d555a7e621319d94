"""Every rewrite the harness makes to run a rendered pod outside a pod: the ONE place.

A container here is a local process, not a container, so a few things must change
between the rendered manifest and the process. Each rewrite is a rule below, and the
README's "What the tests stand in for" lists the same rules:

1. Service addresses: ``<service>[.<ns>[.svc[.cluster.local]]]:<port>`` in env values
   and command/args -> ``127.0.0.1:<port>`` of the harness's proxy for that Service port.
2. Container ports: an env var named ``*_PORT`` whose value is one of the container's
   ``containerPort``s -> the loopback port the harness handed that pod for it.
3. Mount paths: an absolute path under one of the container's volumeMounts (or under the
   image's WORKDIR) -> the same path under the pod's folder, ``<pod>/fs/<path>``.
4. The image: ``/opt/botfarm/bin`` (the images' venv, on PATH) -> this checkout's venv;
   the image's ENV lines are read from services/docker/Dockerfile.{cpu,gpu}.
5. ``TMPDIR`` -> the pod's ``/tmp`` emptyDir (in a container /tmp *is* that volume).
6. ``BOTFARM_DEVICE=cuda`` -> ``cpu`` on the FAKE GPU node: the GPU request is granted,
   the work runs on this machine's CPU.
7. The service account's token and CA, mounted at /var/run/secrets/kubernetes.io/
   serviceaccount, are files in the pod's folder; ``PYTHONPATH`` gets a folder whose
   ``sitecustomize.py`` points the ``kubernetes`` client's two in-cluster file paths
   there (the client hard-codes them; nothing else in the process is changed).
8. Injected, not rewritten: ``BOTFARM_DIE_WITH_PARENT`` (a killed test run leaves no
   server behind) and, as every kubelet does, ``KUBERNETES_SERVICE_HOST``/``_PORT``.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
VENV_BIN = Path(sys.executable).parent
IMAGE_BIN = "/opt/botfarm/bin"
SA_DIR = "/var/run/secrets/kubernetes.io/serviceaccount"
HOST_PATH = "/usr/local/bin:/usr/bin:/bin"


@dataclass
class Rewriter:
    """Rule 1's table (filled by the harness as it hands out Service ports) and the
    record of what was rewritten (for the run's log)."""

    namespace: str
    #: (service name, service port) -> "127.0.0.1:P"
    services: dict[tuple[str, int], str] = field(default_factory=dict)
    applied: list[str] = field(default_factory=list)

    def addresses(self, text: str) -> str:
        """Rule 1."""
        def sub(m: re.Match) -> str:
            key = (m.group(1), int(m.group(3)))
            return self.services.get(key, m.group(0))
        suffix = rf"(\.{re.escape(self.namespace)}(?:\.svc(?:\.cluster\.local)?)?)?"
        return re.sub(rf"\b([a-z0-9][a-z0-9-]*){suffix}:(\d+)\b", sub, text)

    def env(self, name: str, value: str, *, ports: Mapping[int, int], mounts: list[str], fs: Path,
            gpu_node: bool) -> str:
        """Rules 1, 2, 3, 4 and 6 for one env var of a container."""
        new = self.addresses(value)
        if name.endswith("_PORT") and value.isdigit() and int(value) in ports:
            new = str(ports[int(value)])                                    # rule 2
        elif name == "PATH":
            new = value.replace(IMAGE_BIN, str(VENV_BIN))                   # rule 4
        elif name == "BOTFARM_DEVICE" and value.startswith("cuda") and gpu_node:
            new = "cpu"                                                     # rule 6
        else:
            new = self.path(new, mounts, fs)                                # rule 3
        if new != value:
            self.applied.append(f"{name}: {value} -> {new}")
        return new

    def added(self, env: dict[str, str], *, mounts: list[str], fs: Path, sa_site: Path | None) -> dict[str, str]:
        """Rules 5, 7 and 8: the variables added to a container's environment."""
        out = {"BOTFARM_DIE_WITH_PARENT": str(os.getpid())}                 # rule 8
        if "/tmp" in mounts:
            out["TMPDIR"] = f"{fs}/tmp"                                     # rule 5
        if sa_site is not None:                                            # rule 7
            out["PYTHONPATH"] = os.pathsep.join(filter(None, [str(sitecustomize(fs, sa_site)),
                                                              env.get("PYTHONPATH", "")]))
        return out

    def args(self, args: list[str]) -> list[str]:
        """Rule 1 in command and args."""
        return [self.addresses(a) for a in args]

    @staticmethod
    def path(value: str, mounts: list[str], fs: Path) -> str:
        """Rule 3: a path inside one of ``mounts`` -> the pod's folder."""
        for m in sorted(mounts, key=len, reverse=True):
            if value == m or value.startswith(m.rstrip("/") + "/"):
                return str(fs) + value
        return value


def image_env(image: str) -> tuple[dict[str, str], str]:
    """(ENV, WORKDIR) of the runtime stage of the Dockerfile the image is built from
    (rule 4): the CUDA image's name ends in -gpu."""
    dockerfile = ROOT / "services" / "docker" / ("Dockerfile.gpu" if "-gpu" in image.split("@")[0] else
                                                 "Dockerfile.cpu")
    text = dockerfile.read_text().replace("\\\n", " ")
    last_stage = text.rsplit("\nFROM ", 1)[-1]
    env: dict[str, str] = {"PATH": HOST_PATH}
    workdir = "/"
    for line in last_stage.splitlines():
        word, _, rest = line.strip().partition(" ")
        if word == "ENV":
            for k, v in re.findall(r"(\w+)=(\S+)", rest):
                env[k] = v.replace("$PATH", env.get("PATH", HOST_PATH))
        elif word == "WORKDIR":
            workdir = rest.strip()
    return env, workdir


def sitecustomize(fs: Path, folder: Path) -> Path:
    """Rule 7: a folder for PYTHONPATH whose sitecustomize.py points the kubernetes
    client's in-cluster token and CA paths into the pod's folder."""
    folder.mkdir(parents=True, exist_ok=True)
    sa = f"{fs}{SA_DIR}"
    (folder / "sitecustomize.py").write_text(
        "# Written by tests/cluster/podrewrite.py (rule 7): the pod's service-account files.\n"
        "from kubernetes.config import incluster_config\n"
        f"incluster_config.SERVICE_TOKEN_FILENAME = {sa + '/token'!r}\n"
        f"incluster_config.SERVICE_CERT_FILENAME = {sa + '/ca.crt'!r}\n")
    return folder
