"""Cleaning rule presets: which posts a bot learns from, and what is done to their text.

Two presets:

* ``huggingtweets`` reproduces the huggingtweets notebook exactly, quirks included:
  only ``&amp;``, ``&lt;``, ``&gt;`` are unescaped; URLs go by the notebook's five
  case-sensitive ``http:``/``https:`` regexes (which glue "wordhttp://x next" into
  "wordnext"); all whitespace collapses to single spaces; a post is "short" (the
  notebook's "boring") when fewer than 3 of its words contain none of ``http``, ``@``,
  ``#`` (case-insensitive), which also drops posts that are empty after cleaning.
* ``botfarm`` fixes the quirks: every HTML entity, URLs in any case, zero-width
  characters, exact duplicates (per user); it reports a count per extra reason
  ("empty", "duplicate").

A retweet, in both presets, is a post with ``is_retweet`` set by its source (which
sets it from ``retweeted_status`` or an ``is_retweet`` column) or whose original text
starts with ``RT @``.

Speed: the huggingtweets preset runs the notebook's functions over blocks of posts in
a dozen C passes each (``botfarm.cleaning.notebook``); ``bench/bench_cleaning.py``
measures it against the notebook loop and asserts identical output.
"""

from __future__ import annotations

import collections
import functools
import html
import itertools
import operator
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from botfarm.cleaning import notebook, speedups
from botfarm.cleaning.notebook import notebook_boring, notebook_clean_tweet, notebook_fix_text
from botfarm.core.errors import InvalidArgument

#: Preset names accepted everywhere (CLI flag, CreateCleanDataset.rules).
PRESETS = ("huggingtweets", "botfarm")
DEFAULT_PRESET = "huggingtweets"

#: Posts (retweets included) cleaned in one buffer by the batched huggingtweets path.
BATCH = 6_000

#: Drop reasons, in the order they are tested. "retweet" and "short" are the
#: notebook's; the rest are the botfarm preset's extras.
RETWEET, SHORT, EMPTY, DUPLICATE = "retweet", "short", "empty", "duplicate"

# The botfarm preset: a URL in any case, with the whitespace before it.
_ANY_URL_RE = re.compile(r"\s*\b(?:https?://|www\.)\S+", re.IGNORECASE)
_ZERO_WIDTH_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


def is_retweet_text(text: str) -> bool:
    return text.startswith("RT @")


@dataclass
class Counts:
    """The huggingtweets counts of one user (or a sum), plus the botfarm extras."""

    downloaded: int = 0
    retweets: int = 0
    short: int = 0
    kept: int = 0
    #: Extra drop reasons of the botfarm preset ("empty", "duplicate") -> count.
    extra: dict[str, int] = field(default_factory=dict)

    def add(self, other: Counts) -> None:
        self.downloaded += other.downloaded
        self.retweets += other.retweets
        self.short += other.short
        self.kept += other.kept
        for k, v in other.extra.items():
            self.extra[k] = self.extra.get(k, 0) + v

    def as_dict(self, *, with_extra: bool = False) -> dict:
        d: dict = {"downloaded": self.downloaded, "retweets": self.retweets,
                   "short": self.short, "kept": self.kept}
        if with_extra:
            d["dropped_by_reason"] = dict(sorted(self.extra.items()))
        return d


_RT_PREFIX = itertools.repeat("RT @")
# The huggingtweets preset's one reason, from its one byte a candidate (1: short).
_REASON_OF_SHORT = (None, SHORT)
_KEPT_OF_SHORT = bytes.maketrans(b"\x00\x01", b"\x01\x00")


class Outcome:
    """What a preset did to each post of a batch, in input order.

    Holds only the posts that were not retweets (the candidates); the full-length
    lists, and the retweet flags they need, are built when asked for, since counting
    and keeping need neither. The huggingtweets preset, whose only reason is "short",
    gives its reasons as one byte a candidate (1: short), which counts and keeps in C.
    """

    def __init__(self, texts: Sequence[str], flags: Sequence[bool], cleaned: list[str],
                 cand_reasons: list[str | None] | bytes, extra_reasons: tuple[str, ...] = ()):
        self.n, self._texts, self._flags = len(texts), texts, flags
        self.cleaned, self._cand_reasons = cleaned, cand_reasons
        #: The drop reasons besides "short" that this preset can give (counted apart).
        self.extra_reasons = extra_reasons

    @functools.cached_property
    def cand_reasons(self) -> list[str | None]:
        """None when kept, else the drop reason, for each candidate."""
        r = self._cand_reasons
        return list(map(_REASON_OF_SHORT.__getitem__, r)) if isinstance(r, bytes) else r

    @functools.cached_property
    def is_rt(self) -> list[bool]:
        """Whether each post is a retweet (by its source's flag or by "RT @")."""
        return list(map(operator.or_, map(bool, self._flags), map(str.startswith, self._texts, _RT_PREFIX)))

    def _scatter(self, fill: object, values: list) -> list:
        if len(values) == self.n:
            return list(values)
        out = [fill] * self.n
        idx = itertools.compress(range(self.n), map(operator.not_, self.is_rt))
        # map() over a bound C method keeps the scatter loop in C.
        collections.deque(map(out.__setitem__, idx, values), maxlen=0)
        return out

    @property
    def texts(self) -> list[str]:
        """The cleaned text of each post ("" for retweets, which are not cleaned)."""
        return self._scatter("", self.cleaned)

    @property
    def reasons(self) -> list[str | None]:
        """None when kept, else the drop reason, for each post."""
        return self._scatter(RETWEET, self.cand_reasons)

    def counts(self) -> Counts:
        r = self._cand_reasons
        if isinstance(r, bytes):
            extra, short = {}, r.count(1)
        else:
            extra = {k: c for k in self.extra_reasons if (c := r.count(k))}
            short = r.count(SHORT)
        return Counts(downloaded=self.n, retweets=self.n - len(r), short=short,
                      kept=len(r) - short - sum(extra.values()), extra=extra)

    def kept(self) -> list[str]:
        """The cleaned texts of the kept posts, in input order."""
        r = self._cand_reasons
        if isinstance(r, bytes):
            return list(itertools.compress(self.cleaned, r.translate(_KEPT_OF_SHORT)))
        # A reason is a non-empty str or None, so not_() is "kept".
        return list(itertools.compress(self.cleaned, map(operator.not_, r)))


