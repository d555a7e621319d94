"""JSON and CSV exports (third-party tools, spreadsheets): one row per post with at
least ``text``; ``created_at``, ``is_retweet``, ``id``, ``is_reply``, ``lang`` and an
author column (``author``/``screen_name``/``username``) when the tool wrote them.
Rows are read as they are consumed."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Iterator
from typing import IO

from botfarm.core.errors import InvalidArgument
from botfarm.ingestion.records import EXPORT, Batch, Post, Profile
from botfarm.ingestion.sources.api_v1 import post_from_v1


def _csv_rows(opener: Callable[[], IO[bytes]], name: str) -> Iterator[dict]:
    with opener() as stream:
        yield from _rows(stream, name)


def _rows(stream: IO[bytes], name: str) -> Iterator[dict]:
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="")
    try:
        reader = csv.DictReader(text)
        first = next(reader, None)
        if first is None:
            return
        if "text" not in first and "full_text" not in first:
            raise InvalidArgument(f"{name}: a CSV export needs a 'text' column (has {', '.join(map(str, first))})",
                                  reason="UNKNOWN_FORMAT")
        yield first
        yield from reader
    except csv.Error as e:
        raise InvalidArgument(f"malformed CSV in {name}: {e}", reason="MALFORMED_INPUT") from None
    except UnicodeDecodeError as e:
        raise InvalidArgument(f"{name} is not UTF-8 text: {e.reason}", reason="MALFORMED_INPUT") from None
    finally:
        text.detach()  # the caller closes the stream


def read_csv(opener: Callable[[], IO[bytes]], name: str, handle: str = "") -> Batch:
    """A CSV export, opened by ``opener`` and read as its rows are consumed."""
    return read_rows(_csv_rows(opener, name), handle)


def read_rows(rows: Iterable[object], handle: str = "") -> Batch:
    """Posts of export rows, streamed; each author gets a profile as it is met."""
    batch = Batch(source_format=EXPORT)

    def posts() -> Iterator[Post]:
        for r in rows:
            p = post_from_v1(r, EXPORT, handle)
            if p.author and p.author not in batch.profiles:
                batch.profiles[p.author] = Profile(p.author)
            yield p

    batch.posts = posts()
    return batch
