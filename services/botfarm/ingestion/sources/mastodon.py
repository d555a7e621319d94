"""A Mastodon account's statuses, live: ``/api/v1/accounts/lookup?acct=`` then
``/api/v1/accounts/:id/statuses`` paged with ``max_id`` (40 a page), incremental
with ``since_id``. Public accounts need no token. Status content is HTML: it becomes
plain text here as an archive's does (``mastodon_html``: paragraphs and line breaks as
newlines, links as their address, mentions and hashtags as shown)."""

from __future__ import annotations

from collections.abc import Callable

from botfarm.core.errors import InvalidArgument, Unavailable
from botfarm.ingestion.records import MASTODON, Batch, Post, Profile, iso_time
from botfarm.ingestion.sources.http import DEFAULT_HTTP, HttpConfig, get_json
from botfarm.ingestion.sources.mastodon_html import html_to_text

__all__ = ["html_to_text", "read_mastodon", "split_handle"]

PAGE_SIZE = 40
DEFAULT_LIMIT = 3200


def split_handle(handle: str, base_url: str) -> tuple[str, str]:
    """"user@host" (or "@user@host") -> ("user", "https://host"); base_url wins."""
    h = handle.lstrip("@")
    user, _, host = h.partition("@")
    base = base_url or (f"https://{host}" if host else "")
    if not user or not base:
        raise InvalidArgument(f"Mastodon handle {handle!r} needs a server: user@host or api_base_url",
                              reason="INVALID_HANDLE")
    return user, base.rstrip("/")


def read_mastodon(handle: str, *, since_id: str = "", max_posts: int = 0, base_url: str = "", token: str = "",
                  http: HttpConfig = DEFAULT_HTTP, progress: Callable[[int], None] | None = None) -> Batch:
    user, base = split_handle(handle, base_url)
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    acct, _ = get_json(f"{base}/api/v1/accounts/lookup", {"acct": user}, headers, http, "Mastodon API")
    if not isinstance(acct, dict):
        raise Unavailable("Mastodon API answered the account lookup with no account object",
                          reason="API_MALFORMED_RESPONSE")
    name = acct.get("acct") or user
    posts: list[Post] = []
    batch = Batch(posts=posts, source_format=MASTODON,
                  profiles={name: Profile(name, acct.get("display_name", ""), acct.get("avatar", ""))})
    limit = max_posts or DEFAULT_LIMIT
    max_id = ""
    while len(posts) < limit:
        page, _ = get_json(f"{base}/api/v1/accounts/{acct['id']}/statuses",
                           {"limit": PAGE_SIZE, "max_id": max_id, "since_id": since_id}, headers, http, "Mastodon API")
        if not isinstance(page, list) or not page:
            break
        for s in page:
            reblog = s.get("reblog")
            text = html_to_text((reblog or s).get("content") or "")
            posts.append(Post(id=str(s["id"]), created_at=iso_time(s.get("created_at")), text=text,
                              is_retweet=bool(reblog), is_reply=bool(s.get("in_reply_to_id")),
                              lang=s.get("language") or "", author=name, source_format=MASTODON))
        max_id = str(page[-1]["id"])
        if progress:
            progress(len(posts))
    del posts[limit:]
    return batch
