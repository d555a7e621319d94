"""A Bluesky repository export: the CAR file ``com.atproto.sync.getRepo`` returns
(the app's Settings → "Export my data").

    batch = read_bluesky_car(lambda: open("repo.car", "rb"), "repo.car", handle="bo.bsky.social")
    for post in batch.posts: ...     # the file is read as the posts are consumed

A CAR v1 file is a header (DAG-CBOR ``{"version": 1, "roots": [commit]}``) and then
blocks, each ``varint(length) CID bytes``. The blocks are the signed commit (``did``,
``data``: the root of the repository's Merkle search tree), the tree's nodes (``{"l",
"e": [{"p", "k", "v", "t"}]}``: keys ``collection/rkey`` prefix-compressed, ``v`` the
record's CID) and the records. DAG-CBOR is decoded by ``libipld`` (the Rust IPLD
library's binding, which also backs the ``atproto`` SDK); the CAR framing is read here,
one block at a time, because ``libipld.decode_car`` takes the whole file and decodes
every block into memory at once. Two passes: the first maps record CIDs to their keys
(and finds the DID and the profile), the second yields the posts; memory holds that map
(a few dozen bytes a record), never the records.

* ``app.bsky.feed.post`` records are posts; ``app.bsky.feed.repost`` records are
  retweets (their text is the reposted post's AT URI: the repo holds nothing else of it);
* ``reply`` set: a reply, kept and flagged, as the notebook kept X replies;
* link facets: where the post's text shows a shortened link (``example.com/lo...``), the
  facet's byte range becomes the full URI, as X archives hold full t.co links, so the
  cleaning rules see and drop it; mentions and tags stay as written (``@handle``, ``#tag``);
* ids are the records' AT URIs (``at://did/app.bsky.feed.post/rkey``), as the live reader's.

The handle: the repository names its account only by DID; the handle lives in the DID
document, outside the export. A handle given by the caller (``--handle``, UploadArchive's
``handle``) is used, else the DID itself. The profile record's ``displayName`` is the
display name.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import IO, Any

import libipld

from botfarm.core.errors import InvalidArgument
from botfarm.ingestion.records import BLUESKY_CAR, Batch, Post, Profile, iso_time

#: Largest block accepted: atproto caps a record at 1 MB; blobs are not in repo exports.
MAX_BLOCK_BYTES = 2 << 20
#: Largest CAR header (a version and one root CID: under a hundred bytes).
MAX_HEADER_BYTES = 1 << 16
POST, REPOST, PROFILE = "app.bsky.feed.post", "app.bsky.feed.repost", "app.bsky.actor.profile"
_DAG_CBOR = 0x71
_ELLIPSES = ("...", "\u2026")

Opener = Callable[[], IO[bytes]]


def _bad(name: str, what: str) -> InvalidArgument:
    return InvalidArgument(f"{name}: not a readable CAR file ({what})", reason="MALFORMED_INPUT",
                           metadata={"file": name})


def _varint(f: IO[bytes], name: str, eof_ok: bool = False) -> int | None:
    value, shift = 0, 0
    while True:
        b = f.read(1)
        if not b:
            if eof_ok and shift == 0:
                return None
            raise _bad(name, "truncated")
        value |= (b[0] & 0x7F) << shift
        if not b[0] & 0x80:
            return value
        shift += 7
        if shift > 63:
            raise _bad(name, "a length varint is too long")


def _exact(f: IO[bytes], n: int, name: str) -> bytes:
    data = f.read(n)
    if len(data) != n:
        raise _bad(name, "truncated")
    return data


def _decode(data: bytes, name: str) -> Any:
    try:
        return libipld.decode_dag_cbor(data)
    except ValueError as e:
        raise _bad(name, f"a block is not DAG-CBOR: {e}") from None
    except RecursionError:
        raise InvalidArgument(f"{name}: a CAR block is nested too deeply", reason="CBOR_TOO_DEEP",
                              metadata={"file": name}) from None


def _split_cid(section: bytes, name: str) -> tuple[bytes, int, bytes]:
    """(CID bytes, codec, block data) of one section."""
    if section[:2] == b"\x12\x20":  # CIDv0: a bare sha2-256 multihash, always dag-pb
        return section[:34], 0x70, section[34:]
    pos = 0

    def varint() -> int:
        nonlocal pos
        value, shift = 0, 0
        while pos < len(section) and shift <= 63:
            b = section[pos]
            pos += 1
            value |= (b & 0x7F) << shift
            if not b & 0x80:
                return value
            shift += 7
        raise _bad(name, "a block's CID is malformed")

    version, codec = varint(), varint()
    varint()  # the multihash's function code
    digest = varint()
    if version != 1 or pos + digest > len(section):
        raise _bad(name, "a block's CID is malformed")
    end = pos + digest
    return section[:end], codec, section[end:]


def read_header(f: IO[bytes], name: str) -> list[bytes]:
    """The root CIDs of the CAR header at the stream's start (v1 only)."""
    length = _varint(f, name)
    if not length or length > MAX_HEADER_BYTES:
        raise _bad(name, "no CAR header")
    header = _decode(_exact(f, length, name), name)
    if not isinstance(header, dict) or header.get("version") != 1:
        version = header.get("version") if isinstance(header, dict) else None
        raise InvalidArgument(f"{name}: CAR version {version!r}; only CAR v1 (what getRepo returns) is read",
                              reason="UNKNOWN_FORMAT", metadata={"file": name})
    roots = header.get("roots")
    return [r for r in roots if isinstance(r, bytes)] if isinstance(roots, list) else []


