"""Reads any supported input into a ``Batch``: finds the format from the content
(zip members, the ``window.YTD``/``Grailbird`` prefixes, JSON shape, CSV header),
or uses the one the caller names.

    batch = read_path("x-archive.zip")               # zip, folder, tweets.js, .json, .csv
    batch = read_bytes("export.csv", data, handle="someone")
"""

from __future__ import annotations

from pathlib import Path

from botfarm.core.errors import InvalidArgument
from botfarm.ingestion.records import API_V1_JSON, EXPORT, LEGACY_ARCHIVE, X_ARCHIVE, Batch, Profile
from botfarm.ingestion.sources import api_v1, export, legacy, x_archive
from botfarm.ingestion.sources.fileset import DirFileSet, FileSet, MemoryFileSet, ZipFileSet
from botfarm.ingestion.sources.safezip import DEFAULT_LIMITS, ZipLimits

#: The file formats (the live APIs have their own clients).
FILE_FORMATS = (X_ARCHIVE, LEGACY_ARCHIVE, API_V1_JSON, EXPORT)


def _check_format(fmt: str) -> str:
    if fmt and fmt not in FILE_FORMATS:
        raise InvalidArgument(f"format {fmt!r} is not a file format; use one of {', '.join(FILE_FORMATS)}",
                              reason="UNKNOWN_FORMAT")
    return fmt


def read_fileset(fs: FileSet, fmt: str = "", handle: str = "") -> Batch:
    """An archive given as a set of files (folder or zip)."""
    names = fs.names()
    if fmt in ("", X_ARCHIVE) and x_archive.tweet_members(names):
        return _finish(x_archive.read_x_archive(fs, handle))
    if fmt in ("", LEGACY_ARCHIVE) and legacy.month_members(names):
        return _finish(legacy.read_legacy(fs, handle))
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
    for n in data:
        b = read_file(n, fs.read(n), fmt, handle)
        out.posts.extend(b.posts)
        out.profiles.update(b.profiles)
        out.source_format = out.source_format or b.source_format
    return _finish(out)


def read_file(name: str, data: bytes, fmt: str = "", handle: str = "",
              siblings: dict[str, bytes] | None = None, limits: ZipLimits = DEFAULT_LIMITS) -> Batch:
    """One file's bytes; ``name`` only hints (extension), the content decides."""
    _check_format(fmt)
    if data[:4] == b"PK\x03\x04" or data[:4] == b"PK\x05\x06" or name.lower().endswith(".zip"):
        return read_fileset(ZipFileSet(data, limits), fmt, handle)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InvalidArgument(f"{name} is neither a zip nor UTF-8 text: {e}", reason="UNKNOWN_FORMAT") from None
    head = text.lstrip()[:64]
    if head.startswith("window.YTD.") or fmt == X_ARCHIVE:
        base = Path(name).name
        files = {**(siblings or {}), (base if x_archive.tweet_members([base]) else "tweets.js"): data}
        return _finish(x_archive.read_x_archive(MemoryFileSet(files), handle))
    if head.startswith("Grailbird.") or fmt == LEGACY_ARCHIVE:
        objs = legacy.parse_month(text, name)
        b = legacy.read_legacy(MemoryFileSet({"data/js/tweets/0000_00.js": data}), handle) if objs else Batch()
        return _finish(b)
    is_csv = name.lower().endswith(".csv") or (fmt == EXPORT and not head.startswith(("[", "{")))
    if is_csv:
        return _finish(export.read_csv(text, name, handle))
    if not head.startswith(("[", "{")):
        if not head:
            raise InvalidArgument(f"{name} is empty", reason="EMPTY_ARCHIVE")
        raise InvalidArgument(f"{name}: unknown format (not a zip, X archive, JSON or CSV)", reason="UNKNOWN_FORMAT")
    objs = api_v1.parse_json_or_lines(text, name)
    if objs and isinstance(objs[0], dict) and "tweet" in objs[0] and isinstance(objs[0]["tweet"], dict):
        # An archive's tweets.js with its window.YTD prefix cut off.
        return _finish(x_archive.read_x_archive(MemoryFileSet({"tweets.js": data}), handle))
    if fmt == EXPORT or (not fmt and objs and isinstance(objs[0], dict) and _looks_like_export(objs[0])):
        return _finish(export.read_rows(objs, handle))
    return _finish(api_v1.read_v1(objs, handle))


def _looks_like_export(obj: dict) -> bool:
    v1_keys = {"id_str", "full_text", "user", "retweeted_status", "entities"}
    return not (v1_keys & obj.keys())


def read_path(path: str | Path, fmt: str = "", handle: str = "", limits: ZipLimits = DEFAULT_LIMITS) -> Batch:
    """A zip, an archive folder, or one file (tweets.js reads ``account.js`` beside it)."""
    p = Path(path)
    if not p.exists():
        raise InvalidArgument(f"{p}: no such file or folder", reason="NOT_FOUND")
    if p.is_dir():
        return read_fileset(DirFileSet(p), _check_format(fmt), handle)
    siblings = {}
    acc = p.parent / "account.js"
    if acc.is_file() and p.name != "account.js":
        siblings["account.js"] = acc.read_bytes()
    if p.stat().st_size > (1 << 31):
        raise InvalidArgument(f"{p} is larger than 2 GiB", reason="FILE_TOO_LARGE")
    return read_file(p.name, p.read_bytes(), fmt, handle, siblings, limits)


def _finish(batch: Batch) -> Batch:
    """Every post gets an author and every author a profile."""
    if not batch.posts:
        return batch
    fallback = next(iter(batch.profiles), "") or "unknown"
    posts = []
    for post in batch.posts:
        if not post.author:
            post = type(post)(**{**post.as_dict(), "author": fallback})
        posts.append(post)
        if post.author not in batch.profiles:
            batch.profiles[post.author] = Profile(post.author)
    batch.posts = posts
    return batch
