"""TGI's Messages API (``/v1/chat/completions``) on the running inference service: the
real text-generation 0.7.0 Client/AsyncClient ``chat`` and raw OpenAI-style requests,
against a real server (the ``server`` fixture) with tiny models from a real registry."""

from __future__ import annotations

import asyncio
import json
import shutil

import pytest
import requests
from text_generation import AsyncClient, Client
from text_generation.errors import NotFoundError, ValidationError
from text_generation.types import Message

# A ChatML-like template (what SmolLM2-Instruct's looks like); the tiny tokenizer has none.
TEMPLATE = ("{% for m in messages %}<|im_start|>{{ m['role'] }}\n{{ m['content'] }}<|im_end|>\n{% endfor %}"
            "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}")
MESSAGES = [{"role": "system", "content": "You post short tweets."}, {"role": "user", "content": "Coffee?"}]


def _fallback(messages) -> str:
    return "".join(f"{m['role']}: {m['content']}\n" for m in messages) + "assistant: "


def _generate(server, bot: str, prompt: str, **parameters) -> dict:
    r = requests.post(f"{server.http}/bots/{bot}/generate", timeout=60,
                      json={"inputs": prompt, "parameters": {"details": True, **parameters}})
    assert r.status_code == 200, r.text
    return r.json()


def _sse(resp) -> list[str]:
    return [line.decode()[len("data:"):].strip() for line in resp.iter_lines() if line.startswith(b"data:")]


@pytest.fixture()
def templ_bots(server, tiny_llama, llama_loras, tmp_path):
    """A base whose tokenizer has a chat template, and a LoRA bot on it (which renders with
    its base's tokenizer). Published while the server runs: references resolve per request."""
    from transformers import AutoTokenizer

    d = tmp_path / "templ"
    shutil.copytree(tiny_llama, d)
    tok = AutoTokenizer.from_pretrained(d)
    tok.chat_template = TEMPLATE
    tok.save_pretrained(d)
    server.registry.publish("base/templ", d, method="base")
    server.registry.publish("templlora", llama_loras[0], method="lora", base_model="base/templ")
    rendered = AutoTokenizer.from_pretrained(d).apply_chat_template(MESSAGES, tokenize=False,
                                                                    add_generation_prompt=True)
    assert rendered.endswith("<|im_start|>assistant\n") and "Coffee?" in rendered
    return rendered


def test_client_chat_equals_generate_on_fallback_prompt(server):
    client = Client(f"{server.http}/bots/bot0", timeout=60)
    msgs = [Message(**m) for m in MESSAGES]
    prompt = _fallback(MESSAGES)
    greedy = client.chat(messages=msgs, max_tokens=12, temperature=0, seed=3)
    want = _generate(server, "bot0", prompt, max_new_tokens=12)
    choice = greedy.choices[0]
    assert choice.message.role == "assistant"
    assert choice.message.content == want["generated_text"]
    assert choice.finish_reason == {"length": "length"}.get(want["details"]["finish_reason"], "stop")
    assert greedy.usage["completion_tokens"] == want["details"]["generated_tokens"] > 0
    assert greedy.model == "bot0" and greedy.object == "chat.completion"
    # No temperature: sampling at 1.0 (OpenAI's default), reproducible by seed.
    sampled = client.chat(messages=msgs, max_tokens=12, seed=5)
    assert sampled.choices[0].message.content == _generate(server, "bot0", prompt, max_new_tokens=12,
                                                           do_sample=True, seed=5)["generated_text"]
    # Streaming with the same client: the pieces add up to the same answer.
    chunks = list(client.chat(messages=msgs, max_tokens=12, temperature=0, stream=True))
    assert len(chunks) > 1
    assert "".join(c.choices[0].delta.content or "" for c in chunks) == choice.message.content
    assert [c.choices[0].finish_reason for c in chunks[:-1]] == [None] * (len(chunks) - 1)
    assert chunks[-1].choices[0].finish_reason == choice.finish_reason
    assert all(c.object == "chat.completion.chunk" and c.id == chunks[0].id for c in chunks)


def test_chat_template_plain_route_and_done_line(server, templ_bots):
    rendered = templ_bots
    for bot in ("base/templ", "templlora"):
        body = {"model": bot, "messages": MESSAGES, "max_tokens": 10, "temperature": 0}
        r = requests.post(f"{server.http}/v1/chat/completions", json=body, timeout=60)
        assert r.status_code == 200, r.text
        content = r.json()["choices"][0]["message"]["content"]
        assert content == _generate(server, bot, rendered, max_new_tokens=10)["generated_text"]
        assert r.headers["x-model-version"] == f"models/{bot}/versions/1"
        # Raw OpenAI-style stream: chunks, then `data: [DONE]` (any model name but "tgi").
        with requests.post(f"{server.http}/v1/chat/completions", json={**body, "stream": True},
                           stream=True, timeout=60) as s:
            assert s.status_code == 200 and s.headers["content-type"].startswith("text/event-stream")
            events = _sse(s)
        assert events[-1] == "[DONE]"
        chunks = [json.loads(e) for e in events[:-1]]
        assert "".join(c["choices"][0]["delta"]["content"] for c in chunks) == content
        assert chunks[-1]["choices"][0]["finish_reason"] in ("stop", "length")
    # The LoRA bot's answer is its own (the adapter changes the output), on the same prompt.
    base = _generate(server, "base/templ", rendered, max_new_tokens=10)["details"]["tokens"]
    lora = _generate(server, "templlora", rendered, max_new_tokens=10)["details"]["tokens"]
    assert [t["id"] for t in base] != [t["id"] for t in lora]


