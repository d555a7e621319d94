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
    p.add_argument("--format", default="", help="force the input format (x-archive, legacy-archive, api-v1-json, export)")
    p.add_argument("--handle", default="", help="author handle for inputs that do not name one")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from botfarm.cleaning.core import group_by_author
    from botfarm.ingestion.sources.detect import read_path

    total = rules_mod.Counts()
    per_user: dict[str, rules_mod.Counts] = {}
    out = open(args.output, "w", encoding="utf-8") if args.output else None  # noqa: SIM115
    try:
        for path in tqdm(args.paths, desc="cleaning", unit="file", file=sys.stderr, disable=len(args.paths) < 2):
            batch = read_path(path, args.format, args.handle)
            users = group_by_author(p.as_dict() for p in batch.posts)
            kept_by_post: list[tuple[str, str]] = []
            # Clean per author (duplicates are per user), then write in input order.
            outcomes = {}
            for handle, u in users.items():
                o = rules_mod.apply(args.rules, u.texts, u.retweet_flags)
                outcomes[handle] = iter(zip(o.texts, o.reasons, strict=True))
                c = o.counts()
                total.add(c)
                per_user.setdefault(handle, rules_mod.Counts()).add(c)
            if out:
                for post in batch.posts:
                    text, reason = next(outcomes[post.author or "unknown"])
                    if reason is None:
                        kept_by_post.append((post.author, text))
                for handle, text in kept_by_post:
                    out.write(json.dumps({"user": handle, "text": text}, ensure_ascii=False) + "\n")
    finally:
        if out:
            out.close()
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
