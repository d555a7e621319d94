"""The registry as the CLI sees it: through the registry service (``ServiceRegistry``,
what every user has: an address and a token) or, for operators who say so, straight
on the object store (``core.Registry`` itself). Both answer the calls the commands make
(``list_models``, ``resolve``, ``publish``, ``download``, ...), so each command is
written once.

    api = ServiceRegistry(connect("registry", args.server))
    version = api.publish("mcintweet", Path("out"), method="full", progress=bar)
    folder = api.download(api.resolve("mcintweet@3"), Path("mcintweet-v3"))

Pushes go up as upload sessions in segments of ``SEGMENT`` bytes, each streamed in
1 MiB messages; a segment that fails on the way (connection lost, service restarted)
is sent again from where the service says the file stands. Why not presigned URLs:
on a cluster the object store (MinIO) is usually not reachable from a laptop, only the
services are (a port-forward, an ingress); a local-disk store has no URLs at all; and
the registry checks what it publishes (safety rules, sha256) either way. Downloads
stream each file (``DownloadFile``), resume from the bytes they have, and are verified
by sha256 before they enter the local cache.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TypeVar

from botfarm.core.clients import ServiceClient
from botfarm.core.errors import BotfarmError, DataLoss
from botfarm.registry import convert, names
from botfarm.registry.cache import DownloadCache, default_cache_dir
from botfarm.registry.records import FileEntry, ModelInfo, Progress, VersionInfo
from botfarm.registry.safety import check_folder
from botfarm.registry.v1 import registry_service_pb2 as pb

#: Bytes per UploadFile call: what a failure costs to send again.
SEGMENT = 64 << 20
#: Bytes per message of a stream.
CHUNK = 1 << 20
#: Tries of one segment, one download or one commit before giving up.
ATTEMPTS = 6
#: Failures worth another try: the connection, the service restarting, a race.
RETRYABLE = {"UNAVAILABLE", "DEADLINE_EXCEEDED", "ABORTED", "CANCELLED"}
#: Seconds of the unary calls (uploads, downloads and commits take as long as they need).
CALL_TIMEOUT = 60.0

T = TypeVar("T")


def _retrying(what: Callable[[], T], attempts: int = ATTEMPTS, sleep: Callable[[float], None] = time.sleep) -> T:
    """Runs ``what`` until it does not fail with a retryable error, backing off."""
    for attempt in range(attempts):
        try:
            return what()
        except BotfarmError as e:
            # A commit retried while the first is still publishing waits for it.
            if (e.code not in RETRYABLE and e.reason != "COMMIT_IN_PROGRESS") or attempt == attempts - 1:
                raise
            sleep(min(0.2 * 2 ** attempt, 5.0))
    raise AssertionError("unreachable")


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(CHUNK):
            h.update(chunk)
    return h.hexdigest()


class ServiceRegistry:
    """The registry through its service: only the address and the token are needed."""

    def __init__(self, client: ServiceClient, cache_dir: Path | None = None):
        self.client = client
        self.cache = DownloadCache(Path(cache_dir) if cache_dir else default_cache_dir(), self._fetch)

    def close(self) -> None:
        self.client.close()

    # --- reads and small changes: one RPC each -------------------------------------

    def list_models(self, page_size: int = 0, page_token: str = "", kind: str = "") -> tuple[list[ModelInfo], str]:
        kinds = {v: k for k, v in convert.KIND_FROM_PB.items()}
        resp = self.client.ListModels(pb.ListModelsRequest(page_size=page_size, page_token=page_token,
                                                           kind=kinds.get(kind, pb.MODEL_KIND_UNSPECIFIED)),
                                      timeout=CALL_TIMEOUT)
        return [convert.model_from_pb(m) for m in resp.models], resp.next_page_token

    def get_model(self, model: str) -> ModelInfo:
        resp = self.client.GetModel(pb.GetModelRequest(name=f"models/{names.check_model(model)}"),
                                    timeout=CALL_TIMEOUT)
        return convert.model_from_pb(resp.model)

    def list_versions(self, model: str, page_size: int = 0, page_token: str = "") -> tuple[list[VersionInfo], str]:
        resp = self.client.ListModelVersions(pb.ListModelVersionsRequest(
            parent=f"models/{names.check_model(model)}", page_size=page_size, page_token=page_token),
            timeout=CALL_TIMEOUT)
        return [convert.version_from_pb(v) for v in resp.model_versions], resp.next_page_token

    def resolve(self, ref: str) -> VersionInfo:
        resp = self.client.ResolveModelVersion(pb.ResolveModelVersionRequest(reference=ref), timeout=CALL_TIMEOUT)
        return convert.version_from_pb(resp.model_version)

    def get_card(self, ref: str) -> tuple[str, VersionInfo]:
        version = self.resolve(ref)
        resp = self.client.GetModelCard(pb.GetModelCardRequest(name=version.name), timeout=CALL_TIMEOUT)
        return resp.markdown, version

    def set_alias(self, model: str, alias: str, version: int) -> None:
        self.client.SetAlias(pb.SetAliasRequest(model=f"models/{model}", alias=alias, version=version),
                             timeout=CALL_TIMEOUT)

    def delete_alias(self, model: str, alias: str) -> None:
        self.client.DeleteAlias(pb.DeleteAliasRequest(model=f"models/{model}", alias=alias), timeout=CALL_TIMEOUT)

    def delete_version(self, model: str, version: int, *, force: bool = False) -> None:
        self.client.DeleteModelVersion(pb.DeleteModelVersionRequest(
            name=f"models/{model}/versions/{version}", force=force), timeout=CALL_TIMEOUT)

    def delete_model(self, model: str, *, force: bool = False) -> None:
        self.client.DeleteModel(pb.DeleteModelRequest(name=f"models/{model}", force=force), timeout=CALL_TIMEOUT)

    # --- publish: an upload session in resumable segments --------------------------

    def publish(self, model: str, src_dir: Path, *, method: str, base_model: str = "",
                users: list[dict] | None = None, aliases: Sequence[str] = (names.LATEST,), tags: Sequence[str] = (),
                base_model_id: str = "", license: str = "", base_note: str = "",
                progress: Progress | None = None) -> VersionInfo:
        """Publishes the files of ``src_dir`` as the next version of ``model`` (what
        ``Registry.publish`` does on the store; training metadata is the workers' and
        does not travel this way). The folder is checked here first (the service checks
        again): a refused pickle costs no upload."""
        files, _config = check_folder(Path(src_dir), method)
        files = [(rel, p) for rel, p in files if rel not in ("README.md", "loss.png")]
        upload = pb.Upload(
            model=f"models/{names.check_model(model)}", method=convert.METHOD_TO_PB.get(method, pb.METHOD_UNSPECIFIED),
            base_model=base_model, users=[convert.user_to_pb(u) for u in users or []], tags=list(tags),
            aliases=[a for a in aliases if a != names.LATEST], base_model_id=base_model_id, license=license, base_note=base_note,
            files=[pb.UploadedFile(path=rel, size_bytes=p.stat().st_size, sha256=_sha256(p)) for rel, p in files])
        created = self.client.CreateUpload(pb.CreateUploadRequest(upload=upload), timeout=CALL_TIMEOUT).upload
        try:
            self._send_files(created.name, files, progress)
            resp = _retrying(lambda: self.client.CommitUpload(pb.CommitUploadRequest(name=created.name)))
        except BaseException:
            with contextlib.suppress(Exception):  # best effort: gc removes what this misses
                self.client.DeleteUpload(pb.DeleteUploadRequest(name=created.name), timeout=10)
            raise
        return convert.version_from_pb(resp.model_version)

    def _send_files(self, upload: str, files: list[tuple[str, Path]], progress: Progress | None) -> None:
        total = sum(p.stat().st_size for _, p in files)
        sent: dict[str, int] = {rel: 0 for rel, _ in files}

        def report() -> None:
            if progress:
                progress(sum(sent.values()), total)

        for rel, path in files:
            size = path.stat().st_size
            while sent[rel] < size:
                sent[rel] = _retrying(functools.partial(self._send_segment, upload, rel, path, sent, report))
        report()

    def _send_segment(self, upload: str, rel: str, path: Path, sent: dict[str, int], report: Callable[[], None]) -> int:
        """Sends the next segment of one file from where the service has it; returns the
        bytes it has after."""
        state = self.client.GetUpload(pb.GetUploadRequest(name=upload), timeout=CALL_TIMEOUT).upload
        offset = next(f.received_bytes for f in state.files if f.path == rel)
        sent[rel] = offset
        report()

        def requests() -> Iterator[pb.UploadFileRequest]:
            yield pb.UploadFileRequest(header=pb.UploadFileHeader(upload=upload, path=rel, offset=offset))
            with open(path, "rb") as f:
                f.seek(offset)
                left = SEGMENT
                while left and (chunk := f.read(min(CHUNK, left))):
                    left -= len(chunk)
                    sent[rel] += len(chunk)
                    report()
                    yield pb.UploadFileRequest(chunk=chunk)

        return int(self.client.UploadFile(requests()).received_bytes)

    # --- downloads: a verified stream per file, into the local cache ---------------

    def download(self, version: VersionInfo, dest: Path | None = None, progress: Progress | None = None) -> Path:
        return self.cache.download(version, dest, progress)

    def _fetch(self, version: VersionInfo, entry: FileEntry, path: Path, progress: Callable[[int], object]) -> None:
        """Streams one file into a temporary file beside ``path``, resuming after a
        retryable failure, and renames it into place once its sha256 is right."""
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
        try:
            with os.fdopen(fd, "wb") as out:
                def rest() -> None:
                    request = pb.DownloadFileRequest(name=version.name, path=entry.path, offset=out.tell())
                    for msg in self.client.DownloadFile(request):
                        out.write(msg.chunk)
                        progress(len(msg.chunk))

                _retrying(rest)
            actual = _sha256(Path(tmp))
            if actual != entry.sha256:
                raise DataLoss(f"file {entry.path!r} of {version.ref} is corrupt: sha256 {actual} but {entry.sha256} "
                               "was recorded; it was not kept", metadata={"key": entry.key, "actual_sha256": actual,
                                                                           "expected_sha256": entry.sha256})
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
            raise
