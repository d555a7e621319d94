"""Clean datasets: the kept posts of one or more users, ready to train on.

    datasets/clean/{sha256}/train.jsonl.gz    {"user", "text"} lines, upsampled + shuffled
    datasets/clean/{sha256}/eval.jsonl.gz     held-out split (not upsampled)
    datasets/clean/{sha256}/dataset.json      metadata; written last, marks a complete dataset

As in huggingtweets, several users can make one bot: each user's training posts are
repeated until their joined length reaches the longest user's, so every voice weighs
the same, then everything is shuffled with a recorded seed. The evaluation split is
taken per user *before* upsampling so no evaluation post is also trained on.

The training package reads a dataset with

    rec = load_clean_dataset(store, "cleanDatasets/<sha256>")
    for text in iter_texts(store, rec.train_key): ...
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import random
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from botfarm.cleaning import rules as rules_mod
from botfarm.core.errors import AlreadyExists, FailedPrecondition, InvalidArgument, NotFound
from botfarm.core.store import ObjectStore
from botfarm.core.timestamps import now_iso

CLEAN_PREFIX = "datasets/clean/"
_NAME_RE = re.compile(r"^cleanDatasets/([0-9a-f]{64})$")

#: The notebook refused to train on less joined text than this.
MIN_CHARACTERS = 6_000
#: Below this a bot works but sounds generic: a warning in the result.
WARN_CHARACTERS = 40_000
DEFAULT_SEED = 42
DEFAULT_EVAL_FRACTION = 0.1

#: progress(stage, fraction done)
Progress = Callable[[str, float], None]


@dataclass(frozen=True)
class CleanDatasetRecord:
    """``dataset.json``: what training and the model card need."""

    #: "cleanDatasets/{sha256}".
    name: str
    sha256: str
    #: [{"user": {"handle", "display_name", "avatar_url"},
    #:   "counts": {"downloaded", "retweets", "short", "kept"},
    #:   "dropped_by_reason": {...}, "kept_characters": int}], in input order.
    users: list[dict]
    train_key: str
    eval_key: str
    warnings: list[str] = field(default_factory=list)
    rules: str = rules_mod.DEFAULT_PRESET
    raw_datasets: list[str] = field(default_factory=list)
    seed: int = DEFAULT_SEED
    eval_fraction: float = DEFAULT_EVAL_FRACTION
    #: The four counts summed over users, plus "dropped_by_reason".
    total: dict = field(default_factory=dict)
    train_sha256: str = ""
    train_size_bytes: int = 0
    train_posts: int = 0
    eval_sha256: str = ""
    eval_size_bytes: int = 0
    eval_posts: int = 0
    create_time: str = ""

    def as_dict(self) -> dict:
        return dict(self.__dict__)


@dataclass(frozen=True)
class UserPosts:
    """One user's posts as ingested, in source order."""

    profile: dict  # {"handle", "display_name", "avatar_url"}
    texts: list[str]
    retweet_flags: list[bool]


@dataclass(frozen=True)
class Split:
    """The in-memory result of cleaning, before it is stored."""

    train: list[dict]
    eval: list[dict]
    users: list[dict]
    total: dict
    warnings: list[str]


def parse_name(name: str) -> str:
    m = _NAME_RE.match(name)
    if not m:
        raise InvalidArgument(f"invalid clean dataset name {name!r}; expected cleanDatasets/{{sha256}}",
                              reason="INVALID_NAME", metadata={"name": name})
    return m.group(1)


def upsample(posts: list[str], target_chars: int) -> list[str]:
    """The notebook's upsampling: repeat the (already shuffled) posts in order until
    their joined length reaches ``target_chars``."""
    out = list(posts)
    length = sum(len(p) for p in out)
    if not posts or sum(len(p) for p in posts) == 0:
        return out
    while length < target_chars:
        for p in posts:
            out.append(p)
            length += len(p)
            if length >= target_chars:
                break
    return out


