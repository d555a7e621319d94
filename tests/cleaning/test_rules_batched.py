"""The batched huggingtweets cleaner's fast paths against the notebook's own loop: the
one-regex URL pass (taken only when every "http" starts a word), the per-post split
that sends only the posts with a glued URL to the ten regexes, the frame split with
posts that end up empty, the one-pass entity regex, and the short test counted on a
reduced buffer. Each case checks which path ran, so a silent fallback cannot hide a
broken fast path."""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import pytest
from botfarm.cleaning import notebook as nb
from botfarm.cleaning import rules

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import bench_cleaning  # noqa: E402  (the benchmark's verbatim copy of the notebook)

# Pieces that keep every "http" at the start of a word: the one-regex URL path.
WORD_PIECES = ["hello", "World", "@user", "#tag", "http://t.co/x", "https://t.co/y", "&amp;", "&lt;", "&gt;",
               "&amp;lt;", "&amp;amp;", "&amp;gt;x", "HTTP://UP", "Http", "a@b", "c#d@e", "@", "#", "Ünïcode",
               "İstanbul", "ΣΑΣ", "👋", "…", "❤️", "x", "https://a/b?c=d", "#a@b#c", "tHTTP", "HtTp"]
JOINERS = [" ", " ", "\n", "  ", " \n ", "\t", "\r\n"]


def notebook(texts, flags):
    return bench_cleaning.notebook(list(zip(texts, flags, strict=True)))


def ours(texts, flags):
    o = rules.apply("huggingtweets", texts, flags)
    c = o.counts()
    return o.kept(), c.retweets, c.short


@pytest.fixture
def no_chain(monkeypatch):
    """Fails the test if any post falls back to the ten sequential URL regexes."""
    def fail(_post):
        raise AssertionError("fell back to the notebook's ten URL regexes")
    monkeypatch.setattr(nb, "_notebook_urls_one", fail)


@pytest.fixture
def chain_posts(monkeypatch):
    """The posts (as str) that took the ten URL regexes, in order."""
    seen, real = [], nb._notebook_urls_one
    def spy(post):
        seen.append(post.decode("utf-8"))
        return real(post)
    monkeypatch.setattr(nb, "_notebook_urls_one", spy)
    return seen


def notebook_post(t):
    """The notebook's functions on one post: (cleaned, boring)."""
    c = bench_cleaning.clean_tweet(bench_cleaning.fix_text(t))
    return c, bench_cleaning.boring_tweet(c)


# A URL start ("http:"/"https:" then a non-space) right after a non-space, by a str
# regex on the post after fix_text: the posts the split must send to the ten regexes.
GLUED = re.compile(r"(?<=\S)https?:\S")


@pytest.mark.parametrize("seed", range(6))
def test_one_regex_url_path_equals_notebook(no_chain, seed):
    rng = random.Random(seed)
    texts = []
    for _ in range(2500):
        words = [rng.choice(WORD_PIECES) + rng.choice(JOINERS) for _ in range(rng.randint(0, 9))]
        t = "".join(words)
        if rng.random() < 0.2:
            t = rng.choice(JOINERS) + t
        if rng.random() < 0.1:
            t = "RT @x: " + t
        texts.append(t)
    flags = [rng.random() < 0.05 for _ in texts]
    assert ours(texts, flags) == notebook(texts, flags)
    o = rules.apply("huggingtweets", texts, flags)
    assert o.texts == [
        "" if rt else bench_cleaning.clean_tweet(bench_cleaning.fix_text(t))
        for t, rt in zip(texts, o.is_rt, strict=True)]


def test_posts_empty_after_cleaning_keep_their_place(no_chain):
    texts = ["https://t.co/a", "one two three four", "", "   ", "https://t.co/b https://t.co/c", "\n",
             "last post words here", "http://x"]
    cleaned, reasons = rules.huggingtweets_reasons(texts)
    assert cleaned == [bench_cleaning.clean_tweet(t) for t in texts]
    assert cleaned == ["", "one two three four", "", "", "", "", "last post words here", ""]
    assert reasons == [rules.SHORT, None, rules.SHORT, rules.SHORT, rules.SHORT, rules.SHORT, None, rules.SHORT]
    assert rules.huggingtweets_reasons([""]) == ([""], [rules.SHORT])


