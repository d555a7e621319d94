"""Reading members of an untrusted zip without extracting it.

Refuses member names that could escape a folder (``../``, absolute paths, drive
letters, backslashes), caps the total uncompressed size and the compression ratio
(zip bombs), and counts the bytes actually inflated rather than trusting the sizes
the zip declares. Only the members a reader asks for are inflated.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from dataclasses import dataclass
from typing import IO

from botfarm.core.errors import InvalidArgument, ResourceExhausted


@dataclass(frozen=True)
class ZipLimits:
    #: Most bytes inflated from one archive in all (X archives of heavy posters with
    #: their media stay far below this when only the text members are read).
    max_total_bytes: int = 1 << 30
    #: Highest uncompressed/compressed ratio of a member; JSON text compresses about
    #: 10:1, so 200:1 is a bomb.
    max_ratio: float = 200.0
    #: Members below this size are not ratio-checked (tiny files compress oddly).
    ratio_min_bytes: int = 1 << 16
    #: Most members listed (a zip of millions of empty entries is a bomb too).
    max_members: int = 200_000


#: The defaults, shared (frozen, so safe to share).
DEFAULT_LIMITS = ZipLimits()


def _unsafe(name: str) -> bool:
    if name.startswith(("/", "\\")) or "\\" in name or "\x00" in name:
        return True
    if len(name) > 1 and name[1] == ":":  # a Windows drive letter
        return True
    return any(part == ".." for part in name.split("/"))


class SafeZip:
    """``SafeZip(data_path_or_file).names()``, ``.open(name)`` and ``.read(name)`` with the limits applied."""

    def __init__(self, source: bytes | str | IO[bytes], limits: ZipLimits = DEFAULT_LIMITS):
        self.limits = limits
        try:
            self._zf = zipfile.ZipFile(io.BytesIO(source) if isinstance(source, bytes) else source)
        except (zipfile.BadZipFile, OSError, ValueError) as e:
            raise InvalidArgument(f"not a readable zip archive: {e}", reason="MALFORMED_ZIP") from None
        infos = self._zf.infolist()
        if len(infos) > limits.max_members:
            raise ResourceExhausted(f"zip archive has {len(infos)} members, more than {limits.max_members}",
                                    reason="ZIP_TOO_MANY_MEMBERS")
        for info in infos:
            if _unsafe(info.filename):
                raise InvalidArgument(f"zip member {info.filename!r} has an unsafe path (absolute or '..')",
                                      reason="UNSAFE_ZIP_PATH", metadata={"member": info.filename})
        self._infos = {i.filename: i for i in infos if not i.is_dir()}
        self._inflated: dict[str, int] = {}  # member -> most bytes inflated from it

    def names(self) -> list[str]:
        return list(self._infos)

    def open(self, name: str) -> IO[bytes]:
        """A member as a stream, inflated as it is read, with the limits applied."""
        info = self._infos[name]
        lim = self.limits
        if info.file_size >= lim.ratio_min_bytes and info.file_size > lim.max_ratio * max(info.compress_size, 1):
            raise ResourceExhausted(
                f"zip member {name!r} inflates {info.file_size} bytes from {info.compress_size}: "
                f"ratio above {lim.max_ratio:g} (zip bomb?)", reason="ZIP_BOMB", metadata={"member": name})
        if self._total(name, info.file_size) > lim.max_total_bytes:
            raise ResourceExhausted(f"zip archive inflates to more than {lim.max_total_bytes} bytes",
                                    reason="ZIP_TOO_LARGE")
        try:
            member = self._zf.open(info)
        except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, RuntimeError) as e:
            raise InvalidArgument(f"zip member {name!r} is corrupt: {e}", reason="MALFORMED_ZIP") from None
        return io.BufferedReader(_Member(self, info, member), buffer_size=1 << 16)

    def read(self, name: str) -> bytes:
        with self.open(name) as f:
            return f.read()

    def _total(self, name: str, size: int) -> int:
        """Bytes the archive inflates if member ``name`` inflates ``size``: a member
        read twice (a second pass over tweets.js) counts once."""
        return sum(n for k, n in self._inflated.items() if k != name) + max(size, self._inflated.get(name, 0))

    def _count(self, info: zipfile.ZipInfo, done: int) -> None:
        """Called as a member inflates: ``done`` bytes of it so far. Counts what really
        comes out, since declared sizes can lie."""
        lim, name = self.limits, info.filename
        if self._total(name, done) > lim.max_total_bytes:
            raise ResourceExhausted(f"zip archive inflates to more than {lim.max_total_bytes} bytes",
                                    reason="ZIP_TOO_LARGE")
        if done >= lim.ratio_min_bytes and done > lim.max_ratio * max(info.compress_size, 1):
            raise ResourceExhausted(f"zip member {name!r} inflates beyond ratio {lim.max_ratio:g} "
                                    "(zip bomb?)", reason="ZIP_BOMB", metadata={"member": name})
        self._inflated[name] = max(done, self._inflated.get(name, 0))


class _Member(io.RawIOBase):
    """One member's bytes, checked against the archive's limits as they inflate."""

    def __init__(self, zip_: SafeZip, info: zipfile.ZipInfo, member: IO[bytes]):
        self._zip, self._info, self._member, self._done = zip_, info, member, 0

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        try:
            data = self._member.read(min(len(b), 1 << 20))
        except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, RuntimeError, zlib.error) as e:
            raise InvalidArgument(f"zip member {self._info.filename!r} is corrupt: {e}",
                                  reason="MALFORMED_ZIP") from None
        self._done += len(data)
        self._zip._count(self._info, self._done)
        b[:len(data)] = data
        return len(data)

    def close(self) -> None:
        self._member.close()
        super().close()