def check_preset(rules: str) -> str:
    rules = rules or DEFAULT_PRESET
    if rules not in PRESETS:
        raise InvalidArgument(f"unknown cleaning rules {rules!r}; choose one of {', '.join(PRESETS)}",
                              reason="UNKNOWN_RULES", metadata={"rules": rules})
    return rules


def huggingtweets_reasons(texts: Sequence[str]) -> tuple[list[str], list[str | None]]:
    """The notebook's fix_text, clean_tweet and boring_tweet over a batch of posts,
    exactly: (cleaned texts, SHORT or None for each)."""
    cleaned, short = notebook.clean_batch(texts)
    return cleaned, list(map(_REASON_OF_SHORT.__getitem__, short))


def clean_texts_huggingtweets(texts: Sequence[str]) -> list[str]:
    """fix_text + clean_tweet of the notebook over a batch, exactly."""
    return notebook.clean_batch(texts)[0]


def clean_text_botfarm(text: str) -> str:
    text = html.unescape(text)
    text = _ZERO_WIDTH_RE.sub("", text)
    text = _ANY_URL_RE.sub("", text)
    return " ".join(text.split())


def _huggingtweets(texts: Sequence[str], flags: Sequence[bool]) -> Outcome:
    # Blocks of BATCH posts keep each buffer a few hundred KB, so the dozen passes over
    # it stay in a core's L2 cache and memory stays flat for any corpus size. Retweets
    # are told apart a block at a time, right before the join: their test reads every
    # post from memory, and the join then finds the block's posts still in cache.
    cleaned: list[str] = []
    short = []
    for i in range(0, len(texts), BATCH):
        candidates = speedups.candidates(texts, flags, i, i + BATCH)
        block_cleaned, block_short = notebook.clean_batch(candidates)
        cleaned += block_cleaned
        short.append(block_short)
    return Outcome(texts, flags, cleaned, b"".join(short))


def apply(rules: str, texts: Sequence[str], retweet_flags: Sequence[bool] | None = None,
          seen: set[str] | None = None) -> Outcome:
    """Runs a preset over one user's posts (duplicates are per user), in order.

    ``retweet_flags[i]`` is the source's own retweet flag of post i. ``seen`` carries
    the texts kept so far across calls, so a user's posts can be cleaned a block at a
    time with the result of one call over all of them.
    """
    rules = check_preset(rules)
    flags = retweet_flags if retweet_flags is not None else [False] * len(texts)
    if len(flags) != len(texts):
        raise ValueError("texts and retweet_flags differ in length")
    if rules == "huggingtweets":
        return _huggingtweets(texts, flags)
    candidates = speedups.candidates(texts, flags, 0, len(texts))
    seen = set() if seen is None else seen
    cleaned: list[str] = []
    reasons: list[str | None] = []
    for t in candidates:
        c = clean_text_botfarm(t)
        cleaned.append(c)
        if not c:
            reasons.append(EMPTY)
        elif notebook_boring(c):
            reasons.append(SHORT)
        elif c in seen:
            reasons.append(DUPLICATE)
        else:
            seen.add(c)
            reasons.append(None)
    return Outcome(texts, flags, cleaned, reasons, (EMPTY, DUPLICATE))


def notebook_loop(texts: Iterable[str], retweet_flags: Iterable[bool]) -> tuple[list[str], int, int]:
    """The notebook's per-post loop, kept as the reference the fast path is tested and
    benchmarked against: returns (kept texts, retweets, short)."""
    curated, n_retweets = [], 0
    for text, flag in zip(texts, retweet_flags, strict=True):
        if flag or text.startswith("RT @"):
            n_retweets += 1
        else:
            curated.append(notebook_fix_text(text))
    clean = [notebook_clean_tweet(t) for t in curated]
    cool = [t for t in clean if not notebook_boring(t)]
    return cool, n_retweets, len(clean) - len(cool)
