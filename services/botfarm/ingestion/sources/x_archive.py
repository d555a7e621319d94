"""X's "Download an archive of your data": ``data/tweets.js`` (or split
``tweets-part1.js`` ...), each ``window.YTD.tweets.partN = [{"tweet": {...}}, ...]``,
and ``data/account.js`` with the handle and display name.

Without ``account.js`` (people often share only tweets.js) the handle comes from the
caller, else from the archive's own media links (``twitter.com/{handle}/status/{id}``
of the post itself)."""

from __future__ import annotations

import collections
import json
import re
from dataclasses import replace

from botfarm.core.errors import InvalidArgument
from botfarm.ingestion.records import X_ARCHIVE, Batch, Profile
from botfarm.ingestion.sources.api_v1 import post_from_v1
from botfarm.ingestion.sources.fileset import FileSet

_TWEETS_RE = re.compile(r"(?:^|/)(?:data/)?tweets(?:-part\d+)?\.js$")
_ACCOUNT_RE = re.compile(r"(?:^|/)(?:data/)?account\.js$")
_PROFILE_RE = re.compile(r"(?:^|/)(?:data/)?profile\.js$")
_OWN_MEDIA_RE = re.compile(r"https?://(?:twitter|x)\.com/([A-Za-z0-9_]{1,15})/status/(\d+)")
_PART_RE = re.compile(r"tweets(?:-part(\d+))?\.js$")


def parse_assigned_array(text: str, name: str, prefix: str) -> list:
    """The JSON array a JavaScript file assigns (``<prefix>... = [...]``): the archive
    formats wrap their JSON this way (``window.YTD.tweets.part0``, legacy ``Grailbird``)."""
    s = text.lstrip()
    if s.startswith(prefix):
        eq = s.find("=")
        if eq < 0:
            raise InvalidArgument(f"{name}: no '=' after {prefix}", reason="MALFORMED_INPUT")
        s = s[eq + 1:]
    try:
        value = json.loads(s)
    except json.JSONDecodeError as e:
        raise InvalidArgument(f"malformed JSON in {name}: {e}", reason="MALFORMED_INPUT") from None
    if not isinstance(value, list):
        raise InvalidArgument(f"{name}: expected a JSON array", reason="MALFORMED_INPUT")
    return value


def parse_ytd(text: str, name: str) -> list:
    """The JSON value assigned by ``window.YTD.<x>.partN = ...``."""
    return parse_assigned_array(text, name, "window.YTD.")


def tweet_members(names: list[str]) -> list[str]:
    """The tweets members in archive order (tweets.js, then part1, part2 ...)."""
    found = [n for n in names if _TWEETS_RE.search(n) and "/js/tweets/" not in n]

    def part(n: str) -> int:
        m = _PART_RE.search(n)
        return int(m.group(1)) if m and m.group(1) else 0

    return sorted(found, key=lambda n: (part(n), n))


def _profile(fs: FileSet, names: list[str]) -> Profile | None:
    acc = [n for n in names if _ACCOUNT_RE.search(n)]
    if not acc:
        return None
    items = parse_ytd(fs.read_text(acc[0]), acc[0])
    a = items[0].get("account", {}) if items and isinstance(items[0], dict) else {}
    if not a.get("username"):
        return None
    avatar = ""
    prof = [n for n in names if _PROFILE_RE.search(n)]
    if prof:
        try:
            p = parse_ytd(fs.read_text(prof[0]), prof[0])
            avatar = str(p[0].get("profile", {}).get("avatarMediaUrl", "")) if p else ""
        except InvalidArgument:
            avatar = ""  # a broken profile.js costs the avatar, not the ingestion
    return Profile(a["username"], str(a.get("accountDisplayName") or ""), avatar)


def infer_handle(tweets: list[dict]) -> str:
    votes: collections.Counter[str] = collections.Counter()
    for t in tweets:
        for m in (t.get("entities") or {}).get("media") or []:
            mm = _OWN_MEDIA_RE.match(str(m.get("expanded_url", "")))
            if mm and mm.group(2) == str(t.get("id_str")):
                votes[mm.group(1)] += 1
    return votes.most_common(1)[0][0] if votes else ""


def read_x_archive(fs: FileSet, handle: str = "") -> Batch:
    names = fs.names()
    members = tweet_members(names)
    if not members:
        raise InvalidArgument("no tweets.js in the archive", reason="EMPTY_ARCHIVE")
    tweets: list[dict] = []
    for name in members:
        for item in parse_ytd(fs.read_text(name), name):
            t = item.get("tweet", item) if isinstance(item, dict) else item
            if not isinstance(t, dict):
                raise InvalidArgument(f"{name}: expected tweet objects", reason="MALFORMED_INPUT")
            tweets.append(t)
    profile = _profile(fs, names)
    if handle:
        profile = Profile(handle, profile.display_name if profile else "", profile.avatar_url if profile else "")
    elif profile is None:
        guessed = infer_handle(tweets)
        profile = Profile(guessed) if guessed else None
    author = profile.handle if profile else "unknown"
    batch = Batch(source_format=X_ARCHIVE, profiles={author: profile or Profile(author)})
    # The archive holds only the owner's posts: every post is theirs whatever it says.
    # Its native retweets carry no retweeted_status, only the "RT @" their text starts with.
    batch.posts = [post_from_v1({**t, "user": None}, X_ARCHIVE, author) for t in tweets]
    batch.posts = [replace(p, is_retweet=True) if not p.is_retweet and p.text.startswith("RT @") else p
                   for p in batch.posts]
    return batch
