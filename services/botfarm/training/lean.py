"""A lean training forward for LoRA on a frozen Llama-family base.

PEFT's LoRA layers over transformers' model pay, at every step, for module dispatch,
seven adapter pairs a layer each with its own scaling and casts, autograd records of the
frozen layers and fp32 logits of every token over the whole vocabulary. ``LeanLlama``
computes the same model (to rounding: transformers' math under bf16 autocast) as few,
large operations:

* the frozen weights in the compute dtype once, q|k|v and gate|up fused into one matmul
  each; the PEFT model's own base weights become views of the fused ones (no copy);
* the adapters of the projections that share an input as one ``x @ A`` (their A stacked)
  and one ``addmm`` into the base output (their B block-diagonal, the scale folded in);
* the layers below the lowest adapter under ``no_grad``: nothing of theirs is kept for
  backward, and their output over a block, a pure function of its tokens while those
  layers are frozen, is kept from one epoch to the next (``FrozenCache``; the packed
  blocks repeat every epoch, ``data.PackedEpochs``) within a memory budget;
* the loss over the tied head in row chunks (``headloss``), never the whole logits;
* in bf16 on a CPU, RMSNorm, rotary (laying q, k and v out per head) and SiLU(gate) * up
  as one native pass each, forward and backward (``kernels``);
* with ``int8_matmuls`` (a CPU with int8 dot products: the worker's default there), the
  frozen weights' products (projections forward and back, the head's logits) in int8
  (``int8``): the same model to int8's rounding rather than bf16's.

Its trainable parameters are the PEFT model's adapter tensors themselves, so the
optimiser, checkpoints, evaluation and the published adapter (PEFT's format, same keys
and shapes) are those of the PEFT model; only a training step's arithmetic runs here.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

import torch
import torch.nn.functional as F

from botfarm.training import headloss, int8, kernels

#: Longest block whose attention runs as eager matmuls (its [groups * seq, seq] scores
#: are kept for backward); longer blocks take SDPA.
EAGER_MAX_SEQ = 512

#: The eager attention of a block of at least CAUSAL_SPLIT_MIN_SEQ tokens (a multiple of
#: CAUSAL_PARTS) runs in CAUSAL_PARTS parts of its queries, each against the keys up to
#: its own last position only.
CAUSAL_PARTS = 2
CAUSAL_SPLIT_MIN_SEQ = 32

#: The projections of a layer, fused by shared input: (fused name, its PEFT modules).
FUSED = (("qkv", ("self_attn.q_proj", "self_attn.k_proj", "self_attn.v_proj")),
         ("o", ("self_attn.o_proj",)),
         ("gate_up", ("mlp.gate_proj", "mlp.up_proj")),
         ("down", ("mlp.down_proj",)))


def supports(model: Any) -> bool:
    """Whether ``model`` (a PEFT LoRA model) is one ``LeanLlama`` computes exactly: a
    Llama without biases, tensor-parallel slices or attention dropout, plain LoRA
    adapters (no dropout, DoRA or bias) on linear projections only."""
    from peft.tuners.lora import LoraModel

    base = getattr(model, "base_model", None)
    if not isinstance(base, LoraModel):
        return False
    cfg = base.model.config
    if cfg.model_type != "llama" or getattr(cfg, "attention_bias", False) or getattr(cfg, "mlp_bias", False) \
            or getattr(cfg, "pretraining_tp", 1) != 1 or getattr(cfg, "attention_dropout", 0.0) \
            or cfg.hidden_act != "silu":
        return False
    lcfg = model.peft_config.get("default")
    if lcfg is None or lcfg.lora_dropout or getattr(lcfg, "use_dora", False) or lcfg.bias != "none" \
            or len(model.peft_config) != 1:
        return False
    adapted = [m for m in base.model.modules() if hasattr(m, "lora_A")]
    return bool(adapted) and all(type(m).__name__ == "Linear" and set(m.lora_A) == {"default"} for m in adapted)


@dataclass
class _Adapter:
    """One PEFT target's adapter: A [r, in], B [out, r] (fp32 parameters), its scale."""

    a: torch.nn.Parameter
    b: torch.nn.Parameter
    scale: float


