"""Garbage collection: what dead publishers, killed pushes and interrupted deletes
leave behind, once all of it is older than a grace period (so a publisher or a push
still at work is never touched).

    removed = collect(registry, grace_seconds=3600)        # [Removal(key, size, why)]
    botfarm registry gc --data-dir DIR [--grace-seconds 3600] [--dry-run]

What it removes:

* ``version``: files of a version with no manifest (its publisher died between claim
  and manifest); the claim stays as a tombstone so the number is never reused;
* ``model``: every object of a model whose record is gone (``delete_model`` died);
* ``upload``: upload sessions of ``botfarm registry push`` never committed nor deleted
  (the client went away);
* ``incomplete``: writes that never finished, invisible to listings: the local
  store's temporary files, S3 multipart uploads never completed (a process killed
  while it wrote, e.g. ``kill -9`` of a push against the store).

It lists everything under ``models/``: a batch job for an operator, not a request path.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from botfarm.core.store import ObjectInfo
from botfarm.core.timestamps import now_iso
from botfarm.registry import names
from botfarm.registry.uploads import UPLOADS_ROOT

if TYPE_CHECKING:
    from botfarm.registry.core import Registry


@dataclass(frozen=True)
class Removal:
    key: str
    size: int
    why: str       # "version" | "model" | "upload" | "incomplete"


def _old(objs: Iterable[ObjectInfo], cutoff: dt.datetime) -> bool:
    return all(o.last_modified is None or o.last_modified <= cutoff for o in objs)


def _group_models(registry: Registry) -> tuple[set[str], dict[tuple[str, int], list[ObjectInfo]]]:
    """(models with a record, {(model, version number or 0): objects}) from one listing."""
    groups: dict[tuple[str, int], list[ObjectInfo]] = {}
    records = set()
    for info in registry.store.list(names.ROOT):
        rest = info.key[len(names.ROOT):]
        if rest.endswith("/model.json") and rest.count("/") <= 2:
            records.add(rest[: -len("/model.json")])
            groups.setdefault((rest[: -len("/model.json")], 0), []).append(info)
            continue
        model, sep, tail = rest.partition("/versions/")
        if sep:
            digits = tail.split("/", 1)[0]
            groups.setdefault((model, int(digits) if digits.isdigit() else -1), []).append(info)
        else:
            model = rest.rsplit("/aliases/", 1)[0] if "/aliases/" in rest else rest.rsplit("/", 1)[0]
            groups.setdefault((model, 0), []).append(info)
    return records, groups


def _models_and_versions(registry: Registry, cutoff: dt.datetime) -> list[Removal]:
    records, groups = _group_models(registry)
    out: list[Removal] = []
    for model in sorted({m for m, _ in groups} - records):
        # A model whose record is gone: an interrupted delete_model.
        objs = [o for (m, _), group in groups.items() if m == model for o in group]
        if _old(objs, cutoff):
            out += [Removal(o.key, o.size, "model") for o in sorted(objs, key=lambda o: o.key)]
    for (model, num), objs in sorted(groups.items()):
        if model not in records or num <= 0 or not _old(objs, cutoff):
            continue
        keys = {o.key for o in objs}
        if names.manifest_key(model, num) in keys:
            continue
        doomed = sorted((o for o in objs if o.key != names.claim_key(model, num)), key=lambda o: o.key)
        out += [Removal(o.key, o.size, "version") for o in doomed]
    return out


def _uploads(registry: Registry, cutoff: dt.datetime) -> list[Removal]:
    sessions: dict[str, list[ObjectInfo]] = {}
    for info in registry.store.list(UPLOADS_ROOT):
        sessions.setdefault(info.key[len(UPLOADS_ROOT):].split("/", 1)[0], []).append(info)
    out = []
    for _id, objs in sorted(sessions.items()):
        if _old(objs, cutoff):
            out += [Removal(o.key, o.size, "upload") for o in objs]
    return out


def collect(registry: Registry, grace_seconds: float = 3600.0, *, now: dt.datetime | None = None,
            dry_run: bool = False) -> list[Removal]:
    """Removes (or with ``dry_run`` only reports) every leftover older than
    ``grace_seconds``; returns what went."""
    store = registry.store
    cutoff = (now or dt.datetime.now(dt.UTC)) - dt.timedelta(seconds=grace_seconds)
    removed = _models_and_versions(registry, cutoff) + _uploads(registry, cutoff)
    incomplete = [w for prefix in (names.ROOT, UPLOADS_ROOT) for w in store.list_incomplete(prefix)
                  if w.last_modified is None or w.last_modified <= cutoff]
    removed += [Removal(w.key, w.size, "incomplete") for w in incomplete]
    if dry_run:
        return removed
    for w in incomplete:
        store.abort_incomplete(w)
    tombstones = set()
    for r in removed:
        if r.why == "incomplete":
            continue
        store.delete(r.key)
        if r.why == "version":
            model, _, rest = r.key[len(names.ROOT):].partition("/versions/")
            tombstones.add((model, int(rest.split("/", 1)[0])))
    for model, num in sorted(tombstones):
        # Keep the claim as a tombstone so the number is never reused.
        registry.put_json(names.claim_key(model, num), {"deleted": True, "delete_time": now_iso(), "by": "gc"})
    return removed
