"""The lean forward's native bf16 kernels (training/kernels.py) against transformers'
own modules under bf16: the same outputs and gradients (bit for bit where the two round
alike), their torch forms where the kernels do not apply, and the lean forward calling
them."""

from __future__ import annotations

import logging

import pytest
import torch
import torch.nn.functional as F
from botfarm.training import kernels, lean
from transformers.models.llama.modeling_llama import LlamaRMSNorm, apply_rotary_pos_emb

BF16 = torch.bfloat16


@pytest.fixture(scope="module")
def lib():
    lib = kernels.load()
    assert lib is not None, "the training kernels did not build (a C compiler is part of the dev setup)"
    return lib


def _randn(*shape, seed=0, scale=1.0):
    return (torch.randn(*shape, generator=torch.Generator().manual_seed(seed)) * scale).to(BF16)


@pytest.mark.parametrize("threads", [1, 2])
def test_rms_norm_is_transformers_llama_rms_norm_forward_and_backward(lib, threads, monkeypatch):
    monkeypatch.setattr(kernels, "_threads", lambda: threads)
    x = _randn(300, 96, seed=1, scale=3.0)
    norm = LlamaRMSNorm(96, eps=1e-5).to(BF16)
    with torch.no_grad():
        norm.weight.copy_(_randn(96, seed=2) + 1)
    dy = _randn(300, 96, seed=3)
    ours_x, ref_x = x.clone().requires_grad_(), x.clone().requires_grad_()
    ours = kernels.rms_norm(ours_x, norm.weight.detach(), 1e-5)
    ref = norm(ref_x)
    ours.backward(dy)
    ref.backward(dy)
    assert ours.dtype == BF16 and torch.equal(ours, ref)
    # The row's two sums run in another order: a gradient may differ in its last bit.
    assert (ours_x.grad == ref_x.grad).float().mean() > 0.99
    torch.testing.assert_close(ours_x.grad, ref_x.grad, rtol=2e-2, atol=1e-3)


@pytest.mark.parametrize("threads", [1, 2])
def test_swiglu_is_silu_of_gate_times_up_bit_for_bit(lib, threads, monkeypatch):
    monkeypatch.setattr(kernels, "_threads", lambda: threads)
    gu = _randn(300, 2 * 400, seed=4, scale=4.0)  # past the size at which it runs in parallel
    dy = _randn(300, 400, seed=5)
    ours_in, ref_in = gu.clone().requires_grad_(), gu.clone().requires_grad_()
    ours = kernels.swiglu(ours_in)
    gate, up = ref_in.chunk(2, dim=-1)
    ref = F.silu(gate) * up
    ours.backward(dy)
    ref.backward(dy)
    assert torch.equal(ours, ref)
    assert torch.equal(ours_in.grad, ref_in.grad)


