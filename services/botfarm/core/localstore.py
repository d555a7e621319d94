"""The local-disk backend of the object store (the embedded default): objects as files
under a root folder.

    store = LocalStore("/var/lib/botfarm")          # or open_store("file:///var/lib/botfarm")

Writes go to a temporary file in the object's folder and are renamed into place, so
readers never see half an object; create-if-absent is atomic (``os.link`` fails if the
target exists), across threads and processes alike. Listings walk one folder at a time
in key order. A writer killed half-way leaves its temporary file behind, hidden from
listings: ``list_incomplete`` finds those, ``abort_incomplete`` removes them.
"""

from __future__ import annotations

import builtins
import contextlib
import datetime as dt
import errno
import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from botfarm.core.errors import (
    AlreadyExists,
    FailedPrecondition,
    InvalidArgument,
    NotFound,
    ResourceExhausted,
    Unavailable,
)
from botfarm.core.store import (
    CHUNK,
    IncompleteWrite,
    ObjectData,
    ObjectInfo,
    ObjectStore,
    check_length,
    chunks_of,
    normalize_metadata,
    validate_key,
    validate_list_args,
    validate_prefix,
)


@contextlib.contextmanager
def _disk_errors(key: str) -> Iterator[None]:
    """Local file-system errors that are the caller's or the operator's business."""
    try:
        yield
    except (NotADirectoryError, FileExistsError, IsADirectoryError):
        # "a" and "a/b" cannot both be files; S3 allows it, a disk does not.
        raise FailedPrecondition(f"object {key!r} conflicts with an object that is a prefix of it "
                                 "(or has it as a prefix) on the local store",
                                 reason="KEY_CONFLICT", metadata={"key": key}) from None
    except OSError as e:
        if e.errno in (errno.ENOSPC, errno.EDQUOT):
            raise ResourceExhausted(f"no space left in the object store to write {key!r}",
                                    metadata={"key": key}) from None
        raise


def _is_dir(e: os.DirEntry) -> bool | None:
    """Whether the entry is a folder; None when it cannot be told (gone meanwhile)."""
    try:
        return e.is_dir(follow_symlinks=False)
    except OSError:
        return None


