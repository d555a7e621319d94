"""Helpers shared by the benchmarks in bench/ (each one prints one JSON line per result).

    from common import emit      # in bench/bench_*.py, run as `python bench/bench_x.py`
    emit("cleaning.vs_notebook_loop", ours=412_000.0, baseline=61_500.0, unit="posts/s", posts=1_000_000)

prints

    {"name": "cleaning.vs_notebook_loop", "ours": 412000.0, "baseline": 61500.0, "ratio": 6.7, "unit": "posts/s", "posts": 1000000}

bench/run_all.sh passes these lines through to stdout and everything else to stderr, so
a benchmark logs with print(..., file=sys.stderr) and reports only with emit().
"""

from __future__ import annotations

import json
import math
import sys
from numbers import Real
from typing import Any

RESERVED = ("name", "ours", "baseline", "ratio", "unit")


def round_sig(x: float, digits: int = 3) -> float:
    """x to `digits` significant figures: 6.6991 -> 6.7, 0.012345 -> 0.0123, 1234.5 -> 1230.0."""
    if x == 0 or not math.isfinite(x):
        return x
    return round(x, digits - 1 - math.floor(math.log10(abs(x))))


def _number(label: str, value: Any) -> float | int:
    # bool is a Real too, and a True "throughput" is always a bug in the caller.
    if isinstance(value, bool) or not isinstance(value, Real) or not math.isfinite(value):
        raise ValueError(f"{label} must be a finite number, got {value!r}")
    return value


def result(name: str, ours: float, baseline: float, unit: str, **extra: Any) -> dict[str, Any]:
    """The record emit() prints; ratio is ours / baseline to 3 significant figures
    (None when the baseline is 0, which JSON shows as null rather than inventing infinity)."""
    if not isinstance(name, str) or not name:
        raise ValueError("name must be a non-empty string such as 'inference.tokens_per_s'")
    if not isinstance(unit, str) or not unit:
        raise ValueError("unit must be a non-empty string such as 'tok/s'")
    ours, baseline = _number("ours", ours), _number("baseline", baseline)
    ratio = round_sig(ours / baseline) if baseline else None
    record: dict[str, Any] = {"name": name, "ours": ours, "baseline": baseline, "ratio": ratio, "unit": unit}
    record.update(extra)
    return record


def emit(name: str, ours: float, baseline: float, unit: str, **extra: Any) -> dict[str, Any]:
    """Print one result as one JSON line on stdout, flushed at once (a later benchmark in
    the same process may crash or be killed, and this line must not be lost)."""
    record = result(name, ours, baseline, unit, **extra)
    # allow_nan=False: NaN/Infinity are not JSON, and a consumer like jq would reject the line.
    sys.stdout.write(json.dumps(record, allow_nan=False, default=str) + "\n")
    sys.stdout.flush()
    return record
