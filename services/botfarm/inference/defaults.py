"""A bot's generation defaults and the one precedence rule between them and a request.

A bot trained by botfarm stores the huggingtweets recipe in its ``generation_config.json``
(``botfarm.registry.genconfig``): sampling with top-p 0.95 at temperature 1, at least 10
and at most 160 new tokens, and the newline tokens among its end-of-sequence ids (one
post per generation). The loader reads that file when it loads the bot
(``from_generation_config``); the newline ids become the stop sequence "\\n", never a
runner-wide end of sequence, so a request can still ask for several lines.

The rule (``apply``), the same on every API (TGI and OpenAI routes, gRPC, ``botfarm
generate``):

1. A parameter the request gives is used as given. "Gives" means present and not
   null; TGI's empty ``stop`` list counts as not given (the ``text-generation`` client
   always sends one), an OpenAI ``stop`` is given when present.
2. A parameter the request does not give takes the bot's default, where it has one.
3. Else the API's own default (TGI: 20 new tokens, greedy; OpenAI: 16 or 100 tokens).

Two refinements: a request that turns sampling off (``do_sample: false``, OpenAI's
``temperature: 0``) gets none of the bot's sampling parameters (greedy, as asked); a
request with a grammar gets neither the default stop nor the default minimum (a JSON
document may need new lines). The bot's ``min_new_tokens`` yields to a smaller
``max_new_tokens``; a request giving both the wrong way round is refused.
Parameters built directly in Python (``given`` None) are used as they are.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, fields, replace
from typing import Any

import torch

from botfarm.inference.sampling import SamplingParams

#: The parameters a bot's defaults can fill.
SAMPLING_KEYS = ("do_sample", "temperature", "top_p", "top_k", "typical_p")
DEFAULTABLE = (*SAMPLING_KEYS, "max_new_tokens", "min_new_tokens", "repetition_penalty", "stop")


@dataclass(frozen=True)
class GenerationDefaults:
    """What a bot generates with when a request does not say (None: no default)."""

    max_new_tokens: int | None = None
    min_new_tokens: int | None = None
    do_sample: bool | None = None
    temperature: float | None = None
    top_p: float | None = None
    top_k: int | None = None
    typical_p: float | None = None
    repetition_penalty: float | None = None
    stop: tuple[str, ...] | None = None

    @classmethod
    def from_generation_config(cls, config: dict, tokenizer: Any, eos_ids: set[int]) -> GenerationDefaults:
        """The defaults a ``generation_config.json`` holds; end-of-sequence ids that are not
        the model's own (``eos_ids``) and decode to a new line make the stop "\\n"."""
        def num(key: str, kind: type) -> Any:
            v = config.get(key)
            return kind(v) if isinstance(v, int | float) and not isinstance(v, bool) else None

        eos = config.get("eos_token_id")
        extra = [i for i in (eos if isinstance(eos, list) else []) if isinstance(i, int) and i not in eos_ids]
        stop = ("\n",) if extra and any("\n" in tokenizer.decode([i]) for i in extra) else None
        do_sample = config.get("do_sample") if isinstance(config.get("do_sample"), bool) else None
        top_k = num("top_k", int)
        return cls(max_new_tokens=num("max_new_tokens", int), min_new_tokens=num("min_new_tokens", int),
                   do_sample=do_sample, temperature=num("temperature", float), top_p=num("top_p", float),
                   # transformers' own default top_k (50) is in most configs; only a sampling bot's counts.
                   top_k=top_k if do_sample else None, typical_p=num("typical_p", float),
                   repetition_penalty=num("repetition_penalty", float), stop=stop)

    def apply(self, params: SamplingParams) -> SamplingParams:
        """``params`` with the defaults filled in by the rule above."""
        given = params.given
        if given is None:
            return params
        greedy = "do_sample" in given and not params.do_sample
        constrained = params.grammar is not None
        fill: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if value is None or f.name in given:
                continue
            if (greedy and f.name in SAMPLING_KEYS) or (constrained and f.name in ("stop", "min_new_tokens")):
                continue
            fill[f.name] = value
        out = replace(params, **fill) if fill else params
        if "min_new_tokens" not in given and out.min_new_tokens > out.max_new_tokens:
            # The bot's minimum yields to the request's maximum; a request's own pair that
            # disagrees is refused by validation (422), not bent.
            out = replace(out, min_new_tokens=out.max_new_tokens)
        return out


def given_fields(values: dict[str, Any]) -> frozenset[str]:
    """The names among ``values`` (parameter name -> the request's value) that the
    request gives: present and not None."""
    return frozenset(k for k, v in values.items() if v is not None)


#: Masks kept per runner (one per distinct stop tuple; requests may bring their own).
MASKS_KEPT = 64


def min_tokens_mask(runner: Any, stop: tuple[str, ...]) -> torch.Tensor:
    """The tokens a request may draw before its ``min_new_tokens``: not an end of
    sequence, and no token holding a stop sequence whole (so a newline stop cannot end a
    post before its minimum, as transformers' ``min_new_tokens`` holds back a newline
    that is an end-of-sequence id). The vocabulary is decoded once per runner; masks
    are cached per stop tuple, the least recently used dropped beyond ``MASKS_KEPT``."""
    cache: OrderedDict[tuple[str, ...], torch.Tensor] = runner.__dict__.setdefault("_min_tokens_masks", OrderedDict())
    mask = cache.get(stop)
    if mask is not None:
        cache.move_to_end(stop)
        return mask
    tok = runner.tokenizer
    size = len(tok)
    mask = torch.ones(size, dtype=torch.bool)
    for i in runner.eos_ids:
        if 0 <= i < size:
            mask[i] = False
    if stop:
        texts = runner.__dict__.get("_token_texts")
        if texts is None:
            texts = runner.__dict__["_token_texts"] = tok.batch_decode([[i] for i in range(size)],
                                                                       skip_special_tokens=False)
        for i, text in enumerate(texts):
            if any(s in text for s in stop):
                mask[i] = False
    cache[stop] = mask
    while len(cache) > MASKS_KEPT:
        cache.popitem(last=False)
    return mask
