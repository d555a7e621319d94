"""``botfarm ingest``: store raw datasets straight into the object store, no server.

    botfarm ingest archive.zip other/tweets.js export.csv [--handle someone] [--data-dir .botfarm/data]
    botfarm ingest --x-user jane [--since-id 1790000000000000000] [--max-posts 3200]   # BOTFARM_X_BEARER_TOKEN
    botfarm ingest --mastodon ann@mastodon.social
    botfarm ingest --bluesky bo.bsky.social

Prints one JSON line per dataset: {"dataset": "datasets/<sha256>", "users": [...], "posts": N}.
The store is chosen as for ``botfarm serve`` (--data-dir, --store-url, or the S3 flags
and their BOTFARM_* variables).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from botfarm.core.config import StoreSettings

if TYPE_CHECKING:
    from botfarm.ingestion.records import Batch


@dataclass(frozen=True)
class IngestCliSettings(StoreSettings):
    """The object-store settings of every service, and the API tokens."""

    # Best set as BOTFARM_X_BEARER_TOKEN: a flag shows in the process list.
    x_bearer_token: str = field(default="", repr=False, metadata={"help": "X API v2 bearer token",
                                                                   "secret": True})
    mastodon_token: str = field(default="", repr=False, metadata={"help": "Mastodon access token",
                                                                   "secret": True})


def register(subparsers: argparse._SubParsersAction) -> None:
    from botfarm.core.config import add_dataclass_arguments

    p = subparsers.add_parser("ingest", help="store archives, exports or live API posts as raw datasets",
                              description=__doc__.strip().splitlines()[0] if __doc__ else None)
    p.add_argument("paths", nargs="*", metavar="PATH", help="archive zip/folder, tweets.js, JSON/JSONL or CSV export")
    live = p.add_mutually_exclusive_group()
    live.add_argument("--x-user", help="read this X user through the X API v2")
    live.add_argument("--mastodon", metavar="USER@HOST", help="read this Mastodon account")
    live.add_argument("--bluesky", metavar="HANDLE", help="read this Bluesky account")
    p.add_argument("--format", default="", help="force the file format (x-archive, legacy-archive, api-v1-json, export,"
                   " mastodon-archive, bluesky-car)")
    p.add_argument("--handle", default="", help="author handle for files that do not name one")
    p.add_argument("--since-id", default="", help="live APIs: only posts newer than this id")
    p.add_argument("--max-posts", type=int, default=0, help="live APIs: most posts to read (0: the API's limit)")
    p.add_argument("--api-base-url", default="", help="live APIs: the server (Mastodon) or an override")
    add_dataclass_arguments(p, IngestCliSettings, title="store and tokens (flags or BOTFARM_* variables)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from botfarm.core.config import dataclass_from_args, open_store_from_config
    from botfarm.core.errors import InvalidArgument
    from botfarm.ingestion.core import Ingestions, IngestionSettings
    from botfarm.ingestion.datasets import store_raw_dataset
    from botfarm.ingestion.sources.detect import open_path

    s = dataclass_from_args(IngestCliSettings, args, os.environ)
    store = open_store_from_config(s)
    handle = args.x_user or args.mastodon or args.bluesky
    if bool(handle) == bool(args.paths):
        raise InvalidArgument("give either PATH... or one of --x-user, --mastodon, --bluesky")
    batches: Iterable[Batch] = []
    if handle:
        fmt = "x-api-v2" if args.x_user else "mastodon" if args.mastodon else "bluesky"
        # Run by the tokens' owner: the API (and Mastodon server) named here may have them.
        from botfarm.ingestion.sources.mastodon import split_handle

        allowed = [args.api_base_url] if args.api_base_url else []
        if fmt == "mastodon":
            allowed.append(split_handle(handle, args.api_base_url)[1])
        mgr = Ingestions(store, IngestionSettings(x_bearer_token=s.x_bearer_token, mastodon_token=s.mastodon_token,
                                                  api_base_urls=tuple(allowed)))
        with tqdm(desc=f"reading {handle}", unit="post", file=sys.stderr) as bar:
            def progress(n: int) -> None:
                bar.update(n - bar.n)

            src = {"format": fmt, "handle": handle, "since_id": args.since_id, "max_posts": args.max_posts,
                   "api_base_url": args.api_base_url}
            batches = [mgr.read_live({**src, "object_key": ""}, progress)]
    else:
        # Each file is read as it is stored: one post at a time, whatever its size.
        batches = (open_path(path, args.format, args.handle) for path in args.paths)
    for batch in batches:
        with tqdm(desc="reading", unit="post", file=sys.stderr) as bar:
            meta = store_raw_dataset(store, batch, lambda n: bar.update(n - bar.n))
        print(json.dumps({"dataset": meta.name, "users": [u["handle"] for u in meta.users],
                          "posts": meta.post_count, "retweets": meta.retweet_count}))
    return 0
