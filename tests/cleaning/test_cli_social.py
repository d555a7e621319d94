"""`botfarm clean` and `botfarm ingest` of a Mastodon archive and a Bluesky CAR file, as a
user runs them: real subprocesses, offline, without torch."""

from __future__ import annotations

import json

from socialsamples import (
    BLUESKY_CAR,
    BLUESKY_COUNTS,
    BLUESKY_DID,
    MASTODON_COUNTS,
    MASTODON_DIR,
    MASTODON_HANDLE,
    mastodon_zip,
)
from test_cli import run


def test_clean_mastodon_and_bluesky_give_the_notebook_counts(tmp_path):
    z = tmp_path / "archive-20250101.zip"
    z.write_bytes(mastodon_zip())
    out = tmp_path / "kept.jsonl"
    r = run("clean", str(z), str(BLUESKY_CAR), "--stats-json", "--output", str(out))
    stats = json.loads(r.stdout)
    assert stats["users"] == {MASTODON_HANDLE: MASTODON_COUNTS, BLUESKY_DID: BLUESKY_COUNTS}
    assert stats["kept"] == MASTODON_COUNTS["kept"] + BLUESKY_COUNTS["kept"]
    rows = [json.loads(x) for x in out.read_text().splitlines()]
    assert len(rows) == stats["kept"] and not any("http" in r["text"] for r in rows)
    table = run("clean", str(MASTODON_DIR / "outbox.json"), "--rules", "huggingtweets").stdout
    assert f"@{MASTODON_HANDLE}" in table and " 60 " in table
    named = json.loads(run("clean", str(BLUESKY_CAR), "--handle", "tomas.test", "--stats-json").stdout)
    assert named["users"] == {"tomas.test": BLUESKY_COUNTS}


def test_ingest_mastodon_and_bluesky_offline(tmp_path):
    m = json.loads(run("ingest", str(MASTODON_DIR), "--data-dir", str(tmp_path)).stdout)
    b = json.loads(run("ingest", str(BLUESKY_CAR), "--data-dir", str(tmp_path), "--format", "bluesky-car").stdout)
    assert (m["users"], m["posts"], m["retweets"]) == ([MASTODON_HANDLE], 60, MASTODON_COUNTS["retweets"])
    assert (b["users"], b["posts"], b["retweets"]) == ([BLUESKY_DID], 60, BLUESKY_COUNTS["retweets"])
    bad = run("clean", str(BLUESKY_CAR), "--format", "mastodon-archive", check=False)
    assert bad.returncode == 3 and "not a Mastodon" not in bad.stdout and bad.stderr
