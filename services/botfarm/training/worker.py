"""The training worker: one job, from clean dataset and base model to a registered bot.

    botfarm train-worker --job 20261121-230000-123456-1a2b3c4d --data-dir .botfarm/data [--max-steps 20]

It runs as a local subprocess or as the container of a Kubernetes Job. It reads the
job's spec from ``training/jobs/{id}/job.json``, reports into ``status.json`` beside it,
checkpoints every ``checkpoint_every_steps`` and, started again after being killed,
continues from its last checkpoint. Exit codes: 0 done (or cancelled), 1 the job can
never succeed (bad input, a bug: do not retry), anything else (a signal) is worth a retry.
"""

from __future__ import annotations

import contextlib
import json
import math
import signal
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from botfarm.core.errors import BotfarmError, InvalidArgument
from botfarm.core.store import ObjectStore
from botfarm.training import checkpoint, data
from botfarm.training.hparams import resolve
from botfarm.training.jobs import Job, JobStore, State, now_iso

#: LoRA target modules per model family (config.model_type): attention and MLP
#: projections, where adapters help most.
LORA_TARGETS = {
    "gpt2": ["c_attn", "c_proj", "c_fc"],
    "llama": ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"],
    "mistral": ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"],
    "qwen2": ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"],
    "gpt_neox": ["query_key_value", "dense", "dense_h_to_4h", "dense_4h_to_h"],
}

EXIT_OK, EXIT_FATAL = 0, 1
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
    # "auto" = CUDA when present, else CPU.
    device: str = "auto"
    # bf16 autocast (CPU and GPU); off only to compare.
    bf16: bool = True
    # CPU threads for torch (0 = torch's default, one per core). On a shared,
    # oversubscribed machine fewer threads than cores avoid OpenMP barrier stalls.
    threads: int = 0


class Reporter:
    """Writes the worker's status.json, at most once per ``every_s`` unless forced."""

    def __init__(self, jobs: JobStore, job_id: str, status: dict, every_s: float):
        self.jobs, self.job_id, self.status, self.every_s = jobs, job_id, status, every_s
        self._last = 0.0

    def update(self, force: bool = False, **fields) -> None:
        prog = fields.pop("progress", None)
        if prog:
            self.status.setdefault("progress", {}).update(prog)
        self.status.update(fields)
        if force or time.monotonic() - self._last >= self.every_s:
            self.status["update_time"] = now_iso()
            self.jobs.save_status(self.job_id, self.status)
            self._last = time.monotonic()

    def phase(self, phase: str) -> None:
        print(f"[{self.job_id}] {phase}", file=sys.stderr, flush=True)
        # Kept across attempts (a resumed worker appends), bounded so a crash loop cannot grow it.
        log = self.status.setdefault("phases", [])
        log.append(phase)
        del log[:-MAX_PHASES]
        self.update(force=True, progress={"phase": phase})


def lr_at(step: int, total: int, peak: float, warmup: int, schedule: str) -> float:
    if warmup and step < warmup:
        return peak * (step + 1) / warmup
    if schedule == "constant":
        return peak
    frac = (step - warmup) / max(1, total - warmup)
    if schedule == "linear":
        return peak * max(0.0, 1 - frac)
    return peak * 0.5 * (1 + math.cos(math.pi * min(1.0, frac)))


def evaluate(model, blocks, device, autocast) -> float:
    import torch

    model.eval()
    total, n = 0.0, 0
    with torch.inference_mode(), autocast():
        for i in range(len(blocks)):
            x = blocks[i : i + 1].to(device)
            loss = model(input_ids=x, labels=x).loss.float().item()
            tokens = x.shape[1] - 1
            total, n = total + loss * tokens, n + tokens
    model.train()
    return total / max(1, n)


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


def run(store: ObjectStore, cfg: WorkerConfig) -> int:
    """Trains the job to the end; returns the process exit code."""
    jobs = JobStore(store)
    job = jobs.load(cfg.job_id)
    status = jobs.load_status(cfg.job_id)
    rep = Reporter(jobs, job.id, status, cfg.report_every_s)
    if status.get("model_version") or job.state.terminal or job.cancel_requested:
        # Nothing to do: published already (a replayed launch) or cancelled meanwhile.
        rep.update(force=True, result="succeeded" if status.get("model_version") else "cancelled")
        return EXIT_OK
    rep.update(force=True, result="", error="", worker_start_time=now_iso(),
               progress={"phase": "starting"})
    try:
        return _train(store, jobs, job, cfg, rep)
    except (BotfarmError, ValueError, OSError, RuntimeError) as e:
        msg = e.message if isinstance(e, BotfarmError) else f"{type(e).__name__}: {e}"
        traceback.print_exc()
        rep.update(force=True, result="failed", error=msg, progress={"phase": "failed"})
        return EXIT_FATAL


