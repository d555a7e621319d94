"""Many LoRA bots on one base model, in one forward pass.

Each adapter (a PEFT folder: adapter_config.json + adapter_model.safetensors) becomes,
per layer and per fused projection of ``model.py`` ("attn" = q|k|v, "o", "gate_up",
"down"), one pair A [in, R] and B [R, out] with the LoRA scale folded into B. The q,
k and v adapters share their input, so their A matrices are concatenated along the
rank and their B matrices placed block-wise: one small matmul pair per projection.

The bank stacks all loaded adapters: A_all [n+1, in, Rmax], B_all [n+1, Rmax, out],
index 0 all zeros (rows of the plain base model). A batch mixing bots gathers each
row's pair and runs two ``bmm`` (the BGMV kernel of Punica / S-LoRA in plain torch);
a batch of one bot does two plain matmuls.
"""

from __future__ import annotations

import json
import re
import threading
from pathlib import Path

import torch

from botfarm.core.errors import InvalidArgument
from botfarm.inference.model import CausalLM, scale_of

_KEY = re.compile(r"(?:layers|h)\.(\d+)\.(self_attn|attn|mlp)\.(\w+)\.lora_([AB])(?:\.default)?\.weight$")


def _targets(lm: CausalLM) -> dict[str, tuple[str, int, int]]:
    """PEFT module name -> (fused projection, first output column, width)."""
    s = lm.shape
    q, kv = s.heads * s.head_dim, s.kv_heads * s.head_dim
    if s.family == "llama":
        i = s.intermediate
        return {"self_attn.q_proj": ("attn", 0, q), "self_attn.k_proj": ("attn", q, kv),
                "self_attn.v_proj": ("attn", q + kv, kv), "self_attn.o_proj": ("o", 0, s.hidden),
                "mlp.gate_proj": ("gate_up", 0, i), "mlp.up_proj": ("gate_up", i, i),
                "mlp.down_proj": ("down", 0, s.hidden)}
    return {"attn.c_attn": ("attn", 0, q + 2 * kv), "attn.c_proj": ("o", 0, s.hidden),
            "mlp.c_fc": ("gate_up", 0, s.intermediate), "mlp.c_proj": ("down", 0, s.hidden)}


def _out_width(lm: CausalLM, proj: str) -> int:
    s = lm.shape
    return {"attn": s.heads * s.head_dim + 2 * s.kv_heads * s.head_dim, "o": s.hidden,
            "gate_up": (2 if s.family == "llama" else 1) * s.intermediate, "down": s.hidden}[proj]


def load_adapter(adapter_dir: Path, lm: CausalLM) -> dict[tuple[int, str], tuple[torch.Tensor, torch.Tensor]]:
    """Reads a PEFT LoRA folder into fused (A, B) pairs for ``lm``; refuses what it
    cannot serve exactly (DoRA, per-layer ranks, biases, pickles)."""
    from safetensors.torch import load_file

    adapter_dir = Path(adapter_dir)
    cfg = json.loads((adapter_dir / "adapter_config.json").read_text())
    if cfg.get("peft_type", "LORA") != "LORA" or cfg.get("use_dora") or cfg.get("rank_pattern") \
            or cfg.get("alpha_pattern") or cfg.get("bias", "none") != "none":
        raise InvalidArgument(f"adapter {adapter_dir.name}: only plain LoRA adapters are served "
                              "(no DoRA, rank/alpha patterns or biases)", reason="UNSUPPORTED_ADAPTER")
    f = adapter_dir / "adapter_model.safetensors"
    if not f.is_file():
        raise InvalidArgument(f"adapter {adapter_dir.name} has no adapter_model.safetensors",
                              reason="NO_SAFETENSORS")
    scale = scale_of(cfg)
    targets = _targets(lm)
    raw: dict[tuple[int, str], dict[str, torch.Tensor]] = {}
    for key, t in load_file(str(f)).items():
        m = _KEY.search(key)
        if not m:
            continue
        layer, parent, mod, ab = int(m[1]), m[2], m[3], m[4]
        name = f"{parent}.{mod}"
        if name not in targets or layer >= lm.shape.layers:
            raise InvalidArgument(f"adapter {adapter_dir.name}: module {name} of layer {layer} does not exist "
                                  "in the base model", reason="ADAPTER_BASE_MISMATCH")
        raw.setdefault((layer, name), {})[ab] = t.float()
    out: dict[tuple[int, str], tuple[torch.Tensor, torch.Tensor]] = {}
    by_proj: dict[tuple[int, str], list] = {}
    for (layer, name), ab in raw.items():
        proj, col, width = targets[name]
        a, b = ab["A"], ab["B"]  # [r, in], [out, r]
        if b.shape[0] != width or a.shape[0] != b.shape[1]:
            raise InvalidArgument(f"adapter {adapter_dir.name}: {name} has shape {tuple(b.shape)}, "
                                  f"the base model wants {width} outputs", reason="ADAPTER_BASE_MISMATCH")
        by_proj.setdefault((layer, proj), []).append((a, b, col))
    for (layer, proj), parts in by_proj.items():
        rank = sum(a.shape[0] for a, _, _ in parts)
        A = torch.zeros(parts[0][0].shape[1], rank)
        B = torch.zeros(rank, _out_width(lm, proj))
        r0 = 0
        for a, b, col in parts:
            r = a.shape[0]
            A[:, r0:r0 + r] = a.t()
            B[r0:r0 + r, col:col + b.shape[0]] = b.t() * scale
            r0 += r
        out[(layer, proj)] = (A.to(lm.dtype), B.to(lm.dtype))
    if not out:
        raise InvalidArgument(f"adapter {adapter_dir.name} has no LoRA weights", reason="EMPTY_ADAPTER")
    return out


