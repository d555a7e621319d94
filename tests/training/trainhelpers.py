"""Test data for the training tests: a tiny base model in the registry and a clean
dataset written in the documented object layout (datasets/clean/{sha256}/...)."""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

POSTS = [
    "My dream is to build a bot farm that writes like my friends.",
    "Today I shipped a new release of the web component library.",
    "Coffee first, then code reviews, then more coffee.",
    "The quick brown fox jumps over the lazy dog.",
    "I love open source and the people who maintain it.",
    "Reading the new CSS spec draft, container queries are great.",
]


def gz_lines(rows: list[dict]) -> bytes:
    return gzip.compress("".join(json.dumps(r) + "\n" for r in rows).encode())


def write_clean_dataset(store, train: list[str] | None = None, eval_: list[str] | None = None,
                        corrupt_train: bool = False) -> str:
    """Writes a clean dataset; returns its name "cleanDatasets/{sha256}"."""
    train = train if train is not None else POSTS * 8
    eval_ = eval_ if eval_ is not None else POSTS
    train_b = b"not gzip at all" if corrupt_train else gz_lines([{"user": "tester", "text": t} for t in train])
    eval_b = gz_lines([{"user": "tester", "text": t} for t in eval_])
    sha = hashlib.sha256(train_b + eval_b).hexdigest()
    prefix = f"datasets/clean/{sha}/"
    store.put_bytes(prefix + "train.jsonl.gz", train_b)
    store.put_bytes(prefix + "eval.jsonl.gz", eval_b)
    users = [{"user": {"handle": "tester", "display_name": "Tester", "avatar_url": ""},
              "counts": {"downloaded": 60, "retweets": 5, "short": 7, "kept": 48}}]
    store.put_bytes(prefix + "dataset.json", json.dumps({
        "name": f"cleanDatasets/{sha}", "sha256": sha, "users": users, "rules": "huggingtweets",
        "train_key": prefix + "train.jsonl.gz", "eval_key": prefix + "eval.jsonl.gz",
        "train_count": len(train), "eval_count": len(eval_)}).encode())
    return f"cleanDatasets/{sha}"


def publish_base(store, model_dir: Path, name: str = "base/tiny-gpt2") -> str:
    from botfarm.registry.core import Registry

    info = Registry(store).publish(name, Path(model_dir), method="base")
    return info.ref


#: Hyperparameters that make a tiny random model learn in a few steps.
FAST_HP = {"learning_rate": 3e-3, "block_size": 32, "batch_size": 1, "epochs": 4, "lora_rank": 8, "lora_alpha": 16,
           "checkpoint_every_steps": 5, "warmup_steps": 0, "seed": 1}


def worker_cmd(job_id: str, data_dir: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "botfarm.cli", "train-worker", "--job", job_id, "--data-dir", str(data_dir),
            *extra]


def worker_env() -> dict[str, str]:
    # The subprocess must not inherit a different store from the developer's shell.
    env = {k: v for k, v in os.environ.items() if not k.startswith("BOTFARM_")}
    env["PYTHONPATH"] = str(REPO / "services")
    # Two cores shared by many: one thread per worker keeps the tests predictable.
    env["OMP_NUM_THREADS"] = "1"
    return env


def run_worker(job_id: str, data_dir: Path, *extra: str, timeout: float = 240) -> subprocess.CompletedProcess:
    return subprocess.run(worker_cmd(job_id, data_dir, *extra), env=worker_env(), capture_output=True,
                          text=True, timeout=timeout)


def wait_for(pred, timeout: float = 120, every: float = 0.2):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = pred()
        if value:
            return value
        time.sleep(every)
    raise AssertionError(f"condition not met in {timeout} s")
