"""Artifacts that travel: an adapter names its base by the base's canonical id (not a
path in a trainer's cache), so PEFT loads an export on another host where that id is
mapped to a local folder, with no network (HF_HUB_OFFLINE=1 and a Hugging Face cache
holding the base under its id, the layout huggingface_hub writes); cards carry the
front matter model hubs read, and a merged export says it is merged."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest
import yaml
from botfarm.registry.base import import_base
from botfarm.registry.core import Registry
from botfarm.registry.export import export_version
from registry_helpers import make_lora

BASE_ID = "botfarm-tests/tiny-llama"
LOSSES = [{"step": s, "train_loss": 4.0 - s / 10, "eval_loss": 4.2 - s / 10 if s in (0, 10) else None}
          for s in range(11)]


def front_matter(card: str) -> dict:
    assert card.startswith("---\n")
    return yaml.safe_load(card.split("---\n")[1])


@pytest.fixture
def published(local_store, tmp_path, tiny_llama):
    reg = Registry(local_store, cache_dir=tmp_path / "cache")
    base = import_base(reg, tiny_llama, "base/tiny-llama", canonical_id=BASE_ID, license="mit",
                       note="random weights for tests")
    assert (base.base_model_id, base.license) == (BASE_ID, "mit")
    adapter = make_lora(tiny_llama, tmp_path / "adapter")
    # What a trainer writes: the local folder it loaded the base from.
    assert json.loads((adapter / "adapter_config.json").read_text())["base_model_name_or_path"] == str(tiny_llama)
    v = reg.publish("traveller", adapter, method="lora", base_model="base/tiny-llama", loss_history=LOSSES,
                    metrics={"eval_loss_before": 4.2, "eval_loss_after": 3.2, "tokens_per_second": 321.7,
                             "train_seconds": 65.4})
    return reg, v, adapter


def test_the_stored_adapter_names_the_canonical_base(published):
    reg, v, _ = published
    assert (v.base_model, v.base_model_id, v.license) == ("base/tiny-llama@1", BASE_ID, "mit")
    stored = json.loads(reg.store.get_bytes(v.file("adapter_config.json").key))
    assert stored["base_model_name_or_path"] == BASE_ID
    card = front_matter(reg.get_card("traveller")[0])
    assert card["base_model"] == BASE_ID and card["library_name"] == "peft" and card["license"] == "mit"
    assert card["pipeline_tag"] == "text-generation" and {"huggingtweets", "botfarm"} <= set(card["tags"])


def _hf_cache_with(tmp_path, model_id: str, folder) -> str:
    """A Hugging Face hub cache holding ``folder`` as ``model_id`` (models--org--name,
    a snapshot and refs/main), as if it had been downloaded once."""
    commit = "0" * 40
    repo = tmp_path / "hf" / ("models--" + model_id.replace("/", "--"))
    shutil.copytree(folder, repo / "snapshots" / commit)
    (repo / "refs").mkdir()
    (repo / "refs" / "main").write_text(commit)
    return str(tmp_path / "hf")


def test_the_exported_adapter_loads_with_peft_offline(published, tmp_path, tiny_llama):
    reg, v, adapter = published
    out = export_version(reg, v, tmp_path / "export", merge=False)
    assert json.loads((out / "adapter_config.json").read_text())["base_model_name_or_path"] == BASE_ID
    assert (out / "adapter_model.safetensors").read_bytes() == (adapter / "adapter_model.safetensors").read_bytes()
    prov = json.loads((out / "botfarm.json").read_text())
    assert (prov["model_version"], prov["base_model"], prov["merged"]) == (v.name, "base/tiny-llama@1", False)
    card = front_matter((out / "README.md").read_text())
    assert (card["base_model"], card["library_name"]) == (BASE_ID, "peft")

    # On "another host": no network, the base known only by its id in the hub cache.
    check = f"""
import torch
from peft import AutoPeftModelForCausalLM, PeftModel
from transformers import AutoModelForCausalLM
ids = torch.tensor([[1, 5, 9, 42, 7]])
by_id = AutoPeftModelForCausalLM.from_pretrained({str(out)!r})
by_path = PeftModel.from_pretrained(AutoModelForCausalLM.from_pretrained({str(tiny_llama)!r}), {str(adapter)!r})
with torch.no_grad():
    assert torch.allclose(by_id(ids).logits, by_path(ids).logits, atol=1e-5)
print("loaded", by_id.peft_config["default"].base_model_name_or_path)
"""
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1",
           "HF_HUB_CACHE": _hf_cache_with(tmp_path, BASE_ID, tiny_llama)}
    run = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, env=env, timeout=300)
    assert run.returncode == 0 and f"loaded {BASE_ID}" in run.stdout, run.stderr[-3000:]
    # Without that mapping the same load fails: the id, not a path, is what it looks up.
    env["HF_HUB_CACHE"] = str(tmp_path / "empty-cache")
    run = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, env=env, timeout=300)
    assert run.returncode != 0


def test_a_merged_export_says_so(published, tmp_path):
    reg, v, _ = published
    out = export_version(reg, v, tmp_path / "merged")
    text = (out / "README.md").read_text()
    card = front_matter(text)
    assert (card["library_name"], card["base_model"], card["license"]) == ("transformers", BASE_ID, "mit")
    assert "## This folder: merged" in text and "**merged** into its base" in text
    assert json.loads((out / "botfarm.json").read_text())["merged"] is True
    assert (out / "loss.png").is_file() and not (out / "adapter_config.json").exists()
    # Figures as people read them; the base's provenance said plainly.
    assert "| Evaluation loss after training | 3.200 |" in text
    assert "| Training throughput (tokens/s) | 322 |" in text and "| Training time | 1 min 5 s |" in text
    assert "random weights for tests" in text
    # The stored card (the adapter's) is untouched.
    assert "This folder: merged" not in reg.get_card("traveller")[0]


def test_the_loss_plot_draws_evaluation_as_points(monkeypatch):
    from botfarm.registry import card
    from matplotlib.axes import Axes

    calls = []
    real = Axes.plot
    monkeypatch.setattr(Axes, "plot", lambda self, *a, **kw: calls.append(kw) or real(self, *a, **kw))
    assert card.loss_plot_png(LOSSES)[:4] == b"\x89PNG"
    train, evals = calls
    assert train.get("linestyle") is None and train["label"] == "train loss"
    assert evals["linestyle"] == "none" and evals["marker"] == "o" and evals["label"] == "eval loss"
