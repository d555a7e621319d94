"""The huggingtweets notebook's cleaning: its per-post functions as it wrote them, and
the same over a batch of posts, to the byte, in a dozen C passes.

The notebook loops over posts calling eleven ``re.sub`` per post. ``clean_batch``
joins a batch of posts (a few thousand, so the buffers stay in a core's cache) into
one UTF-8 buffer, each post framed by " \\x0c " so that no pattern crosses posts and
the whitespace collapse strips every post at once; the work is then C passes over the
buffer: one regex split for the three entities, one translate for the whitespace, one
URL regex instead of ten for every post whose URLs all start a word (the few posts
with a glued one, "(https://x)", take the ten in order, each alone), a split at
double spaces for the collapse, and the short test counted on the buffer reduced to
spaces, marks and frames, whose pieces' lengths give one byte a post (1: short).
What remains per post is one str.split and, for the rules, one startswith and one
compress. Every step splits at a single byte or a rare one where it can: on the
space-dense buffers here a search for b"  " or b" @" crawls at a byte a step while
memchr does not. ``bench/bench_cleaning.py`` measures it against the notebook loop
and asserts identical output; the tests compare both with the notebook on the shared
archives, on random corpora and on each fast path's edge cases.
"""

from __future__ import annotations

import itertools
import operator
import re
from collections.abc import Sequence

from botfarm.cleaning import speedups

# The notebook's URL regexes, in its order: for each of "http:" then "https:", five
# substitutions. Compiled once; the exact patterns matter (see the rules' docstring).
_NOTEBOOK_URL_RES = [
    re.compile(p)
    for w in ("http:", "https:")
    for p in (f" {w}\\S+", f"{w}\\S+ ", f"\n{w}\\S+ ", f"\n{w}\\S+", f"{w}\\S+")
]


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


# The batch works on the UTF-8 bytes of its posts framed by " \x0c "
# ("\x0c " + " \x0c ".join(posts) + " \x0c"):
# a form feed is whitespace to the regexes (\S+ stops at it) but neither of the " "
# and "\n" the notebook's patterns glue on, so nothing crosses posts, and the spaces
# around it make "strip each post" part of the one whitespace collapse. Bytes and str
# regexes agree on \s only for ASCII whitespace other than \x1c-\x1f; posts with
# those, with non-ASCII whitespace, or with the separator and marker bytes below,
# take the exact per-post path.
_SEP = b"\x0c"
_FRAME = " \x0c "
_UNSAFE_STR_RE = re.compile("[\x00-\x03\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
                            "\ud800-\udfff]")
# The same check on the UTF-8 of a batch: single bytes by memchr ("in"), the non-ASCII
# whitespace by its lead byte, then a regex only where that byte occurs. (Lone
# surrogates cannot be encoded at all, which sends the batch to the same path.)
_UNSAFE_BYTES = (b"\x00", b"\x01", b"\x02", b"\x03", b"\x1c", b"\x1d", b"\x1e", b"\x1f")
_UNSAFE_LEAD_RES = ((b"\xc2", re.compile(rb"\xc2[\x85\xa0]")), (b"\xe1", re.compile(rb"\xe1\x9a\x80")),
                    (b"\xe2", re.compile(rb"\xe2(?:\x80[\x80-\x8a\xa8\xa9\xaf]|\x81\x9f)")),
                    (b"\xe3", re.compile(rb"\xe3\x80\x80")))