def blocks(f: IO[bytes], name: str) -> Iterator[tuple[bytes, Any]]:
    """(CID, decoded DAG-CBOR value) of each block after the header; blocks of other
    codecs are skipped."""
    while (length := _varint(f, name, eof_ok=True)) is not None:
        if length > MAX_BLOCK_BYTES:
            raise InvalidArgument(f"{name}: a CAR block of {length} bytes, more than {MAX_BLOCK_BYTES}",
                                  reason="VALUE_TOO_LARGE", metadata={"file": name})
        cid, codec, data = _split_cid(_exact(f, length, name), name)
        if codec == _DAG_CBOR:
            yield cid, _decode(data, name)


def looks_like_car(head: bytes) -> bool:
    """Whether bytes from a file's start are a CAR v1 header (varint, then a DAG-CBOR map
    of ``roots`` and ``version``)."""
    if not head or head[0] & 0x80 or head[0] < 10:
        return False
    return head[1:2] == b"\xa2" and b"roots" in head[:128] and b"version" in head[:128]


@dataclass
class _Index:
    """What the first pass learns: record CID -> keys, the DID, the profile records."""

    keys: dict[bytes, list[str]] = field(default_factory=dict)
    did: str = ""
    profiles: dict[bytes, str] = field(default_factory=dict)  # CID -> displayName

    def display_name(self) -> str:
        for cid, display in self.profiles.items():
            if f"{PROFILE}/self" in self.keys.get(cid, ()):
                return display
        return ""


#: atproto's limit on a record key path in a repository's tree ("collection/rkey").
MAX_KEY_BYTES = 1024


def _mst_entries(node: dict, name: str) -> Iterator[tuple[str, bytes]]:
    """(key, value CID) of a Merkle search tree node's entries. Each key extends a prefix
    of the one before, so keys are bounded (atproto's 1,024 bytes): without the bound a
    small block of entries that each extend the last would build quadratic memory."""
    key = b""
    for e in node.get("e") or []:
        if not isinstance(e, dict) or not isinstance(e.get("k"), bytes) or not isinstance(e.get("v"), bytes):
            continue
        p = e["p"] if isinstance(e.get("p"), int) else 0
        if not 0 <= p <= len(key) or p + len(e["k"]) > MAX_KEY_BYTES:
            raise _bad(name, f"a tree entry's key is over {MAX_KEY_BYTES} bytes or shares more than "
                                   "the key before it")
        key = key[:p] + e["k"]
        yield key.decode("utf-8", "replace"), e["v"]


def _is_mst_node(value: Any) -> bool:
    return isinstance(value, dict) and "e" in value and "l" in value and isinstance(value["e"], list)


