"""The per-row sampling steps against their references: typical decoding against
transformers' TypicalLogitsWarper, OpenAI's additive penalties, the logit bias, a
grammar mask, the top-n alternatives; and the float32 limits of the parameters."""

from __future__ import annotations

import pytest
import torch
from botfarm.core.errors import InvalidArgument
from botfarm.inference import processors
from botfarm.inference.sampling import SamplingParams, sample_rows


def test_typical_p_keeps_the_set_transformers_keeps():
    from transformers.generation.logits_process import TypicalLogitsWarper

    g = torch.Generator().manual_seed(0)
    for mass in (0.2, 0.5, 0.9):
        logits = torch.randn(64, generator=g) * 3
        kept = TypicalLogitsWarper(mass)(None, logits.unsqueeze(0))[0] > float("-inf")
        drawn = {processors.typical_draw(logits, 64, None, mass, u / 200) for u in range(200)}
        assert drawn <= set(torch.nonzero(kept).flatten().tolist())
        assert len(drawn) == int(kept.sum())  # 200 uniforms reach every kept token here


def test_penalties_bias_mask_and_top_tokens():
    logits = torch.zeros(2, 8)
    logits[:, 3] = 2.0
    params = [SamplingParams(frequency_penalty=1.0, presence_penalty=0.5, logit_bias=((5, 3.0),), top_n_tokens=2),
              SamplingParams(top_n_tokens=1)]
    out = processors.apply(logits, params, [None, None], [torch.tensor([3, 3, 1]), None],
                           [None, torch.tensor([True, False] * 4)])
    assert out[0, 3] == pytest.approx(2.0 - 2 * 1.0 - 0.5) and out[0, 1] == pytest.approx(-1.5)
    assert out[0, 5] == pytest.approx(3.0) and logits[0, 5] == 0  # a copy: the batch's logits stay
    assert torch.isinf(out[1, 1::2]).all() and out[1, 3] == float("-inf")
    tokens, logprobs, tops = sample_rows(logits, params, [torch.Generator()] * 2, [None, None],
                                         [torch.tensor([3, 3, 1]), None], [None, torch.tensor([True, False] * 4)])
    assert tokens == [5, 0] and tops[0][0][0] == 5 and len(tops[0]) == 2 and len(tops[1]) == 1
    assert tops[0][0][1] == pytest.approx(logprobs[0])


@pytest.mark.parametrize("params", [SamplingParams(top_p=1e-300), SamplingParams(temperature=1e-300),
                                    SamplingParams(typical_p=1e-40), SamplingParams(frequency_penalty=2.5),
                                    SamplingParams(top_n_tokens=21), SamplingParams(logit_bias=((9, 1.0),))])
def test_parameters_out_of_range_are_invalid(params):
    with pytest.raises(InvalidArgument):
        params.validate(100, vocab=8)


def test_a_tiny_temperature_samples_the_argmax_without_overflow():
    logits = torch.tensor([[100.0, 99.0, -50.0]])
    p = SamplingParams(do_sample=True, temperature=1e-35)
    tokens, logprobs, _ = sample_rows(logits, [p.validate(100)], [torch.Generator().manual_seed(1)], [None])
    assert tokens == [0] and logprobs[0] == pytest.approx(0.0)
