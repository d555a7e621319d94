"""Auth and TLS of the inference HTTP API, against the real service (``--auth-token``
set, as the chart does) with the real clients: text-generation 0.7.0 with ``headers=``
and the openai SDK with ``api_key=``. Every route the OpenAPI document lists is tried
without a token and with a wrong one."""

from __future__ import annotations

import grpc
import pytest
import requests
from botfarm.inference.v1 import inference_service_pb2 as pb
from botfarm.inference.v1 import inference_service_pb2_grpc as pb_grpc
from inference_server import serve_inference
from text_generation import Client

TOKEN = "s3cret-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture()
def guarded(registry_with_bots):
    s = serve_inference(registry_with_bots, config={"auth_token": TOKEN})
    yield s
    s.close()


def _routes(base: str) -> list[tuple[str, str]]:
    doc = requests.get(f"{base}/api-doc/openapi.json", headers=AUTH, timeout=30).json()
    out = [(method.upper(), path.replace("{bot}", "bot0").replace("{model}", "bot0"))
           for path, ops in doc["paths"].items() for method in ops]
    # Not in the document, behind the same gate: the viewer and its assets.
    return out + [("GET", "/docs"), ("GET", "/docs/assets/swagger-ui-bundle.js")]


def test_every_route_but_health_needs_the_token(guarded):
    routes = _routes(guarded.http)
    assert len(routes) >= 20 and ("GET", "/health") in routes
    body = {"inputs": "hi", "parameters": {"max_new_tokens": 2}}
    for method, path in routes:
        for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": f"Basic {TOKEN}"},
                        {"Authorization": TOKEN}):
            r = requests.request(method, guarded.http + path, json=body, headers=headers, timeout=30)
            if path == "/health":
                assert r.status_code == 200, r.text
                continue
            assert r.status_code == 401, (method, path, headers, r.status_code)
            assert r.headers["www-authenticate"].startswith("Bearer")
            err = r.json()["error"]
            if "/v1/" in path:
                assert err["type"] == "authentication_error" and err["code"] == "invalid_token"
            else:
                assert r.json()["error_type"] == "authentication" and "bearer token" in err
    # The right token opens them (the scheme in any case, RFC 7235).
    for scheme in ("Bearer", "bearer", "BEARER"):
        r = requests.get(f"{guarded.http}/v1/models", headers={"Authorization": f"{scheme} {TOKEN}"}, timeout=30)
        assert r.status_code == 200 and r.json()["data"]
    assert requests.get(f"{guarded.http}/docs", headers=AUTH, timeout=30).text.count("swagger-ui") > 0


def test_real_clients_with_the_token(guarded):
    from openai import AuthenticationError, OpenAI

    tgi = Client(f"{guarded.http}/bots/bot0", headers=AUTH, timeout=60)
    assert tgi.generate("My dream is", max_new_tokens=4).details.generated_tokens == 4
    assert "".join(s.token.text for s in tgi.generate_stream("My dream is", max_new_tokens=4))
    with pytest.raises(Exception) as e:
        Client(f"{guarded.http}/bots/bot0", timeout=60).generate("My dream is")
    assert "bearer token" in str(e.value)
    client = OpenAI(base_url=f"{guarded.http}/v1", api_key=TOKEN, max_retries=0)
    assert "bot0" in {m.id for m in client.models.list()}
    assert client.completions.create(model="bot0", prompt="My dream is", max_tokens=3).usage.completion_tokens == 3
    with pytest.raises(AuthenticationError):
        OpenAI(base_url=f"{guarded.http}/v1", api_key="wrong", max_retries=0).models.list()



