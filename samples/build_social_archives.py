"""Build the sample Mastodon archive and Bluesky repository export used by the tests.

    .venv/bin/python samples/build_social_archives.py            # rewrite both samples
    .venv/bin/python samples/build_social_archives.py --check    # exit 1 if the committed files are stale

Writes samples/mastodon-archive-botfarm-demo/ (outbox.json and actor.json, what
Mastodon's "Request your archive" zip holds; tests zip the folder) and
samples/bluesky-repo-botfarm-demo.car (what com.atproto.sync.getRepo returns).

The text comes from samples/posts.txt (written for this project, fictional) in its
mini-syntax (see that file): a slice of it for each sample, given to two more fictional
people so that a bot can be made of several people. Everything else (ids, dates, CIDs)
is derived with sha256 from the text and its position, so the output is byte-for-byte
reproducible. The DAG-CBOR encoder here is written from the spec (RFC 8949 with
DAG-CBOR's canonical key order) so that the reader, which decodes with libipld, is
checked against an independent implementation.

The Bluesky repository's Merkle search tree has the shape of one (nodes of prefix-
compressed entries with left and right subtrees) but not the layering a PDS derives from
key hashes; botfarm's reader does not verify that layering (nor the commit signature).
"""

from __future__ import annotations

import argparse
import hashlib
import html
import io
import json
import re
import struct
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_archive import HASHTAG, LINK, MENTION, read_posts  # noqa: E402

MASTODON_DIR = HERE / "mastodon-archive-botfarm-demo"
BLUESKY_CAR = HERE / "bluesky-repo-botfarm-demo.car"
HOST = "social.example"  # a reserved name (RFC 2606): no real server
OTHER_HOST = "elsewhere.example"
MASTODON_USER, MASTODON_NAME = "rin", "Rin Okafor"
BLUESKY_DID, BLUESKY_NAME = "did:plc:botfarmdemo7tomasreyes2", "Tomás Reyes"
#: The slices of posts.txt each sample takes (oldest first).
MASTODON_POSTS = slice(0, 60)
BLUESKY_POSTS = slice(60, 120)
#: Direct messages in the Mastodon sample: the archive holds them, botfarm leaves them out.
DIRECT = ["@tomas_bakes the spare key is under the blue pot, feed Biscuit twice please",
          "@deltafern can you send me the allotment rota before Friday? thanks"]
START = datetime(2023, 3, 4, 9, 30, 0, tzinfo=UTC)
PUBLIC = "https://www.w3.org/ns/activitystreams#Public"
BASE32_SORT = "234567abcdefghijklmnopqrstuvwxyz"


def _h(*parts: object) -> int:
    return int.from_bytes(hashlib.sha256("\x1f".join(map(str, parts)).encode()).digest()[:8], "big")


def _times(posts: list[str], salt: str) -> list[datetime]:
    out, when = [], START
    for i, raw in enumerate(posts):
        h = _h(salt, i, raw)
        when += timedelta(seconds=30 + h % 300) if raw.startswith("^ ") else timedelta(minutes=300 + h % 2000)
        out.append(when)
    return out


def _iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


# --- Mastodon ---------------------------------------------------------------------------

def _link_html(url: str) -> str:
    # Mastodon's markup: the scheme hidden, the rest cut after 30 characters with an ellipsis.
    scheme, _, rest = url.partition("://")
    shown, hidden = (rest[:30], rest[30:]) if len(rest) > 30 else (rest, "")
    cls = "ellipsis" if hidden else ""
    return (f'<a href="{html.escape(url)}" target="_blank" rel="nofollow noopener noreferrer" translate="no">'
            f'<span class="invisible">{scheme}://</span><span class="{cls}">{html.escape(shown)}</span>'
            f'<span class="invisible">{html.escape(hidden)}</span></a>')


def _mastodon_html(text: str) -> str:
    def inline(part: str) -> str:
        out, pos = [], 0
        pattern = re.compile(f"{LINK.pattern}|{MENTION.pattern}|{HASHTAG.pattern}")
        for m in pattern.finditer(part):
            out.append(html.escape(part[pos:m.start()], quote=False))
            if m.group(1):
                out.append(_link_html(m.group(1)))
            elif m.group(2):
                user = m.group(2)
                out.append(f'<span class="h-card" translate="no"><a href="https://{OTHER_HOST}/@{user}" '
                           f'class="u-url mention">@<span>{user}</span></a></span>')
            else:
                tag = m.group(3)
                out.append(f'<a href="https://{HOST}/tags/{tag.lower()}" class="mention hashtag" rel="tag">'
                           f"#<span>{tag}</span></a>")
            pos = m.end()
        out.append(html.escape(part[pos:], quote=False))
        return "".join(out).replace("\n", "<br />")

    return "".join(f"<p>{inline(p)}</p>" for p in text.split("\n\n"))


