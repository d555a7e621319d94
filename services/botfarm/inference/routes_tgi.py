"""The TGI routes. Each bot is a TGI server at base URL ``/bots/{bot}`` (``{bot}`` is
``name``, ``name@3`` or ``name:production``); the plain routes name the bot with
``parameters.adapter_id`` (TGI/LoRAX) or fall back to ``--default-bot``::

    POST /bots/{bot}                  [GenerateResponse], or SSE when "stream": true (what the client posts)
    POST /bots/{bot}/generate         GenerateResponse
    POST /bots/{bot}/generate_stream  SSE of StreamResponse, the last with the text and details
    POST /bots/{bot}/tokenize         [SimpleToken]
    GET  /bots/{bot}/info | /bots/{bot}/health
    POST / | /generate | /generate_stream | /tokenize, GET /info

The bodies and their translation are ``tgi_wire.py``; running them is ``serving.py``.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel

from botfarm.inference import serving, tgi_wire
from botfarm.inference.engine import check_prompt_chars
from botfarm.inference.serving import VERSION, HttpContext
from botfarm.inference.sse import sse_response
from botfarm.inference.tgi_wire import (
    GenerateRequest,
    GenerateResponse,
    Parameters,
    SimpleToken,
    StreamResponse,
)
from botfarm.inference.tokens import Token

TAG = "text-generation-inference"
_ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": tgi_wire.ErrorResponse, "description": what} for code, what in (
        (401, "missing or wrong bearer token"), (404, "unknown bot"), (413, "request body too large"),
        (422, "invalid or unsupported parameter"), (424, "generation failed"), (429, "overloaded"))}
_SSE = {"content": {"text/event-stream": {"schema": StreamResponse.model_json_schema()}}}


class TokenizeRequest(tgi_wire.Strict):
    inputs: str
    parameters: Parameters = Parameters()


async def generate(ctx: HttpContext, request: Request, path_bot: str | None, body: GenerateRequest,
                   mode: str) -> Response:
    """mode: "compat" (the base route: a list, or SSE when "stream"), "generate", "stream"."""
    params, best_of = tgi_wire.sampling_params(body.parameters)
    bot = ctx.bot(path_bot, body.parameters.adapter_id, "adapter_id")
    if mode == "stream" or (mode == "compat" and body.stream):
        if best_of > 1:
            raise tgi_wire.unsupported("best_of", "> 1 cannot be streamed")
        streams = await serving.open_streams(ctx.app, bot, body.inputs, [params])
        return sse_response(_events(serving.merge(streams), body), tgi_wire.error_body)
    finals = await serving.generate(request, ctx.app, bot, body.inputs, [params] * best_of)
    out = tgi_wire.generate_body(finals, body.inputs, body.parameters)
    return JSONResponse([out] if mode == "compat" else out, headers=serving.model_version_headers(finals))


async def _events(events: AsyncGenerator[tuple[int, Any], None], body: GenerateRequest) -> AsyncGenerator[dict, None]:
    # TGI's last event carries the last token with the text and details, so each token is
    # held until the next event says whether it was the last.
    pending: Token | None = None
    index = 0
    try:
        async for _, event in events:
            if event.done:
                assert pending is not None  # a request makes at least one token
                yield tgi_wire.stream_event(index + 1, pending, event, body.inputs, body.parameters)
                return
            if pending is not None:
                index += 1
                yield tgi_wire.stream_event(index, pending, None, body.inputs, body.parameters)
            pending = event.token
    finally:
        await events.aclose()


async def tokenize(ctx: HttpContext, path_bot: str | None, body: TokenizeRequest) -> list[dict]:
    bot = ctx.bot(path_bot, body.parameters.adapter_id, "adapter_id")
    runner = await ctx.runner(bot)
    check_prompt_chars(runner, body.inputs)
    enc = await asyncio.to_thread(runner.tokenizer, body.inputs, add_special_tokens=True,
                                  return_offsets_mapping=True)
    return [{"id": i, "text": body.inputs[a:b], "start": a, "stop": b}
            for i, (a, b) in zip(enc["input_ids"], enc["offset_mapping"], strict=True)]


def info(ctx: HttpContext, bot: str | None) -> dict:
    app, cfg = ctx.app, ctx.app.engine.config
    return {"model_id": bot or ctx.default_bot or "botfarm", "model_sha": None,
            "model_dtype": str(app.pool.dtype).removeprefix("torch."), "model_device_type": app.pool.device.type,
            "model_pipeline_tag": "text-generation", "max_concurrent_requests": cfg.max_concurrent_requests,
            "max_best_of": tgi_wire.MAX_CHOICES, "max_stop_sequences": 8, "max_input_tokens": cfg.max_total_tokens - 1,
            "max_total_tokens": cfg.max_total_tokens, "waiting_served_ratio": 0.0,
            "max_batch_total_tokens": cfg.max_batch_tokens, "max_waiting_tokens": 0,
            "max_batch_size": cfg.max_batch_size, "validation_workers": 1, "max_client_batch_size": 1,
            "router": "botfarm", "version": VERSION, "sha": None, "docker_label": None}


class Info(BaseModel):
    """TGI's /info (fields TGI has and we cannot fill are null or 0)."""

    model_id: str
    model_sha: str | None
    model_dtype: str
    model_device_type: str
    model_pipeline_tag: str
    max_concurrent_requests: int
    max_best_of: int
    max_stop_sequences: int
    max_input_tokens: int
    max_total_tokens: int
    waiting_served_ratio: float
    max_batch_total_tokens: int
    max_waiting_tokens: int
    max_batch_size: int
    validation_workers: int
    max_client_batch_size: int
    router: str
    version: str
    sha: str | None
    docker_label: str | None


