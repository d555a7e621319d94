"""The training loop: one optimiser step at a time over the global batch, in every
process of the group alike; rank 0 alone reports, checkpoints and watches for a cancel.

A step's global batch is ``batch_size`` packed blocks. Each of the ``world_size``
processes takes its own consecutive share (``hparams.BatchPlan``) in ``accumulation``
forward passes, each loss scaled by 1 / accumulation, and DistributedDataParallel
averages the gradients over the processes: every block weighs 1 / batch_size, the same
gradient one process computes over the whole batch (all blocks have the same length).
"""

from __future__ import annotations

import contextlib
import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from botfarm.training import data
from botfarm.training.distributed import Group, PeerLost
from botfarm.training.hparams import BatchPlan, Hyperparameters


@dataclass
class RunState:
    """What a checkpoint keeps besides weights and moments. All of it is global (the
    step, the data position, the group's mean losses), none of it per process, so a run
    resumes with any number of processes."""

    step: int = 0
    loss_history: list = field(default_factory=list)
    eval_loss_before: float | None = None
    train_seconds: float = 0.0
    train_tokens: int = 0
    train_loss: float = 0.0

    def to_checkpoint(self, plan: BatchPlan) -> dict:
        return {"loss_history": self.loss_history, "eval_loss_before": self.eval_loss_before,
                "train_seconds": self.train_seconds, "train_tokens": self.train_tokens,
                "train_loss": self.train_loss,
                # Blocks consumed: where the data stream resumes (a pure function of the
                # step, recorded to read the checkpoint without the job's spec).
                "data_position": self.step * plan.batch_size,
                # Informational: a resumed run may use another number of processes.
                "world_size": plan.world_size}

    @classmethod
    def from_checkpoint(cls, state: dict) -> RunState:
        return cls(step=int(state.get("step", 0)), loss_history=list(state.get("loss_history", [])),
                   eval_loss_before=state.get("eval_loss_before"),
                   train_seconds=float(state.get("train_seconds", 0.0)),
                   train_tokens=int(state.get("train_tokens", 0)), train_loss=float(state.get("train_loss", 0.0)))


@dataclass
class Training:
    """Everything one run's loop works with."""

    # The model (PEFT or plain): what evaluation, checkpoints and publishing see.
    raw: Any
    # What training steps run (``modeling.trainer(raw)``: the lean forward over raw's own
    # adapters, or raw), under DistributedDataParallel in a group.
    model: Any
    optimizer: Any
    params: list
    packed: data.PackedEpochs
    eval_blocks: Any
    plan: BatchPlan
    hp: Hyperparameters
    # Optimiser steps of the whole run.
    total: int
    device: Any
    autocast: Callable[[], Any]
    group: Group
    rank: int = 0


@dataclass
class Hooks:
    """What rank 0 does around the steps (every other rank gets the no-op defaults)."""

    # (force, progress fields) -> None: a status report.
    report: Callable[..., None] = lambda force=False, **fields: None
    # Whether the job was cancelled (rank 0 reads the job record; its answer reaches
    # every process through the step's all-reduce, so all stop at the same step).
    cancelled: Callable[[], bool] = lambda: False
    # (state) -> None: writes a checkpoint.
    checkpoint: Callable[[RunState], None] = lambda state: None


def lr_at(step: int, total: int, peak: float, warmup: int, schedule: str) -> float:
    if warmup and step < warmup:
        return peak * (step + 1) / warmup
    if schedule == "constant":
        return peak
    frac = (step - warmup) / max(1, total - warmup)
    if schedule == "linear":
        return peak * max(0.0, 1 - frac)
    return peak * 0.5 * (1 + math.cos(math.pi * min(1.0, frac)))


def step_seed(seed: int, step: int, rank: int) -> int:
    """The RNG seed of one process at one step (dropout masks): a pure function, so a
    resumed run draws what an uninterrupted one would have, with no RNG state to save."""
    return (seed * 1_000_003 + step) * 1024 + rank


