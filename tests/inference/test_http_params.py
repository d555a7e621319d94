"""Every parameter is implemented or refused with a 422 naming it: the refusals on the
TGI and OpenAI routes, and the implemented ones observed through the running service
(typical_p, penalties, top-n tokens, prompt log-probs against transformers, stop, n,
best_of, max_completion_tokens, logprobs, JSON-schema and regex grammars)."""

from __future__ import annotations

import json
import re

import pytest
import requests

GEN = "/bots/bot0/generate"
CHAT = "/v1/chat/completions"
MSGS = [{"role": "user", "content": "Coffee?"}]


def _post(server, path, body):
    return requests.post(server.http + path, json=body, timeout=120)


@pytest.mark.parametrize("path, body, name", [
    (GEN, {"inputs": "hi", "parameters": {"bogus": 1}}, "bogus"),
    (GEN, {"inputs": "hi", "parameters": {"watermark": True}}, "watermark"),
    (GEN, {"inputs": "hi", "bogus": 1}, "bogus"),
    (GEN, {"inputs": "hi", "parameters": {"best_of": 2, "do_sample": True, "seed": 1}}, "seed"),
    (GEN, {"inputs": "hi", "parameters": {"best_of": 2}}, "best_of"),
    ("/bots/bot0/generate_stream", {"inputs": "hi", "parameters": {"best_of": 2, "do_sample": True}}, "best_of"),
    (GEN, {"inputs": "hi", "parameters": {"grammar": {"type": "json", "value": "{not json"}}}, "grammar"),
    (GEN, {"inputs": "hi", "parameters": {"top_n_tokens": 50}}, "top_n_tokens"),
    (GEN, {"inputs": "hi", "parameters": {"frequency_penalty": 3}}, "frequency_penalty"),
    (GEN, {"inputs": "hi", "parameters": {"temperature": float("nan")}}, "temperature"),
    (CHAT, {"model": "bot0", "messages": MSGS, "bogus": 1}, "bogus"),
    (CHAT, {"model": "bot0", "messages": MSGS, "audio": {"voice": "alloy"}}, "audio"),
    (CHAT, {"model": "bot0", "messages": MSGS, "tools": [{"type": "function", "function": {"name": "f"}}]}, "tools"),
    (CHAT, {"model": "bot0", "messages": MSGS, "tool_choice": "required"}, "tool_choice"),
    (CHAT, {"model": "bot0", "messages": MSGS, "functions": [{"name": "f"}]}, "functions"),
    (CHAT, {"model": "bot0", "messages": MSGS, "top_logprobs": 2}, "top_logprobs"),
    (CHAT, {"model": "bot0", "messages": MSGS, "max_tokens": 5, "max_completion_tokens": 6}, "max_completion_tokens"),
    (CHAT, {"model": "bot0", "messages": MSGS, "response_format": {"type": "json_schema"}}, "response_format"),
    (CHAT, {"model": "bot0", "messages": MSGS, "logit_bias": {"99999": 1}}, "logit_bias"),
    (CHAT, {"model": "bot0", "messages": [{"role": "user", "content": [{"type": "image_url"}]}]}, "messages"),
    ("/v1/completions", {"model": "bot0", "prompt": "hi", "suffix": "!"}, "suffix"),
    ("/v1/completions", {"model": "bot0", "prompt": [1, 2, 3]}, "prompt"),
    ("/v1/completions", {"model": "bot0", "prompt": "hi", "logprobs": 6}, "logprobs"),
    ("/v1/completions", {"model": "bot0", "prompt": "hi", "n": 3, "best_of": 2}, "best_of"),
])
def test_unsupported_or_invalid_parameter_is_422_naming_it(server, path, body, name):
    r = requests.post(server.http + path, data=json.dumps(body), timeout=60,
                      headers={"Content-Type": "application/json"})
    assert r.status_code == 422, r.text
    message = r.json()["error"]["message"] if path.startswith("/v1/") else r.json()["error"]
    assert name in message, message