def adapter_nbytes(weights: dict) -> int:
    return sum(a.numel() * a.element_size() + b.numel() * b.element_size() for a, b in weights.values())


class LoraBatch:
    """The adapters of one batch's rows, applied inside the forward pass."""

    def __init__(self, stacked: dict, idx: list[int]):
        self.stacked = stacked
        uniq = set(idx)
        self.single = idx[0] if len(uniq) == 1 else None
        self.idx = torch.tensor(idx)
        self._gathered: dict = {}

    def apply(self, layer: int, proj: str, x: torch.Tensor, out: torch.Tensor) -> None:
        w = self.stacked.get((layer, proj))
        if w is None:
            return
        A, B = w
        if self.single is not None:
            out += (x @ A[self.single]) @ B[self.single]
            return
        g = self._gathered.get((layer, proj))
        if g is None:
            # Gathered once per batch composition, reused across decode steps.
            g = self._gathered[(layer, proj)] = (A.index_select(0, self.idx), B.index_select(0, self.idx))
        out += torch.bmm(torch.bmm(x, g[0]), g[1])


class LoraBank:
    """The LoRA adapters loaded on one base model."""

    def __init__(self, lm: CausalLM):
        self.lm = lm
        self._lock = threading.Lock()
        self._adapters: dict[str, tuple[int, dict]] = {}
        self._free: list[int] = []
        self._next = 1
        self._stacked: dict | None = None
        self._batch: tuple[tuple, LoraBatch] | None = None

    def add(self, name: str, weights: dict) -> int:
        with self._lock:
            if name in self._adapters:
                return self._adapters[name][0]
            index = self._free.pop() if self._free else self._next
            self._next = max(self._next, index + 1)
            self._adapters[name] = (index, weights)
            self._stacked, self._batch = None, None
            return index

    def remove(self, name: str) -> None:
        with self._lock:
            entry = self._adapters.pop(name, None)
            if entry:
                self._free.append(entry[0])
                self._stacked, self._batch = None, None

    def index(self, name: str) -> int:
        return self._adapters[name][0]

    def _stack(self) -> dict:
        n = self._next
        keys = {k for _, w in self._adapters.values() for k in w}
        stacked = {}
        for key in keys:
            ranks = [w[key][0].shape[1] for _, w in self._adapters.values() if key in w]
            layer_in = next(w[key][0].shape[0] for _, w in self._adapters.values() if key in w)
            out = _out_width(self.lm, key[1])
            rmax = max(ranks)
            A = torch.zeros(n, layer_in, rmax, dtype=self.lm.dtype)
            B = torch.zeros(n, rmax, out, dtype=self.lm.dtype)
            for index, w in self._adapters.values():
                if key in w:
                    a, b = w[key]
                    A[index, :, :a.shape[1]] = a
                    B[index, :b.shape[0]] = b
            stacked[key] = (A, B)
        return stacked

    def batch(self, idx: list[int]) -> LoraBatch | None:
        """The LoraBatch for rows using adapters ``idx`` (0 = none); None if no row has one."""
        if not any(idx):
            return None
        with self._lock:
            if self._stacked is None:
                self._stacked = self._stack()
            key = tuple(idx)
            if self._batch is None or self._batch[0] != key:
                self._batch = (key, LoraBatch(self._stacked, idx))
            return self._batch[1]
