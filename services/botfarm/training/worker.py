"""The training worker: one job, from clean dataset and base model to a registered bot.

    botfarm train-worker --job 20261121-230000-123456-1a2b3c4d --data-dir .botfarm/data [--max-steps 20]
    python -m torch.distributed.run --standalone --nnodes=1 --nproc-per-node=2 --max-restarts=0 \
        --no-python botfarm train-worker --job 20261121-230000-123456-1a2b3c4d --data-dir .botfarm/data

It runs as a local subprocess or as the container of a Kubernetes Job, alone or as one
of a torch.distributed group started by torchrun (DDP: NCCL on GPUs, gloo on CPUs). It
reads the job's spec from ``training/jobs/{id}/job.json``; rank 0 alone reports into
``status.json`` beside it, checkpoints (every ``checkpoint_every_steps`` steps and every
``checkpoint_every_seconds``) and publishes. Started again after being killed, with the
same or another number of processes, it continues from its last checkpoint.

Exit codes: 0 done (or cancelled); 1 the job can never succeed (bad input, a bug: do
not retry; rank 0 has written the error to status.json); 2 a process of the group was
lost (retry); anything else (a signal) is worth a retry too.
"""

from __future__ import annotations

import json
import math
import signal
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from botfarm.core.errors import BotfarmError, InvalidArgument
from botfarm.core.store import ObjectStore
from botfarm.registry.genconfig import write_recipe
from botfarm.training import checkpoint, data, loop, modeling
from botfarm.training.distributed import DistConfig, Group, PeerLost
from botfarm.training.hparams import Hyperparameters, plan_batches, resolve
from botfarm.training.jobs import Job, JobStore, State, now_iso

EXIT_OK, EXIT_FATAL, EXIT_LOST = 0, 1, 2
#: Phases kept in status.json's log.
MAX_PHASES = 200


@dataclass(frozen=True)
class WorkerConfig:
    job_id: str
    # Overrides the job's max_steps (0 = keep), for quick runs.
    max_steps: int = 0
    # Seconds between progress reports to the store (each is one PUT).
    report_every_s: float = 1.0
    # Seconds between checks of job.json for a cancel.
    cancel_check_every_s: float = 2.0
    # "auto" = this process's GPU when there is one, else the CPU.
    device: str = "auto"
    # bf16 autocast (CPU and GPU); off only to compare.
    bf16: bool = True
    # Training steps through the lean forward (training/lean.py) where it applies; off
    # only to compare with PEFT's own forward.
    lean_forward: bool = True
    # CPU threads for torch (0 = torch's default, one per core). On a shared,
    # oversubscribed machine fewer threads than cores avoid OpenMP barrier stalls.
    threads: int = 0
    # Host memory (MiB) for the frozen layers' outputs kept from one epoch to the next
    # (lean.FrozenCache; 0 = recompute them every epoch). About 1.1 KiB a training token
    # for SmolLM2-135M in bf16: 2 GiB holds 1.8M tokens, some 60,000 posts.
    frozen_cache_mb: int = 2048
    # The frozen weights' matmuls (int8.py): "int8", "bf16", or "auto" = int8 on a CPU with
    # int8 dot-product instructions (AVX-512 VNNI, AMX) under bf16 autocast, else bf16.
    frozen_matmuls: str = "auto"
    # This process's place in a torch.distributed group (torchrun's environment,
    # read by the entry point); a single process by default.
    dist: DistConfig = field(default_factory=DistConfig)


class Reporter:
    """Writes the worker's status.json, at most once per ``every_s`` unless forced.
    Only rank 0's reporter writes (one writer per object); the others are silent."""

    def __init__(self, jobs: JobStore, job_id: str, status: dict, every_s: float, enabled: bool = True):
        self.jobs, self.job_id, self.status, self.every_s = jobs, job_id, status, every_s
        self.enabled = enabled
        self._last = 0.0

    def update(self, force: bool = False, **fields) -> None:
        if not self.enabled:
            return
        prog = fields.pop("progress", None)
        if prog:
            self.status.setdefault("progress", {}).update(prog)
        self.status.update(fields)
        if force or time.monotonic() - self._last >= self.every_s:
            self.status["update_time"] = now_iso()
            self.jobs.save_status(self.job_id, self.status)
            self._last = time.monotonic()

    def phase(self, phase: str) -> None:
        if not self.enabled:
            return
        print(f"[{self.job_id}] {phase}", file=sys.stderr, flush=True)
        # Kept across attempts (a resumed worker appends), bounded so a crash loop cannot grow it.
        log = self.status.setdefault("phases", [])
        log.append(phase)
        del log[:-MAX_PHASES]
        self.update(force=True, progress={"phase": phase})


