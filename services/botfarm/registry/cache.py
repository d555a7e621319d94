"""The local download cache: every file of a version, sha256-verified, in a
content-addressed folder, and version folders assembled from it.

    cache = DownloadCache(Path("~/.cache/botfarm/registry"), fetch)
    folder = cache.download(version)                  # {root}/versions/{model}/{n}, reused
    cache.download(version, Path("out"))              # a folder of copies

``fetch(version, entry, path, progress)`` writes one file's bytes to ``path`` atomically and
raises ``DataLoss`` when they do not hash to ``entry.sha256``: straight from the object
store (``ObjectStore.get_file``) inside the services, or over the registry's
``DownloadFile`` stream in the CLI. Either way a corrupt file never reaches the cache.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path

from botfarm.registry.records import FileEntry, Progress, VersionInfo, byte_counter

#: Writes the verified bytes of ``entry`` (a file of the version) to a path, calling
#: ``progress(n)`` as bytes arrive.
Fetch = Callable[[VersionInfo, FileEntry, Path, Callable[[int], object]], object]

#: Written last into a cached version folder: the digest of its file list.
COMPLETE_MARKER = ".botfarm-complete"


def default_cache_dir() -> Path:
    # Read when a cache is built, never at import time.
    root = os.environ.get("BOTFARM_CACHE_DIR") or Path.home() / ".cache" / "botfarm"
    return Path(root) / "registry"


def files_digest(version: VersionInfo) -> str:
    return hashlib.sha256("".join(f"{f.path}\0{f.sha256}\n" for f in version.files).encode()).hexdigest()


class DownloadCache:
    def __init__(self, root: Path, fetch: Fetch):
        self.root = Path(root)
        self.fetch = fetch
        # One download per cached version at a time in this process (the inference
        # service asks for the same bot from many request threads).
        self._locks: dict[tuple[str, int], threading.Lock] = {}
        self._locks_guard = threading.Lock()

    def blob(self, version: VersionInfo, entry: FileEntry, progress: Callable[[int], object] | None = None) -> Path:
        """The file's bytes in ``{root}/blobs/{sha[:2]}/{sha}``, fetched (and verified)
        only when missing."""
        blob = self.root / "blobs" / entry.sha256[:2] / entry.sha256
        if blob.is_file() and blob.stat().st_size == entry.size:
            if progress:
                progress(entry.size)
            return blob
        self.fetch(version, entry, blob, progress or (lambda _n: None))
        return blob

    def download(self, version: VersionInfo, dest: Path | None = None, progress: Progress | None = None) -> Path:
        """A local folder with every file of ``version``, each sha256-verified.

        Without ``dest`` the folder is in the cache (``{root}/versions/{model}/{n}``)
        and is reused. A corrupt file raises DataLoss and nothing corrupt is left behind.
        """
        advance = byte_counter(sum(f.size for f in version.files), progress)
        if dest is not None:
            return self._assemble(version, Path(dest), advance, cached=False)
        with self._locks_guard:
            lock = self._locks.setdefault((version.model, version.version), threading.Lock())
        with lock:
            dest = self.root / "versions" / version.model / str(version.version)
            marker = dest / COMPLETE_MARKER
            if marker.is_file() and marker.read_text() == files_digest(version):
                return dest
            return self._assemble(version, dest, advance, cached=True)

    def _assemble(self, version: VersionInfo, dest: Path, advance: Callable[[int], None], *, cached: bool) -> Path:
        """Fetches every file (verified) into a staging folder beside ``dest``, then moves
        them into ``dest``: a reader never sees a half-written file there. The cache's
        own folders hard-link the blobs; a caller's folder gets copies, so editing a file
        there cannot corrupt the cache."""
        dest.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(dir=dest.parent, prefix=f".{dest.name}.part-"))
        try:
            for entry in version.files:
                blob = self.blob(version, entry, advance)
                target = staging / entry.path
                target.parent.mkdir(parents=True, exist_ok=True)
                try:
                    if not cached:
                        raise OSError("copy")
                    os.link(blob, target)
                except OSError:
                    shutil.copyfile(blob, target)
            dest.mkdir(parents=True, exist_ok=True)
            marker = dest / COMPLETE_MARKER
            marker.unlink(missing_ok=True)
            for staged in staging.iterdir():
                target = dest / staged.name
                if target.is_dir() and not target.is_symlink():
                    shutil.rmtree(target)
                os.replace(staged, target)
            if cached:  # last, so another process never trusts a half-moved folder
                marker.write_text(files_digest(version))
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        return dest
