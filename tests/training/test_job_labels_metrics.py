"""A training job's labels (carried to the version it publishes) and the training
metrics the farm dashboard reads, through the real JobManager on a local store."""

from __future__ import annotations

import pytest
from botfarm.core.errors import FailedPrecondition, InvalidArgument
from botfarm.training import metrics
from botfarm.training.jobs import State
from botfarm.training.manager import JobManager


class _RefusingLauncher:
    """A FAKE launcher (no worker is ever started): every launch is refused for good."""

    name = "local"

    def capacity(self):
        return 1

    def launch(self, job):
        raise FailedPrecondition("jobs.batch is forbidden")

    def close(self):
        pass


def test_labels_are_kept_with_the_job_and_checked(store, dataset, base_ref):
    mgr = JobManager(store, {"local": _RefusingLauncher()})
    labels = {"botfarm.dev/farm-fingerprint": "f" * 64}
    job = mgr.create(model="bot", clean_dataset=dataset, base_model=base_ref, labels=labels)
    assert mgr.get(job.name).labels == labels
    with pytest.raises(InvalidArgument) as e:
        mgr.create(model="bot", clean_dataset=dataset, base_model=base_ref, labels={"Bad Key": "x"})
    assert e.value.reason == "INVALID_LABEL"


def test_jobs_by_state_and_finished_ones_are_counted(store, dataset, base_ref):
    created = metrics.JOBS_CREATED._value.get()
    failed = metrics.JOBS_FINISHED.labels("failed")._value.get()
    queued = metrics.JOBS.labels("queued")._value.get()
    mgr = JobManager(store, {"local": _RefusingLauncher()})
    job = mgr.create(model="bot", clean_dataset=dataset, base_model=base_ref)
    assert metrics.JOBS_CREATED._value.get() == created + 1
    assert metrics.JOBS.labels("queued")._value.get() == queued + 1
    mgr.reconcile()  # the launch is refused for good: the job fails
    assert mgr.get(job.name).state == State.FAILED
    assert metrics.JOBS.labels("queued")._value.get() == queued
    assert metrics.JOBS_FINISHED.labels("failed")._value.get() == failed + 1
    mgr.get(job.name)  # reading a finished job again counts nothing
    assert metrics.JOBS_FINISHED.labels("failed")._value.get() == failed + 1
