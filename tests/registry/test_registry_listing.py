"""Listing that scales: a page of ListModels or ListModelVersions reads what the page
holds, not what the store holds. Counted, not timed: a store wrapper counts the
listing entries and the objects read; the counts of a page stay the same when the
store holds three times the models, or versions with many more files. Both backends."""

from __future__ import annotations

import collections

import pytest
from botfarm.core.store import ObjectStore
from botfarm.registry.core import Registry
from registry_helpers import make_weights_dir


class CountingStore(ObjectStore):
    """Any store, with a count of what each operation touched."""

    def __init__(self, inner: ObjectStore):
        self.inner = inner
        self.counts: collections.Counter = collections.Counter()

    def put(self, key, data, *, length=-1, metadata=None):
        return self.inner.put(key, data, length=length, metadata=metadata)

    def create_if_absent(self, key, data, *, length=-1, metadata=None):
        return self.inner.create_if_absent(key, data, length=length, metadata=metadata)

    def iter_chunks(self, key, chunk_size=1 << 20):
        self.counts["objects read"] += 1
        return self.inner.iter_chunks(key, chunk_size)

    def stat(self, key):
        self.counts["stats"] += 1
        return self.inner.stat(key)

    def list(self, prefix="", *, start_after="", delimiter=""):
        self.counts["listings"] += 1
        for info in self.inner.list(prefix, start_after=start_after, delimiter=delimiter):
            self.counts["entries listed"] += 1
            yield info

    def delete(self, key):
        return self.inner.delete(key)

    def measure(self, fn):
        self.counts.clear()
        result = fn()
        return result, dict(self.counts)


@pytest.fixture
def counted(store, tmp_path):
    cs = CountingStore(store)
    return cs, Registry(cs, cache_dir=tmp_path / "cache")


def _bots(reg, tmp_path, names, versions=1, files=1):
    for name in names:
        for v in range(versions):
            src = make_weights_dir(tmp_path / f"{name}-{v}", seed=v)
            for i in range(files - 1):
                (src / f"extra-{i}.json").write_text("{}")
            reg.publish(name, src, method="full")


def test_a_models_page_costs_the_same_whatever_the_store_holds(counted, tmp_path):
    cs, reg = counted
    reg.publish("base/tiny", make_weights_dir(tmp_path / "b"), method="base")
    _bots(reg, tmp_path, [f"bot-{i:02d}" for i in range(12)], versions=2)
    (page, token), small = cs.measure(lambda: reg.list_models(page_size=5))
    assert [m.model for m in page] == ["base/tiny", "bot-00", "bot-01", "bot-02", "bot-03"]

    # Three times the models, many sorting after the page, one before it in a new namespace.
    _bots(reg, tmp_path, [f"zz-{i:02d}" for i in range(24)], versions=2, files=4)
    (again, _), big = cs.measure(lambda: reg.list_models(page_size=5))
    assert [m.model for m in again] == [m.model for m in page]
    assert big == small, (small, big)
    # The cost is that of the page: per model its record, one entry per version number,
    # the newest manifest's stat and its aliases; plus one entry beyond the page.
    assert small["entries listed"] <= 5 * 2 + 5 + 3 and small["objects read"] == 5

    # A later page costs the same as the first.
    (second, _), later = cs.measure(lambda: reg.list_models(page_size=5, page_token=token))
    assert [m.model for m in second] == ["bot-04", "bot-05", "bot-06", "bot-07", "bot-08"]
    assert later["objects read"] == 5 and later["entries listed"] <= small["entries listed"] + 2


def test_every_model_once_in_order_by_pages_and_by_kind(counted, tmp_path):
    cs, reg = counted
    for b in ("base/a", "base/b"):
        reg.publish(b, make_weights_dir(tmp_path / b.replace("/", "-")), method="base")
    names = ["ab", "ab-c", "b", "basement", "zeta"]
    _bots(reg, tmp_path, names)
    for kind, expected in [("", ["ab-c", "ab", "b", "base/a", "base/b", "basement", "zeta"]),
                           ("bot", ["ab-c", "ab", "b", "basement", "zeta"]), ("base", ["base/a", "base/b"])]:
        seen, token = [], ""
        while True:
            page, token = reg.list_models(page_size=2, page_token=token, kind=kind)
            seen += [m.model for m in page]
            if not token:
                break
        assert seen == expected, kind  # the order of the keys "models/{name}/"


def test_a_versions_page_reads_its_manifests_only(counted, tmp_path):
    cs, reg = counted
    _bots(reg, tmp_path, ["few"], versions=3)
    _bots(reg, tmp_path, ["many"], versions=9, files=5)
    reg.delete_version("many", 8)  # a tombstone costs one entry, not a page slot
    (page, token), cost = cs.measure(lambda: reg.list_versions("many", page_size=3))
    assert [v.version for v in page] == [9, 7, 6] and token
    # One listing entry per version number (not per file), the model record, and the
    # manifests on the page (plus the deleted one's, found missing).
    assert cost["entries listed"] == 9 and cost["objects read"] == 1 + 4
    (_, _), few = cs.measure(lambda: reg.list_versions("few", page_size=3))
    assert few["objects read"] == 1 + 3
    (rest, last), _ = cs.measure(lambda: reg.list_versions("many", page_size=10, page_token=token))
    assert [v.version for v in rest] == [5, 4, 3, 2, 1] and last == ""
    # Resolving "latest" reads one manifest, whatever the model holds.
    (v, ), latest = cs.measure(lambda: (reg.resolve("many"),))
    assert v.version == 9 and latest["objects read"] == 2  # the model record, the manifest
