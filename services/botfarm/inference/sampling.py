"""Per-request sampling parameters, their validation, the sampler and incremental
detokenisation. Each request has its own ``torch.Generator`` seeded from its seed, so
the same seed gives the same text whatever else shares the batch."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field

import torch

from botfarm.core.errors import InvalidArgument


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

    @property
    def sampling(self) -> bool:
        # As TGI: any warper turns sampling on.
        return bool(self.do_sample or (self.temperature not in (None, 1.0)) or self.top_k
                    or (self.top_p not in (None, 1.0)))

    def validate(self, max_new_tokens_limit: int) -> SamplingParams:
        def bad(msg: str, field_: str):
            raise InvalidArgument(msg, reason="INVALID_PARAMETER", metadata={"field": field_})

        if not isinstance(self.max_new_tokens, int) or self.max_new_tokens <= 0:
            bad("`max_new_tokens` must be strictly positive", "max_new_tokens")
        if self.max_new_tokens > max_new_tokens_limit:
            bad(f"`max_new_tokens` must be <= {max_new_tokens_limit}", "max_new_tokens")
        if self.temperature is not None and not (math.isfinite(self.temperature) and self.temperature > 0):
            bad("`temperature` must be strictly positive", "temperature")
        if self.top_p is not None and not (math.isfinite(self.top_p) and 0 < self.top_p <= 1):
            bad("`top_p` must be > 0.0 and <= 1.0", "top_p")
        if self.top_k is not None and self.top_k < 0:
            bad("`top_k` must be strictly positive", "top_k")
        if self.repetition_penalty is not None and not (
                math.isfinite(self.repetition_penalty) and self.repetition_penalty > 0):
            bad("`repetition_penalty` must be strictly positive", "repetition_penalty")
        if self.seed is not None and not (0 <= self.seed < 2 ** 63):
            bad("`seed` must be a non-negative 64-bit integer", "seed")
        if self.truncate is not None and self.truncate <= 0:
            bad("`truncate` must be strictly positive", "truncate")
        if len(self.stop) > 8 or any(not s or len(s) > 256 for s in self.stop):
            bad("at most 8 non-empty `stop` sequences of at most 256 characters", "stop")
        return self

    def with_seed(self) -> tuple[SamplingParams, torch.Generator]:
        seed = self.seed if self.seed is not None else random.getrandbits(63)
        g = torch.Generator()
        g.manual_seed(seed)
        return (SamplingParams(**{**self.__dict__, "seed": seed}), g)


def choose(logits: torch.Tensor, params: SamplingParams, generator: torch.Generator,
           seen: torch.Tensor | None) -> int:
    """Picks the next token from one row's logits (float32 [vocab]); HF's order:
    repetition penalty, temperature, top-k, top-p."""
    if params.repetition_penalty not in (None, 1.0) and seen is not None and seen.numel():
        logits = logits.clone()
        score = logits[seen]
        rp = params.repetition_penalty
        logits[seen] = torch.where(score < 0, score * rp, score / rp)
    if not params.sampling:
        return int(torch.argmax(logits))
    if params.temperature not in (None, 1.0):
        logits = logits / params.temperature
    if params.top_k:
        k = min(params.top_k, logits.shape[-1])
        kth = torch.topk(logits, k).values[-1]
        logits = logits.masked_fill(logits < kth, float("-inf"))
    if params.top_p not in (None, 1.0):
        sorted_logits, order = torch.sort(logits, descending=True)
        cum = torch.softmax(sorted_logits, -1).cumsum(-1)
        drop = cum - torch.softmax(sorted_logits, -1) >= params.top_p  # keep the token that crosses top_p
        logits = logits.clone()
        logits[order[drop]] = float("-inf")
    probs = torch.softmax(logits, -1)
    return int(torch.multinomial(probs, 1, generator=generator))


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
