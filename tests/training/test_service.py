"""The training service end to end: a real gRPC server on port 0, real channels, real
`botfarm train-worker` subprocesses (local launcher) training a tiny model."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys

import grpc
import pytest
from botfarm.cli import EXIT_CODES
from botfarm.common.v1 import common_pb2
from botfarm.training.v1 import training_service_pb2 as pb
from botfarm.training.v1 import training_service_pb2_grpc as pb_grpc
from trainhelpers import FAST_HP, wait_for, write_clean_dataset

S = pb.TrainingJob


class Service:
    """One training service process-in-a-thread over ``data_dir``; restartable."""

    def __init__(self, data_dir, log_dir):
        from botfarm.core.config import ServerConfig
        from botfarm.core.server import create_server
        from botfarm.core.service import ServiceContext
        from botfarm.core.store import LocalStore
        from botfarm.training.service import Settings, make_service

        config = ServerConfig(grpc_port=0, metrics_port=-1, grpc_host="127.0.0.1", data_dir=str(data_dir))
        ctx = ServiceContext(config=config, store=LocalStore(data_dir),
                             settings=Settings(poll_interval_seconds=0.2, worker_log_dir=str(log_dir)))
        self.spec = make_service(ctx)
        self.server, port = create_server(config, self.spec)
        self.server.start()
        self.address = f"127.0.0.1:{port}"
        self.channel = grpc.insecure_channel(self.address)
        self.stub = pb_grpc.TrainingServiceStub(self.channel)
        self.manager = self.spec.servicer.manager

    def stop(self):
        self.channel.close()
        self.server.stop(0)


@pytest.fixture
def env(monkeypatch):
    monkeypatch.setenv("OMP_NUM_THREADS", "1")  # the workers share two cores with everyone


@pytest.fixture
def service(tmp_path, store, env):
    svc = Service(store.root, tmp_path / "logs")
    yield svc
    svc.stop()


def create(stub, dataset, base, model="tester", **hp):
    job = S(model=model, clean_dataset=dataset, base_model=base,
            hyperparameters=common_pb2.Hyperparameters(**{**FAST_HP, **hp}))
    return stub.CreateTrainingJob(pb.CreateTrainingJobRequest(training_job=job)).training_job


def get(stub, name):
    return stub.GetTrainingJob(pb.GetTrainingJobRequest(name=name)).training_job


def versions(store, model):
    from botfarm.core.errors import NotFound
    from botfarm.registry.core import Registry

    try:
        return Registry(store).list_versions(model)[0]
    except NotFound:
        return []


def test_job_runs_to_succeeded_and_registers_a_better_model(service, store, dataset, base_ref):
    created = create(service.stub, dataset, base_ref, max_steps=40)
    assert created.state == S.STATE_QUEUED and created.name.startswith("trainingJobs/")
    assert created.base_model == base_ref and created.hyperparameters.learning_rate == FAST_HP["learning_rate"]
    events = list(service.stub.WatchTrainingJob(pb.WatchTrainingJobRequest(name=created.name), timeout=240))
    final = events[-1].training_job
    assert final.state == S.STATE_SUCCEEDED, final.error_message
    states = [e.training_job.state for e in events]
    assert S.STATE_RUNNING in states and states.count(S.STATE_SUCCEEDED) == 1
    # Every phase arrives once, in order, even those that began and ended between two polls.
    lines = [line for e in events for line in e.log_line.splitlines()]
    phases = ["queued", "starting worker", "starting", "loading dataset", "loading base model", "tokenizing",
              "evaluating base model", "training", "evaluating", "publishing", "done"]
    assert [p for p in lines if p in phases] == [p for p in phases if p in lines]
    assert {"loading base model", "training", "publishing", "done"} <= set(lines)
    steps = [e.training_job.progress.step for e in events]
    assert steps == sorted(steps)
    assert final.progress.step == final.progress.total_steps == 40
    m = final.metrics
    assert 0 < m.eval_loss_after < m.eval_loss_before and m.tokens_per_second > 0 and m.train_tokens == 40 * 32
    assert final.model_version == "models/tester/versions/1" and final.attempts == 1
    assert final.end_time.seconds >= final.start_time.seconds >= final.create_time.seconds > 0
    [v] = versions(store, "tester")
    assert v.training_job == created.name.split("/")[1] and v.method == "lora" and v.base_model == base_ref
    assert v.metrics["eval_loss_after"] == pytest.approx(m.eval_loss_after)
    assert {f.path for f in v.files} >= {"adapter_config.json", "adapter_model.safetensors"}
    assert [h["step"] for h in v.loss_history if h["train_loss"] is not None] == list(range(1, 41))
    listed = service.stub.ListTrainingJobs(pb.ListTrainingJobsRequest()).training_jobs
    assert [j.name for j in listed] == [created.name]
    # Cancelling a finished job is refused and changes nothing.
    with pytest.raises(grpc.RpcError) as e:
        service.stub.CancelTrainingJob(pb.CancelTrainingJobRequest(name=created.name))
    assert e.value.code() == grpc.StatusCode.FAILED_PRECONDITION
    assert get(service.stub, created.name).state == S.STATE_SUCCEEDED


def test_bad_requests_get_clear_errors(service, store, dataset, base_ref):
    def code(fn, *a, **kw):
        with pytest.raises(grpc.RpcError) as e:
            fn(*a, **kw)
        return e.value.code(), e.value.details()

    assert code(create, service.stub, "cleanDatasets/" + "0" * 64, base_ref)[0] == grpc.StatusCode.NOT_FOUND
    assert code(create, service.stub, dataset, "base/nope")[0] == grpc.StatusCode.NOT_FOUND
    c, msg = code(create, service.stub, dataset, base_ref, learning_rate=-1.0)
    assert c == grpc.StatusCode.INVALID_ARGUMENT and "learning_rate" in msg
    c, msg = code(create, service.stub, dataset, base_ref, block_size=-8)
    assert c == grpc.StatusCode.INVALID_ARGUMENT and "block_size" in msg
    assert code(create, service.stub, dataset, base_ref, epochs=-1)[0] == grpc.StatusCode.INVALID_ARGUMENT
    assert code(create, service.stub, dataset, base_ref, model="")[0] == grpc.StatusCode.INVALID_ARGUMENT
    assert code(create, service.stub, "datasets/../x", base_ref)[0] == grpc.StatusCode.INVALID_ARGUMENT
    assert code(get, service.stub, "trainingJobs/20990101-000000-deadbeef")[0] == grpc.StatusCode.NOT_FOUND
    assert code(get, service.stub, "trainingJobs/../../etc")[0] == grpc.StatusCode.INVALID_ARGUMENT
    assert code(service.stub.ListTrainingJobs, pb.ListTrainingJobsRequest(page_token="%%%"))[0] == \
        grpc.StatusCode.INVALID_ARGUMENT
    # Nothing was created by the refused requests.
    assert service.stub.ListTrainingJobs(pb.ListTrainingJobsRequest()).training_jobs == []


def test_cancel_stops_the_worker_and_registers_nothing(service, store, dataset, base_ref):
    created = create(service.stub, dataset, base_ref, epochs=500)
    running = wait_for(lambda: (j := get(service.stub, created.name)).progress.step > 0 and j, timeout=120)
    assert running.state == S.STATE_RUNNING
    pid = service.manager.jobs.load(created.name.split("/")[1]).launcher_state["pid"]
    cancelled = service.stub.CancelTrainingJob(pb.CancelTrainingJobRequest(name=created.name)).training_job
    assert cancelled.state == S.STATE_CANCELLED and cancelled.end_time.seconds > 0
    wait_for(lambda: not os.path.exists(f"/proc/{pid}") or open(f"/proc/{pid}/stat").read().split()[2] == "Z",
             timeout=20)
    assert get(service.stub, created.name).state == S.STATE_CANCELLED
    assert versions(store, "tester") == []
    with pytest.raises(grpc.RpcError) as e:
        service.stub.CancelTrainingJob(pb.CancelTrainingJobRequest(name=created.name))
    assert e.value.code() == grpc.StatusCode.FAILED_PRECONDITION



def botfarm(service: Service, *args: str) -> subprocess.CompletedProcess:
    """`botfarm train ARGS --server ADDRESS` as a real process."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("BOTFARM_")}
    out = subprocess.run([sys.executable, "-m", "botfarm.cli", "train", *args, "--server", service.address],
                         capture_output=True, text=True, env=env, timeout=120)
    assert "Traceback" not in out.stderr, out.stderr
    return out