def _mastodon_tags(text: str) -> list[dict]:
    tags = [{"type": "Mention", "href": f"https://{OTHER_HOST}/users/{m.group(1)}",
             "name": f"@{m.group(1)}@{OTHER_HOST}"} for m in MENTION.finditer(text)]
    tags += [{"type": "Hashtag", "href": f"https://{HOST}/tags/{m.group(1).lower()}",
              "name": f"#{m.group(1).lower()}"} for m in HASHTAG.finditer(text)]
    return tags


def build_outbox(posts: list[str]) -> tuple[dict, dict]:
    actor_url = f"https://{HOST}/users/{MASTODON_USER}"
    items: list[dict] = []
    times = _times(posts + DIRECT, "mastodon")
    previous = ""
    for i, raw in enumerate(posts + DIRECT):
        when = times[i]
        status_id = str(((int(when.timestamp() * 1000)) << 16) | (_h("id", i) & 0xFFFF))
        url = f"{actor_url}/statuses/{status_id}"
        if raw.startswith("RT @"):
            user = raw[4:].split(":", 1)[0]
            items.append({"id": f"{url}/activity", "type": "Announce", "actor": actor_url, "published": _iso(when),
                          "to": [PUBLIC], "cc": [f"https://{OTHER_HOST}/users/{user}", f"{actor_url}/followers"],
                          "object": f"https://{OTHER_HOST}/users/{user}/statuses/{_h('boosted', i) % 10**17}"})
            continue
        thread = raw.startswith("^ ")
        text = raw[2:] if thread else raw
        direct = i >= len(posts)
        reply_to = previous if thread else (f"https://{OTHER_HOST}/users/{m.group(1)}/statuses/"
                                            f"{_h('parent', i) % 10**17}" if (m := re.match(r"@(\w+) ", text)) else None)
        to = [f"https://{OTHER_HOST}/users/{m.group(1)}" for m in MENTION.finditer(text)] if direct else [PUBLIC]
        cc = [] if direct else [f"{actor_url}/followers"]
        note = {"id": url, "type": "Note", "summary": None, "inReplyTo": reply_to, "published": _iso(when),
                "url": f"https://{HOST}/@{MASTODON_USER}/{status_id}", "attributedTo": actor_url, "to": to, "cc": cc,
                "sensitive": False, "atomUri": url, "content": _mastodon_html(text),
                "contentMap": {"en": _mastodon_html(text)}, "attachment": [], "tag": _mastodon_tags(text),
                "replies": {"id": f"{url}/replies", "type": "Collection"}}
        items.append({"id": f"{url}/activity", "type": "Create", "actor": actor_url, "published": _iso(when),
                      "to": to, "cc": cc, "object": note})
        previous = url
    outbox = {"@context": "https://www.w3.org/ns/activitystreams", "id": "outbox.json",
              "type": "OrderedCollection", "totalItems": len(items), "orderedItems": items}
    actor = {"@context": ["https://www.w3.org/ns/activitystreams", "https://w3id.org/security/v1"],
             "id": actor_url, "type": "Person", "following": f"{actor_url}/following",
             "followers": f"{actor_url}/followers", "inbox": f"{actor_url}/inbox", "outbox": "outbox.json",
             "preferredUsername": MASTODON_USER, "name": MASTODON_NAME,
             "summary": "<p>Fictional person of the botfarm samples.</p>", "url": f"https://{HOST}/@{MASTODON_USER}",
             "published": "2022-11-05T00:00:00Z", "icon": {"type": "Image", "mediaType": "image/png",
                                                          "url": "avatar.png"}}
    return outbox, actor


# --- DAG-CBOR and CAR -------------------------------------------------------------------

class Link:
    """A CID link (CBOR tag 42)."""

    def __init__(self, cid: bytes):
        self.cid = cid