def test_entities_in_one_pass_match_three_replaces(no_chain):
    texts = ["&amp;lt;b&amp;gt; &amp;amp;lt; &lt;&gt;&amp; &amp &lt &gt;;", "&&amp;lt;lt; a b c"]
    cleaned, _ = rules.huggingtweets_reasons(texts)
    assert cleaned == [bench_cleaning.clean_tweet(bench_cleaning.fix_text(t)) for t in texts]
    assert cleaned[0] == "<b> &amp;lt; <>& &amp &lt >;"  # "&amp;amp;lt;": one "&amp;" only


def test_short_counts_words_with_several_marks_once(no_chain):
    texts = ["#a@b#c @d plain", "#a@b#c plain words here", "HTTP plain two", "xHtTpx y z w", "a b c"]
    _, reasons = rules.huggingtweets_reasons(texts)
    assert reasons == [rules.SHORT if bench_cleaning.boring_tweet(bench_cleaning.clean_tweet(t)) else None
                       for t in texts]
    assert reasons == [rules.SHORT, None, rules.SHORT, None, None]


def test_glued_urls_take_the_ten_regexes_and_stay_exact(chain_posts):
    texts = ["see (https://t.co/x) and wordhttp://y next", "plain http://a.b words here", "http: bare and http"]
    assert ours(texts, [False] * 3) == notebook(texts, [False] * 3)
    assert chain_posts == [texts[0]]  # the bare "http:" and "http" are left alone by both paths


# A mixed batch: clean URLs everywhere, and glued ones first, last, next to each other,
# twice in a post, behind an entity; one ("httphttps://x :/z") whose ten-regex result
# holds a new "http:/z" that the one regex would wrongly delete again, and two where the
# ten's order (the "http:" round first) deletes more than the one regex would.
MIXED = [
    "(https://t.co/first) glued at the very start of the batch",
    "clean one http://t.co/a with words after",
    "two clean https://t.co/b\nhttps://t.co/c and more words",
    "wordhttp://t.co/d next to the word here",
    "[link](https://t.co/e) and \"https://t.co/f\" twice glued",
    "&gt;https://t.co/g behind an entity here ok",
    "httphttps://x :/z keeps a new url",
    "plain words without any link at all",
    "x\nhttp://t.co/h y z w",
    ":https://t.co/only",
    "last clean https://t.co/i words end",
    "a https://t.co/k:http://t.co/l b c",
    "x\nhttps://t.co/m\"http://t.co/n c d e",
    "end glued.https://t.co/j",
]


def test_mixed_batch_takes_the_split_and_matches_the_notebook(chain_posts):
    cleaned, reasons = rules.huggingtweets_reasons(MIXED)
    expect = [notebook_post(t) for t in MIXED]
    assert cleaned == [c for c, _ in expect]
    assert reasons == [rules.SHORT if b else None for _, b in expect]
    # Only the glued posts took the ten regexes (after fix_text), each once, in order.
    glued = [bench_cleaning.fix_text(t) for t in MIXED if GLUED.search(bench_cleaning.fix_text(t))]
    assert chain_posts == glued
    assert len(glued) == 9 and len(glued) < len(MIXED)
    assert cleaned[6] == "http:/z keeps a new url"
    assert cleaned[11:13] == ["a c", "x d e"]  # the one regex would keep "b", "c"


@pytest.mark.parametrize("wrong", ["one_regex_for_all", "ten_then_one_again"])
def test_mixed_batch_check_fails_when_the_split_is_wrong(monkeypatch, wrong):
    """The comparison above is sharp: a split that sends the glued posts through the one
    regex, or the ten-regex posts through it again, gives different output."""
    if wrong == "one_regex_for_all":
        monkeypatch.setattr(nb, "_notebook_urls_one", lambda post: nb._URL_WORD_RE.sub(b"", post))
    else:
        real = nb._notebook_urls_one
        monkeypatch.setattr(nb, "_notebook_urls_one", lambda post: nb._URL_WORD_RE.sub(b"", real(post)))
    cleaned, _ = rules.huggingtweets_reasons(MIXED)
    assert cleaned != [notebook_post(t)[0] for t in MIXED]


