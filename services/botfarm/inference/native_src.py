"""The C source of the engine's native CPU kernels (``native.py`` compiles and loads it).

Why C: at the batch sizes we serve, a decode step's matmuls (oneDNN) are a fraction of
its time; the rest is dozens of small torch ops per layer (norms, rotary embedding, the
cache write, attention over a few dozen keys, SiLU) and a sampler over the vocabulary,
each a dispatch, an allocation and, with two threads, an OpenMP fork and join. Here each
of those is one call doing one pass over its data, with float32 arithmetic on bfloat16
or float32 tensors, rounding where Hugging Face's modules round (so the float32 build
matches them to float32 precision).

Every kernel exists twice, for ``T`` = bfloat16 (stored as uint16) and float32, with
the suffix ``_bf16`` / ``_f32``. Sizes are int64; pointers are to contiguous rows unless
a stride is passed. Written for the compiler's auto-vectoriser (-O3 -march=native): no
intrinsics, so any x86-64 or ARM CPU builds it.
"""

#: Includes, bfloat16 conversions and ``exp_neg``: shared with the training kernels
#: (``botfarm.training.kernels``).
PRELUDE = r"""
#include <stdint.h>
#include <string.h>
#include <math.h>
#include <stdlib.h>
#include <stdatomic.h>
#include <sched.h>
#include <omp.h>

typedef int64_t i64;

static inline float bf16_to_f32(uint16_t b) { uint32_t u = (uint32_t)b << 16; float f; memcpy(&f, &u, 4); return f; }
static inline uint16_t f32_to_bf16(float f) {
    uint32_t u; memcpy(&u, &f, 4);
    if ((u & 0x7fffffffu) > 0x7f800000u) return (uint16_t)((u >> 16) | 0x40);  /* NaN stays NaN */
    u += 0x7fffu + ((u >> 16) & 1u);  /* round to nearest even, as torch does */
    return (uint16_t)(u >> 16);
}
static inline float id_f32(float f) { return f; }

/* exp(x) for x <= 0 to about 2 ulp: Cody-Waite reduction and a degree-6 polynomial, with
   no branch so loops over it vectorise (libm's expf does not without -ffast-math). */
static inline float exp_neg(float x) {
    x = x < -87.0f ? -87.0f : x;
    float n = floorf(x * 1.44269504088896341f + 0.5f);
    float r = x - n * 0.693359375f;
    r = r + n * 2.12194440e-4f;
    float p = 1.0f + r * (1.0f + r * (0.5f + r * (0.166666672f + r * (0.0416666418f + r * (0.00833345205f
              + r * 0.00138873165f)))));
    int32_t e = ((int32_t)n + 127) << 23;
    float s; memcpy(&s, &e, 4);
    return p * s;
}
"""

