"""The object store: one interface, two backends.

* ``LocalStore``: a directory on local disk, the embedded default. Writes go to a
  temporary file in the same directory and are renamed into place, so readers never
  see half an object, and create-if-absent is atomic (``os.link`` fails if the target
  exists), across threads and processes alike.
* ``S3Store`` (``botfarm.core.s3store``): MinIO or any S3 server through the ``minio``
  client; create-if-absent is a PUT with ``If-None-Match: *``.

Keys are "/"-separated relative paths ("models/mcintweet/versions/1/manifest.json").
Objects stream in and out in chunks: nothing here holds a whole object in memory
unless a caller asks for bytes.

    store = open_store("file:///var/lib/botfarm")      # or a plain path
    store = open_store("s3://botfarm", endpoint="http://minio:9000", access_key=..., secret_key=...)
    store.put_bytes("a/b.json", b"{}")
    with store.open("a/b.json") as f: ...

Metadata is a small dict of strings (keys lower-case ``[a-z0-9._-]``, values printable
ASCII, 2 KB in all: what S3 user metadata can carry); ``stat`` returns it, ``list``
does not (S3 listings carry no metadata).
"""

from __future__ import annotations

import abc
import contextlib
import datetime as dt
import errno
import hashlib
import io
import json
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Protocol

from botfarm.core.errors import (
    AlreadyExists,
    DataLoss,
    FailedPrecondition,
    InvalidArgument,
    NotFound,
    ResourceExhausted,
    Unavailable,
)

#: Chunk size of streamed reads and writes.
CHUNK = 1 << 20

#: S3's limit on a key is 1,024 bytes; a path segment must also fit a file name
#: (255 bytes) with LocalStore's ".botfarm-meta" suffix, so both backends accept the
#: same keys.
MAX_KEY_BYTES = 1024
MAX_SEGMENT_BYTES = 240
#: S3 user metadata may take 2 KB in all.
MAX_METADATA_BYTES = 2048

_META_KEY = re.compile(r"[a-z0-9][a-z0-9._-]*")
_CONTROL = re.compile(r"[\x00-\x1f\x7f\\]")

#: A progress callback: called with the number of bytes just moved (``tqdm.update`` fits).
Progress = Callable[[int], object]

if TYPE_CHECKING:
    from botfarm.core.s3http import S3Policy


@dataclass(frozen=True)
class ObjectInfo:
    """What ``stat`` and ``list`` report about one object (``list`` leaves
    ``metadata`` empty)."""

    key: str
    size: int
    last_modified: dt.datetime | None = None
    etag: str = ""
    metadata: dict[str, str] = field(default_factory=dict)


def validate_key(key: str) -> str:
    """Refuses keys that could escape the store's root or mean different things on
    the two backends."""
    if not isinstance(key, str) or not key or key.startswith("/") or key.endswith("/"):
        raise InvalidArgument(f"invalid object key {key!r}: must be a relative path not ending in '/'",
                              metadata={"key": str(key)})
    if _CONTROL.search(key):
        raise InvalidArgument(f"invalid object key {key!r}: control character or backslash",
                              metadata={"key": key})
    if any(p in ("", ".", "..") for p in key.split("/")):
        raise InvalidArgument(f"invalid object key {key!r}: empty, '.' or '..' segment", metadata={"key": key})
    if len(key.encode()) > MAX_KEY_BYTES or any(len(p.encode()) > MAX_SEGMENT_BYTES for p in key.split("/")):
        raise InvalidArgument(f"invalid object key {key[:60]!r}...: longer than {MAX_KEY_BYTES} bytes "
                              f"or a segment longer than {MAX_SEGMENT_BYTES}", metadata={"key": key[:200]})
    return key


def validate_prefix(prefix: str) -> str:
    """A list prefix may end in a partial name ("datasets/raw/ab"), but the folders
    before its last "/" follow the key rules."""
    if not isinstance(prefix, str) or prefix.startswith("/") or _CONTROL.search(prefix):
        raise InvalidArgument(f"invalid prefix {prefix!r}: must be a relative path", metadata={"prefix": str(prefix)})
    if "/" in prefix and any(p in ("", ".", "..") for p in prefix.rsplit("/", 1)[0].split("/")):
        raise InvalidArgument(f"invalid prefix {prefix!r}: empty, '.' or '..' segment", metadata={"prefix": prefix})
    return prefix


def normalize_metadata(metadata: dict[str, str] | None) -> dict[str, str]:
    """Lower-cases keys (S3 does) and refuses what S3 headers cannot carry."""
    out: dict[str, str] = {}
    for k, v in (metadata or {}).items():
        k = str(k).lower()
        if not _META_KEY.fullmatch(k):
            raise InvalidArgument(f"invalid metadata key {k!r}: use [a-z0-9._-]", metadata={"metadata_key": k})
        if not isinstance(v, str) or not all(" " <= c <= "~" for c in v):
            raise InvalidArgument(f"invalid metadata value for {k!r}: must be printable ASCII text",
                                  metadata={"metadata_key": k})
        out[k] = v
    if sum(len(k) + len(v) for k, v in out.items()) > MAX_METADATA_BYTES:
        raise InvalidArgument(f"metadata larger than {MAX_METADATA_BYTES} bytes")
    return out


