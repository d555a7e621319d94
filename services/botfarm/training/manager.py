"""The job manager: validates new jobs, drives each through its state machine, and
re-attaches to running workers after a restart.

One reconcile pass (every ``poll_interval_s``, on a background thread) looks at every
unfinished job: a QUEUED job starts when its launcher has a free slot; a RUNNING job's
worker is polled and its status.json read, and the job moves on when the worker is
done, failed, or was lost (then it is relaunched from its checkpoint, up to
``max_attempts`` times, like a Kubernetes Job's backoffLimit).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from botfarm.core.errors import FailedPrecondition, InvalidArgument, NotFound, PermissionDenied
from botfarm.core.pagination import paginate
from botfarm.core.store import ObjectStore
from botfarm.training import data
from botfarm.training.hparams import METHODS, plan_batches, resolve
from botfarm.training.jobs import Job, JobStore, State, merge_status, new_job_id, now_iso, parse_name
from botfarm.training.launchers.base import (
    EXITED,
    FAILED,
    LOST,
    PENDING,
    QUEUED,
    Launcher,
    one_machine_world_size,
)

log = logging.getLogger(__name__)

DEFAULT_BASE_MODEL = "base/smollm2-135m-instruct"


@dataclass(frozen=True)
class ManagerConfig:
    # Seconds between reconcile passes; also how often Watch looks for changes.
    poll_interval_s: float = 1.0
    # Worker starts per job (the first plus relaunches after it was lost).
    max_attempts: int = 3
    # The launcher of jobs that name none.
    default_launcher: str = "local"
    # The base of jobs that name none.
    default_base_model: str = DEFAULT_BASE_MODEL


class JobManager:
    def __init__(self, store: ObjectStore, launchers: dict[str, Launcher], config: ManagerConfig = ManagerConfig()):
        self.store = store
        self.jobs = JobStore(store)
        self.launchers = launchers
        self.config = config
        self._lock = threading.RLock()
        self._active: set[str] | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    # --- the API the servicer calls ----------------------------------------------

    def create(self, *, model: str, clean_dataset: str, base_model: str = "", method: str = "",
               hyperparameters: dict | None = None, launcher: str = "", aliases: Sequence[str] = (),
               workers: int = 0, queue_name: str = "", labels: Mapping[str, str] | None = None) -> Job:
        from botfarm.registry import names
        from botfarm.registry.core import Registry

        if not model:
            raise InvalidArgument("training_job.model is required", reason="MODEL_REQUIRED")
        names.check_model(model)
        if model.startswith("base/"):
            raise InvalidArgument(f"model {model!r}: bots may not be named under base/", reason="BAD_MODEL_NAME")
        for a in aliases:
            names.check_alias(a)
        labels = names.check_labels(labels)
        method = method or "lora"
        if method not in METHODS:
            raise InvalidArgument(f"method must be one of {', '.join(METHODS)}, got {method!r}")
        launcher = launcher or self.config.default_launcher
        if launcher not in self.launchers:
            raise FailedPrecondition(f"launcher {launcher!r} is not configured on this service "
                                     f"(configured: {', '.join(sorted(self.launchers))})",
                                     reason="LAUNCHER_NOT_CONFIGURED")
        hp = resolve(hyperparameters, method)
        # Launchers decide how many processes a job gets (a cluster's are fixed by its
        # configuration); one without a say (a stand-in) runs them on one machine.
        world_size = getattr(self.launchers[launcher], "world_size", None)
        world = world_size(workers, queue_name) if world_size else one_machine_world_size(workers, queue_name)
        plan_batches(hp, world)  # refuses a batch the processes cannot share evenly
        if not clean_dataset:
            raise InvalidArgument("training_job.clean_dataset is required", reason="DATASET_REQUIRED")
        ds = data.load_dataset(self.store, clean_dataset)
        base = Registry(self.store).resolve(base_model or self.config.default_base_model)
        if base.method == "lora":
            raise InvalidArgument(f"base model {base.name} is a LoRA adapter; train on a base or full model",
                                  reason="BAD_BASE_MODEL")
        job = Job(id=new_job_id(), model=model, clean_dataset=ds.name, base_model=base.ref, method=method,
                  hyperparameters=hp.to_dict(), launcher=launcher, aliases=list(aliases), create_time=now_iso(),
                  workers=world, queue_name=queue_name, labels=labels)
        job.progress.phase = "queued"
        with self._lock:
            self.jobs.create(job)
            self._active_ids().add(job.id)
        log.info("training job %s created: %s on %s from %s", job.name, model, ds.name, base.ref)
        return job

    def get(self, name: str) -> Job:
        job_id = parse_name(name)
        job = self.jobs.load(job_id)
        return merge_status(job, self.jobs.load_status(job_id)) if not job.state.terminal else job

    def list(self, page_size: int = 0, page_token: str = "") -> tuple[list[Job], str]:
        """Jobs newest first (ids start with their creation time)."""
        ids, token = paginate(self.jobs.ids(), listing="trainingJobs", page_size=page_size, page_token=page_token,
                              key=lambda i: i, descending=True, check=parse_name)
        out = []
        for i in ids:
            try:
                out.append(self.get(i))
            except NotFound:  # deleted while listing
                continue
        return out, token

    def cancel(self, name: str) -> Job:
        job_id = parse_name(name)
        with self._lock:
            job = self.jobs.load(job_id)
            if job.state.terminal:
                raise FailedPrecondition(f"training job {job.name} already finished ({job.state.value})",
                                         reason="JOB_FINISHED", metadata={"state": job.state.value})
            job.cancel_requested = True
            self.jobs.save(job)  # a worker on another machine sees this and stops
            if job.state == State.RUNNING or job.launcher_state:  # launched, maybe waiting for Kueue
                self.launchers[job.launcher].cancel(job)
            job = merge_status(job, self.jobs.load_status(job_id))
            job.progress.phase = "cancelled"
            job.transition(State.CANCELLED, reason="cancelled by request")
            self.jobs.save(job)
            self._active_ids().discard(job_id)
        return job

    def watch(self, name: str, alive: Callable[[], bool] = lambda: True) -> Iterator[Job]:
        """The job now, then again at each change, until it finishes, ``alive()`` is false,
        or the service stops (the stream then ends at once and the client resumes it on the
        next controller, instead of holding shutdown for its whole grace period)."""
        last = None
        while alive() and not self._stop.is_set():
            job = self.get(name)
            snap = job.to_json()
            if snap != last:
                last = snap
                yield job
            if job.state.terminal:
                return
            self._stop.wait(self.config.poll_interval_s)

    # --- reconciling ---------------------------------------------------------------

    def _active_ids(self) -> set[str]:
        if self._active is None:
            self._active = set()
            for i in self.jobs.ids():
                try:
                    if not self.jobs.load(i).state.terminal:
                        self._active.add(i)
                except (NotFound, ValueError, KeyError):
                    log.warning("skipping unreadable training job record %s", i)
        return self._active

    def reconcile(self) -> None:
        """One pass over every unfinished job (oldest first, so the queue is FIFO)."""
        with self._lock:
            ids = sorted(self._active_ids())
        for job_id in ids:
            try:
                with self._lock:
                    self._reconcile_one(job_id)
            except Exception:  # one broken job must not stop the others
                log.exception("reconciling training job %s failed", job_id)

    def _finish(self, job: Job, state: State, reason: str = "") -> None:
        job.transition(state, reason=reason)
        if state == State.SUCCEEDED:
            job.error_message = ""
        self.jobs.save(job)
        self._active_ids().discard(job.id)
        log.info("training job %s %s %s", job.name, state.value, reason)

    def _launch(self, job: Job, launcher: Launcher) -> None:
        job.launcher_state = launcher.launch(job)
        job.attempts += 1
        if job.launcher_state.get("queue"):
            self._wait_for_admission(job, f"waiting for Kueue admission (queue {job.launcher_state['queue']})")
            return
        job.progress.phase = "starting worker"
        job.transition(State.RUNNING)
        self.jobs.save(job)

    def _wait_for_admission(self, job: Job, reason: str) -> None:
        """The job's Kubernetes Job is suspended in the cluster's batch queue: QUEUED,
        with the reason shown, until Kueue admits (unsuspends) it."""
        if job.state != State.QUEUED:
            job.transition(State.QUEUED, reason=reason)
        job.error_message = reason
        job.progress.phase = "waiting for Kueue admission"
        self.jobs.save(job)

    def _poll_admission(self, job: Job, launcher: Launcher) -> bool:
        """For a submitted QUEUED job: True once admitted (now RUNNING)."""
        ws = launcher.poll(job)
        if ws.phase == QUEUED:
            if not job.error_message.startswith(ws.reason):  # kept: "... (suspended after it started)"
                self._wait_for_admission(job, ws.reason)
            return False
        job.error_message = ""
        job.progress.phase = "starting worker"
        job.transition(State.RUNNING)
        self.jobs.save(job)
        return True

    def _reconcile_one(self, job_id: str) -> None:
        job = self.jobs.load(job_id)
        if job.state.terminal:
            self._active_ids().discard(job_id)
            return
        launcher = self.launchers.get(job.launcher)
        if launcher is None:
            self._finish(job, State.FAILED, f"launcher {job.launcher!r} is not configured on this service")
            return
        status = self.jobs.load_status(job_id)
        if job.state == State.QUEUED and job.launcher_state:
            if not self._poll_admission(job, launcher):
                return
        if job.state == State.QUEUED:
            if launcher.capacity() > 0:
                try:
                    self._launch(job, launcher)
                except (InvalidArgument, FailedPrecondition, PermissionDenied) as e:
                    # A worker that can never start (a Job the API server refuses): fail
                    # the job rather than leave it QUEUED for ever with no reason shown.
                    self._finish(job, State.FAILED, f"cannot start the worker: {e.message}")
                except Exception as e:
                    # Maybe transient (API server unreachable): shown on the job, retried next pass.
                    log.warning("training job %s: starting its worker failed: %s", job.name, e)
                    msg = f"cannot start the worker yet: {e}"
                    if job.error_message != msg:
                        job.error_message = msg
                        self.jobs.save(job)
            return
        merge_status(job, status)
        if status.get("result") == "succeeded" and status.get("model_version"):
            self._finish(job, State.SUCCEEDED)
            return
        ws = launcher.poll(job)
        if ws.phase == QUEUED:  # suspended again: preempted by Kueue; it resumes once readmitted
            self._wait_for_admission(job, f"{ws.reason} (suspended after it started)")
            return
        if ws.phase in (FAILED, EXITED, LOST):
            # What the worker wrote before it ended: read after seeing the end.
            status = self.jobs.load_status(job_id)
            merge_status(job, status)
            if status.get("result") == "succeeded" and status.get("model_version"):
                self._finish(job, State.SUCCEEDED)
                return
        if ws.phase == PENDING:
            if ws.fatal:
                launcher.cancel(job)
                self._finish(job, State.FAILED, ws.reason)
            elif ws.reason != job.error_message:
                job.error_message = ws.reason  # e.g. "ImagePullBackOff: ..." while it waits
                self.jobs.save(job)
            return
        if ws.phase == FAILED or status.get("result") == "failed":
            if ws.phase not in (FAILED, EXITED, LOST):
                # The worker reported a fatal error: stop what is left of it (a torchrun
                # group's exit code cannot tell a fatal error from a lost process, and a
                # Kubernetes Job would start it again).
                launcher.cancel(job)
            self._finish(job, State.FAILED, status.get("error") or ws.reason or "the worker failed")
            return
        if ws.phase in (EXITED, LOST):
            # Ended without a result: killed, preempted, or gone while we were down.
            if job.attempts >= self.config.max_attempts:
                self._finish(job, State.FAILED, f"worker lost {job.attempts} times; last: {ws.reason}")
                return
            log.warning("training job %s: %s; relaunching from its checkpoint", job.name, ws.reason)
            job.error_message = ws.reason
            self._launch(job, launcher)
            return
        if job.error_message and not status.get("error"):
            job.error_message = ""  # a pending reason that no longer applies
            self.jobs.save(job)

    def start(self) -> None:
        """Reconciles on a background thread until ``stop``."""
        self._stop.clear()
        for launcher in self.launchers.values():
            launcher.start()

        def loop() -> None:
            while not self._stop.is_set():
                self.reconcile()
                self._stop.wait(self.config.poll_interval_s)

        self._thread = threading.Thread(target=loop, name="training-reconcile", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread:
            self._thread.join(10)
        for launcher in self.launchers.values():
            launcher.close()
