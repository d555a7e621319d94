"""A bot's generation defaults (its generation_config.json: the huggingtweets recipe)
against what a request says, on every API: the TGI client, the OpenAI SDK, gRPC. The bot
is a tiny GPT-2 set to write a new line about one token in eight (the recipe's cut is
then visible in every post); the same weights without the recipe are the control."""

from __future__ import annotations

import json
import shutil

import pytest
from botfarm.core.errors import InvalidArgument
from botfarm.inference.defaults import GenerationDefaults
from botfarm.inference.sampling import Grammar, SamplingParams
from botfarm.registry.genconfig import write_recipe

RECIPE = GenerationDefaults(max_new_tokens=160, min_new_tokens=10, do_sample=True, temperature=1.0, top_p=0.95,
                            stop=("\n",))
NARROW_TOP_P = 0.2


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
    from botfarm.core.store import LocalStore
    from botfarm.registry.core import Registry
    from inference_server import serve_inference
    from tinymodels import build_chatty_gpt2
    from transformers import AutoTokenizer

    root = tmp_path_factory.mktemp("defaults")
    chatty = build_chatty_gpt2(tiny_gpt2, root / "chatty")
    tok = AutoTokenizer.from_pretrained(chatty)
    recipe = root / "recipe"
    shutil.copytree(chatty, recipe)
    write_recipe(recipe, tok)
    reg = Registry(LocalStore(root / "store"), cache_dir=root / "cache")
    reg.publish("rin", recipe, method="full")
    narrow = root / "narrow"  # the recipe with a top-p of its own, so that its effect shows
    shutil.copytree(recipe, narrow)
    cfg = json.loads((narrow / "generation_config.json").read_text())
    (narrow / "generation_config.json").write_text(json.dumps({**cfg, "top_p": NARROW_TOP_P}))
    reg.publish("narrow", narrow, method="full")
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


def test_the_generate_command_follows_the_bot_unless_told(served, capsys):
    """`botfarm generate` (the real CLI, in this process) sets nothing the user did not:
    the bot's recipe decides (one line, 10 to 160 tokens, the bot's top-p: its posts equal
    gRPC requests that name that top-p and differ from ones with top-p 1); a flag wins over
    the bot's value; --no-bot-defaults gives TGI's defaults."""
    from botfarm.cli import main as botfarm_main
    from botfarm.inference.v1 import inference_service_pb2 as pb
    from botfarm.inference.v1 import inference_service_pb2_grpc as pb_grpc

    stub = pb_grpc.InferenceServiceStub(served.channel)

    def grpc_text(bot: str, seed: int, **params) -> str:
        return stub.Generate(pb.GenerateRequest(bot=bot, prompt="My dream is", parameters=pb.GenerationParameters(
            seed=seed, **params))).generated_text

    def cli(bot: str, *flags: str) -> tuple[str, str]:
        code = botfarm_main(["generate", bot, "My dream is", *flags, "--server", served.grpc_addr])
        out = capsys.readouterr()
        assert code == 0, out.err
        return out.out.removeprefix("My dream is")[:-1], out.err  # the post, without print's new line

    seeds = range(4)
    for seed in seeds:
        post, err = cli("rin", "--seed", str(seed))
        assert post.endswith("\n") and _one_line(post[:-1])  # one post, cut at its first new line
        assert post == grpc_text("rin", seed, top_p=RECIPE.top_p)
        tokens = int(err.rsplit(", ", 1)[1].split()[0])
        assert RECIPE.min_new_tokens <= tokens <= RECIPE.max_new_tokens
    narrow = [cli("narrow", "--seed", str(seed))[0] for seed in seeds]
    assert narrow == [grpc_text("narrow", s, top_p=NARROW_TOP_P) for s in seeds]
    assert narrow != [grpc_text("narrow", s, top_p=1.0) for s in seeds]
    assert cli("narrow", "--seed", "1", "--top-p", "1")[0] == grpc_text("narrow", 1, top_p=1.0)

    # --no-bot-defaults: TGI's 20 tokens, sampled, no cut at the new line.
    post, err = cli("rin", "--seed", "2", "--no-bot-defaults")
    assert post == grpc_text("rin", 2, ignore_bot_defaults=True, do_sample=True)
    assert err.strip().endswith(", 20 tokens)")
    assert any(not _one_line(cli("rin", "--seed", str(s), "--no-bot-defaults")[0]) for s in seeds)
