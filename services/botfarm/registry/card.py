"""Model cards in the structure of the huggingtweets cards, and the loss plot beside them.

The card is the README.md of every version: YAML front matter (what model hubs and
tools read: base_model, library_name, license, pipeline_tag, tags; plus language,
thumbnail and a "My dream is" widget), a header with up to three users, then "How does
it work?", "Training data" (tweets downloaded / retweets / short tweets / tweets kept,
one column per user), "Training procedure", "How to use" and "Limitations and bias".
Every snippet in "How to use" runs as written against a botfarm installation. A LoRA
exported merged into its base gets its card rendered again, saying so.
"""

from __future__ import annotations

import html
import io
import math
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from botfarm.registry.core import VersionInfo

#: Shown when a user has no avatar address.
DEFAULT_AVATAR = "https://abs.twimg.com/sticky/default_profile_images/default_profile_400x400.png"
#: Rows of the training data table: (label, counts key).
COUNT_ROWS = [("Tweets downloaded", "downloaded"), ("Retweets", "retweets"),
              ("Short tweets", "short"), ("Tweets kept", "kept")]
#: The front matter's tags (huggingtweets cards carry the first).
TAGS = ["huggingtweets", "botfarm"]
HYPERPARAMETER_LABELS = {
    "learning_rate": "Learning rate", "lr_scheduler": "Learning-rate schedule", "epochs": "Epochs",
    "batch_size": "Batch size", "block_size": "Block size (tokens)", "max_steps": "Max steps",
    "lora_rank": "LoRA rank", "lora_alpha": "LoRA alpha", "lora_dropout": "LoRA dropout",
    "weight_decay": "Weight decay", "warmup_steps": "Warm-up steps", "seed": "Seed",
    "checkpoint_every_steps": "Checkpoint every (steps)",
    "checkpoint_every_seconds": "Checkpoint every (seconds)", "micro_batch_size": "Micro batch per process",
}
METRIC_LABELS = {
    "train_loss": "Final training loss", "eval_loss_before": "Evaluation loss before training",
    "eval_loss_after": "Evaluation loss after training", "perplexity_before": "Perplexity before training",
    "perplexity_after": "Perplexity after training", "tokens_per_second": "Training throughput (tokens/s)",
    "train_seconds": "Training time", "train_tokens": "Tokens trained on",
    "world_size": "Training processes (torch.distributed world size)",
}
METHOD_TEXT = {
    "lora": "a LoRA adapter (kept in the PEFT layout: `adapter_config.json`, `adapter_model.safetensors`)",
    "full": "full fine-tuning of every weight",
    "base": "none: this is a base model imported into the registry",
}


def fmt(value, key: str = "") -> str:
    """A figure as people read it: losses to 3 decimals, perplexity to 1, throughput
    and counts whole with thousands separators, durations in minutes and seconds,
    small rates in scientific notation ("1.372e-4")."""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int):
        return f"{value:,}"
    if not isinstance(value, float):
        return str(value)
    if math.isnan(value) or math.isinf(value):
        return str(value)
    if "loss" in key:
        return f"{value:.3f}"
    if key.startswith("perplexity"):
        return f"{value:,.1f}"
    if key == "tokens_per_second" or key.endswith("_tokens"):
        return f"{value:,.0f}"
    if key.endswith("_seconds"):
        minutes, seconds = divmod(round(value), 60)
        return f"{minutes} min {seconds} s" if minutes else f"{value:.1f} s"
    if value != 0 and abs(value) < 0.01:
        mantissa, exponent = f"{value:.3e}".split("e")
        return f"{mantissa.rstrip('0').rstrip('.')}e{int(exponent)}"
    return f"{value:.4g}"


