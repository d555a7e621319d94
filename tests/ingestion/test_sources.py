"""Every file source normalised to one record, and bad input refused clearly."""

from __future__ import annotations

import io
import json
import zipfile

import pytest
from botfarm.cleaning import rules
from botfarm.core.errors import InvalidArgument, ResourceExhausted
from botfarm.ingestion.sources.detect import read_file, read_path
from botfarm.ingestion.sources.safezip import ZipLimits

EXPECTED = {"andreruffert": (1986, 643, 230, 1113), "smithjd": (1758, 128, 43, 1587)}


def counts(batch):
    c = rules.apply("huggingtweets", [p.text for p in batch.posts], [p.is_retweet for p in batch.posts]).counts()
    return c.downloaded, c.retweets, c.short, c.kept


def make_zip(path, members: dict[str, bytes]):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return path


@pytest.mark.parametrize("handle", sorted(EXPECTED))
def test_zip_form_of_shared_archives(shared_data, tmp_path, handle):
    src = shared_data / f"x-archive-{handle}"
    members = {"data/tweets.js": (src / "tweets.js").read_bytes(), "data/manifest.js": b"window.__THAR_CONFIG = {}",
               "data/tweets_media/big.jpg": b"\xff" * 1000}
    if (src / "account.js").exists():
        members["data/account.js"] = (src / "account.js").read_bytes()
    z = make_zip(tmp_path / "twitter-archive.zip", members)
    batch = read_path(z)
    assert counts(batch) == EXPECTED[handle]
    assert list(batch.profiles) == [handle]  # account.js, or inferred from the archive's own media links
    if handle == "andreruffert":
        assert batch.profiles[handle].display_name == "André Ruffert"
    p = batch.posts[0]
    assert p.source_format == "x-archive" and p.author == handle and p.id.isdigit()
    assert p.created_at.endswith("Z") and p.created_at[:4].isdigit()
    assert sum(x.is_reply for x in batch.posts) > 0


def test_split_archive_parts(shared_data, tmp_path):
    text = (shared_data / "x-archive-andreruffert" / "tweets.js").read_text(encoding="utf-8")
    items = json.loads(text[text.index("=") + 1:])
    half = len(items) // 2
    d = tmp_path / "archive" / "data"
    d.mkdir(parents=True)
    (d / "tweets-part1.js").write_text("window.YTD.tweets.part1 = " + json.dumps(items[half:]))
    (d / "tweets.js").write_text("window.YTD.tweets.part0 = " + json.dumps(items[:half]))
    (d / "account.js").write_bytes((shared_data / "x-archive-andreruffert" / "account.js").read_bytes())
    batch = read_path(tmp_path / "archive")
    assert counts(batch) == EXPECTED["andreruffert"]
    assert [p.id for p in batch.posts] == [i["tweet"]["id_str"] for i in items]  # part0 then part1


def v1_tweet(i, text, *, rt=False, reply=False, full=True, user="olduser"):
    t = {"id_str": str(1000 + i), "created_at": "Wed Jan 02 10:00:00 +0000 2013", "lang": "en",
         "user": {"screen_name": user, "name": "Old User", "profile_image_url_https": "https://img/x.png"},
         ("full_text" if full else "text"): text}
    if rt:
        t["retweeted_status"] = {"id_str": "1", "text": "orig", "user": {"screen_name": "someone"}}
    if reply:
        t["in_reply_to_status_id_str"] = "999"
    return t


def test_legacy_archive(tmp_path):
    jan = [v1_tweet(1, "happy new year to everyone here", full=False),
           v1_tweet(2, "RT @someone: orig", rt=True, full=False)]
    feb = [v1_tweet(3, "@friend thanks a lot for that", reply=True, full=False)]
    z = make_zip(tmp_path / "tweets.zip", {
        "data/js/tweets/2013_02.js": ("Grailbird.data.tweets_2013_02 = \n" + json.dumps(feb)).encode(),
        "data/js/tweets/2013_01.js": ("Grailbird.data.tweets_2013_01 = \n" + json.dumps(jan)).encode(),
        "tweets.csv": b"ignored"})
    batch = read_path(z)
    assert batch.source_format == "legacy-archive"
    assert [p.id for p in batch.posts] == ["1001", "1002", "1003"]  # months in calendar order
    assert [p.is_retweet for p in batch.posts] == [False, True, False]
    assert [p.is_reply for p in batch.posts] == [False, False, True]
    assert {p.author for p in batch.posts} == {"olduser"}
    assert batch.profiles["olduser"].display_name == "Old User"
    assert batch.posts[0].created_at == "2013-01-02T10:00:00Z"


def test_api_v1_json_array_and_lines(tmp_path):
    tweets = [v1_tweet(1, "full text one two three"), v1_tweet(2, "plain text here", full=False),
              v1_tweet(3, "native retweet", rt=True)]
    arr = read_file("tweets.json", json.dumps(tweets).encode())
    lines = read_file("tweets.jsonl", "\n".join(json.dumps(t) for t in tweets).encode())
    for b in (arr, lines):
        assert b.source_format == "api-v1-json"
        assert [p.text for p in b.posts] == ["full text one two three", "plain text here", "native retweet"]
        assert [p.is_retweet for p in b.posts] == [False, False, True]
        assert b.posts[0].author == "olduser"


