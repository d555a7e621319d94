"""JSON and CSV exports (third-party tools, spreadsheets): one row per post with at
least ``text``; ``created_at``, ``is_retweet``, ``id``, ``is_reply``, ``lang`` and an
author column (``author``/``screen_name``/``username``) when the tool wrote them."""

from __future__ import annotations

import csv
import io

from botfarm.core.errors import InvalidArgument
from botfarm.ingestion.records import EXPORT, Batch, Profile
from botfarm.ingestion.sources.api_v1 import post_from_v1


def read_csv(text: str, name: str, handle: str = "") -> Batch:
    try:
        rows = list(csv.DictReader(io.StringIO(text)))
    except csv.Error as e:
        raise InvalidArgument(f"malformed CSV in {name}: {e}", reason="MALFORMED_INPUT") from None
    if rows and "text" not in rows[0] and "full_text" not in rows[0]:
        raise InvalidArgument(f"{name}: a CSV export needs a 'text' column (has {', '.join(rows[0])})",
                              reason="UNKNOWN_FORMAT")
    return read_rows(rows, handle)


def read_rows(rows: list, handle: str = "") -> Batch:
    batch = Batch(source_format=EXPORT)
    batch.posts = [post_from_v1(r, EXPORT, handle) for r in rows]
    for p in batch.posts:
        if p.author and p.author not in batch.profiles:
            batch.profiles[p.author] = Profile(p.author)
    return batch
