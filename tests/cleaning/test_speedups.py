"""The cleaning rules' C loops (botfarm/cleaning/speedups.py) against their Python forms,
and the preset without them (no compiler, or BOTFARM_NATIVE_KERNELS=0): the same
output."""

from __future__ import annotations

import random

import pytest
from botfarm.cleaning import rules, speedups

mod = speedups.load()
needs_c = pytest.mark.skipif(mod is None, reason="no C compiler or Python headers: the Python forms run")


@needs_c
def test_candidates_equals_the_python_form():
    texts = ["RT @a b", "RT @", "RT", "", "RT  @x", "rt @x", "RT @ü", "ü RT @x", "RT @👋", "\U0001f44bRT @",
             " RT @x", "RT @x\u0100", "plain", "x" * 300]
    n = len(texts)
    for flags in ([False] * n, [i % 3 == 0 for i in range(n)], [i % 2 for i in range(n)],
                  [None if i % 2 else 0.0 for i in range(n)], ["" if i % 4 else "yes" for i in range(n)],
                  [False] * (n - 3)):  # a shorter flags list: the zip of the two slices ends with it
        for start, stop in ((0, n), (2, 9), (5, 500), (20, 30), (-3, 4), (-2, n), (3, -2), (-500, 2)):
            want = speedups.candidates_py(texts, flags, start, stop)
            assert mod.candidates(texts, flags, start, stop) == want, (flags, start, stop)
            assert mod.candidates(tuple(texts), tuple(flags), start, stop) == want
    assert mod.candidates(texts, [False] * len(texts), 0, 99) == ["RT", "", "RT  @x", "rt @x", "ü RT @x",
                                                                   "\U0001f44bRT @", " RT @x", "plain", "x" * 300]


@needs_c
def test_candidates_refuses_what_the_python_form_refuses():
    for flags in ([False, False], [False, True]):  # a flagged post too: every post is checked
        with pytest.raises(TypeError):
            mod.candidates(["ok", b"RT @x"], flags, 0, 2)
        with pytest.raises(TypeError):
            speedups.candidates_py(["ok", b"RT @x"], flags, 0, 2)
    with pytest.raises(TypeError):
        mod.candidates(iter(["a"]), [False], 0, 1)
    # Other sequences take the Python form through the wrapper.
    assert speedups.candidates(range(0), [], 0, 1) == []


@needs_c
def test_split_frames_equals_decode_then_split():
    rng = random.Random(7)
    alphabet = [" ", "\x0c", "a", "é", "\u4e2d", "\U0001f44b", "\n", "@"]
    for _ in range(3000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        assert mod.split_frames(s.encode()) == s.split(" \x0c "), repr(s)
    with pytest.raises(UnicodeDecodeError):
        mod.split_frames(b"ok \x0c \xff")
    with pytest.raises(UnicodeDecodeError):
        b"ok \x0c \xff".decode("utf-8").split(" \x0c ")


def _corpus(n: int) -> tuple[list[str], list[bool]]:
    rng = random.Random(3)
    words = ["the", "RT", "@user", "#tag", "https://t.co/x", "http:", "&amp;", "café", "👋", "\n", "\u00a0", "HTTP",
             "x" * 40]
    texts = [("RT @u: " if rng.random() < 0.3 else "") + " ".join(rng.choices(words, k=rng.randint(0, 12)))
             for _ in range(n)]
    return texts, [rng.random() < 0.05 for _ in range(n)]


def test_the_preset_gives_the_same_outcome_without_the_c_loops(monkeypatch):
    """With the C loops (when built here) and with BOTFARM_NATIVE_KERNELS=0: the same
    kept posts, counts and reasons, over several blocks."""
    texts, flags = _corpus(2 * rules.BATCH + 17)
    outs = []
    for env in ("1", "0"):
        monkeypatch.setenv("BOTFARM_NATIVE_KERNELS", env)
        speedups.load.cache_clear()
        try:
            assert (speedups.load() is None) == (env == "0" or mod is None)
            o = rules.apply("huggingtweets", texts, flags)
            outs.append((o.kept(), o.counts(), o.reasons))
        finally:
            speedups.load.cache_clear()
    assert outs[0] == outs[1]
    assert outs[0][1].retweets > 0 and outs[0][1].short > 0 and outs[0][1].kept > 0


def test_without_a_compiler_the_python_forms_run(monkeypatch, tmp_path):
    monkeypatch.setenv("BOTFARM_KERNELS_DIR", str(tmp_path))  # nothing built there
    monkeypatch.setenv("CC", "/bin/false")
    speedups.load.cache_clear()
    try:
        assert speedups.load() is None
        assert speedups.candidates(["RT @x", "a"], [False, False], 0, 2) == ["a"]
        assert speedups.split_frames(b"a \x0c b", " \x0c ") == ["a", "b"]
    finally:
        speedups.load.cache_clear()