def test_json_and_csv_exports():
    rows = [{"text": "an exported post with words", "created_at": "2021-03-04T05:06:07Z", "is_retweet": False},
            {"text": "RT @x: something", "created_at": "2021-03-05T05:06:07Z", "is_retweet": True}]
    j = read_file("export.json", json.dumps(rows).encode(), handle="exporter")
    csv_data = (b"text,created_at,is_retweet\n\"an exported post, with a comma\",2021-03-04 05:06:07,false\n"
                b"flagged retweet without prefix,2021-03-05 05:06:07,TRUE\n")
    c = read_file("export.csv", csv_data, handle="exporter")
    assert j.source_format == c.source_format == "export"
    assert [p.is_retweet for p in j.posts] == [False, True]
    assert [p.is_retweet for p in c.posts] == [False, True]
    assert c.posts[0].text == "an exported post, with a comma"
    assert c.posts[0].created_at == "2021-03-04T05:06:07Z"
    assert {p.author for p in j.posts + c.posts} == {"exporter"}


@pytest.mark.parametrize("name,data,reason", [
    ("tweets.js", b'window.YTD.tweets.part0 = [ {"tweet": {"full_text": "x"', "MALFORMED_INPUT"),
    ("tweets.json", b'[{"text": "a"}, ', "MALFORMED_INPUT"),
    ("tweets.jsonl", b'{"text": "a"}\n{"text": ', "MALFORMED_INPUT"),
    ("notes.txt", b"just some words, not an archive", "UNKNOWN_FORMAT"),
    ("blob.bin", b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe", "UNKNOWN_FORMAT"),
    ("export.csv", b"id,body\n1,hello\n", "UNKNOWN_FORMAT"),
    ("empty.js", b"", "EMPTY_ARCHIVE"),
])
def test_bad_files_are_invalid_argument(name, data, reason):
    with pytest.raises(InvalidArgument) as e:
        read_file(name, data)
    assert e.value.reason == reason and e.value.code == "INVALID_ARGUMENT"


def test_empty_archive_zip(tmp_path):
    z = make_zip(tmp_path / "empty.zip", {"data/manifest.js": b"window.__THAR_CONFIG = {}", "README.txt": b"hi"})
    with pytest.raises(InvalidArgument) as e:
        read_path(z)
    assert e.value.reason == "EMPTY_ARCHIVE"
    with pytest.raises(InvalidArgument) as e:
        read_file("nothing.zip", make_zip(tmp_path / "n.zip", {}).read_bytes())
    assert e.value.reason == "EMPTY_ARCHIVE"


@pytest.mark.parametrize("evil", ["../data/tweets.js", "data/../../etc/passwd", "/abs/tweets.js", "C:/x/tweets.js",
                                  "data\\..\\tweets.js"])
def test_zip_with_traversal_names_is_refused(tmp_path, evil):
    z = make_zip(tmp_path / "evil.zip", {"data/tweets.js": b"window.YTD.tweets.part0 = []", evil: b"[]"})
    with pytest.raises(InvalidArgument) as e:
        read_path(z)
    assert e.value.reason == "UNSAFE_ZIP_PATH"


def test_zip_bomb_is_refused(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("data/tweets.js", b"window.YTD.tweets.part0 = [" + b" " * (40 << 20) + b"]")
    data = buf.getvalue()
    assert len(data) < (1 << 20)  # 40 MiB inflating from well under 1 MiB
    with pytest.raises(ResourceExhausted) as e:
        read_file("bomb.zip", data)
    assert e.value.reason == "ZIP_BOMB"
    # The total cap holds even for members of an innocent ratio.
    with pytest.raises(ResourceExhausted) as e:
        read_file("bomb.zip", data, limits=ZipLimits(max_total_bytes=1 << 20, max_ratio=1e9))
    assert e.value.reason == "ZIP_TOO_LARGE"



def test_non_ascii_digit_post_id_does_not_crash_the_ingestion(tmp_path):
    # "²".isdigit() is true but int("²") raises ValueError: the newest-id scan crashed
    # (INTERNAL) on such an archive instead of ingesting it.
    from botfarm.core.store import LocalStore
    from botfarm.ingestion.core import Ingestions, IngestionSettings

    tweets = [{"tweet": {"id_str": "\u00b2", "id": "\u00b2", "full_text": "hello there my friends",
                         "created_at": "Wed Nov 18 10:00:00 +0000 2026", "lang": "en"}},
              {"tweet": {"id_str": "42", "id": "42", "full_text": "a second post of mine",
                         "created_at": "Wed Nov 18 11:00:00 +0000 2026", "lang": "en"}}]
    data = ("window.YTD.tweets.part0 = " + json.dumps(tweets)).encode()
    _rec, ds = Ingestions(LocalStore(tmp_path), IngestionSettings()).upload("tweets.js", [data])
    assert ds["post_count"] == 2
    assert ds["newest_post_id"] == "42"
