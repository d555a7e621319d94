"""Native CPU kernels for the lean training forward (``lean.LeanLlama``) in bfloat16.

On a CPU, a LoRA training step's matmuls run near the bf16 peak; what is left is about a
fifth of the step in small torch ops between them: RMSNorm (pow, mean, rsqrt, two
multiplications and their backward), the rotary embedding (two multiplications, a
negation, a concatenation, an addition, and the copies that lay q, k and v out for the
attention's batched matmuls) and SiLU(gate) * up, each a pass over memory, forward and
backward. Here each is one pass, forward and backward, as an autograd function:

* ``rms_norm(x, w, eps)``: transformers' LlamaRMSNorm of the rows of ``x``;
* ``rope_split(qkv, cos, sin, batch, seq, heads, kv_heads)``: q, k and v out of the fused
  projection's rows, q and k rotated, each laid out ``[batch, heads, seq, head_dim]``;
* ``swiglu(gate_up)``: SiLU(gate) * up of the fused gate|up projection's rows;
* and, for the frozen matmuls in int8 (``int8``), three plain functions (no autograd):
  ``quantize_rows`` (each row to int8 with its own scale), ``dequantize`` (an int32
  product back to bf16 by its rows' and columns' scales) and ``dequantize_softmax`` (the
  same, straight into each row's softmax).

The arithmetic is float32 on bfloat16 tensors, rounded where transformers' modules round
under bf16 autocast (each product of the rotary embedding, SiLU's output, the
normalised row before its weight), forward and backward: the same model to rounding.
The frozen weights (the norms') get no gradient.

The library is compiled on first use with the system C compiler and cached with the
inference kernels (``botfarm.core.cbuild``: same folders, same
``BOTFARM_NATIVE_KERNELS=0`` switch). Without one, and for what the kernels do not take
(a tensor that is not a contiguous bfloat16 CPU tensor, a norm weight that trains, an
odd head size, shapes that do not fit), each function runs its torch form, which rounds
where the kernels do: the same results, to the order of a row's sums. It links libgomp by its soname, which torch has loaded, so it runs on torch's
thread pool with ``torch.get_num_threads()`` threads.
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
import logging
from collections.abc import Iterator
from typing import Any

import torch
import torch.nn.functional as F
from torch.autograd.function import once_differentiable

from botfarm.core import cbuild
from botfarm.inference.native_src import PRELUDE

log = logging.getLogger(__name__)

SOURCE = PRELUDE + r"""
#include <float.h>

#define BF bf16_to_f32
#define ST f32_to_bf16

/* y = bf16(w * bf16(x * r)), r = 1 / sqrt(mean(x^2) + eps) of each row (kept in rstd). */
void rms_norm_fwd(const uint16_t *x, const uint16_t *w, uint16_t *y, float *rstd, i64 rows, i64 dim, float eps,
                  int threads) {
    #pragma omp parallel for num_threads(threads) schedule(static) if(rows * dim > 16384)
    for (i64 i = 0; i < rows; i++) {
        const uint16_t *xr = x + i * dim; uint16_t *yr = y + i * dim;
        float ss = 0.0f;
        #pragma omp simd reduction(+:ss)
        for (i64 j = 0; j < dim; j++) { float v = BF(xr[j]); ss += v * v; }
        float r = 1.0f / sqrtf(ss / (float)dim + eps);
        rstd[i] = r;
        for (i64 j = 0; j < dim; j++) yr[j] = ST(BF(w[j]) * BF(ST(BF(xr[j]) * r)));
    }
}

/* dx of rms_norm_fwd: g = bf16(dy * w) (the weight's product, in bf16), then through the
   float32 normalisation: dx = g r - x r^3 mean(g x), rounded to bf16. */