def split_users(users: Sequence[UserPosts], rules: str, seed: int = DEFAULT_SEED,
                eval_fraction: float = DEFAULT_EVAL_FRACTION, progress: Progress | None = None) -> Split:
    """Cleans, counts, splits, upsamples and shuffles (pure: no store)."""
    rules = rules_mod.check_preset(rules)
    if not users:
        raise InvalidArgument("no users to clean", reason="NO_INPUT")
    if not 0 <= eval_fraction < 1:
        raise InvalidArgument(f"eval_fraction must be in [0, 1), got {eval_fraction}", reason="INVALID_EVAL_FRACTION")
    rng = random.Random(seed)
    total = rules_mod.Counts()
    stats: list[dict[str, Any]] = []
    kept_per_user: list[list[str]] = []
    for i, u in enumerate(users):
        outcome = rules_mod.apply(rules, u.texts, u.retweet_flags)
        counts = outcome.counts()
        total.add(counts)
        kept = outcome.kept()
        kept_per_user.append(kept)
        stats.append({"user": dict(u.profile), "counts": counts.as_dict(),
                      "dropped_by_reason": dict(sorted(counts.extra.items())),
                      "kept_characters": sum(len(t) for t in kept)})
        if progress:
            progress("clean", (i + 1) / len(users))
    total_chars = sum(s["kept_characters"] for s in stats)
    summary = ", ".join(f"@{s['user']['handle']}: {s['counts']['downloaded']} downloaded, "
                        f"{s['counts']['retweets']} retweets, {s['counts']['short']} short, "
                        f"{s['counts']['kept']} kept, {s['kept_characters']} characters" for s in stats)
    if total_chars < MIN_CHARACTERS:
        raise FailedPrecondition(
            f"too little text to train on: {total_chars} characters kept, at least {MIN_CHARACTERS} needed ({summary})",
            reason="NOT_ENOUGH_TEXT",
            metadata={"kept_characters": str(total_chars), "kept": str(total.kept),
                      "downloaded": str(total.downloaded), "retweets": str(total.retweets),
                      "short": str(total.short)})
    warnings = []
    if total_chars < WARN_CHARACTERS:
        warnings.append(f"only {total_chars} characters of text kept (under {WARN_CHARACTERS}): "
                        f"the bot may sound generic ({summary})")
    train_per_user: list[tuple[str, list[str]]] = []
    eval_rows: list[dict[str, str]] = []
    for s, kept in zip(stats, kept_per_user, strict=True):
        posts = list(kept)
        rng.shuffle(posts)
        n_eval = round(len(posts) * eval_fraction)
        if eval_fraction > 0 and len(posts) >= 2:
            n_eval = min(max(n_eval, 1), len(posts) - 1)
        handle = s["user"]["handle"]
        eval_rows.extend({"user": handle, "text": t} for t in posts[:n_eval])
        train_per_user.append((handle, posts[n_eval:]))
    target = max(sum(len(t) for t in posts) for _, posts in train_per_user)
    train_rows: list[dict[str, str]] = []
    for handle, posts in train_per_user:
        train_rows.extend({"user": handle, "text": t} for t in upsample(posts, target))
    rng.shuffle(train_rows)
    return Split(train=train_rows, eval=eval_rows, users=stats,
                 total={**total.as_dict(), "dropped_by_reason": dict(sorted(total.extra.items()))}, warnings=warnings)


def encode_rows(rows: list[dict]) -> bytes:
    return b"".join(json.dumps(r, ensure_ascii=False).encode() + b"\n" for r in rows)


def _gzip(raw: bytes) -> bytes:
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as f:
        f.write(raw)
    return buf.getvalue()


