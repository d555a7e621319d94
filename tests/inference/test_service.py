"""The running inference service: the real TGI client (text-generation 0.7.0) over HTTP,
and gRPC, against a real server on free ports with tiny models from a real registry."""

from __future__ import annotations

import asyncio
import threading

import grpc
import pytest
import requests
import text_generation
from botfarm.inference.metrics import REQUEST_OUTCOMES, REQUESTS
from botfarm.inference.v1 import inference_service_pb2 as pb
from botfarm.inference.v1 import inference_service_pb2_grpc as pb_grpc
from inference_helpers import wait_until
from text_generation import AsyncClient, Client


def test_tgi_client_generate_and_stream(server):
    client = Client(f"{server.http}/bots/bot0", timeout=60)
    r = client.generate("My dream is", max_new_tokens=12)
    assert r.details.generated_tokens == len(r.details.tokens) > 0
    assert r.details.finish_reason.value in ("length", "eos_token")
    assert r.generated_text == "".join(t.text for t in r.details.tokens if not t.special)
    streamed = list(client.generate_stream("My dream is", max_new_tokens=12))
    assert [t.token.id for t in streamed] == [t.id for t in r.details.tokens]  # greedy: same tokens
    assert all(s.generated_text is None for s in streamed[:-1])
    assert streamed[-1].generated_text == r.generated_text
    assert streamed[-1].details.generated_tokens == r.details.generated_tokens
    # The plain TGI route with parameters.adapter_id names the same bot.
    body = {"inputs": "My dream is", "parameters": {"adapter_id": "bot0", "max_new_tokens": 12}}
    assert requests.post(f"{server.http}/generate", json=body, timeout=60).json()["generated_text"] == r.generated_text


def test_async_client_and_seed_reproducibility(server):
    async def run():
        client = AsyncClient(f"{server.http}/bots/bot1", timeout=60)
        kw = dict(do_sample=True, temperature=0.9, top_k=50, top_p=0.95, max_new_tokens=16)
        a, b, c = await asyncio.gather(client.generate("Coffee", seed=7, **kw), client.generate("Coffee", seed=7, **kw),
                                       client.generate("Coffee", seed=8, **kw))
        tokens = [s.token.id async for s in client.generate_stream("Coffee", seed=7, **kw)]
        return a, b, c, tokens

    a, b, c, tokens = asyncio.run(run())
    assert a.details.seed == 7 and a.generated_text == b.generated_text
    assert [t.id for t in a.details.tokens] != [t.id for t in c.details.tokens]
    assert tokens == [t.id for t in a.details.tokens]


def test_grpc_generate_stream_and_list(server):
    stub = pb_grpc.InferenceServiceStub(server.channel)
    params = pb.GenerationParameters(max_new_tokens=10, do_sample=True, seed=3)
    r = stub.Generate(pb.GenerateRequest(bot="bot2", prompt="The quick brown fox", parameters=params))
    assert r.model_version == "models/bot2/versions/1" and r.seed == 3 and r.generated_tokens > 0
    msgs = list(stub.GenerateStream(pb.GenerateStreamRequest(bot="bot2", prompt="The quick brown fox",
                                                             parameters=params)))
    assert msgs[-1].generated_text == r.generated_text
    assert msgs[-1].finish_reason == r.finish_reason != pb.FINISH_REASON_UNSPECIFIED
    assert len(msgs) == r.generated_tokens
    full = stub.Generate(pb.GenerateRequest(bot="fullbot", prompt="Coffee", parameters=params))
    assert full.model_version == "models/fullbot/versions/1"
    loaded = stub.ListLoadedBots(pb.ListLoadedBotsRequest())
    kinds = {b.model_version: (b.kind, b.base_model) for b in loaded.bots}
    assert kinds["models/bot2/versions/1"] == ("lora", "models/base/tiny/versions/1")
    assert kinds["models/fullbot/versions/1"][0] == "full"
    assert loaded.bots[0].model_version == "models/fullbot/versions/1"  # most recently used first
    assert 0 < loaded.memory_used_bytes <= loaded.memory_budget_bytes


def test_alias_moved_while_serving(server, llama_loras):
    reg = server.registry
    v2 = reg.publish("bot0", llama_loras[2], method="lora", base_model="base/tiny", aliases=())
    reg.set_alias("bot0", "production", 1)
    client = Client(f"{server.http}/bots/bot0:production", timeout=60)
    first = client.generate("My dream is", max_new_tokens=8)
    reg.set_alias("bot0", "production", v2.version)
    assert wait_until(lambda: requests.post(f"{server.http}/bots/bot0:production/generate", timeout=60, json={
        "inputs": "My dream is", "parameters": {"max_new_tokens": 8}}).headers["x-model-version"]
        == "models/bot0/versions/2")
    second = client.generate("My dream is", max_new_tokens=8)
    alone = Client(f"{server.http}/bots/bot2", timeout=60).generate("My dream is", max_new_tokens=8)
    assert second.generated_text == alone.generated_text != first.generated_text


