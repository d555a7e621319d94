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

import collections
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
# The batched path works on the UTF-8 bytes of a whole batch, posts separated by a
# form feed: bytes ops are fast, and a form feed is whitespace to the regexes (\S+
# stops at it) but neither of the " " and "\n" the notebook's patterns glue on, so
# nothing crosses posts. Bytes and str regexes agree on \s only for ASCII
# whitespace other than \x1c-\x1f; posts with those, with non-ASCII whitespace, or
# with the separator and marker bytes below, take the exact per-post path.
_SEP = b"\x0c"
_UNSAFE_STR_RE = re.compile("[\x00-\x02\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
                            "\ud800-\udfff]")
_BYTES_URL_RES = [re.compile(p.pattern.encode()) for p in _NOTEBOOK_URL_RES]
# The short test marks http/@/# with _MARK, then turns each mark and the rest of its
# word into one _BORING, so a word with several marks counts once. Lower-casing bytes
# (ASCII only) is enough: no non-ASCII character lower-cases to h, t, p, @ or #.
_MARK, _BORING = b"\x01", b"\x02"
_MARKED_REST_RE = re.compile(rb"\x01[^ \x0c]*+")
_SPACES_RE = re.compile(rb"  +")


_SHORT_OR_KEPT = (None, SHORT)
_RETWEET_OR_KEPT = (None, RETWEET)


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
        r = self.reasons
        extra = {k: r.count(k) for k in (EMPTY, DUPLICATE) if k in r}
        return Counts(downloaded=len(r), retweets=r.count(RETWEET), short=r.count(SHORT), kept=r.count(None),
                      extra=extra)

    def kept(self) -> list[str]:
        """The cleaned texts of the kept posts, in input order."""
        return list(itertools.compress(self.texts, map(operator.is_, self.reasons, itertools.repeat(None))))


def check_preset(rules: str) -> str:
    rules = rules or DEFAULT_PRESET
    if rules not in PRESETS:
        raise InvalidArgument(f"unknown cleaning rules {rules!r}; choose one of {', '.join(PRESETS)}",
                              reason="UNKNOWN_RULES", metadata={"rules": rules})
    return rules


def _batch_bytes(texts: Sequence[str], bb: bytes | None = None) -> tuple[list[str], list[bool]]:
    """fix_text + clean_tweet + boring_tweet over posts free of unsafe characters
    (``bb``: their UTF-8 join, when the caller has it already)."""
    if bb is None:
        bb = "\x0c".join(texts).encode("utf-8")
    # "in" is a fast scan; replace() costs a copy, so only when there is work.
    for entity, char in ((b"&amp;", b"&"), (b"&lt;", b"<"), (b"&gt;", b">")):
        if entity in bb:
            bb = bb.replace(entity, char)
    if b"http:" in bb or b"https:" in bb:
        for pattern in _BYTES_URL_RES:
            bb = pattern.sub(b"", bb)
    # " ".join(post.split()) for every post at once: all whitespace to spaces, runs of
    # spaces to one, none beside a separator.
    for ch in (b"\t", b"\n", b"\r", b"\x0b"):
        if ch in bb:
            bb = bb.replace(ch, b" ")
    if b"  " in bb:
        bb = _SPACES_RE.sub(b" ", bb)
    for edge in (b" \x0c", b"\x0c "):
        if edge in bb:
            bb = bb.replace(edge, _SEP)
    bb = bb.strip(b" ")
    # The boring test, counted: each word gets one leading space, so spaces count words.
    low = b" " + bb.replace(_SEP, b"\x0c ").lower()
    if b"@" in low or b"#" in low or b"http" in low:
        low = low.replace(b"http", _MARK).replace(b"@", _MARK).replace(b"#", _MARK)
        low = _MARKED_REST_RE.sub(_BORING, low)
    segs = low.split(_SEP)
    words = map(bytes.count, segs, itertools.repeat(b" "))
    boring = map(bytes.count, segs, itertools.repeat(_BORING))
    short = list(map(operator.gt, itertools.repeat(3), map(operator.sub, words, boring)))
    cleaned = bb.decode("utf-8").split("\x0c")
    if len(cleaned) != len(texts) or len(short) != len(texts):  # cannot happen; never guess
        raise AssertionError("batch separator count changed")
    return cleaned, short


def huggingtweets_batch(texts: Sequence[str]) -> tuple[list[str], list[bool]]:
    """The notebook's fix_text, clean_tweet and boring_tweet over a batch of posts,
    exactly: (cleaned texts, short flags)."""
    if not texts:
        return [], []
    big = "\x0c".join(texts)
    # A character-class regex scans a str fast (a bytes alternation would not).
    if big.count("\x0c") == len(texts) - 1 and not _UNSAFE_STR_RE.search(big):
        return _batch_bytes(texts, big.encode("utf-8"))
    unsafe = list(map(bool, map(_UNSAFE_STR_RE.search, texts)))
    unsafe = [u or "\x0c" in t for u, t in zip(unsafe, texts, strict=True)]
    safe_idx = [i for i, u in enumerate(unsafe) if not u]
    cleaned = [""] * len(texts)
    short = [False] * len(texts)
    if safe_idx:
        c, s = _batch_bytes([texts[i] for i in safe_idx])
        for i, ci, si in zip(safe_idx, c, s, strict=True):
            cleaned[i], short[i] = ci, si
    for i, u in enumerate(unsafe):
        if u:
            cleaned[i] = notebook_clean_tweet(notebook_fix_text(texts[i]))
            short[i] = notebook_boring(cleaned[i])
    return cleaned, short


def clean_texts_huggingtweets(texts: Sequence[str]) -> list[str]:
    """fix_text + clean_tweet of the notebook over a batch, exactly."""
    return huggingtweets_batch(texts)[0]


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
    reasons: list[str | None] = list(map(_RETWEET_OR_KEPT.__getitem__, is_rt))
    idx = list(itertools.compress(range(n), map(operator.not_, is_rt)))
    candidates = list(itertools.compress(texts, map(operator.not_, is_rt)))
    out = [""] * n
    if rules == "huggingtweets":
        cleaned, short = huggingtweets_batch(candidates)
        cand_reasons = list(map(_SHORT_OR_KEPT.__getitem__, short))
        if len(idx) == n:  # no retweets: no scatter
            return Outcome(cleaned, cand_reasons)
        # Scatter back into input order; map() over bound C methods keeps it in C.
        collections.deque(map(out.__setitem__, idx, cleaned), maxlen=0)
        collections.deque(map(reasons.__setitem__, idx, cand_reasons), maxlen=0)
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