_BYTES_URL_RES = [re.compile(p.pattern.encode()) for p in _NOTEBOOK_URL_RES]
# fix_text's three replace() calls in one pass. Sequential replaces also turn
# "&amp;lt;" into "<" (the "&" left by the first makes a "&lt;" for the second), so
# those two forms are matched whole; "&amp;amp;" stays "&amp;" as with replace().
_ENTITY_RE = re.compile(rb"(&(?:amp;(?:lt;|gt;)?|lt;|gt;))")  # split: entities at odd indexes
_ENTITIES = {b"&amp;": b"&", b"&amp;lt;": b"<", b"&amp;gt;": b">", b"&lt;": b"<", b"&gt;": b">"}
# One URL regex stands for the notebook's ten when every "http" in the batch, in any
# case, starts a word (follows whitespace) and starts a match of it: then each of the
# ten only ever deletes whole "http:..."/"https:..." words plus whitespace next to
# them, nothing is glued, and after the whitespace collapse the words left are the
# same. Otherwise ("wordhttp://x", "(https://x)", a bare "http:", "HTTP") _split_urls
# looks at each post.
_URL_WORD_RE = re.compile(rb"https?:\S+ ?")  # with the space after: no double space left
# Per post, the same holds when every URL start ("http:" or "https:" then a non-space:
# where any of the ten can match) follows whitespace: the ten then delete whole
# URL words and whitespace on one side of each (the " w" and "w " patterns run before
# the "\nw " that could glue), words like "xhttp" or a bare "http:" are left to both.
# A post with a glued URL start ("(https://x)", "wordhttp://x") takes the ten alone.
_URL_START_RE = re.compile(rb"https?:\S")
_match_start = operator.methodcaller("start")
_WS_TO_SPACE = bytes.maketrans(b"\t\n\r\x0b", b"    ")
# The collapse: split at double spaces (rare once URLs are gone), strip the pieces.
_DOUBLE = b"  "
# The short test keeps only spaces, marks ("@", "#" made "@"; "http" in any case made
# "@" first where any is left) and frames: a post of k words with B boring ones becomes
# k + 1 spaces (two are its frame) with each boring word's marks right after one of them.
# (Entities and whole-word URLs may go before or after: neither changes a word's
# boringness nor the count of the others.)
_HASH_TO_MARK = bytes.maketrans(b"#", b"@")
_NOT_SPACE_MARK_SEP = bytes(b for b in range(256) if b not in b" @#\x0c")
# ...so once each " " + marks pair is gone, k - B < 3 (short) is "under 4 spaces left".
_SPACE = itertools.repeat(b" ")
_SHORT_OF_SPACES = bytes(int(k < 4) for k in range(256))
# A post of 255 words or more has no length byte: then a frame followed by 4 spaces
# becomes "\x0cL", the spaces go, and each post is "\x0cL" (kept) or "\x0c" (short).
_FOUR_SPACES = b"\x0c    "
_LONG = b"\x0cL"
_SHORT_BYTE = bytes.maketrans(b"\x0c", b"\x01")
# A post empty after cleaning leaves "\x0c \x0c" (its frame spaces collapsed); it is
# held by _EMPTY until the buffer is split, so that the split can be on the frame.
_EMPTY = "\x03"
_EMPTY_TO_TEXT = {_EMPTY: ""}


def _notebook_urls_one(post: bytes) -> bytes:
    """The notebook's ten URL regexes in order, over one post's UTF-8 alone."""
    for pattern in _BYTES_URL_RES:
        if b"http" not in post:  # every pattern holds "http"; most posts lose theirs early
            break
        post = pattern.sub(b"", post)
    return post


def _split_urls(n: int, bb: bytes, tb: bytes) -> bytes | None:
    """The URL step of a batch whose posts do not all pass the one-regex test: only
    the posts with a URL start glued to what precedes it take the ten regexes, each
    alone; the rest of the buffer takes the one regex. ``bb`` is the framed batch
    after the entities, ``tb`` the same with its whitespace made spaces (same
    offsets). None when a post holds a form feed (the frames would be misread)."""
    if tb.count(_SEP) != n + 1:
        return None
    # The glued URL starts: hide the "http" of every word start (same length, and no
    # post holds a NUL), then the literal-prefixed regex finds only the others (a
    # look-behind in the pattern instead scans ~30x slower).
    glued = list(map(_match_start, _URL_START_RE.finditer(tb.replace(b" http", b" \x00ttp"))))
    if not glued:
        return _URL_WORD_RE.sub(b"", tb)
    pieces, done = [], 0  # done: offset of tb up to which pieces cover it
    for i in glued:
        if i < done:  # a second glued URL start in a post already taken
            continue
        # The post is bb[a + 2:b - 1]: its frame is "\x0c " ... " \x0c".
        a, b = tb.rfind(_SEP, 0, i), tb.find(_SEP, i)
        pieces.append(_URL_WORD_RE.sub(b"", tb[done:a + 2]))
        pieces.append(_notebook_urls_one(bb[a + 2:b - 1]).translate(_WS_TO_SPACE))
        done = b - 1
    pieces.append(_URL_WORD_RE.sub(b"", tb[done:]))
    return b"".join(pieces)


