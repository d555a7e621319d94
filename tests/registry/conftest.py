"""Fixtures of the registry tests.

``registry`` runs over the ``store`` fixture of tests/s3server.py, so each test that
uses it runs twice: on the local-disk backend and on S3 through a real moto_server
process. ``weights_dir`` makes a small but valid model folder (config.json + a real
safetensors file) without loading transformers, for the tests that do not generate.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))


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


@pytest.fixture
def weights_dir(tmp_path) -> Path:
    return make_weights_dir(tmp_path / "weights")


@pytest.fixture
def registry(store, tmp_path):
    from botfarm.registry.core import Registry

    return Registry(store, cache_dir=tmp_path / "cache")
