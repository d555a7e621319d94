"""Reads any supported input into a ``Batch``: finds the format from the content
(zip members, the ``window.YTD``/``Grailbird`` prefixes, a CAR header, an
ActivityStreams outbox, JSON shape, CSV header), or uses the one the caller names.

    batch = open_path("x-archive.zip")      # zip, folder, tweets.js, .json, .csv: posts streamed
    batch = open_path("mastodon.zip")       # a Mastodon archive (outbox.json), or a Bluesky repo.car
    for post in batch.posts: ...            # the file is read as the posts are consumed
    batch = read_path("x-archive.zip")      # the same, posts collected in a list (small inputs, tests)
    batch = read_file("export.csv", data, handle="someone")

Streaming keeps memory flat whatever the archive's size: one post (and a chunk of
text) at a time. A reader needing something from the whole input before the first
post (the owner of an archive without account.js) reads it once more first.

A new source format is one module beside this one with a reader taking a
``FileSet`` (or a stream) and returning a ``Batch`` whose ``posts`` is an iterator,
plus its test in ``read_fileset`` or ``open_file`` below.
"""

from __future__ import annotations

import codecs
import io
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

from botfarm.core.errors import InvalidArgument
from botfarm.ingestion.records import (
    API_V1_JSON,
    BLUESKY_CAR,
    EXPORT,
    LEGACY_ARCHIVE,
    MASTODON_ARCHIVE,
    X_ARCHIVE,
    Batch,
    Post,
    Profile,
)
from botfarm.ingestion.sources import api_v1, bluesky_car, export, legacy, mastodon_archive, x_archive
from botfarm.ingestion.sources.fileset import DirFileSet, FileSet, MemoryFileSet, Opener, ZipFileSet
from botfarm.ingestion.sources.jsonstream import json_values, too_deep
from botfarm.ingestion.sources.safezip import DEFAULT_LIMITS, ZipLimits

#: The file formats (the live APIs have their own clients).
FILE_FORMATS = (X_ARCHIVE, LEGACY_ARCHIVE, API_V1_JSON, EXPORT, MASTODON_ARCHIVE, BLUESKY_CAR)
#: Largest single input file.
MAX_INPUT_BYTES = 1 << 31
#: Bytes read to tell the format (a head of leading whitespace longer than this is read on).
_HEAD_BYTES = 1 << 16
#: Files that sit beside a single input file and name its owner (X's account.js,
#: Mastodon's actor.json): read with it when present.
SIBLINGS = ("account.js", mastodon_archive.ACTOR)


def _check_format(fmt: str) -> str:
    if fmt and fmt not in FILE_FORMATS:
        raise InvalidArgument(f"format {fmt!r} is not a file format; use one of {', '.join(FILE_FORMATS)}",
                              reason="UNKNOWN_FORMAT")
    return fmt


def read_fileset(fs: FileSet, fmt: str = "", handle: str = "") -> Batch:
    """An archive given as a set of files (folder or zip), posts streamed."""
    names = fs.names()
    if fmt in ("", MASTODON_ARCHIVE) and mastodon_archive.outbox_member(names):
        return _finish(lambda: mastodon_archive.read_mastodon_archive(fs, handle))
    cars = sorted(n for n in names if n.lower().endswith(".car"))
    if fmt in ("", BLUESKY_CAR) and cars:
        return _finish(lambda: bluesky_car.read_bluesky_car(lambda: fs.open(cars[0]), cars[0], handle))
    if fmt in (MASTODON_ARCHIVE, BLUESKY_CAR):
        want = "outbox.json" if fmt == MASTODON_ARCHIVE else "a .car file"
        raise InvalidArgument(f"the archive holds no posts of format {fmt} (no {want})", reason="EMPTY_ARCHIVE")
    if fmt in ("", X_ARCHIVE) and x_archive.tweet_members(names):
        return _finish(lambda: x_archive.read_x_archive(fs, handle))
    if fmt in ("", LEGACY_ARCHIVE) and legacy.month_members(names):
        return _finish(lambda: legacy.read_legacy(fs, handle))
    # An X archive (its data/*.js files) without any tweets file holds no posts.
    looks_like_archive = any(n.endswith(".js") and (n.startswith("data/") or "/data/" in n) for n in names)
    if fmt in (X_ARCHIVE, LEGACY_ARCHIVE) or not names or looks_like_archive:
        raise InvalidArgument("the archive holds no posts (no tweets.js, tweets-partN.js or data/js/tweets/)",
                              reason="EMPTY_ARCHIVE")
    # A folder or zip of plain exports: read every data file in it.
    data = [n for n in names if n.lower().endswith((".json", ".jsonl", ".ndjson", ".csv"))]
    if not data:
        raise InvalidArgument(f"unknown archive layout: no tweets.js and no export files among {len(names)} files",
                              reason="UNKNOWN_FORMAT")
    out = Batch()

    def posts() -> Iterator[Post]:
        for n in data:
            b = open_file(n, lambda n=n: fs.open(n), fmt, handle)  # type: ignore[misc]
            yield from b.posts
            out.profiles.update(b.profiles)
            out.source_format = out.source_format or b.source_format

    out.posts = posts()
    return out


