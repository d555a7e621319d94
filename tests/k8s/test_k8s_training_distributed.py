"""Distributed and Kueue-queued training Jobs from the chart: `helm template` (the real
helm) renders the Job configuration, the training service's launcher renders the Jobs
and Services from it, and kubernetes-validate checks them against the Kubernetes OpenAPI
schemas (strict, oldest and newest supported version). No API server runs here."""

from __future__ import annotations

import pytest
from botfarm.training.launchers.k8s_manifest import job_config_from_dict, render_distributed
from k8shelpers import CHART, NAMESPACE, RELEASE, find, render, run, training_job_config, validate_all

GPU = CHART / "ci" / "gpu-values.yaml"
DISTRIBUTED = ("training.nodes=2", "training.gpu.count=4", "training.kueue.queueName=gpu-queue",
               "training.kueue.workloadPriorityClass=batch-low", "training.priorityClassName=training-high")
JOB_ID = "20261121-120000-123456-0123abcd"


def test_nodes_kueue_and_priority_render_an_indexed_job_with_a_headless_service(helm):
    cfg = job_config_from_dict(training_job_config(render(helm, (GPU,), DISTRIBUTED)))
    assert cfg.world_size == 8
    objects = render_distributed(cfg, JOB_ID)
    errors, skipped = validate_all(objects)
    assert not errors and not skipped, errors + skipped
    job, service = objects
    name = job["metadata"]["name"]
    assert (job["kind"], service["kind"]) == ("Job", "Service")
    assert job["metadata"]["namespace"] == service["metadata"]["namespace"] == NAMESPACE
    spec, pod = job["spec"], job["spec"]["template"]["spec"]
    assert spec["completionMode"] == "Indexed" and spec["completions"] == spec["parallelism"] == 2
    assert service["spec"]["clusterIP"] == "None" and pod["subdomain"] == service["metadata"]["name"] == name
    cmd = pod["containers"][0]["command"]
    assert cmd[0] == "torchrun" and f"--master-addr={name}-0.{name}" in cmd and "--nproc-per-node=4" in cmd
    assert pod["containers"][0]["resources"]["limits"]["nvidia.com/gpu"] == "4"
    assert job["metadata"]["labels"]["kueue.x-k8s.io/queue-name"] == "gpu-queue"
    assert job["metadata"]["labels"]["kueue.x-k8s.io/priority-class"] == "batch-low"
    assert spec["suspend"] is True
    assert pod["priorityClassName"] == "training-high"
    assert pod["serviceAccountName"] == f"{RELEASE}-botfarm-training-worker"


def test_defaults_render_one_unsuspended_single_process_job(helm):
    cfg = job_config_from_dict(training_job_config(render(helm)))
    assert (cfg.nodes, cfg.world_size, cfg.kueue, cfg.priorityClassName) == (1, 1, {"queueName": "",
                                                                                     "workloadPriorityClass": ""}, "")
    objects = render_distributed(cfg, JOB_ID)
    assert [o["kind"] for o in objects] == ["Job"]
    assert not validate_all(objects)[0]
    job = objects[0]
    assert "suspend" not in job["spec"] and "completionMode" not in job["spec"]
    assert not any(k.startswith("kueue.x-k8s.io/") for k in job["metadata"]["labels"])


def test_the_controller_may_manage_the_rendezvous_services(helm):
    role = find(render(helm, (GPU,), DISTRIBUTED), "Role", f"{RELEASE}-botfarm-training")
    rules = [r for r in role["rules"] if "services" in r["resources"]]
    assert rules and {"create", "get", "delete"} <= set(rules[0]["verbs"])


@pytest.mark.parametrize("bad", ["training.nodes=0", "training.kueue.queueName=Not A Queue!",
                                 "training.kueue.queueNam=typo"])
def test_the_schema_refuses_bad_distributed_values(helm, bad):
    result = run([helm, "template", RELEASE, str(CHART), "--set", bad], check=False)
    assert result.returncode != 0 and "training" in result.stderr