GLUE_PIECES = ["(", ")", "word", "&gt;", "&amp;", "\"", ".", ":", "http", "https", "x", "@u", "#t"]
URLS = ["http://t.co/a", "https://t.co/b", "http:", "https:", "http:/", "https://", "http://a:b"]


@pytest.mark.parametrize("seed", range(4))
def test_random_mixed_batches_split_per_post(chain_posts, seed):
    rng = random.Random(100 + seed)
    texts = []
    for _ in range(3000):
        parts = []
        for _ in range(rng.randint(0, 8)):
            w = rng.choice(WORD_PIECES)
            if rng.random() < 0.08:  # glue a URL to what precedes or follows it
                w = rng.choice(GLUE_PIECES) + rng.choice(URLS) + rng.choice(["", *GLUE_PIECES, *URLS])
            parts.append(w + rng.choice(JOINERS))
        texts.append("".join(parts))
    flags = [rng.random() < 0.05 for _ in texts]
    assert ours(texts, flags) == notebook(texts, flags)
    chain_posts.clear()
    cleaned, reasons = rules.huggingtweets_reasons(texts)
    expect = [notebook_post(t) for t in texts]
    assert cleaned == [c for c, _ in expect]
    assert reasons == [rules.SHORT if b else None for _, b in expect]
    glued = [f for f in map(bench_cleaning.fix_text, texts) if GLUED.search(f)]
    assert chain_posts == glued
    assert 0 < len(glued) < len(texts) // 2  # a split, not a whole-batch fallback


def test_form_feed_in_a_glued_post_goes_per_post():
    texts = ["a (https://t.co/x)\x0cb c d", "clean http://t.co/y one two three", "(http://z) e f g"]
    cleaned, reasons = rules.huggingtweets_reasons(texts)
    assert cleaned == [notebook_post(t)[0] for t in texts]
    assert reasons == [rules.SHORT if notebook_post(t)[1] else None for t in texts]


def test_benchmark_corpus_matches_notebook(no_chain):
    posts = bench_cleaning.generate(20_000, seed=3)
    texts, flags = [t for t, _ in posts], [f for _, f in posts]
    assert ours(texts, flags) == bench_cleaning.notebook(posts)


def test_unsafe_posts_found_in_the_buffer_go_per_post(monkeypatch):
    """Posts with whitespace the bytes regexes see differently (no-break space, en space,
    \\x1c) are found in the batch buffer and cleaned alone; the rest stay batched."""
    texts = ["\xa0first\xa0post (https://t.co/a)", "clean words http://t.co/b here now",
             "a\u2002b\u2002c\xa0d", "x\x1cy\x1dz w v", "glued:https://t.co/c and more words",
             "many\xa0\xa0\xa0nbsp\u3000here too", "plain post with four words", "last\u2029post https://t.co/d"]
    per_post = []
    real = nb.notebook_clean_tweet
    monkeypatch.setattr(nb, "notebook_clean_tweet", lambda t: per_post.append(t) or real(t))
    assert nb._unsafe_posts(len(texts), nb._framed(texts)) == [0, 2, 3, 5, 7]
    cleaned, reasons = rules.huggingtweets_reasons(texts)
    expect = [notebook_post(t) for t in texts]
    assert cleaned == [c for c, _ in expect]
    assert reasons == [rules.SHORT if b else None for _, b in expect]
    assert per_post == [bench_cleaning.fix_text(texts[i]) for i in (0, 2, 3, 5, 7)]
    # A form feed in a post makes the frames untrustworthy: the per-post search decides.
    assert nb._unsafe_posts(2, nb._framed(["a\x0cb", "c\xa0d"])) is None
    ff = ["a\x0cb (http://x) c d", "c\xa0d e f", "g h i j"]
    assert rules.huggingtweets_reasons(ff)[0] == [notebook_post(t)[0] for t in ff]
