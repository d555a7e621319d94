"""Mastodon archives (outbox.json, zip or alone) and Bluesky repository exports (CAR
files): what becomes a post, a retweet, a reply; text as people saw it; the handle;
autodetection and explicit formats; bad files as clear errors. The samples are the
project's own (samples/build_social_archives.py); the CAR files here are encoded by an
independent DAG-CBOR encoder and decoded by libipld."""

from __future__ import annotations

import io
import json

import pytest
from botfarm.cleaning.core import StreamCleaner
from botfarm.core.errors import InvalidArgument
from botfarm.ingestion.records import BLUESKY_CAR, MASTODON_ARCHIVE
from botfarm.ingestion.sources.bluesky_car import render_text
from botfarm.ingestion.sources.detect import read_file, read_path
from botfarm.ingestion.sources.mastodon_archive import post_of
from botfarm.ingestion.sources.mastodon_html import html_to_text
from socialsamples import (
    BLUESKY_CAR as CAR_PATH,
)
from socialsamples import (
    BLUESKY_COUNTS,
    BLUESKY_DID,
    BLUESKY_REPLIES,
    MASTODON_COUNTS,
    MASTODON_DIR,
    MASTODON_HANDLE,
    MASTODON_REPLIES,
    car,
    mastodon_zip,
    uvarint,
)


def counts(batch) -> dict:
    cleaner = StreamCleaner("huggingtweets")
    for _ in cleaner.clean(batch.posts):
        pass
    return {h: c.as_dict() for h, c in cleaner.counts.items()}


# --- Mastodon ---------------------------------------------------------------------------

def test_mastodon_zip_folder_and_outbox_alone_agree(tmp_path):
    z = tmp_path / "archive-20250101120000-abc.zip"
    z.write_bytes(mastodon_zip())
    from_zip = read_path(z)
    assert from_zip.source_format == MASTODON_ARCHIVE
    assert from_zip.profiles[MASTODON_HANDLE].display_name == "Rin Okafor"
    assert counts(read_path(z)) == {MASTODON_HANDLE: MASTODON_COUNTS}
    assert counts(read_path(MASTODON_DIR)) == {MASTODON_HANDLE: MASTODON_COUNTS}
    alone = read_path(MASTODON_DIR / "outbox.json")  # actor.json beside it is read
    assert [p.as_dict() for p in alone.posts] == [p.as_dict() for p in from_zip.posts]
    assert sum(p.is_reply for p in from_zip.posts) == MASTODON_REPLIES
    assert all(p.author == MASTODON_HANDLE and p.id.isdigit() for p in from_zip.posts)


def test_mastodon_without_actor_takes_the_handle_from_the_activities(tmp_path):
    # Named otherwise and alone: recognised by its content, the handle from the actor address.
    data = (MASTODON_DIR / "outbox.json").read_bytes()
    batch = read_file("export.json", data)
    assert batch.source_format == MASTODON_ARCHIVE and set(batch.profiles) == {MASTODON_HANDLE}
    assert batch.profiles[MASTODON_HANDLE].display_name == ""
    given = read_file("archive.zip", mastodon_zip(with_actor=False), handle="@rin@other.example")
    assert {p.author for p in given.posts} == {"rin@other.example"}


