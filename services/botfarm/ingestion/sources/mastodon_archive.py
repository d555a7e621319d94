"""A Mastodon account's archive ("Request your archive" in Mastodon's settings): a zip
holding ``outbox.json`` (an ActivityStreams ``OrderedCollection`` of the account's
activities, oldest first) and ``actor.json`` (the account: ``preferredUsername``,
``name``), or ``outbox.json`` alone.

    batch = read_mastodon_archive(ZipFileSet("archive-20250101.zip"))
    for post in batch.posts: ...     # outbox.json is read as the posts are consumed

What becomes a post, in the notebook's terms:

* a ``Create`` of a ``Note`` (or of a ``Question``, a poll: its text is a post too) is a
  post; its HTML ``content`` becomes text (``mastodon_html``);
* an ``Announce`` (a boost) is a retweet; the archive holds only the boosted status's
  address, which becomes its text;
* a status with ``inReplyTo`` set is a reply, kept and flagged, as X archive replies are
  (the notebook kept replies; their leading ``@user`` words do not count as words);
* a direct message (addressed neither to the public nor to the followers) is left out:
  it was never published, so it is not the account's voice to imitate.

``outbox.json`` reaches hundreds of megabytes: its ``orderedItems`` are decoded one at a
time (``jsonstream.member_items``), so memory holds one activity.

The handle is ``user@host`` (as other servers show it): ``preferredUsername`` from
``actor.json`` and the host of the actor's address; without actor.json, the actor address
of the first activity (read once more first); a handle given by the caller wins.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from urllib.parse import urlsplit

from botfarm.core.errors import InvalidArgument
from botfarm.ingestion.records import MASTODON_ARCHIVE, Batch, Post, Profile, iso_time
from botfarm.ingestion.sources.fileset import FileSet
from botfarm.ingestion.sources.jsonstream import member_items
from botfarm.ingestion.sources.mastodon_html import html_to_text

OUTBOX = "outbox.json"
ACTOR = "actor.json"
_OUTBOX_RE = re.compile(r"(?:^|/)outbox\.json$")
_ACTOR_RE = re.compile(r"(?:^|/)actor\.json$")
#: actor.json is a few kilobytes; a larger one is not an actor.
MAX_ACTOR_BYTES = 1 << 20
_PUBLIC = {"https://www.w3.org/ns/activitystreams#Public", "as:Public", "Public"}
_STATUS_ID_RE = re.compile(r"/statuses/([^/?#]+)")
#: What a Mastodon outbox.json starts with (within its first kilobytes): how a lone file is recognised.
SNIFF_RE = re.compile(r'"(?:type"\s*:\s*"OrderedCollection"|orderedItems"\s*:)')
_CREATED = ("Note", "Question")


def outbox_member(names: list[str]) -> str:
    """The archive's outbox.json ("" when it has none); the shallowest if several."""
    found = sorted((n for n in names if _OUTBOX_RE.search(n)), key=lambda n: (n.count("/"), n))
    return found[0] if found else ""


def _actor(fs: FileSet, names: list[str], outbox: str) -> dict:
    """actor.json beside the outbox, as a dict ({} when absent)."""
    folder = outbox.rpartition("/")[0]
    member = next((n for n in names if _ACTOR_RE.search(n) and n.rpartition("/")[0] == folder), "")
    if not member:
        return {}
    with fs.open(member) as f:
        data = f.read(MAX_ACTOR_BYTES + 1)
    if len(data) > MAX_ACTOR_BYTES:
        raise InvalidArgument(f"{member} is larger than {MAX_ACTOR_BYTES} bytes: not a Mastodon actor",
                              reason="FILE_TOO_LARGE", metadata={"file": member})
    try:
        actor = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise InvalidArgument(f"{member} is not JSON: {e}", reason="MALFORMED_INPUT",
                              metadata={"file": member}) from None
    return actor if isinstance(actor, dict) else {}


def handle_of(actor_url: str, username: str = "") -> str:
    """``user@host`` from an actor address (https://host/users/user) and its username."""
    parts = urlsplit(actor_url or "")
    user = username or (parts.path.rstrip("/").rpartition("/")[2] if "/users/" in parts.path else "")
    user = user.lstrip("@")
    if not user:
        return ""
    return f"{user}@{parts.hostname}" if parts.hostname else user


