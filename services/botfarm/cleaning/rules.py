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
of posts is joined into one UTF-8 buffer with a separator that no pattern can cross;
the same regexes, the whitespace collapse and a counting form of the short test run
over the whole buffer in C, and what remains per post are map() calls over C
functions (``bench/bench_cleaning.py`` measures it against the notebook loop; the
tests compare both on the shared archives and on random corpora).
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

#: Posts cleaned in one buffer by the batched huggingtweets path.
BATCH = 50_000

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
# bytes.lower() plus @ and # turned into _MARK, in one table.
_LOWER_MARK = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ@#", b"abcdefghijklmnopqrstuvwxyz\x01\x01")


_SHORT_OR_KEPT = (None, SHORT)


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


class Outcome:
    """What a preset did to each post of a batch, in input order.

    Holds only the posts that were not retweets (the candidates); the full-length
    lists are built when asked for, since counting and keeping need neither.
    """

    def __init__(self, n: int, is_rt: list[bool], cleaned: list[str], cand_reasons: list[str | None]):
        self.n, self.is_rt, self.cleaned, self.cand_reasons = n, is_rt, cleaned, cand_reasons

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
        r = self.cand_reasons
        extra = {k: r.count(k) for k in (EMPTY, DUPLICATE) if k in r}
        return Counts(downloaded=self.n, retweets=self.n - len(r), short=r.count(SHORT), kept=r.count(None),
                      extra=extra)

    def kept(self) -> list[str]:
        """The cleaned texts of the kept posts, in input order."""
        return list(itertools.compress(self.cleaned, map(operator.is_, self.cand_reasons, itertools.repeat(None))))


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
    # Spaces at the ends of posts are stripped per post below (a map of strip), which
    # is cheaper than two-byte replaces over the whole buffer.
    # The boring test, counted: lower-casing and marking @ and # is one translate();
    # each marked word then holds exactly one _BORING.
    low = bb.translate(_LOWER_MARK)
    if b"http" in low:
        low = low.replace(b"http", _MARK)
    if _MARK in low:
        low = _MARKED_REST_RE.sub(_BORING, low)
    segs = list(map(bytes.strip, low.split(_SEP), itertools.repeat(b" ")))
    # A stripped, collapsed post of w words has w - 1 spaces (an empty one 0 and 0), so
    # "fewer than 3 words that are not boring" is: spaces - boring < 2.
    spaces = map(bytes.count, segs, itertools.repeat(b" "))
    boring = map(bytes.count, segs, itertools.repeat(_BORING))
    short = list(map(operator.gt, itertools.repeat(2), map(operator.sub, spaces, boring)))
    cleaned = list(map(str.strip, bb.decode("utf-8").split("\x0c"), itertools.repeat(" ")))
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
    candidates = list(itertools.compress(texts, map(operator.not_, is_rt)))
    if rules == "huggingtweets":
        # Batches of BATCH posts keep each buffer a few MB, so memory stays flat for
        # any corpus size (measured: no speed difference either way).
        cleaned, short = [], []
        for i in range(0, len(candidates), BATCH):
            c, f = huggingtweets_batch(candidates[i:i + BATCH])
            cleaned += c
            short += f
        return Outcome(n, is_rt, cleaned, list(map(_SHORT_OR_KEPT.__getitem__, short)))
    seen: set[str] = set()
    cleaned, reasons = [], []
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
    return Outcome(n, is_rt, cleaned, reasons)


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
