"""The lean training forward (training/lean.py) and its head loss (training/headloss.py):
the same loss, gradients and logits as PEFT's LoRA model over transformers' Llama, the
same adapter files from a worker run either way."""

from __future__ import annotations

import pytest
import torch
import torch.nn.functional as F
from botfarm.training import headloss, lean


def _inputs(n=37, d=24, vocab=101, seed=0, dtype=torch.float32):
    g = torch.Generator().manual_seed(seed)
    h = torch.randn(n, d, generator=g).to(dtype)
    w = (torch.randn(vocab, d, generator=g) * 0.5).to(dtype)
    target = torch.randint(0, vocab, (n,), generator=g)
    return h, w, target


@pytest.mark.parametrize("chunk_rows", [1, 8, 37, 512])
def test_chunked_head_loss_equals_the_plain_loss_and_its_gradient(chunk_rows):
    h, w, target = _inputs()
    target[[3, 20]] = headloss.IGNORE_INDEX  # unscored tokens weigh nothing
    plain_h = h.clone().requires_grad_()
    plain = F.cross_entropy(plain_h @ w.t(), target, ignore_index=headloss.IGNORE_INDEX)
    plain.backward(torch.tensor(3.0))
    ours_h = h.clone().requires_grad_()
    ours = headloss.linear_cross_entropy(ours_h, w, target, chunk_rows)
    ours.backward(torch.tensor(3.0))
    assert ours.dtype == torch.float32 and ours.item() == pytest.approx(plain.item(), rel=1e-5)
    torch.testing.assert_close(ours_h.grad, plain_h.grad, rtol=1e-5, atol=1e-7)
    assert ours_h.grad[[3, 20]].abs().max() == 0


def test_head_loss_in_bf16_follows_autocast_to_rounding():
    h, w, target = _inputs(n=64, d=32, vocab=300, dtype=torch.bfloat16)
    ref_h = h.clone().requires_grad_()
    with torch.autocast("cpu", dtype=torch.bfloat16):
        ref = F.cross_entropy((ref_h @ w.t()).float(), target)  # transformers' loss under autocast
    ref.backward()
    ours_h = h.clone().requires_grad_()
    ours = headloss.linear_cross_entropy(ours_h, w, target, 16)
    ours.backward()
    assert ours.item() == pytest.approx(ref.item(), abs=2e-3)
    rel = (ours_h.grad.float() - ref_h.grad.float()).norm() / ref_h.grad.float().norm()
    assert ours_h.grad.dtype == torch.bfloat16 and rel < 2e-2


def test_head_loss_refuses_a_trainable_head():
    h, w, target = _inputs()
    with pytest.raises(ValueError, match="frozen"):
        headloss.linear_cross_entropy(h, w.requires_grad_(), target)


def _peft_llama(path, lora_layers=None, targets=None, seed=0, dtype=torch.float32, **lora):
    from botfarm.training.modeling import LORA_TARGETS
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    model = AutoModelForCausalLM.from_pretrained(path, dtype=dtype)
    torch.manual_seed(seed)
    model = get_peft_model(model, LoraConfig(**{"r": 4, "lora_alpha": 8, **lora},
                                             target_modules=targets or LORA_TARGETS["llama"],
                                             layers_to_transform=lora_layers, task_type="CAUSAL_LM"))
    with torch.no_grad():  # B starts at zero in PEFT: give the adapters something to add
        for name, p in model.named_parameters():
            if "lora_B" in name:
                p.normal_(0, 0.3)
    model.train()
    return model


def _loss_and_grads(model, params, ids):
    for p in params:
        p.grad = None
    loss = model(input_ids=ids, labels=ids).loss
    loss.backward()
    return loss.detach(), [p.grad.clone() for p in params]


@pytest.mark.parametrize("lora_layers, targets, lora", [
    (None, None, {}), ([1], None, {}),
    # Some projections of a fused group without an adapter, per-module ranks and scales.
    (None, ["q_proj", "v_proj", "up_proj"], {"rank_pattern": {"v_proj": 2}, "alpha_pattern": {"q_proj": 3}})])
