"""`botfarm train create --workers N --queue-name Q` as a user runs it: a real `botfarm`
process against a running training service (a real gRPC server on port 0) whose
Kubernetes launcher talks to a FAKE API server (tests/training/fake_k8s.py; no Kubernetes
API server can run here). The flags must reach the TrainingJob and the Job it creates."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from botfarm.training.launchers.k8s_manifest import job_config_from_dict
from fake_k8s import FakeKubeAPI
from test_kubernetes import CHART_CONFIG
from trainhelpers import wait_for

#: Jobs of two processes (one pod, two GPUs), queued by Kueue on "team-a" unless a job names its own.
CONFIG = {**CHART_CONFIG, "gpu": {"count": 2, "resourceName": "nvidia.com/gpu"}, "kueue": {"queueName": "team-a"}}
#: Exit codes by gRPC status (README, "Exit codes").
INVALID_ARGUMENT = 3


@pytest.fixture
def training(store, base_ref, tmp_path):
    """The training service on a free port; yields (address, FAKE API server)."""
    from botfarm.core.config import ServerConfig
    from botfarm.core.server import create_server
    from botfarm.core.service import ServiceSpec
    from botfarm.training.launchers.kubernetes import KubernetesLauncher
    from botfarm.training.manager import JobManager, ManagerConfig
    from botfarm.training.service import TrainingServicer
    from botfarm.training.v1 import training_service_pb2_grpc as pb_grpc

    api = FakeKubeAPI()
    launcher = KubernetesLauncher(job_config_from_dict(CONFIG), api.api_client(), watch_timeout_s=1,
                                  pod_check_every_s=0)
    manager = JobManager(store, {"kubernetes": launcher}, ManagerConfig(
        poll_interval_s=0.05, default_launcher="kubernetes", default_base_model=base_ref))
    spec = ServiceSpec(full_name="botfarm.training.v1.TrainingService", servicer=TrainingServicer(manager),
                       add_to_server=pb_grpc.add_TrainingServiceServicer_to_server,
                       on_start=[manager.start], on_stop=[manager.stop])
    server, port = create_server(ServerConfig(grpc_port=0, metrics_port=-1, grpc_host="127.0.0.1",
                                              data_dir=str(tmp_path / "unused")), spec)
    server.start()
    try:
        yield f"127.0.0.1:{port}", api
    finally:
        server.stop(0)
        manager.stop()
        api.close()


def botfarm(*args: str, cwd) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BOTFARM_")}
    return subprocess.run([sys.executable, "-m", "botfarm.cli", *args], capture_output=True, text=True,
                          cwd=cwd, env=env, timeout=120)


def test_train_create_workers_and_queue_name_reach_the_job(training, dataset, tmp_path):
    addr, api = training
    out = botfarm("train", "create", "flagbot", "--clean-dataset", dataset, "--max-steps", "2",
                  "--workers", "2", "--queue-name", "team-b", "--detach", "--json", "--server", addr, cwd=tmp_path)
    assert out.returncode == 0, out.stderr[-3000:]
    job = json.loads(out.stdout)
    assert job["workers"] == 2 and job["queue_name"] == "team-b" and job["model"] == "flagbot"

    # The service keeps them: `train show` reads them back, and the Job it submits is
    # queued on the job's own queue (not the chart's team-a), suspended until admitted.
    got = botfarm("train", "show", job["name"], "--json", "--server", addr, cwd=tmp_path)
    assert got.returncode == 0, got.stderr[-3000:]
    assert {k: json.loads(got.stdout)[k] for k in ("workers", "queue_name")} == {"workers": 2, "queue_name": "team-b"}
    wait_for(lambda: api.jobs, timeout=60)
    [created] = api.jobs.values()
    assert created["metadata"]["labels"]["kueue.x-k8s.io/queue-name"] == "team-b"
    assert created["spec"]["suspend"] is True
    cmd = created["spec"]["template"]["spec"]["containers"][0]["command"]
    assert "--nproc-per-node=2" in cmd


@pytest.mark.parametrize("flags, message", [
    (("--workers", "3"), "workers 3: this cluster's training Jobs run 2 processes"),
    (("--queue-name", "no/slash"), "label value"),
])
def test_train_create_refuses_flags_the_cluster_cannot_honour(training, dataset, tmp_path, flags, message):
    addr, api = training
    out = botfarm("train", "create", "flagbot", "--clean-dataset", dataset, *flags, "--detach", "--server", addr,
                  cwd=tmp_path)
    assert out.returncode == INVALID_ARGUMENT, (out.returncode, out.stderr[-3000:])
    assert "INVALID_ARGUMENT" in out.stderr and message in out.stderr and "Traceback" not in out.stderr
    assert not api.jobs
