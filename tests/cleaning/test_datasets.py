"""Clean datasets: multi-user upsampling and shuffle, the held-out split, the text
thresholds, storing (content-addressed, idempotent, never half-written) and the API
the training package reads with."""

from __future__ import annotations

import gzip
import json

import pytest
from botfarm.cleaning import datasets as cd
from botfarm.cleaning.core import create_clean_dataset
from botfarm.core.errors import FailedPrecondition, InvalidArgument, NotFound
from botfarm.core.store import LocalStore
from botfarm.ingestion.datasets import store_raw_dataset
from botfarm.ingestion.sources.detect import read_path


def user(handle, n, length=60):
    texts = [f"{handle} says number {i} " + "x" * (length - 20) for i in range(n)]
    return cd.UserPosts({"handle": handle, "display_name": handle.title(), "avatar_url": ""}, texts, [False] * n)


def test_upsampling_balances_users_and_eval_is_held_out():
    big, small = user("big", 900), user("small", 100)
    split = cd.split_users([big, small], "huggingtweets", seed=3, eval_fraction=0.1)
    train_chars = {h: sum(len(r["text"]) for r in split.train if r["user"] == h) for h in ("big", "small")}
    # The smaller voice is repeated up to the longer one's joined length (within one post).
    assert abs(train_chars["big"] - train_chars["small"]) <= 60
    assert sum(r["user"] == "small" for r in split.train) > 700
    eval_texts = {r["text"] for r in split.eval}
    assert len([r for r in split.eval if r["user"] == "big"]) == 90
    assert len([r for r in split.eval if r["user"] == "small"]) == 10
    assert not eval_texts & {r["text"] for r in split.train}  # no evaluation post is trained on
    assert [u["counts"] for u in split.users] == [{"downloaded": 900, "retweets": 0, "short": 0, "kept": 900},
                                                   {"downloaded": 100, "retweets": 0, "short": 0, "kept": 100}]
    # Shuffled (users interleaved), and reproducible from the recorded seed.
    first = [r["user"] for r in split.train[:50]]
    assert "big" in first and "small" in first
    again = cd.split_users([big, small], "huggingtweets", seed=3, eval_fraction=0.1)
    other = cd.split_users([big, small], "huggingtweets", seed=4, eval_fraction=0.1)
    assert again.train == split.train and other.train != split.train
    assert split.warnings == []


def test_too_little_text_is_failed_precondition_with_counts():
    tiny = user("tiny", 50)
    chars = sum(len(t) for t in tiny.texts)
    assert chars < 6000
    with pytest.raises(FailedPrecondition) as e:
        cd.split_users([tiny], "huggingtweets")
    msg = e.value.message
    assert f"{chars} characters kept" in msg and "@tiny: 50 downloaded, 0 retweets, 0 short, 50 kept" in msg
    assert e.value.reason == "NOT_ENOUGH_TEXT" and e.value.metadata["kept"] == "50"


def test_little_text_is_a_warning():
    some = user("some", 200)
    chars = sum(len(t) for t in some.texts)
    assert 6000 <= chars < 40000
    split = cd.split_users([some], "huggingtweets")
    assert len(split.warnings) == 1 and f"{chars} characters" in split.warnings[0]


def test_bad_arguments():
    with pytest.raises(InvalidArgument):
        cd.split_users([], "huggingtweets")
    with pytest.raises(InvalidArgument):
        cd.split_users([user("a", 200)], "huggingtweets", eval_fraction=1.5)
    with pytest.raises(InvalidArgument):
        cd.split_users([user("a", 200)], "nope")


def test_store_load_iterate_on_shared_archives(store, shared_data):
    names = [store_raw_dataset(store, read_path(shared_data / f"x-archive-{h}" / "tweets.js")).name
             for h in ("andreruffert", "smithjd")]
    rec = create_clean_dataset(store, names, "huggingtweets", seed=7)
    assert rec.name == f"cleanDatasets/{rec.sha256}"
    assert rec.train_key == f"datasets/clean/{rec.sha256}/train.jsonl.gz"
    assert rec.eval_key == f"datasets/clean/{rec.sha256}/eval.jsonl.gz"
    assert [(u["user"]["handle"], u["counts"]) for u in rec.users] == [
        ("andreruffert", {"downloaded": 1986, "retweets": 643, "short": 230, "kept": 1113}),
        ("smithjd", {"downloaded": 1758, "retweets": 128, "short": 43, "kept": 1587})]
    assert rec.users[0]["user"]["display_name"] == "André Ruffert"
    loaded = cd.load_clean_dataset(store, rec.name)
    assert loaded == rec
    train = list(cd.iter_texts(store, rec.train_key))
    evals = list(cd.iter_texts(store, rec.eval_key))
    assert len(train) == rec.train_posts and len(evals) == rec.eval_posts == 111 + 159
    rows = [json.loads(x) for x in gzip.decompress(store.get_bytes(rec.train_key)).decode().splitlines()]
    assert set(rows[0]) == {"user", "text"} and [r["text"] for r in rows] == train
    # Same request, same dataset; nothing new stored.
    before = sorted(i.key for i in store.list("datasets/clean/"))
    assert create_clean_dataset(store, names, "huggingtweets", seed=7).name == rec.name
    assert sorted(i.key for i in store.list("datasets/clean/")) == before
    assert [r.name for r in cd.list_clean_datasets(store)] == [rec.name]


def test_load_errors(tmp_path):
    store = LocalStore(tmp_path)
    with pytest.raises(NotFound):
        cd.load_clean_dataset(store, "cleanDatasets/" + "a" * 64)
    with pytest.raises(InvalidArgument):
        cd.load_clean_dataset(store, "datasets/clean/../../x")
    with pytest.raises(NotFound):
        create_clean_dataset(store, ["datasets/" + "b" * 64])


class FailingStore(LocalStore):
    """A local store whose writes of one key fail, as a full disk or a dropped
    connection would."""

    def __init__(self, root, fail_on: str):
        super().__init__(root)
        self.fail_on = fail_on

    def create_if_absent(self, key, data, **kw):
        if key.endswith(self.fail_on):
            raise OSError("disk full")
        return super().create_if_absent(key, data, **kw)


@pytest.mark.parametrize("fail_on", ["eval.jsonl.gz", "dataset.json"])
def test_nothing_half_written_on_failure(tmp_path, shared_data, fail_on):
    store = FailingStore(tmp_path, fail_on)
    name = store_raw_dataset(store, read_path(shared_data / "x-archive-smithjd" / "tweets.js")).name
    with pytest.raises(OSError):
        create_clean_dataset(store, [name])
    assert list(store.list("datasets/clean/")) == []
    assert store.exists(name.replace("datasets/", "datasets/raw/") + ".json")  # the input is untouched


def test_a_raw_dataset_named_twice_is_read_once(store, shared_data):
    name = store_raw_dataset(store, read_path(shared_data / "x-archive-smithjd" / "tweets.js")).name
    once = create_clean_dataset(store, [name], "huggingtweets", seed=7)
    twice = create_clean_dataset(store, [name, name], "huggingtweets", seed=7)
    # Doubled posts would be trained on twice and leak from the train into the eval split.
    assert twice.users[0]["counts"] == once.users[0]["counts"] == {
        "downloaded": 1758, "retweets": 128, "short": 43, "kept": 1587}
    assert twice.train_posts == once.train_posts and twice.eval_posts == once.eval_posts
