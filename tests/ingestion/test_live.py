"""The live API readers against a local HTTP server replaying responses shaped as the
public API docs show them (X API v2, Mastodon, Bluesky): pagination, since_id, HTTP
429 with x-rate-limit-reset, a wrong token. The replay server is a real HTTP server;
only the remote API behind it is a fake."""

from __future__ import annotations

import pytest
from botfarm.core.errors import FailedPrecondition, NotFound, ResourceExhausted, Unauthenticated
from botfarm.ingestion.sources.bluesky import read_bluesky
from botfarm.ingestion.sources.http import HttpConfig
from botfarm.ingestion.sources.mastodon import html_to_text, read_mastodon
from botfarm.ingestion.sources.x_api_v2 import read_x_api_v2
from replay import ReplayServer

TOKEN = "good-token"


def x_tweet(i, text, refs=()):
    t = {"id": str(2000 - i), "text": text, "created_at": "2024-05-01T12:00:00.000Z", "lang": "en",
         "edit_history_tweet_ids": [str(2000 - i)]}
    if refs:
        t["referenced_tweets"] = [{"type": r, "id": "1"} for r in refs]
    return t


def x_api(server: ReplayServer, pages: list[list[dict]], *, rate_limit_first: int = 0, clock_now: float = 1000.0):
    calls = {"timeline": 0, "limited": 0}

    def auth_ok(h):
        return h.get("authorization") == f"Bearer {TOKEN}"

    def user(q, h):
        if not auth_ok(h):
            return 401, {"title": "Unauthorized", "type": "about:blank", "status": 401, "detail": "Unauthorized"}, {}
        return 200, {"data": {"id": "42", "name": "Jane Doe", "username": "jane",
                              "profile_image_url": "https://pbs.twimg.com/jane.jpg"}}, {}

    def timeline(q, h):
        if not auth_ok(h):
            return 401, {"title": "Unauthorized"}, {}
        if calls["limited"] < rate_limit_first:
            calls["limited"] += 1
            return 429, {"title": "Too Many Requests"}, {"x-rate-limit-reset": str(int(clock_now + 7)),
                                                          "x-rate-limit-remaining": "0"}
        i = int(q.get("pagination_token", "0") or 0)
        data = pages[i]
        if q.get("since_id"):
            data = [t for t in data if int(t["id"]) > int(q["since_id"])]
        meta = {"result_count": len(data)}
        if data:
            meta.update(newest_id=data[0]["id"], oldest_id=data[-1]["id"])
        if i + 1 < len(pages) and not q.get("since_id"):
            meta["next_token"] = str(i + 1)
        calls["timeline"] += 1
        return 200, ({"data": data, "meta": meta} if data else {"meta": meta}), {}

    server.routes["/2/users/by/username/jane"] = user
    server.routes["/2/users/42/tweets"] = timeline
    return calls


PAGES = [[x_tweet(0, "hello world from the api"), x_tweet(1, "RT @bob: hi", ["retweeted"])],
         [x_tweet(2, "@bob a reply here", ["replied_to"]), x_tweet(3, "a quote", ["quoted"])],
         [x_tweet(4, "the oldest post")]]


def test_x_api_v2_paginates_and_normalises():
    with ReplayServer() as srv:
        x_api(srv, PAGES)
        seen = []
        batch = read_x_api_v2("@jane", TOKEN, base_url=srv.url, progress=seen.append)
    assert [p.text for p in batch.posts] == [t["text"] for page in PAGES for t in page]
    assert [p.is_retweet for p in batch.posts] == [False, True, False, False, False]
    assert [p.is_reply for p in batch.posts] == [False, False, True, False, False]
    assert batch.posts[0].created_at == "2024-05-01T12:00:00Z" and batch.posts[0].author == "jane"
    assert batch.profiles["jane"].display_name == "Jane Doe"
    assert seen == [2, 4, 5]
    timeline = [q for p, q, _ in srv.requests if p.endswith("/tweets")]
    assert [q.get("pagination_token") for q in timeline] == [None, "1", "2"]
    assert all(q["max_results"] == "100" for q in timeline)


def test_x_api_v2_max_posts_and_since_id():
    with ReplayServer() as srv:
        x_api(srv, PAGES)
        limited = read_x_api_v2("jane", TOKEN, base_url=srv.url, max_posts=3)
        since = read_x_api_v2("jane", TOKEN, base_url=srv.url, since_id="1999")
    assert len(limited.posts) == 3
    assert [q.get("max_results") for p, q, _ in srv.requests if p.endswith("/tweets")][:2] == ["5", "5"]  # the API minimum is 5
    assert [p.id for p in since.posts] == ["2000"]
    assert [q.get("since_id") for p, q, _ in srv.requests if p.endswith("/tweets")][-1] == "1999"


def test_x_api_v2_waits_for_rate_limit_reset():
    slept = []
    http = HttpConfig(sleep=slept.append, clock=lambda: 1000.0)
    with ReplayServer() as srv:
        calls = x_api(srv, PAGES, rate_limit_first=2, clock_now=1000.0)
        batch = read_x_api_v2("jane", TOKEN, base_url=srv.url, http=http)
    assert len(batch.posts) == 5 and calls["limited"] == 2
    assert slept == [8.0, 8.0]  # until x-rate-limit-reset (now + 7), plus a second