def _train(store: ObjectStore, jobs: JobStore, job: Job, cfg: WorkerConfig, rep: Reporter) -> int:
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from botfarm.registry.core import Registry

    hp = resolve(job.hyperparameters, job.method)
    max_steps = cfg.max_steps or hp.max_steps
    torch.manual_seed(hp.seed)
    if cfg.threads:
        torch.set_num_threads(cfg.threads)

    rep.phase("loading dataset")
    ds = data.load_dataset(store, job.clean_dataset)
    train_texts, eval_texts = data.read_texts(store, ds.train_key), data.read_texts(store, ds.eval_key)
    if not train_texts:
        raise InvalidArgument(f"clean dataset {ds.name} has no training posts", reason="EMPTY_DATASET")

    rep.phase("loading base model")
    registry = Registry(store)
    base = registry.resolve(job.base_model)
    if base.method == "lora":
        raise InvalidArgument(f"base model {base.name} is a LoRA adapter; train on a base or full model")
    base_dir = registry.download(base)
    tokenizer = AutoTokenizer.from_pretrained(base_dir)
    # Any: transformers' and PEFT's annotations do not fit this code. ``to`` is typed
    # unbound (through functools.wraps); attributes set or reached here (hf_quantizer,
    # disable_adapter, cast_input_dtype_enabled) are typed as nn.Module's Tensor | Module;
    # and get_peft_model replaces the model with a PeftModel, used duck-typed below.
    model: Any = AutoModelForCausalLM.from_pretrained(base_dir, dtype=torch.float32)
    model.config.use_cache = False
    qc = getattr(model.config, "quantization_config", None)
    if qc and (qc.get("quant_method") if isinstance(qc, dict) else getattr(qc, "quant_method", "")) == "gguf":
        # A base converted from GGUF keeps this note in its config although its weights
        # are plain safetensors; left in place, transformers treats the model as quantized
        # (refusing full fine-tuning and save_pretrained).
        del model.config.quantization_config
        model.hf_quantizer, model.is_quantized = None, False
    if cfg.device == "auto":
        device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    else:
        device = torch.device(cfg.device)
    model.to(device)

    def autocast():
        if not cfg.bf16:
            return contextlib.nullcontext()
        return torch.autocast(device_type=device.type, dtype=torch.bfloat16)

    max_len: int = getattr(model.config, "max_position_embeddings", 0) or getattr(model.config, "n_positions", 1024)
    block = hp.block_size or min(256, max_len)
    if block > max_len:
        raise InvalidArgument(f"block_size {block} exceeds the base model's maximum {max_len}",
                              reason="BAD_HYPERPARAMETERS")
    rep.phase("tokenizing")
    packed = data.PackedEpochs(data.tokenize(tokenizer, train_texts), block, hp.epochs, hp.seed)
    eval_blocks = data.eval_blocks(data.tokenize(tokenizer, eval_texts), block)
    total = len(packed) // hp.batch_size
    if max_steps:
        total = min(total, max_steps)
    if total == 0:
        raise InvalidArgument(f"clean dataset {ds.name} has {packed.tokens} tokens: less than one batch of "
                              f"{hp.batch_size} x {block} tokens", reason="DATASET_TOO_SMALL")

    if job.method == "lora":
        from peft import LoraConfig, get_peft_model

        if cfg.bf16:
            # The base is frozen: store it in bf16 once instead of letting autocast
            # re-cast every weight on every forward. The adapters stay fp32.
            model.to(torch.bfloat16)

        targets = LORA_TARGETS.get(model.config.model_type, "all-linear")
        n_layers = int(getattr(model.config, "num_hidden_layers", 0) or 0)
        n_adapted = hp.lora_layers or (n_layers + 1) // 2
        layers = list(range(n_layers - n_adapted, n_layers)) if 0 < n_adapted < n_layers else None
        model = get_peft_model(model, LoraConfig(
            r=hp.lora_rank, lora_alpha=hp.lora_alpha, lora_dropout=hp.lora_dropout, target_modules=targets,
            layers_to_transform=layers, task_type="CAUSAL_LM",
            fan_in_fan_out=model.config.model_type == "gpt2"))
        if cfg.bf16:
            # PEFT casts each adapted layer's bf16 input to the adapters' fp32 and the
            # sum back, at every layer, forward and backward; under autocast the adapter
            # matmuls run in bf16 anyway, so the casts only cost time (about 10% of a
            # CPU step). The adapter weights stay fp32: they are the optimiser's masters.
            for module in model.modules():
                if hasattr(module, "cast_input_dtype_enabled"):
                    module.cast_input_dtype_enabled = False
    model.train()
    params = [p for p in model.parameters() if p.requires_grad]
    for p in params:
        p.data = p.data.float()  # fp32 master weights for whatever trains
    # foreach: one multi-tensor kernel per op over all adapters instead of a Python loop
    # (fused=True is CUDA-only).
    opt = torch.optim.AdamW(params, lr=hp.learning_rate, weight_decay=hp.weight_decay, foreach=True)

    state = checkpoint.load(store, job.id, model, opt, device) or {}
    step = int(state.get("step", 0))
    history: list = state.get("loss_history", [])
    train_seconds = float(state.get("train_seconds", 0.0))
    tokens_seen = int(state.get("train_tokens", 0))
    if "eval_loss_before" in state:
        eval_before = state["eval_loss_before"]
        rep.phase(f"resumed from checkpoint at step {step}")
    else:
        rep.phase("evaluating base model")
        with model.disable_adapter() if job.method == "lora" else contextlib.nullcontext():
            eval_before = evaluate(model, eval_blocks, device, autocast) if len(eval_blocks) else 0.0
        history.append({"step": 0, "train_loss": None, "eval_loss": eval_before})
    rep.update(force=True, progress={"step": step, "total_steps": total, "eval_loss": eval_before,
                                     "phase": "training"})

    every = hp.checkpoint_every_steps
    last_cancel_check = time.monotonic()
    window: list[float] = []  # the last steps' durations, for tokens per second
    loss_val = float(state.get("train_loss", 0.0))
    tokens_per_step = hp.batch_size * block
    while step < total:
        t0 = time.perf_counter()
        for g in opt.param_groups:
            g["lr"] = lr_at(step, total, hp.learning_rate, hp.warmup_steps, hp.lr_scheduler)
        x = packed.batch(step, hp.batch_size).to(device)
        with autocast():
            loss = model(input_ids=x, labels=x).loss
        loss.backward()
        torch.nn.utils.clip_grad_norm_(params, 1.0)
        opt.step()
        opt.zero_grad(set_to_none=True)
        step += 1
        loss_val = loss.item()
        dt_step = time.perf_counter() - t0
        train_seconds += dt_step
        tokens_seen += tokens_per_step
        window = (window + [dt_step])[-20:]
        tps = tokens_per_step * len(window) / sum(window)
        history.append({"step": step, "train_loss": loss_val, "eval_loss": None})
        rep.update(force=step == total, progress={
            "step": step, "total_steps": total, "epoch": step * hp.batch_size / packed.blocks_per_epoch,
            "train_loss": loss_val, "tokens_per_second": tps,
            "eta_seconds": (total - step) * sum(window) / len(window), "phase": "training"})
        if step % every == 0 and step < total:
            checkpoint.save(store, job.id, step, model, opt, {
                "loss_history": history, "eval_loss_before": eval_before, "train_seconds": train_seconds,
                "train_tokens": tokens_seen, "train_loss": loss_val})
        if time.monotonic() - last_cancel_check > cfg.cancel_check_every_s:
            last_cancel_check = time.monotonic()
            current = jobs.load(job.id)
            if current.cancel_requested or current.state == State.CANCELLED:
                rep.update(force=True, result="cancelled", progress={"phase": "cancelled"})
                return EXIT_OK

    rep.phase("evaluating")
    eval_after = evaluate(model, eval_blocks, device, autocast) if len(eval_blocks) else 0.0
    if history and history[-1]["step"] == step:
        history[-1]["eval_loss"] = eval_after
    else:
        history.append({"step": step, "train_loss": None, "eval_loss": eval_after})
    metrics = {
        "train_loss": loss_val, "eval_loss_before": eval_before, "eval_loss_after": eval_after,
        "perplexity_before": math.exp(min(eval_before, 50)), "perplexity_after": math.exp(min(eval_after, 50)),
        "tokens_per_second": tokens_seen / train_seconds if train_seconds else 0.0,
        "train_seconds": train_seconds, "train_tokens": tokens_seen,
    }
    rep.update(force=True, metrics=metrics, loss_history=history, progress={"eval_loss": eval_after})

    rep.phase("publishing")
    version = _already_published(registry, job)
    if not version:
        with tempfile.TemporaryDirectory(prefix="botfarm-out-") as tmp:
            out = Path(tmp)
            if job.method == "full":
                model.save_pretrained(out, safe_serialization=True)
            else:
                model.save_pretrained(out)
            tokenizer.save_pretrained(out)
            arch = (getattr(model.config, "architectures", None) or [type(model).__name__])[0]
            info = registry.publish(
                job.model, out, method=job.method, base_model=f"{base.model}@{base.version}",
                architecture=arch, clean_dataset=ds.name, clean_dataset_sha256=ds.sha256,
                hyperparameters={**hp.to_dict(), "block_size": block, "max_steps": max_steps},
                metrics=metrics, training_data=ds.users, loss_history=history, training_job=job.id,
                users=[u.get("user", u) for u in ds.users], aliases=("latest", *job.aliases))
            version = info.name
    rep.update(force=True, result="succeeded", model_version=version, progress={"phase": "done"})
    checkpoint.delete_all(store, job.id)
    print(f"[{job.id}] registered {version}", file=sys.stderr, flush=True)
    return EXIT_OK


def install_sigterm() -> None:
    """SIGTERM (cancel, pod eviction) ends the process like SIGKILL would, but lets
    Python flush: the last checkpoint is still the resume point."""
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))


def result_summary(status: dict) -> str:
    return json.dumps({k: status.get(k) for k in ("result", "error", "model_version")})
