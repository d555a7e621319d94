"""The legacy archive of 2012-2018: ``data/js/tweets/YYYY_MM.js``, each
``Grailbird.data.tweets_YYYY_MM = [ ...API v1.1 tweet objects... ]``, newest month
first in the files; we read months in calendar order."""

from __future__ import annotations

import re

from botfarm.core.errors import InvalidArgument
from botfarm.ingestion.records import LEGACY_ARCHIVE, Batch, Profile
from botfarm.ingestion.sources.api_v1 import post_from_v1, profiles_from_v1
from botfarm.ingestion.sources.fileset import FileSet
from botfarm.ingestion.sources.x_archive import parse_assigned_array

_MONTH_RE = re.compile(r"(?:^|/)data/js/tweets/(\d{4})_(\d{2})\.js$")


def month_members(names: list[str]) -> list[str]:
    return sorted((n for n in names if _MONTH_RE.search(n)), key=lambda n: _MONTH_RE.search(n).groups())  # type: ignore[union-attr]


def parse_month(text: str, name: str) -> list:
    """One month file: ``Grailbird.data.tweets_YYYY_MM = [...]``."""
    return parse_assigned_array(text, name, "Grailbird.")


def read_legacy(fs: FileSet, handle: str = "") -> Batch:
    members = month_members(fs.names())
    if not members:
        raise InvalidArgument("no data/js/tweets/YYYY_MM.js in the archive", reason="EMPTY_ARCHIVE")
    objs: list = []
    for name in members:
        objs.extend(parse_month(fs.read_text(name), name))
    profiles = profiles_from_v1(objs)
    if handle:
        p = profiles.get(handle)
        profiles = {handle: p or Profile(handle)}
    # The legacy archive holds only its owner's tweets (retweets embed the other
    # author in retweeted_status, not in user).
    owner = handle or (next(iter(profiles)) if profiles else "unknown")
    batch = Batch(source_format=LEGACY_ARCHIVE, profiles=profiles or {owner: Profile(owner)})
    batch.posts = [post_from_v1({**o, "user": None} if isinstance(o, dict) else o, LEGACY_ARCHIVE, owner)
                   for o in objs]
    return batch