def test_x_api_v2_rate_limit_too_long_is_resource_exhausted():
    http = HttpConfig(sleep=lambda s: None, clock=lambda: 1000.0, max_rate_limit_wait_s=5)
    with ReplayServer() as srv:
        x_api(srv, PAGES, rate_limit_first=1)
        with pytest.raises(ResourceExhausted) as e:
            read_x_api_v2("jane", TOKEN, base_url=srv.url, http=http)
    assert e.value.reason == "RATE_LIMITED" and e.value.metadata["retry_after_s"] == "8"


def test_x_api_v2_wrong_or_missing_token():
    with ReplayServer() as srv:
        x_api(srv, PAGES)
        with pytest.raises(Unauthenticated) as e:
            read_x_api_v2("jane", "wrong", base_url=srv.url)
        assert "bearer token" in e.value.message
        with pytest.raises(NotFound):
            read_x_api_v2("nobody", TOKEN, base_url=srv.url)
    with pytest.raises(FailedPrecondition) as e:
        read_x_api_v2("jane", "", base_url="http://127.0.0.1:9")
    assert "BOTFARM_X_BEARER_TOKEN" in e.value.message


def test_mastodon_statuses_paged_with_max_id():
    statuses = [{"id": str(500 - i), "created_at": "2024-01-01T00:00:00.000Z", "language": "en",
                 "in_reply_to_id": "7" if i == 2 else None, "reblog": {"content": "<p>boosted</p>"} if i == 1 else None,
                 "content": f"<p>toot number {i} &amp; more<br>second line</p><p>para</p>"} for i in range(45)]

    def lookup(q, h):
        return (200, {"id": "9", "username": "ann", "acct": "ann", "display_name": "Ann",
                      "avatar": "https://m/a.png"}, {}) if q.get("acct") == "ann" else (404, {"error": "nope"}, {})

    def page(q, h):
        items = [s for s in statuses if (not q.get("max_id") or int(s["id"]) < int(q["max_id"]))
                 and (not q.get("since_id") or int(s["id"]) > int(q["since_id"]))]
        return 200, items[:int(q.get("limit", 20))], {}

    with ReplayServer() as srv:
        srv.routes["/api/v1/accounts/lookup"] = lookup
        srv.routes["/api/v1/accounts/9/statuses"] = page
        batch = read_mastodon("ann@example.social", base_url=srv.url)
        inc = read_mastodon("@ann", base_url=srv.url, since_id="460")
    assert len(batch.posts) == 45
    assert batch.posts[0].text == "toot number 0 & more\nsecond line\npara"
    assert batch.posts[1].is_retweet and batch.posts[1].text == "boosted"
    assert batch.posts[2].is_reply
    assert batch.profiles["ann"].display_name == "Ann"
    assert [p.id for p in inc.posts] == [str(500 - i) for i in range(40)]  # ids above 460
    assert html_to_text("<p>a<br/>b</p>") == "a\nb"


def test_bluesky_author_feed_with_cursor_and_since():
    def item(i, repost=False):
        it = {"post": {"uri": f"at://did:plc:x/app.bsky.feed.post/{i}", "cid": "c", "author": {"handle": "bo.bsky.social"},
                       "record": {"$type": "app.bsky.feed.post", "text": f"skeet {i}",
                                  "createdAt": "2024-02-02T02:02:02.000Z", "langs": ["en"],
                                  **({"reply": {"parent": {}, "root": {}}} if i == 3 else {})}}}
        if repost:
            it["reason"] = {"$type": "app.bsky.feed.defs#reasonRepost", "by": {"handle": "bo.bsky.social"}}
        return it

    feed = [item(i, repost=(i == 1)) for i in range(5)]

    def profile(q, h):
        return 200, {"did": "did:plc:x", "handle": "bo.bsky.social", "displayName": "Bo", "avatar": "https://a"}, {}

    def author_feed(q, h):
        start = int(q.get("cursor") or 0)
        body = {"feed": feed[start:start + 2]}
        if start + 2 < len(feed):
            body["cursor"] = str(start + 2)
        return 200, body, {}

    with ReplayServer() as srv:
        srv.routes["/xrpc/app.bsky.actor.getProfile"] = profile
        srv.routes["/xrpc/app.bsky.feed.getAuthorFeed"] = author_feed
        batch = read_bluesky("bo.bsky.social", base_url=srv.url)
        inc = read_bluesky("bo.bsky.social", base_url=srv.url, since_id="at://did:plc:x/app.bsky.feed.post/2")
    assert [p.text for p in batch.posts] == [f"skeet {i}" for i in range(5)]
    assert [p.is_retweet for p in batch.posts] == [False, True, False, False, False]
    assert batch.posts[3].is_reply and batch.profiles["bo.bsky.social"].display_name == "Bo"
    assert [p.text for p in inc.posts] == ["skeet 0", "skeet 1"]
