"""Training under torch.distributed: real torchrun groups of gloo processes on this CPU,
the tiny random Llama (no dropout), the real registry on a local store.

Tolerance of the trajectory comparisons: runs in fp32 (``--no-bf16``), where one process
and a group compute the same sums in another order (two half-batch gradients added by
the all-reduce instead of one whole-batch sum; the losses likewise), so the losses differ
by float32 rounding only: measured at most 2.2e-7 relative over 300 steps. 1e-5 relative
leaves that drift 45 times headroom, while a process training on the wrong share of the
batch moves the very first loss by about 1e-3 relative (the tiny model's losses differ by
up to 0.1 from block to block) and a wrong gradient scale changes every step after it.
With bf16 autocast (the default) each process's partial gradient is rounded to bf16
before the all-reduce: measured 1.5e-4 absolute over 30 steps, not asserted here.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from botfarm.registry.core import Registry
from botfarm.training import checkpoint
from botfarm.training.distributed import DistConfig, from_env, torchrun
from botfarm.training.hparams import plan_batches, resolve
from botfarm.training.jobs import JobStore
from botfarm.training.launchers.local import worker_pids
from botfarm.training.manager import JobManager
from botfarm.training.worker import WorkerConfig, run
from trainhelpers import FAST_HP, publish_base, wait_for, worker_cmd, worker_env

RTOL = 1e-5
#: Long enough that a kill after the step-10 checkpoint always lands mid-run.
LONG = {**FAST_HP, "batch_size": 4, "epochs": 100, "max_steps": 300}


def group_cmd(job_id: str, data_dir: Path, nproc: int, *extra: str) -> list[str]:
    return torchrun(nproc, worker_cmd(job_id, data_dir, *extra), launcher=(sys.executable, "-m", "torch.distributed.run"))


def losses(store, job_id: str) -> list[float]:
    history = JobStore(store).load_status(job_id)["loss_history"]
    return [h["train_loss"] for h in history if h["train_loss"] is not None]


def assert_same_trajectory(got: list[float], want: list[float]) -> None:
    assert len(got) == len(want)
    worst = max(abs(a - b) / abs(b) for a, b in zip(got, want, strict=True))
    assert worst <= RTOL, f"loss trajectories differ by {worst:.2e} relative (tolerance {RTOL})"


def rank_pid(job_id: str, rank: int) -> int:
    for pid in worker_pids(job_id):
        env = Path(f"/proc/{pid}/environ").read_bytes().split(b"\0")
        if f"RANK={rank}".encode() in env:
            return pid
    raise AssertionError(f"no rank {rank} process of job {job_id}")


@pytest.fixture
def llama_base(store, tiny_llama):
    return publish_base(store, tiny_llama, "base/tiny-llama")


def new_job(store, dataset, base, model, hp, workers=1):
    return JobManager(store, {"local": None}).create(model=model, clean_dataset=dataset, base_model=base,
                                                     hyperparameters=hp, workers=workers)


def test_two_gloo_processes_follow_the_one_process_loss_trajectory(store, dataset, llama_base):
    hp = {**FAST_HP, "batch_size": 4, "max_steps": 24}
    one = new_job(store, dataset, llama_base, "one", hp)
    accumulated = new_job(store, dataset, llama_base, "accumulated", {**hp, "micro_batch_size": 1})
    group = new_job(store, dataset, llama_base, "group", hp, workers=2)
    assert run(store, WorkerConfig(job_id=one.id, bf16=False, threads=1)) == 0
    # One process, the batch in 4 passes of 1 block (gradient accumulation).
    assert run(store, WorkerConfig(job_id=accumulated.id, bf16=False, threads=1)) == 0
    done = subprocess.run(group_cmd(group.id, store.root, 2, "--no-bf16"), env=worker_env(), capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]

    reference = losses(store, one.id)
    assert len(reference) == 24
    assert_same_trajectory(losses(store, accumulated.id), reference)
    assert_same_trajectory(losses(store, group.id), reference)
    registry = Registry(store)
    ref_v, group_v = registry.resolve("one"), registry.resolve("group")
    assert group_v.metrics["eval_loss_after"] == pytest.approx(ref_v.metrics["eval_loss_after"], rel=RTOL)
    assert group_v.metrics["eval_loss_after"] < group_v.metrics["eval_loss_before"]
    assert (ref_v.metrics["world_size"], group_v.metrics["world_size"]) == (1, 2)
    assert group_v.metrics["train_tokens"] == ref_v.metrics["train_tokens"] == 24 * 4 * FAST_HP["block_size"]
    # Rank 0 alone reports and publishes: one version, phases logged once.
    phases = JobStore(store).load_status(group.id)["phases"]
    assert phases.count("publishing") == 1
    assert [v.name for v in registry.list_versions("group")[0]] == ["models/group/versions/1"]


def test_resume_with_another_world_size_continues_the_same_trajectory(store, dataset, llama_base):
    reference = new_job(store, dataset, llama_base, "reference", LONG)
    assert run(store, WorkerConfig(job_id=reference.id, bf16=False, threads=1)) == 0
    resumed = new_job(store, dataset, llama_base, "resumed", LONG, workers=2)
    proc = subprocess.Popen(group_cmd(resumed.id, store.root, 2, "--no-bf16"), env=worker_env(),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        wait_for(lambda: (checkpoint.latest_step(store, resumed.id) or 0) >= 10, timeout=240, every=0.05)
    finally:
        # The whole group, torchrun and its ranks (each in a session of its own), at once.
        for pid in [proc.pid, *worker_pids(resumed.id)]:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        proc.wait()
    ckpt = checkpoint.latest_step(store, resumed.id)
    assert 10 <= ckpt < 300 and not JobStore(store).load_status(resumed.id).get("model_version")

    # The checkpoint of 2 processes, resumed by 1.
    assert run(store, WorkerConfig(job_id=resumed.id, bf16=False, threads=1)) == 0
    status = JobStore(store).load_status(resumed.id)
    assert f"resumed from checkpoint at step {ckpt}" in status["phases"]
    steps = [h["step"] for h in status["loss_history"] if h["train_loss"] is not None]
    assert steps == list(range(1, 301))  # the counter went on from the checkpoint, no step twice
    assert_same_trajectory(losses(store, resumed.id), losses(store, reference.id))
    assert status["metrics"]["world_size"] == 1


def test_kill9_of_one_rank_relaunches_the_group_from_its_checkpoint(tmp_path, store, dataset, llama_base,
                                                                   monkeypatch):
    from botfarm.common.v1 import common_pb2
    from botfarm.training.v1 import training_service_pb2 as pb
    from test_service import Service

    monkeypatch.setenv("OMP_NUM_THREADS", "1")
    svc = Service(store.root, tmp_path / "logs")
    try:
        created = svc.stub.CreateTrainingJob(pb.CreateTrainingJobRequest(training_job=pb.TrainingJob(
            model="grouped", clean_dataset=dataset, base_model=llama_base, workers=2,
            hyperparameters=common_pb2.Hyperparameters(**{**LONG, "checkpoint_every_steps": 5})))).training_job
        assert created.workers == 2
        job_id = created.name.split("/")[1]
        wait_for(lambda: (checkpoint.latest_step(store, job_id) or 0) >= 10, timeout=240, every=0.05)
        os.kill(rank_pid(job_id, 1), signal.SIGKILL)

        def finished():
            job = svc.stub.GetTrainingJob(pb.GetTrainingJobRequest(name=created.name)).training_job
            return job if job.state in (pb.TrainingJob.STATE_SUCCEEDED, pb.TrainingJob.STATE_FAILED) else None

        job = wait_for(finished, timeout=400, every=0.2)
        assert job.state == pb.TrainingJob.STATE_SUCCEEDED, job.error_message
        assert job.attempts == 2  # the manager relaunched the group once
        status = JobStore(store).load_status(job_id)
        resumed = [p for p in status["phases"] if p.startswith("resumed from checkpoint at step ")]
        assert len(resumed) == 1 and int(resumed[0].rsplit(" ", 1)[1]) >= 10
        steps = [h["step"] for h in status["loss_history"] if h["train_loss"] is not None]
        assert steps == list(range(1, 301))
        versions, _ = Registry(store).list_versions("grouped")
        assert [v.name for v in versions] == [job.model_version] == ["models/grouped/versions/1"]
        assert versions[0].metrics["world_size"] == 2
        # Nothing of either attempt is left once the last one has exited.
        wait_for(lambda: not worker_pids(job_id), timeout=120)
    finally:
        svc.stop()


def test_batch_plan_shares_every_block_once_and_refuses_uneven_splits():
    from botfarm.core.errors import InvalidArgument

    hp = resolve({"batch_size": 8, "micro_batch_size": 2})
    plan = plan_batches(hp, 2)
    assert (plan.per_process, plan.micro_batch, plan.accumulation) == (4, 2, 2)
    seen = sorted(plan.first_block(3, rank, micro) + k for rank in range(2) for micro in range(2) for k in range(2))
    assert seen == list(range(24, 32))  # step 3's global batch, each block by exactly one pass
    assert plan_batches(resolve({"batch_size": 8}), 4).micro_batch == 2  # default: no accumulation
    with pytest.raises(InvalidArgument, match="multiple of 3 workers"):
        plan_batches(resolve({"batch_size": 4}), 3)
    with pytest.raises(InvalidArgument, match="multiple of 2 workers x micro_batch_size 3"):
        plan_batches(resolve({"batch_size": 8, "micro_batch_size": 3}), 2)


def test_torchrun_environment_and_commands():
    from botfarm.core.errors import InvalidArgument

    assert from_env({}) == DistConfig()  # no torchrun: one process, no group
    cfg = from_env({"RANK": "1", "WORLD_SIZE": "2", "LOCAL_RANK": "1"})
    assert (cfg.rank, cfg.world_size, cfg.distributed, cfg.is_main) == (1, 2, True, False)
    with pytest.raises(InvalidArgument):
        from_env({"RANK": "2", "WORLD_SIZE": "2"})
    cmd = torchrun(2, ["botfarm", "train-worker", "--job", "x"])
    assert cmd == ["torchrun", "--standalone", "--nnodes=1", "--nproc-per-node=2", "--max-restarts=0",
                   "--no-python", "botfarm", "train-worker", "--job", "x"]


def test_local_jobs_check_workers_and_queue(store, dataset, llama_base):
    from botfarm.core.errors import InvalidArgument

    with pytest.raises(InvalidArgument, match="no batch queue"):
        JobManager(store, {"local": None}).create(model="x", clean_dataset=dataset, base_model=llama_base,
                                                  queue_name="team-a")
    with pytest.raises(InvalidArgument, match="workers must be between"):
        new_job(store, dataset, llama_base, "x", FAST_HP, workers=1000)
    with pytest.raises(InvalidArgument, match="multiple of 2 workers"):
        new_job(store, dataset, llama_base, "x", FAST_HP, workers=2)  # batch_size 1
    assert new_job(store, dataset, llama_base, "x", LONG).workers == 1
