"""The one normalised post record every source produces (docs/architecture.md):

    {"id": str, "created_at": ISO-8601 str, "text": str, "is_retweet": bool,
     "is_reply": bool, "lang": str, "author": handle, "source_format": str}

plus the author's profile (handle, display name, avatar) gathered per source.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from email.utils import parsedate_to_datetime

#: Source format names as stored in records (the proto enum's lower-case suffixes).
X_ARCHIVE = "x-archive"
LEGACY_ARCHIVE = "legacy-archive"
API_V1_JSON = "api-v1-json"
EXPORT = "export"
X_API_V2 = "x-api-v2"
MASTODON = "mastodon"
BLUESKY = "bluesky"
MASTODON_ARCHIVE = "mastodon-archive"
BLUESKY_CAR = "bluesky-car"
FORMATS = (X_ARCHIVE, LEGACY_ARCHIVE, API_V1_JSON, EXPORT, X_API_V2, MASTODON, BLUESKY, MASTODON_ARCHIVE, BLUESKY_CAR)


@dataclass(frozen=True)
class Post:
    id: str
    created_at: str
    text: str
    is_retweet: bool
    is_reply: bool
    lang: str
    author: str
    source_format: str

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Profile:
    handle: str
    display_name: str = ""
    avatar_url: str = ""

    def as_dict(self) -> dict:
        return {"handle": self.handle, "display_name": self.display_name, "avatar_url": self.avatar_url}


@dataclass
class Batch:
    """What one source read yields: posts in source order and the authors' profiles.

    ``posts`` is a list for the live APIs (a few thousand posts) and a one-shot
    iterator for files, read as it is consumed, so an archive of any size is never
    held whole. ``profiles`` may grow while the posts are read (authors met on the
    way): it is complete once they are consumed.
    """

    posts: Iterable[Post] = field(default_factory=list)
    profiles: dict[str, Profile] = field(default_factory=dict)
    source_format: str = ""


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def utf8(text: str) -> bytes:
    """UTF-8 of ``text``; a lone surrogate (a JSON "\\ud800" escape decodes to one)
    becomes U+FFFD instead of failing to encode."""
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return _LONE_SURROGATE.sub("\ufffd", text).encode("utf-8")


def iso_time(value: object) -> str:
    """Normalises the time formats the sources use to ISO-8601 UTC ("" if absent)."""
    if value in (None, ""):
        return ""
    if isinstance(value, int | float):
        t = dt.datetime.fromtimestamp(float(value), dt.UTC)
        return t.isoformat().replace("+00:00", "Z")
    s = str(value).strip()
    try:
        # The archive and API v1.1 form: "Thu Nov 03 08:50:26 +0000 2022".
        t = dt.datetime.strptime(s, "%a %b %d %H:%M:%S %z %Y")
    except ValueError:
        try:
            t = dt.datetime.fromisoformat(s.replace("Z", "+00:00"))
        except ValueError:
            try:
                t = parsedate_to_datetime(s)
            except (TypeError, ValueError):
                return s  # keep what the source said rather than lose it
    if t.tzinfo is None:
        t = t.replace(tzinfo=dt.UTC)
    return t.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


def truthy(value: object) -> bool:
    """CSV/JSON flags: True, "true", "1", "yes", 1."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return value != 0
    return str(value).strip().lower() in ("true", "1", "yes", "y", "t")