def run(store: ObjectStore, cfg: WorkerConfig) -> int:
    """Trains the job to the end; returns the process exit code."""
    jobs = JobStore(store)
    job = jobs.load(cfg.job_id)
    status = jobs.load_status(cfg.job_id)
    rep = Reporter(jobs, job.id, status, cfg.report_every_s, enabled=cfg.dist.is_main)
    if status.get("model_version") or job.state.terminal or job.cancel_requested:
        # Nothing to do: published already (a replayed launch) or cancelled meanwhile.
        rep.update(force=True, result="succeeded" if status.get("model_version") else "cancelled")
        return EXIT_OK
    rep.update(force=True, result="", error="", worker_start_time=now_iso(), world_size=cfg.dist.world_size,
               progress={"phase": "starting"})
    group = Group(cfg.dist)
    try:
        code = _train(store, jobs, job, cfg, rep, group)
    except PeerLost as e:
        # Not this job's fault and not worth a "failed" in status.json: the group ends
        # and the job manager relaunches it from the last checkpoint.
        print(f"[{job.id}] rank {cfg.dist.rank}: lost the process group: {e}", file=sys.stderr, flush=True)
        return EXIT_LOST
    except (BotfarmError, ValueError, OSError, RuntimeError) as e:
        msg = e.message if isinstance(e, BotfarmError) else f"{type(e).__name__}: {e}"
        traceback.print_exc()
        rep.update(force=True, result="failed", error=msg, progress={"phase": "failed"})
        return EXIT_FATAL
    group.leave()
    return code


@dataclass
class _Inputs:
    """The job's data, loaded and checked."""

    dataset: data.CleanDataset
    train_texts: list
    eval_texts: list


def _load_inputs(store: ObjectStore, job: Job, rep: Reporter) -> _Inputs:
    rep.phase("loading dataset")
    ds = data.load_dataset(store, job.clean_dataset)
    inputs = _Inputs(ds, data.read_texts(store, ds.train_key), data.read_texts(store, ds.eval_key))
    if not inputs.train_texts:
        raise InvalidArgument(f"clean dataset {ds.name} has no training posts", reason="EMPTY_DATASET")
    return inputs


def _load_base(registry, job: Job, device, rep: Reporter) -> modeling.Base:
    rep.phase("loading base model")
    base = registry.resolve(job.base_model)
    if base.method == "lora":
        raise InvalidArgument(f"base model {base.name} is a LoRA adapter; train on a base or full model")
    return modeling.load_base(registry.download(base), f"{base.model}@{base.version}", device)


def _pack(inputs: _Inputs, base: modeling.Base, hp: Hyperparameters, max_steps: int, rep: Reporter):
    """The packed training blocks, the eval blocks and the run's number of steps."""
    block = modeling.block_size(hp, base.max_len)
    rep.phase("tokenizing")
    packed = data.PackedEpochs(data.tokenize(base.tokenizer, inputs.train_texts), block, hp.epochs, hp.seed)
    eval_blocks = data.eval_blocks(data.tokenize(base.tokenizer, inputs.eval_texts), block)
    total = len(packed) // hp.batch_size
    if max_steps:
        total = min(total, max_steps)
    if total == 0:
        raise InvalidArgument(f"clean dataset {inputs.dataset.name} has {packed.tokens} tokens: less than one "
                              f"batch of {hp.batch_size} x {block} tokens", reason="DATASET_TOO_SMALL")
    return packed, eval_blocks, total


def _start(t: loop.Training, state: dict | None, method: str, rep: Reporter) -> loop.RunState:
    """The run's state: from the checkpoint, or fresh after scoring the base model."""
    if state is not None and state.get("eval_loss_before") is not None:
        run_state = loop.RunState.from_checkpoint(state)
        rep.phase(f"resumed from checkpoint at step {run_state.step}")
        return run_state
    run_state = loop.RunState()
    rep.phase("evaluating base model")
    with modeling.without_adapters(t.raw, method):
        run_state.eval_loss_before = loop.evaluate(t)
    run_state.loss_history.append({"step": 0, "train_loss": None, "eval_loss": run_state.eval_loss_before})
    return run_state


def _hooks(store: ObjectStore, jobs: JobStore, job: Job, t: loop.Training, rep: Reporter, main: bool) -> loop.Hooks:
    if not main:
        return loop.Hooks()

    def cancelled() -> bool:
        current = jobs.load(job.id)
        return current.cancel_requested or current.state == State.CANCELLED

    def save(state: loop.RunState) -> None:
        checkpoint.save(store, job.id, state.step, t.raw, t.optimizer, state.to_checkpoint(t.plan))

    return loop.Hooks(report=rep.update, cancelled=cancelled, checkpoint=save)


