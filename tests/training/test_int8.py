"""The frozen matmuls in int8 (training/int8.py) and their native passes (training/kernels.py):
rows quantised to within half a step, the native passes equal to their torch forms, products
and gradients as close to bf16's as int8 allows, and the lean forward training with them."""

from __future__ import annotations

import contextlib

import pytest
import torch
from botfarm.training import headloss, int8, kernels, lean

from tests.training.test_lean import _loss_and_grads, _peft_llama

NATIVE = kernels.load() is not None
needs_native = pytest.mark.skipif(not NATIVE, reason="no C compiler here: the torch forms alone run")


def _rows(rows=37, dim=200, seed=0, odd=True):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(rows, dim, generator=g) * torch.rand(rows, 1, generator=g) * 4
    if odd:
        x[5] = 0  # a row of zeros
        x[7, 3] = 1000.0  # an outlier: its row's step is coarse, the others' are not
    return x.to(torch.bfloat16)


def test_quantised_rows_are_within_half_a_step_of_the_row():
    x = _rows()
    with kernels.torch_ops():
        q, scale = kernels.quantize_rows(x)
    assert q.dtype == torch.int8 and scale.dtype == torch.float32 and scale.shape == (x.shape[0],)
    assert q.abs().max() == 127 and scale[5] == 1 and not q[5].any()
    err = (q.float() * scale.unsqueeze(1) - x.float()).abs()
    assert (err <= scale.unsqueeze(1) / 2 * (1 + 1e-4)).all()  # to fp32's rounding of the check itself
    assert scale[7] == pytest.approx(1000 / 127) and scale[6] < 1


@needs_native
def test_native_quantisation_and_dequantisation_equal_their_torch_forms():
    x = _rows()
    x[9, 4], x[11, 0] = float("nan"), float("inf")  # a NaN or an infinity spoils its row only
    q, scale = kernels.quantize_rows(x)
    with kernels.torch_ops():
        tq, tscale = kernels.quantize_rows(x)
    assert torch.equal(q, tq)
    torch.testing.assert_close(scale, tscale, equal_nan=True, rtol=0, atol=0)
    assert scale[9].isnan() and scale[11].isinf() and not q[9].any() and not q[11].any()
    # A row too small for its scale's reciprocal (1 / (max / 127) overflows) counts as zeros.
    tiny = torch.tensor([[1e-38, 0.0, -2e-39, 5e-39], [1.0, -0.5, 0.25, 0.0]]).to(torch.bfloat16)
    for form in (contextlib.nullcontext(), kernels.torch_ops()):
        with form:
            small_q, small_scale = kernels.quantize_rows(tiny)
        assert small_scale[0] == 1 and not small_q[0].any() and small_q[1].tolist() == [127, -64, 32, 0]

    acc = torch.randint(-(2**20), 2**20, (37, 50), dtype=torch.int32)
    col = torch.rand(50) / 100
    y = kernels.dequantize(acc, tscale, col, torch.bfloat16)
    with kernels.torch_ops():
        ty = kernels.dequantize(acc, tscale, col, torch.bfloat16)
    assert y.dtype == torch.bfloat16
    torch.testing.assert_close(y, ty, equal_nan=True, rtol=0, atol=0)


@needs_native
def test_native_softmax_of_an_int8_product_matches_the_torch_form():
    acc = torch.randint(-(2**16), 2**16, (9, 3000), dtype=torch.int32)
    row, col = torch.rand(9) / 1000, torch.rand(3000) / 10
    row[4] = float("nan")
    out, ref = torch.empty(9, 3000, dtype=torch.bfloat16), torch.empty(9, 3000, dtype=torch.bfloat16)
    kernels.dequantize_softmax(acc, row, col, out)
    with kernels.torch_ops():
        kernels.dequantize_softmax(acc, row, col, ref)
    assert out[4].isnan().all() and ref[4].isnan().all()
    keep = [i for i in range(9) if i != 4]
    torch.testing.assert_close(out[keep].float(), ref[keep].float(), rtol=1.6e-2, atol=1e-30)
    torch.testing.assert_close(out[keep].float().sum(1), torch.ones(8), rtol=1e-2, atol=0)
    # A logit more than 87 below its row's largest: 0; a column's NaN scale spoils every row.
    acc, row = torch.tensor([[0, -100, -1000]], dtype=torch.int32), torch.ones(1)
    far = torch.empty(1, 3, dtype=torch.bfloat16)
    kernels.dequantize_softmax(acc, row, torch.tensor([1.0, 1.0, 1.0]), far)
    assert far[0, 0] == 1 and far[0, 1] == far[0, 2] == 0
    kernels.dequantize_softmax(acc, row, torch.tensor([1.0, float("nan"), 1.0]), far)
    assert far.isnan().all()


