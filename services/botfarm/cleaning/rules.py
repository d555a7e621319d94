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

Speed: the notebook loops over posts calling eleven ``re.sub`` per post. Here a batch
of posts is joined into one string with a separator that no pattern can cross, the
same regexes run once over the whole batch in C, and only cheap list comprehensions
remain per post (``bench/bench_cleaning.py`` measures it against the notebook loop).
"""

from __future__ import annotations

import html
import itertools
import operator
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from botfarm.core.errors import InvalidArgument

#: Preset names accepted everywhere (CLI flag, CreateCleanDataset.rules).
PRESETS = ("huggingtweets", "botfarm")
DEFAULT_PRESET = "huggingtweets"

#: Drop reasons, in the order they are tested. "retweet" and "short" are the
#: notebook's; the rest are the botfarm preset's extras.
RETWEET, SHORT, EMPTY, DUPLICATE = "retweet", "short", "empty", "duplicate"

# The notebook's URL regexes, in its order: for each of "http:" then "https:", five
# substitutions. Compiled once; the exact patterns matter (see module docstring).
_NOTEBOOK_URL_RES = [
    re.compile(p)
    for w in ("http:", "https:")
    for p in (f" {w}\\S+", f"{w}\\S+ ", f"\n{w}\\S+ ", f"\n{w}\\S+", f"{w}\\S+")
]
# The botfarm preset: a URL in any case, with the whitespace before it.
_ANY_URL_RE = re.compile(r"\s*\b(?:https?://|www\.)\S+", re.IGNORECASE)
_ZERO_WIDTH_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# The short test marks http/@/# with _MARK, then turns each mark and the rest of its
# word into one _BORING (so a word with several marks counts once).
_MARK, _BORING = "\x01", "\x02"
_MARKED_REST_RE = re.compile("\x01[^ \x00]*+")

# Every character str.split() splits on (the same set as the regex \s), apart from
# the batch separator: ASCII ones are replaced with str.replace, the rest by regex.
_ASCII_WS = "\t\n\x0b\x0c\r\x1c\x1d\x1f"
_OTHER_WS_RE = re.compile("[\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]")

# Batch separators. _SEP_WS is whitespace to the regexes (\S+ stops at it, and the
# notebook's patterns only glue on a literal " " or "\n"), so URL removal cannot
# cross posts; _SEP_TOKEN is not whitespace, so the short test's counting keeps it.
# Posts holding any of these characters take the exact per-post path.
_SEP_WS = "\x1e"
_SEP_TOKEN = "\x00"


def notebook_fix_text(text: str) -> str:
    """The notebook's ``fix_text``: three entities only, in its order."""
    return text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")


def notebook_clean_tweet(tweet: str) -> str:
    """The notebook's ``clean_tweet`` (allow_new_lines=False), one post at a time."""
    for pattern in _NOTEBOOK_URL_RES:
        tweet = pattern.sub("", tweet)
    return " ".join(tweet.split())


def notebook_boring(tweet: str) -> bool:
    """The notebook's ``boring_tweet``."""
    boring_stuff = ("http", "@", "#")
    return sum(1 for w in tweet.split() if all(b not in w.lower() for b in boring_stuff)) < 3


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


@dataclass(frozen=True)
class Outcome:
    """What a preset did to each post of a batch, in input order."""

    #: The cleaned text of each post ("" when dropped before cleaning).
    texts: list[str]
    #: None when kept, else the drop reason.
    reasons: list[str | None]

    def counts(self) -> Counts:
        c = Counts(downloaded=len(self.reasons))
        for r in self.reasons:
            if r is None:
                c.kept += 1
            elif r == RETWEET:
                c.retweets += 1
            elif r == SHORT:
                c.short += 1
            else:
                c.extra[r] = c.extra.get(r, 0) + 1
        return c


def check_preset(rules: str) -> str:
    rules = rules or DEFAULT_PRESET
    if rules not in PRESETS:
        raise InvalidArgument(f"unknown cleaning rules {rules!r}; choose one of {', '.join(PRESETS)}",
                              reason="UNKNOWN_RULES", metadata={"rules": rules})
    return rules


