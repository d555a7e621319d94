"""The ingestion and cleaning throughput metrics the farm dashboard reads: an upload of
the shipped sample archive and its cleaning, through the real core code on a local
store, move the counters by exactly the posts stored, kept and dropped."""

from __future__ import annotations

from pathlib import Path

import pytest
from botfarm.cleaning import metrics as cleaning_metrics
from botfarm.cleaning.core import create_clean_dataset
from botfarm.core.errors import BotfarmError
from botfarm.core.store import LocalStore
from botfarm.ingestion import metrics as ingestion_metrics
from botfarm.ingestion.core import Ingestions, IngestionSettings

TWEETS = Path(__file__).resolve().parents[2] / "samples" / "x-archive-botfarm-demo" / "data" / "tweets.js"


def test_posts_ingested_kept_and_dropped_are_counted(tmp_path):
    store = LocalStore(tmp_path)
    posts, ok, failed = (ingestion_metrics.POSTS._value.get(), ingestion_metrics.RUNS.labels("succeeded")._value.get(),
                         ingestion_metrics.RUNS.labels("failed")._value.get())
    kept, dropped = (cleaning_metrics.POSTS.labels("kept")._value.get(),
                     cleaning_metrics.POSTS.labels("dropped")._value.get())
    made = cleaning_metrics.DATASETS._value.get()
    ingestions = Ingestions(store, IngestionSettings())
    _, ds = ingestions.upload("tweets.js", iter([TWEETS.read_bytes()]))
    assert ds["post_count"] == 441
    assert ingestion_metrics.POSTS._value.get() == posts + 441
    assert ingestion_metrics.RUNS.labels("succeeded")._value.get() == ok + 1
    with pytest.raises(BotfarmError):
        ingestions.upload("tweets.js", iter([b"window.YTD.tweets.part0 = [{"]))
    assert ingestion_metrics.RUNS.labels("failed")._value.get() == failed + 1
    create_clean_dataset(store, [ds["name"]])
    assert cleaning_metrics.POSTS.labels("kept")._value.get() == kept + 352  # the sample's table
    assert cleaning_metrics.POSTS.labels("dropped")._value.get() == dropped + 441 - 352
    assert cleaning_metrics.DATASETS._value.get() == made + 1