def _weight(out=96, inp=160, seed=1):
    g = torch.Generator().manual_seed(seed)
    return (torch.randn(out, inp, generator=g) / inp ** 0.5).to(torch.bfloat16)


@pytest.mark.parametrize("native", [True, False])
def test_int8_linear_is_close_to_the_bf16_product_both_ways(native):
    if native and not NATIVE:
        pytest.skip("no C compiler here")
    w, x = _weight(), _rows(rows=64, dim=160, odd=False)
    weight = int8.Int8Weight(w)
    with (kernels.torch_ops() if not native else torch.enable_grad()):
        xi = x.clone().requires_grad_()
        y = int8.linear(xi, weight)
        dy = _rows(rows=64, dim=96, seed=3, odd=False)
        y.backward(dy)
    xr = x.float().requires_grad_()
    ref = xr @ w.float().t()
    ref.backward(dy.float())
    assert y.dtype == xi.grad.dtype == torch.bfloat16

    def rel(a, b):
        return ((a.float() - b).norm() / b.norm()).item()

    # int8's rounding: ~1% of a row's norm, against bf16's ~0.3%.
    assert rel(y, ref) < 0.02 and rel(xi.grad, xr.grad) < 0.02
    assert rel(y, ref) > 1e-4  # it did run in int8, not in bf16


def test_int8_weight_is_quantised_per_output_channel_forward_and_per_input_channel_backward():
    w = _weight(out=8, inp=16)
    w[2] *= 100  # one large output channel: the other rows keep their own fine steps
    weight = int8.Int8Weight(w)
    q, scale = weight.forward()
    assert q.shape == (16, 8) and scale.shape == (8,) and q.is_contiguous()
    torch.testing.assert_close(q.float() * scale, w.float().t(), rtol=0, atol=(scale / 2 * 1.001).max().item())
    assert scale[2] > 50 * scale[0]
    qb, bscale = weight.backward()
    assert qb.shape == (8, 16) and bscale.shape == (16,)
    torch.testing.assert_close(qb.float() * bscale, w.float(), rtol=0, atol=(bscale / 2 * 1.001).max().item())
    # A product's depth must fit int32's sums: the input side forward, the output side back
    # (a head's vocabulary is never a depth: it has no int8 backward).
    wide = int8.Int8Weight(torch.zeros(1, int8.MAX_DEPTH + 1, dtype=torch.bfloat16))
    with pytest.raises(ValueError, match="fit int32"):
        wide.forward()
    tall = int8.Int8Weight(torch.zeros(int8.MAX_DEPTH + 1, 1, dtype=torch.bfloat16))
    assert tall.forward()[0].shape == (1, int8.MAX_DEPTH + 1)
    with pytest.raises(ValueError, match="fit int32"):
        tall.backward()


@pytest.mark.parametrize("native", [True, False])
def test_head_loss_with_int8_logits_is_close_to_the_bf16_one(native):
    if native and not NATIVE:
        pytest.skip("no C compiler here")
    with contextlib.nullcontext() if native else kernels.torch_ops():
        _head_loss_with_int8_logits_is_close_to_the_bf16_one()


