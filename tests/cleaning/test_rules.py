"""The cleaning presets: the huggingtweets counts on the shared archives, the batched
cleaner equal to the notebook's loop on tricky inputs, and the botfarm extras."""

from __future__ import annotations

import random

import pytest
from botfarm.cleaning import rules
from botfarm.core.errors import InvalidArgument
from botfarm.ingestion.sources.detect import read_path

EXPECTED = {
    "andreruffert": (1986, 643, 230, 1113),
    "smithjd": (1758, 128, 43, 1587),
}


@pytest.mark.parametrize("handle", sorted(EXPECTED))
def test_huggingtweets_counts_on_shared_archives(shared_data, handle):
    batch = read_path(shared_data / f"x-archive-{handle}" / "tweets.js")
    assert set(batch.profiles) == {handle}
    texts = [p.text for p in batch.posts]
    flags = [p.is_retweet for p in batch.posts]
    c = rules.apply("huggingtweets", texts, flags).counts()
    assert (c.downloaded, c.retweets, c.short, c.kept) == EXPECTED[handle]
    # The batched path keeps exactly what the notebook's own loop keeps.
    outcome = rules.apply("huggingtweets", texts, flags)
    cool, n_rt, n_short = rules.notebook_loop(texts, flags)
    assert [t for t, r in zip(outcome.texts, outcome.reasons, strict=True) if r is None] == cool
    assert (n_rt, n_short) == (c.retweets, c.short)


TRICKY = [
    "wordhttp://glued next words here",          # the notebook glues these: "wordnext"
    "see https://t.co/abc and http://x.y/z too ok",
    "line one\nhttps://t.co/x\nline three four",
    "HTTPS://UPPER.case stays in the notebook",
    "https://a.b/http://c.d trailing words here",
    "&amp;lt; is &lt; and &gt; &quot;not&quot; &#39;this&#39;",
    "  lots   of\t\twhitespace\u00a0and\u2003unicode  ",
    "@a #b http c",
    "@a #b three plain words",
    "Http://x one two",
    "",
    "http:",
    "http: not a url after all",
    "tab\thttp://x\tthen words here",
    "zero\u200bwidth stays in the notebook preset",
]


def test_batched_clean_equals_notebook_on_tricky_inputs():
    got = rules.clean_texts_huggingtweets(TRICKY)
    want = [rules.notebook_clean_tweet(rules.notebook_fix_text(t)) for t in TRICKY]
    assert got == want
    assert got[0] == "wordnext words here"
    assert got[5] == '< is < and > &quot;not&quot; &#39;this&#39;'
    assert "HTTPS://UPPER.case" in got[3]


@pytest.mark.parametrize("seed", [7, 8, 9])
def test_batched_equals_notebook_on_random_corpus(seed):
    rng = random.Random(seed)
    pieces = ["hello", "world", "@user", "#tag", "http://t.co/x", "https://t.co/y", "&amp;", "&lt;", "\n", "  ",
              "wordhttp://z", "RT", "Ünïcode", "İstanbul", "ΣΑΣ", "\t", "x", "end.", "HTTP://UP", "https:", "http:http:x",
              "htt", "p:x", "&amp;lt;", "👋", "\r\n", "\x0b", "@", "#", "a@b", "\nhttp://n", "\nhttps://m"]
    if seed == 9:  # characters where bytes and str regexes disagree: the per-post path, mixed in
        pieces += ["\xa0", "\u2003", "\x1c", "\x0c", "\x00"]
    joiners = [" ", "", "\n", "  "]
    texts = [rng.choice(joiners).join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(3000)]
    flags = [rng.random() < 0.1 for _ in texts]
    outcome = rules.apply("huggingtweets", texts, flags)
    cool, n_rt, n_short = rules.notebook_loop(texts, flags)
    assert [t for t, r in zip(outcome.texts, outcome.reasons, strict=True) if r is None] == cool
    c = outcome.counts()
    assert (c.retweets, c.short) == (n_rt, n_short)


def test_separator_characters_in_posts_fall_back_exactly():
    texts = ["a\x0cb c d http://x e", "nul\x00 in the middle of words", "plain words http://x here", "nbsp\xa0http://x y z"]
    assert rules.clean_texts_huggingtweets(texts) == [rules.notebook_clean_tweet(t) for t in texts]


def test_retweets_by_flag_and_by_prefix():
    o = rules.apply("huggingtweets", ["RT @x: some words here", "plain words here now", "rt @x lower is not"],
                    [False, True, False])
    assert o.reasons == [rules.RETWEET, rules.RETWEET, None]


def test_short_rule():
    o = rules.apply("huggingtweets", ["two words", "@a #b http://x three", "one two three", "HTTP:x a b"], None)
    assert o.reasons == [rules.SHORT, rules.SHORT, None, rules.SHORT]


def test_botfarm_preset_fixes_quirks_and_counts_extras():
    texts = ["Caf&eacute; &amp; bar with friends", "Look HTTPS://Example.com/X at this thing",
             "zero\u200bwidth words are gone now", "Caf&eacute; &amp; bar with friends", "https://only.url",
             "RT @a: retweet"]
    o = rules.apply("botfarm", texts, None)
    assert o.texts[0] == "Café & bar with friends"
    assert o.texts[1] == "Look at this thing"
    assert o.texts[2] == "zerowidth words are gone now"
    assert o.reasons == [None, None, None, rules.DUPLICATE, rules.EMPTY, rules.RETWEET]
    c = o.counts()
    assert (c.downloaded, c.retweets, c.short, c.kept) == (6, 1, 0, 3)
    assert c.extra == {"duplicate": 1, "empty": 1}


def test_unknown_preset_is_invalid_argument():
    with pytest.raises(InvalidArgument) as e:
        rules.apply("nope", ["a"], None)
    assert e.value.code == "INVALID_ARGUMENT"