@dataclass
class _Projection:
    """A fused projection: the frozen weight [out, in] and, per part, its width and
    adapter (None where that part has none)."""

    weight: torch.Tensor
    parts: list[tuple[int, _Adapter | None]]
    # The weight in int8 where the frozen matmuls run in int8 (``int8``); else None.
    quantized: int8.Int8Weight | None = None

    def lora(self, dtype: torch.dtype) -> tuple[torch.Tensor, torch.Tensor, float] | None:
        """(A [sum r, in], B [out, sum r], scale) in ``dtype``: the stacked A and the
        block-diagonal B of this step's adapter weights; None without adapters."""
        adapters = [ad for _, ad in self.parts if ad is not None]
        if not adapters:
            return None
        a = torch.cat([ad.a for ad in adapters]) if len(adapters) > 1 else adapters[0].a
        scales = {ad.scale for ad in adapters}
        if len(adapters) == len(self.parts) and len(scales) == 1:
            # The usual case, in the fewest autograd nodes: the scale goes into the addmm.
            b = torch.block_diag(*(ad.b for ad in adapters)) if len(adapters) > 1 else adapters[0].b
            return a.to(dtype), b.to(dtype), scales.pop()
        ranks = a.shape[0]
        rows, col = [], 0
        for width, ad in self.parts:
            if ad is None:
                rows.append(self.weight.new_zeros(width, ranks, dtype=torch.float32))
                continue
            r = ad.a.shape[0]
            rows.append(F.pad(ad.b * ad.scale, (col, ranks - col - r)))
            col += r
        return a.to(dtype), torch.cat(rows).to(dtype), 1.0

    def __call__(self, x: torch.Tensor, lora: tuple[torch.Tensor, torch.Tensor, float] | None) -> torch.Tensor:
        y = int8.linear(x, self.quantized) if self.quantized is not None else torch.mm(x, self.weight.t())
        if lora is None:
            return y
        a, b, scale = lora
        return torch.addmm(y, torch.mm(x, a.t()), b.t(), alpha=scale)


def _fuse(modules: list[Any]) -> _Projection:
    """One projection over ``modules`` (PEFT LoRA layers or plain linears) sharing an
    input; their base weights become views of the fused weight."""
    bases = [m.base_layer if hasattr(m, "lora_A") else m for m in modules]
    weight = torch.cat([b.weight.detach() for b in bases]).contiguous()
    parts, row = [], 0
    for m, b in zip(modules, bases, strict=True):
        width = b.weight.shape[0]
        b.weight.data = weight[row:row + width]
        row += width
        ad = _Adapter(m.lora_A["default"].weight, m.lora_B["default"].weight, float(m.scaling["default"])) \
            if hasattr(m, "lora_A") else None
        parts.append((width, ad))
    return _Projection(weight, parts)


class FrozenCache:
    """The output of the frozen layers below the lowest adapter, per block of token ids,
    kept in host memory up to ``max_bytes``; blocks past the budget are not kept (with
    epochs visiting the blocks in a new order each time, evicting one block for another
    would keep as many hits and cost copies).

    A block's entry is what those layers computed over it in the first epoch; reusing it
    is the same as computing it again, to rounding (the batch's other rows can change a
    matmul's blocking, not what a row's attention sees). On a CPU those layers' forward
    is about a fifth of a step at the defaults (bench/bench_training.py)."""

    def __init__(self, max_bytes: int):
        self.max_bytes = max_bytes
        self.entries: dict[bytes, torch.Tensor] = {}
        self.bytes = 0
        # Blocks whose frozen output was reused / computed.
        self.hits = 0
        self.misses = 0

    @staticmethod
    def key(ids: torch.Tensor) -> bytes:
        """A block's key: a digest of its token ids (one row of int64, on the host)."""
        return hashlib.blake2b(ids.numpy().tobytes(), digest_size=16).digest()

    def add(self, key: bytes, h: torch.Tensor) -> None:
        """Keeps ``h`` (one block's rows) as a host copy, if the budget has room."""
        size = h.numel() * h.element_size()
        if key not in self.entries and self.bytes + size <= self.max_bytes:
            self.entries[key] = h.to("cpu", copy=True)
            self.bytes += size

    def stats(self) -> str:
        return (f"{len(self.entries)} blocks kept ({self.bytes / 2**20:.1f} MiB of {self.max_bytes / 2**20:.0f}), "
                f"{self.hits} reused, {self.misses} computed")


