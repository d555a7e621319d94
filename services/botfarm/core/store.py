"""The object store: one interface, two backends.

* ``LocalStore``: a directory on local disk, the embedded default. Writes go to a
  temporary file in the same directory and are renamed into place, so readers never
  see half an object and create-if-absent is atomic (``os.link`` fails if the target
  exists).
* ``S3Store`` (``botfarm.core.s3store``): MinIO or any S3 server through the ``minio``
  client; create-if-absent is a PUT with ``If-None-Match: *``.

Keys are "/"-separated relative paths ("models/mcintweet/versions/1/manifest.json").
Objects stream in and out in chunks: nothing here holds a whole object in memory
unless a caller asks for bytes.

    store = open_store(config)            # from botfarm.core.config.StoreConfig
    store.put_bytes("a/b.json", b"{}")
    with store.open("a/b.json") as f: ...
"""

from __future__ import annotations

import abc
import contextlib
import datetime as dt
import hashlib
import io
import os
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from botfarm.core.errors import AlreadyExists, InvalidArgument, NotFound

#: Chunk size of streamed reads and writes.
CHUNK = 1 << 20


@dataclass(frozen=True)
class ObjectInfo:
    """What ``stat`` and ``list`` report about one object."""

    key: str
    size: int
    last_modified: dt.datetime | None = None
    etag: str = ""
    metadata: dict[str, str] = field(default_factory=dict)


def validate_key(key: str) -> str:
    """Refuses keys that could escape the store's root or mean different things on
    the two backends."""
    if not key or key.startswith("/") or key.endswith("/"):
        raise InvalidArgument(f"invalid object key {key!r}: must be a relative path not ending in '/'")
    parts = key.split("/")
    if any(p in ("", ".", "..") for p in parts) or "\\" in key or "\x00" in key:
        raise InvalidArgument(f"invalid object key {key!r}: empty, '.' or '..' segment")
    return key


def _chunks(data: bytes | BinaryIO | Iterable[bytes]) -> Iterator[bytes]:
    if isinstance(data, bytes | bytearray | memoryview):
        yield bytes(data)
    elif hasattr(data, "read"):
        while chunk := data.read(CHUNK):  # type: ignore[union-attr]
            yield chunk
    else:
        yield from data  # type: ignore[misc]


class IterStream(io.RawIOBase):
    """A read-only file object over an iterator of byte chunks."""

    def __init__(self, chunks: Iterable[bytes]):
        self._it = iter(chunks)
        self._buf = b""

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:  # type: ignore[no-untyped-def]
        while not self._buf:
            try:
                self._buf = next(self._it)
            except StopIteration:
                return 0
        n = min(len(b), len(self._buf))
        b[:n] = self._buf[:n]
        self._buf = self._buf[n:]
        return n


