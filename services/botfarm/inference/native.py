"""The engine's native CPU kernels (``native_src.py``): compiled once per machine with the
system C compiler, cached, loaded with ctypes; ``None`` where they cannot be, and the
engine then runs its plain torch path (same results to rounding).

    kernels = native.load()          # None without a C compiler (or with BOTFARM_NATIVE_KERNELS=0)
    kernels.silu_mul(gu, out)

The build takes about a second (``cc -O3 -march=native -fopenmp``, so the library is for
this CPU: the cache key holds the CPU's flags as well as the source and the compiler).
Where it lands: ``$BOTFARM_KERNELS_DIR``, else ``$BOTFARM_CACHE_DIR/kernels``, else
``~/.cache/botfarm/kernels`` (and a library already in the user's cache is reused whatever
``BOTFARM_CACHE_DIR`` says: see ``botfarm.core.cbuild``), written to a temporary name and
renamed, so processes starting together are safe.

OpenMP: the library links libgomp by its soname, which torch has already loaded, so the
kernels share torch's thread pools (libgomp keeps one per thread that starts parallel
regions); each call passes ``torch.get_num_threads()``. Once two such threads exist (the
engine's beside the main one), libgomp stops spinning at barriers and sleeps instead, so
``decode_stack``, with ~300 barriers a step, has barriers of its own (native_src.py).
"""

from __future__ import annotations

import ctypes
import functools
import logging
import math
import os
import threading
from pathlib import Path
from typing import Any

import torch

from botfarm.core import cbuild
from botfarm.inference.native_src import SOURCE

log = logging.getLogger(__name__)

FLAGS = ("-O3", "-march=native", "-fopenmp", "-fno-math-errno", "-fno-trapping-math", "-shared", "-fPIC")
_I64, _F32, _PTR = ctypes.c_int64, ctypes.c_float, ctypes.c_void_p


def _build(cc: str, out: Path) -> None:
    cbuild.compile_to(cc, SOURCE, FLAGS, out, libs=["-lm"])