def _module(layer: Any, dotted: str) -> Any:
    for name in dotted.split("."):
        layer = getattr(layer, name)
    return layer


class LeanLlama(torch.nn.Module):
    """The training forward of a PEFT LoRA Llama: ``forward(input_ids, labels)`` gives
    transformers' output with the mean next-token loss (``labels`` shifted inside,
    -100 ignored), as the PEFT model would."""

    def __init__(self, peft_model: Any, frozen_cache_bytes: int = 0, int8_matmuls: bool = False):
        super().__init__()
        lm = peft_model.base_model.model
        cfg = lm.config
        self.heads, self.kv_heads = cfg.num_attention_heads, cfg.num_key_value_heads
        self.head_dim = getattr(cfg, "head_dim", None) or cfg.hidden_size // self.heads
        self.eps = cfg.rms_norm_eps
        # Frozen tensors held as plain tensors (detached views): not this module's
        # parameters, so DDP neither broadcasts nor watches them.
        self.embed = lm.model.embed_tokens.weight.detach()
        self.head = lm.lm_head.weight.detach()  # the embedding itself when tied
        self.norm = lm.model.norm.weight.detach()
        self.rotary = lm.model.rotary_emb.forward
        self.layers = [{"ln1": layer.input_layernorm.weight.detach(),
                        "ln2": layer.post_attention_layernorm.weight.detach(),
                        **{name: _fuse([_module(layer, m) for m in mods]) for name, mods in FUSED}}
                       for layer in lm.model.layers]
        adapted = [i for i, layer in enumerate(self.layers)
                   if any(ad is not None for name, _ in FUSED for _, ad in layer[name].parts)]
        # Below the lowest adapter nothing trains: those layers run without autograd.
        self.first_adapted = adapted[0] if adapted else len(self.layers)
        # The adapters as this module's parameters (the very PEFT tensors): what DDP syncs.
        self.adapters = torch.nn.ParameterList(
            p for layer in self.layers for name, _ in FUSED for _, ad in layer[name].parts if ad is not None
            for p in (ad.a, ad.b))
        self.head_int8 = None
        if int8_matmuls:
            # The frozen weights' products in int8 (int8.py), on a CPU: quantised here, once
            # (~0.3 s for SmolLM2-135M), the backward copies where a gradient flows through:
            # from the lowest adapted layer up, but for its q|k|v (their input comes from
            # the layers below, which need none).
            if self.head.device.type != "cpu":
                raise ValueError("the frozen matmuls run in int8 on a CPU only")
            self.head_int8 = int8.Int8Weight(self.head)
            self.head_int8.forward()
            for i, layer in enumerate(self.layers):
                for name, _ in FUSED:
                    layer[name].quantized = int8.Int8Weight(layer[name].weight)
                    layer[name].quantized.forward()
                    if i > self.first_adapted or i == self.first_adapted and name != "qkv":
                        layer[name].quantized.backward()
        # The frozen bottom's output per block, kept across epochs (None: not kept).
        self.frozen_cache = FrozenCache(frozen_cache_bytes) if frozen_cache_bytes > 0 and self.first_adapted else None
        self._rope: dict[tuple, tuple[torch.Tensor, torch.Tensor]] = {}
        self._masks: dict[tuple, torch.Tensor] = {}

    def forward(self, input_ids: torch.Tensor, labels: torch.Tensor | None = None) -> Any:
        from transformers.modeling_outputs import CausalLMOutput

        batch, seq = input_ids.shape
        # The dtypes here are explicit: autocast would only re-cast what is already cast.
        with torch.autocast(input_ids.device.type, enabled=False):
            with torch.no_grad():
                h = self._frozen(input_ids)
            cos, sin = self._cos_sin(seq, h)
            for i in range(self.first_adapted, len(self.layers)):
                h = self._layer(i, h, cos, sin, batch, seq)
            h = kernels.rms_norm(h, self.norm, self.eps)
            if labels is None:
                return CausalLMOutput(logits=torch.mm(h, self.head.t()).view(batch, seq, -1))
            # Position t predicts token t + 1: the last position of each row has no target.
            rows = h.view(batch, seq, -1)[:, :-1].reshape(-1, h.shape[-1])
            loss = headloss.linear_cross_entropy(rows, self.head, labels[:, 1:].reshape(-1),
                                                 quantized=self.head_int8)
        return CausalLMOutput(loss=loss)

    def _frozen(self, input_ids: torch.Tensor) -> torch.Tensor:
        """The residual stream [batch * seq, hidden] after the layers below the lowest
        adapter: from the cache for the blocks it holds, computed for the others."""
        cache = self.frozen_cache
        if cache is None:
            return self._bottom(input_ids)
        batch, seq = input_ids.shape
        keys = [cache.key(row) for row in input_ids.cpu()]
        missing = [r for r, k in enumerate(keys) if k not in cache.entries]
        hits = [r for r, k in enumerate(keys) if k in cache.entries]
        cache.hits += len(hits)
        cache.misses += len(missing)
        if not missing:
            return torch.cat([cache.entries[k] for k in keys]).to(input_ids.device)
        fresh = self._bottom(input_ids[missing] if hits else input_ids).view(len(missing), seq, -1)
        host = fresh.cpu()  # one copy off a GPU (none on a CPU); each kept row is cloned from it
        for r, h in zip(missing, host, strict=True):
            cache.add(keys[r], h)
        if not hits:
            return fresh.view(batch * seq, -1)
        out = fresh.new_empty(batch, seq, fresh.shape[-1])
        out[missing] = fresh
        out[hits] = torch.stack([cache.entries[keys[r]] for r in hits]).to(out.device)
        return out.view(batch * seq, -1)

    def _bottom(self, input_ids: torch.Tensor) -> torch.Tensor:
        """The embedding and the frozen layers below the lowest adapter, computed."""
        batch, seq = input_ids.shape
        h = F.embedding(input_ids, self.embed).view(batch * seq, -1)
        if self.first_adapted:
            cos, sin = self._cos_sin(seq, h)
            for i in range(self.first_adapted):
                h = self._layer(i, h, cos, sin, batch, seq)
        return h

    def _cos_sin(self, seq: int, like: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """transformers' own rotary tables (whatever its rope scaling) for positions 0..seq-1,
        each [seq, head_dim] in ``like``'s dtype."""
        key = (seq, like.device, like.dtype)
        if key not in self._rope:
            pos = torch.arange(seq, device=like.device).unsqueeze(0)
            cos, sin = self.rotary(like.view(1, -1, like.shape[-1])[:, :seq], pos)
            self._rope = {key: (cos[0].contiguous(), sin[0].contiguous())}
        return self._rope[key]

    def _attention(self, q: torch.Tensor, k: torch.Tensor, v: torch.Tensor) -> torch.Tensor:
        """Causal attention, q [batch, heads, seq, d], k and v [batch, kv_heads, seq, d],
        as rows [batch * seq, heads * d] (the output projection's input): transformers'
        eager attention (scores in the compute dtype, softmax in fp32) as three batched
        matmuls. The query heads sharing a key/value head are stacked as that head's rows,
        so keys and values are never repeated per query head. On a CPU this is about 1.5x
        the speed of SDPA's flash kernel at these sizes, backward included (a 256-token
        block, head_dim 64); past EAGER_MAX_SEQ tokens, and on a GPU, SDPA runs."""
        batch, heads, seq, d = q.shape
        if q.device.type != "cpu" or seq > EAGER_MAX_SEQ:
            # Scores of every query against every key: memory that grows with seq^2, where
            # SDPA's kernels (and a GPU's) keep O(seq).
            out = F.scaled_dot_product_attention(q, k, v, is_causal=True, enable_gqa=heads != self.kv_heads)
            return out.transpose(1, 2).reshape(batch * seq, heads * d)
        groups, n = heads // self.kv_heads, batch * self.kv_heads
        q, k, v = q.reshape(n, groups, seq, d), k.reshape(n, seq, d), v.reshape(n, seq, d)
        parts = CAUSAL_PARTS if seq % CAUSAL_PARTS == 0 and seq >= CAUSAL_SPLIT_MIN_SEQ else 1
        # The queries in parts: each sees only the keys up to its own last position, so its
        # scores against the later ones, all masked, are not computed ((parts + 1) / (2
        # parts) of the work). Each part's [n, groups, rows, d] goes straight into the
        # rows' layout [batch, rows, kv_heads, groups, d]: one copy in all.
        step = seq // parts
        rows = [self._attend(q[:, :, i:i + step], k[:, :i + step], v[:, :i + step], i, i + step)
                .view(batch, self.kv_heads, groups, step, d).permute(0, 3, 1, 2, 4) for i in range(0, seq, step)]
        return (torch.cat(rows, dim=1) if parts > 1 else rows[0]).reshape(batch * seq, heads * d)

    def _attend(self, q: torch.Tensor, k: torch.Tensor, v: torch.Tensor, first: int, seq: int) -> torch.Tensor:
        """The queries at positions first..seq-1, q [n, groups, seq - first, d], against
        the keys and values at 0..seq-1, k and v [n, seq, d]: [n, groups, seq - first, d]."""
        n, groups, rows, d = q.shape
        key = (first, seq, groups, q.dtype, q.device)
        if key not in self._masks:
            causal = torch.full((seq, seq), float("-inf"), device=q.device).triu(1)[first:]
            if len(self._masks) > 4:
                self._masks.clear()
            self._masks[key] = causal.repeat(groups, 1).to(q.dtype).unsqueeze(0)  # [1, groups * rows, seq]
        scores = torch.baddbmm(self._masks[key], q.reshape(n, groups * rows, d), k.transpose(1, 2), alpha=d ** -0.5)
        return torch.bmm(torch.softmax(scores, dim=-1), v).view(n, groups, rows, d)

    def _layer(self, i: int, h: torch.Tensor, cos: torch.Tensor, sin: torch.Tensor, batch: int,
               seq: int) -> torch.Tensor:
        """One decoder layer over the rows ``h`` [batch * seq, hidden] (the residual stream)."""
        layer, dtype = self.layers[i], h.dtype
        x = kernels.rms_norm(h, layer["ln1"], self.eps)
        qkv = layer["qkv"](x, layer["qkv"].lora(dtype))
        q, k, v = kernels.rope_split(qkv, cos, sin, batch, seq, self.heads, self.kv_heads)
        a = self._attention(q, k, v)
        h = h + layer["o"](a, layer["o"].lora(dtype))
        x = kernels.rms_norm(h, layer["ln2"], self.eps)
        return h + layer["down"](kernels.swiglu(layer["gate_up"](x, layer["gate_up"].lora(dtype))),
                                 layer["down"].lora(dtype))
