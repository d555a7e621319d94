"""The launcher interface the job manager drives.

A launcher starts a worker for a job, reports what became of it, and stops it. It
keeps nothing the manager cannot rebuild: ``launch`` returns a small dict (a pid, a
Kubernetes Job name) that the manager stores in the job record, and ``poll`` finds
the worker again from that dict after the service restarted.
"""

from __future__ import annotations

import abc
from dataclasses import dataclass

from botfarm.core.errors import InvalidArgument
from botfarm.training.jobs import Job

#: Worker phases ``poll`` reports.
PENDING, RUNNING, EXITED, FAILED, LOST = "pending", "running", "exited", "failed", "lost"
#: The worker waits in the cluster's batch queue (a Kubernetes Job suspended until Kueue
#: admits it, or suspended again by Kueue to preempt it): the job shows QUEUED.
QUEUED = "queued"
#: The most processes one local job may start.
MAX_LOCAL_WORKERS = 64


def one_machine_world_size(workers: int, queue_name: str, launcher: str = "local") -> int:
    """The world size of a job on a launcher that runs its workers as processes of one
    machine: as many as asked (0 = one). There is no batch queue to name."""
    if queue_name:
        raise InvalidArgument(f"queue_name {queue_name!r}: the {launcher} launcher has no batch queue "
                              "(Kueue queues are for the kubernetes launcher)", reason="BAD_QUEUE_NAME")
    if not 0 <= workers <= MAX_LOCAL_WORKERS:
        raise InvalidArgument(f"workers must be between 1 and {MAX_LOCAL_WORKERS}, got {workers}",
                              reason="BAD_WORKERS")
    return workers or 1


@dataclass(frozen=True)
class WorkerState:
    """What became of a job's worker.

    ``exited``: it ended on its own (the job's status.json says how); ``failed``: it
    can never succeed (exit code 1, a Kubernetes Job that failed for good); ``lost``:
    it died from outside (a signal, a preempted node) and is worth relaunching from its
    checkpoint. ``reason`` is shown to users (e.g. "ImagePullBackOff: ...") and
    ``fatal`` marks a pending worker that will never start.
    """

    phase: str
    reason: str = ""
    fatal: bool = False


class Launcher(abc.ABC):
    #: "local" or "kubernetes", as in TrainingJob.launcher.
    name: str = ""

    def world_size(self, workers: int, queue_name: str) -> int:
        """The number of processes a new job asking for ``workers`` (0 = no preference)
        and ``queue_name`` will train with; ``InvalidArgument`` if this launcher cannot."""
        return one_machine_world_size(workers, queue_name, self.name)

    @abc.abstractmethod
    def capacity(self) -> int:
        """How many more workers may start now."""

    @property
    def max_concurrent_jobs(self) -> int:
        """Jobs this launcher trains at once; 0 when it sets no limit of its own (a
        cluster's scheduler or batch queue decides)."""
        return 0

    @abc.abstractmethod
    def launch(self, job: Job) -> dict:
        """Starts a worker for ``job`` (attempt ``job.attempts``); returns launcher state to store."""

    @abc.abstractmethod
    def poll(self, job: Job) -> WorkerState:
        """The state of the worker that ``job.launcher_state`` names."""

    @abc.abstractmethod
    def cancel(self, job: Job) -> None:
        """Stops the job's worker and removes what the launcher created for it."""

    def start(self) -> None:  # noqa: B027 - optional hook, most launchers have nothing to start
        """Starts background work (watches) when the service starts."""

    def close(self) -> None:  # noqa: B027 - optional hook, most launchers have nothing to stop
        """Stops background work (watches); workers keep running."""
