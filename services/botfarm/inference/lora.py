"""Many LoRA bots on one base model, in one forward pass.

Each adapter (a PEFT folder: adapter_config.json + adapter_model.safetensors) becomes,
per layer and per fused projection of ``model.py`` ("attn" = q|k|v, "o", "gate_up",
"down"), its targets' A [in, r] and B [r, width] (LoRA scale folded into B) with the
output column each target writes. Targets of one projection share their input, so
their A matrices are stacked side by side: one x @ A, then one small matmul per target.

The bank (``LoraBank``) has a fixed number of preallocated slots (index 0 all zeros:
rows of the plain base model); loading an adapter writes one slot in place, evicting
frees one. On a CPU with the native kernels, one call per projection applies every
row's adapter where it lies in the bank (``lora_bgmv``, the BGMV kernel of Punica /
S-LoRA); elsewhere a batch mixing bots gathers each row's matrices and runs ``bmm``, and
a batch of one bot does plain matmuls.
"""

from __future__ import annotations

import json
import re
import threading
from pathlib import Path

import torch

from botfarm.core.errors import InvalidArgument, ResourceExhausted
from botfarm.inference.model import CausalLM, scale_of
from botfarm.inference.native import Kernels, LoraSegments

_KEY = re.compile(r"(?:layers|h)\.(\d+)\.(self_attn|attn|mlp)\.(\w+)\.lora_([AB])(?:\.default)?\.weight$")


#: What ``load_adapter`` returns: per (layer, fused projection), each target's output
#: column, A [in, r] and B [r, width] (the LoRA scale folded into B).
Weights = dict[tuple[int, str], list[tuple[int, torch.Tensor, torch.Tensor]]]


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


def _inputs(lm: CausalLM) -> dict[str, int]:
    """Fused projection -> its input width."""
    s = lm.shape
    return {"attn": s.hidden, "o": s.heads * s.head_dim, "gate_up": s.hidden, "down": s.intermediate}


def load_adapter(adapter_dir: Path, lm: CausalLM) -> Weights:
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
    out: Weights = {}
    inputs = _inputs(lm)
    for (layer, name), ab in raw.items():
        proj, col, width = targets[name]
        a, b = ab.get("A"), ab.get("B")  # [r, in], [out, r]
        # Checked here, on the request's thread: a wrong shape found while the engine
        # copies the adapter into its slot would fail every request on the base.
        if a is None or b is None or a.dim() != 2 or b.dim() != 2 or b.shape[0] != width \
                or a.shape[1] != inputs[proj] or a.shape[0] != b.shape[1]:
            shapes = {k: tuple(t.shape) for k, t in ab.items()}
            raise InvalidArgument(f"adapter {adapter_dir.name}: {name} of layer {layer} has lora_A/lora_B "
                                  f"{shapes}, the base model wants [r, {inputs[proj]}] and [{width}, r]",
                                  reason="ADAPTER_BASE_MISMATCH")
        out.setdefault((layer, proj), []).append(
            (col, a.t().contiguous().to(lm.device, lm.dtype), (b.t() * scale).contiguous().to(lm.device, lm.dtype)))
    if not out:
        raise InvalidArgument(f"adapter {adapter_dir.name} has no LoRA weights", reason="EMPTY_ADAPTER")
    return out


def adapter_nbytes(weights: Weights) -> int:
    return sum(a.numel() * a.element_size() + b.numel() * b.element_size()
               for parts in weights.values() for _, a, b in parts)


