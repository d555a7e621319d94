"""The worker on its own: kill -9 mid-training and resume; publish exactly once;
packing without padding; LoRA on both architectures."""

from __future__ import annotations

import json
import signal
import subprocess

import pytest
from botfarm.training import checkpoint
from botfarm.training.jobs import JobStore
from botfarm.training.manager import JobManager
from trainhelpers import FAST_HP, run_worker, wait_for, worker_cmd, worker_env


def _new_job(store, dataset, base_ref, **hp):
    return JobManager(store, {"local": None}).create(model="tester", clean_dataset=dataset, base_model=base_ref,
                                                     hyperparameters={**FAST_HP, **hp})


def test_kill9_mid_training_resumes_from_the_checkpoint(store, dataset, base_ref):
    from botfarm.registry.core import Registry

    job = _new_job(store, dataset, base_ref, epochs=40, max_steps=150)
    jobs = JobStore(store)
    proc = subprocess.Popen(worker_cmd(job.id, store.root), env=worker_env(), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        wait_for(lambda: (checkpoint.latest_step(store, job.id) or 0) >= 10, timeout=180, every=0.05)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    ckpt = checkpoint.latest_step(store, job.id)
    assert ckpt % 5 == 0 and 10 <= ckpt < 150
    assert not jobs.load_status(job.id).get("model_version")

    again = run_worker(job.id, store.root)
    assert again.returncode == 0, again.stderr[-2000:]
    assert f"resumed from checkpoint at step {ckpt}" in again.stderr
    status = jobs.load_status(job.id)
    assert status["progress"]["step"] == status["progress"]["total_steps"] == 150
    steps = [h["step"] for h in status["loss_history"] if h["train_loss"] is not None]
    assert steps == list(range(1, 151))  # the counter went on from the checkpoint, no step twice
    assert status["metrics"]["train_tokens"] == 150 * FAST_HP["block_size"]
    assert status["metrics"]["eval_loss_after"] < status["metrics"]["eval_loss_before"]
    assert checkpoint.latest_step(store, job.id) is None  # cleaned up after publishing

    # Started once more (a duplicate pod, a replayed launch): nothing new is registered.
    from botfarm.training.worker import WorkerConfig, run

    assert run(store, WorkerConfig(job_id=job.id)) == 0
    versions, _ = Registry(store).list_versions("tester")
    assert [v.name for v in versions] == [status["model_version"]] == ["models/tester/versions/1"]


def test_full_fine_tuning_of_llama_in_process(store, dataset, tiny_llama):
    from botfarm.registry.core import Registry
    from botfarm.training.worker import WorkerConfig, run
    from trainhelpers import publish_base

    base = publish_base(store, tiny_llama, "base/tiny-llama")
    job = JobManager(store, {"local": None}).create(model="llamabot", clean_dataset=dataset, base_model=base,
                                                    method="full", hyperparameters={**FAST_HP, "max_steps": 30})
    assert run(store, WorkerConfig(job_id=job.id)) == 0
    status = JobStore(store).load_status(job.id)
    v = Registry(store).resolve("llamabot")
    assert v.method == "full" and v.architecture == "LlamaForCausalLM"
    assert {"model.safetensors", "config.json"} <= {f.path for f in v.files}
    assert status["metrics"]["eval_loss_after"] < status["metrics"]["eval_loss_before"]


def test_lora_targets_per_architecture(tiny_gpt2, tiny_llama):
    from botfarm.training.modeling import LORA_TARGETS
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    for path, kind in ((tiny_gpt2, "gpt2"), (tiny_llama, "llama")):
        model = AutoModelForCausalLM.from_pretrained(path)
        peft = get_peft_model(model, LoraConfig(r=4, target_modules=LORA_TARGETS[kind], task_type="CAUSAL_LM",
                                                fan_in_fan_out=kind == "gpt2"))
        adapted = {n.split(".")[-4] for n, _ in peft.named_parameters() if "lora_A" in n}
        assert adapted == set(LORA_TARGETS[kind])


def test_packing_fills_blocks_without_padding():
    from botfarm.training.data import PackedEpochs, eval_blocks

    posts = [[1, 2, 0], [3, 0], [4, 5, 6, 0], [7, 0]]  # 0 = end of text
    packed = PackedEpochs(posts, block_size=4, epochs=2, seed=3)
    assert packed.tokens == 11 and packed.blocks_per_epoch == 2 and len(packed) == 4
    epoch0 = [packed.block(i).tolist() for i in range(2)]
    flat = sum(epoch0, [])
    assert len(flat) == 8 and flat.count(0) >= 2  # every block full, posts separated by EOS
    assert packed.batch(1, 2).tolist() == [packed.block(2).tolist(), packed.block(3).tolist()]
    # Same step, same batch: what a resumed worker relies on.
    assert PackedEpochs(posts, 4, 2, 3).batch(1, 2).tolist() == packed.batch(1, 2).tolist()
    assert eval_blocks(posts, 4).shape == (2, 4)


def test_every_epoch_visits_the_same_packed_blocks_in_an_order_of_its_own():
    """Posts are packed once (so the frozen layers' output over a block can be kept
    from one epoch to the next); the epochs shuffle the blocks, not the posts."""
    from botfarm.training.data import PackedEpochs

    posts = [[i + 1] * (1 + i % 5) + [0] for i in range(60)]
    packed = PackedEpochs(posts, block_size=8, epochs=4, seed=5)
    n = packed.blocks_per_epoch
    epochs = [[tuple(packed.block(e * n + j).tolist()) for j in range(n)] for e in range(4)]
    assert all(sorted(ep) == sorted(epochs[0]) for ep in epochs)  # the same blocks...
    assert len(set(epochs[0])) == n and len({tuple(ep) for ep in epochs}) == 4  # ...each epoch in its own order
    # The blocks are the posts, shuffled and cut: every post but the tail's, whole or split at an edge.
    flat = [t for b in packed.packed.tolist() for t in b]
    assert flat != [t for p in posts for t in p][: len(flat)] and len(flat) == n * 8
    assert PackedEpochs(posts, 8, 4, 6).packed.tolist() != packed.packed.tolist()  # the seed shuffles


def test_corrupt_checkpoint_pointer_is_an_error_not_a_silent_restart(store, dataset, base_ref):
    from botfarm.training.worker import WorkerConfig, run

    job = _new_job(store, dataset, base_ref, max_steps=5)
    store.put_bytes(f"training/jobs/{job.id}/checkpoints/latest.json", json.dumps({"step": 3}).encode())
    assert run(store, WorkerConfig(job_id=job.id)) == 1  # step-3 files are missing
    status = JobStore(store).load_status(job.id)
    assert status["result"] == "failed" and "not found" in status["error"]


@pytest.mark.parametrize("hp,field", [({"learning_rate": -1e-4}, "learning_rate"), ({"block_size": -1}, "block_size"),
                                      ({"lr_scheduler": "zigzag"}, "lr_scheduler"), ({"lora_dropout": 1.5}, "lora_dropout"),
                                      ({"batch_size": "2"}, "batch_size"), ({"momentum": 0.9}, "momentum")])
def test_bad_hyperparameters(hp, field):
    from botfarm.core.errors import InvalidArgument
    from botfarm.training.hparams import resolve

    with pytest.raises(InvalidArgument, match=field):
        resolve(hp)


def test_defaults_are_huggingtweets():
    from botfarm.training.hparams import resolve

    hp = resolve({"learning_rate": 0.0, "epochs": 0}, "full")  # proto3 zeros mean "the default"
    assert (hp.learning_rate, hp.lr_scheduler, hp.epochs) == (1.372e-4, "cosine", 4)
    assert resolve({}, "lora").learning_rate == 1e-3  # LoRA adapters start at zero


@pytest.mark.parametrize("lora_layers, adapted", [(0, {1}), (1, {1}), (2, {0, 1}), (99, {0, 1})])
def test_lora_layers_adapts_only_the_top_layers(store, dataset, tiny_llama, tmp_path, lora_layers, adapted):
    import re

    from botfarm.registry.core import Registry
    from botfarm.training.worker import WorkerConfig, run
    from safetensors import safe_open
    from trainhelpers import publish_base

    base = publish_base(store, tiny_llama, "base/tiny-llama")  # 2 layers: the top half is layer 1
    job = JobManager(store, {"local": None}).create(
        model="layered", clean_dataset=dataset, base_model=base,
        hyperparameters={**FAST_HP, "max_steps": 2, "lora_layers": lora_layers})
    assert run(store, WorkerConfig(job_id=job.id)) == 0
    registry = Registry(store)
    folder = registry.download(registry.resolve("layered"), tmp_path / "out")
    with safe_open(folder / "adapter_model.safetensors", "pt") as f:
        layers = {int(re.search(r"layers\.(\d+)\.", k).group(1)) for k in f.keys()}
    assert layers == adapted


def test_killed_before_its_first_step_checkpoint_resumes_from_a_time_checkpoint(store, dataset, base_ref):
    # Step checkpoints never come (every 10^6 steps); one second of training does.
    job = _new_job(store, dataset, base_ref, epochs=1000, max_steps=100_000, checkpoint_every_steps=10**6,
                   checkpoint_every_seconds=1)
    jobs = JobStore(store)
    first = subprocess.Popen(worker_cmd(job.id, store.root), env=worker_env(), stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
    try:
        wait_for(lambda: checkpoint.latest_step(store, job.id), timeout=180, every=0.05)
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait()
    ckpt = checkpoint.latest_step(store, job.id)
    assert 0 < ckpt < 10**6

    again = subprocess.Popen(worker_cmd(job.id, store.root), env=worker_env(), stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
    try:
        wait_for(lambda: jobs.load_status(job.id).get("progress", {}).get("step", 0) > ckpt, timeout=180)
        status = jobs.load_status(job.id)
        assert f"resumed from checkpoint at step {ckpt}" in status["phases"]  # not from step 0
        record = jobs.load(job.id)
        record.cancel_requested = True  # stop the long run here
        jobs.save(record)
        assert again.wait(120) == 0
    finally:
        if again.poll() is None:
            again.kill()
            again.wait()
    assert jobs.load_status(job.id)["result"] == "cancelled"


def test_train_worker_runs_its_frozen_matmuls_in_int8_or_bf16_as_told(store, tiny_llama):
    """``--frozen-matmuls int8`` and ``bf16`` each train (and say which ran) to a close
    eval loss; ``auto`` is int8 exactly where this CPU has AVX-512 VNNI or AMX."""
    from botfarm.training import int8
    from trainhelpers import POSTS, publish_base, write_clean_dataset

    base = publish_base(store, tiny_llama, "base/tiny-llama")
    small = write_clean_dataset(store, train=POSTS)
    auto = "int8" if int8.fast_on_this_cpu() else "bf16"
    losses = {}
    for mode in ("int8", "bf16", "auto"):
        job = _new_job(store, small, base, max_steps=4)
        done = run_worker(job.id, store.root, "--frozen-matmuls", mode)
        assert done.returncode == 0, done.stderr
        said = [line for line in done.stderr.splitlines() if "frozen matmuls in" in line]
        assert len(said) == 1 and said[0].endswith(f"frozen matmuls in {auto if mode == 'auto' else mode}"), said
        losses[mode] = JobStore(store).load_status(job.id)["metrics"]["eval_loss_after"]
    assert losses["int8"] != losses["bf16"] and losses["int8"] == pytest.approx(losses["bf16"], rel=0.02)
    assert losses["auto"] == losses[auto]


def test_train_worker_reuses_the_frozen_layers_outputs_and_trains_the_same(store, tiny_llama):
    """Over three blocks an epoch, six steps reuse the first epoch's frozen-layer outputs
    in the second; ``--frozen-cache-mb 0`` recomputes them, to the same bits."""
    from trainhelpers import POSTS, publish_base, write_clean_dataset

    base = publish_base(store, tiny_llama, "base/tiny-llama")  # 2 layers: layer 0 is frozen
    small = write_clean_dataset(store, train=POSTS)
    losses = {}
    for budget in ("1", "0"):
        job = _new_job(store, small, base, max_steps=6)
        done = run_worker(job.id, store.root, "--frozen-cache-mb", budget)
        assert done.returncode == 0, done.stderr
        kept = [line for line in done.stderr.splitlines() if "frozen layers' outputs" in line]
        if budget == "1":
            assert len(kept) == 1 and "3 blocks kept" in kept[0] and "3 reused, 3 computed" in kept[0], kept
        else:
            assert not kept
        losses[budget] = JobStore(store).load_status(job.id)["metrics"]["eval_loss_after"]
    assert losses["1"] == losses["0"]
