"""X's "Download an archive of your data": ``data/tweets.js`` (or split
``tweets-part1.js`` ...), each ``window.YTD.tweets.partN = [{"tweet": {...}}, ...]``,
and ``data/account.js`` with the handle and display name.

Without ``account.js`` (people often share only tweets.js) the handle comes from the
caller, else from the archive's own media links (``twitter.com/{handle}/status/{id}``
of the post itself)."""

from __future__ import annotations

import collections
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from botfarm.core.errors import InvalidArgument
from botfarm.ingestion.records import X_ARCHIVE, Batch, Post, Profile
from botfarm.ingestion.sources.api_v1 import post_from_v1
from botfarm.ingestion.sources.fileset import FileSet
from botfarm.ingestion.sources.jsonstream import assigned_array

_TWEETS_RE = re.compile(r"(?:^|/)(?:data/)?tweets(?:-part\d+)?\.js$")
_ACCOUNT_RE = re.compile(r"(?:^|/)(?:data/)?account\.js$")
_PROFILE_RE = re.compile(r"(?:^|/)(?:data/)?profile\.js$")
_OWN_MEDIA_RE = re.compile(r"https?://(?:twitter|x)\.com/([A-Za-z0-9_]{1,15})/status/(\d+)")
_PART_RE = re.compile(r"tweets(?:-part(\d+))?\.js$")
#: What X archive files start with: ``window.YTD.tweets.part0 = [...]``.
YTD = "window.YTD."


def first_item(fs: FileSet, name: str) -> object:
    """The first item of the array an archive file assigns (account.js, profile.js
    hold one), None for an empty array."""
    with fs.open(name) as f:
        return next(assigned_array(f, name, YTD), None)


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
    item = first_item(fs, acc[0])
    a = item.get("account", {}) if isinstance(item, dict) else {}
    if not isinstance(a, dict) or not a.get("username"):
        return None
    avatar = ""
    prof = [n for n in names if _PROFILE_RE.search(n)]
    if prof:
        try:
            p = first_item(fs, prof[0])
            avatar = str(p.get("profile", {}).get("avatarMediaUrl", "")) if isinstance(p, dict) else ""
        except (InvalidArgument, AttributeError):
            avatar = ""  # a broken profile.js costs the avatar, not the ingestion
    return Profile(str(a["username"]), str(a.get("accountDisplayName") or ""), avatar)


def infer_handle(tweets: Iterable[dict]) -> str:
    votes: collections.Counter[str] = collections.Counter()
    for t in tweets:
        for m in (t.get("entities") or {}).get("media") or []:
            mm = _OWN_MEDIA_RE.match(str(m.get("expanded_url", "")))
            if mm and mm.group(2) == str(t.get("id_str")):
                votes[mm.group(1)] += 1
    return votes.most_common(1)[0][0] if votes else ""


def iter_tweets(fs: FileSet, members: list[str]) -> Iterator[dict]:
    """The tweet objects of the tweets members, streamed in archive order."""
    for name in members:
        with fs.open(name) as f:
            for item in assigned_array(f, name, YTD):
                t = item.get("tweet", item) if isinstance(item, dict) else item
                if not isinstance(t, dict):
                    raise InvalidArgument(f"{name}: expected tweet objects", reason="MALFORMED_INPUT")
                yield t


def _posts(fs: FileSet, members: list[str], author: str) -> Iterator[Post]:
    # The archive holds only the owner's posts: every post is theirs whatever it says.
    # Its native retweets carry no retweeted_status, only the "RT @" their text starts with.
    for t in iter_tweets(fs, members):
        p = post_from_v1({**t, "user": None}, X_ARCHIVE, author)
        yield replace(p, is_retweet=True) if not p.is_retweet and p.text.startswith("RT @") else p


def read_x_archive(fs: FileSet, handle: str = "") -> Batch:
    """The archive's posts, streamed (tweets.js is read as the posts are consumed;
    without account.js nor a handle, once more first to find the owner)."""
    names = fs.names()
    members = tweet_members(names)
    if not members:
        raise InvalidArgument("no tweets.js in the archive", reason="EMPTY_ARCHIVE")
    profile = _profile(fs, names)
    if handle:
        profile = Profile(handle, profile.display_name if profile else "", profile.avatar_url if profile else "")
    elif profile is None:
        guessed = infer_handle(iter_tweets(fs, members))
        profile = Profile(guessed) if guessed else None
    author = profile.handle if profile else "unknown"
    return Batch(posts=_posts(fs, members, author), source_format=X_ARCHIVE,
                 profiles={author: profile or Profile(author)})