SOURCE = PRELUDE + r"""
#define DEFINE_KERNELS(SUF, T, LD, ST)                                                             \
/* h += o (when o) rounded to T, then x = w * T(h * rsqrt(mean(h^2) + eps)): HF's residual    \
   add and LlamaRMSNorm in one pass over a row. */                                             \
static inline void norm_row_##SUF(T *hr, const T *orow, const T *w, T *xr, i64 dim, float eps) { \
    float ss = 0.0f;                                                                           \
    if (orow) { for (i64 j = 0; j < dim; j++) { hr[j] = ST(LD(hr[j]) + LD(orow[j])); } }       \
    _Pragma("omp simd reduction(+:ss)")                                                        \
    for (i64 j = 0; j < dim; j++) { float v = LD(hr[j]); ss += v * v; }                       \
    float r = 1.0f / sqrtf(ss / (float)dim + eps);                                             \
    for (i64 j = 0; j < dim; j++) xr[j] = ST(LD(w[j]) * LD(ST(LD(hr[j]) * r)));               \
}                                                                                              \
                                                                                               \
void add_rms_norm_##SUF(T *h, const T *o, const T *w, T *x, i64 n, i64 dim, float eps, int threads) { \
    _Pragma("omp parallel for num_threads(threads) if(n * dim > 16384)")                      \
    for (i64 i = 0; i < n; i++) norm_row_##SUF(h + i * dim, o ? o + i * dim : 0, w, x + i * dim, dim, eps); \
}                                                                                              \
                                                                                               \
/* T(T(silu(g)) * u) of one gate and up value. */                                              \
static inline T silu_one_##SUF(T g, T u) {                                                     \
    float a = LD(g);                                                                           \
    float e = exp_neg(a < 0.0f ? a : -a);                                                      \
    float sig = a < 0.0f ? e / (1.0f + e) : 1.0f / (1.0f + e);                                 \
    return ST(LD(ST(a * sig)) * LD(u));                                                        \
}                                                                                              \
                                                                                               \
/* out = T(T(silu(g)) * u) with g, u the two halves of each row of gu [n, 2 * inter]. */       \
void silu_mul_##SUF(const T *gu, T *out, i64 n, i64 inter, int threads) {                     \
    _Pragma("omp parallel for num_threads(threads) if(n * inter > 65536)")                    \
    for (i64 i = 0; i < n; i++) {                                                              \
        const T *g = gu + i * 2 * inter, *u = g + inter; T *orow = out + i * inter;            \
        for (i64 j = 0; j < inter; j++) orow[j] = silu_one_##SUF(g[j], u[j]);                  \
    }                                                                                          \
}                                                                                              \
                                                                                               \
/* Rotates the q and k heads of each token's qkv row in place (HF's rotate_half pairs j with   \
   j + d/2; cos/sin [positions, d/2] float32, each product rounded to T as HF's bf16 maths)    \
   and writes k and v into the layer's cache [slots, 2 * kvh, max_len, d] at (slot[i],        \
   pos[i]). */                                                                                 \
static inline void rope_row_##SUF(T *row, i64 slot, i64 pos, const float *cosv, const float *sinv, \
                                   T *cache, i64 heads, i64 kvh, i64 d, i64 max_len, int rotate) { \
    i64 half = d / 2;                                                                          \
    if (rotate) {                                                                              \
        const float *c = cosv + pos * half, *s = sinv + pos * half;                            \
        for (i64 hd = 0; hd < heads + kvh; hd++) {                                             \
            T *x = row + hd * d;                                                               \
            for (i64 j = 0; j < half; j++) {                                                   \
                float a = LD(x[j]), b = LD(x[j + half]);                                       \
                float cj = LD(ST(c[j])), sj = LD(ST(s[j]));                                    \
                x[j] = ST(LD(ST(a * cj)) + LD(ST(-b * sj)));                                   \
                x[j + half] = ST(LD(ST(b * cj)) + LD(ST(a * sj)));                             \
            }                                                                                  \
        }                                                                                      \
    }                                                                                          \
    for (i64 hd = 0; hd < 2 * kvh; hd++)                                                       \
        memcpy(cache + ((slot * 2 * kvh + hd) * max_len + pos) * d, row + (heads + hd) * d, d * sizeof(T)); \
}                                                                                              \
                                                                                               \
void rope_store_##SUF(T *qkv, const i64 *slot, const i64 *pos, const float *cosv, const float *sinv, \
                      T *cache, i64 n, i64 heads, i64 kvh, i64 d, i64 max_len, int rotate, int threads) { \
    i64 width = (heads + 2 * kvh) * d;                                                         \
    _Pragma("omp parallel for num_threads(threads) if(n > 16)")                                \
    for (i64 i = 0; i < n; i++)                                                                \
        rope_row_##SUF(qkv + i * width, slot[i], pos[i], cosv, sinv, cache, heads, kvh, d, max_len, rotate); \
}                                                                                              \
                                                                                               \
/* One query token per row s (its q heads in qkv row s) over keys/values 0..pos[s] of slot s  \
   in the layer's cache: softmax(q k^T * scale) v in float32, each query head h reading        \
   key/value head h / (heads / kvh), each key and value converted once for the group.          \
   out [n, heads * d]; d <= 256, heads / kvh <= 16 (native.py checks). Each row reads only its \
   own length. The core is inlined for d = 64 and 128, so the loops over d     \
   unroll into whole vectors. */                                                              \
static inline void attn_core_##SUF(const T *restrict qrow, const T *restrict k, const T *restrict v, \
                                   T *restrict o, i64 len, i64 groups, const i64 d, float scale) { \
    float q[16][256], acc[16][256], kf[4][256], w[16][256], m[16], sum[16];                    \
    for (i64 h = 0; h < groups; h++) {                                                         \
        for (i64 j = 0; j < d; j++) { q[h][j] = LD(qrow[h * d + j]) * scale; acc[h][j] = 0.0f; } \
        m[h] = -INFINITY; sum[h] = 0.0f;                                                       \
    }                                                                                          \
    /* Blocks of 256 keys with the running maximum rescaled (online softmax): any length. */ \
    for (i64 t0 = 0; t0 < len; t0 += 256) {                                                    \
        i64 nb = len - t0 < 256 ? len - t0 : 256;                                              \
        float mb[16];                                                                          \
        for (i64 h = 0; h < groups; h++) mb[h] = m[h];                                         \
        /* Four keys at a time: four independent sums per query head share each q load. */     \
        i64 t = 0;                                                                             \
        for (; t + 4 <= nb; t += 4) {                                                          \
            for (i64 b = 0; b < 4; b++) for (i64 j = 0; j < d; j++) kf[b][j] = LD(k[(t0 + t + b) * d + j]);\
            for (i64 h = 0; h < groups; h++) {                                                 \
                float d0 = 0.0f, d1 = 0.0f, d2 = 0.0f, d3 = 0.0f;                              \
                _Pragma("omp simd reduction(+:d0, d1, d2, d3)")                                \
                for (i64 j = 0; j < d; j++) {                                                  \
                    float qj = q[h][j];                                                        \
                    d0 += qj * kf[0][j]; d1 += qj * kf[1][j]; d2 += qj * kf[2][j]; d3 += qj * kf[3][j];\
                }                                                                              \
                w[h][t] = d0; w[h][t + 1] = d1; w[h][t + 2] = d2; w[h][t + 3] = d3;            \
                float mx = d0 > d1 ? d0 : d1, my = d2 > d3 ? d2 : d3; mx = mx > my ? mx : my;  \
                mb[h] = mx > mb[h] ? mx : mb[h];                                               \
            }                                                                                  \
        }                                                                                      \
        for (; t < nb; t++) {                                                                  \
            for (i64 j = 0; j < d; j++) kf[0][j] = LD(k[(t0 + t) * d + j]);                    \
            for (i64 h = 0; h < groups; h++) {                                                 \
                float dot = 0.0f;                                                              \
                _Pragma("omp simd reduction(+:dot)")                                           \
                for (i64 j = 0; j < d; j++) dot += q[h][j] * kf[0][j];                         \
                w[h][t] = dot; mb[h] = dot > mb[h] ? dot : mb[h];                              \
            }                                                                                  \
        }                                                                                      \
        for (i64 h = 0; h < groups; h++) {                                                     \
            float rescale = exp_neg(m[h] - mb[h]), sh = 0.0f, mh = mb[h];                      \
            m[h] = mh;                                                                         \
            for (i64 j = 0; j < d; j++) acc[h][j] *= rescale;                                  \
            _Pragma("omp simd reduction(+:sh)")                                                \
            for (i64 t = 0; t < nb; t++) { float e = exp_neg(w[h][t] - mh); w[h][t] = e; sh += e; } \
            sum[h] = sum[h] * rescale + sh;                                                    \
        }                                                                                      \
        /* Four values at a time: one pass over each accumulator row for four keys. */         \
        for (t = 0; t + 4 <= nb; t += 4) {                                                     \
            for (i64 b = 0; b < 4; b++) for (i64 j = 0; j < d; j++) kf[b][j] = LD(v[(t0 + t + b) * d + j]);\
            for (i64 h = 0; h < groups; h++) {                                                 \
                float p0 = w[h][t], p1 = w[h][t + 1], p2 = w[h][t + 2], p3 = w[h][t + 3];      \
                for (i64 j = 0; j < d; j++) acc[h][j] += p0 * kf[0][j] + p1 * kf[1][j] + p2 * kf[2][j] + p3 * kf[3][j];\
            }                                                                                  \
        }                                                                                      \
        for (; t < nb; t++) {                                                                  \
            for (i64 j = 0; j < d; j++) kf[0][j] = LD(v[(t0 + t) * d + j]);                    \
            for (i64 h = 0; h < groups; h++) {                                                 \
                float p = w[h][t];                                                             \
                for (i64 j = 0; j < d; j++) acc[h][j] += p * kf[0][j];                         \
            }                                                                                  \
        }                                                                                      \
    }                                                                                          \
    for (i64 h = 0; h < groups; h++) {                                                         \
        float inv = 1.0f / sum[h];                                                             \
        for (i64 j = 0; j < d; j++) o[h * d + j] = ST(acc[h][j] * inv);                        \
    }                                                                                          \
}                                                                                              \
                                                                                               \
/* Row s's query group g (slot s of the cache). */                                           \
static inline void attn_group_##SUF(const T *qkv, const T *cache, i64 s, i64 g, i64 pos, T *out, i64 heads, \
                                    i64 kvh, i64 d, i64 max_len, float scale) {               \
    i64 width = (heads + 2 * kvh) * d, groups = heads / kvh;                                   \
    const T *qrow = qkv + s * width + g * groups * d;                                          \
    const T *k = cache + ((s * 2 * kvh + g) * max_len) * d;                                    \
    const T *v = cache + ((s * 2 * kvh + kvh + g) * max_len) * d;                              \
    /* The keys and values come from memory in short runs (one slot's): ask for the          \
       whole of both at once, ahead of their use, rather than wait on each line.             \
       (d * sizeof(T) per key; 64-byte lines.) */                                           \
    for (i64 b = 0; b < (pos + 1) * d * (i64)sizeof(T); b += 64) {                            \
        __builtin_prefetch((const char *)k + b); __builtin_prefetch((const char *)v + b);     \
    }                                                                                          \
    T *o = out + s * heads * d + g * groups * d;                                               \
    if (d == 64) attn_core_##SUF(qrow, k, v, o, pos + 1, groups, 64, scale);                  \
    else if (d == 128) attn_core_##SUF(qrow, k, v, o, pos + 1, groups, 128, scale);           \
    else attn_core_##SUF(qrow, k, v, o, pos + 1, groups, d, scale);                            \
}                                                                                              \
                                                                                               \
void decode_attention_##SUF(const T *qkv, const T *cache, const i64 *pos, T *out, i64 n, i64 heads, \
                            i64 kvh, i64 d, i64 max_len, float scale, int threads) {          \
    _Pragma("omp parallel for collapse(2) num_threads(threads) if(n * kvh > 8)")              \
    for (i64 s = 0; s < n; s++)                                                                \
        for (i64 g = 0; g < kvh; g++)                                                          \
            attn_group_##SUF(qkv, cache, s, g, pos[s], out, heads, kvh, d, max_len, scale);   \
}                                                                                              \
                                                                                               \
/* The LoRA deltas of a batch mixing bots (BGMV, as Punica / S-LoRA): row i of x [n, in]      \
   uses slot idx[i / per] of the bank (per = tokens per prompt in a prefill, 1 in a decode;   \
   slot 0 is the plain base: skipped, it adds zeros); h = T(x . A[slot]) over the R ranks of  \
   the projection's targets side by side, then per target s (its ranks r0[s]..r0[s]+r[s],     \
   its output column col[s], its B [slots, r, width[s]]) out[i, col..] += T(h . B[slot]):      \
   the roundings of the torch path's bmm. Reads each row's A and B where they lie in the      \
   bank: nothing gathered. R <= 512 (lora.py checks). */                                     \
void lora_bgmv_##SUF(const T *x, T *out, i64 n, i64 per, i64 in, i64 out_stride, const i64 *idx, \
                     const T *A, i64 R, i64 nseg, const i64 *seg, const T *const *B, int threads) { \
    _Pragma("omp parallel for num_threads(threads) schedule(static) if(n > 1)")               \
    for (i64 i = 0; i < n; i++) {                                                              \
        i64 a = idx[i / per];                                                                  \
        if (a == 0) continue;                                                                  \
        const T *xr = x + i * in, *Ar = A + a * in * R;                                        \
        float h[512], acc[256];                                                                \
        for (i64 j = 0; j < R; j++) h[j] = 0.0f;                                               \
        for (i64 k = 0; k < in; k++) {                                                         \
            float xv = LD(xr[k]); const T *ar = Ar + k * R;                                    \
            for (i64 j = 0; j < R; j++) h[j] += xv * LD(ar[j]);                                \
        }                                                                                      \
        for (i64 j = 0; j < R; j++) h[j] = LD(ST(h[j]));                                       \
        T *orow = out + i * out_stride;                                                        \
        for (i64 t = 0; t < nseg; t++) {                                                       \
            i64 r0 = seg[4 * t], r = seg[4 * t + 1], col = seg[4 * t + 2], wd = seg[4 * t + 3]; \
            const T *Bs = B[t] + a * r * wd;                                                   \
            for (i64 c0 = 0; c0 < wd; c0 += 256) {                                             \
                i64 nb = wd - c0 < 256 ? wd - c0 : 256;                                        \
                for (i64 c = 0; c < nb; c++) acc[c] = 0.0f;                                    \
                for (i64 j = 0; j < r; j++) {                                                  \
                    float hv = h[r0 + j]; const T *br = Bs + j * wd + c0;                      \
                    for (i64 c = 0; c < nb; c++) acc[c] += hv * LD(br[c]);                     \
                }                                                                              \
                T *o = orow + col + c0;                                                        \
                for (i64 c = 0; c < nb; c++) o[c] = ST(LD(o[c]) + LD(ST(acc[c])));             \
            }                                                                                  \
        }                                                                                      \
    }                                                                                          \
}

DEFINE_KERNELS(bf16, uint16_t, bf16_to_f32, f32_to_bf16)
DEFINE_KERNELS(f32, float, id_f32, id_f32)

/* y [m, n] = x [m, k] . w [n, k]^T, all bfloat16, float32 sums rounded once (as a bf16
   matmul rounds): the decode step of one or two streams, where a step reads every weight
   once and is bound by memory. A plain row-major weight streams through the cache in
   order, faster than oneDNN reads its blocked layout at these sizes; x is converted to
   float32 once (xf), so the loop converts only the weights (the cheapest form measured, a
   vdpbf16ps one included). Each thread of a parallel region takes its share of the
   columns (gemv_share). */
static inline void gemv_col(const float *xf, const uint16_t *w, uint16_t *y, i64 m, i64 n, i64 k, i64 c) {
    const uint16_t *wr = w + c * k;
    for (i64 r = 0; r < m; r++) {
        const float *xr = xf + r * k; float s = 0.0f;
        _Pragma("omp simd reduction(+:s)")
        for (i64 j = 0; j < k; j++) s += xr[j] * bf16_to_f32(wr[j]);
        y[r * n + c] = f32_to_bf16(s);
    }
}

/* Thread t's share [lo, hi) of n items (of nt threads). */
static inline void share(i64 n, int t, int nt, i64 *lo, i64 *hi) { *lo = n * t / nt; *hi = n * (t + 1) / nt; }

static void gemv_share(const float *xf, const uint16_t *w, uint16_t *y, i64 m, i64 n, i64 k, int t, int nt) {
    i64 lo, hi;
    share(n, t, nt, &lo, &hi);
    for (i64 c = lo; c < hi; c++) gemv_col(xf, w, y, m, n, k, c);
}

static inline void to_f32(const uint16_t *x, float *xf, i64 n) {
    for (i64 j = 0; j < n; j++) xf[j] = bf16_to_f32(x[j]);
}

void gemv_bf16(const uint16_t *x, const uint16_t *w, uint16_t *y, i64 m, i64 n, i64 k, int threads) {
    float *xf = malloc((size_t)(m * k) * sizeof(float));
    if (!xf) return;
    to_f32(x, xf, m * k);
    _Pragma("omp parallel num_threads(threads)")
    gemv_share(xf, w, y, m, n, k, omp_get_thread_num(), omp_get_num_threads());
    free(xf);
}

/* A barrier that spins for a short while (a pause a turn), then sleeps on a futex (Linux;
   elsewhere it yields the CPU): the decode step below waits at ~300 of them. libgomp's own
   barriers spin only while it manages no more threads than there are CPUs; a server's
   engine thread is a second OpenMP master beside the main thread, so there they would
   sleep and wake through the kernel at every barrier, which doubled the step. Here a
   thread sleeps only when its team mate is late by more than the spin (descheduled: a
   loaded machine, a CPU quota), and the last to arrive wakes sleepers only when there are
   any (no system call in the common case). */
typedef struct { atomic_int count; atomic_int gen; atomic_int sleepers; } spin_barrier;

static inline void cpu_relax(void) {
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#elif defined(__aarch64__)
    __asm__ __volatile__("yield");
#endif
}

#if defined(__linux__)
#include <linux/futex.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <limits.h>
static inline void barrier_sleep(atomic_int *gen, int g) {
    syscall(SYS_futex, (int *)gen, FUTEX_WAIT_PRIVATE, g, NULL, NULL, 0);
}
static inline void barrier_wake(atomic_int *gen) {
    syscall(SYS_futex, (int *)gen, FUTEX_WAKE_PRIVATE, INT_MAX, NULL, NULL, 0);
}
#else
static inline void barrier_sleep(atomic_int *gen, int g) { (void)gen; (void)g; sched_yield(); }
static inline void barrier_wake(atomic_int *gen) { (void)gen; }
#endif

static void barrier_wait(spin_barrier *b, int n) {
    if (n == 1) return;
    int g = atomic_load(&b->gen);
    if (atomic_fetch_add(&b->count, 1) == n - 1) {
        atomic_store(&b->count, 0);
        atomic_fetch_add(&b->gen, 1);
        /* seq_cst: a sleeper either counted itself before this load, or its futex wait
           sees the new generation and returns at once. */
        if (atomic_load(&b->sleepers) > 0) barrier_wake(&b->gen);
        return;
    }
    for (unsigned spins = 0; atomic_load_explicit(&b->gen, memory_order_acquire) == g; spins++) {
        if (spins < 20000) { cpu_relax(); continue; }
        atomic_fetch_add(&b->sleepers, 1);
        if (atomic_load(&b->gen) == g) barrier_sleep(&b->gen, g);
        atomic_fetch_sub(&b->sleepers, 1);
    }
}

/* A whole bf16 decode step of a llama model for m rows (one or two streams: slot i = row
   i), every layer and the head in one call and one parallel region: the same kernels as
   the step-by-step path (the same results, bit for bit), without a Python call, an
   allocation or a thread fork and join per operation. lw: per layer its six plain
   weights (input norm, qkv, o, post-attention norm, gate|up, down); cache: layer 0's
   [slots, 2 kvh, max_len, d], layer l at cache + l * layer_stride. h [m, dim]: the
   embedded tokens, updated in place. buf (bfloat16) and fbuf (float32): scratch of
   StackPlan's sizes (native.py). logits [m, vocab] bfloat16. Work is shared out by
   thread number, with spin_barrier between the steps. */
void decode_stack_bf16(uint16_t *h, i64 m, i64 dim, i64 layers, const uint16_t *const *lw,
                       const uint16_t *fnorm, const uint16_t *head, i64 vocab, uint16_t *cache, i64 layer_stride,
                       const i64 *pos, const float *cosv, const float *sinv, i64 heads, i64 kvh, i64 d,
                       i64 inter, i64 max_len, float eps, float scale, uint16_t *buf, float *fbuf,
                       uint16_t *logits, int threads) {
    i64 qd = heads * d, width = (heads + 2 * kvh) * d;
    uint16_t *x = buf, *qkv = x + m * dim, *att = qkv + m * width, *gu = att + m * qd, *act = gu + m * 2 * inter,
             *tmp = act + m * inter;
    spin_barrier bar = {0, 0, 0};
    _Pragma("omp parallel num_threads(threads)")
    {
        int t = omp_get_thread_num(), nt = omp_get_num_threads();
        i64 lo, hi;
        if (t == 0)
            for (i64 i = 0; i < m; i++) {
                norm_row_bf16(h + i * dim, 0, lw[0], x + i * dim, dim, eps);
                to_f32(x + i * dim, fbuf + i * dim, dim);
            }
        barrier_wait(&bar, nt);
        for (i64 l = 0; l < layers; l++) {
            const uint16_t *const *w = lw + 6 * l;
            uint16_t *kv = cache + l * layer_stride;
            gemv_share(fbuf, w[1], qkv, m, width, dim, t, nt);
            barrier_wait(&bar, nt);
            if (t == 0)
                for (i64 i = 0; i < m; i++)
                    rope_row_bf16(qkv + i * width, i, pos[i], cosv, sinv, kv, heads, kvh, d, max_len, 1);
            barrier_wait(&bar, nt);
            share(m * kvh, t, nt, &lo, &hi);
            for (i64 u = lo; u < hi; u++)
                attn_group_bf16(qkv, kv, u / kvh, u % kvh, pos[u / kvh], att, heads, kvh, d, max_len, scale);
            barrier_wait(&bar, nt);
            share(m * qd, t, nt, &lo, &hi);
            to_f32(att + lo, fbuf + lo, hi - lo);
            barrier_wait(&bar, nt);
            gemv_share(fbuf, w[2], tmp, m, dim, qd, t, nt);
            barrier_wait(&bar, nt);
            if (t == 0)
                for (i64 i = 0; i < m; i++) {
                    norm_row_bf16(h + i * dim, tmp + i * dim, w[3], x + i * dim, dim, eps);
                    to_f32(x + i * dim, fbuf + i * dim, dim);
                }
            barrier_wait(&bar, nt);
            gemv_share(fbuf, w[4], gu, m, 2 * inter, dim, t, nt);
            barrier_wait(&bar, nt);
            share(m * inter, t, nt, &lo, &hi);
            for (i64 u = lo; u < hi; u++) {
                i64 i = u / inter, j = u % inter;
                act[u] = silu_one_bf16(gu[i * 2 * inter + j], gu[i * 2 * inter + inter + j]);
                fbuf[u] = bf16_to_f32(act[u]);
            }
            barrier_wait(&bar, nt);
            gemv_share(fbuf, w[5], tmp, m, dim, inter, t, nt);
            barrier_wait(&bar, nt);
            const uint16_t *next = l + 1 < layers ? lw[6 * (l + 1)] : fnorm;
            if (t == 0)
                for (i64 i = 0; i < m; i++) {
                    norm_row_bf16(h + i * dim, tmp + i * dim, next, x + i * dim, dim, eps);
                    to_f32(x + i * dim, fbuf + i * dim, dim);
                }
            barrier_wait(&bar, nt);
        }
        gemv_share(fbuf, head, logits, m, vocab, dim, t, nt);
    }
}

/* Sampling rows without processors or typical-p, each row alone (parallel over rows):
   logits [r, v] float32; per row inv_t (1 / temperature), top_k (v: none), top_p (> 1:
   none) and a uniform u from the request's generator. The kept set is, as in the torch
   path (sampling.py), the most likely tokens (ties by id) up to top_k, then those whose
   mass strictly above them is under top_p; the token is drawn by inverse CDF over the kept
   probabilities in that order. Only candidates above a threshold are sorted: a prefix of
   the sorted row, so a kept set inside them is the whole row's. Writes token, log-probability (tempered, before renormalisation)
   and status: 0 done; 1 the kept set reaches past the candidates (a flat row: the caller
   takes the whole row). No top-k and no top-p draws over the whole row in id order. */
typedef struct { float s; int32_t id; } cand_t;
/* a before b: more likely, ties by id. */
static inline int before(cand_t a, cand_t b) { return a.s > b.s || (a.s == b.s && a.id < b.id); }

/* Rearranges c[0..n) so that c[0..want) are its `want` first in `before` order (quickselect). */
static void select_first(cand_t *c, i64 n, i64 want) {
    i64 lo = 0, hi = n - 1;
    while (lo < hi) {
        cand_t pivot = c[lo + (hi - lo) / 2];
        i64 i = lo, j = hi;
        while (i <= j) {
            while (before(c[i], pivot)) i++;
            while (before(pivot, c[j])) j--;
            if (i <= j) { cand_t x = c[i]; c[i] = c[j]; c[j] = x; i++; j--; }
        }
        if (want - 1 <= j) hi = j; else if (want - 1 >= i) lo = i; else break;
    }
}

static void sort_first(cand_t *c, i64 n) {  /* insertion sort: n is a few dozen */
    for (i64 i = 1; i < n; i++) {
        cand_t x = c[i]; i64 j = i - 1;
        while (j >= 0 && before(x, c[j])) { c[j + 1] = c[j]; j--; }
        c[j + 1] = x;
    }
}

static int cmp_cand(const void *a, const void *b) {
    cand_t x = *(const cand_t *)a, y = *(const cand_t *)b;
    return before(y, x) - before(x, y);
}

void sample_plain(const float *logits, i64 r, i64 v, const float *inv_t, const i64 *top_k, const float *top_p,
                  const double *u, i64 cap, float *scratch, i64 *tok, float *logprob, int32_t *status,
                  int threads) {
    i64 blocks = (v + 63) / 64, stride = 4 * cap + blocks;
    _Pragma("omp parallel for num_threads(threads) schedule(dynamic, 1) if(r > 1)")
    for (i64 i = 0; i < r; i++) {
        const float *row = logits + i * v;
        /* The row's scratch: candidates' scaled logits and ids, the candidates as pairs for
           sorting, and the maximum of each block of 64 tokens (a candidate search skips the
           blocks under its threshold: most of them, a vocabulary is mostly unlikely). */
        float *cand_s = scratch + i * stride, *bmax = cand_s + 4 * cap;
        int32_t *cand_id = (int32_t *)(cand_s + cap);
        cand_t *cs = (cand_t *)(cand_s + 2 * cap);
        float t = inv_t[i], m = -INFINITY, sum = 0.0f;
        for (i64 b = 0; b < blocks; b++) {
            i64 end = (b + 1) * 64 < v ? (b + 1) * 64 : v; float mb = -INFINITY;
            _Pragma("omp simd reduction(max:mb)")
            for (i64 j = b * 64; j < end; j++) { float s = row[j] * t; mb = s > mb ? s : mb; }
            bmax[b] = mb; m = mb > m ? mb : m;
        }
        _Pragma("omp simd reduction(+:sum)")
        for (i64 j = 0; j < v; j++) sum += exp_neg(row[j] * t - m);
        float lse = m + logf(sum);
        i64 k = top_k[i] < v ? top_k[i] : v;
        float p = top_p[i];
        status[i] = 0;
        if (k >= v && p > 1.0f) {  /* temperature only: the whole row, in id order */
            double total = 0.0, c = 0.0; i64 pick = v - 1;
            for (i64 j = 0; j < v; j++) total += exp_neg(row[j] * t - m);
            double target = u[i] * total;
            for (i64 j = 0; j < v; j++) { c += exp_neg(row[j] * t - m); if (c > target) { pick = j; break; } }
            tok[i] = pick; logprob[i] = row[pick] * t - lse; continue;
        }
        /* The candidates above a threshold, tightest first (peaked rows, the common case,
           stop at the first), then where the tokens below hold at most 1 - top_p of the mass:
           a set that must hold the nucleus. */
        float sure = p <= 1.0f ? lse + logf((1.0f - p) / (float)v) : m - 24.0f;
        float los[4] = {m - 6.0f, m - 9.0f, m - 12.0f, sure};
        i64 n = 0; int found = 0;
        for (int attempt = 0; attempt < 4 && !found; attempt++) {
            float lo = los[attempt];
            if (attempt > 0 && (lo >= los[attempt - 1] || (attempt < 3 && lo <= sure))) continue;
            n = 0;
            for (i64 b = 0; b < blocks && n <= cap; b++) {
                if (bmax[b] < lo) continue;
                i64 end = (b + 1) * 64 < v ? (b + 1) * 64 : v;
                for (i64 j = b * 64; j < end; j++) {
                    float s = row[j] * t;
                    if (s >= lo) { if (n < cap) { cand_s[n] = s; cand_id[n] = (int32_t)j; } n++; }
                }
            }
            if (n > cap) break;
            float mass = 0.0f;
            _Pragma("omp simd reduction(+:mass)")
            for (i64 j = 0; j < n; j++) mass += exp_neg(cand_s[j] - lse);
            found = k <= n || (p <= 1.0f && mass >= p);
        }
        if (!found) { status[i] = 1; continue; }
        for (i64 j = 0; j < n; j++) { cs[j].s = cand_s[j]; cs[j].id = cand_id[j]; }
        /* Sort only the first `want` candidates, more while the kept set reaches their end. */
        i64 want = n < 64 ? n : 64, kept = 0;
        float above = 0.0f;
        for (;;) {
            if (want < n) select_first(cs, n, want);
            if (want <= 64) sort_first(cs, want); else qsort(cs, (size_t)want, sizeof(cand_t), cmp_cand);
            /* The kept prefix: rank < k, mass strictly above < top_p (float32 sums in order). */
            above = 0.0f; kept = 0;
            for (i64 j = 0; j < want && j < k; j++) {
                if (!(above < p)) break;
                above += expf(cs[j].s - lse); kept++;
            }
            if (kept < want || kept == k || want == n) break;
            want = 4 * want < n ? 4 * want : n;
        }
        /* Every candidate kept and still under top_p: the set goes on past them. */
        if (kept == n && kept < k && above < p) { status[i] = 1; continue; }
        float total = 0.0f;
        for (i64 j = 0; j < kept; j++) total += expf(cs[j].s - lse);
        float target = total * (float)u[i], c = 0.0f; i64 pick = kept - 1;
        for (i64 j = 0; j < kept; j++) { c += expf(cs[j].s - lse); if (c > target) { pick = j; break; } }
        tok[i] = cs[pick].id; logprob[i] = cs[pick].s - lse;
    }
}
"""
