"""Kueue queueing and multi-node (Indexed Job + headless Service) training Jobs: the
manifests validated against the Kubernetes OpenAPI schema, and the launcher and job
manager against a FAKE API server (tests/training/fake_k8s.py; no Kubernetes API server,
no Kueue controller can run here: the test admits and preempts Jobs as Kueue would, by
unsuspending and suspending them)."""

from __future__ import annotations

import json

import kubernetes_validate
import pytest
from botfarm.core.errors import InvalidArgument
from botfarm.training.jobs import State, status_key
from botfarm.training.launchers.k8s_manifest import job_config_from_dict, render_distributed, render_job
from botfarm.training.manager import JobManager, ManagerConfig
from fake_k8s import FakeKubeAPI
from test_kubernetes import CHART_CONFIG, JOB_ID, _step
from trainhelpers import FAST_HP

KUEUE = {"queueName": "team-a", "workloadPriorityClass": "batch-low"}
#: Two pods of two GPUs each, queued by Kueue: a world of 4 processes.
MULTI = {**CHART_CONFIG, "nodes": 2, "gpu": {"count": 2, "resourceName": "nvidia.com/gpu"}, "kueue": KUEUE,
         "priorityClassName": "training-high", "pendingTimeoutSeconds": 3600}
#: batch_size 4 over 4 processes: one block each.
HP = {**FAST_HP, "batch_size": 4}


def test_indexed_job_and_headless_service_validate_and_wire_the_rendezvous():
    cfg = job_config_from_dict(MULTI)
    assert cfg.world_size == 4
    job, service = render_distributed(cfg, JOB_ID, attempt=3)
    for m in (job, service):
        assert kubernetes_validate.validate(m, desired_version="1.30", strict=True) == "1.30"
    name = f"botfarm-train-{JOB_ID}-3"
    assert job["metadata"]["name"] == service["metadata"]["name"] == name
    spec, pod = job["spec"], job["spec"]["template"]["spec"]
    assert spec["completionMode"] == "Indexed" and spec["completions"] == spec["parallelism"] == 2
    # A pod restarted alone could not rejoin the others: any failure ends the attempt.
    assert spec["backoffLimit"] == 0 and "podFailurePolicy" not in spec
    assert service["spec"]["clusterIP"] == "None" and service["spec"]["publishNotReadyAddresses"] is True
    assert service["spec"]["selector"]["batch.kubernetes.io/job-name"] == name
    assert pod["subdomain"] == name
    cmd = pod["containers"][0]["command"]
    assert cmd[:5] == ["torchrun", "--nnodes=2", "--node-rank=$(JOB_COMPLETION_INDEX)",
                       f"--master-addr={name}-0.{name}", "--master-port=29500"]
    assert "--nproc-per-node=2" in cmd and "--max-restarts=0" in cmd
    assert cmd[cmd.index("--no-python") + 1:] == ["botfarm", "train-worker", "--job", JOB_ID]
    assert pod["containers"][0]["resources"]["limits"]["nvidia.com/gpu"] == "2"
    assert pod["priorityClassName"] == "training-high"
    # Kueue: the queue and the workload priority on the Job, created suspended.
    labels = job["metadata"]["labels"]
    assert labels["kueue.x-k8s.io/queue-name"] == "team-a"
    assert labels["kueue.x-k8s.io/priority-class"] == "batch-low"
    assert spec["suspend"] is True


def test_one_pod_with_several_gpus_runs_torchrun_standalone():
    cfg = job_config_from_dict({**CHART_CONFIG, "gpu": {"count": 4, "resourceName": "nvidia.com/gpu"}})
    assert cfg.world_size == 4
    objects = render_distributed(cfg, JOB_ID)
    assert len(objects) == 1  # no Service: the rendezvous is local to the pod
    job = objects[0]
    kubernetes_validate.validate(job, desired_version="1.30", strict=True)
    cmd = job["spec"]["template"]["spec"]["containers"][0]["command"]
    assert cmd[:3] == ["torchrun", "--standalone", "--nnodes=1"] and "--nproc-per-node=4" in cmd
    # torchrun exits 1 for any failed process, killed or not: no FailJob on exit code 1,
    # a preempted pod is still not counted against backoffLimit.
    rules = job["spec"]["podFailurePolicy"]["rules"]
    assert [r["action"] for r in rules] == ["Ignore"]
    assert "suspend" not in job["spec"] and "kueue.x-k8s.io/queue-name" not in job["metadata"]["labels"]


