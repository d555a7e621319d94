"""The device setting (``--device`` / BOTFARM_DEVICE): validation, and the plumbing on the
CPU of this machine. No GPU here: the one test that runs on CUDA is named ``gpu_only``
and is skipped unless ``torch.cuda.is_available()``; nothing stands in for a GPU."""

from __future__ import annotations

import pytest
import torch
from botfarm.core.config import dataclass_from_args
from botfarm.core.errors import InvalidArgument
from botfarm.core.service import ServiceContext
from botfarm.inference.app import InferenceApp
from botfarm.inference.engine import EngineConfig
from botfarm.inference.loader import LocalModels, PoolConfig, resolve_device
from botfarm.inference.model import CausalLM
from botfarm.inference.sampling import SamplingParams
from botfarm.inference.service import Settings, make_service

BOTS = ["base", "bot0", "bot1", "gpt"]
PROMPTS = ["My dream is", "Coffee first", "The quick brown", "Today I"]
GREEDY = SamplingParams(max_new_tokens=12)
no_cuda = pytest.mark.skipif(torch.cuda.is_available(), reason="this machine has CUDA")
gpu_only = pytest.mark.skipif(not torch.cuda.is_available(), reason="GPU-only: needs CUDA")


def _run(src, pool: PoolConfig, params=GREEDY):
    """Every bot's tokens (one request at a time, so runs are comparable) and the app."""
    app = InferenceApp(src, EngineConfig(max_total_tokens=128), pool)
    app.start()
    try:
        return [[t.id for t in app.generate(b, p, params).tokens] for b, p in zip(BOTS, PROMPTS, strict=True)], app
    finally:
        app.stop()


@no_cuda
def test_cpu_and_auto_give_the_greedy_tokens_of_the_default_path(local, tiny_llama):
    default, app = _run(local, PoolConfig(dtype="float32"))  # no device given: the path as it was
    assert app.pool.device == torch.device("cpu")
    cpu, app_cpu = _run(local, PoolConfig(dtype="float32", device="cpu"))
    auto, app_auto = _run(local, PoolConfig(dtype="float32", device="auto"))
    assert cpu == default and auto == default
    assert app_auto.pool.device == torch.device("cpu")  # no CUDA here
    assert len({tuple(t) for t in default}) == len(BOTS)  # bots differ: the comparison means something
    # Everything the runners own sits on the resolved device.
    for bot in app_cpu.pool.loaded():
        r = bot.runner
        assert r.lm.device.type == "cpu" and r.cache.k.device.type == "cpu" and r.lm.embed.device.type == "cpu"
    # Independent of our engine: Hugging Face's greedy continuation of the base model.
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tok = AutoTokenizer.from_pretrained(tiny_llama)
    hf = AutoModelForCausalLM.from_pretrained(tiny_llama, dtype=torch.float32).eval()
    ids = torch.tensor([tok(PROMPTS[0], add_special_tokens=True)["input_ids"]])
    with torch.no_grad():
        out = hf.generate(ids, max_new_tokens=len(default[0]), do_sample=False, eos_token_id=None,
                          pad_token_id=tok.eos_token_id or 0)
    assert out[0, ids.shape[1]:].tolist() == default[0]


def test_decode_with_a_given_length_equals_reading_it_from_the_positions(tiny_llama):
    # The engine passes the attention length it knows, so a GPU never syncs for it.
    lm = CausalLM.from_dir(tiny_llama, torch.float32, "cpu")
    cache = lm.new_cache(slots=3, max_len=32)
    lm.prefill(torch.tensor([[5, 6, 7, 8], [9, 10, 0, 0]]), torch.tensor([4, 2]), torch.tensor([0, 2]), cache)
    tokens, positions = torch.tensor([11, 0, 12]), torch.tensor([4, 0, 2])
    a = lm.decode(tokens, positions, cache, live=torch.tensor([0, 2]))
    b = lm.decode(tokens, positions, cache, live=torch.tensor([0, 2]), length=5)
    assert torch.equal(a, b)


