"""The object store: one interface, two backends.

* ``LocalStore`` (``botfarm.core.localstore``, importable from here too): a directory
  on local disk, the embedded default. Writes go to a
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
import hashlib
import io
import os
import re
import tempfile
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Protocol

from botfarm.core.errors import (
    DataLoss,
    InvalidArgument,
    NotFound,
)

if TYPE_CHECKING:  # at run time, __getattr__ at the end of this module imports it lazily
    from botfarm.core.localstore import LocalStore as LocalStore

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

    @property
    def is_prefix(self) -> bool:
        """A common prefix that ``list(..., delimiter="/")`` rolled many keys into
        ("models/mcintweet/"): no key ends in "/", so the two never mix."""
        return self.key.endswith("/")


@dataclass(frozen=True)
class IncompleteWrite:
    """A write that never finished (its writer was killed): a local temporary file, or
    an S3 multipart upload never completed nor aborted. Invisible to ``list``, yet it
    holds space until ``abort_incomplete`` removes it."""

    key: str                                # the key it was for (local: the temporary file's own path)
    size: int                               # bytes it holds (0 when the backend does not say)
    last_modified: dt.datetime | None       # local: last write; S3: when the upload began
    handle: str = ""                        # what the backend needs to remove it (an S3 upload id)


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


def validate_list_args(prefix: str, start_after: str, delimiter: str) -> None:
    """The arguments of ``list``: a valid prefix, a string ``start_after``, and "/" or
    nothing as the delimiter (the one S3 servers all roll up by)."""
    validate_prefix(prefix)
    if not isinstance(start_after, str) or _CONTROL.search(start_after):
        raise InvalidArgument(f"invalid start_after {start_after!r}", metadata={"start_after": str(start_after)})
    if delimiter not in ("", "/"):
        raise InvalidArgument(f"invalid delimiter {delimiter!r}: only '/' is supported",
                              metadata={"delimiter": str(delimiter)})


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


#: One piece of a stream: a slice of the caller's bytes is passed on uncopied.
Chunk = bytes | bytearray | memoryview
#: An object's data: bytes, a readable file object or an iterable of chunks.
ObjectData = bytes | Readable | Iterable[Chunk]


def chunks_of(data: ObjectData) -> Iterator[Chunk]:
    """Bytes, a readable file object or an iterable of bytes, as chunks (bytes are
    sliced without copying)."""
    if isinstance(data, bytes | bytearray | memoryview):
        view = memoryview(data).cast("B")
        for i in range(0, len(view), CHUNK):
            yield view[i:i + CHUNK]
    elif hasattr(data, "read"):
        while chunk := data.read(CHUNK):
            yield chunk
    elif isinstance(data, str):
        raise InvalidArgument("object data must be bytes, not str")
    else:
        for chunk in data:
            if not isinstance(chunk, bytes | bytearray | memoryview):
                raise InvalidArgument(f"object data chunks must be bytes, not {type(chunk).__name__}")
            yield chunk


def check_length(key: str, length: int, size: int) -> None:
    """A declared length that the stream does not match is an error, and nothing is
    stored (an upload cut short must not replace a good object)."""
    if length >= 0 and size != length:
        raise InvalidArgument(f"object {key!r}: {size} bytes received but {length} were declared",
                              reason="LENGTH_MISMATCH", metadata={"key": key, "length": str(length),
                                                                  "received": str(size)})


def _with_progress(chunks: Iterable[Chunk], progress: Progress | None) -> Iterator[Chunk]:
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

    def readinto(self, b) -> int:
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
    def list(self, prefix: str = "", *, start_after: str = "", delimiter: str = "") -> Iterator[ObjectInfo]:
        """Every object whose key starts with ``prefix``, in key (UTF-8 byte) order,
        without metadata, lazily: a caller that stops early pays for what it read.

        ``start_after``: only entries whose key is greater (S3's StartAfter), so a
        page continues after the last key served. ``delimiter="/"``: keys with a "/"
        after the prefix are rolled up into one entry per common prefix, its key
        ending in "/" (``ObjectInfo.is_prefix``, size 0), reported once and only when
        greater than ``start_after``; listing "models/" that way yields one entry per
        model, whatever each holds."""

    @abc.abstractmethod
    def delete(self, key: str) -> None:
        """Deletes an object; deleting a missing key is not an error."""

    def check(self) -> None:  # noqa: B027 - an optional hook: most backends need no check
        """Raises ``Unavailable`` if the store cannot be used (readiness checks)."""

    def list_incomplete(self, prefix: str = "") -> Iterator[IncompleteWrite]:
        """Writes under ``prefix`` that never finished (their writer died); a backend
        without such leftovers has none."""
        return iter(())

    def abort_incomplete(self, write: IncompleteWrite) -> None:  # noqa: B027 - nothing to remove by default
        """Removes what ``write`` holds; gone already is not an error."""

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
                # Backends' iter_chunks are generators holding a connection or a file:
                # closing one releases it when the reader stops early.
                if isinstance(chunks, Generator):
                    chunks.close()

        with io.BufferedReader(IterStream(all_chunks()), buffer_size=CHUNK) as f:
            yield f

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
    from botfarm.core.localstore import LocalStore

    return LocalStore(url)


if TYPE_CHECKING:
    pass
else:
    def __getattr__(name: str) -> object:
        # The local backend lives in its own module and is imported from here too
        # (``from botfarm.core.store import LocalStore``), lazily: it imports this module.
        if name == "LocalStore":
            from botfarm.core.localstore import LocalStore

            return LocalStore
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
