"""Upload sessions: how ``botfarm registry push`` publishes through the registry
service, in resumable chunks, without any access to the object store.

    up = uploads.create(model="mcintweet", method="full", files=[("model.safetensors", size, sha256), ...])
    uploads.write(up.name, "model.safetensors", offset=0, chunks=...)   # one call per segment
    uploads.get(up.name).files[0].received                             # after a dropped connection
    version = uploads.commit(up.name)                                  # verified, then published

Each ``write`` streams one segment of one file into its own object, with
create-if-absent: a segment is stored whole or not at all (a dropped stream stores
nothing), so after any failure the client asks how much arrived and goes on from
there. ``commit`` streams each file's segments, in order, into the new version
(``publishing.publish``), checks the safety rules on the content and the sha256 the
client declared, and removes the session. The service keeps no state: a session lives
in the store, survives restarts and is shared by replicas. Sessions never committed
nor deleted are removed by ``gc`` after its grace period.

    registry/uploads/{id}/upload.json                  the session (model, method, files, ...)
    registry/uploads/{id}/files/{index}/{offset}       the segments of file number {index}
    registry/uploads/{id}/commit.json                  taken by the one commit in progress
"""

from __future__ import annotations

import contextlib
import io
import itertools
import re
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field, replace
from typing import TYPE_CHECKING, BinaryIO

from botfarm.core.errors import (
    AlreadyExists,
    FailedPrecondition,
    InvalidArgument,
    NotFound,
    ResourceExhausted,
)
from botfarm.core.store import IterStream
from botfarm.core.timestamps import now_iso
from botfarm.registry import names, publishing, safety
from botfarm.registry.records import CARD_FILE, PLOT_FILE, Progress, VersionInfo

if TYPE_CHECKING:
    from botfarm.registry.core import Registry

UPLOADS_ROOT = "registry/uploads/"
#: Most files in one upload (a sharded model has dozens).
MAX_FILES = 10_000
#: How many of a model's newest versions a retried commit looks through for its own.
RECENT_VERSIONS = 20