@pytest.mark.parametrize("bad", ["tpu", "gpu", "cuda:x", "cuda:", "", "cpu0"])
def test_invalid_device_is_refused_naming_the_setting(bad):
    with pytest.raises(InvalidArgument) as e:
        Settings(device=bad)
    assert "--device / BOTFARM_DEVICE" in e.value.message and repr(bad) in e.value.message
    with pytest.raises(InvalidArgument) as e:
        dataclass_from_args(Settings, {}, env={"BOTFARM_DEVICE": bad})
    assert "BOTFARM_DEVICE" in e.value.message
    with pytest.raises(InvalidArgument):
        resolve_device(bad)


def test_device_setting_from_flag_and_env():
    assert dataclass_from_args(Settings, {}, env={"BOTFARM_DEVICE": "cpu"}).device == "cpu"
    assert dataclass_from_args(Settings, {"device": "CPU"}, env={"BOTFARM_DEVICE": "tpu"}).device == "CPU"
    assert Settings().device == "auto"
    assert resolve_device("CPU") == torch.device("cpu")


@no_cuda
@pytest.mark.parametrize("device", ["cuda", "cuda:0", "cuda:1"])
def test_cuda_without_cuda_is_refused_at_start_up(device):
    settings = Settings(device=device, http_port=-1)  # the syntax is fine
    with pytest.raises(InvalidArgument) as e:
        make_service(ServiceContext(config=None, store=None, settings=settings), source=LocalModels())
    msg = e.value.message
    assert "--device / BOTFARM_DEVICE" in msg and "CUDA is not available" in msg and repr(device) in msg
    assert e.value.code == "INVALID_ARGUMENT"


@no_cuda
def test_service_on_cpu_reports_its_device():
    spec = make_service(ServiceContext(config=None, store=None, settings=Settings(device="auto", http_port=-1)),
                        source=LocalModels())
    assert spec.app.pool.device == torch.device("cpu")


@gpu_only
def test_gpu_only_generation_on_cuda_matches_cpu_float32(local, tiny_llama):
    """Runs only where CUDA is available (not on the CI machine of this repo)."""
    ref = CausalLM.from_dir(tiny_llama, torch.float32, "cpu")
    gpu = CausalLM.from_dir(tiny_llama, torch.float32, "cuda")
    assert not gpu.packed and gpu.embed.is_cuda  # the oneDNN packing is CPU-only
    tokens, lengths, slots = torch.tensor([[5, 6, 7, 8]]), torch.tensor([4]), torch.tensor([0])
    a = ref.prefill(tokens, lengths, slots, ref.new_cache(1, 16))
    b = gpu.prefill(tokens.cuda(), lengths.cuda(), slots.cuda(), gpu.new_cache(1, 16))
    assert b.device.type == "cuda"
    torch.testing.assert_close(b.cpu(), a, atol=2e-3, rtol=1e-3)

    cpu_tokens, _ = _run(local, PoolConfig(dtype="float32", device="cpu"))
    cuda_tokens, app = _run(local, PoolConfig(dtype="float32", device="cuda"))
    assert app.pool.device.type == "cuda"
    assert all(b.runner.cache.k.is_cuda for b in app.pool.loaded())
    # fp32 on both, TF32 off by default: the same greedy choices but for a near tie late on.
    for c, g in zip(cpu_tokens, cuda_tokens, strict=True):
        assert g[:4] == c[:4]
    same = sum(c == g for c, g in zip(cpu_tokens, cuda_tokens, strict=True))
    assert same >= len(BOTS) - 1
    # Sampling on CUDA: the per-request generators stay on the CPU, so a seed repeats.
    seeded = SamplingParams(max_new_tokens=12, do_sample=True, temperature=0.8, top_p=0.9, seed=7)
    s1, _ = _run(local, PoolConfig(dtype="auto", device="cuda"), seeded)
    s2, _ = _run(local, PoolConfig(dtype="auto", device="cuda"), seeded)
    assert s1 == s2
