"""The generation recipe (one post per generation, top-p 0.95, 10 to 160 new tokens) in
a bot's generation_config.json: written as the training worker writes it, published,
exported (full, LoRA merged, LoRA adapter), and followed by the huggingtweets cards'
snippet, ``pipeline(...)("My dream is", num_return_sequences=5)``, run verbatim from the
card: single-line posts. The model is a tiny GPT-2 whose final layer norm is set so that
a new line is likely at every step (a random tiny model would rarely write one)."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from botfarm.registry.base import import_base
from botfarm.registry.core import Registry
from botfarm.registry.export import export_version
from botfarm.registry.genconfig import RECIPE, newline_ids, write_recipe
from registry_helpers import make_lora

USERS = [{"user": {"handle": "rin@social.example", "display_name": "Rin Okafor", "avatar_url": ""},
          "counts": {"downloaded": 60, "retweets": 7, "short": 6, "kept": 47}}]


@pytest.fixture(scope="module")
def chatty(tmp_path_factory, tiny_gpt2) -> Path:
    """A tiny GPT-2 that writes a new line about one token in eight, whatever the prompt."""
    from tinymodels import build_chatty_gpt2

    return build_chatty_gpt2(tiny_gpt2, tmp_path_factory.mktemp("chatty"))


@pytest.fixture
def reg(local_store, tmp_path):
    return Registry(local_store, cache_dir=tmp_path / "cache")


def _snippet(card: str) -> str:
    return re.findall(r"```python\n(.*?)\n```", card, re.S)[0]


def _run_snippet(card: str, folder: Path, monkeypatch) -> list[str]:
    """The card's pipeline snippet as written, in the folder the card's export made."""
    import torch

    code = _snippet(card)
    assert code.endswith('generator("My dream is", num_return_sequences=5)')
    monkeypatch.chdir(folder.parent)
    torch.manual_seed(0)
    setup, call = code.rsplit("\n", 1)
    scope: dict = {}
    exec(setup, scope)  # noqa: S102 - the card's own snippet
    out = eval(call, scope)  # noqa: S307 - its last line, whose value we check
    return [o["generated_text"] for o in out]


def test_recipe_in_generation_config(chatty, tmp_path):
    from transformers import AutoTokenizer, GenerationConfig

    folder = tmp_path / "bot"
    shutil.copytree(chatty, folder)
    tok = AutoTokenizer.from_pretrained(folder)
    write_recipe(folder, tok)
    cfg = GenerationConfig.from_pretrained(folder)
    assert (cfg.do_sample, cfg.top_p, cfg.temperature, cfg.min_new_tokens, cfg.max_new_tokens) == (
        True, 0.95, 1.0, 10, 160)
    nl = newline_ids(tok)
    assert nl and cfg.eos_token_id == [tok.eos_token_id, *nl]
    assert all("\n" in tok.decode([i]) for i in nl)
    write_recipe(folder, tok)  # again: the same file, no newline id twice
    assert GenerationConfig.from_pretrained(folder).eos_token_id == cfg.eos_token_id


def test_exported_bot_writes_single_line_posts_with_the_cards_snippet(reg, chatty, tmp_path, monkeypatch):
    from transformers import AutoTokenizer

    plain = reg.publish("plain-bot", chatty, method="full", training_data=USERS)
    folder = tmp_path / "bot"
    shutil.copytree(chatty, folder)
    write_recipe(folder, AutoTokenizer.from_pretrained(folder))  # what the training worker does
    v = reg.publish("rin-bot", folder, method="full", training_data=USERS)
    assert "generation_config.json" in {f.path for f in v.files}

    card, _ = reg.get_card("rin-bot")
    assert "one post per call" in card and f"top-p {RECIPE['top_p']}" in card
    out = export_version(reg, v, tmp_path / "exports" / "rin-bot-v1")
    assert json.loads((out / "generation_config.json").read_text())["max_new_tokens"] == 160
    tok = AutoTokenizer.from_pretrained(out)
    posts = _run_snippet(card, out, monkeypatch)
    assert len(posts) == 5
    for text in posts:
        assert text.startswith("My dream is")
        body = text[len("My dream is"):]
        assert "\n" not in body.rstrip("\n") and body.endswith("\n"), body  # one line, ended by its new line
    # generate() itself follows the file too: 10 to 160 new tokens, the last one a new line.
    import torch
    from transformers import AutoModelForCausalLM

    model = AutoModelForCausalLM.from_pretrained(out)
    prompt = tok("My dream is", return_tensors="pt")["input_ids"]
    torch.manual_seed(1)
    seqs = model.generate(prompt, num_return_sequences=8)
    nl = set(newline_ids(tok))
    for row in seqs.tolist():
        new = row[prompt.shape[1]:]
        new = new[:next((i + 1 for i, t in enumerate(new) if t in nl), len(new))]  # padding after the end
        assert 10 <= len(new) <= 160 and new[-1] in nl
        assert not nl & set(new[:-1])

    # Without the recipe (a version published before it) the same model runs on over lines.
    out_plain = export_version(reg, plain, tmp_path / "exports" / "plain-bot-v1")
    plain_card, _ = reg.get_card("plain-bot")
    assert "num_return_sequences=5, do_sample=True" in _snippet(plain_card)
    from transformers import pipeline

    many = pipeline("text-generation", model=str(out_plain))("My dream is", num_return_sequences=5,
                                                             do_sample=True, max_new_tokens=60)
    assert any(o["generated_text"].rstrip("\n").count("\n") >= 2 for o in many)


def test_lora_exports_carry_the_bots_generation_config(reg, tiny_llama, tmp_path):
    from transformers import AutoTokenizer, GenerationConfig

    import_base(reg, tiny_llama, "base/tiny-llama")
    adapter = make_lora(tiny_llama, tmp_path / "adapter")
    write_recipe(adapter, AutoTokenizer.from_pretrained(adapter))
    v = reg.publish("llama-bot", adapter, method="lora", base_model="base/tiny-llama", training_data=USERS)
    merged = export_version(reg, v, tmp_path / "merged")
    assert (merged / "model.safetensors").is_file()
    cfg = GenerationConfig.from_pretrained(merged)
    assert (cfg.top_p, cfg.min_new_tokens, cfg.max_new_tokens) == (0.95, 10, 160)
    adapter_out = export_version(reg, v, tmp_path / "adapter-out", merge=False)
    assert json.loads((adapter_out / "generation_config.json").read_text()) == json.loads(
        (adapter / "generation_config.json").read_text())
