"""What the registry accepts: safetensors weights only, no pickles, no custom code.

Loading a pickle runs arbitrary code, and so does ``trust_remote_code``; a registry
that thousands of bots load from must refuse both at the door rather than hope every
reader is careful. Checks are by name (``check_names``, before any byte travels) and
by content (``check_contents``: a ``.safetensors`` file must have a parseable
safetensors header, so a renamed pickle is refused too; configs must be JSON without
``auto_map``). Files come from a local folder or from an upload in the object store,
so content is read through an opener.
"""

from __future__ import annotations

import json
import struct
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import BinaryIO

from botfarm.core.errors import InvalidArgument
from botfarm.core.store import validate_key

#: Suffixes of pickle-based weight formats (torch.save, joblib, numpy with pickles).
PICKLE_SUFFIXES = (".bin", ".pt", ".pth", ".pkl", ".pickle", ".ckpt", ".joblib")
#: Largest safetensors JSON header we believe (the format caps it at 100 MB).
MAX_HEADER = 100_000_000
#: Largest config file read (config.json, adapter_config.json are a few KB).
MAX_CONFIG_BYTES = 4 << 20
#: Files a folder of each method needs.
REQUIRED = {"lora": ("adapter_config.json", "adapter_model.safetensors"), "full": ("config.json",),
            "base": ("config.json",)}

#: Opens one file's bytes for reading.
Opener = Callable[[], AbstractContextManager[BinaryIO]]


def file_opener(path: Path) -> Opener:
    """An Opener reading the local file ``path``."""
    return lambda: open(path, "rb")


def check_safetensors(f: BinaryIO, name: str, size: int = -1) -> dict:
    """Parses a safetensors header from ``f``; InvalidArgument if it is not one."""
    try:
        (n,) = struct.unpack("<Q", f.read(8))
        if n > MAX_HEADER or (size >= 0 and n + 8 > size):
            raise ValueError("header too large")
        header = json.loads(f.read(n))
        if not isinstance(header, dict):
            raise ValueError("header is not an object")
        return header
    except (OSError, ValueError, struct.error, UnicodeDecodeError) as e:
        raise InvalidArgument(f"{name} is not a valid safetensors file ({e})",
                              reason="INVALID_SAFETENSORS", metadata={"path": name}) from None


def check_path(rel: str) -> str:
    """A file's path inside a model folder: relative, "/"-separated, no hidden part."""
    validate_key(rel)
    if any(part.startswith(".") for part in rel.split("/")):
        raise InvalidArgument(f"invalid file path {rel!r}: hidden files are not part of a model",
                              reason="INVALID_FILE_PATH", metadata={"path": rel})
    return rel


def check_names(paths: Sequence[str], method: str, where: str = "the upload") -> None:
    """Refuses pickles, Python files and folders that lack what ``method`` needs, by
    name only."""
    for rel in paths:
        if Path(rel).suffix.lower() in PICKLE_SUFFIXES:
            raise InvalidArgument(
                f"refusing {rel}: pickle-based files are not accepted, save the weights as safetensors "
                "(save_pretrained(..., safe_serialization=True))", reason="PICKLE_REFUSED", metadata={"path": rel})
        if rel.endswith(".py"):
            raise InvalidArgument("refusing Python files in a model folder: custom code is not accepted",
                                  reason="REMOTE_CODE_REFUSED", metadata={"path": rel})
    names = set(paths)
    if method != "lora" and not any(rel.endswith(".safetensors") for rel in names):
        raise InvalidArgument(f"{where} has no .safetensors weights", reason="MISSING_WEIGHTS")
    missing = [n for n in REQUIRED.get(method, ()) if n not in names]
    if missing:
        raise InvalidArgument(f"{where} is not a {method} model folder: missing {', '.join(missing)}",
                              reason="INCOMPLETE_MODEL_FOLDER", metadata={"missing": ",".join(missing)})


def read_config(f: BinaryIO, name: str) -> dict:
    """A config file as a dict; InvalidArgument unless it is a small JSON object."""
    data = f.read(MAX_CONFIG_BYTES + 1)
    if len(data) > MAX_CONFIG_BYTES:
        raise InvalidArgument(f"{name} is larger than {MAX_CONFIG_BYTES} bytes", reason="INVALID_CONFIG")
    try:
        cfg = json.loads(data)
    except (ValueError, UnicodeDecodeError) as e:
        raise InvalidArgument(f"{name} is not valid JSON ({e})", reason="INVALID_CONFIG") from None
    if not isinstance(cfg, dict):
        raise InvalidArgument(f"{name} is not a JSON object", reason="INVALID_CONFIG")
    return cfg


def check_contents(files: Sequence[tuple[str, int, Opener]]) -> dict:
    """Reads what must be read of (path, size, opener): safetensors headers and configs.
    Returns the parsed config.json (or {})."""
    config: dict = {}
    for rel, size, opener in files:
        name = rel.rsplit("/", 1)[-1]
        if rel.endswith(".safetensors"):
            with opener() as f:
                check_safetensors(f, rel, size)
        elif name in ("config.json", "adapter_config.json") and "/" not in rel:
            with opener() as f:
                cfg = read_config(f, rel)
            if cfg.get("auto_map"):
                raise InvalidArgument(f"refusing {rel} with auto_map: custom model code (trust_remote_code) "
                                      "is not accepted", reason="REMOTE_CODE_REFUSED")
            if name == "config.json":
                config = cfg
    return config


def folder_files(src_dir: Path) -> list[tuple[str, Path]]:
    """Every file of ``src_dir`` as (relative path, local path), hidden ones skipped
    (.git, .cache, editor droppings are not part of a model)."""
    if not src_dir.is_dir():
        raise InvalidArgument(f"{src_dir} is not a directory", reason="NOT_A_DIRECTORY",
                              metadata={"path": str(src_dir)})
    files = []
    for p in sorted(src_dir.rglob("*")):
        rel = p.relative_to(src_dir).as_posix()
        if any(part.startswith(".") for part in rel.split("/")) or not p.is_file():
            continue
        files.append((check_path(rel), p))
    return files


def check_folder(src_dir: Path, method: str) -> tuple[list[tuple[str, Path]], dict]:
    """Every publishable file of ``src_dir`` as (relative path, local path), and the
    parsed config.json (or {}). Refuses pickles, invalid safetensors, custom code, and
    folders that lack what ``method`` needs."""
    files = folder_files(src_dir)
    check_names([rel for rel, _ in files], method, where=str(src_dir))
    config = check_contents([(rel, p.stat().st_size, file_opener(p)) for rel, p in files])
    return files, config