def test_mastodon_activity_semantics():
    author = "ann@m.example"
    public = {"to": ["https://www.w3.org/ns/activitystreams#Public"], "cc": []}

    def create(obj, **kw):
        return {"type": "Create", "id": "https://m.example/users/ann/statuses/7/activity",
                "published": "2024-01-02T03:04:05Z", **kw,
                "object": {"id": "https://m.example/users/ann/statuses/7", "type": "Note", **public, **obj}}

    note = post_of(create({"content": "<p>Hello <b>world</b> &amp; friends</p>", "contentMap": {"de": "x"}}), author)
    assert note is not None and (note.id, note.text, note.lang, note.is_retweet, note.is_reply) == (
        "7", "Hello world & friends", "de", False, False)
    assert note.created_at == "2024-01-02T03:04:05Z" and note.source_format == MASTODON_ARCHIVE
    reply = post_of(create({"content": "<p>yes</p>", "inReplyTo": "https://x.example/statuses/1"}), author)
    assert reply is not None and reply.is_reply
    boost = post_of({"type": "Announce", "id": "https://m.example/users/ann/statuses/9/activity",
                     "object": "https://x.example/users/bo/statuses/3", **public}, author)
    assert boost is not None and boost.is_retweet and boost.id == "9" and boost.text.endswith("/statuses/3")
    poll = post_of(create({"type": "Question", "content": "<p>tea or coffee?</p>"}), author)
    assert poll is not None and poll.text == "tea or coffee?"
    only_map = post_of(create({"content": None, "contentMap": {"fr": "<p>bonjour</p>"}}), author)
    assert only_map is not None and (only_map.text, only_map.lang) == ("bonjour", "fr")
    direct = create({"content": "<p>secret</p>", "to": ["https://x.example/users/bo"], "cc": []},
                    to=["https://x.example/users/bo"], cc=[])
    assert post_of(direct, author) is None
    followers_only = create({"content": "<p>friends</p>", "to": ["https://m.example/users/ann/followers"]},
                            to=["https://m.example/users/ann/followers"])
    assert post_of(followers_only, author) is not None
    assert post_of({"type": "Delete", "object": "x"}, author) is None
    with pytest.raises(InvalidArgument):
        post_of(["not", "an", "activity"], author)


def test_mastodon_html_as_mastodon_shows_it():
    html = ('<p><span class="h-card" translate="no"><a href="https://x.example/@bo" class="u-url mention">'
            '@<span>bo</span></a></span> look: <a href="https://example.org/a/very/long/path/indeed" '
            'rel="nofollow"><span class="invisible">https://</span><span class="ellipsis">example.org/a/very/'
            'long/pa</span><span class="invisible">th/indeed</span></a></p><p>second &lt;para&gt;<br />line two '
            '<a href="https://m.example/tags/Cats" class="mention hashtag" rel="tag">#<span>Cats</span></a>'
            ' &#127793; &quot;q&quot;</p>')
    assert html_to_text(html) == ("@bo look: https://example.org/a/very/long/path/indeed\n"
                                  'second <para>\nline two #Cats \U0001f331 "q"')
    assert html_to_text("") == "" and html_to_text("plain & simple") == "plain & simple"


@pytest.mark.parametrize("body, reason", [
    (b'{"type": "OrderedCollection", "orderedItems": [{"type": "Create", "object": {}}', "MALFORMED_INPUT"),
    (b'{"type": "OrderedCollection", "orderedItems": [1, 2]}', "MALFORMED_INPUT"),
    (b'{"type": "OrderedCollection", "orderedItems": [' + b"[" * 5000 + b"]" * 5000 + b"]}", "JSON_TOO_DEEP"),
])
def test_bad_outbox_is_invalid_argument(body, reason):
    with pytest.raises(InvalidArgument) as e:
        read_file("outbox.json", body)
    assert e.value.reason == reason


def test_explicit_format_on_the_wrong_file_is_refused(tmp_path):
    with pytest.raises(InvalidArgument) as e:
        read_file("archive.zip", mastodon_zip(), fmt=BLUESKY_CAR)
    assert e.value.reason == "EMPTY_ARCHIVE" and "bluesky-car" in e.value.message
    with pytest.raises(InvalidArgument) as e:
        read_file("repo.car", CAR_PATH.read_bytes(), fmt=MASTODON_ARCHIVE)
    assert e.value.reason == "UNKNOWN_FORMAT"


# --- Bluesky ----------------------------------------------------------------------------

