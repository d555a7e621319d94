"""``botfarm clean``: the cleaning rules on local files, offline, no server.

    botfarm clean ../shared/data/x-archive-andreruffert/tweets.js --rules huggingtweets --stats-json
    botfarm clean archive.zip other-export.csv --output kept.jsonl

PATH may be an X archive zip or folder, a tweets.js (account.js beside it is read for
the handle), a legacy archive, API v1.1 JSON/JSON lines, or a JSON/CSV export.
This module must not import torch (nor anything that does): it runs on a laptop.
"""

from __future__ import annotations

import argparse
import json
import sys

from botfarm.cleaning import rules as rules_mod


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "clean", help="apply the cleaning rules to archives/exports offline",
        description="Reads each PATH, applies a cleaning preset and reports the huggingtweets counts "
                    "(downloaded, retweets, short, kept) per user.")
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help="X archive (zip, folder or tweets.js), legacy archive, API v1.1 JSON/JSONL, JSON/CSV export")
    p.add_argument("--rules", default=rules_mod.DEFAULT_PRESET, choices=rules_mod.PRESETS,
                   help="cleaning preset (default: huggingtweets, the notebook's rules exactly)")
    p.add_argument("--stats-json", action="store_true",
                   help="print one JSON object: the four counts summed, and a 'users' map of the same per handle")
    p.add_argument("--output", metavar="FILE", help='write kept posts as JSON lines {"user", "text"} in input order')
    p.add_argument("--format", default="", help="force the input format (x-archive, legacy-archive, api-v1-json, export,"
                   " mastodon-archive, bluesky-car)")
    p.add_argument("--handle", default="", help="author handle for inputs that do not name one")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from botfarm.cleaning.core import StreamCleaner
    from botfarm.ingestion.records import utf8
    from botfarm.ingestion.sources.detect import open_path

    cleaner = StreamCleaner(args.rules)
    out = open(args.output, "wb") if args.output else None  # noqa: SIM115
    try:
        # Posts stream from the file through the rules to the output: memory holds a
        # block of posts, whatever the archive's size.
        with tqdm(desc="cleaning", unit="post", file=sys.stderr, disable=None) as bar:
            for path in args.paths:
                for user, text, reason in cleaner.clean(open_path(path, args.format, args.handle).posts):
                    bar.update()
                    if out and reason is None:
                        out.write(utf8(json.dumps({"user": user, "text": text}, ensure_ascii=False)) + b"\n")
    finally:
        if out:
            out.close()
    total, per_user = cleaner.total(), cleaner.counts
    extra = args.rules != "huggingtweets"
    if args.stats_json:
        obj = total.as_dict(with_extra=extra)
        obj["users"] = {h: c.as_dict(with_extra=extra) for h, c in per_user.items()}
        print(json.dumps(obj, ensure_ascii=False))
    else:
        print(f"{'user':<24} {'downloaded':>10} {'retweets':>9} {'short':>6} {'kept':>6}")
        for h, c in [*per_user.items(), ("(total)", total)]:
            print(f"{('@' + h) if h != '(total)' else h:<24} {c.downloaded:>10} {c.retweets:>9} {c.short:>6} {c.kept:>6}")
        if extra and total.extra:
            print("other drops: " + ", ".join(f"{k} {v}" for k, v in sorted(total.extra.items())))
    return 0
