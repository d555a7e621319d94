"""Export a version to a plain Hugging Face folder that ``transformers.pipeline`` loads
with no network and no botfarm:

    from botfarm.registry.export import export_version
    export_version(registry, registry.resolve("mcintweet@3"), Path("mcintweet-v3"))

    botfarm registry export mcintweet@3 --output mcintweet-v3            # through the registry service

A full or base version is copied as stored. A LoRA version is merged into its base
(PEFT ``merge_and_unload``) and saved as safetensors, because a folder holding only an
adapter needs its base from a hub that may not be reachable; its card is rendered
again and says it is merged. ``merge=False`` writes the adapter as stored (PEFT layout,
which PEFT, vLLM and LoRAX read), its ``base_model_name_or_path`` the base's canonical
id. Every export carries ``botfarm.json``: where in the registry it came from, and the
bot's ``generation_config.json`` (its generation defaults, ``genconfig.py``) beside the
weights or the adapter, so ``pipeline`` generates as the bot does.

The source is the registry itself (``core.Registry``, on the store) or its service
(``client.ServiceRegistry``): anything with ``resolve``, ``get_model`` and ``download``.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from botfarm.core.errors import FailedPrecondition
from botfarm.registry import card
from botfarm.registry.genconfig import GENERATION_CONFIG, sampling_defaults
from botfarm.registry.publishing import ADAPTER_CONFIG, portable_adapter_config
from botfarm.registry.records import CARD_FILE, PLOT_FILE, Progress, VersionInfo

#: Files of a LoRA folder that describe the adapter, not the merged model.
ADAPTER_FILES = (ADAPTER_CONFIG, "adapter_model.safetensors")
#: Tokenizer files a LoRA folder carries (training saves its tokenizer beside the adapter).
TOKENIZER_FILES = ("tokenizer.json", "tokenizer_config.json", "special_tokens_map.json", "vocab.json",
                   "merges.txt", "tokenizer.model", "added_tokens.json", "chat_template.jinja")
#: Our own metadata in an exported folder (transformers and PEFT ignore it).
PROVENANCE_FILE = "botfarm.json"


class Source(Protocol):
    def resolve(self, ref: str) -> VersionInfo: ...
    def get_model(self, model: str) -> Any: ...
    def download(self, version: VersionInfo, dest: Path | None = None, progress: Progress | None = None) -> Path: ...


def merge_lora(base_dir: Path, adapter_dir: Path, out: Path, log: Callable[[str], None] = lambda _m: None) -> Path:
    """Merges the PEFT adapter in ``adapter_dir`` into the model in ``base_dir`` and saves
    the result (safetensors) to ``out``."""
    import torch
    from peft import PeftModel
    from transformers import AutoModelForCausalLM

    log(f"loading base model from {base_dir}")
    base = AutoModelForCausalLM.from_pretrained(base_dir, dtype=torch.float32, local_files_only=True,
                                                trust_remote_code=False)
    log("merging the LoRA adapter")
    merged = PeftModel.from_pretrained(base, adapter_dir, local_files_only=True).merge_and_unload()
    merged.save_pretrained(out, safe_serialization=True)
    return out


def _provenance(version: VersionInfo, merged: bool) -> dict:
    return {"model_version": version.name, "reference": version.ref, "method": version.method,
            "base_model": version.base_model, "base_model_id": version.base_model_id, "merged": merged,
            "files": {f.path: f.sha256 for f in version.files}}


def export_version(source: Source, version: VersionInfo, output: Path, *, progress: Progress | None = None,
                   merge: bool = True, log: Callable[[str], None] = lambda _m: None) -> Path:
    """Writes ``version`` as a plain HF model folder at ``output`` and returns it;
    ``merge=False`` writes a LoRA as stored (the PEFT adapter folder)."""
    output = Path(output)
    if output.exists() and (not output.is_dir() or any(output.iterdir())):
        raise FailedPrecondition(f"export folder {output} exists and is not empty", reason="OUTPUT_NOT_EMPTY",
                                 metadata={"path": str(output)})
    merged = version.method == "lora" and merge
    if not merged:
        source.download(version, output, progress=progress)
        if version.method == "lora" and (output / ADAPTER_CONFIG).is_file():
            # Versions published before the registry wrote the canonical id name a trainer's folder.
            portable = version.base_model_id or version.base_model.split("@")[0]
            (output / ADAPTER_CONFIG).write_bytes(portable_adapter_config((output / ADAPTER_CONFIG).read_bytes(),
                                                                          portable))
    else:
        _export_merged(source, version, output, progress, log)
    (output / PROVENANCE_FILE).write_text(json.dumps(_provenance(version, merged), indent=2) + "\n")
    return output


def _export_merged(source: Source, version: VersionInfo, output: Path, progress: Progress | None,
                   log: Callable[[str], None]) -> None:
    if not version.base_model:
        raise FailedPrecondition(f"{version.name} is a LoRA without a base model", reason="BASE_MODEL_MISSING")
    adapter_dir = source.download(version, progress=progress)
    base = source.resolve(version.base_model)
    log(f"downloading base model {base.ref}")
    base_dir = source.download(base, progress=progress)
    output.mkdir(parents=True, exist_ok=True)
    merge_lora(base_dir, adapter_dir, output, log)
    # The bot's own tokenizer (saved beside the adapter) wins over the base's.
    own = [f for f in TOKENIZER_FILES if (adapter_dir / f).is_file()]
    tokenizer_dir = adapter_dir if own else base_dir
    for f in TOKENIZER_FILES:
        if (tokenizer_dir / f).is_file():
            shutil.copyfile(tokenizer_dir / f, output / f)
    # The bot's generation defaults (the recipe the worker stored beside the adapter), not
    # the base model's, go with the merged weights.
    for f in (PLOT_FILE, GENERATION_CONFIG):
        if (adapter_dir / f).is_file():
            shutil.copyfile(adapter_dir / f, output / f)
    users = source.get_model(version.model).users
    recipe = sampling_defaults((output / GENERATION_CONFIG).read_bytes()) if (
        output / GENERATION_CONFIG).is_file() else None
    (output / CARD_FILE).write_text(card.render_card(version, users, has_plot=(output / PLOT_FILE).is_file(),
                                                     merged=True, recipe=recipe))