class Readable(Protocol):
    """A readable file object, as far as ``put`` uses one: ``read(n)`` returns at most
    ``n`` bytes, and b"" at the end (a file opened "rb", or a wrapper around one)."""

    def read(self, n: int = -1, /) -> bytes: ...


#: An object's data: bytes, a readable file object or an iterable of chunks.
ObjectData = bytes | Readable | Iterable[bytes]


def chunks_of(data: ObjectData) -> Iterator[bytes]:
    """Bytes, a readable file object or an iterable of bytes, as chunks (bytes are
    sliced without copying)."""
    if isinstance(data, bytes | bytearray | memoryview):
        view = memoryview(data).cast("B")
        for i in range(0, len(view), CHUNK):
            yield view[i:i + CHUNK]  # type: ignore[misc]
    elif hasattr(data, "read"):
        while chunk := data.read(CHUNK):  # type: ignore[union-attr]
            yield chunk
    elif isinstance(data, str):
        raise InvalidArgument("object data must be bytes, not str")
    else:
        for chunk in data:
            if not isinstance(chunk, bytes | bytearray | memoryview):
                raise InvalidArgument(f"object data chunks must be bytes, not {type(chunk).__name__}")
            yield chunk  # type: ignore[misc]


def check_length(key: str, length: int, size: int) -> None:
    """A declared length that the stream does not match is an error, and nothing is
    stored (an upload cut short must not replace a good object)."""
    if length >= 0 and size != length:
        raise InvalidArgument(f"object {key!r}: {size} bytes received but {length} were declared",
                              reason="LENGTH_MISMATCH", metadata={"key": key, "length": str(length),
                                                                  "received": str(size)})


def _with_progress(chunks: Iterable[bytes], progress: Progress | None) -> Iterator[bytes]:
    for chunk in chunks:
        if progress is not None:
            progress(len(chunk))
        yield chunk


class IterStream(io.RawIOBase):
    """A read-only file object over an iterator of byte chunks."""

    def __init__(self, chunks: Iterable[bytes]):
        self._it = iter(chunks)
        self._buf = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:  # type: ignore[no-untyped-def]
        while not self._buf:
            try:
                self._buf = memoryview(next(self._it)).cast("B")
            except StopIteration:
                return 0
        n = min(len(b), len(self._buf))
        b[:n] = self._buf[:n]
        self._buf = self._buf[n:]
        return n

    def close(self) -> None:
        # Closing early must close the source too (an S3 response goes back to its pool).
        close = getattr(self._it, "close", None)
        if close is not None:
            close()
        super().close()