_ID = re.compile(r"^[0-9a-f]{32}$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class UploadFile:
    path: str          # path in the version folder
    size: int          # bytes the client will send
    sha256: str        # what they must hash to
    received: int = 0  # bytes stored so far, in order from the start


@dataclass(frozen=True)
class UploadInfo:
    id: str
    model: str
    method: str
    files: tuple[UploadFile, ...]
    base_model: str = ""
    users: list = field(default_factory=list)
    tags: list = field(default_factory=list)
    aliases: list = field(default_factory=list)
    base_model_id: str = ""
    license: str = ""
    base_note: str = ""
    create_time: str = ""
    model_version: str = ""  # "models/{model}/versions/{n}" once committed

    @property
    def name(self) -> str:
        return f"uploads/{self.id}"

    def file(self, path: str) -> tuple[int, UploadFile]:
        for i, f in enumerate(self.files):
            if f.path == path:
                return i, f
        raise InvalidArgument(f"{self.name} declares no file {path!r}", reason="UNKNOWN_UPLOAD_FILE",
                              metadata={"path": path})


def _prefix(upload_id: str) -> str:
    return f"{UPLOADS_ROOT}{upload_id}/"


def _segment_key(upload_id: str, index: int, offset: int) -> str:
    return f"{_prefix(upload_id)}files/{index}/{offset:016d}"


def parse_name(name: str) -> str:
    upload_id = (name or "").removeprefix("uploads/")
    if not _ID.match(upload_id):
        raise InvalidArgument(f"invalid upload name {name!r}: want 'uploads/{{id}}'", reason="INVALID_UPLOAD_NAME",
                              metadata={"name": str(name)})
    return upload_id


def _check_files(files: Sequence[tuple[str, int, str]], method: str, max_bytes: int) -> tuple[UploadFile, ...]:
    if not files or len(files) > MAX_FILES:
        raise InvalidArgument(f"an upload declares 1 to {MAX_FILES} files, not {len(files)}", reason="BAD_FILE_LIST")
    out, seen = [], set()
    for path, size, sha in files:
        safety.check_path(path)
        if path in seen:
            raise InvalidArgument(f"file {path!r} declared twice", reason="BAD_FILE_LIST", metadata={"path": path})
        seen.add(path)
        if size < 0 or not _SHA256.match(sha or ""):
            raise InvalidArgument(f"file {path!r}: size must be >= 0 and sha256 64 lower-case hex digits",
                                  reason="BAD_FILE_LIST", metadata={"path": path})
        if path not in (CARD_FILE, PLOT_FILE):  # the registry writes its own card
            out.append(UploadFile(path, int(size), sha))
    safety.check_names([f.path for f in out], method)
    total = sum(f.size for f in out)
    if total > max_bytes:
        raise ResourceExhausted(f"the upload holds {total} bytes, more than this registry accepts ({max_bytes}; "
                                "--max-upload-bytes)", reason="UPLOAD_TOO_LARGE",
                                metadata={"bytes": str(total), "limit": str(max_bytes)})
    return tuple(out)


def _limited(chunks: Iterable[bytes], room: int, path: str) -> Iterator[bytes]:
    """The chunks, refused as soon as they pass ``room`` bytes (the file's declared end)."""
    sent = 0
    for chunk in chunks:
        sent += len(chunk)
        if sent > room:
            raise InvalidArgument(f"more bytes for {path!r} than its declared size", reason="UPLOAD_OVERFLOW",
                                  metadata={"path": path})
        if chunk:
            yield chunk


class Uploads:
    def __init__(self, registry: Registry, max_upload_bytes: int = 64 << 30):
        self.registry = registry
        self.store = registry.store
        self.max_upload_bytes = max_upload_bytes

    def create(self, *, model: str, method: str, files: Sequence[tuple[str, int, str]], base_model: str = "",
               users: list[dict] | None = None, tags: Sequence[str] = (), aliases: Sequence[str] = (),
               base_model_id: str = "", license: str = "", base_note: str = "") -> UploadInfo:
        """Opens a session after every check that needs no byte of the files: names,
        method, sizes, the base model."""
        model = publishing.check_request(model, method, aliases, [users])
        declared = _check_files(files, method, self.max_upload_bytes)
        publishing.pin_base(self.registry, method, base_model)
        info = UploadInfo(id=uuid.uuid4().hex, model=model, method=method, files=declared, base_model=base_model,
                          users=list(users or []), tags=list(tags), aliases=[a for a in aliases if a != names.LATEST],
                          base_model_id=base_model_id, license=license, base_note=base_note, create_time=now_iso())
        self.registry.put_json(f"{_prefix(info.id)}upload.json", asdict(info), create=True)
        return info

    def _load(self, name: str) -> UploadInfo:
        upload_id = parse_name(name)
        try:
            d = self.registry.get_json(f"{_prefix(upload_id)}upload.json")
        except NotFound:
            raise NotFound(f"upload {name!r} not found (committed and collected, deleted, or never created)",
                           reason="UPLOAD_NOT_FOUND", metadata={"name": name}) from None
        d["files"] = tuple(UploadFile(**f) for f in d["files"])
        return UploadInfo(**d)

    def _segments(self, upload_id: str, index: int) -> list[tuple[int, int, str]]:
        """(offset, size, key) of one file's segments that follow each other from 0."""
        prefix = f"{_prefix(upload_id)}files/{index}/"
        out, end = [], 0
        for info in self.store.list(prefix):
            offset = int(info.key[len(prefix):])
            if offset != end:
                break
            out.append((offset, info.size, info.key))
            end += info.size
        return out

    def get(self, name: str) -> UploadInfo:
        """The session with the bytes received of each file."""
        info = self._load(name)
        files = tuple(replace(f, received=sum(s for _, s, _ in self._segments(info.id, i)))
                      for i, f in enumerate(info.files))
        return replace(info, files=files)

    def write(self, name: str, path: str, offset: int, chunks: Iterable[bytes]) -> int:
        """Stores ``chunks`` as the segment of ``path`` that starts at ``offset`` (which
        must be the bytes received so far); returns the bytes received after it."""
        info = self._load(name)
        if info.model_version:
            raise FailedPrecondition(f"{name} is committed already", reason="UPLOAD_COMMITTED")
        index, f = info.file(path)
        received = sum(s for _, s, _ in self._segments(info.id, index))
        if offset != received:
            raise FailedPrecondition(f"{path!r}: {received} bytes received so far, so the next chunk starts there, "
                                     f"not at {offset}", reason="OFFSET_MISMATCH",
                                     metadata={"path": path, "received_bytes": str(received)})
        stream = _limited(chunks, f.size - offset, path)
        first = next(stream, None)
        if first is None:
            return received
        try:
            stored = self.store.create_if_absent(_segment_key(info.id, index, offset),
                                                 itertools.chain([first], stream))
        except AlreadyExists:
            raise FailedPrecondition(f"{path!r}: another writer sent the chunk at {offset}", reason="OFFSET_MISMATCH",
                                     metadata={"path": path}) from None
        return offset + stored.size

    def _opener(self, segments: list[tuple[int, int, str]]) -> safety.Opener:
        @contextlib.contextmanager
        def open_file() -> Iterator[BinaryIO]:
            chunks = itertools.chain.from_iterable(self.store.iter_chunks(k) for _, _, k in segments)
            with io.BufferedReader(IterStream(chunks), buffer_size=1 << 20) as f:
                yield f
        return open_file

    def _published(self, info: UploadInfo) -> VersionInfo | None:
        """The version a previous commit of this session published, if it died before
        recording it."""
        for n in reversed(self.registry.version_numbers(info.model)[-RECENT_VERSIONS:]):
            with contextlib.suppress(NotFound):
                v = self.registry.get_version(info.model, n)
                if v.upload == info.name:
                    return v
        return None

    def commit(self, name: str, progress: Progress | None = None) -> VersionInfo:
        """Publishes the session's files as the next version of its model; a retried
        commit returns the same version."""
        info = self.get(name)
        if info.model_version:
            model, n = names.version_from_resource(info.model_version)
            return self.registry.get_version(model, n)
        missing = [f"{f.path} ({f.received} of {f.size} bytes)" for f in info.files if f.received != f.size]
        if missing:
            raise FailedPrecondition(f"{name} is incomplete: {', '.join(missing[:5])}", reason="UPLOAD_INCOMPLETE",
                                     metadata={"missing": ",".join(m.split(" ")[0] for m in missing[:20])})
        lock = f"{_prefix(info.id)}commit.json"
        try:
            self.registry.put_json(lock, {"commit_time": now_iso()}, create=True)
        except AlreadyExists:
            done = self._published(info)
            if done is None:
                raise FailedPrecondition(f"another commit of {name} is in progress", reason="COMMIT_IN_PROGRESS",
                                         metadata={"name": name}) from None
            return done
        try:
            version = self._published(info) or self._publish(info, progress)
        except BaseException:
            self.store.delete(lock)  # a retry may try again
            raise
        self.registry.put_json(f"{_prefix(info.id)}upload.json", asdict(replace(info, model_version=version.name)))
        self.store.delete_prefix(f"{_prefix(info.id)}files/")
        return version

    def _publish(self, info: UploadInfo, progress: Progress | None) -> VersionInfo:
        sources = [publishing.Source(f.path, f.size, self._opener(self._segments(info.id, i)), f.sha256)
                   for i, f in enumerate(info.files)]
        config = safety.check_contents([(s.path, s.size, s.open) for s in sources])
        return publishing.publish(
            self.registry, info.model, sources, method=info.method, config=config, base_model=info.base_model,
            users=info.users or None, tags=info.tags, aliases=(names.LATEST, *info.aliases),
            base_model_id=info.base_model_id, license=info.license, base_note=info.base_note, upload=info.name,
            progress=progress)

    def delete(self, name: str) -> None:
        """Abandons a session and everything it received."""
        info = self._load(name)
        self.store.delete_prefix(_prefix(info.id))
