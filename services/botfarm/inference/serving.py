"""What both HTTP APIs (TGI's and OpenAI's) do with a request, apart from their wire
formats: name the bot, run one or several choices (TGI's best_of, OpenAI's n) as
separate engine requests that batch together, collect them while watching for the
client hanging up, merge their token streams, and reach a bot's tokenizer.

    ctx = HttpContext(app, default_bot="mcintweet")
    finals = await generate(request, ctx.app, "mcintweet", "My dream is", seeded(params, 3))
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator, AsyncIterator
from dataclasses import dataclass, replace
from typing import Any

from starlette.requests import Request

from botfarm.core.errors import BotfarmError, Cancelled, InvalidArgument
from botfarm.inference.app import InferenceApp
from botfarm.inference.engine import Event, GenerationError, Runner
from botfarm.inference.sampling import SamplingParams

VERSION = "botfarm-0.1 (text-generation-inference API 2.x, OpenAI API v1)"
#: The model name the text-generation 0.7.0 client always sends on chat.
TGI_CLIENT_MODEL = "tgi"
#: A stream as opened: its first event (so errors before it are plain HTTP errors) and the rest.
Stream = tuple[Event, AsyncGenerator[Event, None]]


@dataclass(frozen=True)
class HttpContext:
    app: InferenceApp
    default_bot: str = ""

    def bot(self, path_bot: str | None, named: str | None, field: str) -> str:
        """The bot of a request: the path's, else the body's ``field`` ("tgi" or empty:
        the default bot)."""
        if named is not None and not isinstance(named, str):
            raise InvalidArgument(f"`{field}` must be a string", metadata={"field": field})
        bot = path_bot or (named if named not in (None, "", TGI_CLIENT_MODEL) else self.default_bot)
        if not bot:
            raise InvalidArgument(f"name the bot: in the path (/bots/{{bot}}/...) or with `{field}` "
                                  "(no --default-bot is configured)", metadata={"field": field})
        return bot

    async def runner(self, bot: str) -> Runner:
        """The runner serving ``bot`` (loaded if needed, in a worker thread: loading reads
        the object store). A LoRA bot shares its base's runner and tokenizer."""
        def acquire() -> Runner:
            target = self.app.pool.acquire(bot)
            try:
                return target.runner
            finally:
                target.release()

        return await asyncio.to_thread(acquire)


def seeded(params: SamplingParams, n: int) -> list[SamplingParams]:
    """n choices of one request: choice i uses seed + i when a seed is given (so a seeded
    request is reproducible), else each its own random seed."""
    if n == 1 or params.seed is None:
        return [params] * n
    return [replace(params, seed=(params.seed + i) % 2 ** 63) for i in range(n)]


async def _last(events: AsyncIterator[Event]) -> Event:
    async for event in events:
        if event.done:
            return event
    raise GenerationError("the request ended without a result")


async def generate(request: Request, app: InferenceApp, bot: str, prompt: str,
                   choices: list[SamplingParams]) -> list[Event]:
    """The final events of ``choices`` (one request each, submitted together so they
    share forward passes). The first failure cancels the others and is raised; a client
    that hangs up cancels them all, freeing their slots."""
    tasks = [asyncio.ensure_future(_last(app.astream(bot, prompt, p))) for p in choices]
    try:
        while not all(t.done() for t in tasks):
            done, _ = await asyncio.wait(tasks, timeout=0.25, return_when=asyncio.FIRST_EXCEPTION)
            if any(t.exception() for t in done if not t.cancelled()):
                break
            if await request.is_disconnected():
                raise Cancelled("the client went away", reason="CLIENT_GONE")
        for t in tasks:
            failure = t.exception() if t.done() and not t.cancelled() else None
            if failure is not None:
                raise failure
        return [await t for t in tasks]
    finally:
        for t in tasks:
            if not t.done():
                t.cancel()


async def open_streams(app: InferenceApp, bot: str, prompt: str | list[str],
                       choices: list[SamplingParams]) -> list[Stream]:
    """One stream per choice (``prompt`` a list: one prompt per choice), each with its
    first event read: a bad request or an overload is raised here, before any response."""
    prompts = prompt if isinstance(prompt, list) else [prompt] * len(choices)
    streams: list[Stream] = []
    try:
        for text, params in zip(prompts, choices, strict=True):
            events = app.astream(bot, text, params)
            streams.append((await events.__anext__(), events))
    except BaseException:
        for _, events in streams:
            await events.aclose()
        raise
    return streams


async def merge(streams: list[Stream]) -> AsyncGenerator[tuple[int, Event], None]:
    """The events of all streams as they come, tagged with their stream's index; closing
    this (a client gone) cancels every stream."""
    queue: asyncio.Queue[tuple[int, Event | None, BaseException | None]] = asyncio.Queue()

    async def pump(i: int, first: Event, rest: AsyncIterator[Event]) -> None:
        try:
            await queue.put((i, first, None))
            async for event in rest:
                await queue.put((i, event, None))
        except BotfarmError as e:
            await queue.put((i, None, e))

    tasks = [asyncio.ensure_future(pump(i, first, rest)) for i, (first, rest) in enumerate(streams)]
    try:
        open_ = len(streams)
        while open_:
            i, event, error = await queue.get()
            if error is not None:
                raise error
            assert event is not None
            yield i, event
            open_ -= event.done
    finally:
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        for _, rest in streams:
            await rest.aclose()


def model_version_headers(finals: list[Event]) -> dict[str, Any]:
    return {"x-model-version": finals[0].model_version,
            "x-generated-tokens": str(sum(f.generated_tokens for f in finals))}