def _first_actor(fs: FileSet, outbox: str) -> str:
    """The ``actor`` of the outbox's first activity that names one."""
    with fs.open(outbox) as f:
        for item in member_items(f, outbox, "orderedItems"):
            actor = item.get("actor") if isinstance(item, dict) else None
            if isinstance(actor, str) and actor:
                return actor  # leaving the loop closes the generator: the rest is not read
    return ""


def _status_id(value: object) -> str:
    """The status number of an address (…/statuses/109…[/activity]), else the address."""
    s = str(value or "")
    m = _STATUS_ID_RE.search(s)
    return m.group(1) if m else s


def _addressed(obj: dict) -> set[str]:
    out: set[str] = set()
    for key in ("to", "cc"):
        v = obj.get(key)
        out.update(x for x in (v if isinstance(v, list) else [v]) if isinstance(x, str))
    return out


def _is_direct(activity: dict, obj: dict) -> bool:
    audience = _addressed(obj) | _addressed(activity)
    if not audience:
        return False  # an archive without addressing: nothing says it was private
    return not (audience & _PUBLIC or any(a.endswith("/followers") for a in audience))


def _content(obj: dict) -> tuple[str, str]:
    """(HTML content, language) of a Note: ``content``, else the first of ``contentMap``."""
    cmap = obj.get("contentMap")
    lang = next(iter(cmap), "") if isinstance(cmap, dict) and cmap else ""
    content = obj.get("content")
    if not isinstance(content, str) and lang:
        content = cmap[lang]  # type: ignore[index]
    return (content if isinstance(content, str) else ""), str(lang)


def post_of(activity: object, author: str) -> Post | None:
    """The post an outbox activity is, or None for what is not one (a direct message,
    an activity of another kind)."""
    if not isinstance(activity, dict):
        raise InvalidArgument(f"{OUTBOX}: orderedItems must hold activity objects, not {type(activity).__name__}",
                              reason="MALFORMED_INPUT")
    kind = activity.get("type")
    if kind == "Announce":
        target = activity.get("object")
        url = target.get("id") if isinstance(target, dict) else target
        return Post(id=_status_id(activity.get("id")), created_at=iso_time(activity.get("published")),
                    text=str(url or ""), is_retweet=True, is_reply=False, lang="", author=author,
                    source_format=MASTODON_ARCHIVE)
    obj = activity.get("object")
    if kind != "Create" or not isinstance(obj, dict) or obj.get("type") not in _CREATED or _is_direct(activity, obj):
        return None
    content, lang = _content(obj)
    return Post(id=_status_id(obj.get("id") or activity.get("id")),
                created_at=iso_time(obj.get("published") or activity.get("published")), text=html_to_text(content),
                is_retweet=False, is_reply=bool(obj.get("inReplyTo")), lang=lang, author=author,
                source_format=MASTODON_ARCHIVE)


def _posts(fs: FileSet, outbox: str, author: str) -> Iterator[Post]:
    with fs.open(outbox) as f:
        for activity in member_items(f, outbox, "orderedItems"):
            post = post_of(activity, author)
            if post is not None:
                yield post


def _profile(actor: dict, handle: str, fs: FileSet, outbox: str) -> Profile:
    if handle:
        name = handle.lstrip("@")
    else:
        username, actor_url = _str(actor, "preferredUsername"), _str(actor, "id")
        name = handle_of(actor_url or _first_actor(fs, outbox), username) or "unknown"
    icon = actor.get("icon")
    avatar = icon.get("url", "") if isinstance(icon, dict) else ""
    # An archive's avatar is a file inside the zip, not an address anyone can fetch.
    avatar = avatar if isinstance(avatar, str) and avatar.startswith(("http://", "https://")) else ""
    return Profile(name, _str(actor, "name"), avatar)


def _str(obj: dict, key: str) -> str:
    value = obj.get(key)
    return value if isinstance(value, str) else ""


def read_mastodon_archive(fs: FileSet, handle: str = "") -> Batch:
    """The archive's posts, streamed from outbox.json (see the module docstring)."""
    names = fs.names()
    outbox = outbox_member(names)
    if not outbox:
        raise InvalidArgument("no outbox.json in the Mastodon archive", reason="EMPTY_ARCHIVE")
    profile = _profile(_actor(fs, names, outbox), handle, fs, outbox)
    return Batch(posts=_posts(fs, outbox, profile.handle), source_format=MASTODON_ARCHIVE,
                 profiles={profile.handle: profile})
