"""Fixtures of the inference tests: tiny LoRA adapters on the tiny base models."""

from __future__ import annotations

from pathlib import Path

import pytest
from inference_helpers import StepGate, make_lora
from inference_server import serve_inference


@pytest.fixture(scope="session")
def llama_loras(tiny_llama, tmp_path_factory) -> list[Path]:
    root = tmp_path_factory.mktemp("loras")
    return [make_lora(tiny_llama, root / f"bot{i}", seed=i, targets=None if i % 2 else ["q_proj", "v_proj"])
            for i in range(3)]


@pytest.fixture()
def local(tiny_llama, tiny_gpt2, llama_loras):
    """Local model folders, no registry: a tiny Llama base ("base"), three LoRA bots on it
    ("bot0".."bot2") and a full GPT-2 ("gpt")."""
    from botfarm.inference.loader import LocalModels

    src = LocalModels()
    src.add("base", tiny_llama, method="base")
    for i, p in enumerate(llama_loras):
        src.add(f"bot{i}", p, method="lora", base_model="base@1")
    src.add("gpt", tiny_gpt2, method="full")
    return src


@pytest.fixture()
def registry_with_bots(tmp_path, tiny_llama, tiny_gpt2, llama_loras):
    """A real Registry on a LocalStore holding a tiny base, three LoRA bots on it and a
    full fine-tune (the tiny GPT-2)."""
    from botfarm.core.store import LocalStore
    from botfarm.registry.core import Registry

    reg = Registry(LocalStore(tmp_path / "store"), cache_dir=tmp_path / "cache")
    reg.publish("base/tiny", tiny_llama, method="base")
    for i, p in enumerate(llama_loras):
        reg.publish(f"bot{i}", p, method="lora", base_model="base/tiny")
    reg.publish("fullbot", tiny_gpt2, method="full")
    return reg


@pytest.fixture()
def server(registry_with_bots):
    """The inference service over the registry above, without auth."""
    s = serve_inference(registry_with_bots)
    yield s
    s.close()


@pytest.fixture()
def gate(server):
    g = StepGate(server.app.engine)
    yield g
    g.release()  # never leave the engine thread parked: the server stops after this
