"""The batched huggingtweets cleaner's fast paths against the notebook's own loop: the
one-regex URL pass (taken only when every "http" starts a word), the frame split with
posts that end up empty, the one-pass entity regex, and the short test counted on a
reduced buffer. Each case checks which path ran, so a silent fallback cannot hide a
broken fast path."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest
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
    """Fails the test if a batch falls back to the ten sequential URL regexes."""
    def fail(_bb):
        raise AssertionError("fell back to the notebook's ten URL regexes")
    monkeypatch.setattr(rules, "_notebook_urls", fail)


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


def test_glued_urls_take_the_ten_regexes_and_stay_exact(monkeypatch):
    calls = []
    real = rules._notebook_urls
    monkeypatch.setattr(rules, "_notebook_urls", lambda bb: calls.append(1) or real(bb))
    texts = ["see (https://t.co/x) and wordhttp://y next", "plain http://a.b words here", "http: bare and http"]
    assert ours(texts, [False] * 3) == notebook(texts, [False] * 3)
    assert calls


def test_benchmark_corpus_matches_notebook(no_chain):
    posts = bench_cleaning.generate(20_000, seed=3)
    texts, flags = [t for t, _ in posts], [f for _, f in posts]
    assert ours(texts, flags) == bench_cleaning.notebook(posts)