def test_async_client_chat(server):
    async def run():
        client = AsyncClient(f"{server.http}/bots/fullbot", timeout=60)
        msgs = [Message(role="user", content="The quick brown fox")]
        full = await client.chat(messages=msgs, max_tokens=8, seed=11, temperature=0.7)
        pieces = [c.choices[0].delta.content async for c in
                  await client.chat(messages=msgs, max_tokens=8, seed=11, temperature=0.7, stream=True)]
        return full, pieces

    full, pieces = asyncio.run(run())
    want = _generate(server, "fullbot", "user: The quick brown fox\nassistant: ", max_new_tokens=8,
                     do_sample=True, temperature=0.7, seed=11)
    assert full.choices[0].message.content == want["generated_text"] == "".join(pieces)
    assert full.usage["prompt_tokens"] > 0


def test_chat_bad_input(server):
    client = Client(f"{server.http}/bots/bot0", timeout=60)
    with pytest.raises(ValidationError, match="messages"):
        client.chat(messages=[])
    with pytest.raises(ValidationError, match="role"):
        client.chat(messages=[Message(role="wizard", content="hi")])
    with pytest.raises(ValidationError, match="logit_bias"):  # TGI's list form; OpenAI's map is served
        client.chat(messages=[Message(role="user", content="hi")], logit_bias=[0.5])
    with pytest.raises(ValidationError, match="max_new_tokens"):
        client.chat(messages=[Message(role="user", content="hi")], max_tokens=100000)
    with pytest.raises(NotFoundError):
        Client(f"{server.http}/bots/nobody", timeout=60).chat(messages=[Message(role="user", content="hi")])

    url = f"{server.http}/v1/chat/completions"
    cases = [
        ({"model": "tgi", "messages": MESSAGES}, 422, "validation"),    # no default bot configured
        ({"messages": MESSAGES}, 422, "validation"),
        ({"model": "bot0", "messages": [{"role": "user"}]}, 422, "validation"),
        ({"model": "bot0", "messages": MESSAGES, "temperature": -1}, 422, "validation"),
        ({"model": "bot0", "messages": MESSAGES, "n": 9}, 422, "validation"),
        ({"model": "bot0", "messages": MESSAGES, "stop": 3}, 422, "validation"),
        ({"model": "nobody", "messages": MESSAGES}, 404, "not_found"),
        ({"model": "nobody", "messages": MESSAGES, "stream": True}, 404, "not_found"),  # before any event
    ]
    for body, status, error_type in cases:
        r = requests.post(url, json=body, timeout=60)
        assert (r.status_code, r.json()["error_type"]) == (status, error_type), body
        assert r.json()["error"]["message"] and r.json()["error"]["type"]  # OpenAI's error object
    r = requests.post(url, data=b"{not json", timeout=60)
    assert r.status_code == 422
    # The server still answers after all that.
    assert client.chat(messages=[Message(role="user", content="hi")], max_tokens=3).choices[0].finish_reason


def test_chat_overloaded_is_429(server):
    from botfarm.inference.v1 import inference_service_pb2 as pb
    from botfarm.inference.v1 import inference_service_pb2_grpc as pb_grpc
    from text_generation.errors import OverloadedError

    stub = pb_grpc.InferenceServiceStub(server.channel)
    calls = [stub.GenerateStream(pb.GenerateStreamRequest(
        bot="bot0", prompt="My dream is", parameters=pb.GenerationParameters(max_new_tokens=240)))
        for _ in range(3)]  # max_concurrent_requests=3
    try:
        for c in calls:
            next(c)  # admitted and generating
        with pytest.raises(OverloadedError):
            Client(f"{server.http}/bots/bot0", timeout=30).chat(messages=[Message(role="user", content="hi")])
        r = requests.post(f"{server.http}/v1/chat/completions", timeout=30,
                          json={"model": "bot0", "messages": MESSAGES, "stream": True})
        assert (r.status_code, r.json()["error_type"]) == (429, "overloaded")
        assert r.json()["error"]["type"] == "rate_limit_error"
    finally:
        for c in calls:
            c.cancel()