def test_a_single_process_job_is_unchanged_and_a_job_may_name_its_own_queue():
    cfg = job_config_from_dict(CHART_CONFIG)
    job = render_job(cfg, JOB_ID, queue_name="team-b")
    assert job["spec"]["template"]["spec"]["containers"][0]["command"] == ["botfarm", "train-worker", "--job", JOB_ID]
    assert job["spec"]["podFailurePolicy"]["rules"][0]["action"] == "FailJob"
    assert job["metadata"]["labels"]["kueue.x-k8s.io/queue-name"] == "team-b" and job["spec"]["suspend"] is True
    # No workload priority class configured: Kueue takes the pods' PriorityClass.
    assert "kueue.x-k8s.io/priority-class" not in job["metadata"]["labels"]


@pytest.mark.parametrize("bad, match", [({"nodes": 0}, "nodes"), ({"kueue": {"queue": "x"}}, "unknown keys"),
                                        ({"kueue": {"queueName": "Team A!"}}, "label value")])
def test_bad_distributed_configuration_is_refused(bad, match):
    with pytest.raises(InvalidArgument, match=match):
        job_config_from_dict({**CHART_CONFIG, **bad})


@pytest.fixture
def fake_api():
    api = FakeKubeAPI()
    yield api
    api.close()


def _manager(store, fake_api, config: dict) -> JobManager:
    from botfarm.training.launchers.kubernetes import KubernetesLauncher

    launcher = KubernetesLauncher(job_config_from_dict(config), fake_api.api_client(), watch_timeout_s=1,
                                  pod_check_every_s=0)
    return JobManager(store, {"kubernetes": launcher}, ManagerConfig(poll_interval_s=0.05,
                                                                    default_launcher="kubernetes"))


def test_kueue_walk_suspended_admitted_running_succeeded(store, fake_api, dataset, base_ref):
    mgr = _manager(store, fake_api, MULTI)
    try:
        job = mgr.create(model="kbot", clean_dataset=dataset, base_model=base_ref, hyperparameters=HP)
        assert job.workers == 4
        mgr.reconcile()
        queued = mgr.get(job.id)
        # Submitted, suspended: QUEUED with the reason, not RUNNING.
        assert queued.state == State.QUEUED and queued.attempts == 1
        assert queued.error_message == "waiting for Kueue admission (queue team-a)"
        name = queued.launcher_state["k8s_job"]
        created = fake_api.jobs[name]
        assert created["spec"]["suspend"] is True
        assert created["metadata"]["labels"]["kueue.x-k8s.io/queue-name"] == "team-a"
        # The rendezvous Service, a dependent of the Job (deleted with it).
        service = fake_api.services[name]
        assert service["metadata"]["ownerReferences"] == [
            {"apiVersion": "batch/v1", "kind": "Job", "name": name, "uid": created["metadata"]["uid"]}]
        mgr.reconcile()  # still waiting: nothing is launched twice
        assert [r[1] for r in fake_api.requests if r[0] == "POST"].count(
            "/apis/batch/v1/namespaces/botfarm/jobs") == 1

        fake_api.set_suspend(name, False)  # Kueue admits it
        running = _step(mgr, job.id, lambda j: j.state == State.RUNNING)
        assert running.error_message == "" and running.start_time

        fake_api.set_suspend(name, True)  # Kueue preempts it for a higher-priority workload
        preempted = _step(mgr, job.id, lambda j: j.state == State.QUEUED)
        assert "waiting for Kueue admission" in preempted.error_message and "suspended" in preempted.error_message
        mgr.reconcile()  # still waiting: the reason stays as it was
        assert mgr.get(job.id).error_message == preempted.error_message
        fake_api.set_suspend(name, False)  # readmitted: the pods resume from the checkpoint
        _step(mgr, job.id, lambda j: j.state == State.RUNNING)

        fake_api.services.pop(name)  # deleted by hand while the group runs: put back
        _step(mgr, job.id, lambda j: name in fake_api.services)

        store.put_bytes(status_key(job.id), json.dumps({
            "result": "succeeded", "model_version": "models/kbot/versions/1",
            "progress": {"step": 8, "total_steps": 8}}).encode())
        fake_api.set_condition(name, "Complete")
        done = _step(mgr, job.id, lambda j: j.state.terminal)
        assert done.state == State.SUCCEEDED and done.model_version == "models/kbot/versions/1"
        assert done.attempts == 1
    finally:
        mgr.stop()


