"""The one line `make cluster-test` ends with, gathered from the release tests.

    cluster: <N> workloads from the chart ran; bot <name> trained by Job <job> and served; faults survived: <list>

Each release test calls ``record``; tests/cluster/conftest.py prints the line at the end
of the pytest run and writes it to build/cluster-summary.txt (the Makefile prints that
file last).
"""

from __future__ import annotations

from pathlib import Path

SUMMARY_FILE = Path(__file__).resolve().parents[2] / "build" / "cluster-summary.txt"
RUNS: list[dict] = []


def record(rel, *, bot: str, job: str, faults: list[str]) -> None:
    RUNS.append({"values": rel.values, "workloads": list(rel.ran), "bot": bot, "job": job, "faults": faults})


def summary() -> str | None:
    if not RUNS:
        return None
    main = max(RUNS, key=lambda r: len(r["faults"]))
    n = sum(len(r["workloads"]) for r in RUNS)
    faults = ", ".join(main["faults"]) or "none"
    return (f"cluster: {n} workloads from the chart ran; bot {main['bot']} trained by Job {main['job']} "
            f"and served; faults survived: {faults}")