void rms_norm_bwd(const uint16_t *x, const uint16_t *w, const float *rstd, const uint16_t *dy, uint16_t *dx,
                  i64 rows, i64 dim, int threads) {
    #pragma omp parallel for num_threads(threads) schedule(static) if(rows * dim > 16384)
    for (i64 i = 0; i < rows; i++) {
        const uint16_t *xr = x + i * dim, *dyr = dy + i * dim; uint16_t *dxr = dx + i * dim;
        float r = rstd[i], dot = 0.0f;
        #pragma omp simd reduction(+:dot)
        for (i64 j = 0; j < dim; j++) dot += BF(ST(BF(dyr[j]) * BF(w[j]))) * BF(xr[j]);
        float c = r * r * r * dot / (float)dim;
        for (i64 j = 0; j < dim; j++) dxr[j] = ST(BF(ST(BF(dyr[j]) * BF(w[j]))) * r - BF(xr[j]) * c);
    }
}

/* exp_neg stops at -87: below, the sigmoid is 0, as float32's exp underflows in torch. */
static inline float sigmoid(float a) {
    float e = exp_neg(a < 0.0f ? a : -a);
    float s = a < 0.0f ? e / (1.0f + e) : 1.0f / (1.0f + e);
    return a < -87.0f ? 0.0f : s;
}

/* out = bf16(bf16(silu(g)) * u) with g, u the two halves of each row of gu [rows, 2 * inter]. */
void swiglu_fwd(const uint16_t *gu, uint16_t *out, i64 rows, i64 inter, int threads) {
    #pragma omp parallel for num_threads(threads) schedule(static) if(rows * inter > 65536)
    for (i64 i = 0; i < rows; i++) {
        const uint16_t *g = gu + i * 2 * inter, *u = g + inter; uint16_t *o = out + i * inter;
        for (i64 j = 0; j < inter; j++) { float a = BF(g[j]); o[j] = ST(BF(ST(a * sigmoid(a))) * BF(u[j])); }
    }
}

/* d gate|up of swiglu_fwd: du = bf16(dy s), ds = bf16(dy u), dg = bf16(ds silu'(g)), with
   s = bf16(silu(g)) and silu'(g) = sig(g) (1 + g (1 - sig(g))). */
void swiglu_bwd(const uint16_t *gu, const uint16_t *dy, uint16_t *dgu, i64 rows, i64 inter, int threads) {
    #pragma omp parallel for num_threads(threads) schedule(static) if(rows * inter > 65536)
    for (i64 i = 0; i < rows; i++) {
        const uint16_t *g = gu + i * 2 * inter, *u = g + inter, *d = dy + i * inter;
        uint16_t *dg = dgu + i * 2 * inter, *du = dg + inter;
        for (i64 j = 0; j < inter; j++) {
            float a = BF(g[j]), sig = sigmoid(a), s = BF(ST(a * sig)), dj = BF(d[j]);
            du[j] = ST(dj * s);
            dg[j] = ST(BF(ST(dj * BF(u[j]))) * sig * (1.0f + a * (1.0f - sig)));
        }
    }
}

/* The head of row (b, t) numbered hd in the fused [heads | kv heads | kv heads] layout, in
   its own tensor [batch, n, seq, d]: q, k or v. */
static inline i64 head_offset(i64 b, i64 t, i64 hd, i64 seq, i64 heads, i64 kvh, i64 d, int *which) {
    if (hd < heads) { *which = 0; return ((b * heads + hd) * seq + t) * d; }
    hd -= heads;
    *which = hd < kvh ? 1 : 2;
    return ((b * kvh + hd % kvh) * seq + t) * d;
}

/* One head's rotation, its halves apart: o1 = a c1 - sign b sa, o2 = b c2 + sign a sb, each
   product and each sum rounded to bf16 (sign = 1 and sa, sb = sin's halves forward; sign =
   -1 with them swapped backward). With restrict pointers (none of them overlap) the loop
   vectorises, where the same loop over one pointer per tensor does not. */
