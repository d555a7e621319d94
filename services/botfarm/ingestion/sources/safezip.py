"""Reading members of an untrusted zip without extracting it.

Refuses member names that could escape a folder (``../``, absolute paths, drive
letters, backslashes), caps the total uncompressed size and the compression ratio
(zip bombs), and counts the bytes actually inflated rather than trusting the sizes
the zip declares. Only the members a reader asks for are inflated.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass

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
    """``SafeZip(data_or_path).names()`` and ``.read(name)`` with the limits applied."""

    def __init__(self, source: bytes | str, limits: ZipLimits = DEFAULT_LIMITS):
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
        self._inflated = 0

    def names(self) -> list[str]:
        return list(self._infos)

    def read(self, name: str) -> bytes:
        info = self._infos[name]
        lim = self.limits
        if info.file_size >= lim.ratio_min_bytes and info.file_size > lim.max_ratio * max(info.compress_size, 1):
            raise ResourceExhausted(
                f"zip member {name!r} inflates {info.file_size} bytes from {info.compress_size}: "
                f"ratio above {lim.max_ratio:g} (zip bomb?)", reason="ZIP_BOMB", metadata={"member": name})
        if self._inflated + info.file_size > lim.max_total_bytes:
            raise ResourceExhausted(f"zip archive inflates to more than {lim.max_total_bytes} bytes",
                                    reason="ZIP_TOO_LARGE")
        out = bytearray()
        try:
            with self._zf.open(info) as f:
                # Count what really comes out: declared sizes can lie.
                while chunk := f.read(1 << 20):
                    out += chunk
                    self._inflated += len(chunk)
                    if self._inflated > lim.max_total_bytes:
                        raise ResourceExhausted(f"zip archive inflates to more than {lim.max_total_bytes} bytes",
                                                reason="ZIP_TOO_LARGE")
                    if len(out) >= lim.ratio_min_bytes and len(out) > lim.max_ratio * max(info.compress_size, 1):
                        raise ResourceExhausted(f"zip member {name!r} inflates beyond ratio {lim.max_ratio:g} "
                                                "(zip bomb?)", reason="ZIP_BOMB", metadata={"member": name})
        except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, RuntimeError) as e:
            raise InvalidArgument(f"zip member {name!r} is corrupt: {e}", reason="MALFORMED_ZIP") from None
        return bytes(out)