class ObjectStore(abc.ABC):
    """The interface every backend implements. Errors are domain errors:
    ``NotFound`` for a missing key, ``AlreadyExists`` when create-if-absent loses,
    ``InvalidArgument`` for a bad key, ``Unavailable`` when the backend is unreachable."""

    # --- primitives each backend implements -------------------------------------

    @abc.abstractmethod
    def put(self, key: str, data: ObjectData, *, length: int = -1,
            metadata: dict[str, str] | None = None) -> ObjectInfo:
        """Stores an object from bytes, a file object or an iterable of chunks,
        replacing any object of that key. ``length`` is the size when known; a
        stream of another size raises ``InvalidArgument`` and stores nothing."""

    @abc.abstractmethod
    def create_if_absent(self, key: str, data: ObjectData, *, length: int = -1,
                         metadata: dict[str, str] | None = None) -> ObjectInfo:
        """Stores an object only if no object of that key exists; atomic: of two
        racing writers exactly one wins, the other gets ``AlreadyExists``."""

    @abc.abstractmethod
    def iter_chunks(self, key: str, chunk_size: int = CHUNK) -> Iterator[bytes]:
        """The object's bytes as a stream of chunks. ``NotFound`` if missing (raised
        on the first ``next``)."""

    @abc.abstractmethod
    def stat(self, key: str) -> ObjectInfo:
        """Size and metadata of one object; ``NotFound`` if missing."""

    @abc.abstractmethod
    def list(self, prefix: str = "") -> Iterator[ObjectInfo]:
        """Every object whose key starts with ``prefix``, in key order, without
        metadata."""

    @abc.abstractmethod
    def delete(self, key: str) -> None:
        """Deletes an object; deleting a missing key is not an error."""

    def check(self) -> None:  # noqa: B027 - an optional hook: most backends need no check
        """Raises ``Unavailable`` if the store cannot be used (readiness checks)."""

    # --- conveniences built on the primitives -----------------------------------

    def exists(self, key: str) -> bool:
        try:
            self.stat(key)
            return True
        except NotFound:
            return False

    @contextlib.contextmanager
    def open(self, key: str) -> Iterator[BinaryIO]:
        """A buffered file object reading the object as a stream."""
        chunks = self.iter_chunks(key)
        # Pull the first chunk now so a missing key raises NotFound here, not on read.
        first = next(chunks, b"")

        def all_chunks() -> Iterator[bytes]:
            try:
                yield first
                yield from chunks
            finally:
                chunks.close()  # type: ignore[attr-defined]

        with io.BufferedReader(IterStream(all_chunks()), buffer_size=CHUNK) as f:
            yield f  # type: ignore[misc]

    def get_bytes(self, key: str) -> bytes:
        return b"".join(self.iter_chunks(key))

    def put_bytes(self, key: str, data: bytes, metadata: dict[str, str] | None = None) -> ObjectInfo:
        return self.put(key, data, length=len(data), metadata=metadata)

    def put_file(self, key: str, path: str | os.PathLike[str], metadata: dict[str, str] | None = None,
                 *, progress: Progress | None = None) -> ObjectInfo:
        """Uploads a local file; ``progress(n)`` is called as bytes go out."""
        with open(path, "rb") as f:
            return self.put(key, _with_progress(chunks_of(f), progress),
                            length=os.fstat(f.fileno()).st_size, metadata=metadata)

    def get_file(self, key: str, path: str | os.PathLike[str], *, sha256: str | None = None,
                 progress: Progress | None = None) -> Path:
        """Downloads to ``path`` (atomically, by rename); with ``sha256`` given, a
        mismatch raises ``DataLoss`` and leaves nothing at ``path`` (an existing
        file there is kept)."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        h = hashlib.sha256()
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
        try:
            with os.fdopen(fd, "wb") as out:
                for chunk in _with_progress(self.iter_chunks(key), progress):
                    h.update(chunk)
                    out.write(chunk)
            if sha256 is not None and h.hexdigest() != sha256.lower():
                raise DataLoss(
                    f"object {key!r} is corrupt: sha256 {h.hexdigest()} but {sha256} was recorded",
                    metadata={"key": key, "expected_sha256": sha256, "actual_sha256": h.hexdigest()},
                )
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
            raise
        return path

    def sha256(self, key: str) -> str:
        h = hashlib.sha256()
        for chunk in self.iter_chunks(key):
            h.update(chunk)
        return h.hexdigest()

    def delete_prefix(self, prefix: str) -> int:
        """Deletes every object under ``prefix``; returns how many."""
        n = 0
        for info in list(self.list(prefix)):
            self.delete(info.key)
            n += 1
        return n


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

    def list(self, prefix=""):
        validate_prefix(prefix)
        # Walk only the deepest folder the prefix names, then filter by prefix.
        base = self.root / prefix.rsplit("/", 1)[0] if "/" in prefix else self.root
        if not base.is_dir():
            return
        keys = []
        for dirpath, _dirnames, filenames in os.walk(base):
            for name in filenames:
                if name.endswith(self._META) or name.startswith(self._TMP):
                    continue
                key = os.path.relpath(os.path.join(dirpath, name), self.root).replace(os.sep, "/")
                if key.startswith(prefix):
                    keys.append(key)
        # Python sorts str by code point, which is the UTF-8 byte order S3 lists in.
        for key in sorted(keys):
            try:
                yield self._info(key, os.stat(self.root / key))
            except FileNotFoundError:  # deleted while listing
                continue

    def delete(self, key):
        path = self._path(key)
        for p in (path, self._meta_path(path)):
            with contextlib.suppress(FileNotFoundError, IsADirectoryError, NotADirectoryError):
                p.unlink()
        # Prune folders left empty, so deleted prefixes do not pile up as folders.
        parent = path.parent
        while parent != self.root:
            try:
                parent.rmdir()
            except OSError:
                break
            parent = parent.parent


def open_store(url: str, *, endpoint: str = "", access_key: str = "", secret_key: str = "",
               secure: bool = False, region: str | None = None, create_bucket: bool = True,
               s3_policy: S3Policy | None = None) -> ObjectStore:
    """Opens a store from a URL: ``file:///var/lib/botfarm`` or a plain path for the
    local backend; ``s3://bucket`` or ``s3://bucket/prefix`` for S3/MinIO, with the
    endpoint (``host:port`` or ``http(s)://host:port``), credentials and request
    policy (timeouts, retries: ``botfarm.core.s3http``) given here."""
    if not url:
        raise InvalidArgument("empty object store URL: expected a path, file:///path or s3://bucket")
    if url.startswith("s3://"):
        from botfarm.core.s3store import S3Store

        bucket, _, prefix = url[len("s3://"):].partition("/")
        if not endpoint:
            raise InvalidArgument(f"object store {url!r} needs an S3 endpoint (--s3-endpoint / BOTFARM_S3_ENDPOINT)")
        return S3Store(bucket=bucket, endpoint=endpoint, access_key=access_key, secret_key=secret_key,
                       secure=secure, region=region or "", create_bucket=create_bucket, prefix=prefix,
                       policy=s3_policy)
    if url.startswith("file://"):
        url = url[len("file://"):]
    elif "://" in url:
        raise InvalidArgument(f"unsupported object store URL {url!r}: expected a path, file:///path or s3://bucket")
    return LocalStore(url)
