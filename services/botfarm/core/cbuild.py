"""Small native libraries built on first use with the system C compiler and cached per
machine: the inference engine's kernels (``botfarm.inference.native``), the lean training
step's (``botfarm.training.kernels``) and the cleaning rules' speedups
(``botfarm.cleaning.speedups``). Without a compiler, or with ``BOTFARM_NATIVE_KERNELS=0``,
their callers run plain Python/torch code: the same output for the cleaning rules, the
same to rounding for the inference engine and training.

Where a library lands: ``$BOTFARM_KERNELS_DIR``, else ``$BOTFARM_CACHE_DIR/kernels``,
else ``~/.cache/botfarm/kernels`` (and one already in the user's cache is reused
whatever ``BOTFARM_CACHE_DIR`` says: see ``cache_dirs``). Its name is a hash of
everything it depends on (source, compiler, flags, CPU flags, ...); it is written to a
temporary name and renamed, so processes starting together are safe. Nothing here
imports torch.
"""

from __future__ import annotations

import ctypes
import hashlib
import logging
import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path


def enabled() -> bool:
    """False when ``BOTFARM_NATIVE_KERNELS=0`` asks for the plain code paths."""
    return os.environ.get("BOTFARM_NATIVE_KERNELS", "1") != "0"


def compiler() -> str | None:
    """``$CC``, else ``cc`` or ``gcc`` on the PATH; None when there is none."""
    return os.environ.get("CC") or shutil.which("cc") or shutil.which("gcc")


def cpu_flags() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith(("flags", "Features")):
                return line
    except OSError:
        pass
    return os.uname().machine


def cache_dirs() -> list[Path]:
    """Where a built library is looked for, in order; the first is where one is built.
    Read when called, never at import time. ``BOTFARM_KERNELS_DIR`` alone when set; else
    ``$BOTFARM_CACHE_DIR/kernels`` then the user's ``~/.cache/botfarm/kernels``: a process
    given its own cache folder (each end-to-end test, a demo in a fresh folder) still
    finds the library any earlier process on this machine built (the name is the hash
    of everything it depends on), and builds only when there is none."""
    own = os.environ.get("BOTFARM_KERNELS_DIR")
    if own:
        return [Path(own)]
    dirs = [Path(cache) / "kernels"] if (cache := os.environ.get("BOTFARM_CACHE_DIR")) else []
    try:
        dirs.append(Path.home() / ".cache" / "botfarm" / "kernels")
    except RuntimeError:  # no home directory: the cache folder alone
        pass
    return dirs or [Path(tempfile.gettempdir()) / "botfarm-kernels"]


def library_path(stem: str, key_parts: Sequence[str]) -> Path:
    """Where the library ``stem`` built from ``key_parts`` is (the first cache folder
    holding it) or would be built (the first cache folder)."""
    key = hashlib.sha256("\0".join(key_parts).encode()).hexdigest()[:16]
    dirs = cache_dirs()
    name = f"{stem}-{key}.so"
    return next((d / name for d in dirs if (d / name).is_file()), dirs[0] / name)


def compile_to(cc: str, source: str, flags: Sequence[str], out: Path, libs: Sequence[str] = ()) -> None:
    """Compiles ``source`` into the shared library ``out`` (atomically: built under a
    temporary name in the same folder, then renamed). Raises OSError or
    subprocess.SubprocessError (with the compiler's stderr) on failure."""
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=out.parent, prefix=".build-") as tmp:
        src = Path(tmp) / "source.c"
        src.write_text(source)
        lib = Path(tmp) / out.name
        subprocess.run([cc, *flags, str(src), "-o", str(lib), *libs], check=True, capture_output=True, timeout=300)
        os.replace(lib, out)


def load_library(stem: str, source: str, flags: Sequence[str], log: logging.Logger, fallback: str,
                 build: Callable[[str, Path], None] | None = None) -> ctypes.CDLL | None:
    """The shared library ``stem`` compiled from ``source`` with ``flags`` (and ``-lm``), built
    on first use (``build(cc, path)`` when given) and loaded with ctypes; None when
    ``BOTFARM_NATIVE_KERNELS=0`` asks for the plain code, and None with a warning on ``log``
    ending in ``fallback`` (what runs instead) when there is no compiler or the build or
    load fails."""
    if not enabled():
        return None
    cc = compiler()
    if not cc:
        log.warning("no C compiler (cc, gcc or $CC): %s", fallback)
        return None
    path = library_path(stem, [source, cc, *flags, cpu_flags()])
    try:
        if not path.is_file():
            if build is not None:
                build(cc, path)
            else:
                compile_to(cc, source, flags, path, libs=["-lm"])
        return ctypes.CDLL(str(path))
    except (OSError, subprocess.SubprocessError) as e:
        detail = getattr(e, "stderr", b"") or b""
        log.warning("native kernels unavailable (%s%s): %s", e,
                    ": " + detail.decode(errors="replace")[-500:] if detail else "", fallback)
        return None