#: glibc's mallopt parameters (malloc.h).
_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3


def keep_freed_memory() -> bool:
    """Lets glibc's malloc keep the memory a training step frees for the next one.

    By default it maps each block past its mmap threshold (128 KiB, rising with what is
    freed up to 32 MiB) from the OS anew and returns the heap's free top past twice that:
    a step's large temporaries (activations, their gradients) are fresh pages every step,
    each faulted in and zeroed, ~3% of a CPU step here (blocks past 32 MiB, like the head's
    chunks, are kept by their owners: ``headloss``). With the
    threshold fixed at 32 MiB and no trimming below 1 GiB, the heap reuses them; the
    process keeps its peak. False where the C library has no mallopt (not glibc)."""
    import ctypes

    mallopt = getattr(ctypes.CDLL(None), "mallopt", None)
    if mallopt is None:
        return False
    return bool(mallopt(_M_MMAP_THRESHOLD, 32 << 20)) and bool(mallopt(_M_TRIM_THRESHOLD, 1 << 30))


def _train(store: ObjectStore, jobs: JobStore, job: Job, cfg: WorkerConfig, rep: Reporter, group: Group) -> int:
    """The run as its steps: load the data and the base, adapt it (LoRA or full), the
    loop, evaluate, publish once."""
    import torch

    from botfarm.registry.core import Registry

    hp = resolve(job.hyperparameters, job.method)
    plan = plan_batches(hp, cfg.dist.world_size)
    max_steps = cfg.max_steps or hp.max_steps
    # The adapters' initialisation: the same in every process (DDP checks it).
    torch.manual_seed(hp.seed)
    if cfg.threads:
        torch.set_num_threads(cfg.threads)
    device = modeling.pick_device(cfg.device, cfg.dist.local_rank)
    quantize = int8_matmuls(cfg, device)
    if device.type == "cpu":
        keep_freed_memory()
    group.join(device)

    inputs = _load_inputs(store, job, rep)
    registry = Registry(store)
    base = _load_base(registry, job, device, rep)
    packed, eval_blocks, total = _pack(inputs, base, hp, max_steps, rep)
    raw = modeling.adapt(base.model, job.method, hp, cfg.bf16)
    params = [p for p in raw.parameters() if p.requires_grad]
    # foreach: one multi-tensor kernel per op over all adapters instead of a Python loop
    # (fused=True is CUDA-only).
    opt = torch.optim.AdamW(params, lr=hp.learning_rate, weight_decay=hp.weight_decay, foreach=True)
    saved = checkpoint.load(store, job.id, raw, opt, device)
    stepper = modeling.trainer(raw, job.method, cfg.lean_forward, cfg.frozen_cache_mb << 20, quantize)
    used = "int8" if getattr(stepper, "head_int8", None) is not None else "bf16" if cfg.bf16 else "fp32"
    print(f"[{job.id}] rank {cfg.dist.rank}: frozen matmuls in {used}"
          + (" (the lean forward does not apply)" if quantize and used != "int8" else ""),
          file=sys.stderr, flush=True)
    model = group.wrap(stepper)
    t = loop.Training(raw=raw, model=model, optimizer=opt, params=params, packed=packed,
                      eval_blocks=eval_blocks, plan=plan, hp=hp, total=total, device=device,
                      autocast=modeling.autocast_for(device, cfg.bf16), group=group, rank=cfg.dist.rank)
    state = _start(t, saved, job.method, rep)
    rep.update(force=True, progress={"step": state.step, "total_steps": total, "eval_loss": state.eval_loss_before,
                                     "phase": "training"})
    if not loop.run(t, state, _hooks(store, jobs, job, t, rep, cfg.dist.is_main),
                    cancel_check_every_s=cfg.cancel_check_every_s):
        rep.update(force=True, result="cancelled", progress={"phase": "cancelled"})
        return EXIT_OK
    if getattr(stepper, "frozen_cache", None) is not None:
        print(f"[{job.id}] rank {cfg.dist.rank}: frozen layers' outputs: {stepper.frozen_cache.stats()}",
              file=sys.stderr, flush=True)

    rep.phase("evaluating")
    eval_after = loop.evaluate(t)
    if not cfg.dist.is_main:
        return EXIT_OK  # rank 0 publishes
    history = state.loss_history
    if history and history[-1]["step"] == state.step:
        history[-1]["eval_loss"] = eval_after
    else:
        history.append({"step": state.step, "train_loss": None, "eval_loss": eval_after})
    before = state.eval_loss_before or 0.0
    metrics = {
        "train_loss": state.train_loss, "eval_loss_before": before, "eval_loss_after": eval_after,
        "perplexity_before": math.exp(min(before, 50)), "perplexity_after": math.exp(min(eval_after, 50)),
        "tokens_per_second": state.train_tokens / state.train_seconds if state.train_seconds else 0.0,
        "train_seconds": state.train_seconds, "train_tokens": state.train_tokens, "world_size": plan.world_size,
    }
    rep.update(force=True, metrics=metrics, loss_history=history, progress={"eval_loss": eval_after})

    rep.phase("publishing")
    version = _already_published(registry, job) or _publish(registry, job, raw, base, inputs.dataset, {
        **hp.to_dict(), "block_size": packed.block_size, "max_steps": max_steps,
        "micro_batch_size": plan.micro_batch}, metrics, history)
    rep.update(force=True, result="succeeded", model_version=version, progress={"phase": "done"})
    checkpoint.delete_all(store, job.id)
    print(f"[{job.id}] registered {version}", file=sys.stderr, flush=True)
    return EXIT_OK


