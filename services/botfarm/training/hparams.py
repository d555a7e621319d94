"""Training hyperparameters: huggingtweets' defaults where they apply, validated once.

The gRPC message ``common.v1.Hyperparameters`` uses zero for "the default"; the
service turns it into a dict, and :func:`resolve` fills the defaults and refuses
values that cannot train (``InvalidArgument``), so a bad request fails at
CreateTrainingJob, not minutes later inside a worker.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass
from typing import Any

from botfarm.core.errors import InvalidArgument

METHODS = ("lora", "full")
#: huggingtweets' learning rate (full fine-tuning of GPT-2).
FULL_LEARNING_RATE = 1.372e-4
#: The usual LoRA learning rate (about 10x full fine-tuning's).
LORA_LEARNING_RATE = 1e-3
SCHEDULERS = ("cosine", "linear", "constant")


@dataclass(frozen=True)
class Hyperparameters:
    """One run's hyperparameters. Field names match ``common.v1.Hyperparameters``."""

    # 0 = by method: huggingtweets' 1.372e-4 for full fine-tuning; LORA_LEARNING_RATE
    # for LoRA, whose adapters start at zero and need larger steps to move as far.
    learning_rate: float = 0.0
    # huggingtweets trains with a cosine schedule.
    lr_scheduler: str = "cosine"
    # huggingtweets repeats the dataset 4 times.
    epochs: int = 4
    # Packed blocks per optimiser step: 4 x 256 = 1,024 tokens a step, as many as the
    # huggingtweets recipe's one 1,024-token block.
    batch_size: int = 4
    # Tokens per packed block; 0 = the smaller of 256 and the model's maximum. Posts are
    # short and packed end to end, so short blocks lose little context, and attention's
    # cost grows with the square of the block (bench/bench_training.py).
    block_size: int = 0
    # Stop after this many optimiser steps (0 = every epoch).
    max_steps: int = 0
    # LoRA rank / alpha; no dropout (PEFT's default; a dropout mask on every adapted
    # layer's input costs more CPU time than it helps a few-epoch run).
    lora_rank: int = 16
    lora_alpha: int = 32
    lora_dropout: float = 0.0
    # LoRA on the top this many transformer layers only (0 = the top half; a number
    # >= the model's layers = all). Backward then stops at the lowest adapted layer:
    # the frozen bottom half runs forward only (about a fifth of a step on a CPU, and
    # after the first epoch, for the blocks lean.FrozenCache kept, not at all), for a
    # style that lives in the top layers.
    # Fewer layers train faster (4 of 30: about 1.3-1.4x a step) but learn less: the
    # demo bot's eval loss after 40 steps was 4.164 with 4 layers against 3.900 with
    # the top half, so the top half stays the default.
    lora_layers: int = 0
    # AdamW weight decay; huggingtweets used none.
    weight_decay: float = 0.0
    # Warm-up steps of the schedule.
    warmup_steps: int = 0
    # Seed of data order, initialisation of adapters and dropout.
    seed: int = 42
    # Checkpoint to the store every this many steps (a preempted pod loses at most this)...
    checkpoint_every_steps: int = 50
    # ... and also once this many seconds have passed since the last checkpoint (or the
    # start), so a worker killed before its 50th step does not start again from step 0.
    # Five minutes: a LoRA checkpoint is a few MB and even a full 135M-parameter one
    # (weights and AdamW moments, about 1.6 GB) uploads in seconds, a few percent of it.
    checkpoint_every_seconds: int = 300
    # Blocks per forward pass of one process; 0 = batch_size / the number of processes
    # (no gradient accumulation). Lower it when a process's share does not fit in memory.
    micro_batch_size: int = 0

    def to_dict(self) -> dict:
        return dataclasses.asdict(self)


