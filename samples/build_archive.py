"""Build the sample X archive shipped for `make demo` from the hand-written posts.

    .venv/bin/python samples/build_archive.py                 # rewrite samples/x-archive-botfarm-demo/
    .venv/bin/python samples/build_archive.py --output DIR    # write the archive somewhere else
    .venv/bin/python samples/build_archive.py --check         # exit 1 if the committed files are stale

The posts themselves live in samples/posts.txt (written for this project, fictional).
This script only adds what X's "Download an archive of your data" puts around them:
ids, dates, counts, entities and reply fields. Everything is derived from the post
text and its position with sha256, never from `random` or the clock, so the output is
byte-for-byte reproducible and the committed files can be checked in CI.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import json
import re
import sys
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
POSTS = HERE / "posts.txt"
DEFAULT_OUTPUT = HERE / "x-archive-botfarm-demo"


@dataclass(frozen=True)
class Account:
    username: str = "botfarm_demo"  # the handle the demo bot is named after
    display_name: str = "Juniper Holt"  # fictional person
    account_id: str = "1357924680"  # made up; X account ids are decimal strings
    created_at: str = "2014-04-12T08:31:07.000Z"


ACCOUNT = Account()

# The first post's time; later posts follow at gaps derived from their hash.
START = datetime(2021, 2, 6, 8, 14, 0, tzinfo=UTC)
# X ("Snowflake") ids are milliseconds since this epoch shifted left by 22 bits, which is
# why ids grow with time; we build them the same way so sorting by id sorts by date.
SNOWFLAKE_EPOCH_MS = 1288834974657

# Fictional people the posts mention; only the display names are needed for entities.
PEOPLE = {
    "botfarm_demo": ACCOUNT.display_name,
    "rin_codes": "Rin Okafor",
    "tomas_bakes": "Tomás Reyes",
    "deltafern": "Delta Fernley",
    "kettle_dev": "Kit Kettleworth",
    "marisol_k": "Marisol Holt",
    "sproutq": "sproutq",
    "priya_docs": "Priya Nair",
    "oakmoss_dev": "Oak Moss",
    "plot9_harold": "Harold on plot 9",
    "pycafe_meetup": "PyCafé meetup",
}

SOURCES = (
    '<a href="http://twitter.com/download/iphone" rel="nofollow">Twitter for iPhone</a>',
    '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>',
)

LINK = re.compile(r"\[\[(https?://[^\]\s]+)\]\]")
MENTION = re.compile(r"(?<![\w@])@(\w{1,15})")
HASHTAG = re.compile(r"(?<![\w#&])#(\w*[A-Za-z_]\w*)")
LEADING_MENTIONS = re.compile(r"^(?:@\w+\s+)+")
BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def _h(*parts: object) -> int:
    """A stable 64-bit number from the given parts (Python's hash() is salted per process)."""
    digest = hashlib.sha256("\x1f".join(map(str, parts)).encode()).digest()
    return int.from_bytes(digest[:8], "big")


def _user_id(handle: str) -> str:
    if handle == ACCOUNT.username:
        return ACCOUNT.account_id
    return str(10**8 + _h("user", handle) % (9 * 10**9))


def _snowflake(when: datetime, salt: object) -> int:
    ms = int(when.timestamp() * 1000) - SNOWFLAKE_EPOCH_MS
    return (ms << 22) | (_h("seq", salt) & 0x3FFFFF)


def _tco(url: str, index: int) -> str:
    n = _h("tco", url, index)
    code = "".join(BASE62[(n >> (6 * k)) % 62] for k in range(10))
    return "https://t.co/" + code


def read_posts(path: Path = POSTS) -> list[str]:
    """The posts of posts.txt, oldest first, with `\\n` turned into real line breaks."""
    posts = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("%%"):
            continue
        posts.append(line.rstrip().replace("\\n", "\n"))
    return posts


def _render_text(raw: str, index: int) -> tuple[str, list[dict]]:
    """Replace [[URL]] with t.co links and HTML-escape the rest, as X stores full_text."""
    out, urls, pos = "", [], 0
    for m in LINK.finditer(raw):
        out += html.escape(raw[pos : m.start()], quote=False)
        expanded, short = m.group(1), _tco(m.group(1), index)
        display = re.sub(r"^https?://(www\.)?", "", expanded)
        if len(display) > 26:  # X shortens long display URLs with an ellipsis
            display = display[:25] + "\u2026"
        urls.append(
            {
                "url": short,
                "expanded_url": expanded,
                "display_url": display,
                "indices": [str(len(out)), str(len(out) + len(short))],
            }
        )
        out += short
        pos = m.end()
    out += html.escape(raw[pos:], quote=False)
    return out, urls


def _entities(text: str, urls: list[dict]) -> dict:
    mentions = [
        {
            "name": PEOPLE.get(m.group(1), m.group(1)),
            "screen_name": m.group(1),
            "indices": [str(m.start()), str(m.end())],
            "id_str": _user_id(m.group(1)),
            "id": _user_id(m.group(1)),
        }
        for m in MENTION.finditer(text)
    ]
    hashtags = [
        {"text": m.group(1), "indices": [str(m.start()), str(m.end())]} for m in HASHTAG.finditer(text)
    ]
    return {"hashtags": hashtags, "symbols": [], "user_mentions": mentions, "urls": urls}


def _lang(text: str) -> str:
    # X labels posts that are only links, tags, mentions or emoji "und"(etermined).
    words = re.sub(r"https://t\.co/\w+|[@#]\w+", " ", text)
    return "en" if re.search(r"[A-Za-z]{2}", words) else "und"


def build_tweets(posts: list[str]) -> list[dict]:
    tweets: list[dict] = []
    when = START
    previous_id = None
    for i, raw in enumerate(posts):
        h = _h("post", i, raw)
        thread = raw.startswith("^ ")
        if thread:
            raw = raw[2:]
            when += timedelta(seconds=40 + h % 200)  # a thread is typed in a few minutes
        elif i:
            when += timedelta(minutes=600 + h % 3600, seconds=(h >> 40) % 60)  # 10 h to 70 h apart
        tweet_id = _snowflake(when, (i, raw))
        text, urls = _render_text(raw, i)
        retweet = text.startswith("RT @")
        leading = LEADING_MENTIONS.match(text)
        if retweet:
            likes, shares = 0, 0
        else:
            likes = h % 9 + (h >> 8) % 70 * ((h >> 16) % 9 == 0)
            shares = max(0, (h >> 24) % 5 - 2)
        tweet: dict = {
            "edit_info": {
                "initial": {
                    "editTweetIds": [str(tweet_id)],
                    "editableUntil": (when + timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                    "editsRemaining": "5",
                    "isEditEligible": not retweet,
                }
            },
            "retweeted": False,
            "source": SOURCES[1 if (h >> 32) % 5 < 2 else 0],  # about 40% from the web
            "entities": _entities(text, urls),
            "display_text_range": [str(leading.end() if leading else 0), str(len(text))],
            "favorite_count": str(likes),
            "id_str": str(tweet_id),
            "truncated": False,
            "retweet_count": str(shares),
            "id": str(tweet_id),
        }
        if urls:
            tweet["possibly_sensitive"] = False
        tweet["created_at"] = when.strftime("%a %b %d %H:%M:%S +0000 %Y")
        tweet["favorited"] = False
        tweet["full_text"] = text
        tweet["lang"] = _lang(text)
        if thread and previous_id is not None:
            reply_to, handle = previous_id, ACCOUNT.username
        elif leading and not retweet:
            # The replied-to post is someone else's, a little earlier than ours.
            handle = leading.group(0).split()[0][1:]
            reply_to = _snowflake(when - timedelta(minutes=5 + h % 600), ("parent", i))
        else:
            reply_to = None
        if reply_to is not None:
            tweet["in_reply_to_status_id_str"] = str(reply_to)
            tweet["in_reply_to_status_id"] = str(reply_to)
            tweet["in_reply_to_user_id"] = _user_id(handle)
            tweet["in_reply_to_user_id_str"] = _user_id(handle)
            tweet["in_reply_to_screen_name"] = handle
        tweets.append({"tweet": tweet})
        previous_id = tweet_id
    return tweets


def _js(variable: str, value: object) -> str:
    # X writes `"key" : value` with two-space indents and no newline at the end.
    return f"window.YTD.{variable}.part0 = " + json.dumps(
        value, indent=2, ensure_ascii=False, separators=(",", " : ")
    )


def render(posts_path: Path = POSTS) -> dict[str, str]:
    """Relative path -> file content of the whole archive."""
    account = [
        {
            "account": {
                "email": None,
                "createdVia": "web",
                "username": ACCOUNT.username,
                "accountId": ACCOUNT.account_id,
                "createdAt": ACCOUNT.created_at,
                "accountDisplayName": ACCOUNT.display_name,
            }
        }
    ]
    return {
        "data/account.js": _js("account", account),
        "data/tweets.js": _js("tweets", build_tweets(read_posts(posts_path))),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="archive folder to write")
    parser.add_argument("--check", action="store_true", help="compare instead of writing; exit 1 if different")
    args = parser.parse_args(argv)
    stale = []
    for rel, content in render().items():
        target = args.output / rel
        if args.check:
            if not target.is_file() or target.read_text(encoding="utf-8") != content:
                stale.append(rel)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8")
        print(f"wrote {target} ({len(content.encode()):,} bytes)", file=sys.stderr)
    if stale:
        print(f"stale: {', '.join(stale)}; run: python samples/build_archive.py", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