def _head(major: int, n: int) -> bytes:
    if n < 24:
        return bytes([major << 5 | n])
    for extra, fmt in ((24, ">B"), (25, ">H"), (26, ">I"), (27, ">Q")):
        if n < 1 << (8 * struct.calcsize(fmt)):
            return bytes([major << 5 | extra]) + struct.pack(fmt, n)
    raise ValueError(n)


def cbor(value: object) -> bytes:
    if value is None:
        return b"\xf6"
    if value is True or value is False:
        return b"\xf5" if value else b"\xf4"
    if isinstance(value, int):
        return _head(0, value) if value >= 0 else _head(1, -1 - value)
    if isinstance(value, bytes):
        return _head(2, len(value)) + value
    if isinstance(value, str):
        b = value.encode()
        return _head(3, len(b)) + b
    if isinstance(value, Link):
        return b"\xd8\x2a" + cbor(b"\x00" + value.cid)
    if isinstance(value, list):
        return _head(4, len(value)) + b"".join(map(cbor, value))
    if isinstance(value, dict):
        keys = sorted(value, key=lambda k: (len(k.encode()), k.encode()))  # DAG-CBOR's canonical order
        return _head(5, len(keys)) + b"".join(cbor(k) + cbor(value[k]) for k in keys)
    raise TypeError(type(value))


def cid_of(block: bytes) -> bytes:
    return bytes([0x01, 0x71, 0x12, 0x20]) + hashlib.sha256(block).digest()  # CIDv1, dag-cbor, sha2-256


def _uvarint(n: int) -> bytes:
    out = bytearray()
    while True:
        out.append((n & 0x7F) | (0x80 if n > 0x7F else 0))
        n >>= 7
        if not n:
            return bytes(out)


def tid(when: datetime, clock: int) -> str:
    micros = int(when.timestamp() * 1_000_000)
    n = (micros << 10) | (clock & 0x3FF)
    return "".join(BASE32_SORT[(n >> (5 * k)) & 31] for k in reversed(range(13)))


def _short_link(url: str) -> str:
    # The app shows a link without its scheme, cut to about 25 characters plus "...".
    bare = re.sub(r"^https?://", "", url)
    return bare if len(bare) <= 27 else bare[:25] + "..."


def _bsky_text(text: str) -> tuple[str, list[dict]]:
    out, facets, pos = b"", [], 0
    pattern = re.compile(f"{LINK.pattern}|{MENTION.pattern}|{HASHTAG.pattern}")
    for m in pattern.finditer(text):
        out += text[pos:m.start()].encode()
        start = len(out)
        if m.group(1):
            out += _short_link(m.group(1)).encode()
            feature = {"$type": "app.bsky.richtext.facet#link", "uri": m.group(1)}
        elif m.group(2):
            out += f"@{m.group(2)}.bsky.social".encode()
            feature = {"$type": "app.bsky.richtext.facet#mention", "did": f"did:plc:{_h('did', m.group(2)):x}"}
        else:
            out += m.group(0).encode()
            feature = {"$type": "app.bsky.richtext.facet#tag", "tag": m.group(3)}
        facets.append({"$type": "app.bsky.richtext.facet", "index": {"byteStart": start, "byteEnd": len(out)},
                       "features": [feature]})
        pos = m.end()
    out += text[pos:].encode()
    return out.decode(), facets


def _strong_ref(collection: str, i: int) -> dict:
    other = f"did:plc:{_h('other', i):x}"
    return {"uri": f"at://{other}/{collection}/{tid(START, i)}", "cid": "bafyrei" + f"{_h('cid', i):x}"}


