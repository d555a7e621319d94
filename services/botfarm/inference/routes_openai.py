"""The OpenAI routes (``openai`` SDK: ``OpenAI(base_url="http://host:8080/v1", api_key=token)``)::

    POST /v1/chat/completions | /bots/{bot}/v1/chat/completions   ChatCompletion, or SSE chunks
    POST /v1/completions      | /bots/{bot}/v1/completions        Completion, or SSE chunks
    GET  /v1/models?page_size=&page_token=                         the bots of the registry
    GET  /v1/models/{model}

The bot is the path's, else ``model`` ("tgi" or empty: ``--default-bot``). The bodies
and their translation are ``openai_wire.py``; running them is ``serving.py``.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncGenerator, Callable
from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel

from botfarm.core.errors import BotfarmError, FailedPrecondition, InvalidArgument, http_status
from botfarm.core.timestamps import parse_iso
from botfarm.inference import chat, serving
from botfarm.inference import openai_wire as oa
from botfarm.inference.engine import Event
from botfarm.inference.loader import validate_ref
from botfarm.inference.sampling import SamplingParams
from botfarm.inference.serving import VERSION, HttpContext
from botfarm.inference.sse import sse_response

log = logging.getLogger(__name__)
TAG = "OpenAI"
_ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": oa.ErrorObject, "description": what} for code, what in (
        (401, "missing or wrong API key (bearer token)"), (404, "unknown bot"), (413, "request body too large"),
        (422, "invalid or unsupported parameter"), (424, "generation failed"), (429, "overloaded"))}


def _sse_doc(model: type[BaseModel]) -> dict:
    return {"content": {"text/event-stream": {"schema": model.model_json_schema()}}}


def _oa_error(e: BotfarmError) -> dict:
    return oa.error_body(e, http_status(e))


async def chat_completions(ctx: HttpContext, request: Request, path_bot: str | None, body: oa.ChatRequest) -> Response:
    params = oa.chat_params(body)
    n = oa.choices_count("n", body.n)
    bot = ctx.bot(path_bot, body.model, "model")
    _log_user(body.user, bot)
    runner = await ctx.runner(bot)
    prompt = chat.render(runner.tokenizer, chat.to_messages(body.messages))
    shapes = oa.Shapes(bot, VERSION, chat=True)
    logprobs = oa.chat_logprobs if body.logprobs else None
    if body.stream:
        include_usage = bool(body.stream_options and body.stream_options.include_usage)
        return await _stream(ctx, bot, [prompt] * n, serving.seeded(params, n), shapes, logprobs, include_usage,
                             chat.wants_done(body.model), per_prompt=n)
    if body.stream_options is not None:
        raise InvalidArgument("`stream_options` needs `stream: true`", metadata={"field": "stream_options"})
    finals = await serving.generate(request, ctx.app, bot, prompt, serving.seeded(params, n))
    choices = [shapes.choice(i, f.generated_text, f.finish_reason, logprobs(f.tokens) if logprobs else None, False)
               for i, f in enumerate(finals)]
    return JSONResponse(shapes.body(choices, oa.usage(finals[0].prompt_tokens, finals)),
                        headers=serving.model_version_headers(finals))


async def completions(ctx: HttpContext, request: Request, path_bot: str | None, body: oa.CompletionRequest) -> Response:
    params, best_of = oa.completion_params(body)
    n = oa.choices_count("n", body.n)
    prompts = [body.prompt] if isinstance(body.prompt, str) else body.prompt
    if not prompts or len(prompts) * best_of > oa.MAX_CHOICES:
        raise InvalidArgument(f"`prompt`: 1 to {oa.MAX_CHOICES} prompts x best_of (or n)", metadata={"field": "prompt"})
    bot = ctx.bot(path_bot, body.model, "model")
    _log_user(body.user, bot)
    shapes = oa.Shapes(bot, VERSION, chat=False)
    logprobs = oa.completion_logprobs if body.logprobs is not None else None
    if body.stream:
        include_usage = bool(body.stream_options and body.stream_options.include_usage)
        texts = [p for p in prompts for _ in range(n)]
        return await _stream(ctx, bot, texts, [q for _ in prompts for q in serving.seeded(params, n)], shapes,
                             logprobs, include_usage, True, per_prompt=n, echo=texts if body.echo else None)
    runs = await asyncio.gather(*[serving.generate(request, ctx.app, bot, p, serving.seeded(params, best_of))
                                  for p in prompts])
    choices: list[dict] = []
    finals_all: list[Event] = []
    for prompt, finals in zip(prompts, runs, strict=True):
        finals_all += finals
        # best_of: the n likeliest of the best_of samples; else choice i is the one of seed + i.
        kept = sorted(finals, key=_total_logprob, reverse=True)[:n] if best_of > n else finals
        for final in kept:
            choices.append(_completion_choice(shapes, len(choices), prompt, final, body))
    prompt_tokens = sum(r[0].prompt_tokens for r in runs)
    return JSONResponse(shapes.body(choices, oa.usage(prompt_tokens, finals_all)),
                        headers=serving.model_version_headers(finals_all))


def _total_logprob(final: Event) -> float:
    return sum(t.logprob for t in final.tokens)


def _completion_choice(shapes: oa.Shapes, index: int, prompt: str, final: Event, body: oa.CompletionRequest) -> dict:
    text = (prompt if body.echo else "") + final.generated_text
    logprobs = None
    if body.logprobs is not None:
        tokens = (final.prefill if body.echo else []) + final.tokens
        logprobs = oa.completion_logprobs([t for t in tokens if not t.special])
    return shapes.choice(index, text, final.finish_reason, logprobs, False)


async def _stream(ctx: HttpContext, bot: str, prompts: list[str], choices: list[SamplingParams], shapes: oa.Shapes,
                  logprobs: Callable[[list], dict] | None, include_usage: bool, done_line: bool, per_prompt: int,
                  echo: list[str] | None = None) -> Response:
    """SSE of chat or completion chunks for ``choices`` (choice i runs ``prompts[i]``;
    each prompt has ``per_prompt`` consecutive choices, its usage counted once)."""
    streams = await serving.open_streams(ctx.app, bot, prompts, choices)

    async def chunks() -> AsyncGenerator[dict | str, None]:
        sent = [""] * len(streams)
        finals: dict[int, Event] = {}
        for i, prompt in enumerate(echo or []):
            yield shapes.body([shapes.choice(i, prompt, None, None, True)], None, streamed=True)
        async for i, event in serving.merge(streams):
            if not event.done:
                token = event.token
                if token is None or token.special or not token.text:
                    continue
                sent[i] += token.text
                yield shapes.body([shapes.choice(i, token.text, None, logprobs([token]) if logprobs else None, True)],
                                  None, streamed=True)
                continue
            # The last chunk has the finish reason and whatever the final decode adds to the
            # streamed pieces, so they always add up to the non-streamed answer.
            text = event.generated_text
            rest = text[len(sent[i]):] if text.startswith(sent[i]) else ""
            finals[i] = event
            yield shapes.body([shapes.choice(i, rest, event.finish_reason, None, True)], None, streamed=True)
        if include_usage:
            prompt_tokens = sum(finals[i].prompt_tokens for i in range(0, len(streams), per_prompt))
            yield shapes.body([], oa.usage(prompt_tokens, list(finals.values())), streamed=True)
        if done_line:
            yield "[DONE]"

    return sse_response(chunks(), _oa_error)


def _log_user(user: str | None, bot: str) -> None:
    if user:
        log.info("request for an end user", extra={"end_user": user[:256], "bot": bot})


def _model(info: Any) -> dict:
    created = 0
    if getattr(info, "create_time", ""):
        try:
            created = int(parse_iso(info.create_time).timestamp())
        except ValueError:
            created = 0
    return {"id": info.model, "object": "model", "created": created, "owned_by": "botfarm"}


def list_models(ctx: HttpContext, page_size: int, page_token: str) -> dict:
    lister = getattr(ctx.app.pool.source, "list_models", None)
    if lister is None:
        raise FailedPrecondition("this server's bot source cannot list its bots", reason="NOT_LISTABLE")
    models, token = lister(page_size, page_token)
    data = [_model(m) for m in models if getattr(m, "latest_version", 1)]  # a model without versions serves nothing
    return {"object": "list", "data": data, "has_more": bool(token), "next_page_token": token or None}


def router(ctx: HttpContext) -> APIRouter:
    r = APIRouter(tags=[TAG], responses=_ERRORS)
    chat_doc: dict[str, Any] = {"responses": {200: {"model": oa.ChatCompletion, **_sse_doc(oa.ChatCompletionChunk)}}}
    cmpl_doc: dict[str, Any] = {"responses": {200: {"model": oa.Completion, **_sse_doc(oa.Completion)}}}

    @r.post("/v1/chat/completions", **chat_doc)
    async def chat_route(body: oa.ChatRequest, request: Request) -> Response:
        return await chat_completions(ctx, request, None, body)

    @r.post("/bots/{bot:path}/v1/chat/completions", **chat_doc)
    async def bot_chat_route(bot: str, body: oa.ChatRequest, request: Request) -> Response:
        return await chat_completions(ctx, request, bot, body)

    @r.post("/v1/completions", **cmpl_doc)
    async def completions_route(body: oa.CompletionRequest, request: Request) -> Response:
        return await completions(ctx, request, None, body)

    @r.post("/bots/{bot:path}/v1/completions", **cmpl_doc)
    async def bot_completions_route(bot: str, body: oa.CompletionRequest, request: Request) -> Response:
        return await completions(ctx, request, bot, body)

    @r.get("/v1/models", response_model=oa.ModelList)
    async def models_route(page_size: int = Query(0, ge=0, le=1000, description="0: the default (50)"),
                           page_token: str = Query("", max_length=2048)) -> dict:
        return await asyncio.to_thread(list_models, ctx, page_size, page_token)

    @r.get("/v1/models/{model:path}", response_model=oa.Model)
    async def model_route(model: str) -> dict:
        version = await asyncio.to_thread(ctx.app.pool.source.resolve, validate_ref(model))
        return {"id": model, "object": "model", "created": _created(version), "owned_by": "botfarm"}

    return r


def _created(version: Any) -> int:
    return _model(version)["created"] if hasattr(version, "model") else 0