def test_bluesky_car_sample_counts_and_identity(tmp_path):
    batch = read_path(CAR_PATH)
    assert batch.source_format == BLUESKY_CAR
    assert batch.profiles == {BLUESKY_DID: batch.profiles[BLUESKY_DID]}
    assert batch.profiles[BLUESKY_DID].display_name == "Tomás Reyes"
    posts = batch.posts
    assert len(posts) == 60 and sum(p.is_reply for p in posts) == BLUESKY_REPLIES
    assert all(p.id.startswith(f"at://{BLUESKY_DID}/app.bsky.feed.") for p in posts)
    assert counts(read_path(CAR_PATH)) == {BLUESKY_DID: BLUESKY_COUNTS}
    assert counts(read_path(CAR_PATH, handle="tomas.bsky.social")) == {"tomas.bsky.social": BLUESKY_COUNTS}
    # The app's shortened link became the full address (and so the cleaning drops it).
    assert any(p.text.endswith("https://junipers.garden/talks/queues-fail") for p in posts)
    # Zipped, renamed, or named explicitly: the same posts.
    zipped = tmp_path / "export.zip"
    import zipfile

    with zipfile.ZipFile(zipped, "w") as z:
        z.write(CAR_PATH, "repo.car")
    assert [p.id for p in read_path(zipped).posts] == [p.id for p in posts]
    assert [p.id for p in read_file("download.bin", CAR_PATH.read_bytes(), fmt=BLUESKY_CAR).posts] == [
        p.id for p in posts]


def _post(text, facets=None, **kw):
    rec = {"$type": "app.bsky.feed.post", "text": text, "createdAt": "2024-05-06T07:08:09.123Z", **kw}
    if facets is not None:
        rec["facets"] = facets
    return rec


def _link(start, end, uri):
    return {"index": {"byteStart": start, "byteEnd": end},
            "features": [{"$type": "app.bsky.richtext.facet#link", "uri": uri}]}


def test_facets_render_as_the_app_shows_them():
    text = "🌱 read example.com/a/long/pa... or click here @bo.test #tag"
    b = text.encode()
    short = (b.index(b"example"), b.index(b"... ") + 3)
    click = (b.index(b"click here"), b.index(b"click here") + 10)
    mention = (b.index(b"@bo"), b.index(b"@bo") + 8)
    facets = [_link(*short, "https://example.com/a/long/path/x"), _link(*click, "https://example.com/elsewhere"),
              {"index": {"byteStart": mention[0], "byteEnd": mention[1]},
               "features": [{"$type": "app.bsky.richtext.facet#mention", "did": "did:plc:bo"}]},
              _link(10_000, 10_010, "https://out.of.range"), _link(5, 2, "https://backwards"),
              {"index": "nonsense"}, "nonsense"]
    assert render_text(_post(text, facets)) == ("🌱 read https://example.com/a/long/path/x or click here "
                                                "@bo.test #tag")
    assert render_text(_post("no facets")) == "no facets"
    assert render_text({"text": 5}) == ""


def test_car_records_and_what_is_not_a_post():
    data = car({
        "app.bsky.feed.post/3k2aaaaaaaa22": _post("a post in english", langs=["en"]),
        "app.bsky.feed.post/3k2aaaaaaab22": _post("a reply", reply={"root": {}, "parent": {}}),
        "app.bsky.feed.repost/3k2aaaaaaac22": {"$type": "app.bsky.feed.repost", "createdAt": "2024-05-06T07:08:09Z",
                                               "subject": {"uri": "at://did:plc:o/app.bsky.feed.post/1", "cid": "x"}},
        "app.bsky.feed.like/3k2aaaaaaad22": {"$type": "app.bsky.feed.like", "createdAt": "2024-05-06T07:08:09Z"},
        "app.bsky.actor.profile/self": {"$type": "app.bsky.actor.profile", "displayName": "Dee"},
    }, did="did:plc:dee", extra=[uvarint(36 + 3) + bytes([1, 0x55, 0x12, 0x20]) + b"\x01" * 32 + b"raw"])
    batch = read_file("repo.car", data, handle="@dee.test")
    by_id = {p.id: p for p in batch.posts}
    assert set(by_id) == {"at://did:plc:dee/app.bsky.feed.post/3k2aaaaaaaa22",
                          "at://did:plc:dee/app.bsky.feed.post/3k2aaaaaaab22",
                          "at://did:plc:dee/app.bsky.feed.repost/3k2aaaaaaac22"}
    first = by_id["at://did:plc:dee/app.bsky.feed.post/3k2aaaaaaaa22"]
    assert (first.text, first.lang, first.created_at, first.author) == (
        "a post in english", "en", "2024-05-06T07:08:09.123000Z", "dee.test")
    assert by_id["at://did:plc:dee/app.bsky.feed.post/3k2aaaaaaab22"].is_reply
    repost = by_id["at://did:plc:dee/app.bsky.feed.repost/3k2aaaaaaac22"]
    assert repost.is_retweet and repost.text == "at://did:plc:o/app.bsky.feed.post/1"
    assert batch.profiles["dee.test"].display_name == "Dee"


