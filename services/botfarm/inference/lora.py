"""Many LoRA bots on one base model, in one forward pass.

Each adapter (a PEFT folder: adapter_config.json + adapter_model.safetensors) becomes,
per layer and per fused projection of ``model.py`` ("attn" = q|k|v, "o", "gate_up",
"down"), its targets' A [in, r] and B [r, width] (LoRA scale folded into B) with the
output column each target writes. Targets of one projection share their input, so
their A matrices are stacked side by side: one x @ A, then one small matmul per target.

The bank stacks all loaded adapters (index 0 all zeros: rows of the plain base model).
A batch mixing bots gathers each row's matrices and runs ``bmm`` (the BGMV kernel of
Punica / S-LoRA in plain torch); a batch of one bot does plain matmuls.
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


def load_adapter(adapter_dir: Path,
                 lm: CausalLM) -> dict[tuple[int, str], list[tuple[int, torch.Tensor, torch.Tensor]]]:
    """Reads a PEFT LoRA folder into (column, A, B) parts of each fused projection of
    ``lm``; refuses what it cannot serve exactly (DoRA, per-layer ranks, biases, pickles)."""
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
    out: dict[tuple[int, str], list[tuple[int, torch.Tensor, torch.Tensor]]] = {}
    for (layer, name), ab in raw.items():
        proj, col, width = targets[name]
        a, b = ab["A"], ab["B"]  # [r, in], [out, r]
        if b.shape[0] != width or a.shape[0] != b.shape[1]:
            raise InvalidArgument(f"adapter {adapter_dir.name}: {name} has shape {tuple(b.shape)}, "
                                  f"the base model wants {width} outputs", reason="ADAPTER_BASE_MISMATCH")
        out.setdefault((layer, proj), []).append(
            (col, a.t().contiguous().to(lm.device, lm.dtype), (b.t() * scale).contiguous().to(lm.device, lm.dtype)))
    if not out:
        raise InvalidArgument(f"adapter {adapter_dir.name} has no LoRA weights", reason="EMPTY_ADAPTER")
    return out


def adapter_nbytes(weights: dict) -> int:
    return sum(a.numel() * a.element_size() + b.numel() * b.element_size()
               for parts in weights.values() for _, a, b in parts)


class LoraBatch:
    """The adapters of one batch's rows, applied inside the forward pass.

    Rows of several bots gather their own A and B (once per batch composition, reused
    across decode steps) and run ``bmm``: the BGMV kernel of Punica / S-LoRA in plain
    torch. (Tried: concatenating the batch's adapters into dense [in, u*R] matrices with
    a per-row block mask; slower on this CPU for 64 distinct r=8 bots.)
    """

    def __init__(self, stacked: dict, idx: list[int], device: torch.device | str = "cpu"):
        self.stacked, self.rows, self.device = stacked, list(idx), device
        uniq = set(idx)
        self.single = idx[0] if len(uniq) == 1 else None
        self.idx = torch.tensor(idx, device=device)  # on the stacks' device: index_select needs it there
        self._gathered: dict = {}

    def prefix(self, n: int) -> LoraBatch:
        """The same rows but only the first n (views of the gathered weights)."""
        sub = LoraBatch(self.stacked, self.rows[:n], self.device)  # host list: no device read-back
        if sub.single is None:
            for layer_proj in self.stacked:
                a, bs = self.gathered(layer_proj)
                sub._gathered[layer_proj] = (a[:n], [b[:n] for b in bs])
        return sub

    def gathered(self, layer_proj):
        g = self._gathered.get(layer_proj)
        if g is None:
            A, segments = self.stacked[layer_proj]
            g = self._gathered[layer_proj] = (A.index_select(0, self.idx),
                                              [B.index_select(0, self.idx) for *_, B in segments])
        return g

    def apply(self, layer: int, proj: str, x: torch.Tensor, out: torch.Tensor) -> None:
        w = self.stacked.get((layer, proj))
        if w is None:
            return
        A, segments = w
        if self.single is not None:
            h = x @ A[self.single]
            for r0, r, col, B in segments:
                out[..., col:col + B.shape[-1]] += h[..., r0:r0 + r] @ B[self.single]
            return
        g = self.gathered((layer, proj))
        h = torch.bmm(x, g[0])
        for (r0, r, col, _), B in zip(segments, g[1], strict=True):
            out[..., col:col + B.shape[-1]] += torch.bmm(h[..., r0:r0 + r], B)


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
        """Per (layer, projection): A of every adapter [n, in, R] (the targets' ranks side
        by side) and per target B [n, r, width] with its output column. B stays split by
        target so a q+v adapter moves no zeros for k (B is most of the bytes)."""
        n = self._next
        stacked = {}
        keys = {k for _, w in self._adapters.values() for k in w}
        for key in keys:
            ranks: dict[int, int] = {}  # output column of a target -> its largest rank
            widths: dict[int, int] = {}
            layer_in = 0
            for _, w in self._adapters.values():
                for col, a, b in w.get(key, ()):
                    ranks[col] = max(ranks.get(col, 0), a.shape[1])
                    widths[col] = b.shape[1]
                    layer_in = a.shape[0]
            offsets, r0 = {}, 0
            for col in sorted(ranks):
                offsets[col] = r0
                r0 += ranks[col]
            A = torch.zeros(n, layer_in, r0, dtype=self.lm.dtype, device=self.lm.device)
            Bs = {col: torch.zeros(n, ranks[col], widths[col], dtype=self.lm.dtype, device=self.lm.device)
                  for col in ranks}
            for index, w in self._adapters.values():
                for col, a, b in w.get(key, ()):
                    A[index, :, offsets[col]:offsets[col] + a.shape[1]] = a
                    Bs[col][index, :b.shape[0]] = b
            stacked[key] = (A, [(offsets[col], ranks[col], col, Bs[col]) for col in sorted(ranks)])
        return stacked

    def batch(self, idx: list[int], cached: bool = True) -> LoraBatch | None:
        """The LoraBatch for rows using adapters ``idx`` (0 = none); None if no row has one.
        ``cached`` keeps it for the next decode steps: the same rows, or a prefix of them
        (the last slots freed), reuse the gathered weights."""
        if not any(idx):
            return None
        with self._lock:
            if self._stacked is None:
                self._stacked = self._stack()
            if not cached:
                return LoraBatch(self._stacked, idx, self.lm.device)
            key = tuple(idx)
            if self._batch is not None and self._batch[0][:len(key)] == key:
                if len(key) == len(self._batch[0]):
                    return self._batch[1]
                return self._batch[1].prefix(len(key))
            self._batch = (key, LoraBatch(self._stacked, idx, self.lm.device))
            return self._batch[1]
