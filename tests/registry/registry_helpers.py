"""Helpers of the registry tests (a uniquely named module: several test folders have
a conftest.py, so ``from conftest import ...`` would be ambiguous)."""

from __future__ import annotations

import json
from pathlib import Path


def make_weights_dir(path: Path, *, seed: int = 0, method: str = "full", size: int = 64) -> Path:
    """A folder the registry accepts: safetensors weights plus config (or adapter_config)."""
    import torch
    from safetensors.torch import save_file

    path.mkdir(parents=True, exist_ok=True)
    g = torch.Generator().manual_seed(seed)
    tensors = {"w": torch.randn(size, generator=g), "b": torch.arange(seed, seed + 4, dtype=torch.float32)}
    if method == "lora":
        save_file(tensors, str(path / "adapter_model.safetensors"))
        (path / "adapter_config.json").write_text(json.dumps({"peft_type": "LORA", "r": 4}))
    else:
        save_file(tensors, str(path / "model.safetensors"))
        (path / "config.json").write_text(json.dumps({"architectures": ["LlamaForCausalLM"], "seed": seed}))
    (path / "tokenizer.json").write_text(json.dumps({"version": "1.0", "seed": seed}))
    return path


def make_lora(base_dir: Path, out: Path) -> Path:
    """A real PEFT LoRA adapter folder (plus the base's tokenizer) over the model in ``base_dir``."""
    import shutil

    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    torch.manual_seed(1)
    model = AutoModelForCausalLM.from_pretrained(base_dir)
    # Random B (init_lora_weights=False) so the adapter really changes the outputs.
    peft_model = get_peft_model(model, LoraConfig(r=4, lora_alpha=8, target_modules=["q_proj", "v_proj"],
                                                  init_lora_weights=False))
    peft_model.save_pretrained(out, safe_serialization=True)
    for f in ("tokenizer.json", "tokenizer_config.json"):
        shutil.copyfile(base_dir / f, out / f)
    return out
