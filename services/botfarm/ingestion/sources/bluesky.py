"""A Bluesky author feed, live: ``app.bsky.actor.getProfile`` then
``app.bsky.feed.getAuthorFeed`` paged with ``cursor`` (100 a page) on the public
AppView. Reposts carry a ``reasonRepost``; incremental reads stop at ``since_id``
(a post URI seen by the previous ingestion)."""

from __future__ import annotations

from collections.abc import Callable

from botfarm.core.errors import Unavailable
from botfarm.ingestion.records import BLUESKY, Batch, Post, Profile, iso_time
from botfarm.ingestion.sources.http import DEFAULT_HTTP, HttpConfig, get_json

DEFAULT_BASE_URL = "https://public.api.bsky.app"
PAGE_SIZE = 100
DEFAULT_LIMIT = 3200


def read_bluesky(handle: str, *, since_id: str = "", max_posts: int = 0, base_url: str = "",
                 http: HttpConfig = DEFAULT_HTTP, progress: Callable[[int], None] | None = None) -> Batch:
    base = (base_url or DEFAULT_BASE_URL).rstrip("/")
    actor = handle.lstrip("@")
    prof, _ = get_json(f"{base}/xrpc/app.bsky.actor.getProfile", {"actor": actor}, None, http, "Bluesky API")
    if not isinstance(prof, dict):
        raise Unavailable("Bluesky API answered getProfile with no profile object",
                          reason="API_MALFORMED_RESPONSE")
    name = prof.get("handle", actor)
    posts: list[Post] = []
    batch = Batch(posts=posts, source_format=BLUESKY,
                  profiles={name: Profile(name, prof.get("displayName", ""), prof.get("avatar", ""))})
    limit = max_posts or DEFAULT_LIMIT
    cursor = ""
    while len(posts) < limit:
        page, _ = get_json(f"{base}/xrpc/app.bsky.feed.getAuthorFeed",
                           {"actor": actor, "limit": PAGE_SIZE, "cursor": cursor}, None, http, "Bluesky API")
        feed = page.get("feed") or [] if isinstance(page, dict) else []
        for item in feed:
            post = item.get("post") or {}
            if since_id and post.get("uri") == since_id:
                return _done(batch, posts, limit)
            record = post.get("record") or {}
            reason = (item.get("reason") or {}).get("$type", "")
            langs = record.get("langs") or []
            posts.append(Post(id=str(post.get("uri", "")), created_at=iso_time(record.get("createdAt")),
                              text=record.get("text", ""), is_retweet=reason.endswith("reasonRepost"),
                              is_reply="reply" in record, lang=langs[0] if langs else "", author=name,
                              source_format=BLUESKY))
        if progress:
            progress(len(posts))
        cursor = page.get("cursor", "") if isinstance(page, dict) else ""
        if not cursor or not feed:
            break
    return _done(batch, posts, limit)


def _done(batch: Batch, posts: list[Post], limit: int) -> Batch:
    del posts[limit:]
    return batch
