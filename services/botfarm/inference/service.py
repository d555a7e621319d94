"""The inference service: gRPC (thin servicer over ``app.py``) and, in the same
process, the TGI- and OpenAI-compatible HTTP API (``http.py``), which shares the
service's --auth-token and TLS settings.

    botfarm serve inference --grpc-port 50055 --http-port 8080 --memory-budget-mb 8192
    botfarm serve inference --device cuda:0      # or BOTFARM_DEVICE=cuda:0 (default auto)
    botfarm serve inference --preload mcintweet:production,base/smollm2-135m-instruct
"""

from __future__ import annotations

from dataclasses import dataclass, field

import grpc

from botfarm.core.errors import FailedPrecondition
from botfarm.core.service import ServiceContext, ServiceSpec
from botfarm.inference import metrics as m
from botfarm.inference import routing
from botfarm.inference.app import InferenceApp
from botfarm.inference.defaults import given_fields
from botfarm.inference.engine import EngineConfig, Event
from botfarm.inference.loader import PoolConfig, check_device_name, validate_ref
from botfarm.inference.sampling import SamplingParams
from botfarm.inference.v1 import inference_service_pb2 as pb
from botfarm.inference.v1 import inference_service_pb2_grpc as pb_grpc


def _help(text: str, **limits) -> dict:
    # help, and min/max/choices that botfarm.core.config checks when it reads flags and env.
    return {"help": text, **limits}


@dataclass(frozen=True)
class Settings:
    """Inference settings (flags of ``botfarm serve inference`` or BOTFARM_* variables)."""

    http_host: str = field(default="0.0.0.0", metadata=_help("address the TGI-compatible HTTP API binds"))
    # TGI's own default port; -1 turns the HTTP API off, 0 picks a free port.
    http_port: int = field(default=8080, metadata=_help("HTTP (TGI API) port (0: free port, -1: off)", min=-1, max=65535))
    # 8 GiB holds the 135M base with its cache and hundreds of LoRA bots, or a few full fine-tunes.
    memory_budget_mb: int = field(default=8192, metadata=_help("memory for loaded bots and KV caches", min=1))
    max_concurrent_requests: int = field(default=128, metadata=_help("requests in flight before 429", min=1))
    max_batch_tokens: int = field(default=65536, metadata=_help("prompt+new tokens admitted before 429", min=2))
    max_batch_size: int = field(default=64, metadata=_help("rows (KV-cache slots) per model", min=1, max=4096))
    max_total_tokens: int = field(default=512, metadata=_help("prompt + new tokens of one request", min=2))
    dtype: str = field(default="auto", metadata=_help("auto (bf16 where the CPU/GPU has it) | bfloat16 | float32",
                                                    choices=("auto", "bfloat16", "float32")))
    # Not a `choices` list: "cuda:N" is open-ended. Checked when the service is built
    # (loader.resolve_device): a bad value or "cuda" without CUDA stops start-up.
    device: str = field(default="auto", metadata=_help("auto (cuda if available, else cpu) | cpu | cuda | cuda:N"))
    # Short enough that a promoted version serves within seconds, long enough to spare the store.
    alias_ttl_s: float = field(default=5.0, metadata=_help("seconds a resolved bot reference is trusted", min=0))
    default_bot: str = field(default="", metadata=_help("bot of plain TGI routes without adapter_id"))
    # On a CPU shared with other work, fewer threads than cores avoids OpenMP barrier stalls.
    threads: int = field(default=0, metadata=_help("torch threads for the engine (0: torch's default)", min=0))
    # TGI's own payload limit is 2 MB; 1 MiB holds any prompt max_total_tokens allows.
    max_request_bytes: int = field(default=1 << 20, metadata=_help(
        "largest HTTP request body; larger ones get 413 before they are read", min=1024))
    preload: tuple[str, ...] = field(default=(), metadata=_help(
        "bots loaded at start (comma-separated); health is NOT_SERVING until they are"))
    # Each check reads one manifest per loaded version from the store.
    version_check_s: float = field(default=30.0, metadata=_help(
        "seconds between checks that unload versions deleted in the registry (0: off)", min=0))
    # Preallocated when a base's first adapter loads: 128 SmolLM2 q+v r=8 adapters take ~120 MB in bf16.
    max_adapters: int = field(default=128, metadata=_help(
        "LoRA adapters loaded at once per base model (bank slots, counted in the memory budget)", min=1, max=65536))
    adapter_wait_s: float = field(default=10.0, metadata=_help(
        "seconds a new LoRA bot waits for a bank slot while every loaded adapter has requests in flight", min=0))
    vllm_metrics: bool = field(default=False, metadata=_help(
        "also export vLLM's metric names (vllm:num_requests_waiting, vllm:lora_requests_info, ...) for the "
        "Gateway API Inference Extension's endpoint picker"))

    def __post_init__(self) -> None:
        check_device_name(self.device)  # a typo fails with the other flags; CUDA itself is checked at build
        for ref in self.preload:
            validate_ref(ref)