def test_sampling_parameters_change_what_is_drawn(server):
    def tokens(**p):
        r = _post(server, GEN, {"inputs": "My dream is", "parameters": {"max_new_tokens": 24, "details": True, **p}})
        assert r.status_code == 200, r.text
        return [t["id"] for t in r.json()["details"]["tokens"]]

    greedy = tokens()
    assert len(set(tokens(frequency_penalty=2.0))) > len(set(greedy))  # the tiny model loops without it
    presence = _post(server, "/v1/completions", {"model": "bot0", "prompt": "My dream is", "max_tokens": 24,
                                                 "temperature": 0, "presence_penalty": 2.0, "logprobs": 0}).json()
    greedy_text = _post(server, "/v1/completions", {"model": "bot0", "prompt": "My dream is", "max_tokens": 24,
                                                    "temperature": 0}).json()
    assert presence["choices"][0]["text"] != greedy_text["choices"][0]["text"]
    sampled = tokens(do_sample=True, seed=4)
    assert tokens(do_sample=True, seed=4, typical_p=0.2) != sampled
    assert tokens(do_sample=True, seed=4, typical_p=0.2) == tokens(do_sample=True, seed=4, typical_p=0.2)


def test_top_n_tokens_and_decoder_input_details_match_transformers(server, tiny_llama):
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    r = _post(server, "/bots/base/tiny/generate", {"inputs": "The quick brown fox", "parameters": {
        "max_new_tokens": 3, "details": True, "decoder_input_details": True, "top_n_tokens": 3}})
    d = r.json()["details"]
    tok = AutoTokenizer.from_pretrained(tiny_llama)
    ids = tok("The quick brown fox")["input_ids"]
    assert [t["id"] for t in d["prefill"]] == ids and d["prefill"][0]["logprob"] is None
    model = AutoModelForCausalLM.from_pretrained(tiny_llama).eval()
    with torch.no_grad():
        logp = torch.log_softmax(model(torch.tensor([ids])).logits[0], -1)
    want = [float(logp[i, ids[i + 1]]) for i in range(len(ids) - 1)]
    assert [t["logprob"] for t in d["prefill"][1:]] == pytest.approx(want, abs=1e-4)
    for chosen, top in zip(d["tokens"], d["top_tokens"], strict=True):
        assert len(top) == 3 and top[0]["id"] == chosen["id"]  # greedy: the likeliest
        assert top[0]["logprob"] == pytest.approx(chosen["logprob"], abs=1e-5)
        assert top[0]["logprob"] >= top[1]["logprob"] >= top[2]["logprob"]
    assert top[0]["logprob"] == pytest.approx(float(torch.log_softmax(
        model(torch.tensor([ids + [t["id"] for t in d["tokens"][:-1]]])).logits[0, -1], -1).max()), abs=1e-4)



def test_tokenize_gives_the_tokenizers_ids_and_offsets(server, tiny_llama):
    from transformers import AutoTokenizer

    text = "The quick brown fox, café 日本!"
    r = _post(server, "/bots/bot0/tokenize", {"inputs": text})  # a LoRA bot: its base's tokenizer
    assert r.status_code == 200, r.text
    want = AutoTokenizer.from_pretrained(tiny_llama)(text, add_special_tokens=True, return_offsets_mapping=True)
    got = r.json()
    assert [t["id"] for t in got] == want["input_ids"]
    assert [(t["start"], t["stop"]) for t in got] == [tuple(o) for o in want["offset_mapping"]]
    assert [t["text"] for t in got] == [text[a:b] for a, b in want["offset_mapping"]]


def _stop_in(text: str) -> str:
    """Two characters of ``text`` past its start that are whole characters: the tiny random
    model also emits byte tokens that never form UTF-8 (U+FFFD in the final text)."""
    match = re.search(r"[^\ufffd]{2}", text[1:])
    assert match, text
    return match.group()


def _cut_by_stop(plain: str, tokens: int, stopped: str, stopped_tokens: int, stop: str) -> None:
    """Greedy both times: the stopped text is the plain one cut just after the stop sequence
    (kept, as TGI keeps it), at fewer tokens."""
    assert stop in stopped and plain.startswith(stopped), (plain, stopped, stop)
    assert stopped_tokens < tokens