def test_cli_cancels_a_running_job_and_prints_its_log_as_json(service, store, dataset, base_ref):
    # 500 epochs: the job stays RUNNING far longer than the test needs; the test waits for
    # the worker's first step (a state it reported), not for a time.
    created = create(service.stub, dataset, base_ref, epochs=500)
    job_id = created.name.split("/")[1]
    assert wait_for(lambda: (j := get(service.stub, created.name)).progress.step > 0 and j,
                    timeout=120).state == S.STATE_RUNNING
    cancel = botfarm(service, "cancel", job_id, "--json")
    assert cancel.returncode == 0, cancel.stderr
    assert json.loads(cancel.stdout)["state"] == "STATE_CANCELLED"
    assert get(service.stub, created.name).state == S.STATE_CANCELLED
    assert versions(store, "tester") == []
    again = botfarm(service, "cancel", created.name)  # a finished job: FAILED_PRECONDITION, exit 9
    assert again.returncode == EXIT_CODES["FAILED_PRECONDITION"] == 9 and "FAILED_PRECONDITION" in again.stderr
    missing = botfarm(service, "cancel", "20990101-000000-000000-deadbeef")
    assert missing.returncode == EXIT_CODES["NOT_FOUND"] == 5 and "NOT_FOUND" in missing.stderr

    logs = botfarm(service, "logs", job_id, "--json")
    assert logs.returncode == 0, logs.stderr
    doc = json.loads(logs.stdout)  # one document, nothing else on stdout
    assert doc["training_job"]["name"] == created.name and doc["training_job"]["state"] == "STATE_CANCELLED"
    assert doc["log_lines"][-1] == "cancelled" and "loading dataset" in doc["log_lines"]
    plain = botfarm(service, "logs", job_id).stdout.splitlines()
    assert plain[:-1] == doc["log_lines"] and plain[-1].startswith("CANCELLED")
    followed = botfarm(service, "logs", job_id, "--follow", "--json")
    assert json.loads(followed.stdout) == doc and followed.stderr.splitlines() == doc["log_lines"]