def engine_config(s: Settings) -> EngineConfig:
    return EngineConfig(max_concurrent_requests=s.max_concurrent_requests, max_batch_tokens=s.max_batch_tokens,
                        max_batch_size=s.max_batch_size, max_total_tokens=s.max_total_tokens)


def pool_config(s: Settings) -> PoolConfig:
    return PoolConfig(memory_budget_bytes=s.memory_budget_mb << 20, alias_ttl_s=s.alias_ttl_s, dtype=s.dtype,
                      device=s.device, version_check_s=s.version_check_s, max_adapters=s.max_adapters,
                      adapter_wait_s=s.adapter_wait_s)


_FINISH = {"length": pb.FINISH_REASON_LENGTH, "eos_token": pb.FINISH_REASON_EOS_TOKEN,
           "stop_sequence": pb.FINISH_REASON_STOP_SEQUENCE}


def params_from_proto(p: pb.GenerationParameters) -> SamplingParams:
    """Zero values and unset optional fields are not given (proto3 cannot tell 0 from
    unset): the bot's defaults fill them (``defaults.py``), else TGI's."""
    min_new = p.min_new_tokens if p.HasField("min_new_tokens") else None
    do_sample = p.do_sample if p.HasField("do_sample") else None
    given = None if p.ignore_bot_defaults else given_fields({
        "max_new_tokens": p.max_new_tokens or None, "do_sample": do_sample, "temperature": p.temperature or None,
        "top_p": p.top_p or None, "top_k": p.top_k or None, "repetition_penalty": p.repetition_penalty or None,
        "stop": tuple(p.stop) or None, "min_new_tokens": min_new})
    return SamplingParams(max_new_tokens=p.max_new_tokens or 20, do_sample=bool(do_sample),
                          temperature=p.temperature or None, top_p=p.top_p or None, top_k=p.top_k or None,
                          repetition_penalty=p.repetition_penalty or None, stop=tuple(p.stop),
                          seed=p.seed if p.HasField("seed") else None, min_new_tokens=min_new or 0, given=given)


def _routed(context: grpc.ServicerContext, bot: str) -> None:
    """Counts whether the call carried the routing header; refuses one naming another bot."""
    header = next((v for k, v in context.invocation_metadata() or () if k == routing.HEADER), None)
    m.ROUTING_HEADER.labels("present" if routing.check(header, bot) else "absent").inc()


def _timeout(context: grpc.ServicerContext) -> float | None:
    remaining = context.time_remaining()
    return remaining if remaining is not None and remaining < 1e8 else None


