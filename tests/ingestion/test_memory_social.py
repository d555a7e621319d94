"""Memory stays bounded by the input for the Mastodon and Bluesky readers too: a
generated ~40 MB outbox.json and a ~20 MB CAR file are cleaned offline (`botfarm
clean`) within 2x their size plus 200 MB of peak resident memory. Peak memory of a
child process is a bound, not a speed."""

from __future__ import annotations

import json
import random
import sys

import pytest
from bigarchive import peak_rss_of
from socialsamples import Link, _mst, cbor, cid_of, uvarint

MB = 1_000_000
pytestmark = pytest.mark.slow
_WORDS = "the a to of and in is it you that for on my this be with are just so me at not have was".split()


def _text(rng: random.Random) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(rng.randint(2, 30)))


def write_outbox(path, size: int, seed: int = 3) -> int:
    rng, n = random.Random(seed), 0
    actor = "https://big.example/users/big"
    with open(path, "w", encoding="utf-8") as f:
        f.write('{"@context": "https://www.w3.org/ns/activitystreams", "id": "outbox.json", '
                '"type": "OrderedCollection", "orderedItems": [')
        while f.tell() < size:
            url = f"{actor}/statuses/{10**17 + n}"
            if rng.random() < 0.2:
                item = {"type": "Announce", "id": url + "/activity", "actor": actor, "object": "https://x.example/1",
                        "to": ["https://www.w3.org/ns/activitystreams#Public"]}
            else:
                item = {"type": "Create", "id": url + "/activity", "actor": actor, "object": {
                    "id": url, "type": "Note", "content": f"<p>{_text(rng)}<br />{_text(rng)}</p>",
                    "to": ["https://www.w3.org/ns/activitystreams#Public"], "published": "2024-01-01T00:00:00Z"}}
            f.write(("," if n else "") + "\n " + json.dumps(item))
            n += 1
        f.write("\n]}")
    return n


def write_car(path, size: int, seed: int = 4) -> int:
    rng = random.Random(seed)
    blocks: list[tuple[bytes, bytes]] = []
    entries, total = [], 0
    while total < size:
        n = len(entries)
        kind = "repost" if rng.random() < 0.2 else "post"
        rec = ({"$type": "app.bsky.feed.repost", "createdAt": "2024-01-01T00:00:00Z",
                "subject": {"uri": "at://did:plc:o/app.bsky.feed.post/1", "cid": "x"}} if kind == "repost" else
               {"$type": "app.bsky.feed.post", "text": _text(rng), "createdAt": "2024-01-01T00:00:00Z"})
        block = cbor(rec)
        cid = cid_of(block)
        blocks.append((cid, block))
        entries.append((f"app.bsky.feed.{kind}/3k{n:011d}", cid))
        total += len(block) + 40
    entries.sort()
    root = _mst(entries, blocks, leaf=32)
    commit = cbor({"did": "did:plc:big", "version": 3, "data": Link(root), "rev": "3k", "prev": None, "sig": b"0"})
    header = cbor({"roots": [Link(cid_of(commit))], "version": 1})
    with open(path, "wb") as f:
        f.write(uvarint(len(header)) + header)
        for cid, block in [(cid_of(commit), commit), *blocks]:
            f.write(uvarint(len(cid) + len(block)) + cid + block)
    return len(entries)


@pytest.mark.parametrize("kind", ["mastodon", "bluesky"])
def test_clean_offline_stays_within_twice_the_file(tmp_path, kind):
    if kind == "mastodon":
        path = tmp_path / "outbox.json"
        posts = write_outbox(path, 40 * MB)
    else:
        path = tmp_path / "repo.car"
        posts = write_car(path, 20 * MB)
    r, peak = peak_rss_of([sys.executable, "-m", "botfarm.cli", "clean", str(path), "--stats-json"], timeout=600)
    assert r.returncode == 0, r.stderr[-2000:]
    stats = json.loads(r.stdout)
    assert stats["downloaded"] == posts and 0 < stats["retweets"] < posts
    bound = 2 * path.stat().st_size + 200 * MB
    assert peak <= bound, f"peak {peak / MB:.0f} MB for a {path.stat().st_size / MB:.0f} MB {kind} file"