@pytest.mark.parametrize("body, field", [
    ({"inputs": "", "parameters": {}}, "inputs"),
    ({"inputs": "x " * 400, "parameters": {}}, "inputs"),
    ({"inputs": "hi", "parameters": {"temperature": -1}}, "temperature"),
    ({"inputs": "hi", "parameters": {"top_p": 1.5}}, "top_p"),
    ({"inputs": "hi", "parameters": {"max_new_tokens": 0}}, "max_new_tokens"),
    ({"inputs": "hi", "parameters": {"max_new_tokens": "many"}}, "max_new_tokens"),
    ({"inputs": 5}, "inputs"),
])
def test_bad_requests_are_422(server, body, field):
    r = requests.post(f"{server.http}/bots/bot0/generate", json=body, timeout=30)
    assert r.status_code == 422, r.text
    assert r.json()["error_type"] == "validation" and r.json()["error"]
    if field not in ("inputs", "temperature", "top_p"):
        return  # proto3 reads 0 as "default" and types are checked by protobuf
    with pytest.raises(grpc.RpcError) as e:
        p = body.get("parameters", {})
        pb_grpc.InferenceServiceStub(server.channel).Generate(pb.GenerateRequest(
            bot="bot0", prompt=body["inputs"] if isinstance(body["inputs"], str) else "",
            parameters=pb.GenerationParameters(temperature=p.get("temperature", 0), top_p=p.get("top_p", 0))))
    assert e.value.code() == grpc.StatusCode.INVALID_ARGUMENT


def test_unknown_bot_and_bad_reference(server):
    with pytest.raises(text_generation.errors.NotFoundError):
        Client(f"{server.http}/bots/nobody", timeout=30).generate("hi")
    r = requests.post(f"{server.http}/generate", json={"inputs": "hi"}, timeout=30)
    assert r.status_code == 422 and "adapter_id" in r.json()["error"]
    stub = pb_grpc.InferenceServiceStub(server.channel)
    for bot, code in (("nobody", grpc.StatusCode.NOT_FOUND), ("bot0@9", grpc.StatusCode.NOT_FOUND),
                      ("bad bot!", grpc.StatusCode.INVALID_ARGUMENT), ("", grpc.StatusCode.INVALID_ARGUMENT)):
        with pytest.raises(grpc.RpcError) as e:
            stub.Generate(pb.GenerateRequest(bot=bot, prompt="hi"))
        assert e.value.code() == code, bot


def _hold(server, gate, n):
    """n long streams that each hold a slot until closed: queued while the gate holds the
    engine, then one step admits them all and gives each its first tokens."""
    stub = pb_grpc.InferenceServiceStub(server.channel)
    gate.hold(0)
    calls = [stub.GenerateStream(pb.GenerateStreamRequest(
        bot="bot0", prompt="My dream is", parameters=pb.GenerationParameters(max_new_tokens=240)))
        for _ in range(n)]
    assert wait_until(lambda: server.app.engine.inflight == n)
    gate.hold(1)
    for c in calls:
        next(c)  # admitted and generating
    assert gate.wait_held()
    return calls


def test_overload_is_429_and_resource_exhausted_then_cancel_frees(server, gate):
    calls = _hold(server, gate, 3)  # max_concurrent_requests=3
    assert server.app.engine.inflight == 3
    with pytest.raises(text_generation.errors.OverloadedError):
        Client(f"{server.http}/bots/bot0", timeout=30).generate("hi")
    r = requests.post(f"{server.http}/bots/bot0", json={"inputs": "hi", "stream": True}, timeout=30)
    assert r.status_code == 429 and r.json()["error_type"] == "overloaded"
    with pytest.raises(grpc.RpcError) as e:
        pb_grpc.InferenceServiceStub(server.channel).Generate(pb.GenerateRequest(bot="bot0", prompt="hi"))
    assert e.value.code() == grpc.StatusCode.RESOURCE_EXHAUSTED
    for c in calls:
        c.cancel()
    gate.release()
    assert wait_until(lambda: server.app.engine.inflight == 0)
    assert not any(server.app.engine._runners["models/base/tiny/versions/1"].slots)
    assert Client(f"{server.http}/bots/bot0", timeout=30).generate("hi", max_new_tokens=3).generated_text is not None


def _cancelled_outcomes() -> float:
    return REQUEST_OUTCOMES.labels("cancelled")._value.get()