def resolve(values: dict | None, method: str = "lora") -> Hyperparameters:
    """Defaults for zero/missing values; ``InvalidArgument`` naming each bad field."""
    values = dict(values or {})
    fields = {f.name: f for f in dataclasses.fields(Hyperparameters)}
    unknown = sorted(set(values) - set(fields))
    if unknown:
        raise InvalidArgument(f"unknown hyperparameters: {', '.join(unknown)}", reason="BAD_HYPERPARAMETERS")
    errors: list[str] = []
    kwargs: dict[str, Any] = {}
    for name, value in values.items():
        if value in (None, "", 0, 0.0):
            continue  # proto3 zero = "use the default"
        typ = type(fields[name].default)
        if typ is float and isinstance(value, int | float) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, typ) or isinstance(value, bool):
            errors.append(f"{name} must be {typ.__name__}, got {value!r}")
            continue
        kwargs[name] = value
    if "learning_rate" not in kwargs:
        kwargs["learning_rate"] = FULL_LEARNING_RATE if method == "full" else LORA_LEARNING_RATE
    hp = Hyperparameters(**kwargs) if not errors else Hyperparameters(learning_rate=FULL_LEARNING_RATE)
    if not errors:
        if not (math.isfinite(hp.learning_rate) and 0 < hp.learning_rate <= 1):
            errors.append(f"learning_rate must be in (0, 1], got {hp.learning_rate}")
        if hp.lr_scheduler not in SCHEDULERS:
            errors.append(f"lr_scheduler must be one of {', '.join(SCHEDULERS)}, got {hp.lr_scheduler!r}")
        for name, lo, hi in (("epochs", 1, 1000), ("batch_size", 1, 4096), ("block_size", 8, 131072),
                             ("max_steps", 1, 10**8), ("lora_rank", 1, 1024), ("lora_layers", 1, 10**4), ("lora_alpha", 1, 1 << 16),
                             ("warmup_steps", 0, 10**8), ("checkpoint_every_steps", 1, 10**8),
                             ("checkpoint_every_seconds", 1, 10**7), ("micro_batch_size", 1, 4096)):
            v = getattr(hp, name)
            if name in values and values[name] not in (None, 0) and not lo <= v <= hi:
                errors.append(f"{name} must be between {lo} and {hi}, got {v}")
            elif v < 0:
                errors.append(f"{name} must not be negative, got {v}")
        if not 0 <= hp.lora_dropout < 1:
            errors.append(f"lora_dropout must be in [0, 1), got {hp.lora_dropout}")
        if not 0 <= hp.weight_decay < 1:
            errors.append(f"weight_decay must be in [0, 1), got {hp.weight_decay}")
    if errors:
        raise InvalidArgument("bad hyperparameters: " + "; ".join(errors), reason="BAD_HYPERPARAMETERS",
                              metadata={"errors": "; ".join(errors)})
    return hp


@dataclass(frozen=True)
class BatchPlan:
    """How one optimiser step's global batch of ``batch_size`` blocks is split over
    ``world_size`` processes: each takes ``per_process`` consecutive blocks, in
    ``accumulation`` forward passes of ``micro_batch`` blocks. The global batch, and so
    the recipe and its result, does not depend on the world size."""

    batch_size: int
    world_size: int
    micro_batch: int

    @property
    def per_process(self) -> int:
        return self.batch_size // self.world_size

    @property
    def accumulation(self) -> int:
        return self.per_process // self.micro_batch

    def first_block(self, step: int, rank: int, micro: int) -> int:
        """Index (in the packed epochs) of the first block of ``rank``'s ``micro``-th pass
        at ``step``: a pure function, so a resumed run, whatever its world size, reads the
        very blocks an uninterrupted one would have."""
        return step * self.batch_size + rank * self.per_process + micro * self.micro_batch


def plan_batches(hp: Hyperparameters, world_size: int) -> BatchPlan:
    """The split of ``hp.batch_size`` over ``world_size`` processes; ``InvalidArgument``
    when it does not divide evenly (every process must run as many passes, or the
    gradient all-reduce would wait for ever)."""
    if world_size < 1:
        raise InvalidArgument(f"the number of workers must be at least 1, got {world_size}", reason="BAD_WORKERS")
    micro = hp.micro_batch_size or hp.batch_size // world_size
    if micro < 1 or hp.batch_size % (world_size * micro):
        raise InvalidArgument(
            f"batch_size {hp.batch_size} must be a multiple of {world_size} workers x micro_batch_size "
            f"{hp.micro_batch_size or micro}: raise batch_size or use fewer workers",
            reason="BAD_HYPERPARAMETERS", metadata={"batch_size": str(hp.batch_size), "workers": str(world_size)})
    return BatchPlan(batch_size=hp.batch_size, world_size=world_size, micro_batch=micro)
