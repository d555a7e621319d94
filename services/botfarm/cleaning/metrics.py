"""Prometheus metrics of the cleaning service (the farm dashboard's throughput panel)."""

from __future__ import annotations

from prometheus_client import Counter

POSTS = Counter("botfarm_cleaning_posts", "Posts cleaned, by result.", ["result"])  # kept | dropped
DATASETS = Counter("botfarm_cleaning_datasets", "Clean datasets made.")
