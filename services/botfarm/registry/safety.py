"""What the registry accepts: safetensors weights only, no pickles, no custom code.

Loading a pickle runs arbitrary code, and so does ``trust_remote_code``; a registry
that thousands of bots load from must refuse both at the door rather than hope every
reader is careful. Checks are by name and by content (a ``.safetensors`` file must
have a parseable safetensors header), so a renamed pickle is refused too.
"""

from __future__ import annotations

import json
import struct
from pathlib import Path

from botfarm.core.errors import InvalidArgument

#: Suffixes of pickle-based weight formats (torch.save, joblib, numpy with pickles).
PICKLE_SUFFIXES = (".bin", ".pt", ".pth", ".pkl", ".pickle", ".ckpt", ".joblib")
#: Largest safetensors JSON header we believe (the format caps it at 100 MB).
MAX_HEADER = 100_000_000


def check_safetensors(path: Path) -> dict:
    """Parses a safetensors file's header; InvalidArgument if it is not one."""
    try:
        with open(path, "rb") as f:
            (n,) = struct.unpack("<Q", f.read(8))
            if n > MAX_HEADER:
                raise ValueError("header too large")
            header = json.loads(f.read(n))
        if not isinstance(header, dict):
            raise ValueError("header is not an object")
        return header
    except (OSError, ValueError, struct.error, UnicodeDecodeError) as e:
        raise InvalidArgument(f"{path.name} is not a valid safetensors file ({e})",
                              reason="INVALID_SAFETENSORS", metadata={"path": path.name}) from None


def check_folder(src_dir: Path, method: str) -> tuple[list[tuple[str, Path]], dict]:
    """Every publishable file of ``src_dir`` as (relative path, local path), and the
    parsed config.json (or {}). Refuses pickles, invalid safetensors, custom code, and
    folders that lack what ``method`` needs."""
    if not src_dir.is_dir():
        raise InvalidArgument(f"{src_dir} is not a directory", reason="NOT_A_DIRECTORY",
                              metadata={"path": str(src_dir)})
    files: list[tuple[str, Path]] = []
    for p in sorted(src_dir.rglob("*")):
        rel = p.relative_to(src_dir).as_posix()
        # Hidden files and folders (.git, .cache, editor droppings) are not part of a model.
        if any(part.startswith(".") for part in rel.split("/")) or not p.is_file():
            continue
        if p.suffix.lower() in PICKLE_SUFFIXES:
            raise InvalidArgument(
                f"refusing {rel}: pickle-based files are not accepted, save the weights as safetensors "
                "(save_pretrained(..., safe_serialization=True))", reason="PICKLE_REFUSED", metadata={"path": rel})
        if p.suffix == ".safetensors":
            check_safetensors(p)
        files.append((rel, p))
    names = {rel for rel, _ in files}
    config: dict = {}
    for cfg_name in ("config.json", "adapter_config.json"):
        if cfg_name in names:
            try:
                cfg = json.loads((src_dir / cfg_name).read_text())
            except (ValueError, UnicodeDecodeError) as e:
                raise InvalidArgument(f"{cfg_name} is not valid JSON ({e})", reason="INVALID_CONFIG") from None
            if not isinstance(cfg, dict):
                raise InvalidArgument(f"{cfg_name} is not a JSON object", reason="INVALID_CONFIG")
            if cfg.get("auto_map"):
                raise InvalidArgument(f"refusing {cfg_name} with auto_map: custom model code (trust_remote_code) "
                                      "is not accepted", reason="REMOTE_CODE_REFUSED")
            if cfg_name == "config.json":
                config = cfg
    if any(rel.endswith(".py") for rel in names):
        raise InvalidArgument("refusing Python files in a model folder: custom code is not accepted",
                              reason="REMOTE_CODE_REFUSED")
    if method == "lora":
        need = ["adapter_config.json", "adapter_model.safetensors"]
    else:
        need = ["config.json"]
        if not any(rel.endswith(".safetensors") for rel in names):
            raise InvalidArgument(f"{src_dir} has no .safetensors weights", reason="MISSING_WEIGHTS")
    missing = [n for n in need if n not in names]
    if missing:
        raise InvalidArgument(f"{src_dir} is not a {method} model folder: missing {', '.join(missing)}",
                              reason="INCOMPLETE_MODEL_FOLDER", metadata={"missing": ",".join(missing)})
    return files, config
