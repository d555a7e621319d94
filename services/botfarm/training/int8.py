"""The frozen weights' matmuls of the lean training forward (``lean.LeanLlama``) in int8.

A LoRA step on a CPU is mostly its frozen weights' matmuls: every projection of every
layer forward, and of the layers above the lowest adapter backward too (the gradient
with respect to their input, ``dy @ W``; the frozen weights get none), and the tied
head's logits. They run at close to the bf16 peak already. A CPU with int8 dot-product
instructions (AVX-512 VNNI, AMX) multiplies int8 at twice that rate (``torch._int_mm``,
int8 x int8 to int32: ~850 GOP/s against bf16's ~410 GFLOP/s on this 2-core AMD EPYC).

Here each such product runs in int8, the way SwitchBack (Wortsman et al., "Stable and
low-precision training for large-scale vision-language models", 2023) runs the forward
and input-gradient products of a linear layer:

* the input's rows (tokens; in backward, the gradient's rows) quantised one row at a
  time, symmetric, ``max|row| / 127`` as the row's scale, at every call;
* the weight quantised once, per output channel for the forward product and per input
  channel for the backward one (each scale on the side the int32 sums do not run over);
* the int32 product scaled back by the row's and the column's scale, rounded to bf16.

The head's logits go the same way, straight into their softmax (``softmax_of_logits``).
Everything else (the adapters, attention, norms, the head's gradient, whose rows of
softmax probabilities span too many orders of magnitude for one int8 scale) is unchanged.

What it costs the bot, measured on this CPU: on a whole default run (4 epochs, 76,800
tokens, the andreruffert archive) eval loss 4.2654 with the frozen matmuls in int8 (4.2644
with the head's logits in bf16) against 4.2592 in bf16, +0.006 nats (0.15%; changing only
how the elementwise ops round, their torch forms for the native kernels, moved it by
0.001); on the benchmark's 16 steps 4.7312-4.7322 against 4.7257 (+0.13%), against the
huggingtweets recipe's 4.8365.

Quantising a row and scaling the product back are a native pass each (``kernels``), with
torch forms that compute the same.
"""

from __future__ import annotations

from typing import Any

import torch

from botfarm.training import kernels

#: A sum of more int8 x int8 products than this could overflow int32 (127 * 127 each).
MAX_DEPTH = (2**31 - 1) // (127 * 127)


def fast_on_this_cpu() -> bool:
    """Whether this CPU multiplies int8 faster than bf16: it has AVX-512 VNNI or AMX."""
    return bool(torch.cpu._is_vnni_supported() or torch.cpu._is_amx_tile_supported())


class Int8Weight:
    """A frozen weight [out, in] in int8: ``forward`` (laid out [in, out], a scale per
    output channel) and ``backward`` ([out, in], a scale per input channel), each
    quantised on its first call (the layers below the lowest adapter never need the
    second). The weight must not change after."""

    def __init__(self, weight: torch.Tensor):
        if weight.dim() != 2:
            raise ValueError(f"int8 weight: a matrix, got shape {tuple(weight.shape)}")
        self.weight = weight
        self._forward: tuple[torch.Tensor, torch.Tensor] | None = None
        self._backward: tuple[torch.Tensor, torch.Tensor] | None = None

    def forward(self) -> tuple[torch.Tensor, torch.Tensor]:
        """(q [in, out] int8, scale [out] fp32): ``weight.T`` as ``q * scale``."""
        if self._forward is None:
            _check_depth(self.weight.shape[1])
            # Laid out [in, out] (the product's [K, N]): ~5% faster than the transposed view.
            q, scale = kernels.quantize_rows(self.weight.detach().contiguous())
            self._forward = q.t().contiguous(), scale
        return self._forward

    def backward(self) -> tuple[torch.Tensor, torch.Tensor]:
        """(q [out, in] int8, scale [in] fp32): ``weight`` as ``q * scale``."""
        if self._backward is None:
            _check_depth(self.weight.shape[0])
            q, scale = kernels.quantize_rows(self.weight.detach().t().contiguous())
            self._backward = q.t().contiguous(), scale
        return self._backward


def _check_depth(depth: int) -> None:
    if depth > MAX_DEPTH:
        raise ValueError(f"int8 product: sums of at most {MAX_DEPTH} terms fit int32, this one has {depth}")


def linear(x: torch.Tensor, weight: Int8Weight) -> torch.Tensor:
    """``x @ weight.weight.T`` for ``x`` [rows, in] (a CPU tensor), in int8 both ways:
    the result in ``x``'s dtype, and the gradient to ``x`` in the gradient's."""
    return _Int8Linear.apply(x, weight)


def _product(x: torch.Tensor, factors: tuple[torch.Tensor, torch.Tensor]) -> torch.Tensor:
    q, scale = factors
    xq, xscale = kernels.quantize_rows(x.contiguous())
    return kernels.dequantize(torch._int_mm(xq, q), xscale, scale, x.dtype)


class _Int8Linear(torch.autograd.Function):
    @staticmethod
    def forward(ctx: Any, x: torch.Tensor, weight: Int8Weight) -> torch.Tensor:
        ctx.weight = weight
        return _product(x, weight.forward())

    @staticmethod
    def backward(ctx: Any, dy: torch.Tensor) -> tuple:
        return _product(dy, ctx.weight.backward()), None


#: Rows per int8 product of the head's logits: oneDNN's int8 kernel for a [rows, 576] x
#: [576, 49,152] product runs at ~690 GOP/s in 128-row pieces here, ~400 in 512.
LOGIT_ROWS = 128


def softmax_of_logits(h: torch.Tensor, weight: Int8Weight, out: torch.Tensor) -> torch.Tensor:
    """``out`` = ``softmax(h @ weight.weight.T)`` over each row (no gradient; fp32
    arithmetic, ``out`` of ``h``'s dtype, [rows of h, rows of weight]), the product in
    int8, LOGIT_ROWS rows at a time: the logits themselves are never stored."""
    q, scale = weight.forward()
    for start in range(0, h.shape[0], LOGIT_ROWS):
        rows = slice(start, start + LOGIT_ROWS)
        hq, hscale = kernels.quantize_rows(h[rows].contiguous())
        kernels.dequantize_softmax(torch._int_mm(hq, q), hscale, scale, out[rows])
    return out