def test_stop_over_http_on_the_tgi_route_and_chat(server):
    params = {"max_new_tokens": 12, "do_sample": False, "details": True}
    plain = _post(server, GEN, {"inputs": "My dream is", "parameters": params}).json()
    stop = _stop_in(plain["generated_text"])
    stopped = _post(server, GEN, {"inputs": "My dream is", "parameters": {**params, "stop": [stop]}}).json()
    assert stopped["details"]["finish_reason"] == "stop_sequence", stopped
    _cut_by_stop(plain["generated_text"], plain["details"]["generated_tokens"], stopped["generated_text"],
                 stopped["details"]["generated_tokens"], stop)

    body = {"model": "bot0", "messages": MSGS, "max_completion_tokens": 12, "temperature": 0}
    whole = _post(server, CHAT, body).json()
    content = whole["choices"][0]["message"]["content"]
    stop = _stop_in(content)
    cut = _post(server, CHAT, {**body, "stop": [stop, "never-generated-9f3"]}).json()
    assert cut["choices"][0]["finish_reason"] == "stop", cut
    _cut_by_stop(content, whole["usage"]["completion_tokens"], cut["choices"][0]["message"]["content"],
                 cut["usage"]["completion_tokens"], stop)

def test_stop_n_best_of_and_max_completion_tokens(server):
    plain = _post(server, "/bots/base/tiny/generate", {"inputs": "My dream is", "parameters": {
        "max_new_tokens": 12}}).json()["generated_text"]
    stop = plain[3:6]
    stopped = _post(server, "/v1/completions", {"model": "base/tiny", "prompt": "My dream is", "max_tokens": 12,
                                                "temperature": 0, "stop": stop}).json()
    assert stopped["choices"][0]["finish_reason"] == "stop" and stop in stopped["choices"][0]["text"], (plain, stopped)
    chat = _post(server, CHAT, {"model": "bot0", "messages": MSGS, "n": 3, "seed": 9, "max_completion_tokens": 5,
                                "logprobs": True, "top_logprobs": 2}).json()
    assert [c["index"] for c in chat["choices"]] == [0, 1, 2]
    assert chat["usage"]["completion_tokens"] == sum(len(c["logprobs"]["content"]) for c in chat["choices"]) <= 15
    assert all(len(t["top_logprobs"]) == 2 for c in chat["choices"] for t in c["logprobs"]["content"])
    again = _post(server, CHAT, {"model": "bot0", "messages": MSGS, "n": 3, "seed": 9, "max_completion_tokens": 5})
    assert [c["message"]["content"] for c in again.json()["choices"]] == \
        [c["message"]["content"] for c in chat["choices"]]  # seed + i per choice: reproducible
    best = _post(server, GEN, {"inputs": "Coffee", "parameters": {"best_of": 3, "do_sample": True, "details": True,
                                                                   "max_new_tokens": 6}}).json()
    seqs = best["details"]["best_of_sequences"]
    assert len(seqs) == 2
    total = sum(t["logprob"] for t in best["details"]["tokens"])
    assert all(total >= sum(t["logprob"] for t in s["tokens"]) for s in seqs)
    echo = _post(server, "/v1/completions", {"model": "bot0", "prompt": "Coffee", "echo": True, "logprobs": 1,
                                             "max_tokens": 3, "temperature": 0}).json()["choices"][0]
    assert echo["text"].startswith("Coffee") and echo["logprobs"]["token_logprobs"][0] is None


def test_grammars_constrain_the_text(server):
    schema = {"type": "object", "properties": {"mood": {"enum": ["happy", "sad"]}}, "required": ["mood"],
              "additionalProperties": False}
    r = _post(server, GEN, {"inputs": "My mood:", "parameters": {
        "max_new_tokens": 40, "details": True, "grammar": {"type": "json", "value": schema}}}).json()
    assert json.loads(r["generated_text"]) in ({"mood": "happy"}, {"mood": "sad"})
    assert r["details"]["finish_reason"] == "eos_token"
    r = _post(server, GEN, {"inputs": "Year:", "parameters": {
        "max_new_tokens": 10, "do_sample": True, "grammar": {"type": "regex", "value": "[0-9]{4}"}}}).json()
    assert re.fullmatch("[0-9]{4}", r["generated_text"]), r
    chat = _post(server, CHAT, {"model": "bot1", "messages": MSGS, "max_tokens": 40, "temperature": 0,
                                "response_format": {"type": "json_schema",
                                                    "json_schema": {"name": "mood", "schema": schema}}}).json()
    assert json.loads(chat["choices"][0]["message"]["content"]) in ({"mood": "happy"}, {"mood": "sad"})
    plain = _post(server, CHAT, {"model": "bot1", "messages": MSGS, "max_tokens": 40, "temperature": 0}).json()
    assert plain["choices"][0]["message"]["content"] != chat["choices"][0]["message"]["content"]