static inline void rope_head(const uint16_t *restrict a1, const uint16_t *restrict b1,
                             const uint16_t *restrict c1, const uint16_t *restrict c2,
                             const uint16_t *restrict sa, const uint16_t *restrict sb,
                             uint16_t *restrict o1, uint16_t *restrict o2, i64 half, float sign) {
    for (i64 j = 0; j < half; j++) {
        float a = BF(a1[j]), b = BF(b1[j]);
        o1[j] = ST(BF(ST(a * BF(c1[j]))) + BF(ST(-sign * b * BF(sa[j]))));
        o2[j] = ST(BF(ST(b * BF(c2[j]))) + BF(ST(sign * a * BF(sb[j]))));
    }
}

/* q, k, v [batch, n, seq, d] from qkv [batch * seq, (heads + 2 kvh) d], q and k rotated:
   x cos + rotate_half(x) sin with cos, sin [seq, d] (bf16 tables),
   each product and the sum rounded to bf16 as transformers' bf16 maths. */
void rope_split_fwd(const uint16_t *qkv, const uint16_t *cosv, const uint16_t *sinv, uint16_t *q, uint16_t *k,
                    uint16_t *v, i64 batch, i64 seq, i64 heads, i64 kvh, i64 d, int threads) {
    i64 nh = heads + 2 * kvh, half = d / 2;
    #pragma omp parallel for num_threads(threads) schedule(static) if(batch * seq * nh * d > 16384)
    for (i64 bt = 0; bt < batch * seq; bt++) {
        i64 b = bt / seq, t = bt % seq;
        const uint16_t *c = cosv + t * d, *s = sinv + t * d;
        for (i64 hd = 0; hd < nh; hd++) {
            const uint16_t *x = qkv + bt * nh * d + hd * d;
            int which; i64 off = head_offset(b, t, hd, seq, heads, kvh, d, &which);
            uint16_t *o = (which == 0 ? q : which == 1 ? k : v) + off;
            if (which == 2) { memcpy(o, x, d * sizeof(uint16_t)); continue; }
            rope_head(x, x + half, c, c + half, s, s + half, o, o + half, half, 1.0f);
        }
    }
}

/* d qkv of rope_split_fwd from dq, dk, dv: each product with cos and sin rounded to bf16
   and the two paths' sum rounded, as autograd adds them in transformers' graph. */
void rope_split_bwd(const uint16_t *dq, const uint16_t *dk, const uint16_t *dv, const uint16_t *cosv,
                    const uint16_t *sinv, uint16_t *dqkv, i64 batch, i64 seq, i64 heads, i64 kvh, i64 d, int threads) {
    i64 nh = heads + 2 * kvh, half = d / 2;
    #pragma omp parallel for num_threads(threads) schedule(static) if(batch * seq * nh * d > 16384)
    for (i64 bt = 0; bt < batch * seq; bt++) {
        i64 b = bt / seq, t = bt % seq;
        const uint16_t *c = cosv + t * d, *s = sinv + t * d;
        for (i64 hd = 0; hd < nh; hd++) {
            uint16_t *o = dqkv + bt * nh * d + hd * d;
            int which; i64 off = head_offset(b, t, hd, seq, heads, kvh, d, &which);
            const uint16_t *g = (which == 0 ? dq : which == 1 ? dk : dv) + off;
            if (which == 2) { memcpy(o, g, d * sizeof(uint16_t)); continue; }
            rope_head(g, g + half, c, c + half, s + half, s, o, o + half, half, -1.0f);
        }
    }
}

/* Each row of x [rows, dim] as int8: q = rint(x * (1 / s)), s = max|x| / 127 of the row, kept
   in scale; a row whose max is below 127 x FLT_MIN (zeros, or values whose 1 / s would
   overflow) gets s = 1, so q = 0. A row with a NaN or an infinity gets a NaN or infinite
   scale (its products come out NaN, as bf16's would) and zeros. */