def bluesky_records(posts: list[str]) -> list[tuple[str, dict]]:
    """(key, record) of the repository, keys "collection/rkey"."""
    records: list[tuple[str, dict]] = []
    times = _times(posts, "bluesky")
    previous: dict | None = None
    for i, raw in enumerate(posts):
        when, rkey = times[i], tid(times[i], i)
        if raw.startswith("RT @"):
            records.append((f"app.bsky.feed.repost/{rkey}", {"$type": "app.bsky.feed.repost",
                                                              "createdAt": _iso(when),
                                                              "subject": _strong_ref("app.bsky.feed.post", i)}))
            continue
        thread = raw.startswith("^ ")
        text, facets = _bsky_text(raw[2:] if thread else raw)
        record: dict = {"$type": "app.bsky.feed.post", "text": text, "createdAt": _iso(when), "langs": ["en"]}
        if facets:
            record["facets"] = facets
        if thread and previous is not None:
            record["reply"] = {"root": previous, "parent": previous}
        elif re.match(r"@\w+ ", raw):
            parent = _strong_ref("app.bsky.feed.post", i)
            record["reply"] = {"root": parent, "parent": parent}
        key = f"app.bsky.feed.post/{rkey}"
        records.append((key, record))
        previous = {"uri": f"at://{BLUESKY_DID}/{key}", "cid": "bafyrei" + f"{_h('own', i):x}"}
    # Records that are not posts: a like, a follow and the profile.
    records.append((f"app.bsky.feed.like/{tid(START, 9001)}", {"$type": "app.bsky.feed.like", "createdAt":
                   _iso(START), "subject": _strong_ref("app.bsky.feed.post", 9001)}))
    records.append((f"app.bsky.graph.follow/{tid(START, 9002)}", {"$type": "app.bsky.graph.follow",
                   "createdAt": _iso(START), "subject": f"did:plc:{_h('other', 9002):x}"}))
    records.append(("app.bsky.actor.profile/self", {"$type": "app.bsky.actor.profile", "displayName": BLUESKY_NAME,
                                                     "description": "Fictional person of the botfarm samples."}))
    return sorted(records)


def _mst(entries: list[tuple[str, bytes]], blocks: list[tuple[bytes, bytes]], leaf: int = 8) -> bytes:
    """Stores a tree over the sorted (key, record CID) entries and returns its root's CID:
    leaves of ``leaf`` entries, one separating key between two leaves in the root."""
    def node(left: bytes | None, items: list[tuple[str, bytes, bytes | None]]) -> bytes:
        prev, out = b"", []
        for key, value, right in items:
            k = key.encode()
            p = next((j for j, (a, b) in enumerate(zip(prev, k, strict=False)) if a != b), min(len(prev), len(k)))
            out.append({"k": k[p:], "p": p, "t": Link(right) if right else None, "v": Link(value)})
            prev = k
        block = cbor({"e": out, "l": Link(left) if left else None})
        cid = cid_of(block)
        blocks.append((cid, block))
        return cid

    chunks = [entries[i:i + leaf] for i in range(0, len(entries), leaf + 1)]
    seps = [entries[i + leaf] for i in range(0, len(entries), leaf + 1) if i + leaf < len(entries)]
    leaves = [node(None, [(k, v, None) for k, v in c]) for c in chunks]
    return node(leaves[0], [(k, v, leaves[j + 1] if j + 1 < len(leaves) else None)
                            for j, (k, v) in enumerate(seps)])


def build_car(posts: list[str]) -> bytes:
    blocks: list[tuple[bytes, bytes]] = []
    entries = []
    for key, record in bluesky_records(posts):
        block = cbor(record)
        cid = cid_of(block)
        blocks.append((cid, block))
        entries.append((key, cid))
    root = _mst(entries, blocks)
    commit = cbor({"did": BLUESKY_DID, "version": 3, "data": Link(root), "rev": tid(START, 7), "prev": None,
                   "sig": hashlib.sha512(root).digest()})
    commit_cid = cid_of(commit)
    header = cbor({"roots": [Link(commit_cid)], "version": 1})
    out = io.BytesIO()
    out.write(_uvarint(len(header)) + header)
    # The order getRepo writes: the commit, then tree nodes and records as stored.
    for cid, block in [(commit_cid, commit), *sorted(blocks)]:
        out.write(_uvarint(len(cid) + len(block)) + cid + block)
    return out.getvalue()


def outputs() -> dict[Path, bytes]:
    posts = read_posts()
    outbox, actor = build_outbox(posts[MASTODON_POSTS])

    def dump(obj: dict) -> bytes:
        return (json.dumps(obj, ensure_ascii=False, indent=1) + "\n").encode()

    return {MASTODON_DIR / "outbox.json": dump(outbox), MASTODON_DIR / "actor.json": dump(actor),
            BLUESKY_CAR: build_car(posts[BLUESKY_POSTS])}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare instead of writing; exit 1 if different")
    args = parser.parse_args(argv)
    stale = []
    for path, data in outputs().items():
        if args.check:
            if not path.is_file() or path.read_bytes() != data:
                stale.append(path)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    if stale:
        print("stale: " + ", ".join(str(p.relative_to(HERE)) for p in stale) + " (run samples/build_social_archives.py)",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
