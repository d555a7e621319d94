"""Fixtures of the inference tests: tiny LoRA adapters on the tiny base models."""

from __future__ import annotations

from pathlib import Path

import pytest
from inference_server import serve_inference


def make_lora(base_dir: Path, out: Path, seed: int, targets=None, r: int = 4) -> Path:
    """A PEFT LoRA adapter with random (non-zero) A and B, so it changes the output."""
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM, AutoTokenizer

    model = AutoModelForCausalLM.from_pretrained(base_dir)
    is_gpt2 = model.config.model_type == "gpt2"
    targets = targets or (["c_attn", "c_proj", "c_fc"] if is_gpt2 else
                          ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"])
    cfg = LoraConfig(r=r, lora_alpha=2 * r, target_modules=targets, lora_dropout=0.0,
                     fan_in_fan_out=is_gpt2, task_type="CAUSAL_LM")
    peft_model = get_peft_model(model, cfg)
    g = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for name, p in peft_model.named_parameters():
            if "lora_" in name:
                p.copy_(torch.randn(p.shape, generator=g) * 0.3)
    peft_model.save_pretrained(out)
    AutoTokenizer.from_pretrained(base_dir).save_pretrained(out)
    return Path(out)


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


class StepGate:
    """Lets the engine's loop take only the steps a test allows, so a test that races
    the engine (a client hanging up mid-generation, slots held while others are
    refused) controls the timing instead of hoping the tiny model is slow enough.

    ``hold(n)`` allows ``n`` more steps, then the loop waits before its next step;
    ``release()`` lets it run freely again. Each step admits and prefills what is
    waiting, then makes one decode step: a new request gets two tokens from it.
    """

    def __init__(self, engine):
        import threading

        self._cond = threading.Condition()
        self._permits: int | None = None  # None: no limit
        self.waiting = False
        inner = engine.step

        def step(runner):
            with self._cond:
                self.waiting = True
                self._cond.notify_all()
                self._cond.wait_for(lambda: self._permits is None or self._permits > 0)
                self.waiting = False
                if self._permits is not None:
                    self._permits -= 1
            inner(runner)

        engine.step = step

    def hold(self, steps: int = 0) -> None:
        with self._cond:
            self._permits = steps
            self._cond.notify_all()

    def release(self) -> None:
        with self._cond:
            self._permits = None
            self._cond.notify_all()

    def wait_held(self, timeout: float = 30.0) -> bool:
        """True once the loop is waiting for a permit (every allowed step is done)."""
        with self._cond:
            return self._cond.wait_for(lambda: self.waiting and self._permits == 0, timeout=timeout)


@pytest.fixture()
def gate(server):
    g = StepGate(server.app.engine)
    yield g
    g.release()  # never leave the engine thread parked: the server stops after this
