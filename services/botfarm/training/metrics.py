"""Prometheus metrics of the training service: jobs by state (the farm dashboard's
"training jobs" panel). Labels are the fixed states, never a job or bot name.

Every job record the service writes or reads goes through ``observe``, which keeps
the state of each job seen so the gauge is a count and a job's end is counted once.
"""

from __future__ import annotations

import threading

from prometheus_client import Counter, Gauge

JOBS = Gauge("botfarm_training_jobs", "Unfinished training jobs by state.", ["state"])  # queued | running
JOBS_CREATED = Counter("botfarm_training_jobs_created", "Training jobs created.")
JOBS_FINISHED = Counter("botfarm_training_jobs_finished", "Training jobs that ended, by final state.",
                        ["state"])  # succeeded | failed | cancelled

_lock = threading.Lock()
_states: dict[str, str] = {}


def observe(job_id: str, state: str, terminal: bool) -> None:
    """Records a job's state (as its record says); counts its end the first time an
    unfinished job is seen finished."""
    state = state.lower()
    with _lock:
        before = _states.get(job_id)
        if before == state:
            return
        if terminal:
            _states.pop(job_id, None)
            if before is not None:
                JOBS_FINISHED.labels(state).inc()
        else:
            _states[job_id] = state
        for s in ("queued", "running"):
            JOBS.labels(s).set(sum(1 for v in _states.values() if v == s))