def _without_urls(n: int, bb: bytes, tb: bytes) -> tuple[bytes, bool] | None:
    """The URL step: (tb without URLs, whether no "http" in any case is left in it),
    or None when a post holds a form feed. The test runs on the lower-cased buffer, so
    that when it passes no "HTTP" is left either and the short test need not look."""
    low = tb.lower()
    if b"http" not in low:
        return tb, True
    # Whether every "http" starts a word (posts are framed by spaces): as many " http" as
    # "http" (neither can overlap itself, so each count is of every occurrence).
    total = low.count(b"http")
    ub, subs = None, -1
    if low.count(b" http") == total:
        ub, subs = _URL_WORD_RE.subn(b"", tb)
        if subs == total:  # ...and a URL: all are gone, and nothing glued to them
            return ub, True
    if b"http:" not in tb and b"https:" not in tb:
        return tb, False
    # An "http" in another case ("HTTP", "Http://x") or not a URL: the same test on the
    # lower-case ones alone decides for the URLs; the short test looks for the rest.
    total = tb.count(b"http")
    if total == tb.count(b" http"):
        if ub is None:
            ub, subs = _URL_WORD_RE.subn(b"", tb)
        if subs == total:
            return ub, False
    split = _split_urls(n, bb, tb)
    return None if split is None else (split, False)


def _short_flags(tb: bytes, http_free: bool) -> bytes:
    """boring_tweet over a collapsed framed batch: one byte a post (1: short)."""
    if not http_free:
        tb = tb.lower()
        if b"http" in tb:
            tb = tb.replace(b"http", b"@")
    red = tb.translate(_HASH_TO_MARK, _NOT_SPACE_MARK_SEP)
    if b"@" in red:
        # Each boring word takes one space with it: the one ending the piece before its
        # first mark (a split at a byte is a memchr scan; replace(b" @") crawls here).
        red = b"".join(map(bytes.removesuffix, red.split(b"@"), _SPACE))
    try:
        return bytes(map(len, red.split(_SEP)))[1:-1].translate(_SHORT_OF_SPACES)
    except ValueError:  # a post of 255 words or more: count without lengths
        return red.replace(_FOUR_SPACES, _LONG).translate(None, b" ")[:-1].replace(_LONG, b"\x00").translate(_SHORT_BYTE)


def _split_frames(tb: bytes) -> list[str]:
    """The posts of a framed buffer, as str: the frame's ends are cut from the first
    and the last piece rather than from the whole buffer (one copy less)."""
    out = speedups.split_frames(tb, _FRAME)
    if tb[:1] == b" ":  # still padded (see _framed): the ends are whole frames
        del out[-1], out[0]
    else:  # "\x0c " + ... + " \x0c"
        out[0] = out[0][2:]
        out[-1] = out[-1][:-2]  # the same piece as out[0] for a batch of one
    return out


def _batch_bytes(n: int, bb: bytes) -> tuple[list[str], bytes] | None:
    """fix_text + clean_tweet + boring_tweet over n posts free of unsafe characters, as
    the UTF-8 of ``_framed(posts)``: (cleaned texts, one byte a post: 1 short), or None
    when a post held a form feed (the separator count gives it away)."""
    if b"&" in bb:
        parts = _ENTITY_RE.split(bb)
        parts[1::2] = map(_ENTITIES.__getitem__, parts[1::2])  # no Python call per entity
        bb = b"".join(parts)
    # " ".join(post.split()) for every post at once starts with all whitespace as spaces.
    urls = _without_urls(n, bb, bb.translate(_WS_TO_SPACE))
    if urls is None:
        return None
    tb, http_free = urls
    if _DOUBLE in tb:
        # Every cut lies inside a run of spaces, so stripping the pieces and joining them
        # with one space collapses each run (and drops _framed's padding: the buffer
        # then starts and ends with "\x0c").
        tb = b" ".join(filter(None, map(bytes.strip, tb.split(_DOUBLE), itertools.repeat(b" "))))
    # Now each post is " " + its collapsed words + " " between form feeds (an empty
    # post, whose two spaces collapsed, just " ").
    short = _short_flags(tb, http_free)
    # The cleaned texts: split on the whole frame (a str per post, no strip() copies).
    # An empty post shares its one space between two frames, so the split comes out
    # short (but for a batch of one, where it is right): only then look for them.
    cleaned = _split_frames(tb)
    if len(cleaned) != n and b"\x0c \x0c" in tb:
        while b"\x0c \x0c" in tb:  # twice at most: "\x0c \x0c \x0c" holds two, overlapping
            tb = tb.replace(b"\x0c \x0c", b"\x0c \x03 \x0c")
        cleaned = _split_frames(tb)
        cleaned = list(map(_EMPTY_TO_TEXT.get, cleaned, cleaned))
    if len(cleaned) != n or len(short) != n:
        return None
    return cleaned, short


