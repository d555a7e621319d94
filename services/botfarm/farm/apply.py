"""Runs a plan through the services: every bot that needs training is ingested and
cleaned (``parallel`` bots at once), then trained (at most ``max_training`` jobs
submitted and unfinished at once: by default the training service's own concurrency,
which ``training_limit`` asks it for), while unchanged bots only get their aliases
moved. A bot that fails does not stop the others; each ends as an ``Outcome``.

    limit, why = training_limit(clients["training"], requested=None)   # --max-training
    outcomes = Applier(clients, registry, parallel=4, max_training=limit).apply(steps)
"""

from __future__ import annotations

import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from typing import Any

from botfarm.core.errors import BotfarmError
from botfarm.farm.plan import RESUME, UNCHANGED, Step
from botfarm.farm.progress import SharedBar

#: Training jobs kept unfinished at once when the training service sets no limit of its
#: own (the Kubernetes launcher: Kueue or the scheduler queues) or cannot say (older).
FALLBACK_MAX_TRAINING = 2


def training_limit(training: Any, requested: int | None) -> tuple[int, str]:
    """How many training jobs apply keeps submitted and unfinished at once, and why: the
    training service's concurrency (GetTrainingCapacity), which ``requested``
    (--max-training) may lower but not raise (more would only wait in its queue)."""
    from botfarm.training.v1 import training_service_pb2 as tr_pb

    try:
        limit = training.GetTrainingCapacity(tr_pb.GetTrainingCapacityRequest()).training_capacity.max_concurrent_jobs
    except BotfarmError as e:
        if e.code != "UNIMPLEMENTED":
            raise
        limit, source = 0, "the training service does not report its concurrency"
    else:
        source = ("the training service's --max-concurrent-jobs" if limit > 0
                  else "the training service sets no limit of its own (its cluster queues)")
    if limit <= 0:
        n = requested or FALLBACK_MAX_TRAINING
        return n, f"{n} at a time (--max-training; {source})"
    if requested is None:
        return limit, f"{limit} at a time, {source}"
    if requested > limit:
        return limit, f"--max-training {requested} lowered to {limit}, {source}"
    return requested, f"{requested} at a time (--max-training; {source} is {limit})"


@dataclass
class Outcome:
    name: str
    action: str                 # create | retrain | unchanged | resume (the plan's)
    reason: str
    fingerprint: str
    result: str = "ok"          # ok | failed
    version: int = 0
    model_version: str = ""
    training_job: str = ""
    detail: str = ""
    error_code: str = ""

    def to_json(self) -> dict:
        return asdict(self)


class Bars:
    """The three bars of an apply: bytes uploaded, training steps, bots done."""

    def __init__(self, bots: int, disable: bool = False):
        self.upload = SharedBar("upload", "B", 0, disable, unit_scale=True)
        self.train = SharedBar("train", "step", 1, disable)
        self.bots = SharedBar("bots", "bot", 2, disable)
        self.bots.grow(bots)

    def say(self, text: str) -> None:
        self.bots.bar.write(text, file=sys.stderr)  # tqdm writes to stdout unless told

    def close(self) -> None:
        for b in (self.upload, self.train, self.bots):
            b.close()