class LoraBatch:
    """The adapters of one batch's rows, applied inside the forward pass.

    With the native kernels (a CPU), one ``lora_bgmv`` call per projection reads each
    row's A and B where they lie in the bank (the BGMV kernel of Punica / S-LoRA): 64
    distinct r=8 bots decode at about 0.9 of one bot's rate, against 0.8 with ``bmm``.
    Elsewhere rows of several bots gather their own A and B (once per batch composition,
    reused across decode steps) and run ``bmm``. (Tried: concatenating the batch's
    adapters into dense [in, u*R] matrices with a per-row block mask; slower on this CPU
    for 64 distinct r=8 bots.)
    """

    def __init__(self, stacked: dict, idx: list[int], device: torch.device | str = "cpu",
                 native: dict[tuple[int, str], LoraSegments] | None = None, kernels: Kernels | None = None):
        self.stacked, self.rows, self.device = stacked, list(idx), device
        uniq = set(idx)
        self.single = idx[0] if len(uniq) == 1 else None
        self.idx = torch.tensor(idx, device=device)  # on the stacks' device: index_select needs it there
        self._gathered: dict = {}
        # The native BGMV (a CPU bank with kernels): reads each row's slot in the bank, no gather.
        self._native, self._kernels = native, kernels

    def prefix(self, n: int) -> LoraBatch:
        """The same rows but only the first n (views of the gathered weights)."""
        # host list: no device read-back
        sub = LoraBatch(self.stacked, self.rows[:n], self.device, self._native, self._kernels)
        if sub.single is None and sub._native is None:
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
        if self._native is not None and self._kernels is not None and out.is_contiguous():
            # x [B, T, in], out [B, T, width]: rows of B prompts (T tokens each) or B decode rows.
            B, T = x.shape[0], x.shape[1]
            self._kernels.lora_bgmv(x.reshape(B * T, -1), out.view(B * T, -1), T, self.idx, A,
                                    self._native[(layer, proj)])
            return
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
    """The LoRA adapters loaded on one base model: ``slots`` fixed slots, preallocated.

    Per (layer, projection) one tensor A [slots + 1, in, R] (the targets' ranks side by
    side) and per target B [slots + 1, r, width] with its output column; slot 0 stays
    zero (rows of the plain base model). B stays split by target so a q+v adapter moves
    no zeros for k (B is most of the bytes).

    Loading an adapter claims a free slot and stages its weights; the engine thread
    copies them into the slot at its next ``batch()`` call, between two steps: an
    in-place write of one slot, O(adapter), never a rebuild of the bank. Evicting frees
    the slot and touches no tensor. The layout (which targets, what rank) is learned
    from the adapters: the first one allocates every slot in its shape, and only an
    adapter of a new shape (a target module or a rank no adapter had) widens the bank,
    once, copying what it holds (counted in ``widenings``).
    """

    def __init__(self, lm: CausalLM, slots: int = 128):
        if slots < 1:
            raise InvalidArgument(f"a LoRA bank needs at least one slot, got {slots}", reason="INVALID_SLOTS")
        self.lm, self.slots = lm, slots
        self._lock = threading.Lock()
        self._index: dict[str, int] = {}
        self._free = list(range(slots, 0, -1))    # pop() hands out slot 1 first
        self._pending: dict[int, Weights] = {}    # slot -> weights waiting for the engine thread
        self._stacked: dict = {}                  # (layer, proj) -> (A, [(r0, r, col, B)])
        self._batch: tuple[tuple, LoraBatch] | None = None
        self._segments: tuple[dict, dict[tuple[int, str], LoraSegments]] | None = None
        self.installs = 0                         # slot writes done (one per load)
        self.widenings = 0                        # layout changes (one per new adapter shape)

    # -- what the pool asks ------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._index)

    def __contains__(self, name: str) -> bool:
        return name in self._index

    @property
    def free_slots(self) -> int:
        return len(self._free)

    @property
    def nbytes(self) -> int:
        """Every byte the bank holds: its slots (slot 0 included) and the staged weights
        not yet copied into theirs."""
        with self._lock:
            return _stacked_nbytes(self._stacked) + sum(adapter_nbytes(w) for w in self._pending.values())

    def tensors(self) -> list[torch.Tensor]:
        """The tensors the bank holds (for exact memory accounting in tests)."""
        with self._lock:
            out = [t for A, segs in self._stacked.values() for t in (A, *(s[3] for s in segs))]
            return out + [t for w in self._pending.values() for parts in w.values() for _, a, b in parts
                          for t in (a, b)]

    def slot_nbytes(self, weights: Weights | None = None) -> int:
        """Bytes of one slot in the layout the bank has (or would have with ``weights``)."""
        layout = self._layout_with(weights) if weights is not None else _layout_of(self._stacked)
        return _layout_nbytes(layout, 1, self.lm.dtype)

    def growth_nbytes(self, weights: Weights) -> int:
        """Bytes the bank would grow by to hold ``weights``: 0 when their shape fits the
        layout, else the whole widened bank minus the current one; plus the staging."""
        with self._lock:
            layout = self._layout_with(weights)
            grow = 0
            if layout != _layout_of(self._stacked):
                grow = _layout_nbytes(layout, self.slots + 1, self.lm.dtype) - _stacked_nbytes(self._stacked)
            return grow + adapter_nbytes(weights)

    def index(self, name: str) -> int:
        return self._index[name]

    def names(self) -> list[str]:
        with self._lock:
            return list(self._index)

    # -- load and evict (any thread) ---------------------------------------------------

    def add(self, name: str, weights: Weights) -> int:
        """Claims a slot for ``name`` and stages its weights; returns the slot. The
        caller (the pool) makes sure a slot is free: a full bank is RESOURCE_EXHAUSTED."""
        with self._lock:
            if name in self._index:
                return self._index[name]
            if not self._free:
                raise ResourceExhausted(f"the LoRA bank holds {self.slots} adapters (--max-adapters)",
                                        reason="ADAPTER_SLOTS_FULL", metadata={"slots": str(self.slots)})
            layout = self._layout_with(weights)
            if layout != _layout_of(self._stacked):
                self._widen(layout)
            index = self._free.pop()
            self._index[name] = index
            self._pending[index] = weights
            return index

    def remove(self, name: str) -> None:
        """Frees ``name``'s slot. Its weights stay in place until the slot's next
        adapter overwrites them: a freed engine row may still point at it (garbage
        nobody reads), and nothing has to be cleared."""
        with self._lock:
            index = self._index.pop(name, None)
            if index is not None:
                self._pending.pop(index, None)
                self._free.append(index)

    # -- the engine thread ---------------------------------------------------------------

    def batch(self, idx: list[int], cached: bool = True) -> LoraBatch | None:
        """The LoraBatch for rows using adapters ``idx`` (0 = none); None if no row has one.
        Staged adapters are copied into their slots first. ``cached`` keeps it for the
        next decode steps: the same rows, or a prefix of them (the last slots freed),
        reuse the gathered weights."""
        if not any(idx):
            return None
        with self._lock:
            if self._pending:
                self._install_pending()
            native, kernels = self._native_segments(), self.lm.kernels
            if not cached:
                return LoraBatch(self._stacked, idx, self.lm.device, native, kernels)
            key = tuple(idx)
            if self._batch is not None and self._batch[0][:len(key)] == key:
                if len(key) == len(self._batch[0]):
                    return self._batch[1]
                return self._batch[1].prefix(len(key))
            self._batch = (key, LoraBatch(self._stacked, idx, self.lm.device, native, kernels))
            return self._batch[1]

    def _native_segments(self) -> dict[tuple[int, str], LoraSegments] | None:
        """The bank's targets as the native BGMV takes them (built once per layout), or
        None where the torch path runs: no kernels (a GPU, no compiler), or ranks past
        the kernel's 512 per projection."""
        if self.lm.kernels is None or any(A.shape[2] > 512 for A, _ in self._stacked.values()):
            return None
        if self._segments is None or self._segments[0] is not self._stacked:
            self._segments = (self._stacked, {key: LoraSegments(segs) for key, (_, segs) in self._stacked.items()})
        return self._segments[1]

    def _install_pending(self) -> None:
        """Copies each staged adapter into its slot (under the lock). Targets and ranks
        the adapter lacks are zeroed: the slot may hold a previous adapter's weights."""
        try:
            self._copy_pending()
        finally:
            # Never left staged: a copy that failed would fail every later step of the base.
            self._pending.clear()
            # A cached batch may have gathered a slot's previous adapter for the same rows.
            self._batch = None

    def _copy_pending(self) -> None:
        with torch.inference_mode():
            for index, weights in self._pending.items():
                for key, (A, segments) in self._stacked.items():
                    parts = {col: (a, b) for col, a, b in weights.get(key, ())}
                    for r0, r, col, B in segments:
                        a, b = parts.get(col, (None, None))
                        k = 0 if a is None else a.shape[1]
                        if k:
                            A[index, :, r0:r0 + k].copy_(a)
                            B[index, :k].copy_(b)
                        A[index, :, r0 + k:r0 + r].zero_()
                        B[index, k:].zero_()
                self.installs += 1

    # -- the layout ----------------------------------------------------------------------

    def _layout_with(self, weights: Weights | None) -> dict:
        """The current layout widened to hold ``weights``: (layer, proj) -> (in, {col:
        (rank, width)})."""
        layout = {k: (i, dict(cols)) for k, (i, cols) in _layout_of(self._stacked).items()}
        for key, parts in (weights or {}).items():
            in_features, cols = layout.setdefault(key, (parts[0][1].shape[0], {}))
            for col, a, b in parts:
                rank = max(cols.get(col, (0, 0))[0], a.shape[1])
                cols[col] = (rank, b.shape[1])
        return layout

    def _widen(self, layout: dict) -> None:
        """A new bank in ``layout`` with every slot copied over (under the lock): O(bank),
        once per new adapter shape. A forward pass still running keeps the old tensors."""
        n, dtype, device = self.slots + 1, self.lm.dtype, self.lm.device
        stacked = {}
        with torch.inference_mode():
            for key, (in_features, cols) in sorted(layout.items()):
                offsets, r0 = {}, 0
                for col in sorted(cols):
                    offsets[col] = r0
                    r0 += cols[col][0]
                A = torch.zeros(n, in_features, r0, dtype=dtype, device=device)
                segments = [(offsets[col], cols[col][0], col,
                             torch.zeros(n, cols[col][0], cols[col][1], dtype=dtype, device=device))
                            for col in sorted(cols)]
                for o0, o, col, oB in (self._stacked[key][1] if key in self._stacked else ()):
                    oA = self._stacked[key][0]
                    A[:, :, offsets[col]:offsets[col] + o] = oA[:, :, o0:o0 + o]
                    next(s[3] for s in segments if s[2] == col)[:, :o] = oB
                stacked[key] = (A, segments)
        # The segments name the old bank's tensors: dropped with it, not at the next batch.
        self._stacked, self._batch, self._segments = stacked, None, None
        self.widenings += 1


def _layout_of(stacked: dict) -> dict:
    return {key: (A.shape[1], {col: (r, B.shape[2]) for _, r, col, B in segs})
            for key, (A, segs) in stacked.items()}


def _layout_nbytes(layout: dict, slots: int, dtype: torch.dtype) -> int:
    size = torch.empty((), dtype=dtype).element_size()
    per_slot = sum(in_features * sum(r for r, _ in cols.values()) + sum(r * w for r, w in cols.values())
                   for in_features, cols in layout.values())
    return per_slot * slots * size


def _stacked_nbytes(stacked: dict) -> int:
    return sum(A.numel() * A.element_size() + sum(B.numel() * B.element_size() for *_, B in segs)
               for A, segs in stacked.values())
