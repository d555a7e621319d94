"""Generated and prompt tokens as the engine reports them: id, text, log-probability,
whether special, and the top alternatives."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import torch


@dataclass
class Token:
    id: int
    text: str
    logprob: float          # NaN for the first prompt token (nothing predicts it)
    special: bool
    top: list[Token] = field(default_factory=list)  # the top_n_tokens alternatives, most likely first


def token_of(runner: Any, tok: int, logprob: float) -> Token:
    """A token on its own (alternatives, prompt tokens): decoded alone, as TGI does."""
    return Token(tok, runner.tokenizer.decode([tok], skip_special_tokens=False), logprob, tok in runner.special_ids)


def prompt_tokens(runner: Any, ids: list[int], logits: torch.Tensor) -> list[Token]:
    """The prompt's tokens with the log-probability the model gave each one from the
    tokens before it (``logits`` [>= len(ids), vocab] from the prefill); the first has
    none (NaN), as in TGI's ``prefill`` details."""
    n = len(ids)
    target = torch.tensor(ids[1:], device=logits.device).unsqueeze(1)
    lps = torch.log_softmax(logits[: n - 1].float(), -1).gather(1, target).squeeze(1).tolist() if n > 1 else []
    return [token_of(runner, t, lp) for t, lp in zip(ids, [float("nan"), *lps], strict=True)]
