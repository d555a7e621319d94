"""What the cleaning service and ``botfarm clean`` do, on top of the rules and the
dataset layout: group posts by author, clean, store, preview."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Sequence

from botfarm.cleaning import metrics
from botfarm.cleaning import rules as rules_mod
from botfarm.cleaning.datasets import (
    DEFAULT_EVAL_FRACTION,
    DEFAULT_SEED,
    CleanDatasetRecord,
    Progress,
    UserPosts,
    split_users,
    store_split,
)
from botfarm.core.errors import InvalidArgument
from botfarm.core.store import ObjectStore
from botfarm.ingestion import datasets as raw
from botfarm.ingestion.records import Post


class StreamCleaner:
    """A preset over a stream of posts of any number of users, a block at a time, so
    memory holds one block whatever the input's size (``botfarm clean``). Gives
    exactly what ``rules.apply`` over each user's whole list gives: the rules work
    per post, and duplicates are tracked per user across blocks."""

    #: Posts cleaned at a time (the rules' own buffer size).
    BLOCK = rules_mod.BATCH

    def __init__(self, rules: str):
        self.rules = rules_mod.check_preset(rules)
        #: Counts per author, in order of first appearance.
        self.counts: dict[str, rules_mod.Counts] = {}
        self._seen: dict[str, set[str]] = {}

    def clean(self, posts: Iterable[Post]) -> Iterator[tuple[str, str, str | None]]:
        """(author, cleaned text, drop reason or None) of each post, in input order."""
        it = iter(posts)
        while block := list(itertools.islice(it, self.BLOCK)):
            by_author: dict[str, list[int]] = {}
            for i, p in enumerate(block):
                by_author.setdefault(p.author or "unknown", []).append(i)
            out: list[tuple[str, str, str | None]] = [("", "", None)] * len(block)
            for author, idx in by_author.items():
                o = rules_mod.apply(self.rules, [block[i].text for i in idx], [block[i].is_retweet for i in idx],
                                    seen=self._seen.setdefault(author, set()) if self.rules != "huggingtweets" else None)
                self.counts.setdefault(author, rules_mod.Counts()).add(o.counts())
                for i, text, reason in zip(idx, o.texts, o.reasons, strict=True):
                    out[i] = (author, text, reason)
            yield from out

    def total(self) -> rules_mod.Counts:
        total = rules_mod.Counts()
        for c in self.counts.values():
            total.add(c)
        return total


def group_by_author(records: Iterable[dict], profiles: dict[str, dict] | None = None,
                    into: dict[str, UserPosts] | None = None) -> dict[str, UserPosts]:
    """Post records ({"author", "text", "is_retweet"}) -> one UserPosts per author, in
    order of first appearance (``into`` continues an earlier grouping)."""
    users = into if into is not None else {}
    profiles = profiles or {}
    for r in records:
        a = r.get("author") or "unknown"
        u = users.get(a)
        if u is None:
            u = users[a] = UserPosts(profile=profiles.get(a) or {"handle": a, "display_name": "", "avatar_url": ""},
                                     texts=[], retweet_flags=[])
        u.texts.append(r["text"])
        u.retweet_flags.append(bool(r.get("is_retweet")))
    return users


def load_users(store: ObjectStore, raw_datasets: Sequence[str]) -> dict[str, UserPosts]:
    if not raw_datasets:
        raise InvalidArgument("give at least one raw dataset (datasets/{sha256})", reason="NO_INPUT")
    users: dict[str, UserPosts] = {}
    # A dataset named twice is read once: doubled posts would be trained on twice and
    # could land in both the train and the eval split.
    for name in dict.fromkeys(raw_datasets):
        meta = raw.get_raw_dataset(store, name)
        profiles = {u["handle"]: u for u in meta.users}
        group_by_author(raw.iter_raw_posts(store, name), profiles, users)
    return users


def create_clean_dataset(store: ObjectStore, raw_datasets: Sequence[str], rules: str = "", seed: int = 0,
                         eval_fraction: float = 0.0, progress: Progress | None = None) -> CleanDatasetRecord:
    rules = rules_mod.check_preset(rules)
    seed = seed or DEFAULT_SEED
    eval_fraction = eval_fraction or DEFAULT_EVAL_FRACTION
    names = [f"datasets/{raw.parse_name(n)}" for n in raw_datasets]
    users = load_users(store, names)
    split = split_users(list(users.values()), rules, seed, eval_fraction, progress)
    rec = store_split(store, split, rules=rules, raw_datasets=names, seed=seed, eval_fraction=eval_fraction)
    kept = int(rec.total.get("kept", 0))
    metrics.POSTS.labels("kept").inc(kept)
    metrics.POSTS.labels("dropped").inc(max(0, int(rec.total.get("downloaded", 0)) - kept))
    metrics.DATASETS.inc()
    if progress:
        progress("stored", 1.0)
    return rec


def preview(store: ObjectStore, raw_datasets: Sequence[str], rules: str = "", sample_size: int = 0) -> dict:
    """A sample of kept and dropped posts with reasons, and the full per-user counts."""
    rules = rules_mod.check_preset(rules)
    if sample_size < 0:
        raise InvalidArgument("sample_size must not be negative", reason="INVALID_SAMPLE_SIZE")
    n = min(sample_size or 10, 1000)
    users = load_users(store, [f"datasets/{raw.parse_name(x)}" for x in raw_datasets])
    kept: list[dict] = []
    dropped: list[dict] = []
    stats: list[dict] = []
    for u in users.values():
        o = rules_mod.apply(rules, u.texts, u.retweet_flags)
        c = o.counts()
        stats.append({"user": u.profile, "counts": c.as_dict(), "dropped_by_reason": dict(sorted(c.extra.items())),
                      "kept_characters": sum(map(len, o.kept()))})
        rows = ({"user": u.profile["handle"], "original_text": t, "cleaned_text": "" if r else c_,
                 "drop_reason": r} for t, c_, r in zip(u.texts, o.texts, o.reasons, strict=True))
        for row in rows:
            target = dropped if row["drop_reason"] else kept
            if len(target) < n:
                target.append(row)
            if len(kept) >= n and len(dropped) >= n:
                break
    return {"kept": kept, "dropped": dropped, "user_stats": stats}
