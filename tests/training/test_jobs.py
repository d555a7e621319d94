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
