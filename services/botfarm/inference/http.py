"""The HTTP API, compatible with text-generation-inference (TGI) so its Python client
(``text-generation`` 0.7.0) works unchanged.

Each bot is a TGI server at base URL ``/bots/{bot}`` (``{bot}`` may be ``name``,
``name@3`` or ``name:production``)::

    POST /bots/{bot}                  [{"generated_text", "details"}], or SSE when "stream": true
    POST /bots/{bot}/generate         {"generated_text", "details"}
    POST /bots/{bot}/generate_stream  server-sent events, the last with generated_text and details
    POST /bots/{bot}/v1/chat/completions  TGI's Messages API (OpenAI chat completions), see chat.py
    GET  /bots/{bot}/info | /health

On the plain routes (``POST /``, ``/generate``, ``/generate_stream``) ``parameters.adapter_id``
names the bot, as in TGI and LoRAX; on the plain ``POST /v1/chat/completions`` the ``model``
field does ("tgi" or empty: the default bot when one is configured, else 422). ``GET /info``, ``/health`` and ``/metrics`` (Prometheus)
describe the server. Errors are TGI's ``{"error", "error_type"}``: 422 validation,
429 overloaded, 424 generation, 404 unknown bot (error_type "not_found"; TGI has no code
of its own for it), 503 shutting down.

    from text_generation import Client
    Client("http://localhost:8080/bots/mcintweet").generate("My dream is").generated_text
"""

from __future__ import annotations

import asyncio
import json
import logging
import socket
import threading
from collections.abc import AsyncIterator

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from botfarm.core.errors import BotfarmError, InvalidArgument
from botfarm.inference import chat as chat_api
from botfarm.inference.app import InferenceApp
from botfarm.inference.engine import Event, GenerationError
from botfarm.inference.sampling import SamplingParams

log = logging.getLogger(__name__)

VERSION = "botfarm-0.1 (text-generation-inference API 2.x)"
_CHAT = "/v1/chat/completions"
_SUFFIXES = ("/generate_stream", "/generate", "/info", "/health", _CHAT)


def error_response(e: BotfarmError) -> JSONResponse:
    error_type = {"INVALID_ARGUMENT": "validation", "RESOURCE_EXHAUSTED": "overloaded", "NOT_FOUND": "not_found",
                  "UNAVAILABLE": "unavailable", "FAILED_PRECONDITION": "validation"}.get(e.code, "generation")
    status = {"validation": 422, "overloaded": 429, "not_found": 404, "unavailable": 503}.get(error_type, 424)
    if isinstance(e, GenerationError):
        error_type, status = "generation", 424
    return JSONResponse({"error": e.message, "error_type": error_type}, status_code=status)


def _params(body: dict) -> tuple[SamplingParams, dict]:
    p = body.get("parameters") or {}
    if not isinstance(p, dict):
        raise InvalidArgument("`parameters` must be an object")

    def num(name, kind):
        v = p.get(name)
        if v is None:
            return None
        if isinstance(v, bool) or not isinstance(v, int | float) or (kind is int and not float(v).is_integer()):
            raise InvalidArgument(f"`{name}` must be a {'integer' if kind is int else 'number'}",
                                  metadata={"field": name})
        return kind(v)

    stop = p.get("stop") or []
    if not isinstance(stop, list) or not all(isinstance(s, str) for s in stop):
        raise InvalidArgument("`stop` must be a list of strings", metadata={"field": "stop"})
    if p.get("best_of") not in (None, 1):
        raise InvalidArgument("`best_of` > 1 is not supported", metadata={"field": "best_of"})
    max_new = num("max_new_tokens", int)
    params = SamplingParams(
        max_new_tokens=20 if max_new is None else max_new, do_sample=bool(p.get("do_sample", False)),
        temperature=num("temperature", float), top_p=num("top_p", float), top_k=num("top_k", int),
        repetition_penalty=num("repetition_penalty", float), stop=tuple(stop), seed=num("seed", int),
        truncate=num("truncate", int))
    return params, p


def _token(t) -> dict:
    return {"id": t.id, "text": t.text, "logprob": t.logprob, "special": t.special}


def _full(text: str, prompt: str, p: dict) -> str:
    return prompt + text if p.get("return_full_text") else text


