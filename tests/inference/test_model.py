"""Our forward pass (model.py + lora.py) against Hugging Face's and PEFT's logits, in
float32 so the comparison is tight."""

from __future__ import annotations

import pytest
import torch
from botfarm.inference.lora import LoraBank, load_adapter
from botfarm.inference.model import CausalLM
from transformers import AutoModelForCausalLM

PROMPTS = [[5, 17, 33, 2, 90, 41, 7], [11, 3, 250], [64, 65, 66, 67, 68]]


def _ours_step_by_step(lm, prompts, steps, lora_names=None, bank=None):
    """Prefill all prompts in one batch, then decode ``steps`` greedy tokens together;
    returns each row's logits at every step [rows, steps+1, vocab]."""
    cache = lm.new_cache(slots=len(prompts) + 1, max_len=64)
    T = max(map(len, prompts))
    tokens = torch.zeros(len(prompts), T, dtype=torch.long)
    for i, p in enumerate(prompts):
        tokens[i, :len(p)] = torch.tensor(p)
    lengths = torch.tensor([len(p) for p in prompts])
    # Put the rows in slots 1..n so the free slot 0 computes garbage that must not leak.
    slots = torch.arange(1, len(prompts) + 1)
    idx = [bank.index(n) if n else 0 for n in lora_names] if bank else None
    lb = bank.batch(idx) if bank else None
    out = [lm.prefill(tokens, lengths, slots, cache, lb)]
    pos = lengths.clone()
    for _ in range(steps):
        nxt = out[-1].argmax(-1)
        tok = torch.zeros(len(prompts) + 1, dtype=torch.long)
        positions = torch.zeros(len(prompts) + 1, dtype=torch.long)
        tok[1:], positions[1:] = nxt, pos
        lbd = bank.batch([0] + idx) if bank else None
        out.append(lm.decode(tok, positions, cache, lbd)[1:])
        pos += 1
    return torch.stack(out, 1)


def _hf_greedy(model, prompt, steps):
    ids = torch.tensor([prompt])
    logits = []
    with torch.no_grad():
        for _ in range(steps + 1):
            lg = model(ids).logits[0, -1]
            logits.append(lg)
            ids = torch.cat([ids, lg.argmax().view(1, 1)], 1)
    return torch.stack(logits)


@pytest.mark.parametrize("arch", ["tiny_llama", "tiny_gpt2"])
def test_forward_matches_hf_logits(arch, request):
    path = request.getfixturevalue(arch)
    lm = CausalLM.from_dir(path, torch.float32)
    hf = AutoModelForCausalLM.from_pretrained(path).eval()
    ours = _ours_step_by_step(lm, PROMPTS, steps=4)
    for i, p in enumerate(PROMPTS):
        ref = _hf_greedy(hf, p, 4)
        torch.testing.assert_close(ours[i], ref, atol=2e-4, rtol=1e-4)


def test_mixed_lora_rows_match_peft(tiny_llama, llama_loras):
    from peft import PeftModel

    lm = CausalLM.from_dir(tiny_llama, torch.float32)
    bank = LoraBank(lm)
    for p in llama_loras:
        bank.add(p.name, load_adapter(p, lm))
    names = [llama_loras[0].name, "", llama_loras[1].name]
    ours = _ours_step_by_step(lm, PROMPTS, steps=3, lora_names=names, bank=bank)
    base = AutoModelForCausalLM.from_pretrained(tiny_llama).eval()
    plain = _hf_greedy(base, PROMPTS[1], 3)
    torch.testing.assert_close(ours[1], plain, atol=2e-4, rtol=1e-4)
    for row, adapter in ((0, llama_loras[0]), (2, llama_loras[1])):
        peft = PeftModel.from_pretrained(AutoModelForCausalLM.from_pretrained(tiny_llama), adapter).eval()
        ref = _hf_greedy(peft, PROMPTS[row], 3)
        # The adapter really changes the output (else this test could not fail).
        assert not torch.allclose(ref[0], _hf_greedy(base, PROMPTS[row], 0)[0], atol=1e-2)
        torch.testing.assert_close(ours[row], ref, atol=3e-4, rtol=1e-4)


def test_adapter_for_other_base_is_refused(tiny_gpt2, llama_loras):
    from botfarm.core.errors import InvalidArgument

    lm = CausalLM.from_dir(tiny_gpt2, torch.float32)
    with pytest.raises(InvalidArgument):
        load_adapter(llama_loras[0], lm)


@pytest.mark.parametrize("tensor, keep", [("lora_A", slice(0, -1)), ("lora_B", None)])
def test_adapter_of_the_wrong_input_width_or_half_missing_is_refused(tiny_llama, llama_loras, tmp_path, tensor, keep):
    # Found here, on the request's thread, not when the engine copies it into its slot.
    import shutil

    from botfarm.core.errors import InvalidArgument
    from safetensors.torch import load_file, save_file

    bad = tmp_path / "bad"
    shutil.copytree(llama_loras[0], bad)
    f = bad / "adapter_model.safetensors"
    weights = load_file(str(f))
    key = next(k for k in sorted(weights) if tensor in k)
    if keep is None:
        del weights[key]
    else:
        weights[key] = weights[key][:, keep].contiguous()  # one input column short
    save_file(weights, str(f))
    with pytest.raises(InvalidArgument) as e:
        load_adapter(bad, CausalLM.from_dir(tiny_llama, torch.float32))
    assert e.value.reason == "ADAPTER_BASE_MISMATCH"


def test_unusual_attention_shapes_run_the_torch_path(tiny_llama, tmp_path):
    import json
    import shutil

    from botfarm.core.errors import InvalidArgument
    from botfarm.inference import forward, native

    assert native.supports(64, 32, 2) and not native.supports(320, 4, 4) and not native.supports(63, 4, 4)
    assert not native.supports(64, 34, 2) and not native.supports(64, 12, 8)
    odd = tmp_path / "odd"
    shutil.copytree(tiny_llama, odd)
    cfg = json.loads((odd / "config.json").read_text())
    cfg["num_key_value_heads"] = cfg["num_attention_heads"] + 1
    (odd / "config.json").write_text(json.dumps(cfg))
    with pytest.raises(InvalidArgument) as e:
        CausalLM.from_dir(odd, torch.float32)
    assert e.value.reason == "UNSUPPORTED_ARCHITECTURE"
    lm = CausalLM.from_dir(tiny_llama, torch.float32)
    want = native.supports(lm.shape.head_dim, lm.shape.heads, lm.shape.kv_heads) and native.load() is not None
    assert isinstance(lm.ops, forward.NativeOps) == want


def test_bf16_forward_stays_close_to_float32(tiny_llama):
    ref = _ours_step_by_step(CausalLM.from_dir(tiny_llama, torch.float32), PROMPTS, steps=2)
    lm = CausalLM.from_dir(tiny_llama, torch.bfloat16)
    ours = _ours_step_by_step(lm, PROMPTS, steps=2)
    # bf16 keeps ~3 significant digits; the greedy path may still diverge on a random model,
    # so compare the first step (the same prompt tokens for both).
    torch.testing.assert_close(ours[:, 0], ref[:, 0], atol=0.15, rtol=0.05)
