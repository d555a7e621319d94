"""What gateways route on: the ``x-botfarm-bot`` header our gRPC clients send (the CLI's
own calls, observed by the real server), and the vLLM metric names the Gateway API
Inference Extension's endpoint picker reads, scraped over HTTP as a picker does."""

from __future__ import annotations

import grpc
import pytest
import requests
from botfarm.cli import main as botfarm_main
from botfarm.inference import metrics as m
from botfarm.inference import routing
from botfarm.inference.sampling import SamplingParams
from botfarm.inference.v1 import inference_service_pb2 as pb
from botfarm.inference.v1 import inference_service_pb2_grpc as pb_grpc
from inference_helpers import StepGate
from inference_server import serve_inference
from prometheus_client.parser import text_string_to_metric_families


def test_routing_key_is_the_bots_name():
    assert [routing.routing_key(r) for r in ("mcintweet", "mcintweet@3", "mcintweet:production")] == ["mcintweet"] * 3
    assert routing.metadata("a-b:prod") == (("x-botfarm-bot", "a-b"),)


def test_the_cli_sends_the_routing_header_and_the_server_checks_it(server, capsys):
    present = m.ROUTING_HEADER.labels("present")._value.get()
    absent = m.ROUTING_HEADER.labels("absent")._value.get()
    assert botfarm_main(["generate", "bot1:latest", "My dream is", "-n", "2", "--max-new-tokens", "3",
                         "--server", server.grpc_addr]) == 0
    assert botfarm_main(["generate", "bot1", "My dream is", "--stream", "--max-new-tokens", "3",
                         "--server", server.grpc_addr]) == 0
    assert m.ROUTING_HEADER.labels("present")._value.get() == present + 3
    stub = pb_grpc.InferenceServiceStub(server.channel)
    req = pb.GenerateRequest(bot="bot0", prompt="hi", parameters=pb.GenerationParameters(max_new_tokens=2))
    stub.Generate(req, timeout=60)  # a client without the header is served (and counted)
    assert m.ROUTING_HEADER.labels("absent")._value.get() == absent + 1
    with pytest.raises(grpc.RpcError) as e:  # a header naming another bot would be routed wrongly
        stub.Generate(req, timeout=60, metadata=(("x-botfarm-bot", "bot1"),))
    assert e.value.code() == grpc.StatusCode.INVALID_ARGUMENT and "x-botfarm-bot" in e.value.details()
    capsys.readouterr()


def _scrape(server) -> dict:
    text = requests.get(f"{server.http}/metrics", timeout=10).text
    return {s.name: s for f in text_string_to_metric_families(text) for s in f.samples if s.name.startswith("vllm:")}


def test_vllm_metric_names_for_the_endpoint_picker(registry_with_bots):
    server = serve_inference(registry_with_bots, vllm_metrics=True, max_adapters=4)
    gate = StepGate(server.app.engine)
    try:
        app = server.app
        for bot in ("bot0", "bot2"):
            app.pool.acquire(bot).release()
        gate.hold(0)
        done = []
        app.submit("bot0", "My dream is", SamplingParams(max_new_tokens=10), done.append)
        app.submit("bot2", "My dream is", SamplingParams(max_new_tokens=10), done.append)
        assert gate.wait_held()
        got = _scrape(server)
        assert got["vllm:num_requests_waiting"].value == 2 and got["vllm:num_requests_running"].value == 0
        info = got["vllm:lora_requests_info"]
        assert info.labels == {"running_lora_adapters": "bot0,bot2", "max_lora": "4", "waiting_lora_adapters": ""}
        assert info.value > 1.7e9  # the scrape time, so a picker takes the newest series
        gate.hold(1)  # one step of the base model: both admitted and prefilled, both running
        assert gate.wait_held()
        got = _scrape(server)
        assert got["vllm:num_requests_waiting"].value == 0 and got["vllm:num_requests_running"].value == 2
        slots = sum(b.runner.cache.slots for b in app.pool.loaded() if b.kind != "lora")
        assert got["vllm:kv_cache_usage_perc"].value == pytest.approx(2 / slots)
        assert got["vllm:gpu_cache_usage_perc"].value == got["vllm:kv_cache_usage_perc"].value
    finally:
        gate.release()
        server.close()
