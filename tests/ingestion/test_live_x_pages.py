"""The live X API v2 reader over several pages: ``since_id`` with pagination, and the
3,200-post cap of the user timeline. The HTTP server is real (``replay.py``); the X API
behind it is a FAKE that pages as the API documents: newest first, ``max_results`` up to
100, ``pagination_token`` / ``meta.next_token``, ``since_id`` honoured on every page."""

from __future__ import annotations

from botfarm.ingestion.sources.x_api_v2 import API_LIMIT, read_x_api_v2
from replay import ReplayServer

TOKEN = "good-token"


def fake_x_api(server: ReplayServer, total: int) -> list[dict]:
    """A user "jane" with posts 1..total (ids grow with time); returns the timeline
    requests' queries as they come."""
    posts = [{"id": str(10_000 + i), "text": f"post number {i}", "created_at": "2024-05-01T12:00:00.000Z",
              "lang": "en"} for i in range(total, 0, -1)]  # newest first
    queries: list[dict] = []

    def user(q, h):
        return 200, {"data": {"id": "42", "name": "Jane", "username": "jane"}}, {}

    def timeline(q, h):
        queries.append(q)
        if h.get("authorization") != f"Bearer {TOKEN}":
            return 401, {"title": "Unauthorized"}, {}
        newer = [t for t in posts if not q.get("since_id") or int(t["id"]) > int(q["since_id"])]
        start = int(q.get("pagination_token") or 0)
        size = int(q["max_results"])
        assert 5 <= size <= 100, "the API refuses max_results outside 5..100"
        page = newer[start:start + size]
        meta: dict = {"result_count": len(page)}
        if page:
            meta.update(newest_id=page[0]["id"], oldest_id=page[-1]["id"])
        if start + size < len(newer):
            meta["next_token"] = str(start + size)
        return 200, ({"data": page, "meta": meta} if page else {"meta": meta}), {}

    server.routes["/2/users/by/username/jane"] = user
    server.routes["/2/users/42/tweets"] = timeline
    return queries


def test_since_id_reads_every_page_of_newer_posts():
    with ReplayServer() as srv:
        queries = fake_x_api(srv, 450)
        seen: list[int] = []
        batch = read_x_api_v2("jane", TOKEN, base_url=srv.url, since_id="10100", progress=seen.append)
    ids = [int(p.id) for p in batch.posts]
    assert ids == list(range(10_450, 10_100, -1))  # the 350 newer posts, newest first, none twice
    assert [q.get("pagination_token") for q in queries] == [None, "100", "200", "300"]
    assert all(q["since_id"] == "10100" for q in queries)
    assert seen == [100, 200, 300, 350]


def test_since_id_with_nothing_newer_reads_one_page():
    with ReplayServer() as srv:
        queries = fake_x_api(srv, 120)
        batch = read_x_api_v2("jane", TOKEN, base_url=srv.url, since_id="10120")
    assert list(batch.posts) == [] and len(queries) == 1


def test_the_timeline_stops_at_3200_posts():
    with ReplayServer() as srv:
        queries = fake_x_api(srv, 3_450)
        batch = read_x_api_v2("jane", TOKEN, base_url=srv.url)
        asked_more = read_x_api_v2("jane", TOKEN, base_url=srv.url, max_posts=10_000)
        fewer = read_x_api_v2("jane", TOKEN, base_url=srv.url, max_posts=150)
    assert API_LIMIT == 3200
    assert len(batch.posts) == 3200 and batch.posts[0].id == "13450" and batch.posts[-1].id == "10251"
    assert len(asked_more.posts) == 3200  # max_posts cannot pass the API's cap
    assert len(fewer.posts) == 150
    sizes = [int(q["max_results"]) for q in queries]
    # 32 full pages each for the first two reads (no 33rd request), then 100 + 50.
    assert sizes == [100] * 32 + [100] * 32 + [100, 50]