def test_lean_forward_matches_peft_loss_gradients_and_logits(tiny_llama, lora_layers, targets, lora):
    model = _peft_llama(tiny_llama, lora_layers, targets, **lora)
    params = [p for p in model.parameters() if p.requires_grad]
    ids = torch.randint(0, model.config.vocab_size, (3, 40), generator=torch.Generator().manual_seed(1))
    ref_loss, ref_grads = _loss_and_grads(model, params, ids)
    with torch.no_grad():
        ref_logits = model(input_ids=ids).logits

    fast = lean.LeanLlama(model)
    assert fast.first_adapted == (0 if lora_layers is None else 1)
    assert {id(p) for p in fast.parameters()} == {id(p) for p in params}  # the PEFT tensors themselves
    loss, grads = _loss_and_grads(fast, params, ids)
    assert loss.item() == pytest.approx(ref_loss.item(), rel=1e-5)
    for g, ref in zip(grads, ref_grads, strict=True):
        torch.testing.assert_close(g, ref, rtol=1e-4, atol=1e-6)
    with torch.no_grad():
        torch.testing.assert_close(fast(input_ids=ids).logits, ref_logits, rtol=1e-4, atol=1e-5)
        # The PEFT model still computes as before: its base weights are views of the fused ones.
        torch.testing.assert_close(model(input_ids=ids).logits, ref_logits)


def test_long_blocks_take_sdpa_with_the_same_loss_and_gradients(tiny_llama, monkeypatch):
    """Past EAGER_MAX_SEQ tokens (whose eager scores would grow with seq^2) attention is
    SDPA's: the same loss and adapter gradients as PEFT's."""
    model = _peft_llama(tiny_llama)
    params = [p for p in model.parameters() if p.requires_grad]
    ids = torch.randint(0, model.config.vocab_size, (2, 40), generator=torch.Generator().manual_seed(4))
    ref_loss, ref_grads = _loss_and_grads(model, params, ids)
    sdpa = []
    real = lean.F.scaled_dot_product_attention
    monkeypatch.setattr(lean.F, "scaled_dot_product_attention", lambda *a, **k: sdpa.append(1) or real(*a, **k))
    monkeypatch.setattr(lean, "EAGER_MAX_SEQ", 16)
    loss, grads = _loss_and_grads(lean.LeanLlama(model), params, ids)
    assert sdpa  # the long block went through SDPA
    assert loss.item() == pytest.approx(ref_loss.item(), rel=1e-5)
    for g, ref in zip(grads, ref_grads, strict=True):
        torch.testing.assert_close(g, ref, rtol=1e-4, atol=1e-6)