class ObjectStore(abc.ABC):
    """The interface every backend implements. Errors are domain errors:
    ``NotFound`` for a missing key, ``AlreadyExists`` when create-if-absent loses."""

    # --- primitives each backend implements -------------------------------------

    @abc.abstractmethod
    def put(self, key: str, data: bytes | BinaryIO | Iterable[bytes], *, length: int = -1,
            metadata: dict[str, str] | None = None) -> ObjectInfo:
        """Stores an object from bytes, a file object or an iterable of chunks,
        replacing any object of that key. ``length`` is the size when known."""

    @abc.abstractmethod
    def create_if_absent(self, key: str, data: bytes | BinaryIO | Iterable[bytes], *, length: int = -1,
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
        """Every object whose key starts with ``prefix``, in key order."""

    @abc.abstractmethod
    def delete(self, key: str) -> None:
        """Deletes an object; deleting a missing key is not an error."""

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
            yield first
            yield from chunks

        with io.BufferedReader(IterStream(all_chunks()), buffer_size=CHUNK) as f:
            yield f  # type: ignore[misc]

    def get_bytes(self, key: str) -> bytes:
        return b"".join(self.iter_chunks(key))

    def put_bytes(self, key: str, data: bytes, metadata: dict[str, str] | None = None) -> ObjectInfo:
        return self.put(key, data, length=len(data), metadata=metadata)

    def put_file(self, key: str, path: str | os.PathLike[str],
                 metadata: dict[str, str] | None = None) -> ObjectInfo:
        with open(path, "rb") as f:
            return self.put(key, f, length=os.fstat(f.fileno()).st_size, metadata=metadata)

    def get_file(self, key: str, path: str | os.PathLike[str], *, sha256: str | None = None) -> Path:
        """Downloads to ``path`` (atomically, by rename); with ``sha256`` given, a
        mismatch raises ``DataLoss`` and leaves nothing at ``path``."""
        from botfarm.core.errors import DataLoss

        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        h = hashlib.sha256()
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
        try:
            with os.fdopen(fd, "wb") as out:
                for chunk in self.iter_chunks(key):
                    h.update(chunk)
                    out.write(chunk)
            if sha256 is not None and h.hexdigest() != sha256:
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
        n = 0
        for info in list(self.list(prefix)):
            self.delete(info.key)
            n += 1
        return n


class LocalStore(ObjectStore):
    """Objects as files under ``root``. Metadata sits in a sidecar
    ``<name>.botfarm-meta`` file written before the object is renamed into place."""

    _META = ".botfarm-meta"
    _TMP = ".botfarm-tmp-"

    def __init__(self, root: str | os.PathLike[str]):
        self.root = Path(root).resolve()
        self.root.mkdir(parents=True, exist_ok=True)

    def _path(self, key: str) -> Path:
        validate_key(key)
        if key.endswith(self._META) or self._TMP in key:
            raise InvalidArgument(f"invalid object key {key!r}: reserved name")
        return self.root / key

    def _write_tmp(self, path: Path, data: bytes | BinaryIO | Iterable[bytes], metadata: dict[str, str] | None) -> str:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=self._TMP)
        try:
            with os.fdopen(fd, "wb") as out:
                for chunk in _chunks(data):
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
        except BaseException:
            os.unlink(tmp)
            raise
        if metadata:
            import json

            Path(str(path) + self._META).write_text(json.dumps(metadata, sort_keys=True))
        return tmp

    def put(self, key, data, *, length=-1, metadata=None):
        path = self._path(key)
        tmp = self._write_tmp(path, data, metadata)
        os.replace(tmp, path)
        return self.stat(key)

    def create_if_absent(self, key, data, *, length=-1, metadata=None):
        path = self._path(key)
        if path.exists():
            raise AlreadyExists(f"object {key!r} already exists", metadata={"key": key})
        tmp = self._write_tmp(path, data, None)
        try:
            # link() fails when the target exists: the atomic test-and-set.
            os.link(tmp, path)
        except FileExistsError:
            raise AlreadyExists(f"object {key!r} already exists", metadata={"key": key}) from None
        finally:
            os.unlink(tmp)
        if metadata:
            import json

            Path(str(path) + self._META).write_text(json.dumps(metadata, sort_keys=True))
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
        mp = Path(str(path) + self._META)
        if mp.exists():
            import json

            meta = json.loads(mp.read_text())
        return ObjectInfo(key=key, size=st.st_size,
                          last_modified=dt.datetime.fromtimestamp(st.st_mtime, dt.UTC),
                          etag=f"{st.st_mtime_ns:x}-{st.st_size:x}", metadata=meta)

    def list(self, prefix=""):
        # Walk only the deepest directory the prefix names, then filter by prefix.
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
        for key in sorted(keys):
            try:
                yield self.stat(key)
            except NotFound:  # deleted while listing
                continue

    def delete(self, key):
        path = self._path(key)
        for p in (path, Path(str(path) + self._META)):
            with contextlib.suppress(FileNotFoundError):
                p.unlink()


def open_store(url: str, **s3_options: str) -> ObjectStore:
    """Opens a store from a URL: ``file:///var/lib/botfarm`` or a plain path for
    the local backend, ``s3://bucket`` (with endpoint and credentials in
    ``s3_options``) for S3/MinIO."""
    if url.startswith("s3://"):
        from botfarm.core.s3store import S3Store

        return S3Store(bucket=url[len("s3://"):].strip("/"), **s3_options)
    if url.startswith("file://"):
        url = url[len("file://"):]
    return LocalStore(url)
