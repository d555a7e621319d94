"""Edge cases of the batched notebook cleaner's newer fast paths, each against the
notebook's own functions: the padded frame kept when no whitespace collapse runs, the
case-insensitive URL test ("HTTP" words), the short test's length bytes (and its
fallback for posts of 255 words or more), the separator byte inside posts, and the
retweet test a block at a time across block boundaries."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest
from botfarm.cleaning import notebook as nb
from botfarm.cleaning import rules

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import bench_cleaning  # noqa: E402  (the benchmark's verbatim copy of the notebook)


def expected(texts):
    """(cleaned, short flags) of the notebook's functions, one post at a time."""
    cleaned = [bench_cleaning.clean_tweet(bench_cleaning.fix_text(t)) for t in texts]
    return cleaned, bytes(bench_cleaning.boring_tweet(c) for c in cleaned)


@pytest.fixture
def no_chain(monkeypatch):
    """Fails the test if any post falls back to the ten sequential URL regexes."""
    def fail(_post):
        raise AssertionError("fell back to the notebook's ten URL regexes")
    monkeypatch.setattr(nb, "_notebook_urls_one", fail)


@pytest.mark.parametrize("texts", [
    ["one two three"],
    ["https://t.co/a"],
    ["https://t.co/a", "one two three four"],
    ["one two three four", "https://t.co/a"],
    ["a b c", "http://x", "https://y", "d e f g"],
    ["https://t.co/a lead words here", "trail words here https://t.co/b", "@a #b c"],
])
def test_batches_without_a_double_space_keep_the_padded_frame(no_chain, texts):
    # No post holds adjacent whitespace and the URLs go with their space: no collapse
    # runs, so the buffer reaches the split still padded (" \x0c " at both ends).
    tb = nb._URL_WORD_RE.sub(b"", nb._framed(texts))
    assert tb[:3] == b" \x0c " and b"  " not in tb
    assert nb.clean_batch(texts) == expected(texts)


def test_http_in_other_cases_is_not_a_url_but_is_boring(no_chain):
    texts = ["HTTP is a protocol of the web", "see http://t.co/x here now", "Http://x y z w",
             "hTtP a b", "plain words with no link", "https://t.co/y HTTPS://Z up"]
    cleaned, short = nb.clean_batch(texts)
    assert (cleaned, short) == expected(texts)
    assert cleaned[2] == "Http://x y z w" and short[2] == 0  # kept: three plain words
    assert short[3] == 1  # "hTtP" is boring, "a b" are too few


def test_http_not_starting_a_word_takes_the_per_post_path():
    texts = ["httphttp://x a b c", "xhttp://y next words here", "a http://t.co/z b c d", "nohttp at all here"]
    assert nb.clean_batch(texts) == expected(texts)


def test_posts_of_255_words_and_more(no_chain):
    texts = ["w " * 300, "a b", "@x " * 300 + "y z", "#t " * 260 + "one two three", "http://x " + "v " * 254]
    cleaned, short = nb.clean_batch(texts)
    assert (cleaned, short) == expected(texts)
    assert list(short) == [0, 1, 1, 0, 0]


@pytest.mark.parametrize("texts", [
    ["\x0c"],
    ["a\x0c", "b c d e"],
    ["one two three", "x\x0c RT @y z w v", "\x0cRT @x: a b c"],
    ["\x0c \x0c", "", "https://t.co/a\x0c", "plain words here now"],
])
def test_the_separator_byte_inside_posts(texts):
    assert nb.clean_batch(texts) == expected(texts)


def test_empty_url_only_unicode_and_crlf_posts(no_chain):
    texts = ["", "https://t.co/only", "emoji 👋 and café naïve here", "中文 日本語 한국어 words",
             "עברית مرحبا right to left", "crlf\r\nline two\r\nthree", "\r\n", "tab\tand\vvertical ok",
             " lead and trail ", "http://a https://b", "ΣΑΣ İstanbul ǅ"]
    assert nb.clean_batch(texts) == expected(texts)


@pytest.mark.parametrize("block", [1, 3, 7])
def test_retweets_are_told_apart_across_blocks(monkeypatch, block):
    rng = random.Random(block)
    pieces = ["RT @a: ", "rt @b ", "", "", "RT@c ", "RT @", " RT @d "]
    texts = [rng.choice(pieces) + " ".join(rng.choice(["a", "b", "@u", "#t", "http://t.co/x"])
                                           for _ in range(rng.randint(0, 6))) for _ in range(200)]
    flags = [rng.choice([False, False, True, 0, 1]) for _ in texts]
    whole = rules.apply("huggingtweets", texts, flags)
    monkeypatch.setattr(rules, "BATCH", block)
    o = rules.apply("huggingtweets", texts, flags)
    cool, n_rt, n_short = rules.notebook_loop(texts, flags)
    assert o.kept() == whole.kept() == cool
    c = o.counts()
    assert (c.downloaded, c.retweets, c.short, c.kept) == (200, n_rt, n_short, len(cool))
    assert o.reasons == whole.reasons
    assert [t for t, r in zip(o.texts, o.reasons, strict=True) if r is None] == cool
    assert o.cand_reasons.count(rules.SHORT) == n_short and set(o.cand_reasons) <= {None, rules.SHORT}
