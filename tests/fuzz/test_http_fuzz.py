"""Hostile bodies to every route of the inference HTTP API: random JSON, requests
shaped like TGI's and OpenAI's with extreme parameters, invalid JSON and bytes.
None may answer 500, and the API still answers /health afterwards.

Generic on purpose (the API grows): the routes are read from the served Starlette
app when it can be built here, else the contract's list; path parameters are filled
in; the bearer token is sent when the farm has one."""

from __future__ import annotations

import http.client
import json
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st
from protofuzz import PLAUSIBLE, TRAVERSALS

#: The routes of the contract (DESIGN.md, TGI, OpenAI), used when the app's own list
#: cannot be read.
KNOWN_ROUTES = [("POST", "/"), ("POST", "/generate"), ("POST", "/generate_stream"), ("POST", "/v1/chat/completions"),
                ("POST", "/v1/completions"), ("GET", "/v1/models"), ("GET", "/info"), ("GET", "/health"),
                ("GET", "/metrics"), ("POST", "/bots/fuzzbot/generate"), ("GET", "/bots/fuzzbot/info")]


def routes(farm) -> list[tuple[str, str]]:
    try:
        from botfarm.inference.http import create_http_app

        app = create_http_app(farm.servers["inference"].spec.app, "")
        found = [(m, r.path) for r in app.routes for m in sorted(getattr(r, "methods", None) or {"GET"})
                 if m != "HEAD"]
    except Exception:  # a signature of the API's rewrite: fall back to the contract
        found = []
    fill = {"{rest:path}": "fuzzbot/generate", "{name}": "fuzzbot", "{bot}": "fuzzbot", "{model}": "fuzzbot"}
    out = set(KNOWN_ROUTES)
    for method, path in found:
        for k, v in fill.items():
            path = path.replace(k, v)
        out.add((method, "/".join("fuzzbot" if p.startswith("{") else p for p in path.split("/"))))
    return sorted(out)


numbers = st.sampled_from([math.nan, math.inf, -math.inf, 1e-300, 1e300, -1, 0, 2**31, 2**63, -2**63, 0.5]) | \
    st.integers() | st.floats()
texts = st.sampled_from(TRAVERSALS + PLAUSIBLE) | st.text(max_size=50)
json_values = st.recursive(st.none() | st.booleans() | numbers | texts,
                           lambda c: st.lists(c, max_size=4) | st.dictionaries(texts, c, max_size=4), max_leaves=12)
params = st.dictionaries(st.sampled_from(["max_new_tokens", "temperature", "top_p", "top_k", "seed", "do_sample",
                                          "repetition_penalty", "stop", "details", "adapter_id", "best_of",
                                          "truncate", "typical_p", "watermark", "return_full_text",
                                          "decoder_input_details", "grammar", "max_tokens", "n", "logprobs"]),
                         json_values, max_size=6)
tgi = st.fixed_dictionaries({"inputs": texts}, optional={"parameters": params, "stream": st.booleans()})
chat = st.fixed_dictionaries({"messages": st.lists(st.fixed_dictionaries({"role": texts, "content": json_values}),
                                                   max_size=3)},
                             optional={"model": texts, "max_tokens": numbers, "temperature": numbers,
                                       "top_p": numbers, "stream": st.booleans(), "n": numbers})
bodies = (st.one_of(tgi, chat, json_values).map(lambda v: json.dumps(v, allow_nan=True).encode())
          | st.binary(max_size=100) | st.sampled_from([b"", b"{", b"[" * 100_000, b'{"inputs": "\xff\xfe"}']))


def test_hostile_http_bodies(farm):
    host, port = farm.servers["inference"].spec.extra_addresses["http"].rsplit(":", 1)
    headers = {"Content-Type": "application/json"}
    if farm.token:
        headers["Authorization"] = f"Bearer {farm.token}"

    def send(method: str, path: str, body: bytes | None) -> int:
        conn = http.client.HTTPConnection(host, int(port), timeout=60)
        try:
            conn.request(method, path, body=body, headers=headers)
            resp = conn.getresponse()
            resp.read()
            return resp.status
        finally:
            conn.close()

    @given(st.sampled_from(routes(farm)), bodies)
    def one(route, body):
        method, path = route
        status = send(method, path, body if method == "POST" else None)
        assert status != 500 and status < 600, f"{method} {path} answered {status} to {body[:200]!r}"

    one()
    assert send("GET", "/health", None) in (200, 503)  # answers: up, with or without a bot loaded


@pytest.mark.parametrize("path", ["/generate", "/v1/chat/completions"])
def test_huge_body_is_refused_cleanly(farm, path):
    """20 MB of body: an answer that is not a 500, or the connection closed on the
    sender after an early refusal (413 before the body is read); the API stays up."""
    host, port = farm.servers["inference"].spec.extra_addresses["http"].rsplit(":", 1)
    conn = http.client.HTTPConnection(host, int(port), timeout=60)
    try:
        body = json.dumps({"inputs": "x" * (10 << 20), "messages": [{"role": "user", "content": "x" * (10 << 20)}]})
        conn.request("POST", path, body=body, headers={"Content-Type": "application/json"})
        assert conn.getresponse().status != 500
    except (ConnectionResetError, BrokenPipeError):
        pass  # refused before the whole body was sent
    finally:
        conn.close()
    conn = http.client.HTTPConnection(host, int(port), timeout=60)
    try:
        conn.request("GET", "/health")
        assert conn.getresponse().status in (200, 503)
    finally:
        conn.close()