void quant_rows(const uint16_t *x, int8_t *q, float *scale, i64 rows, i64 dim, int threads) {
    #pragma omp parallel for num_threads(threads) schedule(static) if(rows * dim > 65536)
    for (i64 i = 0; i < rows; i++) {
        const uint16_t *xr = x + i * dim; int8_t *qr = q + i * dim;
        float m = 0.0f; int nan = 0;
        #pragma omp simd reduction(max:m) reduction(|:nan)
        for (i64 j = 0; j < dim; j++) { float a = fabsf(BF(xr[j])); m = a > m ? a : m; nan |= a != a; }
        if (nan) m = NAN;
        float s = m < 127.0f * FLT_MIN ? 1.0f : m / 127.0f, inv = 1.0f / s;
        scale[i] = s;
        if (!(inv > 0.0f)) { memset(qr, 0, (size_t)dim); continue; }
        for (i64 j = 0; j < dim; j++) qr[j] = (int8_t)rintf(BF(xr[j]) * inv);
    }
}

/* y = bf16(acc * sx[i] * sw[j]): an int32 product [rows, cols] back to the scale of its
   factors, a row's scale sx and a column's sw. */
void dequant(const int32_t *acc, const float *sx, const float *sw, uint16_t *y, i64 rows, i64 cols, int threads) {
    #pragma omp parallel for num_threads(threads) schedule(static) if(rows * cols > 65536)
    for (i64 i = 0; i < rows; i++) {
        const int32_t *ar = acc + i * cols; uint16_t *yr = y + i * cols; float a = sx[i];
        for (i64 j = 0; j < cols; j++) yr[j] = ST((float)ar[j] * a * sw[j]);
    }
}

/* p = bf16(softmax(acc * sx[i] * sw[j])) of each row of an int32 product [rows, cols]: the
   softmax in float32 of logits that are never stored; a logit more than 87 below its row's
   largest gets 0 (float32's exp underflows there). A row with a scale that is not finite
   (its own, or a column's) is NaN. */