def create_http_app(app: InferenceApp, default_bot: str = "") -> Starlette:
    """The Starlette application over ``app``."""

    async def body_of(request: Request) -> dict:
        try:
            body = await request.json()
        except (json.JSONDecodeError, UnicodeDecodeError, RecursionError):  # RecursionError: nested too deeply
            raise InvalidArgument("the request body is not valid JSON") from None
        if not isinstance(body, dict) or not isinstance(body.get("inputs"), str):
            raise InvalidArgument("the request must be an object with a string `inputs`",
                                  metadata={"field": "inputs"})
        return body

    def bot_of(p: dict, path_bot: str | None) -> str:
        bot = path_bot or p.get("adapter_id") or default_bot
        if not bot:
            raise InvalidArgument("name the bot: POST /bots/{bot} or parameters.adapter_id",
                                  metadata={"field": "adapter_id"})
        return bot

    async def generate(request: Request, bot: str | None, mode: str) -> Response:
        """mode: "compat" (POST /: a list, or SSE if "stream"), "generate", "stream"."""
        try:
            body = await body_of(request)
            params, p = _params(body)
            bot = bot_of(p, bot)
            prompt = body["inputs"]
            if mode == "stream" or (mode == "compat" and body.get("stream")):
                return await _stream(request, bot, prompt, params, p)
            final = await _collect(request, app.astream(bot, prompt, params))
        except BotfarmError as e:
            return error_response(e)
        out = {"generated_text": _full(final.generated_text, prompt, p),
               "details": {"finish_reason": final.finish_reason, "generated_tokens": final.generated_tokens,
                           "seed": final.seed, "prefill": [], "tokens": [_token(t) for t in final.tokens],
                           "top_tokens": None, "best_of_sequences": None} if p.get("details") else None}
        headers = {"x-model-version": final.model_version, "x-generated-tokens": str(final.generated_tokens)}
        return JSONResponse([out] if mode == "compat" else out, headers=headers)

    async def _collect(request: Request, events: AsyncIterator[Event]) -> Event:
        async def last() -> Event:
            async for event in events:
                if event.done:
                    return event
            raise GenerationError("the request ended without a result")

        task = asyncio.ensure_future(last())
        try:
            # A client that hangs up frees its slot: watch for the disconnect while waiting.
            while not task.done():
                await asyncio.wait({task}, timeout=0.25)
                if not task.done() and await request.is_disconnected():
                    task.cancel()
            return await task
        finally:
            if not task.done():
                task.cancel()

    async def _stream(request: Request, bot: str, prompt: str, params: SamplingParams, p: dict) -> Response:
        events = app.astream(bot, prompt, params)
        first = await events.__anext__()  # errors before the first token become a plain HTTP error

        def data(index: int, token, final: Event | None) -> str:
            d = {"index": index, "token": _token(token), "top_tokens": None, "generated_text": None, "details": None}
            if final is not None:
                d["generated_text"] = _full(final.generated_text, prompt, p)
                d["details"] = {"finish_reason": final.finish_reason, "generated_tokens": final.generated_tokens,
                                "seed": final.seed, "input_length": final.prompt_tokens}
            return f"data:{json.dumps(d)}\n\n"

        async def sse():
            # TGI's last event carries the last token with the text and details, so each token
            # is held until the next event says whether it was the last.
            pending, index = first.token, 0
            try:
                async for event in events:
                    index += 1
                    if event.done:
                        yield data(index, pending, event)
                        return
                    yield data(index, pending, None)
                    pending = event.token
            except BotfarmError as e:
                yield f"data:{error_response(e).body.decode()}\n\n"
            finally:
                await events.aclose()

        return StreamingResponse(sse(), media_type="text/event-stream",
                                 headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})

    def tokenizer_of(bot: str):
        # Loads the bot if needed (blocking: run in a thread). A LoRA bot shares its base's
        # runner, so it renders with the base's tokenizer.
        target = app.pool.acquire(bot)
        try:
            return target.runner.tokenizer
        finally:
            target.release()

    async def chat(request: Request, path_bot: str | None) -> Response:
        try:
            try:
                body = await request.json()
            except (json.JSONDecodeError, UnicodeDecodeError, RecursionError):
                raise InvalidArgument("the request body is not valid JSON") from None
            if not isinstance(body, dict):
                raise InvalidArgument("the request must be a JSON object")
            messages = chat_api.parse_messages(body.get("messages"))
            params = chat_api.parse_params(body)
            bot = path_bot or model_bot(body)
            prompt = chat_api.render(await asyncio.to_thread(tokenizer_of, bot), messages)
            completion = chat_api.Completion(bot, VERSION)
            if body.get("stream"):
                return await _chat_stream(request, bot, prompt, params, completion, chat_api.wants_done(body))
            final = await _collect(request, app.astream(bot, prompt, params))
        except BotfarmError as e:
            return error_response(e)
        headers = {"x-model-version": final.model_version, "x-generated-tokens": str(final.generated_tokens)}
        return JSONResponse(completion.complete(final), headers=headers)

    def model_bot(body: dict) -> str:
        model = body.get("model")
        if model is not None and not isinstance(model, str):
            raise InvalidArgument("`model` must be a string", metadata={"field": "model"})
        bot = default_bot if model in (None, "", chat_api.TGI_CLIENT_MODEL) else model
        if not bot:
            raise InvalidArgument(f"name the bot: POST /bots/{{bot}}{_CHAT} or the `model` field",
                                  metadata={"field": "model"})
        return bot

    async def _chat_stream(request: Request, bot: str, prompt: str, params: SamplingParams,
                           completion: chat_api.Completion, done_line: bool) -> Response:
        events = app.astream(bot, prompt, params)
        first = await events.__anext__()  # errors before the first token become a plain HTTP error

        def data(d: dict) -> str:
            return f"data: {json.dumps(d)}\n\n"

        async def sse():
            sent, event = "", first
            try:
                while not event.done:
                    if not event.token.special and event.token.text:
                        sent += event.token.text
                        yield data(completion.chunk(event.token.text))
                    event = await events.__anext__()
                # The last chunk has the finish reason, and whatever the final decode adds to
                # the streamed pieces, so they always add up to the non-streamed answer.
                final = event.generated_text
                yield data(completion.chunk(final[len(sent):] if final.startswith(sent) else "", event.finish_reason))
                if done_line:
                    yield "data: [DONE]\n\n"
            except BotfarmError as e:
                yield f"data: {error_response(e).body.decode()}\n\n"
            finally:
                await events.aclose()

        return StreamingResponse(sse(), media_type="text/event-stream",
                                 headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})

    def info(bot: str | None = None) -> dict:
        cfg = app.engine.config
        return {"model_id": bot or default_bot or "botfarm", "model_sha": None,
                "model_dtype": str(app.pool.dtype).removeprefix("torch."), "model_device_type": app.pool.device.type,
                "model_pipeline_tag": "text-generation", "max_concurrent_requests": cfg.max_concurrent_requests,
                "max_best_of": 1, "max_stop_sequences": 8, "max_input_tokens": cfg.max_total_tokens - 1,
                "max_total_tokens": cfg.max_total_tokens, "waiting_served_ratio": 0.0,
                "max_batch_total_tokens": cfg.max_batch_tokens, "max_waiting_tokens": 0,
                "max_batch_size": cfg.max_batch_size, "validation_workers": 1, "max_client_batch_size": 1,
                "router": "botfarm", "version": VERSION, "sha": None, "docker_label": None}

    async def root(request: Request) -> Response:
        return await generate(request, None, "compat")

    async def plain_generate(request: Request) -> Response:
        return await generate(request, None, "generate")

    async def plain_stream(request: Request) -> Response:
        return await generate(request, None, "stream")

    async def bots(request: Request) -> Response:
        rest = request.path_params["rest"].rstrip("/")
        suffix = next((s for s in _SUFFIXES if rest.endswith(s)), "")
        bot = rest[: len(rest) - len(suffix)] if suffix else rest
        if request.method == "GET":
            if suffix == "/info":
                return JSONResponse(info(bot))
            if suffix == "/health":
                return await health(request)
            return JSONResponse({"error": "Not Found", "error_type": "not_found"}, status_code=404)
        if suffix == _CHAT:
            return await chat(request, bot)
        mode = {"/generate": "generate", "/generate_stream": "stream", "": "compat"}.get(suffix)
        if mode is None:
            return JSONResponse({"error": "Method Not Allowed", "error_type": "validation"}, status_code=405)
        return await generate(request, bot, mode)

    async def plain_chat(request: Request) -> Response:
        return await chat(request, None)

    async def get_info(request: Request) -> Response:
        return JSONResponse(info())

    async def health(request: Request) -> Response:
        alive = app.engine._thread is not None and app.engine._thread.is_alive()
        return Response(status_code=200 if alive else 503)

    async def metrics(request: Request) -> Response:
        from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

        return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)

    return Starlette(routes=[
        Route("/", root, methods=["POST"]),
        Route("/generate", plain_generate, methods=["POST"]),
        Route("/generate_stream", plain_stream, methods=["POST"]),
        Route(_CHAT, plain_chat, methods=["POST"]),
        Route("/info", get_info, methods=["GET"]),
        Route("/health", health, methods=["GET"]),
        Route("/metrics", metrics, methods=["GET"]),
        Route("/bots/{rest:path}", bots, methods=["GET", "POST"]),
    ])


class HttpServer:
    """uvicorn on its own thread, next to the gRPC server in the same process."""

    def __init__(self, asgi_app, host: str = "0.0.0.0", port: int = 8080):
        import uvicorn

        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        self.sock = socket.socket(family, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind((host, port))  # bound now, so port 0 is known before start
        self.host, self.port = host, self.sock.getsockname()[1]
        config = uvicorn.Config(asgi_app, log_level="warning", access_log=False, lifespan="off",
                                timeout_graceful_shutdown=5)
        self.server = uvicorn.Server(config)
        self._thread: threading.Thread | None = None

    @property
    def address(self) -> str:
        host = "127.0.0.1" if self.host in ("0.0.0.0", "::", "") else self.host
        return f"{host}:{self.port}"

    def start(self) -> None:
        self._thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]},
                                        name="inference-http", daemon=True)
        self._thread.start()
        while not self.server.started and self._thread.is_alive():
            threading.Event().wait(0.02)

    def stop(self) -> None:
        self.server.should_exit = True
        if self._thread:
            self._thread.join(10)
        self.sock.close()
