"""Export a version to a plain Hugging Face folder that ``transformers.pipeline`` loads
with no network and no botfarm:

    from botfarm.registry.export import export_version
    export_version(registry, registry.resolve("mcintweet@3"), Path("mcintweet-v3"))

    botfarm registry export mcintweet@3 --output mcintweet-v3

A full or base version is copied as stored. A LoRA version is merged into its base
(PEFT ``merge_and_unload``) and saved as safetensors, because a folder holding only an
adapter needs its base from a hub that may not be reachable; the stored version keeps
the PEFT layout, which PEFT, vLLM and LoRAX read directly.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from botfarm.core.errors import FailedPrecondition
from botfarm.registry.core import CARD_FILE, PLOT_FILE, Progress, Registry, VersionInfo

#: Files of a LoRA folder that describe the adapter, not the merged model.
ADAPTER_FILES = ("adapter_config.json", "adapter_model.safetensors")
#: Tokenizer files a LoRA folder carries (training saves its tokenizer beside the adapter).
TOKENIZER_FILES = ("tokenizer.json", "tokenizer_config.json", "special_tokens_map.json", "vocab.json",
                   "merges.txt", "tokenizer.model", "added_tokens.json", "chat_template.jinja")


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


def export_version(registry: Registry, version: VersionInfo, output: Path, *, progress: Progress | None = None,
                   merge: bool = True, log: Callable[[str], None] = lambda _m: None) -> Path:
    """Writes ``version`` as a plain HF model folder at ``output`` and returns it;
    ``merge=False`` writes a LoRA as stored (the PEFT adapter folder)."""
    output = Path(output)
    if output.exists() and (not output.is_dir() or any(output.iterdir())):
        raise FailedPrecondition(f"export folder {output} exists and is not empty", reason="OUTPUT_NOT_EMPTY",
                                 metadata={"path": str(output)})
    if version.method != "lora" or not merge:
        return registry.download(version, output, progress=progress)

    if not version.base_model:
        raise FailedPrecondition(f"{version.name} is a LoRA without a base model", reason="BASE_MODEL_MISSING")
    adapter_dir = registry.download(version, progress=progress)
    base = registry.resolve(version.base_model)
    log(f"downloading base model {base.ref}")
    base_dir = registry.download(base, progress=progress)
    output.mkdir(parents=True, exist_ok=True)
    merge_lora(base_dir, adapter_dir, output, log)
    # The bot's own tokenizer (saved beside the adapter) wins over the base's.
    own = [f for f in TOKENIZER_FILES if (adapter_dir / f).is_file()]
    source = adapter_dir if own else base_dir
    for f in TOKENIZER_FILES:
        if (source / f).is_file():
            shutil.copyfile(source / f, output / f)
    for f in (CARD_FILE, PLOT_FILE):
        if (adapter_dir / f).is_file():
            shutil.copyfile(adapter_dir / f, output / f)
    return output
