"""A bot's generation defaults (its generation_config.json: the huggingtweets recipe)
against what a request says, on every API: the TGI client, the OpenAI SDK, gRPC. The bot
is a tiny GPT-2 set to write a new line about one token in eight (the recipe's cut is
then visible in every post); the same weights without the recipe are the control."""

from __future__ import annotations

import shutil

import pytest
from botfarm.core.errors import InvalidArgument
from botfarm.inference.defaults import GenerationDefaults
from botfarm.inference.sampling import Grammar, SamplingParams
from botfarm.registry.genconfig import write_recipe

RECIPE = GenerationDefaults(max_new_tokens=160, min_new_tokens=10, do_sample=True, temperature=1.0, top_p=0.95,
                            stop=("\n",))


def test_the_precedence_rule():
    # Built in Python (given None): as it is.
    p = SamplingParams(max_new_tokens=7)
    assert RECIPE.apply(p) is p
    # Nothing given: the bot's defaults.
    got = RECIPE.apply(SamplingParams(given=frozenset()))
    assert (got.max_new_tokens, got.min_new_tokens, got.do_sample, got.top_p, got.temperature, got.stop) == (
        160, 10, True, 0.95, 1.0, ("\n",))
    # Given values win, one by one.
    got = RECIPE.apply(SamplingParams(max_new_tokens=30, top_p=0.5, stop=("!",),
                                      given=frozenset({"max_new_tokens", "top_p", "stop"})))
    assert (got.max_new_tokens, got.top_p, got.stop, got.do_sample, got.min_new_tokens) == (30, 0.5, ("!",), True, 10)
    # Greedy asked for: none of the sampling defaults; the cut and the bounds stay.
    got = RECIPE.apply(SamplingParams(do_sample=False, given=frozenset({"do_sample"})))
    assert (got.sampling, got.top_p, got.stop, got.max_new_tokens) == (False, None, ("\n",), 160)
    # A grammar: no default stop nor minimum (JSON may need new lines).
    g = Grammar("json", '{"type": "object"}')
    got = RECIPE.apply(SamplingParams(grammar=g, given=frozenset()))
    assert (got.stop, got.min_new_tokens) == ((), 0)
    # The bot's minimum yields to the request's maximum; the request's own pair is left to validation.
    assert RECIPE.apply(SamplingParams(max_new_tokens=4, given=frozenset({"max_new_tokens"}))).min_new_tokens == 4
    own = RECIPE.apply(SamplingParams(max_new_tokens=4, min_new_tokens=9,
                                      given=frozenset({"max_new_tokens", "min_new_tokens"})))
    with pytest.raises(InvalidArgument):
        own.validate(100)


def test_defaults_read_from_generation_config(tiny_gpt2):
    from botfarm.registry.genconfig import newline_ids, recipe_config
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(tiny_gpt2)
    cfg = recipe_config(tok, {"eos_token_id": tok.eos_token_id, "top_k": 50})
    d = GenerationDefaults.from_generation_config(cfg, tok, {tok.eos_token_id})
    assert (d.max_new_tokens, d.min_new_tokens, d.do_sample, d.top_p, d.stop, d.top_k) == (
        160, 10, True, 0.95, ("\n",), 50)
    plain = GenerationDefaults.from_generation_config({"eos_token_id": tok.eos_token_id, "top_k": 50}, tok,
                                                      {tok.eos_token_id})
    assert plain == GenerationDefaults()  # a model's usual file: nothing to fill
    assert newline_ids(tok)


