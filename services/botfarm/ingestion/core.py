"""Ingestions: one read of one source into one raw dataset, tracked as a record in the
object store (``ingestions/{id}.json``) so any replica can answer for it.

    mgr = Ingestions(store, IngestionSettings())
    rec = mgr.create({"object_key": "uploads/…/archive.zip"}, wait=True)
    rec = mgr.upload("archive.zip", chunks)               # what UploadArchive does

No grpc here: the servicer turns these dicts into messages.
"""

from __future__ import annotations

import builtins
import contextlib
import datetime as dt
import json
import logging
import re
import tempfile
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from botfarm.core.errors import (
    BotfarmError,
    DeadlineExceeded,
    InvalidArgument,
    NotFound,
    PermissionDenied,
    ResourceExhausted,
    Unavailable,
)
from botfarm.core.pagination import paginate
from botfarm.core.store import ObjectStore
from botfarm.core.timestamps import now_iso
from botfarm.ingestion import datasets, metrics
from botfarm.ingestion.records import BLUESKY, FORMATS, MASTODON, X_API_V2, Batch
from botfarm.ingestion.sources import bluesky, mastodon, x_api_v2
from botfarm.ingestion.sources.detect import FILE_FORMATS, open_file
from botfarm.ingestion.sources.http import HttpConfig
from botfarm.ingestion.sources.safezip import ZipLimits

log = logging.getLogger(__name__)

LIVE_FORMATS = (X_API_V2, MASTODON, BLUESKY)
INGESTIONS_PREFIX = "ingestions/"
UPLOADS_PREFIX = "uploads/"
_ID_RE = re.compile(r"^ingestions/([0-9]{20}-[0-9a-f]{12})$")
_SAFE_NAME_RE = re.compile(r"[^A-Za-z0-9._-]")


@dataclass(frozen=True)
class IngestionSettings:
    """Ingestion's own settings (the service fills them from flags / BOTFARM_* env)."""

    #: X API v2 bearer token (env BOTFARM_X_BEARER_TOKEN; a Kubernetes Secret in the chart).
    x_bearer_token: str = field(default="", repr=False)
    #: Mastodon access token, only for non-public accounts.
    mastodon_token: str = field(default="", repr=False)
    #: Largest archive accepted through UploadArchive or from the store (X archives
    #: with media reach gigabytes; we read only the text members, but must hold the zip).
    max_upload_bytes: int = 2 << 30
    #: Limits on inflating zips (zip bombs).
    zip_limits: ZipLimits = ZipLimits()
    #: HTTP client settings of the live APIs.
    http: HttpConfig = HttpConfig()
    #: API base URLs a request's ``api_base_url`` may name. Empty: none, so a client
    #: cannot send the service's X / Mastodon tokens (or its requests) to a host it picks.
    api_base_urls: tuple[str, ...] = ()


def normalise_source(source: dict) -> dict:
    """Validates a source dict ({"format", "object_key" | "handle", "since_id",
    "max_posts", "api_base_url"}) and fills the format of live handles."""
    fmt = source.get("format") or ""
    if fmt and fmt not in FORMATS:
        raise InvalidArgument(f"unknown source format {fmt!r}", reason="UNKNOWN_FORMAT")
    key, handle = source.get("object_key") or "", (source.get("handle") or "").strip()
    if bool(key) == bool(handle):
        raise InvalidArgument("a source names exactly one of object_key and handle", reason="INVALID_SOURCE")
    if int(source.get("max_posts") or 0) < 0:
        raise InvalidArgument("max_posts must not be negative", reason="INVALID_SOURCE")
    if handle:
        if not fmt:
            # user@host is Mastodon's form, a dotted name a Bluesky handle, else X.
            h = handle.lstrip("@")
            fmt = MASTODON if "@" in h else BLUESKY if "." in h else X_API_V2
        if fmt not in LIVE_FORMATS:
            raise InvalidArgument(f"format {fmt} reads an object_key, not a handle", reason="INVALID_SOURCE")
    elif fmt in LIVE_FORMATS:
        raise InvalidArgument(f"format {fmt} reads a handle, not an object_key", reason="INVALID_SOURCE")
    return {"format": fmt, "object_key": key, "handle": handle, "since_id": source.get("since_id") or "",
            "max_posts": int(source.get("max_posts") or 0), "api_base_url": source.get("api_base_url") or ""}