def router(ctx: HttpContext) -> APIRouter:
    """Every TGI route but the base route ``POST /bots/{bot}`` (``base_router``), which
    must come after every other ``/bots/...`` route."""
    r = APIRouter(tags=[TAG], responses=_ERRORS)
    gen: dict[str, Any] = {"responses": {200: {"model": GenerateResponse}}}

    @r.post("/", responses={200: {"model": list[GenerateResponse], **_SSE}})
    async def root(body: GenerateRequest, request: Request) -> Response:
        return await generate(ctx, request, None, body, "compat")

    @r.post("/generate", **gen)
    async def plain_generate(body: GenerateRequest, request: Request) -> Response:
        return await generate(ctx, request, None, body, "generate")

    @r.post("/generate_stream", responses={200: _SSE})
    async def plain_stream(body: GenerateRequest, request: Request) -> Response:
        return await generate(ctx, request, None, body, "stream")

    @r.post("/tokenize", response_model=list[SimpleToken])
    async def plain_tokenize(body: TokenizeRequest) -> list[dict]:
        return await tokenize(ctx, None, body)

    @r.get("/info", response_model=Info)
    async def plain_info() -> dict:
        return info(ctx, None)

    @r.post("/bots/{bot:path}/generate", **gen)
    async def bot_generate(bot: str, body: GenerateRequest, request: Request) -> Response:
        return await generate(ctx, request, bot, body, "generate")

    @r.post("/bots/{bot:path}/generate_stream", responses={200: _SSE})
    async def bot_stream(bot: str, body: GenerateRequest, request: Request) -> Response:
        return await generate(ctx, request, bot, body, "stream")

    @r.post("/bots/{bot:path}/tokenize", response_model=list[SimpleToken])
    async def bot_tokenize(bot: str, body: TokenizeRequest) -> list[dict]:
        return await tokenize(ctx, bot, body)

    @r.get("/bots/{bot:path}/info", response_model=Info)
    async def bot_info(bot: str) -> dict:
        return info(ctx, bot)

    return r


def base_router(ctx: HttpContext) -> APIRouter:
    r = APIRouter(tags=[TAG], responses=_ERRORS)

    @r.post("/bots/{bot:path}", responses={200: {"model": list[GenerateResponse], **_SSE}})
    async def bot_root(bot: str, body: GenerateRequest, request: Request) -> Response:
        return await generate(ctx, request, bot, body, "compat")

    return r
