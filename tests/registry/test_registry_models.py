"""Real (tiny) models through the registry: a GPT-2 full model and a Llama-style LoRA
are pushed, exported and generated from with ``transformers.pipeline``; the model
card has every huggingtweets section with the right numbers."""

from __future__ import annotations

import re

import pytest
import yaml
from botfarm.registry.base import base_name_for, import_base
from botfarm.registry.core import Registry
from botfarm.registry.export import export_version
from registry_helpers import make_lora

USERS = [
    {"user": {"handle": "andreruffert", "display_name": "André Ruffert", "avatar_url": "https://x/a.jpg"},
     "counts": {"downloaded": 3250, "retweets": 154, "short": 986, "kept": 2110}},
    # As a clean dataset records it: extra drop reasons beside the four counts.
    {"user": {"handle": "mcintweet", "display_name": "Mc In", "avatar_url": ""},
     "counts": {"downloaded": 1200, "retweets": 300, "short": 100, "kept": 777},
     "dropped_by_reason": {"duplicate": 23}, "kept_characters": 40000},
]
HPARAMS = {"learning_rate": 1.372e-4, "epochs": 4, "batch_size": 8, "block_size": 128, "lr_scheduler": "cosine"}
METRICS = {"train_loss": 2.3456, "eval_loss_before": 5.5, "eval_loss_after": 2.75,
           "perplexity_before": 244.69, "perplexity_after": 15.64}
LOSSES = [{"step": s, "train_loss": 6.0 - s / 10, "eval_loss": (5.9 - s / 10) if s % 10 == 0 else None}
          for s in range(1, 31)]


@pytest.fixture
def reg(local_store, tmp_path):
    return Registry(local_store, cache_dir=tmp_path / "cache")


def _generate(folder) -> str:
    from transformers import pipeline

    gen = pipeline("text-generation", model=str(folder), device="cpu")
    out = gen("My dream is", max_new_tokens=8, do_sample=False)
    return out[0]["generated_text"]


