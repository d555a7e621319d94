"""Helpers for the chart and manifest tests: find the real helm/kubectl binaries, render,
walk pod specs, validate against the Kubernetes OpenAPI schemas.

There is no Kubernetes API server here: everything is checked on rendered manifests
(helm template, kubectl kustomize) against the schemas bundled in kubernetes-validate.
"""

from __future__ import annotations

import functools
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import kubernetes_validate
import yaml

ROOT = Path(__file__).resolve().parents[2]
CHART = ROOT / "helm" / "botfarm"
CI_VALUES = sorted((CHART / "ci").glob("*-values.yaml"))
SERVICES = ("ingestion", "cleaning", "training", "registry", "inference")
#: Oldest supported (the chart's kubeVersion floor) and newest bundled schema.
KUBE_VERSIONS = ("1.30.0", kubernetes_validate.latest_version())
RELEASE = "rel"
NAMESPACE = "bots"


def find_tool(name: str) -> str | None:
    """The real binary from PATH (`make test` puts .tools/bin there) or .tools/bin."""
    found = shutil.which(name)
    if found:
        return found
    local = ROOT / ".tools" / "bin" / name
    return str(local) if local.exists() else None


def run(cmd: list[str], check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, capture_output=True, text=True, check=check, timeout=120)


@functools.lru_cache(maxsize=64)
def _render_text(helm: str, values: tuple[str, ...], sets: tuple[str, ...]) -> str:
    cmd = [helm, "template", RELEASE, str(CHART), "--namespace", NAMESPACE]
    for v in values:
        cmd += ["-f", v]
    for s in sets:
        cmd += ["--set", s]
    return run(cmd).stdout


def render(helm: str, values: tuple[str, ...] = (), sets: tuple[str, ...] = ()) -> list[dict]:
    """`helm template` documents (cached: several tests look at the same render)."""
    return load_docs(_render_text(helm, tuple(str(v) for v in values), tuple(sets)))


def render_text(helm: str, values: tuple[str, ...] = (), sets: tuple[str, ...] = ()) -> str:
    return _render_text(helm, tuple(str(v) for v in values), tuple(sets))


def load_docs(text: str) -> list[dict]:
    return [d for d in yaml.safe_load_all(text) if d]


def find(docs: list[dict], kind: str, name: str) -> dict:
    matches = [d for d in docs if d["kind"] == kind and d["metadata"]["name"] == name]
    assert len(matches) == 1, f"expected one {kind}/{name}, found {len(matches)}"
    return matches[0]


def pod_specs(docs: list[dict]) -> Iterator[tuple[str, dict]]:
    """(label, pod spec) of every workload: Deployments, Jobs and bare Pods."""
    for d in docs:
        name = f"{d['kind']}/{d['metadata']['name']}"
        if d["kind"] in ("Deployment", "StatefulSet", "DaemonSet", "Job"):
            yield name, d["spec"]["template"]["spec"]
        elif d["kind"] == "Pod":
            yield name, d["spec"]


def training_job_config(docs: list[dict]) -> dict:
    """The Job template the training service reads, parsed from its ConfigMap."""
    cms = [d for d in docs if d["kind"] == "ConfigMap" and "training-job.yaml" in (d.get("data") or {})]
    assert len(cms) == 1, f"expected one training Job ConfigMap, found {len(cms)}"
    return yaml.safe_load(cms[0]["data"]["training-job.yaml"])


def validate_all(docs: list[dict]) -> tuple[list[str], list[str]]:
    """Validates every document strictly against each of KUBE_VERSIONS.

    Returns (errors, skipped): kinds without a bundled schema (CRDs such as
    ServiceMonitor) are skipped and listed, not silently passed.
    """
    errors, skipped = [], []
    for doc in docs:
        label = f"{doc.get('kind')}/{doc.get('metadata', {}).get('name')}"
        for version in KUBE_VERSIONS:
            try:
                kubernetes_validate.validate(doc, version, strict=True)
            except kubernetes_validate.SchemaNotFoundError:
                skipped.append(f"{label} ({doc['apiVersion']}, no schema for {version})")
            except kubernetes_validate.ValidationError as e:
                path = "/".join(str(p) for p in e.path)
                errors.append(f"{label} @ {version}: {path}: {e.message}")
    return errors, skipped


#: Words in an environment variable's name that mark a credential.
SECRET_WORDS = ("KEY", "TOKEN", "PASSWORD", "ROOT_USER")


def secret_sources(spec: dict, container: dict) -> dict[str, tuple[str, str]]:
    """Each credential a container reads -> (Secret name, key): a ``*_FILE`` variable
    naming a file of a mounted Secret volume (reported under the name without ``_FILE``),
    or a ``secretKeyRef``."""
    volumes = {v["name"]: v["secret"] for v in spec.get("volumes", []) if "secret" in v}
    mounts = {m["mountPath"].rstrip("/"): volumes[m["name"]]
              for m in container.get("volumeMounts", []) if m["name"] in volumes}
    out = {}
    for e in container.get("env", []):
        ref = e.get("valueFrom", {}).get("secretKeyRef")
        if ref:
            out[e["name"]] = (ref["name"], ref["key"])
        elif e["name"].endswith("_FILE") and "value" in e:
            folder, _, file = e["value"].rpartition("/")
            secret = mounts.get(folder)
            if secret is not None:
                items = {i["path"]: i["key"] for i in secret.get("items", [])} or {file: file}
                out[e["name"][:-len("_FILE")]] = (secret["secretName"], items.get(file, file))
    return out


def credentials_are_files_or_refs(spec: dict, container: dict) -> list[str]:
    """The credential variables of a container given as plain values (should be none)."""
    return [e["name"] for e in container.get("env", [])
            if any(w in e["name"] for w in SECRET_WORDS) and "value" in e
            and not (e["name"].endswith("_FILE") and e["name"][:-len("_FILE")] in secret_sources(spec, container))]
