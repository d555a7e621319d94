"""A FAKE Kueue admission (no Kueue controller can run here): what Kueue does to a Job
labelled ``kueue.x-k8s.io/queue-name`` and created suspended, once its ClusterQueue
has quota: it unsuspends it, and the Job controller then starts its pods.

Admission is held until the test admits the Job (``admit``), so the test sees the
job waiting in the queue first; with ``auto=True`` every queued Job is admitted as
soon as it is created. Left out: quotas, flavors and the nodeSelectors Kueue injects,
Workload objects, preemption (tests/training/test_kueue.py suspends Jobs again).
"""

from __future__ import annotations

import threading

from fake_jobcontroller import FakeJobController
from fake_k8s import FakeKubeAPI

QUEUE_LABEL = "kueue.x-k8s.io/queue-name"


class FakeKueue:
    def __init__(self, api: FakeKubeAPI, controller: FakeJobController, *, auto: bool = False):
        self.api, self.controller, self.auto = api, controller, auto
        self._cond = threading.Condition()
        #: Job name -> its queue, for the suspended Jobs waiting for admission.
        self.waiting: dict[str, str] = {}
        self.admitted: list[str] = []
        api.on_job_created.append(self._job_created)

    def _job_created(self, job: dict) -> None:
        queue = job["metadata"].get("labels", {}).get(QUEUE_LABEL)
        if not queue or not job["spec"].get("suspend"):
            return  # not Kueue's: the Job controller runs it at once
        with self._cond:
            self.waiting[job["metadata"]["name"]] = queue
            self._cond.notify_all()
        if self.auto:
            self.admit(job["metadata"]["name"])

    def wait_for_queued(self, timeout: float = 240) -> tuple[str, str]:
        """The (Job name, queue) of a Job waiting for admission, once there is one."""
        with self._cond:
            assert self._cond.wait_for(lambda: self.waiting, timeout), "no Job waited for Kueue admission"
            return next(iter(self.waiting.items()))

    def admit(self, job_name: str) -> None:
        """Admits a waiting Job: unsuspends it; the Job controller starts its pod."""
        with self._cond:
            self.waiting.pop(job_name)
            self.admitted.append(job_name)
        self.api.set_suspend(job_name, False)
        self.controller.resume(job_name)
