"""Raw datasets: the normalised posts of one source, as gzip JSON lines in the object
store, immutable and named by the sha256 of their (uncompressed) content, so reading
the same archive twice stores nothing new.

    datasets/raw/{sha256}.jsonl.gz     one post record per line
    datasets/raw/{sha256}.json         metadata; written last, so it marks a complete dataset
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import IO

from botfarm.core.errors import AlreadyExists, InvalidArgument, NotFound
from botfarm.core.store import ObjectStore
from botfarm.core.timestamps import now_iso
from botfarm.ingestion.records import Batch, Post, utf8

RAW_PREFIX = "datasets/raw/"
_NAME_RE = re.compile(r"^datasets/([0-9a-f]{64})$")
#: Posts encoded and compressed at a time (and between two progress calls).
_BLOCK_POSTS = 5_000


@dataclass(frozen=True)
class RawDataset:
    """The metadata object of a raw dataset (``datasets/raw/{sha256}.json``)."""

    name: str
    sha256: str
    key: str
    object_sha256: str
    size_bytes: int
    users: list[dict]
    post_count: int
    retweet_count: int
    reply_count: int
    source_format: str
    create_time: str
    newest_post_id: str

    def as_dict(self) -> dict:
        return dict(self.__dict__)


def parse_name(name: str) -> str:
    """"datasets/{sha256}" (or the bare sha256) -> sha256."""
    m = _NAME_RE.match(name) or _NAME_RE.match(f"datasets/{name}")
    if not m:
        raise InvalidArgument(f"invalid raw dataset name {name!r}; expected datasets/{{sha256}}",
                              reason="INVALID_NAME", metadata={"name": name})
    return m.group(1)


def encode_post(p: Post) -> bytes:
    """One JSON line of a raw dataset (keys sorted: the same post, the same bytes)."""
    return utf8(json.dumps(vars(p), ensure_ascii=False, sort_keys=True)) + b"\n"


def encode_posts(posts: Iterable[Post]) -> bytes:
    return b"".join(map(encode_post, posts))


def gzip_bytes(raw: bytes) -> bytes:
    buf = io.BytesIO()
    # mtime=0: the same content gives the same bytes.
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, compresslevel=6) as f:
        f.write(raw)
    return buf.getvalue()


def _newer(a: str, b: str) -> str:
    # isascii: an archive's id "²" passes isdigit() but int() rejects it.
    if not (b.isascii() and b.isdigit()):
        return a
    return b if not a or int(b) > int(a) else a


@dataclass
class _Written:
    """What streaming the posts into the gzip file counted on the way."""

    sha256: str = ""
    posts: int = 0
    retweets: int = 0
    replies: int = 0
    authors: dict[str, None] = field(default_factory=dict)
    newest_id: str = ""
    source_format: str = ""


def _write_posts(posts: Iterable[Post], out: IO[bytes], progress: Callable[[int], None] | None) -> _Written:
    """Streams the JSON lines of ``posts`` through gzip into ``out``: memory holds a
    block of lines, never the dataset. The gzip bytes equal ``gzip_bytes`` of the
    whole (deflate's output does not depend on how its input is split)."""
    w, h = _Written(), hashlib.sha256()
    block: list[bytes] = []
    with gzip.GzipFile(filename="", fileobj=out, mode="wb", mtime=0, compresslevel=6) as gz:
        for p in posts:
            block.append(encode_post(p))
            w.posts += 1
            w.retweets += p.is_retweet
            w.replies += p.is_reply
            w.authors.setdefault(p.author)
            w.newest_id = _newer(w.newest_id, p.id)
            w.source_format = w.source_format or p.source_format
            if len(block) == _BLOCK_POSTS:
                data = b"".join(block)
                h.update(data)
                gz.write(data)
                block.clear()
                if progress:
                    progress(w.posts)
        data = b"".join(block)
        h.update(data)
        gz.write(data)
    w.sha256 = h.hexdigest()
    return w


def store_raw_dataset(store: ObjectStore, batch: Batch,
                      progress: Callable[[int], None] | None = None) -> RawDataset:
    """Stores a batch (idempotent: the same posts give the same dataset), reading its
    posts as a stream into a temporary gzip file; ``progress(n)`` is called every
    few thousand posts."""
    with tempfile.TemporaryFile(prefix="botfarm-raw-") as tmp:
        w = _write_posts(batch.posts, tmp, progress)
        if not w.posts:
            raise InvalidArgument("the source holds no posts", reason="EMPTY_ARCHIVE")
        sha = w.sha256
        meta_key = f"{RAW_PREFIX}{sha}.json"
        if store.exists(meta_key):
            return get_raw_dataset(store, f"datasets/{sha}")
        size = tmp.tell()
        tmp.seek(0)
        gz_sha = hashlib.sha256()
        for chunk in iter(lambda: tmp.read(1 << 20), b""):
            gz_sha.update(chunk)
        tmp.seek(0)
        key = f"{RAW_PREFIX}{sha}.jsonl.gz"
        try:
            store.create_if_absent(key, tmp, length=size)
        except AlreadyExists:
            pass  # an earlier run stored the same bytes (content-addressed) and died before the metadata
    users = [(p.as_dict() if (p := batch.profiles.get(a)) else {"handle": a, "display_name": "",
              "avatar_url": ""}) for a in w.authors]
    meta = RawDataset(
        name=f"datasets/{sha}", sha256=sha, key=key, object_sha256=gz_sha.hexdigest(),
        size_bytes=size, users=users, post_count=w.posts, retweet_count=w.retweets, reply_count=w.replies,
        source_format=batch.source_format or w.source_format, create_time=now_iso(), newest_post_id=w.newest_id)
    body = json.dumps(meta.as_dict(), ensure_ascii=False, sort_keys=True, indent=1).encode()
    try:
        store.create_if_absent(meta_key, body, length=len(body))
    except AlreadyExists:
        return get_raw_dataset(store, meta.name)
    return meta


def get_raw_dataset(store: ObjectStore, name: str) -> RawDataset:
    sha = parse_name(name)
    try:
        d = json.loads(store.get_bytes(f"{RAW_PREFIX}{sha}.json"))
    except NotFound:
        raise NotFound(f"raw dataset {name!r} not found", reason="DATASET_NOT_FOUND", metadata={"name": name}) from None
    return RawDataset(**d)


def raw_dataset_names(store: ObjectStore) -> Iterator[str]:
    for info in store.list(RAW_PREFIX):
        if info.key.endswith(".json"):
            yield "datasets/" + info.key[len(RAW_PREFIX):-len(".json")]


def list_raw_datasets(store: ObjectStore) -> Iterator[RawDataset]:
    for name in raw_dataset_names(store):
        yield get_raw_dataset(store, name)


def iter_raw_posts(store: ObjectStore, name: str) -> Iterator[dict]:
    """The post records of a raw dataset, in source order."""
    meta = get_raw_dataset(store, name)
    with store.open(meta.key) as f, gzip.open(f, "rt", encoding="utf-8") as lines:
        for line in lines:
            yield json.loads(line)
