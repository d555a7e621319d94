"""The Kubernetes launcher: manifests validated against the Kubernetes 1.30 OpenAPI
schema, and the launcher's API calls against a FAKE API server (tests/training/fake_k8s.py;
no Kubernetes API server can run here)."""

from __future__ import annotations

import json

import kubernetes_validate
import pytest
from botfarm.core.errors import FailedPrecondition, InvalidArgument
from botfarm.training.jobs import State, status_key
from botfarm.training.launchers.k8s_manifest import job_config_from_dict, render_job
from botfarm.training.manager import JobManager, ManagerConfig
from fake_k8s import FakeKubeAPI
from trainhelpers import FAST_HP, wait_for

#: The Job configuration file as the Helm chart renders it (the documented contract).
CHART_CONFIG = {
    "namespace": "botfarm", "image": "ghcr.io/botfarm/botfarm-gpu:0.1.0", "imagePullPolicy": "IfNotPresent",
    "command": ["botfarm", "train-worker"], "serviceAccountName": "botfarm-training-worker",
    "gpu": {"count": 1, "resourceName": "nvidia.com/gpu"}, "nodeSelector": {"nvidia.com/gpu.present": "true"},
    "tolerations": [{"key": "nvidia.com/gpu", "operator": "Exists", "effect": "NoSchedule"}],
    "runtimeClassName": "nvidia", "resources": {"requests": {"cpu": "4", "memory": "16Gi"}, "limits": {"memory": "32Gi"}},
    "backoffLimit": 3, "activeDeadlineSeconds": 86400, "ttlSecondsAfterFinished": 3600,
    "s3": {"endpoint": "botfarm-minio:9000", "bucket": "botfarm", "secure": False, "region": "",
           "existingSecret": "botfarm-s3", "accessKeyKey": "accesskey", "secretKeyKey": "secretkey"},
    "env": [{"name": "EXTRA", "value": "1"}], "labels": {"team": "bots"},
    "podSecurityContext": {"runAsNonRoot": True, "runAsUser": 10001, "fsGroup": 10001,
                           "seccompProfile": {"type": "RuntimeDefault"}},
    "securityContext": {"allowPrivilegeEscalation": False, "readOnlyRootFilesystem": True,
                        "capabilities": {"drop": ["ALL"]}},
}
JOB_ID = "20261121-120000-123456-0123abcd"


def test_job_manifest_validates_and_carries_the_configuration():
    cfg = job_config_from_dict(CHART_CONFIG)
    m = render_job(cfg, JOB_ID, attempt=2)
    assert kubernetes_validate.validate(m, desired_version="1.30", strict=True) == "1.30"
    spec, pod = m["spec"], m["spec"]["template"]["spec"]
    c = pod["containers"][0]
    assert m["metadata"]["name"] == f"botfarm-train-{JOB_ID}-2" and len(m["metadata"]["name"]) <= 63
    assert m["metadata"]["labels"]["botfarm.dev/training-job"] == JOB_ID
    assert m["metadata"]["labels"]["app.kubernetes.io/managed-by"] == "botfarm-training"
    assert m["metadata"]["labels"]["team"] == "bots"
    assert c["command"] == ["botfarm", "train-worker", "--job", JOB_ID]
    assert c["resources"]["limits"] == {"memory": "32Gi", "nvidia.com/gpu": "1"}
    assert pod["restartPolicy"] == "Never" and pod["runtimeClassName"] == "nvidia"
    assert pod["nodeSelector"] == {"nvidia.com/gpu.present": "true"}
    assert pod["tolerations"][0]["key"] == "nvidia.com/gpu"
    assert spec["backoffLimit"] == 3 and spec["activeDeadlineSeconds"] == 86400
    assert spec["ttlSecondsAfterFinished"] == 3600
    rules = spec["podFailurePolicy"]["rules"]
    assert rules[0]["action"] == "FailJob" and rules[0]["onExitCodes"]["values"] == [1]
    assert rules[1]["action"] == "Ignore" and rules[1]["onPodConditions"][0]["type"] == "DisruptionTarget"
    env = {e["name"]: e for e in c["env"]}
    # The S3 keys are files of the mounted Secret, not env values.
    assert env["BOTFARM_S3_SECRET_KEY_FILE"]["value"] == "/etc/botfarm-secrets/s3/secretkey"
    assert {"name": "s3-credentials", "mountPath": "/etc/botfarm-secrets/s3", "readOnly": True} in c["volumeMounts"]
    [volume] = [v for v in pod["volumes"] if v["name"] == "s3-credentials"]
    assert volume["secret"]["secretName"] == "botfarm-s3"
    assert "BOTFARM_S3_SECRET_KEY" not in env
    assert env["BOTFARM_S3_BUCKET"]["value"] == "botfarm" and env["EXTRA"]["value"] == "1"
    assert "secretkey" not in json.dumps(c["command"])
    # A CPU-only configuration asks for no GPU at all.
    cpu = render_job(job_config_from_dict({**CHART_CONFIG, "gpu": {"count": 0}}), JOB_ID)
    assert "nvidia.com/gpu" not in json.dumps(cpu["spec"]["template"]["spec"]["containers"][0]["resources"])