def _header(obj: dict) -> bytes:
    from socialsamples import cbor

    h = cbor(obj)
    return uvarint(len(h)) + h


@pytest.mark.parametrize("mutate, reason", [
    (lambda d: d[:-7], "MALFORMED_INPUT"),                                     # truncated in a block
    (lambda d: d + uvarint(10 << 20), "VALUE_TOO_LARGE"),                      # a block of 10 MB announced
    (lambda d: _header({"roots": [], "version": 2}) + d[60:], "UNKNOWN_FORMAT"),  # CAR v2
    (lambda d: _header({"roots": [], "version": 1}), "UNKNOWN_FORMAT"),        # no commit: no DID
    (lambda d: d[:70] + b"\xff" * 40 + d[110:], "MALFORMED_INPUT"),            # a broken block
])
def test_bad_car_files_are_invalid_argument(mutate, reason):
    good = car({"app.bsky.feed.post/3k2aaaaaaaa22": _post("hello there friend")})
    with pytest.raises(InvalidArgument) as e:
        read_file("repo.car", mutate(good))
    assert e.value.reason == reason, e.value.message


def test_tree_keys_are_bounded():
    # Each tree entry extends a prefix of the key before it: unbounded, a 2 MB block of
    # entries that each extend the last would build gigabytes of keys.
    data = car({"app.bsky.feed.post/" + "a" * 1100: _post("hello there friend")})
    with pytest.raises(InvalidArgument) as e:
        read_file("repo.car", data)
    assert e.value.reason == "MALFORMED_INPUT" and "1024 bytes" in e.value.message


def test_deeply_nested_cbor_is_refused():
    from socialsamples import cbor

    data = car({"app.bsky.feed.post/3k2aaaaaaaa22": b"\x81" * 5000 + cbor("x")})
    with pytest.raises(InvalidArgument) as e:
        read_file("repo.car", data)
    assert e.value.reason == "CBOR_TOO_DEEP"
    assert cbor([1]) == b"\x81\x01"


def test_stats_match_the_raw_json_of_the_sample():
    # The sample's outbox, read with plain json: 62 activities, 2 of them direct messages.
    items = json.loads((MASTODON_DIR / "outbox.json").read_text())["orderedItems"]
    assert len(items) == 62 and sum(i["type"] == "Announce" for i in items) == MASTODON_COUNTS["retweets"]
    batch = read_file("outbox.json", io.BytesIO((MASTODON_DIR / "outbox.json").read_bytes()).getvalue())
    assert len(batch.posts) == 60


def test_identical_records_are_one_post_per_key():
    # Two keys, one content (so one CID), its block written once per key: two posts, not four.
    same = _post("the same words at the same time")
    data = car({"app.bsky.feed.post/3k2aaaaaaaa22": same, "app.bsky.feed.post/3k2aaaaaaab22": same})
    ids = [p.id for p in read_file("repo.car", data).posts]
    assert sorted(ids) == ["at://did:plc:test/app.bsky.feed.post/3k2aaaaaaaa22",
                           "at://did:plc:test/app.bsky.feed.post/3k2aaaaaaab22"]
