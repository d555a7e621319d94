"""Farm benchmark: a thousand LoRA bots on one SmolLM2-135M base, with a bank that holds
only a hundred, against the same load on one bot.

    python bench/bench_farm.py                          # 1,000 bots, 256 requests (the goal run)
    python bench/bench_farm.py --bots 200 --requests 64 --repeats 1   # a quick run

The bots are random PEFT LoRA adapters (r=8 on q_proj and v_proj, PEFT's defaults for
Llama; bf16 safetensors) written to a temporary folder and served from there (a local
source: the registry's download is not the point; reading, converting and slotting an
adapter is). Requests pick their bot from a Zipf distribution (s = 1.1) over the bots,
the most popular first; 64 client threads each keep one request of 48 new tokens in
flight (sampling, temperature 0.8, top_p 0.95, a seed per request), so a cold load
happens in the client's thread as in the service, while the engine decodes the other
requests. The bank holds ``--cache`` adapters (``--max-adapters``), warmed with the
most popular ones. The baseline sends the same requests, prompts and seeds to one LoRA
bot. The machine is shared: the two loads alternate ``--repeats`` times and each keeps
its best run. One JSON line:

- farm.zipf_1000_bots_vs_one_bot: tok/s of the Zipf load over tok/s of the one-bot load,
  with the p99 of a cold load (submit of a request whose bot was not loaded, to the
  request queued: read, convert, slot) and the p99 time to first token (from submit,
  cold loads included) of the Zipf run, its adapter cache hit rate and the load average.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import emit  # noqa: E402

PROMPTS = ["My dream is", "Today I shipped", "Coffee first, then", "The best thing about open source is",
           "I can't believe", "Hot take:", "Reading the new CSS spec,", "Just finished a run and"]


def log(*a):
    print(*a, file=sys.stderr, flush=True)


def plain_base(out: Path) -> Path:
    """The offline SmolLM2 base (``botfarm registry import-base``'s source) without the
    GGUF ``quantization_config`` its conversion leaves in config.json."""
    from botfarm.registry.base import default_base_dir

    base = default_base_dir()
    out.mkdir(parents=True, exist_ok=True)
    for f in base.iterdir():
        if f.is_file() and f.name != "config.json":
            (out / f.name).symlink_to(f)
    cfg = json.loads((base / "config.json").read_text())
    cfg.pop("quantization_config", None)
    (out / "config.json").write_text(json.dumps(cfg, indent=2))
    return out


def write_adapters(base: Path, out: Path, n: int, r: int = 8) -> list[Path]:
    """n random LoRA adapters in PEFT's layout (q_proj, v_proj; bf16), with a bar."""
    from safetensors.torch import save_file
    from tqdm import tqdm

    cfg = json.loads((base / "config.json").read_text())
    h, layers = cfg["hidden_size"], cfg["num_hidden_layers"]
    kv = cfg["num_key_value_heads"] * (cfg.get("head_dim") or h // cfg["num_attention_heads"])
    g = torch.Generator().manual_seed(0)
    config = json.dumps({"peft_type": "LORA", "r": r, "lora_alpha": 16, "target_modules": ["q_proj", "v_proj"],
                         "lora_dropout": 0.0, "bias": "none", "task_type": "CAUSAL_LM"})
    dirs = []
    for i in tqdm(range(n), desc="writing adapters", unit="bot", file=sys.stderr):
        d = out / f"bot{i}"
        d.mkdir(parents=True)
        t = {}
        for layer in range(layers):
            for mod, width in (("q_proj", h), ("v_proj", kv)):
                p = f"base_model.model.model.layers.{layer}.self_attn.{mod}"
                t[f"{p}.lora_A.weight"] = (torch.randn(r, h, generator=g) * 0.02).bfloat16()
                t[f"{p}.lora_B.weight"] = (torch.randn(width, r, generator=g) * 0.02).bfloat16()
        save_file(t, str(d / "adapter_model.safetensors"))
        (d / "adapter_config.json").write_text(config)
        dirs.append(d)
    return dirs


def zipf_bots(n_bots: int, n_requests: int, s: float, seed: int = 0) -> list[int]:
    """Bot index of each request: rank k (0 = most popular) with probability ∝ 1/(k+1)^s."""
    g = torch.Generator().manual_seed(seed)
    weights = 1.0 / torch.arange(1, n_bots + 1, dtype=torch.float64) ** s
    return torch.multinomial(weights, n_requests, replacement=True, generator=g).tolist()


def run(app, bots: list[str], new_tokens: int, clients: int) -> dict:
    """``clients`` threads, each with one request in flight until all are done."""
    from botfarm.inference.sampling import SamplingParams

    lock = threading.Lock()
    nxt = [0]
    tokens, ttft, cold, errors = [0], [], [], []

    def client() -> None:
        while True:
            with lock:
                i = nxt[0]
                nxt[0] += 1
            if i >= len(bots):
                return
            done, first = threading.Event(), []
            t0 = time.perf_counter()

            def on_event(event, first=first, done=done, t0=t0):
                if event.token is not None and not first:
                    first.append(time.perf_counter() - t0)
                if event.done:
                    if event.error is not None:
                        errors.append(str(event.error))
                    with lock:
                        tokens[0] += event.generated_tokens
                    done.set()

            was_loaded = any(b.name == f"models/{bots[i]}/versions/1" for b in app.pool.loaded())
            app.submit(bots[i], PROMPTS[i % len(PROMPTS)], SamplingParams(
                max_new_tokens=new_tokens, do_sample=True, temperature=0.8, top_p=0.95, seed=i), on_event)
            if not was_loaded:
                cold.append(time.perf_counter() - t0)
            done.wait()
            if first:
                ttft.append(first[0])

    threads = [threading.Thread(target=client, name=f"client-{c}") for c in range(clients)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - t0
    if errors:
        raise RuntimeError(f"{len(errors)} requests failed, e.g. {errors[0]}")
    return {"tok_s": tokens[0] / wall, "tokens": tokens[0], "wall_s": round(wall, 2), "cold_loads": len(cold),
            "cold_load_p99_s": p99(cold), "ttft_p50_s": statistics.median(ttft), "ttft_p99_s": p99(ttft)}


def p99(values: list[float]) -> float:
    if not values:
        return 0.0
    values = sorted(values)
    return values[min(len(values) - 1, int(0.99 * len(values)))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bots", type=int, default=1000)
    ap.add_argument("--requests", type=int, default=256, help="requests per run")
    ap.add_argument("--clients", type=int, default=64, help="requests in flight at once")
    ap.add_argument("--new-tokens", type=int, default=48)
    ap.add_argument("--cache", type=int, default=100, help="adapters the bank holds (--max-adapters)")
    ap.add_argument("--zipf", type=float, default=1.1)
    ap.add_argument("--repeats", type=int, default=2, help="alternating runs of each load; the best of each counts")
    ap.add_argument("--threads", type=int, default=0, help="torch threads (0: torch default)")
    args = ap.parse_args()
    if args.threads:
        torch.set_num_threads(args.threads)
    from botfarm.inference import metrics as m
    from botfarm.inference.app import InferenceApp
    from botfarm.inference.engine import EngineConfig
    from botfarm.inference.loader import LocalModels, PoolConfig

    tmp = Path(tempfile.mkdtemp(prefix="bench-farm-"))
    try:
        base = plain_base(tmp / "base")
        adapters = write_adapters(base, tmp / "bots", args.bots)
        src = LocalModels()
        src.add("base", base, method="base")
        for i, d in enumerate(adapters):
            src.add(f"bot{i}", d, method="lora", base_model="base@1")
        app = InferenceApp(src, EngineConfig(max_batch_size=args.clients, max_total_tokens=256,
                                             max_concurrent_requests=4 * args.clients),
                           PoolConfig(dtype="bfloat16", max_adapters=args.cache, adapter_wait_s=60))
        app.start()
        for i in range(args.cache):  # the bank warm with the most popular bots, as in steady state
            app.pool.acquire(f"bot{i}").release()
        run(app, ["bot0"] * 2, 2, 2)  # warm-up
        zipf = [f"bot{i}" for i in zipf_bots(args.bots, args.requests, args.zipf)]
        one = ["bot0"] * args.requests
        ones, farms = [], []
        hits = loads = 0.0
        for _ in range(args.repeats):
            ones.append(run(app, one, args.new_tokens, args.clients))
            log("one bot:", ones[-1])
            hits0, loads0 = m.ADAPTER_CACHE_HITS._value.get(), m.ADAPTER_LOADS._value.get()
            farms.append(run(app, zipf, args.new_tokens, args.clients))
            hits += m.ADAPTER_CACHE_HITS._value.get() - hits0
            loads += m.ADAPTER_LOADS._value.get() - loads0
            log(f"{args.bots} bots, zipf {args.zipf}:", farms[-1])
        app.stop()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    one_best = max(ones, key=lambda r: r["tok_s"])
    farm = max(farms, key=lambda r: r["tok_s"])
    load = os.getloadavg()
    emit(f"farm.zipf_{args.bots}_bots_vs_one_bot", ours=round(farm["tok_s"], 1), baseline=round(one_best["tok_s"], 1),
         unit="tok/s", cold_load_p99_s=round(farm["cold_load_p99_s"], 4), ttft_p99_s=round(farm["ttft_p99_s"], 3),
         ttft_p50_s=round(farm["ttft_p50_s"], 3), one_bot_ttft_p99_s=round(one_best["ttft_p99_s"], 3),
         cold_loads=farm["cold_loads"], adapter_hit_rate=round(hits / max(1, hits + loads), 3), bots=args.bots,
         cache=args.cache, zipf_s=args.zipf, requests=args.requests, clients=args.clients,
         new_tokens=args.new_tokens, lora="r=8 q_proj,v_proj bf16", threads=torch.get_num_threads(),
         loadavg_1m=round(load[0], 2), cpus=os.cpu_count(),
         runs=f"best of {args.repeats} alternating runs each")
    return 0


if __name__ == "__main__":
    sys.exit(main())
