"""The rarer per-row sampling steps: logit processors (repetition, frequency and presence
penalties, logit bias, a grammar's allowed tokens), typical decoding and the top-n
alternatives. ``sampling.sample_rows`` calls them only for the rows that ask, so a batch
of plain requests never pays for them.

Each works on one row of the batch at a time (rows belong to different bots and
requests): a step costs what its rows asked for, not the batch size times the most
expensive request.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import torch

if TYPE_CHECKING:
    from botfarm.inference.sampling import SamplingParams


def apply(logits: torch.Tensor, params: list[SamplingParams], seen: list[torch.Tensor | None],
          generated: list[torch.Tensor | None], allowed: list[torch.Tensor | None]) -> torch.Tensor:
    """A processed copy of ``logits`` [R, vocab]: per row, HF's repetition penalty over
    the prompt and generated tokens, OpenAI's frequency/presence penalties over the
    generated tokens, the logit bias, then the grammar's mask (-inf where not allowed)."""
    logits = logits.clone()
    dev = logits.device
    for i, p in enumerate(params):
        row = logits[i]
        ids = seen[i]
        if p.repetition_penalty not in (None, 1.0) and ids is not None and ids.numel():
            ids = ids.to(dev)  # a no-op on CPU
            score = row[ids]
            row[ids] = torch.where(score < 0, score * p.repetition_penalty, score / p.repetition_penalty)
        gen = generated[i]
        if (p.frequency_penalty or p.presence_penalty) and gen is not None and gen.numel():
            uniq, counts = torch.unique(gen, return_counts=True)
            penalty = counts.to(dev, torch.float32) * (p.frequency_penalty or 0.0) + (p.presence_penalty or 0.0)
            row[uniq.to(dev)] -= penalty
        if p.logit_bias:
            ids_t = torch.tensor([t for t, _ in p.logit_bias], device=dev)
            row[ids_t] += torch.tensor([b for _, b in p.logit_bias], device=dev)
        mask = allowed[i]
        if mask is not None:
            # The model's vocabulary may be padded past the tokenizer's: padding is never allowed.
            keep = torch.zeros(row.shape[0], dtype=torch.bool)
            n = min(mask.shape[0], row.shape[0])
            keep[:n] = mask[:n]
            row.masked_fill_(~keep.to(dev), float("-inf"))
    return logits


def typical_draw(scaled: torch.Tensor, top_k: int, top_p: float | None, typical_p: float, u: float) -> int:
    """One token of a tempered row [vocab] under HF's warper chain: top-k, top-p, then
    typical-p (Meister et al. 2022: keep the tokens whose surprisal is closest to the
    entropy, up to ``typical_p`` of the mass), drawn by inverse CDF with the uniform ``u``."""
    V = scaled.shape[0]
    row = scaled.clone()
    if top_k < V:
        kth = torch.topk(row, top_k).values[-1]
        row[row < kth] = float("-inf")
    if top_p is not None:
        sorted_logits, order = torch.sort(row, descending=True)
        probs = sorted_logits.softmax(-1)
        drop = (probs.cumsum(-1) - probs) >= top_p  # keep the token that crosses top_p
        drop[0] = False
        row[order[drop]] = float("-inf")
    logp = torch.log_softmax(row, -1)
    p = logp.exp()
    entropy = -(torch.nan_to_num(logp * p)).sum()
    distance = (-logp - entropy).abs()
    dist_sorted, order = torch.sort(distance)
    cum = row[order].softmax(-1).cumsum(-1)
    last = min(int((cum < typical_p).sum()), V - 1)
    drop = dist_sorted > dist_sorted[last]
    drop[0] = False  # at least one token
    row[order[drop]] = float("-inf")
    probs = row.softmax(-1).cpu()
    c = probs.cumsum(-1)
    return min(int(torch.searchsorted(c, c[-1] * u, right=True)), V - 1)


def top_tokens(logits: torch.Tensor, params: list[SamplingParams],
               inv_t: list[float]) -> list[list[tuple[int, float]]]:
    """The ``top_n_tokens`` most likely tokens of each row that asks, with their
    log-probabilities under the distribution the token is drawn from (processed and
    tempered, before top-k/top-p), most likely first; [] for the other rows."""
    out: list[list[tuple[int, float]]] = [[] for _ in params]
    rows = [i for i, p in enumerate(params) if p.top_n_tokens]
    if not rows:
        return out
    n = max(params[i].top_n_tokens for i in rows)
    scale = torch.tensor([[inv_t[i]] for i in rows], device=logits.device)
    lp = torch.log_softmax(logits[rows] * scale, -1)
    values, ids = torch.topk(lp, min(n, lp.shape[-1]), dim=-1)
    values_l, ids_l = values.tolist(), ids.tolist()
    for j, i in enumerate(rows):
        k = params[i].top_n_tokens
        out[i] = list(zip(ids_l[j][:k], values_l[j][:k], strict=True))
    return out