def _collapse_batch(big: str, n: int) -> list[str]:
    """Splits a ``_SEP_WS``-joined batch into posts, each as ``" ".join(post.split())``
    would give it, with whole-batch string operations only: every whitespace character
    becomes a space, runs of spaces shrink to one, and spaces beside a separator go."""
    for ch in _ASCII_WS:
        if ch in big:
            big = big.replace(ch, " ")
    if not big.isascii() and _OTHER_WS_RE.search(big):
        big = _OTHER_WS_RE.sub(" ", big)
    while "  " in big:
        big = big.replace("    ", " ").replace("  ", " ")
    big = big.replace(" " + _SEP_WS, _SEP_WS).replace(_SEP_WS + " ", _SEP_WS).strip(" ")
    parts = big.split(_SEP_WS)
    if len(parts) != n:  # cannot happen: separators were counted before
        raise AssertionError("batch separator count changed")
    return parts


def _short_flags(cleaned: list[str]) -> list[bool]:
    """The notebook's boring test for a batch of collapsed posts, counted instead of
    looped: each word gets a leading space, so spaces count words; each marker
    (http, @, #, after lower-casing) and the rest of its word become one
    ``_BORING``, so those count the boring words."""
    lower = " " + (_SEP_TOKEN + " ").join(cleaned).lower()
    if "@" in lower or "#" in lower or "http" in lower:
        lower = lower.replace("http", _MARK).replace("@", _MARK).replace("#", _MARK)
        lower = _MARKED_REST_RE.sub(_BORING, lower)
    parts = lower.split(_SEP_TOKEN)
    if len(parts) != len(cleaned):  # a post lower-cased into the separator: be exact anyway
        return [notebook_boring(t) for t in cleaned]
    words = map(str.count, parts, itertools.repeat(" "))
    boring = map(str.count, parts, itertools.repeat(_BORING))
    return list(map(operator.gt, itertools.repeat(3), map(operator.sub, words, boring)))


def clean_texts_huggingtweets(texts: Sequence[str]) -> list[str]:
    """fix_text + clean_tweet of the notebook over a batch, exactly."""
    if not texts:
        return []
    big = _SEP_WS.join(texts)
    if big.count(_SEP_WS) != len(texts) - 1 or _SEP_TOKEN in big or _MARK in big or _BORING in big:
        # A post holds a separator character: the slow exact path.
        return [notebook_clean_tweet(notebook_fix_text(t)) for t in texts]
    big = notebook_fix_text(big)
    if "http:" in big or "https:" in big:
        # Only posts holding "http" can match; running the ten regexes over just
        # those (about half of real posts) halves the scanning.
        has = list(map(operator.contains, texts, itertools.repeat("http")))
        parts = big.split(_SEP_WS)
        linked = _SEP_WS.join(itertools.compress(parts, has))
        for pattern in _NOTEBOOK_URL_RES:
            linked = pattern.sub("", linked)
        fixed = iter(linked.split(_SEP_WS))
        big = _SEP_WS.join([next(fixed) if h else p for p, h in zip(parts, has, strict=True)])
    return _collapse_batch(big, len(texts))


def clean_text_botfarm(text: str) -> str:
    text = html.unescape(text)
    text = _ZERO_WIDTH_RE.sub("", text)
    text = _ANY_URL_RE.sub("", text)
    return " ".join(text.split())


def apply(rules: str, texts: Sequence[str], retweet_flags: Sequence[bool] | None = None) -> Outcome:
    """Runs a preset over one user's posts (duplicates are per user), in order.

    ``retweet_flags[i]`` is the source's own retweet flag of post i.
    """
    rules = check_preset(rules)
    n = len(texts)
    flags = retweet_flags if retweet_flags is not None else [False] * n
    if len(flags) != n:
        raise ValueError("texts and retweet_flags differ in length")
    # map() over C functions: this runs per post, so no Python-level loop body.
    is_rt = list(map(operator.or_, map(bool, flags), map(str.startswith, texts, itertools.repeat("RT @"))))
    reasons: list[str | None] = [RETWEET if r else None for r in is_rt]
    idx = list(itertools.compress(range(n), map(operator.not_, is_rt)))
    candidates = list(itertools.compress(texts, map(operator.not_, is_rt)))
    out = [""] * n
    if rules == "huggingtweets":
        cleaned = clean_texts_huggingtweets(candidates)
        short = _short_flags(cleaned) if cleaned else []
        for i, c, s in zip(idx, cleaned, short, strict=True):
            out[i] = c
            if s:
                reasons[i] = SHORT
        return Outcome(out, reasons)
    seen: set[str] = set()
    for i, t in zip(idx, candidates, strict=True):
        c = clean_text_botfarm(t)
        out[i] = c
        if not c:
            reasons[i] = EMPTY
        elif notebook_boring(c):
            reasons[i] = SHORT
        elif c in seen:
            reasons[i] = DUPLICATE
        else:
            seen.add(c)
    return Outcome(out, reasons)


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
