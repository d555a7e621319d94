"""The Mastodon and Bluesky samples (samples/build_social_archives.py) as tests use
them: the Mastodon folder zipped as Mastodon's download is, the CAR file, their
huggingtweets counts, and a DAG-CBOR encoder for hand-made CAR files."""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
MASTODON_DIR = SAMPLES / "mastodon-archive-botfarm-demo"
BLUESKY_CAR = SAMPLES / "bluesky-repo-botfarm-demo.car"
MASTODON_HANDLE = "rin@social.example"
BLUESKY_DID = "did:plc:botfarmdemo7tomasreyes2"
#: The notebook's counts of the samples (posts.txt lines 1-60 and 61-120 under the
#: notebook's rules; two direct messages in the Mastodon archive are not posts).
MASTODON_COUNTS = {"downloaded": 60, "retweets": 7, "short": 6, "kept": 47}
BLUESKY_COUNTS = {"downloaded": 60, "retweets": 8, "short": 4, "kept": 48}
MASTODON_REPLIES, BLUESKY_REPLIES = 6, 10

sys.path.insert(0, str(SAMPLES))
from build_social_archives import Link, _mst, cbor, cid_of  # noqa: E402, F401
from build_social_archives import _uvarint as uvarint  # noqa: E402


def mastodon_zip(with_actor: bool = True, media: bool = True) -> bytes:
    """The archive as Mastodon's "Request your archive" zips it (with a media folder and
    the other JSON files botfarm does not read)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("outbox.json", (MASTODON_DIR / "outbox.json").read_bytes())
        if with_actor:
            z.writestr("actor.json", (MASTODON_DIR / "actor.json").read_bytes())
        z.writestr("likes.json", '{"type": "OrderedCollection", "orderedItems": ["https://x.example/1"]}')
        z.writestr("bookmarks.json", '{"type": "OrderedCollection", "orderedItems": []}')
        if media:
            z.writestr("media_attachments/files/000/avatar.png", b"\x89PNG not really")
    return buf.getvalue()


def car(records: dict[str, dict | bytes], did: str = "did:plc:test", extra: list[bytes] = ()) -> bytes:
    """A one-node repository of ``records`` ({"collection/rkey": record, or its block's
    bytes as they are}) as a CAR v1 file."""
    blocks = []
    entries = []
    prev = b""
    for key in sorted(records):
        rec = records[key]
        block = rec if isinstance(rec, bytes) else cbor(rec)
        cid = cid_of(block)
        blocks.append((cid, block))
        k = key.encode()
        p = next((j for j, (a, b) in enumerate(zip(prev, k, strict=False)) if a != b), min(len(prev), len(k)))
        entries.append({"k": k[p:], "p": p, "t": None, "v": Link(cid)})
        prev = k
    node = cbor({"e": entries, "l": None})
    commit = cbor({"did": did, "version": 3, "data": Link(cid_of(node)), "rev": "3jzzzzzzzzz22", "prev": None,
                   "sig": b"\x00" * 64})
    header = cbor({"roots": [Link(cid_of(commit))], "version": 1})
    out = uvarint(len(header)) + header
    for cid, block in [(cid_of(commit), commit), (cid_of(node), node), *blocks]:
        out += uvarint(len(cid) + len(block)) + cid + block
    return out + b"".join(extra)