def _framed(texts: Sequence[str]) -> bytes:
    """UTF-8 of " \x0c " + " \x0c ".join(texts) + " \x0c " (UnicodeEncodeError on a lone
    surrogate): the frame, padded with a space at each end, which costs no extra copy
    of the buffer and goes with the first whitespace collapse."""
    return _FRAME.join(["", *texts, ""]).encode("utf-8")


def _bytes_unsafe(bb: bytes) -> bool:
    if any(map(bb.__contains__, _UNSAFE_BYTES)):
        return True
    return any(lead in bb and rx.search(bb) for lead, rx in _UNSAFE_LEAD_RES)


def _unsafe_posts(n: int, bb: bytes) -> list[int] | None:
    """The indexes, ascending, of the posts of a framed batch that hold an unsafe
    character (as _bytes_unsafe sees them), or None when a post holds a form feed."""
    if bb.count(_SEP) != n + 1:
        return None
    hits = []
    for ch in _UNSAFE_BYTES:
        i = bb.find(ch)
        while i != -1:  # one hit a post is enough: go on from the post's end
            hits.append(i)
            i = bb.find(ch, bb.find(_SEP, i))
    for lead, rx in _UNSAFE_LEAD_RES:
        if lead in bb:
            hits += map(_match_start, rx.finditer(bb))
    out, end, k = [], 0, -1  # k: the post that ends at end (-1: the frame's start)
    for i in sorted(hits):
        if i < end:  # in the post just taken
            continue
        k += bb.count(_SEP, end, i)
        out.append(k)
        end = bb.find(_SEP, i)
    return out


def clean_batch(texts: Sequence[str]) -> tuple[list[str], bytes]:
    """The notebook's fix_text, clean_tweet and boring_tweet over a batch of posts,
    exactly: (cleaned texts, one byte a post: 1 when boring_tweet, the rules' "short")."""
    if not texts:
        return [], b""
    try:
        bb = _framed(texts)
    except UnicodeEncodeError:  # a lone surrogate: per post below
        bb = None
    if bb is not None and not _bytes_unsafe(bb):
        out = _batch_bytes(len(texts), bb)
        if out is not None:
            return out
    # A few posts of a real batch (a no-break space, an en space) go per post: found
    # in the buffer when its frames can be trusted, else by a regex search per post.
    n = len(texts)
    at = _unsafe_posts(n, bb) if bb is not None else None
    if at is None:
        unsafe = list(map(operator.or_, map(bool, map(_UNSAFE_STR_RE.search, texts)),
                          map(operator.contains, texts, itertools.repeat("\x0c"))))
    else:
        unsafe = [False] * n
        for i in at:
            unsafe[i] = True
    safe = list(itertools.compress(texts, map(operator.not_, unsafe)))
    done = _batch_bytes(len(safe), _framed(safe)) if safe else ([], b"")
    if done is None:  # cannot happen: no form feed in these; never guess
        raise AssertionError("batch separator count changed")
    cleaned, short = done[0], bytearray(done[1])
    for i in itertools.compress(range(n), unsafe):  # ascending: each lands at i
        c = notebook_clean_tweet(notebook_fix_text(texts[i]))
        cleaned.insert(i, c)
        short.insert(i, notebook_boring(c))
    return cleaned, bytes(short)