def test_crashing_worker_fails_the_job_with_its_reason(service, store, base_ref):
    broken = write_clean_dataset(store, corrupt_train=True)
    created = create(service.stub, broken, base_ref)
    final = wait_for(lambda: (j := get(service.stub, created.name)).state not in
                     (S.STATE_QUEUED, S.STATE_RUNNING) and j, timeout=120)
    assert final.state == S.STATE_FAILED
    assert "gzip" in final.error_message.lower() and final.attempts == 1  # bad input: not retried
    assert final.model_version == "" and versions(store, "tester") == []


def test_restart_loses_nothing_and_a_dead_worker_resumes(tmp_path, store, env, dataset, base_ref):
    from botfarm.training import checkpoint

    svc = Service(store.root, tmp_path / "logs")
    created = create(svc.stub, dataset, base_ref, epochs=60, max_steps=400)
    job_id = created.name.split("/")[1]
    wait_for(lambda: (checkpoint.latest_step(store, job_id) or 0) >= 10, timeout=180)
    pid = svc.manager.jobs.load(job_id).launcher_state["pid"]
    svc.stop()  # its stop hook stops the reconcile loop; the worker process lives on
    os.kill(pid, signal.SIGKILL)  # the worker dies while no service is watching
    svc2 = Service(store.root, tmp_path / "logs")
    try:
        again = get(svc2.stub, created.name)
        assert again.model == "tester" and again.state == S.STATE_RUNNING
        final = wait_for(lambda: (j := get(svc2.stub, created.name)).state not in
                         (S.STATE_QUEUED, S.STATE_RUNNING) and j, timeout=240)
        assert final.state == S.STATE_SUCCEEDED, final.error_message
        assert final.attempts == 2 and final.progress.step == 400
        assert len(versions(store, "tester")) == 1
    finally:
        svc2.stop()


def test_concurrency_limit_queues_the_second_job(service, store, dataset, base_ref):
    first = create(service.stub, dataset, base_ref, epochs=500)
    second = create(service.stub, dataset, base_ref, epochs=500)
    wait_for(lambda: get(service.stub, first.name).state == S.STATE_RUNNING, timeout=30)
    for _ in range(3):  # a few reconcile passes later the second still waits for the slot
        service.manager.reconcile()
    assert get(service.stub, second.name).state == S.STATE_QUEUED
    capacity = service.stub.GetTrainingCapacity(pb.GetTrainingCapacityRequest()).training_capacity
    assert (capacity.name, capacity.default_launcher, capacity.max_concurrent_jobs) == \
        ("trainingCapacity", pb.LAUNCHER_LOCAL, 1)  # --max-concurrent-jobs 1, what `botfarm apply` keeps to
    assert (capacity.running_jobs, capacity.queued_jobs) == (1, 1)
    with pytest.raises(grpc.RpcError) as e:
        service.stub.GetTrainingCapacity(pb.GetTrainingCapacityRequest(name="trainingCapacity/2"))
    assert e.value.code() == grpc.StatusCode.NOT_FOUND
    service.stub.CancelTrainingJob(pb.CancelTrainingJobRequest(name=first.name))
    wait_for(lambda: get(service.stub, second.name).state == S.STATE_RUNNING, timeout=30)
    service.stub.CancelTrainingJob(pb.CancelTrainingJobRequest(name=second.name))
    listed = service.stub.ListTrainingJobs(pb.ListTrainingJobsRequest(page_size=1))
    assert [j.name for j in listed.training_jobs] == [second.name] and listed.next_page_token
    page2 = service.stub.ListTrainingJobs(pb.ListTrainingJobsRequest(page_size=1, page_token=listed.next_page_token))
    assert [j.name for j in page2.training_jobs] == [first.name] and not page2.next_page_token
