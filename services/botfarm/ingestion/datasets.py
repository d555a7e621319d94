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
from collections.abc import Iterator
from dataclasses import dataclass

from botfarm.core.errors import AlreadyExists, InvalidArgument, NotFound
from botfarm.core.store import ObjectStore
from botfarm.core.timestamps import now_iso
from botfarm.ingestion.records import Batch, Post

RAW_PREFIX = "datasets/raw/"
_NAME_RE = re.compile(r"^datasets/([0-9a-f]{64})$")


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


def encode_posts(posts: list[Post]) -> bytes:
    return b"".join(json.dumps(p.as_dict(), ensure_ascii=False, sort_keys=True).encode() + b"\n" for p in posts)


def gzip_bytes(raw: bytes) -> bytes:
    buf = io.BytesIO()
    # mtime=0: the same content gives the same bytes.
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, compresslevel=6) as f:
        f.write(raw)
    return buf.getvalue()


def _newest_id(posts: list[Post]) -> str:
    # isascii: an archive's id "²" passes isdigit() but int() rejects it.
    ids = [p.id for p in posts if p.id.isascii() and p.id.isdigit()]
    return max(ids, key=int) if ids else ""


def store_raw_dataset(store: ObjectStore, batch: Batch) -> RawDataset:
    """Stores a batch (idempotent: the same posts give the same dataset)."""
    if not batch.posts:
        raise InvalidArgument("the source holds no posts", reason="EMPTY_ARCHIVE")
    raw = encode_posts(batch.posts)
    sha = hashlib.sha256(raw).hexdigest()
    meta_key = f"{RAW_PREFIX}{sha}.json"
    if store.exists(meta_key):
        return get_raw_dataset(store, f"datasets/{sha}")
    data = gzip_bytes(raw)
    key = f"{RAW_PREFIX}{sha}.jsonl.gz"
    try:
        store.create_if_absent(key, data, length=len(data))
    except AlreadyExists:
        pass  # an earlier run stored the same bytes (content-addressed) and died before the metadata
    authors = list(dict.fromkeys(p.author for p in batch.posts))
    users = [(p.as_dict() if (p := batch.profiles.get(a)) else {"handle": a, "display_name": "",
              "avatar_url": ""}) for a in authors]
    meta = RawDataset(
        name=f"datasets/{sha}", sha256=sha, key=key, object_sha256=hashlib.sha256(data).hexdigest(),
        size_bytes=len(data), users=users, post_count=len(batch.posts),
        retweet_count=sum(p.is_retweet for p in batch.posts), reply_count=sum(p.is_reply for p in batch.posts),
        source_format=batch.source_format or batch.posts[0].source_format,
        create_time=now_iso(), newest_post_id=_newest_id(batch.posts))
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