def test_swiglu_over_every_finite_bf16_gate(lib):
    """Every gate value bf16 has, as SiLU's output and gradient: equal to torch's but in
    (-88.7, -87), where torch's float32 exp is subnormal and the kernel's is 0 (a
    difference below 1e-36)."""
    values = torch.arange(-32768, 32768, dtype=torch.int32).to(torch.int16).view(BF16)
    gates = values[torch.isfinite(values) & ~((values > -88.75) & (values < -87))]
    gates = gates[: gates.numel() // 64 * 64].view(-1, 64)
    gu = torch.cat([gates, torch.ones_like(gates)], dim=1)
    ours_in, ref_in = gu.clone().requires_grad_(), gu.clone().requires_grad_()
    ours = kernels.swiglu(ours_in)
    gate, up = ref_in.chunk(2, dim=-1)
    ref = F.silu(gate) * up
    ours.backward(torch.ones_like(ours))
    ref.backward(torch.ones_like(ref))
    assert torch.equal(ours, ref) and torch.equal(ours_in.grad, ref_in.grad)
    assert (ours[gates < -89] == 0).all()  # below exp's range: 0, not x * e^-87


@pytest.mark.parametrize("threads", [1, 2])
@pytest.mark.parametrize("heads,kv_heads", [(9, 3), (4, 4)])
def test_rope_split_is_transformers_rotary_embedding_bit_for_bit(lib, heads, kv_heads, threads, monkeypatch):
    monkeypatch.setattr(kernels, "_threads", lambda: threads)
    batch, seq, d = 3, 40, 16
    qkv = _randn(batch * seq, (heads + 2 * kv_heads) * d, seed=6)
    angles = torch.arange(seq).float()[:, None] * torch.rand(d // 2, generator=torch.Generator().manual_seed(7))
    cos = torch.cat([angles.cos()] * 2, dim=-1).to(BF16)
    sin = torch.cat([angles.sin()] * 2, dim=-1).to(BF16)
    grads = [_randn(batch, n, seq, d, seed=8 + i) for i, n in enumerate((heads, kv_heads, kv_heads))]

    ours_in, ref_in = qkv.clone().requires_grad_(), qkv.clone().requires_grad_()
    ours = kernels.rope_split(ours_in, cos, sin, batch, seq, heads, kv_heads)
    q, k, v = ref_in.view(batch, seq, heads + 2 * kv_heads, d).transpose(1, 2).split([heads, kv_heads, kv_heads], 1)
    q, k = apply_rotary_pos_emb(q, k, cos[None], sin[None])
    torch.autograd.backward(list(ours), grads)
    torch.autograd.backward([q, k, v], grads)
    for o, r in zip(ours, (q, k, v), strict=True):
        assert o.is_contiguous() and o.shape == r.shape and torch.equal(o, r)
    assert torch.equal(ours_in.grad, ref_in.grad)


def test_the_torch_forms_run_where_the_kernels_do_not_apply(lib, monkeypatch):
    calls: list[str] = []
    for name in ("rms_norm_fwd", "swiglu_fwd", "rope_split_fwd"):
        fn = getattr(lib, name)
        monkeypatch.setattr(lib, name, lambda *a, _fn=fn, _name=name: calls.append(_name) or _fn(*a))
    x = torch.randn(8, 32)  # float32: the torch forms, the same maths
    w = torch.rand(32) + 0.5
    torch.testing.assert_close(kernels.rms_norm(x, w, 1e-6), F.rms_norm(x, (32,), w, 1e-6))
    gate, up = x.chunk(2, dim=-1)
    torch.testing.assert_close(kernels.swiglu(x), F.silu(gate) * up)
    strided = _randn(32, 8, seed=9).t()  # not contiguous
    assert torch.equal(kernels.swiglu(strided), F.silu(strided[:, :16]) * strided[:, 16:])
    # bf16 whose norm weight trains: the torch form, rounding as transformers' module does.
    xb, norm = _randn(8, 32, seed=12), LlamaRMSNorm(32).to(BF16)
    with torch.no_grad():
        norm.weight.copy_(_randn(32, seed=13))
    assert torch.equal(kernels.rms_norm(xb, norm.weight, norm.variance_epsilon), norm(xb))
    with pytest.raises(RuntimeError):  # a weight of another width: torch's error, not a read past the end
        kernels.rms_norm(xb, _randn(16, seed=14), 1e-6)
    # Shapes that do not fit the kernel (qkv rows against batch x seq, tables of another
    # length): the torch form and its error.
    qkv = _randn(2 * 8, (4 + 2 * 2) * 16, seed=15)
    table = torch.ones(8, 16, dtype=BF16)
    with pytest.raises(RuntimeError):
        kernels.rope_split(qkv, table[:5], table[:5], 2, 8, 4, 2)
    with pytest.raises(RuntimeError):
        kernels.rope_split(qkv[:12], table, table, 2, 8, 4, 2)
    with kernels.torch_ops():
        kernels.swiglu(_randn(8, 32, seed=10))
    assert calls == []
    kernels.swiglu(_randn(8, 32, seed=10))
    assert calls == ["swiglu_fwd"]


def test_no_library_without_a_compiler_or_with_native_kernels_off(monkeypatch, tmp_path, caplog):
    # The uncached loader: the library the other tests use stays as it is.
    monkeypatch.setenv("BOTFARM_KERNELS_DIR", str(tmp_path))
    monkeypatch.setenv("CC", "/bin/false")  # a compiler that fails
    with caplog.at_level(logging.WARNING, logger="botfarm.training.kernels"):
        assert kernels.load.__wrapped__() is None
    assert "native kernels unavailable" in caplog.text and "training runs its torch ops" in caplog.text
    monkeypatch.setenv("CC", "")
    monkeypatch.setenv("BOTFARM_NATIVE_KERNELS", "0")
    assert kernels.load.__wrapped__() is None


def test_the_lean_forward_in_bf16_runs_the_kernels_forward_and_backward(lib, tiny_llama, monkeypatch):
    from test_lean import _peft_llama

    calls: dict[str, int] = {}
    for name in ("rms_norm_fwd", "rms_norm_bwd", "swiglu_fwd", "swiglu_bwd", "rope_split_fwd", "rope_split_bwd"):
        fn = getattr(lib, name)
        monkeypatch.setattr(lib, name, lambda *a, _fn=fn, _name=name: calls.update({_name: calls.get(_name, 0) + 1})
                            or _fn(*a))
    model = _peft_llama(tiny_llama, lora_layers=1)
    _random_norm_weights(model)
    model.base_model.model.to(BF16)
    for p in model.parameters():
        if p.requires_grad:
            p.data = p.data.float()
    fast = lean.LeanLlama(model)
    layers = len(fast.layers)
    ids = torch.randint(0, 384, (2, 16), generator=torch.Generator().manual_seed(11))
    with torch.autocast("cpu", dtype=BF16):
        loss = fast(input_ids=ids, labels=ids).loss
    loss.backward()
    assert torch.isfinite(loss)
    # Forward: every layer's two norms, rotary and SiLU, and the final norm. Backward only
    # in the adapted top layer: the final norm, its second norm (whose input carries the
    # gradient of its attention's adapters), rotary and SiLU; not its first norm, whose
    # input comes from the frozen layer below.
    assert calls == {"rms_norm_fwd": 2 * layers + 1, "swiglu_fwd": layers, "rope_split_fwd": layers,
                     "rms_norm_bwd": 2, "swiglu_bwd": 1, "rope_split_bwd": 1}
    assert all(p.grad is not None and torch.isfinite(p.grad).all() for p in fast.parameters())


def _random_norm_weights(model):
    """The tiny model's norms start at 1: random weights, so a misused weight shows."""
    with torch.no_grad():
        for name, p in model.named_parameters():
            if "norm" in name:
                p.copy_(torch.rand(p.shape, generator=torch.Generator().manual_seed(len(name))) + 0.5)


@pytest.mark.parametrize("eager_max_seq", [512, 8])  # the eager attention, and SDPA's
def test_the_lean_forward_in_bf16_is_the_same_model_with_kernels_or_torch_forms(lib, tiny_llama, monkeypatch,
                                                                                eager_max_seq):
    from test_lean import _loss_and_grads, _peft_llama

    monkeypatch.setattr(lean, "EAGER_MAX_SEQ", eager_max_seq)
    model = _peft_llama(tiny_llama)
    _random_norm_weights(model)
    model.base_model.model.to(BF16)
    params = [p for p in model.parameters() if p.requires_grad]
    for p in params:
        p.data = p.data.float()
    fast = lean.LeanLlama(model)
    ids = torch.randint(0, 384, (2, 24), generator=torch.Generator().manual_seed(12))
    with torch.autocast("cpu", dtype=BF16):
        loss, grads = _loss_and_grads(fast, params, ids)
        with kernels.torch_ops():
            ref_loss, ref_grads = _loss_and_grads(fast, params, ids)
    # The two round alike but for the order of the norms' row sums (a last bit, rarely).
    assert loss.item() == pytest.approx(ref_loss.item(), rel=1e-3)
    for g, r in zip(grads, ref_grads, strict=True):
        assert ((g - r).norm() / r.norm()).item() < 1e-2