class InferenceServicer(pb_grpc.InferenceServiceServicer):
    def __init__(self, app: InferenceApp):
        self.app = app

    """Thin: domain errors raised here (bad parameters, unknown bot, overload) reach the
    runtime's ErrorInterceptor, which answers their status with an ErrorInfo."""

    def Generate(self, request: pb.GenerateRequest, context: grpc.ServicerContext) -> pb.GenerateResponse:
        _routed(context, request.bot)
        final = self.app.generate(request.bot, request.prompt, params_from_proto(request.parameters),
                                  _timeout(context), on_submit=lambda req: context.add_callback(req.cancel))
        return pb.GenerateResponse(generated_text=final.generated_text, finish_reason=_FINISH[final.finish_reason],
                                   generated_tokens=final.generated_tokens, model_version=final.model_version,
                                   seed=final.seed)

    def GenerateStream(self, request: pb.GenerateStreamRequest, context: grpc.ServicerContext):
        _routed(context, request.bot)
        events = self.app.stream(request.bot, request.prompt, params_from_proto(request.parameters),
                                 _timeout(context), on_submit=lambda req: context.add_callback(req.cancel))
        try:
            pending: Event | None = None
            for event in events:
                if event.done:
                    # The last message carries the last token with the text and finish reason.
                    yield pb.GenerateStreamResponse(token=_tok(pending), generated_text=event.generated_text,
                                                    finish_reason=_FINISH[event.finish_reason],
                                                    model_version=event.model_version)
                    return
                if pending is not None:
                    yield pb.GenerateStreamResponse(token=_tok(pending))
                pending = event
        finally:
            events.close()

    def ListLoadedBots(self, request: pb.ListLoadedBotsRequest, context) -> pb.ListLoadedBotsResponse:
        pool = self.app.pool
        bots = [pb.LoadedBot(model_version=b.name, kind=b.kind, memory_bytes=b.nbytes, requests=b.requests,
                             base_model=b.base_name) for b in pool.loaded()]
        return pb.ListLoadedBotsResponse(bots=bots, memory_used_bytes=pool.memory_used,
                                         memory_budget_bytes=pool.config.memory_budget_bytes)


def _tok(event: Event | None) -> pb.Token | None:
    if event is None or event.token is None:
        return None
    t = event.token
    return pb.Token(id=t.id, text=t.text, logprob=t.logprob, special=t.special)


def make_service(ctx: ServiceContext, source=None) -> ServiceSpec:
    """``source`` defaults to the registry on the service's object store."""
    settings = ctx.settings if isinstance(ctx.settings, Settings) else Settings()
    if source is None:
        from botfarm.registry.core import Registry

        source = Registry(ctx.store)
    app = InferenceApp(source, engine_config(settings), pool_config(settings), preload=settings.preload)
    if settings.vllm_metrics:
        from botfarm.inference import vllm_metrics

        vllm_metrics.enable(app)
    spec = ServiceSpec(full_name="botfarm.inference.v1.InferenceService", servicer=InferenceServicer(app),
                       add_to_server=pb_grpc.add_InferenceServiceServicer_to_server, ready=app.ready)
    spec.app = app  # tests and the HTTP hook reach the core through it
    http = {}

    def start() -> None:
        if settings.threads > 0:
            import torch

            torch.set_num_threads(settings.threads)
        app.start()
        if settings.http_port >= 0:
            from botfarm.inference.http import HttpOptions, create_http_app
            from botfarm.inference.http_server import HttpServer

            options = HttpOptions(default_bot=settings.default_bot, auth_token=getattr(ctx.config, "auth_token", ""),
                                  max_request_bytes=settings.max_request_bytes)
            try:
                server = HttpServer(create_http_app(app, options), settings.http_host, settings.http_port,
                                    tls=_tls(ctx.config))
            except OSError as e:  # the port is taken: a clear start-up error naming the setting
                raise FailedPrecondition(f"cannot serve the HTTP API on {settings.http_host}:{settings.http_port} "
                                         f"(--http-port / BOTFARM_HTTP_PORT): {e.strerror}",
                                         reason="PORT_IN_USE") from None
            server.start()
            http["server"] = server
            spec.extra_addresses["http"] = server.address
            if server.tls is not None:
                spec.extra_addresses["http_url"] = server.url

    def stop() -> None:
        if "server" in http:
            http.pop("server").stop()
        app.stop()

    spec.on_start.append(start)
    spec.on_stop.append(stop)
    return spec


def _tls(config):
    """The HTTP API's TLS: the service's own certificate, key and client CA, when set."""
    from botfarm.inference.http_server import Tls

    cert = getattr(config, "tls_cert", "")
    return Tls(cert, config.tls_key, config.tls_client_ca) if cert else None
