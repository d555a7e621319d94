"""A read-only view of the files of an input: a folder, a zip, or a single file,
so the archive readers do not care which one they were given. Readers stream
members with ``open(name)``; ``read(name)`` is for the small ones (account.js)."""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from pathlib import Path
from typing import IO

from botfarm.core.errors import InvalidArgument
from botfarm.ingestion.sources.safezip import DEFAULT_LIMITS, SafeZip, ZipLimits

#: Largest single text member or file read whole into memory (account.js, profile.js:
#: a few hundred bytes in a real archive); streamed members have no such cap.
MAX_FILE_BYTES = 1 << 30


class FileSet:
    """``names()`` are "/"-separated relative paths; ``open(name)`` streams bytes."""

    def names(self) -> list[str]:
        raise NotImplementedError

    def open(self, name: str) -> IO[bytes]:
        raise NotImplementedError

    def read(self, name: str) -> bytes:
        with self.open(name) as f:
            data = f.read(MAX_FILE_BYTES + 1)
        if len(data) > MAX_FILE_BYTES:
            raise InvalidArgument(f"{name} is larger than {MAX_FILE_BYTES} bytes", reason="FILE_TOO_LARGE")
        return data

    def read_text(self, name: str) -> str:
        data = self.read(name)
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            raise InvalidArgument(f"{name} is not UTF-8 text: {e}", reason="MALFORMED_INPUT") from None


def check_inside(root: Path, path: Path) -> None:
    """Refuses ``path`` (under ``root``) when it is a symlink, or lies below one, whose
    target is outside ``root``: an archive folder must not read (or upload) files it
    merely points at, such as ~/.ssh or /etc."""
    real_root = root.resolve()
    target = path.resolve()
    if target != real_root and real_root not in target.parents:
        rel = path.relative_to(root).as_posix()
        raise InvalidArgument(f"{rel} in {root} is a symlink to {target}, outside the folder: refused",
                              reason="SYMLINK_OUTSIDE_FOLDER", metadata={"member": rel, "target": str(target)})


class DirFileSet(FileSet):
    def __init__(self, root: Path):
        self.root = root

    def names(self) -> list[str]:
        out = []
        for dirpath, dirnames, filenames in os.walk(self.root):
            # Media folders of real archives hold gigabytes we never read.
            dirnames[:] = [d for d in dirnames if not d.endswith("_media")]
            for entry in (*dirnames, *filenames):
                p = Path(dirpath, entry)
                if p.is_symlink():
                    check_inside(self.root, p)
            for f in filenames:
                out.append(os.path.relpath(os.path.join(dirpath, f), self.root).replace(os.sep, "/"))
        return sorted(out)

    def open(self, name: str) -> IO[bytes]:
        p = self.root / name
        check_inside(self.root, p)
        return open(p, "rb")  # noqa: SIM115 - the caller closes it


class ZipFileSet(FileSet):
    def __init__(self, source: bytes | str | IO[bytes], limits: ZipLimits = DEFAULT_LIMITS):
        self.zip = SafeZip(source, limits)

    def names(self) -> list[str]:
        return sorted(self.zip.names())

    def open(self, name: str) -> IO[bytes]:
        return self.zip.open(name)


#: Opens a fresh stream of one file's bytes (a file on disk, bytes in memory).
Opener = Callable[[], IO[bytes]]


class MemoryFileSet(FileSet):
    """Named files given as bytes or as openers (a single file, plus its siblings if any)."""

    def __init__(self, files: dict[str, bytes | Opener]):
        self.files = files

    def names(self) -> list[str]:
        return sorted(self.files)

    def open(self, name: str) -> IO[bytes]:
        f = self.files[name]
        return io.BytesIO(f) if isinstance(f, bytes) else f()
