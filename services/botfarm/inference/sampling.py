"""Per-request sampling parameters, their validation, the sampler and incremental
detokenisation. Each request has its own ``torch.Generator`` seeded from its seed, so
the same seed gives the same text whatever else shares the batch.

Devices: the whole-vocabulary work (penalty, softmax, top-k candidates, greedy argmax)
runs where the logits are (the model's device); the per-request generators stay on the
CPU (one uniform per token: a device generator would cost a sync per row anyway), so a
seed draws the same uniforms on CPU and GPU. Per step only the small results (greedy ids
and log-probs, the candidates of sampling rows) come back to the host."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field, replace

import torch

from botfarm.core.errors import InvalidArgument
from botfarm.inference import native, processors

#: The smallest normal float32: a positive parameter below it is 0 (or a denormal) on
#: the device, where the maths runs in float32 (top_p=1e-300 would keep no token at all).
FLOAT32_TINY = 1.1754943508222875e-38
#: TGI's and OpenAI's limits.
MAX_STOP, MAX_STOP_CHARS, MAX_TOP_N, MAX_LOGIT_BIAS = 8, 256, 20, 300


@dataclass(frozen=True)
class Grammar:
    """A constraint on the generated text (``grammar.py`` compiles it): a JSON schema
    ("json", the schema as JSON text; "{}" for any JSON object) or a regular expression
    ("regex"). ``source`` is the request field it came from, named in errors."""

    kind: str
    value: str
    source: str = "grammar"


@dataclass(frozen=True)
class SamplingParams:
    """What a request asks for; names and defaults as text-generation-inference."""

    max_new_tokens: int = 20               # tokens to generate at most
    do_sample: bool = False                # sample instead of greedy (implied by any warper)
    temperature: float | None = None       # > 0; None or 1.0: off
    top_p: float | None = None             # in (0, 1]; None or 1.0: off
    top_k: int | None = None               # > 0; None or 0: off
    repetition_penalty: float | None = None  # > 0; None or 1.0: off
    stop: tuple[str, ...] = field(default_factory=tuple)  # stop when the text contains one
    seed: int | None = None                # None: a random seed, reported back
    truncate: int | None = None            # keep only the last N prompt tokens
    typical_p: float | None = None         # typical decoding mass in (0, 1]; None or 1.0: off
    frequency_penalty: float | None = None  # OpenAI's: logit -= count in the generated text x this
    presence_penalty: float | None = None   # OpenAI's: logit -= this once a token was generated
    logit_bias: tuple[tuple[int, float], ...] = ()  # (token id, added to its logit) pairs
    top_n_tokens: int = 0                  # the n most likely tokens at each step, with log-probs
    prompt_logprobs: bool = False          # log-probs of the prompt tokens (TGI's decoder_input_details)
    grammar: Grammar | None = None         # constrained decoding
    min_new_tokens: int = 0                # no end of sequence nor stop before this many tokens
    # The parameters the request gave (the rest may take the bot's defaults:
    # inference/defaults.py); None: all of them, as built here.
    given: frozenset[str] | None = None

    @property
    def sampling(self) -> bool:
        # As TGI: any warper turns sampling on.
        return bool(self.do_sample or (self.temperature not in (None, 1.0)) or self.top_k
                    or (self.top_p not in (None, 1.0)) or (self.typical_p not in (None, 1.0)))

    @property
    def penalised(self) -> bool:
        """Whether the logits need any processing before the warpers (the rare path)."""
        return bool(self.repetition_penalty not in (None, 1.0) or self.frequency_penalty
                    or self.presence_penalty or self.logit_bias)

    def validate(self, max_new_tokens_limit: int, vocab: int | None = None) -> SamplingParams:
        def bad(msg: str, field_: str):
            raise InvalidArgument(msg, reason="INVALID_PARAMETER", metadata={"field": field_})

        def positive(v: float | None) -> bool:  # finite and a normal float32
            return v is None or (math.isfinite(v) and v >= FLOAT32_TINY)

        if not isinstance(self.max_new_tokens, int) or self.max_new_tokens <= 0:
            bad("`max_new_tokens` must be strictly positive", "max_new_tokens")
        if not isinstance(self.min_new_tokens, int) or not 0 <= self.min_new_tokens <= self.max_new_tokens:
            bad("`min_new_tokens` must be between 0 and `max_new_tokens`", "min_new_tokens")
        if self.max_new_tokens > max_new_tokens_limit:
            bad(f"`max_new_tokens` must be <= {max_new_tokens_limit}", "max_new_tokens")
        if not positive(self.temperature):
            bad(f"`temperature` must be strictly positive (at least {FLOAT32_TINY:.3g})", "temperature")
        for name in ("top_p", "typical_p"):
            v = getattr(self, name)
            if not positive(v) or (v is not None and v > 1):
                bad(f"`{name}` must be > 0.0 and <= 1.0 (at least {FLOAT32_TINY:.3g}, the smallest float32)", name)
        if self.top_k is not None and self.top_k < 0:
            bad("`top_k` must be strictly positive", "top_k")
        if not positive(self.repetition_penalty):
            bad("`repetition_penalty` must be strictly positive", "repetition_penalty")
        for name in ("frequency_penalty", "presence_penalty"):
            v = getattr(self, name)
            if v is not None and not (math.isfinite(v) and -2.0 <= v <= 2.0):
                bad(f"`{name}` must be between -2.0 and 2.0", name)
        if self.seed is not None and not (0 <= self.seed < 2 ** 63):
            bad("`seed` must be a non-negative 64-bit integer", "seed")
        if self.truncate is not None and self.truncate <= 0:
            bad("`truncate` must be strictly positive", "truncate")
        if len(self.stop) > MAX_STOP or any(not s or len(s) > MAX_STOP_CHARS for s in self.stop):
            bad(f"at most {MAX_STOP} non-empty `stop` sequences of at most {MAX_STOP_CHARS} characters", "stop")
        if not 0 <= self.top_n_tokens <= MAX_TOP_N:
            bad(f"`top_n_tokens` must be between 0 and {MAX_TOP_N}", "top_n_tokens")
        if len(self.logit_bias) > MAX_LOGIT_BIAS:
            bad(f"at most {MAX_LOGIT_BIAS} `logit_bias` entries", "logit_bias")
        for tok, bias in self.logit_bias:
            if (vocab is not None and not 0 <= tok < vocab) or not (math.isfinite(bias) and -100 <= bias <= 100):
                bad(f"`logit_bias` maps token ids (0..{(vocab or 1) - 1}) to a bias between -100 and 100; "
                    f"got {tok}: {bias}", "logit_bias")
        return self

    def with_seed(self) -> tuple[SamplingParams, torch.Generator]:
        seed = self.seed if self.seed is not None else random.getrandbits(63)
        g = torch.Generator()
        g.manual_seed(seed)
        return (replace(self, seed=seed), g)


#: Candidates kept per row before top-p: a top-k of this size replaces sorting the whole
#: vocabulary (the costliest part of sampling). A row whose candidates hold less than
#: its top_p mass samples by rejection instead: exact too, and no sort at all.
CANDIDATES = 256


def _draw(probs: torch.Tensor, u: float) -> int:
    """Inverse-CDF draw with a uniform from the request's generator: two passes over a
    row that sits in cache, where torch.multinomial draws one random number per token."""
    c = probs.cumsum(-1)
    return min(int(torch.searchsorted(c, c[-1] * u, right=True)), probs.shape[-1] - 1)


def _nucleus_by_rejection(probs: torch.Tensor, top_p: float, generator: torch.Generator, u: float) -> int:
    """A token from ``probs`` restricted to its top-p nucleus, without sorting (the
    rejection scheme FlashInfer uses): draw; if the mass strictly above the drawn token
    is below top_p it is in the nucleus; else nothing at or below it is, so draw again
    above it."""
    q = probs
    while True:
        tok = _draw(q, u)
        above = probs > probs[tok]
        if float(probs[above].sum()) < top_p:
            return tok
        q = probs * above
        u = float(torch.rand(1, generator=generator))


#: What sampling gives per row: the token, its log-probability, and the top alternatives
#: [(id, log-prob)] of the rows that asked for them (top_n_tokens; else empty).
Sampled = tuple[list[int], list[float], list[list[tuple[int, float]]]]


def sample_rows(logits: torch.Tensor, params: list[SamplingParams], generators: list[torch.Generator],
                seen: list[torch.Tensor | None], generated: list[torch.Tensor | None] | None = None,
                allowed: list[torch.Tensor | None] | None = None) -> Sampled:
    """The next token of every row (float32 logits [R, vocab]) and its log-probability
    under the distribution it was drawn from (as TGI reports it). HF's order: the
    processors (repetition, frequency/presence penalties, logit bias, a grammar's allowed
    tokens: ``processors.py``), then temperature, top-k, top-p, typical-p. Each sampling
    row draws exactly one uniform from its own generator per token, so a seed gives the
    same text whatever shares the batch. Rows without processors or typical-p (the common
    case) cost three whole-vocabulary passes per step."""
    R, V = logits.shape
    if any(p.penalised for p in params) or (allowed and any(a is not None for a in allowed)):
        logits = processors.apply(logits, params, seen, generated or [None] * R, allowed or [None] * R)
    tokens, logprobs = [0] * R, [0.0] * R
    samplers = [i for i, p in enumerate(params) if p.sampling]
    greedy = [i for i, p in enumerate(params) if not p.sampling]
    if greedy:
        g = logits[greedy] if len(greedy) < R else logits
        best, idx = g.max(-1)
        lp = best - torch.logsumexp(g, -1)
        best_ids, best_lps = idx.tolist(), lp.tolist()  # one read-back each, not one per row
        for j, i in enumerate(greedy):
            tokens[i], logprobs[i] = best_ids[j], best_lps[j]
    inv_t = [1.0 / (p.temperature or 1.0) for p in params]
    if samplers:
        _sample(logits, params, generators, samplers, inv_t, tokens, logprobs)
    tops = processors.top_tokens(logits, params, inv_t)
    return tokens, logprobs, tops


def _sample(logits: torch.Tensor, params: list[SamplingParams], generators: list[torch.Generator],
            samplers: list[int], inv_t: list[float], tokens: list[int], logprobs: list[float]) -> None:
    """The sampling rows, all at once (native kernel on a CPU, else a few whole-batch torch
    kernels), for every row decided within its most likely tokens (the common case); the
    rest (typical-p, a flat distribution) go row by row."""
    R, V = logits.shape
    lg = logits[samplers] if len(samplers) < R else logits
    if min(params[i].temperature or 1.0 for i in samplers) < 1e-30:
        # logits / a tiny temperature overflow float32: shift the row's maximum to 0 first.
        lg = lg - lg.max(-1, keepdim=True).values
    ks = [min(params[i].top_k or V, V) for i in samplers]
    ps = [tp if (tp := params[i].top_p) not in (None, 1.0) else 2.0 for i in samplers]  # 2.0: no top-p
    uniforms = torch.cat([torch.rand(1, generator=generators[i]) for i in samplers])
    kernels = native.load() if lg.device.type == "cpu" and lg.dtype == torch.float32 else None
    if kernels is not None:
        tok, lp, status = kernels.sample_plain(lg.contiguous(), torch.tensor([inv_t[i] for i in samplers]),
                                               torch.tensor(ks), torch.tensor(ps), uniforms.double())
        picked, lps, ok = tok.tolist(), lp.tolist(), (status == 0).tolist()
    else:
        picked, lps, ok = _sample_torch(lg, [inv_t[i] for i in samplers], ks, ps, uniforms)
    u = uniforms.tolist()
    for j, i in enumerate(samplers):
        p = params[i]
        if p.typical_p not in (None, 1.0):
            # Rare: typical decoding ranks the whole vocabulary by its distance to the entropy.
            scaled = lg[j] * inv_t[i]
            tok_ = processors.typical_draw(scaled, ks[j], p.top_p if ps[j] <= 1 else None, p.typical_p, u[j])
            tokens[i], logprobs[i] = tok_, float(torch.log_softmax(scaled, -1)[tok_])
        elif not ok[j]:
            tokens[i], logprobs[i] = _sample_flat(lg[j] * inv_t[i], ks[j], ps[j] if ps[j] <= 1 else None,
                                                  generators[i], u[j])
        else:
            tokens[i], logprobs[i] = picked[j], lps[j]


def _sample_torch(lg: torch.Tensor, inv_t: list[float], ks: list[int], ps: list[float],
                  uniforms: torch.Tensor) -> tuple[list[int], list[float], list[bool]]:
    """``native.sample_plain`` in whole-batch torch ops, on the CANDIDATES most likely
    tokens of each row: (tokens, log-probs, decided within the candidates)."""
    R, V = lg.shape
    dev = lg.device
    scaled = lg * torch.tensor(inv_t, device=dev).unsqueeze(1)
    C = min(CANDIDATES, V)
    # The candidates by tempered logit (the order of the probabilities), and each one's
    # probability from the row's log-normaliser: no whole-vocabulary softmax is written.
    cand_l, cand_i = torch.topk(scaled, C, dim=-1)  # sorted, descending
    lse = torch.logsumexp(scaled, -1, keepdim=True)
    cand_p = (cand_l - lse).exp_()
    top_p = torch.tensor(ps, device=dev).unsqueeze(1)
    k = torch.tensor(ks, device=dev).unsqueeze(1)
    # Kept: the top k, then those whose mass strictly above them is under top_p (so the
    # token that crosses top_p is kept): a prefix of the candidates, as in HF's warpers.
    keep = (torch.arange(C, device=dev) < k) & ((cand_p.cumsum(-1) - cand_p) < top_p)
    c = (cand_p * keep).cumsum(-1)
    pick = torch.searchsorted(c, c[:, -1:] * uniforms.to(dev).unsqueeze(1), right=True)
    pick = torch.minimum(pick, keep.sum(-1, keepdim=True) - 1)
    # Decided within the candidates: top-k within them, or their mass reaches top_p.
    decided = (k.squeeze(1) <= C) | (cand_p.sum(-1) >= top_p.squeeze(1))
    # Under the tempered distribution (before top-k/top-p renormalisation).
    lp = cand_l.gather(1, pick) - lse
    return cand_i.gather(1, pick).squeeze(1).tolist(), lp.squeeze(1).tolist(), decided.tolist()


def _sample_flat(scaled: torch.Tensor, k: int, top_p: float | None, generator: torch.Generator,
                 u: float) -> tuple[int, float]:
    """One row whose top-k/top-p set reaches past the candidates (a flat distribution),
    exactly, over the whole row on the host."""
    row = torch.softmax(scaled, -1).cpu()
    V = row.shape[0]
    if top_p is None:
        probs, ids = torch.topk(row, k) if k < V else (row, torch.arange(V))
        c = probs.cumsum(-1)
        pick = min(int(torch.searchsorted(c, c[-1] * u, right=True)), len(probs) - 1)
        tok = int(ids[pick])
    else:
        tok = _nucleus_by_rejection(row, top_p, generator, u)
    return tok, math.log(max(float(row[tok]), 1e-45))


class Detokenizer:
    """Turns a growing list of token ids into text pieces, holding back pieces that end
    in half a multi-byte character (TGI's prefix/read offsets)."""

    def __init__(self, tokenizer):
        self.tok = tokenizer
        self.ids: list[int] = []
        self.prefix = 0
        self.read = 0

    def push(self, token_id: int) -> str:
        self.ids.append(token_id)
        prefix_text = self.tok.decode(self.ids[self.prefix:self.read], skip_special_tokens=False)
        new_text = self.tok.decode(self.ids[self.prefix:], skip_special_tokens=False)
        if len(new_text) > len(prefix_text) and not new_text.endswith("\ufffd"):
            self.prefix, self.read = self.read, len(self.ids)
            return new_text[len(prefix_text):]
        return ""