def _yaml_str(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _header(users: list[dict]) -> str:
    shown = users[:3]
    avatars = "\n".join(
        '        <div style="display:inherit; margin-left: 4px; margin-right: 4px; width: 92px; height:92px; '
        'border-radius: 50%; background-size: cover; '
        f"background-image: url(&#39;{html.escape(u.get('avatar_url') or DEFAULT_AVATAR)}&#39;)\">\n"
        "        </div>" for u in shown)
    display = " & ".join(html.escape(u.get("display_name") or u.get("handle", "")) for u in shown)
    handles = " & ".join("@" + html.escape(u.get("handle", "")) for u in shown)
    return (
        '<div class="inline-flex flex-col" style="line-height: 1.5;">\n'
        f'    <div class="flex">\n{avatars}\n    </div>\n'
        '    <div style="text-align: center; margin-top: 3px; font-size: 16px; font-weight: 800">🤖 AI BOT 🤖</div>\n'
        f'    <div style="text-align: center; font-size: 16px; font-weight: 800">{display}</div>\n'
        f'    <div style="text-align: center; font-size: 14px;">{handles}</div>\n'
        "</div>\n")


def _training_data(version: VersionInfo, users: list[dict]) -> str:
    rows = version.training_data
    if not rows:
        if version.method == "base":
            return "This is a base model: it was imported into the registry, not trained by botfarm.\n"
        return "No training data was recorded for this version.\n"
    names = [t["user"].get("display_name") or t["user"].get("handle", "") for t in rows]
    out = [f"The model was trained on tweets from {' & '.join(names)}.", "",
           "| Data | " + " | ".join(names) + " |", "| --- |" + " --- |" * len(rows)]
    for label, key in COUNT_ROWS:
        out.append(f"| {label} | " + " | ".join(fmt(int(t["counts"].get(key, 0))) for t in rows) + " |")
    extra = sorted({r for t in rows for r in t["counts"].get("dropped_by_reason", {}) or {}})
    for reason in extra:
        out.append(f"| Dropped ({reason}) | "
                   + " | ".join(fmt(int((t["counts"].get("dropped_by_reason") or {}).get(reason, 0))) for t in rows)
                   + " |")
    if version.clean_dataset:
        out += ["", f"Clean dataset: `{version.clean_dataset}` (sha256 of the training split "
                    f"`{version.clean_dataset_sha256 or 'not recorded'}`)."]
    return "\n".join(out) + "\n"


def _table(d: dict, labels: dict) -> str:
    if not d:
        return "Not recorded.\n"
    out = ["| | |", "| --- | --- |"]
    for key in [*[k for k in labels if k in d], *sorted(k for k in d if k not in labels)]:
        out.append(f"| {labels.get(key, key)} | {fmt(d[key], key)} |")
    return "\n".join(out) + "\n"


def base_label(version: VersionInfo) -> str:
    """The base as readers elsewhere know it: its canonical id, with botfarm's pinned
    reference beside it."""
    if version.base_model_id and version.base_model:
        return (f"[{version.base_model_id}](https://huggingface.co/{version.base_model_id}) "
                f"(in this registry `{version.base_model}`)")
    return f"`{version.base_model}`" if version.base_model else "a pre-trained model"


def _procedure(version: VersionInfo, users: list[dict], has_plot: bool) -> str:
    who = " & ".join("@" + u.get("handle", "") for u in users[:3]) or "the training data"
    arch = version.architecture or "architecture not recorded"
    if version.method == "base":
        own = f", known elsewhere as {version.base_model_id}" if version.base_model_id else ""
        first = f"This is the base model `{version.model}` ({arch}{own})."
    else:
        base = f"pre-trained {base_label(version)}" if version.base_model else "a pre-trained model"
        first = f"The model is based on the {base} ({arch}), fine-tuned on {who}'s tweets."
    parts = [first, ""]
    if version.base_note:
        parts += [f"**The base model's weights:** {version.base_note.rstrip('.')}.", ""]
    parts += [f"- Method: {METHOD_TEXT.get(version.method, version.method)}",
              f"- Version: `{version.name}`, published {version.create_time}"]
    if version.training_job:
        parts.append(f"- Training job: `{version.training_job}`")
    parts += ["", "### Hyperparameters", "", _table(version.hyperparameters, HYPERPARAMETER_LABELS),
              "### Metrics", "", _table(version.metrics, METRIC_LABELS)]
    if has_plot:
        parts += ["### Loss", "", "![Training and evaluation loss](loss.png)", ""]
    return "\n".join(parts)


def _how_to_use(version: VersionInfo, recipe: dict | None) -> str:
    folder = version.model.replace("/", "-") + f"-v{version.version}"
    what = "the model" if version.method == "base" else "the bot"
    merged = "" if version.method == "base" else " (a LoRA is merged into its base)"
    export = f"""Export {what} to a plain Hugging Face folder{merged}, then use it with a pipeline for text
generation, no network needed:

```bash
botfarm registry export {version.ref} --output {folder}
```

```python
from transformers import pipeline
generator = pipeline("text-generation", model="{folder}")
{_pipeline_call(recipe)}
```
{_recipe_note(recipe)}"""
    if version.method == "base":
        return export + f"""
Bots are trained from it with `botfarm bot create NAME --archive PATH --base {version.model}`.
"""
    adapter = "" if version.method != "lora" else f"""
The adapter itself (PEFT layout, for PEFT, or vLLM / LoRAX serving the base); its
`base_model_name_or_path` is `{version.base_model_id or version.base_model.split("@")[0]}`:

```bash
botfarm registry export {version.ref} --adapter --output {folder}-adapter
```

```python
from peft import AutoPeftModelForCausalLM
model = AutoPeftModelForCausalLM.from_pretrained("{folder}-adapter")
```
"""
    return export + adapter + f"""
With the botfarm CLI, against a running inference service:

```bash
botfarm generate {version.model} "My dream is" -n 5
```

With the text-generation-inference Python client (`pip install text-generation`), which
botfarm's inference HTTP API serves unchanged (replace HOST):

```python
from text_generation import Client
client = Client("http://HOST:8080/bots/{version.model}")
print(client.generate("My dream is", do_sample=True, max_new_tokens=160).generated_text)
```
"""


def _pipeline_call(recipe: dict | None) -> str:
    if recipe:
        return 'generator("My dream is", num_return_sequences=5)'
    return 'generator("My dream is", num_return_sequences=5, do_sample=True, max_new_tokens=40)'


def _recipe_note(recipe: dict | None) -> str:
    if not recipe:
        return ""
    top_p = f", top-p {recipe['top_p']}" if recipe.get("top_p") else ""
    return (f"""
It generates as the huggingtweets notebook did, from the bot's `generation_config.json`:
one post per call (it stops at the first new line or the end of text){top_p},
{recipe.get("min_new_tokens") or 0} to {recipe["max_new_tokens"]} new tokens. botfarm's inference uses the same \
defaults; a call's own arguments win.
""")


def front_matter(version: VersionInfo, users: list[dict], *, merged: bool = False) -> str:
    """The YAML front matter model hubs and tools read (Hugging Face model cards)."""
    thumbnail = (users[0].get("avatar_url") if users else "") or DEFAULT_AVATAR
    library = "peft" if version.method == "lora" and not merged else "transformers"
    base = version.base_model_id or (version.base_model.split("@")[0] if version.base_model else "")
    lines = ["---", "language: en", f"license: {_yaml_str(version.license or 'other')}",
             f"library_name: {library}"]
    if base:
        lines.append(f"base_model: {_yaml_str(base)}")
    lines += ["pipeline_tag: text-generation", f"thumbnail: {_yaml_str(thumbnail)}", "tags:",
              *[f"- {t}" for t in TAGS], "widget:", '- text: "My dream is"', "---", ""]
    return "\n".join(lines)


def _merged_note(version: VersionInfo) -> str:
    return (f"""
## This folder: merged

This folder holds `{version.ref}`, a LoRA adapter, **merged** into its base
{base_label(version)} with PEFT's `merge_and_unload` and saved as plain safetensors: a
standalone transformers model, no PEFT needed. The adapter as trained (PEFT layout, for
PEFT, vLLM or LoRAX on the base) is `botfarm registry export {version.ref} --adapter --output DIR`.
""")


def render_card(version: VersionInfo, users: list[dict], *, has_plot: bool = False, merged: bool = False,
                recipe: dict | None = None) -> str:
    """The README.md of ``version``; ``users`` are the people behind the bot.
    ``merged``: the card of a LoRA exported merged into its base. ``recipe``: the
    version's generation_config.json when it sets sampling defaults (``genconfig``)."""
    users = list(users or [])
    front = front_matter(version, users, merged=merged)
    who = " & ".join(u.get("display_name") or u.get("handle", "") for u in users) or version.model
    if version.method == "base":
        how = (f"`{version.model}` is a base model imported into the registry, so that a cluster reads it from\n"
               "its object store and never from a model hub. Bots are fine-tuned from it (LoRA or full).")
    else:
        how = (f"The posts of {who} were downloaded, cleaned (retweets and short tweets dropped, links\n"
               "and mentions normalised) and used to fine-tune a pre-trained language model. The\n"
               "pipeline: ingestion → cleaning → training → registry (this card) → batched inference.")
    return f"""{front}
{_header(users) if users else ''}
I was made with botfarm, following
[huggingtweets](https://github.com/borisdayma/huggingtweets).
{_merged_note(version) if merged and version.method == "lora" else ""}
## How does it work?

{how}

## Training data

{_training_data(version, users)}
## Training procedure

{_procedure(version, users, has_plot)}
## How to use

{_how_to_use(version, recipe)}
## Limitations and bias

The model suffers from the same limitations and bias as its base model
(`{version.base_model or version.model}`), like the GPT-2 models huggingtweets started from.
{_note_again(version)}
In addition, the data present in the user's tweets further affects the text generated
by the model.
"""


def _note_again(version: VersionInfo) -> str:
    return f"\nThe base model's weights: {version.base_note.rstrip('.')}.\n" if version.base_note else ""


def loss_plot_png(loss_history: list[dict]) -> bytes | None:
    """A PNG of training and evaluation loss per step, or None without any losses."""
    train = [(int(p["step"]), float(p["train_loss"])) for p in loss_history if p.get("train_loss") is not None]
    ev = [(int(p["step"]), float(p["eval_loss"])) for p in loss_history if p.get("eval_loss") is not None]
    if not train and not ev:
        return None
    # Figure + the Agg canvas directly: no pyplot, no global backend state, thread-safe.
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(6, 3.5), dpi=100)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    if train:
        ax.plot(*zip(*train, strict=True), label="train loss")
    if ev:
        # Evaluation runs at a few steps only: points, not a line implying values between them.
        ax.plot(*zip(*ev, strict=True), linestyle="none", marker="o", label="eval loss")
    ax.set_xlabel("step")
    ax.set_ylabel("loss")
    ax.legend()
    ax.grid(alpha=0.3)
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    return buf.getvalue()
