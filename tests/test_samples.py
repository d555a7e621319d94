"""The sample archive shipped for `make demo` (samples/x-archive-botfarm-demo).

    .venv/bin/python -m pytest -q tests/test_samples.py

It is read here with plain json, not with botfarm's ingestion, so that a bug in the
ingestion parser cannot hide a broken sample (and the other way round).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARCHIVE = ROOT / "samples" / "x-archive-botfarm-demo"
BUILDER = ROOT / "samples" / "build_archive.py"


def _load(path: Path, variable: str) -> list[dict]:
    text = path.read_text(encoding="utf-8")
    prefix = f"window.YTD.{variable}.part0 = "
    assert text.startswith(prefix), f"{path.name} must start with {prefix!r}"
    return json.loads(text[len(prefix) :])


@pytest.fixture(scope="module")
def tweets() -> list[dict]:
    return [entry["tweet"] for entry in _load(ARCHIVE / "data" / "tweets.js", "tweets")]


def _huggingtweets_clean(text: str) -> str | None:
    """The notebook's rules, restated here: None for a retweet or a "boring" post, one
    with fewer than 3 words that hold no link, mention or hashtag."""
    if text.startswith("RT @"):
        return None
    text = text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
    text = " ".join(re.sub(r"https?:\S+", "", text).split())
    words = [w for w in text.split() if not any(b in w.lower() for b in ("http", "@", "#"))]
    return text if len(words) >= 3 else None


def test_account_names_the_demo_handle():
    (entry,) = _load(ARCHIVE / "data" / "account.js", "account")
    account = entry["account"]
    assert account["username"] == "botfarm_demo"
    assert account["accountDisplayName"]
    assert account["accountId"].isdigit()


def test_posts_have_the_fields_of_an_x_archive(tweets):
    assert len(tweets) >= 300
    ids = [t["id_str"] for t in tweets]
    assert len(set(ids)) == len(ids), "ids must be unique"
    assert all(t["id"] == t["id_str"] and t["id_str"].isdigit() for t in tweets)
    for t in tweets:
        assert re.fullmatch(r"[A-Z][a-z]{2} [A-Z][a-z]{2} \d\d \d\d:\d\d:\d\d \+0000 \d{4}", t["created_at"])
        assert t["full_text"].strip() and t["retweeted"] is False
        assert {"hashtags", "user_mentions", "urls"} <= set(t["entities"])
    # Snowflake ids grow with time; the file is oldest first.
    assert [int(i) for i in ids] == sorted(int(i) for i in ids)


def test_entities_point_at_their_text(tweets):
    checked = 0
    for t in tweets:
        text = t["full_text"]
        for url in t["entities"]["urls"]:
            start, end = map(int, url["indices"])
            assert text[start:end] == url["url"] and url["url"].startswith("https://t.co/")
            checked += 1
        for mention in t["entities"]["user_mentions"]:
            start, end = map(int, mention["indices"])
            assert text[start:end] == "@" + mention["screen_name"]
            checked += 1
    assert checked > 100


def test_the_mix_gives_cleaning_something_to_show(tweets):
    texts = [t["full_text"] for t in tweets]
    retweets = sum(x.startswith("RT @") for x in texts)
    kept = [c for c in map(_huggingtweets_clean, texts) if c is not None]
    short = len(texts) - retweets - len(kept)
    assert 0.08 <= retweets / len(texts) <= 0.16
    assert 0.05 <= short / len(texts) <= 0.12
    assert sum("https://t.co/" in x for x in texts) >= 20
    assert any("&amp;" in x for x in texts) and any("\n" in x for x in texts)
    replies = [t for t in tweets if t.get("in_reply_to_status_id")]
    assert len(replies) >= 30
    assert all(t["full_text"].startswith("@") or t["in_reply_to_screen_name"] == "botfarm_demo" for t in replies)
    # Well over the 40,000 characters below which cleaning warns "too little text".
    assert len(" ".join(kept)) > 40_000


def test_builder_reproduces_the_committed_files(tmp_path):
    run = subprocess.run(
        [sys.executable, str(BUILDER), "--output", str(tmp_path)], capture_output=True, text=True, timeout=60
    )
    assert run.returncode == 0, run.stderr
    for rel in ("data/account.js", "data/tweets.js"):
        assert (tmp_path / rel).read_bytes() == (ARCHIVE / rel).read_bytes(), f"{rel} is stale"
    check = subprocess.run([sys.executable, str(BUILDER), "--check"], capture_output=True, text=True, timeout=60)
    assert check.returncode == 0, check.stderr


def test_check_reports_a_stale_archive(tmp_path):
    subprocess.run([sys.executable, str(BUILDER), "--output", str(tmp_path)], check=True, timeout=60)
    tweets_js = tmp_path / "data" / "tweets.js"
    tweets_js.write_text(tweets_js.read_text(encoding="utf-8").replace("Gerald", "Geraldine", 1), encoding="utf-8")
    run = subprocess.run(
        [sys.executable, str(BUILDER), "--check", "--output", str(tmp_path)], capture_output=True, text=True, timeout=60
    )
    assert run.returncode == 1 and "data/tweets.js" in run.stderr


# --- bench/common.py and bench/run_all.sh (also part of issue 8: `make bench`) -----------

BENCH = ROOT / "bench"


@pytest.fixture(scope="module")
def common():
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_common", BENCH / "common.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_emit_prints_one_flushed_json_line(common, capsys):
    common.emit("cleaning.vs_notebook_loop", 412_000.0, 61_500.0, "posts/s", posts=1_000_000)
    out = capsys.readouterr().out
    assert out.count("\n") == 1
    record = json.loads(out)
    assert list(record)[:5] == ["name", "ours", "baseline", "ratio", "unit"]
    assert record["ratio"] == 6.7 and record["posts"] == 1_000_000 and record["unit"] == "posts/s"


@pytest.mark.parametrize(
    ("ours", "baseline", "ratio"), [(1, 3, 0.333), (123456, 1, 123000), (2.0, 2.0, 1.0), (5, 0, None)]
)
def test_ratio_is_rounded_to_three_significant_figures(common, ours, baseline, ratio):
    assert common.result("x", ours, baseline, "s")["ratio"] == ratio


@pytest.mark.parametrize(
    "args",
    [("", 1, 1, "s"), ("x", float("nan"), 1, "s"), ("x", 1, float("inf"), "s"), ("x", True, 1, "s"),
     ("x", "12", 1, "s"), ("x", 1, 1, "")],
)
def test_emit_rejects_bad_input_without_printing(common, capsys, args):
    with pytest.raises(ValueError):
        common.emit(*args)
    assert capsys.readouterr().out == ""


def _run_all(bench_dir: Path, *names: str) -> subprocess.CompletedProcess:
    env = {"PATH": "/usr/bin:/bin", "PYTHON": sys.executable, "BENCH_DIR": str(bench_dir)}
    return subprocess.run(
        ["bash", str(BENCH / "run_all.sh"), *names], capture_output=True, text=True, env=env, timeout=120
    )


def test_run_all_passes_results_through_and_reports_a_failure(tmp_path):
    emit = "from bench.common import emit\n"
    (tmp_path / "bench_a.py").write_text(emit + "print('warming up')\nemit('a.speed', 2, 1, 'x/s')\n")
    (tmp_path / "bench_b.py").write_text("import sys\nprint('about to fail')\nsys.exit(3)\n")
    (tmp_path / "bench_c.py").write_text(emit + "emit('c.speed', 1, 4, 'x/s', note='after the failure')\n")
    (tmp_path / "helper.py").write_text("raise SystemExit('not a benchmark; must not run')\n")
    run = _run_all(tmp_path)
    assert run.returncode == 1
    records = [json.loads(line) for line in run.stdout.splitlines()]
    assert [(r["name"], r["ratio"]) for r in records] == [("a.speed", 2.0), ("c.speed", 0.25)]
    assert "warming up" in run.stderr and "bench_b.py (exit 3)" in run.stderr

    only_a = _run_all(tmp_path, "bench_a")
    assert only_a.returncode == 0 and [json.loads(x)["name"] for x in only_a.stdout.splitlines()] == ["a.speed"]


def test_run_all_fails_when_no_benchmark_matches(tmp_path):
    run = _run_all(tmp_path)
    assert run.returncode == 1 and run.stdout == "" and "no benchmark" in run.stderr