def evaluate(t: Training) -> float:
    """Mean loss per token over the held-out blocks, each process scoring every
    world_size-th block and the sums added over the group."""
    import torch

    t.raw.eval()
    total, n = 0.0, 0.0
    with torch.inference_mode(), t.autocast():
        for i in range(t.rank, len(t.eval_blocks), t.plan.world_size):
            x = t.eval_blocks[i : i + 1].to(t.device)
            loss = t.raw(input_ids=x, labels=x).loss.float().item()
            tokens = x.shape[1] - 1
            total, n = total + loss * tokens, n + tokens
    t.raw.train()
    total, n = t.group.sum([total, n])
    return total / max(1, n)


def _forward_backward(t: Training, step: int):
    """This process's share of one step, gradients accumulated (and, in a group,
    averaged over it by DDP during the last backward); its mean loss, not yet synced."""
    plan = t.plan
    loss_sum: Any = None
    for micro in range(plan.accumulation):
        x = t.packed.blocks(plan.first_block(step, t.rank, micro), plan.micro_batch).to(t.device)
        last = micro == plan.accumulation - 1
        # DDP all-reduces gradients at every backward unless told not to: only the last.
        sync = contextlib.nullcontext() if last or not t.group.cfg.distributed else t.model.no_sync()
        with sync:
            with t.autocast():
                loss = t.model(input_ids=x, labels=x).loss
            (loss / plan.accumulation if plan.accumulation > 1 else loss).backward()
        loss_sum = loss.detach() if loss_sum is None else loss_sum + loss.detach()
    return loss_sum / plan.accumulation if plan.accumulation > 1 else loss_sum


def train_step(t: Training, step: int) -> float:
    """One optimiser step; this process's mean loss over its share of the batch."""
    import torch

    for g in t.optimizer.param_groups:
        g["lr"] = lr_at(step, t.total, t.hp.learning_rate, t.hp.warmup_steps, t.hp.lr_scheduler)
    torch.manual_seed(step_seed(t.hp.seed, step, t.rank))
    try:
        loss = _forward_backward(t, step)
    except RuntimeError as e:
        if not t.group.cfg.distributed:
            raise
        # In a group a dead peer surfaces here, inside DDP's gradient all-reduce.
        raise PeerLost(f"step {step + 1}: {e}") from e
    torch.nn.utils.clip_grad_norm_(t.params, 1.0)
    t.optimizer.step()
    t.optimizer.zero_grad(set_to_none=True)
    return loss.item()


def run(t: Training, state: RunState, hooks: Hooks, *, cancel_check_every_s: float = 2.0,
        clock: Callable[[], float] = time.monotonic) -> bool:
    """Trains from ``state.step`` to ``t.total``; False when cancelled on the way.

    A checkpoint is written every ``checkpoint_every_steps`` steps and whenever
    ``checkpoint_every_seconds`` have passed since the last one (or the start).
    """
    hp, world = t.hp, t.plan.world_size
    tokens_per_step = hp.batch_size * t.packed.block_size
    window: list[float] = []  # the last steps' durations, for tokens per second
    last_checkpoint = last_cancel_check = clock()
    while state.step < t.total:
        t0 = time.perf_counter()
        local_loss = train_step(t, state.step)
        stop = 0.0
        if clock() - last_cancel_check > cancel_check_every_s:
            last_cancel_check = clock()
            stop = 1.0 if hooks.cancelled() else 0.0
        # One collective a step: the group's mean loss and whether rank 0 saw a cancel.
        loss_sum, stop = t.group.sum([local_loss, stop])
        state.step += 1
        state.train_loss = loss_sum / world
        dt_step = time.perf_counter() - t0
        state.train_seconds += dt_step
        state.train_tokens += tokens_per_step
        window = (window + [dt_step])[-20:]
        state.loss_history.append({"step": state.step, "train_loss": state.train_loss, "eval_loss": None})
        hooks.report(force=state.step == t.total, progress={
            "step": state.step, "total_steps": t.total, "epoch": state.step * hp.batch_size / t.packed.blocks_per_epoch,
            "train_loss": state.train_loss, "tokens_per_second": tokens_per_step * len(window) / sum(window),
            "eta_seconds": (t.total - state.step) * sum(window) / len(window), "phase": "training"})
        due = state.step % hp.checkpoint_every_steps == 0 or clock() - last_checkpoint >= hp.checkpoint_every_seconds
        if due and state.step < t.total:
            hooks.checkpoint(state)
            last_checkpoint = clock()
        if stop:
            return False
    return True
