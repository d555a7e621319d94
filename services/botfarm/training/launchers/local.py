"""Workers as local processes: `botfarm train-worker` subprocesses, at most N jobs at once.

The embedded default (``botfarm up``). Workers start in their own session so they
survive a restart of the service, which finds them again by pid and command line.

A job with ``workers`` N > 1 runs torchrun as its worker command, which starts N
`train-worker` processes on this machine (gloo on the CPU, NCCL on GPUs); the pid
tracked is torchrun's. torchrun's own restarts are off: when a process dies torchrun
stops the others and exits, and the job manager relaunches the group from its checkpoint.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

from botfarm.training.distributed import torchrun
from botfarm.training.jobs import Job
from botfarm.training.launchers.base import EXITED, FAILED, LOST, RUNNING, Launcher, WorkerState


def _alive(pid: int, job_id: str) -> bool:
    """Whether pid is still this job's worker (pids are reused, so check the command)."""
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    zombie = stat.rsplit(")", 1)[-1].split()[0] == "Z"
    return not zombie and job_id.encode() in cmdline


def worker_pids(job_id: str) -> list[int]:
    """Live `train-worker` processes of the job: torchrun starts each in a session of its
    own, so one whose torchrun was killed outright is out of reach of its process group."""
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if b"train-worker" in cmdline and job_id.encode() in cmdline and _alive(int(entry.name), job_id):
            pids.append(int(entry.name))
    return pids


def _kill_strays(job_id: str) -> None:
    """Ends processes left over from an earlier attempt (a rank whose torchrun died), so
    no two attempts ever write the same job's status and checkpoints."""
    for pid in worker_pids(job_id):
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)


class LocalLauncher(Launcher):
    name = "local"

    def __init__(self, *, max_concurrent: int = 1, log_dir: str | Path, env: Mapping[str, str] | None = None,
                 worker_args: Sequence[str] = (), python: str = sys.executable):
        self.max_concurrent = max_concurrent
        self.log_dir = Path(log_dir)
        self.log_dir.mkdir(parents=True, exist_ok=True)
        # The store settings reach the worker through BOTFARM_* variables: a secret
        # key must not show up in `ps`.
        self.env = {**os.environ, **(env or {})}
        self.worker_args = list(worker_args)
        self.python = python
        self._procs: dict[str, subprocess.Popen] = {}
        # Workers found again after a restart: job id -> pid (no Popen, only liveness).
        self._adopted: dict[str, int] = {}
        self._lock = threading.Lock()

    def _running(self) -> int:
        with self._lock:
            n = sum(1 for p in self._procs.values() if p.poll() is None)
            # A job the manager finished without polling again (its status said
            # succeeded) must not hold its slot once its worker is gone.
            for job_id, pid in list(self._adopted.items()):
                if not _alive(pid, job_id):
                    del self._adopted[job_id]
            return n + len(self._adopted)

    def capacity(self) -> int:
        return max(0, self.max_concurrent - self._running())

    @property
    def max_concurrent_jobs(self) -> int:
        return self.max_concurrent

    def launch(self, job: Job) -> dict:
        log = self.log_dir / f"{job.id}.log"
        cmd = [self.python, "-m", "botfarm.cli", "train-worker", "--job", job.id, *self.worker_args]
        if job.workers > 1:
            cmd = torchrun(job.workers, cmd, launcher=(self.python, "-m", "torch.distributed.run"))
        _kill_strays(job.id)
        with open(log, "ab") as out:
            out.write(f"--- attempt {job.attempts + 1}: {' '.join(cmd)}\n".encode())
            out.flush()
            proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                    env=self.env, start_new_session=True)
        with self._lock:
            self._procs[job.id] = proc
        return {"pid": proc.pid, "host": socket.gethostname(), "log": str(log), "workers": job.workers}

    def log_tail(self, job: Job, lines: int = 5) -> str:
        try:
            text = Path(job.launcher_state.get("log", self.log_dir / f"{job.id}.log")).read_text(errors="replace")
        except OSError:
            return ""
        return " | ".join(text.strip().splitlines()[-lines:])

    def poll(self, job: Job) -> WorkerState:
        with self._lock:
            proc = self._procs.get(job.id)
        if proc is None:
            # A worker from before a service restart: no exit code, only liveness.
            pid = int(job.launcher_state.get("pid", 0))
            if pid and _alive(pid, job.id):
                with self._lock:
                    self._adopted[job.id] = pid
                return WorkerState(RUNNING)
            with self._lock:
                self._adopted.pop(job.id, None)
            return WorkerState(EXITED, "the worker process is gone")
        rc = proc.poll()
        if rc is None:
            return WorkerState(RUNNING)
        with self._lock:
            self._procs.pop(job.id, None)
        if rc == 0:
            return WorkerState(EXITED)
        if rc == 1 and job.workers > 1:
            # torchrun exits 1 whenever a process of the group failed, whether killed or
            # refusing bad input; a fatal error is in rank 0's status.json (the manager
            # reads it first), anything else is a lost worker.
            return WorkerState(LOST, f"worker group exited with code 1: {self.log_tail(job)}")
        if rc == 1:
            return WorkerState(FAILED, f"worker exited with code 1: {self.log_tail(job)}")
        why = f"killed by signal {-rc}" if rc < 0 else f"exit code {rc}"
        return WorkerState(LOST, f"worker {why}")

    def cancel(self, job: Job) -> None:
        with self._lock:
            proc = self._procs.pop(job.id, None)
            self._adopted.pop(job.id, None)
        try:
            self._stop(job, proc)
        finally:
            _kill_strays(job.id)

    def _stop(self, job: Job, proc: subprocess.Popen | None) -> None:
        pid = proc.pid if proc else int(job.launcher_state.get("pid", 0))
        if not pid or (proc is None and not _alive(pid, job.id)):
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(pid, signal.SIGTERM)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if proc is not None and proc.poll() is not None:
                return
            if proc is None and not _alive(pid, job.id):
                return
            time.sleep(0.1)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(pid, signal.SIGKILL)
        if proc is not None:
            proc.wait(5)
