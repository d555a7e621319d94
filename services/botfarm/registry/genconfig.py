"""The huggingtweets way of generating a post, stored with every bot botfarm trains as
its ``generation_config.json`` (transformers' ``GenerationConfig``):

    {"do_sample": true, "top_p": 0.95, "temperature": 1.0, "min_new_tokens": 10,
     "max_new_tokens": 160, "eos_token_id": [<end of text>, <every newline token>], ...}

One post per generation: the notebook cut each sample at its first new line. The new
line is given as end-of-sequence token ids, not as ``stop_strings``: transformers 5.23's
``pipeline("text-generation", model=...)`` refuses a generation config with stop
strings ("we could not locate a tokenizer": it passes the tokenizer to ``generate`` only
for its own ``stop_sequence`` argument), while an ``eos_token_id`` list works in every
``generate`` call, and ``min_new_tokens`` then also holds back an early new line. So
the huggingtweets cards' snippet, ``pipeline(...)("My dream is", num_return_sequences=5)``,
gives five single-line posts (each ends with the new line that ended it).

    write_recipe(folder, tokenizer)              # the training worker, before publishing
    stop_ids = newline_ids(tokenizer)            # the tokens that end a post

botfarm's inference reads the same file back as the bot's defaults
(``botfarm.inference.defaults``): the newline ids become the stop sequence "\\n".
No torch here: the tokenizer is any Hugging Face tokenizer.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

GENERATION_CONFIG = "generation_config.json"
#: The notebook's sampling (its model cards' task_specific_params: do_sample, top_p 0.95,
#: temperature 1, 10 to 160 tokens), as new-token bounds.
RECIPE: dict[str, Any] = {"do_sample": True, "top_p": 0.95, "temperature": 1.0, "min_new_tokens": 10,
                          "max_new_tokens": 160}
#: What ends a post.
STOP = "\n"


def newline_ids(tokenizer: Any) -> list[int]:
    """The ids of the tokens whose text holds a new line (byte-level BPEs have a few:
    "\\n", "\\n\\n", " \\n" ...)."""
    size = len(tokenizer)
    special = set(getattr(tokenizer, "all_special_ids", []) or [])
    texts = tokenizer.batch_decode([[i] for i in range(size)], skip_special_tokens=False)
    return [i for i, t in enumerate(texts) if STOP in t and i not in special]


def _ids(value: object) -> list[int]:
    if isinstance(value, list):
        return [v for v in value if isinstance(v, int)]
    return [value] if isinstance(value, int) else []


def recipe_config(tokenizer: Any, existing: dict | None = None) -> dict:
    """``existing`` (a model's generation_config.json, or {}) with the recipe on top:
    its end-of-sequence ids kept first, the newline ids after them."""
    out = {k: v for k, v in (existing or {}).items() if k not in RECIPE and k != "_from_model_config"}
    eos = _ids(out.get("eos_token_id")) or _ids(getattr(tokenizer, "eos_token_id", None))
    eos += [i for i in newline_ids(tokenizer) if i not in eos]
    out.update(RECIPE)
    out["eos_token_id"] = eos
    if "pad_token_id" not in out and eos:
        pad = getattr(tokenizer, "pad_token_id", None)
        out["pad_token_id"] = eos[0] if pad is None else pad
    if "bos_token_id" not in out and getattr(tokenizer, "bos_token_id", None) is not None:
        out["bos_token_id"] = tokenizer.bos_token_id
    return out


def write_recipe(folder: Path, tokenizer: Any) -> Path:
    """Writes (or completes) ``folder/generation_config.json`` with the recipe."""
    path = Path(folder) / GENERATION_CONFIG
    existing = json.loads(path.read_text()) if path.is_file() else {}
    path.write_text(json.dumps(recipe_config(tokenizer, existing), indent=2, sort_keys=True) + "\n")
    return path


def sampling_defaults(data: bytes | str | None) -> dict | None:
    """A generation_config.json's content when it sets the sampling defaults a pipeline
    follows (``do_sample`` and ``max_new_tokens``, as the recipe does), else None."""
    if not data:
        return None
    try:
        cfg = json.loads(data)
    except ValueError:
        return None
    if isinstance(cfg, dict) and cfg.get("do_sample") is True and isinstance(cfg.get("max_new_tokens"), int):
        return cfg
    return None