def test_bad_configuration_is_refused():
    with pytest.raises(InvalidArgument, match="unknown keys"):
        job_config_from_dict({**CHART_CONFIG, "imagee": "x"})


@pytest.fixture
def fake_api():
    api = FakeKubeAPI()
    yield api
    api.close()


@pytest.fixture
def k8s_manager(store, fake_api):
    from botfarm.training.launchers.kubernetes import KubernetesLauncher

    launcher = KubernetesLauncher(job_config_from_dict({**CHART_CONFIG, "pendingTimeoutSeconds": 3600}),
                                  fake_api.api_client(), watch_timeout_s=1, pod_check_every_s=0)
    mgr = JobManager(store, {"kubernetes": launcher}, ManagerConfig(poll_interval_s=0.05,
                                                                    default_launcher="kubernetes"))
    yield mgr
    mgr.stop()


def _step(mgr, job_id, pred):
    def check():
        mgr.reconcile()
        job = mgr.get(job_id)
        return job if pred(job) else None
    return wait_for(check, timeout=30, every=0.1)


def test_launch_watch_410_pending_reason_and_success(k8s_manager, fake_api, store, dataset, base_ref):
    fake_api.gone_watches = 1  # the first watch's resourceVersion has expired
    job = k8s_manager.create(model="kbot", clean_dataset=dataset, base_model=base_ref, hyperparameters=FAST_HP)
    k8s_manager.reconcile()
    running = k8s_manager.get(job.id)
    assert running.state == State.RUNNING and running.attempts == 1
    name = running.launcher_state["k8s_job"]
    created = fake_api.jobs[name]
    assert created["spec"]["template"]["spec"]["containers"][0]["command"][-2:] == ["--job", job.id]
    posts = [r for r in fake_api.requests if r[0] == "POST"]
    assert len(posts) == 1 and posts[0][1] == "/apis/batch/v1/namespaces/botfarm/jobs"
    # After the 410 the launcher lists again and keeps watching.
    launcher = k8s_manager.launchers["kubernetes"]
    wait_for(lambda: launcher.lists >= 2, timeout=20)

    # A pod that cannot pull its image: the job says why while it waits.
    fake_api.add_pod(name, waiting_reason="ImagePullBackOff")
    pending = _step(k8s_manager, job.id, lambda j: "ImagePullBackOff" in j.error_message)
    assert pending.state == State.RUNNING and "ghcr.io/botfarm/botfarm-gpu" in pending.error_message

    # The pod starts, the worker (not run here) reports success, the Job completes.
    fake_api.clear_pods()
    _step(k8s_manager, job.id, lambda j: j.error_message == "")
    store.put_bytes(status_key(job.id), json.dumps({"result": "succeeded", "model_version": "models/kbot/versions/1",
                                                    "progress": {"step": 8, "total_steps": 8}}).encode())
    fake_api.set_condition(name, "Complete")
    done = _step(k8s_manager, job.id, lambda j: j.state.terminal)
    assert done.state == State.SUCCEEDED and done.model_version == "models/kbot/versions/1"