def test_gpt2_full_push_export_generate_and_card(reg, tiny_gpt2, tmp_path):
    v = reg.publish("andre-mcin", tiny_gpt2, method="full", training_data=USERS, hyperparameters=HPARAMS,
                    metrics=METRICS, loss_history=LOSSES, clean_dataset="cleanDatasets/abc123",
                    clean_dataset_sha256="f" * 64, training_job="trainingJobs/j-1")
    assert v.architecture == "GPT2LMHeadModel"
    out = export_version(reg, reg.resolve("andre-mcin@1"), tmp_path / "export")
    text = _generate(out)
    assert text.startswith("My dream is") and len(text) > len("My dream is")
    assert (out / "loss.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

    card, _ = reg.get_card("andre-mcin")
    assert card == (out / "README.md").read_text()
    front = yaml.safe_load(card.split("---\n")[1])
    assert front["language"] == "en" and front["thumbnail"] == "https://x/a.jpg"
    assert front["tags"] == ["huggingtweets", "botfarm"] and front["widget"] == [{"text": "My dream is"}]
    assert (front["library_name"], front["pipeline_tag"], front["license"]) == ("transformers", "text-generation",
                                                                                "other")
    for section in ("## How does it work?", "## Training data", "## Training procedure", "## How to use",
                    "## Limitations and bias"):
        assert section in card
    # Header: avatars, display names and handles of the users.
    assert "url(&#39;https://x/a.jpg&#39;)" in card
    assert "André Ruffert & Mc In</div>" in card and "@andreruffert & @mcintweet</div>" in card
    # The huggingtweets table, one column per user, with the recorded numbers.
    assert "| Data | André Ruffert | Mc In |" in card
    assert "| Tweets downloaded | 3,250 | 1,200 |" in card
    assert "| Retweets | 154 | 300 |" in card
    assert "| Short tweets | 986 | 100 |" in card
    assert "| Tweets kept | 2,110 | 777 |" in card
    assert "| Dropped (duplicate) | 0 | 23 |" in card
    # Figures as people read them.
    assert "| Learning rate | 1.372e-4 |" in card and "| Epochs | 4 |" in card
    assert "| Final training loss | 2.346 |" in card
    assert "| Evaluation loss before training | 5.500 |" in card
    assert "| Evaluation loss after training | 2.750 |" in card
    assert "| Perplexity after training | 15.6 |" in card
    assert "![Training and evaluation loss](loss.png)" in card
    assert "botfarm registry export andre-mcin@1 --output andre-mcin-v1" in card
    assert 'Client("http://HOST:8080/bots/andre-mcin")' in card
    assert "cleanDatasets/abc123" in card and "trainingJobs/j-1" in card


def test_card_snippet_runs_as_written(reg, tiny_gpt2, tmp_path, monkeypatch):
    """The "How to use" export + pipeline snippets, executed verbatim in a fresh folder."""
    from botfarm.cli import main

    reg.publish("snip", tiny_gpt2, method="full", training_data=USERS[:1])
    card, _ = reg.get_card("snip")
    bash = re.findall(r"```bash\n(.*?)\n```", card, re.S)[0]
    python = re.findall(r"```python\n(.*?)\n```", card, re.S)[0]
    monkeypatch.chdir(tmp_path)
    argv = bash.split()[1:] + ["--data-dir", str(reg.store.root), "--cache-dir", str(tmp_path / "c")]
    assert main(argv) == 0
    scope: dict = {}
    exec(python, scope)  # noqa: S102 - the card's own snippet
    assert scope["generator"]("My dream is", max_new_tokens=3, do_sample=False)


def test_llama_lora_push_export_merged_generate(reg, tiny_llama, tmp_path):
    import torch
    from peft import PeftModel
    from transformers import AutoModelForCausalLM

    base = import_base(reg, tiny_llama, "base/tiny-llama")
    assert (base.method, base.model, base.architecture) == ("base", "base/tiny-llama", "LlamaForCausalLM")
    assert import_base(reg, tiny_llama, "base/tiny-llama") == base  # idempotent: no second version

    adapter = make_lora(tiny_llama, tmp_path / "adapter")
    v = reg.publish("llama-bot", adapter, method="lora", base_model="base/tiny-llama", training_data=USERS[:1],
                    hyperparameters={**HPARAMS, "lora_rank": 4, "lora_alpha": 8}, metrics=METRICS,
                    loss_history=LOSSES)
    assert v.base_model == "base/tiny-llama@1"
    assert {f.path for f in v.files} >= {"adapter_config.json", "adapter_model.safetensors", "tokenizer.json"}
    assert "model.safetensors" not in {f.path for f in v.files}  # stored as PEFT, not merged

    out = export_version(reg, v, tmp_path / "export")
    assert (out / "model.safetensors").is_file() and not (out / "adapter_config.json").exists()
    assert _generate(out).startswith("My dream is")

    # The export is the base with the adapter merged in: same logits as PEFT on the base,
    # different from the base alone.
    ids = torch.tensor([[1, 5, 9, 42, 7]])
    with torch.no_grad():
        merged = AutoModelForCausalLM.from_pretrained(out)(ids).logits
        plain = AutoModelForCausalLM.from_pretrained(tiny_llama)(ids).logits
        peft = PeftModel.from_pretrained(AutoModelForCausalLM.from_pretrained(tiny_llama), adapter)(ids).logits
    assert torch.allclose(merged, peft, atol=1e-4)
    assert not torch.allclose(merged, plain, atol=1e-3)

    card, _ = reg.get_card("llama-bot")
    assert "pre-trained `base/tiny-llama@1`" in card and "LoRA adapter" in card
    assert "| LoRA rank | 4 |" in card


def test_base_name_for_folder_names(tmp_path):
    assert base_name_for(tmp_path / "SmolLM2-1.7B_Instruct") == "base/smollm2-1-7b-instruct"
    assert base_name_for(tmp_path / "7b") == "base/m-7b"