@pytest.fixture(scope="module")
def served(tmp_path_factory, tiny_gpt2):
    import torch
    from botfarm.core.store import LocalStore
    from botfarm.registry.core import Registry
    from botfarm.registry.genconfig import newline_ids
    from inference_server import serve_inference
    from transformers import AutoModelForCausalLM, AutoTokenizer

    root = tmp_path_factory.mktemp("defaults")
    chatty = root / "chatty"
    tok = AutoTokenizer.from_pretrained(tiny_gpt2)
    model = AutoModelForCausalLM.from_pretrained(tiny_gpt2)
    with torch.no_grad():
        model.transformer.ln_f.weight.zero_()
        model.transformer.ln_f.bias.zero_()
        model.transformer.ln_f.bias[0] = 4.0
        model.transformer.wte.weight[:, 0] = 0.0
        for i in newline_ids(tok):
            model.transformer.wte.weight[i, 0] = 1.0
    model.save_pretrained(chatty)
    tok.save_pretrained(chatty)
    recipe = root / "recipe"
    shutil.copytree(chatty, recipe)
    write_recipe(recipe, tok)
    reg = Registry(LocalStore(root / "store"), cache_dir=root / "cache")
    reg.publish("rin", recipe, method="full")
    reg.publish("plain", chatty, method="full")
    s = serve_inference(reg, max_total_tokens=256, max_concurrent_requests=16)
    yield s
    s.close()


def _one_line(text: str) -> bool:
    return "\n" not in text


def test_tgi_client_gets_the_bots_cut_and_its_own_values(served):
    from text_generation import Client

    rin = Client(f"{served.http}/bots/rin", timeout=60)
    for seed in range(4):
        r = rin.generate("My dream is", do_sample=True, max_new_tokens=160, seed=seed)
        # The client sends stop=[]: not given, so the bot's new-line stop ends the post.
        assert r.details.finish_reason == "stop_sequence" and r.generated_text.endswith("\n")
        assert _one_line(r.generated_text[:-1]) and r.details.generated_tokens >= 10
    # The client's explicit max_new_tokens (20 by default) wins over the bot's 160.
    short = rin.generate("My dream is", do_sample=True, max_new_tokens=12, seed=1)
    assert short.details.generated_tokens <= 12
    # The control: the same weights without the recipe run on over lines.
    plain = Client(f"{served.http}/bots/plain", timeout=60)
    long = plain.generate("My dream is", do_sample=True, max_new_tokens=60, seed=0)
    assert long.details.finish_reason == "length" and long.generated_text.count("\n") >= 2


def test_openai_completions_without_parameters_follow_the_bot(served):
    from openai import OpenAI

    client = OpenAI(base_url=f"{served.http}/v1", api_key="unused")
    r = client.completions.create(model="rin", prompt="My dream is", n=4, seed=3)
    assert len(r.choices) == 4
    for c in r.choices:
        assert c.finish_reason == "stop" and c.text.endswith("\n") and _one_line(c.text[:-1])
    assert r.usage.completion_tokens >= 4 * 10
    # Explicit values win: no stop, a token budget and a minimum of their own.
    r = client.completions.create(model="rin", prompt="My dream is", max_tokens=30, stop=None, seed=1,
                                  extra_body={"min_tokens": 30})
    assert r.choices[0].finish_reason == "length" and r.usage.completion_tokens == 30
    assert r.choices[0].text.count("\n") >= 1


def test_grpc_generate_follows_the_bot_unless_told(served):
    from botfarm.inference.v1 import inference_service_pb2 as pb
    from botfarm.inference.v1 import inference_service_pb2_grpc as pb_grpc

    stub = pb_grpc.InferenceServiceStub(served.channel)
    r = stub.Generate(pb.GenerateRequest(bot="rin", prompt="My dream is", parameters=pb.GenerationParameters(seed=5)))
    assert r.finish_reason == pb.FINISH_REASON_STOP_SEQUENCE and r.generated_tokens >= 10
    assert r.generated_text.endswith("\n") and _one_line(r.generated_text[:-1])
    # ignore_bot_defaults: TGI's defaults (greedy, 20 tokens, no stop).
    r = stub.Generate(pb.GenerateRequest(bot="rin", prompt="My dream is",
                                         parameters=pb.GenerationParameters(ignore_bot_defaults=True)))
    assert r.generated_tokens == 20 and r.finish_reason == pb.FINISH_REASON_LENGTH
    # do_sample=false set: greedy; min_new_tokens set: no stop before it.
    r = stub.Generate(pb.GenerateRequest(bot="rin", prompt="My dream is", parameters=pb.GenerationParameters(
        do_sample=False, min_new_tokens=25, max_new_tokens=25)))
    assert r.generated_tokens == 25 and r.finish_reason == pb.FINISH_REASON_LENGTH