void dequant_softmax(const int32_t *acc, const float *sx, const float *sw, uint16_t *p, i64 rows, i64 cols,
                     int threads) {
    #pragma omp parallel for num_threads(threads) schedule(static) if(rows * cols > 65536)
    for (i64 i = 0; i < rows; i++) {
        const int32_t *ar = acc + i * cols; uint16_t *pr = p + i * cols; float a = sx[i];
        float m = -INFINITY, sum = 0.0f; int bad = !isfinite(a);
        #pragma omp simd reduction(max:m) reduction(|:bad)
        for (i64 j = 0; j < cols; j++) {
            float z = (float)ar[j] * a * sw[j];
            m = z > m ? z : m; bad |= !(z - z == 0.0f);
        }
        if (bad) { for (i64 j = 0; j < cols; j++) pr[j] = 0x7fc0; continue; }
        #pragma omp simd reduction(+:sum)
        for (i64 j = 0; j < cols; j++) { float t = (float)ar[j] * a * sw[j] - m; sum += t < -87.0f ? 0.0f : exp_neg(t); }
        float inv = 1.0f / sum;
        for (i64 j = 0; j < cols; j++) {
            float t = (float)ar[j] * a * sw[j] - m;
            pr[j] = ST((t < -87.0f ? 0.0f : exp_neg(t)) * inv);
        }
    }
}
"""

FLAGS = ("-O3", "-march=native", "-fopenmp", "-fno-math-errno", "-fno-trapping-math", "-shared", "-fPIC")
_I64, _F32, _PTR, _INT = ctypes.c_int64, ctypes.c_float, ctypes.c_void_p, ctypes.c_int


class Library:
    """The compiled kernels, typed; pointers are to contiguous CPU tensors."""

    rms_norm_fwd: Any
    rms_norm_bwd: Any
    swiglu_fwd: Any
    swiglu_bwd: Any
    rope_split_fwd: Any
    rope_split_bwd: Any
    quant_rows: Any
    dequant: Any
    dequant_softmax: Any

    def __init__(self, lib: ctypes.CDLL):
        signatures = {
            "rms_norm_fwd": [_PTR, _PTR, _PTR, _PTR, _I64, _I64, _F32, _INT],
            "rms_norm_bwd": [_PTR, _PTR, _PTR, _PTR, _PTR, _I64, _I64, _INT],
            "swiglu_fwd": [_PTR, _PTR, _I64, _I64, _INT],
            "swiglu_bwd": [_PTR, _PTR, _PTR, _I64, _I64, _INT],
            "rope_split_fwd": [_PTR] * 6 + [_I64] * 5 + [_INT],
            "rope_split_bwd": [_PTR] * 6 + [_I64] * 5 + [_INT],
            "quant_rows": [_PTR, _PTR, _PTR, _I64, _I64, _INT],
            "dequant": [_PTR, _PTR, _PTR, _PTR, _I64, _I64, _INT],
            "dequant_softmax": [_PTR, _PTR, _PTR, _PTR, _I64, _I64, _INT],
        }
        for name, argtypes in signatures.items():
            fn = getattr(lib, name)
            fn.argtypes, fn.restype = argtypes, None
            setattr(self, name, fn)
        self._lib = lib  # keeps the library loaded while its functions are


@functools.cache
def load() -> Library | None:
    """The library, built on first use; None (logged once) where it cannot be, or with
    ``BOTFARM_NATIVE_KERNELS=0``: the torch forms run then."""
    lib = cbuild.load_library("botfarm-train-kernels", SOURCE, FLAGS, log, "training runs its torch ops")
    return Library(lib) if lib is not None else None


_torch_only = False


@contextlib.contextmanager
def torch_ops() -> Iterator[None]:
    """Within: the torch forms, whatever the tensors (to compare the two, as
    ``bench/bench_training.py`` does step by step)."""
    global _torch_only
    before, _torch_only = _torch_only, True
    try:
        yield
    finally:
        _torch_only = before


def _native(*tensors: torch.Tensor) -> Library | None:
    """The library when every tensor is a contiguous bfloat16 CPU tensor, else None."""
    if _torch_only or not all(t.device.type == "cpu" and t.dtype == torch.bfloat16 and t.is_contiguous() for t in tensors):
        return None
    return load()


def _threads() -> int:
    return torch.get_num_threads()


# --- RMSNorm ---------------------------------------------------------------------------------

def rms_norm(x: torch.Tensor, w: torch.Tensor, eps: float) -> torch.Tensor:
    """transformers' LlamaRMSNorm of the rows of ``x`` [rows, dim] with the frozen weight
    ``w`` [dim]."""
    fits = x.dim() == 2 and w.shape == (x.shape[1],) and not w.requires_grad
    lib = _native(x, w) if fits else None
    if lib is None:
        # The weight's product after the normalised row is rounded, as transformers does
        # (F.rms_norm with the weight rounds once).
        return w * F.rms_norm(x, (x.shape[-1],), None, eps)
    return _RmsNorm.apply(x, w, eps, lib)


class _RmsNorm(torch.autograd.Function):
    @staticmethod
    def forward(ctx: Any, x: torch.Tensor, w: torch.Tensor, eps: float, lib: Library) -> torch.Tensor:
        y = torch.empty_like(x)
        rstd = torch.empty(x.shape[0], dtype=torch.float32)
        lib.rms_norm_fwd(x.data_ptr(), w.data_ptr(), y.data_ptr(), rstd.data_ptr(), x.shape[0], x.shape[1], eps,
                         _threads())
        ctx.save_for_backward(x, w, rstd)
        ctx.lib = lib
        return y

    @staticmethod
    @once_differentiable
    def backward(ctx: Any, dy: torch.Tensor) -> tuple:
        x, w, rstd = ctx.saved_tensors
        dy = dy.contiguous()
        dx = torch.empty_like(x)
        ctx.lib.rms_norm_bwd(x.data_ptr(), w.data_ptr(), rstd.data_ptr(), dy.data_ptr(), dx.data_ptr(),
                             x.shape[0], x.shape[1], _threads())
        return dx, None, None, None


# --- SiLU(gate) * up -------------------------------------------------------------------------

def swiglu(gate_up: torch.Tensor) -> torch.Tensor:
    """SiLU(gate) * up of the rows of ``gate_up`` [rows, 2 * inter] (gate then up)."""
    lib = _native(gate_up) if gate_up.dim() == 2 and gate_up.shape[1] % 2 == 0 else None
    if lib is None:
        gate, up = gate_up.chunk(2, dim=-1)
        return F.silu(gate) * up
    return _SwiGLU.apply(gate_up, lib)


class _SwiGLU(torch.autograd.Function):
    @staticmethod
    def forward(ctx: Any, gate_up: torch.Tensor, lib: Library) -> torch.Tensor:
        rows, inter = gate_up.shape[0], gate_up.shape[1] // 2
        out = gate_up.new_empty(rows, inter)
        lib.swiglu_fwd(gate_up.data_ptr(), out.data_ptr(), rows, inter, _threads())
        ctx.save_for_backward(gate_up)
        ctx.lib = lib
        return out

    @staticmethod
    @once_differentiable
    def backward(ctx: Any, dy: torch.Tensor) -> tuple:
        (gate_up,) = ctx.saved_tensors
        dy = dy.contiguous()
        dgu = torch.empty_like(gate_up)
        ctx.lib.swiglu_bwd(gate_up.data_ptr(), dy.data_ptr(), dgu.data_ptr(), gate_up.shape[0],
                           gate_up.shape[1] // 2, _threads())
        return dgu, None


# --- rotary embedding, with q, k and v laid out per head -------------------------------------

def rope_split(qkv: torch.Tensor, cos: torch.Tensor, sin: torch.Tensor, batch: int, seq: int, heads: int,
               kv_heads: int) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """q [batch, heads, seq, d], k and v [batch, kv_heads, seq, d] out of ``qkv``
    [batch * seq, (heads + 2 kv_heads) d], q and k rotated by ``cos``/``sin`` [seq, d]
    (transformers' ``x * cos + rotate_half(x) * sin``): contiguous from the kernel, views
    (q and k of one rotated tensor, v of ``qkv``) from the torch form."""
    width = heads + 2 * kv_heads
    d = qkv.shape[-1] // width
    fits = qkv.dim() == 2 and qkv.shape == (batch * seq, width * d) and d % 2 == 0 \
        and cos.shape == sin.shape == (seq, d)
    lib = _native(qkv, cos, sin) if fits else None
    if lib is None:
        parts = qkv.view(batch, seq, heads + 2 * kv_heads, d).transpose(1, 2)
        qk, v = parts.split([heads + kv_heads, kv_heads], dim=1)
        x1, x2 = qk.chunk(2, dim=-1)
        rotated = qk * cos + torch.cat((-x2, x1), dim=-1) * sin
        q, k = rotated.split([heads, kv_heads], dim=1)
        return q, k, v
    q, k, v = _RopeSplit.apply(qkv, cos, sin, (batch, seq, heads, kv_heads, d), lib)
    return q, k, v


class _RopeSplit(torch.autograd.Function):
    @staticmethod
    def forward(ctx: Any, qkv: torch.Tensor, cos: torch.Tensor, sin: torch.Tensor, shape: tuple,
                lib: Library) -> tuple:
        batch, seq, heads, kv_heads, d = shape
        q = qkv.new_empty(batch, heads, seq, d)
        k, v = qkv.new_empty(batch, kv_heads, seq, d), qkv.new_empty(batch, kv_heads, seq, d)
        lib.rope_split_fwd(qkv.data_ptr(), cos.data_ptr(), sin.data_ptr(), q.data_ptr(), k.data_ptr(), v.data_ptr(),
                           *shape, _threads())
        ctx.save_for_backward(cos, sin)
        ctx.shape, ctx.lib = shape, lib
        return q, k, v

    @staticmethod
    @once_differentiable
    def backward(ctx: Any, dq: torch.Tensor, dk: torch.Tensor, dv: torch.Tensor) -> tuple:
        # autograd hands zeros for an output that got no gradient (materialize_grads).
        cos, sin = ctx.saved_tensors
        batch, seq, heads, kv_heads, d = ctx.shape
        grads = [g.contiguous() for g in (dq, dk, dv)]
        dqkv = grads[0].new_empty(batch * seq, (heads + 2 * kv_heads) * d)
        ctx.lib.rope_split_bwd(*(g.data_ptr() for g in grads), cos.data_ptr(), sin.data_ptr(), dqkv.data_ptr(),
                               *ctx.shape, _threads())
        return dqkv, None, None, None, None


# --- int8 rows and products (int8.py) --------------------------------------------------------

def quantize_rows(x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """Each row of ``x`` [rows, dim] as int8: (q, scale [rows] fp32) with
    ``q = round(x * (1 / scale))`` and ``scale = max|row| / 127``, so ``q * scale`` is the
    row to within half a step (a row whose max is below 127 x float32's smallest normal,
    zeros included, gets scale 1 and zeros). A row holding a NaN or an infinity
    gets a NaN or infinite scale (a product with it is NaN, as it would be in bf16) and
    zeros."""
    if x.dim() != 2:
        raise ValueError(f"quantize_rows: a matrix, got shape {tuple(x.shape)}")
    lib = _native(x)
    if lib is None:
        m = x.abs().amax(dim=1).float()
        scale = torch.where(m < 127 * torch.finfo(torch.float32).tiny, torch.ones_like(m), m / 127)
        inv = (1 / scale).unsqueeze(1)
        q = torch.where(inv > 0, (x.float() * inv).round(), torch.zeros((), device=x.device))
        return q.to(torch.int8), scale
    q = torch.empty(x.shape, dtype=torch.int8)
    scale = torch.empty(x.shape[0], dtype=torch.float32)
    lib.quant_rows(x.data_ptr(), q.data_ptr(), scale.data_ptr(), x.shape[0], x.shape[1], _threads())
    return q, scale


def _product_fits(acc: torch.Tensor, row_scale: torch.Tensor, col_scale: torch.Tensor) -> Library | None:
    """The library when ``acc`` and its scales are what ``dequant`` takes, else None."""
    fits = acc.dtype == torch.int32 and acc.dim() == 2 and row_scale.dtype == col_scale.dtype == torch.float32 \
        and row_scale.shape == (acc.shape[0],) and col_scale.shape == (acc.shape[1],) \
        and all(t.device.type == "cpu" and t.is_contiguous() for t in (acc, row_scale, col_scale))
    return _native() if fits else None


def dequantize(acc: torch.Tensor, row_scale: torch.Tensor, col_scale: torch.Tensor,
               dtype: torch.dtype) -> torch.Tensor:
    """``acc * row_scale[:, None] * col_scale[None, :]`` (an int32 product [rows, cols] of
    two quantised factors, their fp32 scales), rounded to ``dtype``."""
    lib = _product_fits(acc, row_scale, col_scale) if dtype == torch.bfloat16 else None
    if lib is None:
        return (acc.float() * row_scale.unsqueeze(1) * col_scale.unsqueeze(0)).to(dtype)
    y = torch.empty(acc.shape, dtype=torch.bfloat16)
    lib.dequant(acc.data_ptr(), row_scale.data_ptr(), col_scale.data_ptr(), y.data_ptr(), acc.shape[0],
                acc.shape[1], _threads())
    return y


def dequantize_softmax(acc: torch.Tensor, row_scale: torch.Tensor, col_scale: torch.Tensor,
                       out: torch.Tensor) -> None:
    """``out`` (bf16 [rows, cols]) = the softmax in fp32 over each row of ``dequantize(acc,
    row_scale, col_scale)``, without storing those logits. Natively a probability below
    e^-87 of the row's largest is 0 (torch's exp keeps some as float32 subnormals)."""
    lib = _product_fits(acc, row_scale, col_scale) if out.dtype == torch.bfloat16 and out.is_contiguous() \
        and out.shape == acc.shape else None
    if lib is None:
        out.copy_(torch.softmax(dequantize(acc, row_scale, col_scale, torch.float32), dim=-1))
        return
    lib.dequant_softmax(acc.data_ptr(), row_scale.data_ptr(), col_scale.data_ptr(), out.data_ptr(), acc.shape[0],
                        acc.shape[1], _threads())