class Kernels:
    """Typed wrappers of the library's functions; arguments are contiguous CPU tensors of
    the model's dtype (bfloat16 or float32) unless said otherwise."""

    def __init__(self, lib: ctypes.CDLL):
        self.lib = lib
        self._local = threading.local()
        self._fn: dict[str, Any] = {}
        for suffix in ("bf16", "f32"):
            self._declare(f"add_rms_norm_{suffix}", [_PTR, _PTR, _PTR, _PTR, _I64, _I64, _F32, ctypes.c_int])
            self._declare(f"silu_mul_{suffix}", [_PTR, _PTR, _I64, _I64, ctypes.c_int])
            self._declare(f"rope_store_{suffix}", [_PTR, _PTR, _PTR, _PTR, _PTR, _PTR, *[_I64] * 5, ctypes.c_int,
                                                   ctypes.c_int])
            self._declare(f"decode_attention_{suffix}", [_PTR, _PTR, _PTR, _PTR, *[_I64] * 5, _F32, ctypes.c_int])
            self._declare(f"lora_bgmv_{suffix}", [_PTR, _PTR, *[_I64] * 4, _PTR, _PTR, _I64, _I64, _PTR, _PTR,
                                                  ctypes.c_int])
        self._declare("gemv_bf16", [_PTR, _PTR, _PTR, _I64, _I64, _I64, ctypes.c_int])
        self._declare("decode_stack_bf16", [_PTR, _I64, _I64, _I64, _PTR, _PTR, _PTR, _I64, _PTR, _I64, _PTR,
                                            _PTR, _PTR, *[_I64] * 5, _F32, _F32, _PTR, _PTR, _PTR, ctypes.c_int])
        self._declare("sample_plain", [_PTR, _I64, _I64, _PTR, _PTR, _PTR, _PTR, _I64, _PTR, _PTR, _PTR, _PTR,
                                       ctypes.c_int])

    def _declare(self, name: str, argtypes: list) -> None:
        fn = getattr(self.lib, name)
        fn.argtypes, fn.restype = argtypes, None
        self._fn[name] = fn

    def _typed(self, name: str, t: torch.Tensor):
        return self._fn[f"{name}_bf16" if t.dtype == torch.bfloat16 else f"{name}_f32"]

    def add_rms_norm(self, h: torch.Tensor, o: torch.Tensor | None, w: torch.Tensor, out: torch.Tensor,
                     eps: float) -> None:
        """h += o (in place, when o), out = rms_norm(h) * w: rows of h [n, dim]."""
        self._typed("add_rms_norm", h)(h.data_ptr(), o.data_ptr() if o is not None else None, w.data_ptr(), out.data_ptr(), h.shape[0],
           h.shape[1], eps, torch.get_num_threads())

    def silu_mul(self, gu: torch.Tensor, out: torch.Tensor) -> None:
        """out [n, inter] = silu(gate) * up, gu [n, 2 * inter] their outputs side by side."""
        self._typed("silu_mul", gu)(gu.data_ptr(), out.data_ptr(), gu.shape[0], out.shape[1], torch.get_num_threads())

    def rope_store(self, qkv: torch.Tensor, slot: torch.Tensor, pos: torch.Tensor, cos: torch.Tensor | None,
                   sin: torch.Tensor | None, cache: torch.Tensor, heads: int, kv_heads: int) -> None:
        """Rotates q and k of each row of qkv [n, (heads + 2 kv_heads) * d] in place (when
        cos/sin [positions, d/2] float32 are given) and stores k, v in ``cache`` [slots,
        2 kv_heads, max_len, d] at (slot[i], pos[i]) (int64 tensors)."""
        self._typed("rope_store", qkv)(qkv.data_ptr(), slot.data_ptr(), pos.data_ptr(), cos.data_ptr() if cos is not None else None,
           sin.data_ptr() if sin is not None else None, cache.data_ptr(), qkv.shape[0], heads, kv_heads,
           cache.shape[-1], cache.shape[-2], int(cos is not None), torch.get_num_threads())

    def decode_attention(self, qkv: torch.Tensor, cache: torch.Tensor, pos: torch.Tensor, out: torch.Tensor,
                         heads: int, kv_heads: int, scale: float) -> None:
        """Attention of one query token per row (row s: slot s, keys 0..pos[s])."""
        self._typed("decode_attention", qkv)(qkv.data_ptr(), cache.data_ptr(), pos.data_ptr(), out.data_ptr(), qkv.shape[0], heads, kv_heads,
           cache.shape[-1], cache.shape[-2], scale, torch.get_num_threads())

    def gemv(self, x: torch.Tensor, w: torch.Tensor) -> torch.Tensor:
        """x [m, k] @ w [n, k] transposed, both bfloat16: [m, n] bfloat16, for a few rows
        (decode of one or two streams)."""
        x = x.contiguous()
        y = torch.empty(x.shape[0], w.shape[0], dtype=torch.bfloat16)
        self._fn["gemv_bf16"](x.data_ptr(), w.data_ptr(), y.data_ptr(), x.shape[0], w.shape[0], w.shape[1],
                              torch.get_num_threads())
        return y

    def lora_bgmv(self, x: torch.Tensor, out: torch.Tensor, per: int, idx: torch.Tensor, A: torch.Tensor,
                  segments: LoraSegments) -> None:
        """out [n, out_stride] += each row's LoRA delta: row i of x [n, in] with slot
        ``idx[i // per]`` (int64) of the bank's A [slots, in, R] and of each target's B
        (``segments``: see LoraSegments); both contiguous, of one dtype."""
        self._typed("lora_bgmv", x)(x.data_ptr(), out.data_ptr(), x.shape[0], per, x.shape[1], out.shape[1],
                                    idx.data_ptr(), A.data_ptr(), A.shape[2], segments.count, segments.seg,
                                    segments.b, torch.get_num_threads())

    def decode_stack(self, plan: StackPlan, h: torch.Tensor, pos: torch.Tensor, cache: torch.Tensor) -> torch.Tensor:
        """A whole bf16 decode step of rows 0..m-1 (slot i = row i): ``h`` [m, dim] the
        embedded tokens (overwritten), ``pos`` [m] int64, ``cache`` [layers, slots, 2 kvh,
        max_len, d]; the logits [m, vocab] bfloat16."""
        m, p = h.shape[0], plan
        pos = pos.to(torch.int64).contiguous()
        buf = torch.empty(m * p.buf_per_row, dtype=torch.bfloat16)
        fbuf = torch.empty(m * p.fbuf_per_row, dtype=torch.float32)
        logits = torch.empty(m, p.vocab, dtype=torch.bfloat16)
        self._fn["decode_stack_bf16"](h.data_ptr(), m, p.dim, p.layers, p.weights, p.norm, p.head, p.vocab,
                                      cache.data_ptr(), cache.stride(0), pos.data_ptr(), p.cos, p.sin, p.heads,
                                      p.kv_heads, p.head_dim, p.inter, cache.shape[3], p.eps, p.scale,
                                      buf.data_ptr(), fbuf.data_ptr(), logits.data_ptr(),
                                      min(torch.get_num_threads(), p.cpus))
        return logits

    def sample_plain(self, logits: torch.Tensor, inv_t: torch.Tensor, top_k: torch.Tensor, top_p: torch.Tensor,
                     u: torch.Tensor, candidates: int = 16384) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        """(tokens, log-probs, status) of rows of float32 logits [r, v]: per row inv_t,
        top_k (int64; v for none), top_p (float32; 2.0 for none) and a uniform u (float64).
        Status 1: the row's top-k/top-p set holds more than ``candidates`` tokens (the
        caller samples it over the whole row)."""
        r, v = logits.shape
        scratch = self._scratch(r * (4 * candidates + (v + 63) // 64))
        tok = torch.empty(r, dtype=torch.int64)
        lp = torch.empty(r, dtype=torch.float32)
        status = torch.empty(r, dtype=torch.int32)
        self._fn["sample_plain"](logits.data_ptr(), r, v, inv_t.data_ptr(), top_k.data_ptr(), top_p.data_ptr(),
                           u.data_ptr(), candidates, scratch.data_ptr(), tok.data_ptr(), lp.data_ptr(),
                           status.data_ptr(), torch.get_num_threads())
        return tok, lp, status

    def _scratch(self, floats: int) -> torch.Tensor:
        # Kept between calls (its pages stay mapped), one per calling thread.
        buf = getattr(self._local, "scratch", None)
        if buf is None or buf.numel() < floats:
            buf = self._local.scratch = torch.empty(floats, dtype=torch.float32)
        return buf


class LoraSegments:
    """The targets of one fused projection in a LoRA bank, as ``lora_bgmv`` takes them:
    per target (its first rank in A, its rank, its output column, its width) and its B
    [slots, r, width]. Holds the B tensors (the pointers stay valid while it lives)."""

    def __init__(self, segments: list[tuple[int, int, int, torch.Tensor]]):
        self.count = len(segments)
        # The bank's own tensors, written in place when an adapter loads: never a copy.
        if any(not B.is_contiguous() for *_, B in segments):
            raise ValueError("lora_bgmv takes contiguous B tensors")
        self._keep = [B for *_, B in segments]
        self.seg = (_I64 * (4 * self.count))(*[v for r0, r, col, B in segments for v in (r0, r, col, B.shape[2])])
        self.b = (_PTR * self.count)(*[B.data_ptr() for B in self._keep])


class StackPlan:
    """What ``decode_stack`` needs of a llama model, gathered once: the plain bf16
    weights' addresses (held here), the shape, the rotary tables."""

    def __init__(self, shape, layers: list[list[torch.Tensor]], norm: torch.Tensor, head: torch.Tensor,
                 cos: torch.Tensor, sin: torch.Tensor):
        self._keep = [t for layer in layers for t in layer] + [norm, head, cos, sin]
        if any(t.dtype != torch.bfloat16 for t in self._keep[:-2]) or any(not t.is_contiguous() for t in self._keep):
            raise ValueError("decode_stack takes contiguous bfloat16 weights")
        self.weights = (_PTR * (6 * len(layers)))(*[t.data_ptr() for layer in layers for t in layer])
        self.norm, self.head, self.cos, self.sin = norm.data_ptr(), head.data_ptr(), cos.data_ptr(), sin.data_ptr()
        self.layers, self.vocab, self.dim = len(layers), head.shape[0], shape.hidden
        self.heads, self.kv_heads, self.head_dim, self.inter = shape.heads, shape.kv_heads, shape.head_dim, \
            shape.intermediate
        self.eps, self.scale = shape.eps, 1 / math.sqrt(shape.head_dim)
        # Its threads wait at ~300 barriers a step: never more of them than CPUs it may run on.
        self.cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
        width = (shape.heads + 2 * shape.kv_heads) * shape.head_dim
        # x, qkv, attention, gate|up, act, o/down outputs; the float32 input of each matmul.
        self.buf_per_row = 2 * self.dim + width + self.heads * self.head_dim + 3 * self.inter
        self.fbuf_per_row = max(self.dim, self.inter, self.heads * self.head_dim)


def supports(head_dim: int, heads: int, kv_heads: int) -> bool:
    """Whether the kernels take a model of these attention shapes: decode attention keeps
    a query group in fixed stack buffers (head_dim <= 256, at most 16 query heads per
    key/value head) and rotary works on pairs (an even head_dim). Other models run the
    torch path."""
    return 0 < head_dim <= 256 and head_dim % 2 == 0 and kv_heads > 0 and heads % kv_heads == 0 \
        and heads // kv_heads <= 16


@functools.cache
def load() -> Kernels | None:
    """The kernels, built on first use; None (logged once) when they cannot be built or
    loaded, or when ``BOTFARM_NATIVE_KERNELS=0`` asks for the torch path."""
    # _build late-bound: a test replaces it to prove that nothing is compiled again.
    lib = cbuild.load_library("botfarm-kernels", SOURCE, FLAGS, log, "the inference engine runs its torch path",
                              build=lambda cc, out: _build(cc, out))
    return Kernels(lib) if lib is not None else None