def test_cancel_while_queued_deletes_the_job_and_its_service(store, fake_api, dataset, base_ref):
    mgr = _manager(store, fake_api, MULTI)
    try:
        job = mgr.create(model="kbot", clean_dataset=dataset, base_model=base_ref, hyperparameters=HP,
                         queue_name="team-b")
        mgr.reconcile()
        name = mgr.get(job.id).launcher_state["k8s_job"]
        assert fake_api.jobs[name]["metadata"]["labels"]["kueue.x-k8s.io/queue-name"] == "team-b"
        assert mgr.cancel(job.name).state == State.CANCELLED
        assert name not in fake_api.jobs and name not in fake_api.services
    finally:
        mgr.stop()


def test_a_failed_pod_of_a_group_relaunches_the_whole_group(store, fake_api, dataset, base_ref):
    mgr = _manager(store, fake_api, {**MULTI, "kueue": {}})
    try:
        job = mgr.create(model="kbot", clean_dataset=dataset, base_model=base_ref, hyperparameters=HP)
        running = _step(mgr, job.id, lambda j: j.state == State.RUNNING)  # no queue: runs at once
        first = running.launcher_state["k8s_job"]
        assert "suspend" not in fake_api.jobs[first]["spec"]
        fake_api.set_condition(first, "Failed", "BackoffLimitExceeded", "Job has reached the specified backoff limit")
        again = _step(mgr, job.id, lambda j: j.attempts == 2)
        second = again.launcher_state["k8s_job"]
        assert again.state == State.RUNNING and second.endswith("-2") and second in fake_api.services
        assert first not in fake_api.services  # the finished attempt's Service is gone
        # A fatal error reported by rank 0 stops the group at once (its exit code says nothing).
        store.put_bytes(status_key(job.id), json.dumps({"result": "failed", "error": "bad input"}).encode())
        failed = _step(mgr, job.id, lambda j: j.state.terminal)
        assert failed.state == State.FAILED and failed.error_message == "bad input"
        assert second not in fake_api.jobs and second not in fake_api.services
    finally:
        mgr.stop()


def test_workers_and_queue_names_are_checked_at_create(store, fake_api, dataset, base_ref):
    mgr = _manager(store, fake_api, MULTI)
    try:
        with pytest.raises(InvalidArgument, match="run 4 processes"):
            mgr.create(model="kbot", clean_dataset=dataset, base_model=base_ref, hyperparameters=HP, workers=2)
        with pytest.raises(InvalidArgument, match="label value"):
            mgr.create(model="kbot", clean_dataset=dataset, base_model=base_ref, hyperparameters=HP,
                       queue_name="no/slash")
        with pytest.raises(InvalidArgument, match="multiple of 4 workers"):
            mgr.create(model="kbot", clean_dataset=dataset, base_model=base_ref, hyperparameters=FAST_HP)
    finally:
        mgr.stop()


def test_a_refused_rendezvous_service_fails_the_job_and_removes_its_job(store, fake_api, dataset, base_ref):
    fake_api.refuse_services = (403, 'services is forbidden: User "system:serviceaccount:botfarm:x" cannot create')
    mgr = _manager(store, fake_api, MULTI)
    try:
        job = mgr.create(model="kbot", clean_dataset=dataset, base_model=base_ref, hyperparameters=HP)
        mgr.reconcile()
        failed = mgr.get(job.id)
        assert failed.state == State.FAILED and "rendezvous Service" in failed.error_message
        assert "cannot create" in failed.error_message
        assert not fake_api.jobs  # nothing left holding GPUs
    finally:
        mgr.stop()