def test_http_disconnect_and_deadline_free_the_slot(server, gate):
    engine = server.app.engine
    # A stream whose client hangs up after the first token. The gate lets the engine make
    # one step (two tokens: the first SSE line) and then holds it, so the request is still
    # running when the client goes, however fast the tiny model is.
    gate.hold(1)
    with requests.post(f"{server.http}/bots/bot0/generate_stream", timeout=30, stream=True,
                       json={"inputs": "My dream is", "parameters": {"max_new_tokens": 240}}) as r:
        assert r.status_code == 200
        next(r.iter_lines())
        assert gate.wait_held() and engine.inflight == 1
    assert wait_until(lambda: all(req.cancelled for req in engine.requests()))  # the server saw the hang-up
    gate.release()
    assert wait_until(lambda: engine.inflight == 0)
    # A non-streamed request whose client hangs up (read timeout) is dropped too: the
    # engine takes no step until the server has seen the hang-up and cancelled it.
    gate.hold(0)
    cancelled = _cancelled_outcomes()
    with pytest.raises(requests.exceptions.ReadTimeout):
        requests.post(f"{server.http}/bots/bot0", timeout=0.05,
                      json={"inputs": "My dream is", "parameters": {"max_new_tokens": 240}})
    assert wait_until(lambda: engine.requests() and all(req.cancelled for req in engine.requests()))
    gate.release()
    assert wait_until(lambda: engine.inflight == 0)
    assert _cancelled_outcomes() == cancelled + 1  # dropped, not finished
    # A gRPC call past its deadline: held until the server has queued it, then dropped.
    gate.hold(0)
    received = REQUESTS._value.get()
    deadline = REQUEST_OUTCOMES.labels("deadline")._value.get()
    stub = pb_grpc.InferenceServiceStub(server.channel)
    with pytest.raises(grpc.RpcError) as e:
        stub.Generate(pb.GenerateRequest(bot="bot0", prompt="My dream is",
                                         parameters=pb.GenerationParameters(max_new_tokens=240)), timeout=0.05)
    assert e.value.code() == grpc.StatusCode.DEADLINE_EXCEEDED
    assert wait_until(lambda: REQUESTS._value.get() == received + 1)
    gate.release()
    assert wait_until(lambda: engine.inflight == 0)
    # Past its deadline (the engine drops it) or cancelled by the finished RPC: never run.
    assert (REQUEST_OUTCOMES.labels("deadline")._value.get() + _cancelled_outcomes()
            == deadline + cancelled + 2)


def test_info_health_metrics(server):
    assert requests.get(f"{server.http}/health", timeout=10).status_code == 200
    info = requests.get(f"{server.http}/bots/bot0/info", timeout=10).json()
    assert info["model_id"] == "bot0" and info["max_total_tokens"] == 256
    assert info["model_device_type"] == server.app.pool.device.type  # "cpu" here, "cuda" on a GPU node
    Client(f"{server.http}/bots/bot0", timeout=30).generate("hi", max_new_tokens=2)
    text = requests.get(f"{server.http}/metrics", timeout=10).text
    for name in ("botfarm_inference_request_count_total", "botfarm_inference_generated_tokens_total",
                 "botfarm_inference_time_to_first_token_seconds_bucket", 'botfarm_inference_loaded_bots{kind="lora"}',
                 "botfarm_inference_queue_size", "botfarm_inference_batch_current_size"):
        assert name in text


def test_concurrent_clients_share_batches(server):
    """Requests of different bots arriving together run in shared decode steps."""
    engine = server.app.engine
    results = {}

    def one(i):
        results[i] = Client(f"{server.http}/bots/bot{i % 3}", timeout=60).generate("Coffee", max_new_tokens=30)

    steps0 = engine.steps
    threads = [threading.Thread(target=one, args=(i,)) for i in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    tokens = sum(r.details.generated_tokens for r in results.values())
    assert engine.steps - steps0 < tokens  # fewer forward passes than tokens: rows were batched


def test_generate_command(server, capsys):
    from botfarm.cli import main

    argv = ["generate", "bot0", "My dream is", "-n", "3", "--seed", "5", "--max-new-tokens", "6",
            "--server", server.grpc_addr]
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert out.count("My dream is") == 3
    assert main(argv) == 0
    assert capsys.readouterr().out == out  # same seeds, same posts
    assert main(["generate", "bot0", "My dream is", "--stream", "--greedy", "--max-new-tokens", "6",
                 "--server", server.grpc_addr]) == 0
    streamed = capsys.readouterr().out
    greedy = Client(f"{server.http}/bots/bot0", timeout=30).generate("My dream is", max_new_tokens=6)
    assert streamed.strip() == ("My dream is" + greedy.generated_text).strip()
    assert main(["generate", "nobody", "hi", "--server", server.grpc_addr]) == 5  # exit code of NOT_FOUND
    assert "NOT_FOUND" in capsys.readouterr().err
