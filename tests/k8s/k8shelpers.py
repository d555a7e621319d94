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