@pytest.mark.parametrize("seq, parts", [(40, 2), (40, 4), (41, 2), (20, 2)])
def test_attention_in_causal_parts_gives_the_same_loss_and_gradients(tiny_llama, monkeypatch, seq, parts):
    """The eager attention of a block split into parts of its queries, each against the
    keys up to its own last position, computes what the whole block's masked attention
    does; a block that is too short, or not a multiple of the parts, is not split."""
    model = _peft_llama(tiny_llama)
    params = [p for p in model.parameters() if p.requires_grad]
    ids = torch.randint(0, model.config.vocab_size, (3, seq), generator=torch.Generator().manual_seed(5))
    monkeypatch.setattr(lean, "CAUSAL_SPLIT_MIN_SEQ", 10**6)
    whole_loss, whole_grads = _loss_and_grads(lean.LeanLlama(model), params, ids)
    monkeypatch.setattr(lean, "CAUSAL_SPLIT_MIN_SEQ", 32)
    monkeypatch.setattr(lean, "CAUSAL_PARTS", parts)
    fast = lean.LeanLlama(model)
    attended = []
    real = fast._attend
    monkeypatch.setattr(fast, "_attend", lambda q, *a: attended.append(q.shape[2]) or real(q, *a))
    loss, grads = _loss_and_grads(fast, params, ids)
    layers = len(fast.layers)
    split = seq >= 32 and seq % parts == 0
    assert attended == ([seq // parts] * parts if split else [seq]) * layers
    assert loss.item() == pytest.approx(whole_loss.item(), rel=1e-6)
    for g, ref in zip(grads, whole_grads, strict=True):
        torch.testing.assert_close(g, ref, rtol=1e-5, atol=1e-7)


def _frozen_calls(fast, monkeypatch) -> list[int]:
    """The number of blocks each computation of ``fast``'s frozen layers ran over."""
    calls: list[int] = []
    bottom = fast._bottom
    monkeypatch.setattr(fast, "_bottom", lambda ids: calls.append(ids.shape[0]) or bottom(ids))
    return calls


def test_frozen_layers_output_is_kept_per_block_and_reused_with_the_same_loss_and_gradients(tiny_llama,
                                                                                           monkeypatch):
    """Blocks seen before skip the frozen layers (in any order, beside new ones in one
    batch, a new one twice in a batch) and train exactly as if those layers ran again."""
    model = _peft_llama(tiny_llama, lora_layers=[1])
    params = [p for p in model.parameters() if p.requires_grad]
    g = torch.Generator().manual_seed(5)
    ids = torch.randint(0, model.config.vocab_size, (6, 24), generator=g)
    plain, cached = lean.LeanLlama(model), lean.LeanLlama(model, frozen_cache_bytes=1 << 20)
    assert plain.frozen_cache is None and cached.first_adapted == 1
    calls = _frozen_calls(cached, monkeypatch)
    cache = cached.frozen_cache
    for batch, computed in ((ids[:3], [3]), (ids[[2, 4, 0]], [1]), (ids[[4, 1, 3, 0]], [1]), (ids[[1, 0]], []),
                            (ids[[5, 2, 5]], [2])):
        calls.clear()
        ref_loss, ref_grads = _loss_and_grads(plain, params, batch)
        loss, grads = _loss_and_grads(cached, params, batch)
        assert calls == computed  # only the blocks not seen before ran the frozen layers
        assert loss.item() == pytest.approx(ref_loss.item(), rel=1e-6)
        for got, ref in zip(grads, ref_grads, strict=True):
            torch.testing.assert_close(got, ref, rtol=1e-5, atol=1e-7)
    assert (len(cache.entries), cache.hits, cache.misses) == (6, 8, 7)
    assert cache.bytes == 6 * 24 * model.config.hidden_size * 4  # fp32 rows, one [24, hidden] a block


def test_frozen_cache_keeps_no_more_than_its_budget(tiny_llama, monkeypatch):
    model = _peft_llama(tiny_llama, lora_layers=[1])
    block_bytes = 16 * model.config.hidden_size * 4
    fast = lean.LeanLlama(model, frozen_cache_bytes=2 * block_bytes + 1)
    calls = _frozen_calls(fast, monkeypatch)
    ids = torch.randint(0, model.config.vocab_size, (4, 16), generator=torch.Generator().manual_seed(6))
    with torch.no_grad():
        first = fast(input_ids=ids, labels=ids).loss
        again = fast(input_ids=ids, labels=ids).loss
    assert fast.frozen_cache.bytes == 2 * block_bytes and len(fast.frozen_cache.entries) == 2
    assert calls == [4, 2]  # the two blocks past the budget ran again
    assert again.item() == pytest.approx(first.item(), rel=1e-6)
    # Nothing to keep when every layer has an adapter: the stream starts at the embedding.
    assert lean.LeanLlama(_peft_llama(tiny_llama), frozen_cache_bytes=1 << 20).frozen_cache is None


def test_trainer_keeps_the_peft_model_when_lean_would_leave_a_parameter_untrained(tiny_llama):
    """A LoRA on the head (or a trainable bias) is something the lean forward does not
    compute: the training step stays the PEFT model's rather than publish it untrained."""
    from botfarm.training import modeling

    plain = _peft_llama(tiny_llama)
    assert isinstance(modeling.trainer(plain, "lora"), lean.LeanLlama)
    assert modeling.trainer(plain, "lora", lean_forward=False) is plain
    with_head = _peft_llama(tiny_llama, targets=["q_proj", "v_proj", "lm_head"])
    assert modeling.trainer(with_head, "lora") is with_head


def test_lean_forward_in_bf16_is_as_close_to_fp32_as_peft_under_autocast(tiny_llama):
    ids = torch.randint(0, 384, (2, 64), generator=torch.Generator().manual_seed(2))
    exact = _peft_llama(tiny_llama)
    exact_params = [p for p in exact.parameters() if p.requires_grad]
    ref_loss, ref_grads = _loss_and_grads(exact, exact_params, ids)

    def error(model):
        params = [p for p in model.parameters() if p.requires_grad]
        with torch.autocast("cpu", dtype=torch.bfloat16):
            loss, grads = _loss_and_grads(model, params, ids)
        rel = max(((g - r).norm() / r.norm()).item() for g, r in zip(grads, ref_grads, strict=True))
        return abs(loss.item() - ref_loss.item()), rel

    peft_model = _peft_llama(tiny_llama)
    peft_model.base_model.model.to(torch.bfloat16)
    for p in peft_model.parameters():
        if p.requires_grad:
            p.data = p.data.float()
    peft_loss_err, peft_grad_err = error(peft_model)
    lean_loss_err, lean_grad_err = error(lean.LeanLlama(peft_model))
    assert lean_loss_err < max(2 * peft_loss_err, 0.01)
    assert lean_grad_err < max(2 * peft_grad_err, 0.02)


def test_lean_forward_applies_only_to_what_it_computes_exactly(tiny_llama, tiny_gpt2):
    from botfarm.training.modeling import LORA_TARGETS
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    assert lean.supports(_peft_llama(tiny_llama))
    gpt2 = get_peft_model(AutoModelForCausalLM.from_pretrained(tiny_gpt2), LoraConfig(
        r=4, target_modules=LORA_TARGETS["gpt2"], task_type="CAUSAL_LM", fan_in_fan_out=True))
    assert not lean.supports(gpt2)
    assert not lean.supports(AutoModelForCausalLM.from_pretrained(tiny_llama))  # full fine-tuning
    dropout = get_peft_model(AutoModelForCausalLM.from_pretrained(tiny_llama), LoraConfig(
        r=4, lora_dropout=0.1, target_modules=LORA_TARGETS["llama"], task_type="CAUSAL_LM"))
    assert not lean.supports(dropout)


def test_a_worker_run_publishes_the_same_peft_adapter_with_or_without_the_lean_forward(store, tiny_llama,
                                                                                        tmp_path, monkeypatch):
    from botfarm.registry.core import Registry
    from botfarm.training import lean
    from botfarm.training.manager import JobManager
    from botfarm.training.worker import WorkerConfig, run
    from peft import PeftModel
    from safetensors.torch import load_file
    from trainhelpers import FAST_HP, POSTS, publish_base, write_clean_dataset
    from transformers import AutoModelForCausalLM

    base = publish_base(store, tiny_llama, "base/tiny-llama")
    registry = Registry(store)
    # Three 32-token blocks an epoch: six steps are two epochs, the second one over the
    # frozen layer's kept outputs.
    small = write_clean_dataset(store, train=POSTS)
    folders = {}
    steps: list[str] = []  # which run's training steps went through the lean forward
    models: list[lean.LeanLlama] = []
    forward = lean.LeanLlama.forward
    monkeypatch.setattr(lean.LeanLlama, "forward", lambda self, *a, **k: steps.append(current[0]) or
                        models.append(self) or forward(self, *a, **k))
    current = [""]
    for name, lean_forward in (("viapeft", False), ("vialean", True)):
        current[0] = name
        job = JobManager(store, {"local": None}).create(model=name, clean_dataset=small, base_model=base,
                                                        hyperparameters={**FAST_HP, "max_steps": 6})
        # fp32: the two forwards then agree to float rounding, step after step.
        assert run(store, WorkerConfig(job_id=job.id, bf16=False, lean_forward=lean_forward)) == 0
        folders[name] = registry.download(registry.resolve(name), tmp_path / name)
    assert set(steps) == {"vialean"} and len(steps) >= 6  # every step of that run, none of the other's
    cache = models[-1].frozen_cache
    assert (cache.misses, cache.hits) == (3, 3)  # the second epoch's blocks skipped the frozen layer
    peft_w, lean_w = (load_file(str(folders[n] / "adapter_model.safetensors")) for n in ("viapeft", "vialean"))
    assert {k: v.shape for k, v in lean_w.items()} == {k: v.shape for k, v in peft_w.items()}
    for key, value in lean_w.items():
        torch.testing.assert_close(value, peft_w[key], rtol=1e-3, atol=1e-5)
    assert any(v.abs().max() > 0 for k, v in lean_w.items() if "lora_B" in k)  # it trained

    ids = torch.randint(0, 384, (1, 32), generator=torch.Generator().manual_seed(3))
    logits = {}
    for name, folder in folders.items():
        model = PeftModel.from_pretrained(AutoModelForCausalLM.from_pretrained(tiny_llama), folder)
        with torch.no_grad():
            logits[name] = model(input_ids=ids).logits
    torch.testing.assert_close(logits["vialean"], logits["viapeft"], rtol=1e-3, atol=1e-4)
