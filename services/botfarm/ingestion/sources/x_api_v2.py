"""The X API v2, live: user lookup by username, then the user's posts, newest first,
paginated (``max_results`` up to 100, ``pagination_token``) up to the API's 3,200
most recent, incremental with ``since_id``. The bearer token comes from
``BOTFARM_X_BEARER_TOKEN`` (read by the service at start-up, a Kubernetes Secret in
the chart) and is passed in here."""

from __future__ import annotations

from collections.abc import Callable

from botfarm.core.errors import FailedPrecondition, NotFound
from botfarm.ingestion.records import X_API_V2, Batch, Post, Profile, iso_time
from botfarm.ingestion.sources.http import DEFAULT_HTTP, HttpConfig, get_json

DEFAULT_BASE_URL = "https://api.x.com"
#: The timeline endpoint returns at most the 3,200 most recent posts.
API_LIMIT = 3200
PAGE_SIZE = 100


def read_x_api_v2(username: str, token: str, *, since_id: str = "", max_posts: int = 0,
                  base_url: str = "", http: HttpConfig = DEFAULT_HTTP,
                  progress: Callable[[int], None] | None = None) -> Batch:
    if not token:
        raise FailedPrecondition("the X API needs a bearer token: set BOTFARM_X_BEARER_TOKEN", reason="NO_API_TOKEN")
    base = (base_url or DEFAULT_BASE_URL).rstrip("/")
    username = username.lstrip("@")
    headers = {"Authorization": f"Bearer {token}"}
    found, _ = get_json(f"{base}/2/users/by/username/{username}", {"user.fields": "name,profile_image_url"},
                        headers, http, "X API")
    user = found.get("data") if isinstance(found, dict) else None
    if not user:
        raise NotFound(f"X user @{username} not found", reason="USER_NOT_FOUND", metadata={"handle": username})
    handle = user.get("username", username)
    limit = min(max_posts or API_LIMIT, API_LIMIT)
    posts: list[Post] = []
    batch = Batch(posts=posts, source_format=X_API_V2,
                  profiles={handle: Profile(handle, user.get("name", ""), user.get("profile_image_url", ""))})
    token_ = ""
    while len(posts) < limit:
        params = {"max_results": max(5, min(PAGE_SIZE, limit - len(posts))),
                  "tweet.fields": "created_at,lang,referenced_tweets,in_reply_to_user_id",
                  "pagination_token": token_, "since_id": since_id}
        page, _ = get_json(f"{base}/2/users/{user['id']}/tweets", params, headers, http, "X API")
        for t in (page.get("data") or []) if isinstance(page, dict) else []:
            refs = {r.get("type") for r in t.get("referenced_tweets") or []}
            posts.append(Post(id=str(t["id"]), created_at=iso_time(t.get("created_at")), text=t.get("text", ""),
                              is_retweet="retweeted" in refs, is_reply="replied_to" in refs,
                              lang=t.get("lang", ""), author=handle, source_format=X_API_V2))
        if progress:
            progress(len(posts))
        token_ = ((page.get("meta") or {}).get("next_token") or "") if isinstance(page, dict) else ""
        if not token_:
            break
    del posts[limit:]
    return batch
