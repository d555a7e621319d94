"""The TrainingJob resource: its state machine and where it is stored.

    QUEUED ──► RUNNING ──► SUCCEEDED
      │  ▲       │  ▲ ───► FAILED
      │  └───────┤  └──┘ (worker lost: relaunched from its checkpoint, attempts + 1)
      │          │   (back to QUEUED: the relaunched or preempted Job waits for Kueue again)
      └──────────┴───────► CANCELLED

A QUEUED job with ``launcher_state`` has been submitted: its Kubernetes Job exists,
suspended, until the cluster's batch queue (Kueue) admits it.

Two objects per job, each with one writer, so the service and a worker never
overwrite each other:

* ``training/jobs/{id}/job.json``: the spec and the state; written only by the
  service (JobStore.save), read by the worker for its spec and to notice a cancel.
* ``training/jobs/{id}/status.json``: what the worker reports (phase, progress,
  metrics, loss history, the published version, its error); written only by the worker.

The service folds the worker's status into the job (``merge_status``); a service that
restarts reads both back and loses nothing.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import uuid
from dataclasses import dataclass, field
from enum import StrEnum

from botfarm.core.errors import FailedPrecondition, InvalidArgument, NotFound
from botfarm.core.store import ObjectStore
from botfarm.core.timestamps import now_iso
from botfarm.training import metrics

PREFIX = "training/jobs/"


class State(StrEnum):
    QUEUED = "QUEUED"
    RUNNING = "RUNNING"
    SUCCEEDED = "SUCCEEDED"
    FAILED = "FAILED"
    CANCELLED = "CANCELLED"

    @property
    def terminal(self) -> bool:
        return self in (State.SUCCEEDED, State.FAILED, State.CANCELLED)


#: Legal transitions; RUNNING -> RUNNING is a relaunch after a lost worker.
TRANSITIONS: dict[State, frozenset[State]] = {
    State.QUEUED: frozenset({State.RUNNING, State.FAILED, State.CANCELLED}),
    State.RUNNING: frozenset({State.RUNNING, State.QUEUED, State.SUCCEEDED, State.FAILED, State.CANCELLED}),
    State.SUCCEEDED: frozenset(),
    State.FAILED: frozenset(),
    State.CANCELLED: frozenset(),
}


def job_key(job_id: str) -> str:
    return f"{PREFIX}{job_id}/job.json"


def status_key(job_id: str) -> str:
    return f"{PREFIX}{job_id}/status.json"


def checkpoint_prefix(job_id: str) -> str:
    return f"{PREFIX}{job_id}/checkpoints/"


def parse_name(name: str) -> str:
    """``trainingJobs/{id}`` (or a bare id) -> id; InvalidArgument otherwise."""
    job_id = name[len("trainingJobs/"):] if name.startswith("trainingJobs/") else name
    if not job_id or "/" in job_id or not all(c.isalnum() or c == "-" for c in job_id):
        raise InvalidArgument(f"invalid training job name {name!r}: want trainingJobs/{{id}}")
    return job_id


@dataclass
class Progress:
    step: int = 0
    total_steps: int = 0
    epoch: float = 0.0
    train_loss: float = 0.0
    eval_loss: float = 0.0
    tokens_per_second: float = 0.0
    eta_seconds: float = 0.0
    phase: str = ""


@dataclass
class Job:
    """One training job (the spec plus everything the service and worker learned)."""

    id: str
    model: str
    clean_dataset: str
    base_model: str
    method: str = "lora"                      # "lora" | "full"
    hyperparameters: dict = field(default_factory=dict)   # resolved, every field set
    launcher: str = "local"                   # "local" | "kubernetes"
    aliases: list = field(default_factory=list)
    # torch.distributed processes of the worker (its world size; 1 = a single process).
    workers: int = 1
    # The Kueue LocalQueue of the job's Kubernetes Job ("" = the launcher's configured one).
    queue_name: str = ""
    # Copied onto the published version (e.g. botfarm apply's fingerprint of what it trained).
    labels: dict = field(default_factory=dict)
    state: State = State.QUEUED
    progress: Progress = field(default_factory=Progress)
    error_message: str = ""
    model_version: str = ""
    metrics: dict = field(default_factory=dict)
    create_time: str = ""
    start_time: str = ""
    end_time: str = ""
    attempts: int = 0
    # What the launcher needs to find its worker again after a restart (pid, Job name).
    launcher_state: dict = field(default_factory=dict)
    # Set by Cancel; a worker that sees it stops at its next step.
    cancel_requested: bool = False
    # Every phase the worker went through, in order ("loading base model", "training",
    # ...): Watch streams each one, even those that began and ended between two polls.
    phase_log: list = field(default_factory=list)

    @property
    def name(self) -> str:
        return f"trainingJobs/{self.id}"

    def transition(self, new: State, *, reason: str = "") -> None:
        """Moves to ``new``; ``FailedPrecondition`` for a transition the machine forbids."""
        if new not in TRANSITIONS[self.state]:
            raise FailedPrecondition(
                f"training job {self.name} is {self.state.value}; it cannot become {new.value}",
                reason="ILLEGAL_STATE_TRANSITION",
                metadata={"job": self.name, "state": self.state.value, "target": new.value})
        self.state = new
        if new == State.RUNNING and not self.start_time:
            self.start_time = now_iso()
        if new.terminal:
            self.end_time = now_iso()
            if reason:
                self.error_message = reason
        elif reason:
            self.error_message = reason

    def to_json(self) -> dict:
        d = dataclasses.asdict(self)
        d["state"] = self.state.value
        return d

    @classmethod
    def from_json(cls, d: dict) -> Job:
        d = dict(d)
        d["state"] = State(d.get("state", "QUEUED"))
        d["progress"] = Progress(**{k: v for k, v in (d.get("progress") or {}).items()
                                    if k in Progress.__dataclass_fields__})
        known = cls.__dataclass_fields__
        return cls(**{k: v for k, v in d.items() if k in known})


def new_job_id() -> str:
    # Sortable by creation time (List is newest first) and unique without coordination.
    # Microseconds: two jobs created in one second still queue in creation order.
    return dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S-%f-") + uuid.uuid4().hex[:8]


class JobStore:
    """Reads and writes job records in the object store."""

    def __init__(self, store: ObjectStore):
        self.store = store

    def save(self, job: Job) -> None:
        self.store.put_bytes(job_key(job.id), json.dumps(job.to_json(), indent=1).encode())
        metrics.observe(job.id, job.state.value, job.state.terminal)

    def create(self, job: Job) -> None:
        self.store.create_if_absent(job_key(job.id), json.dumps(job.to_json(), indent=1).encode())
        metrics.JOBS_CREATED.inc()
        metrics.observe(job.id, job.state.value, job.state.terminal)

    def load(self, job_id: str) -> Job:
        try:
            raw = self.store.get_bytes(job_key(job_id))
        except NotFound:
            raise NotFound(f"training job trainingJobs/{job_id} not found", reason="TRAINING_JOB_NOT_FOUND",
                           metadata={"job": f"trainingJobs/{job_id}"}) from None
        job = Job.from_json(json.loads(raw))
        metrics.observe(job.id, job.state.value, job.state.terminal)
        return job

    def load_status(self, job_id: str) -> dict:
        try:
            return json.loads(self.store.get_bytes(status_key(job_id)))
        except NotFound:
            return {}

    def save_status(self, job_id: str, status: dict) -> None:
        self.store.put_bytes(status_key(job_id), json.dumps(status).encode())

    def ids(self) -> list[str]:
        """Every job id, newest first."""
        out = []
        for info in self.store.list(PREFIX):
            rest = info.key[len(PREFIX):]
            if rest.endswith("/job.json") and rest.count("/") == 1:
                out.append(rest.split("/")[0])
        return sorted(out, reverse=True)


def merge_status(job: Job, status: dict) -> Job:
    """The job with the worker's latest report folded in (progress, metrics, version)."""
    if not status:
        return job
    p = status.get("progress") or {}
    job.progress = Progress(**{k: v for k, v in p.items() if k in Progress.__dataclass_fields__})
    if status.get("metrics"):
        job.metrics = status["metrics"]
    if status.get("model_version"):
        job.model_version = status["model_version"]
    if status.get("phases"):
        job.phase_log = list(status["phases"])
    return job
