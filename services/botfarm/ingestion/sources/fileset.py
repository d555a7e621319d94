"""A read-only view of the files of an input: a folder, a zip, or a single file,
so the archive readers do not care which one they were given."""

from __future__ import annotations

import os
from pathlib import Path

from botfarm.core.errors import InvalidArgument
from botfarm.ingestion.sources.safezip import DEFAULT_LIMITS, SafeZip, ZipLimits

#: Largest single text member or file read into memory (a tweets.js of 100k posts is
#: about 150 MB).
MAX_FILE_BYTES = 1 << 30


class FileSet:
    """``names()`` are "/"-separated relative paths; ``read(name)`` gives bytes."""

    def names(self) -> list[str]:
        raise NotImplementedError

    def read(self, name: str) -> bytes:
        raise NotImplementedError

    def read_text(self, name: str) -> str:
        data = self.read(name)
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            raise InvalidArgument(f"{name} is not UTF-8 text: {e}", reason="MALFORMED_INPUT") from None


class DirFileSet(FileSet):
    def __init__(self, root: Path):
        self.root = root

    def names(self) -> list[str]:
        out = []
        for dirpath, dirnames, filenames in os.walk(self.root):
            # Media folders of real archives hold gigabytes we never read.
            dirnames[:] = [d for d in dirnames if not d.endswith("_media")]
            for f in filenames:
                out.append(os.path.relpath(os.path.join(dirpath, f), self.root).replace(os.sep, "/"))
        return sorted(out)

    def read(self, name: str) -> bytes:
        p = self.root / name
        if p.stat().st_size > MAX_FILE_BYTES:
            raise InvalidArgument(f"{name} is larger than {MAX_FILE_BYTES} bytes", reason="FILE_TOO_LARGE")
        return p.read_bytes()


class ZipFileSet(FileSet):
    def __init__(self, source: bytes | str, limits: ZipLimits = DEFAULT_LIMITS):
        self.zip = SafeZip(source, limits)

    def names(self) -> list[str]:
        return sorted(self.zip.names())

    def read(self, name: str) -> bytes:
        return self.zip.read(name)


class MemoryFileSet(FileSet):
    """Named in-memory files (a single uploaded file, plus its siblings if any)."""

    def __init__(self, files: dict[str, bytes]):
        self.files = files

    def names(self) -> list[str]:
        return sorted(self.files)

    def read(self, name: str) -> bytes:
        return self.files[name]