def test_openai_streaming_with_usage_carries_the_token(guarded):
    from openai import AuthenticationError, OpenAI

    client = OpenAI(base_url=f"{guarded.http}/v1", api_key=TOKEN, max_retries=0, timeout=120)
    messages = [{"role": "user", "content": "Coffee?"}]
    whole = client.chat.completions.create(model="bot0", messages=messages, max_tokens=6, temperature=0)
    chunks = list(client.chat.completions.create(model="bot0", messages=messages, max_tokens=6, temperature=0,
                                                 stream=True, stream_options={"include_usage": True}))
    assert chunks[-1].choices == [] and chunks[-1].usage.completion_tokens == whole.usage.completion_tokens > 0
    assert chunks[-1].usage.prompt_tokens == whole.usage.prompt_tokens
    assert "".join(c.choices[0].delta.content or "" for c in chunks[:-1]) == whole.choices[0].message.content
    completion = list(client.completions.create(model="bot1", prompt="My dream is", max_tokens=4, temperature=0,
                                                stream=True, stream_options={"include_usage": True}))
    assert completion[-1].usage.completion_tokens == 4 and all(c.usage is None for c in completion[:-1])
    with pytest.raises(AuthenticationError):  # refused before the first chunk, not mid-stream
        OpenAI(base_url=f"{guarded.http}/v1", api_key="wrong", max_retries=0).chat.completions.create(
            model="bot0", messages=messages, max_tokens=6, stream=True, stream_options={"include_usage": True})

def test_grpc_accepts_the_scheme_in_any_case(guarded):
    stub = pb_grpc.InferenceServiceStub(guarded.channel)
    req = pb.GenerateRequest(bot="bot0", prompt="hi", parameters=pb.GenerationParameters(max_new_tokens=2))
    for scheme in ("Bearer", "bearer", "BeArEr"):
        assert stub.Generate(req, metadata=[("authorization", f"{scheme} {TOKEN}")], timeout=60).generated_tokens
    for value in ("Bearer wrong", f"Basic {TOKEN}", TOKEN, "bearer"):
        with pytest.raises(grpc.RpcError) as e:
            stub.Generate(req, metadata=[("authorization", value)], timeout=60)
        assert e.value.code() == grpc.StatusCode.UNAUTHENTICATED


def test_http_port_serves_tls_when_the_service_has_tls(registry_with_bots, tmp_path):
    from cryptography.hazmat.primitives.asymmetric import ec
    from test_runtime_tls import _cert, _name, _write

    ca_key, srv_key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    ca = _cert("test CA", ca_key, _name("test CA"), ca_key, ca=True)
    cert = _write(tmp_path / "srv.pem", _cert("localhost", ca_key, ca.subject, srv_key, server=True))
    s = serve_inference(registry_with_bots, config={"auth_token": TOKEN, "tls_cert": cert,
                                                    "tls_key": _write(tmp_path / "srv.key", key=srv_key)})
    try:
        assert s.http.startswith("https://")
        ca_file = _write(tmp_path / "ca.pem", ca)
        r = requests.post(f"{s.http}/bots/bot0/generate", headers=AUTH, verify=ca_file, timeout=60,
                          json={"inputs": "hi", "parameters": {"max_new_tokens": 2}})
        assert r.status_code == 200 and r.json()["generated_text"] is not None
        assert requests.get(f"{s.http}/health", verify=ca_file, timeout=30).status_code == 200
        with pytest.raises(requests.exceptions.ConnectionError):  # plain HTTP is not spoken there
            requests.get(s.http.replace("https://", "http://") + "/health", timeout=30)
    finally:
        s.close()


def test_a_lower_case_bearer_scheme_works_end_to_end(guarded):
    # RFC 7235: the scheme is case-insensitive; some clients and proxies send "bearer".
    from openai import OpenAI

    lower = {"Authorization": f"bearer {TOKEN}"}
    tgi = Client(f"{guarded.http}/bots/bot0", headers=lower, timeout=60)
    assert tgi.generate("My dream is", max_new_tokens=3).details.generated_tokens == 3
    streamed = list(tgi.generate_stream("My dream is", max_new_tokens=3))
    assert len(streamed) == 3 and streamed[-1].details.generated_tokens == 3
    # The openai SDK sends "Bearer <api_key>"; default_headers replaces it with the lower-case form.
    client = OpenAI(base_url=f"{guarded.http}/v1", api_key="unused", default_headers=lower, max_retries=0)
    done = client.completions.create(model="bot0", prompt="My dream is", max_tokens=2)
    assert done.usage.completion_tokens == 2
    chunks = list(client.completions.create(model="bot0", prompt="My dream is", max_tokens=2, stream=True))
    assert "".join(c.choices[0].text for c in chunks if c.choices)
    # The same request with a wrong token in the same form is still refused.
    r = requests.post(f"{guarded.http}/bots/bot0/generate", json={"inputs": "hi", "parameters": {"max_new_tokens": 2}},
                      headers={"Authorization": "bearer wrong"}, timeout=30)
    assert r.status_code == 401
