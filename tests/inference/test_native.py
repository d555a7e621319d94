"""The native CPU kernels (inference/native.py) against torch: each kernel alone, the
whole forward pass on both backends, the sampler's distribution, and the fallback to the
torch path when no kernel library can be built."""

from __future__ import annotations

import collections
import logging
import math
import os
import shutil

import pytest
import torch
import torch.nn.functional as F
from botfarm.inference import forward, native
from botfarm.inference.model import CausalLM
from botfarm.inference.sampling import SamplingParams, sample_rows

kernels = native.load()
pytestmark = pytest.mark.skipif(kernels is None, reason="no C compiler: the native kernels cannot be built")
DTYPES = [torch.float32, torch.bfloat16]


def _close(a, b, dtype):
    tol = {"atol": 1e-5, "rtol": 1e-5} if dtype == torch.float32 else {"atol": 0.02, "rtol": 0.02}
    torch.testing.assert_close(a.float(), b.float(), **tol)


@pytest.mark.parametrize("dtype", DTYPES)
def test_residual_norm_and_silu_match_hf_rounding(dtype):
    g = torch.Generator().manual_seed(0)
    h, o, w = (torch.randn(s, generator=g).to(dtype) for s in ((7, 96), (7, 96), (96,)))
    hh, x = h.clone(), torch.empty_like(h)
    kernels.add_rms_norm(hh, o, w, x, 1e-5)
    ref_h = h + o
    # LlamaRMSNorm: float32 statistics, the normalised row cast back, then the weight.
    ref_x = w * (ref_h.float() * torch.rsqrt(ref_h.float().pow(2).mean(-1, keepdim=True) + 1e-5)).to(dtype)
    assert torch.equal(hh, ref_h)
    _close(x, ref_x, dtype)
    gu, m = torch.randn(5, 2 * 80, generator=g).to(dtype), torch.empty(5, 80, dtype=dtype)
    kernels.silu_mul(gu, m)
    _close(m, F.silu(gu[:, :80]) * gu[:, 80:], dtype)


