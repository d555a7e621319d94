"""The launcher interface the job manager drives.

A launcher starts a worker for a job, reports what became of it, and stops it. It
keeps nothing the manager cannot rebuild: ``launch`` returns a small dict (a pid, a
Kubernetes Job name) that the manager stores in the job record, and ``poll`` finds
the worker again from that dict after the service restarted.
"""

from __future__ import annotations

import abc
from dataclasses import dataclass

from botfarm.training.jobs import Job

#: Worker phases ``poll`` reports.
PENDING, RUNNING, EXITED, FAILED, LOST = "pending", "running", "exited", "failed", "lost"


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

    @abc.abstractmethod
    def capacity(self) -> int:
        """How many more workers may start now."""

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
