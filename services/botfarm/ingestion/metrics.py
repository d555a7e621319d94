"""Prometheus metrics of the ingestion service (the farm dashboard's throughput panel).
Labels stay bounded: a fixed result, never a source or user name."""

from __future__ import annotations

from prometheus_client import Counter

POSTS = Counter("botfarm_ingestion_posts", "Posts stored in raw datasets.")
RUNS = Counter("botfarm_ingestion_runs", "Ingestions that ended, by result.", ["result"])  # succeeded | failed
