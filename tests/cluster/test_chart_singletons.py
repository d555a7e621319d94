"""Which services the chart lets you scale: the training controller is a singleton (the
schema refuses a second replica, the Deployment rolls out with Recreate), so is the
bundled MinIO (one ReadWriteOnce volume, Recreate); the stateless
services (state in the object store) take any number (README, "Replicas: which services
scale"). The release test restarts the controller through `Release.restart`, which
insists on Recreate."""

from __future__ import annotations

import subprocess

from helmrelease import CHART, NAMESPACE, RELEASE, helm, render


def _deployments(values: str) -> dict[str, dict]:
    return {d["metadata"]["name"]: d for d in render(values) if d["kind"] == "Deployment"}


def test_the_schema_refuses_two_training_controllers():
    out = subprocess.run([helm(), "template", RELEASE, str(CHART), "--namespace", NAMESPACE,
                          "--set", "training.replicas=2"], capture_output=True, text=True, timeout=120)
    assert out.returncode != 0
    assert "training.replicas" in out.stderr.replace("/", ".") and "maximum" in out.stderr, out.stderr


def test_the_training_controller_rolls_out_with_recreate_and_others_scale():
    deployments = _deployments("gpu-values.yaml")
    training = deployments[f"{RELEASE}-training"]["spec"]
    assert training["replicas"] == 1 and training["strategy"] == {"type": "Recreate"}
    for svc in ("registry", "inference"):
        spec = deployments[f"{RELEASE}-{svc}"]["spec"]
        assert spec["replicas"] == 2 and "strategy" not in spec  # RollingUpdate, the default


def test_the_bundled_minio_is_one_pod_rolled_out_with_recreate():
    # Its one ReadWriteOnce volume (with persistence on): a RollingUpdate would start the
    # new pod while the old one still holds the claim, and the new one would never mount it.
    for values in ("cpu-dev-values.yaml", "gpu-values.yaml"):
        minio = _deployments(values)[f"{RELEASE}-minio"]["spec"]
        assert minio["replicas"] == 1 and minio["strategy"] == {"type": "Recreate"}, values
    assert f"{RELEASE}-minio" not in _deployments("external-s3-values.yaml")
