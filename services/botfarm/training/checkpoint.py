"""Checkpoints in the object store, safetensors only (nothing is ever unpickled).

    training/jobs/{id}/checkpoints/step-{n}/weights.safetensors     trainable weights
    training/jobs/{id}/checkpoints/step-{n}/optimizer.safetensors   AdamW moments
    training/jobs/{id}/checkpoints/step-{n}/state.json              step, data position, losses, counters
    training/jobs/{id}/checkpoints/latest.json                      {"step": n}; written last

``latest.json`` is the commit point: a worker killed while writing step n+k leaves
``latest.json`` at step n, whose files are complete. The learning-rate schedule, the
data order and the random seed of each step are pure functions of the step, so the
step is their whole state. Nothing here depends on the number of processes that wrote
it (under DDP every process holds the same weights and moments; rank 0 writes them), so
a run resumes with any world size.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import torch
from safetensors.torch import load_file, save_file

from botfarm.core.errors import NotFound
from botfarm.core.store import ObjectStore
from botfarm.training.jobs import checkpoint_prefix


def _trainable(model: torch.nn.Module) -> dict[str, torch.nn.Parameter]:
    return {n: p for n, p in model.named_parameters() if p.requires_grad}


def save(store: ObjectStore, job_id: str, step: int, model: torch.nn.Module,
         optimizer: torch.optim.Optimizer, state: dict) -> None:
    prefix = f"{checkpoint_prefix(job_id)}step-{step}/"
    params = _trainable(model)
    index = {id(p): n for n, p in params.items()}
    opt_tensors: dict[str, torch.Tensor] = {}
    for group in optimizer.param_groups:
        for p in group["params"]:
            for k, v in optimizer.state.get(p, {}).items():
                if torch.is_tensor(v):
                    opt_tensors[f"{index[id(p)]}::{k}"] = v.detach().cpu().contiguous()
    with tempfile.TemporaryDirectory(prefix="botfarm-ckpt-") as tmp:
        w, o = Path(tmp, "weights.safetensors"), Path(tmp, "optimizer.safetensors")
        # clone(): safetensors refuses tensors that share storage (tied weights).
        save_file({n: p.detach().cpu().clone().contiguous() for n, p in params.items()}, str(w))
        save_file(opt_tensors, str(o))
        store.put_file(prefix + "weights.safetensors", w)
        store.put_file(prefix + "optimizer.safetensors", o)
    store.put_bytes(prefix + "state.json", json.dumps({**state, "step": step}).encode())
    store.put_bytes(checkpoint_prefix(job_id) + "latest.json", json.dumps({"step": step}).encode())
    # Older checkpoints are superseded only now that the new one is committed.
    for info in list(store.list(checkpoint_prefix(job_id) + "step-")):
        if not info.key.startswith(prefix):
            store.delete(info.key)


def latest_step(store: ObjectStore, job_id: str) -> int | None:
    try:
        return int(json.loads(store.get_bytes(checkpoint_prefix(job_id) + "latest.json"))["step"])
    except NotFound:
        return None


def load(store: ObjectStore, job_id: str, model: torch.nn.Module,
         optimizer: torch.optim.Optimizer, device: torch.device) -> dict | None:
    """Restores the latest checkpoint into ``model`` and ``optimizer``; its state
    dict, or None when the job has none."""
    step = latest_step(store, job_id)
    if step is None:
        return None
    prefix = f"{checkpoint_prefix(job_id)}step-{step}/"
    with tempfile.TemporaryDirectory(prefix="botfarm-ckpt-") as tmp:
        w = store.get_file(prefix + "weights.safetensors", Path(tmp, "w.safetensors"))
        o = store.get_file(prefix + "optimizer.safetensors", Path(tmp, "o.safetensors"))
        weights, opt = load_file(str(w)), load_file(str(o))
    params = _trainable(model)
    missing = set(params) - set(weights)
    if missing:
        raise ValueError(f"checkpoint step {step} lacks {len(missing)} trainable tensors, e.g. {min(missing)}")
    with torch.no_grad():
        for n, p in params.items():
            p.copy_(weights[n].to(p.device))
    # Checkpoints from before the per-step seed carried one process's RNG state.
    opt.pop("rng.torch", None)
    for key, v in opt.items():
        name, k = key.split("::", 1)
        optimizer.state[params[name]][k] = v.to(device) if k != "step" else v
    return json.loads(store.get_bytes(prefix + "state.json"))


def delete_all(store: ObjectStore, job_id: str) -> None:
    store.delete_prefix(checkpoint_prefix(job_id))
