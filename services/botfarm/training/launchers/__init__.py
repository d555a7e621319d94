"""Where workers run: one interface, a local and a Kubernetes implementation."""

from botfarm.training.launchers.base import Launcher, WorkerState

__all__ = ["Launcher", "WorkerState"]