class Applier:
    def __init__(self, clients: dict[str, Any], registry: Any, *, parallel: int = 4, max_training: int = 2,
                 bars: Bars | None = None):
        self.clients, self.registry = clients, registry
        self.parallel, self.max_training = max(1, parallel), max(1, max_training)
        self._prepare = threading.Semaphore(self.parallel)
        self._train = threading.Semaphore(self.max_training)
        self.bars = bars
        self._counts = {"preparing": 0, "training": 0, "done": 0, "failed": 0}
        self._lock = threading.Lock()

    def apply(self, steps: list[Step]) -> list[Outcome]:
        """Every step, concurrently; outcomes in the steps' order."""
        pool = ThreadPoolExecutor(self.parallel + self.max_training, thread_name_prefix="apply")
        try:
            return list(pool.map(self._one, steps))
        finally:
            pool.shutdown(wait=False, cancel_futures=True)

    def _one(self, step: Step) -> Outcome:
        out = Outcome(step.bot.name, step.action, step.reason, step.fingerprint, version=step.latest_version)
        try:
            if step.action == UNCHANGED:
                self._move_aliases(step, out)
            else:
                self._train_bot(step, out)
        except BotfarmError as e:
            out.result, out.error_code, out.detail = "failed", e.code, e.message
        except OSError as e:  # an archive moved or unreadable since the plan: this bot fails, not the farm
            out.result, out.error_code, out.detail = "failed", "FAILED_PRECONDITION", f"{e.strerror or e}: {e.filename or ''}"
        self._count("failed" if out.result == "failed" else "done")
        if out.result == "failed":
            self._say(f"{step.bot.name}: failed: {out.error_code}: {out.detail}")
        return out

    def _move_aliases(self, step: Step, out: Outcome) -> None:
        for alias in step.alias_moves:
            self.registry.set_alias(step.bot.name, alias, step.latest_version)
        out.model_version = f"models/{step.bot.name}/versions/{step.latest_version}"
        if step.alias_moves:
            out.detail = f"moved {', '.join(step.alias_moves)} to version {step.latest_version}"

    def _train_bot(self, step: Step, out: Outcome) -> None:
        from botfarm.bot_cli import clean_datasets, ingest, submit_training
        from botfarm.training.v1 import training_service_pb2 as tr_pb

        training = self.clients["training"]
        if step.action == RESUME:
            job = training.GetTrainingJob(tr_pb.GetTrainingJobRequest(name=step.job)).training_job
        else:
            with self._prepare:
                self._count("preparing", +1)
                try:
                    upload_bar = self.bars.upload.child if self.bars else _no_bar
                    datasets = ingest(self.clients["ingestion"], list(step.bot.archives), upload_bar,
                                      lambda m: self._say(f"{step.bot.name}: {m}"))
                    clean = clean_datasets(self.clients["cleaning"], datasets, step.bot.rules,
                                           lambda m: self._say(f"{step.bot.name}: {m}"))
                finally:
                    self._count("preparing", -1)
            self._say(f"{step.bot.name}: {clean.name} ready, training queued ({step.reason})")
            job = None
        with self._train:
            self._count("training", +1)
            try:
                if job is None:
                    job = submit_training(training, model=step.bot.name, clean_dataset=clean.name,
                                          base=step.bot.base, method=step.bot.method,
                                          hyperparameters=dict(step.bot.hyperparameters), aliases=step.bot.aliases,
                                          workers=step.bot.workers, labels=step.labels)
                out.training_job = job.name
                job = self._watch(job)
            finally:
                self._count("training", -1)
        if job.state != tr_pb.TrainingJob.STATE_SUCCEEDED:
            out.result, out.error_code = "failed", tr_pb.TrainingJob.State.Name(job.state).removeprefix("STATE_")
            out.detail = job.error_message or "the training job did not succeed"
            return
        out.model_version = job.model_version
        out.version = int(job.model_version.rsplit("/", 1)[-1])
        out.detail = f"trained in {job.name}"

    def _watch(self, job: Any) -> Any:
        from botfarm.training.cli import watch

        return watch(self.clients["training"], job, self.bars.train.child if self.bars else _no_bar)

    def _count(self, key: str, delta: int = 1) -> None:
        with self._lock:
            self._counts[key] += delta
            if self.bars:
                if key in ("done", "failed"):
                    self.bars.bots.update(1)
                c = self._counts
                self.bars.bots.status(f"preparing {c['preparing']}, training {c['training']}, failed {c['failed']}")

    def _say(self, text: str) -> None:
        if self.bars:
            self.bars.say(text)


class _NoBar:
    total = 0
    n = 0

    def update(self, n: float = 1) -> None:
        pass

    def set_description(self, *_: Any, **__: Any) -> None:
        pass

    def set_postfix(self, *_: Any, **__: Any) -> None:
        pass

    def write(self, *_: Any, **__: Any) -> None:
        pass

    def close(self) -> None:
        pass


def _no_bar(**_: Any) -> _NoBar:
    return _NoBar()