def _head_loss_with_int8_logits_is_close_to_the_bf16_one():
    g = torch.Generator().manual_seed(4)
    h = torch.randn(300, 64, generator=g).to(torch.bfloat16)  # three 128-row pieces of logits
    w = (torch.randn(500, 64, generator=g) * 0.3).to(torch.bfloat16)
    target = torch.randint(0, 500, (300,), generator=g)
    target[10] = headloss.IGNORE_INDEX
    ref_h, ours_h = h.clone().requires_grad_(), h.clone().requires_grad_()
    ref = headloss.linear_cross_entropy(ref_h, w, target, 128)
    ref.backward()
    ours = headloss.linear_cross_entropy(ours_h, w, target, 128, quantized=int8.Int8Weight(w))
    ours.backward()
    assert ours.item() == pytest.approx(ref.item(), rel=5e-3) and ours.item() != ref.item()
    rel = (ours_h.grad.float() - ref_h.grad.float()).norm() / ref_h.grad.float().norm()
    assert rel < 0.03 and ours_h.grad[10].abs().max() == 0


def test_lean_forward_with_int8_matmuls_trains_as_the_bf16_one_does(tiny_llama):
    """The loss and adapter gradients of a bf16 step with the frozen matmuls in int8 stay
    within a few times bf16's own distance from fp32; the layers below the lowest adapter
    never quantise their weights for backward (they have none)."""
    ids = torch.randint(0, 384, (2, 64), generator=torch.Generator().manual_seed(2))
    exact = _peft_llama(tiny_llama)
    exact_params = [p for p in exact.parameters() if p.requires_grad]
    ref_loss, ref_grads = _loss_and_grads(exact, exact_params, ids)

    losses = []

    def error(fast):
        params = list(fast.parameters())
        loss, grads = _loss_and_grads(fast, params, ids)
        losses.append(loss.item())
        rel = max(((g - r).norm() / r.norm()).item() for g, r in zip(grads, ref_grads, strict=True))
        return abs(loss.item() - ref_loss.item()), rel

    def bf16_model(lora_layers=None):
        model = _peft_llama(tiny_llama, lora_layers)
        model.base_model.model.to(torch.bfloat16)
        for p in model.parameters():
            if p.requires_grad:
                p.data = p.data.float()
        return model

    bf16_loss_err, bf16_grad_err = error(lean.LeanLlama(bf16_model()))
    quantized = lean.LeanLlama(bf16_model(), int8_matmuls=True)
    int8_loss_err, int8_grad_err = error(quantized)
    assert int8_loss_err < max(4 * bf16_loss_err, 1e-3)
    assert int8_grad_err < 2 * bf16_grad_err
    assert losses[0] != losses[1]  # int8 did run

    top = lean.LeanLlama(bf16_model(lora_layers=[1]), int8_matmuls=True)
    _loss_and_grads(top, list(top.parameters()), ids)
    assert [layer["o"].quantized._backward is None for layer in top.layers] == [True, False]
    assert top.layers[1]["qkv"].quantized._backward is None  # its input needs no gradient
    assert all(layer[name].quantized._forward is not None for layer in top.layers for name, _ in lean.FUSED)


def test_auto_picks_int8_on_a_cpu_with_int8_dot_products_under_bf16_only(monkeypatch):
    from botfarm.core.errors import InvalidArgument
    from botfarm.training import worker

    def pick(mode="auto", device="cpu", fast=True, **cfg):
        monkeypatch.setattr(int8, "fast_on_this_cpu", lambda: fast)
        return worker.int8_matmuls(worker.WorkerConfig(job_id="j", frozen_matmuls=mode, **cfg), torch.device(device))

    assert pick() is True
    assert pick(fast=False) is False  # int8 would be no faster than bf16 there
    with monkeypatch.context() as m:
        m.setattr(kernels, "load", lambda: None)  # no native passes: their torch forms cost more
        assert pick() is False and pick("int8") is True
    with pytest.raises(InvalidArgument, match="auto, int8 or bf16"):
        pick("fp8")
    assert pick(bf16=False) is False and pick(lean_forward=False) is False
    assert pick(device="cuda") is False  # a GPU keeps bf16
    assert pick("int8", fast=False) is True and pick("bf16") is False
    with pytest.raises(InvalidArgument, match="on a CPU only"):
        pick("int8", device="cuda")
