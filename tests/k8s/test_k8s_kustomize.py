"""The plain manifests in k8s/: built with the real `kubectl kustomize`, validated against
the Kubernetes schemas, and kept consistent with the chart (k8s/generate.py).

No Kubernetes API server runs here: only the built manifests are checked.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
import yaml
from k8shelpers import (
    ROOT,
    credentials_are_files_or_refs,
    find,
    load_docs,
    pod_specs,
    render,
    run,
    training_job_config,
    validate_all,
)

K8S = ROOT / "k8s"
OVERLAYS = ("cpu-dev", "gpu")


def _generator():
    spec = importlib.util.spec_from_file_location("k8s_generate", K8S / "generate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def kustomize(kubectl: str, overlay: str) -> list[dict]:
    return load_docs(run([kubectl, "kustomize", str(K8S / "overlays" / overlay)]).stdout)


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_overlay_builds_and_validates(kubectl, overlay):
    docs = kustomize(kubectl, overlay)
    errors, skipped = validate_all(docs)
    assert not errors, "\n".join(errors)
    assert not skipped
    assert all(d["metadata"].get("namespace") == "botfarm" for d in docs)
    assert {d["kind"] for d in docs} >= {"Deployment", "Service", "ConfigMap", "Role", "RoleBinding", "ServiceAccount"}


def test_committed_manifests_are_what_the_chart_generates(helm, tmp_path, monkeypatch):
    """k8s/ must be regenerated (python k8s/generate.py) whenever the chart changes."""
    monkeypatch.setenv("PATH", str(Path(helm).parent), prepend=":")
    files = _generator().generate(tmp_path)
    assert files
    stale = [rel for rel, text in files.items() if not (K8S / rel).exists() or (K8S / rel).read_text() != text]
    assert not stale, f"run `python k8s/generate.py`: out of date: {stale}"


def _essentials(docs: list[dict]) -> dict:
    """What must agree between the chart and the plain manifests."""
    out = {}
    for d in docs:
        if d["kind"] == "Pod":  # helm test pods exist only in the chart
            continue
        out[(d["kind"], d["metadata"]["name"])] = d["kind"]
    for label, spec in pod_specs(docs):
        if label.startswith("Pod/"):
            continue
        for c in spec["containers"]:
            out[(label, c["name"])] = {
                "image": c["image"], "command": c.get("command"), "resources": c.get("resources"),
                "env": sorted(e["name"] for e in c.get("env", [])),
                "probes": [c.get(p) for p in ("startupProbe", "livenessProbe", "readinessProbe")],
                "securityContext": c.get("securityContext"),
            }
        out[(label, "pod")] = {k: spec.get(k) for k in (
            "nodeSelector", "tolerations", "runtimeClassName", "securityContext", "serviceAccountName")}
    return out


@pytest.mark.parametrize("overlay, values", [
    ("cpu-dev", ("base.yaml", "cpu-dev.yaml")),
    ("gpu", ("base.yaml", "gpu.yaml")),
])
def test_overlay_agrees_with_the_chart(helm, kubectl, overlay, values):
    chart_docs = [d for d in render(helm, tuple(K8S / "values" / v for v in values))
                  if not (d.get("metadata", {}).get("annotations") or {}).get("helm.sh/hook") == "test"]
    # The chart is rendered under another release name; map its names onto "botfarm-*".
    text = yaml.safe_dump_all(chart_docs).replace("rel-botfarm-", "botfarm-")
    chart_docs = load_docs(text)
    plain_docs = kustomize(kubectl, overlay)
    assert _essentials(plain_docs) == _essentials(chart_docs)
    chart_job = training_job_config(chart_docs)
    plain_job = training_job_config(plain_docs)
    assert chart_job["namespace"] == "bots" and plain_job["namespace"] == "botfarm"
    chart_job["namespace"] = "botfarm"
    chart_job["labels"]["app.kubernetes.io/instance"] = "botfarm"
    assert plain_job == chart_job


def test_gpu_overlay_schedules_training_and_inference_on_gpus(kubectl):
    docs = kustomize(kubectl, "gpu")
    job = training_job_config(docs)
    assert job["gpu"] == {"count": 1, "resourceName": "nvidia.com/gpu"}
    assert {"key": "nvidia.com/gpu", "operator": "Exists", "effect": "NoSchedule"} in job["tolerations"]
    pod = find(docs, "Deployment", "botfarm-inference")["spec"]["template"]["spec"]
    assert pod["containers"][0]["resources"]["limits"]["nvidia.com/gpu"] in ("1", 1)
    assert pod["nodeSelector"] == {"nvidia.com/gpu.present": "true"}
    cpu_job = training_job_config(kustomize(kubectl, "cpu-dev"))
    assert cpu_job["gpu"]["count"] == 0 and cpu_job["tolerations"] == []


def test_plain_manifests_hold_no_secret_material(kubectl):
    for overlay in OVERLAYS:
        docs = kustomize(kubectl, overlay)
        assert not [d for d in docs if d["kind"] == "Secret"], overlay
        for label, spec in pod_specs(docs):
            for c in spec["containers"]:
                assert not credentials_are_files_or_refs(spec, c), (overlay, label)