def index(opener: Opener, name: str) -> _Index:
    """The first pass over the file."""
    idx = _Index()
    with opener() as f:
        roots = read_header(f, name)
        for cid, value in blocks(f, name):
            if _is_mst_node(value):
                for key, target in _mst_entries(value, name):
                    if key.startswith((POST + "/", REPOST + "/", PROFILE + "/")):
                        idx.keys.setdefault(target, []).append(key)
            elif isinstance(value, dict):
                if cid in roots and isinstance(value.get("did"), str):
                    idx.did = value["did"]
                elif value.get("$type") == PROFILE:
                    display = value.get("displayName")
                    idx.profiles[cid] = display if isinstance(display, str) else ""
    if not idx.did:
        raise InvalidArgument(f"{name}: the CAR file has no repository commit (no DID): not a Bluesky repository "
                              "export", reason="UNKNOWN_FORMAT", metadata={"file": name})
    return idx


def render_text(record: dict) -> str:
    """A post's text as the app shows it, with shortened links made whole (see the
    module docstring)."""
    text = record.get("text")
    text = text if isinstance(text, str) else ""
    raw = text.encode("utf-8", "surrogatepass")
    links: list[tuple[int, int, str]] = []
    for facet in record.get("facets") or []:
        span = facet.get("index") if isinstance(facet, dict) else None
        if not isinstance(span, dict):
            continue
        start, end = span.get("byteStart"), span.get("byteEnd")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(raw)):
            continue  # a facet pointing outside the text: the app ignores it too
        for feature in facet.get("features") or []:
            uri = feature.get("uri") if isinstance(feature, dict) else None
            if isinstance(feature, dict) and str(feature.get("$type", "")).endswith("#link") and isinstance(uri, str):
                links.append((start, end, uri))
    out, done = [], 0
    for start, end, uri in sorted(links):
        if start < done:
            continue  # overlapping facets: the first wins
        shown = raw[start:end].decode("utf-8", "replace")
        out += [raw[done:start], (uri if _shortened(shown, uri) else shown).encode()]
        done = end
    out.append(raw[done:])
    return b"".join(out).decode("utf-8", "replace")


def _shortened(shown: str, uri: str) -> bool:
    """Whether ``shown`` is ``uri`` cut short the way the app cuts links (scheme dropped,
    an ellipsis at the end)."""
    stem = shown
    for e in _ELLIPSES:
        stem = stem.removesuffix(e)
    bare = uri.split("://", 1)[-1]
    return shown != uri and bool(stem) and (uri.startswith(stem) or bare.startswith(stem.split("://", 1)[-1]))


def _post(record: dict, uri: str, author: str) -> Post:
    langs = record.get("langs")
    lang = langs[0] if isinstance(langs, list) and langs and isinstance(langs[0], str) else ""
    created = iso_time(record.get("createdAt")) if isinstance(record.get("createdAt"), str) else ""
    if record.get("$type") == REPOST:
        subject = record.get("subject")
        target = subject.get("uri") if isinstance(subject, dict) else ""
        return Post(id=uri, created_at=created, text=str(target or ""), is_retweet=True, is_reply=False, lang="",
                    author=author, source_format=BLUESKY_CAR)
    return Post(id=uri, created_at=created, text=render_text(record), is_retweet=False,
                is_reply=isinstance(record.get("reply"), dict), lang=lang, author=author, source_format=BLUESKY_CAR)


def _posts(opener: Opener, name: str, idx: _Index, author: str) -> Iterator[Post]:
    with opener() as f:
        read_header(f, name)
        for cid, value in blocks(f, name):
            # Popped: every key yields one post, however often its block is repeated (records
            # with the same content share a CID and a block).
            keys = idx.keys.pop(cid, None)
            if not keys or not isinstance(value, dict) or value.get("$type") not in (POST, REPOST):
                continue
            for key in keys:
                if key.startswith(str(value["$type"]) + "/"):
                    yield _post(value, f"at://{idx.did}/{key}", author)


def read_bluesky_car(opener: Opener, name: str, handle: str = "") -> Batch:
    """The export's posts and reposts, streamed (the file is read twice: see above)."""
    idx = index(opener, name)
    author = handle.lstrip("@") or idx.did
    return Batch(posts=_posts(opener, name, idx, author), source_format=BLUESKY_CAR,
                 profiles={author: Profile(author, idx.display_name())})