class Ingestions:
    """Creates, runs and lists ingestions; every state change is written to the store."""

    def __init__(self, store: ObjectStore, settings: IngestionSettings | None = None):
        self.store = store
        self.settings = settings or IngestionSettings()
        self._lock = threading.Lock()

    # --- records ---------------------------------------------------------------------

    def _save(self, rec: dict) -> dict:
        body = json.dumps(rec, ensure_ascii=False, sort_keys=True, indent=1).encode()
        self.store.put(rec["name"] + ".json", body, length=len(body))
        return rec

    def get(self, name: str) -> dict:
        if not _ID_RE.match(name or ""):
            raise InvalidArgument(f"invalid ingestion name {name!r}; expected ingestions/{{id}}", reason="INVALID_NAME")
        try:
            return json.loads(self.store.get_bytes(name + ".json"))
        except NotFound:
            raise NotFound(f"ingestion {name!r} not found", reason="INGESTION_NOT_FOUND",
                           metadata={"name": name}) from None

    def list(self, page_size: int = 0, page_token: str = "") -> tuple[list[dict], str]:
        names = sorted((i.key[:-len(".json")] for i in self.store.list(INGESTIONS_PREFIX) if i.key.endswith(".json")),
                       reverse=True)  # ids start with the time: newest first
        page, nxt = paginate(names, listing="ingestions", page_size=page_size, page_token=page_token,
                             key=lambda n: n, descending=True)
        return [self.get(n) for n in page], nxt

    def list_datasets(self, page_size: int = 0, page_token: str = "") -> tuple[builtins.list[dict], str]:
        names = sorted(datasets.raw_dataset_names(self.store))
        page, nxt = paginate(names, listing="datasets", page_size=page_size, page_token=page_token, key=lambda n: n)
        return [datasets.get_raw_dataset(self.store, n).as_dict() for n in page], nxt

    def get_dataset(self, name: str) -> dict:
        return datasets.get_raw_dataset(self.store, name).as_dict()

    # --- running ---------------------------------------------------------------------

    def create(self, source: dict, wait: bool = False) -> dict:
        """Records a new ingestion and runs it (in the background unless ``wait``).
        With ``wait``, a failure is raised as its domain error after being recorded."""
        src = normalise_source(source)
        self._check_base_url(src)
        rec = self._new_record(src)
        if wait:
            return self._run(rec, raise_errors=True)
        threading.Thread(target=self._run, args=(rec,), name=f"ingest-{rec['name']}", daemon=True).start()
        return rec

    def resume_interrupted(self) -> builtins.list[str]:
        """Runs again, in the background, every ingestion a previous process left PENDING
        or RUNNING (it was stopped or killed mid-read). Re-reading is safe: raw datasets
        are content-addressed, so a source read twice stores one dataset. Called once at
        service start-up; the service runs as a single replica."""
        resumed = []
        for info in list(self.store.list(INGESTIONS_PREFIX)):
            if not info.key.endswith(".json"):
                continue
            rec = json.loads(self.store.get_bytes(info.key))
            if rec.get("state") in ("PENDING", "RUNNING"):
                log.info("resuming interrupted ingestion %s", rec["name"])
                threading.Thread(target=self._run, args=(rec,), name=f"ingest-{rec['name']}", daemon=True).start()
                resumed.append(rec["name"])
        return resumed

    def resume_when_the_store_answers(self, stop: threading.Event, first_wait: float = 1.0,
                                      max_wait: float = 30.0) -> threading.Thread:
        """``resume_interrupted`` on a background thread, retried with backoff while the
        store is unreachable: on a fresh install the service may start before MinIO
        answers, and must not crash-loop for that (its RPCs answer UNAVAILABLE meanwhile)."""
        def run() -> None:
            wait = first_wait
            while not stop.is_set():
                try:
                    self.resume_interrupted()
                    return
                except (Unavailable, DeadlineExceeded) as e:
                    log.warning("cannot resume interrupted ingestions yet (%s); retrying in %.0f s", e.message, wait)
                stop.wait(wait)
                wait = min(wait * 2, max_wait)

        thread = threading.Thread(target=run, name="ingestion-resume", daemon=True)
        thread.start()
        return thread

    def _new_record(self, src: dict) -> dict:
        rid = dt.datetime.now(dt.UTC).strftime("%Y%m%d%H%M%S%f") + "-" + uuid.uuid4().hex[:12]
        return self._save({"name": f"ingestions/{rid}", "source": src, "state": "PENDING", "error_message": "",
                           "error_code": "", "dataset": "", "posts_read": 0, "create_time": now_iso(), "end_time": ""})

    def _run(self, rec: dict, raise_errors: bool = False) -> dict:
        rec = self._save({**rec, "state": "RUNNING"})

        def progress(n: int) -> None:
            # Written every page so GetIngestion shows progress of long live reads.
            rec["posts_read"] = n
            self._save(rec)

        try:
            with self.open_source(rec["source"], progress) as batch:
                meta = datasets.store_raw_dataset(self.store, batch, progress)
            rec.update(state="SUCCEEDED", dataset=meta.name, posts_read=meta.post_count, end_time=now_iso())
            metrics.POSTS.inc(meta.post_count)
            metrics.RUNS.labels("succeeded").inc()
            return self._save(rec)
        except BotfarmError as e:
            metrics.RUNS.labels("failed").inc()
            rec.update(state="FAILED", error_message=e.message, error_code=e.code, end_time=now_iso())
            self._save(rec)
            if raise_errors:
                raise
            return rec
        except Exception as e:  # a bug: record it, keep the server up
            metrics.RUNS.labels("failed").inc()
            log.exception("ingestion %s failed", rec["name"])
            rec.update(state="FAILED", error_message=f"internal error: {type(e).__name__}", error_code="INTERNAL",
                       end_time=now_iso())
            self._save(rec)
            if raise_errors:
                raise
            return rec

    def _check_base_url(self, src: dict) -> None:
        url = src.get("api_base_url", "")
        if url and url.rstrip("/") not in {u.rstrip("/") for u in self.settings.api_base_urls}:
            raise PermissionDenied(f"api_base_url {url!r} is not one this service may call "
                                   "(--api-base-urls / BOTFARM_API_BASE_URLS)", reason="API_BASE_URL_NOT_ALLOWED",
                                   metadata={"api_base_url": url})

    def read_live(self, src: dict, progress: Callable[[int], None] | None = None) -> Batch:
        """Reads a live API source (X API v2, Mastodon, Bluesky)."""
        s, fmt = self.settings, src["format"]
        self._check_base_url(src)  # again: a record resumed after a restart
        kw = {"since_id": src["since_id"], "max_posts": src["max_posts"], "base_url": src["api_base_url"],
              "http": s.http, "progress": progress}
        if fmt == X_API_V2:
            return x_api_v2.read_x_api_v2(src["handle"], s.x_bearer_token, **kw)  # type: ignore[arg-type]
        if fmt == MASTODON:
            # The token only goes to a server the operator named, not to any user@host.
            _user, base = mastodon.split_handle(src["handle"], src["api_base_url"])
            allowed = base in {u.rstrip("/") for u in s.api_base_urls}
            return mastodon.read_mastodon(src["handle"], token=s.mastodon_token if allowed else "",
                                          **kw)  # type: ignore[arg-type]
        if fmt == BLUESKY:
            return bluesky.read_bluesky(src["handle"], **kw)  # type: ignore[arg-type]
        raise InvalidArgument(f"format {fmt} is not a live API", reason="INVALID_SOURCE")

    @contextlib.contextmanager
    def open_source(self, src: dict, progress: Callable[[int], None] | None = None) -> Iterator[Batch]:
        """The source's posts: a live API read, or an object of the store copied to a
        temporary file and read from there as a stream (an archive is never held in
        memory: zips need random access, which a streamed S3 object lacks)."""
        if src["format"] in LIVE_FORMATS:
            yield self.read_live(src, progress)
            return
        key = src["object_key"]
        info = self.store.stat(key)
        if info.size > self.settings.max_upload_bytes:
            raise ResourceExhausted(f"{key} is {info.size} bytes, more than {self.settings.max_upload_bytes}",
                                    reason="ARCHIVE_TOO_LARGE")
        fmt = src["format"]
        with tempfile.TemporaryDirectory(prefix="botfarm-ingest-") as tmp:
            path = self.store.get_file(key, Path(tmp) / (PurePosixPath(key).name or "upload"))
            yield open_file(path.name, lambda: open(path, "rb"), fmt if fmt in FILE_FORMATS else "",
                            src.get("upload_handle", ""), limits=self.settings.zip_limits)

    def upload(self, filename: str, chunks: Iterable[bytes], fmt: str = "", handle: str = "",
               size_hint: int = 0) -> tuple[dict, dict]:
        """Stores a streamed archive under uploads/{uuid}/{filename}, ingests it and
        returns (ingestion, dataset). A failed ingestion removes the upload again."""
        if fmt and fmt not in FORMATS:
            raise InvalidArgument(f"unknown source format {fmt!r}", reason="UNKNOWN_FORMAT")
        if fmt in LIVE_FORMATS:
            raise InvalidArgument(f"format {fmt} is a live API, not an archive", reason="INVALID_SOURCE")
        if size_hint > self.settings.max_upload_bytes:
            raise ResourceExhausted(f"upload of {size_hint} bytes is more than {self.settings.max_upload_bytes}",
                                    reason="ARCHIVE_TOO_LARGE")
        safe = _SAFE_NAME_RE.sub("_", PurePosixPath(filename or "upload").name).lstrip(".") or "upload"
        key = f"{UPLOADS_PREFIX}{uuid.uuid4().hex}/{safe}"
        self.store.put(key, self._capped(chunks))  # the store writes atomically: a broken stream leaves nothing
        src = normalise_source({"format": fmt, "object_key": key})
        src["upload_handle"] = handle.lstrip("@")
        rec = self._new_record(src)
        try:
            rec = self._run(rec, raise_errors=True)
        except BaseException:
            self.store.delete(key)
            raise
        return rec, self.get_dataset(rec["dataset"])

    def _capped(self, chunks: Iterable[bytes]) -> Iterator[bytes]:
        total = 0
        for c in chunks:
            total += len(c)
            if total > self.settings.max_upload_bytes:
                raise ResourceExhausted(f"upload is more than {self.settings.max_upload_bytes} bytes",
                                        reason="ARCHIVE_TOO_LARGE")
            yield c
        if total == 0:
            raise InvalidArgument("the upload is empty", reason="EMPTY_ARCHIVE")