class LocalStore(ObjectStore):
    """Objects as files under ``root``. Metadata sits in a sidecar
    ``<name>.botfarm-meta`` file, itself replaced atomically; the object and its
    sidecar are two files, so a reader racing a writer may briefly see the new
    object with the old metadata."""

    _META = ".botfarm-meta"
    _TMP = ".botfarm-tmp-"

    def __init__(self, root: str | os.PathLike[str]):
        self.root = Path(root).resolve()
        self.root.mkdir(parents=True, exist_ok=True)

    def __repr__(self) -> str:
        return f"LocalStore({str(self.root)!r})"

    def check(self) -> None:
        if not self.root.is_dir() or not os.access(self.root, os.W_OK | os.X_OK):
            raise Unavailable(f"local object store {str(self.root)!r} is not a writable folder",
                              reason="STORE_UNAVAILABLE", metadata={"root": str(self.root)})

    def _path(self, key: str) -> Path:
        validate_key(key)
        if any(p.endswith(self._META) or p.startswith(self._TMP) for p in key.split("/")):
            raise InvalidArgument(f"invalid object key {key!r}: reserved name", metadata={"key": key})
        return self.root / key

    def _meta_path(self, path: Path) -> Path:
        return path.with_name(path.name + self._META)

    def _mkstemp(self, path: Path) -> tuple[int, str]:
        # A concurrent delete may prune the (empty) folder between mkdir and mkstemp.
        for _ in range(10):
            path.parent.mkdir(parents=True, exist_ok=True)
            try:
                return tempfile.mkstemp(dir=path.parent, prefix=self._TMP)
            except FileNotFoundError:
                continue
        return tempfile.mkstemp(dir=path.parent, prefix=self._TMP)

    def _write_tmp(self, key: str, path: Path, data: ObjectData, length: int) -> str:
        fd, tmp = self._mkstemp(path)
        try:
            size = 0
            with os.fdopen(fd, "wb") as out:
                for chunk in chunks_of(data):
                    out.write(chunk)
                    size += len(chunk)
                check_length(key, length, size)
                out.flush()
                os.fsync(out.fileno())
        except BaseException:
            os.unlink(tmp)
            raise
        return tmp

    def _write_meta(self, path: Path, metadata: dict[str, str]) -> None:
        mp = self._meta_path(path)
        if not metadata:
            with contextlib.suppress(FileNotFoundError):
                mp.unlink()
            return
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=self._TMP)
        with os.fdopen(fd, "w") as f:
            json.dump(metadata, f, sort_keys=True)
        os.replace(tmp, mp)

    def _fsync_dir(self, path: Path) -> None:
        # The rename is only durable once the folder's entry is on disk.
        with contextlib.suppress(OSError):
            fd = os.open(path, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)

    def put(self, key, data, *, length=-1, metadata=None):
        path = self._path(key)
        meta = normalize_metadata(metadata)
        with _disk_errors(key):
            tmp = self._write_tmp(key, path, data, length)
            try:
                os.replace(tmp, path)
            except BaseException:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(tmp)
                raise
            self._write_meta(path, meta)
        self._fsync_dir(path.parent)
        return self.stat(key)

    def create_if_absent(self, key, data, *, length=-1, metadata=None):
        path = self._path(key)
        meta = normalize_metadata(metadata)
        if path.exists():  # cheap early answer; the link below is the real test
            raise AlreadyExists(f"object {key!r} already exists", metadata={"key": key})
        with _disk_errors(key):
            tmp = self._write_tmp(key, path, data, length)
            try:
                # link() fails when the target exists: the atomic test-and-set, also
                # between processes.
                os.link(tmp, path)
            except FileExistsError:
                raise AlreadyExists(f"object {key!r} already exists", metadata={"key": key}) from None
            finally:
                os.unlink(tmp)
            self._write_meta(path, meta)
        self._fsync_dir(path.parent)
        return self.stat(key)

    def iter_chunks(self, key, chunk_size=CHUNK):
        path = self._path(key)
        try:
            f = open(path, "rb")
        except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
            raise NotFound(f"object {key!r} not found", metadata={"key": key}) from None
        with f:
            while chunk := f.read(chunk_size):
                yield chunk

    def stat(self, key):
        path = self._path(key)
        try:
            st = path.stat()
        except (FileNotFoundError, NotADirectoryError):
            raise NotFound(f"object {key!r} not found", metadata={"key": key}) from None
        if not path.is_file():
            raise NotFound(f"object {key!r} not found", metadata={"key": key})
        meta: dict[str, str] = {}
        with contextlib.suppress(FileNotFoundError):
            meta = json.loads(self._meta_path(path).read_text())
        return self._info(key, st, meta)

    @staticmethod
    def _info(key: str, st: os.stat_result, meta: dict[str, str] | None = None) -> ObjectInfo:
        return ObjectInfo(key=key, size=st.st_size,
                          last_modified=dt.datetime.fromtimestamp(st.st_mtime, dt.UTC),
                          etag=f"{st.st_mtime_ns:x}-{st.st_size:x}", metadata=meta or {})

    def list(self, prefix="", *, start_after="", delimiter=""):
        validate_list_args(prefix, start_after, delimiter)
        # Walk only the deepest folder the prefix names; deeper folders are read one
        # at a time, in key order, and only when the listing gets there.
        rel = prefix.rsplit("/", 1)[0] + "/" if "/" in prefix else ""
        yield from self._walk(self.root / rel, rel, prefix, start_after, delimiter)

    def _entries(self, folder: Path, rel: str, start_after: str = "") -> builtins.list[tuple[str, bool]]:
        """(key, is_folder) of one folder's objects and subfolders, in key order; a
        folder's key ends in "/", so it sorts where the keys under it do. Entries whose
        every key is at most ``start_after`` are dropped first, unexamined: a page deep in
        a folder of 10,000 bots sorts only what follows it."""
        # The entry ``start_after`` lies in: a name N before it, and not a prefix of it,
        # differs from it inside N, so every key under N sorts before ``start_after``.
        cut = start_after[len(rel):].split("/", 1)[0] if start_after.startswith(rel) else ""
        try:
            with os.scandir(folder) as it:
                entries = [e for e in it if not (e.name < cut and not cut.startswith(e.name))] if cut else list(it)
                entries = [e for e in entries if not e.name.endswith(self._META) and not e.name.startswith(self._TMP)]
                found = [(rel + e.name + "/" if d else rel + e.name, d) for e in entries if (d := _is_dir(e)) is not None]
        except (FileNotFoundError, NotADirectoryError):  # removed while listing
            return []
        # Python compares str by code point, which is the UTF-8 byte order S3 lists in.
        return sorted(found)

    def _walk(self, folder: Path, rel: str, prefix: str, start_after: str, delimiter: str) -> Iterator[ObjectInfo]:
        for key, is_dir in self._entries(folder, rel, start_after):
            if not key.startswith(prefix):  # only at the top: deeper keys all extend the prefix
                continue
            if not is_dir:
                if key > start_after:
                    try:
                        yield self._info(key, os.stat(self.root / key))
                    except FileNotFoundError:  # deleted while listing
                        continue
            elif delimiter:
                # One entry for the folder, if it holds any object (a folder may exist
                # for a moment with only a temporary file in it).
                if key > start_after and next(self._walk(self.root / key, key, key, "", ""), None):
                    yield ObjectInfo(key=key, size=0)
            elif start_after < key or start_after.startswith(key):
                # Every key under the folder starts with ``key``: when ``start_after``
                # is beyond them all, the folder is skipped unread.
                yield from self._walk(self.root / key, key, prefix, start_after, "")

    def list_incomplete(self, prefix=""):
        validate_prefix(prefix)
        rel = prefix.rsplit("/", 1)[0] if "/" in prefix else ""
        for dirpath, _dirs, files in os.walk(self.root / rel):
            for name in files:
                if not name.startswith(self._TMP):
                    continue
                key = os.path.relpath(os.path.join(dirpath, name), self.root).replace(os.sep, "/")
                folder = key.rsplit("/", 1)[0] + "/" if "/" in key else ""
                if not folder.startswith(prefix):  # the write was for a key in that folder
                    continue
                with contextlib.suppress(FileNotFoundError):
                    st = os.stat(os.path.join(dirpath, name))
                    # mtime is the last write: a writer still at work keeps it fresh.
                    yield IncompleteWrite(key=key, size=st.st_size,
                                          last_modified=dt.datetime.fromtimestamp(st.st_mtime, dt.UTC))

    def abort_incomplete(self, write):
        path = self.root / write.key
        if not path.name.startswith(self._TMP) or not path.resolve().is_relative_to(self.root):
            raise InvalidArgument(f"{write.key!r} is not a temporary file of this store")
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
        self._prune(path.parent)

    def delete(self, key):
        path = self._path(key)
        for p in (path, self._meta_path(path)):
            with contextlib.suppress(FileNotFoundError, IsADirectoryError, NotADirectoryError):
                p.unlink()
        self._prune(path.parent)

    def _prune(self, parent: Path) -> None:
        # Folders left empty go, so deleted prefixes do not pile up as folders.
        while parent != self.root:
            try:
                parent.rmdir()
            except OSError:
                break
            parent = parent.parent
