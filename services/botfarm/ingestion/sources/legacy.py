"""The legacy archive of 2012-2018: ``data/js/tweets/YYYY_MM.js``, each
``Grailbird.data.tweets_YYYY_MM = [ ...API v1.1 tweet objects... ]``, newest month
first in the files; we read months in calendar order, streamed."""

from __future__ import annotations

import re
from collections.abc import Iterator

from botfarm.core.errors import InvalidArgument
from botfarm.ingestion.records import LEGACY_ARCHIVE, Batch, Post, Profile
from botfarm.ingestion.sources.api_v1 import post_from_v1, profiles_from_v1
from botfarm.ingestion.sources.fileset import FileSet
from botfarm.ingestion.sources.jsonstream import assigned_array

_MONTH_RE = re.compile(r"(?:^|/)data/js/tweets/(\d{4})_(\d{2})\.js$")
#: What every month file starts with.
GRAILBIRD = "Grailbird."


def month_members(names: list[str]) -> list[str]:
    """The month files among ``names``, oldest first."""
    months = ((m.groups(), n) for n in names if (m := _MONTH_RE.search(n)))
    return [n for _, n in sorted(months, key=lambda month: month[0])]


def iter_objects(fs: FileSet, members: list[str]) -> Iterator[object]:
    """The tweet objects of the month files, in calendar order."""
    for name in members:
        with fs.open(name) as f:
            yield from assigned_array(f, name, GRAILBIRD)


def _owner_profile(fs: FileSet, members: list[str], handle: str) -> dict[str, Profile]:
    """The profile of the archive's owner from its tweets' ``user`` objects: the first
    one found (or the one named ``handle``); only as far as needed is read."""
    for obj in iter_objects(fs, members):
        found = profiles_from_v1([obj])
        if found and (not handle or handle in found):
            return found
    return {}


def _posts(fs: FileSet, members: list[str], owner: str) -> Iterator[Post]:
    # The legacy archive holds only its owner's tweets (retweets embed the other
    # author in retweeted_status, not in user).
    for o in iter_objects(fs, members):
        yield post_from_v1({**o, "user": None} if isinstance(o, dict) else o, LEGACY_ARCHIVE, owner)


def read_legacy(fs: FileSet, handle: str = "") -> Batch:
    members = month_members(fs.names())
    if not members:
        raise InvalidArgument("no data/js/tweets/YYYY_MM.js in the archive", reason="EMPTY_ARCHIVE")
    profiles = _owner_profile(fs, members, handle)
    if handle:
        profiles = {handle: profiles.get(handle) or Profile(handle)}
    owner = handle or (next(iter(profiles)) if profiles else "unknown")
    return Batch(posts=_posts(fs, members, owner), source_format=LEGACY_ARCHIVE,
                 profiles=profiles or {owner: Profile(owner)})