def _head(opener: Opener, name: str) -> str:
    """The input's first characters after leading whitespace ("" if it is empty)."""
    decoder = codecs.getincrementaldecoder("utf-8-sig")("strict")
    with opener() as f:
        while data := f.read(_HEAD_BYTES):
            try:
                head = decoder.decode(data).lstrip()
            except UnicodeDecodeError as e:
                raise InvalidArgument(f"{name} is neither a zip nor UTF-8 text: {e}",
                                      reason="UNKNOWN_FORMAT") from None
            if head:
                return head[:64]
    return ""


def _is_outbox(opener: Opener, name: str) -> bool:
    """Whether a JSON object file is an ActivityStreams outbox (Mastodon's outbox.json),
    told from its name or its first kilobytes, never by decoding it whole."""
    if Path(name).name == mastodon_archive.OUTBOX:
        return True
    with opener() as f:
        text = f.read(_HEAD_BYTES).decode("utf-8", "replace")
    return bool(mastodon_archive.SNIFF_RE.search(text))


def _first_value(opener: Opener, name: str) -> object:
    with opener() as f:
        return next(json_values(f, name), None)


def open_file(name: str, opener: Opener, fmt: str = "", handle: str = "",
              siblings: dict[str, bytes] | None = None, limits: ZipLimits = DEFAULT_LIMITS) -> Batch:
    """One file, opened (as often as needed) by ``opener``; ``name`` only hints (its
    extension), the content decides."""
    _check_format(fmt)
    with opener() as f:
        magic = f.read(128)
    if magic[:4] in (b"PK\x03\x04", b"PK\x05\x06") or name.lower().endswith(".zip"):
        return read_fileset(ZipFileSet(opener(), limits), fmt, handle)
    if fmt == BLUESKY_CAR or (not fmt and bluesky_car.looks_like_car(magic)):
        return _finish(lambda: bluesky_car.read_bluesky_car(opener, name, handle))
    head = _head(opener, name)
    if head.startswith("{") and (fmt == MASTODON_ARCHIVE or (not fmt and _is_outbox(opener, name))):
        files: dict[str, bytes | Opener] = {**(siblings or {}), mastodon_archive.OUTBOX: opener}
        return read_fileset(MemoryFileSet(files), MASTODON_ARCHIVE, handle)
    if head.startswith(x_archive.YTD) or fmt == X_ARCHIVE:
        base = Path(name).name
        files = {**(siblings or {}), (base if x_archive.tweet_members([base]) else "tweets.js"): opener}
        files.pop(mastodon_archive.ACTOR, None)
        return read_fileset(MemoryFileSet(files), X_ARCHIVE, handle)
    if head.startswith(legacy.GRAILBIRD) or fmt == LEGACY_ARCHIVE:
        return read_fileset(MemoryFileSet({"data/js/tweets/0000_00.js": opener}), LEGACY_ARCHIVE, handle)
    is_csv = name.lower().endswith(".csv") or (fmt == EXPORT and not head.startswith(("[", "{")))
    if is_csv:
        return _finish(lambda: export.read_csv(opener, name, handle))
    if not head.startswith(("[", "{")):
        if not head:
            raise InvalidArgument(f"{name} is empty", reason="EMPTY_ARCHIVE")
        raise InvalidArgument(f"{name}: unknown format (not a zip, X archive, JSON or CSV)", reason="UNKNOWN_FORMAT")
    first = _first_value(opener, name)
    if isinstance(first, dict) and isinstance(first.get("tweet"), dict):
        # An archive's tweets.js with its window.YTD prefix cut off.
        return read_fileset(MemoryFileSet({"tweets.js": opener}), X_ARCHIVE, handle)

    def values() -> Iterator[object]:
        with opener() as f:
            yield from json_values(f, name)

    if fmt == EXPORT or (not fmt and isinstance(first, dict) and _looks_like_export(first)):
        return _finish(lambda: export.read_rows(values(), handle))
    return _finish(lambda: api_v1.read_v1(values(), handle))


