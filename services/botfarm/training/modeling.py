"""The model side of a training run: the device, the base model from the registry, and
its adaptation for training (LoRA adapters or every weight).

Every process of a distributed run builds the same model here from the same files and
seed; DistributedDataParallel then keeps the copies in step.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from botfarm.core.errors import InvalidArgument
from botfarm.training.hparams import Hyperparameters

#: LoRA target modules per model family (config.model_type): attention and MLP
#: projections, where adapters help most.
LORA_TARGETS = {
    "gpt2": ["c_attn", "c_proj", "c_fc"],
    "llama": ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"],
    "mistral": ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"],
    "qwen2": ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"],
    "gpt_neox": ["query_key_value", "dense", "dense_h_to_4h", "dense_4h_to_h"],
}


def pick_device(requested: str, local_rank: int = 0):
    """``requested`` ("auto", "cpu", "cuda", "cuda:1"); "auto" is this process's GPU
    (one per local rank, as torchrun numbers them) when there is one, else the CPU."""
    import torch

    if requested == "auto":
        requested = "cuda" if torch.cuda.is_available() else "cpu"
    device = torch.device(requested)
    if device.type == "cuda" and device.index is None:
        device = torch.device("cuda", local_rank)
    if device.type == "cuda":
        torch.cuda.set_device(device)
    return device


@dataclass
class Base:
    """The base model loaded for training, with what publishing needs to know about it."""

    # Any: transformers' and PEFT's annotations do not fit this code. ``to`` is typed
    # unbound (through functools.wraps); attributes set or reached here (hf_quantizer,
    # disable_adapter, cast_input_dtype_enabled) are typed as nn.Module's Tensor | Module;
    # and get_peft_model replaces the model with a PeftModel, used duck-typed.
    model: Any
    tokenizer: Any
    # "base/smollm2-135m-instruct@1": the pinned reference a version records.
    ref: str
    # The longest sequence the model takes.
    max_len: int


def load_base(base_dir: Path, ref: str, device) -> Base:
    """The base model's weights (fp32) and tokenizer from its downloaded folder."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(base_dir)
    model: Any = AutoModelForCausalLM.from_pretrained(base_dir, dtype=torch.float32)
    model.config.use_cache = False
    qc = getattr(model.config, "quantization_config", None)
    if qc and (qc.get("quant_method") if isinstance(qc, dict) else getattr(qc, "quant_method", "")) == "gguf":
        # A base converted from GGUF keeps this note in its config although its weights
        # are plain safetensors; left in place, transformers treats the model as quantized
        # (refusing full fine-tuning and save_pretrained).
        del model.config.quantization_config
        model.hf_quantizer, model.is_quantized = None, False
    model.to(device)
    max_len: int = getattr(model.config, "max_position_embeddings", 0) or getattr(model.config, "n_positions", 1024)
    return Base(model=model, tokenizer=tokenizer, ref=ref, max_len=max_len)


def block_size(hp: Hyperparameters, max_len: int) -> int:
    block = hp.block_size or min(256, max_len)
    if block > max_len:
        raise InvalidArgument(f"block_size {block} exceeds the base model's maximum {max_len}",
                              reason="BAD_HYPERPARAMETERS")
    return block


def adapt(model: Any, method: str, hp: Hyperparameters, bf16: bool) -> Any:
    """The model made ready to train: LoRA adapters on a frozen base, or every weight
    trainable ("full"); whatever trains is held in fp32 (the optimiser's masters)."""
    if method == "lora":
        model = _add_lora(model, hp, bf16)
    model.train()
    for p in model.parameters():
        if p.requires_grad:
            p.data = p.data.float()
    return model


def _add_lora(model: Any, hp: Hyperparameters, bf16: bool) -> Any:
    import torch
    from peft import LoraConfig, get_peft_model

    if bf16:
        # The base is frozen: store it in bf16 once instead of letting autocast
        # re-cast every weight on every forward. The adapters stay fp32.
        model.to(torch.bfloat16)
    targets = LORA_TARGETS.get(model.config.model_type, "all-linear")
    n_layers = int(getattr(model.config, "num_hidden_layers", 0) or 0)
    n_adapted = hp.lora_layers or (n_layers + 1) // 2  # default: the top half (see hparams.py)
    layers = list(range(n_layers - n_adapted, n_layers)) if 0 < n_adapted < n_layers else None
    model = get_peft_model(model, LoraConfig(
        r=hp.lora_rank, lora_alpha=hp.lora_alpha, lora_dropout=hp.lora_dropout, target_modules=targets,
        layers_to_transform=layers, task_type="CAUSAL_LM", fan_in_fan_out=model.config.model_type == "gpt2"))
    if bf16:
        # PEFT casts each adapted layer's bf16 input to the adapters' fp32 and the sum
        # back, at every layer, forward and backward; under autocast the adapter matmuls
        # run in bf16 anyway, so the casts only cost time (about 10% of a CPU step). The
        # adapter weights stay fp32: they are the optimiser's masters.
        for module in model.modules():
            if hasattr(module, "cast_input_dtype_enabled"):
                module.cast_input_dtype_enabled = False
    return model


def trainer(model: Any, method: str, lean_forward: bool = True, frozen_cache_bytes: int = 0,
            int8_matmuls: bool = False) -> Any:
    """What a training step runs: the lean forward (``lean.LeanLlama``: the same model's
    math in fewer, larger operations, over the very same adapter parameters) where it
    computes ``model`` exactly, else ``model`` itself. The lean forward keeps up to
    ``frozen_cache_bytes`` of its frozen layers' outputs across epochs (``lean.FrozenCache``)
    and, with ``int8_matmuls``, multiplies by the frozen weights in int8 (``int8``)."""
    from botfarm.training import lean

    if method == "lora" and lean_forward and lean.supports(model):
        fast = lean.LeanLlama(model, frozen_cache_bytes, int8_matmuls)
        # Only when it trains exactly what the PEFT model would (no LoRA on the head, no
        # trainable bias or saved module it does not compute): else those would be
        # published untrained.
        trainable = {id(p) for p in model.parameters() if p.requires_grad}
        if trainable == {id(p) for p in fast.parameters()}:
            return fast
    return model


def without_adapters(model: Any, method: str):
    """A context in which a LoRA model computes as its base did (for the eval before)."""
    return model.disable_adapter() if method == "lora" else contextlib.nullcontext()


def autocast_for(device, bf16: bool):
    """A factory of bf16 autocast contexts on ``device`` (or of no-op ones)."""
    import torch

    def autocast():
        if not bf16:
            return contextlib.nullcontext()
        return torch.autocast(device_type=device.type, dtype=torch.bfloat16)

    return autocast
