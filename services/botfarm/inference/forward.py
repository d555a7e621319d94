"""The transformer blocks of ``model.CausalLM`` over one forward's tokens, flattened to
rows [N, hidden] (a prefill's prompts or a decode step's one token per slot).

Between the matmuls (oneDNN or cuBLAS through torch) every step has two backends with
the same results to rounding:

* ``NativeOps``: the C kernels of ``native.py`` on a CPU, one call per step of a layer
  (residual add + norm, rotary embedding + cache write, SiLU * up, decode attention);
* ``TorchOps``: torch ops, on any device and when no C compiler is at hand.

A decode step's attention reads the cache in place: each row attends to its own slot
up to its own position, never to a padded batch of keys.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

import torch
import torch.nn.functional as F

if TYPE_CHECKING:
    from botfarm.inference.model import CausalLM, KVCache


@dataclass
class Rows:
    """Where each of a forward's N tokens sits: its cache slot and position ([N] int64),
    and what a backend derives from them once for every layer."""

    slot: torch.Tensor
    pos: torch.Tensor
    extra: dict


class TorchOps:
    """The steps between matmuls as torch ops."""

    def __init__(self, lm: CausalLM):
        self.lm = lm
        s = lm.shape
        if s.family == "llama":
            inv = 1.0 / (s.rope_theta ** (torch.arange(0, s.head_dim, 2, dtype=torch.float64) / s.head_dim))
            freqs = torch.outer(torch.arange(s.max_positions, dtype=torch.float64), inv)
            # cos + i sin of each position and frequency (see _rope_).
            self.rot = torch.polar(torch.ones_like(freqs), freqs).to(lm.device, torch.complex64)

    def nbytes(self) -> int:
        """Bytes of the tables these ops hold (the rotary ones), for the memory budget."""
        tables = (getattr(self, n, None) for n in ("rot", "cos", "sin"))
        return sum(t.numel() * t.element_size() for t in tables if t is not None)

    def rows(self, slot: torch.Tensor, pos: torch.Tensor, cache: KVCache) -> Rows:
        extra = {"where": cache.rows_of(slot, pos)}
        if self.lm.shape.family == "llama":
            extra["rot"] = self.rot[pos].unsqueeze(-2)
        return Rows(slot, pos, extra)

    def norm(self, x: torch.Tensor, w: torch.Tensor, b: torch.Tensor | None) -> torch.Tensor:
        if self.lm.shape.family == "llama":
            return F.rms_norm(x, (x.shape[-1],), w, self.lm.shape.eps)
        return F.layer_norm(x, (x.shape[-1],), w, b, self.lm.shape.eps)

    def residual_norm(self, h: torch.Tensor, delta: torch.Tensor | None, w: torch.Tensor,
                      b: torch.Tensor | None) -> tuple[torch.Tensor, torch.Tensor]:
        """(h + delta, norm(h + delta)); h as given when delta is None."""
        if delta is not None:
            h = h + delta
        return h, self.norm(h, w, b)

    def rope_store(self, qkv: torch.Tensor, cache: KVCache, layer: int, rows: Rows) -> None:
        """Rotates the q and k heads of qkv [N, width] in place (llama) and stores the
        keys and values in the layer's cache."""
        s = self.lm.shape
        N = qkv.shape[0]
        if s.family == "llama":
            _rope_(qkv[:, :(s.heads + s.kv_heads) * s.head_dim].view(N, s.heads + s.kv_heads, s.head_dim),
                   rows.extra["rot"])
        # Keys then values: one indexed write of both into the layer's cache.
        cache.rows[layer].index_put_((rows.extra["where"],),
                                     qkv[:, s.heads * s.head_dim:].view(N, 2 * s.kv_heads, s.head_dim))

    def act(self, gu: torch.Tensor) -> torch.Tensor:
        s = self.lm.shape
        if s.family == "llama":
            return F.silu(gu[:, :s.intermediate]) * gu[:, s.intermediate:]
        return F.gelu(gu, approximate="tanh")

    def decode_attention(self, qkv: torch.Tensor, cache: KVCache, layer: int, rows: Rows, length: int) -> torch.Tensor:
        s = self.lm.shape
        S = qkv.shape[0]
        mask = rows.extra.get("mask")
        if mask is None:
            visible = (torch.arange(length, device=qkv.device).unsqueeze(0) <= rows.pos.unsqueeze(1))
            # An additive mask in the compute dtype, built once: SDPA would convert a bool mask per layer.
            mask = rows.extra["mask"] = torch.zeros(S, 1, 1, length, dtype=qkv.dtype, device=qkv.device) \
                .masked_fill_(~visible.view(S, 1, 1, length), float("-inf"))
        # One query token: the query heads sharing a key/value head are that head's
        # "positions" ([S, kv_heads, groups, D]), so attention reads the cache in place,
        # with no copy of keys and values per query head (enable_gqa's).
        q = qkv[:, :s.heads * s.head_dim].view(S, s.kv_heads, s.heads // s.kv_heads, s.head_dim)
        kv = cache.kv[layer, :S, :, :length]
        a = F.scaled_dot_product_attention(q, kv[:, :s.kv_heads], kv[:, s.kv_heads:], attn_mask=mask)
        return a.reshape(S, s.heads * s.head_dim)


def _rope_(qk: torch.Tensor, rot: torch.Tensor) -> None:
    """Rotates q and k heads in place: ``qk`` [N, heads, D] (a view into the qkv
    projection's output), ``rot`` [N, 1, D/2] complex (cos + i sin of each token's
    position). HF's rotate_half pairs dimension j with j + D/2: as complex numbers
    (x_j + i x_{j+D/2}) the rotation is one multiplication, three kernels in all where the
    real-valued form takes six, in float32 whatever the weights."""
    N, H, D = qk.shape
    halves = qk.view(N, H, 2, D // 2).transpose(-1, -2)  # [N, H, D/2, 2]: (x_j, x_{j+D/2})
    z = torch.view_as_complex(torch.empty(halves.shape, dtype=torch.float32, device=qk.device).copy_(halves))
    halves.copy_(torch.view_as_real(z.mul_(rot)))


class NativeOps(TorchOps):
    """The same steps as native kernels (CPU; bfloat16 or float32; LayerNorm and GELU,
    GPT-2's, stay torch ops)."""

    def __init__(self, lm: CausalLM, kernels):
        super().__init__(lm)
        self.k = kernels
        s = lm.shape
        if s.family == "llama":
            # cos and sin of each position and frequency, float32 [positions, D/2].
            self.cos = self.rot.real.contiguous()
            self.sin = self.rot.imag.contiguous()

    def rows(self, slot: torch.Tensor, pos: torch.Tensor, cache: KVCache) -> Rows:
        return Rows(slot.contiguous(), pos.contiguous(), {})

    def residual_norm(self, h, delta, w, b):
        if self.lm.shape.family != "llama":
            return super().residual_norm(h, delta, w, b)
        x = torch.empty_like(h)
        # h is this forward's own buffer (the embedding lookup's copy): updated in place.
        self.k.add_rms_norm(h, delta, w, x, self.lm.shape.eps)
        return h, x

    def rope_store(self, qkv, cache, layer, rows):
        s = self.lm.shape
        llama = s.family == "llama"
        self.k.rope_store(qkv, rows.slot, rows.pos, self.cos if llama else None, self.sin if llama else None,
                          cache.kv[layer], s.heads, s.kv_heads)

    def act(self, gu):
        s = self.lm.shape
        if s.family != "llama":
            return super().act(gu)
        out = torch.empty(gu.shape[0], s.intermediate, dtype=gu.dtype, device=gu.device)
        self.k.silu_mul(gu, out)
        return out

    def decode_attention(self, qkv, cache, layer, rows, length):
        s = self.lm.shape
        out = torch.empty(qkv.shape[0], s.heads * s.head_dim, dtype=qkv.dtype, device=qkv.device)
        self.k.decode_attention(qkv, cache.kv[layer], rows.pos, out, s.heads, s.kv_heads, 1 / math.sqrt(s.head_dim))
        return out


def blocks(lm: CausalLM, ops: TorchOps, h: torch.Tensor, cache: KVCache, rows: Rows, attend, lora, view):
    """The transformer blocks over ``h`` [N, hidden], then the final norm: ``attend(i,
    qkv)`` gives the attention output [N, heads * head_dim] once this forward's keys and
    values are in the cache; ``view`` is the shape the LoRA batch sees ([B, T, features])."""
    s = lm.shape
    h, x = ops.residual_norm(h, None, lm.layers[0]["ln1"], lm.layers[0].get("ln1_b"))
    for i, layer in enumerate(lm.layers):
        qkv = lm.linear(x, layer["qkv"], layer.get("qkv_b"))
        if lora is not None:
            lora.apply(i, "attn", view(x), view(qkv))
        ops.rope_store(qkv, cache, i, rows)
        a = attend(i, qkv)
        o = lm.linear(a, layer["o"], layer.get("o_b"))
        if lora is not None:
            lora.apply(i, "o", view(a), view(o))
        h, x = ops.residual_norm(h, o, layer["ln2"], layer.get("ln2_b"))
        gu = lm.linear(x, layer["gate_up"] if s.family == "llama" else layer["fc"], layer.get("fc_b"))
        if lora is not None:
            lora.apply(i, "gate_up", view(x), view(gu))
        m = ops.act(gu)
        d = lm.linear(m, layer["down"], layer.get("down_b"))
        if lora is not None:
            lora.apply(i, "down", view(m), view(d))
        if i + 1 < len(lm.layers):  # the residual add, then the next layer's norm (or the final one)
            h, x = ops.residual_norm(h, d, lm.layers[i + 1]["ln1"], lm.layers[i + 1].get("ln1_b"))
        else:
            h, x = ops.residual_norm(h, d, lm.norm, lm.norm_b)
    return x