def int8_matmuls(cfg: WorkerConfig, device) -> bool:
    """Whether the frozen matmuls run in int8 (``cfg.frozen_matmuls`` on ``device``)."""
    from botfarm.training import int8, kernels
    from botfarm.training.cli import FROZEN_MATMULS

    if cfg.frozen_matmuls not in FROZEN_MATMULS:
        raise InvalidArgument(f"frozen matmuls: auto, int8 or bf16, not {cfg.frozen_matmuls!r}",
                              reason="BAD_WORKER_CONFIG")
    if cfg.frozen_matmuls == "auto":
        # Without the native passes (no compiler, BOTFARM_NATIVE_KERNELS=0) the torch forms
        # of quantising and scaling back cost more than int8 saves.
        return device.type == "cpu" and cfg.bf16 and cfg.lean_forward and int8.fast_on_this_cpu() \
            and kernels.load() is not None
    if cfg.frozen_matmuls == "int8" and device.type != "cpu":
        raise InvalidArgument(f"the frozen matmuls run in int8 on a CPU only, not on {device}: "
                              "use --frozen-matmuls bf16 or auto", reason="BAD_WORKER_CONFIG")
    return cfg.frozen_matmuls == "int8"


def _already_published(registry, job: Job) -> str:
    """A version of job.model made by this job, if a previous attempt published one
    but died before recording it (publish must happen exactly once)."""
    from botfarm.core.errors import NotFound

    token = ""
    try:
        while True:
            versions, token = registry.list_versions(job.model, page_size=1000, page_token=token)
            for v in versions:
                if v.training_job in (job.id, job.name):
                    return v.name
            if not token:
                return ""
    except NotFound:  # the model does not exist yet
        return ""


def _publish(registry, job: Job, model, base: modeling.Base, ds: data.CleanDataset, hyperparameters: dict,
             metrics: dict, history: list) -> str:
    """The trained adapter (or full model), its tokenizer and generation defaults
    (generation_config.json: one post per generation) as the next version of job.model."""
    with tempfile.TemporaryDirectory(prefix="botfarm-out-") as tmp:
        out = Path(tmp)
        if job.method == "full":
            model.save_pretrained(out, safe_serialization=True)
        else:
            model.save_pretrained(out)
        base.tokenizer.save_pretrained(out)
        # The huggingtweets generation recipe as the bot's defaults (beside an adapter too).
        write_recipe(out, base.tokenizer)
        arch = (getattr(model.config, "architectures", None) or [type(model).__name__])[0]
        info = registry.publish(
            job.model, out, method=job.method, base_model=base.ref, architecture=arch, clean_dataset=ds.name,
            clean_dataset_sha256=ds.sha256, hyperparameters=hyperparameters, metrics=metrics,
            training_data=ds.users, loss_history=history, training_job=job.id,
            users=[u.get("user", u) for u in ds.users], aliases=("latest", *job.aliases), labels=job.labels)
        return info.name


def install_sigterm() -> None:
    """SIGTERM (cancel, pod eviction, torchrun stopping the group) ends the process like
    SIGKILL would, but lets Python flush: the last checkpoint is still the resume point."""
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))


def result_summary(status: dict) -> str:
    return json.dumps({k: status.get(k) for k in ("result", "error", "model_version")})
