"""Training benchmark: our worker's loop against the huggingtweets recipe, same data,
same base, same number of optimiser steps and tokens per step, on this CPU.

    python bench/bench_training.py                  # 16 steps each (about 10 minutes here)
    python bench/bench_training.py --steps 4        # a quick run
    python bench/bench_training.py --steps 1000 --skip-baseline --ab-steps 0 [--frozen-cache-mb 0]
                                 [--frozen-matmuls bf16]  # our whole default run (4 epochs), alone

Data: the andreruffert X archive (../shared/data/x-archive-andreruffert/tweets.js),
ingested and cleaned with the huggingtweets preset by our own packages; base: the
offline SmolLM2-135M-Instruct (botfarm.registry.base.default_base_dir()).

* ours: `botfarm train-worker`'s loop (LoRA on the top half of the layers, bf16 autocast,
  posts packed with EOS into blocks of 256, 4 blocks per step = the recipe's 1,024 tokens
  per step), run in this process on a job record, through to a registered version. Its wall time from reading the archive to the registered bot is
  the second result.
* baseline: the huggingtweets recipe: transformers Trainer, full fine-tuning in fp32,
  batch size 1, blocks of 1,024 tokens (DESIGN.md), learning rate 1.372e-4, cosine.

* the step A/Bs: one optimiser step of the worker's model (same defaults) on the first four
  training blocks, the two sides alternating in this process, so both see the same
  machine; the medians of ``--ab-steps`` steps each give
  "training.step_native_kernels_vs_torch_ops" (tokens/s): the native training kernels
  (RMSNorm, rotary, SiLU x up: ``botfarm.training.kernels``) against their torch forms;
  "training.step_frozen_cache_vs_recomputed" (tokens/s): a step of every epoch after the
  first, the frozen layers' outputs over its blocks kept from the first
  (``botfarm.training.lean.FrozenCache``), against the same step computing them; with
  "four_epoch_run_ratio", what that makes of a whole run of the default 4 epochs;
  "training.step_int8_vs_bf16_frozen_matmuls" (tokens/s): the frozen weights' matmuls in
  int8 (``botfarm.training.int8``; the worker's default on a CPU with AVX-512 VNNI or AMX)
  against the same step in bf16 (skipped on a CPU without them).
  Each step A/B runs the frozen matmuls as the worker's default picks them on this CPU.

Both final models (and the base) are scored by the same fp32 evaluator on the same
held-out text, packed the same way into the same 512-token blocks whatever block size
each run trained on, so a shorter training block cannot flatter its own eval loss.
Prints five JSON lines: "training.vs_huggingtweets_recipe" (tokens/s),
"training.archive_to_bot_seconds", "training.step_native_kernels_vs_torch_ops",
"training.step_int8_vs_bf16_frozen_matmuls" and "training.step_frozen_cache_vs_recomputed".
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from botfarm.training.cli import FROZEN_MATMULS  # noqa: E402
from common import emit  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
ARCHIVE = REPO.parent / "shared" / "data" / "x-archive-andreruffert" / "tweets.js"


def log(*a):
    print(*a, file=sys.stderr, flush=True)


def fp32_eval_loss(model, blocks) -> float:
    import torch

    model.eval()
    total = n = 0
    with torch.no_grad():
        for i in range(len(blocks)):
            x = blocks[i : i + 1]
            total += model(input_ids=x, labels=x).loss.item() * (x.shape[1] - 1)
            n += x.shape[1] - 1
    return total / n


def baseline_recipe(base_dir: Path, train_texts: list[str], steps: int, out: Path) -> tuple[object, float, int]:
    """huggingtweets: Trainer, full fine-tuning, fp32, batch 1, blocks of 1,024 tokens."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer, Trainer, TrainingArguments

    tok = AutoTokenizer.from_pretrained(base_dir)
    model = AutoModelForCausalLM.from_pretrained(base_dir, dtype=torch.float32)
    # The converted folder's config still names its GGUF origin as "quantization_config",
    # though its weights are plain fp32: without this, Trainer refuses full fine-tuning.
    if getattr(model.config, "quantization_config", None):
        del model.config.quantization_config
        model.hf_quantizer = None
        model.is_quantized = False
    # The notebook wrote the cleaned tweets to one text file, one per line, and cut the
    # tokenised file into blocks (TextDataset), repeated 4 times (epochs).
    ids = tok("\n".join(train_texts), add_special_tokens=False)["input_ids"]
    block = 1024
    blocks = [ids[i : i + block] for i in range(0, len(ids) - block + 1, block)]
    ds = [{"input_ids": torch.tensor(b), "labels": torch.tensor(b)} for b in blocks]
    args = TrainingArguments(output_dir=str(out), per_device_train_batch_size=1, learning_rate=1.372e-4,
                             lr_scheduler_type="cosine", num_train_epochs=4, max_steps=steps, save_strategy="no",
                             report_to=[], logging_steps=max(1, steps // 4), use_cpu=True, seed=42,
                             disable_tqdm=True)
    trainer = Trainer(model=model, args=args, train_dataset=ds)
    t = time.perf_counter()
    with contextlib.redirect_stdout(sys.stderr):  # Trainer prints its logs; stdout is for results
        trainer.train()
    return model, time.perf_counter() - t, steps * block


def step_ab(base_dir: Path, ref: str, blocks, steps: int, off: Callable[[Any], Any],
            frozen_cache_bytes: int = 0) -> tuple[float, float]:
    """Tokens per second of one training step of the worker's default LoRA model (its
    frozen matmuls as the worker's default picks them on this CPU) as it is and inside
    ``off(step model)``, steps alternating (medians of ``steps`` each, after one warm-up
    step of each)."""
    import statistics

    import torch
    from botfarm.training import hparams, modeling, worker

    hp = hparams.resolve({})
    base = modeling.load_base(base_dir, ref, torch.device("cpu"))
    model = modeling.adapt(base.model, "lora", hp, bf16=True)
    int8_matmuls = worker.int8_matmuls(worker.WorkerConfig(job_id="bench"), torch.device("cpu"))
    step_model = modeling.trainer(model, "lora", frozen_cache_bytes=frozen_cache_bytes, int8_matmuls=int8_matmuls)
    params = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(params, lr=hp.learning_rate, foreach=True)
    times: dict[str, list[float]] = {"on": [], "off": []}
    for i in range(2 * (steps + 1)):
        mode = "on" if i % 2 else "off"
        with contextlib.nullcontext() if mode == "on" else off(step_model):
            t = time.perf_counter()
            with torch.autocast("cpu", dtype=torch.bfloat16):
                loss = step_model(input_ids=blocks, labels=blocks).loss
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            optimizer.step()
            optimizer.zero_grad(set_to_none=True)
            if i >= 2:
                times[mode].append(time.perf_counter() - t)
    tokens = blocks.numel()
    return tokens / statistics.median(times["on"]), tokens / statistics.median(times["off"])


@contextlib.contextmanager
def without_frozen_cache(step_model):
    """The lean forward computing its frozen layers, its kept outputs set aside."""
    kept, step_model.frozen_cache = step_model.frozen_cache, None
    try:
        yield
    finally:
        step_model.frozen_cache = kept


@contextlib.contextmanager
def frozen_matmuls_in_bf16(step_model):
    """The lean forward with its frozen matmuls in bf16, its int8 weights set aside."""
    from botfarm.training import lean

    projections = [layer[name] for layer in step_model.layers for name, _ in lean.FUSED]
    kept = [p.quantized for p in projections], step_model.head_int8
    for p in projections:
        p.quantized = None
    step_model.head_int8 = None
    try:
        yield
    finally:
        for p, q in zip(projections, kept[0], strict=True):
            p.quantized = q
        step_model.head_int8 = kept[1]


def _hyperparameters(ap: argparse.ArgumentParser, pairs: list[str]) -> dict:
    """``--hp NAME=VALUE`` pairs, each value JSON (a number, true/false, a string in quotes)."""
    out = {}
    for kv in pairs:
        name, eq, value = kv.partition("=")
        try:
            if not eq or not name:
                raise ValueError("expected NAME=VALUE")
            out[name] = json.loads(value)
        except ValueError as e:
            ap.error(f"--hp {kv!r}: {e}")
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--steps", type=int, default=16, help="optimiser steps of each run")
    ap.add_argument("--archive", default=str(ARCHIVE))
    ap.add_argument("--skip-baseline", action="store_true")
    ap.add_argument("--ab-steps", type=int, default=6,
                    help="steps of each side of the step A/Bs (0: skip them)")
    ap.add_argument("--hp", action="append", default=[], metavar="NAME=VALUE",
                    help="a hyperparameter of our run other than its default (repeatable), e.g. lora_layers=8")
    ap.add_argument("--frozen-cache-mb", type=int, default=2048,
                    help="our worker's budget for the frozen layers' outputs kept across epochs (its default; "
                         "0: recompute them). With --steps past the whole run, it times a 4-epoch run either way. "
                         "The step A/B keeps them on one side whatever this says")
    ap.add_argument("--frozen-matmuls", choices=FROZEN_MATMULS, default="auto",
                    help="our worker's frozen matmuls (its default: auto, int8 on a CPU with AVX-512 VNNI or AMX); "
                         "with --steps past the whole run, it times a 4-epoch run either way")
    ap.add_argument("--threads", type=int, default=0,
                    help="torch CPU threads of both runs (0, the default: torch's own default, one per core; "
                         "on a shared, oversubscribed machine 1 avoids OpenMP barrier stalls)")
    args = ap.parse_args()

    import torch
    from botfarm.cleaning.core import create_clean_dataset
    from botfarm.core.store import LocalStore
    from botfarm.ingestion.datasets import store_raw_dataset
    from botfarm.ingestion.sources.detect import read_path
    from botfarm.registry.base import default_base_dir, import_default_base
    from botfarm.registry.core import Registry
    from botfarm.training import data, int8, kernels
    from botfarm.training.jobs import JobStore
    from botfarm.training.manager import JobManager
    from botfarm.training.worker import WorkerConfig, run
    from peft import PeftModel
    from transformers import AutoModelForCausalLM, AutoTokenizer

    overrides = _hyperparameters(ap, args.hp)
    if args.threads:
        torch.set_num_threads(args.threads)
    load = os.getloadavg()
    log(f"load average before: {load}; cpus: {os.cpu_count()}; torch threads: {torch.get_num_threads()}")
    base_dir = default_base_dir()  # converted once from the GGUF and cached: not part of the timing
    tmp = Path(tempfile.mkdtemp(prefix="bench-training-"))
    store = LocalStore(tmp / "data")

    # --- ours: archive -> raw -> clean -> worker -> registered bot ----------------------
    t0 = time.perf_counter()
    raw = store_raw_dataset(store, read_path(args.archive))
    clean = create_clean_dataset(store, [raw.name], rules="huggingtweets")
    registry = Registry(store, cache_dir=tmp / "cache")
    base = import_default_base(registry)
    t_prep = time.perf_counter() - t0
    job = JobManager(store, {"local": None}).create(
        model="andreruffert", clean_dataset=clean.name, base_model=base.ref,
        hyperparameters={"max_steps": args.steps, "checkpoint_every_steps": 10**6, **overrides})
    rc = run(store, WorkerConfig(job_id=job.id, threads=args.threads, frozen_cache_mb=args.frozen_cache_mb,
                                 frozen_matmuls=args.frozen_matmuls))
    t_bot = time.perf_counter() - t0
    status = JobStore(store).load_status(job.id)
    if rc != 0:
        log("our worker failed:", status.get("error"))
        return 1
    m = status["metrics"]
    ours_tps = m["tokens_per_second"]
    log(f"ours: {status['model_version']} {m['train_tokens']} tokens in {m['train_seconds']:.1f} s "
        f"({ours_tps:.0f} tok/s); prep {t_prep:.1f} s; archive to bot {t_bot:.1f} s")

    train_texts = list(data.read_texts(store, clean.train_key))
    eval_texts = list(data.read_texts(store, clean.eval_key))
    tok = AutoTokenizer.from_pretrained(base_dir)
    eval_blocks = data.eval_blocks(data.tokenize(tok, eval_texts), 512)
    log(f"{len(train_texts)} train posts, {len(eval_texts)} eval posts, {eval_blocks.numel()} eval tokens")

    version = registry.resolve("andreruffert")
    ours_model = PeftModel.from_pretrained(AutoModelForCausalLM.from_pretrained(base_dir, dtype=torch.float32),
                                           registry.download(version))
    eval_ours = fp32_eval_loss(ours_model, eval_blocks)
    del ours_model
    base_model = AutoModelForCausalLM.from_pretrained(base_dir, dtype=torch.float32)
    eval_base = fp32_eval_loss(base_model, eval_blocks)
    del base_model
    log(f"eval loss (fp32, same blocks): base {eval_base:.4f}, ours {eval_ours:.4f}")

    if args.ab_steps > 0:
        ab_blocks = data.PackedEpochs(data.tokenize(tok, train_texts), 256, 1, 42).blocks(0, 4)
        if not kernels.load():
            log("step A/B skipped: the training kernels are unavailable (no C compiler, or BOTFARM_NATIVE_KERNELS=0)")
        else:
            native, plain = step_ab(base_dir, base.ref, ab_blocks, args.ab_steps, lambda _: kernels.torch_ops())
            log(f"step A/B: native kernels {native:.0f} tok/s, torch ops {plain:.0f} tok/s")
            emit("training.step_native_kernels_vs_torch_ops", ours=round(native, 1), baseline=round(plain, 1),
                 unit="tokens/s", steps_each=args.ab_steps, tokens_per_step=ab_blocks.numel(),
                 threads=torch.get_num_threads(), goal="ratio > 1 (informational)")
        if not int8.fast_on_this_cpu():
            log("step A/B of int8 skipped: this CPU has neither AVX-512 VNNI nor AMX (the worker's default is bf16)")
        else:
            quantized, plain = step_ab(base_dir, base.ref, ab_blocks, args.ab_steps, frozen_matmuls_in_bf16)
            log(f"step A/B: frozen matmuls in int8 {quantized:.0f} tok/s, in bf16 {plain:.0f} tok/s")
            emit("training.step_int8_vs_bf16_frozen_matmuls", ours=round(quantized, 1), baseline=round(plain, 1),
                 unit="tokens/s", steps_each=args.ab_steps, tokens_per_step=ab_blocks.numel(),
                 threads=torch.get_num_threads(), goal="ratio > 1 (informational)")
        # The step of every epoch after the first, its frozen layers' outputs kept, against
        # the same step computing them; what that makes of a run of the default 4 epochs.
        cached, computed = step_ab(base_dir, base.ref, ab_blocks, args.ab_steps, without_frozen_cache,
                                   frozen_cache_bytes=1 << 30)
        epochs = 4
        run_ratio = epochs / computed / (1 / computed + (epochs - 1) / cached)
        log(f"step A/B: frozen layers' outputs kept {cached:.0f} tok/s, computed {computed:.0f} tok/s; "
            f"a {epochs}-epoch run {run_ratio:.2f}x")
        emit("training.step_frozen_cache_vs_recomputed", ours=round(cached, 1), baseline=round(computed, 1),
             unit="tokens/s", steps_each=args.ab_steps, tokens_per_step=ab_blocks.numel(),
             threads=torch.get_num_threads(), four_epoch_run_ratio=round(run_ratio, 3),
             goal="ratio > 1 (informational)")

    if args.skip_baseline:
        return 0
    model, secs, tokens = baseline_recipe(base_dir, train_texts, args.steps, tmp / "trainer")
    base_tps = tokens / secs
    eval_baseline = fp32_eval_loss(model, eval_blocks)
    log(f"baseline: {tokens} tokens in {secs:.1f} s ({base_tps:.0f} tok/s); eval loss {eval_baseline:.4f}")
    load_after = os.getloadavg()
    emit("training.vs_huggingtweets_recipe", ours=round(ours_tps, 1), baseline=round(base_tps, 1), unit="tokens/s",
         eval_loss_ours=round(eval_ours, 4), eval_loss_baseline=round(eval_baseline, 4),
         eval_loss_base_model=round(eval_base, 4), eval_loss_ratio=round(eval_ours / eval_baseline, 4),
         steps=args.steps, tokens_per_step=1024, threads=torch.get_num_threads(), hyperparameters=overrides, goal="ratio >= 6 and eval_loss_ratio <= 1.05",
         load_average=[round(x, 2) for x in (*load, *load_after)][:6])
    emit("training.archive_to_bot_seconds", ours=round(t_bot, 1), baseline=300.0, unit="seconds",
         goal="ours <= 300 (baseline = the goal)", steps=args.steps, prep_seconds=round(t_prep, 1),
         train_seconds=round(m["train_seconds"], 1), model_version=status["model_version"],
         perplexity_after=round(math.exp(eval_ours), 2))
    log(json.dumps({"tmp": str(tmp)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
