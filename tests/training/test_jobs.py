"""The job state machine and its records in the store."""

from __future__ import annotations

import pytest
from botfarm.core.errors import FailedPrecondition, InvalidArgument, NotFound
from botfarm.training.jobs import Job, JobStore, State, parse_name


def test_legal_and_illegal_transitions():
    job = Job(id="20261121-000000-aaaaaaaa", model="m", clean_dataset="cleanDatasets/x", base_model="b@1")
    job.transition(State.RUNNING)
    assert job.start_time
    job.transition(State.SUCCEEDED)
    assert job.end_time
    for target in State:
        with pytest.raises(FailedPrecondition):
            job.transition(target)
    queued = Job(id="20261121-000000-bbbbbbbb", model="m", clean_dataset="c", base_model="b")
    with pytest.raises(FailedPrecondition):
        queued.transition(State.SUCCEEDED)  # a job cannot succeed without running
    queued.transition(State.CANCELLED)
    assert queued.state.terminal


def test_records_round_trip_and_list_newest_first(tmp_path):
    from botfarm.core.store import LocalStore

    jobs = JobStore(LocalStore(tmp_path))
    for i in range(3):
        jobs.create(Job(id=f"20261121-00000{i}-aaaaaaaa", model="m", clean_dataset="c", base_model="b"))
    assert jobs.ids() == [f"20261121-00000{i}-aaaaaaaa" for i in (2, 1, 0)]
    job = jobs.load("20261121-000001-aaaaaaaa")
    job.transition(State.RUNNING)
    job.progress.step = 7
    jobs.save(job)
    again = jobs.load(job.id)
    assert again.state == State.RUNNING and again.progress.step == 7
    with pytest.raises(NotFound):
        jobs.load("20261121-000009-aaaaaaaa")


@pytest.mark.parametrize("name", ["", "trainingJobs/", "trainingJobs/a/b", "trainingJobs/..", "x y"])
def test_bad_names(name):
    with pytest.raises(InvalidArgument):
        parse_name(name)


class _RefusingLauncher:
    """A FAKE launcher (no worker is ever started): its launch raises ``error``."""

    name = "local"

    def __init__(self, error):
        self.error = error

    def capacity(self):
        return 1

    def launch(self, job):
        raise self.error

    def close(self):
        pass


def test_a_launch_refused_for_good_fails_the_job_and_a_transient_one_shows_why(store, dataset, base_ref):
    from botfarm.training.manager import JobManager

    mgr = JobManager(store, {"local": _RefusingLauncher(FailedPrecondition("jobs.batch is forbidden"))})
    job = mgr.create(model="bot", clean_dataset=dataset, base_model=base_ref)
    mgr.reconcile()
    failed = mgr.get(job.name)
    assert failed.state == State.FAILED and "forbidden" in failed.error_message

    mgr = JobManager(store, {"local": _RefusingLauncher(ConnectionRefusedError("API server down"))})
    job = mgr.create(model="bot", clean_dataset=dataset, base_model=base_ref)
    mgr.reconcile()
    waiting = mgr.get(job.name)
    assert waiting.state == State.QUEUED and "API server down" in waiting.error_message


def test_bad_train_threads_variable_breaks_only_train_worker(monkeypatch, capsys):
    from botfarm.cli import build_parser

    monkeypatch.setenv("BOTFARM_TRAIN_THREADS", "lots")
    parser = build_parser()  # every other botfarm command still works
    assert parser.parse_args(["up"]).command == "up"
    with pytest.raises(SystemExit) as e:
        parser.parse_args(["train-worker", "--job", "x"])
    assert e.value.code == 2 and "lots" in capsys.readouterr().err
    monkeypatch.setenv("BOTFARM_TRAIN_THREADS", "3")
    assert build_parser().parse_args(["train-worker", "--job", "x"]).threads == 3


@pytest.mark.parametrize("value", ["lots", "-1"])
def test_bad_frozen_cache_size_is_a_usage_error_of_train_worker(monkeypatch, capsys, value):
    from botfarm.cli import build_parser

    monkeypatch.setenv("BOTFARM_TRAIN_FROZEN_CACHE_MB", value)
    parser = build_parser()
    assert parser.parse_args(["up"]).command == "up"
    with pytest.raises(SystemExit) as e:
        parser.parse_args(["train-worker", "--job", "x"])
    assert e.value.code == 2 and repr(value) in capsys.readouterr().err
    assert parser.parse_args(["train-worker", "--job", "x", "--frozen-cache-mb", "0"]).frozen_cache_mb == 0
    monkeypatch.delenv("BOTFARM_TRAIN_FROZEN_CACHE_MB")
    assert build_parser().parse_args(["train-worker", "--job", "x"]).frozen_cache_mb == 2048


def test_bad_frozen_matmuls_is_a_usage_error_of_train_worker(monkeypatch, capsys):
    from botfarm.cli import build_parser

    monkeypatch.setenv("BOTFARM_TRAIN_FROZEN_MATMULS", "fp8")
    parser = build_parser()
    assert parser.parse_args(["up"]).command == "up"
    with pytest.raises(SystemExit) as e:
        parser.parse_args(["train-worker", "--job", "x"])
    assert e.value.code == 2 and "'fp8'" in capsys.readouterr().err
    assert parser.parse_args(["train-worker", "--job", "x", "--frozen-matmuls", "bf16"]).frozen_matmuls == "bf16"
    monkeypatch.setenv("BOTFARM_TRAIN_FROZEN_MATMULS", "int8")
    assert build_parser().parse_args(["train-worker", "--job", "x"]).frozen_matmuls == "int8"
    monkeypatch.delenv("BOTFARM_TRAIN_FROZEN_MATMULS")
    assert build_parser().parse_args(["train-worker", "--job", "x"]).frozen_matmuls == "auto"