def test_cancel_deletes_the_job_with_its_pods(k8s_manager, fake_api, dataset, base_ref):
    job = k8s_manager.create(model="kbot", clean_dataset=dataset, base_model=base_ref)
    k8s_manager.reconcile()
    name = k8s_manager.get(job.id).launcher_state["k8s_job"]
    fake_api.add_pod(name)
    cancelled = k8s_manager.cancel(job.name)
    assert cancelled.state == State.CANCELLED
    assert [n for n, _ in fake_api.deletes] == [name]
    assert fake_api.deletes[0][1]["propagationPolicy"] == "Foreground"
    assert name not in fake_api.jobs and not fake_api.pods
    with pytest.raises(FailedPrecondition):
        k8s_manager.cancel(job.name)


def test_failed_job_and_stuck_pod_fail_the_training_job(store, fake_api, dataset, base_ref):
    from botfarm.training.launchers.kubernetes import KubernetesLauncher

    launcher = KubernetesLauncher(job_config_from_dict({**CHART_CONFIG, "pendingTimeoutSeconds": 0}),
                                  fake_api.api_client(), watch_timeout_s=1, pod_check_every_s=0)
    mgr = JobManager(store, {"kubernetes": launcher}, ManagerConfig(default_launcher="kubernetes"))
    try:
        failing = mgr.create(model="kbot", clean_dataset=dataset, base_model=base_ref)
        mgr.reconcile()
        fake_api.set_condition(mgr.get(failing.id).launcher_state["k8s_job"], "Failed", "PodFailurePolicy",
                               "Container worker for pod x failed with exit code 1 matching FailJob rule")
        failed = _step(mgr, failing.id, lambda j: j.state.terminal)
        assert failed.state == State.FAILED and "PodFailurePolicy" in failed.error_message

        stuck = mgr.create(model="kbot", clean_dataset=dataset, base_model=base_ref)
        mgr.reconcile()
        name = mgr.get(stuck.id).launcher_state["k8s_job"]
        fake_api.add_pod(name, unschedulable="0/3 nodes are available: 3 Insufficient nvidia.com/gpu.")
        gone = _step(mgr, stuck.id, lambda j: j.state.terminal)
        assert gone.state == State.FAILED and "Unschedulable" in gone.error_message
        assert name in [n for n, _ in fake_api.deletes]  # nothing left holding a GPU request
    finally:
        mgr.stop()


def test_job_refused_by_the_api_server_fails_the_training_job(store, fake_api, dataset, base_ref):
    from botfarm.training.launchers.kubernetes import KubernetesLauncher

    launcher = KubernetesLauncher(job_config_from_dict(CHART_CONFIG), fake_api.api_client(), watch_timeout_s=1,
                                  pod_check_every_s=0)
    mgr = JobManager(store, {"kubernetes": launcher}, ManagerConfig(default_launcher="kubernetes"))
    try:
        # A quota that is used up frees again: the job waits, with the reason shown.
        fake_api.refuse_create = (403, 'jobs "x" is forbidden: exceeded quota: gpus')
        waiting = mgr.create(model="kbot", clean_dataset=dataset, base_model=base_ref)
        mgr.reconcile()
        got = mgr.get(waiting.id)
        assert got.state == State.QUEUED and "exceeded quota" in got.error_message
        # Missing RBAC never heals: the job fails instead of staying QUEUED for ever.
        fake_api.refuse_create = (403, 'jobs.batch is forbidden: User "system:serviceaccount:botfarm:x" cannot create')
        mgr.reconcile()
        got = mgr.get(waiting.id)
        assert got.state == State.FAILED and "cannot create" in got.error_message
    finally:
        mgr.stop()


def test_no_credentials_leave_the_launcher_unavailable_not_crashed(monkeypatch, tmp_path):
    """Outside a pod and without a kubeconfig the launcher still constructs (the
    service starts and serves); using it says why it cannot reach the API."""
    from botfarm.core.errors import Unavailable
    from botfarm.training.launchers.kubernetes import KubernetesLauncher

    monkeypatch.delenv("KUBERNETES_SERVICE_HOST", raising=False)
    monkeypatch.setenv("KUBECONFIG", str(tmp_path / "no-such-kubeconfig"))
    launcher = KubernetesLauncher(job_config_from_dict(CHART_CONFIG))
    with pytest.raises(Unavailable, match="no Kubernetes API credentials"):
        _ = launcher.batch
