"""What ``botfarm apply`` has to do for each bot: compare the declared state (its
fingerprint) with what the registry holds (the label on the bot's newest version) and
with the training jobs in flight.

    steps = make_plan(farm, registry, training)     # ServiceRegistry, training ServiceClient

create     the bot has no version yet
retrain    the newest version was trained from other archives or settings (or not by apply)
unchanged  the newest version carries the declared fingerprint (its aliases may still move)
resume     a training job for the declared fingerprint is already queued or running
           (an apply that was interrupted): it is followed, not started twice
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from botfarm.core.errors import NotFound
from botfarm.farm.spec import FINGERPRINT_LABEL, BotSpec, Farm, archive_digest, fingerprint

#: A second label: the archives' part of the fingerprint, so a plan can say what changed.
ARCHIVES_LABEL = "botfarm.dev/farm-archives"
CREATE, RETRAIN, UNCHANGED, RESUME = "create", "retrain", "unchanged", "resume"


@dataclass(frozen=True)
class Step:
    bot: BotSpec
    action: str
    reason: str
    fingerprint: str
    archives: str                       # sha256 over the archives' digests
    latest_version: int = 0
    alias_moves: tuple[str, ...] = ()   # aliases to point at the newest version (unchanged bots)
    job: str = ""                       # the training job in flight (resume)

    @property
    def trains(self) -> bool:
        return self.action in (CREATE, RETRAIN, RESUME)

    @property
    def labels(self) -> dict[str, str]:
        """The labels the trained version carries."""
        return {FINGERPRINT_LABEL: self.fingerprint, ARCHIVES_LABEL: self.archives}


def make_plan(farm: Farm, registry: Any, training: Any, parallel: int = 8) -> list[Step]:
    """One step per bot, in the file's order; the archives are hashed and the registry
    asked ``parallel`` bots at a time."""
    in_flight = jobs_in_flight(training)
    with ThreadPoolExecutor(max(1, parallel)) as pool:
        return list(pool.map(lambda bot: _step(bot, registry, in_flight), farm.bots))


def _step(bot: BotSpec, registry: Any, in_flight: dict[tuple[str, str], str]) -> Step:
    digests = [archive_digest(a) for a in bot.archives]
    fp = fingerprint(bot, digests)
    archives = hashlib.sha256("\n".join(digests).encode()).hexdigest()
    job = in_flight.get((bot.name, fp))
    if job:
        return Step(bot, RESUME, f"{job} is training this state already", fp, archives, job=job)
    try:
        model = registry.get_model(bot.name)
    except NotFound:
        return Step(bot, CREATE, "no such bot yet", fp, archives)
    latest = model.latest_version
    if not latest:
        return Step(bot, CREATE, "the bot has no version yet", fp, archives)
    labels = registry.resolve(f"{bot.name}@{latest}").labels
    if labels.get(FINGERPRINT_LABEL) == fp:
        moves = tuple(a for a in bot.aliases if model.aliases.get(a) != latest)
        return Step(bot, UNCHANGED, f"version {latest} has this state", fp, archives, latest, alias_moves=moves)
    if FINGERPRINT_LABEL not in labels:
        why = f"version {latest} was not trained by botfarm apply"
    elif labels.get(ARCHIVES_LABEL) != archives:
        why = f"archive content changed since version {latest}"
    else:
        why = f"settings changed since version {latest}"
    return Step(bot, RETRAIN, why, fp, archives, latest)


def jobs_in_flight(training: Any) -> dict[tuple[str, str], str]:
    """(model, fingerprint) -> name of each queued or running job that apply started."""
    from botfarm.training.v1 import training_service_pb2 as pb

    live = (pb.TrainingJob.STATE_QUEUED, pb.TrainingJob.STATE_RUNNING)
    return {(j.model, j.labels[FINGERPRINT_LABEL]): j.name for j in _all_jobs(training, pb)
            if j.state in live and FINGERPRINT_LABEL in j.labels}


def _all_jobs(training: Any, pb: Any) -> Iterator[Any]:
    token = ""
    while True:
        resp = training.ListTrainingJobs(pb.ListTrainingJobsRequest(page_size=1000, page_token=token))
        yield from resp.training_jobs
        token = resp.next_page_token
        if not token:
            return