@pytest.mark.parametrize("dtype", DTYPES)
def test_rope_store_rotates_q_and_k_and_writes_keys_and_values(dtype):
    heads, kv, d, max_len = 4, 2, 16, 40
    g = torch.Generator().manual_seed(1)
    qkv = torch.randn(3, (heads + 2 * kv) * d, generator=g).to(dtype)
    slot, pos = torch.tensor([2, 0, 3]), torch.tensor([0, 7, 39])
    angles = torch.outer(torch.arange(max_len, dtype=torch.float64), 1.0 / (10000 ** (torch.arange(0, d, 2) / d)))
    cache = torch.zeros(4, 2 * kv, max_len, d, dtype=dtype)
    out = qkv.clone()
    kernels.rope_store(out, slot, pos, angles.cos().float(), angles.sin().float(), cache, heads, kv)
    # HF's rotate_half in the compute dtype.
    emb = torch.cat([angles, angles], -1)
    cos, sin = emb.cos().to(dtype)[pos].unsqueeze(1), emb.sin().to(dtype)[pos].unsqueeze(1)
    x = qkv[:, :(heads + kv) * d].view(3, heads + kv, d)
    ref = x * cos + torch.cat([-x[..., d // 2:], x[..., :d // 2]], -1) * sin
    _close(out[:, :(heads + kv) * d].view(3, heads + kv, d), ref, dtype)
    assert torch.equal(out[:, (heads + kv) * d:], qkv[:, (heads + kv) * d:])  # v untouched
    for i in range(3):  # rotated k, then v, at (slot, position)
        assert torch.equal(cache[slot[i], :, pos[i]], out[i, heads * d:].view(2 * kv, d))
    assert cache.count_nonzero() == 3 * 2 * kv * d


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("heads,kv,d", [(4, 2, 64), (6, 6, 32), (8, 1, 128)])
def test_decode_attention_matches_sdpa_at_every_length(dtype, heads, kv, d):
    g = torch.Generator().manual_seed(2)
    max_len = 700  # past one block of 256 keys: the running softmax is rescaled
    cache = torch.randn(4, 2 * kv, max_len, d, generator=g).to(dtype)
    qkv = torch.randn(4, (heads + 2 * kv) * d, generator=g).to(dtype)
    pos = torch.tensor([0, 255, 256, 699])
    out = torch.empty(4, heads * d, dtype=dtype)
    kernels.decode_attention(qkv, cache, pos, out, heads, kv, 1 / math.sqrt(d))
    for s in range(4):
        q = qkv[s, :heads * d].view(heads, 1, d).float()
        k = cache[s, :kv, :pos[s] + 1].float().repeat_interleave(heads // kv, 0)
        v = cache[s, kv:, :pos[s] + 1].float().repeat_interleave(heads // kv, 0)
        _close(out[s], F.scaled_dot_product_attention(q, k, v).reshape(-1), dtype)


def test_gemv_matches_a_bf16_matmul():
    """The one- and two-row linear of the bf16 decode step: float32 sums rounded once, as
    torch's bf16 matmul (any order of the sums: equal to rounding)."""
    g = torch.Generator().manual_seed(3)
    w = torch.randn(77, 100, generator=g).bfloat16()  # rows not a multiple of the threads'
    for m in (1, 2, 5):
        x = torch.randn(m, 100, generator=g).bfloat16()
        y = kernels.gemv(x, w)
        assert y.dtype == torch.bfloat16 and y.shape == (m, 77)
        torch.testing.assert_close(y.float(), (x.float() @ w.float().T).bfloat16().float(), atol=0.02, rtol=0.01)


@pytest.fixture(params=[1, 2], ids=["1-thread", "2-threads"])
def threads(request):
    """torch's threads for one test (the decode stack shares its work and waits at its
    barriers among them; one thread takes no barrier at all)."""
    before = torch.get_num_threads()
    torch.set_num_threads(request.param)
    yield request.param
    torch.set_num_threads(before)


@pytest.mark.parametrize("rows", [1, 2])
def test_bf16_decode_of_few_rows_is_one_native_call_with_the_stepwise_results(tiny_llama, rows, threads,
                                                                               monkeypatch):
    """A bf16 decode step of one or two rows without adapters is one call of the native
    decode stack, with the step-by-step path's logits and cache bit for bit (the same
    kernels), and those are the packed weights' matmuls to bf16 rounding."""
    lm = CausalLM.from_dir(tiny_llama, torch.bfloat16)
    if not lm.packed:
        pytest.skip("oneDNN has no bf16 matmul on this CPU: no packed weights")
    stack_calls, gemv_calls = [], []
    stack, gemv = kernels.decode_stack, lm._gemv
    monkeypatch.setattr(lm.kernels, "decode_stack", lambda plan, h, *a: stack_calls.append(h.shape[0]) or
                        stack(plan, h, *a))
    lm._gemv = lambda x, w: gemv_calls.append(x.shape[0]) or gemv(x, w)
    prompts = torch.tensor([[5, 17, 33], [9, 2, 40]])[:rows]
    caches, outs = [], []
    for path in ("stack", "stepwise", "matmul"):
        if path == "stepwise":
            lm._stack = None
        if path == "matmul":
            lm._gemv = None
        cache = lm.new_cache(2, 16)
        lm.prefill(prompts, torch.tensor([3] * rows), torch.arange(rows), cache)
        gemv_calls.clear()
        steps = [lm.decode(torch.tensor([7, 8][:rows]) + i, torch.tensor([3 + i] * rows), cache) for i in range(4)]
        outs.append(torch.stack(steps))
        caches.append(cache.kv)
        if path == "stack":
            assert stack_calls == [rows] * 4 and not gemv_calls
        if path == "stepwise":
            assert gemv_calls and set(gemv_calls) == {rows}
    assert torch.equal(outs[0], outs[1]) and torch.equal(caches[0], caches[1])
    torch.testing.assert_close(outs[1], outs[2], atol=0.05, rtol=0.02)


@pytest.mark.parametrize("arch", ["tiny_llama", "tiny_gpt2"])
def test_native_and_torch_forward_agree(arch, request):
    """The same model on both backends (test_model.py checks the default one against HF)."""
    path = request.getfixturevalue(arch)
    native_lm = CausalLM.from_dir(path, torch.float32)
    torch_lm = CausalLM.from_dir(path, torch.float32)
    torch_lm.ops = forward.TorchOps(torch_lm)
    assert isinstance(native_lm.ops, forward.NativeOps)
    tokens = torch.tensor([[5, 17, 33, 2, 90], [11, 3, 250, 0, 0]])
    lengths, slots = torch.tensor([5, 3]), torch.tensor([1, 0])
    outs = []
    for lm in (native_lm, torch_lm):
        cache = lm.new_cache(3, 32)
        first = lm.prefill(tokens, lengths, slots, cache, prompt_rows=(0,))
        step = lm.decode(torch.tensor([7, 8, 9]), torch.tensor([3, 5, 0]), cache)
        outs.append((first, step, cache.kv.clone()))
    for a, b in zip(*outs, strict=True):
        torch.testing.assert_close(a, b, atol=2e-5, rtol=1e-5)


def _nucleus(logits: torch.Tensor, temperature: float, top_p: float) -> dict[int, float]:
    """The exact distribution of HF's temperature + top-p warpers."""
    probs = torch.softmax(logits.double() / temperature, -1)
    p, ids = probs.sort(descending=True)
    keep = (p.cumsum(-1) - p) < top_p
    p = p[keep] / p[keep].sum()
    return dict(zip(ids[keep].tolist(), p.tolist(), strict=True))


@pytest.mark.parametrize("use_native", [True, False])
def test_sampler_draws_the_nucleus_distribution(use_native, monkeypatch):
    """Peaked and flat rows, draw by draw, from seeded generators: the frequencies
    follow the exact top-p distribution, and nothing outside it is ever drawn."""
    if not use_native:
        monkeypatch.setattr(native, "load", lambda: None)
    g = torch.Generator().manual_seed(3)
    V = 3000
    peaked = torch.randn(V, generator=g) * 4
    flat = torch.randn(V, generator=g) * 0.05  # top-p 0.9 keeps most of the vocabulary
    logits = torch.stack([peaked, flat])
    params = [SamplingParams(do_sample=True, temperature=0.8, top_p=0.9) for _ in range(2)]
    n = 4000
    counts = [collections.Counter(), collections.Counter()]
    for s in range(n):
        tokens, logprobs, _ = sample_rows(logits, params, [torch.Generator().manual_seed(2 * s + i) for i in range(2)],
                                          [None, None])
        for i, t in enumerate(tokens):
            counts[i][t] += 1
        assert logprobs[0] == pytest.approx(float(torch.log_softmax(peaked / 0.8, -1)[tokens[0]]), abs=1e-4)
    for i in range(2):
        exact = _nucleus(logits[i], 0.8, 0.9)
        assert set(counts[i]) <= set(exact)
        # Total variation distance between the empirical and exact distributions.
        tv = 0.5 * sum(abs(counts[i][t] / n - p) for t, p in exact.items())
        assert tv < (0.06 if i == 0 else 0.45), tv  # a flat row's 2,700 tokens: 4,000 draws see the noise
        if i == 1:
            assert len(counts[i]) > 1000  # drawn all over the flat nucleus


def test_sampler_status_and_top_k():
    V = 40_000
    flat = torch.zeros(1, V)
    peaked = torch.full((V,), -20.0)
    peaked[:10] = torch.arange(10, 0, -1, dtype=torch.float32)
    u = torch.tensor([0.5, 0.5, 0.999], dtype=torch.float64)
    tok, lp, status = kernels.sample_plain(torch.cat([flat, peaked.expand(2, V)]), torch.ones(3),
                                           torch.tensor([V, 5, 3]), torch.tensor([0.99, 2.0, 2.0]), u,
                                           candidates=1000)
    # A flat row's nucleus holds more than 1,000 candidates: left to the caller. The
    # peaked rows' top-5 and top-3 are decided; drawn near u = 1, the top-3's is its third.
    assert status.tolist() == [1, 0, 0]
    assert 0 <= tok[1] < 5 and tok[2] == 2
    assert lp[2] == pytest.approx(float(torch.log_softmax(peaked, -1)[2]), abs=1e-5)


def test_a_library_built_before_is_reused_from_the_users_cache(monkeypatch, tmp_path):
    """A process with its own BOTFARM_CACHE_DIR (each end-to-end test's services, a demo
    in a new folder) loads the library an earlier process built in the user's cache,
    and compiles nothing."""
    home_kernels = tmp_path / "home" / ".cache" / "botfarm" / "kernels"
    home_kernels.mkdir(parents=True)
    built = kernels.lib._name  # the library this test session loaded
    shutil.copy(built, home_kernels / os.path.basename(built))
    monkeypatch.delenv("BOTFARM_KERNELS_DIR", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("BOTFARM_CACHE_DIR", str(tmp_path / "own-cache"))

    def no_build(cc, out):
        raise AssertionError(f"compiled {out} again")

    monkeypatch.setattr(native, "_build", no_build)
    native.load.cache_clear()
    try:
        again = native.load()
        assert again is not None and again.lib._name == str(home_kernels / os.path.basename(built))
        assert not (tmp_path / "own-cache").exists()
    finally:
        native.load.cache_clear()


def test_without_a_compiler_the_torch_path_serves(tiny_llama, monkeypatch, tmp_path, caplog):
    monkeypatch.setenv("BOTFARM_KERNELS_DIR", str(tmp_path))
    monkeypatch.setenv("CC", "/bin/false")
    native.load.cache_clear()
    try:
        with caplog.at_level(logging.WARNING, logger="botfarm.inference.native"):
            assert native.load() is None
        assert "native kernels unavailable" in caplog.text
        lm = CausalLM.from_dir(tiny_llama, torch.float32)
        assert type(lm.ops) is forward.TorchOps
        monkeypatch.setenv("CC", "")
        monkeypatch.setenv("BOTFARM_NATIVE_KERNELS", "0")
        native.load.cache_clear()
        assert native.load() is None
    finally:
        native.load.cache_clear()


@pytest.mark.parametrize("dtype", DTYPES)
def test_lora_bgmv_matches_the_gathered_bmm(tiny_llama, llama_loras, dtype):
    """The native BGMV (each row's adapter read in place in the bank) against the torch
    path (gathered A and B, bmm) for a decode batch and a prefill batch mixing two bots
    and plain rows: every projection, to the dtype's rounding; plain rows unchanged."""
    from botfarm.inference.lora import LoraBank, load_adapter

    lm = CausalLM.from_dir(tiny_llama, dtype)
    bank = LoraBank(lm)
    for p in llama_loras:  # q/v-only and all-target adapters: one and several targets per projection
        bank.add(p.name, load_adapter(p, lm))
    idx = [bank.index(llama_loras[0].name), 0, bank.index(llama_loras[1].name), bank.index(llama_loras[2].name)]
    native_batch = bank.batch(idx, cached=False)
    assert native_batch is not None and native_batch._native is not None
    torch_batch = type(native_batch)(native_batch.stacked, idx, "cpu")
    g = torch.Generator().manual_seed(0)
    for T in (1, 3):  # a decode step ([rows, 1, in]) and a prefill of 3 tokens per prompt
        for layer, proj in native_batch.stacked:
            A = native_batch.stacked[(layer, proj)][0]
            n_out = lm.layers[layer]["qkv" if proj == "attn" else proj].shape[0] if not lm.packed else \
                lm._plain[id(lm.layers[layer]["qkv" if proj == "attn" else proj])].shape[0]
            x = torch.randn(len(idx), T, A.shape[1], generator=g).to(dtype)
            base = torch.randn(len(idx), T, n_out, generator=g).to(dtype)
            ours, ref = base.clone(), base.clone()
            native_batch.apply(layer, proj, x, ours)
            torch_batch.apply(layer, proj, x, ref)
            assert torch.equal(ours[1], base[1])  # slot 0: the plain base
            assert not torch.equal(ours[2], base[2])  # bot1 adapts every projection
            _close(ours, ref, dtype)