def store_split(store: ObjectStore, split: Split, *, rules: str, raw_datasets: Sequence[str], seed: int,
                eval_fraction: float) -> CleanDatasetRecord:
    """Stores a split, content-addressed and idempotent; on failure removes what this
    call wrote, so no half dataset is left."""
    train_raw, eval_raw = encode_rows(split.train), encode_rows(split.eval)
    spec = json.dumps({"rules": rules, "raw_datasets": list(raw_datasets), "seed": seed,
                       "eval_fraction": eval_fraction, "users": split.users}, sort_keys=True).encode()
    h = hashlib.sha256()
    for part in (spec, train_raw, eval_raw):
        h.update(hashlib.sha256(part).digest())
    sha = h.hexdigest()
    prefix = f"{CLEAN_PREFIX}{sha}/"
    meta_key = prefix + "dataset.json"
    if store.exists(meta_key):
        return load_clean_dataset(store, f"cleanDatasets/{sha}")
    train_gz, eval_gz = _gzip(train_raw), _gzip(eval_raw)
    written: list[str] = []
    try:
        for key, data in ((prefix + "train.jsonl.gz", train_gz), (prefix + "eval.jsonl.gz", eval_gz)):
            try:
                store.create_if_absent(key, data, length=len(data))
                written.append(key)
            except AlreadyExists:
                pass  # same content from an earlier interrupted run
        rec = CleanDatasetRecord(
            name=f"cleanDatasets/{sha}", sha256=sha, users=split.users, train_key=prefix + "train.jsonl.gz",
            eval_key=prefix + "eval.jsonl.gz", warnings=list(split.warnings), rules=rules,
            raw_datasets=list(raw_datasets), seed=seed, eval_fraction=eval_fraction, total=split.total,
            train_sha256=hashlib.sha256(train_gz).hexdigest(), train_size_bytes=len(train_gz),
            train_posts=len(split.train), eval_sha256=hashlib.sha256(eval_gz).hexdigest(),
            eval_size_bytes=len(eval_gz), eval_posts=len(split.eval),
            create_time=now_iso())
        body = json.dumps(rec.as_dict(), ensure_ascii=False, indent=1, sort_keys=True).encode()
        store.create_if_absent(meta_key, body, length=len(body))
    except AlreadyExists:
        return load_clean_dataset(store, f"cleanDatasets/{sha}")
    except BaseException:
        for key in written:
            store.delete(key)
        raise
    return rec


def load_clean_dataset(store: ObjectStore, name: str) -> CleanDatasetRecord:
    """The metadata of a stored clean dataset ("cleanDatasets/{sha256}")."""
    sha = parse_name(name)
    try:
        d = json.loads(store.get_bytes(f"{CLEAN_PREFIX}{sha}/dataset.json"))
    except NotFound:
        raise NotFound(f"clean dataset {name!r} not found", reason="CLEAN_DATASET_NOT_FOUND",
                       metadata={"name": name}) from None
    known = CleanDatasetRecord.__dataclass_fields__
    return CleanDatasetRecord(**{k: v for k, v in d.items() if k in known})


def clean_dataset_names(store: ObjectStore) -> Iterator[str]:
    for info in store.list(CLEAN_PREFIX):
        if info.key.endswith("/dataset.json"):
            yield "cleanDatasets/" + info.key[len(CLEAN_PREFIX):].split("/")[0]


def list_clean_datasets(store: ObjectStore) -> Iterator[CleanDatasetRecord]:
    for name in clean_dataset_names(store):
        yield load_clean_dataset(store, name)


def iter_rows(store: ObjectStore, key: str) -> Iterator[dict]:
    """The {"user", "text"} rows of a split, streamed."""
    with store.open(key) as f, gzip.open(f, "rt", encoding="utf-8") as lines:
        for line in lines:
            yield json.loads(line)


def iter_texts(store: ObjectStore, key: str) -> Iterator[str]:
    """The texts of a split (``record.train_key`` or ``record.eval_key``), in order."""
    for row in iter_rows(store, key):
        yield row["text"]
