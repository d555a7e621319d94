"""`botfarm clean` as a user runs it: a real subprocess, offline, without torch."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile

import pytest


def run(*args, check=True):
    code = ("import sys; from botfarm.cli import main; rc = main(sys.argv[1:]); "
            "assert 'torch' not in sys.modules, 'botfarm clean imported torch'; sys.exit(rc)")
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=120,
                          check=check)


def test_stats_json_and_output(shared_data, tmp_path):
    a = shared_data / "x-archive-andreruffert" / "tweets.js"
    b = shared_data / "x-archive-smithjd"
    z = tmp_path / "smithjd.zip"
    with zipfile.ZipFile(z, "w", zipfile.ZIP_DEFLATED) as f:
        f.write(b / "tweets.js", "data/tweets.js")
    out = tmp_path / "kept.jsonl"
    r = run("clean", str(a), str(z), "--rules", "huggingtweets", "--stats-json", "--output", str(out))
    stats = json.loads(r.stdout)
    assert stats == {"downloaded": 3744, "retweets": 771, "short": 273, "kept": 2700, "users": {
        "andreruffert": {"downloaded": 1986, "retweets": 643, "short": 230, "kept": 1113},
        "smithjd": {"downloaded": 1758, "retweets": 128, "short": 43, "kept": 1587}}}
    rows = [json.loads(x) for x in out.read_text().splitlines()]
    assert len(rows) == 2700 and set(rows[0]) == {"user", "text"}
    assert [r["user"] for r in rows] == ["andreruffert"] * 1113 + ["smithjd"] * 1587
    assert rows[0]["text"] == "Good morning #LeadDevBerlin 👋"  # the archive's first post, its link removed


def test_folder_input_and_botfarm_rules(shared_data):
    r = run("clean", str(shared_data / "x-archive-andreruffert"), "--rules", "botfarm", "--stats-json")
    stats = json.loads(r.stdout)
    assert stats["users"]["andreruffert"]["downloaded"] == 1986
    assert stats["dropped_by_reason"] == {"duplicate": 1, "empty": 9}
    assert stats["downloaded"] == stats["retweets"] + stats["short"] + stats["kept"] + 10


def test_human_table(shared_data):
    r = run("clean", str(shared_data / "x-archive-smithjd" / "tweets.js"))
    assert "@smithjd" in r.stdout and "1758" in r.stdout and "1587" in r.stdout


@pytest.mark.parametrize("content,message", [(b"not an archive at all", "unknown format"),
                                             (b'window.YTD.tweets.part0 = [{"tweet"', "malformed JSON")])
def test_bad_input_is_a_clear_error(tmp_path, content, message):
    p = tmp_path / "input.js"
    p.write_bytes(content)
    r = run("clean", str(p), check=False)
    assert r.returncode == 3 and "Traceback" not in r.stderr  # 3: INVALID_ARGUMENT (README, exit codes)
    assert "INVALID_ARGUMENT" in r.stderr and message.lower() in r.stderr.lower()
    r = run("clean", str(tmp_path / "missing.zip"), check=False)
    assert r.returncode == 3 and "no such file" in r.stderr


def test_ingest_then_clean_dataset(shared_data, tmp_path):
    """`botfarm ingest` stores a raw dataset offline; the cleaning core reads it back."""
    from botfarm.cleaning.core import create_clean_dataset
    from botfarm.core.store import LocalStore

    r = run("ingest", str(shared_data / "x-archive-smithjd" / "tweets.js"), "--data-dir", str(tmp_path))
    out = json.loads(r.stdout)
    assert out["users"] == ["smithjd"] and out["posts"] == 1758 and out["retweets"] == 128
    again = json.loads(run("ingest", str(shared_data / "x-archive-smithjd"), "--data-dir", str(tmp_path)).stdout)
    assert again["dataset"] == out["dataset"]  # idempotent
    rec = create_clean_dataset(LocalStore(tmp_path), [out["dataset"]])
    assert rec.users[0]["counts"] == {"downloaded": 1758, "retweets": 128, "short": 43, "kept": 1587}
    r = run("ingest", "--x-user", "jane", "--data-dir", str(tmp_path), check=False)
    assert r.returncode == 9 and "BOTFARM_X_BEARER_TOKEN" in r.stderr  # 9: FAILED_PRECONDITION
