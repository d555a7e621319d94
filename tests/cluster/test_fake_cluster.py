"""The FAKE Job controller and kubelet themselves: the Kubernetes semantics the release
test relies on, each shown on a tiny Job whose container is a one-line Python process."""

from __future__ import annotations

import sys

import pytest
from clusteruser import wait_until
from fake_jobcontroller import FakeJobController
from fake_k8s import FakeKubeAPI
from kubelet import Cluster, Node, Objects, Pod
from podrewrite import Rewriter


@pytest.fixture
def cluster(tmp_path):
    api = FakeKubeAPI()
    c = Cluster(tmp_path, "ns", Objects([]), Rewriter("ns"), [Node("cpu-node-1")])

    def run_pod(pod, on_running, on_exit):
        p = Pod(c, pod["metadata"]["name"], pod["spec"], pod["metadata"]["labels"], restart_policy="Never",
                on_running=on_running, on_exit=on_exit)
        p.start()
        return p
    ctl = FakeJobController(api, run_pod, retry_delay_s=0.05, termination_grace_s=5)
    yield api, ctl
    ctl.close()
    api.close()


def _job(api, name: str, code: str, **spec) -> None:
    """Creates a Job through the REST API, as the training controller does."""
    from kubernetes import client

    body = {"apiVersion": "batch/v1", "kind": "Job", "metadata": {"name": name, "labels": {"app": "t"}},
            "spec": {"backoffLimit": 1, **spec, "template": {"metadata": {"labels": {"app": "t"}}, "spec": {
                "restartPolicy": "Never", "automountServiceAccountToken": False,
                "containers": [{"name": "worker", "image": "botfarm",
                                "command": [sys.executable, "-c", code]}]}}}}
    client.BatchV1Api(api.api_client()).create_namespaced_job("ns", body)


def _finished(api, name: str) -> dict:
    return wait_until(lambda: (j := api.jobs[name])["status"].get("conditions") and
                      j["status"]["conditions"][-1]["type"] in ("Complete", "Failed") and j, 60, f"Job {name} to end")


def _codes(ctl, name: str) -> list[int]:
    pods = sorted(ctl.pods_of(name), key=lambda p: int(p["metadata"]["resourceVersion"]))
    return [p["status"]["containerStatuses"][0]["state"]["terminated"]["exitCode"] for p in pods]


def test_success_reports_success_criteria_then_complete(cluster):
    api, ctl = cluster
    _job(api, "ok", "pass")
    job = _finished(api, "ok")
    assert [c["type"] for c in job["status"]["conditions"]] == ["SuccessCriteriaMet", "Complete"]
    assert job["status"]["conditions"][1]["reason"] == "CompletionsReached"
    assert job["status"]["succeeded"] == 1 and job["status"]["failed"] == 0 and "completionTime" in job["status"]


def test_failed_pods_are_retried_until_the_backoff_limit(cluster):
    api, ctl = cluster
    _job(api, "crash", "raise SystemExit(3)", backoffLimit=2)
    job = _finished(api, "crash")
    assert [c["type"] for c in job["status"]["conditions"]] == ["FailureTarget", "Failed"]
    assert job["status"]["conditions"][1]["reason"] == "BackoffLimitExceeded"
    assert job["status"]["failed"] == 3 and _codes(ctl, "crash") == [3, 3, 3]


def test_pod_failure_policy_fails_the_job_on_a_listed_exit_code(cluster):
    api, ctl = cluster
    policy = {"rules": [{"action": "FailJob", "onExitCodes": {"containerName": "worker", "operator": "In",
                                                              "values": [1]}}]}
    _job(api, "bad-input", "raise SystemExit(1)", backoffLimit=5, podFailurePolicy=policy)
    job = _finished(api, "bad-input")
    cond = job["status"]["conditions"][-1]
    assert cond["reason"] == "PodFailurePolicy" and _codes(ctl, "bad-input") == [1]
    assert cond["message"].startswith("Container worker for pod ns/bad-input-") and "exit code 1" in cond["message"]


def test_an_eviction_is_ignored_by_the_pod_failure_policy(cluster, tmp_path):
    api, ctl = cluster
    flag = tmp_path / "second-run"
    code = (f"import pathlib, time; f = pathlib.Path({str(flag)!r})\n"
            "if f.exists(): raise SystemExit(0)\nf.touch(); time.sleep(120)")
    policy = {"rules": [{"action": "Ignore", "onPodConditions": [{"type": "DisruptionTarget", "status": "True"}]}]}
    _job(api, "evicted", code, backoffLimit=0, podFailurePolicy=policy)
    first = wait_until(lambda: flag.exists() and ctl.running_pod("evicted"), 60, "the first pod to run")
    from kubernetes import client

    client.CoreV1Api(api.api_client()).create_namespaced_pod_eviction(
        first, "ns", {"apiVersion": "policy/v1", "kind": "Eviction", "metadata": {"name": first}})
    job = _finished(api, "evicted")
    assert job["status"]["conditions"][-1]["type"] == "Complete"
    assert job["status"]["failed"] == 0 and _codes(ctl, "evicted") == [143, 0]


def test_active_deadline_terminates_the_pod_and_fails_the_job(cluster):
    api, ctl = cluster
    _job(api, "slow", "import time; time.sleep(120)", activeDeadlineSeconds=1)
    job = _finished(api, "slow")
    assert job["status"]["conditions"][-1]["reason"] == "DeadlineExceeded"
    assert _codes(ctl, "slow") == [143]


def test_the_fake_scheduler_places_gpu_pods_on_a_gpu_node_only():
    from helmrelease import nodes

    cpu, gpu = nodes()
    spec = {"containers": [{"name": "w", "resources": {"limits": {"nvidia.com/gpu": "1"}}}],
            "nodeSelector": {"nvidia.com/gpu.present": "true"}, "runtimeClassName": "nvidia",
            "tolerations": [{"key": "nvidia.com/gpu", "operator": "Exists", "effect": "NoSchedule"}]}
    assert "lacks label" in cpu.why_not(spec) and gpu.why_not(spec) == ""
    assert "untolerated taint" in gpu.why_not({"containers": [{"name": "w"}]})
    gpu.used["nvidia.com/gpu"] = 8
    assert "Insufficient nvidia.com/gpu" in gpu.why_not(spec)