def _looks_like_export(obj: dict) -> bool:
    v1_keys = {"id_str", "full_text", "user", "retweeted_status", "entities"}
    return not (v1_keys & obj.keys())


def open_path(path: str | Path, fmt: str = "", handle: str = "", limits: ZipLimits = DEFAULT_LIMITS) -> Batch:
    """A zip, an archive folder, or one file (tweets.js reads ``account.js`` beside
    it, outbox.json ``actor.json``), its posts streamed from disk."""
    p = Path(path)
    if not p.exists():
        raise InvalidArgument(f"{p}: no such file or folder", reason="NOT_FOUND")
    if p.is_dir():
        return read_fileset(DirFileSet(p), _check_format(fmt), handle)
    siblings = {}
    for sibling in SIBLINGS:
        s = p.parent / sibling
        if s.is_file() and p.name != sibling and s.stat().st_size <= mastodon_archive.MAX_ACTOR_BYTES:
            siblings[sibling] = s.read_bytes()
    if p.stat().st_size > MAX_INPUT_BYTES:
        raise InvalidArgument(f"{p} is larger than 2 GiB", reason="FILE_TOO_LARGE")
    return open_file(p.name, lambda: open(p, "rb"), fmt, handle, siblings, limits)


def collect(batch: Batch) -> Batch:
    """The batch with its posts read into a list (and so its profiles complete)."""
    posts = list(batch.posts)
    return replace(batch, posts=posts)


def read_path(path: str | Path, fmt: str = "", handle: str = "", limits: ZipLimits = DEFAULT_LIMITS) -> Batch:
    """``open_path`` with the posts in a list: for small inputs and tests."""
    return collect(open_path(path, fmt, handle, limits))


def read_file(name: str, data: bytes, fmt: str = "", handle: str = "",
              siblings: dict[str, bytes] | None = None, limits: ZipLimits = DEFAULT_LIMITS) -> Batch:
    """One file's bytes, posts in a list."""
    return collect(open_file(name, lambda: io.BytesIO(data), fmt, handle, siblings, limits))


def _finish(read: Callable[[], Batch]) -> Batch:
    """The posts of ``read()`` with an author each: posts that name none get the
    input's first profile (the archive's owner, or the first author a JSON/CSV file
    names anywhere: found by reading it once more when none came before them).
    ``read`` is called again for that, so it must open the input afresh."""
    src = read()
    out = Batch(source_format=src.source_format, profiles=src.profiles)

    def posts() -> Iterator[Post]:
        fallback = ""
        authors: dict[str, Profile] = {}
        try:
            for post in src.posts:
                if not post.author:
                    fallback = fallback or _first_profile(src, read)
                    post = replace(post, author=fallback)
                if post.author not in src.profiles:
                    authors.setdefault(post.author, Profile(post.author))
                yield post
        except RecursionError:  # a deep value reached str() or a deep object the decoder
            raise too_deep(src.source_format or "input") from None
        # An author met before its own profile (found by the look-ahead) keeps that profile.
        out.profiles = {**src.profiles, **{a: p for a, p in authors.items() if a not in src.profiles}}

    out.posts = posts()
    return out


def _first_profile(src: Batch, read: Callable[[], Batch]) -> str:
    if src.profiles:  # profiles keep their insertion order: the first stays first
        return next(iter(src.profiles))
    again = read()
    for _post in again.posts:
        if again.profiles:
            close = getattr(again.posts, "close", None)
            if close:
                close()
            return next(iter(again.profiles))
    return "unknown"
