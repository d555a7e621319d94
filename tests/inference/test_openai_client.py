"""The OpenAI routes with the real ``openai`` SDK (``OpenAI(base_url=.../v1, api_key=...)``):
models.list from the registry (and its pagination over raw HTTP), completions, chat,
streaming with usage, the OpenAI error shapes."""

from __future__ import annotations

import pytest
import requests
from openai import NotFoundError, OpenAI, UnprocessableEntityError


@pytest.fixture()
def client(server):
    return OpenAI(base_url=f"{server.http}/v1", api_key="unused-without-auth", max_retries=0, timeout=120)


def test_models_are_the_registry_bots_paginated(server, client):
    ids = {m.id for m in client.models.list()}
    assert ids == {"base/tiny", "bot0", "bot1", "bot2", "fullbot"}
    assert client.models.retrieve("bot1").id == "bot1"
    with pytest.raises(NotFoundError):
        client.models.retrieve("nobody")
    seen, token = [], ""
    while True:
        page = requests.get(f"{server.http}/v1/models", params={"page_size": 2, "page_token": token}, timeout=30).json()
        assert len(page["data"]) <= 2 and page["has_more"] == bool(page["next_page_token"])
        seen += [m["id"] for m in page["data"]]
        token = page["next_page_token"]
        if not token:
            break
    assert sorted(seen) == sorted(ids)
    bad = requests.get(f"{server.http}/v1/models", params={"page_token": "garbage"}, timeout=30)
    assert bad.status_code == 422 and bad.json()["error"]["code"] == "invalid_page_token"


def test_completions_and_chat(client):
    c = client.completions.create(model="bot0", prompt="My dream is", max_tokens=6, temperature=0)
    assert c.object == "text_completion" and c.choices[0].finish_reason in ("length", "stop")
    assert c.usage.completion_tokens <= 6 and c.usage.prompt_tokens > 0
    two = client.completions.create(model="bot0", prompt=["My dream is", "Coffee"], max_tokens=4, temperature=0)
    assert [ch.index for ch in two.choices] == [0, 1] and two.choices[0].text == c.choices[0].text[:len(
        two.choices[0].text)]
    chat = client.chat.completions.create(model="bot1", messages=[{"role": "user", "content": "Coffee?"}],
                                          max_completion_tokens=5, seed=3, logprobs=True, top_logprobs=1)
    assert chat.choices[0].message.role == "assistant" and chat.usage.completion_tokens <= 5
    assert chat.choices[0].logprobs.content and chat.choices[0].logprobs.content[0].top_logprobs
    with pytest.raises(UnprocessableEntityError) as e:
        client.chat.completions.create(model="bot1", messages=[{"role": "user", "content": "x"}],
                                       extra_body={"bogus": 1})
    assert "bogus" in str(e.value)
    with pytest.raises(NotFoundError):
        client.chat.completions.create(model="nobody", messages=[{"role": "user", "content": "x"}])


def test_streams_with_usage(client):
    whole = client.chat.completions.create(model="fullbot", messages=[{"role": "user", "content": "Hi"}],
                                           max_tokens=8, temperature=0)
    chunks = list(client.chat.completions.create(
        model="fullbot", messages=[{"role": "user", "content": "Hi"}], max_tokens=8, temperature=0, stream=True,
        stream_options={"include_usage": True}))
    assert chunks[-1].choices == [] and chunks[-1].usage.completion_tokens == whole.usage.completion_tokens
    assert "".join(ch.choices[0].delta.content or "" for ch in chunks[:-1]) == whole.choices[0].message.content
    two = list(client.completions.create(model="bot2", prompt="Coffee", max_tokens=5, n=2, seed=1, stream=True,
                                         stream_options={"include_usage": True}))
    texts = {0: "", 1: ""}
    for ch in two[:-1]:
        texts[ch.choices[0].index] += ch.choices[0].text
    done = client.completions.create(model="bot2", prompt="Coffee", max_tokens=5, n=2, seed=1)
    assert [texts[0], texts[1]] == [ch.text for ch in done.choices]
    assert two[-1].usage.total_tokens == done.usage.total_tokens
