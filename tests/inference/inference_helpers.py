"""Helpers of the inference tests (a module, not conftest.py: test files import them)."""

from __future__ import annotations

import time
from pathlib import Path


def wait_until(cond, timeout: float = 30.0) -> bool:
    """Polls ``cond`` until it holds (True) or ``timeout`` seconds pass (False)."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if cond():
            return True
        time.sleep(0.02)
    return False


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
